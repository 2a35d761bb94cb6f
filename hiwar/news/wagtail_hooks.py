"""Hooks of the page editor and of serving pages.

- Serving a page: the publication policy decides, before Wagtail renders it.
- The page editor types slugs with our transliteration (hiwar.text.slugs), not
  Wagtail's: its JavaScript slugify turns `وزير الخارجية` into `ozyr-lkhrgy`, the
  server (importer, demo, TransliteratedSlugMixin) into `wzyr-alkharjyt`; one scheme
  everywhere, so the admin asks the server (`/admin/hiwar/slug/?text=…`).
"""

from django.http import Http404, JsonResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks

from hiwar.text.slugs import slugify_title

from .visibility import is_visible

MAX_TEXT = 1000


@hooks.register("before_serve_page")
def hide_what_readers_may_not_see(page, request, serve_args, serve_kwargs):
    """An article dated in the future or past its expiry answers 404 at its own URL.

    Wagtail's routing already refuses pages that are not live, and its own hook
    (check_view_restrictions) asks for the login or password of a private page.
    Editors see unpublished and future pages through preview, which does not come here.
    """
    if not is_visible(page, check_restrictions=False):
        raise Http404("Not published")


def slug_for(request):
    return JsonResponse({"slug": slugify_title(request.GET.get("text", "")[:MAX_TEXT])})


@hooks.register("register_admin_urls")
def slug_urls():
    return [path("hiwar/slug/", slug_for, name="hiwar_slug")]


@hooks.register("insert_editor_js")
def slug_script():
    return format_html(
        '<script src="{}" data-slug-url="{}" defer></script>',
        static("js/admin-slug.js"),
        reverse("hiwar_slug"),
    )
