"""Linking translations to their source, marking them outdated, bringing them up to date.

The source of a translation is the page it was translated from:
- made by wagtail-localize: the page of the TranslationSource its Translation
  belongs to (the locale it was submitted from);
- imported with `--translation-of`, or written by hand with the same
  `translation_key` (the demo content): the group's first page, the one created
  first (lowest id). wagtail-localize-dashboard calls the same page the original.

A page with no earlier page in its group is an original and gets no link.
"""

import json

from django.apps import apps as global_apps
from django.db import transaction
from django.utils import timezone

from . import text
from .models import Origin, TranslationLink

# Fields wagtail-localize must not copy from the source on every sync: they belong
# to each language version (a correction is written in the page's language; the
# notice and the update stamp are the translator's call).
NOT_SYNCHRONISED = ("unofficial_translation", "marked_as_update", "corrections")


def keep_notice_out_of_sync():
    """wagtail-localize copies every non-text field from the source when it saves a
    translation: the preset "unofficial translation" box would be reset to the
    source's (unticked) at the translator's first save."""
    from wagtail_localize.fields import get_translatable_fields

    from hiwar.news.models import ArticlePage

    if "translatable_fields" not in ArticlePage.__dict__:
        fields = get_translatable_fields(ArticlePage)
        ArticlePage.translatable_fields = [f for f in fields if f.field_name not in NOT_SYNCHRONISED]


def content_of(revision) -> dict:
    return revision.content if revision is not None else {}


def followed_revision(source):
    """The source revision a new translation is made from: the published one, else its draft."""
    return source.live_revision or source.latest_revision


def _localize_translation(page):
    """wagtail-localize's Translation that made `page`, if any (enabled or not)."""
    from wagtail_localize.models import Translation

    return (
        Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id)
        .select_related("source")
        .first()
    )


def find_source(page):
    """(source page or None, localize Translation or None) for a page of a translation group."""
    from wagtail.models import Page

    translation = _localize_translation(page)
    group = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    if translation is not None:
        source = group.filter(locale_id=translation.source.locale_id).first()
        if source is not None:
            return source, translation
    return group.exclude(locale_id=page.locale_id).filter(pk__lt=page.pk).order_by("pk").first(), None


def link_page(page):
    """Create the link of a new page of a translation group (no-op for an original:
    one query, so an imported story pays one statement for it)."""
    from wagtail.models import Page

    if not Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).exists():
        return None
    if TranslationLink.objects.filter(page_id=page.pk).exists():
        return None
    source, translation = find_source(page)
    if source is None:
        return None
    revision = followed_revision(source)
    current = text.fingerprint(content_of(revision))
    followed = current
    if translation is not None:
        # wagtail-localize translates its stored snapshot of the source, which an
        # earlier submission may have taken before the source last changed.

        followed = text.fingerprint(json.loads(translation.source.content_json))
    return TranslationLink.objects.create(
        page_id=page.pk,
        source_id=source.pk,
        origin=Origin.LOCALIZE if translation is not None else Origin.OTHER,
        synced_revision=revision,
        synced_fingerprint=followed,
        outdated_at=None if followed == current else timezone.now(),
    )


def mark_outdated(source_id, content: dict) -> int:
    """One UPDATE: the translations of `source_id` that follow other reader text
    than `content`'s become outdated (those already outdated keep their date)."""
    return (
        TranslationLink.objects.filter(source_id=source_id, outdated_at__isnull=True)
        .exclude(synced_fingerprint=text.fingerprint(content))
        .update(outdated_at=timezone.now())
    )


def bring_up_to_date(link, user=None, reviewed=True):
    """The translation now follows its source's published text."""
    from wagtail.models import Page

    source = Page.objects.get(pk=link.source_id).specific
    revision = followed_revision(source)
    link.synced_revision = revision
    link.synced_fingerprint = text.fingerprint(content_of(revision))
    link.outdated_at = None
    fields = ["synced_revision", "synced_fingerprint", "outdated_at"]
    if reviewed:
        link.reviewed_at, link.reviewed_by = timezone.now(), user
        fields += ["reviewed_at", "reviewed_by"]
    link.save(update_fields=fields)
    return link


def synced_by_localize(translation_source):
    """wagtail-localize refreshed its snapshot of a source ("Sync translated pages"):
    the translations it manages follow that snapshot from now on."""

    from wagtail.models import Page
    from wagtail_localize.models import Translation

    source = (
        Page.objects.filter(
            translation_key=translation_source.object_id, locale_id=translation_source.locale_id
        )
        .select_related("live_revision", "latest_revision")
        .first()
    )
    if source is None:
        return 0
    targets = Translation.objects.filter(source=translation_source, enabled=True).values("target_locale_id")
    pages = Page.objects.filter(translation_key=translation_source.object_id, locale_id__in=targets)
    snapshot = text.fingerprint(json.loads(translation_source.content_json))
    revision = followed_revision(source)
    current = text.fingerprint(content_of(revision))
    links = TranslationLink.objects.filter(page__in=pages, source_id=source.pk)
    links.update(synced_fingerprint=snapshot, synced_revision=revision)
    if snapshot == current:
        links.update(outdated_at=None)
    return links.count()


# --- the source link edited by hand -----------------------------------------------------


class SourceRefused(ValueError):
    """A source link that cannot be: the message says why (shown to the editor)."""


def check_source(page, source):
    """Refuse a source that is the page itself, in the page's language, or already
    translated into it; `source` may be None (the page becomes an original)."""
    from django.utils.translation import gettext as _

    if source is None:
        return
    if source.pk == page.pk:
        raise SourceRefused(_("A page cannot be the source of its own translation."))
    if source.locale_id == page.locale_id:
        raise SourceRefused(
            _("The source is in the same language as the translation: choose a page in another language.")
        )
    link = TranslationLink.objects.filter(page_id=source.pk, source__isnull=False).first()
    if link is not None and link.source_id == page.pk:
        raise SourceRefused(
            _("That page is a translation of this one: a source cannot translate its own translation.")
        )
    clash = (
        type(source)
        .objects.filter(translation_key=source.translation_key, locale_id=page.locale_id)
        .exclude(pk=page.pk)
        .first()
    )
    if clash is not None:
        raise SourceRefused(
            _("That story already has a version in this language (page %(id)s).") % {"id": clash.pk}
        )


@transaction.atomic
def set_source(page, source, user=None):
    """Link `page` to `source` (joining its translation group), or make it an original."""
    check_source(page, source)
    if source is None:
        TranslationLink.objects.filter(page_id=page.pk).delete()
        return None
    if page.translation_key != source.translation_key:
        type(page).objects.filter(pk=page.pk).update(translation_key=source.translation_key)
        page.translation_key = source.translation_key
    link, _created = TranslationLink.objects.update_or_create(
        page_id=page.pk, defaults={"source_id": source.pk, "origin": Origin.OTHER}
    )
    return bring_up_to_date(link, user, reviewed=False)


# --- existing pages (the data migration and `link_translations`) -------------------------


def backfill(apps=global_apps) -> int:
    """Link every article of a translation group that has no link yet, with historical
    models in the migration. Existing translations are taken as up to date with their
    source's published revision: nothing says which one they were made from."""
    ArticlePage = apps.get_model("news", "ArticlePage")
    Link = apps.get_model("translations", "TranslationLink")
    Revision = apps.get_model("wagtailcore", "Revision")
    linked = set(Link.objects.values_list("page_id", flat=True))
    groups = {}
    for pk, key, locale_id in ArticlePage.objects.order_by("pk").values_list(
        "pk", "translation_key", "locale_id"
    ):
        groups.setdefault(key, []).append((pk, locale_id))
    localize_sources = _localize_sources(apps)
    rows = []
    for key, members in groups.items():
        if len(members) < 2:
            continue
        by_locale = {locale_id: pk for pk, locale_id in members}
        first_pk, first_locale = members[0]
        for pk, locale_id in members:
            source_locale = localize_sources.get(key, {}).get(locale_id)
            source_pk = by_locale.get(source_locale)
            origin = Origin.LOCALIZE
            if source_pk is None:
                source_pk, origin = first_pk, Origin.OTHER
            if pk in linked or pk == source_pk or locale_id == first_locale and origin == Origin.OTHER:
                continue
            rows.append((pk, source_pk, origin))
    sources = {
        row["pk"]: row
        for row in ArticlePage.objects.filter(pk__in={source for _pk, source, _o in rows}).values(
            "pk", "live_revision_id", "latest_revision_id"
        )
    }
    revision_ids = {sources[s]["live_revision_id"] or sources[s]["latest_revision_id"] for _p, s, _o in rows}
    contents = dict(Revision.objects.filter(pk__in=revision_ids - {None}).values_list("pk", "content"))
    links = []
    for pk, source_pk, origin in rows:
        revision_id = sources[source_pk]["live_revision_id"] or sources[source_pk]["latest_revision_id"]
        links.append(
            Link(
                page_id=pk,
                source_id=source_pk,
                origin=origin,
                synced_revision_id=revision_id,
                synced_fingerprint=text.fingerprint(contents.get(revision_id) or {}),
            )
        )
    Link.objects.bulk_create(links, batch_size=500)
    return len(links)


def _localize_sources(apps) -> dict:
    """{translation_key: {target locale id: source locale id}} of wagtail-localize's translations."""
    try:
        Translation = apps.get_model("wagtail_localize", "Translation")
    except LookupError:
        return {}
    found = {}
    for key, target, source in Translation.objects.values_list(
        "source__object_id", "target_locale_id", "source__locale_id"
    ):
        found.setdefault(key, {})[target] = source
    return found
