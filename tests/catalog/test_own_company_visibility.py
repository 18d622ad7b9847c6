"""A candidate's own company never shows for anyone else: directory, search, comparison,
question bank, postings, importers, the admin's catalogue lists."""

import pytest
from django.urls import reverse

from prep.catalog.importers.postings import company_index
from prep.catalog.keys import catalogue_rows, natural_key
from prep.catalog.models import Company, EssayPrompt
from prep.catalog.own_companies import OwnCompanyDetails, Part, PromptRow, save_own_company
from tests.factories import CompanyFactory

pytestmark = pytest.mark.django_db

SECRET = "비밀가람공사"


@pytest.fixture
def own(user):
    return save_own_company(
        owner=user,
        details=OwnCompanyDetails(name=SECRET, kind="public"),
        values=[Part("도전")],
        traits=[],
        prompts=[PromptRow("비밀 문항을 쓰세요.", 700)],
    )


@pytest.fixture
def curated(db):
    return CompanyFactory(name="공개가람공사", slug="open-garam")


def test_the_directory_and_its_search_leave_it_out_for_everyone(
    client, client_stranger, client_user, own, curated
):
    for who in (client, client_stranger, client_user):
        for params in ({}, {"q": "가람"}, {"q": SECRET}, {"kind": "public"}):
            response = who.get(
                reverse("catalog:company_list"), params, headers={"HX-Request": "true"}
            )
            assert own.get_absolute_url() not in response.content.decode(), params
            assert list(response.context_data["companies"]) in ([], [curated]), params
    # The owner sees it named above the results, not among them.
    assert SECRET in client_user.get(reverse("catalog:company_list")).content.decode()
    assert SECRET not in client_stranger.get(reverse("catalog:company_list")).content.decode()


def test_comparison_takes_it_for_the_owner_only(client_user, client_stranger, own, curated):
    url = reverse("catalog:company_compare")
    query = {"c": [own.slug, curated.slug]}
    assert SECRET in client_user.get(url, query).content.decode()
    stranger = client_stranger.get(url, query).content.decode()
    assert SECRET not in stranger and "찾을 수 없는 기관 1곳" in stranger
    assert SECRET not in client_stranger.get(url, {"q": "비밀"}).content.decode()


def test_the_question_bank_never_lists_its_prompts(client_user, client_stranger, own):
    for who in (client_user, client_stranger):
        content = who.get(reverse("catalog:question_bank"), {"q": "비밀 문항"}).content.decode()
        assert "비밀 문항을 쓰세요" not in content
        assert SECRET not in who.get(reverse("catalog:question_bank")).content.decode()
    assert not EssayPrompt.objects.in_bank().filter(company=own).exists()


def test_the_postings_page_never_offers_it(client_user, own):
    assert SECRET not in client_user.get(reverse("applications:posting_list")).content.decode()


def test_importers_never_match_or_overwrite_it(own):
    assert all(company.owner_id is None for company in company_index().values())
    assert not catalogue_rows(Company).filter(pk=own.pk).exists()
    assert not catalogue_rows(EssayPrompt).filter(company=own).exists()
    assert natural_key(Company) == ("name",)


def test_a_report_import_of_the_same_name_creates_a_curated_company(own):
    from prep.catalog.importers.summary import ImportSummary
    from prep.catalog.importers.writer import Writer

    writer = Writer(summary=ImportSummary(source_name="test.md"), source_name="test.md")
    company = writer.put(Company, {"name": SECRET}, on_create={"slug": "secret-curated"}, line_no=1)
    assert company.pk != own.pk and company.owner_id is None
    own.refresh_from_db()
    assert own.owner_id is not None


def test_admin_catalogue_lists_leave_it_out(client_staff, own):
    change_url = reverse("admin:catalog_company_change", args=[own.pk])
    companies = client_staff.get(reverse("admin:catalog_company_changelist"), {"q": SECRET})
    assert change_url not in companies.content.decode()
    prompts = client_staff.get(reverse("admin:catalog_essayprompt_changelist"))
    assert "비밀 문항" not in prompts.content.decode()
    news = client_staff.get(reverse("admin:catalog_newsitem_changelist"))
    assert news.status_code == 200
    assert client_staff.get(change_url).status_code in (302, 404)


def test_other_candidates_coaching_never_sees_it(other_user, own):
    from prep.practice.drafts import copy_index
    from prep.practice.drafts.coaching import analysis_context
    from prep.practice.models import Draft

    draft = Draft.objects.create(user=other_user, custom_question="포부", body="포부입니다.")
    with copy_index.own_drafts(draft) as drafts:
        context = analysis_context(draft, drafts)
    assert SECRET not in {company.name for company in context.other_companies}


def test_saving_an_own_company_leaves_the_question_banks_caches_alone(user):
    from django.core.cache import cache

    from prep.catalog.bank import SELECTS_VERSION_KEY, selects_version

    version = selects_version()
    save_own_company(
        owner=user,
        details=OwnCompanyDetails(name="또다른공사", kind="other"),
        values=[],
        traits=[],
        prompts=[],
    )
    assert cache.get(SELECTS_VERSION_KEY) == version
