"""A candidate's own pages are kept rendered, and never shown stale or to anyone else."""

import re
import time
from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from prep import dashboard, fragments
from prep.catalog.models import TargetCompany
from prep.practice.models import Draft
from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    DraftFactory,
    OwnCompanyFactory,
    PostingFactory,
    ReviewCardFactory,
)

pytestmark = pytest.mark.django_db

DRAFTS = reverse("practice:draft_list")
HTMX = {"HX-Request": "true"}


def content(client, url=DRAFTS) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


class TestDraftListKeptRendered:
    def test_a_warm_list_reads_no_draft(self, client_user, user, django_assert_max_num_queries):
        DraftFactory.create_batch(30, user=user)
        content(client_user)
        with django_assert_max_num_queries(1):  # the user; the session is in the cache
            page = content(client_user)
        assert "초안 30개 중 1–20번째" in page

    def test_an_autosave_shows_in_the_list_at_once(self, client_user, user):
        # The autosave is a conditional UPDATE, which sends no signal: the request does.
        draft = DraftFactory(user=user, headline="[처음 제목]")
        assert "[처음 제목]" in content(client_user)
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            {"headline": "[고친 제목]", "body": draft.body, "version": draft.version},
            headers=HTMX,
        )
        assert response.status_code == 200
        page = content(client_user)
        assert "[고친 제목]" in page and "[처음 제목]" not in page

    def test_a_bulk_update_is_seen_after_the_candidates_next_write(self, client_user, user):
        draft = DraftFactory(user=user, headline="[처음 제목]")
        content(client_user)
        Draft.objects.filter(pk=draft.pk).update(headline="[몰래 고친 제목]")
        client_user.post(reverse("set_language"), {"language": "ko", "next": "/"})
        assert "[몰래 고친 제목]" in content(client_user)

    def test_a_save_made_elsewhere_is_seen_at_once(self, client_user, user):
        draft = DraftFactory(user=user, headline="[처음 제목]")
        content(client_user)
        draft.headline = "[관리자가 고친 제목]"
        draft.save()
        assert "[관리자가 고친 제목]" in content(client_user)

    def test_a_deleted_draft_leaves_the_list(self, client_user, user):
        draft = DraftFactory(user=user, headline="[지울 초안]")
        assert "[지울 초안]" in content(client_user)
        client_user.post(reverse("practice:draft_delete", args=[draft.pk]))
        assert "[지울 초안]" not in content(client_user)

    def test_a_renamed_company_is_seen_at_once(self, client_user, user):
        draft = DraftFactory(user=user, prompt__company__name="옛이름공사")
        content(client_user)
        company = draft.company
        company.name = "새이름공사"
        company.save()
        assert "새이름공사" in content(client_user)

    def test_another_candidate_never_gets_the_kept_list(self, client_user, user, other_user):
        DraftFactory(user=user, headline="[앨리스의 초안]")
        DraftFactory(user=other_user, headline="[찰리의 초안]")
        assert "[앨리스의 초안]" in content(client_user)
        other = Client()
        other.force_login(other_user)
        page = content(other)
        assert "[찰리의 초안]" in page and "[앨리스의 초안]" not in page

    def test_each_page_and_language_is_kept_apart(self, client_user, user):
        DraftFactory.create_batch(21, user=user)
        assert "1 / 2쪽" in content(client_user)
        assert "2 / 2쪽" in content(client_user, DRAFTS + "?page=2")
        # The language cookie alone, no request that writes: the key must tell them apart.
        client_user.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        assert '<th scope="col">Prompt</th>' in content(client_user)


class TestDashboardKeptRendered:
    def test_a_warm_dashboard_makes_only_the_users_query(
        self, client_user, user, django_assert_max_num_queries
    ):
        DraftFactory(user=user)
        content(client_user, "/")  # the session's first touch: not kept
        content(client_user, "/")
        with django_assert_max_num_queries(1):
            assert "최근 자소서" in content(client_user, "/")

    def test_a_new_target_shows_at_once(self, client_user, user):
        company = CompanyFactory(name="새목표공단")
        content(client_user, "/")
        client_user.post(reverse("catalog:target_toggle", args=[company.slug]))
        assert TargetCompany.objects.filter(user=user, company=company).exists()
        assert "새목표공단" in content(client_user, "/")

    def test_a_changed_deadline_shows_at_once(self, client_user, user):
        application = ApplicationFactory(user=user, posting=PostingFactory())
        content(client_user, "/")
        posting = application.posting
        posting.closes_at = posting.closes_at + timedelta(days=3)
        posting.save()
        day = timezone.localtime(posting.closes_at).strftime("%-m.%-d")
        assert day in content(client_user, "/")

    def test_the_kept_page_is_rendered_again_once_a_card_falls_due(
        self, client_user, user, monkeypatch, settings
    ):
        # Caches whose expiry follows this process's clock (Redis keeps its own).
        settings.CACHES = {
            **settings.CACHES,
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            "pages": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "kept-pages-test",
            },
        }
        ReviewCardFactory(user=user, due=timezone.now() + timedelta(minutes=5))
        assert "지금 복습할 카드 <strong>0</strong>장" in content(client_user, "/")
        # Ten minutes later, for the caches' expiry and for the page alike.
        later = time.time() + 600
        monkeypatch.setattr(time, "time", lambda: later)
        monkeypatch.setattr(timezone, "now", lambda: datetime.fromtimestamp(later, UTC))
        assert "지금 복습할 카드 <strong>1</strong>장" in content(client_user, "/")

    def test_it_is_kept_only_until_a_card_falls_due(self, user):
        now = timezone.now()
        ReviewCardFactory(user=user, due=now + timedelta(minutes=5))
        ReviewCardFactory(user=user, due=now - timedelta(minutes=5))
        assert dashboard.changes_at(user=user, now=now) == now + timedelta(minutes=5)

    def test_it_is_kept_only_until_a_deadline_passes(self, user):
        now = timezone.now()
        posting = PostingFactory(closes_at=now + timedelta(hours=1))
        ApplicationFactory(user=user, posting=posting)
        assert dashboard.changes_at(user=user, now=now) == posting.closes_at

    def test_without_cards_or_deadlines_it_is_kept_until_midnight_in_seoul(self, user):
        now = timezone.now()
        changes = dashboard.changes_at(user=user, now=now)
        assert changes > now and changes - now <= timedelta(days=1)
        assert changes.astimezone(dashboard.SEOUL).time().hour == 0


def editor_url(draft) -> str:
    return reverse("practice:draft_edit", args=[draft.pk])


class TestWholePagesKeptRendered:
    """The editor, the drafts list and a company's page seen signed in (prep.candidate_pages
    .candidate_page): kept whole per candidate, never stale, never anyone else's."""

    def test_a_warm_editor_makes_only_the_users_query(
        self, client_user, user, django_assert_max_num_queries
    ):
        draft = DraftFactory(user=user, body="창구 대기 시간을 줄인 경험입니다.")
        content(client_user, editor_url(draft))  # the session's first touch: not kept
        content(client_user, editor_url(draft))
        with django_assert_max_num_queries(1):
            assert "창구 대기 시간을 줄인 경험입니다." in content(client_user, editor_url(draft))

    def test_an_autosave_shows_when_the_editor_is_opened_again(self, client_user, user):
        draft = DraftFactory(user=user, body="처음 쓴 문장입니다.")
        content(client_user, editor_url(draft))
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            {"headline": draft.headline, "body": "고쳐 쓴 문장입니다.", "version": draft.version},
            headers=HTMX,
        )
        assert response.status_code == 200
        page = content(client_user, editor_url(draft))
        assert "고쳐 쓴 문장입니다." in page and "처음 쓴 문장입니다." not in page

    def test_the_message_after_a_save_without_javascript_is_shown(self, client_user, user):
        draft = DraftFactory(user=user)
        content(client_user, editor_url(draft))
        client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            {"headline": draft.headline, "body": "스크립트 없이 저장", "version": draft.version},
        )
        page = content(client_user, editor_url(draft))
        assert "저장했습니다." in page
        assert "저장했습니다." not in content(client_user, editor_url(draft))  # shown once

    def test_the_target_star_follows_the_candidate_on_a_company_page(self, client_user, user):
        company = CompanyFactory(name="별표공단")
        url = reverse("catalog:company_detail", args=[company.slug])
        content(client_user, url)
        assert 'aria-pressed="false"' in content(client_user, url)
        client_user.post(reverse("catalog:target_toggle", args=[company.slug]))
        assert 'aria-pressed="true"' in content(client_user, url)
        client_user.post(reverse("catalog:target_toggle", args=[company.slug]))
        assert 'aria-pressed="false"' in content(client_user, url)

    def test_another_candidate_never_gets_the_kept_page(self, client_user, user, other_user):
        company = CompanyFactory(name="별표공단")
        url = reverse("catalog:company_detail", args=[company.slug])
        TargetCompany.objects.create(user=user, company=company)
        mine = content(client_user, url)
        other = Client()
        other.force_login(other_user)
        theirs = content(other, url)
        assert "앨리스" in mine and "앨리스" not in theirs and "찰리" in theirs

    def test_a_browser_that_lost_its_csrf_cookie_gets_a_working_form(self, user):
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        company = CompanyFactory(name="별표공단")
        url = reverse("catalog:company_detail", args=[company.slug])
        content(client, url)
        content(client, url)  # kept now
        del client.cookies[settings.CSRF_COOKIE_NAME]
        page = content(client, url)
        response = client.post(
            reverse("catalog:target_toggle", args=[company.slug]),
            {"csrfmiddlewaretoken": _csrf_value(page)},
        )
        assert response.status_code in (200, 302)
        assert TargetCompany.objects.filter(user=user, company=company).exists()

    def test_an_account_renamed_in_the_admin_shows_at_once(self, client_user, user):
        draft = DraftFactory(user=user)
        content(client_user, editor_url(draft))
        assert "앨리스" in content(client_user, editor_url(draft))  # kept
        user.display_name = "새이름"
        user.save()
        page = content(client_user, editor_url(draft))
        assert "새이름" in page and "앨리스" not in page

    def test_an_own_companys_page_is_never_kept(self, client_user, user):
        own = OwnCompanyFactory(owner=user, name="내가 더한 재단")
        url = reverse("catalog:company_detail", args=[own.slug])
        content(client_user, url)
        content(client_user, url)
        with CaptureQueriesContext(connection) as queries:
            assert "내가 더한 재단" in content(client_user, url)
        assert len(queries) > 1  # the company read again: its page is private, not kept

    def test_the_release_digest_changes_with_a_template(self, tmp_path, settings):
        (tmp_path / "templates").mkdir()
        page = tmp_path / "templates" / "page.html"
        page.write_text("<p>하나</p>")
        settings.BASE_DIR = tmp_path
        before = fragments.release_digest.__wrapped__()
        page.write_text("<p>둘</p>")
        assert fragments.release_digest.__wrapped__() != before


def _csrf_value(page: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
