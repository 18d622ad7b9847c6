import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import BadRequest, RequestDataTooBig, ValidationError
from django.http import QueryDict
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import resolve_url
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.datastructures import MultiValueDict

from prep import errors

logger = logging.getLogger(__name__)

# What Django raises when it cannot read a body: a charset other than UTF-8 in a form post
# (BadRequest), an unknown charset (LookupError), undecodable multipart parts, broken multipart.
_UNREADABLE_BODY = (BadRequest, UnicodeDecodeError, LookupError, MultiPartParserError)


def cleans_typed_text(view):
    """Marks a view whose forms remove control characters from typed text themselves
    (prep.coach.counting.stored_text, with a notice), so NUL in its form fields is not refused.

    A candidate pastes text from anywhere; one invisible NUL must never cost them the answer.
    """
    view.cleans_typed_text = True
    return view


def _has_nul(values) -> bool:
    return any("\x00" in value for value in values)


class UnreadableRequestMiddleware:
    """Answers 400 with our page to requests no view can use, before any view or database sees
    them: NUL in the path, the query string, a cookie or a form field (PostgreSQL refuses NUL in
    text, so it would otherwise surface as a 500 wherever a value reaches a query), bodies in a
    charset we cannot read, and bodies over DATA_UPLOAD_MAX_MEMORY_SIZE (413). It runs before
    CSRF, which would otherwise be the first to read the body and fail with a bare page.

    Form fields of views marked with @cleans_typed_text may carry NUL: their forms remove it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            _has_nul([request.path_info])
            or _has_nul(request.GET.keys())
            or _has_nul(value for _key, values in request.GET.lists() for value in values)
            or _has_nul(request.COOKIES.keys())
            or _has_nul(request.COOKIES.values())
        ):
            return errors.bad_request(request)
        if request.method == "POST":
            try:
                request.POST  # noqa: B018 - parsing is what checks the size and encoding
            except RequestDataTooBig:
                # The draft editor never sends this much (its own cap is 20,000 characters):
                # this is the safety net for forms posted without JavaScript.
                return errors.request_too_large(request)
            except _UNREADABLE_BODY:
                # Later readers (CSRF, the error page) must not trip over the same body again.
                request._post, request._files = QueryDict(), MultiValueDict()
                return errors.bad_request(request)
            else:
                if _has_nul(request.POST.keys()) or _has_nul(
                    upload.name or "" for upload in request.FILES.values()
                ):
                    return errors.bad_request(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or getattr(view_func, "cleans_typed_text", False):
            return None
        try:
            values = [value for _key, values in request.POST.lists() for value in values]
        except RequestDataTooBig:
            return None
        if _has_nul(values):
            return errors.refused_characters(request)
        return None

    def process_exception(self, request, exception):
        """The admin trusts its query string: an add form prefilled with ?company=x, or an
        export filtered by a key that is not a number, raises while rendering. Those are bad
        addresses, not server faults: 400, and a warning in the log in case one is not."""
        match = request.resolver_match
        if match is None or match.namespace != "admin" or request.method != "GET":
            return None
        if isinstance(exception, IncorrectLookupParameters | ValidationError | ValueError):
            logger.warning("Bad admin parameters: %s", request.get_full_path(), exc_info=True)
            return errors.bad_request(request)
        return None


class ChosenLanguageMiddleware:
    """Korean unless the visitor chose English with the language switch.

    Django's LocaleMiddleware would follow the browser's Accept-Language, and many Korean
    candidates browse with English-language browsers; our content (companies, questions,
    coaching) is Korean either way, so only an explicit choice (the language cookie) counts.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = {code for code, _ in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ["Cookie"])
        return response


class LoginRequiredAnswerMiddleware:
    """Turns the login redirect of @login_required into 401 + X-Prep-Error: login-required when
    the request is an HTMX or fetch request, or a form post carrying typed text.

    A script that follows the redirect gets the login page with 200 and takes it for success
    (the autosave clients did, and cleared their unsaved flag); a plain post would lose the
    text, so the 401 page shows it back. Links and buttons still redirect to the login page,
    which is what a person following them expects.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code not in (301, 302, 303, 307, 308):
            return response
        if request.user.is_authenticated or not _is_login_redirect(response):
            return response
        from_script = request.headers.get("HX-Request") == "true" or request.headers.get(
            "Sec-Fetch-Mode", "navigate"
        ) not in ("navigate", "nested-navigate")
        kept = [] if from_script else errors.typed_text(request)
        if not from_script and not kept:
            return response  # a link or a button: the login page is the right place
        page = request.headers.get("HX-Current-URL") or request.headers.get("Referer", "")
        return errors.login_required(request, next_url=urlsplit(page).path, kept_text=kept)


def _is_login_redirect(response) -> bool:
    login_path = urlsplit(resolve_url(settings.LOGIN_URL)).path
    return urlsplit(response.get("Location", "")).path == login_path
