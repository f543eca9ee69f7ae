"""Ages, anchored on what says a person's age follows, so durations stay.

- a person word and "van": "mijn zoon van 12", "een meisje van vijftien jaar";
- a subject and a form of "zijn"/"worden": "hij is 11", "ik ben veertien", "ze is net
  16 geworden", "toen ik 11 was";
- a number in brackets after a person word or a name: "onze dochter (14)", "Sanne (9)";
- ordinals after a possessive: "sinds mijn 12e", "op haar zestiende";
- "15-jarige", "vijftienjarige", "16jr";
- a name as the subject: "Sanne is 13"; the verb after the number: "alsof ik 5 ben",
  "toen hij zestien werd"; an apposition: "Sanne, 14 jaar, ..."; lists: "(6, 9 en 11)".

A following "jaar", "jr" or "jaar oud" is part of the span. deduce's own "N jaar"
annotator is off (it takes durations such as "2 jaar hulp").

After the number only "jaar", "jr", "oud", "geworden", a conjunction or punctuation
may follow: "hij is 3 dagen weg", "ik ben 2 keer verhuisd" and "na 3 maanden
begeleiding" are left alone. Person words: ``data/person_words.txt``; number words:
``data/age_words.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import DUTCH_ORDINALS, HIGH, LOW, PARTY_EMOJI, Span, _Ctx, _I
from stemsync.deidentify.english import EN_NAME_AGE_RE, english_name_before_age, is_english
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import (_FUNCTION_WORDS, _name_lists, alternation, dictionary, frequencies,
                                       no_dictionary_form, published_first_names_lower, words)

# "vijfenzeventig", "drieëntwintig": a grandparent's age in words
# (fifty-first session: also "vijvenveertig", "sesenzestig", "tweentwintig", as it is said and typed)
_COMPOUND_NUM = (r"(?:een|twee|drie|vier|vijf|vijv|zes|ses|zeven|acht|negen)(?:ën|en|n)"
                 r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)")
# "tweeënhalf", "vierenhalf": a toddler's age with a half
_HALF_NUM = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?:ën|en|n)half"  # (also "tweenhalf")
# a teen written as two words: "is vijf tien", "word ze zeven tien"
_SPLIT_TEEN = r"(?:drie|vier|vijf|zes|zeven|acht|negen)\s+tien(?![\w-])"
_NUM_WORDS = "(?:" + _COMPOUND_NUM + "|" + _HALF_NUM + "|" + _SPLIT_TEEN + "|" + alternation("age_words") + ")"
_NUM = r"(?:\d{1,2}|" + _NUM_WORDS + r")"
# "geworden" (became: "is 16 geworden") as chat shortens it and as it is mistyped ("12 gworden", "18 gew")
_GEWORDEN = r"(?:geworden|geworde|gewordn|gworden|gewrdn|gewoorden|gewurden|gew)"
# a person word, or a toddler called "de kleine" ("onze kleine is 4", "een kleine (4)"); not
# in person_words.txt, where "kleine" would make "obs de kleine prins" a generic phrase
_LITTLE_ONES = frozenset({"kleine", "kleintje", "kleinste", "ukkie"})
# a family word also in its foster, step or half form and as a diminutive: "pleegbroertje", "stiefzusje",
# "baby'tje" (in the gate words only the listed words of four letters or more; not "ma" or "ze")
_KIN_PREFIXES = ("pleeg", "stief", "half")
_DIMINUTIVES = ("tje", "'tje", "je", "tjes", "jes")
_DIMINUTIVE_BASES = sorted((w for w in words("person_words") if len(w) >= 4 and w.isalpha()), key=len, reverse=True)
_SHORT_PERSON_WORDS = sorted((w for w in words("person_words") if w not in _DIMINUTIVE_BASES), key=len, reverse=True)
_PERSON = (r"(?:(?:" + "|".join(_KIN_PREFIXES) + r")?(?:" + "|".join(map(re.escape, _DIMINUTIVE_BASES)) + r")(?:'?tjes?|jes?)?|"
           + "|".join(map(re.escape, _SHORT_PERSON_WORDS)) + "|" + "|".join(sorted(_LITTLE_ONES)) + r")")
# an optional "jaar" or "jr" after a number: "(12 jr)", "16 jaar is"
# "jaar" and how it is typed ("jr", "jaaar", "jaa", "jar", "jaat")
# (and the word in Papiamentu and Sranan: "un mucha di 12 aña", "a pikin abi 8 yari"; German, Spanish and Portuguese
# between Dutch words: "hij is 14 jahr", "mijn dochter (9 ano)")
_YEAR_UNITS = r"(?:jaar|jr\.?|ja{3}r|jaa|jar|jaat|jaart|jaa?rr+|jaor|joar|jaore|aña|anja|yari|jari|jier|jahre?n?|años?|anos?|anu)"
# (Frisian "jier"; fifty-second session: Limburgish and Brabantish "jaor", "joar": "mien jong is 12 jaor")
_YEARS_OPT = rf"(?:\s*{_YEAR_UNITS}(?![\w-]))?"
# in brackets English too ("Gabriella (9 yrs)") and a baby's months ("[Noor] (7mnd)", "dochtertje (11 mnd)")
_YEARS_OPT_EN = r"(?:\s*(?:jaar|jaat|ja{3,}r|jr\.?|yrs?|years?|jahre?|años?|anos?|anu|mnd|maandjes|maanden|maand|weken|wkn|wk|weekjes|dagen|dgn|months?|weeks?|j\.?(?![a-z])))?"
_AFTER = (
    r"(?=\s*(?:jaar|jier|jaor|joar|jaore|jahre?n?|años?|anos?|anu|jr\.?|j\.?(?=\s)|jaartjes|ja{3}r|jaa|jar|jaat|jaart|oud|" + _GEWORDEN + r"|en|and|maar|of|dus|toen|nu|want|terwijl|is|was|in|"
    r"ben|bent|werd|wordt|word|zijn|waren|en\s+half|"
    # "IK BEN 14 NIET EEN KLEIN KIND", "ik ben 17 man ik kan zelf nadenken"
    r"niet|nie|nog|ook|hoor|man|lol|haha|ffs|fml|toch|zelf|echt|geen|hè|he|ofzo|of\s+zo|btw|trouwens|y/o|yo|"
    r"kan|kon|mag|mocht|moet|wil|tijdens|bij\s+(?:zijn|haar|de|het|onze|ons)|ipv|i\.p\.v\.|in\s+plaats\s+van|te\s+zijn|"  # "hij is al 23 kan dat nog?", "Sem werd 4 tijdens de training", "was 12 bij zijn eerste plaatsing"
    r"vandaag|gisteren|gister|pf+|wow|omg|jeetje|hihi|xd|hopelijk|straks|binnenkort|"  # "ze is 5 vandaag", "wordt al 13 pff"
    r"denk|geloof|volgens\s+mij|misschien|schat\s+ik|"  # "hij is 15 denk ik"
    r"net\s+als|precies\s+als|zoals|just\s+like|"  # (fifty-ninth session) "hij is 14 net als ik"
    r"(?:a|à)\s+\d{1,2}\s+jaar|"  # "is zo rond de 15 a 16 jaar"
    # a run-on sentence: "hij is zestien hij mocht eindelijk stage lopen"
    r"hij|ze|zij|ik|dus|snap|weet|vind|"  # "hij is toch al 16 snap het niet"
    r"wat|wanneer|waarom|hoe|wie|welke|"  # "hij is 4 wat moet ik doen", "zij is 4 wanneer mag ze naar school"
    # speech-to-text writes the punctuation: "hij is zeven jaar punt"
    r"punt|komma|"
    r"op\s+[a-zë]+\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|"
    r"apr|jun|jul|aug|sept?|okt|nov|dec)|"  # "wordt elf op twee juli"
    r"op\s+dezelfde|op\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|\d{1,2}|de\s+\d{1,2}(?:e|ste|de)?)|volgende|deze|vorige|over|morgen|bro|"
    r"dit\s+(?:jaar|weekend|najaar|voorjaar|schooljaar))\b"  # "hij wordt vijftien dit jaar"
    r"|\s*[.,;:!?)\](]|\s*$|\s*½|\s+1/2(?![\d/])|\s*j\.(?=\s|$)"  # "is 11 j. en"
    r"|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF])"
)
# after "zoon van 12" anything but a unit of time, money or count may follow
_NOT_UNIT = (
    r"(?![.,/:-]?\d)(?!\s*(?:maanden|maand|weken|week|dagen|dag|uur|uren|minuten|min|seconden|keer|"
    r"euro|eur|kilo|kg|km|meter|procent|%|kinderen|jongeren|mensen|stuks|pagina|pagina's|"
    r"kleinkinderen|kleinkids|pleegkinderen|kindjes|kinders|kids|zonen|dochters|jongens|meiden|meisjes|broers|zussen|"
    r"broertjes|zusjes|kleinzoons|kleindochters|"
    r"punten|cijfers|jaren|nachten|nacht|groepen|gezinnen|families|klassen|x|"
    r"weke|maande|dae|ure|jare|"  # (Afrikaans, and Dutch written as spoken: "van ses weke")
    r"hours?|hrs?|minutes?|mins?|days?|weeks?|months?|times|euros?|points|kids|children|people|pages|km|miles)\b)"
)
_SUBJECT = (
    r"(?:ik\s+ben|ben\s+ik|ik\s+bn|hij\s+is|is\s+hij|zij\s+is|ze\s+is|is\s+ze|is\s+zij|was\s+hij|jij\s+bent|je\s+bent|"
    r"bent\s+u|u\s+bent|ben\s+je|ben\s+jij|bent\s+je|bent\s+jij|ben|bent|word|wordt|"  # "ben je echt al 16?"
    + _PERSON + r"\.?\s+(?:is|ies|wordt|word|wort|zijn|was|waren|werd)|"  # (the person words once; also "cl. is 13";
    # fifty-fourth session: "mijn kinderen waren toen 2 en 5")
    r"ik\s+word|hij\s+wordt|ze\s+wordt|zij\s+wordt|ik\s+werd|hij\s+werd|ze\s+werd|zij\s+werd|"
    r"toen\s+ik|toen\s+hij|toen\s+ze|toen\s+zij|als\s+ik|als\s+hij|als\s+ze|"
    r"ik\s+was|hij\s+was|ze\s+was|zij\s+was|wij\s+zijn|we\s+zijn|wij\s+waren|we\s+waren|"
    r"['’]?k\s+was|['’]?k\s+ben|kben|kbn|kwas|"  # "k was net 15 toen het begon", "kben 14" (fifty-first session)
    # "toen ze bij ons kwam was ze 7", "beiden 19 jaar"
    r"was\s+ze|was\s+zij|was\s+hij|was\s+ik|werd\s+ze|werd\s+hij|werd\s+ik|allebei|beiden|allebeide|"
    r"was\s+ie|is\s+ie|werd\s+ie|wordt\s+ie|ie\s+is|ie\s+was|word\s+ik|wordt\s+hij|wordt\s+ze|wordt\s+zij|"
    r"word\s+hij|word\s+ze|word\s+zij|"  # "dan word hij 80!!" (the t left out)
    r"die\s+is|die\s+wordt|die\s+word|die\s+was|die\s+werd|"
    # (fifty-third session) "hen is 13" (a non-binary pronoun); Limburgish "jong" (boy): "mien jong is 12", "Sjra jong is 14"
    r"hen\s+is|hen\s+wordt|hen\s+was|hen\s+werd|is\s+hen|was\s+hen|"
    r"(?:mien|mn|m'n|ons|oos|us|zien|zn|heur)\s+jong\s+(?:is|wordt|was)|(?-i:[A-Z])[a-zà-ÿ]+\s+jong\s+(?:is|wordt|was)|"
    # "een tweeling, die zijn 4 en ...", "ze zijn 6 en 8"
    r"die\s+zijn|ze\s+zijn|zij\s+zijn|bleek\s+hij|bleek\s+ze|bleek\s+zij|bleek\s+ie)"
)
_ADV = r"(?:\s+(?:net|pas|bijna|al|alweer|weer|wel|nu|no|toen|ook|maar|geen|inmiddels|inmidels|sinds\s+kort|nog|straks|dan|dus|trouwens|eigenlijk|gewoon|gwn|echt|"
_ADV += r"niet|morgen|overmorgen|thans|gisteren|gister|vandaag|vnd|vndg|eergisteren|laatst|onlangs|vorige\s+week|vorige\s+maand|vorig\s+jaar|deze\s+week|btw|zelf|destijds|toentertijd|steeds|"
_ADV += r"volgende\s+week|ondertussen|only|just|already|almost|nearly|ongeveer|rond|zo'n|lang|binnenkort|dit\s+jaar|volgend\s+jaar|volgende\s+maand|eindelijk|"
_ADV += r"(?:zo\s+)?rond\s+de|ergens\s+rond\s+de|over\s+de|boven\s+de|thans|momenteel|intussen|tenslotte|immers|toch|tog|reeds|nota\s+bene|notabene|"
_ADV += r"bij\s+(?:aanvang|opname|plaatsing|aanmelding|de\s+start|de\s+aanmelding)(?:\s+van\s+(?:het|de)\s+(?:traject|hulp|"
_ADV += r"begeleiding|behandeling|plaatsing|zorg))?|"  # "Mevrouw is bij aanvang van het traject 17 jaar"
_ADV += r"in\s+(?!(?:fase|groep|klas|niveau|week|stap|level|leerjaar|blok|jaar)\b)\w+)){0,3}"  # "is zelf nog maar 24"

# English teens and twenties in a Dutch sentence: "ze is nineteen dus mag dat", "mn zus is twenty-two"
_EN_TEENS = (r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
             r"|twenty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)")
_EN_TEENS_RE = re.compile(_EN_TEENS, _I)
# Candidates: a number of one or two digits, a number word, an ordinal, "-jarige",
# "16jr" written as one word.
_CANDIDATE_RE = re.compile(
    rf"(?<![\w.,/-])(?P<age>\d,5(?![\d,])|\d{{1,2}}(?:e|ste|de)?|derde|{_NUM_WORDS}(?:de|ste)?|{_EN_TEENS})"  # also "is nu 2,5"
    r"(?:(?P<jarig>[- ]?(?:jaa?rige?n?|jierrige?))|(?P<glued>jr\.?|jaar|j(?=\s|$)))?(?!(?!½)[\w/-]|[.,:]\d)",
    _I,
)
# What must stand right before a candidate (searched in the 60 characters before it).
# "mijn zoon van 12", also with a name between: "mijn dochter Sanne van 17"
_BEFORE_VAN = re.compile(rf"(?<![\w-]){_PERSON}(?P<between>(?:\s+[^\W\d_][\w'’-]*){{0,2}})"
                         r"(?:\s*\([^()]{1,30}\))?\s*,?\s+van"  # also "mijn moeder (riet) van tachtig"
                         r"(?:\s+(?:bijna|net|pas|ruim|al|nog\s+geen|amper))?\s+\Z", _I)  # "zoon van bijna 6"
_BEFORE_SUBJECT = re.compile(rf"(?<![\w-]){_SUBJECT}{_ADV}\s+\Z", _I)
# a name as the subject: "Sanne is 13", "Sanne is nu 15" (checked against the lists)
_BEFORE_NAMED = re.compile(
    rf"(?<![\w'’-])(?P<who>[^\W\d_][\w'’-]+)(?:\s+zelf)?(?:\s*\([^()\n]{{1,50}}\))?\s*,?\s+(?:is|ies|was|wordt|wort|werd){_ADV}\s+\Z", _I)  # also "Sanne (onze pleegdochter) is nu 9", "Dion ies 9"
# the verb at the end of a clause: "alsof ik 5 ben", "toen hij zestien werd",
# "terwijl ze bijna 18 is"
_BEFORE_PRONOUN = re.compile(rf"(?<![\w-])(?:ik|hij|ze|zij|jij|je|u|die|{_PERSON}){_ADV}\s+\Z", _I)
_CLAUSE_NAME_RE = re.compile(
    r"(?<![\w-])(?:omdat|toen|als|nadat|sinds|dat|zodat|voordat|terwijl|sinds|wanneer)\s+(?P<who>[^\W\d_][\w'’-]*|\[naam\])"
    + _ADV + r"\s+\Z", _I)
# "als je 18 wordt", "zodra je 18 wordt": the age anyone turns, no one's in particular
_ANYONE_RE = re.compile(rf"(?<![\w-])(?:als|zodra|wanneer|tot|totdat|voordat|vanaf|eenmaal)\s+(?:je|jij|u|men){_ADV}\s+\Z", _I)
_BECOMES_RE = re.compile(_YEARS_OPT + r"\s+(?:word|wordt|worden|wurd|wurdt)\b", _I)  # (Frisian "dat se 13 wurdt")
_BECAME_RE = re.compile(rf"(?<![\w-])(?:(?:ik|hij|ze|zij|ie)\s+werd|werd\s+(?:ik|hij|ze|zij|ie)){_ADV}\s+\Z", _I)
_AND_IS_RE = re.compile(r"(?<![\w-])en\s+(?:is|was|wordt|werd)" + _ADV + r"\s+\Z", _I)
_END_RE = re.compile(_YEARS_OPT + r"\s*(?:[.!?;,]|$)", _I)
_BEFORE_NAME_VAN = re.compile(r"(?<![\w'’-])(?P<who>[^\W\d_][\w'’-]+)\s*,?\s+van\s+\Z", _I)
# "[naam], inmiddels 18 jaar is": an adverb, the number and a verb
_ADVERB_AGE_RE = re.compile(
    rf"(?<![\w-])(?:inmiddels|nu|al|pas|bijna|net)\s+(?P<age>{_NUM}){_YEARS_OPT}\s+"
    r"(?:is|was|wordt|werd|ben|bent|" + _GEWORDEN + r")\b", _I)
# "ik ben [naam] en 16,": a self-introduction with the age after "en"
_SELF_AGE_RE = re.compile(rf"(?<![\w-])ik\s+ben\s+(?:\[naam\]|[^\W\d_][\w'’-]*)\s*,?\s+en\s+(?P<age>{_NUM})"
                          r"(?=\s*(?:jaar|jr)?\s*(?:[,.!?]|$|\s+(?:en|jaar|jr)\b))", _I)
# "71 is wel oud om dit te leren": a number called old or young
_OLD_YOUNG_RE = re.compile(rf"(?<![\w,./-])(?P<age>\d{{1,2}}|{_NUM_WORDS})\s+is\s+(?:wel|te|best|erg|heel|nog)?\s*(?:oud|jong)\b", _I)
# "ik ben 15 bro", "ik word 18 op [datum]", "ik ben eindelijk 18": a number after "ik ben"
_I_AM_AGE_RE = re.compile(
    # (also the verb first: "dan word ik 19", "toen was ik 12"; and in dialect: "ich bin zestien", "'k ben 15")
    rf"(?<![\w'’-])(?:(?:ik|ich|iech|'k|k|je|jij)\s+(?:ben|bin|bent|word|wordt|waard|wurd)|(?:ben|bin|word|werd|was|waard)\s+(?:ik|ich))(?:\s+(?:nu|net|pas|bijna|al|eindelijk|toch|echt|gewoon|ook|"
    rf"trouwens|zelf|maar|nog|geen|niet|nie|eens|er|morgen|mrgn|mrg|straks|vandaag|vnd|vndg|binnenkort|bijna|volgende\s+week))*\s+(?P<age>{_NUM})(?![\w/-]|[.,]\w|\s*(?:keer|x|uur|minuten|min|weken|week|weekn|weeken|wkn|wk|dagen|dag|maanden|maand|mnd|zwanger|"
    r"kilo|kg|euro|jaar|jr|km|meter|%|procent|stuks|van|op\s+de\s+wachtlijst)\b|\s*(?:a|à|-|tot)\s*\d)", _I)
# "thans 14 jaar oud", "twaalf jaar oud": "jaar oud" is always an age
# not the age of a thing: "de auto is 12 jaar oud", "het huis is 3 maanden oud"
_NOT_A_THING_IS = r"(?<!\bauto is )(?<!\bhuis is )(?<!\bfiets is )(?<!\bgebouw is )(?<!\btelefoon is )(?<!\blaptop is )"
_YEARS_OLD_RE = re.compile(
    _NOT_A_THING_IS + r"(?<!\bboom is )"
    rf"(?<![\w,./-])(?P<age>{_NUM})\s+(?:{_YEAR_UNITS}|jaren)\s+oud(?:e\s+{_PERSON})?\b", _I)  # also "mijn 15 jaar oude dochter"
_MONTH_UNITS = frozenset("maanden maand maande maanen maaden maandn mnden mndn mnd maandjes maandje weken weekn wk wkn weeken weekjes weekjs "
                         "weekje".split())
_MONTHS = "(?:" + "|".join(sorted(_MONTH_UNITS, key=lambda w: (-len(w), w))) + ")"
# a newborn's days ("toen ze 3 dgn was", "onze zoon was 5 dagen toen"): only where the verb or "oud"
# makes them an age, never after "met" or "van" ("met 8 dagen kraamzorg", "een opname van 5 dagen")
_DAY_UNITS = frozenset("dagen dag dgn dage dagn daagen dagjes dagje".split())
_DAYS = "(?:" + "|".join(sorted(_DAY_UNITS, key=lambda w: (-len(w), w))) + ")"
# a baby's age with "oud": "was toen pas 6 weken oud", "drie maanden oud" ("oud" makes it an age)
_WEEKS_OLD_RE = re.compile(r"(?<!\bvan )" + _NOT_A_THING_IS +  # (not "een brief van twee weken oud")
                           rf"(?<![\w,./-])(?P<age>(?:\d{{1,2}}(?:,5)?|{_NUM_WORDS}|een|anderhalve)\s+(?:{_MONTHS}|{_DAYS}|week))"
                           rf"\s+(?:oud\b|oude\s+{_PERSON}\b)", _I)  # also "5,5 maand oud", "de zes weken oude baby"
# an age after the date someone turns it: "hij wordt 12 maart tien en", "wordt op 3/5 zes"
_DATE_THEN_AGE_RE = re.compile(
    r"(?<![\w-])(?:word|wordt|werd)\s+(?:op\s+)?(?:\d{1,2}[-/.]\d{1,2}|\d{1,2}\s+(?:jan|januari|feb|februari|maart|mrt|apr|april|mei|"
    r"jun|juni|jul|juli|aug|augustus|sep|sept|september|okt|oktober|nov|november|dec|december)\.?)\s+"
    r"(?:(?:al|alweer|pas|dan|weer|eindelijk)\s+)?"  # "wordt 3 mei al 1 🎂"
    rf"(?P<age>\d{{1,2}}|{_NUM_WORDS})(?:\s*(?:jaar|jr))?(?=\s*(?:[.,!?;)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|"
    r"(?:en|maar|dus|jaar)\b))", _I)  # also "wordt 3 juni 6 🎂"
# simple Dutch without a verb: "mijn zoon 9 moest vertalen", "de oudste 18 slaapt", "mijn kinderen 3, 5 en 9"
_BARE_PERSON_AGE_RE = re.compile(
    rf"(?:(?<![\w-])(?:mijn|m'n|mn|me|onze|ons|de|het|haar|zijn|z'n)\s+|^\s*|(?<=[.!?,]\s)|(?<=\sen\s))"  # also at the start: "zoon 17 wil ..."
    # (an adjective first, "van mij" after: "oudste zoon 14, ...", "zoon van mij 11")
    rf"(?:(?:oudste|jongste|middelste|kleine|grote)\s+)?{_PERSON}(?:\s+van\s+(?:mij|ons))?\s+(?P<age>\d{{1,2}}|{_NUM_WORDS})"
    r"(?:\s*(?:jaar|jr\.?|j(?![\w-])))?(?=\s*(?:[,.;:!?)]|$)|\s+(?:en|moest|moet|is|was|gaat|ging|heeft|had|slaapt|sliep|komt|kwam|"
    r"vond|vindt|voelt|voelde|kreeg|krijgt|"
    r"wil|wilde|zit|zat|doet|deed|kan|kon|mag|mocht|huilt|huilde|speelt|woont|hadden|zijn|waren|loopt|leest|praat|"
    r"zoekt|leert|werkt|zij|hij|ze|naar)\b)", _I)  # (simple Dutch: "zoon 16 zoekt stage", "dochter vier naar ...")
# simple Dutch with the child's name between: "zoon Ali 10 jaar zit op ...", "mijn dochter Sara 5 jaar zij huilt" (checked)
_PERSON_NAME_AGE_RE = re.compile(
    rf"(?<![\w-]){_PERSON}\s+(?P<who>[^\W\d_][\w'’-]+)\s+(?P<age>(?:\d{{1,2}}|{_NUM_WORDS})(?:\s*(?:jaar|jr\.?))?)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:zij|hij|ze|die|is|was|zit|zat|gaat|heeft|wil|kan|en|woont|speelt|huilt|leert|zoekt)\b)", _I)
# a family word misspelt by one letter (left out or another vowel: "dochtr", "dochtur", "moedr", "brortje"), only
# in the simple-Dutch patterns below ("mijn dochtr [naam] 5 jaar"); not when the misspelling is a word itself
def _kin_typos() -> frozenset[str]:
    from stemsync.deidentify.lists import dictionary  # noqa: PLC0415

    out: set[str] = set()
    for w in ("dochter", "dochtertje", "moeder", "broertje", "zusje", "zoontje", "pleegzoon", "pleegdochter",
              "kleinzoon", "kleindochter", "kindje", "meisje", "jongen"):
        out.update(w[:i] + w[i + 1:] for i in range(1, len(w)))
        out.update(w[:i] + v + w[i + 1:] for i in range(1, len(w)) if w[i] in "aeiou" for v in "aeiou" if v != w[i])
    ordinary = dictionary().words
    return frozenset(t for t in out if t not in ordinary and len(t) >= 5) - set(words("person_words"))


_KIN_TYPOS = _kin_typos()
_KIN_TYPO = "(?:" + "|".join(sorted(_KIN_TYPOS, key=len, reverse=True)) + ")"
_TYPO_NAME_AGE_RE = re.compile(_PERSON_NAME_AGE_RE.pattern.replace(_PERSON, _KIN_TYPO, 1), _I)
# a person word and a number with its unit, no verb (simple Dutch): "kleine zoon twee jaar", "ik 34 jaar, man
# 40 jaar", "baby 4 maand" (not "zoon twee jaar geleden", "de kinderen 2 jaar in behandeling")
_PERSON_N_UNIT_RE = re.compile(
    rf"(?<![\w-]){_PERSON}\s*,?\s+(?P<age>(?:\d{{1,2}}|{_NUM_WORDS})\s*(?:jaar|jr\.?|jaren|maand|maanden|mnd)(?:\s+oud)?)"
    # (also "jongste 11 jaar wel": "wel" closing the clause, not "had ik 2 jaar niet gedaan")
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:en|moest|moet|is|was|gaat|ging|heeft|had|zit|zat|wil|kan|mag|woont|speelt)\b"
    r"|\s+wel\s*(?:[,.;:!?)]|$))", _I)
_TYPO_N_UNIT_RE = re.compile(_PERSON_N_UNIT_RE.pattern.replace(_PERSON, _KIN_TYPO, 1), _I)
# a baby's age: "mijn dochter van elf maanden", "kindje van 9 mnd", "pleegzoon van 2,5", "is nu 9 maanden",
# "Daan van 15 maanden" (a name, checked), "toen hij met 9 maanden ...", "onze kleine is 7 mnd en ..."
# a number (or a half: "2,5") and a baby's unit: "11 mnd", "drie maanden", "8 wkn"
_N_MONTHS = rf"(?:(?:\d{{1,2}}|{_NUM_WORDS})\s*(?:jaar|jr)\s+en\s+)?(?:\d{{1,2}}(?:,5)?|{_NUM_WORDS})\s*{_MONTHS}"
# the same with a newborn's days, for the patterns a verb or "oud" closes
_N_MONTHS_DAYS = rf"(?:(?:\d{{1,2}}|{_NUM_WORDS})\s*(?:jaar|jr)\s+en\s+)?(?:\d{{1,2}}(?:,5)?|{_NUM_WORDS}|anderhalve)\s*(?:{_MONTHS}|{_DAYS}|week)"
_BABY_AGE_RE = re.compile(
    rf"(?<![\w-])(?:(?:{_PERSON}|hummel)\s+(?:\[naam\]\s+|(?-i:[A-Z])[\w'’-]+\s+|die\s+)?"  # also "de baby die is nu 9 maanden"
    r"|(?P<who>[^\W\d_][\w'’-]+),?\s+)"  # (also after an apposition: "het jongste kind, Noor, is inmiddels 9 maanden")
    # "is vandaag 10 mnd geworden", "is nog maar 8 weken"
    rf"(?:(?P<van>van|met)|(?:is|was|wordt|werd)(?:\s+(?:nu|toen|pas|al|bijna|net|inmiddels|vandaag|alweer|precies|ook|"
    r"ongeveer|nog\s+maar|maar|sinds\s+kort|gisteren)){0,2})\s+"
    rf"(?P<age>\d{{1,2}}(?:,5)?|{_NUM_WORDS})"
    rf"(?:\s*{_MONTHS}\b(?(who)(?!\s+(?:weg|later|geleden|lang|bij|in|op(?!\s+schoot)|opgenomen|thuis|ziek|aan|bezig))|"
    r"(?(van)(?!\s+(?:weg|later|geleden|lang))|(?!\s+(?:weg|later|geleden|lang|bij|in|op(?!\s+schoot)|opgenomen|thuis|ziek|aan|bezig))))"
    r"(?(van)|(?=\s*(?:[.,;:!?)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:en|oud|maar|dus|want|waarom|wrm|nu|toen|" + _GEWORDEN + r"|pas|en\s+\w+)\b)))"
    r"|(?<=,5)(?![\d]))", _I)
# "toen onze jongste 4 mnd was", "mijn dochter, 9 maanden oud,": a baby's months before the verb
_BABY_MONTHS_BEFORE_VERB_RE = re.compile(  # (the span keeps the unit, like _BABY_AGE_RE's)
    rf"(?<![\w-]){_PERSON}\s*,?(?:\s+(?:toen|al|pas|nog\s+maar|net|bijna|nu))*\s+(?P<age>{_N_MONTHS_DAYS})\s*,?\s+"
    r"(?:was|is|werd|oud|" + _GEWORDEN + r")\b", _I)
# a pronoun, the months and the verb: "terwijl ze nog maar 8 maanden is", "toen hij 6 weken was"
_BABY_PRONOUN_MONTHS_RE = re.compile(
    r"(?<![\w-])(?:ze|zij|hij|ie|(?:toen|als|sinds|nadat|omdat|tot)\s+(?!(?:het|de|dat|dit|er|die|je|u|we|wij|jullie)\b)"
    r"[^\W\d_][\w'’-]+)(?:\s+(?:nog\s+maar|maar|pas|net|bijna|toen|nu|al|amper|ongeveer))*\s+"
    rf"(?P<age>{_N_MONTHS_DAYS})\s*,?\s+(?:was|is|werd|wordt|oud|{_GEWORDEN})\b", _I)
# a named baby, the months and what the baby does: "Noor 11 mnd loopt al 😱" (the name is checked)
_NAME_MONTHS_VERB_RE = re.compile(
    rf"(?<![\w-])(?P<who>[^\W\d_][\w'’-]+)(?:\s+(?:toen|nu|pas|al|net|bijna|nog\s+maar))*\s+(?P<age>{_N_MONTHS_DAYS})(?:\s+"
    r"(?:loopt|kruipt|slaapt|eet|drinkt|lacht|praat|huilt|kan|zit|staat|heeft|had|ging|kreeg|moest|is|was|werd|en)\b"
    r"|\s*[,;)](?!\d))", _I)  # also in a list: "Noor 3 jaar en Sem 22 mnd, broer en zus"
# a name, a number and what the child does, at the start of a clause (short answers): "mila 9 gaat beter",
# "Daan 12 zit nu op de middelbare" (the name is checked)
_NAME_NUMBER_VERB_RE = re.compile(
    rf"(?:^|(?<=[.!?,;:]\s)|(?<=\sen\s)|(?<=\swant\s)|(?<=\smaar\s))(?P<who>[^\W\d_][\w'’-]+)\s+(?P<age>\d{{1,2}}|{_NUM_WORDS})"
    r"(?:\s*(?:jaar|jr\.?))?\s+(?:gaat|is|was|doet|zit|zat|kan|wil|heeft|slaapt|sliep|speelt|loopt|praat|eet|huilt|lacht|"
    r"vindt|vond|moet|mag|krijgt|kreeg)\b", _I)
# born early, or taken in as a baby: "geboren met 29 weken", "kwam met 32 weken ter wereld",
# "moest met 3 maanden worden opgenomen" (not "met 3 maanden begeleiding")
_BABY_EVENT_RE = re.compile(
    rf"(?<![\w-])(?:geboren\s+(?:met|bij|na)\s+(?P<age2>(?:\d{{1,2}}|{_NUM_WORDS})\s*(?:weken|wk|wkn))"
    # (fifty-ninth session) an adoptive child fetched at an age: "toen we [Mingming] op 14 maanden ophaalden"
    rf"|op\s+(?P<age3>{_N_MONTHS})\s+(?:(?:hebben|hadden|werd|is)\s+)?(?:ophaalden|ophaalde|opgehaald|kwamen\s+halen|"
    r"geadopteerd|adopteerden|aankwam|binnenkwam|bij\s+ons\s+kwam|in\s+ons\s+gezin\s+kwam)"
    rf"|met\s+(?P<age>{_N_MONTHS})\s+(?:(?:worden|werd|werden|is|moest|moesten|al|"
    r"weer|opnieuw)\s+)*(?:ter\s+wereld|geboren|opgenomen|geopereerd|geplaatst|uit\s+huis|overgeplaatst|"
    r"(?:in|naar)\s+het\s+ziekenhuis|naar\s+(?:de|het)\s+(?:opvang|kdv|crèche|creche|couveuse|pleeggezin)|"
    # a milestone at an age: "ging met 15 maanden pas lopen", "kon met 9 maanden al zitten"
    r"(?:pas\s+|al\s+|nog\s+niet\s+)?(?:gaan\s+)?(?:lopen|kruipen|praten|zitten|staan|liep|kroop|praatte)))\b", _I)
# "op de leeftijd van twee weken", "tot de leeftijd van 4 maanden", "in de leeftijd van 3, 5 en 8"
# (not a range: "in de leeftijd van 12 tot 18")
_AGE_OF_RE = re.compile(
    rf"(?<![\w-])leeftijd\s+van\s+(?P<age>(?:\d{{1,2}}(?:,5)?(?![\d,])|{_NUM_WORDS})(?:\s*(?:{_MONTHS}|dagen|jaar|jr)\b)?)"
    r"(?!\s*(?:tot|t/m|-|–|à|a)\s*\d)", _I)
# the ages of a family's children as a range, after their count: "met 7 kinderen van 1 tot 14", "acht kinderen in de
# leeftijd van 1 tot 16 jaar", "de vier jongste kinderen (..., 2 t/m 7 jaar)" (not a group's: "jongeren van 12 tot 18")
_FAMILY_CHILDREN = frozenset("kinderen kids zonen dochters".split())
_GROUP_WORDS = frozenset("groep groepen klas klassen training cursus kamp doelgroep".split())  # (a group's range)
_FAMILY_RANGE_RE = re.compile(
    rf"(?<![\w-])(?:\d{{1,2}}|{_NUM_WORDS})\s+(?:jongste\s+|oudste\s+)?(?:kinderen|kids|zonen|dochters)\s+"
    r"(?:\([^()]{0,80}?,\s*|(?:in\s+de\s+leeftijd\s+)?van\s+)"
    rf"(?P<a>\d{{1,2}})\s*(?:tot|t/m|-|–)\s*(?P<b>\d{{1,2}}(?:\s*(?:jaar|jr)\b)?)", _I)
# (fifty-third session) a child seen growing up between two ages: "hij heeft hem zien groeien van 11 tot 14 jaar"
_GREW_RANGE_RE = re.compile(
    rf"(?<![\w-])(?:groeien|opgroeien|opgegroeid|gegroeid|opgroeide|groeide)\s+van\s+(?P<a>(?:\d{{1,2}}|{_NUM_WORDS})(?!\w))\s+"
    rf"(?:tot|t/m)\s+(?P<b>(?:\d{{1,2}}|{_NUM_WORDS})(?!\w)(?:\s+(?:jaar|jr)\b|(?=\s*(?:[.,!?;)]|$)|\s+(?:in|bij|op|en|met|maar)\b)))",
    _I)  # (not "de groep groeide van 10 tot 20 kinderen")
_GREW_GATE = frozenset("groeien opgroeien opgegroeid gegroeid opgroeide groeide".split())
# the verb first: "toen ze bij ons kwam was ze 4 maanden." (the span keeps the unit)
_BABY_INVERTED_RE = re.compile(
    rf"(?<![\w-])(?:was|is|werd)\s+(?:ze|zij|hij|ie|(?:mijn|onze|ons|m'n|mn|de)\s+{_PERSON})\s+(?:(?:nu|toen|pas|net|bijna|nog\s+maar|nog)\s+)?"
    rf"(?P<age>{_N_MONTHS_DAYS})\b(?=\s*(?:[.,;:!?)]|$|(?:oud|en|maar)\b))", _I)
# a person, "is"/"was" and a newborn's days or weeks, then the clause ends or "toen" follows: "mijn dochter was
# 5 dagen toen de kraamzorg stopte", "[Noor] was anderhalve week toen ze ...", "Noor is vandaag 100 dagen en we
# hebben het gevierd" (a name checked like a baby's; not "was 5 dagen weg")
_BABY_DAYS_RE = re.compile(
    rf"(?<![\w-])(?:{_PERSON}(?:\s+(?-i:[A-Z])[\w'’-]+)?|hij|ze|zij|ie|\[naam\]|(?P<who>(?-i:[A-Z])[\w'’-]+))\s+(?:is|was|werd)"
    r"(?:\s+(?:nu|toen|pas|net|bijna|nog\s+maar|maar|al|vandaag|precies|alweer))*\s+"
    rf"(?P<age>(?:\d{{1,3}}|{_NUM_WORDS}|een|anderhalve)\s*(?:{_DAYS}|week|weken|wkn|wk))"
    # (also "kleine meid is 2 dgn en we zijn al thuis", "IS 12 DAGEN EN HEEFT GEELZUCHT"; not "was 5 dagen weg")
    r"(?=\s*(?:[.,;:!?)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:oud|toen|en\s+toen|en\s+(?:we|ze|hij|zij|heeft|is|drinkt|slaapt|"
    r"lacht|huilt|eet|al|nog|ik)|en\s+al)\b))", _I)
# the check-ups of youth health care are named by the child's age: "de 18-maanden controle", "bij de
# 9 maanden afspraak", "de controle van 2 maanden", "het onderzoek bij 3 jaar en 9 maanden"
_CHECKUP_WORDS = r"(?:controle|afspraak|consult|check|checkup|check-up|prik|prikken|vaccinatie|meting|echo|heupecho|hielprik)"
_CHECKUP_GATE_RE = re.compile(_CHECKUP_WORDS + r"|onderzoek")
_CHECKUP_RE = re.compile(
    rf"(?<=\bde\s)(?P<age>(?:\d{{1,2}}|{_NUM_WORDS})[-\s]?(?:{_MONTHS}|{_DAYS}|week|jaars?|jr))[-\s]?{_CHECKUP_WORDS}\b"
    rf"|(?<![\w-])(?:{_CHECKUP_WORDS}\s+(?:van|bij|op|met)|onderzoek\s+bij)\s+(?P<age2>{_N_MONTHS_DAYS}|(?:\d{{1,2}}|{_NUM_WORDS})\s*(?:jaar|jr)"
    r"(?:\s+en\s+(?:\d{1,2}|" + _NUM_WORDS + r")\s*" + _MONTHS + r")?)"
    r"(?!\s+(?:later|daarna|erna|na|geleden|wachten|wachttijd|uitgesteld|eerder|te\s+laat|per|lang)\b)", _I)
# becoming an age at a time to come: "ik word over een maand 18", "hij wordt volgende week twaalf"
_BECOMES_SOON_RE = re.compile(
    r"(?<![\w-])(?:ik|hij|ze|zij|ie|die)\s+(?:word|wordt)\s+(?:over\s+(?:een|twee|drie|\d{1,2})\s+(?:dagen|dag|weken|week|maanden|maand)"
    r"|volgende\s+(?:week|maand)|binnenkort|straks|deze\s+(?:week|maand)|morgen|overmorgen)\s+"
    rf"(?P<age>\d{{1,2}}|{_NUM_WORDS})(?:\s*(?:jaar|jr))?(?=\s*(?:[.,;:!?)]|$|(?:en|dan|maar|dus)\b))", _I)
# an age as an item in brackets after the school group: "[Sanne] (groep 8, 12 jaar)"
_GROUP_BRACKET_AGE_RE = re.compile(
    r"\(\s*(?:groep|klas|gr\.?)\s+\d{1,2}\s*,\s*(?P<age>\d{1,2}\s*(?:jaar|jr\.?))\s*\)", _I)
# an English baby's age: "our daughter is only 5 months", "he was 3 weeks old when"
_EN_TO_TWELVE = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"  # (a baby's or toddler's months in words)
_EN_BABY_AGE_RE = re.compile(
    r"(?<![\w-])(?:(?:he|she|baby|son|daughter|girl|boy|twins|they|(?:little|lil)\s+one|\[naam\]|(?-i:[A-Z])[a-z]+)\s+"
    r"(?:is|was|are|were|turned|turns)"
    r"|(?:he|she)['’]s"
    # (any word opening the sentence when "old" follows: "LENTE IS SIX MONTHS OLD")
    r"|(?:^|(?<=[.!?]\s))[^\W\d_]{3,}\s+(?:is|was)(?=\s+(?:\d{1,2}|" + _EN_TO_TWELVE + r")\s*(?:months?|weeks?)\s+old\b))"
    r"(?:\s+(?:only|just|now|almost|nearly|barely|about))*\s+"
    rf"(?P<age>(?:\d{{1,2}}|{_EN_TO_TWELVE}|a)\s*"
    r"(?:months?|weeks?|days?|mos|wks?|mnths?|mths?))(?:\s+old)?(?=\s*(?:[.,;:!?)]|$|(?:and|but|so|when|now|old|today|then|at)\b))", _I)
# a child's age in months or weeks after "at", the child just before: "saw our daughter at 18 months", "him at six weeks"
_EN_CHILD_AT_MONTHS_RE = re.compile(
    r"(?<![\w-])(?:him|her|them|son|daughter|baby|child|girl|boy|twins)\s+(?:again\s+)?at\s+"
    rf"(?P<age>(?:\d{{1,2}}|{_EN_TO_TWELVE}|eighteen)\s*"
    r"(?:months?|weeks?|mos|wks?))(?:\s+old)?(?=\s*(?:[.,;:!?)]|$|(?:and|but|so|when|for|old)\b))", _I)
# a newborn's age after "en is": "heeft koorts en is pas 8 weken" (an adverb makes it an age, not a duration)
_AND_IS_BABY_RE = re.compile(
    r"(?<![\w-])en\s+is(?:\s+(?:pas|nog\s+maar|nu|net|bijna|al|ook))+\s+"
    rf"(?P<age>{_N_MONTHS_DAYS})(?=\s*(?:[.,;:!?)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:oud|en|maar)\b))", _I)
# half a year or a year and a half as an age: "Ze is bijna een half jaar nu", "[naam] IS BIJNA EEN HALF JAAR"
_HALF_YEAR_RE = re.compile(
    rf"(?<![\w-])(?:(?:ze|zij|hij|ie|{_PERSON}|\[naam\]|(?-i:[A-Z])[\w'’-]+)\s+(?:is|was|wordt|werd)"
    r"(?:\s+(?:nu|al|bijna|pas|net|ongeveer|toen|inmiddels))*"
    rf"|{_PERSON}\s+van(?:\s+(?:bijna|net|pas|ruim))?)\s+"  # also "mijn zoon van ander half jaar zegt al mama"
    r"(?P<age>(?:een\s+)?half\s*jaar|ander\s?half\s+jaar)(?=\s*(?:[.,;:!?)]|$|(?:nu|en|oud|maar|toen|zegt|kan|loopt|"
    r"praat|heeft|is|" + _GEWORDEN + r")\b))", _I)
# "GEBOREN 12-03-2008, NU 16.": the age now, next to a birth date
# (also in words and nearly: "geboren en nu dertien, hij ...", "nu bijna 16.")
_NOW_AGE_RE = re.compile(rf"(?<![\w-])nu\s+(?:(?:bijna|al|pas)\s+)?(?P<age>\d{{1,2}}|{_NUM_WORDS})"
                         r"(?=\s*(?:[.!?,;]|$)|\s+(?:en|maar|dus|want)\b)", _I)  # (not "nu al 4 jaar in ...": a duration)
# "ik was 12 toen ik uit huis ging en nu 22": an age then and the age now
_THEN_AND_NOW_RE = re.compile(
    rf"(?<![\w-])(?:was|werd)\s+(?:\d{{1,2}}|{_NUM_WORDS})(?:\s+(?:jaar|jr))?\s+toen\b[^.!?\n]{{0,60}}?\bnu\s+"
    rf"(?:(?:bijna|al|pas|net)\s+)?(?P<age>\d{{1,2}}|{_NUM_WORDS})(?![\w/-]|[.,]\d)"
    r"(?!\s*(?:jaar\s+)?(?:later|verder|bezig|maanden|weken|dagen|keer|uur|sessies|gesprekken)\b)", _I)
# the verbs that say who one is, before "de oudste": "ik ben de oudste van drie" (one of three children, no age)
_WHO_ONE_IS = ("ben", "bent", "is", "was", "zijn", "waren")
# "de jongste is 4 en de oudste vijf", "de kleine is pas 3 en de grote van 9 wel": the second child's age, its verb
# left out
_SECOND_CHILD_RE = re.compile(
    # (fifty-seventh session: not after a verb that says who one is, "ik ben de oudste van drie", one of three children)
    r"(?<![\w-])(?:" + "".join(rf"(?<!\b{verb}\s)" for verb in _WHO_ONE_IS) + "de"
    rf"|mijn|m'n|mn|onze)\s+(?:jongste|oudste|kleine|grote|kleinste|grootste)\s+(?:van\s+)?"
    rf"(?P<age>\d{{1,2}}|{_NUM_WORDS})(?:\s+jaar)?(?=\s*(?:[.,;!?)]|$|(?:wel|niet|ook|nog|dus|maar|want)\b))", _I)
# "mijn dochtertje is 4 en mijn zoon zes": a second person's age after the first's, its verb left out
_AND_SECOND_AGE_RE = re.compile(
    rf"(?<![\w-])(?:{_PERSON}|hij|ze|zij|die|ik)\s+(?:is|was|ben)\s+(?:(?:nu|pas|al|net|bijna)\s+)?(?:\d{{1,2}}|{_NUM_WORDS})(?:\s+(?:jaar|jr))?\s+en\s+"
    rf"(?:de|mijn|m'n|mn|onze|ons|haar|zijn)\s+{_PERSON}\s+(?P<age>\d{{1,2}}|{_NUM_WORDS})(?:\s+(?:jaar|jr))?(?![\w/-]|[.,]\d)"
    r"(?=\s*(?:[.,;!?)]|$|(?:dus|maar|want|en|toen|nu)\b))", _I)
# "is gisteren 18 geworden", "net 16 geworden": becoming a number is an age
# "onze dochter werd op 12 maart achttien": a birthday and the age (only with "werd", "wordt", "word")
# a day as these rules name it: "3 mei (2012)", "3-5(-2012)", "de 3e", or a word ("zondag", "kerst")
_ON_A_DAY = (r"(?:\d{1,2}\s+[^\W\d_]+(?:\s+(?:19|20)\d\d)?|\d{1,2}[-/.]\d{1,2}(?:[-/.](?:19|20)?\d\d)?|de\s+\d{1,2}e"
             r"|[^\W\d_]+)")
_BECAME_ON_RE = re.compile(
    rf"(?:{_PERSON}|hij|ze|zij|ik|ie|(?P<who>[^\W\d_][\w'’-]*))\s+(?:werd|wordt|word)\s+(?:op|in|met)\s+{_ON_A_DAY}"
    rf"\s+(?P<age>{_NUM})(?=\s*(?:jaar)?\s*(?:[.,;!?]|$|\s+(?:en|maar|dus|toen|want)\b))", _I)
# "negen wordt hij al.", "14 is ze nu": the number first, then the verb and the person, then the clause ends
_INVERTED_AGE_RE = re.compile(
    rf"(?<![\w,./-])(?P<age>\d{{1,2}}|{_NUM_WORDS})\s+(?:wordt|werd|is|was)\s+(?:hij|ze|zij|ie)"
    r"(?:\s+(?:al|nu|bijna|pas|inmiddels|binnenkort|straks|dan))?(?=\s*(?:[.,;!?]|$))", _I)
# "ook al is die pas negen", "want is ze al 17.": the verb, a pronoun for the person, then the age
_IS_PRONOUN_AGE_RE = re.compile(
    rf"(?<![\w-])(?:is|was|wordt|werd)\s+(?:die|hij|ze|zij|ie)\s+(?:pas|al|nu|bijna|net|inmiddels|nog)\s+"
    rf"(?P<age>\d{{1,2}}|{_NUM_WORDS})(?![.,]\d)(?=\s*(?:[.,;!?)]|$|\s(?:en|maar|dus|want)\b))", _I)
# "het ging om Sanne, toen 6.": an age after a name and "toen"
_THEN_AGE_RE = re.compile(r"(?<=[\w\]]),\s*toen\s+(?P<age>\d{1,2})(?![.,]\d)(?=(?:\s*(?:jaar|jr))?\s*(?:[.!?;)]|$))", _I)
# "(is 13)", "(wordt 9 in mei)": a bracket that gives someone's age
_BRACKET_IS_AGE_RE = re.compile(rf"\(\s*(?:is|wordt|word|werd)\s+(?:(?:nu|al|pas|bijna|net|inmiddels)\s+)?(?P<age>\d{{1,2}}|{_NUM_WORDS})(?=\s*[),])", _I)
# "ik ben op vijftien opgenomen", "hij is op 14 uit huis geplaatst": an age at an event
_AT_AGE_EVENT_RE = re.compile(
    rf"(?<![\w-])(?:ik|hij|ze|zij|ie)\s+(?:ben|is|was|werd)\s+(?:al\s+)?op\s+(?P<age>{_NUM})(?:\s+jaar)?\s+"
    r"(?:opgenomen|geplaatst|uitgeplaatst|uit\s+huis|weggelopen|begonnen|gestopt|verhuisd|gevlucht|aangemeld|"
    r"beland|gekomen|vertrokken|overgeplaatst|thuisgekomen)\b"
    # (forty-seventh session) a parent's age when the baby came: "moeder geworden op 17", "ik werd vader op 19"
    rf"|(?<![\w-])(?:moeder|vader|mama|papa|zwanger)\s+(?:{_GEWORDEN}|werd|raakte|geraakt)\s+op\s+"
    rf"(?P<age2>{_NUM})(?![\w/:.-]|\s*(?:uur|jarige|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)\b)"
    # (fifty-third session) "kreeg pas op vijftien de eerste afspraak": "pas" or "al" and the age something came at
    rf"|(?<=\bkreeg\s)(?:hij\s+|ze\s+|zij\s+|ik\s+)?(?:pas|al)\s+op\s+(?P<age3>{_NUM_WORDS})(?=\s+(?:de|het|een|hulp)\b)", _I)
_BECAME_AGE_RE = re.compile(rf"(?<![\w,./-])(?<!\been )(?P<age>{_NUM})(?:\s+(?:jaar|jr))?\s+{_GEWORDEN}\b"  # (not "een 4 geworden": a mark)
                            # "voor mn verjaardag, werd 15 🎉": a birthday, then "werd N"
                            rf"|verjaardag\b[^.!?\n]{{0,12}}\b(?:werd|word|wordt)\s+(?P<age2>{_NUM})(?![\w/-]|[.,:]\d)", _I)
# an ordinal age after "sinds"/"vanaf" and a possessive: "onze kleindochter sinds haar 3e in huis"
# (also "na me 18e"; and without the ordinal's ending at a clause's end: "mocht blijven tot mijn 21")
_SINCE_ORDINAL_RE = re.compile(r"(?<![\w-])(?:sinds|vanaf|sinces|tot|na)\s+(?:haar|zijn|z'n|zn|mijn|m'n|mn|me)\s+"
                               r"(?P<age>\d{1,2}(?:e|ste|de)(?![\w-])(?!\s+(?:keer|plaats|klas|groep|jaar|leerjaar|week|dag|maand)\b)"
                               r"|(?<!\sme\s)(?:1\d|2[0-5]|[4-9])(?![\w-]|[.,:]\d)(?=\s*(?:jaar\b)?\s*(?:[.,;!?)]|$)))", _I)
# (forty-sixth session) a birthday congratulated: "gefeliciteerd met je 18e 🎂", "met zijn 16e verjaardag" (not "met zijn 2e
# vrouw": the ordinal ends the clause or comes before "verjaardag")
_WITH_ORDINAL_RE = re.compile(r"(?<![\w-])met\s+(?:je|jouw|zijn|z'n|zn|haar|d'r|hun)\s+(?P<age>\d{1,2}(?:e|ste|de))"
                              r"(?=\s*(?:[.,;!?)]|$|verjaardag|[\U0001F300-\U0001FAFF\u2600-\u27BF])"
                              # (fifty-sixth session) "gefeli met je 16e Sanne!!": the one congratulated, then the end
                              r"|\s+(?-i:[A-Z])[\w'’-]+\s*(?:[.,;!?)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]))", _I)
# "14 jr", "17 jr en nog steeds": "jr" is an age, except after a duration word (the word, not
# a name that ends in it: "ik ben Amina 15 jr")
_JR_AGE_RE = re.compile(
    r"(?<![\w,./-])(?<!\bal )(?<!\bna )(?<!\bsinds )(?<!\bruim )(?<!\bover )(?<!wachtlijst )(?<!wachttijd )"  # ("wachtlijst 2 jr")
    r"(?P<age>\d{1,2})\s*jr\.?(?![\w])"
    r"(?!\s+(?:geleden|lang|later|wachten|gewacht|gewerkt|getrouwd|samen|bezig))", _I)
# "hoe het is om 16 te zijn", "wachten tot je 18 wordt" is caught by the subject rule
# (also "bleek 24 te zijn", "in het echt Kevin te heten en 26 te zijn": someone's real age)
_TO_BE_AGE_RE = re.compile(rf"(?<![\w-])(?:om|bleek|bleken|blijkt|leek|lijkt|beweerde|beweert|zou|en)\s+"
                           rf"(?:(?:pas|al|maar|ongeveer|rond|echt|wel|zelfs|nog|in\s+het\s+echt)\s+)*"
                           rf"(?P<age>{_NUM}){_YEARS_OPT}\s+te\s+(?:zijn|worden|wezen)\b", _I)
_TO_BE_GATE = frozenset({"om", "bleek", "bleken", "blijkt", "leek", "lijkt", "beweerde", "beweert", "zou", "en"})
# the age someone claimed after the real one: "bleek 24 te zijn en niet 15 zoals hij zei"
_AND_NOT_AGE_RE = re.compile(rf"\bte\s+zijn\s*,?\s+(?:en|maar)\s+(?:niet|geen)\s+(?P<age>{_NUM}){_YEARS_OPT}"
                             r"(?=\s*(?:[,.!?;)]|zoals|als|$))", _I)
# "hij is geboren op 3 maart 2011, dus 14,": an age reckoned from a birth date
_BORN_SO_AGE_RE = re.compile(rf"\bgeboren\s+(?:op|in)\s+[^,.;!?]{{2,30}},\s*(?:dus|en\s+nu|nu)\s+(?P<age>{_NUM}){_YEARS_OPT}"
                             r"(?=\s*(?:[,.!?;)]|en\b|$))", _I)
# "Geboren 3 mei 2008, 17 jaar dus", "GEBOREN IN 2009. VIJFTIEN JAAR.": the age right after a birth date
_BORN_THEN_YEARS_RE = re.compile(rf"\bgeboren\s+(?:op\s+|in\s+)?[^,.;!?]{{2,30}}[,.]\s*(?P<age>{_NUM})\s*{_YEAR_UNITS}(?:\s+oud)?"
                                 r"(?=\s*(?:[,.!?;)]|dus\b|nu\b|inmiddels\b|alweer\b|$))", _I)
# a second age set against the first: "ik ben 18 ni meer 17", "IK BEN 19 NIET 17", "hij voelt zich vijftien en niet
# zestien"; one's age felt: "voelt zich vijftien"
_NOT_THAT_AGE_RE = re.compile(
    rf"(?<![\w-])(?:(?:ik|ich|'k|k)\s+(?:ben|bin)|(?:hij|ze|zij|ie)\s+is|voel\s+(?:ik\s+)?me|voel\s+mij|voelt\s+(?:hij\s+|ze\s+|zij\s+)?zich|"
    rf"voelde\s+(?:ik\s+)?me|voelde\s+(?:hij\s+|ze\s+|zij\s+)?zich)\s+(?P<age>{_NUM}){_YEARS_OPT}\s*,?\s+(?:en\s+|maar\s+)?"
    rf"(?:ni|nie|niet|nit|geen)\s+(?:meer\s+)?(?P<age2>{_NUM}){_YEARS_OPT}(?![\w/-]|[.,]\d)"
    r"(?=\s*(?:[.,;:!?)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:oud|en|maar|waarom|want|dus|hoor|meer|volgens|zoals|of)\b))", _I)
# "voelt zich vijftien", "ik voel me 40": an age one feels (a number alone after it, or "jaar")
_FEELS_AGE_RE = re.compile(rf"(?<![\w-])(?:voel\s+(?:ik\s+)?(?:me|mij)|voelt\s+(?:hij\s+|ze\s+|zij\s+)?zich|voelde\s+(?:ik\s+|hij\s+|ze\s+)?"
                           rf"(?:me|mij|zich))\s+(?:nog\s+|al\s+|pas\s+|echt\s+)?(?P<age>{_NUM}){_YEARS_OPT}"
                           r"(?=\s*(?:[.,;:!?)]|$|en\b|maar\b|of\b))", _I)
# all of a group the same age: "we zijn alle drie 19", "ze zijn allebei 16"
_ALL_SAME_AGE_RE = re.compile(rf"(?<![\w-])(?:we|wij|ze|zij|jullie)\s+(?:zijn|waren|worden)\s+(?:allebei|alle\s+twee|alle\s+drie|alle\s+vier|"
                              rf"allemaal|beiden|alledrie|alletwee)\s+(?P<age>{_NUM}){_YEARS_OPT}(?=\s*(?:[.,;:!?)]|$|en\b|maar\b))", _I)
# (fifty-sixth session) two or more people named, then their one age: "met Sanne en Bram, alletwee 8 jaar"
_NAMED_ALL_SAME_AGE_RE = re.compile(rf"(?<=[\w\]])\s*,\s*(?:allebei|alletwee|alle\s+twee|alledrie|alle\s+drie|beiden|beide)\s+"
                                    rf"(?P<age>{_NUM})\s*(?:jaar|jr)\b(?=\s*(?:[.,;:!?)]|$|oud\b))", _I)
# (fifty-sixth session) a birthday by its ordinal: "op tijd voor de zesde verjaardag van onze Noor", "zijn 16e verjaardag"
# (a possessive of a person, or "de" and whose it is: not "rond de 18e verjaardag", "na je 18e verjaardag", anyone's)
_ORDINAL_BIRTHDAY_RE = re.compile(r"(?<![\w-])(?:(?P<poss>zijn|z'n|zn|haar|d'r|mijn|m'n|mn|onze|ons)|de)\s+"
                                  r"(?P<age>\d{1,2}(?:e|ste|de)|" + "|".join(DUTCH_ORDINALS[:21]) + r")\s+verjaardag"
                                  r"(?(poss)|\s+van\s+(?:mijn|m'n|mn|onze|ons|zijn|haar|(?-i:[A-Z])[\w'’-]+|\[naam\]))", _I)
# (fifty-sixth session) the age a child who died was given to reach: "onze dochter, die vier jaar mocht worden"
_MAY_BECOME_AGE_RE = re.compile(rf"(?<![\w-])(?:die|ze|zij|hij|ie)\s+(?:(?:maar|pas|net|nog\s+maar)\s+)?(?P<age>{_NUM})\s*(?:jaar|jr)"
                                r"(?:\s+oud)?\s+(?:mocht|mag|mochten|zou|had\s+mogen)\s+worden\b", _I)
# a birthday and the age: "ik was op 3 mei jarig, eenentwintig, in de sleep-in", "was jarig (16)", "jarig: 12!"
# (fifty-ninth session: also after exclamation marks, before a party's emoji: "is vandaag jarig!! 18 🎉")
_JARIG_COMMA_AGE_RE = re.compile(rf"(?<![\w-])jarig\s*(?:,|:|\(|-|–|!+)\s*(?:(?:en|ik|hij|ze)\s+(?:werd|ben|is|word)\s+)?(?P<age>{_NUM}){_YEARS_OPT}"
                              r"(?=\s*(?:[.,;:!?)]|$|" + PARTY_EMOJI + "))", _I)
# the age at arrival, adoption or placement: "kwam op 4 jaar vanuit ... naar Nederland", "IS OP 3 JAAR UIT ... GEKOMEN",
# "bij aankomst ongeveer acht maanden was", "bij plaatsing 2 jaar oud"
_ARRIVAL_AGE_RE = re.compile(
    rf"(?<![\w-])(?:(?:kwam|kwamen|is|was|werd|werden|zijn)\s+(?:hij\s+|ze\s+|zij\s+)?op\s+(?:de\s+leeftijd\s+van\s+)?(?P<age>{_NUM}\s*"
    rf"(?:{_YEAR_UNITS}|{_MONTHS}))\s+(?:(?:oud\s+)?(?:vanuit|uit|naar|in|bij)\b|geadopteerd|gekomen|geplaatst)"
    rf"|bij\s+(?:aankomst|plaatsing|adoptie|opname|binnenkomst)\s+(?:(?:ongeveer|circa|ca\.?|zo'n|rond\s+de|pas|al|nog\s+maar|net)\s+)?"
    rf"(?P<age2>{_NUM}\s*(?:{_YEAR_UNITS}|{_MONTHS}))\s+(?:oud\b|was\b|is\b|en\b))", _I)
# two people's ages in brackets, "respectively": "pleegouders Dhr. en Mevr. Bakker (77 resp. 74)"
_RESP_AGES_RE = re.compile(r"\(\s*(?P<age>\d{1,2})\s*(?:jaar|jr\.?)?\s*(?:resp\.?|respectievelijk)\s*(?P<age2>\d{1,2})\s*(?:jaar|jr\.?)?\s*\)", _I)
_PERSON_OR_TITLE_RE = re.compile(_PERSON + r"|\b(?:dhr|mevr|mw|heer|mevrouw)\b", _I)  # (in the 60 characters before)
# "hij is mijn neef, 19": a family word, a comma and a number that ends the sentence
_KIN_COMMA_AGE_RE = re.compile(rf"(?<![\w-])(?:mijn|m'n|mn|zijn|z'n|haar|onze|ons)\s+{_PERSON}\s*,\s*"
                               rf"(?P<age>\d{{1,2}}|{_NUM_WORDS}){_YEARS_OPT}(?=\s*(?:[.!?)]|$))", _I)
_PERSON_BEFORE_NAME_RE = re.compile(rf"(?<![\w-]){_PERSON}\s+\Z", _I)
_BEFORE_PERSON_NAME = re.compile(rf"(?<![\w-]){_PERSON}\s+(?P<who>[^\W\d_][\w'’-]+)\s+\Z", _I)
_AFTER_BARE_RE = re.compile(
    _YEARS_OPT + r"\s+(?:vond|vindt|wil|wilde|is|was|heeft|had|mag|mocht|zit|zat|gaat|ging|kan|kon|moet|moest|"
    r"doet|deed|woont|woonde|speelt|krijgt|kreeg|zegt|zei)\b"  # ("Zoon Ali 13 jaar doet weer stom op school")
    r"|\s*[,)]", _I)
# "met 13 jaar uit huis geplaatst", "op 16-jarige leeftijd" is caught as "-jarige"
_BEFORE_MET = re.compile(r"(?<![\w-])met\s+\Z", _I)
_VERB_AFTER_RE = re.compile(
    _YEARS_OPT + r"\s+(?:ben|bent|is|was|werd|wordt|word|" + _GEWORDEN + r"|werden|waren)\b", _I)
# apposition: "Sanne, 14 jaar, ..." ("jaar" is needed)
_BEFORE_COMMA = re.compile(r"(?P<who>[^\W\d_][\w'’-]*|\])\s*,\s*(?:(?:bijna|net|pas|nu|inmiddels|ook|thans|momenteel|intussen|destijds|"
                           r"toentertijd|toen|then|now)\s+)?\Z",
                           _I)
# (not "hun" or "je": "op hun 18e", "na je 18e" is anyone's age)
_BEFORE_POSSESSIVE = re.compile(r"(?<![\w-])(?:mijn|m'n|mn|zijn|z'n|zn|haar|ons|onze|jouw)\s+\Z", _I)
_RANGE_AFTER_RE = re.compile(r"\s*(?:tot|t/m|-|–)\s*\d", _I)
_NOT_UNIT_RE = re.compile(_NOT_UNIT)
_AFTER_RE = re.compile(_AFTER, _I)
_ORDINAL_RE = re.compile(r"(?:\d{1,2}(?:e|ste|de)|\w+(?:de|ste))\Z", _I)
_YEAR_OF_PERSON_RE = re.compile(rf"\s+jaar\s+van\s+(?:mijn|m'n|mn|onze|ons|zijn|haar|de|het)\s+{_PERSON}\b", _I)
_SMALL_ORDINALS = frozenset({"1e", "2e", "3e", "1ste", "2de", "3de", "tweede", "derde"})
_ORDINAL_END_RE = re.compile(r"\s*(?:[.,;:!?)]|$|en\b|maar\b|toen\b|verjaardag|"
                             r"bij\s+(?:ons|mij|hem|haar|oma|opa|tante|oom|pleeg\w+)\b)", _I)  # "woont sinds zijn 3e bij ons"
# a small ordinal after "sinds"/"vanaf" and a possessive is an age when a verb follows it: "sinds zijn derde heeft hij
# de diagnose" (not "sinds mijn tweede traject", "sinds haar derde keer")
_SINCE_POSSESSIVE_RE = re.compile(r"(?<![\w-])(?:sinds|vanaf)\s+(?:haar|zijn|z'n|zn|mijn|m'n|mn)\s+\Z", _I)
_VERB_AFTER_ORDINAL_RE = re.compile(r"\s+(?:heeft|had|hebben|is|was|zijn|waren|woont|woonde|zit|zat|gaat|ging|kreeg|krijgt|"
                                    r"komt|kwam|speelt|speelde|doet|deed|kan|kon|mag|mocht|moet|moest|wil|wilde)\b", _I)
# an English age after "at" where a move or a start is told: "came to the Netherlands alone at 15", "left school at
# sixteen, and ..." (a teen or older: not "started at 9", "at 15:00", "at 15 euros")
_EN_AT_AGE_VERBS = frozenset("""came come arrived moved fled left started began became got was were had diagnosed
placed adopted married""".split())
_EN_AT_AGE_RE = re.compile(r"(?<![\w-])(?:at|aged)\s+(?:just\s+|only\s+|age\s+)?(?P<age>1[3-9]|2[0-5]"
                           r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\w:.,]\d|[\w-])"
                           r"(?=\s*(?:[.,;!?)]|$|and\b|but\b|because\b|so\b|when\b|after\b|he\b|she\b|i\b|we\b|they\b|"
                           r"his\b|her\b|my\b|our\b))", _I)
# "12 jaar", "12 jr", "12 jaar oud" after an age: part of the redacted span
# (also "jaarr", and the old "jaren oud": "thans elf jaren oud")
_YEARS_RE = re.compile(r"\s*(?:jaar|jr\.?|j\.?(?=\s)|jaartjes|ja{3}r|jaa|jar|jaa?rr+|jaor|joar|jaore|jier|jaren(?=\s+oud)|aña|anja|yari|jari|jahre?n?|años?|anos?|anu)"
                       r"(?:\s+oud)?(?![\w-])", _I)
# "leeftijd: 14", "lft 9", "(m/16)", "(v, 15)", "(ook 16)", "(bijna zestien!!)"
_KEYWORD_AGE_RE = re.compile(rf"(?<![\w-])(?:leeftijd(?:\s+(?:bij|op|tijdens|ten\s+tijde\s+van)\s+[^\W\d_]+(?=\s*:))?|lft\.?|age|aged)"
                             rf"\s*[:=(?]?\s*(?P<age>{_NUM})(?![\w/-])", _I)  # also "op mijn leeftijd (83)", "(age 7)", "Leeftijd bij aanmelding: 14"
# "(m/16)", "(v, 15)", "(♀, 16j)", "(f17)": a gender and an age in brackets
_GENDER_AGE_RE = re.compile(r"\((?:m|v|j|x|f|jongen|meisje|♀|♂)\s*[/,]?\s*(?P<age>\d{1,2}(?:\s*(?:j|jr|jaar|y))?)"
                            r"(?=\s*(?:\)|,|&|en\b))", _I)
# the next in a bracketed list: "(m 11 en m 13)", "(v 9, m 12)"
_GENDER_AGE_NEXT_RE = re.compile(r"(?<=\d)\s*(?:,|&|en)\s*(?:m|v|j|x|f|jongen|meisje|♀|♂)\s*[/,]?\s*"
                                 r"(?P<age>\d{1,2}(?:\s*(?:j|jr|jaar|y))?)(?=\s*(?:\)|,|&|en\b))", _I)
# English: "My son Adam is 10 and", "she turned 16 last week", "he is only six", "15 yers"
_EN_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                    "twelf", "fiveteen", "fourtheen", "forteen", "fourtien", "eightteen", "ninteen", "elven",
                    "fourten", "fiften", "sixten", "thirten", "sevnteen", "eigthteen",
                    "sevn", "elevan", "elevn", "eleve", "twelv", "thirtheen", "fourteeen",
                    "fiev", "sixtien", "thirtien", "seventien", "eightien", "ninetien", "fiftien", "fiftteen", "fiveteen")  # (and misspelt)
# "years" and how it is misspelt ("yers", "yaers")
_EN_YEAR_UNITS = r"(?:years?|yrs?|yers|yeras|yeers|yeer|yaers|yeards|yaer|yrars|jaar|jr)"  # (and the Dutch: "my son is 8 jaar")
# (and the tens, also with a unit: "I am twenty-three", "she was thirty")
_EN_TENS = r"(?:twenty|thirty|forty|fifty|sixty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
_EN_NUMBER = r"(?:\d{1,2}|" + _EN_TENS + "|" + "|".join(_EN_NUMBER_WORDS) + "|" + _NUM_WORDS + ")"  # (a Dutch number too: "is twaalf now")
# an English age in words after "aged" or "age": "(aged thirteen)", "aged fifteen, she ...", "age fifteen, grade 10" (not a
# range: "aged one to three")
_EN_AGED_RE = re.compile(rf"(?<![\w-])(?:aged|age)\s+(?P<age>{_EN_NUMBER})(?![\w/-])(?!\s*(?:to|-|–|tot|t/m|and|or)\s)", _I)
# the ages between which someone was somewhere, in English: "was in foster care back in Manchester from 11 to 18",
# "SHE WAS AT DE HAVEN FROM 13 TO 17" (a person and a place of care in the sentence: _en_age_range; not a time,
# a scale or a count: "from 9 to 5", "from 3 to 5 pm", "rate it from 1 to 10", "from 2 to 4 weeks")
_EN_AGE_RANGE_RE = re.compile(
    r"(?<![\w-])from\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?(?P<age>\d{1,2})\s*(?:to|till|until|til|untill|-|–)\s*"
    r"(?P<age2>\d{1,2})(?![\w:/-]|[.,]\d|\s*(?:am|pm|a\.m|p\.m|o['’]?clock|h|hrs?|hours?|minutes?|mins?|%|percent|euros?|eur|"
    r"days?|weeks?|months?|kids|children|people|students|pupils|times|points|out\s+of)\b)", _I)
# ... and the age at which care ended: "foster care in Zwolle till 18", "stayed with them until i was 18"
_EN_CARE_UNTIL_RE = re.compile(
    r"(?<![\w-])(?:care|foster|stayed|lived|placement|group|there)\b[^.!?\n]{0,40}?\b(?:till|until|untill|til)\s+"
    r"(?:(?:i|he|she|we)\s+(?:was|were|turned)\s+)?(?P<age>1[3-9]|2[0-5])(?![\w:/-]|[.,]\d|\s*(?:am|pm|o['’]?clock|h)\b)", _I)
_EN_RANGE_PERSON_RE = re.compile(r"(?<![\w'’-])(?:i|i'm|i’m|im|she|he|we|they|my|our|his|her|their|[a-z]+['’]s)(?![\w'’-])", _I)
_EN_RANGE_NOT_AGES_RE = re.compile(r"\b(?:scale|rate|rated|rating|score|scored|grade|grades|mark|marks|level|levels|step|steps|"
                                   r"page|pages|points|number|numbers|hours?|room|rooms|bus|line|work|works|worked|working|"
                                   r"open|opens|daily|every|shift|shifts|[a-z]+days)\b", _I)
# (and a stay: someone was somewhere between those ages; "my son is at school from 8 to 15" is a day)
_EN_RANGE_STAY_RE = re.compile(r"\b(?:care|foster|lived|stayed|was|were|been|placed|placement|group|home)\b", _I)


def _en_age_range(text: str, m: re.Match[str]) -> bool:
    """An English range of two ages of someone in the sentence: both from 1 to 25, rising, a person there and no
    word of a scale or a count ("rate it from 1 to 10", "pages 3 to 5")."""
    a, b = int(m.group("age")), int(m.group("age2"))
    if not (1 <= a < b <= 25):
        return False
    sentence = re.split(r"[.!?\n]\s", text[max(0, m.start() - 160):m.start()])[-1]
    after = re.split(r"[.!?\n]", text[m.end():m.end() + 60])[0]
    return _EN_RANGE_PERSON_RE.search(sentence) is not None and _EN_RANGE_STAY_RE.search(sentence) is not None \
        and _EN_RANGE_NOT_AGES_RE.search(sentence + " " + after) is None


# an age in Papiamentu or Sranan between Dutch words: "mi yu tin dies aña" (has ten years), "a pikin abi 8 yari",
# "un mucha di 12 aña" (the numbers of Papiamentu from one to twenty, or figures)
_PAP_NUMBERS = ("un dos tres kuater sinku seis shete ocho nuebe dies diesun diesdos diestres dieskuater diesinku "
                "dieseis diesshete diesocho diesnuebe binti").split()
_CARIBBEAN_AGE_RE = re.compile(
    r"(?<![\w-])(?:tin|abi|di|van|heeft|is)\s+(?P<age>\d{1,2}|" + "|".join(sorted(_PAP_NUMBERS, key=len, reverse=True))
    + r")\s+(?:aña|anja|yari|jari)(?![\w-])", _I)
# turning an age, a person before: "my twins turn six on ...", "she turned 12 last week"
_EN_TURN_RE = re.compile(
    r"(?:(?<![\w-])(?<!\bwhen\s)(?<!\bif\s)(?<!\bonce\s)(?<!\buntil\s)(?<!\bbefore\s)(?<!\bafter\s)(?<!\btill\s)"
    r"(?:(?P<who>[a-zà-ÿ][\w'’-]{2,})|he|she|i|we|they|twins|son|daughter|kids|boys|girls|\[naam\])"
    r"(?:\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+)?\s+(?:will\s+)?(?:turn|turns|turned|turnd|turnt)\s+"  # (an emoji: "Lisa 💖 turned 14")
    # (the writer's own, without a subject, opening a sentence or after an emoji: "TURNED 21 ON 3 MAY", "🎂 turned 18 n",
    # "Turning 16 in march and ...", "turnng sixteen in march")
    r"|(?:^|(?<=[.!?]\s)|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF]\s))(?:just\s+)?(?:turned|turnd|turnt|turning|turnng|turnin)\s+(?=\d|[a-z]+\s+(?:on|n|and|in)\b))"
    rf"(?P<age>{_EN_NUMBER})(?=\s*(?:[.,;:!?)]|$|(?:on|in|next|this|last|today|tomorrow|soon|and|but|so|years?|yrs?|while|when|"
    r"there|n)\b|&))", _I)
# "my son (turning 9 in May)", "she's turning eleven", "im turning 16": the age one is about to be
# (fiftieth session: without "is", as Caribbean English writes it, "Jaheem he turning 10 🎂")
_EN_TURNING_RE = re.compile(rf"(?<![\w-])(?:(?:is|he's|she's|hes|shes|i'm|i’m|im|am|he|she|\()\s*)(?:turning|turnng)\s+(?P<age>{_EN_NUMBER})"
                            r"(?=\s*(?:[.,;:!?)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:on|in|next|this|soon|and|but|so|can|"
                            r"years?|yrs?)\b))", _I)
# children's ages after "are" or the youngest's after the eldest's: "our twins are 4 and a half now", "my eldest is
# 16, the youngest 9"
_EN_CHILDREN_ARE_RE = re.compile(
    rf"(?<![\w-])(?:twins|kids|children|boys|girls|sons|daughters|triplets)\s+are\s+(?:(?:now|only|just|already)\s+)?"
    rf"(?P<age>{_EN_NUMBER}(?:\s+and\s+a\s+half)?)"  # (a second child's age: the pair rules)
    r"(?=\s*(?:[.,;:!?)]|$|(?:now|and|but|so|years?|yrs?|months?)\b))", _I)
_EN_SECOND_CHILD_RE = re.compile(
    rf"(?<![\w-])is\s+{_EN_NUMBER}\s*,\s*(?:and\s+)?(?:the|my|our)\s+(?:youngest|eldest|oldest|little\s+one|baby)\s+"
    rf"(?P<age>{_EN_NUMBER})(?=\s*(?:[.,;:!?)]|$|(?:and|but|so)\b))", _I)
# children's ages in brackets after the word for them, or the writer's and siblings' after "we are": "(my girls, 4 and
# 6)", "we r 16, 14 n 11" (the next ages of the list: the pair rules)
_EN_LISTED_AGES_RE = re.compile(
    rf"\(\s*(?:my|our|the)\s+(?:girls|boys|kids|children|twins|sons|daughters)\s*,\s*(?P<age>{_EN_NUMBER})"
    rf"(?=\s*(?:,|and|&|n)\s*{_EN_NUMBER}\s*\))"
    # (after "we are" teenagers only, the list ending the sentence: not "we are 3, 4 or 5 families")
    rf"|(?<![\w-])we\s+(?:r|are)\s+(?P<age2>1[0-9]|2[0-5])(?=(?:\s*(?:,|and|&|n)\s*(?:1[0-9]|[1-9]|2[0-5])\b)+\s*(?:[.!?]|$))",
    _I)
_NOT_TURNING = frozenset("you u it one that this which what who people everyone anyone everybody anybody".split())
# English, the age at a moment: "we adopted him when he was 3.", "since she was eighteen months"
_EN_WHEN_WAS_RE = re.compile(
    r"(?<![\w-])(?:when|since|until|till|after|before)\s+(?:he|she|they|we|i|\[naam\]|(?-i:[A-Z])[a-z]+)\s+(?:was|were|turned)\s+"
    rf"(?:(?:only|just|about|nearly|almost)\s+)?(?P<age>{_EN_NUMBER}(?:\s+(?:months?|weeks?|years?|yrs?)(?:\s+old)?)?)"
    r"(?=\s*(?:[.,;:!?)]|$|(?:and|but|so|we|he|she|they|i|then)\b))", _I)
# "at the age of ten", "since the age of 4": one person's age then (not "from the age of 12": anyone's)
_EN_AGE_OF_RE = re.compile(rf"(?<![\w-])(?:at|since)\s+(?:the|his|her|their)\s+age\s+of\s+(?P<age>{_EN_NUMBER})(?![\w-])", _I)
# "a kid of 7", "a boy of twelve"; "Sam, who is only 5": a child's age in English
_EN_CHILD_OF_RE = re.compile(
    rf"(?<![\w-])(?:kid|child|boy|girl|son|daughter|baby|toddler)\s+of\s+(?P<age>{_EN_NUMBER})(?![\w-])"
    # (not "of 2 friends", "of 3 weeks", "of 2 years"; but "of 7 years old")
    r"(?!\s+(?:years?|yrs?)\b(?!\s+old|\s*(?:[.,;:!?]|$)))(?!\s+(?!years?\b|yrs?\b)[a-z]+s\b)(?!\s*(?:hours?|minutes?|days?|weeks?|months?|times?|children|people)\b)"
    rf"|,\s*who\s+(?:is|was|turned)\s+(?:(?:only|just|now|almost|nearly|already)\s+)?(?P<age2>{_EN_NUMBER})"
    r"(?=\s*(?:[.,;:!?)]|$|(?:and|but|so|now|years?|yrs?)\b))", _I)
# a child and its age with a unit right after, no verb: "my girl 11 yrs, she ...", "our son 4 years old"
# (not "my son 2 weeks ago", "my daughter 3 years in care")
_EN_CHILD_AGE_RE = re.compile(
    r"(?<![\w-])(?:(?:my|our|his|her|their)\s+)?(?:little\s+|oldest\s+|youngest\s+|eldest\s+)?"
    r"(?:girl|boy|son|daughter|kid|child|baby|toddler|brother|sister|oldest|youngest|eldest)\s*,?\s+"
    rf"(?P<age>{_EN_NUMBER}\s*(?:{_EN_YEAR_UNITS}|y/o|yo|months?|mos?|weeks?|wks?)(?:\s+old)?)"
    r"(?![\w/])(?!\s+(?:ago|in|of|at|with|for|since|before|later|long)\b)", _I)
# "my daughter Amina, 7 years of age,", "Our son Tariq, now 16, has": an age set off by commas
_EN_OF_AGE_RE = re.compile(
    rf"(?<![\w-])(?P<age>{_EN_NUMBER})\s+(?:years?|yrs?)\s+of\s+age\b"
    # ", aged 14,", "our daughter, aged fourteen." (also at the sentence's end)
    rf"|,\s*(?:now|aged?|age)\s+(?P<age2>{_EN_NUMBER})(?:\s+(?:years?|yrs?)(?:\s+old)?)?\s*,"
    rf"|,\s*aged?\s+(?P<age3>{_EN_NUMBER})(?:\s+(?:years?|yrs?)(?:\s+old)?)?\s*(?:[.;:!?)]|$)", _I)
# "my son (almost 13)": a hedge and the age in brackets after an English word for a child
_EN_HEDGED_BRACKET_RE = re.compile(
    r"(?<![\w-])(?:son|daughter|kid|child|boy|girl|baby|brother|sister|twins|eldest|youngest|oldest)\s*\(\s*"
    rf"(?:(?:almost|nearly|just|only|aged?|about|now|soon)\s+)?(?P<age>{_EN_NUMBER}(?:\s*(?:years?|yrs?|months?|weeks?))?)\s*\)", _I)
# "onze zoon van veertien dagen": a person word, "van" and days (after anything else, days are how long:
# "een opname van 5 dagen")
_PERSON_VAN_DAYS_RE = re.compile(
    rf"(?<![\w-]){_PERSON}\s+van\s+(?:pas\s+|net\s+|nog\s+maar\s+|amper\s+)?"
    rf"(?P<age>(?:\d{{1,2}}|{_NUM_WORDS}|een|anderhalve)\s*{_DAYS})\b"
    r"(?!\s+(?:kraamzorg|opname|begeleiding|hulp|zorg|logeren|vakantie|ziekenhuis)\b)", _I)
# (forty-ninth session) "my son was 2 years behind with dutch", "is 3 years older": a gap between two, no age
_EN_GAP_NOT_AGE = rf"(?!\s*{_EN_YEAR_UNITS}\s+(?:behind|ahead|older|younger|late|early|apart|back|ago|later))"
_ENGLISH_IS_AGE_RE = re.compile(
    r"(?<![\w-])(?:(?:(?:he|she|i)['’][sm]|hes|shes|im"
    r"|(?<=now\s)(?:he|she))"  # (fiftieth session) without "is": "now he 14 and finally coming home", "NOW SHE 11"
    r"(?=\s+(?:only\s+|almost\s+|nearly\s+|just\s+|now\s+|like\s+)?" + _EN_NUMBER + r"\b)|"  # "She's twelve and", "I'm 18 now", "hes almost 10"
    r"(?<!\bwhen\s)(?<!\bif\s)(?<!\bonce\s)(?<!\buntil\s)(?<!\bbefore\s)(?<!\bafter\s)"  # "when he turns 18?": a rule
    r"(?:he|she|i|(?:son|daughter|boy|girl|brother|sister|kid|child|baby|grandson|granddaughter|nephew|niece)\s+"
    r"[a-zà-ÿ][\w'’-]{2,}|"  # (a name in lowercase: "my daughter blessing is fifteen", "my kid bailey is twelve")
    r"(?:youngest|eldest|oldest)\s+(?!(?:one|son|daughter|boy|girl|kid|child|now|still|also|just)\b)[a-zà-ÿ][\w'’-]{1,}|"  # ("our youngest bo is three")
    r"son|daughter|daugther|doughter|dauther|dauhgter|daugter|dautgher|dougther|child|kid|boy|girl|baby|oldest|youngest|"
    r"eldest|brother|sister|twins|bro|sis|"
    # (fiftieth session) a parent's or grandparent's age: "my mothr is 81 years and cant climb stairs"
    r"mother|mothr|moter|father|fathr|mom|mum|dad|grandmother|grandma|granny|grandfather|grandpa|"
    r"(?!(?-i:Het|Dat|Dit|Er|Wat|Hier|Daar|Nu|Toen|Dan|Alles|Niets|Iets|Zo|Die|Deze|It|This|That|There|What)\b)"
    r"(?-i:[A-Z][a-z]+)|\])\s*,?\s+(?:is|was|am|turned|turns|wil{1,2}\s+be)"  # also "My youngest, Benji, is 6 and"
    r"|(?:he|she)['’]ll\s+be)"  # "her birthday is 3 May, she'll be 10"
    r"\s+(?:only\s+|now\s+|just\s+|almost\s+|nearly\s+|already\s+|like\s+)?(?P<age>" + _EN_NUMBER + r")(?![.,]\d)"
    + _EN_GAP_NOT_AGE +
    rf"(?:\s*{_EN_YEAR_UNITS}(?:\s+old)?)?"
    r"(?=\s*(?:[.,!?;:)&]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF])"
    r"|\s+(?:now|and|n|but|so|last|this|today|tomorrow|yesterday|nxt|next|years?|yrs?|yers|yeers|yaers|old|in|on|when|wen|whn|with|at|"
    r"then|how|why|what|who|because|since|yet|not|weird|she|he|they|we|it|"  # (a run-on: "joy is 6 she dont understand")
    r"2day|2morrow|tmrw|tmr|rn|tho|btw|ngl|lol|haha|fr)\b)", re.I)  # (chat words: "im twenty 2day!!", "im 15 ngl")
# an age after "and is" with a person earlier in the sentence: "my daughter ... was 3 then and is nine now",
# "OUR YOUNGEST WAS BORN ON ... AND IS FIVE, BUT" (checked in _find_age_numbers)
_EN_AND_IS_AGE_RE = re.compile(
    r"(?<![\w-])and\s+(?:is|was)\s+(?:only\s+|now\s+|just\s+|almost\s+|nearly\s+)?(?P<age>" + _EN_NUMBER + r")(?![.,]\d)"
    r"(?=\s*(?:[.,!?;]|$)|\s+(?:now|but|and|so|years?|yrs?|old)\b)", re.I)
# an age set off by commas after a person word (and a name) in English: "our eldest, nine, loves the group", "Mark and Will r twins,
# 8 yrs, double trouble" (a comma or a bracket after it; not "the kids, 3 of them", "my son, 2 weeks ago")
_EN_APPOSITION_AGE_RE = re.compile(
    r"(?<![\w-])(?:son|daughter|eldest|oldest|youngest|twins|boy|girl|brother|sister|baby|kid|child)"
    r"(?:\s+(?!(?:and|or|but|who|was|is)\b)[^\W\d_][\w'’-]+)?\s*,\s*"  # (and a name: "our eldest Ama, seventeen, didn't")
    r"(?P<age>" + _EN_NUMBER + r"(?:\s*(?:years?|yrs?|y/?o)(?:\s+old)?)?)(?![.,]\d)\s*"
    r"(?=[,)]|$|at\s+the\s+time\b)", re.I)  # ("Our son, fourteen at the time of referral, was")
_EN_APPOSITION_WORDS = frozenset("son daughter eldest oldest youngest twins boy girl brother sister baby kid child".split())
_EN_PERSON_BEFORE_RE = re.compile(r"\b(?:son|daughter|child|kid|boy|girl|baby|oldest|youngest|eldest|brother|sister|he|she)\b", re.I)
# English: "twins, 9 years old", "a 12-year-old", "six years old" (how long is "for 6 years")
_EN_YEARS_OLD_RE = re.compile(rf"(?<![\w.,/-])(?P<age>{_EN_NUMBER})(?:\s*-\s*|\s+){_EN_YEAR_UNITS}(?:\s*-\s*|\s+)old\b", re.I)
# several children and their ages, two at least: "mijn kinderen Noor en Sem zijn 7 en 9", "our kids
# are 8, 10 and 12" (the last not followed by a unit: not "ze zijn 2 en 3 keer geweest")
_PLURAL_AGES_RE = re.compile(
    r"(?<![\w-])(?:(?:kinderen|kinders|kinder|kindere|kids|jongens|meiden|meisjes|zonen|dochters|tweeling|children|boys|girls|"
    r"broers|zussen|broertjes|zusjes|brothers|sisters|"
    r"sons|daughters|twins|they)(?:(?:\s+(?:[^\W\d_][\w'’-]*|&)){0,3}\s+(?:zijn|waren|are|ar|r|were)\s+(?:nu\s+|now\s+|inmiddels\s+)?"
    # (or the ages after a comma: "ZIJN MIJN KINDEREN, 10 EN 12.", "zijn broers, 15 en 17, en ze maken ruzie")
    r"|\s*,\s*(?=[^\s,]+\s*(?:,|en|and|&)\s*[^\s,.!?]+\s*(?:[.!?;]|$|,\s+(?:en|and|maar|but|ze|they)\b)))"
    r"|(?:they['’]re|theyre)\s+(?:now\s+)?)"  # "they're 8 and 10"
    rf"(?P<age>{_EN_NUMBER})(?=\s*(?:,|en|and|&)\s*{_EN_NUMBER}\b)", re.I)
# two named people (or a pronoun) and their ages: "Sanne en Daan zijn 9 en 11", "NOOR EN ZIJN ZUS ZIJN DRIE
# EN 1", "ze zijn nu 1,5 en 3" (the names are checked; not "de cijfers zijn 7 en 8")
_PAIR_AGES_RE = re.compile(
    r"(?<![\w-])(?:(?P<a>[^\W\d_][\w'’-]+)\s+(?:en|&|and)\s+(?:(?:zijn|haar|z'n|zn|mijn|his|her)\s+)?(?P<b>[^\W\d_][\w'’-]+)"
    r"|ze|zij|die|we|wij)\s+(?:zijn|zyn|waren|are|were)\s+(?:(?:nu|allebei|inmiddels|now|both)\s+){0,2}"
    rf"(?P<age>\d,5|{_EN_NUMBER})(?![\w/-]|[.,:]\d)(?=\s*(?:,|en|and|&)\s*{_EN_NUMBER}\b)", re.I)
# what may follow the last of two people's ages: "zijn 9 en 11, ze hebben" (not "zijn 24 en 25 bij ons": Christmas)
_PAIR_END_RE = re.compile(r"\s*(?:jaar|jr|years?|yrs?)?(?:\s*(?:[.,;:!?)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF])"
                          r"|\s+(?:en|and|maar|but|dus|so|nu|now|ze|zij|they|hebben|have|gaan|go|zitten|wonen|live|oud|old)\b)", _I)
# "[naam] werd één op dezelfde dag", "ze is pas één": "één" as an age only after a name or pronoun and a
# verb, then the clause ends ("met één jaar verlengd", "er is één ding" stay)
_ONE_RE = re.compile(
    r"(?<![\w-])(?P<who>[^\W\d_][\w'’-]+|\])\s+(?:werd|wordt|word|is|was)\s+(?:(?:al|pas|net|nu|bijna|alweer)\s+)?"
    r"(?:op\s+(?:\d{1,2}[-/.]\d{1,2}|\d{1,2}\s+[^\W\d_]+)\s+)?(?P<age>één|eén)(?:\s+jaar)?"
    r"(?=\s*(?:[.!?,;]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:op|en|" + _GEWORDEN + r"|oud)\b))", _I)
# "mijn zoontje heeft 6 jaar en hij slaapt niet", "Hij heeft nu 12 jaar.": an age said as in French or
# Arabic, a person word, a name or a pronoun, "heeft" (also "heef", "heb"), the number and "jaar", then the clause
# ends; "jaar" may be left out after a person ("mijn man heeft 41 en", "hij heeft negen maar"); "ik heb 34 jaar" with
# it only (not "2 jaar en 3 maanden", a duration)
_HAS_YEARS_END = (r"(?![.,]\d)(?=\s*(?:[.,;!?]|$|(?:en|maar|dus|oud)\b))"
                  r"(?!\s*en\s+(?:\d+|een|twee|drie|vier|vijf|zes)\s+(?:maand|week|weken|dag))")
_HAS_YEARS_RE = re.compile(
    rf"(?<![\w-])(?:{_PERSON}(?:\s+(?-i:[A-Z])[\w'’-]+)?|hij|zij|ze|(?!(?:ik|we|wij|jij|je|jullie|u|men|er|het|dat|dit|die|wie|wat)\s)(?-i:[A-Z][a-z]+[\w'’-]*))"
    r"\s+(?:heeft|heef|heb)"
    rf"\s+(?:(?:nu|bijna)\s+)?(?P<age>\d{{1,2}}|{_NUM_WORDS}|twe)(?:\s+(?:jaar|jaren))?"
    + _HAS_YEARS_END, _I)
_I_HAVE_YEARS_RE = re.compile(rf"(?<![\w-])ik\s+(?:heb|heeft)\s+(?:(?:nu|bijna)\s+)?(?P<age>\d{{2}}|{_NUM_WORDS})\s+(?:jaar|jaren)"
                              + _HAS_YEARS_END, _I)
# a self-introduction with the age after the name: "ik ben Daan vijftien jaar en ik vind"
_SELF_NAME_YEARS_RE = re.compile(
    rf"(?<![\w-])ik\s+ben\s+(?P<who>[^\W\d_][\w'’-]*)\s*,?\s+(?P<age>{_NUM})\s+(?:jaar|jr)\b", _I)
# a name, "bijna" and an age: "Daan bijna 13 en nog steeds geen school" (the name is checked)
_NAME_ALMOST_RE = re.compile(
    rf"(?<![\w-])(?P<who>[^\W\d_][\w'’-]+)\s+(?:bijna|net|pas)\s+(?P<age>\d{{1,2}}|{_NUM_WORDS})"
    r"(?=\s*(?:jaar|jr)?\s*(?:[.,!?;]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:en|maar)\b))", _I)
# "(mijn dochters, 1 en vier)", "(onze zoon, 16)": a person word, a comma and the ages in brackets
_BRACKET_PERSON_AGES_RE = re.compile(
    rf"\((?:mijn|m'n|mn|onze|ons|haar|zijn)\s+{_PERSON}\s*,\s*(?P<ages>{_NUM}(?:\s*(?:,|en|&)\s*{_NUM})*)\s*\)", _I)
_EN_MORE_RE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s(?:en|and|&)\s)\s*(?P<age>{_EN_NUMBER})(?![\w/-]|[.,:]\d)", re.I)
# "(five and three)", "(7 and 5)": English ages listed in brackets after a person word
_EN_BRACKET_AGES_RE = re.compile(
    r"(?<![\w-])(?:kids|children|boys|girls|sons|daughters|twins|son|daughter|child|boy|girl)\s*\(\s*"
    rf"(?P<ages>{_EN_NUMBER}(?:\s*(?:,|and|&)\s*{_EN_NUMBER})+)\s*\)", re.I)
_EN_YEARS_RE = re.compile(rf"\s*{_EN_YEAR_UNITS}(?:\s+old)?\b", re.I)
# a lowercase first name before "is 17": "tomasz is 17 and wants to go back" (checked against the lists)
_EN_LOWER_NAME_AGE_RE = re.compile(
    rf"(?<![\w-])(?P<who>[a-zà-ÿ]{{3,}})\s+(?:is|was|turned|turns)\s+(?P<age>{_EN_NUMBER})(?![.,]\d)"
    + _EN_GAP_NOT_AGE +
    r"(?=\s*(?:[.,!?;:)&]|$)|\s+(?:now|and|n|but|so|today|years?|yrs?|old|in|on|when|with|at)\b)")
_EN_NUMBER_IN_RE = re.compile(rf"(?<![\w-]){_EN_NUMBER}(?![\w-])", re.I)
# "(our son, 16)": a child in English with the age in brackets
_ENGLISH_BRACKET_AGE_RE = re.compile(r"\((?:our|my)\s+(?:son|daughter|child|boy|girl|kid|eldest|youngest|oldest|middle\s+one|"
                                     rf"little\s+one|baby)\s*,\s*(?P<age>{_EN_NUMBER})\s*\)", re.I)
# English: "15y", "15yo", "16 y/o" (not "3 yrs": how long, as often as how old)
_ENGLISH_AGE_RE = re.compile(r"(?<![\w.,/-])(?P<age>\d{1,2})\s?(?:y/o|yo|y)(?![\w/])", _I)
_ADVERB_BRACKET_RE = re.compile(
    rf"(?P<who>[\w\]]+)\s*\((?:(?:ook|bijna|net|pas|nu|al|inmiddels|thans|toen|nog\s+maar|nog|maar|now|only|both|just)\s+){{1,2}}"
    rf"(?P<age>{_NUM}(?:,5)?|{_EN_NUMBER})(?P<unit>{_YEARS_OPT}|\s*{_MONTHS}|\s*(?:yrs?|years?))\s*[!?.]*\)", _I)
# (forty-ninth session) the age in brackets after a birthday: "[Sem] is jarig (15 al!!)", "birthday today (9!)"
_BIRTHDAY_BRACKET_RE = re.compile(rf"(?<![\w-])(?:jarig|birthday|bday|verjaardag)\s*\(\s*(?P<age>{_NUM}|{_EN_NUMBER})"
                                  r"(?:\s*(?:jaar|jr|years?))?(?:\s+(?:al|alweer|nu|now|already))?\s*[!?.]*\s*\)", _I)
# "Sanne, 17, en ...": a bare number between commas after a name or person word
_COMMA_AGE_AFTER_RE = re.compile(r"\s*(?:,|\))")
# a baby's months or weeks set off by commas or in brackets after the name: "(Noah, 2 mnd)", "Noor, 9 weken, slaapt"
_BABY_UNIT_END_RE = re.compile(r"\s*(?P<unit>mnd|maanden|maand|maandjes|weken|wkn|wk|weekjes)\.?(?:\s+oud)?\s*[,)]", _I)
# the age at which something happened, after a possessive: "kwam op haar 14 maanden", "sinds zijn 3 jaar doof"
_AT_POSSESSIVE_RE = re.compile(r"(?<![\w-])(?:op|sinds|vanaf)\s+(?:haar|zijn|z'n|zn|mijn|m'n|mn|jouw)\s+\Z", _I)
_AT_AGE_UNIT_RE = re.compile(r"\s*(?P<unit>jaar|jr|maanden|maand|mnd|weken|wk|maandjes)(?![\w-])(?!\s+(?:oud|ouder|jonger)\b)", _I)
# after "N jaar" in "ik ben N jaar ...", only these continue an age; anything else
# makes it a duration ("ik ben 2 jaar in behandeling geweest")
_AGE_AFTER_YEARS_RE = re.compile(
    r"\s*(?:[.,;:!?)\]]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:oud|jong|" + _GEWORDEN + r"|en|and|maar|of|dus|toen|nu|want|terwijl|punt|komma|"
    # a run-on self-introduction: "ik ben 14 jaar woon in ...", "ben 16 jaar zit op ..."
    r"en\s+half|woon|zit|ga|heb|hou|doe|kom|speel|ik|mijn|m'n|mn|"
    # ... "hij is 15 jaar kan alleen met de bus", "ze is 9 jaar woont bij oma" (a verb of the subject's after it)
    r"kan|kon|mag|mocht|moet|moest|wil|wilde|wou|woont|woonde|gaat|ging|heeft|had|komt|kwam|zit|zat|speelt|"
    # ... or with another subject: "mijn zoon Ahmed is 15 jaar hij gaat naar school", "ze is 9 jaar ze kan al lezen"
    r"hij|zij|ze|we|wij|zijn|haar|"
    # a new clause run on: "ik ben 17 jaar het was goed", "ben 15 jaar de wachttijd was lang" (a verb after it)
    r"het\s+(?:was|is|ging|gaat|werd|wordt|voelt|voelde)|de\s+[^\W\d_]+\s+(?:was|is|waren|zijn|ging|gaat|duurde|duurt)|"
    # an interjection: "hij is pas 6 jaar man", "ze is 12 jaar hoor"
    r"man|hoor|lol|haha|ofzo|btw|trouwens)\b)", _I)
# more ages in a row: "(6, 9 en 11)", "zijn 4 en 7"
_MORE_RE = re.compile(rf"\s*(?:,|en|&|of|a|à|maar)\s*(?:(?:een|die|de\s+ander(?:e)?)\s+van\s+|niet\s+|geen\s+|nog\s+geen\s+)?"
                      rf"(?P<age>{_NUM})(?![\w/-]|[.,:]\d)"  # also "IK BEN 17 EN NIET 12"
                      # not a count of things: "een pleegzoon van 2,5 en twee eigen kinderen"
                      r"(?!\s+(?:eigen|andere|kinderen|kids|jongens|meisjes|meiden|broers|zussen|zonen|dochters|"
                      r"pleegkinderen|keer|x)\b)", _I)
# a second person's age after a first, without a verb: "zij is 14, hij 16", "hij is 9 en zij bijna 12"
# (not "en hij is al 2 jaar thuis")
_PRONOUN_MORE_RE = re.compile(rf"\s*(?:,|en|&)\s*(?:hij|zij|ze|die|ik)\s+(?:bijna\s+|pas\s+|al\s+|nog\s+|ook\s+)?"
                              rf"(?P<age>{_NUM})(?![\w/-]|[.,:]\d)"
                              # no comma in chat: "ik ben 14 hij 11" (the second number ends the clause)
                              rf"|\s+(?:hij|zij|ze)\s+(?:bijna\s+|pas\s+|al\s+|nog\s+|ook\s+)?(?P<age2>{_NUM})"
                              r"(?=\s*(?:[.,;!?)]|$))", _I)
# a second person by name, without a verb: "[Jayden] is 12 en Mila elf." (the name is checked; the age ends the clause)
_NAME_MORE_RE = re.compile(rf"\s*(?:,|en|&)\s*(?P<who>[^\W\d_][\w'’-]+)\s+(?:bijna\s+|pas\s+|al\s+|nog\s+|ook\s+)?"
                           rf"(?P<age>{_NUM})(?:\s*(?:jaar|jr))?(?=\s*(?:[.,;!?)]|$))", _I)
# a number (or a list of them) in brackets after a person word, a name or a tag
# (also with an emoji between: "Sem 👦🏽 (8)")
_BRACKET_RE = re.compile(
    rf"(?P<who>\w[\w'’-]*\w|\w|\])\.?\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u200d\ufe0f]+\s*)?\((?:van\s+)?(?P<ages>{_EN_NUMBER}{_YEARS_OPT_EN}"  # also "mijn oudste (van elf)", "Cl. (15)", "Ji-ho (15)"
    rf"(?:\s*(?:,|en|&)\s*{_EN_NUMBER}{_YEARS_OPT_EN})*)[!?.]*\)", _I)  # also "(veertien!!)", "(sixteen)"
# brackets said to speech-to-text: "Mijn zoon Daan open haakje 12 gesloten haakje", "OPEN HAAKJE 14 HAAKJE SLUITEN"
_SAID_BRACKET_RE = re.compile(
    rf"(?P<who>\w[\w'’-]*\w|\])\s+open\s+haakje\s+(?P<age>{_EN_NUMBER})\s+"
    r"(?:gesloten\s+haakje|haakje\s+(?:sluiten|dicht|gesloten)|sluit\s+haakje)(?![\w-])", _I)
# a first name before a surname that is a word: "jesse visser (15)"
_FIRST_NAME_BEFORE_RE = re.compile(r"(?<![\w-])([^\W\d_]{2,})\s+\Z")
# "mijn zoon Wil (16)": a kinship word before the name, which may be a function word
_PERSON_WORDS_SHORT = (r"(?:zoon|dochter|broer|zus|zusje|broertje|pleegzoon|pleegdochter|kind|neef|nicht|kleinzoon|"
                       r"kleindochter|son|daughter|girl|boy|brother|sister)")
_PERSON_WORD_BEFORE_RE = re.compile(rf"(?<![\w-]){_PERSON_WORDS_SHORT}\s+$", _I)
# a name of two words between the person word and the bracket: "mijn dochter li na (15)", "MY GIRL LI NA (FIFTEEN)"
_PERSON_WORD_TWO_BEFORE_RE = re.compile(rf"(?<![\w-]){_PERSON_WORDS_SHORT}\s+(?P<first>[^\W\d_][\w'’-]*)\s+$", _I)
# things that last: before "(2 jaar)" they make it a duration
_SPANS_OF_TIME = frozenset("""traject hulp begeleiding behandeling opname plaatsing wachttijd wachtlijst periode
contract maatregel ots uithuisplaatsing voogdij therapie opvang verblijf straf taakstraf""".split())
_IS_BRACKET_AGE_RE = re.compile(r"(?<![\w-])(?:hij|zij|ze|ik|die)\s+(?:is|ben|was)\s*\(\s*(?P<age>\d{1,2})\s*\)", _I)
_PERSON_IN_TEXT_RE = re.compile(rf"(?<![\w-]){_PERSON}(?![\w-])", _I)
_EN_KIDS = frozenset("twins kids children boys girls son daughter sons daughters".split())
_NUM_IN_RE = re.compile(rf"(?<![\w-]){_EN_NUMBER}{_YEARS_OPT_EN}(?![\w-])", _I)
_PERSON_WORDS = words("person_words") | _LITTLE_ONES | frozenset(
    prefix + base + end for base in _DIMINUTIVE_BASES for prefix in ("",) + _KIN_PREFIXES for end in ("",) + _DIMINUTIVES
    if prefix or end)
_AL_JAAR_RE = re.compile(r"\s(?:al|ruim|bijna)\s+\S+$", _I)
_OLD_AL_RE = re.compile(r"\s+jaar\s+(?:maar|en\s+(?:nog|toch|heel|erg|best)|dus|want)\b", _I)  # a grandparent's age
# "al 3 jaar bij jullie" (a duration) but "al 16 jaar." or "al 16 jaar oud" (an age)
_JAAR_RE = re.compile(r"\s+jaar(?!tjes|\s*(?:oud\b|[.,;:!?)]|$))", _I)
_DURATION_WORDS = words("duration_words")


_AGE_WORDS = words("age_words")
_NUMBER_ROOTS = tuple(sorted({w for w in _AGE_WORDS if len(w) >= 3} | {"eenen", "éénen", "derde", "één", "eén", "twe", "vijven", "sesen", "tween"}  # "eenennegentig", "sinds zijn derde"
                             | set(_EN_NUMBER_WORDS)))  # "she's twelve"


_HALF_RE = re.compile(r"\s*½|\s+1/2(?![\d/])|\s+en\s+(?:een\s+)?half\b", _I)


def _with_years(text: str, end: int) -> int:
    """Extend an age over a following half ("11 1/2", "7½") and "jaar", "jr" or "jaar oud"."""
    h = _HALF_RE.match(text, end)
    if h:
        end = h.end()
    m = _YEARS_RE.match(text, end)
    return m.end() if m else end


def _firmly_named(who: str) -> bool:
    """A listed first name, or a capitalised word in no dictionary: a name even without a verb
    after it ("Noor 11 mnd loopt", "ik ben Daan vijftien jaar"; not "de laaste 2 maanden", "ik ben al 3 jaar")."""
    low = who.lower()
    if low in _FUNCTION_WORDS or low in _PERSON_WORDS or low in _DURATION_WORDS:
        return False
    return low in _name_lists().first_any or (who[0].isupper() and low not in dictionary().words
                                               and low not in _name_lists().common)


_MONTH_NAMES_OF_PEOPLE = frozenset({"mei", "april", "juni", "june"})  # (on no list of first names: read as months)


def _named(who: str) -> bool:
    """A word that is a person's name when it is the subject of "is 13"."""
    low = who.lower()
    if low in _FUNCTION_WORDS or low in _PERSON_WORDS:
        return False
    names = _name_lists()
    if low in names.first_any or low in _MONTH_NAMES_OF_PEOPLE:
        return True  # "storm is nu 4": a first name, also when it is a word ("mei is nu twaalf": a month is no age)
    if who[0].isupper():
        return low not in dictionary().words and low not in names.common
    return no_dictionary_form(who)  # "mijn dochter deqa van 17"


_ARTICLE_BEFORE_RE = re.compile(r"(?:^|\s)(?:de|het|'t|een|deze|dit)\s+\Z", _I)


def _baby_named(text: str, m: re.Match[str]) -> bool:
    """The word before a baby's age names a person: any name before "van" or "met" ("Daan van
    15 maanden"), only a first name before "is"/"was" ("Zon is achttien maanden"; not "de
    wachtlijst in Utrecht was 6 maanden"), never a word after an article ("de wachtijd was")."""
    who = m.group("who")
    if _ARTICLE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
        return False
    if m.group("van"):
        return _named(who) and not frequencies().at_least(who.lower(), 4.0, "en")  # not "a grace period van 2 weken"
    return who.lower() in _name_lists().first_any and who.lower() not in _FUNCTION_WORDS


_PARENTS_OF = frozenset("moeder vader mama papa ouder ouders pleegmoeder pleegvader pleegouders".split())
_RANK_WORDS = frozenset({"oudste", "jongste", "middelste"})
# a name, "werd" and the number (a time between them too: "Sanne werd gisteren 17"), not a time span after it ("Ajax werd 2
# jaar geleden kampioen", "werd 3 weken later ontslagen")
_NAMED_BECAME_RE = re.compile(r"(?<![\w'’-])(?P<who>[^\W\d_][\w'’-]+)\s+(?:werd|wordt)(?:\s+(?:gisteren|vandaag|morgen|toen|pas|net|"
                              r"eindelijk|al|bijna|straks|binnenkort))?\s+\Z", _I)
# (not what a named person turned: "Ajax werd 2 jaar geleden kampioen", "Daan wordt 3 weken opgenomen", "wordt 1 op 1
# begeleid", "werd 2e")
_AFTER_TURNED_NOT_AGE_RE = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:geleden|later|lang|eerder|terug|keer|x|maal|procent|%|euro)\b"
                                      r"|\s*(?:weken|weeks?|dagen|maanden|uur|minuten)\b|[.,:]\d|\d|e\b|de\b|ste\b"
                                      r"|\s*(?:op|uit|van|per|tegen)\s+\d{1,2}(?!\d|\s+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec))", _I)
_WHO_ONE_IS_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_WHO_ONE_IS) + r")\s+(?:de|het)\s+\Z", _I)


def _anchored(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is a person's age by what stands around it."""
    if _RANGE_AFTER_RE.match(text, end):
        return False  # "kids van 12 tot 18": a range, no one's age
    lo = max(0, start - 60)
    # the last words before the number: each search below needs one of its words there, and
    # a search over a long alternation is only run when it can match
    tail = [w.lstrip("([{\"'") for w in text[lo:start].lower().split()[-4:]]
    van = _BEFORE_VAN.search(text, lo, start) if "van" in tail[-3:] else None
    while van and not all(_named(w) or w.lower() in _PERSON_WORDS for w in van.group("between").split()):
        # (a person's word nearer: "dat ik me zoon van 8"; not a parent's: "ik ben moeder van drie", of three children)
        van = _BEFORE_VAN.search(text, van.start() + 1, start)
        if van and van.group().split()[0].lower() in _PARENTS_OF:
            van = None
    if van and van.group().split()[0].lower() in _RANK_WORDS and _WHO_ONE_IS_RE.search(text, max(0, van.start() - 10), van.start()) \
            and not _YEARS_RE.match(text, end):
        van = None  # "ik ben de oudste van drie": one of three children (but "de oudste van 17 moet", "mijn oudste van 8")
    if van and _NOT_UNIT_RE.match(text, end):  # "jongste zoon van 8"
        return True
    named_van = _BEFORE_NAME_VAN.search(text, lo, start)
    if named_van and _NOT_UNIT_RE.match(text, end) and _named(named_van.group("who")):
        return True  # "twee kinderen, Sanne van 3 en Daan van 7"
    bare = _BEFORE_PERSON_NAME.search(text, lo, start) if len(tail) >= 2 and tail[-2] in _PERSON_WORDS else None
    if bare and _named(bare.group("who")) and _AFTER_BARE_RE.match(text, end):
        return True  # "mn broertje Sem 8 vond het leuk"
    if _BEFORE_MET.search(text, lo, start) and _YEARS_RE.match(text, end):
        return True
    if _VERB_AFTER_RE.match(text, end) and _BEFORE_PRONOUN.search(text, lo, start):
        # not "als je 18 wordt": the age anyone turns (but "als je veertien bent" is often the writer's own)
        return _ANYONE_RE.search(text, lo, start) is None or _BECOMES_RE.match(text, end) is None
    if (sub := _CLAUSE_NAME_RE.search(text, lo, start)) and _VERB_AFTER_RE.match(text, end) \
            and sub.group("who").lower() not in _FUNCTION_WORDS:
        return True  # "omdat djalma achttien wordt", "toen [naam] 12 was"
    if _AND_IS_RE.search(text, lo, start) and _END_RE.match(text, end):
        return True  # "komt uit Eritrea en is 16."
    if _BECAME_RE.search(text, lo, start) and _NOT_UNIT_RE.match(text, end) and not _YEARS_RE.match(text, end):
        return True  # (forty-fifth session) "ik werd 18 op de dag dat ...": what a person became is an age
    if ("werd" in tail[-3:] or "wordt" in tail[-3:]) and (became := _NAMED_BECAME_RE.search(text, lo, start)) \
            and _named(became.group("who")) \
            and not _AFTER_TURNED_NOT_AGE_RE.match(text, end):
        return True  # (fifty-seventh session) "Sanne werd 17 jaar op de dag dat ...", "mn zus Rima wordt 12 zaterdag"
    if not _AFTER_RE.match(text, end):
        return False  # (checked first: one match after the number is cheaper than the searches before it)
    subject = _BEFORE_SUBJECT.search(text, lo, start)
    if subject is None:
        named = _BEFORE_NAMED.search(text, lo, start)
        if named is None or not (_named(named.group("who")) or (
                named.group("who").lower() not in _FUNCTION_WORDS
                and _PERSON_BEFORE_NAME_RE.search(text, lo, named.start()))):
            return False  # "Sanne is 13"; "mijn zoon wolf is tien" (a name that is also a word)
        subject = named
    years = _YEARS_RE.match(text, end)
    if years and not _AGE_AFTER_YEARS_RE.match(text, years.end()) and "jr" not in years.group().lower():
        return False  # "ik ben 2 jaar in behandeling geweest": a duration (not "ik ben 15 jr sorry")
    if _AL_JAAR_RE.search(text[subject.start():end]) and _JAAR_RE.match(text, end) and not (
            text[start:end].isdigit() and int(text[start:end]) >= 30 and _OLD_AL_RE.match(text, end)):
        return False  # "ik ben al 3 jaar bij jullie": a duration (not "zij is al 78 jaar maar nog fit")
    return True


# an age and more in brackets: "Onze [Sem] (10, zit nu in groep 7)", "bij ons woont (16, pleegzoon)"
_BRACKET_COMMA_RE = re.compile(r"(?P<who>[\w\]]+)\.?\s*\((?P<age>\d{1,2})\s*(?:jaar|jr\.?)?\s*,\s*(?P<rest>[^()\n]{1,40})\)", _I)
# a pronoun or "zelf" before the age in brackets: "[Sem] heeft mij (18 jaar) geholpen", "Hoop zelf (14)"
_SELF_BEFORE_BRACKET = frozenset({"kids", "zelf", "mij", "me", "ik", "hij", "zij", "hem"})
# "(19 jaar)" in a text about a person: an age in brackets with its unit
# (also estimated: "(circa 16 jaar)", "(ca. 15 jr)", "(naar schatting 17 jaar)", as for young people without papers)
_BRACKET_YEARS_RE = re.compile(rf"\((?:(?:circa|ca\.?|ongeveer|ong\.?|±|\+/-|rond|naar\s+schatting|geschat|vermoedelijk|"
                               rf"waarschijnlijk|minimaal|min\.|zo'n)\s*)?(?P<age>{_NUM}\s*{_YEAR_UNITS})\s*[),]", _I)  # also "(17 jaar, mbo-student)", "(22 jar)"
# "jarig, acht jaar al", "is vandaag jarig: 12 jaar!": an age beside a birthday
# congratulations and an age: "gefeliciteerd Sanne!! 20 jaar al 🎉", "proficiat met je 18e ... 18 jaar!"
# (not "20 jaar getrouwd", "10 jaar huwelijk": a number of years before a noun or a participle)
_CONGRATS_AGE_RE = re.compile(rf"(?<![\w,./-])(?P<age>(?:{_NUM}|1[01]\d)\s*(?:jaar|jr)\.?)(?=\s*(?:al\b|oud\b|geworden\b|[!.]|$"
                              r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]))", _I)
# (fifty-fourth session) a bare number after a cake or a party in a birthday's message: "hvj Sanne 🎉🎂 15 al!!",
# "op me verjaardag 🎂 16 woohoo"
_CAKE_AGE_RE = re.compile(PARTY_EMOJI + r"\s*(?P<age>1\d|2[0-5]|[2-9])(?![\d.,:/])"
                          r"(?=\s*(?:al\b|alweer\b|wo+hoo+\b|ja+r\b|jr\b|en\s+(?!\d)|!|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]))", _I)  # (+ "18 en zelfstandig", "16 alweer")
# "ben jarig op 3 mei word tien", "ik ben jarug op ... en dan wordt ik elluf": a birthday, then the age one becomes
_BIRTHDAY_BECOMES_RE = re.compile(
    rf"\b(?:jarig|jarug|verjaardag)\b[^.!?\n]{{0,30}}?\b(?:word|wordt)\s+(?:(?:ik|ie|hij|ze|zij)\s+)?(?P<age>{_NUM})"
    r"(?![\w/-]|[.,:]\d)", _I)
_BIRTHDAY_AGE_RE = re.compile(rf"\bjarig\b[^.!?\n]{{0,12}}?\b(?P<age>{_NUM})(?:\s*(?:jaar|jr)\b|(?=\s*(?:[!(]|[\U0001F300-\U0001FAFF])))", _I)
# a whole short answer "bijna 18!!! 🎉", "eindelijk 16!", also after an emoji ("gefeli Sanne 🎉🎂 al 18!!"): an age reached
_ALMOST_AGE_RE = re.compile(r"(?:^|[.!?]\s+|[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*)(?:bijna|eindelijk|net|al)\s+(?P<age>1\d|2[0-3])\s*(?=[!?.]|$|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF])", _I)
# (forty-fifth session) chat without its subject: "was 14 toen het begon 😢" (opening the text or a sentence)
_WAS_THEN_RE = re.compile(rf"(?:^|[.!?]\s+|[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*)(?:was|werd)\s+(?:pas\s+|net\s+|nog\s+maar\s+)?"
                          rf"(?P<age>\d{{1,2}}|{_NUM_WORDS})\s+toen\b", _I)
# "bij ons wonen, 2 en 5 jaar.": two ages listed with "jaar" closing the sentence
_LISTED_AGES_RE = re.compile(r",\s*(?P<a>\d{1,2})\s*(?:en|&)\s*(?P<b>\d{1,2})\s+jaar\s*(?:[.!)]|$)", _I)
# "12 jaar was ik toen de politie kwam": the age first, then the verb and the person
_YEARS_WAS_I_RE = re.compile(rf"(?:^|(?<=[.!?]\s))(?P<age>\d{{1,2}}|{_NUM_WORDS})\s+(?:jaar|jr)\s+(?:was|werd|ben|word)\s+"
                             r"(?:ik|hij|ze|zij|ie)\s+(?:toen|pas|net|nog\s+maar)\b", _I)
# ", nu bijna 17 dus": an age reached after "nu"
_NOW_ALMOST_RE = re.compile(r"\bnu\s+(?:bijna|al|net|pas)\s+(?P<age>1\d|2[0-3]|" + _NUM_WORDS + r")(?=\s*(?:[!?.,;]|$|(?:dus|en|maar)\b))",
                            _I)
# "mn dochter Noor zit in groep 8 en is nu 11 💪", "Noor is van 2015, dus nu 9.", "ik ben oma en zelf al 68":
# a number closing the clause, with a person named before it in the sentence (checked in _find_age_numbers)
_AND_IS_NOW_RE = re.compile(
    rf"(?<![\w-])(?:en\s+is(?:\s+nu)?|dus\s+nu|en\s+nu(?=\s+\S+\s+(?:jaar|jr)\b(?!\s+(?:en\s+\S+\s+(?:maand|maanden|weken|dagen)|later|verder|geleden|bezig)\b))|en\s+zelf\s+(?:al|pas|nog\s+maar))\s+(?:al\s+|bijna\s+|pas\s+|net\s+)?(?P<age>\d{{1,2}}|{_NUM_WORDS})(?![.,]\d)(?:\s*(?:jaar|jr)\b)?"
    r"(?=\s*(?:[!?.,;)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:dus|en|maar|komma|punt)\b))", _I)
# (fifty-first session) "Sanne en Daan, mn zusje en broertje, zijn 8 en 10 en vonden ...": two ages after a plural
# verb, closing the clause, with a person named before it in the sentence (checked in _find_age_numbers)
_ARE_AGES_RE = re.compile(
    rf"(?<![\w-])(?:zijn|waren|worden|werden)\s+(?:nu\s+|al\s+|pas\s+)?(?P<age>\d{{1,2}}|{_NUM_WORDS})\s*(?:,|en|&)\s*"
    rf"(?P<age2>\d{{1,2}}|{_NUM_WORDS})(?![.,]\d)(?:\s*(?:jaar|jr)\b)?"
    r"(?=\s*(?:[!?.,;)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:dus|en|maar)\b))", _I)
# (fifty-fourth session) ages whose verb or person stands apart from the number
_CLAUSE_END = r"(?=\s*(?:[.,;!?)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:en|maar|dus|want|toen|of)\b))"
# "wordt Dato achttien voor de zitting", "werd hij 12 in de zomer": the verb, the person, then the age
_TURNS_PERSON_AGE_RE = re.compile(
    rf"(?<![\w-])(?:wordt|werd)\s+(?!(?:het|er|dat|dit|de|een|alles|niks|niets|je|u|men|groep|klas|fase|stap|nummer|niveau|"
    rf"week|dag|maand|hoofdstuk|level|leerjaar|cijfer|score|mijn|m'n|zijn|haar|ons|onze|hun|wat|dan|nu|straks)\b)"
    rf"(?P<who>[^\W\d_][\w'’-]*)\s+(?:(?:al|pas|bijna|nu|dan|straks|ook)\s+)?(?P<age>{_NUM})(?:\s*{_YEAR_UNITS})?(?![\w/-]|[.,:]\d)"
    r"(?=\s*(?:[.,;!?)]|$|(?:voor|in|op|na|over|en|maar|dus|want|toen|of)\b))", _I)
# "die op 3 mei twee jaar werd", "EN WORDEN OP 12 MAART ACHTTIEN": a birthday, then the age (the verb last or plural)
_ON_A_DAY_TURNED_RE = re.compile(
    rf"(?<![\w-])(?:die|dat|hij|ze|zij|ie|ik)\s+op\s+{_ON_A_DAY}\s+(?P<age>{_NUM})(?:\s*{_YEAR_UNITS})?\s+"
    rf"(?:werd|wordt|word|worden|werden|{_GEWORDEN})\b"
    rf"|(?<![\w-])(?:ze|zij|we|wij|die|en|beiden|allebei)\s+(?:worden|werden)\s+op\s+{_ON_A_DAY}\s+(?P<age2>{_NUM})"
    rf"(?:\s*{_YEAR_UNITS})?(?![\w/-]|[.,:]\d){_CLAUSE_END}", _I)
# "een kind van 4 en een van 3 jaar": a second child's age after the first's
_AND_ONE_OF_RE = re.compile(
    rf"(?<![\w-]){_PERSON}\s+van\s+{_NUM}(?:\s*[^\W\d_]{{1,8}})?\s+en\s+(?:een|één|eentje|de\s+ander|nog\s+een)\s+van\s+"
    rf"(?P<age>{_NUM})(?:\s*{_YEAR_UNITS})?(?![\w/-]|[.,:]\d){_CLAUSE_END}", _I)
# "is mijn oudste, al 19, en ...": the eldest or youngest, a comma and the age
_ELDEST_COMMA_AGE_RE = re.compile(
    rf"(?<![\w-])(?:mijn|m'n|mn|onze|ons|zijn|z'n|haar)\s+(?:oudste|jongste|middelste|kleinste|grootste)\s*,\s*"
    rf"(?:(?:al|pas|nu|net|bijna|inmiddels)\s+)?(?P<age>{_NUM})(?:\s*{_YEAR_UNITS})?(?![\w/-]|[.,:]\d)(?=\s*(?:[.,;!?)]|$))", _I)
# "ik ben oma en pas 39": the writer, what they are, and their age
_I_AM_AND_AGE_RE = re.compile(
    rf"(?<![\w-])(?:ik\s+ben|ben\s+ik)\s+(?:[^\W\d_]+\s+){{0,2}}?[^\W\d_]+\s+en\s+(?:pas|al|nog\s+maar|net|bijna|nog|maar)\s+"
    rf"(?P<age>{_NUM})(?:\s*{_YEAR_UNITS})?(?![\w/-]|[.,:]\d)(?=\s*(?:[.,;!?)]|$))", _I)
# "ik ben geen 18, nog 17": the age someone is not, then the one they are
_NOT_BUT_AGE_RE = re.compile(
    rf"(?<![\w-])(?:ben|is|bent|was)\s+(?:nog\s+)?(?:geen|niet)\s+{_NUM}(?:\s*{_YEAR_UNITS})?\s*[,;:–-]\s*"
    rf"(?:nog|pas|maar|al|net)\s+(?P<age>{_NUM})(?:\s*{_YEAR_UNITS})?(?![\w/-]|[.,:]\d)", _I)
# "jongens die veel ouder zijn, 19 of 20", "(beiden ruim 80 jaar)": older people's ages
_OLDER_AGES_RE = re.compile(
    r"(?<![\w-])(?:ouder|jonger)\s+(?:zijn|is|was|waren)\s*[,(:–-]\s*(?:(?:al|rond\s+de|zo'n|ongeveer)\s+)?(?P<age>\d{1,2})"
    rf"(?:\s*(?:of|à|a|tot|-|–)\s*(?P<age2>\d{{1,2}}))?(?:\s*{_YEAR_UNITS})?(?=\s*(?:[.,;!?)]|$))"
    rf"|\(\s*(?:beiden|allebei|beide)\s+(?:(?:ruim|bijna|al|net|boven\s+de|rond\s+de|over\s+de|in\s+de)\s+)?(?P<age3>\d{{1,2}}|{_NUM_WORDS})"
    rf"(?:\s*{_YEAR_UNITS})?\s*\)", _I)
# "nu is hy al 18.", "Nu is Sanne al 17 en ...", "hij is nu pas 15!": a person is already an age (a bare number,
# no "jaar": "hij is al 3 jaar bij ons" is a duration; not "het is al 10")
_IS_ALREADY_AGE_RE = re.compile(
    r"(?<![\w-])(?:(?:is|was|wordt)\s+(?:hij|hy|ze|zij|ie|(?!(?:Het|Dat|Dit|Er|Die|Deze|Dan|Nu)\b)[A-Z][a-zà-ÿ]+)"
    r"|(?:hij|hy|ze|zij|ie)\s+(?:is|was|wordt))\s+(?:nu\s+)?(?:al|pas|bijna|net)\s+(?P<age>1\d|2[0-5]|[2-9])"
    r"(?=\s*(?:[!?.,;)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|en\b|maar\b))")
# a birthday's cake and today's age: "Sanne 🎂 vandaag 21!!", "🥳 vandaag al 16"
_CAKE_TODAY_AGE_RE = re.compile(r"[\U0001F382\U0001F973\U0001F388][^.!?\n]{0,12}?\bvandaag\s+(?:al\s+)?"
                                r"(?P<age>1\d|2[0-5]|[2-9])(?:\s*(?:jaar|jr)\b)?"
                                r"(?=\s*(?:[!.]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]))", _I)
# (fifty-eighth session) a birthday's age with "vandaag" after it, in a message that congratulates: "hvj [Rima]!! 18
# vandaag 🎂", "gefeliciteerd! 16 geworden 🎉" (not "om 3 vandaag": a time)
_AGE_TODAY_RE = re.compile(r"(?<![\w.,:/€$-])(?<!om\s)(?<!rond\s)(?<!tot\s)(?<!voor\s)(?<!na\s)(?P<age>1\d|2[0-5]|[2-9])\s+"
                           r"(?:(?:jaar|jr)\s+)?(?:vandaag|geworden)(?=\s*(?:[!.]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]))", _I)
# the words of a message that congratulates, which the birthday patterns below need one of
_CONGRATS_WORDS = frozenset({"gefeliciteerd", "gefeliciteerdd", "proficiat", "verjaardag", "jarig", "hoera", "hbd", "hvj",
                             "hgf", "bday", "birthday"})
_SENTENCE_START_RE = re.compile(r"[.!?\n]\s*(?=[^.!?\n]*\Z)")
_AGE_NOUN_AFTER_RE = re.compile(r"\s+leeftijd\b", _I)
_THE_BEFORE_RE = re.compile(r"\bde\s+\Z", _I)
_PERSON_WORD_RE = re.compile(rf"(?<![\w-]){_PERSON}(?![\w-])", _I)


def _person_in_sentence_before(text: str, start: int) -> bool:
    """A person word or a first name earlier in the sentence that ends at ``start``."""
    before = text[max(0, start - 120):start]
    if (cut := _SENTENCE_START_RE.search(before)) is not None:
        before = before[cut.end():]
    words_ = re.findall(r"[^\W\d_][\w'’-]+", before)
    return _PERSON_WORD_RE.search(before) is not None or any(
        w[0].isupper() and _named(w) and (n or w.lower() in _name_lists().first_any) for n, w in enumerate(words_))


# "nu met 17 mag ze eindelijk terug", "met 12 ging hij al alleen": "met" and a number, then the verb
# before one person (not "met 3 gingen we": a group)
_WITH_AGE_VERB_RE = re.compile(
    rf"(?<![\w-])met\s+(?P<age>\d{{1,2}}|{_NUM_WORDS})\s+(?:mag|mocht|kan|kon|moet|moest|ging|gaat|werd|wordt|ben|was|"
    r"is|heb|had|kreeg|krijg|wil|wilde|woon|woonde|zat|stond|liep)\s+(?:ik|ze|zij|hij|ie|(?P<who>(?-i:[A-Z])[\w'’-]+))\b",
    _I)  # not "je": anyone; a name is checked ("met anderhalf kon Noor nog niet lopen")
# (fifty-third session) "dat ons kind pas met 18 terug naar huis mag", "dat ik met 18 zelf mag kiezen": "met" and the
# age of coming of age, then what it allows (not "met 18 mag je stemmen": anyone; not "met 18 kinderen")
_WITH_COMING_OF_AGE_RE = re.compile(
    r"(?<![\w-])(?:(?P<pre>pas|al|vanaf)\s+)?met\s+(?P<age>1[6-9]|2[01]|zestien|zeventien|achttien|negentien|eenentwintig)"
    r"(?:\s+jaar)?(?:\s+(?:zelf|terug|thuis|uit\s+huis|op\s+kamers|(?:mag|mocht|moet|moest|mogen)(?!\s+(?:je|jij|men|u)\b)"
    # (fifty-ninth session) too young at that age, said of oneself: "dat ik met zestien nog te jong ben"
    r"|(?:(?:nog|al|veel|echt|toch|wel)\s+)*te\s+(?:jong|oud)\s+(?:ben|is|was|waren)(?!\s+(?:je|jij|men|u)\b))\b"
    r"|(?(pre)\s*[.!?,;]|(?!)))", _I)
# (fifty-ninth session) the age an age assessment gave a young asylum seeker: "het leeftijdsonderzoek zei 21 maar ...",
# "leeftijdsschatting: 19 jaar"
_ASSESSED_WORDS = frozenset("leeftijdsonderzoek leeftijdsschatting leeftijdsbepaling leeftijdstest leeftijdsregistratie".split())
_ASSESSED_AGE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_ASSESSED_WORDS)) + r")\s*(?:zei|zegt|gaf|geeft|kwam\s+uit\s+op|kwam\s+op|"
    rf"was|is|:)\s*(?:(?:hij|ze|zij|ik)\s+(?:is|was|ben|zou\s+zijn)\s+)?(?P<age>{_NUM}){_YEARS_OPT}(?![\w/%-]|[.,:]\d)"
    r"(?!\s*(?:weken|week|maanden|maand|dagen|dag|uur|keer|later|geleden|minuten)\b)", _I)
# "ik ben met 12 de jongste", "de oudste met zijn 17": the youngest or the eldest at an age
_YOUNGEST_RE = re.compile(
    rf"(?<![\w-])met\s+(?:mijn|zijn|haar|m'n|z'n|mn|zn\s+)?(?P<age>\d{{1,2}}|{_NUM_WORDS})(?:\s+jaar)?\s+(?:de|het)\s+"
    r"(?:jongste|oudste)\b|\b(?:jongste|oudste)\s+met\s+(?:mijn|zijn|haar|m'n|z'n|mn|zn\s+)?(?P<age2>\d{1,2}|"
    + _NUM_WORDS + r")(?![\w/-]|[.,:]\d|\s*(?:jaar|jr)?\s*(?:maanden|weken|dagen|uur|keer|jongeren|kinderen|punten)\b)", _I)
# "8 kaarsjes uitgeblazen": a birthday's candles
_CANDLES_RE = re.compile(rf"(?<![\w,./-])(?P<age>\d{{1,2}}|{_EN_NUMBER})\s+(?:kaarsjes|kaarsen|candles)\b", _I)
# each pattern with the words one of which every match holds (None: no such word), or a
# tuple of such sets (one word of each) and strings the lowercase text must contain
_GATED_RES = (
    (_KEYWORD_AGE_RE, frozenset({"leeftijd", "lft", "age", "aged"})),
    (_EN_AGED_RE, frozenset({"aged", "age"})),
    (_GENDER_AGE_RE, None),  # (a literal bracket first: cheap on any text)
    (_GENDER_AGE_NEXT_RE, frozenset({"m", "v", "j", "x", "f", "jongen", "meisje"})),
    (_ENGLISH_AGE_RE, None),
    (_ENGLISH_IS_AGE_RE, frozenset({"is", "was", "am", "turned", "turns", "be", "now", "she's", "he's", "she’s", "he’s", "i'm", "i’m", "hes", "shes", "im"})),
    (_CANDLES_RE, frozenset({"kaarsjes", "kaarsen", "candles"})),
    (_WEEKS_OLD_RE, frozenset({"oud", "oude"})),
    (_DATE_THEN_AGE_RE, frozenset({"word", "wordt", "werd"})),
    (_ENGLISH_BRACKET_AGE_RE, frozenset({"our", "my"})),
    (_ADVERB_AGE_RE, frozenset({"inmiddels", "nu", "al", "pas", "bijna", "net"})),
    (_TO_BE_AGE_RE, _TO_BE_GATE),
    (_AND_NOT_AGE_RE, frozenset({"niet", "geen"})),
    (_BORN_SO_AGE_RE, frozenset({"geboren"})),
    (_BORN_THEN_YEARS_RE, frozenset({"geboren"})),
    (_NOT_THAT_AGE_RE, frozenset({"ni", "nie", "niet", "nit", "geen"})),
    (_FEELS_AGE_RE, frozenset({"voel", "voelt", "voelde"})),
    (_ALL_SAME_AGE_RE, frozenset({"allebei", "alle", "allemaal", "beiden", "alledrie", "alletwee"})),
    (_NAMED_ALL_SAME_AGE_RE, frozenset({"allebei", "alle", "beiden", "beide", "alledrie", "alletwee"})),
    (_MAY_BECOME_AGE_RE, frozenset({"mocht", "mag", "mochten", "zou", "mogen"})),
    (_ORDINAL_BIRTHDAY_RE, frozenset({"verjaardag"})),
    (_JARIG_COMMA_AGE_RE, frozenset({"jarig"})),
    (_RESP_AGES_RE, frozenset({"resp", "respectievelijk"})),
    (_ARRIVAL_AGE_RE, frozenset({"op", "aankomst", "plaatsing", "adoptie", "opname", "binnenkomst"})),
    (_KIN_COMMA_AGE_RE, _PERSON_WORDS),
    (_SINCE_ORDINAL_RE, frozenset({"sinds", "vanaf", "tot", "na"})),
    (_WITH_ORDINAL_RE, frozenset({"met"})),
    (_BECAME_AGE_RE, frozenset({"geworden", "geworde", "gewordn", "verjaardag"})),
    (_JR_AGE_RE, ("jr",)),  # ("16jr" is one token: the letters in the text)
    (_YEARS_OLD_RE, frozenset({"oud", "oude"})),
    (_OLD_YOUNG_RE, frozenset({"oud", "jong"})),
    (_SELF_AGE_RE, frozenset({"ik"})),
    (_I_AM_AGE_RE, frozenset({"ik", "je", "jij", "ich", "iech", "k", "'k"})),
    (_BARE_PERSON_AGE_RE, _PERSON_WORDS),
    (_PERSON_N_UNIT_RE, frozenset({"jaar", "jr", "jaren", "maand", "maanden", "mnd"})),  # (the unit every match holds)
    (_PERSON_NAME_AGE_RE, _PERSON_WORDS),
    (_TYPO_NAME_AGE_RE, _KIN_TYPOS),
    (_TYPO_N_UNIT_RE, _KIN_TYPOS),
    (_BABY_AGE_RE, None),  # (also "een pleegzoon van 2,5")
    (_BABY_MONTHS_BEFORE_VERB_RE, _MONTH_UNITS | _DAY_UNITS | {"week"}),
    (_BABY_INVERTED_RE, _MONTH_UNITS | _DAY_UNITS | {"week"}),
    (_BABY_DAYS_RE, _DAY_UNITS | {"week"}),
    (_HALF_YEAR_RE, frozenset({"half", "halfjaar", "anderhalf"})),
    (_CHECKUP_RE, None),  # (gated on the words inside compounds too: "de 4 maanden-afspraak")
    (_BECOMES_SOON_RE, frozenset({"word", "wordt"})),
    (_GROUP_BRACKET_AGE_RE, frozenset({"groep", "klas", "gr"})),
    (_EN_BABY_AGE_RE, frozenset({"months", "month", "weeks", "week", "days", "day", "mos", "wk", "wks", "mnths", "mnth", "mths",
                                 "mth"})),
    (_EN_TURN_RE, frozenset({"turn", "turns", "turned", "turnd", "turnt", "turning", "turnng", "turnin"})),
    (_EN_TURNING_RE, frozenset({"turning", "turnng"})),
    (_EN_LISTED_AGES_RE, frozenset({"we", "girls", "boys", "kids", "children", "twins", "sons", "daughters"})),
    (_EN_CHILDREN_ARE_RE, frozenset({"twins", "kids", "children", "boys", "girls", "sons", "daughters", "triplets"})),
    (_EN_SECOND_CHILD_RE, frozenset({"youngest", "eldest", "oldest"})),
    (_EN_CHILD_OF_RE, frozenset({"of", "who"})),
    (_EN_OF_AGE_RE, frozenset({"age", "now", "aged"})),
    (_EN_HEDGED_BRACKET_RE, frozenset({"son", "daughter", "kid", "child", "boy", "girl", "baby", "brother", "sister", "twins",
                                       "eldest", "youngest", "oldest"})),
    (_PERSON_VAN_DAYS_RE, _DAY_UNITS),
    (_EN_CHILD_AGE_RE, frozenset({"years", "year", "yrs", "yr", "y", "yo", "months", "month", "mos", "mo", "weeks", "week",
                                  "wks", "wk"})),
    (_EN_WHEN_WAS_RE, frozenset({"when", "since", "until", "till", "after", "before"})),
    (_EN_AGE_OF_RE, frozenset({"age"})),
    (_AND_IS_BABY_RE, _MONTH_UNITS | _DAY_UNITS | {"week"}),
    (_EN_CHILD_AT_MONTHS_RE, frozenset({"months", "month", "weeks", "week", "mos", "wk", "wks"})),
    (_BABY_PRONOUN_MONTHS_RE, _MONTH_UNITS | _DAY_UNITS | {"week"}),
    (_BABY_EVENT_RE, frozenset({"met", "geboren", "op"})),
    (_AGE_OF_RE, frozenset({"leeftijd"})),
    (_HAS_YEARS_RE, frozenset({"heeft", "heb", "heef"})),
    (_I_HAVE_YEARS_RE, (frozenset({"heb", "heeft"}), frozenset({"jaar", "jaren"}))),
    (_NOW_AGE_RE, frozenset({"geboren", "geb", "geboortedatum"})),
    (_AT_AGE_EVENT_RE, frozenset({"op"})),
    (_BIRTHDAY_AGE_RE, frozenset({"jarig"})),
    (_BIRTHDAY_BECOMES_RE, frozenset({"jarig", "jarug", "verjaardag"})),
    (_THEN_AND_NOW_RE, frozenset({"toen"})),
    (_SECOND_CHILD_RE, frozenset({"jongste", "oudste", "kleine", "grote", "kleinste", "grootste"})),
    (_AND_SECOND_AGE_RE, (frozenset({"is", "was", "ben"}), frozenset({"en"}))),
    (_CONGRATS_AGE_RE, _CONGRATS_WORDS),  # (fiftieth session: "hbd Sem 🎈 18 jaar 😍")
    (_CAKE_AGE_RE, frozenset({"gefeliciteerd", "proficiat", "verjaardag", "jarig", "hbd", "hvj", "bday", "birthday",
                              "gefeli", "hoera", "taart", "hb"})),  # (fifty-fifth session: "hb Sanne!! 🥳 18 en ...")
    (_ALMOST_AGE_RE, frozenset({"bijna", "eindelijk", "net", "al"})),
    (_WAS_THEN_RE, (frozenset({"was", "werd"}), frozenset({"toen"}))),
    (_IS_ALREADY_AGE_RE, (frozenset({"al", "pas", "bijna", "net"}), frozenset({"is", "was", "wordt"}))),
    (_CAKE_TODAY_AGE_RE, frozenset({"vandaag"})),
    (_AGE_TODAY_RE, (_CONGRATS_WORDS | {"gefeli", "hb"}, frozenset({"vandaag", "geworden"}))),
    (_NOW_ALMOST_RE, frozenset({"nu"})),
    (_AND_IS_NOW_RE, frozenset({"nu", "zelf", "is"})),
    (_ARE_AGES_RE, frozenset({"zijn", "waren", "worden", "werden"})),
    (_TURNS_PERSON_AGE_RE, frozenset({"wordt", "werd"})),
    (_ON_A_DAY_TURNED_RE, frozenset({"op"})),
    (_AND_ONE_OF_RE, frozenset({"van"})),
    (_ELDEST_COMMA_AGE_RE, frozenset({"oudste", "jongste", "middelste", "kleinste", "grootste"})),
    (_I_AM_AND_AGE_RE, frozenset({"ben"})),
    (_NOT_BUT_AGE_RE, frozenset({"geen", "niet"})),
    (_OLDER_AGES_RE, frozenset({"ouder", "jonger", "beiden", "allebei", "beide"})),
    (_YEARS_WAS_I_RE, frozenset({"jaar", "jr"})),
    (_WITH_AGE_VERB_RE, frozenset({"met"})),
    (_WITH_COMING_OF_AGE_RE, frozenset({"met"})),
    (_ASSESSED_AGE_RE, _ASSESSED_WORDS),
    (_INVERTED_AGE_RE, (frozenset({"wordt", "werd", "is", "was"}), frozenset({"hij", "ze", "zij", "ie"}))),
    (_IS_PRONOUN_AGE_RE, (frozenset({"wordt", "werd", "is", "was"}), frozenset({"die", "hij", "ze", "zij", "ie"}),
                          frozenset({"pas", "al", "nu", "bijna", "net", "inmiddels", "nog"}))),
    (_THEN_AGE_RE, frozenset({"toen"})),
    (_YOUNGEST_RE, frozenset({"jongste", "oudste"})),
)


def _gate_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """For each gate word, the patterns of :data:`_GATED_RES` whose gate (a set) holds it; and
    the patterns without such a gate (none, or a tuple checked per text): a text's words pick
    the patterns to run with one set operation instead of a test of every gate."""
    index: dict[str, list[int]] = {}
    others = []
    for i, (_rx, gate) in enumerate(_GATED_RES):
        if type(gate) is frozenset:
            for w in gate:
                index.setdefault(w, []).append(i)
        else:
            others.append(i)
    return {w: tuple(v) for w, v in index.items()}, tuple(others)


_GATE_INDEX, _UNGATED = _gate_index()
_GATE_WORDS = frozenset(_GATE_INDEX)


def _gated_patterns(ctx: _Ctx) -> list[re.Pattern[str]]:
    """The patterns of :data:`_GATED_RES` whose gate ``ctx`` opens, in their order."""
    picked = set(_UNGATED)
    for w in ctx.words & _GATE_WORDS:
        picked.update(_GATE_INDEX[w])
    return [rx for rx, gate in (_GATED_RES[i] for i in sorted(picked)) if type(gate) is not tuple or _gate_open(ctx, gate)]


def _gate_open(ctx: _Ctx, gate: frozenset[str] | tuple[frozenset[str] | str, ...]) -> bool:
    """Whether ``ctx`` holds one word of the gate (a set), or of each set of a tuple and each
    of its strings somewhere in the lowercase text."""
    if isinstance(gate, frozenset):
        return not ctx.words.isdisjoint(gate)
    return all(g in ctx.lower if isinstance(g, str) else not ctx.words.isdisjoint(g) for g in gate)


# the children's ages in brackets after a word for them: "moeder van drie (2, 6 en 10)", "my kids (4 and 7)"
_BRACKET_AGE_LIST_RE = re.compile(
    r"(?:(?<![\w-])(?:kinderen|kinders|kids|kindjes|zonen|dochters|jongens|meiden|meisjes|tweeling|drieling|zussen|zusjes|"
    r"broers|broertjes|children|sons|daughters|boys|girls|twins|(?:moeder|vader|mama|papa|mother|father|mom|dad)\s+van\s+"
    r"(?:\d|twee|drie|vier|vijf|zes))[^()\n]{0,25}?\(\s*"
    # (fifty-eighth session) ... or inside the brackets, first: "[Rima] en ik (zussen, 12 en 14)"
    r"|\(\s*(?:kinderen|kids|zonen|dochters|jongens|meiden|meisjes|tweeling|zussen|zusjes|broers|broertjes|broer\s+en\s+zus|"
    r"zus\s+en\s+broer)\s*[,:;]\s*)(?P<list>\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|en|&|and)\s*\d{1,2})\s*(?:jaar|jr|years?|yrs)?\s*\)", _I)
_BRACKET_LIST_GATE = frozenset("""kinderen kinders kids kindjes zonen dochters jongens meiden meisjes tweeling drieling
zussen zusjes broers broertjes broer children sons daughters boys girls twins van""".split())


# ages listed "respectively": "mijn man en ik (respectievelijk 66 en 69 jaar)", "aged 4 and 7 years respectively"
_RESPECTIVELY_RE = re.compile(r"(?<![\w-])(?:resp\.|respectievelijk|respectively)\s+"
                              r"(?P<list>\d{1,3}(?:\s*(?:,|en|and|&)\s*\d{1,3})+\s*(?:jaar|jr|years?)(?:\s+(?:oud|old))?)", _I)


# the ages of two people after "zijn" or "waren", the sentence ending there: "ze maken ruzie, zijn 7 en 9", "mijn man
# en ik zijn beide 74" (with a person named before it in the sentence, and no marks or scores in the text: not
# "zijn cijfers zijn 7 en 8")
_THEY_ARE_RE = re.compile(
    rf"(?<![\w-])(?:zijn|waren)\s+(?:nu\s+|al\s+|inmiddels\s+)?(?:(?:beide|beiden|allebei|allebij|allebeide)\s+(?P<one>{_NUM})"
    rf"|(?P<a>{_NUM})\s+en\s+(?P<b>{_NUM}))(?:\s+(?:jaar|jr))?(?=\s*(?:[.,;:!?)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]))", _I)
_THEY_ARE_WHO_RE = re.compile(r"(?<![\w-])(?:ze|zij|wij|we|ik|kinderen|kids|jongens|meiden|meisjes|tweeling|broers|zussen"
                              r"|zusjes|broertjes|\[naam\])(?![\w-])|(?-i:[A-Z][a-z]+)\s+(?:en|&)\s+(?-i:[A-Z][a-z]+)", _I)
# a number with the Polish word for years: "mijn zoon, 12 lat", "is nu 13 lat" (no Dutch "lat" follows a number)
_POLISH_YEARS_RE = re.compile(r"(?<![\w,./-])\d{1,2}\s*lat(?![\w-])", _I)
# an age in Turkish ("14 yaşında", "12 yaşındaki oğlum"), Hungarian ("13 éves"), Kurmanji ("12 salî"), Romanian
# after its verb ("are 9 ani", "a împlinit 15 ani"; not "de doi ani": a duration) and Bulgarian ("na 9 godini")
# ... also with its number in words ("on altı yaşında", "tizenhárom éves", "ma piętnaście lat"), a word between the
# Romanian verb and the number ("are acum 16 ani", "are doar 7 ani") or in brackets ("fiica Ioana (14 ani)")
_TR_NUMBER = r"(?:(?:on|yirmi)\s+)?(?:bir|iki|üç|uc|dört|dort|beş|bes|altı|alti|yedi|sekiz|dokuz)|on|yirmi"
_HU_NUMBER = (r"(?:egy|két|kettő|három|négy|öt|hat|hét|nyolc|kilenc|tíz|tizen(?:egy|két|kettő|három|négy|öt|hat|hét|"
              r"nyolc|kilenc)|húsz)")
_PL_NUMBER = (r"(?:dwa|trzy|cztery|pi[eę][cć]|sze[sś][cć]|siedem|osiem|dziewi[eę][cć]|dziesi[eę][cć]|jedena[sś]cie|"
              r"dwana[sś]cie|trzyna[sś]cie|czterna[sś]cie|pi[eę]tna[sś]cie|szesna[sś]cie|siedemna[sś]cie|osiemna[sś]cie|"
              r"dziewi[eę]tna[sś]cie)")
_MIGRANT_AGE_RE = re.compile(
    r"(?<![\w,./-])(?:(?:\d{1,2}|" + _TR_NUMBER + r")\s*(?:ya[sş](?:[ıi]nda|[ıi]ndaki|[ıi]na|[ıi]n[ıi])?)"
    r"|(?:\d{1,2}|" + _HU_NUMBER + r")\s*(?:éves|eves)|\d{1,2}\s*(?:salî|sali|saliye)"
    r"|(?:(?<=are\s)|(?<=avea\s)|(?<=împlinit\s)|(?<=implinit\s)|(?<=împlinește\s)|(?<=implineste\s)|(?<=face\s)"
    r"|(?<=are\sacum\s)|(?<=are\sdoar\s)|(?<=are\sdeja\s)|(?<=are\saproape\s)|(?<=are\snumai\s)|(?<=\()\s?)"
    r"\d{1,2}\s*ani?|(?:(?<=na\s)|(?<=is\s)|(?<=ben\s)|(?<=was\s)|(?<=\())\d{1,2}\s*godin[ia]"
    r"|(?:(?<=de\s)|(?<=abi\s)|(?<=tin\s)|(?<=kumpli\s)|(?<=cumpli\s)|(?<=🎂\s))(?:\d{1,2}|" + _NUM_WORDS
    + r")\s*(?:yari|aña)(?!\s+langa)"  # (Sranantongo and Papiamentu: "mi pikin de 11 yari", "e tin 16 aña"; not
    # "5 yari langa", five years long)
    r"|(?:(?<=ma\s)|(?<=maj[aą]\s)|(?<=mia[lł]\s)|(?<=mia[lł]a\s)|(?<=sko[nń]czy[lł]\s)|(?<=sko[nń]czy[lł]a\s)"
    r"|(?<=sko[nń]czy\s))(?:" + _PL_NUMBER + r"\s+lat(?:ka)?|\d{1,2}\s*la[td])"
    r"|(?:(?<=ma\sjuż\s)|(?<=ma\sjuz\s)|(?<=ma\sdopiero\s)|(?<=ma\sprawie\s))\d{1,2}(?:\s*la[td])?(?=\s*(?:[.,!?)]|$|la[td]\b)))"
    r"(?![\w-])", _I)
_MIGRANT_AGE_GATE = frozenset("yaş yaşında yaşındaki yaşına yaşını yas yasinda yasindaki yasında yaşinda éves eves salî "
                              "sali saliye ani an godini godina lat lad latka yari aña już juz".split())
# an age in Cyrillic (Russian, Ukrainian, Bulgarian), Greek, Arabic and Persian script: the number with its word for
# years in brackets or after a name's comma ("(9 років)", ", 15 лет,"), a child's diminutive ("5 рочків", "3 годика"),
# or after the dative of a person or "is" ("сыну 11 лет", "йому 8", "дочке 14", "е на 13", "είναι 9 χρονών",
# "۱۲ ساله", "عمره ٧ سنوات"); not "3 года в Нидерландах" (a stay)
_CYR_NUMBER = (r"(?:[0-9]{1,2}|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|"
               r"тринадцать|четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать|чотири|п['’]ять|"
               r"шість|сім|вісім|дев['’]ять|одинадцять|дванадцять|тринадцять|чотирнадцять|п['’]ятнадцять|шістнадцять|"
               r"сімнадцять|вісімнадцять|дев['’]ятнадцять|едно|четири|пет|шест|седем|осем|девет|десет|единадесет|"
               r"дванадесет|тринадесет|четиринадесет|петнадесет|шестнадесет|седемнадесет|осемнадесет|деветнадесет)")
_CYR_YEARS = r"(?:лет|года|год|годика|годиков|годиков|років|рік|роки|рочків|рочки|рочок|години|годинки|г\.)"
_SCRIPT_AGE_RE = re.compile(
    rf"(?<![\w-])(?:(?<=\()\s*{_CYR_NUMBER}\s*{_CYR_YEARS}(?=\s*\))"
    rf"|{_CYR_NUMBER}\s*(?:рочків|рочки|рочок|годика|годиков|годинки)"
    rf"|(?:(?<=ему\s)|(?<=ей\s)|(?<=мне\s)|(?<=сыну\s)|(?<=дочке\s)|(?<=дочери\s)|(?<=йому\s)|(?<=їй\s)|(?<=мені\s)"
    rf"|(?<=сину\s)|(?<=синові\s)|(?<=доньці\s)|(?<=дочці\s)|(?<=е\sна\s)|(?<=са\sна\s)|(?<=съм\sна\s)|(?<=навърши\s)"
    rf"|(?<=исполнилось\s)|(?<=исполнится\s)|(?<=виповнилось\s)|(?<=виповниться\s)|(?<=сейчас\s)|(?<=зараз\s)"
    rf"|(?<=тепер\s)|(?<=теперь\s)|(?<=вече\s)|(?<=уже\s)|(?<=вже\s)|(?<=,\s))"
    rf"{_CYR_NUMBER}(?:\s*{_CYR_YEARS})?(?=\s*(?:[,.!?)]|$|и\s|і\s|й\s|та\s|днес|сегодня|сьогодні|[\U0001F300-\U0001FAFF]))"
    # ... and with its word for years closing a clause after no word of time ("дочке Лизе 7 лет, и"; not "уже 5 лет
    # в Голландии", "5 лет назад")
    # (fifty-eighth session) ... or after a Dutch verb that says what one is: "ze is 7 години dus 7 jaar"
    rf"|(?:(?<=is\s)|(?<=ben\s)|(?<=was\s)|(?<=wordt\s)|(?<=werd\s)){_CYR_NUMBER}\s*{_CYR_YEARS}(?![\w])"
    rf"|(?<!уже\s)(?<!вже\s)(?<!через\s)(?<!за\s)(?<![0-9])[0-9]{{1,2}}\s*(?:лет|років|рочків|години|годинни)"
    r"(?=\s*(?:[,.!?]|$|и\s|і\s|en\s|and\s|und\s|[\U0001F300-\U0001FAFF]))"  # (also before a Dutch "en")
    r"|[0-9]{1,2}\s*(?:χρονών|χρονώ|ετών|χρόνια)(?=\s*(?:[,.!?)]|$|και\s))"
    r"|(?<!منذ\s)(?<!لمدة\s)(?<!مدة\s)(?<!مدت\s)(?<!قبل\s)(?<!بعد\s)"
    r"(?:[0-9]{1,2}|[۰-۹]{1,2}|[٠-٩]{1,2})\s*(?:ساله|سالشه|سالش|سالمه|سنوات|سنين|سنه|سنة|عاماً|عاما|عام|سال|ساڵە|ساڵ|"
    r"کلنه|کلن|کاله)(?![\w])"
    r"|(?:(?<=عمره\s)|(?<=عمرها\s)|(?<=عمر\s)|(?<=عمرو\s))(?:[0-9]{1,2}|[۰-۹]{1,2}|[٠-٩]{1,2})"
    # ... and a number in words with its years after "his age": "عمرو سبعة سنين"
    r"|(?:(?<=عمره\s)|(?<=عمرها\s)|(?<=عمرو\s)|(?<=عمري\s))[\u0600-\u06FF]+\s+(?:سنين|سنوات|سنة|سنه|عام|عاما)(?![\w])"
    # Somali ("oo 9 jir ah", "waa 12 sano"), Tigrinya and Amharic ("ወዲ 10 ዓመት", "የ6 ዓመት ልጅ", "(14 ዓመት)")
    r"|[0-9]{1,2}\s*jir(?![\w])|(?:(?<=waa\s)|(?<=\()|(?<=nu\s)|(?<=is\s))[0-9]{1,2}\s*sano(?![\w])"
    r"|[0-9]{1,2}\s*sano(?=\s*(?:[!)]|$|[\U0001F300-\U0001FAFF]))"
    r"|(?:(?<=ወዲ\s)|(?<=ጓል\s)|(?<=የ)|(?<=\()|(?<=ዕድሜ\s)|(?<=ዕድሚኡ\s)|(?<=ዕድሚኣ\s))[0-9]{1,2}\s*ዓመት[ሙኡዋታቱ]?"
    r"|[0-9]{1,2}\s*ዓመት[ሙኡዋታቱ]?(?=\s*(?:ልጅ|ኮይኑ|እዩ|ኣላ|ነው|ነች|ኢዩ|ኢያ)))", _I)
_SCRIPT_GATE_RE = re.compile(r"[\u0370-\u03FF\u0400-\u04FF\u0600-\u06FF\u1200-\u137F]|\d\s*(?:jir|sano)\b")
# a number with the Romance word for years: Spanish, Portuguese, Galician and French "tiene 9 años", "minha filha tem
# 7 anos", "mon fils (15 ans)", "a los 3 añitos"; Italian "ha 12 anni", "dodici anni", "ottant'anni"; Catalan "té
# dotze anys"; the tens with a unit after them ("sessenta e dois anos") (not a time ago or a stay: "hace 3 años", "há
# 2 anos", "depuis 4 ans", "durante 5 años", "da 3 anni", "3 anni fa"; but "faz 16 anos hoje", turns 16 today)
_ROMANCE_UNITS = ("años", "anos", "ans", "añitos", "aninhos", "anitos", "anni", "anno", "anys")
_ROMANCE_TENS = r"(?:vingt|trente|quarante|cinquante|soixante|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|" \
                r"noventa|vinte|trinta|quarenta|cinquenta|sessenta|oitenta|venti|trenta|cinquanta|sessanta|settanta|" \
                r"ottanta|novanta|vint|quaranta|seixanta|vuitanta)"
_ROMANCE_YEARS_RE = re.compile(
    rf"(?<![\w,./-])(?P<n>\d{{1,2}}|{_ROMANCE_TENS}(?:\s+(?:e|y|i)\s+[a-zé]+|-[a-zé]+)?|[a-zéèàòù]+)\s*"
    rf"(?:{'|'.join(_ROMANCE_UNITS)})(?![\w-])"
    r"|(?<![\w-])(?P<elided>(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant|undic|dodic|tredic|quattordic|"
    r"quindic|sedic|diciassett|diciott|diciannov|[1-9]\d?)['’]anni)(?![\w-])", _I)
_ROMANCE_AGO_RE = re.compile(r"(?<![\w-])(?:hace|há|ha|faz|depuis|pendant|durante|desde|il\s+y\s+a|após|après|apres|por|pour|em|dans|al|"
                             r"ya|já|déjà|deja|plus\s+de|más\s+de|mais\s+de)\s*\Z", _I)
# ... Italian's: "da 3 anni", "per 2 anni", "dopo 5 anni", "tra 2 anni" (its "ha" is "has": "ha 12 anni")
_ITALIAN_AGO_RE = re.compile(r"(?<![\w-])(?:da|per|dopo|tra|fra|negli\s+ultimi|ultimi|primi|già|gia|più\s+di|piu\s+di|"
                             r"durant|fa|fai|fait)\s*\Z", _I)
_AGO_AFTER_RE = re.compile(r"\s+(?:fa|fà|atrás|atras|ago)\b", _I)
# "faz 16 anos hoje", "fez 9 anos no sábado": a birthday, no time ago
_BIRTHDAY_AFTER_RE = re.compile(r"\s+(?:hoje|amanhã|amanha|ontem|no\s+dia|este|esta|neste|nesta|no\s+próximo|em\s+\w+)\b", _I)
_ROMANCE_NUMBERS = frozenset("""un una uno um uma une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze
quinze seize dix-sept dix-huit dix-neuf vingt dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
dieciséis dieciseis diecisiete dieciocho diecinueve veinte dois duas três quatro cinco sete oito nove dez onze doze treze
catorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte
due tre quattro cinque sei sette otto dieci undici dodici tredici quattordici quindici sedici diciassette diciotto
diciannove venti ventuno ventidue ventitré ventitre
dous catro oito dezaseis dezasete dezaoito
quatre cinc sis set vuit nou deu dotze tretze setze disset divuit dinou vint""".split())
# an age the German way: "ist 9 Jahre alt", "wird bald 12", "meine Tochter (7 Jahre)" (not "seit 3 Jahren", "vor 2 Jahren")
_GERMAN_AGE_RE = re.compile(r"(?<![\w,./-])(?:(?P<verb>(?:ist|wird|war|bin|bist|wurde|sind)\s+(?:jetzt\s+|schon\s+|erst\s+|fast\s+|bald\s+|gerade\s+)?)"
                            r"(?P<n>\d{1,2})(?:\s+Jahre)?(?:\s+alt)?|(?P<m>\d{1,2})\s+Jahre\s+alt)(?![\w-])", _I)
# what follows the number after a verb: its unit, or the clause ends ("ist 9.", "wird 12 und"; not "ist 3 Mal")
_GERMAN_AGE_AFTER_RE = re.compile(r"\s+(?:Jahre|alt)\b|\s*(?:[.,;!?)]|$|und\b)", _I)
_NOT_AGES_WORDS = frozenset("""cijfer cijfers rapport rapportcijfer toets toetsen score scores punt punten geef gaf geven
sterren beoordeling proefwerk tentamen""".split())


_ROMANCE_GATE = frozenset(_ROMANCE_UNITS)


def _romance_ages(text: str) -> Iterator[Span]:
    for m in _ROMANCE_YEARS_RE.finditer(text):
        elided = m.group("elided") is not None  # ("ottant'anni": Italian, its number in the word)
        if not elided and not ((n := m.group("n").lower()).isdigit() or n in _ROMANCE_NUMBERS or re.match(_ROMANCE_TENS, n, _I)):
            continue
        if _AGO_AFTER_RE.match(text, m.end()):
            continue  # "3 anni fa"
        italian = elided or m.group().lower().endswith(("anni", "anno"))
        ago = (_ITALIAN_AGO_RE if italian else _ROMANCE_AGO_RE).search(text, max(0, m.start() - 14), m.start())
        if ago and (italian or not (ago.group().strip().lower() in ("faz", "fez") and _BIRTHDAY_AFTER_RE.match(text, m.end()))):
            continue  # (but "faz 16 anos hoje": a birthday)
        yield m.start(), m.end(), "leeftijd", HIGH


# a person's initials and age in brackets, as professionals' notes write them: "cl. (M.B., 16 jaar)", "(J.S., 9)"
_INITIALS_AGE_RE = re.compile(r"\((?:[A-Z]\.\s?){1,3}\s*,\s*(?P<age>\d{1,2}(?:\s*(?:jaar|jr\.?|j))?)\s*[),;]")


def _they_are(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    for m in _THEY_ARE_RE.finditer(text):
        before = text[max(0, m.start() - 80):m.start()]
        before = re.split(r"[.!?\n]", before)[-1] if re.search(r"[.!?\n]\s*\S", before) else before
        if text[max(0, m.start() - 3):m.start()].lower().strip() == "er" or not _THEY_ARE_WHO_RE.search(before):
            continue  # (not "er zijn 3 en 4"; a person before it)
        for g in ("one", "a", "b"):
            if m.group(g):
                yield m.start(g), m.end(g), "leeftijd", HIGH


def _find_ages(ctx: _Ctx) -> Iterator[Span]:
    """Ages, each with the unit or the months that follow it: "he's only [4 yrs]", "is [2 jaar en 4 maanden]"; not
    the numbers of a numbered list (sixtieth session: "1. rustig blijven 2. niet via de kids 3. vaste wisseldag")."""
    for span in _ages(ctx):
        if not (ctx.n_digits >= 2 and _list_number(ctx.text, span[0], span[1])):
            yield span


_LIST_MARK_AFTER_RE = re.compile(r"[.)][ \t]")


def _list_number(text: str, start: int, end: int) -> bool:
    """The bare number is an item's number in a numbered list: a dot or bracket after it, and every number before it
    opened an item earlier in the text, in order, the first at the text's or a line's start or after a colon ("lijstje:
    1. ... 2. ... 3. ..."; not "ik ben 14. mijn broer is 15.")."""
    value = text[start:end]
    if not value.isdigit() or len(value) > 2 or int(value) < 2 or not _LIST_MARK_AFTER_RE.match(text, end):
        return False
    first = _FIRST_ITEM_RE.search(text, 0, start)
    if first is None:
        return False
    expected = 2
    for m in _ITEM_MARK_RE.finditer(text, first.end(), start):
        if int(m.group(1)) == expected:
            expected += 1
    return expected == int(value)


_FIRST_ITEM_RE = re.compile(r"(?:^|[:\n])[ \t]*1[.)][ \t]")
_ITEM_MARK_RE = re.compile(r"(?<![\d.,])(\d{1,2})[.)][ \t]")


def _ages(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if "(" in text and ctx.n_digits >= 2 and ctx.words & _BRACKET_LIST_GATE:
        for m in _BRACKET_AGE_LIST_RE.finditer(text):
            for d in re.finditer(r"\d{1,2}", m.group("list")):
                yield m.start("list") + d.start(), m.start("list") + d.end(), "leeftijd", HIGH
    if ctx.n_digits >= 2 and ctx.words & {"respectievelijk", "resp", "respectively"}:
        for m in _RESPECTIVELY_RE.finditer(text):
            nums = list(re.finditer(r"\d{1,3}", m.group("list")))
            for d in nums:  # (the last with its unit)
                yield m.start("list") + d.start(), m.end("list") if d is nums[-1] else m.start("list") + d.end(), "leeftijd", HIGH
    if "lat" in ctx.words:
        for m in _POLISH_YEARS_RE.finditer(text):
            yield m.start(), m.end(), "leeftijd", HIGH
    if ctx.n_digits and ctx.words & {"jahre", "alt", "ist", "wird", "bin", "bist", "wurde"} \
            and ctx.words & {"jahre", "alt", "und", "meine", "mein", "sohn", "tochter", "ich", "er", "sie", "kind"}:
        for m in _GERMAN_AGE_RE.finditer(text):
            if m.group("verb") is None or _GERMAN_AGE_AFTER_RE.match(text, m.end("n")):
                g = "n" if m.group("n") else "m"
                yield m.start(g), m.end(), "leeftijd", HIGH  # (not "ist 3 Mal", "wird 2 Wochen dauern")
    if _SCRIPT_GATE_RE.search(text):
        for m in _SCRIPT_AGE_RE.finditer(text):
            if m.group().strip():
                yield m.start(), m.end(), "leeftijd", HIGH
    if ctx.words & _MIGRANT_AGE_GATE:  # (also with the number in words: "on altı yaşında")
        for m in _MIGRANT_AGE_RE.finditer(text):
            yield m.start(), m.end(), "leeftijd", HIGH
    if ctx.words & _ROMANCE_GATE or "'anni" in ctx.lower or "’anni" in ctx.lower:
        yield from _romance_ages(text)
    if ctx.words & {"zijn", "waren"} and not ctx.words & _NOT_AGES_WORDS:
        yield from _they_are(ctx)
    if "(" in text and ctx.n_digits:
        for m in _INITIALS_AGE_RE.finditer(text):
            yield m.start("age"), m.end("age"), "leeftijd", HIGH  # "cl. (M.B., 16 jaar) geeft aan"
    for start, end, kind, conf in _find_age_numbers(ctx):
        if (unit := _UNIT_AFTER_RE.match(text, end)) is not None and _BARE_NUMBER_RE.fullmatch(text[start:end]):
            end = unit.end()
        if (more := _AND_MONTHS_RE.match(text, end)) is not None and re.search(r"(?:jaar|jr)\Z", text[start:end], _I):
            end = more.end()
        if (old := _OLD_AFTER_RE.match(text, end)) is not None and _UNIT_AT_END_RE.search(text, start, end):
            end = old.end()  # "[6 WEEKS OLD]", "[3 maanden oud]"
        if (half := _HALF_AFTER_RE.match(text, end)) is not None:
            end = half.end()  # "she's [2 and a half]", "[6 en een half]"
            if (unit := _UNIT_AFTER_RE.match(text, end)) is not None:
                end = unit.end()
        yield start, end, kind, conf


# English: the age someone is not ("im 13 not 10"), twins' one age ("twins lol, both 12"), two children's ages in
# brackets after a plural ("my little sisters (9 and 6)")
_EN_NOT_AGE_RE = re.compile(r"(?<![\w-])(?:i['’]m|im|he['’]s|hes|she['’]s|shes)\s+(?:like\s+)?\d{1,2}\s+not\s+(?P<age>\d{1,2})"
                            r"(?![\w.,]|\s*(?:days?|weeks?|months?|hours?|times?|minutes?|mins?)\b)", re.I)
_EN_BOTH_AGE_RE = re.compile(r"(?<![\w-])(?:twins|kids|boys|girls)\b[^.!?\n]{0,25}?\bboth\s+(?P<age>\d{1,2})"
                             r"(?![\w]|[.,]\d|\s*(?:days?|weeks?|months?|hours?|times?|minutes?|mins?|euros?|keer|uur|dagen|weken|maanden|minuten)\b)", re.I)
_EN_PLURAL_BRACKET_RE = re.compile(r"(?<![\w-])(?:sisters|brothers|kids|children|sons|daughters|siblings|boys|girls|twins)\s*"
                                   r"\(\s*(?P<age>\d{1,2})\s*(?:and|&|,|\+)\s*(?P<age2>\d{1,2})\s*\)", re.I)
_EN_MORE_AGES_GATE = frozenset("im i'm i’m hes he's he’s shes she's she’s twins kids boys girls sisters brothers children sons "
                               "daughters siblings".split())


def _find_age_numbers(ctx: _Ctx) -> Iterator[Span]:
    if not ctx.n_digits and not any(w.startswith(_NUMBER_ROOTS) or w.endswith(("jarige", "jarig", "jr", "jierrige"))
                                    for w in ctx.words) and not ctx.words & {"week", "anderhalve", "half", "halfjaar", "aña", "yari"}:
        return  # no figure and no number word ("twaalf", "zestiende", "dertiger"): no age
    text = ctx.text
    for m in _CANDIDATE_RE.finditer(text):
        start, end = m.start("age"), m.end("age")
        age = m.group("age")
        if age[0] in "etnsfETNSF" and _EN_TEENS_RE.fullmatch(age) and is_english(ctx.lower):
            continue  # (an English comment: its own rules read "when she is eighteen")
        if m.group("jarig"):  # 15-jarige
            if not _ORDINAL_RE.match(age) or age.isdigit():
                # "op zesjarige leeftijd": the phrase whole (not "het bereiken van de 18-jarige leeftijd": a rule's age)
                lt = _AGE_NOUN_AFTER_RE.match(text, m.end()) if not _THE_BEFORE_RE.search(text, max(0, start - 4), start) else None
                yield start, lt.end() if lt else m.end(), "leeftijd", HIGH
            continue
        lo = max(0, start - 60)
        if _ORDINAL_RE.match(age):  # sinds mijn 12e, op haar zestiende
            if _YEAR_OF_PERSON_RE.match(text, end) and age.lower() not in _SMALL_ORDINALS:
                yield start, end, "leeftijd", HIGH  # "na het 18e jaar van onze zoon"
                continue
            if _BEFORE_POSSESSIVE.search(text, lo, start) and (
                    age.lower() not in _SMALL_ORDINALS or _ORDINAL_END_RE.match(text, end)
                    or _SINCE_POSSESSIVE_RE.search(text, lo, start) and _VERB_AFTER_ORDINAL_RE.match(text, end)):
                yield start, end, "leeftijd", HIGH  # not "mijn 2e traject"
            continue
        if m.group("glued"):  # "16jr"
            if _anchored(text, start, end):
                yield start, m.end(), "leeftijd", HIGH
            elif not is_duration(text, start) and _AGE_AFTER_YEARS_RE.match(text, m.end()):
                yield start, m.end(), "leeftijd", LOW  # "Sanne 16jr." but not "2jr gewacht"
            continue
        if _anchored(text, start, end):
            stop = _with_years(text, end)
            yield start, stop, "leeftijd", HIGH
            yield from _more_ages(text, stop)
        elif (c := _BEFORE_COMMA.search(text, lo, start)) and (
                _YEARS_RE.match(text, end) or _COMMA_AGE_AFTER_RE.match(text, end)) and (
                c.group("who") in {"]", "hier"} or c.group("who").lower() in _PERSON_WORDS or _named(c.group("who"))):
            yield start, _with_years(text, end), "leeftijd", HIGH  # "Sanne, 14 jaar, ...", "Sanne, 17, en"
        elif (u := _BABY_UNIT_END_RE.match(text, end)) and (c := _BEFORE_COMMA.search(text, lo, start)) and (
                c.group("who") == "]" or c.group("who").lower() in _PERSON_WORDS or _named(c.group("who"))):
            yield start, u.end("unit"), "leeftijd", HIGH  # "(Noah, 2 mnd)", "Noor, 9 weken,": a baby's age
        elif _AT_POSSESSIVE_RE.search(text, lo, start) and (u := _AT_AGE_UNIT_RE.match(text, end)):
            yield start, u.end("unit"), "leeftijd", HIGH  # "op haar 14 maanden", "sinds zijn 3 jaar"
    months = bool(ctx.words & _MONTH_UNITS)
    for rx in _gated_patterns(ctx):  # (a pattern is skipped when a word every match holds is missing)
        if rx is _BABY_AGE_RE and not (months or ",5" in text):
            continue  # a baby's age needs its unit, or a half ("2,5")
        if rx is _CHECKUP_RE and not _CHECKUP_GATE_RE.search(ctx.lower):
            continue
        if rx is _PERSON_NAME_AGE_RE and not ctx.n_digits and ctx.words.isdisjoint(_AGE_WORDS):
            continue  # (a figure or a number word)
        if (rx is _EN_HEDGED_BRACKET_RE and "(" not in text) or (rx is _PERSON_VAN_DAYS_RE and "van" not in ctx.words) \
                or (rx is _EN_OF_AGE_RE and "," not in text and "age" not in ctx.words):
            continue  # (a bracket, "van", a comma: cheap second gates)
        for m in rx.finditer(text):
            if rx is _AND_IS_NOW_RE and not _person_in_sentence_before(text, m.start()):
                continue  # "de wachtlijst was lang en is nu 11 weken": no person before it
            if rx is _ARE_AGES_RE:
                if not _person_in_sentence_before(text, m.start()):
                    continue  # "de cijfers zijn 8 en 10": no person before them
                yield m.start("age2"), _with_years(text, m.end("age2")), "leeftijd", HIGH  # (and the first below)
            if rx is _BABY_DAYS_RE and m.group("who") and not (m.group("who").lower() in _name_lists().first_any
                                                              and m.group("who").lower() not in _FUNCTION_WORDS):
                continue  # "Noor is vandaag 100 dagen" (not "Maandag was 3 dagen ...")
            if rx is _RESP_AGES_RE:
                if _PERSON_OR_TITLE_RE.search(text[max(0, m.start() - 60):m.start()]) is None:
                    continue  # "de scores (6 resp. 8)": no person
                yield m.start("age2"), m.end("age2"), "leeftijd", HIGH  # (and the first below)
            if rx is _TURNS_PERSON_AGE_RE and not (m.group("who").lower() in {"hij", "ze", "zij", "ie", "die", "hen"}
                                                   or m.group("who").lower() in _name_lists().first_any
                                                   or m.group("who").lower() in published_first_names_lower()):
                continue  # "dan werd Ajax 2": no person
            if rx is _OLDER_AGES_RE and m.group("age2"):
                yield m.start("age2"), _with_years(text, m.end("age2")), "leeftijd", HIGH  # (and the first below)
            if rx is _NOT_THAT_AGE_RE:
                yield m.start("age2"), _with_years(text, m.end("age2")), "leeftijd", HIGH  # (and the first below)
            if rx is _BABY_AGE_RE and m.group("who") and not _baby_named(text, m):
                continue  # "een traject van 6 maanden", "de wachtlijst was 6 maanden": no person before the number
            if (rx is _WITH_AGE_VERB_RE or rx is _PERSON_NAME_AGE_RE) and m.group("who") \
                    and not _firmly_named(m.group("who")):
                continue  # "met 3 kon Jeugdzorg ...": no name after the verb; "zoon van 12" is another rule
            if rx is _EN_TURN_RE and m.group("who") and m.group("who").lower() in _NOT_TURNING:
                continue  # "you turn 18", "it turned 5 pm": anyone, or no one
            if rx is _BABY_AGE_RE and m.group("van") and m.group("van").lower() == "met" \
                    and _NEXT_WORD_RE.match(text, m.end()) and _NEXT_WORD_RE.match(text, m.end()).group(1).lower() in _SPANS_OF_TIME:
                continue  # "mijn zoon met 3 maanden begeleiding": how long the care took
            group = "age2" if (rx is _BECAME_AGE_RE or rx is _YOUNGEST_RE or rx is _BABY_EVENT_RE or rx is _CHECKUP_RE
                               or rx is _AT_AGE_EVENT_RE
                               or rx is _EN_CHILD_OF_RE or rx is _EN_OF_AGE_RE or rx is _EN_LISTED_AGES_RE
                               or rx is _ARRIVAL_AGE_RE or rx is _ON_A_DAY_TURNED_RE) \
                and m.group("age2") else "age3" if (rx is _EN_OF_AGE_RE or rx is _AT_AGE_EVENT_RE
                                                    or rx is _OLDER_AGES_RE or rx is _BABY_EVENT_RE) and m.group("age3") \
                else "age"
            # a baby's age keeps its unit: "[elf maanden]" (and "15yo" its letters)
            stop = m.end() if rx is _BABY_AGE_RE or rx is _ENGLISH_AGE_RE else _with_years(text, m.end(group))
            if rx is _BABY_AGE_RE and re.search(r"(?:jaar|jr)\Z", text[:stop], _I) and (more := _AND_MONTHS_RE.match(text, stop)):
                stop = more.end()  # "is 2 jaar en 4 maanden"
            yield m.start(group), stop, "leeftijd", HIGH
            # "leeftijd 3, 7 en 12", "mijn kinderen 3, 5 en 9"; after any age "zij is 14, hij 16"
            yield from _more_ages(text, stop, lists=rx is _KEYWORD_AGE_RE or rx is _BARE_PERSON_AGE_RE or rx is _AGE_OF_RE)
    if ctx.words & _GREW_GATE:
        for m in _GREW_RANGE_RE.finditer(text):
            yield m.start("a"), m.end("a"), "leeftijd", HIGH
            yield m.start("b"), m.end("b"), "leeftijd", HIGH
    if ctx.n_digits and ctx.words & _FAMILY_CHILDREN and ctx.words.isdisjoint(_GROUP_WORDS):
        for m in _FAMILY_RANGE_RE.finditer(text):
            yield m.start("a"), m.end("a"), "leeftijd", HIGH  # "met 7 kinderen van 1 tot 14": this family's children
            yield m.start("b"), m.end("b"), "leeftijd", HIGH
    if ctx.words & {"is", "was", "turned", "turns"} and is_english(ctx.lower):  # (Dutch has its own rules)
        for m in _EN_LOWER_NAME_AGE_RE.finditer(text):
            who = m.group("who")
            if who in _name_lists().first_lower and who not in dictionary().words and not frequencies().at_least(who, 4.0, "en"):
                yield m.start("age"), _with_years(text, m.end("age")), "leeftijd", HIGH
        for m in EN_NAME_AGE_RE.finditer(text):
            if english_name_before_age(m.group("who")):
                yield m.start("age"), _with_years(text, m.end("age")), "leeftijd", HIGH  # "grace is 4 and ..."
        for m in _EN_AND_IS_AGE_RE.finditer(text) if "and" in ctx.words else ():
            before = text[max(0, m.start() - 120):m.start()]
            before = re.split(r"[.!?]\s", before)[-1]
            if _EN_PERSON_BEFORE_RE.search(before):
                yield m.start("age"), _with_years(text, m.end("age")), "leeftijd", HIGH  # "my daughter ... and is nine now"
    if "," in text and ctx.words & _EN_APPOSITION_WORDS and is_english(ctx.lower):
        for m in _EN_APPOSITION_AGE_RE.finditer(text):
            yield m.start("age"), m.end("age"), "leeftijd", HIGH  # "our eldest, nine, loves", "twins, 8 yrs, double"
    if ctx.n_digits and ctx.words & _EN_MORE_AGES_GATE:  # (English words in the patterns: no language test)
        for rx in (_EN_NOT_AGE_RE, _EN_BOTH_AGE_RE, _EN_PLURAL_BRACKET_RE):
            for m in rx.finditer(text):
                for group in ("age", "age2"):
                    if group in rx.groupindex and m.group(group):
                        yield m.start(group), m.end(group), "leeftijd", HIGH
    if ctx.words & {"aña", "anja", "yari", "jari"}:
        for m in _CARIBBEAN_AGE_RE.finditer(text):
            yield m.start("age"), m.end(), "leeftijd", HIGH  # "mi yu tin dies aña", "a pikin abi 8 yari"
    if ctx.words & {"from", "till", "until", "untill", "til"} and ctx.n_digits and is_english(ctx.lower):
        for m in _EN_AGE_RANGE_RE.finditer(text) if "from" in ctx.words else ():
            if _en_age_range(text, m):
                yield m.start("age"), m.end("age"), "leeftijd", HIGH  # "in foster care from 11 to 18"
                yield m.start("age2"), m.end("age2"), "leeftijd", HIGH
        for m in _EN_CARE_UNTIL_RE.finditer(text):
            yield m.start("age"), m.end("age"), "leeftijd", HIGH  # "foster care in Zwolle till 18"
    if ctx.words & {"at", "aged"} and ctx.words & _EN_AT_AGE_VERBS and is_english(ctx.lower):
        for m in _EN_AT_AGE_RE.finditer(text):
            yield m.start("age"), m.end("age"), "leeftijd", HIGH  # "came to the Netherlands alone at 15"
    if "old" in ctx.lower:
        for m in _EN_YEARS_OLD_RE.finditer(text):
            yield m.start("age"), m.end(), "leeftijd", HIGH  # (with its unit, like "15yo")
    if ctx.words & {"zijn", "waren", "are", "ar", "r", "were", "they're", "they’re", "theyre", "re"}:  # ("kids ar 3, 6")
        for m in _PLURAL_AGES_RE.finditer(text):
            ages = [(m.start("age"), m.end("age"))]
            while (more := _EN_MORE_RE.match(text, ages[-1][1])) is not None:
                ages.append((more.start("age"), more.end("age")))
            if _NOT_UNIT_RE.match(text, ages[-1][1]):
                for a, b in ages:
                    unit = _EN_YEARS_RE.match(text, b)  # "kids are 6 and 8 yrs"
                    yield a, unit.end() if unit else _with_years(text, b), "leeftijd", HIGH
    if ctx.words & {"zijn", "zyn", "waren", "are", "were"}:
        for m in _PAIR_AGES_RE.finditer(text):
            a, b = m.group("a"), m.group("b")
            if a is not None and not (_named(a) or _named(b) or b.lower() in _PERSON_WORDS):
                continue  # "de cijfers en punten zijn 7 en 8": no person
            ages = [(m.start("age"), m.end("age"))]
            while (more := _EN_MORE_RE.match(text, ages[-1][1])) is not None:
                ages.append((more.start("age"), more.end("age")))
            if _NOT_UNIT_RE.match(text, ages[-1][1]) and _PAIR_END_RE.match(text, ages[-1][1]):
                for x, y in ages:
                    yield x, _with_years(text, y), "leeftijd", HIGH
    for m in _NAME_NUMBER_VERB_RE.finditer(text) if ctx.n_digits or not ctx.words.isdisjoint(_AGE_WORDS) else ():
        if _firmly_named(m.group("who")) and not text[m.end("age"):m.end("age") + 1] in ",.":
            yield m.start("age"), _with_years(text, m.end("age")), "leeftijd", HIGH  # "mila 9 gaat beter"
    if months or ctx.words & _DAY_UNITS or "week" in ctx.words:
        for m in _NAME_MONTHS_VERB_RE.finditer(text):
            if _firmly_named(m.group("who")):
                yield m.start("age"), m.end("age"), "leeftijd", HIGH  # "Noor 11 mnd loopt al"
    if "ik" in ctx.words:
        for m in _SELF_NAME_YEARS_RE.finditer(text):
            if _firmly_named(m.group("who")):
                yield m.start("age"), _with_years(text, m.end("age")), "leeftijd", HIGH  # "ik ben Daan vijftien jaar"
    if ctx.words & {"bijna", "net", "pas"}:
        for m in _NAME_ALMOST_RE.finditer(text):
            if _firmly_named(m.group("who")):
                yield m.start("age"), _with_years(text, m.end("age")), "leeftijd", HIGH  # "Daan bijna 13 en"
    if ctx.words & {"één", "eén"}:
        for m in _ONE_RE.finditer(text):
            who = m.group("who")
            if who == "]" or who.lower() in {"hij", "ze", "zij", "ie"} or who.lower() in _PERSON_WORDS or _named(who):
                yield m.start("age"), m.end(), "leeftijd", HIGH
    if "(" in text and ctx.words & _PERSON_WORDS:
        for m in _BRACKET_PERSON_AGES_RE.finditer(text):
            base = m.start("ages")
            for n in _NUM_IN_RE.finditer(m.group("ages")):
                yield base + n.start(), base + n.end(), "leeftijd", HIGH
    if "(" in text and ctx.words & {"kids", "children", "boys", "girls", "sons", "daughters", "twins", "son", "daughter",
                                   "child", "boy", "girl"}:
        for m in _EN_BRACKET_AGES_RE.finditer(text):
            base = m.start("ages")
            for n in _EN_NUMBER_IN_RE.finditer(m.group("ages")):
                yield base + n.start(), base + n.end(), "leeftijd", HIGH
    if "jaar" in ctx.words and "," in text:
        for m in _LISTED_AGES_RE.finditer(text):
            yield m.start("a"), m.end("a"), "leeftijd", LOW
            yield m.start("b"), m.end("b") + len(" jaar"), "leeftijd", LOW
    if ctx.words & {"werd", "wordt", "word"}:
        for m in _BECAME_ON_RE.finditer(text):
            if (who := m.group("who")) and not _named(who):
                continue  # "het werd in mei 20": no person before the verb
            yield m.start("age"), _with_years(text, m.end("age")), "leeftijd", HIGH
    for m in _SAID_BRACKET_RE.finditer(text) if "haakje" in ctx.words else ():
        who = m.group("who")
        if who.lower() in _PERSON_WORDS or who.endswith("]") or _named(who) or who.lower() in _name_lists().first_any:
            yield m.start("age"), m.end("age"), "leeftijd", HIGH
    if "(" in text:
        for m in _BRACKET_YEARS_RE.finditer(text):
            prev = _PREV_WORD_RE.search(text, max(0, m.start() - 30), m.start())
            if prev is not None and (prev.group(1).lower() in _DURATION_WORDS or prev.group(1).lower() in _SPANS_OF_TIME):
                continue  # "het traject (2 jaar) was lang": how long, not how old
            if _PERSON_IN_TEXT_RE.search(text, max(0, m.start() - 80), m.start()):
                yield m.start("age"), m.end() - 1, "leeftijd", LOW  # "een zoon met een beperking (19 jaar)"
        for m in _BRACKET_IS_AGE_RE.finditer(text):
            yield m.start("age"), _with_years(text, m.end("age")), "leeftijd", HIGH  # "mijn pleegzoon (is 13)"
        for m in _IS_BRACKET_AGE_RE.finditer(text):
            yield m.start("age"), m.end("age"), "leeftijd", HIGH  # "hij is (5)"
        for m in _ADVERB_BRACKET_RE.finditer(text):
            who = m.group("who")
            if who.lower() in _PERSON_WORDS or who.lower() in _EN_KIDS or who.endswith("]") or _named(who):
                yield m.start("age"), max(_with_years(text, m.end("age")), m.end("unit")), "leeftijd", HIGH
        for m in _BIRTHDAY_BRACKET_RE.finditer(text):
            yield m.start("age"), _with_years(text, m.end("age")), "leeftijd", HIGH
        for m in _BRACKET_COMMA_RE.finditer(text):
            who, rest = m.group("who"), m.group("rest").split()
            if who.endswith("]") or who.lower() in _PERSON_WORDS or (rest and rest[0].lower() in _PERSON_WORDS):
                yield m.start("age"), m.end("age"), "leeftijd", HIGH
            elif who[:1].isupper() and _named(who):
                yield m.start("age"), m.end("age"), "leeftijd", LOW  # "Onze Sem (10, zit nu in groep 7)"
        for m in _BRACKET_RE.finditer(text):
            who = m.group("who")
            if who.lower() in _PERSON_WORDS or who.endswith("]") or who.lower() in _SELF_BEFORE_BRACKET:  # "Hoop zelf (14)"
                conf = HIGH
            elif (who[0].isupper() and m.start() > 0 or _named(who) or who.lower() in _name_lists().first_any
                  or _first_name_before(text, m.start())) \
                    and (who.lower() not in _FUNCTION_WORDS or _PERSON_WORD_BEFORE_RE.search(text, max(0, m.start() - 24),
                                                                                              m.start())):
                conf = LOW  # "Sanne (9)", "pleegmoeder van storm (11)"
            elif (two := _PERSON_WORD_TWO_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())) is not None \
                    and two.group("first").lower() not in _FUNCTION_WORDS:
                conf = LOW  # "mijn dochter li na (15)": the person word, a name of two words, the age
            else:
                continue
            if re.search(r"(?i:yrs?|years?)\b", m.group("ages")) and conf == LOW and not who[:1].isupper():
                continue  # "the therapy (2 years)": how long, after an English word
            base = m.start("ages")
            for n in _NUM_IN_RE.finditer(m.group("ages")):
                yield base + n.start(), base + n.end(), "leeftijd", conf


def _first_name_before(text: str, start: int) -> bool:
    """A lowercase first name right before ``start``: the surname after it is a word ("jesse visser (15)")."""
    m = _FIRST_NAME_BEFORE_RE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in _name_lists().first_lower


def _more_ages(text: str, end: int, lists: bool = True) -> Iterator[Span]:
    """Ages that follow a found age in a list ("zijn 4 en 7", "van 12, 14 en 16 jaar"; only
    when ``lists``), or a second person's ("zij is 14, hij 16")."""
    while lists and (m := _MORE_RE.match(text, end)) is not None and _NOT_UNIT_RE.match(text, m.end()):
        end = _with_years(text, m.end())
        yield m.start("age"), end, "leeftijd", HIGH
    if (p := _PRONOUN_MORE_RE.match(text, end)) is not None and _NOT_UNIT_RE.match(text, p.end()):
        group = "age" if p.group("age") else "age2"
        yield p.start(group), _with_years(text, p.end()), "leeftijd", HIGH
    elif (n := _NAME_MORE_RE.match(text, end)) is not None and (
            _named(n.group("who")) or n.group("who").lower() in _PERSON_WORDS):  # "... 14, jongste 9"
        yield n.start("age"), n.end(), "leeftijd", HIGH


_PREV_WORD_RE = re.compile(r"([\w']+)\W*$")
_NEXT_WORD_RE = re.compile(r"\s+([\w']+)")
# a unit after an age found as a bare number ("only [4] yrs"), and the months after its years ("2 jaar en 4 maanden")
_BARE_NUMBER_RE = re.compile(_EN_NUMBER, _I)
_OLD_AFTER_RE = re.compile(r"\s+(?:old|oud)(?![\w-])", _I)
_UNIT_AT_END_RE = re.compile(rf"(?:yrs?|years?|{_MONTHS}|weeks?|months?|days?|dagen|jaar)\Z", _I)
_HALF_AFTER_RE = re.compile(r"\s*(?:and\s+a\s+half|en\s+een\s+half|en\s+half|½)(?![\w-])", _I)
_UNIT_AFTER_RE = re.compile(rf"\s*(?:{_EN_YEAR_UNITS}|yo|{_MONTHS})(?:\s+(?:old|oud|of\s+age))?\b"
                            r"(?!\s+(?:geleden|later|lang|weg|per|daarna|erna)\b)", _I)
_AND_MONTHS_RE = re.compile(rf"\s+en\s+(?:\d{{1,2}}|{_NUM_WORDS})\s*{_MONTHS}\b"
                            r"(?!\s+(?:geleden|later|lang|weg|bij|in|per|daarna|erna|begeleiding|hulp|onderzoek)\b)", _I)


def is_duration(text: str, start: int) -> bool:
    """True when the word before ``start`` makes "N jaar" a duration ("duurde 2 jaar")."""
    m = _PREV_WORD_RE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() in _DURATION_WORDS


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
