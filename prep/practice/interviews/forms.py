"""Forms for mock interviews, study partners, review and interview dates."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from prep.catalog.models import Company
from prep.coach.counting import stored_text
from prep.practice.drafts.forms import TypedTextField
from prep.practice.interviews.models import MockSession, PartnerFeedback, Rating, SessionMode
from prep.practice.interviews.models.sessions import SESSION_QUESTION_TYPES

SECONDS_CHOICES = [(60, _("60초")), (90, _("90초")), (120, _("120초"))]


class SessionSetupForm(forms.ModelForm):
    company = forms.ModelChoiceField(
        queryset=Company.objects.published(),
        required=False,
        empty_label=_("공통 질문 (기업 무관)"),
        to_field_name="slug",
        label=_("기업"),
    )
    question_count = forms.TypedChoiceField(
        choices=[(n, n) for n in (3, 5, 7, 10)], coerce=int, initial=5, label=_("질문 수")
    )
    seconds_per_answer = forms.TypedChoiceField(
        choices=SECONDS_CHOICES, coerce=int, initial=90, label=_("답변 시간")
    )
    question_types = forms.MultipleChoiceField(
        choices=[(t.value, t.label) for t in SESSION_QUESTION_TYPES],
        initial=[t.value for t in SESSION_QUESTION_TYPES],
        widget=forms.CheckboxSelectMultiple,
        label=_("질문 유형"),
        error_messages={"required": _("질문 유형을 하나 이상 고르세요.")},
    )
    mode = forms.ChoiceField(
        choices=SessionMode.choices,
        initial=SessionMode.PRACTICE,
        widget=forms.RadioSelect,
        label=_("모드"),
        help_text=_(
            "연습 모드는 답변 포인트를 보여 줍니다. "
            "실전 모드는 시간이 끝나면 다음 질문으로 넘어갑니다."
        ),
    )

    class Meta:
        model = MockSession
        fields = [
            "company",
            "question_count",
            "seconds_per_answer",
            "question_types",
            "include_follow_ups",
            "mode",
        ]
        help_texts = {
            "include_follow_ups": _("이 기업에 쓴 내 자소서에서 꼬리질문을 만듭니다."),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None:  # the candidate's own companies too (내 지원처)
            self.fields["company"].queryset = Company.objects.visible_to(user)


class AnswerForm(forms.Form):
    """A typed interview answer, posted by the 다음 button and by autosave: stored like drafts."""

    question = forms.IntegerField(widget=forms.HiddenInput)
    answer = TypedTextField(label=_("답변 또는 메모"), widget=forms.Textarea(attrs={"rows": 8}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.notices: list[str] = []

    def clean_answer(self) -> str:
        answer, self.notices = stored_text(self.cleaned_data["answer"])
        return answer


class RateForm(forms.Form):
    question = forms.IntegerField(widget=forms.HiddenInput)
    rating = forms.TypedChoiceField(
        choices=Rating.choices,
        coerce=int,
        widget=forms.RadioSelect,
        label=_("스스로 평가"),
        error_messages={"required": _("평가를 하나 고르세요.")},
    )
    note = forms.CharField(
        required=False,
        label=_("나에게 남기는 메모"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PartnerFeedbackForm(forms.ModelForm):
    rating = forms.TypedChoiceField(
        choices=[("", _("평가 없음")), *Rating.choices],
        coerce=int,
        empty_value=None,
        required=False,
        label=_("평가"),
    )

    class Meta:
        model = PartnerFeedback
        fields = ["rating", "comment"]
        widgets = {"comment": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("rating") and not (cleaned.get("comment") or "").strip():
            raise forms.ValidationError(_("평가나 의견 중 하나는 남겨 주세요."))
        return cleaned


class ReviewRateForm(forms.Form):
    rating = forms.TypedChoiceField(
        choices=Rating.choices,
        coerce=int,
        error_messages={"required": _("평가를 하나 고르세요.")},
    )


class InterviewDateForm(forms.Form):
    company = forms.ModelChoiceField(
        queryset=Company.objects.published(),
        to_field_name="slug",
        label=_("기업"),
        empty_label=_("기업을 고르세요"),
        error_messages={"required": _("기업을 고르세요.")},
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None:  # the candidate's own companies too (내 지원처)
            self.fields["company"].queryset = Company.objects.visible_to(user)

    interview_date = forms.DateField(
        required=False,
        label=_("면접일"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("비워 두고 저장하면 면접일이 지워집니다."),
        error_messages={"invalid": _("날짜를 2025-03-15 형식으로 입력하세요.")},
    )

    def clean_interview_date(self):
        # A typo such as 0001-01-01 or 20255-03-15 is no interview anyone will attend; the
        # review schedule counts days up to the date, so it must be a real, near one.
        chosen = self.cleaned_data["interview_date"]
        if chosen is None:
            return None
        today = timezone.localdate()
        if not (today.replace(year=today.year - 1) <= chosen <= today.replace(year=today.year + 2)):
            raise forms.ValidationError(
                _("면접일은 작년부터 2년 뒤까지의 날짜로 입력하세요. (%(example)s 형식)"),
                params={"example": today.isoformat()},
            )
        return chosen
