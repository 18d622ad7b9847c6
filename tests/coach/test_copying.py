import pickle
import time
import unicodedata

import pytest

from prep.coach.copying import (
    COPY_THRESHOLD,
    NGramIndex,
    containment,
    copying_findings,
    normalize,
)
from tests.coach.test_fit import SEED_ANSWER

OTHER_ANSWER = (
    "구청 민원실 인턴 당시 전입 신고 대기 시간이 평균 40분이었습니다. "
    "서류 누락이 가장 큰 원인이라는 것을 확인하고 창구 앞에 준비물 안내판을 세웠습니다. "
    "한 달 뒤 평균 대기 시간이 25분으로 줄었습니다."
)
# Written independently to the same prompt as the seed: same topic, different sentences.
INDEPENDENT_ANSWER = (
    "의견이 엇갈릴 때는 자료가 설득의 열쇠라는 것을 배웠습니다. 복지관 인턴 시절 어르신 대상 "
    "키오스크 교육을 두고 강사를 늘리자는 쪽과 교재를 바꾸자는 쪽이 맞섰습니다. 저는 수강생 30명의 "
    "오답 기록을 모아 어떤 화면에서 막히는지 표로 만들었고, 그 결과 교재를 고치는 안이 채택되어 "
    "수료율이 60%에서 85%로 올랐습니다."
)


@pytest.fixture
def index():
    built = NGramIndex()
    built.add_many([("seed", SEED_ANSWER, "2023 하반기 경영/사무"), ("other", OTHER_ANSWER, "")])
    return built


def test_normalisation_ignores_spacing_punctuation_and_case_and_keeps_offsets():
    codes, starts, ends = normalize("A b, 가 나!")
    assert "".join(map(chr, codes)) == "ab가나"
    assert starts.tolist() == [0, 2, 5, 7]
    assert ends.tolist() == [1, 3, 6, 8]


def test_a_copied_passage_is_found_with_spans_in_the_original_text(index):
    copied = (
        "상충되는 의견이 발생할 시, 객관적 자료를 기반으로 한 방안을 제시한다면 구성원과의 협력을"
    )
    draft = f"저는 늘 준비합니다.  {copied} 얻을 수 있었습니다."
    [match] = index.query(draft)
    assert match.doc_id == "seed"
    assert match.label == "2023 하반기 경영/사무"
    assert match.containment >= COPY_THRESHOLD
    [(start, end)] = match.spans
    assert draft[start:end].startswith("상충되는")
    assert draft[start:end].endswith("협력을")


def test_an_independent_answer_to_the_same_prompt_is_below_the_threshold(index):
    assert containment(INDEPENDENT_ANSWER, SEED_ANSWER) < COPY_THRESHOLD / 2
    assert index.query(INDEPENDENT_ANSWER) == []


def test_excluded_and_removed_samples_are_not_reported(index):
    assert index.query(SEED_ANSWER, exclude=["seed"]) == []
    index.remove("seed")
    assert "seed" not in index
    assert index.query(SEED_ANSWER) == []
    index.compact()
    assert index.query(SEED_ANSWER) == []
    assert [m.doc_id for m in index.query(OTHER_ANSWER)] == ["other"]


def test_samples_added_after_the_build_are_found_before_and_after_compaction():
    index = NGramIndex()
    index.add_many([("a", OTHER_ANSWER, "")])
    index.add("b", SEED_ANSWER, "late")
    assert [m.doc_id for m in index.query(SEED_ANSWER)] == ["b"]
    index.compact()
    [match] = index.query(SEED_ANSWER)
    assert (match.doc_id, match.containment) == ("b", 1.0)


def test_adding_an_existing_id_replaces_the_sample():
    index = NGramIndex()
    index.add("a", SEED_ANSWER)
    index.add("a", OTHER_ANSWER)
    assert len(index) == 1
    assert index.query(SEED_ANSWER) == []


def test_nfd_text_matches_and_spans_point_into_the_nfd_text(index):
    nfd = unicodedata.normalize("NFD", OTHER_ANSWER)
    [match] = index.query(nfd)
    assert match.doc_id == "other"
    assert nfd.endswith(".")  # punctuation is not part of any gram, so the span stops before it
    assert match.spans == [(0, len(nfd) - 1)]


def test_the_index_survives_pickling(index):
    restored = NGramIndex.from_bytes(index.to_bytes())
    assert [m.doc_id for m in restored.query(SEED_ANSWER)] == ["seed"]
    assert pickle.loads(pickle.dumps(index)).query(OTHER_ANSWER)[0].doc_id == "other"


def test_boilerplate_grams_shared_by_many_samples_do_not_count():
    index = NGramIndex(max_df=2)
    boilerplate = "그 결과 목표를 달성할 수 있었습니다."
    index.add_many([(i, f"{i}번째 이야기입니다. {boilerplate}", "") for i in range(5)])
    assert index.query(f"전혀 다른 경험을 말하는 글입니다. {boilerplate}") == []


def test_a_query_over_many_samples_is_fast():
    index = NGramIndex()
    words = OTHER_ANSWER.split() + INDEPENDENT_ANSWER.split()
    samples = [(i, " ".join(words[(i * 7) % len(words) :] + words), "") for i in range(3000)]
    index.add_many(samples)
    started = time.perf_counter()
    index.query(SEED_ANSWER)
    assert time.perf_counter() - started < 0.2


def test_a_copying_finding_names_the_sample_and_carries_every_span(index):
    draft = SEED_ANSWER[42:260]
    assert draft[0].isalnum() and draft[-1].isalnum()
    [finding] = copying_findings(draft, index)
    assert (finding.check, finding.code) == ("copying", "similar_sample")
    assert "2023 하반기 경영/사무" in finding.message
    assert finding.extra["doc_id"] == "seed"
    assert finding.extra["spans"] == [(0, len(draft))]
