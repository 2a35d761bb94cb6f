"""Bytes of a saved HTML page → text, and the encoding that was used.

The order (what the WHATWG encoding rules do, minus their guesswork):

1. a byte-order mark (UTF-8, UTF-16) wins;
2. else the charset of the HTTP `Content-Type` header, when the page came over HTTP;
3. else the page's own `<meta charset=…>` / `<meta http-equiv=Content-Type …>`;
4. else detection: UTF-8 when the bytes are valid UTF-8, else charset_normalizer.

A declared charset is believed, but checked: a page that declares `windows-1256`
and is valid UTF-8 with non-ASCII letters, or that is not Arabic when read as
windows-1256 but is Russian as windows-1251, was saved in another encoding than it
says. It is refused with both names (the page's text would be mojibake: `Ø§Ù„`
instead of `ال`), not imported with the wrong letters.
"""

from __future__ import annotations

import codecs
import re

from hiwar.ingest.reading import (
    InputError,
    _plausible_windows_1251,
    _plausible_windows_1256,
    declared_charset,
    looks_binary,
)

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.IGNORECASE)
# Single-byte encodings whose letters must look like their language once decoded.
_PLAUSIBLE = {"cp1256": _plausible_windows_1256, "cp1251": _plausible_windows_1251}
_OTHER_GUESS = {"cp1256": "windows-1251", "cp1251": "windows-1256"}
_NAMES = {"cp1256": "windows-1256", "cp1251": "windows-1251", "cp1252": "windows-1252", "utf-8": "utf-8"}


def charset_name(label: str | None) -> str | None:
    """Python's codec name for a charset label, or None when it is no text encoding."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
        "".encode(name)  # rot13, base64, zlib are codecs but no text encodings
    except (LookupError, TypeError):
        return None
    return name


def header_charset(content_type: str | None) -> str | None:
    match = _HEADER_CHARSET.search(content_type or "")
    return charset_name(match.group(1)) if match else None


def display_name(codec: str) -> str:
    """`cp1256` → `windows-1256`, `iso8859-6` → `iso-8859-6`: the names pages use."""
    if codec in _NAMES:
        return _NAMES[codec]
    if codec.startswith("iso8859-"):
        return "iso-8859-" + codec.split("-", 1)[1]
    return codec


def _has_non_ascii_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_declared(data: bytes, codec: str, where: str) -> str:
    label = display_name(codec)
    if codec.startswith("utf-8"):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(
                f"declares utf-8 ({where}) but byte {error.start} is not utf-8: saved in another encoding"
            ) from None
    if codec.startswith("utf-16"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError as error:
            raise InputError(f"declares {label} ({where}) but byte {error.start} is not {label}") from None
    if _has_non_ascii_utf8(data):
        raise InputError(f"declares {label} ({where}) but is utf-8: saved in another encoding than it says")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(f"declares {label} ({where}) but byte {error.start} is not {label}") from None
    plausible = _PLAUSIBLE.get(codec)
    if plausible is not None and not plausible(text):
        other = _OTHER_GUESS[codec]
        if _PLAUSIBLE[charset_name(other)](data.decode(other, errors="replace")):
            raise InputError(
                f"declares {label} ({where}) but is {other}: saved in another encoding than it says"
            )
    return text


def decode_page(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding used) of an HTML page; InputError for binary, empty or mis-declared input."""
    if not data.strip():
        raise InputError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _decode_declared(data[3:], "utf-8", "byte-order mark"), "utf-8 (BOM)"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_declared(data, "utf-16", "byte-order mark"), "utf-16 (BOM)"
    if looks_binary(data):
        raise InputError("binary file, not an HTML page")
    for codec, where in ((header_charset(content_type), "HTTP header"), (declared_charset(data), "<meta>")):
        if codec:
            return _decode_declared(data, codec, where), display_name(codec)
    try:
        return data.decode("utf-8"), "utf-8 (detected)"
    except UnicodeDecodeError:
        pass
    for codec, plausible in _PLAUSIBLE.items():  # our letter-frequency rules (reading.py) first
        text = data.decode(codec, errors="replace")
        if "\ufffd" not in text and plausible(text):
            return text, f"{display_name(codec)} (detected)"
    from charset_normalizer import from_bytes

    best = from_bytes(
        data, cp_isolation=["cp1256", "cp1251", "cp1252", "iso8859_1", "iso8859_6", "koi8_r"]
    ).best()
    if best is None:
        raise InputError("encoding unknown: no charset declared, and none detected")
    return str(best), f"{display_name(charset_name(best.encoding) or best.encoding)} (detected)"
