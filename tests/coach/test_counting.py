import dataclasses
import json
import random
import unicodedata
from pathlib import Path

import pytest
import regex

from prep.coach import build_cp949_table
from prep.coach.counting import (
    RULE_LABELS,
    SAFE_REPLACEMENTS,
    check_limit,
    count_text,
    measure,
    normalize_text,
    replace_unsafe,
    stored_text,
)

VECTORS = json.loads((Path(__file__).parent / "counting_vectors.json").read_text(encoding="utf-8"))

DOMAIN_EXAMPLE = "가A 1\n나🙂"
NFD_SELF_INTRODUCTION = unicodedata.normalize("NFD", "자기소개서는")


def cp949_encodable(text: str) -> bool:
    try:
        text.encode("cp949")
    except UnicodeEncodeError:
        return False
    return True


class TestCountText:
    @pytest.mark.parametrize("vector", VECTORS, ids=[vector["name"] for vector in VECTORS])
    def test_it_matches_the_shared_vector(self, vector):
        counts = dataclasses.asdict(count_text(vector["text"]))
        counts["not_cp949"] = list(counts["not_cp949"])
        assert counts == vector["expected"]

    def test_the_vectors_cover_the_required_cases(self):
        texts = [vector["text"] for vector in VECTORS]
        assert "" in texts
        assert DOMAIN_EXAMPLE in texts
        assert NFD_SELF_INTRODUCTION in texts
        assert len(NFD_SELF_INTRODUCTION) == 13
        assert len({vector["name"] for vector in VECTORS}) == len(VECTORS)

    def test_it_counts_the_text_as_given_without_normalising(self):
        assert count_text(NFD_SELF_INTRODUCTION).bytes_cp949 == 39
        normalised, _ = normalize_text(NFD_SELF_INTRODUCTION)
        assert count_text(normalised).bytes_cp949 == 12

    def test_it_agrees_with_plain_grapheme_counting_on_random_text(self):
        """The code-point shortcut for text without joining characters must change nothing."""
        alphabet = [
            "가", "한", "a", " ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u3000", "\x1c", "\x85",
            "\u200b", "\u200d", "\u0301", "\u1112", "\u1161", "\u11ab", "\ufe0f", "🙂", "👍",
            "\U0001f3fd", "\U0001f1f0", "\U0001f1f7", "—", "•", "韓", "“", "ㅋ",
        ]  # fmt: skip
        generator = random.Random(20241121)
        for _ in range(500):
            text = "".join(generator.choices(alphabet, k=generator.randint(0, 12)))
            clusters = regex.findall(r"\X", text)
            counts = count_text(text)
            assert counts.characters == len(clusters), repr(text)
            assert counts.characters_no_spaces == sum(not c.isspace() for c in clusters), repr(text)
            assert counts.not_cp949 == tuple(
                dict.fromkeys(c for c in clusters if not cp949_encodable(c))
            ), repr(text)

    def test_a_20000_character_answer_is_counted_in_one_pass(self):
        paragraph = "저는 팀 목표 80% 달성에 기여했습니다. Python과 SQL로 분석했고,\n"
        text = (paragraph * 500)[:20_000]
        counts = count_text(text)
        assert counts.characters == 20_000
        assert counts.line_breaks == text.count("\n")


class TestNormalizeText:
    def test_clean_text_comes_back_unchanged_with_no_messages(self):
        assert normalize_text("가나다\n라마바") == ("가나다\n라마바", [])

    def test_crlf_becomes_lf_and_says_so(self):
        assert normalize_text("가\r\n나\r\n") == ("가\n나\n", ["줄바꿈(CRLF)을 LF로 바꿨습니다."])

    def test_a_lone_cr_becomes_lf(self):
        assert normalize_text("가\r나") == ("가\n나", ["줄바꿈(CR)을 LF로 바꿨습니다."])

    def test_mixed_line_endings_are_named_together(self):
        assert normalize_text("가\r\n나\r다") == (
            "가\n나\n다",
            ["줄바꿈(CRLF, CR)을 LF로 바꿨습니다."],
        )

    def test_nfd_hangul_is_composed(self):
        assert normalize_text(NFD_SELF_INTRODUCTION) == (
            "자기소개서는",
            ["분리된 한글 자모(NFD)를 완성형(NFC)으로 합쳤습니다."],
        )

    def test_a_trailing_jamo_joins_the_syllable_before_it(self):
        assert normalize_text("하\u11ab국") == (
            "한국",
            ["분리된 한글 자모(NFD)를 완성형(NFC)으로 합쳤습니다."],
        )

    def test_invisible_characters_are_removed_and_counted(self):
        assert normalize_text("\ufeff자소서\u200b작성\u200b\u2060") == (
            "자소서작성",
            ["보이지 않는 문자(U+FEFF, U+200B, U+2060) 4개를 지웠습니다."],
        )

    def test_an_invisible_character_between_jamo_does_not_stop_composition(self):
        text, changes = normalize_text("\u1112\u200b\u1161\u11ab")
        assert text == "한"
        assert changes == [
            "보이지 않는 문자(U+200B) 1개를 지웠습니다.",
            "분리된 한글 자모(NFD)를 완성형(NFC)으로 합쳤습니다.",
        ]

    def test_other_nfc_changes_are_reported_without_blaming_hangul(self):
        assert normalize_text("Cafe\u0301") == (
            "Caf\u00e9",
            ["일부 문자를 유니코드 표준형(NFC)으로 바꿨습니다."],
        )

    def test_every_change_is_reported_in_order(self):
        text, changes = normalize_text(NFD_SELF_INTRODUCTION + "\r\n\u200b")
        assert text == "자기소개서는\n"
        assert changes == [
            "줄바꿈(CRLF)을 LF로 바꿨습니다.",
            "보이지 않는 문자(U+200B) 1개를 지웠습니다.",
            "분리된 한글 자모(NFD)를 완성형(NFC)으로 합쳤습니다.",
        ]

    def test_other_zero_width_characters_are_kept_because_emoji_need_them(self):
        family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
        assert normalize_text(family) == (family, [])


class TestStoredText:
    @pytest.mark.parametrize("vector", VECTORS, ids=[vector["name"] for vector in VECTORS])
    def test_it_matches_the_shared_vector(self, vector):
        assert stored_text(vector["text"])[0] == vector["stored"]
        assert stored_text(vector["text"], one_line=True)[0] == vector["stored_one_line"]

    def test_nul_and_other_c0_controls_are_removed_with_a_notice(self):
        assert stored_text("저는\x00 협업을\x1b 중시합니다.\x0c") == (
            "저는 협업을 중시합니다.",
            ["보이지 않는 제어 문자(U+0000, U+001B, U+000C) 3개를 지웠습니다."],
        )

    def test_tab_and_line_breaks_are_kept_and_a_browsers_crlf_is_silent(self):
        assert stored_text("가\t나\r\n다") == ("가\t나\n다", [])

    def test_a_one_line_field_joins_its_lines_and_trims(self):
        assert stored_text(" 제목\r\n부제 \n", one_line=True) == ("제목 부제", [])

    def test_stored_text_is_stable(self):
        for vector in VECTORS:
            once = stored_text(vector["text"])[0]
            assert stored_text(once) == (once, [])


class TestMeasure:
    @pytest.mark.parametrize(
        ("rule", "weight_1", "weight_2"),
        [
            ("chars", 7, 8),
            ("chars_no_spaces", 5, 5),
            ("bytes_cp949", 12, 13),
            ("bytes_utf8", 14, 15),
            ("bytes_neis", 15, 15),
        ],
    )
    def test_each_rule_counts_the_domain_example(self, rule, weight_1, weight_2):
        assert measure(DOMAIN_EXAMPLE, rule) == weight_1
        assert measure(DOMAIN_EXAMPLE, rule, line_break_weight=2) == weight_2

    @pytest.mark.parametrize(
        ("rule", "weight_1", "weight_2"),
        [
            ("chars", 5, 7),
            ("chars_no_spaces", 3, 3),
            ("bytes_cp949", 8, 10),
            ("bytes_utf8", 11, 13),
            ("bytes_neis", 13, 13),
        ],
    )
    def test_a_crlf_counts_once_unless_the_form_counts_it_twice(self, rule, weight_1, weight_2):
        text = "가\r\n나\n다"
        assert measure(text, rule) == weight_1
        assert measure(text, rule, line_break_weight=2) == weight_2

    def test_the_rules_are_the_ones_the_catalogue_stores(self):
        assert RULE_LABELS == {
            "chars": "공백 포함",
            "chars_no_spaces": "공백 제외",
            "bytes_cp949": "바이트 (한글 2, CP949)",
            "bytes_utf8": "바이트 (UTF-8)",
            "bytes_neis": "바이트 (NEIS)",
        }

    def test_an_unknown_rule_is_an_error(self):
        with pytest.raises(ValueError, match="unknown limit rule"):
            measure("가", "words")

    @pytest.mark.parametrize("weight", [0, 3])
    def test_a_line_break_weight_other_than_1_or_2_is_an_error(self, weight):
        with pytest.raises(ValueError, match="line_break_weight"):
            measure("가", "chars", line_break_weight=weight)


class TestCheckLimit:
    @pytest.mark.parametrize(
        ("used", "zone"),
        [(0, "low"), (79, "low"), (80, "good"), (90, "good"), (100, "good"), (101, "over")],
    )
    def test_the_zone_follows_the_share_of_the_limit_used(self, used, zone):
        status = check_limit("가" * used, 100, "chars")
        assert (status.used, status.limit, status.remaining, status.percent, status.zone) == (
            used,
            100,
            100 - used,
            float(used),
            zone,
        )

    def test_exactly_80_percent_of_an_odd_limit_is_good(self):
        status = check_limit("가" * 4, 5, "chars")
        assert (status.percent, status.zone) == (80.0, "good")

    def test_just_under_80_percent_is_still_low(self):
        status = check_limit("가" * 799, 1000, "chars")
        assert (status.percent, status.zone) == (79.9, "low")

    def test_it_measures_with_the_rule_and_line_break_weight(self):
        status = check_limit("가\n나", 6, "bytes_cp949", line_break_weight=2)
        assert (status.used, status.remaining, status.zone) == (6, 0, "good")

    def test_bytes_can_be_over_when_characters_are_not(self):
        text = "가" * 600
        assert check_limit(text, 1000, "chars").zone == "low"
        assert check_limit(text, 1000, "bytes_cp949").zone == "over"
        assert check_limit(text, 1000, "bytes_cp949").remaining == -200

    def test_a_zero_limit_has_zero_percent(self):
        assert check_limit("", 0, "chars") == check_limit("", 0, "chars_no_spaces")
        empty = check_limit("", 0, "chars")
        assert (empty.percent, empty.zone) == (0.0, "low")
        filled = check_limit("가", 0, "chars")
        assert (filled.percent, filled.zone, filled.remaining) == (0.0, "over", -1)

    def test_a_negative_limit_is_an_error(self):
        with pytest.raises(ValueError, match="limit"):
            check_limit("가", -1, "chars")


class TestReplaceUnsafe:
    def test_encodable_text_comes_back_unchanged(self):
        text = "“열정”과 ‘끈기’… 韓國 ※ ① ㈜프렙 ㅋㅋ\r\n"
        assert replace_unsafe(text) == (text, {})

    def test_characters_pasted_from_word_get_their_safe_equivalents(self):
        assert replace_unsafe("• 성과 — 20%\u00a0향상 ✓") == (
            "· 성과 ― 20% 향상 √",
            {"•": 1, "—": 1, "\u00a0": 1, "✓": 1},
        )

    def test_repeated_characters_are_counted(self):
        assert replace_unsafe("가—나—다") == ("가―나―다", {"—": 2})

    def test_nfd_hangul_is_composed_rather_than_removed(self):
        text, replaced = replace_unsafe(NFD_SELF_INTRODUCTION)
        assert text == "자기소개서는"
        assert sum(replaced.values()) == 6

    def test_emoji_are_removed_whole_cluster_by_cluster(self):
        thumbs_up = "\U0001f44d\U0001f3fd"
        family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
        assert replace_unsafe(f"좋아요 {thumbs_up}{family}🙂") == (
            "좋아요 ",
            {thumbs_up: 1, family: 1, "🙂": 1},
        )

    def test_an_unlisted_emoji_is_removed(self):
        assert "\U0001f99c" not in SAFE_REPLACEMENTS
        assert replace_unsafe("앵무새\U0001f99c") == ("앵무새", {"\U0001f99c": 1})

    def test_accented_latin_letters_lose_only_their_accent(self):
        assert replace_unsafe("Pokémon, Cafe\u0301") == (
            "Pokemon, Cafe",
            {"é": 1, "e\u0301": 1},
        )

    def test_a_keycap_keeps_its_digit(self):
        assert replace_unsafe("1\ufe0f\u20e3 목표") == ("1 목표", {"1\ufe0f\u20e3": 1})

    @pytest.mark.parametrize("vector", VECTORS, ids=[vector["name"] for vector in VECTORS])
    def test_every_vector_becomes_cp949_encodable(self, vector):
        text, replaced = replace_unsafe(vector["text"])
        assert cp949_encodable(text)
        assert set(replaced) == set(vector["expected"]["not_cp949"])

    def test_every_code_point_becomes_cp949_encodable(self):
        # The Basic Multilingual Plane and the emoji planes: the whole of Unicode takes seconds.
        code_points = [*range(0xD800), *range(0xE000, 0x10000), *range(0x1F000, 0x1FB00)]
        text, _ = replace_unsafe("".join(map(chr, code_points)))
        assert cp949_encodable(text)

    def test_safe_replacements_replace_only_unencodable_characters_with_encodable_ones(self):
        unneeded = [key for key in SAFE_REPLACEMENTS if cp949_encodable(key)]
        unsafe = {
            key: value for key, value in SAFE_REPLACEMENTS.items() if not cp949_encodable(value)
        }
        assert (unneeded, unsafe) == ([], {})

    def test_safe_replacements_cover_dashes_bullets_checks_spaces_and_zero_width(self):
        for char in "—–−•✓✔\u00a0\u2002\u2003\u2009\u202f\u200b\u200c\u200d\u2060\ufeff\ufe0f":
            assert char in SAFE_REPLACEMENTS, f"U+{ord(char):04X}"


class TestCp949Table:
    def test_the_committed_browser_table_matches_the_codec(self):
        committed = build_cp949_table.TABLE_PATH.read_text(encoding="utf-8")
        assert committed == build_cp949_table.render_table(build_cp949_table.encodable_ranges())

    def test_every_hangul_syllable_is_two_bytes(self):
        syllables = "".join(chr(code_point) for code_point in range(0xAC00, 0xD7A4))
        assert len(syllables.encode("cp949")) == 2 * 11172
