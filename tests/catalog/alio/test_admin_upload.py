import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from prep.catalog.models import CompanyFigure
from tests.catalog.alio import samples
from tests.factories import CompanyFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/admin/catalog/company/import-alio/"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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
    return staff_client("add_company", "change_company", "view_company")


@pytest.fixture
def virtual():
    return CompanyFactory(name="한국가상정보원", slug="virtual-info")


def upload(name: str = "신규채용현황.xlsx", data: bytes | None = None, rows=None):
    if data is None:
        data = samples.xlsx_bytes({"신규채용현황": rows or samples.HIRES})
    return SimpleUploadedFile(name, data, content_type=XLSX)


class TestImportAlioUpload:
    def test_it_lives_next_to_the_report_upload_on_the_company_list(self, curator):
        assert reverse("admin:catalog_company_import_alio") == URL
        content = curator.get(reverse("admin:catalog_company_changelist")).content.decode()
        assert URL in content
        assert reverse("admin:catalog_company_import_report") in content

    def test_a_dry_run_shows_what_would_change_and_writes_nothing(self, curator, virtual):
        response = curator.post(URL, {"file": upload(), "dry_run": "on", "as_of": "2026-03-31"})
        content = response.content.decode()
        assert response.status_code == 200
        assert "시험 실행 결과" in content
        assert "일반정규직 신규채용" in content
        assert "없는공단" in content
        assert not CompanyFigure.objects.exists()

    def test_an_import_redirects_to_its_summary(self, curator, virtual):
        response = curator.post(URL, {"file": upload(), "as_of": "2026-03-31"})
        assert response.status_code == 302
        content = curator.get(URL).content.decode()
        assert "가져오기 완료" in content
        assert "없는공단 — row 12" in content
        figure = virtual.figures.get(metric="new_hires", year=2021)
        assert figure.value == 120
        assert str(figure.as_of) == "2026-03-31"

    def test_without_a_date_the_figures_are_as_of_today(self, curator, virtual):
        curator.post(URL, {"file": upload()})
        assert virtual.figures.filter(as_of__isnull=False).exists()

    def test_bad_rows_are_listed_and_nothing_is_saved(self, curator, virtual):
        rows = [list(row) for row in samples.HIRES]
        rows[3][6] = "많음"
        response = curator.post(URL, {"file": upload(rows=rows)})
        content = response.content.decode()
        assert "신규채용현황.xlsx:row 4: 2022년 값:" in content
        assert "아무것도 저장하지 않았습니다" in content
        assert not CompanyFigure.objects.exists()

    @pytest.mark.parametrize(
        ("name", "data", "message"),
        [
            ("a.csv", b"a,b", "엑셀 통합 문서(.xlsx) 파일만"),
            ("a.xlsx", "기관명,항목".encode(), "XLSX(엑셀 통합 문서) 파일이 아닙니다"),
        ],
    )
    def test_a_file_that_is_not_xlsx_gets_a_korean_message(self, curator, name, data, message):
        response = curator.post(URL, {"file": upload(name, data)})
        assert response.status_code == 200
        assert message in response.content.decode()

    def test_staff_without_catalogue_permissions_are_refused(self):
        client = staff_client("view_company")
        assert client.get(URL).status_code == 403

    def test_anonymous_visitors_are_sent_to_the_admin_login(self, client):
        response = client.get(URL)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
