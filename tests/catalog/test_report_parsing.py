"""Reading report documents into ParsedReport values (no database)."""

from datetime import date
from decimal import Decimal

import pytest

from prep.catalog.importers import ReportError, decode_report, parse_report
from prep.catalog.importers.analysis import classify_question
from tests.catalog.report_files import (
    REPORTS,
    parse,
    read,
)


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
