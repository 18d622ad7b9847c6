import factory
from factory.django import DjangoModelFactory

from accounts.models import User
from prep.catalog.models.figures import metric_unit

TEST_PASSWORD = "correct-horse-battery-42"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"candidate{n}@example.com")
    display_name = factory.Sequence(lambda n: f"지원자{n}")
    password = factory.django.Password(TEST_PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        # Logging in needs a verified address (mandatory verification); pass
        # verified_email=False for a candidate who signed up and has not clicked the link.
        if create and extracted is not False:
            self.trust_email()


# --- catalogue -------------------------------------------------------------------------------


class CompanyFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.Company"
        # By name among the curated companies: a candidate's own may share the name.
        django_get_or_create = ["name", "owner"]

    owner = None
    name = factory.Sequence(lambda n: f"테스트기관{n}")
    slug = factory.Sequence(lambda n: f"test-org-{n}")
    kind = "public"
    summary = "테스트용 기관입니다."
    published = True


class OwnCompanyFactory(CompanyFactory):
    """A candidate's own company (내 지원처): never published, found by owner and name."""

    class Meta:
        model = "catalog.Company"
        django_get_or_create = ["owner", "name"]

    owner = factory.SubFactory(UserFactory)
    slug = factory.Sequence(lambda n: f"mine-test-{n}")
    kind = "other"
    published = False


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


# --- company profile sections (appended by the catalogue pages) ------------------------------


class BusinessSegmentFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.BusinessSegment"

    company = factory.SubFactory(CompanyFactory)
    rank = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"사업부문{n}")
    share = "25.0"
    description = "부문 설명입니다."


class SurveyCategoryFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.SurveyCategory"
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"만족도항목{n}")


class SatisfactionSurveyFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.SatisfactionSurvey"

    company = factory.SubFactory(CompanyFactory)
    surveyed_on = factory.Faker("date_object")  # tests that show a date pass their own
    total_score = "73"


class SurveyScoreFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.SurveyScore"

    survey = factory.SubFactory(SatisfactionSurveyFactory)
    category = factory.SubFactory(SurveyCategoryFactory)
    score = "70"


class SurveyQuoteFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.SurveyQuote"

    survey = factory.SubFactory(SatisfactionSurveyFactory)
    tone = "positive"
    text = factory.Sequence(lambda n: f"워라밸이 좋습니다 ({n})")


class CoreValueFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.CoreValue"

    company = factory.SubFactory(CompanyFactory)
    name = factory.Sequence(lambda n: f"핵심가치{n}")
    description = "가치 설명입니다."


class TalentTraitFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.TalentTrait"

    company = factory.SubFactory(CompanyFactory)
    name = factory.Sequence(lambda n: f"인재상{n}")
    description = "인재상 설명입니다."


class NewsItemFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.NewsItem"

    company = factory.SubFactory(CompanyFactory)
    year = 2024
    kind = "achievement"
    title = factory.Sequence(lambda n: f"주요 성과 {n}")
    body = "2024년 3월 새 서비스를 열었습니다."


class HiringStepFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.HiringStep"

    company = factory.SubFactory(CompanyFactory)
    name = factory.Sequence(lambda n: f"전형단계{n}")
    order = factory.Sequence(lambda n: n)


class HiringTypeFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.HiringType"
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"채용구분{n}")
    description = "채용 구분 설명입니다."


class HiringCountFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.HiringCount"

    company = factory.SubFactory(CompanyFactory)
    year = 2023
    hiring_type = factory.SubFactory(HiringTypeFactory)
    count = "10"


class TargetCompanyFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.TargetCompany"

    user = factory.SubFactory(UserFactory)
    company = factory.SubFactory(CompanyFactory)


# --- coach word lists (appended by the admin curation) ----------------------------------------


class CoachTermFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.CoachTerm"

    word_list = "cliches"
    term = factory.Sequence(lambda n: f"열정적인 자세{n}")
    category = "상투어"


# --- mock interviews (practice) --------------------------------------------------------------


class MockSessionFactory(DjangoModelFactory):
    class Meta:
        model = "practice.MockSession"

    user = factory.SubFactory(UserFactory)
    company = factory.SubFactory(CompanyFactory)
    question_count = 3
    seconds_per_answer = 90
    question_types = ["personality", "experience", "job", "situation"]
    include_follow_ups = False
    mode = "practice"


class SessionQuestionFactory(DjangoModelFactory):
    class Meta:
        model = "practice.SessionQuestion"

    session = factory.SubFactory(MockSessionFactory)
    order = factory.Sequence(lambda n: n + 1)
    question = factory.SubFactory(
        InterviewQuestionFactory, company=factory.SelfAttribute("..session.company")
    )
    text = factory.LazyAttribute(lambda o: o.question.text if o.question else "꼬리질문입니다.")


class ReviewCardFactory(DjangoModelFactory):
    class Meta:
        model = "practice.ReviewCard"

    user = factory.SubFactory(UserFactory)
    company = factory.SubFactory(CompanyFactory)
    text = factory.Sequence(lambda n: f"복습할 질문입니다. ({n})")
    due = factory.LazyFunction(lambda: __import__("django.utils.timezone", fromlist=["now"]).now())


# --- drafts (자소서 editor) ------------------------------------------------------------------


class DraftFactory(DjangoModelFactory):
    """A draft on a catalogue prompt; pass prompt=None plus custom_* for a custom question."""

    class Meta:
        model = "practice.Draft"

    user = factory.SubFactory(UserFactory)
    prompt = factory.SubFactory(EssayPromptFactory)
    company = factory.LazyAttribute(lambda o: o.prompt.company if o.prompt else None)
    headline = "[작은 개선이 만든 큰 변화]"
    body = "저는 처리 지연 문제를 발견하고 절차를 다시 설계했습니다."


class DraftRevisionFactory(DjangoModelFactory):
    class Meta:
        model = "practice.DraftRevision"

    draft = factory.SubFactory(DraftFactory)
    version = factory.LazyAttribute(lambda o: o.draft.version)
    headline = factory.LazyAttribute(lambda o: o.draft.headline)
    body = factory.LazyAttribute(lambda o: o.draft.body)
    reason = "autosave"


# --- postings and applications (appended by issue 17) ------------------------------------------


def _seoul(days: int, hour: int = 23, minute: int = 59):
    """A moment `days` from today in Asia/Seoul, at the given time of day."""
    from datetime import datetime, time, timedelta
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    seoul = ZoneInfo("Asia/Seoul")
    day = timezone.now().astimezone(seoul).date() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), seoul)


class PostingFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.Posting"
        skip_postgeneration_save = True

    company = factory.SubFactory(CompanyFactory)
    title = factory.Sequence(lambda n: f"2026년 신입직원 공개채용 ({n})")
    opens_at = factory.LazyFunction(lambda: _seoul(-5, 9, 0))
    closes_at = factory.LazyFunction(lambda: _seoul(10, 18, 0))
    recruit_kind = "new"
    openings = 5
    published = True

    @factory.post_generation
    def prompts(self, create, extracted, **kwargs):
        for order, prompt in enumerate(extracted or [], start=1):
            self.posting_prompts.create(prompt=prompt, order=order)


class PostingStepFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.PostingStep"

    posting = factory.SubFactory(PostingFactory)
    kind = "interview"
    order = factory.Sequence(lambda n: n)


class ApplicationFactory(DjangoModelFactory):
    class Meta:
        model = "applications.Application"

    user = factory.SubFactory(UserFactory)
    posting = factory.SubFactory(PostingFactory)
    company = factory.LazyAttribute(lambda o: o.posting.company if o.posting else CompanyFactory())
    stage = "interested"


class ApplicationStepFactory(DjangoModelFactory):
    class Meta:
        model = "applications.ApplicationStep"

    application = factory.SubFactory(ApplicationFactory)
    stage = "interview"
    date = factory.LazyFunction(lambda: _seoul(20).date())


class CompanyFigureFactory(DjangoModelFactory):
    class Meta:
        model = "catalog.CompanyFigure"

    company = factory.SubFactory(CompanyFactory)
    metric = "new_hires"
    year = 2024
    value = 10
    unit = factory.LazyAttribute(lambda figure: metric_unit(figure.metric))
    source_file = "신규채용현황.xlsx"
