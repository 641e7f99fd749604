"""The settings file: ``config.toml`` in the user config directory
(``$FACTDESK_CONFIG`` names another).

    store = "~/news/factdesk.json"      # the store when --db and $FACTDESK_DB are not given
    theme = "textual-light"             # saved when the theme is changed in the app
    export_folder = "~/Documents"       # where the export dialog proposes to write

    [keys]                              # binding id (see `factdesk config`) = keys
    "main.copy_fact" = "c,ctrl+c"

A missing file means the defaults; a malformed one is one line naming the
file (the app does not start on settings it cannot read).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("store", "theme", "export_folder")


class ConfigError(ValueError):
    """The settings file cannot be used: one line naming it."""


@dataclass
class Settings:
    path: Path
    store: str | None = None
    theme: str | None = None
    export_folder: str | None = None
    keys: dict[str, str] = field(default_factory=dict)

    @property
    def export_dir(self) -> Path:
        return Path(self.export_folder).expanduser() if self.export_folder else Path.cwd()


def config_path() -> Path:
    env = os.environ.get("FACTDESK_CONFIG")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path("factdesk", appauthor=False) / "config.toml"


def load(path: Path | None = None) -> Settings:
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return Settings(path)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: cannot read the settings: not UTF-8 text") from None
    except NotADirectoryError:  # a file where a folder of the path should be ($XDG_CONFIG_HOME a file)
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
        raise ConfigError(f"{path}: no settings file can be there: {blocker} is a file, not a folder "
                          "(set $XDG_CONFIG_HOME to a folder, or $FACTDESK_CONFIG to a file)") from None
    except OSError as error:  # a folder of that name, no permission …
        raise ConfigError(f"{path}: cannot read the settings ({(error.strerror or str(error)).lower()})") from None
    import tomllib  # only when there is a file to read: start-up without one skips the parser

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: cannot read the settings: {error}") from None
    unknown = sorted(set(data) - {*FIELDS, "keys"})
    if unknown:
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join((*FIELDS, 'keys'))})")
    for name in FIELDS:
        if not isinstance(data.get(name, ""), str):
            raise ConfigError(f"{path}: {name} must be text in quotes")
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise ConfigError(f'{path}: [keys] maps binding ids to keys, e.g. "main.copy_fact" = "c"')
    from tui.keys import KEYS

    known = {k.id for k in KEYS if k.keys and k.action}
    wrong = sorted(set(keys) - known)
    if wrong:
        raise ConfigError(f"{path}: no key binding {wrong[0]!r} (`factdesk config` lists them)")
    for binding, spec in keys.items():
        if problem := _key_problem(spec):
            raise ConfigError(f"{path}: {binding!r} = {spec!r}: {problem}")
    if clash := _clash(keys):
        raise ConfigError(f"{path}: {clash}")
    return Settings(path, *(data.get(name) or None for name in FIELDS), keys=dict(keys))


DEFAULT_THEME = "textual-dark"
_MODIFIERS = {"ctrl", "shift", "alt", "meta", "super", "hyper"}


def _key_problem(spec: str) -> str | None:
    """What is wrong with a binding's keys: none given (it kept its default
    without a word), or a name no key press ever gives (``ctrl+nonsense``,
    ``PageDown``: the binding silently did nothing); None when they are keys."""
    parts = [part.strip() for part in spec.split(",")]
    if not any(parts):
        return "no key given (every binding needs one; `factdesk config` lists them)"
    for part in parts:
        if part and not _is_key(part):
            return (f"{part!r} is not a key name (key names: c, G, ctrl+y, shift+tab, f5, escape, enter, "
                    "space, pagedown, question_mark, slash …)")
    return None


def _is_key(key: str) -> bool:
    """Whether Textual can report ``key``: a character, or modifiers and a
    key it names (escape, f5, pagedown …, or a character's name)."""
    import unicodedata

    from textual.keys import KEY_TO_UNICODE_NAME, REPLACED_KEYS, Keys

    if len(key) == 1:
        return key.isprintable()
    *modifiers, base = key.split("+")
    if not base or not set(modifiers) <= _MODIFIERS:
        return False
    if len(base) == 1 or base in {k.value for k in Keys}:
        return True
    name = KEY_TO_UNICODE_NAME.get(base) or REPLACED_KEYS.get(base, base).replace("_", " ")
    try:
        return len(unicodedata.lookup(name)) == 1
    except KeyError:
        return False


# What the keys the settings cannot move do, for the line refusing a clash.
_FIXED = {"app.palette": "the command palette's", "app.focus": "the one that moves between panes",
          "app.quit_anywhere": "the one that quits (also from a field)",
          "search.open": "the search bar's: it opens the best match"}


def _textual_keys() -> tuple[Any, ...]:
    from tui.keys import Key

    # ctrl+q is Textual's priority quit: a binding of it never ran.
    return (Key("app.quit_anywhere", "ctrl+q", "", "", "Quit, also while typing in a field"),)


def _clash(keys: dict[str, str]) -> str | None:
    """A key the settings give to two things at once: in one place, or on
    the main screen in a pane and everywhere (the pane's binding shadows the
    other while it has the focus).  The one a user meets first is silently
    lost: ``"main.copy_fact" = "q"`` took q from quit.  Only clashes the
    settings make are errors; the app's own table is what it is (a dialog's
    q closes it, by design)."""
    from textual.keys import _character_to_key

    from tui.keys import KEYS

    main_screen = {"app", "main", "search", "list", "reader", "facts"}
    seen: dict[str, list[str]] = {}
    # The keys Textual binds itself count too (the palette's ctrl+p, tab
    # between panes, ctrl+q that quits from a field): "main.reload" =
    # "ctrl+p" left the palette unreachable, "main.clear" = "tab" the panes.
    fixed = {k.id: k for k in (*KEYS, *_textual_keys()) if k.keys and not k.action}
    for k in (*KEYS, *_textual_keys()):
        if not k.keys:
            continue
        spec = keys.get(k.id, k.keys)
        # As Textual reads them: "?" is question_mark, "/" slash.
        named = (_character_to_key(p) if len(p) == 1 else p for p in (part.strip() for part in spec.split(",")))
        for key in dict.fromkeys(p for p in named if p):
            for other in seen.setdefault(key, []):
                a, b = other.split(".", 1)[0], k.place
                # Textual's own keys work on every screen, dialogs too.
                stuck = other if other in fixed else k.id if k.id in fixed else None
                related = (a == b or ({a, b} <= main_screen and {a, b} & {"app", "main"})
                           or (stuck is not None and stuck.startswith("app.")))
                if related and (other in keys or k.id in keys):
                    if stuck is not None:  # it cannot be moved: the settings' binding must
                        moved = k.id if stuck == other else other
                        return (f"key {key!r} is {_FIXED.get(stuck, stuck)} and cannot be rebound; "
                                f"give {moved!r} another key")
                    return (f"key {key!r} is bound to both {other!r} and {k.id!r}; "
                            f"give one of them another key (`factdesk config` lists them)")
            seen[key].append(k.id)
    return None


def theme_names() -> list[str]:
    """The themes the app has (Textual's built-in ones)."""
    from textual.theme import BUILTIN_THEMES

    return sorted(BUILTIN_THEMES)


def unknown_theme(name: str | None) -> str | None:
    """What is wrong with a theme name, in one line listing the names there are; None when it is one."""
    if name is None or name in theme_names():
        return None
    from difflib import get_close_matches

    close = get_close_matches(name, theme_names(), n=2)
    hint = f"did you mean {' or '.join(close)}? " if close else ""
    return f"unknown theme {name!r} ({hint}themes: {', '.join(theme_names())})"


def _toml_string(text: str) -> str:
    # JSON's string escapes are valid TOML basic-string escapes.
    return json.dumps(text, ensure_ascii=False)


def dumps(settings: Settings) -> str:
    lines = ["# factdesk settings (`factdesk config` shows them in effect)"]
    lines += [f"{name} = {_toml_string(value)}" for name in FIELDS if (value := getattr(settings, name))]
    if settings.keys:
        lines += ["", "[keys]"] + [f"{_toml_string(k)} = {_toml_string(v)}" for k, v in sorted(settings.keys.items())]
    return "\n".join(lines) + "\n"


def save(settings: Settings) -> None:
    """Write the settings (to a temporary file, then renamed over the old).
    A failure (a full disk, a read-only folder) is a ConfigError naming the
    file, and leaves no temporary file behind."""
    _write(settings.path, dumps(settings))


def _write(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as err:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise ConfigError(f"cannot write {path} ({(err.strerror or str(err)).lower()})") from None


def save_theme(path: Path, theme: str) -> None:
    """Remember the theme, keeping the rest of the file as the user wrote it
    (comments, order, spacing): only the theme line changes, or one is added
    before the first table.  Written anew (the other settings kept) only when
    the file's theme line is not a plain one-line string."""
    settings = load(path)
    if settings.theme == theme:
        return
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        text = ""
    edited = _with_theme(text, theme) if text else None
    if edited is None:
        settings.theme = theme
        save(settings)
    else:
        _write(path, edited)


_THEME_LINE = re.compile(r"""^(\s*theme\s*=\s*)("(?:[^"\\\n]|\\.)*"|'[^'\n]*')(.*)$""", re.DOTALL)
_TABLE_LINE = re.compile(r"^\s*\[")


def _with_theme(text: str, theme: str) -> str | None:
    """``text`` with its top-level theme set to ``theme``; None when that
    cannot be done by changing or adding one line (the caller rewrites)."""
    import tomllib

    lines = text.splitlines(keepends=True)
    top = next((i for i, line in enumerate(lines) if _TABLE_LINE.match(line)), len(lines))
    value = _toml_string(theme)
    for i in range(top):
        if m := _THEME_LINE.match(lines[i]):
            lines[i] = m.group(1) + value + m.group(3)
            break
    else:
        at = top
        while at > 0 and not lines[at - 1].strip():
            at -= 1  # after the last setting, before the blank lines that lead to the table
        if at and not lines[at - 1].endswith("\n"):
            lines[at - 1] += "\n"
        lines.insert(at, f"theme = {value}\n")
    edited = "".join(lines)
    try:
        before, after = tomllib.loads(text), tomllib.loads(edited)
    except tomllib.TOMLDecodeError:
        return None
    return edited if after == {**before, "theme": theme} else None
