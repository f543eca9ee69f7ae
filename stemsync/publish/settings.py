"""Settings of ``stemsync publish``, read from the ``[publish]`` section of stemsync.toml.

Every key is documented in ``docs/publish.md``. Unknown keys are refused, so a typo
(``[publish] kk = 3``) cannot silently leave the default in place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from stemsync.config import Config, ConfigError

DEFAULT_K = 10
MIN_K = 5
PERIOD_KINDS = ("quarter", "month")
NAME_CATEGORIES = ("staff", "teams", "locations", "partners")
DEFAULT_ORGANISATION = "Organisatie"
DEFAULT_PUBLIC_DB = "public.db"
DEFAULT_LICENCE = ("Alleen voor de cliëntenraad en de organisatie. Niet verder verspreiden "
                   "zonder toestemming van de cliëntenraad.")
DEDUCE_CACHE_ENV = "STEMSYNC_DEDUCE_CACHE"
DEFAULT_DEDUCE_CACHE = Path("~/.cache/stemsync/deduce")

_PUBLISH_KEYS = {"k", "period", "units", "names", "deduce_cache", "title", "licence"}
_UNITS_KEYS = {"organisation", "teams", "regions"}


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

    def __post_init__(self) -> None:
        check_k(self.k)
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
    if isinstance(k, bool) or not isinstance(k, int):
        raise PublishConfigError(f"[publish] k = {k!r} must be a whole number (the smallest group shown; "
                                 f"default {DEFAULT_K}, at least {MIN_K})")
    if k < MIN_K:
        raise PublishConfigError(f"k = {k} is too small: a published figure must describe at least {MIN_K} "
                                 f"responses (default {DEFAULT_K}); set [publish] k to {MIN_K} or more")
    return k


def _string_map(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) and v.strip() for v in value.values()):
        raise PublishConfigError(f"{where} must map names to names, e.g. \"team-noord\" = \"Noord\"")
    return {str(key).strip(): v.strip() for key, v in value.items()}


def _names(value: Any, base: Path) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise PublishConfigError("[publish.names] must hold lists of names per category: "
                                 f"{', '.join(NAME_CATEGORIES)}")
    names: dict[str, tuple[str, ...]] = {}
    for category, entries in value.items():
        if category not in NAME_CATEGORIES:
            raise PublishConfigError(f"[publish.names] {category} is not a category; use "
                                     f"{', '.join(NAME_CATEGORIES)}")
        if isinstance(entries, str):  # a file with one name per line
            path = Path(entries).expanduser()
            path = path if path.is_absolute() else base / path
            try:
                entries = path.read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise PublishConfigError(f"[publish.names] {category}: cannot read {path}: {exc.strerror}") from None
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            raise PublishConfigError(f"[publish.names] {category} must be a list of names or the path of a "
                                     "file with one name per line")
        names[category] = tuple(e.strip() for e in entries if e.strip() and not e.strip().startswith("#"))
    return names


def settings_from_mapping(section: Mapping[str, Any], base: Path = Path(".")) -> PublishSettings:
    """Settings from a ``[publish]`` mapping; relative paths are taken from ``base``."""
    unknown = set(section) - _PUBLISH_KEYS
    if unknown:
        raise PublishConfigError(f"[publish] does not know {', '.join(sorted(unknown))}; known keys: "
                                 f"{', '.join(sorted(_PUBLISH_KEYS))}")
    units = section.get("units") or {}
    if not isinstance(units, dict) or set(units) - _UNITS_KEYS:
        raise PublishConfigError("[publish.units] holds organisation (a name), [publish.units.teams] "
                                 "(team = region) and [publish.units.regions] (region = organisation)")
    organisation = units.get("organisation", DEFAULT_ORGANISATION)
    if not isinstance(organisation, str) or not organisation.strip():
        raise PublishConfigError("[publish.units] organisation must be a name")
    hierarchy = Hierarchy(
        organisation=organisation.strip(),
        teams=_string_map(units.get("teams") or {}, "[publish.units.teams]"),
        regions=_string_map(units.get("regions") or {}, "[publish.units.regions]"),
    )
    cache = section.get("deduce_cache")
    if cache is not None:
        cache = Path(str(cache)).expanduser()
        cache = cache if cache.is_absolute() else base / cache
    kwargs: dict[str, Any] = {}
    for key in ("title", "licence"):
        if key in section:
            if not isinstance(section[key], str) or not section[key].strip():
                raise PublishConfigError(f"[publish] {key} must be a text")
            kwargs[key] = section[key].strip()
    return PublishSettings(
        k=section.get("k", DEFAULT_K),
        period=section.get("period", "quarter"),
        units=hierarchy,
        names=_names(section.get("names") or {}, base),
        deduce_cache=cache,
        **kwargs,
    )


def settings_from_config(config: Config) -> PublishSettings:
    base = config.source.parent if config.source else Path(".")
    return settings_from_mapping(config.section("publish"), base)


def public_db_path(config: Config) -> Path:
    """``[database] public`` (relative to the config file), else ``public.db``."""
    value = config.section("database").get("public")
    if not value:
        return Path(DEFAULT_PUBLIC_DB)
    path = Path(str(value)).expanduser()
    base = config.source.parent if config.source else Path(".")
    return path if path.is_absolute() else base / path
