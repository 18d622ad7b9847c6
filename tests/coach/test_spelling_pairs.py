"""spelling_pairs, spelling_forms and spelling_morph_nouns: a wrong and a right example for
every rule, and the lexicon words added beside them."""

import pytest

from prep.coach.spelling import apply, check_spelling


def corrected(text: str) -> str:
    return apply(text, check_spelling(text))


class TestNearHomophones:
    def test_geotjapda_is_estimate_and_geotjapda_with_a_negative_is_check(self):
        assert corrected("이용객을 걷잡아 3만 명으로 봤다.") == "이용객을 겉잡아 3만 명으로 봤다."
        assert corrected("겉잡을 수 없이 번졌다.") == "걷잡을 수 없이 번졌다."

    def test_bandeusi_unless_something_lies_or_stands_straight(self):
        assert corrected("장갑을 반듯이 착용합니다.") == "장갑을 반드시 착용합니다."
        assert check_spelling("환자를 반듯이 눕히고 의자에 반듯이 앉았습니다.") == []

    def test_hanchang_is_the_height_and_hancham_a_long_while(self):
        assert corrected("한참 바쁠 때 입사했습니다.") == "한창 바쁠 때 입사했습니다."
        assert check_spelling("한참 동안 기다렸고 한참을 고민했습니다.") == []

    def test_a_role_is_taken_on_with_matda(self):
        assert corrected("처음 역할을 맞았을 때") == "처음 역할을 맡았을 때"
        assert check_spelling("새 팀장을 맞았고 기준에 맞게 일정을 맞췄습니다.") == []

    def test_after_a_comparison_what_differs_is_dareuda(self):
        assert corrected("동료와 의견이 틀릴 때") == "동료와 의견이 다를 때"
        assert corrected("서로 틀린 방식") == "서로 다른 방식"
        assert check_spelling("시험 결과 틀린 문제를 다시 풀고 제 생각이 틀렸음을 인정했다.") == []

    def test_jego_yurye_and_hoetsu_by_the_noun_before(self):
        assert corrected("생산성을 재고하기 위해") == "생산성을 제고하기 위해"
        assert corrected("유래없는 성과였다.") == "유례없는 성과였다."
        assert corrected("검사 회수를 줄였다.") == "검사 횟수를 줄였다."
        assert check_spelling("재고 관리와 제품 회수, 지명의 유래를 조사했다.") == []

    def test_things_are_not_honoured(self):
        assert corrected("주문하신 음료 나오셨습니다.") == "주문하신 음료 나왔습니다."
        assert check_spelling("선배님께서 먼저 나오셨습니다.") == []


class TestWordShapes:
    def test_nyeon_at_the_start_of_a_word_is_yeon(self):
        assert corrected("년간 이용객과 년도별 예산") == "연간 이용객과 연도별 예산"
        assert check_spelling("2년간, 몇 년간, 2025년도 계획") == []

    def test_euro_after_a_final_rieul_is_ro(self):
        assert corrected("쉬운 말으로 파일으로 보냈다.") == "쉬운 말로 파일로 보냈다."

    def test_no_saisiot_before_a_hard_consonant(self):
        assert corrected("뒷풀이와 윗층 뒷처리") == "뒤풀이와 위층 뒤처리"
        assert check_spelling("뒷짐을 지고 윗사람과 뒷받침했다.") == []

    @pytest.mark.parametrize(
        ("wrong", "right"),
        [
            ("첫발을 내딛었던 날", "첫발을 내디뎠던 날"),
            ("서툴은 솜씨", "서툰 솜씨"),
            ("현장에 머물었다.", "현장에 머물렀다."),
            ("낯설은 환경", "낯선 환경"),
            ("결과가 틀려집니다.", "결과가 달라집니다."),
        ],
    )
    def test_short_stems_take_no_vowel_ending(self, wrong, right):
        assert corrected(wrong) == right

    def test_gajeun_and_full_stems_pass(self):
        assert check_spelling("갖은 고생 끝에 첫발을 내디뎠고 서툰 솜씨로 머물렀다.") == []


class TestBoundNouns:
    def test_de_with_a_far_predicate_is_a_noun(self):
        assert corrected("분석하는데 통계 프로그램 R을 사용했다.") == (
            "분석하는 데 통계 프로그램 R을 사용했다."
        )
        assert check_spelling("준비하는데 비가 와서 우산을 썼다.") == []

    def test_nal_and_gan_apart_and_suffixes_together(self):
        assert corrected("바람이 센날에는 부서간 협조로") == "바람이 센 날에는 부서 간 협조로"
        assert corrected("6개월 간 일하고 한 시간 가량 기다렸다.") == (
            "6개월간 일하고 한 시간가량 기다렸다."
        )
        assert check_spelling("지난날 형제간 우애와 서울과 부산 간 거리, 조만간 간호사") == []

    def test_deurida_after_acts_of_service(self):
        assert corrected("설명 드리고 안내 드렸습니다.") == "설명드리고 안내드렸습니다."

    def test_one_word_nouns_and_adverbs_written_apart(self):
        assert corrected("빠짐 없이 적고 하루 아침에 바뀌었다.") == (
            "빠짐없이 적고 하루아침에 바뀌었다."
        )
        assert corrected("첫 발을 뗀 지난 번 회의") == "첫발을 뗀 지난번 회의"
        assert check_spelling("첫 발표와 첫 해외 출장") == []


class TestSecondRound:
    def test_adverbs_take_i_after_siot_and_hi_after_other_hada_roots(self):
        assert corrected("느긋히 기다리고 따뜻히 맞았다.") == "느긋이 기다리고 따뜻이 맞았다."
        assert corrected("조용이 기다렸다.") == "조용히 기다렸다."
        assert check_spelling("깨끗이 치우고 가까이 가서 깊숙이 넣고 솔직히 말했다.") == []

    def test_geot_shortened_and_numerals_joined(self):
        assert corrected("제가 할껍니다. 내일 갈꺼예요.") == "제가 할 겁니다. 내일 갈 거예요."
        assert corrected("몇 십 명과 십 여 명") == "몇십 명과 십여 명"
        assert check_spelling("몇 년, 천 명, 몇만 원") == []

    def test_natda_ttida_and_neomeo_by_the_words_before(self):
        assert corrected("병이 낳았고 더 낳은 방법을 찾았다.") == (
            "병이 나았고 더 나은 방법을 찾았다."
        )
        assert corrected("활기를 띄었고 한계를 너머 섰다.") == "활기를 띠었고 한계를 넘어 섰다."
        assert check_spelling("아이를 낳았고 눈에 띄었으며 산 너머 마을에 갔다.") == []

    def test_family_and_creative_roles_take_roseo(self):
        assert corrected("장남으로써, 마케터로써") == "장남으로서, 마케터로서"

    def test_words_that_are_always_wrong(self):
        assert corrected("칠흙 같은 밤, 얘기치 못한 일을 맞치고") == (
            "칠흑 같은 밤, 예기치 못한 일을 마치고"
        )
        assert corrected("고객 수를 늘였다.") == "고객 수를 늘렸다."

    def test_ge_endings_are_joined_and_not_honoured(self):
        assert corrected("제가 할 게요. 이쪽으로 오실게요.") == "제가 할게요. 이쪽으로 오세요."
        assert corrected("미리 할껄 그랬다.") == "미리 할걸 그랬다."
        assert check_spelling("할 게 많아요. 제가 갈게요.") == []

    def test_particles_that_never_start_a_word_are_joined(self):
        assert corrected("서울로 부터 왔고 저 처럼 이름 조차") == "서울로부터 왔고 저처럼 이름조차"
        assert check_spelling("무릎이 까지고 그 밖에 마저 끝냈다.") == []

    def test_ttaemun_and_nouns_after_a_noun_or_modifier_are_apart(self):
        assert corrected("어렵기때문에 노력한덕분에") == "어렵기 때문에 노력한 덕분에"
        assert corrected("방학동안 일하고 입사후 고민한끝에") == (
            "방학 동안 일하고 입사 후 고민한 끝에"
        )
        assert check_spelling("그동안 오랫동안 한동안, 직후 오후 최후, 방과후 교실") == []

    def test_week_and_once_are_written_apart(self):
        assert corrected("이번주와 다음주, 얼마전 그후") == "이번 주와 다음 주, 얼마 전 그 후"
        assert corrected("한번도 없었고 그 뿐만 아니라") == "한 번도 없었고 그뿐만 아니라"
        assert corrected("어제밤 할꺼다") == "어젯밤 할 거다"

    def test_butida_compounds_and_always_wrong_stems(self):
        assert corrected("팔을 걷어 부치고 밀어부쳤다.") == "팔을 걷어붙이고 밀어붙였다."
        assert corrected("벽에 부딛혀 이루웠다.") == "벽에 부딪혀 이루었다."
        assert corrected("어떻할지 몰랐다.") == "어떡할지 몰랐다."

    def test_connective_phrases_and_prohibition(self):
        assert corrected("예를들어 왜냐 하면") == "예를 들어 왜냐하면"
        assert corrected("그래선 안된다. 절대 안돼.") == "그래선 안 된다. 절대 안 돼."
        assert check_spelling("마음이 안됐다. 우선 안되는 일부터 살폈다.") == []

    def test_numbers_units_and_their_bound_nouns(self):
        assert corrected("오천원짜리 제 1회 대회에 약10명, 3명이상") == (
            "오천 원짜리 제1회 대회에 약 10명, 3명 이상"
        )
        assert corrected("3시 쯤 우리들 끼리") == "3시쯤 우리들끼리"
        assert check_spelling("만원 버스에서 제 3년간의 경험, 3 이상, 약 10명") == []

    def test_pronoun_nouns_and_determiners(self):
        assert corrected("그 쪽으로 가서 이 곳에서 지난 해 매 년") == (
            "그쪽으로 가서 이곳에서 지난해 매년"
        )
        assert corrected("전세계와 타부서, 그 만큼 얼만큼") == "전 세계와 타 부서, 그만큼 얼마만큼"
        assert corrected("회사를 그만 두었다. 하지말고 하게하다") == (
            "회사를 그만두었다. 하지 말고 하게 하다"
        )
        assert check_spelling("그 사이 자격증을 땄다.") == []

    def test_copula_endings_and_wishes(self):
        assert corrected("장점은 꼼꼼함 입니다. 제 꿈은 회사이에요.") == (
            "장점은 꼼꼼함입니다. 제 꿈은 회사예요."
        )
        assert corrected("합격을 바랬고 궁금하구요") == "합격을 바랐고 궁금하고요"
        assert check_spelling("아이에요. 색이 바랬다. 친구요, 야구요, 연구요.") == []

    def test_phrases_with_one_spacing(self):
        assert corrected("오랜 만에 신경썼고 짜증났지만 마음 먹었다.") == (
            "오랜만에 신경 썼고 짜증 났지만 마음먹었다."
        )
        assert corrected("왠 일로 애 썼다. 그렇치만 어쨌던") == "웬일로 애썼다. 그렇지만 어쨌든"

    def test_itda_after_a_noun_is_its_own_word(self):
        assert corrected("의미있는 경험과 책임감있게 필요없는") == (
            "의미 있는 경험과 책임감 있게 필요 없는"
        )
        assert check_spelling("재미있고 뜻있는 일, 맛있는 음식, 일이 있는 날") == []

    def test_evidence_proves_with_rosseo(self):
        assert corrected("성과로서 증명했고 숫자로서 말해 주었다.") == (
            "성과로써 증명했고 숫자로써 말해 주었다."
        )
        assert check_spelling("리더로서 보여 준 모습이 큰 성과로서 인정받았다.") == []
        assert corrected("날라다니는 새처럼 하늘을 날으는") == "날아다니는 새처럼 하늘을 나는"

    def test_batda_after_the_nouns_it_joins(self):
        assert corrected("인정 받았고 존경 받는 선배") == "인정받았고 존경받는 선배"
        assert check_spelling("스트레스 받았고 상을 받았고 인정을 받았다.") == []
