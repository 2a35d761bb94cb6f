"""The admin speaks the editor's language in every answer, refusals included.

Wagtail switches to the editor's chosen language inside each admin view, but a
refusal (PermissionDenied turned into "Sorry, you do not have permission…" and a
redirect) is written after the view has returned, in the browser's language: a
Russian-admin editor got the message in Arabic. This activates the editor's
language for the whole admin request."""

from django.template.response import TemplateResponse
from django.utils import translation


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if request.path_info.startswith("/admin/") and user is not None and user.is_authenticated:
            from wagtail.users.models import UserProfile

            language = UserProfile.get_for_user(user).get_preferred_language()
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


class GoneMiddleware:
    """An address a taken-down article lived at answers 410 Gone, not 404.

    The article itself is unpublished (hiwar/news/visibility.py hides it from every
    face and Wagtail's routing answers 404); here only the 404 of such an address
    becomes the "withdrawn" notice, in the article's language (takedowns.py).
    One query, and only for a 404."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 404
            and request.method in ("GET", "HEAD")
            and not request.path_info.startswith("/admin/")
        ):
            from .takedowns import taken_down_at

            takedown = taken_down_at(request.path_info)
            if takedown is not None:
                return self.gone(request, takedown)
        return response

    def gone(self, request, takedown):
        with translation.override(takedown.language):
            request.LANGUAGE_CODE = takedown.language
            request._hiwar_language_links = []  # no switcher to the withdrawn article's versions
            response = TemplateResponse(request, "newsroom/gone.html", {"takedown": takedown}, status=410)
            response.render()
        response["Content-Language"] = takedown.language
        return response
