"""`--user USERNAME` on import_page / import_feed: the import is done as that
editor, with Wagtail's page permissions (a desk imports only into its own
language's tree, and publishes only with the publish permission)."""

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from .results import ImportFailure


def import_user(username: str | None):
    """The active account named by `--user`, or None when the option is absent."""
    if not username:
        return None
    user = get_user_model().objects.filter(username=username, is_active=True).first()
    if user is None:
        raise CommandError(f"no active account named {username!r}")
    return user


def check_may_import(user, section, publish: bool) -> None:
    """Refuse (ImportFailure: the batch goes on, the file counts as failed) an
    import `user` could not do by hand in the admin."""
    if user is None:
        return
    permissions = section.permissions_for_user(user)
    if not permissions.can_add_subpage():
        raise ImportFailure(f"{user.get_username()} may not add articles to {section.url_path}")
    if publish and not permissions.can_publish_subpage():
        raise ImportFailure(f"{user.get_username()} may not publish in {section.url_path}")
