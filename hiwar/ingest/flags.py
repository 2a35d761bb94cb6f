"""What an editor does with a duplicate flag: compare, then keep, replace or split.

- compare: the existing article (its latest draft, what the editor would edit) and
  the incoming version side by side, word by word, the differing words marked;
- keep: the existing article stays as it is, the flag is closed;
- replace: the incoming title and body become a new *draft* revision of the
  existing article; publishing it stays with the editor and the workflow;
- different story: the incoming version becomes a new draft article in the same
  section (nothing is published).
"""

import datetime as dt
import difflib
import uuid
from dataclasses import dataclass, field

from django.db import transaction

from hiwar.ingest.importer import add_to_section, body_blocks, publication_datetime, unique_child_slug
from hiwar.ingest.models import DuplicateFlag
from hiwar.news.blocks import plain_text_of
from hiwar.news.models import ArticlePage
from hiwar.text.pages import PARAGRAPH, SUBHEADING, Block, ParsedPage

KEEP = "keep"
REPLACE = "replace"
DIFFERENT_STORY = "different-story"
ACTIONS = (KEEP, REPLACE, DIFFERENT_STORY)


# --- reading a flag ----------------------------------------------------------------


def incoming_blocks(flag: DuplicateFlag) -> list[Block]:
    """The incoming body as Blocks; anything that is not a {type, text} pair is skipped."""
    blocks = []
    for item in (flag.incoming or {}).get("blocks") or []:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
            continue
        kind = SUBHEADING if item.get("type") == SUBHEADING else PARAGRAPH
        blocks.append(Block(kind, item["text"]))
    return blocks


def incoming_page(flag: DuplicateFlag) -> ParsedPage:
    data = flag.incoming or {}
    try:
        date = dt.date.fromisoformat(data.get("date") or "")
    except (TypeError, ValueError):
        date = None
    try:
        published = dt.datetime.fromisoformat(data.get("published") or "")
    except (TypeError, ValueError):
        published = None
    return ParsedPage(
        lang=data.get("lang"),
        title=str(data.get("title") or "").strip() or None,
        date=date,
        published=published if published and published.tzinfo else None,
        blocks=incoming_blocks(flag),
        source=str(data.get("source") or "") or None,
    )


def current_version(article: ArticlePage) -> ArticlePage:
    """The article as its editor last saved it (the draft, when there is one)."""
    return article.get_latest_revision_as_object() if article.has_unpublished_changes else article


# --- comparing ------------------------------------------------------------------------


@dataclass
class Side:
    """One column of the comparison: paragraphs of (word, differs) pairs."""

    title: list[tuple[str, bool]] = field(default_factory=list)
    paragraphs: list[list[tuple[str, bool]]] = field(default_factory=list)


PARAGRAPH_BREAK = "\n"


def _words(title: str, paragraphs: list[str]) -> list[str]:
    words = title.split()
    for text in paragraphs:
        words.append(PARAGRAPH_BREAK)
        words.extend(text.split())
    return words


def _side(words: list[str], differs: list[bool]) -> Side:
    side, current, in_title = Side(), None, True
    for word, changed in zip(words, differs, strict=True):
        if word == PARAGRAPH_BREAK:
            in_title, current = False, []
            side.paragraphs.append(current)
        elif in_title:
            side.title.append((word, changed))
        else:
            current.append((word, changed))
    return side


def compare(existing_title: str, existing_paragraphs: list[str], incoming_title: str, incoming_paragraphs):
    """(existing Side, incoming Side): words that are not in the other text are marked.

    difflib matches the two word sequences (`روسيا وطاجيكستان` against `روسيا وأوزبكستان`
    marks only the second word); paragraph breaks take part, so a paragraph added on
    one side shows as a marked paragraph.
    """
    old = _words(existing_title, existing_paragraphs)
    new = _words(incoming_title, incoming_paragraphs)
    old_differs, new_differs = [True] * len(old), [True] * len(new)
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            old_differs[block.a + offset] = False
            new_differs[block.b + offset] = False
    return _side(old, old_differs), _side(new, new_differs)


def compare_flag(flag: DuplicateFlag) -> tuple[Side, Side]:
    article = current_version(flag.article)
    body = plain_text_of(article.body)
    incoming = incoming_page(flag)
    return compare(
        article.title,
        [text for text in body.split("\n\n") if text.strip()],
        incoming.title or "",
        [block.text for block in incoming.blocks],
    )


# --- acting -------------------------------------------------------------------------


def keep_existing(flag: DuplicateFlag) -> None:
    flag.resolved = True
    flag.save(update_fields=["resolved"])


@transaction.atomic
def replace_with_incoming(flag: DuplicateFlag, user) -> ArticlePage:
    """A new draft revision of the article holding the incoming title and body (not published)."""
    incoming = incoming_page(flag)
    article = current_version(flag.article)
    if incoming.title:
        article.title = incoming.title[:255]
    if incoming.blocks:
        article.body = body_blocks(incoming)
    article.save_revision(user=user, log_action=True)
    keep_existing(flag)
    return article


@transaction.atomic
def split_as_new_story(flag: DuplicateFlag, user) -> ArticlePage:
    """A new draft article in the existing article's section, from the incoming version."""
    incoming = incoming_page(flag)
    existing = flag.article
    section = existing.get_parent().specific
    title = (incoming.title or existing.title)[:255]
    article = ArticlePage(
        title=title,
        slug=unique_child_slug(section, title),
        date=publication_datetime(incoming.date, incoming.published) if incoming.date else existing.date,
        body=body_blocks(incoming),
        source_name=(incoming.source or "")[:255],
        locale=section.locale,
        translation_key=uuid.uuid4(),
        live=False,
        owner=user,
    )
    add_to_section(section, article)
    article.save_revision(user=user, log_action=True)
    keep_existing(flag)
    return article
