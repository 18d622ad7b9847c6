"""URL patterns for coaching feedback on drafts; joined in prep/practice/urls.py."""

from django.urls import path

from prep.practice.views import feedback as views
from prep.practice.views import spelling as spelling_views

urlpatterns = [
    path("drafts/<int:pk>/feedback/", views.draft_feedback, name="draft_feedback"),
    path(
        "drafts/<int:pk>/feedback/dismiss/",
        views.draft_feedback_dismiss,
        name="draft_feedback_dismiss",
    ),
    path(
        "drafts/<int:pk>/spelling/apply/",
        spelling_views.draft_spelling_apply,
        name="draft_spelling_apply",
    ),
]
