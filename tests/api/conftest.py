from tests.syndication.conftest import news, news_world, site_tree  # noqa: F401  the same published and unpublished pages
