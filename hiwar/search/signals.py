"""Keep the index current as editors publish, unpublish, move, rename, restrict and delete.

Connected in SearchConfig.ready(); hiwar.news knows nothing of search.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .indexing import index_pages, index_subtree, remove_pages


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    index_pages([instance])


@receiver(page_unpublished)
def drop_unpublished_page(sender, instance, **kwargs):
    # Descendants keep their own live state; unpublishing them too sends a signal for each.
    index_pages([instance])


@receiver(page_slug_changed)
def reindex_renamed_subtree(sender, instance, **kwargs):
    index_subtree(instance)  # every URL below it changed


@receiver(post_page_move)
def reindex_moved_subtree(sender, instance, **kwargs):
    index_subtree(instance)  # new URLs, maybe under a private section now


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def reindex_restricted_subtree(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        index_subtree(page)


@receiver(post_delete)
def drop_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        remove_pages([instance.pk])
