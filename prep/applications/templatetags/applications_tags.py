"""D-day badges and the home dashboard's "what is due next" card."""

from datetime import date

from django import template
from django.utils import timezone
from django.utils.html import format_html

from prep.applications.postings import URGENT_DAYS
from prep.applications.schedule import due_next
from prep.catalog.models.postings import d_day_label, seoul_today

register = template.Library()


@register.simple_tag
def d_day_badge(day: date, today: date):
    days = (day - today).days
    tone = "dday-closed" if days < 0 else "dday-urgent" if days <= URGENT_DAYS else "dday"
    return format_html('<span class="badge {}">{}</span>', tone, d_day_label(day, today))


@register.inclusion_tag("applications/_home_due_next.html")
def home_due_next(user) -> dict:
    if not user.is_authenticated:
        return {"events": None}
    now = timezone.now()
    return {"events": due_next(user=user, now=now), "today": seoul_today(now)}
