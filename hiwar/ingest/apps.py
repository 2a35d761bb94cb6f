from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "hiwar.ingest"
    label = "ingest"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from hiwar.news.models import ArticlePage

        from . import redirects

        # An imported article's old URL answers 301 once the article is visible (redirects.py).
        page_published.connect(
            lambda sender, instance, **kwargs: redirects.redirect_old_urls(instance),
            sender=ArticlePage,
            dispatch_uid="ingest-old-url-redirects",
            weak=False,
        )
        page_unpublished.connect(
            lambda sender, instance, **kwargs: redirects.drop_old_url_redirects(instance),
            sender=ArticlePage,
            dispatch_uid="ingest-old-url-redirects-off",
            weak=False,
        )
