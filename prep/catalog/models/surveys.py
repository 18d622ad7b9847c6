"""Employee satisfaction surveys of a company: scores by category and quotes from staff."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from prep.catalog.models.common import import_record_field
from prep.catalog.models.companies import Company, OrderedCompanyPart


class SurveyCategory(models.Model):
    """A satisfaction category (조직문화/분위기, 연봉/복지 …): data, not columns."""

    name = models.CharField(_("항목"), max_length=50, unique=True)
    order = models.PositiveSmallIntegerField(_("순서"), default=0)

    class Meta:
        verbose_name = _("만족도 항목")
        verbose_name_plural = _("만족도 항목")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class SatisfactionSurvey(models.Model):
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="surveys", verbose_name=_("기업")
    )
    surveyed_on = models.DateField(_("조사일"))
    total_score = models.DecimalField(
        _("총 만족도(점)"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    source = models.CharField(_("출처"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("직원 만족도 조사")
        verbose_name_plural = _("직원 만족도 조사")
        ordering = ["-surveyed_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "surveyed_on"], name="survey_company_date_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.company} {self.surveyed_on:%Y.%m.%d} ({self.total_score}점)"


class SurveyScore(models.Model):
    survey = models.ForeignKey(
        SatisfactionSurvey,
        on_delete=models.CASCADE,
        related_name="scores",
        verbose_name=_("만족도 조사"),
    )
    category = models.ForeignKey(
        SurveyCategory, on_delete=models.PROTECT, related_name="scores", verbose_name=_("항목")
    )
    score = models.DecimalField(
        _("점수"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )

    class Meta:
        verbose_name = _("항목별 점수")
        verbose_name_plural = _("항목별 점수")
        ordering = ["category__order", "category__name"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "category"], name="score_category_unique")
        ]

    def __str__(self) -> str:
        return f"{self.category}: {self.score}"


class QuoteTone(models.TextChoices):
    POSITIVE = "positive", _("긍정적 평가")
    NEGATIVE = "negative", _("부정적 평가")


class SurveyQuote(OrderedCompanyPart):
    survey = models.ForeignKey(
        SatisfactionSurvey,
        on_delete=models.CASCADE,
        related_name="quotes",
        verbose_name=_("만족도 조사"),
    )
    tone = models.CharField(_("평가"), max_length=10, choices=QuoteTone.choices)
    text = models.CharField(_("내용"), max_length=300)
    import_record = import_record_field()

    class Meta(OrderedCompanyPart.Meta):
        verbose_name = _("재직자 평가")
        verbose_name_plural = _("재직자 평가")

    def __str__(self) -> str:
        return self.text
