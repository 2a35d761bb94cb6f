"""The versions of a story: search results in `lang=all` carry their story and its languages.

A story is the set of pages that are translations of one another (Wagtail's
`translation_key`). With `lang=all`, each result gets its story's key, the languages
in which the story may be read now and the other versions (id, lang, title, url), so
the page can group results per story and a story matched in one language is offered
in every language where it exists. Which versions a reader may see is decided by
hiwar.news.visibility; the titles and addresses are read from the search index, so
only indexed (searchable) versions are offered.

`group_by_story` folds a page of such results per story for the search page and the
API from what `attach_stories` found: one reading of the stories for every face.
"""

from dataclasses import dataclass, field

from wagtail.models import Page

from hiwar.news.visibility import visible

from .models import SearchEntry


@dataclass(frozen=True)
class StoryVersion:
    id: int
    lang: str
    title: str
    url: str

    def as_dict(self) -> dict:
        return {"id": self.id, "lang": self.lang, "title": self.title, "url": self.url}


def attach_stories(results, moment) -> None:
    """Set `story`, `story_languages` and `other_versions` on each result (2 queries)."""
    if not results:
        return
    keys = dict(
        Page.objects.filter(pk__in=[result.id for result in results]).values_list("pk", "translation_key")
    )
    versions = visible(Page.objects.filter(translation_key__in=set(keys.values())), moment).values_list(
        "pk", "translation_key"
    )
    story_of = dict(versions)
    entries = {
        entry.page_id: entry
        for entry in SearchEntry.objects.filter(page_id__in=list(story_of)).only(
            "page_id", "lang", "title", "url"
        )
    }
    by_story: dict = {}
    for page_id, key in story_of.items():
        if page_id in entries:
            entry = entries[page_id]
            by_story.setdefault(key, []).append(StoryVersion(page_id, entry.lang, entry.title, entry.url))
    for result in results:
        key = keys.get(result.id)
        if key is None:
            continue
        story = sorted(by_story.get(key, []), key=lambda version: version.lang)
        result.story = str(key)
        result.story_languages = sorted({version.lang for version in story} | {result.lang})
        result.other_versions = [version for version in story if version.id != result.id]


@dataclass
class StoryGroup:
    """The results of one story on a page of results: the best-placed version first,
    the other versions found on this page, and the absolute URL of every version readers
    may see ({lang: url}, in the site's language order), found by the query or not."""

    key: str
    first: object  # query.SearchResult
    others: list = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)

    @property
    def languages(self) -> list[str]:
        return list(self.versions)


def group_by_story(results, request) -> list:
    """Fold the results of one page that are versions of one story, in rank order
    (no query: the stories are those `attach_stories` set on the results).

    Stories are told apart by translation_key alone, so it works whatever made the
    versions match (their own words, or a cross-script name key); a result without a
    story (its page was deleted meanwhile) stays a story of its own."""
    from hiwar.text.languages import LANGUAGE_CODES

    groups: dict[str, StoryGroup] = {}
    for result in results:
        key = result.story or f"page-{result.id}"
        if key in groups:
            groups[key].others.append(result)
            continue
        by_lang = {
            result.lang: result.url,
            **{version.lang: version.url for version in result.other_versions},
        }
        versions = {
            code: request.build_absolute_uri(by_lang[code]) for code in LANGUAGE_CODES if code in by_lang
        }
        groups[key] = StoryGroup(key, result, versions=versions)
    return list(groups.values())
