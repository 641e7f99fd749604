"""The ingest pipeline: sources → parsed articles → facts → the store.

One walk per input file: :func:`store.ingest.sources.read_source` reads,
decodes and sniffs it; :func:`parse_source` runs its format's parser;
:func:`_with_facts` extracts each article's facts as the articles stream by;
the store's transaction stores the finished records.  Each file is its own
atomic commit; a file that cannot be used is reported and changes nothing,
and an article whose facts cannot be extracted is stored without them and
reported, without stopping the rest of its file.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from store.errors import (
    IngestInterrupted,
    IngestStopped,
    InputError,
    InterruptedAfterSave,
    StoreError,
    StoreLockedError,
    WriteFailed,
    derived_part,
    os_reason,
)
from store.ingest.articles import SizeLimit
from store.ingest.extraction import Extractor
from store.ingest.jsonl import count_jsonl_articles, first_wrong_type, iter_jsonl
from store.ingest.page import parse_page
from store.ingest.record_notes import RecordNotes
from store.ingest.sogou import count_docs, iter_sogou
from store.ingest.sources import Source, expand, read_source
from store.wording import counted
from store.paths import SEED_SOURCES
from store.protocol import SourceWriter, WritableStore
from store.records import (
    Article,
    Fact,
    IngestReport,
    ProgressFn,
    SourceHeader,
    SourceRef,
    SourceWrite,
)


@dataclass
class ParsedInput:
    """A parsed source: what the store keeps of the file, and its articles
    as a stream (a large archive is never held as a list of records)."""

    source: Source
    header: SourceHeader
    articles: Iterator[Article]
    total: int | None   # for progress: the number of articles, or a bound
    expected: str       # what the file should hold, for "no article found"
    notes: RecordNotes = field(default_factory=RecordNotes)  # records left out, dates not read, repeats
    # where each article handed to the store came from (its line or record;
    # 4 bytes an article), to say where the ones it leaves out as repeats are
    handed_at: array = field(default_factory=lambda: array("I"))


class Outcome(NamedTuple):
    write: SourceWrite | None          # None: the source was unchanged
    bad_records: list[tuple[str, str]]


def ingest_paths(store: WritableStore, paths: Iterable[str | Path], progress: ProgressFn | None = None,
                 *, build_index: bool = True, jobs: int | None = None) -> IngestReport:
    """Ingest files and directories (``-`` is stdin), extracting facts on
    ``jobs`` processes (default: $FACTDESK_JOBS or the number of CPUs).

    With ``build_index`` the search index is brought up to date before
    returning, so the app's first search does not pay for it; the automatic
    seed on first launch skips that to keep start-up fast."""
    report = IngestReport()
    own = getattr(store, "path", None)
    expansion = expand(list(paths), own if isinstance(own, Path) else None)
    report.skipped += [(str(skipped.path), skipped.reason) for skipped in expansion.skipped]
    with Extractor(jobs) as extractor:
        for n, path in enumerate(expansion.files):
            try:
                _ingest_file(store, path, progress, extractor, report)
            except _Stopped as stop:
                raise _stopped(report, path, stop, expansion.files[n + 1:], len(expansion.files) == 1,
                               getattr(store, "path", None)) from None
            except KeyboardInterrupt as stop:  # Ctrl+C: the files saved before it are named, as for a full disk
                if report.ingested_sources or report.unchanged_sources:
                    line = _stopped(report, path, _Stopped(StoreError(str(stop) or "interrupted"),
                                                           isinstance(stop, InterruptedAfterSave)),
                                    expansion.files[n + 1:], len(expansion.files) == 1)
                    raise IngestInterrupted(str(line), report, getattr(line, "not_ingested", [])) from None
                raise
    if build_index and report.ingested_sources:
        finish_after_ingest(report, store.index_after_writes, getattr(store, "path", None))
    return report


def finish_after_ingest(report: IngestReport, finish: Callable[[], object], store_path: object = None) -> None:
    """Run ``finish`` (the search index and series table brought up to date
    after the files were committed); Ctrl+C there says that every file is
    saved — "the store is unchanged" would send the user to ingest them again.
    So does a file there the system refuses (a folder made unreadable): its
    bare "path: permission denied" read as the ingest having failed."""
    try:
        finish()
    except StoreError as err:  # the files are saved: said with the report of them, never alone
        if (line := _saved_but(err, len(report.ingested_sources), store_path)) is None:
            raise
        raise IngestStopped(line, report, []) from None
    except OSError as err:
        saved = len(report.ingested_sources)
        where = f"{store_path}: " if store_path is not None else ""
        raise StoreError(
            f"{where}the {counted(saved, 'file')} ingested {'are' if saved > 1 else 'is'} saved, but "
            f"{derived_part(err)} could not be brought up to date ({os_reason(err, err.filename or '.')}"
            f"{': ' + str(err.filename) if err.filename else ''}); 'factdesk check --fix' finishes it"
        ) from None
    except (MemoryError, RuntimeError) as err:  # (ulimit -v: the index's build out of memory, or of a thread)
        from store.search.postings import thread_refused

        if isinstance(err, RuntimeError) and not thread_refused(err):
            raise
        saved = len(report.ingested_sources)
        where = f"{store_path}: " if store_path is not None else ""
        raise IngestStopped(
            f"{where}the {counted(saved, 'file')} ingested {'are' if saved > 1 else 'is'} saved, but the search "
            f"index could not be brought up to date (out of memory: a memory limit such as ulimit -v, or the "
            f"machine's); 'factdesk check --fix' finishes it", report, []) from None
    except KeyboardInterrupt:
        saved = len(report.ingested_sources)
        raise IngestInterrupted(
            f"interrupted while building the search index; the {counted(saved, 'file')} ingested "
            f"{'are' if saved > 1 else 'is'} saved; 'factdesk check --fix' finishes the index",
            report, []) from None


def _ingest_file(store: WritableStore, path: Path, progress: ProgressFn | None, extractor: Extractor,
                 report: IngestReport) -> None:
    """One file, its own atomic commit; what cannot be used is reported."""
    size_limit = SizeLimit(str(path))
    tx = outcome = None
    try:
        parsed = parse_source(read_source(path))
        parsed.articles = size_limit.within(parsed.articles)
        with store.writing() as tx:
            outcome = _store_source(tx, parsed, progress, extractor)
    except InterruptedAfterSave:  # Ctrl+C after the commit point: this file is saved and is counted so
        if outcome is not None:
            _record(report, parsed.header.file, outcome)
        raise
    except InputError as err:
        report.skipped.append((str(path), size_limit.line() or str(err)))
        return
    except StoreError as err:
        # The commit can have reached the disk before a later step (the
        # search index, the series table) failed: that file is saved.
        saved = outcome is not None and getattr(tx, "committed", False) is True
        if saved:
            _record(report, parsed.header.file, outcome)
        raise _Stopped(err, saved) from None
    except (ArithmeticError, LookupError, TypeError, ValueError, RecursionError) as err:
        # A record no code foresaw (a bug): this file is left out, its
        # transaction discarded, and the rest of the input goes on.
        report.skipped.append((str(path), f"{path}: not ingested ({type(err).__name__}: {err})"))
        return
    _record(report, parsed.header.file, outcome)
    if outcome.write is not None:
        parsed.notes.repeated(sorted(parsed.handed_at[p] for p in outcome.write.repeated))
        if (repeats := parsed.notes.repeats_line(str(path))) is not None:
            report.repeated += parsed.notes.repeats
            report.notices.append((str(path), repeats))
        if (future := parsed.notes.future_line(str(path))) is not None:
            report.notices.append((str(path), future))
        if (encoding := parsed.notes.encoding_line(str(path))) is not None:
            report.notices.append((str(path), encoding))
    # One line for the file: the articles over the size limit, the records
    # with no text and the dates that are no date (all else was saved).
    said = [line for line in (size_limit.line(), parsed.notes.line() if outcome.write else None) if line]
    if said:
        report.skipped.append((str(path), "; ".join(said)))
        report.partial.append(str(path))


def _saved_but(err: StoreError, saved: int, store_path: object) -> str | None:
    """The line for ``saved`` files committed before the series table or the
    search index could not be built (its path a folder, a full disk), or None
    for another error: the table's or index's own line ("… run the command
    again") read as nothing ingested."""
    from store.db.indexing import IndexUnbuilt
    from store.series.keeper import SeriesUnbuildable

    files = f"the {counted(saved, 'file')} ingested {'are' if saved > 1 else 'is'} saved"
    if isinstance(err, StoreLockedError):  # another writer came in after the commit: it brings them up to date
        return (f"{str(err).rstrip('.')}; {files}, but the search index and series table were not brought up to "
                f"date: the other process does when it ends, else 'factdesk check --fix'")
    if isinstance(err, SeriesUnbuildable):
        return f"{err.path}: {files}, but the series table could not be built ({err.why}); {err.fix}"
    if isinstance(err, IndexUnbuilt):
        where = f"{store_path}: " if store_path is not None else ""
        # (ENOMEM under ulimit -v is no full disk: "free some space" sent the user to the wrong place)
        short_of = "memory" if "memory" in str(err.reason).lower() else "space"
        return (f"{where}{files}, but the search index could not be built ({err.reason}); "
                f"free some {short_of} and run 'factdesk check --fix'")
    return None


class _Stopped(Exception):
    """A store error while ingesting one file, and whether that file was saved."""

    def __init__(self, err: StoreError, saved: bool) -> None:
        super().__init__(str(err))
        self.err, self.saved = err, saved


def _stopped(report: IngestReport, path: Path, stop: _Stopped, rest: list[Path], only: bool,
             store_path: object = None) -> StoreError:
    """One line: why the ingest stopped, at which file, what was saved and
    what was not (the store stays consistent: each file is its own commit)."""
    if only and stop.saved and (line := _saved_but(stop.err, 1, store_path)) is not None:
        return IngestStopped(line, report, [])  # committed, then the table or the index failed
    if only:  # a single file: the store's own error (of its class) says it all
        return stop.err
    err = stop.err
    parts = [err.short if isinstance(err, WriteFailed) else str(err).rstrip(".")]
    after = f"the {counted(len(rest), 'file')} after it ({rest[0]}{' …' if len(rest) > 1 else ''})" if rest else ""
    if getattr(err, "unknown_outcome", False):  # (a connection lost during the commit: never "not saved")
        parts.append(f"stopped at {path}: perhaps saved — ingest it again once the server is back (a saved file "
                     f"is then left as it is)" + (f"; not ingested: {after}" if after else ""))
    elif stop.saved:
        parts.append(f"stopped at {path} (saved)" + (f"; not ingested: {after}" if after else ""))
    else:
        parts.append(f"stopped at {path}: not saved" + (f", nor {after}" if after else ""))
    before = len(report.ingested_sources) + len(report.unchanged_sources) - stop.saved
    parts.append(f"saved before it: {counted(before, 'file')}" if before else "nothing was saved before it")
    not_ingested = ([] if stop.saved else [str(path)]) + [str(p) for p in rest]
    return IngestStopped("; ".join(parts), report, not_ingested)


def reseed(store: WritableStore, progress: ProgressFn | None = None, *, build_index: bool = True) -> IngestReport:
    """Ingest the shipped seed pages (unchanged ones stay as they are)."""
    return ingest_paths(store, sorted(SEED_SOURCES.glob("*.txt")), progress, build_index=build_index)


def parse_source(source: Source) -> ParsedInput:
    """Run the source's format parser.  JSON Lines are validated line by
    line first, so a bad line rejects the file before any work is done."""
    header = SourceHeader(source.name, source.sha256, key=source.key)
    if source.format == "jsonl":
        # A large file is read a line at a time, once to check and count its
        # records and once for its articles, instead of held as text.
        data = source.lines or (lambda: source.text)
        total = count_jsonl_articles(data(), source.name)
        if not total:
            wrong = first_wrong_type(data(), source.name)
            said = f": {wrong}, not text" if wrong else ""
            raise InputError(f"{source.path}: no article found{said} (expected JSON objects with a title or body)")
        notes = RecordNotes("line", unreadable=list(source.unreadable_lines),
                            other_encoding=list(source.other_encoding))
        articles = iter_jsonl(data(), source.name, source.sha256, notes)
        return ParsedInput(source, header, articles, total, "JSON objects with a title or body", notes)
    if source.format == "sogou":
        text = source.text.replace("\r\n", "\n")
        notes = RecordNotes("record")
        articles = iter_sogou(text, source.name, source.sha256, notes)
        return ParsedInput(source, header, articles, count_docs(text), "<doc> records", notes)
    page = parse_page(source.text, source.name)
    if not any(a["body"] for a in page.articles):
        said = ": its one line is read as a title with no text after it" if _one_line(source.text) else ""
        raise InputError(f"{source.path}: no article found{said} (expected a title line and some text)")
    header.furniture, header.publication, header.date = page.furniture, page.publication, page.date
    return ParsedInput(source, header, iter(page.articles), len(page.articles), "a title line and some text",
                       RecordNotes("article"))


def _one_line(text: str) -> bool:
    """Whether the text holds a single line that is not blank (a news flash
    saved as one paragraph: "no article found" alone left the user guessing)."""
    lines = (line for line in text.split("\n") if line.strip())
    return next(lines, None) is not None and next(lines, None) is None


def _store_source(tx: SourceWriter, parsed: ParsedInput, progress: ProgressFn | None,
                  extractor: Extractor) -> Outcome:
    """Hand one source's finished records to the transaction.  The same text
    again changes nothing; a changed text replaces its old articles."""
    if tx.stored_sha256(parsed.header.file, parsed.header.key) == parsed.header.sha256:
        return Outcome(None, [])
    bad: list[tuple[str, str]] = []
    # A store whose commit will build its search index from scratch has the
    # extraction workers prepare each article's index document (see
    # store.ingest.extraction.ExtractedFacts).
    prepares = getattr(tx, "prepares_index", None)
    prepare = bool(prepares and parsed.total and prepares(parsed.total))
    written = tx.put_source(parsed.header, _with_facts(parsed, bad, progress, extractor, prepare))
    # Every article is stored: the file's text (a file under STREAM_BYTES is
    # read whole, up to tens of MB as a str) is not held through the commit.
    parsed.source.text = ""
    if not (written.added or written.merged):  # raised inside the transaction: it is discarded
        raise InputError(f"{parsed.source.path}: no article found (expected {parsed.expected})")
    return Outcome(written, bad)


def _with_facts(parsed: ParsedInput, bad: list[tuple[str, str]], progress: ProgressFn | None,
                extractor: Extractor | None = None, prepare: bool = False) -> Iterator[tuple[Article, list[Fact]]]:
    """Each new article with its facts, stamped with its source."""
    file = parsed.header.file
    outcomes = (extractor or Extractor(1)).outcomes(_new_articles(parsed), parsed.total, prepare)
    for n, (article, outcome) in enumerate(outcomes):
        if isinstance(outcome, str):
            bad.append((str(parsed.source.path),
                        f"{parsed.source.path}: record {n + 1} ({article['title'][:30]}): {outcome}; stored without facts"))
            outcome = []
        if progress is not None:
            progress(file, n + 1, parsed.total)
        yield article, outcome


def _new_articles(parsed: ParsedInput) -> Iterator[Article]:
    """The parsed articles stamped with their source.  The same record twice
    in one file is left out after its first: the store keeps the first, so
    its facts are not extracted again.  (The same content under another id
    is left to the store, which compares content keys anyway: computing
    them here too would cost as much again.)  The ids seen are kept as
    64-bit numbers past the first few thousand: a set of their strings kept
    about 0.1 KB a record for the whole file."""
    from store.db.row_spool import CompactIds

    seen = CompactIds()
    notes = parsed.notes
    for k, article in enumerate(parsed.articles):
        article["source"] = source_ref(article, parsed.header.file, parsed.header.sha256)
        article["sources"] = [article["source"]]
        where = notes.last_at or k + 1   # the parser's line or record, else the article's number
        if article["id"] in seen:
            notes.repeated([where])
            continue
        seen.add(article["id"])
        parsed.handed_at.append(where)
        yield article


def source_ref(article: Article, file: str, sha256: str) -> SourceRef:
    """What an article keeps of the file it came from: the file, its bytes'
    digest and what its record said of the article's URL, paper and date."""
    ref: SourceRef = {"file": file, "sha256": sha256}
    for field in ("url", "publication", "date"):
        value = article.get(field)
        if isinstance(value, str) and value:
            ref[field] = value  # type: ignore[literal-required]
    return ref


def _record(report: IngestReport, file: str, outcome: Outcome) -> None:
    if outcome.write is None:
        report.unchanged_sources.append(file)
        return
    report.added += outcome.write.added
    report.merged += outcome.write.merged
    report.facts += outcome.write.facts
    report.removed += outcome.write.removed
    report.ingested_sources.append(file)
    report.skipped += outcome.bad_records
    report.partial += [path for path, _ in outcome.bad_records]
