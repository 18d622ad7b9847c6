"""The curated catalogue: companies and what candidates need to know about them, the question
bank (competencies, 자소서 prompts, sample answers, interview questions and reviews), candidates'
target companies, the coach's word lists and postings (채용 공고).

Everything here is public to candidates once `published`, and edited by staff in the admin. Each
idea has its own module; every name is re-exported here, so `from prep.catalog.models import X`
is the way in.
"""

from prep.catalog.models.coach_terms import (
    CoachTerm,
)
from prep.catalog.models.common import (
    PublishedQuerySet,
    import_record_field,
)
from prep.catalog.models.companies import (
    BLIND_HIRING_KINDS,
    COMPANY_PAGE_SECTIONS,
    BusinessSegment,
    Company,
    CompanyKind,
    CompanyQuerySet,
    CoreValue,
    HiringCount,
    HiringStep,
    HiringType,
    NewsItem,
    NewsKind,
    OrderedCompanyPart,
    OwnCompany,
    TalentTrait,
)
from prep.catalog.models.figures import (
    METRIC_UNITS,
    CompanyFigure,
    FigureMetric,
    metric_unit,
)
from prep.catalog.models.postings import (
    Posting,
    PostingPrompt,
    PostingQuerySet,
    PostingStep,
    RecruitKind,
    Region,
    StepKind,
)
from prep.catalog.models.questions import (
    LINE_BREAK_WEIGHT_CHOICES,
    Atmosphere,
    Competency,
    CompetencyTaxonomy,
    CountRule,
    Difficulty,
    EssayPrompt,
    EssayPromptQuerySet,
    HalfYear,
    InterviewQuestion,
    InterviewQuestionQuerySet,
    InterviewReview,
    JobFamily,
    Outcome,
    QuestionBankQuerySet,
    QuestionType,
    SampleAnswer,
    Season,
)
from prep.catalog.models.surveys import (
    QuoteTone,
    SatisfactionSurvey,
    SurveyCategory,
    SurveyQuote,
    SurveyScore,
)
from prep.catalog.models.targets import (
    TargetCompany,
)

__all__ = [
    "CoachTerm",
    "PublishedQuerySet",
    "import_record_field",
    "BLIND_HIRING_KINDS",
    "COMPANY_PAGE_SECTIONS",
    "BusinessSegment",
    "Company",
    "CompanyKind",
    "CompanyQuerySet",
    "CoreValue",
    "HiringCount",
    "HiringStep",
    "HiringType",
    "NewsItem",
    "NewsKind",
    "OrderedCompanyPart",
    "OwnCompany",
    "QuoteTone",
    "SatisfactionSurvey",
    "SurveyCategory",
    "SurveyQuote",
    "SurveyScore",
    "TalentTrait",
    "METRIC_UNITS",
    "CompanyFigure",
    "FigureMetric",
    "metric_unit",
    "Posting",
    "PostingPrompt",
    "PostingQuerySet",
    "PostingStep",
    "RecruitKind",
    "Region",
    "StepKind",
    "LINE_BREAK_WEIGHT_CHOICES",
    "Atmosphere",
    "Competency",
    "CompetencyTaxonomy",
    "CountRule",
    "Difficulty",
    "EssayPrompt",
    "EssayPromptQuerySet",
    "HalfYear",
    "InterviewQuestion",
    "InterviewQuestionQuerySet",
    "InterviewReview",
    "JobFamily",
    "Outcome",
    "QuestionBankQuerySet",
    "QuestionType",
    "SampleAnswer",
    "Season",
    "TargetCompany",
]
