"""Run the emulator in the foreground.

    STEMSYNC_LS_PASSWORD=secret python -m stemsync_emulator --port 8765 \\
        --user admin --password-env STEMSYNC_LS_PASSWORD --load survey.lss

The password is read from the named environment variable and never printed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from .cost import PROFILES
from .server import Emulator


def main(argv: list[str] | None = None, prog: str = "python -m stemsync_emulator") -> int:
    """The emulator in the foreground (``stemsync emulator``; ``python -m stemsync_emulator`` is an alias)."""
    parser = argparse.ArgumentParser(prog=prog,
                                     description="LimeSurvey 6.2.1 RemoteControl 2 emulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password-env", default="LIMESURVEY_PASSWORD", metavar="VAR",
                        help="environment variable holding the password (default: %(default)s)")
    parser.add_argument("--url-format", choices=("get", "path"), default="get")
    parser.add_argument("--load", action="append", default=[], metavar="FILE.lss",
                        help="import this survey at start (repeatable)")
    parser.add_argument("--activate", action="store_true", help="activate the surveys loaded with --load")
    parser.add_argument("--rpc-off", action="store_true", help="answer like a server with JSON-RPC switched off")
    parser.add_argument("--cost", choices=sorted(PROFILES), default=None,
                        help="answer as slowly as this measured LimeSurvey version (FACTS.md timing table)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)

    password = os.environ.get(args.password_env)
    if not password:
        parser.error(f"environment variable {args.password_env} is not set or empty")
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(message)s")

    emu = Emulator(args.host, args.port, args.user, password, args.url_format, rpc_enabled=not args.rpc_off,
                   cost=PROFILES[args.cost] if args.cost else None)
    for path in args.load:
        try:
            sid = emu.load_lss(path, activate=args.activate)
        except Exception as exc:  # noqa: BLE001 - a file the emulator cannot import: one line, no traceback
            parser.exit(1, f"Error: cannot load {path}: {exc}\n")
        print(f"loaded {path} as survey {sid}", flush=True)
    # start (bind) first, so that --port 0 prints the real port
    try:
        emu.start()
    except OSError as exc:
        parser.exit(1, f"Error: cannot listen on {args.host}:{args.port}: {exc.strerror}; choose another --port\n")
    print(emu.url, flush=True)
    try:
        emu.wait()
    except KeyboardInterrupt:
        pass
    finally:
        emu.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
