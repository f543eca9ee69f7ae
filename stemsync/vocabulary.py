"""The vocabulary: the words for the codes the codebooks use (themes, roles, statuses, months).

One file next to the codebooks, ``survey_templates/vocabulary.yaml``. ``publish`` copies
it into the public table ``vocabulary`` (kind, code, form, label_nl, label_en), and the
portal and the report read their labels from there, so a word is written down once.
:func:`missing` lists every theme and role of a set of codebooks without its labels.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from stemsync import codebook
from stemsync.codebook import VOCABULARY_FILE, Instrument

FILE_NAME = VOCABULARY_FILE
LANGUAGES = ("nl", "en")
# kind -> the forms every code of that kind needs
FORMS = {"theme": ("label",), "role": ("singular", "plural", "group"), "status": ("label",),
         "month": ("label", "short")}
BUILT_IN_ROLES = ("alle", "onbekend")  # everyone together; role not filled in


class VocabularyError(Exception):
    """The vocabulary file cannot be used; the message says where."""


@dataclass(frozen=True)
class Word:
    kind: str
    code: str
    form: str
    nl: str
    en: str


def _texts(value: Any, where: str) -> tuple[str, str]:
    if not isinstance(value, dict) or not all(isinstance(value.get(lang), str) and value[lang].strip()
                                              for lang in LANGUAGES):
        raise VocabularyError(f"{FILE_NAME}: {where} needs a text in {' and '.join(LANGUAGES)}")
    return value["nl"].strip(), value["en"].strip()


def parse(data: Any) -> list[Word]:
    """The words of a parsed vocabulary file."""
    if not isinstance(data, dict):
        raise VocabularyError(f"{FILE_NAME}: must hold themes, roles, statuses and months")
    words: list[Word] = []
    for section, kind in (("themes", "theme"), ("statuses", "status")):
        for code, value in (data.get(section) or {}).items():
            nl, en = _texts(value, f"{section}: {code}")
            words.append(Word(kind, str(code), "label", nl, en))
    for code, forms in (data.get("roles") or {}).items():
        for form in FORMS["role"]:
            nl, en = _texts((forms or {}).get(form) if isinstance(forms, dict) else None, f"roles: {code}: {form}")
            words.append(Word("role", str(code), form, nl, en))
    for month, value in (data.get("months") or {}).items():
        nl, en = _texts(value, f"months: {month}")
        short = {lang: (value.get(f"short_{lang}") or "") for lang in LANGUAGES}
        words.append(Word("month", str(month), "label", nl, en))
        words.append(Word("month", str(month), "short", *_texts(short, f"months: {month}: short")))
    return words


def _read(path: Path | Traversable) -> list[Word]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise VocabularyError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise VocabularyError(f"cannot read {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise VocabularyError(f"{FILE_NAME}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    return parse(data)


def load(directory: Path | Traversable | None = None) -> list[Word]:
    """The words of ``directory``'s vocabulary file; by default the built-in one (package data),
    with the words of the organisation's own folder (``[templates] dir``) added or replacing."""
    if directory is not None:
        return _read(directory / FILE_NAME)
    words = _read(codebook.builtin_dir() / FILE_NAME)
    own = codebook.own_dir()
    if own is not None and (own / FILE_NAME).is_file():
        extra = _read(own / FILE_NAME)
        replaced = {(w.kind, w.code, w.form) for w in extra}
        words = [w for w in words if (w.kind, w.code, w.form) not in replaced] + extra
    return words


def missing(words: Iterable[Word], instruments: Iterable[Instrument]) -> list[str]:
    """'theme x of exit', 'role y of samen-sterker (plural)': every label a codebook needs that is missing."""
    have = {(w.kind, w.code, w.form) for w in words}
    out: list[str] = []
    for inst in instruments:
        for theme in sorted({q.theme for q in inst.questions if q.theme}):
            if ("theme", theme, "label") not in have:
                out.append(f"theme '{theme}' of {inst.id} has no label in {FILE_NAME}")
        role = inst.role_field
        codes = [o.code for o in role.options] + list(BUILT_IN_ROLES) if role and role.options else []
        for code in codes:
            for form in FORMS["role"]:
                if ("role", code, form) not in have:
                    out.append(f"role '{code}' of {inst.id} has no {form} in {FILE_NAME}")
    for month in range(1, 13):
        for form in FORMS["month"]:
            if ("month", str(month), form) not in have:
                out.append(f"month {month} has no {form} in {FILE_NAME}")
    return out


def rows(words: Iterable[Word]) -> list[dict[str, Any]]:
    """The public table ``vocabulary``."""
    return [{"kind": w.kind, "code": w.code, "form": w.form, "label_nl": w.nl, "label_en": w.en} for w in words]
