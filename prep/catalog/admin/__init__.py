"""Admin curation of the catalogue and the question bank, one module per idea; importing this
package registers every model admin. TargetCompany is candidates' personal data and is
deliberately not registered; candidates' own companies (내 지원처) are seen only through the
audited admin of `own_companies.py`.
"""

# First, before django-import-export is imported: it probes its formats when it is.
from prep.catalog.admin import spreadsheet_formats  # noqa: F401

# isort: split
from prep.catalog.admin import coach_terms, companies, own_companies, postings, questions
from prep.catalog.admin.common import SpreadsheetAdmin, publish, unpublish
from prep.catalog.admin.companies import NewsItemForm

__all__ = [
    "NewsItemForm",
    "SpreadsheetAdmin",
    "coach_terms",
    "companies",
    "own_companies",
    "postings",
    "publish",
    "questions",
    "unpublish",
]
