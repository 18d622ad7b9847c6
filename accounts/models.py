from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        user.trust_email()
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractUser):
    """A candidate (or a staff curator) who signs in with an e-mail address."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("이메일"), unique=True)
    display_name = models.CharField(
        _("이름(별명)"),
        max_length=40,
        blank=True,
        help_text=_("화면에 보일 이름입니다. 자기소개서에는 쓰이지 않습니다."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("사용자")
        verbose_name_plural = _("사용자")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.display_name or self.email

    def trust_email(self) -> None:
        """Marks the login e-mail as verified, for accounts made by staff or commands.

        Sign-up proves an address by the link allauth mails (e-mail verification is mandatory,
        so that sign-up never reveals whether an address is registered); an account made any
        other way has no such link to click and could not log in without this.
        """
        from allauth.account.models import EmailAddress

        EmailAddress.objects.update_or_create(
            user=self, email=self.email, defaults={"verified": True, "primary": True}
        )

    def get_full_name(self) -> str:
        return self.display_name or self.email

    def get_short_name(self) -> str:
        return self.display_name or self.email.split("@")[0]


class AdminAccessLog(models.Model):
    """Who in the staff looked at or changed a candidate's personal data, and when.

    Korean privacy law expects access to personal data to be traceable. Rows outlive both the
    staff account and the candidate (ids and e-mails are copied, not linked), and hold no content.
    """

    class Action(models.TextChoices):
        LIST = "list", _("목록 조회")
        VIEW = "view", _("열람")
        CHANGE = "change", _("수정")
        DELETE = "delete", _("삭제")
        HISTORY = "history", _("변경 이력 조회")

    staff_id = models.BigIntegerField(_("관리자 ID"))
    staff_email = models.EmailField(_("관리자 이메일"))
    action = models.CharField(_("행위"), max_length=10, choices=Action.choices)
    model = models.CharField(_("데이터 종류"), max_length=100)
    object_id = models.CharField(_("대상 ID"), max_length=64, blank=True)
    owner_id = models.BigIntegerField(_("데이터 주인 ID"), null=True, blank=True)
    path = models.CharField(_("주소"), max_length=500)
    query = models.CharField(_("검색어"), max_length=200, blank=True)
    at = models.DateTimeField(_("시각"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("개인정보 접근 기록")
        verbose_name_plural = _("개인정보 접근 기록")
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.staff_email} {self.action} {self.model}"
