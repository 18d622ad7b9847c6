"""URL patterns for mock interviews and review; joined in prep/practice/urls.py."""

from django.urls import path

from prep.practice.views import interview_reports as reports
from prep.practice.views import interview_reviews as review_views
from prep.practice.views import interviews as views

urlpatterns = [
    path("interviews/", views.session_list, name="session_list"),
    path("interviews/new/", views.session_new, name="session_new"),
    path("interviews/<int:pk>/", views.session_run, name="session_run"),
    path("interviews/<int:pk>/answer/", views.session_answer, name="session_answer"),
    path("interviews/<int:pk>/autosave/", views.session_autosave, name="session_autosave"),
    path("interviews/<int:pk>/rate/", views.session_rate, name="session_rate"),
    path("interviews/<int:pk>/pause/", views.session_pause, name="session_pause"),
    path("interviews/<int:pk>/resume/", views.session_resume, name="session_resume"),
    path("interviews/<int:pk>/abandon/", views.session_abandon, name="session_abandon"),
    path("interviews/<int:pk>/report/", reports.session_report, name="session_report"),
    path("interviews/<int:pk>/share/", reports.session_share, name="session_share"),
    path(
        "interviews/<int:pk>/share/<int:share_pk>/revoke/",
        reports.session_share_revoke,
        name="session_share_revoke",
    ),
    path("shared/<str:token>/", reports.partner_view, name="partner_view"),
    path(
        "shared/<str:token>/questions/<int:question_pk>/",
        reports.partner_feedback,
        name="partner_feedback",
    ),
    path("reviews/", review_views.review_today, name="review_today"),
    path("reviews/<int:pk>/", review_views.review_answer, name="review_answer"),
    path("interview-date/", review_views.interview_date, name="interview_date"),
]
