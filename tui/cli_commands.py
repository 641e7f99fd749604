"""The ``factdesk`` commands, one handler each: open the store, ask it,
print the answer (``tui.cli_output``) and return the exit status."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from tui.cli_extras import MAX_CHARS
from tui.cli_output import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    article_record,
    error_line,
    jsonl,
    one_line,
    out,
    print_facts,
    print_report,
    progress_bar,
    shown,
)
from tui.cli_parser import UsageError
from store import counted

if TYPE_CHECKING:
    from pathlib import Path


class NotFound(LookupError):
    """No article (or no single article) with the id given: exit status 1.
    Its own class so that a KeyError from a bug is not mistaken for it."""


def _open(args: argparse.Namespace, seed: bool = True, index_later: bool = False) -> Any:
    """The store, created when missing: for the app (seeded: its demo on first
    launch, its search index built after the first screen), seed and ingest
    (never seeded: an archive holds what was put in)."""
    from store import open_store

    return open_store(args.db, seed=seed, index_later=index_later)


def _open_existing(args: argparse.Namespace, *, defer_catalog: bool = False) -> Any:
    """The store, which must exist: read commands never create one."""
    from store import open_store

    store = open_store(args.db, seed=False, create=False, defer_catalog=defer_catalog)
    _unfinished_seed_note(store)
    return store


def _index_behind_note(store: Any) -> None:
    """A read command other than search (which says it as it reads around
    the gap) on a store whose last ingest could not update the search index
    (a full disk): one line, so that the stop is not left unsaid."""
    note = getattr(store, "index_behind_note", lambda: None)()
    if note:
        error_line(note)


def _unfinished_seed_note(store: Any) -> None:
    """A store the app's first launch was killed while seeding is empty
    until the next launch seeds it: a read command says so rather than
    show an empty store as if it were the seeded one."""
    if _seeding_unfinished(store):
        error_line(f"{shown(store.path)}: the app's first launch was stopped while seeding this store, which is "
                   f"empty; the app's next launch seeds it (or run 'factdesk seed')")


def _seeding_unfinished(store: Any) -> bool:
    from pathlib import Path

    from store import seed_marker

    path = getattr(store, "path", None)
    return isinstance(path, Path) and seed_marker(path).exists() and not store.counts()["articles"]


def _resolve_id(store: Any, prefix: str) -> str:
    if not prefix.strip():  # `--article "$ID"` with ID unset: never every article
        raise UsageError("the article id is empty: give an id or a unique prefix of one (see 'factdesk articles')")
    matches = [doc["id"] for doc in store.catalog() if doc["id"].startswith(prefix)]
    if not matches:
        raise NotFound(f"no article with id '{prefix}' (see 'factdesk articles')")  # (not !r: error_line writes an undecoded byte as ls -b does; repr's \udcff names no byte)
    if len(matches) > 1 and prefix not in matches:
        raise NotFound(f"id {prefix!r} is ambiguous: {len(matches)} articles start with it")
    return prefix if prefix in matches else matches[0]


def cmd_app(args: argparse.Namespace) -> int:
    # Textual draws on standard error: `factdesk 2>log` would draw the app into the file while taking keys
    not_terminal = [name for name, stream in (("input", sys.stdin), ("output", sys.stdout), ("error", sys.stderr))
                    if not _terminal(stream)]
    if not_terminal:  # the app would draw into a file or a pipe and wait for keys for ever
        target = _file_target(args)
        if target is None or target.exists():
            _open_existing(args)  # a damaged store is said first, as by every command (nothing is created)
        which = (", ".join(not_terminal[:-1]) + " and " if len(not_terminal) > 1 else "") + not_terminal[-1] + \
            (" are not terminals" if len(not_terminal) > 1 else " is not a terminal")
        raise UsageError(f"the app needs a terminal (standard {which}); "
                         f"in a script use a command such as 'factdesk articles' or 'factdesk search' "
                         f"(see 'factdesk --help')")
    if os.environ.get("TERM") == "dumb":
        # A dumb terminal (Emacs' M-x shell, some IDE consoles) cannot move the
        # cursor: the app would fill it with escape codes, as curses programs refuse to.
        raise UsageError("the app needs a terminal that can move the cursor (TERM=dumb cannot); run it in a "
                         "terminal emulator, or use a command such as 'factdesk articles' or 'factdesk search'")
    from tui.startup_gc import pause

    pause()  # until the first screen is drawn (tui.startup_gc): starting makes objects that live as long as the app
    _say_first_launch(args)
    store = _open(args, index_later=True)
    from tui.app import FactdeskApp

    from tui import session

    place = None if getattr(args, "fresh", False) else session.load(store)
    app = FactdeskApp(store, settings=args.settings, theme=getattr(args, "theme", None), place=place, keep_place=True)
    app.run()
    code = app.return_code or EXIT_OK  # 143 after a SIGTERM, 129 after a SIGHUP
    end_if_input_outlives_the_app(code)
    return code


def _say_first_launch(args: argparse.Namespace) -> None:
    """A first launch creates and seeds its store before the first screen:
    seconds (twenty on a busy machine) of a blank terminal that said
    nothing. One line on standard error says what is happening; it stays
    above the prompt after the app, which draws on the alternate screen."""
    target = _file_target(args)
    if target is None:
        return
    path = target.absolute()
    if path.exists() or path.is_symlink():
        return
    try:  # (as opening the store does first; a folder it cannot make is said by its error, the one line)
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    if os.access(path.parent, os.W_OK | os.X_OK):
        error_line(f"first launch: creating the store {shown(target)} and seeding it from "
                   f"the bundled page (some seconds)…")


def _file_target(args: argparse.Namespace) -> Path | None:
    """The file store the app opens (--db, else the default path), or None when it is a PostgreSQL URL."""
    from pathlib import Path

    from store import default_store_path
    from store import is_postgres_url

    target = args.db or str(default_store_path())
    return None if is_postgres_url(target) else Path(target).expanduser()


def end_if_input_outlives_the_app(code: int, grace: float = 1.0) -> None:
    """Textual's input thread (no daemon) stops when the app leaves the
    terminal; when the terminal hung up at the wrong moment (a window closed,
    a tmux server killed, under load) it was seen to go on polling the dead
    terminal, spinning a core and keeping the process alive for ever. The app
    has saved what it writes by now and a gone terminal has nothing to
    restore, so the process ends here with the app's status."""
    import threading

    lingering = [t for t in threading.enumerate() if t.name == "textual-input" and t.is_alive()]
    for thread in lingering:
        thread.join(grace)
    if any(t.is_alive() for t in lingering):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)


def _store_shown(store: Any) -> Any:
    """A PostgreSQL store as the status line names it, never its password
    (a path would fold the URL's "//" and keep the password)."""
    from store import display_url, is_postgres_url, masked_url as masked

    if not is_postgres_url(store):
        return store
    try:
        return display_url(str(store).strip())
    except ImportError:  # psycopg not installed: the URL as given, its password masked
        return masked(str(store).strip())


def cmd_config(args: argparse.Namespace) -> int:
    from store import default_store_path
    from tui.config import DEFAULT_THEME, theme_names, unknown_theme
    from tui.keys import KEYS

    settings = args.settings
    present = "" if settings.path.exists() else "  (no file yet: the defaults)"
    out(f"file           {shown(settings.path)}{present}")
    store = args.db or default_store_path()  # (default_store_path reads $FACTDESK_DB)
    out(f"store          {shown(_store_shown(args.db or os.environ.get('FACTDESK_DB') or store))}  ({args.store_origin})")
    wrong = unknown_theme(settings.theme)
    theme_note = "  (default)" if not settings.theme else f"  (unknown: the app uses {DEFAULT_THEME})" if wrong else ""
    out(f"theme          {settings.theme or DEFAULT_THEME}{theme_note}")
    out(f"               (themes: {', '.join(theme_names())})")
    out(f"export_folder  {shown(settings.export_dir)}{'' if settings.export_folder else '  (default: here)'}")
    out("keys           (binding id = keys; set under [keys])")
    for key in KEYS:
        if key.keys and key.action:
            mine = settings.keys.get(key.id)
            out(f"  {key.id:<22} = {mine or key.keys}{'  (set)' if mine else ''}")
    return EXIT_OK


def cmd_seed(args: argparse.Namespace) -> int:
    from factdesk_assets import SEED_SOURCES

    store = _open(args, seed=False)
    report = store.reseed()
    if not (report.ingested_sources or report.unchanged_sources or report.skipped):
        # An installation without its seed page: say so, never "0 articles".
        error_line(f"no seed page found in {shown(SEED_SOURCES)}: this installation is incomplete")
        return EXIT_ERROR
    print_report(report, False)
    counts = store.counts()
    out(f"store      {shown(store.path)}: {counted(counts['articles'], 'article')}, {counted(counts['facts'], 'fact')}")
    return EXIT_ERROR if report.skipped else EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    # --jobs and --max-chars reach the ingest pipeline (and its worker processes) through the
    # environment, for this command only: a caller of main() keeps its own environment
    settings = {"FACTDESK_JOBS": args.jobs, "FACTDESK_MAX_ARTICLE_CHARS": args.max_chars}
    before = {name: os.environ.get(name) for name in settings}
    os.environ.update({name: str(value) for name, value in settings.items() if value})
    try:
        return _ingest(args)
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _ingest(args: argparse.Namespace) -> int:
    from store import IngestInterrupted, IngestStopped, StoreLockedError, writer_patience
    from store import freeze_when_loaded

    freeze_when_loaded()  # this process ends with the command: the extractor it loads is kept out of collections
    store = _open(args, seed=False)
    with writer_patience(args.wait):  # every wait of this ingest for another writer's lock: --wait at most
        _wait_for_other_writer(store, args)
        if "-" in args.paths:
            _typing_hint()
        progress, update = progress_bar()
        try:
            if progress is not None:
                with progress:
                    report = store.ingest(args.paths, update)
            else:
                report = store.ingest(args.paths, update)
        except (IngestStopped, IngestInterrupted) as stop:  # a full disk, Ctrl+C …: what was saved, then why it stopped
            waited = "is writing to the store" in str(stop) and stop.not_ingested
            line = str(stop) + (f"{_AGAIN} (the files saved are left as they are)" if waited else "")
            print_report(stop.report, args.json, error=line, not_ingested=stop.not_ingested)
            error_line(line)
            return EXIT_INTERRUPTED if isinstance(stop, IngestInterrupted) else EXIT_ERROR
        except StoreLockedError as err:  # its only file waited in vain: nothing of it was saved
            raise StoreLockedError(f"{str(err).rstrip('.')}; nothing was added{_AGAIN}") from None
    return print_report(report, args.json)


# What to do after an ingest gave up on another writer.
_AGAIN = "; run the command again when it has finished, or with a longer --wait"


def _wait_for_other_writer(store: Any, args: argparse.Namespace) -> None:
    """Before any input is read: wait (at most --wait, said after a second)
    until no other process writes to a file store.  An ingest found the lock
    held only at its commit, after it had read and extracted all its input
    (standard input then gone with it), and waited there five minutes."""
    from pathlib import Path

    from store import StoreError, StoreLockedError, write_lock

    path = getattr(store, "path", None)
    if not isinstance(path, Path) or not path.exists():
        return
    try:
        with write_lock(path):
            pass
    except StoreLockedError as err:
        read = "nothing was read from standard input nor added" if "-" in args.paths else "nothing was added"
        raise StoreLockedError(f"{str(err).rstrip('.')}; {read}{_AGAIN}") from None
    except StoreError:  # (a read-only folder …: the ingest itself says it, as it always has)
        return


def cmd_articles(args: argparse.Namespace) -> int:
    store = _open_existing(args)
    _index_behind_note(store)
    if args.json:
        for article in store.articles():
            jsonl(article_record(article))
        return EXIT_OK
    catalog = store.catalog()
    for doc in catalog:
        out(f"{doc['id']}  {doc.get('date') or '----------'}  {doc['n_facts']:>4} {'fact ' if doc['n_facts'] == 1 else 'facts'}  {doc['title']}")
    if not catalog and not _seeding_unfinished(store):  # said as facts says it: a blank screen reads as a hang
        _nothing("no articles in the store (add some with 'factdesk ingest FILE')")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    store = _open_existing(args)
    _index_behind_note(store)
    article = store.article(_resolve_id(store, args.id))
    if args.json:
        jsonl(article_record(article))
        return EXIT_OK
    out(article["title"])
    meta = [x for x in (article.get("publication"), article.get("date"), article.get("byline")) if x]
    if meta:
        out(" · ".join(meta))
    out("")
    headings = {s["start"] for s in article.get("sections", [])}
    offset = 0
    for para in article["body"].split("\n\n"):
        out(f"## {para}" if offset in headings else para)
        out("")
        offset += len(para) + 2
    for caption in article.get("captions", []):
        out(f"[图] {caption}")
    return EXIT_OK


def _kind_name(kind: str | None) -> str | None:
    """--kind as the facts name it: pp and bp (as values are shown) are points."""
    from store import KIND_ALIASES

    return None if kind is None else KIND_ALIASES.get(kind.lower(), kind)


def cmd_facts(args: argparse.Namespace) -> int:
    from store import KINDS

    args.kind = _kind_name(args.kind)
    if args.kind is not None and args.kind not in KINDS:  # else an empty listing, as if there were none
        raise UsageError(f"--kind {args.kind}: unknown kind (kinds: {', '.join(KINDS)}; pp and bp are points)")
    store = _open_existing(args)
    _index_behind_note(store)
    article_id = _resolve_id(store, args.article) if args.article is not None else None
    # The whole store's facts are streamed: listing them must not hold them all.
    facts = store.facts(article_id, kind=args.kind) if article_id is not None else store.each_fact(args.kind)
    shown = print_facts(facts, args.json, args.csv)
    if not shown and not (args.json or args.csv):
        _nothing("no facts" + (f" of kind {args.kind}" if args.kind else "")
                 + (f" in article {article_id}" if article_id else " in the store"))
    return EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from store import InputError, extract

    limit = args.max_chars or MAX_CHARS
    name = "stdin" if args.file == "-" else shown(args.file)
    if args.file == "-":
        _typing_hint()
    text = _read_within(args.file, limit, name)
    if len(text) > limit:  # the extractor's memory grows with the text: say so rather than swap
        raise InputError(f"{name}: {len(text):,} characters, over the {limit:,}-character limit "
                         "(raise it with --max-chars N)")
    print_facts(extract(text), args.json, args.csv)
    return EXIT_OK


def _terminal(stream: Any) -> bool:
    """Whether a standard stream is a terminal (a stand-in without isatty,
    a closed or missing stream is not)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _typing_hint() -> None:
    """Standard input is the terminal: say that the command waits for text
    (it looked hung), and how to end it."""
    if _terminal(sys.stdin):
        sys.stderr.write("factdesk: reading the text from the terminal: type or paste it, "
                         "then Ctrl-D on a line of its own (Ctrl-C cancels)\n")
        sys.stderr.flush()


def _read_within(path: str, limit: int, name: str) -> str:
    """The text of a file (``-``: stdin), read no further than ``limit``
    characters can need.  A character is at most 4 bytes in every encoding
    read (plus a BOM), so more bytes than that is over the limit whatever
    they hold: an endless pipe (``yes … | factdesk extract``) or a device is
    not read to its end (it grew to gigabytes before the limit was looked at)."""
    import stat

    from store import InputError, decode_text, read_text, sanitize

    most = 4 * limit + 4
    over = InputError(f"{name}: over the {limit:,}-character limit (raise it with --max-chars N)")
    if path == "-":
        data = sys.stdin.buffer.read(most + 1)
    else:
        try:
            info = os.stat(path)
        except OSError:
            return read_text(path)  # which says in one line why it cannot be read
        if stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode):
            if info.st_size > most:
                raise over
            return read_text(path)
        try:  # a named pipe, a device: read only what can be within the limit
            with open(path, "rb") as stream:
                data = stream.read(most + 1)
        except OSError as err:
            raise InputError(f"{name}: cannot read ({(err.strerror or str(err)).lower()})") from None
    if len(data) > most:
        raise over
    return sanitize(decode_text(data, name))


def cmd_search(args: argparse.Namespace) -> int:
    from store import QueryError, fact_record
    from tui.citation import format_change, signed_figure
    from tui.search_state import reads_pinyin

    if args.limit < 0:
        raise UsageError("--limit must be 0 (all) or more")
    query = " ".join(args.query)
    if (args.kind or "").lower() == "bp":  # --kind bp >20: one line, as kind:bp >20 (it would read 20 pp)
        from store import QueryError, parse_query

        try:
            parse_query(query, "bp")
        except QueryError as err:
            raise UsageError(str(err)) from None
    args.kind = _kind_name(args.kind)
    _needs_something(query, "search", "a word (重庆), pinyin (cq) or a filter (kind:money, >1亿)", args.kind)
    store = _open_existing(args, defer_catalog=True)  # a current index needs no catalog row
    try:
        result = store.search(query, limit=args.limit, kind=args.kind)
    except QueryError as err:
        raise UsageError(str(err)) from None
    unreadable = list(result.get("unreadable", ()))
    if args.csv:
        _search_csv(store, result["results"], args.kind, query, unreadable)
    for hit in result["results"] if not args.csv else ():
        if args.json:
            record = {k: hit.get(k) for k in ("article_id", "title", "score", "hits", "snippets")}
            # the facts as `facts --json` prints them: every field, in its order
            jsonl({**record, "facts": [fact_record(f) for f in hit.get("facts") or ()]})
        else:
            n = hit["hits"]  # none for a query of article fields alone (date:2025-11): no count to show
            out(f"{hit['article_id']}  {f'{n:>3} ' + ('hit ' if n == 1 else 'hits') if n else ' ' * 8}  {hit['title']}")
            for snippet in hit.get("snippets", [])[:2]:
                out(f"    {snippet}")
            for fact in hit.get("facts", [])[:5]:  # with its direction: 下降43.4% is not 43.4%
                change = format_change(fact)
                shown = " ".join(part for part in (_with_period(fact), signed_figure(fact)) if part)
                out(f"    · {shown}{'  ' + change if change else ''}")
    left = _excluded_only(query)
    if result.get("partial") and not result["results"]:
        # Part of the store was not searched (the line before says what):
        # nothing found in the rest is no "no match", and no exit 0.
        sys.stderr.write("nothing found in the articles searched; the others were not searched (see above)\n")
        return EXIT_ERROR
    if not (args.json or args.csv) and not result["results"]:  # CSV: the header alone, as facts --csv
        if left:  # every article has one of them: the hint for a word is no help
            from tui.search_state import nothing_without

            hint = nothing_without(left, query)
            sys.stderr.write(f"no match: {hint[0].lower()}{hint[1:]}\n")
        elif asked := _asks_no_word(query):  # a figure or a date was asked for: a word or pinyin is no hint
            every = " (its filters all hold for the same fact)" if asked == "fact" else ""
            sys.stderr.write(f"no match: no {asked} in the store meets {query}{every}{_unit_hint(query)}\n")
        elif reads_pinyin(store) and _spells_pinyin(query):  # read as pinyin already: suggesting it goes in a circle
            sys.stderr.write("no match (pinyin finds the words of titles, headings, fact subjects and leads: "
                             "type the word in Chinese to search the whole text, or a filter such as kind:money >1亿)\n")
        elif reads_pinyin(store):
            sys.stderr.write("no match (try pinyin such as changshou, or a filter such as kind:money >1亿)\n")
        else:  # the line before says why pinyin is off: suggesting it would send the user after nothing
            sys.stderr.write("no match (try a word or a filter such as kind:money >1亿; pinyin is off without the index)\n")
    elif left and not (args.json or args.csv):  # every article without them, unranked: said, or it reads as a broken search
        from tui.search_state import without

        sys.stderr.write(f"{counted(result['total'], 'article')} {without(left)} "
                         "(a query of -exclusions only lists every other article)\n")
    shown, total = len(result["results"]), result.get("total") or 0
    if args.limit and total > shown and not left:
        # The first page alone, said: `--csv | wc -l` gave 38 facts of 20 articles where
        # 77 matched, and nothing told a script (or a reader) the rest was left out.
        sys.stderr.write(f"{shown:,} of {counted(total, 'article')} shown (--limit {args.limit}); "
                         f"--limit 0 for all\n")
    for line in unreadable:  # the answer stands, short of these facts: said, and not exit 0
        sys.stderr.write(f"factdesk: {line} — the facts in it are left out of this answer\n")
    return EXIT_ERROR if unreadable else EXIT_OK


def _search_csv(store: Any, results: list[dict[str, Any]], kind: str | None, query: str,
                unreadable: list[str]) -> None:
    """The matching facts of the articles found, in rank order, each with its
    source, as the app exports a search (`e`): rows a spreadsheet can cite."""
    from store import FACT_COLUMNS, parse_query
    from tui.citation import SOURCE_COLUMNS
    from tui.export import to_csv
    from tui.export_target import facts_of_results
    from tui.search_state import names_no_fact

    every = names_no_fact(parse_query(query))  # date:2025-11 alone: every fact of the articles it finds
    facts = facts_of_results(store, results, lambda done, total: None, kind=kind, every=every,
                             unreadable=unreadable)
    sys.stdout.write(to_csv(facts, FACT_COLUMNS + SOURCE_COLUMNS))


def _excluded_only(query: str) -> list[str]:
    from store import QueryError, parse_query
    from tui.search_state import excluded_only

    try:
        return excluded_only(parse_query(query))
    except QueryError:
        return []


def _asks_no_word(query: str) -> str | None:
    from store import QueryError, parse_query
    from tui.search_state import asks_no_word

    try:
        return asks_no_word(parse_query(query))
    except QueryError:
        return None


def _unit_hint(query: str) -> str:
    from store import QueryError, parse_query
    from tui.search_state import unit_hint

    try:
        return unit_hint(parse_query(query))
    except QueryError:
        return ""


def _spells_pinyin(query: str) -> bool:
    from store import QueryError, parse_query
    from tui.search_state import spells_pinyin

    try:
        return spells_pinyin(parse_query(query))
    except QueryError:
        return False


def _needs_something(query: str, command: str, example: str, kind: str | None = None) -> None:
    """An empty query ("", blanks, \"\") is bad usage, not "no match"."""
    from store import QueryError, parse_query

    try:
        empty = not kind and parse_query(query).empty
    except QueryError:
        return  # the command says what is malformed
    if empty:
        raise UsageError(f"{command} needs something to look for: {example}; see 'factdesk {command} --help'")


def cmd_series(args: argparse.Namespace) -> int:
    from store import SERIES_COLUMNS, QueryError, fact_record
    from tui.series_output import series_csv, series_line

    _needs_something(" ".join(args.query), "series", "an indicator (新能源汽车产量) or filters (unit:辆 year:2024)")
    store = _open_existing(args)
    try:
        rows = store.series(" ".join(args.query))
    except QueryError as err:
        raise UsageError(str(err)) from None
    if args.csv:
        sys.stdout.write(series_csv(rows))  # the header alone when nothing matched, as facts --csv
        return EXIT_OK
    for row in rows:
        # (a row's step, how its value reads as written, is for the lines alone)
        jsonl(fact_record(row, SERIES_COLUMNS)) if args.json else out(series_line(row))
    if not args.json and not rows:
        _nothing("no figures: the words match indicator names such as 新能源汽车产量 "
                 "(substrings; pinyin is not read here)")
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from store import QueryError, value_unit
    from tui.series_output import conflict_lines, conflicts_csv

    store = _open_existing(args)
    query = " ".join(args.query).strip() or None  # an empty one ("$Q" unset) asks, as none does, of the whole store
    try:
        groups = store.conflicts(query)
    except QueryError as err:
        raise UsageError(str(err)) from None
    if args.csv:
        sys.stdout.write(conflicts_csv(groups))  # the header alone when nothing disagrees, as series --csv
    for group in groups if not args.csv else ():
        if args.json:  # (each value's step, how it reads as written, is for the lines alone)
            # value_unit beside unit: 25个基点's values are 0.25 (pp), never 0.25 basis points
            record: dict = {}
            for k, v in group.items():
                if k == "unit":
                    record["value_unit"] = value_unit(group)
                record[k] = [{f: x for f, x in value.items() if f != "step"} for value in v] if k == "values" else v
            jsonl(record)
        else:
            for line in conflict_lines(group):
                out(line)
    if not (args.json or args.csv) and not groups:
        _nothing("no conflicts among the indicators matching that" if query else
                 "no conflicts: no two sources give different figures for one indicator and period")
    return EXIT_OK


def _with_period(fact: dict) -> str:
    """A search hit's subject with its period in words, as a citation says
    them (重庆新能源汽车产量（2024年）): two figures of one indicator were
    told apart by nothing on the line.  A year or a date is its own period."""
    from tui.citation import period_words

    subject = fact.get("subject") or ""
    period = "" if fact.get("kind") in ("year", "date") else period_words(fact.get("period"))
    return f"{subject}（{period}）" if period else subject


def _nothing(hint: str) -> None:
    """An empty answer is not an error (exit 0), but a person reading the
    terminal is told it was empty, and why it may be (as search does)."""
    sys.stderr.write(hint + "\n")


def cmd_check(args: argparse.Namespace) -> int:
    from store import DamagedCatalogError, Problem, RepairNote, StoreReadOnlyError, repair_catalog
    from tui.check_output import print_check

    rebuilt: list[str] = []
    notes: list[str] = []
    try:
        store = _open_existing(args)
        found = store.check(fix=args.fix)  # a catalog column is read (and found damaged) only when needed
    except DamagedCatalogError as err:
        if not args.fix:
            raise
        # The main file or the catalog is lost: list the articles again from
        # the shard files, then check (and fix) the store that gives.
        rebuilt = [Problem(str(err).split("; ")[0], "catalog", args.db, fixable=True)]
        try:
            notes = repair_catalog(args.db)
        except StoreReadOnlyError as refused:
            # The store cannot be read either: the damage is what to say,
            # never the refusal's "reading works".
            why = str(refused).split(": ", 1)[-1].split("; reading works")[0]
            raise StoreReadOnlyError(f"{rebuilt[0]}; {why}: run 'factdesk check --fix' where the store can be "
                                     f"written") from None
        store = _open_existing(args)
        found = store.check(fix=args.fix)
    # A shard the catalog could not be listed again from is a problem that
    # stays (its articles are no longer listed; its files are kept aside),
    # though the store it leaves checks clean.
    lost = [note for note in notes if isinstance(note, Problem)]
    notes = [note for note in notes if not isinstance(note, Problem)]
    # What --fix rebuilt is said as such, never counted as a problem.
    notes = [note for note in found if isinstance(note, RepairNote)] + notes
    problems = rebuilt + lost + [problem for problem in found if not isinstance(problem, RepairNote)]
    remaining = (store.check(fix=False) if args.fix and problems else problems) + lost
    return print_check(store, problems, notes, remaining, fixed=args.fix, as_json=args.json)


def cmd_copy(args: argparse.Namespace) -> int:
    from store import CopyReport, StoreError, copy_store, open_store

    source = _open_existing(args)
    target = open_store(args.to, seed=False)
    if str(target.path) == str(source.path):
        raise UsageError(f"--to names the store being copied ({shown(source.path)})")
    report = CopyReport()

    def held() -> str:
        copied = len(report.copied_sources)
        return (f"{shown(target.path)} holds the {counted(copied, 'source')} copied before it" if copied
                else f"nothing was copied to {shown(target.path)}")

    try:
        copy_store(source, target, report=report)
    except StoreError as err:  # (a damaged source file, a full disk): and what the target holds now
        raise StoreError(f"{err}; the copy stopped: {held()}") from None
    except KeyboardInterrupt:  # Ctrl+C, SIGTERM: the same, where "the store is unchanged" left it unsaid
        raise KeyboardInterrupt(f"interrupted; the copy stopped: {held()}; 'factdesk copy' again copies the rest "
                                "and 'factdesk check --fix' finishes its search index") from None
    for name in report.unchanged_sources:
        out(f"unchanged  {shown(name)}")
    out(f"copied     {counted(len(report.copied_sources), 'source')}: {counted(report.articles, 'article')}, {counted(report.facts, 'fact')} "
         f"to {shown(target.path)}")
    return EXIT_OK
