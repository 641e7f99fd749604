"""The ``factdesk`` command's arguments: every command and option, as
``--help`` and the shell completion show them."""

from __future__ import annotations

import argparse
import re
import sys
from typing import IO

from tui.cli_extras import INGEST_WAIT, MAX_CHARS, SHELLS, VersionAction, jobs, positive_chars, wait_seconds

QUERY_LANGUAGE = """\
query language (terms and filters must all hold; a filter holds for one fact):
  产量 新能源             articles holding every term (Chinese needs no spaces)
  "a phrase" -word a|b    a phrase, a term left out, either of two
  changshou  cq           Latin letters match by pinyin too (长寿, 重庆)
  增长  國內生產總值      either script matches the other (增長, 国内生产总值)
  kind:money  unit:辆     facts of a kind, with a unit
  year:2024  year:2020..2024
                          facts about a year
  >1亿  <=3.5万  <0       facts by value (下降8.6% is 8.6 with change down)
  >=40%  1%..5%           percents only
  >=50%                   finds 超过50%, 约50%; not 不足50%, 近50%
                          (a figure as it is stated)
  >0.3pp  >10bp           percentage points only (个百分点; bp are hundredths);
                          kind:points (kind:pp) all of them
  date:2025-11  date:2024..2025-06  pub:重庆晨报  source:新闻联播
                          the article's date, publication, source file
examples:
  factdesk search 重庆 -长寿
  factdesk search "kind:percent >=40%"
  factdesk search ">0.3pp" date:2025
"""
SEARCH_EXIT = """exit status: 0 when the search ran, with or without matches (no match: nothing
on standard output, a hint on standard error; in a script test the output,
e.g. `factdesk search … --json | grep -q .`); 1 when the store cannot be read
(as for every command, so 1 never means "no match" as it does for grep);
2 for a malformed query or bad usage
"""


INGEST_INPUT = """\
what it reads (UTF-8, UTF-16 or GB18030):
  page.txt                a newspaper page as text: "# " starts an article,
                          "## " a section; or a plain text, its title on the
                          first line
  news.jsonl              one JSON record a line: {"title", "body", "date",
                          "source", "url"} ("content" or "text" for the body)
  news.json               one record, or an array of them
  folder/                 its .txt, .md, .json and .jsonl files
  -                       standard input
The same article (title and body) in two files is one article, listing both.
examples:
  factdesk ingest page.txt archive.jsonl folder/
  curl -s https://example.org/feed.jsonl | factdesk ingest -
"""
# What --csv and --json write for a period, said in their help: the lines say it in words.
PERIOD_CODES = "periods as codes for a program: 2024Q1-Q3, 2024-01/2024-07, where the lines say them in words"
FRESH_HELP = ("open the app at the top of the article list, with no search: not where it was last quit "
              "on this store (the app comes back to the article, pane, search and series it was quit on; "
              "kept per store under the user state directory)")


class UsageError(Exception):
    """Bad arguments or a malformed query: exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage dump
        raise UsageError(_with_suggestion(message))

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        """argparse's, without dropping a failed write: ``--help`` to a full
        disk said nothing and exited 0, the help lost (the command's own
        output says "cannot write the output")."""
        if message:
            (file or sys.stderr).write(message)


_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)$")
_UNKNOWN = re.compile(r"^unrecognized arguments: (--[\w-]+)")


def _with_suggestion(message: str) -> str:
    """argparse's error with the command or option meant when one is near:
    ``factdesk serch`` listed fourteen commands; ``--limt`` said only that it
    was not recognized."""
    import difflib

    if m := _CHOICE.search(message):
        choices = re.findall(r"'([^']*)'", m[2])
        if near := difflib.get_close_matches(m[1], choices, n=1, cutoff=0.6):
            return f"{message}; did you mean '{near[0]}'?"
    if (m := _UNKNOWN.match(message)) and (near := difflib.get_close_matches(m[1], _OPTIONS, n=1, cutoff=0.7)):
        return f"{message}; did you mean {near[0]}?"
    return message


# The options of every command, for a suggestion after a mistyped one.
_OPTIONS = ("--json", "--csv", "--limit", "--kind", "--article", "--jobs", "--max-chars", "--wait", "--fix",
            "--theme", "--fresh", "--db", "--help", "--version", "--to")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factdesk",
        description="A terminal browser for the facts in news. With no command, opens the app.",
    )
    parser.add_argument("--db", metavar="PATH|URL", help="store file or postgresql:// URL "
                        "(default: $FACTDESK_DB or the user data directory)")
    parser.add_argument("--theme", metavar="NAME", help="the app's theme this time, e.g. textual-light "
                        "(choosing one in the app's palette keeps it; `factdesk config` lists them)")
    parser.add_argument("--fresh", action="store_true", help=FRESH_HELP)
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("app", help="open the app (the default)")
    p.add_argument("--theme", metavar="NAME", default=argparse.SUPPRESS, help="as factdesk --theme")
    p.add_argument("--fresh", action="store_true", default=argparse.SUPPRESS, help=FRESH_HELP)
    sub.add_parser("seed", help="(re)seed the store from the shipped sources")

    p = sub.add_parser("ingest", help="add text files, JSON Lines files or directories", epilog=INGEST_INPUT,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="FILE", help="file, directory, or - for stdin")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--jobs", type=jobs, metavar="N",
                   help="processes extracting facts (default: $FACTDESK_JOBS, else the number of CPUs)")
    p.add_argument("--max-chars", type=positive_chars, metavar="N",
                   help=f"longest article body taken, in characters (default {MAX_CHARS:,}); "
                        "longer ones are left out and named")
    p.add_argument("--wait", type=wait_seconds, default=INGEST_WAIT, metavar="SECONDS",
                   help=f"while another factdesk process writes to the store, wait at most this long for it "
                        f"(default {INGEST_WAIT:.0f}; 0: not at all), then stop with one line and exit 1: "
                        f"nothing is added, nothing is lost (a file store; a PostgreSQL one waits 300)")

    p = sub.add_parser("articles", help="list articles, one per line")
    p.add_argument("--json", action="store_true", help="JSON Lines of the full article records")

    p = sub.add_parser("show", help="show one article")
    p.add_argument("id", help="article id (a unique prefix is enough)")
    p.add_argument("--json", action="store_true", help="the full article record as JSON")

    p = sub.add_parser("facts", help="list facts from the store")
    p.add_argument("--article", metavar="ID", help="only this article (a unique prefix is enough)")
    p.add_argument("--kind", metavar="K", help="only facts of this kind (money, count, percent …)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true",
                     help="JSON Lines, every field (value a number; value_text as written: \"5.0\" for 5.0%%; "
                          f"{PERIOD_CODES})")
    fmt.add_argument("--csv", action="store_true",
                     help=f"CSV with a header row, values as the text writes them (5.0 for 5.0%%, never 5; {PERIOD_CODES})")

    p = sub.add_parser("extract", help="extract facts from raw text without touching the store")
    p.add_argument("file", nargs="?", default="-", help="text file, or - for stdin (default)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON Lines, one per fact, every field")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row, every field (as facts --csv)")
    p.add_argument("--max-chars", type=positive_chars, metavar="N",
                   help=f"longest text taken, in characters (default {MAX_CHARS:,})")

    p = sub.add_parser("search", help="search articles and facts", epilog=QUERY_LANGUAGE + SEARCH_EXIT,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", nargs="+", help="terms, \"phrases\", -exclusions, a | b, kind:money, >1亿 …")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON Lines, one per matching article in rank order")
    fmt.add_argument("--csv", action="store_true",
                     help="CSV with a header row, one per matching fact: every field, then its article's "
                          f"title, publication, date, URL and the sentence stating it (as the app's export; {PERIOD_CODES})")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="articles to show (0 = all; default 20)")
    p.add_argument("--kind", metavar="K", help="only facts of this kind")

    p = sub.add_parser("series", help="one indicator across articles: every figure by period",
                       epilog="The query's words name the indicator (and its place); its filters are those of "
                              "search (see factdesk search --help). A fall is a change below zero: "
                              "同比下降1.5% is -1.5%, and a rise is signed too (增长22.2倍 is +22.2倍 in the lines). A rank reads as a place: 第3 (第1批 with its unit); "
                              "--json and --csv give the number.")
    p.add_argument("query", nargs="+", help="an indicator such as 新能源汽车产量, or filters such as unit:辆 year:2024")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true",
                     help=f"JSON Lines, one per figure (value a number: 5.0%% is 5; {PERIOD_CODES})")
    fmt.add_argument("--csv", action="store_true",
                     help=f"CSV with a header row, values as the text writes them (5.0 for 5.0%%, never 5; {PERIOD_CODES})")

    p = sub.add_parser("conflicts", help="figures that sources give differently for the same indicator and period")
    p.add_argument("query", nargs="*", help="only these indicators (default: all)")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help=f"JSON Lines, one per disagreement ({PERIOD_CODES})")
    fmt.add_argument("--csv", action="store_true",
                     help="CSV with a header row, one per figure: the fields of series --csv and the measure "
                          f"({PERIOD_CODES})")

    p = sub.add_parser("check", help="verify the store (with --fix: rebuild what can be rebuilt, keep what is damaged)",
                       epilog="Exit 0 when the store checks OK (after --fix: when nothing is left to fix), 1 when "
                              "problems remain. --json prints one record: store, sources, articles, facts, ok, "
                              "problems (each: kind, path, what, fixable), repaired and remaining (the problems "
                              "left after --fix; without it, the problems found).")
    p.add_argument("--fix", action="store_true",
                   help="rebuild what can be rebuilt (the damaged files are kept aside) and remove what a killed "
                        "writer left behind")
    p.add_argument("--json", action="store_true", help="one JSON record of what was found (and repaired)")
    sub.add_parser("config", help="show the settings file's path and the settings in effect")
    p = sub.add_parser("completion", help="print a shell completion script (bash, zsh or tcsh)")
    p.add_argument("shell", choices=SHELLS, help="the shell the script is for")
    p = sub.add_parser("copy", help="copy the store to another backend (a PostgreSQL server or a store file)")
    p.add_argument("--to", required=True, metavar="URL_OR_PATH", help="postgresql:// URL or store file to copy into")
    for choice in sub._choices_actions:  # factdesk COMMAND --help says what the command does
        sub.choices[choice.dest].description = choice.help
    for command in sub.choices.values():  # also after the command: factdesk search 重庆 --db news.json
        command.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help="as factdesk --db")
    return parser
