import json
from datetime import datetime
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command

from prep.catalog.importers.postings import (
    PostingFileError,
    import_postings,
    procedure_steps,
)
from prep.catalog.models import Company, HiringType
from prep.catalog.models.postings import Posting, Region
from tests.factories import CompanyFactory

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).parent / "postings"
SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture
def institution():
    return CompanyFactory(name="한국가상정보원", slug="virtual-info", aliases="KVII\n가상정보원")


def sample(name: str = "jobalio_sample.json") -> bytes:
    return (SAMPLES / name).read_bytes()


def item(**fields) -> dict:
    base = {
        "recrutPblntSn": 9001,
        "instNm": "한국가상정보원",
        "recrutPbancTtl": "공고",
        "pbancBgngYmd": "20261201",
        "pbancEndYmd": "20261215",
    }
    return {**base, **fields}


def document(*items) -> bytes:
    return json.dumps({"result": list(items)}, ensure_ascii=False).encode()


class TestImportPostings:
    def test_it_creates_each_posting_with_its_fields(self, institution):
        summary = import_postings(data=sample(), source_name="jobalio_sample.json")

        assert len(summary.created) == 2
        posting = Posting.objects.get(source_id="281001")
        assert posting.company == institution
        assert posting.title == "2026년 하반기 한국가상정보원 신입직원 공개채용"
        assert posting.opens_at == datetime(2026, 12, 1, 0, 0, tzinfo=SEOUL)
        assert posting.closes_at == datetime(2026, 12, 15, 23, 59, tzinfo=SEOUL)
        assert sorted(t.name for t in posting.hiring_types.all()) == ["무기계약직", "정규직"]
        assert sorted((r.name, r.code) for r in posting.regions.all()) == [
            ("서울", "R3010"),
            ("세종", "R3017"),
        ]
        assert posting.recruit_kind == "new"
        assert posting.openings == 12
        assert posting.ncs_classifications == ["경영.회계.사무", "정보통신"]
        assert posting.eligibility.startswith("연령, 학력 제한 없음\n")
        assert posting.source_url == "https://job.alio.go.kr/recruitview.do?idx=281001"
        assert [(s.kind, s.name) for s in posting.steps.all()] == [
            ("document_result", "서류전형"),
            ("written", "필기전형"),
            ("interview", "면접전형"),
            ("final_result", "최종합격"),
        ]
        assert posting.published is False
        assert str(posting.season) == "2026 하반기"

    def test_it_matches_a_company_by_alias_ignoring_spaces(self, institution):
        import_postings(data=sample(), source_name="s.json")

        intern = Posting.objects.get(source_id="281002")
        assert intern.company == institution
        assert intern.recruit_kind == "both"
        assert intern.openings == 30
        assert intern.replacement is True

    def test_importing_the_same_file_twice_creates_each_posting_once(self, institution):
        import_postings(data=sample(), source_name="s.json")
        again = import_postings(data=sample(), source_name="s.json")

        assert Posting.objects.count() == 2
        assert again.created == [] and again.updated == []
        assert len(again.unchanged) == 2
        assert HiringType.objects.filter(name="정규직").count() == 1
        assert Region.objects.filter(name="서울").count() == 1

    def test_a_changed_posting_is_updated_in_place(self, institution):
        import_postings(data=document(item(recrutPbancTtl="옛 제목")), source_name="a.json")
        summary = import_postings(
            data=document(item(recrutPbancTtl="새 제목", pbancEndYmd="20261220")),
            source_name="a.json",
        )

        assert len(summary.updated) == 1
        posting = Posting.objects.get()
        assert posting.title == "새 제목"
        assert posting.deadline.isoformat() == "2026-12-20"

    def test_unmatched_institutions_are_listed_and_not_created(self, institution):
        summary = import_postings(data=sample(), source_name="s.json")

        assert summary.unmatched == {"없는공단": [3]}
        assert not Company.objects.filter(name="없는공단").exists()
        assert not Posting.objects.filter(source_id="281003").exists()

    def test_unmatched_institutions_are_created_unpublished_when_asked(self, institution):
        summary = import_postings(data=sample(), source_name="s.json", create_companies=True)

        company = Company.objects.get(name="없는공단")
        assert company.published is False
        assert summary.companies_created == ["없는공단"]
        assert Posting.objects.get(source_id="281003").recruit_kind == "experienced"

    def test_a_malformed_item_is_reported_by_index_and_nothing_is_written(self, institution):
        with pytest.raises(PostingFileError) as raised:
            import_postings(data=sample("jobalio_malformed.json"), source_name="bad.json")

        errors = raised.value.errors
        assert errors[0].startswith("bad.json:item 2: ")
        assert "2026-13-01" in errors[0] or "202613" in errors[0]
        assert errors[1].startswith("bad.json:item 3: ") and "recrutPblntSn" in errors[1]
        assert errors[2].startswith("bad.json:item 4: ") and "recrutNope" in errors[2]
        assert len(errors) == 3
        assert not Posting.objects.exists()

    def test_a_dry_run_reports_and_writes_nothing(self, institution):
        summary = import_postings(data=sample(), source_name="s.json", dry_run=True)

        assert len(summary.created) == 2 and summary.dry_run
        assert not Posting.objects.exists()
        assert not HiringType.objects.exists()

    @pytest.mark.parametrize(
        ("data", "reason"),
        [
            (b"not json", "JSON"),
            (b"[1, 2]", "result"),
            (b'{"result": {"a": 1}}', "result"),
            ("\ufeff{".encode(), "JSON"),
            (b"\xff\xfe", "JSON"),
        ],
    )
    def test_a_file_that_is_not_a_result_list_is_refused(self, data, reason):
        with pytest.raises(PostingFileError) as raised:
            import_postings(data=data, source_name="x.json")
        assert raised.value.errors[0].startswith("x.json: ")
        assert reason in raised.value.errors[0]

    @pytest.mark.parametrize(
        ("fields", "words"),
        [
            ({"pbancEndYmd": "20261101"}, "마감일"),
            ({"instNm": ""}, "instNm"),
            ({"recrutPbancTtl": None}, "recrutPbancTtl"),
            ({"srcUrl": "javascript:alert(1)"}, "srcUrl"),
            ({"recrutNope": "-3"}, "recrutNope"),
            ({"instNm": {"name": "x"}}, "instNm"),
        ],
    )
    def test_each_bad_field_gets_a_clear_reason(self, institution, fields, words):
        with pytest.raises(PostingFileError) as raised:
            import_postings(data=document(item(**fields)), source_name="f.json")
        assert raised.value.errors[0].startswith("f.json:item 1: ")
        assert words in raised.value.errors[0]

    def test_a_posting_id_twice_in_one_file_is_an_error(self, institution):
        with pytest.raises(PostingFileError) as raised:
            import_postings(data=document(item(), item()), source_name="d.json")
        assert raised.value.errors == ["d.json:item 2: 공고 번호 9001가 item 1과 겹칩니다."]

    def test_a_file_with_a_byte_order_mark_is_read(self, institution):
        import_postings(data="\ufeff".encode() + document(item()), source_name="bom.json")
        assert Posting.objects.count() == 1

    def test_code_lists_may_also_arrive_as_json_lists(self, institution):
        import_postings(
            data=document(item(hireTypeNmLst=["정규직"], workRgnNmLst=["대전", "세종"])),
            source_name="l.json",
        )
        posting = Posting.objects.get()
        assert [t.name for t in posting.hiring_types.all()] == ["정규직"]
        assert sorted(r.name for r in posting.regions.all()) == ["대전", "세종"]

    def test_a_later_import_keeps_the_curated_steps(self, institution):
        import_postings(data=sample(), source_name="s.json")
        posting = Posting.objects.get(source_id="281001")
        posting.steps.filter(kind="interview").update(name="2차 면접")
        import_postings(data=sample(), source_name="s.json")
        assert posting.steps.filter(name="2차 면접").exists()
        assert posting.steps.count() == 4


class TestProcedureSteps:
    def test_arrow_lists_become_steps(self):
        assert procedure_steps("서류 > 인성검사 > 면접") == [
            ("document_result", "서류"),
            ("written", "인성검사"),
            ("interview", "면접"),
        ]

    def test_prose_without_steps_gives_none(self):
        assert procedure_steps("자세한 내용은 공고문을 참고하세요.") == []


class TestImportPostingsCommand:
    def test_it_imports_a_file_and_lists_unmatched_institutions(self, institution):
        out = StringIO()
        call_command("import_postings", str(SAMPLES / "jobalio_sample.json"), stdout=out)
        assert "새 공고 2" in out.getvalue()
        assert "없는공단" in out.getvalue()
        assert Posting.objects.count() == 2

    def test_a_malformed_file_fails_with_its_errors(self, institution):
        err = StringIO()
        with pytest.raises(CommandError):
            call_command("import_postings", str(SAMPLES / "jobalio_malformed.json"), stderr=err)
        assert "jobalio_malformed.json:item 2:" in err.getvalue()
        assert not Posting.objects.exists()

    def test_one_bad_file_does_not_stop_the_next(self, institution):
        err = StringIO()
        with pytest.raises(CommandError):
            call_command(
                "import_postings",
                str(SAMPLES / "jobalio_malformed.json"),
                str(SAMPLES / "jobalio_sample.json"),
                "--publish",
                stderr=err,
                stdout=StringIO(),
            )
        assert Posting.objects.published().count() == 2

    def test_a_dry_run_writes_nothing(self, institution):
        out = StringIO()
        call_command(
            "import_postings", str(SAMPLES / "jobalio_sample.json"), "--dry-run", stdout=out
        )
        assert "시험 실행" in out.getvalue()
        assert not Posting.objects.exists()
