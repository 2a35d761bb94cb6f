from django.apps import AppConfig, apps


class SearchConfig(AppConfig):
    name = "hiwar.search"
    label = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # bench/ scripts run this app alone, without Wagtail, on bare index tables.
        if apps.is_installed("wagtail"):
            from . import signals  # noqa: F401
