"""The public search page: /<lang>/search/?q=…[&lang=all][&page=N]."""

from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import get_language

from .query import InvalidSearch, search

PER_PAGE = 10


def search_page(request):
    site_lang = (get_language() or "ar").split("-")[0]
    lang = request.GET.get("lang") or site_lang
    query = request.GET.get("q", "")
    try:
        results = search(query, lang, request.GET.get("page", 1), PER_PAGE) if query.strip() else None
    except InvalidSearch as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    context = {
        "query": results.query if results else "",
        "search_lang": lang,
        "results": results,
    }
    return render(request, "search/search_page.html", context)
