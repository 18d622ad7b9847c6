from prep.coach.spelling import apply, check_spelling


def corrected(text: str) -> str:
    return apply(text, check_spelling(text))


class TestAlwaysWrongWords:
    def test_each_word_is_corrected_with_its_ending_kept(self):
        assert corrected("큰 배움이 되였습니다.") == "큰 배움이 되었습니다."
        assert corrected("다른 팀에 뒤쳐지지 않았습니다.") == "다른 팀에 뒤처지지 않았습니다."
        assert (
            corrected("도데체 무엇이 문제인지 살폈습니다.") == "도대체 무엇이 문제인지 살폈습니다."
        )

    def test_words_of_the_third_set_kind_are_corrected(self):
        assert corrected("재고를 통채로 기부했습니다.") == "재고를 통째로 기부했습니다."
        assert corrected("낮선 환경과 꺽이지 않는 마음") == "낯선 환경과 꺾이지 않는 마음"
        assert corrected("함수의 결과값과 등교길") == "함수의 결괏값과 등굣길"
        assert corrected("컨퍼런스 스탭과 에어콘 리모콘") == "콘퍼런스 스태프와 에어컨 리모컨"

    def test_loanwords_follow_the_loanword_table(self):
        assert corrected("케잌을 사고 도너츠를 먹었다.") == "케이크를 사고 도넛을 먹었다."
        assert corrected("프론트엔드와 리더쉽") == "프런트엔드와 리더십"
        assert check_spelling("불길이 타올라 조세 포탈세 이야기가 나왔다.") == []

    def test_adverbs_and_stems_that_are_always_wrong(self):
        assert corrected("꾸준이 노력해 각별이 챙겼습니다.") == "꾸준히 노력해 각별히 챙겼습니다."
        assert corrected("마음이 설레입니다.") == "마음이 설렙니다."
        assert corrected("김치를 담궜고 중요성을 깨닳았습니다.") == (
            "김치를 담갔고 중요성을 깨달았습니다."
        )

    def test_keondae_follows_the_final_before_it(self):
        assert corrected("생각컨대 단언컨데 요컨데") == "생각건대 단언컨대 요컨대"
        assert check_spelling("제가 한 건데요, 요컨대 생각건대 그렇습니다.") == []

    def test_gareukida_is_pointing_or_teaching(self):
        assert corrected("후배를 가르켰습니다.") == "후배를 가르쳤습니다."
        assert corrected("손가락으로 방향을 가르켰습니다.") == "손가락으로 방향을 가리켰습니다."

    def test_words_whose_only_mistake_is_a_space(self):
        assert corrected("더이상 미루지 않았습니다.") == "더 이상 미루지 않았습니다."
        assert corrected("이런 저런 일을 맨처음 맡았습니다.") == "이런저런 일을 맨 처음 맡았습니다."
        assert check_spelling("맨손으로 시작해 더 이상 미루지 않았습니다.") == []

    def test_yeomdu_is_a_noun(self):
        assert corrected("예산을 염두해 두고 세웠습니다.") == "예산을 염두에 두고 세웠습니다."

    def test_guyo_after_a_tense_stem_is_goyo(self):
        assert corrected("많이 성장했구요, 지금도 배웁니다.") == "많이 성장했고요, 지금도 배웁니다."
        assert check_spelling("가장 고마운 사람은 친구요.") == []

    def test_a_word_is_only_matched_at_its_start(self):
        assert check_spelling("오랫동안 준비했습니다.") == []

    def test_yaegi_only_where_expectation_cannot_be_meant(self):
        assert corrected("동료와 예기를 나누었습니다.") == "동료와 얘기를 나누었습니다."
        assert check_spelling("예기치 못한 일이 생겼습니다.") == []

    def test_geurigo_naseo_becomes_geureogo(self):
        assert corrected("그리고 나서 보고했습니다.") == "그러고 나서 보고했습니다."


class TestRyeogo:
    def test_a_stem_without_rieul_loses_the_extra_rieul(self):
        assert corrected("자격증을 딸려고 공부했습니다.") == "자격증을 따려고 공부했습니다."
        assert corrected("강의를 배울려고 들었습니다.") == "강의를 배우려고 들었습니다."
        assert corrected("밥을 먹을려고 했습니다.") == "밥을 먹으려고 했습니다."

    def test_stems_ending_in_rieul_pass(self):
        for text in (
            "자료를 만들려고 했습니다.",
            "토론에 뛰어들려고 했습니다.",
            "책을 빌려는 줬습니다.",
        ):
            assert check_spelling(text) == [], text


class TestEndingsAndDeurida:
    def test_ending_after_rieul_is_joined(self):
        assert corrected("힘든 상황일 지라도 웃었습니다.") == "힘든 상황일지라도 웃었습니다."

    def test_noun_deurida_is_one_verb(self):
        assert corrected("먼저 사과 드렸습니다.") == "먼저 사과드렸습니다."
        assert check_spelling("선물을 드렸습니다.") == []


class TestBareDe:
    def test_connective_neunde_passes(self):
        assert check_spelling("일을 하는데 갑자기 정전이 되었습니다.") == []

    def test_de_before_what_it_takes_is_a_noun(self):
        assert (
            corrected("자료를 분석하는데 3주가 걸렸습니다.")
            == "자료를 분석하는 데 3주가 걸렸습니다."
        )
        assert corrected("신뢰를 쌓는데 필요한 태도") == "신뢰를 쌓는 데 필요한 태도"

    def test_school_names_are_not_numeral_and_unit(self):
        assert check_spelling("세명대학교 학생들과 봉사했습니다.") == []
        assert check_spelling("안산대를 졸업했습니다.") == []


class TestSpacingInOneWord:
    def test_spaces_missing_twice_in_a_word_are_one_finding(self):
        findings = check_spelling("입사 후 꼭 해야할것은 현장을 아는 일입니다.")
        assert [(f.original, f.suggestion) for f in findings] == [("야할것", "야 할 것")]
        assert corrected("할수있는것이 많다.") == "할 수 있는 것이 많다."


class TestGetApart:
    def test_get_is_joined_to_the_verb(self):
        assert corrected("그렇게 해야 겠다고 다짐했습니다.") == "그렇게 해야겠다고 다짐했습니다."
        assert check_spelling("그렇게 하겠습니다.") == []


class TestDeungJungAfterNoun:
    def test_dependent_deung_and_jung_are_written_apart(self):
        assert corrected("교육, 복지등 다양한 민원") == "교육, 복지 등 다양한 민원"
        assert corrected("회의중에 전화가 왔습니다.") == "회의 중에 전화가 왔습니다."

    def test_dictionary_words_with_deung_or_jung_pass(self):
        for text in (
            "무의식중에 말했습니다.",
            "부재중 전화",
            "그중 하나",
            "평등한 사회",
            "신호등",
            "도중에",
        ):
            assert check_spelling(text) == [], text
