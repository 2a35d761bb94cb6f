"""The search index's background tasks (django-tasks; hiwar/settings/base.py TASKS).

The signals (signals.py) enqueue these with page ids, in the editor's transaction:
with TASK_BACKEND=immediate they run at once, inline; with TASK_BACKEND=database the
task row commits with the publish (or not at all, if it rolls back) and
`manage.py run_worker` runs it moments later. Each task reads the pages as they are
when it runs, so a late or repeated run writes the right rows: all are idempotent.
"""

import functools
import logging

from django_tasks import task
from wagtail.models import Page

from .indexing import index_pages, index_subtree, remove_pages

logger = logging.getLogger(__name__)


def repairable(function):
    """A failed run is logged with the repair (and still fails, for the task's record)."""

    @functools.wraps(function)
    def run(*args):
        try:
            return function(*args)
        except Exception:
            logger.exception(
                "search index not updated by %s%r; run rebuild_search_index", function.__name__, args
            )
            raise

    return run


@task()
@repairable
def index_pages_by_id(page_ids: list[int]) -> int:
    """Index (or drop from the index) these pages as they are now; returns rows written."""
    pages = Page.objects.filter(pk__in=page_ids).specific()
    found = {page.pk for page in pages}
    remove_pages([page_id for page_id in page_ids if page_id not in found])  # deleted meanwhile
    return index_pages(pages)


@task()
@repairable
def index_subtree_by_id(page_id: int) -> int:
    """Re-evaluate a page and its descendants (moved, renamed, restricted)."""
    page = Page.objects.filter(pk=page_id).first()
    return index_subtree(page) if page is not None else 0


@task()
@repairable
def remove_pages_by_id(page_ids: list[int]) -> None:
    remove_pages(page_ids)
