"""The read-only JSON API at /api/v1/ (django-ninja; schema at /api/v1/openapi.json).

Everything it returns is what the publication policy (hiwar.news.visibility)
lets a reader see now; search applies it before counting and paging. Query counts do not depend on the
number of items returned (images, renditions, tags and sections are fetched
for the whole page at once).
"""

import enum
import math
import re
from datetime import date, datetime, time, timedelta
from typing import Annotated
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from ninja import NinjaAPI, Path, Query
from ninja.errors import HttpError
from ninja.renderers import JSONRenderer
from pydantic import BeforeValidator, WithJsonSchema

from hiwar.news.bodies import BodyRenderer, image_data
from hiwar.news.links import absolute_url, translations_of
from hiwar.news.visibility import listed_articles, visible

from .schemas import ArticleDetailOut, ArticleListOut, ErrorOut, SearchOut, SectionOut

Lang = enum.Enum("Lang", {code: code for code, _name in settings.LANGUAGES}, type=str)
SearchLang = enum.Enum(
    "SearchLang", {**{code: code for code, _name in settings.LANGUAGES}, "all": "all"}, type=str
)

SLUG = r"^[-a-zA-Z0-9_]+$"
SLUG_OR_EMPTY = r"^[-a-zA-Z0-9_]*$"
SearchSort = enum.Enum("SearchSort", {"relevance": "relevance", "date": "date"}, type=str)
TEXT = r"^[^\x00-\x1f\x7f]*$"  # no control characters (NUL breaks PostgreSQL)
MAX_PAGE = 100_000
MAX_ID = 2**31 - 1
EARLIEST, LATEST = 1000, 9000


class UnicodeJSONRenderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    title="Hiwar API",
    version="1",
    description=(
        "Read-only access to the published articles and sections of the site in Arabic, "
        "Russian and English. GET responses carry ETag and Last-Modified and answer "
        "conditional requests with 304; any origin may read them (CORS)."
    ),
    urls_namespace="api-v1",
    renderer=UnicodeJSONRenderer(),
)

ERRORS = {400: ErrorOut, 404: ErrorOut, 422: ErrorOut}


ISO_DATE_OR_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$", re.IGNORECASE
)


def _iso_only(value):
    """ISO 8601 text only (a number such as `0.5` is not taken for a Unix time);
    a date without a time stays a date (a whole day)."""
    if isinstance(value, (date, datetime)):
        return value
    if not isinstance(value, str) or not ISO_DATE_OR_TIME.match(value.strip()):
        raise ValueError("expected an ISO 8601 date (2022-09-14) or date-time (2022-09-14T10:00:00+03:00)")
    text = value.strip().upper()
    if text.startswith("0000"):
        # RFC 3339 has a year 0, Python's datetime none; _bound clamps every year
        # before 1000 to the same moment anyway.
        text = "0001" + text[4:]
    if len(text) == 10:
        return date.fromisoformat(text)
    moment = datetime.fromisoformat(text)
    check_offset(moment)
    return moment


# Real time zones lie between UTC-12:00 and UTC+14:00 (Kiribati). Python accepts
# offsets up to ±23:59, PostgreSQL only ±15:59: `2022-06-01T12:00:00-16:00` parsed
# here and then failed in the query (InvalidTimeZoneDisplacementValue, a 500).
MAX_OFFSET = timedelta(hours=14)


def check_offset(moment: datetime):
    offset = moment.utcoffset()
    if offset is not None and abs(offset) > MAX_OFFSET:
        raise ValueError("the time-zone offset must lie between -14:00 and +14:00")


# The schema promises an RFC 3339 date-time (`T`, seconds and offset required, in
# capitals) whose offset lies within ±14:00, or a full date; _iso_only takes all of
# them and a few shorter ISO 8601 forms besides. The pattern leaves no string that
# fails `format: date-time` but that the API takes (only an impossible day, which it
# refuses). Under a bare `format: date-time` an offset such as `-23:26` was
# schema-valid, and the API answered it with a 422.
DATE_TIME_PATTERN = (
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?"
    r"(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)$"
)
DATE_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"

DateOrTime = Annotated[
    datetime | date,
    BeforeValidator(_iso_only),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date-time", "pattern": DATE_TIME_PATTERN},
                {"type": "string", "format": "date", "pattern": DATE_PATTERN},
            ]
        }
    ),
]


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date_only(value):
    """A day written YYYY-MM-DD only: pydantic's own `date` takes a number as a
    Unix time (`to=0.0` became 1970-01-01), which the schema does not promise."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not ISO_DATE.match(value.strip()):
        raise ValueError("expected a date written YYYY-MM-DD, such as 2022-09-14")
    text = value.strip()
    if text.startswith("0000"):
        text = "0001" + text[4:]  # RFC 3339's year 0; nothing was published before 1000 anyway
    return date.fromisoformat(text)


IsoDate = Annotated[
    date,
    BeforeValidator(_iso_date_only),
    WithJsonSchema({"type": "string", "format": "date", "pattern": DATE_PATTERN}),
]


def _bound(value, end_of_day=False):
    """An aware datetime for a filter; a date means its whole day in the site's time zone.

    Years outside 1000–9000 are clamped (nothing was published then), which also
    keeps time-zone arithmetic away from year 1 and year 9999.
    """
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.max if end_of_day else time.min)
    if value.year < EARLIEST:
        return timezone.make_aware(datetime(EARLIEST, 1, 1))
    if value.year > LATEST:
        return timezone.make_aware(datetime(LATEST, 12, 31))
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


def _sections_by_path(articles, request):
    """{section path: SectionRef dict} of the sections the articles are in: 1 query."""
    from hiwar.news.models import ArticlePage, SectionPage

    paths = {article.path[: -ArticlePage.steplen] for article in articles}
    if not paths:
        return {}
    return {
        section.path: {
            "id": section.pk,
            "slug": section.slug,
            "title": section.title,
            "url": absolute_url(section, request),
        }
        for section in SectionPage.objects.filter(path__in=paths).only(
            "id", "slug", "title", "path", "url_path"
        )
    }


def _summary(article, request, sections):
    from hiwar.news.models import ArticlePage

    lang = article.locale.language_code
    return {
        "id": article.pk,
        "title": article.title,
        "url": absolute_url(article, request) or "",
        "lang": lang,
        "date": article.date,
        "last_published_at": article.last_published_at,
        "summary": article.summary,
        "section": sections.get(article.path[: -ArticlePage.steplen]),
        "image": image_data(article.lead_image, lang, request, article.lead_image_caption, article.title),
        "source": {"name": article.source_name, "url": article.source_url or None}
        if article.source_name
        else None,
        "author": article.author,
        "tags": [tag.name for tag in article.tags.all()],
        "unofficial_translation": article.unofficial_translation,
    }


def _page_link(request, page):
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{urlencode(sorted(query.items()))}")


@api.get(
    "/articles", response={200: ArticleListOut, **ERRORS}, tags=["articles"], summary="Published articles"
)
def list_articles(
    request,
    lang: Lang | None = Query(None, description="Language of the articles"),
    section: str | None = Query(None, max_length=100, pattern=SLUG, description="Section slug, e.g. news"),
    tag: str | None = Query(None, min_length=1, max_length=100, pattern=TEXT, description="Tag name or slug"),
    since: DateOrTime | None = Query(
        None, description="Published at or after: ISO 8601 date or date-time (offset within ±14:00)"
    ),
    until: DateOrTime | None = Query(
        None, description="Published at or before: ISO 8601 date or date-time (offset within ±14:00)"
    ),
    page: int = Query(1, ge=1, le=MAX_PAGE),
    per_page: int = Query(20, ge=1, le=100),
):
    """Newest first. Filters combine; `page` past the last page is a 404."""
    from hiwar.news.models import ArticleTag, SectionPage

    since, until = _bound(since), _bound(until, end_of_day=True)
    articles = listed_articles()
    if lang:
        articles = articles.filter(locale__language_code=lang.value)
    if section:
        sections = visible(SectionPage.objects.filter(slug=section))
        if lang:
            sections = sections.filter(locale__language_code=lang.value)
        sections = list(sections.only("path", "depth"))
        if not sections:
            raise HttpError(404, f"Unknown section {section!r}.")
        from django.db.models import Q

        where = Q()
        for found in sections:
            where |= Q(path__startswith=found.path, depth=found.depth + 1)
        articles = articles.filter(where)
    if tag:
        from django.db.models import Q

        tagged = ArticleTag.objects.filter(Q(tag__name=tag) | Q(tag__slug=tag)).values("content_object_id")
        articles = articles.filter(pk__in=tagged)
    if since:
        articles = articles.filter(date__gte=since)
    if until:
        articles = articles.filter(date__lte=until)
    count = articles.count()
    pages = max(1, math.ceil(count / per_page))
    if page > pages:
        raise HttpError(404, f"No page {page}: there are {pages}.")
    items = list(articles.prefetch_related("tags")[(page - 1) * per_page : page * per_page])
    sections_map = _sections_by_path(items, request)
    return {
        "count": count,
        "page": page,
        "pages": pages,
        "per_page": per_page,
        "next": _page_link(request, page + 1) if page < pages else None,
        "previous": _page_link(request, page - 1) if page > 1 else None,
        "results": [_summary(article, request, sections_map) for article in items],
    }


@api.get(
    "/articles/{article_id}",
    response={200: ArticleDetailOut, **ERRORS},
    tags=["articles"],
    summary="One article",
)
def get_article(request, article_id: int = Path(..., ge=1, le=MAX_ID)):
    """The article with its body as typed blocks and its language versions."""
    article = listed_articles().defer(None).prefetch_related("tags").filter(pk=article_id).first()
    if article is None:
        raise HttpError(404, "No published article with this id.")
    lang = article.locale.language_code
    data = _summary(article, request, _sections_by_path([article], request))
    data["body"] = BodyRenderer(request, [article]).blocks(article, lang)
    data["translations"] = dict(translations_of([article], request).get(article.translation_key, {}))
    return data


@api.get("/sections", response={200: list[SectionOut], **ERRORS}, tags=["sections"], summary="Sections")
def list_sections(request, lang: Lang | None = Query(None, description="Language of the sections")):
    """The published sections, in menu order, with their language versions."""
    from hiwar.news.models import SectionPage

    sections = visible(SectionPage.objects.select_related("locale")).order_by("path")
    if lang:
        sections = sections.filter(locale__language_code=lang.value)
    sections = list(sections)
    translations = translations_of(sections, request)
    return [
        {
            "id": section.pk,
            "slug": section.slug,
            "title": section.title,
            "lang": section.locale.language_code,
            "url": absolute_url(section, request),
            "intro": section.intro,
            "translations": translations.get(section.translation_key, {}),
        }
        for section in sections
    ]


@api.get("/search", response={200: SearchOut, **ERRORS}, tags=["search"], summary="Search")
def search(
    request,
    q: str = Query(..., min_length=1, max_length=500, pattern=TEXT, description="Words to find"),
    lang: SearchLang = Query(SearchLang("all"), description="Language to search, or all"),
    page: int = Query(1, ge=1, le=1000),
    per_page: int = Query(10, ge=1, le=50),
    section: str = Query(
        "", max_length=100, pattern=SLUG_OR_EMPTY, description="A section's slug (any language)"
    ),
    date_from: IsoDate | None = Query(None, alias="from", description="First day (YYYY-MM-DD), inclusive"),
    date_to: IsoDate | None = Query(None, alias="to", description="Last day (YYYY-MM-DD), inclusive"),
    sort: SearchSort = Query(SearchSort("relevance"), description="relevance, or date (newest first)"),
):
    """Published, public pages matching `q`, best first or newest first (hiwar.search).
    A malformed date or an unknown sort is a 422, an unknown section a 404 (as in
    /articles), a range ending before it starts a 400, each with a message. With
    lang=all, `stories` groups the results per story."""
    from hiwar.search.query import InvalidSearch, clean_filters, group_by_story, section_paths, suggest
    from hiwar.search.query import search as run_search

    if section and not section_paths(section):
        raise HttpError(404, f"Unknown section {section!r}.")
    try:
        filters = clean_filters(section, date_from, date_to, sort.value)
        found = run_search(q, lang.value, page=page, per_page=per_page, filters=filters)
    except InvalidSearch as error:
        raise HttpError(400, str(error)) from None
    groups = group_by_story(found.results, request) if lang.value == "all" else []
    return {
        "query": found.query,
        "lang": found.lang,
        "count": found.total,
        "count_exact": found.total_exact,
        "page": found.page,
        "pages": found.num_pages,
        "per_page": found.per_page,
        "filters": filters.as_params(),
        "suggestion": suggest(q, lang.value) if found.total == 0 else None,
        "results": [
            {
                "id": result.id,
                "title": result.title,
                "url": request.build_absolute_uri(result.url),
                "lang": result.lang,
                "date": result.date,
                "snippet": result.snippet,
                "score": result.score,
            }
            for result in found.results
        ],
        "stories": [
            {"ids": [group.first.id] + [other.id for other in group.others], "versions": group.versions}
            for group in groups
        ],
    }
