"""The seam every platform plugs into: swapped, not forked (after PTB's BasePersistence)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from bot.core.messages import Outgoing
from bot.engine import Engine


class Adapter(ABC):
    """A platform: turns its updates into `Incoming`, renders `Outgoing`, paces delivery.

    The contract: every person's text goes to `engine.answer` (which checks for crisis first
    and commits state and replies before returning them, retrying while the store fails);
    the platform's update is confirmed only after that returns; replies are sent in order and each
    is acknowledged with `engine.delivered` only after the platform confirmed it; what is in
    the outbox at start is sent again.
    """

    platform: ClassVar[str]

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.stopped: str | None = None  # why it stopped serving for good; None while it serves
        engine.register(self.platform, self.send)

    @abstractmethod
    async def start(self) -> None:
        """Connect, resend the outbox, and begin receiving."""

    @abstractmethod
    async def stop(self) -> None:
        """Stop receiving and finish the sends in flight."""

    @abstractmethod
    async def send(self, messages: list[Outgoing]) -> None:
        """Deliver in order at the platform's pace, acknowledging each delivered message.

        May queue and return before delivery: the outbox keeps the messages until then.
        """
