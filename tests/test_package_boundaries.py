"""The two packages keep to their roles: store/ is the library (no Textual), and tui/ presents it through its one
public face, ``from store import …`` — never a module inside store/.  The one exception is the command's import hook
(tui/pattern_imports.py), which wraps the loading of store's own modules and so must name them before store is
imported."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOOK = ROOT / "tui" / "pattern_imports.py"


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.append((node.lineno, node.module))
    return out


@pytest.mark.parametrize("path", sorted((ROOT / "tui").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_tui_uses_only_the_public_face_of_store(path: Path) -> None:
    if path == HOOK:
        return
    inner = [f"{path.name}:{line} imports {name}" for line, name in _imports(path) if name.startswith("store.")]
    assert not inner, "tui/ imports store only as `from store import …`:\n" + "\n".join(inner)


@pytest.mark.parametrize("path", sorted((ROOT / "store").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_store_never_imports_textual_or_tui(path: Path) -> None:
    bad = [f"{path.name}:{line} imports {name}" for line, name in _imports(path)
           if name.partition(".")[0] in ("textual", "tui")]
    assert not bad, "store/ is a library without Textual:\n" + "\n".join(bad)
