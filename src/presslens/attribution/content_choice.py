"""Which content to keep when the parse rules and the role model disagree about a cue's content.

Each is right where the other is wrong about as often (the small parser attaches a trailing
"and ..." clause to the wrong verb; the role model cuts a long clause short), and which one it
is shows in how the two spans differ: which is longer, whether one ends at the sentence end or
at a quotation mark, the first word of the part one adds ("and", "while", "who"), the cue verb.
A logistic regression over those differences, fitted on role-model predictions made by
cross-fitting (each half of the training articles tagged by a role model trained on the other
half), makes the choice. Its weights are a small JSON file: readable, and nothing is unpickled.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Token

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


@dataclass
class ContentChoice:
    """A linear model: positive scores prefer the role model's content."""

    weights: dict[str, float]
    bias: float

    def prefers_learnt(self, features: dict[str, float]) -> bool:
        return self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items()) > 0

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"bias": self.bias, "weights": self.weights}, indent=0, sort_keys=True),
                        encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ContentChoice:
        stored = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=stored["weights"], bias=stored["bias"])


def fit(examples: list[tuple[dict[str, float], bool]]) -> ContentChoice:
    """Fit on (features, the role model was right) pairs where exactly one side was right."""
    if len({right for _, right in examples}) < 2:
        return ContentChoice(weights={}, bias=-1.0)  # nothing to learn from: keep the rules
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(vectorizer.fit_transform([f for f, _ in examples]), [right for _, right in examples])
    weights = {
        name: round(float(w), 5) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if w
    }
    return ContentChoice(weights=weights, bias=round(float(model.intercept_[0]), 5))
