from prep.coach.company_names import (
    Company,
    OwnDraft,
    find_mentions,
    find_other_companies,
    reused_text,
    usable_names,
)
from tests.coach.test_fit import SSIS

TARGET = Company("한국사회보장정보원", ("사회보장정보원", "사보원"), "ssis")
KEPCO = Company("한국전력공사", ("한전", "공사"), "kepco")
KPS = Company("한전KPS", (), "kps")
LH = Company("한국토지주택공사", ("LH",), "lh")
OTHERS = (KEPCO, KPS, LH, TARGET)


def flagged(text, others=OTHERS):
    return [
        (f.category, f.excerpt) for f in find_other_companies(text, target=TARGET, others=others)
    ]


def test_a_leftover_name_in_a_promise_is_a_wrong_company_warning():
    text = "한국전력공사의 일원이 되어 국민에게 봉사하겠습니다."
    [finding] = find_other_companies(text, target=TARGET, others=OTHERS)
    assert (finding.category, finding.excerpt) == ("wrong_company", "한국전력공사")
    assert "한국사회보장정보원" in finding.message
    assert finding.fix.startswith("한국사회보장정보원으로 바꾸세요")
    assert "한 번도 없습니다" in finding.why


def test_the_target_company_and_its_aliases_are_never_flagged():
    assert flagged("한국사회보장정보원에 입사해 사보원의 가치를 실천하겠습니다.") == []


def test_a_previous_employer_may_be_named():
    assert flagged("전 직장인 한국전력공사에서 인턴으로 근무했습니다.") == []
    assert flagged("LH에서 인턴으로 일하며 민원을 정리했습니다.") == []


def test_a_neutral_mention_is_a_milder_note():
    assert flagged("한전의 요금 안내 사례를 참고했습니다.") == [("mention", "한전")]


def test_a_short_alias_inside_a_longer_name_is_not_that_company():
    assert flagged("한전KPS 협력사와 회의했습니다.") == [("mention", "한전KPS")]
    assert flagged("한전KPS 협력사와 회의했습니다.", others=(KEPCO,)) == []


def test_generic_and_one_letter_aliases_are_not_searched():
    assert usable_names(KEPCO) == ["한국전력공사", "한전"]
    assert usable_names(Company("가", ("A",))) == []
    assert flagged("공사 현장의 안전을 점검했습니다.") == []


def test_mentions_are_found_in_latin_case_insensitively():
    [mention] = find_mentions("lh 공모전에 참가했습니다.", [LH])
    assert (mention.start, mention.end) == (0, 2)


class TestReusedText:
    SHARED = (
        "데이터로 갈등을 푼 경험이 있습니다. 전통시장 상인회와 협의하며 카드 수수료 절감 자료를 "
        "만들어 설명했고, 가맹률을 40%에서 72%로 높였습니다."
    )

    def test_a_copy_of_a_draft_for_another_company_without_adapting_is_flagged(self):
        other = OwnDraft("d1", KEPCO, self.SHARED + " 한국전력공사에서도 이 힘을 쓰겠습니다.")
        [finding] = reused_text(self.SHARED, target=TARGET, other_drafts=[other])
        assert finding.code == "not_adapted"
        assert finding.extra["draft_id"] == "d1"
        assert finding.extra["containment"] > 0.9

    def test_naming_the_target_company_counts_as_adapted(self):
        other = OwnDraft("d1", KEPCO, self.SHARED)
        draft = self.SHARED + " 사보원에서도 이 힘을 쓰겠습니다."
        assert reused_text(draft, target=TARGET, other_drafts=[other]) == []

    def test_touching_a_value_the_other_draft_does_not_counts_as_adapted(self):
        other = OwnDraft("d1", KEPCO, self.SHARED)
        draft = self.SHARED + " 이처럼 구성원과 소통하며 협업하겠습니다."
        assert reused_text(draft, target=TARGET, other_drafts=[other], profile=SSIS) == []

    def test_drafts_for_the_same_company_and_different_texts_are_ignored(self):
        same = OwnDraft("d2", TARGET, self.SHARED)
        different = OwnDraft("d3", KEPCO, "전혀 다른 경험을 쓴 글입니다. 야간 민원을 줄였습니다.")
        assert reused_text(self.SHARED, target=TARGET, other_drafts=[same, different]) == []
