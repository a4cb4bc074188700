"""``factcheck index``: extract each article once into the claim store.

An article is extracted again only when its bytes (sha256), the extractor version or the settings that
shape its claims (junk removal, disabled extractors, its manifest entry) changed; otherwise it is
skipped. Its old rows are replaced in the same transaction as the new ones are written, so a kill at any
moment leaves every article either fully indexed (old or new) or absent, and a rerun completes the work.
Extraction itself is pluggable (:data:`Extract`): a local process pool by default, a Dask cluster with
:mod:`factcheck.store.dask_backend`; only this process writes.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.compare import block_key
from factcheck.compare.quote_wording import comparison_words
from factcheck.errors import InputError
from factcheck.ingest import Document, ManifestEntry, ScanOptions, expand_paths, load_document, load_manifest
from factcheck.models import Claim, ClaimFile, CompareAs, Diagnostic, Severity
from factcheck.parallel import Extracted, iter_extracted
from factcheck.store.schema import connect, writer_lock
from factcheck.store.version import extractor_version

__all__ = [
    "Extract",
    "IndexOptions",
    "IndexResult",
    "index_paths",
    "local_extract",
    "quote_terms",
    "set_stories",
    "words_fingerprint",
]

Extract = Callable[[Iterable[Document]], Iterator[tuple[Document, Extracted]]]
"""Extraction of a stream of documents: each document with its claim records and junk-free text."""

# Words too common to tell quotes apart: a draft's quote is compared with the stored quotes that share
# its other words.
_FUNCTION_WORD_LIST = """a an the and or but nor so yet if then than that this these those there here it its it's we us
our you your he him his she her they them their i me my mine is are was were be been being am do does did done have
has had having will would shall should can could may might must not no to of in on at by for from with as into onto
about over under up down out off all any some more most very just also only what which who whom whose when where
why how"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())


@dataclass(frozen=True)
class IndexOptions:
    """What shapes the indexed claims, and how many processes extract them."""

    sources: Path | None = None
    keep_junk: bool = False
    disabled: tuple[str, ...] = ()
    jobs: int = 1
    progress: Callable[[int, str], None] | None = None  # (articles done, path) after each article written
    scan: ScanOptions = field(default_factory=ScanOptions)  # how directories are scanned (.gitignore, --exclude)


@dataclass
class IndexResult:
    """What one ``index`` run did, and the size of the store after it."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    articles: int = 0
    claims: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)


def local_extract(options: IndexOptions) -> Extract:
    """Extraction in this machine's process pool (``options.jobs`` processes)."""

    def run(docs: Iterable[Document]) -> Iterator[tuple[Document, Extracted]]:
        return iter_extracted(docs, options.keep_junk, options.disabled, options.jobs)

    return run


def words_fingerprint(text: str) -> str:
    """sha256 of the text's lower-cased words: identical reprints in different markup share it."""
    return hashlib.sha256(" ".join(re.findall(r"\w+", text.lower())).encode()).hexdigest()


def quote_terms(claim: Claim) -> list[str]:
    """The content words of a quote (its comparison words without function words), sorted, unique."""
    return sorted({w for w in comparison_words(claim.normalized.key) if w not in _FUNCTION_WORDS})


def _settings_key(doc: Document, options: IndexOptions) -> str:
    payload = json.dumps(
        [options.keep_junk, sorted(options.disabled), doc.source.model_dump(mode="json")], sort_keys=True
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _diagnostic(path: str, code: str, message: str, line: int | None = None) -> Diagnostic:
    return Diagnostic(path=path, code=code, severity=Severity.ERROR, message=message, line=line)


def _delete(conn: sqlite3.Connection, source_id: str) -> None:
    for table in ("claims", "entities", "quote_terms", "fingerprints"):
        conn.execute(f"DELETE FROM {table} WHERE source_id = ?", (source_id,))
    conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))


def _insert_claims(conn: sqlite3.Connection, cf: ClaimFile) -> None:
    entities: dict[str, str] = {}
    for seq, claim in enumerate(cf.claims):
        compare_as, subject_key, attribute = block_key(claim)
        cur = conn.execute(
            "INSERT INTO claims (source_id, seq, compare_as, subject_key, attribute, claim_json) VALUES (?,?,?,?,?,?)",
            (cf.source.id, seq, compare_as, subject_key, attribute, claim.model_dump_json(exclude_defaults=True)),
        )
        entities.setdefault(subject_key, claim.subject)
        if claim.compare_as == CompareAs.QUOTE:
            terms = quote_terms(claim)
            conn.executemany(
                "INSERT INTO quote_terms (term, claim, source_id, n) VALUES (?,?,?,?)",
                [(t, cur.lastrowid, cf.source.id, len(terms)) for t in terms],
            )
    conn.executemany(
        "INSERT INTO entities (source_id, subject_key, subject) VALUES (?,?,?)",
        [(cf.source.id, k, s) for k, s in entities.items()],
    )


def _insert_fingerprint(conn: sqlite3.Connection, source_id: str, text: str) -> None:
    conn.execute(
        "INSERT INTO fingerprints (source_id, words_sha256, text_zlib) VALUES (?,?,?)",
        (source_id, words_fingerprint(text), zlib.compress(text.encode("utf-8"))),
    )


def write_article(conn: sqlite3.Connection, key: str, settings: str, cf: ClaimFile, text: str) -> None:
    """Replace one article's rows (and those of another id the same file had before) in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for (old,) in conn.execute("SELECT id FROM sources WHERE path = ? OR id = ?", (key, cf.source.id)).fetchall():
            _delete(conn, old)
        conn.execute(
            "INSERT INTO sources (id, path, sha256, extractor, settings, published, story, n_claims, source_json,"
            " dropped_json) VALUES (?,?,?,?,?,?,NULL,?,?,?)",
            (
                cf.source.id,
                key,
                cf.source.sha256,
                extractor_version(),
                settings,
                cf.source.published.isoformat() if cf.source.published else None,
                len(cf.claims),
                cf.source.model_dump_json(),
                json.dumps([j.model_dump(mode="json") for j in cf.dropped], ensure_ascii=False),
            ),
        )
        _insert_claims(conn, cf)
        _insert_fingerprint(conn, cf.source.id, text)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def set_stories(db: Path, story_of: Mapping[str, str | None]) -> int:
    """Record each article's story (None: none), in one transaction under the writer lock; returns how
    many stored articles were updated (ids not in the store are ignored)."""
    with writer_lock(db):
        conn = connect(db)
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                cur = conn.executemany(
                    "UPDATE sources SET story = ? WHERE id = ?", [(s, i) for i, s in story_of.items()]
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return int(cur.rowcount)
        finally:
            conn.close()


class _Plan:
    """Which documents need extracting: loads each file, skips the unchanged, reports bad ones."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        options: IndexOptions,
        result: IndexResult,
        manifest: dict[Path, ManifestEntry],
    ) -> None:
        self.conn, self.options, self.result, self.manifest = conn, options, result, manifest
        self.seen: dict[str, str] = {}
        self.pending: dict[str, tuple[str, str]] = {}  # source id -> (resolved path, settings key)
        self.version = extractor_version()

    def documents(self, paths: Sequence[Path]) -> Iterator[Document]:
        for path in expand_paths(list(paths), self.options.scan):
            doc = self._load(path)
            if doc is not None and self._needs_extraction(path, doc):
                yield doc

    def _load(self, path: Path) -> Document | None:
        try:
            doc = load_document(path, self.manifest.get(path.resolve()))
        except InputError as exc:
            self.result.diagnostics.append(_diagnostic(exc.path, exc.code, exc.problem, exc.line))
            return None
        if doc.source.id in self.seen:
            message = f"source id {doc.source.id!r} is already used by {self.seen[doc.source.id]}; skipped"
            self.result.diagnostics.append(_diagnostic(str(path), "FC101", message))
            return None
        self.seen[doc.source.id] = str(path)
        return doc

    def _needs_extraction(self, path: Path, doc: Document) -> bool:
        key = str(path.resolve())
        settings = _settings_key(doc, self.options)
        row = self.conn.execute(
            "SELECT path, sha256, extractor, settings FROM sources WHERE id = ?", (doc.source.id,)
        ).fetchone()
        if row is not None and row[0] != key and Path(row[0]).exists():
            message = f"source id {doc.source.id!r} is already used by {row[0]} in the store; skipped"
            self.result.diagnostics.append(_diagnostic(str(path), "FC101", message))
            return False
        if row is not None and tuple(row) == (key, doc.source.sha256, self.version, settings):
            self.result.unchanged += 1
            return False
        replaced = row is not None or self.conn.execute("SELECT 1 FROM sources WHERE path = ?", (key,)).fetchone()
        if replaced:
            self.result.replaced += 1
        else:
            self.result.added += 1
        self.pending[doc.source.id] = (key, settings)
        return True


def index_paths(
    paths: Sequence[Path], db: Path, options: IndexOptions | None = None, extract: Extract | None = None
) -> IndexResult:
    """Index the articles under ``paths`` into the store ``db`` (created when missing).

    Raises :class:`~factcheck.errors.StoreError` when the store is unusable or another process is
    indexing into it, :class:`~factcheck.errors.ManifestError` for a bad manifest; a bad article file
    is a diagnostic and the others are indexed.
    """
    options = options or IndexOptions()
    extract = extract or local_extract(options)
    result = IndexResult()
    manifest = load_manifest(options.sources) if options.sources else {}
    with writer_lock(db):
        conn = connect(db, create=True)
        try:
            plan = _Plan(conn, options, result, manifest)
            for done, (doc, (cf, text)) in enumerate(extract(plan.documents(paths)), start=1):
                key, settings = plan.pending.pop(doc.source.id)
                write_article(conn, key, settings, cf, text)
                if options.progress is not None:
                    options.progress(done, doc.source.path)
            totals = conn.execute("SELECT count(*), coalesce(sum(n_claims), 0) FROM sources").fetchone()
            result.articles, result.claims = int(totals[0]), int(totals[1])
        finally:
            conn.close()
    return result
