"""factdesk's shipped data, installed as the package ``factdesk_assets``.

pyproject.toml maps this folder to that package, so that wheels and
editable installs alike carry the seed page (``sources/``) and the app's
stylesheet (``styles/``).  Everything that needs them asks here.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# pip installs a wheel unpacked, so the package's resources are plain files.
ASSETS = Path(str(files(__name__)))
SEED_SOURCES = ASSETS / "sources"
STYLESHEET = ASSETS / "styles" / "factdesk.tcss"
