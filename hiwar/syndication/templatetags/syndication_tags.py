"""`{% article_head %}`: Open Graph, Twitter card and JSON-LD `NewsArticle`.

The canonical link and the hreflang alternates are written by base.html; this
adds what social sites and search engines read about an article. One query
when the article has translations (the source language recorded by
wagtail-localize), none otherwise: the versions themselves come from the
language switcher's links (the publication policy's), already made for base.html.
"""

import json

from django import template
from django.templatetags.static import static
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from hiwar.core.dates import machine_datetime
from hiwar.core.languages import language_codes
from hiwar.news.bodies import image_data, plain
from hiwar.news.navigation import navigation_for
from hiwar.news.translations import original_language

from ..publication import og_locale, publication_name

register = template.Library()

# PNG, not the SVG favicon: Google accepts no SVG for a logo or an article image.
LOGO = {"path": "img/logo.png", "width": 512, "height": 512, "type": "image/png"}
SOCIAL_CARD = {"path": "img/social-card.png", "width": 1200, "height": 630, "type": "image/png"}

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data) -> str:
    """A JSON-LD script element; `</script>` inside a value cannot end it."""
    text = json.dumps(data, ensure_ascii=False, indent=None).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def language_versions(page, context):
    """[(lang, url, first published)] of the article's versions a reader may see, in the
    site's language order: the switcher's own (visibility policy), which base.html has
    already looked up and cached on the request, so no query."""
    from hiwar.news.templatetags.hiwar_i18n import language_links
    from hiwar.news.translations import visible_translations

    request = context["request"]
    links = {link["code"]: link["full_url"] for link in language_links(context)}
    links.setdefault(page.locale.language_code, request.build_absolute_uri(request.path))
    dates = {
        code: version.first_published_at for code, version in visible_translations(page, request).items()
    }
    dates.setdefault(page.locale.language_code, page.first_published_at or page.date)
    return [(code, links[code], dates[code]) for code in language_codes() if code in links and code in dates]


def logo_object(request):
    url = request.build_absolute_uri(static(LOGO["path"]))
    return {
        "@type": "ImageObject",
        "url": url,
        "contentUrl": url,
        "width": LOGO["width"],
        "height": LOGO["height"],
    }


def site_image(request, lang):
    """The site's own picture (its mark on the brand colour), for pages and articles
    that have none: the same keys as `image_data`."""
    return {
        "url": request.build_absolute_uri(static(SOCIAL_CARD["path"])),
        "width": SOCIAL_CARD["width"],
        "height": SOCIAL_CARD["height"],
        "type": SOCIAL_CARD["type"],
        "alt": publication_name(lang),
        "credit": publication_name(lang),
        "caption": "",
    }


def article_data(page, context, tags=None):
    request = context["request"]
    lang = page.locale.language_code
    canonical = request.build_absolute_uri(request.path)
    image = image_data(page.lead_image, lang, request, page.lead_image_caption, page.title)
    description = page.meta_description or plain(page.title)
    versions = language_versions(page, context)
    original = (
        original_language(page, [(code, date) for code, _url, date in versions])
        if len(versions) > 1
        else lang
    )
    home = navigation_for(lang, request)["home"]  # cached menu, read once per request: no query
    publisher = {
        "@type": "NewsMediaOrganization",
        "name": publication_name(lang),
        "url": request.build_absolute_uri(home["url"] if home else "/"),
        "logo": logo_object(request),
    }
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": canonical,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "headline": page.title[:110],
        "description": description,
        "inLanguage": lang,
        "datePublished": machine_datetime(page.date),
        "dateModified": machine_datetime(page.modified_at),
        "publisher": publisher,
        "author": (
            {"@type": "Person", "name": page.author}
            if page.author
            else {"@type": "NewsMediaOrganization", "name": publisher["name"], "url": publisher["url"]}
        ),
        "articleSection": page.section.title,
    }
    if not image:
        # An article without a picture (agency copy) names the site's logo.
        data["image"] = logo_object(request)
    else:
        data["image"] = {
            "@type": "ImageObject",
            "url": image["url"],
            "contentUrl": image["url"],
            "width": image["width"],
            "height": image["height"],
            "caption": image["caption"] or None,
            "creditText": image["credit"],
            "copyrightNotice": image["credit"],
        }
        data["image"] = {key: value for key, value in data["image"].items() if value is not None}
    if page.source_name:
        data["isBasedOn"] = {
            "@type": "NewsArticle",
            "publisher": {"@type": "Organization", "name": page.source_name},
            **({"url": page.source_url, "@id": page.source_url} if page.source_url else {}),
        }
    if page.reader_corrections:
        data["correction"] = [
            {
                "@type": "CorrectionComment",
                "text": correction.text,
                "datePublished": machine_datetime(correction.at),
            }
            for correction in page.reader_corrections
        ]
    tags = list(page.tags.all()) if tags is None else tags
    if tags:
        data["keywords"] = [tag.name for tag in tags]
    others = [(code, url) for code, url, _date in versions if code != lang and url]
    if original == lang:
        if others:
            data["workTranslation"] = [
                {"@type": "NewsArticle", "@id": url, "url": url, "inLanguage": code} for code, url in others
            ]
    else:
        original_url = next(url for code, url, _date in versions if code == original)
        data["translationOfWork"] = {
            "@type": "NewsArticle",
            "@id": original_url,
            "url": original_url,
            "inLanguage": original,
        }
        if page.unofficial_translation:
            data["creativeWorkStatus"] = "unofficial translation"
    return data, image, description, versions


@register.simple_tag(takes_context=True)
def article_head(context):
    request, page = context.get("request"), context.get("page")
    if request is None or page is None or not getattr(page, "pk", None):
        return ""
    data, image, description, versions = article_data(page, context, context.get("tags"))
    lang = data["inLanguage"]
    meta = [
        ("property", "og:type", "article"),
        ("property", "og:site_name", data["publisher"]["name"]),
        ("property", "og:title", page.title),
        ("property", "og:description", description),
        ("property", "og:url", data["url"]),
        ("property", "og:locale", og_locale(lang)),
    ]
    meta += [
        ("property", "og:locale:alternate", og_locale(code)) for code, _url, _date in versions if code != lang
    ]
    shared = image or site_image(request, lang)
    meta += image_meta(shared)
    meta += [
        ("property", "article:published_time", data["datePublished"]),
        ("property", "article:modified_time", data["dateModified"]),
        ("property", "article:section", data["articleSection"]),
    ]
    meta += [("property", "article:tag", tag) for tag in data.get("keywords", [])]
    meta += [
        ("name", "twitter:card", "summary_large_image" if image else "summary"),
        ("name", "twitter:title", page.title),
        ("name", "twitter:description", description),
    ]
    meta += [("name", "twitter:image", shared["url"]), ("name", "twitter:image:alt", shared["alt"])]
    tags = format_html_join("\n", '<meta {}="{}" content="{}">', meta)
    return format_html("{}\n{}", tags, json_ld(data))


def image_meta(image):
    return [
        ("property", "og:image", image["url"]),
        ("property", "og:image:width", str(image["width"])),
        ("property", "og:image:height", str(image["height"])),
        ("property", "og:image:type", image["type"]),
        ("property", "og:image:alt", image["alt"]),
    ]


@register.simple_tag(takes_context=True)
def listing_head(context, title="", description="", articles=()):
    """Open Graph and Twitter card of a home, section or tag page (`og:type` website).

    The picture is that of the first of `articles` (the home's lead story, a
    listing's newest) that has one, else the site's own card."""
    from hiwar.news.templatetags.hiwar_i18n import language_links

    request = context.get("request")
    if request is None:
        return ""
    lang = get_language()
    name = publication_name(lang)
    title = title or name
    description = " ".join((description or name).split())
    image = None
    lead = next((article for article in articles or () if article and article.lead_image_id), None)
    if lead is not None:
        image = image_data(lead.lead_image, lang, request, lead.lead_image_caption, lead.title)
    image = image or site_image(request, lang)
    meta = [
        ("property", "og:type", "website"),
        ("property", "og:site_name", name),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", request.build_absolute_uri(request.path)),
        ("property", "og:locale", og_locale(lang)),
    ]
    meta += [
        ("property", "og:locale:alternate", og_locale(link["code"]))
        for link in language_links(context)
        if link["code"] != lang
    ]
    meta += image_meta(image)
    meta += [
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
        ("name", "twitter:image", image["url"]),
        ("name", "twitter:image:alt", image["alt"]),
    ]
    return format_html_join("\n", '<meta {}="{}" content="{}">', meta)
