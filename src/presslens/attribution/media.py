"""The medium of an attribution: to whom, where or in what form the words were given."""

from __future__ import annotations

import re

from spacy.tokens import Token

from presslens.attribution import lexicon
from presslens.model import Medium, MediumKind, Span

_NAME = r"((?:the\s+)?[A-Z][\w&'’.\-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w&'’.\-]*)*)"
_CLAUSE = re.compile(
    r"\b(?:(?P<verb>[Ss]peaking|[Tt]alking|[Ww]riting|[Ii]nterviewed)\s+(?:exclusively\s+)?(?:to|for|with|by)"
    r"|(?P<writing_in>[Ww]riting\s+in))\s+" + _NAME
)
_INTERVIEW_WITH = re.compile(r"\b[Ii]n an? (?:\w+\s+)?interview with\s+" + _NAME)


def _span(doc_text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=doc_text[start:end])


def _clause_medium(sentence_text: str, offset: int, doc_text: str) -> Medium | None:
    match = _CLAUSE.search(sentence_text) or _INTERVIEW_WITH.search(sentence_text)
    if match is None:
        return None
    verb = match.groupdict().get("verb")
    writing = bool(match.groupdict().get("writing_in")) or (verb or "").lower() == "writing"
    kind = MediumKind.writing if writing else MediumKind.interview
    name = match.group(match.lastindex or 1).rstrip(".’'")
    if name.removeprefix("the ").split()[0].lower() in lexicon.CALENDAR_WORDS:  # "Writing in May"
        return None
    start = offset + match.start()
    return Medium(kind=kind, name=name, span=_span(doc_text, start, offset + match.end()))


def _noun_medium(token: Token) -> Medium | None:
    """'in a letter', 'on Twitter', 'told Reuters', 'wrote ... a letter'."""
    lemma = token.lemma_.lower()
    span = Span(start=token.idx, end=token.idx + len(token), text=token.text)
    if lemma in lexicon.MEDIUM_NOUNS:
        return Medium(
            kind=MediumKind(lexicon.MEDIUM_NOUNS[lemma]),
            span=span,
        )
    if token.lower_ in lexicon.SOCIAL_PLATFORMS and token.pos_ == "PROPN":
        return Medium(
            kind=MediumKind.social_media,
            name=token.text,
            span=span,
        )
    return None


def find_medium(cue: Token, doc_text: str) -> Medium | None:
    """Look at the cue's own dependents, the heads above it, then the sentence's fixed phrases."""
    chain = [cue] + [a for a in cue.ancestors][:3]
    for verb in chain:
        for child in verb.children:
            made = child.dep_ in ("dobj", "dative") and verb.lemma_.lower() in lexicon.MEDIUM_MAKING_VERBS
            if made or child.dep_ == "npadvmod" or (
                child.dep_ == "prep" and child.lower_ in ("in", "on", "via", "through")
            ):
                targets = [child] if child.dep_ != "prep" else list(child.children)
                for target in targets:
                    medium = _noun_medium(target)
                    if medium is not None:
                        return medium
            if (
                verb.lemma_ == "tell"
                and child.dep_ in ("dobj", "dative")
                and (
                    (child.pos_ == "PROPN" and child.ent_type_ not in ("PERSON",))
                    or child.lemma_.lower() in lexicon.OUTLET_NOUNS  # "the BBC's Today programme"
                )
            ):
                start, end = child.left_edge.idx, child.idx + len(child)
                return Medium(
                    kind=MediumKind.interview,
                    name=doc_text[start:end],
                    span=_span(doc_text, verb.idx, end),
                )
        # "a letter accusing him of ...": the letter carries the words; "the emails, first
        # reported by The Guardian": a passive participle's noun is what was reported.
        reported_noun = verb == cue.head and cue.dep_ == "acl" and cue.tag_ == "VBN"
        medium = _noun_medium(verb) if verb != cue and not reported_noun else None
        if medium is not None:
            return medium
    sentence = cue.sent
    return _clause_medium(sentence.text, sentence.start_char, doc_text)
