r"""Normalise newlines, spaces and quotation characters, and repair mojibake, while keeping a map
to the original.

Mojibake is UTF-8 text once decoded as Latin-1 or Windows-1252 ("PeÃ±a Nieto", "â€œ"), common in
scraped and re-published news: left alone it splits names and hides quotation marks from every
later layer. ftfy decides what is mojibake, one whitespace-delimited word holding a suspect pair
of characters at a time, so that text in other scripts or with honest accents stays as written.

Quotation styles are unified only where a character sequence is an unambiguous spelling of a
quote (TeX-style ``\`\``/``''``, low-9 marks); the curly, straight and guillemet marks stay as
written because the attribution layer reads all of them. A doubled apostrophe opens a quote
where a word starts after it at the start of text or after a space or bracket (the New York
Times' archive writes ''both marks'' so), and closes one everywhere else.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import ftfy

_REPLACEMENTS: dict[str, str] = {
    "\r\n": "\n",
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "``": "\u201c",
    "''": "\u201d",
    "\u201e": "\u201c",  # „ low double quote opens
    "\u201a": "\u2018",  # ‚ low single quote opens
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\t": " ",
}
_DROPPED = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
# What a UTF-8 lead byte and a continuation byte look like when read as Windows-1252: a letter
# from Â to ô (or its base letter and a combining mark, where the text was decomposed since), then
# a C1 control, a Latin-1 sign or a cp1252 punctuation mark.
_MOJIBAKE_PAIR = re.compile(
    "(?:[\u00c2-\u00f4]|[Aa][\u0300-\u036f])[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_WORD = re.compile(r"\S+")
_LONGEST_WORD = 100  # longer runs without a space (a URL, an encoded blob) are no prose to repair


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text plus, for each of its characters, the offset in the original."""

    text: str
    original_offsets: tuple[int, ...]
    original_length: int

    def to_original(self, offset: int) -> int:
        """Map an offset into ``text`` (end offsets included) back to the original string. The
        end of the text is the end of the original, so a span closing on a character that
        stood for two (``''`` -> ``”``) keeps both."""
        if offset >= len(self.original_offsets):
            return self.original_length
        return self.original_offsets[offset]

    def to_normalised(self, offset: int) -> int:
        """Map an offset into the original string to ``text``: the first normalised character at
        or after it (so start and end offsets of a span both map inside out)."""
        return bisect.bisect_left(self.original_offsets, offset)


def _opens(before: list[str], after: str) -> bool:
    previous = before[-1] if before else " "
    return (previous.isspace() or previous in "([{\u2014\u2013-") and bool(after) and not after.isspace()


def repair_mojibake(raw: str) -> tuple[str, Sequence[int]]:
    """``raw`` with mojibake words repaired, and for each character the offset in ``raw`` of the
    characters it stands for (a repaired character maps to the first of the ones it replaces);
    ``raw`` itself, unchanged, where nothing needed repair (most text)."""
    pieces: list[str] = []
    offsets: list[int] = []
    done = 0
    # words are found with a plain scan, once the text is known to hold a suspect pair at all: a
    # pattern reaching back over a word from each pair would be quadratic in a long run of
    # characters without a space
    words = _WORD.finditer(raw) if _MOJIBAKE_PAIR.search(raw) else iter(())
    for match in words:
        word = match.group(0)
        if len(word) > _LONGEST_WORD or not _MOJIBAKE_PAIR.search(word):
            continue
        composed = unicodedata.normalize("NFC", word)
        fixed = ftfy.fix_encoding(composed)
        if fixed == composed:
            continue
        pieces.append(raw[done : match.start()])
        offsets.extend(range(done, match.start()))
        for tag, a, b, c, d in SequenceMatcher(None, word, fixed, autojunk=False).get_opcodes():
            pieces.append(fixed[c:d])
            offsets.extend(match.start() + a + k if tag == "equal" else match.start() + a for k in range(d - c))
        done = match.end()
    if not pieces:
        return raw, range(len(raw))
    pieces.append(raw[done:])
    offsets.extend(range(done, len(raw)))
    return "".join(pieces), offsets


def normalise(original: str) -> NormalisedText:
    raw, repaired_from = repair_mojibake(original)
    out: list[str] = []
    offsets: list[int] = []
    i = 0
    while i < len(raw):
        pair = raw[i : i + 2]
        if pair == "''" and _opens(out, raw[i + 2 : i + 3]):
            out.append("\u201c")
            offsets.append(i)
            i += 2
            continue
        if pair in _REPLACEMENTS:
            out.append(_REPLACEMENTS[pair])
            offsets.append(i)
            i += 2
            continue
        char = raw[i]
        if char not in _DROPPED:
            out.append(_REPLACEMENTS.get(char, char))
            offsets.append(i)
        i += 1
    mapped = offsets if raw is original else [repaired_from[k] for k in offsets]
    return NormalisedText("".join(out), tuple(mapped), len(original))
