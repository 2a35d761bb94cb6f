"""Article bodies for machines: sanitized HTML for feeds, structured blocks for the API.

They sit beside the blocks they read (news/blocks.py), so that syndication and
the API share them without importing each other.

Wagtail's own rendering (`{% include_block %}`, `|richtext`) looks up linked
pages and images article by article; a feed of 50 articles would then cost a
query per link and per image. Here the references of every article of a listing
are collected first and fetched together, so the number of queries does not
grow with the number of articles.

Every piece of HTML goes through nh3 (allow-list sanitizer); links and image
addresses are made absolute so that they work in a feed reader.
"""

import html
import mimetypes
import re
from urllib.parse import urljoin

import nh3
from django.utils.html import escape

from hiwar.core.images import alt_text

from .visibility import visible_pages

IMAGE_SPEC = "fill-1200x675"

LABELS = {
    "source": {"ar": "المصدر:", "ru": "Источник:", "en": "Source:"},
    "photo": {"ar": "الصورة:", "ru": "Фото:", "en": "Photo:"},
}

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "a",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "blockquote",
    "cite",
    "figure",
    "figcaption",
    "img",
    "span",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "hreflang"}, "img": {"src", "alt", "width", "height"}, "*": {"dir"}}

_LINK = re.compile(r"<a\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def label(name, lang):
    return LABELS[name].get(lang, LABELS[name]["en"])


def sanitize(fragment: str, base_url: str = "") -> str:
    """Allow-listed HTML with absolute `href`/`src` (relative ones joined to `base_url`)."""

    def absolutize(tag, attribute, value):
        if attribute in ("href", "src") and base_url and not re.match(r"^[a-z][a-z0-9+.-]*:", value, re.I):
            return urljoin(base_url, value)
        return value

    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=absolutize,
        link_rel="noopener noreferrer nofollow",
        url_schemes={"http", "https", "mailto"},
    )


def image_data(image, lang, request, caption="", headline=""):
    """URL, size, type, credit and alt text (hiwar.core.images.alt_text) of an
    image's standard rendition; None without image."""
    if image is None:
        return None
    try:
        # get_renditions, not get_rendition: the latter writes a rendition read from
        # the cache back to it on every call (a round trip per page view).
        rendition = image.get_renditions(IMAGE_SPEC)[IMAGE_SPEC]
    except OSError:  # Wagtail's SourceImageIOError: the original file is missing
        return None  # leave the image out: leave the image out rather than fail the feed
    try:
        length = rendition.file.size
    except (OSError, ValueError):
        length = 0
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "type": mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg",
        "length": length,
        "credit": image.credit_in(lang),
        "caption": caption or "",
        "alt": alt_text(image, lang, caption=caption, headline=headline),
    }


class BodyRenderer:
    """Renders the bodies of many articles with a fixed number of queries."""

    def __init__(self, request, articles):
        from hiwar.core.models import CreditedImage

        self.request = request
        self.base_url = request.build_absolute_uri("/")
        image_ids, page_ids, document_ids = set(), set(), set()
        self._raw = {}
        for article in articles:
            raw = list(article.body.raw_data) if article.body else []
            self._raw[article.pk] = raw
            for block in raw:
                kind, value = block.get("type"), block.get("value")
                if kind == "image" and isinstance(value, dict) and isinstance(value.get("image"), int):
                    image_ids.add(value["image"])
                elif kind == "paragraph" and isinstance(value, str):
                    for attrs in _LINK.findall(value):
                        found = dict(_ATTR.findall(attrs))
                        if found.get("id", "").isdigit():
                            if found.get("linktype") == "page":
                                page_ids.add(int(found["id"]))
                            elif found.get("linktype") == "document":
                                document_ids.add(int(found["id"]))
        self.images = (
            {
                image.pk: image
                for image in CreditedImage.objects.filter(pk__in=image_ids).prefetch_related("renditions")
            }
            if image_ids
            else {}
        )
        self.page_urls = {}
        if page_ids:
            for page in (
                visible_pages().filter(pk__in=page_ids).only("id", "url_path", "locale__language_code")
            ):
                self.page_urls[page.pk] = page.get_url(request)
        self.document_urls = {}
        if document_ids:
            from wagtail.documents import get_document_model

            for document in get_document_model().objects.filter(pk__in=document_ids):
                self.document_urls[document.pk] = document.url

    def _expand_links(self, source: str) -> str:
        def replace(match):
            found = dict(_ATTR.findall(match.group(1)))
            kind = found.get("linktype")
            if kind is None:
                return match.group(0)
            key = int(found["id"]) if found.get("id", "").isdigit() else None
            url = (self.page_urls if kind == "page" else self.document_urls).get(key)
            # A link to a page that is not published loses its address, keeps its text.
            return f'<a href="{escape(url)}">' if url else "<a>"

        return _LINK.sub(replace, source)

    def blocks(self, article, lang):
        """The body as a list of typed blocks (the API's `body`)."""
        result = []
        for block in self._raw.get(article.pk, []):
            kind, value = block.get("type"), block.get("value")
            if kind == "paragraph" and isinstance(value, str):
                result.append(
                    {"type": "paragraph", "html": sanitize(self._expand_links(value), self.base_url)}
                )
            elif kind == "subheading" and isinstance(value, str):
                result.append({"type": "subheading", "text": value})
            elif kind == "quote" and isinstance(value, dict):
                result.append(
                    {
                        "type": "quote",
                        "text": value.get("text") or "",
                        "attribution": value.get("attribution") or "",
                    }
                )
            elif kind == "image" and isinstance(value, dict):
                image = self.images.get(value.get("image"))
                caption = value.get("caption") or ""
                result.append(
                    {
                        "type": "image",
                        "image": image_data(image, lang, self.request, caption, article.title),
                        "caption": caption,
                    }
                )
            elif kind == "video" and isinstance(value, dict) and value.get("url"):
                result.append(
                    {
                        "type": "video",
                        "url": value["url"],
                        "title": value.get("title") or "",
                        "caption": value.get("caption") or "",
                    }
                )
        return result

    def html(self, article, lang, lead_image=None):
        """Full text for feeds: lead image with credit, body, source, all sanitized."""
        parts = []
        if lead_image:
            parts.append(_figure(lead_image, lang))
        for block in self.blocks(article, lang):
            kind = block["type"]
            if kind == "paragraph":
                parts.append(block["html"])
            elif kind == "subheading":
                parts.append(f"<h2>{escape(block['text'])}</h2>")
            elif kind == "quote":
                cite = f"<cite>{escape(block['attribution'])}</cite>" if block["attribution"] else ""
                parts.append(f"<blockquote><p>{escape(block['text'])}</p>{cite}</blockquote>")
            elif kind == "image" and block["image"]:
                parts.append(_figure(block["image"], lang))
            elif kind == "video":
                title = block["title"] or block["url"]
                caption = f" {escape(block['caption'])}" if block["caption"] else ""
                parts.append(f'<p><a href="{escape(block["url"])}">{escape(title)}</a>{caption}</p>')
        if article.source_name:
            name = escape(article.source_name)
            if article.source_url:
                name = f'<a href="{escape(article.source_url)}">{name}</a>'
            parts.append(f"<p>{label('source', lang)} {name}</p>")
        return sanitize("\n".join(parts), self.base_url)


def _figure(image, lang):
    caption = f"{escape(image['caption'])} " if image["caption"] else ""
    return (
        f'<figure><img src="{escape(image["url"])}" alt="{escape(image["alt"])}" '
        f'width="{image["width"]}" height="{image["height"]}">'
        f"<figcaption>{caption}{label('photo', lang)} {escape(image['credit'])}</figcaption></figure>"
    )


def plain(text: str) -> str:
    """Text with any markup removed (for titles and summaries in XML)."""
    return html.unescape(nh3.clean(text or "", tags=set()))
