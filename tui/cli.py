"""The ``factdesk`` command: the app with no subcommand, the store's API
for scripts otherwise (``--json`` gives JSON Lines).

Every error a user can cause is one line on stderr and a non-zero exit:
1 for store and input problems, 2 for bad usage or a malformed query.
Heavy modules (Textual, the extractor, the search index) are imported only
by the subcommands that need them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from tui.cli_extras import SHELLS, VersionAction, cmd_completion, jobs, query_terms_kept

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Bad arguments or a malformed query: exit status 2."""


class NotFound(LookupError):
    """No article (or no single article) with the id given: exit status 1.
    Its own class so that a KeyError from a bug is not mistaken for it."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage dump
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factdesk",
        description="A terminal browser for the facts in news. With no command, opens the app.",
    )
    parser.add_argument("--db", metavar="PATH|URL", help="store file or postgresql:// URL "
                        "(default: $FACTDESK_DB or the user data directory)")
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("app", help="open the app (the default)")
    sub.add_parser("seed", help="(re)seed the store from the shipped sources")

    p = sub.add_parser("ingest", help="add text files, JSON Lines files or directories")
    p.add_argument("paths", nargs="+", metavar="FILE", help="file, directory, or - for stdin")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--jobs", type=jobs, metavar="N",
                   help="processes extracting facts (default: the number of CPUs)")

    p = sub.add_parser("articles", help="list articles, one per line")
    p.add_argument("--json", action="store_true", help="JSON Lines of the full article records")

    p = sub.add_parser("show", help="show one article")
    p.add_argument("id", help="article id (a unique prefix is enough)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("facts", help="list facts from the store")
    p.add_argument("--article", metavar="ID", help="only this article (a unique prefix is enough)")
    p.add_argument("--kind", metavar="K", help="only facts of this kind (money, count, percent …)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON Lines, every field")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")

    p = sub.add_parser("extract", help="extract facts from raw text without touching the store")
    p.add_argument("file", nargs="?", default="-", help="text file, or - for stdin (default)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help="search articles and facts")
    p.add_argument("query", nargs="+", help="terms, \"phrases\", -exclusions, a | b, kind:money, >1亿 …")
    p.add_argument("--json", action="store_true", help="JSON Lines, one per matching article in rank order")
    p.add_argument("--limit", type=int, default=20, help="results to show (0 = all; default 20)")
    p.add_argument("--kind", metavar="K", help="only facts of this kind")

    p = sub.add_parser("series", help="one indicator across articles: every figure by period")
    p.add_argument("query", nargs="+", help="an indicator such as 新能源汽车产量, or filters such as unit:辆 year:2024")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON Lines, one per figure")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")

    p = sub.add_parser("conflicts", help="figures that sources give differently for the same indicator and period")
    p.add_argument("query", nargs="*", help="only these indicators (default: all)")
    p.add_argument("--json", action="store_true", help="JSON Lines, one per disagreement")

    p = sub.add_parser("check", help="verify the store (with --fix: rebuild what can be rebuilt, keep what is damaged)")
    p.add_argument("--fix", action="store_true")
    sub.add_parser("config", help="show the settings file's path and the settings in effect")
    p = sub.add_parser("completion", help="print a shell completion script (bash, zsh or tcsh)")
    p.add_argument("shell", choices=SHELLS)
    p = sub.add_parser("copy", help="copy the store to another backend (a PostgreSQL server or a store file)")
    p.add_argument("--to", required=True, metavar="URL_OR_PATH", help="postgresql:// URL or store file to copy into")
    for command in sub.choices.values():  # also after the command: factdesk search 重庆 --db news.json
        command.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help="as factdesk --db")
    return parser


# ---------------------------------------------------------------- output


def _out(line: str) -> None:
    sys.stdout.write(line + "\n")


def _jsonl(record: Any) -> None:
    import json

    import orjson

    try:
        line = orjson.dumps(record).decode()
    except TypeError:        # an int beyond 64 bits (a 30-digit figure): the standard codec holds it
        line = json.dumps(record, ensure_ascii=False)
    sys.stdout.write(line + "\n")


def _err(message: str) -> None:
    sys.stderr.write(f"factdesk: {_one_line(message)}\n")


def _utf8(text: str) -> str:
    """Text with undecodable file-name bytes (surrogate escapes) replaced."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _one_line(text: str) -> str:
    from store import sanitize

    return " ".join(sanitize(str(text)).split())


def _open(args: argparse.Namespace, seed: bool = True) -> Any:
    """The store, created (and seeded) when missing: for the app, seed, ingest."""
    from store import open_store

    return open_store(args.db, seed=seed)


def _open_existing(args: argparse.Namespace, *, defer_catalog: bool = False) -> Any:
    """The store, which must exist: read commands never create one."""
    from store import open_store

    return open_store(args.db, seed=False, create=False, defer_catalog=defer_catalog)


def _shown(text: Any) -> str:
    """A path or file name as printed: undecodable bytes replaced, escape
    sequences and control characters removed (a file name can retitle a
    terminal)."""
    from store import sanitize

    return sanitize(_utf8(str(text)))


def _resolve_id(store: Any, prefix: str) -> str:
    matches = [doc["id"] for doc in store.catalog() if doc["id"].startswith(prefix)]
    if not matches:
        raise NotFound(f"no article with id {prefix!r} (see 'factdesk articles')")
    if len(matches) > 1 and prefix not in matches:
        raise NotFound(f"id {prefix!r} is ambiguous: {len(matches)} articles start with it")
    return prefix if prefix in matches else matches[0]


def _progress() -> tuple[Any, Callable[[str, int, int | None], None]]:
    """A rich progress bar on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        return None, lambda *a: None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        # markup=False: a file name such as "[link=…]x[/link].txt" is text, not a hyperlink.
        TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), transient=True,
    )
    tasks: dict[str, Any] = {}

    def update(name: str, done: int, total: int | None) -> None:
        if name not in tasks:
            tasks[name] = progress.add_task(_one_line(name)[:40], total=total)
        progress.update(tasks[name], completed=done, total=total)

    return progress, update


# ---------------------------------------------------------------- commands


def cmd_app(args: argparse.Namespace) -> int:
    store = _open(args)
    from tui.app import FactdeskApp

    FactdeskApp(store, settings=args.settings).run()
    return EXIT_OK


def cmd_config(args: argparse.Namespace) -> int:
    from store import default_store_path
    from tui.keys import KEYS

    settings = args.settings
    present = "" if settings.path.exists() else "  (no file yet: the defaults)"
    _out(f"file           {_shown(settings.path)}{present}")
    store = args.db or default_store_path()  # (default_store_path reads $FACTDESK_DB)
    _out(f"store          {_shown(store)}  ({args.store_origin})")
    _out(f"theme          {settings.theme or 'textual-dark'}{'' if settings.theme else '  (default)'}")
    _out(f"export_folder  {_shown(settings.export_dir)}{'' if settings.export_folder else '  (default: here)'}")
    _out("keys           (binding id = keys; set under [keys])")
    for key in KEYS:
        if key.keys and key.action:
            mine = settings.keys.get(key.id)
            _out(f"  {key.id:<22} = {mine or key.keys}{'  (set)' if mine else ''}")
    return EXIT_OK


def _report(report: Any, as_json: bool) -> int:
    if as_json:
        _jsonl({
            "added": report.added, "merged": report.merged, "removed": report.removed, "facts": report.facts,
            "ingested": report.ingested_sources, "unchanged": report.unchanged_sources,
            # A path with undecodable bytes cannot go into JSON as it is.
            "skipped": [{"path": _utf8(p), "reason": _utf8(r)} for p, r in report.skipped],
        })
    else:
        for path, reason in report.skipped:
            _err(f"skipped {reason}" if reason.startswith(path) else f"skipped {path}: {reason}")
        for name in report.unchanged_sources:
            _out(f"unchanged  {_shown(name)}")
        if report.ingested_sources:
            _out(f"ingested   {len(report.ingested_sources)} file(s): {report.added} article(s), {report.facts} fact(s)"
                 + (f", {report.merged} already stored from another file (sources added)" if report.merged else "")
                 + (f", replaced {report.removed}" if report.removed else ""))
    return EXIT_ERROR if report.skipped else EXIT_OK


def cmd_seed(args: argparse.Namespace) -> int:
    from factdesk_assets import SEED_SOURCES

    store = _open(args, seed=False)
    report = store.reseed()
    if not (report.ingested_sources or report.unchanged_sources or report.skipped):
        # An installation without its seed page: say so, never "0 articles".
        _err(f"no seed page found in {_shown(SEED_SOURCES)}: this installation is incomplete")
        return EXIT_ERROR
    _report(report, False)
    counts = store.counts()
    _out(f"store      {_shown(store.path)}: {counts['articles']} article(s), {counts['facts']} fact(s)")
    return EXIT_ERROR if report.skipped else EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    if args.jobs:  # read by the ingest pipeline, whichever store it writes to
        os.environ["FACTDESK_JOBS"] = str(args.jobs)
    store = _open(args)
    progress, update = _progress()
    if progress is not None:
        with progress:
            report = store.ingest(args.paths, update)
    else:
        report = store.ingest(args.paths, update)
    return _report(report, args.json)


def cmd_articles(args: argparse.Namespace) -> int:
    store = _open_existing(args)
    if args.json:
        for article in store.articles():
            _jsonl(article)
        return EXIT_OK
    for doc in store.catalog():
        _out(f"{doc['id']}  {doc.get('date') or '----------'}  {doc['n_facts']:>4} facts  {doc['title']}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    store = _open_existing(args)
    article = store.article(_resolve_id(store, args.id))
    if args.json:
        _jsonl(article)
        return EXIT_OK
    _out(article["title"])
    meta = [x for x in (article.get("publication"), article.get("date"), article.get("byline")) if x]
    if meta:
        _out(" · ".join(meta))
    _out("")
    headings = {s["start"] for s in article.get("sections", [])}
    offset = 0
    for para in article["body"].split("\n\n"):
        _out(f"## {para}" if offset in headings else para)
        _out("")
        offset += len(para) + 2
    for caption in article.get("captions", []):
        _out(f"[图] {caption}")
    return EXIT_OK


def _print_facts(facts: list[Any], as_json: bool, as_csv: bool) -> None:
    from store import FACT_COLUMNS

    if as_json:
        for fact in facts:
            _jsonl({k: fact.get(k) for k in FACT_COLUMNS})  # every field, null when absent
        return
    if as_csv:
        from tui.export import to_csv

        sys.stdout.write(to_csv(facts))
        return
    from tui.citation import format_change, format_value

    for fact in facts:
        # Exact values, percent apart from points (58.2% / 2.3 pp), the full unit.
        cells = [fact.get("kind") or "", fact["surface"], format_value(fact, exact=True), fact.get("unit") or "",
                 format_change(fact), fact.get("subject") or ""]
        _out(" ".join(_pad(cell, width) for cell, width in zip(cells, (9, 16, 22, 10, 8, 0))).rstrip())


def _pad(text: str, width: int) -> str:
    """Pad to a width in terminal cells: a Chinese character takes two."""
    from rich.cells import cell_len

    return text + " " * max(0, width - cell_len(text))


def cmd_facts(args: argparse.Namespace) -> int:
    from store import KINDS

    if args.kind is not None and args.kind not in KINDS:  # else an empty listing, as if there were none
        raise UsageError(f"--kind {args.kind}: unknown kind (kinds: {', '.join(KINDS)})")
    store = _open_existing(args)
    article_id = _resolve_id(store, args.article) if args.article else None
    facts = store.facts(article_id, kind=args.kind)
    _print_facts(facts, args.json, args.csv)
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from store import extract, read_text

    _print_facts(extract(read_text(args.file)), args.json, False)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from store import QueryError

    if args.limit < 0:
        raise UsageError("--limit must be 0 (all) or more")
    query = " ".join(args.query)
    store = _open_existing(args, defer_catalog=True)  # a current index needs no catalog row
    try:
        result = store.search(query, limit=args.limit, kind=args.kind)
    except QueryError as err:
        raise UsageError(str(err)) from None
    for hit in result["results"]:
        if args.json:
            _jsonl({k: hit.get(k) for k in ("article_id", "title", "score", "hits", "snippets", "facts")})
        else:
            _out(f"{hit['article_id']}  {hit['hits']:>3} hit(s)  {hit['title']}")
            for snippet in hit.get("snippets", [])[:2]:
                _out(f"    {snippet}")
            for fact in hit.get("facts", [])[:5]:
                _out(f"    · {fact.get('subject') or ''} {fact['surface']}")
    if not args.json and not result["results"]:
        sys.stderr.write("no match (try pinyin such as changshou, or a filter such as kind:money >1亿)\n")
    return EXIT_OK


def cmd_series(args: argparse.Namespace) -> int:
    from store import QueryError
    from tui.series_output import series_csv, series_line

    store = _open_existing(args)
    try:
        rows = store.series(" ".join(args.query))
    except QueryError as err:
        raise UsageError(str(err)) from None
    if args.csv:
        if rows:
            sys.stdout.write(series_csv(rows))
        return EXIT_OK
    for row in rows:
        _jsonl(row) if args.json else _out(series_line(row))
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from store import QueryError
    from tui.series_output import conflict_lines

    store = _open_existing(args)
    try:
        groups = store.conflicts(" ".join(args.query) or None)
    except QueryError as err:
        raise UsageError(str(err)) from None
    for group in groups:
        if args.json:
            _jsonl(group)
        else:
            for line in conflict_lines(group):
                _out(line)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from store import DamagedCatalogError, RepairNote, repair_catalog

    rebuilt: list[str] = []
    notes: list[str] = []
    try:
        store = _open_existing(args)
    except DamagedCatalogError as err:
        if not args.fix:
            raise
        # The main file or the catalog is lost: list the articles again from
        # the shard files, then check (and fix) the store that gives.
        rebuilt = [str(err).split("; ")[0]]
        notes = repair_catalog(args.db)
        store = _open_existing(args)
    found = store.check(fix=args.fix)
    # What --fix rebuilt is said as such, never counted as a problem.
    notes = [note for note in found if isinstance(note, RepairNote)] + notes
    problems = rebuilt + [problem for problem in found if not isinstance(problem, RepairNote)]
    counts = store.counts()
    for problem in problems:
        _out(f"problem    {_one_line(problem)}")
    for note in notes:
        _out(f"repaired   {_one_line(note)}")
    if args.fix and problems:
        remaining = store.check(fix=False)
        _out(f"fixed      {len(problems) - len(remaining)} of {len(problems)} problem(s)")
        problems = remaining
    _out(f"checked    {_shown(store.path)}: {counts['sources']} source(s), {counts['articles']} article(s), "
         f"{counts['facts']} fact(s); {'OK' if not problems else f'{len(problems)} problem(s)'}")
    return EXIT_OK if not problems else EXIT_ERROR


def cmd_copy(args: argparse.Namespace) -> int:
    from store import copy_store, open_store

    source = _open_existing(args)
    target = open_store(args.to, seed=False)
    if str(target.path) == str(source.path):
        raise UsageError(f"--to names the store being copied ({_shown(source.path)})")
    report = copy_store(source, target)
    for name in report.unchanged_sources:
        _out(f"unchanged  {_shown(name)}")
    _out(f"copied     {len(report.copied_sources)} source(s): {report.articles} article(s), {report.facts} fact(s) "
         f"to {_shown(target.path)}")
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_app, "app": cmd_app, "seed": cmd_seed, "ingest": cmd_ingest, "articles": cmd_articles,
    "show": cmd_show, "facts": cmd_facts, "extract": cmd_extract, "search": cmd_search, "check": cmd_check,
    "copy": cmd_copy, "series": cmd_series, "conflicts": cmd_conflicts, "config": cmd_config,
    "completion": lambda args: cmd_completion(build_parser(), args.shell),
}


def _settle_settings(args: argparse.Namespace) -> None:
    """Read the settings file; its store is the default after --db and $FACTDESK_DB."""
    from tui.config import load

    args.settings = load()
    args.store_origin = "--db" if args.db is not None else "$FACTDESK_DB" if os.environ.get("FACTDESK_DB") else ""
    if not args.store_origin:
        args.store_origin = "settings" if args.settings.store else "default"
        if args.settings.store:
            args.db = str(Path(args.settings.store).expanduser())


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from store import (
            StoreError,  # loads the store package: the slow part of start-up
        )
        from tui.config import ConfigError
    except KeyboardInterrupt:  # Ctrl-C while starting: still one line, no traceback
        sys.stderr.write("factdesk: interrupted\n")
        return EXIT_INTERRUPTED

    try:
        parser = build_parser()
        args = parser.parse_args(query_terms_kept(parser, sys.argv[1:] if argv is None else list(argv)))
        _settle_settings(args)
        return COMMANDS[args.command](args)
    except ConfigError as err:
        _err(str(err))
        return EXIT_ERROR
    except UsageError as err:
        _err(str(err))
        return EXIT_USAGE
    except (StoreError, NotFound) as err:
        _err(str(err.args[0]) if isinstance(err, NotFound) and err.args else str(err))
        return EXIT_ERROR
    except KeyboardInterrupt as err:
        # An interrupt after a commit says what was saved; any other left
        # the store as it was.
        _err(str(err) or "interrupted; the store is unchanged by the unfinished step")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Output piped into head and the like: not an error worth a word.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except OSError as err:  # a file the store did not expect to fail: its path and the cause
        _err(f"{err.filename if err.filename is not None else 'factdesk'}: {(err.strerror or str(err)).lower()}")
        return EXIT_ERROR
    except Exception as err:  # a bug: still one line, the traceback on request
        if os.environ.get("FACTDESK_DEBUG"):
            raise
        _err(f"internal error: {type(err).__name__}: {err} (set FACTDESK_DEBUG=1 for details)")
        return 70


if __name__ == "__main__":
    raise SystemExit(main())
