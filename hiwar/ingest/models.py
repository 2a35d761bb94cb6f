"""What the importer remembers: one record per imported page or feed item,
the LSH bands that find near-duplicates, and the flags editors see.

`hiwar.news` knows nothing of these models; they point at its articles.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportRecord(models.Model):
    """One page or feed item that became (or would have become) an article.

    `key` is `url:<source URL>` or `guid:<feed GUID>` when the input has one,
    else `sha256:<content fingerprint>`: importing the same thing again finds it.
    """

    PAGE = "page"
    FEED = "feed"

    key = models.CharField(max_length=700, unique=True)
    kind = models.CharField(max_length=8, choices=[(PAGE, _("page")), (FEED, _("feed item"))])
    origin = models.CharField(_("imported from"), max_length=1000, help_text=_("File path or URL."))
    lang = models.CharField(max_length=8)
    fingerprint = models.CharField(max_length=64, db_index=True)
    signature = models.BinaryField(help_text=_("MinHash values (little-endian uint64)."))
    article = models.ForeignKey("news.ArticlePage", on_delete=models.CASCADE, related_name="+")
    photo_credit = models.CharField(max_length=255, blank=True)
    parsed = models.JSONField(
        default=dict, help_text=_("The parsed page, as `import_page --json` prints it.")
    )
    suggested_translation_of = models.ForeignKey(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An article in another language that looks like the same story."),
    )
    old_url = models.CharField(
        _("old URL"),
        max_length=1000,
        blank=True,
        db_index=True,
        help_text=_("Where the page was on the old site (import_site): it redirects here once published."),
    )
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("import record")
        verbose_name_plural = _("import records")
        ordering = ["-imported_at"]

    def __str__(self):
        return f"{self.origin} → {self.article_id}"

    @property
    def warnings(self) -> list[str]:
        return list(self.parsed.get("warnings") or [])


class ImportBand(models.Model):
    """One LSH band key of a record's MinHash signature (see ingest.fingerprints)."""

    record = models.ForeignKey(ImportRecord, on_delete=models.CASCADE, related_name="bands")
    key = models.BigIntegerField(db_index=True)

    class Meta:
        verbose_name = _("LSH band")
        verbose_name_plural = _("LSH bands")


class DuplicateFlag(models.Model):
    """A near-duplicate or re-sent version of an existing article, for its editor.

    The incoming version is kept whole in `incoming` (nothing is dropped) and no
    second article is made; the editor compares and dismisses the flag.
    """

    NEAR_DUPLICATE = "near-duplicate"
    RESENT = "re-sent"
    REASONS = [(NEAR_DUPLICATE, _("near-duplicate text")), (RESENT, _("same source re-sent with changes"))]

    article = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("article")
    )
    reason = models.CharField(_("reason"), max_length=20, choices=REASONS)
    similarity = models.FloatField(
        _("similarity"), help_text=_("Estimated Jaccard similarity of the texts (0–1).")
    )
    origin = models.CharField(_("received from"), max_length=1000)
    incoming_fingerprint = models.CharField(max_length=64, db_index=True)
    incoming = models.JSONField(help_text=_("The incoming version, as `import_page --json` prints it."))
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    resolved = models.BooleanField(_("dismissed"), default=False)

    class Meta:
        verbose_name = _("duplicate flag")
        verbose_name_plural = _("duplicate flags")
        ordering = ["resolved", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "incoming_fingerprint"], name="ingest_flag_once_per_version"
            ),
        ]

    def __str__(self):
        return _("%(reason)s: «%(title)s»") % {
            "reason": str(self.get_reason_display()).capitalize(),
            "title": self.incoming_title,
        }

    @property
    def incoming_title(self) -> str:
        return self.incoming.get("title") or ""
