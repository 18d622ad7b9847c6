"""Whatever people type, or whatever a report contains, renders as text, never as markup."""

import pytest
from django.utils import timezone

from prep.catalog.importers import import_report
from prep.catalog.models import Company
from prep.practice.models import Draft, DraftRevision, SessionShare
from tests.factories import MockSessionFactory, SessionQuestionFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "'><iframe src=javascript:alert(1)></iframe>",
    "{{ 7*7 }}{% debug %}",
]
PAYLOAD = " ".join(PAYLOADS)
DANGEROUS = ["<script>alert", "<img src=x", "<svg/onload", "<iframe src=javascript"]


def assert_inert(content: str):
    for fragment in DANGEROUS:
        assert fragment not in content, fragment
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


REPORT = """XSS시험기관 2025년 2분기 적극행정 우수사례
[2025년 1분기 적극행정 우수사례]
■ {payload}
(상황)
{payload}
(노력)
· {payload}
(효과)
{payload}
"""


class TestUserTextIsEscaped:
    def test_profile_name_draft_question_headline_and_body(self, client_user, user):
        client_user.post("/accounts/profile/", {"display_name": "<script>alert(1)</script>"})
        response = client_user.post(
            "/practice/drafts/new/",
            {
                "custom_question": PAYLOAD,
                "custom_limit": "1000",
                "custom_count_rule": "chars",
                "custom_line_break_weight": "1",
            },
        )
        draft = Draft.objects.get(user=user)
        assert response.status_code == 302
        client_user.post(
            f"/practice/drafts/{draft.pk}/save/",
            {"headline": PAYLOAD, "body": PAYLOAD, "version": draft.version},
        )
        draft.refresh_from_db()
        assert draft.body == PAYLOAD
        DraftRevision.objects.create(
            draft=draft, version=draft.version, headline=PAYLOAD, body=PAYLOAD, reason="autosave"
        )
        for url in [
            "/",
            "/accounts/profile/",
            "/practice/drafts/",
            f"/practice/drafts/{draft.pk}/",
            f"/practice/drafts/{draft.pk}/history/",
            f"/practice/drafts/{draft.pk}/diff/",
        ]:
            response = client_user.get(url)
            assert response.status_code == 200, url
            content = response.content.decode()
            for fragment in DANGEROUS:
                assert fragment not in content, (url, fragment)

    def test_mock_interview_answers_notes_and_partner_comments(
        self, client_user, user, other_user, client_stranger
    ):
        session = MockSessionFactory(user=user)
        now = timezone.now()
        SessionQuestionFactory(
            session=session,
            answer=PAYLOAD,
            note=PAYLOAD,
            rating=3,
            started_at=now,
            answered_at=now,
        )
        share = SessionShare.objects.create(session=session, token="t" * 43)
        for response in [
            client_user.get(f"/practice/interviews/{session.pk}/report/"),
            client_stranger.get(f"/practice/shared/{share.token}/"),
        ]:
            assert response.status_code == 200
            assert_inert(response.content.decode())

    def test_imported_report_text(self, client):
        import_report(text=REPORT.format(payload=PAYLOAD), source_name="xss.txt")
        company = Company.objects.get()
        company.published = True
        company.save()
        response = client.get(company.get_absolute_url())
        assert response.status_code == 200
        assert_inert(response.content.decode())
