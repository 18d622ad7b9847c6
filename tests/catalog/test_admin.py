import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse

from prep.catalog.admin import NewsItemForm
from prep.catalog.models import (
    CoachTerm,
    Company,
    EssayPrompt,
    InterviewQuestion,
    InterviewReview,
    NewsItem,
    SampleAnswer,
    TargetCompany,
)
from tests.factories import (
    BusinessSegmentFactory,
    CoachTermFactory,
    CompanyFactory,
    CompetencyFactory,
    CoreValueFactory,
    EssayPromptFactory,
    HiringCountFactory,
    HiringStepFactory,
    HiringTypeFactory,
    InterviewQuestionFactory,
    InterviewReviewFactory,
    NewsItemFactory,
    PostingFactory,
    SampleAnswerFactory,
    SatisfactionSurveyFactory,
    SeasonFactory,
    SurveyCategoryFactory,
    SurveyQuoteFactory,
    SurveyScoreFactory,
    TalentTraitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def catalog_models():
    """The curators' models (candidates' own companies have their audited admin, tested in
    test_own_company_admin.py)."""
    return sorted(
        (
            model
            for model in admin.site._registry
            if model._meta.app_label == "catalog" and not model._meta.proxy
        ),
        key=lambda model: model._meta.model_name,
    )


def full_company() -> Company:
    """A company with one of everything its profile holds."""
    company = CompanyFactory(name="한국사회보장정보원", slug="ssis")
    BusinessSegmentFactory(company=company)
    survey = SatisfactionSurveyFactory(company=company)
    SurveyScoreFactory(survey=survey, category=SurveyCategoryFactory(name="연봉/복지"))
    SurveyQuoteFactory(survey=survey)
    CoreValueFactory(company=company)
    TalentTraitFactory(company=company)
    NewsItemFactory(company=company, situation="상황", efforts=["노력 1", "노력 2"], effect="효과")
    HiringStepFactory(company=company)
    HiringCountFactory(company=company, hiring_type=HiringTypeFactory(name="정규직"))
    prompt = EssayPromptFactory(company=company)
    prompt.competencies.add(CompetencyFactory(name="직무전문성"))
    SampleAnswerFactory(prompt=prompt)
    review = InterviewReviewFactory(company=company)
    InterviewQuestionFactory(company=company, review=review)
    CoachTermFactory()
    posting = PostingFactory(company=company, prompts=[prompt])
    posting.regions.create(name="세종")
    return company


def staff_client(*perms: str) -> Client:
    staff = UserFactory(is_staff=True)
    for perm in perms:
        app_label, codename = perm.split(".")
        staff.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    client = Client()
    client.force_login(staff)
    return client


def changelist_url(model) -> str:
    return reverse(f"admin:catalog_{model._meta.model_name}_changelist")


class TestRegisteredModels:
    def test_every_catalogue_model_but_candidates_targets_is_registered(self):
        registered = {model._meta.model_name for model in catalog_models()}

        assert {
            "company",
            "satisfactionsurvey",
            "newsitem",
            "surveycategory",
            "hiringtype",
            "competency",
            "season",
            "essayprompt",
            "sampleanswer",
            "interviewreview",
            "interviewquestion",
            "coachterm",
        } <= registered
        assert TargetCompany not in admin.site._registry

    def test_every_changelist_add_and_change_page_renders(self, client_staff):
        full_company()

        for model in catalog_models():
            instance = model.objects.first()
            assert instance is not None, model
            name = model._meta.model_name
            assert client_staff.get(changelist_url(model)).status_code == 200, name
            assert client_staff.get(changelist_url(model), {"q": "정보"}).status_code == 200, name
            add_url = reverse(f"admin:catalog_{name}_add")
            assert client_staff.get(add_url).status_code == 200, name
            change_url = reverse(f"admin:catalog_{name}_change", args=[instance.pk])
            assert client_staff.get(change_url).status_code == 200, name


class TestCompanyAdmin:
    def test_changelist_offers_the_report_upload_button(self, client_staff):
        response = client_staff.get(changelist_url(Company))

        assert "보고서 가져오기" in response.content.decode()
        assert reverse("admin:catalog_company_import_report") in response.content.decode()

    def test_report_upload_page_needs_staff(self, client_user):
        response = client_user.get(reverse("admin:catalog_company_import_report"))

        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))

    def test_company_autocomplete_finds_companies_for_a_prompt(self, client_staff):
        CompanyFactory(name="한국사회보장정보원")
        CompanyFactory(name="국민권익위원회")

        response = client_staff.get(
            reverse("admin:autocomplete"),
            {
                "app_label": "catalog",
                "model_name": "essayprompt",
                "field_name": "company",
                "term": "사회보장",
            },
        )

        assert [r["text"] for r in response.json()["results"]] == ["한국사회보장정보원"]

    def test_change_page_links_to_the_public_company_page(self, client_staff):
        company = CompanyFactory(name="한국사회보장정보원", slug="ssis")

        response = client_staff.get(reverse("admin:catalog_company_change", args=[company.pk]))
        content_type = ContentType.objects.get_for_model(Company)
        view_on_site = client_staff.get(
            reverse("admin:view_on_site", args=[content_type.pk, company.pk])
        )

        assert response.context["has_absolute_url"]
        assert view_on_site.status_code == 302
        assert view_on_site.url.endswith(company.get_absolute_url())

    def test_change_page_shows_every_profile_inline(self, client_staff):
        company = full_company()

        response = client_staff.get(reverse("admin:catalog_company_change", args=[company.pk]))

        prefixes = {formset.formset.prefix for formset in response.context["inline_admin_formsets"]}
        assert prefixes == {
            "segments",
            "surveys",
            "core_values",
            "talent_traits",
            "news",
            "hiring_steps",
            "hiring_counts",
            "figures",
        }
        assert "노력 1\n노력 2" in response.content.decode()
        assert response.context["adminform"].prepopulated_fields[0]["field"].name == "slug"

    def test_adding_a_company_with_a_case_saves_efforts_as_a_list(self, client_staff):
        data = {
            "name": "국민권익위원회",
            "slug": "acrc",
            "kind": "public",
            "published": "on",
            "blind_hiring": "unknown",
        }
        for prefix in [
            "segments",
            "surveys",
            "core_values",
            "talent_traits",
            "hiring_steps",
            "hiring_counts",
            "figures",
        ]:
            data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
        data |= {
            "news-TOTAL_FORMS": "1",
            "news-INITIAL_FORMS": "0",
            "news-0-year": "2025",
            "news-0-kind": "proactive",
            "news-0-title": "수의계약 확인서 부담 완화",
            "news-0-order": "0",
            "news-0-situation": "매번 확인서를 받아야 했다.",
            "news-0-efforts": "최초 1회만 받는다.\r\n\r\n  3년간 다시 받지 않는다.  \r\n",
            "news-0-effect": "계약이 빨라졌다.",
        }

        response = client_staff.post(reverse("admin:catalog_company_add"), data)

        assert response.status_code == 302, response.context["adminform"].form.errors
        item = NewsItem.objects.get(company__name="국민권익위원회")
        assert item.efforts == ["최초 1회만 받는다.", "3년간 다시 받지 않는다."]
        assert item.is_case

    def test_publish_and_unpublish_actions_flip_the_flag(self, client_staff):
        first, second = CompanyFactory(published=False), CompanyFactory(published=False)
        url = changelist_url(Company)

        client_staff.post(url, {"action": "publish", "_selected_action": [first.pk, second.pk]})
        assert Company.objects.filter(published=True).count() == 2

        client_staff.post(url, {"action": "unpublish", "_selected_action": [first.pk]})
        first.refresh_from_db()
        second.refresh_from_db()
        assert not first.published
        assert second.published

    def test_search_finds_a_company_by_a_korean_substring_and_alias(self, client_staff):
        CompanyFactory(name="한국사회보장정보원", aliases="사보원\nSSIS")
        CompanyFactory(name="국민권익위원회")

        by_name = client_staff.get(changelist_url(Company), {"q": "사회보장"})
        by_alias = client_staff.get(changelist_url(Company), {"q": "SSIS"})

        assert [c.name for c in by_name.context["cl"].result_list] == ["한국사회보장정보원"]
        assert [c.name for c in by_alias.context["cl"].result_list] == ["한국사회보장정보원"]

    def test_filters_by_kind(self, client_staff):
        CompanyFactory(name="공공", kind="public")
        CompanyFactory(name="대기업", kind="large")

        response = client_staff.get(changelist_url(Company), {"kind__exact": "large"})

        assert [c.name for c in response.context["cl"].result_list] == ["대기업"]


class TestNewsItemForm:
    def test_shows_efforts_one_per_line_and_reads_them_back_as_a_list(self):
        item = NewsItemFactory(efforts=["첫째", "둘째"])

        form = NewsItemForm(instance=item)
        assert form["efforts"].value() == "첫째\n둘째"

        data = {
            "year": "2024",
            "kind": "proactive",
            "title": item.title,
            "order": "0",
            "efforts": "첫째\r\n둘째\r\n셋째",
        }
        form = NewsItemForm(data, instance=item)
        assert form.is_valid(), form.errors
        assert form.save().efforts == ["첫째", "둘째", "셋째"]

    def test_unchanged_lines_are_not_a_change(self):
        item = NewsItemFactory(efforts=["첫째", "둘째"])
        data = {
            "year": str(item.year),
            "kind": item.kind,
            "title": item.title,
            "body": item.body,
            "order": "0",
            "efforts": "첫째\r\n둘째\r\n",
        }

        assert "efforts" not in NewsItemForm(data, instance=item).changed_data


class TestPublishActions:
    @pytest.mark.parametrize(
        ("model", "factory"),
        [
            (EssayPrompt, EssayPromptFactory),
            (SampleAnswer, SampleAnswerFactory),
            (InterviewQuestion, InterviewQuestionFactory),
            (InterviewReview, InterviewReviewFactory),
        ],
    )
    def test_publish_and_unpublish(self, client_staff, model, factory):
        objects = factory.create_batch(2, published=True)
        ids = [obj.pk for obj in objects]

        client_staff.post(changelist_url(model), {"action": "unpublish", "_selected_action": ids})
        assert not model.objects.filter(published=True).exists()

        client_staff.post(changelist_url(model), {"action": "publish", "_selected_action": ids})
        assert model.objects.filter(published=True).count() == 2


class TestInterviewReviewAdmin:
    def test_questions_added_inside_a_review_take_its_company_and_season(self, client_staff):
        review = InterviewReviewFactory(position="인턴")
        url = reverse("admin:catalog_interviewreview_change", args=[review.pk])
        data = {
            "company": review.company.pk,
            "season": review.season.pk,
            "position": "인턴",
            "job": "사무보조",
            "result": "passed",
            "difficulty": "2",
            "atmosphere": "normal",
            "published": "on",
            "questions-TOTAL_FORMS": "1",
            "questions-INITIAL_FORMS": "0",
            "questions-0-order": "1",
            "questions-0-question_type": "experience",
            "questions-0-published": "on",
            "questions-0-text": "갈등을 해결한 경험이 있으면 말해 주세요.",
            "questions-0-hint": "상황은 짧게, 행동은 길게.",
        }

        response = client_staff.post(url, data)

        assert response.status_code == 302
        question = review.questions.get()
        assert question.company == review.company
        assert question.season == review.season
        assert question.position == "인턴"


class TestCoachTermAdmin:
    def test_a_broken_pattern_is_refused_with_a_message(self, client_staff):
        data = {
            "word_list": "blind_patterns",
            "term": "대학교(",
            "is_pattern": "on",
            "active": "on",
        }

        response = client_staff.post(reverse("admin:catalog_coachterm_add"), data)

        assert response.status_code == 200
        assert "정규식이 올바르지 않습니다" in response.content.decode()
        assert not CoachTerm.objects.exists()

    def test_filters_by_word_list(self, client_staff):
        CoachTermFactory(word_list="blind_areas", term="신촌")
        CoachTermFactory(word_list="cliches", term="열정")

        response = client_staff.get(changelist_url(CoachTerm), {"word_list__exact": "blind_areas"})

        assert [t.term for t in response.context["cl"].result_list] == ["신촌"]


class TestQueryCounts:
    """Changelists cost the same number of queries with 1 row as with 50 (no N+1)."""

    BOUND = 10

    @pytest.mark.parametrize("rows", [1, 50])
    def test_company_changelist(self, client_staff, django_assert_max_num_queries, rows):
        CompanyFactory.create_batch(rows)

        with django_assert_max_num_queries(self.BOUND):
            response = client_staff.get(changelist_url(Company))
        assert len(response.context["cl"].result_list) == rows

    @pytest.mark.parametrize("rows", [1, 50])
    @pytest.mark.parametrize(
        ("model", "factory"),
        [
            (EssayPrompt, EssayPromptFactory),
            (SampleAnswer, SampleAnswerFactory),
            (InterviewQuestion, InterviewQuestionFactory),
            (InterviewReview, InterviewReviewFactory),
            (NewsItem, NewsItemFactory),
        ],
    )
    def test_question_bank_changelists(
        self, client_staff, django_assert_max_num_queries, model, factory, rows
    ):
        # Each row gets its own company and season, the worst case for the related columns.
        for n in range(rows):
            season = SeasonFactory(year=2000 + n)
            company = CompanyFactory()
            if model is SampleAnswer:
                factory(prompt=EssayPromptFactory(company=company, season=season))
            elif model is NewsItem:
                factory(company=company)
            else:
                factory(company=company, season=season)

        with django_assert_max_num_queries(self.BOUND):
            response = client_staff.get(changelist_url(model))
        assert len(response.context["cl"].result_list) == rows

    @pytest.mark.parametrize("rows", [1, 20])
    def test_company_and_survey_change_pages(
        self, client_staff, django_assert_max_num_queries, rows
    ):
        company = CompanyFactory()
        survey = SatisfactionSurveyFactory(company=company)
        for n in range(rows):
            BusinessSegmentFactory(company=company)
            CoreValueFactory(company=company)
            TalentTraitFactory(company=company)
            NewsItemFactory(company=company, efforts=["노력"])
            HiringStepFactory(company=company)
            HiringCountFactory(company=company, year=2000 + n)
            SurveyScoreFactory(survey=survey)
            SurveyQuoteFactory(survey=survey)

        with django_assert_max_num_queries(16):
            client_staff.get(reverse("admin:catalog_company_change", args=[company.pk]))
        with django_assert_max_num_queries(self.BOUND):
            client_staff.get(reverse("admin:catalog_satisfactionsurvey_change", args=[survey.pk]))

    def test_company_changelist_at_a_thousand_companies(
        self, client_staff, django_assert_max_num_queries
    ):
        Company.objects.bulk_create(
            Company(name=f"기업{n:04}", slug=f"company-{n}", published=n % 2 == 0)
            for n in range(1000)
        )

        with django_assert_max_num_queries(self.BOUND):
            response = client_staff.get(changelist_url(Company), {"q": "기업"})
        assert len(response.context["cl"].result_list) == 50
