"""Attributions marked by layout rather than by a reporting verb.

Transcripts, interviews and headlines name the speaker in a label before a colon at the start of
a paragraph ("PENCE: Well, look, ...", "Q: How did things go?", "Lynch: No outside influence on
FBI probe", "Obama on Climate Change: The Trends Are 'Terrifying'"); readers' comments and pull
quotes sign a quotation with a dash after it ("“... our greatest shame.” ― Sonya Herridge").
Neither has a cue word for the parse rules or the cue model to read, so they are found from the
text's shape. Spans follow PolNeAR: the colon (with a headline's topic) or the dash is the cue,
the label or the signature the source, and the rest of the paragraph (without its final full
stop) or the signed quotation the content. A transcript's turn ("PENCE:", a label in capitals)
is the speaker's own words; a headline's "Pence:" summarises.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from presslens.attribution.quotes import QUOTE_MARKS, Quote

_LABEL_WORDS = 7
_FUNCTION_WORDS = frozenset(["of", "the", "and", "for", "de", "van", "von", "al"])
_LABEL = re.compile(r"[ \t]*[\"\u201c]?([^\n:\"\u201c\u201d]{1,80}?)[ \t]*(:)[ \t\u00a0]*(?=\S)")
# A headline's "Name on Topic:" ("Obama on Climate Change: The Trends Are 'Terrifying'", in title
# case "CNN President On Trump: ..."): the name is the source, the topic and the colon the cue
# (PolNeAR's spans).
_TOPIC = re.compile(r"(\S.*?)\s+((?:[Oo]n|[Aa]bout)\s+\S.*)$")
_SIGNATURE = re.compile(r"[\"\u201d\u2019'][ \t]*(\u2015|\u2014|\u2013|--|-)[ \t]*([^\n]{2,60}?)\.?[ \t]*$", re.M)


@dataclass(frozen=True)
class LayoutAttribution:
    """Character spans of one layout-marked attribution."""

    source: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int]
    verbatim: bool = False  # a transcript turn: the speaker's own words, though unquoted


def _is_name(label: str) -> bool:
    """A speaker label or signature: a few capitalised words ("Pat Caddell", "NY Post",
    "WALLACE", "Q"), lower-case only for the joining words of names ("Bank of America")."""
    words = label.split()
    if not words or len(words) > _LABEL_WORDS or not words[0][0].isupper():
        return False
    if words[0].lower() in ("the", "a", "an") and len(words) > 1:
        return False  # a section heading ("The Gap Goes On:"), not a speaker
    return all(
        word.lower() in _FUNCTION_WORDS or (word[0].isupper() and not any(ch.isdigit() for ch in word))
        for word in words
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _content_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end - 1 if end > start and text[end - 1] == "." else end


def _named_elsewhere(label: tuple[int, int], text: str, named: Mapping[str, list[int]]) -> bool:
    """Whether a word of the label is part of a person's or organisation's name elsewhere in the
    article ("WALLACE" and "Chris Wallace"); section labels ("The Latest:", "Correction:",
    "VIDEO:") and interview turns ("Q:", which PolNeAR marks only now and then) are not."""
    for word in text[label[0] : label[1]].split():
        offsets = named.get(word.lower(), ())
        if word.lower() not in _FUNCTION_WORDS and any(not label[0] <= at < label[1] for at in offsets):
            return True
    return False


def label_attributions(text: str, named: Mapping[str, list[int]]) -> list[LayoutAttribution]:
    """"Speaker: words" paragraphs: the label names the speaker of the rest of the paragraph.
    ``named`` maps each lower-cased word of the article's person and organisation names to
    where it occurs."""
    found = []
    for start, end in _paragraphs(text):
        match = _LABEL.match(text, start, end)
        if match is None:
            continue
        source, cue = match.span(1), match.span(2)
        topic = _TOPIC.match(match.group(1))
        if topic is not None and _is_name(topic.group(1)):  # "Obama on Climate Change:"
            source, cue = (source[0], source[0] + topic.end(1)), (source[0] + topic.start(2), cue[1])
        elif not _is_name(match.group(1)):
            continue
        if not _named_elsewhere(source, text, named):
            continue
        content_start = match.end()
        content_end = _content_end(text, content_start, end)
        if len(text[content_start:content_end].split()) < 2:
            continue
        label = text[source[0] : source[1]]
        transcript = label.isupper() and len(label) > 1 and topic is None  # "PENCE:", not a headline's "Pence:"
        found.append(LayoutAttribution(source, cue, (content_start, content_end), transcript))
    return found


def signed_quotes(text: str, quotes: list[Quote]) -> list[LayoutAttribution]:
    """“Quotation” ― Name, closing a paragraph: the signature names the quotation's speaker."""
    starts = {quote.end: quote.start for quote in quotes}
    found = []
    for match in _SIGNATURE.finditer(text):
        name = match.group(2).rstrip()
        end = match.start() + 1
        start = starts.get(end)
        if start is None:  # opened with a mark the quote finder does not take for an opening one
            start = text.rfind("\n", 0, end) + 1
            if text[start] not in QUOTE_MARKS:
                continue
        if not _is_name(name) or not any(ch.isalnum() for ch in text[start:end]):
            continue
        source = (match.start(2), match.start(2) + len(name))
        found.append(LayoutAttribution(source, match.span(1), (start, end)))
    return found
