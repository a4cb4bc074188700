"""Direct quotes and who said them.

What: ``quote.v1`` — every direct quote (“…”, "…", and ‘…’ when it is clearly a quote) with its speaker:
"X said, “…”", "“…,” X said", "“…,” said X", "X told Y, “…”", "…, according to X", "X's remarks, where
he emphasized the need to “…”", "He continued, “…”" (the pronoun resolved to the last speaker),
"X, the mayor, said: “…”", "“…,” X's statement said" (the statement is the person's). A short fragment
explicitly attributed to a speaker is a partial quote of that speaker.

Why: a quote given to the wrong person, or with a changed word, is a correction an editor must make. Quoted
words that nobody is said to have spoken (scare quotes, 1-5 words) are labels, not quotes (see
:mod:`factcheck.extract.quotes.label`, which uses :func:`attributed_quotes` from here).

Example: ‘“We are ready,” Mayor Anna Berg said.’ -> a quote claim, subject "Anna Berg", value "We are ready";
‘their “special” bond’ -> no quote (a label).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.base import ArticleContext
from factcheck.extract.quotes._quotation import (
    ACCORDING,
    APPOSED_GAP,
    APPOSED_VERB,
    CLAUSE_END,
    COORDINATED,
    DESCRIBED_SUBJECT,
    FRONTED_PHRASE,
    GAP_THEN_VERB,
    NAME_COLON,
    NAME_FIRST,
    PARTICIPLE_CLAUSE,
    PLURAL_BEFORE,
    PLURAL_JOIN,
    PLURAL_VERB,
    POSSESSIVE_NOUN,
    PRONOUN_AFTER,
    PRONOUN_BEFORE,
    ROLE_AFTER,
    ROLE_BEFORE,
    ROLE_IN,
    SPEECH_CUE,
    SUBJECT_GAP,
    THIRD_PERSON,
    TITLE_PREFIX,
    VERB_FIRST,
    WORK_TITLE,
    QuoteSpan,
    find_quote_spans,
    quote_key,
    speech_subjects,
    title_case,
)
from factcheck.limits import text_before
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Scope
from factcheck.normalize.people import PersonMention
from factcheck.normalize.reference import role_by_form
from factcheck.segment import Sentence

__all__ = [
    "LABEL_MAX_WORDS",
    "UNIDENTIFIED_KEY",
    "Attribution",
    "QuoteExtractor",
    "QuoteSpan",
    "attributed_quotes",
    "find_quote_spans",
    "quote_key",
    "title_case",
]

# Unattributed quoted words up to this length are labels or scare quotes ("no limits", "new era");
# longer ones are speech whose speaker the text does not name (headline style "1-5 words").
LABEL_MAX_WORDS = 5
# How far before the opening mark a speech verb may stand and still introduce the quote: long enough
# for "X told reporters at a joint news briefing late on the last day of the long trip abroad, standing
# beside her host, that the plan “…”" (~130 chars).
BEFORE_WINDOW = 160
# How far after the closing mark the attribution ("…,” said the city's mayor, Anna Berg") may reach.
AFTER_WINDOW = 120
# "He continued" refers to a speaker named at most this many sentences earlier.
PRONOUN_LOOKBACK_SENTENCES = 3
# A person who opens a sentence (its grammatical subject) stays the antecedent of a later "he"/"she" for longer,
# when nobody else has been a subject since: a race report names the winner, lists his splits in a few bullet
# lines mentioning the runner-up in passing, then quotes "he".
SUBJECT_LOOKBACK_SENTENCES = 5  # sentences that refer to a person by "he"/"his" keep the chain: not counted
# Confidence by how the speaker was found: named next to the quote; through a pronoun; by the
# convention that an unattributed quote continues the previous speaker of the paragraph; not found.
CONFIDENCE_NAMED = 1.0
CONFIDENCE_PRONOUN = 0.85
CONFIDENCE_PRONOUN_GUESS = 0.6  # "she" after sentences naming several people: the last one named
CONFIDENCE_CONTINUATION = 0.8
CONFIDENCE_UNIDENTIFIED = 0.5

UNIDENTIFIED_KEY = "speaker:unidentified"
UNIDENTIFIED_SUBJECT = "unidentified speaker"


@dataclass(frozen=True)
class Attribution:
    """Who a quote is given to: a person, several people (``plural``), or nobody named."""

    speaker: PersonMention | None
    plural: bool
    how: str  # named | pronoun | role | continuation | plural | none
    confidence: float


class _Speakers:
    """Attribution of the quotations of one article, in text order."""

    def __init__(self, ctx: ArticleContext, spans: list[QuoteSpan]) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.spans = spans
        found = sorted([*ctx.people, *speech_subjects(ctx)], key=lambda m: m.start)
        self.mentions = [m for m in found if not any(q.open < m.start < q.close for q in spans)]
        self.last: tuple[PersonMention, int] | None = None  # last speaker and its sentence index

    def sentence(self, offset: int) -> Sentence:
        """The sentence at ``offset``, joined to the sentences before it that do not end a clause
        (the segmenter may cut before a quotation mark that opens a wrapped line)."""
        found = self.ctx.sentence_at(offset)
        if found is None:
            found = min(self.ctx.sentences, key=lambda s: abs(s.start - offset))
        while found.index > 0:
            prev = self.ctx.sentences[found.index - 1]
            wrapped = self.text[prev.end : found.start] == "\n"  # a hard-wrapped line, not a paragraph
            if (prev.paragraph != found.paragraph and not wrapped) or CLAUSE_END.search(prev.text):
                break
            found = Sentence(prev.start, found.end, self.text[prev.start : found.end], prev.paragraph, prev.index)
        return found

    def resolve_pronoun(self, pos: int, sentence: Sentence) -> tuple[PersonMention | None, float]:
        """Who a "he"/"she" at ``pos`` is, and how sure: a person named as a subject earlier in the sentence, else a
        role named there ("After the mayor lost her seat, she said": its one holder, or nobody), else the last
        speaker, else (less sure) the last person named within :data:`PRONOUN_LOOKBACK_SENTENCES`."""
        same = [m for m in self.mentions if sentence.start <= m.start < pos and self._subject_position(m, sentence)]
        if same:
            return same[0], CONFIDENCE_PRONOUN
        if (role := ROLE_IN.search(self.text[sentence.start : pos])) is not None:
            return (held.speaker, held.confidence) if (held := self.by_role(role.group("role"), pos)) else (None, 0.0)
        # A person reported speaking after the last quoted speaker ("Governor X ... said the ferry was licensed
        # for 60. “…,” she said") is the nearer antecedent. So is one who opens a sentence after it and is the
        # last person named ("Speaker X closed the session. “…,” she said").
        last_named = next((m.key for m in reversed(self.mentions) if m.start < sentence.start), None)
        speaking = [
            m
            for m in self.mentions
            if m.start < sentence.start
            and (self.last is None or self.sentence(m.start).index > self.last[1])
            and sentence.index - self.sentence(m.start).index <= PRONOUN_LOOKBACK_SENTENCES
            and (GAP_THEN_VERB.match(self.text, m.end) is not None or (self._opens_sentence(m) and m.key == last_named))
        ]
        if speaking:
            return speaking[-1], CONFIDENCE_PRONOUN
        if self.last is not None and sentence.index - self.last[1] <= PRONOUN_LOOKBACK_SENTENCES:
            return self.last[0], CONFIDENCE_PRONOUN
        subjects = [
            m
            for m in self.mentions
            if m.start < sentence.start
            and self._chain_distance(self.sentence(m.start).index, sentence.index) <= SUBJECT_LOOKBACK_SENTENCES
            and self._opens_sentence(m)
        ]
        if subjects:
            near = sentence.index - self.sentence(subjects[-1].start).index <= PRONOUN_LOOKBACK_SENTENCES
            return subjects[-1], CONFIDENCE_PRONOUN if near else CONFIDENCE_PRONOUN_GUESS
        earlier = [
            m
            for m in self.mentions
            if m.start < sentence.start and sentence.index - self.sentence(m.start).index <= PRONOUN_LOOKBACK_SENTENCES
        ]
        if not earlier:
            return None, 0.0
        spoke = GAP_THEN_VERB.match(self.text, earlier[-1].end) is not None  # "Kovač, 38, said …"
        return earlier[-1], CONFIDENCE_PRONOUN if spoke else CONFIDENCE_PRONOUN_GUESS

    def by_role(self, written: str, pos: int) -> Attribution | None:
        """The person a role refers to ("the governor told reporters"): the one person of the article
        given that role before ``pos`` (a Deputy Governor is not "the governor")."""
        role = role_by_form().get(written.lower())
        holders = {m.key: m for m in self.ctx.people if m.role == role and m.start < pos}
        if role is None or len(holders) != 1:
            return None
        return Attribution(next(iter(holders.values())), False, "role", CONFIDENCE_PRONOUN)

    def _subject_position(self, m: PersonMention, sentence: Sentence) -> bool:
        """The mention opens its sentence (after titles) or is possessive ("Xi's remarks, where he")."""
        possessive = self.text[m.end : m.end + 2] in ("'s", "’s")
        return possessive or TITLE_PREFIX.fullmatch(self.text[sentence.start : m.start]) is not None

    def _chain_distance(self, first: int, last: int) -> int:
        """Sentences after ``first`` up to ``last`` that do not refer to a person by a pronoun."""
        return sum(1 for s in self.ctx.sentences[first + 1 : last + 1] if not THIRD_PERSON.search(s.text))

    def _opens_sentence(self, m: PersonMention) -> bool:
        """The mention is its sentence's subject: only titles and descriptions stand before it."""
        found = self.ctx.sentence_at(m.start)
        if found is None:
            return False
        head = FRONTED_PHRASE.sub("", self.text[found.start : m.start], count=1)
        return TITLE_PREFIX.fullmatch(head) is not None or DESCRIBED_SUBJECT.match(head) is not None

    def _plural(self, m: PersonMention) -> bool:
        before = [o for o in self.mentions if o.end <= m.start and o.end >= m.start - 30]
        joined = bool(before) and PLURAL_JOIN.match(self.text[before[-1].end : m.start]) is not None
        return joined or PLURAL_VERB.match(self.text[m.end : m.end + 6]) is not None

    def _person(self, m: PersonMention, how: str) -> Attribution:
        if self._plural(m):
            return Attribution(None, True, "plural", CONFIDENCE_NAMED)
        return Attribution(m, False, how, CONFIDENCE_NAMED if how == "named" else CONFIDENCE_PRONOUN)

    def _pronoun(self, pronoun: str, pos: int, sentence: Sentence) -> Attribution | None:
        if pronoun.lower() in ("they", "we"):
            return Attribution(None, True, "plural", CONFIDENCE_NAMED)
        who, confidence = self.resolve_pronoun(pos, sentence)
        return None if who is None else Attribution(who, False, "pronoun", confidence)

    def _can_be_subject(self, m: PersonMention, cue: int) -> bool:
        """Whether the name ``m`` can be the subject of the speech word at ``cue``: only a subject gap
        between them, or an apposition after a comma."""
        gap = self.text[m.end : cue]
        if SUBJECT_GAP.fullmatch(gap):
            return True
        return APPOSED_GAP.fullmatch(gap) is not None and text_before(self.text, m.start).rstrip().endswith(",")

    def subject_of(self, cue: int, sentence: Sentence) -> Attribution | None:
        """The speaker of a speech verb or noun at ``cue``: a person, a pronoun or a plural subject."""
        head = self.text[sentence.start : cue]
        candidates: list[tuple[int, Attribution | None]] = []
        named = [m for m in self.mentions if sentence.start <= m.start and m.end <= cue]
        # The nearest name that the verb's subject can be: "X, who first met Y in 2019, said" skips Y;
        # a name in apposition closes with a comma ("Mwamba's chief executive, Anna Berg, had said").
        subject = next((m for m in reversed(named) if self._can_be_subject(m, cue)), None)
        if subject is not None:
            candidates.append((subject.end, self._person(subject, "named")))
        role = ROLE_BEFORE.search(head)
        if role is not None:
            found = self.by_role(role.group("role"), cue)
            if found is not None:
                candidates.append((sentence.start + role.end("role"), found))
        pro = PRONOUN_BEFORE.search(head)
        if pro is not None:
            pos = sentence.start + pro.start()
            candidates.append((sentence.start + pro.end("pro"), self._pronoun(pro.group("pro"), pos, sentence)))
        plural = PLURAL_BEFORE.search(head)
        if plural is not None:
            candidates.append((sentence.start + plural.start(), Attribution(None, True, "plural", 1.0)))
        if not candidates:
            return None
        return max(candidates, key=lambda c: c[0])[1]

    def after(self, q: QuoteSpan) -> Attribution | None:
        """Attribution after the quote: “…,” X said; “…,” said X; “…,” he added; according to X; as X put it."""
        end_sentence = self.sentence(max(q.close - 1, q.start))
        stop = min(end_sentence.end, q.close + 1 + AFTER_WINDOW)
        stop = min([stop, *(o.open for o in self.spans if o.open > q.close)])
        after = self.text[q.close + 1 : stop]
        pro = PRONOUN_AFTER.match(after)
        if pro is not None:
            return self._pronoun(pro.group("pro"), q.close + 1 + pro.start("pro"), end_sentence)
        role = ROLE_AFTER.match(after)
        if role is not None:
            return self.by_role(role.group("role"), q.close)
        following = [m for m in self.mentions if q.close < m.start < stop]
        if not following:
            return None
        m = following[0]
        lead = self.text[q.close + 1 : m.start]
        if VERB_FIRST.match(lead) or ACCORDING.search(lead):
            return self._person(m, "named")
        if NAME_FIRST.match(lead) and (
            GAP_THEN_VERB.match(self.text, m.end, stop)
            or (lead.rstrip().endswith(",") and APPOSED_VERB.match(self.text, m.end, stop))
        ):
            return self._person(m, "named")  # "“…,” the lawyer for the family, Ana Ruiz, said"
        return None

    def before(self, q: QuoteSpan) -> Attribution | None:
        """Attribution before the quote: X said, “…”; X told Y that … “…”; X's remarks, where he emphasized …"""
        sentence = self.sentence(q.open)
        lo = max(sentence.start, q.open - BEFORE_WINDOW)
        head = self.text[lo : q.open]
        according = list(re.finditer(r"(?i:a)ccording to\s+", head))
        if according:
            at = lo + according[-1].end()
            m = next((m for m in self.mentions if at <= m.start < q.open), None)
            if m is not None:
                return self._person(m, "named")
        participle = False
        for cue in reversed(list(SPEECH_CUE.finditer(head))):
            found = self.subject_of(lo + cue.start(), sentence)
            if found is not None:
                return found
            participle = participle or (
                cue.group().endswith("ing") and PARTICIPLE_CLAUSE.search(head, 0, cue.start()) is not None
            )
            # A participle or a coordinated verb takes its subject from an earlier verb ("X referred to
            # A as “…” while referring to B as “…”", "X said … and called it “…”"); a verb with a
            # subject of its own that is not a person ("the opposition called it “…”") ends the search.
            if not (cue.group().endswith("ing") or COORDINATED.search(head, 0, cue.start())):
                break
        for m in reversed([m for m in self.mentions if lo <= m.start and m.end <= q.open]):
            if POSSESSIVE_NOUN.match(self.text, m.end):
                return self._person(m, "named")
        # "Union leader Ana Ruiz: “…”": a name and a colon introduce the speaker's words.
        colon = next((m for m in reversed(self.mentions) if lo <= m.start and m.end <= q.open), None)
        if colon is not None and NAME_COLON.fullmatch(self.text, colon.end, q.open):
            return self._person(colon, "named")
        # ", saying it was “…”": the participle's subject is the sentence's ("X rejected the claims, saying …").
        opener = next((m for m in self.mentions if sentence.start <= m.start < q.open), None)
        if participle and opener is not None and self._opens_sentence(opener):
            return self._person(opener, "named")
        return None

    def attribute(self) -> list[tuple[QuoteSpan, Attribution]]:
        out: list[tuple[QuoteSpan, Attribution]] = []
        previous: dict[int, Attribution] = {}  # paragraph -> last attribution with a speaker
        for q in self.spans:
            found = self.after(q) or self.before(q)
            if found is None and q.words(self.text) > LABEL_MAX_WORDS:
                prior = previous.get(q.paragraph - 1 if q.continued else q.paragraph)
                if prior is not None:
                    found = Attribution(prior.speaker, False, "continuation", CONFIDENCE_CONTINUATION)
            found = found or Attribution(None, False, "none", CONFIDENCE_UNIDENTIFIED)
            if found.speaker is not None:
                previous[q.paragraph] = found
                self.last = (found.speaker, self.sentence(q.open).index)
            out.append((q, found))
        return out


def attributed_quotes(ctx: ArticleContext) -> list[tuple[QuoteSpan, Attribution]]:
    """Every top-level quotation of the article with its attribution, in text order."""
    spans = [q for q in find_quote_spans(ctx.text, ctx.sentences) if not ctx.doc.in_junk(q.open, q.close)]
    return _Speakers(ctx, spans).attribute() if spans else []


def names_a_work(ctx: ArticleContext, q: QuoteSpan) -> bool:
    """The quotation is the title of a work ("a book titled “…”", "One thought on “…”")."""
    return WORK_TITLE.search(ctx.text[max(0, q.open - 30) : q.open]) is not None


def quote_sentence(ctx: ArticleContext, q: QuoteSpan) -> Sentence:
    """A sentence span covering every sentence the quotation touches (the evidence's context)."""
    touched = [s for s in ctx.sentences if s.start < q.close + 1 and s.end > q.open] or [
        Sentence(q.open, q.close + 1, ctx.text[q.open : q.close + 1], q.paragraph, 0)
    ]
    a, b = touched[0].start, max(s.end for s in touched)
    return Sentence(a, b, ctx.text[a:b], touched[0].paragraph, touched[0].index)


class QuoteExtractor:
    """Direct quotes with their speakers (see module docstring)."""

    id = "quote.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        for q, who in attributed_quotes(ctx):
            words = q.words(ctx.text)
            if names_a_work(ctx, q):
                continue
            if who.speaker is None:
                quoted = ctx.text[q.start : q.end]
                if words <= LABEL_MAX_WORDS or title_case(quoted):
                    continue  # a label, a scare quote or a name (see label.py)
            yield self._claim(ctx, q, who)

    def _claim(self, ctx: ArticleContext, q: QuoteSpan, who: Attribution) -> Claim:
        quoted = " ".join(ctx.text[q.start : q.end].split())  # hard-wrapped lines joined
        key = quote_key(quoted)
        if who.speaker is not None:
            subject, subject_key = who.speaker.canonical, who.speaker.key
        else:
            subject, subject_key = UNIDENTIFIED_SUBJECT, UNIDENTIFIED_KEY
        return ctx.make_claim(
            extractor=self.id,
            kind=ClaimKind.QUOTE,
            subject=subject,
            subject_key=subject_key,
            attribute="quote",
            start=q.start,
            end=q.end,
            sentence=quote_sentence(ctx, q),
            normalized=Normalized(
                key=key or hashlib.sha1(quoted.encode()).hexdigest()[:12],
                display=quoted,
                entity=who.speaker.key if who.speaker is not None and who.speaker.known else None,
            ),
            compare_as=CompareAs.QUOTE,
            scope=Scope.ENTITY,
            confidence=who.confidence,
            value=quoted,
        )
