"""RSS 2.0 and Atom feeds per language (`/ar/feed/`), per section (`/ar/news/feed/`)
and per tag (`/ar/tags/rwsya/feed/`).

Built on Django's syndication framework, with the elements a news feed needs
added to its generators:

- the item's language (`dc:language` in RSS, `xml:lang` on the Atom entry);
- the full text, sanitized (`content:encoded` in RSS, `content` in Atom), with
  the lead image and its credit, and the agency source;
- the lead image as an enclosure (URL, length in bytes, MIME type) and as a
  Media RSS `media:content` carrying `media:credit`;
- the source (`<source url>` in RSS, `<source>` in Atom, `dc:source` in both).

Text stays text. A summary is plain text, but RSS's `<description>` is read as
HTML by every feed reader, so the summary is HTML-escaped before the XML writer
escapes it again: `<img onerror=…>` typed in a summary reaches the reader as
the visible characters, never as markup. Atom says what it carries, so its
`<summary>` is `type="text"`. The only HTML sent is the body (`content:encoded`,
Atom `content`), which `BodyRenderer` builds through nh3. Control characters
that XML 1.0 cannot carry are stripped from every field (one pasted NUL must not
turn every feed into a 500).
"""

from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.middleware.http import ConditionalGetMiddleware
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import get_language

from hiwar.news.bodies import BodyRenderer, image_data, plain
from hiwar.news.links import absolute_url
from hiwar.news.visibility import listed_articles as published_articles
from hiwar.news.visibility import visible
from hiwar.text.controls import strip_controls

from .cache import until_content_changes
from .publication import home_page, publication_name

FEED_SIZE = 50

MEDIA_NS = "http://search.yahoo.com/mrss/"
DC_NS = "http://purl.org/dc/elements/1.1/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"


@dataclass
class FeedItem:
    title: str
    link: str
    description: str
    content: str
    pubdate: object
    updateddate: object
    lang: str
    author: str = ""
    categories: list = field(default_factory=list)
    image: dict | None = None
    source_name: str = ""
    source_url: str = ""


@dataclass
class FeedContext:
    lang: str
    title: str
    link: str
    description: str
    items: list


def _media_content(handler, image):
    handler.startElement(
        "media:content",
        {
            "url": image["url"],
            "type": image["type"],
            "medium": "image",
            "width": str(image["width"]),
            "height": str(image["height"]),
            "fileSize": str(image["length"]),
        },
    )
    handler.addQuickElement("media:credit", image["credit"], {"role": "photographer", "scheme": "urn:ebu"})
    if image["caption"]:
        handler.addQuickElement("media:description", image["caption"], {"type": "plain"})
    handler.endElement("media:content")


def _as_html(text):
    """Plain text as the HTML that shows it: what RSS's `<description>` must hold."""
    return escape(text) if text else text


class NewsRssFeed(Rss201rev2Feed):
    def __init__(self, title, link, description, *args, **kwargs):
        super().__init__(title, link, _as_html(description), *args, **kwargs)

    def add_item(self, title, link, description, *args, **kwargs):
        super().add_item(title, link, _as_html(description), *args, **kwargs)

    def rss_attributes(self):
        attrs = super().rss_attributes()
        attrs.update({"xmlns:content": CONTENT_NS, "xmlns:dc": DC_NS, "xmlns:media": MEDIA_NS})
        return attrs

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("dc:language", item["lang"])
        if item["source_name"]:
            if item["source_url"]:
                handler.addQuickElement("source", item["source_name"], {"url": item["source_url"]})
            handler.addQuickElement("dc:source", item["source_name"])
        if item["image"]:
            _media_content(handler, item["image"])
        handler.addQuickElement("content:encoded", item["content"])


class NewsAtomFeed(Atom1Feed):
    def root_attributes(self):
        attrs = super().root_attributes()
        attrs.update({"xmlns:dc": DC_NS, "xmlns:media": MEDIA_NS})
        return attrs

    def item_attributes(self, item):
        return {"xml:lang": item["lang"]}

    def add_item_elements(self, handler, item):
        # Django writes the summary as `type="html"`; it is text, so write it ourselves.
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"]:
            handler.addQuickElement("summary", item["description"], {"type": "text"})
        handler.addQuickElement("content", item["content"], {"type": "html"})
        if item["source_name"]:
            handler.startElement("source", {})
            handler.addQuickElement("title", item["source_name"])
            if item["source_url"]:
                handler.addQuickElement("link", "", {"rel": "alternate", "href": item["source_url"]})
            handler.endElement("source")
            handler.addQuickElement("dc:source", item["source_name"])
        if item["image"]:
            _media_content(handler, item["image"])


class LanguageFeed(Feed):
    """The newest articles of the current language; of one section with `section=`.

    Feed readers poll: responses carry an `ETag` (hash of the body) and a
    `Last-Modified` (when published content last changed, not the newest item's
    date, which would not move when an item is withdrawn), and conditional
    requests are answered with 304. The body is kept in the cache until the
    published content changes (`cache.until_content_changes`).
    """

    feed_type = NewsRssFeed

    def __call__(self, request, *args, **kwargs):
        @until_content_changes  # sets Last-Modified; the body is kept until content changes
        def respond(request):
            return super(LanguageFeed, self).__call__(request, *args, **kwargs)

        return ConditionalGetMiddleware(respond)(request)

    def get_object(self, request, section=None, tag=None):
        lang = get_language()
        home = home_page(lang)
        if home is None:
            raise Http404("No site in this language")
        articles = published_articles().filter(locale__language_code=lang)
        name = publication_name(lang)
        if tag is not None:
            from hiwar.news.models import Tag
            from hiwar.news.views import tag_url

            found = Tag.objects.filter(slug=tag).first()
            articles = articles.descendant_of(home).filter(tagged_items__tag=found)
            if found is None or not articles.exists():
                raise Http404("No such tag in this language")
            title = f"{found.name} – {name}"
            link = request.build_absolute_uri(tag_url(found.slug, lang))
            description = title
        elif section is None:
            title, link, description = name, absolute_url(home, request), name
            articles = articles.descendant_of(home)
        else:
            from hiwar.news.models import SectionPage

            found = visible(SectionPage.objects.child_of(home)).filter(slug=section).first()
            if found is None:
                raise Http404("No such section")
            title = f"{found.title} – {name}"
            link, description = absolute_url(found, request), found.intro or title
            articles = articles.child_of(found)
        # Corrections (the newsroom's, when installed) move an item's updated date.
        related = ["tags", "corrections"] if hasattr(articles.model, "corrections") else ["tags"]
        articles = list(articles.defer(None).prefetch_related(*related)[:FEED_SIZE])
        title, description = strip_controls(title), strip_controls(description)
        return FeedContext(lang, title, link, description, self._items(articles, request))

    def _items(self, articles, request):
        renderer = BodyRenderer(request, articles)
        items = []
        for article in articles:
            lang = article.locale.language_code
            image = image_data(article.lead_image, lang, request, article.lead_image_caption, article.title)
            content = renderer.html(article, lang, lead_image=image)
            summary = article.summary or Truncator(plain(content)).chars(300)
            if image:
                image = {
                    **image,
                    "credit": strip_controls(image["credit"]),
                    "caption": strip_controls(image["caption"]),
                }
            items.append(
                FeedItem(
                    title=strip_controls(article.title),
                    link=absolute_url(article, request),
                    description=strip_controls(summary),
                    content=strip_controls(content),
                    pubdate=article.date,
                    updateddate=article.modified_at,
                    lang=lang,
                    author=strip_controls(article.author),
                    categories=[strip_controls(tag.name) for tag in article.tags.all()],
                    image=image,
                    source_name=strip_controls(article.source_name),
                    source_url=article.source_url,
                )
            )
        return items

    def title(self, obj):
        return obj.title

    def link(self, obj):
        return obj.link

    def description(self, obj):
        return obj.description

    def subtitle(self, obj):
        return obj.description

    def items(self, obj):
        return obj.items

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.link

    def item_description(self, item):
        return item.description

    def item_pubdate(self, item):
        return item.pubdate

    def item_updateddate(self, item):
        return item.updateddate

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return item.categories

    def item_enclosures(self, item):
        if not item.image:
            return []
        return [Enclosure(item.image["url"], str(item.image["length"]), item.image["type"])]

    def item_extra_kwargs(self, item):
        return {
            "lang": item.lang,
            "content": item.content,
            "image": item.image,
            "source_name": item.source_name,
            "source_url": item.source_url,
        }


class LanguageAtomFeed(LanguageFeed):
    feed_type = NewsAtomFeed

    def subtitle(self, obj):
        return obj.description


rss_feed = LanguageFeed()
atom_feed = LanguageAtomFeed()
