"""A code told in parts: the part a finder read takes the told parts beside it.

Someone who does not want a form to catch a number tells it in pieces, with words between
them: "nul zes, dan drie keer de zeven, dan 42 10", "zes nul andersom, dan 83 15 92 47",
"06, EN DAN 2X 45, EN DAN 1 2 9 0", "bel [0612 34 56] met nul ervoor", a number word
misspelt ("zeeven", "negge", "null"), the bank before an IBAN said aloud ("NL achtenvijftig
trio ..."). The finders read one part as the code (a telephone number, a dossier number);
the parts around it are what a reader puts in front of it or after it. :func:`grow_told_codes`
lets such a span take the neighbouring parts: digits, number words, the names of letters,
a bank's short name, joined by words that only lead from one part to the next ("dan",
"en dan", "keer", "eh wacht even", "nee", "andersom"). A handle, e-mail or web address takes
its said path and figures the same way ("[insta] slash underscore slash 04", "[url] / 12",
"[snap] 2 o o 9", "www puntt [url]").

Only a span of a code grows, so a text without one is never touched; the growth stops at
any word that is no part and at any other finding. :func:`keyed_told_spans` reads a code told
in parts after its keyword where no finder read any part of it ("kenteken dee el, es ha,
zeventig", "postcode vierduizendachthonderdeenentwintig er el", "het kenteken ... was iets met 52 en dan HXN en dan een
7"), taking a bare number a finder read as its first part ("postcode [1013] kaa em"). A postcode takes its second
letter said by name ("[4331 aa] bee"), a plate the spelling alphabet after its last figure ("[Zulu 71] Hotel").

An IBAN written backwards is read back to front (:func:`reversed_codes`). An e-mail address found from its "@" takes the user name told before it (:func:`user_before_at`: "mail
petra.hofman en dan [@ kpnmail.nl]"). A page on a platform said aloud takes the words of its name after the said slash (:func:`said_page_paths`:
"facebook punt com slash [eefjes] verhaal"). A web address said from its "www" to its end is read whole by :func:`said_web_addresses` ("www punt wijkteam
streepje leidsche rijn punt nl", "dubbel u dubbel u dubbel u punt jouwggd punt nl").

In a text that names a platform, :func:`said_handle_parts` gives a handle the part told after a said separator
("[Daan] met een punt en dan 04", "[jayjay_99] met een laag streepje en dan x3"); in any text
:func:`said_address_fronts` gives an address said aloud the words between its keyword and its start ("de website
[kinderen en] scheiding punt nl"), unless one of them only leads to it ("mail me ff op [...]").
"""

from __future__ import annotations

import functools
import re

from stemsync.deidentify.common import HIGH, UNIT_AFTER_RE, Span, _Ctx
from stemsync.deidentify.dictated import LETTER_NAMES, SAID_LETTERS, SPELLING_ALPHABET, number_word
from stemsync.deidentify.lists import _FUNCTION_WORDS, dictionary, words
from stemsync.deidentify.numbers import _iban_ok, restore_digits
from stemsync.deidentify.fastcase import accelerate

# the kinds of a number told in parts, and of a web address, handle or e-mail address
NUMBER_KINDS = frozenset({"telefoonnummer", "bsn", "iban", "zaaknummer", "postcode", "kenteken", "nummer"})
WEB_KINDS = frozenset({"e-mailadres", "url", "account"})

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_WEB_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")  # "ouders-die-het-snappen"
# what may stand between two parts: spaces, commas, dashes, slashes, dots, an ellipsis
_GAP_RE = re.compile(r"[\s,;:\-–—/.…]*")
# words that lead from one part of a number to the next ("dan drie keer de zeven", "eh wacht even", "zes nul andersom")
# ("keer" only between two parts: "drie keer de zeven", not "al tien keer [06 ...] gebeld")
_LEADS = frozenset("""dan daarna daarachter eh ehm uh uhm wacht even nog de het andersom nee sorry maar slash
streepje punt dash min underscore liggend met erachter achteraan vooraan dubbel dubbele ervoor eerst
then""".split())
# "en" only before one of those: "EN DAN 2X 45", "en ervoor 0" (not "[kenteken] en 5 6 7 8", another number)
# a speaker thinking between two parts of a number said aloud: "achtendertig eh even kijken, ja negentien"
_HESITATIONS = frozenset("eh ehm uh uhm even kijken ja wacht effe hoor momentje".split())
_EN_LEADS_RE = re.compile(r"[ \t,]+(?:dan|daarna|nog|ervoor|erachter)(?![\w'’-])", re.I)
_TIMES_RE = re.compile(r"([^\W_]+)[ \t]+(?:keer|x)[ \t]+(?:de[ \t]+)?([^\W_]+)", re.I)
# banks' short names, said in an IBAN ("NL achtenvijftig trio ...", "n l eenentachtig rabo ...")
_BANKS = frozenset("nl rabo ing abna abn asn trio triodos knab bunq sns rbrb frbk".split())
# misspelt number words as people type or speech-to-text writes them
_NUMBER_TYPOS = {"twe": "twee", "achtien": "achttien", "zeve": "zeven", "nege": "negen"}
# joiners of a web address, handle or e-mail address said aloud: the word after one is a part (before a
# handle only the joiners inside a name: "www puntt [url]", not "reached at [mail]", "look at [url]")
_JOINERS = frozenset("punt puntt dot slash slahs slesh underscore streepje apenstaartje at".split())
_JOINERS_BEFORE = frozenset("punt puntt dot underscore streepje".split())
# a web address or handle that ends in a joiner, or a joiner typed between it and the next word: "groups/ x", "[url] / x"
# ("_" only after a space: a handle may end in one, "@bilalbeatz_ zet er een like op"; a dot only glued to the
# address, "[url].nl", or spaced, "[url] . nl")
_JOINED_GAP_RE = re.compile(r"[ \t]*[/@][ \t]*|[ \t]+_[ \t]*|[ \t]+\.[ \t]+")
# a figure that is a time or a count, no part: "[06 ...] 17.00 uur", "after 5", "[bsn] 3 keer", "500 abonnees"
_TIME_AFTER_RE = re.compile(r"[.:]\d\d(?!\d)")
# number words that are words too ("een" an article, "ten name van"): a part only when a part comes after them
_WORDY_NUMBERS = frozenset("een één one ten".split())
# the word that ends a number's telling after its last part: "met nul ervoor", "en dan nog nul zes ervoor"
_TAILS = frozenset("ervoor erachter erbij".split())
# a page's or group's name of words and dashes beside a handle: "[facebook], ouders-tegen-uithuisplaatsing-frl"
_DASHED_NAME_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+){2,}")
_MAX_WORDS = 24
# capital O typed for nought in a group of figures: "NL65 TRIO 4873 OOO 381"
_LOOKALIKE_RE = re.compile(r"[0-9O]*O[0-9O]*O[0-9O]*|[0-9O]*\dO[0-9O]*|[0-9O]*O\d[0-9O]*")
# names of letters that the dictation rules leave out (words or sounds elsewhere), a part here only beside a
# part: "postcode 1013 kaa em", "4331 aa bee"
_MORE_LETTER_NAMES = frozenset("em aa oo uu ij".split())
_ANY_LETTER_NAME = frozenset(LETTER_NAMES) | _MORE_LETTER_NAMES


@functools.lru_cache(maxsize=4096)
def _number_part(word: str) -> bool:
    """A figure ("45", "2x") or a number word, also misspelt ("zeeven", "null", "tweeënvijfteg")."""
    low = word.lower()
    if low.isdigit() or (low[:-1].isdigit() and low[-1] in "x×") or _LOOKALIKE_RE.fullmatch(word):
        return True
    if number_word(low) is not None:
        return True
    fixed = re.sub(r"(.)\1", r"\1", low)  # "zeeven", "null", "zess", "negge"
    fixed = _NUMBER_TYPOS.get(fixed, fixed).replace("teg", "tig")  # "tweeënvijfteg"
    return len(fixed) >= 3 and fixed != low and number_word(fixed) is not None


def _number_step(word: str) -> str:
    """"part", "weak" (a part only when a part comes after it), "lead" or "stop"."""
    low = word.lower()
    if (_number_part(word) or low in _BANKS) and low not in _WORDY_NUMBERS:
        return "part"
    if (len(low) == 1 and low.isalpha()) or low in _ANY_LETTER_NAME or low in SAID_LETTERS or low in _WORDY_NUMBERS \
            or (word[:1].isupper() and low in SPELLING_ALPHABET):
        return "weak"  # "2 o o 9", "ka el", "de" (a letter or a word; "t.n.v.", "een")
    if low in _LEADS:
        return "lead"
    return "stop"


def _between_parts(text: str, s: int, lo: int, hi: int) -> bool:
    """"keer" at s stands between two parts inside lo:hi: "drie keer de zeven"."""
    m = _TIMES_RE.search(text, max(lo, s - 30), min(hi, s + 30))
    while m is not None and m.start() < s:
        if m.start(1) < s < m.start(2) and _number_step(m.group(1)) == "part" and _number_step(m.group(2)) == "part":
            return True
        m = _TIMES_RE.search(text, m.start() + 1, min(hi, s + 30))
    return False


def _count_or_time(text: str, e: int, lo: int, hi: int) -> bool:
    """The figure or number word ending at e counts something or tells a time ("3 keer", "17.00 uur",
    "10 min"), unless it multiplies the next part ("drie keer de zeven")."""
    if _TIME_AFTER_RE.match(text, e):
        return True
    unit = UNIT_AFTER_RE.match(text, e)
    if unit is None:
        return False
    word = unit.group().strip()
    return not (word.lower() in ("keer", "x") and _between_parts(text, unit.end() - len(word), lo, hi))


def _joined_word(text: str, s: int, e: int, word: str) -> bool:
    """The word after "slash", "punt" or "underscore" in a said web address or handle is part of it,
    unless it is a function word or a capitalised word in a text that is not in capitals (a new sentence)."""
    if word.lower() in _FUNCTION_WORDS:
        return False
    return not word[:1].isupper() or text[max(0, s - 30):e].isupper()


def _grow(text: str, edge: int, limit: int, forward: bool, web: bool) -> int:
    """How far a code's span at ``edge`` grows towards ``limit`` over told parts."""
    lo, hi = (edge, limit) if forward else (limit, edge)
    words = [(m.start(), m.end(), m.group()) for m in (_WEB_WORD_RE if web else _WORD_RE).finditer(text, lo, hi)]
    if not forward:
        words.reverse()
    best = at = edge
    pending = 0  # leads and letters since the last part
    joined_before = False  # the word before was a joiner ("slash", "punt")
    joiners = _JOINERS if forward else _JOINERS_BEFORE
    for s, e, word in words[:_MAX_WORDS]:
        gap = text[at:s] if forward else text[e:at]
        if not _GAP_RE.fullmatch(gap) and not (web and forward and _JOINED_GAP_RE.fullmatch(gap)):
            break
        joined = web and (joined_before if at != edge else forward and text[edge - 1:edge] in "/@") \
            or (web and bool(gap) and (_JOINED_GAP_RE.fullmatch(gap) is not None or (at == edge and gap == "."))
                and (forward or "." not in gap))
        at = e if forward else s
        low = word.lower()
        joined_before = False
        if web and low in joiners:
            joined_before, pending = True, pending + 1
            if pending > 3:
                break
            continue
        if web and joined and _joined_word(text, s, e, word):
            step = "part"
        elif web and not forward:
            break  # before a handle or address only what a joiner ties to it ("report 2 [mail]" stays)
        else:
            step = _number_step(word)
        if step == "part" and not (web and joined) and _count_or_time(text, e, lo, hi):
            break  # "[bsn] 3 keer", "[06 ...] 17.00 uur"
        if step == "stop" and low in ("keer", "x") and _between_parts(text, s, lo, hi):
            step = "lead"
        elif step == "stop" and low == "en" and _EN_LEADS_RE.match(text, e):
            step = "lead"
        if step == "stop" and web and forward and _DASHED_NAME_RE.fullmatch(word) and word.islower():
            step = "part"
        if forward and low in _TAILS and best != edge and not text[best:s].strip():
            best = e  # "[06 ...] met nul ervoor": the word right after the last part
            break
        if step == "part":
            best, pending = at, 0
        elif step in ("weak", "lead") and pending < 3:
            pending += 1
        else:
            break
    return best


def grow_told_codes(spans: list[Span], text: str) -> list[Span]:
    """Each span of a code takes the told parts beside it, up to the next finding."""
    if not any(s[2] in NUMBER_KINDS or s[2] in WEB_KINDS for s in spans):
        return spans
    out = list(spans)
    for i, (start, end, kind, conf) in enumerate(out):
        if kind not in NUMBER_KINDS and kind not in WEB_KINDS:
            continue
        web = kind in WEB_KINDS
        left_limit = out[i - 1][1] if i else 0
        right_limit = out[i + 1][0] if i + 1 < len(out) else len(text)
        new_start = _grow(text, start, max(left_limit, start - 200), False, web)
        new_end = _grow(text, end, min(right_limit, end + 200), True, web)
        if kind == "postcode":
            new_end = _second_letter(text, start, new_end, right_limit)
        elif kind == "kenteken":
            new_end = _plate_letters_after(text, new_end, right_limit)
        if (new_start, new_end) != (start, end):
            out[i] = (new_start, new_end, kind, conf)
    return out


_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_]+)(?![\w-])")
_LAST_LETTERS_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\Z")
_SPACED_WORD_RE = re.compile(r" ([^\W_][\w'’-]*)(?![\w'’-])")


def _plate_letters_after(text: str, end: int, limit: int) -> int:
    """A plate whose last part is a figure takes the letters said after it in the spelling alphabet or as capitals,
    three at most: "[Zulu 71] Hotel November Lima"."""
    if not text[end - 1:end].isdigit():
        return end
    for _ in range(3):
        m = _SPACED_WORD_RE.match(text, end, limit)
        word = m.group(1) if m is not None else ""
        if not (word[:1].isupper() and word.lower() in SPELLING_ALPHABET or len(word) == 1 and word.isupper()):
            break  # (a capitalised word of the spelling alphabet or a capital: not "[12-KL-3] de auto")
        end = m.end(1)
    return end


def _second_letter(text: str, start: int, end: int, limit: int) -> int:
    """A postcode whose letters are one letter said ("4331 aa", "1013 k") takes the next letter's name: "4331 aa
    bee"."""
    last = _LAST_LETTERS_RE.search(text, start, end)
    if last is None or not (len(last.group(1)) == 1 or last.group(1).lower() in _ANY_LETTER_NAME):
        return end
    nxt = _NEXT_WORD_RE.match(text, end, limit)
    if nxt is not None and nxt.group(1).lower() in _ANY_LETTER_NAME:
        return nxt.end(1)
    return end


# a code told in parts after its keyword, without a part any finder reads: "Het kenteken van de betrokken auto
# betreft drie-acht, N-V, P-K", "kenteken dee el, es ha, zeventig", "Het burgerservicenummer van mijn zoon luidt
# vierhonderdvijf, vierhonderdtweeënvijftig, negenhonderdnegenenveertig", "postcode vierduizendachthonderdeenentwintig
# er el"
_KEYS = {"kenteken": "kenteken", "nummerbord": "kenteken", "bsn": "bsn", "burgerservicenummer": "bsn",
         "sofinummer": "bsn", "postcode": "postcode", "postkode": "postcode", "telefoonnummer": "telefoonnummer",
         "nummer": "telefoonnummer", "mobiel": "telefoonnummer", "rekeningnummer": "iban", "iban": "iban",
         "zaaknummer": "zaaknummer", "dossiernummer": "zaaknummer", "cliëntnummer": "zaaknummer",
         "clientnummer": "zaaknummer", "telefoon": "telefoonnummer"}
_KEY_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_KEYS, key=len, reverse=True)) + r")(?![\w-])", re.I)
_KEY_GATE = frozenset(_KEYS)
_KIND_BEFORE_NUMBER_RE = re.compile(r"(?<![\w-])(zaak|dossier|cliënt|client|bsn)[ \t]+\Z", re.I)
_KEY_STEMS = ("kenteken", "nummer", "bsn", "postcode", "postkode", "iban", "mobiel", "telefoon")  # (each key holds one)
_KEY_SKIP = 12  # words between the keyword and the code: "van de man die steeds voor de deur stond was iets met"
_SENTENCE_END_RE = re.compile(r"[.!?;]")
# between the parts told after a keyword also a sign or an emoji: "postcode 1 O 5 6 ❤ b j"
_KEYED_GAP_RE = re.compile(r"[^\w\n]{0,4}")
# a mobile number's start told on its own: "haar nummer begint met 06 28 en daarna weet ik het niet"
_MOBILE_START_RE = re.compile(r"(?:06|\+316|00316)[\s-]*\d{2}")
_SERVICE_NUMBERS = frozenset({"0800", "0900", "0909", "0906", "112", "113", "144"})
# a group of a plate's letters (consonants only since 1978): "52 en dan HXN en dan een 7"
_PLATE_LETTERS_RE = re.compile(r"[BDFGHJKLNPRSTVXZ]{2,3}|[bdfghjklnprstvxz]{2,3}")
_DASH_LEADS = frozenset("streepje dash min liggend".split())


def _told_run(text: str, start: int, end: int, kind: str) -> tuple[int, int] | None:
    """The first code told in parts in text[start:end] after a keyword: (start, end), or None. A run starts at a
    figure, a number word or a letter's name among the first words of the keyword's sentence and goes on over parts,
    letters and leads; it is a code when it stands for six characters or more, or five with two figures or number
    words. Letters at its end count in pairs ("er el"), not one alone ("[...]. De brief"), except one after a dash
    ("zeven acht streepje vee"). After "kenteken" a group of a plate's consonants is a part too ("52 en dan HXN")."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text, start, end)]
    at = start
    for k, (s, e, word) in enumerate(words[:_KEY_SKIP + 1]):
        if _SENTENCE_END_RE.search(text, at, s):
            return None
        at = e
        if _keyed_step(word, kind) in ("part", "weak") or (len(word) == 1 and word.isupper()):
            if word in _SERVICE_NUMBERS:
                return None  # "het nummer 0800-2000 van Veilig Thuis": a public service's number
            run = _run_from(text, words, k, kind, start, end)
            if run is not None:
                return run
    return None


# the word after a told plate's "en": "een vee en [twee] vier vijf" (a figure or a number word)
_PART_AFTER_RE = re.compile(r"[ \t]+([^\W_][\w'’]*)")


def _keyed_step(word: str, kind: str) -> str:
    if kind == "kenteken" and _PLATE_LETTERS_RE.fullmatch(word):
        return "part"
    return _number_step(word)


def _run_from(text: str, words: list[tuple[int, int, str]], k: int, kind: str, start: int,
              end: int) -> tuple[int, int] | None:
    run_start = run_end = at = words[k][0]
    chars = strong = pending = 0
    dashed = False  # the last lead was a dash: one letter after it ends the code ("streepje vee")
    hesitations = 0  # words of a speaker thinking since the last part ("eh even kijken, ja")
    weak_tail: list[int] = []  # the ends of the letters after the last part
    for s, e, word in words[k:k + _MAX_WORDS]:
        if not _KEYED_GAP_RE.fullmatch(text[at:s]) or _SENTENCE_END_RE.search(text, at, s) and text[at:s].strip() != "-":
            break
        at = e
        if word.lower() in _HESITATIONS and strong and hesitations < 4:
            hesitations += 1  # "nul zes, achtendertig eh even kijken, ja negentien, ...": the speaker thinks
            continue
        step = _keyed_step(word, kind)
        if word.lower() in _TAILS and strong and not pending and not weak_tail:
            run_end = e  # "met nul ervoor": the word that ends the telling
            break
        if step == "stop" and word.lower() == "en" and _EN_LEADS_RE.match(text, e):
            step = "lead"  # "52 en dan HXN"
        elif step == "stop" and word.lower() == "en" and kind == "kenteken" and weak_tail \
                and (after := _PART_AFTER_RE.match(text, e)) is not None and _keyed_step(after.group(1), kind) == "part":
            step = "weak"  # "een vee en twee vier vijf": the letter N said after a letter, before the figures (1-VN-245)
        if step == "part" and _count_or_time(text, e, start, end):
            break
        if step == "part":
            digits = word if word.isdigit() else number_word(word.lower())
            chars += len(weak_tail) + (len(digits) if digits else len(word) if kind == "kenteken" else 1)
            strong += 1
            run_end, pending, weak_tail, dashed, hesitations = e, 0, [], False, 0
        elif step == "weak":
            weak_tail.append(e)
            pending = 0
        elif step == "lead" and pending < 2 and (not weak_tail or len(weak_tail) >= 2):
            if weak_tail:  # "EN TEE ER STREEPJE ZEVEN ...": the letters before a lead are parts
                chars += len(weak_tail)
                run_end, weak_tail = weak_tail[-1], []
            pending += 1
            dashed = word.lower() in _DASH_LEADS
        else:
            break
    if len(weak_tail) >= 2 or (len(weak_tail) == 1 and dashed and chars):
        chars += len(weak_tail)
        run_end = weak_tail[-1]
    if chars >= 6 or (chars >= 5 and strong >= 2) or _MOBILE_START_RE.match(text, run_start, run_end):
        return run_start, run_end
    return None


def keyed_told_spans(text: str, spans: list[Span]) -> list[Span]:
    """Codes told in parts after their keyword (see :func:`_told_run`) where no finder read anything between the
    keyword and the run's end."""
    lower = text.lower()
    # (a keyword in the text is rare: a look for its letters first, then for it as a word of its own)
    if not any(k in lower for k in _KEY_STEMS) or not _Ctx.of(text).words & _KEY_GATE:
        return []
    out: list[Span] = []
    for m in _KEY_RE.finditer(text):
        kind = _KEYS[m.group().lower()]
        before = _KIND_BEFORE_NUMBER_RE.search(text, max(0, m.start() - 12), m.start()) if kind == "telefoonnummer" else None
        if before is not None:  # "zaak nummer see schuine streep zestien ...", "bsn nummer ..."
            kind = _KEYS.get(before.group(1).lower() + "nummer", "bsn")
        run = _told_run(text, m.end(), min(len(text), m.end() + 200), kind)
        if run is None or any(a < run[1] and b > m.end() and k != "nummer" for a, b, k, _c in spans):
            continue
        # a bare number a finder read as "nummer" is the code's first part: "postcode [1013] kaa em" (the told parts
        # before one are the growth's: "nul zes, dan drie keer [de zeven, dan ...]")
        bare = [(a, b) for a, b, k, _c in spans if a < run[1] and b > m.end()]
        if bare and run[1] > max(b for _a, b in bare):
            # (after the bare word "nummer" the code keeps the finder's kind: "mijn nummer blijft [...], met nul ervoor")
            bare_kind = m.group().lower() == "nummer" and kind == "telefoonnummer"
            out.append((min(a for a, _b in bare), run[1], "nummer" if bare_kind else kind, HIGH))
        elif not bare:
            out.append((run[0], run[1], kind, HIGH))
    return out


# a handle's part told after a said separator: "[naam] met een punt en dan 04", "[snap] met een laag streepje en dan
# x3", "[naam] streepje 2011", and before one: "roos met een puntje en dan [insta]"
_SAID_SEPARATOR = (r"(?:met[ \t]+(?:een|1|2|twee|drie|3)[ \t]+)?(?:(?:laag|lage|liggend|liggende)[ \t]+)?"
                   r"(?:punt(?:je|jes)?|streep(?:je|jes)|underscores?|dash)(?:[ \t]+(?:en[ \t]+)?(?:dan|daarna|erachter))?")
_SAID_TAIL_RE = re.compile(rf"[ \t,]+(?P<said>{_SAID_SEPARATOR}[ \t]+(?P<part>[a-z]{{0,2}}\d{{1,4}}[a-z]{{0,2}}|[a-z]{{2,4}}))(?![\w-])",
                           re.I)  # (or a short ending in no dictionary: "[zahra] liggend streepje xo")
_SAID_HEAD_RE = re.compile(rf"(?<![\w-])(?P<part>[^\W\d_][\w]*)[ \t]+{_SAID_SEPARATOR}[ \t]+\Z", re.I)
_SEPARATOR_GATE = ("punt", "streep", "underscore", "dash")


def said_handle_parts(spans: list[Span], text: str) -> list[Span]:
    """In a text that names a platform, a handle's or name's span takes the part told after a said separator, and
    a handle's span the word before one."""
    low = text.lower()
    if not any(w in low for w in _SEPARATOR_GATE) or not _Ctx.of(text).words & words("platforms"):
        return spans
    out = list(spans)
    for i, (start, end, kind, conf) in enumerate(out):
        if kind not in WEB_KINDS and kind != "naam":
            continue
        limit = out[i + 1][0] if i + 1 < len(out) else len(text)
        tail = _SAID_TAIL_RE.match(text, end, limit)
        if tail is not None and not any(c.isdigit() for c in tail.group("part")) and (
                tail.group("part").lower() in _FUNCTION_WORDS or tail.group("part").lower() in dictionary().words):
            tail = None  # ("[naam] met een punt en dan hij": a word)
        if tail is not None:
            if kind == "naam":
                out.append((tail.start("said"), tail.end(), "account", conf))  # "[Daan] met een punt en dan 04"
            else:
                out[i] = (start, tail.end(), kind, conf)
        if kind == "account":
            lo = out[i - 1][1] if i else 0
            head = _SAID_HEAD_RE.search(text, max(lo, start - 60), start)
            if head is not None and head.group("part").lower() not in _FUNCTION_WORDS:
                out[i] = (head.start("part"), out[i][1], kind, conf)
    return sorted(out)


# a web or e-mail address said aloud whose first words no finder read: "de website [kinderen en] scheiding punt nl",
# "de link gestuurd [jeugdhulp regio] west punt nl", "de mail gaat naar [mama van] noor apenstaartje gmail punt com":
# the words between the keyword and the address, in its clause, five at most
_ADDRESS_KEY_RE = re.compile(r"(?<![\w-])(?:website|site|link|url|webadres|webpagina|mail|mailadres|e-mail|"
                             r"emailadres|e-mailadres|naar)(?:[ \t]+(?:is|was|gestuurd|genaamd|heet|luidt))?[ \t]*:?[ \t]+",
                             re.I)
_SAID_JOINER_RE = re.compile(r"(?<![\w-])(?:punt|apenstaartje|dot)(?![\w-])", re.I)
# words that lead to an address and are none of it: "mail me ff op [...]", "website van de buurtmoeders is [...]"
_BRIDGE_WORDS = frozenset("""op via is was staat staan stond nu naar aan bij me mij ons hem haar jullie hun van vd adres
mailadres e-mailadres emailadres veranderd gewijzigd deze die dat gerust ff even maar dan mee toch wel graag
eerst gewoon ook""".split())
_BETWEEN_RE = re.compile(r"[^\W_][\w'’-]*(?:[ \t]+[^\W_][\w'’-]*)*[ \t]*")  # words only: "link 👉 [...]" stays


def _address_key(text: str, m: re.Match[str], kind: str) -> bool:
    """The keyword fits the address: "website", "link" before a web address, "mail" before an e-mail address and
    "naar" after "mail" ("mail het maar naar ...")."""
    key = m.group().split()[0].lower().rstrip(":")
    if key == "naar":
        return kind == "e-mailadres" and "mail" in text[max(0, m.start() - 60):m.start()].lower()
    return ("mail" in key) == (kind == "e-mailadres")


def said_address_fronts(spans: list[Span], text: str) -> list[Span]:
    """A web or e-mail address said aloud takes the words between its keyword and its start, when none of them
    leads to it (see ``_BRIDGE_WORDS``)."""
    low = text.lower()
    if "punt" not in low and "apenstaartje" not in low and "dot" not in low:
        return spans
    out = list(spans)
    for i, (start, end, kind, conf) in enumerate(out):
        if kind not in ("url", "e-mailadres") or not _SAID_JOINER_RE.search(text, start, end):
            continue
        lo = max(0, start - 80)
        keys = [m for m in _ADDRESS_KEY_RE.finditer(text, lo, start) if _address_key(text, m, kind)]
        if not keys:
            continue
        key = keys[-1]
        between = text[key.end():start]
        if key.end() < start and _BETWEEN_RE.fullmatch(between) and len(between.split()) <= 5 \
                and not _BRIDGE_WORDS & set(between.lower().split()) \
                and not any(a < start and b > key.end() and k not in ("url", "e-mailadres", "naam")
                            for a, b, k, _c in out[:i]):
            out[i] = (key.end(), end, kind, conf)
    return out


# an e-mail address told in two parts, its user name first: "mail petra.hofman en dan @ kpnmail.nl" (the finder read
# the domain with its "@"; the user name before the lead is the address's first part)
_USER_BEFORE_AT_RE = re.compile(r"(?<![\w@.-])(?P<part>[^\W_][\w.+-]*[^\W_])[ \t]+(?:(?:en[ \t]+)?(?:dan|daarna)[ \t]+|en[ \t]+)?"
                                r"(?:het[ \t]+|de[ \t]+)?(?:rest[ \t]+|achterkant[ \t]+)?\Z", re.I)
_LEADS_ONLY_RE = re.compile(r"(?:(?:en[ \t]+)?(?:dan|daarna)[ \t]+)?", re.I)


def user_before_at(spans: list[Span], text: str) -> list[Span]:
    """An e-mail address found from its "@" on takes the user name told before it (a word with a dot, an
    underscore or a figure in it, or a name a finder read)."""
    if "@" not in text:
        return spans
    out = list(spans)
    for i, (start, end, kind, conf) in enumerate(spans):
        at = text.find("@", start, end)
        if kind != "e-mailadres" or at < 0 or not _LEADS_ONLY_RE.fullmatch(text, start, at):
            continue  # (the finder's span may hold the lead: "[dan @ kpnmail.nl]")
        m = _USER_BEFORE_AT_RE.search(text, max(0, start - 60), at)
        if m is None or m.group("part").lower() in _FUNCTION_WORDS:
            continue
        part = m.group("part")
        named = any(a <= m.start("part") < b and k == "naam" for a, b, k, _c in spans)
        if named or any(c in part for c in "._+") or any(c.isdigit() for c in part):
            out[i] = (m.start("part"), end, kind, conf)
    return out


# the "@" said as a word inside an address a finder read ("... apenstaartje hotmail punt com", "at gmail")
_SAID_AT_RE = re.compile(r"(?i)(?<![\w-])(?:app?e?n?staa?rt?je+|at|[åäàáâ]t|arobase)(?![\w-])")
_USER_PIECE_RE = re.compile(r"([\w.+-]+)[ \t]\Z")
# surname particles that may stand in a user name said with its dots ("henk punt van dam apenstaartje ...")
_USER_PARTICLES = frozenset("van de der den ter ten el al".split())
# a piece that only a user name has: a figure, or a dot, a plus or an underscore inside it ("fatma.kaya", "88")
_USER_MARK_INSIDE_RE = re.compile(r"[^\W_][._+][^\W_]|\d")


def _user_piece(piece: str) -> bool:
    return _USER_MARK_INSIDE_RE.search(piece) is not None  # (not "op." ending a sentence)


def said_user_pieces(spans: list[Span], text: str) -> list[Span]:
    """An e-mail address said aloud takes the pieces of its user name that speech recognition wrote apart before
    where the finder began ("naar [yas mina] 88 apenstaartje outlook punt com", "op [sandra punt hoek] stra
    apenstaartje ...", "OP [HENK PUNT VAN] DAM APENSTAARTJE ..."): up to four pieces with one blank between them,
    each a piece with a figure, a dot or an underscore in it ("fatma.kaya 2 apestaartje ..."), a name a finder read,
    or a word or surname particle that a said dot ("punt") stands before; anything else ends it ("mail me ff op ...",
    "u can find my email at ...")."""
    if not any(kind == "e-mailadres" for _, _, kind, _ in spans):
        return spans
    out = list(spans)
    for i, (start, end, kind, conf) in enumerate(spans):
        if kind != "e-mailadres" or _SAID_AT_RE.search(text, start, end) is None:
            continue
        new, taken = start, 0
        while taken < 4 and (m := _USER_PIECE_RE.search(text, max(0, new - 40), new)) is not None:
            piece, at = m.group(1), m.start(1)
            said_dot = (d := _USER_PIECE_RE.search(text, max(0, at - 40), at)) is not None \
                and d.group(1).lower() in ("punt", "dot")
            named = any(a <= at < b and k == "naam" for a, b, k, _c in spans)
            if piece.lower() in ("punt", "dot"):
                if d is None or d.group(1).lower() in _FUNCTION_WORDS:
                    break  # ("mail op punt ...")
                new = at  # (the said dot between the pieces: "sandra punt [hoek stra ...]")
                continue
            if not (named or _user_piece(piece)
                    or said_dot and (piece.lower() in _USER_PARTICLES or piece.lower() not in _FUNCTION_WORDS)):
                break
            new, taken = at, taken + 1
        if new < start:
            out[i] = (new, end, kind, conf)
    return out


# an IBAN written backwards, with a word that says so: "achterstevoren ...: 1127 0483 24BG NI26 LN" (NL62 INGB ...);
# read back to front it passes the IBAN's check (a number of figures only is a finder's already)
_REVERSED_IBAN_RE = re.compile(r"(?<![\w])\d[0-9A-Za-z \t]{10,34}?(?i:ln|eb)(?![\w])")
_AT_TOKEN_RE = re.compile(r"(?<![\w.@-])[\w.+-]+@[\w.-]+(?![\w@-])")
_MAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|be|eu|info|de)", re.I)
_REVERSAL_WORDS = ("achterstevoren", "andersom", "achteruit", "omgekeerd", "backwards", "reversed", "van achter")


def reversed_codes(text: str) -> list[Span]:
    """An IBAN or an e-mail address written back to front in a text that says it is ("ln.oodanaw@leinad")."""
    low = text.lower()
    if not any(w in low for w in _REVERSAL_WORDS):
        return []
    out = [(m.start(), m.end(), "iban", HIGH) for m in _REVERSED_IBAN_RE.finditer(text)
           if _iban_ok(re.sub(r"\s", "", m.group())[::-1].upper())]
    out += [(m.start(), m.end(), "e-mailadres", HIGH) for m in _AT_TOKEN_RE.finditer(text)
            if _MAIL_RE.fullmatch(m.group()[::-1])]
    return out


# a page on a platform said aloud, its path words after a said slash: "facebook punt com slash [eefjes] verhaal",
# "instagram punt com slash [de] reis van kees", "youtube punt com schuine streep [sami] speelt" (a page's name is
# words; they end at a sign, a word that goes on with the sentence, or after five)
_PLATFORM_PAGE_RE = re.compile(r"(?i)(?:face[ \t]?book|instagram|insta|youtube|tiktok|linkedin|twitter|snapchat|fb)[ \t]+"
                               r"(?:punt|dot)[ \t]+(?:com|nl)[ \t]+(?:slash|schuine[ \t]+streep)[ \t]+")
_PATH_WORD_RE = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_PATH_STOPS = frozenset("""daar dan en maar want die dat zegt zei is was staat stond staan heb hebben heeft kijk kijken voor
met als of waar hier ook nog zie schrijf schrijft schreef post posten deel delen volg volgen werkt werkte klopt
ik jij je u hij zij ze wij we jullie indien wanneer omdat zodat terwijl moet moeten kan kunnen wil willen mag mogen
zal zullen ga gaat gaan kun kunt
the and there is was where says said""".split())


def said_page_paths(spans: list[Span], text: str) -> list[Span]:
    """A web address on a platform said aloud takes the words of its page's name after its said slash."""
    low = text.lower()
    if "slash" not in low and "schuine" not in low:
        return spans
    out = list(spans)
    for i, (start, end, kind, conf) in enumerate(out):
        if kind != "url" or _PLATFORM_PAGE_RE.match(text, start) is None:
            continue
        hi = out[i + 1][0] if i + 1 < len(out) else len(text)
        taken = 0
        while taken < 5 and (w := _PATH_WORD_RE.match(text, end, hi)) is not None \
                and w.group(1).lower() not in _PATH_STOPS:
            end, taken = w.end(), taken + 1
        # (a name a finder read inside the page's name is the page's: "slash marieke [hofman] coach")
        while i + 1 < len(out) and out[i + 1][0] <= end + 1 and out[i + 1][2] in ("naam", "medewerker") \
                and (w := _PATH_WORD_RE.match(text, out[i + 1][1])) is not None and taken < 5 \
                and w.group(1).lower() not in _PATH_STOPS:
            end = max(end, w.end())
            taken += 1
            del out[i + 1]
        out[i] = (start, end, kind, conf)
    return out


# a web address said from its "www" to its end, the words between read as its name: "www punt wijkteam streepje
# leidsche rijn punt nl", "dubbel u dubbel u dubbel u punt jouwggd punt nl" (the "www" and the end are said, so the
# words between are the address, up to six of them)
_SAID_WWW_RE = re.compile(
    r"(?<![\w-])(?:www|w[ \t]w[ \t]w|(?:dubbel(?:e)?[ \t-]?(?:u|w|oe)|wee)(?:[ \t,]+(?:dubbel(?:e)?[ \t-]?(?:u|w|oe)|wee)){2})"
    r"[ \t]+(?:punt|dot)[ \t]+(?:[^\W_][\w'’-]*[ \t]+){1,6}?(?:punt|dot)[ \t]+"
    r"(?:nl|com|org|net|eu|be|info|nu)(?![\w-])", re.I)


def said_web_addresses(text: str) -> list[Span]:
    """A web address said aloud from its "www" to its end ("www punt ... punt nl")."""
    low = text.lower()
    if "www" not in low and "w w w" not in low and "dubbel" not in low and " wee " not in low and not low.startswith("wee "):
        return []
    return [(m.start(), m.end(), "url", HIGH) for m in _SAID_WWW_RE.finditer(text)]


# a number given in pieces over several sentences after its keyword, each piece led in: "BSN van mijn dochter in drie
# stukken. Eerst 670. Ze is trouwens heel blij met haar begeleider. Dan 776. En tot slot 907.", "mn nr in stukjes ok?
# eerst 06-27. ff wachten moet nog koken. dan 11. en dan 4398", "bsn in stukken: 379. ik heb het van de zorgpas. 557 393"
_PIECES_KEY_RE = re.compile(r"(?<![\w-])(?:bsn|burgerservicenummer|nummer|nr|telefoonnummer|mobiel|iban|rekeningnummer|"
                            r"rekening|postcode|cijfers)(?![\w-])", re.I)
_PIECE_RE = re.compile(r"(?<![\w.,:/-])\d{1,4}(?:[ -]\d{1,4}){0,3}(?![\w,/-]|[.:]\d)")
_PIECE_LEAD_RE = re.compile(r"(?:(?<![\w-])(?:eerst|dan|daarna|daarachter|en|slot|laatste|met|is|zijn|luidt|rest|vervolg|"
                            r"verder|komt|e-?mail|bericht|appje|helft|deel(?:\s+twee)?)|[:(])[ \t]*\Z", re.I)
# ("de rest is", not "restaurant"; "deel 2", "de tweede helft", "en dan komt", "in een aparte e-mail")
_PIECES_GATE_RE = re.compile(r"stuk|eerst|\b(?:deel|delen)\b|zinn?en|vervolg|\brest\b|helft|(?:dan|daarna)\s+komt|aparte|"
                             r"laatste\s+\S+\s+cijfers|begint\s+met")
_PIECES_KIND = {"bsn": "bsn", "burgerservicenummer": "bsn", "iban": "iban", "rekeningnummer": "iban", "rekening": "iban",
                "postcode": "postcode"}
_PIECE_FOUND_KINDS = frozenset({"nummer", "bsn", "iban", "telefoonnummer", "postcode", "zaaknummer"})


def pieces_across_sentences(text: str, spans: list[Span]) -> list[Span]:
    """The pieces of a number told over several sentences after its keyword: each a group of figures led in by a
    word ("eerst", "dan", "en tot slot", "de rest is") or opening a sentence; two pieces or more with six figures or
    more together, none a count or a time. A piece a finder took already counts ("eerst [nummer], en in een aparte
    e-mail 7840": the rest is the same number's)."""
    low = text.lower()
    if not _PIECES_GATE_RE.search(low):
        return []
    key = _PIECES_KEY_RE.search(text)
    if key is None:
        return []
    plain = restore_digits(text)  # (same length: "eerst 9O5")
    window = min(len(text), key.end() + 300)
    found = [(a, b, k) for a, b, k, _c in spans if key.end() <= a < window and k in _PIECE_FOUND_KINDS]
    pieces: list[tuple[int, int]] = []
    for m in _PIECE_RE.finditer(plain, key.end(), window):
        before = plain[max(key.end(), m.start() - 24):m.start()]
        opens = not before.strip() or before.rstrip()[-1:] in ".!?"
        if not (_PIECE_LEAD_RE.search(before) or opens) or UNIT_AFTER_RE.match(plain, m.end()) \
                or any(a < m.end() and b > m.start() for a, b, _k, _c in spans):
            continue
        pieces.append((m.start(), m.end()))
    figures = sum(c.isdigit() for a, b in pieces for c in plain[a:b]) + sum(
        sum(c.isdigit() for c in plain[a:b]) or 4 for a, b, _k in found)  # (a tag's figures are no longer read)
    if not pieces or len(pieces) + len(found) < 2 or figures < 6:
        return []
    kind = _PIECES_KIND.get(key.group().lower()) or next((k for _a, _b, k in found if k != "nummer"), "telefoonnummer")
    return [(a, b, kind, HIGH) for a, b in pieces]


accelerate(globals())  # (the scans: stemsync.deidentify.fastcase)
