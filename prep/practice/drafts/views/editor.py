"""The 자소서 draft editor: the page, autosave, version conflicts, clean-ups, status and tags."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe
from django_htmx.http import HttpResponseClientRedirect, trigger_client_event

from prep import ratelimit
from prep.candidate_pages import candidate_page
from prep.catalog import page_cache
from prep.catalog.models import (
    Competency,
    EssayPrompt,
    InterviewQuestion,
    SampleAnswer,
)
from prep.coach.counting import replace_unsafe
from prep.middleware import cleans_typed_text
from prep.practice.drafts.autosave import (
    BODY_MAX_CHARS,
    SaveResult,
    autosave_draft,
    check_size,
    prepare_text,
    save_cleaned_text,
)
from prep.practice.drafts.diff import diff_spans
from prep.practice.drafts.forms import (
    DraftStatusForm,
    DraftTagForm,
    DraftTextForm,
    ResolveForm,
)
from prep.practice.drafts.models import Draft, DraftRevision

EDIT_TEMPLATE = "practice/drafts/draft_edit.html"


def owned_draft(request: HttpRequest, pk: int) -> Draft:
    """The candidate's own draft with its prompt and company; anyone else's is a 404."""
    return get_object_or_404(request.user.drafts.with_catalog(), pk=pk)


CHIPS_TEMPLATE = EDIT_TEMPLATE + "#chip-lists"


def _chip_lists(draft: Draft) -> SafeString:
    """The competency chips, rendered once per catalogue change, company and choice of chips:
    some fifty of them took half the editor's time."""
    selected = sorted(draft.competencies.values_list("pk", flat=True))
    return page_cache.catalogue_fragment(
        f"chips:{draft.company_id}:{','.join(map(str, selected))}",
        CHIPS_TEMPLATE,
        lambda: render_to_string(CHIPS_TEMPLATE, _chip_groups(draft, set(selected))),
    )


def _chip_groups(draft: Draft, selected: set[int]) -> dict:
    areas = Competency.objects.filter(kind=Competency.Kind.NCS_AREA).prefetch_related("children")
    company_filter = Q(pk__in=selected)
    if draft.company_id:
        # One subquery per tag table rather than joins through all three: the joins multiplied
        # every tag of every row and took 140–190 ms on a big catalogue to find a few chips.
        for model, company in [
            (EssayPrompt, "essayprompt__company"),
            (SampleAnswer, "sampleanswer__prompt__company"),
            (InterviewQuestion, "interviewquestion__company"),
        ]:
            tags = model.competencies.through.objects.filter(**{company: draft.company_id})
            company_filter |= Q(pk__in=tags.values("competency_id"))
    company_competencies = Competency.objects.filter(company_filter, kind=Competency.Kind.COMPANY)
    return {
        "areas": areas,
        "company_competencies": company_competencies,
        "selected": selected,
    }


def _unsafe_rows(characters) -> list[dict]:
    return [
        {
            "char": char,
            "codes": " ".join(f"U+{ord(part):04X}" for part in char),
            "replacement": replace_unsafe(char)[0],
        }
        for char in characters
    ]


def _editor_context(
    draft: Draft,
    *,
    headline: str | None = None,
    body: str | None = None,
    version: int | None = None,
) -> dict:
    """Everything draft_edit.html shows; `headline`/`body` override the stored text when the
    page must show what the candidate wrote (a refused or conflicting save)."""
    headline = draft.headline if headline is None else headline
    body = draft.body if body is None else body
    counts = draft.counts()
    limit_status = draft.limit_status()
    return {
        "draft": draft,
        "draft_pk": draft.pk,
        "form": DraftTextForm(
            initial={
                "headline": headline,
                "body": body,
                "version": version or draft.version,
            }
        ),
        "counts": counts,
        "limit_status": limit_status,
        "bar_percent": min(limit_status.percent, 100) if limit_status else 0,
        "over_by": -limit_status.remaining if limit_status else 0,
        "unsafe": _unsafe_rows(counts.not_cp949),
        "status_form": DraftStatusForm(initial={"status": draft.status}),
        "body_max_chars": BODY_MAX_CHARS,
        "chip_lists": _chip_lists(draft),
    }


@require_safe
@login_required
@candidate_page
def draft_edit(request: HttpRequest, pk: int) -> HttpResponse:
    draft = get_object_or_404(request.user.drafts.for_editor(), pk=pk)
    return TemplateResponse(request, EDIT_TEMPLATE, _editor_context(draft))


def _save_status_context(draft: Draft, result: SaveResult) -> dict:
    counts = result.counts()
    return {
        "draft_pk": draft.pk,
        "result": result,
        "counts": counts,
        "limit_status": draft.limit_status(),
        "unsafe": _unsafe_rows(counts.not_cp949),
        "notices": result.notices,
        "oob": True,
    }


def _conflict_response(request: HttpRequest, draft: Draft, *, headline: str, body: str):
    """409: another tab (or a restore) saved first. Nothing was written; the newer stored text
    and the candidate's go to the banner so they can choose (draft_resolve)."""
    context = {
        "conflict": {
            "theirs": draft,
            "mine_headline": headline,
            "mine_body": body,
            "spans": diff_spans(draft.full_text, f"{headline}\n{body}" if headline else body),
        }
    }
    if request.htmx:
        return TemplateResponse(
            request, EDIT_TEMPLATE + "#conflict-response", {**context, "oob": True}, status=409
        )
    editor = _editor_context(draft, headline=headline, body=body)
    return TemplateResponse(request, EDIT_TEMPLATE, {**editor, **context}, status=409)


@require_POST
@login_required
@cleans_typed_text
def draft_save(request: HttpRequest, pk: int) -> HttpResponse:
    """Autosave. HTMX gets the status line plus out-of-band pieces, never the textarea."""
    if not ratelimit.allow(scope="autosave", user_id=request.user.pk):
        message = _("저장 요청이 너무 잦습니다. 잠시 뒤 다시 저장됩니다.")
        return _save_refused(request, pk, message, status=429)
    form = DraftTextForm(request.POST)
    if not form.is_valid():
        message = _("저장할 수 없는 요청입니다. 페이지를 새로 고쳐 주세요.")
        return _save_refused(request, pk, message, status=400)
    data = form.cleaned_data
    result = autosave_draft(
        user=request.user,
        draft_id=pk,
        headline=data["headline"],
        body=data["body"],
        expected_version=data["version"],
    )
    if result.outcome == "missing":
        raise Http404
    if result.outcome == "too_long":
        return _save_refused(request, pk, result.error, status=422, result=result)
    # One more read after the write: the draft's limit (and, when stale, the newer text).
    draft = owned_draft(request, pk)
    if result.outcome == "stale":
        return _conflict_response(request, draft, headline=result.headline, body=result.body)
    if not request.htmx:
        messages.success(request, _("저장했습니다."))
        return redirect(draft)
    context = _save_status_context(draft, result)
    response = TemplateResponse(request, EDIT_TEMPLATE + "#save-response", context)
    return trigger_client_event(response, "draft-saved", {"version": result.version})


def _save_refused(
    request: HttpRequest, pk: int, error: str, *, status: int, result: SaveResult | None = None
) -> HttpResponse:
    if request.htmx:
        return TemplateResponse(
            request, EDIT_TEMPLATE + "#save-status", {"save_error": error}, status=status
        )
    draft = owned_draft(request, pk)
    if result is not None:
        overrides = {"headline": result.headline, "body": result.body}
    else:
        # A plain post refused before saving (a bad version, too many saves): the page shows
        # what was posted, not the stored text, so nothing typed is lost.
        headline, body, _notices = prepare_text(
            headline=request.POST.get("headline", ""), body=request.POST.get("body", "")
        )
        overrides = {"headline": headline, "body": body}
    return TemplateResponse(
        request,
        EDIT_TEMPLATE,
        {**_editor_context(draft, **overrides), "save_error": error},
        status=status,
    )


@require_POST
@login_required
@cleans_typed_text
def draft_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    """The candidate's choice after a conflict. Whichever text is not chosen is kept as a
    revision, so nothing from either tab is lost."""
    draft = owned_draft(request, pk)
    form = ResolveForm(request.POST)
    if not form.is_valid():
        # The banner again, with the candidate's text: a redirect dropped it (it is in no row).
        mine_headline, mine_body, _notices = prepare_text(
            headline=request.POST.get("mine_headline", ""), body=request.POST.get("mine_body", "")
        )
        messages.error(request, _("선택을 처리하지 못했습니다. 다시 골라 주세요."))
        return _conflict_response(request, draft, headline=mine_headline, body=mine_body)
    data = form.cleaned_data
    mine_headline, mine_body, _notices = prepare_text(
        headline=data["mine_headline"], body=data["mine_body"]
    )
    if data["version"] != draft.version:
        # Yet another save landed while the banner was open: show the newest text to compare.
        return _conflict_response(request, draft, headline=mine_headline, body=mine_body)
    chosen = _chosen_text(data, draft=draft, mine=(mine_headline, mine_body))
    error = check_size(headline=chosen[0], body=chosen[1])
    if error:
        messages.error(request, error)
        return _conflict_response(request, draft, headline=mine_headline, body=mine_body)
    with transaction.atomic():
        if chosen != (mine_headline, mine_body):
            draft.snapshot(DraftRevision.Reason.CONFLICT, headline=mine_headline, body=mine_body)
        if chosen != (draft.headline, draft.body):
            draft.replace_text(
                headline=chosen[0], body=chosen[1], reason=DraftRevision.Reason.CONFLICT
            )
    messages.success(
        request, _("선택한 글로 정리했습니다. 고르지 않은 글은 기록에 남겨 두었습니다.")
    )
    if request.htmx:
        return HttpResponseClientRedirect(draft.get_absolute_url())
    return redirect(draft)


def _chosen_text(data: dict, *, draft: Draft, mine: tuple[str, str]) -> tuple[str, str]:
    """(headline, body) the candidate chose in the conflict banner."""
    if data["choice"] == ResolveForm.Choice.THEIRS:
        return draft.headline, draft.body
    if data["choice"] == ResolveForm.Choice.MERGE:
        headline, body, _notices = prepare_text(
            headline=data["merged_headline"], body=data["merged_body"]
        )
        return headline, body
    return mine


def _clean_up(request: HttpRequest, pk: int, *, make_cp949_safe: bool) -> HttpResponse:
    draft = owned_draft(request, pk)
    form = DraftTextForm(request.POST)
    if not form.is_valid():
        message = _("글을 정리하지 못했습니다. 페이지를 새로 고쳐 주세요.")
        if request.htmx:
            messages.error(request, message)
            return redirect(draft)
        return _save_refused(request, pk, message, status=400)
    data = form.cleaned_data
    headline, body, _notices = prepare_text(headline=data["headline"], body=data["body"])
    replaced: dict[str, int] = {}
    if make_cp949_safe:
        headline, headline_replaced = replace_unsafe(headline)
        body, body_replaced = replace_unsafe(body)
        for char, count in [*headline_replaced.items(), *body_replaced.items()]:
            replaced[char] = replaced.get(char, 0) + count
    result = save_cleaned_text(
        draft=draft, headline=headline, body=body, expected_version=data["version"]
    )
    if result.outcome == "too_long":
        return _save_refused(request, pk, result.error, status=422, result=result)
    if result.outcome == "stale":
        return _conflict_response(request, draft, headline=headline, body=body)
    if make_cp949_safe:
        notice = _("CP949 양식이 받지 못할 문자 %(count)s개를 바꿨습니다.") % {
            "count": sum(replaced.values())
        }
    else:
        notice = _("편집기의 글을 저장된 형태로 정리했습니다.")
    if not request.htmx:
        messages.success(request, notice)
        return redirect(draft)
    context = {**_editor_context(draft), "cleanup_notice": notice, "oob": True}
    response = TemplateResponse(request, EDIT_TEMPLATE + "#cleanup-response", context)
    return trigger_client_event(response, "draft-saved", {"version": draft.version})


@require_POST
@login_required
@cleans_typed_text
def draft_normalize(request: HttpRequest, pk: int) -> HttpResponse:
    """Puts the normalised text (as stored) into the editor: an explicit click, so the textarea
    may be replaced."""
    return _clean_up(request, pk, make_cp949_safe=False)


@require_POST
@login_required
@cleans_typed_text
def draft_replace_unsafe(request: HttpRequest, pk: int) -> HttpResponse:
    """Replaces characters a CP949 form may reject with safe look-alikes, in page and database."""
    return _clean_up(request, pk, make_cp949_safe=True)


@require_POST
@login_required
def draft_status(request: HttpRequest, pk: int) -> HttpResponse:
    draft = owned_draft(request, pk)
    form = DraftStatusForm(request.POST, over_by=draft.over_limit_by())
    if form.is_valid():
        draft.set_status(form.cleaned_data["status"])
    if not request.htmx:
        if form.is_valid():
            messages.success(
                request,
                _("상태를 '%(status)s'(으)로 바꿨습니다.") % {"status": draft.get_status_display()},
            )
        else:
            messages.error(request, " ".join(form.non_field_errors()))
        return redirect(draft)
    context = {
        "draft": draft,
        "status_form": form
        if not form.is_valid()
        else DraftStatusForm(initial={"status": draft.status}),
        "status_saved": form.is_valid(),
    }
    return TemplateResponse(request, EDIT_TEMPLATE + "#draft-status", context)


@require_POST
@login_required
def draft_tags(request: HttpRequest, pk: int) -> HttpResponse:
    """Toggles one competency chip."""
    draft = owned_draft(request, pk)
    form = DraftTagForm(request.POST)
    if form.is_valid():
        competency = get_object_or_404(Competency, pk=form.cleaned_data["competency"])
        if draft.competencies.filter(pk=competency.pk).exists():
            draft.competencies.remove(competency)
        else:
            draft.competencies.add(competency)
    if not request.htmx:
        return redirect(reverse("practice:draft_edit", kwargs={"pk": pk}) + "#competency-chips")
    return TemplateResponse(
        request,
        EDIT_TEMPLATE + "#competency-chips",
        {"draft": draft, "chip_lists": _chip_lists(draft)},
    )
