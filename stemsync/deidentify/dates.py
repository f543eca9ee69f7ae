"""Dates: with a year ("5 mei 2023", "12-03-2024"), without ("5 mei"), month and year."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stemsync.deidentify.common import DUTCH_ORDINALS, HIGH, LOW, Span, _Ctx, _I, swapped
from stemsync.deidentify.english import is_english
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import _FUNCTION_WORDS, _name_lists, alternation, dictionary, words
from stemsync.deidentify.numbers import YEAR_IN_WORDS

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    "december"
    # the Frisian names that differ ("trije novimber", "28 FEBREWARIS"; maart, april, augustus, oktober are the same)
    "|jannewaris|febrewaris|maaie|juny|july|septimber|novimber|desimber"
)
_MONTH_ABBR = r"(?:jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# a weekday's name, written out ("op vrijdag", "kan donderdag 16e niet")
_WEEKDAY_NAME = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
# ... and shortened ("di 4-2", "woe 26/2"; a shorter one before a longer one that starts with it, as the pattern tries them)
WEEKDAY_ABBREVIATIONS = ("ma", "di", "wo", "woe", "do", "don", "vr", "vrij", "za", "zat", "zo", "zon")
_WEEKDAY = (
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    # (also without the a of "dag" or with a letter left out: "donderdg", "woensdg", "dondedag")
    r"|(?:maan|dins|woens|donder|vrij|zater|zon)dg|dondedag|wonsdag|zatedag"
    rf"|{'|'.join(WEEKDAY_ABBREVIATIONS)})\.?\s+)"
)
_YEAR = r"(?:(?:19|20)\d{2}|'\d{2})"
_DAY_WORDS = (
    r"(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|"  # "de eerste april"
    r"een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"vijftien|zestien|zeventien|achttien|negentien|twintig|(?:een|één|twee|drie|vier|vijf|zes|"
    r"zeven|acht|negen)(?:en|ën)(?:twintig|dertig)|dertig)(?:de|ste)?"
    # in Frisian: "trije novimber", "fyftjin maaie"
    r"|(?:ien|twa|trije|fjouwer|fiif|seis|sân|san|njoggen|tsien|alve|tolve|trettjin|fjirtjin|fyftjin|sechstjin|santjin|"
    r"achttjin|njoggentjin|tweintich|(?:ien|twa|trije|fjouwer|fiif|seis|sân|acht|njoggen)en(?:tweintich|tritich)|tritich))"
)
_YEAR_WORDS = (r"(?:tweeduizend(?:\s*[a-zë]+)?|negentienhonderd(?:\s*[a-zë]+)?|negentien\s?(?:[a-zë]*en)?"
               r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))")  # "negentien negenentachtig"
_DATE_RES = (
    # 5 mei, 5e mei, maandag 5 mei, 5 mei 2023, 5 jan., 12 en 14 maart, 12 t/m 14 maart
    re.compile(
        rf"(?<![\w-]){_WEEKDAY}?(?:{_DAY}(?:e|ste|de)?\s*(?:en|tot|t/m|op|-|–)\s*)?{_DAY}(?:e|ste|de)?(?:\s*|-)"
        rf"(?:{_MONTHS}|{_MONTH_ABBR})(?![\w])"
        rf"(?:,?\s+{_YEAR}(?!\d))?",
        _I,
    ),
    # vijf november, twaalf maart tweeduizend drieëntwintig, vijfentwintig feb
    re.compile(
        rf"(?<![\w-]){_WEEKDAY}?{_DAY_WORDS}\s+(?:{_MONTHS}|(?:feb|febr|mrt|apr|aug|sept?|okt|nov|dec)\.?)(?![\w])"
        rf"(?:\s+{_YEAR_WORDS}|,?\s+{_YEAR}(?!\d))?",
        _I,
    ),
    # de tweede van november, de 9e van maart, de eerste van mei 2024
    re.compile(
        rf"(?<![\w-])(?:de\s+)?(?:eerste|derde|{_DAY_WORDS}|{_DAY}(?:e|ste|de))\s+van\s+(?:{_MONTHS})(?![\w])"
        rf"(?:,?\s+{_YEAR}(?!\d))?",
        _I,
    ),
    # maart 2023, mrt '23, maart tweeduizend tweeëntwintig
    re.compile(rf"(?<![\w-])(?:{_MONTHS}|{_MONTH_ABBR})\s+(?:{_YEAR}(?!\d)|{_YEAR_WORDS}(?![\w-]))", _I),
    # 12-03-2024, 12/3/24, 12.03.2024, 2-2-'23
    re.compile(
        r"(?<![\d\w])(?:0?[1-9]|[12]\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:(?:19|20)?\d{2}|['’]\d{2})(?!\d)"
    ),
    # 2024-03-12
    re.compile(r"(?<![\d\w])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"),
    # the American way, the month first, where the day shows it (over 12) and a four-figure year: "03-14-2012", "12/31/2011"
    re.compile(r"(?<![\d\w])(?:0?[1-9]|1[0-2])([-/])(?:1[3-9]|2\d|3[01])\1(?:19|20)\d{2}(?!\d)"),
    # spaced, also with dashes of any length, and a four-figure or apostrophe year: "11 – 11 – ’88", "3 / 4 / 2012"
    re.compile(r"(?<![\d\w])(?:0?[1-9]|[12]\d|3[01])\s*([-/.–—])\s*(?:0?[1-9]|1[0-2])\s*\1\s*(?:(?:19|20)\d{2}|['’]\d{2})(?!\d)"),
)

# a day in the Persian, Ethiopian/Eritrean or Islamic calendar, as refugees write their birthdays:
# "1 mehr 1387", "12 tahsas 2000", "5 rajab 1428", "7 hamle"
_FOREIGN_MONTHS = (r"(?:farvardin|ordibehesht|khordad|mordad|shahrivar|mehr|aban|azar|bahman|esfand|meskerem|tikimt|"
                   r"tekemt|hidar|hedar|tahsas|tahesas|yakatit|yekatit|megabit|miyazya|ginbot|genbot|sene|hamle|nehase|"
                   r"pagume|muharram|safar|rabi(?:\s+al[- ](?:awwal|thani|akhir))?|jumada(?:\s+al[- ](?:ula|akhira|thani))?|"
                   r"rajab|shaban|sha'ban|shawwal|shawal|shawaal|dhul[- ]qa'?dah|dhul[- ]hijjah)")
_FOREIGN_DATE_RE = re.compile(rf"(?<![\w-]){_DAY}\s+{_FOREIGN_MONTHS}(?![\w-])(?:\s+(?:1[34]\d{{2}}|(?:19|20)\d{{2}}))?", _I)
# ... the Jewish calendar ("15 sjevat", "3 tisjri 5784"), and the months whose names are also words or feasts, only
# with a year: "14 Tir 2012", "3 Ramadan 1445", "2 Av 5783" (not "de 3 ramadan-weken")
_JEWISH_MONTHS = r"(?:tisjri|tishri|tishrei|chesjwan|cheshvan|heshvan|kislev|tevet|tewet|sjevat|shevat|shvat|nisan|nissan|ijar|iyar|siwan|sivan|tammuz|tamoez|elul)"
_JEWISH_DATE_RE = re.compile(rf"(?<![\w-]){_DAY}\s+{_JEWISH_MONTHS}(?![\w-])(?:\s+5[78]\d\d(?!\d))?", _I)
_YEARED_FOREIGN_DATE_RE = re.compile(rf"(?<![\w-]){_DAY}\s+(?:tir|ter|ramadan|ramadhan|ramazan|av|adar(?:\s+(?:I|II|bet|alef))?)"
                                     r"\s+(?:1[34]\d\d|(?:19|20)\d\d|5[78]\d\d)(?![\w-])", _I)
# a date written the Spanish, Portuguese or French way between Dutch words: "12 de marzo", "3 de maio de 2016",
# "le 12 mars", "1er avril 2019" (a day's number right before the month: "mars" and "mai" only so)
_ROMANCE_MONTHS = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
                   r"janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|"
                   r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)")
# ... or the way of the labour-migrant and Turkish and Kurdish families (Polish, Romanian, Bulgarian written in Latin
# letters, Turkish with its case ending after an apostrophe, Kurmanji, Papiamentu): "12 grudnia", "pe 4 martie 2023",
# "na 3 mart", "17 Ekim", "10 Haziran'a", "15ê adarê", "3 yanüari" (a day's number always before the month)
_MIGRANT_MONTHS = (r"(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika|listopada|"
                   r"grudnia|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
                   r"yanuari|fevruari|yuni|yuli|avgust|septemvri|oktomvri|noemvri|dekemvri|"
                   r"ocak|[sş]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[gğ]ustos|eyl[uü]l|ekim|kas[ıi]m|aral[ıi]k|"
                   r"kan[uû]na\s+(?:pa[sş][iî]n|p[eê][sş][iî]n)|sibat|adar|n[iî]san|gulan|hez[iî]ran|t[iî]rmeh|tebax|"
                   r"[iî]lon|cotmeh|mijdar|yan[uü]ari|febr[uü]ari|aprel|y[uü]ni|y[uü]li|oug[uù]st[uù]s|s[eè]pt[eè]mber|"
                   r"[oò]ktober|nov[eè]mber|des[eè]mber)")
_MIGRANT_DATE_RE = re.compile(rf"(?<![\w-]){_DAY}(?:\.|ê|yê|-?(?:го|ти))?\s+(?:di\s+)?(?:{_MIGRANT_MONTHS}|(?<=di\s){_MONTHS})(?:[êaî](?![\w]))?(?![\w-])"
                              r"(?:['’][^\W\d_]{1,4}(?![\w'’]))?(?:\s+(?:19|20)\d\d(?!\d)(?:\s*r\.)?)?", _I)
# ... in Cyrillic (Russian, Ukrainian, Bulgarian), Greek and Persian/Arabic letters: "5 июня", "24 березня 2022 року",
# "12 Μαρτίου 2023", "۱۵ خرداد" (a day's number always before the month; Eastern Arabic and Persian digits too)
_SCRIPT_DAY = r"(?:[0-3]?[0-9]|[۰-۳]?[۰-۹]|[٠-٣]?[٠-٩])"
_SCRIPT_MONTHS = (r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
                  r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
                  r"януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|"
                  r"Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|"
                  r"Νοεμβρίου|Δεκεμβρίου|"
                  r"فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|"
                  r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
                  r"كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول)")
_SCRIPT_DATE_RE = re.compile(rf"(?<![\w-]){_SCRIPT_DAY}\s+{_SCRIPT_MONTHS}(?![\w-])"
                             r"(?:\s+(?:(?:19|20)\d\d|1[34]\d\d|[۱١][۳٣۴٤][۰-۹٠-٩]{2})(?!\d)(?:\s*(?:г\.|года|року|р\.|г\b))?)?", _I)
# ... the Solar Hijri calendar in figures ("۱۴۰۲/۰۳/۱۵", "1402/03/15") and a year after "born" ("متولد ۱۳۸۹"); the
# Ethiopian calendar ("ጥቅምት 12, 2015 E.C.", "ግንቦት 5 1998 ዓ.ም."); Somali months by their number ("15ka Bisha
# Saddexaad"); Sorani Kurdish ("١٥ی ئازاری ٢٠٢٣")
_HIJRI_FIGURES_RE = re.compile(r"(?<![\d/])(?:[۱١1][۳۴٣٤34][۰-۹٠-٩0-9]{2})([/-])[۰-۹٠-٩0-9]{1,2}\1[۰-۹٠-٩0-9]{1,2}(?![\d/])"
                               r"|(?<=متولد\s)[۱١1][۳۴٣٤34][۰-۹٠-٩0-9]{2}(?![\d])")
_ETHIOPIAN_DATE_RE = re.compile(r"(?:መስከረም|ጥቅምቲ|ጥቅምት|ኅዳር|ህዳር|ሕዳር|ታኅሣሥ|ታህሳስ|ታሕሳስ|ጥር|ጥሪ|የካቲት|ለካቲት|መጋቢት|ሚያዝያ|"
                                r"ግንቦት|ሰኔ|ሰነ|ሐምሌ|ሓምለ|ነሐሴ|ነሓሰ|ጳጉሜ)\s*\d{1,2}(?:\s*,?\s*\d{4})?"
                                r"(?:\s*(?:ዓ\.ም\.?|E\.C\.?))?")
_SOMALI_DATE_RE = re.compile(r"(?<![\w-])\d{1,2}(?:ka|da|ta)?\s+Bisha\s+[A-Za-z]+aad(?:\s+(?:19|20)\d\d)?(?![\w-])", _I)
_SORANI_DATE_RE = re.compile(r"(?<![\w])[0-9٠-٩۰-۹]{1,2}ی?\s+(?:کانوونی\s+دووەم|شوبات|ئازار|نیسان|ئایار|حوزەیران|تەممووز|"
                             r"ئاب|ئەیلوول|تشرینی\s+یەکەم|تشرینی\s+دووەم|کانوونی\s+یەکەم)ی?(?:\s+[0-9٠-٩۰-۹]{4})?")
# ... a birth year: "роден през 2016", "родился в 2016", "народився у 2016", "2016 г.р.", "2016 р.н."
_SCRIPT_BIRTH_YEAR_RE = re.compile(r"(?:(?<=роден\sпрез\s)|(?<=родена\sпрез\s)|(?<=родился\sв\s)|(?<=родилась\sв\s)"
                                   r"|(?<=народився\sу\s)|(?<=народилася\sу\s)|(?<=народився\sв\s)|(?<=народилася\sв\s))"
                                   r"(?:19|20)\d\d(?!\d)|(?<![\w-])(?:19|20)\d\d(?=\s*(?:г\.\s*р\.|р\.\s*н\.))", _I)
# ... Hungarian, month before day: "március 12-én", "2023. január 5."
_HUNGARIAN_DATE_RE = re.compile(r"(?<![\w-])(?:(?:19|20)\d\d\.?\s+)?(?:január|február|március|április|május|június|július|"
                                rf"augusztus|szeptember|október|november|december)\s+{_DAY}(?:\.|-(?:[eéaá]n|j[eéaá]n|ig|t[oó]l|t[őö]l))?"
                                r"(?![\w-])", _I)
# ... a birth year in Polish, Romanian, Turkish or Hungarian: "urodziła się w 2010", "născut în 2012", "2010 doğumlu",
# "2011'de doğdu", "2010-ben született"
_MIGRANT_BIRTH_YEAR_RE = re.compile(
    r"(?:(?<=urodzi[lł]\s(?:si[eę]|sie)\s)w\s+(?:roku\s+)?|(?<=urodzi[lł]a\s(?:si[eę]|sie)\s)w\s+(?:roku\s+)?"
    r"|(?<=n[aă]scut\s)(?:[iî]n\s+)?(?:anul\s+)?|(?<=n[aă]scut[aă]\s)(?:[iî]n\s+)?(?:anul\s+)?)(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|(?<![\w-])(?P<y2>(?:19|20)\d\d)(?:['’](?:de|da|te|ta))?(?=\s+(?:do[gğ]umlu|do[gğ]du|do[gğ]mu[sş])\b)"
    r"|(?<![\w-])(?P<y3>(?:19|20)\d\d)(?=-?(?:ben|ban)\s+sz[uü]letett)"
    r"|(?<=\bnase\s)(?:na\s+|den\s+)?(?P<y4>(?:19|20)\d\d)(?!\d)"  # (Papiamentu: "a nase na 2010")
    r"|(?<=\bna\s)(?P<y5>(?:19|20)\d\d)(?!\d)(?=[^.!?\n]*\b(?:nase|naci)\b)"
    r"|(?<=\bnase\b)[^.!?\n\d]{1,40}\bna\s+(?P<y6>(?:19|20)\d\d)(?!\d)", _I)
# ... in Czech, Slovak, Lithuanian, Latvian, Estonian, Serbo-Croatian, Macedonian and Albanian: "narodil se v roce 2012",
# "gimė 2013 m.", "dzimis 2011. gadā", "sündis 2014", "rođen 2010. godine", "рођена 2012", "ka lindur në vitin 2011"
_BORN_ELSEWHERE = ("narozen", "narozena", "narozený", "narozená", "narodil se", "narodila se", "narodil sa",
                   "narodila sa", "nar.", "gimė", "gimęs", "gimusi", "gimiau", "dzimis", "dzimusi", "dzimu", "sündis",
                   "sündinud", "sündisin", "rođen", "rođena", "rodjen", "rodjena", "rodio se", "rodila se", "рођен",
                   "рођена", "роден", "родена", "lindur", "lindi", "u lind",
                   # Swedish, Danish, Norwegian, Icelandic, Finnish, Indonesian and Malay, Swahili: "född 2013", "født i
                   # 2012", "syntyi vuonna 2011", "lahir tahun 2012", "alizaliwa mwaka 2011"
                   "född", "född i", "født", "født i", "fødd", "fødd i", "fæddur", "fædd", "fæddist", "syntyi",
                   "syntynyt", "lahir", "lahir pada", "lahir thn", "dilahirkan", "alizaliwa", "amezaliwa",
                   "nilizaliwa", "alizaliwa mwaka", "amezaliwa mwaka",
                   # French, Spanish, Portuguese, Polish, Romanian: "née en 2008", "nació en 2012", "nasceu em 2011",
                   # "urodził się w 2013", "născut în 2010"
                   "né", "née", "nés", "nées", "nació", "nacido", "nacida", "nasceu", "nascido", "nascida",
                   "urodził się", "urodziła się", "urodzony", "urodzona", "născut", "născută",
                   # (forty-third session) Italian and Maltese: "nato nel 2009", "è nata nel 2011", "twieled fl-2012"
                   "nato", "nata", "nati", "twieled", "twieldet")
_ELSEWHERE_BIRTH_YEAR_RE = re.compile(
    r"(?:" + "|".join(rf"(?<=(?<![\w-]){re.escape(w)}\s)" for w in _BORN_ELSEWHERE) + r")"
    r"(?:(?:v\s+(?:roce|roku)|roku|u|në(?:\s+vitin)?|vitin|in|aastal|godine|године|во|vuonna|tahun|thn|pada|árið|en|em|el\s+año|no\s+ano\s+de|w\s+roku|w|în|nel|nell['’]anno|\d{1,2}\.\s+\w+|\d{1,2}\.\d{1,2}\.)\s+|fl-|fis-sena\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?!\d)(?:\.?\s*(?:m\.|g\.|gadā|aastal|godine|године|г\.|god\.)(?![\w]))?", _I)
# ... or the German way: "12. März 2015", "am 3. Mai", "1 Dezember 2019"
# ... a day of Ramadan after "op", "tot", "sinds", "vanaf" or "rond": "kwam op 27 ramadan mee eten" (not "al 3 ramadan")
_RAMADAN_DAY_RE = re.compile(r"(?:" + "|".join(rf"(?<=\b{w} )" for w in ("op", "tot", "sinds", "vanaf", "rond", "on"))
                             + rf"){_DAY}\s+(?:ramadan|ramadhan|ramazan)(?![\w-])", _I)
# ... German with the day's dot before any month ("am 17. Juni", "ab dem 1. August"), or day and month with their dots
# ("we zijn 24.12. bij opa", "op 3.4."): a day over 12 or a word of time before (not a mark: "een 6.5.")
_GERMAN_DOT_DATE_RE = re.compile(rf"(?<![\w.-]){_DAY}\.\s+(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|"
                                 r"September|Oktober|November|Dezember)(?![\w-])(?:\s+(?:19|20)\d\d(?!\d))?")
_GERMAN_SHORT_DATE_RE = re.compile(rf"(?<![\w.,-])(?:(?P<big>1[3-9]|2\d|3[01])|(?:"
                                   + "|".join(rf"(?<=\b{w} )" for w in ("op", "am", "vom", "bis", "tot", "vanaf", "sinds", "per"))
                                   + rf"){_DAY})\.(?:0?[1-9]|1[0-2])\.(?![\w.,-]|\s*\d)", _I)
_GERMAN_DATE_RE = re.compile(rf"(?<![\w.-]){_DAY}\.?\s+(?:Januar|Jänner|Februar|März|Maerz|Mai|Oktober|Dezember)(?![\w-])"
                             r"(?:\s+(?:19|20)\d\d(?!\d))?", _I)
_ROMANCE_DATE_RE = re.compile(rf"(?<![\w-])(?:{_DAY}|1er|1º|1°)(?:\s+de|\s+d')?\s+{_ROMANCE_MONTHS}(?![\w-])"
                              r"(?:\s+(?:de\s+|del\s+)?(?:19|20)\d\d(?!\d))?", _I)
# (forty-fifth session) the day in words, the Spanish and Portuguese way: "quince de agosto de 2013", "el primero de
# mayo", "vinte e dois de março" ("de" between day and month: a word alone before a month is no day)
_ROMANCE_DAY_WORDS = (r"(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
                      r"dieci(?:séis|seis|siete|ocho|nueve)|veinte|veinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|"
                      r"siete|ocho|nueve)|treinta(?:\s+y\s+uno)?|primeiro|um|dois|três|quatro|cinco|sete|oito|nove|dez|"
                      r"onze|doze|treze|catorze|quatorze|quinze|dezesseis|dezassete|dezessete|dezoito|dezenove|dezanove|"
                      r"vinte(?:\s+e\s+(?:um|dois|três|quatro|cinco|seis|sete|oito|nove))?|trinta(?:\s+e\s+um)?)")
_ROMANCE_WORD_DATE_RE = re.compile(rf"(?<![\w-]){_ROMANCE_DAY_WORDS}\s+de\s+{_ROMANCE_MONTHS}(?![\w-])"
                                   r"(?:\s+(?:de\s+|del\s+)?(?:19|20)\d\d(?!\d))?", _I)
_ROMANCE_MONTH_WORDS = frozenset(_ROMANCE_MONTHS[3:-1].split("|"))
# one particular day by its feast and year: "op tweede paasdag 2022", "Koningsdag 2023"
# (New Year's Eve and Day, the same date every year: in both lists below)
_NEW_YEAR = r"oudjaarsdag|oudejaarsdag|oudejaarsavond|oudjaarsavond|nieuwjaarsdag"
_FEASTS = (rf"(?:(?:eerste|tweede|1e|2e)\s+(?:kerstdag|paasdag|pinksterdag)|koningsdag|kerstavond|{_NEW_YEAR}|"
           r"moederdag|vaderdag|sinterklaasavond|pakjesavond|bevrijdingsdag|"
           r"hemelvaartsdag|goede\s+vrijdag|suikerfeest|offerfeest|keti\s+koti|"
           # (forty-fifth session) the feasts of the Hindu calendar, on another day every year: "op Diwali 2015"
           r"diwali|divali|deepavali|dewali|holi|phagwa)")
FEAST_YEAR_RE = re.compile(rf"\b{_FEASTS}\s+(?:19|20)\d\d\b", re.I)
# a feast day as the day something happened: "op tweede kerstdag", "op Koningsdag" (for the review: one day of
# the year, though writers leave it as often as not; not "voor moederdag", an occasion)
FEAST_DAY_RE = re.compile(rf"\b(?:op|on)\s+(?:de\s+)?(?:(?:eerste|tweede|1e|2e)\s+(?:kerstdag|paa?sdag|pinkste?rdag)|"  # ("pasdag")
                          rf"koningsdag|hemelvaartsdag|{_NEW_YEAR}|kerstavond|pakjesavond|sinterklaasavond|goede\s+vrijdag|"
                          r"bevrijdingsdag)\b", re.I)
# a fixed feast as someone's birthday: "ze is jarig op eerste kerstdag", "geboren op oudjaarsdag" (the day and month)
_FIXED_FEASTS = (rf"(?:(?:eerste|tweede|1e|2e)\s+kerstdag|kerst(?:avond|mis)?|koningsdag|{_NEW_YEAR}|"
                 r"sinterklaas(?:avond|dag)?|pakjesavond|bevrijdingsdag|"
                 r"valentijnsdag|christmas(?:\s+(?:day|eve))?|new\s+year'?s\s+(?:day|eve)|valentine'?s\s+day|halloween)")
_BIRTHDAY_FEAST_RE = re.compile(
    rf"(?<![\w-])(?:jarig|verjaardag|verjaart|geboren|birthday|born)(?![\w-])(?:\s+\w+){{0,3}}?\s+(?:op|on)\s+"
    rf"(?:de\s+|the\s+)?(?P<f>{_FIXED_FEASTS})(?![\w-])", re.I)
_BIRTHDAY_WORDS = frozenset({"jarig", "verjaardag", "verjaart", "geboren", "birthday", "born"})
_FEAST_GATE = ("dag", "avond", "feest", "koti", "vrijdag", "wali", "holi", "phagwa")

_MONTH_WORDS = frozenset(_MONTHS.split("|")) | frozenset(
    "jan feb febr mrt apr jun jul aug sep sept okt nov dec".split()
)

# Short day-month dates: "3/11", "7-09", "12-4". Taken after an anchor word ("op 3/11",
# "vanaf 7-09", "jarig 2-10") or when the month is written with a leading zero ("21-06");
# never before a unit ("3-4 keer"), never as part of a longer number or a score list.
_DAY_MONTH_RE = re.compile(
    r"(?<![\w/.,:-])(?P<day>0?[1-9]|[12]\d|3[01])(?P<sep>[/-])(?P<month>0?[1-9]|1[0-2])"
    r"(?![\w/-]|[.:,]\d)"
    r"(?!\s*(?:keer|uur|jaar|jaren|weken|week|dagen|dag|maanden|maand|minuten|euro|kinderen|x)\b)"
    r"(?P<voor>(?=\s*voor\b))?"
)
# a month and a day past 12 with a slash, the American order: "4/18" (read after a date's anchor only)
_MONTH_DAY_RE = re.compile(r"(?<![\w/.,:-])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?![\w/-]|[.:,]\d)"
                           r"(?!\s*(?:keer|uur|jaar|weken|dagen|maanden|euro|x|punten|points|times)\b)")
# a day and month with a space after "op", then a verb or the clause's end: "na het gesprek op 5 11 mocht het"
_SPACED_DAY_MONTH_RE = re.compile(
    # (also with a spaced dash or slash: "EN OP 20 - 12 ZATEN WE AL AAN TAFEL")
    r"(?<![\w-])op\s+(?P<d>(?:0?[1-9]|[12]\d|3[01])(?:\s|\s[-/]\s)(?:0?[1-9]|1[0-2]))(?=\s*(?:[.,!?;]|$)|\s+(?:mocht|mag|was|is|kwam|komt|"
    r"werd|heb|had|hebben|hadden|ging|gaat|moest|moet|kon|kan|zei|belde|om|zat|zaten|waren|begon|kreeg|kregen|stond|"
    r"stonden|gingen|kwamen|\d{1,2}[:.u]\d{2})\b)", re.I)
# a full date with spaces around its dashes, slashes or dots: "07 - 03 - 2009", "22 / 09 / 2010"
_SPACED_FULL_DATE_RE = re.compile(
    r"(?<![\w/.,:-])(?:0?[1-9]|[12]\d|3[01])\s*(?P<sep>[-/.])\s*(?:0?[1-9]|1[0-2])\s*(?P=sep)\s*(?:19|20)\d{2}(?![\w/-]|[.,]\d)")
_DATE_ANCHORS = words("date_anchor_words")
# a day-month right after another one: "op 3-2 of 4-2", "12/3 en 19/3"
_DATE_BEFORE_RE = re.compile(r"(?<![\w/.,:-])(?:0?[1-9]|[12]\d|3[01])[/-](?:0?[1-9]|1[0-2])\s*(?:of|en|tot|t/m|,)\s*\Z")
_JARIG_RE = re.compile(r"\s+jarig", _I)
# a day-month with its time after it: "Afspr. staat: 04-11 om 9:30", "12/3 om 10 uur"
_AT_TIME_RE = re.compile(r"\s+om\s+(?:[01]?\d|2[0-3])(?:[:.u][0-5]\d\b|\s*uur\b)", _I)
_DOT_DAY_MONTH_JARIG_RE = re.compile(r"(?<![\w/.,:-])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?=\s+jarig\b)", _I)
# words after which a day-month is a date only when the clause ends or goes on without a noun: "de laatste 3-7,
# daarna", "volgende keer 2-12 wel", "zat. 8-9" (not "de eerste 2-3 gesprekken")
_WEAK_DATE_ANCHORS = frozenset({"laatste", "eerste", "volgende", "vorige", "keer", "kennismaking", "evaluatie",
                                "overleg", "bezoek", "huisbezoek"})
_WEAK_ANCHOR_END_RE = re.compile(r"\s*(?:[.,;:!?)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?:wel|weer|niet|om|ok|oke|oké|"
                                 r"graag|prima|kan|kon|is|was|lukt|werd|gaat|ging|en|maar)\b)", _I)
_MARKED_THINGS = frozenset({"gesprek", "was", "is", "vandaag"})  # "top gesprek 10/10", "het was 8/10", "mood vandaag: 7/10"
# nothing but signs until the sentence ends, or an emoji: "10/10!", "7/10 👍 vorige keer ..."
_MARK_END_RE = re.compile(r"[^\w\n]*(?:[.!?\n]|\Z)|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_PREV_RE = re.compile(r"([\w/.']+)\W*$")
# A bare year after "geboren" ("geboren in 2009", "(geboren 2011)", "geb. 2010") or after
# a person word and "van" / "uit" ("mijn zoon van 2012").
# "geboren" and its misspellings ("gebore", "geborn", "gebooren", "geborren", "geborne", "geboore")
_BORN = r"(?:geb(?:oo?r(?:en|e|ne|n)|orren)|geb\.)"
_BORN_WORDS = frozenset("geboren gebore geborn gebooren geborren geborne geboore geb born".split())  # (_BORN's words)
_BIRTH_YEAR_RE = re.compile(
    # also misspelt ("gebore in 2009") and "het geboortejaar van mijn zoon is 2013", "Geboorte jaar kind: 2010"
    r"(?<![\w-])(?:" + _BORN + r"|geboortejaar|geboorte\s*jaar(?:\s+(?:kind|zoon|dochter))?|bouwjaar|born|"
    r"birth\s*year|year\s+of\s+birth|yob)(?:\s+(?:ben|is|was|zijn))?"
    r"(?:\s+van\s+(?:mijn|m'n|mn|onze|ons|zijn|z'n|haar|de|het)\s+[^\W\d_]+)?"
    # (13xx, 14xx: the Persian and Islamic years; "geboren (2009)")
    r"\s*(?:in|op|:|is|was)?\s*\(?(?P<y>(?:19|20|13|14)\d{2})(?![\w-])"
    # "mijn zoon aziz (2011)": a person word, a name and the year in brackets
    r"|(?<![\w-])(?:" + alternation("person_words") + r")\s+[^\W\d_][\w'’-]*\s*\((?P<y8>(?:19|20)\d{2})\)"
    # "(°2013)", "in 2012 geboren", "is van 2009", "(2011)" after a name or a person word
    r"|°\s*(?P<y4>(?:19|20)\d{2})(?!\d)"

    r"|(?<![\w-])(?:in\s+|(?:ben|is|was|werd|zijn)\s+)(?P<y5>(?:19|20)\d{2})\s+(?:(?:is|was|werd|ben|zijn|bent)\s+)?" + _BORN +
    # "geboren in Kabul in 1986", "born in Lviv in 2012" (fiftieth session: "born on 3 May in 2011")
    r"|(?<![\w-])(?:geboren|born)\s+(?:in\s+[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?|(?:on|op)\s+(?:[\w'’-]+\s+){1,2}?)"
    r"\s*in\s+(?P<y9>(?:19|20)\d{2})(?![\w-])"
    r"|(?<![\w-])(?:is|ben|zijn)(?:\s+(?:zelf|ook|zelf\s+ook))?\s+van\s+(?P<y6>(?:19|20)\d{2})(?![\w-])"
    r"|(?:\]|(?-i:[A-ZÀ-Þ])[\w'’-]+)\s*\((?P<y7>(?:19|20)\d{2})(?=\)|(?:\s*(?:,|en|&)\s*(?:19|20)\d{2})+\))"
    r"|(?<![\w-])(?:" + alternation("person_words") + r")\s+(?:van|uit)\s+(?P<y2>(?:19|20)\d{2})(?![\w-])"
    # "de grote van 2011", "onze kleinste is van 2019": a child named by its size
    r"|(?<![\w-])(?:de|mijn|m'n|mn|onze)\s+(?:grote|kleine|grootste|kleinste|middelste)\s+(?:is\s+)?(?:van|uit)\s+"
    r"(?P<y10>(?:19|20)\d{2})(?![\w-])"
    # "mijn kinderen (2012 en 2015)"
    r"|(?<![\w-])(?:" + alternation("person_words") + r")\s*\((?P<y3>(?:19|20)\d{2})(?=\)|(?:\s*(?:,|en|&)\s*(?:19|20)\d{2})+\))",
    _I,
)
_YEARISH_RE = re.compile(r"(?<!\d)(?:19|20|13|14)\d{2}(?!\d)")
# "op de 3e van deze maand", "de 14de van vorige maand": a day of a month named by its neighbour
_DAY_ORDINALS = frozenset(DUTCH_ORDINALS)
_DAY_OF_THIS_MONTH_RE = re.compile(
    r"(?<![\w-])de\s+(?P<d>(?:[1-9]|[12]\d|3[01])(?:e|ste|de)|[a-z]+(?:de|ste))\s+van\s+(?:deze|vorige|volgende|de\s+vorige|"
    r"de\s+volgende)\s+maand\b", re.I)
# the year of a child's diagnosis or illness, which with the diagnosis points at the child: "heeft in 2018 de
# diagnose autisme gekregen", "sinds 2020 de diagnose", "IN 2023 EEN HERSENTUMOR GEHAD" (not "de wachtlijst in 2023")
_DIAGNOSIS_WORD_RE = re.compile(r"diagnos|diangos|gediagnosti|hersentumor|tumor|kanker|leukemie|epilepsie|hersenbloeding|"
                                r"operatie|geopereerd|ongeluk|overleden|overleed|uithuisplaatsing|uit\s+huis\s+geplaatst|"
                                r"ondertoezichtstelling|scheiding|gescheiden|opname|opgenomen|geboorte|overlijden|"
                                r"uit\s+elkaar|gevlucht|geëmigreerd|geemigreerd|pleeg|geboren|geadopteerd|baby|kindje", re.I)
_DIAGNOSIS_YEAR_RE = re.compile(
    r"(?<![\w-])(?:in|sinds|vanaf|since)\s+(?P<y>(?:19|20)\d{2})(?![\w-])(?=(?:\s+[^\s.!?;]+){0,2}?\s+(?:de|een|the|a)?\s*"
    r"(?:diagnose|diagnoses|diangose|diagnosis|hersentumor|tumor|kanker|leukemie|epilepsie|hersenbloeding|operatie|ongeluk|"
    # a family's own event in a year: "ik heb in 2021 de uithuisplaatsing meegemaakt"
    r"uithuisplaatsing|ondertoezichtstelling|scheiding|geboorte|overlijden)\b"
    r"|\s+(?:is|was|werd|zijn|werden)?\s*(?:gediagnosticeerd|diagnosed|geopereerd|overleden|overleed|uit\s+huis\s+geplaatst|"
    r"gescheiden|opgenomen)"
    # a family splitting up or fleeing in a year: "we zijn in 2019 uit elkaar gegaan", "is in 2015 uit
    # Syrië gevlucht" (a move alone stays: "IK BEN IN 2019 EN 2020 VERHUISD")
    # (not an organisation's people: "in 2023 is het team gescheiden")
    r"|(?:\s+(?!(?:kantoor|team|organisatie|locatie|praktijk|school|afdeling|bedrijf|instelling|wijkteam)\b)[^\s.!?;,]+){0,4}?"
    r"\s+(?:uit\s+elkaar|gevlucht|geëmigreerd|geemigreerd|gescheiden|overleden)\b"
    # a child coming into the family: "wij hebben in 2019 voor het eerst een pleegkind gekregen"
    r"|(?:\s+[^\s.!?;,]+){0,5}?\s+(?:pleegkind|pleegzoon|pleegdochter|pleegkinderen|kindje|baby|zoon|dochter)\s+"
    r"(?:gekregen|geboren|geadopteerd|bij\s+ons\s+gekomen)\b)"
    # the event first: "na de uithuisplaatsing in 2021", "de scheiding van 2019", "overleden in 2022"
    r"|(?:uithuisplaatsing|ondertoezichtstelling|scheiding|overleden)\s+(?:in|van|sinds)\s+(?P<y2>(?:19|20)\d{2})(?![\w-])",
    re.I)
# "geboren in twee duizend tien": a birth year in words
# in a comment about someone's birth, the year another source gives or guesses: "geboren 3-3-2007 maar paspoort zegt
# 2006", "de dokter denkt eerder 2006", "volgens de papieren 2011" (a recent year alone after the word)
_OTHER_BIRTH_YEAR_RE = re.compile(r"(?<![\w-])(?:zegt|zeggen|zei|denkt|denken|dacht|schat|schatten|schatte|eerder|misschien|"
                                  r"volgens\s+(?:de|het|haar|zijn|mijn)\s+[^\W\d_]+|staat|stond|of)\s+(?:eerder\s+|ergens\s+in\s+|in\s+)?"
                                  r"(?P<y>(?:19[6-9]\d|20[0-2]\d))(?!\d|[.,:/-]\d|\s*(?:euro|uur|keer|km))", re.I)
# (also "mijn geboortejaar is negentien vierentachtig")
_BORN_YEAR_WORDS_RE = re.compile(r"(?<![\w-])(?:" + _BORN + r"|born|geboortejaar(?:\s+(?:is|was))?\s*:?)\s+(?:in\s+|op\s+)?(?P<y>"
                                 + YEAR_IN_WORDS + r")(?![\w'’-])", re.I)
# "onze jongste is van tweeduizend zestien": a birth year in words after "is van" (not "is van negentien jaar")
_IS_FROM_YEAR_WORDS_RE = re.compile(r"(?<![\w-])(?:is|ben|zijn)(?:\s+(?:zelf|ook))?\s+van\s+(?P<y>" + YEAR_IN_WORDS
                                    + r")(?![\w'’-])(?!\s+(?:jaar|euro|uur|keer|mensen|kinderen)\b)", re.I)
# "geboren in '08": a birth year in two digits
# (or in street writing: "geboren 2k11", "born in 2k9")
# (also after the day: "geboren op 3 maart in '11")
_BORN_SHORT_YEAR_RE = re.compile(r"(?<![\w-])(?:" + _BORN + r"|born)\s+(?:(?:op|on)\s+(?:\d{1,2}\s+)?[^\W\d_]+\s+)?(?:in\s+)?"
                                 r"(?P<y>['’]\d{2}|2k\d{1,2})(?![\w-])", re.I)
# a lowercase first name and a year in brackets (checked against the lists)
_WORD_YEAR_RE = re.compile(r"(?<![\w-])(?P<who>[^\W\d_][\w'’-]+)\s*\((?P<y>(?:19|20)\d{2})\)")
_DOTTED_DAY_MONTH_RE = re.compile(
    r"(?<![\w-])(?:afspraak|op|zitting|gesprek|datum|d\.d\.|vanaf|tot|per|terug|t/m|sinds)\s+(?:\w+dag\s+)?"
    r"(?P<d>(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]|[1-9](?=\s+(?:was|is|werd|om|kan|kon|ging|gaat)\b|\s*[,;!?]|\.?\s*$)))"
    r"(?![\d]|[.,]\d|\s*(?:uur|u)\b)", re.I)  # (a month without its nought only before a verb or the clause's end: "op 2.4 was")
# (a comma may follow: "ik ben in Kyiv tot 28.12, papieren voor mama"; not "tot 12.30 uur", "op 7.5,5")
# a birthday's day and month, also with blanks around the sign: "haar verjaardag is 12 . 04 🎂", "jarig op 3 - 5"
_BIRTHDAY_DAY_MONTH_RE = re.compile(
    r"(?<![\w-])(?:verjaardag|jarig|birthday)\s+(?:(?:is|op|on)\s+)?"
    r"(?P<d>(?:0?[1-9]|[12]\d|3[01])[ \t]*[./-][ \t]*(?:0?[1-9]|1[0-2]))(?![\d.,/-]|\s*(?:uur|keer)\b)", re.I)
_MONTH_RANGE_RE = re.compile(
    rf"(?<![\w-])(?P<first>(?:{_MONTHS})"
    r"(?:\s+(?:19|20)\d{2})?)\s+(?:tot(?:\s+en\s+met)?|t/m|tm|-|–)\s+(?:\d{1,2}\s+)?"
    rf"(?:{_MONTHS})\s+(?:19|20)\d{{2}}", re.I)
# two months and one year: "de maanden april en mei 2024", "januari-maart 2024"
_TWO_MONTHS_RE = re.compile(
    rf"(?<![\w-])(?:{_MONTHS})\s*(?:en|of|-|–|/)\s*(?:{_MONTHS})\s+(?:19|20)\d{{2}}(?![\w-])", re.I)
_MORE_YEARS_RE = re.compile(r"\s*(?:,|en|&|of|and|or|not|niet|maar\s+(?:dat\s+)?(?:is|moet\s+zijn|was)|[!.]*\s*het\s+is)\s*"
                            r"(?P<y>(?:19|20)\d{2})(?![\w-])")
# A day followed by a misspelled long month ("22 febuari", "9 okotber"): at most two
# edits from januari, februari, augustus, september, oktober, november or december.
_DAY_WORD_RE = re.compile(r"(?<![\w-])(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de)?\s+(?P<w>[a-zA-Z]{4,11})(?![\w-])")
# a misspelled month before a year: "sinds septembre 2023"
_MONTHISH_YEAR_RE = re.compile(r"(?<![\w-])(?P<w>[a-zA-Z]{4,11})\s+(?:19|20)\d{2}(?![\w-])")
# (and the English ones: "12 feburary", "9 octobre")
_LONG_MONTHS = ("januari", "februari", "augustus", "september", "oktober", "november", "december",
                "january", "february", "october")
# a short month one edit or one swap off ("4 junie", "5 apirl", "3 marrt"), when no word of the dictionary
_SHORT_MONTHS = ("maart", "april", "juni", "juli", "july", "june", "august")  # (and English "jully", "junne": the forty-seventh
# session; "28 agust", "augst": the fiftieth)


def _edits(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance of a and b, or limit + 1 when it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


# a year after "in" in a sentence about being born: a birth year ("wij zijn in 1952 en 1955 geboren")
_SENTENCE_RE = re.compile(r"[^.!?\n]+")
_BORN_RE = re.compile(r"(?<![\w-])geboren(?![\w-])", re.I)
_IN_YEAR_RE = re.compile(r"(?<![\w-])(?:in|en|,|sinds|vanaf)[ \t]+(?P<y>19[2-9]\d|20[0-2]\d)(?![\w/.-]|[.,]\d)", re.I)
# (fifty-fourth session) a sentence about a family's flight or move to this country: its year is as telling as a birth
# year ("de moeder is in 1998 vanuit Jerevan naar Nederland gekomen", "we zijn in 2016 uit Rostov gevlucht")
_MIGRATION_RE = re.compile(r"(?<![\w-])(?:gevlucht|vluchtten|vluchtte|geëmigreerd|geemigreerd|geïmmigreerd|geimmigreerd|emigreerde|"
                           r"immigreerde|naar\s+(?:nederland|holland|europa)|(?:uit|vanuit)\s[^.!?\n]{1,40}?\b(?:gekomen|"
                           r"vertrokken|verhuisd|aangekomen)"
                           # (fifty-fifth session) "mijn moeder kwam in 1994 vanuit Kabul naar Nijmegen"
                           r"|(?:kwam|kwamen)\s[^.!?\n]{0,40}?\b(?:uit|vanuit)\s+(?!(?:de|het|een|mijn|zijn|haar|ons|onze|hun|"
                           r"school|huis|bed|werk|de\s+\w+)\b)[^.!?\n]{1,40}?\bnaar)(?![\w-])", re.I)
_MIGRATION_FROM = 1975  # (the parents of today's children came after it)
_MIGRATION_GATE = frozenset("gevlucht vluchtten vluchtte geëmigreerd geemigreerd geïmmigreerd geimmigreerd emigreerde "
                            "immigreerde nederland holland europa uit vanuit".split())
# a day's anchor before a number, also with the weekday between or alone: "op 8", "op vrijdag 8", "vrijdag 8 meij"
_ON_DAY_BEFORE_RE = re.compile(rf"(?<![\w-])(?:(?:op|sinds|vanaf|tot|per|t/m)\s+(?:{_WEEKDAY_NAME}\s+)?"
                               rf"|{_WEEKDAY_NAME}\s+)\Z", re.I)


def _short_month_typo(low: str) -> bool:
    """One letter from "maart", "april", "juni" or "juli" (a word too: "maat", "juli" stays a month), or from
    "mei" when no word ("op 12 meij", not "op 12 met"); also read by OCR with "rn" for "m" ("14 rnaart", "2 rnei")."""
    if low.startswith("rn") and low[2:3] in ("a", "e") and low.replace("rn", "m", 1) in _MONTH_WORDS:
        return True
    return low not in _MONTH_WORDS and (any(low[0] == m[0] and _edits(low, m, 1) <= 1 for m in _SHORT_MONTHS) or (
        low[0] == "m" and _edits(low, "mei", 1) <= 1 and low not in dictionary().words and low not in _FUNCTION_WORDS))


def _misspelled_month(word: str) -> bool:
    low = word.lower()
    if low in _MONTH_WORDS or low in _FUNCTION_WORDS:
        return False
    if any(low[0] == m[0] and _edits(low, m) <= 2 for m in _LONG_MONTHS):
        return len(low) >= 5
    if low in ("meij", "meii", "meei"):  # (fifty-second session) "dat hij 12 meij zou komen": "mei" as heard
        return True
    return any(low[0] == m[0] and (_edits(low, m, 1) <= 1 or swapped(low, m)) for m in _SHORT_MONTHS) \
        and low not in dictionary().words


# a year after a day and a word: the word may be any month one letter off ("3 meij 2005")
_YEAR_AFTER_RE = re.compile(r"\s+(?:19|20)\d{2}(?![\w-])")
_ALL_MONTHS = tuple(_MONTHS.split("|")) + ("january", "february", "march", "may", "june", "july", "august", "october")


def _month_typo_of_any(word: str) -> bool:
    low = word.lower()
    return low not in _FUNCTION_WORDS and any(low[0] == m[0] and _edits(low, m, 1) <= 1 for m in _ALL_MONTHS)


# the day of the month on its own: "op de 14e", "vanaf de 3de", "was het de 9e?" (not
# "de 2e keer", "de 3e klas": an ordinal before a noun)
_DAY_ORDINAL_RE = re.compile(
    r"(?<![\w-])(?:(?:op|tot|vanaf|na|voor|sinds|rond|tegen|uiterlijk|per)\s+)?"
    rf"(?P<wd>{_WEEKDAY_NAME}\s+)?(?:de|vd|v/d)\s+"  # (fifty-fourth session: "de afspraak vd 14e", van de)
    r"(?P<day>(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de))(?![\w-])"
    # "kan donderdag 16e niet": a weekday and the day, without "de"
    rf"|(?<![\w-])(?P<wd2>{_WEEKDAY_NAME}\s+)"
    r"(?P<day2>(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de))(?![\w-])", _I)
_NOUN_AFTER_ORDINAL = frozenset("""
    keer maal klas week weken maand maanden jaar jaren dag dagen plaats plek afspraak afspraken
    gesprek gesprekken poging traject kind kinderen zoon dochter ronde helft verdieping groep
    leerjaar periode kwartaal fase stap stappen hulpverlener begeleider voogd school les lessen
    uur verjaardag brief brieven mail melding rapport zitting graad persoon huis eeuw al alweer dit deze
    generatie rij reeks wiel kans opname opnames ronde zwangerschap behandeling plaatsing
""".split())
_NEXT_WORD_RE = re.compile(r"\s+([\w'’-]+)")
# a day and a month both as ordinals, as said aloud: "de vijfde van de derde", "de 1e van de 6e
# tweeduizend vijftien" (not "de tweede van de derde klas")
_ORDINAL_WORD = (r"(?:eerste|derde|achtste|(?:twee|vier|vijf|zes|zeven|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
                 r"zestien|zeventien|achttien|negentien)de|(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)en)?"
                 r"(?:twintig|dertig)ste)")
_ORDINAL_MONTH = (r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
                  r"|(?:0?[1-9]|1[0-2])(?:e|ste|de))")
_ORDINAL_DATE_RE = re.compile(
    rf"(?<![\w-])(?:de\s+)?(?:{_ORDINAL_WORD}|{_DAY}(?:e|ste|de))\s+van\s+de\s+{_ORDINAL_MONTH}(?![\w-])"
    rf"(?:\s+{_YEAR_WORDS}(?![\w-])|,?\s+{_YEAR}(?!\d))?", _I)


_WEEKDAYS = frozenset(_WEEKDAY_NAME[3:-1].split("|"))
# ... and in English (a weekday misspelt is no name: names.py)
ALL_WEEKDAYS = tuple(sorted(_WEEKDAYS)) + ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_NAMES = frozenset(ALL_WEEKDAYS) | frozenset(WEEKDAY_ABBREVIATIONS)  # (before a day-month: "zat. 8-9", "DI 4-2")


# ... and in words: after a weekday ("dinsdag de twaalfde"), or from the eleventh on after "op de" and its
# kin ("op de eenentwintigste"; not "op de vierde keer": a noun after it)
LATE_DAY_ORDINALS = _DAY_ORDINALS - frozenset("eerste tweede derde vierde vijfde zesde zevende achtste negende tiende".split())
_DAY_ORDINAL_GATE = frozenset(_DAY_ORDINALS | {w.replace("ë", "e") for w in _DAY_ORDINALS})
_DAY_ORDINAL_WORD_RE = re.compile(
    rf"(?<![\w-])(?P<wd>{_WEEKDAY_NAME})\s+de\s+(?P<d>"
    + "|".join(sorted((w.replace("ë", "[eë]") for w in _DAY_ORDINALS), key=len, reverse=True)) + r")(?![\w-])"
    r"|(?<![\w-])(?:op|tot|vanaf|sinds|uiterlijk|per|rond)\s+de\s+(?P<d2>"
    + "|".join(sorted((w.replace("ë", "[eë]") for w in LATE_DAY_ORDINALS), key=len, reverse=True)) + r")(?![\w-])", _I)


# a day of a month written as "the Nth of the Mth": "op 3 van de 4e", "geboren op 7 van de 1e 2008", "12 VAN DE 11E"
_DAY_OF_ORDINAL_MONTH_RE = re.compile(
    r"(?<![\w,./-])(?:[12]\d|3[01]|0?[1-9])\s+van\s+de\s+(?:1[0-2]|0?[1-9])(?:e|ste|de)(?![\w-])(?:\s+(?:19|20)\d{2}(?!\d))?",
    re.I)


def _day_ordinals(text: str) -> Iterator[Span]:
    if " van de " in text.lower():
        for m in _DAY_OF_ORDINAL_MONTH_RE.finditer(text):
            nxt = _NEXT_WORD_RE.match(text, m.end())
            if nxt is None or nxt.group(1).lower() not in _NOUN_AFTER_ORDINAL:
                yield m.start(), m.end(), "datum", LOW  # (not "2 van de 3e klas")
    for m in _DAY_ORDINAL_RE.finditer(text):
        nxt = _NEXT_WORD_RE.match(text, m.end())
        if nxt is not None and nxt.group(1).lower() in _NOUN_AFTER_ORDINAL:
            continue
        if re.match(r"\s+van\s+(?:\d|de\s+maand|elke\s+maand|iedere\s+maand)", text[m.end():]):
            continue  # "de 2e van 4": a rank; "op de 1e van de maand": every month, no day
        if m.group("day2"):
            yield m.start("wd2"), m.end("day2"), "datum", LOW
            continue
        yield m.start("wd") if m.group("wd") else m.start("day"), m.end("day"), "datum", LOW


def _day_ordinal_words(text: str) -> Iterator[Span]:
    for m in _DAY_ORDINAL_WORD_RE.finditer(text):
        nxt = _NEXT_WORD_RE.match(text, m.end())
        if nxt is not None and nxt.group(1).lower() in _NOUN_AFTER_ORDINAL:
            continue
        if m.group("d"):
            yield m.start("wd"), m.end("d"), "datum", LOW
        else:
            yield m.start("d2"), m.end("d2"), "datum", LOW


# English months: the full names in any case ("april", "MARCH"), the abbreviations only with
# their capital ("Sep 12", not the Dutch name "jan")
_EN_MONTH = (r"(?:(?i:january|february|march|april|june|july|august|september|october|november|december)|"
             r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|May|MAY|"
             # (a lowercase "may" only after a preposition: "on may 3rd", not "you may 3 times")
             r"(?:" + "|".join(f"(?<={w} )" for w in ("on", "of", "in", "since", "from", "until", "by", "before", "after"))
             + r")may)")
_EN_DATE_WORDS = frozenset("""jan january feb february mar march apr april may jun june jul july aug august sep sept
september oct october nov november dec december monday tuesday wednesday thursday friday saturday sunday""".split())
_EN_WEEKDAY = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_EN_ORD = r"(?i:st|nd|rd|th)"
# English: "on Sep 12th", "September 12, 2019", "the 12th of September", "born on 3 March 2016",
# "Thursday 6 june", "is Thursday 14th ok?", "since march 2022"
_ENGLISH_DATE_RE = re.compile(
    rf"(?<![\w-])(?:{_EN_WEEKDAY},?\s+)?{_EN_MONTH}\s+(?:(?i:the)\s+(?={_DAY}{_EN_ORD}))?{_DAY}{_EN_ORD}?(?:,?\s+{_YEAR})?(?![\w-])"
    rf"|(?<![\w-])(?:{_EN_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:{_EN_ORD})?\s+(?:of\s+)?{_EN_MONTH}(?:,?\s+{_YEAR})?(?![\w-])"
    rf"|(?<![\w-]){_EN_WEEKDAY}\s+(?:the\s+)?{_DAY}{_EN_ORD}(?![\w-])"
    rf"|(?<![\w-]){_EN_MONTH}\s+(?:of\s+)?{_YEAR}(?![\w-])"
    # an abbreviation in lowercase with the day's ordinal: "for nov 14th?" (the ordinal makes it English)
    rf"|(?<![\w-])(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+{_DAY}{_EN_ORD}(?![\w-])"
    # ... or in any case after an English preposition of time: "on nov. 14", "ON NOV. 14 WE" (forty-seventh session)
    rf"|(?:(?<=\b(?i:on) )|(?<=\b(?i:since) )|(?<=\b(?i:until) )|(?<=\b(?i:by) )|(?<=\b(?i:before) )|(?<=\b(?i:after) ))"
    rf"(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+{_DAY}(?![\w-])"
    # a day and a lowercase "may" with its year or at a clause's end: "born 9 may 2021", "turned 12 on 22 may and"
    rf"|(?<![\w-]){_DAY}{_EN_ORD}?\s+(?i:may)(?:,?\s+{_YEAR}(?![\w-])|(?=\s*(?:[.,;:!?)]|$|and\b|but\b|so\b)))"
    # ... or after a preposition of time, with a weekday perhaps: "on sat 4 may", "must go on 5 may to court"
    rf"|(?:(?<=\b(?i:on) )|(?<=\b(?i:from) )|(?<=\b(?i:since) )|(?<=\b(?i:until) )|(?<=\b(?i:till) )|(?<=\b(?i:before) )"
    rf"|(?<=\b(?i:after) ))(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+)?"
    rf"{_DAY}{_EN_ORD}?\s+(?i:may)(?![\w-])")
# a day in English words with its month: "March the twelfth", "the twenty-first of June"
_EN_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                     "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth").split()
_EN_DAY_WORD = (r"(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                + "|".join(sorted(_EN_ORDINAL_WORDS, key=len, reverse=True)) + ")")
_EN_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_EN_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# ... and its year in words: "two thousand six", "twenty nineteen", "nineteen ninety-eight"
_EN_YEAR_WORDS = (rf"(?:two[\s-]thousand(?:[\s-]and)?(?:[\s-](?:twenty(?:[\s-]?{_EN_UNIT})?|{_EN_TEEN}|{_EN_UNIT}))?"
                  rf"|twenty[\s-](?:{_EN_TEEN}|twenty(?:[\s-]?{_EN_UNIT})?)"
                  rf"|nineteen[\s-](?:ninety|eighty|seventy|sixty)(?:[\s-]?{_EN_UNIT})?)")
_EN_WORD_DATE_RE = re.compile(
    rf"(?<![\w-])(?:{_EN_MONTH}\s+(?:the\s+)?{_EN_DAY_WORD}|(?:the\s+)?{_EN_DAY_WORD}\s+of\s+{_EN_MONTH})(?![\w-])"
    rf"(?:,?\s+(?:{_EN_YEAR_WORDS}(?![\w-])|{_YEAR}(?!\d)))?", re.I)
# "on the 21st", "by the 3rd": a day of the month on its own (not "on the 3rd floor", "the 2nd time")
# ("after the 8th" is often a session: only "on", "by", "until")
_EN_DAY_ALONE_RE = re.compile(rf"(?<![\w-])(?:on|by|until|till)\s+the\s+(?P<d>{_DAY}{_EN_ORD})(?![\w-])", re.I)
_EN_NOUN_AFTER_ORDINAL = frozenset("""floor time times grade place year years week weeks day days attempt try session sessions
meeting meetings child son daughter birthday month months round step floors class term level hour""".split())
# "op de twintigste om 10 uur": a day of the month in words (not "eerste"), with its time; the
# day ordinals' list, its diaeresis also left out ("tweeentwintigste")
_DAY_WORD_TIME_RE = re.compile(
    r"(?<![\w-])op\s+de\s+(?P<d>" + "|".join(sorted((w.replace("ë", "[eë]") for w in _DAY_ORDINALS - {"eerste"}),
                                                   key=len, reverse=True)) + r")(?=\s+om\s+\d)", re.I)


# an English month or long weekday misspelt, with its day's ordinal: "Febuary 2nd", "Agust 14th", "the 5th of Novembr",
# "on thurday 14th"
_EN_LONG_DATE_WORDS = ("january", "february", "august", "september", "october", "november", "december",
                       "wednesday", "thursday", "saturday")
_EN_MISSPELT_DATE_RE = re.compile(r"(?<![\w-])(?P<w>[A-Za-z]{4,10})\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\w-])"
                                  r"|(?<![\w-])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+of\s+(?P<w2>[A-Za-z]{4,10})(?![\w-])"
                                  r"(?:,?\s+(?:19|20)\d\d(?!\d))?")  # (with its year: "7th of Agust 2013")


_EN_ORDINAL_GATE_RE = re.compile(r"\d(?:st|nd|rd|th)(?![\w-])")  # what every such date holds: "2nd", "14th"


def _misspelt_date_word(word: str) -> bool:
    low = word.lower()
    return low not in _EN_LONG_DATE_WORDS and low not in dictionary().words and any(
        _edits(low, month) <= 2 for month in _EN_LONG_DATE_WORDS)


def _find_dates(ctx: _Ctx) -> Iterator[Span]:
    text = ctx.text
    if ctx.n_digits and _EN_ORDINAL_GATE_RE.search(text):
        for m in _EN_MISSPELT_DATE_RE.finditer(text):
            if _misspelt_date_word(m.group("w") or m.group("w2")):
                yield m.start(), m.end(), "datum", HIGH  # "Febuary 2nd", "the 5th of Novembr"
    if ctx.n_digits:
        for regex in (_FOREIGN_DATE_RE, _JEWISH_DATE_RE, _YEARED_FOREIGN_DATE_RE, _ROMANCE_DATE_RE, _GERMAN_DATE_RE,
                      _MIGRANT_DATE_RE, _HUNGARIAN_DATE_RE, _RAMADAN_DAY_RE, _GERMAN_DOT_DATE_RE, _GERMAN_SHORT_DATE_RE):
            for m in regex.finditer(text):
                if regex is _ROMANCE_DATE_RE and m.group().lower().endswith("mars") \
                        and not text[max(0, m.start() - 3):m.start()].lower().endswith(("le ", "du ")):
                    continue  # "3 mars gelopen" (Dutch "mars": a march); "le 12 mars" is a date
                yield m.start(), m.end(), "datum", HIGH
        if not text.isascii():
            for regex in (_SCRIPT_DATE_RE, _SCRIPT_BIRTH_YEAR_RE, _ETHIOPIAN_DATE_RE, _SORANI_DATE_RE, _HIJRI_FIGURES_RE):
                for m in regex.finditer(text):
                    yield m.start(), m.end(), "datum", HIGH
        if "/" in text or "." in text or "-" in text:  # ("1403/03/15": Persian figures are read as ASCII ones)
            for m in _HIJRI_FIGURES_RE.finditer(text):
                yield m.start(), m.end(), "datum", HIGH
        if "bisha" in ctx.lower:
            for m in _SOMALI_DATE_RE.finditer(text):
                yield m.start(), m.end(), "datum", HIGH
        for m in _MIGRANT_BIRTH_YEAR_RE.finditer(text):
            g = next(n for n in ("y", "y2", "y3", "y4", "y5", "y6") if m.group(n))
            yield m.start(g), m.end(g), "datum", HIGH
        for m in _ELSEWHERE_BIRTH_YEAR_RE.finditer(text):
            yield m.start("y"), m.end(), "datum", HIGH
        if ctx.words & _EN_DATE_WORDS:
            for m in _ENGLISH_DATE_RE.finditer(text):
                yield m.start(), m.end(), "datum", HIGH
        if " the " in ctx.lower:
            for m in _EN_DAY_ALONE_RE.finditer(text):
                nxt = _NEXT_WORD_RE.match(text, m.end())
                if nxt is None or nxt.group(1).lower() not in _EN_NOUN_AFTER_ORDINAL:
                    yield m.start("d"), m.end("d"), "datum", LOW
    if ctx.words & _EN_DATE_WORDS:
        for m in _EN_WORD_DATE_RE.finditer(text):
            nxt = _NEXT_WORD_RE.match(text, m.end())
            if nxt is None or nxt.group(1).lower() not in _EN_NOUN_AFTER_ORDINAL:
                yield m.start(), m.end(), "datum", HIGH  # "March the twelfth" (not "march the first time")
        if " om " in ctx.lower:
            for m in _DAY_WORD_TIME_RE.finditer(text):
                yield m.start("d"), m.end("d"), "datum", LOW
    if " de " in ctx.lower and not ctx.words.isdisjoint(_ROMANCE_MONTH_WORDS):
        for m in _ROMANCE_WORD_DATE_RE.finditer(text):
            yield m.start(), m.end(), "datum", HIGH
    if " van de " in ctx.lower:
        for m in _ORDINAL_DATE_RE.finditer(text):
            nxt = _NEXT_WORD_RE.match(text, m.end())
            if nxt is None or nxt.group(1).lower() not in _NOUN_AFTER_ORDINAL:
                yield m.start(), m.end(), "datum", LOW
    if ctx.n_digits and (" de " in ctx.lower or ctx.lower.startswith("de ") or ctx.words & _WEEKDAYS
                         or " vd " in ctx.lower or " v/d " in ctx.lower):
        yield from _day_ordinals(text)
    if " de " in ctx.lower and not ctx.words.isdisjoint(_DAY_ORDINAL_GATE):
        yield from _day_ordinal_words(text)  # "dinsdag de twaalfde", "op de eenentwintigste"
    if ctx.n_digits >= 2:
        for m in _DAY_MONTH_RE.finditer(text):
            if m.group() in {"24/7", "7/24", "24-7"}:
                continue  # around the clock
            prev = _PREV_RE.search(text, max(0, m.start() - 25), m.start())
            anchored = (prev is not None and prev.group(1).lower() in _DATE_ANCHORS) or (
                prev is not None and prev.group(1).lower().rstrip(".") in DAY_NAMES) or (
                prev is not None and prev.group(1).lower() in _WEAK_DATE_ANCHORS
                and _WEAK_ANCHOR_END_RE.match(text, m.end()) is not None) or (
                _JARIG_RE.match(text, m.end()) is not None) or (
                _AT_TIME_RE.match(text, m.end()) is not None) or (
                _DATE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()) is not None)
            if m.group("voor") is not None and not (prev is not None and prev.group(1).lower().rstrip(".") in
                                                    {"op", "sinds", "vanaf", "tot", "per", "datum"} | DAY_NAMES):
                continue  # "3-1 voor ons team": a score
            if m.group("sep") == "/" and m.group("month") == "10" and int(m.group("day")) <= 10 and not (
                    prev is not None and prev.group(1).lower() in _DATE_ANCHORS - _MARKED_THINGS) and _MARK_END_RE.match(text, m.end()):
                continue  # "top gesprek 10/10!", "gesprek 8/10": a closing mark out of ten, not "op 8/10", "afspraak 3/10"
            if anchored or (len(m.group("month")) == 2 and m.group("month")[0] == "0"):
                yield m.start(), m.end(), "datum", HIGH if anchored else LOW
            elif m.group("sep") == "/" and _slash_date(text, m):
                yield m.start(), m.end(), "datum", LOW  # "31/12 nog een berichtje"
            elif m.group("sep") == "-" and _descending_date(text, m):
                yield m.start(), m.end(), "datum", LOW  # "sorry dat ik 12-3 niet kwam"
        # (forty-seventh session) the American order after an anchor, the day past 12: "on 4/18 at 10am", "since 12/24"
        for m in _MONTH_DAY_RE.finditer(text) if "/" in text else ():
            prev = _PREV_RE.search(text, max(0, m.start() - 25), m.start())
            if prev is not None and (prev.group(1).lower() in _DATE_ANCHORS - _MARKED_THINGS
                                     or prev.group(1).lower().rstrip(".,") in DAY_NAMES):
                yield m.start(), m.end(), "datum", HIGH
            elif is_english(ctx.lower):
                yield m.start(), m.end(), "datum", LOW  # (forty-eighth session) in English anywhere: "lands 9/14"
    if ctx.n_digits >= 2 and "jarig" in ctx.words:
        for m in _DOT_DAY_MONTH_JARIG_RE.finditer(text):
            yield m.start(), m.end(), "datum", HIGH  # "ze is 14.09 jarig" (a dot too before "jarig")
    if ctx.n_digits >= 6 and (" - " in text or " / " in text or " . " in text):
        for m in _SPACED_FULL_DATE_RE.finditer(text):
            yield m.start(), m.end(), "datum", HIGH
    if ctx.n_digits >= 2 and " op " in f" {ctx.lower}":
        for m in _SPACED_DAY_MONTH_RE.finditer(text) if not _SCORE_WORDS_RE.search(text) else ():
            yield m.start("d"), m.end("d"), "datum", LOW  # (not "de stand was op 3 2.")
    if ctx.n_digits:
        for m in _DAY_WORD_RE.finditer(text):
            year = _YEAR_AFTER_RE.match(text, m.end())
            if year and _month_typo_of_any(m.group("w")):
                yield m.start(), year.end(), "datum", LOW  # "3 meij 2005": a month one letter off, a day and a year
            elif _misspelled_month(m.group("w")) or (
                    _ON_DAY_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()) is not None
                    and _short_month_typo(m.group("w").lower())):
                yield m.start(), m.end(), "datum", LOW  # also "de afspraak op 7 maat": a word, but after "op 7"
        for m in _MONTHISH_YEAR_RE.finditer(text):
            if _misspelled_month(m.group("w")):
                yield m.start(), m.end(), "datum", LOW  # "sinds septembre 2023"
    if ctx.n_digits >= 4 and ("geboren" in ctx.words or not ctx.words.isdisjoint(_MIGRATION_GATE)):
        for sentence in _SENTENCE_RE.finditer(text):
            born = _BORN_RE.search(sentence.group()) is not None
            if not born and _MIGRATION_RE.search(sentence.group()) is None:
                continue
            for m in _IN_YEAR_RE.finditer(text, sentence.start(), sentence.end()):
                if not born and int(m.group("y")) < _MIGRATION_FROM:
                    continue  # "de komst van de KNIL-militairen naar Nederland in 1951": history, no family's year
                yield m.start("y"), m.end("y"), "datum", LOW  # "wij zijn in 1952 en 1955 geboren", "mijn broer in 2011"
    if ctx.n_digits >= 4 and _YEARISH_RE.search(text):  # (every birth-year pattern needs a year of four digits)
        for m in _BIRTH_YEAR_RE.finditer(text):
            group = next(g for g in ("y", "y2", "y3", "y4", "y5", "y6", "y7", "y8", "y9", "y10") if m.group(g))
            yield m.start(group), m.end(group), "datum", HIGH
            end = m.end(group)
            while (more := _MORE_YEARS_RE.match(text, end)) is not None:  # "geboren in 2014 en 2016"
                yield more.start("y"), more.end("y"), "datum", HIGH
                end = more.end("y")
        if _DIAGNOSIS_WORD_RE.search(text):
            for m in _DIAGNOSIS_YEAR_RE.finditer(text):
                g = "y" if m.group("y") else "y2"
                yield m.start(g), m.end(g), "datum", LOW  # "heeft in 2018 de diagnose autisme gekregen"
        if "(" in text:
            for m in _WORD_YEAR_RE.finditer(text):
                who = m.group("who").lower()
                if who in _name_lists().first_any and who not in _FUNCTION_WORDS:
                    yield m.start("y"), m.end("y"), "datum", LOW  # "met florin (2010) uit roemenie": a birth year
    if "maand" in ctx.words:
        for m in _DAY_OF_THIS_MONTH_RE.finditer(text):
            if (m.group("d")[0].isdigit() or m.group("d").lower() in _DAY_ORDINALS) \
                    and m.group("d").lower() not in {"1e", "1ste", "eerste"}:
                # (fifty-seventh session: not the first, the routine start of a decision: "ingaande de eerste van de
                # volgende maand")
                yield m.start(), m.end(), "datum", LOW
    if "duizend" in ctx.lower or "negentien" in ctx.lower:
        if ctx.words & _BORN_WORDS or "geboortejaar" in ctx.words:
            for m in _BORN_YEAR_WORDS_RE.finditer(text):
                yield m.start("y"), m.end("y"), "datum", HIGH
        if "van" in ctx.words:
            for m in _IS_FROM_YEAR_WORDS_RE.finditer(text):
                yield m.start("y"), m.end("y"), "datum", HIGH
    if ctx.n_digits >= 1 and ctx.words & _BORN_WORDS:
        for m in _BORN_SHORT_YEAR_RE.finditer(text):
            yield m.start("y"), m.end("y"), "datum", HIGH
    if ctx.n_digits >= 2 and (ctx.words & _BORN_WORDS or "geboortejaar" in ctx.words or "geboortedatum" in ctx.words):
        for m in _OTHER_BIRTH_YEAR_RE.finditer(text):
            yield m.start("y"), m.end("y"), "datum", LOW  # "paspoort zegt 2006", "de tandarts denkt eerder 2010"
    yield from _find_full_dates(ctx)
    if ctx.n_digits >= 2 and "." in text:
        for m in _DOTTED_DAY_MONTH_RE.finditer(text):
            yield m.start("d"), m.end("d"), "datum", LOW  # "afspraak 04.03 om 10 uur"
    if ctx.n_digits >= 2 and ("jarig" in ctx.words or "verjaardag" in ctx.words or "birthday" in ctx.words):
        for m in _BIRTHDAY_DAY_MONTH_RE.finditer(text):
            yield m.start("d"), m.end("d"), "datum", HIGH  # "haar verjaardag is 12 . 04"
    if ctx.n_digits >= 4:
        for m in _TWO_MONTHS_RE.finditer(text):
            yield m.start(), m.end(), "datum", LOW  # "de maanden april en mei 2024"
    if ctx.n_digits >= 4 and (" tot " in ctx.lower or "t/m" in ctx.lower or "-" in ctx.text):
        for m in _MONTH_RANGE_RE.finditer(text):
            yield m.start(), m.end(), "datum", LOW  # "januari tot en met maart 2024": a period


_SCORE_BEFORE = frozenset("een groep klas cijfer score uitslag stand gemiddeld nummer".split())
_FRACTION_AFTER_RE = re.compile(r"\s*(?:van|deel|sterren|ster|punten|uur|keer|x|gemiddeld)\b", _I)


def _slash_date(text: str, m: re.Match[str]) -> bool:
    """A day/month with a slash and no anchor, unless it is a score or a fraction:
    not "een 9/10", "4/5 sterren", "groep 5/6", "24/7", "1/2 uur"."""
    day, month = int(m.group("day")), int(m.group("month"))
    if _ABSENT_AFTER_RE.match(text, m.end()):
        return True  # "als ik 3/10 nie kon komen", "3/10 kan ik niet": a day someone could not come
    if month == 10 and day <= 10 or (day, month) in {(24, 7), (1, 2), (1, 3), (1, 4), (3, 4), (2, 3)}:
        return False
    prev = _PREV_RE.search(text, max(0, m.start() - 25), m.start())
    if prev is not None and prev.group(1).lower() in _SCORE_BEFORE:
        return False
    return not _FRACTION_AFTER_RE.match(text, m.end())


# after a day: not being able to come ("3/10 nie kon komen", "12/3 kan ik niet", "4/11 ben ik er niet")
_ABSENT_AFTER_RE = re.compile(
    r"\s+(?:(?:niet|nie|nt|ff)\s+)?(?:kon|kan|kom|kwam|ben|was)\s+(?:ik|je|jij|u|we|wij|hij|ze|zij)\s+(?:er\s+)?(?:niet|nie|nt)\b"
    r"|\s+(?:niet|nie|nt)\s+(?:kon|kan|kom|kwam|komen|aanwezig)\b", _I)
_SCORE_WORDS_RE = re.compile(r"\b(?:won|wonnen|gewonnen|verloor|verloren|verliezen|winnen|uitslag|stand|score|"
                             r"scoorde|gescoord|wedstrijd|voetbal|hockey|tennis|gelijk|eindstand|ruststand|match)\b", _I)


def _descending_date(text: str, m: re.Match[str]) -> bool:
    """A day-month with a dash whose first number is the larger ("12-3", "25-11"): not a
    range ("3-4 keer"), so a date, unless the sentence is about a score ("won met 4-2")."""
    day, month = int(m.group("day")), int(m.group("month"))
    if day <= month:
        return False
    prev = _PREV_RE.search(text, max(0, m.start() - 25), m.start())
    if prev is not None and prev.group(1).lower() in _SCORE_BEFORE | {"met", "werd", "was", "staat", "stond"}:
        return False
    a = max(text.rfind(c, 0, m.start()) for c in ".!?\n")
    ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
    return _SCORE_WORDS_RE.search(text, a + 1, min(ends) if ends else len(text)) is None


# a birth year written short in notes: "geb. '09", "geboren: '14", "gebjaar 2011"
_BORN_SHORT_RE = re.compile(r"(?<![\w-])(?:geb\.?|geboren|geboortejaar|gebjaar|geb\.jaar|(?:ik\s+ben|hij\s+is|ze\s+is|zij\s+is)\s+van)"
                            r"\s*:?\s*(?P<y>['’]\d{2}|(?:19|20)\d{2})(?![\w/-])", re.I)  # also "ik ben van '09"


_FIGURES = "0123456789"


def _find_full_dates(ctx: _Ctx) -> Iterator[Span]:
    if "geb" in ctx.lower or " van '" in ctx.lower or " van ’" in ctx.lower:
        for m in _BORN_SHORT_RE.finditer(ctx.text):
            yield m.start("y"), m.end("y"), "datum", HIGH  # "Jeugdige, geb. '09"
    if not ctx.words.isdisjoint(_BIRTHDAY_WORDS):
        for m in _BIRTHDAY_FEAST_RE.finditer(ctx.text):
            yield m.start("f"), m.end("f"), "datum", LOW  # "jarig op eerste kerstdag"
    if ctx.n_digits >= 4 and any(g in ctx.lower for g in _FEAST_GATE):
        for m in FEAST_YEAR_RE.finditer(ctx.text):
            yield m.start(), m.end(), "datum", HIGH  # "op tweede paasdag 2022"
    rxs: list[re.Pattern[str]] = []
    if ctx.words & _MONTH_WORDS or any("-" in w and w.split("-")[1].rstrip(".") in _MONTH_WORDS for w in ctx.words) \
            or ctx.n_digits and any(w[0].isdigit() and w.lstrip(_FIGURES) in _MONTH_WORDS for w in ctx.words):
        rxs += list(_DATE_RES[:4])  # also "3-okt", "12-mrt-2024", "3okt"
    if ctx.n_digits >= 4:
        rxs += list(_DATE_RES[4:])
    for rx in rxs:
        for m in rx.finditer(ctx.text):
            yield m.start(), m.end(), "datum", HIGH


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
