"""Mock interviews: the history, setting one up and running it (answer, autosave, rate,
pause, resume, abandon). The report and sharing are in `reports.py`, 오늘의 복습 and
interview dates in `reviews.py`.

Everything is fetched through `request.user`, so another candidate's session is a 404.
"""

from collections import OrderedDict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_htmx.http import HttpResponseClientRedirect, trigger_client_event

from prep import ratelimit
from prep.catalog.models import Company
from prep.middleware import cleans_typed_text
from prep.practice.interviews import formats, reviews
from prep.practice.interviews.forms import (
    AnswerForm,
    RateForm,
    SessionSetupForm,
)
from prep.practice.interviews.models import (
    MockSession,
    SessionQuestion,
    SessionStatus,
)
from prep.practice.interviews.models.sessions import NoQuestionsAvailable

# --------------------------------------------------------------------------------------------
# History and set-up

CHART_WIDTH, CHART_HEIGHT, CHART_PAD = 240, 80, 8


def _rating_chart(sessions: list[MockSession]) -> dict:
    """SVG coordinates for average self-rating (1–4) per session, oldest on the left."""
    rated = [s for s in sessions if s.average_rating is not None]
    rated.sort(key=lambda s: s.created_at)
    step = (CHART_WIDTH - 2 * CHART_PAD) / max(len(rated) - 1, 1)
    points = []
    for index, session in enumerate(rated):
        x = CHART_PAD + index * step
        y = (
            CHART_HEIGHT
            - CHART_PAD
            - (session.average_rating - 1) / 3 * (CHART_HEIGHT - 2 * CHART_PAD)
        )
        points.append({"x": round(x, 1), "y": round(y, 1), "session": session})
    return {
        "points": points,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
    }


@require_safe
@login_required
def session_list(request: HttpRequest) -> HttpResponse:
    sessions = list(
        request.user.mock_sessions.with_average_rating()
        .select_related("company")
        .order_by("-created_at")
    )
    groups: OrderedDict = OrderedDict()
    for session in sessions:
        groups.setdefault(session.company, []).append(session)
    history = [
        {"company": company, "sessions": items, "chart": _rating_chart(items)}
        for company, items in groups.items()
    ]
    return TemplateResponse(request, "practice/interviews/session_list.html", {"history": history})


@require_http_methods(["GET", "POST"])
@login_required
def session_new(request: HttpRequest) -> HttpResponse:
    initial = {}
    slug = request.GET.get("company", "")
    if slug and Company.objects.visible_to(request.user).filter(slug=slug).exists():
        initial["company"] = slug
    form = SessionSetupForm(request.POST or None, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                session = form.save(commit=False)
                session.user = request.user
                session.save()
                session.build_questions()
        except NoQuestionsAvailable:
            form.add_error(
                None,
                _(
                    "고른 기업과 유형에 맞는 질문이 아직 없습니다. "
                    "유형을 더 고르거나 공통 질문으로 시작해 보세요."
                ),
            )
        else:
            return redirect(session)
    return TemplateResponse(request, "practice/interviews/session_new.html", {"form": form})


# --------------------------------------------------------------------------------------------
# Running a session


def _get_session(request: HttpRequest, pk: int) -> MockSession:
    return get_object_or_404(request.user.mock_sessions.select_related("company"), pk=pk)


def _run_context(session: MockSession, *, now, answer_form=None, rate_form=None) -> dict:
    """What the run page shows now; showing a question for the first time starts its clock."""
    current = session.current_question() if session.is_open else None
    total = session.questions.count()
    context = {"session": session, "current": current, "total": total, "now": now}
    if current is None:
        context["stage"] = "done"
    elif session.status == SessionStatus.PAUSED:
        context["stage"] = "paused"
    elif formats.is_preparing(current):
        current.session = session
        context.update(formats.prepare_context(current, now=now))
    elif current.answered_at is None:
        current.session = session
        current.show(now=now)
        remaining = current.remaining_seconds(now=now)
        context.update(
            stage="answer",
            remaining=remaining,
            remaining_display=f"{remaining // 60}:{remaining % 60:02d}",
            limit=current.limit_seconds,
            show_hint=not session.is_real_mode and bool(current.hint),
            answer_form=answer_form
            or AnswerForm(initial={"question": current.pk, "answer": current.answer}),
        )
    else:
        current.session = session
        context.update(
            stage="rate",
            rate_form=rate_form or RateForm(initial={"question": current.pk}),
        )
    return context


def _run_response(
    request: HttpRequest, session: MockSession, *, confirm_stop: bool = False, **forms
) -> HttpResponse:
    """The run page, or just its #session-stage for HTMX; a finished session goes to the report."""
    if session.status in {SessionStatus.FINISHED, SessionStatus.ABANDONED}:
        url = reverse("practice:session_report", kwargs={"pk": session.pk})
        return HttpResponseClientRedirect(url) if request.htmx else redirect(url)
    context = _run_context(session, now=timezone.now(), **forms)
    context["confirm_stop"] = confirm_stop and session.status == SessionStatus.PAUSED
    template_name = "practice/interviews/session_run.html"
    if request.htmx:
        template_name += "#session-stage"
    return TemplateResponse(request, template_name, context)


def _after_post(request: HttpRequest, session: MockSession) -> HttpResponse:
    if request.htmx:
        return _run_response(request, session)
    return redirect(session)


@require_safe
@login_required
def session_run(request: HttpRequest, pk: int) -> HttpResponse:
    session = _get_session(request, pk)
    return _run_response(request, session, confirm_stop=request.GET.get("stop") == "1")


def _question_from_post(session: MockSession, data) -> SessionQuestion | None:
    """The question a form was about, if it is still the session's current one.

    A stale tab posting for an earlier or later question changes nothing.
    """
    try:
        question_pk = int(data.get("question", ""))
    except ValueError:
        return None
    current = session.current_question()
    return current if current is not None and current.pk == question_pk else None


def _answered_question(session: MockSession, form: AnswerForm) -> SessionQuestion | None:
    return _question_from_post(session, form.cleaned_data) if form.is_valid() else None


@require_POST
@login_required
@cleans_typed_text
def session_answer(request: HttpRequest, pk: int) -> HttpResponse:
    """Stamps the answer; one after the limit is kept (and reported over time), never dropped."""
    session = _get_session(request, pk)
    form = AnswerForm(request.POST)
    question = _answered_question(session, form)
    if question is not None:
        question.session = session
        text = form.cleaned_data["answer"]
        if session.status == SessionStatus.IN_PROGRESS:
            question.submit_answer(text, now=timezone.now())
        elif session.is_open:
            # Paused: keep the words, but the clock is stopped, so it is not an answer yet.
            question.save_draft_answer(text)
    return _after_post(request, session)


@require_POST
@login_required
@cleans_typed_text
def session_autosave(request: HttpRequest, pk: int) -> HttpResponse:
    """Keeps the typed answer while the question runs, so a reload loses nothing.

    Only a stored answer says "answer-saved" (HX-Trigger): static/js/interview.js treats
    nothing else as saved.
    """
    session = _get_session(request, pk)
    form = AnswerForm(request.POST)
    question = _answered_question(session, form)
    saved = False
    if not ratelimit.allow(scope="autosave", user_id=request.user.pk):
        message = _("너무 자주 저장하고 있어요. 잠시 후 다시 저장됩니다.")
    elif (
        question is not None
        and session.is_open
        and question.save_draft_answer(form.cleaned_data["answer"])
    ):
        saved = True
        message = _("%(time)s 저장됨") % {"time": timezone.localtime().strftime("%H:%M:%S")}
    else:
        message = _("이미 제출한 답변이라 저장하지 않았습니다.")
    if not request.htmx:
        return redirect(session)
    response = TemplateResponse(
        request,
        "practice/interviews/session_run.html#autosave-status",
        {"autosave_message": message, "notices": form.notices if saved else []},
    )
    return trigger_client_event(response, "answer-saved") if saved else response


@require_POST
@login_required
def session_rate(request: HttpRequest, pk: int) -> HttpResponse:
    """The candidate's own rating and note; each rating also schedules a review card."""
    session = _get_session(request, pk)
    form = RateForm(request.POST)
    question = _question_from_post(session, request.POST)
    if question is None or question.answered_at is None or not session.is_open:
        return _after_post(request, session)
    if not form.is_valid():
        if request.htmx:
            return _run_response(request, session, rate_form=form)
        context = _run_context(session, now=timezone.now(), rate_form=form)
        return TemplateResponse(request, "practice/interviews/session_run.html", context)
    now = timezone.now()
    with transaction.atomic():
        question.rating = form.cleaned_data["rating"]
        question.note = form.cleaned_data["note"]
        question.save(update_fields=["rating", "note"])
        question.session = session
        reviews.card_for_rating(
            user=request.user, session_question=question, rating=question.rating, now=now
        )
        session.finish_if_done(now=now)
    return _after_post(request, session)


@require_POST
@login_required
def session_pause(request: HttpRequest, pk: int) -> HttpResponse:
    session = _get_session(request, pk)
    session.pause(now=timezone.now())
    return _after_post(request, session)


@require_POST
@login_required
def session_resume(request: HttpRequest, pk: int) -> HttpResponse:
    session = _get_session(request, pk)
    session.resume(now=timezone.now())
    return _after_post(request, session)


@require_POST
@login_required
def session_abandon(request: HttpRequest, pk: int) -> HttpResponse:
    """Stopping is asked once, with the clock paused meanwhile, since it cannot be undone."""
    session = _get_session(request, pk)
    if request.POST.get("confirm") != "yes":
        session.pause(now=timezone.now())
        if request.htmx:
            return _run_response(request, session, confirm_stop=True)
        return redirect(reverse("practice:session_run", kwargs={"pk": session.pk}) + "?stop=1")
    session.abandon(now=timezone.now())
    messages.info(request, _("면접을 중단했습니다. 답한 내용은 그대로 남아 있습니다."))
    url = reverse("practice:session_report", kwargs={"pk": session.pk})
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)
