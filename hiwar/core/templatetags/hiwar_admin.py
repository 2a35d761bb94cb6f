"""Admin branding: the site's own name where Wagtail writes "Wagtail"."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def admin_site_name() -> str:
    return settings.WAGTAIL_SITE_NAME
