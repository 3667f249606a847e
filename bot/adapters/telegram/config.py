"""Telegram settings: the bot token, the Bot API address and the webhook, from the environment."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bot.config import read_secret

PLATFORM = "telegram"
DEFAULT_API_URL = "https://api.telegram.org/bot"
DEFAULT_LISTEN = "127.0.0.1:8443"
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


class TelegramConfigError(ValueError):
    """The Telegram settings are missing or wrong (one line for the operator, never a secret)."""


# --- settings -------------------------------------------------------------------------------


def api_url(raw: str | None) -> str:
    """PTB calls `base_url + token + "/" + method`, so the base must end in `/bot`."""
    url = (raw or DEFAULT_API_URL).strip().rstrip("/")
    return url if url.endswith("/bot") else f"{url}/bot"


def host_and_port(raw: str) -> tuple[str, int]:
    """`127.0.0.1:8443`, `[::1]:8443` or `:8443` (all interfaces) as (host, port)."""
    host, _, port = raw.strip().rpartition(":")
    if not port.isdigit() or not 0 <= int(port) < 65536:
        raise TelegramConfigError("BRUG_TELEGRAM_WEBHOOK_LISTEN must look like 127.0.0.1:8443")
    return host.strip("[]") or "0.0.0.0", int(port)


@dataclass(frozen=True)
class TelegramConfig:
    """What `brug run` needs to know about the bot, read from the environment."""

    token: str = field(repr=False)
    api_url: str = DEFAULT_API_URL
    webhook_url: str | None = None
    listen: tuple[str, int] = ("127.0.0.1", 8443)
    webhook_secret: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> TelegramConfig | None:
        """None when no token is configured: Telegram is simply not used."""
        token = read_secret(env, "BRUG_TELEGRAM_TOKEN", TelegramConfigError)
        if token is None:
            return None
        webhook = env.get("BRUG_TELEGRAM_WEBHOOK_URL", "").strip() or None
        # Telegram itself wants https; a self-hosted Bot API server also takes http.
        if webhook is not None and urlsplit(webhook).scheme not in ("https", "http"):
            raise TelegramConfigError("BRUG_TELEGRAM_WEBHOOK_URL must start with https://")
        secret = read_secret(env, "BRUG_TELEGRAM_WEBHOOK_SECRET", TelegramConfigError)
        if secret is not None and not _SECRET_TOKEN.fullmatch(secret):
            raise TelegramConfigError(
                "BRUG_TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1-256)"
            )
        return cls(
            token=token,
            api_url=api_url(env.get("BRUG_TELEGRAM_API_URL")),
            webhook_url=webhook,
            listen=host_and_port(env.get("BRUG_TELEGRAM_WEBHOOK_LISTEN") or DEFAULT_LISTEN),
            webhook_secret=secret,
        )
