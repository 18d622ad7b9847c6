"""Mock interviews and what follows them: sessions and their questions, partners' feedback
through a shared link, review cards, formats with their preparation, recorded answers."""

from prep.practice.interviews.models.formats import InterviewFormat, Preparation
from prep.practice.interviews.models.recordings import Recording
from prep.practice.interviews.models.review_cards import ReviewCard, ReviewLog
from prep.practice.interviews.models.sessions import (
    MockSession,
    Rating,
    SessionMode,
    SessionQuestion,
    SessionStatus,
)
from prep.practice.interviews.models.shares import PartnerFeedback, SessionShare

__all__ = [
    "InterviewFormat",
    "MockSession",
    "PartnerFeedback",
    "Preparation",
    "Rating",
    "Recording",
    "ReviewCard",
    "ReviewLog",
    "SessionMode",
    "SessionQuestion",
    "SessionShare",
    "SessionStatus",
]
