from prep.coach.company_honorifics import institution_kind, wrong_honorifics
from prep.coach.company_names import (
    Company,
    OwnDraft,
    find_mentions,
    find_other_companies,
    reused_text,
    usable_names,
)
from prep.coach.institutions import known_institutions
from prep.coach.lexicon import default_lexicon
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


class TestGazetteer:
    def flag(self, text, target=TARGET):
        return [
            (f.category, f.excerpt)
            for f in find_other_companies(
                text, target=target, others=(), known=known_institutions(default_lexicon())
            )
        ]

    def test_it_holds_the_published_public_institutions_and_large_employers(self):
        names = {c.name for c in known_institutions(default_lexicon())}
        assert len(names) >= 370
        assert {"국민건강보험공단", "한국토지주택공사", "영화진흥위원회", "삼성전자"} <= names

    def test_any_listed_institution_named_as_the_target_is_flagged(self):
        for name in ("한국소비자원", "국가철도공단", "한국잡월드", "한국학중앙연구원"):
            text = f"{name} 신입 사원으로서 첫해에는 규정을 익히겠습니다."
            assert self.flag(text) == [("wrong_company", name)], name

    def test_short_names_candidates_use_count(self):
        for name in ("보훈공단", "연금공단", "근로공단", "기업은행"):
            text = f"{name}에 입사한다면 창구 업무를 먼저 익히겠습니다."
            assert self.flag(text) == [("wrong_company", name)], name

    def test_a_short_name_or_former_name_counts(self):
        assert self.flag("LH의 일원이 되어 주거 복지에 힘쓰겠습니다.") == [("wrong_company", "LH")]
        assert self.flag("한국감정원에 입사하여 공정한 평가를 하겠습니다.") == [
            ("wrong_company", "한국감정원")
        ]

    def test_partners_sources_and_past_employers_are_not_flagged(self):
        assert self.flag("입사 후 한국전력공사와 협력하여 에너지 복지를 넓히겠습니다.") == []
        assert self.flag("앞으로 국민연금공단, 지자체와 협업해 사각지대를 줄이겠습니다.") == []
        assert self.flag("한국전력공사에서 체험형 인턴으로 근무했습니다.") == []
        text = "한국고용정보원의 통계에 따르면 청년 고용이 늘겠습니다."
        assert self.flag(text) == []

    def test_a_plan_to_work_there_is_not_past_work(self):
        text = "앞으로 한국소비자원에서 일하며 국민 신뢰를 높이겠습니다."
        assert self.flag(text) == [("wrong_company", "한국소비자원")]

    def test_a_name_the_next_sentence_points_back_to_as_the_place_applied_to(self):
        text = (
            "한국소비자원의 피해 구제 절차를 보고 감탄했습니다. "
            "이곳에서 소비자 상담 자료를 다루고 싶어 지원했습니다."
        )
        assert self.flag(text) == [("wrong_company", "한국소비자원")]
        text = "국가철도공단의 안전 점검 기록을 읽었습니다. 이 기관의 일원이 되고 싶습니다."
        assert self.flag(text) == [("wrong_company", "국가철도공단")]

    def test_a_passage_opening_on_its_work_then_joining_names_it_as_the_target(self):
        text = (
            "국가철도공단의 안전 점검 사업을 보며 데이터의 힘을 알았습니다. "
            "입사 후에는 점검 기록을 한곳에 모으겠습니다."
        )
        assert self.flag(text) == [("wrong_company", "국가철도공단")]
        # Named later in the sentence, as a source of what one saw, it is not the target.
        text = (
            "현장에서 국가철도공단의 안전 점검 자료를 읽었습니다. "
            "입사 후에는 점검 기록을 한곳에 모으겠습니다."
        )
        assert self.flag(text) == []

    def test_past_work_elsewhere_in_the_sentence_does_not_hide_the_target(self):
        text = "시장에서 일하며 장부의 중요성을 알았고, 그래서 한국소비자원에 지원했습니다."
        assert self.flag(text) == [("wrong_company", "한국소비자원")]
        assert self.flag("전 직장인 한국소비자원에서 배운 점을 살렸습니다.") == []

    def test_the_targets_own_capacity_is_not_a_source(self):
        text = "입사 후 한국소비자원의 데이터 분석 역량을 키우는 데 힘을 보태겠습니다."
        assert self.flag(text) == [("wrong_company", "한국소비자원")]
        assert self.flag("한국소비자원의 데이터에 따르면 피해 신고가 늘었습니다.") == []

    def test_being_at_one_with_its_culture_is_naming_it_as_the_target(self):
        text = "국가철도공단의 안전 우선 문화에 깊이 공감합니다."
        assert self.flag(text) == [("wrong_company", "국가철도공단")]

    def test_a_national_institution_the_list_lacks_is_found_by_its_shape(self):
        text = "그래서 한국농촌정보개발원에 지원하게 되었습니다."
        assert self.flag(text) == [("wrong_company", "한국농촌정보개발원")]
        assert self.flag("한국의 공공기관 가운데 대한민국 정부가 세운 곳에 지원했습니다.") == []

    def test_pointing_back_to_somewhere_else_is_not_a_target(self):
        text = "한국소비자원의 자료를 읽었습니다. 이곳저곳 발품을 팔며 비교해 보았습니다."
        assert self.flag(text) == []
        text = "한국소비자원의 피해 구제 절차를 보았습니다. 이곳에서 배운 점을 정리했습니다."
        assert self.flag(text) == []

    def test_the_target_itself_is_never_flagged_even_when_listed(self):
        assert self.flag("한국사회보장정보원에 입사하여 사보원의 가치를 실천하겠습니다.") == []


class TestWrongHonorifics:
    def test_an_honorific_of_another_kind_is_flagged(self):
        [finding] = wrong_honorifics("귀 공단의 일원으로서 노력하겠습니다.", target=TARGET)
        assert (finding.code, finding.excerpt) == ("other_company", "귀 공단")
        assert "원입니다" in finding.message

    def test_the_right_honorific_and_generic_ones_pass(self):
        assert wrong_honorifics("귀 원의 일원으로서 귀 기관에 기여하겠습니다.", target=TARGET) == []
        lh = Company("한국토지주택공사", ("LH",))
        assert wrong_honorifics("귀사와 귀 공사의 발전에 힘쓰겠습니다.", target=lh) == []
        assert len(wrong_honorifics("귀원의 사업에 힘쓰겠습니다.", target=lh)) == 1

    def test_the_kind_comes_from_the_end_of_the_name(self):
        assert institution_kind("국민건강보험공단") == "공단"
        assert institution_kind("영화진흥위원회") == "위원회"
        assert institution_kind("한국수력원자력(주)") == "사"
        assert institution_kind("한국연구재단") == "재단"


class TestFutureEndingsWithTheGazetteer:
    def flagged(self, text):
        known = known_institutions(default_lexicon())
        return [
            f.excerpt for f in find_other_companies(text, target=TARGET, others=(), known=known)
        ]

    def test_an_institution_used_as_a_source_in_a_plan_is_not_the_target(self):
        text = (
            "국민건강보험공단 건강검진 데이터와 연계하는 방안을 검토하여 "
            "위기 가구를 찾아내겠습니다."
        )
        assert self.flagged(text) == []
        assert self.flagged("근로복지공단의 사례를 참고하여 절차를 줄이겠습니다.") == []

    def test_an_institution_where_the_writer_will_work_is_the_target(self):
        assert self.flagged("국민연금공단에서 수급자의 불편을 줄이고 싶습니다.") == ["국민연금공단"]


def test_a_local_enterprise_of_any_city_has_its_shape():
    from prep.coach.institution_shapes import unlisted_names

    assert unlisted_names("김포도시관리공사의 시설 운영 직무에 지원합니다.", set()) == [
        "김포도시관리공사"
    ]
    assert unlisted_names("송파구시설관리공단에 입사하면", set()) == ["송파구시설관리공단"]
    # 시설공사 alone is construction work.
    assert unlisted_names("도로 시설공사 현장에서 일했습니다.", set()) == []


class TestGeneralisingFourteenth:
    """Other writers' sentences for the fourteenth set's company misses (none from the set)."""

    def flag(self, text):
        known = known_institutions(default_lexicon())
        return [
            (f.category, f.excerpt)
            for f in find_other_companies(text, target=TARGET, others=(), known=known)
        ]

    def test_a_goal_set_in_terms_of_another_institution_names_it_as_the_target(self):
        text = "국민연금공단이 모은 가입 이력을 더 쉽게 조회하도록 만드는 것이 제 목표입니다."
        assert self.flag(text) == [("wrong_company", "국민연금공단")]
        text = "한국소비자원의 피해 구제를 더 빨리 돌리는 일이 저의 꿈입니다."
        assert self.flag(text) == [("wrong_company", "한국소비자원")]
        # The goal is the writer's, the institution a source of data: no target.
        text = "한국소비자원의 통계를 보고 상담 절차를 바꾸는 것이 제 목표입니다."
        assert self.flag(text) == []

    def test_a_passage_opening_on_what_it_runs_then_joining_names_it(self):
        text = (
            "KOTRA가 운영하는 수출 상담 창구는 제가 시장에서 만난 상인들께 꼭 필요했습니다. "
            "그 경험을 살려 입사 후 상담 기록을 정리하겠습니다."
        )
        assert self.flag(text) == [("wrong_company", "KOTRA")]
        text = (
            "캠코가 펼치는 채무 조정 사업은 제 고객들에게도 힘이 되었습니다. "
            "그래서 입사 후 상담 절차를 더 쉽게 다듬겠습니다."
        )
        assert self.flag(text) == [("wrong_company", "캠코")]
        text = "LH가 하는 주거 상담은 제게 익숙한 일입니다. 입사 후 상담 기록을 모으겠습니다."
        assert self.flag(text) == [("wrong_company", "LH")]
        # Named after someone else's work, in the middle of the sentence, it stays a mention.
        text = (
            "상인회에서 캠코가 펼치는 사업 안내문을 나눠 드렸습니다. "
            "입사 후 안내문을 더 쉽게 쓰겠습니다."
        )
        assert self.flag(text) == []

    def test_a_group_company_the_list_lacks_has_the_groups_initials(self):
        assert self.flag("GS리테일에 입사하면 점포 발주 데이터를 정리하고 싶습니다.") == [
            ("wrong_company", "GS리테일")
        ]
        assert self.flag("LS전선의 일원이 되어 설비 점검을 맡겠습니다.") == [
            ("wrong_company", "LS전선")
        ]
        # Not a company: a department, initials before a particle, or a generic word.
        assert self.flag("IT부서에 입사하여 전산 업무를 익히겠습니다.") == []
        assert self.flag("LG에서 인턴으로 일했고, 그 경험으로 입사 후 기여하겠습니다.") == []
        assert self.flag("KT직원으로 일하시던 분께 조언을 듣고 지원했습니다.") == []

    def test_a_government_body_named_as_the_target_is_flagged(self):
        assert self.flag("특허청에 입사하여 심사 대기 기간을 줄이겠습니다.") == [
            ("wrong_company", "특허청")
        ]
        assert self.flag("식약처의 일원이 되어 안전한 먹거리를 지키겠습니다.") == [
            ("wrong_company", "식약처")
        ]
        # A source or a partner, and the ministries, are not targets.
        assert self.flag("통계청 자료에 따르면 1인 가구가 늘고 있습니다.") == []
        assert self.flag("입사 후 질병관리청과 협력하여 감염병 정보를 나누겠습니다.") == []
        assert self.flag("입사 후 보건복지부의 정책을 현장에 잇겠습니다.") == []
