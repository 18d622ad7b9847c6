"""Admin curation of the catalogue and the question bank, one module per idea; importing this
package registers every model admin. TargetCompany is candidates' personal data and is
deliberately not registered.
"""

from prep.catalog.admin import coach_terms, companies, postings, questions
from prep.catalog.admin.common import SpreadsheetAdmin, publish, unpublish
from prep.catalog.admin.companies import NewsItemForm

__all__ = [
    "NewsItemForm",
    "SpreadsheetAdmin",
    "coach_terms",
    "companies",
    "postings",
    "publish",
    "questions",
    "unpublish",
]
