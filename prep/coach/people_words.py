"""Words for the people in a story, and whether a noun names one (민원인, 팀장님, 지훈이는).

attribution.py uses them to decide whose fact a blind-hiring mention is; structure uses
`is_person` to tell who a sentence is about.
"""

from __future__ import annotations

from prep.coach.morph import Morph

FIRST_PERSON = frozenset({"저", "제", "나", "내", "저희", "우리"})
THIRD_PERSON = frozenset(
    {"그", "그녀", "그분", "이분", "저분", "그들", "그녀들", "그애", "걔", "얘"}
)
# Nouns that name people in a story. Kin words are left out on purpose (see the module doc).
PEOPLE = frozenset(
    {
        *("민원인", "고객", "손님", "어르신", "노인", "아이", "아이들", "아동", "학생", "환자"),
        *("이용자", "수급자", "대상자", "신청자", "참가자", "참여자", "지원자들", "주민", "시민"),
        *("동료", "선배", "후배", "동기", "팀장", "팀원", "친구", "사장", "직원", "담당자", "상사"),
        *("과장", "부장", "차장", "대리", "주무관", "선생", "교수", "멘티", "멘토", "청소년"),
        *(
            "보호자",
            "청년",
            "학부모",
            "장애인",
            "상대",
            "상대방",
            "분",
            "명",
            "사람",
            "가정",
            "가구",
        ),
        *(
            "이웃",
            "소비자",
            "입주민",
            "세입자",
            "피해자",
            "근로자",
            "노동자",
            "상인",
            "농민",
            "어민",
        ),
        *("외국인", "이주민", "여성", "남성", "기사", "사회초년생", "직장인", "대학생", "수강생"),
        *("회원", "위원", "조원", "부원", "단원", "선수", "작가", "의뢰인", "내담자", "사용자"),
        *("가입자", "납부자", "체납자", "구직자", "실직자", "노숙인", "어린이", "영유아", "아기"),
        *("할머니들", "어르신들", "엄마들", "아빠들", "부모들", "학생들", "동료들", "주민들"),
        *("가장", "신청인", "방문객", "관광객", "이용객", "승객", "후원자", "자원봉사자"),
        *("부부", "노부부", "커플", "모녀"),
        # ranks and roles at work or in a unit (해병대 출신인 선임은)
        *("선임", "후임", "상관", "반장", "조장", "기장", "승무원", "간호사", "의사", "교사"),
        *("강사", "조사원", "심사원", "상담원", "연구원들", "기사님", "반원", "대원"),
        *("인턴", "선장", "기관장", "이장", "소장", "관장", "원장", "실장", "주임"),
        # visiting groups and students from elsewhere (해외 대학에서 온 연수단)
        *("연수단", "방문단", "대표단", "참관단", "견학단", "교환학생", "유학생", "연수생"),
        # soldiers, shop owners and workers one serves or meets (면담한 병사는)
        *("병사", "장병", "군인", "훈련병", "용사", "참전용사", "점주", "가맹점주", "점장"),
        *("집배원", "경비원", "미화원", "요양보호사", "사회복지사", "복지사", "기사님들"),
        # grown-ups one is not related to (옆집 아주머니의 아들)
        *("아주머니", "아저씨", "아줌마", "아주머님"),
    }
)
# Longer nouns ending so usually name a person: 신청인, 보증인, 수강생, 관람객, 이주민.
_PERSON_ENDINGS = ("인", "자", "생", "객", "민")


def is_person(token: Morph, following: Morph | None) -> bool:
    """True when the noun `token` (with the morpheme after it) names a person in a story."""
    if token.tag == "NP":
        return token.form in THIRD_PERSON
    if token.form in PEOPLE:
        return True
    # 김 씨는, 수진 씨는; 지훈이는 (a given name with the familiar 이).
    if token.tag == "NNB" and token.form in ("씨", "군", "양"):
        return True
    if token.tag == "NNP" and len(token.form) == 3 and token.form.endswith("이"):
        return True
    # 민준+이는: Kiwi splits the familiar 이 off some names.
    if (
        token.tag == "NNP"
        and following is not None
        and (following.tag, following.form)
        == (
            "XSN",
            "이",
        )
    ):
        return True
    if token.tag == "NNG" and len(token.form) >= 3 and token.form.endswith(_PERSON_ENDINGS):
        return True
    # 팀장님, 사장님, 선생님 (but 부모님, 어머님 are kin and never reach here as people).
    # 중학+생, 신청+인: Kiwi splits a person suffix off some nouns.
    return (
        following is not None
        and following.tag == "XSN"
        and following.form in ("님", "들", "생", "인", "자", "객")
    )
