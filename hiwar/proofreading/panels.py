"""The "Proofreading" panel at the top of the article's content tab.

It lists the warnings of the version being edited (the latest revision: each save
shows the new ones); the editor's script (static/js/admin-proofreading.js) checks the
unsaved text again whenever the preview updates, and posts dismissals. It never
blocks saving or publishing: it is not a form field."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from . import editor


class ProofreadingPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Proofreading"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "proofreading"

    class BoundPanel(Panel.BoundPanel):
        template_name = "proofreading/panel.html"

        @property
        def media(self):
            return forms.Media(css={"all": ["css/admin-proofreading.css"]})

        def is_shown(self):
            return bool(getattr(self.instance, "pk", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            report = editor.report_for(self.instance)
            context.update(panel_context(self.instance, report, self.request))
            return context


def panel_context(page, report, request) -> dict:
    permissions = page.permissions_for_user(request.user)
    return {
        "report": report,
        "page_id": page.pk,
        "check_url": reverse("proofreading_check", args=[page.pk]),
        "dismiss_url": reverse("proofreading_dismiss", args=[page.pk]),
        "can_publish": permissions.can_publish(),
    }
