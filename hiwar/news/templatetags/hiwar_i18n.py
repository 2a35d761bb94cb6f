"""Language switcher and hreflang alternates; the organisation's name.

Only languages in which the page really exists are listed: a missing
translation never sends a reader to a page in another language.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from hiwar.core.languages import direction, language_codes, language_name
from hiwar.news.translations import visible_translations
from hiwar.text import organisation as names

register = template.Library()


@register.simple_tag
def organisation(part="name"):
    """`{% organisation %}` → the full name in the current language (hiwar.text.organisation);
    `{% organisation "group" %}` → `Группа стратегического видения`, `{% organisation "tagline" %}` →
    `Россия – исламский мир`."""
    lang = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if part == "group":
        return names.GROUP.get(lang, names.GROUP["en"])
    if part == "tagline":
        return names.TAGLINE.get(lang, names.TAGLINE["en"])
    return names.organisation_name(lang)


def _link(code, url, full_url, current):
    return {
        "code": code,
        "name": language_name(code),
        "dir": direction(code),
        "url": url,
        "full_url": full_url,
        "current": current,
    }


def page_language_links(page, request):
    """One link per translation of `page` a reader may see, in the site's language order."""
    current = get_language()
    links = []
    for code, translation in visible_translations(page, request).items():
        url = translation.get_url(request)
        links.append(_link(code, url, request.build_absolute_uri(url), code == current))
    return links


def path_language_links(request):
    """For views that are not pages (search, errors): the same path in each language."""
    current = get_language()
    links = []
    for code in language_codes():
        url = translate_url(request.get_full_path(), code)
        links.append(_link(code, url, request.build_absolute_uri(url), code == current))
    return links


@register.simple_tag(takes_context=True)
def language_links(context):
    """Cached on the request: the switcher and the <head> alternates share one query."""
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_hiwar_language_links", None)
    if cached is not None:
        return cached
    page = context.get("page")
    if page is not None and getattr(page, "pk", None) and context.get("is_page_view", True):
        links = page_language_links(page, request)
    else:
        links = path_language_links(request)
    request._hiwar_language_links = links
    return links


@register.simple_tag(takes_context=True)
def x_default_url(context):
    """`x-default` points at the site's default language version when it exists."""
    links = language_links(context)
    for link in links:
        if link["code"] == settings.LANGUAGE_CODE:
            return link["full_url"]
    return links[0]["full_url"] if links else ""


@register.simple_tag
def text_direction(code=None):
    return direction((code or get_language() or settings.LANGUAGE_CODE)[:2])
