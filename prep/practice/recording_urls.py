"""URL patterns for recorded answers; joined in prep/practice/urls.py."""

from django.urls import path

from prep.practice.views import recordings as views

urlpatterns = [
    path(
        "interviews/<int:pk>/answers/<int:question_pk>/recording/",
        views.recording_upload,
        name="recording_upload",
    ),
    path(
        "interviews/<int:pk>/answers/<int:question_pk>/recording/audio/",
        views.recording_audio,
        name="recording_audio",
    ),
    path(
        "interviews/<int:pk>/answers/<int:question_pk>/recording/delete/",
        views.recording_delete,
        name="recording_delete",
    ),
    path(
        "shared/<str:token>/questions/<int:question_pk>/recording/",
        views.partner_recording,
        name="partner_recording",
    ),
]
