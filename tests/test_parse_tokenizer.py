"""The parse's tokenizer keeps a run of whitespace whole without searching it (issue 12).

``factcheck.parse`` gives spaCy's tokenizer a ``token_match`` for whitespace: a blanked results table of
100 KB was one whitespace token whose affixes the tokenizer searched character by character. The tokens
must be exactly those of the tokenizer without it. Every text here is invented.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.parse import nlp

# Every character Python calls whitespace (what str.isspace and the tokenizer's own split test).
WHITESPACE = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())


@contextmanager
def _without_hook() -> Iterator[None]:
    """The loaded tokenizer with the token_match it had before factcheck's (None for English)."""
    tokenizer = nlp().tokenizer
    hook = tokenizer.token_match  # type: ignore[attr-defined]
    tokenizer.token_match = None  # type: ignore[attr-defined]
    try:
        yield
    finally:
        tokenizer.token_match = hook  # type: ignore[attr-defined]


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in nlp().tokenizer(text)]


def test_no_affix_or_url_pattern_matches_whitespace() -> None:
    """Why the hook changes no token: without it, a whitespace run is never split either."""
    tokenizer = nlp().tokenizer
    for a in WHITESPACE:
        for b in ("", " ", "\n", a):
            run = a + b
            assert tokenizer.prefix_search(run) is None, repr(run)  # type: ignore[attr-defined]
            assert tokenizer.suffix_search(run) is None, repr(run)  # type: ignore[attr-defined]
            assert not list(tokenizer.infix_finditer(run)), repr(run)  # type: ignore[attr-defined]
            assert tokenizer.url_match(run) is None, repr(run)  # type: ignore[attr-defined]


_WORDS = st.sampled_from(["Police", "said", "14", "people", "died", "in", "Lodwar", "on", "Tuesday.", "(AP)", "—"])
_GAPS = st.text(alphabet=" \n\t\r\u00a0\u2009", min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=12))
def test_tokens_are_those_of_the_tokenizer_without_the_hook(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + gap for w, gap in parts)
    with_hook = _tokens(text)
    with _without_hook():
        assert _tokens(text) == with_hook


def test_a_long_blank_run_is_one_token() -> None:
    blank = ("  " * 30 + "\n") * 2_000  # a results table of some 120 KB, blanked (see factcheck.parse_plan)
    text = "Results\n" + blank + "The table ends here."
    tokens = _tokens(text)
    assert [t for t, _ in tokens] == ["Results", "\n" + blank, "The", "table", "ends", "here", "."]
    with _without_hook():
        assert _tokens(text) == tokens


def test_the_loaded_pipeline_is_frozen_out_of_the_collectors_full_passes() -> None:
    import gc

    nlp()
    assert gc.get_freeze_count() > 10_000  # the small English pipeline alone holds some 90,000 objects
