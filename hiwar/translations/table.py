"""Stories × languages with the state of each cell: the dashboard and translation_status.

A story is a translation group of articles (`translation_key`). Rows come newest
first (the newest date in the group); a page of rows costs a fixed number of
queries whatever its size: the rows, their pages with links, wagtail-localize's
translations of them and the sections (bench/translations.py counts them).
"""

import functools
import operator
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q

from hiwar.core.languages import language_codes
from hiwar.news.models import ArticlePage, SectionPage

from .models import State

# No link, or a link whose source was deleted: one LEFT JOIN, `source_id IS NULL`.
ORIGINAL_Q = Q(translation_link__source__isnull=True)
LINKED_Q = Q(translation_link__source__isnull=False)
STATE_Q = {
    State.ORIGINAL: ORIGINAL_Q,
    State.OUTDATED: LINKED_Q & Q(translation_link__outdated_at__isnull=False),
    State.IN_PROGRESS: LINKED_Q & Q(translation_link__outdated_at__isnull=True, live=False),
    State.UP_TO_DATE: LINKED_Q & Q(translation_link__outdated_at__isnull=True, live=True),
}
DESKS = {f"{code}-desk": code for code in language_codes()}


def state_of(page, link) -> str:
    """The state of an existing page (see STATE_Q, the same rule in SQL); `link` is its
    TranslationLink or anything with `source_id` and `outdated_at` (a Version)."""
    if link is None or link.source_id is None:
        return State.ORIGINAL
    if link.outdated_at is not None:
        return State.OUTDATED
    return State.UP_TO_DATE if page.live else State.IN_PROGRESS


@dataclass
class Filters:
    section: str = ""  # a section's slug (the same in the three languages)
    lang: str = ""
    state: str = ""
    desk: str = ""  # "ar-desk": stories whose original is in Arabic
    q: str = ""

    @property
    def languages(self) -> list[str]:
        return [self.lang] if self.lang else language_codes()


@dataclass
class Cell:
    lang: str
    state: str
    page: object = None  # a Version
    localize_source_id: int | None = None  # wagtail-localize's TranslationSource, when it made the page
    source_deleted: bool = False


@dataclass
class Section:
    slug: str
    title: str


class Sections:
    """Every section in one query (a site has a dozen or two): a story's section, named in
    the admin's language (the Arabic admin sees «أخبار» for an English story)."""

    def __init__(self):
        rows = SectionPage.objects.values_list(
            "path", "translation_key", "slug", "title", "locale__language_code"
        )
        self.key_of = {path: key for path, key, _slug, _title, _code in rows}
        self.by_key = {(key, code): Section(slug, title) for _path, key, slug, title, code in rows}
        self.by_path = {path: Section(slug, title) for path, _key, slug, title, _code in rows}

    def of(self, page, lang=None):
        path = page.path[: -ArticlePage.steplen]
        key = self.key_of.get(path)
        return self.by_key.get((key, lang)) or self.by_path.get(path)


@dataclass
class Row:
    key: object
    original: object
    cells: list = field(default_factory=list)
    section: object = None


def _in(lang) -> Q:
    return Q(locale__language_code=lang)


def _stories(filters: Filters, extra=None):
    """One GROUP BY over the articles, a row per story: its newest date and, as
    conditional counts, what the filters ask (HAVING), so no filter costs a subquery
    per story: `state=missing` took 880 ms with 10,000 stories as
    NOT IN subqueries (docs/benchmarks.md)."""
    annotations = {"newest": Max("date"), **(extra or {})}
    having = Q()
    pages = ArticlePage.objects.order_by()
    if filters.section:
        paths = SectionPage.objects.filter(slug=filters.section).values_list("path", flat=True)
        # A section's articles: paths from P0000 to PZZZZ (treebeard's alphabet), a range the
        # path index answers, once, in a subquery (`path LIKE 'P%'` scans: SQLite's LIKE ignores case).
        children = [Q(path__gt=path, path__lte=path + "Z" * ArticlePage.steplen) for path in paths]
        within = functools.reduce(operator.or_, children) if children else Q(pk__in=[])
        pages = pages.filter(translation_key__in=ArticlePage.objects.filter(within).values("translation_key"))
    if filters.q:
        annotations["matching"] = Count("pk", filter=Q(title__icontains=filters.q))
        having &= Q(matching__gt=0)
    if filters.desk:
        annotations["desk_originals"] = Count("pk", filter=ORIGINAL_Q & _in(DESKS[filters.desk]))
        having &= Q(desk_originals__gt=0)
    if filters.state:
        cells = []
        for code in filters.languages:
            if filters.state == State.MISSING:
                annotations[f"{code}_present"] = Count("pk", filter=_in(code))
                cells.append(Q(**{f"{code}_present": 0}))
            else:
                annotations[f"{code}_{filters.state}"] = Count(
                    "pk", filter=STATE_Q[filters.state] & _in(code)
                )
                cells.append(Q(**{f"{code}_{filters.state}__gt": 0}))
        having &= functools.reduce(operator.or_, cells)
    return pages.values("translation_key").annotate(**annotations).filter(having)


def story_keys(filters: Filters):
    """The stories' keys matching `filters`, newest first, as a lazy values() queryset."""
    return _stories(filters).order_by("-newest", "translation_key")


def _filtered(filters: Filters) -> bool:
    return bool(filters.section or filters.q or filters.desk or filters.state)


def counts(filters: Filters) -> tuple[int, dict[str, int]]:
    """(stories, {state: cells in that state}) over every story matching `filters`, in
    one flat aggregate over the articles (conditional counts per language and state;
    the stories matching the filters as one `IN (… GROUP BY … HAVING …)`)."""
    pages = ArticlePage.objects.order_by()
    if _filtered(filters):
        pages = pages.filter(translation_key__in=_stories(filters).values("translation_key"))
    aggregates = {"stories": Count("translation_key", distinct=True)}
    for code in filters.languages:
        aggregates[f"{code}_present"] = Count("pk", filter=_in(code))
        for state, condition in STATE_Q.items():
            aggregates[f"{code}_{state}"] = Count("pk", filter=condition & _in(code))
    totals = pages.aggregate(**aggregates)
    stories = totals["stories"]
    result = {}
    for state in State:
        if state == State.MISSING:
            present = sum(totals[f"{code}_present"] for code in filters.languages)
            result[state.value] = stories * len(filters.languages) - present
        else:
            result[state.value] = sum(totals[f"{code}_{state}"] for code in filters.languages)
    return stories, result


@dataclass
class Version:
    """What the table needs of one language version (a row, not a page object: building
    116 Page instances took 1 ms each, most of a dashboard page's time)."""

    pk: int
    title: str
    live: bool
    path: str
    lang: str
    linked: bool
    source_id: int | None
    outdated_at: object


def rows_for(keys, languages, admin_lang=None) -> list[Row]:
    """The rows of `keys` (in that order), each with a cell per language; the section
    named in `admin_lang` when it has a version in it."""
    from wagtail_localize.models import Translation

    pages = [
        (key, Version(pk, title, live, path, lang, link_id is not None, source_id, outdated_at))
        for key, pk, title, live, path, lang, link_id, source_id, outdated_at in ArticlePage.objects.filter(
            translation_key__in=keys
        )
        .order_by("pk")
        .values_list(
            "translation_key",
            "pk",
            "title",
            "live",
            "path",
            "locale__language_code",
            "translation_link__id",
            "translation_link__source_id",
            "translation_link__outdated_at",
        )
    ]
    managed = {
        (key, code): source_id
        for key, code, source_id in Translation.objects.filter(
            source__object_id__in=keys, enabled=True
        ).values_list("source__object_id", "target_locale__language_code", "source_id")
    }
    sections = Sections()
    by_key = {}
    for key, version in pages:
        by_key.setdefault(key, {})[version.lang] = version
    rows = []
    for key in keys:
        versions = by_key.get(key, {})
        originals = [page for page in versions.values() if state_of(page, page) == State.ORIGINAL]
        original = min(originals or versions.values(), key=lambda page: page.pk, default=None)
        row = Row(key=key, original=original)
        if original is not None:
            row.section = sections.of(original, admin_lang)
        for code in languages:
            page = versions.get(code)
            if page is None:
                row.cells.append(Cell(code, State.MISSING))
                continue
            row.cells.append(
                Cell(
                    code,
                    state_of(page, page),
                    page,
                    localize_source_id=managed.get((key, code)),
                    source_deleted=page.linked and page.source_id is None,
                )
            )
        rows.append(row)
    return rows
