"""Brug on Telegram: the real python-telegram-bot stack against the local Bot API server.

Each test runs the adapter as `brug run` would, on a fresh SQLite file, with short pacing
intervals (one test checks Telegram's real ones). `Phone` plays one person's Telegram app.
"""

from __future__ import annotations

import asyncio
import io
import json
import socket
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from PIL import Image
from telegram import Update

from bot.adapters.telegram import TelegramAdapter, TelegramConfig, TelegramConfigError, from_env
from bot.adapters.telegram.pacing import Pacing
from bot.adapters.telegram.polling import CURSOR
from bot.adapters.telegram.rendering import split_text, utf16_len
from bot.adapters.telegram.updates import Inbound, Translator, language_hint
from bot.core.messages import Button, ButtonPress, ConversationKey, Incoming, Outgoing
from bot.engine import Engine
from bot.store import StepWrite
from tests.conftest import FixedClock
from tests.conversation import Brug
from tests.telegram_api_server import (
    DEFAULT_GROUP_ID,
    SentMessage,
    TelegramApiServer,
    parse_html,
)

# PTB warns from inside RetryAfter, and when getUpdates is called raw (as the poller does on
# purpose); the adapter silences both, pytest turns them back on per test.
pytestmark = [
    pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning"),
    pytest.mark.filterwarnings(
        "ignore:Please use 'Bot.get_updates':telegram.warnings.PTBUserWarning"
    ),
]

USER = 4242
FAST = Pacing(
    chat_interval=0.001, chat_burst=1, global_rate=10_000, backoff_first=0.01, backoff_max=0.05
)


def make_adapter(
    engine: Engine, server: TelegramApiServer, *, pacing: Pacing = FAST, **config: Any
) -> TelegramAdapter:
    settings = TelegramConfig(server.token, api_url=server.base_url, **config)
    return TelegramAdapter(engine, settings, pacing=pacing, poll_timeout=5, settle=0.05, grace=0.3)


@pytest_asyncio.fixture
async def telegram(engine: Engine, server: TelegramApiServer) -> AsyncIterator[TelegramAdapter]:
    adapter = make_adapter(engine, server)
    await adapter.start()
    yield adapter
    await adapter.stop()


def plain(message: SentMessage) -> str:
    """What the person sees: the server parses the HTML exactly as Telegram would."""
    return parse_html(message.text)[0] if message.parse_mode == "HTML" else message.text


def key_of(user: int, chat: int | None = None) -> ConversationKey:
    return ConversationKey("telegram", str(chat or user), str(user))


class Phone:
    """One person's Telegram app: types, taps buttons, and reads what Brug sent back."""

    def __init__(
        self,
        server: TelegramApiServer,
        adapter: TelegramAdapter,
        user: int = USER,
        language_code: str = "nl",
    ) -> None:
        self.server = server
        self.adapter = adapter
        self.user = user
        self.language_code = language_code

    @property
    def received(self) -> list[SentMessage]:
        return self.server.sent(self.user)

    async def say(self, text: str) -> list[str]:
        seen = len(self.received)
        update = self.server.push_text(self.user, text, language_code=self.language_code)
        await answered(self.server, self.adapter, update)
        return [plain(m) for m in self.received[seen:]]

    async def tap(self, label: str) -> list[str]:
        """Press the button like `label` on the last message with buttons."""
        message = next(m for m in reversed(self.received) if m.buttons)
        for text, data in message.buttons:
            if label.casefold() in text.casefold():
                return await self.press(data or "", message.message_id)
        raise AssertionError(f"no button like {label!r} in {message.buttons}")

    async def press(self, data: str, message_id: int) -> list[str]:
        seen = len(self.received)
        update = self.server.push_callback(self.user, data, message_id)
        await answered(self.server, self.adapter, update)
        return [plain(m) for m in self.received[seen:]]


async def answered(server: TelegramApiServer, adapter: TelegramAdapter, update_id: int) -> None:
    """Wait until Telegram forgot the update (Brug confirms only what it handled) and the
    replies are sent."""
    await server.wait_for(
        lambda: all(u["update_id"] != update_id for u in server.pending),
        what=f"update {update_id} to be confirmed",
    )
    await adapter.idle()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- the danger pause, by buttons --------------------------------------------------------


async def test_the_danger_pause_in_dutch_by_buttons(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    await Brug(engine, platform="telegram").onboarded(str(USER), lang="nl")
    phone = Phone(server, telegram)
    await phone.say("/menu")
    assert "Herken je dit?" in (await phone.tap("Afstand nemen"))[-1]
    assert "Zullen we het samen proberen?" in "\n".join(await phone.tap("Een beetje"))
    assert "rustig aan" in "\n".join(await phone.tap("Ja, laten we beginnen"))
    await phone.tap("Ik ben er")
    await phone.say("Mijn vriendin zegde onze afspraak af")
    question = "\n".join(await phone.say("Niet meer reageren"))
    assert 'Je schreef: "Mijn vriendin zegde onze afspraak af"' in question
    assert "echt gevaar" in question
    assert "moedig" in "\n".join(await phone.tap("Iets ouds"))
    await phone.say("Ik voel me afgewezen, net als vroeger")
    await phone.say("Is er iets gebeurd waardoor je niet kon?")
    closing = "\n".join(await phone.tap("Ja, die is er"))
    assert "Fijn dat er iemand is" in closing and "pauze" in closing
    await phone.tap("Naar het menu")
    assert phone.received[-1].buttons  # the menu again

    taps = 7
    assert len(server.callback_answers) == taps  # every press answered
    removed = [e for e in server.edits if e.method == "editMessageReplyMarkup"]
    assert len(removed) == taps and all(e.reply_markup is None for e in removed)
    assert {m.parse_mode for m in phone.received} == {"HTML"}
    assert await engine.store.pending("telegram") == []


async def test_the_danger_pause_in_english_reflects_markup_escaped(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    await Brug(engine, platform="telegram").onboarded(str(USER), lang="en")
    phone = Phone(server, telegram, language_code="en")
    await phone.say("/menu")
    await phone.tap("Pulling away")
    await phone.tap("Yes")
    await phone.tap("Yes, let's start")
    await phone.tap("I'm here")
    typed = "<b>He</b> shouted & left <script>alert(1)</script>"
    await phone.say(typed)
    question = (await phone.say("Leave"))[-1]
    assert f'You wrote: "{typed}"' in question  # the server accepted it and shows it as typed
    raw = phone.received[-1].text
    assert "&lt;b&gt;He&lt;/b&gt; shouted &amp; left &lt;script&gt;" in raw
    answer = "\n".join(await phone.tap("Real danger"))
    assert "being safe comes first" in answer and "Veilig Thuis" in answer


async def test_first_words_take_the_language_of_the_telegram_app(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    texts = engine.ctx.texts
    dutch = await Phone(server, telegram, user=1, language_code="nl-BE").say("/start")
    english = await Phone(server, telegram, user=2, language_code="en-GB").say("/start")
    unknown = await Phone(server, telegram, user=3, language_code="de").say("/start")
    assert dutch[0] == texts.get("nl", "onboarding-welcome")
    assert english[0] == texts.get("en", "onboarding-welcome")
    assert unknown == [texts.get("nl", "onboarding-language")]  # asked, in both languages


def test_language_hint_reads_telegram_codes() -> None:
    languages = ("nl", "en")
    assert [language_hint(c, languages) for c in ("nl", "nl-BE", "en-GB", "EN", "de", None)] == [
        "nl",
        "nl",
        "en",
        "en",
        None,
        None,
    ]


# --- groups, media and other updates -----------------------------------------------------


async def test_groups_get_an_invitation_only_when_brug_is_addressed(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    invite = f"https://t.me/{server.username}?start=hi"

    async def group_says(update_id: int) -> list[str]:
        seen = len(server.sent(DEFAULT_GROUP_ID))
        await answered(server, telegram, update_id)
        return [plain(m) for m in server.sent(DEFAULT_GROUP_ID)[seen:]]

    group = DEFAULT_GROUP_ID
    assert await group_says(server.push_text(7, "gewoon gepraat", chat_id=group)) == []
    assert await group_says(server.push_command(7, "start", chat_id=group)) != []
    assert await group_says(server.push_text(7, "/start@andere_bot", chat_id=group)) == []
    [by_command] = await group_says(
        server.push_command(7, "start", with_username=True, chat_id=group)
    )
    [by_mention] = await group_says(server.push_mention(8, "hoi, ben je daar?"))
    [by_reply] = await group_says(server.push_text(9, "en nu?", reply_to_bot=True, chat_id=group))
    for answer in (by_command, by_mention, by_reply):
        assert invite in answer
    assert all(m.reply_markup is None for m in server.sent(DEFAULT_GROUP_ID))
    # Each answer is threaded under the message that addressed Brug.
    asked = [m for m in server.sent(DEFAULT_GROUP_ID) if m.reply_to_message_id]
    assert len(asked) == len(server.sent(DEFAULT_GROUP_ID)) == 4

    [crisis] = await group_says(server.push_mention(8, "ik wil niet meer leven"))
    assert invite not in crisis and "113" in crisis
    with sqlite3.connect(engine.store.path) as db:  # nothing is kept about anyone in a group
        rows = db.execute(
            "SELECT COUNT(*) FROM conversations WHERE chat=?", (str(DEFAULT_GROUP_ID),)
        )
        assert rows.fetchone() == (0,)


async def test_media_gets_a_kind_word_and_other_updates_pass_quietly(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    unreadable = engine.ctx.texts.get("nl", "input-unreadable")
    phone = Phone(server, telegram)
    first = server.push_text(USER, "hallo")
    await answered(server, telegram, first)
    pushes: list[Callable[[], int]] = [
        lambda: server.push_photo(USER, caption="kijk"),
        lambda: server.push_sticker(USER),
        lambda: server.push_voice(USER),
        lambda: server.push_document(USER),
        lambda: server.push_location(USER, 52.37, 4.89),
    ]
    for push in pushes:
        seen = len(phone.received)
        await answered(server, telegram, push())
        assert [plain(m) for m in phone.received[seen:]] == [unreadable]

    seen = len(phone.received)
    for quiet in (
        server.push_edited_text(first, "hallo daar"),
        server.push_channel_post(-1009, "nieuws"),
        server.push_service(DEFAULT_GROUP_ID, new_chat_members=[server.bot_id], by_user_id=USER),
    ):
        await server.wait_for(
            partial(lambda q: all(u["update_id"] != q for u in server.pending), quiet)
        )
    await telegram.idle()
    assert len(phone.received) == seen

    # Words of crisis are answered wherever they are: in a caption, or edited in later.
    seen = len(phone.received)
    await answered(server, telegram, server.push_photo(USER, caption="ik wil niet meer leven"))
    answer = [plain(m) for m in phone.received[seen:]]
    assert any("113" in text for text in answer) and unreadable not in answer
    seen = len(phone.received)
    await answered(server, telegram, server.push_edited_text(first, "ik wil dood"))
    assert any("113" in plain(m) for m in phone.received[seen:])


async def test_an_edited_caption_is_read_by_the_safety_check(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    phone = Phone(server, telegram)
    await answered(server, telegram, server.push_text(USER, "hallo"))
    photo = server.push_photo(USER, caption="mijn kat")
    await answered(server, telegram, photo)
    seen = len(phone.received)
    quiet = server.push_edited_caption(photo, "mijn kat, hij slaapt")
    await server.wait_for(lambda: all(u["update_id"] != quiet for u in server.pending))
    await telegram.idle()
    assert len(phone.received) == seen  # an edit is not a new answer
    await answered(server, telegram, server.push_edited_caption(photo, "ik wil niet meer leven"))
    assert any("113" in plain(m) for m in phone.received[seen:])
    seen = len(phone.received)
    edited = server.push_edited_caption(photo, "mijn man slaat me als hij drinkt")
    await answered(server, telegram, edited)
    assert any("Veilig Thuis" in plain(m) for m in phone.received[seen:])


async def test_an_update_that_cannot_be_read_is_skipped_and_polling_goes_on(
    server: TelegramApiServer, telegram: TelegramAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    translator = telegram.reception.translator
    read = translator.read

    def odd_once(update: Update) -> Inbound | None:
        monkeypatch.setattr(translator, "read", read)
        raise AttributeError("an update kind this PTB version half-knows")

    monkeypatch.setattr(translator, "read", odd_once)
    await answered(server, telegram, server.push_text(USER, "hallo"))
    assert server.sent(USER) == []
    assert len(await Phone(server, telegram).say("hallo")) == 2


def test_channel_posts_and_unknown_updates_mean_nothing(engine: Engine) -> None:
    translator = Translator(None, ("nl", "en"))  # type: ignore[arg-type]  # never asked
    post = {"message_id": 1, "date": 0, "chat": {"id": -1009, "type": "channel"}, "text": "x"}
    assert translator.read(Update.de_json({"update_id": 1, "channel_post": post}, None)) is None
    assert translator.read(Update.de_json({"update_id": 2}, None)) is None


# --- buttons -------------------------------------------------------------------------------


async def test_forged_and_old_button_data_gets_the_polite_answer_and_changes_nothing(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    await Brug(engine, platform="telegram").onboarded(str(USER), lang="nl")
    phone = Phone(server, telegram)
    await phone.say("/menu")
    menu = phone.received[-1]
    before = await engine.store.load(key_of(USER))
    stale = engine.ctx.texts.get("nl", "button-stale")
    for data in ("b:999:0", "b:1:99999", "b:-1:0", "rommel", "b:1", "ü" * 30, "b:٣:0"):
        assert await phone.press(data, menu.message_id) == [stale]
    after = await engine.store.load(key_of(USER))
    assert before is not None and after is not None
    assert (after.position, after.turn) == (before.position, before.turn)
    assert len(server.callback_answers) == 7
    assert not [e for e in server.edits if e.reply_markup]  # the keyboard went on first press
    # Nothing moved: the menu's own third button still leads where it did.
    assert "Herken je dit?" in "\n".join(
        await phone.press(menu.buttons[2][1] or "", menu.message_id)
    )


# --- rate limits and faults ----------------------------------------------------------------


async def test_a_flood_wait_holds_only_that_chat(
    server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    held, free = Phone(server, telegram, user=1), Phone(server, telegram, user=2)
    server.fail_next("sendMessage", 429, retry_after=1, chat_id=held.user)
    updates = [server.push_text(held.user, "hallo"), server.push_text(free.user, "hallo")]
    await server.wait_for_sent(free.user, 2)
    assert server.sent(held.user) == []  # still waiting out its flood wait
    for update in updates:
        await answered(server, telegram, update)
    assert [plain(m) for m in held.received] == [plain(m) for m in free.received]
    to_held = [c.time for c in server.calls if c.params.get("chat_id") == held.user]
    assert to_held[1] - to_held[0] >= 0.95  # the 429, then Telegram's second later


async def test_a_burst_of_server_errors_delays_only_that_chat_and_keeps_order(
    server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    broken, fine = Phone(server, telegram, user=1), Phone(server, telegram, user=2)
    server.fail_next("sendMessage", 502, times=4, chat_id=broken.user)
    server.fail_next("sendMessage", 500, times=2, chat_id=broken.user)
    await fine.say("hallo")
    await broken.say("hallo")
    assert [plain(m) for m in broken.received] == [plain(m) for m in fine.received]
    assert len(broken.received) == 2


async def test_nothing_committed_is_lost_while_telegram_is_down(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    key = key_of(USER)
    await Phone(server, telegram).say("hallo")
    await server.stop()
    replies = await engine.handle(Incoming(key, text="/help", event_id="x1"))
    await telegram.send(replies)  # as a nudge arrives: Telegram is away
    await asyncio.sleep(0.2)
    assert len(await engine.store.pending("telegram")) == len(replies)
    await server.start()
    await server.wait_for_sent(USER, 2 + len(replies))
    await telegram.idle()
    assert [plain(m) for m in server.sent(USER)[2:]] == [r.text for r in replies]
    assert await engine.store.pending("telegram") == []


async def test_a_person_who_blocked_brug_is_deactivated_and_sent_nothing_more(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    key = key_of(USER)
    await Phone(server, telegram).say("hallo")
    server.block(USER)
    replies = await engine.handle(Incoming(key, text="/help", event_id="x1"))
    replies += await engine.handle(Incoming(key, text="/menu", event_id="x2"))
    await telegram.send(replies)
    await telegram.idle()

    state = await engine.store.load(key)
    assert state is not None and not state.active
    assert await engine.store.pending("telegram") == []  # acknowledged, never retried
    attempts = [c for c in server.calls if c.method == "sendMessage"]
    assert len(attempts) == 3  # two greetings, then one refused: the rest is dropped
    assert len(server.sent(USER)) == 2

    # Blocking in the app is noticed at once, before anything is sent.
    other = Phone(server, telegram, user=77)
    await other.say("hallo")
    await answered(server, telegram, server.push_my_chat_member(other.user, "kicked"))
    state = await engine.store.load(key_of(other.user))
    assert state is not None and not state.active


# --- restarts ------------------------------------------------------------------------------


async def test_a_restart_answers_only_what_is_new(
    engine: Engine, server: TelegramApiServer
) -> None:
    first = make_adapter(engine, server)
    await first.start()
    await Phone(server, first).say("hallo")
    await first.stop()
    greeted = len(server.sent(USER))
    stored = json.loads(await engine.store.cursor(CURSOR) or "{}")
    assert stored["offset"] == 2

    update = server.push_text(USER, "/help")  # while Brug is down
    second = make_adapter(engine, server)
    await second.start()
    try:
        await answered(server, second, update)
    finally:
        await second.stop()
    reference = Brug(engine, platform="reference").chat("ref")
    expected = [m.text for m in await reference.say("hallo") + await reference.say("/help")]
    assert greeted == 2
    assert [plain(m) for m in server.sent(USER)] == expected  # the greeting only once


async def test_replies_left_unsent_at_stop_are_sent_after_the_restart(
    engine: Engine, server: TelegramApiServer
) -> None:
    first = make_adapter(engine, server)
    await first.start()
    server.fail_next("sendMessage", 502, times=10**6, chat_id=USER)
    update = server.push_text(USER, "hallo")
    await server.wait_for(lambda: all(u["update_id"] != update for u in server.pending))
    await server.wait_for(lambda: len([c for c in server.calls if c.method == "sendMessage"]) > 2)
    await first.stop()
    left = await engine.store.pending("telegram")
    assert len(left) == 2 and server.sent(USER) == []

    server.clear_faults()
    second = make_adapter(engine, server)
    await second.start()
    try:
        await server.wait_for_sent(USER, 2)
        await second.idle()
    finally:
        await second.stop()
    assert [plain(m) for m in server.sent(USER)] == [m.text for m in left]
    assert await engine.store.pending("telegram") == []


async def test_a_personal_message_never_goes_to_a_group_chat(
    engine: Engine, server: TelegramApiServer
) -> None:
    group = key_of(USER, chat=-1001234)
    mine = Outgoing(group, "your plan for tomorrow: call Sam")
    public = Outgoing(group, "Brug is in a private chat with you", public=True)
    await engine.store.commit(StepWrite(group, None, [mine, public], keep_state=False))
    adapter = make_adapter(engine, server)
    await adapter.start()
    try:
        await server.wait_for_sent(-1001234, 1)
        await adapter.idle()
    finally:
        await adapter.stop()
    assert [plain(m) for m in server.sent(-1001234)] == [public.text]
    assert await engine.store.pending("telegram") == []  # refused for good, not retried


async def test_an_update_is_confirmed_only_once_handled_and_others_go_on(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    slow, quick = Phone(server, telegram, user=1), Phone(server, telegram, user=2)
    async with engine.locks.hold(key_of(slow.user)):  # a conversation that takes its time
        held = server.push_text(slow.user, "hallo")
        later = [server.push_text(quick.user, "hallo"), server.push_text(quick.user, "/help")]
        await server.wait_for_sent(quick.user, 3)  # the other chat is answered meanwhile
        assert slow.received == []
        # Nothing from the held update on is confirmed: a crash now loses nothing.
        assert [u["update_id"] for u in server.pending] == [held, *later]
    await answered(server, telegram, held)
    assert server.pending == []
    assert [plain(m) for m in slow.received] == [plain(m) for m in quick.received][:2]


# Another process holds the database's write lock for a while (a backup tool, a stuck job).
LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def lock_database(path: Path, seconds: float) -> subprocess.Popen[str]:
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
    return locker


@pytest.mark.timeout(60)
async def test_a_crisis_message_while_the_database_is_locked_is_answered_once_it_is_free(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    locker = lock_database(engine.store.path, 8)
    update = server.push_text(USER, "ik wil niet meer leven")
    await asyncio.sleep(6)  # the first try has failed by now (the store waits 5 s for a lock)
    assert [u["update_id"] for u in server.pending] == [update]  # not confirmed, not lost
    assert server.sent(USER) == []
    await server.wait_for(lambda: not server.pending, timeout=20, what="the update confirmed")
    await telegram.idle()
    assert locker.wait() == 0
    texts = [plain(m) for m in server.sent(USER)]
    assert any("113" in t for t in texts)
    assert await engine.store.pending("telegram") == []
    assert await engine.store.rows_about("telegram", str(USER)) > 0  # committed after all


@pytest.mark.timeout(120)
async def test_a_step_that_keeps_failing_gets_the_safety_answer_unsaved(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    engine.retry_delays = ()  # one try: give up at once
    locker = lock_database(engine.store.path, 120)
    try:
        crisis = server.push_text(USER, "ik wil niet meer leven")
        # One try of 5 s (the store's wait for the lock), writes queued behind the
        # poller's offset: the unsaved answer goes out after about 10 s.
        await server.wait_for(lambda: not server.pending, timeout=45, what="the update confirmed")
        await telegram.idle()
        assert any("113" in plain(m) for m in server.sent(USER))
        seen = len(server.sent(USER))
        server.push_text(USER + 1, "hallo")
        await server.wait_for(lambda: not server.pending, timeout=45, what="the update confirmed")
        await telegram.idle()
        assert [plain(m) for m in server.sent(USER + 1)] == [
            "Sorry, er ging bij mij iets mis en ik kon je bericht niet bewaren. Wil je het over "
            "een paar minuten nog eens sturen?"
        ]
        assert len(server.sent(USER)) == seen and crisis
    finally:
        locker.kill()
        locker.wait()
    assert await engine.store.pending("telegram") == []


async def test_one_chat_is_answered_in_order(
    server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    hurried, calm = Phone(server, telegram, user=1), Phone(server, telegram, user=2)
    words = ["hallo", "/help", "/menu", "/help"]
    updates = [server.push_text(hurried.user, w) for w in words]  # all at once
    for word in words:
        await calm.say(word)
    await answered(server, telegram, updates[-1])
    assert [plain(m) for m in hurried.received] == [plain(m) for m in calm.received]


# --- rendering -----------------------------------------------------------------------------


async def test_a_long_reply_is_split_on_paragraphs_with_buttons_at_the_end(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    key = key_of(USER)
    paragraphs = [f"{n} " + "woord " * 300 for n in range(6)]  # about 1,800 characters each
    buttons = (Button("Verder", ButtonPress(1, 0)),)
    text = "\n\n".join(p.strip() for p in paragraphs)
    [message] = await engine.store.commit(
        StepWrite(key, None, [Outgoing(key, text, buttons)], keep_state=False)
    )
    await telegram.send([message])
    await telegram.idle()
    parts = server.sent(USER)
    assert len(parts) == 3
    assert all(utf16_len(plain(p)) <= 4096 for p in parts)
    assert "\n\n".join(plain(p) for p in parts) == text
    assert [bool(p.buttons) for p in parts] == [False, False, True]
    assert await engine.store.pending("telegram") == []


def test_split_text_prefers_paragraphs_then_lines_then_words() -> None:
    assert split_text("kort", 10) == ["kort"]
    assert split_text("aaaa\n\nbbbb\n\ncccc", 10) == ["aaaa\n\nbbbb", "cccc"]
    assert split_text("aaaa\nbbbb\ncccc dddd", 10) == ["aaaa\nbbbb", "cccc dddd"]
    assert split_text("een twee drie vier", 9) == ["een twee", "drie vier"]
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert split_text("🙂" * 6, 4) == ["🙂🙂", "🙂🙂", "🙂🙂"]  # two UTF-16 units each
    assert split_text("a\n\n\n\nb", 3) == ["a", "b"]


async def test_export_arrives_as_a_json_document_after_its_text(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    await Brug(engine, platform="telegram").onboarded(str(USER), lang="nl")
    phone = Phone(server, telegram)
    texts = await phone.say("/export")
    [document] = server.documents
    assert document.chat_id == USER and document.file_name and document.file_name.endswith(".json")
    assert "conversations" in json.loads(document.content)
    last_text = phone.received[-1]
    assert last_text.message_id < document.message_id and texts


async def checked_in_twice(engine: Engine, clock: FixedClock, user: str) -> None:
    """Someone who did the check-in twice, a week apart (all yes, then all no), in-process."""
    chat = await Brug(engine, platform=user.split(":")[0]).onboarded(user.split(":")[1])
    for answer, day in (("1", "2026-11-02T10:00+01:00"), ("3", "2026-11-09T10:00+01:00")):
        clock.now = datetime.fromisoformat(day)
        await chat.say("/checkin")
        await chat.say("1")
        for _ in range(6):
            await chat.say(answer)
        assert chat.state == "suggest", chat.text


async def test_progress_arrives_as_a_picture_after_its_words(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter, clock: FixedClock
) -> None:
    await checked_in_twice(engine, clock, f"telegram:{USER}")
    phone = Phone(server, telegram)
    texts = await phone.say("/progress")
    assert any("2 check-ins" in t for t in texts), texts
    [photo] = server.photos
    assert photo.chat_id == USER and photo.caption == "Check-ins en stemming door de tijd"
    picture = Image.open(io.BytesIO(photo.content))
    assert picture.format == "PNG" and picture.size == (640, 260)  # one panel: the check-ins
    assert len(picture.getcolors(maxcolors=1 << 16) or ()) > 20  # drawn, not blank


# --- commands, webhook, settings ------------------------------------------------------------


async def test_commands_are_registered_in_both_languages(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    await server.wait_for(lambda: len(server.commands) == 3, what="three command lists")
    texts, names = engine.ctx.texts, list(engine.ctx.dialogues.commands)
    for lang, code in (("nl", "nl"), ("en", "en"), ("nl", "")):
        expected = [(n, texts.get(lang, f"command-{n}-description")) for n in names]
        assert server.commands[("default", code)] == expected
    assert server.commands[("default", "nl")] != server.commands[("default", "en")]


async def test_webhook_mode_checks_the_secret_on_every_request(
    engine: Engine, server: TelegramApiServer
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/brug/hook"
    adapter = make_adapter(
        engine, server, webhook_url=url, listen=("127.0.0.1", port), webhook_secret="g3heim_1"
    )
    await adapter.start()
    try:
        await server.wait_for(lambda: server.webhook is not None, what="setWebhook")
        assert server.webhook is not None
        assert (server.webhook.url, server.webhook.secret_token) == (url, "g3heim_1")

        update = server.push_text(USER, "hallo")
        assert await server.deliver_webhook(update, secret_token="fout") == 403
        assert await server.deliver_webhook(update, secret_token="") == 403
        await adapter.idle()
        assert server.sent(USER) == []  # nothing was handled

        assert await server.deliver_webhook(update) == 200
        await adapter.idle()
        greeting = [plain(m) for m in server.sent(USER)]
        assert len(greeting) == 2
        assert await server.deliver_webhook(update) == 200  # Telegram tries again
        await adapter.idle()
        assert len(server.sent(USER)) == 2  # but Brug answered once
    finally:
        await adapter.stop()


async def test_webhook_on_a_busy_port_stops_brug_run_at_once(
    engine: Engine, server: TelegramApiServer
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        adapter = make_adapter(
            engine, server, webhook_url="https://brug.example/hook", listen=("127.0.0.1", port)
        )
        with pytest.raises(TelegramConfigError, match="cannot listen"):
            await adapter.start()
    await adapter.stop()


async def test_webhook_without_a_configured_secret_gets_a_random_one(
    engine: Engine, server: TelegramApiServer
) -> None:
    port = free_port()
    adapter = make_adapter(
        engine, server, webhook_url=f"http://127.0.0.1:{port}/", listen=("127.0.0.1", port)
    )
    await adapter.start()
    try:
        await server.wait_for(lambda: server.webhook is not None, what="setWebhook")
        assert server.webhook is not None and len(server.webhook.secret_token or "") >= 32
    finally:
        await adapter.stop()


def test_settings_come_from_the_environment_or_files(tmp_path: Path, engine: Engine) -> None:
    assert from_env(engine, {}) is None
    token_file = tmp_path / "token"
    token_file.write_text("123:abc\n")
    config = TelegramConfig.from_env({"BRUG_TELEGRAM_TOKEN_FILE": str(token_file)})
    assert config is not None and config.token == "123:abc"
    assert config.api_url == "https://api.telegram.org/bot" and config.webhook_url is None
    assert "123:abc" not in repr(config)
    config = TelegramConfig.from_env(
        {
            "BRUG_TELEGRAM_TOKEN": "1:x",
            "BRUG_TELEGRAM_API_URL": "http://localhost:8081/",
            "BRUG_TELEGRAM_WEBHOOK_URL": "https://brug.example/hook",
            "BRUG_TELEGRAM_WEBHOOK_LISTEN": "[::1]:9000",
            "BRUG_TELEGRAM_WEBHOOK_SECRET": "abc-DEF_1",
        }
    )
    assert config is not None
    assert config.api_url == "http://localhost:8081/bot"
    assert config.listen == ("::1", 9000) and config.webhook_secret == "abc-DEF_1"
    bad = [
        {"BRUG_TELEGRAM_TOKEN": "1:x", "BRUG_TELEGRAM_TOKEN_FILE": str(token_file)},
        {"BRUG_TELEGRAM_TOKEN_FILE": str(tmp_path / "missing")},
        {"BRUG_TELEGRAM_TOKEN": "1:x", "BRUG_TELEGRAM_WEBHOOK_SECRET": "met spatie"},
        {"BRUG_TELEGRAM_TOKEN": "1:x", "BRUG_TELEGRAM_WEBHOOK_LISTEN": "localhost"},
        {"BRUG_TELEGRAM_TOKEN": "1:x", "BRUG_TELEGRAM_WEBHOOK_URL": "brug.example/hook"},
    ]
    for env in bad:
        with pytest.raises(TelegramConfigError) as error:
            TelegramConfig.from_env(env)
        assert "1:x" not in str(error.value) and "123:abc" not in str(error.value)


async def test_a_wrong_token_stops_brug_run_without_showing_it(
    engine: Engine, server: TelegramApiServer
) -> None:
    adapter = TelegramAdapter(engine, TelegramConfig("999:geheim", api_url=server.base_url))
    with pytest.raises(TelegramConfigError) as error:
        await adapter.start()
    assert "geheim" not in str(error.value)
    await adapter.stop()


# --- pacing --------------------------------------------------------------------------------


async def test_real_pacing_one_message_a_second_per_chat_after_a_short_burst(
    engine: Engine, server: TelegramApiServer
) -> None:
    pacing = Pacing(backoff_first=0.01, backoff_max=0.05)  # Telegram's limits: 1/s, burst 3
    adapter = make_adapter(engine, server, pacing=pacing)
    await adapter.start()
    key = key_of(USER)
    try:
        sent = [
            Outgoing(key, f"bericht {n}") for n in range(5)
        ]  # five replies at once, as after a long absence
        committed = await engine.store.commit(StepWrite(key, None, sent, keep_state=False))
        await adapter.send(committed)
        await server.wait_for_sent(USER, 5, timeout=10)
    finally:
        await adapter.stop()
    times = [c.time for c in server.calls if c.method == "sendMessage"]
    burst, interval, slack = pacing.chat_burst, pacing.chat_interval, 0.05
    assert all(times[i + burst] - times[i] >= interval - slack for i in range(len(times) - burst))
    assert times[-1] - times[0] >= (len(times) - burst) * interval - slack
    assert [plain(m) for m in server.sent(USER)] == [f"bericht {n}" for n in range(5)]


async def test_real_pacing_thirty_messages_a_second_over_all_chats(
    engine: Engine, server: TelegramApiServer
) -> None:
    pacing = Pacing(backoff_first=0.01, backoff_max=0.05)
    adapter = make_adapter(engine, server, pacing=pacing)
    await adapter.start()
    try:
        chats = range(1000, 1040)
        writes = [
            StepWrite(key_of(c), None, [Outgoing(key_of(c), "hoi")], keep_state=False)
            for c in chats
        ]
        committed = [m for w in writes for m in await engine.store.commit(w)]
        await adapter.send(committed)
        await server.wait_for_sent(None, len(chats), timeout=10)
    finally:
        await adapter.stop()
    times = sorted(c.time for c in server.calls if c.method == "sendMessage")
    rate, slack = int(pacing.global_rate), 0.05
    assert all(times[i + rate] - times[i] >= 1 - slack for i in range(len(times) - rate))


async def test_send_before_start_waits_for_the_outbox_and_is_not_doubled(
    engine: Engine, server: TelegramApiServer
) -> None:
    key = key_of(USER)
    adapter = make_adapter(engine, server)
    early = await engine.handle(Incoming(key, text="hallo", event_id="e1"))
    await adapter.send(early)  # the schedule may deliver before the adapter started
    await adapter.start()
    try:
        await server.wait_for_sent(USER, len(early))
        await adapter.idle()
    finally:
        await adapter.stop()
    assert [plain(m) for m in server.sent(USER)] == [m.text for m in early]


async def test_stop_is_quick_while_telegram_is_away(
    engine: Engine, server: TelegramApiServer
) -> None:
    adapter = make_adapter(engine, server)
    await adapter.start()
    await server.stop()
    replies = await engine.handle(Incoming(key_of(USER), text="hallo", event_id="e1"))
    await adapter.send(replies)
    await asyncio.wait_for(adapter.stop(), 10)  # grace, not forever: the rows wait in the outbox
    assert len(await engine.store.pending("telegram")) == len(replies)
