"""Recorded spoken answers: upload, playback (owner or active partner link) and deletion.

Playback is the only way to reach a recording's bytes: there is no public media URL. Another
candidate's session, question or recording is a 404, and so is a revoked partner link.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from prep import ratelimit
from prep.practice.interviews import recordings
from prep.practice.interviews.models import Recording, SessionQuestion, SessionShare


def _owned_question(request: HttpRequest, pk: int, question_pk: int) -> SessionQuestion:
    session = get_object_or_404(request.user.mock_sessions, pk=pk)
    question = get_object_or_404(session.questions, pk=question_pk)
    question.session = session
    return question


def _back(question: SessionQuestion) -> str:
    session = question.session
    if session.is_open:
        return reverse("practice:session_run", kwargs={"pk": session.pk})
    return reverse("practice:session_report", kwargs={"pk": session.pk}) + f"#q{question.pk}"


@require_POST
@login_required
def recording_upload(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    """Keeps the spoken answer to one question; the typed answer is a separate form and stays."""
    question = _owned_question(request, pk, question_pk)
    error = ""
    try:
        if not ratelimit.allow(scope="recording", user_id=request.user.pk):
            raise recordings.RecordingRefused(
                _("녹음을 너무 자주 올렸습니다. 1분 뒤에 다시 올려 주세요.")
            )
        recordings.save_recording(
            session_question=question,
            upload=request.FILES.get("recording"),
            duration_ms=request.POST.get("duration_ms"),
        )
    except recordings.RecordingRefused as refused:
        error = refused.message
    if request.htmx:
        context = {"question": question, "recording_error": error, "just_saved": not error}
        return TemplateResponse(request, "practice/interviews/_recording_panel.html", context)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, _("녹음을 저장했습니다."))
    return redirect(_back(question))


@require_safe
@login_required
def recording_audio(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    question = _owned_question(request, pk, question_pk)
    recording = get_object_or_404(Recording, session_question=question)
    return recordings.serve(request, recording)


@require_POST
@login_required
def recording_delete(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    question = _owned_question(request, pk, question_pk)
    recording = get_object_or_404(Recording, session_question=question)
    recordings.delete_recording(recording)
    messages.success(request, _("녹음을 지웠습니다. 적어 둔 답변은 그대로 있습니다."))
    return redirect(_back(question))


@require_safe
@login_required
def partner_recording(request: HttpRequest, token: str, question_pk: int) -> HttpResponse:
    """A study partner plays a shared session's recording while the link is active."""
    share = get_object_or_404(SessionShare.objects.active(), token=token)
    recording = get_object_or_404(
        Recording, session_question__session=share.session, session_question__pk=question_pk
    )
    return recordings.serve(request, recording)
