"""The rules of issue 15's second pass: religion as a blind category, family care, gender and
appearance forms, counts in native words, outcomes without a change verb, stories that tell a
result without a number, fairness paraphrases and clichés. New sentences, not the sets'."""

import pytest

from prep.coach.blind_hiring import CATEGORIES, find_leaks
from prep.coach.company_names import Company, find_other_companies
from prep.coach.evidence import evidence_findings, find_quantities
from prep.coach.feedback import analyze
from prep.coach.fit import CompanyProfile, Term, match_profile
from prep.coach.structure import detect_structure
from prep.coach.style import cliche_findings


def leaks(text):
    return [(leak.category, leak.excerpt) for leak in find_leaks(text)]


def test_religion_is_a_blind_category_with_its_own_code():
    assert "religion" in CATEGORIES
    (leak,) = find_leaks("저는 개신교 신자로서 나눔을 배웠습니다.")
    assert (leak.code, leak.excerpt) == ("leak_religion", "개신교 신자")


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("성당 청년회 총무를 맡아 회비를 관리했습니다.", "성당 청년회 총무"),
        ("매주 일요일 교회에 나가며 아이들을 가르쳤습니다.", "교회에 나가"),
        ("불교 동아리에서 템플스테이를 기획했습니다.", "불교 동아리"),
        ("유아 세례를 받은 뒤로 봉사가 몸에 익었습니다.", "유아 세례"),
        ("여름마다 단기 선교를 떠나 통역을 맡았습니다.", "단기 선교"),
        ("교회 집사로 섬기며 주방 봉사를 합니다.", "집사로 섬기"),
        ("주일마다 교회에서 찬양을 맡았습니다.", "주일마다"),
        ("방학이면 성당에서 미사 해설을 도왔습니다.", "성당에서 미사"),
    ],
)
def test_the_writers_own_faith_or_religious_role_is_a_leak(text, excerpt):
    assert ("religion", excerpt) in leaks(text)


@pytest.mark.parametrize(
    "text",
    [
        "성당에 다니시는 어르신을 도왔습니다.",
        "교회 앞 공터에서 급식 봉사를 했습니다.",
        "어르신은 교회 집사로 섬기신다고 하셨습니다.",
        "기독교인 이용자가 많은 복지관이었습니다.",
        "한 어르신은 교회 청년회 회장을 지내셨다고 하셨습니다.",
        "상담하러 온 청년은 교회 청년부 회장으로 활동한다고 했습니다.",
        "사찰 주변 식당가에서 관광 안내 아르바이트를 했습니다.",
        "어르신은 주일마다 교회에 가신다고 하셨습니다.",
        "교회에서 운영하는 쉼터에서 배식을 도왔습니다.",
        "일주일마다 회의록을 정리했습니다.",
    ],
)
def test_a_clients_faith_or_a_religious_place_in_the_story_is_not(text):
    assert leaks(text) == []


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        (
            "저는 거동이 불편한 아버지를 간병하며 병원 일을 배웠습니다.",
            "family",
            "아버지를 간병하",
        ),
        ("어머니와 단둘이 지내며 살림을 맡았습니다.", "family", "어머니와 단둘이 지내"),
        ("여자라서 현장 일이 힘들 거라는 말을 들었지만 해냈습니다.", "name_gender", "여자라서"),
        ("남자 혼자 밤샘 재고 조사를 맡았습니다.", "name_gender", "남자 혼자"),
        ("인상이 좋다는 칭찬을 받곤 했습니다.", "appearance", "인상이 좋다는 칭찬"),
        ("마흔하나의 저는 새로운 일을 배우는 데 주저하지 않습니다.", "age", "마흔하나"),
        ("남성으로서 돌봄 현장에 선 경험이 있습니다.", "name_gender", "남성으로서"),
        ("저는 종갓집 맏며느리 역할을 해 왔습니다.", "family", "종갓집"),
    ],
)
def test_family_care_gender_appearance_and_age_forms(text, category, excerpt):
    assert (category, excerpt) in leaks(text)


@pytest.mark.parametrize(
    "text",
    [
        "할머니를 모시고 온 손녀에게 서류를 설명했습니다.",
        "상담하던 청년은 여동생을 돌보며 학교에 다닌다고 했습니다.",
        "한 어르신은 몸이 불편한 아들과 함께 산다고 하셨습니다.",
        "여자 혼자 아이를 키우시는 어머님을 상담했습니다.",
        "여든둘의 어르신이 창구에 오셨습니다.",
        "저는 서른 살 청년 구직자를 상담하며 이력서를 함께 고쳤습니다.",
        "저는 여든 살 어르신께 서류를 읽어 드렸습니다.",
        "한 청년이 상담을 왔습니다. 몸이 아픈 어머니를 돌보며 학교를 다닌다고 했습니다.",
        "상담하던 학생은 편찮으신 할머니를 모시고 산다고 했습니다.",
    ],
)
def test_the_same_forms_about_clients_are_not_the_writers(text):
    assert leaks(text) == []


@pytest.mark.parametrize(
    "text, quantity",
    [
        ("참여 기관은 여덟 곳이었습니다.", "여덟 곳"),
        ("넉 달째 관리비가 밀린 가구였습니다.", "넉 달째"),
        ("석 달 동안 주말마다 나갔습니다.", "석 달"),
        ("대기 인원이 지난주의 반도 되지 않았습니다.", "반"),
        ("우편 발송 비용이 반으로 줄었습니다.", "반으로 줄"),
        ("이백 장이 넘는 신청서를 검토했습니다.", "이백 장"),
    ],
)
def test_counts_in_native_words(text, quantity):
    assert quantity in [q.text for q in find_quantities(text)]


@pytest.mark.parametrize("text", ["세 번째 방문에서 알았습니다.", "1학년 3반으로 옮겼습니다."])
def test_ordinals_and_classes_are_no_counts(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "story, result",
    [
        (
            "캠프 인솔을 맡았을 때 저녁 식사가 늘 늦었습니다. 저는 배식 순서를 조별로 나누자고 "
            "제안했습니다. 모든 아이들이 제시간에 따뜻한 밥을 먹을 수 있었습니다.",
            "모든 아이들이 제시간에 따뜻한 밥을 먹을 수 있었습니다.",
        ),
        (
            "창고 출입 기록이 자주 빠졌습니다. 저는 문 앞에 서명판을 달고 매일 확인했습니다. "
            "한 달 뒤 기록이 빠진 날은 하나도 없었습니다.",
            "한 달 뒤 기록이 빠진 날은 하나도 없었습니다.",
        ),
        (
            "한 주민분이 바우처 신청을 어려워하셨습니다. 저는 서류를 함께 채워 드렸습니다. "
            "그분은 다음 주부터 바우처를 쓰셨습니다.",
            "그분은 다음 주부터 바우처를 쓰셨습니다.",
        ),
        (
            "매장 재고표가 엉망이었습니다. 저는 품목별 표를 만들어 점장님께 드렸습니다. "
            "점장님은 그 표를 발주 양식에 반영하셨습니다.",
            "점장님은 그 표를 발주 양식에 반영하셨습니다.",
        ),
    ],
)
def test_outcomes_without_a_change_verb(story, result):
    parts = {story[s.start : s.end]: s.part for s in detect_structure(story).sentences}
    assert parts[result] == "result"


def test_a_problem_that_is_just_there_is_still_the_situation():
    story = "도와줄 사람이 하나도 없었습니다. 저는 혼자 명단을 정리했습니다."
    first = detect_structure(story).sentences[0]
    assert first.part != "result"


def test_a_short_story_with_a_result_and_no_number_gets_the_number_advice():
    story = (
        "동아리방의 물품 대여 기록이 따로 없어 빌려 간 장비를 돌려받지 못하는 일이 잦았습니다. "
        "저는 대여 장부를 만들어 빌린 사람과 반납일을 적게 했습니다. 그 뒤로 분실이 "
        "사라졌습니다."
    )
    assert 90 <= len(story) < 150
    codes = [f.code for f in analyze(story).findings]
    assert "no_numbers" in codes
    # A short passage that is no story (no result) is left alone.
    assert "no_numbers" not in [f.code for f in analyze("저는 기록을 좋아합니다.").findings]


@pytest.mark.parametrize(
    "text",
    ["새 양식은 효과가 있었습니다.", "눈에 띄는 개선이 있었습니다.", "반송이 거의 사라졌습니다."],
)
def test_vague_effect_claims(text):
    assert any(f.code == "vague_claim" for f in evidence_findings(text))


def test_vague_ease_claims():
    found = evidence_findings("덕분에 일이 훨씬 쉬워졌습니다. 정리도 한결 간편해졌습니다.")
    assert any(f.code == "vague_claim" for f in found)


FAIR = CompanyProfile(name="기관", values=(Term("v", "공정과 신뢰", "공정하고 믿을 수 있는 운영"),))
TEAM = CompanyProfile(name="기관", values=(Term("v", "소통과 협력", "서로 돕는 조직"),))


@pytest.mark.parametrize(
    "text",
    [
        "추천 대신 지침대로 대상자를 정했습니다.",
        "장부는 회원 누구나 열람할 수 있게 올렸습니다.",
        "선정 결과는 공개된 점수표와 함께 알렸습니다.",
    ],
)
def test_fairness_by_the_rule_or_in_the_open(text):
    assert [m.term.name for m in match_profile(text, FAIR).touched()] == ["공정과 신뢰"]


def test_agreement_among_teammates_is_cooperation():
    text = "팀원들과 수치 기준을 맞추자고 했고, 모두 동의해 하루 만에 정리했습니다."
    assert [m.term.name for m in match_profile(text, TEAM).touched()] == ["소통과 협력"]


@pytest.mark.parametrize(
    "text",
    [
        "그 일로 기록의 중요성을 절실히 깨달았습니다.",
        "어떤 시련이 있어도 끝까지 포기하지 않겠습니다.",
        "사소한 일 하나까지 놓치지 않는 직원이 되겠습니다.",
        "그 여름은 저를 한 뼘 더 성장하게 했습니다.",
        "동아리에서 저는 윤활유 역할을 맡았습니다.",
        "티끌 모아 태산이라는 말을 믿습니다.",
    ],
)
def test_more_cliche_forms(text):
    assert cliche_findings(text)


def test_a_word_that_only_starts_like_a_proverb_is_no_cliche():
    assert not cliche_findings("안내의 시작이 반복되어 문구를 줄였습니다.")


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("저는 마흔 살 동갑 친구와 함께 창업했습니다.", "마흔 살"),
        ("저는 한양대 선배를 만나 조언을 들었습니다.", "한양대"),
    ],
)
def test_a_peer_or_a_school_senior_still_tells_the_writers_own_fact(text, excerpt):
    assert excerpt in [e for _, e in leaks(text)]


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("부모님께서 맞벌이를 하셔서 일찍부터 집안일을 맡았습니다.", "부모님께서 맞벌이"),
        ("두 자매 중 막내로 자라 언니에게 많이 배웠습니다.", "두 자매 중 막내"),
        ("쌍둥이 언니와 같은 동아리에서 활동했습니다.", "쌍둥이 언니"),
        ("아버지가 돌아가신 뒤 집안일을 도맡았습니다.", "아버지가 돌아가"),
        ("어머니께서 투병하시는 동안 병원 서류를 챙겼습니다.", "어머니께서 투병"),
        ("차상위 가정에서 자라 제도의 빈틈을 압니다.", "차상위 가정에서 자라"),
        ("광주에서 초중고를 모두 다녔습니다.", "광주에서 초중고를 모두 다녔"),
    ],
)
def test_family_circumstances_and_where_one_went_to_school(text, excerpt):
    assert excerpt in [e for _, e in leaks(text)]


@pytest.mark.parametrize(
    "text",
    [
        "한 어르신은 아버지가 돌아가신 뒤 혼자 지내셨다고 하셨습니다.",
        "상담한 청년은 부모님이 이혼하신 뒤 할머니와 산다고 했습니다.",
        "쌍둥이 형제를 키우시는 어머님을 도왔습니다.",
        "삼 남매를 키우시는 어머님이 찾아오셨습니다.",
        "방문 첫날 어머니가 투병 중이고 아버지가 실직한 가구를 맡았습니다.",
    ],
)
def test_a_clients_family_circumstances_are_theirs(text):
    assert leaks(text) == []


def test_a_job_title_after_another_institution_is_no_reference_to_its_research():
    target = Company("한국사회보장정보원", ("사회보장정보원",), "ssis")
    other = Company("한국보건사회연구원", (), "kihasa")
    wants = "한국보건사회연구원의 연구원으로 일하고 싶습니다."
    cites = "한국보건사회연구원의 연구를 참고해 정책을 제안하겠습니다."
    assert find_other_companies(wants, target=target, others=(), known=(other,))
    assert not find_other_companies(cites, target=target, others=(), known=(other,))


ACTED = "복지관 행사에서 접수 줄이 길었습니다. 저는 접수대를 두 곳으로 나누고 명단을 만들었습니다. "


@pytest.mark.parametrize(
    "ending",
    [
        "민원인께서 감사 인사를 전해 오셨습니다.",
        "그날 접수는 예정보다 20분 일찍 끝났습니다.",
        "다음 행사부터는 다른 직원들도 같은 방식을 썼습니다.",
        "만족도 조사에서 접수 항목 점수가 가장 높았습니다.",
        "불만 접수는 단 두 건에 그쳤습니다.",
    ],
)
def test_thanks_scores_small_counts_and_take_up_close_a_story(ending):
    last = detect_structure(ACTED + ending).sentences[-1]
    assert (last.part, last.outcome) == ("result", True)


def test_the_same_forms_before_any_action_set_the_scene():
    story = "작년 행사는 참여가 한 명에 그쳤습니다. 저는 홍보 방식을 바꾸었습니다."
    assert detect_structure(story).sentences[0].part == "situation"


SSIS = CompanyProfile(
    name="한국사회보장정보원",
    values=(
        Term("v1", "동행과 행복", "국민 모두와 동행하는 서비스"),
        Term("v2", "공정과 신뢰", "공정하고 효율적인 서비스 운영"),
        Term("v4", "소통과 협력", "구성원간 소통과 협력"),
    ),
    traits=(Term("t2", "국민지향", "따뜻한 배려와 공직윤리를 겸비한 책임감 있는 인재"),),
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("상담 전화에서 어르신 말씀을 끝까지 들어 드렸습니다.", "소통과 협력"),
        ("누구도 빠짐없이 안내문을 받도록 주소를 다시 맞췄습니다.", "동행과 행복"),
        ("바우처 혜택을 몰라서 놓치는 분이 없도록 문자를 보냈습니다.", "동행과 행복"),
        ("급한 부탁에도 절차를 어기지 않고 접수했습니다.", "공정과 신뢰"),
        ("입력 오류를 감추지 않고 그날 바로 알렸습니다.", "공정과 신뢰"),
        ("아이들 눈높이에 맞춰 안내 그림을 새로 그렸습니다.", "국민지향"),
    ],
)
def test_value_paraphrases_of_listening_no_one_left_out_rules_honesty_and_eye_level(text, value):
    assert value in [m.term.name for m in match_profile(text, SSIS).touched()]


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("사립대를 졸업한 뒤 곧바로 회계 사무소에 들어갔습니다.", "사립대"),
        ("유년 시절을 보낸 여수의 바다를 좋아합니다.", "보낸 여수"),
        ("경남 진주에서 고등학교까지 마쳤습니다.", "진주에서 고등학교까지 마쳤"),
        ("처음 보는 분들께 인상이 날카롭다는 평을 듣곤 했습니다.", "인상이 날카롭다는 평"),
        ("저희 집은 여섯 식구라 늘 북적였습니다.", "저희 집은 여섯 식구"),
    ],
)
def test_school_kinds_childhood_places_looks_and_household_size(text, excerpt):
    assert excerpt in [e for _, e in leaks(text)]


@pytest.mark.parametrize(
    "text",
    [
        "전문대 학생들의 취업 상담을 도왔습니다.",
        "상담한 어르신은 유년 시절을 보낸 안동 이야기를 자주 하셨습니다.",
        "민원인의 인상이 무섭다는 말을 동료에게 들었습니다.",
    ],
)
def test_the_same_about_people_in_the_story(text):
    assert leaks(text) == []
