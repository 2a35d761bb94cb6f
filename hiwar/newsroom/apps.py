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
