"""Serving a page: the publication policy decides, before Wagtail renders it."""

from django.http import Http404
from wagtail import hooks

from .visibility import is_visible


@hooks.register("before_serve_page")
def hide_what_readers_may_not_see(page, request, serve_args, serve_kwargs):
    """An article dated in the future or past its expiry answers 404 at its own URL.

    Wagtail's routing already refuses pages that are not live, and its own hook
    (check_view_restrictions) asks for the login or password of a private page.
    Editors see unpublished and future pages through preview, which does not come here.
    """
    if not is_visible(page, check_restrictions=False):
        raise Http404("Not published")
