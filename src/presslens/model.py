"""The one typed data model that every presslens layer reads and writes.

Every span is a pair of character offsets into ``Analysis.text`` (the normalised text) plus the
text it covers, so the terminal summary, the JSON, the brat export and any later layer agree on
what was found where.
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.2.0"


class Span(BaseModel):
    """A half-open character range ``[start, end)`` into the normalised text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class InputFormat(str, Enum):
    text = "text"
    html = "html"
    json = "json"


class ArticleMetadata(BaseModel):
    """What the source says about itself (HTML meta tags, JSON record fields)."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    url: str | None = None
    source_path: str | None = None
    input_format: InputFormat = InputFormat.text
    encoding: str | None = None


class SpeakerKind(str, Enum):
    person = "person"
    organisation = "organisation"
    group = "group"
    generic = "generic"
    thing = "thing"  # a report, a photo, a fact: a source that is no one ("The data show ...")


class MentionKind(str, Enum):
    name = "name"
    surname = "surname"
    pronoun = "pronoun"
    description = "description"
    generic = "generic"


class Mention(BaseModel):
    span: Span
    kind: MentionKind


class Speaker(BaseModel):
    """One person, organisation or group of the article's speaker registry."""

    id: str
    canonical_name: str
    kind: SpeakerKind
    roles: list[str] = Field(default_factory=list)
    affiliations: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class AttributionType(str, Enum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"
    according_to = "according_to"
    floating = "floating"


class MediumKind(str, Enum):
    interview = "interview"
    writing = "writing"
    letter = "letter"
    statement = "statement"
    social_media = "social_media"
    broadcast = "broadcast"


class Medium(BaseModel):
    """Where or how the words were given: "Speaking to MailOnline", "on Twitter", "in a letter"."""

    kind: MediumKind
    name: str | None = None
    span: Span

    @property
    def label(self) -> str:
        """How reports show it: "interview: MailOnline", "social media"."""
        kind = self.kind.value.replace("_", " ")
        return f"{kind}: {self.name}" if self.name else kind


class Attribution(BaseModel):
    id: str
    type: AttributionType
    content: Span
    cue: Span | None = None
    source: Span | None = None
    speaker_id: str | None = None
    quotes: list[Span] = Field(default_factory=list, description="Quoted fragments inside content.")
    medium: Medium | None = None
    confidence: float = Field(ge=0.0, le=1.0)


class ProvenanceKind(str, Enum):
    republished_from = "republished_from"
    interview_given_to = "interview_given_to"
    source_cited = "source_cited"


class ProvenanceNote(BaseModel):
    """A statement in the text about where the story or one of its parts came from."""

    kind: ProvenanceKind
    name: str
    span: Span


class ScoredSentence(BaseModel):
    """A sentence and how check-worthy the classifier finds it (0-1)."""

    span: Span
    checkworthiness: float = Field(ge=0.0, le=1.0)


class ClaimKind(str, Enum):
    statistic = "statistic"
    causal = "causal"
    action_or_statement = "action_or_statement"
    factual = "factual"


class Quantity(BaseModel):
    """A number in a claim, with its value when it parses and its unit when one is stated."""

    span: Span
    value: float | None = None
    unit: str | None = None


class Claim(BaseModel):
    """A sentence above the check-worthiness threshold, with what a fact-checker needs first."""

    id: str
    span: Span
    checkworthiness: float = Field(ge=0.0, le=1.0)
    kind: ClaimKind
    quantities: list[Quantity] = Field(default_factory=list)
    hedges: list[Span] = Field(default_factory=list, description="Words that weaken the claim.")
    attribution_id: str | None = Field(default=None, description="The attribution it sits in, if any.")
    speaker_id: str | None = None


class Prediction(BaseModel):
    """A forward-looking statement; certainty is on the scale documented in claims/predictions.py."""

    id: str
    span: Span = Field(description="The sentence.")
    cue: Span = Field(description="The modal or phrase that makes it a prediction.")
    outcome: Span
    condition: Span | None = None
    certainty: float = Field(ge=0.0, le=1.0)
    horizon: Span | None = None
    attribution_id: str | None = None
    holder_speaker_id: str | None = Field(default=None, description="None: the article itself.")


class Technique(BaseModel):
    """A span using one of the 14 PTC persuasion techniques, with why the model thinks so."""

    id: str
    span: Span
    technique: str
    score: float = Field(ge=0.0, le=1.0, description="Span score times technique probability.")
    cues: list[str] = Field(default_factory=list, description="The span's words that weighed most.")
    reason: str


class Analysis(BaseModel):
    """Everything presslens found in one article."""

    schema_version: str = SCHEMA_VERSION
    text: str
    metadata: ArticleMetadata = Field(default_factory=ArticleMetadata)
    speakers: list[Speaker] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    scare_quotes: list[Span] = Field(default_factory=list)
    provenance: list[ProvenanceNote] = Field(default_factory=list)
    sentences: list[ScoredSentence] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    predictions: list[Prediction] = Field(default_factory=list)
    techniques: list[Technique] = Field(default_factory=list)
    checkworthiness_threshold: float | None = Field(
        default=None, description="Sentences scoring at least this are listed as claims."
    )

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)
