"""The 맞춤법 section of the coaching panel: findings, 적용, 모두 적용, 무시, protected terms."""

import pytest
from django.urls import reverse

from prep.practice.drafts.spelling import report_for_draft
from prep.practice.models import DismissedFinding, Draft, DraftRevision
from tests.factories import CoachTermFactory, CompanyFactory

pytestmark = pytest.mark.django_db

BODY = "몇일 동안 준비했고 큰 도움이 됬습니다."


@pytest.fixture
def draft(user):
    return Draft.objects.create(user=user, custom_question="경험", body=BODY)


def apply_url(draft: Draft) -> str:
    return reverse("practice:draft_spelling_apply", kwargs={"pk": draft.pk})


def panel(client, draft: Draft, **headers):
    return client.get(reverse("practice:draft_feedback", kwargs={"pk": draft.pk}), headers=headers)


def key_of(draft: Draft, original: str) -> str:
    return next(f.key for f in report_for_draft(draft).findings if f.original == original)


class TestSpellingPanel:
    def test_the_panel_lists_each_finding_with_its_suggestion_and_underlines_it(
        self, client_user, draft
    ):
        response = panel(client_user, draft, **{"HX-Request": "true"})
        content = response.content.decode()
        assert "맞춤법·띄어쓰기" in content
        spelling = response.context_data["spelling"]
        assert [(f.original, f.suggestion) for f in spelling.findings] == [
            ("몇일", "며칠"),
            ("됬", "됐"),
        ]
        assert content.count('class="spell-mark') == 2
        assert "며칠" in content and "적용" in content and "무시" in content
        assert "모두 적용 (2개)" in content

    def test_without_javascript_each_finding_has_its_own_form(self, client_user, draft):
        content = panel(client_user, draft).content.decode()
        assert content.count(f'action="{apply_url(draft)}"') == 3  # two findings + 모두 적용
        assert 'hx-include="#editor-form"' not in content

    def test_inside_the_editor_apply_sends_the_editor_text(self, client_user, draft):
        url = f"http://testserver{draft.get_absolute_url()}"
        headers = {"HX-Request": "true", "HX-Current-URL": url}
        content = panel(client_user, draft, **headers).content.decode()
        assert 'hx-include="#editor-form"' in content

    def test_company_names_values_and_admin_terms_are_not_flagged(self, client_user, user):
        company = CompanyFactory(name="몇일상사", aliases="되요테크", slug="myeot")
        company.core_values.create(name="할수있다정신", description="", order=1)
        CoachTermFactory(term="안되요체", word_list="cliches")
        body = "몇일상사와 되요테크의 할수있다정신, 안되요체를 배웠습니다."
        draft = Draft.objects.create(user=user, company=company, custom_question="q", body=body)
        assert report_for_draft(draft).findings == []

    def test_a_stranger_gets_404(self, client_stranger, draft):
        response = client_stranger.post(apply_url(draft), {"key": "__all__", "saved_version": 1})
        assert response.status_code == 404


class TestDraftSpellingApply:
    def test_apply_one_fix_from_the_editor_keeps_text_typed_since_the_last_save(
        self, client_user, draft
    ):
        key = key_of(draft, "몇일")
        typed = BODY + " 새로 쓴 문장입니다."
        response = client_user.post(
            apply_url(draft),
            {"key": key, "headline": "", "body": typed, "version": draft.version, "limit_spec": ""},
            headers={"HX-Request": "true"},
        )
        assert response.status_code == 200
        assert response.template_name.endswith("#cleanup-response")
        draft.refresh_from_db()
        assert draft.body == "며칠 동안 준비했고 큰 도움이 됬습니다. 새로 쓴 문장입니다."
        assert "draft-saved" in response.headers["HX-Trigger"]
        assert DraftRevision.objects.filter(draft=draft, body=BODY).exists()

    def test_apply_all_is_one_revision(self, client_user, draft):
        before = DraftRevision.objects.filter(draft=draft).count()
        response = client_user.post(
            apply_url(draft), {"key": "__all__", "saved_version": draft.version}
        )
        assert response.status_code == 302
        draft.refresh_from_db()
        assert draft.body == "며칠 동안 준비했고 큰 도움이 됐습니다."
        assert DraftRevision.objects.filter(draft=draft).count() == before + 1

    def test_a_stale_version_from_the_feedback_page_changes_nothing(self, client_user, draft):
        response = client_user.post(
            apply_url(draft), {"key": "__all__", "saved_version": draft.version - 1}
        )
        assert response.status_code == 302
        draft.refresh_from_db()
        assert draft.body == BODY

    def test_a_stale_version_from_the_editor_shows_the_conflict_and_keeps_the_tab_text(
        self, client_user, draft
    ):
        response = client_user.post(
            apply_url(draft),
            {"key": "__all__", "headline": "", "body": BODY + " 더", "version": draft.version + 5,
             "limit_spec": ""},
            headers={"HX-Request": "true"},
        )  # fmt: skip
        assert response.status_code == 409
        assert "더" in response.content.decode()
        draft.refresh_from_db()
        assert draft.body == BODY

    def test_a_fix_that_no_longer_applies_saves_nothing(self, client_user, draft):
        version = draft.version
        response = client_user.post(apply_url(draft), {"key": "nope", "saved_version": version})
        assert response.status_code == 302
        draft.refresh_from_db()
        assert draft.version == version

    def test_a_headline_fix_stays_in_the_headline(self, client_user, user):
        draft = Draft.objects.create(
            user=user, custom_question="q", headline="[할수 있다]", body="본문입니다."
        )
        client_user.post(apply_url(draft), {"key": "__all__", "saved_version": draft.version})
        draft.refresh_from_db()
        assert (draft.headline, draft.body) == ("[할 수 있다]", "본문입니다.")


class TestSpellingDismiss:
    def test_a_dismissed_finding_leaves_the_list_and_can_come_back(self, client_user, draft):
        key = key_of(draft, "됬")
        dismiss = reverse("practice:draft_feedback_dismiss", kwargs={"pk": draft.pk})
        client_user.post(dismiss, {"key": key})
        assert DismissedFinding.objects.filter(draft=draft, key=key).exists()
        spelling = panel(client_user, draft).context_data["spelling"]
        assert [f.original for f in spelling.findings] == ["몇일"]
        assert [f.original for f in spelling.dismissed] == ["됬"]
        client_user.post(dismiss, {"key": key, "undo": "1"})
        assert len(report_for_draft(draft).findings) == 2

    def test_apply_all_leaves_dismissed_findings_alone(self, client_user, draft):
        DismissedFinding.objects.create(draft=draft, key=key_of(draft, "됬"))
        client_user.post(apply_url(draft), {"key": "__all__", "saved_version": draft.version})
        draft.refresh_from_db()
        assert draft.body == "며칠 동안 준비했고 큰 도움이 됬습니다."


class TestSessionReport:
    def test_typed_answers_get_the_same_check_in_the_report(self, client_user, user):
        from django.utils import timezone

        from tests.factories import MockSessionFactory, SessionQuestionFactory

        session = MockSessionFactory(user=user, status="finished")
        SessionQuestionFactory(
            session=session, answer="몇일 동안 준비했습니다.", answered_at=timezone.now()
        )
        SessionQuestionFactory(session=session, answer="", answered_at=timezone.now())
        url = reverse("practice:session_report", kwargs={"pk": session.pk})
        response = client_user.get(url)
        content = response.content.decode()
        assert response.status_code == 200
        assert "맞춤법·띄어쓰기" in content
        assert "며칠" in content
        assert "적용" not in content.split("맞춤법·띄어쓰기", 1)[1].split("</section>", 1)[0]
