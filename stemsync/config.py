"""Configuration: ``stemsync.toml`` overridden by environment variables.

Where the file is: ``--config PATH``, else ``$STEMSYNC_CONFIG``, else ``./stemsync.toml``
if it exists (no file at all is fine when the environment says enough).

Environment overrides: ``STEMSYNC_URL`` (the full RemoteControl endpoint URL),
``STEMSYNC_USER``, ``STEMSYNC_PASSWORD`` and ``STEMSYNC_DB`` (the private database).
The password comes from ``STEMSYNC_PASSWORD`` or from the file named by
``password_file``; a password written into the TOML file itself is refused. It is held
in a :class:`Secret` whose ``repr`` and ``str`` never show it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

DEFAULT_CONFIG = Path("stemsync.toml")
DEFAULT_DB = Path("stemsync.db")


class ConfigError(Exception):
    """The configuration cannot be used; the message says what to change."""


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


@dataclass
class Config:
    url: str | None = None
    user: str | None = None
    password: Secret | None = None
    db: Path = DEFAULT_DB
    timeout: float = 30.0
    retries: int = 3
    admin_email: str | None = None
    source: Path | None = None
    sections: dict[str, Any] = field(default_factory=dict)

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

    def section(self, name: str) -> dict[str, Any]:
        value = self.sections.get(name) or {}
        return value if isinstance(value, dict) else {}


def _read_password_file(path: Path) -> Secret:
    try:
        value = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"cannot read password_file {path}: {exc.strerror}; check the path and permissions") from None
    if not value:
        raise ConfigError(f"password_file {path} is empty; write the LimeSurvey password into it")
    return Secret(value)


def load_config(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Read the configuration file (if any) and apply environment overrides."""
    env = os.environ if environ is None else environ
    explicit = path or (Path(env["STEMSYNC_CONFIG"]) if env.get("STEMSYNC_CONFIG") else None)
    config_path = explicit or (DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None)

    data: dict[str, Any] = {}
    if config_path is not None:
        try:
            data = tomllib.loads(config_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {config_path} does not exist; give an existing file with --config "
                              "or STEMSYNC_CONFIG") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {config_path} is not valid TOML: {exc}") from None

    ls = data.get("limesurvey") or {}
    if "password" in ls:
        raise ConfigError(f"{config_path}: do not write the password into the config file; "
                          "use password_file or STEMSYNC_PASSWORD")
    base = config_path.parent if config_path else Path(".")

    def resolve(value: str) -> Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else base / p

    config = Config(source=config_path, sections=data)
    config.url = env.get("STEMSYNC_URL") or ls.get("url")
    config.user = env.get("STEMSYNC_USER") or ls.get("user")
    if env.get("STEMSYNC_PASSWORD"):
        config.password = Secret(env["STEMSYNC_PASSWORD"])
    elif ls.get("password_file"):
        config.password = _read_password_file(resolve(ls["password_file"]))
    try:
        config.timeout = float(ls.get("timeout", config.timeout))
        config.retries = int(ls.get("retries", config.retries))
    except (TypeError, ValueError):
        raise ConfigError(f"{config_path}: [limesurvey] timeout and retries must be numbers") from None
    config.admin_email = ls.get("admin_email")
    db = env.get("STEMSYNC_DB") or (data.get("database") or {}).get("raw")
    if db:
        config.db = Path(db).expanduser() if env.get("STEMSYNC_DB") else resolve(db)
    return config
