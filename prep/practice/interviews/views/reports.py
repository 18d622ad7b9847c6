"""A mock interview's report and study-partner links.

Everything is fetched through `request.user`, so another candidate's session or share is a 404.
The one exception is `partner_view`: whoever holds an active share token (and is logged in)
sees that single session's questions and answers and may leave their own rating and comment.
"""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from prep.catalog.models import Competency
from prep.practice.drafts.spelling import reports_for_answers
from prep.practice.interviews.forms import (
    PartnerFeedbackForm,
)
from prep.practice.interviews.models import (
    PartnerFeedback,
    SessionQuestion,
    SessionShare,
)
from prep.practice.interviews.views.sessions import _get_session


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
    return TemplateResponse(request, "practice/interviews/session_report.html", context)


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
    return _partner_page(request, _active_share(token))


def _partner_page(
    request: HttpRequest, share: SessionShare, *, bound: PartnerFeedbackForm | None = None
) -> TemplateResponse:
    """The partner's page; `bound` is a refused form, shown with its errors and its text."""
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
        if bound is not None and bound.prefix == f"q{question.pk}":
            question.feedback_form = bound
            continue
        question.feedback_form = PartnerFeedbackForm(
            instance=mine, prefix=f"q{question.pk}", auto_id=f"id_q{question.pk}_%s"
        )
    context = {"share": share, "session": session, "questions": questions, "is_owner": is_owner}
    return TemplateResponse(request, "practice/interviews/partner_view.html", context)


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
    form = PartnerFeedbackForm(
        request.POST, instance=mine, prefix=f"q{question.pk}", auto_id=f"id_q{question.pk}_%s"
    )
    if not form.is_valid():
        # Shown again with the errors beside it: a redirect lost the comment the partner wrote.
        return _partner_page(request, share, bound=form)
    feedback = form.save(commit=False)
    feedback.session_question = question
    feedback.partner = request.user
    feedback.save()
    messages.success(request, _("의견을 남겼습니다."))
    return redirect(reverse("practice:partner_view", kwargs={"token": token}) + f"#q{question.pk}")
