"""Tag pages: `/<lang>/tags/<slug>/`, the articles of one tag in one language, newest first.

When an edge cache comes (a later issue), its purge on publish must include the
tag pages (and their feeds, `/<lang>/tags/<slug>/feed/`) of every tag the
published or withdrawn article carries, as well as its section and home.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language

from hiwar.core.languages import direction, language_codes, language_name

from .models import Tag, paginate
from .visibility import listed_articles


def tag_articles(tag, lang):
    """The tag's articles a reader may see in `lang`: the section listings' own
    helper (`listed_articles`), so one rule decides what every listing shows."""
    return listed_articles().filter(locale__language_code=lang, tagged_items__tag=tag)


def tag_url(slug, lang):
    with translation.override(lang):
        return reverse("hiwar-tag", kwargs={"slug": slug})


def tag_language_links(request, tag, current):
    """Switcher links to the languages in which the tag has articles: never a link
    to an empty tag page (1 query)."""
    langs = set(
        listed_articles()
        .filter(tagged_items__tag=tag)
        .order_by()
        .values_list("locale__language_code", flat=True)
        .distinct()
    )
    links = []
    for code in language_codes():
        if code in langs:
            url = tag_url(tag.slug, code)
            links.append(
                {
                    "code": code,
                    "name": language_name(code),
                    "dir": direction(code),
                    "url": url,
                    "full_url": request.build_absolute_uri(url),
                    "current": code == current,
                }
            )
    return links


def tag_page(request, slug):
    lang = get_language()
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        raise Http404("No such tag")
    articles = tag_articles(tag, lang)
    page_obj = paginate(articles, request.GET.get("page"), settings.HIWAR_SECTION_PAGE_SIZE)
    if not page_obj.object_list:  # a tag with no article in this language is unknown here
        raise Http404("No article with this tag in this language")
    request._hiwar_language_links = tag_language_links(request, tag, lang)  # read by base.html
    return render(request, "news/tag_page.html", {"tag": tag, "page_obj": page_obj})
