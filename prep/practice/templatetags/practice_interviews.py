"""Template tags for mock interviews and review, for pages outside the practice app."""

from django import template
from django.utils import timezone

from prep.practice.interviews import reviews

register = template.Library()


@register.inclusion_tag("practice/interviews/_home_reviews.html")
def home_reviews(user) -> dict:
    """Due-today and learned counts, the next interview and links; nothing for a visitor."""
    if not getattr(user, "is_authenticated", False):
        return {"counts": None}
    return {"counts": reviews.review_counts(user=user, now=timezone.now())}
