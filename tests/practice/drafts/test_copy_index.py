"""The candidate's own drafts kept per process for the coaching
(prep/practice/drafts/copy_index.py)."""

from unittest import mock

import pytest

from prep.coach.copying import NGramIndex
from prep.practice.drafts import copy_index
from prep.practice.drafts.autosave import autosave_draft
from prep.practice.drafts.coaching import feedback_for_draft
from tests.factories import CompanyFactory, DraftFactory

pytestmark = pytest.mark.django_db

EARLIER = (
    "당시 민원 처리 기간이 길다는 불만이 많았습니다. 저는 접수 단계를 나누고 담당자별 "
    "체크리스트를 만들어 처리 기간을 평균 5일에서 3일로 줄였습니다."
)
OTHER = "도서관 야간 개방을 맡아 이용자 설문을 받고 좌석 배치를 바꿨습니다. " * 3


def copying(draft) -> list[str]:
    return [f.message for f in feedback_for_draft(draft).by_check["copying"]]


def rewrite(draft, body: str) -> None:
    autosave_draft(
        user=draft.user,
        draft_id=draft.pk,
        headline=draft.headline,
        body=body,
        expected_version=draft.version,
    )
    draft.refresh_from_db()


class TestOwnDrafts:
    def test_copying_from_an_earlier_draft_is_found_but_not_the_draft_itself(self, user):
        DraftFactory(user=user, body=EARLIER, headline="예전 글")
        draft = DraftFactory(user=user, body=EARLIER)
        assert any("예전 글" in message for message in copying(draft))
        alone = DraftFactory(user=user, body=OTHER)
        assert copying(alone) == []

    def test_a_draft_saved_since_the_last_coaching_is_compared_in_its_new_form(self, user):
        earlier = DraftFactory(user=user, body=OTHER, headline="예전 글")
        draft = DraftFactory(user=user, body=EARLIER)
        assert copying(draft) == []
        rewrite(earlier, EARLIER)
        assert any("예전 글" in message for message in copying(draft))

    def test_a_deleted_draft_is_no_longer_compared(self, user):
        earlier = DraftFactory(user=user, body=EARLIER, headline="예전 글")
        draft = DraftFactory(user=user, body=EARLIER)
        assert copying(draft)
        earlier.delete()
        assert copying(draft) == []

    def test_another_candidates_drafts_are_never_compared(self, user, other_user):
        DraftFactory(user=other_user, body=EARLIER, headline="남의 글")
        draft = DraftFactory(user=user, body=EARLIER)
        assert not any("남의 글" in message for message in copying(draft))

    def test_a_save_reindexes_only_the_saved_draft(self, user):
        company = CompanyFactory()
        drafts = DraftFactory.create_batch(
            30, user=user, prompt__company=company, body=OTHER, headline="같은 글"
        )
        draft = drafts[-1]
        feedback_for_draft(draft)
        with mock.patch.object(NGramIndex, "add", autospec=True, side_effect=NGramIndex.add) as add:
            rewrite(drafts[0], EARLIER)
            feedback_for_draft(draft)
        assert add.call_count == 1

    def test_the_comparison_is_bounded_to_the_most_recent_drafts(self, user, settings):
        with mock.patch.object(copy_index, "OWN_DRAFTS_COMPARED", 3):
            oldest = DraftFactory(user=user, body=EARLIER, headline="오래된 글")
            DraftFactory.create_batch(3, user=user, body=OTHER)
            draft = DraftFactory(user=user, body=EARLIER)
            assert not any("오래된 글" in message for message in copying(draft))
            rewrite(oldest, EARLIER + " ")
            assert any("오래된 글" in message for message in copying(draft))

    def test_a_worker_forgets_the_least_recently_coached_candidates_first(self, user, other_user):
        mine = DraftFactory(user=user, body=EARLIER)
        theirs = DraftFactory(user=other_user, body=EARLIER)
        with mock.patch.object(copy_index, "DRAFTS_KEPT", 1):
            feedback_for_draft(mine)
            feedback_for_draft(theirs)
            assert user.pk not in copy_index._kept
            assert other_user.pk in copy_index._kept
