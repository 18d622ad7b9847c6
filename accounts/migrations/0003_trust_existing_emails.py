"""Accounts from before mandatory e-mail verification keep logging in: their address counts as
verified (they signed up, or were made by staff, when no verification was asked)."""

from django.db import migrations


def trust_existing_emails(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    for user in User.objects.all().only("pk", "email").iterator():
        address = EmailAddress.objects.filter(user_id=user.pk, email__iexact=user.email).first()
        if address is None:
            has_primary = EmailAddress.objects.filter(user_id=user.pk, primary=True).exists()
            EmailAddress.objects.create(
                user_id=user.pk, email=user.email, verified=True, primary=not has_primary
            )
        elif not address.verified:
            address.verified = True
            address.save(update_fields=["verified"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_admin_access_log"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [migrations.RunPython(trust_existing_emails, migrations.RunPython.noop)]
