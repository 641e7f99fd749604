"""Where the reader was: the app's place kept between launches, per store.

On quit (q, ctrl+q, a ``kill``, a closed terminal) and before the app hands
the terminal to a browser, the main screen's place is written to a small
JSON file under the user state folder (``$XDG_STATE_HOME/factdesk/places/``),
one file per store, atomically: the article read (by its id, never its row:
the archive may have grown), the pane that had focus, the search typed,
the fact highlighted, how far the article's text was scrolled and the
series being followed.  The next launch on the same store comes back
there; ``factdesk --fresh`` starts at the top of the list instead.

What is read back is checked, never trusted: a file that is not this
version's JSON, belongs to another store (the same path holding a store
made again) or names an article no longer in the store is ignored, with no
word and no traceback — the app starts at the top of the list as on a
first launch.  Nothing here imports Textual.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

VERSION = 1
PANES = ("search", "articles", "reader", "facts")
MAX_BYTES = 64 * 1024  # a place is a few hundred bytes: anything larger is not one of ours
MAX_QUERY = 2000  # characters; a longer "search" in the file is not one the search bar took


@dataclass
class Place:
    """Where the reader was in one store."""

    article: str | None = None  # the article's id
    focus: str = "articles"  # one of PANES
    query: str = ""  # the search as typed ("" for none)
    series: tuple[str, str] | None = None  # (article id, fact id) of the fact whose series was open
    fact: str | None = None  # the article's fact highlighted (its id)
    # where the reader's text was scrolled to: the title or body offset its top line starts at ("body", 5120),
    # a place in the text rather than a line, so that a window of another width comes back to the same words
    top: tuple[str, int] | None = None


def places_dir() -> Path:
    from platformdirs import user_state_path

    return user_state_path("factdesk", appauthor=False) / "places"


def store_name(store: Any) -> str:
    """The store as the place file names it: its path or URL."""
    path = getattr(store, "path", "")
    return str(path.resolve() if isinstance(path, Path) else path)


def store_id(store: Any) -> str:
    """The store's own identity (``token`` is ``id:generation``): a store
    made again at the same path has another, and its old place is dropped."""
    try:
        return str(store.token).rpartition(":")[0]
    except Exception:  # noqa: BLE001  (a store that cannot say: no place kept is the safe answer)
        return ""


def place_file(store: Any) -> Path:
    digest = hashlib.sha256(store_name(store).encode("utf-8", "surrogateescape")).hexdigest()[:20]
    return places_dir() / f"{digest}.json"


def save(store: Any, place: Place) -> bool:
    """Write the place atomically; False (and nothing said) when it cannot be written."""
    from store import atomic_write

    record = {"version": VERSION, "store": store_name(store), "store_id": store_id(store), **asdict(place)}
    record["series"] = list(place.series) if place.series else None
    record["top"] = list(place.top) if place.top else None
    try:
        atomic_write(place_file(store), json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogateescape"))
    except (OSError, ValueError):
        return False
    return True


def load(store: Any) -> Place | None:
    """The place last kept for this store, or None: none kept, or a file
    that is damaged, of another version or of another store."""
    try:
        path = place_file(store)
        if path.stat().st_size > MAX_BYTES:
            return None
        record = json.loads(path.read_bytes().decode("utf-8", "surrogateescape"))
    except (OSError, ValueError, UnicodeError, RecursionError):
        return None
    return _checked(record, store)


def _checked(record: Any, store: Any) -> Place | None:
    if not isinstance(record, dict) or record.get("version") != VERSION:
        return None
    if record.get("store") != store_name(store) or record.get("store_id") != store_id(store):
        return None
    article, focus, query, series, fact = (record.get(k) for k in ("article", "focus", "query", "series", "fact"))
    if any(v is not None and not (isinstance(v, str) and v) for v in (article, fact)):
        return None
    if focus not in PANES or not isinstance(query, str) or len(query) > MAX_QUERY:
        return None
    if series is not None:
        if not (isinstance(series, list) and len(series) == 2 and all(isinstance(s, str) and s for s in series)):
            return None
        series = (series[0], series[1])
    top = record.get("top")
    if top is not None:  # (a file of the round before has none: the text's top, as then)
        if not (isinstance(top, list) and len(top) == 2 and top[0] in ("title", "body")
                and type(top[1]) is int and top[1] >= 0):
            return None
        top = (top[0], top[1])
    return Place(article=article, focus=focus, query=query, series=series, fact=fact, top=top)
