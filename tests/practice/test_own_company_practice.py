"""Practising for an own company (내 지원처) as for a curated one: drafts on its prompts with
their limits, coaching against its values with it as the target, mock interviews, dates."""

import pytest
from django.urls import reverse

from prep.catalog.own_companies import OwnCompanyDetails, Part, PromptRow, save_own_company
from prep.practice.drafts.coaching import feedback_for_draft
from prep.practice.models import Draft
from tests.factories import CompanyFactory, InterviewQuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def own(user):
    return save_own_company(
        owner=user,
        details=OwnCompanyDetails(name="가람도시공사", kind="public"),
        values=[Part("도전정신", "새로운 일에 먼저 나선다"), Part("청렴", "원칙을 지킨다")],
        traits=[Part("협력인", "함께 성과를 낸다")],
        prompts=[PromptRow("지원 동기를 쓰세요.", 500, "chars_no_spaces", 2)],
    )


@pytest.fixture
def prompt(own):
    return own.essay_prompts.get()


class TestDraftStart:
    def test_the_owner_starts_a_draft_with_the_prompts_limit_and_rule(
        self, client_user, user, prompt
    ):
        url = reverse("practice:draft_start", args=[prompt.pk])
        assert "지원 동기를 쓰세요." in client_user.get(url).content.decode()
        response = client_user.post(url)
        draft = user.drafts.get()
        assert response["Location"] == draft.get_absolute_url()
        assert draft.company == prompt.company
        assert (draft.limit, draft.count_rule, draft.line_break_weight) == (
            500,
            "chars_no_spaces",
            2,
        )
        editor = client_user.get(draft.get_absolute_url()).content.decode()
        assert "공백 제외" in editor

    def test_a_stranger_gets_404(self, client_stranger, prompt):
        url = reverse("practice:draft_start", args=[prompt.pk])
        assert client_stranger.get(url).status_code == 404
        assert client_stranger.post(url).status_code == 404
        assert not Draft.objects.exists()

    def test_a_custom_draft_may_be_filed_under_it_by_its_owner_only(
        self, client_user, client_stranger, own
    ):
        url = reverse("practice:draft_new")
        data = {
            "company": own.pk,
            "custom_question": "내가 적은 문항",
            "custom_limit": 600,
            "custom_count_rule": "chars",
            "custom_line_break_weight": 1,
        }
        assert client_stranger.post(url, data).status_code == 200  # the choice is refused
        assert not Draft.objects.exists()
        assert client_user.post(url, data).status_code == 302
        assert Draft.objects.get().company == own


class TestCoaching:
    def draft(self, user, own, body):
        return Draft.objects.create(
            user=user, company=own, prompt=own.essay_prompts.get(), body=body
        )

    def test_the_fit_finding_names_its_values(self, user, own):
        body = "저는 동아리에서 회계를 맡아 장부를 정리했습니다. 매달 보고서를 만들었습니다."
        [finding] = feedback_for_draft(self.draft(user, own, body)).by_check["fit"]
        assert finding.code == "no_value_touched"
        assert "가람도시공사" in finding.message
        assert "‘도전정신’" in finding.fix and "‘협력인’" in finding.fix

    def test_a_draft_that_touches_a_value_gets_no_fit_warning(self, user, own):
        body = "저는 도전정신으로 새로운 일에 먼저 나서 아무도 맡지 않던 업무를 해냈습니다."
        fit = feedback_for_draft(self.draft(user, own, body)).by_check["fit"]
        assert [f.code for f in fit if f.code == "no_value_touched"] == []

    def test_a_curated_company_named_as_the_target_is_flagged(self, user, own):
        CompanyFactory(name="한국사회보장정보원", slug="ssis", kind="public")
        body = "한국사회보장정보원의 일원이 되어 복지 정보를 지키겠습니다."
        findings = feedback_for_draft(self.draft(user, own, body)).by_check["company"]
        assert [(f.code, f.excerpt) for f in findings] == [("other_company", "한국사회보장정보원")]

    def test_its_own_name_is_never_flagged(self, user, own):
        body = "가람도시공사의 일원이 되어 모두의 도시를 만들겠습니다."
        assert not feedback_for_draft(self.draft(user, own, body)).by_check["company"]


class TestMockInterviews:
    def test_a_session_for_it_uses_the_general_questions(self, client_user, user, own):
        general = InterviewQuestionFactory(company=None, question_type="job")
        url = reverse("practice:session_new")
        assert own.name in client_user.get(url, {"company": own.slug}).content.decode()
        response = client_user.post(
            url,
            {
                "company": own.slug,
                "question_count": 3,
                "seconds_per_answer": 60,
                "question_types": ["job"],
                "mode": "practice",
            },
        )
        assert response.status_code == 302
        session = user.mock_sessions.get()
        assert session.company == own
        assert [q.question for q in session.questions.all()] == [general]

    def test_a_stranger_cannot_pick_it(self, client_stranger, own):
        InterviewQuestionFactory(company=None, question_type="job")
        response = client_stranger.post(
            reverse("practice:session_new"),
            {
                "company": own.slug,
                "question_count": 3,
                "seconds_per_answer": 60,
                "question_types": ["job"],
                "mode": "practice",
            },
        )
        assert response.status_code == 200
        assert "company" in response.context_data["form"].errors

    def test_the_owner_sets_an_interview_date_for_it(self, client_user, own):
        url = reverse("practice:interview_date")
        assert client_user.get(url, {"company": own.slug}).status_code == 200
        response = client_user.post(url, {"company": own.slug, "interview_date": ""})
        assert response.status_code == 302
