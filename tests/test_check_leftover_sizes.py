"""`factdesk check` names what a killed writer left behind with the space it
takes: on a full disk the few kilobytes it left are what the next write
lacks, so they read as kilobytes, never as "0.0 MB"."""

from __future__ import annotations

from pathlib import Path

from store.db.leftovers import describe


def _files(tmp_path: Path, sizes: list[int]) -> list[Path]:
    paths = []
    for n, size in enumerate(sizes):
        path = tmp_path / "index" / f"s0123456789ab.part{n}"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"\0" * size)
        paths.append(path)
    return paths


def test_a_few_kilobytes_left_behind_read_as_kilobytes(tmp_path: Path) -> None:
    line = describe(_files(tmp_path, [4096, 8192, 300]), tmp_path)
    assert line.startswith("3 files a killed writer left behind (13 KB): index/s0123456789ab.part0"), line


def test_megabytes_read_as_megabytes_and_one_file_in_the_singular(tmp_path: Path) -> None:
    line = describe(_files(tmp_path, [2_500_000]), tmp_path)
    assert line.startswith("1 file a killed writer left behind (2.5 MB)"), line


def test_empty_files_take_nothing(tmp_path: Path) -> None:
    assert "(0 KB)" in describe(_files(tmp_path, [0, 0]), tmp_path)
