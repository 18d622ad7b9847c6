"""Realistic data for tests that look at whole pages: the demo catalogue and a candidate."""

import io
from datetime import timedelta
from importlib import import_module

from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from prep.applications.models import CalendarFeed
from prep.catalog.models import Company, Competency, Posting
from prep.catalog.own_companies import OwnCompanyDetails, Part, PromptRow, save_own_company
from prep.practice.interviews.recordings import save_recording
from prep.practice.models import SessionShare
from tests.audio_samples import recording
from tests.factories import (
    ApplicationFactory,
    ApplicationStepFactory,
    DraftFactory,
    DraftRevisionFactory,
    MockSessionFactory,
    ReviewCardFactory,
    SessionQuestionFactory,
    TargetCompanyFactory,
)


def candidate_world(user) -> dict:
    """The demo catalogue, and Alice's drafts, interviews and reviews on its first company."""
    if not Competency.objects.filter(kind=Competency.Kind.NCS_AREA).exists():
        # A browser test's database is flushed between tests, migration data included.
        import_module("prep.catalog.migrations.0002_ncs_competencies").load(apps, None)
    call_command("load_catalog_demo", stdout=io.StringIO())
    call_command("load_postings_demo", stdout=io.StringIO())
    company = Company.objects.get(name="한국사회보장정보원")
    prompt = company.essay_prompts.order_by("pk").first()
    TargetCompanyFactory(user=user, company=company)
    draft = DraftFactory(
        user=user,
        prompt=prompt,
        headline="[민원 대기 시간을 줄인 안내 개선]",
        body="복지 창구에서 일할 때 대기 줄이 길어 항의가 잦았습니다. " * 12,
    )
    for version in (1, 2, 3):
        revision = DraftRevisionFactory(
            draft=draft, version=version, body=f"{version}번째 글입니다. " * 5
        )
    now = timezone.now()
    session = MockSessionFactory(user=user, company=company, status="finished", finished_at=now)
    questions = [q for q in company.interview_questions.all()[:3]]
    for order, catalog_question in enumerate(questions, start=1):
        question = SessionQuestionFactory(
            session=session,
            order=order,
            question=catalog_question,
            started_at=now - timedelta(minutes=5),
            answered_at=now - timedelta(minutes=4),
            answer="팀원과 의견이 달랐을 때 자료를 모아 함께 기준을 정했습니다.",
            rating=3,
        )
    abandoned = MockSessionFactory(user=user, company=company, status="abandoned", finished_at=now)
    SessionQuestionFactory(session=abandoned, order=1, question=questions[0], started_at=now)
    running = MockSessionFactory(user=user, company=company, question_count=2)
    for order, catalog_question in enumerate(questions[:2], start=1):
        SessionQuestionFactory(
            session=running,
            order=order,
            question=catalog_question,
            started_at=now if order == 1 else None,
        )
    share = SessionShare.objects.create(session=session, token="p" * 43)
    card = ReviewCardFactory(user=user, company=company, due=now - timedelta(hours=1))
    # A spoken answer, a followed posting with a dated step, and the calendar feed.
    save_recording(
        session_question=question, upload=SimpleUploadedFile("a.webm", recording([("voice", 0.5)]))
    )
    posting = Posting.objects.filter(company=company).order_by("pk").first()
    application = ApplicationFactory(user=user, posting=posting)
    step = ApplicationStepFactory(application=application)
    feed = CalendarFeed.objects.create(user=user)
    # 내 지원처: a company of Alice's own, with a draft on its prompt.
    own_company = save_own_company(
        owner=user,
        details=OwnCompanyDetails(name="가람도시공사", kind="public", vision="모두의 도시"),
        values=[Part("도전", "먼저 나선다")],
        traits=[Part("협력인", "함께 성과를 낸다")],
        prompts=[PromptRow("지원 동기를 쓰세요.", 700, "chars_no_spaces")],
    )
    DraftFactory(
        user=user, prompt=own_company.essay_prompts.get(), body="가람도시공사에 지원합니다."
    )
    return {
        "own_company": own_company,
        "company": company,
        "prompt": prompt,
        "draft": draft,
        "revision": revision,
        "session": session,
        "abandoned": abandoned,
        "running": running,
        "question": question,
        "share": share,
        "card": card,
        "posting": posting,
        "application": application,
        "step": step,
        "feed": feed,
    }
