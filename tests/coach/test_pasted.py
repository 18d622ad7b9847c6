"""prep.coach.pasted: 인재상 / 핵심가치 pages and 자소서 문항 blocks as candidates paste them."""

import pytest

from prep.coach.pasted import (
    MAX_ITEMS,
    NamedItem,
    PastedPrompt,
    parse_named_items,
    parse_prompts,
)

# --------------------------------------------------------------------------------------------
# 인재상 / 핵심가치


class TestParseNamedItems:
    def test_colon_pairs(self):
        text = "도전 : 새로운 분야에 먼저 뛰어드는 사람\n소통: 동료와 고객의 말을 듣는 사람"
        assert parse_named_items(text) == [
            NamedItem("도전", "새로운 분야에 먼저 뛰어드는 사람"),
            NamedItem("소통", "동료와 고객의 말을 듣는 사람"),
        ]

    def test_square_bullets_with_dashes(self):
        text = "■ 도전 - 실패를 두려워하지 않는 인재\n■ 신뢰 - 국민에게 믿음을 주는 인재"
        assert parse_named_items(text) == [
            NamedItem("도전", "실패를 두려워하지 않는 인재"),
            NamedItem("신뢰", "국민에게 믿음을 주는 인재"),
        ]

    @pytest.mark.parametrize("bullet", ["•", "●", "▶", "-", "※", "◆", "·", "○"])
    def test_any_common_bullet(self, bullet):
        text = f"{bullet} 혁신 : 관행을 바꾸는 사람\n{bullet} 공정 : 원칙을 지키는 사람"
        assert [item.name for item in parse_named_items(text)] == ["혁신", "공정"]

    def test_numbered_items_with_en_dash(self):
        text = "1. 전문인 – 자기 분야의 최고\n2) 협력인 – 함께 성과를 내는 사람"
        assert parse_named_items(text) == [
            NamedItem("전문인", "자기 분야의 최고"),
            NamedItem("협력인", "함께 성과를 내는 사람"),
        ]

    def test_circled_numbers_and_brackets(self):
        text = "① [고객중심] 고객의 입장에서 생각합니다\n② [안전우선] 안전을 먼저 지킵니다"
        assert parse_named_items(text) == [
            NamedItem("고객중심", "고객의 입장에서 생각합니다"),
            NamedItem("안전우선", "안전을 먼저 지킵니다"),
        ]

    def test_two_line_name_then_description(self):
        text = (
            "핵심가치\n\n"
            "국민행복\n국민의 삶을 더 낫게 만드는 공공서비스를 제공합니다.\n\n"
            "미래혁신\n디지털 전환으로 새로운 가치를 만듭니다.\n"
        )
        assert parse_named_items(text) == [
            NamedItem("국민행복", "국민의 삶을 더 낫게 만드는 공공서비스를 제공합니다."),
            NamedItem("미래혁신", "디지털 전환으로 새로운 가치를 만듭니다."),
        ]

    def test_two_line_pairs_without_blank_lines(self):
        text = "도전\n끊임없이 새로운 것에 도전하는 인재\n창의\n다르게 생각하는 인재"
        assert parse_named_items(text) == [
            NamedItem("도전", "끊임없이 새로운 것에 도전하는 인재"),
            NamedItem("창의", "다르게 생각하는 인재"),
        ]

    def test_description_wrapped_over_lines_stays_one(self):
        text = (
            "■ 책임 : 맡은 일을 끝까지 해내며,\n결과에 대해 스스로 책임지는 자세\n"
            "■ 협력 : 함께 일하는 자세"
        )
        assert parse_named_items(text) == [
            NamedItem("책임", "맡은 일을 끝까지 해내며, 결과에 대해 스스로 책임지는 자세"),
            NamedItem("협력", "함께 일하는 자세"),
        ]

    def test_heading_is_not_an_item(self):
        text = "우리의 인재상\n- 열정: 일에 몰입하는 사람"
        assert parse_named_items(text) == [NamedItem("열정", "일에 몰입하는 사람")]

    def test_names_with_english_in_brackets(self):
        text = "Global(글로벌) : 세계와 경쟁하는 인재\n도전(Challenge): 한계를 넘는 인재"
        names = [item.name for item in parse_named_items(text)]
        assert names == ["Global(글로벌)", "도전(Challenge)"]

    def test_names_only_bulleted_list(self):
        text = "• 도전\n• 창의\n• 협력"
        assert parse_named_items(text) == [NamedItem("도전"), NamedItem("창의"), NamedItem("협력")]

    def test_full_width_colon_and_pipe(self):
        text = "신뢰：약속을 지킨다\n전문 | 최고의 실력을 갖춘다"
        assert parse_named_items(text) == [
            NamedItem("신뢰", "약속을 지킨다"),
            NamedItem("전문", "최고의 실력을 갖춘다"),
        ]

    def test_non_breaking_spaces_and_quotes_are_cleaned(self):
        text = "\u00a0“소통”\u00a0:\u00a0열린 마음으로 듣는 사람"
        assert parse_named_items(text) == [NamedItem("소통", "열린 마음으로 듣는 사람")]

    def test_a_name_glossed_in_english_then_its_description(self):
        text = (
            "OO공사 핵심가치\n"
            "미래지향(Future) 미래를 준비하는 혁신\n"
            "도전혁신(Challenge) 새 가치를 향한 도전"
        )
        assert parse_named_items(text) == [
            NamedItem("미래지향(Future)", "미래를 준비하는 혁신"),
            NamedItem("도전혁신(Challenge)", "새 가치를 향한 도전"),
        ]

    def test_a_one_line_list_under_a_heading(self):
        text = "핵심가치 : 고객중심, 도전혁신, 상생협력"
        assert parse_named_items(text) == [
            NamedItem("고객중심"),
            NamedItem("도전혁신"),
            NamedItem("상생협력"),
        ]

    def test_a_table_copied_with_tabs(self):
        text = "도전\t새로운 일에 먼저 나선다\n신뢰\t약속을 지킨다"
        assert parse_named_items(text) == [
            NamedItem("도전", "새로운 일에 먼저 나선다"),
            NamedItem("신뢰", "약속을 지킨다"),
        ]

    def test_english_names_with_korean_descriptions(self):
        text = "• Challenge : 끊임없이 도전하는 인재\n• Trust : 신뢰받는 인재"
        assert [item.name for item in parse_named_items(text)] == ["Challenge", "Trust"]

    def test_empty_and_blank_text_gives_nothing(self):
        assert parse_named_items("") == []
        assert parse_named_items("\n \n\t") == []

    def test_prose_is_kept_not_dropped(self):
        text = "우리 공단은 국민의 건강을 지키기 위해 최선을 다하는 인재를 원합니다."
        items = parse_named_items(text)
        assert len(items) == 1
        assert "국민의 건강" in items[0].name + items[0].description

    def test_at_most_the_form_limit(self):
        text = "\n".join(f"가치{n} : 설명{n}" for n in range(40))
        assert len(parse_named_items(text)) == MAX_ITEMS


# --------------------------------------------------------------------------------------------
# 자소서 문항


class TestParsePrompts:
    def test_numbered_prompts_with_limits_in_brackets(self):
        text = (
            "1. 지원 동기와 입사 후 포부를 기술해 주십시오. (700자 이내)\n"
            "2. 갈등을 해결한 경험을 작성해 주십시오. (500자)"
        )
        assert parse_prompts(text) == [
            PastedPrompt("지원 동기와 입사 후 포부를 기술해 주십시오.", 700, "chars"),
            PastedPrompt("갈등을 해결한 경험을 작성해 주십시오.", 500, "chars"),
        ]

    def test_circled_numbers(self):
        text = "① 본인의 강점을 쓰시오 (600자 이내)\n② 실패 경험을 쓰시오 (600자 이내)"
        assert [(p.text, p.limit) for p in parse_prompts(text)] == [
            ("본인의 강점을 쓰시오", 600),
            ("실패 경험을 쓰시오", 600),
        ]

    def test_bracketed_question_numbers(self):
        text = (
            "[문항1] 우리 공사에 지원한 동기를 쓰세요. 최대 1,000자\n"
            "[문항 2] 협업 경험을 쓰세요. 1,000자 이내"
        )
        assert parse_prompts(text) == [
            PastedPrompt("우리 공사에 지원한 동기를 쓰세요.", 1000, "chars"),
            PastedPrompt("협업 경험을 쓰세요.", 1000, "chars"),
        ]

    def test_q_numbers(self):
        text = "Q1. 직업윤리에 대해 쓰세요 (800자)\nQ2) 자기개발 경험 (800자)"
        assert [p.text for p in parse_prompts(text)] == ["직업윤리에 대해 쓰세요", "자기개발 경험"]

    def test_spaces_excluded(self):
        text = "1. 성장 과정을 쓰세요. (공백 제외 500자 이내)"
        assert parse_prompts(text) == [PastedPrompt("성장 과정을 쓰세요.", 500, "chars_no_spaces")]

    def test_spaces_excluded_written_after_the_number(self):
        text = "1. 성장 과정을 쓰세요. (500자 이내, 공백 제외)"
        assert parse_prompts(text) == [PastedPrompt("성장 과정을 쓰세요.", 500, "chars_no_spaces")]

    def test_spaces_included_is_the_plain_rule(self):
        text = "1. 성장 과정을 쓰세요. [공백 포함 700자]"
        assert parse_prompts(text) == [PastedPrompt("성장 과정을 쓰세요.", 700, "chars")]

    @pytest.mark.parametrize("unit", ["byte", "Byte", "bytes", "바이트", " byte", "BYTE"])
    def test_byte_limits(self, unit):
        text = f"1. 지원 동기 (1000{unit} 이내)"
        assert parse_prompts(text) == [PastedPrompt("지원 동기", 1000, "bytes_cp949")]

    def test_limit_on_its_own_line_belongs_to_the_prompt_above(self):
        text = "1. 지원 동기를 쓰세요.\n(700자 이내)\n2. 경험을 쓰세요.\n글자수 : 500자"
        assert parse_prompts(text) == [
            PastedPrompt("지원 동기를 쓰세요.", 700, "chars"),
            PastedPrompt("경험을 쓰세요.", 500, "chars"),
        ]

    def test_prompt_over_several_lines_is_joined(self):
        text = (
            "1. 공동의 목표를 위해 협력한 경험을 쓰고,\n"
            "그 과정에서 본인의 역할을 구체적으로 쓰세요. (800자)"
        )
        [prompt] = parse_prompts(text)
        assert prompt.text.startswith("공동의 목표를 위해 협력한 경험을 쓰고, 그 과정에서")
        assert prompt.limit == 800

    def test_heading_above_numbered_prompts_is_skipped(self):
        text = "자기소개서 문항\n\n1. 지원 동기 (500자)\n2. 입사 후 포부 (500자)"
        assert [p.text for p in parse_prompts(text)] == ["지원 동기", "입사 후 포부"]

    def test_range_takes_the_upper_figure(self):
        text = "1) 직무 역량을 쓰시오 (500자 ~ 700자)"
        assert parse_prompts(text)[0].limit == 700

    def test_paragraphs_without_numbers(self):
        text = "지원 동기를 쓰세요. (600자 이내)\n\n가장 힘들었던 경험을 쓰세요. (600자 이내)"
        assert [(p.text, p.limit) for p in parse_prompts(text)] == [
            ("지원 동기를 쓰세요.", 600),
            ("가장 힘들었던 경험을 쓰세요.", 600),
        ]

    def test_prompt_without_limit_keeps_none(self):
        assert parse_prompts("1. 자유롭게 자기소개를 하세요.") == [
            PastedPrompt("자유롭게 자기소개를 하세요.", None, "chars")
        ]

    def test_number_words(self):
        text = "문항 1. 지원 동기 (500자)\n질문2) 입사 후 포부 (500자)\n3번. 경험 (500자)"
        assert [p.text for p in parse_prompts(text)] == ["지원 동기", "입사 후 포부", "경험"]

    def test_figures_in_the_prompt_text_are_not_limits(self):
        text = "1. 2024년 이후 100명 이상이 참여한 활동을 쓰세요. (700자)"
        [prompt] = parse_prompts(text)
        assert prompt.text == "2024년 이후 100명 이상이 참여한 활동을 쓰세요."
        assert prompt.limit == 700

    def test_bytes_written_in_korean_with_spaces(self):
        text = "[질문 1] 입사 후 포부를 쓰세요. (최대 1,500 바이트)"
        assert parse_prompts(text) == [PastedPrompt("입사 후 포부를 쓰세요.", 1500, "bytes_cp949")]

    def test_limit_before_the_prompt_text(self):
        text = "1. (500자) 본인의 장점을 쓰세요."
        assert parse_prompts(text) == [PastedPrompt("본인의 장점을 쓰세요.", 500, "chars")]

    def test_sub_questions_stay_in_their_prompt(self):
        text = "1. 협업 경험을 쓰세요. (700자)\n- 본인의 역할\n- 결과\n2. 지원 동기 (500자)"
        first, second = parse_prompts(text)
        assert first.text == "협업 경험을 쓰세요. - 본인의 역할 - 결과" and first.limit == 700
        assert second.text == "지원 동기"

    def test_empty_paste_gives_nothing(self):
        assert parse_prompts("") == []
        assert parse_prompts("\n\n   \n") == []

    def test_huge_paste_is_read_up_to_the_bound(self):
        text = "\n".join(f"{n}. 문항 {n} (500자)" for n in range(1, 60)) * 200
        assert len(parse_prompts(text)) == MAX_ITEMS
