"""Number words: the word tables and the parser of spelled-out numbers ("twenty-three", "a dozen").

Pure functions; :mod:`factcheck.normalize.numbers` finds the word runs in text and calls
:func:`parse_words` on them.
"""

from __future__ import annotations

from factcheck.normalize.reference import word_list

__all__ = ["ARTICLE_SCALES", "BIG", "NUMBER_DETERMINERS", "WORDS", "parse_words"]


def _split(words: str) -> list[str]:
    return words.split()


_UNITS = _split("one two three four five six seven eight nine")
_TEENS = _split("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
_TENS = _split("twenty thirty forty fifty sixty seventy eighty ninety")
_ORD_UNITS = _split("first second third fourth fifth sixth seventh eighth ninth")
_ORD_TEENS = _split(
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_ORD_TENS = _split("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth")
BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# word -> (kind, value, ordinal); kinds: unit 1-9, teen 10-19, tens, hundred, big, dozen
WORDS: dict[str, tuple[str, float, bool]] = {
    **{w: ("unit", i + 1, False) for i, w in enumerate(_UNITS)},
    **{w: ("teen", i + 10, False) for i, w in enumerate(_TEENS)},
    **{w: ("tens", (i + 2) * 10, False) for i, w in enumerate(_TENS)},
    **{w: ("unit", i + 1, True) for i, w in enumerate(_ORD_UNITS)},
    **{w: ("teen", i + 10, True) for i, w in enumerate(_ORD_TEENS)},
    **{w: ("tens", (i + 2) * 10, True) for i, w in enumerate(_ORD_TENS)},
    **{w: ("big", v, False) for w, v in BIG.items()},
    **{w + "th": ("big", v, True) for w, v in BIG.items()},
    "hundred": ("hundred", 100, False),
    "hundredth": ("hundred", 100, True),
    "dozen": ("dozen", 12, False),
}
# What may follow each kind inside one number ("twenty-three", "five hundred and six thousand").
_FOLLOWS = {
    None: {"unit", "teen", "tens", "hundred", "big", "dozen"},
    "unit": {"hundred", "big", "dozen"},
    "teen": {"hundred", "big", "dozen"},
    "tens": {"unit", "big", "dozen"},
    "hundred": {"unit", "teen", "tens", "big"},
    "big": {"unit", "teen", "tens", "hundred", "big"},
    "dozen": {"big"},
}
ARTICLE_SCALES = {"hundred", "thousand", "million", "billion", "trillion", "dozen"}
NUMBER_DETERMINERS = frozenset({"the", "this", "whose", *word_list("function_words.json", "possessives")})


def parse_words(words: list[str], article: bool = False) -> tuple[float, int, bool] | None:
    """Value of the longest number at the start of lower-case ``words``: (value, words used, ordinal).

    "and" is taken only between a hundred/scale and what follows ("two hundred and five").
    ``article`` says an "a"/"an" came before ("a dozen", "a million").
    """
    total, current, used, ordinal = 0.0, 0.0, 0, False
    last: str | None = None
    last_big = float("inf")
    i = 0
    while i < len(words) and not ordinal:
        w = words[i]
        if w == "and" and last in ("hundred", "big") and i + 1 < len(words):
            nxt = WORDS.get(words[i + 1])
            if nxt is None or nxt[0] not in ("unit", "teen", "tens"):
                break
            i += 1
            w = words[i]
        entry = WORDS.get(w)
        if entry is None or entry[0] not in _FOLLOWS[last]:
            break
        kind, value, ordinal = entry
        if kind == "hundred":
            if current >= 100 or (last is None and not article):
                break
            current = (current or 1) * 100
        elif kind == "big":
            if value >= last_big:
                break
            total, current, last_big = total + (current or 1) * value, 0.0, value
        elif kind == "dozen":
            if last is None and not article:
                break
            current = (current or 1) * 12
        else:
            current += value
        last, i, used = kind, i + 1, i + 1
    if used == 0:
        return None
    return total + current, used, ordinal
