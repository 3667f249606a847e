"""What Telegram does to a chat, followed by Brug: a group that becomes a supergroup, an update
the library cannot read, an edited caption. The real PTB stack against the local Bot API server.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from telegram import Bot, Update
from telegram.error import ChatMigrated

from bot import metrics
from bot.adapters.telegram import TelegramAdapter
from bot.core.messages import Outgoing
from bot.core.state import ConversationState
from bot.engine import Engine
from bot.store import StepWrite
from tests.telegram_api_server import TelegramApiServer
from tests.test_telegram_adapter import Phone, answered, free_port, key_of, make_adapter, plain

# PTB warns from inside RetryAfter, and when getUpdates is called raw (as the poller does on
# purpose); the adapter silences both, pytest turns them back on per test.
pytestmark = [
    pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning"),
    pytest.mark.filterwarnings(
        "ignore:Please use 'Bot.get_updates':telegram.warnings.PTBUserWarning"
    ),
]

USER = 4242
GROUP = -4_100_200_300  # a basic group: its id has no -100 in front
CRISIS = "ik wil niet meer leven"


@pytest_asyncio.fixture
async def telegram(engine: Engine, server: TelegramApiServer) -> AsyncIterator[TelegramAdapter]:
    adapter = make_adapter(engine, server)
    await adapter.start()
    yield adapter
    await adapter.stop()


def rows_in(engine: Engine, chat: int) -> dict[str, int]:
    """How many rows each table holds for one chat."""
    with sqlite3.connect(engine.store.path) as db:
        return {
            table: db.execute(
                f"SELECT COUNT(*) FROM {table} WHERE chat=?", (str(chat),)
            ).fetchone()[0]
            for table in ("conversations", "records", "scheduled", "outbox")
        }


async def migrated_and_answered(
    engine: Engine, server: TelegramApiServer, new: int
) -> TelegramAdapter:
    """Brug starts, reads what waits (the migration among it), answers in the new chat, stops."""
    adapter = make_adapter(engine, server)
    await adapter.start()
    try:
        await server.wait_for(lambda: server.pending == [], what="every update confirmed")
        await server.wait_for_sent(new, 1)
        await adapter.idle()
    finally:
        await adapter.stop()
    return adapter


def unreadable_count() -> float:
    return metrics.UPDATES_UNREADABLE.labels("telegram")._value.get()


# --- a group becomes a supergroup ----------------------------------------------------------


@pytest.mark.parametrize("service", [False, True], ids=["refused-send", "with-service-messages"])
async def test_helplines_follow_a_group_that_became_a_supergroup(
    engine: Engine, server: TelegramApiServer, service: bool
) -> None:
    """Someone writes about ending their life in a group; the group is upgraded before Brug's
    answer goes out: the helplines arrive in the new supergroup, once, and nothing is left
    under the old id (the refused send, and the two service messages, each move it; once)."""
    server.push_mention(USER, CRISIS, chat_id=GROUP)
    new = server.migrate_group(GROUP, by_user_id=USER, service=service)
    adapter = await migrated_and_answered(engine, server, new)
    [helplines] = server.sent(new)
    assert "113" in plain(helplines)
    assert server.sent(GROUP) == []
    assert adapter.stopped is None
    assert await engine.store.pending("telegram") == []
    assert rows_in(engine, GROUP) == dict.fromkeys(rows_in(engine, GROUP), 0)


async def test_what_is_kept_under_a_group_moves_once_with_it(
    engine: Engine, server: TelegramApiServer
) -> None:
    """State, records, schedule rows and waiting replies keyed by the group follow it to the
    supergroup; the service messages and the refused send do not move it twice."""
    old, other = key_of(USER, GROUP), key_of(USER + 1, GROUP)
    state = ConversationState(lang="nl")
    await engine.store.commit(
        StepWrite(
            old,
            state,
            records=[("journal", {"entry": "x"})],
            schedule=[("reminder", 2_000_000_000, {})],
        )
    )
    await engine.store.commit(StepWrite(other, None, keep_state=False, records=[("mood", {})]))
    before = rows_in(engine, GROUP)
    assert before == {"conversations": 1, "records": 2, "scheduled": 1, "outbox": 0}
    server.push_mention(USER, CRISIS, chat_id=GROUP)
    new = server.migrate_group(GROUP, by_user_id=USER)
    await migrated_and_answered(engine, server, new)
    assert rows_in(engine, GROUP) == dict.fromkeys(before, 0)
    assert rows_in(engine, new) == {**before, "outbox": 0}
    assert await engine.store.load(key_of(USER, new)) == state
    assert len(server.sent(new)) == 1


async def test_personal_replies_never_follow_into_the_supergroup(
    engine: Engine, server: TelegramApiServer
) -> None:
    """A reply that was not public waits under the group (it never goes to a group); moved, it
    is still refused there: the move keeps Brug's rule that groups get public answers only."""
    key = key_of(USER, GROUP)
    await engine.store.commit(
        StepWrite(key, None, [Outgoing(key, "jouw dagboek")], keep_state=False)
    )
    server.push_mention(USER, CRISIS, chat_id=GROUP)
    new = server.migrate_group(GROUP, by_user_id=USER)
    await migrated_and_answered(engine, server, new)
    texts = [plain(m) for m in server.sent(new)]
    assert len(texts) == 1 and "113" in texts[0]
    assert all("dagboek" not in plain(m) for m in server.sent())
    assert await engine.store.pending("telegram") == []


# --- an update that cannot be read ---------------------------------------------------------

SECRET_WORDS = "niemand mag dit lezen"


def malformed_updates(user: int) -> list[tuple[str, Any]]:
    """Updates PTB rejects: a message without a date, a "kicked" member without until_date."""
    person = {"id": user, "is_bot": False, "first_name": "X"}
    message = {"message_id": 99, "chat": {"id": user, "type": "private"}, "text": SECRET_WORDS}
    member = {
        "chat": {"id": user, "type": "private", "first_name": "X"},
        "from": person,
        "date": 1,
        "old_chat_member": {"status": "member", "user": person},
        "new_chat_member": {"status": "kicked", "user": person},
    }
    return [("message", message), ("my_chat_member", member)]


async def test_an_update_the_library_rejects_is_skipped_and_the_batch_answered(
    engine: Engine, server: TelegramApiServer, caplog: pytest.LogCaptureFixture
) -> None:
    before = unreadable_count()
    first = server.push_text(1, "hallo")
    bad = [server.push_update(kind, payload) for kind, payload in malformed_updates(2)]
    last = server.push_text(3, "hallo")
    adapter = make_adapter(engine, server)
    caplog.set_level(logging.INFO, logger="brug")
    await adapter.start()
    try:
        await answered(server, adapter, last)
        assert server.pending == []
        assert server.sent(1) and server.sent(3)
        assert adapter.stopped is None
        assert len(await Phone(server, adapter, user=5).say("hallo")) == 2  # and it goes on
    finally:
        await adapter.stop()
    assert unreadable_count() - before == len(bad)
    skipped = [r for r in caplog.records if getattr(r, "event", None) == "update_unreadable"]
    assert sorted(getattr(r, "update_id", None) for r in skipped) == bad
    assert SECRET_WORDS not in caplog.text
    assert first < bad[0]


async def test_a_restart_gets_past_an_update_the_library_rejects(
    engine: Engine, server: TelegramApiServer
) -> None:
    """Acknowledged once, the update is not fetched again."""
    [(kind, payload), _] = malformed_updates(2)
    server.push_update(kind, payload)
    for _round in range(2):
        adapter = make_adapter(engine, server)
        await adapter.start()
        try:
            update = server.push_text(7 + _round, "hallo")
            await answered(server, adapter, update)
            assert adapter.stopped is None
        finally:
            await adapter.stop()
    assert server.sent(7) and server.sent(8)


async def test_a_webhook_update_the_library_rejects_is_acknowledged(
    engine: Engine, server: TelegramApiServer
) -> None:
    before = unreadable_count()
    port = free_port()
    url = f"http://127.0.0.1:{port}/brug/hook"
    adapter = make_adapter(
        engine, server, webhook_url=url, listen=("127.0.0.1", port), webhook_secret="g3heim_1"
    )
    await adapter.start()
    try:
        await server.wait_for(lambda: server.webhook is not None, what="setWebhook")
        good = server.push_text(1, "hallo")
        bad = [server.push_update(kind, payload) for kind, payload in malformed_updates(2)]
        after = server.push_text(3, "hallo")
        for update in (good, *bad, after):
            assert await server.deliver_webhook(update) == 200
        await adapter.idle()
        assert len(server.sent(1)) == len(server.sent(3)) == 2
        assert adapter.stopped is None
    finally:
        await adapter.stop()
    assert unreadable_count() - before == len(bad)


# --- edited captions -------------------------------------------------------------------------


async def test_an_edited_caption_in_a_group_gets_the_helplines(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    """A photo for Brug in a group, "my cat", edited into words of crisis."""
    group = -1009876
    photo = server.push_photo(USER, caption=f"@{server.username} mijn kat", chat_id=group)
    await answered(server, telegram, photo)
    seen = len(server.sent(group))
    await answered(
        server, telegram, server.push_edited_caption(photo, f"@{server.username} {CRISIS}")
    )
    assert any("113" in plain(m) for m in server.sent(group)[seen:])


async def test_an_edited_caption_in_a_private_chat_gets_the_helplines(
    engine: Engine, server: TelegramApiServer, telegram: TelegramAdapter
) -> None:
    phone = Phone(server, telegram, language_code="en")
    await phone.say("hello")
    photo = server.push_photo(USER, caption="my cat")
    await answered(server, telegram, photo)
    seen = len(phone.received)
    await answered(server, telegram, server.push_edited_caption(photo, "I want to end my life"))
    answer = "\n".join(plain(m) for m in phone.received[seen:])
    assert "113" in answer or "988" in answer or "116 123" in answer


async def test_the_server_answers_a_migrated_group_as_telegram_does(
    server: TelegramApiServer,
) -> None:
    """PTB reads the server's refusal as Telegram's: ChatMigrated with the new id; and the
    two service messages read as PTB reads Telegram's."""
    server.push_mention(USER, "hoi", chat_id=GROUP)
    new = server.migrate_group(GROUP, by_user_id=USER)
    async with Bot(server.token, base_url=server.base_url) as bot:
        with pytest.raises(ChatMigrated) as refused:
            await bot.send_message(GROUP, "hallo")
        assert refused.value.new_chat_id == new
        await bot.send_message(new, "hallo")
        _, moved, arrived = [Update.de_json(u, bot).message for u in server.pending]
    assert moved is not None and arrived is not None
    assert (moved.chat.id, moved.migrate_to_chat_id) == (GROUP, new)
    assert (arrived.chat.id, arrived.chat.type, arrived.migrate_from_chat_id) == (
        new,
        "supergroup",
        GROUP,
    )
