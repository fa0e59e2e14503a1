"""The highlight layers of the visual report: which spans to mark, how, and what to say about them.

Each analysis layer (quotes, their sources and cues, scare quotes, provenance notes, and any layer
added later) becomes one :class:`Layer` of :class:`Highlight` objects. The HTML renderer only knows
about layers, so a new analysis layer needs one builder here and nothing in the templates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from presslens.model import Analysis, Attribution, Speaker

# Speaker colours cycle through this many CSS classes (sp-0 ... sp-N-1), all with AA contrast.
SPEAKER_COLOURS = 10


@dataclass(frozen=True)
class Highlight:
    """One marked span; ``details`` are the (field, value) rows shown on hover or focus."""

    id: str
    start: int
    end: int
    classes: str
    label: str
    details: tuple[tuple[str, str], ...]
    speaker_id: str | None = None


@dataclass(frozen=True)
class Layer:
    name: str
    title: str
    description: str
    highlights: list[Highlight] = field(default_factory=list)


def speaker_colours(analysis: Analysis) -> dict[str, str]:
    """Colour class per quoted speaker, in order of first quote, so colours are stable per page."""
    colours: dict[str, str] = {}
    for attribution in analysis.attributions:
        if attribution.speaker_id and attribution.speaker_id not in colours:
            colours[attribution.speaker_id] = f"sp-{len(colours) % SPEAKER_COLOURS}"
    return colours


def speaker_summary(speaker: Speaker | None) -> str:
    if speaker is None:
        return "unresolved"
    extras = speaker.roles + speaker.affiliations
    return f"{speaker.canonical_name} ({'; '.join(extras)})" if extras else speaker.canonical_name


def _filled(rows: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Detail rows worth showing: those with a value."""
    return tuple((name, value) for name, value in rows if value)


def _quote_details(analysis: Analysis, attribution: Attribution) -> tuple[tuple[str, str], ...]:
    speaker = analysis.speaker(attribution.speaker_id)
    rows = [
        ("Speaker", speaker.canonical_name if speaker else "unresolved"),
        ("Role", "; ".join(speaker.roles + speaker.affiliations) if speaker else ""),
        ("Source text", attribution.source.text if attribution.source else "none"),
        ("Cue", attribution.cue.text if attribution.cue else "none"),
        ("Type", attribution.type.value.replace("_", " ")),
        ("Medium", attribution.medium.label if attribution.medium else "not stated"),
        ("Confidence", f"{attribution.confidence:.2f}"),
    ]
    return _filled(rows)


def quote_layer(analysis: Analysis, colours: dict[str, str]) -> Layer:
    highlights = []
    for attribution in analysis.attributions:
        speaker = analysis.speaker(attribution.speaker_id)
        colour = colours.get(attribution.speaker_id or "", "sp-none")
        name = speaker.canonical_name if speaker else "an unresolved speaker"
        highlights.append(
            Highlight(
                id=f"q-{attribution.id}",
                start=attribution.content.start,
                end=attribution.content.end,
                classes=f"quote {colour} type-{attribution.type.value}",
                label=f"{attribution.type.value.replace('_', ' ')} quote by {name}",
                details=_quote_details(analysis, attribution),
                speaker_id=attribution.speaker_id,
            )
        )
    return Layer("quotes", "Quotes", "What each speaker said, in the speaker's colour.", highlights)


def source_cue_layer(analysis: Analysis) -> Layer:
    highlights = []
    for attribution in analysis.attributions:
        speaker = speaker_summary(analysis.speaker(attribution.speaker_id))
        for role, span in (("source", attribution.source), ("cue", attribution.cue)):
            if span is None:
                continue
            highlights.append(
                Highlight(
                    id=f"{role}-{attribution.id}",
                    start=span.start,
                    end=span.end,
                    classes=role,
                    label=f"{role} of a quote",
                    details=((role.capitalize(), span.text), ("Speaker", speaker)),
                    speaker_id=attribution.speaker_id,
                )
            )
    return Layer(
        "sources", "Sources and cues", "Who is named as the source (boxed) and the cue (underlined).",
        highlights,
    )


def scare_quote_layer(analysis: Analysis) -> Layer:
    highlights = [
        Highlight(
            id=f"scare-{index}",
            start=span.start,
            end=span.end,
            classes="scare",
            label="scare quote",
            details=(("Scare quote", span.text), ("Speaker", "none: a term set off by the writer")),
        )
        for index, span in enumerate(analysis.scare_quotes, 1)
    ]
    return Layer("scare", "Scare quotes", "Terms in quotation marks that nobody is quoted as saying.",
                 highlights)


def provenance_layer(analysis: Analysis) -> Layer:
    highlights = [
        Highlight(
            id=f"prov-{index}",
            start=note.span.start,
            end=note.span.end,
            classes="provenance",
            label=note.kind.value.replace("_", " "),
            details=(("Provenance", note.kind.value.replace("_", " ")), ("Name", note.name)),
        )
        for index, note in enumerate(analysis.provenance, 1)
    ]
    return Layer("provenance", "Provenance", "Where the text says the story or its parts came from.",
                 highlights)


def claim_layer(analysis: Analysis) -> Layer:
    highlights = []
    for claim in analysis.claims:
        speaker = analysis.speaker(claim.speaker_id)
        rows = [
            ("Check-worthiness", f"{claim.checkworthiness:.2f} (threshold {analysis.checkworthiness_threshold})"),
            ("Kind", claim.kind.value.replace("_", " ")),
            ("Numbers", ", ".join(q.span.text + (f" ({q.unit})" if q.unit else "") for q in claim.quantities)),
            ("Hedges", ", ".join(h.text for h in claim.hedges)),
            ("Said by", speaker_summary(speaker) if speaker else ""),
        ]
        highlights.append(Highlight(
            id=f"claim-{claim.id}", start=claim.span.start, end=claim.span.end, classes="claim",
            label=f"check-worthy claim, {claim.kind.value.replace('_', ' ')}",
            details=_filled(rows),
        ))
    return Layer("claims", "Check-worthy claims", "Sentences stating facts worth checking (bracketed).",
                 highlights)


def prediction_layer(analysis: Analysis) -> Layer:
    highlights = []
    for prediction in analysis.predictions:
        holder = analysis.speaker(prediction.holder_speaker_id)
        rows = [
            ("Holder", speaker_summary(holder) if holder else "the article"),
            ("Certainty", f"{prediction.certainty:.2f} (cue: {prediction.cue.text})"),
            ("Condition", prediction.condition.text if prediction.condition else ""),
            ("Outcome", prediction.outcome.text),
            ("Horizon", prediction.horizon.text if prediction.horizon else ""),
        ]
        highlights.append(Highlight(
            id=f"prediction-{prediction.id}", start=prediction.outcome.start, end=prediction.outcome.end,
            classes="prediction", label="prediction",
            details=_filled(rows), speaker_id=prediction.holder_speaker_id,
        ))
    return Layer("predictions", "Predictions", "Forward-looking outcomes (dotted box), with holder, "
                 "condition and certainty.", highlights)


def technique_layer(analysis: Analysis) -> Layer:
    highlights = [
        Highlight(
            id=f"technique-{technique.id}", start=technique.span.start, end=technique.span.end,
            classes="technique", label=f"persuasion technique: {technique.technique}",
            details=(("Technique", technique.technique), ("Score", f"{technique.score:.2f}"),
                     ("Why", technique.reason)),
        )
        for technique in analysis.techniques
    ]
    return Layer("techniques", "Persuasion techniques", "Spans using a PTC persuasion technique "
                 "(wavy underline); the reason names the cue words.", highlights)


def build_layers(analysis: Analysis) -> list[Layer]:
    """All layers of an analysis, in the order they are drawn (outermost first)."""
    colours = speaker_colours(analysis)
    return [
        quote_layer(analysis, colours),
        source_cue_layer(analysis),
        scare_quote_layer(analysis),
        provenance_layer(analysis),
        claim_layer(analysis),
        prediction_layer(analysis),
        technique_layer(analysis),
    ]
