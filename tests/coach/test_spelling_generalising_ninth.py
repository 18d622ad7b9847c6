"""Kinds of error the ninth spelling set's development half showed, tested with sentences
another writer might produce (none of them is a line of the set)."""

import pytest

from prep.coach.spelling import apply, check_spelling


@pytest.mark.parametrize(
    ("text", "right"),
    [
        # Native numerals from 스물 up to 아흔 are words apart from their unit.
        ("보고서 마흔장을 검토했습니다.", "보고서 마흔 장을 검토했습니다."),
        ("배 일흔개를 날랐습니다.", "배 일흔 개를 날랐습니다."),
        # Container units count like any other.
        ("귤 다섯상자를 옮겼습니다.", "귤 다섯 상자를 옮겼습니다."),
        ("사과 삼백상자를 정리했습니다.", "사과 삼백 상자를 정리했습니다."),
        ("국 두그릇을 더 떠 드렸습니다.", "국 두 그릇을 더 떠 드렸습니다."),
        # 한 + a unit repeated one by one, and 한 장 as a count.
        ("현장 한곳 한곳을 돌았습니다.", "현장 한 곳 한 곳을 돌았습니다."),
        ("한장 한장 정성껏 적었습니다.", "한 장 한 장 정성껏 적었습니다."),
        ("안내문을 한장씩 나눠 드렸습니다.", "안내문을 한 장씩 나눠 드렸습니다."),
        # A suffix or a copula written apart after a suffix or a numeral.
        ("교수님 들께 메일을 보냈습니다.", "교수님들께 메일을 보냈습니다."),
        ("실수 하나 라도 줄이려 했습니다.", "실수 하나라도 줄이려 했습니다."),
        # -분 after a noun for people.
        ("보호자 분들이 오셨습니다.", "보호자분들이 오셨습니다."),
        ("방문객 분들께 안내했습니다.", "방문객분들께 안내했습니다."),
        ("환자 분께 설명했습니다.", "환자분께 설명했습니다."),
        ("쌀 열포대를 옮겼습니다.", "쌀 열 포대를 옮겼습니다."),
        ("가던 말던 신경 쓰지 않았습니다.", "가든 말든 신경 쓰지 않았습니다."),
        # 밖에 after a count or a pronoun before a negative.
        ("두 명 밖에 안 왔습니다.", "두 명밖에 안 왔습니다."),
        ("3일 밖에 남지 않았습니다.", "3일밖에 남지 않았습니다."),
        # A doubled noun takes -이; a Sino-Korean -하다 noun takes -히.
        ("현장을 곳곳히 돌았습니다.", "현장을 곳곳이 돌았습니다."),
        ("기록을 낱낱히 남겼습니다.", "기록을 낱낱이 남겼습니다."),
        ("규정을 정확이 지켰습니다.", "규정을 정확히 지켰습니다."),
        # -든 of indifference, a verb and its negation.
        ("하던 안 하던 결과는 같았습니다.", "하든 안 하든 결과는 같았습니다."),
        ("오던 못 오던 자리를 지켰습니다.", "오든 못 오든 자리를 지켰습니다."),
        # 게재 where something is printed.
        ("논문이 학술지에 개재되었습니다.", "논문이 학술지에 게재되었습니다."),
        ("인터뷰 기사를 사보에 개재했습니다.", "인터뷰 기사를 사보에 게재했습니다."),
        # 새 (a moment) between a modifier and 없이.
        ("마감 전에는 눈코뜰새없이 바빴습니다.", "마감 전에는 눈코 뜰 새 없이 바빴습니다."),
        ("숨쉴새 없이 달렸습니다.", "숨 쉴 새 없이 달렸습니다."),
        # 되어 있다 shortened.
        ("회의실 예약이 되있어서 옮겼습니다.", "회의실 예약이 돼 있어서 옮겼습니다."),
        ("일이 이미 끝이 되버렸습니다.", "일이 이미 끝이 돼 버렸습니다."),
        # 맞히다 with a particle after the answer; 부치다 with the means of sending.
        ("퀴즈도 맞추고 상품도 받았습니다.", "퀴즈도 맞히고 상품도 받았습니다."),
        ("우편으로 서류를 붙였습니다.", "우편으로 서류를 부쳤습니다."),
        # 지향 of a good.
        ("청렴을 지양하는 공직자가 되겠습니다.", "청렴을 지향하는 공직자가 되겠습니다."),
        # 지양 of an excess, with a topic particle too.
        ("무리한 일정은 지향하고 여유를 두었습니다.", "무리한 일정은 지양하고 여유를 두었습니다."),
        # 제고 of a level.
        ("직원 사기 재고에 힘썼습니다.", "직원 사기 제고에 힘썼습니다."),
        # Hearsay after -다고 하셨는데 / -다고 하던데.
        ("팀장님이 온다고 하던데 일정이 바뀌었데요.", "팀장님이 온다고 하던데 일정이 바뀌었대요."),
        # Compound nouns the dictionary writes whole.
        ("퇴근 길에 서류를 챙겼습니다.", "퇴근길에 서류를 챙겼습니다."),
        ("고속 버스 표를 예매했습니다.", "고속버스 표를 예매했습니다."),
        # The weather noun and its verb.
        ("눈내린 아침에 제설을 도왔습니다.", "눈 내린 아침에 제설을 도왔습니다."),
        ("비오는 날에도 배송을 나갔습니다.", "비 오는 날에도 배송을 나갔습니다."),
        # A noun and 들다 as two words; 단위 after what it measures by.
        ("환절기에 감기들지 않게 조심했습니다.", "환절기에 감기 들지 않게 조심했습니다."),
        ("팀단위로 과제를 나눴습니다.", "팀 단위로 과제를 나눴습니다."),
        ("월단위 일정표를 만들었습니다.", "월 단위 일정표를 만들었습니다."),
        # 국 in a dish's name is not tensed.
        ("아침마다 미역꾹을 끓였습니다.", "아침마다 미역국을 끓였습니다."),
        # An ㄹ stem before -을 keeps only its ㄹ; 들다 (lift) with a thing carried.
        ("자료를 만들을 계획이었습니다.", "자료를 만들 계획이었습니다."),
        ("힘들을 때마다 일기를 썼습니다.", "힘들 때마다 일기를 썼습니다."),
        ("무거운 짐을 들을 때 조심했습니다.", "무거운 짐을 들 때 조심했습니다."),
        # -work written -웍.
        ("행사에서 네트웍킹을 했습니다.", "행사에서 네트워킹을 했습니다."),
        # An adverb no verb makes one word with.
        ("보고서를 제대로했습니다.", "보고서를 제대로 했습니다."),
        ("일정을 먼저했습니다.", "일정을 먼저 했습니다."),
        # Hearsay -ㄴ대요 after a verb stem (the present takes -는데요).
        (
            '손님이 "내일 비가 온데요?" 하고 물으셨습니다.',
            '손님이 "내일 비가 온대요?" 하고 물으셨습니다.',
        ),
        ("팀장님이 곧 오신데요.", "팀장님이 곧 오신대요."),
        # 맞히다 of a guess at what or who something is.
        ("손님이 누가 담당자인지 바로 맞췄습니다.", "손님이 누가 담당자인지 바로 맞혔습니다."),
        (
            "어느 부서 소관인지 맞추는 퀴즈를 냈습니다.",
            "어느 부서 소관인지 맞히는 퀴즈를 냈습니다.",
        ),
    ],
)
def test_the_ninth_sets_kinds_are_corrected(text, right):
    assert apply(text, check_spelling(text)) == right


@pytest.mark.parametrize(
    "text",
    [
        "한편 그는 한곳에 머물렀습니다.",  # 한편, 한곳 are words
        "마지막 분들까지 식사를 드렸습니다.",  # no person noun before 분
        "세 분들이 오셨습니다.",
        "학생 몇 분이 오셨습니다.",
        "마지막 분께 드렸습니다.",
        "창문 밖에 아무도 없었습니다.",  # outside
        "그 밖에 안내할 사항이 있습니다.",
        "번번이 실패했지만 일일이 확인했습니다.",
        "이해관계가 개재된 사안이었습니다.",  # 개재 (lying between)
        "택배 상자에 송장을 붙여 보냈습니다.",  # 붙이다 on a surface
        "눈코 뜰 새 없이 바빴습니다.",
        "예전에 하던 일을 다시 했습니다.",
        "재고를 정리했습니다.",
        "어제 가 봤는데 사람이 정말 많데요.",  # -데요 of what one saw
        "비와 눈이 번갈아 왔습니다.",
        "장비와 인력을 점검했습니다.",
        "습관들을 바꾸려고 노력했습니다.",  # plural 들 + 을
        "단위 업무를 맡았습니다.",
        "참을 때는 꾹 참았습니다.",
        "노래를 들을 때 가사를 봅니다.",  # 듣다
        "새로운 방식을 찾았습니다.",
        "빨리빨리 움직였습니다.",
        "정말 예쁜데요.",  # an adjective takes -ㄴ데요
        "그건 아닌데요.",
        "저는 학생인데요.",
        "지금 가는데요.",
        "무엇이 원인인지 맞춰 보려고 기록을 비교했습니다.",  # 맞춰 보다: compare
        "일정을 맞추셔서 감사했습니다.",
    ],
)
def test_near_misses_are_left_alone(text):
    assert check_spelling(text) == []
