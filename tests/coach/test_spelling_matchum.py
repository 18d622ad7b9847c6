"""The behaviour of the pinned `matchum` library that prep.coach.spelling relies on."""

import matchum

from prep.coach.spelling_matchum import hits


def test_the_pinned_version_is_installed():
    from importlib.metadata import version

    assert version("matchum") == "0.1.3"
    assert matchum.Level.ERROR and matchum.Category.SPACING


def test_its_table_corrects_always_wrong_spellings_with_offsets_into_the_text():
    text = "오랫만에 곰곰히 생각해 보니 역활이 달랐고 금새 끝났습니다."
    found = {text[h.start : h.end]: h.suggestion for h in hits(text)}
    assert found == {"오랫만": "오랜만", "곰곰히": "곰곰이", "역활": "역할", "금새": "금세"}


def test_endings_and_loanwords():
    text = "연락할께요. 메세지와 컨텐츠, 리더쉽."
    assert [h.suggestion for h in hits(text)] == ["할게", "메시지", "콘텐츠", "리더십"]


def test_its_dependent_noun_patterns_are_off_because_kiwi_rules_cover_them():
    assert hits("할것이 많을때 할줄 알았다") == []


def test_it_does_not_take_biroseo_inside_a_longer_word():
    assert hits("철저한 준비로서") == []
    assert [h.suggestion for h in hits("비로서 알았다")] == ["비로소"]


def test_style_warnings_are_left_out():
    assert hits("잊혀지지 않는 기억") == []


def test_the_honorific_particle_after_a_plural_or_a_noun_is_not_an_ending():
    for text in (
        "연세 지긋한 어르신들께 사용법을 알려 드렸습니다.",
        "선배님들께 배웠습니다.",
        "아들께 드렸다.",
    ):
        assert hits(text) == [], text


def test_the_ending_is_still_corrected_where_it_is_one():
    for text, wrong in (("그 짐은 제가 들께요.", "들께"), ("이 일은 제가 할께요.", "할께")):
        found = hits(text)
        assert [(text[h.start : h.end], h.suggestion) for h in found] == [(wrong, wrong[0] + "게")]


def test_eup_nida_is_old_spelling_only_after_a_final_consonant():
    assert hits("자료를 한곳에 모읍니다.") == []
    for text in ("열심히 했읍니다.", "시를 읊읍니다."):
        assert [h.suggestion for h in hits(text)] == ["습니다"], text
