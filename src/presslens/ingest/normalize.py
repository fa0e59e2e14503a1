r"""Normalise newlines, spaces and quotation characters while keeping a map to the original.

Quotation styles are unified only where a character sequence is an unambiguous spelling of a
quote (TeX-style ``\`\``/``''``, low-9 marks); the curly, straight and guillemet marks stay as
written because the attribution layer reads all of them. A doubled apostrophe opens a quote
where a word starts after it at the start of text or after a space or bracket (the New York
Times' archive writes ''both marks'' so), and closes one everywhere else.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

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


def normalise(raw: str) -> NormalisedText:
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
    return NormalisedText("".join(out), tuple(offsets), len(raw))
