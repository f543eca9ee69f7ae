"""'Wat cliënten schreven': the de-identified comments, filtered and searched (FTS5).

A search is turned into FTS5 prefix terms (``"wacht"*``), so nobody has to know the
query syntax and no input can break the query. Filtering on a region also finds the
comments of the teams in it.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from stemsync_portal.i18n import _
from stemsync_portal import data, fmt
from stemsync_portal.data import Catalog

PER_PAGE = 25
MAX_TERMS = 8


@dataclass
class CommentFilter:
    instrument: str | None = None
    theme: str | None = None
    question: str | None = None
    period: str | None = None
    unit: str | None = None
    search: str = ""
    page: int = 1

    @classmethod
    def from_args(cls, args: Any, cat: Catalog) -> CommentFilter:
        """From query string arguments; values the catalog does not know are ignored."""
        def pick(name: str, allowed) -> str | None:
            value = (args.get(name) or "").strip()
            return value if value and value in allowed else None

        instrument = pick("vragenlijst", cat.instruments)
        themes = set(cat.themes(instrument))
        questions = {q.code for q in cat.questions.get(instrument or "", []) if q.kind == "text"}
        try:
            page = max(1, min(int(args.get("pagina") or 1), 100_000))
        except ValueError:
            page = 1
        return cls(instrument, pick("thema", themes), pick("vraag", questions), pick("periode", cat.periods),
                   pick("eenheid", cat.units), (args.get("zoek") or "").strip()[:200], page)

    def params(self, **changes: Any) -> dict[str, str]:
        """Query string arguments (Dutch names) for this filter, with changes."""
        values = {"vragenlijst": self.instrument, "thema": self.theme, "vraag": self.question,
                  "periode": self.period, "eenheid": self.unit, "zoek": self.search,
                  "pagina": str(self.page) if self.page > 1 else None}
        values.update({k: (str(v) if v is not None else None) for k, v in changes.items()})
        return {k: v for k, v in values.items() if v}

    @property
    def active(self) -> bool:
        return any((self.instrument, self.theme, self.question, self.period, self.unit, self.search))


def search_terms(search: str) -> list[str]:
    """The words of a search, lower case, without FTS5 syntax."""
    return [w.lower() for w in re.findall(r"\w+", search)][:MAX_TERMS]


def fts_query(search: str) -> str | None:
    """'wacht lang' -> '"wacht"* "lang"*' (every word, as a prefix); None for no words."""
    terms = search_terms(search)
    return " ".join(f'"{t}"*' for t in terms) if terms else None


def _where(f: CommentFilter, cat: Catalog) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for column in ("instrument", "question", "theme", "period"):
        value = getattr(f, column)
        if value:
            clauses.append(f"c.{column} = ?")
            params.append(value)
    if f.unit:
        units = cat.descendants(f.unit)
        clauses.append(f"c.unit in ({', '.join('?' * len(units))})")
        params += units
    query = fts_query(f.search)
    if query:
        clauses.append("c.rowid in (select rowid from comments_fts where comments_fts match ?)")
        params.append(query)
    return (" and ".join(clauses) or "1"), params


@dataclass
class Comment:
    text: str
    html: Markup
    instrument: str
    question: str
    theme: str | None
    period: str
    unit: str


@dataclass
class CommentPage:
    filter: CommentFilter
    total: int
    comments: list[Comment] = field(default_factory=list)
    pages: int = 1


def highlight(text: str, terms: list[str]) -> Markup:
    """Escape ``text`` and mark the words that start with a search term."""
    if not terms:
        return Markup(escape(text))
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\w*", re.IGNORECASE)
    out, last = Markup(""), 0
    for m in pattern.finditer(text):
        out += escape(text[last:m.start()]) + Markup("<mark>") + escape(m.group(0)) + Markup("</mark>")
        last = m.end()
    return out + escape(text[last:])


def find(conn: sqlite3.Connection, cat: Catalog, f: CommentFilter, per_page: int = PER_PAGE) -> CommentPage:
    """One page of comments, newest period first."""
    where, params = _where(f, cat)
    total = data.rows(conn, f"select count(*) as n from comments c where {where}", params)[0]["n"]
    pages = max(1, -(-total // per_page))
    page = min(f.page, pages)
    found = data.rows(conn, f"select c.instrument, c.question, c.theme, c.period, c.unit, c.text from comments c "
                            f"where {where} order by c.period desc, c.rowid limit ? offset ?",
                      params + [per_page, (page - 1) * per_page])
    terms = search_terms(f.search)
    comments = [Comment(r["text"], highlight(r["text"], terms), r["instrument"], r["question"], r["theme"],
                        r["period"], r["unit"]) for r in found]
    f.page = page
    return CommentPage(f, total, comments, pages)


def all_rows(conn: sqlite3.Connection, cat: Catalog, f: CommentFilter, limit: int = 100_000) -> list[list[str]]:
    """Every matching comment as a CSV row (Dutch labels)."""
    where, params = _where(f, cat)
    out = []
    for r in data.rows(conn, f"select c.instrument, c.question, c.theme, c.period, c.unit, c.text from comments c "
                             f"where {where} order by c.period desc, c.rowid limit ?", params + [limit]):
        inst = cat.instruments.get(r["instrument"])
        q = cat.question(r["instrument"], r["question"])
        out.append([inst.title if inst else r["instrument"], q.text if q else r["question"],
                    fmt.theme_label(r["theme"]) if r["theme"] else "", cat.period_label(r["period"]),
                    cat.unit_name(r["unit"]), r["text"]])
    return out


def csv_headers() -> list[str]:
    return [_("Vragenlijst"), _("Vraag"), _("Onderwerp"), _("Periode"), _("Team of regio"), _("Opmerking")]

