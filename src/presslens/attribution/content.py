"""Where a report's content begins and ends: the clause, object or quotation a cue governs, taken
over the quotations that continue it, joined across its speaker tag, and without the time,
medium and full stop that frame it rather than belong to it."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from presslens.attribution import lexicon
from presslens.attribution.cue_model import TokenRange
from presslens.attribution.quotes import Quote
from presslens.attribution.spans import char_range, subtree, trim, without_full_stop

_CLAUSAL_CONTENT = ("ccomp", "csubjpass", "csubj")
# The longest speaker tag between two halves of a quotation ("..." said Paul H. Chipok, a lawyer
# in Orlando who specializes in land-use and environmental issues. "...")
_SPEAKER_TAG_CHARS = 240
# a sentence ending in a lower-case word ("an analyst. But"), not an abbreviation ("Sen. Bernie")
_SENTENCE_END = re.compile(r"\b[a-z]+[.!?]\s+[A-Z]")


def without_trailing_adjunct(tokens: list[Token]) -> list[Token]:
    """An object's content without a closing phrase of time or medium that the parse hung on
    the object ("announced his candidacy in June 2015", "addressed Muslim-Americans in an email
    to supporters"): when and how it was said, not what."""
    for k in range(len(tokens) - 1, 0, -1):
        prep = tokens[k]
        if prep.dep_ != "prep" or prep.right_edge != tokens[-1]:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if any(o.ent_type_ in ("DATE", "TIME") or o.lemma_ in lexicon.MEDIUM_NOUNS for o in objects):
            return trim(tokens[:k])
    return tokens


def content_tokens(token: Token, light_noun: Token | None) -> list[Token]:
    children = list(token.children)
    if token.dep_ == "acl" and any(c.dep_ == "agent" for c in children):
        return trim(list(token.doc[token.head.left_edge.i : token.head.i + 1]))
    for child in children:
        if child.dep_ in _CLAUSAL_CONTENT:
            return subtree(child)
    for child in children:
        # "called for the bloggers to be banned", "Asked if she believed ...": the parse hangs
        # the clause on the verb as an adverbial one
        opener = child.left_edge
        if child.dep_ == "advcl" and opener.i == token.i + 1 and opener.lower_ in ("for", "if", "whether"):
            return trim(list(token.doc[opener.i + (opener.lower_ == "for") : child.right_edge.i + 1]))
    if light_noun is not None:
        for prep in light_noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "about"):
                objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
                if objects:
                    return subtree(objects[0])
        return []
    objects = [c for c in children if c.dep_ in ("dobj", "dative") and token.lemma_ != "tell"]
    for medium in (o for o in objects if o.lemma_ in lexicon.MEDIUM_NOUNS):
        said = [c for c in medium.children if c.dep_ in ("acl", "relcl")]
        if said:  # "wrote Putin a letter accusing him of ...": the letter's words are the content
            return trim(list(token.doc[said[0].i : said[-1].right_edge.i + 1]))
    objects = [
        o
        for o in objects
        if o.dep_ != "dative" and o.lemma_ not in lexicon.MEDIUM_NOUNS
        and not (o.pos_ in ("PROPN", "PRON") and o.i + 1 < len(o.doc) and o.nbor(1).dep_ == "det")
    ]
    if objects and objects[0].pos_ in ("PROPN", "PRON") and not any(
        c.dep_ in ("xcomp", "prep") and c.i > objects[0].i for c in children
    ):
        objects = []
    clauses = [c for c in children if c.dep_ == "xcomp"]
    preps = [
        c
        for c in children
        if c.dep_ == "prep" and c.lower_ in lexicon.CONTENT_PREPOSITIONS and c.i > token.i
        and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)  # "spoke on Monday"
    ]
    if clauses:
        first = objects[0] if objects and objects[0].i < clauses[0].i else clauses[0]
        return trim(list(token.doc[first.left_edge.i : clauses[-1].right_edge.i + 1]))
    if objects:
        last = preps[-1] if preps and preps[-1].i > objects[0].i else objects[0]
        return without_trailing_adjunct(trim(list(token.doc[objects[0].left_edge.i : last.right_edge.i + 1])))
    if preps:
        objects = [c for c in preps[0].children if c.dep_ in ("pobj", "pcomp")]
        if objects:
            return subtree(objects[0])
    return []


def adjacent_quote(token: Token, quotes: list[Quote], text: str) -> Quote | None:
    """A quotation right after the cue's clause ("said: “...”") or right before it (“...,” he said)."""
    sentence = token.sent
    after = sentence.end_char
    introduces = sentence.text.rstrip().endswith(":")
    governors = [a.idx for a in token.ancestors]
    for quote in quotes:
        if any(token.idx < g < quote.start for g in governors):
            continue  # "Vaz, who had called for a ban, said: “...”": the quotation is what he said
        gap_after = text[after:quote.start] if quote.start >= after else None
        if gap_after is not None and "\n" in gap_after and not (introduces or gap_after.strip() == ":"):
            gap_after = None  # a new paragraph's quotation is another report unless a colon leads in
        if quote.start >= token.idx and (
            (gap_after is not None and gap_after.strip() in ("", ":"))
            or (quote.start < after and text[token.idx : quote.start].rstrip().endswith((":", ",")))
        ):
            return quote
        if quote.end <= token.idx and quote.end >= sentence.start_char - 2:
            between = text[quote.end : token.idx]
            if len(between) < 60 and "\n" not in between:
                return quote
    return None


def snap_to_quotes(span: tuple[int, int], quotes: list[Quote]) -> tuple[int, int]:
    start, end = span
    for quote in quotes:
        if quote.start < end and quote.end > start:
            start, end = min(start, quote.start), max(end, quote.end)
    return start, end


def _ends_with_comma(quote: Quote, text: str) -> bool:
    return text[quote.start : quote.end].rstrip("\u201d\"\u2019' ").endswith(",")


def extend_over_quotes(token: Token, span: tuple[int, int], quotes: list[Quote], text: str) -> tuple[int, int]:
    """Take in a quotation that continues the content: a quoted fragment the cue governs right
    after it (called them “deplorables”), or the second half of a quotation split by its
    speaker (“Part one,” she said. “Part two.”); not a quotation ending with a comma, which
    waits for a speaker tag of its own (“Yes,” she replied)."""
    start, end = span
    cue_subtree = {t.idx for t in token.subtree}
    sentence_end = token.sent.end_char
    for quote in quotes:
        gap = text[end : quote.start]
        if quote.start < end or "\n" in gap or len(gap) > _SPEAKER_TAG_CHARS:
            continue
        if not gap.strip() and quote.start in cue_subtree:
            end = quote.end
        elif token.idx > start and quote.start >= sentence_end and not text[sentence_end : quote.start].strip():
            if end <= token.idx and text[start] in "\u201c\"\u00ab" and not _ends_with_comma(quote, text):
                end = quote.end
        break
    return start, end


def join_split_quote(token: Token, span: tuple[int, int], quotes: list[Quote], text: str) -> tuple[int, int]:
    """“Part one,” she said, “part two.”: a quotation broken by its speaker tag inside one
    sentence is one content, from the first part to the end of the second. The first part and
    the speaker tag both end with a comma, on one line, close to the cue."""
    before = [q for q in quotes if q.end <= token.idx]
    after = [q for q in quotes if q.start > token.idx]
    if not before or not after:
        return span
    first, second = before[-1], after[0]
    if span not in ((first.start, first.end), (second.start, second.end)):
        return span
    between = text[first.end : second.start]
    if "\n" in between or len(between) > 120 or _SENTENCE_END.search(between) or second.start >= token.sent.end_char:
        return span  # “I assume so,” said Paul Pillar. But he added, “...”: a second report
    if not (_ends_with_comma(first, text) and between.rstrip().endswith(",")):
        return span
    return first.start, second.end


def paragraph_after_colon(token: Token, text: str) -> tuple[int, int] | None:
    """"The governor added:" closing its paragraph introduces the next paragraph, quoted or not."""
    end = token.idx + len(token)
    colon = text[end:].lstrip(" ")
    if not colon.startswith(":") or not colon[1:].lstrip(" ").startswith("\n"):
        return None
    start = end + (len(text[end:]) - len(colon)) + 1
    while start < len(text) and text[start].isspace():
        start += 1
    stop = text.find("\n", start)
    stop = len(text) if stop == -1 else stop
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return (start, stop) if stop > start else None


def inverted_subject(token: Token) -> Token | None:
    """The speaker named after a verb of saying that follows a comma (", said Smith,"), which the
    parser may give the verb beside the words before the tag as a second subject."""
    if token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    return next((c for c in token.rights if c.dep_ == "nsubj"), None)


def sentence_around_tag(token: Token) -> tuple[int, int] | None:
    """"The museum, Mr. Obama said, would make visitors ...", "The difference now, he told me on
    Friday, is ...", "The plan, said Smith, is doomed": a speaker tag set off by commas inside its
    sentence reports the whole sentence around it, tag included (PolNeAR's span);
    one closing its sentence ("People like Scott, he said.") reports what comes before it."""
    doc, sentence = token.doc, token.sent
    inverted = inverted_subject(token)
    subject = inverted or next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None or min(subject.left_edge.i, token.i) - 1 <= sentence.start:
        return None
    comma = token.i - 1 if inverted else subject.left_edge.i - 1
    # the tag's own listener, time and adverbs ("he told me on Friday,", "she said then,"), or
    # its speaker after it (", said Smith,")
    tail = [c.right_edge.i for c in token.rights
            if c.dep_ in ("dobj", "dative", "prep", "npadvmod", "advmod") or c == inverted]
    end = max(tail, default=token.i) + 1
    while end < sentence.end and doc[end].lower_ in lexicon.WEEKDAYS:
        end += 1
    if doc[comma].text != ",":
        return None
    last = sentence.end - 1
    while last > token.i and doc[last].is_space:
        last -= 1
    if end > last or (end == last and doc[end].is_punct and doc[end].text != ","):
        before = trim(list(doc[sentence.start : comma]))
        return char_range(before) if before and not any(t.is_quote for t in before) else None
    if end >= sentence.end - 1 or doc[end].text != ",":
        return None
    return char_range(without_full_stop(trim(list(sentence))))


def learnt_content(doc: Doc, tokens: TokenRange) -> list[Token]:
    """The role model's content without the sentence's full stop, which PolNeAR leaves out of
    reported content (the role model often takes it in), and without a closing phrase of time or
    medium."""
    content = without_full_stop(list(doc[slice(*tokens)]))
    return without_trailing_adjunct(content) or content
