"""Each candidate's own work. Every row here belongs to one user and is reached through them."""

from prep.practice.models.drafts import DismissedFinding, Draft, DraftRevision, DraftStatus
from prep.practice.models.formats import InterviewFormat, Preparation
from prep.practice.models.interviews import (
    MockSession,
    PartnerFeedback,
    Rating,
    ReviewCard,
    ReviewLog,
    SessionMode,
    SessionQuestion,
    SessionShare,
    SessionStatus,
)
from prep.practice.models.recordings import Recording

__all__ = [
    "Draft",
    "DraftRevision",
    "DraftStatus",
    "DismissedFinding",
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
