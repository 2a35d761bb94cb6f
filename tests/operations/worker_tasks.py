"""A task for the worker tests: the first run stops in the middle (where the test kills
the worker), a run after that finishes at once."""

import time
from pathlib import Path

from django_tasks import task


@task()
def stops_midway_the_first_time(marker: str) -> str:
    first = not Path(marker).exists()
    Path(marker).write_text("started", encoding="utf-8")
    if first:
        time.sleep(60)  # killed here
    return "finished"
