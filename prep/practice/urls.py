from prep.practice import draft_urls, feedback_urls, format_urls, interview_urls, recording_urls

app_name = "practice"

urlpatterns = [*draft_urls.urlpatterns, *feedback_urls.urlpatterns, *interview_urls.urlpatterns]
# Recorded answers (and formats) keep their own pattern lists.
urlpatterns += [*recording_urls.urlpatterns, *format_urls.urlpatterns]
