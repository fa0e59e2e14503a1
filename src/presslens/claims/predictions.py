"""Predictions: forward-looking statements, with holder, condition, outcome, certainty and horizon.

A prediction is anchored on a modal of the future (will, shall, would, could, may, might, going
to) or a forecasting phrase (is expected / likely / set / bound to) governing a verb. Stated
certainty is read off a documented scale, from the strongest cue on that verb:

    almost certainly, certainly, definitely, surely, inevitably, undoubtedly   0.95
    bound to                                                                   0.90
    will, shall, won't, going to                                               0.85
    set to                                                                     0.80
    expected to                                                                0.75
    likely to, probably                                                        0.70
    would                                                                      0.65
    could                                                                      0.40
    may, possibly, perhaps                                                     0.35
    might                                                                      0.30

and lowered by 0.1 when the holder frames it as opinion ("I think", "I believe", "I suspect").
Not predictions, by general rules: counterfactual pasts ("would have", "could have"); questions,
including those ending in a full stop ("So why would he ..."), seen as a modal before its
subject; past inability ("could not", "before they could"); generic or volitional "would" ("no
sane person would want", "most people would consider"); a hedged assertion ("I would say");
identity with an infinitive ("the best approach may be to wait"); habits ("periodically will
issue"). The
condition is an "if", "unless", "once", "provided" clause or an "in the event of" / "in case of"
phrase on the predicted verb; the holder is the speaker of the attribution the prediction sits
in, else the article itself.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from presslens.attribution.lexicon import SPEECH_VERBS
from presslens.model import Analysis, Attribution, Prediction, Span

MODAL_CERTAINTY = {"will": 0.85, "shall": 0.85, "wo": 0.85, "'ll": 0.85, "would": 0.65, "'d": 0.65,
                   "could": 0.40, "may": 0.35, "might": 0.30}
ADVERB_CERTAINTY = {"certainly": 0.95, "definitely": 0.95, "surely": 0.95, "inevitably": 0.95,
                    "undoubtedly": 0.95, "probably": 0.70, "possibly": 0.35, "perhaps": 0.35}
PHRASE_CERTAINTY = {"bound": 0.90, "set": 0.80, "expected": 0.75, "likely": 0.70, "going": 0.85}
_OPINION_VERBS = {"think", "believe", "suspect", "reckon", "guess", "feel"}
_CONDITION_MARKS = {"if", "unless", "once", "provided", "providing"}
_GENERIC_DETERMINERS = {"no", "most", "any", "few", "many", "every", "anyone", "nobody", "everyone"}
_VOLITION_VERBS = {"want", "like", "prefer", "consider", "describe", "love", "hate", "rather", "care"}
_HEDGED_ASSERTION_VERBS = {"say", "argue", "suggest", "add", "note", "stress", "think", "imagine", "guess",
                           "submit", "contend", "point", "agree", "disagree"}
_PAST_BELIEF_VERBS = {"think", "believe", "assume", "imagine"}
_HABITUAL = {"periodically", "usually", "often", "always", "sometimes", "typically", "generally", "normally"}
_TIME_MARKS = {"before", "until", "when", "while", "after", "so"}
_HORIZON = re.compile(
    r"\b(by (?:the end of )?(?:19|20)\d\d|next (?:year|month|week|decade|spring|summer|autumn|fall|winter)|"
    r"within (?:a|the next|\w+) (?:days?|weeks?|months?|years?)|in the coming (?:days|weeks|months|years)|"
    r"(?:this|next) (?:year|month|week)|in (?:the )?(?:short|long|medium) term|soon)\b",
    re.IGNORECASE,
)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _anchor(token: Token) -> tuple[Token, Token, float] | None:
    """(cue, predicted verb, base certainty) when ``token`` starts a prediction."""
    lower = token.lower_
    if token.tag_ == "MD" and lower in MODAL_CERTAINTY and token.dep_ in {"aux", "auxpass"}:
        head = token.head
        if _not_predictive(token, head):
            return None
        return token, head, MODAL_CERTAINTY[lower]
    if lower in PHRASE_CERTAINTY and token.dep_ in {"ROOT", "ccomp", "acomp", "xcomp", "conj", "advcl", "relcl"}:
        complement = next((c for c in token.children if c.dep_ == "xcomp"), None)
        has_to = complement is not None and any(c.lower_ == "to" for c in complement.children)
        if has_to and (lower != "going" or token.tag_ == "VBG"):
            return token, complement, PHRASE_CERTAINTY[lower]
    return None


def _not_predictive(modal: Token, verb: Token) -> bool:
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in children):
        return True  # counterfactual or epistemic past: "would have", "may have been"
    if subjects and subjects[0].i > modal.i:
        return True  # inversion: a question ("why would he ...") or an inverted conditional
    opening = next((t for t in modal.sent if t.lower_ not in {"so", "and", "but", "then", "yet"}
                    and not t.is_punct), None)
    if opening is not None and opening.tag_ in {"WRB", "WP"} and 0 < modal.i - opening.i <= 2:
        return True  # a question without its question mark: "So why would he ..."
    if modal.lower_ == "could" and (any(c.dep_ == "neg" for c in children) or any(
            c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in children)):
        return True  # past inability or a past temporal clause: "could not", "before they could"
    if modal.lower_ in {"would", "'d"} and (verb.lemma_ in _VOLITION_VERBS or any(
            t.lower_ in _GENERIC_DETERMINERS for s in subjects for t in s.subtree)):
        return True  # "no sane person would want", "most people would consider"
    if modal.lower_ in {"would", "'d"} and verb.lemma_ in _HEDGED_ASSERTION_VERBS and any(
            s.lower_ in {"i", "we"} for s in subjects):
        return True  # "I would say the cost is higher": an assertion, politely hedged
    if verb.lemma_ == "be" and any(c.dep_ in {"xcomp", "attr", "ccomp"} and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in children):
        return True  # identity with an infinitive: "the best approach may be to wait"
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in children):
        return True  # an open question: "it's unclear whether the methods will work"
    if modal.lower_ in {"would", "'d", "could", "might"} and any(
            c.dep_ == "advcl" and c.tag_ == "VBD" and any(m.lower_ == "if" for m in c.children if m.dep_ == "mark")
            for c in children) and not _reported(verb):
        return True  # a hypothetical: "if the plan rejected single mothers, families would be hurt"
    if any(a.lemma_ in _PAST_BELIEF_VERBS and a.tag_ == "VBD" for a in _framing_verbs(verb)):
        return True  # a past belief about its own future: "they thought his speech would do it"
    if verb.lemma_ == "have" and modal.lower_ in {"may", "might"}:
        return True  # "one shooting may have more than one victim": a present possibility
    return any(c.lower_ in _HABITUAL for c in children) or modal.head.lower_ in _HABITUAL


def _framing_verbs(verb: Token) -> list[Token]:
    """The verbs whose complement ``verb``'s clause is, innermost first ("thought" in "they
    thought his saying so would do it")."""
    framing = []
    while verb.dep_ in {"ccomp", "relcl"}:
        verb = verb.head
        framing.append(verb)
    return framing


def _reported(verb: Token) -> bool:
    """Whether the clause is someone's reported words, where a past "if" is the tense of the
    report ("he said that if the bill passed, he would veto it")."""
    return any(v.lemma_ in SPEECH_VERBS for v in _framing_verbs(verb))


def _certainty(cue: Token, verb: Token, base: float) -> float:
    certainty = base
    for child in verb.children:  # an adverb on the verb states the certainty outright
        value = ADVERB_CERTAINTY.get(child.lower_)
        if child.dep_ == "advmod" and value is not None:
            certainty = value
    framing = verb.head if verb.dep_ in {"ccomp", "xcomp"} else None
    if framing is not None and framing.lemma_ in _OPINION_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in framing.children
    ):
        certainty -= 0.1
    return round(max(0.05, certainty), 2)


def _condition(verb: Token) -> tuple[int, int] | None:
    for token in verb.subtree:
        if token.dep_ == "mark" and token.lower_ in _CONDITION_MARKS and token.head.dep_ == "advcl":
            clause = token.head
            return token.idx, clause.right_edge.idx + len(clause.right_edge.text)
        if token.dep_ == "pobj" and token.lower_ in {"event", "case"} and token.head.lower_ == "in":
            phrase = token.head
            return phrase.idx, phrase.right_edge.idx + len(phrase.right_edge.text)
    return None


def _outcome(verb: Token, condition: tuple[int, int] | None) -> tuple[int, int]:
    tokens = [t for t in verb.subtree if not (t.dep_ == "mark" and t.head == verb)
              and not (condition and condition[0] <= t.idx < condition[1]) and not t.is_punct
              and not t.is_space]
    while len(tokens) > 1 and tokens[-1].dep_ == "cc":  # "... reign – but"
        tokens.pop()
    if not tokens:  # the whole clause is the condition ("... will be if X"): the verb alone
        tokens = [verb]
    if condition and tokens[0].idx < condition[0] < tokens[-1].idx:  # keep the verb's side of it
        before = [t for t in tokens if t.idx < condition[0]]
        after = [t for t in tokens if t.idx >= condition[1]]
        tokens = after if verb.idx >= condition[1] and after else before
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _holder(start: int, attributions: list[Attribution]) -> Attribution | None:
    return next((a for a in attributions if a.content.start <= start < a.content.end), None)


def add_predictions(doc: Doc, analysis: Analysis) -> Analysis:
    text = analysis.text
    analysis.predictions = []
    for sentence in doc.sents:
        if sentence.text.rstrip().endswith("?"):
            continue
        seen_verbs: set[int] = set()
        for token in sentence:
            anchored = _anchor(token)
            if anchored is None or anchored[1].i in seen_verbs:
                continue
            cue, verb, base = anchored
            seen_verbs.add(verb.i)
            condition = _condition(verb)
            outcome = _outcome(verb, condition)
            horizon = _HORIZON.search(text, outcome[0], outcome[1])
            attribution = _holder(cue.idx, analysis.attributions)
            end = sentence.end_char
            while end > sentence.start_char and text[end - 1].isspace():
                end -= 1
            analysis.predictions.append(Prediction(
                id=f"P{len(analysis.predictions) + 1}",
                span=_span(text, sentence.start_char, end),
                cue=_span(text, cue.idx, cue.idx + len(cue.text)),
                outcome=_span(text, *outcome),
                condition=_span(text, *condition) if condition else None,
                certainty=_certainty(cue, verb, base),
                horizon=_span(text, *horizon.span()) if horizon else None,
                attribution_id=attribution.id if attribution else None,
                holder_speaker_id=attribution.speaker_id if attribution else None,
            ))
    return analysis
