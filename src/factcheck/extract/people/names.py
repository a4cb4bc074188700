"""People's names, titles and nationalities.

What: ``name.v1`` — the spelling of each person's full name, once per spelling per article;
``title.v1`` — the title an article gives a person ("Chinese President Xi Jinping" -> President of China),
and the nationality it gives a person who has no title with a country ("the Kenyan Amos Keter",
"Norwegian skier Ola Berg", "Chile's Ana Soto" -> attribute "nationality", Kenyan / Norwegian / Chilean).

Why: a misspelt name of a known person is a correction an editor must make; the same person given two
different titles by two sources is a fact to check. Both belong to the person, not to one event.

Example: "US Secretary of State Anthony Blinken" gives a name claim (Anthony Blinken, a misspelling
of the known Antony Blinken) and a title claim (Secretary of State of the United States).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.extract.base import ArticleContext
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Scope
from factcheck.normalize.people import PersonMention, person_block
from factcheck.normalize.reference import countries, country_after, country_by_word, fold, people, title_words

__all__ = [
    "NameExtractor",
    "TitleExtractor",
    "name_subject_key",
    "nationality_before",
    "title_display",
    "title_subject_key",
]


def title_display(role: str, country: str | None) -> str:
    if country is None:
        return role
    the = "the " if country in _THE_COUNTRIES else ""
    return f"{role} of {the}{country}"


_THE_COUNTRIES = frozenset({"United States", "United Kingdom", "Netherlands", "Philippines", "United Arab Emirates"})


def name_subject_key(m: PersonMention) -> str:
    """Where a name claim is compared: a known person's id; for an unknown person a block of possible
    spellings of one name (:func:`~factcheck.normalize.people.person_block`), so that a misspelt or
    transliterated family name ("Niyonzma", "Gnatenko") meets the other spellings."""
    return m.key if m.known else f"unknown:{person_block(m.canonical)}"


def title_subject_key(m: PersonMention) -> str:
    """Where a title claim is compared: for an unknown person, the block of the family name's initial
    (its transliteration key's), which holds every spelling of the person's full name (a misspelt family
    name meets the right one) and the family name written alone ("Governor Hnatenko" in an article that
    never gives the full name); the comparison splits the block into people, never joining two people
    who share a family name (Governor Oleksandr and Deputy Governor Iryna Hnatenko), see
    :func:`factcheck.compare.entities.title_findings`."""
    return m.key if m.known else f"unknown:{person_block(m.canonical).split()[-1]}"


class NameExtractor:
    """Spelling of each person's full name (see module docstring)."""

    id = "name.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        seen: set[tuple[str, str]] = set()
        # The role the article gives each spelling anywhere ("Mayor Ann Roe ... Ann Roe said"): the
        # comparison joins a misspelt short family name to the right one only when the roles agree.
        roles: dict[str, str] = {}
        for m in ctx.people:
            if m.full and m.role is not None:
                roles.setdefault(fold(m.text), m.role)
        for m in ctx.people:
            if not m.full or (m.key, fold(m.text)) in seen:
                continue
            seen.add((m.key, fold(m.text)))
            sentence = ctx.sentence_at(m.start)
            if sentence is None:
                continue
            spelled = m.canonical if m.variant in ("canonical", "transliteration") else m.text
            yield ctx.make_claim(
                extractor=self.id,
                kind=ClaimKind.NAME,
                subject=m.canonical,
                subject_key=name_subject_key(m),
                attribute="name spelling",
                start=m.start,
                end=m.end,
                sentence=sentence,
                normalized=Normalized(
                    key=fold(spelled),
                    display=spelled,
                    entity=m.key if m.known else None,
                    variant=m.variant,
                    base=roles.get(fold(m.text)),
                ),
                compare_as=CompareAs.NAME,
                scope=Scope.ENTITY,
                confidence=1.0 if m.known else 0.8,
            )


class TitleExtractor:
    """Title or role given to a person (see module docstring)."""

    id = "title.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        known_roles = {p.id: dict(p.roles) for p in people()}
        for m in ctx.people:
            if m.role is None or m.title_start is None:
                continue
            sentence = ctx.sentence_at(m.start)
            if sentence is None:
                continue
            # A title without a country takes the country the reference data gives that person for
            # that role ("Secretary of State Antony Blinken" -> of the United States).
            country = m.country or known_roles.get(m.key, {}).get(m.role)
            display = title_display(m.role_display or m.role, country)
            yield ctx.make_claim(
                extractor=self.id,
                kind=ClaimKind.TITLE,
                subject=m.canonical,
                subject_key=title_subject_key(m),
                attribute="title",
                value=_strip_article(m.title_text),
                start=min(m.title_start, m.start),
                end=max(m.end, m.title_end or m.end),
                sentence=sentence,
                normalized=Normalized(
                    key=fold(display),
                    display=display,
                    entity=m.key if m.known else None,
                    base=m.role,
                    qualifier=country,
                ),
                compare_as=CompareAs.TEXT,
                scope=Scope.ENTITY,
                confidence=1.0 if m.country else 0.9,
            )
        yield from _nationality_claims(ctx, self.id)


@cache
def _nationality_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """A nationality right before a name: an adjective, maybe followed by one person noun ("Kenyan
    runner "), or a country's possessive right before the name ("Kenya's " -- with a noun between it
    is an affiliation: "Brazil's coach X" need not be Brazilian). The map gives each written form its
    country and the adjective shown."""
    adjectives: dict[str, tuple[str, str]] = {}
    possessives: dict[str, tuple[str, str]] = {}
    for c in countries():
        if not c.adjectives:
            continue
        shown = c.adjectives[0]
        for adj in c.adjectives:
            adjectives.setdefault(adj, (c.name, shown))
        for name in (c.name, *c.aliases):
            possessives.setdefault(f"{name.removeprefix('the ')}'s", (c.name, shown))

    def alternation(forms: dict[str, tuple[str, str]]) -> str:
        return "|".join(re.escape(f).replace("'", "['’]") for f in sorted(forms, key=lambda f: (-len(f), f)))

    nouns = "|".join(re.escape(n) for n in sorted(title_words()["person_nouns"], key=lambda n: (-len(n), n)))
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<nat>{alternation(adjectives)})\s+(?:(?i:{nouns})\s+)?|(?P<nat2>{alternation(possessives)})\s+)$"
    )
    return pattern, {**adjectives, **possessives}


# A nationality stands within this many characters before the name ("Ethiopian marathon runner ").
NATIONALITY_WINDOW = 40


def nationality_before(text: str, start: int, lo: int) -> tuple[str, str, str, int, int] | None:
    """The nationality written right before ``text[start:]`` (not before ``lo``): (country, adjective,
    as written, and the span of the written form), else None."""
    pattern, forms = _nationality_pattern()
    m = pattern.search(text, max(lo, start - NATIONALITY_WINDOW), start)
    if m is None:
        return None
    group = "nat" if m.group("nat") is not None else "nat2"
    country, shown = forms[m.group(group).replace("’", "'")]
    return country, shown, m.group(group), m.start(), m.end(group)


def _country_after(text: str, end: int, stop: int) -> tuple[str, str, str, int, int] | None:
    """ "Amos Keter of Kenya": the country after the name, as :func:`nationality_before` gives it."""
    m = country_after().match(text, end, stop)
    if m is None:
        return None
    country = country_by_word()[m.group("country")]
    shown = next((c.adjectives[0] for c in countries() if c.name == country and c.adjectives), country)
    return country, shown, m.group("country"), m.start("country"), m.end()


def _nationality_claims(ctx: ArticleContext, extractor: str) -> Iterator[Claim]:
    seen: set[tuple[str, str]] = set()
    for m in ctx.people:
        if m.country is not None or (m.title_start is not None and m.title_start < m.start):
            continue  # a title before the name holds the country ("Kenyan Interior Minister X")
        sentence = ctx.sentence_at(m.start)
        if sentence is None:
            continue
        found = nationality_before(ctx.text, m.start, sentence.start) or _country_after(ctx.text, m.end, sentence.end)
        if found is None or (m.key, found[0]) in seen:
            continue
        seen.add((m.key, found[0]))
        country, shown, written, at, until = found
        yield ctx.make_claim(
            extractor=extractor,
            kind=ClaimKind.TITLE,
            subject=m.canonical,
            subject_key=title_subject_key(m),
            attribute="nationality",
            value=written,
            start=min(at, m.start),
            end=max(until, m.end),
            sentence=sentence,
            normalized=Normalized(key=fold(country), display=shown, entity=m.key if m.known else None),
            compare_as=CompareAs.TEXT,
            scope=Scope.ENTITY,
            confidence=0.8,
        )


def _strip_article(text: str | None) -> str | None:
    """The title without a leading article ("the chairman", "a spokesperson" -> the role words)."""
    if text is not None:
        return re.sub(r"^(?i:the|an?)\s+", "", text)
    return text
