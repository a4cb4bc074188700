"""Tests of factcheck.ingest.html: clean text, offsets back to the page, metadata, property of the map."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.ingest import load_document
from factcheck.ingest.document import OffsetMap
from factcheck.ingest.html import html_to_text

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def convert(name: str) -> tuple[str, OffsetMap, dict[str, object], str]:
    path = FIXTURES / name
    original = path.read_text(encoding="utf-8")
    text, omap, meta = html_to_text(path, original)
    return text, omap, meta, original


def assert_words_map_back(text: str, omap: OffsetMap, original: str) -> int:
    """Every word of the clean text reads the same in the original, unless it came from an entity."""
    checked = 0
    for m in re.finditer(r"\S+", text):
        a, b = omap.span_to_original(m.start(), m.end())
        if "&" in original[a:b] or "&" in m.group():
            assert original[a] in "&" + m.group()[0]
            continue
        assert original[a:b] == m.group()
        checked += 1
    return checked


def test_article_page_text() -> None:
    text, _, _, _ = convert("article_page.html")
    assert text == (
        "Harbor City approves ferry budget\n\n"
        "The council voted on Tuesday to approve a budget of 4.2 million dollars for the ferry service.\n\n"
        "Mayor Lena Ortiz said the money would pay for “two new boats” & longer hours.\n"
        "She thanked the crews.\n\n"
        "It's a good day — finally.\n\n"
        "Two boats\n\n"
        "Evening service"
    )


def test_article_page_drops_chrome() -> None:
    text, _, _, _ = convert("article_page.html")
    for chrome in (
        "World",
        "Search",
        "Buy now",
        "Enable JavaScript",
        "Hidden promo",
        "chart label",
        "Most read",
        "gardens",
        "2024 Harbor Gazette",
        "font-family",
    ):
        assert chrome not in text


def test_article_page_metadata() -> None:
    _, _, meta, _ = convert("article_page.html")
    assert meta == {
        "title": "Harbor City approves ferry budget",
        "url": "https://gazette.example/news/ferry-budget",
        "outlet": "Harbor Gazette",
        "author": "Lena Park",
        "published": dt.date(2024, 5, 16),
    }


def test_article_page_offsets() -> None:
    text, omap, _, original = convert("article_page.html")
    assert assert_words_map_back(text, omap, original) >= 40


def test_entities_map_to_entity_start() -> None:
    text, omap, _, original = convert("article_page.html")
    for char, entity in (("“", "&ldquo;"), ("&", "&amp;"), ("—", "&#8212;"), ("'", "&#x27;")):
        o = omap.to_original(text.index(char))
        assert original.startswith(entity, o)
    # the no-break space became an ordinary space mapped to the entity
    space = text.index("4.2") + 3
    assert text[space] == " " and original.startswith("&nbsp;", omap.to_original(space))


def test_teaser_cards_do_not_win_over_main() -> None:
    text, omap, meta, original = convert("teaser_cards.html")
    assert text.startswith("Heavy rain forced the closure of the coastal highway on Monday")
    assert "Privacy" not in text
    assert meta == {"title": "Storm closes coastal highway", "published": dt.date(2023, 3, 21)}
    assert assert_words_map_back(text, omap, original) > 20


def test_json_ld_graph_and_malformed_block() -> None:
    text, _, meta, _ = convert("graph_ld.html")
    assert text == "The old bridge reopened on Thursday after eight months of repairs."
    assert meta == {
        "title": "Old bridge reopens after repairs",
        "url": "https://city.example/bridge",
        "outlet": "City Courier",
        "author": "Omar Diaz",
        "published": dt.date(2022, 3, 17),
    }


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<p>AT&amp;T &amp T&#39;s &#x2014; x</p>", "AT&T & T's — x"),
        ("<p>a&nbsp;&nbsp;b</p>", "a b"),
        ("<p>caf&eacute; &bogus; end</p>", "café &bogus; end"),
        ("<p>one</p><p>two</p><br><br><br><p>three</p>", "one\n\ntwo\n\nthree"),
        ("<div>x<br>y<br/>z</div>", "x\ny\nz"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc"),
    ],
)
def test_entities_and_blocks(page: str, expected: str) -> None:
    text, omap, _ = html_to_text(Path("t.html"), page)
    assert text == expected
    assert_words_map_back(text, omap, page)


def test_article_preferred_over_page() -> None:
    page = (
        "<div>Menu item one two three</div><article><p>The story itself is here and long enough.</p>"
        "</article><div>Footer-ish text that is not in a footer</div>"
    )
    text, _, _ = html_to_text(Path("t.html"), page)
    assert text == "The story itself is here and long enough."


def test_unclosed_skip_and_nested_containers() -> None:
    page = "<main><div><div>inner</div></div><p>after</p></main><p>outside</p>"
    text, _, _ = html_to_text(Path("t.html"), page)
    assert text == "inner\n\nafter"


def test_no_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"t\.html: has no article text"):
        html_to_text(Path("t.html"), "<html><head><title>x</title></head><body><nav>Home</nav></body></html>")


def test_bad_dates_are_ignored() -> None:
    page = '<meta name="date" content="2024-13-45"><meta name="pubdate" content="2021-02-03"><p>Body text.</p>'
    _, _, meta = html_to_text(Path("t.html"), page)
    assert meta == {"published": dt.date(2021, 2, 3)}


def test_load_document_uses_html(tmp_path: Path) -> None:
    page = (FIXTURES / "article_page.html").read_text(encoding="utf-8")
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    doc = load_document(path)
    assert doc.source.format == "html"
    assert doc.source.title == "Harbor City approves ferry budget"
    assert doc.source.published == dt.date(2024, 5, 16)
    assert doc.source.outlet == "Harbor Gazette"
    start = doc.text.index("Mayor Lena Ortiz")
    ev = doc.evidence(start, start + len("Mayor Lena Ortiz"), start, start + 20)
    assert ev.text == "Mayor Lena Ortiz"
    assert doc.original[ev.start : ev.end] == "Mayor Lena Ortiz"


# --- properties ------------------------------------------------------------------------------------

PIECES = st.one_of(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<br>",
            "<br/>",
            "<article>",
            "</article>",
            "<main>",
            "</main>",
            "<nav>",
            "</nav>",
            "<script>var a = 1 < 2;</script>",
            "<li>",
            "</li>",
            "<h2>",
            "</h2>",
            "&amp;",
            "&nbsp;",
            "&#8212;",
            "&#x27;",
            "&ldquo;",
            "&bogus;",
            "&amp",
            "<td>",
            "</td>",
            "<!-- c -->",
            "<span hidden>",
            "</span>",
            " ",
            "\n",
            "\r\n",
            "\t",
        ]
    ),
    st.text(alphabet=st.characters(blacklist_characters="<&"), min_size=1, max_size=12),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=40))
def test_to_original_is_monotonic(pieces: list[str]) -> None:
    page = "".join(pieces)
    try:
        text, omap, _ = html_to_text(Path("t.html"), page)
    except InputError:
        return
    mapped = [omap.to_original(i) for i in range(len(text))]
    assert all(0 <= o < len(page) for o in mapped)
    assert mapped == sorted(mapped)
    for i, ch in enumerate(text):
        if ch not in " \n":
            assert page[mapped[i]] in (ch, "&")
