"""The editor's two requests: check the unsaved text, dismiss (or restore) a warning."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from wagtail.models import Page

from hiwar.text.proofreading import CHECK_NAMES

from . import editor
from .models import Dismissal
from .panels import panel_context


def _editable(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def check(request, page_id):
    """POST the edit form's fields: the panel's content for that unsaved text (the
    latest revision's when the form does not validate yet)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    page = _editable(request, page_id).get_latest_revision_as_object()
    form_class = page.get_edit_handler().get_form_class()
    data = request.POST.copy()
    data.setdefault("title", page.title)
    data.setdefault("slug", page.slug)
    form = form_class(data, instance=page, parent_page=page.get_parent().specific, for_user=request.user)
    if hasattr(form, "defer_required_fields"):
        form.defer_required_fields()
    try:
        valid = form.is_valid()  # Wagtail's widgets raise on fields a browser never sends
        if valid:
            form.save(commit=False)
    except (KeyError, ValueError, TypeError, ValidationError):
        valid = False
    if not valid:
        page = _editable(request, page_id).get_latest_revision_as_object()
    report = editor.report_for(page)
    return TemplateResponse(request, "proofreading/warnings.html", panel_context(page, report, request))


def dismiss(request, page_id):
    """POST action=dismiss|restore, check, key (the warning's fingerprint), excerpt."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    page = _editable(request, page_id)
    check_name, key = request.POST.get("check", ""), request.POST.get("key", "")
    if check_name not in CHECK_NAMES or not key or len(key) > 40:
        return HttpResponseBadRequest("unknown check or missing key")
    if request.POST.get("action") == "restore":
        Dismissal.objects.filter(page=page, check_name=check_name, fingerprint=key).delete()
        return JsonResponse({"dismissed": False})
    Dismissal.objects.get_or_create(
        page=page,
        check_name=check_name,
        fingerprint=key,
        defaults={"excerpt": request.POST.get("excerpt", "")[:200], "dismissed_by": request.user},
    )
    return JsonResponse({"dismissed": True})
