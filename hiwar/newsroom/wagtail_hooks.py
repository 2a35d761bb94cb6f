"""The newsroom's additions to Wagtail's admin."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks


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
