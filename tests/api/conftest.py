from tests.syndication.conftest import news  # noqa: F401  the same published and unpublished pages
