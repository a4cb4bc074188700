"""The one route from inputs to a report, for ``factcheck compare`` and ``factcheck check`` alike.

:func:`run` is the orchestrator: it loads the articles (and drafts), extracts their claim records,
adds stored claim records (``--claims DIR``) or the stored claims of a claim store (``--db FILE``)
that the drafts' claims can meet, then :func:`report_from_claims` applies trust overrides,
compares, keeps the findings that involve a draft (when there are drafts: a finding involves a draft
when any of its values' evidence comes from the draft), applies the drafts' inline suppressions and
the baseline, and builds the report (validated once, when written as JSON). Comparison needs only the
claim records (their text fingerprints find syndicated copies and stories), so stored records give the
same findings as the articles.
``compare_inputs`` and ``check_drafts`` are :func:`run` with and without drafts. A claim store without
drafts is compared whole (or one story), its claims streamed from disk, and the report goes through
the same :func:`finish_report` steps. Extraction runs in ``GateOptions.jobs`` processes. A bad input file
becomes a diagnostic and the others are still checked; the CLI is a thin layer over this module.

A draft without a publication date is checked as if published on the day of the check (``today``),
which the report says (info FC103), so its claims are placed in time like the archive's. Suppressions
and baseline entries that match nothing are warnings (FC133, FC140). ``GateOptions.selection`` keeps
the findings of the chosen kinds and severities (``--select``, ``--ignore``, ``--min-severity``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.baseline import Baseline, apply_baseline, stale_entry_diagnostics
from factcheck.claims_io import load_claim_dir
from factcheck.compare import CompareResult, compare_claims
from factcheck.errors import FactcheckError, InputError
from factcheck.ingest import Document, ScanOptions, expand_inputs
from factcheck.limits import MAX_FILE_BYTES
from factcheck.models import ClaimFile, Diagnostic, Finding, Report, Severity
from factcheck.parallel import MIN_POOL_DOCS, extract_documents
from factcheck.pipeline import PARSE_BATCH, extract_all, load_inputs
from factcheck.report import build_report
from factcheck.selection import Selection, select_findings, with_findings
from factcheck.suppress import Suppression, apply_suppressions, find_suppressions, unused_suppressions

__all__ = [
    "CODE_DRAFT_REPLACES_RECORD",
    "CODE_UNDATED_DRAFT",
    "PARSE_BATCH",
    "CheckResult",
    "GateOptions",
    "Inputs",
    "Progress",
    "apply_trust",
    "check_drafts",
    "compare_inputs",
    "finish_report",
    "involves",
    "report_from_claims",
    "run",
    "with_findings",
]

CODE_DRAFT_REPLACES_RECORD = "FC102"
CODE_UNDATED_DRAFT = "FC103"


Progress = Callable[[int, int, str], None]
"""Called before each article is extracted: (1-based index, total, path)."""


@dataclass(frozen=True)
class GateOptions:
    """Everything the gate needs besides the inputs (resolved from flags, env and config)."""

    sources: Path | None = None
    keep_junk: bool = False
    disabled: tuple[str, ...] = ()
    trust: Mapping[str, float] = field(default_factory=dict)
    baseline: Baseline | None = None
    baseline_path: Path | None = None  # where the baseline came from (named by stale-entry warnings)
    progress: Progress | None = None
    max_bytes: int = MAX_FILE_BYTES  # largest input file read (the max-file-size setting)
    jobs: int = 1  # extraction processes (``--jobs``); results are the same for any number
    scan: ScanOptions = field(default_factory=ScanOptions)
    data: Mapping[Path, bytes] = field(default_factory=dict)  # bytes of inputs not read from disk (stdin)
    selection: Selection = field(default_factory=Selection)
    today: dt.date | None = None  # the check date an undated draft gets (None: the real today)


@dataclass(frozen=True)
class Inputs:
    """What one run compares: articles, drafts (findings are kept only when they involve one), a
    directory of stored claim records, and a claim store (``db``: with drafts, only the stored claims
    the drafts' claims can meet are read)."""

    articles: Sequence[Path] = ()
    drafts: Sequence[Path] = ()
    claims_dir: Path | None = None
    db: Path | None = None
    story: str | None = None  # with ``db`` and no drafts: compare only this story's stored articles


@dataclass(frozen=True)
class CheckResult:
    """The draft-only report and the ids of the drafts it is about."""

    report: Report
    draft_ids: tuple[str, ...]


def involves(f: Finding, source_ids: Iterable[str]) -> bool:
    """True when any evidence of any of the finding's values comes from one of ``source_ids``."""
    ids = set(source_ids)
    return any(e.source_id in ids for v in f.values for e in v.sources)


def apply_trust(files: Sequence[ClaimFile], trust: Mapping[str, float]) -> list[ClaimFile]:
    """Replace the trust of the sources named in ``trust`` (configuration beats manifest)."""
    out = []
    for cf in files:
        if cf.source.id in trust:
            source = cf.source.model_copy(update={"trust": trust[cf.source.id]})
            cf = cf.model_copy(update={"source": source})
        out.append(cf)
    return out


def _extract_all(docs: Sequence[Document], options: GateOptions, diagnostics: list[Diagnostic]) -> list[ClaimFile]:
    """Claim records of every document (each with its text fingerprint). In one process (``--jobs 1``
    or a short list) each document is guarded and its notes (text split at a limit, a bug met on it) are
    appended to ``diagnostics``; in ``options.jobs`` processes the records are the same, and a failing
    batch falls back to the guarded single-process route."""
    if options.jobs > 1 and len(docs) >= MIN_POOL_DOCS * options.jobs:
        try:
            extracted = extract_documents(docs, options.keep_junk, options.disabled, options.jobs, options.progress)
            return [cf for cf, _ in extracted]
        except FactcheckError:
            raise
        except Exception:  # one document broke a worker's batch: redo them guarded, one by one
            pass
    done = extract_all(docs, options.keep_junk, options.disabled, options.progress)
    diagnostics.extend(done.diagnostics)
    return done.files


def _baseline_warnings(options: GateOptions, findings: Sequence[Finding]) -> list[Diagnostic]:
    if options.baseline is None or options.baseline_path is None:
        return []
    return stale_entry_diagnostics(options.baseline, options.baseline_path, findings)


def report_from_claims(
    files: Sequence[ClaimFile],
    diagnostics: list[Diagnostic],
    options: GateOptions,
    keep: Callable[[Finding], bool] = lambda f: True,
    suppressions: Mapping[str, Sequence[Suppression]] | None = None,
    claim_counts: Mapping[str, int] | None = None,
) -> Report:
    """Trust, comparison, then :func:`finish_report`. Works from the claim records alone."""
    files = apply_trust(files, options.trust)
    result = compare_claims(files)
    return finish_report(files, result, diagnostics, options, keep, suppressions, claim_counts)


def finish_report(
    files: Sequence[ClaimFile],
    result: CompareResult,
    diagnostics: list[Diagnostic],
    options: GateOptions,
    keep: Callable[[Finding], bool] = lambda f: True,
    suppressions: Mapping[str, Sequence[Suppression]] | None = None,
    claim_counts: Mapping[str, int] | None = None,
) -> Report:
    """The findings to ``keep``, suppressions, baseline (and its stale entries), the report validated
    once, then the selection (``--select``, ``--ignore``, ``--min-severity``): the same steps whether the
    comparison ran on claim records in memory or streamed from a claim store."""
    findings = [f for f in result.findings if keep(f)]
    if suppressions:
        used: set[Suppression] = set()
        findings = apply_suppressions(findings, suppressions, used)
        diagnostics += unused_suppressions(suppressions, used, {cf.source.id: cf.source.path for cf in files})
    if options.baseline is not None:
        findings = apply_baseline(findings, options.baseline)
        diagnostics += _baseline_warnings(options, result.findings)
    report = build_report(files, findings, diagnostics, result.duplicate_of, claim_counts, story_of=result.story_of)
    return select_findings(report, options.selection)


def compare_inputs(
    paths: Sequence[Path] = (),
    claims_dir: Path | None = None,
    options: GateOptions | None = None,
    db: Path | None = None,
    story: str | None = None,
) -> Report:
    """``factcheck compare``: every finding on articles, claim records or a claim store (``db``, maybe
    one ``story`` of it), trust, baseline and selection applied."""
    return run(Inputs(articles=tuple(paths), claims_dir=claims_dir, db=db, story=story), options).report


def _store_report(db: Path, inputs: Inputs, options: GateOptions) -> Report:
    """Every finding on the stored articles (of ``inputs.story``), claims streamed block by block from
    the store, then the same steps as any other comparison (:func:`finish_report`)."""
    if inputs.articles or inputs.claims_dir is not None:
        raise InputError(db, "a claim store is compared on its own: give no articles or claim records with it")
    from factcheck.store import compare_store_claims

    stored = compare_store_claims(db, inputs.story, options.trust)
    return finish_report(stored.files, stored.result, [], options, claim_counts=stored.claim_counts)


def _dated_drafts(drafts: Sequence[Document], today: dt.date) -> tuple[list[Document], list[Diagnostic]]:
    """Drafts without a publication date count as published on the day of the check."""
    out, notes = [], []
    for doc in drafts:
        if doc.source.published is None:
            source = doc.source.model_copy(update={"published": today, "published_from": "check date"})
            doc = dataclasses.replace(doc, source=source)
            notes.append(
                Diagnostic(
                    path=doc.source.path,
                    code=CODE_UNDATED_DRAFT,
                    severity=Severity.INFO,
                    message=f"no publication date: checked as published today ({today.isoformat()})",
                )
            )
        out.append(doc)
    return out, notes


def _draft_suppressions(drafts: Sequence[Document]) -> tuple[dict[str, list[Suppression]], list[Diagnostic]]:
    """Inline suppressions of every draft (none for plain text) and the warnings about them."""
    found: dict[str, list[Suppression]] = {}
    diagnostics: list[Diagnostic] = []
    for doc in drafts:
        if doc.source.format in ("md", "html"):
            items, problems = find_suppressions(doc.original, doc.source.path, doc.source.format == "html")
            diagnostics.extend(problems)
        else:
            items = []
        found[doc.source.id] = items
    return found, diagnostics


def _replaced_note(path: str, source_id: str) -> Diagnostic:
    return Diagnostic(
        path=path,
        code=CODE_DRAFT_REPLACES_RECORD,
        severity=Severity.INFO,
        message=f"stored claims of {source_id!r} are replaced by the draft being checked",
    )


def _records_without_drafts(
    records: Sequence[ClaimFile], draft_ids: set[str]
) -> tuple[list[ClaimFile], list[Diagnostic]]:
    kept, notes = [], []
    for cf in records:
        if cf.source.id in draft_ids:
            notes.append(_replaced_note(cf.source.path, cf.source.id))
        else:
            kept.append(cf)
    return kept, notes


def check_drafts(
    drafts: Sequence[Path],
    against: Sequence[Path] = (),
    claims_dir: Path | None = None,
    options: GateOptions | None = None,
    db: Path | None = None,
) -> CheckResult:
    """Check ``drafts`` against articles (``against``), stored claim records (``claims_dir``) or a claim
    store (``db``: only the stored claims the drafts' claims can meet are read).

    Raises :class:`InputError` when ``against`` names directories that hold no article at all, or the
    claims directory is unusable; a single bad file is a diagnostic instead.
    """
    return run(Inputs(articles=tuple(against), drafts=tuple(drafts), claims_dir=claims_dir, db=db), options)


def run(inputs: Inputs, options: GateOptions | None = None) -> CheckResult:
    """The orchestrator: load, extract, add stored records, then :func:`report_from_claims`.

    With drafts, only the findings that involve a draft are kept and the drafts' inline suppressions
    apply; stored records of a draft are replaced by the draft. Raises :class:`InputError` when drafts
    are checked against paths that hold no article, or the claims directory is unusable.
    """
    options = options or GateOptions()
    if inputs.db is not None and not inputs.drafts:
        return CheckResult(_store_report(inputs.db, inputs, options), ())
    draft_files, empty_drafts = expand_inputs(list(inputs.drafts), options.scan)
    draft_keys = {p.resolve() for p in draft_files}
    articles, empty_folders = expand_inputs(list(inputs.articles), options.scan)
    other_files = [p for p in articles if p.resolve() not in draft_keys]
    if inputs.drafts and inputs.articles and not other_files:
        raise InputError(inputs.articles[0], "holds no article files to check the drafts against")
    loaded = load_inputs([*draft_files, *other_files], options.sources, options.scan, options.data, options.max_bytes)
    loaded_drafts = [d for d in loaded.documents if Path(d.source.path).resolve() in draft_keys]
    others = [d for d in loaded.documents if Path(d.source.path).resolve() not in draft_keys]
    draft_docs, undated = _dated_drafts(loaded_drafts, options.today or dt.date.today())
    docs = [*draft_docs, *others]
    draft_ids = tuple(sorted(d.source.id for d in draft_docs))
    diagnostics = [*empty_drafts, *empty_folders, *loaded.diagnostics, *undated]
    files = _extract_all(docs, options, diagnostics)
    if inputs.claims_dir is not None:
        records, record_problems = load_claim_dir(inputs.claims_dir, options.max_bytes)
        records, notes = _records_without_drafts(records, set(draft_ids))
        files += records
        diagnostics += [*record_problems, *notes]
    counts: dict[str, int] | None = None
    if inputs.db is not None:
        from factcheck.store import store_neighbours

        found = store_neighbours(inputs.db, files, draft_ids)
        files += found.files
        counts = found.claim_counts | {cf.source.id: len(cf.claims) for cf in files if cf.source.id in draft_ids}
        diagnostics += [_replaced_note(str(inputs.db), sid) for sid in found.replaced]
    suppressions, suppression_problems = _draft_suppressions(draft_docs)
    diagnostics += suppression_problems
    keep: Callable[[Finding], bool] = (lambda f: involves(f, draft_ids)) if inputs.drafts else (lambda f: True)
    report = report_from_claims(files, diagnostics, options, keep, suppressions, counts)
    return CheckResult(report, draft_ids)
