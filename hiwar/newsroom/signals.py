"""A new language tree gets its desk's permissions and the workflow the moment its
home page is created; after every `migrate`, Administrators hold every permission."""

from django.apps import apps as global_apps
from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver

from hiwar.news.models import HomePage

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
