"""Ingestion: files, stdin bytes, HTML pages and JSON records to normalised articles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from presslens.errors import InputError
from presslens.ingest.decode import decode_bytes
from presslens.ingest.html import extract_html, looks_like_html
from presslens.ingest.normalize import NormalisedText, normalise
from presslens.ingest.records import looks_like_json, parse_records
from presslens.model import ArticleMetadata

DEFAULT_MAX_CHARS = 2_000_000
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}


@dataclass(frozen=True)
class Article:
    """One article ready for analysis: normalised text, its map to the original, metadata."""

    normalised: NormalisedText
    metadata: ArticleMetadata

    @property
    def text(self) -> str:
        return self.normalised.text


def article_from_text(
    text: str, metadata: ArticleMetadata | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Article:
    """Normalise already-decoded text; whitespace-only text gives an empty article."""
    if len(text) > max_chars:
        raise InputError(
            f"the article has {len(text):,} characters, more than the limit of {max_chars:,}; "
            "split it or raise the limit with --max-chars"
        )
    return Article(normalise(text), metadata or ArticleMetadata())


def load_bytes(
    data: bytes, name: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> list[Article]:
    """Decode and parse one input (a file's or stdin's bytes) into one or more articles."""
    if not data.strip():
        raise InputError("the input is empty")
    text, encoding = decode_bytes(data)
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in _JSON_SUFFIXES or (suffix not in _HTML_SUFFIXES and looks_like_json(text)):
        pairs = list(parse_records(text))
    elif suffix in _HTML_SUFFIXES or looks_like_html(text):
        pairs = [extract_html(text)]
    else:
        pairs = [(text, ArticleMetadata())]
    articles = []
    for body, metadata in pairs:
        metadata = metadata.model_copy(update={"encoding": encoding, "source_path": name})
        articles.append(article_from_text(body, metadata, max_chars))
    if not articles:
        raise InputError("the input holds no articles")
    return articles


def load_path(path: Path, max_chars: int = DEFAULT_MAX_CHARS) -> list[Article]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from error
    return load_bytes(data, str(path), max_chars)


__all__ = ["DEFAULT_MAX_CHARS", "Article", "article_from_text", "load_bytes", "load_path"]
