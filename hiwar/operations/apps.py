from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """The operator's tools: backup and restore, and the task worker (run_worker)."""

    name = "hiwar.operations"
    label = "operations"
    verbose_name = _("operations")
