"""tablib's XLSX format as the admin declares it (prep.catalog.admin.spreadsheet_formats): what
django-import-export asks of it is answered without openpyxl, and files still read and write."""

import io

import tablib
from import_export.formats import base_formats
from tablib.formats import registry

from prep.catalog.admin.spreadsheet_formats import LazyXLSXFormat


class TestLazyXLSXFormat:
    def test_tablib_knows_xlsx_through_the_declared_format(self):
        assert registry.get_format("xlsx") is LazyXLSXFormat

    def test_import_export_offers_xlsx_for_import_and_export(self):
        xlsx = base_formats.XLSX()
        assert base_formats.XLSX.is_available()
        assert xlsx.can_import() and xlsx.can_export()
        assert (xlsx.get_title(), xlsx.get_extension()) == ("xlsx", "xlsx")

    def test_a_dataset_written_as_xlsx_reads_back(self):
        written = tablib.Dataset(["한국사회보장정보원", "1,000"], headers=["company", "limit"])
        read = tablib.Dataset().load(io.BytesIO(written.export("xlsx")), format="xlsx")
        assert read.headers == ["company", "limit"]
        assert read[0] == ("한국사회보장정보원", "1,000")

    def test_an_xlsx_file_is_recognised_without_naming_its_format(self):
        workbook = tablib.Dataset(["a"], headers=["column"]).export("xlsx")
        assert tablib.Dataset().load(io.BytesIO(workbook))["column"] == ["a"]

    def test_a_book_of_sheets_round_trips(self):
        book = tablib.Databook([tablib.Dataset(["1"], headers=["n"], title="first")])
        read = tablib.Databook().load(book.export("xlsx"), format="xlsx")
        assert [sheet.title for sheet in read.sheets()] == ["first"]
