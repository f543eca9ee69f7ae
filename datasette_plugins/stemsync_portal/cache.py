"""A small cache of computed pages, per database file.

The portal opens the public database immutable, so a page computed once stays right
as long as Datasette reads that file. The key holds the file's path, size, mtime and
inode as the Datasette database first saw them: a new publication is read by a new
Datasette (``stemsync serve`` restarts itself), whose keys are new.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

MAX_ENTRIES = 512

_lock = threading.Lock()
_entries: OrderedDict[Hashable, Any] = OrderedDict()


def file_identity(path: str | None) -> tuple:
    """(path, size, mtime_ns, inode) of the database file; (path,) if it cannot be read."""
    if not path:
        return ("memory",)
    try:
        st = os.stat(path)
    except OSError:
        return (path,)
    return (path, st.st_size, st.st_mtime_ns, st.st_ino)


def get(key: Hashable) -> Any | None:
    with _lock:
        if key in _entries:
            _entries.move_to_end(key)
            return _entries[key]
    return None


def put(key: Hashable, value: Any) -> None:
    with _lock:
        _entries[key] = value
        _entries.move_to_end(key)
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)


def clear() -> None:
    with _lock:
        _entries.clear()


def cached(key: Hashable, compute: Callable[[], Any]) -> Any:
    """The value for ``key``, computing (and keeping) it if needed."""
    value = get(key)
    if value is None:
        value = compute()
        put(key, value)
    return value
