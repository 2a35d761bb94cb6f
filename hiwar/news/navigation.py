"""The menu of each language, cached until a page in it changes."""

from django.core.cache import cache

from hiwar.core.routing import read_from_primary

CACHE_KEY = "hiwar:navigation:{lang}"


def _build(lang):
    from hiwar.news.models import HomePage

    from .visibility import visible

    home = visible(HomePage.objects.filter(locale__language_code=lang)).first()
    if home is None:
        return {"home": None, "items": []}
    items = [
        {"title": child.title, "url": child.url, "slug": child.slug}
        for child in visible(home.get_children()).in_menu().only("title", "url_path", "slug")
    ]
    return {"home": {"title": home.title, "url": home.url}, "items": items}


def navigation_for(lang, request=None):
    """The menu of `lang`; read once per request when `request` is given (the header
    and the article's JSON-LD both ask: one cache round trip, not two)."""
    memo = getattr(request, "_hiwar_navigation", None) if request is not None else None
    if memo is not None and lang in memo:
        return memo[lang]
    navigation = _cached(lang)
    if request is not None:
        if memo is None:
            memo = request._hiwar_navigation = {}
        memo[lang] = navigation
    return navigation


def _cached(lang):
    key = CACHE_KEY.format(lang=lang)
    navigation = cache.get(key)
    if navigation is None:
        with read_from_primary():  # kept until a change deletes it: not from a replica behind it
            navigation = _build(lang)
        cache.set(key, navigation, 60 * 60)
    return navigation


def forget_navigation(sender=None, instance=None, **kwargs):
    from django.conf import settings
    from wagtail.models import Page

    if instance is not None and not isinstance(instance, Page):
        return
    cache.delete_many([CACHE_KEY.format(lang=code) for code, _name in settings.LANGUAGES])
