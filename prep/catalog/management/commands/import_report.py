"""`manage.py import_report PATH [PATH ...] [--dry-run] [--encoding ENC] [--replace-curated]`"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from prep.catalog.importers import Policy, ReportError, decode_report, import_report


class Command(BaseCommand):
    help = (
        "기업 분석 리포트와 적극행정 사례 목록을 카탈로그로 가져옵니다. 문서마다 한 트랜잭션이며, "
        "같은 문서를 다시 가져오면 아무것도 바뀌지 않습니다."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="가져올 문서 파일")
        parser.add_argument(
            "--dry-run", action="store_true", help="저장하지 않고 무엇이 바뀔지만 보여 줍니다."
        )
        parser.add_argument(
            "--replace-curated",
            action="store_true",
            help=(
                "관리자가 고쳐 쓴 글(과 데모의 글)을 리포트의 글로 바꿉니다. "
                "지정하지 않으면 고쳐 쓴 글은 그대로 두고 숫자와 날짜만 맞춥니다."
            ),
        )
        parser.add_argument(
            "--encoding",
            help=(
                "문서 인코딩 (예: utf-8, cp949, euc-kr). "
                "지정하지 않으면 UTF-8, CP949 순으로 읽습니다."
            ),
        )

    def handle(self, *args, paths: list[str], dry_run: bool, encoding: str | None, **options):
        policy = Policy.REPLACE if options["replace_curated"] else Policy.KEEP
        failures = 0
        for path in paths:
            # Each document is its own transaction: one bad file does not stop the others.
            try:
                data = Path(path).read_bytes()
            except OSError as error:
                self.stderr.write(f"{path}:0: 파일을 읽을 수 없습니다 ({error.strerror}).")
                failures += 1
                continue
            try:
                text = decode_report(data, encoding)
                summary = import_report(
                    text=text, source_name=Path(path).name, dry_run=dry_run, policy=policy
                )
            except ReportError as error:
                self.stderr.write(f"{path}:{error.line_no}: {error.reason}")
                failures += 1
                continue
            title = f"{path} → {summary.company_name}"
            if dry_run:
                title += " (시험 실행: 저장하지 않음)"
            self.stdout.write(self.style.SUCCESS(title))
            self.stdout.write(summary.as_table())
            for warning in summary.warnings:
                self.stdout.write(self.style.WARNING(f"  주의: {warning}"))
            self.stdout.write("")
        if failures:
            raise CommandError(f"문서 {len(paths)}개 중 {failures}개를 가져오지 못했습니다.")
