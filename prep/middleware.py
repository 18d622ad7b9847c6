from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers


class RequestTooLargeMiddleware:
    """Answers an oversized form post with a clear page (413) instead of Django's bare 400.

    Runs before CSRF, which would otherwise be the first to read the body and fail. The draft
    editor never sends this much (its own cap is 20,000 characters), so this is the safety net
    for forms posted without JavaScript.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST":
            try:
                request.POST  # noqa: B018 - parsing is what checks the size
            except RequestDataTooBig:
                limit_kb = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1000
                response = TemplateResponse(
                    request, "request_too_large.html", {"limit_kb": limit_kb}, status=413
                )
                return response.render()
        return self.get_response(request)


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
