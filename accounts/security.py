"""Login lockout glue for django-axes: the identifier that counts, and the lockout page."""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone


def axes_username(request: HttpRequest, credentials: dict | None) -> str:
    """The e-mail that was tried: allauth posts it as `login`, authenticate() gets `email`."""
    credentials = credentials or {}
    value = (
        credentials.get("email")
        or credentials.get("username")
        or request.POST.get("login")
        or request.POST.get("email")
        or ""
    )
    return value.strip().lower()


def lockout_response(request: HttpRequest, original_response, credentials: dict) -> HttpResponse:
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    retry_at = timezone.localtime(timezone.now() + cool_off) if cool_off else None
    response = TemplateResponse(
        request,
        "accounts/lockout.html",
        {"retry_at": retry_at, "minutes": int(cool_off.total_seconds() // 60) if cool_off else 0},
        status=429,
    )
    return response.render()
