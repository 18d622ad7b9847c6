"""The signed-in home page's cards, and when they would read differently by themselves.

The cards (what is due next, reviews, recent drafts, targets) cost eight queries and their
templates. The home page is kept whole (prep.views.home, `candidate_page`) under the
candidate's version and the postings' version (deadlines), until the first moment its content
changes by itself: a review card falling due, a deadline passing, midnight in Seoul (D-day
labels, "due today", the week a missed deadline stays shown).
"""

from datetime import datetime, time, timedelta

from django.db.models import Min
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString

from prep.catalog.models.postings import SEOUL

TEMPLATE = "_home_dashboard.html"


def changes_at(*, user, now: datetime) -> datetime:
    """The first moment after `now` at which the cards would read differently unchanged."""
    midnight = datetime.combine(now.astimezone(SEOUL).date() + timedelta(days=1), time(0), SEOUL)
    moments = [
        midnight,
        user.review_cards.filter(due__gt=now).aggregate(next=Min("due"))["next"],
        user.applications.filter(posting__closes_at__gte=now).aggregate(
            next=Min("posting__closes_at")
        )["next"],
    ]
    return min(moment for moment in moments if moment is not None)


def page_changes_at(request: HttpRequest) -> datetime:
    """When the signed-in home page, kept whole (prep.views.home), would read differently."""
    return changes_at(user=request.user, now=timezone.now())


def dashboard(request: HttpRequest) -> SafeString:
    # Not kept as a fragment of its own: the page around it is kept whole, under the same
    # stamps and until the same moment.
    return render_to_string(TEMPLATE, {"user": request.user})
