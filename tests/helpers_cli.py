"""Running the real ``factdesk`` command in a subprocess, and generated
inputs (no test here may depend on ../shared)."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

# Filler prose: few figures per article, like real news (the extractor's cost
# grows with the number of figures, not with the length of the text).
WORDS = (
    "经济 发展 城市 建设 项目 企业 市场 服务 推进 改革 创新 政策 产业 文化 社会 群众 "
    "工作 会议 部门 地区 加强 提升 完善 落实 推动 生态 保护 交通 教育 医疗"
).split()


def factdesk_command() -> list[str]:
    """The installed console script, else the module (same code)."""
    exe = shutil.which("factdesk") or (str(Path(sys.executable).with_name("factdesk")))
    return [exe] if Path(exe).exists() else [sys.executable, "-m", "tui.cli"]


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTDESK_")}
    env.update({"PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(REPO), "COLUMNS": "200"})
    env.update(extra)
    return env


def factdesk(db: Path | None, *args: str, stdin: bytes | None = None, timeout: float = 120,
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``factdesk [--db DB] ARGS…``; stdin is empty (not a terminal) unless given."""
    cmd = factdesk_command() + (["--db", str(db)] if db is not None else []) + list(args)
    return subprocess.run(
        cmd, input=stdin if stdin is not None else b"", capture_output=True, timeout=timeout,
        env=env or child_env(), cwd=str(db.parent) if db is not None and db.parent.is_dir() else None,
    )


def popen(db: Path, *args: str, env: dict[str, str] | None = None, **kw: Any) -> subprocess.Popen[bytes]:
    cmd = factdesk_command() + ["--db", str(db)] + list(args)
    return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env or child_env(), **kw)


def stderr_lines(proc: subprocess.CompletedProcess[bytes]) -> list[str]:
    return [line for line in proc.stderr.decode("utf-8", "replace").splitlines() if line.strip()]


def article_body(rng: random.Random, paragraphs: int = 6, words: int = 60) -> str:
    paras = []
    for j in range(paragraphs):
        text = "".join(rng.choice(WORDS) for _ in range(words))
        paras.append(f"{text[:40]}，{text[40:]}，同比增长{j + 1}.{rng.randint(0, 9)}%。")
    return "\n".join(paras)


def write_jsonl(path: Path, n: int | None = None, *, prefix: str = "文章", seed: int = 0,
                target_bytes: int | None = None) -> int:
    """Write ``n`` articles (or about ``target_bytes``) of JSON Lines; return the count."""
    rng = random.Random(seed)
    count = size = 0
    with path.open("w", encoding="utf-8") as out:
        while (n is not None and count < n) or (target_bytes is not None and size < target_bytes):
            line = json.dumps({"title": f"{prefix}{count}号", "body": article_body(rng), "date": "2024-03-01",
                               "source": "测试日报"}, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode())
            count += 1
    return count


def article_count(db: Path) -> int:
    """Articles in the committed store."""
    from store import open_store

    return open_store(db, seed=False).counts()["articles"]


def store_files(db: Path) -> dict[str, bytes]:
    """Every file of a store (main file, shards, index) by relative path."""
    out = {db.name: db.read_bytes()}
    side = db.with_name(db.name + ".d")
    if side.is_dir():
        for path in sorted(side.rglob("*")):
            if path.is_file():
                out[str(path.relative_to(db.parent))] = path.read_bytes()
    return out
