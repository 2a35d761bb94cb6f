"""What `import_page` and `import_feed` share: reading pages, reporting, the summary.

Each input is handled on its own: an error is one line on standard error naming
the input and the problem, the batch goes on, and the command exits with status 1
when anything failed. With --json, standard output carries only JSON Lines.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import Counter
from dataclasses import dataclass

from hiwar.ingest.reading import MAX_INPUT_BYTES, InputError, decode_html, decode_text, read_input
from hiwar.ingest.results import DUPLICATE, FAILED, IMPORTED, UNCHANGED, ImportResult
from hiwar.text.pages import ParsedPage, parse_text_page

HTML_EXTENSIONS = (".html", ".htm", ".xhtml")


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head


def parse_page_input(name: str, lang: str = "auto", limit: int = MAX_INPUT_BYTES) -> ParsedPage:
    """Read, decode and parse one page file or URL (text or HTML); InputError if unreadable."""
    raw = read_input(name, limit)
    is_html = name.lower().endswith(HTML_EXTENSIONS) or "html" in (raw.content_type or "")
    if is_html:
        text, _ = decode_html(raw.data)
    else:
        text, _ = decode_text(raw.data)
        is_html = looks_like_html(text)
    if is_html:
        from hiwar.ingest.html import parse_html_page  # trafilatura loads only for HTML

        return parse_html_page(text, lang)
    return parse_text_page(text, lang)


@dataclass
class PreparedPage:
    """One input read and parsed (and signed, for import) — or the one-line reason it failed."""

    name: str
    page: ParsedPage | None = None
    signature: object | None = None  # fingerprints.Signature
    error: str | None = None


def prepare_page(task: tuple) -> PreparedPage:
    """Read, parse and (when `sign`) fingerprint one page; never raises (errors are reported)."""
    path, name, lang, limit, sign = task
    try:
        page = parse_page_input(path, lang, limit)
        signature = None
        if sign and not page.problems():
            from hiwar.ingest.fingerprints import signature_of

            signature = signature_of(page)
        return PreparedPage(name, page, signature)
    except Exception as error:  # noqa: BLE001 – reported as the file's one-line error
        return PreparedPage(name, error=one_line(error))


PARALLEL_FROM = 16  # files; fewer are not worth a second process


def prepared_pages(paths, names, lang, limit, sign, jobs):
    """PreparedPage per path, in order. With jobs > 1 and many files, pages are read and
    parsed in jobs - 1 forked worker processes while this process writes to the database
    (workers touch no database: parsing is pure Python)."""
    tasks = [(path, name, lang, limit, sign) for path, name in zip(paths, names, strict=True)]
    if jobs <= 1 or len(tasks) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(prepare_page, tasks)
        return
    with multiprocessing.get_context("fork").Pool(jobs - 1) as pool:
        yield from pool.imap(prepare_page, tasks, chunksize=4)


def one_line(error: BaseException) -> str:
    message = " ".join(str(error).split()) or type(error).__name__
    if not isinstance(error, InputError) and type(error).__name__ != "ImportFailure":
        message = f"{type(error).__name__}: {message}"
    return message[:500]


class BatchReport:
    """Counts outcomes and writes the lines; `summary()` is the last line."""

    def __init__(self, stdout, stderr, as_json: bool, dry_run: bool = False):
        self.stdout, self.stderr, self.as_json, self.dry_run = stdout, stderr, as_json, dry_run
        self.counts = Counter()

    def failed(self, name: str, error: BaseException):
        self.counts[FAILED] += 1
        self.stderr.write(f"{name}: error: {one_line(error)}")

    def parsed(self, name: str, page: ParsedPage, file: str | None = None):
        """A --dry-run success: the page parsed and can be imported. `file` is --json's
        "file" when it is not the line's `name` (feed items: `feed.xml#GUID`)."""
        self.counts[IMPORTED] += 1
        if self.as_json:
            self.stdout.write(json.dumps(page.as_json(file or name), ensure_ascii=False))
        else:
            self.stdout.write(
                f"{name}: parsed {page.lang} «{page.title}» {page.date.isoformat()}, "
                f"{len(page.paragraphs)} paragraphs, {len(page.subheadings)} subheadings, "
                f"{len(page.warnings)} warnings"
            )

    def result(self, name: str, page: ParsedPage, result: ImportResult, file: str | None = None):
        self.counts[result.status] += 1
        if self.as_json:
            self.stdout.write(json.dumps(page.as_json(file or name) | result.as_json(), ensure_ascii=False))
            return
        self.stdout.write(f"{name}: {describe(result)}")
        for warning in page.warnings if result.status == IMPORTED else []:
            self.stdout.write(f"  warning: {warning}")

    def summary(self) -> str:
        line = (
            f"imported {self.counts[IMPORTED]}, unchanged {self.counts[UNCHANGED]}, "
            f"duplicates {self.counts[DUPLICATE]}, failed {self.counts[FAILED]}"
        )
        if self.dry_run:
            line += " (dry run: parsed only, nothing written)"
        (self.stderr if self.as_json else self.stdout).write(line)
        return line

    @property
    def any_failed(self) -> bool:
        return self.counts[FAILED] > 0


def describe(result: ImportResult) -> str:
    if result.status == IMPORTED:
        text = f"imported as page {result.article_id}"
        if result.suggested_translation_of:
            text += (
                f"; looks like a translation of page {result.suggested_translation_of} "
                f"(link it with --translation-of {result.suggested_translation_of})"
            )
        return text
    if result.status == DUPLICATE:
        return (
            f"duplicate of page {result.article_id} (similarity {result.similarity:.2f}); "
            "flagged for its editor, no new article"
        )
    return f"unchanged (page {result.article_id})"


def display_name(name: str) -> str:
    return name if "://" in name else os.path.normpath(name)
