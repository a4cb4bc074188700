"""The claim store's SQLite schema, opening a store, and the one-writer lock.

Tables (one row per ...):

- ``sources``: indexed article. Keyed by source id; ``sha256`` (the file's bytes), ``extractor``
  (:func:`~factcheck.store.version.extractor_version`) and ``settings`` (junk removal, disabled
  extractors, the manifest entry) decide whether ``index`` must extract it again. ``story`` is the
  story the article belongs to, NULL until stories are assigned
  (:func:`~factcheck.store.writer.set_stories`); ``source_json`` is the
  :class:`~factcheck.models.Source`, ``dropped_json`` the page junk removed.
- ``claims``: claim, with its comparison block key (``compare_as``, ``subject_key``, ``attribute``:
  only claims with one key are compared, see :func:`factcheck.compare.block_key`) in columns and
  indexed, ``seq`` its order in the article, ``claim_json`` the :class:`~factcheck.models.Claim`.
- ``entities``: (article, subject key) pair, with the subject as shown: who and what an article is about.
- ``quote_terms``: content word of a quote (``n``: how many the quote has): quotes of different
  speakers are compared by wording, so a draft's quotes find the stored quotes that share their words
  through this table.
- ``fingerprints``: article's text without page junk (zlib-compressed, for syndication detection) and
  the sha256 of its normalized words (identical reprints share it).

The store runs in WAL mode (readers never block the writer); each article's rows are written in one
transaction. Only one process writes at a time: ``index`` holds an exclusive lock on ``FILE.lock``.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.errors import StoreError

__all__ = ["SCHEMA_VERSION", "connect", "writer_lock"]

SCHEMA_VERSION = "1"

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    extractor TEXT NOT NULL,
    settings TEXT NOT NULL,
    published TEXT,
    story TEXT,
    n_claims INTEGER NOT NULL,
    source_json TEXT NOT NULL,
    dropped_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sources_path ON sources (path);
CREATE INDEX IF NOT EXISTS sources_story ON sources (story);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    compare_as TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    attribute TEXT NOT NULL,
    claim_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_block ON claims (compare_as, subject_key, attribute, source_id, seq);
CREATE INDEX IF NOT EXISTS claims_source ON claims (source_id, seq);
CREATE TABLE IF NOT EXISTS entities (
    source_id TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    subject TEXT NOT NULL,
    PRIMARY KEY (source_id, subject_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_key ON entities (subject_key);
CREATE TABLE IF NOT EXISTS quote_terms (
    term TEXT NOT NULL,
    claim INTEGER NOT NULL,
    source_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (term, claim)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quote_terms_source ON quote_terms (source_id);
CREATE TABLE IF NOT EXISTS fingerprints (
    source_id TEXT PRIMARY KEY,
    words_sha256 TEXT NOT NULL,
    text_zlib BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS fingerprints_words ON fingerprints (words_sha256);
"""


def connect(path: Path, create: bool = False) -> sqlite3.Connection:
    """Open the store at ``path`` (creating it when ``create``), in WAL mode, its schema checked."""
    if not create and not path.is_file():
        raise StoreError(f"{path}: no claim store here (make one with `factcheck index PATH... --db {path}`)")
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        if create:
            conn.executescript(_DDL)
            conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except (sqlite3.DatabaseError, OSError) as exc:
        raise StoreError(f"{path}: not a usable claim store ({exc})") from exc
    if row is None or row[0] != SCHEMA_VERSION:
        conn.close()
        found = "none" if row is None else row[0]
        raise StoreError(f"{path}: claim store schema {found}, this factcheck reads {SCHEMA_VERSION}; index again")
    return conn


@contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """Hold the store's writer lock (``FILE.lock``) or fail at once: one ``index`` at a time."""
    lock_path = path.with_name(path.name + ".lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create the lock file {lock_path} ({exc.strerror or exc})") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StoreError(f"{path}: another process is indexing into this store (lock {lock_path})") from exc
        yield
    finally:
        os.close(fd)
