"""An extraction worker and the garbage collector: the worker owns its
process, so the extractor it loads is frozen out of the collector's passes
and young objects are walked less often than Python's default — extracting
makes no reference cycles, so those passes have nothing to free."""

import subprocess
import sys

TEXTS = """[
    {"title": "全市新增企业120家", "body": "全市新增企业120家，同比增长5.7%。1-10月，规模以上工业增加值增长6.1%，比上年同期提高0.3个百分点。"},
    {"title": "", "body": "今年前三季度，本港整體出口貨值按年上升5.2%，第二季的升幅為3.1%。截至9月底，外匯儲備為4,213億美元。"},
    {"title": "金價", "body": "上周五(3月21日)金价收于每克692.5元，较前一交易日下跌0.8%；白银期货主力合约报8,215元/千克。"}
]"""

WORKER = f"""
import gc, os
from store.ingest.extraction import WORKER_GC_YOUNG, _worker_init, facts_of
articles = {TEXTS}
_worker_init(os.getpid())
before = gc.get_freeze_count()
facts_of(articles[0])
print(gc.get_freeze_count() > before, gc.get_threshold()[0] == WORKER_GC_YOUNG > 700, gc.isenabled())
"""

CYCLES = f"""
import gc
from store.facts import article_facts
articles = {TEXTS}
for article in articles:
    article_facts(article)          # the extractor loaded and its caches warm
gc.collect()
gc.disable()
for article in articles * 3:
    assert article_facts(article)
print(gc.collect())
"""


def run(code: str) -> list[str]:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()


def test_a_worker_freezes_the_extractor_and_walks_young_objects_less_often():
    assert run(WORKER) == ["True", "True", "True"]


def test_extracting_leaves_nothing_for_the_collector_to_free():
    assert run(CYCLES) == ["0"]
