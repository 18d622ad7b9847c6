"""Blind-hiring shapes generalised from the thirteenth set's development half, checked on
sentences written for these tests: a campus's own name, a shared age, the youngest of one's
peers, a stage then a season then an event, service in a branch's place, a child's age or
nursery, worship, height without a unit, the parents' town, a childhood place, an honoured
role of a relative; and the same words about other people or places, which are not leaks."""

import pytest

from prep.coach.blind_hiring import find_leaks


def leaks(text: str) -> list[tuple[str, str]]:
    return [(f.category, text[f.start : f.end]) for f in find_leaks(text)]


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        # a campus named by the school is the school; one named by its place is the place
        ("인사캠 도서관에서 연체 도서를 정리했습니다.", "school", "인사캠"),
        ("국제캠 기숙사에서 사감 보조로 일했습니다.", "school", "국제캠"),
        ("글로컬 캠퍼스 도서관에서 근로를 했습니다.", "school", "글로컬 캠퍼스"),
        ("미래캠퍼스에서 행정 조교로 일했습니다.", "school", "미래캠퍼스"),
        ("세종캠 기숙사에서 살았습니다.", "school_area", "세종캠"),
        ("명륜캠 도서관에서 밤을 새웠습니다.", "school_area", "명륜캠"),
        ("자과캠 앞 하숙집에서 4년을 살았습니다.", "school", "자과캠"),
        ("신촌 일대 하숙집을 전전했습니다.", "school_area", "신촌"),
        # an age said to be shared with the writer
        ("개띠 동갑인 반장님과 야간조를 맡았습니다.", "age", "개띠"),
        ("저와 동갑인 스물여덟 살 주임님과 짝을 이뤘습니다.", "age", "스물여덟 살"),
        # the youngest of one's peers
        ("입사 동기 중 최연소로 현장에 배치되었습니다.", "age", "최연소"),
        ("신입 상담원 가운데 제가 막내였습니다.", "age", "막내"),
        # a stage, a season of it, then an event
        ("중2 겨울에 코로나가 시작되어 온라인 수업을 들었습니다.", "age", "중2 겨울에 코로나"),
        ("대학 1학년 가을 메르스로 축제가 취소되었습니다.", "age", "대학 1학년 가을 메르스"),
        # service named by the branch and the place
        ("공군 비행단에서 정비병으로 복무하며 점검표를 썼습니다.", "name_gender", "공군 비행단"),
        ("육군 부대에서 취사병으로 근무할 때 재고를 셌습니다.", "name_gender", "육군 부대"),
        ("해군에서 갑판병으로 근무하며 밧줄 매듭을 익혔습니다.", "name_gender", "갑판병"),
        ("예비군 훈련을 마치고 온 날 밤에 보고서를 썼습니다.", "name_gender", "예비군 훈련"),
        # a child by age or by nursery, a working parent
        ("다섯 살 딸이 어린이집에 다니기 시작하면서 복직했습니다.", "marital", "다섯 살 딸"),
        ("쌍둥이를 유치원에 보내고 출근했습니다.", "marital", "쌍둥이를 유치원에 보내"),
        ("워킹맘이라 퇴근 뒤 시간이 늘 빠듯했습니다.", "marital", "워킹맘"),
        ("딸 둘을 키우는 아빠로서 돌봄 정책에 관심이 많습니다.", "marital", "딸 둘을 키우는 아빠"),
        # worship and growing up in a religious place
        ("수요 예배에 빠짐없이 나갔습니다.", "religion", "수요 예배에 빠짐없이"),
        ("주말마다 법회에 참석했습니다.", "religion", "법회에 참석했"),
        ("성당 사택에서 자라며 손님 맞는 법을 배웠습니다.", "religion", "성당 사택에서 자라"),
        ("불교 집안에서 자라 절 음식에 익숙합니다.", "religion", "불교 집안에서"),
        ("성당에 다니시는 어머니를 따라 봉사했습니다.", "religion", "성당에 다니시는 어머니"),
        ("스님이신 외삼촌 덕분에 사찰 음식을 배웠습니다.", "family", "스님이신 외삼촌"),
        # height without a unit
        ("키가 180을 넘어 늘 맨 뒷줄에 섰습니다.", "appearance", "키가 180"),
        # the parents' town, a childhood place
        ("본가가 있는 목포에 내려갈 때마다 시장 일을 도왔습니다.", "hometown", "본가가 있는 목포"),
        ("명절이면 부모님이 사시는 거제로 내려갑니다.", "hometown", "부모님이 사시는 거제"),
        ("어린 시절 뛰놀던 제주 바닷가를 지금도 기억합니다.", "hometown", "제주 바닷가"),
        ("어려서 살던 강릉 바닷가 마을에서는 버스가 하루 세 번 왔습니다.", "hometown", "강릉"),
        ("설마다 순천에 내려가 장터 일을 돕습니다.", "hometown", "순천에"),
        # a child by birth order or birth, a body's size, family counselling, a campus name
        ("작은아이가 유치원에 들어가면서 복직했습니다.", "marital", "작은아이"),
        ("둘째를 출산한 뒤 시간 관리가 몸에 뱄습니다.", "marital", "둘째를 출산한"),
        ("몸집이 작아 좁은 설비 틈을 점검하는 일을 맡았습니다.", "appearance", "몸집이 작아"),
        ("185센티가 넘는 키 덕분에 높은 선반을 맡았습니다.", "appearance", "185센티가 넘는 키"),
        ("부모님의 이혼 뒤 가족 상담을 다니며 마음을 추슬렀습니다.", "family", "가족 상담을 다니"),
        ("에리카 캠퍼스 학과 사무실에서 조교로 일했습니다.", "school", "에리카"),
        ("출산 휴가를 마치고 복직했습니다.", "marital", "출산 휴가를 마치"),
        ("맞벌이 부부로 살며 시간을 쪼개 썼습니다.", "marital", "맞벌이 부부로"),
        ("저희 부부는 주말마다 봉사를 다닙니다.", "marital", "저희 부부는"),
        ("108배를 하며 하루를 시작합니다.", "religion", "108배를 하"),
        ("동안인 얼굴 덕분에 아이들이 먼저 말을 걸었습니다.", "appearance", "동안인 얼굴"),
        ("1992년 생으로 올해 입사 6년 차입니다.", "age", "1992년 생"),
        ("오십 대 신입으로서 배우는 자세를 잃지 않겠습니다.", "age", "오십 대 신입"),
        # a relative's honoured role
        ("기관사이셨던 삼촌 덕분에 철도에 관심을 가졌습니다.", "family", "기관사이셨던 삼촌"),
        ("목회자이신 어머니를 따라 봉사를 다녔습니다.", "family", "목회자이신 어머니"),
    ],
)
def test_new_shapes_are_leaks(text, category, excerpt):
    found = leaks(text)
    assert any(c == category and excerpt in e for c, e in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a relative's or a client's service and relatives
        "민원실에 오신 할머니는 손자가 군 복무 중이라 서류를 대신 떼러 오셨습니다.",
        "남편분이 해군에 복무 중이라는 민원인께 위임 절차를 안내했습니다.",
        "보호자이신 할머니께서 서류를 읽기 어려워하셔서 큰 글씨로 다시 써 드렸습니다.",
        "서로 동갑인 두 어르신은 말띠라며 웃으셨습니다.",
        "세 살 아이를 데리고 온 어머니를 상담했습니다.",
        "아이를 어린이집에 맡기고 출근하는 부모님들을 위해 상담 시간을 늦췄습니다.",
        "워킹맘 고객들을 위해 야간 상담 시간을 늘렸습니다.",
        "어르신들이 예배를 드리는 동안 차량 안내를 맡았습니다.",
        "이용자의 부모님이 계신 광주까지 서류를 보냈습니다.",
        "가족 중 막내로 자라 어르신들과 이야기하는 일이 익숙합니다.",
        "명절 연휴에 광주로 내려가는 귀성객에게 교통 정보를 안내했습니다.",
        "덩치가 큰 어르신을 부축해 차량에 태워 드렸습니다.",
        "가족 상담을 진행하며 보호자의 이야기를 끝까지 들었습니다.",
        "아기를 낳은 산모들에게 지원금 신청을 안내했습니다.",
        "에리카 씨와 함께 외국인 주민 통역 봉사를 했습니다.",
        "고객님은 토끼띠 동갑내기 친구와 함께 오셨습니다.",
        "맞벌이 부부를 위한 야간 돌봄 서비스를 안내했습니다.",
        "한 어르신은 아들이 해군 함정에서 근무한다며 자랑하셨습니다.",
        "동료 한 명은 어릴 적 뛰놀던 태백 탄광촌 이야기를 자주 했습니다.",
        "요양병원에서 만난 환자분은 독실한 천주교 신자라 매일 묵주 기도를 하셨습니다.",
        "센터에 오신 어머님은 아이 둘을 키우는 워킹맘이셨습니다.",
        "참여자 중 한 분은 키가 190에 가까웠습니다.",
        "성당에 다니시는 어르신들께 급식 안내문을 드렸습니다.",
        # places and words that share a shape
        "신촌 일대 상권 조사 데이터를 정리했습니다.",
        "안암동 주민센터에서 행정 인턴을 했습니다.",
        "해군 장병들의 휴가 일정을 관리하는 업무를 했습니다.",
        "2020년 생활 폐기물 감량 사업을 맡았습니다.",
        "3년 동안인 계약 기간을 1년 단위로 나눴습니다.",
        "웹캠 앞에서 면접을 연습했습니다.",
        "신촌역 출구 앞 대여소의 자전거 재배치를 맡았습니다.",
        "예비군 훈련장 앞 정류장의 배차 간격을 조정했습니다.",
        "해군 기지 앞 편의점에서 근무하며 재고를 관리했습니다.",
        "밤 열두 시가 넘으면 손님이 끊겼습니다.",
        "새벽 세 시가 지나면 물류 차량이 들어왔습니다.",
        "발급된 키가 150개를 넘어 관리 대장을 만들었습니다.",
        "어릴 적 자주 가던 서울 박물관에서 본 유물이 기억납니다.",
        "교회 옆 골목에서 자랐습니다.",
    ],
)
def test_the_same_words_about_others_or_places_are_not_leaks(text):
    assert leaks(text) == []


def test_an_in_law_looked_after_is_one_family_finding():
    found = leaks("시아버지를 모시고 살며 요양 등급 신청을 도왔습니다.")
    assert [c for c, _ in found] == ["family"], found


def test_a_spouse_keeps_its_marital_finding_beside_their_job():
    found = leaks("남편의 직장을 따라 울산으로 이사했습니다.")
    assert ("marital", "남편") in found, found
