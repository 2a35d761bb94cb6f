"""Brute-force protection: who the client is, and what a locked-out client sees.

The admin's login is guarded by django-axes (settings AXES_*, from the environment;
see README). Its lockout answer goes through `lockout_response`, in the language of
the admin named in the form when there is one (their Wagtail preference), else the
request's. The password form of private pages is Wagtail's own view, which no
authentication backend sees: `throttled_page_password` counts its failures in the
cache, per client address and restriction.

`client_ip` is what both count by. Behind nginx or the edge cache every request comes
from the proxy's address, so the client is in X-Forwarded-For — but that header is
whatever the sender wrote. It is believed only when the request comes from an
address in TRUSTED_PROXIES, and then the client is the right-most address in it that
is not itself a trusted proxy (what the nearest trusted proxy saw).
"""

import ipaddress
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.shortcuts import render
from django.utils import translation
from wagtail import views as wagtail_views

logger = logging.getLogger(__name__)


def _networks(entries):
    return [ipaddress.ip_network(entry, strict=False) for entry in entries]


def is_trusted_proxy(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _networks(settings.HIWAR_TRUSTED_PROXIES))


def client_ip(request) -> str:
    """The client's address (AXES_CLIENT_IP_CALLABLE)."""
    remote = request.META.get("REMOTE_ADDR", "")
    if not is_trusted_proxy(remote):
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for address in reversed([part for part in forwarded if part]):
        if not is_trusted_proxy(address):
            try:
                return str(ipaddress.ip_address(address))
            except ValueError:  # garbage in the header: count it against the proxy
                return remote
    return remote


def preferred_language(username) -> str | None:
    if not username:
        return None
    user = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username}).first()
    profile = getattr(user, "wagtail_userprofile", None) if user else None
    language = profile.get_preferred_language() if profile else None
    codes = {code for code, _name in settings.LANGUAGES}
    return language if language in codes else None


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the admin's lockout page, 429, in the admin's language."""
    username = (credentials or {}).get("username") or request.POST.get("username")
    language = preferred_language(username) or translation.get_language()
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    with translation.override(language):
        response = render(
            request,
            "core/locked_out.html",
            {"minutes": minutes, "language": language},
            status=429,
        )
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response


def password_failures_key(request, restriction_id) -> str:
    return f"hiwar:page-password-failures:{restriction_id}:{client_ip(request)}"


def throttled_page_password(request, page_view_restriction_id, page_id):
    """Wagtail's private-page password view, refusing a client after too many wrong tries.

    A wrong password re-renders the form (200); a right one redirects. After
    HIWAR_PAGE_PASSWORD_FAILURE_LIMIT wrong ones from one address for one restriction,
    the address gets a 429 for HIWAR_PAGE_PASSWORD_COOLOFF seconds (counted from the
    first failure). With the cache down nothing is counted: the form still works.
    """
    key = password_failures_key(request, page_view_restriction_id)
    limit = settings.HIWAR_PAGE_PASSWORD_FAILURE_LIMIT
    if request.method == "POST" and (cache.get(key) or 0) >= limit:
        logger.warning("private page %s: password tries refused for %s", page_id, client_ip(request))
        minutes = max(1, settings.HIWAR_PAGE_PASSWORD_COOLOFF // 60)
        response = render(
            request, "core/locked_out.html", {"minutes": minutes, "page_form": True}, status=429
        )
        response["Retry-After"] = str(settings.HIWAR_PAGE_PASSWORD_COOLOFF)
        return response
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if request.method == "POST" and response.status_code == 200:  # the form again: wrong password
        if not cache.add(key, 1, settings.HIWAR_PAGE_PASSWORD_COOLOFF):
            try:
                cache.incr(key)
            except ValueError:  # expired in between, or the cache is unavailable
                cache.add(key, 1, settings.HIWAR_PAGE_PASSWORD_COOLOFF)
    return response
