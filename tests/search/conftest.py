import datetime

import pytest
from django.utils import timezone

from tests.factories import make_article, paragraph
from tests.search.relevance import load_relevance_set


@pytest.fixture
def relevance_articles(site_tree):
    """Every article of the relevance set published in its language's news section: {key: page};
    the articles of one `story` are translations of one another (one translation_key)."""
    pages, first_of_story = {}, {}
    for article in load_relevance_set()["articles"]:
        date = timezone.make_aware(datetime.datetime.fromisoformat(article["date"] + "T10:00"), datetime.UTC)
        pages[article["key"]] = make_article(
            site_tree.sections[("news", article["lang"])],
            article["title"],
            date=date,
            body=[paragraph(article["body"])],
            translation_of=first_of_story.get(article.get("story")),
        )
        if article.get("story"):
            first_of_story.setdefault(article["story"], pages[article["key"]])
    return pages
