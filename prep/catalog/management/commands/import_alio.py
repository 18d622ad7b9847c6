"""`manage.py import_alio FILE [FILE ...] [--dry-run] [--create-companies] [--as-of YYYY-MM-DD]`"""

from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from prep.catalog.importers.alio import AlioFileError, import_alio


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--as-of 날짜 '{value}'를 읽을 수 없습니다 (YYYY-MM-DD).") from None


class Command(BaseCommand):
    help = (
        "ALIO 경영공시 항목별 XLSX(임직원수현황, 신규채용현황, 직원평균보수현황·신입사원초임)의 "
        "수치를 기관별·연도별로 가져옵니다. 파일마다 한 트랜잭션이며, 다시 가져와도 중복되지 "
        "않습니다."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE", help="가져올 XLSX 파일")
        parser.add_argument(
            "--dry-run", action="store_true", help="저장하지 않고 무엇이 바뀔지만 보여 줍니다."
        )
        parser.add_argument(
            "--create-companies",
            action="store_true",
            help="카탈로그에 없는 기관을 비공개 기업으로 만듭니다 (기본: 건너뛰고 목록만 보여 줌).",
        )
        parser.add_argument(
            "--as-of", help="수치의 기준일 (YYYY-MM-DD, 기본: 오늘). 공시 기준일을 적습니다."
        )

    def handle(self, *args, paths, dry_run, create_companies, as_of, **options):
        as_of_day = _day(as_of) if as_of else None
        failures = 0
        for path in paths:
            try:
                data = Path(path).read_bytes()
            except OSError as error:
                self.stderr.write(f"{path}: 파일을 읽을 수 없습니다 ({error.strerror}).")
                failures += 1
                continue
            try:
                summary = import_alio(
                    data=data,
                    source_name=Path(path).name,
                    dry_run=dry_run,
                    create_companies=create_companies,
                    as_of=as_of_day,
                )
            except AlioFileError as error:
                for line in error.errors:
                    self.stderr.write(line)
                failures += 1
                continue
            title = f"{path} → 기관 {summary.company_name}"
            if dry_run:
                title += " (시험 실행: 저장하지 않음)"
            self.stdout.write(self.style.SUCCESS(title))
            self.stdout.write(summary.as_table())
            self.stdout.write(f"  빈 칸('-' 포함, 저장하지 않음): {summary.blank_cells}")
            for name in summary.companies_created:
                self.stdout.write(f"  새 기업(비공개): {name}")
            for name, rows in summary.unmatched.items():
                numbers = ", ".join(str(number) for number in rows)
                self.stdout.write(
                    self.style.WARNING(f"  카탈로그에 없는 기관: {name} (row {numbers}, 건너뜀)")
                )
            for warning in summary.warnings:
                self.stdout.write(self.style.WARNING(f"  주의: {warning}"))
        if failures:
            raise CommandError(f"파일 {len(paths)}개 중 {failures}개를 가져오지 못했습니다.")
