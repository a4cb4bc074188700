"""People: misspellings vs transliterations vs different people; titles normalized."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.people.names import NameExtractor, TitleExtractor
from factcheck.normalize.people import person_block, person_identity, resolve_name, same_person_spelling, translit_key
from tests.helpers import context


@pytest.mark.parametrize(
    ("name", "canonical", "variant"),
    [
        ("Antony Blinken", "Antony Blinken", "canonical"),
        ("Anthony Blinken", "Antony Blinken", "misspelling"),
        ("Vladmir Putin", "Vladimir Putin", "misspelling"),
        ("Sergey Lavrov", "Sergei Lavrov", "transliteration"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "transliteration"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "canonical"),  # diacritics are one spelling
        ("Emanuel Macron", "Emmanuel Macron", "misspelling"),
    ],
)
def test_known_people(name: str, canonical: str, variant: str) -> None:
    person, how = resolve_name(name)
    assert person is not None and (person.name, how) == (canonical, variant)


@pytest.mark.parametrize("name", ["Sergei Shoigu", "Andrei Belousov"])
def test_different_people_with_similar_given_names_stay_apart(name: str) -> None:
    person, _ = resolve_name(name)
    assert person is not None and person.name == name


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Sergei Ivanov", "Sergey Ivanov", "transliteration"),
        ("Dmitry Orlov", "Dmitriy Orlov", "transliteration"),
        ("Maria Keller", "Marai Keller", "misspelling"),
        ("John Smith", "Jane Smith", None),
        ("Sergei Ivanov", "Andrei Ivanov", None),
        ("Sergei Ivanov", "Sergei Petrov", None),
        ("Anthony Reed", "Antony Reed", "misspelling"),
    ],
)
def test_same_person_spelling(a: str, b: str, relation: str | None) -> None:
    assert same_person_spelling(a, b) == relation


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz -", min_size=1, max_size=30))
def test_translit_key_is_idempotent_and_case_blind(name: str) -> None:
    assert translit_key(translit_key(name)) == translit_key(translit_key(name).upper())
    assert translit_key(name) == translit_key(name.upper())


def test_name_claims_once_per_spelling_and_unknown_people_need_a_cue() -> None:
    ctx = context(
        "Foreign Minister Sergey Lavrov spoke first. Lavrov later met Maria Keller, a trade envoy. "
        "Sergey Lavrov left. Sunday Market Street was closed."
    )
    claims = list(NameExtractor().extract(ctx))
    assert [(c.value, c.subject, c.normalized.variant) for c in claims] == [
        ("Sergey Lavrov", "Sergei Lavrov", "transliteration"),
        ("Maria Keller", "Maria Keller", "unknown"),
    ]


def test_titles_normalize_country_forms() -> None:
    ctx = context(
        "On Friday US Secretary of State Antony Blinken greeted Chinese President Xi Jinping, then his Russian "
        "counterpart, Vladimir Putin. Secretary of State Antony Blinken spoke later.",
        dt.date(2024, 5, 1),
    )
    got = [(c.subject, c.normalized.display, c.value) for c in TitleExtractor().extract(ctx)]
    assert got == [
        ("Antony Blinken", "Secretary of State of the United States", "US Secretary of State"),
        ("Xi Jinping", "President of China", "Chinese President"),
        ("Vladimir Putin", "President of Russia", "his Russian counterpart,"),
        ("Antony Blinken", "Secretary of State of the United States", "Secretary of State"),
    ]


def test_title_evidence_spans_title_and_name() -> None:
    text = "Yesterday German Chancellor Olaf Scholz arrived."
    (claim,) = TitleExtractor().extract(context(text))
    assert text[claim.evidence.start : claim.evidence.end] == "German Chancellor Olaf Scholz"
    assert claim.normalized.display == "Chancellor of Germany"


# ---------------------------------------------------------------- transliteration and identity


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Yuri Petrenko", "Yury Petrenko", "transliteration"),
        ("Grigori Sokolov", "Grigory Sokolov", "transliteration"),
        ("Yuri Petrenko", "Andrei Petrenko", None),
        ("Larisa Orlova", "Larissa Orlova", "misspelling"),
    ],
)
def test_final_y_and_i_are_one_romanization(a: str, b: str, relation: str | None) -> None:
    assert same_person_spelling(a, b) == relation


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Marit Solberg", "Marita Solberg", True),  # misspelt given name keeps its initial
        ("Yuri Petrenko", "Yury Petrenko", True),
        ("Yuri Petrenko", "Oksana Petrenko", False),  # two people with one family name
        ("Sergey Lavrov", "Sergei Lavrov", True),
        ("Sergei Shoigu", "Sergei Lavrov", False),
    ],
)
def test_person_identity(a: str, b: str, same: bool) -> None:
    assert (person_identity(a) == person_identity(b)) is same


def test_person_identity_of_known_people_is_their_lowercase_name() -> None:
    # Event subject keys (and so report fingerprints in users' baselines) keep their old form.
    assert person_identity("Anthony Blinken") == "antony blinken"
    assert person_identity("Marit Solberg") == "m solberg"


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["Yur", "Dmitr", "Grigor", "Anatol", "Valer"]),
    st.sampled_from(["Volkov", "Sidorenko", "Marchuk"]),
)
def test_final_y_or_i_gives_one_identity(stem: str, surname: str) -> None:
    assert person_identity(f"{stem}y {surname}") == person_identity(f"{stem}i {surname}")
    assert same_person_spelling(f"{stem}y {surname}", f"{stem}i {surname}") == "transliteration"


# ---------------------------------------------------------------- finding unknown people


def test_organisation_heads_leave_people_who_speak_for_them() -> None:
    # The person speaking for a company stays a person; a foreign name the parser tags as an
    # organisation (no head word at its end) is still read by its cues.
    text = (
        "Kestrel Maritime said the ship had sailed. Oleksandr Prokudin, a spokesman for Kestrel Maritime,"
        " said 12 crew were aboard."
    )
    assert [m.text for m in context(text).people] == ["Oleksandr Prokudin"]


def test_a_name_inside_an_organisation_the_parser_tags_with_a_head_word_is_no_person() -> None:
    # "Liberal People" cut at its possessive, with "People" written alone in the article (a cue for a
    # family name), lies in the parser's "Liberal People's Party": a party, not a person.
    text = (
        "The People's Alliance won 49 percent. Oskar Velander, main opposition Liberal People's Party (LPP)"
        " chair, won 45 percent."
    )
    assert [m.text for m in context(text).people] == ["Oskar Velander"]


def _people(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.canonical, m.role) for m in context(text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names with diacritics are names.
        ("Officials said Zoë Łukasik would attend.", [("Zoë Łukasik", "Zoë Łukasik", None)]),
        # A common given name first is enough.
        ("Marta Kralj arrived late.", [("Marta Kralj", "Marta Kralj", None)]),
        # A name repeated by its last word alone: the full mention is a person's.
        (
            "Bo Lindqvist opened the meeting. Lindqvist spoke for an hour.",
            [("Bo Lindqvist", "Bo Lindqvist", None), ("Lindqvist", "Bo Lindqvist", None)],
        ),
        # A person noun or an honorific before the name.
        ("The race went to skipper Tove Aasen on Sunday.", [("Tove Aasen", "Tove Aasen", None)]),
        ("Capt. Rhys Pengelly brought the ferry in.", [("Rhys Pengelly", "Rhys Pengelly", None)]),
        ("Skipper Tove Aasen won.", [("Tove Aasen", "Tove Aasen", None)]),
        ("The defeated candidate, Zdenko Brajović, conceded.", [("Zdenko Brajović", "Zdenko Brajović", None)]),
        # Apposition forms: age, relative clause, "the <Adjective> <noun>".
        ("Rhys Pengelly, 52, was at the helm.", [("Rhys Pengelly", "Rhys Pengelly", None)]),
        ("Jean-Luc Marchand, the Belgian envoy, left.", [("Jean-Luc Marchand", "Jean-Luc Marchand", None)]),
        # A list of victims cut at its semicolons: each clause is capitalized word by word, yet no headline.
        (
            "Five victims were named. They are Odile Marra Venk, 54; Pavo Lindqvar, 83; Ulla Brenno, 79.",
            [
                ("Odile Marra Venk", "Odile Marra Venk", None),
                ("Pavo Lindqvar", "Pavo Lindqvar", None),
                ("Ulla Brenno", "Ulla Brenno", None),
            ],
        ),
        # A possessive ends the name: the club after it is not part of it.
        (
            "Tove Aasen's Oslo Seilforening crew won. Aasen was pleased.",
            [("Tove Aasen", "Tove Aasen", None), ("Aasen", "Tove Aasen", None)],
        ),
    ],
)
def test_unknown_people_with_a_cue(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross said the roads were closed.",  # "the" before: an organisation
        "A study by Oxford Economics was cited.",  # "by" alone is not a person cue
        "Storm Hits Coastal Towns As Ferry Services Halt",  # Title Case headline
        "Tove Aasen Wins Third Title In Stormy Finale",  # a headline, even with a given name
        "The Italian yacht Onda Blu finished third.",  # nationality + a boat
        "Charlotte Hornets fans queued outside.",  # a given name that is also a city
        "The Xi Jinping-Putin talks ran late.",  # a compound of known names is not an unknown person
        "Hurricane Odile hit the coast. Odile weakened overnight.",  # a storm named like a person
        # A name ending in an organisation's head word is a company or a body speaking.
        "Kestrel Maritime said the ship had sailed.",
        "Velmar Aviation said the flight landed safely.",
        "The Tarn Valley Survey said the tremor was shallow.",
    ],
)
def test_no_unknown_person_without_a_cue(text: str) -> None:
    assert [m for m in context(text).people if not m.known] == []


@pytest.mark.parametrize(
    ("text", "role", "country", "title"),
    [
        (
            "The Prime Minister of Sweden, Ebba Lindahl, spoke first.",
            "Prime Minister",
            "Sweden",
            "The Prime Minister of Sweden",
        ),
        ("Peru's President Rosa Quispe arrived.", "President", "Peru", "Peru's President"),
        ("Board chairman Oskar Brandt resigned.", "Chairman", None, "chairman"),
        ("Oskar Brandt, the chairman of the board, resigned.", "Chairman", None, "the chairman"),
        ("Lena Ruiz, Peru's foreign minister, left.", "Foreign Minister", "Peru", "Peru's foreign minister"),
        ("Lima's newly elected mayor, Rosa Quispe, spoke.", "Mayor", None, "Lima's newly elected mayor"),
        ("The mayor of Cusco, Rosa Quispe, spoke.", "Mayor", None, "The mayor of Cusco"),
        ("The President of Peru, Rosa Quispe, spoke.", "President", "Peru", "The President of Peru"),
        # Appositions with an indefinite article or none (then closed by of/at/for).
        ("Oskar Brandt, a spokesman for the airline, declined.", "Spokesperson", None, "a spokesman"),
        ("Oskar Brandt, chairman of the port authority, resigned.", "Chairman", None, "chairman"),
        (
            "The airline's press spokeswoman, Rosa Quispe, declined.",
            "Spokesperson",
            None,
            "airline's press spokeswoman",
        ),
    ],
)
def test_title_forms(text: str, role: str, country: str | None, title: str) -> None:
    (m,) = [m for m in context(text).people if m.full]
    assert (m.role, m.country, m.title_text) == (role, country, title)


@pytest.mark.parametrize(
    "text",
    [
        "Oskar Brandt, chairman and founder, resigned.",  # no "of/at/for": a list, not an apposition
        "Oskar Brandt, an architect from Lima, spoke.",  # a person noun, not a title
    ],
)
def test_bare_or_indefinite_apposition_needs_a_role_and_a_closing_preposition(text: str) -> None:
    assert [m.role for m in context(text).people if m.role is not None] == []


def test_title_claim_value_drops_an_indefinite_article() -> None:
    (claim,) = TitleExtractor().extract(context("Oskar Brandt, a spokesman for the airline, declined."))
    assert (claim.normalized.display, claim.value) == ("Spokesperson", "spokesman")


def test_lowercase_general_is_not_a_title() -> None:
    assert [m.role for m in context("In general Oskar Brandt said little.").people] == [None]


def test_title_claim_evidence_covers_an_apposition() -> None:
    text = "Oskar Brandt, the chairman of the board, resigned."
    (claim,) = TitleExtractor().extract(context(text))
    assert text[claim.evidence.start : claim.evidence.end] == "Oskar Brandt, the chairman"
    assert (claim.normalized.display, claim.value) == ("Chairman", "chairman")


def test_two_people_with_one_surname_stay_apart_and_the_bare_surname_is_the_first() -> None:
    text = (
        "Mayor-elect Yury Petrenko thanked voters. The count was run by Oksana Petrenko, the chairwoman "
        "of the commission. Petrenko, 47, is a former teacher."
    )
    got = [(m.text, m.canonical, m.key) for m in context(text).people]
    assert got == [
        ("Yury Petrenko", "Yury Petrenko", "unknown:petrenko"),
        ("Oksana Petrenko", "Oksana Petrenko", "unknown:oksana petrenko"),
        ("Petrenko", "Yury Petrenko", "unknown:petrenko"),
    ]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ABCDEFGHKLMNabcdeijklmnoprstuyzáéčćš ,.'-\n", max_size=120))
def test_find_people_spans_match_the_text(text: str) -> None:
    for m in context(text).people:
        assert text[m.start : m.end] == m.text


# ---------------------------------------------------------------- event participants


def test_participants_of_one_event_share_a_key_across_spellings_and_missing_names() -> None:
    from factcheck.extract.analysis.participants import event_participants, participants_subject

    a = context("Prime Minister Marit Solberg and President Rosa Quispe signed the accord. Solberg said it was fair.")
    b = context("The accord was signed with Prime Minister Marita Solberg. Rosa Quispe will brief governors.")
    keys = set()
    for ctx in (a, b):
        for sentence in ctx.sentences:
            keys.add(participants_subject(event_participants(ctx, sentence))[1])
    assert keys == {"m solberg|r quispe"}


# ---------------------------------------------------------------- transliteration families and misspellings


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Mohammed Haddad", "Muhammad Haddad", "transliteration"),
        ("Mohamed Haddad", "Mohammad Haddad", "transliteration"),
        ("Youssef Haddad", "Yusuf Haddad", "transliteration"),
        ("Mohammed Haddad", "Youssef Haddad", None),  # brothers, not one man
        ("Oleksandr Marchenko", "Alexander Marchenko", "transliteration"),
        ("Mykola Bondarenko", "Nikolai Bondarenko", "transliteration"),
        ("Bohdan Hnatyuk", "Bogdan Gnatyuk", "transliteration"),  # Ukrainian h/y, Russian g/i
        ("Petro Horbenko", "Petro Gorbenko", "transliteration"),
        ("Halyna Hnatyuk", "Bohdan Hnatyuk", None),
        ("John Hall", "John Gall", None),  # no Slavic ending: h/g is another name
        ("Jean Bizimungura", "Jean Bizimugura", "misspelling"),  # a letter dropped from a long name
        ("Ziyad Haddad", "Ziad Haddad", "transliteration"),
        ("Karim al-Masri", "Kareem Masri", "transliteration"),
        # Arabic long vowels in a family name marked as Arabic (article or a family given name).
        ("Tariq Al Hammoodi", "Tarek al-Hammoudi", "transliteration"),
        ("Walid Al Qasimi", "Waleed al-Qaseemi", "transliteration"),
        ("Hamid Al Zarooni", "Hamed al-Zarouni", "transliteration"),
        ("Layla el-Sharqoori", "Layla Sharqouri", "transliteration"),
        ("Daniel Moore", "Daniel Moure", None),  # no Arabic mark: the spellings stay apart
        ("Hana Al Suwaidi", "Walid Al Suwaidi", None),  # two people of one family
    ],
)
def test_transliteration_families_both_ways(a: str, b: str, relation: str | None) -> None:
    assert same_person_spelling(a, b) == relation
    assert same_person_spelling(b, a) == relation


def _families() -> list[list[str]]:
    from factcheck.normalize.reference import load_data

    return list(load_data("name_variants.json")["given_name_families"])


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_every_member_of_a_family_is_a_transliteration_of_every_other(data: st.DataObject) -> None:
    family = data.draw(st.sampled_from(_families()))
    a, b = data.draw(st.sampled_from(family)), data.draw(st.sampled_from(family))
    assert same_person_spelling(f"{a} Kowalczuk", f"{b} Kowalczuk") in ("same", "transliteration")
    assert person_block(f"{a} Kowalczuk") == person_block(f"{b} Kowalczuk")


def test_person_block_joins_spellings_and_leaves_other_given_names_out() -> None:
    assert person_block("Oleksandr Hrytsenko") == person_block("Alexander Gritsenko") == "o g"
    assert person_block("Jean Bizimungura") == person_block("Jean Bizimugura")
    assert person_block("Iryna Hrytsenko") != person_block("Oleksandr Hrytsenko")


# ---------------------------------------------------------------- ranks, modifiers, bylines


def test_rank_between_title_and_name_is_neither() -> None:
    ctx = context("“The divers are back,” police spokesman Superintendent Jean-Paul Kamanzi told reporters.")
    assert [c.value for c in NameExtractor().extract(ctx)] == ["Jean-Paul Kamanzi"]
    assert [(c.normalized.display, c.value) for c in TitleExtractor().extract(ctx)] == [("Spokesperson", "spokesman")]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Deputy Governor Halyna Marchuk voted against.", "Halyna Marchuk", "Deputy Governor"),
        ("The acting mayor, Lena Voss, closed the road.", "Lena Voss", "Acting Mayor"),
        ("Interim Mayor Lena Voss closed the road.", "Lena Voss", "Acting Mayor"),
        ("Vice President Omar Diallo arrived.", "Omar Diallo", "Vice President"),
        # One office in two English renderings: a vice governor is the deputy governor.
        ("Vice Governor Halyna Marchuk voted against.", "Halyna Marchuk", "Deputy Governor"),
        ("Vice Gov. Halyna Marchuk voted against.", "Halyna Marchuk", "Deputy Governor"),
        ("Former deputy mayor Ivo Kralj spoke.", "Ivo Kralj", "Deputy Mayor"),
        ("Governor Taras Marchuk spoke.", "Taras Marchuk", "Governor"),
    ],
)
def test_role_changing_modifiers(text: str, name: str, role: str) -> None:
    (claim,) = TitleExtractor().extract(context(text))
    assert (claim.subject, claim.normalized.base) == (name, role)


def test_two_people_sharing_a_family_name_have_separate_title_and_name_keys() -> None:
    ctx = context("Deputy Governor Halyna Marchuk voted no. Governor Taras Marchuk said the cut was right.")
    titles = {c.subject: c.subject_key for c in TitleExtractor().extract(ctx)}
    names = {c.subject: c.subject_key for c in NameExtractor().extract(ctx)}
    # titles meet in the block of the family name's initial, which the comparison splits into people
    # (tests/test_surname_titles.py: two people sharing a family name keep two title findings)
    assert titles["Halyna Marchuk"] == titles["Taras Marchuk"] == "unknown:m"
    assert names["Halyna Marchuk"] != names["Taras Marchuk"]


def _name_findings(*texts: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    from factcheck.compare import compare_claims
    from factcheck.pipeline import extract_document
    from tests.helpers import document

    filler = ("Rain is forecast.", "The council met.", "Schools stay closed.", "Roads reopened.", "Bread is dear.")
    docs = [document(f"{t}\n\n{filler[i]}", source_id=f"s{i + 1}") for i, t in enumerate(texts)]
    found = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings
    return [
        (f.status.value, [(v.value, [e.source_id for e in v.sources]) for v in f.values])
        for f in found
        if f.attribute == "name spelling"
    ]


def test_a_dropped_letter_is_a_misspelling_and_the_majority_spelling_is_preferred() -> None:
    right = "Police spokesman Jean Bizimungura said the search went on."
    wrong = "Police spokesman Jean Bizimugura said the search went on."
    assert _name_findings(right, right.replace("went", "goes"), wrong) == [
        ("conflict", [("Jean Bizimungura", ["s1", "s2"]), ("Jean Bizimugura", ["s3"])])
    ]


def test_transliterations_agree_and_people_sharing_a_family_name_stay_apart() -> None:
    found = _name_findings(
        "Governor Oleksandr Marchenko said rates would fall. His deputy, Halyna Marchenko, disagreed.",
        "Governor Alexander Marchenko said rates would fall.",
    )
    assert ("agreement", [("Oleksandr Marchenko", ["s1"]), ("Alexander Marchenko", ["s2"])]) in found
    assert all("Halyna Marchenko" not in [v for v, _ in values] or len(values) == 1 for _, values in found)


@pytest.mark.parametrize(
    "text",
    [
        "By Marta Quiroga | 09:15 CET\n\nThe dam held, engineers said.",
        "The dam held, engineers said.\n\n(Reporting by Marta Quiroga; Editing by Pavel Ondrej)",
        "BY Marta Quiroga, Chief Science Writer\n\nThe dam held, engineers said.",
    ],
)
def test_bylines_name_no_person_of_the_story(text: str) -> None:
    assert _people(text) == []


def test_a_sentence_starting_with_by_keeps_its_people() -> None:
    text = "By the end of the week, engineer Marta Quiroga said the dam would be safe again."
    assert [name for name, _, _ in _people(text)] == ["Marta Quiroga"]


# ---------------------------------------------------------------- South Slavic letters, one-letter surname slips


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Đurađ Mitrović", "Djuradj Mitrovic", "transliteration"),
        ("Đurađ Mitrović", "Durad Mitrovich", "transliteration"),
        ("Žarko Šimić", "Zharko Simich", "transliteration"),
        ("Žarko Šimić", "Zarko Simic", "same"),  # letters without their marks: one spelling
        ("Žarko Šimić", "Marko Simic", None),  # another given name: another person
        ("Tobias Wendlinger", "Tobias Wendlenger", "misspelling"),  # one letter in a long family name
        ("Tobias Wendlinger", "Tobias Wendlingmair", None),
        ("Ana Lee", "Ana Lea", None),  # short family names one letter apart are other names
        ("Tomas Brandauer", "Lukas Brandauer", None),
    ],
)
def test_diacritics_and_one_letter_slips(a: str, b: str, relation: str | None) -> None:
    assert same_person_spelling(a, b) == relation
    assert same_person_spelling(b, a) == relation


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["đ", "ć", "č", "š", "ž", "a", "o", "r", "n"]), min_size=2, max_size=6))
def test_every_romanization_of_south_slavic_letters_is_one_name(letters: list[str]) -> None:
    written = "Ivo " + "Ma" + "".join(letters) + "ić"
    plain = {"đ": "dj", "ć": "c", "č": "ch", "š": "sh", "ž": "z"}
    romanized = "".join(plain.get(c, c) for c in written)
    assert same_person_spelling(written, romanized) in ("same", "transliteration")


# ---------------------------------------------------------------- ministers of a portfolio


@pytest.mark.parametrize(
    ("text", "name", "role", "shown"),
    [
        (
            "Minister of Tourism and Wildlife Joseph Banda visited the port.",
            "Joseph Banda",
            "Tourism Minister",
            "Minister of Tourism and Wildlife",
        ),
        ("Tourism Minister Joseph Banda visited the port.", "Joseph Banda", "Tourism Minister", None),
        ("The Minister of Tourism, Joseph Banda, visited the port.", "Joseph Banda", "Tourism Minister", None),
        (
            "The minister of tourism and energy Joseph Banda visited the port.",
            "Joseph Banda",
            "Energy Minister",  # a listed portfolio among the fields names the role
            "minister of tourism and energy",
        ),
        ("Health Minister Joseph Banda visited the port.", "Joseph Banda", "Health Minister", None),
    ],
)
def test_minister_of_a_portfolio(text: str, name: str, role: str, shown: str | None) -> None:
    people = context(text).people
    assert [(m.text, m.role, m.role_display) for m in people] == [(name, role, shown)]


def _findings(*texts: str, attribute: str) -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    from factcheck.compare import compare_claims
    from factcheck.pipeline import extract_document
    from tests.helpers import document

    filler = ("Rain is forecast.", "The council met.", "Schools stay closed.", "Roads reopened.", "Bread is dear.")
    docs = [document(f"{t}\n\n{filler[i]}", source_id=f"s{i + 1}") for i, t in enumerate(texts)]
    found = compare_claims([extract_document(d) for d in docs], {d.source.id: d.text for d in docs}).findings
    return [
        (f.status.value, f.subject, [(v.value, [e.source_id for e in v.sources]) for v in f.values])
        for f in found
        if f.attribute == attribute
    ]


def test_long_and_short_form_of_a_portfolio_agree() -> None:
    found = _findings(
        "Minister of Tourism and Wildlife Joseph Banda visited the port.",
        "Tourism Minister Joseph Banda visited the port on Monday.",
        attribute="title",
    )
    assert [(status, subject) for status, subject, _ in found] == [("agreement", "Joseph Banda")]


def test_a_misspelt_family_name_meets_the_right_one_in_titles() -> None:
    found = _findings(
        "Company chairman Tobias Wendlinger said the plant would reopen.",
        "Company chairman Tobias Wendlinger said the plant would reopen in May.",
        "Company chairman Tobias Wendlenger said the plant would reopen.",
        attribute="title",
    )
    assert found == [("agreement", "Tobias Wendlinger", [("Chairman", ["s1", "s2", "s3"])])]


def test_nationality_before_a_name_conflicts_like_a_title() -> None:
    found = _findings(
        "The Ugandan Moses Okello won the race.",
        "Ugandan runner Moses Okello won the race on Sunday.",
        "Kenyan Moses Okello won the race.",
        attribute="nationality",
    )
    assert found == [("conflict", "Moses Okello", [("Ugandan", ["s1", "s2"]), ("Kenyan", ["s3"])])]


def test_a_country_in_a_title_is_not_a_nationality_claim() -> None:
    ctx = context("Kenyan Interior Minister Moses Okello spoke. Uganda's Grace Atim replied.")
    found = [(c.subject, c.normalized.display) for c in TitleExtractor().extract(ctx) if c.attribute == "nationality"]
    assert found == [("Grace Atim", "Ugandan")]


def test_a_country_after_the_name_is_a_person_cue_and_a_nationality() -> None:
    ctx = context("Kemboi pulled away from Amos Keter of Kenya near the bridge.")
    assert [m.text for m in ctx.people] == ["Amos Keter"]
    found = [(c.subject, c.value, c.normalized.display) for c in TitleExtractor().extract(ctx)]
    assert found == [("Amos Keter", "Kenya", "Kenyan")]


@pytest.mark.parametrize("suffix", ["FM", "TV", "Holdings"])
def test_a_run_before_an_organisation_suffix_is_no_person(suffix: str) -> None:
    assert _people(f"He told Coast Sound {suffix} on Monday that Greta Lind said she would stay.") == [
        ("Greta Lind", "Greta Lind", None)
    ]


@pytest.mark.parametrize(
    ("text", "role", "shown"),
    [
        (
            "Minister for Housing, Local Government and Heritage Ciara Nolan said the plan was ready.",
            "Housing Minister",
            "Minister for Housing, Local Government and Heritage",
        ),
        ("Health and Social Care Secretary Owen Pryce visited.", "Health Minister", "Health and Social Care Secretary"),
        ("The company's chief financial officer, Ruth Okafor, said costs rose.", "Chief Financial Officer", None),
    ],
)
def test_portfolios_with_several_fields_and_company_officers(text: str, role: str, shown: str | None) -> None:
    assert [(m.role, m.role_display) for m in context(text).people] == [(role, shown)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's Ana Soto said she was tired.", [("Ana Soto", "Chilean")]),
        ("Chilean sprinter Ana Soto said she was tired.", [("Ana Soto", "Chilean")]),
        ("Chile's coach Ana Soto said she was tired.", []),  # an affiliation: she coaches Chile's team
    ],
)
def test_a_country_possessive_is_a_nationality_only_right_before_the_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = TitleExtractor().extract(context(text))
    assert [(c.subject, c.normalized.display) for c in found if c.attribute == "nationality"] == expected


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Grace Mbewe", "Grace Mbeew", "misspelling"),  # two letters swapped in a short family name
        ("Grace Mbewe", "Grace Mbeke", None),  # one letter changed in a short one: maybe another name
    ],
)
def test_swapped_letters_are_a_slip(a: str, b: str, relation: str | None) -> None:
    assert same_person_spelling(a, b) == relation


def test_a_portfolio_with_a_longer_first_field_agrees_with_its_short_form() -> None:
    found = _findings(
        "The Minister of Water Development and Sanitation, Grace Mbewe, said the dam was safe.",
        "Water Minister Grace Mbewe said the dam was safe on Monday.",
        attribute="title",
    )
    assert [(status, subject) for status, subject, _ in found] == [("agreement", "Grace Mbewe")]


def test_an_inner_letter_changed_in_a_given_name_is_a_slip() -> None:
    assert same_person_spelling("Jelena Kovačević", "Jelana Kovacevic") == "misspelling"
    assert same_person_spelling("Ana Kovač", "Ada Kovač") is None  # short names: maybe two people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The motion, tabled by Dragan Milošević, failed.", ["Dragan Milošević"]),
        ("The report was drafted by Ioana Vasilescu and colleagues.", ["Ioana Vasilescu"]),
        ("Trains to Novi Sad and Zrenjanin were cancelled.", []),  # places, not people
    ],
)
def test_a_family_name_ending_is_a_person_cue(text: str, expected: list[str]) -> None:
    assert [name for name, _, _ in _people(text)] == expected


def test_a_plural_possessive_ends_a_name() -> None:
    text = "Workers at Nordvik Holdings' Kasenga plant said they were safe, Anna Berg said."
    assert all("Kasenga" not in name for name, _, _ in _people(text))


@pytest.mark.parametrize(
    "text",
    [
        "Vltava Rail said on Monday that services would resume.",
        "Harbour Point Logistics said its profit rose.",
        "Kestrel Mining said the shaft was closed.",
    ],
)
def test_a_company_ending_in_an_industry_noun_is_not_a_person(text: str) -> None:
    assert [m.text for m in context(text).people] == []


def test_an_industry_noun_does_not_hide_the_person_next_to_it() -> None:
    text = "Vltava Rail spokeswoman Anna Kralova said services would resume."
    assert [(m.text, m.role) for m in context(text).people] == [("Anna Kralova", "Spokesperson")]


def test_a_capitalized_person_noun_and_a_portfolio_are_not_part_of_the_name() -> None:
    ctx = context(
        "Curator Lotte Peeters said the vault was empty. Minister for Climate Action Pere Vidal said little. "
        "The dam is low. Marc Soler of the irrigation board asked for patience."
    )
    assert [c.value for c in NameExtractor().extract(ctx)] == ["Lotte Peeters", "Pere Vidal", "Marc Soler"]
