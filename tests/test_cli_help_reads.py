"""A new user's ``--help``: what each command reads and does is said where
it is asked, not only in the README."""

from __future__ import annotations

from tui.cli_parser import build_parser


def _help(*command: str) -> str:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")  # argparse keeps its subparsers there
    return (sub.choices[command[0]] if command else parser).format_help()  # type: ignore[union-attr]


def test_ingest_help_says_what_files_it_reads_and_the_fields_of_a_json_lines_record() -> None:
    text = _help("ingest")
    for said in ('"title", "body", "date"', "news.jsonl", "folder/", "standard input", "GB18030"):
        assert said in text, said
    assert "factdesk ingest page.txt" in text  # an example to copy


def test_fresh_is_explained_in_full_under_factdesk_and_factdesk_app() -> None:
    for text in (_help(), _help("app")):
        assert "--fresh" in text and "last quit" in " ".join(text.split())
