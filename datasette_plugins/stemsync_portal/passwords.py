"""Password hashes for the portal's accounts: pbkdf2-sha256 from Python's ``hashlib``.

The format is ``pbkdf2_sha256$<iterations>$<salt>$<base64 hash>``, the one Django and
datasette-auth-passwords use, so existing ``[portal.accounts]`` hashes keep working.
Checking a password takes the same work whether or not the account exists: an unknown
name is checked against a dummy hash with the same number of iterations.
"""

from __future__ import annotations

import base64
import hashlib
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 480_000
MAX_PASSWORD = 1024


def hash_password(password: str, salt: str | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("utf-8"), iterations)
    return f"{ALGORITHM}${iterations}${salt}${base64.b64encode(digest).decode('ascii')}"


def parse(stored: str) -> tuple[int, str, str] | None:
    """(iterations, salt, hash) of a stored hash, None if it is not one."""
    parts = (stored or "").strip().split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM or not parts[1].isdigit() or not parts[2]:
        return None
    return int(parts[1]), parts[2], parts[3]


def iterations_of(stored: str) -> int:
    parsed = parse(stored)
    return parsed[0] if parsed else ITERATIONS


def dummy_hash(iterations: int = ITERATIONS) -> str:
    """A hash no password matches (its digest is not base64 of any pbkdf2 output length)."""
    return f"{ALGORITHM}${iterations}${secrets.token_hex(16)}$-"


def verify(password: str, stored: str) -> bool:
    """True if ``password`` matches ``stored``; always does the pbkdf2 work (unless absurdly long)."""
    parsed = parse(stored)
    if parsed is None or len(password) > MAX_PASSWORD:
        return False
    iterations, salt, expected = parsed
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("utf-8"), iterations)
    return secrets.compare_digest(base64.b64encode(digest).decode("ascii"), expected)
