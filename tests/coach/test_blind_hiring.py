import pytest

from prep.coach.blind_hiring import CATEGORIES, find_leaks
from prep.coach.lexicon import (
    LexEntry,
    default_lexicon,
    get_lexicon,
    load_lexicon,
    set_lexicon_provider,
    using_lexicon,
)


def leaks(text):
    return [(leak.category, leak.excerpt) for leak in find_leaks(text)]


def test_a_school_abbreviation_and_a_parents_workplace_are_both_flagged_with_explanations():
    text = "연세대 재학 시절 봉사를 했습니다. 아버지께서 공단에 근무하셔서 제도를 알게 되었습니다."
    school, family = find_leaks(text)

    assert (school.category, school.excerpt) == ("school", "연세대")
    assert (family.category, family.excerpt) == ("family", "아버지께서 공단에 근무하셔서")
    for leak in (school, family):
        assert leak.check == "blind"
        assert leak.excerpt in leak.message
        assert leak.why and leak.fix
    assert "블라인드" in school.why
    assert "가족" in family.why


def test_offsets_are_into_the_original_text():
    text = "🙂  \r\n  저는 1998년생이고\t고려대학교를 졸업했습니다."
    for leak in find_leaks(text):
        assert text[leak.start : leak.end] == leak.excerpt
    assert leaks(text) == [("age", "1998년생"), ("school", "고려대학교")]


def test_every_category_has_advice():
    from prep.coach.blind_hiring import ADVICE

    assert set(ADVICE) == set(CATEGORIES)


@pytest.mark.parametrize(
    ("text", "category", "excerpt"),
    [
        ("고려대학교 행정학과에서 공부했습니다.", "school", "고려대학교"),
        ("성대 경영학과 학생회에서 일했습니다.", "school", "성대"),
        ("가천대 재학 중 멘토링을 했습니다.", "school", "가천대"),
        ("한림대학교에서 사회복지를 공부했습니다.", "school", "한림대학교"),
        ("하버드 대학교 여름학기를 들었습니다.", "school", "하버드 대학교"),
        ("대원외고 재학 시절 토론을 했습니다.", "school", "대원외고"),
        ("신촌에서 자취하며 일했습니다.", "school_area", "신촌"),
        ("관악캠퍼스 도서관에서 일했습니다.", "school_area", "관악캠퍼스"),
        ("연세춘추 기자로 활동했습니다.", "school_activity", "연세춘추"),
        ("아카라카 준비위원이었습니다.", "school_activity", "아카라카"),
        ("미국 유학 시절 봉사했습니다.", "school_activity", "유학 시절"),
        ("메일은 kim@korea.ac.kr 입니다.", "email", "kim@korea.ac.kr"),
        ("제 고향인 강릉은 관광지입니다.", "hometown", "고향인 강릉"),
        ("강원도 출신으로서 농촌을 압니다.", "hometown", "강원도 출신"),
        ("부산에서 나고 자란 저는 바다를 압니다.", "hometown", "부산에서 나고 자란"),
        ("어머니가 교사로 일하시는 모습을 봤습니다.", "family", "어머니가 교사로 일하시는"),
        ("부모님이 운영하시는 식당을 도왔습니다.", "family", "부모님이 운영하시는 식당"),
        ("1남 1녀 중 장남입니다.", "family", "1남 1녀 중 장남"),
        ("저는 1998년생입니다.", "age", "1998년생"),
        ("스물다섯 살에 입사했습니다.", "age", "스물다섯 살"),
        ("20대 중반에 창업했습니다.", "age", "20대 중반"),
        ("결혼 후 경력이 끊겼습니다.", "marital", "결혼 후"),
        ("두 아이의 엄마로서 일합니다.", "marital", "두 아이의 엄마"),
        ("제 남편과 봉사했습니다.", "marital", "제 남편"),
        ("키가 커서 선반 작업을 맡았습니다.", "appearance", "키가 커"),
        ("외모에 자신이 있습니다.", "appearance", "외모"),
        ("저는 김민수입니다.", "name_gender", "김민수"),
        ("여자로서 현장직에 지원했습니다.", "name_gender", "여자로서"),
        ("군 복무 시절 배웠습니다.", "name_gender", "군 복무"),
    ],
)
def test_it_flags_a_leak_of_each_kind(text, category, excerpt):
    assert (category, excerpt) in leaks(text)


@pytest.mark.parametrize(
    "text",
    [
        "연세 지긋한 어르신을 도와드렸습니다.",
        "현장의 목소리를 고려해야 할 뿐 아니라 예산도 고려하여 결정했습니다.",
        "3교대 근무를 하며 야간 민원을 처리했습니다.",
        "교대 근무자 간 인수인계 양식을 만들었습니다.",
        "대학생 시절 교내 학보사에서 활동했습니다.",
        "서울대공원에서 봉사활동을 했습니다.",
        "대한민국의 복지 사각지대를 줄이겠습니다.",
        "기대 효과를 분석해 대상을 확대했고 최대 30%를 절감했습니다.",
        "대부분의 민원은 중대한 문제가 되기 전에 대응했습니다.",
        "국민대표 토론회에 참관했습니다.",
        "동국제강 협력사 설명회를 도왔습니다.",
        "고대 이집트 문명을 공부했습니다.",
        "시민단체와 연대하여 사업을 넓혔습니다.",
        "결혼이민자 가정과 미혼모 지원 사업을 맡았습니다.",
        "고향사랑기부제를 홍보했습니다.",
        "만 65세 이상 어르신을 상담했습니다.",
        "무인 키오스크와 키워드 안내문을 만들었습니다.",
        "제대로 처리하지 못해 서울 전역을 다시 점검했습니다.",
        "사단법인 희망나눔에서 일했습니다.",
        "아버지뻘 되는 어르신 고객을 응대하며 근무했습니다.",
        "어머니는 늘 정직하라고 하셨고 저는 편의점에서 근무하며 지켰습니다.",
        "저는 책임감 있는 사람입니다.",
        "저는 지원자입니다.",
        "홍대 앞 공연장에서 스태프로 일했습니다.",
        "건대입구역 근처 카페에서 일했습니다.",
    ],
)
def test_words_that_only_look_like_leaks_are_not_flagged(text):
    assert leaks(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "전 직장인 한국전력공사에서 인턴으로 근무했습니다.",
        "타 공단 근무 당시 팀원 2명과 목표를 세웠습니다.",
        "서울대학교병원에서 행정 계약직으로 일했습니다.",
        "서울대병원 원무과에서 일했습니다.",
        "연세대학교 세브란스병원에서 외래 예약을 받았습니다.",
        "경영학과를 전공하며 회계를 배웠습니다.",
        "컴퓨터공학 전공 수업에서 데이터베이스를 배웠습니다.",
        "경영학과 출신으로 숫자에 강합니다.",
    ],
)
def test_previous_employers_and_majors_are_allowed(text):
    assert leaks(text) == []


def test_an_abbreviation_that_is_also_a_word_needs_a_school_word_after_it():
    assert leaks("고대 재학 시절 봉사동아리를 했습니다.") == [("school", "고대")]
    assert leaks("고대 유적 보존 보고서를 읽었습니다.") == []


def test_kiwi_proper_nouns_catch_unlisted_school_names():
    # 새솔대 is not in the list: Kiwi tags it as a proper noun and 재학 follows.
    [leak] = find_leaks("새솔대 재학 중 공모전에 나갔습니다.")
    assert (leak.category, leak.extra["rule"]) == ("school", "proper_noun_cue")


def test_empty_text_has_no_leaks():
    assert find_leaks("") == []
    assert find_leaks("  \n ") == []


class TestLexiconProvider:
    def test_the_default_provider_reads_the_shipped_json(self):
        previous = set_lexicon_provider(None)
        try:
            assert get_lexicon() is default_lexicon()
            assert any(e.term == "연세대" for e in get_lexicon().entries("blind_schools"))
        finally:
            set_lexicon_provider(previous)

    def test_an_installed_provider_adds_terms_for_every_check(self):
        extended = default_lexicon().extended(
            [{"list": "blind_activities", "term": "한울림제", "category": "school_activity"}]
        )
        previous = set_lexicon_provider(lambda: extended)
        try:
            assert leaks("한울림제 준비위원이었습니다.") == [("school_activity", "한울림제")]
        finally:
            set_lexicon_provider(previous)
        assert leaks("한울림제 준비위원이었습니다.") == []

    def test_using_lexicon_restores_the_installed_provider(self):
        installed = get_lexicon()
        other = default_lexicon().extended([])
        with using_lexicon(other):
            assert get_lexicon() is other
        assert get_lexicon() is installed

    def test_a_lexicon_can_be_passed_to_one_call(self):
        lexicon = default_lexicon().extended(
            [{"list": "blind_schools", "term": "연대", "category": "school", "disabled": True}]
        )
        assert find_leaks("연대 경영학과 학생회에서 일했습니다.", lexicon=lexicon) == []

    def test_invalid_rows_are_rejected_with_a_reason(self):
        with pytest.raises(ValueError, match="invalid pattern"):
            LexEntry.from_mapping({"pattern": "(", "category": "age"})
        with pytest.raises(ValueError, match="exactly one"):
            LexEntry.from_mapping({"category": "age"})
        with pytest.raises(ValueError, match="list"):
            default_lexicon().extended([{"term": "x", "category": "school"}])

    def test_a_directory_of_lists_loads(self, tmp_path):
        (tmp_path / "blind_schools.json").write_text(
            '[{"term": "가나대", "category": "school", "note": "시험용"}]', encoding="utf-8"
        )
        lexicon = load_lexicon(tmp_path)
        assert [e.term for e in lexicon.entries("blind_schools")] == ["가나대"]
        assert lexicon.entries("cliches") == ()


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        ("고등학교 시절 민족사관고 기숙사에서 생활했습니다.", "school", "민족사관고"),
        ("강원도 산골 마을 출신이라 버스가 드물었습니다.", "hometown", "강원도 산골 마을 출신"),
        ("저희 집은 시장에서 떡집을 운영하고 있습니다.", "family", "집은 시장에서 떡집을 운영하고"),
        ("저는 화목한 가정에서 자랐습니다.", "family", "화목한 가정에서 자랐"),
        ("재수 끝에 대학에 들어갔습니다.", "school", "재수 끝에"),
    ],
)
def test_more_forms_of_school_hometown_and_family_are_leaks(text, category, excerpt):
    assert (category, excerpt) in leaks(text)


def test_a_verb_ending_in_go_before_a_school_word_is_not_a_school():
    assert leaks("과제가 어렵고 학생들이 많았습니다.") == []


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        # kin words by their shape: a side or rank prefix, 님, in-laws
        (
            "막내이모께서 읍내에서 약국을 하셔서 방학마다 일을 거들었습니다.",
            "family",
            "막내이모께서 읍내에서 약국",
        ),
        (
            "큰고모가 꾸리시는 식당에서 주말마다 서빙을 했습니다.",
            "family",
            "큰고모가 꾸리시는 식당",
        ),
        (
            "형수님이 보건소 간호사로 일하셔서 예방접종 일정을 자주 들었습니다.",
            "family",
            "형수님이 보건소 간호사로 일하셔서",
        ),
        ("처조카의 숙제를 봐 주며 설명하는 법을 익혔습니다.", "marital", "처조카"),
        # ages in words, native and Sino-Korean, and ages implied by a year or an event
        ("열일곱 살에 처음 아르바이트를 시작했습니다.", "age", "열일곱 살"),
        ("오십이 세에 재취업에 성공했습니다.", "age", "오십이 세"),
        ("쉰셋에 자격증을 땄습니다.", "age", "쉰셋"),
        ("2012년에 입대하여 운전병으로 일했습니다.", "age", "2012년에 입대하"),
        (
            "메르스가 돌던 해에 고등학생이었던 저는 마스크를 나눴습니다.",
            "age",
            "메르스가 돌던 해에 고등학생이었",
        ),
        # gender shown by a role, military units written another way
        ("공대 남학생 대표로서 학과 행사를 꾸렸습니다.", "name_gender", "남학생 대표로서"),
        ("제2 교육연대에서 분대장 조교로 일했습니다.", "name_gender", "제2 교육연대"),
        (
            "군수사령부 예하 정비대대에서 차량을 고쳤습니다.",
            "name_gender",
            "군수사령부 예하 정비대대",
        ),
        ("혹한기 훈련을 마치고 나니 추위가 두렵지 않았습니다.", "name_gender", "혹한기 훈련"),
        # school shapes: a campus said short, a group of schools, a kind of school, a station
        ("명륜캠 도서관에서 밤을 새웠습니다.", "school_area", "명륜캠"),
        ("광명상가 중 한 곳을 다녔습니다.", "school", "광명상가"),
        ("교육대학교를 졸업하고 방과후 교사로 일했습니다.", "school", "교육대학교"),
        ("건대 입구 근처에서 자취를 하며 학교를 다녔습니다.", "school_area", "건대 입구"),
        # a student of a school in the writer's own role
        ("충북대 학생으로서 지역 축제를 도왔습니다.", "school", "충북대"),
        ("학창 시절 뇌종양을 이겨 낸 경험이 있습니다.", "appearance", "학창 시절 뇌종양을 이겨 낸"),
    ],
)
def test_forms_outside_the_lists_are_caught(text, category, excerpt):
    found = leaks(text)
    assert any(c == category and excerpt in e for c, e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "열아홉 살 이상 참가자를 모집했습니다.",
        "세대주 오십 세대를 방문했습니다.",
        "지역 단체들과 연대하여 캠페인을 벌였습니다.",
        "지역 교육 연대 모임에 참여했습니다.",
        "부서 간 업무 경계를 선명하게 나눴습니다.",
        "2019년에 본공사에 들어갔습니다.",
        "대대적인 개편으로 업무가 늘었습니다.",
        "웹캠을 켜고 비대면 면담을 했습니다.",
        "스캠을 예방하는 교육을 했습니다.",
        "직캠으로 공연을 기록했습니다.",
        "교대 근무 일정을 짰습니다.",
        "여성 이용자 모임을 만들었습니다.",
        "신입 여성 팀원을 맡아 멘토링했습니다.",
        "우울증을 앓는 이용자의 상담 일정을 조율했습니다.",
    ],
)
def test_words_that_share_a_shape_with_the_new_forms_are_not_leaks(text):
    assert leaks(text) == []


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        ("철물점을 하시는 큰아버지 곁에서 공구 이름을 익혔습니다.", "family", "큰아버지"),
        ("마흔하나, 처음으로 공채에 지원했습니다.", "age", "마흔하나"),
        ("중2였던 2011년에 동네 도서관에서 봉사를 시작했습니다.", "age", "중2였던 2011년"),
        ("2017년 2월 대학 졸업 후 바로 현장에 나갔습니다.", "age", "2017년 2월 대학 졸업 후"),
        ("남성 최초로 간호학과 대표를 맡았습니다.", "name_gender", "남성 최초로"),
        ("홍대 근처 원룸에서 하숙하며 통학했습니다.", "school_area", "홍대"),
    ],
)
def test_a_trade_a_bare_age_a_stage_before_a_year_and_a_first_of_a_gender(text, category, excerpt):
    found = leaks(text)
    assert any(c == category and excerpt in e for c, e in found), found


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("호원대 과방에서 밤새 과제를 했습니다.", "호원대"),
        ("세한대 국문과에서 공부했습니다.", "세한대"),
        ("상지대 총학생회 부회장을 맡았습니다.", "상지대"),
        ("초당대에서 항공 정비를 배웠습니다.", "초당대"),
        ("경기과기대 기계과를 나왔습니다.", "경기과기대"),
    ],
)
def test_unlisted_school_names_kiwi_splits_or_misreads_are_read_off_the_surface(text, excerpt):
    assert ("school", excerpt) in leaks(text)


@pytest.mark.parametrize(
    "text",
    ["극대 효과를 노렸습니다.", "신세대 동아리에서 배웠습니다.", "시민 연대에서 배웠습니다."],
)
def test_words_ending_in_dae_before_a_school_like_word_are_not_schools(text):
    assert leaks(text) == []


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        ("춘천에서 올라와 기숙사 생활을 시작했습니다.", "hometown", "춘천에서 올라와"),
        ("신병 시절 선임에게 장비 점검을 배웠습니다.", "name_gender", "신병"),
        ("고교를 졸업한 지 열두 해가 지났습니다.", "age", "고교를 졸업한 지 열두 해"),
        ("팀원들보다 세 살 어렸지만 회의를 이끌었습니다.", "age", "팀원들보다 세 살 어렸"),
        ("중학생 때 메르스로 휴교를 겪었습니다.", "age", "중학생 때 메르스"),
        (
            "외삼촌 두 분 다 소방관이셔서 안전에 관심이 많습니다.",
            "family",
            "외삼촌 두 분 다 소방관",
        ),
        ("이모는 중학교 선생님이십니다.", "family", "이모는 중학교 선생님이십니다"),
    ],
)
def test_coming_up_from_a_place_ranks_years_since_school_and_counted_relatives(
    text, category, excerpt
):
    found = leaks(text)
    assert any(c == category and excerpt in e for c, e in found), found


def test_what_came_up_from_a_place_and_the_capital_are_no_home_town():
    assert leaks("부산에서 올라온 공문을 검토했습니다.") == []
    assert leaks("서울에서 올라와 지역 현장을 둘러본 본사 직원을 안내했습니다.") == []


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        ("UC샌디에이고에서 해양생물학을 공부했습니다.", "school", "UC샌디에이고"),
        ("조손 가정의 장녀로 동생들을 챙겼습니다.", "family", "조손 가정의 장녀"),
        ("오사카대 연구실에서 반년을 보냈습니다.", "school", "오사카대"),
        ("시드니대에서 여름 학기 수업을 들었습니다.", "school", "시드니대"),
    ],
)
def test_schools_abroad_and_the_kind_of_household_one_grew_up_in(text, category, excerpt):
    found = leaks(text)
    assert any(c == category and excerpt in e for c, e in found), found


def test_households_and_school_groups_one_serves_are_not_the_writers():
    assert leaks("조손 가정 자녀들을 위한 학습 모임을 꾸렸습니다.") == []
    assert leaks("UC 계열 대학과 공동 연구를 조율했습니다.") == []


@pytest.mark.parametrize(
    "text, excerpt",
    [
        ("제11기계화보병사단에서 정비병으로 일했습니다.", "제11기계화보병사단"),
        ("공군 10전비에서 무장 정비를 배웠습니다.", "10전비"),
        ("맹호부대에서 분대장을 맡았습니다.", "맹호부대"),
        ("해군교육대에서 신병 교육을 받았습니다.", "해군교육대"),
        ("현역병으로 입대해 21개월을 보냈습니다.", "현역병으로 입대"),
    ],
)
def test_military_units_by_their_number_arm_nickname_and_branch(text, excerpt):
    assert any(c == "name_gender" and excerpt in e for c, e in leaks(text)), leaks(text)


def test_a_base_as_a_place_and_a_slogan_are_not_service():
    assert leaks("공군 기지 인근 주민들의 소음 민원을 정리했습니다.") == []
    assert leaks("필승 의지로 대회를 준비했습니다.") == []


def test_a_high_school_kiwi_reads_with_a_determiner_and_a_student_taking_part():
    assert ("school", "포철고") in leaks("포철고 기숙사에서 삼 년을 보냈습니다.")
    assert ("school", "광주과학고") in leaks("광주과학고 학생으로 경시대회에 나갔습니다.")
    assert leaks("서울대 학생으로 보이는 청년이 길을 물었습니다.") == []


def test_a_school_hospital_in_another_city_and_a_school_institute_are_employers():
    assert leaks("연세대 원주세브란스기독병원에서 원무 보조로 일했습니다.") == []
    assert leaks("고려대 구로병원에서 일했습니다.") == []
    assert leaks("서울대 연구소에서 인턴을 했습니다.") == []


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        ("HYU 로봇 동아리에서 팀장을 했습니다.", "school", "HYU"),
        ("전라도 말씨가 남아 있어 발표 연습을 많이 했습니다.", "hometown", "전라도 말씨"),
        ("2대째 이어 온 가업을 거들며 재고를 관리했습니다.", "family", "가업을 거들"),
    ],
)
def test_english_school_abbreviations_accents_and_family_trades(text, category, excerpt):
    found = leaks(text)
    assert any(c == category and excerpt in e for c, e in found), found


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        ("제 신장은 180이 넘어 무거운 상자 옮기기를 맡았습니다.", "appearance", "제 신장은 180"),
        ("의붓형과 한방을 쓰며 양보를 배웠습니다.", "family", "의붓형"),
        ("제대를 석 달 남기고 토익 공부를 시작했습니다.", "name_gender", "제대를 석 달 남기고"),
        ("외할아버지께서 목장을 하셔서 새벽 착유를 도왔습니다.", "family", "외할아버지께서 목장"),
    ],
)
def test_height_a_step_family_the_end_of_service_and_a_relatives_farm(text, category, excerpt):
    found = leaks(text)
    assert any(c == category and excerpt in e for c, e in found), found


def test_a_relatives_household_business_is_a_family_job():
    assert ("family", "고모네 정비소") in leaks("고모네 정비소에서 방학마다 공구를 정리했습니다.")
    assert leaks("이모네 집에서 하룻밤 묵었습니다.") == []


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        ("국민학교 시절 반장을 맡았습니다.", "age", "국민학교"),
        ("제가 대학에 입학한 해는 2013년이었습니다.", "age", "입학한 해는 2013년"),
        ("수능을 두 번 치르고 간호학과에 들어갔습니다.", "school", "수능을 두 번 치르"),
    ],
)
def test_ages_said_by_a_generations_schooling_or_a_year_given_after_the_step(
    text, category, excerpt
):
    found = leaks(text)
    assert any(c == category and excerpt in e for c, e in found), found


@pytest.mark.parametrize(
    "text, category, excerpt",
    [
        ("언니 둘 밑에서 자라 양보를 일찍 배웠습니다.", "family", "언니 둘 밑에서"),
        ("남자 형제만 있는 집에서 자랐습니다.", "family", "남자 형제만 있는 집"),
        ("군 면제를 받았지만 체력 관리를 했습니다.", "name_gender", "군 면제"),
        ("사관 후보생 시절 새벽 구보를 했습니다.", "name_gender", "사관 후보생"),
    ],
)
def test_siblings_by_count_and_military_status_words(text, category, excerpt):
    found = leaks(text)
    assert any(c == category and excerpt in e for c, e in found), found


def test_a_service_worker_who_helped_is_not_the_writers_service():
    assert leaks("공익 근무 요원 선생님이 짐을 옮겨 주셨습니다.") == []


def test_a_bracketed_aside_after_a_kin_word_keeps_the_relatives_job():
    found = leaks("아버지(61세)께서 철물점을 하셔서 공구 이름을 익혔습니다.")
    assert any(c == "family" and "철물점" in e for c, e in found), found
