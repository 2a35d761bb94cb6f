"""The public search page:
/<lang>/search/?q=…[&lang=all][&section=slug][&from=YYYY-MM-DD][&to=YYYY-MM-DD][&sort=date][&page=N].

A bad filter (unknown section or sort, a malformed date, a range ending before it
starts, an unknown language) answers 400 with the form and the message; never a 500.
The edge never caches this page (hiwar/edge/headers.py), so every parameter reaches it.
"""

from urllib.parse import urlencode

from django.shortcuts import render
from django.utils.translation import get_language

from hiwar.news.models import SectionPage
from hiwar.news.visibility import visible

from .query import InvalidSearch, clean_filters, group_by_story, search, suggest

PER_PAGE = 10


def search_page(request):
    site_lang = (get_language() or "ar").split("-")[0]
    lang = request.GET.get("lang") or site_lang
    query = request.GET.get("q", "")
    context = {
        "query": query[:1000],
        "search_lang": lang,
        "results": None,
        "sections": visible(SectionPage.objects.filter(locale__language_code=site_lang)).order_by("path"),
        "form": {key: request.GET.get(key, "")[:100] for key in ("section", "from", "to", "sort")},
    }
    try:
        filters = clean_filters(
            request.GET.get("section"),
            request.GET.get("from"),
            request.GET.get("to"),
            request.GET.get("sort"),
        )
        if query.strip():
            results = search(query, lang, request.GET.get("page", 1), PER_PAGE, filters=filters)
            context["query"] = results.query
            context["results"] = results
            context["groups"] = group_by_story(results.results, request) if lang == "all" else None
            context["suggestion"] = suggest(query, lang) if results.total == 0 else None
            base = {"q": results.query, "lang": lang, **filters.as_params()}
            context["page_query"] = urlencode(base)
            if context["suggestion"]:
                context["suggestion_query"] = urlencode({**base, "q": context["suggestion"]})
    except InvalidSearch as error:
        context["error"] = str(error)
        return render(request, "search/search_page.html", context, status=400)
    return render(request, "search/search_page.html", context)
