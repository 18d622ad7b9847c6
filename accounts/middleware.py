from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils import timezone
from django.utils.translation import gettext as _

# Touching the session on every request would add a write to each autosave; a minute's
# precision is plenty for a two-hour idle timeout.
TOUCH_INTERVAL_SECONDS = 60


class SessionLifetimeMiddleware:
    """Ends a logged-in session after SESSION_IDLE_TIMEOUT without requests, and in any case
    SESSION_ABSOLUTE_LIFETIME after login."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = timezone.now().timestamp()
            session = request.session
            started = session.setdefault("started_at", now)
            last_seen = session.get("last_seen", now)
            idle = settings.SESSION_IDLE_TIMEOUT.total_seconds()
            lifetime = settings.SESSION_ABSOLUTE_LIFETIME.total_seconds()
            if now - last_seen > idle or now - started > lifetime:
                logout(request)
                messages.info(request, _("오랫동안 사용하지 않아 안전을 위해 로그아웃했습니다."))
            elif now - last_seen >= TOUCH_INTERVAL_SECONDS or "last_seen" not in session:
                session["last_seen"] = now
        return self.get_response(request)
