"""Wagtail's search index (the admin's page search) during a batch import: once per
article, in bulk, after its transaction — not twice inside it.

Wagtail's search (modelsearch) updates the index on every post_save of a page, and
with django-tasks' immediate backend it does so inline. An import saves each new
article twice (`add_child`, then `save_revision`), so each article was re-read and
indexed twice inside its own transaction: about a sixth of the import's time.

While a batch runs, that handler is disconnected for the imported model. The saved
articles are remembered and indexed `chunk` at a time with the backend's bulk call,
as Wagtail's `update_index` does, after their transactions commit and when the
batch ends (even when it ends with an error). Rolled-back articles are never
indexed: only rows that exist are read back. If the process is killed mid-batch, at
most one chunk is left out of the admin search until `manage.py update_index`.

The switch is process-wide, like Wagtail's own `disable_reference_index_auto_update`:
use it in management commands, not in a threaded web server.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_save

from hiwar.core import wagtail_compat

DEFAULT_CHUNK = 100


class DeferredSearchIndex:
    """`with DeferredSearchIndex(ArticlePage):` around a batch of imports."""

    def __init__(self, model, chunk: int = DEFAULT_CHUNK):
        self.model, self.chunk = model, chunk
        self.pending: set[int] = set()
        self.indexed = 0

    def __enter__(self):
        # False when modelsearch does not index this model on save (search_auto_update = False).
        self.was_connected = wagtail_compat.stop_search_auto_update(self.model)
        if self.was_connected:
            post_save.connect(self._remember, sender=self.model, weak=False)
        return self

    def __exit__(self, *exc_info):
        if self.was_connected:
            post_save.disconnect(self._remember, sender=self.model)
            wagtail_compat.restart_search_auto_update(self.model)
            self.flush()
        return False

    def _remember(self, instance, raw=False, **kwargs):
        if raw:
            return
        self.pending.add(instance.pk)
        if len(self.pending) >= self.chunk:
            transaction.on_commit(self._flush_if_full)

    def _flush_if_full(self):
        if len(self.pending) >= self.chunk:
            self.flush()

    def flush(self):
        """Index the remembered articles that exist (committed) now, in one bulk call per backend."""
        if not self.pending:
            return
        pks, self.pending = sorted(self.pending), set()
        backends = wagtail_compat.search_backends()
        if not backends:
            return
        objects = list(self.model.get_indexed_objects().filter(pk__in=pks))
        for backend in backends:
            backend.add_bulk(self.model, objects)
        self.indexed += len(objects)
