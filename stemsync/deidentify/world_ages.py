"""Ages written in another language or script, or in its transliteration, beside a Dutch sentence: the word that
means "years old" after the number ("9岁", "十五岁", "7 ขวบ", "12 tuổi", "14 տարեկան", "10 წლის", "12 χρονών",
"10 saal ka", "7 salesh", "10 taong gulang"), or the word for "age" or "is" before it ("อายุ 11 ปี", "waggaa 9",
"umriin ishee 7", "είναι 19", "ей 15 let", "የ10 ዓመት").

Also the ages of Czech, Slovak, the Baltic languages, Estonian, Serbo-Croatian, Macedonian and Albanian ("je mi 14 let",
"má osem rokov", "13-aastane", "(9 gadi)", "ima deset godina", "12 vjeç", "saab 7"), of Korean and Japanese ("8살",
"열다섯 살", "6さい") and of the scripts of South Asia and Urdu ("பத்து வயது", "(१२ वर्ष)", "੧੬ ਸਾਲ ਦਾ", "چودہ سال کی"),
with their number words (data/world_number_words.txt); and (forty-second session) of Mongolian, Kazakh, Kyrgyz,
Uzbek, Uyghur and Tibetan ("7 настай", "11 жаста", "16 yashta", "13 ياشتا", "ལོ་ ༡༤", "lo bdun"), of Nepali in Latin
letters ("7 barsa"), of Finnish, the Nordic languages and Icelandic ("11-vuotias", "on yhdeksän vuotta", "hun er 7 år",
"(6 år)", "ER NÅ TRETTEN", "átta ára"), of Swahili and of Arabic in Latin letters ("miaka 8", "13 sana") and of
Indonesian, Malay and Javanese ("umurnya 7 tahun", "(5 tahun)", "Bima 9 tahun masih ...", "dia sudah 12 tahun."); and
(forty-third session) of Maltese ("tlettax-il sena"), Tamil in Latin letters ("pathinezhu vayathu"), Sinhala in its
script and in Latin letters ("අවුරුදු 11", "පහළොස් හැවිරිදි", "avurudu 13"), Algerian and Tunisian Arabic in Latin
letters ("sta3ch l3am", "3mrha 13 sné") and Chechen ("шийтта шо").

Only words that say an age are read here, not the word for "years" alone, which is a duration too ("3 saal se",
"2 ปี", "5 năm"): "saal" counts with "ka/ki/ke" after it, "ปี" after "อายุ" (age), "ዓመት" with the "የ" of "a child
of". Figures of other scripts are read as figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.calendars import ascii_figures
from stemsync.deidentify.common import LOW, Span, _Ctx
from stemsync.deidentify.lists import _FUNCTION_WORDS, entries
from stemsync.deidentify.fastcase import accelerate

_N = r"(?<![\d.,/:])(?:[1-9]\d?|1[01]\d)(?![\d.,/:]\d)"
_CJK_N = r"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"
# number words one to nineteen of Czech, Slovak, Lithuanian, Latvian, Estonian, Serbo-Croatian, Albanian and
# Macedonian ("osem", "septyniolika", "десет"; data/world_number_words.txt, from num2words and typed)
# (the forty-second session's languages have their own alternations below: "en", "lima", "sita" must not count here)
_LATER = ("fi", "da", "no", "sv", "is", "id", "mn", "kk", "ky", "uz", "ug", "bo-wylie", "sw", "ar-latin", "jv",
          "es", "cy", "eu", "ga", "ht", "ht-fused", "sn", "af")


def _number_words(languages: tuple[str, ...] | None = None) -> list[str]:
    rows = (line.split("\t") for line in entries("world_number_words"))
    return sorted({r[2] for r in rows if (r[0] in languages if languages else r[0] not in _LATER)}, key=len, reverse=True)


def _alternation(languages: tuple[str, ...]) -> str:
    return rf"(?:{_N}|{'|'.join(map(re.escape, _number_words(languages)))})"


def _after_words(words: tuple[str, ...]) -> str:
    """Lookbehinds for "right after one of ``words`` and a blank" (a verb or noun that makes the number after it an age:
    "je mi 14", "3omraha 13"), as one alternation."""
    return "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in words)


_NUMBER_WORDS = _number_words()
_NW = rf"(?:{_N}|{'|'.join(map(re.escape, _NUMBER_WORDS))})"
# the words that say "is N years": Czech and Slovak "je mi", "má", "mal"; Lithuanian "jam", "jai" (to him, her);
# Latvian "ir" (is), "viņam ir"; Serbo-Croatian and Macedonian "ima" (has), "napunio" (turned)
_HAS_AGE = ("je mi", "je mu", "je jí", "je jej", "má", "mám", "ma", "mal", "mala", "bude mu", "bude jí", "bylo mu",
            "bylo jí", "bolo mu", "bolo jej", "jam", "jai", "man", "tau", "sukako", "sukanka", "sukaks", "ir", "viņam",
            "viņai", "ima", "imam", "imaš", "imao", "imala", "napunio", "napunila", "puni", "има", "имам", "имао",
            "имала", "напунио", "напунила", "наполни")
_AFTER_HAS = _after_words(_HAS_AGE)
# the years of an age in those languages (not the accusative of a duration: Lithuanian "metus", Latvian "gadus" but
# with "vecs" (old), Czech "lety"); a number word alone in brackets is an age too: "(šestnáct)"
_YEARS = r"(?:let|roků|roku|roky|rokov|rok|metų|metu|metai|metukai|metukų|gadi|gadu|gads|godina|godine|godinu|година|години|године|годину)"
_TURNED = ("saab", "sai", "täitus", "täitub", "sukako", "sukanka", "sukaks", "paliek", "palika", "paliks", "napunio",
           "napunila", "puni", "mbushi", "mbush", "напунио", "напунила", "наполни")
_AFTER_TURNED = _after_words(_TURNED)
# the years of an age in the scripts of South Asia and in Urdu, and the words after them that make it an age ("of":
# Hindi "१४ वर्ष का", Punjabi "੧੬ ਸਾਲ ਦਾ", Urdu "چودہ سال کی ہے", Nepali "१० वर्षको", Bengali "বারো বছর বয়স")
_ASIAN_YEARS = r"(?:वर्ष|बर्ष|साल|বছর|ਸਾਲ|سال|సంవత్సరాలు|సంవత్సరాల|ವರ್ಷ)"  # (Nepali writes "बर्ष" too)
_ASIAN_OF = r"(?:का|की|के|को|कि|ਦਾ|ਦੀ|ਦੇ|کی|کا|کے|বয়স|বয়সী|ವಯಸ್ಸು)"
# the forty-first session's forms, each with a cheap test of its own before its (long) expression runs
_GATED_AGE_RES = (
    # Korean "8살", "열다섯 살", "12세" (not "12세기", century); Japanese "6さい", "6才"; Tamil "பத்து வயது" (age),
    # Telugu "వయస్సు"; Nepali "१० वर्षको", Hindi "१२ वर्षीय"
    # (forty-fifth session: Telugu "ఏళ్ళ" as written with the double letter, Marathi "८ वर्षांचा" (of eight years),
    # Gujarati "૯ વર્ષની" (nine years old))
    (re.compile(r"[살세才]|さい|வய|वर्ष|बर्ष|साल|বছর|ਸਾਲ|سال|సంవత్సర|ವರ್ಷ|ఏళ్ల|ఏళ్ళ|વર્ષ"),
     re.compile(rf"{_NW}\s*(?:살|세(?!기|대)|さい|才|வயது|வயசு|வயதாகிறது|ఏళ్ల|ఏళ్లు|ఏళ్ళ|ఏళ్ళు)(?![\uAC00-\uD7A3])"
               rf"|{_NW}\s*(?:वर्षको|वर्षकी|वर्षीय|वर्षीया|वर्षांचा|वर्षांची|वर्षांचे|বছরের)(?![\u0900-\u09FF])"
               rf"|{_NW}\s*(?:વર્ષની|વર્ષનો|વર્ષનું|વર્ષના)(?![\u0A80-\u0AFF])"
               rf"|{_NW}\s*{_ASIAN_YEARS}\s*{_ASIAN_OF}(?![\u0900-\u0DFF\u0600-\u06FF])"
               rf"|(?<=\(){_NW}\s*{_ASIAN_YEARS}(?=\))|(?<=\(){_N}(?=\))(?<=[\u0BE6-\u0BEF\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F])"
               rf"|(?:(?<=\bis\s)|(?<=\bwordt\s)|(?<=\bwerd\s)|(?<=\bwas\s))(?:(?:vandaag|nu|al|bijna|pas|net)\s+)?"
               rf"(?P<age>{_NW}\s*(?:{_ASIAN_YEARS}|வயது))")),
    # Estonian "13-aastane", "kümneaastane" (a ten-year-old; not "mitmeaastane", several years'), "12 aastat vana";
    # Albanian "12 vjeç"; Slovak "14-ročný", Czech "10letá"; Serbo-Croatian "12-godišnji"; Macedonian "7-годишно";
    # Latvian "11-gadīgs", "11 gadus vecs"; Lithuanian "11-metis", "5 metukai"
    (re.compile(r"aasta|vje[çc]|ročn|let[ýáéou]|godi[sš]nj|годишн|годишњ|gadīg|gad(?:us|i|u)\s+vec|meti[sų]|metė|mečiai|metuk",
                re.I),
     re.compile(rf"(?:{_NW}\s*-?\s*|\b(?!mitme|paari|mitu|pika)[^\W\d_]{{2,14}})aasta(?:ne|se|sed|seks|sena|st|sele)(?!\w)"
               rf"|{_NW}\s+aastat\s+vana(?!\w)"
               rf"|{_NW}\s*(?:vjeç|vjeçe|vjeçë|vjeçar|vjeçare|vjeçarë|vjec|vjece|vjecar|vjecare)(?!\w)"
               rf"|{_NW}\s*-?\s*(?:ročn|letн|let)(?:ý|á|é|ého|ej|ú|ou|ém)(?!\w)"
               rf"|{_NW}\s*-?\s*(?:godišnj|godisnj|годишн|годишњ)(?:i|a|e|ak|akinja|и|а|е|ен|на|о|ак)(?!\w)"
               rf"|{_NW}\s*-?\s*gadīg(?:s|a|ais|ā|o|ajam|ajai)(?!\w)|{_NW}\s+gad(?:us|i|u)\s+vec(?:s|a|am|ai)?(?!\w)"
               rf"|{_NW}\s*-?\s*(?:metis|metė|mečiai|metukai|metukų)(?!\w)", re.I)),
    # ... the years after "is", "has", "to him": "je mi 14 let", "má osem rokov", "jam 11 metų", "ir 16 gadu",
    # "ima 14 godina"; in brackets: "(9 gadi)", "(DESET LET)", "(šestnáct)"; "saab 7" (turns 7)
    (re.compile(rf"(?<!\w){_YEARS}(?!\w)|\([^\W\d_]+\)|\b(?:{'|'.join(_TURNED)})\s+\d", re.I),
     re.compile(rf"(?:{_AFTER_HAS}){_NW}\s+{_YEARS}(?!\w)|(?<=\(){_NW}\s+(?:{_YEARS}|m\.)(?=\))"
               rf"|(?<=\()(?:{'|'.join(map(re.escape, _NUMBER_WORDS))})(?=\))"
               rf"|(?:{_AFTER_TURNED}){_N}(?=\s*(?:[.!?,;)]|$|\s[^\w\s]))", re.I)),
)
# the forty-second session's languages, each with its own number words
_NW_STEPPE = _alternation(("mn", "kk", "ky", "uz", "ug"))
_NW_NORDIC = _alternation(("fi", "da", "no", "sv", "is"))
_NW_EAST = _alternation(("id", "jv", "sw", "ar-latin", "ar-arabizi"))
# "his/her age" and "he/she has" in Arabic chat (Maghrebi, Egyptian, Levantine): "3omraha 13", "3ando tlatashar sana"
_ARABIZI_AGE_OF = ("3mro", "3mrha", "3mrou", "3omro", "3omrha", "3mri", "3omri", "3mrhom", "3mrah", "3omraha", "3omrah",
                   "3omrak", "3omrik", "3omrhom", "3omrou")
_ARABIZI_HAS = ("3ando", "3andou", "3andaha", "3andha", "3andi", "3ndo", "3ndha", "3andak")
_ARABIZI_YEARS = r"(?:l3am|3am|sné|sne|sna|snin|sanawat|sana|ans)"
_AFTER_AGE_OF = _after_words(_ARABIZI_AGE_OF)
_AFTER_HAS_AR = _after_words(_ARABIZI_HAS)
_ARABIZI_N = rf"(?:{_NW_EAST}|[a-z0-9]*(?:3ch|3ech|3ach|tach))"  # (a number word, also a Maghrebi teen in "-ch")
_WYLIE = "|".join(map(re.escape, _number_words(("bo-wylie",))))
# Finnish's number words glued to "-vuotias" (year-old): "kuusivuotias", "yksitoistavuotias"
_FINNISH = "|".join(map(re.escape, _number_words(("fi",))))
# Nordic "is", "was", "turns": "hun er 7 år", "TUVA VAR 9 ÅR", "han fyller 12"; and the pronouns before them
_NORDIC_IS = ("er", "är", "var", "blir", "bliver", "fyller", "fylder", "fylte", "fyldte", "fyllde", "ble", "blev",
              "varð", "verður", "verdur")
_NORDIC_WHO = r"(?:hun|han|hon|hen|jeg|jag|hann|hún|du|dere|vi)"
_AFTER_NORDIC_IS = _after_words(_NORDIC_IS)
_NORDIC_NOW = r"(?:(?:nu|nå|snart|bare|bara|kun|redan|allerede|næsten|nästan|nesten|nú|orðin|orðinn)\s+)?"
# Indonesian, Malay and Javanese "age", "aged", "who is": "umurnya 7 tahun", "berumur sepuluh tahun", "umure wis
# limalas taun", "yg 9 tahun"; the words for "already" or "now" between
_ID_AGE_WORDS = ("umur", "umurnya", "umure", "berumur", "usia", "usianya", "berusia", "yang", "yg", "umurku", "usiaku")
_AFTER_ID_AGE = _after_words(_ID_AGE_WORDS)
_ID_YEARS = r"(?:tahun|taun|tauhn|tahn|thn|th)"
# ... a duration after them ("2 tahun di jeugdzorg", "3 tahun lalu", "selama 2 tahun"): no age
_ID_NOT_AFTER = r"(?!\s+(?:di|lagi|lalu|yang\s+lalu|terakhir|ini|sejak|kemudian|yll|ke\s+depan))"
_ID_NOT_BEFORE = ("Selama", "Sudah", "Baru", "Sejak", "Dalam", "Hampir", "Lebih", "Kurang", "Setelah", "Sebelum",
                  "Sampai", "Sekitar", "Tiap", "Setiap", "Per", "Sdh", "Udah", "Tinggal", "Kerja", "Bekerja", "Ini")
_GATED_AGE_RES += (
    # Mongolian "7 настай", "арван хоёр настай"; Kazakh, Kyrgyz and Uzbek "11 жаста", "9 жашта", "16 yashta",
    # "10 yoshda"; Uyghur "13 ياشتا"; Tibetan "ལོ་ ༡༤" (age 14), in Wylie "lo bdun"; Nepali in Latin letters "7 barsa"
    (re.compile(r"наст|nastai|nastaj|nastay|жаст|жашт|yasht|yoshd|yoshl|jasta|jasht|ياش|ལོ|\blo\s|bars", re.I),
     re.compile(rf"{_NW_STEPPE}\s*(?:настай|настаи|настэй|nastai|nastaj|nastay)(?!\w)"
               rf"|{_NW_STEPPE}\s*-?\s*(?:жаста|жашта|жаштагы|жастағы|жасар|жашар|yashta|yashda|yoshda|yoshli|"
               rf"jasta|jashta|jashtagy)(?!\w)"
               rf"|{_NW_STEPPE}\s*(?:ياشتا|ياشلىق|ياشقا|ياش)(?![\u0600-\u06FF])"
               rf"|ལོ་\s*{_N}|\blo\s+(?:{_WYLIE})(?!\w)"
               rf"|{_N}\s*(?:barsa|barsha|barsako|barshako|barsaki|barshaki)(?!\w)(?!\s*(?:dekhi|pachhi|pachi|agadi|samma|bhayo))",
               re.I)),
    # Finnish "11-vuotias", "kuusivuotias", "on yhdeksän vuotta" (is nine), "9 vuotta vanha"; Icelandic "átta ára";
    # Danish, Norwegian, Swedish "hun er 7 år", "(6 år)", "12 år gammel", "TUVA VAR 9 ÅR", "ER NÅ TRETTEN",
    # "NÅ ER HUN 12 OG"
    (re.compile(r"vuot|år|ára|\b(?:är|blir|bliver|fyller|fylder|fyllde|fylte|fyldte|varð|verður)\b"
                r"|\b(?:hun|han|hon|hen|jeg|jag|hann|hún|du|dere|vi)\s+(?:er|var|ble|blev)\b|\ber\s+(?:nå|hun|han|hon|hen|hann|hún)\b"
                r"|\bvar\s+(?:hun|han|hon|hen)\b", re.I),
     re.compile(rf"(?:{_NW_NORDIC}\s*-?\s*|(?<!\w)(?:{_FINNISH}))vuotia(?:s|an|aan|ana|ita|aalle|aiden|aksi)(?!\w)"
               rf"|(?<=\bon\s)(?:(?:nyt|jo|vasta|melkein)\s+)?(?P<age>{_NW_NORDIC}\s+vuotta)(?!\s+(?:sitten|ajan|myöhemmin))"
               rf"|{_NW_NORDIC}\s+vuotta\s+vanha(?:na)?(?!\w)"
               rf"|{_NW_NORDIC}\s+ára(?!\w)"
               rf"|(?:{_AFTER_NORDIC_IS}){_NORDIC_NOW}(?P<age2>{_NW_NORDIC}\s*år)(?!\s*(?:siden|sedan|sidan|senere|senare|"
               rf"tidligere|tidigare|i\s+(?:nederland|holland)))(?!\w)"
               rf"|(?<=\(){_NW_NORDIC}\s*år(?=\))|{_NW_NORDIC}\s*år\s+gam(?:mel|mal|le|la|al)(?!\w)"
               rf"|(?<!\w){_NORDIC_WHO}\s+(?:{'|'.join(_NORDIC_IS)})\s+{_NORDIC_NOW}(?P<age3>{_NW_NORDIC})"
               rf"(?=\s*(?:[.!?,;)]|$|og\b|och\b|men\b|nu\b|nå\b))"
               rf"|(?:(?<=\ber\s)|(?<=\bär\s)|(?<=\bvar\s))(?:hun|han|hon|hen|hann|hún)\s+(?P<age4>{_NW_NORDIC}(?:\s*år)?)"
               rf"(?=\s*(?:[.!?,;)]|$|og\b|och\b|men\b))"
               rf"|(?<=\ber\snå\s)(?P<age5>{_NW_NORDIC})(?=\s*(?:[.!?,;)]|$))", re.I)),
    # Swahili "miaka 8" (years, before the number; "umri wa miaka 10"; not "kwa miaka 3", for three years, or
    # "miaka 2 iliyopita", two years ago); Arabic in Latin letters "13 sana", "talatashar sana"; Indonesian, Malay and
    # Javanese "umurnya 7 tahun", "(5 tahun)", "Bima 9 tahun masih ..."
    (re.compile(r"mi[ae]ka|\bsana\b|umuru|tahun|taun|tauhn|tahn|\bthn\b|\bth\b", re.I),
     re.compile(rf"(?<!\bkwa\s)(?<!\bya\s)\bmi[ae]ka\s+(?:{_NW_EAST})(?!\w)(?!\s*(?:iliyopita|ijayo|iliyopit))"
               rf"|(?:{_NW_EAST})\s+sana(?!\w)|(?<=\bumuru\s)(?P<age2>{_NW_EAST})(?!\w)"
               rf"|(?:{_AFTER_ID_AGE})(?:(?:wis|sudah|sdh|udah|baru|saiki|sekarang|skrg|kira-kira|hampir|masih)\s+)?"
               rf"(?P<age3>{_NW_EAST}\s*{_ID_YEARS})(?!\w)"
               rf"|(?<=\(){_NW_EAST}\s*{_ID_YEARS}(?=\))|(?<=\bsekarang\s){_NW_EAST}\s*{_ID_YEARS}(?!\w){_ID_NOT_AFTER}"
               rf"|\b(?!(?:{'|'.join(_ID_NOT_BEFORE)})\s)(?-i:[A-Z][a-z]+)\s(?P<age4>{_N}\s*(?:tahun|taun|thn))(?!\w){_ID_NOT_AFTER}"
               # ... "dia sudah 12 tahun.", "waktu Bima masih 3 tahun", "sekarang dia sudah 16 dan ..." (he, she, the
               # child is already, still, only N: at the end of a clause)
               rf"|(?<!\w)(?:dia|ia|anak|anakku|anaknya|aku|saya|\w+nya|(?-i:[A-Z][a-z]+))\s+(?:sudah|sdh|udah|masih|baru|skrg|sekarang)\s+"
               rf"(?P<age5>{_NW_EAST}(?:\s*{_ID_YEARS})?)(?=\s*(?:[.!?,;)]|$|dan\b|waktu\b|ketika\b|saat\b))", re.I)),
)
# the forty-third session's: Maltese number words (with the "-il" of eleven and up: "tlettax-il sena", thirteen
# years; "sitt snin", six years; written with and without its letters ħ and għ)
_MALTESE = ("wieħed", "wiehed", "tnejn", "tlieta", "tliet", "erbgħa", "erbgha", "erba'", "ħamsa", "hamsa", "ħames",
            "hames", "sitta", "sitt", "sebgħa", "sebgha", "seba'", "tmienja", "tmien", "disgħa", "disgha", "disa'",
            "għaxra", "ghaxra", "għaxar", "ghaxar", "ħdax", "hdax", "tnax", "tlettax", "erbatax", "ħmistax", "hmistax",
            "sittax", "sbatax", "tmintax", "dsatax", "għoxrin", "ghoxrin", "tletin", "erbgħin", "erbghin", "ħamsin",
            "hamsin", "sittin", "sebgħin", "sebghin", "tmenin", "disgħin", "disghin")
# Tamil in Latin letters ("pathinezhu vayathu", seventeen years of age; "9 vayasu"): its number words one to nineteen
_TAMIL_LATIN = ("onnu", "ondru", "rendu", "irandu", "moonu", "moondru", "naalu", "naangu", "anju", "ainthu", "aindhu",
                "aaru", "ezhu", "ettu", "onbathu", "ombathu", "ombodhu", "pathu", "padhu", "pathinonnu", "padhinonnu",
                "pannendu", "pannirendu", "panirendu", "pathimoonu", "padhimoonu", "pathinaalu", "padhinaalu",
                "pathinanju", "padhinanju", "pathinaaru", "padhinaaru", "pathinezhu", "padhinezhu", "pathinettu",
                "padhinettu", "pathonbathu", "irupathu")
_GATED_AGE_RES += (
    # Maltese "tlettax-il sena", "(sitt snin)", "12-il sena" (not "ilu 3 snin", three years ago; "għal 2 snin", for
    # two years; "wara", after)
    (re.compile(r"\bsena\b|\bsnin\b", re.I),
     re.compile(rf"(?<!\bilu\s)(?<!\bgħal\s)(?<!\bghal\s)(?<!\bwara\s)(?<!\bqabel\s)(?<!\bkull\s)"
                rf"(?<![\w'’-])(?:{_N}|{'|'.join(map(re.escape, _MALTESE))})(?:-il)?\s+(?:sena|snin)(?!\w)", re.I)),
    # Tamil in Latin letters "pathinezhu vayathu", "9 vayasu"; Sinhala "අවුරුදු 11" (years 11), "(avurudu 13)",
    # "පහළොස් හැවිරිදි" (fifteen-year-old), "වයස 9" (age 9) (not "Avurudu", the New Year, without a number)
    (re.compile(r"vaya|avuru|awuru|අවුරුදු|හැවිරිදි|වයස", re.I),
     re.compile(rf"(?<![\w-])(?:{_N}|{'|'.join(_TAMIL_LATIN)})\s+(?:vayathu|vayadhu|vayasu|vayasaagudhu|vayasaachu)(?!\w)"
                rf"|(?<![\w'’-])(?:vayathu|vayadhu|vayasu)\s+{_N}(?!\w)"
                rf"|(?:අවුරුදු|avurudu|avuruddu|awurudu)\s*{_N}(?!\w|[.,/:]\d|\s*(?:කට|ට|ක්))"
                rf"|{_N}\s*(?:අවුරුදු|avurudu|avuruddu|awurudu)(?=\s*(?:[.!?,;)]|$|හැවිරිදි|වයස|ක\b|en\s))"
                rf"|(?:[\u0D80-\u0DFF]+|{_N})\s*(?:හැවිරිදි|හැවිරිද)[\u0D80-\u0DFF]*"
                rf"|වයස\s*(?:අවුරුදු\s*)?{_N}(?!\w)", re.I)),
    # Algerian, Tunisian and Moroccan Arabic in Latin letters: its teens end in "-ch" ("sta3ch l3am", sixteen years;
    # "3andou tna3ch l3am", he is twelve), and the number after "his/her age" ("3mrha 13 sné")
    # (forty-fifth session) Egyptian and Levantine too: "3omraha tesa3 snin", "3ando tlatashar sana" (after "has" with
    # the word for years only: not "3ando talata awlad", three children)
    (re.compile(r"l3am|3mr|3omr|3and|3nd", re.I),
     re.compile(rf"(?<![\w-])[a-z0-9]*(?:3ch|3ech|3ach|tach|tash)\s+(?:l3am|l3ame|3am)(?!\w)"
                rf"|(?:{_AFTER_AGE_OF}){_ARABIZI_N}(?:\s+{_ARABIZI_YEARS})?(?!\w)"
                rf"|(?:{_AFTER_HAS_AR}){_ARABIZI_N}\s+{_ARABIZI_YEARS}(?!\w)", re.I)),
    # Chechen and Ingush "шийтта шо" (twelve years), in Latin letters "pkhiytta sho": their teens end in "-тта"
    (re.compile(r"шо\b|sho\b", re.I),
     re.compile(r"(?<!\w)[\w’ӏ]*(?:тта|итт|ytta|itta|iytta)\s+(?:шо|sho)(?!\w)", re.I)),
)
# the forty-fourth session's: Spanish and Galician "tiene 8", "ya cumplió dieciséis", "ten 12" (the verb "has" or
# "turns" and a number that closes the clause, without "años": not "tiene 2 hermanos")
_NW_ES = _alternation(("es",))
_NW_CY = _alternation(("cy",))
_NW_EU = _alternation(("eu",))
_NW_GA = _alternation(("ga",))
_NW_HT = _alternation(("ht",))
_NW_SN = "|".join(map(re.escape, _number_words(("sn",))))
_HT_FUSED = "|".join(map(re.escape, _number_words(("ht-fused",))))
_NUMBER_CLOSES = r"(?=\s*(?:[.!?,;)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:y|e|el|o|años|añitos|anos|en|hoy|ayer)\b))"
_ES_HAS = r"\b(?:tiene|tenía|tenia|cumplió|cumplio|cumple|cumplirá|cumplira|cumplieron|cumplen|ten|tiña|fixo|fai)\s"
# (forty-fifth session) a child "of N" in Spanish: "mi hijo de 7 dice", "las nenas de 5 y 8" (not months, hours,
# euros, kilos: "un bebé de 7 meses" is read elsewhere, "de 5 euros")
_ES_CHILD = r"\b(?:hij[oa]s?|nen[ea]s?|niñ[oa]s?|chic[oa]s?|beb[ée]s?|hermanit[oa]s?|gemel[oa]s?|pibe|piba|chaval|chavala)\s+de\s+"
_HT_HAS = r"\b(?:gen|genyen|fè|fe)\s"
_GATED_AGE_RES += (
    (re.compile(_ES_HAS, re.I),
     re.compile(rf"{_ES_HAS}\s*(?:ya\s+|xa\s+|solo\s+|só\s+|apenas\s+|casi\s+|recién\s+)?(?P<age>{_NW_ES}){_NUMBER_CLOSES}",
                re.I)),
    (re.compile(_ES_CHILD, re.I),
     re.compile(rf"{_ES_CHILD}(?P<age>{_NW_ES})(?![\w%:-]|[.,]\d|\s*(?:meses|mes|semanas|días|dias|horas|euros?|€|kilos?|kg|"
                rf"cm|metros|de|del|a\b))", re.I)),
    # Haitian Creole "li gen douz an", "gen sètan" (seven years, in one word), "fè 10 an" (turned 10)
    (re.compile(_HT_HAS, re.I),
     re.compile(rf"{_HT_HAS}\s*(?:deja\s+|sèlman\s+|selman\s+|jis\s+)?"
               rf"(?P<age>(?:{_NW_HT})\s*an|{_HT_FUSED})(?![\w-])(?!\s+(?:depi|pase|deja|de\s+sa))", re.I)),
    # Basque "hamabi urte", "(hamahiru urte)", "12 urteko" (not a time ago or a stay: "duela 3 urte", "3 urte daramatzagu")
    (re.compile(r"\burte", re.I),
     re.compile(rf"(?<!\bduela\s)(?<!\bdela\s)(?<!\bazken\s)(?<![\w-])(?:{_NW_EU})\s+urte(?:ko|rekin|tako)?(?![\w-])"
               r"(?!\s+(?:daramatza\w*|barru|geroago|lehenago|duela|dela|bizi\s+(?:izan|gara|naiz)|hemen|egon\w*))", re.I)),
    # Irish "deich mbliana d'aois", "dhá bhliain déag d'aois", "seacht mbliana déag" (teen years)
    (re.compile(r"bliai?n|bhliain", re.I),
     re.compile(rf"(?<![\w-])(?:{_NW_GA})\s+(?:bliana|mbliana|bhliain|bliain)(?:\s+d[ée]ag)?\s+d['’]aois(?![\w-])"
               rf"|(?<![\w-])(?:{_NW_GA})\s+(?:bliana|mbliana|bhliain|bliain)\s+d[ée]ag(?![\w-])", re.I)),
    # Welsh "yn wyth oed", "(DEUDDEG OED)", "11 mlwydd oed" ("oed" is age: a count before it is one)
    (re.compile(r"\boed\b", re.I),
     re.compile(rf"(?<![\w-])(?:{_NW_CY})\s+(?:mlwydd\s+|blwydd\s+|mlynedd\s+)?oed(?![\w-])", re.I)),
    # Shona "makore gumi nematatu" (thirteen years), Zulu and Xhosa "iminyaka eyishumi nambili" (twelve years) (not a time
    # ago: "makore maviri apfuura", "iminyaka emibili edlule")
    (re.compile(r"makore|minyaka", re.I),
     re.compile(rf"(?<![\w-])makore\s+(?:{_N}|{_NW_SN})(?:\s+ne[a-z]+)?(?![\w-])(?!\s+(?:apfuura|yapfuura|adarika|yadarika))"
               r"|(?<![\w-])(?:u?n?eminyaka|iminyaka)\s+(?:eyi|engu|ewu|e-|eli)[\w-]*(?:\s+(?:na|ne|no)[a-z]+)?(?![\w-])"
               r"(?!\s+(?:edlule|eyedlule|ezayo|eyadlula))", re.I)),
    # Burmese, Lao and Khmer: "အသက် ၁၃ နှစ်", "(ອາຍຸ ໑໔ ປີ)", "is pas ២ ឆ្នាំ" (figures read as figures): the number
    # with its years after the word for age, in brackets, or after a Dutch "is", "was", "pas", "nu" (not a stay alone:
    # "2 ปี", "3 နှစ်")
    (re.compile(r"နှစ်|ປີ|ឆ្នាំ"),
     re.compile(rf"(?:(?<=အသက်)|(?<=ອາຍຸ)|(?<=អាយុ))\s*(?P<age>{_N}\s*(?:နှစ်|ປີ|ឆ្នាំ))"
               rf"|(?:(?<=\()|(?<=\bis\s)|(?<=\bwas\s)|(?<=\bpas\s)|(?<=\bnu\s)|(?<=\bbijna\s)|(?<=\bwordt\s)|(?<=\bwerd\s)"
               rf"|(?<=\bal\s))(?P<age2>{_N}\s*(?:နှစ်|ປີ|ឆ្នាំ))"
               rf"|{_N}\s*(?:နှစ်|ປີ|ឆ្នាំ)(?=\s*(?:\)|nu\b|toen\b|oud\b))")),
)
_AGE_RES = (
    # Chinese and Japanese: "9岁", "十五岁", "11歲"
    re.compile(rf"(?:{_N}|{_CJK_N})\s*(?:周岁|周歲|岁|歲|歳)"),
    # Thai: "7 ขวบ"; "อายุ 11 ปี" (age), also with a typo of ปี ("ปึ")
    re.compile(rf"{_N}\s*ขวบ|(?<=อายุ)\s*{_N}(?:\s*(?:ปี|ปึ|ขวบ))?"),
    # Vietnamese, also without its accents and with a typo: "12 tuổi", "6 tủoi", "12 tuoi"
    re.compile(rf"{_N}\s*(?:tuổi|tuoi|tủoi|tuôi|tũoi|tuoỉ)(?!\w)", re.I),
    # Tagalog: "10 taong gulang", "labindalawang taong gulang", "15 anyos"
    re.compile(rf"(?:{_N}|[a-z]+(?:ng|\s+na))\s+(?:taong\s+gulang|taon\s+gulang)|{_N}\s+anyos(?!\w)", re.I),
    # Armenian and Georgian: "14 տարեկան" (and a typo "տարեկն"), "10 წლის", transliterated "9 tslis"
    re.compile(rf"{_N}\s*(?:տարեկան|տարեկն|տարեկանը|წლის|tslis|clis)(?!\w)", re.I),
    # Greek, also transliterated: "12 χρονών", "15 χρονόν", "δεκατεσσάρων ετών" (no: a word age is rare), "13 xronon"
    re.compile(rf"{_N}\s*(?:χρονών|χρονων|χρονον|χρονόν|χρονώ|ετών|ετων|xronon|xronwn|xronon|chronon|eton)(?!\w)", re.I),
    # ... and "είναι 19" (is 19) before no word of time or count
    re.compile(rf"(?:(?<=είναι\s)|(?<=ειναι\s)|(?<=einai\s)|(?<=ine\s)){_N}(?=\s*(?:[,.!?)]|$|και\s|kai\s|τώρα|twra|tora|"
               rf"χρον|xron|στο|sto|στην|stin|ετ))", re.I),
    # Russian and Ukrainian transliterated: "(emu 11)", "ej 15 let", "ей 13 уже", "12 let"
    re.compile(rf"(?:(?<=\bemu\s)|(?<=\bjemu\s)|(?<=\bej\s)|(?<=\bjej\s)|(?<=\bей\s)|(?<=\bему\s)|(?<=\bйому\s)|(?<=\bїй\s))"
               rf"{_N}(?:\s*(?:let|rokiv|лет|років|годиков))?(?!\s*(?:raz|minut|chas|ден|дн|раз|минут|час|недел|месяц))", re.I),
    re.compile(rf"{_N}\s*(?:let|лед|rokiv)(?=\s*(?:[,.!?)]|$|i\s|и\s|уже|uzhe|ей|ему))", re.I),
    # ... "исполнилось 12" (turned 12), "ей только 16" (she is only 16), "10 лет сегодня!" (10 today)
    re.compile(rf"(?:(?<=исполнилось\s)|(?<=исполнится\s)|(?<=виповнилося\s)|(?<=ispolnilos'\s)|(?<=ispolnilos\s)){_N}"
               rf"|(?:(?<=\bей\s)|(?<=\bему\s)|(?<=\bїй\s)|(?<=\bйому\s))(?:только|всего|уже|лише|вже)\s+(?P<n>{_N})"
               rf"(?!\s*(?:раз|минут|час|ден|дн|недел|тижн|месяц|місяц|год))"
               rf"|{_N}\s*(?:лет|годиков|годика|років)(?=\s*(?:сегодня|исполн|виповн|!))", re.I),
    # Urdu and Hindi transliterated: "10 saal ka", "13 sal ki he", "aath saal ka"; Persian: "7 salesh", "19 salame"
    re.compile(rf"(?:{_N}|ek|do|teen|char|paanch|panch|chhe|che|saat|aath|nau|das|gyarah|barah|terah|chaudah|pandrah|solah|"
               rf"satrah|atharah|unees)\s+(?:saal|sal)(?=\s+(?:ka|ki|ke)\b)|{_N}\s*(?:saal|sal)\s+(?:ka|ki|ke)(?=\s+(?:hai|he|tha|thi|ho|hain)\b)"
               # (forty-fifth session) in a Dutch sentence after "is", or in brackets: "zijn zoon is 15 saal", "(7 SAAL)"
               rf"|(?:(?<=\bis\s)|(?<=\bwordt\s)|(?<=\())(?:{_N})\s*(?:saal|sal)(?![\w-]|\s+(?:geleden|terug|lang))", re.I),
    re.compile(rf"{_N}\s*(?:salesh|saleshe|salame|saleme|salashe|salesh[ae]?)(?!\w)|{_N}\s*(?:ساله|سالشه|سالمه)", re.I),
    # ... a figure with "ka/ki hai" (Urdu: "is of N"): "ab 17 ka hai", "7 ki hai"; Pashto "years old": "اته کلنه"
    re.compile(rf"{_N}(?=\s+(?:ka|ki)\s+(?:hai|he|tha|thi|ho)\b)|(?:{_N}|[\u0600-\u06FF]+)\s*کلن(?:ه|ې|ی)?(?![\u0600-\u06FF])", re.I),
    # Afaan Oromo: "waggaa 9" (years, before the number), "umriin ishee 7" (her age)
    re.compile(rf"\b(?:waggaa|wagga|wagaa)\s+{_N}(?!\s*(?:booda|dura|oliif|keessa|darbe))"
               rf"|(?:(?<=umriin\sishee\s)|(?<=umrin\sishee\s)|(?<=umriin\sisaa\s)|(?<=umrin\sisaa\s)){_N}", re.I),
    # Cape Verdean Kriolu (forty-sixth session): "el ten 4 anu" (has 4 years), "(8 anu)", "5 anu oxi" (5 today)
    re.compile(rf"(?:(?<=\bten\s)|(?<=\btem\s)|(?<=\())(?:{_N})\s*anu(?![\w-])|{_N}\s*anu(?=\s+(?:oxi|ozi|dja)\b)", re.I),
    # Amharic and Tigrinya: "የ10 ዓመት" (of 10 years: a child's age), "(8 አመት)"
    re.compile(rf"(?<=የ){_N}\s*(?:ዓመት|አመት|ዓመቱ|ዓመቷ)|(?<=\(){_N}\s*(?:ዓመት|አመት)(?=\))|{_N}\s*(?:ዓመቱ|ዓመቷ|ዓመቱን|ዓመቷን)"),
)
_GATE_RE = re.compile(r"[^\x00-\u024F]|\d\s+k[ai]\s+h|\d\s*anu\b|saal|sal |salesh|salam|salem|tslis|xron|chron|taong|anyos|tuoi|let\b|emu |ej |waggaa|"
                      r"wagga|wagaa|umri|einai|ine ", re.I)


# the word for "years" of every language CLDR knows, after the count or before it ("Marco 12 anni", "Ana (9 anos)",
# "Kavin (12 ஆண்டுகள்)", "Nimal වසර 8"; data/world_year_words.txt): an age when a first name stands right before it
# (in brackets or not), not a duration ("dopo 3 anni", "Depois de 2 anos")
def _year_words(side: str) -> list[str]:
    rows = (line.split("\t") for line in entries("world_year_words"))
    return sorted((w for s, w in rows if s == side), key=len, reverse=True)


_YEARS_WORD_RE = re.compile(
    rf"(?<![\w.,/:])(?:{_N}\s*(?:{'|'.join(map(re.escape, _year_words('after')))})"
    rf"|(?:{'|'.join(map(re.escape, _year_words('before')))})\s*{_N})(?![\w])", re.I)
_WHO_BEFORE_RE = re.compile(r"(?P<who>[^\W\d_][\w'’-]+)\s*(?P<open>\(\s*)?\Z")


def _named_years(norm: str) -> Iterator[Span]:
    from stemsync.deidentify.lists import _name_lists  # noqa: PLC0415 (lists load late)

    for m in _YEARS_WORD_RE.finditer(norm):
        before = _WHO_BEFORE_RE.search(norm, max(0, m.start() - 40), m.start())
        if before is None or before.group("open") and not norm[m.end():m.end() + 3].lstrip().startswith(")"):
            continue
        who = before.group("who")
        if who[0].isupper() and who.lower() in _name_lists().first_any:
            yield m.start(), m.end(), "leeftijd", LOW


# Afrikaans (forty-fourth session): "hy is elf.", "Die kinders is sewe, tien en vyftien", "is nou 13 en ...", "toe hy
# veertien was", "sanele is vyftien jaar": a number that closes the clause after "is" with its subject (a pronoun, a
# child or a capitalised name), and the numbers listed after it; a figure only with "nou", "al", "pas" between
_AF_GATE_RE = re.compile(r"\b(?:hy|sy|hulle|kinders|seun|dogter|kleinseun|kleindogter|nou|toe|toen)\b", re.I)
_NW_AF = "|".join(map(re.escape, _number_words(("af",))))
_AF_N = rf"(?:{_NW_AF})(?:\s+jaar(?:\s+oud)?)?"
_AF_AGE_RE = re.compile(
    rf"(?P<who>\b(?:hy|sy|hulle|kinders|seun|dogter|kleinseun|kleindogter|baba|dochter|zoon|kind)|(?-i:\b[A-Z][a-z]+)|\[naam\])"
    rf"\s+(?:is|word|was)\s+"
    rf"(?:(?P<now>nou|al|pas|net|amper|byna|eers)\s+)?(?P<age>{_AF_N}|\d{{1,2}})"
    rf"(?P<list>(?:\s*,\s*(?:{_NW_AF}))*\s+en\s+(?:{_NW_AF}))?(?=\s*(?:[.!?,;)]|$|en\b|\s+en\b))"
    rf"|\b(?:toe|toen)\s+(?:hy|sy|(?:my|mijn)\s+(?:seun|dogter|dochter|zoon|kind))\s+(?P<age2>{_AF_N}|\d{{1,2}})\s+was\b",
    re.I)


def _afrikaans_ages(norm: str) -> Iterator[Span]:
    for m in _AF_AGE_RE.finditer(norm):
        if m.group("age2"):
            yield m.start("age2"), m.end("age2"), "leeftijd", LOW
            continue
        if m.group("age").isdigit() and not m.group("now"):
            continue  # ("Hy is 3 keer ..." does not close; a bare figure after "is" needs "nou", "al", "pas")
        if m.group("who").lower() in _FUNCTION_WORDS or m.group("who").lower() in {"dit", "dat", "wat", "alles", "niks"}:
            continue  # (a count or a time: "Het is tien.", "Dat is twee.")
        yield m.start("age"), m.end("age"), "leeftijd", LOW
        if m.group("list"):
            for w in re.finditer(rf"(?<![\w-])(?:{_NW_AF})(?![\w-])", m.group("list"), re.I):
                yield m.start("list") + w.start(), m.start("list") + w.end(), "leeftijd", LOW


def find_world_ages(ctx: _Ctx) -> Iterator[Span]:
    norm = ascii_figures(ctx.text)
    if ctx.n_digits:
        yield from _named_years(norm)
    if _AF_GATE_RE.search(norm):
        yield from _afrikaans_ages(norm)
    regexes = [regex for gate, regex in _GATED_AGE_RES if gate.search(norm)]  # (also ages in words: "ma osem rokov")
    if (ctx.n_digits or not ctx.text.isascii()) and _GATE_RE.search(norm):
        regexes[:0] = _AGE_RES
    for regex in regexes:
        for m in regex.finditer(norm):
            inner = next((g for g in ("n", "age", "age2", "age3", "age4", "age5") if g in regex.groupindex and m.group(g)), None)
            if inner:
                yield m.start(inner), m.end(inner), "leeftijd", LOW  # (the age only: "ей только 16", "on yhdeksän vuotta")
                continue
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            yield start, m.end(), "leeftijd", LOW


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
