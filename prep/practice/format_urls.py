"""URL patterns for interview formats; joined in prep/practice/urls.py."""

from django.urls import path

from prep.practice.views import formats as views

urlpatterns = [
    path("interviews/formats/new/", views.session_format_new, name="session_format_new"),
    path("interviews/<int:pk>/prepare/", views.session_prepare, name="session_prepare"),
]
