"""Interview formats: set-up, and the preparation stage before a format's spoken answer."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import trigger_client_event

from prep.practice.interviews import formats
from prep.practice.interviews.format_forms import FormatSetupForm
from prep.practice.interviews.models import InterviewFormat, SessionStatus
from prep.practice.interviews.views.sessions import _question_from_post, _run_response


@require_http_methods(["GET", "POST"])
@login_required
def session_format_new(request: HttpRequest) -> HttpResponse:
    initial = {}
    if request.GET.get("format") in InterviewFormat.values:
        initial["interview_format"] = request.GET["format"]
    if request.GET.get("company"):
        initial["company"] = request.GET["company"]
    form = FormatSetupForm(request.POST or None, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            session = formats.start_format_session(user=request.user, **form.cleaned_data)
        except formats.NoTopics:
            form.add_error(
                None,
                _(
                    "고른 기업과 공통 질문에 이 형식의 주제가 아직 없습니다. "
                    "공통 질문으로 시작하거나 다른 형식을 골라 보세요."
                ),
            )
        else:
            return redirect(session)
    context = {"form": form, "rules": formats.RULES}
    return TemplateResponse(request, "practice/interviews/session_format_new.html", context)


@require_POST
@login_required
def session_prepare(request: HttpRequest, pk: int) -> HttpResponse:
    """Keeps the notes (action=save, as the candidate types) or ends preparation (otherwise)."""
    session = get_object_or_404(request.user.mock_sessions.select_related("company"), pk=pk)
    question = _question_from_post(session, request.POST)
    preparation = formats.preparation_of(question) if question else None
    notes = request.POST.get("notes", "")
    if preparation is None or session.status != SessionStatus.IN_PROGRESS:
        return _run_response(request, session) if request.htmx else redirect(session)
    if request.POST.get("action") == "save":
        saved = preparation.save_notes(notes)
        if request.htmx:
            context = {"preparation": preparation, "saved": saved, "now": timezone.now()}
            if preparation.is_self_intro:
                context["script"] = formats.script_status(notes)
            response = TemplateResponse(
                request, "practice/interviews/_prepare_stage.html#prepare-status", context
            )
            # interview.js counts an autosave of the answer box as saved only on this event.
            return trigger_client_event(response, "answer-saved")
        return redirect(session)
    preparation.finish(notes, now=timezone.now())
    return _run_response(request, session) if request.htmx else redirect(session)
