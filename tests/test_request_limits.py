import pytest

from prep.practice.models import Draft

pytestmark = pytest.mark.django_db


class TestRequestTooLarge:
    def test_a_megabyte_post_gets_a_clear_korean_page_and_the_draft_is_untouched(
        self, client_user, user
    ):
        draft = Draft.objects.create(user=user, custom_question="지원 동기", body="저장된 글")
        response = client_user.post(
            f"/practice/drafts/{draft.pk}/save/",
            {"headline": "", "body": "가" * 1_000_000, "version": draft.version},
        )
        assert response.status_code == 413
        assert "20,000자" in response.content.decode()
        draft.refresh_from_db()
        assert draft.body == "저장된 글"

    def test_a_twenty_thousand_character_draft_fits(self, client_user, user):
        draft = Draft.objects.create(user=user, custom_question="지원 동기", body="")
        response = client_user.post(
            f"/practice/drafts/{draft.pk}/save/",
            {"headline": "", "body": "가나다라마" * 4000, "version": draft.version},
        )
        assert response.status_code in (200, 302)
        draft.refresh_from_db()
        assert len(draft.body) == 20_000
