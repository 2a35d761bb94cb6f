"""The newsroom's approval task (Wagtail's group approval, with a reason required
for sending a story back) and the corrections readers see on an article."""

from django import forms
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
