"""prep.practice.drafts.coaching: the gazetteer of institutions reaches drafts, admins extend it."""

import pytest

from prep.practice.drafts.coaching import feedback_for_draft
from prep.practice.models import Draft
from tests.factories import CoachTermFactory, CompanyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def institution(db):
    return CompanyFactory(name="한국사회보장정보원", slug="ssis", kind="public")


def company_findings(draft):
    return [(f.code, f.excerpt) for f in feedback_for_draft(draft).by_check["company"]]


class TestFeedbackForDraft:
    def test_an_institution_outside_the_catalogue_named_as_the_target_is_flagged(
        self, user, institution
    ):
        body = "국민연금공단의 일원이 되어 노후 소득 보장에 힘쓰겠습니다."
        draft = Draft.objects.create(
            user=user, company=institution, custom_question="포부", body=body
        )
        assert company_findings(draft) == [("other_company", "국민연금공단")]

    def test_a_partner_named_in_a_plan_is_not_flagged(self, user, institution):
        body = "입사 후 국민연금공단과 협력해 복지 사각지대를 줄이겠습니다."
        draft = Draft.objects.create(
            user=user, company=institution, custom_question="포부", body=body
        )
        assert company_findings(draft) == []

    def test_an_honorific_of_another_kind_is_flagged(self, user, institution):
        body = "귀 공단의 일원으로서 정보시스템을 지키겠습니다."
        draft = Draft.objects.create(
            user=user, company=institution, custom_question="포부", body=body
        )
        assert company_findings(draft) == [("other_company", "귀 공단")]

    def test_an_alias_an_admin_adds_is_searched_from_the_next_analysis(self, user, institution):
        body = "가람공단의 일원이 되어 일하겠습니다."
        draft = Draft.objects.create(
            user=user, company=institution, custom_question="포부", body=body
        )
        assert company_findings(draft) == []
        CoachTermFactory(word_list="institutions", term="가람공단", category="국민연금공단")
        assert company_findings(draft) == [("other_company", "가람공단")]
