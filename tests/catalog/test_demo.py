from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command

from prep.catalog.demo import ACRC, CATALOGUE, COMPANIES, NURION, SSIS
from prep.catalog.models import (
    Company,
    Competency,
    CountRule,
    InterviewQuestion,
    NewsKind,
    SampleAnswer,
)

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
INSTITUTIONS = ["한국사회보장정보원", "국민권익위원회"]


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_app_config("catalog").get_models()
    }


@pytest.fixture
def loaded():
    call_command("load_catalog_demo", stdout=StringIO())


class TestLoadCatalogDemo:
    def test_loads_both_institutions_and_a_company_of_another_kind(self, loaded):
        companies = Company.objects.filter(name__in=[data.company.name for data in COMPANIES])

        assert companies.count() == 3
        assert all(company.published for company in companies)
        kinds = {company.name: company.kind for company in companies}
        assert kinds["한국사회보장정보원"] == kinds["국민권익위원회"] == "public"
        assert kinds[NURION.company.name] not in {"public", "public_enterprise"}

    @pytest.mark.parametrize("name", INSTITUTIONS)
    def test_every_section_of_an_institution_is_filled(self, loaded, name):
        company = Company.objects.get(name=name)

        for field_name in [
            "summary",
            "description",
            "founded_year",
            "customers",
            "main_business",
            "related_organisations",
            "vision",
            "mission",
            "source",
            "as_of",
        ]:
            assert getattr(company, field_name), field_name
        assert company.uses_blind_hiring
        assert company.segments.count() >= 3
        assert all(segment.share > 0 and segment.description for segment in company.segments.all())
        survey = company.surveys.get()
        assert survey.scores.count() == 5
        assert survey.quotes.filter(tone="positive").exists()
        assert survey.quotes.filter(tone="negative").exists()
        cases = [item for item in company.news.all() if item.is_case]
        assert len(cases) >= 2
        assert all(item.situation and len(item.efforts) >= 2 and item.effect for item in cases)
        assert company.core_values.count() >= 3
        assert company.talent_traits.count() >= 3
        assert company.hiring_steps.count() >= 4
        years = set(company.hiring_counts.values_list("year", flat=True))
        assert len(years) == 2
        assert all(count.hiring_type.description for count in company.hiring_counts.all())
        prompts = company.essay_prompts.all()
        assert prompts.count() >= 2
        assert prompts.filter(count_rule=CountRule.BYTES_CP949).exists()
        answer = SampleAnswer.objects.get(prompt__company=company)
        assert answer.headline.startswith("[")
        assert answer.competencies.exists()
        review = company.interview_reviews.get()
        assert review.questions.count() == 2
        questions = company.interview_questions.all()
        assert questions.count() >= 6
        assert len(set(questions.values_list("question_type", flat=True))) >= 4
        assert all(question.hint for question in questions)

    def test_the_institution_facts_match_the_report(self, loaded):
        company = Company.objects.get(name="한국사회보장정보원")

        assert [float(s.share) for s in company.segments.all()] == [40.9, 31.2, 17.7, 10.2]
        survey = company.surveys.get()
        assert float(survey.total_score) == 73
        assert {s.category.name: float(s.score) for s in survey.scores.all()} == {
            "조직문화/분위기": 73,
            "연봉/복지": 73,
            "커리어/성장": 70,
            "근무시간/휴가": 80,
            "경영진/비전": 66,
        }
        assert [v.name for v in company.core_values.all()] == [
            "동행과 행복",
            "공정과 신뢰",
            "전문성과 혁신",
            "소통과 협력",
        ]
        assert [s.name for s in company.hiring_steps.all()] == [
            "지원서 접수",
            "온라인 인성검사",
            "서류전형",
            "면접전형",
            "임용",
        ]
        counts_2023 = {
            c.hiring_type.name: float(c.count)
            for c in company.hiring_counts.all()
            if c.year == 2023
        }
        assert counts_2023 == {
            "정규직": 30,
            "무기계약직": 39,
            "채용형 청년인턴": 0,
            "체험형 청년인턴": 21,
        }

    def test_acrc_has_its_four_proactive_cases(self, loaded):
        cases = Company.objects.get(name="국민권익위원회").news.filter(kind=NewsKind.PROACTIVE)

        assert cases.count() == 4

    def test_general_questions_have_hints(self, loaded):
        general = InterviewQuestion.objects.filter(company=None)

        assert general.count() >= 5
        assert all(question.hint for question in general)
        texts = " ".join(general.values_list("text", flat=True))
        for topic in ["자기소개", "지원한 동기", "갈등", "실패", "입사 후"]:
            assert topic in texts

    def test_every_sample_answer_fits_its_prompt_limit(self, loaded):
        for answer in SampleAnswer.objects.select_related("prompt"):
            assert answer.limit_status().used <= answer.prompt.limit, answer.headline

    def test_loading_twice_leaves_row_counts_equal(self, loaded):
        before = row_counts()

        call_command("load_catalog_demo", stdout=StringIO())

        assert row_counts() == before

    def test_loading_keeps_the_address_and_the_unpublishing_of_a_company_that_exists(self):
        Company.objects.create(name="한국사회보장정보원", slug="ssis", published=False)

        call_command("load_catalog_demo", stdout=StringIO())

        company = Company.objects.get(name="한국사회보장정보원")
        assert company.slug == "ssis"
        # One publishing rule for the demo and imports: what exists keeps its `published`.
        assert not company.published
        assert company.summary and company.segments.count() == 4

    def test_an_admins_unpublishing_and_rewording_survive_loading_again(self, loaded):
        question = InterviewQuestion.objects.filter(company=None).first()
        question.published = False
        question.hint = "관리자가 고친 힌트"
        question.save()

        call_command("load_catalog_demo", stdout=StringIO())

        question.refresh_from_db()
        assert (question.published, question.hint) == (False, "관리자가 고친 힌트")

    def test_every_competency_the_demo_names_exists(self, loaded):
        declared = {competency.name for competency in CATALOGUE.competencies}

        assert (
            set(
                Competency.objects.filter(kind=Competency.Kind.COMPANY).values_list(
                    "name", flat=True
                )
            )
            == declared
        )


class TestDemoProseIsOurOwn:
    """Facts may come from the seed documents; sentences may not."""

    @pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds/ is not on this machine")
    def test_no_long_passage_of_the_seeds_is_copied(self):
        seed_text = " ".join(path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt"))
        seed_text = " ".join(seed_text.split())
        prose = []
        for data in [SSIS, ACRC]:
            prose += [data.company.description, data.company.summary]
            prose += [segment.description for segment in data.segments]
            prose += [value.description for value in data.core_values]
            prose += [trait.description for trait in data.talent_traits]
            for item in data.news:
                prose += [item.body, item.situation, item.effect, *item.efforts]
            prose += [answer.body for prompt in data.prompts for answer in prompt.answers]
            prose += [review.evaluation for review in data.reviews]
            prose += [review.tip for review in data.reviews]
        window = 25
        for text in filter(None, prose):
            flat = " ".join(text.split())
            for start in range(0, max(1, len(flat) - window + 1)):
                piece = flat[start : start + window]
                assert len(piece) < window or piece not in seed_text, piece
