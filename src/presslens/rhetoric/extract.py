"""The persuasion layer of an analysis: technique spans with scores and checkable reasons."""

from __future__ import annotations

from presslens.model import Analysis, Span, Technique
from presslens.rhetoric.techniques import TechniqueModel, load


def add_techniques(analysis: Analysis, model: TechniqueModel | None = None) -> Analysis:
    model = model or load()
    text = analysis.text
    analysis.techniques = []
    found = model.find_spans(text)
    labels = model.classify_all(text, [(start, end) for start, end, _ in found])
    for (start, end, span_score), (technique, probability, cues) in zip(found, labels, strict=True):
        reason = (f"{technique.replace('_', ' ')}: probability {probability:.2f} among the 14 techniques"
                  + (f"; strongest cue words: {', '.join(cues)}" if cues else ""))
        analysis.techniques.append(Technique(
            id=f"T{len(analysis.techniques) + 1}",
            span=Span(start=start, end=end, text=text[start:end]),
            technique=technique,
            score=round(span_score * probability, 4),
            cues=cues,
            reason=reason,
        ))
    return analysis
