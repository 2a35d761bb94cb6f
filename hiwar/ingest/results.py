"""Outcomes of importing one page or feed item (no heavy imports: --dry-run needs only these)."""

from __future__ import annotations

from dataclasses import dataclass

IMPORTED, UNCHANGED, DUPLICATE, FAILED = "imported", "unchanged", "duplicate", "failed"


class ImportFailure(Exception):
    """The page cannot be imported; the message says why, in one line."""


@dataclass
class ImportResult:
    status: str
    article_id: int | None = None
    similarity: float | None = None
    suggested_translation_of: int | None = None

    def as_json(self) -> dict:
        return {
            "status": self.status,
            "page_id": self.article_id,
            "similarity": round(self.similarity, 3) if self.similarity is not None else None,
            "suggested_translation_of": self.suggested_translation_of,
        }
