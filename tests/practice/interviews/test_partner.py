from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from prep.practice.models import PartnerFeedback, Rating, SessionShare
from tests.factories import (
    DraftFactory,
    MockSessionFactory,
    ReviewCardFactory,
    SessionQuestionFactory,
    UserFactory,
)


@pytest.fixture
def partner(db):
    """Bob: Alice's study partner, who gets the link."""
    return UserFactory(email="bob@example.com", display_name="밥")


@pytest.fixture
def client_partner(partner) -> Client:
    client = Client()
    client.force_login(partner)
    return client


@pytest.fixture
def session(user):
    session = MockSessionFactory(user=user)
    now = timezone.now()
    SessionQuestionFactory(
        session=session,
        order=1,
        text="지원 동기를 말해 주세요.",
        answer="사회보장 정보를 잇는 일이 좋아서입니다.",
        note="나만 보는 메모",
        rating=Rating.GOOD,
        started_at=now - timedelta(seconds=50),
        answered_at=now,
    )
    return session


@pytest.fixture
def share(session):
    return SessionShare.objects.create(session=session, token="t" * 43)


def share_url(token):
    return reverse("practice:partner_view", kwargs={"token": token})


class TestSessionShare:
    def test_the_owner_creates_one_unguessable_link(self, client_user, session):
        response = client_user.post(reverse("practice:session_share", kwargs={"pk": session.pk}))
        assert response.status_code == 302
        share = session.shares.get()
        assert len(share.token) >= 43  # token_urlsafe(32): 256 random bits
        client_user.post(reverse("practice:session_share", kwargs={"pk": session.pk}))
        assert session.shares.count() == 1  # still one active link
        report = client_user.get(reverse("practice:session_report", kwargs={"pk": session.pk}))
        assert share.token in report.content.decode()

    def test_tokens_differ_between_sessions(self, client_user, user, session):
        other = MockSessionFactory(user=user)
        for s in (session, other):
            client_user.post(reverse("practice:session_share", kwargs={"pk": s.pk}))
        assert SessionShare.objects.values("token").distinct().count() == 2


class TestSessionShareRevoke:
    def test_a_revoked_link_is_a_404(self, client_user, client_partner, session, share):
        assert client_partner.get(share_url(share.token)).status_code == 200
        client_user.post(
            reverse(
                "practice:session_share_revoke", kwargs={"pk": session.pk, "share_pk": share.pk}
            )
        )
        share.refresh_from_db()
        assert share.revoked_at is not None
        assert client_partner.get(share_url(share.token)).status_code == 404
        feedback_url = reverse(
            "practice:partner_feedback",
            kwargs={"token": share.token, "question_pk": session.questions.get().pk},
        )
        assert client_partner.post(feedback_url, {"q1-comment": "x"}).status_code == 404

    def test_a_new_link_after_revoking_has_a_new_token(self, client_user, session, share):
        share.revoked_at = timezone.now()
        share.save()
        client_user.post(reverse("practice:session_share", kwargs={"pk": session.pk}))
        assert session.active_share().token != share.token


class TestPartnerView:
    def test_the_partner_sees_questions_and_answers_but_not_private_notes(
        self, client_partner, share
    ):
        content = client_partner.get(share_url(share.token)).content.decode()
        assert "지원 동기를 말해 주세요." in content
        assert "사회보장 정보를 잇는 일이 좋아서입니다." in content
        assert "나만 보는 메모" not in content
        assert "괜찮음</span>" not in content  # the owner's self-rating stays private

    def test_an_unknown_token_is_a_404(self, client_partner, share):
        assert client_partner.get(share_url("nope")).status_code == 404

    def test_anonymous_visitors_must_log_in(self, client, share):
        response = client.get(share_url(share.token))
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]

    def test_the_login_page_tells_the_partner_why_to_log_in(self, client, share):
        response = client.get(share_url(share.token), follow=True)
        content = response.content.decode()
        assert "스터디 파트너가 모의 면접 기록을 함께 봐 달라고 보낸 링크입니다." in content
        assert 'id="id_password"' in content

    def test_the_link_reaches_nothing_else_of_the_owner(self, client_partner, user, session, share):
        other_session = MockSessionFactory(user=user)
        draft = DraftFactory(user=user)
        card = ReviewCardFactory(user=user)
        for url in [
            reverse("practice:session_report", kwargs={"pk": session.pk}),
            reverse("practice:session_run", kwargs={"pk": session.pk}),
            reverse("practice:session_report", kwargs={"pk": other_session.pk}),
        ]:
            assert client_partner.get(url).status_code == 404
        assert (
            client_partner.post(
                reverse("practice:review_answer", kwargs={"pk": card.pk}), {"rating": 3}
            ).status_code
            == 404
        )
        assert draft.body not in client_partner.get(share_url(share.token)).content.decode()

    def test_the_owner_sees_the_partner_view_without_feedback_forms(self, client_user, share):
        response = client_user.get(share_url(share.token))
        assert response.status_code == 200
        assert response.context_data["is_owner"]
        assert "의견 남기기" not in response.content.decode()


class TestPartnerFeedback:
    def feedback_url(self, share, question):
        return reverse(
            "practice:partner_feedback", kwargs={"token": share.token, "question_pk": question.pk}
        )

    def test_the_partner_rates_and_comments_without_touching_the_owners_rating(
        self, client_partner, partner, session, share
    ):
        question = session.questions.get()
        prefix = f"q{question.pk}"
        response = client_partner.post(
            self.feedback_url(share, question),
            {f"{prefix}-rating": Rating.AGAIN, f"{prefix}-comment": "결론을 먼저 말해 보세요."},
        )
        assert response.status_code == 302
        feedback = PartnerFeedback.objects.get()
        assert (feedback.partner, feedback.rating) == (partner, Rating.AGAIN)
        question.refresh_from_db()
        assert question.rating == Rating.GOOD  # the owner's own rating is unchanged
        # A second post updates the partner's one feedback.
        client_partner.post(self.feedback_url(share, question), {f"{prefix}-comment": "좋아요"})
        assert PartnerFeedback.objects.get().comment == "좋아요"

    def test_the_owner_reads_the_feedback_in_the_report(
        self, client_user, client_partner, session, share
    ):
        question = session.questions.get()
        client_partner.post(
            self.feedback_url(share, question), {f"q{question.pk}-comment": "목소리가 또렷해요"}
        )
        report = client_user.get(reverse("practice:session_report", kwargs={"pk": session.pk}))
        assert "목소리가 또렷해요" in report.content.decode()

    def test_empty_feedback_is_refused_with_a_message(self, client_partner, session, share):
        question = session.questions.get()
        response = client_partner.post(self.feedback_url(share, question), {}, follow=True)
        assert "평가나 의견 중 하나는 남겨 주세요." in response.content.decode()
        assert not PartnerFeedback.objects.exists()

    @pytest.mark.parametrize("rating", ["99", "abc", "1" + "0" * 20])
    def test_a_refused_rating_shows_the_page_again_with_the_comment_kept(
        self, client_partner, session, share, rating
    ):
        question = session.questions.get()
        prefix = f"q{question.pk}"
        comment = "두 번째 답에서 근거가 좋았어요"
        response = client_partner.post(
            self.feedback_url(share, question),
            {f"{prefix}-rating": rating, f"{prefix}-comment": comment},
        )
        html = response.content.decode()
        assert response.status_code == 200
        assert comment in html
        assert "errorlist" in html
        assert not PartnerFeedback.objects.exists()

    def test_the_owner_cannot_post_as_a_partner(self, client_user, session, share):
        question = session.questions.get()
        response = client_user.post(
            self.feedback_url(share, question), {f"q{question.pk}-comment": "셀프 칭찬"}
        )
        assert response.status_code == 404
        assert not PartnerFeedback.objects.exists()

    def test_a_question_of_another_session_is_a_404(self, client_partner, user, share):
        elsewhere = SessionQuestionFactory(session=MockSessionFactory(user=user))
        response = client_partner.post(
            self.feedback_url(share, elsewhere), {f"q{elsewhere.pk}-comment": "x"}
        )
        assert response.status_code == 404
