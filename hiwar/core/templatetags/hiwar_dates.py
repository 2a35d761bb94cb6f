"""`{% local_date page.date %}`: a date in the page's language and the site's style;
`{{ page.date|machine_datetime }}`: the same instant for machines."""

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


@register.filter
def machine_datetime(value):
    """`<time datetime="{{ page.date|machine_datetime }}">`: see dates.machine_datetime."""
    return dates.machine_datetime(value) if value else ""


@register.simple_tag(takes_context=True)
def local_time(context, value, lang=None):
    if not value:
        return ""
    return dates.format_time(value, lang or get_language(), _style(context))


@register.simple_tag(takes_context=True)
def local_number(context, value, lang=None):
    """A count in the digits the page's dates use: `12` → `١٢` on Arabic pages by default."""
    lang = lang or get_language()
    text = str(value)
    if lang == "ar" and _style(context).arabic_digits == dates.ARABIC_INDIC:
        return dates.to_arabic_indic_digits(text)
    return text
