"""What editors see of the importer in the Wagtail admin.

- On an imported article's edit page: a warning for each open duplicate flag
  (a near-duplicate or re-sent version arrived), the slips found in the copy,
  the photo credit of the source page and any suggested translation.
- "Import flags" in the admin menu: every duplicate flag, open ones first,
  with the incoming version to compare; ticking "dismissed" closes a flag.
"""

from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from hiwar.ingest.models import DuplicateFlag, ImportRecord

MAX_LISTED_WARNINGS = 10


def import_notices(page) -> list[str]:
    """The lines shown on the edit page of an imported article (empty for other pages)."""
    notices = []
    for flag in DuplicateFlag.objects.filter(article_id=page.pk, resolved=False):
        notices.append(
            _(
                "%(reason)s received from %(origin)s (similarity %(similarity).0f%%): «%(title)s». "
                "Compare it under Import flags, then dismiss the flag."
            )
            % {
                "reason": flag.get_reason_display().capitalize(),
                "origin": flag.origin,
                "similarity": flag.similarity * 100,
                "title": flag.incoming_title,
            }
        )
    record = ImportRecord.objects.filter(article_id=page.pk).order_by("imported_at").first()
    if record is not None:
        if record.photo_credit:
            notices.append(
                _("The source page credits its photo to «%(credit)s»: attach the image with this credit.")
                % {"credit": record.photo_credit}
            )
        for warning in record.warnings[:MAX_LISTED_WARNINGS]:
            notices.append(_("Check before publishing: %(warning)s") % {"warning": warning})
        if record.suggested_translation_of_id:
            notices.append(
                _("This may be a translation of page %(id)s (same day, source and names).")
                % {"id": record.suggested_translation_of_id}
            )
    return notices


@hooks.register("before_edit_page")
def show_import_notices(request, page):
    if request.method == "GET":
        for notice in import_notices(page):
            messages.warning(request, notice)


class DuplicateFlagViewSet(ModelViewSet):
    model = DuplicateFlag
    icon = "warning"
    menu_label = gettext_lazy("Import flags")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["article", "reason", "similarity", "origin", "created_at", "resolved"]
    list_filter = ["resolved", "reason"]
    form_fields = ["resolved"]
    inspect_view_enabled = True
    inspect_view_fields = ["article", "reason", "similarity", "origin", "created_at", "incoming", "resolved"]


@hooks.register("register_admin_viewset")
def register_duplicate_flags():
    return DuplicateFlagViewSet("import_flags")
