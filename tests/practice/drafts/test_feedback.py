"""The coaching panel beside the editor (issue 6), on real catalogue data."""

from pathlib import Path

import pytest
from django.urls import reverse

from prep.catalog.importers import import_report
from prep.catalog.models import Company, SampleAnswer
from prep.practice.models import DismissedFinding, Draft
from tests.factories import CoachTermFactory, CompanyFactory, SampleAnswerFactory

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[4] / "shared" / "seeds" / "000_83ef860a96c577ed.txt"

LEAKY = (
    "[현장에서 배운 소통]\n"
    "연세대 재학 시절 봉사 동아리에서 활동했습니다. 아버지께서 공단에 근무하셔서 "
    "공공기관의 역할을 일찍 알았습니다. 당시 저는 회원 명부를 정리해 응답률을 30% 높였습니다."
)


@pytest.fixture
def institution(db):
    company = CompanyFactory(name="한국사회보장정보원", slug="ssis", kind="public")
    company.core_values.create(name="소통", description="국민과 열린 소통", order=1)
    company.talent_traits.create(name="협력인", description="함께 일하며 성과를 내는 사람", order=1)
    return company


def feedback_url(draft: Draft) -> str:
    return reverse("practice:draft_feedback", kwargs={"pk": draft.pk})


class TestDraftFeedback:
    def test_blind_hiring_leaks_are_flagged_with_explanations(self, client_user, user, institution):
        draft = Draft.objects.create(
            user=user, company=institution, custom_question="경험", body=LEAKY
        )
        response = client_user.get(feedback_url(draft), headers={"HX-Request": "true"})
        assert response.status_code == 200
        assert response.template_name.endswith("#feedback-panel")
        feedback = response.context_data["feedback"]
        blind = feedback.by_check["blind"]
        excerpts = " ".join(f.excerpt for f in blind)
        assert "연세대" in excerpts
        assert "아버지" in excerpts
        content = response.content.decode()
        assert "블라인드 채용" in content
        assert all(f.why and f.fix for f in blind)

    def test_what_the_draft_touches_is_named_not_just_its_kind(
        self, client_user, user, institution
    ):
        institution.core_values.create(name="혁신", description="새로운 방식을 찾는 태도", order=2)
        draft = Draft.objects.create(
            user=user,
            company=institution,
            custom_question="경험",
            body="저는 국민과 열린 소통을 위해 민원 안내문을 고쳤습니다.",
        )
        content = client_user.get(feedback_url(draft)).content.decode()
        fit = content[content.index("기업과 맞닿은 곳") :]
        touched = fit[: fit.index("아직 다루지 않은 것")]
        untouched = fit[fit.index("아직 다루지 않은 것") : fit.index("</p>", fit.index("아직"))]
        assert "소통" in touched and "핵심가치" in touched
        assert "혁신" in untouched and "협력인" in untouched

    def test_a_private_company_is_not_checked_for_blind_hiring(self, client_user, user):
        company = CompanyFactory(name="가상전자", slug="virtual", kind="large")
        draft = Draft.objects.create(user=user, company=company, custom_question="경험", body=LEAKY)
        feedback = client_user.get(feedback_url(draft)).context_data["feedback"]
        assert feedback.by_check["blind"] == ()

    def test_the_page_works_without_javascript(self, client_user, user, institution):
        draft = Draft.objects.create(
            user=user, company=institution, custom_question="경험", body=LEAKY
        )
        response = client_user.get(feedback_url(draft))
        assert response.template_name == "practice/drafts/draft_feedback.html"
        assert "<mark" in response.content.decode()

    def test_a_dismissed_finding_stays_dismissed_and_can_come_back(
        self, client_user, user, institution
    ):
        draft = Draft.objects.create(
            user=user, company=institution, custom_question="경험", body=LEAKY
        )
        first = client_user.get(feedback_url(draft)).context_data["feedback"].by_check["blind"][0]
        url = reverse("practice:draft_feedback_dismiss", kwargs={"pk": draft.pk})
        response = client_user.post(url, {"key": first.key}, headers={"HX-Request": "true"})
        assert response.status_code == 200
        assert DismissedFinding.objects.filter(draft=draft, key=first.key).exists()
        feedback = client_user.get(feedback_url(draft)).context_data["feedback"]
        assert first.key not in {f.key for f in feedback.findings}
        assert first.key in {f.key for f in feedback.dismissed}

        client_user.post(url, {"key": first.key, "undo": "1"})
        feedback = client_user.get(feedback_url(draft)).context_data["feedback"]
        assert first.key in {f.key for f in feedback.findings}

    def test_naming_another_catalogue_company_is_flagged(self, client_user, user, institution):
        CompanyFactory(name="국민권익위원회", slug="acrc")
        draft = Draft.objects.create(
            user=user,
            company=institution,
            custom_question="지원 동기",
            body="국민권익위원회의 청렴 정책에 공감해 지원했습니다.",
        )
        feedback = client_user.get(feedback_url(draft)).context_data["feedback"]
        assert any("국민권익위원회" in f.excerpt for f in feedback.by_check["company"])

    def test_copying_a_published_sample_answer_is_flagged_with_its_source(
        self, client_user, user, institution
    ):
        sample = SampleAnswerFactory(
            prompt__company=institution,
            body=(
                "당시 민원 처리 기간이 길다는 불만이 많았습니다. 저는 접수 단계를 나누고 "
                "담당자별 체크리스트를 만들어 처리 기간을 평균 5일에서 3일로 줄였습니다."
            ),
        )
        draft = Draft.objects.create(
            user=user, company=institution, custom_question="경험", body=sample.body
        )
        feedback = client_user.get(feedback_url(draft)).context_data["feedback"]
        copying = feedback.by_check["copying"]
        assert copying and "%" in copying[0].message

    def test_an_unpublished_sample_is_not_compared(self, client_user, user, institution):
        sample = SampleAnswerFactory(prompt__company=institution, published=False)
        draft = Draft.objects.create(
            user=user, company=institution, custom_question="경험", body=sample.body * 3
        )
        feedback = client_user.get(feedback_url(draft)).context_data["feedback"]
        assert feedback.by_check["copying"] == ()

    def test_a_term_an_admin_adds_is_flagged_on_the_next_analysis(
        self, client_user, user, institution
    ):
        draft = Draft.objects.create(
            user=user,
            company=institution,
            custom_question="경험",
            body="무지개캠퍼스 앞 카페에서 일하며 고객 응대를 배웠습니다.",
        )
        before = client_user.get(feedback_url(draft)).context_data["feedback"]
        assert not any("무지개캠퍼스" in f.excerpt for f in before.by_check["blind"])
        CoachTermFactory(word_list="blind_areas", term="무지개캠퍼스", category="school_area")
        after = client_user.get(feedback_url(draft)).context_data["feedback"]
        assert any("무지개캠퍼스" in f.excerpt for f in after.by_check["blind"])

    def test_feedback_costs_a_bounded_number_of_queries(
        self, client_user, user, institution, django_assert_max_num_queries
    ):
        for n in range(10):
            Draft.objects.create(
                user=user, company=institution, custom_question=f"문항{n}", body=LEAKY
            )
        draft = Draft.objects.create(
            user=user, company=institution, custom_question="경험", body=LEAKY
        )
        client_user.get(feedback_url(draft))  # warm the per-process caches
        with django_assert_max_num_queries(12):
            client_user.get(feedback_url(draft), headers={"HX-Request": "true"})

    def test_too_many_requests_get_a_clear_message(self, client_user, user, institution, settings):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, "feedback": (1, 60)}
        draft = Draft.objects.create(
            user=user, company=institution, custom_question="경험", body=LEAKY
        )
        client_user.get(feedback_url(draft), headers={"HX-Request": "true"})
        response = client_user.get(feedback_url(draft), headers={"HX-Request": "true"})
        assert "너무 잦습니다" in response.content.decode()


@pytest.mark.skipif(not SEED.exists(), reason=f"seed document not found at {SEED}")
class TestSeedSampleAnswer:
    def test_the_seed_sample_touches_values_and_traits_shows_80_percent_and_leaks_nothing(
        self, client_user, user
    ):
        import_report(text=SEED.read_text(encoding="utf-8"), source_name=SEED.name)
        company = Company.objects.get(name="한국사회보장정보원")
        sample = SampleAnswer.objects.get(prompt__company=company)
        draft = Draft.objects.create(
            user=user,
            company=company,
            prompt=sample.prompt,
            headline=sample.headline,
            body=sample.body,
        )
        feedback = client_user.get(feedback_url(draft)).context_data["feedback"]
        assert feedback.by_check["blind"] == ()
        touched = {match.kind for match in feedback.fit.touched()}
        assert {"value", "trait"} <= touched
        assert any("80%" in q.text for q in feedback.quantities)
        assert feedback.structure.present("result")
