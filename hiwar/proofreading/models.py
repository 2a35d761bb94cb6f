"""What the editor's proofreading remembers: warnings dismissed as intended, and the
words the site accepts (its vocabulary) besides its tags and published titles."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

LANGUAGE_CHOICES = [("ar", _("Arabic")), ("ru", _("Russian")), ("en", _("English"))]


class Dismissal(models.Model):
    """ "Intended, not a slip": one warning on one page, remembered by its check and a
    fingerprint of the words it quotes (hiwar.text.proofreading.Warning.key), so it
    stays dismissed across later saves as long as those words are unchanged."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    check_name = models.CharField(_("check"), max_length=40)
    fingerprint = models.CharField(_("fingerprint"), max_length=40)
    excerpt = models.CharField(_("excerpt"), max_length=200, blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    dismissed_at = models.DateTimeField(_("dismissed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("dismissed proofreading warning")
        verbose_name_plural = _("dismissed proofreading warnings")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "check_name", "fingerprint"], name="proofreading_one_dismissal"
            )
        ]

    def __str__(self):
        return f"{self.check_name}: {self.excerpt}"


class AcceptedWord(models.Model):
    """A word spelling accepts on pages of one language: a name the site uses
    (a person, a place, an agency) that the dictionary does not know."""

    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    word = models.CharField(
        _("word"),
        max_length=100,
        help_text=_("A name or word spelling should accept, as written on the site, e.g. “Ховар”."),
    )

    panels = [FieldPanel("language"), FieldPanel("word")]

    class Meta:
        verbose_name = _("accepted word")
        verbose_name_plural = _("accepted words")
        ordering = ["language", "word"]
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="proofreading_one_word")]

    def __str__(self):
        return self.word
