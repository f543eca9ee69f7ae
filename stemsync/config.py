"""Configuration: kept for existing imports; everything lives in :mod:`stemsync.settings`."""

from stemsync.settings import (CONFIG_ENV, DEFAULT_CONFIG, SCHEMA, Config, ConfigError, Key, Secret, Section,
                               load_config)

__all__ = ["CONFIG_ENV", "DEFAULT_CONFIG", "SCHEMA", "Config", "ConfigError", "Key", "Secret", "Section",
           "load_config"]
