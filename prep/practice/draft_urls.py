"""URL patterns for drafts; prep/practice/urls.py joins them with the interview patterns."""

from django.urls import path

from prep.practice.views import drafts as views

urlpatterns = [
    path("drafts/", views.draft_list, name="draft_list"),
    path("drafts/start/<int:prompt_pk>/", views.draft_start, name="draft_start"),
    path("drafts/new/", views.draft_new, name="draft_new"),
    path("drafts/<int:pk>/", views.draft_edit, name="draft_edit"),
    path("drafts/<int:pk>/save/", views.draft_save, name="draft_save"),
    path("drafts/<int:pk>/status/", views.draft_status, name="draft_status"),
    path("drafts/<int:pk>/tags/", views.draft_tags, name="draft_tags"),
    path("drafts/<int:pk>/resolve/", views.draft_resolve, name="draft_resolve"),
    path("drafts/<int:pk>/normalize/", views.draft_normalize, name="draft_normalize"),
    path(
        "drafts/<int:pk>/replace-unsafe/", views.draft_replace_unsafe, name="draft_replace_unsafe"
    ),
    path("drafts/<int:pk>/history/", views.draft_history, name="draft_history"),
    path("drafts/<int:pk>/diff/", views.draft_diff, name="draft_diff"),
    path("drafts/<int:pk>/restore/<int:revision_pk>/", views.draft_restore, name="draft_restore"),
    path("drafts/<int:pk>/export/", views.draft_export, name="draft_export"),
    path("drafts/<int:pk>/delete/", views.draft_delete, name="draft_delete"),
    path("drafts/company/<str:slug>/", views.draft_company, name="draft_company"),
    path(
        "drafts/company/<str:slug>/export/",
        views.company_drafts_export,
        name="company_drafts_export",
    ),
]
