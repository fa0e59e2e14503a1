"""The persuasion layer of an analysis: technique spans with scores and checkable reasons."""

from __future__ import annotations

from spacy.tokens import Doc

from presslens.model import Analysis, Span, Technique
from presslens.rhetoric.techniques import TechniqueModel, load, sentiment_entries


def add_techniques(doc: Doc, analysis: Analysis, model: TechniqueModel | None = None) -> Analysis:
    """The technique spans of the analysed text, parsed as ``doc``."""
    model = model or load()
    text = analysis.text
    analysis.techniques = []
    found = model.find_spans(doc, text)
    labels = model.classify_all(doc, text, [(start, end) for start, end, _ in found])
    for (start, end, span_score), (technique, probability, cues) in zip(found, labels, strict=True):
        charged = ", ".join(f"{word} {valence:+.1f}" for word, valence in sentiment_entries(text[start:end]))
        reason = (f"{technique.replace('_', ' ')}: probability {probability:.2f} among the 14 techniques"
                  + (f"; strongest cue words: {', '.join(cues)}" if cues else "")
                  + (f"; sentiment lexicon (VADER): {charged}" if charged else ""))
        analysis.techniques.append(Technique(
            id=f"T{len(analysis.techniques) + 1}",
            span=Span(start=start, end=end, text=text[start:end]),
            technique=technique,
            score=round(span_score * probability, 4),
            cues=cues,
            reason=reason,
        ))
    return analysis
