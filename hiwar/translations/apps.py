from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Translations that stay in step: a state per story and language, outdated
    detection on publish, the "Translations" dashboard, the source diff, RTL in
    wagtail-localize's editor (docs/translations.md)."""

    name = "hiwar.translations"
    label = "translations"
    verbose_name = _("Translations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
        from .links import keep_notice_out_of_sync

        keep_notice_out_of_sync()
