"""Transliteration of people's names: which spellings are one name romanized two ways.

Keys and relations are cached per name (and per pair of names): a comparison asks about the same few
names thousands of times, and each key costs some fifty regular-expression substitutions.

Three kinds of knowledge, applied both ways (a key is the same whichever spelling comes first):

1. romanization rules for single letters and endings (Sergey/Sergei, Dmitry/Dmitri, Kh/H);
2. families of given names that are one written name in different romanizations or national forms
   (Mohammed/Muhammad/Mohamed, Oleksandr/Aleksandr/Alexander, Mykola/Nikolai), from
   ``data/name_variants.json``;
3. the long vowels of Arabic family names (Qasimee/Qasimi), only in names marked as Arabic;
4. the Ukrainian/Russian alternation of h/g and y/i in Slavic family names (Hnatenko/Gnatenko),
   limited to family names with a Slavic ending so that Hall and Gall stay two names.

A misspelling is something else: a letter dropped, doubled or swapped that no romanization explains
(Niyonzima/Niyonzma, Anthony/Antony); see :func:`same_person_spelling`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import jellyfish

from factcheck.normalize.given_name_forms import inner_slip, nickname, short_form, short_vowel_romanized
from factcheck.normalize.reference import fold, load_data

__all__ = [
    "GIVEN_NAME_SIMILARITY",
    "SURNAME_SIMILARITY",
    "name_parts",
    "same_person_spelling",
    "short_surname_slip",
    "translit_key",
]

# Jaro-Winkler similarity above which two given names with the same surname are taken as one
# person spelt two ways (Anthony/Antony 0.94, Vladmir/Vladimir 0.97, Sergei/Sergey 0.92); different
# names of different people stay below it (John/Jane 0.70, Sergei/Andrei 0.78, Maria/Mario 0.88 is
# above, which is why a known-people list beats this rule when both exist).
GIVEN_NAME_SIMILARITY = 0.9
# Surnames must be this close to count as one family name misspelt (Zelensky/Zelenskyy 0.97; a letter
# dropped from a long name, Niyonzima/Niyonzma, 0.98); two family names that merely look alike
# stay below it (Petrenko/Petrenco 0.95 is above: one letter changed in a long name is a misspelling).
SURNAME_SIMILARITY = 0.93
# A family name of at least this many letters with one letter changed, dropped, added or two swapped
# (Damerau-Levenshtein distance 1) and the same first letter is one name misspelt (Mulanga/Mulenga,
# 0.92 Jaro-Winkler, below SURNAME_SIMILARITY because the change is early in the name); shorter names
# differ by one letter as different names (Lee/Lea, Mason/Macon).
SURNAME_MISSPELLING_MIN_LENGTH = 6
# Two neighbouring letters swapped is a slip from this length (Phiri/Pihri); in three letters it may be
# another name (Ali/Ail is not a name, but Eva/Eav... are too short to tell).
TRANSPOSITION_MIN_LENGTH = 4
# A family name this short with one letter changed is one name misspelt only when everything else
# about the person agrees: given names of one person and the same role in both articles
# ("Mayor Ann Bela" / "Mayor Ann Beta"); without that, short names one letter apart are often two
# names (Mason/Macon). Three letters is too short even then (Lee/Lea are both family names).
SHORT_SURNAME_SLIP_MIN_LENGTH = 4
# Letters of South Slavic and other Latin alphabets with diacritics that English-language news writes
# as one letter or a digraph (Đorđe = Djordje or Dorde, Đurović = Djurovic or Djurovich, Šešelj =
# Seselj or Sheshelj, Žaklina = Zaklina or Zhaklina): one name, not a misspelling.
_DIACRITIC_SPELLINGS: dict[str, tuple[str, ...]] = {
    "đ": ("dj", "d", "dz"),
    "ć": ("ch", "c", "tch"),
    "č": ("ch", "c", "tch"),
    "š": ("sh", "s"),
    "ž": ("zh", "z"),
}

# "iy" inside a word is one Cyrillic/Arabic letter pair romanized two ways (Ziyad/Ziad, Aliyev/Aliev)
# in given names and Slavic family names; in other family names it is part of the name, and a dropped
# "y" is a misspelling (Niyonzima/Niyonzma).
_MID_IY = r"iy"
# A final "y" after a consonant romanizes the same letter as a final "i" in given names (Dmitry/Dmitri)
# and in family names romanized from Cyrillic or Arabic (a Slavic ending or an Arabic article or given
# name marks them); in any other family name it is part of an English or French name written one way
# (Henry, Kennedy, Murphy), and "-i" for it is a misspelling.
_FINAL_Y = r"(?<=[bcdfghjklmnpqrstvxz])y\b"
_FINAL_Y_RE = re.compile(_FINAL_Y)
_TRANSLIT_RULES: tuple[tuple[str, str], ...] = (
    # Romanizations of one Cyrillic/Arabic/Chinese spelling (BGN, ISO, press styles).
    (r"ey\b", "ei"),
    (r"ej\b", "ei"),
    (r"iy\b", "y"),
    (r"yy\b", "y"),
    (r"ii\b", "y"),
    (_MID_IY, "i"),
    (r"kh", "h"),
    (r"yu", "iu"),
    (r"ya", "ia"),
    (r"yo", "io"),
    (r"dzh", "j"),
    (r"zh", "j"),
    (r"tz", "ts"),
    (r"ou", "u"),
    (r"w", "v"),
    (r"ph", "f"),
    (r"\b(el|al|ul)[- ]", ""),
    # A final -y or -i after a consonant: Dmitry/Dmitri, Yury/Yuri, Grigory/Grigori (see _FINAL_Y).
    (_FINAL_Y, "i"),
)
# Ukrainian 'h' for Cyrillic g, except where 'h' is part of a digraph (ch, sh, zh, kh, th, ph, gh).
_SLAVIC_H = re.compile(r"(?<![cszkptg])h")


def _rules(s: str, keep_iy: bool = False, keep_final_y: bool = False) -> str:
    for pattern, repl in _TRANSLIT_RULES:
        if not (keep_iy and pattern == _MID_IY) and not (keep_final_y and pattern == _FINAL_Y):
            s = re.sub(pattern, repl, s)
    return s


_DOUBLED_CONSONANT = re.compile(r"([bcdfghjklmnpqrstvxz])\1")
# A "y" between two vowels is a glide that romanizations write or leave out (Hamdiyah/Hamdiah,
# Kuzoyev/Kuzoev); looked at only in family names marked as Arabic or with a Slavic ending.
_GLIDE = re.compile(r"(?<=[aeiou])y(?=[aeiou])")


@cache
def _families() -> dict[str, str]:
    """Folded spelling (as written, after the romanization rules, and with doubled consonants written
    once: Husain/Hussain, a press style for Arabic and Persian geminates) -> the family's key."""
    out: dict[str, str] = {}
    for family in load_data("name_variants.json")["given_name_families"]:
        head = _rules(_joined(family[0]))
        for member in family:
            written = _joined(member)
            for form in (written, _rules(written)):
                out.setdefault(form, head)
                out.setdefault(_DOUBLED_CONSONANT.sub(r"\1", form), head)
    return out


def _family_of(word: str) -> str | None:
    """The family key of a given name as written or with its doubled consonants written once."""
    families = _families()
    return families.get(word) or families.get(_DOUBLED_CONSONANT.sub(r"\1", word))


@cache
def _syllables() -> dict[str, str]:
    """Folded romanization of one syllable of a hyphenated given name -> its family's first member."""
    out: dict[str, str] = {}
    for family in load_data("name_variants.json")["hyphenated_syllables"]["families"]:
        for member in family:
            out[fold(member)] = fold(family[0])
    return out


_HYPHENATED = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")


def _one_syllable_spelling(folded: str) -> str:
    """Each part of a hyphenated name written as its syllable's first romanization (Lee-bae and E-bae
    alike); words outside a hyphenated name are left as written."""
    syllables = _syllables()
    return _HYPHENATED.sub(lambda m: "-".join(syllables.get(p, p) for p in m.group(0).split("-")), folded)


def _clean(name: str) -> str:
    """Folded, hyphenated syllables in one romanization, hyphens as spaces, apostrophes and Arabic article
    particles dropped ("al-Masri")."""
    cleaned = _one_syllable_spelling(fold(name)).replace("-", " ").replace("'", "")
    return re.sub(r"\b(?:el|al|ul) (?=\S)", "", cleaned)


def _joined(name: str) -> str:
    """A given name written in one or several words as one word ("Abdel-Aziz", "Abdelaziz")."""
    return _clean(name).replace(" ", "")


def _family_words(words: list[str]) -> list[str]:
    """Given-name words replaced by their family key, a name of two or three words ("Abdel Aziz")
    joined first when it is a family member."""
    families = _families()
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            joined = "".join(words[i : i + size])
            if len(words[i : i + size]) == size and (size == 1 or joined in families):
                out.append(_family_of(joined) or joined)
                i += size
                break
    return out


@cache
def _slavic() -> tuple[tuple[str, ...], int]:
    data = load_data("name_variants.json")["slavic_surnames"]
    return tuple(data["endings"]), int(data["min_length"])


def _slavic_surname(word: str) -> str:
    """h -> g and y -> i in a family name with a Slavic ending (Hnatenko -> gritsenko)."""
    endings, min_length = _slavic()
    if len(word) < min_length or not word.endswith(endings):
        return word
    return _SLAVIC_H.sub("g", _GLIDE.sub("", word).replace("iy", "i")).replace("y", "i")


@cache
def _patronymic_endings() -> tuple[str, ...]:
    return tuple(load_data("name_variants.json")["slavic_surnames"]["patronymic_endings"])


def _without_patronymic(words: list[str]) -> list[str]:
    """A middle word with a patronymic ending (Ivanovich) left out: news often drops it."""
    if len(words) < 3:
        return words
    middle = [w for w in words[1:-1] if not w.endswith(_patronymic_endings())]
    return [words[0], *middle, words[-1]]


@cache
def _arabic_vowel_rules() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in load_data("name_variants.json")["arabic_long_vowels"]["rules"])


_ARTICLE = re.compile(r"\b(?:el|al|ul)[- ](?=\S)")


def _arabic_marked(name: str) -> bool:
    """An article particle (al-Qasimi, Al Qasimee) or a given name of a transliteration family
    marks a name as romanized from Arabic (or Cyrillic), where long vowels are spelt several ways."""
    folded = fold(name)
    if _ARTICLE.search(folded):
        return True
    return any(_family_of(_joined(w)) for w in folded.replace("-", " ").split()[:-1])


def _arabic_surname(word: str) -> str:
    """Long vowels of an Arabic family name in one spelling (mansoori, mansouri -> mansuri)."""
    for pattern, repl in _arabic_vowel_rules():
        word = word.replace(pattern, repl)
    return word


@lru_cache(maxsize=1 << 16)
def translit_key(name: str) -> str:
    """A key equal for transliteration variants of one name: 'Sergey' and 'Sergei' share it, so do
    'Oleksandr Hnatenko' and 'Alexander Gnatenko'; 'Anthony' and 'Antony' do not (an inserted 'h'
    is a spelling, not a romanization)."""
    families = _families()
    arabic = _arabic_marked(name)
    words = _without_patronymic(_clean(name).split())
    # Whole given names first (a family member may be changed by the letter rules otherwise).
    given = _family_words(words[:-1])
    words = _family_words(_rules(" ".join(given)).split()) + words[-1:]
    if len(words) >= 2:
        last = _GLIDE.sub("", words[-1]) if arabic else words[-1]
        slavic = _slavic_surname(last)
        words[-1] = _rules(slavic, keep_iy=slavic == words[-1], keep_final_y=not arabic and slavic == last)
        if arabic:
            words[-1] = _arabic_surname(words[-1])
    elif words:
        words[-1] = families.get(_rules(words[-1]), _rules(words[-1]))
    return " ".join(w for w in words if w)


@lru_cache(maxsize=1 << 16)
def name_parts(name: str) -> tuple[str, str]:
    """Given names and family name of a full name, as transliteration keys ("", name) for one word."""
    parts = translit_key(name).split()
    if len(parts) < 2:
        return "", parts[0] if parts else ""
    return " ".join(parts[:-1]), parts[-1]


@lru_cache(maxsize=1 << 16)
def _folded_parts(name: str) -> tuple[str, str]:
    parts = fold(name).replace("-", " ").split()
    if len(parts) < 2:
        return "", parts[0] if parts else ""
    return " ".join(parts[:-1]), parts[-1]


@lru_cache(maxsize=1 << 16)
def same_person_spelling(a: str, b: str) -> str | None:
    """How two full names relate when they could be one person: "same", "transliteration",
    "misspelling"; None when they are (or may be) different people.

    Given names must be the same name (equal, of one family, or a close misspelling keeping the first
    letter): two people sharing a family name (Claudine and Eric Mukamana) are never one person."""
    if fold(a) == fold(b):
        return "same"
    if translit_key(a) == translit_key(b) or _diacritics_romanized(a, b) or _diacritics_romanized(b, a):
        return "transliteration"
    if _given_names_run_together(a, b) or _final_ie_as_i(a, b) or _final_ie_as_i(b, a):
        return "transliteration"
    given_a, sur_a = name_parts(a)
    given_b, sur_b = name_parts(b)
    if not given_a or not given_b:
        return None
    # Close family names are one name misspelt; a final -y kept as written (an English name) is compared
    # as -i too, as it was before the romanization rules kept it (Curry / Currie are close).
    close = _close_surnames(sur_a, sur_b) or _close_surnames(*(_FINAL_Y_RE.sub("i", x) for x in (sur_a, sur_b)))
    if not close:
        written_a, written_b = _folded_parts(a)[1], _folded_parts(b)[1]
        if jellyfish.jaro_winkler_similarity(written_a, written_b) < SURNAME_SIMILARITY and not _one_letter_off(
            written_a, written_b
        ):
            return None
    if given_a == given_b:
        return "misspelling"
    if sur_a == sur_b and (short_form(given_a, given_b) or short_vowel_romanized(given_a, given_b)):
        return "transliteration"  # "Suni"/"Sunita", "Alex"/"Alexander": a short form of one given name
    if sur_a == sur_b and nickname(*(_folded_parts(x)[0].split()[0] for x in (a, b))):
        return "transliteration"  # "Mike"/"Michael", "Peggy"/"Margaret": the form the person goes by
    # A misspelt given name keeps its first letter: compare the keys and, for names of a family whose
    # key is another member's spelling (Vladmir -> Vladimir, key "volodymyr"), the written forms too.
    for x, y in ((given_a, given_b), (_folded_parts(a)[0], _folded_parts(b)[0])):
        if x[:1] == y[:1] and jellyfish.jaro_winkler_similarity(x, y) >= GIVEN_NAME_SIMILARITY:
            return "misspelling"
        if inner_slip(x, y):
            return "misspelling"
    return None


def _close_surnames(a: str, b: str) -> bool:
    return a == b or jellyfish.jaro_winkler_similarity(a, b) >= SURNAME_SIMILARITY


def _given_names_run_together(a: str, b: str) -> bool:
    """One family name and the same letters of given names, written as one word or several
    ("Lilamani Toren" / "Lila Mani Toren" / "Lila-Mani Toren"): one name's orthography, not a
    misspelling. The family name must be the same word, so "Anna Lee" and "Ann Alee" stay apart."""
    given_a, sur_a = _folded_parts(a)
    given_b, sur_b = _folded_parts(b)
    return bool(given_a) and sur_a == sur_b and given_a.replace(" ", "") == given_b.replace(" ", "")


# A family name's final "-ie" after a consonant and the same name ending in "-i" are one final vowel
# romanized two ways (Arabic, Persian and Indic names: Nabie/Nabi, Rahmie/Rahmi). Only against "-i":
# Currie/Curry are two English names. At least this many letters before the "-ie" (Lie/Li stay apart).
FINAL_IE_MIN_STEM = 3
_FINAL_IE = re.compile(rf"[a-z]{{{FINAL_IE_MIN_STEM - 1},}}[bcdfghjklmnpqrstvxz]ie")


def _final_ie_as_i(with_e: str, without: str) -> bool:
    """The same given names, and a family name written with a final "-ie" in one and "-i" in the other."""
    given_a, sur_a = _folded_parts(with_e)
    given_b, sur_b = _folded_parts(without)
    return (
        bool(given_a)
        and sur_a == sur_b + "e"
        and _FINAL_IE.fullmatch(sur_a) is not None
        and translit_key(given_a + " x") == translit_key(given_b + " x")
    )


def _one_letter_off(a: str, b: str) -> bool:
    """Two long family names one edit apart with the same first letter (see SURNAME_MISSPELLING_MIN_LENGTH),
    or two letters swapped in a shorter one (Phiri/Pihri: a typing slip, never another name)."""
    if a[:1] != b[:1] or jellyfish.damerau_levenshtein_distance(a, b) != 1:
        return False
    swapped = len(a) == len(b) and sorted(a) == sorted(b)
    return min(len(a), len(b)) >= (TRANSPOSITION_MIN_LENGTH if swapped else SURNAME_MISSPELLING_MIN_LENGTH)


@lru_cache(maxsize=1 << 16)
def short_surname_slip(a: str, b: str) -> bool:
    """Given names of one person (:func:`same_person_spelling` with the family name set aside) and a
    short family name (SHORT_SURNAME_SLIP_MIN_LENGTH letters or more, same first letter) with one letter
    changed, dropped, added or swapped: one name misspelt if the two mentions also give the person the
    same role (checked by the caller; see :func:`factcheck.compare.entities.name_findings`). Longer
    family names are :func:`same_person_spelling`'s."""
    given_a, sur_a = _folded_parts(a)
    given_b, sur_b = _folded_parts(b)
    return (
        bool(given_a)
        and bool(given_b)
        and sur_a[:1] == sur_b[:1]
        and min(len(sur_a), len(sur_b)) >= SHORT_SURNAME_SLIP_MIN_LENGTH
        and jellyfish.damerau_levenshtein_distance(sur_a, sur_b) == 1
        and same_person_spelling(f"{given_a} {sur_a}", f"{given_b} {sur_a}") is not None
    )


def _diacritics_romanized(written: str, plain: str) -> bool:
    """``plain`` is ``written`` with its South Slavic letters romanized one way or another, letter by
    letter (see :data:`_DIACRITIC_SPELLINGS`): Đorđe Đurović / Djordje Djurovic."""
    low = written.lower()
    if not any(c in _DIACRITIC_SPELLINGS for c in low):
        return False
    parts = []
    for c in low.replace("-", " "):
        options = _DIACRITIC_SPELLINGS.get(c)
        parts.append(f"(?:{'|'.join(options)})" if options else re.escape(fold(c) if c.strip() else " "))
    target = " ".join(fold(plain).replace("-", " ").split())
    return re.fullmatch(re.sub(" +", " ", "".join(parts)).strip(), target) is not None
