"""When is a difference a difference? Tests on the published distributions.

The public database holds, per shown group, how often each answer was given
(``distribution``). From those counts this module computes a group's mean, its spread
and the uncertainty of the mean, and tests two groups against each other:

* **means** (scale questions): Welch's t-test (``scipy.stats.ttest_ind_from_stats``,
  unequal variances), which accounts for the number of answers on both sides;
* **yes/no shares**: Fisher's exact test on the 2×2 table (``scipy.stats.fisher_exact``),
  exact also for small groups.

Two-sided, at the level :data:`ALPHA` (5 %). When one sentence or list picks the notable
ones out of several comparisons (all questions of a questionnaire, all themes between
roles), the p-values of that family are corrected with Holm's method (:func:`holm`), so
the chance of calling any one of them a change while nothing changed stays at 5 %.

The uncertainty of a mean is its 95 % confidence interval (``t`` distribution with
n − 1 degrees of freedom), drawn as whiskers in the charts.

Plain functions, no Datasette: tested in ``tests/test_portal_stats.py``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from scipy import stats as sps

ALPHA = 0.05
CONFIDENCE = 0.95
FEW_FACTOR = 2  # a group of fewer than FEW_FACTOR × k answers has 'weinig antwoorden'


@dataclass(frozen=True)
class Summary:
    """A group's answers on a numeric scale: how many, the mean and the sample standard deviation."""

    n: int
    mean: float
    sd: float

    @property
    def margin(self) -> float | None:
        """Half the width of the 95 % confidence interval of the mean (None for fewer than 2 answers)."""
        if self.n < 2:
            return None
        return float(sps.t.ppf(0.5 + CONFIDENCE / 2, self.n - 1)) * self.sd / math.sqrt(self.n)

    @property
    def interval(self) -> tuple[float, float] | None:
        m = self.margin
        return None if m is None else (self.mean - m, self.mean + m)


def summarise(counts: Mapping[float, int]) -> Summary | None:
    """From value -> count (e.g. {7: 3, 8: 5}) to n, mean and sd; None without answers."""
    n = sum(c for c in counts.values() if c)
    if n == 0:
        return None
    mean = sum(v * c for v, c in counts.items()) / n
    var = sum(c * (v - mean) ** 2 for v, c in counts.items()) / (n - 1) if n > 1 else 0.0
    return Summary(n, mean, math.sqrt(var))


@dataclass(frozen=True)
class Comparison:
    """Group b (e.g. now) against group a (e.g. the previous period)."""

    a: float          # mean or share of a
    b: float          # mean or share of b
    p: float          # two-sided p-value of the test (before any correction)
    p_adjusted: float | None = None  # after Holm's correction within its family

    @property
    def diff(self) -> float:
        return self.b - self.a

    @property
    def beyond_chance(self) -> bool:
        """True when the difference is larger than chance can give (at ALPHA, after correction)."""
        p = self.p if self.p_adjusted is None else self.p_adjusted
        return p < ALPHA

    @property
    def direction(self) -> int:
        """+1 up, -1 down, 0 about the same (not beyond chance)."""
        if not self.beyond_chance or self.diff == 0:
            return 0
        return 1 if self.diff > 0 else -1


def compare_means(a: Summary | None, b: Summary | None) -> Comparison | None:
    """Welch's t-test of two groups' means; None when a group has fewer than 2 answers."""
    if a is None or b is None or a.n < 2 or b.n < 2:
        return None
    if a.sd == 0 and b.sd == 0:
        p = 1.0 if a.mean == b.mean else 0.0  # no spread at all: any difference is real
    else:
        p = float(sps.ttest_ind_from_stats(a.mean, a.sd, a.n, b.mean, b.sd, b.n, equal_var=False).pvalue)
    return Comparison(a.mean, b.mean, p)


def compare_shares(yes_a: int, n_a: int, yes_b: int, n_b: int) -> Comparison | None:
    """Fisher's exact test of two shares (e.g. 'yes'); shares in percent; None for an empty group."""
    if n_a <= 0 or n_b <= 0:
        return None
    p = float(sps.fisher_exact([[yes_a, n_a - yes_a], [yes_b, n_b - yes_b]]).pvalue)
    return Comparison(100 * yes_a / n_a, 100 * yes_b / n_b, p)


def holm(comparisons: Sequence[Comparison | None]) -> list[Comparison | None]:
    """The same comparisons with Holm-corrected p-values (one family); None stays None."""
    present = sorted((c.p, i) for i, c in enumerate(comparisons) if c is not None)
    m = len(present)
    out: list[Comparison | None] = list(comparisons)
    running = 0.0
    for rank, (p, i) in enumerate(present):
        running = max(running, min(1.0, (m - rank) * p))
        c = comparisons[i]
        assert c is not None
        out[i] = Comparison(c.a, c.b, c.p, running)
    return out


def few(n: int | None, k: int | None) -> bool:
    """A group just above the publication's k: fewer than FEW_FACTOR × k answers."""
    return bool(n is not None and k and n < FEW_FACTOR * k)
