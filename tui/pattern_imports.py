"""The ``factdesk`` command's own modules (store/ and tui/) compile their
regular expressions from a cache of compiled programs, as the extractor's
rules do (store.facts.compiled_patterns): every command imports a few dozen
of them, and compiling those patterns anew was a noticeable part of the
start-up of a command as short as adding one article or a search.

An import hook runs the body of each such module inside
``cached_compiles`` of the modules' own cache file (read once per process);
other packages' imports, and patterns compiled later while a command runs
(a query's), compile as usual.  Every pattern is the same with or without
the hook: see compiled_patterns for what is cached and how a missing or
damaged file is rebuilt.  Installed by the command's entry point only
(tui.entry): a program that imports store as a library is left as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Any

PACKAGES = frozenset({"store", "tui"})
_cache_file: list[Path] = []   # the modules' cache file, named once at install


# The finder and the loader are plain classes: the import system asks only for
# these methods, and importing importlib.abc for its base classes (it loads
# importlib.resources) cost every command more than the rest of this module.
class CachedCompilesFinder:
    """Finds nothing itself: gives the spec the other finders give a module
    of PACKAGES a loader that runs its body inside cached_compiles."""

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname.partition(".")[0] not in PACKAGES:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = CachedCompilesLoader(spec.loader)
                return spec
        return None


class CachedCompilesLoader:
    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        from store.facts.compiled_patterns import cached_compiles, in_block

        if in_block():  # imported by the extractor (or any module) being loaded: its block takes the patterns
            self.loader.exec_module(module)
            return
        with cached_compiles(_cache_file[0], keep=True):
            self.loader.exec_module(module)

    def __getattr__(self, name: str) -> Any:  # get_data, get_resource_reader …: the wrapped loader's
        return getattr(self.loader, name)


def install() -> None:
    """Put the hook first on the import path (once).  What the hook itself
    imports (reading and writing the cache file) is imported first, as usual:
    imported through the hook, it would ask for the file it is reading."""
    if any(isinstance(f, CachedCompilesFinder) for f in sys.meta_path):
        return
    import store.fileio  # noqa: F401  (writes the file)
    from store.facts.compiled_patterns import keep_loaded, modules_cache_file

    _cache_file[:] = [modules_cache_file()]
    keep_loaded(_cache_file[0])
    sys.meta_path.insert(0, CachedCompilesFinder())
