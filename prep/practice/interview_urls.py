"""URL patterns for mock interviews and review; joined in prep/practice/urls.py."""

urlpatterns = []
