from django import template

register = template.Library()

HOME_DRAFT_COUNT = 5


@register.inclusion_tag("practice/drafts/_home_drafts.html")
def home_drafts(user) -> dict:
    """The candidate's most recently edited drafts with their fill, for the home page."""
    if not user.is_authenticated:
        return {"rows": []}
    drafts = user.drafts.for_list().order_by("-updated_at")[:HOME_DRAFT_COUNT]
    return {"rows": [{"draft": draft, "status": draft.limit_status()} for draft in drafts]}
