"""A batch import on SQLite leaves gaps for other writers (an editor publishing).

SQLite has one writer at a time. Each imported page is its own transaction, and
with parsing done in a second process the importer begins its next transaction
at once after a commit: the write lock is free for well under a millisecond.
A writer that found it taken waits in SQLite's busy handler, which sleeps
between attempts — 1, 2, 5, … ms at first, then 100 ms each — and so nearly
always wakes while the importer holds the lock again. On a 300-page
`import_page --publish`, an editor's publish waited 18.2 s of the 20 s timeout.

So the importer pauses: after each commit, when it has written for
`WRITE_SPELL` seconds since its last pause, it sleeps `PAUSE` seconds, longer
than the busy handler's longest sleep, so that a waiting writer's next attempt
falls in the gap. A waiting editor then waits about one spell plus one page's
transaction, two spells when a busy machine keeps it off the CPU through a gap:
0.9–1.3 s at most (bench/import_contention.py, docs/benchmarks.md). The import is
slower by at most PAUSE / (WRITE_SPELL + PAUSE), 20 %.

PostgreSQL locks rows, not the database: an import and an editor do not wait for
each other there, and nothing pauses.
"""

from __future__ import annotations

import time

from django.db import connection

WRITE_SPELL = 0.6  # seconds of writing between pauses
PAUSE = 0.15  # seconds; SQLite's busy handler sleeps at most 100 ms between attempts


class WriterPacer:
    """`pacer.after_commit()` after each page's transaction of a batch."""

    def __init__(self, write_spell: float | None = None, pause: float | None = None):
        self.write_spell = WRITE_SPELL if write_spell is None else write_spell
        self.pause = PAUSE if pause is None else pause
        self.spell_started = time.monotonic()
        self.pauses = 0

    @property
    def active(self) -> bool:
        return connection.vendor == "sqlite" and self.pause > 0

    def after_commit(self) -> bool:
        """Pause when a spell of writing is over; True when it paused. Never inside a
        transaction (the lock would be held through the pause)."""
        if not self.active or connection.in_atomic_block:
            return False
        if time.monotonic() - self.spell_started < self.write_spell:
            return False
        time.sleep(self.pause)
        self.pauses += 1
        self.spell_started = time.monotonic()
        return True
