"""After the eighth set: kinds of error its development half showed, tested with sentences
written for these tests (not the set's) — an age told by a dated event or a stage of life, a
parent's role, a single-parent upbringing, looks, a fact said not to matter or naming a rule,
a kin subject after someone is brought on stage, outcomes without cue words, vague claims in
transitive forms and joining an institution said as joining its family."""

import pytest

from prep.coach.blind_hiring import find_leaks
from prep.coach.company_names import Company, find_other_companies
from prep.coach.evidence import evidence_findings
from prep.coach.structure import detect_structure, structure_findings


def leaks(text):
    return [leak.excerpt for leak in find_leaks(text)]


@pytest.mark.parametrize(
    "text, leak",
    [
        ("금융위기 때 중학생이었던 저는 문 닫는 가게를 보며 자랐습니다.", "중학생"),
        ("2011학번으로 입학해 네 해 동안 통계를 공부했습니다.", "2011학번"),
        ("2007년 수능을 치르고 곧바로 물류 회사에 들어갔습니다.", "2007년 수능"),
        ("40대 가장으로서 다시 시작하는 것이 두렵지 않았습니다.", "40대"),
        ("늦깎이 신입이지만 현장 경험만큼은 자신 있습니다.", "늦깎이"),
        ("어느덧 후배를 이끌어야 하는 나이가 되었습니다.", "나이가 되었"),
        ("쌍둥이 아들을 키우는 아빠로서 통학로 안전에 관심이 많습니다.", "아빠"),
        ("아빠로서 주말마다 아이와 도서관에 갑니다.", "아빠"),
        ("저희 남매를 혼자 키우신 아버지는 늘 새벽에 출근하셨습니다.", "아버지"),
        ("어머니께서 홀로 저를 키우시며 식당을 하셨습니다.", "어머니께서 홀로 저를 키우"),
        ("순한 인상 덕분에 아이들이 먼저 다가옵니다.", "순한 인상"),
        ("시골에서 올라와 고시원에서 첫 직장 생활을 했습니다.", "시골에서 올라와"),
        ("누나로서 동생들 도시락을 챙기며 자랐습니다.", "누나"),
        ("임신 중에도 분기 결산을 끝까지 맡았습니다.", "임신 중"),
        ("서울 소재 사립대를 다니며 학비를 벌었습니다.", "서울 소재 사립대"),
        ("조부모님 밑에서 자라 어르신들의 속도를 잘 압니다.", "조부모님 밑에서"),
        ("학과 수석으로 졸업한 뒤 공공데이터 분석을 시작했습니다.", "수석으로 졸업"),
        ("훈련소에서 배운 정리 습관이 지금도 남아 있습니다.", "훈련소에서"),
    ],
)
def test_forms_of_the_writers_own_facts_are_leaks(text, leak):
    assert any(leak in excerpt for excerpt in leaks(text)), leaks(text)


@pytest.mark.parametrize(
    "text",
    [
        # said not to matter
        "나이와 상관없이 누구나 참여할 수 있는 숲 해설 과정을 열었습니다.",
        "참가자의 체격과 무관하게 할 수 있는 협동 과제를 골랐습니다.",
        # a rule or benefit explained to someone
        "출산 크레딧 제도와 군 복무 크레딧 제도를 표로 정리해 안내했습니다.",
        # a kin subject right after someone was brought on stage
        "열람실 구석에 매일 혼자 앉아 있는 중학생이 있었습니다. 부모님이 늦게 퇴근하셔서 "
        "저녁까지 머문다는 것을 알고 간식 시간을 만들었습니다.",
        # the population served, not the writer's family
        "보훈 가족이 진료 예약을 쉽게 하실 수 있도록 안내 문자를 바꾸었습니다.",
        # a colleague who is an intern
        "함께 조사선에 오른 인턴은 고향이 통영이라 바다 용어를 잘 알았습니다.",
        # what someone told, named as the source
        "기사님 말씀으로는 고향이 여수라 이 길을 30년째 다니신다고 합니다.",
        "어르신 말씀에 따르면 아드님이 해병대에 있다고 합니다.",
        # an association named after the fact, and its people
        "해병대 전우회 어르신들이 교통 봉사에 함께해 주셨습니다.",
        # another parent, one of the clients
        "혼자 딸을 키우는 아버지 한 분이 방과 후 돌봄 시간을 물으셨습니다.",
    ],
)
def test_facts_that_are_no_ones_or_someone_elses_are_not_leaks(text):
    assert leaks(text) == []


def test_a_members_word_after_an_association_keeps_the_fact_the_writers():
    assert leaks("해병대 전우회 회원으로 봉사 활동을 했습니다.")


def test_a_mention_closed_by_deobune_stays_the_writers():
    # 덕분에 closes the noun phrase: the clause after it describes the 주민들, not the 인상.
    assert leaks("서글서글한 인상 덕분에 처음 만난 주민들도 금세 말을 걸어 주셨습니다.")


def parts(text):
    report = detect_structure(text)
    return [(s.part, text[s.start : s.end]) for s in report.sentences]


@pytest.mark.parametrize(
    "outcome",
    [
        "한 달 뒤 신청 건수는 이전의 세 배가 넘었습니다.",
        "그 뒤 두 달 동안 배송 누락은 한 번도 없었습니다.",
        "이제 같은 점검은 10분이면 끝납니다.",
    ],
)
def test_an_outcome_without_a_cue_word_after_the_action_is_the_result(outcome):
    text = (
        "우편물 분류 오류가 잦았습니다. 저는 지역 번호를 색으로 나눈 안내판을 만들어 "
        f"작업대마다 붙였습니다. {outcome}"
    )
    assert ("result", outcome) in parts(text)
    findings = structure_findings(detect_structure(text))
    assert not [f for f in findings if f.code == "result_missing"]


def test_the_same_words_before_any_action_are_the_problem():
    text = "명절에는 하루 소포가 평소의 세 배가 넘었습니다. 저는 분류 순서를 바꾸었습니다."
    assert parts(text)[0][0] != "result"


def test_a_sentence_closing_on_taking_a_task_is_the_task():
    text = "접수 대기가 길었습니다. 저는 창구 배치를 분석해 대기 시간을 줄이는 과제를 맡았습니다."
    assert parts(text)[1][0] == "task"


@pytest.mark.parametrize(
    "text, claim",
    [
        ("안내문을 바꾸어 이용자 만족도를 크게 높였습니다.", "크게 높였"),
        ("현장 점검 방식을 손보며 여러 가지 개선을 이끌어 냈습니다.", "여러 가지 개선을 이끌어"),
        ("상담 창구에서 수많은 민원인의 문제를 해결했습니다.", "수많은 민원인의 문제를 해결"),
    ],
)
def test_vague_claims_in_transitive_forms_are_flagged(text, claim):
    found = [f for f in evidence_findings(text) if f.code == "vague_claim"]
    assert any(claim in text[f.span[0] : f.span[1]] for f in found), found


def test_joining_an_institutions_family_names_it_as_the_goal():
    target = Company("한국사회보장정보원", ("사회보장정보원",), "ssis")
    other = Company("한국산림복지진흥원", (), "forest")
    text = "한국산림복지진흥원 가족이 된다면 숲 치유 프로그램을 넓히겠습니다."
    found = find_other_companies(text, target=target, others=[other])
    assert [f.extra["company"] for f in found] == ["한국산림복지진흥원"]
    assert found[0].category == "wrong_company"
