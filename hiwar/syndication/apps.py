from django.apps import AppConfig


class SyndicationConfig(AppConfig):
    name = "hiwar.syndication"
    label = "syndication"
    verbose_name = "Distribution: feeds, sitemaps, structured data"
