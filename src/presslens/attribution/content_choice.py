"""Which content to keep when the parse rules and the role model disagree about a cue's content.

Each is right where the other is wrong about as often (the small parser attaches a trailing
"and ..." clause to the wrong verb; the role model cuts a long clause short), and which one it
is shows in how the two spans differ: which is longer, whether one ends at the sentence end or
at a quotation mark, the first word of the part one adds ("and", "while", "who"), the cue verb.
A logistic regression over those differences, fitted on role-model predictions made by
cross-fitting (each half of the training articles tagged by a role model trained on the other
half), makes the choice (:mod:`presslens.attribution.linear`).
"""

from __future__ import annotations

import math
from pathlib import Path

from spacy.tokens import Token

from presslens.attribution import linear
from presslens.attribution.linear import LinearModel
from presslens.attribution.quotes import QUOTE_MARKS

ARTIFACT = "attribution_content_choice.json"


def _first_word(text: str) -> str:
    words = text.split()
    return words[0].lower() if words else ""


def choice_features(text: str, head: Token, cue: tuple[int, int], rule: tuple[int, int],
                    learnt: tuple[int, int]) -> dict[str, float]:
    """How the rules' content ``rule`` and the role model's ``learnt`` differ, for one cue."""
    (rule_start, rule_end), (learnt_start, learnt_end) = rule, learnt
    sentence_end = head.sent.end_char
    features = {
        f"head={head.lemma_.lower()}": 1.0,
        f"pos={head.pos_}": 1.0,
        "rule_length": math.log1p(rule_end - rule_start),
        "learnt_length": math.log1p(learnt_end - learnt_start),
        "learnt_longer": float(learnt_end - learnt_start > rule_end - rule_start),
        "same_start": float(learnt_start == rule_start),
        "same_end": float(learnt_end == rule_end),
        "learnt_inside_rule": float(rule_start <= learnt_start and learnt_end <= rule_end),
        "rule_inside_learnt": float(learnt_start <= rule_start and rule_end <= learnt_end),
        "disjoint": float(learnt_end <= rule_start or rule_end <= learnt_start),
    }
    for name, (start, end) in (("rule", rule), ("learnt", learnt)):
        features[f"{name}_opens_with_quote"] = float(text[start] in QUOTE_MARKS)
        features[f"{name}_closes_with_quote"] = float(text[end - 1] in QUOTE_MARKS)
        features[f"{name}_to_sentence_end"] = float(end >= sentence_end - 2)
        features[f"{name}_before_cue"] = float(end <= cue[0])
    if learnt_end > rule_end >= learnt_start:
        features[f"added={_first_word(text[rule_end:learnt_end])}"] = 1.0
    if learnt_end < rule_end and learnt_start >= rule_start:
        features[f"cut={_first_word(text[learnt_end:rule_end])}"] = 1.0
    if learnt_start != rule_start:
        features[f"start_differs_at={_first_word(text[min(rule_start, learnt_start):])}"] = 1.0
    return features


def load(path: Path) -> LinearModel:
    """The committed choice: positive scores prefer the role model's content."""
    return LinearModel.from_json(linear.load(path))


def fit(examples: list[tuple[dict[str, float], bool]]) -> LinearModel:
    """Fit on (features, the role model was right) pairs where exactly one side was right; with
    nothing to learn from, the rules' content is kept."""
    return linear.fit(examples, default=-1.0)
