from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.template.response import TemplateResponse


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
