"""Interview formats: 1분 자기소개, PT, 토론 and 상황면접 as sessions with a preparation stage.

Each format is an ordinary mock session whose questions each have a Preparation: the topic card
and a note area (for 1분 자기소개 the script builder), then the timed spoken answer. Topics come
from the bank's questions of that type, the company's own first, as in the question mix.
"""

import random
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from prep.catalog.models import InterviewQuestion, QuestionType
from prep.coach.counting import count_text
from prep.coach.style import speaking_seconds
from prep.practice.interviews.models import (
    InterviewFormat,
    MockSession,
    Preparation,
    SessionQuestion,
)

# 1분 자기소개: about 350–400 characters said in about 60 seconds (docs: DOMAIN §8).
SELF_INTRO_CHARACTERS = (350, 400)
SELF_INTRO_SECONDS = 60


@dataclass(frozen=True)
class FormatRule:
    question_type: str | None  # the bank's type for topics; None: the format brings its own
    question_count: int
    prep_minutes: tuple[int, ...]  # choices; () for the untimed builder
    default_prep_minutes: int
    answer_seconds: int
    answer_label: str


RULES = {
    InterviewFormat.SELF_INTRO: FormatRule(
        None, 1, (), 0, SELF_INTRO_SECONDS, gettext_lazy("말하기")
    ),
    # Institutions give 10–30 minutes to prepare and 5–10 to present.
    InterviewFormat.PRESENTATION: FormatRule(
        QuestionType.PRESENTATION, 1, (10, 15, 20, 30), 20, 5 * 60, gettext_lazy("발표")
    ),
    InterviewFormat.DISCUSSION: FormatRule(
        QuestionType.DISCUSSION, 1, (3, 5, 10), 5, 2 * 60, gettext_lazy("기조 발언")
    ),
    InterviewFormat.SITUATION: FormatRule(
        QuestionType.SITUATION, 3, (1, 2, 3), 1, 90, gettext_lazy("답변")
    ),
}


class NoTopics(Exception):
    """The bank has no published question of the format's type for this company or in general."""


def topics(interview_format: str, *, company, count: int, seed: int) -> list[InterviewQuestion]:
    rule = RULES[interview_format]
    bank = InterviewQuestion.objects.published().filter(question_type=rule.question_type)
    rng = random.Random(seed)
    own = list(bank.filter(company=company)) if company else []
    general = list(bank.filter(company__isnull=True))
    rng.shuffle(own)
    rng.shuffle(general)
    return (own + general)[:count]


@transaction.atomic
def start_format_session(
    *, user, interview_format: str, company=None, prep_minutes: int | None = None, mode: str
) -> MockSession:
    """A new session of one format, its topics and their preparations; raises NoTopics."""
    rule = RULES[interview_format]
    session = MockSession.objects.create(
        user=user,
        company=company,
        question_count=rule.question_count,
        seconds_per_answer=rule.answer_seconds,
        question_types=[rule.question_type] if rule.question_type else [],
        include_follow_ups=False,
        mode=mode,
    )
    if rule.question_type is None:
        rows = [(None, _("1분 동안 자기소개를 해 주세요."))]
    else:
        count = rule.question_count
        found = topics(interview_format, company=company, count=count, seed=session.pk)
        if not found:
            raise NoTopics
        rows = [(question, question.text) for question in found]
    minutes = prep_minutes if prep_minutes in rule.prep_minutes else rule.default_prep_minutes
    for order, (question, text) in enumerate(rows, start=1):
        asked = SessionQuestion.objects.create(
            session=session, order=order, question=question, text=text
        )
        Preparation.objects.create(
            session_question=asked, interview_format=interview_format, seconds_allowed=minutes * 60
        )
    return session


def preparation_of(session_question: SessionQuestion) -> Preparation | None:
    try:
        return session_question.preparation
    except Preparation.DoesNotExist:
        return None


def is_preparing(session_question: SessionQuestion) -> bool:
    preparation = preparation_of(session_question)
    return preparation is not None and preparation.finished_at is None


def script_status(text: str) -> dict:
    """Length and speaking time of a 1분 자기소개 script, against the 350–400 character guide."""
    characters = count_text(text).characters
    low, high = SELF_INTRO_CHARACTERS
    return {
        "characters": characters,
        "seconds": round(speaking_seconds(text)),
        "low": low,
        "high": high,
        "in_range": low <= characters <= high,
    }


def prepare_context(session_question: SessionQuestion, *, now: datetime) -> dict:
    """What the run page shows while preparing; showing it the first time starts its clock."""
    preparation = session_question.preparation
    preparation.show(now=now)
    remaining = preparation.remaining_seconds(now=now)
    return {
        "stage": "prepare",
        "preparation": preparation,
        "rule": RULES[preparation.interview_format],
        "remaining": remaining,
        "remaining_display": f"{remaining // 60}:{remaining % 60:02d}",
        "script": script_status(preparation.notes) if preparation.is_self_intro else None,
    }
