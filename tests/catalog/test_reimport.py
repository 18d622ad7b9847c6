"""Re-importing a report over curated content: our own small reports, so a clean clone without
../shared covers every behaviour the seed-based tests (test_demo_and_seeds.py) check too."""

from datetime import date
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command

from prep.catalog.importers import Policy, fingerprint, import_parsed, import_report
from prep.catalog.importers.parsed import (
    ParsedCompany,
    ParsedNews,
    ParsedPrompt,
    ParsedQuestion,
    ParsedReport,
    ParsedReview,
    ParsedSurvey,
)
from prep.catalog.keys import natural_key
from prep.catalog.models import (
    Company,
    EssayPrompt,
    InterviewQuestion,
    NewsItem,
    SampleAnswer,
    SurveyQuote,
)
from prep.catalog.resources import EssayPromptResource, InterviewQuestionResource

pytestmark = pytest.mark.django_db

REPORTS = Path(__file__).parent / "reports"
GARAM = "가람데이터진흥원"


def read(name: str) -> str:
    return (REPORTS / name).read_text(encoding="utf-8")


def import_file(name: str, **kwargs):
    return import_report(text=read(name), source_name=name, **kwargs)


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_app_config("catalog").get_models(include_auto_created=True)
    }


def curate_garam() -> None:
    """What a curator does in the admin after the first import: rewrite a quote, a question,
    a news item (title and body) and a segment's description."""
    company = Company.objects.get(name=GARAM)
    quote = SurveyQuote.objects.get(text="야근이 거의 없다.")
    quote.text = "늦게까지 남는 날이 드물다."
    quote.save()
    question = InterviewQuestion.objects.get(text="본인의 단점은 무엇인가요")
    question.text = "스스로 꼽는 약점과 그것을 다루는 방법을 말해 주세요."
    question.save()
    news = company.news.get(title="읍면동 데이터 지도 공개")
    news.title = "읍면동 단위 데이터 지도를 공개"
    news.body = "동네별 인구와 시설 자료를 지도 한 장으로 볼 수 있게 했습니다."
    news.save()
    segment = company.segments.get(rank=1)
    segment.description = "누구나 내려받는 개방 포털과 표준 데이터셋을 운영합니다."
    segment.save()


def curated_garam_demo() -> ParsedReport:
    """가람데이터진흥원 as the demo would write it: our own wording, saying which report
    sentence each rewrite stands for."""
    quote = "늦게까지 남는 날이 드물다."
    question = "자료의 질이 나빴던 경험과 그때 한 일을 말해 주세요."
    prompt = "자료를 모아 업무를 더 낫게 바꾼 경험을 써 주십시오."
    return ParsedReport(
        format="demo",
        company=ParsedCompany(name=GARAM, kind="public", summary="공공데이터를 여는 기관"),
        survey=ParsedSurvey(
            surveyed_on=date(2025, 3, 15),
            total_score=Decimal("81"),
            positive=[quote],
            source="프렙 데모",
        ),
        news=[
            ParsedNews(
                year=2024,
                title="‘열린 데이터 주간’ 개최",
                kind="business",
                situation="자료가 있어도 시민이 찾아 쓰기 어려웠습니다.",
                efforts=["시민과 개발자가 함께 자료를 살피는 주간 행사를 열었습니다."],
                effect="공개 자료를 쓰는 사람이 늘었습니다.",
            )
        ],
        prompts=[
            ParsedPrompt(
                year=2024,
                half="first",
                job_family="it",
                text=prompt,
                limit=500,
                count_rule="chars_no_spaces",
            )
        ],
        reviews=[
            ParsedReview(
                year=2024,
                half="first",
                position="신입",
                job="전산/IT",
                result="passed",
                difficulty=3,
                atmosphere="relaxed",
                evaluation="차분하게 묻는 면접이었습니다.",
                questions=[
                    ParsedQuestion(question, "experience", hint="원인과 대응을 나눠 말합니다.")
                ],
            )
        ],
        rewrites={
            quote: fingerprint("야근이 거의 없다."),
            question: fingerprint("품질이 나쁜 자료를 받았던 경험을 말해 주세요"),
            prompt: fingerprint("자료를 모아 분석해 업무를 개선한 경험을 적어 주십시오."),
        },
    )


class TestReimportOverCuratedText:
    def test_curated_rewrites_are_matched_and_kept(self):
        import_file("analysis_small.md")
        curate_garam()
        before = row_counts()

        summary = import_file("analysis_small.md")

        assert row_counts() == before
        assert summary.changed == 0
        assert summary.of(SurveyQuote).kept == 1
        assert summary.of(InterviewQuestion).kept == 1
        assert summary.of(NewsItem).kept == 1
        assert SurveyQuote.objects.filter(text="늦게까지 남는 날이 드물다.").exists()
        assert not SurveyQuote.objects.filter(text="야근이 거의 없다.").exists()
        news = NewsItem.objects.get(title="읍면동 단위 데이터 지도를 공개")
        assert news.body.startswith("동네별 인구와 시설")
        assert news.date == date(2024, 4, 1)

    def test_numbers_are_still_brought_up_to_date_under_curated_text(self):
        import_file("analysis_small.md")
        curate_garam()
        text = read("analysis_small.md").replace("55.5 %", "60.5 %").replace("44.5 %", "39.5 %")

        summary = import_report(text=text, source_name="analysis_small.md")

        segment = Company.objects.get(name=GARAM).segments.get(rank=1)
        assert segment.share == Decimal("60.5")
        assert segment.description.startswith("누구나 내려받는")
        assert summary.of(type(segment)).updated == 2

    def test_the_dry_run_says_what_would_be_added_updated_kept_or_left_alone(self):
        import_file("analysis_small.md")
        curate_garam()
        company = Company.objects.get(name=GARAM)
        company.core_values.create(name="관리자가 더한 가치", order=9)
        before = row_counts()

        summary = import_file("analysis_small.md", dry_run=True)

        assert row_counts() == before
        assert summary.of(SurveyQuote).kept == 1
        assert summary.of(company.core_values.model).not_in_document == 1
        table = summary.as_table()
        assert "큐레이션 유지" in table and "문서에 없음" in table

    def test_replacing_puts_the_reports_text_back_without_duplicating(self):
        import_file("analysis_small.md")
        curate_garam()
        before = row_counts()

        summary = import_file("analysis_small.md", policy=Policy.REPLACE)

        assert row_counts() == before
        assert summary.of(SurveyQuote).updated == 1
        assert SurveyQuote.objects.filter(text="야근이 거의 없다.").count() == 1
        assert InterviewQuestion.objects.filter(text="본인의 단점은 무엇인가요").count() == 1
        assert NewsItem.objects.filter(title="읍면동 데이터 지도 공개").count() == 1
        assert import_file("analysis_small.md").changed == 0

    def test_an_admins_unpublishing_survives_a_reimport(self):
        import_file("analysis_small.md")
        SampleAnswer.objects.update(published=False)
        InterviewQuestion.objects.update(published=False)
        Company.objects.filter(name=GARAM).update(published=False)

        import_file("analysis_small.md", policy=Policy.REPLACE)

        assert not SampleAnswer.objects.filter(published=True).exists()
        assert not InterviewQuestion.objects.filter(published=True).exists()
        assert not Company.objects.get(name=GARAM).published


class TestReportOverDemoContent:
    """The demo's shape (ParsedReport values with rewrites) over our own small report."""

    @pytest.fixture
    def demo(self):
        return import_parsed(curated_garam_demo(), source_name="프렙 데모", curated_source=True)

    def test_importing_the_report_duplicates_nothing_the_demo_rewrote(self, demo):
        summary = import_file("analysis_small.md")

        company = Company.objects.get(name=GARAM)
        survey = company.surveys.get()
        assert list(survey.quotes.filter(tone="positive").values_list("text", flat=True)) == [
            "늦게까지 남는 날이 드물다.",
            "교육 지원이 넉넉하다.",
        ]
        review = company.interview_reviews.get()
        assert list(review.questions.values_list("text", flat=True)) == [
            "자료의 질이 나빴던 경험과 그때 한 일을 말해 주세요.",
            "본인의 단점은 무엇인가요",
        ]
        assert company.interview_questions.count() == 2
        assert review.evaluation == "차분하게 묻는 면접이었습니다."
        prompt = company.essay_prompts.get()
        assert prompt.text == "자료를 모아 업무를 더 낫게 바꾼 경험을 써 주십시오."
        assert prompt.sample_answers.count() == 1
        case = company.news.get(title="‘열린 데이터 주간’ 개최")
        assert case.situation and case.body == ""
        assert company.news.count() == 3
        assert company.summary == "공공데이터를 여는 기관"
        assert summary.of(SurveyQuote).kept == 1

    def test_a_second_import_reports_nothing_changed(self, demo):
        import_file("analysis_small.md")
        before = row_counts()

        summary = import_file("analysis_small.md")

        assert summary.changed == 0
        assert row_counts() == before

    def test_the_report_text_replaces_the_demo_only_when_asked(self, demo):
        import_file("analysis_small.md", policy=Policy.REPLACE)

        assert SurveyQuote.objects.filter(text="야근이 거의 없다.").count() == 1
        assert not SurveyQuote.objects.filter(text="늦게까지 남는 날이 드물다.").exists()

    def test_loading_the_demo_again_over_the_report_changes_nothing(self, demo):
        import_file("analysis_small.md")
        before = row_counts()

        again = import_parsed(curated_garam_demo(), source_name="프렙 데모", curated_source=True)

        assert again.changed == 0
        assert row_counts() == before


class TestImportReportCommandPolicy:
    def test_replace_curated_puts_the_reports_wording_back(self):
        import_file("analysis_small.md")
        curate_garam()

        call_command(
            "import_report",
            str(REPORTS / "analysis_small.md"),
            "--replace-curated",
            stdout=StringIO(),
        )

        assert SurveyQuote.objects.filter(text="야근이 거의 없다.").count() == 1


class TestNaturalKeys:
    def test_a_prompts_key_is_its_constraint(self):
        assert natural_key(EssayPrompt) == ("company", "season", "job_family", "text")

    def test_the_spreadsheet_resources_use_the_same_keys(self):
        assert EssayPromptResource().get_import_id_fields() == list(natural_key(EssayPrompt))
        assert InterviewQuestionResource().get_import_id_fields() == ["company", "text"]

    def test_every_model_the_writer_writes_has_a_key(self):
        for model in apps.get_app_config("catalog").get_models():
            if model.__name__ in {"CoachTerm", "TargetCompany"}:
                continue
            assert natural_key(model), model
