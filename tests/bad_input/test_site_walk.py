"""Malformed input at every form and URL of the site (not the admin, see test_url_walk.py):
numbers out of range or not numbers, impossible dates, lone surrogates, direction marks, very
long text, repeated and missing fields. Never a 5xx, on SQLite or PostgreSQL; a form shown
again keeps what the candidate typed.
"""

from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

LONG = "가" * 100_000
# Raw query-string values (already percent-encoded where needed).
BAD_QUERY_VALUES = [
    "-1",
    "0",
    "1" + "0" * 30,
    "abc",
    "1.5",
    "%ED%A0%80",  # a lone surrogate in UTF-8's "modified" form: not UTF-8
    "%E2%80%AE%E2%80%8F",  # RTL override and RTL mark
    quote("가" * 20_000),
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "00000000",
    "20261399",
    "%20",
]
QUERY_NAMES = [
    "q",
    "page",
    "company",
    "year",
    "month",
    "kind",
    "stage",
    "limit",
    "sort",
    "type",
    "competency",
    "status",
    "format",
    "a",
    "b",
    "next",
    "tag",
    "season",
    "question_type",
    "role",
    "region",
    "closing",
    "recruit_kind",
    "prompt",
    "date",
    "day",
    "view",
    "minutes",
]
BAD_FORM_VALUES = [
    "",
    "-1",
    "0",
    "1" + "0" * 20,
    "1" + "0" * 30,
    "abc",
    "1e400",
    "NaN",
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "00000000",
    "20261399",
    "\u202e\u200f거꾸로",
    LONG,
]
FORM_NAMES = [
    "stage",
    "date",
    "note",
    "notes",
    "title",
    "year",
    "month",
    "limit",
    "limit_spec",
    "char_limit",
    "minutes",
    "prepare_minutes",
    "speak_minutes",
    "format",
    "kind",
    "topic",
    "headline",
    "body",
    "version",
    "key",
    "offset",
    "start",
    "end",
    "original",
    "replacement",
    "answer",
    "question",
    "custom_question",
    "custom_company",
    "company",
    "prompt",
    "rating",
    "comment",
    "interview_date",
    "question_count",
    "seconds_per_answer",
    "question_types",
    "tags",
    "tag",
    "status",
    "choice",
    "competency",
    "email",
    "display_name",
    "language",
    "a",
    "b",
    "undo",
    "followed",
    "position",
    "role",
    "deadline",
    "url",
    "posting",
    "text",
    "duration",
    "duration_ms",
    "mime",
    "next",
    "confirm",
    "password",
]


def urls(world) -> list[str]:
    w = world
    draft, session, question = w["draft"].pk, w["session"].pk, w["question"].pk
    app = w["application"].pk
    found = [
        "/",
        reverse("catalog:company_list"),
        reverse("catalog:company_detail", args=["bad"]),
        reverse("catalog:target_toggle", args=["bad"]),
        reverse("catalog:question_bank"),
        reverse("applications:posting_list"),
        reverse("applications:posting_detail", args=[w["posting"].pk]),
        reverse("applications:posting_follow", args=[w["posting"].pk]),
        reverse("applications:posting_write", args=[w["posting"].pk]),
        reverse("applications:application_list"),
        reverse("applications:application_detail", args=[app]),
        reverse("applications:application_stage", args=[app]),
        reverse("applications:application_notes", args=[app]),
        reverse("applications:application_step_delete", args=[app, w["step"].pk]),
        reverse("applications:calendar_month"),
        reverse("applications:calendar_feed_settings"),
        reverse("applications:calendar_feed", args=[w["feed"].token]),
        reverse("practice:draft_list"),
        reverse("practice:draft_new"),
        reverse("practice:draft_edit", args=[draft]),
        reverse("practice:draft_save", args=[draft]),
        reverse("practice:draft_status", args=[draft]),
        reverse("practice:draft_tags", args=[draft]),
        reverse("practice:draft_resolve", args=[draft]),
        reverse("practice:draft_normalize", args=[draft]),
        reverse("practice:draft_replace_unsafe", args=[draft]),
        reverse("practice:draft_history", args=[draft]),
        reverse("practice:draft_diff", args=[draft]),
        reverse("practice:draft_export", args=[draft]),
        reverse("practice:draft_company", args=["bad"]),
        reverse("practice:company_drafts_export", args=["bad"]),
        reverse("practice:draft_feedback", args=[draft]),
        reverse("practice:draft_feedback_dismiss", args=[draft]),
        reverse("practice:draft_spelling_apply", args=[draft]),
        reverse("practice:session_list"),
        reverse("practice:session_new"),
        reverse("practice:session_format_new"),
        reverse("practice:session_prepare", args=[session]),
        reverse("practice:session_run", args=[session]),
        reverse("practice:session_answer", args=[session]),
        reverse("practice:session_autosave", args=[session]),
        reverse("practice:session_rate", args=[session]),
        reverse("practice:session_share", args=[session]),
        reverse("practice:session_report", args=[session]),
        reverse("practice:recording_upload", args=[session, question]),
        reverse("practice:recording_audio", args=[session, question]),
        reverse("practice:review_today"),
        reverse("practice:interview_date"),
        reverse("accounts:profile"),
        "/accounts/email/",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
    ]
    if w["share"] is not None:
        found += [
            reverse("practice:partner_view", args=[w["share"].token]),
            reverse("practice:partner_feedback", args=[w["share"].token, question]),
        ]
    return found


def probe(client, world):
    failures = []

    def check(method, path, response, what):
        if response.status_code >= 500:
            failures.append((method, path[:120], what[:80], response.status_code))

    for url in urls(world):
        for value in BAD_QUERY_VALUES:
            query = "&".join(f"{name}={value}" for name in QUERY_NAMES)
            check("GET", url, client.get(f"{url}?{query}"), value)
        check("GET", url, client.get(f"{url}?page=1&page=2&year=2026&year=x"), "repeated")
        for value in BAD_FORM_VALUES:
            check("POST", url, client.post(url, dict.fromkeys(FORM_NAMES, value)), value)
        check("POST", url, client.post(url, {}), "empty")
        check("POST", url, client.post(url, {n: ["1", "x"] for n in FORM_NAMES}), "duplicated")
        body = "&".join(f"{name}=%ED%A0%80" for name in FORM_NAMES)
        check(
            "POST",
            url,
            client.generic("POST", url, body, "application/x-www-form-urlencoded"),
            "surrogate",
        )
    return failures


def test_no_bad_parameter_or_field_on_any_page_gets_a_5xx(user, world):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    assert probe(client, world) == []


KEPT = "지원 동기를 다시 정리할 것 \u202e메모"
BAD_DATES = ["0001-01-01", "9999-12-31", "2026-02-30", "00000000", "20261399", "1" + "0" * 20]


def targeted(world):
    """(label, method, path, data, text that must come back when the form is shown again)."""
    w = world
    app, session = w["application"].pk, w["session"].pk
    stage = reverse("applications:application_stage", args=[app])
    cases = []
    for day in BAD_DATES:
        cases.append(
            (
                "stage date " + day,
                "post",
                stage,
                {"stage": "interview", "date": day, "note": KEPT},
                KEPT,
            )
        )
        cases.append(
            (
                "interview date " + day,
                "post",
                reverse("practice:interview_date"),
                {"company": "bad", "interview_date": day},
                None,
            )
        )
    for value in ["9999-12", "0001-01", "1899-12", "2999-12", "1900-01", "2026-13", "-1"]:
        cases.append(
            (
                "calendar " + value,
                "get",
                reverse("applications:calendar_month") + "?month=" + value,
                None,
                None,
            )
        )
    cases.append(
        (
            "notes long",
            "post",
            reverse("applications:application_notes", args=[app]),
            {"notes": LONG},
            None,
        )
    )
    for minutes in ["-1", "0", "999", "abc", "1" + "0" * 20]:
        for fmt in ["pt", "discussion", "situation", "self_intro"]:
            cases.append(
                (
                    f"format {fmt} {minutes}",
                    "post",
                    reverse("practice:session_format_new"),
                    {
                        "interview_format": fmt,
                        "company": "bad",
                        "prep_minutes": minutes,
                        "mode": "practice",
                    },
                    None,
                )
            )
    for limit in ["0", "-1", "1" + "0" * 20, "abc", "1.5"]:
        cases.append(
            (
                f"custom draft limit {limit}",
                "post",
                reverse("practice:draft_new"),
                {
                    "custom_question": KEPT,
                    "custom_limit": limit,
                    "custom_count_rule": "x",
                    "custom_line_break_weight": "7",
                },
                KEPT,
            )
        )
    spelling = reverse("practice:draft_spelling_apply", args=[w["draft"].pk])
    for data in [
        {"key": "x" * 100},
        {"key": "k", "saved_version": "abc"},
        {"key": "k", "saved_version": "1" + "0" * 30},
        {"key": "k", "headline": "h", "body": KEPT},
        {"key": "k", "headline": "h", "body": KEPT, "version": "0"},
        {"key": "k", "headline": "h", "body": KEPT, "version": "999999"},
    ]:
        cases.append(("spelling " + str(data)[:40], "post", spelling, data, None))
    dismiss = reverse("practice:draft_feedback_dismiss", args=[w["draft"].pk])
    for data in [{"key": "x" * 1000}, {"key": ""}, {"key": "a", "undo": "x"}, {}]:
        cases.append(("dismiss " + str(data)[:30], "post", dismiss, data, None))
    save = reverse("practice:draft_save", args=[w["draft"].pk])
    for version in ["", "0", "-1", "1" + "0" * 20, "abc"]:
        cases.append(
            (
                "save version " + version,
                "post",
                save,
                {"headline": "제목", "body": KEPT, "version": version},
                None,
            )
        )
    for query in [
        "page=-1",
        "page=" + "1" + "0" * 30,
        "page=abc",
        "company=" + "x" * 5000,
        "q=" + "가" * 100_000,
        "q=%ED%A0%80",
        "company=bad&company=x",
        "competency=" + "9" * 30,
        "show=x",
    ]:
        for name in [
            "catalog:question_bank",
            "catalog:company_list",
            "catalog:company_compare",
            "applications:posting_list",
            "practice:draft_list",
            "practice:session_list",
            "applications:application_list",
        ]:
            cases.append((f"{name} {query[:30]}", "get", reverse(name) + "?" + query, None, None))
    upload = reverse("practice:recording_upload", args=[session, w["question"].pk])
    from django.core.files.uploadedfile import SimpleUploadedFile

    for label, data in [
        ("no file", {}),
        ("empty", {"audio": SimpleUploadedFile("a.webm", b"", "audio/webm")}),
        ("wrong name", {"file": SimpleUploadedFile("a.webm", b"xx", "audio/webm")}),
        ("junk", {"audio": SimpleUploadedFile("a.webm", b"\x00" * 5000, "audio/webm")}),
        (
            "two",
            {
                "audio": [
                    SimpleUploadedFile("a.webm", b"1", "audio/webm"),
                    SimpleUploadedFile("b.webm", b"2", "audio/webm"),
                ]
            },
        ),
        ("text", {"audio": "not a file", "duration_ms": "abc"}),
    ]:
        cases.append(("recording " + label, "post", upload, data, None))
    profile = reverse("accounts:profile")
    cases.append(
        (
            "profile long name",
            "post",
            profile,
            {"display_name": "이" * 5000, "email": "a@example.com"},
            None,
        )
    )
    cases.append(
        (
            "signup long email",
            "post",
            "/accounts/signup/",
            {"email": "a" * 5000 + "@example.com", "password1": "x", "password2": "y"},
            None,
        )
    )
    cases.append(
        (
            "login long",
            "post",
            "/accounts/login/",
            {"login": "a" * 5000 + "@example.com", "password": "x"},
            None,
        )
    )
    feed = "/calendar/feed/" + "x" * 5000 + ".ics"
    cases.append(("feed long token", "get", feed, None, None))
    if w["share"] is not None:
        partner = reverse("practice:partner_feedback", args=[w["share"].token, w["question"].pk])
        for rating in ["", "0", "99", "abc", "1" + "0" * 20]:
            cases.append(
                (
                    "partner rating " + rating,
                    "post",
                    partner,
                    {"rating": rating, "comment": KEPT},
                    KEPT,
                )
            )
    return cases


def test_bad_values_in_the_fields_that_read_them_never_500_and_keep_the_text(user, world, settings):
    settings.RATELIMIT_ENABLE = False
    client = Client(raise_request_exception=False)
    client.force_login(user)
    failures, lost = [], []
    for label, method, path, data, kept in targeted(world):
        response = client.get(path) if method == "get" else client.post(path, data or {})
        if response.status_code >= 500:
            failures.append((label, response.status_code))
        elif (
            kept
            and response.status_code in (200, 400, 422)
            and "html" in response.get("Content-Type", "")
        ):
            from html import unescape

            if kept not in unescape(response.content.decode()):
                lost.append((label, response.status_code))
    assert failures == []
    assert lost == []
