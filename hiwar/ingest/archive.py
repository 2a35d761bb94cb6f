"""An old site's archive → stories in Hiwar (`manage.py import_site`).

1. Sources: a directory of saved pages (wget --mirror), a sitemap (file or URL) or a
   list of URLs (a file, one a line, or URLs given on the command line).
2. Every page is read (size limit), decoded (charsets.py) and parsed (layouts.py);
   a page that cannot be is reported with its reason, and the run goes on.
3. Stories: the pages are grouped by the links of their language switchers, whatever
   order they came in. A page linking to itself, to a page in another language than
   the link says, or two pages claiming the same language of one story are reported;
   the link is refused (the page is still imported, alone or with the rest).
4. Each story is written in one transaction: its Arabic version first (the source of
   the others, hiwar.translations links them "up to date"), then Russian, English.
   A killed run leaves whole stories only; the next run finds them in the import
   records (`unchanged`) and goes on with the rest.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from hiwar.ingest.reading import MAX_INPUT_BYTES, InputError, is_url, read_path, read_url
from hiwar.text.languages import LANGUAGE_CODES

LANGUAGE_ORDER = LANGUAGE_CODES  # Arabic first: a story's source is its Arabic version when it has one
PAGE_EXTENSIONS = (".html", ".htm", ".xhtml", ".php", ".asp", ".aspx", ".jsp", ".shtml", "")


@dataclass
class Entry:
    """One page to import: where it is read from and its URL on the old site."""

    name: str  # file path or URL, as reported
    url: str  # the old URL (absolute when known, else a path)


@dataclass
class Item:
    entry: Entry
    archive_page: object = None  # layouts.ArchivePage
    signature: object = None
    error: str | None = None

    @property
    def key(self) -> str:
        return path_key(self.entry.url)


def path_key(url: str) -> str:
    """Pages and links are matched by path and query, decoded (the host may differ:
    `http://old.example/ar/a.php?id=1` and `/ar/a.php?id=1` are one page)."""
    from hiwar.ingest.redirects import old_path

    return old_path(url)


# --- sources ------------------------------------------------------------------------


def _url_of_saved_file(relative: str, base_url: str) -> str:
    """`ar/article.php?id=1001.html` (wget -E adds .html after a query) → `/ar/article.php?id=1001`."""
    path = relative.replace(os.sep, "/")
    if "?" in path and path.endswith(".html"):
        before, _query = path.split("?", 1)
        if os.path.splitext(before)[1]:
            path = path[: -len(".html")]
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    from django.utils.encoding import iri_to_uri  # saved names are decoded: `أخبار`, sent as `%D8%A3…`

    return iri_to_uri(urljoin(base_url.rstrip("/") + "/", path) if base_url else "/" + path)


def entries_of(sources: list[str], base_url: str = "", limit: int = MAX_INPUT_BYTES) -> list[Entry]:
    """Entry per page of the given sources, in a stable order; InputError for a source
    that cannot be read at all (its pages' own errors come later, one by one)."""
    entries: list[Entry] = []
    for source in sources:
        if is_url(source):
            if source.lower().split("?")[0].endswith(".xml"):
                entries += [Entry(url, url) for url in sitemap_urls(read_url(source, limit).data, source)]
            else:
                entries.append(Entry(source, source))
            continue
        path = Path(source)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = str(file.relative_to(path))
                if os.path.splitext(relative.split("?")[0])[1].lower() in PAGE_EXTENSIONS or "?" in relative:
                    entries.append(Entry(str(file), _url_of_saved_file(relative, base_url)))
            continue
        if not path.exists():
            raise InputError(f"{source}: no such file or directory")
        head = read_path(source, limit).data
        if b"<urlset" in head[:2048] or b"<sitemapindex" in head[:2048]:
            entries += [Entry(url, url) for url in sitemap_urls(head, source)]
        elif head.lstrip()[:1] == b"<":  # one saved page
            entries.append(Entry(source, _url_of_saved_file(path.name, base_url)))
        else:  # a list of URLs
            for line in head.decode("utf-8", errors="replace").splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    entries.append(Entry(line, line))
    seen, unique = set(), []
    for entry in entries:
        if entry.name not in seen:
            seen.add(entry.name)
            unique.append(entry)
    return unique


def sitemap_urls(data: bytes, name: str) -> list[str]:
    import lxml.etree

    try:
        root = lxml.etree.fromstring(
            data, parser=lxml.etree.XMLParser(resolve_entities=False, no_network=True)
        )
    except lxml.etree.XMLSyntaxError as error:
        raise InputError(f"{name}: not a sitemap: {error}") from None
    return [loc.text.strip() for loc in root.iter("{*}loc") if loc.text and loc.text.strip()]


# --- reading and parsing (no database: may run in a worker process) -------------------


def prepare(task) -> Item:
    entry, limit, sign = task
    from hiwar.ingest.charsets import decode_page
    from hiwar.ingest.layouts import parse_archive_page

    try:
        raw = read_url(entry.name, limit) if is_url(entry.name) else read_path(entry.name, limit)
        text, encoding = decode_page(raw.data, raw.content_type)
        archive_page = parse_archive_page(text, entry.url, encoding=encoding)
        problems = archive_page.page.problems()
        if problems:
            raise InputError("; ".join(problems))
        signature = None
        if sign:
            from hiwar.ingest.fingerprints import signature_of

            signature = signature_of(archive_page.page)
        return Item(entry, archive_page, signature)
    except Exception as error:  # noqa: BLE001 – reported as the page's one-line reason
        from hiwar.ingest.batch import one_line

        return Item(entry, error=one_line(error))


def prepared(entries, limit, sign, jobs):
    import multiprocessing

    tasks = [(entry, limit, sign) for entry in entries]
    if jobs <= 1 or len(tasks) < 16 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(prepare, tasks)
        return
    with multiprocessing.get_context("fork").Pool(jobs - 1) as pool:
        yield from pool.imap(prepare, tasks, chunksize=8)


# --- stories -----------------------------------------------------------------------


@dataclass
class Story:
    pages: dict = field(default_factory=dict)  # lang → Item

    def in_order(self) -> list:
        return [self.pages[lang] for lang in sorted(self.pages, key=_language_rank)]


def _language_rank(lang):
    return LANGUAGE_ORDER.index(lang) if lang in LANGUAGE_ORDER else len(LANGUAGE_ORDER)


def group_stories(items: list[Item]) -> tuple[list[Story], list[tuple[str, str]]]:
    """(stories, refused links as (page name, reason)), in the order of the first page seen.

    A link counts when it names a page of the archive in the language it says; the
    three versions of a story are one connected group with at most one page per
    language. When two pages claim the same language of one story, the one that
    the story's source (its Arabic page, else its first) names wins; the other
    stands alone.
    """
    by_key = {item.key: item for item in items}
    refused: list[tuple[str, str]] = []
    edges: dict[str, set[str]] = {item.key: set() for item in items}
    for item in items:
        page = item.archive_page
        for lang, url in page.language_links.items():
            target_key = path_key(url)
            if lang == page.page.lang and target_key == item.key:
                continue  # the switcher's own language, pointing at this page: not a translation claim
            if target_key == item.key:
                refused.append((item.entry.name, f"links to itself as its own {lang} version; link ignored"))
                continue
            target = by_key.get(target_key)
            if target is None:
                if lang != page.page.lang:
                    refused.append((item.entry.name, f"its {lang} version {url} is not in the archive"))
                continue
            if target.archive_page.page.lang != lang:
                refused.append(
                    (
                        item.entry.name,
                        f"links to {target.entry.name} as its {lang} version, "
                        f"but that page is in {target.archive_page.page.lang}; link ignored",
                    )
                )
                continue
            edges[item.key].add(target_key)
            edges[target_key].add(item.key)
    seen, stories = set(), []
    for item in items:
        if item.key in seen:
            continue
        component, stack = [], [item.key]
        seen.add(item.key)
        while stack:
            key = stack.pop()
            component.append(by_key[key])
            for other in sorted(edges[key]):
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        component.sort(key=lambda i: items.index(i))
        stories += _split_conflicts(component, refused)
    return stories, refused


def _names(item: Item, other: Item) -> bool:
    return any(path_key(url) == other.key for url in item.archive_page.language_links.values())


def _split_conflicts(component: list[Item], refused) -> list[Story]:
    by_lang: dict[str, list[Item]] = {}
    for item in component:
        by_lang.setdefault(item.archive_page.page.lang, []).append(item)
    source_lang = min(by_lang, key=_language_rank)
    source = by_lang[source_lang][0]
    story, alone = Story({source_lang: source}), []
    for extra in by_lang[source_lang][1:]:
        refused.append(
            (
                extra.entry.name,
                f"claims to be the {source_lang} version of the story of "
                f"{source.entry.name} too; imported on its own",
            )
        )
        alone.append(extra)
    for lang, candidates in by_lang.items():
        if lang == source_lang:
            continue
        named = [c for c in candidates if _names(source, c)] or candidates
        winner = named[0]
        story.pages[lang] = winner
        for loser in candidates:
            if loser is not winner:
                refused.append(
                    (
                        loser.entry.name,
                        f"claims to be the {lang} version of {source.entry.name}, "
                        f"which names {winner.entry.name}; imported on its own",
                    )
                )
                alone.append(loser)
    return [story] + [Story({item.archive_page.page.lang: item}) for item in alone]


# --- writing -------------------------------------------------------------------------


@dataclass
class ArchiveReport:
    counts: Counter = field(default_factory=Counter)
    failures: list = field(default_factory=list)  # (name, reason)
    refused_links: list = field(default_factory=list)  # (name, reason)
    linked: int = 0
    images_fetched: int = 0

    def summary(self) -> str:
        return (
            f"imported {self.counts['imported']}, unchanged {self.counts['unchanged']}, "
            f"duplicates {self.counts['duplicate']}, failed {self.counts['failed']}, "
            f"translations linked {self.linked}"
        )


def import_story(story: Story, options, report: ArchiveReport, fetch_images: bool = False) -> list:
    """Every version of one story in one transaction; the outcome of each (name, status, page id)."""
    from django.db import transaction

    from hiwar.ingest.batch import one_line
    from hiwar.ingest.importer import import_parsed
    from hiwar.ingest.models import ImportRecord
    from hiwar.ingest.redirects import redirect_old_urls
    from hiwar.news.models import ArticlePage

    outcomes = []
    with transaction.atomic():
        source_id = None
        for item in story.in_order():
            page, entry = item.archive_page.page, item.entry
            options.translation_of = None
            existing = (
                ImportRecord.objects.filter(key=record_key(item)).values_list("article_id", flat=True).first()
            )
            if source_id is not None and existing is None:
                options.translation_of = source_id
            try:
                result = import_parsed(
                    page, entry.name, options, guid=guid_of(item), signature=item.signature
                )
            except Exception as error:  # noqa: BLE001 – this version fails, the story goes on
                report.counts["failed"] += 1
                report.failures.append((entry.name, one_line(error)))
                outcomes.append((entry.name, "failed", None))
                continue
            report.counts[result.status] += 1
            outcomes.append((entry.name, result.status, result.article_id))
            if result.status == "imported":
                image = item.archive_page.image_url
                changes = {"old_url": entry.url[:1000]}
                if image:  # kept for an editor to attach (or fetched below with --fetch-images)
                    changes["parsed"] = page.as_json(entry.name) | {
                        "image_url": image,
                        "image_credit": page.photo_credit,
                    }
                ImportRecord.objects.filter(key=record_key(item)).update(**changes)
                if options.translation_of is not None:
                    report.linked += 1
                if (fetch_images and image) or options.publish:
                    article = ArticlePage.objects.get(pk=result.article_id)
                    if fetch_images and image:
                        attach_lead_image(article, image, page.photo_credit, report)
                    if article.live:
                        redirect_old_urls(article)
            if source_id is None and result.article_id is not None:
                source_id = result.article_id
    return outcomes


def record_key(item: Item) -> str:
    return "guid:" + guid_of(item)


def guid_of(item: Item) -> str:
    """The import key of an old page: its path and query on the old site (`old:/ar/a.php?id=1`)."""
    key = "old:" + item.key
    if len(key) > 590:
        import hashlib

        key = "old-sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()
    return key


# --- images --------------------------------------------------------------------------

MAX_IMAGE_BYTES = 10 * 1024 * 1024
IMAGE_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp"}


def attach_lead_image(article, url: str, credit: str | None, report: ArchiveReport) -> None:
    """Download the page's photo once (size limit, an image content type), store it with
    the page's credit and make it the lead image. A failure is reported; the article stays."""
    from django.core.files.images import ImageFile

    from hiwar.core.models import CreditedImage

    if not is_url(url):
        report.failures.append((url, "image: not an http(s) URL; kept for an editor"))
        return
    import hashlib

    title = unquote(urlsplit(url).path.rsplit("/", 1)[-1])[:255] or "image"
    stem = "archive-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]  # once per URL
    image = CreditedImage.objects.filter(file__contains=stem).first()
    if image is None:
        try:
            raw = read_url(url, MAX_IMAGE_BYTES)
        except InputError as error:
            report.failures.append((url, f"image: {error}"))
            return
        content_type = (raw.content_type or "").split(";")[0].strip().lower()
        if content_type not in IMAGE_TYPES:
            report.failures.append((url, f"image: content type {content_type or 'missing'}, not an image"))
            return
        import io

        name = stem + IMAGE_TYPES[content_type]
        try:
            image = CreditedImage(title=title, credit=(credit or "")[:255] or "—")
            image.file = ImageFile(io.BytesIO(raw.data), name=name)
            image.full_clean(exclude=["collection", "file_hash", "uploaded_by_user", "tags"])
            image.save()
        except Exception as error:  # noqa: BLE001 – a broken image file
            report.failures.append((url, f"image: {' '.join(str(error).split())[:200]}"))
            return
        report.images_fetched += 1
    article.lead_image = image
    article.save(update_fields=["lead_image"])


# --- progress -------------------------------------------------------------------------


class Progress:
    """A bar with counts and the time left on a terminal; a plain line every `every` pages otherwise."""

    def __init__(self, stream, total: int, tty: bool | None = None, every: int | None = None):
        self.stream, self.total = stream, total
        self.tty = stream.isatty() if tty is None and hasattr(stream, "isatty") else bool(tty)
        self.every = every or max(1, min(100, total // 10 or 1))
        self.started, self.done, self.last_line = time.monotonic(), 0, 0.0

    def eta(self) -> str:
        elapsed = time.monotonic() - self.started
        if not self.done:
            return "--:--"
        left = int(elapsed / self.done * (self.total - self.done))
        return f"{left // 60:d}:{left % 60:02d}"

    def step(self, counts: Counter, pages: int = 1):
        self.done += pages
        text = (
            f"{self.done}/{self.total} pages: imported {counts['imported']}, unchanged {counts['unchanged']}, "
            f"duplicates {counts['duplicate']}, failed {counts['failed']}"
        )
        if self.tty:
            width = 30
            filled = int(width * self.done / max(self.total, 1))
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {text}, ETA {self.eta()}\x1b[K")
            self.stream.flush()
        elif self.done % self.every < pages or self.done == self.total:
            self.stream.write(f"progress: {text}, about {self.eta()} left\n")
            self.stream.flush()

    def finish(self):
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def run_import(
    sources,
    options,
    stdout,
    *,
    base_url="",
    limit=MAX_INPUT_BYTES,
    jobs=1,
    dry_run=False,
    fetch_images=False,
    tty=None,
) -> ArchiveReport:
    """The whole of `import_site`: read, group, write story by story; the report."""
    report = ArchiveReport()
    entries = entries_of(sources, base_url, limit)
    fetch_images = fetch_images and any(is_url(source) for source in sources)
    progress = Progress(stdout, len(entries), tty=tty)
    items: list[Item] = []
    for item in prepared(entries, limit, sign=not dry_run, jobs=jobs):
        if item.error is not None:
            report.counts["failed"] += 1
            report.failures.append((item.entry.name, item.error))
            progress.step(report.counts)
        else:
            items.append(item)
    stories, report.refused_links = group_stories(items)
    if dry_run:
        for story in stories:
            report.counts["imported"] += len(story.pages)
            report.linked += len(story.pages) - 1
            progress.step(report.counts, len(story.pages))
        progress.finish()
        return report
    from hiwar.ingest.importer import batch_session
    from hiwar.ingest.pacing import WriterPacer

    pacer = WriterPacer()
    with batch_session():
        for story in stories:
            import_story(story, options, report, fetch_images)
            pacer.after_commit()
            progress.step(report.counts, len(story.pages))
    progress.finish()
    return report


__all__ = ["LANGUAGE_CODES", "run_import", "entries_of", "group_stories", "Progress", "ArchiveReport"]
