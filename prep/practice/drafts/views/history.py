"""A draft's history: its revisions, the difference between two versions, restoring one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from prep.practice.drafts.diff import diff_spans, summarize
from prep.practice.drafts.models import Draft
from prep.practice.drafts.views.editor import owned_draft


@require_safe
@login_required
def draft_history(request: HttpRequest, pk: int) -> HttpResponse:
    draft = owned_draft(request, pk)
    revisions = list(draft.revisions.numbered())
    rows = [{"revision": revision, "counts": revision.counts()} for revision in revisions]
    return TemplateResponse(
        request,
        "practice/drafts/draft_history.html",
        {"draft": draft, "rows": rows, "current_counts": draft.counts()},
    )


def _version_text(draft: Draft, key: str) -> tuple[str, str]:
    """The text and label for `current` or a revision id of this draft (404 otherwise)."""
    if key == "current":
        return draft.full_text, _("현재 글")
    if not key.isdigit():
        raise Http404
    revision = get_object_or_404(draft.revisions, pk=int(key))
    label = _("기록 %(number)s · %(when)s · %(reason)s") % {
        "number": revision.record_number(),
        "when": timezone.localtime(revision.created_at).strftime("%Y-%m-%d %H:%M"),
        "reason": revision.get_reason_display(),
    }
    return revision.full_text, label


@require_safe
@login_required
def draft_diff(request: HttpRequest, pk: int) -> HttpResponse:
    draft = owned_draft(request, pk)
    latest = draft.revisions.first()
    a = request.GET.get("a") or (str(latest.pk) if latest else "current")
    b = request.GET.get("b") or "current"
    old_text, old_label = _version_text(draft, a)
    new_text, new_label = _version_text(draft, b)
    spans = diff_spans(old_text, new_text)
    return TemplateResponse(
        request,
        "practice/drafts/draft_diff.html",
        {
            "draft": draft,
            "spans": spans,
            "summary": summarize(spans),
            "old_label": old_label,
            "new_label": new_label,
            "a": a,
            "b": b,
            "revisions": draft.revisions.all(),
        },
    )


@require_POST
@login_required
def draft_restore(request: HttpRequest, pk: int, revision_pk: int) -> HttpResponse:
    draft = owned_draft(request, pk)
    revision = get_object_or_404(draft.revisions, pk=revision_pk)
    number = revision.record_number()
    draft.restore(revision)
    messages.success(
        request,
        _("기록 %(number)s의 글로 되돌렸습니다. 되돌리기 전 글은 기록에 남아 있습니다.")
        % {"number": number},
    )
    return redirect(draft)
