from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from prep.catalog.importers import ReportError, decode_report, import_report
from prep.catalog.models import (
    BusinessSegment,
    Company,
    Competency,
    CoreValue,
    EssayPrompt,
    HiringCount,
    HiringType,
    InterviewQuestion,
    InterviewReview,
    NewsItem,
    SampleAnswer,
    SatisfactionSurvey,
    TalentTrait,
)
from tests.catalog.report_files import (
    ANALYSIS_SEED,
    CASES_SEED,
    REPORTS,
    SEEDS,
    import_file,
    read,
    row_counts,
)
from tests.factories import CompanyFactory


@pytest.mark.django_db
class TestImportReport:
    def test_the_first_import_creates_the_company_and_its_parts(self):
        summary = import_file("analysis_small.md")
        company = Company.objects.get(name="가람데이터진흥원")
        assert summary.company_pk == company.pk
        assert company.slug == "가람데이터진흥원"
        assert company.published is True
        assert company.as_of == date(2025, 3, 15)
        assert list(company.segments.values_list("share", flat=True)) == [
            Decimal("55.5"),
            Decimal("44.5"),
        ]
        assert list(company.hiring_steps.values_list("name", flat=True)) == [
            "서류전형",
            "필기시험",
            "면접",
            "최종합격",
        ]
        assert HiringCount.objects.get(
            company=company, hiring_type__name="체험형 청년인턴"
        ).count == (Decimal("4.5"))
        assert summary.of(Company).created == 1
        assert summary.of(NewsItem).created == 3

    def test_competencies_map_to_ncs_areas_and_tag_the_sample(self):
        import_file("analysis_small.md")
        teamwork = Competency.objects.get(name="팀워크/협업")
        assert teamwork.kind == "company"
        assert teamwork.ncs_area.name == "대인관계능력"
        prompt = EssayPrompt.objects.get()
        assert list(prompt.competencies.values_list("name", flat=True)) == ["정보능력"]
        assert (prompt.limit, prompt.count_rule) == (500, "chars_no_spaces")
        sample = SampleAnswer.objects.get()
        assert sample.published is True
        assert sample.source == "analysis_small.md"
        assert set(sample.competencies.values_list("name", flat=True)) == {
            "정보능력",
            "팀워크/협업",
        }

    def test_a_second_import_changes_nothing(self):
        import_file("analysis_small.md")
        import_file("cases_small.txt")
        before = row_counts()
        for name in ("analysis_small.md", "cases_small.txt"):
            summary = import_file(name)
            assert summary.changed == 0
            assert all(c.created == c.updated == 0 for _name, c in summary.rows())
            assert summary.of(Company).unchanged == 1
        assert row_counts() == before

    def test_an_updated_document_updates_rows_in_place(self):
        import_file("analysis_small.md")
        segment_pk = BusinessSegment.objects.get(rank=1).pk
        before = row_counts()
        text = (
            read("analysis_small.md")
            .replace("55.5 %", "60.5 %")
            .replace("44.5 %", "39.5 %")
            .replace("질문을 멈추지 않는 인재", "끝까지 묻고 확인하는 인재")
        )
        summary = import_report(text=text, source_name="analysis_small.md")
        assert row_counts() == before
        segment = BusinessSegment.objects.get(rank=1)
        assert segment.pk == segment_pk
        assert segment.share == Decimal("60.5")
        assert TalentTrait.objects.get(name="데이터 탐험가").description == (
            "끝까지 묻고 확인하는 인재"
        )
        assert summary.of(BusinessSegment).updated == 2
        assert summary.of(TalentTrait).updated == 1
        assert summary.of(TalentTrait).unchanged == 1

    def test_rows_missing_from_the_document_are_left_alone_and_counted(self):
        import_file("analysis_small.md")
        company = Company.objects.get(name="가람데이터진흥원")
        CoreValue.objects.create(company=company, name="관리자가 더한 가치", order=9)
        summary = import_file("analysis_small.md")
        assert company.core_values.filter(name="관리자가 더한 가치").exists()
        assert summary.of(CoreValue).not_in_document == 1

    def test_an_unpublished_company_stays_unpublished_and_keeps_its_slug(self):
        CompanyFactory(name="한빛시청", slug="hanbit", published=False, summary="직접 쓴 소개")
        summary = import_file("cases_small.txt")
        company = Company.objects.get(name="한빛시청")
        assert (company.published, company.slug, company.summary) == (
            False,
            "hanbit",
            "직접 쓴 소개",
        )
        assert company.kind == "public"
        assert summary.of(Company).updated == 1

    def test_a_document_that_fails_while_writing_leaves_nothing_behind(self):
        # The parser accepts the long title; the database limit (200) is checked while writing,
        # after the company has been created in the same transaction.
        long_title = "아주 긴 제목 " * 30
        text = read("cases_small.txt").replace("빈 운동장을 주말 주차장으로", long_title.strip())
        before = row_counts()
        with pytest.raises(ReportError) as caught:
            import_report(text=text, source_name="cases_small.txt")
        assert caught.value.line_no == 18
        assert "최신 이슈·성과 값을 저장할 수 없습니다" in caught.value.reason
        assert row_counts() == before

    def test_a_malformed_document_writes_nothing(self):
        before = row_counts()
        with pytest.raises(ReportError):
            import_file("malformed_analysis.md")
        assert row_counts() == before

    def test_a_dry_run_counts_but_writes_nothing(self):
        before = row_counts()
        summary = import_file("analysis_small.md", dry_run=True)
        assert summary.dry_run is True
        assert summary.of(Company).created == 1
        assert summary.of(BusinessSegment).created == 2
        assert summary.company_pk is None
        assert row_counts() == before

    def test_a_cp949_document_imports_like_its_utf8_twin(self):
        text = decode_report((REPORTS / "cases_small_cp949.txt").read_bytes())
        import_report(text=text, source_name="cases_small_cp949.txt")
        summary = import_file("cases_small.txt")
        assert summary.of(NewsItem).unchanged == 2
        assert NewsItem.objects.filter(kind="proactive").count() == 2

    def test_an_existing_hiring_type_keeps_its_curated_description(self):
        HiringType.objects.create(name="체험형 청년인턴", description="관리자가 쓴 설명", order=7)
        import_file("analysis_small.md")
        hiring_type = HiringType.objects.get(name="체험형 청년인턴")
        assert (hiring_type.description, hiring_type.order) == ("관리자가 쓴 설명", 7)


@pytest.mark.django_db
class TestImportReportCommand:
    def run(self, *args):
        out, err = StringIO(), StringIO()
        call_command("import_report", *args, stdout=out, stderr=err)
        return out.getvalue(), err.getvalue()

    def test_it_prints_a_summary_table_per_document(self):
        out, err = self.run(str(REPORTS / "analysis_small.md"), str(REPORTS / "cases_small.txt"))
        assert err == ""
        assert "analysis_small.md → 가람데이터진흥원" in out
        assert "cases_small.txt → 한빛시청" in out
        assert "항목" in out and "생성" in out and "변경 없음" in out
        assert "사업 부문" in out
        assert Company.objects.count() == 2

    def test_dry_run_prints_the_summary_without_writing(self):
        out, _err = self.run(str(REPORTS / "cases_small.txt"), "--dry-run")
        assert "시험 실행" in out
        assert Company.objects.count() == 0

    def test_a_bad_document_is_reported_as_path_line_reason_and_the_others_still_import(self):
        bad = REPORTS / "malformed_cases.txt"
        good = REPORTS / "cases_small.txt"
        out, err = StringIO(), StringIO()
        with pytest.raises(CommandError, match="2개 중 1개"):
            call_command("import_report", str(bad), str(good), stdout=out, stderr=err)
        assert f"{bad}:3: 사례 '민원 서식 한 장으로 줄이기'에 (효과) 부분이 없습니다." in (
            err.getvalue()
        )
        assert Company.objects.filter(name="한빛시청").count() == 1
        assert NewsItem.objects.filter(title="민원 서식 한 장으로 줄이기").count() == 0

    def test_a_missing_file_is_an_error(self):
        with pytest.raises(CommandError):
            self.run(str(REPORTS / "no_such_file.txt"))

    def test_the_encoding_option_is_used(self):
        cp949 = str(REPORTS / "cases_small_cp949.txt")
        out, _err = self.run(cp949, "--encoding", "cp949")
        assert "한빛시청" in out
        with pytest.raises(CommandError):
            self.run(cp949, "--encoding", "utf-8")


needs_seeds = pytest.mark.skipif(
    not (ANALYSIS_SEED.exists() and CASES_SEED.exists()),
    reason=f"the seed documents are not in {SEEDS} (they live outside the repository)",
)


@needs_seeds
@pytest.mark.django_db
class TestSeedDocuments:
    @pytest.fixture
    def analysis(self):
        import_report(
            text=decode_report(ANALYSIS_SEED.read_bytes()), source_name=ANALYSIS_SEED.name
        )
        return Company.objects.get(name="한국사회보장정보원")

    @pytest.fixture
    def cases(self):
        import_report(text=decode_report(CASES_SEED.read_bytes()), source_name=CASES_SEED.name)
        return Company.objects.get(name="국민권익위원회")

    def test_the_analysis_report_gives_the_company_facts(self, analysis):
        assert analysis.kind == "public"
        assert analysis.founded_year == 2009
        assert analysis.published is True
        assert analysis.customers == "자국민"
        assert analysis.related_organisations == "서울복지재단"
        assert analysis.vision == "국민 맞춤형 복지를 실현하는 디지털 플랫폼 전문기관"
        assert analysis.as_of == date(2024, 8, 8)

    def test_segment_shares(self, analysis):
        assert [(s.rank, s.share) for s in analysis.segments.all()] == [
            (1, Decimal("40.9")),
            (2, Decimal("31.2")),
            (3, Decimal("17.7")),
            (4, Decimal("10.2")),
        ]

    def test_the_survey_has_five_category_scores_and_three_quotes_each_way(self, analysis):
        survey = SatisfactionSurvey.objects.get(company=analysis)
        assert (survey.surveyed_on, survey.total_score) == (date(2024, 8, 8), 73)
        assert [(s.category.name, s.score) for s in survey.scores.all()] == [
            ("조직문화/분위기", 73),
            ("연봉/복지", 73),
            ("커리어/성장", 70),
            ("근무시간/휴가", 80),
            ("경영진/비전", 66),
        ]
        assert survey.quotes.filter(tone="positive").count() == 3
        assert survey.quotes.filter(tone="negative").count() == 3

    def test_news_of_2023_and_2024_with_their_kinds(self, analysis):
        assert analysis.news.filter(year=2023).count() == 6
        assert analysis.news.filter(year=2024).count() == 6
        mou = analysis.news.get(title="노후생활 활성화 및 정보교류 위한 MOU 체결")
        assert (mou.kind, mou.date) == ("business", date(2023, 3, 1))
        assert (
            analysis.news.get(title="‘지역사회공헌 인정기업’ 5년 연속 선정").kind == "achievement"
        )

    def test_four_core_values_and_four_talent_traits(self, analysis):
        assert list(analysis.core_values.values_list("name", flat=True)) == [
            "동행과 행복",
            "공정과 신뢰",
            "전문성과 혁신",
            "소통과 협력",
        ]
        assert list(analysis.talent_traits.values_list("name", flat=True)) == [
            "미래선도",
            "국민지향",
            "자기혁신",
            "소통융합",
        ]

    def test_the_five_hiring_steps_in_order(self, analysis):
        assert list(analysis.hiring_steps.values_list("name", flat=True)) == [
            "지원서 접수",
            "온라인 인성검사",
            "서류전형",
            "면접전형",
            "임용",
        ]

    def test_the_2023_hiring_numbers(self, analysis):
        counts = {c.hiring_type.name: c.count for c in analysis.hiring_counts.filter(year=2023)}
        assert counts == {
            "정규직": Decimal("30"),
            "무기계약직": Decimal("39"),
            "채용형 청년인턴": Decimal("0"),
            "체험형 청년인턴": Decimal("21"),
        }
        assert HiringType.objects.get(name="체험형 청년인턴").description.startswith(
            "채용과 연계되지 않은 인턴 전형"
        )

    def test_the_sample_answer_with_its_prompt_limit_and_headline(self, analysis):
        sample = SampleAnswer.objects.get(prompt__company=analysis)
        prompt = sample.prompt
        assert (prompt.season.year, prompt.season.half, prompt.job_family) == (
            2023,
            "second",
            "admin",
        )
        assert (prompt.limit, prompt.count_rule) == (1000, "chars")
        assert prompt.text.startswith("문제 상황이 발생하였을 경우")
        assert "(1000자 이내)" not in prompt.text
        assert list(prompt.competencies.values_list("name", "kind")) == [
            ("문제해결능력", "ncs_area")
        ]
        assert sample.headline == "상반된 의견 속 객관적 자료 제안 : 목표 80% 달성"
        assert sample.body.startswith("상충되는 의견이 발생할 시")
        assert sample.body.endswith("결과적으로 목표 80%를 달성했습니다.")
        assert sample.published is True
        assert set(sample.competencies.values_list("name", flat=True)) == {
            "문제해결능력",
            "직무전문성",
            "팀워크/협업",
        }

    def test_the_interview_review_with_difficulty_two_and_two_questions(self, analysis):
        review = InterviewReview.objects.get(company=analysis)
        assert (review.season.year, review.season.half) == (2023, "first")
        assert (review.position, review.job, review.result) == (
            "인턴",
            "사무보조/문서작성",
            "passed",
        )
        assert (review.difficulty, review.atmosphere) == (2, "normal")
        assert review.tip == "직무 이해도 중요하고 엔씨에스형 질문에 대한 이해도 필요"
        questions = InterviewQuestion.objects.filter(review=review).order_by("order")
        assert [(q.text, q.question_type) for q in questions] == [
            ("갈등해결 경험이 있으면 말씀해주세요", "experience"),
            ("상사가 부당한 지시를 내린다면 어떻게 할 것인지", "situation"),
        ]

    def test_four_proactive_cases_each_with_three_parts(self, cases):
        assert cases.kind == "public"
        assert cases.slug == "국민권익위원회"
        news = list(cases.news.all())
        assert len(news) == 4
        assert all(n.kind == "proactive" and n.year == 2025 for n in news)
        assert all(n.situation and n.efforts and n.effect for n in news)
        assert len(news[1].efforts) == 4
        # A 노력 paragraph without bullets is a one-item list.
        assert len(news[2].efforts) == 1
        assert news[2].efforts[0].startswith("특정기술, 단독생산 등 수의계약 체결 제한 예외사유")
        assert not cases.news.filter(title__contains="노력하겠습니다").exists()

    def test_importing_both_seeds_twice_changes_nothing(self, analysis, cases):
        before = row_counts()
        for seed in (ANALYSIS_SEED, CASES_SEED):
            summary = import_report(text=decode_report(seed.read_bytes()), source_name=seed.name)
            assert summary.changed == 0
        assert row_counts() == before
