from django.urls import path

from prep.applications import views

app_name = "applications"

urlpatterns = [
    path("postings/", views.posting_list, name="posting_list"),
    path("postings/<int:pk>/", views.posting_detail, name="posting_detail"),
    path("postings/<int:pk>/follow/", views.posting_follow, name="posting_follow"),
    path("postings/<int:pk>/write/", views.posting_write, name="posting_write"),
    path("applications/", views.application_list, name="application_list"),
    path("applications/<int:pk>/", views.application_detail, name="application_detail"),
    path("applications/<int:pk>/stage/", views.application_stage, name="application_stage"),
    path("applications/<int:pk>/notes/", views.application_notes, name="application_notes"),
    path(
        "applications/<int:pk>/steps/<int:step_pk>/delete/",
        views.application_step_delete,
        name="application_step_delete",
    ),
    path("applications/<int:pk>/delete/", views.application_delete, name="application_delete"),
    path("calendar/", views.calendar_month, name="calendar_month"),
    path("calendar/feed/", views.calendar_feed_settings, name="calendar_feed_settings"),
    path("calendar/feed/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
