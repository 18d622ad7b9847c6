from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from accounts import data
from accounts.forms import DeleteAccountForm, ProfileForm


@require_http_methods(["GET", "POST"])
@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("프로필을 저장했습니다."))
        return redirect("accounts:profile")
    return TemplateResponse(request, "accounts/profile.html", {"form": form})


@require_http_methods(["GET", "POST"])
@login_required
def account_delete(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data.delete_account(request.user)
        logout(request)
        messages.success(
            request, _("계정과 모든 데이터를 삭제했습니다. 그동안 이용해 주셔서 고맙습니다.")
        )
        return redirect("home")
    return TemplateResponse(
        request,
        "accounts/account_delete.html",
        {"form": form, "counts": sorted(data.owned_counts(request.user).items())},
    )


@require_safe
@login_required
def signed_in(request: HttpRequest) -> HttpResponse:
    """Where the "log in again" tab lands: the page that was waiting saves on its own."""
    return TemplateResponse(request, "accounts/signed_in.html", {})
