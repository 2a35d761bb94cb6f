"""A new language tree gets its desk's permissions and the workflow the moment its
home page is created; after every `migrate`, Administrators hold every permission."""

from django.apps import apps as global_apps
from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from hiwar.news.models import ArticlePage, HomePage

from . import setup


@receiver(post_save, sender=HomePage, dispatch_uid="newsroom-grant-tree")
def grant_new_tree(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        setup.grant_tree(global_apps, instance)


@receiver(post_migrate, dispatch_uid="newsroom-administrators")
def grant_administrators(sender, app_config=None, using="default", **kwargs):
    # Sent once per app, after that app's permissions are created: the last one
    # finds them all.
    last = [config for config in global_apps.get_app_configs() if config.models_module is not None][-1]
    if app_config is not None and app_config.label == last.label:
        setup.grant_administrators_everything(global_apps)


@receiver(page_published, dispatch_uid="newsroom-lift-takedown")
def lift_takedown(sender, instance, **kwargs):
    """Published again after a takedown (by a chief editor, or an approval): the
    address serves the article again, no longer 410 Gone."""
    from .takedowns import lift

    lift(instance)


@receiver(page_published, sender=ArticlePage, dispatch_uid="newsroom-update-stamp")
def stamp_update(sender, instance, revision=None, **kwargs):
    """A version marked as an update, published after the first publication, gives
    the article its "Updated" stamp (the moment it went live). The first
    publication is no update, whatever the box says."""
    marked = revision.content.get("marked_as_update") if revision is not None else instance.marked_as_update
    first, last = instance.first_published_at, instance.last_published_at
    if marked and instance.live and first and last and first < last:
        ArticlePage.objects.filter(pk=instance.pk).update(updated_at=last)
        instance.updated_at = last
