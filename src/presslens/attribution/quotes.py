"""Find quotations in every common style, including nested and multi-paragraph quotes.

Curly (“ ” ‘ ’), straight (" '), and guillemet (« » ‹ ›) marks are read in one pass. Straight
marks and the right single quote are ambiguous (apostrophes, inch marks), so whether one opens or
closes is decided from the characters around it; so is a curly opening mark printed where a
closing one belongs (after a word, before a space, with a quotation open). A double quote left
open at the end of a paragraph continues when the next paragraph opens with a quote mark (the
newspaper convention for long quotes), or when the next double mark before a blank line closes
it (texts laid out one sentence per line, or a continuation paragraph whose opening mark was left
out); otherwise it runs to the end of its paragraph and is flagged as unclosed.
"""

from __future__ import annotations

from dataclasses import dataclass

_DOUBLE_OPEN = "\u201c\u00ab"
_DOUBLE_CLOSE = "\u201d\u00bb"
_SINGLE_OPEN = "\u2018\u2039"
_SINGLE_CLOSE = "\u2019\u203a"
QUOTE_MARKS = "\"'" + _DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN + _SINGLE_CLOSE
_OPENING_CONTEXT = " \n([{\u2014\u2013-/:;\u201c\u2018\u00ab\"'"
_CONTINUATION_REACH = 1500


@dataclass(frozen=True)
class Quote:
    """A quotation from its opening mark to just after its closing mark."""

    start: int
    end: int
    depth: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - (1 if self.closed else 0)


@dataclass
class _Open:
    start: int
    double: bool
    straight: bool


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPENING_CONTEXT or before.isspace()) and not after.isspace()


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _continues_after(text: str, i: int) -> bool:
    """Whether a double quote open at the line break ``i`` goes on: the next paragraph opens with
    a double mark, or the first double mark on the following lines of the same paragraph closes
    it (within ``_CONTINUATION_REACH`` characters)."""
    limit = min(len(text), i + _CONTINUATION_REACH)
    j = i + 1
    while j < limit:
        char = text[j]
        if char == "\n" and text[j - 1] == "\n":
            rest = text[j:limit].lstrip()
            return rest[:1] in (_DOUBLE_OPEN + '"') and rest != ""
        if char in _DOUBLE_OPEN:
            return False
        if char in _DOUBLE_CLOSE:
            return True
        if char == '"':
            return _can_close(text, j) and not _can_open(text, j)
        j += 1
    return False


def find_quotes(text: str) -> list[Quote]:
    """Return all quotes, outermost first within each position, sorted by start offset."""
    quotes: list[Quote] = []
    stack: list[_Open] = []

    def close(index: int, end: int, closed: bool = True) -> None:
        opened = stack[index]
        del stack[index:]
        quotes.append(Quote(opened.start, end, index, closed))

    def last(double: bool) -> int | None:
        return next((k for k in range(len(stack) - 1, -1, -1) if stack[k].double == double), None)

    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\n":
            j = i
            while j < n and text[j].isspace():
                j += 1
            continues = j < n and text[j] in _DOUBLE_OPEN + '"'
            while stack and not stack[-1].double:
                stack.pop()
            if stack and continues:
                i = j + 1  # the next paragraph's opening mark only continues the quote
                continue
            if stack and _continues_after(text, i):
                i += 1
                continue
            if stack:
                close(0, i, closed=False)
        elif char in _DOUBLE_OPEN:
            k = last(True)
            if k is not None and _can_close(text, i) and not _can_open(text, i):
                close(k, i + 1)  # an opening mark misprinted for a closing one ("a fascist?“ he asked")
            else:
                stack.append(_Open(i, True, False))
        elif char in _DOUBLE_CLOSE:
            k = last(True)
            if k is not None:
                close(k, i + 1)
        elif char == '"':
            k = last(True)
            if k is not None and stack[k].straight and _can_close(text, i):
                close(k, i + 1)
            elif _can_open(text, i):
                stack.append(_Open(i, True, True))
            elif k is not None:
                close(k, i + 1)
        elif char in _SINGLE_OPEN:
            stack.append(_Open(i, False, False))
        elif char in _SINGLE_CLOSE or char == "'":
            k = last(False)
            if k is not None and _can_close(text, i):
                close(k, i + 1)
            elif char == "'" and _can_open(text, i) and text[i + 1 : i + 2].isalpha():
                stack.append(_Open(i, False, True))
        i += 1
    if stack and stack[0].double:
        close(0, n, closed=False)
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes


def top_level(quotes: list[Quote]) -> list[Quote]:
    """Quotes not contained in another quote."""
    result: list[Quote] = []
    for quote in quotes:
        if result and quote.start < result[-1].end:
            continue
        result.append(quote)
    return result
