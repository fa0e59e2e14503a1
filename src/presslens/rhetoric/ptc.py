"""The Propaganda Techniques Corpus layout: ``train-articles/articleID.txt`` plus label files
``*-task1-SI.labels`` (ID START END) and ``*-task2-TC.labels`` (ID TECHNIQUE START END)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

TECHNIQUES = (
    "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Exaggeration,Minimisation", "Doubt",
    "Appeal_to_fear-prejudice", "Flag-Waving", "Causal_Oversimplification", "Slogans",
    "Appeal_to_Authority", "Black-and-White_Fallacy", "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring", "Bandwagon,Reductio_ad_hitlerum",
)


@dataclass
class PTCArticle:
    id: str
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    techniques: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def gold_spans(self) -> list[tuple[int, int]]:
        """The span-identification gold: the SI labels, or the technique labels' extents where an
        article comes with technique labels only."""
        return list(self.spans) or [(start, end) for _, start, end in self.techniques]


def read_ptc(directory: Path) -> list[PTCArticle]:
    """Articles with their SI spans and TC labels; label files are optional (unlabelled input)."""
    folder = next((p for p in (directory / "train-articles", directory / "articles", directory)
                   if p.is_dir() and any(p.glob("article*.txt"))), None)
    if folder is None:
        raise FileNotFoundError(f"{directory} holds no articleID.txt files")
    articles = {p.stem.removeprefix("article"): PTCArticle(p.stem.removeprefix("article"),
                                                          p.read_text(encoding="utf-8"))
                for p in sorted(folder.glob("article*.txt"))}
    for labels in directory.glob("*SI.labels"):
        for line in labels.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[0] in articles:
                articles[parts[0]].spans.append((int(parts[1]), int(parts[2])))
    for labels in directory.glob("*TC.labels"):
        for line in labels.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and parts[0] in articles:
                articles[parts[0]].techniques.append((parts[1], int(parts[2]), int(parts[3])))
    return list(articles.values())
