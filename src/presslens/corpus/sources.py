"""What ``corpus add`` reads: folders of .txt/.html/.json files, JSON Lines files, stdin.

Inputs are enumerated lazily and JSON Lines files are streamed line by line, so a corpus of
millions of records never has to fit in memory. A file or record that cannot be read becomes an
item with an error (stored in the ``rejected`` table), never a crash and never silently dropped.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from presslens.errors import InputError
from presslens.ingest import Article, article_from_text, load_bytes
from presslens.ingest.records import record_to_article

FILE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".json"}
LINE_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass(frozen=True)
class CorpusItem:
    """One article to store, or the reason an input could not become one."""

    origin: str
    article: Article | None = None
    error: str | None = None

    @property
    def article_id(self) -> str:
        assert self.article is not None
        return article_id(self.article.text)


def article_id(text: str) -> str:
    """Content hash of the normalised text: the same article added twice is stored once."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file()
                      and p.suffix.lower() in FILE_SUFFIXES | LINE_SUFFIXES)
    return [path]


def _from_lines(path: Path, max_chars: int) -> Iterator[CorpusItem]:
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, 1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
                text, metadata = record_to_article(record, f"line {number}")
                metadata = metadata.model_copy(update={"source_path": origin})
                yield CorpusItem(origin, article_from_text(text, metadata, max_chars))
            except (InputError, ValueError) as error:
                yield CorpusItem(origin, error=str(error))


def _from_bytes(data: bytes, origin: str, max_chars: int) -> Iterator[CorpusItem]:
    try:
        articles = load_bytes(data, origin, max_chars)
    except InputError as error:
        yield CorpusItem(origin, error=str(error))
        return
    for number, article in enumerate(articles, 1):
        yield CorpusItem(origin if len(articles) == 1 else f"{origin}:{number}", article)


def iter_items(inputs: list[str], max_chars: int) -> Iterator[CorpusItem]:
    """Every article (or error) of the inputs, in a stable order; '-' is stdin."""
    for given in inputs:
        if given == "-":
            yield from _from_bytes(sys.stdin.buffer.read(), "<stdin>", max_chars)
            continue
        path = Path(given)
        if not path.exists():
            yield CorpusItem(given, error="no such file or directory")
            continue
        for file in _files(path):
            if file.suffix.lower() in LINE_SUFFIXES:
                yield from _from_lines(file, max_chars)
                continue
            try:
                data = file.read_bytes()
            except OSError as error:
                yield CorpusItem(str(file), error=f"cannot read: {error.strerror or error}")
                continue
            yield from _from_bytes(data, str(file), max_chars)


def count_inputs(inputs: list[str]) -> int | None:
    """How many items ``iter_items`` will yield, cheaply, for the progress bar (None: unknown)."""
    total = 0
    for given in inputs:
        if given == "-":
            return None
        path = Path(given)
        for file in _files(path) if path.exists() else [path]:
            if file.suffix.lower() in LINE_SUFFIXES and file.exists():
                with file.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            else:
                total += 1
    return total
