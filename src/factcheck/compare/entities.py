"""Findings for facts about a person or a relationship, not one event: name spellings, titles, labels.

A person's name (someone not in the reference data), title or nationality differing between sources is a
``conflict`` only when a source vote decides it, as for any proper name (``proper-name.v1``): one
independent source (syndicated copies count once) against at least ``CORROBORATED_VOTE`` others; or one
text that states both values (a page spelling a name two ways, a copy changing its original); or a full
name written alike but for one letter of one word (:mod:`factcheck.compare.name_slip`). One source
against one, or two corroborated values, is a ``possible-conflict``: outlets romanise an unfamiliar name
their own way, give one post two names ("vice" and "deputy"), or name two namesakes, and nothing tells
which. A known person's misspelling stays a conflict: the reference data knows the spelling. On the
judged pools (issue #10) the vote alone demotes two look-alikes one against one (given names run
together; two offices) and keeps every real name conflict: two of them were one page (or one page's
two spellings) against one other, which the one-text rule keeps.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.compare.certainty import POSSIBLE_CONFLICT_CONFIDENCE
from factcheck.compare.context import CompareContext
from factcheck.compare.findings import CORROBORATED_VOTE, block_finding, majority, make_finding, outvoted, vote
from factcheck.compare.frames import FRAME_GAP_DAYS
from factcheck.compare.name_slip import one_letter_slip
from factcheck.compare.sameness import one_report
from factcheck.compare.surname_titles import attach_family_names, family_name_alone
from factcheck.compare.values import ValueGroup, compatible, group_values, side_sources
from factcheck.models import Claim, Finding, Preferred, Status
from factcheck.normalize.people import family_initials, person_identity, same_person_spelling, short_surname_slip

__all__ = ["TITLE_CONFLICT_CONFIDENCE", "label_findings", "name_findings"]

# Confidence of one office given for two different places or bodies of one person at one time: the
# title extractor's own confidence is 0.9-1.0, and a title read with its place ("Prime Minister of
# Spain") is rarely misread, but the person may have been confused with a namesake.
TITLE_CONFLICT_CONFIDENCE = 0.8


def _agreement_or_unique(groups: Sequence[ValueGroup], ctx: CompareContext, first: Claim, what: str) -> Finding:
    sources = sorted({s for g in groups for s in g.source_ids})
    n = ctx.independent(sources)
    status = Status.AGREEMENT if n >= 2 else Status.UNIQUE
    explanation = (
        f"{n} independent sources agree on {what}."
        if status == Status.AGREEMENT
        else f"Only {sources[0]} gives {what}."
    )
    return block_finding(
        ctx,
        first,
        status=status,
        kind=f"{first.compare_as.value}-{status.value}",
        groups=groups,
        explanation=explanation,
        confidence=min(c.confidence for g in groups for c in g.claims),
    )


def _one_person(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """Two (spelling, role) mentions can be one person: spellings of one name, or a short family name
    misspelt when the given names and the role agree (:func:`short_surname_slip`)."""
    if same_person_spelling(a[0], b[0]) is not None:
        return True
    return a[1] is not None and a[1] == b[1] and short_surname_slip(a[0], b[0])


def _first_fitting(
    name: tuple[str, str | None], people: Sequence[Sequence[tuple[str, str | None]]], by_initial: dict[str, list[int]]
) -> int | None:
    """The first of ``people`` (each a list of spellings with roles) every spelling of which can be
    ``name``, among those sharing a blocking key with it (:func:`family_initials`, cached per name)."""
    candidates = sorted({i for k in family_initials(name[0]) for i in by_initial.get(k, ())})
    return next((i for i in candidates if all(_one_person(name, o) for o in people[i])), None)


def _cluster_names(names: Sequence[tuple[str, str | None]]) -> list[int]:
    """Each (name, role)'s cluster index: spellings that can be one person go together (first fit)."""
    people: list[list[tuple[str, str | None]]] = []
    by_initial: dict[str, list[int]] = {}
    out = []
    for name in names:
        home = _first_fitting(name, people, by_initial)
        if home is None:
            home = len(people)
            people.append([])
        people[home].append(name)
        for k in family_initials(name[0]):
            if home not in by_initial.setdefault(k, []):
                by_initial[k].append(home)
        out.append(home)
    return out


def _role(group: ValueGroup) -> str | None:
    """The role the sources of one spelling give the person (the first one given)."""
    return next((c.normalized.base for c in group.claims if c.normalized.base), None)


def _spelling_clusters(groups: Sequence[ValueGroup]) -> list[list[ValueGroup]]:
    """Spellings of unknown people that can be one person (never two people with different names)."""
    clusters: list[list[ValueGroup]] = []
    for g, home in zip(groups, _cluster_names([(g.display, _role(g)) for g in groups]), strict=True):
        if home == len(clusters):
            clusters.append([])
        clusters[home].append(g)
    return clusters


def name_findings(block: Sequence[Claim], ctx: CompareContext) -> list[Finding]:
    """One person's name spelt differently across sources."""
    groups = group_values(block)
    first = block[0]
    known = first.normalized.entity is not None
    clusters = [groups] if known else _spelling_clusters(groups)
    out: list[Finding] = []
    for cluster in clusters:
        lead = cluster[0].claims[0]
        subject = first.subject if known else lead.normalized.display
        misspelt = [g for g in cluster if g.claims[0].normalized.variant == "misspelling"]
        if (
            len(cluster) == 1
            or (known and not misspelt)
            or (
                not known
                and all(
                    same_person_spelling(a.display, b.display) == "transliteration"
                    for a in cluster
                    for b in cluster
                    if a is not b
                )
            )
        ):
            out.append(_agreement_or_unique(cluster, ctx, lead, f"the spelling of {subject}"))
            continue
        if known:
            correct = first.subject
            users = sorted({s for g in cluster if g.display == correct for s in g.source_ids})
            preferred: Preferred | None = Preferred(
                value=correct,
                reason=f"the known spelling of this person (reference data); used by {ctx.independent(users)} of "
                f"{ctx.independent(sorted({s for g in cluster for s in g.source_ids}))} independent sources",
                votes=tuple(vote(cluster, ctx)),
            )
            explanation = (
                f"{', '.join(g.display for g in misspelt)} is a misspelling of {correct}, a known person; "
                "a name does not depend on the event, so this is a conflict whatever the dates."
            )
        else:
            preferred = majority(cluster, ctx)
            decided = _name_vote(cluster, ctx)
            explanation = (
                "One person's name is spelt differently: "
                + "; ".join(f"{g.display} ({', '.join(g.source_ids)})" for g in cluster)
                + ". The spellings differ by more than a transliteration"
                + (f": {decided}." if decided else f"; {_no_vote(cluster, ctx, 'one person')}")
            )
        out.append(
            make_finding(
                ctx,
                status=Status.CONFLICT if known or decided else Status.POSSIBLE_CONFLICT,
                kind="name-spelling",
                subject=subject,
                subject_key=f"{first.subject_key}|{lead.normalized.key}" if not known else first.subject_key,
                attribute=first.attribute,
                groups=cluster,
                explanation=explanation,
                confidence=min(c.confidence for g in cluster for c in g.claims)
                if known or decided
                else POSSIBLE_CONFLICT_CONFIDENCE,
                preferred=preferred,
            )
        )
    return out


def _spelling_agrees(a: ValueGroup, b: ValueGroup) -> bool:
    return same_person_spelling(a.display, b.display) in ("same", "transliteration")


def _name_vote(cluster: Sequence[ValueGroup], ctx: CompareContext) -> str | None:
    """Why an unknown person's differing spellings are a conflict, as a clause; None when no vote decides.

    A spelling that one independent source alone writes against one that at least CORROBORATED_VOTE
    other independent sources write (transliterations of each counted with it) is a slip. So is one text
    (a source, or a syndicated copy and its original) that writes both: one page has one house style, so
    its two spellings cannot both be meant. One source against one, or two corroborated spellings, may be
    two outlets' ways of writing an unfamiliar name (a romanisation, given names run together) that no
    list knows: only a possible conflict."""
    for a in cluster:
        for b in cluster:
            if a is b or _spelling_agrees(a, b):
                continue
            shared = {ctx.group(s) for s in a.source_ids} & {ctx.group(s) for s in b.source_ids}
            if shared:
                text = sorted({s for s in (*a.source_ids, *b.source_ids) if ctx.group(s) in shared})
                who = text[0] if len(text) == 1 else f"{', '.join(text)} (syndicated copies of one text)"
                return f"one text writes both {a.display} and {b.display}: {who}"
            common = side_sources(b, cluster, _spelling_agrees)
            if outvoted(side_sources(a, cluster, _spelling_agrees), common, ctx):
                return (
                    f"{a.display} is written by one independent source, {b.display} by "
                    f"{ctx.independent(common)} independent sources"
                )
    if len(cluster) == 2 and one_letter_slip(cluster[0].display, cluster[1].display):
        # One against one: no vote says which is right, but both cannot be (see ONE_LETTER_MIN_LENGTH).
        return (
            f"{cluster[0].display} and {cluster[1].display} differ by one letter of one word, the rest written"
            " alike, so one of them is a slip (no source vote says which)"
        )
    return None


def _no_vote(groups: Sequence[ValueGroup], ctx: CompareContext, what: str) -> str:
    """Why a difference of a person's name or title is only a possible conflict: no source vote decides."""
    corroborated = [g for g in groups if ctx.independent(g.source_ids) >= CORROBORATED_VOTE]
    if len(corroborated) >= 2:
        why = f"each is given by {CORROBORATED_VOTE} or more independent sources, so neither is a lone slip"
    else:
        why = "one independent source gives each and no third source decides which is right"
    return f"no source vote decides ({why}): check whether they are {what}."


def _far_apart(a: ValueGroup, b: ValueGroup, ctx: CompareContext) -> bool:
    da = [ctx.published(s) for s in a.source_ids]
    db = [ctx.published(s) for s in b.source_ids]
    if None in da or None in db:
        return False
    return all(abs((x - y).days) > FRAME_GAP_DAYS for x in da for y in db if x is not None and y is not None)


def _people_of_block(block: Sequence[Claim]) -> list[tuple[list[Claim], str, str]]:
    """An unknown person's block (keyed by the family name's initial, see ``title_subject_key``) split
    into people: the claims of spellings that can be one person (a misspelt family name, a
    transliteration) go together, two people sharing initials or a family name stay apart; a family
    name alone joins the one person so named (:mod:`.surname_titles`). Each with the name most sources
    write and its identity key."""
    first = block[0]
    if not first.subject_key.startswith("unknown:"):
        return [(list(block), first.subject, first.subject_key)]
    people: list[list[Claim]] = []
    ordered = sorted(block, key=lambda c: (c.source_id, c.evidence.start))
    named = [c for c in ordered if not family_name_alone(c)]
    for c, home in zip(named, _cluster_names([(c.subject, c.normalized.base) for c in named]), strict=True):
        if home == len(people):
            people.append([])
        people[home].append(c)
    out: list[tuple[list[Claim], str, str]] = []
    for claims in attach_family_names(people, [c for c in ordered if family_name_alone(c)]):
        counts: dict[str, set[str]] = {}
        for c in claims:
            counts.setdefault(c.subject, set()).add(c.source_id)
        name = max(counts, key=lambda n: len(counts[n]))  # ties: the first seen
        out.append((claims, name, f"unknown:{person_identity(name)}"))
    return out


def _plural(attribute: str) -> str:
    return "nationalities" if attribute == "nationality" else f"{attribute}s"


def title_findings(block: Sequence[Claim], ctx: CompareContext) -> list[Finding]:
    """Titles (or nationalities) of one person: compatible titles agree; different titles at the same
    time conflict; titles from far-apart dates are distinct events (the person's role may have changed)."""
    out: list[Finding] = []
    for claims, subject, key in _people_of_block(block):
        renamed = [c.model_copy(update={"subject": subject, "subject_key": key}) for c in claims]
        out.extend(_person_title_findings(renamed, ctx))
    return out


def _person_title_findings(block: Sequence[Claim], ctx: CompareContext) -> list[Finding]:
    groups = group_values(block)
    first = block[0]
    clash = [
        (a, b)
        for i, a in enumerate(groups)
        for b in groups[i + 1 :]
        if not compatible(a.claims[0], b.claims[0])
        and any(ctx.can_disagree(x, y) for x in a.source_ids for y in b.source_ids)
    ]
    if not clash:
        return [_agreement_or_unique(groups, ctx, first, f"the title of {first.subject}")]
    if all(_far_apart(a, b, ctx) for a, b in clash):
        return [
            block_finding(
                ctx,
                first,
                status=Status.DISTINCT_EVENTS,
                kind="title-changed",
                groups=groups,
                explanation=f"{first.subject} is given different {_plural(first.attribute)} in articles published at "
                "different times; the role may have changed.",
                confidence=0.8,
            )
        ]
    # Two kinds of office (different head nouns: "Deputy Prime Minister" and "Acting President", "Chief
    # Executive" and "President") are often held at once, or are two names of one post: a possible
    # conflict. One kind of office misstated ("Finance Minister" / "Foreign Minister", "Prime Minister of
    # Spain" / "of Portugal") cannot be two roles at once: a conflict.
    two_roles = first.attribute == "title" and all(_two_offices(a, b) for a, b in clash)
    # One kind of office misstated is a conflict when the source vote is clear (_title_vote); else the
    # two may be two names of one post ("vice" and "deputy") or two people of one name.
    decided = None if two_roles else _title_vote(clash, groups, ctx)
    what = "one person" if first.attribute == "nationality" else "one person and one post under two names"
    return [
        block_finding(
            ctx,
            first,
            status=Status.CONFLICT if decided else Status.POSSIBLE_CONFLICT,
            kind="nationality-mismatch" if first.attribute == "nationality" else "title-mismatch",
            groups=groups,
            explanation=f"Sources give {first.subject} different {_plural(first.attribute)}: "
            + "; ".join(f"{g.display} ({', '.join(g.source_ids)})" for g in groups)
            + (
                ". These are different offices, which one person can hold at once: check which is meant."
                if two_roles
                else f": {decided}."
                if decided
                else f"; {_no_vote(groups, ctx, what)}"
            ),
            confidence=TITLE_CONFLICT_CONFIDENCE if decided else POSSIBLE_CONFLICT_CONFIDENCE,
            preferred=majority(groups, ctx),
        )
    ]


def _titles_agree(a: ValueGroup, b: ValueGroup) -> bool:
    return compatible(a.claims[0], b.claims[0])


def _title_vote(
    clash: Sequence[tuple[ValueGroup, ValueGroup]], groups: Sequence[ValueGroup], ctx: CompareContext
) -> str | None:
    """Why a clashing pair of titles (or nationalities) is decided by the source vote, as a clause: one
    independent source against at least CORROBORATED_VOTE others (the titles compatible with each counted
    with it), or a syndicated copy that changes its original's title (one text changed, not another
    reading). None when no pair is decided."""
    for a, b in clash:
        sa, sb = side_sources(a, groups, _titles_agree), side_sources(b, groups, _titles_agree)
        for (lone, sl), (common, sc) in (((a, sa), (b, sb)), ((b, sb), (a, sa))):
            if outvoted(sl, sc, ctx):
                return (
                    f"{lone.display} is given by one independent source, {common.display} by "
                    f"{ctx.independent(sc)} independent sources"
                )
        if one_report(a, b, ctx):
            return "a syndicated copy and its original give different ones: one text changed"
    return None


def _two_offices(a: ValueGroup, b: ValueGroup) -> bool:
    """The two titles name different kinds of office: their head nouns (last words) differ."""
    na, nb = a.claims[0].normalized, b.claims[0].normalized
    head_a, head_b = ((n.base or n.key).lower().split() or [""] for n in (na, nb))
    return head_a[-1] != head_b[-1]


def label_findings(block: Sequence[Claim], ctx: CompareContext) -> list[Finding]:
    """Labels ("no limits", "new era") and a person's roles ("commander") are many per subject: each
    agrees or stands alone (named by the attribute: "the label ...", "the role ...")."""
    out = []
    for g in group_values(block):
        out.append(_agreement_or_unique([g], ctx, g.claims[0], f"the {g.claims[0].attribute} “{g.display}”"))
    return out
