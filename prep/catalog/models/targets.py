"""Candidates' targets: the companies a candidate is applying to."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from prep.catalog.models.companies import Company


class TargetCompany(models.Model):
    """A company a candidate is applying to (their applications and interview days are in
    `prep.applications`)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="targets",
        verbose_name=_("회원"),
    )
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="targeted_by", verbose_name=_("기업")
    )
    created_at = models.DateTimeField(_("만든 시각"), auto_now_add=True)

    class Meta:
        verbose_name = _("지원 기업")
        verbose_name_plural = _("지원 기업")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "company"], name="target_user_company_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.company}"

    @classmethod
    def toggle(cls, *, user, company: Company) -> bool:
        """Mark `company` as `user`'s target, or unmark it if it already is one; returns
        whether it is a target afterwards."""
        deleted, _details = cls.objects.filter(user=user, company=company).delete()
        if deleted:
            return False
        cls.objects.get_or_create(user=user, company=company)
        return True
