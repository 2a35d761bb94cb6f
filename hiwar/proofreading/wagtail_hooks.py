"""Proofreading in Wagtail's admin: the panel's requests and script, the count a chief
editor sees before approving or publishing, and "Accepted words" (a snippet)."""

from django.contrib import messages
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hiwar.news.models import ArticlePage

from . import editor, views
from .models import AcceptedWord


@hooks.register("register_admin_urls")
def proofreading_urls():
    return [
        path("proofreading/<int:page_id>/check/", views.check, name="proofreading_check"),
        path("proofreading/<int:page_id>/dismiss/", views.dismiss, name="proofreading_dismiss"),
    ]


@hooks.register("insert_editor_js")
def proofreading_script():
    return format_html('<script src="{}" defer></script>', static("js/admin-proofreading.js"))


def decides_on(request, page) -> bool:
    """The user may publish the page, or approve it in its current workflow task."""
    if page.permissions_for_user(request.user).can_publish():
        return True
    task = page.current_workflow_task
    return bool(task and task.specific.get_actions(page, request.user))


def open_warnings_line(count: int) -> str:
    return ngettext(
        "Before you approve or publish: %(count)s proofreading warning is not dismissed (see Proofreading).",
        "Before you approve or publish: %(count)s proofreading warnings are not dismissed (see Proofreading).",
        count,
    ) % {"count": count}


@hooks.register("before_edit_page")
def tell_the_chief_editor(request, page):
    """A chief editor opening an article sees how many warnings nobody dismissed."""
    if request.method != "GET" or not isinstance(page.specific, ArticlePage) or not decides_on(request, page):
        return None
    count = editor.open_count(page.specific)
    if count:
        messages.warning(request, open_warnings_line(count))
    return None


@hooks.register("after_publish_page")
def published_with_warnings(request, page):
    """Publishing is never refused; the chief editor is told what went out unchecked."""
    if not isinstance(page.specific, ArticlePage):
        return None
    count = editor.open_count(page.specific)
    if count:
        messages.info(
            request,
            ngettext(
                "Published with %(count)s proofreading warning not dismissed.",
                "Published with %(count)s proofreading warnings not dismissed.",
                count,
            )
            % {"count": count},
        )
    return None


class AcceptedWordViewSet(SnippetViewSet):
    model = AcceptedWord
    icon = "glasses"
    menu_label = gettext_lazy("Accepted words")
    list_display = ["word", "language"]
    list_filter = ["language"]
    search_fields = ["word"]
    add_to_admin_menu = False


register_snippet(AcceptedWordViewSet)
