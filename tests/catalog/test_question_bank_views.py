"""The question bank's page: filters, search, paging, and what a candidate reads in it."""

import pytest
from django.db.models import Q
from django.urls import reverse

from prep.catalog.models import Competency
from tests.factories import (
    CompanyFactory,
    CompetencyFactory,
    EssayPromptFactory,
    InterviewQuestionFactory,
    SeasonFactory,
)

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}

# The most queries the question bank may cost, whatever the number of items it shows.
LIST_PAGE_QUERIES = 12


class TestQuestionBank:
    url = reverse("catalog:question_bank")

    def test_it_lists_published_questions_of_published_companies_and_general_ones(self, client):
        InterviewQuestionFactory(text="공개 기업 질문")
        InterviewQuestionFactory(company=None, text="공통 질문입니다")
        InterviewQuestionFactory(text="비공개 질문", published=False)
        InterviewQuestionFactory(
            company=CompanyFactory(slug="hidden", published=False), text="비공개 기업 질문"
        )
        text = client.get(self.url).text
        assert "공개 기업 질문" in text
        assert "공통 질문입니다" in text
        assert "비공개 질문" not in text
        assert "비공개 기업 질문" not in text

    def test_korean_substring_search(self, client):
        InterviewQuestionFactory(text="갈등해결 경험이 있으면 말해 주세요.")
        InterviewQuestionFactory(text="지원 동기를 말해 주세요.")
        response = client.get(self.url, {"q": "갈등"})
        texts = [q.text for q in response.context_data["items"]]
        assert texts == ["갈등해결 경험이 있으면 말해 주세요."]

    def test_long_korean_substring_search(self, client):
        InterviewQuestionFactory(text="갈등해결 경험이 있으면 말해 주세요.")
        InterviewQuestionFactory(text="지원 동기를 말해 주세요.")
        response = client.get(self.url, {"q": "해결 경험"})
        assert [q.text for q in response.context_data["items"]] == [
            "갈등해결 경험이 있으면 말해 주세요."
        ]

    def test_it_shows_essay_prompts_on_their_tab(self, client):
        EssayPromptFactory(text="입사 후 포부를 쓰세요", limit=800)
        EssayPromptFactory(text="비공개 문항", published=False)
        response = client.get(self.url, {"show": "prompts"})
        assert [p.text for p in response.context_data["items"]] == ["입사 후 포부를 쓰세요"]
        assert "800 · 글자 수 (공백 포함)" in response.text
        assert response.context_data["counts"]["prompts"].number == 1
        assert response.context_data["counts"]["questions"].number == 0

    def test_company_filter(self, client):
        ssis = CompanyFactory(name="한국사회보장정보원", slug="한국사회보장정보원")
        InterviewQuestionFactory(company=ssis, text="사보원 질문")
        InterviewQuestionFactory(text="다른 기관 질문")
        response = client.get(self.url, {"company": "한국사회보장정보원"})
        assert [q.text for q in response.context_data["items"]] == ["사보원 질문"]

    def test_type_filter(self, client):
        InterviewQuestionFactory(question_type="job", text="직무 질문")
        InterviewQuestionFactory(question_type="personality", text="인성 질문")
        response = client.get(self.url, {"type": "job"})
        assert [q.text for q in response.context_data["items"]] == ["직무 질문"]

    def test_competency_filter_by_ncs_area_includes_its_sub_skills(self, client):
        area = CompetencyFactory(name="대인관계능력", kind="ncs_area")
        skill = CompetencyFactory(name="갈등관리능력", kind="ncs_skill", parent=area)
        mapped = CompetencyFactory(name="팀워크/협업", kind="company", ncs_area=area)
        other = CompetencyFactory(name="수리능력", kind="ncs_area")
        for competency, text in [
            (skill, "하위능력 질문"),
            (mapped, "기업역량 질문"),
            (other, "수리 질문"),
        ]:
            InterviewQuestionFactory(text=text).competencies.add(competency)
        response = client.get(self.url, {"competency": area.pk})
        assert {q.text for q in response.context_data["items"]} == {
            "하위능력 질문",
            "기업역량 질문",
        }

    def test_competency_filter_by_sub_skill_is_exact(self, client):
        area = CompetencyFactory(name="대인관계능력", kind="ncs_area")
        skill = CompetencyFactory(name="갈등관리능력", kind="ncs_skill", parent=area)
        InterviewQuestionFactory(text="하위능력 질문").competencies.add(skill)
        InterviewQuestionFactory(text="영역 질문").competencies.add(area)
        response = client.get(self.url, {"competency": skill.pk})
        assert [q.text for q in response.context_data["items"]] == ["하위능력 질문"]

    def test_search_and_competency_filter_together(self, client):
        area = CompetencyFactory(name="대인관계능력", kind="ncs_area")
        skill = CompetencyFactory(name="갈등관리능력", kind="ncs_skill", parent=area)
        InterviewQuestionFactory(text="갈등 사례를 말해 주세요").competencies.add(skill)
        InterviewQuestionFactory(text="갈등 없는 조직은?")
        InterviewQuestionFactory(text="협업 사례를 말해 주세요").competencies.add(skill)
        EssayPromptFactory(text="갈등을 해결한 경험").competencies.add(area)
        response = client.get(self.url, {"competency": area.pk, "q": "갈등"})
        assert [q.text for q in response.context_data["items"]] == ["갈등 사례를 말해 주세요"]
        assert response.context_data["counts"]["prompts"].number == 1

    def test_a_question_with_two_matching_competencies_appears_once(self, client):
        area = CompetencyFactory(name="대인관계능력", kind="ncs_area")
        skill = CompetencyFactory(name="갈등관리능력", kind="ncs_skill", parent=area)
        InterviewQuestionFactory(text="두 역량 질문").competencies.add(area, skill)
        response = client.get(self.url, {"competency": area.pk})
        assert response.context_data["counts"]["questions"].number == 1

    def test_an_area_filter_finds_a_competency_mapped_onto_it_at_once(self, client):
        area = CompetencyFactory(name="대인관계능력", kind="ncs_area")
        client.get(self.url, {"competency": area.pk})  # caches which competencies it covers
        mapped = CompetencyFactory(name="팀워크/협업", kind="company", ncs_area=area)
        InterviewQuestionFactory(text="기업역량 질문").competencies.add(mapped)
        response = client.get(self.url, {"competency": area.pk})
        assert [q.text for q in response.context_data["items"]] == ["기업역량 질문"]

    def test_an_area_covers_its_sub_skills_and_mapped_competencies_and_nothing_else(self, db):
        area = CompetencyFactory(name="대인관계능력", kind="ncs_area")
        skill = CompetencyFactory(name="갈등관리능력", kind="ncs_skill", parent=area)
        mapped = CompetencyFactory(name="팀워크/협업", kind="company", ncs_area=area)
        alone = CompetencyFactory(name="직무전문성", kind="company")
        coverage = Competency.taxonomy().covered
        for competency in Competency.objects.all():
            expected = {competency.pk}
            if competency.kind == "ncs_area":
                expected |= set(
                    Competency.objects.filter(
                        Q(parent=competency) | Q(ncs_area=competency)
                    ).values_list("pk", flat=True)
                )
            assert set(coverage[competency.pk]) == expected
            assert coverage[competency.pk][0] == competency.pk
        assert {area.pk, skill.pk, mapped.pk} <= set(coverage[area.pk])
        assert coverage[alone.pk] == [alone.pk]

    def test_each_item_shows_its_competencies_in_taxonomy_order(self, client):
        area = CompetencyFactory(name="대인관계능력", kind="ncs_area")
        skill = CompetencyFactory(name="갈등관리능력", kind="ncs_skill", parent=area)
        mapped = CompetencyFactory(name="팀워크/협업", kind="company", ncs_area=area)
        InterviewQuestionFactory(text="세 역량 질문").competencies.add(skill, mapped, area)
        InterviewQuestionFactory(text="역량 없는 질문")
        response = client.get(self.url)
        names = {q.text: q.competency_names for q in response.context_data["items"]}
        assert names == {
            "세 역량 질문": ["팀워크/협업", "대인관계능력", "갈등관리능력"],
            "역량 없는 질문": [],
        }
        assert '<span class="badge">갈등관리능력</span>' in response.text

    def test_a_competency_added_without_the_admin_is_named_at_once(self, client):
        client.get(self.url)  # caches the taxonomy
        (added,) = Competency.objects.bulk_create([Competency(name="새 역량", kind="company")])
        InterviewQuestionFactory(text="새 역량 질문").competencies.add(added)
        response = client.get(self.url, {"competency": added.pk})
        assert [q.competency_names for q in response.context_data["items"]] == [["새 역량"]]

    def test_season_filter(self, client):
        first = SeasonFactory(year=2023, half="first")
        second = SeasonFactory(year=2024, half="second")
        InterviewQuestionFactory(season=first, text="2023 상반기 질문")
        InterviewQuestionFactory(season=second, text="2024 하반기 질문")
        response = client.get(self.url, {"season": second.pk})
        assert [q.text for q in response.context_data["items"]] == ["2024 하반기 질문"]

    def test_job_family_filter_applies_to_prompts(self, client):
        EssayPromptFactory(job_family="it", text="전산 문항")
        EssayPromptFactory(job_family="admin", text="사무 문항")
        response = client.get(self.url, {"job_family": "it", "show": "prompts"})
        assert [p.text for p in response.context_data["items"]] == ["전산 문항"]

    def test_invalid_filter_is_reported_and_others_still_apply(self, client):
        InterviewQuestionFactory(text="갈등 질문")
        response = client.get(self.url, {"company": "no-such-company", "q": "갈등"})
        assert response.status_code == 200
        assert response.context_data["form"].errors["company"]
        assert [q.text for q in response.context_data["items"]] == ["갈등 질문"]

    def test_empty_state(self, client):
        InterviewQuestionFactory(text="지원 동기를 말해 주세요.")
        response = client.get(self.url, {"q": "없는말"})
        assert "조건에 맞는 면접 질문이 없습니다." in response.text
        assert "조건 모두 지우기" in response.text

    def test_it_paginates(self, client):
        InterviewQuestionFactory.create_batch(25)
        first = client.get(self.url)
        assert len(first.context_data["items"]) == 20
        second = client.get(self.url, {"page": 2})
        assert len(second.context_data["items"]) == 5

    def test_htmx_request_gets_only_the_results_fragment(self, client):
        InterviewQuestionFactory(text="갈등해결 경험이 있으면 말해 주세요.")
        response = client.get(self.url, {"q": "갈등"}, headers=HTMX)
        assert response.template_name == "catalog/question_bank.html#question-results"
        assert response.text.lstrip().startswith('<section id="question-results"')
        assert "갈등해결 경험" in response.text

    def test_plain_request_has_a_form_that_works_without_javascript(self, client):
        response = client.get(self.url)
        assert 'method="get"' in response.text
        assert 'action="/questions/"' in response.text

    @pytest.mark.parametrize("items", [1, 30])
    def test_query_count_is_constant(self, client_user, django_assert_max_num_queries, items):
        competency = CompetencyFactory(name="문제해결능력", kind="ncs_area")
        for i in range(items):
            InterviewQuestionFactory(text=f"갈등 질문 {i}").competencies.add(competency)
            EssayPromptFactory(text=f"갈등 문항 {i}").competencies.add(competency)
        for params in [{}, {"q": "갈등", "competency": competency.pk, "show": "prompts"}]:
            with django_assert_max_num_queries(LIST_PAGE_QUERIES):
                response = client_user.get(self.url, params)
            assert response.status_code == 200


class TestQuestionBankFilterOptions:
    def test_the_chosen_filters_stay_selected_and_names_are_escaped(self, client, db):
        from tests.factories import CompanyFactory

        CompanyFactory(name="<b>꺾쇠기관</b>", slug="angle")
        chosen = CompanyFactory(name="선택기관", slug="chosen")
        content = client.get(
            "/questions/", {"company": chosen.slug, "type": "job"}
        ).content.decode()
        assert '<option value="chosen" selected>선택기관</option>' in content
        assert '<option value="job" selected>' in content
        assert "&lt;b&gt;꺾쇠기관&lt;/b&gt;" in content

    def test_a_company_added_in_the_admin_appears_in_the_filter_at_once(self, client, db):
        from tests.factories import CompanyFactory

        client.get("/questions/")  # caches the options
        CompanyFactory(name="새로공개기관", slug="fresh")
        assert (
            '<option value="fresh">새로공개기관</option>'
            in client.get("/questions/").content.decode()
        )

    def test_an_invalid_choice_is_marked_on_its_select_by_djangos_rendering(self, client, db):
        content = client.get("/questions/", {"company": "no-such"}).content.decode()

        select = content[content.index('<select name="company"') :].split(">", 1)[0]
        assert 'aria-invalid="true"' in select
        assert 'aria-describedby="id_company_error"' in select
        assert '<ul class="errorlist" id="id_company_error">' in content

    def test_a_value_not_in_the_list_says_the_filter_was_dropped_without_echoing_it(
        self, client, db
    ):
        response = client.get("/questions/", {"type": "zzz", "competency": "-1"})
        content = response.content.decode()
        assert response.status_code == 200
        assert content.count("목록에 없는 값이라 이 조건은 빼고 찾았습니다.") == 2
        assert "선택가능항목" not in content

    def test_the_rendered_selects_follow_the_chosen_values_from_the_cache(self, client, db):
        from tests.factories import CompanyFactory

        CompanyFactory(name="첫째기관", slug="first")
        CompanyFactory(name="둘째기관", slug="second")
        client.get("/questions/", {"company": "first"})

        content = client.get("/questions/", {"company": "second"}).content.decode()

        assert '<option value="second" selected>둘째기관</option>' in content
        assert '<option value="first">첫째기관</option>' in content


class TestWhatACandidateReads:
    def test_a_byte_limit_is_labelled_without_nested_brackets(self):
        prompt = EssayPromptFactory(limit=1500, count_rule="bytes_cp949")
        assert prompt.limit_label == "1,500 · 바이트 (한글 2바이트, CP949)"

    def test_seasons_run_newest_first_in_the_question_bank_filter(self, client):
        for year, half in [(2024, "first"), (2025, "first"), (2024, "second")]:
            InterviewQuestionFactory(season=SeasonFactory(year=year, half=half))
        content = client.get(reverse("catalog:question_bank")).content.decode()
        positions = [
            content.index(f">{label}</option>")
            for label in ("2025 상반기", "2024 하반기", "2024 상반기")
        ]
        assert positions == sorted(positions)
