"""Compact JSON for what Brug stores: every row it writes is encoded here.

orjson writes the same text as the standard library's encoder with `separators=(",", ":")` and
`ensure_ascii=False` (UTF-8 kept, no spaces), in about a tenth of its time: a message's state
and replies are encoded on every step (docs/benchmarks.md). The stored values are plain: str
keys, and ints that fit in 64 bits.
"""

from __future__ import annotations

from typing import Any

import orjson


def compact(value: Any) -> str:
    """`value` as compact JSON text; TypeError (orjson.JSONEncodeError) for what JSON cannot
    hold, such as a key that is not a str."""
    return orjson.dumps(value).decode()
