from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.core.management import BaseCommand

CURATOR_GROUP_NAME = "카탈로그 편집자"

# Candidates' targets and own companies (내 지원처) are personal data, not catalogue content:
# curators never get them.
EXCLUDED_MODELS = frozenset({"targetcompany", "owncompany"})


def curator_permissions():
    return Permission.objects.filter(content_type__app_label="catalog").exclude(
        content_type__model__in=EXCLUDED_MODELS
    )


def ensure_curator_group() -> tuple[Group, bool]:
    """Create or update the curators' group so it holds exactly the catalogue permissions."""
    # Permissions are normally created after `migrate`; make sure they exist even before.
    create_permissions(apps.get_app_config("catalog"), verbosity=0)
    group, created = Group.objects.get_or_create(name=CURATOR_GROUP_NAME)
    group.permissions.set(curator_permissions())
    return group, created


class Command(BaseCommand):
    help = (
        "Creates or updates the '카탈로그 편집자' group with every catalogue permission "
        "(safe to run again). Add curators who are not superusers to this group."
    )

    def handle(self, *args, **options):
        group, created = ensure_curator_group()
        verb = "Created" if created else "Updated"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} group '{group.name}' with {group.permissions.count()} permissions."
            )
        )
