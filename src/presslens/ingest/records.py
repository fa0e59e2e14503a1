"""JSON and JSON Lines records: one article per object, text plus metadata fields."""

from __future__ import annotations

import json
from collections.abc import Iterator

from presslens.errors import InputError
from presslens.model import ArticleMetadata, InputFormat

TEXT_FIELDS = ("text", "content", "body")
_METADATA_FIELDS = {
    "title": ("title", "headline"),
    "author": ("author", "byline"),
    "date": ("date", "published", "publication_date"),
    "site_name": ("outlet", "site_name", "sitename", "publisher", "source"),
    "url": ("url", "link"),
}


def looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("{", "[")


def record_to_article(record: object, where: str) -> tuple[str, ArticleMetadata]:
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object with a text field")
    text = next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if text is None:
        raise InputError(f"{where}: no text field (one of {', '.join(TEXT_FIELDS)})")
    values = {
        key: next((str(record[n]) for n in names if record.get(n) is not None), None)
        for key, names in _METADATA_FIELDS.items()
    }
    return text, ArticleMetadata(**values, input_format=InputFormat.json)


def parse_records(text: str) -> Iterator[tuple[str, ArticleMetadata]]:
    """Yield ``(text, metadata)`` from one JSON object, a JSON array, or JSON Lines."""
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, list):
        for index, record in enumerate(whole):
            yield record_to_article(record, f"record {index}")
        return
    if whole is not None:
        yield record_to_article(whole, "record")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"line {number}: invalid JSON ({error.msg})") from error
        yield record_to_article(record, f"line {number}")
