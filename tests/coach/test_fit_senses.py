"""Fit read by meaning: paraphrases of a value touch it, look-alikes of its word do not.

Every sentence here is written for this file (none is a labelled passage): for each kind of
paraphrase, several ways a different applicant could put the same act.
"""

import pytest

from tests.coach.test_fit import touched_names

STAYING_BESIDE = [
    "거동이 불편한 할머니를 모시고 은행과 우체국을 차례로 들렀습니다.",
    "입원 첫날 불안해하시는 환자분 옆에서 검사 순서를 하나씩 설명해 드렸습니다.",
    "서류 접수가 처음이신 분을 2층 창구까지 함께 가 드렸습니다.",
    "처음 오신 이주민 어머니를 혼자 두지 않으려고 상담이 끝날 때까지 통역을 맡았습니다.",
]

COUNTS_OTHERS_RELY_ON = [
    "제 출석 명단으로 다음 주 급식 수량이 정해지기 때문에 매일 두 번씩 확인했습니다.",
    "재고표의 숫자가 창고와 어긋나지 않도록 퇴근 전 다시 한 번 세어 보았습니다.",
    "제가 넘긴 숫자로 예산이 짜였기에 합계를 두 번 검산했습니다.",
]

REBUILDING_A_STEP = [
    "종이 대장에 수기로 적던 대여 기록을 바코드 스캐너로 읽도록 바꾸자고 제안했습니다.",
    "매번 수작업으로 합치던 주간 보고서를 스프레드시트 하나로 묶었습니다.",
    "택배 송장을 손으로 옮겨 적던 과정을 QR 코드로 바꾸자고 제안했습니다.",
]

ONE_RECORD_FOR_TWO_SIDES = [
    "주간 조와 야간 조가 따로 쓰던 인수인계 노트를 하나로 합쳐 모두가 같은 내용을 보게 했습니다.",
    "병동과 약제실 사이에 처방 변경이 늦게 전달되어 두 부서가 함께 확인하는 시간을 만들었습니다.",
    "교대할 때마다 다음 근무자에게 인수인계 내용을 단체방에 공유했습니다.",
]

AHEAD_OF_A_CHANGE = [
    "앞으로 상담도 대부분 비대면으로 넘어갈 것이라 보고 화상 상담 매뉴얼을 먼저 만들었습니다.",
    "과수원에 드론 방제를 처음 도입할 때 시범 농가의 작업 시간을 기록했습니다.",
    "고령 인구가 늘어날 것으로 예상해 어르신용 키오스크 안내를 미리 준비했습니다.",
    "스마트팜 시범 사업에서 센서 자료를 모아 다음 해 도입 계획의 근거로 정리했습니다.",
]

KEEPING_WHAT_ONE_SEES = [
    "민원인의 주민등록번호가 적힌 서류는 퇴근 전 모두 파쇄했고, 친구가 물어도 민원 내용을 "
    "말하지 않았습니다.",
    "상담 중 알게 된 가정 형편은 동료에게도 옮기지 않았고, 고객 개인정보를 철저히 지켰습니다.",
    "신청자 개인정보가 담긴 파일은 업무가 끝나면 바로 파쇄하고, 가족이 물어도 상담 내용을 "
    "말하지 않았습니다.",
]


ONE_RULE_FOR_ALL = [
    "대여 신청은 접수 시간 기준으로만 처리하고 전화 예약은 받지 않았습니다.",
    "장학생은 공고한 순서대로만 선정하고 추천서는 받지 않았습니다.",
    "좌석은 규정에 따라서만 배정했습니다.",
]

OLD_WAY_REPLACED = [
    "매주 손으로 확인하던 결제 화면을 테스트 스크립트로 돌리도록 만들었습니다.",
    "입고 상품을 하나씩 장부에 적던 방식을 바코드 스캐너로 바꿨습니다.",
    "종이로 돌리던 결재 양식을 공유 문서로 바꾸자 처리 기간이 짧아졌습니다.",
]

TWO_UNITS_ONE_RECORD = [
    "야간 근무자와 주간 근무자가 같은 점검표에 메모를 남기도록 바꿨습니다.",
    "급식실과 보건실이 알레르기 명단을 같이 보도록 공유 폴더를 만들었습니다.",
    "간호사와 간병인이 함께 확인하는 체크 시간을 하루 두 번 두었습니다.",
]

PILOT_THEN_WIDER = [
    "무인 반납기를 한 지점에 시범 운영해 보고 결과를 정리해 전체 지점으로 확대했습니다.",
    "전자 출석부를 시범 도입해 본 뒤 다른 반에도 늘렸습니다.",
    "키오스크를 시범 설치한 결과를 모아 확대 계획을 세웠습니다.",
]

WITH_SOMEONE_SERVED = [
    "장애인 이용자분과 동행해 은행 업무를 도왔습니다.",
    "할머니와 함께 걸어 정류장까지 갔습니다.",
    "병원 진료가 처음이신 외국인 노동자와 접수부터 수납까지 동행했습니다.",
]


THROUGH_THE_WHOLE_ERRAND = [
    "글을 읽기 어려우신 할아버지의 서류를 처음부터 끝까지 같이 챙겨 드렸습니다.",
    "휠체어를 타신 이용자분이 병원 예약부터 약국까지 가시는 길을 함께 다녔습니다.",
    "접수증이 나올 때까지 어르신 곁을 떠나지 않았습니다.",
]

FIGURES_OTHERS_USE = [
    "다음 조가 제 인수 수량을 그대로 믿고 출고하기 때문에 한 상자도 대충 세지 않았습니다.",
    "오전 조가 넘긴 수량과 실제 재고가 맞는지 매번 맞춰 본 뒤에 서명했습니다.",
    "정산 담당자가 제 장부를 믿고 처리하기에 영수증을 날짜순으로 붙여 두었습니다.",
]

NO_EXCEPTION_WHOEVER_ASKS = [
    "대기 순번은 누가 와도 바꾸지 않았습니다.",
    "급하다는 지인에게도 똑같이 번호표를 뽑아 드렸습니다.",
    "단골에게도 순서대로 안내했습니다.",
]

A_TOOL_BUILT = [
    "민원 접수 내역을 데이터베이스로 옮기고 검색 화면을 만들었습니다.",
    "테스트 시나리오를 스크립트로 짜서 배포 전 점검을 매번 같은 방식으로 돌렸습니다.",
    "월별 통계를 매크로로 만들어 보고 시간을 줄였습니다.",
]

UNITS_MEET_TO_ALIGN = [
    "조리실과 배식 담당이 매일 아침 10분씩 만나 그날 식단과 주의 사항을 맞췄습니다.",
    "간호사실과 간병인이 한 장의 인수인계표를 함께 쓰도록 양식을 바꿨습니다.",
    "배차실과 기사님들이 같은 화면을 보며 배차를 조정했습니다.",
]

FORECAST_ACTED_ON = [
    "앞으로 데이터 분석이 더 중요해질 것이라 판단해 파이썬을 독학했습니다.",
    "비대면 신청이 늘어날 것으로 내다보고 온라인 안내 영상을 먼저 만들었습니다.",
    "종이 서식이 전자 서식으로 대체될 것이라 보고 양식을 미리 옮겨 두었습니다.",
]

RECORDS_PUT_AWAY = [
    "신고자 정보가 적힌 메모는 근무가 끝나면 바로 파쇄했습니다.",
    "주민등록번호가 담긴 출력물은 퇴근 전에 파쇄했습니다.",
    "연락처가 적힌 접수 대장은 업무가 끝나면 파쇄하거나 보관함에 넣고 잠갔습니다.",
]


NOT_ALWAYS_THE_SAME_ONE = [
    "급식 배식 순서를 매주 반별로 바꿔 늘 같은 반이 늦게 먹지 않도록 했습니다.",
    "야간 근무표를 돌려 짜서 매번 같은 사람만 밤을 새우지 않게 했습니다.",
    "배차를 새로 짜 늘 같은 기사가 먼 노선을 맡는 일이 없도록 했습니다.",
]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        *((t, "공정과 신뢰") for t in NOT_ALWAYS_THE_SAME_ONE),
        *((t, "동행과 행복") for t in THROUGH_THE_WHOLE_ERRAND),
        *((t, "공정과 신뢰") for t in FIGURES_OTHERS_USE),
        *((t, "공정과 신뢰") for t in NO_EXCEPTION_WHOEVER_ASKS),
        *((t, "전문성과 혁신") for t in A_TOOL_BUILT),
        *((t, "소통과 협력") for t in UNITS_MEET_TO_ALIGN),
        *((t, "미래선도") for t in FORECAST_ACTED_ON),
        *((t, "국민지향") for t in RECORDS_PUT_AWAY),
        *((t, "공정과 신뢰") for t in ONE_RULE_FOR_ALL),
        *((t, "전문성과 혁신") for t in OLD_WAY_REPLACED),
        *((t, "소통과 협력") for t in TWO_UNITS_ONE_RECORD),
        *((t, "미래선도") for t in PILOT_THEN_WIDER),
        *((t, "동행과 행복") for t in WITH_SOMEONE_SERVED),
        *((t, "동행과 행복") for t in STAYING_BESIDE),
        *((t, "공정과 신뢰") for t in COUNTS_OTHERS_RELY_ON),
        *((t, "전문성과 혁신") for t in REBUILDING_A_STEP),
        *((t, "소통과 협력") for t in ONE_RECORD_FOR_TWO_SIDES),
        *((t, "미래선도") for t in AHEAD_OF_A_CHANGE),
        *((t, "국민지향") for t in KEEPING_WHAT_ONE_SEES),
    ],
)
def test_a_paraphrase_of_the_value_touches_it(text, value):
    assert value in touched_names(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 전문 labelling what a shop or firm does, not the writer's expertise
        ("한식 전문 식당에서 설거지를 했습니다.", "전문성과 혁신"),
        ("수입차 전문 정비소에서 세차를 맡았습니다.", "전문성과 혁신"),
        ("이 가게는 수입차 전문이라 부품이 비쌌습니다.", "전문성과 혁신"),
        # a slogan quoted, with a word between 라는 and what it names
        ("신뢰할 수 있는 브랜드라는 광고 문구가 붙은 상자를 옮겼습니다.", "공정과 신뢰"),
        ("믿을 수 있는 병원이라는 간판이 달린 건물을 청소했습니다.", "공정과 신뢰"),
        # a bus or line named after a value, and traffic flow
        ("동행 버스 노선이 바뀌어 출근 시간이 이십 분 늘었습니다.", "동행과 행복"),
        ("퇴근길 차량 소통이 원활하다는 방송을 들으며 운전했습니다.", "소통과 협력"),
        # the new words in their everyday senses
        ("사장님을 모시고 거래처 회의에 들어가 회의록을 작성했습니다.", "동행과 행복"),
        ("옆 테이블 손님이 부르셔서 메뉴판을 가져다 드렸습니다.", "동행과 행복"),
        ("매장 입구 ATM 옆에서 행사 전단지를 나눠 드렸습니다.", "동행과 행복"),
        ("회식 장소로 새로 생긴 고깃집을 제안했습니다.", "전문성과 혁신"),
        ("두 상자를 하나로 합쳐 택배비를 아꼈습니다.", "소통과 협력"),
        ("친구와의 약속이 틀어져 혼자 영화를 봤습니다.", "공정과 신뢰"),
        ("비밀번호를 잊어버려 관리자에게 초기화를 요청했습니다.", "국민지향"),
        ("앞으로 더 열심히 할 것이라고 다짐했습니다.", "미래선도"),
        ("내일 비가 올 것으로 보고 우산을 챙겼습니다.", "미래선도"),
        ("카메라 드론으로 졸업 앨범 사진을 찍었습니다.", "미래선도"),
        ("그 일이 끝날 때까지 함께 일한 동료들에게 감사합니다.", "동행과 행복"),
        # going along with a friend or a colleague is a trip, not the value
        ("여행 중 우연히 만난 친구와 동행하며 사진을 찍었습니다.", "동행과 행복"),
        ("선배님과 동행해 현장을 다녀왔습니다.", "동행과 행복"),
        ("팀장님과 함께 동행하여 거래처를 방문했습니다.", "동행과 행복"),
        ("동기와 함께 걸어 다니며 전단지를 붙였습니다.", "동행과 행복"),
        # what is replaced is not a way of working; two people sharing a room; a menu tried
        ("쓰던 우산을 새 우산으로 바꿨습니다.", "전문성과 혁신"),
        ("제가 다니던 회사를 다른 회사로 바꿨습니다.", "전문성과 혁신"),
        ("가족들과 제가 같은 방을 쓰며 시험 공부를 했습니다.", "소통과 협력"),
        ("친구와 제가 같이 보던 영화가 끝났습니다.", "소통과 협력"),
        ("신메뉴를 시험해 보고 반응이 좋아 전 매장으로 확대했습니다.", "미래선도"),
        ("주말마다 돌아가며 청소를 맡았습니다.", "공정과 신뢰"),
        ("규정으로만 따지면 문제가 없었습니다.", "공정과 신뢰"),
        # a programme, campaign or government policy named after a value, quoted or not
        ("지역아동센터의 '함께 동행' 프로그램 일정표를 출력했습니다.", "동행과 행복"),
        ("동행 프로그램 참가자 명단을 엑셀로 정리했습니다.", "동행과 행복"),
        ("구청의 ‘행복’ 캠페인 포스터를 붙였습니다.", "동행과 행복"),
        ("정부혁신 우수사례 발표회장에서 의자를 배치했습니다.", "전문성과 혁신"),
        ("정부혁신 평가 자료를 스캔해 폴더에 넣었습니다.", "전문성과 혁신"),
        # the same words about oneself or one's friends
        ("수업이 끝날 때까지 같이 앉아 있던 친구가 있었습니다.", "동행과 행복"),
        ("자리를 떠나지 않고 계속 게임을 했습니다.", "동행과 행복"),
        ("친구와 함께 다녔던 학원 앞을 지나갔습니다.", "동행과 행복"),
        ("대충 하지 않는 성격입니다.", "공정과 신뢰"),
        ("누가 와도 반갑게 인사했습니다.", "공정과 신뢰"),
        ("사진을 클라우드로 옮겨 저장했습니다.", "전문성과 혁신"),
        ("코드로 짠 게임을 친구에게 보여 주었습니다.", "전문성과 혁신"),
        ("연락처가 적힌 명함을 지갑에 넣었습니다.", "국민지향"),
        ("친구와 제가 카페에서 만나 과제를 맞췄습니다.", "소통과 협력"),
        ("내년엔 사람이 늘 것이라 생각해 의자를 더 샀습니다.", "미래선도"),
        ("동아리 회원들 사이에서 남은 간식을 나눠 갖자는 말이 나왔습니다.", "소통과 협력"),
        # an end and a closing shift are not seeing a thing through (책임 of 국민지향)
        ("하루 끝에 고객 명단을 정리했습니다.", "국민지향"),
        ("카페 마감 근무를 하며 고객이 남긴 컵을 치웠습니다.", "국민지향"),
        ("편의점 마감 청소를 하고 나면 손님이 두고 간 우산을 정리했습니다.", "국민지향"),
        # how hard the work was, not words made easy for someone
        ("민원 창구 일은 처음에는 쉽지 않았습니다. 하루에 백 명이 넘게 오셨습니다.", "국민지향"),
        ("민원 서류 정리는 쉽지만 지루한 일이었습니다.", "국민지향"),
        # the same mistake kept from recurring, the same customer seen again: not fairness
        ("늘 같은 실수가 반복되지 않도록 점검표를 만들었습니다.", "공정과 신뢰"),
        ("항상 같은 분이 오셔서 얼굴을 익혔습니다.", "공정과 신뢰"),
    ],
)
def test_a_look_alike_does_not_touch_the_value(text, value):
    assert value not in touched_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "전공 수업에서 전문 지식을 쌓았습니다.",
        "IT 전문 역량을 키우기 위해 자격증을 땄습니다.",
        "전문적인 상담을 위해 관련 법령을 외웠습니다.",
    ],
)
def test_expertise_itself_still_touches_its_value(text):
    assert "전문성과 혁신" in touched_names(text)


def test_a_paraphrase_ending_in_a_verb_is_not_read_as_a_machine_name():
    # 모시고 주민센터: 센터 names a place after the act, not a thing the phrase is part of
    assert "동행과 행복" in touched_names("어르신을 모시고 주민센터와 구청을 하루에 다녔습니다.")


def test_the_company_s_value_quoted_by_the_writer_still_touches_it():
    assert "소통과 협력" in touched_names("‘소통과 협력’을 실천하겠습니다.")


@pytest.mark.parametrize(
    "text",
    [
        "맡은 민원은 끝까지 처리했습니다.",
        "마감을 지키기 위해 주말에도 고객 자료를 정리했습니다.",
        "민원 안내문을 어르신도 읽기 쉽게 고쳤습니다.",
    ],
)
def test_seeing_a_thing_through_for_the_people_served_still_touches_the_trait(text):
    assert "국민지향" in touched_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "민원을 처리해 드린 뒤 어르신이 쥐여 주신 만 원을 끝내 받지 않았습니다.",
        "감사의 뜻으로 보내 주신 과일 상자는 정중히 사양하고 마음만 받겠다고 말씀드렸습니다.",
        "보호자분이 건넨 상품권을 받지 않고 돌려드렸습니다.",
        "환자의 진료 기록은 담당 업무가 아니면 열어 보지 않았습니다.",
        "맡은 일은 끝까지 책임지고 마쳤습니다.",
    ],
)
def test_one_quality_of_a_trait_stated_as_a_whole_act_touches_it(text):
    # 국민지향: 따뜻한 배려와 공직윤리를 겸비한 책임감 있는 인재
    assert "국민지향" in touched_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "그 자리의 책임이 무거웠습니다.",
        "청렴 교육을 들었습니다.",
        "손님이 선물 포장을 원하지 않으셔서 상자를 돌려드렸습니다.",
        "할인 쿠폰은 받지 않고 현금으로 계산했습니다.",
    ],
)
def test_a_quality_only_named_or_a_parcel_handed_back_does_not_touch_the_trait(text):
    assert "국민지향" not in touched_names(text)
