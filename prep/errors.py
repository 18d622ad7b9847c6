"""Our own pages for the answers Django would otherwise give in English or bare text.

Each page is Korean, in our design, and carries the security headers itself: some of these
answers are made before (or instead of) the middleware that would add them — the 413 and the
bad-request answers come from early middleware, a bad Host fails in CommonMiddleware, a 500 may
come from anywhere.

Every error page also says what kind of error it is in the X-Prep-Error header, so the
autosave clients (static/js/editor.js, interview.js) can tell a lapsed login or a stale CSRF
token from a refused text without reading the page.
"""

from csp.constants import HEADER as CSP_HEADER
from csp.utils import build_policy
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils.translation import gettext as _

ERROR_HEADER = "X-Prep-Error"

# Fields that hold what a candidate typed; a refused plain form post (no JavaScript) shows them
# back so the words can be copied instead of being lost with the request. Matched on the name
# after a form prefix, so "q12-comment" (a partner's comment) and "prompts-0-text" (a formset
# row of 내 지원처) count too.
TYPED_FIELDS = {
    "headline",
    "body",
    "answer",
    "note",
    "notes",
    "comment",
    "custom_question",
    "text",
    "description",
    "vision",
    "mission",
    "main_business",
    "news",
    "values_paste",
    "traits_paste",
    "prompts_paste",
}


def typed_text(request: HttpRequest) -> list[str]:
    if request.method != "POST" or request.headers.get("HX-Request") == "true":
        return []  # HTMX clients keep the text in the page themselves
    return [
        # NUL is what may have refused the post; it cannot be shown or pasted anyway.
        value.replace("\x00", "")
        for name, values in request.POST.lists()
        if name.rsplit("-", 1)[-1] in TYPED_FIELDS
        for value in values
        if value.replace("\x00", "").strip()
    ]


def error_page(
    request: HttpRequest | None,
    *,
    status: int,
    kind: str,
    title: str,
    message: str,
    extra: dict | None = None,
) -> HttpResponse:
    """Renders templates/errors/error.html with the security headers and the kind marker.

    `request` may be None (the 500 page renders without context processors, because the error
    may be that the database or a context processor is failing).
    """
    context = {"status": status, "kind": kind, "title": title, "message": message, **(extra or {})}
    html = loader.render_to_string("errors/error.html", context, request=request)
    response = HttpResponse(html, status=status)
    return with_security_headers(response, kind=kind)


def with_security_headers(response: HttpResponse, *, kind: str = "") -> HttpResponse:
    """The headers SecurityMiddleware, XFrameOptionsMiddleware and CSPMiddleware would add."""
    response.headers.setdefault(CSP_HEADER, build_policy())
    response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
    response.headers.setdefault(
        "Cross-Origin-Opener-Policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
    )
    response.headers.setdefault("Cache-Control", "no-store")
    if kind:
        response.headers[ERROR_HEADER] = kind
    return response


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    # No CSRF decorator (Django's own handler has one): it re-reads request.POST, which is
    # exactly what fails for a body in a charset we cannot read.
    return error_page(
        request,
        status=400,
        kind="bad-request",
        title=_("요청을 읽을 수 없습니다"),
        message=_(
            "주소나 보낸 내용에 처리할 수 없는 문자가 있습니다. "
            "주소를 확인하거나 이전 페이지로 돌아가 다시 시도해 주세요."
        ),
    )


def refused_characters(request: HttpRequest) -> HttpResponse:
    """400 for a form post with NUL in a field whose view does not clean typed text itself:
    PostgreSQL cannot store NUL. What the candidate typed is shown back, without it, to copy."""
    return error_page(
        request,
        status=400,
        kind="bad-request",
        title=_("보낸 글에 저장할 수 없는 문자가 있습니다"),
        message=_(
            "보낸 글에 보이지 않는 제어 문자(NUL, U+0000)가 있어 저장하지 않았습니다. "
            "다른 프로그램에서 복사해 붙여 넣을 때 섞여 들어오곤 합니다."
        ),
        extra={
            "kept_text": typed_text(request),
            "kept_hint": _(
                "아래 글에서는 그 문자를 뺐습니다. 복사해서 이전 페이지의 칸에 다시 붙여 넣고 "
                "저장하세요."
            ),
        },
    )


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return error_page(
        request,
        status=403,
        kind="forbidden",
        title=_("이 페이지를 볼 권한이 없습니다"),
        message=_("로그인한 계정으로 볼 수 없는 페이지입니다."),
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return error_page(
        request,
        status=403,
        kind="csrf",
        title=_("보안 확인이 만료되었습니다"),
        message=_(
            "다른 탭에서 로그인하거나 로그아웃해서 이 페이지의 보안 확인 값이 바뀌었습니다. "
            "입력한 내용을 복사해 두고, 페이지를 새로 고친 뒤 다시 보내 주세요."
        ),
        extra={"kept_text": typed_text(request)},
    )


def too_many_requests(request: HttpRequest, exception=None) -> HttpResponse:
    """allauth's handler429 (ROOT_URLCONF.handler429) and any other throttle."""
    return error_page(
        request,
        status=429,
        kind="rate-limited",
        title=_("요청이 너무 많습니다"),
        message=_("짧은 시간에 요청이 너무 많았습니다. 1분쯤 뒤에 다시 시도해 주세요."),
    )


def server_error(request: HttpRequest) -> HttpResponse:
    return error_page(
        None,
        status=500,
        kind="server-error",
        title=_("일시적인 오류가 났습니다"),
        message=_(
            "요청을 처리하지 못했습니다. 저장된 글은 그대로 있습니다. 잠시 뒤 다시 시도해 주세요."
        ),
    )


def request_too_large(request: HttpRequest) -> HttpResponse:
    limit_kb = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1000
    return error_page(
        request,
        status=413,
        kind="too-large",
        title=_("보낸 내용이 너무 큽니다"),
        message=_(
            "한 번에 보낼 수 있는 내용은 %(limit_kb)sKB까지입니다. "
            "자기소개서 본문은 20,000자까지 저장할 수 있습니다."
        )
        % {"limit_kb": limit_kb},
        extra={
            "hint": _(
                "이전에 저장된 글은 그대로 있습니다. "
                "브라우저의 뒤로 가기로 돌아가 글을 줄인 뒤 다시 저장하세요."
            )
        },
    )


def login_required(
    request: HttpRequest, *, next_url: str = "", kept_text: list[str] | None = None
) -> HttpResponse:
    """401 for a request whose login has ended, instead of a redirect to the login page.

    A script that followed the redirect would get the login page with 200 and could take it
    for a successful save; a plain form post would lose the text. This page keeps the text
    visible so it can be copied, and links to the login.
    """
    return error_page(
        request,
        status=401,
        kind="login-required",
        title=_("로그인이 끝났습니다"),
        message=_(
            "오래 쓰지 않았거나 다른 탭에서 로그아웃해 로그인이 끝났습니다. "
            "보낸 내용은 저장되지 않았습니다."
        ),
        extra={"next": next_url, "kept_text": kept_text or []},
    )
