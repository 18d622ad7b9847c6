from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from prep.catalog.admin_views import MAX_REPORT_SIZE
from prep.catalog.models import Company, NewsItem
from tests.factories import UserFactory

REPORTS = Path(__file__).parent / "reports"

# The URL is registered by CompanyAdmin.get_urls; tests.catalog.admin_urls adds the same name if
# that registration is missing, so these tests hold either way.
pytestmark = [pytest.mark.urls("tests.catalog.admin_urls"), pytest.mark.django_db]


def url() -> str:
    return reverse("admin:catalog_company_import_report")


def upload(name: str = "cases_small.txt", data: bytes | None = None) -> SimpleUploadedFile:
    if data is None:
        data = (REPORTS / name).read_bytes()
    return SimpleUploadedFile(name, data, content_type="text/plain")


def staff_client(*codenames: str) -> Client:
    user = UserFactory(is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="catalog", codename__in=codenames)
    )
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def client_curator() -> Client:
    """Bob: staff, not superuser, with the catalogue's company permissions."""
    return staff_client("add_company", "change_company")


class TestImportReportUpload:
    def test_it_lives_under_the_company_admin(self):
        assert url() == "/admin/catalog/company/import-report/"

    def test_a_curator_sees_the_upload_form(self, client_curator):
        response = client_curator.get(url())
        assert response.status_code == 200
        assert response.template_name == "admin/catalog/import_report.html"
        content = response.content.decode()
        assert 'enctype="multipart/form-data"' in content
        assert 'name="file"' in content
        assert 'name="encoding"' in content
        assert 'name="dry_run"' in content

    def test_a_curator_imports_a_report_and_sees_the_summary_after_the_redirect(
        self, client_curator
    ):
        response = client_curator.post(url(), {"file": upload()})
        assert response.status_code == 302
        assert response.url == url()
        assert NewsItem.objects.filter(company__name="한빛시청", kind="proactive").count() == 2

        page = client_curator.get(url())
        summary = page.context_data["summary"]
        assert summary.company_name == "한빛시청"
        assert summary.of(NewsItem).created == 2
        content = page.content.decode()
        assert "가져오기 완료: 한빛시청 (cases_small.txt)" in content
        assert 'id="import-summary"' in content
        assert "최신 이슈·성과" in content

        # The summary belongs to that one upload: a reload shows the empty form again.
        assert client_curator.get(url()).context_data["summary"] is None

    def test_a_second_upload_reports_everything_unchanged(self, client_curator):
        client_curator.post(url(), {"file": upload()})
        client_curator.get(url())
        client_curator.post(url(), {"file": upload()})
        summary = client_curator.get(url()).context_data["summary"]
        assert summary.changed == 0
        assert Company.objects.filter(name="한빛시청").count() == 1

    def test_a_dry_run_shows_the_summary_and_writes_nothing(self, client_curator):
        response = client_curator.post(url(), {"file": upload(), "dry_run": "on"})
        assert response.status_code == 200
        assert response.context_data["summary"].of(Company).created == 1
        assert "시험 실행 결과" in response.content.decode()
        assert not Company.objects.exists()

    def test_a_cp949_file_is_detected(self, client_curator):
        client_curator.post(url(), {"file": upload("cases_small_cp949.txt")})
        assert Company.objects.filter(name="한빛시청").exists()

    def test_a_forced_encoding_that_does_not_fit_is_an_error(self, client_curator):
        response = client_curator.post(
            url(), {"file": upload("cases_small_cp949.txt"), "encoding": "utf-8"}
        )
        assert response.status_code == 200
        assert response.context_data["error"] is not None
        assert "인코딩으로 읽을 수 없는 바이트" in response.content.decode()
        assert not Company.objects.exists()

    def test_a_malformed_report_shows_the_line_and_reason_and_writes_nothing(self, client_curator):
        response = client_curator.post(url(), {"file": upload("malformed_cases.txt")})
        assert response.status_code == 200
        content = response.content.decode()
        assert 'id="import-error"' in content
        reason = "사례 &#x27;민원 서식 한 장으로 줄이기&#x27;에 (효과) 부분이 없습니다."
        assert f"3번째 줄: {reason}" in content
        assert "아무것도 저장하지 않았습니다" in content
        assert not Company.objects.exists()

    def test_an_oversize_file_gets_a_korean_error(self, client_curator):
        big = b"a" * (MAX_REPORT_SIZE + 1)
        response = client_curator.post(url(), {"file": upload("big.txt", big)})
        assert response.status_code == 200
        errors = response.context_data["form"].errors["file"]
        assert errors == ["파일이 너무 큽니다 (2.0\xa0MB). 2MB 이하의 파일만 올릴 수 있습니다."]
        assert not Company.objects.exists()

    def test_a_file_of_the_wrong_type_gets_a_korean_error(self, client_curator):
        response = client_curator.post(url(), {"file": upload("report.pdf", b"%PDF-1.7")})
        assert response.status_code == 200
        assert response.context_data["form"].errors["file"] == [
            "텍스트(.txt) 또는 마크다운(.md) 파일만 올릴 수 있습니다."
        ]
        assert "텍스트(.txt) 또는 마크다운(.md) 파일만" in response.content.decode()

    def test_a_markdown_file_is_accepted(self, client_curator):
        response = client_curator.post(
            url(), {"file": upload("analysis_small.md"), "dry_run": "on"}
        )
        assert response.context_data["summary"].company_name == "가람데이터진흥원"

    def test_a_superuser_may_import(self, client_staff):
        assert client_staff.get(url()).status_code == 200

    def test_staff_without_catalogue_permissions_get_403(self):
        client = staff_client()
        assert client.get(url()).status_code == 403
        assert client.post(url(), {"file": upload()}).status_code == 403
        assert not Company.objects.exists()

    def test_staff_who_may_only_change_companies_get_403(self):
        assert staff_client("change_company").get(url()).status_code == 403

    def test_a_candidate_is_sent_to_the_admin_login(self, client_user):
        response = client_user.post(url(), {"file": upload()})
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))
        assert not Company.objects.exists()

    def test_an_anonymous_visitor_is_sent_to_the_admin_login(self, client):
        response = client.get(url())
        assert response.status_code == 302
        assert response.url.startswith(reverse("admin:login"))
