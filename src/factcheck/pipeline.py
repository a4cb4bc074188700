"""The library API: paths in, claim records or a report out. The CLI is a thin layer over this."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import InputError
from factcheck.extract import ArticleContext, run_extractors
from factcheck.fingerprint import text_fingerprint
from factcheck.ingest import Document, ManifestEntry, ScanOptions, expand_paths, load_document, load_manifest
from factcheck.junk import find_junk
from factcheck.models import ClaimFile, Diagnostic, Report, Severity

__all__ = [
    "Loaded",
    "compare_claim_files",
    "compare_paths",
    "extract_article",
    "extract_batch",
    "extract_document",
    "extract_paths",
    "kept_text",
    "load_inputs",
    "parse_batch",
]


@dataclass
class Loaded:
    """Documents that loaded, and a diagnostic for each input that did not."""

    documents: list[Document] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _diagnostic(exc: InputError) -> Diagnostic:
    return Diagnostic(path=exc.path, code=exc.code, severity=Severity.ERROR, message=exc.problem, line=exc.line)


def load_inputs(
    paths: Sequence[Path],
    sources: Path | None = None,
    scan: ScanOptions | None = None,
    data: Mapping[Path, bytes] | None = None,
) -> Loaded:
    """Load every article; a bad file becomes a diagnostic and the others still load.

    ``scan`` says how directories are scanned; ``data`` gives the bytes of paths not to be read from
    disk (standard input under ``--stdin-filename``). A bad manifest raises
    :class:`~factcheck.errors.ManifestError`: without it no input has its metadata.
    """
    manifest: dict[Path, ManifestEntry] = load_manifest(sources) if sources is not None else {}
    loaded = Loaded()
    seen_ids: dict[str, str] = {}
    given = data or {}
    for path in expand_paths(list(paths), scan):
        try:
            doc = load_document(path, manifest.get(path.resolve()), given.get(path))
        except InputError as exc:
            loaded.diagnostics.append(_diagnostic(exc))
            continue
        if doc.source.id in seen_ids:
            loaded.diagnostics.append(
                Diagnostic(
                    path=str(path),
                    code="FC101",
                    severity=Severity.ERROR,
                    message=f"source id {doc.source.id!r} is already used by {seen_ids[doc.source.id]}; skipped",
                )
            )
            continue
        seen_ids[doc.source.id] = str(path)
        loaded.documents.append(doc)
    return loaded


def kept_text(doc: Document, keep_junk: bool = False) -> str:
    """The article text without its page junk: what syndication detection compares (two sites that
    reprint one wire story wrap it in different ads and link lists)."""
    return _without_junk(doc if keep_junk else doc.with_junk(find_junk(doc.text)))


def _without_junk(doc: Document) -> str:
    parts, pos = [], 0
    for j in sorted(doc.junk, key=lambda j: j.start):
        parts.append(doc.text[pos : j.start])
        pos = max(pos, j.end)
    parts.append(doc.text[pos:])
    return "".join(parts)


def parse_batch(docs: Sequence[Document], keep_junk: bool) -> list[Document]:
    """Find each document's junk, then parse all of them in one batched pass (``nlp.pipe``): the parses
    are cached, so the extractors that follow reuse them."""
    from factcheck.parse import blank_junk, parse_many

    ready = docs if keep_junk else [d.with_junk(find_junk(d.text)) for d in docs]
    parse_many(blank_junk(d.text, d.junk) for d in ready)
    return list(ready)


def extract_article(
    doc: Document, keep_junk: bool = False, disabled: Iterable[str] = (), junk_found: bool = False
) -> tuple[ClaimFile, str]:
    """Claim records of one document and its text without junk, finding the junk once
    (``junk_found``: the document already carries its junk spans)."""
    if not keep_junk and not junk_found:
        doc = doc.with_junk(find_junk(doc.text))
    claims = run_extractors(ArticleContext(doc), disabled)
    text = _without_junk(doc)
    cf = ClaimFile(
        source=doc.source, fingerprint=text_fingerprint(text), dropped=doc.junk_in_original(), claims=tuple(claims)
    )
    return cf, text


def extract_document(doc: Document, keep_junk: bool = False, disabled: Iterable[str] = ()) -> ClaimFile:
    """Junk removal, segmentation and every enabled extractor on one document."""
    return extract_article(doc, keep_junk, disabled)[0]


def extract_batch(
    docs: Sequence[Document], keep_junk: bool = False, disabled: Iterable[str] = ()
) -> list[tuple[ClaimFile, str]]:
    """Claim records and junk-free text of several documents: their junk found and their parses made in
    one batched pass, then every extractor on each (what each worker of ``--jobs`` runs on its share)."""
    disabled = tuple(disabled)
    return [extract_article(d, keep_junk, disabled, junk_found=True) for d in parse_batch(docs, keep_junk)]


def extract_paths(
    paths: Sequence[Path],
    sources: Path | None = None,
    keep_junk: bool = False,
    disabled: Iterable[str] = (),
    scan: ScanOptions | None = None,
    jobs: int = 1,
) -> tuple[list[ClaimFile], list[Diagnostic]]:
    """Claim records of every article (``scan``: how directories are scanned; ``jobs`` processes, the
    same records for any number)."""
    from factcheck.parallel import extract_documents

    loaded = load_inputs(paths, sources, scan)
    extracted = extract_documents(loaded.documents, keep_junk, tuple(disabled), jobs)
    return [cf for cf, _ in extracted], loaded.diagnostics


def compare_claim_files(
    files: Sequence[ClaimFile], diagnostics: Sequence[Diagnostic] = (), texts: dict[str, str] | None = None
) -> Report:
    """Compare claim records and build the validated report (the orchestrator's route, see
    :func:`factcheck.gate.run`); ``texts`` fingerprints the files that carry no fingerprint."""
    from factcheck.fingerprint import with_fingerprint
    from factcheck.gate import GateOptions, report_from_claims

    texts = texts or {}
    files = [
        with_fingerprint(cf, texts[cf.source.id]) if cf.fingerprint is None and cf.source.id in texts else cf
        for cf in files
    ]
    return report_from_claims(files, list(diagnostics), GateOptions())


def compare_paths(
    paths: Sequence[Path], sources: Path | None = None, keep_junk: bool = False, disabled: Iterable[str] = ()
) -> Report:
    """The whole pipeline: load, extract, compare, report (through :func:`factcheck.gate.run`)."""
    from factcheck.gate import GateOptions, Inputs, run

    options = GateOptions(sources=sources, keep_junk=keep_junk, disabled=tuple(disabled))
    return run(Inputs(articles=tuple(paths)), options).report
