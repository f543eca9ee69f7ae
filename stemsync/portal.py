"""``stemsync serve``: the client council's portal (Datasette 0.65) on the public database.

The portal only ever opens the public database that ``stemsync publish`` writes, read
only and immutable. A file that looks like the private database (a ``deployments``,
``responses_*`` or sync table) is refused. By default a login is required: accounts
come from ``[portal.accounts]`` in stemsync.toml as password hashes (make one with
``stemsync serve --hash-password`` or ``python -m stemsync.portal hash-password``);
``[portal] open = true`` or ``--open`` publishes without login.

    [portal]
    open = false                 # default: a login is required
    host = "127.0.0.1"           # default
    port = 8001                  # default
    session_hours = 8            # a login lasts this long (default 8)
    trusted_proxies = []         # addresses of reverse proxies whose X-Forwarded-For/-Proto count

    [portal.accounts]
    raad = "pbkdf2_sha256$480000$...$..."

The hashes reach Datasette through environment variables (``{"$env": ...}`` in the
plugin settings), so no page ever shows them. One signing secret is kept per process
(``DATASETTE_SECRET`` if set), so logins survive the restart after a new publication.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import secrets
import sqlite3
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stemsync.config import Config, ConfigError
from stemsync.db import read_only

PLUGIN = "stemsync-portal"
ENV_PREFIX = "STEMSYNC_PORTAL_HASH_"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
MIN_PASSWORD = 10
PRIVATE_TABLES = frozenset({"deployments", "sync_state", "sync_runs", "answer_problems", "publish_text_cache",
                            "_migrations", "review_items", "review_decisions"})
PUBLIC_TABLES = frozenset({"publication", "scores", "instruments", "units", "periods"})
DEFAULT_SESSION_HOURS = 8

# Datasette settings: read-only, no SQL, no database download, quick pages.
DATASETTE_SETTINGS: dict[str, Any] = {
    "default_allow_sql": False,
    "allow_download": False,
    "suggest_facets": False,
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    "allow_csv_stream": True,
    "num_sql_threads": 4,
}

ACTIONS_METADATA = {
    "title": "Jij zei, wij deden",
    "description": "Wat de organisatie deed met wat cliënten zeiden.",
    "columns": {
        "id": "Het nummer van de actie.",
        "instrument": "De vragenlijst waar de actie over gaat (leeg: niet één vragenlijst).",
        "theme": "Het onderwerp waar de actie over gaat.",
        "period": "De periode waar de opmerkingen of cijfers vandaan kwamen.",
        "said": "Wat cliënten zeiden.",
        "did": "Wat de organisatie deed.",
        "status": "gepland, bezig of klaar.",
        "status_nl": "Gepland, Bezig of Klaar.",
        "date": "De datum van de actie.",
    },
}


class PortalError(ConfigError):
    """The portal cannot start as asked; the message says what to change."""


@dataclass(frozen=True)
class PortalSettings:
    open: bool = False
    accounts: Mapping[str, str] = field(default_factory=dict)
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    session_hours: float = DEFAULT_SESSION_HOURS
    trusted_proxies: tuple[str, ...] = ()

    def needs_login(self, auth: bool | None) -> bool:
        """``--auth`` / ``--open`` win over ``[portal] open``."""
        return (not self.open) if auth is None else auth


def portal_settings(config: Config) -> PortalSettings:
    """``[portal]`` from stemsync.toml, as checked by :mod:`stemsync.settings` (unknown keys and
    plain passwords refused there)."""
    try:
        section = config.section("portal")
    except PortalError:
        raise
    except ConfigError as exc:
        raise PortalError(str(exc)) from None
    accounts = section["accounts"]
    envs = [account_env(u) for u in accounts]
    if len(set(envs)) != len(envs):
        raise PortalError("[portal.accounts] has user names that differ only in '.', '-' or case; rename one")
    return PortalSettings(section["open"], dict(accounts), section["host"], section["port"],
                          float(section["session_hours"]), tuple(str(p) for p in section["trusted_proxies"]))


def hash_password(password: str) -> str:
    """A pbkdf2_sha256 hash for ``[portal.accounts]`` (Django's format)."""
    from stemsync_portal.passwords import hash_password as _hash

    if len(password) < MIN_PASSWORD:
        raise PortalError(f"choose a password of at least {MIN_PASSWORD} characters (a short sentence works well)")
    return _hash(password)


def account_env(user: str) -> str:
    """The environment variable that carries a user's hash to Datasette."""
    return ENV_PREFIX + re.sub(r"[^A-Z0-9]", "_", user.upper())


def table_names(path: Path) -> set[str]:
    """Tables and views of a SQLite file, opened read-only; PortalError if it is not one."""
    try:
        conn = read_only(path)
        try:
            return {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise PortalError(f"{path} is not a usable SQLite database ({exc}); serve the file `stemsync publish` "
                          "writes") from None


def check_public_db(path: Path, private_db: Path | None = None) -> None:
    """Refuse anything but a public database: a missing file, the private database, or a
    file with private tables (``deployments``, ``responses_*``, sync or cache tables)."""
    path = Path(path)
    if not path.is_file():
        raise PortalError(f"the public database {path} does not exist; run `stemsync publish` first or give "
                          "its path")
    if private_db is not None and Path(private_db).exists() and path.resolve() == Path(private_db).resolve():
        raise PortalError(f"{path} is the private database; the portal only serves the public database that "
                          "`stemsync publish` writes")
    names = table_names(path)
    private = sorted((n for n in names if n in PRIVATE_TABLES or n.startswith("responses_")),
                     key=lambda n: (n != "deployments", not n.startswith("responses_"), n))
    if private:
        raise PortalError(f"{path} looks like the private database (it has the table '{private[0]}'); the portal "
                          "only serves the public database that `stemsync publish` writes")
    missing = sorted(PUBLIC_TABLES - names)
    if missing:
        raise PortalError(f"{path} is not a public stemsync database (no {', '.join(missing)}); run "
                          "`stemsync publish` and serve its output")


def metadata_file(public_db: Path) -> Path:
    return public_db.with_name(public_db.name + ".metadata.json")


def build_metadata(public_db: Path, needs_login: bool, accounts: Mapping[str, str],
                   base: Mapping[str, Any] | None = None,
                   session_hours: float = DEFAULT_SESSION_HOURS) -> dict[str, Any]:
    """publish's Dutch metadata (``<db>.metadata.json``) plus the portal's settings.

    Publish's titles and descriptions are kept; the security settings (login, no SQL,
    plugin settings) always come from here.
    """
    if base is None:
        meta_path = metadata_file(public_db)
        try:
            base = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        except (OSError, ValueError) as exc:
            raise PortalError(f"cannot read {meta_path}: {exc}; run `stemsync publish` again") from None
    meta: dict[str, Any] = json.loads(json.dumps(base or {}))
    name = public_db.stem
    databases = meta.setdefault("databases", {})
    if name not in databases and len(databases) == 1:  # publish named it after its own file
        databases[name] = databases.pop(next(iter(databases)))
    database = databases.setdefault(name, {})
    database["allow_sql"] = False
    tables = database.setdefault("tables", {})
    tables.setdefault("actions", ACTIONS_METADATA)
    tables.setdefault("comments_fts", {"hidden": True})
    meta.setdefault("title", "Wat cliënten zeggen")
    meta["allow_sql"] = False
    meta.pop("allow", None)
    if needs_login:
        meta["allow"] = {"id": sorted(accounts)}
    plugins = meta.setdefault("plugins", {})
    plugins[PLUGIN] = {"open": not needs_login, "database": name, "session_hours": session_hours,
                       "accounts": {user: {"$env": account_env(user)} for user in sorted(accounts)}}
    return meta


def ensure_plugins() -> None:
    """Register the portal's plugin even where entry points were skipped (Datasette
    skips them when ``sys._called_from_test`` is set)."""
    import stemsync_portal
    from datasette.plugins import pm

    if not pm.is_registered(stemsync_portal) and pm.get_plugin("stemsync_portal") is None:
        pm.register(stemsync_portal, "stemsync_portal")
    stemsync_portal.close_side_doors()


def make_datasette(public_db: Path, auth: bool | None, config: Config, environ: dict[str, str] | None = None,
                   secret: str | None = None):
    """A Datasette instance on the public database only, immutable, with the portal's settings."""
    from datasette.app import Datasette

    public_db = Path(public_db)
    check_public_db(public_db, config.db)
    settings = portal_settings(config)
    needs_login = settings.needs_login(auth)
    if needs_login and not settings.accounts:
        raise PortalError("the portal asks for a login but [portal.accounts] has no accounts: add one (make the "
                          "hash with `stemsync serve --hash-password`), or publish openly with --open or "
                          "[portal] open = true")
    env = os.environ if environ is None else environ
    for user, value in settings.accounts.items():
        env[account_env(user)] = value
    ensure_plugins()
    return Datasette(immutables=[str(public_db)],
                     metadata=build_metadata(public_db, needs_login, settings.accounts if needs_login else {},
                                             session_hours=settings.session_hours),
                     settings=DATASETTE_SETTINGS, secret=secret or env.get("DATASETTE_SECRET") or None)


def setup_logging() -> None:
    """The portal's own log lines (logins, lock-outs, errors) on stderr; uvicorn's access
    log stays off (its URLs would carry search words)."""
    logger = logging.getLogger("stemsync.portal")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def file_identity(path: Path) -> tuple[int, int, int] | None:
    """(inode, size, mtime) of a file, None if it is missing: changes when publish swaps it."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def watch(path: Path, on_change: Callable[[], None], stop: threading.Event, every: float = 2.0) -> None:
    """Call ``on_change`` once the file has been replaced (and stayed put for ``every`` seconds)."""
    start = file_identity(path)
    while not stop.wait(every):
        now = file_identity(path)
        if now is not None and now != start and not stop.wait(every) and file_identity(path) == now:
            on_change()
            return


def serve(public_db: Path, host: str | None, port: int | None, auth: bool | None, config: Config) -> None:
    """Start the portal (uvicorn) until interrupted.

    The database is opened immutable, so a new publication (``stemsync publish`` swaps
    the file) is picked up by starting a fresh Datasette: the portal notices the new
    file within a few seconds and restarts itself in the same process.
    """
    import uvicorn

    settings = portal_settings(config)
    host, port = host or settings.host, port or settings.port
    login = "login required" if settings.needs_login(auth) else "OPEN: no login"
    setup_logging()
    # One signing secret for the whole process: sessions survive the restart after a publication.
    secret = os.environ.get("DATASETTE_SECRET") or secrets.token_hex(32)
    while True:
        ds = make_datasette(public_db, auth, config, secret=secret)
        server = uvicorn.Server(uvicorn.Config(
            ds.app(), host=host, port=port, log_level="warning", access_log=False,
            # X-Forwarded-For / X-Forwarded-Proto count only from the configured proxies
            proxy_headers=bool(settings.trusted_proxies),
            forwarded_allow_ips=list(settings.trusted_proxies) or None))
        renewed, stop = threading.Event(), threading.Event()

        def restart(server: Any = server, renewed: threading.Event = renewed) -> None:
            renewed.set()
            server.should_exit = True

        watcher = threading.Thread(target=watch, args=(Path(public_db), restart, stop), daemon=True)
        watcher.start()
        print(f"Portal on http://{host}:{port}/ serving {public_db} ({login}); stop with Ctrl+C", file=sys.stderr)
        try:
            server.run()
        finally:
            stop.set()
            if ds.executor is not None:
                ds.executor.shutdown(wait=False)
        if not renewed.is_set():
            return
        print(f"{public_db} was published again: restarting the portal", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """``python -m stemsync.portal hash-password``: print a hash for [portal.accounts]."""
    parser = argparse.ArgumentParser(prog="python -m stemsync.portal", description=main.__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    hp = sub.add_parser("hash-password", help="ask for a password and print its hash")
    hp.add_argument("--stdin", action="store_true", help="read the password from standard input")
    args = parser.parse_args(argv)
    if args.command == "hash-password":
        if args.stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Password: ")
            if getpass.getpass("Again: ") != password:
                print("Error: the passwords differ", file=sys.stderr)
                return 1
        try:
            print(hash_password(password))
        except PortalError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
