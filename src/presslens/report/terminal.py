"""The readable terminal summary: speakers, then who said what, then provenance.

Article text is untrusted: every string from it goes through ``rich.markup.escape`` or into
``Text`` objects, so square brackets in a quote are never read as Rich markup.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from presslens.model import Analysis

_CONTENT_PREVIEW = 160
_TECHNIQUE_ROWS = 15  # the strongest; all of them are in the JSON and the HTML report


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _CONTENT_PREVIEW else text[: _CONTENT_PREVIEW - 1] + "…"


def render(analysis: Analysis) -> Group:
    title = analysis.metadata.title or analysis.metadata.source_path or "article"
    parts: list = [Text(f"presslens analysis of {title}", style="bold")]
    quoted = {a.speaker_id for a in analysis.attributions}
    speakers = Table(title="Speakers", show_lines=False, expand=True)
    for column in ("id", "name", "kind", "roles / affiliations", "quotes"):
        speakers.add_column(column)
    for speaker in analysis.speakers:
        if speaker.id not in quoted:
            continue
        count = sum(1 for a in analysis.attributions if a.speaker_id == speaker.id)
        roles = "; ".join(speaker.roles + speaker.affiliations)
        speakers.add_row(
            speaker.id, Text(speaker.canonical_name), speaker.kind.value, Text(roles), str(count)
        )
    parts.append(speakers)
    said = Table(title="Who said what", show_lines=True, expand=True)
    for column in ("speaker", "type", "cue", "medium", "content"):
        said.add_column(column)
    for attribution in analysis.attributions:
        speaker = analysis.speaker(attribution.speaker_id)
        name = speaker.canonical_name if speaker else "(unresolved)"
        if attribution.source and speaker and attribution.source.text != speaker.canonical_name:
            name = f"{name}\n({attribution.source.text})"
        medium_text = attribution.medium.label if attribution.medium else ""
        said.add_row(
            Text(name),
            attribution.type.value,
            Text(attribution.cue.text if attribution.cue else ""),
            Text(medium_text),
            Text(_preview(attribution.content.text)),
        )
    parts.append(said)
    if analysis.claims:
        claims = Table(title=f"Check-worthy claims (score >= {analysis.checkworthiness_threshold})",
                       show_lines=True, expand=True)
        for column in ("score", "kind", "numbers", "hedges", "said by", "claim"):
            claims.add_column(column)
        for claim in analysis.claims:
            speaker = analysis.speaker(claim.speaker_id)
            numbers = ", ".join(f"{q.span.text}" + (f" ({q.unit})" if q.unit else "") for q in claim.quantities)
            claims.add_row(f"{claim.checkworthiness:.2f}", claim.kind.value.replace("_", " "), Text(numbers),
                           Text(", ".join(h.text for h in claim.hedges)),
                           Text(speaker.canonical_name if speaker else ""), Text(_preview(claim.span.text)))
        parts.append(claims)
    if analysis.predictions:
        predictions = Table(title="Predictions (certainty 0-1: almost certainly .95, will .85, would .65, "
                                  "could .4, may .35, might .3)", show_lines=True, expand=True)
        for column in ("holder", "certainty", "condition", "outcome", "horizon"):
            predictions.add_column(column)
        for prediction in analysis.predictions:
            holder = analysis.speaker(prediction.holder_speaker_id)
            predictions.add_row(
                Text(holder.canonical_name if holder else "(the article)"),
                f"{prediction.certainty:.2f} ({prediction.cue.text})",
                Text(prediction.condition.text if prediction.condition else ""),
                Text(_preview(prediction.outcome.text)),
                Text(prediction.horizon.text if prediction.horizon else ""),
            )
        parts.append(predictions)
    if analysis.techniques:
        techniques = Table(title="Persuasion techniques (machine findings, check the reason)", expand=True)
        for column in ("technique", "score", "span", "cue words"):
            techniques.add_column(column)
        for technique in sorted(analysis.techniques, key=lambda t: -t.score)[:_TECHNIQUE_ROWS]:
            techniques.add_row(technique.technique, f"{technique.score:.2f}", Text(_preview(technique.span.text)),
                               Text(", ".join(technique.cues)))
        parts.append(techniques)
    if analysis.scare_quotes:
        parts.append(Text("Scare quotes: " + ", ".join(s.text for s in analysis.scare_quotes)))
    if analysis.provenance:
        lines = "\n".join(
            f"- {escape(n.kind.value.replace('_', ' '))}: {escape(n.name)}" for n in analysis.provenance
        )
        parts.append(Panel(lines, title="Provenance"))
    if not analysis.attributions:
        parts.append(Text("No attributions found."))
    return Group(*parts)


def print_summary(analysis: Analysis, console: Console) -> None:
    console.print(render(analysis))
