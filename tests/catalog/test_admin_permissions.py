"""Who may curate the catalogue in the admin: permissions and the curators' group."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from prep.catalog.management.commands.create_curator_group import CURATOR_GROUP_NAME
from prep.catalog.models import Company, EssayPrompt
from tests.catalog.test_admin import changelist_url, staff_client
from tests.factories import CompanyFactory, UserFactory

pytestmark = pytest.mark.django_db


class TestPermissions:
    def test_staff_without_catalogue_permissions_gets_403(self):
        client = staff_client()

        assert client.get(changelist_url(Company)).status_code == 403
        assert client.get(changelist_url(EssayPrompt)).status_code == 403

    def test_staff_without_permissions_cannot_import_or_export(self):
        client = staff_client()

        assert client.get(reverse("admin:catalog_essayprompt_import")).status_code == 403
        assert client.get(reverse("admin:catalog_essayprompt_export")).status_code == 403

    def test_staff_with_view_permission_reads_but_cannot_change(self):
        company = CompanyFactory()
        client = staff_client("catalog.view_company")

        assert client.get(changelist_url(Company)).status_code == 200
        response = client.post(
            reverse("admin:catalog_company_change", args=[company.pk]), {"name": "바뀐 이름"}
        )
        assert response.status_code == 403
        company.refresh_from_db()
        assert company.name != "바뀐 이름"

    def test_staff_with_change_permission_can_publish(self):
        company = CompanyFactory(published=False)
        client = staff_client("catalog.view_company", "catalog.change_company")

        client.post(
            changelist_url(Company), {"action": "publish", "_selected_action": [company.pk]}
        )

        company.refresh_from_db()
        assert company.published

    def test_staff_who_may_only_view_prompts_can_export_but_not_import(self):
        client = staff_client("catalog.view_essayprompt")

        assert client.get(reverse("admin:catalog_essayprompt_export")).status_code == 200
        assert client.get(reverse("admin:catalog_essayprompt_import")).status_code == 403

    def test_candidate_is_sent_to_the_admin_login(self, client_user):
        response = client_user.get(changelist_url(Company))

        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))


class TestCreateCuratorGroup:
    def test_creates_the_group_with_every_catalogue_permission_except_targets(self):
        call_command("create_curator_group")

        group = Group.objects.get(name=CURATOR_GROUP_NAME)
        codenames = set(group.permissions.values_list("codename", flat=True))
        assert {"view_company", "change_company", "add_essayprompt", "delete_coachterm"} <= (
            codenames
        )
        assert not any("targetcompany" in codename for codename in codenames)
        assert not any("owncompany" in codename for codename in codenames)
        assert not group.permissions.exclude(content_type__app_label="catalog").exists()

    def test_running_twice_changes_nothing(self):
        call_command("create_curator_group")
        first = set(Group.objects.get(name=CURATOR_GROUP_NAME).permissions.all())

        call_command("create_curator_group")

        assert Group.objects.filter(name=CURATOR_GROUP_NAME).count() == 1
        assert set(Group.objects.get(name=CURATOR_GROUP_NAME).permissions.all()) == first

    def test_restores_a_permission_removed_by_hand(self):
        call_command("create_curator_group")
        group = Group.objects.get(name=CURATOR_GROUP_NAME)
        group.permissions.remove(Permission.objects.get(codename="change_company"))

        call_command("create_curator_group")

        assert group.permissions.filter(codename="change_company").exists()

    def test_a_staff_member_in_the_group_can_curate(self):
        call_command("create_curator_group")
        curator = UserFactory(is_staff=True)
        curator.groups.add(Group.objects.get(name=CURATOR_GROUP_NAME))
        company = CompanyFactory(published=False)
        client = Client()
        client.force_login(curator)

        assert client.get(changelist_url(EssayPrompt)).status_code == 200
        client.post(
            changelist_url(Company), {"action": "publish", "_selected_action": [company.pk]}
        )
        company.refresh_from_db()
        assert company.published
