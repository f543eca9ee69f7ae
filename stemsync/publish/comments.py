"""Free-text answers: where a comment may be shown, and de-identifying it once.

**Where.** Placement follows what suppression showed: a comment is shown at its team
only when that team's figures (its number of questionnaires, all roles) for the
instrument and period are shown. Otherwise it is raised to the region, shown there only
when the region's figures are shown and the raised teams *together* had at least k
responses (so nobody can tell which small team it came from); otherwise it goes up to
the organisation on the same terms, and is withheld when even that fails. A comment
under a hidden team would tell that the team is not small (a protecting sibling), so
that never happens. A comment keeps its instrument, question, theme, period and unit,
and nothing else.

**Once.** De-identified text is cached in the *private* database, table
``publish_text_cache``, keyed by a SHA-256 of the de-identifier's fingerprint (its
code and data files, deduce's version and the organisation's names) and the raw text. A change to
any of those makes every key new, so old results are never reused. Entries not used
by a publication are deleted at its end, so the cache holds no text of deleted
responses for longer than one run.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any, Protocol

from stemsync.publish.units import UnitTree

CACHE_TABLE = "publish_text_cache"
BATCH = 500


class DeidentifierLike(Protocol):
    def deidentify_many(self, texts: Iterable[str]) -> list[Any]: ...


def place(group_sizes: Mapping[str, int], tree: UnitTree, k: int,
          shown: Collection[str] | None = None) -> dict[str, str | None]:
    """For one instrument and period: team unit id -> unit where its comments are shown
    (None: withheld). ``group_sizes`` holds the responses per team; ``shown`` the units
    whose figures are shown (None: every unit with at least k responses)."""
    children = tree.children()
    placed: dict[str, str | None] = {}

    def is_shown(uid: str, n: int) -> bool:
        return n >= k if shown is None else uid in shown

    def raise_from(uid: str) -> tuple[list[str], int]:
        """Teams under ``uid`` whose comments are not shown below it, and their pool."""
        unit = tree.units[uid]
        if uid not in children:  # a team
            n = group_sizes.get(uid, 0)
            if n and is_shown(uid, n):
                placed[uid] = uid
                return [], 0
            return ([uid], n) if n else ([], 0)
        teams, pool = [], 0
        for kid in children[uid]:
            kid_teams, kid_pool = raise_from(kid)
            teams += kid_teams
            pool += kid_pool
        if teams and pool >= k and (shown is None or uid in shown):
            placed.update((team, uid) for team in teams)
            return [], 0
        if unit.parent is None:
            placed.update((team, None) for team in teams)
        return teams, pool

    for root in sorted(uid for uid, unit in tree.units.items() if unit.parent is None):
        raise_from(root)
    return placed


# -- the de-identifier and its fingerprint ----------------------------------------


def fingerprint(names: Mapping[str, Sequence[str]] | None, use_deduce: bool = True) -> str:
    """What the output of :class:`stemsync.deidentify.Deidentifier` depends on."""
    from importlib import metadata

    from stemsync import deidentify
    from stemsync.deidentify.lists import dictionary_fingerprint

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "-"

    parts = {
        "code": deidentify.code_fingerprint(),  # every module and word list of the package
        "deduce": version("deduce") if use_deduce else "off",
        "docdeid": version("docdeid"),
        "phonenumbers": version("phonenumbers"),
        "wordfreq": version("wordfreq"),
        "gender-guesser": version("gender-guesser"),
        "english-words": version("english-words"),
        "dutch_words": dictionary_fingerprint(),  # /usr/share/dict/dutch (wdutch) or "missing"
        "names": {key: sorted(values) for key, values in sorted((names or {}).items())},
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


class LazyDeidentifier:
    """Builds the de-identifier (which loads deduce, ~10 s) only when a text is not cached."""

    def __init__(self, factory: Callable[[], DeidentifierLike], fingerprint: str):
        self._factory = factory
        self._instance: DeidentifierLike | None = None
        self.fingerprint = fingerprint

    @property
    def loaded(self) -> bool:
        return self._instance is not None

    def deidentify_many(self, texts: Iterable[str]) -> list[Any]:
        if self._instance is None:
            self._instance = self._factory()
        return self._instance.deidentify_many(texts)


def fingerprint_of(deidentifier: Any) -> str:
    explicit = getattr(deidentifier, "fingerprint", None)
    if isinstance(explicit, str):
        return explicit
    if hasattr(deidentifier, "extra_names") and hasattr(deidentifier, "use_deduce"):
        return fingerprint(deidentifier.extra_names, deidentifier.use_deduce)
    raise TypeError("the de-identifier needs a 'fingerprint' (text) so its results can be cached")


# -- the cache in the private database --------------------------------------------


class TextCache:
    def __init__(self, conn: sqlite3.Connection, fingerprint: str):
        self.conn = conn
        self.fingerprint = fingerprint
        conn.execute(f"create table if not exists {CACHE_TABLE} ("
                     "key text primary key, text text not null, kinds text not null, created_at text not null)")

    def key(self, raw: str) -> str:
        return hashlib.sha256(f"{self.fingerprint}\x00{raw}".encode()).hexdigest()

    def get(self, keys: Iterable[str]) -> tuple[dict[str, tuple[str, str]], set[str]]:
        """Cached (text, kinds) for ``keys``, and the cached keys not asked for (one scan: the
        table holds only what the last run used)."""
        wanted = set(keys)
        found, unused = {}, set()
        for key, text, kinds in self.conn.execute(f"select key, text, kinds from {CACHE_TABLE}"):
            if key in wanted:
                found[key] = (text, kinds)
            else:
                unused.add(key)
        return found, unused

    def put(self, rows: Iterable[tuple[str, str, str]], stamp: str) -> None:
        with self.conn:
            self.conn.executemany(
                f"insert or replace into {CACHE_TABLE} (key, text, kinds, created_at) values (?, ?, ?, ?)",
                [(key, text, kinds, stamp) for key, text, kinds in rows])

    def delete(self, keys: Iterable[str]) -> None:
        with self.conn:
            self.conn.executemany(f"delete from {CACHE_TABLE} where key = ?", ((key,) for key in keys))


def _kinds(result: Any) -> str:
    """Spans per kind; "_low": those found with low confidence, per kind (for the review's risk signals)."""
    found = getattr(result, "found", ())
    kinds: dict[str, Any] = dict(Counter(f.kind for f in found))
    low = Counter(f.kind for f in found if getattr(f, "confidence", "high") == "low")
    if low:
        kinds["_low"] = dict(low)
    return json.dumps(kinds, sort_keys=True)


def low_confidence(kinds: str) -> dict[str, int]:
    """The low-confidence findings per kind, from a cache entry's ``kinds``."""
    return json.loads(kinds).get("_low") or {}


def deidentify(texts: Sequence[str], cache: TextCache, deidentifier: DeidentifierLike, stamp: str,
               progress: Callable[[str], None] | None = None, kinds: list[str] | None = None
               ) -> tuple[list[str], Counter, int, int]:
    """De-identify ``texts`` through the cache; afterwards the cache holds exactly these texts.

    Returns the de-identified texts (same order), the redacted spans per kind, and how
    many distinct texts were new and how many came from the cache. ``kinds``, when
    given, receives each text's findings per kind (JSON, see :func:`_kinds`).
    """
    keys = [cache.key(t) for t in texts]
    known, unused = cache.get(keys)
    todo: dict[str, str] = {}
    for key, text in zip(keys, texts):
        if key not in known and key not in todo:
            todo[key] = text
    cached = len(known)
    items = list(todo.items())
    for start in range(0, len(items), BATCH):
        batch = items[start:start + BATCH]
        results = deidentifier.deidentify_many([text for _, text in batch])
        rows = [(key, result.text, _kinds(result)) for (key, _), result in zip(batch, results)]
        cache.put(rows, stamp)
        known.update((key, (text, kinds)) for key, text, kinds in rows)
        if progress:
            progress(f"de-identified {min(start + BATCH, len(items))} of {len(items)} new texts")
    cache.delete(unused)
    if kinds is not None:
        kinds.extend(known[key][1] for key in keys)
    redacted: Counter = Counter()
    for found, n in Counter(known[key][1] for key in keys).items():
        for kind, count in json.loads(found).items():
            if not kind.startswith("_"):
                redacted[kind] += count * n
    return [known[key][0] for key in keys], redacted, len(items), cached
