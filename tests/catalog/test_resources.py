import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from import_export.formats import base_formats

from prep.catalog.models import EssayPrompt, InterviewQuestion, SampleAnswer, Season
from prep.catalog.resources import (
    EssayPromptResource,
    InterviewQuestionResource,
    SampleAnswerResource,
)
from tests.factories import (
    CompanyFactory,
    CompetencyFactory,
    EssayPromptFactory,
    SampleAnswerFactory,
    SeasonFactory,
)

pytestmark = pytest.mark.django_db

PROMPT_HEADER = "company,season,job_family,text,competencies,limit,count_rule,line_break_weight\n"
GOOD_PROMPTS = (
    PROMPT_HEADER + "한국사회보장정보원,2023 하반기,경영/사무,문제를 개선한 경험을 쓰십시오.,"
    '"문제해결능력, 직무전문성","1,000",글자 수 (공백 포함),1\n'
    + "한국사회보장정보원,2024 상반기,it,지원 동기를 쓰십시오.,,600,bytes_cp949,2\n"
)
BAD_PROMPTS = (
    PROMPT_HEADER
    + "한국사회보장정보원,2023 하반기,경영/사무,멀쩡한 문항입니다.,문제해결능력,1000,chars,1\n"
    + "없는기관,2023 하반기,경영/사무,기관이 없는 문항입니다.,,1000,chars,1\n"
    + "한국사회보장정보원,2023 가을,경영/사무,시즌이 틀린 문항입니다.,,1000,chars,1\n"
    + "한국사회보장정보원,2023 하반기,경영/사무,분량이 틀린 문항입니다.,,abc,chars,1\n"
    + "한국사회보장정보원,2023 하반기,경영/사무,역량이 틀린 문항입니다.,없는역량,1000,chars,1\n"
)


def csv_dataset(text: str) -> tablib.Dataset:
    return tablib.Dataset().load(text, format="csv")


@pytest.fixture
def company():
    return CompanyFactory(name="한국사회보장정보원")


@pytest.fixture
def company_competency():
    return CompetencyFactory(name="직무전문성", kind="company")


class TestEssayPromptResource:
    def test_a_good_csv_imports_every_row_with_competencies(self, company, company_competency):
        result = EssayPromptResource().import_data(csv_dataset(GOOD_PROMPTS))

        assert not result.has_errors()
        assert not result.has_validation_errors()
        first = EssayPrompt.objects.get(season__year=2023)
        assert first.company == company
        assert first.season.get_half_display() == "하반기"
        assert first.job_family == "admin"
        assert first.limit == 1000
        assert first.count_rule == "chars"
        assert first.published
        assert sorted(c.name for c in first.competencies.all()) == ["문제해결능력", "직무전문성"]
        assert first.competencies.get(name="문제해결능력").kind == "ncs_area"
        second = EssayPrompt.objects.get(season__year=2024)
        assert (second.job_family, second.count_rule, second.line_break_weight) == (
            "it",
            "bytes_cp949",
            2,
        )
        assert Season.objects.filter(year=2024, half="first").exists()

    def test_importing_the_same_file_twice_adds_nothing(self, company, company_competency):
        EssayPromptResource().import_data(csv_dataset(GOOD_PROMPTS))

        result = EssayPromptResource().import_data(csv_dataset(GOOD_PROMPTS))

        assert EssayPrompt.objects.count() == 2
        assert result.totals["skip"] == 2

    def test_a_changed_limit_updates_the_prompt_in_place(self, company, company_competency):
        EssayPromptResource().import_data(csv_dataset(GOOD_PROMPTS))

        EssayPromptResource().import_data(csv_dataset(GOOD_PROMPTS.replace('"1,000"', "800")))

        assert EssayPrompt.objects.get(season__year=2023).limit == 800
        assert EssayPrompt.objects.count() == 2

    def test_a_file_with_bad_rows_reports_each_row_and_imports_nothing(self, company):
        result = EssayPromptResource().import_data(csv_dataset(BAD_PROMPTS))

        assert result.has_validation_errors()
        errors = {row.number: row.error_dict for row in result.invalid_rows}
        assert set(errors) == {2, 3, 4, 5}
        assert "없는기관" in str(errors[2]["company"])
        assert "2023 가을" in str(errors[3]["season"])
        assert "숫자가 아닙니다" in str(errors[4]["limit"])
        assert "없는역량" in str(errors[5]["competencies"])
        assert not EssayPrompt.objects.exists()

    def test_a_dry_run_writes_nothing(self, company, company_competency):
        result = EssayPromptResource().import_data(csv_dataset(GOOD_PROMPTS), dry_run=True)

        assert result.totals["new"] == 2
        assert not EssayPrompt.objects.exists()

    def test_xlsx_export_imports_back_into_an_empty_bank(self, company, company_competency):
        prompt = EssayPromptFactory(
            company=company,
            season=SeasonFactory(year=2023, half="second"),
            text="직업윤리를 지킨 경험을 쓰십시오.",
            limit=1500,
            count_rule="bytes_cp949",
            line_break_weight=2,
            published=False,
        )
        prompt.competencies.add(company_competency)
        xlsx = EssayPromptResource().export().export("xlsx")
        EssayPrompt.objects.all().delete()

        dataset = base_formats.XLSX().create_dataset(xlsx)
        result = EssayPromptResource().import_data(dataset)

        assert not result.has_errors() and not result.has_validation_errors()
        restored = EssayPrompt.objects.get()
        assert restored.text == "직업윤리를 지킨 경험을 쓰십시오."
        assert (restored.limit, restored.count_rule, restored.line_break_weight) == (
            1500,
            "bytes_cp949",
            2,
        )
        assert not restored.published
        assert [c.name for c in restored.competencies.all()] == ["직무전문성"]

    def test_export_uses_labels_a_person_can_read(self, company):
        EssayPromptFactory(company=company, season=SeasonFactory(year=2023, half="second"))

        row = EssayPromptResource().export().dict[0]

        assert row["company"] == "한국사회보장정보원"
        assert row["season"] == "2023 하반기"
        assert row["job_family"] == "경영/사무"
        assert row["count_rule"] == "글자 수 (공백 포함)"


class TestSampleAnswerResource:
    HEADER = "company,season,job_family,prompt,headline,body,competencies,outcome\n"

    def test_finds_the_prompt_from_company_season_job_family_and_text(self, company):
        prompt = EssayPromptFactory(
            company=company, season=SeasonFactory(year=2023, half="second"), text="문항 A"
        )
        text = (
            self.HEADER
            + "한국사회보장정보원,2023 하반기,경영/사무,문항 A,[소제목],본문,문제해결능력,합격\n"
        )

        result = SampleAnswerResource().import_data(csv_dataset(text))

        assert not result.has_validation_errors()
        answer = SampleAnswer.objects.get()
        assert answer.prompt == prompt
        assert answer.headline == "[소제목]"
        assert answer.outcome == "passed"
        assert not answer.published
        assert [c.name for c in answer.competencies.all()] == ["문제해결능력"]

    def test_an_unknown_prompt_is_a_row_error(self, company):
        text = self.HEADER + "한국사회보장정보원,2023 하반기,경영/사무,없는 문항,,본문,,합격\n"

        result = SampleAnswerResource().import_data(csv_dataset(text))

        assert "문항을 먼저 가져오세요" in str(result.invalid_rows[0].error_dict["prompt"])
        assert not SampleAnswer.objects.exists()

    def test_export_round_trip_through_csv(self, company):
        answer = SampleAnswerFactory(prompt=EssayPromptFactory(company=company))
        exported = SampleAnswerResource().export().export("csv")
        SampleAnswer.objects.all().delete()

        SampleAnswerResource().import_data(csv_dataset(exported))

        restored = SampleAnswer.objects.get()
        assert (restored.prompt, restored.headline, restored.body) == (
            answer.prompt,
            answer.headline,
            answer.body,
        )


class TestInterviewQuestionResource:
    HEADER = "company,season,position,question_type,text,competencies,hint\n"

    def test_imports_general_and_company_questions_by_type_label_or_value(self, company):
        text = (
            self.HEADER
            + ",,,인성,1분 동안 자기소개를 해 주세요.,,강점 하나에 집중합니다.\n"
            + "한국사회보장정보원,2023 상반기,인턴,experience,갈등을 해결한 경험은?,"
            '"대인관계능력, 갈등관리능력",상황은 짧게\n'
        )

        result = InterviewQuestionResource().import_data(csv_dataset(text))

        assert not result.has_validation_errors(), result.invalid_rows
        general = InterviewQuestion.objects.get(company=None)
        assert general.question_type == "personality"
        assert general.season is None
        specific = InterviewQuestion.objects.get(company=company)
        assert specific.question_type == "experience"
        assert specific.competencies.count() == 2

    def test_an_unknown_type_is_a_row_error_naming_the_allowed_labels(self):
        text = self.HEADER + ",,,잡담,질문입니다.,,\n"

        result = InterviewQuestionResource().import_data(csv_dataset(text))

        message = str(result.invalid_rows[0].error_dict["question_type"])
        assert "잡담" in message and "인성" in message
        assert not InterviewQuestion.objects.exists()


class TestEssayPromptAdminImport:
    url = "/admin/catalog/essayprompt/import/"

    def upload(self, client, text: str, *, encoding: str = "utf-8", name: str = "prompts.csv"):
        upload = SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")
        return client.post(self.url, {"import_file": upload, "format": "0", "resource": "0"})

    def test_the_import_page_offers_csv_and_xlsx(self, client_staff):
        response = client_staff.get(self.url)

        assert response.status_code == 200
        choices = dict(response.context["form"].fields["format"].choices)
        assert set(choices.values()) >= {"csv", "xlsx"}

    def test_a_bad_csv_shows_the_row_errors_and_changes_nothing(self, client_staff, company):
        response = self.upload(client_staff, BAD_PROMPTS)

        content = response.content.decode()
        assert response.status_code == 200
        assert "없는기관" in content
        assert "2023 가을" in content
        assert "숫자가 아닙니다" in content
        assert "confirm_form" not in response.context or response.context["confirm_form"] is None
        assert not EssayPrompt.objects.exists()

    def test_a_good_csv_is_previewed_then_imported_on_confirmation(
        self, client_staff, company, company_competency
    ):
        preview = self.upload(client_staff, GOOD_PROMPTS)

        assert not EssayPrompt.objects.exists()
        confirm = preview.context["confirm_form"]
        response = client_staff.post(
            reverse("admin:catalog_essayprompt_process_import"),
            {name: confirm.initial[name] for name in confirm.fields},
        )

        assert response.status_code == 302
        assert EssayPrompt.objects.count() == 2

    def test_a_huge_number_is_a_row_error_in_korean_not_driver_text(self, client_staff, company):
        huge = GOOD_PROMPTS.replace('"1,000"', "99999999999999999999")
        response = self.upload(client_staff, huge)

        content = response.content.decode()
        assert response.status_code == 200
        assert "2,147,483,647 이하여야 합니다." in content
        assert "out of range" not in content
        assert not EssayPrompt.objects.exists()

    def test_a_confirmation_whose_file_is_gone_goes_back_to_the_upload_form(self, client_staff):
        response = client_staff.post(
            reverse("admin:catalog_essayprompt_process_import"),
            {
                "import_file_name": "no-such-upload.csv",
                "original_file_name": "prompts.csv",
                "format": "0",
                "resource": "0",
            },
        )
        assert response.status_code == 302
        assert response["Location"] == self.url
        assert not EssayPrompt.objects.exists()

    def test_a_confirmation_with_a_made_up_format_goes_back_too(self, client_staff):
        response = client_staff.post(
            reverse("admin:catalog_essayprompt_process_import"),
            {"import_file_name": "x.csv", "original_file_name": "x.csv", "format": "9"},
        )
        assert response.status_code == 302

    def test_an_xlsx_file_is_previewed_like_a_csv(self, client_staff, company, company_competency):
        xlsx = csv_dataset(GOOD_PROMPTS).export("xlsx")
        upload = SimpleUploadedFile("prompts.xlsx", xlsx)

        preview = client_staff.post(
            self.url, {"import_file": upload, "format": "1", "resource": "0"}
        )

        assert preview.context["confirm_form"] is not None
        assert preview.context["result"].totals["new"] == 2
        assert not EssayPrompt.objects.exists()

    def test_a_csv_saved_by_korean_excel_in_cp949_is_read(
        self, client_staff, company, company_competency
    ):
        preview = self.upload(client_staff, GOOD_PROMPTS, encoding="cp949")

        assert preview.context["confirm_form"] is not None
        assert "문제를 개선한 경험을 쓰십시오." in preview.content.decode()

    def test_export_csv_opens_in_excel_as_utf8(self, client_staff, company):
        EssayPromptFactory(company=company)

        response = client_staff.post(
            reverse("admin:catalog_essayprompt_export"),
            {
                "format": "0",
                "resource": "0",
                **{
                    f"essaypromptresource_{f}": "on"
                    for f in [
                        "id",
                        "company",
                        "season",
                        "job_family",
                        "text",
                        "competencies",
                        "limit",
                        "count_rule",
                        "line_break_weight",
                        "order",
                        "published",
                        "source",
                    ]
                },
            },
        )

        assert response.status_code == 200
        assert response.content.startswith("\ufeff".encode())
        assert "한국사회보장정보원" in response.content.decode("utf-8-sig")
