"""The claims layer: score every sentence, and describe those worth checking.

Kinds, in order of precedence: ``statistic`` (the sentence holds a number), ``causal`` (a causal
connective or verb: "because", "led to", "caused"), ``action_or_statement`` (someone named did or
said something: the sentence lies in an attribution, or its subject is a person, organisation or
place), else ``factual``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from presslens.claims.checkworthiness import CheckworthinessModel, load, sentence_view
from presslens.claims.hedges import find_hedges
from presslens.claims.quantities import find_quantities
from presslens.model import Analysis, Attribution, Claim, ClaimKind, Quantity, ScoredSentence, Span

_CAUSAL = re.compile(
    r"\b(because|due to|owing to|as a result|result(?:ed|s)? in|led to|leads? to|lead to|leading to|"
    r"caus(?:e|es|ed|ing)|therefore|thanks to|so that|consequently|triggered|sparked|blamed? (?:on|for))\b",
    re.IGNORECASE,
)
_ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP"}


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _attribution_of(start: int, end: int, attributions: list[Attribution]) -> Attribution | None:
    best, best_overlap = None, 0
    for attribution in attributions:
        overlap = min(end, attribution.content.end) - max(start, attribution.content.start)
        if overlap > best_overlap:
            best, best_overlap = attribution, overlap
    return best if best_overlap >= 0.3 * (end - start) else None


def _kind(sentence, quantities, attribution) -> ClaimKind:
    if quantities:
        return ClaimKind.statistic
    if _CAUSAL.search(sentence.text):
        return ClaimKind.causal
    subjects = [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"}]
    if attribution is not None or any(t.ent_type_ in _ACTOR_TYPES for t in subjects):
        return ClaimKind.action_or_statement
    return ClaimKind.factual


def add_claims(doc: Doc, analysis: Analysis, model: CheckworthinessModel | None = None) -> Analysis:
    """Fill ``analysis.sentences`` and ``analysis.claims`` from the parsed document."""
    return add_claims_to_many([(doc, analysis)], model)[0]


def add_claims_to_many(
    parsed: list[tuple[Doc, Analysis]], model: CheckworthinessModel | None = None
) -> list[Analysis]:
    """``add_claims`` for several documents, scoring all their sentences in one call: the
    classifier's fixed cost per call was a third of its time on news articles."""
    model = model or load()
    sentences = [[s for s in doc.sents if s.text.strip()] for doc, _ in parsed]
    scores = iter(model.scores([sentence_view(s) for group in sentences for s in group]))
    for (doc, analysis), group in zip(parsed, sentences, strict=True):
        _fill_claims(doc, analysis, group, [next(scores) for _ in group], model.threshold)
    return [analysis for _, analysis in parsed]


def _fill_claims(doc: Doc, analysis: Analysis, sentences: list[SpacySpan], scores: list[float],
                 threshold: float) -> None:
    text = analysis.text
    analysis.checkworthiness_threshold = threshold
    analysis.sentences = []
    analysis.claims = []
    entities = list(doc.ents)
    for sentence, score in zip(sentences, scores, strict=True):
        start, end = sentence.start_char, sentence.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        analysis.sentences.append(ScoredSentence(span=_span(text, start, end), checkworthiness=round(score, 4)))
        if score < threshold:
            continue
        quantities = [Quantity(span=_span(text, s, e), value=value, unit=unit)
                      for s, e, value, unit in find_quantities(
                          [x for x in entities if x.start >= sentence.start and x.end <= sentence.end])]
        attribution = _attribution_of(start, end, analysis.attributions)
        analysis.claims.append(Claim(
            id=f"C{len(analysis.claims) + 1}",
            span=_span(text, start, end),
            checkworthiness=round(score, 4),
            kind=_kind(sentence, quantities, attribution),
            quantities=quantities,
            hedges=[_span(text, s, e) for s, e in find_hedges(sentence)],
            attribution_id=attribution.id if attribution else None,
            speaker_id=attribution.speaker_id if attribution else None,
        ))
