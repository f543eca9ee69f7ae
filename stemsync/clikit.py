"""What every ``stemsync`` command shares: configuration, the private database, one-line errors.

A new command group lives in its own module (``stemsync/commands/``), uses these helpers
and is registered with one line in ``stemsync/cli.py``::

    from stemsync.clikit import db_option, friendly_errors, get_config, open_private_db

    @click.command()
    @db_option
    @click.pass_context
    @friendly_errors
    def audit(ctx, db_path): ...
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Callable

import click

from stemsync import actions as actionsmod, codebook, deploy as deploymod, sync as syncmod
from stemsync.db import DatabaseError, open_db
from stemsync.limesurvey import LimeSurveyError
from stemsync.publish import PublishError
from stemsync.settings import Config, ConfigError, load_config

# stemsync's own errors: each becomes one line ``Error: ...`` (module errors may add theirs
# with ``register_error``).
EXPECTED_ERRORS: tuple[type[Exception], ...] = (ConfigError, LimeSurveyError, DatabaseError, deploymod.DeployError,
                                                syncmod.SyncAborted, actionsmod.ActionError, PublishError,
                                                codebook.CodebookError)
EXIT_CONFIG = 2  # the configuration (file, environment, options) cannot be used
EXIT_BUSY = 75  # EX_TEMPFAIL: another run holds the lock; cron may simply try again later


def register_error(*errors: type[Exception]) -> None:
    """Let ``friendly_errors`` turn these exceptions (whose message says what to do) into one line."""
    global EXPECTED_ERRORS
    EXPECTED_ERRORS = EXPECTED_ERRORS + tuple(e for e in errors if e not in EXPECTED_ERRORS)


class Failure(click.ClickException):
    """A one-line ``Error: ...`` with the exit code of its cause (2: configuration)."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message.splitlines()[0] if message.strip() else "failed")
        self.exit_code = exit_code


def friendly_errors(fn: Callable) -> Callable:
    """Turn stemsync's own exceptions into click errors (one line; exit 2 for configuration, else 1)."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ConfigError as exc:
            raise Failure(str(exc), EXIT_CONFIG) from None
        except codebook.CodebookError as exc:
            problems = exc.problems
            more = f" (and {len(problems) - 1} more: stemsync templates validate)" if len(problems) > 1 else ""
            raise Failure(problems[0] + more if problems else str(exc)) from None
        except EXPECTED_ERRORS as exc:
            raise Failure(str(exc), getattr(exc, "exit_code", 1)) from None
    return wrapper


def get_config(ctx: click.Context) -> Config:
    """The checked configuration of this invocation (read once, on first use)."""
    obj = ctx.find_root().ensure_object(dict)
    if "config" not in obj:
        obj["config"] = load_config(obj.get("config_path"))
    return obj["config"]


def db_option(fn: Callable) -> Callable:
    return click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                        help="Private SQLite database (default: STEMSYNC_DB or [database] raw).")(fn)


def open_private_db(ctx: click.Context, db_path: Path | None):
    return open_db(db_path or get_config(ctx).require_db())
