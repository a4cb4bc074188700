"""quote.v1 on news wording: speakers named by part of their name, in the paragraph before, or after a
page's end; quotation marks as scraped pages type them. Invented names and sentences throughout."""

from __future__ import annotations

from factcheck.extract.quotes.quote import QuoteExtractor, find_quote_spans
from factcheck.models import Claim
from factcheck.segment import segment
from tests.helpers import context


def _quotes(text: str) -> list[Claim]:
    return list(QuoteExtractor().extract(context(text)))


def _who(text: str) -> list[tuple[str, str, float]]:
    return [(c.subject, c.value, c.confidence) for c in _quotes(text)]


# ---------------------------------------------------------------- part of a name


def test_a_lone_given_name_is_the_person_named_in_full_before() -> None:
    text = (
        "The cellist Maren Holtby played the last concert of the season.\n\n"
        "Maren said on Sunday, “Every hall in the valley was full this year.”"
    )
    (claim,) = _quotes(text)
    assert (claim.subject, claim.subject_key) == ("Maren Holtby", "unknown:holtby")


def test_a_lone_name_shared_by_two_people_of_the_article_is_nobody() -> None:
    text = (
        "The sisters Ilse Varga and Ilse Brandt ran the shelter.\n\n"
        "“We never closed the doors, not even for one night,” Ilse said."
    )
    assert [c.subject_key for c in _quotes(text)] == ["speaker:unidentified"]


def test_an_honorific_makes_a_lone_family_name_a_person() -> None:
    text = (
        "A ferry clerk named Ms Quarlow described the queue at the harbour.\n\n"
        "“Nobody is in charge here. People keep coming and nobody can leave,” she said."
    )
    assert [(c.subject, c.subject_key) for c in _quotes(text)] == [("Quarlow", "unknown:quarlow")]


def test_title_abbreviation_between_the_verb_and_the_name() -> None:
    text = "“Every minute counts for the people under the rubble,” says county physician Dr. Ana Ruiz."
    assert _who(text) == [("Ana Ruiz", "Every minute counts for the people under the rubble", 1.0)]


# ---------------------------------------------------------------- the speaker in the paragraph before


def test_a_paragraph_that_is_only_a_quote_continues_the_last_speaker() -> None:
    text = (
        "“The bridge will stay closed,” engineer Tomas Ekdahl said.\n\n"
        "“We will test every cable before a single car crosses it again.”"
    )
    assert _who(text) == [
        ("Tomas Ekdahl", "The bridge will stay closed", 1.0),
        ("Tomas Ekdahl", "We will test every cable before a single car crosses it again.", 0.8),
    ]


def test_a_quote_paragraph_after_a_person_reported_speaking() -> None:
    text = (
        "The inspectors found the pumps had failed, lead investigator Oskar Veld said at a briefing.\n\n"
        "“The failures came one after another and nobody raised the alarm in time.”"
    )
    assert _who(text) == [
        ("Oskar Veld", "The failures came one after another and nobody raised the alarm in time.", 0.8)
    ]


def test_a_quote_paragraph_after_a_paragraph_about_her_is_a_weaker_guess() -> None:
    text = (
        "“The water came in through the floor,” Greta Lindqvist told the radio.\n\n"
        "Outside, the street was full of boats.\n\n"
        "She had saved only her papers and her cat.\n\n"
        "“To reach the kitchen I would have had to swim through the hall.”"
    )
    assert [(c.subject, c.confidence) for c in _quotes(text)] == [("Greta Lindqvist", 1.0), ("Greta Lindqvist", 0.6)]


def test_a_quote_paragraph_after_narrative_about_no_person_has_no_speaker() -> None:
    text = (
        "“The water came in through the floor,” Greta Lindqvist told the radio.\n\n"
        "Outside, the street was full of boats and the power was cut.\n\n"
        "“To reach the kitchen I would have had to swim through the hall.”"
    )
    assert [c.subject_key for c in _quotes(text)] == ["unknown:lindqvist", "speaker:unidentified"]


def test_a_quote_of_several_paragraphs_takes_the_speaker_named_at_its_end() -> None:
    text = (
        "The council met late on Monday.\n\n"
        "“We have spent the reserve on the dikes and there is nothing left for the roads.\n\n"
        "“Next year the roads come first,” treasurer Ines Varga said."
    )
    assert [c.subject for c in _quotes(text)] == ["Ines Varga", "Ines Varga"]


def test_she_said_after_a_long_quote_still_finds_the_person_named_before_it() -> None:
    text = (
        "Ines Varga, who owns the corner shop, was the first to call.\n\n"
        "“The lane is full. Nobody controls it. Let people out first. Then let them in. They keep coming,” "
        "she said."
    )
    assert [(c.subject, c.confidence) for c in _quotes(text)] == [("Ines Varga", 0.85)]


# ---------------------------------------------------------------- quotation marks on scraped pages


def test_straight_closing_mark_typed_after_a_space() -> None:
    text = '"We will rebuild the school before the winter comes, " said Tomas Ekdahl in an email.'
    assert _who(text) == [("Tomas Ekdahl", "We will rebuild the school before the winter comes", 1.0)]


def test_a_quote_cut_at_the_end_of_the_page_drops_the_cut_word() -> None:
    text = 'The harvest was large. Indeed, "This was the best harvest of the decade and sh'
    (span,) = find_quote_spans(text, segment(text))
    assert span.cut
    assert text[span.start : span.end] == "This was the best harvest of the decade and"
    assert [c.value for c in _quotes(text)] == ["This was the best harvest of the decade and"]


def test_an_unclosed_quote_in_the_middle_of_a_page_is_not_a_quote() -> None:
    text = 'Indeed, "This was the best harvest of the decade and more\n\nThe farmers met on Monday.'
    assert find_quote_spans(text, segment(text)) == []


def test_curly_opening_and_straight_closing_marks() -> None:
    text = '“The river is still rising in the lower town," aid worker Bruno Castell said.'
    assert _who(text) == [("Bruno Castell", "The river is still rising in the lower town", 1.0)]
    text = '"The river is still rising in the lower town,” aid worker Bruno Castell said.'
    assert _who(text) == [("Bruno Castell", "The river is still rising in the lower town", 1.0)]


# ---------------------------------------------------------------- reported speech


def test_a_report_quoting_a_person_as_saying() -> None:
    text = (
        "Police chief Oskar Veld apologised on Tuesday.\n\n"
        "“We will find out who failed and why, and we will tell the families,” the local paper quoted Mr Veld "
        "as saying."
    )
    assert [(c.subject, c.subject_key) for c in _quotes(text)] == [("Oskar Veld", "unknown:veld")]


def test_was_quoted_as_saying_and_was_heard_saying() -> None:
    text = "Pilot Ines Varga was heard saying, “Let us climb above the clouds and go home.”"
    assert [c.subject for c in _quotes(text)] == ["Ines Varga"]
    text = "Ines Varga was quoted as saying that “nobody on the crew was ever in danger”."
    assert [c.subject for c in _quotes(text)] == ["Ines Varga"]


def test_a_speaker_of_a_named_country() -> None:
    text = "President Tomas Ekdahl of Ruritania said the flood was “a weapon aimed at our farms”."
    assert [c.subject for c in _quotes(text)] == ["Tomas Ekdahl"]


def test_two_appositions_between_the_name_and_the_verb() -> None:
    text = (
        "“Families are sleeping with their feet in the water,” Bruno Castell, the agency's envoy, who is in "
        "the port, said in a statement."
    )
    assert [c.subject for c in _quotes(text)] == ["Bruno Castell"]


# ---------------------------------------------------------------- one sentence split by its attribution


def test_a_sentence_split_by_its_attribution_is_one_quote() -> None:
    text = "“We are ready,” harbour master Ana Ruiz said, “and we will open the locks at dawn.”"
    (claim,) = _quotes(text)
    assert (claim.subject, claim.value) == ("Ana Ruiz", "We are ready and we will open the locks at dawn")
    assert claim.normalized.key == "we are ready and we will open the locks at dawn"
    assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text


def test_two_sentences_around_an_attribution_stay_two_quotes() -> None:
    text = "“We are ready,” harbour master Ana Ruiz said. “We will open the locks at dawn.”"
    assert [c.value for c in _quotes(text)] == ["We are ready", "We will open the locks at dawn."]


# ---------------------------------------------------------------- the right kind of antecedent


def test_she_is_not_a_man_the_article_called_he() -> None:
    text = (
        "Fire chief Oskar Veld spoke to the families. If the slab moved, he said, “It will fall without warning.”\n\n"
        "One relative was heard calling the pause cruel. She asked that rescuers not “stop the search for so "
        "many painful hours.”"
    )
    assert [(c.subject, c.value) for c in _quotes(text)] == [
        ("Oskar Veld", "It will fall without warning."),
        ("unidentified speaker", "stop the search for so many painful hours"),
    ]


def test_a_courtesy_title_tells_the_pronoun() -> None:
    text = (
        "Mr Ekdahl and Ms Lindqvist met the engineers. Lindqvist described the pumps. Ekdahl described the locks.\n\n"
        "“The water will be gone by Friday,” she said."
    )
    assert [c.subject for c in _quotes(text)] == ["Lindqvist"]


def test_a_capitalized_word_ending_a_line_is_no_given_name() -> None:
    text = (
        "Ten people were treated at the scene, according to Ana Ruiz of the County Fire Rescue.\n"
        "Officials say they are working “around the clock” on the search."
    )
    assert _quotes(text) == []
