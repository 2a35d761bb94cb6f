from django import template
from django.core.cache import cache
from django.utils.translation import get_language

from hiwar.news.navigation import navigation_for

register = template.Library()


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The current language's home and menu pages: [{"title", "url", "slug"}]."""
    return navigation_for(get_language())


@register.filter
def credit_in(image, lang):
    return image.credit_in(lang) if image else ""
