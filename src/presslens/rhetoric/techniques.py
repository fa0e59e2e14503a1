"""The persuasion-technique model: a token tagger finds the spans, a span classifier names them.

Both are linear models over human-readable features, so every decision can be explained by the
features that weighed most: the reason given for a span lists its strongest cue words.

- Span identification: a linear-chain CRF (python-crfsuite) tags each sentence's words B/I/O
  from each word's form, prefix and suffix, the forms around it (two words each side), its shape, its place
  in the sentence, the part-of-speech tags beside it and the VADER valences around it; runs of
  words whose marginal probability of being inside a span reaches the threshold become spans.
  The tagger sees two words each side; a sentence filter sees the whole sentence (its words,
  their meaning, its length, the tagger's marginals in it) and silences the sentences it finds
  unlikely to hold any span. The threshold and the filter's floor are chosen by
  span-identification F1 over out-of-fold predictions on the training articles, then the
  tagger and the filter are fitted on all of them.
- Technique classification: a span is classified from its words and character n-grams, the
  words just before and after it, its length, whether the same words recur in the article and
  whether the same phrase is flagged elsewhere in it, first or later (the marks of Repetition),
  from the parse its parts of speech, lemmas, its head's role and the named entities in and
  around it, and from what its words mean: the mean of their static word vectors
  (:mod:`presslens.rhetoric.word_vectors`).

Both read the spaCy parse of the text (``analyze`` has it already; training and evaluation
parse the PTC articles with the same pipeline).

Trained on the Propaganda Techniques Corpus by ``presslens train techniques`` (fixed seeds;
:mod:`presslens.rhetoric.training`).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import joblib
import numpy as np
import pycrfsuite
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, HashingVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc, Span
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from presslens.rhetoric import word_vectors

ARTIFACT = "techniques.joblib"
_TOKEN = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]")
_WORD = re.compile(r"\w+")
_SENTENCE_END = {".", "!", "?"}
_SENTENCE_MARK = re.compile("[" + re.escape("".join(sorted(_SENTENCE_END))) + "]")
_WINDOW = 2
# feature names made once: (offset, "name+offset=") for the words, tags and valences around a word
_WORD_PREFIXES = tuple((offset, f"w{offset:+d}=") for offset in range(-_WINDOW, _WINDOW + 1) if offset)
_TAG_PREFIXES = tuple((offset, f"tag{offset:+d}=") for offset in (-1, 1))
_VALENCE_PREFIXES = tuple((offset, f"val{offset:+d}=") for offset in (-2, -1, 1, 2))
_POSITIONS = tuple(f"pos={k}" for k in range(6))
# The weight of a span's word-vector columns beside its hashed ones (both blocks unit length):
# at full weight the dense meaning columns crowd out the readable features under the same
# regularisation. Chosen by article-grouped 5-fold TC on gold spans (docs/MODELS.md).
_MEANING_WEIGHT = 0.4
# The tagger's strongest marginal in a sentence, as the sentence filter's buckets; and the
# marginal above which a word counts towards the share of the sentence the tagger marks.
_SENTENCE_PEAKS = (0.03, 0.05, 0.1, 0.2, 0.3, 0.5)
_MARKED = 0.05
_SENTENCE_VALUES = 4  # the strongest marginal, the mean, the share marked, the length


def _analyzer(features: list[str]) -> list[str]:
    return features


# Feature lists in, 2^18 hashed columns out; stateless, so one instance serves training and scoring.
HASHER = HashingVectorizer(analyzer=_analyzer, n_features=2**18, alternate_sign=False, norm="l2")


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "UPPER"
    if word[:1].isupper():
        return "Title"
    if word.isdigit():
        return "digit"
    return "lower" if word.isalpha() else "other"


@lru_cache(maxsize=1)
def _valences() -> dict[str, float]:
    """VADER's sentiment lexicon (MIT licence): word -> valence from -4 to +4. Loaded words are
    the core of the corpus's most frequent technique, and the lexicon knows words the training
    articles never used."""
    return SentimentIntensityAnalyzer().lexicon


def sentiment_entries(text: str, limit: int = 3) -> list[tuple[str, float]]:
    """The words of ``text`` that VADER's lexicon scores, strongest first: the lexicon entries a
    reader can check behind a flagged span ("brutal -3.1")."""
    found = {word.lower(): _valences()[word.lower()] for word, _, _ in tokens(text) if word.lower() in _valences()}
    return sorted(found.items(), key=lambda item: -abs(item[1]))[:limit]


def _valence_buckets(lowered: list[str]) -> list[str]:
    """Each word's VADER valence as strongly or mildly negative or positive, or "0" if unscored."""
    valences = _valences()
    buckets = []
    for word in lowered:
        valence = valences.get(word)
        if valence is None:
            buckets.append("0")
        elif valence < 0:
            buckets.append("--" if valence <= -2 else "-")
        else:
            buckets.append("++" if valence >= 2 else "+")
    return buckets


def _tags_at(doc: Doc, found: list[tuple[str, int, int]]) -> list[str]:
    """The spaCy fine-grained tag of each word, from the parsed token starting where it starts
    ("X" where the two tokenisations disagree). Read as arrays: building a Token per word costs
    more than the tagging it feeds."""
    strings = doc.vocab.strings
    starts = dict(zip(doc.to_array("IDX").tolist(), doc.to_array("TAG").tolist(), strict=True))
    names: dict[int, str] = {}
    tags = []
    for _, start, _ in found:
        tag = starts.get(start)
        if tag is None:
            tags.append("X")
        else:
            tags.append(names.get(tag) or names.setdefault(tag, strings[tag]))
    return tags


def _shifted(prefix: str, values: list[str], offset: int) -> list[str | None]:
    """``prefix + value`` of the word ``offset`` places away from each word; None where there is none."""
    column: list[str | None] = [prefix + value for value in values]
    if offset < 0:
        return ([None] * -offset + column)[: len(values)]
    return (column + [None] * offset)[offset:]


def token_features(doc: Doc, found: list[tuple[str, int, int]]) -> list[list[str]]:
    """One feature list per word: the word, its first and last three letters (which carry
    loaded words the training articles never used: "-ist", "-ous", "anti-"), its neighbours,
    shapes, sentence position, the part-of-speech tags and VADER valences around it. Built a
    column (one feature of every word) at a time, which is faster than word by word."""
    words = [w for w, _, _ in found]
    lowered = [w.lower() for w in words]
    tags = _tags_at(doc, found)
    valences = _valence_buckets(lowered)
    positions, since_start = [], 0
    for word in words:
        positions.append(_POSITIONS[min(since_start, 5)])
        since_start = 0 if word in _SENTENCE_END else since_start + 1
    columns = [
        ["w=" + w for w in lowered], ["shape=" + _shape(w) for w in words], positions,
        ["pre3=" + w[:3] for w in lowered], ["suf3=" + w[-3:] for w in lowered],
        *(_shifted(prefix, lowered, offset) for offset, prefix in _WORD_PREFIXES),
        ["bigram=" + before + "_" + word for before, word in zip(["<s>", *lowered], lowered, strict=False)],
        ["tag=" + tag for tag in tags],
        *(_shifted(prefix, tags, offset) for offset, prefix in _TAG_PREFIXES),
        ["val=" + valence for valence in valences],
        *(_shifted(prefix, valences, offset) for offset, prefix in _VALENCE_PREFIXES),
    ]
    rows = [list(row) for row in zip(*columns, strict=True)]
    for k in {*range(min(_WINDOW, len(rows))), *range(max(0, len(rows) - _WINDOW), len(rows))}:
        rows[k] = [feature for feature in rows[k] if feature is not None]  # only words near an end lack neighbours
    return rows


def word_counts(text: str) -> Counter[str]:
    """How often each lower-cased word occurs in an article: a span whose words recur all
    through it is likely a Repetition, whatever its words."""
    return Counter(_WORD.findall(text.lower()))


def span_features(doc: Doc, entities: list[Span], words: Counter[str], text: str, start: int, end: int) -> list[str]:
    """The span's words, edges, context, length, repetition (of the span, and of its longer
    words across the article: ``words`` is :func:`word_counts` of ``text``), capitals, the mark
    closing its sentence and whether it is in the title, and from the parse
    its parts of speech, its head's role in the sentence and the named entities in it and beside
    it in its sentence (``entities`` is ``doc.ents``, which spaCy rebuilds at every access)."""
    inside = [t for t, _, _ in tokens(text[start:end])]
    lowered = [w.lower() for w in inside]
    before = [t.lower() for t, _, _ in tokens(text[max(0, start - 60):start])][-3:]
    after = [t.lower() for t, _, _ in tokens(text[end:end + 60])][:3]
    phrase = " ".join(lowered)
    repeats = text.lower().count(text[start:end].lower()) if end > start else 0
    features = [f"w={w}" for w in lowered] + [f"b={a}_{b}" for a, b in zip(lowered, lowered[1:], strict=False)]
    if lowered:  # how a span opens and closes ("so-called ...", "... hoax") tells techniques apart
        features += [f"first={lowered[0]}", f"last={lowered[-1]}"]
    features += [f"L={w}" for w in before] + [f"R={w}" for w in after]
    features += [f"len={min(len(inside), 12)}", f"repeats={min(repeats, 3)}"]
    recurring = sorted(words[w] for w in _WORD.findall(text[start:end].lower()) if len(w) > 3)
    if recurring:
        features += [f"word_most={min(recurring[-1] - 1, 5)}", f"word_least={min(recurring[0] - 1, 3)}"]
    features += [f"c={phrase[i:i + 4]}" for i in range(max(0, len(phrase) - 3))]
    if text[max(0, start - 1):start] in {'"', "“"} or text[end:end + 1] in {'"', "”"}:
        features.append("quoted")
    if inside and all(w[:1].isupper() for w in inside if w.isalpha()):
        features.append("all_title")
    if len(text[start:end]) > 3 and text[start:end].isupper():
        features.append("shouted")
    line_end = text.find("\n", end)
    closing = _SENTENCE_MARK.search(text, end, len(text) if line_end < 0 else line_end)
    if closing:  # a question ("... ?") is Doubt more often, an exclamation a slogan or fear
        features.append(f"closes={closing.group()}")
    features.append("in_title" if text.find("\n", 0, start) < 0 else "in_body")
    parsed = doc.char_span(start, end, alignment_mode="expand")
    if parsed is None or not len(parsed):
        return features
    features += [f"p={t.pos_}" for t in parsed]
    features += [f"pb={a.pos_}_{b.pos_}" for a, b in zip(parsed, parsed[1:], strict=False)]
    features += [f"pf={parsed[0].pos_}", f"pl={parsed[-1].pos_}"]
    root = parsed.root  # "accused him of treason": a verb's object vs a noun phrase's modifier
    features += [f"rd={root.dep_}", f"rp={root.pos_}", f"rh={root.head.lemma_.lower()}",
                 f"rhp={root.head.pos_}"]
    sentence = parsed.sent  # the first sentence of a span that runs over several
    features += [f"e={e.label_}" for e in entities if e.start >= parsed.start and e.end <= parsed.end]
    near = [e for e in entities if sentence.start <= e.start and e.end <= sentence.end
            and (e.start >= parsed.end or e.end <= parsed.start)]
    features += [f"ent_near={e.label_}" for e in near[:3]]
    features += [f"l={t.lemma_.lower()}" for t in parsed if not t.is_stop and t.is_alpha]
    return features


def copy_features(text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
    """For each span, whether the same words (case and punctuation aside) are flagged elsewhere
    in the article, and whether this is the first such span or a later one: a phrase flagged
    again further on is a Repetition far more often than its first occurrence is. A span given
    twice at the same place (it carries two techniques) is one occurrence."""
    starts: dict[str, set[int]] = {}
    keys = [" ".join(_WORD.findall(text[start:end].lower())) for start, end in spans]
    for key, (start, _) in zip(keys, spans, strict=True):
        starts.setdefault(key, set()).add(start)
    return [[] if len(starts[key]) < 2 else ["copies=first" if start == min(starts[key]) else "copies=later"]
            for key, (start, _) in zip(keys, spans, strict=True)]


def span_rows(doc: Doc, text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
    """The feature list of each span of one article (:func:`span_features` and
    :func:`copy_features`), as training and scoring both read them."""
    entities, words = list(doc.ents), word_counts(text)
    return [span_features(doc, entities, words, text, start, end) + copies
            for (start, end), copies in zip(spans, copy_features(text, spans), strict=True)]


def span_matrix(rows: list[list[str]], texts: list[str]) -> csr_matrix:
    """The classifier's input: each span's hashed feature list (:func:`span_rows`) and,
    after those columns, the word vectors of its text, weighted by ``_MEANING_WEIGHT``."""
    meanings = csr_matrix(word_vectors.load().of_texts(texts) * _MEANING_WEIGHT)
    return hstack([HASHER.transform(rows), meanings], format="csr")


def sentences(words: list[str]) -> list[range]:
    """Word index ranges of the sentences, cut after sentence-final punctuation."""
    ranges, first = [], 0
    for k, word in enumerate(words):
        if word in _SENTENCE_END:
            ranges.append(range(first, k + 1))
            first = k + 1
    if first < len(words):
        ranges.append(range(first, len(words)))
    return ranges


def sentence_matrix(
    text: str, found: list[tuple[str, int, int]], probabilities: list[float]
) -> tuple[list[range], csr_matrix]:
    """The sentence filter's input, one row per sentence (:func:`sentences`): its words and
    bigrams, length, strongly valenced words and whether it is the title, hashed; the mean of its
    words' vectors (weighted as in :func:`span_matrix`); and the tagger's marginals in it (the
    strongest, as buckets and as a value, the mean, the share of words over ``_MARKED``)."""
    ranges = sentences([w for w, _, _ in found])
    if not ranges:  # no words: no rows, but as many columns as for any other text
        return [], csr_matrix((0, HASHER.n_features + word_vectors.load().matrix.shape[1] + _SENTENCE_VALUES))
    valences = _valences()
    rows, texts, marginals = [], [], []
    for sentence in ranges:
        lowered = [found[k][0].lower() for k in sentence]
        inside = np.array([probabilities[k] for k in sentence])
        start, end = found[sentence.start][1], found[sentence.stop - 1][2]
        strong = sum(abs(valences.get(w, 0.0)) >= 2 for w in lowered)
        rows.append(["w=" + w for w in lowered] + [f"b={a}_{b}" for a, b in zip(lowered, lowered[1:], strict=False)]
                    + [f"len={min(len(lowered) // 5, 10)}", f"strong={min(strong, 4)}",
                       "in_title" if text.find("\n", 0, start) < 0 else "in_body"]
                    + [f"peak>={peak}" for peak in _SENTENCE_PEAKS if inside.max() >= peak])
        texts.append(text[start:end])
        marginals.append([inside.max(), inside.mean(), (inside >= _MARKED).mean(), np.log1p(len(lowered)) / 5])
    meanings = word_vectors.load().of_texts(texts) * _MEANING_WEIGHT
    return ranges, hstack([HASHER.transform(rows), csr_matrix(meanings), csr_matrix(np.array(marginals))], format="csr")


def silenced(probabilities: list[float], ranges: list[range], chances: np.ndarray, floor: float) -> list[float]:
    """``probabilities`` with every word of a sentence whose chance (the sentence filter's) is
    under ``floor`` set to 0."""
    kept = list(probabilities)
    for sentence, chance in zip(ranges, chances, strict=True):
        if chance < floor:
            kept[sentence.start:sentence.stop] = [0.0] * len(sentence)
    return kept


def inside_probabilities(
    tagger: pycrfsuite.Tagger, doc: Doc, found: list[tuple[str, int, int]]
) -> list[float]:
    """Each word's marginal probability of lying inside a technique span."""
    features = token_features(doc, found)
    probabilities: list[float] = []
    for sentence in sentences([w for w, _, _ in found]):
        tagger.set([features[k] for k in sentence])
        probabilities += [1.0 - tagger.marginal("O", j) for j in range(len(sentence))]
    return probabilities


def runs(
    found: list[tuple[str, int, int]], probabilities: list[float], threshold: float
) -> list[tuple[int, int, float]]:
    """(start, end, mean probability) of each run of words at or above the threshold, within a
    sentence, that holds more than stop words ("to", "the")."""
    spans = []
    for sentence in sentences([w for w, _, _ in found]):
        k = sentence.start
        while k < sentence.stop:
            if probabilities[k] < threshold:
                k += 1
                continue
            first = k
            while k < sentence.stop and probabilities[k] >= threshold:
                k += 1
            words = [w.lower() for w, _, _ in found[first:k] if w[:1].isalnum()]
            if any(w not in ENGLISH_STOP_WORDS and len(w) > 1 for w in words):
                spans.append((found[first][1], found[k - 1][2], float(np.mean(probabilities[first:k]))))
    return spans


@dataclass
class TechniqueModel:
    """``tagger`` is the span CRF's model file, kept as bytes so the whole model is one artifact.
    ``sentence_filter`` gives each sentence its chance of holding a span; sentences under
    ``floor`` are left unflagged (None where training had too few articles to fit it)."""

    tagger: bytes
    classifier: LogisticRegression
    threshold: float
    sentence_filter: LogisticRegression | None
    floor: float
    _opened: pycrfsuite.Tagger | None = field(default=None, init=False, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict:
        return {"tagger": self.tagger, "classifier": self.classifier, "threshold": self.threshold,
                "sentence_filter": self.sentence_filter, "floor": self.floor}

    def __setstate__(self, state: dict) -> None:
        self.__init__(**state)

    def find_spans(self, doc: Doc, text: str) -> list[tuple[int, int, float]]:
        """(start, end, score) of the spans the tagger marks in ``text``, parsed as ``doc``."""
        found = tokens(text)
        if not found:
            return []
        with self._lock:  # set() then marginal(): one article at a time per tagger
            if self._opened is None:
                self._opened = pycrfsuite.Tagger()
                self._opened.open_inmemory(self.tagger)
            probabilities = inside_probabilities(self._opened, doc, found)
        if self.sentence_filter is not None:
            ranges, matrix = sentence_matrix(text, found, probabilities)
            probabilities = silenced(probabilities, ranges, self.sentence_filter.predict_proba(matrix)[:, 1], self.floor)
        return runs(found, probabilities, self.threshold)

    def _probabilities(self, doc: Doc, text: str, spans: list[tuple[int, int]]) -> tuple[list[list[str]], np.ndarray]:
        rows = span_rows(doc, text, spans)
        return rows, self.classifier.predict_proba(span_matrix(rows, [text[start:end] for start, end in spans]))

    def ranked(self, doc: Doc, text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
        """Each span's techniques, most probable first: where the task gives one span twice (it
        carries two techniques), the second copy takes the second choice."""
        if not spans:
            return []
        _, probabilities = self._probabilities(doc, text, spans)
        return [[str(self.classifier.classes_[k]) for k in np.argsort(-row, kind="stable")] for row in probabilities]

    def classify_all(
        self, doc: Doc, text: str, spans: list[tuple[int, int]]
    ) -> list[tuple[str, float, list[str]]]:
        """(technique, probability, cue words that weighed most for it) for each span, in one pass."""
        if not spans:
            return []
        rows, probabilities = self._probabilities(doc, text, spans)
        words = sorted({f for row in rows for f in row if f.startswith("w=")})
        column = dict(zip(words, HASHER.transform([[w] for w in words]).indices, strict=True))
        results = []
        for row, row_probabilities in zip(rows, probabilities, strict=True):
            best = int(np.argmax(row_probabilities))
            weights = self.classifier.coef_[best] if self.classifier.coef_.shape[0] > 1 else self.classifier.coef_[0]
            # ties in word order, so the reason reads the same in every run (sets are unordered)
            ranked = sorted({f for f in row if f.startswith("w=")}, key=lambda w: (-weights[column[w]], w))
            cues = [w[2:] for w in ranked if weights[column[w]] > 0 and w[2:] not in ENGLISH_STOP_WORDS
                    and w[2:3].isalnum()][:3]
            results.append((str(self.classifier.classes_[best]), float(row_probabilities[best]), cues))
        return results


def save(model: TechniqueModel, path) -> None:
    """Classifier and filter weights as float32 (half the size, same decisions), all compressed."""
    for linear in _linear_models(model):
        linear.coef_ = linear.coef_.astype(np.float32)
    joblib.dump(model, path, compress=3)


def _linear_models(model: TechniqueModel) -> list[LogisticRegression]:
    return [model.classifier] + ([model.sentence_filter] if model.sentence_filter is not None else [])


@lru_cache(maxsize=4)
def load(path: str | None = None) -> TechniqueModel:
    if path:
        model = joblib.load(path)
    else:
        with resources.as_file(resources.files("presslens").joinpath("models", ARTIFACT)) as packaged:
            model = joblib.load(packaged)
    for linear in _linear_models(model):
        linear.coef_ = linear.coef_.astype(np.float64)  # no upcast copy per call
    return model
