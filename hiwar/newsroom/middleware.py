"""The admin speaks the editor's language in every answer, refusals included.

Wagtail switches to the editor's chosen language inside each admin view, but a
refusal (PermissionDenied turned into "Sorry, you do not have permission…" and a
redirect) is written after the view has returned, in the browser's language: a
Russian-admin editor got the message in Arabic. This activates the editor's
language for the whole admin request."""

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
