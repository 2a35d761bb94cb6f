import logging

from django import template
from django.template.base import Token
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.images.models import ResponsiveImage
from wagtail.images.templatetags.wagtailimages_tags import SrcsetImageNode
from wagtail.images.templatetags.wagtailimages_tags import image as parse_image_tag

from hiwar.core.images import alt_text
from hiwar.news.navigation import navigation_for

logger = logging.getLogger(__name__)
register = template.Library()


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The current language's home and menu pages: [{"title", "url", "slug"}]."""
    return navigation_for(get_language(), context.get("request"))


@register.filter
def credit_in(image, lang):
    return image.credit_in(lang) if image else ""


@register.simple_tag
def image_alt(image, lang, caption="", headline="", context="figure"):
    """`{% image_alt page.lead_image LANG caption=… headline=page.title as alt %}`:
    hiwar.core.images.alt_text, the one rule for alt text."""
    return alt_text(image, lang, caption=caption or "", headline=headline or "", context=context)


class DistinctWidthsSrcsetNode(SrcsetImageNode):
    """Wagtail's `srcset_image`, without two candidates of the same width.

    `fill` never enlarges, so a 640 px upload asked for `fill-{640x360,960x540}`
    gives two 640 px renditions, and a srcset that names one width twice is
    invalid HTML. Only the first rendition of each width is kept; with one left,
    there is no srcset, so `sizes` (allowed only beside a srcset) goes too."""

    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        try:
            # New renditions are written in a savepoint (CreditedImage.create_renditions).
            renditions = image.get_renditions(*self.get_filters())  # {spec: rendition}
        except OSError as error:
            # The media storage is read-only, full or gone; or the original cannot be read
            # (Wagtail's SourceImageIOError): a bucket this server cannot reach now, which
            # readers' browsers (or the CDN in front) may still reach. Wagtail's
            # get_renditions_or_not_found would give <img src=".../not-found" width="0">.
            logger.error("image %s: renditions cannot be made (%s); showing the original", image.pk, error)
            return original_image_html(image, self.attrs, context)
        distinct, widths = {}, set()
        for spec, rendition in renditions.items():
            if rendition.width not in widths:
                widths.add(rendition.width)
                distinct[spec] = rendition
        attrs = {key: value.resolve(context) for key, value in self.attrs.items()}
        if len(distinct) == 1:
            attrs.pop("sizes", None)
        return ResponsiveImage(distinct, attrs).__html__()


def original_image_html(image, attrs, context) -> str:
    """The uploaded file itself, at the slot's width (CSS sizes it): heavier than a
    rendition, better than a page that fails. Nothing if even that cannot be read."""
    try:
        url, width, height = image.file.url, image.width, image.height
    except (OSError, ValueError):
        return ""
    extra = {key: value.resolve(context) for key, value in attrs.items() if key not in ("sizes", "srcset")}
    return format_html(
        '<img src="{}" width="{}" height="{}"{}>',
        url,
        width,
        height,
        format_html("".join(f' {name}="{{}}"' for name in extra), *extra.values()) if extra else "",
    )


@register.tag
def responsive_image(parser, token):
    """`{% responsive_image page.lead_image fill-{640x360,1200x675} sizes="…" %}`: srcset_image's syntax."""
    name, _, rest = token.contents.partition(" ")
    node = parse_image_tag(
        parser, Token(token.token_type, f"srcset_image {rest}", token.position, token.lineno)
    )
    if node.output_var_name:
        raise template.TemplateSyntaxError(f"{name} renders the <img>; use srcset_image for 'as'")
    return DistinctWidthsSrcsetNode(node.image_expr, node.filter_specs, attrs=node.attrs)
