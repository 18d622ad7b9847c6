"""A mock interview's report (prep/practice/interviews/views/reports.py); sharing it is in
test_partner.py."""

from datetime import timedelta

from django.conf import settings

from prep.catalog.models import Competency
from prep.practice.models import Rating
from tests.practice.interviews.running import START, first, url


class TestSessionReport:
    def test_it_shows_time_against_the_limit_ratings_notes_and_ncs_coverage(
        self, client_user, session, clock, django_assert_max_num_queries
    ):
        area = Competency.objects.get(name="문제해결능력", kind="ncs_area")
        skill = Competency.objects.get(name="사고력")
        first(session).question.competencies.add(skill)
        q1 = first(session)
        q1.started_at, q1.answered_at = START, START + timedelta(seconds=100)
        q1.rating, q1.note, q1.answer = Rating.AGAIN, "결론부터 말하기", "저는"
        q1.save()
        with django_assert_max_num_queries(12):
            response = client_user.get(url("session_report", session))
        content = response.content.decode()
        assert "걸린 시간 100초 / 제한 90초" in content
        assert "시간 초과" in content
        assert "다시" in content and "결론부터 말하기" in content
        coverage = {row["area"].name: row["covered"] for row in response.context_data["coverage"]}
        assert len(coverage) == 10
        assert coverage[area.name] is True
        assert sum(coverage.values()) == 1
        css = (settings.BASE_DIR / "static/css/interviews.css").read_text(encoding="utf-8")
        assert "@media print" in css

    def test_an_unanswered_questions_areas_are_not_counted_as_covered(
        self, client_user, session, clock
    ):
        answered, skipped = session.questions.order_by("order")
        answered.question.competencies.add(Competency.objects.get(name="사고력"))
        skipped.question.competencies.add(Competency.objects.get(name="팀워크능력"))
        answered.started_at, answered.answered_at = START, START + timedelta(seconds=30)
        answered.save()
        session.abandon(now=START + timedelta(seconds=40))
        response = client_user.get(url("session_report", session))
        coverage = {row["area"].name: row["covered"] for row in response.context_data["coverage"]}
        assert coverage["문제해결능력"] is True
        assert coverage["대인관계능력"] is False
        assert "답하지 않은 질문의 영역은 세지 않았습니다." in response.content.decode()

    def test_an_abandoned_session_with_no_answer_covers_no_area(self, client_user, session, clock):
        for question in session.questions.all():
            question.question.competencies.add(Competency.objects.get(name="사고력"))
        session.abandon(now=START)
        response = client_user.get(url("session_report", session))
        assert not any(row["covered"] for row in response.context_data["coverage"])
        assert "0 / 2개 답변" in response.content.decode()
