"""Findings for quotes: one quotation as the sources word it and attribute it.

Quotes of every speaker are clustered by wording: two quotes are one quotation when one's words are a
contiguous fragment of the other's, or when their words are nearly the same (see the thresholds
below). In a cluster:

- the same words given to two different named speakers by different sources -> conflict
  ``quote-speaker``;
- every wording a fragment of the longest, or the same words up to punctuation, case and contractions
  -> agreement (two or more independent sources) or unique;
- words changed without touching a number, a negation or a name (two outlets transcribing one
  interview: one sentence or two, a pronoun for the name, "one" for "a single") -> agreement with the
  diff, "worded slightly differently" or, for more changed words, "word the remark differently";
- otherwise -> conflict ``quote-wording`` with a word-level diff and the majority wording preferred.
  Changed numbers, negations or names are errors; rewordings of more than half the words are warnings.

How two wordings relate is decided in :mod:`factcheck.compare.quote_wording`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import jellyfish
from rapidfuzz import fuzz

from factcheck.compare.certainty import POSSIBLE_CONFLICT_CONFIDENCE
from factcheck.compare.context import CompareContext
from factcheck.compare.findings import majority, make_finding, outvoted
from factcheck.compare.quote_wording import closest_relation, comparison_words, contains, word_diff, word_relation
from factcheck.compare.values import ValueGroup, group_values
from factcheck.extract.quotes.quote import CONFIDENCE_NAMED
from factcheck.models import Claim, Finding, Normalized, Severity, Status
from factcheck.normalize.people import same_person_spelling

__all__ = [
    "BLOCKING_WORDS",
    "CROSS_SPEAKER_MIN_WORDS",
    "FRAGMENT_SIMILARITY",
    "QUOTE_SIMILARITY",
    "comparison_words",
    "quote_findings",
    "word_diff",
]

# Two wordings whose comparison words are at least this similar (rapidfuzz fuzz.ratio, 0-100) are one
# quotation worded differently. Measured: one sentence with 1-3 words changed scores 82-92 ("hard-earned
# ... need to" vs "hard-won ... must": 90; a transcript with four changes: 87); two different quotes of
# one speech score 39-57, and two short sentences with the same opening ("please take care, dear
# friend" / "please take care of yourself") 71.
QUOTE_SIMILARITY = 75.0
# A shorter wording whose best-aligned window in a longer one is this similar (fuzz.partial_ratio) is a
# fragment of it with words changed ("outlast both our governments" in "... outlasts both of our
# governments": 86; "need to cherish and protect it": 87). Only for the same speaker.
FRAGMENT_SIMILARITY = 85.0
# Fuzzy matching needs this many words: shorter phrases match too much by chance.
FUZZY_MIN_WORDS = 4
# Quotes of two different speakers meet only when the shorter has this many words: phrases of up to
# five words ("a new era", "we will not give up") are said by many people; a sentence of six or more
# words given to two people is a misattribution worth checking.
CROSS_SPEAKER_MIN_WORDS = 6
# Two unknown speakers' surnames this close (Jaro-Winkler) are one person spelt two ways: a name
# finding reports the spelling, the quote is not given to "two people".
SPEAKER_NAME_SIMILARITY = 0.9

# Quotes are blocked by speaker and by their rarest words (fewest quotes of the story use them): a
# cluster is tested only when it holds one of these. Three words keep every related pair of the
# corpora, the seeds and the held-out sets (tests/test_compare_quotes.py compares with the unblocked
# clustering) while a story's common words ("the", "we") never make everything a candidate.
BLOCKING_WORDS = 3

_UNIDENTIFIED = "speaker:unidentified"
# How a quote nobody is named for may relate to another to be one quotation (see :func:`_related`).
_UNRESOLVED_RELATIONS = ("same", "fragment", "slight")


@dataclass
class _Cluster:
    claims: list[Claim] = field(default_factory=list)

    @property
    def lead(self) -> Claim:
        return self.claims[0]


def _same_speaker(a: Claim, b: Claim) -> bool:
    if _UNIDENTIFIED in (a.subject_key, b.subject_key):
        return True
    if a.subject_key.startswith("unknown:") and b.subject_key.startswith("unknown:"):
        # Unknown people are keyed by family name: compare the full names (Lena and Peter Okafor).
        if same_person_spelling(a.subject, b.subject) is not None:
            return True
        if " " in a.subject.strip() and " " in b.subject.strip():
            return False  # two given names: Youssef and Mohammed Benali are brothers, not one man
        sa, sb = a.subject.split()[-1].lower(), b.subject.split()[-1].lower()
        return jellyfish.jaro_winkler_similarity(sa, sb) >= SPEAKER_NAME_SIMILARITY
    return a.subject_key == b.subject_key


def _related(short: Claim, long: Claim) -> bool:
    """One quotation: ``short`` (no longer than ``long``) is its fragment or a near-identical wording."""
    ws, wl = comparison_words(short.normalized.key), comparison_words(long.normalized.key)
    same = _same_speaker(short, long)
    # A quote whose speaker the text does not name may be anybody's: it joins another quote only with as
    # many words as two speakers' quotes need ("we must stay calm" is said by many), and only with the same
    # words up to a few that change no number, negation or name ("the Met" for "the Metropolitan police"):
    # a freer rewording may be another person's remark. It never makes a wording conflict.
    unresolved = _UNIDENTIFIED in (short.subject_key, long.subject_key)
    if (not same or unresolved) and len(ws) < CROSS_SPEAKER_MIN_WORDS:
        return False
    if not set(ws) & set(wl):
        return False  # no word in common: neither a fragment nor a rewording (and the cheap test first)
    if contains(ws, wl):
        return True
    if unresolved:
        relation, _ = word_relation(ValueGroup(short.normalized.key, [short]), ValueGroup(long.normalized.key, [long]))
        return relation in _UNRESOLVED_RELATIONS
    if len(ws) < FUZZY_MIN_WORDS:
        return False
    a, b = " ".join(ws), " ".join(wl)
    if fuzz.ratio(a, b) >= QUOTE_SIMILARITY:
        return True
    return same and fuzz.partial_ratio(a, b) >= FRAGMENT_SIMILARITY


def _clusters(claims: Sequence[Claim], blocked: bool = True) -> list[_Cluster]:
    """Quotes clustered by wording, longest first: each joins the first cluster holding a related
    quote. ``blocked``: a cluster is tested only when it holds a quote of the same speaker or one of
    the quote's :data:`BLOCKING_WORDS` rarest words (a fragment's words are all in the whole, a
    rewording keeps most of them); ``blocked=False`` tests every cluster (the reference the blocked
    clustering is tested against)."""
    ordered = sorted(
        claims,
        key=lambda c: (-len(comparison_words(c.normalized.key)), c.normalized.key, c.source_id, c.evidence.start),
    )
    counts: dict[str, int] = {}
    for c in claims:
        for w in set(comparison_words(c.normalized.key)):
            counts[w] = counts.get(w, 0) + 1
    clusters: list[_Cluster] = []
    by_word: dict[str, set[int]] = {}
    by_speaker: dict[str, set[int]] = {}
    for c in ordered:
        words = set(comparison_words(c.normalized.key))
        if blocked:
            candidates: set[int] = set(by_speaker.get(c.subject_key, ()))
            for w in sorted(words, key=lambda w: (counts[w], w))[:BLOCKING_WORDS]:
                candidates.update(by_word.get(w, ()))
            order: Iterable[int] = sorted(candidates)
        else:
            order = range(len(clusters))
        home = next((i for i in order if any(_related(c, o) for o in clusters[i].claims)), None)
        if home is None:
            home = len(clusters)
            clusters.append(_Cluster([c]))
        else:
            clusters[home].claims.append(c)
        for w in words:
            by_word.setdefault(w, set()).add(home)
        by_speaker.setdefault(c.subject_key, set()).add(home)
    return clusters


# ---------------------------------------------------------------- findings


def _cluster_key(cluster: Sequence[Claim], speaker_key: str) -> str:
    longest = max(cluster, key=lambda c: (len(c.normalized.key), c.normalized.key)).normalized.key
    return f"{speaker_key}|{hashlib.sha1(longest.encode()).hexdigest()[:12]}"


def _speaker(cluster: Sequence[Claim]) -> tuple[str, str]:
    named = [c for c in cluster if c.subject_key != _UNIDENTIFIED]
    if not named:
        return cluster[0].subject, cluster[0].subject_key
    counts: dict[str, int] = {}
    for c in named:
        counts[c.subject_key] = counts.get(c.subject_key, 0) + 1
    key = max(sorted(counts), key=lambda k: counts[k])
    return next(c.subject for c in named if c.subject_key == key), key


def _speaker_groups(cluster: Sequence[Claim]) -> list[list[Claim]]:
    groups: list[list[Claim]] = []
    for c in cluster:
        if c.subject_key == _UNIDENTIFIED:
            continue
        home = next((g for g in groups if _same_speaker(c, g[0])), None)
        if home is None:
            groups.append([c])
        else:
            home.append(c)
    return groups


def _speaker_conflict(cluster: Sequence[Claim], groups: list[list[Claim]], ctx: CompareContext) -> Finding:
    as_speaker = [
        ValueGroup(
            g[0].subject_key,
            [c.model_copy(update={"normalized": Normalized(key=g[0].subject_key, display=g[0].subject)}) for c in g],
        )
        for g in groups
    ]
    lead = max(cluster, key=lambda c: len(c.normalized.key))
    names = " / ".join(g[0].subject for g in groups)
    # Precision first: the speakers are a resolved key only when each is named next to the words in some
    # source; a speaker found through a pronoun, a role or the paragraph's previous speaker is inferred,
    # and one person's words given to another that way are a possible conflict to check.
    inferred = [g[0].subject for g in groups if all(c.confidence < CONFIDENCE_NAMED for c in g)]
    doubt = (
        f" {', '.join(inferred)} is found through a pronoun, a role or the previous speaker, not named with the"
        " words: a possible conflict to check, not asserted."
        if inferred
        else ""
    )
    confidence = min(c.confidence for c in cluster)
    return make_finding(
        ctx,
        status=Status.POSSIBLE_CONFLICT if inferred else Status.CONFLICT,
        kind="quote-speaker",
        subject=names,
        subject_key=_cluster_key(cluster, "speakers"),
        attribute="quote",
        groups=as_speaker,
        explanation=f"The same words (“{lead.value}”) are attributed to different people: "
        + "; ".join(f"{g[0].subject} ({', '.join(sorted({c.source_id for c in g}))})" for g in groups)
        + "."
        + doubt,
        confidence=min(confidence, POSSIBLE_CONFLICT_CONFIDENCE) if inferred else confidence,
        preferred=majority(as_speaker, ctx),
    )


# Relations of two wordings that are one remark as two transcripts give it, unless a vote says otherwise.
_MILD = ("slight", "reworded")


def _misquoted(g: ValueGroup, lead: ValueGroup, groups: Sequence[ValueGroup], ctx: CompareContext) -> bool:
    """One independent source words the remark differently from a wording that at least
    :data:`~factcheck.compare.findings.CORROBORATED_VOTE` other independent sources give word for word
    (the lead, or fragments of it that cover the changed words). Two transcripts of one spoken remark
    rarely agree word for word; when several outlets do, they copy one text (a statement, a release, a
    wire story), and the lone outlet that changes a word of it ("the work has begun" against "the work
    is underway") misquotes it."""
    size = len(comparison_words(g.key))
    verbatim = [
        h
        for h in groups
        if h is not g
        and len(comparison_words(h.key)) >= size
        and (h is lead or word_relation(h, lead)[0] in ("same", "fragment"))
        and word_relation(g, h)[0] in _MILD
    ]
    return outvoted(g.source_ids, [s for h in verbatim for s in h.source_ids], ctx)


def _unresolved(g: ValueGroup) -> bool:
    """Every quote of the wording is given to nobody: it cannot be told to misquote anyone."""
    return all(c.subject_key == _UNIDENTIFIED for c in g.claims)


def _wording_finding(cluster: Sequence[Claim], ctx: CompareContext) -> Finding:
    subject, speaker_key = _speaker(cluster)
    # The longest wording leads (fragments are measured against it); among equals, the most supported.
    groups = sorted(
        group_values(cluster),
        key=lambda g: (-len(comparison_words(g.key)), -ctx.independent(g.source_ids), g.key),
    )
    lead = groups[0]
    relations = [(g, *closest_relation(g, groups)) for g in groups[1:]]
    sources = sorted({c.source_id for c in cluster})
    n = ctx.independent(sources)
    confidence = min(c.confidence for c in cluster)
    diff = "\n".join(
        f"{', '.join(g.source_ids)}: {word_diff(lead.claims[0].normalized.key, g.key)}"
        for g, rel, _ in relations
        if rel in ("slight", "reworded", "changed", "meaning")
    )
    changed = [
        (g, rel)
        for g, rel, _ in relations
        if (rel in ("changed", "meaning") or (rel in _MILD and _misquoted(g, lead, groups, ctx)))
        and {ctx.group(s) for s in g.source_ids} != {ctx.group(s) for s in lead.source_ids}
        and not (_unresolved(g) or _unresolved(lead))
    ]
    cluster_key = _cluster_key(cluster, speaker_key)
    if changed:
        meaning = any(rel == "meaning" for _, rel in changed)
        finding = make_finding(
            ctx,
            subject=subject,
            subject_key=cluster_key,
            attribute="quote",
            status=Status.CONFLICT,
            kind="quote-wording",
            groups=groups,
            explanation=f"Sources quote {subject} with different words"
            + (" (a number, a negation or a name differs)" if meaning else "")
            + ": "
            + "; ".join(f"“{g.text}” ({', '.join(g.source_ids)})" for g in groups)
            + ".",
            confidence=confidence,
            preferred=majority(groups, ctx),
            diff=diff or None,
        )
        return finding if meaning else finding.model_copy(update={"severity": Severity.WARNING})
    status = Status.AGREEMENT if n >= 2 else Status.UNIQUE
    kinds = {rel for _, rel, _ in relations}
    if status == Status.UNIQUE:
        explanation = f"Only {sources[0]} quotes these words of {subject}."
    elif kinds & {"reworded", "changed", "meaning"}:
        explanation = (
            f"{n} independent sources quote {subject} consistently; the outlets word the remark differently "
            "(see the diff; no number, negation or name changed), as two transcripts of one remark often are."
        )
    elif "slight" in kinds:
        explanation = (
            f"{n} independent sources quote {subject} consistently; the quote is worded slightly differently "
            "(a few words, no number, negation or name changed), as two transcripts of one remark often are."
        )
    elif "fragment" in kinds:
        explanation = f"{n} independent sources quote {subject} consistently (a fragment agrees with the longer quote)."
    else:
        explanation = f"{n} independent sources quote {subject} in the same words."
    return make_finding(
        ctx,
        subject=subject,
        subject_key=cluster_key,
        attribute="quote",
        status=status,
        kind=f"quote-{status.value}",
        groups=groups,
        explanation=explanation,
        confidence=confidence,
        diff=diff or None,
    )


def _cross_source(groups: list[list[Claim]], ctx: CompareContext) -> bool:
    """Two speaker groups have claims from different independent sources."""
    return any(
        ctx.group(a.source_id) != ctx.group(b.source_id)
        for i, g in enumerate(groups)
        for h in groups[i + 1 :]
        for a in g
        for b in h
    )


def quote_findings(claims: Sequence[Claim], ctx: CompareContext, blocked: bool = True) -> list[Finding]:
    """Findings on every quotation of ``claims`` (all speakers), one per cluster of wordings."""
    out: list[Finding] = []
    for cluster in _clusters(claims, blocked):
        speakers = _speaker_groups(cluster.claims)
        if len(speakers) >= 2 and _cross_source(speakers, ctx):
            out.append(_speaker_conflict(cluster.claims, speakers, ctx))
        elif len(speakers) >= 2:  # one article quoting two people alike: judge each speaker's wording
            for g in speakers:
                out.append(_wording_finding(g, ctx))
        else:
            out.append(_wording_finding(cluster.claims, ctx))
    return out
