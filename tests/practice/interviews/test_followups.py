from types import SimpleNamespace

import pytest

from prep.practice.interviews.followups import (
    DIFFICULTY_QUESTION,
    as_particle,
    follow_ups_for_drafts,
    follow_ups_from_text,
    topic_particle,
)


def questions(text: str, headline: str = "") -> list[str]:
    return [f.question for f in follow_ups_from_text(text, headline=headline)]


class TestNumberClaims:
    def test_a_percentage_becomes_a_measurement_question(self):
        assert questions("고객 만족도를 80%까지 높였습니다.") == ["그 80%는 어떻게 측정했나요?"]

    def test_the_session_text_quotes_the_draft(self):
        (follow_up,) = follow_ups_from_text("고객 만족도를 80%까지 높였습니다.")
        assert follow_up.text == (
            "자소서에 “고객 만족도를 80%까지 높였습니다”라고 쓰셨는데, 그 80%는 어떻게 측정했나요?"
        )

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("민원 처리 시간을 2시간 단축했습니다.", "그 2시간은 어떻게 측정했나요?"),
            ("비용을 500만 원 절감했습니다.", "그 500만원은 어떻게 산출했나요?"),
            ("참여자를 120명으로 늘렸습니다.", "그 120명은 어떻게 집계했나요?"),
            ("오류를 30건에서 3건으로 줄였습니다.", "그 3건은 어떻게 집계했나요?"),
            ("평가에서 1위를 기록했습니다.", "그 1위는 어떤 기준으로 매겨졌나요?"),
            ("처리량이 3배 증가했습니다.", "그 3배는 어떻게 측정했나요?"),
        ],
    )
    def test_units_pick_a_fitting_question(self, sentence, expected):
        assert expected in questions(sentence)

    def test_numbers_that_only_describe_the_setting_are_not_claims(self):
        assert not any("5명" in q for q in questions("5명의 팀원과 만족도를 높였습니다."))

    def test_dates_and_years_are_not_claims(self):
        found = questions("2023년 3월 1일에 사업을 시작해 성과를 냈습니다.")
        assert not any("2023" in q or "1일" in q for q in found)

    def test_a_count_without_a_result_is_not_a_claim(self):
        assert questions("매주 3회 회의를 열었습니다.") != ["그 3회는 어떻게 집계했나요?"]


class TestRoles:
    def test_a_leader_role_asks_for_the_candidates_own_part(self):
        assert questions("팀장을 맡아 일정을 관리했습니다.") == [
            "팀장으로서 본인의 역할은 무엇이었나요?"
        ]

    def test_the_particle_follows_the_final_sound(self):
        assert questions("리더를 맡았습니다.") == ["리더로서 본인의 역할은 무엇이었나요?"]


class TestNamedExperiences:
    def test_a_named_project_is_asked_about_by_name(self):
        assert questions("○○ 프로젝트에서 자료를 정리했습니다.") == [
            "○○ 프로젝트에서 본인의 역할은 무엇이었나요?"
        ]

    def test_two_word_names_are_kept(self):
        assert questions("스마트 민원 프로젝트에서 데이터를 정리했습니다.") == [
            "스마트 민원 프로젝트에서 본인의 역할은 무엇이었나요?"
        ]

    def test_a_word_written_together_with_the_keyword_is_the_name(self):
        assert "캡스톤프로젝트에서 본인의 역할은 무엇이었나요?" in questions(
            "캡스톤프로젝트를 진행했습니다."
        )

    def test_verb_endings_are_not_part_of_the_name(self):
        assert questions("참여했던 공모전에서 자료를 만들었습니다.") == [
            "그 공모전에서 본인의 역할은 무엇이었나요?"
        ]


class TestDifficultiesAndFallback:
    def test_a_conflict_asks_what_was_hardest_once_per_draft(self):
        found = questions("팀원 간 갈등이 있었습니다. 일정이 어려웠습니다.")
        assert found == [DIFFICULTY_QUESTION]

    def test_a_draft_without_matches_gets_one_generic_question(self):
        assert questions("성실하게 일했습니다.", headline="[꾸준함의 힘]") == [
            "“꾸준함의 힘”에 쓴 경험에서 본인이 직접 한 일은 무엇이었나요?"
        ]

    def test_an_empty_draft_gets_nothing(self):
        assert questions("   ") == []


class TestDeduplicationAndLimits:
    def test_the_same_question_is_asked_once(self):
        found = questions("만족도를 80%까지 높였습니다. 재방문율도 80%까지 높였습니다.")
        assert found == ["그 80%는 어떻게 측정했나요?"]

    def test_drafts_take_turns_and_the_limit_holds(self):
        first = SimpleNamespace(
            headline="", body="만족도를 80%까지 높였습니다. 팀장을 맡았습니다. 갈등이 있었습니다."
        )
        second = SimpleNamespace(headline="", body="○○ 프로젝트에서 일했습니다.")
        chosen = follow_ups_for_drafts([first, second], limit=2)
        assert [(draft, f.question) for draft, f in chosen] == [
            (first, "그 80%는 어떻게 측정했나요?"),
            (second, "○○ 프로젝트에서 본인의 역할은 무엇이었나요?"),
        ]

    def test_the_same_question_from_two_drafts_appears_once(self):
        a = SimpleNamespace(headline="", body="만족도를 80%까지 높였습니다.")
        b = SimpleNamespace(headline="", body="응답률을 80%까지 높였습니다.")
        assert len(follow_ups_for_drafts([a, b], limit=5)) == 1

    def test_rules_are_deterministic(self):
        text = "만족도를 80%까지 높였습니다. 팀장을 맡았습니다. ○○ 프로젝트에서 갈등을 풀었습니다."
        assert questions(text) == questions(text)


class TestParticles:
    @pytest.mark.parametrize(
        ("word", "particle"),
        [("80%", "는"), ("3명", "은"), ("10", "은"), ("2", "는"), ("1.5", "는"), ("PM", "은(는)")],
    )
    def test_topic_particle(self, word, particle):
        assert topic_particle(word) == particle

    @pytest.mark.parametrize(
        ("word", "particle"), [("팀장", "으로서"), ("리더", "로서"), ("총무", "로서")]
    )
    def test_as_particle(self, word, particle):
        assert as_particle(word) == particle
