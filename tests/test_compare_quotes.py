"""Quote findings: fragments agree, changed words and swapped speakers conflict; labels agree."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.compare import compare_claims
from factcheck.compare.quotes import comparison_words, word_diff
from factcheck.ingest import load_document
from factcheck.models import Finding, Severity, Status
from factcheck.pipeline import extract_document
from tests.helpers import SEEDS, document, needs_seeds

# Different news around each quote, so that the test articles are not taken for reprints of one story.
_CONTEXT = (
    "Rain is forecast again for the weekend.",
    "The regional council met in emergency session on Wednesday night.",
    "Insurers have received more than a thousand claims.",
    "Schools in the lower town stay closed until further notice.",
)


def _findings(*texts: str, attribute: str = "quote") -> list[Finding]:
    docs = [document(f"{text}\n\n{_CONTEXT[i % len(_CONTEXT)]}", source_id=f"s{i + 1}") for i, text in enumerate(texts)]
    files = [extract_document(d) for d in docs]
    found = compare_claims(files, {d.source.id: d.text for d in docs}).findings
    return [f for f in found if f.attribute == attribute]


def _summary(f: Finding) -> tuple[str, str, list[tuple[str, list[str]]]]:
    return f.status.value, f.kind, [(v.value, [e.source_id for e in v.sources]) for v in f.values]


FULL = "Keir Starmer told reporters, “We will rebuild every home that the water took, and we will do it this year.”"
FRAGMENT = "Keir Starmer vowed on Tuesday to “rebuild every home that the water took”."


def test_fragment_of_a_longer_quote_agrees() -> None:
    (finding,) = _findings(FULL, FRAGMENT)
    assert _summary(finding) == (
        "agreement",
        "quote-agreement",
        [
            ("We will rebuild every home that the water took, and we will do it this year.", ["s1"]),
            ("rebuild every home that the water took", ["s2"]),
        ],
    )
    assert finding.subject == "Keir Starmer"
    assert "fragment" in finding.explanation
    assert finding.diff is None


def test_one_source_alone_is_unique() -> None:
    (finding,) = _findings(FULL)
    assert (finding.status, finding.kind) == (Status.UNIQUE, "quote-unique")


def test_changed_month_is_a_conflict_with_a_word_diff() -> None:
    a = "“We will reopen the bridge to traffic by March,” Keir Starmer said."
    b = "“We will reopen the bridge to traffic by June,” Keir Starmer said."
    c = "Keir Starmer said: “We will reopen the bridge to traffic by March.”"
    (finding,) = _findings(a, b, c)
    assert (finding.status, finding.kind, finding.severity) == (Status.CONFLICT, "quote-wording", Severity.ERROR)
    assert finding.diff == "s2: -march +june"
    assert finding.preferred is not None
    assert finding.preferred.value == "We will reopen the bridge to traffic by March"


def test_negation_change_is_a_conflict() -> None:
    a = "“We will accept this offer from the unions,” Olaf Scholz said."
    b = "“We will not accept this offer from the unions,” Olaf Scholz said."
    (finding,) = _findings(a, b)
    assert (finding.status, finding.severity) == (Status.CONFLICT, Severity.ERROR)
    assert finding.diff == "s1: -not"
    assert finding.preferred is None  # one source each: no honest majority


def test_one_word_changed_in_a_long_quote_is_worded_slightly_differently() -> None:
    a = "“We will rebuild every single house that the flood took from us this spring,” Olaf Scholz said."
    b = "“We will rebuild every house that the flood took from us this spring,” Olaf Scholz said."
    (finding,) = _findings(a, b)
    assert finding.status == Status.AGREEMENT
    assert "worded slightly differently" in finding.explanation
    assert finding.diff == "s2: -single"


def test_punctuation_case_and_contractions_only_agree() -> None:
    a = "“We don't give up, ever, in this town,” Olaf Scholz said."
    b = "“We do not give up ever in this town,” Olaf Scholz said."
    (finding,) = _findings(a, b)
    assert (finding.status, finding.kind) == (Status.AGREEMENT, "quote-agreement")
    assert finding.diff is None


def test_reworded_quote_without_numbers_negations_or_names_agrees_with_the_diff() -> None:
    a = "“We will rebuild the houses quickly and cheaply for all the families,” Olaf Scholz said."
    b = "“We shall repair the houses swiftly and cheaply for all the families,” Olaf Scholz said."
    (finding,) = _findings(a, b)
    assert (finding.status, finding.kind, finding.severity) == (Status.AGREEMENT, "quote-agreement", Severity.INFO)
    assert "word the remark differently" in finding.explanation
    assert finding.diff == "s1: -shall repair +will rebuild; -swiftly +quickly"


def test_two_transcripts_of_one_remark_agree() -> None:
    a = "“The pumps are still running and we think the water in the cellars may keep rising,” Olaf Scholz said."
    b = "“The pumps are still working, and we think that the water in the cellars may rise further,” Olaf Scholz said."
    (finding,) = _findings(a, b)
    assert (finding.status, finding.kind) == (Status.AGREEMENT, "quote-agreement")
    assert finding.diff is not None


def test_one_sentence_or_two_and_a_single_for_one_agree() -> None:
    a = "“The river rose two metres in one night, and that is why the dyke failed,” Olaf Scholz said."
    b = "“The river rose two metres in a single night. That is why the dyke failed.” Olaf Scholz said."
    (finding,) = _findings(a, b)
    assert finding.status == Status.AGREEMENT
    assert finding.diff == "s1: -a single +one; +and"


def test_another_number_is_still_a_conflict() -> None:
    a = "“The river rose two metres in one night, and that is why the dyke failed,” Olaf Scholz said."
    b = "“The river rose two metres in two nights, and that is why the dyke failed,” Olaf Scholz said."
    (finding,) = _findings(a, b)
    assert (finding.status, finding.severity) == (Status.CONFLICT, Severity.ERROR)


def test_a_pronoun_for_the_name_agrees_but_another_name_conflicts() -> None:
    full = "“Greta is quick, brave and she never gives up. She is the leader this crew was missing,” said Olaf Scholz."
    pronoun = (
        "“She is quick, she is brave and she never gives up. She is the leader this crew lacked,” Olaf Scholz said."
    )
    (finding,) = _findings(full, pronoun)
    assert finding.status == Status.AGREEMENT
    a = "“We sent the rescue boats to Greta Island before midnight,” Olaf Scholz said."
    b = "“We sent the rescue boats to Marta Island before midnight,” Olaf Scholz said."
    (finding,) = _findings(a, b)
    assert (finding.status, finding.kind) == (Status.CONFLICT, "quote-wording")


def test_a_fragment_agrees_with_the_outlet_that_has_its_exact_words() -> None:
    full = "“He is quick and he is brave. He is exactly the sailor we were missing,” Olaf Scholz said."
    other = "“He is quick, he is brave. He is exactly what we were missing,” Olaf Scholz said."
    fragment = "Olaf Scholz said the crew had found “exactly the sailor we were missing” in the end."
    (finding,) = _findings(full, other, fragment)
    assert finding.status == Status.AGREEMENT
    assert sorted(e.source_id for v in finding.values for e in v.sources) == ["s1", "s2", "s3"]


def test_a_lone_outlet_changing_words_that_others_quote_alike_misquotes() -> None:
    a = "Orla Vintry said in a statement: “The next age of shipping has begun, and our ports are ready.”"
    b = "“The next age of shipping has begun,” Orla Vintry said in a statement."
    c = "“The next age of shipping has begun,” Orla Vintry said on Tuesday."
    d = "“The next age of shipping is underway,” Orla Vintry said."
    (finding,) = _findings(a, b, c, d)
    assert (finding.status, finding.kind, finding.severity) == (Status.CONFLICT, "quote-wording", Severity.WARNING)
    assert finding.preferred is not None
    assert finding.preferred.value == "The next age of shipping has begun"
    # One outlet against one: two transcripts of one remark, still an agreement with the diff.
    (finding,) = _findings(b, d)
    assert finding.status == Status.AGREEMENT


def test_two_people_sharing_a_family_name_are_two_speakers() -> None:
    a = "“The harbour wall will be rebuilt before the winter storms,” Lena Okafor said."
    b = "“The harbour wall will be rebuilt before the winter storms,” Peter Okafor said."
    (finding,) = _findings(a, b)
    assert (finding.status, finding.kind) == (Status.CONFLICT, "quote-speaker")


def test_same_words_given_to_two_people_conflict() -> None:
    a = "“The river has never been this high in living memory,” Keir Starmer said."
    b = "“The river has never been this high in living memory,” Emmanuel Macron said."
    (finding,) = _findings(a, b)
    assert _summary(finding) == (
        "conflict",
        "quote-speaker",
        [("Keir Starmer", ["s1"]), ("Emmanuel Macron", ["s2"])],
    )
    assert finding.values[0].text == "The river has never been this high in living memory"


def test_different_quotes_of_one_speaker_stay_apart() -> None:
    a = "“The river has never been this high in living memory,” Keir Starmer said."
    b = "“Our engineers worked through the night to save the station,” Keir Starmer said."
    found = _findings(a, b)
    assert sorted(_summary(f)[0] for f in found) == ["unique", "unique"]


def test_a_short_phrase_of_two_speakers_is_not_one_quote() -> None:
    a = "Keir Starmer called the storm “a disaster”."
    b = "“This is a disaster for the farmers of the whole valley,” Emmanuel Macron said."
    found = _findings(a, b)
    assert sorted(f.kind for f in found) == ["quote-unique", "quote-unique"]


UNNAMED_FULL = "Indeed, “We will rebuild every home that the water took, and we will do it this year.”"


def test_a_quote_nobody_is_named_for_agrees_with_the_speakers_same_words() -> None:
    (finding,) = _findings(FULL, UNNAMED_FULL)
    assert _summary(finding) == (
        "agreement",
        "quote-agreement",
        [("We will rebuild every home that the water took, and we will do it this year.", ["s1", "s2"])],
    )
    assert finding.subject == "Keir Starmer"


def test_a_quote_nobody_is_named_for_neither_agrees_nor_conflicts_with_a_rewording() -> None:
    reworded = "Indeed, “We shall rebuild each home the water took, and we will do it in 2025.”"
    found = _findings(FULL, reworded)
    assert sorted((f.kind, f.subject) for f in found) == [
        ("quote-unique", "Keir Starmer"),
        ("quote-unique", "unidentified speaker"),
    ]


def test_a_quote_nobody_is_named_for_agrees_with_a_short_form_of_a_name() -> None:
    a = "“The arrests destroyed any trust between the marchers and the Metroland police in this city,” Ana Ruiz said."
    march = "Marchers led by Ana Ruiz crossed the bridge. "
    b = march + "Police have “destroyed any trust between the marchers and the Metroland police,” the group said."
    c = march + "Police have “destroyed any trust between the marchers and the Met in this city,” the group said."
    assert [_summary(f)[0] for f in _findings(a, b)] == ["agreement"]
    (finding,) = _findings(a, c)
    assert (finding.status, finding.subject, finding.diff) == (
        Status.AGREEMENT,
        "Ana Ruiz",
        "s2: -metroland police +met",
    )


def test_a_short_phrase_nobody_is_named_for_does_not_join_a_speakers_quote() -> None:
    a = "Keir Starmer said the flood was “a disaster for the valley”."
    b = "The flood was described as “a disaster for the valley” in a report on Monday."
    assert [f.kind for f in _findings(a, b) if f.subject == "Keir Starmer"] == ["quote-unique"]


def test_fingerprints_do_not_depend_on_input_order() -> None:
    forward = _findings(FULL, FRAGMENT, "“We will rebuild every home,” said Keir Starmer.")
    backward = _findings("“We will rebuild every home,” said Keir Starmer.", FRAGMENT, FULL)
    assert sorted(f.id for f in forward) == sorted(f.id for f in backward)
    assert len(forward) == 1


def test_quoted_and_hyphenated_labels_agree() -> None:
    leaders = "Emmanuel Macron met Olaf Scholz in Paris. Macron and Scholz spoke for two hours. "
    a = leaders + "They celebrated their “rock solid” friendship."
    b = leaders + "Both praised a rock-solid friendship."
    (finding,) = _findings(a, b, attribute="label")
    assert _summary(finding) == ("agreement", "label-agreement", [("rock solid", ["s1", "s2"])])
    assert finding.subject == "France–Germany relationship"


def test_scare_quotes_are_labels_not_quotes() -> None:
    text = "Emmanuel Macron met Olaf Scholz in Paris. Macron and Scholz praised their “special” bond."
    assert _findings(text) == []
    assert [f.values[0].value for f in _findings(text, attribute="label")] == ["special"]


def test_word_diff_and_comparison_words() -> None:
    assert word_diff("we will go there today", "we will not go there today") == "+not"
    assert word_diff("we will go there today", "will go there") == ""
    assert comparison_words("we won't say it's over") == ["we", "will", "not", "say", "it", "is", "over"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["we", "will", "not", "go", "home", "today", "two"]), max_size=12))
def test_word_diff_of_identical_wordings_is_empty(words: list[str]) -> None:
    text = " ".join(words)
    assert word_diff(text, text) == ""
    assert comparison_words(" ".join(comparison_words(text))) == comparison_words(text)


@needs_seeds
def test_seed_fragment_quote_agrees_with_the_full_quote() -> None:
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    item = next(i for i in gold["expected"] if i["attribute"] == "quote")
    ids = sorted({s for srcs in item["values"].values() for s in srcs})
    docs = [load_document(next(SEEDS.glob(f"{i}_*.txt")), None) for i in ids]
    files = [extract_document(d) for d in docs]
    found = compare_claims(files, {d.source.id: d.text for d in docs}).findings
    quoted = {v.value for f in found if f.attribute == "quote" and f.status == Status.AGREEMENT for v in f.values}
    assert set(item["values"]) <= quoted


def test_words_left_out_at_an_ellipsis_are_a_fragment() -> None:
    a = "“We will rebuild every home that the water took, and we will do it this year,” Keir Starmer said."
    b = "“We will rebuild every home … this year,” Keir Starmer said on the radio."
    (finding,) = _findings(a, b)
    assert (finding.status, finding.kind) == (Status.AGREEMENT, "quote-agreement")


def test_every_one_of_is_no_number_and_agrees_with_all() -> None:
    found = _findings(
        "Mayor Ilse Brandt said: “We will find a home for every one of the families, and we will do it soon.”",
        "Mayor Ilse Brandt said: “We will find a home for all the families and we will do it soon.”",
    )
    assert [f.status for f in found] == [Status.AGREEMENT]


def test_a_speaker_with_a_misspelt_family_name_is_one_speaker() -> None:
    found = _findings(
        "Company chairman Tobias Wendlinger said: “The plant will reopen before the end of the year.”",
        "Company chairman Tobias Wendlinger said: “The plant will reopen before the end of the year.”",
        "Company chairman Tobias Wendlenger said the plant would “reopen before the end of the year”.",
    )
    assert [(f.status, f.kind) for f in found] == [(Status.AGREEMENT, "quote-agreement")]
    names = _findings(
        "Company chairman Tobias Wendlinger said: “The plant will reopen before the end of the year.”",
        "Company chairman Tobias Wendlinger said: “The plant will reopen before the end of the year.”",
        "Company chairman Tobias Wendlenger said the plant would “reopen before the end of the year”.",
        attribute="name spelling",
    )
    assert [(f.status, f.preferred.value if f.preferred else None) for f in names] == [
        (Status.CONFLICT, "Tobias Wendlinger")
    ]


_SAME_SENSE = [
    ("We lost three bridges in one night.", "We lost 3 bridges in one night."),
    ("We lost 12 per cent of the harvest to the flood.", "We lost 12 percent of the harvest to the flood."),
    ("We will not give up on this town, not now, not ever.", "We will never give up on this town, not now, not ever."),
]


@pytest.mark.parametrize(("a", "b"), _SAME_SENSE)
def test_digits_for_number_words_and_one_negation_for_another_agree(a: str, b: str) -> None:
    found = _findings(f"Mayor Ines Ortiz said: “{a}”", f"Mayor Ines Ortiz said: “{b}”")
    assert [f.status for f in found] == [Status.AGREEMENT]


def test_a_negation_dropped_is_still_a_conflict() -> None:
    found = _findings(
        "Mayor Ines Ortiz said: “We will not give up on this town, not now, not ever.”",
        "Mayor Ines Ortiz said: “We will give up on this town, not now, not ever.”",
    )
    assert [(f.status, f.kind) for f in found] == [(Status.CONFLICT, "quote-wording")]


def test_a_pronoun_one_dropped_after_an_adjective_is_not_a_number_change() -> None:
    a = "“We want every family to keep each bucket as if it were the last one in the yard,” Olaf Scholz said."
    b = "“We want every family to keep every bucket as if it were the last in the yard,” Olaf Scholz said."
    (finding,) = _findings(a, b)
    assert finding.status == Status.AGREEMENT


def test_one_dropped_as_a_count_is_still_a_conflict() -> None:
    a = "“We lost one pump and the levee held for the whole night on the river,” Olaf Scholz said."
    b = "“We lost the pump and the levee held for the whole night on the river,” Olaf Scholz said."
    (finding,) = _findings(a, b)
    assert finding.status == Status.CONFLICT
