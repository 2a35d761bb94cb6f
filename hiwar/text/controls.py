"""Characters XML 1.0 cannot carry, and that no reader wants in a headline.

An article can hold them when it arrived before the importer stripped them, or
was pasted from a word processor: NUL (U+0000), vertical tab (U+000B), form feed
(U+000C), the other C0 controls, DEL and the C1 controls (U+007F–U+009F), and the
noncharacters U+FFFE/U+FFFF. Django's feed writer refuses a document with one of
them (`UnserializableContentError`), and PostgreSQL refuses a NUL in a text column
(`DataError`): one bad article would take every feed down with a 500, or fail to
import. Tab, line feed and carriage return are kept; they are whitespace.
The importers strip them from every text field with `remove_controls`, which also
says how many there were (one warning per field). Nothing here imports Django.
"""

import re

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """`"Moscow\\x00 talks\\x0b"` → `"Moscow talks"`: controls out, whitespace kept."""
    return _CONTROLS.sub("", text) if text else text


def remove_controls(text: str) -> tuple[str, int]:
    """`"Moscow\\x00 talks\\x0b"` → `("Moscow talks", 2)`: the text and how many were removed."""
    if not text:
        return text, 0
    return _CONTROLS.subn("", text)
