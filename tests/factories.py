import factory
from factory.django import DjangoModelFactory

from accounts.models import User

TEST_PASSWORD = "correct-horse-battery-42"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"candidate{n}@example.com")
    display_name = factory.Sequence(lambda n: f"지원자{n}")
    password = factory.django.Password(TEST_PASSWORD)


# --- catalogue -------------------------------------------------------------------------------


class CompanyFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.Company"
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"테스트기관{n}")
    slug = factory.Sequence(lambda n: f"test-org-{n}")
    kind = "public"
    summary = "테스트용 기관입니다."
    published = True


class SeasonFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.Season"
        django_get_or_create = ["year", "half"]

    year = 2023
    half = "second"


class CompetencyFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.Competency"
        django_get_or_create = ["name", "kind"]

    name = factory.Sequence(lambda n: f"역량{n}")
    kind = "company"


class EssayPromptFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.EssayPrompt"

    company = factory.SubFactory(CompanyFactory)
    season = factory.SubFactory(SeasonFactory)
    job_family = "admin"
    text = factory.Sequence(lambda n: f"문제를 해결한 경험을 기술해 주십시오. ({n})")
    limit = 1000
    count_rule = "chars"


class SampleAnswerFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.SampleAnswer"

    prompt = factory.SubFactory(EssayPromptFactory)
    headline = "[작은 개선이 만든 큰 변화]"
    body = "당시 팀은 처리 지연 문제를 겪고 있었습니다. 저는 절차를 다시 설계했습니다."
    published = True


class InterviewReviewFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.InterviewReview"

    company = factory.SubFactory(CompanyFactory)
    season = factory.SubFactory(SeasonFactory, half="first")
    position = "인턴"
    result = "passed"
    difficulty = 2
    atmosphere = "normal"


class InterviewQuestionFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.InterviewQuestion"

    company = factory.SubFactory(CompanyFactory)
    season = factory.SubFactory(SeasonFactory)
    question_type = "experience"
    text = factory.Sequence(lambda n: f"갈등을 해결한 경험이 있으면 말해 주세요. ({n})")
