"""The library API: paths in, claim records or a report out. The CLI is a thin layer over this."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import FactcheckError, InputError
from factcheck.extract import ArticleContext, run_extractors
from factcheck.fingerprint import text_fingerprint
from factcheck.ingest import Document, ManifestEntry, ScanOptions, expand_inputs, load_document, load_manifest
from factcheck.junk import find_junk
from factcheck.limits import MAX_FIGURES_PER_SENTENCE, MAX_FILE_BYTES, MAX_SENTENCE_CHARS
from factcheck.models import ClaimFile, Diagnostic, Report, Severity

__all__ = [
    "CODE_INTERNAL",
    "CODE_LONG_SENTENCE",
    "CODE_PARSE_BUDGET",
    "Extraction",
    "Loaded",
    "compare_claim_files",
    "compare_paths",
    "extract_all",
    "extract_article",
    "extract_batch",
    "extract_document",
    "extract_paths",
    "kept_text",
    "load_inputs",
    "parse_batch",
]


# Diagnostic codes: text split or skipped at a limit, text beyond the parse budget (warnings); a bug met
# on one input (error).
CODE_LONG_SENTENCE = "FC104"
CODE_PARSE_BUDGET = "FC106"
CODE_INTERNAL = "FC190"
# Documents parsed per batch: progress moves while a long list is parsed.
PARSE_BATCH = 16


@dataclass
class Loaded:
    """Documents that loaded, and a diagnostic for each input that did not."""

    documents: list[Document] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _diagnostic(exc: InputError) -> Diagnostic:
    return Diagnostic(path=exc.path, code=exc.code, severity=Severity.ERROR, message=exc.problem, line=exc.line)


def _internal(path: str, exc: BaseException) -> Diagnostic:
    """A bug met on one input: reported on that input, so the other inputs are still compared."""
    return Diagnostic(
        path=path,
        code=CODE_INTERNAL,
        severity=Severity.ERROR,
        message=f"internal error while reading this input (please report it): {type(exc).__name__}: {exc}"[:300],
    )


def load_inputs(
    paths: Sequence[Path],
    sources: Path | None = None,
    scan: ScanOptions | None = None,
    data: Mapping[Path, bytes] | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> Loaded:
    """Load every article; a bad file becomes a diagnostic and the others still load.

    ``scan`` says how directories are scanned; ``data`` gives the bytes of paths not to be read from
    disk (standard input under ``--stdin-filename``). A bad manifest raises
    :class:`~factcheck.errors.ManifestError`: without it no input has its metadata.
    """
    manifest: dict[Path, ManifestEntry] = load_manifest(sources, max_bytes) if sources is not None else {}
    loaded = Loaded()
    seen_ids: dict[str, str] = {}
    given = data or {}
    files, loaded.diagnostics = expand_inputs(list(paths), scan)
    for path in files:
        try:
            doc = load_document(path, manifest.get(path.resolve()), given.get(path), max_bytes)
        except InputError as exc:
            loaded.diagnostics.append(_diagnostic(exc))
            continue
        except (Exception, RecursionError) as exc:  # a bug: still only this input is lost
            loaded.diagnostics.append(_internal(str(path), exc))
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
    from factcheck.parse import parse_many
    from factcheck.parse_plan import parser_input

    ready = docs if keep_junk else [d.with_junk(find_junk(d.text)) for d in docs]
    parse_many(parser_input(d) for d in ready)
    return list(ready)


def extract_article(
    doc: Document,
    keep_junk: bool = False,
    disabled: Iterable[str] = (),
    junk_found: bool = False,
    notes: list[Diagnostic] | None = None,
) -> tuple[ClaimFile, str]:
    """Claim records of one document and its text without junk, finding the junk once
    (``junk_found``: the document already carries its junk spans). Warnings about the document (text
    split or skipped at a limit) are appended to ``notes`` when given."""
    if not keep_junk and not junk_found:
        doc = doc.with_junk(find_junk(doc.text))
    ctx = ArticleContext(doc)
    claims = run_extractors(ctx, disabled)
    if notes is not None:
        notes.extend(split_sentence_notes(ctx))
    text = _without_junk(doc)
    cf = ClaimFile(
        source=doc.source, fingerprint=text_fingerprint(text), dropped=doc.junk_in_original(), claims=tuple(claims)
    )
    return cf, text


def split_sentence_notes(ctx: ArticleContext) -> list[Diagnostic]:
    """Warnings when the document had runs longer than :data:`MAX_SENTENCE_CHARS` without a sentence
    end (split into pieces before extraction), sentences too dense with figures to read, or more text
    than the parse budget (the rest read by the rules alone)."""
    notes = []
    spans = ctx.split_runs
    if spans:
        start, end = spans[0]
        more = f" (and {len(spans) - 1} more)" if len(spans) > 1 else ""
        message = (
            f"{end - start:,} characters without a sentence end{more} were split into pieces of at most "
            f"{MAX_SENTENCE_CHARS:,} characters; a claim across a split is missed"
        )
        if ctx.parse_plan.unparsed_runs:
            message += (
                f"; {ctx.parse_plan.unparsed_runs:,} characters of these pieces (the article is over the parse "
                "budget) were read by the rules alone, without the parse's qualifiers"
            )
        notes.append(_warning(ctx, CODE_LONG_SENTENCE, message, start))
    if ctx.skipped:
        first = min(ctx.skipped)
        count = len(ctx.skipped)
        message = (
            f"{count} sentence{'s' if count > 1 else ''} with more than {MAX_FIGURES_PER_SENTENCE} "
            "figures (a table or list without full stops) had their figures skipped"
        )
        notes.append(_warning(ctx, CODE_LONG_SENTENCE, message, ctx.skipped[first].start))
    plan = ctx.parse_plan
    if plan.cut is not None:
        message = (
            f"the parse stopped at its budget of {plan.budget:,} characters (max-parse-size): the "
            f"last {plan.unparsed:,} characters were read by the rules alone, without the parse's qualifiers"
        )
        notes.append(_warning(ctx, CODE_PARSE_BUDGET, message, plan.cut))
    return notes


def _warning(ctx: ArticleContext, code: str, message: str, clean_offset: int) -> Diagnostic:
    """A warning on the article, at the line of ``clean_offset`` (an offset in the junk-free text)."""
    line = ctx.doc.line_column(ctx.doc.offset_map.to_original(clean_offset))[0]
    return Diagnostic(path=ctx.doc.source.path, code=code, severity=Severity.WARNING, message=message, line=line)


@dataclass
class Extraction:
    """Claim records of the documents that could be read, each one's text without junk, and notes."""

    files: list[ClaimFile] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _parse_guarded(docs: Sequence[Document], keep_junk: bool) -> tuple[list[Document], bool]:
    """:func:`parse_batch`, or the documents as they are when one of them broke the batch (each is then
    parsed, and fails, alone); the flag says whether their junk was found."""
    try:
        return parse_batch(docs, keep_junk), True
    except FactcheckError:
        raise  # no NLP pipeline installed: a run-level error, not one input's
    except (Exception, RecursionError):
        return list(docs), False


def extract_all(
    docs: Sequence[Document],
    keep_junk: bool = False,
    disabled: Iterable[str] = (),
    progress: Callable[[int, int, str], None] | None = None,
) -> Extraction:
    """:func:`extract_article` on every document, parsed in batches of :data:`PARSE_BATCH`; a bug on one
    document is a diagnostic on it alone (the others are still extracted)."""
    out = Extraction()
    disabled = tuple(disabled)
    done = 0
    for start in range(0, len(docs), PARSE_BATCH):
        batch, junk_found = _parse_guarded(docs[start : start + PARSE_BATCH], keep_junk)
        for doc in batch:
            done += 1
            if progress is not None:
                progress(done, len(docs), doc.source.path)
            notes: list[Diagnostic] = []
            try:
                cf, text = extract_article(doc, keep_junk, disabled, junk_found, notes)
            except FactcheckError:
                raise
            except (Exception, RecursionError) as exc:
                out.diagnostics.append(_internal(doc.source.path, exc))
                continue
            out.files.append(cf)
            out.texts[cf.source.id] = text
            out.diagnostics.extend(notes)
    return out


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
    max_bytes: int = MAX_FILE_BYTES,
    jobs: int = 1,
) -> tuple[list[ClaimFile], list[Diagnostic]]:
    """Claim records of every article (``scan``: how directories are scanned; ``jobs`` processes, the
    same records for any number; in one process each document is guarded and its notes reported)."""
    from factcheck.parallel import MIN_POOL_DOCS, extract_documents

    loaded = load_inputs(paths, sources, scan, max_bytes=max_bytes)
    if jobs > 1 and len(loaded.documents) >= MIN_POOL_DOCS * jobs:
        try:
            extracted = extract_documents(loaded.documents, keep_junk, tuple(disabled), jobs)
            return [cf for cf, _ in extracted], loaded.diagnostics
        except FactcheckError:
            raise
        except Exception:  # one document broke a worker's batch: redo them guarded, one by one
            pass
    done = extract_all(loaded.documents, keep_junk, disabled)
    return done.files, [*loaded.diagnostics, *done.diagnostics]


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
    paths: Sequence[Path],
    sources: Path | None = None,
    keep_junk: bool = False,
    disabled: Iterable[str] = (),
    max_bytes: int = MAX_FILE_BYTES,
) -> Report:
    """The whole pipeline: load, extract, compare, report (through :func:`factcheck.gate.run`)."""
    from factcheck.gate import GateOptions, Inputs, run

    options = GateOptions(sources=sources, keep_junk=keep_junk, disabled=tuple(disabled), max_bytes=max_bytes)
    return run(Inputs(articles=tuple(paths)), options).report
