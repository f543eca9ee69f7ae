"""Write stemsync/deidentify/data/world_months.txt, world_weekdays.txt, world_year_words.txt, language_names.txt,
world_countries.txt and countries_chinese.txt: the month and weekday names and the word for "years" of every language
CLDR knows, the names of languages in Dutch, countries in the scripts other than Latin, and countries and languages in
Chinese, from Babel.

Run by hand from a source checkout (``pip install babel wordfreq``; Babel is needed here only, never at run time):

    python3 scripts/data/build_world_calendar.py

The de-identifier reads the list to find a date written in any language beside a day number ("14 กุมภาพันธ์",
"5 března", "12 ஜனவரி", "5 tháng 3"). Kept: the wide names (format and stand-alone) of every language and script
CLDR has, and the abbreviated ones of the scripts other than Latin; left out: names of fewer than three letters
(two in scripts other than Latin) and names that are frequent Dutch or English words (wordfreq Zipf >= 3.0: "mars",
"leden", "may"), whose Dutch and English months the date rules read themselves.

world_weekdays.txt: the weekday names (wide, format and stand-alone) of the scripts other than Latin; a name found
in another script that is a weekday or a month ("την Τρίτη", "τον Μάρτιο") is no name (Latin weekdays and months are
names too: "Julio", "Abril").
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import babel
import wordfreq
from babel.dates import get_day_names, get_month_names
from babel.localedata import locale_identifiers

# languages with a three-letter code only that families in the Netherlands speak (Cantonese, Filipino, Sorani,
# Papiamentu, Sranantongo, Tamazight, Kabyle, Tigre, Dari): the others of three letters are often names too ("Bini")
_WIDE_LANGUAGES = frozenset({"yue", "fil", "ckb", "pap", "srn", "tzm", "kab", "tig", "prs", "kmr", "zgh", "hak", "nan",
                             # (forty-eighth session) West African, South Sudanese, Horn, South Asian and Berber
                             # languages families here speak: Krio, Timne, Mende, Kpelle, Soninke, Serer, Jola-Fonyi,
                             # Dinka, Nuer, Sidamo, Wolaytta, Bhojpuri, Maithili, Konkani, Tulu, Cebuano, Rohingya,
                             # Zaza, Riffijns, Tashelhiyt
                             "kri", "tem", "men", "kpe", "snk", "srr", "dyo", "din", "nus", "sid", "wal", "bho", "mai",
                             "kok", "tcy", "ceb", "rhg", "zza", "rif", "shi"})
# languages CLDR has under another name or not at all, as families write them (forty-eighth session, from general
# knowledge): "Temne" (CLDR "Timne"), "Mandinka", the names of Fula, Acholi, Lugbara, Shilluk, Zande, Juba Arabic,
# West Frisian
_MORE_LANGUAGES = frozenset({"temne", "mandinka", "fula", "fulani", "fulfulde", "pulaar", "acholi", "lugbara", "shilluk",
                             "zande", "juba-arabisch", "westfries", "west-fries",
                             # (forty-ninth session) the Maroon and Indigenous languages of Suriname and their adjectives
                             "ndyuka", "okanisi", "aukaans", "aukaanse", "saramaccaans", "saramaccaanse", "saramakka",
                             "kaliña", "karaïbs", "lokono", "arowaks", "matawai", "paramaccaans",
                             # (fiftieth session) Angola's Umbundu and Kimbundu, the Pomaks and their language
                             "umbundu", "kimbundu", "pomak", "pomaks", "pomakse",
                             # (fifty-first session) Dutch dialects as their speakers name them ("Grunnings", "Zeeuws",
                             # "Kirchroads"), Iran's Gilaki and Mazandarani, and "Bahasa" (Indonesian, Malay)
                             "gronings", "grunnings", "grunnegs", "zeeuws", "zeêuws", "kerkraads", "kirchroads",
                             "kirchröadsj", "brabants", "twents", "drents", "achterhoeks", "sallands", "stellingwerfs",
                             "veluws", "maastrichts", "mestreechs", "venloos", "heerlens", "gilaki", "mazandarani",
                             "bahasa",
                             # (fifty-second session) the English names families write for Nepali and Bengali, Cameroon's
                             # Pidgin and Camfranglais, and Uyghur as the Dutch spell it
                             "nepali", "bengali", "bangla", "pidgin", "camfranglais", "oeigoers", "oeigoerse",
                             # (fifty-third session) Limburg's and Brabant's town dialects as their speakers name them, and
                             # the Kurdish of Duhok
                             "zittesj", "zittards", "sittards", "remunjs", "roermonds", "venloos", "valkenburgs",
                             "badini", "bahdini"})
# month names that are frequent words of the languages families write ("moja" Polish my, Swahili one; "masa"
# Indonesian time; "uti", "medi", "mih", "mey", "jona"): a figure before them is no day
_NOT_MONTHS = frozenset({"moj", "moja", "masa", "medi", "uti", "mih", "mey", "jona"})
# month names families write that CLDR does not hold (forty-third session, from general knowledge of the languages):
# Sinhala's everyday months taken from English (CLDR has the traditional ones: "ජූලි" for "ඇසළ"), Tamil's short
# forms, and Cape Verdean Kriolu as it is written beside the ALUPEC spelling CLDR has ("dizembru" for "dizenbru")
_COLLOQUIAL_MONTHS = frozenset("""ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් අප්රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර්
නොවැම්බර් දෙසැම්බර් janeiru fevereiru fevereru marsu marçu maiu junhu julhu agostu setembru otubru outubru novembru
dizembru
janvye fevriye fevrye avril jiyè jiye dawout septanm sektanm oktòb oktob novanm desanm
maj
muharram moharram ramadan ramadhan ramazan ramzan shawwal sjawal shaban shaaban rajab dhulhijja
محرم رجب شعبان رمضان شوال
hatour hator kiahk kiyahk koiak touba tobi amshir baramhat baramouda bashans pashons baouna paoni
هاتور كيهك طوبة أمشير برمهات برمودة بشنس بؤونة
yanayer yanayir febrayir ebril yonyo yunyu yolyo yulyu aghostos aghustus oghostos sebtamber septamber oktobar
novamber nofamber desamber disamber
kanoun kanun shbat sbat ayyar ayar hzeiran hziran tammuz tamouz aylul ayloul eylul tishreen teshreen""".split()) | {
    "kanoun el tani", "kanoun el awwal", "kanun el tani", "kanun el awwal", "tishreen el awwal", "tishreen el tani",
    "teshreen el awwal", "teshreen el tani"}
# (forty-fifth session: the months of the Islamic calendar Muslim families date by ("fi 3 ramadan kwam de politie",
# "١٢ رمضان"), of the Coptic calendar ("29 Kiahk", Coptic Christmas), and the Gregorian months as Egyptian and
# Levantine Arabic write them in Latin letters ("20 aghostos 2006", "10 yonyo 2012", "5 nisan"); and "maj" (Albanian,
# Polish, Swedish May: "3 maj 2014"), which English's "Maj." keeps off the list above. Left out: "safar" and "صفر"
# (also "journey" and "zero"), "baba" and "tout" (Coptic months that are "dad" and "all"), "ab" (two letters).)
# (forty-fourth session: Haitian Creole, which CLDR does not hold: "20 desanm 2021", "14 oktòb"; not "mas", March,
# which is Spanish "más" without its accent)
DATA = Path(__file__).resolve().parents[2] / "stemsync" / "deidentify" / "data"
OUT = DATA / "world_months.txt"
DAYS = DATA / "world_weekdays.txt"
LANGS = DATA / "language_names.txt"
YEARS = DATA / "world_year_words.txt"
CHINESE = DATA / "countries_chinese.txt"
DUTCH_COUNTRIES = DATA / "countries_cldr_nl.txt"
ENGLISH_COUNTRIES = DATA / "countries_cldr_en.txt"
COUNTRIES = DATA / "world_countries.txt"


def latin(word: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in word if ch.isalpha())


def _write(path: Path, head: str, items: set[str]) -> None:
    path.write_text(head + "\n" + "\n".join(sorted(items)) + "\n", encoding="utf-8")
    print(f"{len(items)} entries -> {path}", file=sys.stderr)


def _months(locales: list[str]) -> set[str]:
    forms: set[str] = set(_COLLOQUIAL_MONTHS)
    for ident in locales:
        for width, context in (("wide", "format"), ("wide", "stand-alone"),
                               ("abbreviated", "format"), ("abbreviated", "stand-alone")):
            for name in get_month_names(width, context, locale=ident).values():
                low = name.lower().strip()
                if width == "abbreviated" and latin(low):
                    continue
                for form in {low, low.rstrip(".")}:
                    letters = sum(ch.isalpha() for ch in form)
                    if letters < (3 if latin(form) else 2) or any(ch.isdigit() for ch in form) and " " not in form:
                        continue  # ("1月", "3월": the CJK and Korean day-month rules read them with their day)
                    if wordfreq.zipf_frequency(form, "nl") >= 3.0 or wordfreq.zipf_frequency(form, "en") >= 3.0 \
                            or form in _NOT_MONTHS:
                        continue
                    forms.add(form)
    return forms


def _weekdays(locales: list[str]) -> set[str]:
    days: set[str] = set()
    for ident in locales:
        for context in ("format", "stand-alone"):
            for name in get_day_names("wide", context, locale=ident).values():
                low = name.lower().strip()
                if not latin(low) and sum(ch.isalpha() for ch in low) >= 2:
                    days.add(low)
    return days


def _years(locales: list[str]) -> set[str]:
    """The word for "years" after a count (or before it, as Sinhala and Swahili write it) in every language: "anni",
    "anos", "ஆண்டுகள்", "шо"; as "after<TAB>word" or "before<TAB>word". Left out: words shorter than three letters
    ("il", "an", "y"), abbreviations with a dot, and frequent Dutch or English words (Zipf >= 3.0)."""
    from babel.units import format_unit  # noqa: PLC0415

    rows: set[str] = set()
    for ident in locales:
        for n in (2, 5, 12):
            for length in ("long", "short"):
                try:
                    text = format_unit(n, "duration-year", locale=ident, length=length)
                except Exception:  # noqa: BLE001 - a locale without the unit
                    continue
                text = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
                num = str(n)
                if text.startswith(num):
                    side, word = "after", text[len(num):].strip()
                elif text.endswith(num):
                    side, word = "before", text[: -len(num)].strip()
                else:
                    continue
                word = word.lower()
                if len(word) < 3 or "." in word or any(ch.isdigit() for ch in word) \
                        or wordfreq.zipf_frequency(word, "nl") >= 3.0 or wordfreq.zipf_frequency(word, "en") >= 3.0:
                    continue
                rows.add(f"{side}\t{word}")
    return rows


def _languages() -> set[str]:
    return {name.lower() for code, name in babel.Locale.parse("nl").languages.items()
            if (len(code) == 2 or code in _WIDE_LANGUAGES) and len(name) >= 4} | _MORE_LANGUAGES


def _world_countries(locales: list[str]) -> set[str]:
    """Countries and regions in the scripts other than Latin ("нидерланды", "ελλάδα", "ჰოლანდია" is not CLDR's: its
    "ნიდერლანდები" is), lowercased, of three letters or more."""
    out: set[str] = set()
    for ident in locales:
        for code, name in babel.Locale.parse(ident).territories.items():
            low = name.lower().strip()
            if not code.isdigit() and not latin(low) and sum(ch.isalpha() for ch in low) >= 3 and " " not in low:
                out.add(low)
    return out


# CLDR's territories that are no country ("Verenigde Naties", a street's name too: "Laan der Verenigde Naties";
# "Europese Unie", "eurozone", "Oceanië (overige)", "onbekend gebied") and the city states, which are towns too
# ("relocation from Singapore")
_NO_COUNTRIES = frozenset({"UN", "EU", "EZ", "QO", "ZZ", "XA", "XB", "SG", "MC", "VA", "HK", "MO", "GI", "SM"})


# English names of countries that are a first name the lists lack ("mn zusje Kenya"); Dutch writes the country "Kenia"
_ENGLISH_NOT_COUNTRIES = frozenset({"kenya"})


def _dutch_countries(ident: str = "nl") -> set[str]:
    """Every country and territory in Dutch ("malta", "kaapverdië", "tsjetsjenië" is no country: not here), lowercased,
    also without its diaeresis ("kaapverdie"); left out: names on stemsync's first-name, surname or place lists
    ("georgië" stays, "jordan" is a name). With ``ident="en"`` the same in English ("new zealand", "st. lucia" also as
    "st lucia" and "saint lucia", "trinidad & tobago" as "trinidad and tobago"; not a city abroad, "armenia" is one in
    Colombia, nor the first names of _ENGLISH_NOT_COUNTRIES)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from stemsync.deidentify.lists import _name_lists, plain, world_cities  # noqa: PLC0415

    names = _name_lists()
    out: set[str] = set()
    for code, name in babel.Locale.parse(ident).territories.items():
        low = name.lower().strip()
        if ident == "en" and ("&" in low or low.startswith("st. ")):
            low = low.replace(" & ", " and ")
            if low.startswith("st. "):
                out |= {f"st {low[4:]}", f"saint {low[4:]}"} - names.places
        if code.isdigit() or code in _NO_COUNTRIES or "&" in low or "," in low or "-" in low and ident == "en":
            continue
        # (forty-fourth session) a name with its other name in brackets gives both: "Myanmar (Birma)"; not a region
        # named by what it is in ("Oceanië (overige)")
        forms = {low}
        if "(" in low:
            head, _, rest = low.partition("(")
            other = rest.rstrip(")").strip()
            if other in {"overige"} or " " in other:
                continue
            forms = {head.strip(), other}
        for form in {f for low in forms for f in (low, plain(low))}:
            if form not in names.first_any and form not in names.surnames_all and form not in names.places \
                    and (ident != "en" or form not in world_cities()[0] and form not in _ENGLISH_NOT_COUNTRIES):
                out.add(form)
    return out


def _chinese_countries() -> set[str]:
    out: set[str] = set()
    for ident in ("zh", "zh_Hant", "yue", "yue_Hans"):
        locale = babel.Locale.parse(ident)
        out |= {name for code, name in locale.territories.items() if not code.isdigit()}
        out |= {name for code, name in locale.languages.items() if len(code) <= 3}
    return out


def main() -> int:
    locales = sorted(i for i in locale_identifiers() if "_" not in i or i.split("_")[1].istitle() and len(i.split("_")[1]) == 4)
    cldr = f"CLDR (Unicode Common Locale Data Repository) through Babel {babel.__version__}"
    generated = "Generated by scripts/data/build_world_calendar.py; do not edit by hand. Licence: Unicode License v3 (CLDR data)."
    _write(OUT, f"# Month names of every language and script in {cldr} ({len(locales)} locales), lowercased: wide names, "
           "and abbreviated names of the scripts other than Latin. Left out: names shorter than three letters (two "
           "outside Latin), names with figures written without a space (CJK, Korean: read by their own rules), "
           "frequent Dutch or English words (wordfreq Zipf >= 3.0) and a few frequent words of other languages (moja, "
           f"masa, uti); also the regional locales' names (Algerian and Tunisian Arabic \"أفريل\") and a few everyday "
           f"names CLDR does not hold (Sinhala \"ජූලි\", Kriolu \"dizembru\"), with the months of the Islamic and Coptic "
           f"calendars and Arabic's months in Latin letters (\"ramadan\", \"kiahk\", \"yonyo\"). {generated}",
           _months(sorted(locale_identifiers())))
    _write(DAYS, f"# Weekday names of every language in {cldr} ({len(locales)} locales) written in a script other than "
           f"Latin, lowercased, wide names. {generated}", _weekdays(locales))
    _write(YEARS, f"# The word for \"years\" beside a count in every language of {cldr} ({len(locales)} locales; the "
           "unit duration-year, long and short), lowercased, as after<TAB>word (\"12 anni\") or before<TAB>word (\"වසර "
           "12\"): an age beside a name (\"Marco 12 anni\", \"Ana (9 anos)\"). Left out: words shorter than three letters, "
           f"abbreviations and frequent Dutch or English words. {generated}", _years(locales))
    _write(LANGS, f"# Names of languages in Dutch ({cldr}: Locale.languages of nl, the languages with a two-letter code "
           "and the few of three letters families here speak: Cantonese, Filipino, Sorani, Papiamentu, Sranantongo, "
           "Tamazight, Kabyle, Tigre, Dari, and West African, South Sudanese, Horn of Africa and South Asian "
           "languages: Krio, Dinka, Nuer, Bhojpuri), with a few names CLDR does not hold (Temne, Mandinka, Fula, Acholi, "
           "Juba-Arabisch, Westfries; Ndyuka, Aukaans, Saramaccaans, Lokono; Umbundu, Kimbundu, Pomaks), lowercased: a language is no name or place (\"een tolk Thai\", \"in het "
           f"Kantonees\"). {generated}", _languages())
    _write(COUNTRIES, f"# Countries and regions of one word in the scripts other than Latin, from the territory names of "
           f"every language in {cldr} ({len(locales)} locales), lowercased: a country is no name or place "
           f"(\"в Нидерланды\", \"στην Ελλάδα\"). {generated}", _world_countries(locales))
    _write(DUTCH_COUNTRIES, f"# Countries and territories in Dutch ({cldr}: Locale.territories of nl), lowercased, also "
           "without a diaeresis (\"kaapverdie\"); left out: names on the first-name, surname or place lists. Read with "
           f"countries.txt (its @include line): a country of origin identifies no one. {generated}", _dutch_countries())
    _write(ENGLISH_COUNTRIES, f"# Countries and territories in English ({cldr}: Locale.territories of en), lowercased, "
           "also without accents, \"st.\" also as \"st\" and \"saint\", \"&\" as \"and\"; left out: names on the first-name, "
           "surname or place lists (\"jordan\", \"georgia\", \"chad\"). Read with countries.txt (its @include line): a "
           f"country of origin identifies no one, in an English comment too (\"back home in New Zealand\"). {generated}",
           _dutch_countries("en"))
    _write(CHINESE, f"# Countries, regions and languages in Chinese, simplified and traditional, Mandarin and Cantonese "
           f"({cldr}: Locale.territories and Locale.languages of zh, zh_Hant, yue, yue_Hans): a country or a language "
           f"is no place of a person. {generated}", _chinese_countries())
    return 0


if __name__ == "__main__":
    sys.exit(main())
