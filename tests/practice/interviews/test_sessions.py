import json
from datetime import timedelta

from django.urls import reverse

from prep.practice.models import (
    Draft,
    MockSession,
    Rating,
    ReviewCard,
    SessionStatus,
)
from tests.factories import (
    CompanyFactory,
    InterviewQuestionFactory,
    MockSessionFactory,
    SessionQuestionFactory,
)
from tests.practice.interviews.running import START, first, run_url, url


class TestSessionNew:
    def test_the_form_prefills_the_company_from_the_query(self, client_user, company):
        response = client_user.get(reverse("practice:session_new") + "?company=ssis")
        assert response.status_code == 200
        assert response.context_data["form"].initial["company"] == "ssis"
        assert '<option value="ssis" selected>' in response.content.decode()

    def test_an_unknown_company_slug_is_ignored(self, client_user, company):
        response = client_user.get(reverse("practice:session_new") + "?company=nope")
        assert "company" not in response.context_data["form"].initial

    def test_company_questions_come_first_then_general_ones_of_the_chosen_types(
        self, client_user, user, company
    ):
        own = [InterviewQuestionFactory(company=company, question_type="job") for _ in range(2)]
        general = InterviewQuestionFactory(company=None, question_type="job")
        InterviewQuestionFactory(company=company, question_type="personality")  # not chosen
        InterviewQuestionFactory(company=company, question_type="job", published=False)
        InterviewQuestionFactory(company=CompanyFactory(), question_type="job")  # other company
        response = client_user.post(
            reverse("practice:session_new"),
            {
                "company": "ssis",
                "question_count": 5,
                "seconds_per_answer": 60,
                "question_types": ["job"],
                "mode": "real",
            },
        )
        session = user.mock_sessions.get()
        assert response.status_code == 302
        assert response["Location"] == run_url(session)
        picked = [q.question for q in session.questions.order_by("order")]
        assert set(picked[:2]) == set(own)
        assert picked[2:] == [general]
        assert session.seconds_per_answer == 60
        assert session.mode == "real"

    def test_the_order_is_stable_for_a_session(self, user, company):
        for _ in range(6):
            InterviewQuestionFactory(company=company)
        session = MockSessionFactory(user=user, company=company, question_count=6)
        session.build_questions()
        order = list(session.questions.values_list("question_id", flat=True))
        session.questions.all().delete()
        session.build_questions()
        assert list(session.questions.values_list("question_id", flat=True)) == order

    def test_follow_ups_come_from_the_candidates_drafts_for_that_company(
        self, client_user, user, other_user, company
    ):
        for _ in range(5):
            InterviewQuestionFactory(company=company)
        draft = Draft.objects.create(
            user=user, company=company, body="고객 만족도를 80%까지 높였습니다."
        )
        Draft.objects.create(user=user, company=CompanyFactory(), body="팀장을 맡았습니다.")
        Draft.objects.create(user=other_user, company=company, body="리더를 맡았습니다.")
        client_user.post(
            reverse("practice:session_new"),
            {
                "company": "ssis",
                "question_count": 3,
                "seconds_per_answer": 90,
                "question_types": ["experience"],
                "include_follow_ups": "on",
                "mode": "practice",
            },
        )
        questions = list(user.mock_sessions.get().questions.order_by("order"))
        assert len(questions) == 3
        assert [q.is_follow_up for q in questions] == [False, False, True]
        assert questions[2].source_draft == draft
        assert questions[2].text.endswith("그 80%는 어떻게 측정했나요?")

    def test_no_matching_questions_keeps_the_form_with_an_error(self, client_user, user, company):
        response = client_user.post(
            reverse("practice:session_new"),
            {
                "company": "ssis",
                "question_count": 3,
                "seconds_per_answer": 90,
                "question_types": ["situation"],
                "mode": "practice",
            },
        )
        assert response.status_code == 200
        assert "질문이 아직 없습니다" in response.content.decode()
        assert not MockSession.objects.exists()

    def test_choosing_no_type_is_an_error_in_korean(self, client_user):
        response = client_user.post(
            reverse("practice:session_new"),
            {"question_count": 3, "seconds_per_answer": 90, "mode": "practice"},
        )
        assert response.status_code == 200
        assert "질문 유형을 하나 이상 고르세요." in response.content.decode()


class TestSessionRun:
    def test_showing_a_question_starts_its_clock_once(self, client_user, session, clock):
        response = client_user.get(run_url(session))
        assert response.status_code == 200
        assert first(session).started_at == START
        clock.advance(seconds=30)
        response = client_user.get(run_url(session))
        assert first(session).started_at == START  # a reload does not restart the clock
        assert response.context_data["remaining"] == 60
        assert 'data-remaining="60"' in response.content.decode()

    def test_a_reload_keeps_the_autosaved_text(self, client_user, session, clock):
        client_user.get(run_url(session))
        client_user.post(
            url("session_autosave", session),
            {"question": first(session).pk, "answer": "저는 민원 처리를"},
            headers={"HX-Request": "true"},
        )
        response = client_user.get(run_url(session))
        assert "저는 민원 처리를</textarea>" in response.content.decode()

    def test_practice_mode_shows_the_hint(self, client_user, session, clock):
        assert "힌트 1" in client_user.get(run_url(session)).content.decode()

    def test_real_mode_hides_the_hint_and_enforces_the_timer(self, client_user, session, clock):
        session.mode = "real"
        session.save()
        content = client_user.get(run_url(session)).content.decode()
        assert "힌트 1" not in content
        assert 'data-real-mode="true"' in content

    def test_htmx_gets_only_the_stage(self, client_user, session, clock):
        response = client_user.get(run_url(session), headers={"HX-Request": "true"})
        assert response.template_name.endswith("#session-stage")
        assert "<html" not in response.content.decode()

    def test_remaining_time_never_goes_below_zero(self, client_user, session, clock):
        client_user.get(run_url(session))
        clock.advance(seconds=500)
        assert client_user.get(run_url(session)).context_data["remaining"] == 0


class TestSessionAutosave:
    def test_it_saves_without_replacing_the_textarea(self, client_user, session, clock):
        client_user.get(run_url(session))
        response = client_user.post(
            url("session_autosave", session),
            {"question": first(session).pk, "answer": "초안"},
            headers={"HX-Request": "true"},
        )
        content = response.content.decode()
        assert 'id="autosave-status"' in content
        assert "<textarea" not in content
        assert "저장됨" in content
        assert first(session).answer == "초안"
        assert first(session).answered_at is None

    def test_a_late_autosave_never_overwrites_a_submitted_answer(self, client_user, session, clock):
        client_user.get(run_url(session))
        client_user.post(
            url("session_answer", session), {"question": first(session).pk, "answer": "최종 답변"}
        )
        client_user.post(
            url("session_autosave", session), {"question": first(session).pk, "answer": "예전"}
        )
        assert first(session).answer == "최종 답변"

    def test_only_a_stored_answer_says_answer_saved(self, client_user, session, clock):
        client_user.get(run_url(session))
        saved = client_user.post(
            url("session_autosave", session),
            {"question": first(session).pk, "answer": "초안"},
            headers={"HX-Request": "true"},
        )
        assert "answer-saved" in json.loads(saved["HX-Trigger"])
        stale = client_user.post(
            url("session_autosave", session),
            {"question": first(session).pk + 999, "answer": "다른 질문"},
            headers={"HX-Request": "true"},
        )
        assert "HX-Trigger" not in stale
        assert first(session).answer == "초안"

    def test_nul_and_control_characters_are_removed_with_a_notice(
        self, client_user, session, clock
    ):
        client_user.get(run_url(session))
        response = client_user.post(
            url("session_autosave", session),
            {"question": first(session).pk, "answer": "붙여\x00넣은\x1b 답"},
            headers={"HX-Request": "true"},
        )
        assert response.status_code == 200
        assert "제어 문자" in response.content.decode()
        assert first(session).answer == "붙여넣은 답"

    def test_a_question_field_with_nul_saves_nothing_and_does_not_fail(
        self, client_user, session, clock
    ):
        client_user.get(run_url(session))
        response = client_user.post(
            url("session_autosave", session),
            {"question": "1\x00", "answer": "답"},
            headers={"HX-Request": "true"},
        )
        assert response.status_code == 200
        assert first(session).answer == ""


class TestSessionAnswer:
    def test_an_answer_with_nul_is_stored_without_it(self, client_user, session, clock):
        client_user.get(run_url(session))
        client_user.post(
            url("session_answer", session),
            {"question": first(session).pk, "answer": "최종\x00 답변\r\n둘째 줄"},
        )
        question = first(session)
        assert question.answer == "최종 답변\n둘째 줄"
        assert question.answered_at is not None

    def test_elapsed_time_comes_from_the_server_stamps(self, client_user, session, clock):
        client_user.get(run_url(session))
        clock.advance(seconds=42)
        response = client_user.post(
            url("session_answer", session), {"question": first(session).pk, "answer": "답"}
        )
        assert response.status_code == 302
        question = first(session)
        assert question.answered_at == START + timedelta(seconds=42)
        assert question.elapsed_seconds() == 42
        assert not question.is_over_time

    def test_an_answer_after_the_limit_is_kept_and_marked_over_time(
        self, client_user, session, clock
    ):
        client_user.get(run_url(session))
        clock.advance(seconds=130)
        client_user.post(
            url("session_answer", session), {"question": first(session).pk, "answer": "늦은 답"}
        )
        question = first(session)
        assert question.answer == "늦은 답"
        assert question.is_over_time
        assert question.elapsed_seconds() == 130

    def test_a_second_submit_does_not_move_the_stamp(self, client_user, session, clock):
        client_user.get(run_url(session))
        clock.advance(seconds=10)
        data = {"question": first(session).pk, "answer": "답"}
        client_user.post(url("session_answer", session), data)
        clock.advance(seconds=10)
        client_user.post(url("session_answer", session), {**data, "answer": "바뀐 답"})
        assert first(session).elapsed_seconds() == 10
        assert first(session).answer == "답"

    def test_htmx_moves_on_to_the_rating(self, client_user, session, clock):
        client_user.get(run_url(session))
        response = client_user.post(
            url("session_answer", session),
            {"question": first(session).pk, "answer": ""},
            headers={"HX-Request": "true"},
        )
        assert response.status_code == 200
        assert response.context_data["stage"] == "rate"
        assert "이 답변은 어땠나요?" in response.content.decode()


class TestSessionRate:
    def answer_first(self, client, session, clock):
        client.get(run_url(session))
        clock.advance(seconds=20)
        client.post(url("session_answer", session), {"question": first(session).pk, "answer": "a"})

    def test_rating_saves_the_note_and_creates_a_review_card(
        self, client_user, user, session, clock
    ):
        self.answer_first(client_user, session, clock)
        response = client_user.post(
            url("session_rate", session),
            {"question": first(session).pk, "rating": Rating.HARD, "note": "수치 근거 보강"},
        )
        assert response.status_code == 302
        question = first(session)
        assert question.rating == Rating.HARD
        assert question.note == "수치 근거 보강"
        card = ReviewCard.objects.get(user=user)
        assert card.question == question.question
        assert card.logs.get().rating == Rating.HARD

    def test_the_next_question_is_shown_after_rating(self, client_user, session, clock):
        self.answer_first(client_user, session, clock)
        client_user.post(url("session_rate", session), {"question": first(session).pk, "rating": 3})
        response = client_user.get(run_url(session))
        assert response.context_data["current"].order == 2
        assert session.questions.get(order=2).started_at == clock.now

    def test_a_missing_rating_is_an_error_and_keeps_the_note(self, client_user, session, clock):
        self.answer_first(client_user, session, clock)
        response = client_user.post(
            url("session_rate", session), {"question": first(session).pk, "note": "메모"}
        )
        assert response.status_code == 200
        content = response.content.decode()
        assert "평가를 하나 고르세요." in content
        assert "메모</textarea>" in content
        assert first(session).rating is None

    def test_rating_the_last_question_finishes_and_goes_to_the_report(
        self, client_user, session, clock
    ):
        for question in session.questions.order_by("order"):
            client_user.get(run_url(session))
            client_user.post(url("session_answer", session), {"question": question.pk})
            response = client_user.post(
                url("session_rate", session),
                {"question": question.pk, "rating": 4},
                headers={"HX-Request": "true"},
            )
        session.refresh_from_db()
        assert session.status == SessionStatus.FINISHED
        assert session.finished_at == clock.now
        assert response["HX-Redirect"] == url("session_report", session)


class TestSessionPause:
    def test_paused_time_does_not_count(self, client_user, session, clock):
        client_user.get(run_url(session))
        clock.advance(seconds=20)
        client_user.post(url("session_pause", session))
        clock.advance(minutes=10)
        paused_page = client_user.get(run_url(session))
        assert paused_page.context_data["stage"] == "paused"
        assert first(session).elapsed_seconds(now=clock.now) == 20
        client_user.post(url("session_resume", session))
        resumed = client_user.get(run_url(session))
        assert resumed.context_data["remaining"] == 70
        clock.advance(seconds=5)
        client_user.post(url("session_answer", session), {"question": first(session).pk})
        assert first(session).elapsed_seconds() == 25
        assert first(session).paused_for == timedelta(minutes=10)

    def test_an_answer_posted_while_paused_keeps_the_text_but_not_the_stamp(
        self, client_user, session, clock
    ):
        client_user.get(run_url(session))
        client_user.post(url("session_pause", session))
        client_user.post(
            url("session_answer", session), {"question": first(session).pk, "answer": "멈춘 동안"}
        )
        assert first(session).answer == "멈춘 동안"
        assert first(session).answered_at is None


class TestSessionResume:
    def test_resume_returns_to_the_same_question(self, client_user, session, clock):
        client_user.get(run_url(session))
        client_user.post(url("session_pause", session))
        response = client_user.post(url("session_resume", session), headers={"HX-Request": "true"})
        assert response.context_data["stage"] == "answer"
        assert response.context_data["current"] == first(session)
        session.refresh_from_db()
        assert session.status == SessionStatus.IN_PROGRESS and session.paused_at is None


class TestSessionAbandon:
    def test_abandoning_keeps_what_was_answered(self, client_user, session, clock):
        client_user.get(run_url(session))
        client_user.post(
            url("session_answer", session), {"question": first(session).pk, "answer": "남겨 둘 답"}
        )
        response = client_user.post(url("session_abandon", session), {"confirm": "yes"})
        assert response["Location"] == url("session_report", session)
        session.refresh_from_db()
        assert session.status == SessionStatus.ABANDONED
        assert first(session).answer == "남겨 둘 답"
        assert client_user.get(run_url(session))["Location"] == url("session_report", session)
        report = client_user.get(url("session_report", session)).content.decode()
        assert "남겨 둘 답" in report
        assert "답하지 않은 질문입니다." in report

    def test_stopping_asks_first_and_stops_the_clock_meanwhile(self, client_user, session, clock):
        client_user.get(run_url(session))
        response = client_user.post(url("session_abandon", session))
        assert response["Location"] == run_url(session) + "?stop=1"
        session.refresh_from_db()
        assert session.status == SessionStatus.PAUSED
        page = client_user.get(response["Location"]).content.decode()
        assert "면접을 그만둘까요?" in page
        assert 'name="confirm" value="yes"' in page
        assert url("session_resume", session) in page

    def test_the_candidate_can_go_back_after_asking_to_stop(self, client_user, session, clock):
        client_user.get(run_url(session))
        client_user.post(url("session_abandon", session))
        client_user.post(url("session_resume", session))
        session.refresh_from_db()
        assert session.status == SessionStatus.IN_PROGRESS
        assert "면접을 그만둘까요?" not in client_user.get(run_url(session)).content.decode()

    def test_over_htmx_the_question_is_asked_in_place(self, client_user, session, clock):
        client_user.get(run_url(session))
        response = client_user.post(url("session_abandon", session), headers={"HX-Request": "true"})
        assert response.status_code == 200
        content = response.content.decode()
        assert content.lstrip().startswith('<section id="session-stage"')
        assert "면접을 그만둘까요?" in content
        session.refresh_from_db()
        assert session.status == SessionStatus.PAUSED


class TestSessionList:
    def test_history_is_grouped_by_company_with_a_rating_chart(self, client_user, user, company):
        for rating in (1, 3):
            s = MockSessionFactory(user=user, company=company)
            SessionQuestionFactory(session=s, rating=rating)
        MockSessionFactory(user=user, company=None)
        MockSessionFactory(company=company)  # someone else's
        response = client_user.get(reverse("practice:session_list"))
        history = response.context_data["history"]
        assert [len(group["sessions"]) for group in history] == [1, 2] or [
            len(group["sessions"]) for group in history
        ] == [2, 1]
        content = response.content.decode()
        assert "<svg" in content and "<polyline" in content
        assert "공통 질문" in content


class TestStaleTabs:
    def test_an_answer_for_a_question_that_is_not_current_changes_nothing(
        self, client_user, session, clock
    ):
        client_user.get(run_url(session))
        second = session.questions.get(order=2)
        client_user.post(url("session_answer", session), {"question": second.pk, "answer": "x"})
        client_user.post(url("session_autosave", session), {"question": second.pk, "answer": "y"})
        second.refresh_from_db()
        assert second.answered_at is None and second.started_at is None
        assert second.answer == ""
