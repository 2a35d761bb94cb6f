"""The newsroom's roles, each a Wagtail group with a stable (English) name.

The stored name never changes with the admin's language; `names.py` shows it
translated (`Arabic desk` → `قسم اللغة العربية` in the Arabic admin)."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from hiwar.text.languages import LANGUAGE_CODES as LANGS

# Wagtail's page permissions (Django permissions on wagtailcore.Page, granted per tree).
ADD, CHANGE, PUBLISH, LOCK, UNLOCK, BULK_DELETE = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
    "bulk_delete_page",
)
IMAGE_PERMISSIONS = ("add_image", "change_image", "choose_image")
DOCUMENT_PERMISSIONS = ("add_document", "change_document", "choose_document")
SHARED_COLLECTION = "Shared"


@dataclass(frozen=True)
class Role:
    slug: str  # add_staff --role
    group: str  # the stable group name
    label: object  # the name shown in the admin
    page_permissions: tuple = ()
    trees: tuple = ()  # the languages whose home page (tree root) the permissions cover
    collection: str = ""  # the desk's own image collection (besides the shared one)
    model_permissions: tuple = field(default=())  # "app_label.codename"


DESK_PAGE_PERMISSIONS = (ADD, CHANGE)
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"

ROLES = (
    Role("ar-desk", "Arabic desk", _("Arabic desk"), DESK_PAGE_PERMISSIONS, ("ar",), "Arabic desk"),
    Role("ru-desk", "Russian desk", _("Russian desk"), DESK_PAGE_PERMISSIONS, ("ru",), "Russian desk"),
    Role("en-desk", "English desk", _("English desk"), DESK_PAGE_PERMISSIONS, ("en",), "English desk"),
    # Edit in every language, no `add_page`: Wagtail lets them create nothing; the
    # copies they translate are made by wagtail-localize (submit_translation).
    Role(
        "translator",
        "Translators",
        _("Translators"),
        (CHANGE,),
        LANGS,
        model_permissions=(SUBMIT_TRANSLATION,),
    ),
    Role(
        "chief",
        "Chief editors",
        _("Chief editors"),
        (ADD, CHANGE, PUBLISH, LOCK, UNLOCK, BULK_DELETE),
        LANGS,
        model_permissions=(SUBMIT_TRANSLATION,),
    ),
    # Every permission there is (users, groups, settings, …), without being a superuser.
    Role("admin", "Administrators", _("Administrators"), (ADD, CHANGE, PUBLISH, LOCK, UNLOCK, BULK_DELETE)),
)
ROLE_BY_SLUG = {role.slug: role for role in ROLES}
ROLE_BY_GROUP = {role.group: role for role in ROLES}
DESK_BY_LANG = {role.trees[0]: role for role in ROLES if role.slug.endswith("-desk")}
CHIEF_EDITORS = ROLE_BY_SLUG["chief"].group

WORKFLOW_NAME = "Desk → Chief editor"
TASK_NAME = "Chief editor approval"
DISPLAY_NAMES = {
    **{role.group: role.label for role in ROLES},
    SHARED_COLLECTION: _("Shared"),
    WORKFLOW_NAME: _("Desk → Chief editor"),
    TASK_NAME: _("Chief editor approval"),
}
