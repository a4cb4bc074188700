"""Reading the claim store: the whole store streamed block by block (``compare --db``), or only the
rows a draft's claims touch (``check --db``).

Claims are compared only within their block key (see :func:`factcheck.compare.block_key`), so
``compare --db`` walks the ``claims_block`` index in key order and holds one block at a time; quotes,
which are compared across speakers, are the one kind loaded together. ``check --db`` looks up the
draft's block keys, and the stored quotes that share content words with the draft's quotes, and
compares the draft with those rows only: the time does not grow with the archive, only with how much
of it the draft touches.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.compare import block_key
from factcheck.fingerprint import text_fingerprint
from factcheck.models import Claim, ClaimFile, JunkSpan, Source
from factcheck.normalize.spelling import PROPER_NAME_ATTRIBUTE, PROPER_NAMES_KEY
from factcheck.store.writer import quote_terms

__all__ = [
    "Neighbours",
    "StoredArticles",
    "count_articles",
    "iter_blocks",
    "load_articles",
    "load_quotes",
    "neighbours",
]

# SQLite host parameters per IN (...) list: far below every build's limit.
_CHUNK = 500
# A stored quote is a neighbour of a draft quote when it shares this many content words (or all the
# words the shorter of the two has).
_SHARED_TERMS = 2


@dataclass(frozen=True)
class StoredArticles:
    """Sources of the store (or of one story), their dropped junk, claim counts and junk-free texts."""

    files: list[ClaimFile]  # with their text fingerprints, claim-less: the claims are streamed separately
    claim_counts: dict[str, int]
    texts: dict[str, str]


def _story_filter(story: str | None, column: str = "source_id") -> tuple[str, tuple[str, ...]]:
    if story is None:
        return "", ()
    return f" AND {column} IN (SELECT id FROM sources WHERE story = ?)", (story,)


def count_articles(conn: sqlite3.Connection, story: str | None = None) -> int:
    sql, args = (
        ("SELECT count(*) FROM sources", ())
        if story is None
        else (
            "SELECT count(*) FROM sources WHERE story = ?",
            (story,),
        )
    )
    return int(conn.execute(sql, args).fetchone()[0])


def _file(source_json: str, dropped_json: str, text: str | None) -> ClaimFile:
    dropped = tuple(JunkSpan.model_validate(d) for d in json.loads(dropped_json))
    fingerprint = text_fingerprint(text) if text is not None else None
    return ClaimFile(source=Source.model_validate_json(source_json), fingerprint=fingerprint, dropped=dropped)


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _texts(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for sid, blob in conn.execute(
            f"SELECT source_id, text_zlib FROM fingerprints WHERE source_id IN ({marks})", chunk
        ):
            out[sid] = zlib.decompress(blob).decode("utf-8")
    return out


def load_articles(
    conn: sqlite3.Connection, story: str | None = None, ids: Sequence[str] | None = None
) -> StoredArticles:
    """Every source (of ``story``, or with one of ``ids``), ordered by id."""
    cols = "SELECT id, source_json, dropped_json, n_claims FROM sources"
    rows: list[tuple[str, str, str, int]] = []
    if ids is not None:
        for chunk in _chunks(sorted(ids)):
            rows += conn.execute(f"{cols} WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
    elif story is None:
        rows = conn.execute(cols).fetchall()
    else:
        rows = conn.execute(f"{cols} WHERE story = ?", (story,)).fetchall()
    rows.sort(key=lambda r: r[0])
    texts = _texts(conn, [r[0] for r in rows])
    files = [_file(s, d, texts.get(sid)) for sid, s, d, _ in rows]
    counts = {sid: int(n) for sid, _, _, n in rows}
    return StoredArticles(files, counts, texts)


def load_quotes(conn: sqlite3.Connection, story: str | None = None) -> list[Claim]:
    """Every stored quote (of ``story``), in article order."""
    where, args = _story_filter(story)
    sql = f"SELECT claim_json FROM claims WHERE compare_as = 'quote'{where} ORDER BY source_id, seq"
    return [Claim.model_validate_json(j) for (j,) in conn.execute(sql, args)]


def iter_blocks(conn: sqlite3.Connection, story: str | None = None) -> Iterator[list[Claim]]:
    """Every block but quotes, in block-key order, one at a time (the cursor streams the index)."""
    where, args = _story_filter(story)
    cursor = conn.execute(
        "SELECT compare_as, subject_key, attribute, claim_json FROM claims WHERE compare_as != 'quote'"
        f"{where} ORDER BY compare_as, subject_key, attribute, source_id, seq",
        args,
    )
    for _key, rows in itertools.groupby(cursor, key=lambda r: (r[0], r[1], r[2])):
        yield [Claim.model_validate_json(r[3]) for r in rows]


def _quote_neighbours(conn: sqlite3.Connection, quotes: Sequence[Claim], exclude: set[str]) -> set[int]:
    ids: set[int] = set()
    for quote in quotes:
        terms = quote_terms(quote)
        if not terms:
            continue
        sql = (
            "SELECT claim, source_id FROM quote_terms"
            f" WHERE term IN ({','.join('?' * len(terms))}) GROUP BY claim HAVING count(*) >= min(?, max(n))"
        )
        for claim_id, source_id in conn.execute(sql, (*terms, min(_SHARED_TERMS, len(terms)))):
            if source_id not in exclude:
                ids.add(int(claim_id))
    return ids


@dataclass(frozen=True)
class Neighbours:
    """What ``check --db`` reads for a draft: one claim file per stored article its claims can meet
    (only those claims, in article order), their junk-free texts and full claim counts, and the ids of
    stored articles left out because a draft has their id."""

    files: list[ClaimFile]
    texts: dict[str, str]
    claim_counts: dict[str, int]
    replaced: list[str]


def neighbours(conn: sqlite3.Connection, drafts: Sequence[ClaimFile], exclude: Sequence[str] = ()) -> Neighbours:
    """The stored claims a draft's claims can meet: the same block keys, and quotes sharing content
    words. Articles with an id in ``exclude`` (the drafts') are left out."""
    skip = set(exclude)
    draft_claims = [c for cf in drafts for c in cf.claims]
    # Proper-name spellings are one block per story (``proper-names``), shared by every stored
    # article: they are read only for the articles another block or a quote already brings in, so that
    # an unrelated story never joins the draft's report through a name.
    keys = sorted(
        {block_key(c) for c in draft_claims if c.compare_as.value != "quote" and c.subject_key != PROPER_NAMES_KEY}
    )
    rows: dict[int, tuple[str, int, str]] = {}
    for compare_as, subject_key, attribute in keys:
        for rid, sid, seq, j in conn.execute(
            "SELECT id, source_id, seq, claim_json FROM claims"
            " WHERE compare_as = ? AND subject_key = ? AND attribute = ?",
            (compare_as, subject_key, attribute),
        ):
            if sid not in skip:
                rows[rid] = (sid, seq, j)
    quote_ids = sorted(_quote_neighbours(conn, [c for c in draft_claims if c.compare_as.value == "quote"], skip))
    for chunk in _chunks([str(i) for i in quote_ids]):
        marks = ",".join("?" * len(chunk))
        for rid, sid, seq, j in conn.execute(
            f"SELECT id, source_id, seq, claim_json FROM claims WHERE id IN ({marks})", chunk
        ):
            rows[rid] = (sid, seq, j)
    if any(c.subject_key == PROPER_NAMES_KEY for c in draft_claims):
        rows.update(_proper_name_rows(conn, sorted({sid for sid, _, _ in rows.values()})))
    by_source: dict[str, list[tuple[int, str]]] = {}
    for sid, seq, j in rows.values():
        by_source.setdefault(sid, []).append((seq, j))
    stored = load_articles(conn, ids=sorted(by_source))
    files = [
        f.model_copy(update={"claims": tuple(Claim.model_validate_json(j) for _, j in sorted(by_source[f.source.id]))})
        for f in stored.files
    ]
    replaced = sorted(load_articles(conn, ids=sorted(skip)).claim_counts) if skip else []
    return Neighbours(files, stored.texts, stored.claim_counts, replaced)


def _proper_name_rows(conn: sqlite3.Connection, source_ids: Sequence[str]) -> dict[int, tuple[str, int, str]]:
    """The proper-name spelling claims of ``source_ids`` (see :func:`neighbours`)."""
    rows: dict[int, tuple[str, int, str]] = {}
    for chunk in _chunks(list(source_ids)):
        marks = ",".join("?" * len(chunk))
        for rid, sid, seq, j in conn.execute(
            "SELECT id, source_id, seq, claim_json FROM claims WHERE compare_as = 'name' AND subject_key = ?"
            f" AND attribute = ? AND source_id IN ({marks})",  # the block index, then the sources
            [PROPER_NAMES_KEY, PROPER_NAME_ATTRIBUTE, *chunk],
        ):
            rows[rid] = (sid, seq, j)
    return rows
