"""URL patterns for drafts and their coaching; prep/practice/urls.py joins them with the
interview patterns under the one "practice" namespace."""

from django.urls import path

from prep.practice.drafts.views import downloads, drafts, editor, feedback, history, spelling

urlpatterns = [
    path("drafts/", drafts.draft_list, name="draft_list"),
    path("drafts/start/<int:prompt_pk>/", drafts.draft_start, name="draft_start"),
    path("drafts/new/", drafts.draft_new, name="draft_new"),
    path("drafts/<int:pk>/", editor.draft_edit, name="draft_edit"),
    path("drafts/<int:pk>/save/", editor.draft_save, name="draft_save"),
    path("drafts/<int:pk>/status/", editor.draft_status, name="draft_status"),
    path("drafts/<int:pk>/tags/", editor.draft_tags, name="draft_tags"),
    path("drafts/<int:pk>/resolve/", editor.draft_resolve, name="draft_resolve"),
    path("drafts/<int:pk>/normalize/", editor.draft_normalize, name="draft_normalize"),
    path(
        "drafts/<int:pk>/replace-unsafe/", editor.draft_replace_unsafe, name="draft_replace_unsafe"
    ),
    path("drafts/<int:pk>/history/", history.draft_history, name="draft_history"),
    path("drafts/<int:pk>/diff/", history.draft_diff, name="draft_diff"),
    path("drafts/<int:pk>/restore/<int:revision_pk>/", history.draft_restore, name="draft_restore"),
    path("drafts/<int:pk>/export/", downloads.draft_export, name="draft_export"),
    path("drafts/<int:pk>/delete/", drafts.draft_delete, name="draft_delete"),
    path("drafts/company/<str:slug>/", drafts.draft_company, name="draft_company"),
    path(
        "drafts/company/<str:slug>/export/",
        downloads.company_drafts_export,
        name="company_drafts_export",
    ),
    path("drafts/<int:pk>/feedback/", feedback.draft_feedback, name="draft_feedback"),
    path(
        "drafts/<int:pk>/feedback/dismiss/",
        feedback.draft_feedback_dismiss,
        name="draft_feedback_dismiss",
    ),
    path(
        "drafts/<int:pk>/spelling/apply/",
        spelling.draft_spelling_apply,
        name="draft_spelling_apply",
    ),
]
