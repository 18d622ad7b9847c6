from prep.coach.company_names import Company, OwnDraft
from prep.coach.copying import NGramIndex
from prep.coach.feedback import AnalysisContext, analyze
from prep.coach.findings import CHECKS, Finding
from tests.coach.test_fit import SEED_ANSWER, SSIS

KEPCO = Company("한국전력공사", ("한전",), "kepco")


class TestSeedSampleAnswer:
    """The acceptance example: the seed's sample answer against 한국사회보장정보원."""

    def feedback(self):
        return analyze(SEED_ANSWER, context=AnalysisContext(company=SSIS, other_companies=(KEPCO,)))

    def test_it_lists_the_values_and_traits_it_touches(self):
        fit = self.feedback().fit
        assert {m.term.name for m in fit.touched(("value",))} == {"소통과 협력"}
        assert {m.term.name for m in fit.touched(("trait",))} == {"소통융합"}
        assert "동행과 행복" in {m.term.name for m in fit.untouched(("value",))}

    def test_it_finds_the_structure_with_the_action_as_the_largest_part(self):
        structure = self.feedback().structure
        assert all(structure.present(p) for p in ("situation", "action", "result"))
        assert max(structure.shares, key=structure.shares.get) == "action"

    def test_it_finds_the_80_percent_result_inside_a_result_sentence(self):
        feedback = self.feedback()
        result_spans = feedback.structure.spans("result")
        body = SEED_ANSWER.rindex("80%")
        [q] = [q for q in feedback.quantities if q.start == body]
        assert q.text == "80%"
        assert any(s <= q.start and q.end <= e for s, e in result_spans)

    def test_it_finds_no_blind_hiring_leak_and_no_wrong_company(self):
        feedback = self.feedback()
        assert feedback.by_check["blind"] == ()
        assert feedback.by_check["company"] == ()
        assert feedback.counts["blind"] == 0


def test_findings_are_grouped_by_check_with_counts():
    text = "연세대 재학 시절 귀사에 지원하고 싶었습니다. 최선을 다했습니다."
    feedback = analyze(text)
    assert list(feedback.by_check) == list(CHECKS)
    assert feedback.counts == {c: len(feedback.by_check[c]) for c in CHECKS}
    assert feedback.total == sum(feedback.counts.values())
    assert feedback.findings[0].check == "blind"


def test_blind_hiring_can_be_switched_off_for_private_companies():
    text = "연세대 재학 시절 봉사를 했습니다."
    assert analyze(text, context=AnalysisContext(blind_hiring=False)).counts["blind"] == 0


def test_a_dismissed_finding_stays_dismissed_when_the_text_around_it_changes():
    first = analyze("연세대 재학 시절 봉사를 했습니다.")
    [leak] = first.by_check["blind"]
    context = AnalysisContext(dismissed=frozenset({leak.key}))

    later = analyze(
        "처음에 한 문장을 더 썼습니다. 연세대 재학 시절 봉사를 했습니다.", context=context
    )
    assert later.by_check["blind"] == ()
    assert [f.key for f in later.dismissed] == [leak.key]


def test_finding_keys_differ_by_check_code_and_excerpt():
    a = Finding("blind", "leak_school", 0, 3, "school", "", "", "", excerpt="연세대")
    b = Finding("blind", "leak_school", 10, 13, "school", "다른 메시지", "", "", excerpt="연세대")
    c = Finding("blind", "leak_school", 0, 3, "school", "", "", "", excerpt="고려대")
    assert a.key == b.key
    assert a.key != c.key


def test_highlights_never_overlap_and_leaks_win():
    text = "성대 경영학과 학생회에서 1년 동안 예산을 맡아 회비 납부율을 62%에서 85%로 올렸습니다."
    feedback = analyze(text, context=AnalysisContext(company=SSIS))
    marks = feedback.highlights
    assert all(a.end <= b.start for a, b in zip(marks, marks[1:], strict=False))
    assert (marks[0].check, text[marks[0].start : marks[0].end]) == ("blind", "성대")
    assert {text[h.start : h.end] for h in marks if h.positive} >= {"1년", "62%", "85%"}


def test_copying_other_companies_and_reuse_run_from_the_context():
    index = NGramIndex()
    index.add("seed", SEED_ANSWER, "합격 자소서")
    draft = SEED_ANSWER[42:400] + " 한국전력공사의 일원이 되겠습니다."
    other = OwnDraft("d1", KEPCO, draft)
    context = AnalysisContext(
        company=SSIS, other_companies=(KEPCO,), other_drafts=(other,), copying_index=index
    )
    feedback = analyze(draft, context=context)
    assert [f.code for f in feedback.by_check["copying"]] == ["similar_sample"]
    assert {f.code for f in feedback.by_check["company"]} == {"other_company", "not_adapted"}


def test_story_advice_is_skipped_for_prompts_that_are_not_stories():
    text = "제가 지원한 이유는 복지 정보를 다루는 일이 좋아서입니다. " * 8
    story = analyze(text).by_check["structure"]
    motive = analyze(text, context=AnalysisContext(expects_story=False)).by_check["structure"]
    assert story and motive == ()


def test_spoken_length_is_reported():
    assert analyze(SEED_ANSWER).speaking_seconds > 30


def test_analyses_from_several_threads_share_one_analyser_and_agree():
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"{SEED_ANSWER} ({i})" for i in range(8)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda t: analyze(t, context=AnalysisContext(company=SSIS)), texts))
    keys = {tuple(f.key for f in r.findings) for r in results}
    assert len(keys) == 1
    assert all(r.structure.present("result") for r in results)


def test_a_wrong_honorific_is_one_company_warning_and_not_also_a_cliche():
    feedback = analyze(
        "귀 공단이 추진하는 차세대 시스템 사업에 참여하고 싶습니다.",
        context=AnalysisContext(company=SSIS),
    )
    flagged = [(f.check, f.excerpt) for f in feedback.findings if "귀 공단" in f.excerpt]
    assert flagged == [("company", "귀 공단")]
