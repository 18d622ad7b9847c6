"""내 지원처 pages: add (with paste and load), edit, delete, move, and the company page."""

import pytest
from django.urls import reverse

from prep.catalog.models import Company
from prep.catalog.own_companies import OwnCompanyDetails, Part, PromptRow, save_own_company
from tests.factories import CompanyFactory, DraftFactory

pytestmark = pytest.mark.django_db

NEW = reverse("catalog:own_company_new")


def management(**totals) -> dict:
    data = {}
    for prefix in ("values", "traits", "prompts"):
        data[f"{prefix}-TOTAL_FORMS"] = str(totals.get(prefix, 0))
        data[f"{prefix}-INITIAL_FORMS"] = "0"
    return data


def form_data(**fields) -> dict:
    return {"name": "가람도시공사", "kind": "public", "blind_hiring": "", **management(), **fields}


@pytest.fixture
def own(user):
    return save_own_company(
        owner=user,
        details=OwnCompanyDetails(name="가람도시공사", kind="public", vision="모두의 도시"),
        values=[Part("도전정신", "새로운 일에 먼저 나선다")],
        traits=[Part("협력인", "함께 성과를 낸다")],
        prompts=[PromptRow("지원 동기를 쓰세요.", 700, "chars_no_spaces")],
    )


class TestOwnCompanyNew:
    def test_anonymous_visitors_are_sent_to_log_in(self, client):
        response = client.get(NEW)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    def test_the_form_shows_the_paste_boxes(self, client_user):
        response = client_user.get(NEW)
        assert response.status_code == 200
        content = response.content.decode()
        assert "인재상 붙여넣기" in content and "자소서 문항 붙여넣기" in content
        assert 'name="load" value="prompts"' in content

    def test_load_prefills_and_saves_nothing(self, client_user):
        data = form_data(
            prompts_paste="1. 지원 동기를 쓰세요. (700자 이내)\n2. 협업 경험 (1000 byte)",
            load="prompts",
        )
        response = client_user.post(NEW, data)
        assert response.status_code == 200
        assert not Company.objects.filter(owner__isnull=False).exists()
        content = response.content.decode()
        assert "지원 동기를 쓰세요." in content and 'value="1000"' in content
        assert "2개를 읽었습니다" in content

    def test_save_creates_the_company_and_opens_its_page(self, client_user, user):
        data = form_data(
            **management(values=1, prompts=1),
            **{
                "values-0-name": "도전",
                "values-0-description": "먼저 나선다",
                "prompts-0-text": "지원 동기",
                "prompts-0-limit": "700",
                "prompts-0-count_rule": "chars",
                "prompts-0-line_break_weight": "1",
            },
        )
        response = client_user.post(NEW, data)
        company = Company.objects.get(owner=user)
        assert response.status_code == 302 and response["Location"] == company.get_absolute_url()
        assert company.core_values.get().name == "도전"
        assert company.essay_prompts.get().limit == 700

    def test_errors_keep_what_was_typed(self, client_user):
        data = form_data(name="", vision="내가 적은 비전", values_paste="도전 : 설명")
        response = client_user.post(NEW, data)
        assert response.status_code == 200
        content = response.content.decode()
        assert "기업·기관 이름을 입력해 주세요" in content
        assert "저장하지 못했습니다" in content
        assert "내가 적은 비전" in content and "도전 : 설명" in content

    def test_a_curated_name_links_to_the_curated_company(self, client_user):
        curated = CompanyFactory(name="가람도시공사", slug="garam-city")
        response = client_user.post(NEW, form_data())
        assert curated.get_absolute_url() in response.content.decode()
        assert not Company.objects.filter(owner__isnull=False).exists()

    def test_bad_management_data_is_not_a_500(self, client_user):
        data = form_data(**{"values-TOTAL_FORMS": "99999999", "prompts-TOTAL_FORMS": "x"})
        assert client_user.post(NEW, data).status_code == 200
        data["load"] = "values"
        assert client_user.post(NEW, data).status_code == 200


class TestOwnCompanyEdit:
    def test_the_owner_edits(self, client_user, own):
        url = reverse("catalog:own_company_edit", args=[own.slug])
        assert "도전정신" in client_user.get(url).content.decode()
        prompt = own.essay_prompts.get()
        data = form_data(
            **management(prompts=1),
            **{
                "prompts-0-id": str(prompt.pk),
                "prompts-0-text": "고친 문항",
                "prompts-0-limit": "900",
                "prompts-0-count_rule": "chars",
                "prompts-0-line_break_weight": "1",
            },
        )
        assert client_user.post(url, data).status_code == 302
        prompt.refresh_from_db()
        assert (prompt.text, prompt.limit) == ("고친 문항", 900)
        assert not own.core_values.exists()  # the emptied rows are gone

    def test_a_stranger_gets_404(self, client_stranger, own):
        url = reverse("catalog:own_company_edit", args=[own.slug])
        assert client_stranger.get(url).status_code == 404
        assert client_stranger.post(url, form_data(name="빼앗기")).status_code == 404
        own.refresh_from_db()
        assert own.name == "가람도시공사"

    def test_a_curated_company_is_not_editable_here(self, client_user):
        curated = CompanyFactory(slug="curated")
        url = reverse("catalog:own_company_edit", args=[curated.slug])
        assert client_user.get(url).status_code == 404


class TestOwnCompanyDelete:
    def test_get_confirms_and_post_deletes(self, client_user, own):
        url = reverse("catalog:own_company_delete", args=[own.slug])
        assert "되돌릴 수 없습니다" in client_user.get(url).content.decode()
        assert client_user.post(url).status_code == 302
        assert not Company.objects.filter(pk=own.pk).exists()

    def test_a_stranger_gets_404_and_nothing_goes(self, client_stranger, own):
        url = reverse("catalog:own_company_delete", args=[own.slug])
        assert client_stranger.post(url).status_code == 404
        assert Company.objects.filter(pk=own.pk).exists()


class TestOwnCompanyMove:
    def test_without_a_curated_twin_it_says_so(self, client_user, own):
        url = reverse("catalog:own_company_move", args=[own.slug])
        response = client_user.get(url, follow=True)
        assert "카탈로그에 같은 기업이 아직 없습니다" in response.content.decode()

    def test_the_page_offers_the_move_and_post_moves(self, client_user, user, own):
        draft = DraftFactory(user=user, prompt=own.essay_prompts.get(), company=own)
        curated = CompanyFactory(name="가람도시공사", slug="garam-city")
        page = client_user.get(own.get_absolute_url()).content.decode()
        assert reverse("catalog:own_company_move", args=[own.slug]) in page
        url = reverse("catalog:own_company_move", args=[own.slug])
        assert "옮기기" in client_user.get(url).content.decode()
        response = client_user.post(url)
        assert response["Location"] == curated.get_absolute_url()
        draft.refresh_from_db()
        assert draft.company == curated

    def test_a_stranger_gets_404(self, client_stranger, own):
        CompanyFactory(name="가람도시공사", slug="garam-city")
        url = reverse("catalog:own_company_move", args=[own.slug])
        assert client_stranger.post(url).status_code == 404


class TestOwnCompanyPage:
    def test_the_owner_sees_what_they_entered_marked_as_theirs(self, client_user, own):
        response = client_user.get(own.get_absolute_url())
        content = response.content.decode()
        assert response.status_code == 200
        assert "내가 입력한 지원처" in content
        assert "도전정신" in content and "협력인" in content and "모두의 도시" in content
        assert reverse("practice:draft_start", args=[own.essay_prompts.get().pk]) in content
        assert "private" in response["Cache-Control"]

    def test_a_stranger_and_an_anonymous_visitor_get_404(self, client, client_stranger, own):
        assert client_stranger.get(own.get_absolute_url()).status_code == 404
        assert client.get(own.get_absolute_url()).status_code == 404
        section = reverse("catalog:company_section", args=[own.slug, "essays"])
        assert client_stranger.get(section).status_code == 404

    def test_the_cached_sections_never_reach_a_stranger(self, client_user, client_stranger, own):
        client_user.get(own.get_absolute_url())  # rendered and cached for the owner
        assert client_stranger.get(own.get_absolute_url()).status_code == 404

    def test_the_owner_may_mark_it_as_a_target(self, client_user, user, own):
        response = client_user.post(reverse("catalog:target_toggle", args=[own.slug]))
        assert response.status_code == 302
        assert user.targets.filter(company=own).exists()

    def test_a_stranger_cannot_mark_it(self, client_stranger, own):
        response = client_stranger.post(reverse("catalog:target_toggle", args=[own.slug]))
        assert response.status_code == 404

    def test_the_directory_and_home_link_to_adding_one(self, client_user, own):
        for url in (reverse("catalog:company_list"), reverse("home")):
            content = client_user.get(url).content.decode()
            assert NEW in content, url
            assert own.get_absolute_url() in content, url
