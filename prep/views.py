from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from accounts import data
from prep.candidate_pages import candidate_page, postings_version
from prep.catalog.page_cache import anonymous_page
from prep.dashboard import dashboard, page_changes_at
from prep.practice.export import account_files


@require_safe
@anonymous_page
@candidate_page(extra=postings_version, until=page_changes_at)
def home(request: HttpRequest) -> HttpResponse:
    """The front door: what 프렙 does for a visitor, the candidate's own overview once signed in."""
    if not request.user.is_authenticated:
        return TemplateResponse(request, "home.html", {})
    return TemplateResponse(request, "home.html", {"dashboard": dashboard(request)})


@require_POST
@login_required
def data_export(request: HttpRequest) -> HttpResponse:
    """Everything the candidate owns as one zip: accounts finds the rows, practice adds the
    drafts as documents. It lives here, above both, so accounts imports no product app."""
    archive = data.export_zip(request.user, draft_files=account_files)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response = HttpResponse(archive, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="prep-my-data-{stamp}.zip"'
    return response
