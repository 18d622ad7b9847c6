import pytest

from prep.catalog.demo import load_catalog_demo
from prep.catalog.demo.alio import SOURCE, load_demo_figures
from prep.catalog.models import Company, CompanyFigure

pytestmark = pytest.mark.django_db


def test_the_demo_institution_gets_illustrative_figures_labelled_as_such(client):
    load_catalog_demo()
    ssis = Company.objects.get(name="한국사회보장정보원")
    assert ssis.ministry == "보건복지부"
    assert ssis.figures.count() == 40
    assert set(ssis.figures.values_list("source_file", flat=True)) == {SOURCE}
    assert "실제 공시 아님" in SOURCE
    text = client.get(ssis.get_absolute_url()).text
    assert "출처: 프렙 데모용 예시 수치 (실제 공시 아님)" in text


def test_loading_the_demo_again_changes_no_figure():
    load_catalog_demo()
    before = list(CompanyFigure.objects.values_list("pk", "value", "as_of"))
    summary = load_demo_figures()
    assert summary.changed == 0
    assert summary.unmatched == {}
    assert list(CompanyFigure.objects.values_list("pk", "value", "as_of")) == before
