from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from prep.applications.models import Application, Stage
from prep.catalog.models.postings import RecruitKind

# The years a stage date may fall in, around this year.
STAGE_YEARS_BACK, STAGE_YEARS_AHEAD = 5, 3
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATE_ERRORS = {"invalid": _("날짜를 2025-03-15 형식으로 입력하세요.")}


class PostingFilterForm(forms.Form):
    """The 공고 page's filters. Unknown values are dropped, never an error: a stale link still
    shows postings. The choices are the institutions, hiring types and regions of published
    postings, from the cache (`prep.applications.postings.filter_options`)."""

    q = forms.CharField(label=_("검색"), required=False, max_length=100)
    company = forms.CharField(label=_("기관"), required=False)
    hiring_type = forms.CharField(label=_("고용 형태"), required=False)
    recruit_kind = forms.ChoiceField(
        label=_("신입/경력"), choices=[("", ""), *RecruitKind.choices], required=False
    )
    region = forms.CharField(label=_("지역"), required=False)
    closing_soon = forms.BooleanField(label=_("마감 임박 (7일 안)"), required=False)
    include_closed = forms.BooleanField(label=_("마감된 공고도 보기"), required=False)

    def __init__(self, data=None, *, options: dict):
        super().__init__(data)
        # Checked by membership rather than as field choices: a few hundred institutions
        # would be copied and normalised on every request.
        self.options = options

    def _one_of(self, name: str) -> str:
        value = self.cleaned_data[name]
        if value and value not in {choice for choice, _label in self.options[name]}:
            raise forms.ValidationError(_("목록에 없는 값입니다."), code="invalid_choice")
        return value

    def clean_company(self) -> str:
        return self._one_of("company")

    def clean_hiring_type(self) -> str:
        return self._one_of("hiring_type")

    def clean_region(self) -> str:
        return self._one_of("region")

    def filters(self) -> dict:
        """The valid filters; a field with a bad value counts as not set."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned.get(name) for name in self.fields if name not in self.errors}


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("단계"), choices=Stage.choices)
    date = forms.DateField(
        label=_("날짜"),
        required=False,
        widget=DATE_INPUT,
        error_messages=DATE_ERRORS,
        help_text=_("제출일, 필기·면접일, 발표일 등 그 단계의 날짜."),
    )
    note = forms.CharField(label=_("단계 메모"), required=False, max_length=200)

    def clean_date(self):
        # 0001-01-01 or 9999-12-31 is a typo; the calendar and the .ics feed only show real years.
        day = self.cleaned_data["date"]
        if day is None:
            return None
        this_year = timezone.localdate().year
        low, high = this_year - STAGE_YEARS_BACK, this_year + STAGE_YEARS_AHEAD
        if not low <= day.year <= high:
            raise forms.ValidationError(
                _("날짜는 %(low)s년부터 %(high)s년 사이로 입력하세요."),
                params={"low": low, "high": high},
            )
        return day


class NotesForm(forms.ModelForm):
    class Meta:
        model = Application
        fields = ["notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 5})}
