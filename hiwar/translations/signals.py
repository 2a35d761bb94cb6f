"""Translations follow their sources: linked when created, outdated when the source's
reader text changes on publishing, up to date again after a wagtail-localize sync."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published
from wagtail_localize.models import TranslationSource

from hiwar.news.models import ArticlePage

from . import links


@receiver(post_save, sender=ArticlePage, dispatch_uid="translations-link")
def link_new_translation(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        links.link_page(instance)


@receiver(page_published, sender=ArticlePage, dispatch_uid="translations-outdated")
def mark_translations_outdated(sender, instance, revision=None, **kwargs):
    """One UPDATE (bench/translations.py measures it): translations whose followed
    text differs from the published revision's become outdated."""
    content = revision.content if revision is not None else instance.serializable_data()
    links.mark_outdated(instance.pk, content)


@receiver(post_save, sender=TranslationSource, dispatch_uid="translations-localize-sync")
def follow_localize_sync(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        links.synced_by_localize(instance)
