"""The newsroom's approval task (Wagtail's group approval, with a reason required
for sending a story back), the corrections readers see on an article, and the
takedowns that make a withdrawn article's address answer 410 Gone."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Orderable


class RejectionForm(TaskStateCommentForm):
    """ "Request changes" without a word is refused: the desk must learn what to fix."""

    comment = forms.CharField(
        label=_("Comment"),
        required=True,
        widget=forms.Textarea({"rows": 2}),
        error_messages={"required": _("Say what needs to change: a rejection needs a comment.")},
    )

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if not comment:
            raise forms.ValidationError(_("Say what needs to change: a rejection needs a comment."))
        return comment


class DeskApprovalTask(AbstractGroupApprovalTask):
    """A chief editor approves (publishes, or schedules when a go-live time is set)
    or requests changes with a comment the author then sees."""

    def get_form_for_action(self, action):
        if action == "reject":
            return RejectionForm
        return super().get_form_for_action(action)

    @classmethod
    def get_description(cls):
        return _("Chief editors approve, or send the story back to its desk with a comment")

    class Meta:
        verbose_name = _("desk approval task")
        verbose_name_plural = _("desk approval tasks")


class Correction(Orderable):
    """A correction to a published article, shown to readers under it (`تصحيح`,
    `Исправление`, `Correction`) with its date and time. Part of the article's
    revisions, so it is published, compared and reverted with the article."""

    article = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="corrections")
    at = models.DateTimeField(_("corrected at"), default=timezone.now)
    text = models.TextField(
        _("correction"), help_text=_("What was wrong and what is right, in the article's language.")
    )

    panels = [FieldPanel("at"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")

    def clean(self):
        super().clean()
        if not (self.text or "").strip():
            raise ValidationError({"text": _("A correction needs its text.")})


class Takedown(models.Model):
    """A published article withdrawn by a chief editor: its address answers 410 Gone.

    The takedown unpublishes the page (so the publication policy, news/visibility.py,
    hides it from every face like any unpublished page); this row only remembers
    that the address belonged to a withdrawn article, to answer 410 instead of 404
    there. The reason is also in the page's history (the `newsroom.takedown` log
    entry). Publishing the page again removes the row; deleting the page keeps it
    (the address stays gone)."""

    page = models.OneToOneField(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="takedown"
    )
    path = models.CharField(_("address"), max_length=1024, unique=True)
    language = models.CharField(_("language"), max_length=8)
    reason = models.TextField(_("reason"))
    reason_public = models.BooleanField(_("show the reason to readers"), default=False)
    taken_down_at = models.DateTimeField(_("taken down at"), default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("takedown")
        verbose_name_plural = _("takedowns")

    def __str__(self):
        return self.path
