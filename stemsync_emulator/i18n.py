"""The few LimeSurvey interface strings that appear in RPC answers.

* ``get_fieldmap`` labels the fixed columns in the *admin* language, which
  RemoteControl sessions set to English ("Response ID", "Date submitted", …;
  recording 01 #9), whatever the survey language.
* ``export_responses`` with heading ``full`` uses the *export* language
  (recording 01 #24: "Respons-ID", "Datum verzonden", "Laatste pagina",
  "Begin taal", "Plaats" for the seed, "Startdatum", "Datum laatste actie"),
  and response type ``long`` translates Yes/No/N/A ("Ja", "Nee", "N/A").

Only Dutch and English are known; other languages fall back to English.
The Dutch strings not seen in the recordings ("Toegangscode", "IP-adres",
"Verwijzende URL", "Weet niet", …) are LimeSurvey's Dutch translations as far
as known, not measured.
"""

from __future__ import annotations

SPECIAL_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "id": "Response ID",
        "submitdate": "Date submitted",
        "lastpage": "Last page",
        "startlanguage": "Start language",
        "seed": "Seed",
        "token": "Access code",
        "startdate": "Date started",
        "datestamp": "Date last action",
        "ipaddr": "IP address",
        "refurl": "Referrer URL",
    },
    "nl": {
        "id": "Respons-ID",
        "submitdate": "Datum verzonden",
        "lastpage": "Laatste pagina",
        "startlanguage": "Begin taal",
        "seed": "Plaats",
        "token": "Toegangscode",
        "startdate": "Startdatum",
        "datestamp": "Datum laatste actie",
        "ipaddr": "IP-adres",
        "refurl": "Verwijzende URL",
    },
}

WORDS: dict[str, dict[str, str]] = {
    "en": {},
    "nl": {
        "Yes": "Ja",
        "No": "Nee",
        "N/A": "N/A",
        "Uncertain": "Weet niet",
        "Increase": "Toename",
        "Same": "Gelijk",
        "Decrease": "Afname",
        "Male": "Man",
        "Female": "Vrouw",
        "Other": "Anders",
    },
}


def special_label(name: str, lang: str) -> str:
    """Label of a fixed response column (id, submitdate, …) in ``lang``."""
    return SPECIAL_LABELS.get(lang, SPECIAL_LABELS["en"]).get(name, SPECIAL_LABELS["en"].get(name, name))


def word(text: str, lang: str) -> str:
    """Translate one of LimeSurvey's answer words (Yes, No, N/A, …)."""
    return WORDS.get(lang, {}).get(text, text)
