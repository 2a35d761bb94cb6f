"""Body blocks of articles and standard pages."""

import html

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class SubheadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Subheading")
        template = "news/blocks/subheading.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "news/blocks/quote.html"


class CaptionedImageBlock(blocks.StructBlock):
    """An image in the body; its credit comes from the image itself."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "news/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    """A video shown as a link card: no third-party request until the reader
    chooses to watch (keeps pages light and private)."""

    url = blocks.URLBlock(label=_("Video URL"), help_text=_("A YouTube, Vimeo or RuTube address."))
    title = blocks.CharBlock(label=_("Title"), required=False)
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "news/blocks/video.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Paragraph"), template="news/blocks/paragraph.html"
    )
    subheading = SubheadingBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    video = VideoBlock()


def plain_text_of(stream_value) -> str:
    """The readable text of a body, block by block (for search, feeds, summaries)."""
    parts = []
    for block in stream_value:
        value = block.value
        if block.block_type == "paragraph":
            parts.append(html.unescape(strip_tags(value.source)))
        elif block.block_type == "subheading":
            parts.append(str(value))
        elif block.block_type == "quote":
            parts.append(" ".join(filter(None, [value["text"], value.get("attribution")])))
        elif block.block_type in ("image", "video"):
            if value.get("caption"):
                parts.append(value["caption"])
    return "\n\n".join(part.strip() for part in parts if part and part.strip())
