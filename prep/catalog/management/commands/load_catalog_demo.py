from django.core.management import BaseCommand

from prep.catalog.demo import load_catalog_demo
from prep.catalog.models import Company, EssayPrompt, InterviewQuestion


class Command(BaseCommand):
    help = (
        "Loads the catalogue demo content: 한국사회보장정보원, 국민권익위원회, a fictional company "
        "and general interview questions (safe to run again: nothing is duplicated)."
    )

    def handle(self, *args, **options):
        companies = load_catalog_demo()
        names = ", ".join(company.name for company in companies)
        self.stdout.write(
            self.style.SUCCESS(
                f"Catalogue demo loaded: {names} "
                f"({Company.objects.count()} companies, {EssayPrompt.objects.count()} prompts, "
                f"{InterviewQuestion.objects.count()} interview questions in the catalogue)."
            )
        )
