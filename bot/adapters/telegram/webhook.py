"""The webhook: a small tornado server that checks Telegram's secret header and hands updates on."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import socket
from urllib.parse import urlsplit

import tornado.httpserver
import tornado.netutil
import tornado.web
from telegram import (
    Bot,
)

from bot.adapters.telegram.config import TelegramConfigError
from bot.adapters.telegram.updates import Reception, parse_update, unreadable

log = logging.getLogger("brug.telegram")


SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class _WebhookHandler(tornado.web.RequestHandler):
    """Tornado's side of the webhook: hands header and body to the listener."""

    def initialize(self, listener: WebhookListener) -> None:
        self.listener = listener

    async def post(self, *args: str, **kwargs: str) -> None:
        secret = self.request.headers.get(SECRET_HEADER)
        self.set_status(await self.listener.receive(secret, self.request.body))


class WebhookListener:
    """Telegram POSTs updates here; the 200 goes back only after Brug committed the update.

    Requests without the secret token set with setWebhook get 403 and are not read at all.
    """

    def __init__(
        self, bot: Bot, reception: Reception, url: str, secret: str, listen: tuple[str, int]
    ) -> None:
        self.bot = bot
        self.reception = reception
        self.url = url
        self.secret = secret
        self.listen = listen
        self._sockets: list[socket.socket] = []
        self._server: tornado.httpserver.HTTPServer | None = None

    def bind(self) -> None:
        """Take the port at start, so a wrong address stops `brug run` at once."""
        host, port = self.listen
        try:
            self._sockets = tornado.netutil.bind_sockets(port, host, socket.AF_UNSPEC)
        except OSError as error:
            raise TelegramConfigError(
                f"cannot listen on {host}:{port} (BRUG_TELEGRAM_WEBHOOK_LISTEN): {error.strerror}"
            ) from None

    def serve(self) -> None:
        """Answer requests on the path of the public URL (a proxy in front usually keeps it)."""
        path = urlsplit(self.url).path or "/"
        app = tornado.web.Application(
            [(re.escape(path), _WebhookHandler, {"listener": self})],
            log_function=lambda handler: None,  # paths can hold secrets; Brug logs its own way
        )
        self._server = tornado.httpserver.HTTPServer(app)
        self._server.add_sockets(self._sockets)

    async def receive(self, secret: str | None, body: bytes) -> int:
        if secret is None or not hmac.compare_digest(secret.encode(), self.secret.encode()):
            log.warning("webhook refused", extra={"event": "webhook_forbidden"})
            return 403
        # An update that cannot be read is acknowledged (200) once logged: refused, Telegram
        # would send it again and again, and hold back the updates behind it.
        try:
            raw = json.loads(body)
        except ValueError as error:
            unreadable(None, error)
            return 200
        update = parse_update(raw, self.bot)
        if update is None:
            return 200
        done = self.reception.submit(update)
        await asyncio.wait([done])
        return 503 if done.cancelled() else 200  # stopping: Telegram delivers it again later

    def close(self) -> None:
        """Stop accepting connections; requests in flight finish with their update."""
        if self._server is not None:
            self._server.stop()
        for sock in self._sockets:
            sock.close()

    async def stop(self) -> None:
        if self._server is not None:
            await self._server.close_all_connections()
            self._server = None
