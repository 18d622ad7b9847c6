"""URL patterns for mock interviews, recorded answers, formats and review; prep/practice/urls.py
joins them with the draft patterns under the one "practice" namespace."""

from django.urls import path

from prep.practice.interviews.views import formats, recordings, reports, reviews, sessions

urlpatterns = [
    path("interviews/", sessions.session_list, name="session_list"),
    path("interviews/new/", sessions.session_new, name="session_new"),
    path("interviews/<int:pk>/", sessions.session_run, name="session_run"),
    path("interviews/<int:pk>/answer/", sessions.session_answer, name="session_answer"),
    path("interviews/<int:pk>/autosave/", sessions.session_autosave, name="session_autosave"),
    path("interviews/<int:pk>/rate/", sessions.session_rate, name="session_rate"),
    path("interviews/<int:pk>/pause/", sessions.session_pause, name="session_pause"),
    path("interviews/<int:pk>/resume/", sessions.session_resume, name="session_resume"),
    path("interviews/<int:pk>/abandon/", sessions.session_abandon, name="session_abandon"),
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
    path("reviews/", reviews.review_today, name="review_today"),
    path("reviews/<int:pk>/", reviews.review_answer, name="review_answer"),
    path("interview-date/", reviews.interview_date, name="interview_date"),
    # Recorded answers
    path(
        "interviews/<int:pk>/answers/<int:question_pk>/recording/",
        recordings.recording_upload,
        name="recording_upload",
    ),
    path(
        "interviews/<int:pk>/answers/<int:question_pk>/recording/audio/",
        recordings.recording_audio,
        name="recording_audio",
    ),
    path(
        "interviews/<int:pk>/answers/<int:question_pk>/recording/delete/",
        recordings.recording_delete,
        name="recording_delete",
    ),
    path(
        "shared/<str:token>/questions/<int:question_pk>/recording/",
        recordings.partner_recording,
        name="partner_recording",
    ),
    # Formats
    path("interviews/formats/new/", formats.session_format_new, name="session_format_new"),
    path("interviews/<int:pk>/prepare/", formats.session_prepare, name="session_prepare"),
]
