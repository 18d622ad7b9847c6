"""적용 / 모두 적용 for the 맞춤법 section of the coaching panel (무시 is draft_feedback_dismiss).

From the editor (HTMX) the button sends the editor's own text, so words typed since the last
autosave are kept; the corrected text is saved through the clean-up path (version-checked, the
previous text kept as a revision) and put back in the editor. Without JavaScript the form on the
feedback page sends the version it showed, and the stored text is corrected.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_htmx.http import HttpResponseClientRedirect, trigger_client_event

from prep.practice.drafts.autosave import prepare_text
from prep.practice.drafts.forms import DraftTextForm
from prep.practice.drafts.spelling import apply_correction
from prep.practice.drafts.views.editor import EDIT_TEMPLATE, _conflict_response, _editor_context


@require_POST
@login_required
def draft_spelling_apply(request: HttpRequest, pk: int) -> HttpResponse:
    draft = get_object_or_404(request.user.drafts.with_catalog(), pk=pk)
    from_editor = "body" in request.POST
    posted = _text_to_correct(request, draft, from_editor=from_editor)
    if posted is None:
        messages.error(request, _("맞춤법 교정을 적용하지 못했습니다. 페이지를 새로 고쳐 주세요."))
        return redirect(draft)
    headline, body, version = posted
    key = request.POST.get("key", "")[:64]
    applied = apply_correction(
        draft=draft, headline=headline, body=body, key=key, expected_version=version
    )
    if applied.outcome == "nothing":
        return _nothing_to_apply(request, draft, from_editor=from_editor)
    if applied.outcome == "stale":
        return _stale(request, draft, headline=headline, body=body, from_editor=from_editor)
    if applied.outcome == "too_long":
        messages.error(request, applied.error)
        return redirect(draft)
    return _applied(request, draft, count=applied.count, from_editor=from_editor)


def _text_to_correct(request, draft, *, from_editor: bool) -> tuple[str, str, int] | None:
    """(headline, body, version) the button corrects: the editor's own text, as autosave would
    store it, or the stored text at the version the feedback page showed. None when the
    editor's form is invalid."""
    if not from_editor:
        return draft.headline, draft.body, _int(request.POST.get("saved_version"))
    form = DraftTextForm(request.POST)
    if not form.is_valid():
        return None
    headline, body, _notices = prepare_text(
        headline=form.cleaned_data["headline"], body=form.cleaned_data["body"]
    )
    return headline, body, form.cleaned_data["version"]


def _nothing_to_apply(request, draft, *, from_editor: bool) -> HttpResponse:
    """The finding is already fixed or the text changed: the editor just stays as it is."""
    if from_editor and request.htmx:
        response = HttpResponse(status=204)
        return trigger_client_event(response, "draft-saved", {"version": draft.version})
    messages.info(request, _("이미 고쳐졌거나 글이 바뀌어 적용할 교정이 없습니다."))
    return _to_feedback(request, draft)


def _applied(request, draft, *, count: int, from_editor: bool) -> HttpResponse:
    notice = _("맞춤법 교정 %(count)s개를 적용했습니다.") % {"count": count}
    if from_editor and request.htmx:
        context = {**_editor_context(draft), "cleanup_notice": notice, "oob": True}
        response = TemplateResponse(request, EDIT_TEMPLATE + "#cleanup-response", context)
        return trigger_client_event(response, "draft-saved", {"version": draft.version})
    messages.success(request, notice)
    if from_editor:
        return redirect(draft)
    return _to_feedback(request, draft)


def _to_feedback(request, draft) -> HttpResponse:
    url = reverse("practice:draft_feedback", kwargs={"pk": draft.pk})
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def _stale(request, draft, *, headline: str, body: str, from_editor: bool) -> HttpResponse:
    """Another tab saved first: nothing is written; the editor's text goes to the banner."""
    if not from_editor:
        messages.error(request, _("그사이 글이 바뀌었습니다. 바뀐 글에서 다시 확인하세요."))
        return _to_feedback(request, draft)
    return _conflict_response(request, draft, headline=headline, body=body)


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return -1
