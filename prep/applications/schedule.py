"""What is due when: a candidate's deadlines and step dates, for the dashboard, the calendar, the
.ics feed and the review scheduler (`prep.practice.interviews.reviews` brings cards forward
before the nearest interview step)."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils.translation import gettext as _

from prep.applications.models import (
    UNSUBMITTED,
    Application,
    ApplicationStep,
    Stage,
)
from prep.catalog.models import TargetCompany
from prep.catalog.models.postings import SEOUL, d_day_label

# A missed deadline stays on the dashboard this long, so it is not silently dropped.
MISSED_SHOWN_FOR = timedelta(days=7)
# Dates that record what the candidate did rather than something to prepare for.
RECORDED_ONLY = frozenset(UNSUBMITTED | {Stage.SUBMITTED})
# Setting an interview day moves an application at one of these stages on to 면접.
BEFORE_INTERVIEW = frozenset(
    {Stage.INTERESTED, Stage.WRITING, Stage.SUBMITTED, Stage.DOCUMENT_PASSED, Stage.WRITTEN}
)


@dataclass(frozen=True)
class Event:
    """One dated thing on a candidate's agenda."""

    day: date
    label: str
    application: Application
    uid: str
    at: datetime | None = None  # a deadline's moment; steps are all-day
    stage: str = ""  # the step's stage; empty for a deadline
    is_deadline: bool = False
    missed: bool = False

    @property
    def title(self) -> str:
        return f"{self.application.company.name} {self.label}"

    def d_day(self, today: date) -> str:
        return d_day_label(self.day, today)


@dataclass(frozen=True)
class Interview:
    """An interview day for a company (the shape the review pages show)."""

    company: object
    interview_date: date


def _deadline_events(user, now: datetime) -> list[Event]:
    applications = user.applications.filter(posting__isnull=False).select_related(
        "company", "posting"
    )
    events = []
    for application in applications:
        closes = application.posting.closes_at.astimezone(SEOUL)
        events.append(
            Event(
                day=closes.date(),
                at=closes,
                label=_("서류 마감"),
                application=application,
                uid=f"deadline-{application.pk}@prep",
                is_deadline=True,
                missed=application.missed_deadline(now),
            )
        )
    return events


def _step_events(user) -> list[Event]:
    steps = ApplicationStep.objects.of_user(user).select_related(
        "application__company", "application__posting"
    )
    return [
        Event(
            day=step.date,
            label=step.get_stage_display(),
            application=step.application,
            stage=step.stage,
            uid=f"step-{step.pk}@prep",
        )
        for step in steps
    ]


def agenda(*, user, now: datetime) -> list[Event]:
    """Every deadline of the candidate's postings and every dated step, soonest first."""
    events = _deadline_events(user, now) + _step_events(user)
    return sorted(events, key=lambda event: (event.day, event.at is None, event.uid))


def due_next(*, user, now: datetime, limit: int = 5) -> list[Event]:
    """What the dashboard shows: deadlines still to meet and step dates from today, soonest
    first, and deadlines missed in the last week (marked as such)."""
    today = now.astimezone(SEOUL).date()
    shown = []
    for event in agenda(user=user, now=now):
        if event.is_deadline:
            if event.application.stage not in UNSUBMITTED:
                continue
            if event.missed and event.day < today - MISSED_SHOWN_FOR:
                continue
        elif event.day < today or event.stage in RECORDED_ONLY:
            continue
        shown.append(event)
    missed = [event for event in shown if event.missed]
    upcoming = [event for event in shown if not event.missed]
    return (missed + upcoming)[:limit]


def month_events(*, user, now: datetime, first: date, last: date) -> dict[date, list[Event]]:
    by_day: dict[date, list[Event]] = {}
    for event in agenda(user=user, now=now):
        if first <= event.day <= last:
            by_day.setdefault(event.day, []).append(event)
    return by_day


# --- interview days (used by review scheduling) -------------------------------------------


def interview_dates(user, today: date) -> dict[int, date]:
    """Each company's nearest interview step: the soonest from today on, else the latest past."""
    nearest: dict[int, date] = {}
    rows = (
        ApplicationStep.objects.of_user(user)
        .interviews()
        .values_list("application__company_id", "date")
    )
    for company_id, day in rows:
        known = nearest.get(company_id)
        if known is None or _nearer(day, known, today):
            nearest[company_id] = day
    return nearest


def _nearer(day: date, known: date, today: date) -> bool:
    if (day >= today) != (known >= today):
        return day >= today
    return day < known if day >= today else day > known


def upcoming_interviews(user, today: date) -> list[Interview]:
    steps = (
        ApplicationStep.objects.of_user(user)
        .interviews()
        .filter(date__gte=today)
        .select_related("application__company")
        .order_by("date", "pk")
    )
    return [Interview(step.application.company, step.date) for step in steps]


def application_for_company(*, user, company) -> Application:
    """The candidate's most recent application to `company`, or a new one without a posting."""
    application = user.applications.filter(company=company).order_by("-updated_at").first()
    if application is None:
        application, _created = Application.objects.get_or_create(
            user=user, company=company, posting=None
        )
    return application


@transaction.atomic
def set_interview_date(*, user, company, day: date | None) -> None:
    """Sets or clears the 면접 step of the candidate's application to `company`."""
    if day is None:
        ApplicationStep.objects.of_user(user).interviews().filter(
            application__company=company
        ).delete()
        return
    application = application_for_company(user=user, company=company)
    TargetCompany.objects.get_or_create(user=user, company=company)
    application.steps.update_or_create(stage=Stage.INTERVIEW, defaults={"date": day})
    if application.stage in BEFORE_INTERVIEW:
        application.stage = Stage.INTERVIEW
        application.save(update_fields=["stage", "updated_at"])
