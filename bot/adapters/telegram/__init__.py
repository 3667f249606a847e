"""Telegram: Brug as a bot on python-telegram-bot's `Bot` (the only package importing `telegram`).

How an update travels:

    getUpdates / webhook ─▶ Translator ─▶ Reception (a lane per chat) ─▶ engine.answer
                                                            │ replies, already in the outbox
    engine.dispatch (timed steps, nudges) ──────────────────┴─▶ Outbox (a lane per chat)
                                                                 ─▶ Courier ─▶ Pacer ─▶ Telegram

- Each chat has its own lane for handling and its own lane for sending, so one chat is strictly
  in order while a slow or rate-limited chat never holds up another.
- An update is confirmed to Telegram (getUpdates offset, or the webhook's 200) only after the
  engine committed it, so a crash makes Telegram send it again, and the engine's event-id ring
  drops the ones it already answered. The offset is also stored (`telegram:offset`).
- A reply is acknowledged (`engine.delivered`) only after Telegram confirmed it; what is left
  in the outbox at start is sent before any new update is taken.

Brug's own getUpdates loop replaces PTB's `Updater`: the Updater confirms an update as soon as
it has fetched it, before anything was handled or committed.

One module per idea: `config` (settings from the environment), `updates` (an `Update` read as
`Incoming`, a lane per chat), `polling` (getUpdates), `webhook`, `rendering` (HTML, keyboards,
length limits), `pacing` (the send limits), `outbox` (lanes and the courier), `adapter` (the
`Adapter` that wires them up).
"""

from bot.adapters.telegram.adapter import TelegramAdapter, from_env
from bot.adapters.telegram.config import PLATFORM, TelegramConfig, TelegramConfigError

__all__ = ["PLATFORM", "TelegramAdapter", "TelegramConfig", "TelegramConfigError", "from_env"]
