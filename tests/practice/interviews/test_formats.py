from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from prep.practice.models import MockSession, Preparation
from tests.factories import CompanyFactory, InterviewQuestionFactory

pytestmark = pytest.mark.django_db

NEW_URL = reverse("practice:session_format_new")


def prepare_url(session):
    return reverse("practice:session_prepare", kwargs={"pk": session.pk})


def run_url(session):
    return reverse("practice:session_run", kwargs={"pk": session.pk})


def start(client, **data):
    payload = {"mode": "practice", "company": "", "prep_minutes": "", **data}
    return client.post(NEW_URL, payload)


@pytest.fixture
def pt_topic(db):
    return InterviewQuestionFactory(
        company=None,
        question_type="presentation",
        text="디지털 민원 서비스 개선 방안을 발표하세요.",
    )


class TestSessionFormatNew:
    def test_the_question_mix_set_up_offers_the_formats(self, client_user):
        content = client_user.get(reverse("practice:session_new")).content.decode()

        assert f"{NEW_URL}?format=presentation" in content
        assert "1분 자기소개" in content

    def test_the_format_from_the_link_is_chosen(self, client_user):
        response = client_user.get(NEW_URL + "?format=discussion")

        assert response.context_data["form"].initial["interview_format"] == "discussion"

    def test_a_self_introduction_is_one_untimed_builder_then_60_seconds(self, client_user, user):
        response = start(client_user, interview_format="self_intro")

        session = MockSession.objects.get(user=user)
        assert response["Location"] == run_url(session)
        assert session.seconds_per_answer == 60
        question = session.questions.get()
        assert question.preparation.seconds_allowed == 0
        assert question.preparation.is_self_intro

    def test_a_presentation_uses_the_banks_pt_topic_and_the_chosen_preparation(
        self, client_user, user, pt_topic
    ):
        start(client_user, interview_format="presentation", prep_minutes="10")

        session = MockSession.objects.get(user=user)
        question = session.questions.get()
        assert question.question == pt_topic
        assert question.preparation.seconds_allowed == 10 * 60
        assert session.seconds_per_answer == 5 * 60

    def test_the_companys_own_topic_comes_first(self, client_user, user, pt_topic):
        company = CompanyFactory(slug="ssis")
        own = InterviewQuestionFactory(company=company, question_type="presentation")

        start(client_user, interview_format="presentation", company="ssis")

        question = MockSession.objects.get(user=user).questions.get()
        assert question.question == own
        assert question.preparation.seconds_allowed == 20 * 60  # the format's default

    def test_situations_are_three_each_with_its_own_preparation(self, client_user, user):
        for n in range(4):
            InterviewQuestionFactory(company=None, question_type="situation", text=f"상황 {n}")

        start(client_user, interview_format="situation")

        session = MockSession.objects.get(user=user)
        assert session.questions.count() == 3
        assert Preparation.objects.filter(session_question__session=session).count() == 3

    def test_a_preparation_time_outside_the_formats_range_is_refused(
        self, client_user, user, pt_topic
    ):
        response = start(client_user, interview_format="presentation", prep_minutes="3")

        assert response.status_code == 200
        assert "10~30분에서 고르세요" in response.content.decode()
        assert not MockSession.objects.exists()

    def test_without_topics_of_that_type_nothing_is_created(self, client_user):
        response = start(client_user, interview_format="discussion")

        assert response.status_code == 200
        assert "이 형식의 주제가 아직 없습니다" in response.content.decode()
        assert not MockSession.objects.exists()

    def test_a_refusal_is_said_once(self, client_user):
        response = start(client_user, interview_format="discussion")

        assert response.content.decode().count("이 형식의 주제가 아직 없습니다") == 1

    @pytest.mark.parametrize("interview_format", ["presentation", "discussion", "situation"])
    def test_on_the_demo_every_format_starts_with_common_questions(
        self, client_user, interview_format
    ):
        call_command("load_catalog_demo", stdout=StringIO())

        response = start(client_user, interview_format=interview_format)

        session = MockSession.objects.get()
        assert response.status_code == 302
        assert session.questions.count() == (3 if interview_format == "situation" else 1)


class TestSessionPrepare:
    @pytest.fixture
    def session(self, client_user, user, pt_topic):
        start(client_user, interview_format="presentation", prep_minutes="10")
        return MockSession.objects.get(user=user)

    def test_the_run_page_shows_the_topic_card_and_the_preparation_clock(
        self, client_user, session
    ):
        content = client_user.get(run_url(session)).content.decode()

        assert "디지털 민원 서비스 개선 방안을 발표하세요." in content
        assert "준비 시간 남음" in content
        assert "10:00" in content
        question = session.questions.get()
        assert question.preparation.started_at is not None
        assert question.started_at is None  # the presentation clock has not started

    def test_notes_are_kept_while_typing(self, client_user, session):
        question = session.questions.get()

        response = client_user.post(
            prepare_url(session),
            {"question": question.pk, "notes": "1. 현황 2. 원인", "action": "save"},
            headers={"HX-Request": "true"},
        )

        assert "저장됨" in response.content.decode()
        question.preparation.refresh_from_db()
        assert question.preparation.notes == "1. 현황 2. 원인"
        assert question.preparation.finished_at is None

    def test_ending_preparation_starts_the_answer_with_the_notes_beside_it(
        self, client_user, session
    ):
        question = session.questions.get()
        client_user.get(run_url(session))

        response = client_user.post(
            prepare_url(session), {"question": question.pk, "notes": "1. 현황", "action": "start"}
        )

        assert response["Location"] == run_url(session)
        content = client_user.get(run_url(session)).content.decode()
        assert "준비 메모" in content
        assert "1. 현황" in content
        assert 'id="recording-panel"' in content
        question.refresh_from_db()
        assert question.preparation.finished_at is not None
        assert question.started_at is not None

    def test_the_report_shows_both_the_preparation_and_the_presentation_time(
        self, client_user, session
    ):
        question = session.questions.get()
        now = timezone.now()
        Preparation.objects.filter(pk=question.preparation.pk).update(
            started_at=now - timedelta(minutes=12), finished_at=now - timedelta(minutes=4)
        )
        question.started_at = now - timedelta(minutes=4)
        question.answered_at = now
        question.save()

        content = client_user.get(
            reverse("practice:session_report", kwargs={"pk": session.pk})
        ).content.decode()

        assert "준비 시간 8분 / 10분" in content
        assert "걸린 시간 240초 / 제한 300초" in content

    def test_a_stranger_gets_404(self, client_stranger, session):
        question = session.questions.get()

        response = client_stranger.post(
            prepare_url(session), {"question": question.pk, "notes": "남의 메모"}
        )

        assert response.status_code == 404
        question.preparation.refresh_from_db()
        assert question.preparation.notes == ""


class TestSelfIntroBuilder:
    def test_the_builder_counts_the_script_and_estimates_its_speaking_time(self, client_user, user):
        start(client_user, interview_format="self_intro")
        session = MockSession.objects.get(user=user)
        question = session.questions.get()
        script = "안녕하십니까. 사회보장 정보를 잇는 지원자입니다. " * 12

        response = client_user.post(
            prepare_url(session),
            {"question": question.pk, "notes": script, "action": "save"},
            headers={"HX-Request": "true"},
        )

        content = response.content.decode()
        assert f"{len(script)}자 (안내 350~400자)" in content
        assert "소리 내어 읽으면 약" in content

    def test_the_spoken_run_shows_exactly_that_script(self, client_user, user):
        start(client_user, interview_format="self_intro")
        session = MockSession.objects.get(user=user)
        question = session.questions.get()
        client_user.post(
            prepare_url(session), {"question": question.pk, "notes": "저는 정리하는 사람입니다."}
        )

        content = client_user.get(run_url(session)).content.decode()

        assert "말할 원고" in content
        assert "저는 정리하는 사람입니다." in content
        assert "1:00" in content


class TestSelfIntroPace:
    def test_the_script_is_the_transcript_when_nothing_was_typed(self, client_user, user):
        from prep.practice.interviews.recordings import transcript_for

        start(client_user, interview_format="self_intro")
        question = MockSession.objects.get(user=user).questions.get()
        question.preparation.finish("저는 정리하는 사람입니다.", now=timezone.now())

        assert transcript_for(question) == "저는 정리하는 사람입니다."
        question.answer = "고쳐 말한 내용"
        assert transcript_for(question) == "고쳐 말한 내용"


class TestSessionFormatNewInEnglish:
    def test_the_preparation_minutes_follow_the_pages_language(self, client_user):
        client_user.cookies["django_language"] = "en"
        english = client_user.get(NEW_URL + "?format=presentation").content.decode()
        assert ">20 min</option>" in english
        assert "20분</option>" not in english
        client_user.cookies["django_language"] = "ko"
        assert "20분</option>" in client_user.get(NEW_URL).content.decode()
