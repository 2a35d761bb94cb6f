"""`{% local_date page.date %}`: a date in the page's language and the site's style."""

from django import template
from django.utils.translation import get_language

from hiwar.core import dates
from hiwar.core.models import DateFormatSettings

register = template.Library()


def _style(context) -> dates.DateStyle:
    request = context.get("request")
    if request is None:
        return dates.DEFAULT_STYLE
    return DateFormatSettings.style_for_request(request)


@register.simple_tag(takes_context=True)
def local_date(context, value, lang=None):
    if not value:
        return ""
    return dates.format_date(value, lang or get_language(), _style(context))


@register.simple_tag(takes_context=True)
def local_time(context, value, lang=None):
    if not value:
        return ""
    return dates.format_time(value, lang or get_language(), _style(context))
