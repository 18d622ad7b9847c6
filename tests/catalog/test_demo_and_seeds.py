"""The seed reports imported over the demo (`make run`, then an admin imports them): every
section of both company pages keeps one item per item, and a second import changes nothing.

The seeds are third-party documents kept outside the repository (../shared/seeds); these tests
skip without them. test_reimport.py covers the same behaviours with our own small reports.
"""

from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from prep.catalog.demo import SSIS
from prep.catalog.importers import decode_report, fingerprint, import_report, parse_report
from prep.catalog.models import Company
from tests.factories import UserFactory

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
ANALYSIS_SEED = SEEDS / "000_83ef860a96c577ed.txt"
CASES_SEED = SEEDS / "004_e6c86345e030f584.txt"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("tests.catalog.admin_urls"),
    pytest.mark.skipif(
        not (ANALYSIS_SEED.exists() and CASES_SEED.exists()),
        reason=f"the seed documents are not in {SEEDS} (they live outside the repository)",
    ),
]


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_app_config("catalog").get_models(include_auto_created=True)
    }


def import_with_command(*paths: Path) -> str:
    out = StringIO()
    call_command("import_report", *map(str, paths), stdout=out)
    return out.getvalue()


def curator() -> Client:
    user = UserFactory(is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="catalog", codename__in=["add_company", "change_company"]
        )
    )
    client = Client()
    client.force_login(user)
    return client


def upload(client: Client, path: Path):
    data = SimpleUploadedFile(path.name, path.read_bytes(), content_type="text/plain")
    return client.post(
        reverse("admin:catalog_company_import_report"),
        {"file": data, "policy": "keep"},
        follow=True,
    )


def sections(company: Company) -> dict[str, list[str]]:
    """The items of each section of a company page, by the wording they are shown with."""
    survey = company.surveys.get()
    return {
        "segments": [s.name for s in company.segments.all()],
        "quotes": [q.text for q in survey.quotes.all()],
        "scores": [s.category.name for s in survey.scores.all()],
        "news": [n.title for n in company.news.all()],
        "core_values": [v.name for v in company.core_values.all()],
        "talent_traits": [t.name for t in company.talent_traits.all()],
        "hiring_steps": [s.name for s in company.hiring_steps.all()],
        "hiring_counts": [f"{c.year} {c.hiring_type}" for c in company.hiring_counts.all()],
        "prompts": [p.text for p in company.essay_prompts.all()],
        "samples": [a.body for p in company.essay_prompts.all() for a in p.sample_answers.all()],
        "reviews": [str(r) for r in company.interview_reviews.all()],
        "questions": [q.text for q in company.interview_questions.all()],
    }


def assert_no_duplicates(company: Company) -> None:
    for section, items in sections(company).items():
        repeated = [
            item for item, n in Counter(fingerprint(item) for item in items).items() if n > 1
        ]
        assert not repeated, (section, items)


@pytest.fixture
def demo():
    call_command("load_demo", stdout=StringIO())


class TestSeedsOverTheDemo:
    def test_importing_with_the_command_duplicates_nothing(self, demo):
        before = sections(Company.objects.get(name="한국사회보장정보원"))

        import_with_command(ANALYSIS_SEED, CASES_SEED)

        ssis = Company.objects.get(name="한국사회보장정보원")
        acrc = Company.objects.get(name="국민권익위원회")
        assert_no_duplicates(ssis)
        assert_no_duplicates(acrc)
        after = sections(ssis)
        # What the demo rewrote is one item, still in the demo's words.
        for section in ["quotes", "segments", "prompts", "samples", "reviews", "questions"]:
            assert after[section] == before[section], section
        assert len(after["quotes"]) == 6
        assert ssis.interview_reviews.get().questions.count() == 2
        # The report's six news items the demo left out are added; the demo's six stay curated.
        assert len(after["news"]) == 12
        assert set(before["news"]) <= set(after["news"])
        cases = acrc.news.filter(kind="proactive")
        assert cases.count() == 4
        demo_case = next(item for item in SSIS.news if item.situation)
        assert ssis.news.get(title=demo_case.title).situation == demo_case.situation
        assert ssis.news.get(title=demo_case.title).body == ""

    def test_a_second_import_with_the_command_changes_nothing(self, demo):
        import_with_command(ANALYSIS_SEED, CASES_SEED)
        before = row_counts()

        for seed in (ANALYSIS_SEED, CASES_SEED):
            summary = import_report(text=decode_report(seed.read_bytes()), source_name=seed.name)
            assert summary.changed == 0, summary.as_table()
        assert row_counts() == before

    def test_uploading_in_the_admin_duplicates_nothing_and_a_second_upload_changes_nothing(
        self, demo
    ):
        client = curator()
        for seed in (ANALYSIS_SEED, CASES_SEED):
            assert upload(client, seed).status_code == 200
        before = row_counts()

        for seed in (ANALYSIS_SEED, CASES_SEED):
            response = upload(client, seed)
            summary = response.context["summary"]
            assert summary.changed == 0, summary.as_table()
        assert row_counts() == before
        assert_no_duplicates(Company.objects.get(name="한국사회보장정보원"))
        assert_no_duplicates(Company.objects.get(name="국민권익위원회"))

    def test_the_company_page_shows_each_quote_and_question_once(self, demo, client):
        import_with_command(ANALYSIS_SEED, CASES_SEED)
        ssis = Company.objects.get(name="한국사회보장정보원")

        page = client.get(ssis.get_absolute_url()).content.decode()

        for text in sections(ssis)["quotes"]:
            assert page.count(text) == 1, text
        for question in ssis.interview_reviews.get().questions.all():
            assert page.count(question.text) >= 1
        assert "정시퇴근할 수 있다" not in page

    def test_loading_the_demo_again_after_the_import_changes_nothing(self, demo):
        import_with_command(ANALYSIS_SEED, CASES_SEED)
        before = row_counts()

        call_command("load_demo", stdout=StringIO())
        for seed in (ANALYSIS_SEED, CASES_SEED):
            summary = import_report(text=decode_report(seed.read_bytes()), source_name=seed.name)
            assert summary.changed == 0, summary.as_table()

        assert row_counts() == before


class TestDemoRewritesPointAtTheSeed:
    def test_every_rewrite_stands_for_a_sentence_of_the_report(self):
        report = parse_report(decode_report(ANALYSIS_SEED.read_bytes()), source_name="000")
        wordings = [*report.survey.positive, *report.survey.negative]
        wordings += [answer.prompt for answer in report.sample_answers]
        wordings += [answer.body for answer in report.sample_answers]
        wordings += [q.text for review in report.reviews for q in review.questions]

        assert set(SSIS.rewrites.values()) <= {fingerprint(text) for text in wordings}
