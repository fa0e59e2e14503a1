"""Near-duplicate signatures: word shingles, MinHash (datasketch) and LSH band keys.

The band keys are stored in DuckDB next to the article, partitioned by time window, and candidate
pairs come from a SQL self-join on (band, key) between neighbouring windows. DuckDB runs that join
out of core, so no global in-memory LSH index is needed and memory stays bounded as the corpus
grows (datasketch's own ``MinHashLSH`` keeps every key in one process's memory).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

import numpy as np
from datasketch import MinHash

SHINGLE_WORDS = 5
# 42 bands of 3 rows: a pair with Jaccard 0.3 collides in some band with probability 0.68, one
# with 0.5 with 0.996; trimmed copies have low Jaccard but high containment, so the threshold is
# set low and alignment decides (docs/EVALUATION.md has the 32x4 and 64x2 trade-offs).
BANDS = 42
ROWS = 3
NUM_PERM = BANDS * ROWS
WINDOW_DAYS = 31
_WORD = re.compile(r"\w+", re.UNICODE)
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SCHEME = "affine32"
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME).permutations  # built once


@dataclass(frozen=True)
class Signature:
    window: int | None
    band_keys: list[int]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str) -> set[bytes]:
    tokens = words(text)
    if len(tokens) < SHINGLE_WORDS:
        return {" ".join(tokens).encode()} if tokens else set()
    return {" ".join(tokens[i:i + SHINGLE_WORDS]).encode()
            for i in range(len(tokens) - SHINGLE_WORDS + 1)}


def minhash(text: str) -> MinHash:
    signature = MinHash(num_perm=NUM_PERM, seed=1, permutations=_PERMUTATIONS, scheme=_SCHEME)
    signature.update_batch(list(shingles(text)))
    return signature


def band_keys(signature: MinHash) -> list[int]:
    """One 63-bit key per band: articles sharing a key in any band are candidate pairs."""
    values = np.asarray(signature.hashvalues, dtype=np.uint64)
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(values[band * ROWS:(band + 1) * ROWS].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big") >> 1)
    return keys


def parse_date(value: str | None) -> date | None:
    match = _DATE.search(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def time_window(published: date | None) -> int | None:
    """Windows of WINDOW_DAYS days; candidates are sought in the same and the next window."""
    return published.toordinal() // WINDOW_DAYS if published else None


def signature_of(text: str, published: date | None) -> Signature:
    return Signature(time_window(published), band_keys(minhash(text)))
