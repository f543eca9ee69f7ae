"""Slowing down password guessing: per account name and per client address.

Each failed login counts against the name that was tried (known or not: the same
rules, so the throttle tells nothing about which names exist) and against the
address it came from. After a few free failures every further attempt has to wait
longer (1, 2, 4, 8 ... seconds), and after too many the key is locked for a while.
While a key waits or is locked, attempts are refused without checking the password
(no hashing work for the attacker to cause). A successful login clears the account's
count; counts are forgotten after a quiet period. Plain functions and a small class,
tested without Datasette.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass

from stemsync_portal.i18n import _


@dataclass(frozen=True)
class Policy:
    free: int            # failures before any delay
    lock_after: int      # failures that lock the key
    lock_seconds: float  # how long a lock lasts (and how long a quiet key keeps its count)
    max_delay: float = 60.0

    def delay(self, failures: int) -> float:
        """Seconds to wait after ``failures`` failures (0 while still free)."""
        if failures < self.free:
            return 0.0
        return min(self.max_delay, 2.0 ** (failures - self.free))


ACCOUNT = Policy(free=3, lock_after=10, lock_seconds=15 * 60)
ADDRESS = Policy(free=10, lock_after=30, lock_seconds=15 * 60)
MAX_KEYS = 20_000


@dataclass
class Entry:
    failures: int = 0
    last: float = 0.0


@dataclass(frozen=True)
class Refusal:
    seconds: int   # wait at least this long
    locked: bool   # True: a lock (too many failures), False: a growing delay

    def message(self) -> str:
        if self.locked:
            minutes = max(1, round(self.seconds / 60))
            if minutes == 1:
                return _("Er is te vaak een verkeerd wachtwoord ingevuld. Inloggen is daarom 1 minuut geblokkeerd. "
                         "Probeer het daarna opnieuw, of vraag de contactpersoon van de cliëntenraad om hulp.")
            return _("Er is te vaak een verkeerd wachtwoord ingevuld. Inloggen is daarom {minutes} minuten "
                     "geblokkeerd. Probeer het daarna opnieuw, of vraag de contactpersoon van de cliëntenraad om "
                     "hulp.").format(minutes=minutes)
        if self.seconds == 1:
            return _("Er is een paar keer een verkeerd wachtwoord ingevuld. Wacht 1 seconde en probeer het dan "
                     "opnieuw.")
        return _("Er is een paar keer een verkeerd wachtwoord ingevuld. Wacht {seconds} seconden en probeer het "
                 "dan opnieuw.").format(seconds=self.seconds)


class Throttle:
    def __init__(self, policies: dict[str, Policy] | None = None, clock=time.monotonic):
        self.policies = policies or {"account": ACCOUNT, "address": ADDRESS}
        self.clock = clock
        self.entries: OrderedDict[tuple[str, str], Entry] = OrderedDict()

    def _entry(self, kind: str, key: str) -> Entry | None:
        entry = self.entries.get((kind, key))
        if entry is not None and self.clock() - entry.last > self.policies[kind].lock_seconds:
            del self.entries[(kind, key)]
            return None
        return entry

    def check(self, keys: dict[str, str]) -> Refusal | None:
        """A refusal if any key (``{"account": name, "address": ip}``) must wait or is locked."""
        worst: Refusal | None = None
        now = self.clock()
        for kind, key in keys.items():
            entry = self._entry(kind, key)
            if entry is None:
                continue
            policy = self.policies[kind]
            if entry.failures >= policy.lock_after:
                wait, locked = entry.last + policy.lock_seconds - now, True
            else:
                wait, locked = entry.last + policy.delay(entry.failures) - now, False
            if wait > 0:
                refusal = Refusal(max(1, int(wait + 0.999)), locked)
                if worst is None or (refusal.locked, refusal.seconds) > (worst.locked, worst.seconds):
                    worst = refusal
        return worst

    def failed(self, keys: dict[str, str]) -> None:
        now = self.clock()
        for kind, key in keys.items():
            entry = self._entry(kind, key) or Entry()
            entry.failures += 1
            entry.last = now
            self.entries[(kind, key)] = entry
            self.entries.move_to_end((kind, key))
        while len(self.entries) > MAX_KEYS:
            self.entries.popitem(last=False)

    def succeeded(self, keys: dict[str, str]) -> None:
        """A right password clears the account's count (not the address's: one known
        password must not buy unlimited guesses at other accounts)."""
        for kind, key in keys.items():
            if kind == "account":
                self.entries.pop((kind, key), None)

    def failures(self, kind: str, key: str) -> int:
        entry = self._entry(kind, key)
        return entry.failures if entry else 0
