"""Each candidate's own work. Every row here belongs to one user and is reached through them.

The models live with their product (prep/practice/drafts/models.py and
prep/practice/interviews/models/); this module only re-exports them, because Django looks for an
app's models in `<app>.models` and `prep.practice` stays one app (label "practice", one set of
migrations). Code inside drafts imports prep.practice.drafts.models, never this module, since it
also loads interviews."""

from prep.practice.drafts.models import DismissedFinding, Draft, DraftRevision, DraftStatus
from prep.practice.interviews.models import (
    InterviewFormat,
    MockSession,
    PartnerFeedback,
    Preparation,
    Rating,
    Recording,
    ReviewCard,
    ReviewLog,
    SessionMode,
    SessionQuestion,
    SessionShare,
    SessionStatus,
)

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
