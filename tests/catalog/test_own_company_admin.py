"""Own companies in the admin: only through an audited search for one candidate, read-only."""

import pytest

from accounts.models import AdminAccessLog
from prep.catalog.own_companies import OwnCompanyDetails, Part, PromptRow, save_own_company

pytestmark = pytest.mark.django_db

LIST = "/admin/catalog/owncompany/"


@pytest.fixture
def own(user):
    return save_own_company(
        owner=user,
        details=OwnCompanyDetails(name="앨리스의 지원처", kind="other"),
        values=[Part("도전", "앨리스가 적은 설명")],
        traits=[],
        prompts=[PromptRow("앨리스가 옮긴 문항", 700)],
    )


class TestOwnCompanyAdmin:
    def test_the_list_is_empty_until_a_candidate_is_searched(self, client_staff, own):
        change = f"{LIST}{own.pk}/change/"
        assert change not in client_staff.get(LIST).content.decode()
        assert change in client_staff.get(LIST, {"q": "alice@example.com"}).content.decode()
        assert change not in client_staff.get(LIST, {"q": "alice"}).content.decode()

    def test_every_look_is_logged_with_whose_company_it_is(self, client_staff, own, user):
        response = client_staff.get(f"{LIST}{own.pk}/change/")
        assert response.status_code == 200
        assert "앨리스가 적은 설명" in response.content.decode()
        log = AdminAccessLog.objects.get(action="view")
        assert (log.model, log.object_id, log.owner_id) == (
            "catalog.owncompany",
            str(own.pk),
            user.pk,
        )

    def test_staff_cannot_change_or_delete_it(self, client_staff, own):
        client_staff.post(f"{LIST}{own.pk}/change/", {"name": "바꾼 이름"})
        client_staff.post(f"{LIST}{own.pk}/delete/", {"post": "yes"})
        own.refresh_from_db()
        assert own.name == "앨리스의 지원처"
        assert client_staff.get(f"{LIST}add/").status_code == 403

    def test_candidates_never_reach_it(self, client_user, own):
        response = client_user.get(LIST)
        assert response.status_code == 302 and "/admin/login/" in response.url
