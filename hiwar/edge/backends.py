"""Wagtail's frontend-cache back-end for our Varnish (deploy/varnish/hiwar.vcl).

Wagtail's own HTTPBackend sends one `PURGE` per URL on a new connection, with no
timeout, and can only name single URLs. This one keeps one connection for the batch,
gives up on the batch after `TIMEOUT` seconds without an answer (an edge that is down
must not hold an editor's publish), and also speaks the VCL's `BAN`:

- `https://host/ar/news/` → `PURGE /ar/news/`: the VCL drops every cached variant
  of that path, whatever its query (`?page=2`, `?page=3`… of a listing);
- `https://host/ar/*` → `BAN /ar/`: every cached URL under that prefix (a section's
  title in the menu of every page of its language).
"""

import http.client
import logging
from urllib.parse import urlsplit

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

logger = logging.getLogger(__name__)

PREFIX_MARK = "*"


def request_for(url):
    """(method, path, host) of the purge for one URL."""
    parts = urlsplit(url)
    if parts.path.endswith(PREFIX_MARK):
        return "BAN", parts.path[: -len(PREFIX_MARK)], parts.netloc
    return "PURGE", parts.path, parts.netloc


class VarnishBackend(BaseBackend):
    def __init__(self, params):
        super().__init__(params)
        location = urlsplit(params["LOCATION"])
        if location.scheme != "http" or not location.hostname:
            raise ValueError(f"EDGE_PURGE_URL must be http://host:port, not {params['LOCATION']!r}")
        self.host = location.hostname
        self.port = location.port or 80
        self.timeout = float(params.get("TIMEOUT", 2))

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            for done, url in enumerate(urls):
                method, path, host = request_for(url)
                try:
                    connection.request(method, path, headers={"Host": host, "User-Agent": "hiwar-purge"})
                    response = connection.getresponse()
                    response.read()
                except (OSError, http.client.HTTPException) as error:
                    logger.error(
                        "edge cache at %s:%s unreachable (%s: %s): %d URLs not purged",
                        self.host,
                        self.port,
                        type(error).__name__,
                        error,
                        len(urls) - done,
                    )
                    return
                if response.status != 200:
                    logger.error(
                        "edge cache refused %s %s: %s %s", method, path, response.status, response.reason
                    )
        finally:
            connection.close()
