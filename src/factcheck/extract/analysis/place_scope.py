"""The place a figure covers (its scope), read from the dependency parse of its sentence.

What: the place attached to the figure's counted noun or its verb ("killed 52 in Varn province", "52 deaths
in Varn"), a prepositional phrase of its clause ("In the Kesh area, 52 people died"), the place a count's
head noun is given for ("the toll in Varn province rose to 52"), or the place a "where" clause of the
figure refers back to ("Varn province remains the worst hit, where officials report 52 deaths"; "Varn
province, where 52 people died"). A place is a named place (a place entity) or an area noun of the data
("province", "county", "area") named by a proper noun before it ("the Kesh area").

Why: on disaster stories one province's, one county's or one town's toll stood beside the whole toll under
one key, so it rode inside the toll's update series or made a possible conflict with it (issue #10,
"Reference points and scope"). A count's place is a qualifier of the fact it states; two places are two
facts.

Example: "The northern Varn province remains the worst affected, where officials report 52 deaths." ->
"northern Varn province".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.normalize.reference import word_set
from factcheck.parse import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["AREA_NOUNS", "is_place", "place_phrase", "scope_of"]

# Nouns of an area a count may cover when a proper noun names it ("Varn province", "the Kesh area").
AREA_NOUNS = word_set("qualifier_words.json", "area_nouns")
# Head nouns of a count given for a place: "the toll in Varn rose to 52", "the number of dead in Varn is 52".
FIGURE_NOUNS = word_set("qualifier_words.json", "figure_nouns")
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that put a figure in a place ("in", "across").
SCOPE_PREPS = frozenset({"in", "across", "throughout", "within", "inside"})
# How far up the figure's head chain a place may attach: the counted noun, its preposition, the verb.
SCOPE_STEPS = 3
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def place_phrase(token: Token) -> str:
    """The noun phrase a place token heads (its subtree without clauses and appositions), no leading article."""
    clauses = {x.i for t in token.children if t.dep_ in ("relcl", "acl", "appos") for x in t.subtree}
    words = [t for t in token.subtree if t.i not in clauses and (t.dep_ not in ("punct", "cc") or t is token)]
    span = token.doc[min(t.i for t in words) : max(t.i for t in words) + 1]
    return _ARTICLE.sub("", span.text.strip())


def is_place(token: Token) -> bool:
    """A named place, or an area noun a proper noun names ("Varn province", "the Kesh area"; a capitalised
    modifier is the name even where the small pipeline tags an unknown name as a verb or an adjective)."""
    if token.ent_type_ in _PLACE_ENTS:
        return True
    return lemma(token).lower() in AREA_NOUNS and any(
        c.dep_ in ("compound", "amod", "poss") and (c.ent_type_ in _PLACE_ENTS or c.pos_ == "PROPN" or c.text.istitle())
        for c in token.children
    )


def _attached_place(node: Token) -> Token | None:
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ in SCOPE_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj" and is_place(obj):
                    return obj
    return None


def _head_noun_place(chain: list[Token], path: set[int]) -> Token | None:
    """The place the count's head noun is given for: "the toll in Varn province rose to 52"."""
    for node in chain[:SCOPE_STEPS]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i not in path and lemma(child).lower() in FIGURE_NOUNS:
                return _attached_place(child)
    return None


def _where_place(chain: list[Token]) -> Token | None:
    """The place a "where" clause holding the figure refers back to: the noun the clause modifies
    ("Varn province, where 52 people died"), else the subject of the clause it hangs from ("Varn province
    remains the worst hit, where officials report 52 deaths")."""
    for node in chain:
        if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in node.children):
            continue
        if node.dep_ == "relcl" and is_place(node.head):
            return node.head
        up = node.head
        for _ in range(SCOPE_STEPS):
            subject = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject if is_place(subject) else None
            if up.head.i == up.i:
                break
            up = up.head
        return None
    return None


def scope_of(tokens: list[Token], chain: list[Token]) -> str | None:
    """The place the figure of ``tokens`` covers (``chain``: the head chain of its root), or None."""
    for node in [*tokens, *chain[:SCOPE_STEPS]]:
        if (obj := _attached_place(node)) is not None:
            return place_phrase(obj)
    path = {t.i for t in tokens} | {t.i for t in chain}
    found = _head_noun_place(chain, path) or _where_place(chain)
    return place_phrase(found) if found is not None else None
