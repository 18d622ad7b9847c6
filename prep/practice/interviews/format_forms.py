"""The set-up form for interview formats (1분 자기소개, PT, 토론, 상황면접)."""

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from prep.catalog.models import Company
from prep.practice.interviews.formats import RULES
from prep.practice.interviews.models import InterviewFormat, SessionMode

PREP_MINUTES = sorted({minutes for rule in RULES.values() for minutes in rule.prep_minutes})


# `gettext_lazy(...) % x` is translated at once, in the language active at import; this label
# is built again in the language of each page.
_minutes = lazy(lambda m: str(_("%(m)s분") % {"m": m}), str)


class FormatSetupForm(forms.Form):
    interview_format = forms.ChoiceField(
        choices=InterviewFormat.choices,
        initial=InterviewFormat.SELF_INTRO,
        widget=forms.RadioSelect,
        label=_("형식"),
    )
    company = forms.ModelChoiceField(
        queryset=Company.objects.published(),
        required=False,
        empty_label=_("공통 질문 (기업 무관)"),
        to_field_name="slug",
        label=_("기업"),
    )
    prep_minutes = forms.TypedChoiceField(
        choices=[("", _("형식 기본값")), *[(m, _minutes(m)) for m in PREP_MINUTES]],
        coerce=int,
        empty_value=None,
        required=False,
        label=_("준비 시간"),
        help_text=_(
            "PT 10~30분(기본 20분), 토론 3~10분(기본 5분), 상황면접 1~3분(기본 1분). "
            "1분 자기소개는 시간 제한 없이 원고를 쓴 뒤 60초 동안 말합니다."
        ),
    )
    mode = forms.ChoiceField(
        choices=SessionMode.choices,
        initial=SessionMode.PRACTICE,
        widget=forms.RadioSelect,
        label=_("모드"),
        help_text=_("실전 모드는 준비 시간이 끝나면 바로 답변(발표)으로 넘어갑니다."),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None:  # the candidate's own companies too (내 지원처)
            self.fields["company"].queryset = Company.objects.visible_to(user)

    def clean(self):
        cleaned = super().clean()
        interview_format = cleaned.get("interview_format")
        minutes = cleaned.get("prep_minutes")
        if interview_format and minutes is not None:
            allowed = RULES[interview_format].prep_minutes
            if allowed and minutes not in allowed:
                self.add_error(
                    "prep_minutes",
                    _("이 형식의 준비 시간은 %(low)s~%(high)s분에서 고르세요.")
                    % {"low": allowed[0], "high": allowed[-1]},
                )
        return cleaned
