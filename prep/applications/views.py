"""Candidate pages: 공고 (public), 지원 현황, the calendar and its .ics feed.

A candidate's applications are always fetched through `request.user`, so another candidate's
is a 404. The feed is the one page reached without a session: its secret token is the key.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from prep.applications import feed, month, postings, schedule
from prep.applications.forms import NotesForm, PostingFilterForm, StageForm
from prep.applications.models import CalendarFeed, Stage
from prep.catalog.models.postings import Posting, RecruitKind, seoul_today
from prep.practice.interviews import reviews

# --------------------------------------------------------------------------------------------
# 공고


@require_safe
def posting_list(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    form = PostingFilterForm(request.GET or None, options=postings.filter_options())
    filters = form.filters()
    page = postings.posting_page(
        user=request.user, filters=filters, page_number=request.GET.get("page"), now=now
    )
    template_name = "applications/posting_list.html"
    if request.htmx:
        template_name += "#posting-results"
    context = {
        "form": form,
        "filters": filters,
        "recruit_kinds": RecruitKind.choices,
        "page_obj": page,
        "postings": page.object_list,
        "today": seoul_today(now),
    }
    response = TemplateResponse(request, template_name, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


@require_safe
def posting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    posting = get_object_or_404(
        Posting.objects.published().select_related("company", "season"), pk=pk
    )
    links = posting.posting_prompts.select_related("prompt").filter(prompt__published=True)
    application = None
    if request.user.is_authenticated:
        application = request.user.applications.filter(posting=posting).first()
    steps = list(posting.steps.all())
    context = {
        "posting": posting,
        "steps": steps,
        "procedure": posting.procedure_beyond(steps),
        "prompts": [link.prompt for link in links],
        "application": application,
        "today": seoul_today(),
    }
    return TemplateResponse(request, "applications/posting_detail.html", context)


def _published_posting(pk: int) -> Posting:
    return get_object_or_404(Posting.objects.published().select_related("company"), pk=pk)


@require_POST
@login_required
def posting_follow(request: HttpRequest, pk: int) -> HttpResponse:
    application = postings.follow(user=request.user, posting=_published_posting(pk))
    messages.success(request, _("관심 공고로 저장했습니다. 지원 현황에서 단계를 관리하세요."))
    return redirect(application)


@require_POST
@login_required
def posting_write(request: HttpRequest, pk: int) -> HttpResponse:
    """이 공고로 자소서 쓰기: one draft per prompt, all belonging to this application."""
    application, made = postings.start_drafts(user=request.user, posting=_published_posting(pk))
    if made:
        messages.success(request, _("문항마다 초안을 %(count)d개 만들었습니다.") % {"count": made})
    else:
        messages.info(request, _("이 공고의 문항마다 이미 초안이 있습니다."))
    return redirect(application)


# --------------------------------------------------------------------------------------------
# 지원 현황


@require_safe
@login_required
def application_list(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    applications = request.user.applications.with_catalog().prefetch_related("steps")
    context = {"applications": applications, "now": now, "today": seoul_today(now)}
    return TemplateResponse(request, "applications/application_list.html", context)


def _detail_context(request, application, **forms) -> dict:
    return {
        "application": application,
        "steps": application.steps.all(),
        "drafts": application.drafts.with_catalog().order_by("pk"),
        "stage_form": forms.get("stage_form") or StageForm(initial={"stage": application.stage}),
        "notes_form": forms.get("notes_form") or NotesForm(instance=application),
        "missed": application.missed_deadline(),
        "today": seoul_today(),
    }


@require_safe
@login_required
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(request.user.applications.with_catalog(), pk=pk)
    return TemplateResponse(
        request, "applications/application_detail.html", _detail_context(request, application)
    )


@require_POST
@login_required
def application_stage(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(request.user.applications.with_catalog(), pk=pk)
    form = StageForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, application, stage_form=form)
        return TemplateResponse(request, "applications/application_detail.html", context)
    stage, day = form.cleaned_data["stage"], form.cleaned_data["date"]
    application.move_to(stage, date=day, note=form.cleaned_data["note"])
    if stage == Stage.INTERVIEW and day:
        reviews.reschedule_for_interviews(user=request.user, now=timezone.now())
    messages.success(
        request, _("단계를 ‘%(stage)s’(으)로 바꿨습니다.") % {"stage": Stage(stage).label}
    )
    return redirect(application)


@require_POST
@login_required
def application_notes(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(request.user.applications.with_catalog(), pk=pk)
    form = NotesForm(request.POST, instance=application)
    if not form.is_valid():
        context = _detail_context(request, application, notes_form=form)
        return TemplateResponse(request, "applications/application_detail.html", context)
    form.save()
    messages.success(request, _("메모를 저장했습니다."))
    return redirect(application)


@require_POST
@login_required
def application_step_delete(request: HttpRequest, pk: int, step_pk: int) -> HttpResponse:
    application = get_object_or_404(request.user.applications, pk=pk)
    step = get_object_or_404(application.steps, pk=step_pk)
    step.delete()
    if step.stage == Stage.INTERVIEW:
        reviews.reschedule_for_interviews(user=request.user, now=timezone.now())
    messages.success(request, _("날짜를 지웠습니다."))
    return redirect(application)


@require_POST
@login_required
def application_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Stops following: the application and its dates go; its drafts stay in 내 자소서."""
    application = get_object_or_404(request.user.applications, pk=pk)
    application.delete()
    reviews.reschedule_for_interviews(user=request.user, now=timezone.now())
    messages.success(request, _("지원 현황에서 뺐습니다. 초안은 내 자소서에 그대로 있습니다."))
    return redirect("applications:application_list")


# --------------------------------------------------------------------------------------------
# Calendar and feed


@require_safe
@login_required
def calendar_month(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    today = seoul_today(now)
    grid = month.month_grid(month.parse_month(request.GET.get("month", ""), today), today)
    events = schedule.month_events(
        user=request.user, now=now, first=grid.first_shown, last=grid.last_shown
    )
    context = {"month": month.fill(grid, events), "today": today}
    return TemplateResponse(request, "applications/calendar_month.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def calendar_feed_settings(request: HttpRequest) -> HttpResponse:
    """Shows the secret feed address; POST makes a new one (the old stops) or revokes it."""
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            CalendarFeed.objects.filter(user=request.user).delete()
            messages.success(
                request, _("구독 주소를 없앴습니다. 이전 주소는 더 이상 열리지 않습니다.")
            )
        else:
            had_one = CalendarFeed.objects.filter(user=request.user).exists()
            CalendarFeed.regenerate(request.user)
            if had_one:
                messages.success(request, _("새 구독 주소를 만들었습니다. 이전 주소는 닫혔습니다."))
            else:
                messages.success(request, _("구독 주소를 만들었습니다."))
        return redirect("applications:calendar_feed_settings")
    feed_row = CalendarFeed.objects.filter(user=request.user).first()
    feed_url = request.build_absolute_uri(feed_row.get_absolute_url()) if feed_row else ""
    return TemplateResponse(
        request, "applications/calendar_feed_settings.html", {"feed_url": feed_url}
    )


@require_safe
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    feed_row = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
    now = timezone.now()
    events = schedule.agenda(user=feed_row.user, now=now)
    body = feed.build_feed(events, stamp=now, site_url=request.build_absolute_uri("/")[:-1])
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="prep.ics"'
    response["Cache-Control"] = "private, no-store"
    return response
