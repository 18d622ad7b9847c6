"""URL patterns for drafts; prep/practice/urls.py joins them with the interview patterns."""

urlpatterns = []
