from django.apps import AppConfig


class EdgeConfig(AppConfig):
    name = "hiwar.edge"
    label = "edge"
    verbose_name = "Edge cache: HTTP cache headers and purges"

    def ready(self):
        from . import purge

        purge.connect_signals()
