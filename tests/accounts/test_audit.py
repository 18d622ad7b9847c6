import pytest

from accounts.models import AdminAccessLog
from prep.practice.models import Draft

pytestmark = pytest.mark.django_db


@pytest.fixture
def alice_draft(user):
    return Draft.objects.create(user=user, custom_question="지원 동기", body="앨리스의 비밀 초안")


class TestDraftAdmin:
    def test_the_list_shows_no_drafts_until_a_candidate_is_searched(
        self, client_staff, alice_draft
    ):
        response = client_staff.get("/admin/practice/draft/")
        assert response.status_code == 200
        assert "앨리스의 비밀 초안" not in response.content.decode()
        assert f"/admin/practice/draft/{alice_draft.pk}/change/" not in response.content.decode()

        response = client_staff.get("/admin/practice/draft/", {"q": "alice@example.com"})
        assert f"/admin/practice/draft/{alice_draft.pk}/change/" in response.content.decode()

    def test_every_look_is_logged_with_who_what_and_whose(
        self, client_staff, staff_user, alice_draft, user
    ):
        client_staff.get("/admin/practice/draft/", {"q": "alice@example.com"})
        client_staff.get(f"/admin/practice/draft/{alice_draft.pk}/change/")
        client_staff.get(f"/admin/practice/draft/{alice_draft.pk}/history/")
        logs = list(AdminAccessLog.objects.order_by("at", "pk"))
        assert [log.action for log in logs] == ["list", "view", "history"]
        assert {log.staff_email for log in logs} == {staff_user.email}
        assert logs[0].query == "alice@example.com"
        assert logs[1].model == "practice.draft"
        assert logs[1].object_id == str(alice_draft.pk)
        assert logs[1].owner_id == user.pk

    def test_a_change_is_logged_as_a_change(self, client_staff, alice_draft):
        client_staff.post(f"/admin/practice/draft/{alice_draft.pk}/delete/", {"post": "yes"})
        assert AdminAccessLog.objects.filter(action="delete").exists()
        assert not Draft.objects.filter(pk=alice_draft.pk).exists()

    def test_the_audit_trail_cannot_be_edited_or_erased_in_admin(self, client_staff, alice_draft):
        client_staff.get(f"/admin/practice/draft/{alice_draft.pk}/change/")
        log = AdminAccessLog.objects.get()
        assert client_staff.get("/admin/accounts/adminaccesslog/").status_code == 200
        response = client_staff.post(
            f"/admin/accounts/adminaccesslog/{log.pk}/delete/", {"post": "yes"}
        )
        assert response.status_code == 403
        assert AdminAccessLog.objects.filter(pk=log.pk).exists()

    def test_candidates_never_reach_the_admin(self, client_user):
        response = client_user.get("/admin/practice/draft/")
        assert response.status_code == 302
        assert "/admin/login/" in response.url
