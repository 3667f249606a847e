"""Logging that never carries what people wrote: event names, timings and pseudonyms only."""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from typing import TextIO

from bot.core.messages import ConversationKey

# Libraries that log request URLs or arguments at INFO/DEBUG: URLs carry bot tokens,
# arguments carry message text.
_QUIET = ("aiosqlite", "httpx", "httpcore", "telegram", "nio", "aiohttp.access", "transitions")
_FIELDS = (
    "event",
    "who",
    "flow",
    "state",
    "ms",
    "count",
    "platform",
    "version",
    "address",
    "error",
    "update_id",  # a platform update skipped unread, by number only
)


def pseudonym(key: ConversationKey, secret: bytes) -> str:
    """A stable id for one conversation that cannot be turned back into the person."""
    digest = hashlib.blake2b(str(key).encode(), key=secret[:64], digest_size=6)
    return digest.hexdigest()


class JsonFormatter(logging.Formatter):
    """One JSON object per line with only whitelisted fields."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, object] = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.msg if isinstance(record.msg, str) else "",
        }
        for name in _FIELDS:
            if name in record.__dict__:
                data[name] = record.__dict__[name]
        if record.exc_info and record.exc_info[0] is not None:
            data["exception"] = record.exc_info[0].__name__
        return json.dumps(data, separators=(",", ":"))


class TextFormatter(logging.Formatter):
    """The same whitelisted fields as one plain line, for reading by eye."""

    def format(self, record: logging.LogRecord) -> str:
        msg = record.msg if isinstance(record.msg, str) else ""
        fields = [f"{n}={record.__dict__[n]}" for n in _FIELDS if n in record.__dict__]
        if record.exc_info and record.exc_info[0] is not None:  # the class only, no traceback
            fields.append(f"exception={record.exc_info[0].__name__}")
        return " ".join([record.levelname.lower(), f"{record.name}:", msg, *fields])


def setup_logging(
    level: str = "WARNING", *, as_json: bool = True, stream: TextIO | None = None
) -> None:
    """Logs on stderr (or `stream`), JSON lines or plain lines; either way only whitelisted
    fields, and an exception by its class (a traceback's text may carry a token or someone's
    words)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if as_json else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in _QUIET:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
