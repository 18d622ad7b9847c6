from allauth.account.forms import LoginForm as AllauthLoginForm
from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User


class LoginForm(AllauthLoginForm):
    """allauth's login form; its Korean "아이디 저장" reads as saving the e-mail, not staying in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "remember" in self.fields:
            self.fields["remember"].label = _("로그인 상태 유지")


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name"]


class DeleteAccountForm(forms.Form):
    """Deleting everything needs the password again and a typed confirmation."""

    password = forms.CharField(
        label=_("현재 비밀번호"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.CharField(
        label=_("확인 문구"), help_text=_("'탈퇴합니다'라고 입력하세요."), max_length=20
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("비밀번호가 맞지 않습니다."))
        return password

    def clean_confirm(self):
        confirm = self.cleaned_data["confirm"].strip()
        if confirm != "탈퇴합니다":
            raise forms.ValidationError(_("'탈퇴합니다'를 정확히 입력해야 삭제됩니다."))
        return confirm
