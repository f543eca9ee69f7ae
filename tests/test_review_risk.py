"""Risk signals (stemsync/review/risk.py), tested without a server or a database.

The rate tests measure the issue's targets on the project's tuning cases
(tests/deid_cases.py, tests/deid_tuning*/, and the first held-out set, which has been
tuned on since), with the regex layer alone, which leaves many identifiers in place, so
the flagging of leaks is measured on many comments. The figures on the last held-out
set, measured blind once before it was opened, are in docs/publish.md.
bench/bench_review.py prints the same rates for the full layer (deduce included).
"""

from __future__ import annotations

import pytest

from stemsync.deidentify import Deidentifier
from stemsync.review.risk import LABELS, assess, redacted_parts

try:
    from tests.deid_cases import ALL_TUNING_CASES, ALL_TUNING_CLEAN, EXTRA_NAMES, leaky
except ImportError:  # tests/ itself on sys.path
    from deid_cases import ALL_TUNING_CASES, ALL_TUNING_CLEAN, EXTRA_NAMES, leaky  # type: ignore[no-redef]


def signals(raw: str, published: str | None = None, low=None) -> set[str]:
    return {r.signal for r in assess(raw, raw if published is None else published, low).reasons}


@pytest.mark.parametrize("raw, published, signal", [
    ("Ik praat graag met Pieter over school.", None, "hoofdletter"),         # capital mid-sentence
    ("ik vond sanne heel lief", None, "naam"),                               # a first name in lowercase
    ("De begeleider van de groep was zrtqwx.", None, "onbekend"),            # not in the word list
    ("Mijn zoon van 12 zit op voetbal.", None, "getal"),                     # an age that passed
    ("Ik was 12 jaar toen ik uit huis ging.", None, "getal"),                # "N jaar" without "al"
    ("ik ben pas 14,5 en heb ze echt nodig", None, "getal"),                 # half a year of an age
    ("De vorige keer (3/10) zat er ook iemand bij.", None, "getal"),        # a date in brackets
    ("Volg mij op @jantje2010 voor meer.", None, "teken"),
    ("Pieter Bakker belde. Later zei Bakker dat het goed was.",
     "[naam] belde. Later zei Bakker dat het goed was.", "restant"),         # the rest of a found name
    ("Het was Pieters fiets.", "Het was [naam]s fiets.", "restant"),         # a possessive remnant
    ("IK WIL NAAR HUIS MET JAN", None, "hoofdletter"),                       # capitals only
    ("Storm en ik zaten samen op de groep.", None, "naam"),                  # a name that is also a word
    ("dat Storm en Zon de beste waren", None, "hoofdletter"),                # capitals, though weather words
    ("mijn vader woont in den bosch", None, "naam"),                         # a place in lower case
    ("ik zit op obs de kleine prins", "ik zit op [school] prins", "restant"),  # the rest of a school name
    ("the meeting on 7/10 doesnt work for me", None, "getal"),              # an English date ("on")
    ("his birthday 21.09 n nobody came", None, "getal"),                     # a day and month after "birthday"
    ("zoon heeft dan toets op t vlier 📚", None, "naam"),                    # a school after "op t", an emoji
    ("mijn kamer is in de peperklip en daar woon ik", None, "naam"),         # a compound no one writes: a building
    ("we are from chennai and it is different here", None, "naam"),          # a town after "from"
    ("Sanne's fiets is weg", None, "naam"),                                  # a name with its possessive
    ("dank jullie tesfaye & zn zusje zijn weer thuis", None, "naam"),       # a name beside a sibling
    ("Whitaker, the guardian, explained everything", None, "naam"),          # an English apposition
    ("Grace (yes, she's actually called that) said it", None, "naam"),      # the writer says it is a name
    ("lente en wil (ja de nieuwe pm'ers heten echt zo) zijn top", None, "naam"),  # "heten echt zo": names
    ("FACEBOOK 🔹 COM 🔹 JEUGDZORGSLACHTOFFERS IK BEN DAAR BEHEERDER", None, "teken"),  # a symbol for a dot
])
def test_each_signal_fires(raw, published, signal):
    assert signal in signals(raw, published)


def test_low_confidence_findings_are_a_signal():
    text = "Het ging goed met [naam]."
    assert "twijfel" not in signals(text)
    assessment = assess("Het ging goed met Rowan.", text, {"naam": 1})
    reason = next(r for r in assessment.reasons if r.signal == "twijfel")
    assert reason.words == ("[naam]",) and reason.label == LABELS["twijfel"]


def test_long_specific_descriptions_are_flagged_short_ones_not():
    long_text = ("Toen mijn moeder ziek werd moesten mijn broer en mijn zusje bij oma in [plaats] wonen en ik "
                 "ging naar een pleeggezin vlakbij [school] waar ik elke dag met de fiets heen moest, dat was "
                 "zwaar voor ons allemaal en niemand van jullie belde ooit terug om te vragen hoe het ging")
    assert "specifiek" in signals(long_text, long_text)
    short = "Mijn moeder en mijn broer wonen in [plaats]."
    assert "specifiek" not in signals(short, short)


def test_amounts_and_durations_are_not_numbers_to_worry_about():
    for text in ("Ik kreeg 2 keer per week bezoek.", "We moesten 45 minuten wachten.",
                 "Ik ben al 3 jaar bij jullie.", "5 euro per week is te weinig.", "Dat was 2 jaar geleden."):
        assert "getal" not in signals(text), text


def test_tags_themselves_are_not_word_signals_but_ask_to_read_the_rest():
    published = "Mijn voogd [naam] belde op [telefoonnummer]."
    assessment = assess(published, published)
    assert {r.signal for r in assessment.reasons} == {"weggehaald"}
    assert assessment.reasons[0].words == ("[naam], [telefoonnummer]",)
    assert assessment.spans == ()  # no word of the text is highlighted
    # an institution alone is no reason to read on
    assert signals("Ik zat bij [instelling].", "Ik zat bij [instelling].") == set()


def test_reasons_are_dutch_and_name_the_words():
    assessment = assess("Ik praat graag met Pieter.", "Ik praat graag met Pieter.")
    assert assessment.flagged
    reason = assessment.reasons[0]
    assert reason.words == ("Pieter",) and reason.label.endswith(".") and "naam" in reason.label
    start, end, _ = assessment.spans[0]
    assert "Ik praat graag met Pieter."[start:end] == "Pieter"


def test_redacted_parts_align_tags_with_the_raw_text():
    raw = "Pieter Bakker belde op 06-12345678 over Zwolle."
    assert redacted_parts(raw, "[naam] belde op [telefoonnummer] over [plaats].") == [
        ("naam", "Pieter Bakker"), ("telefoonnummer", "06-12345678"), ("plaats", "Zwolle")]
    assert redacted_parts(raw, "iets anders [naam]") == []
    assert redacted_parts(raw, raw) == []


@pytest.fixture(scope="module")
def regex_layer() -> Deidentifier:
    import tempfile
    return Deidentifier(cache_dir=tempfile.mkdtemp(prefix="deduce-"), extra_names=EXTRA_NAMES, use_deduce=False)


@pytest.mark.timeout(1200)  # (every tuning set, 70,000 comments: six minutes on a slow 2-core machine)
def test_targets_on_the_project_cases_with_the_regex_layer(regex_layer, capsys):
    """Flagging of comments that still hold an identifier (target >= 95 %) and of clean ones
    (target <= 25 %), with the regex layer alone, on the tuning sets."""
    cases = ALL_TUNING_CASES
    results = regex_layer.deidentify_many(c.text for c in cases)
    leaky_ = [(c.text, r) for c, r in zip(cases, results) if leaky(c, r)]
    missed = [r.text for text, r in leaky_ if not assess(text, r.text).flagged]
    sentences = ALL_TUNING_CLEAN
    clean = regex_layer.deidentify_many(sentences)
    clean_flagged = [r.text for s, r in zip(sentences, clean) if assess(s, r.text).flagged]
    recall = 1 - len(missed) / len(leaky_)
    false_rate = len(clean_flagged) / len(sentences)
    with capsys.disabled():
        print(f"\nreview signals, regex layer: {len(leaky_) - len(missed)}/{len(leaky_)} leaky comments flagged "
              f"({recall:.1%}); {len(clean_flagged)}/{len(sentences)} clean comments flagged ({false_rate:.1%})")
    # the measurement means something only with many leaks (163 before i9-deid's issue-9
    # rules, about 70 after: the regex layer now catches most of what it used to leave)
    assert len(leaky_) >= 50
    # the target, on sets the signals were tuned on (the held-out figure is in
    # docs/publish.md, "The review step", from bench/bench_review.py)
    assert recall >= 0.95, missed
    assert false_rate <= 0.25, clean_flagged


@pytest.mark.parametrize("text, word", [
    ("ik vond jet heel fijn, ze luisterde echt", "jet"),          # a first name in lowercase
    ("ik vond ali heel fijn, hij luisterde echt", "ali"),          # (a frequent word elsewhere, in a Dutch sentence)
    ("DE JONGERENWERKER IN KRIMPEN DEED HET BETER", "KRIMPEN"),   # the short form of a town
    ("wij wonen in lombok en iedereen kent ons", "lombok"),        # a neighbourhood, lowercase
    ("MEVROUW BAKKER ZEI DAT ZE ZOU BELLEN", "BAKKER"),            # a surname after a title
    ("juf de wit belde mij elke vrijdag", "wit"),                  # ... with an interfix
    ("de gezinsvoogd van leeuwen kwam niet", "leeuwen"),
    ("mijn zaak was bij de rechtbank limburg", "limburg"),          # a court's seat
    ("Mijn broertje gaat naar OBS De Vlinder.", "Vlinder"),        # a school after its type
    ("Mijn dochter zit nu op De Tweemaster en het gaat goed.", "Tweemaster"),
    ("Ik wil weg uit Villa Zonnedauw.", "Zonnedauw"),              # capitals in a run
    ("Bo (mijn begeleider) snapt het echt", "Bo"),                 # a name with its role in brackets
    ("vandaag met hoop gesproken over mn stage", "hoop"),          # Wat Werkt: "met X gesproken"
    ("pleegmoeder van storm (11) hier", "storm"),                  # a name before an age
    ("mijn moeder (riet) past soms op", "riet"),                   # a word in brackets after a kinship word
    ("OVERLEG MET SCHUTTERT (RAAD) GEHAD, ADVIES VOLGT.", "SCHUTTERT"),  # a person with their role in brackets
    ("woon nu in appeldoorn bij mn tante", "appeldoorn"),          # a misspelt town
    ("wel naar opa geweest in paramaribo", "paramaribo"),          # a town abroad
    ("we wonen in de indische buurt en zo", "indische buurt"),     # a neighbourhood of two words
    ("ik zit in het 2e jaar van ROC TOP. als jullie", "TOP"),      # a school after its type
    ("wss ga ik naar roc van twente", "twente"),
    ("toen ik 13 was kwam ik in het gezinshuis", "13"),             # ages with a verb
    ("Mijn zoon (dertien) durfde niet", "dertien"),
    ("De veertienjarige dochter van mijn partner", "veertienjarige"),
    ("de zitting is op 3 maart", "3"),                             # a date
    ("Jojo (pleegzoon) zegt dat het goed is", "Jojo"),            # a role in brackets
    ("zon is de naam van mijn dochter (ja echt)", "is de naam"),   # the writer says it is a name
    ("we wonen nu op kerkstraat 4b bij oma", "4"),                 # a house number
    ("Sinds mijn 10e woon ik in een pleeggezin.", "10"),           # ages as ordinals, -jarige, keyword
    ("Als 15-jarige wil ik gehoord worden.", "15"),
    ("leeftijd: 14, geslacht: meisje", "14"),
    ("wij zijn al 68 en 71, dat is zwaar", "71"),                  # grandparents' ages
    ("zit nu op t startblok en t is beter", "startblok"),          # what someone "zit op": a school
    ("ik zit op 2college en nu weet iedereen het", "2college"),
    ("heel boos op wil, mijn gezinsvoogd. ik", "wil"),             # a name before its role
    ("mijn zoon, die in 2007 is geboren, inmiddels", "2007"),      # a birth year
    ("nummer is nul zes vier zes een een nul drie negen twee", "nul zes vier zes een een nul drie negen twee"),
    ("toen kadijatu belde was ik blij", "kadijatu"),                # the one who acts: a person
    ("het busje met jd br 72 erop", "jd br 72"),                   # the shape of a licence plate
    ("de auto 87HVL3 stond voor de deur", "87HVL3"),
    ("mijn cliëntnummer is volgens mij 773 41 09", "773 41 09"),   # a number in groups
    ("We hoorden het nieuws op Koningsdag 2023 en", "Koningsdag 2023"),
    ("ik zie mijn zus kim alleen in het weekend", "kim"),        # a name that is a word, after kinship
    ("mijn pleegbroer haben en ik zijn nu echt broers", "haben"),
    ("storm is echt de eerste die mij snapte", "storm"),         # at the start, before a verb
    ("thomas doet altijd zo streng tegen mij", "thomas"),
    ("dank je storm voor alles", "storm"),                       # thanks before it
    ("wij hadden eerst nimco als begeleider", "nimco"),          # "als" and a role after it
    ("mark de begeleider was top", "mark"),                      # an apposition after it
    ("IK BEN DE VADER VAN STORM EN IK", "STORM"),                 # a child named by a parent
    ("bedankt wil voor de koffie", "wil"),                        # a name that is also a verb
    ("de hulp van wil was echt goed", "wil"),
    ("met 8 man op de kajuit en er was 1 douche", "kajuit"),      # a rare plain noun one is "op": a group
    ("lot regelde alles met de woningcorporatie", "lot"),         # a name that is a word, before a verb
    ("begeleider wil was echt goed", "wil"),
    ("dank aan wil voor het meedenken", "wil"),
    # a first name that is a frequent word, without the article or pronoun a noun or verb has
    ("jammer dat mark wegging halverwege", "mark"),
    ("op storm was het elke dag ruzie", "storm"),
    ("ik hoop dat storm volgende week weer komt", "storm"),
    ("Op de boei mag je niet laat naar buiten.", "boei"),        # a group or school, capitalised "Op"
    ("hij gaat naar de toermalijn in groep 4", "toermalijn"),
    ("kun je zon ff zeggen dat ik later kom?", "zon"),             # the one to be told
    ("ik zat eerst op de vlinder maar die groep was te druk", "vlinder"),
    ("kleine is nu anderhalf en loopt overal", "anderhalf"),       # an age in words
    ("mijn snap is mo_r2009 stuur maar", "mo_r2009"),              # the shape of a user name
    ("tiktok: noorr.xx daar post ik", "noorr.xx"),
    ("de mentor van het stedelijk lyceum belde", "stedelijk"),     # a word before a school word
    ("ben gestopt met hanze en ga naar noorderpoort", "noorderpoort"),  # a listed school
    ("maar toen kreeg ik wil en dat ging veel beter", "wil"),       # the worker one got
    ("WIJ WONEN AAN DE SINGEL, DE POST KOMT DAAR", "SINGEL"),        # a street of one word
    ("toen we op de twaalfde bij de zitting waren", "twaalfde"),     # a day of the month
    ("De eenentwintigste gaan we weer naar de rechter", "eenentwintigste"),  # ... at a sentence's start
    ("De evaluatie werd gehouden op de 2e van de maand, zoals afgesproken", "de 2e van de maand"),
    ("de laatste afspraak was op tweede kerstdag bij ons thuis", "op tweede kerstdag"),  # a feast's day: one day
    ("na de controle van 4 maanden belde niemand", "4"),             # a check-up named by the baby's age
    ("DE 8-WEKEN CONTROLE WAS KORT", "8"),
    ("mijn zoon was 6 dagen toen we thuis kwamen", "6"),             # a newborn's days
    ("our baby is only 3 weeks and she cries", "3"),
    ("Grace is my daughter and she is happy here", "Grace"),          # English, a name before a verb
    ("we waited for Monday but Jasper never came", "Jasper"),
    ("wij wonen in de hoogte en dat is gezellig", "hoogte"),          # where someone lives: a neighbourhood
    ("DE HAAN VAN DE JEUGDBESCHERMING BELDE NIET", "HAAN"),            # a surname and where the person works
    ("the school het startpunt called the youth team without telling us first", "startpunt"),  # Dutch article in English
    ("de wit zei dat de schulden weg kunnen zijn", "wit"),              # a surname with its article as the subject
    ("IK ZAT OP VAN HALL LARENSTEIN MAAR BEN GESTOPT", "LARENSTEIN"),  # a rare proper noun is no compound of words
    ("THE SCHOOL DE SCHATKAMER IS THE ONLY PLACE WHERE SHE FEELS SAFE", "SCHATKAMER"),  # a Dutch article in English, in capitals
    ("ade cant come tmrw, sick sry", "ade"),                              # a person opening an English comment
    ("jun got his braces off, see u thurs", "jun"),
    ("Jun's violin teacher noticed he was much happier.", "Jun's"),
    ("de voogd heette m a r w a h of zo", "m a r w a h"),                  # a word spelled out letter by letter
    ("joy from the youth team was really kind to us", "joy"),              # English: a first name before "from the"
    ("thank you so much rose, you were amazing", "rose"),                  # ... the one thanked
    ("SCHOOL IN DE INSTELLING (DE WAARDING) WAS BETER", "WAARDING"),      # a rare word named in brackets
    # twenty-first session: a code written out, an initial and a surname, a venue by its name, a code's shape
    ("Mijn nummerbord is vijf-kaa-el-dee-zeventwee maar goed", "vijf"),
    ("het dossier is JB dash 2024 dash 00871", " dash "),
    ("alles staat op bit[.]ly/gezinsplan", "[.]"),
    ("mail van h. brouwer (advocaat mdr) ontvangen", "h. brouwer"),
    ("we zijn naar het wijkcentrum de schakel geweest", "schakel"),
    ("Het cliëntnummer, CL-00 47 219, is onjuist vermeld.", "CL-00 47 219"),
    ("ketneken van de taxi was HL-220-Q denk ik", "HL-220-Q"),
    ("de uitspraak kwam op vier vier vierentwintig", "vier vier vierentwintig"),  # a date in number words
    ("de melding bij Veilig Thuis (24/0 19 882) kwam nooit", "24/0 19 882"),       # a number spread over groups
    ("Het nummer begint met 521, dan 698 en eindigt op 304", "begint met 521"),     # a number told in pieces
    ("hij parkeert altijd op onze plek, JV/09/HT, graag melden", "JV/09/HT"),       # a plate's shape with slashes
    # twenty-fourth session: a year long before the help in one's own story (the year one arrived)
    ("ik ben in 1998 naar nederland gekomen en snap nog niet alle regels", "1998"),
    ("Ik heb in 1987 zelf in de jeugdzorg gezeten en herken veel.", "1987"),
    ("mark and wil from the team were both good, maybe wil a bit more strict", "wil"),  # the last of two names
    ("I still have not received the report from the 12th, can you email it", "12th"),  # an English day alone
    ("ik mis aleppo maar mijn kinderen zijn hier veilig", "aleppo"),                     # a town abroad, any case
    ("de tolk heeft ook in sana'a gewoond dus hij snapt ons", "sana'a"),
    # twenty-fifth session: a community centre's name before its type word, a feast day misspelt
    ("we zaten eerst in de linde buurtcentrum en later in het gemeentehuis", "linde"),
    ("het gesprek op eerste pasdag ging niet door", "op eerste pasdag"),
    ("the mentor at ISH was very helpful", "ISH"),                      # an unknown acronym after "at" in English
    # forty-third session: a surname with "de" before where the person works still counts; a hyphenated name too;
    # figures on both sides of a separator are a code's pieces
    ("DE HAAN VAN DE JEUGDBESCHERMING BELDE NIET TERUG", "HAAN"),
    ("het gesprek met Van-Dijk was goed", "Van-Dijk"),
    ("bel 06 | 12 | 34 | 56 | 78", " | "),
    # fiftieth session: an English street after a preposition, in capitals too
    ("THE OFFICE ON FRONT STREET IS CLOSED EVERY TIME I GO THERE", "FRONT STREET"),
    # fifty-eighth session: the word a naming verb gives, a first name by where the person lives, the year a family
    # came here, a birth year far from its label
    ("mijn beste vriendin op school heet mei en haar moeder helpt ons", "mei"),
    ("mijn zoon speelt elke dag met storm van hiernaast", "storm"),
    ("wij kwamen in 2019 uit syrie en hadden meteen hulp nodig", "2019"),
    ("wij wonen sinds 2021 in nederland", "2021"),
    ("Geboortejaar van de jongere ter controle opgevraagd: 2011.", "2011"),
    ("bij de rechtbank den bos was een mevrouw die alles uitlegde", "bos"),  # the seat after "den"
    ("mijn voogd mvr de Bor zegt steeds dat ze terugbelt", "Bor"),  # a title's surname that is a meeting's name too
    ("MEI VAN HET JONGERENLOKET HEEFT ME GEHOLPEN MET MIJN DIGID", "MEI"),  # a month that is a first name
])
def test_words_that_may_name_someone_in_any_case_are_flagged(text, word):
    assessment = assess(text, text)
    assert any(text[s:e] == word for s, e, _ in assessment.spans), assessment


@pytest.mark.parametrize("text", [
    "De vierde keer ging het beter, de twaalfde keer ook",  # an ordinal before a noun is no day
    "mevrouw van de gemeente belde niet terug",      # not a surname after "van de"
    "we wandelden in het park en op de hoek",        # frequent nouns after "in"
    "ik heb mijn havo gehaald en nu doe ik mbo",     # a school type with an ordinary word
    "ik geef jullie een 9/10 en het cijfer was 7,5",  # a score and a mark
    "Geachte heer, mevrouw, Graag wil ik iets zeggen over de hulp.",  # after the salutation
    "honestly best wel chill allemaal en de hulp was top",            # English words
    "staff was kind and homework was too much",                      # ... opening an English comment
    "help from the youth team was great, thank you so much!",
    "Mum's new job is hard but everything was good",
    "vandaag met mama gesproken en het ging goed",                    # family, not a name
    "ik ging in therapie en het hielp",                               # an ordinary word after "in"
    "het was 3 keer en we wachtten 2 weken",                          # counts and durations
    "wij wonen nu in de stad en dat is fijn",                         # where anyone lives
    "we were on the road 2 times and I live on a quiet street now",   # English streets of no one
    "ik sprak met iemand (de voogd) over de zitting",                 # a role named in brackets
    "de brief van de gemeente kwam te laat",                          # no surname before "van de"
    "ik ben eerluk, dat was moeiluk en op dinsdach kwam ze",          # city dialect's endings (fifty-first session)
    "De kinderen voelen zich Nederlander, wij zijn Sinti",           # a nationality and a people
    "het nieuwe buurthuis is mooi en de oude wijkcentrum was kleiner",  # an adjective before a centre's type
    "we went to the GGD and it was fine",                             # a public body's acronym after "to"
    "we got a lot of help from de gemeente and it was good",          # a Dutch care word in English
    "de hulp zei eigenlijk niks nieuws",                              # an ordinary subject
    "De groep is gezellig en de leiding ook",                         # a frequent word, no speaking verb
    "de thee was heet en het is heet vandaag",                        # "heet" is also "hot"
    "het kost 50 euro en we waren met 30 mensen, wij wachten al 40 minuten",
    "hij zit op de wachtlijst en ik zit op school, op voetbal en op mijn kamer",
    "ik ging naar huis, mijn begeleider bleef nog even",
    "mijn moeder zei dat school belde, groep 7b en mbo 2 in 2023 en 2024",
    "kerst 2023 was fijn, het kost 1.500 euro, om 10.30 uur",
    "ik hoop echt dat het goed gaat, er is hoop en de storm is voorbij",  # verb and nouns
    "Hoop doet leven, zeggen ze. Zon, zee en een dagje strand.",          # fixed expressions
    "Mark my words: dit team is goud waard",
    "hope for the best zeg ik altijd, mn begeleider kwam rain or shine, precious time",  # English
    "de nieuwe school en een goede school, covid19 en fifa24, zie rijksoverheid.nl",
    "ze was 2 weken ziek en ik heb 3 maanden gewacht",                # durations, not a baby's age
    "het was een onderzoek van 10 weken en de begeleiding duurde 3 maanden",
    # English: the pronoun, weekdays, months and languages take a capital; frequent words are no names
    "After 3 months of support I finally feel like I understand how things work. Thank you so much.",
    "We would like letters in English, Arabic and Ukrainian, and a meeting on Monday in March.",
    "got the voucher, bought winter boots for both, paid in advance",
    "see you soon - love it",
    "het was een 8 - top, groep 7 - 8 ging mee en ik heb twee weken gewacht",  # a dash between numbers
    "we hebben o.a. de school gebeld en bv. gisteren ook, ca. 3 uur",          # abbreviations with dots
    "ik ging naar de bibliotheek de hele dag",                                 # a venue without a name
    "een twee drie vier hoedje van papier, we waren met twee of drie mensen",  # counting, no code
    "het kost 50 euro, om 10.30 - 11.00 uur, 3 van de 4 keer, in 2023 en 2024",  # amounts, times, years
    "de les begint met 10 minuten lezen en het gesprek eindigt op 12 uur, het begon met 1 gesprek",
    "met de kerst en met pasen waren we bij oma, de kerstdagen waren gezellig",     # feasts, no day of them
    "de wet is in 2008 veranderd en in 2023 kregen we hulp",                      # years, no one's own story
    "this was the 4th time we asked for help and the 12th floor was closed",      # ordinals that are no day
    "de begeleider was echt nice en de kinderen vonden het leuk",                  # a town abroad that is a word
    "fijn gesprek 👍 nl is het moeilijk om alles te zeggen",                        # "nl" (namelijk) after an emoji
    # countries, one letter and words for a person are no names (round 602-609)
    "Wij zijn tevreden over de afstemming op onze werktijden in Duitsland en België.",
    "we gaan in de meivakantie naar turkije",
    "OTS VERLENGD MET 12 MAANDEN, M. AKKOORD",
    "Moeder heeft aangegeven hiermee in te stemmen.",
    "jongste zit nu in groep 8, gaat goed",
    "Eerst een brief van de Raad, toen van de rechtbank.",
    # care and justice with a capital out of respect; Portuguese between Dutch words (no names)
    "De Rechter heeft besloten dat het traject doorgaat.",
    "Het Wijkteam en de Voogd kwamen samen langs.",
    "minha filha gosta muito da escola",
    # forty-third session: kinship words of the families' languages, adjectives of a people, professionals' acronyms
    # in compounds, a symbol between words, a misspelt unit after a number
    "Mijn akka en mijn thambi spelen nu samen, Appa is blij.",
    "De jeugdige volgt dansles bij een Kaapverdische vereniging.",
    "Ik vond het knap dat ze zelf het JBT-overleg voorzat, de POH-GGZ was er ook.",
    "top 👍 8/10",
    "Agenda: ma 10:00 huisbezoek | wo 15:30 school | vr 9:00 evaluatie.",
    "De wachtlijst bij de GGZ was 9 maandn, dat is te lang",
    "de borg van de huurwoning moet nog terug",
    "De zitting bij de kinderrechter is aangehouden.",
    # forty-fourth session: words of Afrikaans and Zulu, and romanised Burmese greetings, on lists that hold no name
    "yebo, die formulier is klaar",
    "ek het hulle baie gemis",
    "mingalaba, de afspraak is om 3 uur",
    # forty-fifth session: the most frequent words of a Spanish comment, names somewhere else ("pero", "bien", "nada");
    # words of Albanian, romanised Hindi and Arabic chat on hand-made lists that hold no name
    "jaja sí parce, todo bien",
    "la verdad no esperaba nada y al final fue lo mejor que nos pasó este año",
    "dhanyavaad, bahut accha laga",
    "mirupafshim en tot ziens",
    # fifty-eighth session: "heet" as hot, a year the help began, a house next door
    "het is heet buiten vandaag",
    "in 2022 begon de hulp en dat ging goed",
    "het huis van hiernaast staat leeg",
    "de BOR is gepland voor volgende week",
    "Mei van het vorige jaar was zwaar voor ons",
])
def test_ordinary_texts_stay_unflagged(text):
    assert not assess(text, text).flagged, assess(text, text)


def test_a_signal_less_text_is_not_flagged():
    assert not assess("Het gesprek was fijn.", "Het gesprek was fijn.").flagged
