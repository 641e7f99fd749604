"""The extractor's objects and the garbage collector: a program that owns its
process (the factdesk command's ingest) loads the extractor with collection
paused and then frozen, so later collections skip it; a program that imports
the store as a library keeps its collector as it was."""

import subprocess
import sys

LOAD = """
import gc, sys
import store.facts as facts
if sys.argv[1] == "owned":
    facts.freeze_when_loaded()
before = gc.get_freeze_count()
facts.article_facts({"title": "", "body": "全市新增企业120家，同比增长5.7%。"})
print(gc.get_freeze_count() > before, gc.isenabled())
"""


def load(mode: str) -> str:
    return subprocess.run([sys.executable, "-c", LOAD, mode], check=True, capture_output=True, text=True).stdout.split()


def test_an_owned_process_freezes_the_extractor_it_loads_and_collects_again():
    assert load("owned") == ["True", "True"]


def test_a_library_user_keeps_its_collector_as_it_was():
    assert load("library") == ["False", "True"]


INGEST = """
import gc, sys
from tui.cli import main
status = main(["--db", sys.argv[1], "ingest", sys.argv[2]])
print(status, gc.get_freeze_count() > 0, gc.isenabled())
"""


def test_the_ingest_command_owns_its_process(tmp_path):
    page = tmp_path / "one.txt"
    page.write_text("# 新增一篇\n\n全市新增企业120家，同比增长5.7%。\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", INGEST, str(tmp_path / "factdesk.json"), str(page)], check=True,
                         capture_output=True, text=True, env={"FACTDESK_CONFIG": str(tmp_path / "config.toml"),
                                                              "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert out.stdout.split()[-3:] == ["0", "True", "True"]
