from django.core.management import BaseCommand, call_command
from django.db import transaction

from accounts.models import User
from prep.catalog.models import Company, TargetCompany
from prep.practice.models import Draft

DEMO_EMAIL = "demo@prep.local"
DEMO_PASSWORD = "prep-demo-2026"

# The demo candidate's own work, in our words: enough to show the editor, its counts and the
# coaching panel (one blind-hiring slip is left in on purpose) the first time someone logs in.
DEMO_HEADLINE = "[민원 대기 시간을 절반으로 줄인 안내 개선]"
DEMO_BODY = (
    "구청 복지 창구에서 행정 인턴으로 일할 때, 오전마다 대기 줄이 길어 항의가 잦았습니다. "
    "당시 저는 접수 기록 두 달 치를 정리해 문의의 40%가 같은 서류 안내라는 것을 알았습니다. "
    "그래서 서류별 안내문을 만들고 번호표 옆에 두었으며, 팀원들과 응대 순서를 다시 나눴습니다. "
    "그 결과 평균 대기 시간이 24분에서 11분으로 줄었고, 같은 문의 전화도 30% 감소했습니다. "
    "연세대 근처 자취방에서 밤마다 안내문을 고치던 경험은, 작은 불편을 자료로 확인하고 함께 "
    "바꾸는 일이 공공서비스의 본질이라는 것을 알려 주었습니다."
)


# Lives with the candidate's work it creates (practice), not in accounts: accounts imports no
# product app. The catalogue and postings load through their own commands, by name.
class Command(BaseCommand):
    help = "Loads the demo content written by the team (safe to run again: nothing is duplicated)."

    @transaction.atomic
    def handle(self, *args, **options):
        for command in self.content_commands():
            call_command(command, stdout=self.stdout)
        user, created = User.objects.get_or_create(
            email=DEMO_EMAIL, defaults={"display_name": "데모 지원자"}
        )
        if created or not user.has_usable_password():
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        user.trust_email()
        self.load_candidate_work(user)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo candidate: {DEMO_EMAIL} / {DEMO_PASSWORD}  (데모 계정 이메일 / 비밀번호)"
            )
        )

    def content_commands(self) -> list[str]:
        """Other apps' demo loaders, run in dependency order."""
        return ["load_catalog_demo", "load_postings_demo"]

    def load_candidate_work(self, user: User) -> None:
        company = Company.objects.filter(name="한국사회보장정보원").first()
        if company is None:
            return
        TargetCompany.objects.get_or_create(user=user, company=company)
        prompt = company.essay_prompts.order_by("pk").first()
        if prompt and not user.drafts.filter(prompt=prompt).exists():
            Draft.objects.create(
                user=user, prompt=prompt, company=company, headline=DEMO_HEADLINE, body=DEMO_BODY
            )
