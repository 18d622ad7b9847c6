"""Shapes of language the structure check learnt from the sixteenth and seventeenth sets' dev
halves; every sentence here was written for this file, not taken from a set."""

import pytest

from prep.coach.structure import detect_structure, structure_findings


def _codes(text: str) -> set[str]:
    return {f.code for f in structure_findings(detect_structure(text))}


@pytest.mark.parametrize(
    "text",
    [
        # only the setting: nothing was done, nothing changed
        "주민센터 민원 창구에서 일하던 여름에는 여권 신청이 몰려 대기 줄이 건물 밖까지 "
        "이어졌습니다. 번호표 기계마저 자주 멈춰 누가 먼저인지 다툼이 잦았습니다.",
        # only a feeling
        "처음 무료 급식 배식을 맡은 날, 어르신들의 고맙다는 말씀에 마음이 따뜻해졌습니다. "
        "그날의 보람은 지금도 생생합니다.",
        # only a promise
        "맡은 일은 끝까지 책임지는 자세로 임하겠습니다. 입사 후에도 초심을 잃지 않겠습니다.",
        # only the task and its difficulty
        "제게 주어진 일은 두 달 안에 마을 지도 책자를 완성하는 것이었습니다. 자료마다 "
        "주소 표기가 달라 정리부터 막막했습니다.",
    ],
)
def test_a_short_story_without_an_action_lacks_its_result_and_action(text):
    codes = _codes(text)
    assert "result_missing" in codes
    assert "action_short" in codes


def _outcome_texts(text: str) -> list[str]:
    report = detect_structure(text)
    return [text[s.start : s.end].strip() for s in report.sentences if s.outcome]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a problem that stopped, from then on
        (
            "주민들이 분리수거 요일을 자주 헷갈려 하셔서 요일별 그림 안내문을 만들어 동마다 "
            "붙였습니다. 그주부터 관리사무소로 오는 항의 전화가 끊겼습니다.",
            "그주부터 관리사무소로 오는 항의 전화가 끊겼습니다.",
        ),
        # a backlog that emptied once the writer acted (-자)
        (
            "접수 서류를 유형별 바구니에 나눠 담게 하자 오후마다 쌓이던 미결 서류함이 비었습니다.",
            "오후마다 쌓이던 미결 서류함이 비었습니다.",
        ),
        # a mishap that did not happen (-니)
        (
            "택배 기사님과 수거 시간을 오전으로 당겨 정하니 반품 물량이 한 번도 밀리지 않았습니다.",
            "반품 물량이 한 번도 밀리지 않았습니다.",
        ),
        # nothing a mishap happened to
        (
            "저는 발송 명단을 두 번 대조하는 칸을 체크리스트에 넣었습니다. 그달 감사에서 "
            "누락된 가구가 없었습니다.",
            "그달 감사에서 누락된 가구가 없었습니다.",
        ),
        # others doing something new now, in the present
        (
            "저는 키오스크 화면 순서를 그림 카드로 만들어 옆에 세워 두었습니다. 이제 "
            "어르신들은 직원을 부르지 않고 혼자 표를 뽑으십니다.",
            "이제 어르신들은 직원을 부르지 않고 혼자 표를 뽑으십니다.",
        ),
        # someone else took up what the writer reported
        (
            "민원 게시판의 오류를 정리해 시청 정보과에 알렸고, 담당 부서가 그 다음 주에 "
            "수정 사항을 반영했습니다.",
            "담당 부서가 그 다음 주에 수정 사항을 반영했습니다.",
        ),
    ],
)
def test_a_change_of_state_after_the_action_is_the_outcome(text, outcome):
    assert any(
        outcome.endswith(found) or found.endswith(outcome) for found in _outcome_texts(text)
    ), _outcome_texts(text)
    assert "result_missing" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs before anything was done tell the problem
        "행사 당일 오후가 되자 준비한 안내 책자가 모두 비었습니다. 손님들의 문의 전화도 "
        "자꾸 끊겼습니다.",
        # what the writer will do, or wishes, is no change
        "이제 저는 같은 실수를 반복하지 않겠습니다. 앞으로 민원이 사라지는 창구를 만들고 싶습니다.",
    ],
)
def test_change_words_before_an_action_or_looking_ahead_state_no_outcome(text):
    assert _outcome_texts(text) == []


def _parts(text: str) -> list[tuple[str, str]]:
    report = detect_structure(text)
    return [(s.part, text[s.start : s.end].strip()) for s in report.sentences]


@pytest.mark.parametrize(
    "text",
    [
        "팀 과제 발표 준비가 늦어져 모두 초조했습니다. 저는 끝까지 최선을 다했고 결국 우리 "
        "조는 결선에 진출했습니다.",
        "동아리 대회를 앞두고 연습 시간이 부족했습니다. 저는 열심히 노력했고 마침내 저희 "
        "팀은 지역 예선에서 우승했습니다.",
    ],
)
def test_a_stage_or_prize_reached_is_the_outcome_and_a_bare_effort_is_a_short_action(text):
    codes = _codes(text)
    assert "result_missing" not in codes
    assert "action_short" in codes


@pytest.mark.parametrize(
    "text",
    [
        # a vague doing as the only action: 매뉴얼대로 했습니다, 잘 대처했습니다
        "야간 당직 중 화재 경보가 울렸을 때 안내받은 절차대로 했습니다. 다행히 큰 피해 "
        "없이 끝났습니다.",
        "주말 행사장에서 길 잃은 아이를 맡게 되었을 때 침착하게 대처했습니다. 아이는 "
        "무사히 부모님을 만났습니다.",
        # an effort told with its intention, then a promise
        "복지관 사무 보조로 일하며 출석부를 빠짐없이 챙기려고 노력했습니다. 입사 후에도 "
        "이 마음가짐으로 일하겠습니다.",
        # the scene it happened in is not the action: one short doing after it
        "지역 축제 부스 운영 과정에서 밤늦게 안내 책자를 접었습니다. 그 뒤로 방문객이 늘었습니다.",
    ],
)
def test_a_thin_or_vague_action_is_short(text):
    assert "action_short" in _codes(text)


def test_a_thought_that_came_over_the_writer_is_no_action():
    text = (
        "요양원 봉사 마지막 날, 어르신 한 분이 제 손을 꼭 잡고 우셨습니다. 그 모습을 보며 "
        "이 길을 가야겠다는 마음이 들었습니다."
    )
    assert all(part != "action" for part, _ in _parts(text))
    assert "action_short" in _codes(text)


def test_a_new_time_frame_inside_the_sentence_opens_what_the_action_brought():
    text = (
        "주민센터에서 키오스크 안내를 맡았을 때, 어르신들이 헷갈려 하시던 발급 순서를 큰 "
        "글씨 카드로 만들어 붙여 그 다음 주부터는 대부분의 분들이 혼자 서류를 떼셨습니다."
    )
    parts = _parts(text)
    assert parts[-1][0] == "result"
    assert parts[-1][1].startswith("그 다음 주부터는")
    assert "result_missing" not in _codes(text)


def test_someone_elses_subject_before_the_last_clause_does_not_hide_the_writers_action():
    text = (
        "조합원분들이 배송 요일을 자꾸 잊으셔서, 요일을 적은 냉장고 자석을 만들어 집집마다 "
        "나눠 드렸습니다. 그 뒤로 배송 날 집을 비우는 분이 사라졌습니다."
    )
    parts = _parts(text)
    assert parts[0][0] == "action"
    assert parts[1][0] == "result"


_ACTION = "저는 전입 신고 서류를 항목별로 나눈 점검표를 만들어 창구 옆에 두었습니다. "


@pytest.mark.parametrize(
    "after",
    [
        # others took up a new way of doing
        "옆 창구 주무관님들도 그 점검표를 쓰기 시작했습니다.",
        # what was made spread to others
        "과장님은 이 점검표를 다른 동에도 나눠 주게 하셨습니다.",
        # done at the first try by those helped
        "그 뒤 방문하신 분들은 서류를 한 번에 갖춰 내셨습니다.",
        # a rank taken
        "그해 친절 평가에서 저희 동이 구 전체 2위를 차지했습니다.",
        # made the rule
        "석 달 뒤 이 점검표는 구청 민원실의 표준 서식이 되었습니다.",
    ],
)
def test_others_taking_up_or_a_rank_or_a_rule_is_the_outcome(after):
    report = detect_structure(_ACTION + after)
    assert report.has_outcome
    assert "result_missing" not in _codes(_ACTION + after)


def test_the_writers_own_new_habit_is_no_outcome():
    text = _ACTION + "그 후 저는 서류를 더 꼼꼼하게 보게 되었습니다."
    assert not detect_structure(text).has_outcome
    assert "result_missing" in _codes(text)


_ROUTE = "저는 수거 차량 동선을 지도에 다시 그려 기사님들과 함께 구역을 나눴습니다. "


@pytest.mark.parametrize(
    "after",
    [
        # in use now
        "그 지도는 지금도 사업소의 기본 자료로 활용되고 있습니다.",
        # everyone now
        "이제는 누구나 지도만 보면 자기 수거 구역을 찾습니다.",
        # a share of an earlier time
        "수거 누락 신고가 지난해의 절반 수준으로 줄었습니다.",
    ],
)
def test_a_state_that_holds_now_or_a_share_of_before_is_the_outcome(after):
    assert detect_structure(_ROUTE + after).has_outcome


def test_getting_closer_to_people_is_no_outcome():
    text = _ROUTE + "그 결과 기사님들과 한결 가까워졌습니다."
    assert not detect_structure(text).has_outcome
    assert "result_missing" in _codes(text)


_CALLS = "저는 방문 상담 일정을 새로 짜서 어르신 댁마다 전화로 알려 드렸습니다. "


@pytest.mark.parametrize(
    "after",
    [
        # the old state going on
        "그 어르신은 여전히 혼자 지내셨습니다.",
        # a turn against what was done, a recurring problem
        "그런데 통화 도중 연결이 자꾸 끊겼습니다.",
        # at first (처음에), not for the first time (처음으로)
        "어르신들은 처음에 새 일정을 낯설어하셨습니다.",
        # coming to understand is the writer's mind, not a change
        "이 일로 어르신들의 사정을 조금은 이해하게 되었습니다.",
    ],
)
def test_what_still_holds_or_what_the_writer_came_to_understand_is_no_outcome(after):
    assert not detect_structure(_CALLS + after).has_outcome


def test_others_saying_they_will_go_on_using_the_writers_work_is_its_outcome():
    text = (
        "인턴 마지막 주, 주무관님들이 제가 정리한 민원 응대 문답집을 내년 신규 직원 교육에도 "
        "활용하겠다고 하셨습니다. 문답집은 자주 받는 질문 서른 개를 유형별로 묶어 만들었습니다."
    )
    report = detect_structure(text)
    assert report.sentences[0].part == "result"
    assert report.has_outcome


@pytest.mark.parametrize(
    "text",
    [
        # considering is not yet adopting
        "저는 민원 응대 문답집을 만들어 드렸습니다. 주무관님들은 나중에 검토해 보겠다고 "
        "하셨습니다.",
        # where the writer worked is no work of the writer's that others took up
        "제가 근무한 주민센터는 여름마다 여권 민원이 몰렸고, 직원들은 점심도 거르기 "
        "일쑤였습니다. 저는 번호표 안내문을 새로 써서 붙였습니다.",
    ],
)
def test_considering_or_the_writers_workplace_is_no_adoption(text):
    assert not detect_structure(text).has_outcome


@pytest.mark.parametrize(
    "text",
    [
        "축제 자원봉사 중 분실물 문의가 한꺼번에 몰렸습니다. 저는 분실물 목록을 "
        "만들었고, 문의가 절반으로 줄었습니다.",
        "도서관 반납함이 주말마다 넘쳐 책이 바닥에 쌓였습니다. 저는 월요일 아침마다 "
        "책을 정리했고, 민원이 사라졌습니다.",
    ],
)
def test_a_few_lines_with_less_than_half_action_have_a_short_action(text):
    assert "action_short" in _codes(text)


def test_a_few_lines_mostly_action_are_not_short():
    text = (
        "저는 경로당마다 찾아가 키오스크 사용법을 한 분씩 직접 눌러 보시게 하고, 자주 "
        "헷갈리시는 버튼은 스티커로 표시해 드렸습니다. 그 뒤 문의가 줄었습니다."
    )
    assert "action_short" not in _codes(text)
