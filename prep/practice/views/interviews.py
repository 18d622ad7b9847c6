"""Mock interviews, study-partner links, 오늘의 복습 and interview dates.

Everything is fetched through `request.user`, so another candidate's session, card or share is a
404. The one exception is `partner_view`: whoever holds an active share token (and is logged in)
sees that single session's questions and answers and may leave their own rating and comment.
"""

import secrets
from collections import OrderedDict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_htmx.http import HttpResponseClientRedirect, trigger_client_event

from prep import ratelimit
from prep.applications.schedule import interview_dates, set_interview_date, upcoming_interviews
from prep.catalog.models import Company, Competency
from prep.middleware import cleans_typed_text
from prep.practice import formats, recordings, reviews
from prep.practice.interview_forms import (
    AnswerForm,
    InterviewDateForm,
    PartnerFeedbackForm,
    RateForm,
    ReviewRateForm,
    SessionSetupForm,
)
from prep.practice.models import (
    MockSession,
    PartnerFeedback,
    Rating,
    SessionQuestion,
    SessionShare,
    SessionStatus,
)
from prep.practice.models.interviews import NoQuestionsAvailable
from prep.practice.spelling import reports_for_answers
from prep.redirects import next_url_or

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
    return TemplateResponse(request, "practice/session_list.html", {"history": history})


@require_http_methods(["GET", "POST"])
@login_required
def session_new(request: HttpRequest) -> HttpResponse:
    initial = {}
    slug = request.GET.get("company", "")
    if slug and Company.objects.published().filter(slug=slug).exists():
        initial["company"] = slug
    form = SessionSetupForm(request.POST or None, initial=initial)
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
    return TemplateResponse(request, "practice/session_new.html", {"form": form})


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
    template_name = "practice/session_run.html"
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
        "practice/session_run.html#autosave-status",
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
        return TemplateResponse(request, "practice/session_run.html", context)
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


# --------------------------------------------------------------------------------------------
# Report and sharing


def _ncs_coverage(questions: list[SessionQuestion]) -> list[dict]:
    """The 10 NCS areas, each marked when one of the session's questions trains it."""
    covered: dict[int, list[str]] = {}
    for question in questions:
        if question.question is None:
            continue
        for competency in question.question.competencies.all():
            area = competency.area
            if area is not None:
                covered.setdefault(area.pk, []).append(competency.name)
    areas = Competency.objects.filter(kind=Competency.Kind.NCS_AREA).order_by("order", "name")
    return [
        {"area": area, "covered": area.pk in covered, "via": sorted(set(covered.get(area.pk, [])))}
        for area in areas
    ]


@require_safe
@login_required
def session_report(request: HttpRequest, pk: int) -> HttpResponse:
    session = _get_session(request, pk)
    questions = list(
        session.questions.select_related("question", "recording", "preparation").prefetch_related(
            "question__competencies__parent",
            "question__competencies__ncs_area",
            Prefetch(
                "partner_feedback",
                queryset=PartnerFeedback.objects.select_related("partner").order_by("created_at"),
            ),
        )
    )
    for question in questions:
        question.session = session
    for question, spelling in zip(
        questions,
        reports_for_answers([q.answer for q in questions], company=session.company),
        strict=True,
    ):
        question.spelling = spelling
    answered = [q for q in questions if q.answered_at]
    share = session.active_share()
    context = {
        "session": session,
        "questions": questions,
        "answered_count": len(answered),
        "over_time_count": sum(1 for q in answered if q.is_over_time),
        # Only what the candidate answered trains an area; a skipped question covers nothing.
        "coverage": _ncs_coverage(answered),
        "unanswered_count": len(questions) - len(answered),
        "share": share,
        "share_url": request.build_absolute_uri(share.get_absolute_url()) if share else "",
    }
    return TemplateResponse(request, "practice/session_report.html", context)


@require_POST
@login_required
def session_share(request: HttpRequest, pk: int) -> HttpResponse:
    """Creates the partner link (one active link per session; 256 random bits)."""
    session = _get_session(request, pk)
    if session.active_share() is None:
        SessionShare.objects.create(session=session, token=secrets.token_urlsafe(32))
    messages.success(request, _("스터디 파트너에게 보낼 링크를 만들었습니다."))
    return redirect(reverse("practice:session_report", kwargs={"pk": session.pk}) + "#share")


@require_POST
@login_required
def session_share_revoke(request: HttpRequest, pk: int, share_pk: int) -> HttpResponse:
    session = _get_session(request, pk)
    share = get_object_or_404(session.shares, pk=share_pk)
    if share.revoked_at is None:
        share.revoked_at = timezone.now()
        share.save(update_fields=["revoked_at"])
    messages.success(request, _("공유 링크를 끊었습니다. 이제 그 링크로는 볼 수 없습니다."))
    return redirect(reverse("practice:session_report", kwargs={"pk": session.pk}) + "#share")


def _active_share(token: str) -> SessionShare:
    return get_object_or_404(
        SessionShare.objects.active().select_related("session__company"), token=token
    )


@require_safe
def partner_view(request: HttpRequest, token: str) -> HttpResponse:
    """What a study partner sees: this session's questions and answers, and their own feedback."""
    if not request.user.is_authenticated:
        # login_required's bare login page left a partner wondering why; say it first.
        messages.info(
            request,
            _(
                "스터디 파트너가 모의 면접 기록을 함께 봐 달라고 보낸 링크입니다. "
                "질문과 답변을 보고 의견을 남기려면 로그인하거나 회원가입하세요."
            ),
        )
        return redirect_to_login(request.get_full_path())
    share = _active_share(token)
    session = share.session
    is_owner = session.user_id == request.user.pk
    questions = list(
        session.questions.select_related("recording").prefetch_related(
            Prefetch(
                "partner_feedback",
                queryset=PartnerFeedback.objects.filter(partner=request.user),
                to_attr="my_feedback",
            )
        )
    )
    for question in questions:
        question.session = session
        mine = question.my_feedback[0] if question.my_feedback else None
        question.feedback_form = PartnerFeedbackForm(
            instance=mine, prefix=f"q{question.pk}", auto_id=f"id_q{question.pk}_%s"
        )
    context = {"share": share, "session": session, "questions": questions, "is_owner": is_owner}
    return TemplateResponse(request, "practice/partner_view.html", context)


@require_POST
@login_required
def partner_feedback(request: HttpRequest, token: str, question_pk: int) -> HttpResponse:
    """A partner's rating and comment on one answer; never the owner's own self-rating."""
    share = _active_share(token)
    session = share.session
    question = get_object_or_404(session.questions, pk=question_pk)
    if session.user_id == request.user.pk:
        raise Http404
    mine = PartnerFeedback.objects.filter(session_question=question, partner=request.user).first()
    form = PartnerFeedbackForm(request.POST, instance=mine, prefix=f"q{question.pk}")
    if form.is_valid():
        feedback = form.save(commit=False)
        feedback.session_question = question
        feedback.partner = request.user
        feedback.save()
        messages.success(request, _("의견을 남겼습니다."))
    else:
        for error in form.non_field_errors() + form.errors.get("rating", []):
            messages.error(request, error)
    return redirect(reverse("practice:partner_view", kwargs={"token": token}) + f"#q{question.pk}")


# --------------------------------------------------------------------------------------------
# 오늘의 복습 and interview dates


def _review_context(request: HttpRequest, *, form=None) -> dict:
    now = timezone.now()
    due = list(reviews.due_cards(request.user, now)[:1])
    return {
        "card": due[0] if due else None,
        "recording": recordings.last_for_card(due[0]) if due else None,
        "counts": reviews.review_counts(user=request.user, now=now),
        "form": form,
        "ratings": Rating.choices,
    }


@require_safe
@login_required
def review_today(request: HttpRequest) -> HttpResponse:
    template_name = "practice/review_today.html"
    if request.htmx:
        template_name += "#review-stage"
    return TemplateResponse(request, template_name, _review_context(request))


@require_POST
@login_required
def review_answer(request: HttpRequest, pk: int) -> HttpResponse:
    card = get_object_or_404(request.user.review_cards, pk=pk)
    form = ReviewRateForm(request.POST)
    if form.is_valid():
        reviews.review_card(card=card, rating=form.cleaned_data["rating"], now=timezone.now())
        if not request.htmx:
            return redirect("practice:review_today")
        form = None
    template_name = "practice/review_today.html"
    if request.htmx:
        template_name += "#review-stage"
    return TemplateResponse(request, template_name, _review_context(request, form=form))


@require_http_methods(["GET", "POST"])
@login_required
def interview_date(request: HttpRequest) -> HttpResponse:
    """Sets or clears the interview day for a company; review cards are rescheduled for it."""
    initial = {}
    slug = request.GET.get("company", "")
    if slug:
        known = interview_dates(request.user, reviews.seoul_today(timezone.now()))
        company_id = Company.objects.filter(slug=slug).values_list("pk", flat=True).first()
        initial = {"company": slug, "interview_date": known.get(company_id)}
    form = InterviewDateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        company = form.cleaned_data["company"]
        day = form.cleaned_data["interview_date"]
        set_interview_date(user=request.user, company=company, day=day)
        reviews.reschedule_for_interviews(user=request.user, now=timezone.now())
        if day:
            messages.success(
                request,
                _(
                    "%(company)s 면접일을 %(date)s로 저장했습니다. "
                    "그 전에 복습 카드를 모두 보게 됩니다."
                )
                % {"company": company.name, "date": day.strftime("%Y-%m-%d")},
            )
        else:
            messages.success(
                request, _("%(company)s 면접일을 지웠습니다.") % {"company": company.name}
            )
        return redirect(next_url_or(request, reverse("practice:interview_date")))
    targets = upcoming_interviews(request.user, reviews.seoul_today(timezone.now()))
    return TemplateResponse(
        request,
        "practice/review_interview_date.html",
        {"form": form, "targets": targets, "next": request.GET.get("next", "")},
    )
