"""Each language rule is written once (issue 12): a second copy is how the rules drifted apart.

The source of hiwar/ (migrations aside: they are history) is read as Python syntax, and
each rule's tell-tale is looked for outside its home:

- the list of the site's languages: a literal holding "ar", "ru" and "en" → hiwar/text/languages.py;
- the tashkeel range (U+064B–U+065F) in a pattern → hiwar/text/normalize.py;
- `ё` written as `е` (`.replace("ё", "е")`) → hiwar/text/normalize.py (`yo_as_ye`);
- the organisation's name (its group part, in any language) in code, docstrings aside
  → hiwar/text/organisation.py. (The tagline alone, "Russia – Islamic World", is also the
  name of the forum the demo articles report on.)
"""

import ast
from pathlib import Path

import pytest

from hiwar.text.organisation import GROUP

HIWAR = Path(__file__).resolve().parents[2] / "hiwar"
SOURCES = sorted(path for path in HIWAR.rglob("*.py") if "migrations" not in path.parts)


def nodes_of(path):
    return ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))


def where(path, node):
    return f"{path.relative_to(HIWAR.parent)}:{node.lineno}"


def language_lists(path):
    for place in language_lists_of(path):
        yield f"{path.relative_to(HIWAR.parent)}:{place.split(':')[1]}"


def tashkeel_ranges(path):
    for node in nodes_of(path):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "\u064b-\u065f" in node.value:
            yield where(path, node)


def yo_folds(path):
    for node in nodes_of(path):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "replace"
            and [getattr(argument, "value", None) for argument in node.args[:2]] == ["ё", "е"]
        ):
            yield where(path, node)


def organisation_names(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    documentation = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in documentation:
            if any(name in node.value for name in GROUP.values()):
                yield where(path, node)


@pytest.mark.parametrize(
    ("finder", "home"),
    [
        (language_lists, "text/languages.py"),  # builds its list from Language(…) records
        (tashkeel_ranges, "text/normalize.py"),
        (yo_folds, "text/normalize.py"),
        (organisation_names, "text/organisation.py"),
    ],
    ids=["languages", "tashkeel", "yo", "organisation"],
)
def test_each_rule_is_written_once(finder, home):
    outside = [place for path in SOURCES for place in finder(path) if not place.startswith(f"hiwar/{home}:")]
    assert outside == [], f"written again outside hiwar/{home}: {outside}"


@pytest.mark.parametrize(
    ("finder", "home"),
    [(tashkeel_ranges, "normalize.py"), (yo_folds, "normalize.py"), (organisation_names, "organisation.py")],
    ids=["tashkeel", "yo", "organisation"],
)
def test_the_finders_find_the_rule_at_home(finder, home):
    """A finder that finds nothing anywhere would let every copy through."""
    assert list(finder(HIWAR / "text" / home))


def test_a_copied_language_list_is_found(tmp_path):
    copy = tmp_path / "copy.py"
    copy.write_text('CHOICES = ["en", "ar", "ru", "auto"]\n', encoding="utf-8")
    assert [place.split(":")[1] for place in language_lists_of(copy)] == ["1"]


def language_lists_of(path):
    for node in nodes_of(path):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            strings = {element.value for element in node.elts if isinstance(element, ast.Constant)}
            if {"ar", "ru", "en"} <= strings:
                yield f"{path.name}:{node.lineno}"
