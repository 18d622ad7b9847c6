"""Kinds of error the seventh spelling set's development half showed, tested with sentences
another writer might produce (none of them is a line of the set)."""

import pytest

from prep.coach.spelling import apply, check_spelling


def _fixes(text):
    return [(f.original, f.suggestion) for f in check_spelling(text)]


@pytest.mark.parametrize(
    ("text", "right"),
    [
        # 사이시옷 before 값, 국, 속, 말, and none before a tensed or aspirated sound.
        ("우유값이 올라 아침 메뉴를 바꿨습니다.", "우윳값이 올라 아침 메뉴를 바꿨습니다."),
        ("급식에 김치국이 나오는 날이었습니다.", "급식에 김칫국이 나오는 날이었습니다."),
        ("바다속 쓰레기를 줍는 봉사를 했습니다.", "바닷속 쓰레기를 줍는 봉사를 했습니다."),
        ("긴장하면 혼자말을 하는 버릇이 있습니다.", "긴장하면 혼잣말을 하는 버릇이 있습니다."),
        ("윗층 사무실로 서류를 옮겼습니다.", "위층 사무실로 서류를 옮겼습니다."),
        ("재고의 갯수를 매일 셌습니다.", "재고의 개수를 매일 셌습니다."),
        # 깎다 with a single ㄱ.
        ("사장님이 가격을 깍아 주셨습니다.", "사장님이 가격을 깎아 주셨습니다."),
        ("예산이 깍였지만 행사를 마쳤습니다.", "예산이 깎였지만 행사를 마쳤습니다."),
        ("연필을 깍는 시간도 아까웠습니다.", "연필을 깎는 시간도 아까웠습니다."),
        # 되어 가다 → 돼 가다.
        ("마감이 거의 다 되가요.", "마감이 거의 다 돼 가요."),
        ("준비가 다 되가던 참이었습니다.", "준비가 다 돼 가던 참이었습니다."),
        ("입사한 지 일 년이 되간다.", "입사한 지 일 년이 돼 간다."),
        # A final [ʃ] is 시.
        ("플래쉬를 켜고 창고를 점검했습니다.", "플래시를 켜고 창고를 점검했습니다."),
        ("브러쉬로 장비를 닦았습니다.", "브러시로 장비를 닦았습니다."),
        ("매출 대쉬보드를 만들었습니다.", "매출 대시보드를 만들었습니다."),
        # Words the dictionary lists whole.
        ("시험 전날 밤 새 공부했습니다.", "시험 전날 밤새 공부했습니다."),
        ("그날은 한 숨도 자지 못했습니다.", "그날은 한숨도 자지 못했습니다."),
        ("힘 차게 첫 출근을 했습니다.", "힘차게 첫 출근을 했습니다."),
        ("보람 찬 하루였습니다.", "보람찬 하루였습니다."),
        ("반려 동물과 함께 사는 가구가 늘었습니다.", "반려동물과 함께 사는 가구가 늘었습니다."),
        ("하루 하루를 기록했습니다.", "하루하루를 기록했습니다."),
        ("매장 구석 구석을 살폈습니다.", "매장 구석구석을 살폈습니다."),
        # 뻔하다, 척하다, 듯하다 are one word: not split inside.
        ("계단에서 넘어질 뻔 했습니다.", "계단에서 넘어질 뻔했습니다."),
        ("모르는 척 하지 않고 물었습니다.", "모르는 척하지 않고 물었습니다."),
        ("비가 올 듯 합니다.", "비가 올 듯합니다."),
        # -째 is a suffix.
        ("이틀 째 비가 내렸습니다.", "이틀째 비가 내렸습니다."),
        ("세 번 째 도전에서 합격했습니다.", "세 번째 도전에서 합격했습니다."),
        ("둘 째 주에는 현장에 나갔습니다.", "둘째 주에는 현장에 나갔습니다."),
        # -스럽다 adverbs end in -스레.
        ("새삼스래 부모님께 감사했습니다.", "새삼스레 부모님께 감사했습니다."),
        ("선배가 걱정스래 물었습니다.", "선배가 걱정스레 물었습니다."),
        ("대화가 자연스래 이어졌습니다.", "대화가 자연스레 이어졌습니다."),
        # 사달이 나다.
        ("결국 사단이 났습니다.", "결국 사달이 났습니다."),
        ("점검을 건너뛰면 사단이 납니다.", "점검을 건너뛰면 사달이 납니다."),
        ("작은 실수로 사단이 날 뻔했습니다.", "작은 실수로 사달이 날 뻔했습니다."),
        # 낫다 after 게/것이/편이 (a comparison), 낳았다 after an object.
        ("혼자 하는 것이 낳다고 생각했습니다.", "혼자 하는 것이 낫다고 생각했습니다."),
        ("일찍 가는 편이 낳습니다.", "일찍 가는 편이 낫습니다."),
        ("직접 묻는 게 낳겠다고 판단했습니다.", "직접 묻는 게 낫겠다고 판단했습니다."),
        ("새 제도가 좋은 성과를 나았습니다.", "새 제도가 좋은 성과를 낳았습니다."),
        ("그 말이 오해를 나았고 바로 사과했습니다.", "그 말이 오해를 낳았고 바로 사과했습니다."),
        ("규정 변경이 혼란을 나았다.", "규정 변경이 혼란을 낳았다."),
    ],
)
def test_the_seventh_sets_kinds_are_corrected(text, right):
    assert apply(text, check_spelling(text)) == right


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("학생 한명 한명에게 연락했습니다.", "한명 한명", "한 명 한 명"),
        ("상자를 두개 두개씩 쌓았습니다.", "두개 두개", "두 개 두 개"),
        ("부품 한개 한개를 점검했습니다.", "한개 한개", "한 개 한 개"),
    ],
)
def test_a_doubled_unit_is_one_finding(text, wrong, right):
    assert (wrong, right) in _fixes(text)


@pytest.mark.parametrize(
    "text",
    [
        "하마터면 넘어질 뻔했습니다.",
        "선배는 아는 척했지만 곧 물어보셨습니다.",
        "비가 올 듯하다는 예보였습니다.",
        "사흘째 야근을 했습니다.",
        "의사가 배를 째 보자고 했습니다.",
        "조심스레 의견을 말씀드렸습니다.",
        "사단 본부에서 행정병으로 복무했습니다.",
        "감기가 다 나았습니다.",
        "상처가 금방 나았고 다시 출근했습니다.",
        "고양이가 새끼를 낳았습니다.",
        "밤새 내린 눈을 치웠습니다.",
        "힘찬 목소리로 인사했습니다.",
        "한숨 돌리고 다시 일을 시작했습니다.",
        "두 번 세 번 확인했습니다.",
    ],
)
def test_near_misses_are_left_alone(text):
    assert _fixes(text) == []


def test_man_after_a_noun_is_the_particle_not_manhada():
    text = "이번 달 만 해도 세 번 야근했습니다."
    assert apply(text, check_spelling(text)) == "이번 달만 해도 세 번 야근했습니다."


def test_two_different_units_stay_two_findings():
    fixes = _fixes("두번 세번 확인했습니다.")
    assert ("두번", "두 번") in fixes and ("세번", "세 번") in fixes


@pytest.mark.parametrize(
    ("text", "right"),
    [
        # -ㄹ 거 written apart but tensed.
        ("내일까지 제출할 꺼예요.", "내일까지 제출할 거예요."),
        ("회의는 곧 끝날 껍니다.", "회의는 곧 끝날 겁니다."),
        ("제가 맡을 껀데 괜찮을까요?", "제가 맡을 건데 괜찮을까요?"),
        # 맞추다 for what is made to fit: an amount, pieces, a colour, a budget.
        ("사용량을 맞혀 주문했습니다.", "사용량을 맞춰 주문했습니다."),
        ("예산을 맞히려고 견적을 다시 받았습니다.", "예산을 맞추려고 견적을 다시 받았습니다."),
        ("색깔을 맞히느라 시간이 걸렸습니다.", "색깔을 맞추느라 시간이 걸렸습니다."),
        # 붙이다 for a surface.
        ("시간표를 칠판에 부쳤습니다.", "시간표를 칠판에 붙였습니다."),
        ("행사 포스터를 유리창에 부쳐 두었습니다.", "행사 포스터를 유리창에 붙여 두었습니다."),
        ("주의 문구를 냉장고에 부쳤습니다.", "주의 문구를 냉장고에 붙였습니다."),
        # 횟수 after an event.
        ("야간 순찰 회수를 늘렸습니다.", "야간 순찰 횟수를 늘렸습니다."),
        ("결근 회수가 줄었습니다.", "결근 횟수가 줄었습니다."),
        ("시스템 오류 회수를 매일 기록했습니다.", "시스템 오류 횟수를 매일 기록했습니다."),
        # 지양 for what is avoided, as a topic too.
        ("꼼수는 지향해야 한다고 배웠습니다.", "꼼수는 지양해야 한다고 배웠습니다."),
        ("허례허식은 지향하고 실속을 챙겼습니다.", "허례허식은 지양하고 실속을 챙겼습니다."),
        ("관행을 지향하고 원칙을 지켰습니다.", "관행을 지양하고 원칙을 지켰습니다."),
        # Hearsay is -대요.
        ("친구 말로는 그 회사는 야근이 없데요.", "친구 말로는 그 회사는 야근이 없대요."),
        ("선배가 그러는데 면접이 어렵데요.", "선배가 그러는데 면접이 어렵대요."),
        ("듣기로는 내일 비가 온데요.", "듣기로는 내일 비가 온대요."),
    ],
)
def test_the_seventh_sets_context_kinds_are_corrected(text, right):
    assert apply(text, check_spelling(text)) == right


@pytest.mark.parametrize(
    "text",
    [
        "나갈 때 불 꺼야 해요.",
        "선생님이 불 꺼라고 하셨습니다.",
        "불 꺼라는 말을 듣고 나왔습니다.",
        "수수께끼 정답을 맞혔습니다.",
        "안건을 회의에 부쳤습니다.",
        "공문을 우편으로 부쳤습니다.",
        "반품 회수를 맡았습니다.",
        "그 식당 음식이 정말 맛있데요.",
        "고객 중심의 서비스를 지향합니다.",
    ],
)
def test_context_near_misses_are_left_alone(text):
    assert _fixes(text) == []


@pytest.mark.parametrize(
    ("text", "right"),
    [
        # 얼마나 … -던지 recalls what happened, also after a present stem when the sentence
        # goes on in the past.
        ("얼마나 춥든지 손이 얼었습니다.", "얼마나 춥던지 손이 얼었습니다."),
        ("얼마나 바쁘든지 밥 먹을 시간도 없었다.", "얼마나 바쁘던지 밥 먹을 시간도 없었다."),
        ("얼마나 긴장되든지 목소리가 떨렸습니다.", "얼마나 긴장되던지 목소리가 떨렸습니다."),
    ],
)
def test_a_recalled_deunji_is_deonji(text, right):
    assert apply(text, check_spelling(text)) == right


@pytest.mark.parametrize(
    "text",
    [
        "얼마나 노력하든지 상관없이 결과는 같았습니다.",
        "얼마나 하든지 간에 끝까지 했다.",
        "얼마나 어렵든지 꼭 해낼 것입니다.",
        "얼마나 많든지 적든지 다 받았다.",
    ],
)
def test_a_deunji_of_no_matter_how_is_left_alone(text):
    assert _fixes(text) == []
