"""prep.catalog.own_companies (the writer of 내 지원처) and own_forms (its input and pastes)."""

import pytest
from django.db import IntegrityError, transaction
from django.http import QueryDict

from prep.catalog.models import Company, EssayPrompt
from prep.catalog.own_companies import (
    MoveConflict,
    OwnCompanyDetails,
    Part,
    PromptRow,
    curated_match,
    delete_own_company,
    move_to_curated,
    save_own_company,
)
from prep.catalog.own_forms import MAX_LIMIT, OwnCompanyForms
from prep.practice.models import Draft
from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    DraftFactory,
    OwnCompanyFactory,
    TargetCompanyFactory,
)

pytestmark = pytest.mark.django_db


def save(owner, company=None, **overrides):
    arguments = {
        "details": OwnCompanyDetails(name="가람도시공사", kind="public", news=["스마트시티 착공"]),
        "values": [Part("도전", "새로운 일에 먼저 나선다"), Part("신뢰", "약속을 지킨다")],
        "traits": [Part("협력인", "함께 성과를 낸다")],
        "prompts": [PromptRow("지원 동기를 쓰세요.", 700), PromptRow("협업 경험", 500)],
        **overrides,
    }
    return save_own_company(owner=owner, company=company, **arguments)


class TestSaveOwnCompany:
    def test_it_creates_an_unpublished_company_of_the_owner_with_everything(self, user):
        company = save(user)
        assert company.owner == user and not company.published and company.is_own
        assert company.slug.startswith("mine-")
        assert [v.name for v in company.core_values.all()] == ["도전", "신뢰"]
        assert [t.name for t in company.talent_traits.all()] == ["협력인"]
        assert [n.title for n in company.news.all()] == ["스마트시티 착공"]
        prompts = list(company.essay_prompts.order_by("order"))
        assert [(p.text, p.limit, p.count_rule) for p in prompts] == [
            ("지원 동기를 쓰세요.", 700, "chars"),
            ("협업 경험", 500, "chars"),
        ]

    def test_an_edit_keeps_the_prompt_rows_drafts_point_at(self, user):
        company = save(user)
        first, second = company.essay_prompts.order_by("order")
        draft = DraftFactory(user=user, prompt=first, company=company)
        save(
            user,
            company,
            prompts=[
                PromptRow("지원 동기를 구체적으로 쓰세요.", 800, "chars_no_spaces", 1, first.pk)
            ],
        )
        first.refresh_from_db()
        assert (first.text, first.limit, first.count_rule) == (
            "지원 동기를 구체적으로 쓰세요.",
            800,
            "chars_no_spaces",
        )
        assert not EssayPrompt.objects.filter(pk=second.pk).exists()
        draft.refresh_from_db()
        assert draft.prompt_id == first.pk

    def test_a_removed_prompt_leaves_its_drafts_with_their_question(self, user):
        company = save(user)
        prompt = company.essay_prompts.get(order=1)
        draft = DraftFactory(user=user, prompt=prompt, company=company, body="쓰던 글")
        save(user, company, prompts=[])
        draft.refresh_from_db()
        assert draft.prompt is None
        assert (draft.question_text, draft.limit, draft.count_rule) == ("협업 경험", 500, "chars")
        assert draft.body == "쓰던 글"

    def test_values_are_updated_in_place_by_position(self, user):
        company = save(user)
        first_pk = company.core_values.get(order=0).pk
        save(user, company, values=[Part("도전정신", "바뀐 설명")])
        assert list(company.core_values.values_list("pk", "name")) == [(first_pk, "도전정신")]

    def test_a_gazetteer_institution_gets_its_other_names_as_aliases(self, user):
        company = save(user, details=OwnCompanyDetails(name="국민연금공단", kind="public"))
        assert (
            company.alias_list
        )  # e.g. 국민연금: the wrong-company check treats them as the target

    def test_someone_elses_company_is_refused(self, user, other_user):
        company = save(user)
        with pytest.raises(ValueError):
            save(other_user, company)

    def test_writes_move_the_page_content_version(self, user):
        company = save(user)
        before = Company.objects.get(pk=company.pk).content_version
        save(user, company, values=[Part("새 가치")])
        assert Company.objects.get(pk=company.pk).content_version != before


class TestConstraints:
    def test_an_own_company_can_never_be_published(self, user):
        company = save(user)
        with pytest.raises(IntegrityError), transaction.atomic():
            Company.objects.filter(pk=company.pk).update(published=True)

    def test_two_candidates_may_keep_the_same_name(self, user, other_user):
        save(user)
        save(other_user)
        assert Company.objects.filter(name="가람도시공사").count() == 2

    def test_one_candidate_cannot_keep_a_name_twice(self, user):
        save(user)
        with pytest.raises(IntegrityError), transaction.atomic():
            OwnCompanyFactory._meta.model.objects.create(
                owner=user, name="가람도시공사", slug="mine-dup"
            )

    def test_an_own_name_may_equal_a_curated_one(self, user):
        CompanyFactory(name="가람도시공사", slug="garam")
        save(user)  # the form offers the curated one; the database does not forbid it


class TestCuratedMatch:
    def test_by_name_alias_and_spacing(self, db):
        curated = CompanyFactory(name="한국가람공사", slug="garam", aliases="가람공사\nKGC")
        assert curated_match("한국 가람공사") == curated
        assert curated_match("kgc") == curated
        assert curated_match("다른공사") is None

    def test_unpublished_or_own_companies_are_never_offered(self, user):
        CompanyFactory(name="숨은공사", slug="hidden", published=False)
        save(user, details=OwnCompanyDetails(name="내공사", kind="other"))
        assert curated_match("숨은공사") is None
        assert curated_match("내공사") is None


class TestDeleteAndMove:
    def test_delete_removes_the_company_and_keeps_the_drafts(self, user):
        company = save(user)
        draft = DraftFactory(user=user, prompt=company.essay_prompts.first(), company=company)
        delete_own_company(owner=user, company=company)
        assert not Company.objects.filter(pk=company.pk).exists()
        draft.refresh_from_db()
        assert draft.question_text and draft.limit

    def test_move_takes_the_drafts_and_target_to_the_curated_company(self, user):
        company = save(user)
        prompt = company.essay_prompts.first()
        draft = DraftFactory(user=user, prompt=prompt, company=company, body="내 글")
        TargetCompanyFactory(user=user, company=company)
        curated = CompanyFactory(name="가람도시공사", slug="garam-city")
        move_to_curated(owner=user, own=company, curated=curated)
        draft.refresh_from_db()
        assert draft.company == curated and draft.prompt is None
        assert draft.question_text == prompt.text and draft.body == "내 글"
        assert user.targets.filter(company=curated).exists()
        assert not Company.objects.filter(pk=company.pk).exists()

    def test_a_conflicting_application_stops_the_move_and_changes_nothing(self, user):
        company = save(user)
        curated = CompanyFactory(name="가람도시공사", slug="garam-city")
        ApplicationFactory(user=user, company=company, posting=None)
        ApplicationFactory(user=user, company=curated, posting=None)
        draft = DraftFactory(user=user, company=company, prompt=company.essay_prompts.first())
        with pytest.raises(MoveConflict):
            move_to_curated(owner=user, own=company, curated=curated)
        draft.refresh_from_db()
        assert draft.company_id == company.pk
        assert Company.objects.filter(pk=company.pk).exists()


# --------------------------------------------------------------------------------------------
# Forms


def post(**fields) -> QueryDict:
    data = QueryDict(mutable=True)
    data.update({"name": "가람도시공사", "kind": "public", "blind_hiring": ""})
    for prefix in ("values", "traits", "prompts"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(fields)
    return data


def with_prompts(*rows) -> dict:
    fields = {"prompts-TOTAL_FORMS": str(len(rows))}
    for index, (text, limit) in enumerate(rows):
        fields.update(
            {
                f"prompts-{index}-text": text,
                f"prompts-{index}-limit": str(limit),
                f"prompts-{index}-count_rule": "chars",
                f"prompts-{index}-line_break_weight": "1",
            }
        )
    return fields


class TestOwnCompanyForms:
    def test_valid_input_becomes_the_writers_input(self, user):
        forms = OwnCompanyForms(post(**with_prompts(("지원 동기", 700))), owner=user)
        assert forms.is_valid()
        data = forms.writer_input()
        assert data["details"].name == "가람도시공사"
        assert data["prompts"] == [PromptRow("지원 동기", 700)]

    def test_an_empty_name_is_refused_in_korean(self, user):
        forms = OwnCompanyForms(post(name="   "), owner=user)
        assert not forms.is_valid()
        assert "이름을 입력해 주세요" in str(forms.form.errors["name"])

    def test_a_curated_name_is_refused_and_the_curated_company_offered(self, user):
        curated = CompanyFactory(name="가람도시공사", slug="garam-city")
        forms = OwnCompanyForms(post(), owner=user)
        assert not forms.is_valid()
        assert forms.form.curated == curated
        assert "이미 카탈로그에 있습니다" in str(forms.form.errors["name"])

    def test_a_second_own_company_of_the_same_name_is_refused(self, user):
        save(user)
        forms = OwnCompanyForms(post(name="가람 도시공사"), owner=user)
        assert not forms.is_valid()
        assert "같은 이름의 내 지원처" in str(forms.form.errors["name"])

    @pytest.mark.parametrize(
        ("limit", "message"),
        [
            (0, "1 이상"),
            (-5, "1 이상"),
            (MAX_LIMIT + 1, "이하로 입력"),
            ("", "분량 제한을 입력해 주세요"),
            ("칠백", "숫자로 입력"),
        ],
    )
    def test_bad_limits_are_explained(self, user, limit, message):
        forms = OwnCompanyForms(post(**with_prompts(("지원 동기", limit))), owner=user)
        assert not forms.is_valid()
        assert message in str(forms.formsets["prompts"].errors)

    def test_twenty_one_prompts_are_refused_with_the_count(self, user):
        rows = [(f"문항 {n}", 500) for n in range(21)]
        forms = OwnCompanyForms(post(**with_prompts(*rows)), owner=user)
        assert not forms.is_valid()
        assert "20개까지" in str(forms.formsets["prompts"].non_form_errors())
        assert "21개" in str(forms.formsets["prompts"].non_form_errors())

    def test_a_huge_paste_is_refused_without_losing_it(self, user):
        huge = "가" * 30_000
        forms = OwnCompanyForms(post(values_paste=huge), owner=user)
        assert not forms.is_valid()
        assert "values_paste" in forms.form.errors
        assert forms.form["values_paste"].value() == huge

    def test_load_fills_rows_from_the_paste_and_keeps_what_was_typed(self, user):
        data = post(
            vision="모두의 도시",
            prompts_paste="1. 지원 동기 (700자 이내)\n2. 협업 경험 (500자, 공백 제외)",
            **with_prompts(("직접 적은 문항", 300)),
        )
        forms = OwnCompanyForms(data, owner=user)
        assert forms.load("prompts") == 2
        assert not forms.form.is_bound  # nothing is validated or saved on a load
        assert forms.form["vision"].value() == "모두의 도시"
        rows = forms.formsets["prompts"].initial
        assert [(r["text"], str(r["limit"]), r["count_rule"]) for r in rows] == [
            ("직접 적은 문항", "300", "chars"),
            ("지원 동기", "700", "chars"),
            ("협업 경험", "500", "chars_no_spaces"),
        ]
        assert forms.form["prompts_paste"].value() == ""  # it is in the rows now

    def test_load_of_named_items(self, user):
        data = post(values_paste="■ 도전 - 먼저 나선다\n■ 신뢰 - 약속을 지킨다")
        forms = OwnCompanyForms(data, owner=user)
        assert forms.load("values") == 2
        assert [r["name"] for r in forms.formsets["values"].initial] == ["도전", "신뢰"]

    def test_a_paste_with_nothing_to_read_is_kept(self, user):
        forms = OwnCompanyForms(post(traits_paste="   "), owner=user)
        assert forms.load("traits") == 0
        assert forms.form["traits_paste"].value() == "   "

    def test_a_stranger_prompt_id_is_never_edited(self, user, other_user):
        theirs = save(other_user)
        prompt = theirs.essay_prompts.first()
        mine = save(user)
        fields = with_prompts(("바꿔치기", 100))
        fields["prompts-0-id"] = str(prompt.pk)
        forms = OwnCompanyForms(post(name="가람도시공사", **fields), owner=user, company=mine)
        assert forms.is_valid()
        save_own_company(owner=user, company=mine, **forms.writer_input())
        prompt.refresh_from_db()
        assert prompt.text == "지원 동기를 쓰세요."
        assert list(mine.essay_prompts.values_list("text", flat=True)) == ["바꿔치기"]


def test_drafts_are_not_lost_when_the_account_goes(user):
    company = save(user)
    DraftFactory(user=user, prompt=company.essay_prompts.first(), company=company)
    user.delete()
    assert not Company.objects.filter(pk=company.pk).exists()
    assert not Draft.objects.exists()
