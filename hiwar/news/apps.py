from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "hiwar.news"
    label = "news"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished

        from . import bundles
        from .navigation import forget_navigation

        # Menu pages can change by publishing, unpublishing, moving or deleting.
        for signal in (page_published, page_unpublished, post_delete, post_save):
            signal.connect(forget_navigation, dispatch_uid=f"hiwar-nav-{id(signal)}")
        # Every change of content, settings or sites makes the page bundles stale.
        bundles.connect_signals()
