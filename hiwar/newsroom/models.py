"""The newsroom's approval task: Wagtail's group approval, with a reason required
for sending a story back."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask


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
