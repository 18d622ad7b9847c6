from prep.practice.drafts import urls as draft_urls
from prep.practice.interviews import urls as interview_urls

# One namespace for both products, so every URL name (practice:draft_edit, practice:session_run)
# stays as it was when they were one package.
app_name = "practice"

urlpatterns = [*draft_urls.urlpatterns, *interview_urls.urlpatterns]
