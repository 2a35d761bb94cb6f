"""The article's admin form: a safety net against publishing text in the wrong language.

A Russian article whose title and body are mostly Arabic letters is an untranslated
copy (what wagtail-localize's "Translate" makes before anyone translates it); it may
be saved as a draft, but publishing it is refused with a message in the admin's
language. The rule is the importer's: the script most letters are written in
(hiwar.text.languages.detect_language).
"""

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from hiwar.core.languages import direction
from hiwar.text.languages import detect_language

from .blocks import plain_text_of

PUBLISH_ACTIONS = ("action-publish", "action-submit")
# The fields an editor types the article's own words into; the slug stays left-to-right.
CONTENT_TEXT_FIELDS = ("title", "summary", "seo_title", "search_description")


def language_name(code: str) -> str:
    return {"ar": _("Arabic"), "ru": _("Russian"), "en": _("English")}.get(code, code)


class ArticlePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if (
            "marked_as_update" in self.fields
            and not self.is_bound
            and page.live
            and not page.has_unpublished_changes
        ):
            # A new version starts unmarked: the box says what *this* version does.
            self.initial["marked_as_update"] = False
        self.write_in_the_page_language()

    def write_in_the_page_language(self):
        """Text fields take the page's language and direction, not the admin's.

        An editor with a Russian admin editing `وزير الخارجية يزور موسكو` would
        otherwise type Arabic into a left-to-right box, its full stop jumping to
        the wrong end; `lang` also lets the browser's spell checker pick Arabic.
        """
        locale = getattr(self.instance, "locale", None)
        code = locale.language_code if locale is not None and locale.pk else None
        for name in CONTENT_TEXT_FIELDS:
            field = self.fields.get(name)
            if field is None:
                continue
            if code:
                field.widget.attrs.update(lang=code, dir=direction(code))
            else:
                field.widget.attrs["dir"] = "auto"

    def clean(self):
        cleaned = super().clean()
        if not any(action in self.data for action in PUBLISH_ACTIONS):
            return cleaned  # drafts may hold anything, e.g. a translation in progress
        locale = getattr(self.instance, "locale", None)
        expected = locale.language_code if locale is not None else None
        body = cleaned.get("body")
        text = " ".join(filter(None, [cleaned.get("title"), plain_text_of(body) if body else ""]))
        found = detect_language(text)
        if expected and found and found != expected:
            raise forms.ValidationError(
                _(
                    "This page belongs to the %(expected)s site but its text is mostly in %(found)s. "
                    "Translate it before publishing; you can save it as a draft meanwhile."
                )
                % {"expected": language_name(expected), "found": language_name(found)}
            )
        return cleaned
