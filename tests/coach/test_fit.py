from prep.coach.fit import CompanyProfile, Term, fit_findings, match_profile, untouched_across
from prep.coach.morph import concept_keys, content_lemmas

# 한국사회보장정보원, from seeds/000 (분석리포트 2024 ver.): 핵심가치 and 인재상 as printed there.
SSIS = CompanyProfile(
    name="한국사회보장정보원",
    aliases=("사회보장정보원", "사보원"),
    values=(
        Term("v1", "동행과 행복", "국민 모두와 동행하는 서비스 지원으로 행복권 제공 환경 조성"),
        Term("v2", "공정과 신뢰", "공정하고 효율적인 서비스 운영으로 신뢰받는 기관 이미지 제고"),
        Term("v3", "전문성과 혁신", "최고 수준의 정보시스템 운영 전문기관으로서 혁신 역량 확보"),
        Term(
            "v4",
            "소통과 협력",
            "구성원간 소통과 협력으로 국민에게 고품질의 사회보장 서비스 제공",
        ),
    ),
    traits=(
        Term("t1", "미래선도", "차별화된 전문성과 신기술을 바탕으로 기관 성장동력을 창출하는 인재"),
        Term("t2", "국민지향", "따뜻한 배려와 공직윤리를 겸비한 책임감 있는 인재"),
        Term("t3", "자기혁신", "끊임없는 도전과 열정으로 사회복지 전달체계 혁신에 기여하는 인재"),
        Term(
            "t4", "소통융합", "다양한 분야에 호기심과 소통으로 새로운 가치를 창출하는 능동적 인재"
        ),
    ),
    segments=(
        Term(
            "s2",
            "차세대사회보장정보시스템",
            "행복이음, 희망이음, 복지로 등 사회보장 통합 정보시스템 운영",
            keywords=("행복이음", "희망이음", "복지로"),
        ),
    ),
    initiatives=(
        Term(
            "i1",
            "복지위기 알림서비스",
            "복지 위기 상황에 처한 이웃을 앱으로 간편하게 신고하는 서비스",
            keywords=("복지위기 알림", "복지 사각지대"),
        ),
    ),
)

# The sample answer of seeds/000 (2023 하반기, 경영/사무, 문제해결능력).
SEED_ANSWER = (
    "[상반된 의견 속 객관적 자료 제안 : 목표 80% 달성]\n\n"
    " 상충되는 의견이 발생할 시,객관적 자료를 기반으로 한 방안을 제시한다면 구성원과의 협력을 "
    "이끌수 있다는 것을 배웠습니다. 타 공단 근무 당시, 팀원 2명과 함께 전통시장 소상공인을 "
    "대상으로 온누리 상품권 신규 가맹이라는 목표가 있었습니다. 하지만 시장 사장님은 상품권에 "
    "무관심했습니다.\n\n"
    " 사장님에게 더 많이 다가가고, 움직이자는 의견과 어떤 자료들을 제시하자는 의견이 "
    "충돌했습니다. 정보 수집, 분석을 담당했던 저는 전통시장 현장을 많이 방문한 팀원을 경청했고, "
    "데이터 제시 없이는 사장님을 설득하기 어렵다는 점을 확인했습니다.\n\n"
    " 이를 위해 상품권 발행 확대 기사 수집, 상품권 도입 시, 수수료 절감 데이터 제시 방안을 "
    "팀원에게 설명했습니다. 매출에 민감한 사장님을 설득할 수 있다고 생각했기 때문입니다. "
    "팀장은 제 의견에 동의했고, A4 용지에 정리해 사장님께 공유했습니다. 결과적으로 목표 80%를 "
    "달성했습니다."
)


def touched_names(text, kinds=("value", "trait")):
    return {m.term.name for m in match_profile(text, SSIS).touched(kinds)}


class TestConcepts:
    def test_derivations_and_synonyms_are_one_concept(self):
        keys = concept_keys("협업 협력하여 협력적인 팀워크")
        assert keys == ("협업", "협업", "협업", "협업")

    def test_lemmas_of_derived_verbs_are_dictionary_forms(self):
        lemmas = [(m.lemma, m.root) for m in content_lemmas("협력하여 문제를 해결했습니다")]
        assert ("협력하다", "협력") in lemmas
        assert ("해결하다", "해결") in lemmas

    def test_particles_and_endings_are_not_content(self):
        forms = {m.form for m in content_lemmas("고객에게 서류를 안내했습니다.")}
        assert forms == {"고객", "서류", "안내했"}

    def test_synonyms_can_be_passed_in_from_outside(self):
        table = {"상생": "상생", "동반성장": "상생", "협력": "협력"}
        assert concept_keys("동반성장", synonyms=table) == ("상생",)


class TestMatchProfile:
    def test_the_seed_sample_answer_touches_cooperation_and_communication(self):
        assert touched_names(SEED_ANSWER) == {"소통과 협력", "소통융합"}

    def test_matched_spans_point_at_the_words_that_touch_a_value(self):
        report = match_profile(SEED_ANSWER, SSIS)
        cooperation = next(m for m in report.matches if m.term.name == "소통과 협력")
        assert {SEED_ANSWER[s:e] for s, e in cooperation.spans} == {"협력", "경청했"}

    def test_synonyms_reach_a_value_its_name_does_not_use(self):
        text = "의견이 갈린 팀원들과 협업 규칙을 함께 정했습니다."
        assert "소통과 협력" in touched_names(text)

    def test_a_trait_with_generic_words_only_needs_distinctive_description_words(self):
        text = "차별화된 신기술로 기관의 성장을 이끌겠습니다."
        assert "미래선도" in touched_names(text)

    def test_a_single_shared_description_word_does_not_touch_a_value(self):
        text = "정보를 찾아 정리했습니다."
        assert "전문성과 혁신" not in touched_names(text)

    def test_an_initiative_is_touched_by_its_keyword(self):
        text = "복지 사각지대 발굴 봉사를 하며 위기 가구를 주민센터에 연결했습니다."
        assert "복지위기 알림서비스" in touched_names(text, kinds=("initiative",))

    def test_untouched_values_and_traits_are_listed(self):
        report = match_profile(SEED_ANSWER, SSIS)
        untouched = {m.term.name for m in report.untouched(("value", "trait"))}
        assert "동행과 행복" in untouched
        assert "소통과 협력" not in untouched


class TestUntouchedAcross:
    def test_values_no_draft_touches_are_returned(self):
        drafts = [SEED_ANSWER, "국민의 입장에서 공정하게 민원을 처리해 신뢰를 얻었습니다."]
        names = {term.name for _, term in untouched_across(drafts, SSIS)}
        assert "소통과 협력" not in names
        assert "공정과 신뢰" not in names
        assert "동행과 행복" in names

    def test_kinds_can_be_chosen(self):
        missing = untouched_across([SEED_ANSWER], SSIS, kinds=("segment",))
        assert [(kind, term.id) for kind, term in missing] == [("segment", "s2")]


class TestFitFindings:
    def test_a_draft_touching_no_value_gets_advice_naming_the_values(self):
        text = "카페 아르바이트에서 재고표를 엑셀로 정리해 발주 실수를 줄였습니다."
        [finding] = fit_findings(match_profile(text, SSIS), SSIS)
        assert finding.code == "no_value_touched"
        assert "‘동행과 행복’" in finding.fix

    def test_a_draft_touching_a_value_gets_no_advice(self):
        assert fit_findings(match_profile(SEED_ANSWER, SSIS), SSIS) == []


class TestValueSenses:
    PROFILE = CompanyProfile(
        name="가람정보원",
        values=(
            Term("v1", "공정과 신뢰", "공정하고 효율적인 서비스 운영"),
            Term("v2", "소통과 협력", "구성원간 소통과 협력"),
            Term("v3", "전문성과 혁신", "정보시스템 운영 전문기관"),
        ),
    )

    def touched(self, text):
        return {m.term.name for m in match_profile(text, self.PROFILE).touched()}

    def test_a_homonym_or_a_part_of_a_name_does_not_touch_a_value(self):
        assert self.touched("반도체 공정에서 불량률을 관리했습니다.") == set()
        assert self.touched("혁신도시에 있는 본사를 견학했습니다.") == set()
        assert self.touched("협력 업체 목록을 정리했습니다.") == set()

    def test_a_paraphrase_touches_the_value_it_expresses(self):
        assert self.touched("동료들과 머리를 맞대고 해결책을 찾았습니다.") == {"소통과 협력"}
        assert self.touched("누구에게나 같은 기준으로 심사했습니다.") == {"공정과 신뢰"}
        assert self.touched("업무 방식을 새롭게 바꿔 절차를 자동화했습니다.") == {"전문성과 혁신"}

    def test_the_value_word_itself_still_counts(self):
        assert self.touched("공정하게 처리해 신뢰를 얻었습니다.") == {"공정과 신뢰"}


# A made-up company whose value names are ordinary words (국민과 함께, 열린 마음) or name a person
# (신뢰받는 전문가): they must be touched by what the draft expresses, not by a shared word.
GENERIC = CompanyProfile(
    name="한빛가상공단",
    values=(
        Term("g1", "국민과 함께", "국민의 목소리를 듣고 국민 곁에서 일한다"),
        Term("g2", "신뢰받는 전문가", "맡은 분야의 지식으로 믿음을 주는 인재"),
        Term("g3", "함께 성장", "지역과 협력사가 더불어 발전한다"),
        Term("g4", "고객을 먼저 생각하는 인재", "고객의 불편을 먼저 살핀다"),
        Term("g5", "열린 마음", "다른 의견을 존중한다"),
        Term("g6", "지속가능경영", "환경을 생각하는 경영"),
        Term("g7", "깨끗한 공직자", "부정한 청탁을 거절한다"),
    ),
)


def generic_touched(text):
    return {m.term.name for m in match_profile(text, GENERIC).touched()}


class TestGenericWordValues:
    def test_an_ordinary_name_word_alone_does_not_touch_a_value(self):
        assert generic_touched("면접 전날은 마음이 떨려 잠을 설쳤습니다.") == set()
        assert generic_touched("늘 먼저 생각하고 움직이려 합니다.") == set()
        assert generic_touched("가능하면 주말에도 운동을 합니다.") == set()
        assert generic_touched("시민체육관에서 열린 대회를 구경했습니다.") == set()

    def test_naming_the_people_served_is_not_serving_them(self):
        assert generic_touched("국민연금 납부 내역서를 출력해 제출했습니다.") == set()
        assert generic_touched("고객 명단을 가나다순으로 정렬했습니다.") == set()

    def test_a_person_noun_is_not_the_quality(self):
        assert generic_touched("전문가 초청 강연의 좌석 배치를 도왔습니다.") == set()

    def test_a_name_of_ordinary_words_is_touched_through_its_concepts(self):
        assert "국민과 함께" in generic_touched("저는 민원인 편에서 서류를 다시 읽어 보았습니다.")
        assert "고객을 먼저 생각하는 인재" in generic_touched(
            "이용자 눈높이에 맞춰 용어 설명을 바꿨습니다."
        )
        assert "함께 성장" in generic_touched("동네 상인들과 함께 성장하는 장터를 꾸렸습니다.")
        assert "지속가능경영" in generic_touched("행사 때 다회용 컵을 빌려 써 쓰레기를 줄였습니다.")
        assert "깨끗한 공직자" in generic_touched(
            "감사 인사로 건넨 상품권을 정중히 돌려드렸습니다."
        )


class TestParaphrases:
    def test_serving_without_the_value_word_touches_the_people_first_trait(self):
        text = "대기 줄이 길어지자 문의가 많은 서류 목록을 미리 안내문으로 붙였습니다."
        assert "국민지향" in touched_names(text)

    def test_an_owned_up_mistake_touches_trust(self):
        text = "제가 누락한 서류를 다음 날 발견하고 팀장님께 먼저 알려 정정했습니다."
        assert "공정과 신뢰" in touched_names(text)

    def test_checking_money_twice_touches_trust(self):
        text = "마감 때마다 두 사람이 함께 현금을 세어 맞춰 보도록 바꾸었습니다."
        assert "공정과 신뢰" in touched_names(text)

    def test_splitting_a_task_touches_cooperation(self):
        text = "행사 준비를 네 명이 나눠 맡고 진행 상황을 매일 저녁 공유했습니다."
        assert "소통과 협력" in touched_names(text)

    def test_stopping_a_repeat_of_a_mistake_touches_innovation(self):
        text = "입력 오류가 다시 반복되지 않도록 확인 칸을 양식에 넣었습니다."
        assert "전문성과 혁신" in touched_names(text)


class TestPassingMentions:
    def test_people_in_a_scene_do_not_make_a_value(self):
        text = "어르신의 아드님이 보호자로 함께 오셨습니다."
        assert touched_names(text) == set()

    def test_related_words_far_apart_in_a_long_draft_do_not_touch_a_value(self):
        far = "\n\n".join(
            [
                "첫 학기에는 인수인계 메모를 보며 서류를 철했습니다.",
                "방학에는 편의점에서 야간에 상자를 내려 진열대를 채웠습니다.",
                "연극 동아리에서는 조명 역할이었습니다.",
                "졸업 뒤에는 같은 자리에 앉아 문제집을 풀며 필기시험을 준비했습니다.",
                "저녁이면 동생에게 그날 본 영화를 묻곤 했습니다.",
            ]
        )
        assert "소통과 협력" not in touched_names(far)

    def test_more_homonyms_do_not_touch_a_value(self):
        assert touched_names("혁신센터 1층 카페에서 아르바이트를 했습니다.") == set()
        assert touched_names("공사 공정표에 맞춰 자재 반입 날짜를 적었습니다.") == set()
        assert touched_names("산학협력단에서 근로장학생으로 일했습니다.") == set()

    def test_a_word_in_the_company_of_its_other_sense_does_not_touch_a_value(self):
        # 공정 as a step of manufacturing, 동행 as going along with someone, in any wording.
        assert touched_names("도금 공정의 불량을 줄이려고 온도를 매일 기록했습니다.") == set()
        assert touched_names("세척 공정 조건을 바꾸기 전에 시험 운전을 했습니다.") == set()
        text = "방문 조사에는 담당자가 동행해야 해서 일정을 다시 잡았습니다."
        assert "동행과 행복" not in touched_names(text)

    def test_grammar_words_of_a_description_touch_nothing(self):
        profile = CompanyProfile(
            "예시원", values=(Term("v1", "공정", "억울한 사람이 없도록 같은 기준을 씁니다."),)
        )
        text = "서류가 빠진 곳이 없는지 보고, 같은 양식을 주고받았습니다."
        assert match_profile(text, profile).touched() == []


class TestMoreSenses:
    def test_attending_a_lecture_is_not_listening_to_people(self):
        text = "신입 연수에서 개인정보 교육을 듣고 부서 회의록 양식을 받았습니다."
        assert "소통과 협력" not in touched_names(text)

    def test_helping_another_team_touches_cooperation(self):
        text = "우리 반 청소를 먼저 끝낸 뒤 다른 반이 책상 옮기는 일을 거들었습니다."
        assert "소통과 협력" in touched_names(text)

    def test_a_name_of_generic_words_is_touched_through_the_concept_it_names(self):
        profile = CompanyProfile("예시공단", values=(Term("v1", "미래를 여는 인재"),))
        text = "인공지능 상담 시범 사업에 먼저 참여하겠다고 했습니다."
        assert {m.term.name for m in match_profile(text, profile).touched()} == {"미래를 여는 인재"}


class TestWordsThatOnlyDescribe:
    def test_a_feeling_told_is_not_the_value(self):
        assert "동행과 행복" not in touched_names("축제가 끝나자 주민들이 행복해하셨습니다.")
        assert "동행과 행복" not in touched_names("그날 손님들이 참 행복했다고 하셨습니다.")
        assert "동행과 행복" not in touched_names("부모님이 행복한 표정으로 웃으셨습니다.")

    def test_happiness_as_an_aim_is_still_the_value(self):
        text = "혼자 사시는 분들도 행복할 수 있도록 돕는 일을 하고 싶습니다."
        assert "동행과 행복" in touched_names(text)

    def test_a_value_word_naming_a_machine_or_a_place_is_not_the_value(self):
        text = "물류 창고에 신기술 포장 기계가 들어와 사용 설명서를 게시했습니다."
        assert "미래선도" not in touched_names(text)
        assert "소통과 협력" not in touched_names("소통 게시판에 휴관일 공지를 올렸습니다.")
        assert "전문성과 혁신" not in touched_names("혁신적인 제품이 놓인 부스를 지켰습니다.")

    def test_a_quoted_slogan_is_not_the_value(self):
        text = "‘소통과 협력’이라는 표어가 적힌 액자를 복도에 걸었습니다."
        assert "소통과 협력" not in touched_names(text)

    def test_dividing_a_routine_without_partners_is_not_cooperation(self):
        text = "야간에는 주차장 출구를 나눠 맡았고 새벽에는 정산을 했습니다."
        assert "소통과 협력" not in touched_names(text)

    def test_dividing_roles_with_others_is_cooperation(self):
        text = "옆 부서 동료와 업무를 나누어 맡고 진행 상황을 매일 알렸습니다."
        assert "소통과 협력" in touched_names(text)


class TestParaphrasesOfStance:
    def test_refusing_one_person_an_exception_is_fairness(self):
        text = "딱한 사정이었지만 한 분에게만 예외를 두면 기다린 다른 분들께 떳떳하지 않았습니다."
        assert "공정과 신뢰" in touched_names(text)

    def test_removing_a_manual_step_is_innovation(self):
        text = "종이 명부를 저녁마다 다시 입력하는 작업 자체를 없앴습니다."
        assert "전문성과 혁신" in touched_names(text)

    def test_a_check_rule_built_in_is_innovation(self):
        text = "빈칸이 있으면 저장되지 않는 검증 규칙을 만들어 담당자에게 넘겼습니다."
        assert "전문성과 혁신" in touched_names(text)

    def test_a_tool_that_cut_the_time_is_innovation(self):
        text = "반복되는 집계를 위해 매크로를 직접 짜서 작업 시간을 반으로 줄였습니다."
        assert "전문성과 혁신" in touched_names(text)


class TestOtherSensesAndOwnField:
    def test_going_along_with_a_colleague_is_not_the_value(self):
        text = "현장 점검에 주임님과 동행해 계량기 사진을 찍었습니다."
        assert "동행과 행복" not in touched_names(text)

    def test_going_along_with_someone_served_is_still_the_value(self):
        text = "혼자 병원에 가기 어려운 어르신과 동행해 접수를 도와드렸습니다."
        assert "동행과 행복" in touched_names(text)

    def test_a_building_step_running_late_is_not_fairness(self):
        assert "공정과 신뢰" not in touched_names("배관 작업 공정이 밀려 주말에도 출근했습니다.")

    def test_a_partner_body_is_not_cooperation(self):
        assert "소통과 협력" not in touched_names("협력 약국 목록을 지도에 표시했습니다.")

    def test_the_companys_own_field_is_not_a_description_word(self):
        # 사회보장 is in the company's name; with one related word it used to touch 소통과 협력.
        text = "사회보장 급여 안내문을 받고 도움이 필요하다는 것을 알았습니다."
        assert "소통과 협력" not in touched_names(text)
