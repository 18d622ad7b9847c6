"""Blind-hiring shapes generalised from the sixteenth and seventeenth sets' development halves,
checked on sentences written for these tests: a relative's illness owned (어머니의 암 투병) or
modifying the relative (희귀병을 앓는 조카), how others call the writer by name ('민재 형'이라고
불렀습니다) or the name after 이름, the writer's looks described (갸름한 얼굴에, 인상이 날카로워
보여), a church department (성당 중등부 교사), a group the writer is in all of one age, and the
same words about other people (honoured: 다니신다는 할머니, 아이의 엄마께서), which are not
leaks."""

import pytest

from prep.coach.blind_hiring import find_leaks


def leaks(text: str) -> list[tuple[str, str]]:
    return [(f.category, text[f.start : f.end]) for f in find_leaks(text)]


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        # a relative owns the illness or the treatment
        ("할머니의 치매 간병을 맡으며 요양 제도를 알아보았습니다.", "family", "할머니의 치매 간병"),
        ("외삼촌의 당뇨 관리를 도우며 식단표를 만들었습니다.", "family", "외삼촌의 당뇨"),
        # an illness clause modifying the relative
        ("자폐가 있는 남동생과 복지관을 오가며 자랐습니다.", "family", "자폐가 있는 남동생"),
        ("희귀병을 앓는 조카를 보며 진로를 정했습니다.", "family", "희귀병을 앓는 조카"),
        # a relative as the subject of an illness
        (
            "외할머니가 치매 판정을 받으신 뒤 요양 등급 신청을 도왔습니다.",
            "family",
            "외할머니가 치매",
        ),
        ("형이 공황장애를 앓아 상담 제도를 찾아보았습니다.", "family", "형이 공황장애"),
        ("삼촌께서 당뇨 합병증으로 고생하셔서 식단을 함께 짰습니다.", "family", "삼촌께서 당뇨"),
        # a relative's origin, the household's make-up
        (
            "어머니가 베트남 분이셔서 다문화 가정의 어려움을 압니다.",
            "family",
            "어머니가 베트남 분이셔서",
        ),
        ("아버지는 제주 사람이라 방언을 잘 아십니다.", "family", "아버지는 제주 사람이라"),
        ("형제가 많은 집에서 자라 양보를 배웠습니다.", "family", "형제가 많은 집에서 자라"),
        # how others call the writer, by name with a word of address
        ("현장 선배들은 저를 '민재 형'이라고 불렀습니다.", "name_gender", "'민재 형'"),
        ("단골손님들은 저를 '서연 씨'라 부르며 반겨 주셨습니다.", "name_gender", "'서연 씨'"),
        # the name right after the word 이름
        ("제 이름 '박하늘'이 적힌 명찰을 달고 일했습니다.", "name_gender", "'박하늘'"),
        # the writer's looks, described as a trait
        (
            "인상이 날카로워 보인다는 말을 들어 먼저 웃으며 인사했습니다.",
            "appearance",
            "인상이 날카로워 보인",
        ),
        ("갸름한 얼굴에 안경을 써서 차가워 보였습니다.", "appearance", "갸름한 얼굴"),
        ("늘 웃는 인상이라 민원인들이 편하게 말을 걸었습니다.", "appearance", "웃는 인상"),
        ("어려 보이는 얼굴 때문에 신입으로만 보셨습니다.", "appearance", "어려 보이는 얼굴"),
        ("피부가 하얀 편이라 현장에서 금방 탔습니다.", "appearance", "피부가 하얀"),
        ("눈매가 날카로워 오해를 샀습니다.", "appearance", "눈매가 날카로워"),
        # a department of a place of worship
        ("성당 중등부 교사로 삼 년을 봉사했습니다.", "religion", "성당 중등부 교사"),
        ("교회 청소년부 회장을 맡아 수련회를 준비했습니다.", "religion", "교회 청소년부 회장"),
        # a practice of faith as the writer's own doing
        ("불경을 필사하며 마음을 다스렸습니다.", "religion", "불경을 필사하"),
        ("성경을 매일 읽으며 하루를 시작했습니다.", "religion", "성경을 매일 읽으며"),
        # a school group or dormitory by its own name
        (
            "학교 밴드 동아리 '소리샘'의 보컬이었습니다.",
            "school_activity",
            "학교 밴드 동아리 '소리샘'",
        ),
        (
            "'새벽별'이라는 교내 봉사 동아리에서 회계를 맡았습니다.",
            "school_activity",
            "'새벽별'이라는 교내 봉사 동아리",
        ),
        ("교지 '새벽'의 편집장이었습니다.", "school_activity", "교지 '새벽'"),
        ("학교 축제 '한빛제' 준비위원장을 맡았습니다.", "school_activity", "학교 축제 '한빛제'"),
        ("안암학사 기숙사에 살며 통학 시간을 아꼈습니다.", "school", "안암학사 기숙사"),
        ("진리관 생활관 사생회 총무를 맡았습니다.", "school", "진리관 생활관 사생회"),
        # an age by the decade of life or by the year of a school step
        ("이십 대의 마지막 해에 인턴을 시작했습니다.", "age", "이십 대의 마지막"),
        ("30대를 앞두고 진로를 바꿨습니다.", "age", "30대를 앞두"),
        ("고등학교를 졸업한 2015년부터 일을 했습니다.", "age", "고등학교를 졸업한 2015년"),
        # marriage plans
        ("예비 신부로서 업무를 병행했습니다.", "marital", "예비 신부"),
        ("결혼을 앞두고 이직을 고민했습니다.", "marital", "결혼을 앞두"),
        # a group the writer is in, all of one age
        ("같이 입사한 동기들이 모두 99년생 동갑이라 금방 친해졌습니다.", "age", "99년생"),
    ],
)
def test_leak_shapes(text, category, excerpt):
    assert (category, excerpt) in leaks(text), leaks(text)


@pytest.mark.parametrize(
    "text",
    [
        # honoured: the one who goes to church is someone else
        "성당에 다니신다는 어르신은 일요일 오전에는 댁에 안 계셨습니다.",
        "절에 다니시는 할아버지 한 분이 매번 사탕을 챙겨 주셨습니다.",
        "어르신은 성경을 읽으며 지내셨습니다.",
        "민원인이 찬송가를 부르며 기다렸습니다.",
        # honoured subject: a parent in the story, not the writer as a parent
        "두 아이의 엄마께서 야간 근무를 하셔서 하원 시간을 따로 정했습니다.",
        # a chain of clauses that describes the people after it
        "입영 통지서를 받고 일정을 바꾸려는 청년들의 문의를 정리했습니다.",
        # a face in a manner of doing, or someone else's
        "밝은 얼굴로 어르신들을 맞이했습니다.",
        "굳은 얼굴의 민원인이 창구로 다가왔습니다.",
        "어르신의 얼굴이 피곤해 보여서 상담을 짧게 끝냈습니다.",
        "피곤해 보이는 얼굴로 민원인이 들어왔습니다.",
        "아이의 피부가 붉어 보호자에게 알렸습니다.",
        "그 장면이 인상이 깊었습니다.",
        # a nickname, not a name; someone else called by name
        "아이들은 저를 '막내 쌤'이라고 불렀습니다.",
        "어르신들은 담당 선생님을 '영희 쌤'이라고 부르셨습니다.",
        "어르신의 이름 '김순자'를 크게 적어 드렸습니다.",
        # an unnamed school group, a dormitory of a company
        "교내 신문사에서 기자로 일하며 교열을 배웠습니다.",
        "지역 봉사 동아리 '햇살'에서 활동했습니다.",
        "회사 기숙사에서 지내며 야간 근무를 했습니다.",
        # someone else's relative, or the writer's own illness told to a relative
        "민원인의 어머니가 치매 판정을 받으셨습니다.",
        "어머니가 제 수술 날짜를 잡아 주셨습니다.",
        # someone else's relative's origin, someone else's household
        "민원인의 어머니가 베트남 분이셔서 통역을 불렀습니다.",
        "형제가 많은 가정을 방문했습니다.",
        # other people's decade or school year
        "20대 후반의 청년들을 상담했습니다.",
        "2019년에 졸업한 학생들의 취업률을 분석했습니다.",
        # someone else's wedding, the youngest of a team (or of a family: not a leak here)
        "동료의 결혼 준비를 도왔습니다.",
        "고객님은 결혼을 앞두고 계셨습니다.",
        "팀의 막내로 일했습니다.",
        # two others of one age
        "서로 동갑인 두 어르신이 스물다섯 살 때 이야기를 하셨습니다.",
    ],
)
def test_not_the_writers(text):
    assert leaks(text) == [], leaks(text)
