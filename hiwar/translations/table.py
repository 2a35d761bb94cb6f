"""Stories × languages with the state of each cell: the dashboard and translation_status.

A story is a translation group of articles (`translation_key`). Rows come newest
first (the newest date in the group); a page of rows costs a fixed number of
queries whatever its size: the rows, their pages with links, wagtail-localize's
translations of them and the sections (bench/translations.py counts them).
"""

from dataclasses import dataclass, field

from django.db.models import Count, Max, Q

from hiwar.core.languages import language_codes
from hiwar.news.models import ArticlePage, SectionPage

from .models import State

ORIGINAL_Q = Q(translation_link__isnull=True) | Q(translation_link__source__isnull=True)
LINKED_Q = Q(translation_link__source__isnull=False)
STATE_Q = {
    State.ORIGINAL: ORIGINAL_Q,
    State.OUTDATED: LINKED_Q & Q(translation_link__outdated_at__isnull=False),
    State.IN_PROGRESS: LINKED_Q & Q(translation_link__outdated_at__isnull=True, live=False),
    State.UP_TO_DATE: LINKED_Q & Q(translation_link__outdated_at__isnull=True, live=True),
}
DESKS = {f"{code}-desk": code for code in language_codes()}


def state_of(page, link) -> str:
    """The state of an existing page (see STATE_Q, the same rule in SQL)."""
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
    page: object = None
    link: object = None
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


def _keys(pages):
    return pages.values("translation_key")


def story_keys(filters: Filters):
    """The stories' keys matching `filters`, newest first, as a lazy values() queryset."""
    pages = ArticlePage.objects.all()
    if filters.section:
        paths = list(SectionPage.objects.filter(slug=filters.section).values_list("path", flat=True))
        within = Q(pk__in=[])
        for path in paths:
            within |= Q(path__startswith=path, depth=len(path) // ArticlePage.steplen + 1)
        pages = pages.filter(translation_key__in=_keys(ArticlePage.objects.filter(within)))
    if filters.q:
        pages = pages.filter(
            translation_key__in=_keys(ArticlePage.objects.filter(title__icontains=filters.q))
        )
    if filters.desk:
        originals = ArticlePage.objects.filter(ORIGINAL_Q, locale__language_code=DESKS[filters.desk])
        pages = pages.filter(translation_key__in=_keys(originals))
    if filters.state:
        pages = pages.filter(_state_condition(filters.state, filters.languages))
    elif filters.lang:
        pass  # every story, its one column shown
    return pages.values("translation_key").annotate(newest=Max("date")).order_by("-newest", "translation_key")


def _state_condition(state, languages) -> Q:
    if state == State.MISSING:
        condition = Q(pk__in=[])
        for code in languages:
            present = ArticlePage.objects.filter(locale__language_code=code)
            condition |= ~Q(translation_key__in=_keys(present))
        return condition
    cells = ArticlePage.objects.filter(STATE_Q[state], locale__language_code__in=languages)
    return Q(translation_key__in=_keys(cells))


def counts(filters: Filters, stories: int) -> dict[str, int]:
    """{state: cells in that state} over every story matching `filters` (two queries
    with `stories`, the paginator's count)."""
    pages = ArticlePage.objects.filter(
        translation_key__in=story_keys(filters).values("translation_key"),
        locale__language_code__in=filters.languages,
    )
    found = pages.aggregate(
        total=Count("pk"), **{state: Count("pk", filter=condition) for state, condition in STATE_Q.items()}
    )
    result = {state.value: found[state] for state in STATE_Q}
    result[State.MISSING.value] = stories * len(filters.languages) - found["total"]
    return {state.value: result[state.value] for state in State}


def rows_for(keys, languages, admin_lang=None) -> list[Row]:
    """The rows of `keys` (in that order), each with a cell per language; the section
    named in `admin_lang` when it has a version in it."""
    from wagtail_localize.models import Translation

    pages = list(
        ArticlePage.objects.filter(translation_key__in=keys)
        .select_related("locale", "translation_link")
        .defer("body", "summary", "search_description")
        .order_by("pk")
    )
    managed = {
        (key, code): source_id
        for key, code, source_id in Translation.objects.filter(
            source__object_id__in=keys, enabled=True
        ).values_list("source__object_id", "target_locale__language_code", "source_id")
    }
    sections = Sections()
    by_key = {}
    for page in pages:
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    rows = []
    for key in keys:
        versions = by_key.get(key, {})
        links = {code: getattr(page, "translation_link", None) for code, page in versions.items()}
        originals = [page for code, page in versions.items() if state_of(page, links[code]) == State.ORIGINAL]
        original = min(originals or versions.values(), key=lambda page: page.pk, default=None)
        row = Row(key=key, original=original)
        if original is not None:
            row.section = sections.of(original, admin_lang)
        for code in languages:
            page = versions.get(code)
            if page is None:
                row.cells.append(Cell(code, State.MISSING))
                continue
            link = links[code]
            row.cells.append(
                Cell(
                    code,
                    state_of(page, link),
                    page,
                    link,
                    localize_source_id=managed.get((key, code)),
                    source_deleted=link is not None and link.source_id is None,
                )
            )
        rows.append(row)
    return rows
