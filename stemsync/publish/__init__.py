"""``stemsync publish``: the only database the client council's portal may serve.

Read ``docs/publish.md`` for what goes in and what is withheld, and the "Public
database" section of ``docs/data-model.md`` for its tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from stemsync import codebook
from stemsync.config import Config
from stemsync.publish.build import PublishError, PublishReport, ReleaseRefused, publish
from stemsync.publish.comments import LazyDeidentifier, fingerprint
from stemsync.publish.settings import (MIN_K, PublishConfigError, PublishSettings, public_db_path,
                                       settings_from_config, settings_from_mapping)

__all__ = [
    "MIN_K", "LazyDeidentifier", "PublishConfigError", "PublishError", "PublishReport", "PublishSettings",
    "ReleaseRefused",
    "fingerprint", "lazy_deidentifier", "public_db_path", "publish", "publish_from_config", "settings_from_config",
    "settings_from_mapping",
]


def lazy_deidentifier(settings: PublishSettings) -> LazyDeidentifier:
    """The production de-identifier, loaded (deduce, ~10 s) only if a text is not cached."""
    names = {category: list(values) for category, values in settings.names.items()}

    def load():
        from stemsync.deidentify import Deidentifier
        return Deidentifier(cache_dir=settings.deduce_cache_dir(), extra_names=names)

    return LazyDeidentifier(load, fingerprint(names))


def publish_from_config(config: Config, raw: Path | None = None, out: Path | None = None,
                        progress: Callable[[str], None] | None = None, reissue: Iterable[str] = ()) -> PublishReport:
    """What ``stemsync publish`` does: settings from ``[publish]``, paths from options or config."""
    settings = settings_from_config(config)
    return publish(raw or config.require_db(), out or public_db_path(config), codebook.load_all(), settings,
                   lazy_deidentifier(settings), progress=progress, reissue=reissue)
