"""A logistic regression over named features, kept as a small JSON file of weights: readable,
diffable, and nothing is unpickled at load time. The content choice and the content-edge
scorers are such models."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression


@dataclass
class LinearModel:
    """``score`` is the log-odds of the positive class."""

    weights: dict[str, float]
    bias: float

    def score(self, features: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def to_json(self) -> dict:
        return {"bias": self.bias, "weights": self.weights}

    @classmethod
    def from_json(cls, stored: dict) -> LinearModel:
        return cls(weights=stored["weights"], bias=stored["bias"])


def fit(examples: list[tuple[dict[str, float], bool]], default: float = -1.0) -> LinearModel:
    """Fit on (features, positive) pairs; with a single class there is nothing to learn, and
    every score is ``default``."""
    if len({positive for _, positive in examples}) < 2:
        return LinearModel(weights={}, bias=default)
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(vectorizer.fit_transform([f for f, _ in examples]), [positive for _, positive in examples])
    weights = {
        name: round(float(w), 5) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if w
    }
    return LinearModel(weights=weights, bias=round(float(model.intercept_[0]), 5))


def save(models: dict[str, LinearModel] | LinearModel, path) -> None:
    stored = models.to_json() if isinstance(models, LinearModel) else {k: m.to_json() for k, m in models.items()}
    path.write_text(json.dumps(stored, indent=0, sort_keys=True), encoding="utf-8")


def load(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
