"""Uploaded media served by Django itself (SERVE_MEDIA, see hiwar/urls.py)."""

import logging
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import Http404
from django.views.decorators.cache import cache_control
from django.views.static import serve

logger = logging.getLogger(__name__)


@cache_control(public=True, max_age=86400)
def serve_media(request, path):
    """django.views.static.serve, where a name the file system refuses is a 404.

    A name past the file system's limit (`/media/` + 300 characters: ENAMETOOLONG)
    or one that goes through a file (ENOTDIR) raised OSError, a 500; no such file
    can exist, so the answer is the same as for any missing file.
    """
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:
        logger.info("media %r: %s", path[:80], error.strerror or error)
        raise Http404("No such file") from None


def storage_is_writable() -> bool:
    """Write a two-byte file to the media storage and delete it; raises OSError if refused."""
    name = default_storage.save(f".write-check-{uuid.uuid4().hex}", ContentFile(b"ok"))
    default_storage.delete(name)
    return True
