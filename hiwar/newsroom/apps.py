from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    """The editors' face: desks and roles, the approval workflow, scheduling."""

    name = "hiwar.newsroom"
    label = "newsroom"
    verbose_name = _("Newsroom")

    def ready(self):
        from . import names, signals  # noqa: F401  (connects the receivers)

        names.connect_all()
        self.check_go_live_times()
        self.add_corrections_panel()

    def add_corrections_panel(self):
        """Corrections are edited on the article's own page (its content tab); `news`
        does not know about them, the article template shows any it finds."""
        from wagtail.admin.panels import InlinePanel

        from hiwar.news.models import ArticlePage

        ArticlePage.content_panels = [
            *ArticlePage.content_panels,
            InlinePanel("corrections", heading=_("Corrections"), label=_("Correction")),
        ]

    def check_go_live_times(self):
        """Every page type's admin form refuses a go-live time in the past (forms.py).

        Set before Wagtail builds (and caches) the edit forms, on first use."""
        from wagtail.admin.forms import WagtailAdminPageForm
        from wagtail.models import get_page_models

        from .forms import scheduling_form_class

        for model in get_page_models():
            base = getattr(model, "base_form_class", None) or WagtailAdminPageForm
            model.base_form_class = scheduling_form_class(base)
