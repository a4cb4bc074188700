"""The text fingerprint that travels with an article's claim records.

Syndication detection (:mod:`factcheck.compare.context`) compares the openings of two texts. Claim
records carry that opening (``ClaimFile.fingerprint``), so comparing stored claim records
(``--claims DIR``) finds the same syndicated copies, and so the same findings, as comparing the
articles; the articles' route uses the fingerprint too, so there is one route. The opening is the
junk-free text with runs of whitespace collapsed, cut to the length the detector reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factcheck.compare.context import SYNDICATION_PREFIX
from factcheck.models import ClaimFile, TextFingerprint

__all__ = ["FINGERPRINT_CHARS", "fingerprint_texts", "text_fingerprint", "with_fingerprint"]

# The detector reads this many leading characters; a longer fingerprint would change nothing.
FINGERPRINT_CHARS = SYNDICATION_PREFIX


def text_fingerprint(text: str) -> TextFingerprint:
    """The fingerprint of an article's junk-free text."""
    return TextFingerprint(text=" ".join(text.split())[:FINGERPRINT_CHARS])


def with_fingerprint(cf: ClaimFile, text: str) -> ClaimFile:
    """``cf`` with the fingerprint of ``text`` (its article's junk-free text)."""
    return cf.model_copy(update={"fingerprint": text_fingerprint(text)})


def fingerprint_texts(files: Sequence[ClaimFile], texts: Mapping[str, str] | None = None) -> dict[str, str]:
    """What syndication detection compares, per source id: each file's fingerprint; for a file without
    one (claims format 1.0) the fingerprint of its text in ``texts``, when given; else nothing (such a
    file is never found to be a copy)."""
    out: dict[str, str] = {}
    for cf in files:
        sid = cf.source.id
        if cf.fingerprint is not None:
            out[sid] = cf.fingerprint.text
        elif texts is not None and sid in texts:
            out[sid] = text_fingerprint(texts[sid]).text
    return out
