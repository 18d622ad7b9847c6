"""Login lockout glue for django-axes: the identifier and address that count, the lockout page."""

import ipaddress

from django.conf import settings
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


def client_ip(request: HttpRequest) -> str | None:
    """The visitor's address behind settings.TRUSTED_PROXY_COUNT proxies.

    The same rule as allauth's ALLAUTH_TRUSTED_PROXY_COUNT, so lockout and the login throttle
    agree: each proxy appends the address it received from, so the client is the Nth entry from
    the right; entries further left were written by the client and are not trusted.
    """
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",")]
    candidate = forwarded[-count] if count > 0 and len(forwarded) >= count else ""
    for address in (candidate, request.META.get("REMOTE_ADDR", "")):
        try:
            return str(ipaddress.ip_address(address))
        except ValueError:
            continue
    return None
