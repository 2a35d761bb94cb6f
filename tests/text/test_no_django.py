"""hiwar/text is pure Python: none of its modules imports Django, Wagtail or another hiwar app."""

import ast
from pathlib import Path

import hiwar.text

TEXT_DIR = Path(hiwar.text.__file__).parent
FORBIDDEN = ("django", "wagtail", "modelcluster", "taggit")


def imported_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def is_allowed(name: str) -> bool:
    top = name.split(".")[0]
    if top in FORBIDDEN:
        return False
    return top != "hiwar" or name == "hiwar.text" or name.startswith("hiwar.text.")


def test_text_modules_import_no_django():
    modules = sorted(TEXT_DIR.glob("*.py"))
    assert len(modules) >= 10
    offending = {path.name: sorted(n for n in imported_names(path) if not is_allowed(n)) for path in modules}
    assert {name: found for name, found in offending.items() if found} == {}


def test_the_check_catches_a_django_import():
    assert not is_allowed("django.conf") and not is_allowed("hiwar.core.languages")
    assert is_allowed("hiwar.text.normalize") and is_allowed("re")
