"""Numbers that frame the work (twentieth round): sentences written for these tests."""

import pytest

from prep.coach.evidence import evidence_findings, find_quantities


def _found(text: str) -> list[str]:
    return [q.text for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # a span the work went on over
        ("주민센터에서 8개월간 근무하며 전입 서류를 정리했습니다.", "8개월"),
        ("도서관 야간 열람실을 1년 넘게 관리하며 좌석 배치를 바꿨습니다.", "1년"),
        ("물류센터에서 넉 달을 일하면서 반품 분류 기준을 익혔습니다.", "넉 달"),
        ("캠프 보조로 3주 동안 지내며 안전 수칙을 다시 적었습니다.", "3주"),
        # with a result that has its own number, the span is not the measure
        ("그 뒤 두 달 동안 반송 우편이 주 20통에서 6통으로 줄었습니다.", "두 달"),
        # a moment, an interval, a stretch of records
        ("실습 다섯 달째에 저는 처음으로 혼자 상담을 맡았습니다.", "다섯 달째"),
        ("보호자께 3일 간격으로 안내 문자를 보냈습니다.", "3일"),
        ("지난 넉 달 치 출입 기록을 뽑아 보았습니다.", "넉 달"),
        # whose things the writer handled
        ("입소자 스물두 명의 복약 시간표를 새로 만들었습니다.", "스물두 명"),
        ("봉사자 15명의 연락처를 한 장으로 모았습니다.", "15명"),
        # material given, money framed
        ("3만 건의 택배 송장 자료를 넘겨받아 오류 유형을 나눴습니다.", "3만"),
        ("예산 200만 원으로 동네 책방 행사를 꾸렸습니다.", "200만 원"),
        ("2,000만 원 규모의 지원 사업을 맡았습니다. 서류를 날짜별로 묶었습니다.", "2,000만 원"),
        # a scale, the name of a statistic
        ("10점 만점에 8.7점이라는 평가를 받았습니다.", "10점"),
        ("99% 신뢰수준에서 차이가 있는지 검정했습니다.", "99%"),
        # how often it happened before the writer acted
        ("네 차례 면담 끝에 어머님이 서비스를 신청하셨습니다.", "네 차례"),
        ("같은 민원을 세 번 연속으로 들은 뒤, 저는 안내문을 고쳤습니다.", "세 번"),
        # a crowd described, a count passed before the writer acts
        ("하루 300명이 넘는 환자가 찾는 병원에서 접수를 도왔습니다.", "300명"),
        ("주차 대기 차량이 40대를 넘었습니다. 저는 임시 안내판을 세웠습니다.", "40대"),
        # bows, a moment of the day, at one go
        ("매일 저녁 108배로 마음을 가라앉힙니다.", "108배"),
        ("마감 직전 10분에 손님이 몰렸습니다.", "10분"),
        ("서류를 한 번에 내실 수 있게 안내했습니다.", "한 번"),
    ],
)
def test_numbers_that_frame_the_work_are_dropped(text, dropped):
    assert dropped not in _found(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a span that alone measures an achievement, or a speed
        ("두 달 동안 컴활 1급과 전산회계 자격을 모두 취득했습니다.", "두 달"),
        ("도서 이관 작업을 5주 만에 끝냈습니다.", "5주"),
        ("두 달째 밀린 관리비를 분할로 내시도록 도왔습니다.", "두 달"),
        # what people gave is the result
        ("주민 240명의 서명을 받아 구청에 전달했습니다.", "240명"),
        # money won or saved
        ("예산 300만 원을 절감했습니다.", "300만 원"),
        # a real multiple
        ("문의 응답 속도가 세 배 빨라졌습니다.", "세 배"),
        ("방문객이 작년의 2배가 되었습니다.", "2배"),
        # times counted as a result, not before an act
        ("그 뒤 석 달 동안 시스템 오류는 두 번 났습니다.", "두 번"),
        # the writer passed a mark
        ("제가 모은 후원금이 100만 원을 넘었습니다.", "100만 원"),
        # 한 번 counted, not at one go
        ("점검표를 한 번 고쳐 배포했습니다.", "한 번"),
    ],
)
def test_numbers_that_measure_stay(text, kept):
    assert kept in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "새 안내 영상을 올리자 조회 수가 폭발적으로 늘었습니다.",
        "공정표를 바꾼 뒤 작업 속도가 비약적으로 빨라졌습니다.",
        "교육 이후 직원들의 응대 품질이 괄목할 만큼 향상되었습니다.",
    ],
)
def test_adverb_of_degree_claims_are_vague(text):
    codes = [f.code for f in evidence_findings(text)]
    assert "vague_claim" in codes


def test_adverb_of_degree_with_number_is_backed():
    text = "조회 수가 폭발적으로 늘어 하루 30회에서 400회가 되었습니다."
    assert "vague_claim" not in [f.code for f in evidence_findings(text)]


def test_a_span_before_a_connective_is_dropped_though_a_count_follows():
    found = _found("정비소에서 이 년 동안 일하며 견인차 세 대를 관리했습니다. 매일 점검했습니다.")
    assert "이 년" not in found


def test_a_span_with_the_writers_own_count_in_its_clause_stays():
    assert "4개월" in _found("4개월 동안 민원 900건을 처리했습니다. 그 뒤 선임이 되었습니다.")


def test_a_span_that_modifies_a_noun_in_a_story_is_dropped():
    text = "이직이 쉽지는 않았습니다. 그래도 매장에서 7년 동안 만난 손님들이 제 자산입니다."
    assert "7년" not in _found(text)


def test_the_size_of_a_list_drawn_up_is_dropped():
    assert "다섯 가지" not in _found("손님들이 헷갈리는 메뉴 다섯 가지를 추려 붙였습니다.")
    assert "일곱 가지" not in _found("주의할 점 일곱 가지를 카드에 적어 나눠 드렸습니다.")


def test_kinds_that_grew_stay():
    assert "여덟 가지" in _found("상담 유형이 세 가지에서 여덟 가지로 늘었습니다.")
