"""Comments written in English (the templates have an English version).

The name and place rules read Dutch: in an English comment they take ordinary English
words for unknown names ("Mark my words", "MAY AND JUNE WERE VERY DIFFICULT", "we had 12
meetings in total"). :func:`is_english` tells such a comment by its function words, and
:func:`english_words_only` drops the name and place findings that are only frequent
English words."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from stemsync.deidentify.common import HIGH, LOW, Span, _Ctx
from stemsync.deidentify.fastcase import accelerate
from stemsync.deidentify.lists import _FUNCTION_WORDS, _name_lists, dictionary, entries, frequencies, unknown_word, words

# English words that Dutch does not write (not "is", "in", "we", "was", "had", "me": both languages)
_ENGLISH = frozenset("""the and you my our your to of for with it that this they he she but not at are were have has
i would will can could what when there their them been because very about from which who much just really help
helped didn't don't i'm it's think got too many one year years every always never should need like thank thanks please
son daughter kids children people more only different his her him us since again finally great never back than
then where why how who so next proud today tomorrow pls plz thx tmrw sry im cant dont wanna gonna got goes went came
saw sick""".split())
_DUTCH = frozenset("""de het een en ik je jij mijn onze ons niet met voor van dat dit die zijn hebben heeft
waren maar ook wel heel erg naar bij om te er zo nog al wat echt goed hij ze zij wij jullie dank bedankt fijn veel leuk
altijd nooit nu toen dus omdat als kan kon moet moeten wil werd wordt worden kind kinderen zoon dochter zn mn ff geen
hier daar alles iets niks niets ja nee gaat ging hulp""".split())
_WORD_RE = re.compile(r"[a-z']+")
EN_ZIPF = 4.0  # an ordinary English word: "total", "given", "grace" (not "Kowalski")


@functools.lru_cache(maxsize=16)
def english_and_dutch(lower: str) -> tuple[int, int]:
    """How many English and how many Dutch function words ``lower`` holds."""
    toks = _WORD_RE.findall(lower)
    return sum(t in _ENGLISH for t in toks), sum(t in _DUTCH for t in toks)


def is_english(lower: str) -> bool:
    """A comment in English: three English function words or more and twice as many as
    Dutch ones, or two and no Dutch one. (Cached: the de-identifier and several finders ask
    it of the same text.)"""
    en, nl = english_and_dutch(lower)
    return (en >= 3 and en > 2 * nl) or (en >= 2 and nl == 0)


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:\n"


_MONTHS_DAYS = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
_DOTTED_TITLE_BEFORE_RE = re.compile(r"(?<![\w-])(?:mrs|ms|mr|dr)\.\s*\Z", re.I)  # (an English title with its dot)
_TITLE_BEFORE_RE = re.compile(r"(?:^|\s)(?:mr|mrs|ms|miss|dr|mister|juf|meester|mevrouw|meneer|mw|dhr|(?-i:Mother|Sister|Brother|"
                              r"Pastor|Auntie|Aunty))\.?\s+\Z", re.I)  # (the last only capitalised: "Mother Rogers")
# a child's age in brackets after a capitalised name: "Grace (7) is doing so much better"
_BRACKET_AGE_AFTER_RE = re.compile(r"\s*\(\s*(?:\d{1,2}(?:[.,]5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                   r"thirteen|fourteen|fifteen|sixteen|seventeen)\s*(?:y|yo|yrs?|years?|jaar|jr|mo|months?)?\s*\)", re.I)
# a child or relative named right after the word for them: "our son Hunter", "my daughter Grace"
# (a capital there is a name, even when it is an English word as well)
_KIN_BEFORE_RE = re.compile(r"(?:^|\s)(?:son|daughter|dauther|doughter|daugther|boy|girl|brother|sister|nephew|niece|"
                            r"grandson|granddaughter|stepson|stepdaughter|husband|wife|youngest|eldest|oldest)\s+\Z", re.I)
_PLACE_TYPES = frozenset("school college academy lyceum centre center club park".split())
_LAST_WORD_RE = re.compile(r"\s+([^\W\d_]+)\Z")
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("est", ""),
             ("er", ""), ("ly", ""))


@functools.cache
def _english_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(words written in lowercase, words written only with a capital) of Webster's 2nd and
    GCIDE, from the ``english-words`` package: "mark" is a word, "james" only a name."""
    from english_words import get_english_words_set  # noqa: PLC0415

    entries = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    lower = frozenset(w for w in entries if w.islower())
    return lower, frozenset(w.lower() for w in entries if w[:1].isupper()) - lower


def name_word(low: str) -> bool:
    """A lowercase word of a name: one the English dictionary writes only with its capital ("simpson", "james"), or one
    in neither the English nor the Dutch dictionary ("kralingse", "cupecoy")."""
    lower, names = _english_lists()
    return low in names or low not in lower and low not in dictionary().words and low not in _FUNCTION_WORDS \
        and len(low) > 2 and not any(low.endswith(a) and len(low) > len(a) + 2 and low[:-len(a)] + b in lower
                                     for a, b in _SUFFIXES)  # (not a form the dictionary leaves out: "says")


def ordinary_english(word: str) -> bool:
    """An English word of the dictionary ("given", "grace", "caseworkers", "things"), not
    a name the dictionary writes only with its capital ("James", "Amsterdam")."""
    low = word.lower().strip("'’")
    lower, names = _english_lists()
    if low in _MONTHS_DAYS or low[:-1] in _MONTHS_DAYS or frequencies().at_least(low, 5.5, "en"):
        return True  # ("every Wednesday": the dictionary writes it with its capital; "has", "can", "will")
    if low in names:
        return False  # (also no "jam" + "es" in "james", no "piet" + "er" in "pieter")
    if low in _name_lists().first_any:  # a first name only when it is a word people write often:
        return low in lower and frequencies().at_least(low, EN_ZIPF, "en")  # "mark", "grace"; not "arjun"
    if low in lower and frequencies().at_least(low, 2.5, "en"):
        return True
    if any(low.endswith(a) and len(low) > len(a) + 2 and low[:-len(a)] + b in lower for a, b in _SUFFIXES):
        return True  # a word form the dictionary leaves out: "caseworkers", "things"
    return frequencies().at_least(low, EN_ZIPF, "en")


# verbs in the past tense that do not end in -ed, and adverbs that stand between a subject and its verb
_EN_IRREGULAR_PAST = frozenset("""took brought flew knew felt left went came said made got gave told saw ran sat kept lost met
paid sent spent stood thought won wrote broke chose drove fell forgot grew hid rode rang sang spoke stole swam threw woke
wore found heard held led meant read sold taught understood began became bought caught fought slept""".split())
_EN_ADVERBS = frozenset("""still actually really realy always never sometimes also just finally already even often usually
says say didnt didn't doesnt doesn't couldnt couldn't cant can't wont won't""".split())


def english_verb_after_name(word: str) -> bool:
    """``word`` (lowercase) is what follows a name in English: a verb in the past tense ("turned", "took"), with its
    -s ("misses", "knows") or -ing ("crying"), an adverb ("still"), or any word common in English ("away",
    "instead"): no surname ("sofia turned 13"; "priya patel" is one)."""
    if word in _EN_IRREGULAR_PAST or word in _EN_ADVERBS:
        return True
    lower, names = _english_lists()
    if word in names:
        return False
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y" in lower  # "cried"
    if word.endswith("ed") and len(word) > 4:
        return word[:-2] in lower or word[:-1] in lower or (word[-3] == word[-4] and word[:-3] in lower)
    if word.endswith("ing") and len(word) > 5:
        return word[:-3] in lower or word[:-3] + "e" in lower or (word[-4] == word[-5] and word[:-4] in lower)
    if word.endswith("s") and len(word) > 3 and (word[:-1] in lower or (word.endswith("es") and word[:-2] in lower)):
        return True
    return ordinary_english(word) and frequencies().at_least(word, EN_ZIPF, "en")


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def misspelt_english(phrase: str) -> bool:
    """One lowercase word, on no name list, one letter off an English word of the
    dictionary ("plese", "evry", "judje", "sumtimes")."""
    word = phrase.strip()
    if not word.isalpha() or not word.islower() or len(word) < 4:
        return False
    names = _name_lists()
    if word in names.first_any or word in names.surnames_all:
        return False
    lower = _english_lists()[0]
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} \
        | {a + c + b[1:] for a, b in splits if b for c in _LETTERS} | {a + c + b for a, b in splits for c in _LETTERS}
    return any((e in lower and frequencies().at_least(e, 3.5, "en") or e in _MONTHS_DAYS) and len(e) >= 4
               for e in edits if e != word)


@functools.cache
def _listed_schools() -> frozenset[str]:
    """The names of ``data/school_names.txt``, lowercase ("rug", "summa")."""
    return frozenset(n.lower() for n in entries("school_names"))


# a first name that is an English word ("hope", "sky", "grace", "chase") is a person's in a person's context:
# a verb or a predicate only a person has after it ("Sky realy listend", "HOPE WAS AMAZING", "ngl sky is the only
# adult who", "Brooke said I should", "GRACE FROM THE OFFICE"), or a friend or family word before it ("my bf
# Hunter", "my cousin chase" and "chase my cousin")
_EN_PERSON_AFTER_RE = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:(?:really|realy|rly|always|actually|just|also|never|even)\s+)?(?:said|says|sayd|told|tells|listened|listend|listens|explained|explains|drew|"
    r"understood|understands|lives|lived|gets\s+me|got\s+me|asked|asks|texted|called|calls|visited|cried|laughed|replied|knew|knows|"
    r"(?:was|is|were|are)\s+(?:(?:so|very|really|realy|rly|super|always|the)\s+)?(?:amazing|great|grate|kind|nice|patient|"
    r"lovely|sweet|helpful|the\s+best|the\s+only\s+(?:adult|one|person|worker)|my\s+(?:mentor|coach|worker|friend|"
    r"bestie|cousin|sister|brother|sis|bro))|is\s+my\s+(?:middle\s+|first\s+|real\s+|nick\s*)?name|"
    r"\s*\(\s*\d{1,2}\s*\)|from\s+(?:the\s+)?(?:office|team|wijkteam|jeugdteam|gemeente|youth\s+care|youth\s+cent(?:re|er)|youth\s+club)"
    # (a classmate or teammate: "amber from year 10 told me", "will and rose from my year", "WILL AND [Sam] FROM MY
    # FOOTBALL TEAM")
    r"|(?:(?:and|&|n)\s+[^\W\d_][\w'’-]*\s+)?from\s+(?:(?:my|our)\s+(?:year|class|klas|grade|team|football\s+team|"
    r"group|street|school)|year\s+\d{1,2}|grade\s+\d{1,2}))"
    r"(?![\w'’])", re.I)
_EN_FRIEND_BEFORE_RE = re.compile(
    r"(?:^|[\s(])(?:my|our|his|her)\s+(?:bf|gf|boyfriend|girlfriend|bff|bestie|best\s+friend|cousin|friend|mate|sis|bro|"
    r"sister|brother|aunt|auntie|uncle|nan|gran|grandma|grandpa|mentor|teacher|coach|therapist|worker|counsellor)\s+\Z", re.I)
_EN_FRIEND_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*(?:my|our)\s+(?:cousin|friend|bestie|bff|bf|gf|sis|bro|mentor|coach)\b"
                                 # (a relative in brackets or after the name: "june (my sis)", "ROSE (MY MUM)", "Grace my
                                 # little sister is 9", "ask frank (my stepdad)")
                                 r"|[ \t]*\([ \t]*(?:my|our)\s+(?:little\s+|big\s+|older\s+|younger\s+|step\s*|twin\s+)?"
                                 r"(?:sis|sister|bro|brother|mum|mom|mother|dad|father|stepdad|stepmum|stepmom|aunt|auntie|"
                                 r"uncle|cousin|nan|gran|grandma|grandpa|friend|bestie|twin|son|daughter)\b"
                                 r"|[ \t]+(?:my|our)\s+(?:little|big|older|younger|baby|twin)\s+(?:sis|sister|bro|brother)\b",
                                 re.I)
# "Aunt May drives him", "Uncle Bill flew in": a capitalised name after a capitalised word for an aunt or uncle
# (forty-eighth session: and the grandparents, "Grandma Pat flew in", "Nana Joy")
_AUNT_UNCLE_BEFORE_RE = re.compile(r"(?:^|[\s(])(?i:aunt|auntie|aunty|uncle|grandma|grandpa|granny|grandad|granddad|nana|"
                                   r"nanna|gran|grandmother|grandfather|cousin)\s+\Z")


# verbs that open a sentence before "my mentor": "Hope my mentor reads this" (no name)
_VERBS_BEFORE_FRIEND = frozenset("hope wish thank thanks tell ask let help call trust bless love miss hate like".split())


def in_person_context(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands where a person does (see the patterns above)."""
    return (_EN_PERSON_AFTER_RE.match(text, end) is not None
            or (_EN_FRIEND_AFTER_RE.match(text, end) is not None and text[start:end].lower() not in _VERBS_BEFORE_FRIEND)
            or _EN_FRIEND_BEFORE_RE.search(text, max(0, start - 30), start) is not None)


_DETERMINER_BEFORE_RE = re.compile(r"(?:^|\s)(?:the|a|an|this|that|my|our|his|her|their|your|every|last|next|some|no)\s+\Z",
                                   re.I)


# two first names said to be the writer's family or friends: "summer and autumn are my little sisters", "[Noah]
# AND STORM (MY TWINS, 6)"; a nickname in quotes in brackets after a name: "our son Oluwaseun ("Seun"), 16"
_EN_PAIR_KIN_RE = re.compile(
    r"(?<![\w'’-])(?P<a>[^\W\d_][\w'’-]+)\s+(?:and|&|\+)\s+(?P<b>[^\W\d_][\w'’-]+)\s+(?:are|were)\s+(?:my|our)\s+"
    r"(?:(?:little|big|older|younger|twin|baby|best|step|half)\s+)?(?:sisters|brothers|cousins|friends|siblings|twins|kids|"
    r"children|sons|daughters|girls|boys)\b"
    r"|(?<![\w'’-])(?:and|&|\+)\s+(?P<c>[^\W\d_][\w'’-]+)\s*\(\s*(?:my|our)\s+(?:twins|kids|sons|daughters|girls|boys|children)\b",
    re.I)
_IS_MY_NAME_RE = re.compile(r"(?<![\w'’-])(?P<a>[^\W\d_][\w'’-]+)\s+is\s+my\s+(?:middle\s+|first\s+|real\s+|second\s+|nick\s*)?name\b",
                            re.I)
_NICKNAME_RE = re.compile(r"(?<![\w-])[A-Z][\w'’-]+\s*\(\s*[\"“„'‘](?P<nick>[A-Z][\w'’-]{1,20})[\"”'’]\s*\)")


_PRONOUN_BEFORE_RE = re.compile(r"(?:^|\s)(?:i|you|u|we|they|he|she|it|who|that|this|mentor|worker|coach)\s+\Z", re.I)


def _relative_in_brackets_after(text: str, end: int) -> bool:
    """A relative or friend in brackets right after the word: "june (my sis)", "ROSE (MY MUM)"."""
    return text[end:end + 3].lstrip().startswith("(") and _EN_FRIEND_AFTER_RE.match(text, end) is not None


def _aunt_or_uncle_before(text: str, start: int) -> bool:
    """A capitalised word after "Aunt", "Uncle" or a grandparent: "Aunt May drives him", "Grandma Pat flew in"."""
    return text[start:start + 1].isupper() and _AUNT_UNCLE_BEFORE_RE.search(text, max(0, start - 10), start) is not None


def _will_named(text: str, start: int, end: int) -> bool:
    """"will" as a name: what only a person does after it, no subject before it ("will and rose from my year";
    not "I will from now on")."""
    return _EN_PERSON_AFTER_RE.match(text, end) is not None \
        and _PRONOUN_BEFORE_RE.search(text, max(0, start - 10), start) is None


def _friend_and_person(text: str, start: int, end: int) -> bool:
    """A listed first name, however frequent a word, with a friend or relative before it and a person's verb
    after it: "my friend hope told me to fill this in" (not "my friend will call")."""
    return (text[start:end].lower() in _name_lists().first_any
            and _EN_FRIEND_BEFORE_RE.search(text, max(0, start - 30), start) is not None
            and _EN_PERSON_AFTER_RE.match(text, end) is not None)


# a feast named "... Day": a country's ("Canada Day") or one of these
_NAMED_DAY_RE = re.compile(r"([^\W\d_][\w'’]*)\s+Day", re.I)
_WORD_BEFORE_DAY_RE = re.compile(r"([^\W\d_][\w'’]*)\s+\Z")
_DAYS_OF = frozenset("independence emancipation labor labour memorial thanksgiving remembrance boxing mother's mothers "
                     "father's fathers valentine's valentines king's kings queen's queens australia waitangi anzac "
                     "victoria".split())


# "Storm (yes that's really his name lol)": the word before it is a name
REAL_NAME_BRACKET_RE = re.compile(r"\s*\(\s*(?:yes\s*,?\s*)?(?:that'?s|that\s+is|it'?s)\s+(?:really\s+|actually\s+|truly\s+)?"
                                  r"(?:his|her|their)\s+(?:real\s+)?name\b", re.I)


def _named_by_pattern(text: str, start: int, end: int) -> bool:
    """Whether a pattern of :func:`find_english_word_names` that names its word took ``start:end`` (also a month
    with a relative in brackets after it, "june (my sis)", or a capitalised word after "Aunt" or "Uncle")."""
    if _relative_in_brackets_after(text, end) or not text[start:end].isupper() and _aunt_or_uncle_before(text, start) \
            or _friend_and_person(text, start, end) \
            or text[start:end].lower() == "will" and _will_named(text, start, end) or REAL_NAME_BRACKET_RE.match(text, end):
        return True
    from stemsync.deidentify.nicknames import called_before  # noqa: PLC0415  (nicknames reads this module)

    if called_before(text, start):
        return True  # "we call her tata"
    for rx in (_IS_MY_NAME_RE, _EN_PAIR_KIN_RE, _NICKNAME_RE):
        for m in rx.finditer(text, max(0, start - 60), min(len(text), end + 80)):
            if any(m.span(g) == (start, end) for g in rx.groupindex if m.group(g)):
                return True
    return False


# (fiftieth session) a person's title in English and a word after it: "Miss Bee and coach Ray", "Mother Rogers from
# church", "the jeugdzorg lady mrs. brooks", "miss hodge was the best" (a text in capitals reaches the finders re-cased)
_EN_TITLES = frozenset("miss ms mrs mr mister sister brother mother pastor auntie aunty".split())
_EN_TITLED_RE = re.compile(
    r"(?<![\w-])(?:(?P<cap>(?-i:Miss|Ms|Mrs|Mr|Mister|Sister|Brother|Mother|Pastor|Auntie|Aunty))\.?\s+(?P<n>(?-i:[A-Z][a-z'’-]+))"
    r"|(?:mrs|ms|mr)\.\s*(?P<d>[a-z][a-z'’-]+)"
    r"|(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bdont\s)"
    r"(?<!\bdon't\s)(?<!\breally\s)(?<!\bstill\s)(?:miss|mrs|ms|mister)\s+(?P<l>[a-z][a-z'’-]+))(?![\w'’-])")
_TITLE_HEAD_RE = re.compile(r"(?:Miss|Ms|Mrs|Mr|Mister|Sister|Brother|Mother|Pastor|Auntie|Aunty)\.?\s+(?=[A-Z][a-z'’-])")
_EN_NOT_TITLED = frozenset("""the a an and or of to in on at my our your his her their this that nature earth day universe
world teresa""".split())


def _titled_english_names(ctx: _Ctx) -> Iterator[Span]:
    """A name after an English title (see _EN_TITLED_RE): capitalised after a capitalised title; lowercase after "mrs."
    with its dot; a lowercase word that is no English or Dutch word after "miss" (not "i miss home")."""
    for m in _EN_TITLED_RE.finditer(ctx.text):
        group = "n" if m.group("n") else "d" if m.group("d") else "l"
        word = m.group(group).lower()
        if word in _EN_NOT_TITLED or word in _FUNCTION_WORDS or word in _MONTHS_DAYS:
            continue
        if group == "n" and (ctx.shouting or _title_case_text(ctx.text)):
            continue
        if group == "l" and not name_word(word):
            continue
        yield m.start(group), m.end(group), "naam", LOW


def _title_case_text(text: str) -> bool:
    """Every word of three letters or more of ``text`` capitalised ("Miss Universe Is Back"): a headline's capitals."""
    long_words = [w for w in re.findall(r"[^\W\d_]{3,}", text)]
    return len(long_words) >= 4 and all(w[0].isupper() for w in long_words)


def find_english_word_names(ctx: _Ctx) -> Iterator[Span]:
    """First names in an English text where a person stands: a listed one that is an English word
    ("sky is the only adult who"), or a capitalised word that is no frequent English word ("Brooke
    said", "my bf Hunter"), not after an article ("the summer was great") and not a verb ("my
    mentor said"); two words said to be the writer's sisters or twins ("summer and autumn are my
    little sisters"), "X is my middle name"; and (in any language) a nickname in quotes in brackets
    after a name ("Oluwaseun ("Seun")")."""
    if "(" in ctx.text:
        for m in _NICKNAME_RE.finditer(ctx.text):
            if m.group("nick").lower() not in _FUNCTION_WORDS:
                yield m.start("nick"), m.end("nick"), "naam", HIGH
    if not is_english(ctx.lower):
        return
    first = _name_lists().first_any
    if ctx.words & _EN_TITLES:
        yield from _titled_english_names(ctx)
    for m in _IS_MY_NAME_RE.finditer(ctx.text) if "name" in ctx.words else ():
        if m.group("a").lower() not in _FUNCTION_WORDS and m.group("a").lower() not in {"that", "this", "it", "what"}:
            yield m.start("a"), m.end("a"), "naam", HIGH  # "brooke is my middle name"
    for m in _EN_PAIR_KIN_RE.finditer(ctx.text):
        for g in ("a", "b", "c"):
            word = (m.group(g) or "").lower()
            # (also "summer and autumn are my sisters"; not "work and school are my friends")
            if word and word not in _FUNCTION_WORDS and (word in first or not ordinary_english(word)):
                yield m.start(g), m.end(g), "naam", HIGH
    freq = frequencies()
    for start, end, token in ctx.tokens:
        low = token.lower()
        if low == "will":
            # the modal is never followed by what only a person does: "will and rose from my year", "WILL AND [Sam]
            # FROM MY FOOTBALL TEAM SAID" (not "my mentor will call")
            if _will_named(ctx.text, start, end):
                yield start, end, "naam", HIGH
            continue
        if not token.isalpha() or low in _FUNCTION_WORDS or len(low) < 3:
            continue
        aunt = not ctx.shouting and _aunt_or_uncle_before(ctx.text, start)
        if low in _MONTHS_DAYS:
            # a month that is a first name where only a person fits: "Aunt May drives him", "june (my sis) wants to"
            if low in first and (aunt or _relative_in_brackets_after(ctx.text, end)):
                yield start, end, "naam", HIGH
            continue
        # (in capitals only a rarer word: "GRACE FROM THE OFFICE", not "OUR COACH HAS")
        listed = low in first and not freq.at_least(low, 5.5 if token[:1].isupper() and not ctx.shouting else 5.0, "en")
        friend = aunt or _EN_FRIEND_BEFORE_RE.search(ctx.text, max(0, start - 30), start) is not None
        capital = token[:1].isupper() and not ctx.shouting and (friend or not freq.at_least(low, 4.0, "en")
                                                                  and low not in dictionary().words)
        # (a listed name however frequent a word between a friend word and a person's verb: see _friend_and_person)
        if (listed or capital or friend and low in first and _EN_PERSON_AFTER_RE.match(ctx.text, end) is not None) \
                and (aunt or in_person_context(ctx.text, start, end)) \
                and _DETERMINER_BEFORE_RE.search(ctx.text, max(0, start - 8), start) is None:
            yield start, end, "naam", HIGH


_SCHOOL_YEAR_WORDS = frozenset("year yr grade group class form".split())
_FIGURE_AFTER_RE = re.compile(r"[ \t]*\d")
_GENERIC_EN_SCHOOL_RE = re.compile(r"\b(?:secondary|primary|high|middle|elementary|boarding|special|secundary)\s+school\b", re.I)


def english_words_only(spans: list[Span], text: str, shouting: bool) -> list[Span]:
    """``spans`` without the names and places of an English ``text`` that are only ordinary
    English words. A capitalised listed first name or rarer word in the middle of a sentence
    ("with Grace", "school, Amity, has"),
    a capitalised place there ("the office in Best"), a first name in a text in capitals
    ("MARK IS OUR ELDEST") and anything after a title ("Mrs Smith") stay; months and
    weekdays are no first names ("by June things were calmer", "MAY AND JUNE WERE ...")."""
    first = _name_lists().first_any
    out: list[Span] = []
    for span in spans:
        start, end, kind = span[0], span[1], span[2]
        if kind == "naam" and shouting and _DETERMINER_BEFORE_RE.search(text, max(0, start - 8), start) \
                and all(ordinary_english(w) for w in text[start:end].split()):
            continue  # "THE FAITH OF MY KIDS", "A BLESSING FOR OUR FAMILY": a noun after an article
        if kind in {"plaats", "naam"} and text[start:end].lower() in _SCHOOL_YEAR_WORDS and _FIGURE_AFTER_RE.match(text, end):
            continue  # "He's in Year 10 now": a school year
        if kind == "school" and _GENERIC_EN_SCHOOL_RE.search(text, start, end) and all(
                ordinary_english(w) or w.lower() in _MONTHS_DAYS for w in text[start:end].split()):
            continue  # "Our son started secondary school in September": no school's name
        if kind in {"school", "locatie", "plaats"}:  # "AT [DE KAMERAAD] DID NOT": an English word after a name
            # (not a listed place's last word: "simpson bay")
            while (kind != "plaats" or text[start:end].lower() not in _name_lists().places) \
                    and (m := _LAST_WORD_RE.search(text, start, end)) is not None and m.start() > start \
                    and (shouting or not m.group(1)[0].isupper()) and ordinary_english(m.group(1)) \
                    and not frequencies().at_least(m.group(1).lower(), EN_ZIPF) and m.group(1).lower() not in first \
                    and m.group(1).lower() not in dictionary().words:  # (a Dutch word stays: "stedelijk gymnasium")
                end = m.start()
            span = (start, end, *span[2:])
            span_words = [w.strip("'’").lower() for w in text[start:end].split()]
            dutch_article = text[start:end].startswith(("De ", "Het ")) and not _sentence_start(text, start) \
                and not shouting  # "she rides it to De Troubadour": a Dutch name, capital article and all
            acronym = kind == "school" and not shouting and text[start:end].isupper() \
                and text[start:end] in entries("international_school_acronyms")  # "I go to ISH" (not the word "ish")
            if kind != "plaats" and span_words and all(ordinary_english(w) for w in span_words) and not acronym \
                    and not _PLACE_TYPES.intersection(span_words) and not dutch_article \
                    and " ".join(span_words) not in _listed_schools():  # (a listed school stays: "the student desk at rug")
                continue  # "THANK YOU [SO MUCH FOR EVERYTHING]": English words, no school's or place's name
        if kind == "adres" and not shouting and _english_verb_and_count(text[start:end]):
            continue  # "because i bring 3 kids to school": a frequent English word and a number
        if kind == "naam" and ((d := _NAMED_DAY_RE.fullmatch(text, start, end)) is not None
                               or text[start:end] == "Day" and (d := _WORD_BEFORE_DAY_RE.search(text, 0, start))) \
                and (d.group(1).lower() in _DAYS_OF or d.group(1).lower() in words("countries")):
            continue  # "We celebrated Canada Day", "on Independence Day": a feast
        if kind == "naam" and not shouting and (t := _TITLE_HEAD_RE.match(text, start, end)) is not None and t.end() < end \
                and all(ordinary_english(w) for w in text[start:end].split()):
            out.append((t.end(), end, *span[2:]))
            continue  # (fifty-first session) "Mother Rogers from church": the title a grown name took, then the name
        if kind == "naam" and _named_by_pattern(text, start, end):
            out.append(span)
            continue  # "summer and autumn are my little sisters", "brooke is my middle name"
        titled = _TITLE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
        if kind == "naam" and misspelt_english(text[start:end]) and not (
                _DOTTED_TITLE_BEFORE_RE.search(text, max(0, start - 8), start) or titled and name_word(text[start:end].lower())):
            continue  # "plese send", "sumtimes i felt", "the judje was": a typo, no name (not "mrs. brooks", "miss hodge")
        if kind == "naam" and titled \
                and all(w.lower() in _ENGLISH or frequencies().at_least(w.lower(), 5.5, "en") for w in text[start:end].split()):
            continue  # "the juf said he", "the juf and the coach": an English word after a Dutch title
        if kind == "naam" and in_person_context(text, start, end) and text[start:end].lower() in first \
                and text[start:end].lower() not in _MONTHS_DAYS \
                and not frequencies().at_least(text[start:end].lower(), 5.5 if text[start:start + 1].isupper()
                                               and not shouting else 5.0, "en") \
                and _DETERMINER_BEFORE_RE.search(text, max(0, start - 8), start) is None:
            out.append(span)
            continue  # "Sky realy listend", "my bf Hunter"
        if kind in {"naam", "plaats"} and not titled \
                and not (kind == "naam" and text[start:start + 1].isupper() and not shouting
                         and _KIN_BEFORE_RE.search(text, max(0, start - 16), start)) \
                and not (kind == "naam" and text[start:start + 1].isupper() and _BRACKET_AGE_AFTER_RE.match(text, end)) \
                and not (kind == "naam" and (a := EN_NAME_AGE_RE.match(text, start)) is not None
                         and a.end("who") == end):  # "grace is 4 and ...": a child with an age
            span_words = [w.strip("'’") for w in text[start:end].split()]
            if span_words and all(ordinary_english(w) for w in span_words):
                mid = not shouting and not _sentence_start(text, start)
                named = any(w.lower() not in _MONTHS_DAYS and (
                    (mid and w[:1].isupper() and (kind == "plaats" or w.lower() in first
                                                  or not frequencies().at_least(w.lower(), EN_ZIPF, "en")))
                    or (shouting and kind == "naam" and w.lower() in first
                        and not frequencies().at_least(w.lower(), 5.5, "en"))
                    # (in capitals a place that is a rarer English word: "WE CAME FROM SHANGHAI", not "IN BEST SHAPE")
                    or (shouting and kind == "plaats" and not frequencies().at_least(w.lower(), 4.5, "en"))) for w in span_words) or (  # (not "HAS", "CAN")
                    # a Dutch town that is a rare English word: "at work in delft" (not "in best shape")
                    kind == "plaats" and " ".join(span_words).lower() in _name_lists().places
                    and (not any(frequencies().at_least(w.lower(), 3.0, "en") for w in span_words)
                         # (fiftieth session) a listed place of several words, one of them a name the English
                         # dictionary writes with its capital: "back to simpson bay"
                         or len(span_words) > 1 and (any(name_word(w.lower()) for w in span_words)
                                                     or " ".join(span_words).lower() in words("places_caribbean_suriname")
                                                     and span_words[0].lower() != "the")))  # (not "the bottom of")
                if not named:
                    continue
        out.append(span)
    return out


def _english_verb_and_count(phrase: str) -> bool:
    """A lowercase frequent English word (in no Dutch dictionary) and a number: no street."""
    letters = [w for w in phrase.split() if not any(c.isdigit() for c in w)]
    return bool(letters) and all(w.islower() and w not in dictionary().words and frequencies().at_least(w, 4.5, "en")
                                 for w in letters)


# an English sentence opened by a lowercase word, a form of "to be" or "turn", and a child's age:
# "grace is 4 and goes to ...", "sofiia turned 13 in the shelter", "little chi-chi is 4 and"
EN_NAME_AGE_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\band\s)|(?<=\blittle\s)|(?<=\bgirl\s)|(?<=\bboy\s)|(?<=\bson\s)|(?<=\bdaughter\s))(?P<who>[a-zà-ÿ][\w'’-]{2,})\s+(?:is|was|turned|turns)\s+"
    r"(?:(?:only|just|now|almost|nearly|already)\s+)?(?P<age>\d{1,2})(?![\w.,:/-])"
    r"(?=\s*(?:[.,!?;)]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF])|\s+(?:and|now|but|so|years?|yrs?|in|on|last|this|today)\b)")


def english_name_before_age(who: str) -> bool:
    """Whether ``who``, opening "who is 4 and ...", is a child's name: a listed first name, or a
    word in no Dutch dictionary and rare in English; never an English function word."""
    if who in _ENGLISH or frequencies().at_least(who, 5.0, "en"):
        return False  # "everything is 4 times ...", "rent is 12"
    return who in _name_lists().first_any or (who not in dictionary().words
                                              and not frequencies().at_least(who, 4.0, "en"))


# what a person does, right after their name at a sentence start: "Chinwe starts at", "Bia loves",
# "Maya talked", "OLUWADAMILOLA NEEDS A SCHOOL"
_EN_VERBS = frozenset("""is was has had can cant can't could will wont won't would did didnt didn't does doesnt doesn't
said says told tells got gets goes went came comes made makes felt feels""".split())
_TOKEN_RE = re.compile(r"[^\W\d_][\w'’-]*")
_OUR_AFTER_RE = re.compile(r"\s*\(\s*(?:our|my|his|her|the|mn|m'n|mijn|onze)\s", re.I)  # "Grace (our youngest, 6)", "Storm (mn youngest)"


def _verb_like(word: str) -> bool:
    if word in _EN_VERBS:
        return True
    lower = _english_lists()[0]
    return (word.endswith("s") and word[:-1] in lower or word.endswith("ed") and (word[:-2] in lower or word[:-1] in lower)) \
        and len(word) >= 4


# who writes, named in a greeting or a sign-off: "hi jomar here", "greetings bong", "save it pls - Marites",
# "thank you joy for the coats" (a listed first name, or a word in no English or Dutch dictionary)
_HI_HERE_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?:hi|hello|hey|hoi|hallo)\s*,?\s+(?:it['’]?s\s+|this\s+is\s+)?"
                         r"(?P<n>[^\W\d_][\w'’-]{2,})\s+here\b", re.I)
# ... or opening the comment without a greeting ("Gemmma here, mum of ...", "Grzegorsz hir, my BSN ..."), and the
# person to call ("call Dragos on 06...")
_NAME_HERE_RE = re.compile(r"^\W*(?P<n>[A-Z][\w'’-]{2,})\s+(?:here|hir|hier)\s*[,!.:;–-]")
_CALL_NAME_RE = re.compile(r"\b(?:call|ring|text|phone)\s+(?P<n>[A-Z][a-zà-ÿ'’-]{2,})\s+(?:on|at)\b", re.I)
_SIGN_OFF_RE = re.compile(r"(?:(?<=\s)[-–—~]|(?<=\s)x{1,3}|\b(?:greetings|regards|cheers|thanks|thank\s+you|thx|love|groetjes|groeten))"
                          r"\s*,?\s+(?P<n>[^\W\d_][\w'’-]{2,})\s*[.!]*\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*)*$", re.I)
_THANK_NAME_RE = re.compile(r"\b(?:(?:thank|thnk|thnak)\s+(?:you|u|yu)|ty|thx|thanks|tysm)\s+(?P<n>[^\W\d_][\w'’-]{2,})"
                            r"(?:\s+(?:for|so|very|4)\b|(?P<comma>\s*[,!]))", re.I)
# thanks for everything, then a first name at the end: "thx for everything sunny ☀️☀️", "thanks for all of it, hope!"
_THANKS_FOR_ALL_RE = re.compile(r"\b(?:thx|thanks|thank\s+you|thank\s+u|ty|tysm)\s+(?:so\s+much\s+)?for\s+(?:everything|all|it\s+all|"
                                r"all\s+of\s+it)\s*,?\s+(?P<n>[^\W\d_][\w'’-]{2,})(?=\s*(?:[!.,]|$|[\U0001F300-\U0001FAFF\u2600-\u27BF]))", re.I)
# a first name, then the writer's worker it is, opening a sentence: "Dawn my mentor is leaving??", "bear, our group leader"
_NAME_MY_ROLE_RE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<n>[^\W\d_][\w'’-]{2,})\s*,?\s+(?:my|our)\s+(?:mentor|worker|coach|caseworker|"
                              r"case\s+worker|social\s+worker|counsel+or|therapist|guardian|teacher|group\s+leader|"
                              r"foster\s+(?:mum|mom|dad|mother|father|carer|parent)|"
                              # (and a relative: "JÁNOS MY HUSBAND LOSE HIS JOB", "Bogadn my husbend was angri")
                              r"husband|husbend|husbant|wife|son|daughter|brother|sister|mother|father|mum|mom|dad|"
                              r"grandma|grandpa|grandmother|grandfather|uncle|aunt|cousin|nephew|niece|partner|"
                              r"boyfriend|girlfriend|ex)\b(?!['’])", re.I)  # (not "LAVENDER, MY DAUGHTER'S FAVOURITE FLOWER")
# a first name before the relative who writes: "I AM DAWN'S FOSTER DAD", "will's mum here"; "dad of zomer here"
_NAME_S_KIN_RE = re.compile(r"(?<![\w'’-])(?P<n>[^\W\d_][\w-]{2,})['’]s\s+(?:foster\s+|step\s*)?(?:dad|mum|mom|mother|"
                            r"father|parents?|carer|grandma|grandmother|granny|nan|grandpa|grandfather)\b", re.I)
_KIN_OF_NAME_RE = re.compile(r"(?<![\w-])(?:dad|mum|mom|mother|father|mama|papa|parents?)\s+of\s+(?P<n>[^\W\d_][\w'’-]{2,})"
                             r"\s+(?:here|writing)\b", re.I)
_NOT_ADDRESSED = frozenset("""all everyone everybody guys both again team too lots much so very mate dear friends
sir madam ladies people folks you""".split())


def _addressed_name(word: str) -> bool:
    low = word.lower()
    if low in _NOT_ADDRESSED or low in _ENGLISH or low in _MONTHS_DAYS:
        return False
    if low in _name_lists().first_any:
        return not frequencies().at_least(low, 5.0, "en")
    return not ordinary_english(low) and low not in dictionary().words and low not in _name_lists().places


def _first_name_addressed(word: str) -> bool:
    """A listed first name thanked with a comma after it is a name, frequent English word or not ("thank you mark,")."""
    low = word.lower()
    return low in _name_lists().first_any and low not in _NOT_ADDRESSED and low not in _ENGLISH \
        and low not in _MONTHS_DAYS and low not in _FUNCTION_WORDS


# a child or relative in lowercase right after the word for them: "our daughter ananya was scared"
_KIN_LOWER_RE = re.compile(r"(?<![\w-])(?:son|daughter|boy|girl|brother|sister|nephew|niece|grandson|granddaughter|"
                           r"stepson|stepdaughter|husband|wife|youngest|eldest|oldest)\s+(?P<n>[a-zà-ÿ][\w'’-]{2,})")


# a Dutch surname with its particle, in lowercase, after an English role word: "the guardian van den berg"
_ROLE_PARTICLE_RE = re.compile(
    r"(?<![\w-])(?:guardian|caseworker|case\s+worker|case\s+manager|social\s+worker|teacher|counsel+or|"
    r"therapist|psychologist|lawyer|judge|nurse|midwife|doctor|dr\.?|mr\.?|mrs\.?|ms\.?|family|neighbou?r)\s+"
    r"(?P<n>(?:van\s+(?:de[nr]?\s+|het\s+|'t\s+)?|de\s+|ter\s+|ten\s+|el\s+|al\s+)[a-zà-ÿ][\w'’-]{2,})(?![\w-])")


_ROLE_PARTICLE_WORDS = ("guardian", "worker", "manager", "teacher", "counsel", "therapist", "psycholog", "lawyer",
                        "judge", "nurse", "midwife", "doctor", "dr.", "mr.", "mrs", "ms.", "dr ", "mr ", "ms ", "family",
                        "neighbo")


def role_particle_names(text: str) -> list[Span]:
    """A Dutch surname with its particle in lowercase after an English role word, also in a
    comment too short to be read as English ("the guardian van den berg was strict")."""
    if " van " not in text and " de " not in text and " ter " not in text and " ten " not in text \
            and " el " not in text and " al " not in text:
        return []  # (most comments have a "de" or "van", the role word is the rarer gate, but "in" is cheap)
    low = text.lower()
    if not any(w in low for w in _ROLE_PARTICLE_WORDS):
        return []
    return [(m.start("n"), m.end("n"), "naam", "low") for m in _ROLE_PARTICLE_RE.finditer(text)]


_VERB_AFTER_RE = re.compile(r"\s+([a-z']+)")


# a lowercase first name after a role word: "the coach rob was a blessing" (a name on a list, not "the coach alot")
_ROLE_LOWER_RE = re.compile(r"(?<![\w-])(?:coach|mentor|caseworker|counsel+or|therapist|voogd)\s+"
                            r"(?P<n>[a-zà-ÿ][\w'’-]{2,})(?![\w-])")
_TITLES = frozenset("mr mrs ms miss dr mister mevrouw meneer mw dhr juf meester".split())


# (or a word that follows a person, not a thing: "my brother fox and my sister dawn both had", "my mentor wolf at
# school got me"; not "my daughter really is")
_AFTER_KIN_NAME = frozenset("and both at from also".split())


def _named_kin(text: str, m: re.Match[str]) -> bool:
    """A first name that is an English word too, between the kinship word and a verb: "my daughter blessing is
    fifteen", "our son hunter was", or an age in brackets: "my daughter hope (8)" (not "my daughter really is")."""
    after = _VERB_AFTER_RE.match(text, m.end("n"))
    name = m.group("n")
    return (after is not None and (after.group(1) in _EN_VERBS or after.group(1) in _AFTER_KIN_NAME)
            or _BRACKET_AGE_AFTER_RE.match(text, m.end("n")) is not None) \
        and name in _name_lists().first_any \
        and name not in _ENGLISH and not name.endswith("ly")


def _written_by(text: str) -> list[Span]:
    """Names in greetings, sign-offs and thanks, and lowercase names after a kinship word."""
    out: list[Span] = role_particle_names(text)
    for rx in (_HI_HERE_RE, _NAME_HERE_RE, _CALL_NAME_RE, _SIGN_OFF_RE, _THANK_NAME_RE, _KIN_LOWER_RE, _ROLE_LOWER_RE):
        for m in rx.finditer(text):
            name = m.group("n")
            if rx is _CALL_NAME_RE:
                low = name.lower()
                if low in _NOT_ADDRESSED or low in _MONTHS_DAYS or low in _FUNCTION_WORDS:
                    continue
                if name[0].isupper() and not name.isupper() \
                        and low not in dictionary().words and not frequencies().at_least(low, 4.0, "en") \
                        or low in _name_lists().first_any and not ordinary_english(low) and low not in dictionary().words:
                    out.append((m.start("n"), m.end("n"), "naam", "low"))  # "call Dragos on 06...", "text bram at 06..."
                continue                                                    # (not "call Sister")
            if rx is _THANK_NAME_RE and name[0].isupper() and not name.isupper() and not _sentence_start(text, m.start("n")) \
                    and (name.lower() in _name_lists().first_any or name.lower() in _WORD_NAMES_EXTRA) \
                    and name.lower() not in _NOT_ADDRESSED \
                    and name.lower() not in _MONTHS_DAYS and name.lower() not in _FUNCTION_WORDS:
                out.append((m.start("n"), m.end("n"), "naam", "low"))  # "ty Will 4 fixing my DigiD"
                continue
            if rx is _ROLE_LOWER_RE:
                if name in _name_lists().first_any and name not in _TITLES and _named_kin(text, m):
                    out.append((m.start("n"), m.end("n"), "naam", "low"))
                continue
            if rx is _KIN_LOWER_RE and (name in _ENGLISH or _verb_like(name) or ordinary_english(name)
                                        or name in dictionary().words):
                if _named_kin(text, m):  # (a word, but a listed name before a verb: "our son hunter was")
                    out.append((m.start("n"), m.end("n"), "naam", "low"))
                continue  # "our son is", "my daughter started", "her brother and"
            if _addressed_name(name) or rx is _THANK_NAME_RE and m.group("comma") and _first_name_addressed(name):
                out.append((m.start("n"), m.end("n"), "naam", "low"))
    # a listed first name, frequent English word or not, where only a person fits
    for rx in (_THANKS_FOR_ALL_RE, _NAME_MY_ROLE_RE, _NAME_S_KIN_RE, _KIN_OF_NAME_RE):
        for m in rx.finditer(text):
            name = m.group("n")
            if rx is _NAME_MY_ROLE_RE and text[m.end("n"):m.end("n") + 1] != "," \
                    and frequencies().at_least(name.lower(), 4.5, "en"):
                continue  # "Hope my mentor reads this": a verb ("I hope"), not "Hope, my mentor, ..."
            if (_first_name_addressed(name) or rx is _NAME_MY_ROLE_RE and unknown_word(name)) \
                    and name.lower() not in _KIN_WORDS_EN:
                out.append((m.start("n"), m.end("n"), "naam", "low"))
    return out


# relatives and roles, no names before "'s dad" ("my mum's dad")
_KIN_WORDS_EN = frozenset("mum mom dad mother father sister brother son daughter nan gran granny grandma grandpa wife "
                          "husband partner mentor teacher friend aunt uncle cousin baby".split())


# "from the Kowalski family", "the de Vries family": a family by its name (not "the foster family")
# (also at a sentence's start without "the": "KOWALSKI FAMILY HERE", "Mensah family writing")
_FAMILY_RE = re.compile(r"(?:(?<![\w-])the\s+|(?:^|(?<=[.!?]\s))(?=[^\W\d_][\w'’-]{2,}\s+family\s+(?:here|writing|again)\b))"
                        r"(?P<n>(?:(?:van|de|der|den|el|al)\s+){0,2}[^\W\d_][\w'’-]{2,})\s+family\b", re.I)


# the endings of the English adjectives before "family" ("the blended family", "the adoptive family")
_ADJECTIVE_ENDS = ("ed", "ive", "al", "ic", "ing", "ous", "ful", "ent", "ant", "ary", "ian", "ish", "less")


def _family_word(low: str) -> bool:
    """An English word that stands before "family" as a word, not a surname: a frequent one or an adjective ("the
    foster family", "the blended family"; not "the patel family", "the khan family": surnames, rare or listed)."""
    return ordinary_english(low) and low not in _name_lists().surnames_all and (
        frequencies().at_least(low, 4.0, "en") or low.endswith(_ADJECTIVE_ENDS))


def _family_names(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _FAMILY_RE.finditer(text) if "family" in text.lower() else ():
        last = m.group("n").split()[-1].lower()
        if not (last in _ENGLISH or _family_word(last) or last in dictionary().words or _verb_like(last)
                or last in _name_lists().places):
            out.append((m.start("n"), m.end("n"), "naam", "low"))
    return out


# a first name that is an English word too opening a sentence before the team or service it comes from: "mark from
# the buurtteam helped me", "Will from the wijkteam" (a Dutch word or a team after "the"; not "mark from the start")
_FROM_THE_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\bbut\s)|(?<=\band\s)|(?<=\bthat\s)|(?<=\bwhen\s)|(?<=\bbecause\s))"
                          r"(?P<n>[^\W\d_][a-z'’-]{2,})\s+(?:from|of|at)\s+the\s+(?:(?:youth|local|care|new|old)\s+)?"
                          r"(?P<org>[^\W\d_][\w-]{2,})")  # (also "Will from the youth team")


_NAME_AND_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<p>[^\W\d_][a-z'’-]{2,})\s+(?:and|&)\s+\Z", re.I)


def _from_the_team(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _FROM_THE_RE.finditer(text) if " the " in text else ():
        name, org = m.group("n").lower(), m.group("org").lower()
        team = org.endswith("team")
        if (name in _name_lists().first_any or name in _WORD_NAMES_EXTRA and team) \
                and (team or org in dictionary().words and not ordinary_english(org)):
            out.append((m.start("n"), m.end("n"), "naam", "low"))
            pair = _NAME_AND_BEFORE_RE.search(text, max(0, m.start() - 24), m.start("n"))
            if pair is not None and pair.group("p").lower() in _name_lists().first_any:
                out.append((pair.start("p"), pair.end("p"), "naam", "low"))  # "mark and [wil] from the team"
    return out


# a first name before "and I": "Grace and I feel heard", "me and Grace" (also a word elsewhere: the pair marks it)
_AND_I_RE = re.compile(r"(?<![\w'’-])(?P<n>[A-Z][a-zà-ÿ'’-]{2,})\s+and\s+I(?![\w'’])|\bme\s+and\s+(?P<m>[A-Z][a-zà-ÿ'’-]{2,})(?![\w-])"
                       # (lowercase, with "n" too, before a bracket or what two people do: "me and joy (my twin)",
                       # "me n fox (my roommate)", "me and storm moved")
                       r"|\bme\s+(?:and|n|&)\s+(?P<l>[a-z][a-zà-ÿ'’-]{2,})(?=\s*\((?:my|our|the)\s|\s+(?:both|moved|are|were|r|"
                       r"went|got|have|had|hav|lived|live|used|shared|met|did)\b"
                       # (a third: "me n will n [Sam] did the group")
                       r"|\s+(?:and|n|&)\s+[^\W\d_][\w'’-]*\s+(?:both\s+)?(?:did|went|are|were|r|got|have|had|met|used)\b)"
                       # ("Beer and me where in the same leefgroep": a first name before "and me" opening a sentence)
                       r"|(?:^|(?<=[.!?]\s))(?P<f>[^\W\d_][a-zà-ÿ'’-]{2,})\s+(?:and|n|&)\s+me\b(?!\s+and)")
_NOT_NAMES_AND_I = frozenset("mum mom dad daddy mummy mommy grandma grandpa nan papa mama husband wife".split())
# a first name, also lowercase, that is someone's role: "mark was our coach", "Hope is my daughter's mentor"
_NAME_IS_ROLE_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\band\s))(?P<n>[^\W\d_][a-zà-ÿ'’-]{2,})\s+(?:was|is|has\s+been)\s+(?:our|my|his|her|the)\s+(?:[\w'’]+\s+)?"
    r"(?:coach|worker|caseworker|guardian|counsel+or|therapist|mentor|teacher|contact|helper|support\s+worker|"
    r"social\s+worker|case\s+manager|psychologist|nurse)\b", re.I)


# two first names that are a pair of people: "Mark and Will r twins", "Hope and Faith are sisters"
_PAIR_OF_PEOPLE_RE = re.compile(r"(?<![\w'’-])(?P<a>[^\W\d_][a-zà-ÿ'’-]{2,})\s+(?:and|&|\+|n)\s+(?P<b>[^\W\d_][a-zà-ÿ'’-]{2,})\s+"
                                r"(?:are|r|were)\s+(?:(?:(?:my|our|both|the|best)\s+)?(?:twins|brothers|sisters|siblings|cousins|friends|"
                                r"sons|daughters|kids|children)\b|both\s+(?:great|good|amazing|lovely|nice|kind|helpful|there)\b)")
# a person asked to get in touch: "Can Mark call me on ...", "can wouter call him before?" (not "can you call me",
# "can someone text me")
_CAN_NAME_CALL_RE = re.compile(r"(?<![\w'’-])(?:[Cc]an|[Cc]ould|[Ww]ould|[Pp]ls|[Pp]lease|[Pp]lz)\s+(?P<n>[^\W\d_][a-zà-ÿ'’-]{2,})\s+"
                               r"(?:call|text|ring|phone|email|e-mail|mail|contact|app|whatsapp)\s+(?:me|him|her|us|my|our|them|back)\b")
# a person asked for: "Can Sunny please keep working with us?"
_CAN_PLEASE_RE = re.compile(r"(?<![\w'’-])(?:[Cc]an|[Cc]ould|[Ww]ill|[Ww]ould|[Mm]ay)\s+(?P<n>[A-Z][a-zà-ÿ'’-]{2,})\s+please\b")
# a person's name told: "my daughter is called hoop, after my grandmother" (not "she called jeugdzorg")
_CALLED_RE = re.compile(r"(?<![\w-])(?:daughter|son|girl|boy|baby|child|kid|brother|sister|mentor|worker|she|he)\b"
                        r"[^.!?\n]{0,20}?(?:\b(?:is|was)\s+|['’]s\s+)(?:called|named)\s+(?P<n>[^\W\d_][\w'’-]{1,})", re.I)


def _paired_names(text: str) -> list[Span]:
    out: list[Span] = []
    first = _name_lists().first_any
    if " and I" in text or "me and " in text or "me n " in text or "me & " in text or " and me" in text:
        for m in _AND_I_RE.finditer(text):
            g = "n" if m.group("n") else "m" if m.group("m") else "l" if m.group("l") else "f"
            low = m.group(g).lower()
            if (low in first or low in _WORD_NAMES_EXTRA) and low not in _NOT_NAMES_AND_I and low not in _name_lists().places:
                out.append((m.start(g), m.end(g), "naam", "low"))  # (also "me and will both did the group")
    if "called" in text or "named" in text:
        for m in _CALLED_RE.finditer(text):
            low = m.group("n").lower()
            if low not in _FUNCTION_WORDS and low not in _ENGLISH and (low in first or not ordinary_english(low)):
                out.append((m.start("n"), m.end("n"), "naam", "low"))
    for m in _PAIR_OF_PEOPLE_RE.finditer(text) if " are " in text or " r " in text or " were " in text else ():
        a, b = m.group("a"), m.group("b")
        if (a.lower() in first or b.lower() in first) and a[0].isupper() and b[0].isupper() \
                or (a.lower() in first or a.lower() in _WORD_NAMES_EXTRA) and (b.lower() in first or b.lower() in _WORD_NAMES_EXTRA) \
                and a.lower() not in _FUNCTION_WORDS | _NOT_NAMES_AND_I \
                and b.lower() not in _FUNCTION_WORDS | _NOT_NAMES_AND_I:  # (in lowercase both on the list)
            out.extend((m.start(g), m.end(g), "naam", "low") for g in ("a", "b"))  # "Mark and Will r twins"
    for m in _CAN_NAME_CALL_RE.finditer(text):
        low = m.group("n").lower()
        if low in first and low not in _FUNCTION_WORDS and low not in _NOT_ADDRESSED and low not in _name_lists().places:
            out.append((m.start("n"), m.end("n"), "naam", "low"))
    for m in _CAN_PLEASE_RE.finditer(text) if "please" in text else ():
        if m.group("n").lower() in first and m.group("n").lower() not in _name_lists().places:
            out.append((m.start("n"), m.end("n"), "naam", "low"))  # "Can Sunny please keep working with us?"
    if " was " in text or " is " in text or " been " in text:
        for m in _NAME_IS_ROLE_RE.finditer(text):
            if m.group("n").lower() in first:
                out.append((m.start("n"), m.end("n"), "naam", "low"))
    return out


# a first name that is an English word too, opening a sentence, where what follows shows a person: "Hope started at
# the ISK ... she's 12", "Summer turned 9", "storm is fifteen", "joy (8) doesn't want to", "Sunny says hi", "Chance has
# made remarkable progress. At the age of 12, he ...", "Will is doing so much better" (the modal is never followed by
# "is"); not "Hope is what keeps us going", "Summer was hot"
_WORD_NAMES_EXTRA: frozenset[str] = frozenset("will hunter honour honor chance victory brook".split())  # (on no first-name list)
# what only a person does, after the word: "Victory wanted to write this himself", "Rain refused to go", "Mercy has
# fever", "Grace is doing much better", "Faith in trouble for ...", "Joy's teacher suggested", "Brook moved to the living
# group" (not "Hope is fading", "Summer is coming", "Rain is forecast")
_PERSON_NEXT_RE = re.compile(
    r"(?:['’]s\s+(?:teacher|mum|mom|mother|dad|father|brother|sister|friends?|school|class|mentor|birthday|bike|room"
    r"|therapist|coach|twin|foster)\b"
    r"|\s+(?:wanted|wants|refused|refuses|loves|loved|hates|hated|misses|missed|cried|cries|screamed|lost\s+(?:her|his)"
    r"|has\s+(?:a\s+)?(?:fever|flu|the\s+flu|a\s+cold|school|therapy)|had\s+(?:a\s+)?(?:fever|flu|the\s+flu|a\s+cold)"
    r"|is\s+doing\s+(?:so\s+|much\s+|a\s+lot\s+|really\s+)*(?:better|beter|well|great|fine|good|ok|okay)"
    r"|(?:did['’]?nt|didn['’]?t|doesn['’]?t|does\s+not|did\s+not)\s+(?:want|like|understand|sleep|eat)"
    r"|in\s+trouble|moved\s+(?:to|in\s+with)\s+(?:the|her|his|a|our|my)"
    # (what a worker did: "sunny helped me open a bank account", "Wolf actually listened", "jade held my hand")
    r"|(?:(?:actually|really|always|even|never)\s+)?(?:helped|listened|texted|visited|explained|fixed)"
    r"\s+(?:me|us|my|our|him|her|to|when|every)|held\s+(?:my|our|his|her)\s+hand"
    r"|(?:actually|really|always)\s+listened"
    # (named beside the person's role: "Dawn my mentor is leaving", "Will, our worker, said")
    r"|,?\s+(?:my|our)\s+(?:mentor|worker|caseworker|coach|guardian|therapist|teacher|counsel+or|begeleider|voogd)\b"
    r"|started\s+(?:school|nursery|daycare|in\s+(?:year|grade|group|groep)|at\s+(?:the\s+)?(?:isk|school|nursery|daycare"
    r"|creche|kindergarten)))\b)", re.I)
_PERSON_ONLY_VERBS = frozenset("says said asked asks cries cried hates hated laughs laughed smiles smiled misses missed".split())
# a sentence's first word a conjunction: "But Hunter wanted me to add ...", "And Mercy refused"
_CONJ_START_RE = re.compile(r"(?:^|[.!?:\n]\s*)(?:but|and|so|then|also|plus|ps|p\.s\.)\s*,?\s+\Z", re.I)
_TOKEN_STEM_RE = re.compile(r"[^\W\d_][\w-]*?(?=['’]s\b)")
_HE_SHE_RE = re.compile(r"\b(?:she|he|her|his|him|she['’]s|he['’]s|shes|hes)\b", re.I)
_AGE_AFTER_VERB_RE = re.compile(
    r"\s+(?:is|was|turned|turns)\s+(?:now\s+|only\s+|just\s+|almost\s+)?(?:\d{1,2}(?!\d)|\w+teen|\w+tean|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b", re.I)
_BRACKET_DIGIT_RE = re.compile(r"\s*\(\s*\d")
_MODAL_NAME_NEXT = frozenset("is was has had does did got gets goes went loves loved likes liked".split())
# what follows "is" or "was" when the word is a thing: "Storm is what we call our dog", "Will was not the problem",
# "Will is exactly what my son lacked"; and pronouns on a first-name list ("mine is [...] but he never answers")
_THING_AFTER_RE = re.compile(r"\s+(?:is|was)\s+(?:what|exactly|a|an|not|important|key|everything|all|it|there|why|how"
                             r"|the(?!\s+(?:best|only|one|first|kindest|sweetest|nicest|greatest|funniest|reason\s+(?:we|i)))"
                             r")\b", re.I)  # (not "Storm was the best hulpverlener")
_NOT_WORD_NAMES = frozenset("mine yours hers ours theirs".split())
_AND_TWIN_RE = re.compile(r"\s*(?:and|&)\s+\S+\s*\(\s*(?:the\s+|my\s+|our\s+)?twins\b", re.I)  # "Mercy and [Sam] (the twins, 6)"


def _word_names_at_start(text: str, shouting: bool) -> list[Span]:
    """First names that are English words opening a sentence, a person shown by what follows (see above)."""
    out: list[Span] = []
    first = _name_lists().first_any
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        if tok.endswith(("'s", "’s")) and len(tok) > 4:
            m = _TOKEN_STEM_RE.match(text, m.start())  # "Joy's teacher": the name without its "'s"
            tok = m.group()
        low = tok.lower()
        if len(low) < 3 or not (low in first or low in _WORD_NAMES_EXTRA) or not (
                _sentence_start(text, m.start()) or _CONJ_START_RE.search(text, max(0, m.start() - 12), m.start())) \
                or low in _MONTHS_DAYS or low in _NOT_ADDRESSED or low in _name_lists().places:
            continue
        if not (tok[0].isupper() and (shouting or tok[1:].islower()) or tok.islower()):
            continue  # (a text in capitals is read in a lowercase copy)
        if low in _ENGLISH and low not in _WORD_NAMES_EXTRA or low in _NOT_WORD_NAMES \
                or _THING_AFTER_RE.match(text, m.end()) is not None:
            continue  # ("said", "may" stay words; "Storm is what we call our dog")
        nxt = _TOKEN_RE.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
        word = nxt.group().lower() if nxt is not None else ""
        if low == "will":
            person = word in _MODAL_NAME_NEXT
        else:
            person = _BRACKET_DIGIT_RE.match(text, m.end()) is not None or word in _PERSON_ONLY_VERBS \
                or _PERSON_NEXT_RE.match(text, m.end()) is not None \
                or _AND_TWIN_RE.match(text, m.end()) is not None or (
                _verb_like(word) and (_AGE_AFTER_VERB_RE.match(text, m.end()) is not None
                                      or _HE_SHE_RE.search(text, m.end(), m.end() + 150) is not None))
        if person:
            out.append((m.start(), m.end(), "naam", "low"))
    return out


# (forty-ninth session) a relative or a new child named in lowercase right after the word for them: "my dad clive",
# "the new girl demi", "my lil sis joy" (a listed first name that is no frequent English word there: not "my dad
# always", "my son will", "my sister grace")
_KIN_LOWER_NAME_RE = re.compile(
    r"(?<![\w'’-])(?:my|our|his|her|their|your|the\s+new|a\s+new)\s+(?:(?:little|lil|big|older|younger|baby|new|step|"
    r"twin|ex|best)\s+)?(?:son|daughter|dad|daddy|mum|mom|mummy|mommy|mother|father|brother|sister|bro|sis|cousin|"
    r"auntie|aunty|aunt|uncle|granny|grandma|grandpa|gran|grandad|girl|boy|friend|bestie|wife|husband|girlfriend|"
    r"boyfriend|nephew|niece|kid|stepdad|stepmum|stepmom)\s+(?P<n>[a-z][a-z'’-]{2,})(?![\w'’-])")


def _kin_lower_names(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _KIN_LOWER_NAME_RE.finditer(text):
        low = m.group("n")
        if low in _name_lists().first_any and low not in _ENGLISH and low not in _MONTHS_DAYS \
                and not frequencies().at_least(low, 4.3, "en") and not _verb_like(low) and low not in dictionary().words:
            out.append((m.start("n"), m.end("n"), "naam", "low"))
    return out


def _mistyped_dutch_word(low: str) -> bool:
    from stemsync.deidentify.resolver import _mistyped_word  # noqa: PLC0415 (resolver.py reads this module)

    return _mistyped_word(low)


def english_names(text: str, shouting: bool) -> list[Span]:
    """Names of an English ``text`` that the Dutch rules leave, added after the English
    filter: a capitalised word right after "son", "daughter" ("our son Hunter"); and at the
    start of a sentence a capitalised word in no English or Dutch dictionary and on no place
    list before a verb ("Chinwe starts at ...", "Abdirashid was ..."), or any capitalised
    word before "(our ..." ("Grace (our youngest) was allowed ..."); a first name that is a word
    opening a sentence about a person ("Hope started at the ISK ... she's 12")."""
    out: list[Span] = _written_by(text) + _family_names(text) + (_from_the_team(text) + _paired_names(text)
                                                                  + _kin_lower_names(text)
                                                                  if not shouting else []) + _word_names_at_start(text, shouting)
    places = _name_lists().places
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        if len(tok) < 3 or not tok[0].isupper():
            continue
        if not _sentence_start(text, m.start()):
            if not shouting and tok[1:].islower() and tok.lower() not in _MONTHS_DAYS \
                    and _KIN_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()):
                out.append((m.start(), m.end(), "naam", "low"))  # "our son Hunter (9)", "my daughter Grace"
            continue
        if not shouting and not tok[1:].islower():
            continue  # "ADHD is ...": an abbreviation
        low = tok.lower()
        if _OUR_AFTER_RE.match(text, m.end()) and not shouting and low not in _MONTHS_DAYS:
            out.append((m.start(), m.end(), "naam", "low"))
            continue
        nxt = _TOKEN_RE.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
        if nxt is None or not _verb_like(nxt.group().lower()):
            continue
        if low in places or low in dictionary().words or low in words("capitalised_words"):
            continue  # (nor a feast or a language: "Chuseok was in the middle of the trajectory")
        if len(low) >= 8 and _mistyped_dutch_word(low):
            continue  # (forty-ninth session) "Jeugzorg was not like i expected": a Dutch word mistyped (not an English
            # word one letter off: a name is often misspelt into one, "Hpoe", "Fiath")
        if (not ordinary_english(low) and low not in dictionary().proper and not frequencies().at_least(low, 4.0)
                and low not in _english_lists()[1]) \
                or (low in _name_lists().first_any and not frequencies().at_least(low, EN_ZIPF, "en")):
            out.append((m.start(), m.end(), "naam", "low"))
    return sorted(set(out))  # (two rules may find the same name: "mark was our coach")


# a Dutch street written the English way, the house number first ("14 Mathenesserlaan", "Flat 3, 118 West-Kruiskade",
# "27B Zwart Janstraat", "33 korreweg"), or in lowercase after "on" ("a parking fine on stationsstraat", "lived on
# zaagmuldersweg"): the number and the street are one address
_STREET_ENDS = ("straat", "weg", "laan", "plein", "kade", "gracht", "singel", "dijk", "steeg", "dreef")
_STREET_END = "(?:" + "|".join(_STREET_ENDS) + ")"
_EN_NUMBER_STREET_RE = re.compile(
    r"(?<![\w.,/:-])(?:(?:flat|apt\.?|apartment|unit)\s+\d{1,4}[a-z]?,?\s*)?\d{1,4}[a-z]?\s+"
    r"(?P<words>(?:[^\W\d_][\w'’-]*\s+){0,2})[^\W\d_][\w'’-]*" + _STREET_END + r"(?![\w-])", re.I)
# (not a square in lowercase: "chill at museumplein" is a place anyone goes)
# (also after "the" and other prepositions, and a lowercase first word before it: "letters to the sportlaan", "from
# the keizer karelweg", "behind the populierenlaan")
_EN_ON_STREET_RE = re.compile(r"(?<![\w-])(?:on|at|near|along|from|to|behind|past|off|opposite|in|the)\s+(?:the\s+)?"
                              r"(?P<s>(?:[a-z][a-z'’-]{2,}\s+(?=[a-z'’-]{4,}(?:weg|laan|straat)(?![\w-])))?[a-z][a-z'’-]{3,}"
                              "(?:" + "|".join(end for end in _STREET_ENDS if end != "plein") + r"))(?![\w-])")


# (after "on", "at", "near" or "along" any street word is a street: "outside the office on stationsstraat"; after
# "the" and the other prepositions not one of the dictionary: "the snelweg", "to the fietspad")
_ON_AT_RE = re.compile(r"(?<![\w-])(?:on|at|near|along)\s+\Z", re.I)


def english_streets(text: str) -> list[Span]:
    """Dutch streets in an English text with the house number before them, or in lowercase after "on", "the" or
    another preposition ("on stationsstraat", "letters to the sportlaan", "from the keizer karelweg")."""
    low = text.lower()
    if not any(end in low for end in _STREET_ENDS):
        return []
    # (the words before the street's last are its own: "27B Zwart Janstraat", not "12 but its Kerkstraat")
    out: list[Span] = [(m.start(), m.end(), "adres", HIGH) for m in _EN_NUMBER_STREET_RE.finditer(text)
                       if not any(ordinary_english(w.lower()) or w.lower() in _FUNCTION_WORDS for w in m.group("words").split())]
    out += [(m.start("s"), m.end("s"), "adres", LOW) for m in _EN_ON_STREET_RE.finditer(text)
            if m.group("s").split()[-1] not in dictionary().words or _ON_AT_RE.search(text, 0, m.start("s"))]
    return out


accelerate(globals())  # (the case-insensitive scans: stemsync.deidentify.fastcase)
