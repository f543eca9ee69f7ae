"""JSON the way PHP's ``json_encode`` writes it (no flags).

Compact separators, non-ASCII as ``\\uXXXX`` and ``/`` escaped as ``\\/``
(the long exports in recording 01 #23 contain ``"N\\/A"``).  An empty PHP
array is ``[]`` whether it was meant as a list or a map, so an empty dict is
written as ``[]`` too (``get_summary`` of a survey without any table).
"""

from __future__ import annotations

import json
from typing import Any

_ENCODER = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"))


def _php_values(obj: Any) -> Any:
    if isinstance(obj, dict):
        if not obj:
            return []
        return {str(k): _php_values(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_php_values(v) for v in obj]
    return obj


def php_json(obj: Any) -> str:
    """Encode ``obj`` like ``json_encode($obj)``."""
    return _ENCODER.encode(_php_values(obj)).replace("/", "\\/")


def php_json_flat(record: dict[str, Any]) -> str:
    """Fast path for a flat record of scalars (one exported response)."""
    if not record:
        return "[]"
    return _ENCODER.encode(record).replace("/", "\\/")
