"""Spaced review of interview questions with FSRS, brought forward before interview days.

Every rated session question becomes (or updates) a ReviewCard. FSRS (`fsrs` package) picks the
next review from the rating; the card keeps FSRS's own card in `fsrs_card` and shows itself at
`due`, which is FSRS's due unless an interview comes first:

Bring-forward rule (per card, recomputed on every review and whenever an interview date changes):
- the interview that matters is the card's company's nearest 면접 step of the candidate's
  applications (`prep.applications.schedule.interview_dates`); a general
  question (no company) prepares for every interview, so it uses the nearest upcoming one;
- the target is 09:00 Asia/Seoul on the day before the interview;
- if FSRS already shows the card by the target, nothing changes;
- if the card was reviewed in the final stretch (the 3 days before the interview day), it has
  been seen for this interview, and FSRS's due stands — this is what stops a card from being
  due again immediately after each review on the last days;
- otherwise due = max(target, now): never in the past, so a late-set date makes the card due now;
- an interview day that has begun (or passed) no longer moves anything.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Count
from fsrs import Card, Rating, Scheduler

from prep.applications.schedule import interview_dates, upcoming_interviews
from prep.practice.interviews.models import ReviewCard, ReviewLog, SessionQuestion

SEOUL = ZoneInfo("Asia/Seoul")
# Fuzzing spreads due dates randomly; we want the same answer for the same history (and tests).
SCHEDULER = Scheduler(enable_fuzzing=False)
FINAL_STRETCH = timedelta(days=3)
REVIEW_HOUR = time(9, 0)


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def interview_start(interview_date: date) -> datetime:
    return datetime.combine(interview_date, time(0, 0), tzinfo=SEOUL)


def bring_forward_target(interview_date: date) -> datetime:
    """09:00 in Seoul on the day before the interview."""
    return datetime.combine(interview_date - timedelta(days=1), REVIEW_HOUR, tzinfo=SEOUL)


def effective_due(
    *,
    fsrs_due: datetime,
    interview_date: date | None,
    last_reviewed_at: datetime | None,
    now: datetime,
) -> datetime:
    """When to show a card: FSRS's due, brought forward before an interview (module docstring)."""
    if interview_date is None:
        return fsrs_due
    start = interview_start(interview_date)
    if start <= now:
        return fsrs_due
    target = bring_forward_target(interview_date)
    if fsrs_due <= target:
        return fsrs_due
    if last_reviewed_at is not None and last_reviewed_at >= start - FINAL_STRETCH:
        return fsrs_due
    return max(target, now)


def seoul_today(now: datetime) -> date:
    return now.astimezone(SEOUL).date()


def _interview_dates(user, now: datetime) -> dict[int, date]:
    return interview_dates(user, seoul_today(now))


def _interview_date_for(card: ReviewCard, dates: dict[int, date], now: datetime) -> date | None:
    if card.company_id:
        return dates.get(card.company_id)
    today = now.astimezone(SEOUL).date()
    upcoming = [day for day in dates.values() if day > today]
    return min(upcoming, default=None)


def _fsrs_card(card: ReviewCard, now: datetime) -> Card:
    if card.fsrs_card:
        return Card.from_dict(card.fsrs_card)
    # FSRS's card_id is only a label; ours is the row's pk (its default sleeps 1 ms to be unique).
    return Card(card_id=card.pk or 0, due=_utc(now))


@transaction.atomic
def review_card(*, card: ReviewCard, rating: int, now: datetime) -> ReviewCard:
    """Schedules the card's next review from a 1–4 rating given at `now`, and logs it."""
    scheduled, _log = SCHEDULER.review_card(
        _fsrs_card(card, now), Rating(int(rating)), review_datetime=_utc(now)
    )
    card.fsrs_card = scheduled.to_dict()
    card.last_reviewed_at = now
    card.due = effective_due(
        fsrs_due=scheduled.due,
        interview_date=_interview_date_for(card, _interview_dates(card.user, now), now),
        last_reviewed_at=now,
        now=now,
    )
    card.save()
    ReviewLog.objects.create(card=card, rating=int(rating), reviewed_at=now)
    return card


@transaction.atomic
def card_for_rating(
    *, user, session_question: SessionQuestion, rating: int, now: datetime
) -> ReviewCard:
    """Makes or updates the user's review card for a question they just rated in a session.

    A catalogue question has one card per user; a follow-up (no catalogue question) is matched
    by its text and company.
    """
    session = session_question.session
    company = session.company
    if session_question.question_id:
        cards = user.review_cards.filter(question_id=session_question.question_id)
        company = company or session_question.question.company
    else:
        cards = user.review_cards.filter(
            question__isnull=True, company=company, text=session_question.text
        )
    card = cards.order_by("pk").first()
    if card is None:
        card = ReviewCard.objects.create(
            user=user,
            question_id=session_question.question_id,
            company=company,
            text=session_question.text,
            due=now,
        )
    return review_card(card=card, rating=rating, now=now)


def due_cards(user, now: datetime):
    """The user's cards to review at `now`, earliest first."""
    return user.review_cards.due(now).select_related("company").order_by("due", "pk")


@transaction.atomic
def reschedule_for_interviews(*, user, now: datetime) -> int:
    """Recomputes every card's `due` after an interview date was set, changed or cleared."""
    dates = _interview_dates(user, now)
    changed = []
    for card in user.review_cards.all():
        if not card.fsrs_card:
            continue
        due = effective_due(
            fsrs_due=datetime.fromisoformat(card.fsrs_card["due"]),
            interview_date=_interview_date_for(card, dates, now),
            last_reviewed_at=card.last_reviewed_at,
            now=now,
        )
        if due != card.due:
            card.due = due
            changed.append(card)
    ReviewCard.objects.bulk_update(changed, ["due"])
    return len(changed)


def end_of_day(now: datetime) -> datetime:
    """Midnight at the end of `now`'s day in Seoul: "due today" means due before then."""
    local = now.astimezone(SEOUL)
    return datetime.combine(local.date() + timedelta(days=1), time(0, 0), tzinfo=SEOUL)


def review_counts(*, user, now: datetime) -> dict:
    """Numbers for the home page: due now, due by the end of today, learned, next interview."""
    cards = user.review_cards
    today = now.astimezone(SEOUL).date()
    next_interview = next(iter(upcoming_interviews(user, today)), None)
    # One query for the four numbers: as four, compiling them cost more than running them.
    counts = cards.aggregate(
        due_now=Count("pk", filter=ReviewCard.objects.is_due(now)),
        due_today=Count("pk", filter=ReviewCard.objects.is_due(end_of_day(now))),
        learned=Count("pk", filter=ReviewCard.objects.is_learned()),
        total=Count("pk"),
    )
    return {
        **counts,
        # Cards rated 다시 come back within minutes: not due now, but still today's work.
        "later_today": counts["due_today"] - counts["due_now"],
        "next_interview": next_interview,
    }
