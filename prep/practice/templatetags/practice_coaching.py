"""Coaching findings and labels in the page's language (prep/practice/drafts/coach_messages.py)."""

from django import template

from prep.practice.drafts.coach_messages import FIT_KIND_LABELS, coach_text

register = template.Library()


@register.filter
def coach(finding, part: str) -> str:
    """`{{ finding|coach:"message" }}`: its message, why or fix, translated."""
    return coach_text(finding)[part]


@register.filter
def fit_kind(kind: str) -> str:
    return str(FIT_KIND_LABELS.get(kind, kind))
