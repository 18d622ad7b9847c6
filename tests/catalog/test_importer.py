from datetime import date
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from prep.catalog.importers import ReportError, decode_report, import_report, parse_report
from prep.catalog.importers.analysis import classify_question
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
from tests.factories import CompanyFactory

REPORTS = Path(__file__).parent / "reports"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
ANALYSIS_SEED = SEEDS / "000_83ef860a96c577ed.txt"
CASES_SEED = SEEDS / "004_e6c86345e030f584.txt"


def read(name: str) -> str:
    return (REPORTS / name).read_text(encoding="utf-8")


def parse(name: str):
    return parse_report(read(name), source_name=name)


def import_file(name: str, **kwargs):
    return import_report(text=read(name), source_name=name, **kwargs)


def row_counts() -> dict[str, int]:
    """Rows in every catalogue table, many-to-many tables included."""
    counts = {}
    for model in apps.get_app_config("catalog").get_models(include_auto_created=True):
        counts[model._meta.label] = model.objects.count()
    return counts


class TestDecodeReport:
    def test_utf8_with_and_without_bom_reads_the_same(self):
        data = (REPORTS / "cases_small.txt").read_bytes()
        assert decode_report(b"\xef\xbb\xbf" + data) == decode_report(data)
        assert decode_report(data).startswith("/\n한빛시청")

    def test_a_cp949_file_is_detected(self):
        cp949 = (REPORTS / "cases_small_cp949.txt").read_bytes()
        assert decode_report(cp949) == read("cases_small.txt")

    def test_a_forced_encoding_is_used(self):
        data = "한빛시청".encode("euc-kr")
        assert decode_report(data, "euc-kr") == "한빛시청"

    def test_a_forced_encoding_that_does_not_fit_names_the_line(self):
        data = "첫 줄\n둘째 줄".encode("cp949")
        with pytest.raises(ReportError) as caught:
            decode_report(data, "utf-8")
        assert caught.value.line_no == 1
        assert "utf-8" in caught.value.reason

    def test_undecodable_bytes_give_a_korean_error_with_the_line(self):
        with pytest.raises(ReportError) as caught:
            decode_report(b"first line\nsecond \x80\xff line")
        assert caught.value.line_no == 2
        assert "UTF-8로도 CP949(EUC-KR)로도 읽을 수 없는" in caught.value.reason

    def test_an_unknown_encoding_name_is_refused(self):
        with pytest.raises(ReportError, match="알 수 없는 인코딩"):
            decode_report(b"abc", "klingon-8")

    def test_a_bytes_to_bytes_codec_is_refused_as_an_encoding(self):
        with pytest.raises(ReportError, match="알 수 없는 인코딩"):
            decode_report(b"abc", "zlib")

    def test_a_windows_utf16_file_is_read(self):
        data = read("cases_small.txt").encode("utf-16")
        assert decode_report(data) == read("cases_small.txt")

    def test_nul_and_other_controls_never_reach_the_parsed_report(self):
        data = (REPORTS / "analysis_small.md").read_bytes().replace(b"\n", b"\x00\n", 3)
        text = decode_report(data)
        parsed = parse_report(text, source_name="analysis_small.md")
        assert parsed.company.name == "가람데이터진흥원"
        assert "\x00" not in repr(parsed)


class TestParseAnalysisReport:
    def test_it_reads_the_company_facts(self):
        company = parse("analysis_small.md").company
        assert company.name == "가람데이터진흥원"
        assert company.kind == "public"
        assert company.founded_year == 2012
        assert company.description.startswith("2012년에 설립된 가람데이터진흥원은")
        assert company.customers == "지방자치단체"
        assert company.main_business == "공공데이터 개방 및 품질관리"
        assert company.related_organisations == "행정데이터협회"
        assert company.vision == "누구나 믿고 쓰는 공공데이터"
        assert company.mission == "데이터로 행정과 시민을 잇는다"
        assert company.as_of == date(2025, 3, 15)
        assert company.source == "가람데이터진흥원 분석리포트 2025 ver. · analysis_small.md"

    def test_segments_are_read_once_from_the_ranked_lines(self):
        segments = parse("analysis_small.md").segments
        assert [(s.rank, s.name, s.share) for s in segments] == [
            (1, "데이터 개방", Decimal("55.5")),
            (2, "품질 진단", Decimal("44.5")),
        ]
        assert segments[1].description == "기관별 데이터 품질 점검과 개선 컨설팅"

    def test_the_survey_has_its_date_total_categories_and_quotes(self):
        survey = parse("analysis_small.md").survey
        assert survey.surveyed_on == date(2025, 3, 15)
        assert survey.total_score == 81
        assert [(name, score) for name, score, _line in survey.scores] == [
            ("조직문화/분위기", 80),
            ("연봉/복지", 75),
        ]
        assert survey.positive == ["야근이 거의 없다.", "교육 지원이 넉넉하다."]
        assert survey.negative == ["지방 이전 부담이 있다."]

    def test_news_kinds_come_from_the_summary_lists_and_dates_from_the_body(self):
        news = parse("analysis_small.md").news
        assert [(n.year, n.kind, n.title, n.date) for n in news] == [
            (2024, "business", "읍면동 데이터 지도 공개", date(2024, 4, 1)),
            (2024, "business", "‘열린 데이터 주간’ 개최", None),
            (2024, "achievement", "데이터 품질 인증 3년 연속 최고 등급", date(2024, 11, 20)),
        ]

    def test_values_are_read_once_and_trait_names_may_contain_spaces(self):
        report = parse("analysis_small.md")
        assert [(v.name, v.description) for v in report.core_values] == [
            ("개방", "자료는 모두의 것"),
            ("정확", "숫자 하나도 검증한다"),
        ]
        assert [(t.name, t.description) for t in report.talent_traits] == [
            ("데이터 탐험가", "질문을 멈추지 않는 인재"),
            ("성실 실천가", "약속한 일을 끝까지 해내는 인재"),
        ]

    def test_hiring_steps_numbers_type_explanations_and_note(self):
        report = parse("analysis_small.md")
        assert report.hiring_steps == ["서류전형", "필기시험", "면접", "최종합격"]
        assert [(c.year, c.type_name, c.count) for c in report.hiring_counts] == [
            (2024, "정규직", Decimal("12")),
            (2024, "체험형 청년인턴", Decimal("4.5")),
        ]
        assert report.hiring_types["체험형 청년인턴"] == "채용과 이어지지 않는 짧은 인턴 과정이다."
        assert report.hiring_note.startswith("소수점 이하 인원은 시간선택제")

    def test_the_sample_answer_is_read_once_with_its_limit_rule(self):
        report = parse("analysis_small.md")
        assert report.appealed_competencies == ["정보능력", "팀워크/협업"]
        [answer] = report.sample_answers
        assert (answer.year, answer.half, answer.job_family) == (2024, "first", "it")
        assert answer.competency == "정보능력"
        assert answer.prompt == "자료를 모아 분석해 업무를 개선한 경험을 적어 주십시오."
        assert (answer.limit, answer.count_rule) == (500, "chars_no_spaces")
        assert answer.headline == "흩어진 장부를 하나로 : 처리 시간 절반"
        assert answer.body.splitlines() == [
            "봉사단체의 회계 자료가 여러 파일에 흩어져 있었습니다.",
            "저는 양식을 하나로 맞추고 합계가 저절로 나오도록 고쳤습니다.",
        ]

    def test_the_interview_review_has_its_questions(self):
        [review] = parse("analysis_small.md").reviews
        assert (review.year, review.half, review.position, review.job) == (
            2024,
            "first",
            "신입",
            "전산/IT",
        )
        assert (review.result, review.difficulty, review.atmosphere) == ("passed", 3, "relaxed")
        assert review.evaluation == "질문이 구체적이었고 차분한 분위기였어요"
        assert review.tip == "기관 보도자료를 읽고 가세요"
        assert [(q.text, q.question_type) for q in review.questions] == [
            ("품질이 나쁜 자료를 받았던 경험을 말해 주세요", "experience"),
            ("본인의 단점은 무엇인가요", "personality"),
        ]

    @pytest.mark.parametrize(
        ("text", "question_type"),
        [
            ("갈등해결 경험이 있으면 말씀해주세요", "experience"),
            ("상사가 부당한 지시를 내린다면 어떻게 할 것인지", "situation"),
            ("지원한 직무에서 가장 중요한 역량은 무엇인가요", "job"),
            ("본인의 장점은 무엇인가요", "personality"),
        ],
    )
    def test_question_types_are_guessed_from_the_wording(self, text, question_type):
        assert classify_question(text) == question_type

    def test_an_unknown_section_is_a_warning_not_an_error(self):
        text = read("analysis_small.md") + "\n채용정보 > 복리후생\n\n사내 식당이 있다.\n"
        report = parse_report(text, source_name="x.md")
        assert any("알 수 없는 섹션 '복리후생'" in warning for warning in report.warnings)

    def test_a_bad_hiring_line_names_its_line_and_the_unread_part(self):
        with pytest.raises(ReportError) as caught:
            parse("malformed_analysis.md")
        assert caught.value.line_no == 149
        assert "채용 인원을 읽을 수 없습니다" in caught.value.reason
        assert "정규직 열두명" in caught.value.reason

    def test_a_share_above_100_is_refused(self):
        text = read("analysis_small.md").replace("2위 품질 진단 44.5 %", "2위 품질 진단 144.5 %")
        with pytest.raises(ReportError, match="0에서 100 사이"):
            parse_report(text, source_name="x.md")

    def test_a_segment_repeated_with_different_content_is_refused(self):
        text = read("analysis_small.md").replace(
            "2위 품질 진단 44.5 % 기관별",
            "2위 품질 진단 44.5 % 기관별\n2위 품질 진단 40.0 % 다른 설명",
        )
        with pytest.raises(ReportError, match="사업 부문 2위이\\(가\\) 서로 다른 내용"):
            parse_report(text, source_name="x.md")


class TestParseCases:
    def test_each_case_is_read_once_with_its_three_parts(self):
        report = parse("cases_small.txt")
        assert report.company.name == "한빛시청"
        assert report.company.kind == "public"
        assert [n.title for n in report.news] == [
            "버스 정류장 그늘막, 주민 신청으로 한 달 만에 설치",
            "빈 운동장을 주말 주차장으로",
        ]
        shade, parking = report.news
        assert shade.kind == "proactive"
        assert shade.situation == "여름마다 정류장에서 기다리는 주민의 폭염 민원이 되풀이됨."
        assert shade.efforts == [
            "주민 신청을 온라인으로 받아 설치 위치를 정함.",
            "관련 부서 합동 점검으로 허가 절차를 한 번에 처리.",
        ]
        assert shade.effect == "설치 기간을 석 달에서 한 달로 줄임.\n폭염 민원 40% 감소."
        # A 노력 paragraph without bullets is one effort.
        assert parking.efforts == [
            "소유 기관과 협의해 쓰지 않는 운동장을 주말에만 임시 주차장으로 개방."
        ]
        assert parking.effect == "불법 주차 단속 건수가 절반으로 줄어듦."

    def test_the_closing_line_is_not_a_case_but_is_shown_as_a_warning(self):
        report = parse("cases_small.txt")
        assert all("적극 일하겠습니다" not in n.effect for n in report.news)
        assert report.warnings == [
            "25행: 사례가 아닌 줄은 가져오지 않았습니다: "
            "'한빛시청은 시민을 위해 적극 일하겠습니다.'"
        ]

    def test_cases_take_the_year_of_the_list_label_and_as_of_the_heading_quarter(self):
        text = read("cases_small.txt").replace("[2024년 3분기", "[2023년 3분기")
        report = parse_report(text, source_name="x.txt")
        assert {n.year for n in report.news} == {2023}
        assert report.company.as_of == date(2024, 10, 1)

    def test_a_case_without_an_effect_names_its_line(self):
        with pytest.raises(ReportError) as caught:
            parse("malformed_cases.txt")
        assert caught.value.line_no == 3
        assert caught.value.reason == "사례 '민원 서식 한 장으로 줄이기'에 (효과) 부분이 없습니다."

    def test_a_part_out_of_order_is_refused(self):
        text = "한빛시청 2024년 4분기 적극행정 우수사례\n■ 제목\n(노력)\n· 무엇\n"
        with pytest.raises(ReportError) as caught:
            parse_report(text, source_name="x.txt")
        assert caught.value.line_no == 3
        assert "순서에 맞지 않습니다" in caught.value.reason

    def test_a_duplicated_case_with_different_content_is_refused(self):
        text = read("cases_small.txt")
        head, tail = text.split("한빛시청은 시민을 위해 적극 일하겠습니다.\n", 1)
        text = head + tail.replace("폭염 민원 40% 감소.", "폭염 민원 45% 감소.")
        with pytest.raises(ReportError, match="서로 다른 내용으로 두 번"):
            parse_report(text, source_name="x.txt")

    def test_an_unknown_format_is_refused(self):
        with pytest.raises(ReportError) as caught:
            parse_report("그냥 메모입니다.\n둘째 줄", source_name="memo.txt")
        assert caught.value.line_no == 1
        assert "문서 형식을 알 수 없습니다" in caught.value.reason

    def test_an_empty_document_is_refused(self):
        with pytest.raises(ReportError, match="문서가 비어 있습니다"):
            parse_report("\n\n", source_name="empty.txt")


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
