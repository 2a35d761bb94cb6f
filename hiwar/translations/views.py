"""The admin's "Translations" screens: the dashboard, the source diff, "Mark reviewed",
"Translate" and the source link."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import EmptyPage, Paginator
from django.db import transaction
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.models import Locale, Page

from hiwar.core.languages import direction, language_codes, language_name
from hiwar.news.models import ArticlePage

from . import links, table, text
from .forms import DashboardFilters, SourceForm
from .models import State, TranslationLink

PAGE_SIZE = 50
DASHBOARD_TITLE = gettext_lazy("Translations")


def _state_labels():
    return dict(State.choices)


def count_label(state, number):
    """`3 outdated`, `٣ …` with the plural form the language needs (Arabic has six)."""
    forms = {
        State.ORIGINAL: lambda n: ngettext("%(count)d original", "%(count)d originals", n),
        State.UP_TO_DATE: lambda n: ngettext("%(count)d up to date", "%(count)d up to date", n),
        State.OUTDATED: lambda n: ngettext("%(count)d outdated", "%(count)d outdated", n),
        State.IN_PROGRESS: lambda n: ngettext("%(count)d in progress", "%(count)d in progress", n),
        State.MISSING: lambda n: ngettext("%(count)d missing", "%(count)d missing", n),
    }
    return forms[state](number) % {"count": number}


def _next_action(cell, row, request):
    """(label, url, method) of what to do next with a cell."""
    if cell.state == State.MISSING:
        if row.original is None:
            return None
        return (_("Translate"), reverse("translations:translate", args=[row.original.pk, cell.lang]), "post")
    edit = reverse("wagtailadmin_pages:edit", args=[cell.page.pk])
    if cell.state == State.OUTDATED:
        if cell.localize_source_id:
            url = reverse("wagtail_localize:update_translations", args=[cell.localize_source_id])
            return (_("Sync"), url, "get")
        return (_("Review"), reverse("translations:diff", args=[cell.page.pk]), "get")
    return (_("Edit"), edit, "get")


def dashboard(request):
    form = DashboardFilters(request.GET or None)
    status = 200
    rows, page_obj, counts, paginator = [], None, {state.value: 0 for state in State}, None
    if form.is_bound and not form.is_valid():
        status = 400
        filters = None
    else:
        filters = form.filters() if form.is_bound else table.Filters()
        stories, counts = table.counts(filters)
        paginator = Paginator(table.story_keys(filters), PAGE_SIZE)
        paginator.count = stories  # known from the counts' query: no second scan
        number = (form.cleaned_data.get("page") if form.is_bound else None) or 1
        try:
            page_obj = paginator.page(number)
        except EmptyPage:
            status = 400
            form.add_error(None, _("There is no page %(number)s of this table.") % {"number": number})
        else:
            rows = table.rows_for(
                [row["translation_key"] for row in page_obj.object_list], filters.languages, get_language()
            )
    languages = filters.languages if filters else language_codes()
    labels = _state_labels()
    for row in rows:
        for cell in row.cells:
            cell.label = labels[cell.state]
            cell.action = _next_action(cell, row, request)
    query = {key: value for key, value in request.GET.items() if key != "page" and value}
    context = {
        "page_title": DASHBOARD_TITLE,
        "header_title": DASHBOARD_TITLE,
        "header_icon": "globe",
        "form": form,
        "rows": rows,
        "page_obj": page_obj,
        "languages": [(code, language_name(code), direction(code)) for code in languages],
        "counts": [(state, labels[state], count_label(state, counts[state])) for state in counts],
        "stories": paginator.count if paginator else 0,
        "stories_label": ngettext("%(count)d story", "%(count)d stories", paginator.count if paginator else 0)
        % {"count": paginator.count if paginator else 0},
        "query": urlencode(query),
        "next_url": request.get_full_path(),
    }
    return TemplateResponse(request, "translations/dashboard.html", context, status=status)


def _translation(page_id):
    page = get_object_or_404(Page.objects.select_related("locale"), pk=page_id)
    link = TranslationLink.objects.filter(page_id=page.pk).select_related("synced_revision").first()
    return page, link


def _may_edit(request, page):
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied


def source_diff(request, page_id):
    """What changed in the source since the revision the translation follows."""
    page, link = _translation(page_id)
    _may_edit(request, page)
    if link is None or link.source_id is None:
        raise Http404(_("This page is not a translation."))
    source = Page.objects.select_related("locale").get(pk=link.source_id).specific
    current = links.followed_revision(source)
    rows = text.diff(links.content_of(link.synced_revision), links.content_of(current))
    source_lang = source.locale.language_code
    context = {
        "page_title": _("What changed in the source"),
        "header_title": _("What changed in the source"),
        "header_icon": "doc-full",
        "page": page,
        "source": source,
        "link": link,
        "rows": rows,
        "changed": any(kind != "same" for kind, _line in rows),
        "source_lang": source_lang,
        "source_dir": direction(source_lang),
        "followed": link.synced_revision,
        "current": current,
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "source_edit_url": reverse("wagtailadmin_pages:edit", args=[source.pk]),
        "review_url": reverse("translations:review", args=[page.pk]),
    }
    return TemplateResponse(request, "translations/diff.html", context)


def _back(request, default):
    target = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(default)


@require_POST
def mark_reviewed(request, page_id):
    page, link = _translation(page_id)
    _may_edit(request, page)
    if link is None or link.source_id is None:
        return HttpResponseBadRequest(_("This page is not a translation: there is nothing to review."))
    links.bring_up_to_date(link, request.user)
    messages.success(
        request, _("Marked as reviewed: «%(title)s» is up to date with its source.") % {"title": page.title}
    )
    return _back(request, reverse("wagtailadmin_pages:edit", args=[page.pk]))


@require_POST
def translate(request, page_id, lang):
    """One action: a draft of the story in `lang`'s tree, made by wagtail-localize, with
    the source's images (their credits), source attribution and the notice preset."""
    from wagtail_localize.operations import TranslationCreator

    source = get_object_or_404(ArticlePage.objects.select_related("locale"), pk=page_id)
    locale = Locale.objects.filter(language_code=lang).first()
    if locale is None or lang not in language_codes():
        return HttpResponseBadRequest(_("%(lang)s is not one of the site's languages.") % {"lang": lang})
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    existing = ArticlePage.objects.filter(translation_key=source.translation_key, locale=locale).first()
    if existing is not None:
        messages.warning(request, _("This story already exists in that language: here it is."))
        return redirect("wagtailadmin_pages:edit", existing.pk)
    section = source.get_parent()
    if section.get_translation_or_none(locale) is None:
        messages.error(
            request,
            _("The section «%(section)s» has no %(language)s version: create it first.")
            % {"section": section.title, "language": language_name(lang)},
        )
        return _back(request, reverse("translations:dashboard"))
    with transaction.atomic():
        TranslationCreator(request.user, [locale]).create_translations(source)
        draft = ArticlePage.objects.get(translation_key=source.translation_key, locale=locale)
        draft.unofficial_translation = True
        ArticlePage.objects.filter(pk=draft.pk).update(unofficial_translation=True)
        draft.save_revision(user=request.user, log_action=True)
    messages.success(
        request,
        _("A %(language)s draft of «%(title)s» is ready to translate.")
        % {"language": language_name(lang), "title": source.title},
    )
    return redirect("wagtailadmin_pages:edit", draft.pk)


def edit_source(request, page_id):
    """Which page this translation translates (refused: itself, its own language)."""
    page = get_object_or_404(ArticlePage.objects.select_related("locale"), pk=page_id)
    _may_edit(request, page)
    link = TranslationLink.objects.filter(page_id=page.pk).first()
    initial = {"source": link.source_id} if link and link.source_id else {}
    form = SourceForm(page, request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            links.set_source(page, form.cleaned_data["source"], request.user)
            messages.success(request, _("The source link of «%(title)s» is saved.") % {"title": page.title})
            return redirect("wagtailadmin_pages:edit", page.pk)
        status = 400
    context = {
        "page_title": _("Source of this translation"),
        "header_title": _("Source of this translation"),
        "header_icon": "link",
        "page": page,
        "form": form,
        "link": link,
    }
    return TemplateResponse(request, "translations/source.html", context, status=status)
