"""The takedown screen: a chief editor withdraws a published article, with a reason."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from . import takedowns

NO_REASON = gettext_lazy("Say why the article is withdrawn: a takedown needs a reason.")


class TakedownForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea({"rows": 3}),
        help_text=gettext_lazy("Kept in the page's history."),
        error_messages={"required": NO_REASON},
    )
    public = forms.BooleanField(
        label=gettext_lazy("Show the reason to readers"),
        required=False,
        help_text=gettext_lazy(
            "Readers of the address see only that the article was withdrawn, and the reason if ticked."
        ),
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise ValidationError(NO_REASON)
        return reason


class TakedownView(WagtailAdminTemplateMixin, FormView):
    form_class = TakedownForm
    template_name = "newsroom/takedown.html"
    page_title = gettext_lazy("Take down")
    header_icon = "warning"
    breadcrumbs_items = []  # the plain header: "Take down" and the article's title

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not takedowns.may_take_down(self.page, request.user):
            messages.error(request, _("Only chief editors and administrators may take down an article."))
            return redirect(self.back_url(request.user))
        if not self.page.live:
            messages.error(
                request, _("Only a published article can be taken down; this one is not published.")
            )
            return redirect(self.back_url(request.user))
        return super().dispatch(request, page_id)

    def back_url(self, user):
        if self.page.permissions_for_user(user).can_edit():
            return reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        return reverse("wagtailadmin_home")

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(page=self.page, address=takedowns.reader_path(self.page))
        return context

    def form_valid(self, form):
        try:
            takedowns.take_down(
                self.page, self.request.user, form.cleaned_data["reason"], public=form.cleaned_data["public"]
            )
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, error.messages[0] if hasattr(error, "messages") else str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("'%(title)s' was taken down: its address now answers that the article was withdrawn.")
            % {"title": self.page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_explore", self.page.get_parent().pk)
