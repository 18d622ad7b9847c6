"""Where to send someone after a form: the `next` it posted, only when that stays on this site."""

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme


def next_url_or(request: HttpRequest, fallback: str) -> str:
    """The posted `next` when it is a URL of this site (never another host or scheme, so the
    form cannot be used to send someone elsewhere), else `fallback`."""
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return fallback
