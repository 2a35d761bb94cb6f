"""Parsed pages → draft articles, each in its own transaction.

Outcomes of one page or feed item:

- imported   – a new ArticlePage (a draft unless `publish`), an ImportRecord and its LSH bands;
- unchanged  – the same key with the same content, or the same content under another key,
               or a re-sent version already flagged: nothing is written;
- duplicate  – the same key with other content (re-sent with edits), or a near-duplicate
               by MinHash/LSH of an article in the same language: no second article, a
               DuplicateFlag on the existing article keeps the incoming version whole;
- failed     – ImportFailure (or any error): the transaction is rolled back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, ReferenceIndex
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update

from hiwar.core import wagtail_compat
from hiwar.ingest import fingerprints
from hiwar.ingest.indexing import DeferredSearchIndex
from hiwar.ingest.matching import SUGGESTION_THRESHOLD, entity_keys, translation_score
from hiwar.ingest.models import DuplicateFlag, ImportBand, ImportRecord
from hiwar.ingest.results import DUPLICATE, IMPORTED, UNCHANGED, ImportFailure, ImportResult
from hiwar.news.blocks import plain_text_of
from hiwar.news.models import ArticlePage, SectionPage
from hiwar.text.controls import strip_controls
from hiwar.text.pages import SUBHEADING, ParsedPage
from hiwar.text.slugs import slugify_title

from .permissions import check_may_import

DEFAULT_SECTION = "news"
_MAX_KEY = 600
MAX_SUGGESTION_CANDIDATES = 30


@dataclass
class ImportOptions:
    section: str | None = None  # slug; the news section of the page's language when None
    publish: bool = False
    translation_of: int | None = None  # page id
    kind: str = ImportRecord.PAGE
    sections: dict = field(default_factory=dict)  # (slug, lang) → SectionPage, for the batch
    user: object = None  # `--user`: import with this editor's page permissions (ingest/permissions.py)
    suggest_translations: bool = True  # import_site knows the translations from the old switcher


def import_key(page: ParsedPage, fingerprint: str, guid: str | None = None) -> str:
    """`guid:<id>` for feed items, `url:<source URL>` for pages that have one, else `sha256:<fingerprint>`."""
    if guid:
        key = f"guid:{guid.strip()}"
    elif valid_url(page.source_url):
        key = f"url:{page.source_url.strip()}"
    else:
        return f"sha256:{fingerprint}"
    if len(key) > _MAX_KEY:  # very long GUIDs and URLs: their hash is the key
        key = key.split(":", 1)[0] + "-sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()
    return key


def import_parsed(
    page: ParsedPage,
    origin: str,
    options: ImportOptions,
    guid: str | None = None,
    signature: fingerprints.Signature | None = None,
) -> ImportResult:
    """Import one parsed page in its own transaction; raises ImportFailure when it cannot.

    `signature` (fingerprint and MinHash) may come precomputed from another process.
    """
    # The parsers have removed control characters already; a page built otherwise has
    # them removed here (with its warnings), before PostgreSQL refuses a NUL.
    page.remove_controls()
    guid, origin = strip_controls(guid), strip_controls(origin)
    problems = page.problems()
    if problems:
        raise ImportFailure("; ".join(problems))
    signature = signature or fingerprints.signature_of(page)
    key = import_key(page, signature.fingerprint, guid)
    with transaction.atomic():
        known = _known_records(page, key, signature)
        return (
            _already_imported(page, key, signature, origin, known)
            or _near_duplicate(page, signature, origin, known)
            or _create_article(page, key, signature, origin, options)
        )


def batch_session() -> contextlib.ExitStack:
    """Around a batch of import_parsed calls: the admin search index is updated in bulk
    (indexing.py), and SQLite checkpoints its write-ahead log less often."""
    session = contextlib.ExitStack()
    session.enter_context(DeferredSearchIndex(ArticlePage))
    session.enter_context(fewer_checkpoints())
    return session


SQLITE_BATCH_CHECKPOINT_PAGES = 10_000  # ~40 MB of write-ahead log; SQLite's default is 1,000


@contextlib.contextmanager
def fewer_checkpoints():
    """On SQLite in WAL mode, a commit that finds the log over `wal_autocheckpoint` pages
    copies it into the database file and syncs it. Each imported article changes ~40
    pages (its rows and their indexes), so by default every ~25th commit stopped for a
    checkpoint, and the same index pages were copied again and again: commits took
    3-4 ms on average. With a ten times larger log, they take ~1.5 ms.

    The setting belongs to this connection only (the site's own connections keep
    SQLite's default) and is put back at the end of the batch, which also checkpoints.
    """
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_autocheckpoint")
        (before,) = cursor.fetchone()
        cursor.execute(f"PRAGMA wal_autocheckpoint={SQLITE_BATCH_CHECKPOINT_PAGES:d}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA wal_autocheckpoint={int(before):d}")
            if not connection.in_atomic_block:  # a checkpoint cannot run inside a transaction
                cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")


# --- not twice ----------------------------------------------------------------------


def _known_records(page, key, signature) -> list[ImportRecord]:
    """In one query, every record that can make this page not new: the same key; in the
    page's language, the same content or a shared LSH band (a near-duplicate candidate)."""
    same_band = ImportBand.objects.filter(key__in=signature.bands).values("record_id")
    return list(
        ImportRecord.objects.filter(
            Q(key=key) | Q(lang=page.lang) & (Q(fingerprint=signature.fingerprint) | Q(pk__in=same_band))
        ).only("id", "key", "fingerprint", "article_id", "signature")
    )


def _already_imported(page, key, signature, origin, known) -> ImportResult | None:
    fingerprint = signature.fingerprint
    record = next((candidate for candidate in known if candidate.key == key), None)
    if record is None:
        same_content = next((candidate for candidate in known if candidate.fingerprint == fingerprint), None)
        return ImportResult(UNCHANGED, same_content.article_id) if same_content else None
    if record.fingerprint == fingerprint:
        return ImportResult(UNCHANGED, record.article_id)
    # The same GUID or URL with other text: the agency re-sent the story with edits.
    similarity = fingerprints.similarity(
        signature.minhash(), fingerprints.minhash_from_bytes(bytes(record.signature))
    )
    return _flag(record.article_id, DuplicateFlag.RESENT, similarity, page, fingerprint, origin)


def _near_duplicate(page, signature, origin, known) -> ImportResult | None:
    minhash, best, best_similarity = signature.minhash(), None, 0.0
    for candidate in known:
        similarity = fingerprints.similarity(
            minhash, fingerprints.minhash_from_bytes(bytes(candidate.signature))
        )
        if similarity > best_similarity:
            best, best_similarity = candidate, similarity
    if best is None or best_similarity < fingerprints.NEAR_DUPLICATE_THRESHOLD:
        return None
    return _flag(
        best.article_id, DuplicateFlag.NEAR_DUPLICATE, best_similarity, page, signature.fingerprint, origin
    )


def _flag(article_id, reason, similarity, page, fingerprint, origin) -> ImportResult:
    """Keep the incoming version on a flag for the existing article's editor (once per version)."""
    _, created = DuplicateFlag.objects.get_or_create(
        article_id=article_id,
        incoming_fingerprint=fingerprint,
        defaults={
            "reason": reason,
            "similarity": similarity,
            "origin": origin,
            "incoming": page.as_json(origin),
        },
    )
    return ImportResult(DUPLICATE if created else UNCHANGED, article_id, similarity)


# --- the article ----------------------------------------------------------------------


def find_section(slug: str | None, lang: str, cache: dict | None = None) -> SectionPage:
    """The section `slug` in `lang`; `cache` keeps it for the rest of a batch.

    A cached section is safe to add children to: treebeard counts its children in
    memory as it adds them, and re-reads the count when it believes there are none.
    """
    slug = slug or DEFAULT_SECTION
    section = cache.get((slug, lang)) if cache is not None else None
    if section is None:
        section = (
            SectionPage.objects.filter(slug=slug, locale__language_code=lang).select_related("locale").first()
        )
        if section is None:
            raise ImportFailure(f"no section '{slug}' in language {lang}")
        if cache is not None:
            cache[(slug, lang)] = section
    elif section.numchild == 0:
        section.refresh_from_db(fields=["numchild"])
    return section


def unique_child_slug(parent, title: str) -> str:
    base = slugify_title(title) or "article"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def add_to_section(section: SectionPage, article: ArticlePage) -> None:
    """`section.add_child(instance=article)`, the slug made unique only when it has to be.

    Wagtail checks a draft's slug against its siblings before it writes (one query);
    most headlines are new, so the transliterated title is tried as it is, and only
    when Wagtail finds it taken (the same headline twice in a section) is the next free
    `-2`, `-3`… looked up and the page added again. Nothing was written by the failed
    attempt: add_child's savepoint rolled back its child count.
    """
    try:
        section.add_child(instance=article)
    except ValidationError as error:
        if "slug" not in getattr(error, "message_dict", {}):
            raise
        article.slug = unique_child_slug(section, article.title)
        section.add_child(instance=article)


def body_blocks(page: ParsedPage) -> list[tuple[str, object]]:
    blocks = []
    for block in page.blocks:
        if block.type == SUBHEADING:
            blocks.append(("subheading", block.text))
        else:
            blocks.append(("paragraph", RichText(f"<p>{block.html or escape(block.text)}</p>")))
    return blocks


def publication_datetime(date: dt.date, published: dt.datetime | None = None) -> dt.datetime:
    """The feed's date-time when it has one (`10:00 +0300` is 10:00 in Moscow, stored as
    07:00 UTC); else noon of the publication day in the site's time zone, so that a
    scraped page's day (it carries no time) survives any display zone shift."""
    if published is not None and published.tzinfo is not None:
        return published.astimezone(dt.UTC)
    return timezone.make_aware(dt.datetime.combine(date, dt.time(12, 0)))


def valid_url(url: str | None) -> str:
    """The URL if it is a real http(s) address (feed GUIDs like `agency-1001` are not), else ""."""
    if not url or len(url) > 500:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return ""
    return url


def _translation_key_for(options: ImportOptions, locale: Locale) -> uuid.UUID:
    if options.translation_of is None:
        return uuid.uuid4()
    source = ArticlePage.objects.filter(pk=options.translation_of).select_related("locale").first()
    if source is None:
        raise ImportFailure(f"--translation-of {options.translation_of}: no such article")
    if source.locale_id == locale.pk:
        raise ImportFailure(
            f"--translation-of {options.translation_of}: that article is already in "
            f"{locale.language_code}; a translation needs another language"
        )
    existing = ArticlePage.objects.filter(translation_key=source.translation_key, locale=locale).first()
    if existing is not None:
        raise ImportFailure(
            f"--translation-of {options.translation_of}: its {locale.language_code} "
            f"translation already exists (page {existing.pk})"
        )
    return source.translation_key


def _create_article(page, key, signature, origin, options: ImportOptions) -> ImportResult:
    section = find_section(options.section, page.lang, options.sections)
    check_may_import(options.user, section, options.publish)
    article = ArticlePage(
        title=page.title[:255],
        slug=slugify_title(page.title) or "article",
        date=publication_datetime(page.date, page.published),
        summary=page.summary or "",
        body=body_blocks(page),
        source_name=(page.source or "")[:255],
        source_url=valid_url(page.source_url),
        author=(page.author or "")[:255],
        locale=section.locale,
        translation_key=_translation_key_for(options, section.locale),
        live=False,
    )
    # An article is never a site root: saying so spares add_child's Page.save its Site query.
    wagtail_compat.mark_not_site_root(article)
    # Wagtail's reference index records what a page points at: images, snippets,
    # other pages. An imported article points at none of them (plain paragraphs and
    # subheadings; feed links are external URLs), so the index is left alone while
    # add_child, save_revision and publish save the page; the first save by an
    # editor indexes whatever the editor adds.
    with disable_reference_index_auto_update():
        add_to_section(section, article)
        revision = save_first_revision(article)
        if options.publish:
            revision.publish()
    if article.lead_image_id:  # not set by the importer today; indexed if it ever is
        ReferenceIndex.create_or_update_for_object(article)
    suggestion = (
        None
        if options.translation_of or not options.suggest_translations
        else suggest_translation(page, article)
    )
    record = ImportRecord.objects.create(
        key=key,
        kind=options.kind,
        origin=origin[:1000],
        lang=page.lang,
        fingerprint=signature.fingerprint,
        signature=signature.minhash_bytes,
        article=article,
        photo_credit=(page.photo_credit or "")[:255],
        parsed=page.as_json(origin),
        suggested_translation_of=suggestion,
    )
    ImportBand.objects.bulk_create(ImportBand(record=record, key=band) for band in signature.bands)
    return ImportResult(IMPORTED, article.pk, suggested_translation_of=suggestion.pk if suggestion else None)


def save_first_revision(article: ArticlePage):
    """The first revision without a second save of the page (core.wagtail_compat)."""
    return wagtail_compat.save_first_revision(article, empty_relations=("tagged_items",))


# --- translations ---------------------------------------------------------------------


def suggest_translation(page: ParsedPage, article: ArticlePage) -> ArticlePage | None:
    """An article in another language on the same day, same agency and the same names and numbers.

    Only articles not already translated into this page's language are considered.
    """
    day_start = publication_datetime(page.date) - dt.timedelta(hours=36)
    day_end = publication_datetime(page.date) + dt.timedelta(hours=36)
    candidates = list(
        ArticlePage.objects.filter(date__range=(day_start, day_end))
        .exclude(locale_id=article.locale_id)
        .only("title", "date", "source_name", "body", "translation_key", "locale_id")
        .order_by("-date")[:MAX_SUGGESTION_CANDIDATES]
    )
    if not candidates:
        return None
    translated = set(
        ArticlePage.objects.filter(
            locale_id=article.locale_id,
            translation_key__in=[candidate.translation_key for candidate in candidates],
        ).values_list("translation_key", flat=True)
    )
    candidates = [candidate for candidate in candidates if candidate.translation_key not in translated]
    entities = entity_keys("\n".join([page.title or ""] + [block.text for block in page.blocks]))
    best, best_score = None, 0.0
    for candidate in candidates:
        score = translation_score(
            same_day=abs((candidate.date.date() - page.date).days) <= 1,
            source_a=page.source,
            source_b=candidate.source_name,
            entities_a=entities,
            entities_b=entity_keys(candidate.title + "\n" + plain_text_of(candidate.body)),
        )
        if score > best_score:
            best, best_score = candidate, score
    return best if best_score >= SUGGESTION_THRESHOLD else None
