"""The claims step as a registered spaCy component: ``nlp.add_pipe("presslens_claims")`` after
``presslens_attribution`` adds sentence scores, claims, predictions and persuasion techniques to
``doc._.presslens``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

import presslens.attribution.component  # noqa: F401  (registers doc._.presslens)
from presslens.claims.extract import add_claims
from presslens.claims.predictions import add_predictions
from presslens.rhetoric.extract import add_techniques


@Language.component("presslens_claims", requires=["doc._.presslens", "doc.ents"])
def presslens_claims(doc: Doc) -> Doc:
    if doc._.presslens is not None:
        add_techniques(doc, add_predictions(doc, add_claims(doc, doc._.presslens)))
    return doc
