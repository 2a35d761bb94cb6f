"""Takedowns: a chief editor withdraws a published article, with a reason.

- The article is unpublished (Wagtail's own unpublish), so it leaves every face
  the publication policy (hiwar/news/visibility.py) serves: listings, home,
  feeds, sitemaps, search, the API, its translations' switcher and hreflang.
- The page's history gets a `newsroom.takedown` entry holding the reason
  (wagtail_hooks.py shows it there, in the admin's language).
- Its address answers 410 Gone (middleware.py reads the `Takedown` row) with a
  short notice in the article's language: no title, no text; the reason only
  when the editor chose to show it to readers.
- A takedown of the original tells the people who worked on its translations
  (their owners and the authors of their revisions) by e-mail, each in their own
  admin language: their versions stay published until someone decides.
- Publishing the page again (a chief editor, or an approval) lifts the takedown.
"""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from hiwar.core import dates
from hiwar.core.languages import language_name
from hiwar.news.translations import original_language

from .models import Takedown

logger = logging.getLogger(__name__)
ACTION = "newsroom.takedown"


def may_take_down(page, user) -> bool:
    """Who may withdraw: whoever may publish in its tree (Wagtail's publish permission:
    chief editors and administrators; desks and translators publish nothing). Wagtail's
    unpublish then also refuses a page someone else has locked."""
    return page.permissions_for_user(user).can_publish()


def reader_path(page) -> str:
    """The address readers knew, e.g. `/ar/news/lavrov-tajikistan/`."""
    parts = page.get_url_parts()
    return parts[2] if parts else page.url_path


def take_down(page, user, reason, *, public=False):
    """Withdraw `page` (live) for `reason`; returns the Takedown. All or nothing."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Say why the article is withdrawn: a takedown needs a reason."))
    if user is not None and not may_take_down(page, user):
        raise PermissionDenied(_("Only chief editors and administrators may take down an article."))
    if not page.live:
        raise ValidationError(_("Only a published article can be taken down; this one is not published."))
    page = page.specific
    path = reader_path(page)
    with transaction.atomic():
        page.unpublish(user=user, log_action=False)
        log(instance=page, action=ACTION, user=user, data={"reason": reason, "public": public, "path": path})
        Takedown.objects.filter(page=page).exclude(path=path).delete()
        takedown, _created = Takedown.objects.update_or_create(
            path=path,
            defaults={
                "page": page,
                "language": page.locale.language_code,
                "reason": reason,
                "reason_public": public,
                "taken_down_at": timezone.now(),
                "user": user,
            },
        )
        transaction.on_commit(lambda: notify_translators(page, takedown))
    return takedown


def lift(page):
    """The page is published again: its address serves it, no longer 410."""
    return Takedown.objects.filter(page_id=page.pk).delete()[0]


def taken_down_at(path):
    """The Takedown of this address, if a withdrawn article lived there."""
    candidates = {path, path.rstrip("/") + "/"}
    return Takedown.objects.filter(path__in=candidates).first()


# --- telling the translators ---------------------------------------------------------------


def translation_people(page):
    """{user: [their versions of the article]}: owners and revision authors of the
    other language versions of `page`, when `page` is the original."""
    from django.contrib.auth import get_user_model

    versions = list(page.get_translations(inclusive=True).select_related("locale"))
    others = [version for version in versions if version.pk != page.pk]
    if not others:
        return {}
    dated = [(version.locale.language_code, version.first_published_at) for version in versions]
    if original_language(page, dated) != page.locale.language_code:
        return {}  # a translation was withdrawn: the original's people are not its translators
    people = {}
    User = get_user_model()
    for version in others:
        ids = set(version.revisions.exclude(user=None).values_list("user_id", flat=True))
        if version.owner_id:
            ids.add(version.owner_id)
        for person in User.objects.filter(pk__in=ids, is_active=True).exclude(email=""):
            people.setdefault(person, []).append(version)
    return people


def admin_language(user):
    from wagtail.users.models import UserProfile

    return UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE


def notify_translators(page, takedown):
    """One e-mail to each person who worked on a translation, in their admin language."""
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    for person, versions in translation_people(page).items():
        if takedown.user_id and person.pk == takedown.user_id:
            continue
        with translation.override(admin_language(person)):
            lang = translation.get_language()
            moment = f"{dates.format_date(takedown.taken_down_at, lang)} {dates.format_time(takedown.taken_down_at, lang)}"
            subject = _("Original taken down: %(title)s") % {"title": page.title}
            lines = [
                _(
                    "The original of an article you translated was taken down on %(moment)s (%(language)s): %(title)s"
                )
                % {
                    "moment": moment,
                    "language": language_name(page.locale.language_code),
                    "title": page.title,
                },
                _("Reason: %(reason)s") % {"reason": takedown.reason},
                "",
                _("Your versions are still published. Decide whether to take them down too:"),
            ]
            lines += [
                f"- {language_name(version.locale.language_code)}: {version.title} — "
                f"{base}{reverse('wagtailadmin_pages:edit', args=[version.pk])}"
                for version in versions
            ]
            try:
                send_mail(subject, "\n".join(lines), None, [person.email])
            except Exception:  # the takedown stands; a mail server down is the log's business
                logger.exception("takedown of page %s: could not e-mail %s", page.pk, person.email)
