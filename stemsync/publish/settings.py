"""Settings of ``stemsync publish``, from the ``[publish]`` section of stemsync.toml.

The keys, their types, ranges and defaults are declared (and checked) in
:data:`stemsync.settings.SCHEMA`; this module turns the checked section into
:class:`PublishSettings`. Every key is documented in ``docs/publish.md``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from stemsync.settings import COMMENT_MODES, Config, ConfigError, check_section

DEFAULT_K = 10
MIN_K = 5
PERIOD_KINDS = ("quarter", "month")
NAME_CATEGORIES = ("staff", "teams", "locations", "partners")
DEFAULT_ORGANISATION = "Organisatie"
DEFAULT_PUBLIC_DB = "public.db"
DEFAULT_LICENCE = ("Alleen voor de cliëntenraad en de organisatie. Niet verder verspreiden "
                   "zonder toestemming van de cliëntenraad.")
DEFAULT_GRACE_DAYS = 14
DEDUCE_CACHE_ENV = "STEMSYNC_DEDUCE_CACHE"
DEFAULT_DEDUCE_CACHE = Path("~/.cache/stemsync/deduce")



class PublishConfigError(ConfigError):
    """The ``[publish]`` settings cannot be used; the message says what to change."""


@dataclass(frozen=True)
class Hierarchy:
    """Organisational units: team -> region -> organisation.

    ``teams`` maps a team name (the value of the TEAM field in the survey link) to its
    region; ``regions`` maps a region to its organisation. A region that ``regions``
    does not name belongs to ``organisation``.
    """

    organisation: str = DEFAULT_ORGANISATION
    teams: Mapping[str, str] = field(default_factory=dict)
    regions: Mapping[str, str] = field(default_factory=dict)

    def organisation_of(self, region: str) -> str:
        return self.regions.get(region, self.organisation)


@dataclass(frozen=True)
class PublishSettings:
    k: int = DEFAULT_K
    period: str = "quarter"
    units: Hierarchy = field(default_factory=Hierarchy)
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    deduce_cache: Path | None = None
    title: str = "Wat cliënten zeggen"
    licence: str = DEFAULT_LICENCE
    comments: str = "review"  # a person approves every comment; "risky" and "automatic" are opt-ins
    grace_days: int = DEFAULT_GRACE_DAYS  # a closed period is published this many days after its end
    open_period: bool = False             # also show the running period (organisation level, steps of k)

    def __post_init__(self) -> None:
        check_k(self.k)
        if self.comments not in COMMENT_MODES:
            raise PublishConfigError(f"[publish] comments = {self.comments!r} is not known; use \"review\" (the "
                                     "default: a person approves every comment), \"risky\" or \"automatic\"")
        if isinstance(self.grace_days, bool) or not isinstance(self.grace_days, int) or self.grace_days < 0:
            raise PublishConfigError(f"[publish] grace_days = {self.grace_days!r} must be a whole number of days, "
                                     f"0 or more (default {DEFAULT_GRACE_DAYS})")
        if not isinstance(self.open_period, bool):
            raise PublishConfigError(f"[publish] open_period = {self.open_period!r} must be true or false "
                                     "(default false)")
        if self.period not in PERIOD_KINDS:
            raise PublishConfigError(f"[publish] period = {self.period!r} is not known; use "
                                     "\"quarter\" (e.g. 2026-K3, the default) or \"month\" (e.g. 2026-07)")

    @property
    def all_names(self) -> list[str]:
        """Every organisation-specific name, whatever its category."""
        return [name for names in self.names.values() for name in names]

    def deduce_cache_dir(self, environ: Mapping[str, str] | None = None) -> Path:
        """$STEMSYNC_DEDUCE_CACHE, else ``deduce_cache``, else ~/.cache/stemsync/deduce."""
        env = os.environ if environ is None else environ
        if env.get(DEDUCE_CACHE_ENV):
            return Path(env[DEDUCE_CACHE_ENV]).expanduser()
        if self.deduce_cache is not None:
            return Path(self.deduce_cache).expanduser()
        return DEFAULT_DEDUCE_CACHE.expanduser()


def check_k(k: Any) -> int:
    """k as a whole number of at least MIN_K, or a PublishConfigError saying why not."""
    return _checked({"k": k})["k"]


def _checked(section: Mapping[str, Any], base: Path = Path(".")) -> dict[str, Any]:
    try:
        return check_section("publish", dict(section), "", base)
    except PublishConfigError:
        raise
    except ConfigError as exc:
        raise PublishConfigError(str(exc)) from None


def _names(value: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """The checked ``[publish.names]``: lists as they are, files read (one name per line)."""
    names: dict[str, tuple[str, ...]] = {}
    for category, entries in value.items():
        if entries is None:
            continue
        if isinstance(entries, Path):
            try:
                lines = entries.read_text(encoding="utf-8").splitlines()
            except UnicodeDecodeError:
                raise PublishConfigError(f"[publish.names] {category}: {entries} is not UTF-8 text; save it as "
                                         "UTF-8") from None
            except OSError as exc:
                raise PublishConfigError(f"[publish.names] {category}: cannot read {entries}: "
                                         f"{exc.strerror}") from None
            entries = tuple(e.strip() for e in lines if e.strip() and not e.strip().startswith("#"))
        names[category] = tuple(entries)
    return names


def settings_from_checked(section: Mapping[str, Any]) -> PublishSettings:
    """Settings from a ``[publish]`` section already checked by :mod:`stemsync.settings`."""
    units = section["units"]
    return PublishSettings(
        k=section["k"], period=section["period"],
        units=Hierarchy(organisation=units["organisation"], teams=dict(units["teams"]),
                        regions=dict(units["regions"])),
        names=_names(section["names"]), deduce_cache=section["deduce_cache"],
        title=section["title"], licence=section["licence"], comments=section["comments"],
        grace_days=section["grace_days"], open_period=section["open_period"],
    )


def settings_from_mapping(section: Mapping[str, Any], base: Path = Path(".")) -> PublishSettings:
    """Settings from a raw ``[publish]`` mapping; relative paths are taken from ``base``."""
    return settings_from_checked(_checked(section, base))


def settings_from_config(config: Config) -> PublishSettings:
    try:
        return settings_from_checked(config.section("publish"))
    except PublishConfigError:
        raise
    except ConfigError as exc:
        raise PublishConfigError(str(exc)) from None


def public_db_path(config: Config) -> Path:
    """``[database] public`` (relative to the config file), else ``public.db``."""
    value = config.section("database")["public"]
    return Path(DEFAULT_PUBLIC_DB) if value is None else value
