from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The front door: what 프렙 does for a visitor, the candidate's own overview once signed in."""
    return TemplateResponse(request, "home.html", {})
