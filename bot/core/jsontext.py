"""Compact JSON for what Brug stores: one shared encoder for every row it writes.

`json.dumps` with options builds a new encoder per call, which costs as much as the encoding
itself; the stored values are plain and never circular.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

compact: Callable[[Any], str] = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), check_circular=False
).encode
