from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProofreadingConfig(AppConfig):
    """Proofreading in the editor: the warnings of hiwar.text.proofreading on the
    article's edit page, in the admin's language; dismissals; the site's vocabulary
    that spelling accepts; `manage.py proofread`."""

    name = "hiwar.proofreading"
    label = "proofreading"
    verbose_name = _("Proofreading")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)

        self.add_proofreading_panel()

    def add_proofreading_panel(self):
        """The warnings are shown at the top of the article's content tab; `news` does
        not know about proofreading (imports point down)."""
        from hiwar.news.models import ArticlePage

        from .panels import ProofreadingPanel

        ArticlePage.content_panels = [ProofreadingPanel(), *ArticlePage.content_panels]
