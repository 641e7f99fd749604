"""What ``factdesk check`` prints: a line per problem and per repair and a
summary, or with ``--json`` one record a script can read (README, "Command
line"), with the same exit code."""

from __future__ import annotations

from typing import Any

from store import Problem, counted
from tui.cli_output import EXIT_ERROR, EXIT_OK, jsonl, one_line, out, shown, utf8


def problem_record(problem: str) -> dict[str, Any]:
    """A problem as ``--json`` gives it: kind, path, what, fixable (a
    problem a store gives as bare text is of kind "other", not fixable)."""
    if isinstance(problem, Problem):
        kind, path, fixable = problem.kind, problem.path, problem.fixable
    else:
        kind, path, fixable = "other", None, False
    return {"kind": kind, "path": None if path is None else utf8(path), "what": one_line(problem),
            "fixable": fixable}


def print_check(store: Any, problems: list[str], notes: list[str], remaining: list[str], *, fixed: bool,
                as_json: bool) -> int:
    """Report a check: ``problems`` found, ``notes`` of what --fix repaired,
    ``remaining`` the problems left (the problems found, without --fix)."""
    counts = store.counts()
    if as_json:
        jsonl({"store": utf8(str(store.path)), "sources": counts["sources"], "articles": counts["articles"],
               "facts": counts["facts"], "ok": not remaining,
               "problems": [problem_record(p) for p in problems],
               "repaired": [one_line(note) for note in notes],
               "remaining": [problem_record(p) for p in remaining]})
        return EXIT_OK if not remaining else EXIT_ERROR
    for problem in problems:
        out(f"problem    {one_line(problem)}")
    for note in notes:
        out(f"repaired   {one_line(note)}")
    if fixed and problems:
        out(f"fixed      {len(problems) - len(remaining)} of {counted(len(problems), 'problem')}")
    out(f"checked    {shown(store.path)}: {counted(counts['sources'], 'source')}, "
        f"{counted(counts['articles'], 'article')}, {counted(counts['facts'], 'fact')}; "
        f"{'OK' if not remaining else counted(len(remaining), 'problem')}")
    return EXIT_OK if not remaining else EXIT_ERROR
