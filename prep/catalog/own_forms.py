"""The "내 지원처" form: the company's details, its core values, 인재상 and 자소서 prompts (three
formsets), and the paste boxes that pre-fill them (`prep.coach.pasted`).

    forms = OwnCompanyForms(request.POST or None, owner=user, company=None)
    forms.load("values")   # 불러오기: the pasted text becomes rows; nothing is saved
    forms.is_valid() and save_own_company(owner=user, company=None, **forms.writer_input())

A load re-renders the page from what was posted, unbound, so it shows no errors for fields the
candidate has not finished; nothing they typed is lost either way.
"""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from prep.catalog.models import (
    LINE_BREAK_WEIGHT_CHOICES,
    Company,
    CompanyKind,
    CountRule,
)
from prep.catalog.own_companies import (
    MAX_PARTS,
    OwnCompanyDetails,
    Part,
    PromptRow,
    curated_match,
    name_key,
)
from prep.coach.pasted import MAX_PASTE_CHARACTERS, parse_named_items, parse_prompts

# An answer box on a Korean form holds at most a few thousand characters (5,000 bytes is the
# largest we have seen): a bigger limit is a typo, not a form.
MAX_LIMIT = 20_000
BLIND_CHOICES = [
    ("", _("유형에 따라 (공공기관·공기업은 블라인드)")),
    ("yes", _("예")),
    ("no", _("아니오")),
]
EXTRA_ROWS = 2  # empty rows under the filled ones, for typing without JavaScript


class OwnCompanyForm(forms.Form):
    name = forms.CharField(
        label=_("기업·기관 이름"),
        max_length=100,
        error_messages={"required": _("기업·기관 이름을 입력해 주세요.")},
    )
    kind = forms.ChoiceField(label=_("유형"), choices=CompanyKind.choices)
    blind_hiring = forms.ChoiceField(
        label=_("블라인드 채용"), choices=BLIND_CHOICES, required=False
    )
    vision = forms.CharField(
        label=_("비전"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    mission = forms.CharField(
        label=_("미션"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    main_business = forms.CharField(
        label=_("주요 사업"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    news = forms.CharField(
        label=_("최근 소식"),
        help_text=_("한 줄에 하나씩 (최대 20줄). 자소서 피드백이 최근 사업과의 연결을 살핍니다."),
        max_length=8000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    values_paste = forms.CharField(
        label=_("핵심가치 붙여넣기"),
        max_length=MAX_PASTE_CHARACTERS,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    traits_paste = forms.CharField(
        label=_("인재상 붙여넣기"),
        max_length=MAX_PASTE_CHARACTERS,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    prompts_paste = forms.CharField(
        label=_("자소서 문항 붙여넣기"),
        max_length=MAX_PASTE_CHARACTERS,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args, owner, company: Company | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner, self.company = owner, company
        self.curated: Company | None = None  # the catalogue's company this name already is

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("기업·기관 이름을 입력해 주세요."))
        mine = Company.objects.owned_by(self.owner).exclude(pk=getattr(self.company, "pk", None))
        if any(name_key(other) == name_key(name) for other in mine.values_list("name", flat=True)):
            raise forms.ValidationError(_("같은 이름의 내 지원처가 이미 있습니다."))
        self.curated = curated_match(name)
        if self.curated is not None:
            raise forms.ValidationError(
                _("‘%(name)s’은(는) 이미 카탈로그에 있습니다. 아래 링크의 기업으로 연습하세요.")
                % {"name": self.curated.name}
            )
        return name

    def clean_news(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["news"].splitlines() if line.strip()]
        if len(lines) > MAX_PARTS:
            raise forms.ValidationError(
                _("최근 소식은 %(max)d줄까지 넣을 수 있습니다 (지금 %(count)d줄).")
                % {"max": MAX_PARTS, "count": len(lines)}
            )
        return lines


class PartForm(forms.Form):
    name = forms.CharField(label=_("이름"), max_length=100, required=False)
    description = forms.CharField(
        label=_("설명"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean(self):
        data = super().clean()
        if data.get("description", "").strip() and not data.get("name", "").strip():
            self.add_error("name", _("설명이 있으면 이름도 입력해 주세요."))
        return data

    def part(self) -> Part | None:
        name = self.cleaned_data.get("name", "").strip()
        return Part(name, self.cleaned_data.get("description", "").strip()) if name else None


class PromptForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    text = forms.CharField(
        label=_("문항"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    limit = forms.IntegerField(
        label=_("분량 제한"),
        required=False,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_LIMIT)],
        error_messages={
            "min_value": _("분량 제한은 1 이상이어야 합니다."),
            "max_value": _("분량 제한은 %(limit_value)s 이하로 입력해 주세요."),
            "invalid": _("분량 제한은 숫자로 입력해 주세요."),
        },
    )
    count_rule = forms.ChoiceField(
        label=_("세는 방식"), choices=CountRule.choices, initial=CountRule.CHARS
    )
    line_break_weight = forms.TypedChoiceField(
        label=_("줄바꿈 한 번의 값"), choices=LINE_BREAK_WEIGHT_CHOICES, coerce=int, initial=1
    )

    def clean(self):
        data = super().clean()
        text = data.get("text", "").strip()
        if text and not data.get("limit") and "limit" not in self.errors:
            self.add_error("limit", _("문항의 분량 제한을 입력해 주세요 (예: 700)."))
        if data.get("limit") and not text:
            self.add_error("text", _("분량 제한이 있으면 문항도 입력해 주세요."))
        return data

    def row(self) -> PromptRow | None:
        text = self.cleaned_data.get("text", "").strip()
        if not text:
            return None
        return PromptRow(
            text=text,
            limit=self.cleaned_data["limit"],
            count_rule=self.cleaned_data["count_rule"],
            line_break_weight=self.cleaned_data["line_break_weight"],
            pk=self.cleaned_data.get("id"),
        )


class RowsFormSet(forms.BaseFormSet):
    """At most MAX_PARTS filled rows; the message says how many were sent."""

    label = ""

    def clean(self):
        filled = [form for form in self.forms if form.has_changed() and form.is_valid()]
        filled = [
            form for form in filled if any(str(v).strip() for v in form.cleaned_data.values())
        ]
        if len(filled) > MAX_PARTS:
            raise forms.ValidationError(
                _("%(label)s은(는) %(max)d개까지 넣을 수 있습니다 (지금 %(count)d개).")
                % {"label": self.label, "max": MAX_PARTS, "count": len(filled)}
            )


def _formset(form, label):
    cls = forms.formset_factory(
        form,
        formset=RowsFormSet,
        extra=EXTRA_ROWS,
        max_num=MAX_PARTS * 2,
        absolute_max=MAX_PARTS * 2,
    )
    cls.label = label
    return cls


FORMSETS = {
    "values": (_formset(PartForm, _("핵심가치")), ("name", "description")),
    "traits": (_formset(PartForm, _("인재상")), ("name", "description")),
    "prompts": (
        _formset(PromptForm, _("자소서 문항")),
        ("id", "text", "limit", "count_rule", "line_break_weight"),
    ),
}
DETAIL_FIELDS = ("name", "kind", "blind_hiring", "vision", "mission", "main_business", "news")


def _posted_rows(data, prefix: str, fields) -> list[dict]:
    """The rows of one formset as posted, empty ones left out (a load re-renders them)."""
    try:
        total = min(int(data.get(f"{prefix}-TOTAL_FORMS", 0)), MAX_PARTS * 2)
    except ValueError:
        total = 0
    rows = []
    for index in range(max(total, 0)):
        row = {name: data.get(f"{prefix}-{index}-{name}", "") for name in fields}
        if any(
            row[name].strip() for name in fields if name not in ("count_rule", "line_break_weight")
        ):
            rows.append(row)
    return rows


def _initial_of(company: Company) -> tuple[dict, dict[str, list[dict]]]:
    details = {
        "name": company.name,
        "kind": company.kind,
        "blind_hiring": {True: "yes", False: "no"}.get(company.blind_hiring, ""),
        "vision": company.vision,
        "mission": company.mission,
        "main_business": company.main_business,
        "news": "\n".join(company.news.order_by("order", "pk").values_list("title", flat=True)),
    }
    parts = {
        "values": list(company.core_values.values("name", "description")),
        "traits": list(company.talent_traits.values("name", "description")),
        "prompts": list(
            company.essay_prompts.order_by("order", "pk").values(
                "id", "text", "limit", "count_rule", "line_break_weight"
            )
        ),
    }
    return details, parts


class OwnCompanyForms:
    """The details form and the three formsets, bound together or pre-filled together."""

    def __init__(self, data=None, *, owner, company: Company | None = None):
        self.owner, self.company, self.loaded = owner, company, ""
        details, rows = _initial_of(company) if company else ({"kind": CompanyKind.OTHER}, {})
        self.form = OwnCompanyForm(data, owner=owner, company=company, initial=details)
        self.formsets = {
            prefix: cls(data, prefix=prefix, initial=rows.get(prefix) or None)
            for prefix, (cls, _fields) in FORMSETS.items()
        }

    def load(self, kind: str) -> int:
        """Re-renders the posted input unbound with `kind`'s pasted text read into rows
        (after the rows already there); returns how many rows the paste gave."""
        data = self.form.data
        paste = data.get(f"{kind}_paste", "")[:MAX_PASTE_CHARACTERS]
        if kind == "prompts":
            parsed = [
                {
                    "text": p.text,
                    "limit": p.limit or "",
                    "count_rule": p.rule,
                    "line_break_weight": 1,
                }
                for p in parse_prompts(paste)
            ]
        elif kind in ("values", "traits"):
            parsed = [
                {"name": i.name, "description": i.description} for i in parse_named_items(paste)
            ]
        else:
            parsed = []
        details = {name: data.get(name, "") for name in DETAIL_FIELDS}
        details.update({f"{name}_paste": data.get(f"{name}_paste", "") for name in FORMSETS})
        if parsed:
            details[f"{kind}_paste"] = ""  # read into the rows below, where it can be checked
        self.form = OwnCompanyForm(owner=self.owner, company=self.company, initial=details)
        for prefix, (cls, fields) in FORMSETS.items():
            rows = _posted_rows(data, prefix, fields)
            if prefix == kind:
                rows = (rows + parsed)[: MAX_PARTS * 2]
            self.formsets[prefix] = cls(prefix=prefix, initial=rows or None)
        self.loaded = kind
        return len(parsed)

    @property
    def has_errors(self) -> bool:
        """Whether a save was refused (shown once above the form: errors may be far below)."""
        return self.form.is_bound and not self.is_valid()

    def is_valid(self) -> bool:
        valid = self.form.is_valid()
        return all([valid, *(formset.is_valid() for formset in self.formsets.values())])

    def writer_input(self) -> dict:
        data = self.form.cleaned_data
        blind = {"yes": True, "no": False}.get(data["blind_hiring"])
        details = OwnCompanyDetails(
            name=data["name"],
            kind=data["kind"],
            blind_hiring=blind,
            vision=data["vision"].strip(),
            mission=data["mission"].strip(),
            main_business=data["main_business"].strip(),
            news=data["news"],
        )
        own_prompt_ids = (
            set(self.company.essay_prompts.values_list("pk", flat=True)) if self.company else set()
        )
        prompts = []
        for form in self.formsets["prompts"]:
            row = form.row() if form.cleaned_data else None
            if row and row.pk not in own_prompt_ids:
                row = PromptRow(row.text, row.limit, row.count_rule, row.line_break_weight, None)
            if row:
                prompts.append(row)

        def parts(prefix):
            return [p for f in self.formsets[prefix] if f.cleaned_data and (p := f.part())]

        return {
            "details": details,
            "values": parts("values"),
            "traits": parts("traits"),
            "prompts": prompts,
        }
