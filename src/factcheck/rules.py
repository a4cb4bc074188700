"""The finding kinds (the rule behind each finding): what each finds, why, and an example.

``factcheck rule KIND`` prints one entry, ``factcheck rule`` lists them; SARIF rules carry the same text
as ``help`` and link to the README section with ``helpUri``. ``--select``, ``--ignore`` and inline
``ignore[...]`` comments name kinds from this catalogue (a prefix such as ``quote`` selects every kind
that starts with it). The examples are invented sentences, not quotes from real articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.models import CompareAs, Severity, Status

__all__ = [
    "DOCS_URL",
    "RULES",
    "Rule",
    "expand_selectors",
    "get_rule",
    "help_uri",
    "matches_selector",
    "rule_text",
    "unknown_selectors",
]

# The README as published with the distribution; every rule's helpUri points at its "Finding kinds" section.
DOCS_URL = "https://pypi.org/project/newsroom-factcheck/"
RULES_ANCHOR = "finding-kinds"

_SEVERITY = {
    Status.CONFLICT: Severity.ERROR,
    Status.UPDATED: Severity.WARNING,
    Status.DISTINCT_EVENTS: Severity.WARNING,
    Status.DIFFERENT_AUTHORITIES: Severity.WARNING,
    Status.POSSIBLE_CONFLICT: Severity.WARNING,
    Status.AGREEMENT: Severity.INFO,
    Status.UNIQUE: Severity.INFO,
}


@dataclass(frozen=True)
class Rule:
    """One finding kind."""

    kind: str
    status: Status
    title: str
    summary: str
    example: str

    @property
    def severity(self) -> Severity:
        return _SEVERITY[self.status]


_MAIN = (
    Rule(
        "name-spelling",
        Status.CONFLICT,
        "Name spelling",
        "Two sources spell one person's name differently, and one spelling is not an accepted "
        "transliteration. A name does not change with the event, so this is a conflict whatever the dates. "
        "For a person not in the reference data a source vote decides: one independent source's spelling "
        "(syndicated copies count once) against one that two or more other independent sources use, or one "
        "text writing both, is a conflict; one source against one, or two corroborated spellings, is only a "
        "possible-conflict (an unfamiliar name romanised two ways, or two people).",
        "draft: “Emanuel Macron opened the summit.”  archive: “Emmanuel Macron opened the summit.”",
    ),
    Rule(
        "title-mismatch",
        Status.CONFLICT,
        "Title mismatch",
        "Sources published close together give one person one kind of office misstated (Finance and Foreign "
        "Minister; Prime Minister of two countries), and the source vote is clear: one independent source "
        "against two or more others, or a syndicated copy that changes its original's title. One source "
        "against one, or two corroborated titles (perhaps two names of one post), and two different kinds of "
        "office (Deputy Prime Minister and Acting President), which one person can hold at once, are only a "
        "possible-conflict.",
        "draft: “Foreign Minister Ana Ruiz said…”  archive, two outlets: “Finance Minister Ana Ruiz said…”",
    ),
    Rule(
        "nationality-mismatch",
        Status.CONFLICT,
        "Nationality mismatch",
        "Sources give one person different nationalities: a conflict when one independent source stands "
        "against two or more others; one against one, or two corroborated nationalities, is only a "
        "possible-conflict.",
        "draft: “the Chilean skier Rosa Vidal”  archive, two outlets: “the Argentine skier Rosa Vidal”",
    ),
    Rule(
        "title-changed",
        Status.DISTINCT_EVENTS,
        "Title changed",
        "Sources published far apart give one person different titles: the role may have changed, so it "
        "is shown side by side, not as a conflict.",
        "2023: “Deputy Mayor Jon Berg”  2025: “Mayor Jon Berg”",
    ),
    Rule(
        "number-mismatch",
        Status.CONFLICT,
        "Number mismatch",
        "Incompatible figures for the same counted thing of the same event (hedges such as “more than 40” "
        "and rounding are taken into account).",
        "draft: “signed a 60-page declaration”  archive: “signed a 40-page declaration”",
    ),
    Rule(
        "place-mismatch",
        Status.CONFLICT,
        "Place mismatch",
        "Different places for the same event, where neither contains the other (a venue inside its city agrees).",
        "draft: “the leaders met in Lyon on Tuesday”  archive: “the leaders met in Nantes on Tuesday”",
    ),
    Rule(
        "date-mismatch",
        Status.CONFLICT,
        "Date mismatch",
        "Different days for the same event, after relative dates are resolved against each publication date "
        "(one day of slack across time zones).",
        "draft: “the vote took place on 3 May”  archive: “the vote took place on 5 May”",
    ),
    Rule(
        "time-mismatch",
        Status.CONFLICT,
        "Time mismatch",
        "Different clock times for the same event, compared in UTC with a few minutes of slack.",
        "draft: “the quake struck at 9:10 a.m. local time”  archive: “the quake struck at 11:40 a.m. local time”",
    ),
    Rule(
        "score-mismatch",
        Status.CONFLICT,
        "Score mismatch",
        "Different final (or penalty shoot-out) scores for the same game, named by its teams; the higher figure "
        "comes first, so “won 25-22” and “lost 22-25” agree. A score does not change once the game is over, so "
        "later reports never update it. Half-time scores, leads, records and votes are not read.",
        "draft: “the Hawks beat the Foxes 25-22”  archive: “the Hawks beat the Foxes 25-12”",
    ),
    Rule(
        "value-mismatch",
        Status.CONFLICT,
        "Value mismatch",
        "Incompatible values of another attribute of the same event.",
        "draft: “the bridge reopened”  archive: “the bridge stayed closed”",
    ),
    Rule(
        "quote-wording",
        Status.CONFLICT,
        "Quote wording",
        "The same speaker's quote is worded differently beyond punctuation (a fragment of the whole agrees); "
        "the report shows the word-level difference.",
        "draft: “We will not retreat,” Lee said.  archive: “We will never retreat,” Lee said.",
    ),
    Rule(
        "quote-speaker",
        Status.CONFLICT,
        "Quote speaker",
        "The same quote is attributed to different speakers, each named next to the words in some source.",
        "draft: “Prices must fall,” said Ortiz.  archive: “Prices must fall,” said Mendes.",
    ),
    Rule(
        "figure-updated",
        Status.UPDATED,
        "Figure updated",
        "A figure that changes as news comes in (deaths, injured, displaced…) rose, or was explicitly revised, "
        "in a later report: an update, not a conflict. The most recent figure is suggested.",
        "morning: “at least 12 people died”  evening: “the toll rose to 31”",
    ),
    Rule(
        "distinct-events",
        Status.DISTINCT_EVENTS,
        "Different events",
        "The values differ but belong to different events (different dates), so they are shown side by "
        "side and never reported as a conflict.",
        "“In 2023 the leaders met in Paris.”  “On Tuesday the leaders met in Strasbourg.”",
    ),
    Rule(
        "authority-difference",
        Status.DIFFERENT_AUTHORITIES,
        "Different authorities",
        "The figures differ but each source attributes its figure to a different authority (police and "
        "organisers, two agencies): each article reports its authority correctly, so it is not a conflict.",
        "“Police said 2,000 people marched.”  “Organisers said 9,000 people marched.”",
    ),
)

_COMPARED = {
    CompareAs.NUMBER: "figure",
    CompareAs.PLACE: "place",
    CompareAs.DATE: "date",
    CompareAs.TIME: "clock time",
    CompareAs.NAME: "name spelling",
    CompareAs.TEXT: "title",
    CompareAs.QUOTE: "quote",
    CompareAs.LABEL: "label",
    CompareAs.SCORE: "score",
}


def _context_rules() -> tuple[Rule, ...]:
    out = []
    for compare_as, what in _COMPARED.items():
        out.append(
            Rule(
                f"{compare_as.value}-agreement",
                Status.AGREEMENT,
                f"{what.capitalize()} agreement",
                f"Two or more independent sources state compatible values of a {what} (syndicated copies count once).",
                "“more than 40 million” and “42 million” agree",
            )
        )
        out.append(
            Rule(
                f"{compare_as.value}-unique",
                Status.UNIQUE,
                f"Single-source {what}",
                f"Only one source (or copies of one) states this {what}: nothing to compare it with.",
                "only the draft gives the length of the declaration",
            )
        )
    return tuple(out)


RULES: dict[str, Rule] = {r.kind: r for r in (*_MAIN, *_context_rules())}


def get_rule(kind: str) -> Rule | None:
    return RULES.get(kind)


def help_uri(kind: str) -> str:
    """Where the README documents ``kind`` (its 'Finding kinds' section)."""
    return f"{DOCS_URL}#{RULES_ANCHOR}"


# Kinds that come out as a possible conflict (warning) when what the values count or describe was read
# from words outside factcheck's lexicon (see compare.events).
MAY_BE_POSSIBLE = frozenset(
    {
        "number-mismatch",
        "place-mismatch",
        "date-mismatch",
        "time-mismatch",
        "score-mismatch",
        "value-mismatch",
        "quote-speaker",
    }
)


def rule_text(rule: Rule) -> str:
    """The explanation ``factcheck rule KIND`` prints."""
    status = f"status: {rule.status.value} (severity {rule.severity.value})"
    if rule.kind in MAY_BE_POSSIBLE:
        status += "; possible-conflict (severity warning) when the values are not shown to be about one fact"
    return (
        f"{rule.kind}: {rule.title}\n"
        f"{status}\n\n"
        f"{rule.summary}\n\n"
        f"Example: {rule.example}\n\n"
        f"Accept one in a draft: <!-- factcheck: ignore[{rule.kind}] why it is right -->\n"
        f"Leave it out of a run: --ignore {rule.kind}\n"
        f"Documentation: {help_uri(rule.kind)}\n"
    )


def matches_selector(kind: str, selector: str) -> bool:
    """``selector`` is a kind or a prefix of kinds (``quote`` matches ``quote-wording``)."""
    return kind == selector or kind.startswith(selector)


def unknown_selectors(selectors: Iterable[str]) -> list[str]:
    """The selectors that match no known kind."""
    return [s for s in selectors if not any(matches_selector(k, s) for k in RULES)]


def expand_selectors(selectors: Iterable[str]) -> list[str]:
    """Every known kind some selector matches, sorted."""
    chosen = list(selectors)
    return sorted(k for k in RULES if any(matches_selector(k, s) for s in chosen))
