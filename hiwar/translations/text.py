"""The text a reader sees of an article, read from a revision's content (JSON).

What makes a translation outdated is a change of this text only: title, summary,
the lead image's caption and the body's words (paragraphs, subheadings, quotes,
image and video captions). Tags, the date, the slug, the source attribution and the
"unofficial translation" box are not text a translator translates again.

It reads the stored content (`Revision.content`, wagtail-localize's
`TranslationSource.content_json`), not a page object: a revision compared on every
publish, and the data migration's historical models, have no StreamValue to walk.
"""

import difflib
import hashlib
import html
import json
import re

TAG = re.compile(r"<[^>]+>")
BLOCK_BREAK = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


def _html_text(source: str) -> list[str]:
    """`<p>One</p><p>Two &amp; three</p>` → ["One", "Two & three"]."""
    text = html.unescape(TAG.sub("", BLOCK_BREAK.sub("\n", source or "")))
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _block_text(block: dict) -> list[str]:
    kind, value = block.get("type"), block.get("value")
    if kind == "paragraph":
        return _html_text(value if isinstance(value, str) else "")
    if kind == "subheading":
        return [str(value)] if value else []
    if isinstance(value, dict):
        fields = {"quote": ("text", "attribution"), "image": ("caption",), "video": ("title", "caption")}
        return [str(value[name]) for name in fields.get(kind, ()) if value.get(name)]
    return []


def reader_lines(content: dict) -> list[str]:
    """The reader-visible text of an article's content, one line per paragraph or field."""
    lines = [content.get("title") or ""]
    for name in ("summary", "lead_image_caption"):
        if content.get(name):
            lines.extend(line for line in str(content[name]).splitlines() if line.strip())
    body = content.get("body") or []
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError:
            body = []
    for block in body if isinstance(body, list) else []:
        if isinstance(block, dict):
            lines.extend(_block_text(block))
    return [" ".join(line.split()) for line in lines]


def fingerprint(content: dict) -> str:
    """A short digest of `reader_lines`: equal digests, same text for readers."""
    return hashlib.sha1("\n".join(reader_lines(content)).encode(), usedforsecurity=False).hexdigest()


def diff(old: dict, new: dict) -> list[tuple[str, str]]:
    """[(kind, line)]: kind is "same", "removed" or "added", in reading order."""
    before, after = reader_lines(old), reader_lines(new)
    rows = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if op == "equal":
            rows.extend(("same", line) for line in before[i1:i2])
            continue
        rows.extend(("removed", line) for line in before[i1:i2])
        rows.extend(("added", line) for line in after[j1:j2])
    return rows
