"""Kinds of error the eighth spelling set's development half showed, tested with sentences
another writer might produce (none of them is a line of the set)."""

import pytest

from prep.coach.spelling import apply, check_spelling


@pytest.mark.parametrize(
    ("text", "right"),
    [
        # A Sino-Korean numeral in letters is a word apart from its unit.
        ("봉사에 오십명이 모였습니다.", "봉사에 오십 명이 모였습니다."),
        ("발표는 이십분 안에 끝났습니다.", "발표는 이십 분 안에 끝났습니다."),
        ("고객 문의가 백건을 넘었습니다.", "고객 문의가 백 건을 넘었습니다."),
        # ... and so is a native one from 집.
        ("하루에 두집씩 방문했습니다.", "하루에 두 집씩 방문했습니다."),
        ("골목의 네집을 먼저 돌았습니다.", "골목의 네 집을 먼저 돌았습니다."),
        ("열집 가운데 한 곳만 문을 열었습니다.", "열 집 가운데 한 곳만 문을 열었습니다."),
        # -기 and the adjective that judges it.
        ("설명서를 읽기쉽게 고쳤습니다.", "설명서를 읽기 쉽게 고쳤습니다."),
        ("혼자 하기힘든 일이었습니다.", "혼자 하기 힘든 일이었습니다."),
        ("보기좋은 자료를 만들려고 애썼습니다.", "보기 좋은 자료를 만들려고 애썼습니다."),
        # An adverb against its verb or 한번.
        ("답변이 오래걸려 죄송했습니다.", "답변이 오래 걸려 죄송했습니다."),
        ("서류를 다시한번 확인했습니다.", "서류를 다시 한번 확인했습니다."),
        ("그 말씀이 정말고마웠습니다.", "그 말씀이 정말 고마웠습니다."),
        # A passive stem does not take -어지다 as well.
        ("그날의 장면은 잊혀지지 않습니다.", "그날의 장면은 잊히지 않습니다."),
        ("게시판에 공지가 쓰여져 있었습니다.", "게시판에 공지가 쓰여 있었습니다."),
        ("제 이름이 불려졌을 때 놀랐습니다.", "제 이름이 불렸을 때 놀랐습니다."),
        # ㄹ-final stem + -은.
        ("제가 만들은 자료를 팀에 공유했습니다.", "제가 만든 자료를 팀에 공유했습니다."),
        ("고객이 늘은 이유를 분석했습니다.", "고객이 는 이유를 분석했습니다."),
        ("오래 살은 동네라 길을 잘 압니다.", "오래 산 동네라 길을 잘 압니다."),
        # -하다 roots whose adverb is -히.
        ("작은 일도 소홀이 하지 않았습니다.", "작은 일도 소홀히 하지 않았습니다."),
        ("영수증을 꼼꼼이 대조했습니다.", "영수증을 꼼꼼히 대조했습니다."),
        ("예산을 넉넉이 잡았습니다.", "예산을 넉넉히 잡았습니다."),
        # 투성이 is a suffix, and the 이 of 투성이였다 is the noun's, not the copula's.
        ("방이 먼지 투성이였습니다.", "방이 먼지투성이였습니다."),
        ("옷이 흙 투성이가 되었습니다.", "옷이 흙투성이가 되었습니다."),
        ("보고서가 오타 투성이라 다시 썼습니다.", "보고서가 오타투성이라 다시 썼습니다."),
        ("저는 그때 팀장이였습니다.", "저는 그때 팀장이었습니다."),
    ],
)
def test_the_eighth_sets_kinds_are_corrected(text, right):
    assert apply(text, check_spelling(text)) == right


@pytest.mark.parametrize(
    "text",
    [
        "사진을 겹쳐 지도를 만들었습니다.",  # 지 + noun, not -어지다
        "손을 모아 지붕을 고쳤습니다.",
        "중도매인분들과 외국인분들께 안내했습니다.",  # -인 + 분, not a verb + ㄴ 분
        "이분은 일명 해결사로 불렸습니다.",  # one-syllable Sino numeral + unit: words
        "한집에 사는 가족이었습니다.",  # 한집 is one word
        "이 일은 오래가는 습관이 되었습니다.",  # 오래가다 is one word
        "다시없는 기회라고 생각했습니다.",  # 다시없다 is one word
        "알려진 바와 같이 밝혀진 사실입니다.",  # 알리다, 밝히다 are not passives
        "노래를 들을 때는 가사를 봅니다.",  # 듣다 + -을
        "먼 길을 걸은 뒤에 쉬었습니다.",
        "결과가 좋기는 했지만 아쉬웠습니다.",
        "첫 출근 날은 실수투성이였습니다.",
        "그 시절 제 방은 책투성이였습니다.",
        "신발이 온통 흙투성이였습니다.",
    ],
)
def test_near_misses_are_left_alone(text):
    assert check_spelling(text) == []
