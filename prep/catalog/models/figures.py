"""A public institution's published figures (ALIO 경영공시): headcounts, new hires and pay, per
year, as the admin imported them (`importers/alio.py`)."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from prep.catalog.models.companies import Company

PEOPLE = "명"
THOUSAND_WON = "천원"


class FigureMetric(models.TextChoices):
    """What a figure counts. The order of the choices is the order the pages show them in."""

    EMPLOYEES = "employees", _("임직원 수 (합계)")
    REGULAR_EMPLOYEES = "regular_employees", _("일반정규직 직원 수")
    NEW_HIRES = "new_hires", _("일반정규직 신규채용")
    NEW_HIRES_WOMEN = "new_hires_women", _("신규채용 중 여성")
    NEW_HIRES_YOUTH = "new_hires_youth", _("신규채용 중 청년")
    NEW_HIRES_DISABLED = "new_hires_disabled", _("신규채용 중 장애인")
    NEW_HIRES_LOCAL = "new_hires_local", _("신규채용 중 비수도권 지역인재")
    NEW_HIRES_INDEFINITE = "new_hires_indefinite", _("무기계약직 신규채용")
    AVERAGE_PAY = "average_pay", _("직원 1인당 평균보수액")
    STARTING_SALARY = "starting_salary", _("신입사원 초임")


# The unit every figure of a metric is stored in (the importer converts 원 and 백만원 to 천원).
METRIC_UNITS: dict[str, str] = {
    FigureMetric.AVERAGE_PAY: THOUSAND_WON,
    FigureMetric.STARTING_SALARY: THOUSAND_WON,
}


def metric_unit(metric: str) -> str:
    return METRIC_UNITS.get(metric, PEOPLE)


class CompanyFigure(models.Model):
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="figures", verbose_name=_("기업")
    )
    metric = models.CharField(_("항목"), max_length=30, choices=FigureMetric.choices)
    year = models.PositiveSmallIntegerField(_("연도"))
    # Fractional headcounts are part-time staff counted by working hours, as ALIO reports them.
    value = models.DecimalField(
        _("값"), max_digits=15, decimal_places=2, validators=[MinValueValidator(0)]
    )
    unit = models.CharField(_("단위"), max_length=10)
    source_file = models.CharField(_("출처 파일"), max_length=300, blank=True)
    as_of = models.DateField(_("기준일"), null=True, blank=True)

    class Meta:
        verbose_name = _("경영공시 수치")
        verbose_name_plural = _("경영공시 수치")
        ordering = ["company_id", "metric", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "metric", "year"], name="figure_company_metric_year_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.company} {self.year} {self.get_metric_display()}: {self.value}{self.unit}"
