"""Keep the index current as editors publish, unpublish, move, rename, restrict and delete.

Connected in SearchConfig.ready(); hiwar.news knows nothing of search. Each handler
enqueues a task (tasks.py): inline by default, run by the task worker in production.
A failure to index is logged and never stops the editor's action;
`manage.py rebuild_search_index` repairs the index. (Every search applies the
publication policy at query time anyway, so a stale row cannot leak a page.)
"""

import functools
import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .tasks import index_pages_by_id, index_subtree_by_id, remove_pages_by_id

logger = logging.getLogger(__name__)


def never_blocks_editing(handler):
    @functools.wraps(handler)
    def safe_handler(sender, instance, **kwargs):
        try:
            with transaction.atomic():  # a failed index write must not break the editor's transaction
                handler(sender, instance, **kwargs)
        except Exception:
            logger.exception("search index not updated for %r; run rebuild_search_index", instance)

    return safe_handler


@receiver(page_published)
@never_blocks_editing
def index_published_page(sender, instance, **kwargs):
    index_pages_by_id.enqueue([instance.pk])


@receiver(page_unpublished)
@never_blocks_editing
def drop_unpublished_page(sender, instance, **kwargs):
    # Descendants keep their own live state; unpublishing them too sends a signal for each.
    index_pages_by_id.enqueue([instance.pk])


@receiver(page_slug_changed)
@never_blocks_editing
def reindex_renamed_subtree(sender, instance, **kwargs):
    index_subtree_by_id.enqueue(instance.pk)  # every URL below it changed


@receiver(post_page_move)
@never_blocks_editing
def reindex_moved_subtree(sender, instance, **kwargs):
    index_subtree_by_id.enqueue(instance.pk)  # new URLs, maybe under a private section now


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@never_blocks_editing
def reindex_restricted_subtree(sender, instance, **kwargs):
    if Page.objects.filter(pk=instance.page_id).exists():
        index_subtree_by_id.enqueue(instance.page_id)


@receiver(post_delete)
def drop_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page):  # any model's deletion comes here
        drop_page(sender, instance)


@never_blocks_editing
def drop_page(sender, instance, **kwargs):
    remove_pages_by_id.enqueue([instance.pk])
