"""Bad input at particular places: the directory's search box, posting files in the importer and
the admin upload, and dates at the ends of the calendar. Never a 5xx; the site-wide walk over every
form and URL is in test_site_walk.py."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import CompanyFactory, DraftFactory

pytestmark = pytest.mark.django_db

KEPT = "지원 동기를 다시 정리할 것 \u202e메모"


class TestCompanyListQuery:
    def test_a_query_longer_than_sqlite_allows_is_cut_with_a_message_and_kept_in_the_box(
        self, client, world
    ):
        typed = "가" * 20_000
        response = client.get(reverse("catalog:company_list"), {"q": typed})
        html = response.content.decode()
        assert response.status_code == 200
        assert "검색어가 길어 앞의 100자로 찾았습니다." in html
        assert f'value="{typed}"' in html

    def test_a_short_query_gets_no_message(self, client, world):
        response = client.get(reverse("catalog:company_list"), {"q": "bad"})
        assert "검색어가 길어" not in response.content.decode()


def _posting_file(**changes) -> str:
    import json

    item = {
        "recrutPblntSn": "9001",
        "instNm": "한국보건원",
        "recrutPbancTtl": "2026년 신입 공개채용",
        "pbancBgngYmd": "20260301",
        "pbancEndYmd": "20260315",
        "recrutNope": "3",
    }
    item.update(changes)
    return json.dumps({"result": [{k: v for k, v in item.items() if v is not None}]})


class TestPostingImportBadInput:
    @pytest.mark.parametrize(
        "changes",
        [
            {"recrutNope": "1e400"},
            {"recrutNope": 1e308 * 10},
            {"recrutNope": "1" + "0" * 30},
            {"recrutNope": "nan"},
            {"recrutNope": "-inf"},
            {"pbancBgngYmd": "00000000"},
            {"pbancBgngYmd": "20261399"},
            {"pbancBgngYmd": "00010101"},
            {"pbancEndYmd": "99991231"},
            {"pbancBgngYmd": 20260301.5},
            {"pbancBgngYmd": None},
            {"instNm": ["목록"]},
            {"instNm": {"a": 1}},
            {"recrutPbancTtl": True},
            {"recrutPblntSn": "x" * 100},
            {"recrutPbancTtl": "\ud800 채용"},
            {"workRgnNmLst": ["서울", "\udfff"]},
        ],
    )
    def test_a_malformed_item_is_a_korean_row_error_never_an_exception(self, db, changes):
        from prep.catalog.importers.postings import PostingFileError, import_postings

        CompanyFactory(name="한국보건원")
        try:
            summary = import_postings(data=_posting_file(**changes), source_name="t.json")
        except PostingFileError as error:
            assert any("item 1" in message for message in error.errors)
        else:
            assert summary is not None

    @pytest.mark.parametrize(
        "data",
        [
            b"",
            b"\xff\xfe\x00",
            b"[" * 100_000,
            b"{}",
            b"[]",
            b'{"result": {}}',
            b"null",
            b'{"result": [1, "a", null, []]}',
            b'{"result": [{"instNm": "\\ud800"}]}',
        ],
    )
    def test_a_file_that_is_not_the_format_is_a_korean_file_error(self, db, data):
        from prep.catalog.importers.postings import PostingFileError, parse_file

        with pytest.raises(PostingFileError) as raised:
            parse_file(data, "t.json")
        assert all(any("가" <= c <= "힣" for c in m) for m in raised.value.errors)

    def test_nul_in_a_posting_text_is_removed_before_the_database(self, db):
        from prep.catalog.importers.postings import import_postings
        from prep.catalog.models.postings import Posting

        CompanyFactory(name="한국보건원")
        import_postings(
            data=_posting_file(recrutPbancTtl="신입\x00 채용", aplyQlfcCn="자격\x00"),
            source_name="t.json",
        )
        posting = Posting.objects.get(source_id="9001")
        assert "\x00" not in posting.title and "\x00" not in posting.eligibility


class TestPostingAdminUpload:
    @pytest.mark.parametrize(
        "content",
        [
            b"",
            b"not json",
            b"[" * 100_000,
            b" " * 10_000_000,
            _posting_file(recrutNope="1e400").encode(),
        ],
    )
    def test_a_bad_file_is_shown_as_an_error_never_a_500(self, client_staff, content):
        from django.core.files.uploadedfile import SimpleUploadedFile

        CompanyFactory(name="한국보건원")
        response = client_staff.post(
            reverse("admin:catalog_posting_import"),
            {"file": SimpleUploadedFile("p.json", content, "application/json")},
        )
        assert response.status_code in (200, 400, 413)


class TestFarDates:
    @pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
    def test_a_stage_date_at_the_ends_of_the_calendar_is_refused_with_a_message(
        self, client_user, world, day
    ):
        url = reverse("applications:application_stage", args=[world["application"].pk])
        response = client_user.post(url, {"stage": "interview", "date": day, "note": KEPT})
        assert response.status_code == 200
        html = response.content.decode()
        assert "날짜는" in html
        assert KEPT in __import__("html").unescape(html)

    @pytest.mark.parametrize("year", [1, 9999])
    def test_pages_showing_a_far_step_date_never_500(self, client_user, world, year):
        import datetime

        step = world["step"]
        step.date = datetime.date(year, 1, 1) if year == 1 else datetime.date(year, 12, 31)
        step.save()
        client = Client(raise_request_exception=False)
        client.force_login(world["user"])
        for url in [
            "/",
            reverse("applications:application_detail", args=[world["application"].pk]),
            reverse("applications:application_list"),
            reverse("applications:calendar_month") + f"?month={year:04d}-01",
            reverse("applications:calendar_feed", args=[world["feed"].token]),
            reverse("practice:review_today"),
        ]:
            assert client.get(url).status_code < 500, url


# Characters XML 1.0 cannot hold: lxml refused the whole Word document over one of them.
NOT_IN_XML = "\x0b\x1f\x08\ufffe\uffff"


class TestWordDownloadsWithCharactersXmlRefuses:
    def test_a_custom_question_with_control_characters_is_stored_without_them(
        self, client_user, user
    ):
        response = client_user.post(
            reverse("practice:draft_new"),
            {
                "custom_question": f"지원 동기{NOT_IN_XML[:3]}를 쓰세요.",
                "custom_limit": "500",
                "custom_count_rule": "chars",
                "custom_line_break_weight": "1",
            },
        )
        assert response.status_code == 302
        assert user.drafts.get().custom_question == "지원 동기를 쓰세요."

    def test_a_draft_whose_texts_carry_them_downloads_as_word_and_in_the_data_export(
        self, client_user, user
    ):
        company = CompanyFactory(slug="xml", name=f"기관{NOT_IN_XML}")
        draft = DraftFactory(
            user=user,
            company=company,
            custom_question=f"문항{NOT_IN_XML}",
            headline=f"제목{NOT_IN_XML}",
            body=f"본문{NOT_IN_XML}\n둘째 줄",
        )
        user.display_name = f"앨리스{NOT_IN_XML}"
        user.save()
        for url in [
            reverse("practice:draft_export", args=[draft.pk]) + "?format=docx",
            reverse("practice:company_drafts_export", args=["xml"]) + "?format=docx",
        ]:
            response = client_user.get(url)
            assert response.status_code == 200, url
            assert response["Content-Type"].startswith("application/vnd.openxml")
        assert client_user.post(reverse("data_export")).status_code == 200

    def test_the_word_text_keeps_everything_else(self):
        from prep.practice.drafts.export import xml_text

        assert xml_text(f"가\t나\n다{NOT_IN_XML}🙂") == "가\t나\n다🙂"


class TestCustomDraftLimit:
    @pytest.mark.parametrize("limit", ["99999999999", "2147483648", "20001"])
    def test_a_limit_no_form_asks_for_is_refused_with_a_message_on_every_database(
        self, client_user, user, limit
    ):
        response = client_user.post(
            reverse("practice:draft_new"),
            {
                "custom_question": KEPT,
                "custom_limit": limit,
                "custom_count_rule": "chars",
                "custom_line_break_weight": "1",
            },
        )
        html = __import__("html").unescape(response.content.decode())
        assert response.status_code == 200
        assert "분량 제한은 20000 이하로 입력해 주세요." in html
        assert KEPT in html
        assert not user.drafts.exists()


class TestNulInAFormField:
    """PostgreSQL cannot store NUL, so the middleware refuses such a post (400) before any view:
    the page says why and shows the typed text back, without the NUL, to copy."""

    def test_application_notes_with_nul_come_back_on_the_400_page(self, client_user, world):
        url = reverse("applications:application_notes", args=[world["application"].pk])
        response = client_user.post(url, {"notes": "메모\x00를 남깁니다"})
        html = __import__("html").unescape(response.content.decode())
        assert response.status_code == 400
        assert "제어 문자(NUL, U+0000)" in html
        assert "메모를 남깁니다" in html
        world["application"].refresh_from_db()
        assert world["application"].notes == ""

    def test_a_prefixed_field_and_a_formset_row_are_shown_too(self, client_user):
        response = client_user.post(
            reverse("catalog:own_company_new"),
            {"name": "가람", "prompts-0-text": "지원\x00 동기", "q7-comment": "좋은 답"},
        )
        html = __import__("html").unescape(response.content.decode())
        assert response.status_code == 400
        assert "지원 동기" in html and "좋은 답" in html

    def test_a_password_is_never_shown_back(self, client_user):
        response = client_user.post(
            reverse("accounts:account_delete"), {"password": "secret\x00", "confirm": "x"}
        )
        assert response.status_code == 400
        assert "secret" not in response.content.decode()


class TestDraftSaveWithoutJavaScript:
    @pytest.mark.parametrize("version", ["", "abc", "-1", "1" + "0" * 30])
    def test_a_refused_plain_save_shows_the_posted_text_not_the_stored_one(
        self, client_user, user, version
    ):
        draft = DraftFactory(user=user, headline="저장된 제목", body="저장된 본문")
        response = client_user.post(
            reverse("practice:draft_save", args=[draft.pk]),
            {"headline": "새 제목", "body": KEPT, "version": version},
        )
        html = __import__("html").unescape(response.content.decode())
        # A version from the far future is a conflict (409): that page shows both texts.
        assert response.status_code in (400, 409)
        assert response.status_code == 409 or "저장할 수 없는 요청입니다" in html
        assert KEPT in html and "새 제목" in html
        draft.refresh_from_db()
        assert draft.body == "저장된 본문"
