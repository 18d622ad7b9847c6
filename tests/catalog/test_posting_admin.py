from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from prep.catalog.models.postings import Posting
from tests.factories import (
    CompanyFactory,
    EssayPromptFactory,
    PostingFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).parent / "postings"
URL = "/admin/catalog/posting/import-jobalio/"


def staff_client(*codenames: str) -> Client:
    user = UserFactory(is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="catalog", codename__in=codenames)
    )
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def curator() -> Client:
    return staff_client("add_posting", "change_posting", "view_posting")


@pytest.fixture
def institution():
    return CompanyFactory(name="한국가상정보원", slug="virtual-info")


def upload(name: str = "jobalio_sample.json", data: bytes | None = None):
    data = (SAMPLES / name).read_bytes() if data is None else data
    return SimpleUploadedFile(name, data, content_type="application/json")


class TestImportPostingsUpload:
    def test_it_lives_under_the_posting_admin_and_is_linked_from_its_list(self, curator):
        assert reverse("admin:catalog_posting_import") == URL
        content = curator.get(reverse("admin:catalog_posting_changelist")).content.decode()
        assert URL in content

    def test_a_dry_run_shows_what_would_change_and_writes_nothing(self, curator, institution):
        response = curator.post(URL, {"file": upload(), "dry_run": "on"})
        content = response.content.decode()
        assert response.status_code == 200
        assert "시험 실행 결과" in content
        assert "없는공단" in content
        assert not Posting.objects.exists()

    def test_an_import_redirects_to_its_summary(self, curator, institution):
        response = curator.post(URL, {"file": upload()})
        assert response.status_code == 302
        content = curator.get(URL).content.decode()
        assert "가져오기 완료" in content
        assert Posting.objects.count() == 2
        assert not Posting.objects.filter(published=True).exists()

    def test_malformed_items_are_listed_and_nothing_is_saved(self, curator, institution):
        response = curator.post(URL, {"file": upload("jobalio_malformed.json")})
        content = response.content.decode()
        assert "jobalio_malformed.json:item 2:" in content
        assert "jobalio_malformed.json:item 4:" in content
        assert "아무것도 저장하지 않았습니다" in content
        assert not Posting.objects.exists()

    def test_only_json_files_are_accepted(self, curator):
        response = curator.post(URL, {"file": upload("a.txt", b"{}")})
        assert "JSON(.json) 파일만" in response.content.decode()

    def test_staff_without_posting_permissions_gets_403(self):
        assert staff_client("view_posting").get(URL).status_code == 403

    def test_a_candidate_is_sent_to_the_admin_login(self, client_user):
        response = client_user.get(URL)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


class TestPostingAdmin:
    def test_the_change_page_has_steps_and_prompts_inline(self, client_staff):
        posting = PostingFactory()
        response = client_staff.get(reverse("admin:catalog_posting_change", args=[posting.pk]))
        content = response.content.decode()
        assert response.status_code == 200
        assert "posting_prompts-TOTAL_FORMS" in content
        assert "steps-TOTAL_FORMS" in content

    def test_a_prompt_of_another_company_cannot_be_linked(self, client_staff):
        posting = PostingFactory()
        foreign = EssayPromptFactory()
        url = reverse("admin:catalog_posting_change", args=[posting.pk])
        form = client_staff.get(url).context["adminform"].form
        data = {
            key: value
            for key, value in form.initial.items()
            if value is not None and key not in {"hiring_types", "regions", "prompts"}
        }
        data.update(
            {
                "company": posting.company.pk,
                "opens_at_0": posting.opens_at.strftime("%Y-%m-%d"),
                "opens_at_1": "09:00:00",
                "closes_at_0": posting.closes_at.strftime("%Y-%m-%d"),
                "closes_at_1": "18:00:00",
                "ncs_classifications": "[]",
                "steps-TOTAL_FORMS": "0",
                "steps-INITIAL_FORMS": "0",
                "posting_prompts-TOTAL_FORMS": "1",
                "posting_prompts-INITIAL_FORMS": "0",
                "posting_prompts-0-prompt": foreign.pk,
                "posting_prompts-0-order": "1",
            }
        )
        response = client_staff.post(url, data)
        assert response.status_code == 200
        assert "이 공고의 기관에 속한 문항만" in response.content.decode()
        assert not posting.posting_prompts.exists()

    def test_publish_action(self, client_staff):
        posting = PostingFactory(published=False)
        client_staff.post(
            reverse("admin:catalog_posting_changelist"),
            {"action": "publish", "_selected_action": [posting.pk]},
        )
        posting.refresh_from_db()
        assert posting.published

    def test_export_as_csv(self, client_staff):
        posting = PostingFactory(title="내보낼 공고")
        response = client_staff.post(
            reverse("admin:catalog_posting_export"),
            {
                "format": "0",
                "resource": "0",
                "export_items": [posting.pk],
                "postingresource_id": "on",
                "postingresource_title": "on",
                "postingresource_company": "on",
            },
        )
        assert response.status_code == 200
        text = response.content.decode("utf-8-sig")
        assert "내보낼 공고" in text
        assert posting.company.name in text
