"""The resolver: overlapping findings of all annotators become one span each.

The longest span of an overlap cluster decides the kind, ties go to the more specific
kind (``KINDS``); a cluster is "high" confidence when any of its findings is.
Configured names cut through fuzzy findings first (:func:`_clip_around`), and
same-kind neighbours are joined (:func:`_merge_adjacent_in_text`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from stemsync.deidentify.common import HIGH, LOW, PARTY_EMOJI, SURNAME_ENDINGS, UNIT_AFTER_RE, Span, has_gate_word, name_gate, one_edit, swapped
from stemsync.deidentify.cantonese import grow_cantonese
from stemsync.deidentify.dates import _MONTHS, DAY_NAMES, _misspelled_month
from stemsync.deidentify.english import _sentence_start
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.kinds import KINDS
from stemsync.deidentify.lists import _FUNCTION_WORDS, _INTERFIX_WORDS, _ROLE_WORDS, words
from stemsync.deidentify.nicknames import nickname_adjective
from stemsync.deidentify.numbers import HOUSE_NUMBER_WORD, YEAR_IN_WORDS

def _resolve(spans: Iterable[Span]) -> list[Span]:
    """Merge overlapping spans; the longest (then most specific) decides the kind."""
    ordered = sorted((s for s in spans if s[1] > s[0]), key=lambda s: (s[0], -s[1]))
    out: list[Span] = []
    cluster: list[Span] = []
    c_end = -1
    for span in ordered:
        if cluster and span[0] < c_end:
            cluster.append(span)
            c_end = max(c_end, span[1])
            continue
        if cluster:
            out.append(_cluster_span(cluster, c_end))
        cluster = [span]
        c_end = span[1]
    if cluster:
        out.append(_cluster_span(cluster, c_end))
    return out


# Kinds whose findings are fuzzy: configured names cut through them.
_CLIPPABLE = frozenset({"naam", "plaats", "instelling", "school", "leeftijd", "adres"})


def _clip_around(text: str, spans: list[Span], fixed: list[Span]) -> list[Span]:
    """Cut fuzzy spans around the configured-name spans in ``fixed``.

    "Marieke Jansen van Team Noord" may be one deduce name; with both names
    configured it becomes [medewerker] van [team]. Leftover pieces that hold only
    blanks, punctuation or connectors ("van") are dropped.
    """
    out: list[Span] = []
    for start, end, kind, conf in spans:
        if kind not in _CLIPPABLE or not any(fs < end and start < fe for fs, fe, *_ in fixed):
            out.append((start, end, kind, conf))
            continue
        pieces = [(start, end)]
        for fs, fe, *_ in fixed:
            nxt = []
            for ps, pe in pieces:
                if fs < pe and ps < fe:
                    if ps < fs:
                        nxt.append((ps, fs))
                    if fe < pe:
                        nxt.append((fe, pe))
                else:
                    nxt.append((ps, pe))
            pieces = nxt
        staff_ends = {fe for fs, fe, fk, *_ in fixed if fk == "medewerker"}
        for ps, pe in pieces:
            words = [w.lower() for w in re.findall(r"[\w'’]+", text[ps:pe])]
            if kind == "naam" and ps in staff_ends and (m := _SURNAME_AFTER_RE.match(text, ps)) is not None \
                    and _surname_after(m) and m.end() >= pe:
                continue  # "[ingrid] van leeuwen": the staff member's surname, taken into the staff span below
            if words and not all(w in _FUNCTION_WORDS or w in _INTERFIX_WORDS for w in words):
                while ps < pe and not text[ps].isalnum():
                    ps += 1
                while pe > ps and not text[pe - 1].isalnum():
                    pe -= 1
                while kind == "naam" and (tail := _TRAILING_WORD_RE.search(text, ps, pe)) is not None \
                        and tail.start() > ps and (tail.group(1).lower() in _FUNCTION_WORDS
                                                   or tail.group(1).lower() in _INTERFIX_WORDS):
                    pe = tail.start()  # "[Esther] van het CJG": no name ends in "van het"
                out.append((ps, pe, kind, conf))
    return out


_TRAILING_WORD_RE = re.compile(r"\s+([\w'’]+)\Z")


def _cluster_span(cluster: list[Span], end: int) -> Span:
    best = max(cluster, key=lambda s: (s[1] - s[0], KINDS.get(s[2], 0)))
    conf = HIGH if any(s[3] == HIGH for s in cluster) else LOW
    return min(s[0] for s in cluster), end, best[2], conf


_ADJ_GAP_RE = re.compile(r"[ \t]?-?[ \t]?")


# a kind of place right before a found place's name is part of it: "park [transwijk]"
_PLACE_TYPE_BEFORE_RE = re.compile(r"(?<![\w-])(?:park|parc|landgoed|recreatiegebied|recreatieplas|camping|stadspark|dierenpark|sportpark|speeltuin|kinderboerderij|zwembad|buurthuis|wijkcentrum|buurtcentrum|mfc)[ \t]+\Z", re.I)

# the river after a town's name: "Capelle a/d IJssel", "Alphen aan den Rijn", "Koog a/d Zaan"
_RIVER_AFTER_RE = re.compile(r"[ \t]+(?:a/d|a\.d\.?|ad|aan[ \t]+de[nr]?)[ \t]+(?:ij|y)ssel|[ \t]+(?:a/d|a\.d\.?|ad|aan[ \t]+de[nr]?)"
                             r"[ \t]+(?:rijn|zaan|maas|amstel|vecht|lek|waal|schie|gouwe|hollandse[ \t]+ijssel)(?![\w'’-])", re.I)


# the word for "son of" or "daughter of" between two names (Arabic, Sudanese, Somali, Malay): "[Abdullahi] wad [Ahmed]",
# "[Nour] bint [Khalil]" (one name)
_NAME_LINK_RE = re.compile(r"[ \t]+(?:wad|bint|binti|bin|ibn|ould|walad|wuld)[ \t]+", re.I)
_PARTICLE_LINK_RE = re.compile(r"[ \t]+(?:van der|van den|van de|van 't|ter|ten|oude|op den|op de|in 't)[ \t]+", re.I)
# a Dutch noble family name of two parts joined by "tot": "[Diederik van Oosterwijck] tot [Brakel]", "baron [Van
# Hemert] tot [Dingshof]" (the second part often a place's name: the whole is the name)
_NOBLE_LINK_RE = re.compile(r"[ \t]+tot[ \t]+", re.I)


def _noble_link(text: str, before: Span, after: Span) -> bool:
    return before[2] == "naam" and after[2] in {"naam", "plaats"} and text[after[0]].isupper() \
        and " " in text[before[0]:before[1]].strip() and bool(_NOBLE_LINK_RE.fullmatch(text, before[1], after[0]))


def _merge_adjacent_in_text(spans: list[Span], text: str) -> list[Span]:
    """Join same-kind neighbours separated by one space or a hyphen: [naam] [naam]; take
    a kind of place before a place into it: "[park transwijk]"."""
    out: list[Span] = []
    for s in spans:
        if s[2] == "plaats" and (m := _PLACE_TYPE_BEFORE_RE.search(text, max(0, s[0] - 20), s[0])) is not None \
                and not (out and out[-1][1] > m.start()):
            s = (m.start(), s[1], s[2], s[3])
        if s[2] == "plaats" and (r := _RIVER_AFTER_RE.match(text, s[1])) is not None:
            s = (s[0], r.end(), s[2], s[3])  # "[Capelle a/d IJssel]", "[Alphen aan den Rijn]"
        if out and s[0] < out[-1][1]:  # (the river was found as a name of its own: one span)
            out[-1] = (out[-1][0], max(out[-1][1], s[1]), out[-1][2], HIGH if HIGH in (out[-1][3], s[3]) else LOW)
            continue
        if out and (out[-1][2] == s[2] and (_ADJ_GAP_RE.fullmatch(text[out[-1][1]: s[0]]) or (
                s[2] == "naam" and _NAME_LINK_RE.fullmatch(text, out[-1][1], s[0]))) or _noble_link(text, out[-1], s)
                # (sixtieth session) a first name, a surname's particle and a found surname: "[medewerker] ter [naam]",
                # "[Marieke] oude [Vrielink]": one name
                or out[-1][2] in {"naam", "medewerker"} and s[2] == "naam"
                and _PARTICLE_LINK_RE.fullmatch(text, out[-1][1], s[0])):
            conf = HIGH if HIGH in (out[-1][3], s[3]) else LOW
            out[-1] = (out[-1][0], s[1], s[2], conf)
        else:
            out.append(s)
    return out


# months are no capitalised words in Dutch: before a name one is a first name ("my wife, Mei [Lin]")
_MONTH_NAMES = frozenset(_MONTHS.split("|"))


def _name_part(word: str) -> bool:
    """A capitalised word that can only be part of a name: in no ordinary word form."""
    from stemsync.deidentify.lists import _ROLE_WORDS, dictionary, words  # noqa: PLC0415

    low = word.lower()
    return (word[0].isupper() and not word.isupper() and (low not in dictionary().words or low in _MONTH_NAMES)
            and low not in _FUNCTION_WORDS and low not in _INTERFIX_WORDS
            and low not in _ROLE_WORDS and low not in words("capitalised_words"))


# capitalised words that follow a name without being part of it: "Dank je Linda Groetjes", "Anna Kan ..."
_NOT_AFTER_NAME = frozenset("""groetjes groet gr grtjs dank bedankt dankjewel dankje thanks thx liefs kusjes doei hoi
hallo xoxo top super echt ook en of maar want dus die dat het de een is was heeft had kan zal wil gaat komt zegt zei
jij je u ik we wij zij ze hij mvg m.v.g. vriendelijke hartelijke met the and""".split())


def _word_surname_after(text: str, start: int, end: int, word: str) -> bool:
    """A capitalised word after a single capitalised first name, in the middle of a sentence
    and not followed by another capitalised word: a surname, even a word ("Johanna Sterk")."""
    from stemsync.deidentify.lists import _name_lists  # noqa: PLC0415
    from stemsync.deidentify.names import role_compound  # noqa: PLC0415

    name = text[start:end]
    low = word.lower()
    if not (word[:1].isupper() and word[1:].islower() and len(word) >= 3 and name[:1].isupper() and " " not in name
            and name.lower() in _name_lists().first_any and low not in _NOT_AFTER_NAME
            and low not in _FUNCTION_WORDS and low not in _INTERFIX_WORDS and low not in _MONTH_NAMES):
        return False
    before = text[:start].rstrip()
    # (sixtieth session) in brackets after a role word the name starts no sentence: "jeugdconsulent (Nienke Bot)"
    r = _ROLE_BRACKET_BEFORE_RE.search(before)
    after_role = r is not None and ((rl := r.group(1).lower()) in _ROLE_WORDS or role_compound(rl))
    if not after_role and (not before or before[-1] in ".!?:;\n(\"'" or not before[-1].isalnum() and before[-1] not in ","):
        return False  # at a sentence's start: "Anna Sterk vond ik" may be two capitals of a title
    after = text[end + 1 + len(word):]
    return not re.match(r"[ \t]+[A-Z]", after)  # not in a run of capitals: "Johanna Sterk Maatschappelijk Werk"


def _lower_first_name(word: str, name: str) -> bool:
    """A lowercase first name on a list, no function word or verb, before a lowercase listed
    first name: "jan" before "willem" (not "koos Mario Kart", "nota bene Valentijnsdag")."""
    from stemsync.deidentify.lists import _name_lists  # noqa: PLC0415
    from stemsync.deidentify.names import _verb_form  # noqa: PLC0415

    lists = _name_lists()
    first = name.split()[0] if name.split() else ""
    return (word.islower() and len(word) >= 3 and word not in _FUNCTION_WORDS and word in lists.first_lower
            and first.islower() and first in lists.first_any and not _verb_form(word))


def _shouted_first_name(word: str, name: str) -> bool:
    """In a text written in capitals (read re-cased: a word in lowercase, a name with its capital), a listed first name
    that is a word too, right before a found surname: "IK WIL DAT BAS VERHOEVEN" ("bas [Verhoeven]")."""
    from stemsync.deidentify.lists import _name_lists  # noqa: PLC0415

    return word.islower() and len(word) >= 3 and word not in _FUNCTION_WORDS and word in _name_lists().first_any \
        and name[:1].isupper() and " " not in name.strip() and name.lower() not in _name_lists().first_any


def _lower_name_after(word: str, name: str) -> bool:
    """After a lowercase first name, a lowercase word that goes on with it: a second first
    name on a list ("henk jan"; no function word or verb) or a listed surname in no
    dictionary ("jo kurvers"; not "sandra kok", "sem wil"), or a word in no dictionary with a surname's ending of
    Eastern Europe, Turkey or Scandinavia ("brandon kowalski")."""
    from stemsync.deidentify.lists import _name_lists, dictionary, no_dictionary_form  # noqa: PLC0415
    from stemsync.deidentify.names import _verb_form  # noqa: PLC0415

    lists = _name_lists()
    if not (word.islower() and len(word) >= 3 and name.islower() and " " not in name and name in lists.first_any) \
            or word in _FUNCTION_WORDS or _verb_form(word):
        return False
    return (word in lists.first_lower and word not in dictionary().words) or (
        word in lists.surnames_lower and no_dictionary_form(word)) or (
        # a surname of Eastern Europe, Turkey or Scandinavia by its ending: "brandon kowalski", "ana popescu"
        len(word) >= 6 and word.endswith(SURNAME_ENDINGS) and word not in dictionary().words
        and word not in words("chat_words"))


# a surname with an interfix that starts no ordinary phrase, after a first name
_SURNAME_AFTER_RE = re.compile(r"[ \t]+(?P<ifx>van der|van den|ter|ten|van de|van)[ \t]+(?P<w>[^\W\d_][\w'’-]+)", re.I)


def _surname_after(m: re.Match[str]) -> bool:
    from stemsync.deidentify.lists import _ROLE_WORDS, _name_lists, frequencies, words  # noqa: PLC0415

    w = m.group("w").lower()
    ifx = m.group("ifx").lower()
    if len(w) < 3 or w in _ROLE_WORDS or w in words("person_words"):
        return False
    if w in _FUNCTION_WORDS:  # (after "van der", "van den" a surname even when it is a word: "van der meer")
        return ifx in {"van der", "van den"}
    if ifx == "van de":  # "[Anna] van de berg" (not "[ria] van de svb", "van de groep")
        return w in _name_lists().surnames_all and not frequencies().at_least(w, 4.5)
    if ifx == "van":  # "[ingrid] van leeuwen", "[Kees] van Dijk" (not "[Anna] van school")
        return w in _name_lists().surnames_all and (
            m.group("w")[0].isupper() and not m.group("w").isupper() or not frequencies().at_least(w, 4.5))
    return True


# (a town with its article too: "[postcode] den haag", "[adres] de bilt")
_AFTER_ADDRESS_RE = re.compile(r"[ \t]*,?[ \t]*(?:te[ \t]+)?(?P<town>(?:(?i:den|de|ter|ten|'s)[ \t-](?=[^\W\d_]{3}))?"
                               r"(?P<word>[^\W\d_][\w'’-]+))")
_NEXT_IN_LIST_RE = re.compile(r"(?:,[ \t]*|[ \t]+(?:en|&)[ \t]+)([^\W\d_][\w'’-]+)")
_PREV_IN_LIST_RE = re.compile(r"([^\W\d_][\w'’-]+)(?:[ \t]*,[ \t]*|[ \t]+(?:en|&)[ \t]+)\Z")


# digits typed apart after a code or a house number: "Rijksstraatweg 2 1 4", "JE RK 24-2 8 9 0";
# a house number's letter or floor: "2 0 1 - H", "6 twee hoog", "3 8 (boven)"
_SPACED_TAIL_RE = re.compile(r"(?:[ \t]{1,2}\d{1,3}(?![\w/-]|[.,:]\d))+")
_FLOOR_RE = re.compile(r"[ \t]*-[ \t]*(?:[A-Za-z]|\d{1,3})(?![\w'’-])|[ \t]+(?:hs|bis|hoog|[1-4][ \t]*hoog|(?:een|twee|drie|vier)[ \t]+hoog"
                       r"|(?:boven|beneden)(?=[ \t]*(?:[,.;:!?)]|$)))(?![\w'’-])|[ \t]*\((?:boven|beneden|hs|bis)\)", re.I)
_TAIL_KINDS = frozenset({"adres", "zaaknummer", "nummer", "telefoonnummer", "bsn", "iban"})
# a house number in words or after "nummer": "Batauhof tweeënveertig", "Marshalllaan, nummer honderdtwaalf",
# "Molenstr. no. vierentwintig", "hoefkade honderd zeven"
# (also with dashes: "zes-en-veertig", "tweehonderd-zes")
_NUMBER_WORD = HOUSE_NUMBER_WORD
# ... or its figures told one by one with dashes, a letter after them: "een-twee-drie", "twintig-drie", "zeven-a"
_DIGIT_WORD = r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig)"
_DASHED_DIGIT_WORDS = rf"{_DIGIT_WORD}(?:-{_DIGIT_WORD})+(?:-[a-z])?(?![\w'’-])|{_DIGIT_WORD}-[a-z](?![\w'’-])"
# (also after the street's compass word and with a letter after it: "RINGBAAN OOST ZEVENTIG", "dorpsstraat achttien a")
_HOUSE_NUMBER_WORDS_RE = re.compile(
    r"(?:[ \t]+(?:noord|oost|zuid|west)(?=[ \t]))?"
    r"(?P<kw>[ \t]*,?[ \t]*(?:huis)?(?:nummer|numer|nr\.?|no\.?)[ \t]*)?[ \t]+(?P<n>(?:" + _DASHED_DIGIT_WORDS + "|" + _NUMBER_WORD
    + r")(?:[ \t][a-h](?![\w'’-]))?|\d{1,4}(?:[ \t]\d{1,3})*(?![\w/-]|[.,:]\d))", re.I)
# a range of house numbers: "Ganzenmarkt 1 tot en met 3", "Markt 12 t/m 14"
_HOUSE_RANGE_RE = re.compile(r"[ \t]+(?:tot[ \t]+en[ \t]+met|t/m)[ \t]+\d{1,4}[a-zA-Z]?(?![\w/-]|[.,:]\d)", re.I)


_KEYED_HOUSE_NUMBER_RE = re.compile(r"[ \t]*,?[ \t]*(?:huis)?(?:nummer|nr\.?|no\.?)[ \t]*\d{1,4}[a-zA-Z]?(?![\w/-]|[.,:]\d)", re.I)
_STREET_TITLE_BEFORE_RE = re.compile(r"(?<![\w.])(?:kon|mgr|burg|dr|prof|st|gen|jhr|ds|pr)\.[ \t]*\Z", re.I)
_DIGIT_END_RE = re.compile(r"\d[a-zA-Z]?\Z")
_WORDS_BEFORE_RE = re.compile(r"((?:[^\W\d_][\w'’-]*[ \t]+){1,4})\Z")
_HOUSE_NUMBER_RE = re.compile(r"[ \t]+\d.*\Z")


_TO_BEFORE_RE = re.compile(r"(?<![\w-])(?:naar|op|aan|adres|adres\s+is|woon|woont|wonen)[ \t:]+\Z", re.I)
_AT_THE_BEFORE_RE = re.compile(r"(?<![\w-])(?:aan|op|in|naar|woon|wonen|woont)[ \t]+(?:de|het|'t)[ \t]+\Z", re.I)
_HOUSE_NO_AFTER_RE = re.compile(r"[ \t]+(?:\d(?:[ \t]\d){1,3}|\d{1,4}(?:[ \t]?[a-zA-Z](?![\w]))?)(?![\w/.,:-]|[.,:]\d)")
# a house number, then the town: "naar [Mathenesserlan] 204 in [Rotterdam]" (a misspelt street no list holds)
_IN_TOWN_AFTER_RE = re.compile(r"[ \t]*,?[ \t]+(?:in|te)[ \t]+\Z", re.I)


_COMPASS_AFTER_RE = re.compile(r"[ \t-](?P<w>(?i:zuid|noord|oost|west|centrum|centraal))(?![\w-])")


_BUILDING_ENDS = ("opvang", "bureau", "kliniek", "centrum", "huis", "school", "groep", "gebouw", "zaal", "hal", "bad",
                   "winkel", "station", "kantoor", "afdeling", "instelling", "azc")
_VENUE_BEFORE_TOWN_RE = re.compile(r"(?<![\w-])(?i:in|op|bij|naar|uit|vanuit)[ \t]+(?P<venue>(?i:het|de|'t)[ \t]+"
                                  r"(?P<v>[^\W\d_][\w'’-]{3,}))[ \t]+(?i:in|te)[ \t]+\Z")


def _venues_before_towns(spans: list[Span], text: str) -> list[Span]:
    """A building or group named with an article before its town: "in het wijkpaleis in [Rotterdam]",
    "IN DE HOEKSTEEN IN [ZWOLLE]" (a rare word there is the venue's own name; not "in het ziekenhuis in")."""
    from stemsync.deidentify.lists import dictionary, frequencies, words  # noqa: PLC0415

    extra: list[Span] = []
    for start, end, kind, _ in spans:
        if kind != "plaats":
            continue
        m = _VENUE_BEFORE_TOWN_RE.search(text, max(0, start - 50), start)
        if m is None:
            continue
        low = m.group("v").lower()
        # a word in no dictionary that ends in no kind of building ("wijkpaleis", "peperklip"; not "polikliniek",
        # "jeugdopvang", "wijkgebouw"): many ordinary places have a rare word, only a name has no word at all
        if low not in _FUNCTION_WORDS and low not in words("venue_words") and low not in words("generic_care_words") \
                and low not in dictionary().words and not low.endswith(_BUILDING_ENDS) \
                and not frequencies().at_least(low, 3.3):
            extra.append((m.start("venue"), m.end("venue"), "locatie", LOW))  # (with its article)
    return _add_free(spans, extra) if extra else spans


# a school's or an organisation's town after a comma: "(obs De Klimop, Leiden)", "op [het Stedelijk], Leiden."
_PHRASE_STOP_RE = re.compile(r"\s*(?:[).;:!?]|$)")
_COMMA_TOWN_RE = re.compile(r"[ \t]*,[ \t]*(?P<t>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")


def _towns_after_schools(spans: list[Span], text: str) -> list[Span]:
    """A found school or organisation takes the listed town written after it with a comma, also a town that is a word
    ("[De Klimop], Leiden": a town's capital there is no verb's)."""
    from stemsync.deidentify.lists import frequencies, longest_place  # noqa: PLC0415

    extra: list[Span] = []
    for _, end, kind, _ in spans:
        if kind in {"school", "instelling", "locatie"} and (m := _COMMA_TOWN_RE.match(text, end)) \
                and (town := longest_place(m.group("t").split())):
            stop = m.start("t") + len(town)
            if frequencies().at_least(town.lower(), 4.6) and not _PHRASE_STOP_RE.match(text, stop):
                continue  # ("[het Stedelijk], Best wel leuk": a word)
            extra.append((m.start("t"), stop, "plaats", HIGH))
    return _add_free(spans, extra) if extra else spans


def _towns_with_their_part(spans: list[Span], text: str) -> list[Span]:
    """A found town takes the part of town after it: "[Rotterdm] Zuid" -> "[Rotterdm Zuid]",
    "[UTRECHT] CENTRAAL" (the part alone names no place, together they narrow it down), a capitalised "Ter", "Ten",
    "Nieuw", "Oud" or compass word before it: "Ter [Peel]" -> "[Ter Peel]", "Nieuw-[Sloten]", and the rest of a town's
    name of three words: "[Gilze] en Rijn" -> "[Gilze en Rijn]"."""
    out = list(spans)
    for i, (start, end, kind, conf) in enumerate(out):
        if kind not in {"plaats", "naam"} or not text[start:start + 1].isupper():
            continue
        hi = out[i + 1][0] if i + 1 < len(out) else len(text)
        if (m := _COMPASS_AFTER_RE.match(text, end, hi)) is not None and (kind == "plaats" or m.group("w")[0].isupper()):
            from stemsync.deidentify.lists import _name_lists  # noqa: PLC0415

            # (a listed first name stays a name: "Sanne West")
            named = kind == "naam" and text[start:end].lower() in _name_lists().first_any
            out[i] = (start, m.end(), kind if named else "plaats", conf)
        lo = out[i - 1][1] if i else 0
        if kind == "plaats" and (t := _TER_BEFORE_RE.search(text, max(lo, start - 7), start)) is not None:
            out[i] = (t.start(), out[i][1], "plaats", conf)  # "Ter [Peel]" -> "[Ter Peel]", "TEN [BOER]", "Nieuw-[Sloten]"
        if kind == "plaats" and (m := _TOWN_TAIL_RE.match(text, out[i][1], hi)) is not None:
            from stemsync.deidentify.lists import _name_lists, dictionary, frequencies, near_country  # noqa: PLC0415

            tail = m.group("w").lower()
            # (a proper noun or a word in no dictionary, not a name, town, language or country, nor very frequent: not
            # "in Tilburg en Nederland", "naar Den Haag op Zondag", "in Ede en Omstreken")
            if (tail in dictionary().proper or tail not in dictionary().words) and not frequencies().at_least(tail, 5.0) \
                    and tail not in _name_lists().first_any and tail not in _name_lists().places and not near_country(tail) \
                    and tail not in words("capitalised_words") and tail not in words("language_names") \
                    and not _misspelled_month(tail):
                out[i] = (out[i][0], m.end(), "plaats", conf)  # (fifty-fifth session) "[Gilze] en Rijn", "[Loon] op Zandt"
    return out


# (fifty-fifth session: also "Nieuw-", "Oud-", "Sint-" and the compass: "Nieuw-[Sloten]", "Oud-[Beijerland]")
_TER_BEFORE_RE = re.compile(r"(?<![\w-])(?-i:Ter|Ten|TER|TEN|Nieuw|Oud|Oude|Nieuwe|Sint|Noord|Oost|Zuid|West)[ -]\Z")
# the second part of a town's name of three words, capitalised: "Gilze en Rijn", "Loon op Zand", "Berg en Dal"
_TOWN_TAIL_RE = re.compile(r"[ \t]+(?:en|op|aan|bij)[ \t]+(?P<w>(?-i:[A-Z][a-zà-ÿ]{2,}))(?![\w-])")


# after a house number the clause ends or goes on ("naar [Kraainest] 104 en daar"; not "naar Prediker 3 vers 1")
_CLAUSE_GOES_ON_RE = re.compile(r"[ \t]*(?:[,.;:!?)]|$|(?:en|in|te|maar|want|dus|and|in|but)\b)", re.I)


def _unlisted_place(word: str) -> bool:
    """A place found by its context that no list of towns (Dutch or abroad) holds."""
    from stemsync.deidentify.lists import _name_lists, world_cities  # noqa: PLC0415

    low = word.lower()
    return low not in _name_lists().places and low not in world_cities()[0]


def _numbered_names_as_streets(spans: list[Span], text: str) -> list[Span]:
    """A found name after "aan de", "op de", with a house number after it, is a street: "aan de
    [Sloterkadde] 55" (a misspelt street no list holds) -> "aan de [Sloterkadde 55]"; so is a "Laan van" with a number."""
    out = list(spans)
    for i, (start, end, kind, conf) in enumerate(out):
        if kind not in {"naam", "plaats", "locatie"}:
            continue
        lane = text[start:end].lower().startswith(("laan van ", "laan der ", "laan op ", "laan ter "))
        if " " in text[start:end].strip() and not lane:
            continue
        hi = out[i + 1][0] if i + 1 < len(out) else len(text)
        if (n := _HOUSE_NO_AFTER_RE.match(text, end, hi)) is None or UNIT_AFTER_RE.match(text, n.end()):
            continue  # ("in de [Kikker] 3 keer")
        if lane:
            out[i] = (start, n.end(), "adres", conf)  # "at [Laan van Meerdervort] 1290": a lane of a name, misspelt
            continue
        if kind == "plaats" and conf == LOW and _unlisted_place(text[start:end]) \
                and len(n.group().strip().rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ")) <= 3 \
                and _CLAUSE_GOES_ON_RE.match(text, n.end()):
            out[i] = (start, n.end(), "adres", conf)  # "naar [Kraainest] 104": a place on no list with a house number
            continue
        if _AT_THE_BEFORE_RE.search(text, max(0, start - 16), start) is not None or (
                i + 1 < len(out) and out[i + 1][2] == "plaats" and _IN_TOWN_AFTER_RE.fullmatch(text, n.end(), out[i + 1][0])
                and _TO_BEFORE_RE.search(text, max(0, start - 12), start) is not None):
            out[i] = (start, n.end(), "adres", conf)
    return out


def _full_street_names(spans: list[Span], text: str) -> list[Span]:
    """An address takes the words before it that make a listed street's full name with it:
    "groene [hilledijk 97]" -> "[groene hilledijk 97]", "zwart [janstraat 88]"."""
    from stemsync.deidentify.lists import _name_lists  # noqa: PLC0415

    out = list(spans)
    for i, (start, end, kind, conf) in enumerate(out):
        if kind != "adres":
            continue
        lo = out[i - 1][1] if i else 0
        if (t := _STREET_TITLE_BEFORE_RE.search(text, max(lo, start - 8), start)) is not None:
            out[i] = (t.start(), end, kind, conf)  # "Kon. [Julianalaan 27]", "Mgr. [Nolenslaan]"
            continue
        m = _WORDS_BEFORE_RE.search(text, max(lo, start - 40), start)
        if m is None:
            continue
        street = _HOUSE_NUMBER_RE.sub("", text[start:end]).lower()
        found = list(re.finditer(r"\S+", m.group(1)))
        before = [w.group() for w in found]
        streets = _name_lists().streets
        for k in range(len(before)):  # the longest name first
            phrase = " ".join(before[k:]).lower()
            if phrase.split()[0] in _FUNCTION_WORDS and phrase.split()[0] != "van":
                continue  # (but "van der does de willeboissingel")
            if f"{phrase} {street}" in streets:
                out[i] = (m.start(1) + found[k].start(), end, kind, conf)
                break
    return out


# a year in words after a date: "acht augustus [twee duizend negen]", "3 mei tweeduizendelf"
_YEAR_WORDS_RE = re.compile(r"[ \t]+" + YEAR_IN_WORDS + r"(?![\w'’-])", re.I)


_WORD_BEFORE_DATE_RE = re.compile(r"(?<![\w-])([^\W\d_]{2,10})\.?[ \t]+(?:(?i:op|de)[ \t]+)?\Z")
_WEEKDAY_WORDS = DAY_NAMES | frozenset(
    "din maa mon tue tues wed thu thur thurs fri sat sun".split())


def _weekday_typo(word: str) -> bool:
    """A weekday misspelt ("dinsdga", "vrydag"), not a word of its own ("maanden")."""
    from stemsync.deidentify.lists import dictionary  # noqa: PLC0415
    from stemsync.deidentify.names import _weekday_typo as typo  # noqa: PLC0415

    return typo(word) and word.lower() not in dictionary().words


def _spaced_digit_tails(spans: list[Span], text: str) -> list[Span]:
    """A code or an address that ends in a digit takes the digits typed apart after it (and a date
    its year in words)."""
    out = list(spans)
    for i, (start, end, kind, conf) in enumerate(out):
        if kind == "datum":
            # the weekday before a date, also shortened or misspelt: "woe 26/2", "DI 4-2", "dinsdga 28 okotber"
            prev_end = out[i - 1][1] if i else 0
            w = _WORD_BEFORE_DATE_RE.search(text, max(prev_end, start - 14), start)
            if w is not None and (w.group(1).lower() in _WEEKDAY_WORDS or _weekday_typo(w.group(1))):
                start = w.start(1)
                out[i] = (start, end, kind, conf)
        if kind == "datum" and not text[end - 1:end].isdigit():
            y = _YEAR_WORDS_RE.match(text, end, out[i + 1][0] if i + 1 < len(out) else len(text))
            if y:
                out[i] = (start, y.end(), kind, conf)
            continue
        if kind not in _TAIL_KINDS or not (text[end - 1:end].isdigit() or kind == "adres"):
            continue
        nxt = out[i + 1][0] if i + 1 < len(out) else len(text)
        new_end = end
        m = _SPACED_TAIL_RE.match(text, end, nxt) if text[end - 1:end].isdigit() else None
        if m and not UNIT_AFTER_RE.match(text, m.end()):
            new_end = m.end()
        if kind == "adres" and new_end == end and not _DIGIT_END_RE.search(text, start, end):
            w = _HOUSE_NUMBER_WORDS_RE.match(text, end, nxt)
            if w and not UNIT_AFTER_RE.match(text, w.end()) and not (
                    w.group("n").lower() in ("een", "één") and not w.group("kw")):  # ("in de [Kerkstraat] een mooie straat")
                new_end = w.end()
        elif kind == "adres" and new_end == end and (w := _KEYED_HOUSE_NUMBER_RE.match(text, end, nxt)) is not None \
                and not UNIT_AFTER_RE.match(text, w.end()):
            new_end = w.end()  # "Wijk 5 nr 31" (an address on Urk), "Hof 2 huisnummer 14"
        if kind == "adres" and _DIGIT_END_RE.search(text, start, new_end) and (r := _HOUSE_RANGE_RE.match(text, new_end, nxt)):
            new_end = r.end()  # "Ganzenmarkt 1 tot en met 3"
        if kind == "adres":
            f = _FLOOR_RE.match(text, new_end, nxt)
            if f:
                new_end = f.end()
        if new_end != end:
            out[i] = (start, new_end, kind, conf)
    return out


_IN_AFTER_SCHOOL_RE = re.compile(r"[ \t]+(?:in|te)[ \t]+([^\W\d_][\w'’-]+)(?![\w'’-])", re.I)


_HOUSE_NUMBER_WORDS = frozenset({"nr", "nummer", "numer", "no", "huisnummer"})


def _places_after_addresses(spans: list[Span], text: str) -> list[Span]:
    """The town after a postcode or a street and number ("[postcode] meppel", "[adres]
    Zetten"), or a school's ("[de klimop] in leek")."""
    from stemsync.deidentify.lists import _name_lists, dictionary, frequencies  # noqa: PLC0415

    places = _name_lists().places
    ordinary = dictionary().words
    extra: list[Span] = []
    for start, end, kind, conf in spans:
        if kind in {"postcode", "adres"}:
            m = _AFTER_ADDRESS_RE.match(text, end)
            # a listed town, also with its article ("[postcode] den haag"); a capitalised word in no dictionary
            # only without one ("[postcode] de Jong": the article is no town's)
            # (a function word only capitalised in ordinary text: "[Kerkstraat 4], Echt", not "[...] echt top", "[...], een")
            if m and m.group("town").lower() not in _HOUSE_NUMBER_WORDS and not (
                    m.group("town").lower() in _FUNCTION_WORDS and not m.group("town").istitle()) \
                    and (m.group("town").lower() in places or (
                    m.group("town") == m.group("word") and m.group("word")[0].isupper()
                    and not (m.group("word").isalpha() and m.group("word").isupper() and len(m.group("word")) <= 5)  # (not ", BSN 1234...")
                    and (m.group("word").lower() not in ordinary or kind == "postcode" and m.group("word").istitle()
                         and not frequencies().at_least(m.group("word").lower(), 3.5)))):
                # (fifty-second session: after a postcode also a rare word, as a town is typed: "[3232 AB] Brille")
                extra.append((m.start("town"), m.end("town"), "plaats", LOW))
        elif kind == "school" and (m := _IN_AFTER_SCHOOL_RE.match(text, end)) and m.group(1).lower() in places \
                and m.group(1).lower() not in _FUNCTION_WORDS:
            extra.append((m.start(1), m.end(1), "plaats", LOW))  # "op [de klimop] in leek": the school's town
    return _add_free(spans, extra)


# a Belgian address's tail after its street and number: the letter box ("bus 3") and a postcode of four digits with
# its town ("Stationsstraat 9 bus 3, 9100 Sint-Niklaas", "Kerkstraat 12, 2000 Antwerpen")
_BELGIAN_TAIL_RE = re.compile(r"(?P<bus>\s+bus\s+\d{1,4}[a-zA-Z]?\b)?(?:,?\s+(?P<pc>[1-9]\d{3})\s+(?![A-Za-z]{2}\b)(?P<town>[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*))?")


def _belgian_address_tails(spans: list[Span], text: str) -> list[Span]:
    """An address grows over a Belgian letter box and postcode with its town ("[Vlaanderenstraat 88] bus 2, 9000 Gent"):
    the whole is one address (a Dutch postcode has two letters and is read by its own rule)."""
    if not any(k == "adres" for _, _, k, _ in spans):
        return spans
    out = list(spans)
    for start, end, kind, conf in spans:
        if kind != "adres" or not (m := _BELGIAN_TAIL_RE.match(text, end)) or m.group("bus") is None and m.group("pc") is None:
            continue
        out = [s for s in out if not (start <= s[0] and s[1] <= m.end())] + [(start, m.end(), "adres", conf)]
    return sorted(out)


_PLACE_NEXT_RE = re.compile(r"\s*(?:,|\ben\b|\bof\b|\bipv\b|\bi\.p\.v\.|\bnaar\b|\bvia\b)\s*([^\W\d_][\w'’-]+)", re.I)
_PLACE_PREV_RE = re.compile(r"([^\W\d_][\w'’-]+)\s*(?:,|\ben\b|\bof\b|\bipv\b|\bi\.p\.v\.|\bnaar\b)\s*\Z", re.I)


def _listed_with(spans: list[Span], text: str, kind: str, next_re: re.Pattern[str], prev_re: re.Pattern[str],
                 accept) -> list[Span]:
    """Words listed right before or after a finding of ``kind`` ("jet, [naam] en vos", "in
    [plaats] ipv ermelo") that ``accept`` (lowercase word -> bool) takes as the same kind."""
    extra: list[Span] = []
    for start, end, k, _ in spans:
        if k != kind:
            continue
        for m in (next_re.match(text, end), prev_re.search(text, max(0, start - 30), start)):
            if m is None:
                continue
            word = m.group(1).lower()
            if word not in _FUNCTION_WORDS and accept(word):
                extra.append((m.start(1), m.end(1), kind, LOW))
    return _add_free(spans, extra)


def _places_listed_with_places(spans: list[Span], text: str) -> list[Span]:
    """Towns listed with a found town: "in [plaats] ipv ermelo", "van kampen naar [plaats]"."""
    from stemsync.deidentify.lists import _name_lists, frequencies  # noqa: PLC0415
    from stemsync.deidentify.places import _word_neighbourhoods  # noqa: PLC0415

    places = _name_lists().places
    quarters = _word_neighbourhoods()
    return _listed_with(spans, text, "plaats", _PLACE_NEXT_RE, _PLACE_PREV_RE,
                        lambda w: (w in places or w in quarters) and not frequencies().at_least(w, 4.5))


_COUNT_WORDS = frozenset("""twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien
zeventien achttien negentien twintig""".split())


@functools.cache
def _not_listed_names() -> frozenset[str]:
    """Words a list of names holds that are no name: "mijn kinderen, [naam] en [naam]", "[naam], drie keer"."""
    return words("person_words") | words("role_words") | _COUNT_WORDS


def _names_listed_with_names(spans: list[Span], text: str) -> list[Span]:
    """First names or surnames listed with a found name: "jet, [naam] en [naam]",
    "[naam] en vos"."""
    from stemsync.deidentify.lists import _name_lists, near_frequent_word, no_dictionary_form  # noqa: PLC0415

    names = _name_lists()
    persons = _not_listed_names()
    spans = _listed_with(spans, text, "naam", _NEXT_IN_LIST_RE, _PREV_IN_LIST_RE,
                         lambda w: (w in names.first_any or w in names.surnames_all) and w not in persons)
    # a lowercase word in no dictionary joined by "en" to a found name: "[naam] en juju"
    spans = _listed_with(spans, text, "naam", _AND_NEXT_RE, _AND_PREV_RE,
                         lambda w: len(w) >= 4 and no_dictionary_form(w) and not near_frequent_word(w))
    if " and " not in text or not any(c.islower() for c in text[:200]):
        return spans  # (not in capitals: "THE [KINDNESS] AND PATIENCE OF THE STAFF")
    # in English a listed first name joined by "and" to a found name, when it is no frequent English word: "[Sanne] and
    # madison say thank you", "[Noor] and sara mostly" (not "[Sanne] and will", "[Sanne] and hope
    # to"); or a word in no dictionary that is not a typo: "except [Ana] and bia"
    from stemsync.deidentify.english import ordinary_english  # noqa: PLC0415
    from stemsync.deidentify.lists import frequencies  # noqa: PLC0415
    return _listed_with(spans, text, "naam", _EN_AND_NEXT_RE, _EN_AND_PREV_RE,
                        lambda w: w not in persons and w not in _FUNCTION_WORDS and (
                            w in names.first_any and not frequencies().at_least(w, 4.5, "en")
                            or len(w) >= 3 and no_dictionary_form(w) and not ordinary_english(w)
                            and not near_frequent_word(w)))


# (fifty-ninth session) a word in no dictionary that opens a sentence (or follows "en") before "uit" and a found town:
# "Khader uit [Amsterdam] helpt mij", "IKRAAN UIT [HARGEISA] EN ..." (a person said to come from there)
_WHO_FROM_BEFORE_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\sen\s)|(?<=\sEN\s))(?P<w>[^\W\d_][\w'’-]{2,})[ \t]+(?:uit|UIT)[ \t]+\Z")


def _names_from_places(spans: list[Span], text: str) -> list[Span]:
    """A person by the town they come from: "Khader uit [plaats] helpt mij"."""
    if " uit " not in text and " UIT " not in text:
        return spans
    from stemsync.deidentify.lists import no_dictionary_form  # noqa: PLC0415

    extra: list[Span] = []
    persons = _not_listed_names()
    for start, _end, kind, _ in spans:
        if kind not in {"plaats", "naam"} or (m := _WHO_FROM_BEFORE_RE.search(text, max(0, start - 40), start)) is None:
            continue  # (in capitals a town abroad may be found as a name: "UIT [HARGEISA]")
        w = m.group("w")
        # (a word a letter away from a frequent one too: "Khader", "IKRAAN"; it has a capital and opens the sentence)
        if (w[0].isupper() or text.isupper()) and w.lower() not in persons and no_dictionary_form(w) \
                and not any(s[0] < m.end("w") and m.start("w") < s[1] for s in spans):
            extra.append((m.start("w"), m.end("w"), "naam", LOW))
    return sorted(spans + extra) if extra else spans


# a bare number right after a found name, where nothing makes it a count or a mark: "[Sanne] 14
# hier", "([Adam] 7 and [Noah] 5)", "[Lucas] 6 YRS, [Emma] 4 YRS", "[Sem] 13 now goes to"
_AGE_AFTER_NAME_RE = re.compile(
    r"[ \t]*,?[ \t]*(?P<age>\d{1,2}(?:[ \t]*(?:jaar|ja{3}r|jier|jr\.?|years?|yrs?|y/o|yo)(?![\w/]))?)(?![\w/-]|[.,:]\d)"
    # (fifty-ninth session: also before a colon, as in a letter's heading: "Aan de ouders van [Yu-Na Brink], 14 jaar:")
    r"(?=[ \t]*(?:[,;!?)&]|\.(?!\d)|(?<=[^\W\d_.])[ \t]*:(?!\d)|$)"  # (the colon only after the unit)
    r"|[ \t]+(?:en|and|n|now|nu|hier|here|ofzo|btw|zegt|says|vandaag|today|gew|geworden)\b"
    # (fifty-eighth session) or a birthday's cake, party or gift: "gefeliciteerd [Rima] 18 🎂"
    r"|[ \t]*" + PARTY_EMOJI + ")", re.I | re.M)

# an age with "jaar" right after a name, a verb or a list's sign after it: "[AMIR] ZES JAAR KENT ALLEEN KAMP", "* [DAAN]
# 8 JAAR * OBS ..." (not "[Daan] 3 jaar in de jeugdzorg": how long)
_NAME_BARE_YEARS_RE = re.compile(
    r"[ \t]+(?P<age>\d{1,2}[ \t]*(?:jaar|ja{3}r|jr\.?|j(?![\w.]))|(?:" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
    + r")[ \t]+(?:jaar|jr\.?))"  # (also glued: "[Jesse] 14j wil zelf ...")
    r"(?=[ \t]*(?:[*•|,;:!?)]|\.(?!\d)|$)|[ \t]+(?:kent|is|was|zit|zat|gaat|ging|heeft|had|woont|wil|wilde|vindt|vond|speelt"
    r"|kan|mag|moet|zegt|zei|praat|huilt|slaapt|logeert|kreeg|krijgt)\b)", re.I | re.M)

# (fifty-eighth session) a number of years in words after a found name with its verb before it: "nu is [Dana] twee
# jaar en", "toen was [Sem] zes jaar." (the clause ends or goes on; not "is [Dana] twee jaar bij ons": how long)
_VERB_BEFORE_NAME_RE = re.compile(r"(?<![\w-])(?:is|was|wordt|werd)[ \t]+\Z", re.I)
# (fifty-ninth session) also after "pas", "net" or "nog maar", and a baby's months: "was [mahnaz] pas vier maanden"
_INVERTED_WORD_AGE_RE = re.compile(
    r"(?:[ \t]+(?:pas|net|bijna|toen|nu|nog[ \t]+maar|ongeveer))?"
    r"[ \t]+(?P<age>(?:" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")[ \t]+(?:jaar|jr\.?|maanden|maand|mnd)"
    r"(?:[ \t]+oud)?)"
    r"(?=[ \t]*(?:[,;!?)]|\.(?!\d)|$)|[ \t]+(?:en|maar|dus|want|geworden)\b(?![ \t]+(?:\w+[ \t]+)?(?:maand|maanden|weken|dagen)\b))",
    re.I | re.M)

# an age in brackets after a name and its comma: "Mijn jongste, [Sanne], (7) durft nu weer alleen te slapen"
# an estimated age in brackets right after a name: "[Ahmed] (circa 16 jaar)", "[Yonas] (ca. 15)", as for young people
# without papers
_ESTIMATED_BRACKET_AGE_RE = re.compile(r"[ \t]*\((?:circa|ca\.?|ongeveer|ong\.?|±|\+/-|naar[ \t]+schatting|geschat|vermoedelijk|"
                                       r"waarschijnlijk|approx\.?|about|around)[ \t]*(?P<age>\d{1,2}(?:[ \t]*(?:jaar|jr\.?|years?|yrs?))?)"
                                       r"[ \t]*[),]", re.I)
# an age in brackets right after a name, or after its comma (fifty-eighth session: also without the comma, "MIJN ZUS
# [SALAM] (8)", for a name found on no list)
# (fifty-ninth session: also before a comma and more, "[SALAM] (8, GROEP 5)", not a decimal "(8,5)")
_BRACKET_AGE_AFTER_NAME_RE = re.compile(r"[ \t]*,?[ \t]*\((?P<age>\d{1,2}(?:[ \t]*(?:jaar|jr\.?|years?|yrs?))?)(?:\)|,(?!\d))",
                                        re.I)
# an age in words after a name and its comma, before a comma or "en": "IK BEN [SANNE], VEERTIEN EN IK WIL ..."
_COMMA_WORD_AGE_RE = re.compile(r"[ \t]*,[ \t]*(?P<age>(?:" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
                                + r")(?:[ \t]+jaar)?)(?=[ \t]*(?:[,;!?)]|\.|$)|[ \t]+(?:en|maar|dus)\b)", re.I)

# an age told about a found name: "[Li Wei] is 9 en", "[Sem] is ondertussen 18", "[Jun] is 17 nxt week",
# "[Noor] (onze jongste) wordt 6 vandaag" (the ages annotator checks its own names against the lists;
# a name deduce found is not on them)
@functools.cache
def _is_age_after_name_re() -> re.Pattern[str]:
    from stemsync.deidentify.ages import _ADV, _AFTER, _EN_NUMBER, _MONTHS, _YEAR_UNITS  # noqa: PLC0415

    return re.compile(  # (fifty-ninth session: a longer aside in brackets, "[Tesfaye] (zo heet ..., hier noemen we hem [Tim]) is 9")
        r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?(?:[ \t]+(?:jr|sr|junior|senior)\.?)?,?[ \t]+(?:is|was|wordt|werd|turned|turns)"
        + _ADV  # (fifty-second session: also "zoon [Ndi] jr. is 9 jaar")
        + r"[ \t]+(?P<age>" + _EN_NUMBER + r"(?:"
        # with "jaar" only before the end of a clause ("is al 8 jaar bij ons": how long)
        + r"[ \t]*(?:" + _YEAR_UNITS + r"|years?|yrs?)(?:[ \t]+(?:old|oud))?(?=[ \t]*(?:[.,!?;:)]|$))"
        # (fifty-ninth session) a baby's months before the clause ends, "toen", "vandaag" or "en" and no number:
        # "[Esra] is 9 mnd vandaag", "[Kimmy] (eigenlijk ...) was 7 maanden toen ze ..." (not "was 3 maanden opgenomen",
        # "is 3 maanden en 2 weken weg")
        + r"|[ \t]*" + _MONTHS + r"(?:[ \t]+oud)?(?=[ \t]*(?:[.,!?;:)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF])"
        + r"|[ \t]+(?:toen|vandaag|geworden|en(?![ \t]+(?:\d|een|twee|drie|vier|vijf|zes|half|halve)\b)))"
        + r"|(?![ \t]*(?:" + _YEAR_UNITS + r"|years?|yrs?)\b)(?![\w/%-]|[.,:]\d)"
        + r"(?:" + _AFTER + r"|(?=[ \t]+(?:vandaag|today|tomorrow|now|nxt|next|and|but|so|when|toen)\b))))", re.I)


# ages told about two found names: "[Noor] en [Fem] zijn 10 en 7", "[Sam] en [Mo] worden 6", "... zijn nu elf"
@functools.cache
def _are_ages_after_names_re() -> re.Pattern[str]:
    from stemsync.deidentify.ages import _ADV, _EN_NUMBER, _MONTHS, _YEAR_UNITS  # noqa: PLC0415

    # (fifty-ninth session: twins' months too, "[SARA] EN [SOFIE] ZIJN 6 MAANDEN EN SLAPEN")
    unit = r"(?:[ \t]*(?:" + _YEAR_UNITS + r"|" + _MONTHS + r"|years?|yrs?)(?:[ \t]+(?:old|oud))?)?"
    return re.compile(
        # (fifty-ninth session: also after an aside in brackets, "[storm] en [mei] (de tweeling) zijn 5 en")
        r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:zijn|worden|waren|werden|are|were|turn|turned)" + _ADV
        + r"[ \t]+(?P<age>" + _EN_NUMBER + unit + r")(?:[ \t]*(?:en|&|and)[ \t]*(?P<age2>" + _EN_NUMBER + unit
        + r"))?(?![\w/%-]|[.,:]\d)"
        # (then the clause ends or goes on: not "[Mila] en [Teun] zijn 24 en 25 bij ons")
        + r"(?=[ \t]*(?:[.,!?;:)]|$)|[ \t]+(?:en|and|maar|but|dus|so|want|nu|now|vandaag|today)\b)", re.I)


_NUMBERED_WORDS = frozenset("""groep klas nivo niveau leerjaar jaar stap fase level week blok hoofdstuk les ronde team
kamer bus lijn nummer nr no huisnummer unit afdeling""".split())


def _ages_after_names(spans: list[Span], text: str) -> list[Span]:
    """A bare age after a found name: "[Sanne] 14 hier mag ik ook invullen?"."""
    extra: list[Span] = []
    for start, end, kind, _ in spans:
        if kind not in {"naam", "medewerker"}:
            continue
        found = text[start:end].split()
        if found and found[-1].lower() in _NUMBERED_WORDS:
            continue  # "[MEESTER ROMANO VAN GROEP] 5", "mbo [nivo] 2": the number goes with the word
        if (where := _FROM_BEFORE_PLACE_RE.match(text, end)) is not None:
            # (fifty-ninth session) where the person is from, between the name and the age: "opa [lei] uit [bocholtz]
            # is 81 maar" (a place found right there)
            end = next((s[1] for s in spans if s[0] == where.end() and s[2] == "plaats"), end)
        if (m := _AGE_AFTER_NAME_RE.match(text, end) or _is_age_after_name_re().match(text, end)
                or _BRACKET_AGE_AFTER_NAME_RE.match(text, end) or _COMMA_WORD_AGE_RE.match(text, end)
                or _ESTIMATED_BRACKET_AGE_RE.match(text, end)
                or _NAME_BARE_YEARS_RE.match(text, end)
                or (_INVERTED_WORD_AGE_RE.match(text, end) if _VERB_BEFORE_NAME_RE.search(text, max(0, start - 8), start)
                    else None)) is not None:
            extra.append((m.start("age"), m.end("age"), "leeftijd", LOW))
        elif _CONJUNCTION_BEFORE_RE.search(text, max(0, start - 12), start) is not None \
                and (m := _subclause_age_re().match(text, end)) is not None:
            extra.append((m.start("age"), m.end("age"), "leeftijd", LOW))  # "tot [Sam] vier is", "als [Noor] 18 wordt"
        elif (prev := _NAME_AND_BEFORE_RE.search(text, max(0, start - 40), start)) is not None \
                and any(s[1] == prev.start() and s[2] in {"naam", "medewerker"} for s in spans) \
                and (m := _are_ages_after_names_re().match(text, end)) is not None \
                and (m.group("age2") or not _AND_FIGURE_RE.match(text, m.end("age"))):
            extra.append((m.start("age"), m.end("age"), "leeftijd", LOW))  # "[Noor] en [Fem] zijn 10 en 7"
            if m.group("age2"):
                extra.append((m.start("age2"), m.end("age2"), "leeftijd", LOW))
    return _add_over_names(spans, extra) if extra else spans


_FROM_BEFORE_PLACE_RE = re.compile(r"[ \t]+(?:uit|van|in)[ \t]+", re.I)
_AND_FIGURE_RE = re.compile(r"[ \t]*(?:en|&|and)[ \t]*\d", re.I)  # ("zijn 24 en 25 bij ons": the pair read as one)
# a subordinate clause, its verb last: "tot [Sam] vier is", "als [Noor] 18 wordt", "dat [Ali] toen 12 was"
_CONJUNCTION_BEFORE_RE = re.compile(r"(?<![\w-])(?:tot|totdat|als|wanneer|dat|toen|sinds|zodra|omdat|voordat|nadat|tegen)"
                                    r"[ \t]+\Z", re.I)


@functools.cache
def _subclause_age_re() -> re.Pattern[str]:
    from stemsync.deidentify.ages import _EN_NUMBER  # noqa: PLC0415

    return re.compile(r"[ \t]+(?:(?:nu|al|pas|net|toen|bijna|ongeveer)[ \t]+)?(?P<age>" + _EN_NUMBER
                      + r"(?:[ \t]+jaar(?:[ \t]+oud)?)?)[ \t]+(?:is|wordt|werd|was|zijn|worden|werden|waren)\b", re.I)


# "[Noor] en ", "[Ayla] en haar broertje ": a name and another before the verb
_NAME_AND_BEFORE_RE = re.compile(r"[ \t]+(?:en|&|and)[ \t]+(?:(?:haar|zijn|mijn|m'n|mn|onze|ons|her|his|my|our)[ \t]+)?"
                                 r"(?:[^\W\d_]+[ \t]+)?\Z", re.I)


def _add_over_names(spans: list[Span], extra: list[Span]) -> list[Span]:
    """``spans`` with those of ``extra`` that overlap none of them or only names inside them
    ("is 9 [jaart]": a misspelt unit taken for a name becomes part of the age)."""
    out = list(spans)
    for e in extra:
        over = [s for s in out if s[0] < e[1] and e[0] < s[1]]
        if all(s[2] == "naam" and e[0] <= s[0] and s[1] <= e[1] for s in over):
            out = [s for s in out if s not in over] + [e]
    return sorted(out)


_WORD_AT_CLAUSE_START_RE = re.compile(r"(?:^|(?<=[.!?,;:]\s)|(?<=\sen\s))([^\W\d_][\w'’-]+)[ \t]+\Z")
# "storm van [6] speelt nu", "noël van [3] gaat naar de opvang": a listed first name and "van" before an age
_WORD_VAN_AT_CLAUSE_START_RE = re.compile(r"(?:^|(?<=[.!?,;:]\s)|(?<=\sen\s))([^\W\d_][\w'’-]+)[ \t]+van[ \t]+\Z", re.I)


# (forty-fourth session: and "has" or "turns" in Spanish, Galician and Haitian Creole: "Bebo tiene [9]", "Brais ya
# tiene [12]", "Uxi ten [12]", "Kettly li gen [7 an]")
_SUBJECT_AT_CLAUSE_START_RE = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\sen\s)|(?<=[\U0001F300-\U0001FAFF]\s))([^\W\d_][\w'’-]+)[ \t]+(?:(?:ya|xa)[ \t]+)?"
                                         r"(?:is|was|wordt|werd|ies|tiene|tenía|cumple|cumplió|ten|li[ \t]+gen|gen)"
                                         r"(?:[ \t]+(?:nu|pas|al|bijna|net|inmiddels|sinds\s+kort|ya|xa|deja))?[ \t]+\Z")


def _unknown_word(word: str) -> bool:
    from stemsync.deidentify.lists import _name_lists, dictionary  # noqa: PLC0415

    return word not in dictionary().words and word not in _name_lists().common and word not in _name_lists().places


def _names_before_ages(spans: list[Span], text: str) -> list[Span]:
    """A listed first name right before a found age at the start of a clause: "mila [9] gaat beter" (a
    first name that is also a word, which no rule took alone)."""
    if not any(span[2] == "leeftijd" for span in spans):
        return spans
    from stemsync.deidentify.lists import _ROLE_WORDS, _name_lists, words  # noqa: PLC0415
    from stemsync.deidentify.names import _MONTH_FIRST_NAMES  # noqa: PLC0415

    extra: list[Span] = []
    for start, end, kind, _ in spans:
        if kind != "leeftijd":
            continue
        m = _WORD_AT_CLAUSE_START_RE.search(text, max(0, start - 30), start) \
            or _WORD_VAN_AT_CLAUSE_START_RE.search(text, max(0, start - 34), start)
        if m is not None and ((w := m.group(1).lower()) in _name_lists().first_any or (
                # (forty-fourth session) or a capitalised word in no dictionary: "Tinashe [makore gumi]", "AMAIAK
                # [HAMABOST URTE]" (not in lowercase: "torunum [altı yaşında]", my grandchild)
                len(w) >= 3 and m.group(1)[0].isupper() and _no_ordinary_word(w) and w not in words("capitalised_words")
                and w not in words("chat_words") and w not in _name_lists().places)) \
                and w not in _FUNCTION_WORDS and w not in words("person_words") and w not in _ROLE_WORDS:
            extra.append((m.start(1), m.end(1), "naam", LOW))
        # ... or the subject of "is" before it: "Kebede is [7] en heeft ..." (a listed first name, or a capitalised
        # word in no dictionary)
        elif (m := _SUBJECT_AT_CLAUSE_START_RE.search(text, max(0, start - 40), start)) is not None \
                and (w := m.group(1).lower()) not in _FUNCTION_WORDS and w not in words("person_words") \
                and w not in _ROLE_WORDS and (w in _name_lists().first_any or m.group(1)[0].isupper()
                                             and not m.group(1).isupper() and _unknown_word(w)):
            extra.append((m.start(1), m.end(1), "naam", LOW))
        # ... or the word right before the age in brackets, in no dictionary and no frequent English word: "tolu
        # ([13]) and kemi ([11])", "MY DAUGHTER ANANYA ([16])" (not "de kinderen ([6] en [8])", "my son ([9])")
        elif (m := _WORD_BEFORE_BRACKET_RE.search(text, max(0, start - 30), start)) is not None \
                and (w := m.group(1).lower()) not in _FUNCTION_WORDS and w not in words("person_words") \
                and w not in _ROLE_WORDS and w not in words("capitalised_words") and (
                    _no_ordinary_word(w)
                    # (sixtieth session) or a month that is a first name, with its capital: "volgens Mei ([13])"
                    or w in _MONTH_FIRST_NAMES and m.group(1)[0].isupper()):
            extra.append((m.start(1), m.end(1), "naam", HIGH))  # (kept in an English text too)
        # (fifty-fifth session) ... or the word that opens the bracket the age closes: "dat ik (hashmat, [16]) hier
        # mag wonen" (a listed first name, or a word in no dictionary; not "(jongen, [16])")
        elif (m := _BRACKET_WORD_COMMA_RE.search(text, max(0, start - 30), start)) is not None \
                and text[end:end + 4].lstrip().startswith(")") \
                and (w := m.group(1).lower()) not in _FUNCTION_WORDS and w not in words("person_words") \
                and w not in _ROLE_WORDS and w not in words("capitalised_words") \
                and (w in _name_lists().first_any or _no_ordinary_word(w)):
            extra.append((m.start(1), m.end(1), "naam", LOW))
    return _add_free(spans, extra) if extra else spans


_BRACKET_WORD_COMMA_RE = re.compile(r"\([ \t]*([^\W\d_][\w'’-]{2,})[ \t]*,[ \t]*\Z")


_WORD_BEFORE_BRACKET_RE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]{2,})[ \t]*\([ \t]*\Z")


def _no_ordinary_word(low: str) -> bool:
    """In no Dutch dictionary, not written often in Dutch or English: a name ("tolu", "ananya", "chebet")."""
    from stemsync.deidentify.lists import dictionary, frequencies  # noqa: PLC0415

    return low not in dictionary().words and not frequencies().at_least(low, 4.0) \
        and not frequencies().at_least(low, 3.5, "en")


@functools.cache
def _listed_age_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from stemsync.deidentify.ages import _NUM_WORDS  # noqa: PLC0415

    num = rf"(?:\d{{1,2}}|{_NUM_WORDS})"
    before = re.compile(rf"(?<![\w,./-])(?P<age>{num})[ \t]*(?:,|en|&|and)[ \t]*\Z", re.I)
    # (the clause ends after the number: not "een pleegzoon van [2,5] en twee eigen")
    after = re.compile(rf"[ \t]*(?:,|en|&|and)[ \t]*(?P<age>{num})(?=[ \t]*(?:[,.;:!?)]|$))", re.I)
    # an age set right: "[Sam] is [14] ffs niet 12", "ben [15] nie 14" (the age written wrong somewhere)
    corrected = re.compile(rf"[ \t]*,?[ \t]+(?:(?:ffs|echt|hoor|dus|jongens|man|en)[ \t]+)?(?:niet|nie|not|geen)[ \t]+"
                           rf"(?P<age>{num})(?![\w/%-]|[.,]\d|[ \t]*(?:keer|x|uur|min|minuten|weken|dagen|maanden|euro|kilo|km)\b)", re.I)
    # (fifty-eighth session) an age said again in Dutch: "ze is [7 години] dus 7 jaar", "[6 godini], oftewel zes jaar"
    restated = re.compile(rf"[ \t]*,?[ \t]+(?:dus|oftewel|ofwel|dat[ \t]+is|d\.w\.z\.?|=)[ \t]+(?P<age>{num}[ \t]*(?:jaar|jr))\b", re.I)
    return before, after, corrected, restated


def _ages_listed_with_ages(spans: list[Span], text: str) -> list[Span]:
    """A number listed with a found age is an age too: "thans vijf en [zeven]", "[12] en 9", "[14] niet 12"."""
    if not any(span[2] == "leeftijd" for span in spans):
        return spans
    before, after, corrected, restated = _listed_age_res()
    extra: list[Span] = []
    for start, end, kind, _ in spans:
        if kind != "leeftijd":
            continue
        if (m := before.search(text, max(0, start - 20), start)) is not None and not (
                (w := _WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())) is not None
                and w.group(1).lower() in _NUMBERED_WORDS):  # (not "(groep 6, [9 jaar])")
            extra.append((m.start("age"), m.end("age"), "leeftijd", LOW))
        if (m := after.match(text, end) or corrected.match(text, end) or restated.match(text, end)) is not None:
            extra.append((m.start("age"), m.end("age"), "leeftijd", LOW))
    return _add_free(spans, extra) if extra else spans


_EN_AND_NEXT_RE = re.compile(r"[ \t]+(?i:and)[ \t]+([^\W\d_][\w'’-]+)")
_EN_AND_PREV_RE = re.compile(r"([^\W\d_][\w'’-]+)[ \t]+(?i:and)[ \t]+\Z")
_AND_NEXT_RE = re.compile(r"\s+(?:en|&)\s+([a-zà-ÿ][a-zà-ÿ']+)(?![\w\[-])")
_AND_PREV_RE = re.compile(r"(?<![\w-])([a-zà-ÿ][a-zà-ÿ']+)\s+(?:en|&)\s+$")


def _add_free(spans: list[Span], extra: list[Span]) -> list[Span]:
    """``spans`` with those of ``extra`` that overlap none of them, in order."""
    free = [e for e in extra if not any(s[0] < e[1] and e[0] < s[1] for s in spans)]
    return sorted(spans + free)


# kinds whose value, found once, makes any other value of the same shape in the text one of its kind
_CASE_KINDS = frozenset({"zaaknummer", "nummer"})
_TWIN_KINDS = _CASE_KINDS | {"telefoonnummer", "bsn", "iban", "kenteken"}
_MONTH_YEAR_RE = re.compile(r"(?:0?[1-9]|1[0-2])[-/.](?:19|20)\d\d|(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])")


def _code_twins(spans: list[Span], text: str) -> list[Span]:
    """A code found once makes another of the same shape in the same comment one too: a writer who corrects a
    number gives the wrong one and the right one ("zaak nummer [25-0412] staat verkeerd, het moet 25-0421 zijn",
    "niet [C/13/761204] maar C/13/761240"). The shape: each figure a figure, each letter a letter, the signs as
    written; four figures at least and a sign or letter (not a month and a year: "03-2024")."""
    shapes: set[tuple[str, str]] = set()
    for s, e, kind, conf in spans:
        if kind not in _TWIN_KINDS or conf != HIGH:
            continue
        whole = text[s:e]  # (and each part of a code of several: "C/03/412907 / JE RK [25-0412]")
        for value in {whole, *whole.split()} if " " in whole and kind in _CASE_KINDS else (whole,):
            if sum(c.isdigit() for c in value) >= 4 and len(value) >= 5 and not value.isdigit():
                shapes.add(("".join(_shape_part(run) for run in _SHAPE_RUN_RE.findall(value)), kind))
    if not shapes:
        return spans
    extra: list[Span] = []
    for pattern, kind in shapes:
        for m in re.finditer(r"(?<![\w/.-])" + pattern + r"(?![\w/-]|[.,]\d)", text):
            if not _MONTH_YEAR_RE.fullmatch(m.group()):
                extra.append((m.start(), m.end(), kind, HIGH))
    return _add_free(spans, extra)


def _file_letters_before_codes(spans: list[Span], text: str) -> list[Span]:
    """A case number grows over a file's letters with slashes right before it: "(WMO/JGD [2024.113.562])"."""
    if "/" not in text:
        return spans
    return [(p.start(), e, kind, conf) if kind in _CASE_KINDS
            and (p := _SLASHED_LETTERS_BEFORE_RE.search(text, max(0, s - 24), s)) is not None else (s, e, kind, conf)
            for s, e, kind, conf in spans]


_SLASHED_LETTERS_BEFORE_RE = re.compile(r"(?<![\w/])[A-Z]{2,6}(?:/[A-Z]{2,6})+[ \t]+\Z")
_SHAPE_RUN_RE = re.compile(r"\d+|[^\W\d_]+|.", re.S)


def _shape_part(run: str) -> str:
    if run[0].isdigit():
        return r"\d{%d}" % len(run)
    if run[0].isalpha():
        return r"[^\W\d_]{%d}" % len(run)
    return re.escape(run)


def _repeated_names(spans: list[Span], text: str) -> list[Span]:
    """A name found once is a name wherever else it is written the same way: "een klik
    met [Hoop], een begeleider ... Hoop gaf me moed" -> both. Same spelling and case, as
    a whole word; what another annotator found stays as it is."""
    names = {text[s:e] for s, e, kind, _ in spans
             if kind == "naam" and len(text[s:e].strip()) >= 2 and text[s:e].lower() not in _FUNCTION_WORDS}
    if not names:
        return spans
    extra: list[Span] = []
    for name in names:
        for m in re.finditer(r"(?<![\w@.-])" + re.escape(name) + r"(?![\w@-])", text):
            extra.append((m.start(), m.end(), "naam", LOW))
    return _add_free(spans, extra)


# a school's type after a person's name: "de [Johan de Witt] ISK", "het [Erasmus] vmbo"
_SCHOOL_TYPE_AFTER_RE = re.compile(r"[ \t]+(?:isk|ISK|Isk|mavo|MAVO|Mavo|vmbo|VMBO|Vmbo)(?![\w'’-])")


def _grow_names(spans: list[Span], text: str, shouting: bool = False) -> list[Span]:
    """Take a capitalised word in no dictionary right before or after a name into it:
    "Elisangela [Semedo]" -> "[Elisangela Semedo]"."""
    out: list[Span] = []
    for i, (start, end, kind, conf) in enumerate(spans):
        if kind == "school":  # "[Wellant College] Westplas"
            hi = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            m = _WORD_AFTER_RE.match(text, end, hi)
            if m and _name_part(m.group(1)):
                end = m.end(1)
            lo = out[-1][1] if out else 0
            if (b := _BREDE_BEFORE_RE.search(text, max(lo, start - 8), start)) is not None:
                start = b.start()  # "de [Brede school Kalsdonk]": a community school's name starts with its kind
        if kind == "naam":
            lo = out[-1][1] if out else 0
            hi = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            m = _WORD_BEFORE_RE.search(text, max(lo, start - 40), start)
            if m and (_name_part(m.group(1)) or _lower_first_name(m.group(1), text[start:end])):
                start = m.start(1)  # also "jan [willem]": a double first name in lowercase
            elif m and nickname_adjective(text, m.start(1), m.group(1)):
                start = m.start(1)  # "Kleine [Sam]", "Dikke [Dave]": a street name
            elif m and shouting and _shouted_first_name(m.group(1), text[start:end]):
                start = m.start(1)  # "DAT BAS [VERHOEVEN]": a first name that is a word, read in lowercase
            elif (m := _SHORT_INTERFIX_BEFORE_RE.search(text, max(lo, start - 12), start)) is not None:
                start = m.start()  # "mevrouw v. d. [Berg]", "meneer v/d [Wal]"
            m = _WORD_AFTER_RE.match(text, end, hi)
            if m and (_name_part(m.group(1)) or _lower_name_after(m.group(1), text[start:end])):
                end = m.end(1)  # also "[henk] jan", "[jo] kurvers": a lowercase name goes on
            elif (m := _SURNAME_AFTER_RE.match(text, end, hi)) and _surname_after(m):
                end = m.end()  # "[joke] van der brug", "[Anna] ter horst"
            elif (m := _WORD_AFTER_RE.match(text, end, hi)) and _word_surname_after(text, start, end, m.group(1)):
                end = m.end(1)  # "voor [Johanna] Sterk": a surname that is also a word, capitalised in mid-sentence
            start, end = grow_cantonese(text, start, end, lo, hi, shouting)  # "[Yip Suk] Man", "chi [keung]"
            if (t := _SCHOOL_TYPE_AFTER_RE.match(text, end, hi)) is not None:
                kind, end = "school", t.end()  # "op de [Johan de Witt] ISK": a school named after a person
        elif kind == "medewerker" and " " not in text[start:end]:
            hi = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            if (m := _SURNAME_AFTER_RE.match(text, end, hi)) and _surname_after(m):
                end = m.end()  # a staff member's first name with a surname: "[ingrid] van leeuwen"
        out.append((start, end, kind, conf))
    return out


def _is_country(phrase: str) -> bool:
    """A country or region ("Engeland", "Syrië"): a country of origin identifies no one."""
    from stemsync.deidentify.lists import words  # noqa: PLC0415

    return phrase.lower() in words("countries")


_BREDE_BEFORE_RE = re.compile(r"(?<![\w-])brede\s+\Z", re.I)
# the word right before or after a span (read by the name growth above and the country check below)
_WORD_BEFORE_RE = re.compile(r"([\w'’]+)[ -]\Z")
_ROLE_BRACKET_BEFORE_RE = re.compile(r"([\w'’]+)[ \t]*\(\Z")  # (a word, then the bracket the name opens)
# an interfix written short before a surname: "v. d.", "v.d.", "v/d", "vd", "v."
_SHORT_INTERFIX_BEFORE_RE = re.compile(r"(?<![\w.])(?:v\.\s?d\.?|v/d|vd|v\.)[ \t]*\Z", re.I)
_WORD_AFTER_RE = re.compile(r"[ -]([\w'’]+)")


def _in_country(text: str, start: int, end: int) -> bool:
    """The span is a country or part of one's name with the word before or after it:
    "Syrië", "Maarten" in "Met Sint Maarten", "Zeeland" in "Nieuw Zeeland"."""
    if _is_country(text[start:end]):
        return True
    if (b := _WORD_BEFORE_RE.search(text, max(0, start - 30), start)) and _is_country(text[b.start():end]):
        return True
    return bool((a := _WORD_AFTER_RE.match(text, end)) and _is_country(text[start:a.end()]))




@functools.cache
def _public_bodies() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of every national public body (``data/public_bodies.txt``, longest first)
    and the first word of each: the costly pattern runs only when one of them is in the text."""
    from stemsync.deidentify.lists import entries  # noqa: PLC0415

    names = sorted(entries("public_bodies"), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.IGNORECASE)
    return pattern, name_gate(names)  # ("de" and "het" open half of all comments, "Kinderbescherming" few)


def _public_bodies_re() -> re.Pattern[str]:
    return _public_bodies()[0]


def _may_name_a_body(text: str) -> bool:
    return has_gate_word(_public_bodies()[1], text.lower())


def _without_public_bodies(text: str, spans: list[Span]) -> list[Span]:
    """Drop findings that lie inside the name of a national public body
    (``data/public_bodies.txt``: "Raad voor de Kinderbescherming", "Veilig Thuis")."""
    if not spans:
        return spans  # (nothing to drop or clip)
    bodies = [(m.start(), m.end(), "instelling", HIGH) for m in _public_bodies_re().finditer(text)] \
        if _may_name_a_body(text) else []
    country: dict[tuple[int, int], bool] = {}  # (the finders often give the same span several times)
    spans = [s for s in spans if not (s[2] in {"plaats", "naam"} and (
        country[s[:2]] if s[:2] in country else country.setdefault(s[:2], _in_country(text, s[0], s[1]))))]
    if not bodies:
        return spans
    inside = [s for s in spans if not any(bs <= s[0] and s[1] <= be for bs, be, *_ in bodies)]
    return _clip_around(text, inside, bodies)  # "begeleider [van de William Schrikker] Groep"


@functools.cache
def _body_last_words() -> dict[str, tuple[str, ...]]:
    """The last word of every public body of two words or more (``data/public_bodies.txt``), lowercase, by the
    words before it: "raad voor de" -> ("kinderbescherming",), "samen" -> ("sterker",)."""
    from stemsync.deidentify.lists import entries  # noqa: PLC0415

    out: dict[str, set[str]] = {}
    for body in entries("public_bodies"):
        parts = body.lower().split()
        if len(parts) >= 2 and len(parts[-1]) >= 5:
            out.setdefault(" ".join(parts[:-1]), set()).add(parts[-1])
    return {k: tuple(v) for k, v in out.items()}


_WORDS_BEFORE_RE = re.compile(r"((?:[^\W\d_]+\s+){1,4})\Z")


def _without_mistyped_bodies(text: str, spans: list[Span]) -> list[Span]:
    """Drop a name or place found with low confidence that is the last word of a public body's or a
    questionnaire's name typed one letter wrong or with two letters swapped: "Samen Sterkr", "de Raad voor de
    Kinderbeschermig", "Kinderbeschreming"."""
    out = []
    for span in spans:
        start, end, kind, conf = span
        if conf == LOW and kind in {"naam", "plaats"} and end - start >= 5 and text[start:end].isalpha() \
                and (m := _WORDS_BEFORE_RE.search(text, max(0, start - 40), start)) is not None:
            low = text[start:end].lower()
            before = m.group(1).lower().split()
            lasts = _body_last_words()
            if any(one_edit(low, last) or swapped(low, last) for k in range(1, len(before) + 1)
                   for last in lasts.get(" ".join(before[-k:]), ())):
                continue
        out.append(span)
    return out


# games' titles of two words: "mario kart", "IK SPEEL GRAAG BRAWL STARS" (one-word titles: capitalised_words.txt)
_GAME_TITLE_RE = re.compile(r"(?<![\w-])(?:mario\s+kart|super\s+mario|brawl\s+stars|clash\s+(?:royale|of\s+clans)|call\s+of\s+duty|"
                            r"animal\s+crossing|among\s+us|rocket\s+league|grand\s+theft\s+auto|subway\s+surfers|"
                            r"stumble\s+guys|just\s+dance)(?![\w-])", re.I)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_FIGURE_NEXT_RE = re.compile(r"[ \t]+\d")
_ON_BEFORE_RE = re.compile(r"(?<![\w'’])op[ \t]+(?:(?:de|het|'t)[ \t]+)?\Z", re.I)


def _one_edit_from_frequent(low: str) -> bool:
    """Whether a word is one letter off a frequent Dutch word (Zipf 5 or more) that is no name, or has two letters
    swapped: "vint" (vind), "goep" (groep), "grope"."""
    from stemsync.deidentify.lists import _name_lists, frequencies  # noqa: PLC0415

    freq = frequencies()
    names = _name_lists()
    splits = [(low[:i], low[i:]) for i in range(len(low) + 1)]
    edits = {a + b[1:] for a, b in splits if b} | {a + c + b[1:] for a, b in splits if b for c in _LETTERS} | {
        a + c + b for a, b in splits for c in _LETTERS} | {
        a + b[1] + b[0] + b[2:] for a, b in splits if len(b) >= 2}  # (sixtieth session: two letters swapped, "grope")
    return any(e != low and e not in names.first_any and e not in names.places and freq.at_least(e, 5.0)
               for e in edits)


# a quotation of four words or more before the word that closes it ("'IK BEN KLAAR MET HULP'"; not "'tante Wil'")
_QUOTED_SENTENCE_RE = re.compile(r"(?:^|[\s:(])['‘](?:[^'‘’\s]+\s+){3,}\Z")
_LEVEL_RE = re.compile(r"(?:vmbo|havo|vwo|mavo|mbo|hbo|wo|vso|pro)-[a-z]{1,4}", re.I)


def _quoted_word_or_level(word: str) -> bool:
    """A word with the quote that closes a quotation glued to it ("HULP'"), or a school level with its track
    ("VMBO-T", "vmbo-kb")."""
    from stemsync.deidentify.lists import dictionary  # noqa: PLC0415

    if word[-1:] in "'’" and word[:-1].isalpha() and word[:-1].lower() in dictionary().words:
        return True
    return _LEVEL_RE.fullmatch(word) is not None


@functools.cache
def _regions_re() -> re.Pattern[str] | None:
    """The countries and regions of more than one word ("Hoorn van Afrika", "Sierra Leone", "Verenigd Koninkrijk")."""
    regions = sorted((c for c in words("countries") if " " in c), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in regions) + r")(?![\w-])", re.I) if regions else None


def without_regions(text: str, spans: list[Span]) -> list[Span]:
    """Drop a name, place or street inside a country or region of more than one word: "uit de Hoorn van Afrika"
    ("Hoorn" is a town and a surname too)."""
    rx = _regions_re()
    if rx is None or " van " not in text and not any(s[2] in {"naam", "plaats", "adres"} and " " in text[s[0]:s[1]]
                                                    for s in spans):
        return spans
    regions = [(m.start(), m.end()) for m in rx.finditer(text)]
    if not regions:
        return spans
    return [s for s in spans if not (s[2] in {"naam", "plaats", "adres"}
                                     and any(a <= s[0] < b or a < s[1] <= b for a, b in regions))]


@functools.cache
def _languages_by_length() -> dict[int, tuple[str, ...]]:
    """The languages and nationalities of ``capitalised_words`` (ending as they do: "nederlands", "somalisch",
    "papiaments", "arabisch"), by length."""
    out: dict[int, list[str]] = {}
    for w in words("capitalised_words"):
        if len(w) >= 5 and w.isalpha() and w.endswith(("s", "isch", "ees", "ans", "ens")):
            out.setdefault(len(w), []).append(w)
    return {n: tuple(ws) for n, ws in out.items()}


@functools.lru_cache(maxsize=1 << 14)
def _misspelt_language(word: str) -> bool:
    """A language or nationality one letter off ("Nederlans", "Somalies", "papiamends", "Arabies"), no name: one
    word of six letters or more, on no name or place list."""
    low = word.lower()
    if len(low) < 6 or not low.isalpha():
        return False
    by_length = _languages_by_length()
    near = [w for n in (len(low) - 1, len(low), len(low) + 1) for w in by_length.get(n, ()) if w[0] == low[0]]
    if not any(one_edit(low, w) for w in near) and not (low.endswith("ies") and low[:-3] + "isch" in words("capitalised_words")):
        return False  # ("Somalies": "-isch" written as it sounds)
    from stemsync.deidentify.lists import _name_lists  # noqa: PLC0415

    names = _name_lists()
    if low[:-1] in names.places or low[:-1] in words("courts") or low[:-2] in names.places:
        return False  # "rechtbank Limburgg", "Drentss": a place mistyped, not the language "Limburgs"
    return low not in names.first_any and low not in names.surnames_all and low not in names.places


@functools.cache
def _first_name_typos() -> dict[str, str]:
    """Deletion index (distance 1) of the listed first names of five letters or more."""
    from stemsync.deidentify.lists import _name_lists, deletion_index  # noqa: PLC0415

    return deletion_index(n for n in _name_lists().first_any if len(n) >= 5 and n.isalpha())


_TITLE_BEFORE_RE = re.compile(r"([\w'’]+)\.?\s+\Z")  # (also with its dot: "mevr. doelwijt")
# a place's locative right before, or with an article between: "uit jakarta", "in eskamp", "naar t zwijsen"
_STRONG_LOCATIVE_BEFORE_RE = re.compile(r"(?:(?<![\w'’])(?:in|uit|naar|vanuit|te|groep)\.?"
                                        r"|(?<![\w-])(?:in|uit|naar|vanuit|groep)\s+(?:de|het|'t|t))\s+\Z", re.I)
# a title before a name ("pastoor Fraans": a name, not "Frans" misspelt)
_TITLES_BEFORE_NAME = frozenset("pastoor pastor dominee ds pater meneer mevrouw mevr dhr mw juf meester dokter dr imam "
                                "zuster broeder fam familie mr mvr".split())  # ("fam. Verstapen": fifty-fifth session)


def _after_title(text: str, start: int) -> bool:
    """A title right before ``start``, with or without its dot: "mevrouw bakkker", "mevr. doelwijt"."""
    b = _TITLE_BEFORE_RE.search(text, max(0, start - 30), start)
    return b is not None and b.group(1).lower() in _TITLES_BEFORE_NAME


def _mistyped_word(low: str) -> bool:
    """A word of six letters or more in no dictionary, one typing error off a frequent Dutch word and not one letter off
    a town or a first name: "vrijdach" (vrijdag), "kinderbeschermign" (not "zwole", "marjollein")."""
    from stemsync.deidentify.lists import _name_lists, _typo_index, dictionary, one_letter_from  # noqa: PLC0415
    from stemsync.deidentify.places import _place_typos  # noqa: PLC0415

    return len(low) >= 6 and low not in dictionary().words and low not in dictionary().proper \
        and one_letter_from(low, _typo_index()) and not one_letter_from(low, _place_typos()) \
        and not one_letter_from(low, _first_name_typos()) \
        and low[:-1] not in _name_lists().places  # (a town with a case ending: Estonian "venlos", in Venlo)


def _on_name_lists(low: str) -> bool:
    """``low`` (lowercase) is a listed first name, surname or place."""
    from stemsync.deidentify.lists import _name_lists  # noqa: PLC0415

    names = _name_lists()
    return low in names.first_any or low in names.surnames_all or low in names.places


def _without_typos_and_titles(text: str, spans: list[Span]) -> list[Span]:
    """Drop a venue, or a place before a figure, found with low confidence that is a lowercase word
    one letter off a frequent word and on no list ("ik vint gym het leukste", "in goep 8"), a name or place found
    with low confidence that is a frequent word spelt as it sounds ("zecht", "snell", "vrijdach") or a long lowercase
    word one typing error off a frequent one ("nulurencontrakt"; not after a title or "in", "uit", "naar": "mevrouw
    bakkker", "uit jakarta"), a language mistyped, and a name, place or venue in a game's title ("we speelden mario
    kart")."""
    titles = [(m.start(), m.end()) for m in _GAME_TITLE_RE.finditer(text)] if " " in text else []
    if not titles and not any(s[3] == LOW or s[2] in {"naam", "plaats"} and s[1] - s[0] >= 6 for s in spans):
        return spans
    from stemsync.deidentify.lists import sound_alike_typo  # noqa: PLC0415

    out = []
    for span in spans:
        start, end, kind, conf = span
        if kind in {"naam", "plaats", "locatie"} and any(a <= start and end <= b or start <= a and b <= end
                                                          for a, b in titles):
            continue
        word = text[start:end]
        if kind in {"naam", "plaats"} and _misspelt_language(word) and not _after_title(text, start):
            continue  # "Ik spreek Somalies en Arabies", "dan in het Nederlans": a language mistyped (not "pastoor Fraans")
        if conf == LOW and kind == "naam" and _quoted_word_or_level(word) and (
                _LEVEL_RE.fullmatch(word) or _QUOTED_SENTENCE_RE.search(text, max(0, start - 120), start)):
            continue  # "KLAAR MET HULP'": a word and the quote that closes it; "2 VMBO-T": a level
        if conf == LOW and kind in {"locatie", "naam", "plaats"} and len(word) >= 4 and word.isalpha() \
                and word.islower():
            if not _on_name_lists(word) and (
                    # (a one-letter typo only for a venue, or a place before a figure: a lowercase name in no list
                    # is often one letter off a word too, "feven", "haben")
                    (kind == "locatie" or kind == "plaats" and (_FIGURE_NEXT_RE.match(text, end)
                                                                # (sixtieth session) or after "op": "op de grope",
                                                                # "beter op scool"
                                                                or _ON_BEFORE_RE.search(text, max(0, start - 12), start)))
                    and len(word) <= 8 and _one_edit_from_frequent(word)
                    and (len(word) >= 5 or not _ON_BEFORE_RE.search(text, max(0, start - 12), start))
                    # a frequent word spelt as it sounds: "mijn moeder zecht", "dat het snell zou gaan"
                    or kind != "locatie" and sound_alike_typo(word)
                    # a long word one typing error off a frequent word (not the word itself, not a town mistyped):
                    # "op vrijdach", "de rechten van ouderss"; not after a title or a locative that marks a name or
                    # a place ("mevrouw bakkker", "uit jakarta", "in eskamp")
                    or _mistyped_word(word) and not _after_title(text, start)
                    and not _STRONG_LOCATIVE_BEFORE_RE.search(text, max(0, start - 30), start)):
                continue
        if conf == LOW and kind in {"naam", "plaats"} and len(word) >= 8 and word.isalpha() and word[0].isupper() \
                and word[1:].islower() and _sentence_start(text, start) and not _after_title(text, start) \
                and _mistyped_word(word.lower()) and not _on_name_lists(word.lower()):
            continue  # (forty-ninth session) "Jeugzorg was not like i expected": a long word mistyped opening a
            # sentence (not a surname after a title with its dot: "mevr. Verhaege")
        out.append(span)
    return out


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
