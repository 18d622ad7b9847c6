"""Fit shapes found on the sixteenth and seventeenth sets' development halves.

Every sentence here is written for this file (none is a labelled passage): several parties made
to work as one, someone kept from falling behind, equal shares and trust earned back, skills
studied and applied, and the look-alikes that must not count (a quoted product name, radio
traffic, a making step after a loanword, a belief stated with 믿다).
"""

import pytest

from tests.coach.test_fit import touched_names

TOUCHES = [
    # parties acting together and an act that joins their work
    ("교육청과 구청 담당자가 각자 관리하던 명단을 하나의 파일로 합쳤습니다.", "소통과 협력"),
    ("두 기관의 접수 기준이 달라 담당자들과 만나 공통 항목을 정리했습니다.", "소통과 협력"),
    ("시설팀과 민원팀이 같이 쓰는 점검표를 만들어 누락을 줄였습니다.", "소통과 협력"),
    ("병원마다 다른 의뢰서 양식을 한 양식으로 통일했습니다.", "소통과 협력"),
    ("동료들과 반납 일정을 맞춰 보았습니다.", "소통과 협력"),
    ("교대조마다 인계 방식이 달랐습니다. 저는 공통 점검표를 만들었습니다.", "소통과 협력"),
    # an idiom of moving as one, each doing a share
    ("주방, 홀, 배달 담당이 호흡을 맞춰야 주문이 밀리지 않았습니다.", "소통과 협력"),
    ("각자 맡은 구역을 정해 재고를 셌습니다.", "소통과 협력"),
    # someone kept from falling behind or giving up, helped on
    ("한국어가 서툰 이주민 어르신이 신청을 포기하지 않도록 서류 작성을 도왔습니다.", "동행과 행복"),
    ("수업에서 뒤처지던 아이에게 복습 시간을 따로 마련했습니다.", "동행과 행복"),
    ("사고로 다친 근로자가 일터로 복귀할 수 있도록 재활 상담을 연결했습니다.", "동행과 행복"),
    # the same share for all, a refusal by the rules, trust earned back
    ("모든 참여자에게 같은 분량의 자료를 나눠 드렸습니다.", "공정과 신뢰"),
    ("규정에 없는 환불이라 원칙을 말씀드리고 정중히 거절했습니다.", "공정과 신뢰"),
    ("그 뒤로 다시 찾아오는 단골 손님이 늘었습니다.", "공정과 신뢰"),
    ("고객 앞에서 거스름돈을 한 번 더 세어 드렸습니다.", "공정과 신뢰"),
    ("입금 내역을 한 번 더 확인한 뒤 영수증을 드렸습니다.", "공정과 신뢰"),
    # personal records kept in the office
    ("개인정보가 적힌 명단은 한 장도 집으로 가져가지 않았습니다.", "국민지향"),
    ("동명이인의 서류가 섞여 잘못된 안내가 나가지 않도록 주소를 대조했습니다.", "공정과 신뢰"),
    # a skill studied and applied; something new built by joining things
    ("보안 스터디에서 익힌 점검 방법을 실습 서버에 적용해 보았습니다.", "전문성과 혁신"),
    ("전기기사 공부로 쌓은 지식을 설비 점검에 활용했습니다.", "전문성과 혁신"),
    ("사회조사분석사 자격증을 취득하며 통계를 다루는 법을 배웠습니다.", "전문성과 혁신"),
    ("민원 통계와 지도 데이터를 결합해 수요를 예측하는 모델을 만들었습니다.", "전문성과 혁신"),
    ("새로운 기술을 복지 현장에 들여오는 일을 하고 싶습니다.", "미래선도"),
    # someone who could be left out kept well (a purpose clause with them as its subject)
    (
        "한부모 가정 아이들이 방학에도 끼니를 거르지 않도록 도시락 배달 동선을 짰습니다.",
        "동행과 행복",
    ),
    ("쪽방촌 주민분들이 겨울을 무사히 나실 수 있도록 방한용품을 전해 드렸습니다.", "동행과 행복"),
    # such a person's difficulty told, then the writer's act alongside them
    ("치매 초기 어르신이 센터 가는 길을 자주 잊으셔서 길목마다 표지를 붙였습니다.", "동행과 행복"),
    (
        "퇴소를 앞둔 청년이 혼자 집을 구하는 것을 어려워해 주거 지원 제도를 알아보았습니다.",
        "동행과 행복",
    ),
    ("한글을 모르시는 어르신을 위해 그림으로 된 복약 안내표를 만들었습니다.", "동행과 행복"),
    ("저소득 가정 학생들이 교재비 걱정 없이 공부할 수 있게 교재 나눔을 열었습니다.", "동행과 행복"),
    # two shifts making one record together
    (
        "주간 근무자와 야간 근무자가 인계 내용을 다르게 기억해 인계 양식을 함께 만들었습니다.",
        "소통과 협력",
    ),
    # the same for relatives, a cap per household, a date never missed, sums matched again
    ("점장님 친척이라도 똑같이 출퇴근 기록을 남기게 했습니다.", "공정과 신뢰"),
    ("먼저 온 사람이 많이 가져가지 않도록 한 가구당 수량을 정해 두었습니다.", "공정과 신뢰"),
    ("약속한 회신 날짜를 달력에 적어 두고 하루도 넘기지 않았습니다.", "공정과 신뢰"),
    (
        "정산 금액이 천 원 맞지 않아 퇴근을 미루고 영수증을 하나씩 다시 맞춰 보았습니다.",
        "공정과 신뢰",
    ),
    # a security skill practised; a change foreseen and prepared for
    ("보안 동아리에서 모의 해킹 대회에 나가 웹 취약점을 찾았습니다.", "전문성과 혁신"),
    ("마이데이터 서비스가 확대될 것에 대비해 비식별화 방법을 공부했습니다.", "미래선도"),
    ("디지털 취약계층이 늘어나는 흐름을 보고 키오스크 교육을 기획했습니다.", "미래선도"),
    # what one side needs told to the other; a helper beside someone uneasy
    (
        "입고팀이 검수 결과를 늦게 넘겨 출고팀이 기다리는 일이 잦아 알림 규칙을 정했습니다.",
        "소통과 협력",
    ),
    ("반장님들과 그날 위험 구간을 짚어 보는 시간을 가졌습니다.", "소통과 협력"),
    ("어르신이 이상한 문자를 받고 불안해하셔서 은행에 전화를 걸어 확인해 드렸습니다.", "국민지향"),
    ("봉사 확인서를 발급할 때 참여 기록과 맞는지 하나하나 확인했습니다.", "공정과 신뢰"),
    # people served in the order they came
    ("오신 순서대로 번호표를 나눠 드렸습니다.", "공정과 신뢰"),
    # a service adapted for the person served; another way found for them; a same-day reply
    ("보청기를 끼신 할머니께 신청 절차를 천천히 크게 말씀드렸습니다.", "국민지향"),
    ("수급자분께 바뀐 제도를 그림으로 정리해 보내 드렸습니다.", "국민지향"),
    ("원하시는 답이 아니어도 가능한 다른 제도를 찾아 알려 드렸습니다.", "국민지향"),
    ("자리를 비운 담당자 대신 연락처를 받아 두었다가 당일에 회신이 가도록 했습니다.", "국민지향"),
    # a delay not hidden; stock matched the same day; a guide that cut rework
    ("배송 지연을 숨기지 않고 고객에게 먼저 사유를 말씀드렸습니다.", "공정과 신뢰"),
    ("재고 수량이 전산과 다를 때마다 그날 바로 실사해 맞췄습니다.", "공정과 신뢰"),
    ("예시를 모은 가이드 문서를 만들었더니 재작업이 절반으로 줄었습니다.", "전문성과 혁신"),
    ("앞으로 신청은 모바일로 옮겨 갈 것이라 생각해 쉬운 화면 배치를 제안했습니다.", "미래선도"),
    # two teams brought to one table; voices gathered and passed on
    ("간호팀과 원무팀 사이에 정보가 늦게 넘어가 매일 짧은 회의를 열자고 했습니다.", "소통과 협력"),
    (
        "물류팀과 영업팀의 숫자가 달라 두 팀 담당자와 같은 시트를 보며 차이를 찾았습니다.",
        "소통과 협력",
    ),
    ("현장 직원들의 불편 사항을 설문으로 모아 본사에 전달했습니다.", "소통과 협력"),
    # a mistake owned and told at once; a delay told ahead
    ("계산이 틀린 것을 뒤늦게 알고 손님께 바로 연락드려 차액을 돌려드렸습니다.", "공정과 신뢰"),
    ("기한을 못 맞출 것 같으면 하루 전에 미리 사정을 말씀드렸습니다.", "공정과 신뢰"),
    # a repeated chore replaced; paper moved online; a newer technique used
    ("반복되는 문의를 유형별로 정리해 자주 묻는 질문 페이지를 만들었습니다.", "전문성과 혁신"),
    ("종이 신청서를 온라인 설문으로 바꿔 접수 시간을 절반으로 줄였습니다.", "전문성과 혁신"),
    ("머신러닝으로 위기 가구를 찾는 모델을 공모전에서 만들었습니다.", "미래선도"),
    # what one learns at work kept to oneself; nobody turned away
    ("업무 중 알게 된 이웃의 사정을 가족에게도 말하지 않았습니다.", "국민지향"),
    ("마감이 지나 찾아오신 분도 돌려보내지 않고 서류를 확인해 드렸습니다.", "국민지향"),
]


@pytest.mark.parametrize(("text", "value"), TOUCHES)
def test_the_shape_touches_the_value(text, value):
    assert value in touched_names(text)


LOOK_ALIKES = [
    # a quoted name before 라는, a product named after a value
    ("'행복 한 상자'라는 선물을 포장했습니다.", "동행과 행복"),
    ("‘소통 라운지’라는 휴게 공간을 청소했습니다.", "소통과 협력"),
    ("손님들이 '동행 세트'를 자주 주문했습니다.", "동행과 행복"),
    ("매장에서 행복 요금제 가입 서류를 정리했습니다.", "동행과 행복"),
    # radio and signal traffic; a making step after a loanword
    ("무전 소통이 끊겨 크레인 작업을 멈췄습니다.", "소통과 협력"),
    ("신호 소통이 불안정해 중계기를 교체했습니다.", "소통과 협력"),
    ("무선 장비의 소통 상태를 매일 점검했습니다.", "소통과 협력"),
    # a quoted name before the thing it names; fair-trade goods; a 센터 is no resident
    ("'행복한 밥상' 식당에서 서빙을 했습니다.", "동행과 행복"),
    ("'행복 나눔 장터'에서 물품 판매를 도왔습니다.", "동행과 행복"),
    ("공정 무역 원두를 진열대에 채웠습니다.", "공정과 신뢰"),
    ("주민센터가 문을 닫지 않도록 당번표를 짰습니다.", "동행과 행복"),
    # steps done in order are not people served in order
    ("매뉴얼 순서대로 기계를 조립했습니다.", "공정과 신뢰"),
    # handing something over with no care for the person is no tailored service
    ("어르신들께 전단을 나누어 드렸습니다.", "국민지향"),
    # a change made because one was told to; plans made with teammates
    ("매장 진열 방식을 점장님 지시대로 바꿨습니다.", "전문성과 혁신"),
    ("팀원들과 점심 메뉴를 정했습니다.", "소통과 협력"),
    # a fault that must not recur is not a person kept with
    ("같은 장애가 다시 생기지 않도록 점검 순서를 바꿨습니다.", "동행과 행복"),
    ("원단 프린팅 공정을 새로 배워 작업 속도를 높였습니다.", "공정과 신뢰"),
    # the writer's opinion with 믿다
    ("작은 친절이 기관의 얼굴을 바꾼다고 믿습니다.", "공정과 신뢰"),
    ("기록을 남기는 습관이 틀리기 쉬운 일을 줄인다고 믿습니다.", "공정과 신뢰"),
    # a news article, not a certificate
    ("신문 기사를 준비하며 인터뷰 일정을 잡았습니다.", "전문성과 혁신"),
    # parties who only receive what was shared
    ("두 기관에 공문 사본을 공유했습니다.", "소통과 협력"),
]


@pytest.mark.parametrize(("text", "value"), LOOK_ALIKES)
def test_the_look_alike_does_not_touch_the_value(text, value):
    assert value not in touched_names(text)
