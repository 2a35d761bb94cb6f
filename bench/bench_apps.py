"""The search app as the benchmarks install it: alone, on bare index tables.

bench/search.py and bench/search_quality.py write rows straight into the
search tables through the site's backend, with no Wagtail pages; the real
SearchConfig connects Wagtail's page signals in ready(), which needs Wagtail.
"""

from hiwar.search.apps import SearchConfig


class BareSearchConfig(SearchConfig):
    def ready(self):
        """No page signals: there are no pages."""
