"""오늘의 복습 (spaced-repetition cards of past answers) and the candidate's interview dates.

Everything is fetched through `request.user`, so another candidate's card is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from prep.applications.schedule import interview_dates, set_interview_date, upcoming_interviews
from prep.catalog.models import Company
from prep.practice.interviews import recordings, reviews
from prep.practice.interviews.forms import (
    InterviewDateForm,
    ReviewRateForm,
)
from prep.practice.interviews.models import (
    Rating,
)
from prep.redirects import next_url_or


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
    template_name = "practice/interviews/review_today.html"
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
    template_name = "practice/interviews/review_today.html"
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
        company_id = (
            Company.objects.visible_to(request.user)
            .filter(slug=slug)
            .values_list("pk", flat=True)
            .first()
        )
        initial = {"company": slug, "interview_date": known.get(company_id)}
    form = InterviewDateForm(request.POST or None, initial=initial, user=request.user)
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
        "practice/interviews/review_interview_date.html",
        {"form": form, "targets": targets, "next": request.GET.get("next", "")},
    )
