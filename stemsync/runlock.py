"""One sync at a time: an advisory lock file next to the private database.

Cron may start a run while the last one is still busy. The second run waits a little
for the lock, then gives up with :class:`Busy` (the CLI exits with code 75, EX_TEMPFAIL)
and touches nothing. The kernel drops the lock when a process dies, so a killed run
never leaves a stale lock behind.

The lock is keyed on the database *file*, not on the path as given: a symlink, a
relative path or ``..`` in it lead to the same ``<resolved file>.lock``.
"""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class Busy(Exception):
    """Another run holds the lock."""


def lock_path_for(db_path: Path | str) -> Path:
    """``<the database file, symlinks and relative parts resolved>.lock``."""
    return Path(f"{Path(db_path).expanduser().resolve()}.lock")


@contextmanager
def run_lock(db_path: Path, wait: float = 10.0, poll: float = 0.2) -> Iterator[Path]:
    lock_path = lock_path_for(db_path)
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise OSError(f"cannot create the lock file {lock_path}: {exc.strerror}") from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise Busy(f"another stemsync run holds {lock_path}; this run stops without changing anything "
                               "(if it keeps happening, a sync takes longer than the cron interval)") from None
                time.sleep(poll)
        yield lock_path
    finally:
        os.close(fd)  # closing releases the lock
