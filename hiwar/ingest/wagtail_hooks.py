"""What editors see of the importer in the Wagtail admin.

- On an imported article's edit page: a warning for each open duplicate flag
  (a near-duplicate or re-sent version arrived), the slips found in the copy,
  the photo credit of the source page and any suggested translation.
- "Import flags" in the admin menu: every duplicate flag, open ones first; the
  inspect view compares the existing article with the incoming version word by
  word and offers keep / replace with incoming / a different story (ingest.flags).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from hiwar.core import dates
from hiwar.core.models import DateFormatSettings
from hiwar.ingest import flags
from hiwar.ingest.models import DuplicateFlag, ImportRecord


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
        # The copy's slips are not repeated here: the proofreading panel lists them for the
        # text as it is now, edits included (hiwar/proofreading).
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


def percentage(fraction: float, request) -> str:
    """`0.8359375` → `84%`; in the Arabic admin `٨٤٪` when the site writes Arabic-Indic digits."""
    number = f"{round(fraction * 100)}"
    if get_language() == "ar":
        if DateFormatSettings.style_for_request(request).arabic_digits == dates.ARABIC_INDIC:
            number = dates.to_arabic_indic_digits(number)
        return f"{number}\u066a"  # ARABIC PERCENT SIGN
    return f"{number}%"


def left_to_right(text: str) -> str:
    """A file path or URL kept whole inside right-to-left text: `<bdi dir="ltr">`."""
    return format_html('<bdi dir="ltr">{}</bdi>', text)


class SimilarityColumn(Column):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = percentage(instance.similarity, parent_context.get("request"))
        return context


class LeftToRightColumn(Column):
    def get_value(self, instance):
        return left_to_right(super().get_value(instance))


class YesNoColumn(BooleanColumn):
    """A tick or a cross whose tooltip is in the admin's language (Wagtail's says `False`)."""

    cell_template_name = "ingest/tables/yes_no_cell.html"


class FlagInspectView(InspectView):
    """The existing article and the incoming version side by side, and what to do."""

    template_name = "ingest/duplicateflag_inspect.html"
    action_url_name = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        flag = self.object
        existing, incoming = flags.compare_flag(flag)
        context.update(
            flag=flag,
            existing=existing,
            incoming=incoming,
            similarity=percentage(flag.similarity, self.request),
            origin=left_to_right(flag.origin),
            existing_lang=flag.article.locale.language_code,
            incoming_lang=str((flag.incoming or {}).get("lang") or flag.article.locale.language_code),
            edit_url=reverse("wagtailadmin_pages:edit", args=[flag.article_id]),
            action_url_name=self.action_url_name,
            actions=[
                (flags.KEEP, gettext_lazy("Keep the existing article")),
                (flags.REPLACE, gettext_lazy("Replace with the incoming version (as a draft)")),
                (flags.DIFFERENT_STORY, gettext_lazy("It is a different story (new draft article)")),
            ],
        )
        return context


def resolve_flag(request, pk, action):
    """POST only: keep, replace (a draft revision) or split into a new draft article."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if action not in flags.ACTIONS:
        raise Http404
    flag = get_object_or_404(DuplicateFlag.objects.select_related("article"), pk=pk)
    article = flag.article
    if action == flags.DIFFERENT_STORY:
        allowed = article.get_parent().permissions_for_user(request.user).can_add_subpage()
    else:
        allowed = article.permissions_for_user(request.user).can_edit()
    if not allowed:
        raise PermissionDenied
    if action == flags.KEEP:
        flags.keep_existing(flag)
        messages.success(request, _("Flag closed: the existing article stays as it is."))
        return redirect("import_flags:index")
    if action == flags.REPLACE:
        flags.replace_with_incoming(flag, request.user)
        messages.success(
            request, _("The article's draft now holds the incoming version. Review it, then publish.")
        )
        return redirect("wagtailadmin_pages:edit", article.pk)
    new_article = flags.split_as_new_story(flag, request.user)
    messages.success(request, _("The incoming version is now a new draft article."))
    return redirect("wagtailadmin_pages:edit", new_article.pk)


class DuplicateFlagViewSet(ModelViewSet):
    """Flags are made by the importer: no add, edit, copy or delete screens.

    An editor lists them, inspects one (the comparison) and closes it with one of
    its three actions. "Add" used to raise an IntegrityError (no similarity).
    """

    model = DuplicateFlag
    icon = "warning"
    menu_label = gettext_lazy("Import flags")
    add_to_admin_menu = True
    menu_order = 900
    list_filter = ["resolved", "reason"]
    form_fields = ["resolved"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = FlagInspectView
    READ_ONLY_VIEWS = ("add", "edit", "delete", "copy")

    @property
    def list_display(self):
        return [
            "article",  # the title column: links to the inspect view
            Column("reason", label=gettext_lazy("reason"), accessor="get_reason_display"),
            SimilarityColumn("similarity", label=gettext_lazy("similarity")),
            LeftToRightColumn("origin", label=gettext_lazy("received from")),
            DateColumn("created_at", label=gettext_lazy("received")),
            YesNoColumn("resolved", label=gettext_lazy("dismissed")),
        ]

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in self.READ_ONLY_VIEWS:
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(action_url_name=self.get_url_name("resolve"), **kwargs)

    def get_urlpatterns(self):
        kept = [pattern for pattern in super().get_urlpatterns() if pattern.name not in self.READ_ONLY_VIEWS]
        return kept + [path("resolve/<int:pk>/<slug:action>/", resolve_flag, name="resolve")]


@hooks.register("register_admin_viewset")
def register_duplicate_flags():
    return DuplicateFlagViewSet("import_flags")


# --- the imported photo credit, prefilled when an image is attached ------------------


def pending_photo_credit(request, page_id):
    """{"credit": …}: the credit the source page gave its photo (ImportRecord.photo_credit),
    for the image form opened from that article's edit page; "" when there is none."""
    from wagtail.models import Page

    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    record = ImportRecord.objects.filter(article_id=page_id).exclude(photo_credit="").order_by("imported_at")
    return JsonResponse({"credit": record.values_list("photo_credit", flat=True).first() or ""})


@hooks.register("register_admin_urls")
def photo_credit_urls():
    return [path("hiwar/photo-credit/<int:page_id>/", pending_photo_credit, name="hiwar_photo_credit")]


@hooks.register("insert_editor_js")
def photo_credit_script():
    return format_html(
        '<script src="{}" data-credit-url="{}" defer></script>',
        static("js/admin-photo-credit.js"),
        reverse("hiwar_photo_credit", args=[0]),
    )
