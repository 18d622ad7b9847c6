"""Settings for 프렙, read from the environment.

A fresh machine needs nothing set: SQLite under var/, local-memory cache, console e-mail.
Production sets DJANGO_DEBUG=0, DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and DATABASE_URL.
"""

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

# The fallback key only exists so that a fresh clone runs; `check --deploy` rejects it, and
# prep/wsgi.py and prep/asgi.py refuse to serve with it when DEBUG is off.
SECRET_KEY = env_str("DJANGO_SECRET_KEY").strip()
SECRET_KEY_IS_FALLBACK = not SECRET_KEY
if SECRET_KEY_IS_FALLBACK:
    SECRET_KEY = "django-insecure-local-development-key-not-for-production-use"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django_htmx",
    "template_partials",
    "allauth",
    "allauth.account",
    "axes",
    "csp",
    "accounts",
    "prep.catalog",
    # After prep.catalog: the admin imports each app's admin module in this order, and
    # prep.catalog.admin declares tablib's XLSX format before import_export.admin probes the
    # formats, so openpyxl is imported on a curator's first XLSX file, not in every worker.
    "import_export",
    "prep.practice",
    "prep.applications",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "prep.middleware.ChosenLanguageMiddleware",
    "prep.middleware.UnreadableRequestMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.SessionLifetimeMiddleware",
    # Signed in: a request that may write marks the candidate's cached pages as changed.
    "prep.candidate_pages.CandidateWritesMiddleware",
    "prep.middleware.LoginRequiredAnswerMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks, so it sees the outcome of every login attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "prep.urls"
WSGI_APPLICATION = "prep.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            "builtins": ["template_partials.templatetags.partials"],
        },
    }
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"


def database_config() -> dict:
    url = env_str("DATABASE_URL")
    if url:
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    # WAL lets readers run beside the one writer; IMMEDIATE takes the write lock at BEGIN so
    # concurrent autosaves queue on `timeout` instead of failing with "database is locked".
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": env_str("SQLITE_PATH", str(BASE_DIR / "var" / "db.sqlite3")),
        # Reusing a thread's connection skips re-running the pragmas on every request.
        "CONN_MAX_AGE": 600,
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
        # A file (not :memory:) so the pragmas and the live server behave as in production;
        # one per process so parallel test runs never share it.
        "TEST": {"NAME": str(Path(tempfile.gettempdir()) / f"prep-test-{os.getpid()}.sqlite3")},
    }


DATABASES = {"default": database_config()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# "pages" holds the public pages kept whole for visitors (prep/catalog/page_cache.py): one
# entry per URL anyone asks for, so it is kept apart from the sessions and rate-limit counters
# in "default", which a crawler's stream of URLs would otherwise push out.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "prep.cache.SharedRedisCache",
            "LOCATION": REDIS_URL,
        },
        "pages": {
            "BACKEND": "prep.cache.SharedRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "pages",
            "TIMEOUT": 60 * 60,
        },
    }
else:
    # One machine without Redis: files under var/cache are one cache for every gunicorn worker
    # and survive restarts. A per-process memory cache would keep a logged-out session alive in
    # the other workers (sessions are cached_db) and give each worker its own rate limits.
    CACHE_DIR = Path(env_str("DJANGO_CACHE_DIR", str(BASE_DIR / "var" / "cache")))
    CACHES = {
        "default": {
            "BACKEND": "prep.cache.SharedFileCache",
            "LOCATION": str(CACHE_DIR),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        "pages": {
            "BACKEND": "prep.cache.SharedFileCache",
            "LOCATION": str(CACHE_DIR / "pages"),
            "TIMEOUT": 60 * 60,
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }

# Fragments under keys that name one version of their content (prep/fragments.py): each process
# keeps its own copy, since what is under such a key never changes. A bound on entries bounds
# the memory (company sections are the largest, some 50 KB).
CACHES["local"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "prep-fragments",
    "TIMEOUT": 60 * 60,
    "OPTIONS": {"MAX_ENTRIES": 400},
}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's and allauth's backends, keeping the signed-in account in the cache for a minute.
    "accounts.backends.CachedModelBackend",
    "accounts.backends.CachedAllauthBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
# Mandatory verification is what lets allauth's enumeration prevention cover sign-up: an
# address that is already registered gets the same "check your e-mail" page as a new one, and
# its owner an e-mail saying someone tried to sign up with it.
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[프렙] "
ACCOUNT_FORMS = {"login": "accounts.forms.LoginForm"}
# django-axes owns login lockout (5 failures per e-mail+IP, 15 minutes); allauth's own
# failed-login limit would answer first with a different message, so it is switched off.
ACCOUNT_RATE_LIMITS = {"login_failed": None}

AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "accounts.security.axes_username"
AXES_LOCKOUT_CALLABLE = "accounts.security.lockout_response"

# Behind reverse proxies (the TLS proxy production assumes) every request arrives from the last
# proxy; the client is the Nth address from the right of X-Forwarded-For, N the number of
# proxies. 0 means clients connect directly and X-Forwarded-For, which anyone can send, is
# ignored. Lockout (django-axes) and allauth's login throttle both key on this address.
TRUSTED_PROXY_COUNT = int(env_str("DJANGO_TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
AXES_CLIENT_IP_CALLABLE = "accounts.security.client_ip"

# Sessions end after 2 idle hours and, whatever the activity, 14 days after login
# (accounts.middleware.SessionLifetimeMiddleware). cached_db keeps session reads off the
# database on hot paths such as autosave.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_IDLE_TIMEOUT = timedelta(hours=2)
SESSION_ABSOLUTE_LIFETIME = timedelta(days=14)
SESSION_COOKIE_AGE = int(SESSION_ABSOLUTE_LIFETIME.total_seconds())

# Per-user limits on the write-heavy endpoints: (requests, seconds).
RATE_LIMITS = {
    "autosave": (120, 60),
    "feedback": (30, 60),
    # Each upload is decoded and analysed in the request (about 0.15 s of CPU per minute).
    "recording": (20, 60),
}

EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(env_str("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = True
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "프렙 <noreply@prep.local>")

LANGUAGE_CODE = "ko"
# Each language is named in itself, so a reader of either can find their own.
LANGUAGES = [("ko", "한국어"), ("en", "English")]
# locale/third_party: Korean for the strings django-import-export leaves untranslated.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "third_party"]
TIME_ZONE = "Asia/Seoul"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Recorded interview answers: never under a public URL, only served by a view that checks the
# owner. Local files under var/ by default; an S3-compatible bucket (django-storages, boto3 reads
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY itself) so several app servers can share them.
RECORDINGS_S3_BUCKET = env_str("RECORDINGS_S3_BUCKET")
if RECORDINGS_S3_BUCKET:
    STORAGES["recordings"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": RECORDINGS_S3_BUCKET,
            "endpoint_url": env_str("RECORDINGS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("RECORDINGS_S3_REGION") or None,
            "location": env_str("RECORDINGS_S3_PREFIX", "recordings"),
            "default_acl": "private",
            "file_overwrite": False,
        },
    }
else:
    STORAGES["recordings"] = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": env_str("RECORDINGS_DIR", str(BASE_DIR / "var" / "recordings")),
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    }

# A 20,000-character draft is at most ~80 KB as form data; 1 MB comfortably covers a whole
# form plus headers, and anything larger is refused before it reaches a view.
DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_500_000

# No inline scripts or styles anywhere: htmx is configured for it (allowEval false, indicator
# styles shipped in our CSS). The admin's own templates use inline styles, so it is excluded.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
    },
}

CSRF_FAILURE_VIEW = "prep.errors.csrf_failure"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(env_str("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
}
