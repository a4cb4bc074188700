"""The data contract of factcheck: frozen pydantic models for sources, claims, findings and reports.

The JSON Schema committed at ``schemas/report.v1.schema.json`` is generated from :class:`Report`;
``tests/test_schema.py`` fails when the two drift. Claim records (``claims/*.json``) are
:class:`ClaimFile` documents. A claim's value as a tagged union (number, date, clock time, place, person,
title, quote, label) is :attr:`Claim.typed_value` (see :mod:`factcheck.typed_values`).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from factcheck.typed_values import Value

__all__ = [
    "SCHEMA_VERSION",
    "Claim",
    "ClaimFile",
    "ClaimKind",
    "CompareAs",
    "Diagnostic",
    "EventHints",
    "Evidence",
    "Finding",
    "FindingValue",
    "InputInfo",
    "JunkSpan",
    "Normalized",
    "Preferred",
    "Qualifiers",
    "Report",
    "Scope",
    "SeriesPoint",
    "Severity",
    "Source",
    "Status",
    "Summary",
    "TextFingerprint",
    "ToolInfo",
    "Vote",
]

SCHEMA_VERSION = "1.1"
# 1.1: claim files carry a text fingerprint (``ClaimFile.fingerprint``); 1.0 files still load.
CLAIMS_FORMAT_VERSION = "1.1"


class Frozen(BaseModel):
    """Base of every model: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(Frozen):
    """One input article and its metadata (from the file itself, or the sources manifest)."""

    id: str
    path: str
    title: str | None = None
    published: dt.date | None = None
    published_from: Literal["manifest", "metadata", "date line", "check date"] | None = Field(
        default=None,
        description="Where the publication date came from (front matter and HTML meta: metadata; "
        "'check date': an undated draft checked as published on the day of the check).",
    )
    url: str | None = None
    outlet: str | None = None
    trust: float = Field(default=1.0, ge=0.0, description="Weight of this source in the preferred-value vote.")
    sha256: str = ""
    format: Literal["txt", "md", "html", "json"] = "txt"


class JunkSpan(Frozen):
    """A stretch of page furniture (ads, link lists, press releases) that yields no claims."""

    start: int
    end: int
    reason: str
    preview: str = Field(description="The first characters of the dropped text, for an editor to check.")


class Evidence(Frozen):
    """Where a claim stands: ``original_text[start:end] == text`` always holds."""

    source_id: str
    sentence: str
    start: int = Field(ge=0, description="Character offset into the original file's decoded text.")
    end: int = Field(ge=0)
    text: str
    line: int = Field(default=1, ge=1, description="1-based line of start.")
    column: int = Field(default=1, ge=1, description="1-based column of start.")


class ClaimKind(StrEnum):
    QUANTITY = "quantity"
    PLACE = "place"
    DATE = "date"
    NAME = "name"
    TITLE = "title"
    QUOTE = "quote"
    LABEL = "label"


class CompareAs(StrEnum):
    """How two values of one attribute are compared (see ``factcheck.compare``)."""

    NUMBER = "number"  # intervals; overlap agrees
    PLACE = "place"  # containment agrees
    DATE = "date"  # resolved dates, one day of slack across time zones
    TIME = "time"  # clock times converted to UTC; a few minutes of slack
    NAME = "name"  # spelling of one person's name
    TEXT = "text"  # normalized text equality (titles)
    QUOTE = "quote"  # many quotes per speaker; a fragment agrees with its whole
    LABEL = "label"  # many labels per subject; never in conflict
    SCORE = "score"  # a game's score, higher figure first; equal scores agree unless both name different winners


class Scope(StrEnum):
    """Whether a claim belongs to one event (split by event frames) or to an entity (never split)."""

    EVENT = "event"
    ENTITY = "entity"


class Normalized(Frozen):
    """The comparable form of a value. ``key`` decides equality; the other fields refine it."""

    key: str = Field(description="Comparison key: equal keys are the same value.")
    display: str = Field(description="The value as shown to an editor.")
    low: float | None = Field(
        default=None,
        description="Numbers: lower bound of the interval (None: open), in the attribute's unit (a figure written "
        "in another unit of its dimension is converted; see factcheck.normalize.units).",
    )
    high: float | None = Field(default=None, description="Numbers: upper bound of the interval (None: open).")
    unit: str | None = Field(default=None, description="Numbers: the unit as written; dates: the sentence's zone.")
    date: dt.date | None = None
    place_path: tuple[str, ...] = Field(
        default=(), description="Places: containment chain, outermost first (country, city, venue)."
    )
    entity: str | None = Field(default=None, description="Canonical id of a known person or place.")
    variant: Literal["canonical", "transliteration", "misspelling", "unknown"] | None = None
    revised: bool = Field(default=False, description="The text says this figure was revised.")
    base: str | None = Field(
        default=None,
        description="Titles: the role without its qualifier. Names: the role the article gives the person.",
    )
    qualifier: str | None = Field(default=None, description="Titles: the country or body of the role.")


class EventHints(Frozen):
    """What a claim says about the event it belongs to: when, where, who, what kind."""

    date: dt.date | None = None
    date_text: str | None = None
    date_note: str | None = Field(default=None, description="How the date was resolved, or why it was not.")
    year: int | None = None
    place: str | None = None
    participants: tuple[str, ...] = ()
    event_type: str | None = None
    anchored_to_publication: bool = Field(
        default=True, description="True when the claim is about the article's own news event."
    )


class Qualifiers(Frozen):
    """What a figure is relative to, read from the parse of its sentence (see ``extract.qualifiers``).

    Two figures whose qualifiers are both known and differ state different facts (a distance from two
    places, a count in two towns) or come from different authorities; neither is a conflict."""

    authority: str | None = Field(default=None, description="Who the sentence attributes the value to, as written.")
    authority_key: str | None = Field(default=None, description="Normalized authority (acronym or folded name).")
    scope: str | None = Field(default=None, description="The place or group the figure covers ('in the old town').")
    scope_key: str | None = None
    relative_to: str | None = Field(default=None, description="What a distance or change is measured from.")
    relative_key: str | None = None
    as_of: str | None = Field(default=None, description="The time the sentence gives the value for, as written.")
    group: str | None = Field(
        default=None, description="Tolls: the group of people counted when not everyone ('foreign victims')."
    )
    instance: str | None = Field(
        default=None,
        description="Which event of a series the value belongs to: an ordinal ('2' for 'the second flight', "
        "'previous'), a designation ('4' for 'Flight 4', '3' for 'Q3').",
    )


class Claim(Frozen):
    """One checkable statement of one article, normalized."""

    id: str
    source_id: str
    extractor: str = Field(description="Versioned id of the extractor that found it, e.g. 'place.v1'.")
    kind: ClaimKind
    subject: str = Field(description="Who or what the claim is about, as shown.")
    subject_key: str = Field(description="Normalized subject: claims are compared only within one key.")
    attribute: str
    value: str = Field(description="The value as written in the article.")
    normalized: Normalized
    compare_as: CompareAs
    scope: Scope = Scope.EVENT
    changes_over_time: bool = Field(default=False, description="Tolls and counts that rise as news comes in.")
    event: EventHints = EventHints()
    evidence: Evidence
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    qualifiers: Qualifiers = Qualifiers()
    key_resolved: bool = Field(
        default=True,
        description="False when what the value is about was guessed (a noun outside the lexicon, an untyped event): "
        "a disagreement on it is a possible conflict, not a conflict.",
    )

    @property
    def typed_value(self) -> Value:
        """The value as one model of the tagged union :data:`factcheck.typed_values.Value` (a number, a
        date, a clock time, a place, a person, a title, a quote or a label), derived from ``normalized``."""
        from factcheck.typed_values import value_of

        return value_of(self)


class TextFingerprint(Frozen):
    """What syndication detection compares of an article, kept with its claims so that stored claim
    records are compared exactly as the articles are (see ``factcheck.fingerprint``)."""

    method: Literal["prefix.v1"] = Field(
        default="prefix.v1", description="How the fingerprint was made: the opening of the junk-free text."
    )
    text: str = Field(description="The junk-free text's opening, whitespace collapsed.")


class ClaimFile(Frozen):
    """The claim records of one article: what ``factcheck extract`` writes and ``--claims`` reads."""

    format_version: str = CLAIMS_FORMAT_VERSION
    source: Source
    fingerprint: TextFingerprint | None = Field(
        default=None, description="Text fingerprint for syndication detection (format 1.1; absent in 1.0 files)."
    )
    dropped: tuple[JunkSpan, ...] = ()
    claims: tuple[Claim, ...] = ()


class Status(StrEnum):
    CONFLICT = "conflict"
    AGREEMENT = "agreement"
    DISTINCT_EVENTS = "distinct-events"
    DIFFERENT_AUTHORITIES = "different-authorities"
    POSSIBLE_CONFLICT = "possible-conflict"
    UPDATED = "updated"
    UNIQUE = "unique"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class FindingValue(Frozen):
    value: str = Field(description="Normalized value (numbers: plain digits, e.g. '7000').")
    text: str = Field(description="The value as written (most common wording).")
    # A figure as a reader copies it from the page ('170.0' of '$170.0 billion', '10' of '10km'); null when
    # the value is not a figure or is that already.
    normalized: str | None = Field(default=None, description="A figure as written, in digits: '170.0' of '$170.0 bn'")
    display: str | None = Field(default=None, description="The value as shown to an editor, e.g. '7,000 words'.")
    event: str | None = Field(default=None, description="Event frame of this value, when frames differ.")
    sources: tuple[Evidence, ...]


class Vote(Frozen):
    value: str
    weight: float
    sources: tuple[str, ...]


class Preferred(Frozen):
    value: str
    reason: str
    votes: tuple[Vote, ...] = ()


class SeriesPoint(Frozen):
    """One value of a figure that changes over time, with when it was stated and by whom."""

    value: str = Field(description="Normalized value (numbers: plain digits).")
    display: str = Field(description="The value as shown to an editor.")
    as_of: str | None = Field(
        default=None,
        description="ISO 8601 date or date-time the value is given for: the claim's own date, else its "
        "source's publication date; null when unknown.",
    )
    sources: tuple[str, ...] = Field(description="Ids of the inputs that state this value as of this time.")
    revised: bool = Field(default=False, description="The text says this figure was revised.")


class Finding(Frozen):
    id: str = Field(description="Stable fingerprint: the same finding on the same facts keeps its id.")
    status: Status
    kind: str = Field(description="Rule that produced the finding, e.g. 'name-spelling', 'number-mismatch'.")
    severity: Severity
    subject: str
    attribute: str
    confidence: float = Field(ge=0.0, le=1.0)
    event: str | None = Field(default=None, description="The event frame, when the finding is about one.")
    values: tuple[FindingValue, ...]
    preferred: Preferred | None = None
    explanation: str
    diff: str | None = Field(default=None, description="Word-level diff of two quote wordings.")
    accepted: str | None = Field(default=None, description="Why the finding is accepted (baseline/inline).")
    series: tuple[SeriesPoint, ...] | None = Field(
        default=None,
        description="Figures that change over time (status 'updated'): every value with its as-of time and "
        "sources, ordered by time (points of unknown time by value).",
    )
    story: str | None = Field(
        default=None,
        description="The story the finding belongs to ('story-' and the id of the story's earliest input): "
        "only claims of one story are compared.",
    )


class InputInfo(Frozen):
    id: str
    title: str | None
    published: dt.date | None
    published_from: Literal["manifest", "metadata", "date line", "check date"] | None = None
    path: str
    sha256: str
    url: str | None = None
    outlet: str | None = None
    trust: float = 1.0
    duplicate_of: str | None = Field(default=None, description="Id of the input this one is a copy of.")
    story: str | None = Field(default=None, description="The story this input was grouped into.")
    claims: int = 0
    dropped: tuple[JunkSpan, ...] = ()


class Diagnostic(Frozen):
    path: str
    code: str
    severity: Severity
    message: str
    line: int | None = None


class ToolInfo(Frozen):
    name: str
    version: str


class Summary(Frozen):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    conflict: int = 0
    agreement: int = 0
    distinct_events: int = Field(default=0, alias="distinct-events")
    possible_conflict: int = Field(
        default=0,
        alias="possible-conflict",
        description="Disagreements not shown to be about one fact (a guessed attribute; a subject inferred from the "
        "story with no corroborated value and nothing named on both sides; a place, reference point or authority "
        "on one side only; reports that cannot be placed in time; a person's name, title or nationality that no "
        "source vote decides: one independent source against one, or both corroborated): check them; the "
        "default gate does not fail.",
    )
    different_authorities: int = Field(
        default=0,
        alias="different-authorities",
        description="Values attributed to different authorities (two agencies, police and organisers).",
    )
    updated: int = 0
    unique: int = 0
    accepted: int = 0
    claims: int = 0
    inputs: int = 0


class Report(Frozen):
    """The versioned conflict-and-agreement report (see README, 'Report format')."""

    schema_version: str = SCHEMA_VERSION
    tool: ToolInfo
    with_dates: bool = Field(
        description="True when every article input had a publication date (README, LICENSE and the like never count)."
    )
    inputs: tuple[InputInfo, ...]
    summary: Summary
    findings: tuple[Finding, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
