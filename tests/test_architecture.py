"""The one-way arrows of docs/architecture.md, checked on the source: an import that runs the
wrong way fails here, wherever in a module it is written (top level or inside a function)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    """Every absolute module name `path` imports."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def imports_into(package: str, forbidden: tuple[str, ...]) -> list[str]:
    """'file: module' for each import under `package` of a module in (or below) `forbidden`."""
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for module in sorted(imported_modules(path)):
            if any(module == name or module.startswith(name + ".") for name in forbidden):
                found.append(f"{path.relative_to(ROOT)}: {module}")
    return found


def test_the_checker_sees_imports_inside_functions_and_plain_imports(tmp_path):
    module = tmp_path / "mod.py"
    module.write_text(
        "import prep.coach\n\ndef f():\n    from prep.practice.models import Draft\n",
        encoding="utf-8",
    )
    assert imported_modules(module) == {"prep.coach", "prep.practice.models"}


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("accounts", ("prep",)),
        ("prep/catalog", ("prep.practice", "prep.applications")),
        ("prep/coach", ("django",)),
        # Interviews build on drafts (follow-ups from a draft, the spelling check); drafts never
        # reach back, not even through prep.practice.models, which re-exports interviews too.
        (
            "prep/practice/drafts",
            ("prep.practice.interviews", "prep.practice.models", "prep.practice.export"),
        ),
    ],
)
def test_imports_run_one_way(package, forbidden):
    assert (ROOT / package).is_dir()
    assert imports_into(package, forbidden) == []
