"""Reading and writing PolNeAR's brat standoff attribution files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from presslens.ingest import Article, article_from_text

ROLES = ("Source", "Cue", "Content")


@dataclass(frozen=True)
class BratAttribution:
    """One attribution; each role is the extent (first start, last end) of its fragments."""

    spans: dict[str, tuple[int, int]]
    cue_text: str = ""


def read_ann(path: Path) -> list[BratAttribution]:
    """Parse an .ann file; events may name text-bound ids defined later in the file."""
    spans: dict[str, tuple[str, tuple[int, int], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, offsets = fields[1].partition(" ")
            numbers = [int(n) for n in re.split(r"[ ;]", offsets) if n]
            spans[fields[0]] = (label, (min(numbers), max(numbers)), fields[2] if len(fields) > 2 else "")
        elif line.startswith("E") and len(fields) >= 2:
            events.append(dict(part.split(":", 1) for part in fields[1].split()))
    result = []
    for event in events:
        roles = {role: spans[ref][1] for role, ref in event.items() if role in ROLES and ref in spans}
        cue = event.get("Cue")
        result.append(BratAttribution(roles, spans[cue][2] if cue in spans else ""))
    return result


def write_ann(path: Path, attributions: list[BratAttribution], text: str) -> None:
    lines: list[str] = []
    number = 0
    for index, attribution in enumerate(attributions, start=1):
        refs = []
        for role in ("Attribution", *ROLES):
            key = "Cue" if role == "Attribution" else role
            if key not in attribution.spans:
                continue
            number += 1
            start, end = attribution.spans[key]
            surface = text[start:end].replace("\n", " ")
            lines.append(f"T{number}\t{role} {start} {end}\t{surface}")
            refs.append(f"{role}:T{number}")
        lines.append(f"E{index}\t" + " ".join(refs))
    path.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")


def gold_files(directory: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs; where several annotators exist, the first file by name."""
    pairs = []
    for text_path in sorted((directory / "text").glob("*.txt")):
        annotations = sorted((directory / "attributions").glob(f"{text_path.stem}_*.ann"))
        if annotations:
            pairs.append((text_path, annotations[0]))
    return pairs


def read_polnear(pairs: list[tuple[Path, Path]]) -> Iterator[tuple[Article, list[dict[str, tuple[int, int]]]]]:
    """Articles of PolNeAR (text, annotation) pairs with their gold attributions, offsets mapped
    into each article's normalised text (the text every layer of presslens works on)."""
    for text_path, ann_path in pairs:
        article = article_from_text(text_path.read_text(encoding="utf-8"))
        to_normalised = article.normalised.to_normalised
        gold = [
            {role: (to_normalised(start), to_normalised(end)) for role, (start, end) in record.spans.items()}
            for record in read_ann(ann_path)
        ]
        yield article, gold
