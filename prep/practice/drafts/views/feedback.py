"""The coaching panel beside the editor: findings after each autosave, dismissals per draft."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from prep import ratelimit
from prep.coach.findings import CHECKS
from prep.practice.drafts.coaching import feedback_for_draft, highlighted_segments
from prep.practice.drafts.models import DismissedFinding, Draft
from prep.practice.drafts.spelling import report_for_draft
from prep.practice.drafts.views.editor import owned_draft

TEMPLATE = "practice/drafts/draft_feedback.html"

CHECK_LABELS = {
    "blind": gettext_lazy("블라인드 채용"),
    "company": gettext_lazy("다른 기업명"),
    "copying": gettext_lazy("표절 위험"),
    "evidence": gettext_lazy("근거와 수치"),
    "structure": gettext_lazy("구조 (상황·노력·행동·결과)"),
    "fit": gettext_lazy("기업 적합도"),
    "style": gettext_lazy("문체"),
}
PART_LABELS = {
    "situation": gettext_lazy("상황"),
    "task": gettext_lazy("과제·노력"),
    "action": gettext_lazy("행동"),
    "result": gettext_lazy("결과·효과"),
    "contribution": gettext_lazy("기여·배운 점"),
}


def _panel_response(request: HttpRequest, draft: Draft, *, status: int = 200) -> HttpResponse:
    if not ratelimit.allow(scope="feedback", user_id=request.user.pk):
        context = {"draft": draft, "rate_limited": True}
        template = TEMPLATE + "#feedback-panel" if request.htmx else TEMPLATE
        return TemplateResponse(request, template, context, status=429 if not request.htmx else 200)
    feedback = feedback_for_draft(draft)
    numbered = {finding.key: n for n, finding in enumerate(feedback.findings, start=1)}
    groups = [
        {
            "check": check,
            "label": CHECK_LABELS[check],
            "items": [(numbered[f.key], f) for f in feedback.by_check[check]],
        }
        for check in CHECKS
    ]
    over_by = draft.over_limit_by()
    context = {
        "draft": draft,
        "feedback": feedback,
        "over_by": over_by,
        "findings_total": feedback.total + (1 if over_by else 0),
        "groups": groups,
        "segments": [
            (segment, _("좋음") if segment.positive else CHECK_LABELS.get(segment.check, ""))
            for segment in highlighted_segments(draft.full_text, feedback)
        ],
        "structure_parts": [
            {"label": label, "percent": round(feedback.structure.shares.get(part, 0) * 100)}
            for part, label in PART_LABELS.items()
        ],
    }
    context["spelling"] = report_for_draft(draft)
    # Inside the editor, 적용 sends the editor's own text; on the feedback page, the stored one.
    context["spelling_in_editor"] = bool(request.htmx) and (
        request.htmx.current_url_abs_path == draft.get_absolute_url()
    )
    template = TEMPLATE + "#feedback-panel" if request.htmx else TEMPLATE
    return TemplateResponse(request, template, context, status=status)


@require_safe
@login_required
def draft_feedback(request: HttpRequest, pk: int) -> HttpResponse:
    return _panel_response(request, owned_draft(request, pk))


@require_POST
@login_required
def draft_feedback_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    """Marks a finding as intended (의도한 표현) for this draft, or brings it back."""
    draft = owned_draft(request, pk)
    key = request.POST.get("key", "")[:64]
    if key:
        if request.POST.get("undo"):
            draft.dismissed_findings.filter(key=key).delete()
        else:
            DismissedFinding.objects.get_or_create(draft=draft, key=key)
    if request.htmx:
        return _panel_response(request, draft)
    return redirect("practice:draft_feedback", pk=draft.pk)
