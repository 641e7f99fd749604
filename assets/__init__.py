"""factdesk's shipped data, installed as the package ``factdesk_assets``.

pyproject.toml maps this folder to that package, so that wheels and
editable installs alike carry the seed page (``sources/``) and the app's
stylesheet (``styles/``).  Everything that needs them asks here.
"""

from __future__ import annotations

from pathlib import Path

# pip installs a wheel unpacked, so the package's resources are plain files
# beside this one (importlib.resources would load zipfile at every start-up).
ASSETS = Path(__file__).resolve().parent
SEED_SOURCES = ASSETS / "sources"
STYLESHEET = ASSETS / "styles" / "factdesk.tcss"
