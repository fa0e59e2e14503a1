"""The attribution step as a registered spaCy component, for users' own pipelines.

``nlp.add_pipe("presslens_attribution")`` after a parser and an entity recogniser sets
``doc._.presslens`` to an :class:`~presslens.model.Analysis` of the document.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from presslens.attribution.cue_model import CueModel
from presslens.attribution.extract import extract
from presslens.model import Analysis

if not Doc.has_extension("presslens"):
    Doc.set_extension("presslens", default=None)


def analysis_of(doc: Doc, cue_model: CueModel | None = None) -> Analysis:
    layer = extract(doc, cue_model)
    return Analysis(
        text=layer.text,
        speakers=layer.speakers,
        attributions=layer.attributions,
        scare_quotes=layer.scare_quotes,
        provenance=layer.provenance,
    )


@Language.component("presslens_attribution", requires=["token.dep", "doc.ents"])
def presslens_attribution(doc: Doc) -> Doc:
    doc._.presslens = analysis_of(doc)
    return doc
