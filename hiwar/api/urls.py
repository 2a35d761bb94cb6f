"""`/api/v1/`: the read-only JSON API (see hiwar.api.views)."""

from django.http import JsonResponse
from django.urls import path

from .http import http_caching, with_http_caching
from .views import api


def not_found(request, rest):
    return JsonResponse({"detail": "No such API endpoint; see /api/v1/openapi.json."}, status=404)


def root(request):
    """What is here: the schema, the docs and the endpoints."""
    base = request.build_absolute_uri(request.path)
    return JsonResponse(
        {
            "openapi": f"{base}openapi.json",
            "docs": f"{base}docs",
            "endpoints": {name: f"{base}{name}" for name in ("articles", "sections", "search")},
        }
    )


# ninja's own root view answers 404; ours keeps its name (ninja reverses it for the schema's paths).
patterns = [pattern for pattern in api.urls[0] if pattern.name != "api-root"]
urlpatterns = with_http_caching(patterns) + [
    path("", http_caching(root, content=False), name="api-root"),
    path("<path:rest>", http_caching(not_found, content=False)),
]
