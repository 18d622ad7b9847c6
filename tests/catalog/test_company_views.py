import datetime
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from prep.catalog.company_page import SHOWN_ON_PAGE
from prep.catalog.models import TargetCompany
from tests.factories import (
    BusinessSegmentFactory,
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
    SampleAnswerFactory,
    SatisfactionSurveyFactory,
    SeasonFactory,
    SurveyCategoryFactory,
    SurveyQuoteFactory,
    SurveyScoreFactory,
    TalentTraitFactory,
    TargetCompanyFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}

# The most queries any catalogue page may cost, whatever the number of items it shows.
COMPANY_PAGE_QUERIES = 24
LIST_PAGE_QUERIES = 12


def build_company(items: int = 1, **fields):
    """A published company with `items` entries in every section of its page."""
    company = CompanyFactory(
        **{
            "name": "한국사회보장정보원",
            "slug": "한국사회보장정보원",
            "description": "사회보장 정보시스템을 운영하는 기관입니다.",
            "founded_year": 2009,
            "customers": "국민, 지방자치단체",
            "main_business": "사회보장 정보시스템 운영",
            "related_organisations": "보건복지부",
            "vision": "데이터로 여는 포용 복지",
            "mission": "국민의 삶을 지키는 사회보장 정보 서비스",
            **fields,
        }
    )
    competency = CompetencyFactory(name="문제해결능력", kind="ncs_area")
    survey = SatisfactionSurveyFactory(
        company=company, surveyed_on=datetime.date(2024, 8, 8), total_score="73"
    )
    season = SeasonFactory(year=2023, half="second")
    for i in range(items):
        BusinessSegmentFactory(company=company, rank=i + 1, name=f"수탁사업{i}", share="40.9")
        SurveyScoreFactory(
            survey=survey, category=SurveyCategoryFactory(name=f"조직문화{i}"), score="68"
        )
        SurveyQuoteFactory(survey=survey, tone="positive", text=f"복지가 좋아요 {i}")
        SurveyQuoteFactory(survey=survey, tone="negative", text=f"승진이 느려요 {i}")
        CoreValueFactory(company=company, name=f"혁신{i}", order=i)
        TalentTraitFactory(company=company, name=f"전문인{i}", order=i)
        NewsItemFactory(
            company=company,
            year=2023 + i % 2,
            kind="proactive",
            title=f"복지 사각지대 발굴 {i}",
            situation="위기가구를 찾기 어려웠습니다.",
            efforts=["빅데이터 지표 추가", "지자체와 협업"],
            effect="위기가구 발굴이 늘었습니다.",
        )
        HiringStepFactory(company=company, name=f"전형{i}", order=i)
        HiringCountFactory(
            company=company,
            year=2023 - i % 3,
            hiring_type=HiringTypeFactory(name=f"정규직{i}", description=f"정규직 설명 {i}"),
            count=Decimal("10.5"),
        )
        prompt = EssayPromptFactory(
            company=company, season=season, text=f"문제를 해결한 경험을 쓰세요 {i}", limit=1000
        )
        prompt.competencies.add(competency)
        sample = SampleAnswerFactory(prompt=prompt, headline=f"[목표 80% 달성 {i}]", body="본문")
        sample.competencies.add(competency)
        review = InterviewReviewFactory(
            company=company, difficulty=2, atmosphere="normal", evaluation=f"편안했다 {i}"
        )
        InterviewQuestionFactory(company=company, review=review, text=f"후기 질문 {i}")
        question = InterviewQuestionFactory(
            company=company, question_type="personality", text=f"자기소개를 해 보세요 {i}"
        )
        question.competencies.add(competency)
    return company


class TestCompanyList:
    url = reverse("catalog:company_list")

    def test_it_lists_published_companies_only(self, client):
        CompanyFactory(name="한국사회보장정보원", slug="ssis")
        CompanyFactory(name="비공개공사", slug="hidden", published=False)
        response = client.get(self.url)
        assert response.status_code == 200
        assert "한국사회보장정보원" in response.text
        assert "비공개공사" not in response.text

    def test_korean_substring_finds_the_company(self, client):
        CompanyFactory(name="한국사회보장정보원", slug="ssis")
        CompanyFactory(name="국민권익위원회", slug="acrc")
        response = client.get(self.url, {"q": "사회보장"})
        assert "한국사회보장정보원" in response.text
        assert "국민권익위원회" not in response.text

    def test_search_also_matches_aliases(self, client):
        CompanyFactory(name="한국사회보장정보원", slug="ssis", aliases="SSIS\n사보원")
        response = client.get(self.url, {"q": "사보원"})
        assert list(response.context_data["companies"])[0].name == "한국사회보장정보원"

    def test_kind_filter_keeps_only_that_kind(self, client):
        CompanyFactory(name="한국사회보장정보원", slug="ssis", kind="public")
        CompanyFactory(name="프렙전자", slug="prep-electronics", kind="large")
        response = client.get(self.url, {"kind": "large"})
        names = [c.name for c in response.context_data["companies"]]
        assert names == ["프렙전자"]

    def test_unknown_kind_is_ignored(self, client):
        CompanyFactory(name="한국사회보장정보원", slug="ssis")
        response = client.get(self.url, {"kind": "nonsense"})
        assert response.context_data["kind"] == ""
        assert "한국사회보장정보원" in response.text

    def test_it_paginates_and_keeps_the_query(self, client):
        for i in range(25):
            CompanyFactory(name=f"기관{i:02d}", slug=f"org-{i}")
        first = client.get(self.url, {"q": "기관"})
        assert len(first.context_data["companies"]) == 20
        assert "?q=%EA%B8%B0%EA%B4%80&amp;page=2" in first.text
        second = client.get(self.url, {"q": "기관", "page": 2})
        assert [c.name for c in second.context_data["companies"]] == [
            f"기관{i:02d}" for i in range(20, 25)
        ]

    def test_htmx_request_gets_only_the_results_fragment(self, client):
        CompanyFactory(name="한국사회보장정보원", slug="ssis")
        response = client.get(self.url, {"q": "사회보장"}, headers=HTMX)
        assert response.template_name == "catalog/company_list.html#company-results"
        assert response.text.lstrip().startswith('<section id="company-results"')
        assert "<form" not in response.text.split('id="company-results"')[0]
        assert "HX-Request" in response["Vary"]

    def test_plain_request_gets_the_whole_page_with_a_get_form(self, client):
        response = client.get(self.url)
        assert response.template_name == "catalog/company_list.html"
        assert 'method="get"' in response.text
        assert 'hx-push-url="true"' in response.text

    def test_empty_result_says_so(self, client):
        response = client.get(self.url, {"q": "없는기관"})
        assert "조건에 맞는 기업이 없습니다." in response.text

    def test_cards_show_the_candidates_targets(self, client_user, user):
        company = CompanyFactory(name="한국사회보장정보원", slug="ssis")
        TargetCompanyFactory(user=user, company=company)
        response = client_user.get(self.url)
        assert 'aria-pressed="true"' in response.text

    @pytest.mark.parametrize("companies", [1, 30])
    def test_query_count_is_constant(
        self, client_user, user, django_assert_max_num_queries, companies
    ):
        for i in range(companies):
            company = CompanyFactory(name=f"기관{i:02d}", slug=f"org-{i}")
            TargetCompanyFactory(user=user, company=company)
        with django_assert_max_num_queries(LIST_PAGE_QUERIES):
            response = client_user.get(self.url)
        assert response.status_code == 200


class TestCompanyDetail:
    def test_every_section_renders(self, client):
        company = build_company()
        response = client.get(company.get_absolute_url())
        assert response.status_code == 200
        text = response.text
        for expected in [
            # 개요
            "사회보장 정보시스템을 운영하는 기관입니다.",
            "2009년",
            "국민, 지방자치단체",
            "보건복지부",
            "수탁사업0",
            "40.9%",
            "2024.08.08 조사",
            "총 만족도 73점",
            "조직문화0",
            "68점",
            "복지가 좋아요 0",
            "승진이 느려요 0",
            # 최신 이슈
            "2023년",
            "복지 사각지대 발굴 0",
            "<dt>상황</dt>",
            "<li>빅데이터 지표 추가</li>",
            "<dt>효과</dt>",
            # 비전·미션·핵심가치·인재상
            "데이터로 여는 포용 복지",
            "국민의 삶을 지키는 사회보장 정보 서비스",
            "혁신0",
            "전문인0",
            # 채용
            "전형0",
            "정규직0",
            "10.5명",
            "정규직 설명 0",
            # 자소서
            "문제를 해결한 경험을 쓰세요 0",
            "1,000 · 글자 수 (공백 포함)",
            "[목표 80% 달성 0]",
            "합격자들이 어필한 역량",
            "문제해결능력",
            "표절",
            # 면접
            "다소 쉬움",
            "편안했다 0",
            "후기 질문 0",
            "인성",
            "자기소개를 해 보세요 0",
        ]:
            assert expected in text, expected

    def test_charts_carry_their_numbers_as_text(self, client):
        company = build_company()
        text = client.get(company.get_absolute_url()).text
        assert '<rect class="tone-0" x="0%" y="0" width="40.9%"' in text
        assert 'aria-label="조직문화0 68점"' in text
        assert '<rect class="bar-fill" width="68%"' in text
        assert "<title>정규직0 10.5명</title>" in text

    def test_sample_answers_show_their_count_under_the_prompts_rule(self, client):
        company = build_company()
        prompt = company.essay_prompts.get()
        sample = prompt.sample_answers.get()
        status = sample.limit_status()
        text = client.get(company.get_absolute_url()).text
        assert f"{status.used} / 1000" in text

    def test_sample_answers_have_no_copy_button(self, client):
        company = build_company()
        text = client.get(company.get_absolute_url()).text
        assert "복사" not in text
        assert "표절 검사" in text

    def test_unpublished_content_is_hidden(self, client):
        company = build_company()
        EssayPromptFactory(company=company, text="비공개 문항", published=False)
        SampleAnswerFactory(
            prompt=company.essay_prompts.first(), body="비공개 답변", published=False
        )
        InterviewQuestionFactory(company=company, text="비공개 질문", published=False)
        InterviewReviewFactory(company=company, evaluation="비공개 후기", published=False)
        text = client.get(company.get_absolute_url()).text
        for hidden in ["비공개 문항", "비공개 답변", "비공개 질문", "비공개 후기"]:
            assert hidden not in text

    def test_unpublished_company_is_404(self, client):
        company = CompanyFactory(slug="hidden", published=False)
        assert client.get(company.get_absolute_url()).status_code == 404

    def test_unknown_slug_is_404(self, client):
        assert client.get("/companies/없는기관/").status_code == 404

    def test_empty_company_page_explains_missing_sections(self, client):
        company = CompanyFactory(name="빈기관", slug="empty")
        response = client.get(company.get_absolute_url())
        assert response.status_code == 200
        assert "사업 구성 자료가 아직 없습니다." in response.text
        assert "정리된 면접 질문이 아직 없습니다." in response.text

    def test_anonymous_visitor_is_offered_a_login_link_for_targets(self, client):
        company = build_company()
        text = client.get(company.get_absolute_url()).text
        assert "로그인하고 지원 기업으로 표시" in text
        assert "/accounts/login/?next=" in text

    @pytest.mark.parametrize("items", [1, 30])
    def test_query_count_is_constant(self, client_user, django_assert_max_num_queries, items):
        company = build_company(items)
        with django_assert_max_num_queries(COMPANY_PAGE_QUERIES):
            response = client_user.get(company.get_absolute_url())
        assert response.status_code == 200
        assert "자기소개를 해 보세요 0" in response.text

    def test_warm_page_costs_at_most_ten_queries(self, client_user, django_assert_max_num_queries):
        company = build_company(30)
        client_user.get(company.get_absolute_url())
        with django_assert_max_num_queries(10):
            response = client_user.get(company.get_absolute_url())
        assert "자기소개를 해 보세요 0" in response.text

    def test_a_big_company_page_is_no_bigger_than_a_small_one(self, client):
        company = build_company()
        season = SeasonFactory(year=2022, half="first")

        def add_items(count: int, start: int) -> None:
            for i in range(start, start + count):
                NewsItemFactory(company=company, year=2020, title=f"추가 이슈 {i}")
                EssayPromptFactory(company=company, season=season, text=f"추가 문항 {i}")
                InterviewReviewFactory(company=company, season=season, evaluation=f"추가 후기 {i}")
                InterviewQuestionFactory(company=company, text=f"추가 질문 {i}")

        # Every long list exactly as long as the page shows, then far longer.
        add_items(SHOWN_ON_PAGE["essays"] - 1, 0)
        for i in range(SHOWN_ON_PAGE["news"] - SHOWN_ON_PAGE["essays"]):
            NewsItemFactory(company=company, year=2020, title=f"더한 이슈 {i}")
        for i in range(SHOWN_ON_PAGE["questions"] - 2 - SHOWN_ON_PAGE["essays"] + 1):
            InterviewQuestionFactory(company=company, text=f"더한 질문 {i}")
        small = len(client.get(company.get_absolute_url()).content)
        add_items(100, 100)
        response = client.get(company.get_absolute_url())
        assert len(response.content) < small * 1.05
        questions = company.interview_questions.count()
        assert f"면접 질문 {questions}개 모두 보기" in response.text
        assert f"최신 이슈 {company.news.count()}건 모두 보기" in response.text

    def test_long_lists_link_to_their_own_pages(self, client):
        company = build_company(30)
        text = client.get(company.get_absolute_url()).text
        for section in ["news", "essays", "reviews", "questions"]:
            url = reverse("catalog:company_section", args=[company.slug, section])
            assert f'href="{url}"' in text

    def test_an_edit_in_the_catalogue_shows_at_once(self, client):
        company = build_company()
        client.get(company.get_absolute_url())
        news = company.news.get()
        news.title = "새로 고친 제목"
        news.save()
        assert "새로 고친 제목" in client.get(company.get_absolute_url()).text

    def test_a_new_competency_tag_shows_at_once(self, client):
        company = build_company()
        client.get(company.get_absolute_url())
        question = company.interview_questions.get(question_type="personality")
        question.competencies.add(CompetencyFactory(name="새로운역량", kind="company"))
        assert "새로운역량" in client.get(company.get_absolute_url()).text

    def test_a_renamed_season_shows_at_once(self, client):
        company = build_company()
        client.get(company.get_absolute_url())
        season = company.essay_prompts.get().season
        season.year = 2031
        season.save()
        assert "2031" in client.get(company.get_absolute_url()).text

    def test_one_candidates_target_star_is_not_shown_to_another(self, client, user):
        company = build_company()
        TargetCompanyFactory(user=user, company=company)
        client.force_login(user)
        assert 'aria-pressed="true"' in client.get(company.get_absolute_url()).text
        stranger = Client()
        stranger.force_login(UserFactory(email="bob@example.com"))
        text = stranger.get(company.get_absolute_url()).text
        assert 'aria-pressed="false"' in text
        assert 'aria-pressed="true"' not in text


class TestCompanySection:
    def test_it_pages_through_every_item_of_a_list(self, client):
        company = build_company(30)
        url = reverse("catalog:company_section", args=[company.slug, "questions"])
        first = client.get(url)
        assert first.status_code == 200
        assert "자기소개를 해 보세요 0" in first.text
        assert "1 / 3쪽" in first.text
        last = client.get(url, {"page": 3})
        assert "자기소개를 해 보세요 29" in last.text

    @pytest.mark.parametrize("section", ["news", "essays", "reviews", "questions"])
    def test_every_list_has_a_page(self, client, django_assert_max_num_queries, section):
        company = build_company(25)
        url = reverse("catalog:company_section", args=[company.slug, section])
        with django_assert_max_num_queries(COMPANY_PAGE_QUERIES):
            response = client.get(url)
        assert response.status_code == 200
        assert company.name in response.text

    def test_an_unknown_list_is_404(self, client):
        company = build_company()
        url = reverse("catalog:company_section", args=[company.slug, "salaries"])
        assert client.get(url).status_code == 404

    def test_an_unpublished_company_is_404(self, client):
        company = build_company(published=False)
        url = reverse("catalog:company_section", args=[company.slug, "news"])
        assert client.get(url).status_code == 404


class TestTargetToggle:
    def url(self, company):
        return reverse("catalog:target_toggle", kwargs={"slug": company.slug})

    def test_it_marks_and_unmarks_a_target(self, client_user, user):
        company = CompanyFactory(slug="ssis")
        response = client_user.post(self.url(company))
        assert response.status_code == 302
        assert response["Location"] == company.get_absolute_url()
        assert TargetCompany.objects.filter(user=user, company=company).exists()
        client_user.post(self.url(company))
        assert not TargetCompany.objects.filter(user=user, company=company).exists()

    def test_plain_post_returns_to_the_page_it_came_from(self, client_user):
        company = CompanyFactory(slug="ssis")
        response = client_user.post(self.url(company), {"next": "/companies/?q=abc"})
        assert response["Location"] == "/companies/?q=abc"

    def test_it_refuses_to_redirect_elsewhere(self, client_user):
        company = CompanyFactory(slug="ssis")
        response = client_user.post(self.url(company), {"next": "https://evil.example/"})
        assert response["Location"] == company.get_absolute_url()

    def test_htmx_post_returns_the_button_fragment(self, client_user, user):
        company = CompanyFactory(slug="ssis")
        response = client_user.post(self.url(company), headers=HTMX)
        assert response.status_code == 200
        assert response.template_name == "catalog/_target_button.html"
        assert f'id="target-{company.pk}"' in response.text
        assert 'aria-pressed="true"' in response.text
        assert TargetCompany.objects.filter(user=user, company=company).exists()

    def test_it_leaves_other_candidates_targets_alone(self, client_user, other_user):
        company = CompanyFactory(slug="ssis")
        TargetCompanyFactory(user=other_user, company=company)
        client_user.post(self.url(company))
        assert TargetCompany.objects.filter(user=other_user, company=company).exists()
        assert TargetCompany.objects.count() == 2

    def test_anonymous_is_sent_to_login(self, client):
        company = CompanyFactory(slug="ssis")
        response = client.post(self.url(company))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
        assert not TargetCompany.objects.exists()

    def test_get_is_not_allowed(self, client_user):
        company = CompanyFactory(slug="ssis")
        assert client_user.get(self.url(company)).status_code == 405

    def test_unpublished_company_is_404(self, client_user):
        company = CompanyFactory(slug="hidden", published=False)
        assert client_user.post(self.url(company)).status_code == 404


class TestHomeTargets:
    def test_it_lists_the_candidates_targets(self, user, other_user):
        from django.template import Context, Template

        mine = CompanyFactory(name="한국사회보장정보원", slug="ssis")
        theirs = CompanyFactory(name="국민권익위원회", slug="acrc")
        TargetCompanyFactory(user=user, company=mine)
        TargetCompanyFactory(user=other_user, company=theirs)
        html = Template("{% load catalog_tags %}{% home_targets user %}").render(
            Context({"user": user})
        )
        assert "한국사회보장정보원" in html
        assert mine.get_absolute_url() in html
        assert "국민권익위원회" not in html

    def test_it_invites_a_candidate_without_targets(self, user):
        from django.template import Context, Template

        html = Template("{% load catalog_tags %}{% home_targets user %}").render(
            Context({"user": user})
        )
        assert "아직 지원 기업이 없습니다." in html
