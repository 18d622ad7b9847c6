"""The signed-in home page's cards, rendered once per change of what they show.

The cards (what is due next, reviews, recent drafts, targets) cost eight queries and their
templates on every visit; they are kept as one fragment under the candidate's version
(prep.candidate_pages), the postings' version (deadlines), and until the first moment their
content changes by itself: a review card falling due, a deadline passing, midnight in Seoul
(D-day labels, "due today", the week a missed deadline stays shown).
"""

from datetime import datetime, time, timedelta

from django.db.models import Min
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString

from prep.candidate_pages import candidate_fragment, postings_version
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
    user = request.user
    return candidate_fragment(
        request,
        "home-dashboard",
        TEMPLATE,
        lambda: render_to_string(TEMPLATE, {"user": user}),
        until=lambda: changes_at(user=user, now=timezone.now()),
        extra=postings_version(),
    )
