"""quote.v1: quotation marks, the words quoted, and who said them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.base import ArticleContext
from factcheck.extract.quotes.quote import QuoteExtractor, find_quote_spans, quote_key
from factcheck.models import Claim, ClaimKind, CompareAs, Scope
from factcheck.segment import segment
from tests.helpers import context


def _quotes(text: str) -> list[Claim]:
    return list(QuoteExtractor().extract(context(text)))


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(c.subject, c.value) for c in _quotes(text)]


# ---------------------------------------------------------------- attribution forms


def test_name_said_before_the_quote() -> None:
    text = "Emmanuel Macron said, “We will rebuild the old market before the summer.”"
    assert _pairs(text) == [("Emmanuel Macron", "We will rebuild the old market before the summer.")]


def test_quote_then_name_said() -> None:
    text = "“The talks were frank and useful,” Olaf Scholz said after the dinner."
    assert _pairs(text) == [("Olaf Scholz", "The talks were frank and useful")]


def test_quote_then_said_name_with_title() -> None:
    text = "“Nobody wants another winter like this one,” said Prime Minister Keir Starmer."
    assert _pairs(text) == [("Keir Starmer", "Nobody wants another winter like this one")]


def test_told_someone_before_the_quote_goes_to_the_teller() -> None:
    text = "Emmanuel Macron told Olaf Scholz during lunch, “Our two countries must act together now.”"
    assert _pairs(text) == [("Emmanuel Macron", "Our two countries must act together now.")]


def test_according_to() -> None:
    text = "The corridor will “change the region for a generation”, according to Narendra Modi."
    assert _pairs(text) == [("Narendra Modi", "change the region for a generation")]


def test_possessive_remarks_and_pronoun_partial_quote() -> None:
    text = (
        "Narendra Modi opened the port on Monday. The theme returned in Modi’s remarks, where he "
        "stressed the need to “build and protect” the new corridor."
    )
    assert _pairs(text) == [("Narendra Modi", "build and protect")]


def test_he_continued_resolves_to_the_last_speaker_not_the_listener() -> None:
    text = (
        "Olaf Scholz told Emmanuel Macron, “We have waited long enough for this.” "
        "He continued, “The money is ready and the plans are ready.”"
    )
    claims = _quotes(text)
    assert [(c.subject, c.subject_key) for c in claims] == [
        ("Olaf Scholz", "olaf-scholz"),
        ("Olaf Scholz", "olaf-scholz"),
    ]
    assert claims[1].confidence < claims[0].confidence


def test_unknown_person_with_apposition_and_colon() -> None:
    text = "Anna Berg, the mayor of Lyon, said: “We have cleared every street in the old town.”"
    claims = _quotes(text)
    assert [(c.subject, c.subject_key, c.value) for c in claims] == [
        ("Anna Berg", "unknown:berg", "We have cleared every street in the old town.")
    ]


def test_affirmed_and_asserted_introduce_the_speakers_words() -> None:
    text = (
        "Orla Vintry, founder and chief executive of Quorvex, affirmed: “The next age of shipping has begun. "
        "Ports everywhere are working with us.”\n\n"
        "Tamsin Edery asserted that “nobody in the valley will be left behind this winter”."
    )
    assert [(c.subject, c.value) for c in _quotes(text)] == [
        ("Orla Vintry", "The next age of shipping has begun. Ports everywhere are working with us."),
        ("Tamsin Edery", "nobody in the valley will be left behind this winter"),
    ]


def test_statement_of_a_person_is_the_persons_quote() -> None:
    text = "“The border must stay open for trade and for families,” Macron’s statement said."
    assert _pairs(text) == [("Emmanuel Macron", "The border must stay open for trade and for families")]


def test_surname_speaker_found_from_the_full_name_elsewhere() -> None:
    text = (
        "The skipper Marta Kovač won the race on Sunday.\n\nKovač said the last leg was “the longest hour of my life”."
    )
    claims = _quotes(text)
    assert [(c.subject, c.subject_key, c.value) for c in claims] == [
        ("Marta Kovač", "unknown:kovac", "the longest hour of my life")
    ]


def test_plain_plural_nouns_are_not_speakers() -> None:
    text = "Organisers said the event was “a great success for the whole town and its people”."
    assert [c.subject_key for c in _quotes(text)] == ["speaker:unidentified"]


def test_straight_quotes_and_hard_wrapped_lines() -> None:
    text = '"The harbour will reopen on Monday, and the ferries\nwill run again," Keir Starmer said.'
    claims = _quotes(text)
    assert [(c.subject, c.value) for c in claims] == [
        ("Keir Starmer", "The harbour will reopen on Monday, and the ferries will run again")
    ]
    assert claims[0].evidence.text == "The harbour will reopen on Monday, and the ferries\nwill run again"


def test_quote_over_two_sentences_is_one_claim_with_both_sentences_as_context() -> None:
    text = "“We are ready. We have been ready for months,” Olaf Scholz said on Friday."
    (claim,) = _quotes(text)
    assert claim.value == "We are ready. We have been ready for months"
    assert claim.evidence.sentence == text


def test_a_quote_continuing_the_paragraph_keeps_the_speaker() -> None:
    text = "“The dam held,” Keir Starmer said. “The engineers who built it deserve our thanks today.”"
    assert _pairs(text) == [
        ("Keir Starmer", "The dam held"),
        ("Keir Starmer", "The engineers who built it deserve our thanks today."),
    ]


# ---------------------------------------------------------------- what is not a quote


def test_scare_quotes_are_not_quotes() -> None:
    text = "Emmanuel Macron and Olaf Scholz praised their “ironclad” alliance in Paris."
    assert _quotes(text) == []


def test_short_fragment_explicitly_attributed_is_a_partial_quote() -> None:
    text = "Narendra Modi called the plan “a turning point.”"
    assert _pairs(text) == [("Narendra Modi", "a turning point")]


def test_title_of_a_work_is_not_a_quote() -> None:
    text = "Keir Starmer said he had read a book titled “The Long Road Home Through The Northern Hills” twice."
    assert _quotes(text) == []


def test_apostrophes_are_not_single_quotes() -> None:
    text = "Keir Starmer said the town’s ‘worst week in decades’ was over, but it isn’t yet."
    assert _pairs(text) == [("Keir Starmer", "worst week in decades")]


# ---------------------------------------------------------------- claim shape


def test_claim_fields_and_evidence_span() -> None:
    text = "“Prices will fall by spring,” Olaf Scholz said."
    (claim,) = _quotes(text)
    assert claim.kind == ClaimKind.QUOTE
    assert claim.compare_as == CompareAs.QUOTE
    assert claim.scope == Scope.ENTITY
    assert claim.attribute == "quote"
    assert claim.extractor == "quote.v1"
    assert claim.subject_key == "olaf-scholz"
    assert claim.normalized.key == "prices will fall by spring"
    assert claim.normalized.display == "Prices will fall by spring"
    assert claim.normalized.entity == "olaf-scholz"
    assert text[claim.evidence.start : claim.evidence.end] == "Prices will fall by spring"


def test_quote_key() -> None:
    assert (
        quote_key("The China-Russia ties are “hard-earned,” he said.")
        == "the china russia ties are hard earned he said"
    )
    assert quote_key("We haven’t SEEN it.") == "we haven't seen it"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB.,'’-“”\"‘\n")), max_size=60))
def test_quote_key_is_stable_and_lower_case(text: str) -> None:
    key = quote_key(text)
    assert quote_key(key) == key
    assert key == key.lower()
    assert "  " not in key and key == key.strip()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab AB.,“”"‘’\n')), max_size=80))
def test_quote_spans_lie_inside_their_marks(text: str) -> None:
    for q in find_quote_spans(text, segment(text)):
        assert q.open < q.start <= q.end <= q.close <= len(text)
        assert text[q.start : q.end] == text[q.start : q.end].strip()


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab AB.,“”"‘’\nXiJnpg')), max_size=80))
def test_extractor_never_fails_and_evidence_matches(text: str) -> None:
    from factcheck.ingest.document import Document
    from factcheck.models import Source

    ctx = ArticleContext(Document(Source(id="h", path="h.txt"), text, text))
    for c in QuoteExtractor().extract(ctx):
        assert text[c.evidence.start : c.evidence.end] == c.evidence.text


def test_a_verb_with_its_own_subject_stops_the_search_for_a_speaker() -> None:
    text = "Olaf Scholz said the plan was ready, but the opposition called it “a fantasy”."
    assert _quotes(text) == []


def test_coordinated_verb_shares_the_subject() -> None:
    text = "Olaf Scholz said the plan was ready and called it “a fair deal for both sides”."
    assert _pairs(text) == [("Olaf Scholz", "a fair deal for both sides")]


def test_pronoun_after_a_sentence_naming_a_speaker_and_a_weaker_guess() -> None:
    spoke = (
        "Marta Kovač won on Sunday.\n\n"
        "Kovač, 38, said the crew trained all summer. “We were ready for the wind,” she said."
    )
    assert [(c.subject, c.confidence) for c in _quotes(spoke)] == [("Marta Kovač", 0.85)]
    # The subject of the previous sentence, the last person named: as sure as a speaker.
    named = "Olaf Scholz, the chancellor, arrived late. “The roads were closed for hours,” he said."
    assert [(c.subject, c.confidence) for c in _quotes(named)] == [("Olaf Scholz", 0.85)]
    # A person named only as an object is a guess.
    guess = "The mayor thanked Olaf Scholz for coming. “The roads were closed for hours,” he said."
    assert [(c.subject, c.confidence) for c in _quotes(guess)] == [("Olaf Scholz", 0.6)]


# ---------------------------------------------------------------- speakers described by their role


def test_speaker_after_the_quote_with_lower_case_role_and_rank() -> None:
    text = "“The pumps are working again,” harbour police spokesman Inspector Ruben Okoye told reporters."
    assert _pairs(text) == [("Ruben Okoye", "The pumps are working again")]
    text = "“She is quick and clever,” Rivertown club manager Elena Brandt said on Friday."
    assert _pairs(text) == [("Elena Brandt", "She is quick and clever")]


def test_a_pronoun_or_preposition_before_the_name_is_no_description() -> None:
    text = "“The pumps in the lower town are working again,” she told Ruben Okoye at the quay."
    assert [c.subject_key for c in _quotes(text)] == ["speaker:unidentified"]
    text = "“The pumps in the lower town are working again,” before Ruben Okoye said anything."
    assert [c.subject_key for c in _quotes(text)] == ["speaker:unidentified"]


def test_subject_with_an_apposition_naming_someone_else() -> None:
    text = "Coach Elena Brandt, who first saw Tiago Ruiz play in 2019, said the club had found “the striker we needed”."
    assert _pairs(text) == [("Elena Brandt", "the striker we needed")]


def test_the_role_stands_for_the_one_person_given_it() -> None:
    text = (
        "Deputy Governor Ana Mendes voted against the cut. Governor Paulo Mendes defended it.\n\n"
        "“We will not rush the next decision,” the governor told reporters."
    )
    claims = _quotes(text)
    assert [(c.subject, c.confidence) for c in claims] == [("Paulo Mendes", 0.85)]


def test_the_role_of_two_people_names_nobody() -> None:
    text = (
        "Governor Ana Mendes met Governor Paulo Mendes on Monday.\n\n"
        "“We will not rush the next decision,” the governor told reporters."
    )
    assert [c.subject_key for c in _quotes(text)] == ["speaker:unidentified"]


def test_she_said_after_another_person_reported_speaking() -> None:
    text = (
        "“The pumps are working again,” police spokesman Ruben Okoye said. Governor Ana Uwase, who toured "
        "the quay, said the ferry was licensed for 60 people. “This boat was far too full,” she said."
    )
    assert _pairs(text) == [
        ("Ruben Okoye", "The pumps are working again"),
        ("Ana Uwase", "This boat was far too full"),
    ]


# ---------------------------------------------------------------- subjects, participles, appositions


def test_pronoun_goes_to_the_subject_of_the_previous_sentence_not_the_last_speaker() -> None:
    text = (
        "Harbour chief Tomas Ekdahl said the quay would “open again in spring”.\n\n"
        "Councillor Greta Lind ended the meeting with a warning to the operators. "
        "“Nobody will build here without a permit again,” she said."
    )
    assert [c.subject for c in _quotes(text)] == ["Tomas Ekdahl", "Greta Lind"]


def test_participle_clause_takes_the_main_clause_subject() -> None:
    text = "Chairwoman Ines Varga rejected the criticism, saying the plan was “fair to every district”."
    assert _pairs(text) == [("Ines Varga", "fair to every district")]


def test_speaker_in_apposition_closed_by_a_comma() -> None:
    text = "On Monday the firm's chief executive, Paolo Brandt, had promised: “We will keep every job in the valley.”"
    assert _pairs(text) == [("Paolo Brandt", "We will keep every job in the valley.")]


def test_a_pronoun_chain_keeps_the_subject_over_a_later_object_mention() -> None:
    text = (
        "The veteran Daniel Aldana held off Marco Pellegrini to win the stage.\n\n"
        "- His lead is now four minutes.\n"
        "- It was his third win of the season.\n"
        "- The gap to Pellegrini was eight seconds.\n\n"
        "He was calm at the finish. “I waited for the last climb, then I went,” he told reporters."
    )
    assert [c.subject for c in _quotes(text)] == ["Daniel Aldana"]


def test_name_and_colon_introduce_the_quote() -> None:
    text = "Union leader Maria Gonzalez: “We are not leaving until the talks resume.”"
    assert _pairs(text) == [("Maria Gonzalez", "We are not leaving until the talks resume.")]


def test_description_then_name_in_apposition_after_the_quote() -> None:
    text = "“We will appeal against this ruling,” the lawyer for the family, Ana Ruiz, said."
    assert _pairs(text) == [("Ana Ruiz", "We will appeal against this ruling")]


def test_according_to_at_the_start_of_a_sentence() -> None:
    text = "Olav Berg spoke first. According to Berg, the plan “will cost hundreds of jobs in the valley”."
    assert _pairs(text) == [("Olav Berg", "will cost hundreds of jobs in the valley")]


def test_spoke_of_after_a_long_relative_clause_attributes_the_quote() -> None:
    text = (
        "Chief executive Marta Lindqvist, who started the company with three friends from a university "
        "engineering laboratory in Lund, spoke of “a quiet revolution in freight”."
    )
    assert _pairs(text) == [("Marta Lindqvist", "a quiet revolution in freight")]


def test_name_of_the_body_then_verb_attributes_the_quote() -> None:
    text = "The wells are dry. Pau Serrat of the farmers union asked growers to treat rain as “a rare gift”."
    assert _pairs(text) == [("Pau Serrat", "a rare gift")]
