"""`/api/v1/`: the read-only JSON API (see hiwar.api.views)."""

from django.http import JsonResponse
from django.urls import path

from .http import http_caching, with_http_caching
from .views import api


def not_found(request, rest):
    return JsonResponse({"detail": "No such API endpoint; see /api/v1/openapi.json."}, status=404)


urlpatterns = with_http_caching(api.urls[0]) + [path("<path:rest>", http_caching(not_found, content=False))]
