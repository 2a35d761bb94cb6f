from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """The operator's tools: backup and restore (more to come: the task worker, scale-out)."""

    name = "hiwar.operations"
    label = "operations"
    verbose_name = _("operations")
