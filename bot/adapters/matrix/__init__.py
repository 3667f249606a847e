"""Brug in Matrix (matrix-nio with vodozemac): encrypted direct chats, a cross-signed device.

A direct chat (Brug and one person) runs the flows. In a room with more people Brug answers
only when addressed, and points to a direct chat. The only package that imports nio.

What keeps it from answering twice or losing a word:
- the sync token is Brug's own cursor, saved only after a sync's events were committed by the
  engine (nio's own token store would save it before), and the engine drops event ids it saw;
- at the first start nothing from before Brug joined is answered;
- replies come from the engine's outbox and go out per room in order, each under a stable
  transaction id, so a resend after a crash is deduplicated by the homeserver;
- `M_LIMIT_EXCEEDED` pauses only the room that got it, for the time the server asks;
- nio retries connection errors with a capped backoff, so a homeserver that went away is
  picked up again where Brug left off.

One module per idea: `config` (settings from the environment), `account` (login and device),
`crosssigning` (trust for Brug's device), `keys` (the crypto store, sealed; forgetting one
person), `encryption` (messages waiting for their room key), `reading` (events as `Incoming`),
`rendering` (Brug's words as events), `sending` (the outbox per room), `adapter` (sync, rooms
and membership, wired into one `Adapter`).
"""

from bot.adapters.matrix.adapter import MatrixAdapter, from_env
from bot.adapters.matrix.config import PLATFORM, MatrixConfigError, MatrixSettings

__all__ = ["PLATFORM", "MatrixAdapter", "MatrixConfigError", "MatrixSettings", "from_env"]
