"""Every setting of stemsync, read and checked in one place.

``stemsync.toml`` (``--config PATH``, else ``$STEMSYNC_CONFIG``, else ``./stemsync.toml``
if it exists) is read here, every section and key is checked against :data:`SCHEMA`
(type, range, choices), and the environment overrides are applied. Anything wrong is a
:class:`ConfigError` with one line that names the file, the section and the key, and
says what to write instead; unknown sections and keys name the nearest valid one. The
command line turns a ConfigError into ``Error: ...`` and exit code 2.

Secrets never live in the file: a key called ``password`` (or ``Password``, ``token``,
``secret``...) in any section is refused. The LimeSurvey password comes from
``STEMSYNC_PASSWORD`` or the file named by ``[limesurvey] password_file``; it is held
in a :class:`Secret` whose ``repr`` and ``str`` never show it.

**Adding a key** is one line in :data:`SCHEMA`, e.g.::

    "grace_days": Key(INT, 7, min=0, max=365, help="days a period stays open after it ends"),

and the code reads it with ``config.section("publish")["grace_days"]`` (defaults are
filled in, values are already checked). A sub-table (``[publish.units]``) is a nested
:class:`Section`; a table of free names (``[portal.accounts]``) is ``Section(free=Key(...))``.
Document the key in docs/configuration.md (a test checks that every key is there).
"""

from __future__ import annotations

import difflib
import math
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

DEFAULT_CONFIG = Path("stemsync.toml")
CONFIG_ENV = "STEMSYNC_CONFIG"

# Environment variables that override the file.
ENVIRONMENT = {
    "STEMSYNC_CONFIG": "the configuration file",
    "STEMSYNC_URL": "[limesurvey] url",
    "STEMSYNC_USER": "[limesurvey] user",
    "STEMSYNC_PASSWORD": "the LimeSurvey password (instead of [limesurvey] password_file)",
    "STEMSYNC_DB": "[database] raw",
    "STEMSYNC_DEDUCE_CACHE": "[publish] deduce_cache",
}

# Key names that would hold a secret: never accepted in the file, whatever their case.
SECRET_NAMES = {"password", "passwd", "pass", "pwd", "wachtwoord", "secret", "token", "api_key", "apikey",
                "password_hash"}


class ConfigError(Exception):
    """The configuration cannot be used; the message (one line) says what to change."""

    exit_code = 2


class Secret:
    """A string that never shows itself in logs, reprs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)


# -- kinds of values -------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """How a value is checked and converted; ``convert`` returns the value or raises ValueError(why)."""

    name: str
    convert: Callable[[Any, "Key", Path], Any]


def _text(value: Any, key: "Key", base: Path) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a text in quotes")
    value = value.strip()
    if not value and not key.empty_ok:
        raise ValueError("must not be empty")
    if "\n" in value or "\r" in value or "\x00" in value:
        raise ValueError("must be one line")
    if key.pattern and not re.fullmatch(key.pattern, value):
        raise ValueError(f"must look like {key.example or key.pattern}")
    if key.choices and value not in key.choices:
        raise ValueError(f"must be one of {', '.join(map(repr, key.choices))}")
    return value


def _url(value: Any, key: "Key", base: Path) -> str:
    value = _text(value, key, base)
    if not re.match(r"^https?://[^\s/]+", value):
        raise ValueError("must be a full http:// or https:// URL")
    return value


def _path(value: Any, key: "Key", base: Path) -> Path:
    value = _text(value, key, base)
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def _number(value: Any, key: "Key", base: Path, whole: bool) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and not isinstance(value, int)):
        raise ValueError("must be a whole number (no quotes)" if whole else "must be a number (no quotes)")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("must be a finite number")
    low = key.min
    if low is not None and (value < low or (key.above and value <= low)):
        raise ValueError(f"must be more than {low:g}" if key.above else f"must be at least {low:g}")
    if key.max is not None and value > key.max:
        raise ValueError(f"must be at most {key.max:g}")
    if key.choices and value not in key.choices:
        raise ValueError(f"must be one of {', '.join(map(str, key.choices))}")
    return value if whole else float(value)


def _bool(value: Any, key: "Key", base: Path) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false (no quotes)")
    return value


def _texts_or_file(value: Any, key: "Key", base: Path) -> tuple[str, ...] | Path:
    """A list of texts, or the path of a file with one per line (read by the module that uses it)."""
    if isinstance(value, str):
        return _path(value, key, base)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("must be a list of texts, or the path of a file with one per line")
    return tuple(v.strip() for v in value if v.strip() and not v.strip().startswith("#"))


def _addresses(value: Any, key: "Key", base: Path) -> tuple[str, ...]:
    import ipaddress

    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError('must be a list of IP addresses in quotes, e.g. ["127.0.0.1"]')
    for v in values:
        try:
            ipaddress.ip_network(v.strip(), strict=False)
        except ValueError:
            raise ValueError(f"{v!r} is not an IP address or network (e.g. \"127.0.0.1\" or \"10.0.0.0/8\")") from None
    return tuple(v.strip() for v in values)


TEXT = Kind("text", _text)
ADDRESSES = Kind("list of IP addresses", _addresses)
URL = Kind("URL", _url)
PATH = Kind("path", _path)
INT = Kind("whole number", lambda v, k, b: _number(v, k, b, True))
NUMBER = Kind("number", lambda v, k, b: _number(v, k, b, False))
BOOL = Kind("true/false", _bool)
TEXTS_OR_FILE = Kind("list of texts or a file", _texts_or_file)


@dataclass(frozen=True)
class Key:
    kind: Kind
    default: Any = None
    help: str = ""
    min: float | None = None
    max: float | None = None
    above: bool = False           # min is exclusive (timeout = 0 is refused)
    choices: tuple = ()
    pattern: str | None = None    # texts: a regular expression the whole value must match
    example: str | None = None    # shown when the pattern does not match
    empty_ok: bool = False
    show_value: bool = True       # False: never repeat the value in an error (it may be sensitive)
    why: str | None = None        # the whole error after the key's name, when a value does not fit


@dataclass(frozen=True)
class Section:
    help: str = ""
    keys: Mapping[str, Key] = field(default_factory=dict)
    tables: Mapping[str, "Section"] = field(default_factory=dict)
    free: Key | None = None       # a table of free names (user = hash); each value checked by this key
    free_name: str | None = None  # regular expression the free names must match
    free_name_help: str = ""


HASH_PATTERN = r"pbkdf2_sha256\$\d+\$[^$]+\$[A-Za-z0-9+/=]+"
PERIOD_KINDS = ("quarter", "month")
COMMENT_MODES = ("review", "risky", "automatic")  # docs/publish.md#the-review-step

# The whole configuration. Keep each key documented in docs/configuration.md.
SCHEMA: dict[str, Section] = {
    "limesurvey": Section("how stemsync reaches LimeSurvey's RemoteControl API", {
        "url": Key(URL, None, "the full RemoteControl URL, e.g. https://host/index.php?r=admin/remotecontrol"),
        "user": Key(TEXT, None, "the LimeSurvey user stemsync logs in as"),
        "password_file": Key(PATH, None, "a file holding the LimeSurvey password (or set STEMSYNC_PASSWORD)"),
        "timeout": Key(NUMBER, 30.0, "seconds per call", min=0, above=True, max=3600),
        "retries": Key(INT, 3, "retries of a connection that fails", min=0, max=20),
        "call_deadline": Key(NUMBER, None, "seconds all tries of one call may take (default: 2 x timeout)",
                             min=0, above=True, max=86400),
        "retry_budget": Key(NUMBER, None, "seconds one run may spend on failed tries and pauses (default: "
                            "4 x timeout)", min=0, above=True, max=86400),
        "admin_email": Key(TEXT, None, "admin e-mail set on deployed surveys", pattern=r"[^@\s]+@[^@\s]+",
                           example="name@example.org"),
    }),
    "database": Section("where the databases are", {
        "raw": Key(PATH, None, "the private database (or set STEMSYNC_DB)"),
        "public": Key(PATH, None, "the public database the portal serves (default ./public.db)"),
    }),
    "sync": Section("stemsync sync and daemon", {
        "page_size": Key(INT, 2500, "responses per export call", min=1, max=100_000),
        "trailing_ids": Key(INT, 1000, "ids below the newest synced one listed again every run (late commits)",
                            min=0, max=1_000_000),
        "lookahead": Key(INT, 10_000, "ids an id-only look-ahead spans after an empty window", min=1,
                         max=1_000_000),
        "recheck_days": Key(INT, 30, "days an incomplete response is checked again", min=0, max=3650),
        "lock_wait": Key(NUMBER, 10.0, "seconds to wait for another run to finish", min=0, max=3600),
    }),
    "publish": Section("stemsync publish (docs/publish.md)", {
        "k": Key(INT, 10, "the smallest group shown; a smaller one could show who answered", min=5, max=1000),
        "period": Key(TEXT, "quarter", "period of the published figures", choices=PERIOD_KINDS),
        "deduce_cache": Key(PATH, None, "the de-identifier's cache folder (or STEMSYNC_DEDUCE_CACHE)"),
        "grace_days": Key(INT, 14, "days after a period ends before it is published (and frozen)", min=0, max=365),
        "open_period": Key(BOOL, False, "true: also show the running period, organisation level only, in steps "
                                        "of k new responses"),
        "title": Key(TEXT, "Wat cliënten zeggen", "the portal's title"),
        "licence": Key(TEXT, "Alleen voor de cliëntenraad en de organisatie. Niet verder verspreiden zonder "
                             "toestemming van de cliëntenraad.", "the licence shown on the portal"),
        "comments": Key(TEXT, "review", "what is published without a person's approval: 'review' (the default: "
                                        "nothing), 'risky' or 'automatic'", choices=COMMENT_MODES),
    }, tables={
        "units": Section("team -> region -> organisation", {
            "organisation": Key(TEXT, "Organisatie", "the organisation's name"),
        }, tables={
            "teams": Section("team = region", free=Key(TEXT, help="the team's region")),
            "regions": Section("region = organisation", free=Key(TEXT, help="the region's organisation")),
        }),
        "names": Section("the organisation's own names, removed from comments", {
            category: Key(TEXTS_OR_FILE, None, f"names of {category}")
            for category in ("staff", "teams", "locations", "partners")
        }),
    }),
    "portal": Section("stemsync serve (docs/portal.md)", {
        "open": Key(BOOL, False, "true: no login required"),
        "host": Key(TEXT, "127.0.0.1", "address to listen on"),
        "port": Key(INT, 8001, "port to listen on", min=1, max=65535),
        "session_hours": Key(NUMBER, 8, "hours a login lasts", min=0, above=True, max=24 * 31),
        "trusted_proxies": Key(ADDRESSES, (), "reverse proxies whose X-Forwarded-For and X-Forwarded-Proto count"),
    }, tables={
        "accounts": Section("user = password hash (stemsync hash-password)",
                            free=Key(TEXT, pattern=HASH_PATTERN, show_value=False,
                                     why="is not a password hash. Never write a password itself into the "
                                         "config; make a hash with `stemsync hash-password` and paste that"),
                            free_name=r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}",
                            free_name_help="letters, digits, '.', '_' and '-', at most 40 characters"),
    }),
    "review": Section("stemsync review serve: the review page for staff (docs/review.md)", {
        "host": Key(TEXT, "127.0.0.1", "address to listen on (keep it on this machine or a private network)"),
        "port": Key(INT, 8002, "port to listen on", min=1, max=65535),
        "accounts_file": Key(PATH, None, "a file with one account per line: name = pbkdf2_sha256$... (a hash)"),
    }, tables={
        "accounts": Section("user = password hash (stemsync review serve --hash-password)",
                            free=Key(TEXT, pattern=HASH_PATTERN, show_value=False,
                                     why="is not a password hash. Never write a password itself into the "
                                         "config; make a hash with `stemsync review serve --hash-password` and "
                                         "paste that"),
                            free_name=r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}",
                            free_name_help="letters, digits, '.', '_' and '-', at most 40 characters"),
    }),
    "templates": Section("the organisation's own codebooks (docs/codebook.md)", {
        "dir": Key(PATH, None, "a folder of codebooks that add to or override the built-in ones"),
    }),
}


# -- checking ----------------------------------------------------------------------------------


def _nearest(name: str, known: list[str]) -> str:
    lowered = {k.lower(): k for k in known}
    if name.lower() in lowered:
        return f"; did you mean {lowered[name.lower()]!r} (names are lower case)?"
    close = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.6)
    if close:
        return f"; did you mean {lowered[close[0]]!r}?"
    return f"; known: {', '.join(known)}" if known else ""


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check_section(name: str, data: Any, where: str = "", base: Path = Path(".")) -> dict[str, Any]:
    """One section (``name`` as dotted path, e.g. ``publish.units``) checked, with defaults filled in."""
    spec = _lookup(name)
    prefix = f"{where}: " if where else ""
    if not isinstance(data, dict):
        raise ConfigError(f"{prefix}[{name}] must be a section ([{name}] on a line of its own), not a value")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if str(key).lower() in SECRET_NAMES and spec.free is None:
            raise ConfigError(f"{prefix}[{name}] {key}: never write a password or other secret into the config "
                              "file; use [limesurvey] password_file or STEMSYNC_PASSWORD (portal accounts: a hash "
                              "from `stemsync hash-password`)")
        if key in spec.tables:
            out[key] = check_section(f"{name}.{key}", value, where, base)
        elif key in spec.keys:
            out[key] = _check_value(name, key, spec.keys[key], value, prefix, base)
        elif spec.free is not None:
            if spec.free_name and not re.fullmatch(spec.free_name, str(key)):
                raise ConfigError(f"{prefix}[{name}] {key!r} is not a usable name: {spec.free_name_help}")
            if isinstance(value, dict):
                raise ConfigError(f"{prefix}[{name}.{key}] is not a section; write {key} = \"...\" in [{name}]")
            out[key] = _check_value(name, key, spec.free, value, prefix, base)
        else:
            known = list(spec.keys) + list(spec.tables)
            what = "section" if isinstance(value, dict) else "key"
            shown = f"[{name}.{key}]" if what == "section" else f"[{name}] {key}"
            raise ConfigError(f"{prefix}{shown} is not a {what} stemsync knows{_nearest(str(key), known)}")
    for key, spec_key in spec.keys.items():
        out.setdefault(key, spec_key.default)
    for key in spec.tables:
        if key not in out:
            out[key] = check_section(f"{name}.{key}", {}, where, base)
    return out


def _check_value(section: str, key: str, spec: Key, value: Any, prefix: str, base: Path) -> Any:
    try:
        return spec.kind.convert(value, spec, base)
    except ValueError as exc:
        if spec.why:
            raise ConfigError(f"{prefix}[{section}] {key}: {spec.why}") from None
        shown = f" = {_show(value)}" if spec.show_value else ""
        hint = f" ({spec.help})" if spec.help else ""
        raise ConfigError(f"{prefix}[{section}] {key}{shown} {exc}{hint}") from None


def _lookup(name: str) -> Section:
    parts = name.split(".")
    spec = SCHEMA[parts[0]]
    for part in parts[1:]:
        spec = spec.tables[part]
    return spec


def check(data: Mapping[str, Any], where: str = "", base: Path = Path(".")) -> dict[str, dict[str, Any]]:
    """The whole file checked: every known section (defaults filled in), unknown ones refused."""
    prefix = f"{where}: " if where else ""
    out: dict[str, dict[str, Any]] = {}
    for name, value in data.items():
        if name not in SCHEMA:
            if str(name).lower() in SECRET_NAMES:
                raise ConfigError(f"{prefix}{name}: never write a password or other secret into the config file; "
                                  "use [limesurvey] password_file or STEMSYNC_PASSWORD")
            if isinstance(value, dict):
                hint = _nearest(str(name), list(SCHEMA))
                raise ConfigError(f"{prefix}[{name}] is not a section stemsync knows{hint}")
            owner = _owner_of(str(name))
            hint = f"put it under [{owner}]" if owner else f"sections: {', '.join(SCHEMA)}"
            raise ConfigError(f"{prefix}{name} is outside any section; {hint}")
        out[name] = check_section(name, value, where, base)
    for name in SCHEMA:
        if name not in out:
            out[name] = check_section(name, {}, where, base)
    return out


def _owner_of(key: str) -> str | None:
    for name, spec in SCHEMA.items():
        if key.lower() in spec.keys:
            return name
    return None


def defaults() -> dict[str, dict[str, Any]]:
    return check({})


# -- the configuration an invocation runs with ---------------------------------------------------


@dataclass
class Config:
    """What the commands need: LimeSurvey access, the private database and every checked section.

    ``sections`` given directly (the demo, tests) are checked when a section is read.
    """

    url: str | None = None
    user: str | None = None
    password: Secret | None = None
    db: Path | None = None
    timeout: float = 30.0
    retries: int = 3
    admin_email: str | None = None
    source: Path | None = None
    sections: dict[str, Any] = field(default_factory=dict)
    checked: bool = False

    @property
    def base(self) -> Path:
        """Relative paths in the file are taken from the file's folder."""
        return self.source.parent if self.source else Path(".")

    def require_limesurvey(self) -> tuple[str, str, Secret]:
        """URL, user and password, or a ConfigError saying which is missing and how to set it."""
        if not self.url:
            raise ConfigError("no LimeSurvey endpoint: set STEMSYNC_URL or [limesurvey] url in stemsync.toml "
                              "(the full URL, e.g. https://host/index.php?r=admin/remotecontrol)")
        if not self.user:
            raise ConfigError("no LimeSurvey user: set STEMSYNC_USER or [limesurvey] user in stemsync.toml")
        if not self.password:
            raise ConfigError("no LimeSurvey password: set STEMSYNC_PASSWORD or [limesurvey] password_file "
                              "in stemsync.toml")
        return self.url, self.user, self.password

    def require_db(self) -> Path:
        """The private database, or a ConfigError saying how to name it (never a silent ./stemsync.db)."""
        if self.db is None:
            where = f" ({self.source})" if self.source else " (no stemsync.toml here)"
            raise ConfigError(f"no private database configured{where}: set [database] raw = \"/path/private.db\" "
                              "in stemsync.toml, or STEMSYNC_DB, or give --db")
        return self.db

    def section(self, name: str) -> dict[str, Any]:
        """A section (or ``a.b`` sub-table), checked, with every default filled in."""
        if self.checked:
            value = self.sections.get(name.split(".")[0])
            for part in name.split(".")[1:]:
                value = value[part]
            return value
        if name.split(".")[0] not in SCHEMA:
            raise KeyError(f"no section [{name}] in stemsync.settings.SCHEMA")
        raw: Any = self.sections
        for part in name.split("."):
            raw = raw.get(part, {}) if isinstance(raw, dict) else {}
        return check_section(name, raw or {}, "", self.base)


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"cannot read {what} {path}: it does not exist; check the path") from None
    except IsADirectoryError:
        raise ConfigError(f"{what} {path} is a folder; give a file") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{what} {path} is not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc.strerror}; check the path and permissions") from None


def _read_password_file(path: Path) -> Secret:
    value = _read_text(path, "password_file")
    value = value.strip()
    if not value:
        raise ConfigError(f"password_file {path} is empty; write the LimeSurvey password into it")
    if "\n" in value:
        raise ConfigError(f"password_file {path} has more than one line; write only the password into it")
    return Secret(value)


def read_file(path: Path) -> dict[str, Any]:
    """The TOML file as a dict, or a one-line ConfigError."""
    text = _read_text(path, "config file")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {str(exc).splitlines()[0]}") from None


def config_path(path: Path | None, env: Mapping[str, str]) -> Path | None:
    """``--config``, else $STEMSYNC_CONFIG, else ./stemsync.toml if it exists, else None."""
    if path is not None:
        return Path(path)
    if env.get(CONFIG_ENV, "").strip():
        return Path(env[CONFIG_ENV].strip()).expanduser()
    return DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None


def load_config(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Read and check the configuration file (if any) and apply the environment overrides."""
    env = os.environ if environ is None else environ
    source = config_path(path, env)
    data = read_file(source) if source is not None else {}
    base = source.parent if source else Path(".")
    sections = check(data, str(source) if source else "", base)
    ls = sections["limesurvey"]
    config = Config(source=source, sections=sections, checked=True, timeout=ls["timeout"], retries=ls["retries"],
                    admin_email=ls["admin_email"])

    def from_env(name: str) -> str | None:
        value = env.get(name)
        if value is None or not value.strip():
            return None
        if any(c in value for c in "\n\r\x00"):
            raise ConfigError(f"{name} must be one line")
        return value.strip()

    config.url = from_env("STEMSYNC_URL") or ls["url"]
    if from_env("STEMSYNC_URL"):
        try:
            _url(config.url, Key(URL), base)
        except ValueError as exc:
            raise ConfigError(f"STEMSYNC_URL {exc} (the RemoteControl endpoint)") from None
    config.user = from_env("STEMSYNC_USER") or ls["user"]
    if env.get("STEMSYNC_PASSWORD"):
        config.password = Secret(env["STEMSYNC_PASSWORD"])
    elif ls["password_file"] is not None:
        config.password = _read_password_file(ls["password_file"])
    db = from_env("STEMSYNC_DB")
    config.db = Path(db).expanduser() if db else sections["database"]["raw"]
    return config
