"""accounts/0003_trust_existing_emails: accounts from before mandatory verification log in."""

import pytest
from allauth.account.models import EmailAddress
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from accounts.models import User

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("accounts", "0002_admin_access_log")]
AFTER = [("accounts", "0003_trust_existing_emails")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def test_existing_addresses_become_verified_and_missing_ones_are_added():
    migrate(BEFORE)
    try:
        signed_up = User.objects.create(email="early@example.com")
        EmailAddress.objects.create(
            user=signed_up, email="early@example.com", verified=False, primary=True
        )
        made_by_staff = User.objects.create(email="staff-made@example.com")
    finally:
        migrate(AFTER)

    assert EmailAddress.objects.get(user=signed_up).verified
    address = EmailAddress.objects.get(user=made_by_staff)
    assert (address.email, address.verified, address.primary) == (
        "staff-made@example.com",
        True,
        True,
    )
