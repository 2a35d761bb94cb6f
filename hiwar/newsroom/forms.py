"""Scheduling mistakes an editor can make in the page form, refused with a message."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def scheduling_form_class(base):
    """`base` (the page type's admin form) that also refuses a go-live time set in the past.

    Wagtail already refuses an expiry in the past or before the go-live time; a
    go-live in the past it would take as "publish now", which hides a typo
    (2025 for 2026). Only a newly typed time is checked: a page whose go-live time
    has passed can still be edited."""

    if getattr(base, "refuses_past_go_live", False):
        return base

    class SchedulingForm(base):
        refuses_past_go_live = True

        def clean(self):
            cleaned = super().clean()
            go_live_at = cleaned.get("go_live_at")
            if "go_live_at" in self.changed_data and go_live_at and go_live_at < timezone.now():
                self.add_error(
                    "go_live_at",
                    forms.ValidationError(
                        _(
                            "The go-live time is in the past: choose a later time, or leave it empty to publish now."
                        )
                    ),
                )
            return cleaned

    SchedulingForm.__name__ = f"Scheduling{base.__name__}"
    return SchedulingForm
