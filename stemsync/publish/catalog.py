"""The codebook as public tables, so every number can be explained on screen."""

from __future__ import annotations

from typing import Any, Iterable

from stemsync import vocabulary
from stemsync.codebook import Instrument, Question
from stemsync.publish.aggregate import ALL_ROLES, UNKNOWN_ROLE

YESNO = (("Y", {"nl": "Ja", "en": "Yes"}), ("N", {"nl": "Nee", "en": "No"}))
ROLE_ALL = {"nl": "Iedereen", "en": "Everyone"}
ROLE_UNKNOWN = {"nl": "Onbekend", "en": "Unknown"}


def _t(text: dict[str, str] | None, language: str) -> str | None:
    if not text:
        return None
    return text.get(language) or next(iter(text.values()))


def has_roles(instrument: Instrument) -> bool:
    role = instrument.role_field
    return bool(role and role.options)


def role_codes(instrument: Instrument) -> list[str]:
    """The published roles besides ``alle``: the options, then ``onbekend``."""
    if not has_roles(instrument):
        return []
    return [o.code for o in instrument.role_field.options] + [UNKNOWN_ROLE]


def option_rows(instrument: Instrument, question: Question) -> list[dict[str, Any]]:
    if question.kind == "scale":
        items = [(str(v), v, {lang: question.scale.label(v, lang) for lang in ("nl", "en")})
                 for v in question.scale.points]
    elif question.kind == "choice":
        items = [(o.code, None, o.label) for o in question.options]
    elif question.kind == "yesno":
        items = [(code, None, label) for code, label in YESNO]
    else:
        items = []
    return [{"instrument": instrument.id, "question": question.code, "code": code, "position": i, "value": value,
             "label_nl": _t(label, "nl"), "label_en": _t(label, "en")}
            for i, (code, value, label) in enumerate(items)]


def codebook_rows(instruments: Iterable[Instrument], words: list[vocabulary.Word] | None = None
                  ) -> dict[str, list[dict[str, Any]]]:
    """The codebook tables, and ``vocabulary`` (``words``, by default the packaged vocabulary file)."""
    words = vocabulary.load() if words is None else words
    rows: dict[str, list[dict[str, Any]]] = {"instruments": [], "questions": [], "answer_options": [], "roles": [],
                                             "vocabulary": vocabulary.rows(words)}
    for i, inst in enumerate(sorted(instruments, key=lambda x: x.id)):
        rows["instruments"].append({
            "id": inst.id, "title_nl": _t(inst.title, "nl"), "title_en": _t(inst.title, "en"),
            "description_nl": _t(inst.description, "nl"), "description_en": _t(inst.description, "en"),
            "version": inst.version, "has_roles": int(has_roles(inst)), "position": i,
        })
        position = 0
        for group in inst.groups:
            for q in group.questions:
                rows["questions"].append({
                    "instrument": inst.id, "code": q.code, "position": position,
                    "section_nl": _t(group.title, "nl"), "section_en": _t(group.title, "en"),
                    "kind": q.kind, "theme": q.theme, "text_nl": _t(q.text, "nl"), "text_en": _t(q.text, "en"),
                    "help_nl": _t(q.help, "nl"), "help_en": _t(q.help, "en"),
                    "scale_min": q.scale.min if q.scale else None, "scale_max": q.scale.max if q.scale else None,
                })
                rows["answer_options"] += option_rows(inst, q)
                position += 1
        roles = [(ALL_ROLES, ROLE_ALL)]
        if has_roles(inst):
            roles += [(o.code, o.label) for o in inst.role_field.options] + [(UNKNOWN_ROLE, ROLE_UNKNOWN)]
        rows["roles"] += [{"instrument": inst.id, "code": code, "position": j,
                           "label_nl": _t(label, "nl"), "label_en": _t(label, "en")}
                          for j, (code, label) in enumerate(roles)]
    return rows
