"""Statements in an article about where it, or a part of it, came from."""

from __future__ import annotations

import re

from presslens.model import (
    Attribution,
    AttributionType,
    MediumKind,
    ProvenanceKind,
    ProvenanceNote,
    Span,
    Speaker,
    SpeakerKind,
)

_NAME = r"(?P<name>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,5})"
_REPUBLISHED = re.compile(
    r"\b(?:(?:originally|first)\s+(?:featured|published|appeared|ran|reported)\s*"
    r"(?:as\s+per|in|by|on|at|with)?"
    r"|(?:republished|reprinted|reproduced)\s+(?:with\s+permission\s+)?(?:from|by))\s*:?\s*"
    + _NAME
)


def find_provenance(
    text: str, attributions: list[Attribution], speakers: list[Speaker]
) -> list[ProvenanceNote]:
    notes: list[ProvenanceNote] = []
    for match in _REPUBLISHED.finditer(text):
        name = match.group("name")
        span = Span(start=match.start(), end=match.end(), text=match.group(0))
        notes.append(ProvenanceNote(kind=ProvenanceKind.republished_from, name=name.rstrip("."), span=span))
    by_id = {s.id: s for s in speakers}
    seen: set[tuple[ProvenanceKind, str]] = set()
    for attribution in attributions:
        medium = attribution.medium
        if medium is not None and medium.name:
            kind = (
                ProvenanceKind.interview_given_to
                if medium.kind is MediumKind.interview
                else ProvenanceKind.source_cited
            )
            if (kind, medium.name) not in seen:
                seen.add((kind, medium.name))
                notes.append(ProvenanceNote(kind=kind, name=medium.name, span=medium.span))
        speaker = by_id.get(attribution.speaker_id or "")
        if (
            attribution.type is AttributionType.according_to
            and speaker is not None
            and speaker.kind is SpeakerKind.organisation
            and attribution.source is not None
            and (ProvenanceKind.source_cited, speaker.canonical_name) not in seen
        ):
            seen.add((ProvenanceKind.source_cited, speaker.canonical_name))
            notes.append(
                ProvenanceNote(
                    kind=ProvenanceKind.source_cited,
                    name=speaker.canonical_name,
                    span=attribution.source,
                )
            )
    return sorted(notes, key=lambda n: n.span.start)
