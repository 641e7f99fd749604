"""What a wheel carries: every code package, the seed page and the styles.

An editable install reads the source tree and hides packaging mistakes, so
these check the declarations; ``.ci/run`` also installs the built wheel into
a fresh venv and seeds a store with it.
"""

from __future__ import annotations

import sys
import tomllib

import pytest

from tests.conftest import REPO


def setuptools_config() -> dict:
    with (REPO / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["tool"]["setuptools"]


def code_packages_on_disk() -> set[str]:
    """Every folder under store/ and tui/ holding Python modules."""
    found = set()
    for top in ("store", "tui"):
        for module in (REPO / top).rglob("*.py"):
            if "__pycache__" not in module.parts:
                found.add(".".join(module.parent.relative_to(REPO).parts))
    return found


def test_every_code_package_is_declared_for_the_wheel():
    declared = set(setuptools_config()["packages"])
    missing = code_packages_on_disk() - declared
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"


def test_the_assets_folder_ships_as_a_package_with_its_data():
    config = setuptools_config()
    assert config["package-dir"]["factdesk_assets"] == "assets"
    shipped = [path for pattern in config["package-data"]["factdesk_assets"]
               for path in (REPO / "assets").glob(pattern)]
    names = {path.relative_to(REPO / "assets").parts[0] for path in shipped}
    assert names == {"sources", "styles"}


def test_the_app_and_the_store_find_their_assets_through_the_package():
    import factdesk_assets
    from tui.app import FactdeskApp

    assert sorted(factdesk_assets.SEED_SOURCES.glob("*.txt")), "no seed page"
    assert FactdeskApp.CSS_PATH == factdesk_assets.STYLESHEET
    assert factdesk_assets.STYLESHEET.is_file()


def test_seeding_without_a_seed_page_is_an_error(tmp_path, monkeypatch: pytest.MonkeyPatch, capsys):
    from tui.cli import main

    empty = tmp_path / "no-sources"
    empty.mkdir()
    import factdesk_assets
    import store.db.repair  # noqa: F401  (imported before the patch: a module first imported under it
    import store.ingest.pipeline  # noqa: F401  kept the empty folder as its copy for the rest of the run)

    # Wherever the store took its copy of the seed folder from.
    for module in [factdesk_assets, *(m for name, m in sys.modules.items() if name.startswith("store"))]:
        if hasattr(module, "SEED_SOURCES"):
            monkeypatch.setattr(module, "SEED_SOURCES", empty)
    assert main(["--db", str(tmp_path / "s.json"), "seed"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no seed page" in err
