from django import forms
from django.utils.translation import gettext_lazy as _

from prep.applications.models import Application, Stage
from prep.catalog.models import Company, HiringType
from prep.catalog.posting_models import Posting, RecruitKind, Region

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATE_ERRORS = {"invalid": _("날짜를 2025-03-15 형식으로 입력하세요.")}


class PostingFilterForm(forms.Form):
    """The 공고 page's filters. Unknown values are dropped, never an error: a stale link still
    shows postings."""

    q = forms.CharField(label=_("검색"), required=False, max_length=100)
    company = forms.ModelChoiceField(
        label=_("기관"),
        queryset=Company.objects.none(),
        required=False,
        empty_label=_("모든 기관"),
        to_field_name="slug",
    )
    hiring_type = forms.ModelChoiceField(
        label=_("고용 형태"),
        queryset=HiringType.objects.none(),
        required=False,
        empty_label=_("모든 고용 형태"),
    )
    recruit_kind = forms.ChoiceField(
        label=_("신입/경력"),
        choices=[("", _("신입·경력 모두")), *RecruitKind.choices],
        required=False,
    )
    region = forms.ModelChoiceField(
        label=_("지역"),
        queryset=Region.objects.none(),
        required=False,
        empty_label=_("모든 지역"),
    )
    closing_soon = forms.BooleanField(label=_("마감 임박 (7일 안)"), required=False)
    include_closed = forms.BooleanField(label=_("마감된 공고도 보기"), required=False)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["company"].queryset = Company.objects.filter(
            pk__in=_published_postings().values("company_id")
        ).only("name", "slug")
        self.fields["hiring_type"].queryset = HiringType.objects.filter(
            postings__in=_published_postings()
        ).distinct()
        self.fields["region"].queryset = Region.objects.filter(
            postings__in=_published_postings()
        ).distinct()

    def filters(self) -> dict:
        """The valid filters; a field with a bad value counts as not set."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned.get(name) for name in self.fields if name not in self.errors}


def _published_postings():
    return Posting.objects.published()


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


class NotesForm(forms.ModelForm):
    class Meta:
        model = Application
        fields = ["notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 5})}
