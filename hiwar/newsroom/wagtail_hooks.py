"""The newsroom's additions to Wagtail's admin."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from . import takedowns, views


@hooks.register("before_edit_page")
def refuse_save_over_a_newer_version(request, page):
    """Two editors on one article: the second save, made on a version the first has
    since replaced, is refused rather than silently overwriting the first's edit.

    Wagtail's editor shows both editors that the other is there and, for autosave,
    refuses such a save itself; a plain form post it would accept."""
    if request.method != "POST" or request.POST.get("overwrite_revision_id"):
        return None
    loaded = request.POST.get("loaded_revision_id")
    latest = page.latest_revision_id
    if not loaded or latest is None or loaded == str(latest):
        return None
    newer = page.latest_revision
    messages.error(
        request,
        _(
            "Not saved: %(user)s saved a newer version of this page while you were editing. "
            "Compare it with yours in the history, then make your changes again."
        )
        % {"user": newer.user.get_full_name() or newer.user.get_username() if newer.user else "?"},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("register_admin_urls")
def takedown_urls():
    return [path("newsroom/takedown/<int:page_id>/", views.TakedownView.as_view(), name="newsroom_takedown")]


class TakedownButton(PageMenuItem):
    """ "Take down" in the page's menus (its header and the explorer's "more"), for
    whoever may withdraw it, on a published article."""

    label = gettext_lazy("Take down")
    icon_name = "warning"
    url_name = "newsroom_takedown"

    def is_shown(self, user):
        from hiwar.news.models import ArticlePage

        return (
            self.page.live
            and issubclass(self.page.specific_class or type(self.page), ArticlePage)
            and takedowns.may_take_down(self.page, user)
        )


@hooks.register("register_page_header_buttons")
def takedown_header_button(page, user, view_name=None, next_url=None):
    yield TakedownButton(page=page, priority=62)


@hooks.register("register_page_listing_more_buttons")
def takedown_listing_button(page, user, next_url=None):
    yield TakedownButton(page=page, priority=42)


@hooks.register("register_log_actions")
def takedown_log_action(actions):
    @actions.register_action(takedowns.ACTION)
    class TakedownFormatter(LogFormatter):
        """In the page's history: "Taken down (reason shown to readers)", the reason as its comment."""

        label = gettext_lazy("Take down")

        def format_message(self, log_entry):
            if log_entry.data.get("public"):
                return _("Taken down (reason shown to readers)")
            return _("Taken down")

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")
