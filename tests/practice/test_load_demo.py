import io

import pytest
from django.core.management import call_command

from accounts.models import User
from prep.practice.management.commands.load_demo import DEMO_EMAIL, DEMO_PASSWORD
from prep.practice.models import Draft

pytestmark = pytest.mark.django_db


def test_the_demo_candidate_can_log_in_and_has_a_target_and_a_draft(client):
    call_command("load_demo", stdout=io.StringIO())
    user = User.objects.get(email=DEMO_EMAIL)
    assert user.check_password(DEMO_PASSWORD)
    assert user.targets.filter(company__name="한국사회보장정보원").exists()
    assert user.drafts.count() == 1
    assert client.login(email=DEMO_EMAIL, password=DEMO_PASSWORD)


def test_loading_twice_duplicates_nothing():
    call_command("load_demo", stdout=io.StringIO())
    counts = (User.objects.count(), Draft.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (User.objects.count(), Draft.objects.count()) == counts


def test_the_demo_draft_shows_the_coach_a_blind_hiring_slip():
    from prep.practice.drafts.coaching import feedback_for_draft

    call_command("load_demo", stdout=io.StringIO())
    draft = User.objects.get(email=DEMO_EMAIL).drafts.get()
    assert [f.excerpt for f in feedback_for_draft(draft).by_check["blind"]] == ["연세대"]
