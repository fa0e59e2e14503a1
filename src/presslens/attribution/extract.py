"""From a parsed document to typed attributions, speakers, scare quotes and provenance notes."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from presslens.attribution.cue_model import CueModel, load_cue_model
from presslens.attribution.frames import Frame, find_frames
from presslens.attribution.media import find_medium
from presslens.attribution.provenance import find_provenance
from presslens.attribution.quotes import Quote, find_quotes, top_level
from presslens.attribution.speakers import Registry, find_names
from presslens.model import (
    Attribution,
    AttributionType,
    Medium,
    MediumKind,
    ProvenanceNote,
    Span,
    Speaker,
)

_FLOATING_MIN_WORDS = 4
_SCARE_MAX_WORDS = 6
_FLOATING_MAX_PARAGRAPHS = 2


@dataclass
class AttributionLayer:
    text: str  # the document's, which every span indexes
    speakers: list[Speaker]
    attributions: list[Attribution]
    scare_quotes: list[Span]
    provenance: list[ProvenanceNote]


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _type(text: str, frame: Frame, quotes: list[Quote]) -> AttributionType:
    """Direct when the content is all quotation (a quote split by its speaker included) or a
    transcript's turn, mixed when reported speech carries quoted fragments, indirect otherwise."""
    start, end = frame.content
    inside = [q for q in quotes if start <= q.start and q.end <= end]
    if frame.according_to:
        return AttributionType.according_to
    if frame.verbatim:
        return AttributionType.direct
    if not inside:
        return AttributionType.indirect
    removed = [(q.start, q.end) for q in inside] + [
        (left.end, right.start)  # the speaker tag of a split quotation
        for left, right in zip(inside, inside[1:])
        if left.end <= frame.cue[0] < right.start
    ]
    outside, position = [], start
    for a, b in sorted(removed):
        if a > position:
            outside.append(text[position : min(a, end)])
        position = max(position, b)
    outside.append(text[position:end])
    return AttributionType.mixed if any(ch.isalnum() for piece in outside for ch in piece) else AttributionType.direct


def _starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip(" ")
    return not before or before[-1] in ".!?:\n\u201d\u2019\"'"


def _resolve(frames: list[Frame], registry: Registry) -> list[object]:
    clusters: list[object] = [None] * len(frames)
    deferred: list[tuple[int, str]] = []
    for index, frame in enumerate(frames):
        if frame.source is None or frame.source_root is None:
            continue
        cluster, kind = registry.add_source(*frame.speaker_span, frame.source_root)
        if cluster is None:
            deferred.append((index, kind))
        else:
            clusters[index] = cluster
    registry.add_described_subjects([f.speaker_span for f in frames if f.source is not None])
    for wanted in ("description", "pronoun"):
        for index, kind in deferred:
            if kind != wanted:
                continue
            frame = frames[index]
            resolve = registry.resolve_description if kind == "description" else registry.resolve_pronoun
            clusters[index] = resolve(*frame.speaker_span, frame.source_root)
    return clusters


def extract(doc: Doc, cue_model: CueModel | None = None) -> AttributionLayer:
    """Attributions of a parsed document, with the committed learnt models unless ``cue_model``
    (models trained elsewhere, as cross-validation does) is given."""
    text = doc.text
    quotes = find_quotes(text)
    top = top_level(quotes)
    frames = find_frames(doc, text, quotes, cue_model or load_cue_model())
    media: list[Medium | None] = [
        None if f.according_to else find_medium(f.cue_head, text) for f in frames
    ]
    media_names = {m.name for m in media if m is not None and m.name}
    registry = Registry(doc, text, find_names(doc, text, media_names), [(f.speaker_span, f.content) for f in frames])
    registry.add_entity_mentions()
    clusters = _resolve(frames, registry)
    registry.add_pronoun_mentions([(q.start, q.end) for q in top])
    for cluster, medium in zip(clusters, media):
        if cluster is not None and medium is not None and medium.kind is MediumKind.writing and medium.name:
            if medium.name not in cluster.affiliations:
                cluster.affiliations.append(medium.name)
    speakers, ids = registry.speakers()

    attributions: list[Attribution] = []
    for frame, cluster, medium in zip(frames, clusters, media):
        content = frame.content
        attributions.append(
            Attribution(
                id="",
                type=_type(text, frame, top),
                content=_span(text, *content),
                cue=_span(text, *frame.cue),
                source=_span(text, *frame.source) if frame.source else None,
                speaker_id=ids.get(id(cluster)) if cluster is not None else None,
                quotes=[_span(text, q.start, q.end) for q in top if content[0] <= q.start and q.end <= content[1]],
                medium=medium,
                confidence=round(frame.confidence, 2),
            )
        )
    covered = [(a.content.start, a.content.end) for a in attributions]
    scare_quotes: list[Span] = []
    for quote in top:
        if any(s <= quote.start and quote.end <= e for s, e in covered):
            continue
        words = len(text[quote.start : quote.end].split())
        if _starts_sentence(text, quote.start) and words >= _FLOATING_MIN_WORDS:
            previous = [a for a in attributions if a.content.end <= quote.start and a.speaker_id]
            if previous:
                last = max(previous, key=lambda a: a.content.end)
                if text.count("\n", last.content.end, quote.start) <= _FLOATING_MAX_PARAGRAPHS:
                    attributions.append(
                        Attribution(
                            id="",
                            type=AttributionType.floating,
                            content=_span(text, quote.start, quote.end),
                            speaker_id=last.speaker_id,
                            quotes=[_span(text, quote.start, quote.end)],
                            confidence=0.6,
                        )
                    )
                    continue
        if words <= _SCARE_MAX_WORDS and not _starts_sentence(text, quote.start):
            scare_quotes.append(_span(text, quote.start, quote.end))
    attributions.sort(key=lambda a: (a.content.start, a.cue.start if a.cue else 0))
    for number, attribution in enumerate(attributions, start=1):
        attribution.id = f"A{number}"
    provenance = find_provenance(text, attributions, speakers)
    return AttributionLayer(text, speakers, attributions, scare_quotes, provenance)
