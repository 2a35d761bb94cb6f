"""The site's vocabulary is rebuilt when what it is made of changes: a published or
unpublished article (its title), a tag, an accepted word."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from hiwar.news.models import Tag

from .editor import vocabulary_changed
from .models import AcceptedWord


@receiver(page_published)
@receiver(page_unpublished)
def title_changed(sender, **kwargs):
    vocabulary_changed()


@receiver(post_save, sender=AcceptedWord)
@receiver(post_delete, sender=AcceptedWord)
@receiver(post_save, sender=Tag)
@receiver(post_delete, sender=Tag)
def words_changed(sender, **kwargs):
    vocabulary_changed()
