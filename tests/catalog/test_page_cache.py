"""Public pages kept whole for visitors who are not signed in (page_cache.anonymous_page): served
again until the catalogue changes, and never to anyone whose page may differ."""

from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.urls import reverse

from prep.catalog import page_cache
from prep.catalog.importers import import_report
from prep.catalog.models import Company, InterviewQuestion
from tests.factories import CompanyFactory, InterviewQuestionFactory

pytestmark = pytest.mark.django_db

REPORT = Path(__file__).parent / "reports" / "analysis_small.md"


@pytest.fixture
def company():
    return CompanyFactory(name="한빛공사", slug="hanbit", summary="첫 번째 소개")


def was_cached(response) -> bool:
    """A page from the cache is plain HTML; a rendered one still knows its template."""
    return not hasattr(response, "template_name")


class TestAnonymousPage:
    @pytest.mark.parametrize(
        "url",
        ["/", "/companies/", "/companies/hanbit/", "/questions/?q=갈등"],
    )
    def test_a_visitor_gets_the_page_from_the_cache_without_a_query(
        self, client, company, url, django_assert_num_queries
    ):
        first = client.get(url)
        with django_assert_num_queries(0):
            second = client.get(url)
        assert was_cached(second)
        assert second.content == first.content

    def test_the_cached_page_gets_fresh_headers_and_sets_no_cookie(self, client, company):
        client.get("/companies/hanbit/")
        response = Client().get("/companies/hanbit/")
        assert was_cached(response)
        assert not response.cookies
        assert "Cookie" in response["Vary"] and "HX-Request" in response["Vary"]
        assert "Content-Security-Policy" in response
        assert response["Content-Type"] == "text/html; charset=utf-8"

    def test_a_page_and_its_htmx_fragment_are_kept_apart(self, client, company):
        page = client.get("/companies/?q=한빛")
        fragment = client.get("/companies/?q=한빛", headers={"HX-Request": "true"})
        assert b"<html" in page.content
        assert b"<html" not in fragment.content
        assert (
            b"<html" not in client.get("/companies/?q=한빛", headers={"HX-Request": "true"}).content
        )

    def test_each_language_has_its_own_page(self, client):
        client.get("/")
        english = Client()
        english.post("/i18n/setlang/", {"language": "en", "next": "/"})
        assert "Get started free" in english.get("/").content.decode()
        assert "무료로 시작하기" in client.get("/").content.decode()

    def test_an_unknown_company_is_not_kept(self, client):
        assert client.get("/companies/nobody/").status_code == 404
        CompanyFactory(name="나중기관", slug="nobody")
        assert client.get("/companies/nobody/").status_code == 200


class TestChangesReachTheCachedPage:
    def test_a_save_shows_at_once(self, client, company):
        client.get("/companies/hanbit/")
        company.summary = "고친 소개"
        company.save()
        content = client.get("/companies/hanbit/").content.decode()
        assert "고친 소개" in content and "첫 번째 소개" not in content

    def test_an_admins_edit_shows_at_once(self, client, client_staff, company):
        client.get("/companies/")
        change = reverse("admin:catalog_company_change", args=[company.pk])
        form = client_staff.get(change).context["adminform"].form
        data = {key: value for key, value in form.initial.items() if value is not None}
        data.update(name="한빛에너지공사", slug="hanbit", kind="public", summary="새 소개")
        data.update(_management_form_defaults(client_staff.get(change)))
        client_staff.post(change, data)
        assert Company.objects.get(pk=company.pk).name == "한빛에너지공사"
        assert "한빛에너지공사" in client.get("/companies/").content.decode()

    def test_an_admins_unpublish_action_shows_at_once(self, client, client_staff, company):
        question = InterviewQuestionFactory(company=company, text="갈등을 어떻게 풀었나요?")
        assert question.text in client.get("/companies/hanbit/").content.decode()
        client_staff.post(
            reverse("admin:catalog_interviewquestion_changelist"),
            {"action": "unpublish", "_selected_action": [question.pk]},
        )
        assert not InterviewQuestion.objects.get(pk=question.pk).published
        assert question.text not in client.get("/companies/hanbit/").content.decode()

    def test_an_import_shows_at_once(self, client):
        assert "가람데이터진흥원" not in client.get("/companies/").content.decode()
        import_report(text=REPORT.read_text(), source_name=REPORT.name)
        assert "가람데이터진흥원" in client.get("/companies/").content.decode()

    def test_the_version_moves_again_when_the_change_is_committed(
        self, company, django_capture_on_commit_callbacks
    ):
        before = page_cache.catalogue_version()
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            page_cache.bump_companies([company.pk])
            during = page_cache.catalogue_version()
        assert callbacks
        assert len({before, during, page_cache.catalogue_version()}) == 3


class TestOnlyVisitorsShareThePage:
    def test_a_candidate_never_gets_the_visitors_page(self, client, client_user, company):
        client.get("/companies/hanbit/")
        response = client_user.get("/companies/hanbit/")
        assert not was_cached(response)
        assert "로그아웃" in response.content.decode()

    def test_a_visitor_never_gets_a_candidates_page(self, client, client_user, company):
        client_user.get("/companies/hanbit/")
        client_user.get("/")
        for url in ["/companies/hanbit/", "/"]:
            content = client.get(url).content.decode()
            assert "로그아웃" not in content and "앨리스" not in content
            assert "csrf" not in content

    def test_a_visitor_with_a_message_gets_it_and_it_is_not_kept(self, client, client_user):
        client.get("/")
        response = client_user.post(reverse("account_logout"), follow=True)
        assert "로그아웃" in response.content.decode()
        assert not was_cached(response)
        assert "message" not in client.get("/").content.decode().split("<main")[0]
        assert 'class="messages"' not in Client().get("/").content.decode()


def view_that(make_response):
    return page_cache.anonymous_page(lambda request: make_response(request))


def visitor_get():
    request = RequestFactory().get("/somewhere/")
    request.user = AnonymousUser()
    request.htmx = False
    return request


class TestWhatIsNotKept:
    def test_a_response_that_sets_a_cookie(self):
        def with_cookie(request):
            response = HttpResponse("mine")
            response.set_cookie("secret", "alice")
            return response

        view = view_that(with_cookie)
        view(visitor_get())
        assert view(visitor_get()).cookies["secret"].value == "alice"  # rendered again

    def test_a_page_that_used_the_csrf_token(self):
        view = view_that(lambda request: HttpResponse(get_token(request)))
        first = view(visitor_get()).content
        assert view(visitor_get()).content != first

    @pytest.mark.parametrize("status", [201, 302, 404])
    def test_an_answer_other_than_200(self, status):
        calls = []
        view = view_that(lambda request: calls.append(1) or HttpResponse(status=status))
        view(visitor_get())
        view(visitor_get())
        assert len(calls) == 2


def _management_form_defaults(response) -> dict:
    """The inline formsets' management forms as the change page rendered them."""
    data = {}
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name, field in management.fields.items():
            data[f"{management.prefix}-{name}"] = management.initial.get(name, field.initial)
    return data


class TestSignedInCompanyHeader:
    def test_the_header_follows_an_edit_of_the_company(self, client_user, company):
        assert "첫 번째 소개" in client_user.get("/companies/hanbit/").content.decode()
        company.summary = "고친 소개"
        company.save()
        content = client_user.get("/companies/hanbit/").content.decode()
        assert "고친 소개" in content and "첫 번째 소개" not in content

    def test_the_target_star_is_the_candidates_own(self, client_user, user, other_user, company):
        client_user.post(reverse("catalog:target_toggle", args=["hanbit"]))
        assert 'aria-pressed="true"' in client_user.get("/companies/hanbit/").content.decode()
        other = Client()
        other.force_login(other_user)
        content = other.get("/companies/hanbit/").content.decode()
        assert 'aria-pressed="false"' in content and "첫 번째 소개" in content
