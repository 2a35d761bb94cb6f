"""Names the newsroom creates (groups, collections, the workflow and its task) are
stored in English and shown in the admin's language.

Wagtail shows `group.name`, `workflow.name`, `task.name` and `collection.name` in
dozens of templates, e-mails and menus; rather than override them all, the name is
translated when the object is loaded (the admin has activated the user's language
by then: `Arabic desk` → `قسم اللغة العربية`) and turned back into the stable name
before any save, so the database never holds a translation and a rename by an
administrator (a name that is not ours) is kept as typed.
"""

from functools import cache

from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models.signals import post_init, pre_save
from django.utils import translation
from wagtail.models import Collection, GroupApprovalTask, Task, Workflow

from .roles import DISPLAY_NAMES

NAMED_MODELS = [Group, Collection, Workflow, Task, GroupApprovalTask]


@cache
def stable_names() -> dict[str, str]:
    """{any translation of one of our names: its stable name}."""
    names = {}
    for stable, label in DISPLAY_NAMES.items():
        names[stable] = stable
        for code, _language in settings.LANGUAGES:
            with translation.override(code):
                names[str(label)] = stable
    return names


def display_name(name: str) -> str:
    label = DISPLAY_NAMES.get(name)
    return str(label) if label is not None else name


def translate_loaded_name(sender, instance, **kwargs):
    name = instance.__dict__.get("name")
    if name in DISPLAY_NAMES:
        instance.name = display_name(name)


def store_stable_name(sender, instance, **kwargs):
    name = instance.__dict__.get("name")
    if isinstance(name, str):
        instance.name = stable_names().get(name, name)


def connect(model):
    post_init.connect(translate_loaded_name, sender=model, dispatch_uid=f"newsroom-name-{model._meta.label}")
    pre_save.connect(store_stable_name, sender=model, dispatch_uid=f"newsroom-stable-{model._meta.label}")


def connect_all():
    from .models import DeskApprovalTask

    for model in [*NAMED_MODELS, DeskApprovalTask]:
        connect(model)
