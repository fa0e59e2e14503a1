"""HTML pages to article text and metadata through trafilatura's main-content extraction."""

from __future__ import annotations

import trafilatura

from presslens.errors import InputError
from presslens.model import ArticleMetadata, InputFormat

# Below this, what trafilatura falls back to is navigation or a title, not an article body.
_MIN_BODY_WORDS = 3
_HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div")


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith("<") and any(marker in head for marker in _HTML_MARKERS)


def extract_html(html: str) -> tuple[str, ArticleMetadata]:
    """Return the main text and metadata of a page, or raise when it has no article body."""
    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as error:  # trafilatura surfaces lxml's many parser errors unwrapped
        raise InputError(f"could not parse the HTML: {error}") from error
    text = (document.text or "").strip() if document is not None else ""
    if len(text.split()) < _MIN_BODY_WORDS:
        raise InputError("the HTML page has no article body that could be extracted")
    metadata = ArticleMetadata(
        title=document.title,
        author=document.author,
        date=document.date,
        site_name=document.sitename,
        url=document.url,
        input_format=InputFormat.html,
    )
    return text, metadata
