"""Media on S3-compatible object storage (MEDIA_S3_BUCKET; README, docs/deploy.md).

django-storages' S3 back-end with two changes our code relies on:

- The object store's failures are OSError, as the file system's are. The image form,
  the rendition tag, the feeds' enclosures, /healthz and `backup` already turn an
  OSError of the media storage into a form error, the original picture, a left-out
  image or "degraded"; botocore's own exceptions (ClientError, EndpointConnectionError,
  ReadTimeoutError, S3UploadFailedError) would have been 500s instead.
- Bounded waits: botocore waits 60 s to connect and 60 s to read, with retries, and a
  reader's page that makes a new rendition would hang that long on a store that is
  down. Here it is `timeout` seconds for each, and two attempts.
"""

from __future__ import annotations

import functools

from boto3.exceptions import Boto3Error
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3File, S3Storage
from storages.utils import clean_name

STORE_ERRORS = (BotoCoreError, ClientError, Boto3Error)


def as_os_error(error: Exception) -> OSError:
    """The OSError that says the same: 404 → FileNotFoundError, 403 → PermissionError."""
    status = None
    if isinstance(error, ClientError):
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    kind = {404: FileNotFoundError, 403: PermissionError}.get(status, OSError)
    return kind(f"object storage: {error}")


def store_errors_as_os_errors(method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except STORE_ERRORS as error:
            raise as_os_error(error) from error

    return wrapper


class MediaS3File(S3File):
    """S3File downloads on the first read (its `file` property): a failure there too."""

    file = property(store_errors_as_os_errors(S3File._get_file), S3File._set_file)
    close = store_errors_as_os_errors(S3File.close)  # a file opened for writing uploads on close


class MediaS3Storage(S3Storage):
    def __init__(self, timeout: float = 5.0, **settings):
        settings.setdefault(
            "client_config",
            Config(
                s3={"addressing_style": settings.get("addressing_style")},
                connect_timeout=timeout,
                read_timeout=timeout,
                retries={"max_attempts": 2, "mode": "standard"},
            ),
        )
        super().__init__(**settings)

    @store_errors_as_os_errors
    def _open(self, name, mode="rb"):
        # S3Storage._open with our file class; S3File's constructor asks for the
        # object's head, so a missing object is FileNotFoundError here already.
        return MediaS3File(self._normalize_name(clean_name(name)), mode, self)

    _save = store_errors_as_os_errors(S3Storage._save)
    delete = store_errors_as_os_errors(S3Storage.delete)
    exists = store_errors_as_os_errors(S3Storage.exists)
    listdir = store_errors_as_os_errors(S3Storage.listdir)
    size = store_errors_as_os_errors(S3Storage.size)
    get_modified_time = store_errors_as_os_errors(S3Storage.get_modified_time)
