"""Every URL of the portal, in one place.

Paths here are relative to Datasette's ``base_url``; templates and views turn them
into links with ``datasette.urls.path`` (in templates: ``{{ urls.path(links.comments()) }}``
or the shortcut ``{{ portal_url('comments', vragenlijst='exit') }}``). The route table
(:data:`ROUTES` in :mod:`stemsync_portal.views`) is built from the patterns below, and
the door (:mod:`stemsync_portal.access`) decides from :data:`OPEN_PATHS` and
:data:`PORTAL_PREFIXES` what is served without a login and which ``/-/`` pages exist.
"""

from __future__ import annotations

from urllib.parse import urlencode

PREFIX = "/-/stemsync"
HOME = "/"
COMMENTS = f"{PREFIX}/opmerkingen"
ACTIONS = f"{PREFIX}/acties"
EXPLAIN = f"{PREFIX}/uitleg"
INSTRUMENT = f"{PREFIX}/vragenlijst/{{instrument}}"
CSV = f"{PREFIX}/csv/{{kind}}.csv"
REPORT = f"{PREFIX}/rapport.pdf"
LOGIN = "/-/login"
LOGOUT = "/-/logout"
ROBOTS = "/robots.txt"
FAVICON = "/favicon.ico"
NOT_FOUND = "/-/niet-gevonden"  # no route: Datasette answers with its (Dutch) 404 page
STATIC_PLUGIN = "/-/static-plugins/stemsync_portal/"
CSS = STATIC_PLUGIN + "portal.css"

# Served without a login (with one required): the door, robots.txt and static files.
OPEN_PATHS = frozenset({LOGIN, LOGOUT, ROBOTS, FAVICON})
OPEN_PREFIXES = ("/-/static/", "/-/static-plugins/")
# The only '/-/' pages that exist for anyone: Datasette's introspection and debug pages
# (/-/versions, /-/plugins, /-/settings, /-/databases, /-/threads, /-/actor, ...) do not.
PORTAL_PREFIXES = (f"{PREFIX}/", "/-/static/", "/-/static-plugins/")
PORTAL_PATHS = frozenset({LOGIN, LOGOUT, PREFIX})

# Route patterns (regular expressions on the path), for views.ROUTES.
ROUTE_HOME = r"^/$"
ROUTE_INSTRUMENT = rf"^{PREFIX}/vragenlijst/(?P<instrument>[^/]+)$"
ROUTE_COMMENTS = rf"^{COMMENTS}$"
ROUTE_ACTIONS = rf"^{ACTIONS}$"
ROUTE_EXPLAIN = rf"^{EXPLAIN}$"
ROUTE_CSV = rf"^{PREFIX}/csv/(?P<kind>[a-z]+)\.csv$"
ROUTE_REPORT = rf"^{PREFIX}/rapport\.pdf$"
ROUTE_LOGIN = rf"^{LOGIN}$"
ROUTE_LOGOUT = rf"^{LOGOUT}$"
ROUTE_ROBOTS = r"^/robots\.txt$"
ROUTE_STATIC = rf"^{STATIC_PLUGIN}(?P<path>.*)$"

# The main navigation (menu_links): label and path.
NAV = [("Home", HOME), ("Wat cliënten schreven", COMMENTS), ("Jij zei, wij deden", ACTIONS), ("Uitleg", EXPLAIN)]


def with_query(path: str, params: dict[str, object] | None = None) -> str:
    """``path?a=1&b=2`` with the empty parameters left out."""
    query = urlencode({k: v for k, v in (params or {}).items() if v not in (None, "")})
    return f"{path}?{query}" if query else path


def instrument(instrument_id: str, **params: object) -> str:
    return with_query(INSTRUMENT.format(instrument=instrument_id), params)


def comments(**params: object) -> str:
    return with_query(COMMENTS, params)


def actions(**params: object) -> str:
    return with_query(ACTIONS, params)


def explain() -> str:
    return EXPLAIN


def csv(kind: str, **params: object) -> str:
    return with_query(CSV.format(kind=kind), params)


def report(**params: object) -> str:
    return with_query(REPORT, params)


def login() -> str:
    return LOGIN


def logout() -> str:
    return LOGOUT


def home() -> str:
    return HOME


BUILDERS = {"home": home, "instrument": instrument, "comments": comments, "actions": actions, "explain": explain,
            "csv": csv, "report": report, "login": login, "logout": logout}


def build(name: str, *args: object, **params: object) -> str:
    """The path of a named page: ``build('comments', vragenlijst='exit')``."""
    return BUILDERS[name](*args, **params)
