import unicodedata

import pytest
from django.db import connection

from prep.catalog import search
from prep.catalog.models import EssayPrompt, InterviewQuestion
from prep.catalog.search import search_questions
from tests.factories import EssayPromptFactory, InterviewQuestionFactory

pytestmark = pytest.mark.django_db

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the FTS5 strategy is SQLite's"
)
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the n-gram index strategy is PostgreSQL's"
)

TEXTS = [
    "갈등해결 경험이 있으면 말해 주세요.",
    "팀워크를 발휘한 사례를 말씀해 주십시오.",
    "GPT 같은 도구를 업무에 활용한 경험은?",
    '예산 50% 절감_사례를 "구체적으로" 말해 보세요.',
    "지원 동기를 말해 주세요. 갈등",
]


def found(query: str, model=InterviewQuestion) -> list[str]:
    return sorted(search_questions(model.objects.all(), query).values_list("text", flat=True))


@pytest.fixture
def questions():
    return [InterviewQuestionFactory(text=text) for text in TEXTS]


class TestSearchQuestions:
    def test_two_korean_characters_find_a_longer_word(self, questions):
        assert found("갈등") == sorted([TEXTS[0], TEXTS[4]])

    def test_a_query_at_the_very_end_of_a_text_is_found(self, questions):
        assert TEXTS[4] in found("갈등")
        assert found("주세요. 갈등") == [TEXTS[4]]

    def test_one_character_finds_every_text_holding_it(self, questions):
        assert found("팀") == [TEXTS[1]]

    def test_three_or_more_characters_find_a_substring(self, questions):
        assert found("등해결 경험") == [TEXTS[0]]

    def test_the_words_must_stand_together(self, questions):
        assert found("갈등 경험") == []

    def test_latin_letters_match_in_any_case(self, questions):
        assert found("gpt") == [TEXTS[2]]
        assert found("Gp") == [TEXTS[2]]

    def test_wildcards_and_quotes_are_plain_characters(self, questions):
        assert found("50%") == [TEXTS[3]]
        assert found("절감_사례") == [TEXTS[3]]
        assert found('"구체적으로"') == [TEXTS[3]]
        assert found("%") == [TEXTS[3]]
        assert found("_") == [TEXTS[3]]

    def test_an_nfd_query_finds_nfc_text(self, questions):
        assert found(unicodedata.normalize("NFD", "갈등해결")) == [TEXTS[0]]

    def test_spaces_around_and_inside_are_tidied(self, questions):
        assert found("  갈등해결   경험 ") == [TEXTS[0]]

    def test_an_empty_query_keeps_everything(self, questions):
        assert len(found("   ")) == len(TEXTS)

    def test_no_match_is_empty(self, questions):
        assert found("없는말") == []
        assert found("없") == []

    def test_it_searches_essay_prompts_too(self):
        EssayPromptFactory(text="갈등을 해결한 경험을 기술하십시오.")
        EssayPromptFactory(text="입사 후 포부를 쓰십시오.")
        assert found("갈등", EssayPrompt) == ["갈등을 해결한 경험을 기술하십시오."]
        assert found("해결한 경험", EssayPrompt) == ["갈등을 해결한 경험을 기술하십시오."]

    def test_it_narrows_a_filtered_queryset(self, questions):
        kept = InterviewQuestion.objects.filter(pk=questions[0].pk)
        assert list(search_questions(kept, "갈등")) == [questions[0]]

    def test_the_index_follows_edits_and_deletes(self, questions):
        question = questions[0]
        question.text = "청렴 의무를 지킨 사례는?"
        question.save()
        assert found("갈등해결") == []
        assert found("청렴") == ["청렴 의무를 지킨 사례는?"]
        question.delete()
        assert found("청렴") == []
        assert found("청렴 의무") == []

    def test_bulk_created_rows_are_indexed(self):
        InterviewQuestion.objects.bulk_create(
            [InterviewQuestion(text=f"대량 등록 질문 {i}") for i in range(3)]
        )
        assert len(found("대량 등록")) == 3
        assert len(found("대량")) == 3


@sqlite_only
class TestSqliteFts:
    def test_triggers_and_tables_exist(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE name LIKE 'catalog_%_fts%'")
            names = {name for (name,) in cursor.fetchall()}
        for table in ["catalog_interviewquestion", "catalog_essayprompt"]:
            for suffix in ["_fts", "_fts_terms", "_fts_insert", "_fts_delete", "_fts_update"]:
                assert f"{table}{suffix}" in names

    def test_long_queries_use_a_phrase_match(self, questions):
        sql = str(search_questions(InterviewQuestion.objects.all(), "갈등해결").query)
        assert "MATCH" in sql
        assert "LIKE" not in sql

    def test_short_queries_use_the_trigrams_they_begin(self, questions):
        match = search.fts_match(InterviewQuestion.objects.all(), "갈등")
        assert match == '"갈등 " OR "갈등해"'

    def test_a_very_common_short_query_falls_back_to_like(self, questions, monkeypatch):
        monkeypatch.setattr(search, "MAX_SHORT_QUERY_TRIGRAMS", 1)
        queryset = search_questions(InterviewQuestion.objects.all(), "갈등")
        assert "LIKE" in str(queryset.query)
        assert sorted(q.text for q in queryset) == sorted([TEXTS[0], TEXTS[4]])

    def test_a_short_query_no_text_holds_matches_nothing_without_a_scan(self, questions):
        assert search.fts_match(InterviewQuestion.objects.all(), "없") == ""
        assert search_questions(InterviewQuestion.objects.all(), "없").query.is_empty()


@postgresql_only
class TestPostgresqlGrams:
    def test_it_uses_the_gram_index_function(self, questions):
        sql = str(search_questions(InterviewQuestion.objects.all(), "갈등").query)
        assert "catalog_text_grams" in sql

    def test_searches_are_not_handed_to_parallel_workers(self):
        # Starting workers costs more than the few thousand rows a search reads (0006).
        with connection.cursor() as cursor:
            cursor.execute("SELECT proparallel FROM pg_proc WHERE proname = 'catalog_text_grams'")
            assert cursor.fetchone() == ("r",)


@pytest.mark.parametrize("model", [InterviewQuestion, EssayPrompt])
def test_published_has_no_index_of_its_own(model):
    # Nearly every row is published; PostgreSQL still read the whole index into each
    # short-word search (0006).
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, model._meta.db_table)
    assert not [info for info in constraints.values() if info["columns"] == ["published"]]
