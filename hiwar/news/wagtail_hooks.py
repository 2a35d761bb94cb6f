"""The page editor types slugs with our transliteration (hiwar.text.slugs), not Wagtail's.

Wagtail's JavaScript slugify turns `وزير الخارجية` into `ozyr-lkhrgy`, the server
(importer, demo, TransliteratedSlugMixin) into `wzyr-alkharjyt`: one scheme
everywhere, so the admin asks the server (`/admin/hiwar/slug/?text=…`).
"""

from django.http import JsonResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks

from hiwar.text.slugs import slugify_title

MAX_TEXT = 1000


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
