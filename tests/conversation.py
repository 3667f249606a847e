"""Conversations with Brug in-process, readable as a script (after errbot's test backend).

chat = await brug.chat("ann", lang="nl")
await chat.say("hallo")
assert chat.flow == "onboarding"
await chat.tap("Verder")
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.messages import ConversationKey, Incoming, Outgoing
from bot.core.state import ConversationState
from bot.engine import Engine


@dataclass
class Chat:
    engine: Engine
    key: ConversationKey
    lang: str | None = None
    replies: list[Outgoing] = field(default_factory=list)
    history: list[Outgoing] = field(default_factory=list)

    async def send(self, incoming: Incoming) -> list[Outgoing]:
        self.replies = await self.engine.handle(incoming)
        await self.engine.delivered(self.replies)
        self.history += self.replies
        return self.replies

    async def receive(self, messages: list[Outgoing]) -> None:
        """Replies that arrive on their own (a timed step, a nudge), as a platform gets them."""
        await self.engine.delivered(messages)
        self.replies = self.replies + messages
        self.history += messages

    async def say(self, text: str, event_id: str | None = None) -> list[Outgoing]:
        return await self.send(
            Incoming(self.key, text=text, lang_hint=self.lang, event_id=event_id)
        )

    async def tap(self, label: str) -> list[Outgoing]:
        """Press the button whose label contains `label`, as a platform would."""
        for button in self.buttons_of_last():
            if label.casefold() in button.label.casefold():
                return await self.send(Incoming(self.key, press=button.press, lang_hint=self.lang))
        raise AssertionError(f"no button like {label!r} in {self.labels}")

    def buttons_of_last(self) -> tuple:
        for message in reversed(self.history):
            if message.buttons:
                return message.buttons
        return ()

    @property
    def text(self) -> str:
        """Everything Brug said in its last answer."""
        return "\n".join(m.text for m in self.replies)

    @property
    def labels(self) -> list[str]:
        return [b.label for b in self.replies[-1].buttons] if self.replies else []

    @property
    def flow(self) -> str | None:
        return self.replies[-1].flow if self.replies else None

    @property
    def state(self) -> str | None:
        return self.replies[-1].state if self.replies else None

    async def stored(self):
        return await self.engine.store.load(self.key)


@dataclass
class Brug:
    engine: Engine
    platform: str = "test"

    def chat(self, user: str = "ann", lang: str | None = "nl", chat: str | None = None) -> Chat:
        return Chat(self.engine, ConversationKey(self.platform, chat or user, user), lang)

    async def onboarded(
        self,
        user: str = "ann",
        lang: str = "nl",
        consent: bool = True,
        country: str = "NL",
        nudges: bool = False,
    ) -> Chat:
        """A chat that has been through onboarding and waits in the menu."""
        chat = self.chat(user, lang)
        await chat.say("hallo")
        await chat.say("1")  # go on
        await chat.say("1" if consent else "2")
        countries = ["NL", "BE", "UK", "US", "OTHER"]
        await chat.say(str(countries.index(country) + 1))
        await chat.say("Europe/Amsterdam")
        await chat.say("10")  # no patterns chosen: done
        await chat.say("1" if nudges else "2")
        if consent:
            await chat.say("2")  # no route
        await chat.say("2")  # the check-in later
        assert chat.flow == "menu", chat.text
        return chat


NO_QUIET = {"quiet_start": "00:00", "quiet_end": "00:00"}


def wants_journal_nudges(now: int, lang: str = "nl") -> ConversationState:
    """Someone onboarded long ago who chose a daily journal nudge and has no quiet hours, so a
    nudge row due `now` goes out whatever the wall clock says."""
    return ConversationState(
        lang=lang,
        consent=True,
        onboarded=True,
        last_seen=now - 9999,
        settings={"journal_time": "12:00", **NO_QUIET},
    )
