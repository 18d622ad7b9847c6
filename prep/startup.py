"""Checks that stop the server before it serves a single request."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def refuse_public_secret_key() -> None:
    """With DEBUG off, the fallback SECRET_KEY (public in this repository) would let anyone
    forge sessions, password-reset links and signed values: refuse to start instead."""
    if not settings.DEBUG and settings.SECRET_KEY_IS_FALLBACK:
        raise ImproperlyConfigured(
            "DJANGO_DEBUG is off but DJANGO_SECRET_KEY is not set: refusing to start with the "
            "public development key. Set DJANGO_SECRET_KEY to a long random value (e.g. "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`), or DJANGO_DEBUG=1 "
            "for local development. / DJANGO_SECRET_KEY가 없어 서버를 시작하지 않습니다."
        )
