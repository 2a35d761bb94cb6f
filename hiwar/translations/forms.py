"""The dashboard's filters and the source-link form: unknown values are named, never a 500."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from hiwar.core.languages import language_codes, language_name
from hiwar.news.models import SectionPage

from . import links
from .models import State
from .table import DESKS, Filters

MAX_QUERY = 200


def _section_choices():
    """Each section once (its slug is the same in every language), named in the admin's language."""
    lang, names = get_language(), {}
    for slug, title, code in SectionPage.objects.values_list("slug", "title", "locale__language_code"):
        if slug not in names or code == lang:
            names[slug] = title
    return [("", _("All sections")), *sorted(names.items(), key=lambda item: item[1])]


class DashboardFilters(forms.Form):
    section = forms.ChoiceField(label=_("Section"), required=False)
    lang = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)
    desk = forms.ChoiceField(label=_("Desk"), required=False)
    q = forms.CharField(label=_("Title"), required=False, max_length=MAX_QUERY)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from hiwar.newsroom.roles import DESK_BY_LANG

        self.fields["section"].choices = _section_choices()
        self.fields["lang"].choices = [("", _("All languages"))] + [
            (code, language_name(code)) for code in language_codes()
        ]
        self.fields["state"].choices = [("", _("All states")), *State.choices]
        self.fields["desk"].choices = [("", _("All desks"))] + [
            (slug, DESK_BY_LANG[code].label) for slug, code in DESKS.items()
        ]
        for name in ("section", "lang", "state", "desk"):
            self.fields[name].error_messages["invalid_choice"] = _(
                "%(value)s is not one of the choices: pick one from the list."
            )

    def filters(self) -> Filters:
        data = self.cleaned_data
        return Filters(
            section=data["section"],
            lang=data["lang"],
            state=data["state"],
            desk=data["desk"],
            q=data["q"].strip(),
        )


class SourceForm(forms.Form):
    """Point a translation at the page it translates (by id), or make it an original."""

    source = forms.IntegerField(
        label=_("Source page id"),
        required=False,
        min_value=1,
        help_text=_("The id of the page this one translates; leave empty to make it an original."),
    )

    def __init__(self, page, *args, **kwargs):
        self.page = page
        super().__init__(*args, **kwargs)

    def clean_source(self):
        source_id = self.cleaned_data["source"]
        if source_id is None:
            return None
        source = Page.objects.filter(pk=source_id).specific().first()
        if source is None:
            raise forms.ValidationError(_("There is no page %(id)s.") % {"id": source_id})
        if type(source) is not type(self.page):
            raise forms.ValidationError(_("Page %(id)s is not an article.") % {"id": source_id})
        try:
            links.check_source(self.page, source)
        except links.SourceRefused as refused:
            raise forms.ValidationError(str(refused)) from None
        return source
