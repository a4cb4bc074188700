"""The score of a game, read from an "N-M" token and the dependency parse around it.

What: ``score.v1`` — "the Hawks beat the Foxes 25-22", "the Foxes lost 22-25 to the Hawks", "a 3-1 victory
over the Foxes", "the Hawks and the Foxes drew 1-1" -> ``final score`` of the Foxes–Hawks game; "won 4-2 on
penalties", "beat the Foxes 4-2 in a penalty shoot-out" -> ``penalty shoot-out score``.

Why: sports results are common news and outlets do misprint them (one page's 25-12 against five pages'
25-22); no other extractor reads a pair of figures as one value.

How: the token's head in the parse must be a verb of winning, losing or drawing, or a noun of a game's
outcome (``data/score_frames.json``); anything else — a lead ("took a 2-0 lead"), a deficit, a record
("a 14-3 record"), a vote, a range ("10-15 people"), a season ("2003-04") — is not read. The teams are
the verb's subject and object (or the noun's "over"/"against" phrase and the clause it stands in), so a
sentence about another game ("beat the Owls 34-28 in 2017") gets its own subject. A sentence naming one
team borrows the other from the one game of that team the same article names in full; one naming none
is skipped. Half-time and aggregate scores are skipped. The value is ordered higher first, so "won
25-22" and "lost 22-25" agree; the winner is kept only when the sentence names it.

Precision: a score is a fact that does not change over time, so two different scores of one game are a
conflict (through the ordinary sameness rules), never an update.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from factcheck.extract.base import ArticleContext
from factcheck.extract.quantities.context import event_hints
from factcheck.models import Claim, ClaimKind, CompareAs, Normalized, Scope
from factcheck.normalize.reference import fold, word_set
from factcheck.parse import child, low_lemma
from factcheck.segment import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FINAL", "SHOOTOUT", "ScoreExtractor", "score_key"]

_DATA = "score_frames.json"
FINAL, SHOOTOUT = "final score", "penalty shoot-out score"
# Scores of up to three digits (basketball's 120-115); a digit, dot, comma, colon or slash around the pair
# makes it a date, time, ratio or longer number ("2003-04", "1:30-2:00").
_SCORE = re.compile(r"(?<![\w.,:/$£€-])(\d{1,3})\s?[-–—]\s?(\d{1,3})(?![\w%]|[-–—/:.,]\d)")
# What follows the score when it was settled by penalties: "4-2 on penalties", "(4-2 in a shoot-out)".
_SHOOTOUT_AFTER = re.compile(
    r"\W{0,2}\s*(?:on|in|via|after)\s+(?:a\s+|the\s+)?(?:penalt|shoot-?\s?out|spot[- ]kick)", re.IGNORECASE
)
# Another score right before or after: a list of sets or periods ("won 6-4, 3-6, 7-5"), not one result.
_SET_LIST = re.compile(r"\s*[,;]?\s*(?:and\s+)?\(?\d{1,3}\s?[-–—]\s?\d{1,3}\b")
_SET_LIST_BEFORE = re.compile(r"\b\d{1,3}\s?[-–—]\s?\d{1,3}\)?\s*[,;]?\s*(?:and\s+)?$")
# Between a result and its shoot-out score in parentheses: a few words without figures, then "(".
_ASIDE_OPENING = re.compile(r"[^\d()]{0,40}\(\s*")
# A team named by a number and a plural ending ("the 76ers"), not a decade ("the 1990s").
_NUMBER_NAME = re.compile(r"\d+(?<!0)[a-z]{2,}s")
_SHOOTOUT_WORD = re.compile(r"\b(?:penalt(?:y|ies)|shoot-?\s?outs?|spot[- ]kicks?)\b", re.IGNORECASE)
# Scores that are not the final one, said near the figure: at half-time, on aggregate over two legs.
_NOT_FINAL = re.compile(r"half[- ]?time|at\s+the\s+(?:break|interval)|first\s+half|aggregate", re.IGNORECASE)
# How far before and after the score (characters) a half-time or aggregate cue is taken to be about it:
# "at half-time the Hawks led 14-7", "led 14-7 at the break", without reaching the next clause's result.
_NOT_FINAL_BEFORE, _NOT_FINAL_AFTER = 25, 20
# Parser entity types of a team's name; a person is a player, never a team.
_TEAM_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", ""})
# Confidence of a score: the head word and teams come from the parse, the team pairing may be borrowed.
SCORE_CONFIDENCE = 0.8


def score_key(first: int, second: int, winner: str | None = None) -> str:
    """The comparable form of a score: higher figure first ("22-25" and "25-22" are one result), then
    who won, when the sentence names it."""
    hi, lo = max(first, second), min(first, second)
    return f"{hi}-{lo}" + (f" won by {winner}" if winner and hi != lo else "")


@dataclass(frozen=True)
class _Reading:
    start: int  # clean-text offsets of the score
    end: int
    attribute: str
    teams: tuple[str, ...]  # folded team words, sorted
    shown: dict[str, str]  # folded -> as written
    winner: str | None
    first: int
    second: int
    sentence: Sentence


def _words(key: str) -> frozenset[str]:
    return word_set(_DATA, key)


@cache
def _words_of(*keys: str) -> frozenset[str]:
    """The union of several word lists (built once, not per token)."""
    return frozenset().union(*(_words(k) for k in keys))


def _argument_of_game_verb(t: Token) -> bool:
    """``t`` is the subject or object of a verb of winning, losing or drawing ("the Foxes beat ..."): the
    small parser tags many team names as persons, but a player is rarely said to beat a team 3-1."""
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    verb = t.head.head if t.dep_ == "pobj" else t.head
    verbs = _words_of("winning_verbs", "losing_verbs", "level_verbs")
    return t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and low_lemma(verb) in verbs


def _team(t: Token | None) -> Token | None:
    """The word naming a team: a proper noun (a person only as the subject or object of a game verb), or
    the proper noun before a common noun ("a Velmar team")."""
    if t is None:
        return None
    if t.lower_ in _words("club_words"):  # "Arema FC", "the Velmar side": the name before the club word
        return next((c for c in reversed(list(t.lefts)) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if _NUMBER_NAME.fullmatch(t.text):  # "the 76ers": a name the parser may tag as a common noun
        return t
    if t.pos_ == "PROPN":
        return t if t.ent_type_ in _TEAM_ENTS or _argument_of_game_verb(t) else None
    if t.pos_ == "NOUN":
        return next((c for c in reversed(list(t.lefts)) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    return None


def _with_conj(t: Token | None) -> list[Token]:
    if t is None:
        return []
    return [t, *(c for c in t.children if c.dep_ == "conj")]


def _pobj(t: Token, preps: tuple[str, ...]) -> Token | None:
    for c in t.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            return child(c, ("pobj",))
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the clause it depends on ("Argentina won, beating France")."""
    for _ in range(3):
        s = child(verb, ("nsubj",))
        if s is not None and s.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            return verb.head  # "the Hawks, who beat the Owls 34-28": the noun the clause describes
        if s is not None:
            return s
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "became champion after defeating the Foxes"
            verb = verb.head
        elif verb.dep_ not in ("advcl", "xcomp", "conj", "acl", "relcl"):
            return None
        if verb.head is verb:
            return None
        verb = verb.head
    return None


def _verb_sides(verb: Token) -> tuple[list[Token], list[Token], bool] | None:
    """(winners, losers, level) of a game verb, or None when it is no game verb."""
    lemma = low_lemma(verb)
    passive = child(verb, ("nsubjpass",))
    if lemma in _words("winning_verbs"):
        if passive is not None:  # "the Foxes were beaten 3-1 by the Hawks"
            return _with_conj(_pobj(verb, ("by",))), [passive], False
        loser = child(verb, ("dobj",)) or _pobj(verb, ("over", "against"))
        return [s] if (s := _subject(verb)) is not None else [], [loser] if loser is not None else [], False
    if lemma in _words("losing_verbs"):
        winner = _pobj(verb, ("to", "against"))
        return [winner] if winner is not None else [], _with_conj(_subject(verb)), False
    if lemma in _words("level_verbs"):
        other = _pobj(verb, ("with", "against"))
        return [], [*_with_conj(_subject(verb)), *([other] if other is not None else [])], True
    return None


def _noun_sides(noun: Token) -> tuple[list[Token], list[Token], bool] | None:
    lemma = low_lemma(noun)
    owner: Token | None = child(noun, ("poss",))
    gov = noun.head
    if owner is None and noun.dep_ in ("dobj", "attr") and gov.pos_ in ("VERB", "AUX"):
        owner = _subject(gov)  # "the Hawks scored a 25-22 victory"
    elif owner is None and noun.dep_ == "pobj" and gov.lower_ == "to" and gov.head.pos_ == "VERB":
        owner = child(gov.head, ("dobj",))  # "leading the Hawks to a 25-22 victory"
    other = _pobj(noun, ("over", "against", "to", "by", "with"))
    clause: list[Token] = []
    if noun.dep_ == "pobj" and gov.lower_ != "to" and gov.head.pos_ == "VERB":
        # "the Hawks won after a 1-1 draw", "after a 3-3 thriller, the Hawks beat the Foxes": the clause's teams
        clause = [t for t in (_subject(gov.head), child(gov.head, ("dobj",))) if t is not None]
    if lemma in _words("winning_nouns"):
        owner = owner if _team(owner) is not None else _pobj(noun, ("for",))  # "a 3-1 win for the Hawks"
        return [owner] if owner is not None else [], [other] if other is not None else [], False
    if lemma in _words("losing_nouns"):
        return [other] if other is not None else [], [owner] if owner is not None else [], False
    if lemma in _words_of("game_nouns", "shootout_nouns"):
        between = _pobj(noun, ("between",))
        sides = [*_with_conj(owner), *_with_conj(between), *([other] if other is not None else []), *clause]
        return [], sides, True
    return None


def _head_outside(first: Token, second: Token) -> Token | None:
    """The head the score hangs from, outside its own tokens ("beat ... 25-22": beat; "a 3-1 win": win)."""
    span = range(first.i, second.i + 1)
    head = next((t.head for t in (first, second) if t.head.i not in span), None)
    if (
        head is not None
        and head.pos_ == "NOUN"
        and head.dep_ in ("nmod", "compound", "amod")
        and head.head.pos_ == "NOUN"
    ):
        return head.head  # "a comeback 25-22 victory": the score hangs from "comeback", a modifier of "victory"
    if head is not None and head.pos_ == "PROPN" and head.dep_ == "dobj":
        return head.head  # "beat the Hawks 31-24", the score parsed as a modifier of the team
    return head


def _settled_by_shootout(verb: Token) -> bool:
    """The verb says the game was settled by penalties: "won ... on penalties", "in a penalty shoot-out"
    (not "after a missed penalty")."""
    for p in verb.children:
        if p.dep_ == "dobj" and _SHOOTOUT_WORD.search(p.doc[p.left_edge.i : p.right_edge.i + 1].text):
            return True  # "won the shoot-out 5-4"
        obj = child(p, ("pobj",)) if p.dep_ == "prep" and p.lower_ in ("on", "in", "via") else None
        if obj is not None and any(low_lemma(t) in _words("shootout_nouns") for t in (obj, *obj.lefts)):
            return True
    return False


def _in_list(text: str, m: re.Match[str]) -> bool:
    """The score is one of a list ("6-4, 3-6, 7-5": the sets of a match; "3-1 (2-0)": with the half-time
    score), except a result followed by its shoot-out ("1-1 (4-2 on penalties)")."""
    after = _SET_LIST.match(text, m.end())
    if after is not None and not _SHOOTOUT_AFTER.match(text, after.end()):
        return True
    return _SET_LIST_BEFORE.search(text, 0, m.start()) is not None and not _SHOOTOUT_AFTER.match(text, m.end())


def _shootout_aside(result: _Reading | None, sentence: Sentence, m: re.Match[str]) -> _Reading | None:
    """The shoot-out score in parentheses right after a result: "drew 1-1 (4-2 on penalties)"."""
    if result is None or result.attribute != FINAL or not _SHOOTOUT_AFTER.match(sentence.text, m.end()):
        return None
    between = sentence.text[result.end - sentence.start : m.start()]
    if not _ASIDE_OPENING.fullmatch(between):
        return None
    first, second = int(m[1]), int(m[2])
    start, end = sentence.start + m.start(), sentence.start + m.end()
    return _Reading(start, end, SHOOTOUT, result.teams, result.shown, None, first, second, sentence)


def _shootout_nearby(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence or the one before it speaks of penalties or a shoot-out."""
    i = ctx.sentence_index(sentence)
    texts = [sentence.text, *([ctx.sentences[i - 1].text] if i > 0 else [])]
    return any(_SHOOTOUT_WORD.search(t) for t in texts)


def _read(ctx: ArticleContext, sentence: Sentence, m: re.Match[str]) -> _Reading | None:
    start, end = sentence.start + m.start(), sentence.start + m.end()
    text = sentence.text
    near = text[max(0, m.start() - _NOT_FINAL_BEFORE) : m.end() + _NOT_FINAL_AFTER]
    span = ctx.parsed_span(start, end)
    if span is None or _NOT_FINAL.search(near) or _in_list(text, m):
        return None
    nums = [t for t in span if any(ch.isdigit() for ch in t.text)]
    if len(nums) not in (1, 2):  # "2–2" may be one token
        return None
    head = _head_outside(nums[0], nums[-1])
    if head is None:
        return None
    sides = _verb_sides(head) if head.pos_ in ("VERB", "AUX") else _noun_sides(head) if head.pos_ == "NOUN" else None
    if sides is None:
        return None
    winners, losers, level = sides
    shootout = low_lemma(head) in _words("shootout_nouns") or bool(_SHOOTOUT_AFTER.match(text, m.end()))
    if not shootout and head.pos_ == "VERB":
        shootout = _settled_by_shootout(head)
    first, second = int(m[1]), int(m[2])
    if not shootout and first != second and _shootout_nearby(ctx, sentence):
        return None  # "... went to a shoot-out. There, the Foxes were beaten 4-2": which score is unsure
    if level != (first == second) and not shootout:
        return None  # "drew 3-1", "won 2-2": the parse or the figures are not a result
    won = [w for t in winners if (w := _team(t)) is not None]
    lost = [w for t in losers if (w := _team(t)) is not None]
    shown = {fold(t.text): t.text for t in (*won, *lost)}
    if not shown or any(not k for k in shown):
        return None
    winner = fold(won[0].text) if len(won) == 1 and not level else None
    return _Reading(
        start, end, SHOOTOUT if shootout else FINAL, tuple(sorted(shown)), shown, winner, first, second, sentence
    )


class ScoreExtractor:
    """``score.v1``: the final (or shoot-out) score of a game, keyed by the teams the sentence names."""

    id = "score.v1"

    def extract(self, ctx: ArticleContext) -> Iterator[Claim]:
        readings: list[_Reading] = []
        for sentence in ctx.sentences:
            if not any(ch.isdigit() for ch in sentence.text):
                continue
            last: _Reading | None = None
            for m in _SCORE.finditer(sentence.text):
                r = _read(ctx, sentence, m) or _shootout_aside(last, sentence, m)
                if r is not None:
                    readings.append(r)
                last = r
        pairs = {r.teams for r in readings if len(r.teams) >= 2}
        names: dict[str, str] = {}
        for r in readings:
            for k, v in r.shown.items():
                names.setdefault(k, v)
        for r in readings:
            teams = r.teams
            if len(teams) == 1:
                games = [p for p in pairs if teams[0] in p]
                if len(games) != 1:
                    continue
                teams = games[0]
            subject = "–".join(names[t] for t in teams) + " game"
            key = score_key(r.first, r.second, r.winner)
            hi, lo = max(r.first, r.second), min(r.first, r.second)
            display = f"{hi}-{lo}" + (f" ({r.shown[r.winner]} won)" if r.winner and hi != lo else "")
            yield ctx.make_claim(
                extractor=self.id,
                # A label: the value is compared by its key alone, and no figure qualifiers (an "as of" read
                # from the score's own digits, a scope from "in Las Vegas") are attached to it.
                kind=ClaimKind.LABEL,
                subject=subject,
                subject_key="game:" + "|".join(teams),
                attribute=r.attribute,
                start=r.start,
                end=r.end,
                sentence=r.sentence,
                normalized=Normalized(key=key, display=display),
                compare_as=CompareAs.SCORE,
                scope=Scope.EVENT,
                event=event_hints(ctx, r.sentence, ()),
                confidence=SCORE_CONFIDENCE,
            )
