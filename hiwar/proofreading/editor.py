"""The Django side of proofreading: a page's texts, the site's vocabulary, and the
warnings of hiwar.text.proofreading rendered in the admin's language, with the
editors' dismissals applied. The checks themselves are in hiwar/text/proofreading.py.

Warnings are cached per text (spelling suggestions are the slow part: Hunspell takes
50–300 ms a word), so showing the edit page again costs one cache read; the key holds
everything the result depends on (language, date, texts, the vocabulary's version).
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext, gettext_lazy, ngettext

from hiwar.text import proofreading
from hiwar.text.spelling import SpellingUnavailable, speller_for

from .models import AcceptedWord, Dismissal

CACHE_SECONDS = 24 * 3600
VOCABULARY_VERSION_KEY = "proofreading:vocabulary-version"

CHECK_LABELS = {
    "glued-number": gettext_lazy("Number glued to a word"),
    "run-together": gettext_lazy("Words run together"),
    "doubled-diacritic": gettext_lazy("Doubled diacritic"),
    "glued-quote": gettext_lazy("Quote mark glued to a word"),
    "unbalanced-quotes": gettext_lazy("Unbalanced quotes or brackets"),
    "latin-punctuation": gettext_lazy("Latin punctuation in Arabic"),
    "space-before-punctuation": gettext_lazy("Space before punctuation"),
    "double-space": gettext_lazy("Double space"),
    "tatweel": gettext_lazy("Tatweel in body text"),
    "russian-quotes": gettext_lazy("Straight quotes in Russian"),
    "russian-dash": gettext_lazy("Hyphen instead of a dash"),
    "yo-consistency": gettext_lazy("ё and е in one word"),
    "script-mismatch": gettext_lazy("Text in another script"),
    "date-year": gettext_lazy("Date a year off"),
    "bidi-control": gettext_lazy("Invisible direction control"),
    "spelling": gettext_lazy("Spelling"),
}
LANGUAGE_NAMES = {"ar": gettext_lazy("Arabic"), "ru": gettext_lazy("Russian"), "en": gettext_lazy("English")}


def spelling_enabled() -> bool:
    return getattr(settings, "HIWAR_PROOFREADING_SPELLING", True)


# --- the page's texts -------------------------------------------------------------------

_PARAGRAPH_END = re.compile(r"</p>|</li>|</h\d>|<br\s*/?>", re.IGNORECASE)


def rich_text_paragraphs(source: str) -> list[str]:
    """Wagtail's stored rich text → its paragraphs as plain text (each is checked on its
    own: a quote must close within its paragraph)."""
    parts = (html.unescape(strip_tags(part)).strip() for part in _PARAGRAPH_END.split(source or ""))
    return [part for part in parts if part]


def page_texts(page) -> tuple[str, list[tuple[str, str]]]:
    """(title, [(where, text), …]): what is proofread on a page, in page order.

    `where` names the place for the editor: the summary, the body's blocks (counted from
    1, as the editor shows them), a quote's attribution, an image's caption."""
    blocks: list[tuple[str, str]] = []
    summary = getattr(page, "summary", "")
    if summary:
        blocks.append((gettext("Summary"), summary))
    body = getattr(page, "body", None) or []
    for number, block in enumerate(body, start=1):
        where = gettext("Body, block %(number)s") % {"number": number}
        value = block.value
        if block.block_type == "paragraph":
            blocks.extend((where, text) for text in rich_text_paragraphs(value.source))
        elif block.block_type == "subheading":
            blocks.append((where, str(value)))
        elif block.block_type == "quote":
            blocks.append((where, value.get("text") or ""))
            if value.get("attribution"):
                blocks.append((where, value["attribution"]))
        elif block.block_type in ("image", "video") and value.get("caption"):
            blocks.append((where, value["caption"]))
    caption = getattr(page, "lead_image_caption", "")
    if caption:
        blocks.append((gettext("Lead image caption"), caption))
    return page.title or "", [(where, text) for where, text in blocks if text and text.strip()]


def page_language(page) -> str | None:
    locale = getattr(page, "locale", None)
    return locale.language_code if locale is not None else None


def publication_date(page):
    moment = getattr(page, "date", None)
    if moment is None:
        return None
    return timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()


# --- the site's vocabulary --------------------------------------------------------------


def vocabulary_version() -> int:
    return cache.get(VOCABULARY_VERSION_KEY) or 0


def vocabulary_changed() -> None:
    """A tag, a published title or an accepted word changed: rebuild on next use."""
    try:
        cache.incr(VOCABULARY_VERSION_KEY)
    except ValueError:
        cache.set(VOCABULARY_VERSION_KEY, 1, None)


def site_vocabulary(lang: str | None) -> frozenset[str]:
    """Folded words spelling accepts on pages of `lang`: the words of every tag, of the
    titles of the published articles in that language and of the editors' accepted
    words (in any script: `KazanForum` on an Arabic page), and the words used in at
    least HIWAR_PROOFREADING_CORPUS_MIN_ARTICLES of the latest published articles."""
    if lang is None:
        return frozenset()
    key = f"proofreading:vocabulary:{lang}:{vocabulary_version()}"
    words = cache.get(key)
    if words is None:
        from hiwar.news.models import ArticlePage, Tag

        published = ArticlePage.objects.live().filter(locale__language_code=lang)
        texts = list(Tag.objects.values_list("name", flat=True))
        texts += published.values_list("title", flat=True)
        texts += AcceptedWord.objects.filter(language=lang).values_list("word", flat=True)
        found = proofreading.vocabulary_words(texts) | corpus_words(published, lang)
        words = frozenset(found)
        cache.set(key, words, CACHE_SECONDS)
    return words


def corpus_words(published, lang) -> set[str]:
    """Words of the page's script used in MIN_ARTICLES of the latest published articles."""
    from hiwar.news.blocks import plain_text_of

    limit = getattr(settings, "HIWAR_PROOFREADING_CORPUS_ARTICLES", 1000)
    least = max(1, getattr(settings, "HIWAR_PROOFREADING_CORPUS_MIN_ARTICLES", 2))
    if limit <= 0:
        return set()
    documents = (
        [summary, plain_text_of(body)] for summary, body in _bodies(published.order_by("-date"), limit)
    )
    return proofreading.corpus_vocabulary(documents, lang, least)


def _bodies(queryset, limit):
    for article in queryset.only("summary", "body")[:limit].iterator(chunk_size=200):
        yield article.summary, article.body


# --- the warnings -------------------------------------------------------------------------


@dataclass
class Shown:
    """One warning as the editor sees it."""

    warning: proofreading.Warning
    where: str
    dismissed: bool = False

    @property
    def check(self) -> str:
        return self.warning.check

    @property
    def key(self) -> str:
        return self.warning.key

    @property
    def excerpt(self) -> str:
        return self.warning.excerpt

    @property
    def label(self) -> str:
        return str(CHECK_LABELS.get(self.warning.check, self.warning.check))

    @property
    def message(self) -> str:
        return render_message(self.warning)


def render_message(warning: proofreading.Warning) -> str:
    """The check's message in the admin's language (the templates are marked in
    hiwar.text.proofreading with gettext_noop)."""
    fix = warning.fix
    if warning.check == "script-mismatch":
        fix = str(LANGUAGE_NAMES.get(fix, fix))
    elif warning.check == "spelling" and fix:
        fix = gettext(", ").join(fix.split(", "))
    try:
        return gettext(warning.message) % {"excerpt": warning.excerpt, "fix": fix}
    except (KeyError, ValueError, TypeError):  # a broken translation: the English one
        return warning.message % {"excerpt": warning.excerpt, "fix": fix}


@dataclass
class Report:
    shown: list[Shown]
    spelling_note: str = ""  # why spelling was not checked, when it was not

    @property
    def open(self) -> list[Shown]:
        return [item for item in self.shown if not item.dismissed]

    @property
    def dismissed(self) -> list[Shown]:
        return [item for item in self.shown if item.dismissed]

    def count_line(self) -> str:
        count = len(self.open)
        if not count:
            return gettext("No proofreading warnings")
        return ngettext(
            "%(count)s proofreading warning not dismissed",
            "%(count)s proofreading warnings not dismissed",
            count,
        ) % {"count": count}


def _speller(lang: str | None):
    if lang is None or not spelling_enabled():
        return None, ""
    try:
        return speller_for(lang), ""
    except SpellingUnavailable as error:
        return None, gettext("Spelling is not checked: %(reason)s") % {"reason": error}


def warnings_for_texts(title, blocks, lang, published, others=()) -> tuple[list[proofreading.Warning], str]:
    """All warnings of the texts (cached by their content and by the other versions'
    texts, whose names spelling accepts), and the spelling note."""
    vocabulary = site_vocabulary(lang)
    speller, note = _speller(lang)
    others = list(others)
    digest = hashlib.sha1(
        repr((lang, str(published), title, blocks, others, speller is not None, vocabulary_version())).encode(
            "utf-8", "replace"
        )
    ).hexdigest()
    key = f"proofreading:warnings:{digest}"
    found = cache.get(key)
    if found is None:
        found = proofreading.proofread(title, blocks, lang, published, vocabulary, speller, others)
        cache.set(key, found, CACHE_SECONDS)
    return found, note


def other_version_texts(page) -> list[str]:
    """The titles and texts of the page's translations as they are stored (drafts
    included: an editor writes the Arabic version beside the Russian one)."""
    if not page.pk or not getattr(page, "translation_key", None):
        return []
    texts = []
    for other in page.get_translations().specific():
        title, blocks = page_texts(other)
        texts.extend([title, *(text for _, text in blocks)])
    return texts


def report_for(page) -> Report:
    """The warnings of `page` as it is (a revision, or a form's unsaved content), the
    dismissed ones marked."""
    title, blocks = page_texts(page)
    found, note = warnings_for_texts(
        title,
        [text for _, text in blocks],
        page_language(page),
        publication_date(page),
        other_version_texts(page),
    )
    places = [gettext("Title")] + [where for where, _ in blocks]
    dismissed = set()
    if page.pk:
        dismissed = set(Dismissal.objects.filter(page_id=page.pk).values_list("check_name", "fingerprint"))
    shown = [
        Shown(
            warning,
            places[warning.block] if warning.block < len(places) else "",
            (warning.check, warning.key) in dismissed,
        )
        for warning in found
    ]
    return Report(shown, note)


def open_count(page) -> int:
    """Undismissed warnings of the page's latest version (what a chief editor approves)."""
    latest = page.get_latest_revision_as_object() if page.latest_revision_id else page
    return len(report_for(latest).open)
