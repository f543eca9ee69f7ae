"""What is found: the kinds (tags), a Finding per redacted span, the Result of a text."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# --------------------------------------------------------------------------- kinds

# Kind -> specificity. The longest span of an overlap cluster wins; equal lengths go
# to the higher number here. The tag written into the text is ``[kind]``.
KINDS: dict[str, int] = {
    "medewerker": 100,
    "team": 99,
    "locatie": 98,
    "organisatie": 97,
    "e-mailadres": 90,
    "account": 86,
    "url": 85,
    "iban": 84,
    "bsn": 83,
    "telefoonnummer": 82,
    "kenteken": 81,
    "postcode": 80,
    "zaaknummer": 79,
    "adres": 70,
    "datum": 65,
    "school": 60,
    "instelling": 58,
    "naam": 50,
    "plaats": 40,
    "leeftijd": 30,
    "nummer": 10,
}

# Configuration category -> kind. Canonical kind names are accepted as well.
EXTRA_NAME_CATEGORIES: dict[str, str] = {
    "staff": "medewerker",
    "medewerkers": "medewerker",
    "employees": "medewerker",
    "teams": "team",
    "team": "team",
    "locations": "locatie",
    "locaties": "locatie",
    "partners": "organisatie",
    "organisations": "organisatie",
    "organizations": "organisatie",
    "organisaties": "organisatie",
    "schools": "school",
    "scholen": "school",
    "institutions": "instelling",
    "instellingen": "instelling",
    "names": "naam",
    "namen": "naam",
    "places": "plaats",
    "plaatsen": "plaats",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One redacted span: its kind, character offsets in the *original* text, how sure
    the annotator was (``"high"`` or ``"low"``: a name guessed from its context or a
    weak pattern), and the original span text.

    ``text`` is personal data: it is left out of ``repr()`` (so a Finding or Result can
    be logged) and must never be written anywhere public. It is there for the staff
    review of the private queue.
    """

    kind: str
    start: int
    end: int
    confidence: str = "high"
    text: str = field(default="", repr=False)

    @property
    def tag(self) -> str:
        return f"[{self.kind}]"


@dataclass(frozen=True, slots=True)
class Result:
    """Outcome of de-identifying one text."""

    text: str
    found: tuple[Finding, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """Number of redacted spans per kind."""
        return dict(Counter(f.kind for f in self.found))

    @property
    def changed(self) -> bool:
        return bool(self.found)

    @property
    def low_confidence(self) -> tuple[Finding, ...]:
        """The findings an annotator was not sure of (for the review queue)."""
        return tuple(f for f in self.found if f.confidence == "low")
