"""Hostile-looking but ordinary inputs whose extraction cost once grew quadratically (issue 12).

Shared by ``tests/test_linear_time.py`` (cost ratio between two sizes) and
``benchmarks/bench_adversarial.py`` (seconds per 100 KB). Every text is generated, none is copied.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["ADVERSARIAL", "flattened_page", "ones", "results_table", "run_on"]

_NAMES = ("Amos Keter", "Ann Obi", "John Doe", "Mary Wanjiru", "Lena Park", "Tomas Ruiz")
_PLACES = ("Kenya", "Ethiopia", "Uganda", "Peru", "Norway", "Japan")


def ones(size: int) -> str:
    """ "1 1 1 1 ..." on one line: thousands of figures in one "sentence"."""
    return ("1 " * (size // 2 + 1))[:size]


def results_table(size: int) -> str:
    """A plain-text results table without a single full stop (rows joined to one paragraph before)."""
    rows = ["Results"]
    i = 0
    while sum(len(r) + 1 for r in rows) < size:
        rows.append(
            f"{i + 1}  {_NAMES[i % 6]}  {_PLACES[i % 6]}  2:0{i % 10}:{10 + i % 50}  "
            f"{(i * 7) % 100} points  {i % 60} votes  {_PLACES[(i + 1) % 6]}"
        )
        i += 1
    return "\n".join(rows)[:size]


def flattened_page(size: int) -> str:
    """A page flattened to one line of prose with figures and no full stop."""
    unit = (
        "the minister said 40 people died in Nairobi on Tuesday and 3,000 were injured as 12 buses crashed, "
        "while Amos Keter told reporters that more than 200 homes were destroyed by the flood; "
    )
    return ("Storm report\n" + unit * (size // len(unit) + 1))[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "ones": ones,
    "results-table": results_table,
    "flattened-page": flattened_page,
}


def run_on(text: str, extractor_id: str | None = None) -> None:
    """Junk removal, segmentation and one extractor (or all of them) on ``text``."""
    from factcheck.extract import ArticleContext, get, run_extractors
    from factcheck.extract.quantity_lexicon import mentions
    from factcheck.ingest.document import Document
    from factcheck.junk import find_junk
    from factcheck.models import Source
    from factcheck.normalize.numbers import clear_number_cache

    clear_number_cache()  # every run starts cold: a cached small input would look cheaper than it is
    mentions.cache_clear()
    doc = Document(Source(id="adversarial", path="adversarial.txt"), text, text)
    doc = doc.with_junk(find_junk(doc.text))
    ctx = ArticleContext(doc)
    if extractor_id is None:
        run_extractors(ctx)
    else:
        list(get(extractor_id).extract(ctx))
