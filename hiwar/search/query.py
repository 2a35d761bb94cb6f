"""`search(query, lang, page, per_page)`: the one function the page, the JSON API
and the management command call.

Bad input never raises anything but `InvalidSearch` (unknown language), which
callers turn into a 400: an empty, huge or hostile query (FTS or SQL syntax,
lone surrogates) simply finds what its words find, maybe nothing.

Only what a reader may see now is found: the publication policy
(hiwar.news.visibility) is applied by the query itself, before counting and
paging, so `total` always agrees with the results, and an article whose date
arrives is found at that moment without being saved or re-indexed (the index
keeps future-dated articles for this; see indexing.py).
"""

import math
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone
from django.utils.html import escape

from hiwar.text.analysis import analyze_query, highlight_spans
from hiwar.text.languages import LANGUAGE_CODES as LANGUAGES

from .backends import RANK_WINDOW, Hit, get_backend

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
class SearchResults:
    query: str
    lang: str
    page: int
    per_page: int
    total: int
    results: list[SearchResult] = field(default_factory=list)

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
        raise InvalidSearch(f"Unknown language {lang!r}: use one of {', '.join(LANGUAGES)} or all.")
    return [lang]


def search(query, lang: str, page=1, per_page: int = 10) -> SearchResults:
    """Published, public pages in `lang` (or 'all') matching `query`, best first."""
    langs = languages_for(str(lang))
    text = clean_query(query)
    page = clean_page_number(page)
    per_page = min(clean_page_number(per_page), MAX_PER_PAGE)
    groups = analyze_query(text, str(lang))  # lang=all adds the names' transliteration keys
    backend, visible = get_backend(), visible_now()
    total, hits = backend.match(groups, langs, per_page, (page - 1) * per_page, visible=visible)
    if total and not hits:  # past the last page: show the last one
        page = math.ceil(min(total, RANK_WINDOW) / per_page)
        total, hits = backend.match(groups, langs, per_page, (page - 1) * per_page, visible=visible)
    query_terms = {term for group in groups for term in group}
    results = [result_of(hit, query_terms) for hit in hits]
    if lang == "all":
        from .stories import attach_stories

        attach_stories(results, timezone.now())
    return SearchResults(
        query=text, lang=str(lang), page=page, per_page=per_page, total=total, results=results
    )


def visible_now():
    """The publication policy as an SQL condition on an index entry's page id: the
    policy's own query (`visible(Page.objects…)`), correlated with the entry, so
    that the engine tests only the pages its words match."""
    from django.db.models.expressions import RawSQL
    from wagtail.models import Page

    from hiwar.news.visibility import visible

    moment, built = timezone.now(), {}

    def condition(column: str) -> tuple[str, list]:
        if column not in built:  # built once per search (it reads the view restrictions)
            pages = visible(Page.objects.filter(pk=RawSQL(column, ())), moment).values("pk")
            sql, params = pages.query.sql_with_params()
            built[column] = (f"EXISTS ({sql})", list(params))
        return built[column]

    return condition


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
