"""Attribution of quotes: who each quotation of an article is given to, and how sure that is.

Forms: "X said, “…”", "“…,” X said", "“…,” said X", "X told Y, “…”", "…, according to X", "X's remarks, where
he emphasized the need to “…”", "He continued, “…”" (the pronoun resolved in :mod:`.antecedents`),
"X, the mayor, said: “…”", "“…,” X's statement said"; an unattributed quote continues the paragraph's
previous speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extract.quotes.antecedents import (
    CONFIDENCE_CONTINUATION,
    CONFIDENCE_NAMED,
    CONFIDENCE_PRONOUN,
    CONFIDENCE_PRONOUN_GUESS,
    CONFIDENCE_UNIDENTIFIED,
    Antecedents,
    Attribution,
)
from factcheck.extract.quotes.marks import QuoteSpan, find_quote_spans
from factcheck.extract.quotes.speech import (
    ACCORDING,
    APPOSED_GAP,
    APPOSED_VERB,
    COORDINATED,
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
    QUOTED_AS_SAYING,
    ROLE_AFTER,
    ROLE_BEFORE,
    SPEECH_CUE,
    SUBJECT_GAP,
    VERB_FIRST,
)
from factcheck.limits import text_before
from factcheck.normalize.people import PersonMention
from factcheck.segment import Sentence

if TYPE_CHECKING:
    from factcheck.extract.base import ArticleContext

__all__ = ["AFTER_WINDOW", "BEFORE_WINDOW", "LABEL_MAX_WORDS", "Speakers", "attributed_quotes"]

# Unattributed quoted words up to this length are labels or scare quotes ("no limits", "new era");
# longer ones are speech whose speaker the text does not name (headline style "1-5 words").
LABEL_MAX_WORDS = 5
# How far before the opening mark a speech verb may stand and still introduce the quote: long enough
# for "X told reporters at a joint news briefing late on the last day of the long trip abroad, standing
# beside her host, that the plan “…”" (~130 chars).
BEFORE_WINDOW = 160
# How far after the closing mark the attribution ("…,” said the city's mayor, Anna Berg") may reach.
AFTER_WINDOW = 120
# Longest sentence that is only an attribution ("Police spokesman Superintendent Ruben Okoye told reporters
# on Monday."): a longer one says something of its own.
ATTRIBUTION_MAX_WORDS = 12
# A paragraph that is only a quote, after a paragraph about a person that does not report them speaking
# ("She had saved only her papers." / "“…”"): most likely theirs, less sure than a speaker named.
CONFIDENCE_PARAGRAPH_SUBJECT = CONFIDENCE_PRONOUN_GUESS
# A sentence that opens with a pronoun for a person.
OPENING_PRONOUN = re.compile(r"\s*(?P<pro>He|She)\b")


class Speakers(Antecedents):
    """Attribution of the quotations of one article, in text order."""

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
        who, confidence = self.resolve_pronoun(pos, sentence, pronoun)
        if who is None:
            return None
        self.learn(who, pronoun)
        return Attribution(who, False, "pronoun", confidence)

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

    def _attribution_sentence(self, s: Sentence) -> Sentence | None:
        """The sentence after ``s`` in its paragraph when it is only an attribution: a full stop typed for
        the comma (“… the dyke failed.” Olaf Scholz said.) leaves the speaker a sentence of their own,
        short, with a speech verb and no quote."""
        nxt = next((t for t in self.ctx.sentences if t.start >= s.end), None)
        if nxt is None or nxt.paragraph != s.paragraph or any(nxt.start <= o.open < nxt.end for o in self.spans):
            return None
        short = len(nxt.text.split()) <= ATTRIBUTION_MAX_WORDS
        return nxt if short and SPEECH_CUE.search(nxt.text) is not None else None

    def _quoted_as_saying(self, lo: int, hi: int) -> Attribution | None:
        """The person a report quotes between ``lo`` and ``hi``: "the paper quoted X as saying"."""
        found = QUOTED_AS_SAYING.search(self.text, lo, hi)
        if found is None:
            return None
        m = next((m for m in self.mentions if found.start("name") <= m.start < found.end("name")), None)
        return None if m is None else self._person(m, "named")

    def after(self, q: QuoteSpan) -> Attribution | None:
        """Attribution after the quote: “…,” X said; “…,” said X; “…,” he added; according to X; as X put it."""
        end_sentence = self.sentence(max(q.close - 1, q.start))
        if not self.text[q.close + 1 : end_sentence.end].strip():
            end_sentence = self._attribution_sentence(end_sentence) or end_sentence
        stop = min(end_sentence.end, q.close + 1 + AFTER_WINDOW)
        stop = min([stop, *(o.open for o in self.spans if o.open > q.close)])
        after = self.text[q.close + 1 : stop]
        pro = PRONOUN_AFTER.match(after)
        if pro is not None:
            # Distances to the antecedent count from the quote's first sentence: the sentences of a long
            # quote are not sentences of narrative between the person named and "she said".
            first = min(self.sentence(q.open).index, end_sentence.index)
            counted = Sentence(end_sentence.start, end_sentence.end, end_sentence.text, end_sentence.paragraph, first)
            return self._pronoun(pro.group("pro"), q.close + 1 + pro.start("pro"), counted)
        role = ROLE_AFTER.match(after)
        if role is not None:
            return self.by_role(role.group("role"), q.close)
        following = [m for m in self.mentions if q.close < m.start < stop]
        if (quoted := self._quoted_as_saying(q.close + 1, stop)) is not None:
            return quoted
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
        if (quoted := self._quoted_as_saying(lo, q.open)) is not None:
            return quoted
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

    def _opens_paragraph(self, q: QuoteSpan) -> Sentence | None:
        """The first sentence of the paragraph before ``q`` when ``q`` opens its own paragraph, else None."""
        here = self.ctx.sentence_at(q.open) or self.ctx.sentence_at(q.start)
        if here is None or here.index == 0 or self.text[here.start : q.open].strip():
            return None
        prev = self.ctx.sentences[here.index - 1]
        if prev.paragraph == here.paragraph:
            return None
        first = prev
        while first.index > 0 and self.ctx.sentences[first.index - 1].paragraph == prev.paragraph:
            first = self.ctx.sentences[first.index - 1]
        return first

    def paragraph_before(self, q: QuoteSpan, previous: dict[int, Attribution]) -> Attribution | None:
        """The speaker of a quote that opens its paragraph with no attribution of its own, from the paragraph
        before it: news gives a paragraph that is only a quote to the speaker just named. That is the person
        the previous paragraph's last sentence reports speaking ("…, the agency's lead investigator X said
        at a briefing." / "He added:"), else the speaker of that paragraph's last quote, else (less sure)
        the person the paragraph is about: its first sentence opens with the name or with "he"/"she"."""
        first = self._opens_paragraph(q)
        if first is None:
            return None
        last = self.ctx.sentences[first.index]
        following = self.ctx.sentences[first.index + 1 :]
        last = next((t for t in reversed(following) if t.paragraph == first.paragraph), first)
        if not any(last.start <= o.open < last.end for o in self.spans):  # its own quote's attribution is (a)
            for cue in reversed(list(SPEECH_CUE.finditer(last.text))):
                found = self.subject_of(last.start + cue.start(), last)
                if found is not None and found.speaker is None:
                    return found  # "Officials said …": one of them, not named
                if found is not None and found.speaker is not None:
                    return Attribution(found.speaker, False, "paragraph", CONFIDENCE_CONTINUATION)
        prior = previous.get(first.paragraph)
        if prior is not None:
            return Attribution(prior.speaker, False, "continuation", CONFIDENCE_CONTINUATION)
        pronoun = OPENING_PRONOUN.match(first.text)
        if pronoun is not None:
            found = self._pronoun(pronoun.group("pro"), first.start + pronoun.start("pro"), first)
        else:
            opener = next((m for m in self.mentions if first.start <= m.start < first.end), None)
            found = self._person(opener, "named") if opener is not None and self._opens_sentence(opener) else None
        if found is None or found.speaker is None:
            return None
        return Attribution(found.speaker, False, "paragraph", CONFIDENCE_PARAGRAPH_SUBJECT)

    def _speech_around(self, q: QuoteSpan) -> bool:
        """The sentence of ``q`` has an attribution of its own outside the quoted words (“…,” the
        governor said), even one naming nobody this finds: the quote is not the previous speaker's."""
        opening, closing = self.sentence(q.open), self.sentence(max(q.close - 1, q.start))
        stop = min([closing.end, *(o.open for o in self.spans if o.open > q.close)])
        begin = max([opening.start, *(o.close + 1 for o in self.spans if o.close < q.open)])
        around = self.text[begin : q.open] + " " + self.text[q.close + 1 : stop]
        return SPEECH_CUE.search(around) is not None or re.search(r"(?i:a)ccording to\b", around) is not None

    def _carried_to(self, i: int) -> Attribution | None:
        """The attribution after the last paragraph of a quote of several paragraphs that ``self.spans[i]``
        opens ("“First paragraph. / “Last paragraph,” X said.")."""
        j = i
        while j + 1 < len(self.spans) and self.spans[j + 1].continued:
            j += 1
        return self.after(self.spans[j]) if j > i else None

    def attribute(self) -> list[tuple[QuoteSpan, Attribution]]:
        out: list[tuple[QuoteSpan, Attribution]] = []
        previous: dict[int, Attribution] = {}  # paragraph -> last attribution with a speaker
        for i, q in enumerate(self.spans):
            found = self.after(q) or self.before(q)
            if found is None and q.words(self.text) > LABEL_MAX_WORDS and not self._speech_around(q):
                prior = previous.get(q.paragraph - 1 if q.continued else q.paragraph)
                if prior is not None:
                    found = Attribution(prior.speaker, False, "continuation", CONFIDENCE_CONTINUATION)
                else:
                    found = self._carried_to(i) or self.paragraph_before(q, previous)
            found = found or Attribution(None, False, "none", CONFIDENCE_UNIDENTIFIED)
            if found.speaker is not None:
                previous[q.paragraph] = found
                self.last = (found.speaker, self.sentence(q.open).index)
            out.append((q, found))
        return out


def attributed_quotes(ctx: ArticleContext) -> list[tuple[QuoteSpan, Attribution]]:
    """Every top-level quotation of the article with its attribution, in text order."""
    spans = [q for q in find_quote_spans(ctx.text, ctx.sentences) if not ctx.doc.in_junk(q.open, q.close)]
    return Speakers(ctx, spans).attribute() if spans else []
