"""The claim store: an archive's claims extracted once into SQLite, compared without re-reading it.

``factcheck index PATH... --db FILE`` writes it (:func:`index_paths`), ``compare --db FILE`` compares
everything in it (:func:`compare_store`), and ``check DRAFT --db FILE`` reads only the rows the draft's
claims touch (:func:`store_neighbours`). See :mod:`factcheck.store.schema` for the tables.
"""

from __future__ import annotations

from factcheck.store.compare import StoreComparison, compare_store, compare_store_claims, store_neighbours
from factcheck.store.schema import SCHEMA_VERSION, connect, writer_lock
from factcheck.store.version import extractor_version
from factcheck.store.writer import Extract, IndexOptions, IndexResult, index_paths, local_extract, set_stories

__all__ = [
    "SCHEMA_VERSION",
    "Extract",
    "IndexOptions",
    "IndexResult",
    "StoreComparison",
    "compare_store",
    "compare_store_claims",
    "connect",
    "extractor_version",
    "index_paths",
    "local_extract",
    "set_stories",
    "store_neighbours",
    "writer_lock",
]
