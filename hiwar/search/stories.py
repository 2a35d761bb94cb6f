"""The versions of a story: search results in `lang=all` carry their story and its languages.

A story is the set of pages that are translations of one another (Wagtail's
`translation_key`). With `lang=all`, each result gets its story's key, the languages
in which the story may be read now and the other versions (id, lang, title, url), so
the page can group results per story and a story matched in one language is offered
in every language where it exists. Which versions a reader may see is decided by
hiwar.news.visibility; the titles and addresses are read from the search index, so
only indexed (searchable) versions are offered.
"""

from dataclasses import dataclass

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
