"""README's configuration table names every environment variable the settings read."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# `os.environ.get("NAME"`, `os.environ["NAME"]`, `env_bool("NAME"`, `env_int(…`, `env_list(…`;
# production.py also checks a tuple of required names before reading them.
READ = re.compile(
    r"""(?:os\.environ(?:\.get)?\s*[(\[]|env_(?:bool|int|list|seconds)\()\s*["']([A-Z_][A-Z0-9_]*)["']"""
)
REQUIRED = re.compile(r"""for _required in \(([^)]*)\)""")


def variables_read_by_settings() -> set[str]:
    names = set()
    for path in (ROOT / "hiwar" / "settings").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        names.update(READ.findall(text))
        for group in REQUIRED.findall(text):
            names.update(re.findall(r"[A-Z_][A-Z0-9_]+", group))
    return names


def variables_in_readme_table() -> set[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`([A-Z_][A-Z0-9_]*)`", row.split("|")[1])} | {
        name for row in rows for name in re.findall(r"`(SECURE_HSTS_[A-Z_]+)`", row)
    }


def test_readme_lists_every_variable_the_settings_read():
    read = variables_read_by_settings()
    assert {"DATABASE_URL", "HIWAR_VAR_DIR", "LOG_LEVEL"} <= read  # the scan finds them
    assert sorted(read - variables_in_readme_table()) == []
