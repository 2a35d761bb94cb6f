from django.core.cache import cache
from django.db import models, transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Site

from . import dates, wagtail_compat
from .routing import read_from_primary


class CreditedImage(AbstractImage):
    """An image that always says whose it is (`الصورة: مجلس الاتحاد الروسي`).

    `credit` is required and shown as written when no version for the reader's
    language is given; `credit_ar`/`credit_ru`/`credit_en` let an editor write the
    credit in each language.
    """

    credit = models.CharField(
        _("credit"),
        max_length=255,
        help_text=_("Who took or owns the photo, e.g. “Federation Council of Russia”."),
    )
    credit_ar = models.CharField(_("credit in Arabic"), max_length=255, blank=True)
    credit_ru = models.CharField(_("credit in Russian"), max_length=255, blank=True)
    credit_en = models.CharField(_("credit in English"), max_length=255, blank=True)

    # What the picture shows, for readers who cannot see it (the `alt` text), in
    # each language; without it the caption or the headline stands in
    # (hiwar.core.images.alt_text), never the title, which is only a label.
    alt_ar = models.CharField(
        _("description in Arabic"),
        max_length=255,
        blank=True,
        help_text=_("What the picture shows, for readers who cannot see it (alt text)."),
    )
    alt_ru = models.CharField(_("description in Russian"), max_length=255, blank=True)
    alt_en = models.CharField(_("description in English"), max_length=255, blank=True)

    # Wagtail's single `description` would be in one language only: the three
    # fields above replace it in the form.
    admin_form_fields = tuple(field for field in Image.admin_form_fields if field != "description") + (
        "alt_ar",
        "alt_ru",
        "alt_en",
        "credit",
        "credit_ar",
        "credit_ru",
        "credit_en",
    )

    def credit_in(self, lang: str | None = None) -> str:
        lang = (lang or get_language() or "ar")[:2]
        return getattr(self, f"credit_{lang}", "") or self.credit

    def alt_in(self, lang: str | None = None) -> str:
        """The editor's description in `lang` (empty when none is written)."""
        lang = (lang or get_language() or "ar")[:2]
        return " ".join(getattr(self, f"alt_{lang}", "").split())

    def create_renditions(self, *filters):
        """Wagtail's, in a savepoint: it stores new renditions with bulk_create, whose
        transaction (savepoint=False) would otherwise leave an enclosing one broken when
        the media storage refuses a file (OSError). Only a write pays for the savepoint:
        a listing whose renditions are prefetched opens none."""
        if not filters:
            return {}
        with transaction.atomic():
            return super().create_renditions(*filters)

    @property
    def default_alt_text(self):
        # Wagtail falls back to the title (a label such as `demo:kazan-forum-opens`)
        # wherever it inserts an image, e.g. in rich text: ours never does.
        return self.alt_in()


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def __getstate__(self):
        # Read back from the cache, it is not written back again (wagtail_compat).
        return wagtail_compat.mark_rendition_from_cache(super().__getstate__())


@register_setting(icon="date")
class DateFormatSettings(BaseSiteSetting):
    """How dates are written on the site (editable in Settings → Date format)."""

    arabic_digits = models.CharField(
        _("digits in Arabic dates"),
        max_length=4,
        choices=[
            (dates.ARABIC_INDIC, _("Arabic-Indic: ١٤ سبتمبر ٢٠٢٢")),
            (dates.LATIN, _("Latin: 14 سبتمبر 2022")),
        ],
        default=dates.ARABIC_INDIC,
    )
    arabic_months = models.CharField(
        _("Arabic month names"),
        max_length=10,
        choices=[
            (dates.EGYPTIAN, _("Egyptian: سبتمبر")),
            (dates.LEVANTINE, _("Levantine: أيلول")),
            (dates.DUAL, _("Both: سبتمبر/أيلول")),
        ],
        default=dates.EGYPTIAN,
    )
    show_hijri = models.BooleanField(
        _("show the Hijri date"),
        default=False,
        help_text=_("Show the Umm al-Qura Hijri date beside the Gregorian one."),
    )

    class Meta:
        verbose_name = _("date format")

    @classmethod
    def style_for_request(cls, request) -> dates.DateStyle:
        """The site's date style, kept in the cache (no query on most pages)
        until an editor saves the settings."""
        cached = getattr(request, "_hiwar_date_style", None)
        if cached is not None:
            return cached
        site = Site.find_for_request(request)
        if site is None:
            return dates.DEFAULT_STYLE
        key = cls.cache_key(site.pk)
        style = cache.get(key)
        if style is None:
            with read_from_primary():  # kept until a save deletes it: not from a lagging replica
                style = cls.for_site(site).style
            cache.set(key, style, 60 * 60 * 24)
        request._hiwar_date_style = style
        return style

    @staticmethod
    def cache_key(site_id) -> str:
        return f"hiwar:date-style:{site_id}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(self.cache_key(self.site_id))

    @property
    def style(self) -> dates.DateStyle:
        return dates.DateStyle(
            arabic_digits=self.arabic_digits, arabic_months=self.arabic_months, show_hijri=self.show_hijri
        )
