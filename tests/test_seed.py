"""Acceptance: the careful human reading of the seed article, row by row."""

import json

import pytest
from conftest import FIXTURES

EXPECTED = json.loads((FIXTURES / "seed_expected.json").read_text(encoding="utf-8"))


def _paragraph(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


@pytest.mark.parametrize("row", EXPECTED["attributions"], ids=lambda r: f"p{r['paragraph']}-{r['speaker']}-{r['cue'][0]}")
def test_attribution_row(seed_analysis, row):
    analysis = seed_analysis
    candidates = []
    for attribution in analysis.attributions:
        anchor = attribution.cue or attribution.content
        if _paragraph(analysis.text, anchor.start) != row["paragraph"]:
            continue
        speaker = analysis.speaker(attribution.speaker_id)
        candidates.append((attribution, speaker))
        if speaker is None or speaker.canonical_name != row["speaker"]:
            continue
        if not any(c in (attribution.cue.text if attribution.cue else "") for c in row["cue"]):
            continue
        if "source" in row and (attribution.source is None or attribution.source.text != row["source"]):
            continue
        if attribution.type.value not in row["types"]:
            continue
        if "medium" in row:
            medium = attribution.medium
            if medium is None or medium.kind.value != row["medium"]["kind"]:
                continue
            if "name" in row["medium"] and medium.name != row["medium"]["name"]:
                continue
        return
    found = [
        (a.cue.text if a.cue else None, s.canonical_name if s else None, a.type.value, a.medium)
        for a, s in candidates
    ]
    pytest.fail(f"no attribution matches {row}; paragraph has {found}")


@pytest.mark.parametrize("name", sorted(EXPECTED["speakers"]))
def test_speaker_registry(seed_analysis, name):
    expected = EXPECTED["speakers"][name]
    speaker = next((s for s in seed_analysis.speakers if s.canonical_name == name), None)
    assert speaker is not None, [s.canonical_name for s in seed_analysis.speakers]
    assert speaker.kind.value == expected["kind"]
    for role in expected.get("roles", []):
        assert role in speaker.roles
    for affiliation in expected.get("affiliations", []):
        assert affiliation in speaker.affiliations


def test_every_attribution_points_to_a_speaker(seed_analysis):
    ids = {s.id for s in seed_analysis.speakers}
    assert all(a.speaker_id in ids for a in seed_analysis.attributions)


def test_scare_quote_is_not_attributed(seed_analysis):
    assert [s.text for s in seed_analysis.scare_quotes] == EXPECTED["scare_quotes"]
    for attribution in seed_analysis.attributions:
        assert "special military operation" not in attribution.content.text


def test_provenance_notes(seed_analysis):
    found = {(n.kind.value, n.name) for n in seed_analysis.provenance}
    for note in EXPECTED["provenance"]:
        assert (note["kind"], note["name"]) in found


def test_spans_index_the_text(seed_analysis):
    text = seed_analysis.text
    for attribution in seed_analysis.attributions:
        for span in (attribution.content, attribution.cue, attribution.source, *attribution.quotes):
            if span is not None:
                assert text[span.start : span.end] == span.text
