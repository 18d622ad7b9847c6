"""`manage.py import_postings FILE [FILE ...] [--dry-run] [--create-companies] [--publish]`"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from prep.catalog.importers.postings import PostingFileError, import_postings


class Command(BaseCommand):
    help = (
        "잡알리오 채용정보 JSON 파일의 공고를 카탈로그로 가져옵니다. 파일마다 한 트랜잭션이며, "
        "공고 번호(recrutPblntSn)로 같은 공고를 찾으므로 다시 가져와도 중복되지 않습니다."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE", help="가져올 JSON 파일")
        parser.add_argument(
            "--dry-run", action="store_true", help="저장하지 않고 무엇이 바뀔지만 보여 줍니다."
        )
        parser.add_argument(
            "--create-companies",
            action="store_true",
            help="카탈로그에 없는 기관을 비공개 기업으로 만듭니다 (기본: 건너뛰고 목록만 보여 줌).",
        )
        parser.add_argument(
            "--publish", action="store_true", help="새로 만든 공고를 바로 공개합니다."
        )

    def handle(self, *args, paths, dry_run, create_companies, publish, **options):
        failures = 0
        for path in paths:
            try:
                data = Path(path).read_bytes()
            except OSError as error:
                self.stderr.write(f"{path}: 파일을 읽을 수 없습니다 ({error.strerror}).")
                failures += 1
                continue
            try:
                summary = import_postings(
                    data=data,
                    source_name=Path(path).name,
                    dry_run=dry_run,
                    create_companies=create_companies,
                    publish=publish,
                )
            except PostingFileError as error:
                for line in error.errors:
                    self.stderr.write(line)
                failures += 1
                continue
            title = f"{path}: 새 공고 {len(summary.created)}, 바뀐 공고 {len(summary.updated)}, "
            title += f"그대로 {len(summary.unchanged)}"
            if dry_run:
                title += " (시험 실행: 저장하지 않음)"
            self.stdout.write(self.style.SUCCESS(title))
            for name in summary.companies_created:
                self.stdout.write(f"  새 기업(비공개): {name}")
            for name, items in summary.unmatched.items():
                numbers = ", ".join(str(number) for number in items)
                self.stdout.write(
                    self.style.WARNING(f"  카탈로그에 없는 기관: {name} (item {numbers}, 건너뜀)")
                )
        if failures:
            raise CommandError(f"파일 {len(paths)}개 중 {failures}개를 가져오지 못했습니다.")
