"""Organisational units: the team in a survey link, its region and organisation.

The team field (the context field with ``team: true``) comes from the survey link and
may hold anything someone typed into a URL. Only teams in the configured hierarchy are
published under their own name; every other value (and a link without a team) is
counted as the team ``onbekend`` in the region ``onbekend``. A link value used by one respondent therefore never becomes a
unit, and no typed-in value (``?TEAM=jan de vries 0612345678``) is ever shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from stemsync.publish.settings import Hierarchy

TEAM = "team"
REGION = "regio"
ORGANISATION = "organisatie"
LEVELS = (TEAM, REGION, ORGANISATION)
UNKNOWN = "onbekend"

# A unit name the portal may show: letters, digits, spaces and - _ . ' &, at most 40,
# and no run of five or more digits.
_PLAIN_NAME = re.compile(r"^(?!.*\d{5})[^\W_][\w .'&-]{0,39}\Z")


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    level: str
    parent: str | None


def unit_id(level: str, name: str) -> str:
    return f"{level}:{name}"


@dataclass
class UnitTree:
    units: dict[str, Unit] = field(default_factory=dict)
    team_of_value: dict[str | None, str] = field(default_factory=dict)
    unknown_teams: int = 0       # distinct team values outside the hierarchy, counted as team 'onbekend'
    withheld_team_names: int = 0  # of those, how many look identifying or are not a plain name

    def add(self, level: str, name: str, parent: str | None) -> str:
        uid = unit_id(level, name)
        self.units.setdefault(uid, Unit(uid, name, level, parent))
        return uid

    def ancestors(self, uid: str) -> list[str]:
        """The unit and every unit above it."""
        chain = []
        current: str | None = uid
        while current is not None:
            chain.append(current)
            current = self.units[current].parent
        return chain

    def children(self) -> dict[str, list[str]]:
        kids: dict[str, list[str]] = {}
        for unit in self.units.values():
            if unit.parent is not None:
                kids.setdefault(unit.parent, []).append(unit.id)
        return {parent: sorted(ids) for parent, ids in kids.items()}

    def rows(self) -> list[dict]:
        order = {level: i for i, level in enumerate(reversed(LEVELS))}
        ordered = sorted(self.units.values(), key=lambda u: (order[u.level], u.name.casefold(), u.id))
        return [{"id": u.id, "name": u.name, "level": u.level, "parent": u.parent, "position": i}
                for i, u in enumerate(ordered)]


def _region(tree: UnitTree, hierarchy: Hierarchy, region: str) -> str:
    organisation = hierarchy.organisation_of(region)
    org_id = tree.add(ORGANISATION, organisation, None)
    return tree.add(REGION, region, org_id)


def build_units(hierarchy: Hierarchy, team_values: Iterable[str | None],
                looks_identifying: Callable[[str], bool]) -> UnitTree:
    """The unit tree for the configured hierarchy plus the team values seen in the data.

    ``team_of_value`` maps every seen value (``None`` for no team) to a team unit id.
    """
    tree = UnitTree()
    known = {name.casefold(): (name, region) for name, region in hierarchy.teams.items()}
    for name, region in hierarchy.teams.items():
        tree.add(TEAM, name, _region(tree, hierarchy, region))
    for region in hierarchy.regions:
        _region(tree, hierarchy, region)
    unknown_region: str | None = None
    for value in sorted(set(team_values), key=lambda v: (v is None, v or "")):
        cleaned = value.strip() if value else ""
        if cleaned.casefold() in known:
            tree.team_of_value[value] = unit_id(TEAM, known[cleaned.casefold()][0])
            continue
        unknown_region = unknown_region or _region(tree, hierarchy, UNKNOWN)
        tree.team_of_value[value] = tree.add(TEAM, UNKNOWN, unknown_region)
        if cleaned:
            tree.unknown_teams += 1
            if not _PLAIN_NAME.match(cleaned) or looks_identifying(cleaned):
                tree.withheld_team_names += 1
    return tree
