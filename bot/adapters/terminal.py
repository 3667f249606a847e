"""The terminal: a chat with Brug on standard input and output, piped or interactive.

Each input line is one message. Buttons show as a numbered list; typing the number or the
label works. With `--json`, every bot message is one JSON object per line.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import TextIO

from bot.core.messages import ConversationKey, Incoming, Outgoing
from bot.engine import Engine

PLATFORM = "terminal"


class TerminalChat:
    def __init__(
        self,
        engine: Engine,
        key: ConversationKey,
        *,
        lang_hint: str | None = None,
        as_json: bool = False,
        stdin: TextIO = sys.stdin,
        stdout: TextIO = sys.stdout,
    ) -> None:
        self.engine = engine
        self.key = key
        self.lang_hint = lang_hint
        self.as_json = as_json
        self.stdin = stdin
        self.stdout = stdout
        self.interactive = stdin.isatty() and stdout.isatty()

    async def run(self) -> None:
        """Show what a crash left unsent, then answer line by line until end of input."""
        self.engine.register(PLATFORM, self._show)
        await self._show(await self.engine.store.pending(PLATFORM, self.key))
        if self.interactive:
            await self._send("/start")
        while True:
            if self.interactive:
                self.stdout.write("> ")
                self.stdout.flush()
            line = await asyncio.to_thread(self.stdin.readline)
            if not line:
                return
            await self._send(line.removesuffix("\n").removesuffix("\r"))

    async def _send(self, text: str) -> None:
        incoming = Incoming(self.key, text=text, lang_hint=self.lang_hint)
        await self._show(await self.engine.answer(incoming))

    async def _show(self, messages: list[Outgoing]) -> None:
        for message in messages:
            self.stdout.write(self.render(message))
        self.stdout.flush()
        await self.engine.delivered(messages)

    def render(self, message: Outgoing) -> str:
        if self.as_json:
            data: dict[str, object] = {
                "text": message.text,
                "buttons": [b.label for b in message.buttons],
                "flow": message.flow,
                "state": message.state,
                "safety": message.safety or False,
            }
            if message.document:
                data["document"] = {
                    "name": message.document.name,
                    "content": message.document.content,
                }
            return json.dumps(data, ensure_ascii=False) + "\n"
        lines = [message.text]
        lines += [f"  {n}. {b.label}" for n, b in enumerate(message.buttons, 1)]
        if message.document:
            lines += ["", message.document.content]
        return "\n".join(lines) + "\n\n"
