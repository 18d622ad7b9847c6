from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("catalog", "0010_postings"), ("applications", None)]
# The state to build models from: the same, named by nodes the graph knows.
BEFORE_STATE = [("catalog", "0010_postings"), ("practice", "0003_drafts_cleanup_reason")]
AFTER = [("catalog", "0011_interview_date_moved_to_applications")]


@pytest.mark.django_db(transaction=True)
def test_target_interview_dates_become_interview_steps():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE_STATE).apps
    User = old.get_model("accounts", "User")
    Company = old.get_model("catalog", "Company")
    TargetCompany = old.get_model("catalog", "TargetCompany")
    alice = User.objects.create(email="alice@example.com", display_name="앨리스")
    company = Company.objects.create(name="한국가상정보원", slug="virtual-info")
    other = Company.objects.create(name="국민권익위원회", slug="acrc")
    TargetCompany.objects.create(user=alice, company=company, interview_date=date(2026, 12, 9))
    TargetCompany.objects.create(user=alice, company=other)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    Application = new.get_model("applications", "Application")
    ApplicationStep = new.get_model("applications", "ApplicationStep")

    application = Application.objects.get()
    assert (application.user_id, application.company_id, application.posting_id) == (
        alice.pk,
        company.pk,
        None,
    )
    assert application.stage == "interview"
    step = ApplicationStep.objects.get()
    assert (step.application_id, step.stage, step.date) == (
        application.pk,
        "interview",
        date(2026, 12, 9),
    )
    assert new.get_model("catalog", "TargetCompany").objects.count() == 2

    # And back again: the step returns to the target.
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE_STATE).apps
    restored = old.get_model("catalog", "TargetCompany").objects.get(company_id=company.pk)
    assert restored.interview_date == date(2026, 12, 9)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
