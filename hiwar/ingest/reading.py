"""Reading import input safely: size limit, binary check, encoding.

Nothing here touches the database. Every refusal is an `InputError` whose
message is one line an editor can act on.
"""

from __future__ import annotations

import codecs
import os
import re
import urllib.request
from dataclasses import dataclass

MAX_INPUT_BYTES = 5 * 1024 * 1024  # an article page or a feed is far smaller
URL_TIMEOUT_SECONDS = 20
_CHUNK = 64 * 1024


class InputError(Exception):
    """A file or URL that cannot be imported; the message is the reason."""


@dataclass
class RawInput:
    name: str  # the path or URL, as given
    data: bytes
    content_type: str | None = None


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def read_limited(stream, limit: int) -> bytes:
    """At most `limit` bytes; raises InputError past it without reading the rest."""
    chunks, size = [], 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputError(f"too large: over the {limit // (1024 * 1024)} MB limit")


def read_path(path: str, limit: int = MAX_INPUT_BYTES) -> RawInput:
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}") from None
    if os.path.isdir(path):
        raise InputError("is a directory, not a file")
    if size > limit:
        raise InputError(
            f"too large: {size / (1024 * 1024):.1f} MB, the limit is {limit // (1024 * 1024)} MB"
        )
    try:
        with open(path, "rb") as stream:
            return RawInput(path, read_limited(stream, limit))
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}") from None


def read_url(url: str, limit: int = MAX_INPUT_BYTES, timeout: float = URL_TIMEOUT_SECONDS) -> RawInput:
    request = urllib.request.Request(url, headers={"User-Agent": "Hiwar importer"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http/https only)
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise InputError(
                    f"too large: {int(declared) / (1024 * 1024):.1f} MB, the limit is "
                    f"{limit // (1024 * 1024)} MB"
                )
            return RawInput(url, read_limited(response, limit), response.headers.get("Content-Type"))
    except InputError:
        raise
    except Exception as error:  # URLError, HTTPError, timeouts, bad status lines
        raise InputError(f"cannot fetch: {error}") from None


def read_input(name: str, limit: int = MAX_INPUT_BYTES) -> RawInput:
    if is_url(name):
        return read_url(name, limit)
    return read_path(name, limit)


# --- bytes → text ----------------------------------------------------------------

_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SNIFF = 8192


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB: an image, an archive, a PDF."""
    head = data[:_SNIFF]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return len(_CONTROL_BYTES.findall(head)) > max(8, len(head) // 100)


_ARABIC = re.compile("[\u0621-\u064a]")
_CYRILLIC_LOWER = re.compile("[а-яё]")
_CYRILLIC = re.compile("[А-Яа-яЁё]")
_LATIN_ACCENTED = re.compile("[À-ÿ]")
_LETTERS = re.compile(r"[^\W\d_]")
# The commonest letters: alef and lam (the article ال) in Arabic, о е а и in Russian.
_COMMON_ARABIC = re.compile("[\u0627\u0644]")
_COMMON_RUSSIAN = re.compile("[оеаи]")


def _plausible_windows_1256(text: str) -> bool:
    """Arabic read as windows-1256 is mostly Arabic letters.

    Russian bytes read as windows-1256 come out as a mix of Arabic letters and
    French accented ones (`à`, `é`, `ç`), which real Arabic copy hardly has; and
    real Arabic has many alefs and lams (`ال`, "the"): over 12% of its letters.
    """
    letters = len(_LETTERS.findall(text)) or 1
    arabic = len(_ARABIC.findall(text))
    return (
        arabic / letters > 0.3
        and len(_LATIN_ACCENTED.findall(text)) / letters < 0.02
        and len(_COMMON_ARABIC.findall(text)) / max(arabic, 1) > 0.12
    )


def _plausible_windows_1251(text: str) -> bool:
    """Russian read as windows-1251 is mostly lower-case Cyrillic.

    Arabic bytes (0xC1–0xDA mostly) read as windows-1251 come out as capitals А–Ъ;
    and о, е, а, и make up over a fifth of real Russian letters.
    """
    cyrillic = len(_CYRILLIC.findall(text))
    letters = len(_LETTERS.findall(text)) or 1
    return (
        cyrillic / letters > 0.3
        and len(_CYRILLIC_LOWER.findall(text)) / max(cyrillic, 1) > 0.6
        and len(_COMMON_RUSSIAN.findall(text)) / max(cyrillic, 1) > 0.2
    )


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM), UTF-16 with BOM, windows-1256, windows-1251.

    Raises InputError for empty and binary input and for an encoding it cannot tell.
    """
    if not data.strip():
        raise InputError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[len(codecs.BOM_UTF8) :], "utf-8"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16"), "utf-16"
    if looks_binary(data):
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding, plausible in (
        ("windows-1256", _plausible_windows_1256),
        ("windows-1251", _plausible_windows_1251),
    ):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if plausible(text):
            return text, encoding
    raise InputError("encoding unknown: not UTF-8, and neither windows-1256 Arabic nor windows-1251 Russian")


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"broken {encoding} at byte {error.start}") from None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in `<meta charset=…>`, if any."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
        # Python also has codecs that are no text encoding (rot13, base64, zlib, hex):
        # `bytes.decode` refuses them with a LookupError. A page declaring one has no charset.
        "".encode(name)
    except LookupError:
        return None
    return name


def decode_html(data: bytes) -> tuple[str, str]:
    """Like decode_text, but a page's own `<meta charset>` is believed first."""
    charset = declared_charset(data)
    if charset and charset not in ("utf-8", "utf-16") and not looks_binary(data):
        try:
            return data.decode(charset), charset
        except UnicodeDecodeError:
            pass
    return decode_text(data)
