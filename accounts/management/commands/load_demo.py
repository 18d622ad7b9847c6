from django.core.management import BaseCommand, call_command

from accounts.models import User

DEMO_EMAIL = "demo@prep.local"
DEMO_PASSWORD = "prep-demo-2026"


class Command(BaseCommand):
    help = "Loads the demo content written by the team (safe to run again: nothing is duplicated)."

    def handle(self, *args, **options):
        user, created = User.objects.get_or_create(
            email=DEMO_EMAIL, defaults={"display_name": "데모 지원자"}
        )
        if created or not user.has_usable_password():
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        for command in self.content_commands():
            call_command(command, stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo candidate: {DEMO_EMAIL} / {DEMO_PASSWORD}  (데모 계정 이메일 / 비밀번호)"
            )
        )

    def content_commands(self) -> list[str]:
        """Other apps' demo loaders, run in dependency order."""
        return ["load_catalog_demo"]
