"""Which page a translation follows, and which revision of it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    """A story's state in one language (the dashboard's cells, translation_status)."""

    ORIGINAL = "original", _("original")
    UP_TO_DATE = "up_to_date", _("up to date")
    OUTDATED = "outdated", _("outdated")
    IN_PROGRESS = "in_progress", _("in progress")
    MISSING = "missing", _("missing")


class Origin(models.TextChoices):
    LOCALIZE = "localize", _("wagtail-localize")
    OTHER = "other", _("imported or written by hand")


class TranslationLink(models.Model):
    """One translation page: the page it translates (`source`) and the source's
    revision it was made from or last brought up to date with (`synced_revision`,
    whose reader text's digest is `synced_fingerprint`).

    A page without a link is an original; so is one whose source was deleted
    (`source` emptied by the deletion: the dashboard says so). `outdated_at` is set when the source publishes different reader text
    (signals.py) and cleared by a wagtail-localize sync or "Mark reviewed".
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_link", verbose_name=_("page")
    )
    source = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translation_links",
        verbose_name=_("source"),
    )
    origin = models.CharField(_("made by"), max_length=16, choices=Origin.choices, default=Origin.OTHER)
    synced_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("source revision followed"),
    )
    synced_fingerprint = models.CharField(max_length=40, blank=True)
    outdated_at = models.DateTimeField(_("outdated since"), null=True, blank=True, db_index=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )

    class Meta:
        verbose_name = _("translation link")
        verbose_name_plural = _("translation links")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(page=models.F("source")), name="translation_link_not_itself"
            )
        ]

    def __str__(self):
        return f"{self.page_id} → {self.source_id}"
