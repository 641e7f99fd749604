"""Walk 36: values of percentage points are shown as `2.3 pp` and filtered
as `>0.3pp`, so a reader asks for `kind:pp` (or `--kind pp`) — which was
'unknown kind'.  pp and bp name the points kind."""

from __future__ import annotations

from tests.test_cli import ingested, run


def _store(tmp_path, capsys) -> str:
    return ingested(tmp_path, capsys,
                    "物价温和回升\n\n居民消费价格指数同比上涨0.7%，涨幅比上月扩大0.5个百分点。利率下调10个基点。\n",
                    "cpi.txt")


def test_kind_pp_and_bp_are_the_points_kind_in_queries_and_kind_options(tmp_path, capsys):
    db = _store(tmp_path, capsys)
    code, points, _ = run(capsys, "--db", db, "facts", "--kind", "points")
    assert code == 0 and "0.5个百分点" in points and "10个基点" in points
    for args in (("facts", "--kind", "pp"), ("facts", "--kind", "BP")):
        assert run(capsys, "--db", db, *args)[:2] == (0, points)
    for query in ("kind:pp", "kind:bp", "kind:pp,percent >0.3pp"):
        code, out, err = run(capsys, "--db", db, "search", query, "--csv")
        assert code == 0 and "0.5个百分点" in out, (query, err)
    code, out, _ = run(capsys, "--db", db, "search", "物价", "--kind", "pp", "--csv")
    assert code == 0 and ",points," in out and ",percent," not in out


def test_an_unknown_kind_names_the_aliases(tmp_path, capsys):
    db = _store(tmp_path, capsys)
    code, _, err = run(capsys, "--db", db, "search", "kind:pct")
    assert code == 2 and "pp and bp are points" in err
