"""Content fingerprints (exact re-imports) and MinHash (near-duplicates).

Both are computed on a normalised text, so that the same story saved twice
with other spaces, no-break spaces, digits or hamza spellings is the same:
`١٤ سبتمبر` and `14 سبتمبر`, `أكد` and `اكد`, `"خوفار"\u00a0قال` and `"خوفار" قال`.

Near-duplicates are found with locality-sensitive hashing that lives in the
database: a signature of NUM_PERM MinHash values is cut into BANDS bands of
ROWS rows; each band is hashed to one 63-bit number stored with an index.
Two texts with Jaccard similarity s share at least one band with probability
1 - (1 - s^ROWS)^BANDS (datasketch picks BANDS × ROWS for the threshold).
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from hiwar.text.normalize import fold
from hiwar.text.pages import ParsedPage

NUM_PERM = 128
NEAR_DUPLICATE_THRESHOLD = 0.7  # estimated Jaccard similarity of word 3-shingles
SHINGLE_WORDS = 3
MINHASH_SCHEME = "affine32"  # stored signatures must be read back with the scheme that made them
_WORD = re.compile(r"\w+")

_LSH_PARAMETERS = MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
BANDS, ROWS = _LSH_PARAMETERS.b, _LSH_PARAMETERS.r


def normalised_words(text: str) -> list[str]:
    """Lower case, Western digits, Arabic hamza/alef and diacritics folded (normalize.fold), no punctuation."""
    return _WORD.findall(fold(text))


def page_text(page: ParsedPage) -> str:
    return "\n".join([page.title or ""] + [block.text for block in page.blocks])


def page_words(page: ParsedPage) -> list[str]:
    return normalised_words(page_text(page))


def content_fingerprint(page: ParsedPage, words: list[str] | None = None) -> str:
    """sha256 of the normalised title, date and body: equal for the same story saved twice."""
    words = page_words(page) if words is None else words
    date = page.date.isoformat() if page.date else ""
    return hashlib.sha256((date + "\n" + " ".join(words)).encode("utf-8")).hexdigest()


def shingles(words: list[str], size: int = SHINGLE_WORDS) -> set[str]:
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[index : index + size]) for index in range(len(words) - size + 1)}


def minhash_of(page: ParsedPage, words: list[str] | None = None) -> MinHash:
    words = page_words(page) if words is None else words
    minhash = MinHash(num_perm=NUM_PERM, scheme=MINHASH_SCHEME)
    minhash.update_batch([shingle.encode("utf-8") for shingle in shingles(words)])
    return minhash


def signature_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype("<u8").tobytes()


def minhash_from_bytes(data: bytes) -> LeanMinHash:
    """A stored signature, ready to compare. LeanMinHash skips drawing the 128 random
    permutations a full MinHash makes on creation (~0.5 ms): stored ones are never updated."""
    values = np.frombuffer(data, dtype="<u8").astype(np.uint64)
    return LeanMinHash(seed=1, hashvalues=values, scheme=MINHASH_SCHEME)


def band_keys(minhash: MinHash) -> list[int]:
    """One signed 63-bit key per band; the band number is hashed in, so keys never collide across bands."""
    values = minhash.hashvalues.astype("<u8")
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(struct.pack("<H", band) + chunk, digest_size=8).digest()
        keys.append(struct.unpack("<q", digest)[0] >> 1)
    return keys


def similarity(first: MinHash, second: MinHash) -> float:
    return float(first.jaccard(second))


@dataclass(frozen=True)
class Signature:
    """What the importer needs to recognise a page: small and picklable (crosses processes),
    so that a parse worker computes all of it and the database writer only compares."""

    fingerprint: str
    minhash_bytes: bytes
    bands: tuple[int, ...]

    def minhash(self) -> LeanMinHash:
        return minhash_from_bytes(self.minhash_bytes)


def signature_of(page: ParsedPage) -> Signature:
    words = page_words(page)
    minhash = minhash_of(page, words)
    return Signature(content_fingerprint(page, words), signature_bytes(minhash), tuple(band_keys(minhash)))
