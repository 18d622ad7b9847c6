"""Template helpers for the catalogue: the home-page targets list and chart geometry.

Charts are plain SVG drawn on the server; these helpers turn numbers into the percentages
used for `x`/`width` attributes (inline style="" is forbidden by the CSP).
"""

from datetime import date
from decimal import Decimal

from django import template
from django.db.models import Q
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.translation import gettext as _

from prep.catalog.company_page import figure_value
from prep.catalog.models import Company

register = template.Library()

# Segment colours cycle through this many CSS classes (.tone-0 … .tone-5 in catalog.css).
TONES = 6


def svg_percent(value: float | Decimal) -> str:
    """A percentage for an SVG length attribute, always with a dot (never localised)."""
    return f"{float(value):.2f}".rstrip("0").rstrip(".") + "%"


@register.filter
def percent_of(value, maximum) -> str:
    """`value` as a share of `maximum`, clamped to 0–100%, for an SVG width attribute:
    `{{ 73|percent_of:100 }}` → "73%"."""
    try:
        value, maximum = float(value), float(maximum)
    except (TypeError, ValueError):
        return "0%"
    if maximum <= 0:
        return "0%"
    return svg_percent(min(max(value / maximum * 100, 0), 100))


@register.simple_tag
def share_bar(segments) -> list[dict]:
    """Business segments as slices of one stacked bar: x offset, width and colour class each.

    Shares are drawn against 100%, or against their sum when a report's rounding overshoots it.
    """
    segments = list(segments)
    total = max(sum(float(s.share) for s in segments), 100.0)
    slices, x = [], 0.0
    for index, segment in enumerate(segments):
        width = float(segment.share) / total * 100
        slices.append(
            {
                "segment": segment,
                "x": svg_percent(x),
                "width": svg_percent(width),
                "tone": index % TONES,
            }
        )
        x += width
    return slices


@register.simple_tag
def bar_max(pairs) -> Decimal:
    """The largest count among (label, count) pairs: the full width of a bar chart."""
    return max((count for _label, count in pairs), default=Decimal(0))


@register.inclusion_tag("catalog/_home_targets.html")
def home_targets(user) -> dict:
    """The candidate's target companies, newest first (their dates are on 지원 현황), and
    their own companies (내 지원처)."""
    targets, own = [], []
    if user.is_authenticated:
        targets = (
            user.targets.filter(Q(company__published=True) | Q(company__owner=user))
            .select_related("company")
            .order_by("-created_at")
        )
        own = Company.objects.owned_by(user).only("name", "slug").order_by("name")
    return {"targets": targets, "own_companies": own}


@register.filter
def figure(value, unit: str) -> str:
    """An ALIO figure with its unit as candidates read it: 1,204명, 6,543만원."""
    if value is None or value == "":
        return ""
    return figure_value(Decimal(str(value)), unit)


@register.filter
def plain_number(value) -> str:
    """A stored decimal as people write it: 10.50 → "10.5", 73.0 → "73", 40.90 → "40.9"."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return str(value)
    return f"{number.normalize():f}"


def d_day(day: date, today: date) -> str:
    """The countdown Korean candidates use: D-3, D-day, D+2."""
    days = (day - today).days
    if days == 0:
        return "D-day"
    return f"D-{days}" if days > 0 else f"D+{-days}"


@register.filter
def interview_day(day: date | None):
    """An interview date written one way on every page: 2026.12.11 (금) · D-9."""
    if not day:
        return ""
    return format_html(
        '<time datetime="{}">{}</time> <span class="badge d-day">{}</span>',
        day.isoformat(),
        format_date(day, _("Y.m.d (D)")),
        d_day(day, timezone.localdate()),
    )
