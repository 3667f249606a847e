"""The Telegram adapter: wires config, outbox, reading, polling or webhook into one `Adapter`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Mapping
from functools import partial

from telegram import (
    Bot,
    BotCommand,
)
from telegram.error import (
    EndPointNotFound,
    InvalidToken,
    NetworkError,
    TelegramError,
)
from telegram.request import HTTPXRequest

from bot.adapters.base import Adapter
from bot.adapters.telegram.config import PLATFORM, TelegramConfig, TelegramConfigError
from bot.adapters.telegram.outbox import Courier, Outbox
from bot.adapters.telegram.pacing import Pacer, Pacing
from bot.adapters.telegram.polling import Poller
from bot.adapters.telegram.rendering import Renderer
from bot.adapters.telegram.updates import ALLOWED_UPDATES, Migrations, Reception, Translator
from bot.adapters.telegram.webhook import WebhookListener
from bot.core.messages import Outgoing
from bot.engine import Engine

log = logging.getLogger("brug.telegram")

# --- the adapter ----------------------------------------------------------------------------


class TelegramAdapter(Adapter):
    """Brug's Telegram bot: connects, registers commands, resends the outbox, then listens."""

    platform = PLATFORM

    def __init__(
        self,
        engine: Engine,
        config: TelegramConfig,
        *,
        pacing: Pacing | None = None,
        poll_timeout: int = 30,
        settle: float = 0.5,
        grace: float = 5.0,
    ) -> None:
        super().__init__(engine)
        self.config = config
        self.grace = grace
        self.bot = Bot(
            config.token,
            base_url=config.api_url,
            request=HTTPXRequest(connection_pool_size=256, read_timeout=10.0),
            get_updates_request=HTTPXRequest(connection_pool_size=1),
        )
        self.courier = Courier(Pacer(pacing or Pacing()))
        self.outbox = Outbox(engine, self.bot, self.courier, Renderer())
        translator = Translator(self.bot, engine.ctx.texts.languages)
        self.migrations = Migrations(engine, self.outbox)
        self.outbox.follow = self.migrations.follow
        self.reception = Reception(
            engine, self.bot, self.courier, self.outbox, translator, self.migrations
        )
        self.poller = Poller(
            self.bot, engine, self.courier, self.reception, timeout=poll_timeout, settle=settle
        )
        self.webhook: WebhookListener | None = None
        if config.webhook_url is not None:
            self.webhook = WebhookListener(
                self.bot,
                self.reception,
                config.webhook_url,
                config.webhook_secret or secrets.token_urlsafe(32),  # never without a secret
                config.listen,
            )
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Fails at once on a rejected token or a busy port; if Telegram is away, keeps trying."""
        if self.webhook is not None:
            self.webhook.bind()
        try:
            await self.bot.initialize()
        except (InvalidToken, EndPointNotFound):
            raise TelegramConfigError(
                "Telegram rejected the bot token (BRUG_TELEGRAM_TOKEN, BRUG_TELEGRAM_API_URL)"
            ) from None
        except NetworkError as error:
            log.warning(
                "telegram unreachable",
                extra={"event": "telegram_down", "error": type(error).__name__},
            )
        self._task = asyncio.create_task(self._serve(), name="telegram")

    async def _serve(self) -> None:
        try:
            await self.courier.call(self.bot.initialize)
            self.outbox.open(await self.engine.store.pending(PLATFORM))
            await self._register_commands()
            mode = "webhook" if self.webhook else "polling"
            log.info("telegram started", extra={"event": "telegram_started", "platform": mode})
            if self.webhook is not None:
                await self._listen(self.webhook)
            else:
                await self.courier.call(self.bot.delete_webhook)
                await self.poller.run()
        except Exception as error:  # logged by class only: messages can carry the token
            self.stopped = f"telegram stopped ({type(error).__name__}; see its last log line)"
            log.error(
                "telegram stopped",
                extra={"event": "telegram_failed", "error": type(error).__name__},
            )

    async def _listen(self, webhook: WebhookListener) -> None:
        webhook.serve()
        request = partial(
            self.bot.set_webhook,
            webhook.url,
            secret_token=webhook.secret,
            allowed_updates=list(ALLOWED_UPDATES),
        )
        await self.courier.call(request)

    async def _register_commands(self) -> None:
        """The command menu in each language, and the first language for everyone else."""
        texts = self.engine.ctx.texts
        names = list(self.engine.ctx.dialogues.commands)
        for lang in (*texts.languages, None):
            commands = [
                BotCommand(
                    name, texts.get(lang or texts.languages[0], f"command-{name}-description")
                )
                for name in names
            ]
            request = partial(self.bot.set_my_commands, commands, language_code=lang)
            try:
                await self.courier.call(request, attempts=3)
            except TelegramError as error:
                log.error(
                    "commands not set",
                    extra={"event": "commands_failed", "error": type(error).__name__},
                )

    async def stop(self) -> None:
        """Stop taking updates, commit the ones taken, give sends `grace` seconds, disconnect."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self.webhook is not None:
            self.webhook.close()
        await self.reception.lanes.close(self.grace)
        await self.poller.save()
        if self.webhook is not None:
            await self.webhook.stop()
        await self.outbox.lanes.close(self.grace, last=self.courier.stop)
        await self.bot.shutdown()

    async def send(self, messages: list[Outgoing]) -> None:
        """Queue replies that arose outside an update (timed steps, nudges) in their chat's lane."""
        self.outbox.enqueue(messages)

    async def idle(self) -> None:
        """Wait until every update taken is handled and every queued reply is sent."""
        await self.outbox.opened.wait()
        while self.reception.lanes.busy or self.outbox.lanes.busy:
            await self.reception.lanes.drain()
            await self.outbox.lanes.drain()


def from_env(engine: Engine, env: Mapping[str, str]) -> TelegramAdapter | None:
    """The adapter `brug run` starts, or None when no token is configured."""
    config = TelegramConfig.from_env(env)
    return TelegramAdapter(engine, config) if config is not None else None
