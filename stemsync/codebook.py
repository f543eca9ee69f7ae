"""The codebook: instrument definitions read from ``survey_templates/<id>.yaml``.

One file per instrument is the single source of truth for codes, texts, scales,
themes and which answers are free text. Everything downstream (the ``.lss``
compiler, the sync's column types, the publication, the portal's labels) reads the
typed objects defined here. ``docs/codebook.md`` describes the file format.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Iterator

import yaml

TEMPLATES_DIR = resources.files("stemsync") / "survey_templates"  # the built-in codebooks (package data)

KINDS = ("scale", "choice", "yesno", "text")
CODE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,19}\Z")
OPTION_CODE_RE = re.compile(r"^[A-Za-z0-9]{1,5}\Z")
ID_RE = re.compile(r"^[a-z][a-z0-9-]*\Z")
THEME_RE = re.compile(r"^[a-z][a-z0-9-]*\Z")
RESERVED = frozenset(
    "ID TOKEN SUBMITDATE LASTPAGE STARTLANGUAGE SEED STARTDATE DATESTAMP IPADDR REFURL "
    "SID GID QID SGQ LANG NULL TRUE FALSE THIS SELF THAT".split()
)
MAX_SCALE_POINTS = 11

Text = dict[str, str]  # language code -> text


class CodebookError(Exception):
    """A codebook file cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class Option:
    code: str
    label: Text


@dataclass(frozen=True)
class Scale:
    name: str
    min: int
    max: int
    labels: dict[int, Text]

    @property
    def points(self) -> list[int]:
        return list(range(self.min, self.max + 1))

    @staticmethod
    def answer_code(value: int) -> str:
        """LimeSurvey answer code of a scale point (``A0`` .. ``A10``)."""
        return f"A{value}"

    def value_of(self, answer_code: str) -> int | None:
        """The score for a LimeSurvey answer code, or None if it is not on this scale."""
        if not answer_code.startswith("A") or not answer_code[1:].isdigit():
            return None
        value = int(answer_code[1:])
        return value if self.min <= value <= self.max else None

    def label(self, value: int, language: str) -> str:
        """The number, followed by its label where the scale has one."""
        text = self.labels.get(value, {}).get(language)
        return f"{value} - {text}" if text else str(value)


@dataclass(frozen=True)
class Question:
    code: str
    kind: str
    text: Text
    help: Text | None = None
    theme: str | None = None
    mandatory: bool = False
    scale: Scale | None = None
    options: tuple[Option, ...] = ()

    @property
    def is_free_text(self) -> bool:
        return self.kind == "text"


@dataclass(frozen=True)
class ContextField:
    code: str
    label: Text
    hidden: bool = True
    role: bool = False    # holds who fills it in (results per role)
    team: bool = False    # holds the team (results per team, region and organisation)
    options: tuple[Option, ...] = ()


@dataclass(frozen=True)
class Group:
    code: str
    title: Text
    description: Text | None
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Instrument:
    id: str
    version: int
    sid: int
    languages: tuple[str, ...]
    title: Text
    description: Text
    welcome: Text
    end: Text
    scales: dict[str, Scale]
    context: tuple[ContextField, ...]
    groups: tuple[Group, ...]
    source: Path | Traversable | None = field(default=None, compare=False)

    @property
    def base_language(self) -> str:
        return self.languages[0]

    @property
    def questions(self) -> Iterator[Question]:
        for group in self.groups:
            yield from group.questions

    def question(self, code: str) -> Question:
        for question in self.questions:
            if question.code == code:
                return question
        raise KeyError(code)

    @property
    def role_field(self) -> ContextField | None:
        return next((c for c in self.context if c.role), None)

    @property
    def team_field(self) -> ContextField | None:
        return next((c for c in self.context if c.team), None)

    @property
    def codes(self) -> list[str]:
        """Answer column codes in survey order: context fields first, then questions."""
        return [c.code for c in self.context] + [q.code for q in self.questions]


# -- loading ------------------------------------------------------------------


class _Reader:
    """Collects every problem in one file instead of stopping at the first."""

    def __init__(self, source: str, languages: tuple[str, ...]):
        self.source = source
        self.languages = languages
        self.problems: list[str] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{self.source}: {where}: {message}" if where else f"{self.source}: {message}")

    def text(self, value: Any, where: str, name: str, required: bool = True) -> Text | None:
        if value is None:
            if required:
                self.problem(where, f"'{name}' is missing")
            return None
        if not isinstance(value, dict):
            self.problem(where, f"'{name}' must give a text per language ({', '.join(self.languages)})")
            return None
        text: Text = {}
        for language in self.languages:
            content = value.get(language)
            if not isinstance(content, str) or not content.strip():
                self.problem(where, f"'{name}' has no {language} translation")
            else:
                text[language] = content.strip()
        for language in value:
            if language not in self.languages:
                self.problem(where, f"'{name}' has a text in {language}, which is not in languages")
        return text

    def code(self, value: Any, where: str, seen: set[str]) -> str:
        code = str(value) if value is not None else ""
        if not CODE_RE.match(code):
            self.problem(where, f"code '{code}' is not valid for LimeSurvey "
                         "(start with a letter, only letters and digits, at most 20 characters)")
        elif code.upper() in RESERVED:
            self.problem(where, f"code '{code}' is a word LimeSurvey reserves")
        if code.upper() in seen:
            self.problem(where, f"duplicate code '{code}'")
        seen.add(code.upper())
        return code

    def options(self, raw: Any, where: str) -> tuple[Option, ...]:
        if not isinstance(raw, list):
            self.problem(where, "'options' must be a list of {code, label}")
            return ()
        options, seen = [], set()
        for item in raw:
            item = item if isinstance(item, dict) else {}
            code = str(item.get("code", ""))
            if not OPTION_CODE_RE.match(code):
                self.problem(where, f"option code '{code}' is not valid (letters and digits, at most 5)")
            if code in seen:
                self.problem(where, f"duplicate option code '{code}'")
            seen.add(code)
            label = self.text(item.get("label"), where, f"label of option '{code}'")
            options.append(Option(code, label or {}))
        return tuple(options)


def _scale(reader: _Reader, name: str, raw: Any) -> Scale | None:
    where = f"scale {name}"
    if not isinstance(raw, dict):
        reader.problem(where, "must be a mapping with min, max and labels")
        return None
    low, high = raw.get("min"), raw.get("max")
    if not isinstance(low, int) or not isinstance(high, int) or isinstance(low, bool) or low >= high:
        reader.problem(where, "needs whole numbers min < max")
        return None
    if high - low + 1 > MAX_SCALE_POINTS:
        reader.problem(where, f"has {high - low + 1} points; at most {MAX_SCALE_POINTS}")
    labels: dict[int, Text] = {}
    raw_labels = raw.get("labels") or {}
    if not isinstance(raw_labels, dict):
        reader.problem(where, "'labels' must map scale points to texts")
        raw_labels = {}
    for point, text in raw_labels.items():
        if not isinstance(point, int) or not low <= point <= high:
            reader.problem(where, f"label for {point!r}, which is not a point of the scale")
            continue
        labels[point] = reader.text(text, where, f"label {point}") or {}
    for anchor in (low, high):
        if anchor not in labels:
            reader.problem(where, f"has no anchor label for {anchor}")
    return Scale(name, low, high, labels)


def _question(reader: _Reader, raw: Any, scales: dict[str, Scale], seen: set[str]) -> Question | None:
    raw = raw if isinstance(raw, dict) else {}
    code = reader.code(raw.get("code"), f"question {raw.get('code')}", seen)
    where = f"question {code}"
    kind = raw.get("kind")
    if kind not in KINDS:
        reader.problem(where, f"kind '{kind}' is not one of {', '.join(KINDS)}")
    scale = None
    if kind == "scale":
        scale = scales.get(raw.get("scale"))
        if scale is None:
            reader.problem(where, f"scale '{raw.get('scale')}' is not defined under scales")
    options: tuple[Option, ...] = ()
    if kind == "choice":
        options = reader.options(raw.get("options"), where)
        if len(options) < 2:
            reader.problem(where, "a choice needs at least two options")
    theme = raw.get("theme")
    if theme is not None and not (isinstance(theme, str) and THEME_RE.match(theme)):
        reader.problem(where, f"theme '{theme}' must be lowercase letters, digits and '-'")
    return Question(
        code=code,
        kind=str(kind),
        text=reader.text(raw.get("text"), where, "text") or {},
        help=reader.text(raw.get("help"), where, "help", required=False),
        theme=theme,
        mandatory=bool(raw.get("mandatory", False)),
        scale=scale,
        options=options,
    )


def _context(reader: _Reader, raw: Any, seen: set[str]) -> ContextField:
    raw = raw if isinstance(raw, dict) else {}
    code = reader.code(raw.get("code"), f"context {raw.get('code')}", seen)
    where = f"context {code}"
    hidden = bool(raw.get("hidden", True))
    options = reader.options(raw["options"], where) if "options" in raw else ()
    if not hidden and len(options) < 2:
        reader.problem(where, "a context field that is shown needs at least two options")
    return ContextField(
        code=code,
        label=reader.text(raw.get("label"), where, "label") or {},
        hidden=hidden,
        role=bool(raw.get("role", False)),
        team=bool(raw.get("team", False)),
        options=options,
    )


def parse_instrument(data: Any, source: str = "<codebook>", expected_id: str | None = None) -> Instrument:
    """Build an :class:`Instrument` from parsed YAML, or raise :class:`CodebookError`."""
    if not isinstance(data, dict):
        raise CodebookError([f"{source}: the file must hold a mapping (id, version, groups, ...)"])
    languages = data.get("languages")
    if not (isinstance(languages, list) and languages and all(isinstance(x, str) for x in languages)):
        raise CodebookError([f"{source}: 'languages' must list language codes, base language first"])
    reader = _Reader(source, tuple(languages))

    instrument_id = str(data.get("id", ""))
    if not ID_RE.match(instrument_id):
        reader.problem("", f"id '{instrument_id}' must be lowercase letters, digits and '-'")
    if expected_id is not None and instrument_id != expected_id:
        reader.problem("", f"id '{instrument_id}' does not match the file name '{expected_id}'")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        reader.problem("", "version must be a positive whole number")
    sid = data.get("sid")
    if not isinstance(sid, int) or not 100000 <= sid <= 999999:
        reader.problem("", "sid must be a six-digit number")

    texts = {name: reader.text(data.get(name), "", name) or {} for name in ("title", "description", "welcome", "end")}

    raw_scales = data.get("scales") or {}
    scales = {}
    if isinstance(raw_scales, dict):
        for name, raw in raw_scales.items():
            scale = _scale(reader, str(name), raw)
            if scale:
                scales[str(name)] = scale
    else:
        reader.problem("", "'scales' must map names to scales")

    seen: set[str] = set()
    context = tuple(_context(reader, raw, seen) for raw in data.get("context") or [])
    if sum(c.role for c in context) > 1:
        reader.problem("", "more than one context field has role: true")
    if sum(c.team for c in context) > 1:
        reader.problem("", "more than one context field has team: true")
    if any(c.team and c.role for c in context):
        reader.problem("", "a context field cannot have both team: true and role: true")

    groups = []
    raw_groups = data.get("groups")
    if not isinstance(raw_groups, list) or not raw_groups:
        reader.problem("", "'groups' must list at least one group")
        raw_groups = []
    for raw in raw_groups:
        raw = raw if isinstance(raw, dict) else {}
        code = reader.code(raw.get("code"), f"group {raw.get('code')}", seen)
        where = f"group {code}"
        raw_questions = raw.get("questions")
        if not isinstance(raw_questions, list) or not raw_questions:
            reader.problem(where, "has no questions")
            raw_questions = []
        questions = tuple(q for q in (_question(reader, r, scales, seen) for r in raw_questions) if q)
        groups.append(Group(
            code=code,
            title=reader.text(raw.get("title"), where, "title") or {},
            description=reader.text(raw.get("description"), where, "description", required=False),
            questions=questions,
        ))

    if reader.problems:
        raise CodebookError(reader.problems)
    return Instrument(
        id=instrument_id, version=version, sid=sid, languages=tuple(languages),
        title=texts["title"], description=texts["description"], welcome=texts["welcome"],
        end=texts["end"], scales=scales, context=context, groups=tuple(groups),
    )


def load_instrument(path: Path | Traversable) -> Instrument:
    """Read and validate one codebook file (a path, or a file inside the installed package)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CodebookError([f"{path.name}: not UTF-8 text; save it as UTF-8"]) from None
    except OSError as exc:
        raise CodebookError([f"{path}: cannot read it ({exc.strerror})"]) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise CodebookError([f"{path.name}: {where}not valid YAML ({getattr(exc, 'problem', exc)})"]) from None
    instrument = parse_instrument(data, source=path.name, expected_id=path.name.removesuffix(".yaml"))
    return Instrument(**{**instrument.__dict__, "source": path})


VOCABULARY_FILE = "vocabulary.yaml"  # the words for themes and roles (stemsync.vocabulary), not an instrument


# -- where the codebooks are -------------------------------------------------------
#
# The built-in codebooks are package data (``stemsync/survey_templates``), read through
# importlib.resources so they are found wherever stemsync is installed. An organisation
# may add a folder of its own (``[templates] dir``): its codebooks are validated like the
# built-in ones, add instruments, or replace a built-in one by id with a higher version.

TEMPLATE_DIR_HOOK: Callable[[], Path | None] | None = None  # set by the CLI from [templates] dir


def builtin_dir() -> Traversable:
    return TEMPLATES_DIR


def own_dir() -> Path | None:
    """The organisation's folder (``[templates] dir``), when the running command has one."""
    return TEMPLATE_DIR_HOOK() if TEMPLATE_DIR_HOOK is not None else None


def template_paths(directory: Path | Traversable | None = None) -> list[Traversable]:
    """The codebook files of one folder, or of the built-in set and the organisation's folder."""
    if directory is not None:
        return sorted((p for p in directory.iterdir()
                       if p.name.endswith(".yaml") and p.name != VOCABULARY_FILE and p.is_file()),
                      key=lambda p: p.name)
    paths = template_paths(builtin_dir())
    own = own_dir()
    return paths + (template_paths(own) if own is not None and own.is_dir() else [])


def _load_dir(directory: Path | Traversable, problems: list[str]) -> dict[str, Instrument]:
    instruments = {}
    for path in template_paths(directory):
        try:
            instrument = load_instrument(path)
        except CodebookError as exc:
            problems.extend(exc.problems)
            continue
        instruments[instrument.id] = instrument
    return instruments


def load_all(directory: Path | Traversable | None = None) -> dict[str, Instrument]:
    """Every instrument (of ``directory``, else built-in plus the organisation's own);
    raises with the problems of all files together."""
    problems: list[str] = []
    if directory is not None:
        instruments = _load_dir(directory, problems)
    else:
        instruments = _load_dir(builtin_dir(), problems)
        own = own_dir()
        if own is not None:
            if not own.is_dir():
                raise CodebookError([f"[templates] dir {own} is not a folder; create it (stemsync templates init "
                                     "NAME makes it) or correct the path"])
            for inst in _load_dir(own, problems).values():
                builtin = instruments.get(inst.id)
                if builtin is not None and inst.version <= builtin.version:
                    problems.append(f"{inst.source}: replaces the built-in '{inst.id}' (version {builtin.version}) "
                                    f"but has version {inst.version}; give it version {builtin.version + 1} or "
                                    "higher")
                    continue
                instruments[inst.id] = inst
    by_sid: dict[int, str] = {}
    for inst in instruments.values():
        if inst.sid in by_sid:
            problems.append(f"{inst.source.name if inst.source else inst.id}: sid {inst.sid} is already used by "
                            f"'{by_sid[inst.sid]}'; choose another six-digit number")
        by_sid.setdefault(inst.sid, inst.id)
    if problems:
        raise CodebookError(problems)
    return dict(sorted(instruments.items()))


def get_instrument(instrument_id: str, directory: Path | Traversable | None = None) -> Instrument:
    instruments = load_all(directory)
    if instrument_id not in instruments:
        known = ", ".join(instruments) or "none"
        raise CodebookError([f"no instrument '{instrument_id}' (known: {known})"])
    return instruments[instrument_id]


def is_builtin(instrument: Instrument) -> bool:
    source = instrument.source
    return source is not None and str(source).startswith(str(builtin_dir()))
