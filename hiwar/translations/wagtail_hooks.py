"""The "Translations" menu item and screens, the notice on an outdated translation's
edit page, and right-to-left segments in wagtail-localize's editor."""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton

from hiwar.news.models import ArticlePage
from hiwar.text.languages import RTL_LANGUAGES

from . import views
from .models import TranslationLink

app_urls = (
    [
        path("", views.dashboard, name="dashboard"),
        path("diff/<int:page_id>/", views.source_diff, name="diff"),
        path("review/<int:page_id>/", views.mark_reviewed, name="review"),
        path("translate/<int:page_id>/<str:lang>/", views.translate, name="translate"),
        path("source/<int:page_id>/", views.edit_source, name="source"),
    ],
    "translations",
)


@hooks.register("register_admin_urls")
def translation_urls():
    return [path("translations/", include(app_urls, namespace="translations"))]


@hooks.register("register_admin_menu_item")
def translations_menu_item():
    return MenuItem(
        gettext_lazy("Translations"), reverse("translations:dashboard"), icon_name="globe", order=850
    )


def source_link_button(page, user, view_name=None, next_url=None):
    """An article's header and listing menus: "Source of this translation" (the form that
    sets or clears the link), for whoever may edit the article."""
    if page.specific_class is ArticlePage and page.permissions_for_user(user).can_edit():
        yield ListingButton(
            _("Source of this translation"),
            reverse("translations:source", args=[page.pk]),
            priority=70,
            icon_name="link",
        )


hooks.register("register_page_header_buttons", source_link_button)
hooks.register("register_page_listing_more_buttons", source_link_button)


# Before wagtail-localize's own before_edit_page hook, which answers with its editor.
@hooks.register("before_edit_page", order=-10)
def outdated_notice(request, page):
    """An outdated translation's editor (Wagtail's or wagtail-localize's) says so and
    links to the source's diff; a translation whose source was deleted says it is an
    original now. Readers see nothing of it."""
    if request.method != "GET":
        return None
    link = TranslationLink.objects.filter(page_id=page.pk).first()
    if link is None:
        return None
    if link.source_id is None:
        messages.info(request, _("The source of this translation was deleted: it is an original now."))
    elif link.outdated_at is not None:
        messages.warning(
            request,
            _("The source of this translation has changed since it was translated."),
            buttons=[
                messages.button(reverse("translations:diff", args=[page.pk]), _("See what changed")),
            ],
        )
    return None


@hooks.register("insert_editor_js")
def translation_editor_direction():
    """wagtail-localize's editor has no right-to-left support (its issue #197): target
    segments in Arabic are set `dir="rtl"`, source segments get their language's."""
    return format_html(
        '<link rel="stylesheet" href="{}"><script src="{}" data-rtl="{}" defer></script>',
        static("css/admin-translation-editor.css"),
        static("js/admin-translation-editor.js"),
        ",".join(sorted(RTL_LANGUAGES)),
    )
