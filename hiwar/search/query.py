"""`search(query, lang, page, per_page, section=, date_from=, date_to=, sort=)`: the one
function the page, the JSON API and the management command call.

Bad input never raises anything but `InvalidSearch` (unknown language, section or
sort, a date that is not YYYY-MM-DD, a range ending before it starts), which
callers turn into a 400 with its message: an empty, huge or hostile query (FTS or
SQL syntax, lone surrogates) simply finds what its words find, maybe nothing.

Filters: `section` is a section's slug in any language; it means that section in
every language (its Wagtail translations share a translation_key), so it works
with lang=all. `date_from`/`date_to` are whole days (inclusive) in the site's time
zone, on the article's date. `sort` is "relevance" (default) or "date" (newest first).
`suggest()` gives "did you mean"; `group_by_story()` (stories.py) folds the versions of one story.

Only what a reader may see now is found: the publication policy
(hiwar.news.visibility) is applied by the query itself, before counting and
paging, so `total` always agrees with the results, and an article whose date
arrives is found at that moment without being saved or re-indexed (the index
keeps future-dated articles for this; see indexing.py).
"""

import math
import re
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from hiwar.text.analysis import WORD_OR_NUMBER, analyze_query, highlight_spans
from hiwar.text.languages import LANGUAGE_CODES as LANGUAGES

from .backends import ORDERS, RANK_WINDOW, Hit, get_backend, spelling_key
from .stories import StoryGroup, group_by_story  # noqa: F401 (the faces' one way to group)

MAX_QUERY_CHARS = 1000  # the analyser keeps at most 32 words anyway
MAX_PER_PAGE = 50
MAX_PAGE = 1000
SNIPPET_CHARS = 240


class InvalidSearch(ValueError):
    """A request that cannot be answered as asked (unknown language); its message is for the reader."""


@dataclass
class SearchResult:
    id: int
    title: str
    url: str
    lang: str
    date: datetime | None
    snippet: str
    score: float
    # With lang=all (hiwar.search.stories): the story's translation_key, the languages in
    # which it may be read, and its other versions ([StoryVersion(id, lang, title, url)]).
    story: str | None = None
    story_languages: list[str] = field(default_factory=list)
    other_versions: list = field(default_factory=list)

    def as_dict(self, with_snippet=True) -> dict:
        data = {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "lang": self.lang,
            "date": self.date.isoformat() if self.date else None,
            "score": self.score,
        }
        if with_snippet:
            data["snippet"] = self.snippet
        if self.story:
            data["story"] = self.story
            data["story_languages"] = self.story_languages
            data["other_versions"] = [version.as_dict() for version in self.other_versions]
        return data


@dataclass
class Filters:
    """What a search is narrowed to, checked (see clean_filters)."""

    section: str = ""  # a section slug, "" for every section
    section_paths: tuple[str, ...] = ()  # the tree paths of that section in every language
    date_from: Date | None = None
    date_to: Date | None = None
    sort: str = "relevance"

    def as_params(self) -> dict:
        """The filters as query parameters (for pagination and links), defaults left out."""
        params = {}
        if self.section:
            params["section"] = self.section
        if self.date_from:
            params["from"] = self.date_from.isoformat()
        if self.date_to:
            params["to"] = self.date_to.isoformat()
        if self.sort != "relevance":
            params["sort"] = self.sort
        return params


@dataclass
class SearchResults:
    query: str
    lang: str
    page: int
    per_page: int
    total: int
    results: list[SearchResult] = field(default_factory=list)
    filters: Filters = field(default_factory=Filters)
    # False when `total` is an estimate (PostgreSQL, more than RANK_WINDOW matches: see
    # backends.PostgresBackend._count_matches); the page then says "about".
    total_exact: bool = True

    @property
    def num_pages(self) -> int:
        """Pages that can be shown: a query matching more than RANK_WINDOW entries ranks only that many."""
        return max(1, math.ceil(min(self.total, RANK_WINDOW) / self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages


def clean_query(query) -> str:
    """Text a database and a template can take: lone surrogates (`\\ud800`) → `?`, at most 1000 characters."""
    text = "" if query is None else str(query)
    return text.encode("utf-8", "replace").decode("utf-8")[:MAX_QUERY_CHARS].strip()


def clean_page_number(value) -> int:
    """`"abc"`, `0`, `-1` → 1; `99999` → at most 1000 (search() then clamps to the last page).
    Also used for `per_page`, then capped at 50."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), MAX_PAGE)


def languages_for(lang: str) -> list[str]:
    if lang == "all":
        return list(LANGUAGES)
    if lang not in LANGUAGES:
        raise InvalidSearch(
            _("Unknown language “%(lang)s”: use one of %(choices)s or all.")
            % {"lang": lang[:20], "choices": ", ".join(LANGUAGES)}
        )
    return [lang]


ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A day filter outside these years is clamped to them: nothing was published before, and
# the bounds stay clear of year 1 and 9999, where the time-zone arithmetic overflows
# (`to=9999-12-31` plus one day was a 500).
FIRST_DAY, LAST_DAY = Date(1000, 1, 1), Date(9000, 12, 31)


def clean_day(value, name: str) -> Date | None:
    """`"2026-12-03"` → a date; `""`/None → None; anything else → InvalidSearch naming the parameter."""
    if isinstance(value, Date):
        return min(max(value, FIRST_DAY), LAST_DAY)
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    try:
        if not ISO_DAY.match(text):
            raise ValueError
        if text.startswith("0000"):
            return FIRST_DAY  # RFC 3339 has a year 0, Python's date none
        return clean_day(Date.fromisoformat(text), name)
    except ValueError:
        raise InvalidSearch(
            _("“%(name)s” must be a date written YYYY-MM-DD, not “%(value)s”.")
            % {"name": name, "value": text[:40]}
        ) from None


def clean_filters(section="", date_from=None, date_to=None, sort="relevance") -> Filters:
    """The filters, checked: an unknown section or sort, a malformed date or a range whose
    end comes before its start raises InvalidSearch with a message for the reader."""
    sort = str(sort or "relevance").strip()
    if sort not in ORDERS:
        raise InvalidSearch(_("Unknown sort “%(value)s”: use relevance or date.") % {"value": sort[:40]})
    start, end = clean_day(date_from, "from"), clean_day(date_to, "to")
    if start and end and end < start:
        raise InvalidSearch(
            _("The date range ends (%(end)s) before it starts (%(start)s).")
            % {"end": end.isoformat(), "start": start.isoformat()}
        )
    section = str(section or "").strip()
    paths: tuple[str, ...] = ()
    if section:
        paths = section_paths(section)
        if not paths:
            raise InvalidSearch(_("Unknown section “%(value)s”.") % {"value": section[:60]})
    return Filters(section=section, section_paths=paths, date_from=start, date_to=end, sort=sort)


def section_paths(slug: str) -> tuple[str, ...]:
    """Tree paths of the section with this slug and of its translations (every language),
    among the sections readers may see; () when there is none."""
    from hiwar.news.models import SectionPage
    from hiwar.news.visibility import visible

    keys = visible(SectionPage.objects.filter(slug=slug)).values("translation_key")
    return tuple(
        sorted(visible(SectionPage.objects.filter(translation_key__in=keys)).values_list("path", flat=True))
    )


def search(
    query,
    lang: str,
    page=1,
    per_page: int = 10,
    *,
    section="",
    date_from=None,
    date_to=None,
    sort="relevance",
    filters: Filters | None = None,
) -> SearchResults:
    """Published, public pages in `lang` (or 'all') matching `query`, best first
    (or newest first with sort="date"), narrowed by the filters."""
    langs = languages_for(str(lang))
    filters = filters or clean_filters(section, date_from, date_to, sort)
    text = clean_query(query)
    page = clean_page_number(page)
    per_page = min(clean_page_number(per_page), MAX_PER_PAGE)
    groups = analyze_query(text, str(lang))  # lang=all adds the names' transliteration keys
    backend, visible = get_backend(), visible_now(filters)
    order = filters.sort
    found = backend.match(groups, langs, per_page, (page - 1) * per_page, visible=visible, order=order)
    if found.total and not found.hits:  # past the last page: show the last one
        page = math.ceil(min(found.total, RANK_WINDOW) / per_page)
        found = backend.match(groups, langs, per_page, (page - 1) * per_page, visible=visible, order=order)
    query_terms = {term for group in groups for term in group}
    results = [result_of(hit, query_terms) for hit in found.hits]
    if lang == "all":
        from .stories import attach_stories

        attach_stories(results, timezone.now())  # what group_by_story folds
    return SearchResults(
        query=text,
        lang=str(lang),
        page=page,
        per_page=per_page,
        total=found.total,
        results=results,
        filters=filters,
        total_exact=found.exact,
    )


def visible_now(filters: Filters | None = None):
    """The publication policy, and the filters, as an SQL condition on an index entry's
    page id: the policy's own query (`visible(Page.objects…)`), correlated with the
    entry, so that the engine tests only the pages its words match. The section is a
    tree path prefix (moving an article moves it to its new section at once); the
    dates are the entry's date."""
    from django.db import connection
    from django.db.models import Q
    from django.db.models.expressions import RawSQL
    from wagtail.models import Page

    from hiwar.news.visibility import visible

    filters = filters or Filters()
    moment, built = timezone.now(), {}

    def condition(column: str) -> tuple[str, list]:
        if column not in built:  # built once per search (it reads the view restrictions)
            pages = visible(Page.objects.filter(pk=RawSQL(column, ())), moment)
            if filters.section_paths:
                within = Q()
                for path in filters.section_paths:
                    within |= Q(path__startswith=path)
                pages = pages.filter(within)
            sql, params = pages.values("pk").query.sql_with_params()
            conditions, params = [f"EXISTS ({sql})"], list(params)
            bounds = day_bounds(filters)
            if bounds:
                dated = []
                for operator, moment_ in bounds:
                    dated.append(f"d.date {operator} %s")
                    params.append(connection.ops.adapt_datetimefield_value(moment_))
                conditions.append(
                    f"EXISTS (SELECT 1 FROM search_entry d WHERE d.page_id = {column} AND {' AND '.join(dated)})"
                )
            built[column] = (" AND ".join(conditions), params)
        return built[column]

    return condition


def day_bounds(filters: Filters) -> list[tuple[str, datetime]]:
    """[(">=", start of date_from), ("<", start of the day after date_to)] in the site's time zone."""
    zone, bounds = timezone.get_current_timezone(), []
    if filters.date_from:
        bounds.append((">=", datetime.combine(filters.date_from, time.min, tzinfo=zone)))
    if filters.date_to:
        bounds.append(("<", datetime.combine(filters.date_to + timedelta(days=1), time.min, tzinfo=zone)))
    return bounds


# --- did you mean ----------------------------------------------------------------

MAX_EDITS = 2  # at most 2 letters changed, added, removed or swapped (1 for words under 6 letters)
SUGGESTION_CANDIDATES = 5


def suggest(query, lang: str) -> str | None:
    """A respelling of `query` that finds pages readers may see now, or None.

    Each query word that finds nothing on its own (in `lang`, or every language
    for "all") is replaced by the nearest word of the index's vocabulary
    (models.SearchWord) by edit distance between spelling keys, so that hamza
    seats, ta marbuta/heh and alef maqsura/yeh differences are no distance at all
    and never "misspellings" (the analysis already finds them). Among the nearest
    candidates the one with the most visible pages wins; a word is proposed only
    when a search for it finds a visible page, so nothing unpublished can show."""
    langs = languages_for(str(lang))
    text = clean_query(query)
    words = WORD_OR_NUMBER.findall(text)[:8]
    if not words:
        return None
    backend, visible = get_backend(), visible_now()
    changed, respelled = False, text
    for word in words:
        if word.isdigit() or finds_any(backend, word, langs, visible):
            continue
        better = nearest_word(backend, word, langs, visible)
        if better and better != word:
            respelled = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", better, respelled, count=1)
            changed = True
    return respelled if changed else None


def finds_any(backend, word: str, langs, visible) -> int:
    groups = analyze_query(word, "all")
    if not groups:
        return 1  # a stop word: nothing to correct
    return backend.match(groups, langs, 1, 0, visible=visible).total


def nearest_word(backend, word: str, langs, visible) -> str | None:
    key = spelling_key(word)
    if len(key) < 3:
        return None
    limit = 1 if len(key) < 6 else MAX_EDITS
    letters = (key[0], key[1] if len(key) > 1 else key[0])
    scored = []
    for candidate, norm in backend.words_near(langs, len(key), letters):
        distance = edit_distance(key, norm, limit)
        if distance <= limit:
            scored.append((distance, candidate))
    scored.sort()
    best = None
    for distance, candidate in scored[:SUGGESTION_CANDIDATES]:
        if best and distance > best[0]:
            break
        found = finds_any(backend, candidate, langs, visible)
        if found and (best is None or found > best[1]):
            best = (distance, found, candidate)
    return best[2] if best else None


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of two neighbours is one edit), or
    limit + 1 as soon as it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def result_of(hit: Hit, query_terms: set[str]) -> SearchResult:
    return SearchResult(
        id=hit.page_id,
        title=hit.title,
        url=hit.url,
        lang=hit.lang,
        date=hit.date,
        snippet=snippet(hit.body, query_terms),
        score=hit.score,
    )


def snippet(text: str, query_terms: set[str], width: int = SNIPPET_CHARS) -> str:
    """About `width` characters of `text` around the first matched word, HTML-escaped,
    with every matched word wrapped in <mark>."""
    spans = list(highlight_spans(text, query_terms))
    start = max(0, spans[0][0] - width // 3) if spans else 0
    end = min(len(text), start + width)
    start, end = widen_to_word_boundaries(text, start, end)
    pieces, cursor = [], start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(pieces).strip() + suffix


def widen_to_word_boundaries(text: str, start: int, end: int) -> tuple[int, int]:
    """Do not cut a word in two at either edge of the snippet."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end
