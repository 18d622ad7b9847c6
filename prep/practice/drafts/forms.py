"""Forms for 자소서 drafts (interview forms live in prep/practice/interviews/forms.py)."""

from django import forms
from django.core.validators import MaxValueValidator, ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from prep.catalog.models import Company
from prep.catalog.own_forms import MAX_LIMIT
from prep.coach.counting import stored_text
from prep.practice.drafts.models import Draft, DraftStatus


class TypedTextField(forms.CharField):
    """What a candidate typed or pasted, not stripped (spaces count).

    Django refuses NUL in a CharField; here it is let through because the text is stored only
    through prep.coach.counting.stored_text, which removes every control character and says so.
    Refusing it would block every later save over one invisible character.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("strip", False)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.validators = [
            validator
            for validator in self.validators
            if not isinstance(validator, ProhibitNullCharactersValidator)
        ]


class DraftTextForm(forms.Form):
    """What the editor posts on every autosave."""

    headline = TypedTextField()
    body = TypedTextField(widget=forms.Textarea)
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class CustomDraftForm(forms.ModelForm):
    """A draft for a question the candidate types in, with the limit and rule of their form."""

    class Meta:
        model = Draft
        fields = [
            "company",
            "custom_question",
            "custom_limit",
            "custom_count_rule",
            "custom_line_break_weight",
        ]
        labels = {"custom_question": _("문항"), "company": _("기업 (선택)")}
        help_texts = {
            "custom_limit": _("지원서 양식이 정한 최대 분량 (예: 1000)."),
            "custom_line_break_weight": _("양식이 줄바꿈을 2로 세면 (CRLF) 2를 고르세요."),
        }
        widgets = {"custom_question": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The directory's companies and the candidate's own (내 지원처).
        self.fields["company"].queryset = (
            Company.objects.visible_to(user).order_by("name", "pk")
            if user is not None
            else Company.objects.in_directory()
        )
        self.fields["company"].required = False
        self.fields["company"].empty_label = _("기업 없이 쓰기")
        self.fields["custom_question"].required = True
        limit = self.fields["custom_limit"]
        limit.required = True
        # The same bound as a 내 지원처 prompt: SQLite took 99999999999 as a limit (PostgreSQL's
        # integer range refused it), and no application form asks for more than this.
        limit.validators.append(
            MaxValueValidator(
                MAX_LIMIT, message=_("분량 제한은 %(limit_value)s 이하로 입력해 주세요.")
            )
        )
        limit.widget.attrs["max"] = MAX_LIMIT
        limit.error_messages["invalid"] = _("분량 제한은 숫자로 입력해 주세요.")

    def clean_custom_question(self) -> str:
        # Stored like the answer (one definition): a control character pasted with the
        # question would otherwise travel into every export of the draft.
        question = stored_text(self.cleaned_data["custom_question"])[0].strip()
        if not question:
            raise forms.ValidationError(_("문항을 입력해 주세요."))
        return question


class DraftStatusForm(forms.Form):
    """완성 needs the text within its limit, or the candidate's word that it may stay over."""

    status = forms.ChoiceField(choices=DraftStatus.choices, label=_("상태"))
    confirm_over = forms.BooleanField(
        required=False, label=_("분량을 넘은 채로 완성으로 표시합니다")
    )

    def __init__(self, *args, over_by: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.over_by = over_by

    def clean(self):
        data = super().clean()
        if (
            data.get("status") == DraftStatus.DONE
            and self.over_by > 0
            and not data.get("confirm_over")
        ):
            raise forms.ValidationError(
                _(
                    "분량 제한을 %(over)s 넘었습니다. 줄이거나, 이대로 낼 글이면 "
                    "‘분량을 넘은 채로 완성으로 표시합니다’를 고르고 다시 바꾸세요."
                )
                % {"over": f"{self.over_by:,}"}
            )
        return data


class DraftTagForm(forms.Form):
    competency = forms.IntegerField(min_value=1)


class ResolveForm(forms.Form):
    """The candidate's choice after a version conflict; both texts travel with it."""

    class Choice:
        MINE = "mine"
        THEIRS = "theirs"
        MERGE = "merge"

    choice = forms.ChoiceField(
        choices=[(Choice.MINE, "mine"), (Choice.THEIRS, "theirs"), (Choice.MERGE, "merge")]
    )
    version = forms.IntegerField(min_value=1)
    mine_headline = TypedTextField()
    mine_body = TypedTextField()
    merged_headline = TypedTextField()
    merged_body = TypedTextField()
