"""The local Telegram Bot API server, exercised with the real python-telegram-bot 22 client.

If PTB accepts these answers and raises its real exceptions, later tests can trust the
server as a stand-in for api.telegram.org.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import html
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

# Importable whatever pytest's rootdir/import mode (same approach as tests/matrix/conftest.py).
_TESTS = str(Path(__file__).resolve().parent)
if _TESTS not in sys.path:
    sys.path.append(_TESTS)

from telegram_api_server import (  # noqa: E402
    DEFAULT_GROUP_ID,
    HtmlParseError,
    TelegramApiServer,
    parse_html,
)

USER = 4242
# Reading a duration warns that PTB 23 will return a timedelta; _seconds() accepts both.
_DURATIONS_WARN = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
KEYBOARD = InlineKeyboardMarkup(
    [
        [
            InlineKeyboardButton("Ja", callback_data="yes"),
            InlineKeyboardButton("Nee", callback_data="no"),
        ]
    ]
)


@pytest_asyncio.fixture
async def bot(server: TelegramApiServer) -> AsyncIterator[Bot]:
    async with Bot(server.token, base_url=server.base_url) as client:
        yield client


def _seconds(value: int | dtm.timedelta) -> float:
    """PTB 22 gives durations as int or timedelta, depending on its PTB_TIMEDELTA setting."""
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


@pytest.mark.asyncio
async def test_get_me_and_send_message_with_keyboard(server: TelegramApiServer, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (server.bot_id, "brug_test_bot", True)

    first = await bot.send_message(
        USER, "<b>Kies</b> &amp; klaar", parse_mode="HTML", reply_markup=KEYBOARD
    )
    second = await bot.send_message(USER, "Nog een")

    assert (first.message_id, second.message_id) == (1, 2)
    assert first.text == "Kies & klaar"
    assert first.entities == (MessageEntity("bold", 0, 4),)
    assert first.from_user is not None and first.from_user.id == server.bot_id
    assert first.chat.type == "private"
    assert first.reply_markup == KEYBOARD
    [sent, _] = server.sent(USER)
    assert (sent.text, sent.parse_mode) == ("<b>Kies</b> &amp; klaar", "HTML")
    assert sent.buttons == [("Ja", "yes"), ("Nee", "no")]
    assert [call.method for call in server.calls] == [
        "getMe",
        "getMe",
        "sendMessage",
        "sendMessage",
    ]


@pytest.mark.asyncio
async def test_callback_answer_and_edits(server: TelegramApiServer, bot: Bot) -> None:
    message = await bot.send_message(USER, "Kies", reply_markup=KEYBOARD)
    update_id = server.push_callback(USER, "yes", message.message_id)

    [update] = await bot.get_updates()
    query = update.callback_query
    assert query is not None and query.data == "yes" and query.message is not None
    assert query.message.message_id == message.message_id
    assert await query.answer("Genoteerd")
    assert server.callback_answers[0].update_id == update_id
    assert server.callback_answers[0].text == "Genoteerd"
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await query.answer()

    edited = await bot.edit_message_reply_markup(USER, message.message_id, reply_markup=None)
    assert not isinstance(edited, bool) and edited.reply_markup is None
    assert server.edits[-1].buttons == []
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(USER, message.message_id, reply_markup=None)

    await bot.edit_message_text("Gekozen: <i>ja</i>", USER, message.message_id, parse_mode="HTML")
    assert server.edits[-1].text == "Gekozen: <i>ja</i>"
    server.push_callback(USER, "no", message.message_id)
    [*_, later] = await bot.get_updates(offset=update.update_id + 1)
    assert later.callback_query is not None
    assert isinstance(later.callback_query.message, Message)
    assert later.callback_query.message.text == "Gekozen: ja"


@pytest.mark.asyncio
async def test_my_commands_per_scope_and_language(server: TelegramApiServer, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Begin")], language_code="nl")
    await bot.set_my_commands([BotCommand("start", "Start")], language_code="en")
    await bot.set_my_commands([BotCommand("stop", "Stop")], scope=BotCommandScopeChat(USER))

    assert server.commands == {
        ("default", "nl"): [("start", "Begin")],
        ("default", "en"): [("start", "Start")],
        (f"chat:{USER}", ""): [("stop", "Stop")],
    }
    assert await bot.get_my_commands(language_code="nl") == (BotCommand("start", "Begin"),)
    assert await bot.get_my_commands() == ()
    await bot.delete_my_commands(language_code="nl")
    assert ("default", "nl") not in server.commands
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start!", "x")])


@pytest.mark.asyncio
async def test_get_updates_offset_limit_and_negative_offset(
    server: TelegramApiServer, bot: Bot
) -> None:
    ids = [server.push_text(USER, f"bericht {n}") for n in range(3)]

    assert [u.update_id for u in await bot.get_updates()] == ids  # unconfirmed: kept
    assert [u.update_id for u in await bot.get_updates(offset=ids[1], limit=1)] == ids[1:2]
    assert [u["update_id"] for u in server.pending] == ids[1:]
    assert [u.update_id for u in await bot.get_updates(offset=-1)] == ids[2:]
    assert await bot.get_updates(offset=ids[2] + 1) == ()
    assert server.pending == []


@pytest.mark.asyncio
async def test_long_poll_wakes_on_push_and_second_poller_conflicts(
    server: TelegramApiServer, bot: Bot
) -> None:
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    assert not poll.done()
    server.push_text(USER, "hallo")
    [update] = await poll
    assert update.message is not None and update.message.text == "hallo"
    assert time.monotonic() - started < 1

    first = asyncio.create_task(bot.get_updates(offset=update.update_id + 1, timeout=5))
    await asyncio.sleep(0.1)
    async with Bot(server.token, base_url=server.base_url) as second_instance:
        assert await second_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await first


@pytest.mark.asyncio
async def test_allowed_updates_is_remembered_and_filters_new_updates(
    server: TelegramApiServer, bot: Bot
) -> None:
    message = await bot.send_message(USER, "Kies", reply_markup=KEYBOARD)
    await bot.get_updates(allowed_updates=["callback_query"])
    server.push_text(USER, "gefilterd")
    callback_id = server.push_callback(USER, "yes", message.message_id)

    assert [u.update_id for u in await bot.get_updates()] == [callback_id]


@pytest.mark.asyncio
async def test_application_polling_answers_command_text_and_callback(
    server: TelegramApiServer,
) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Welkom", reply_markup=KEYBOARD)

    replied_to: list[int] = []

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None and message.text and message.reply_to_message
        replied_to.append(message.reply_to_message.message_id)
        await message.reply_html(f"Je zei: <i>{html.escape(message.text)}</i>")

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()
        await query.edit_message_text(f"Gekozen: {query.data}")

    app = ApplicationBuilder().token(server.token).base_url(server.base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(pressed))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0)

        server.push_command(USER, "start")
        [welcome] = await server.wait_for_sent(USER, 1, timeout=3)
        server.push_text(USER, "<script> & co", reply_to_bot=True)
        [_, echoed] = await server.wait_for_sent(USER, 2, timeout=3)
        server.push_callback(USER, "yes", welcome.message_id)
        await server.wait_for(lambda: server.edits, timeout=3, what="the edit")

        await app.updater.stop()
        await app.stop()

    assert welcome.buttons == [("Ja", "yes"), ("Nee", "no")]
    assert echoed.text == "Je zei: <i>&lt;script&gt; &amp; co</i>"
    assert replied_to == [welcome.message_id]
    assert len(server.callback_answers) == 1
    assert server.edits[0].text == "Gekozen: yes"
    assert server.pending == []  # the updater confirmed everything on stop


@_DURATIONS_WARN
@pytest.mark.asyncio
async def test_pushed_updates_are_valid_bot_api_json(server: TelegramApiServer, bot: Bot) -> None:
    text_id = server.push_text(USER, "eerst", first_name="Anna", username="anna")
    server.push_photo(USER, caption="kijk")
    server.push_sticker(USER)
    server.push_voice(USER, duration=7)
    server.push_document(USER, file_name="brief.pdf")
    server.push_location(USER, 52.37, 4.89)
    server.push_edited_text(text_id, "later")
    server.push_channel_post(-1009, "nieuws")
    server.push_service(DEFAULT_GROUP_ID, new_chat_members=[server.bot_id], by_user_id=USER)
    server.push_mention(USER, "hoi", language_code="en")
    server.push_command(USER, "help", "nu", chat_id=DEFAULT_GROUP_ID, with_username=True)

    updates = await bot.get_updates()
    text, photo, sticker, voice, doc, location, edited, post, service, mention, command = updates
    assert text.message and text.message.from_user and text.message.from_user.first_name == "Anna"
    assert photo.message and photo.message.photo[-1].width == 1280
    assert photo.message.caption == "kijk"
    assert sticker.message and sticker.message.sticker and sticker.message.sticker.emoji == "👍"
    assert voice.message and voice.message.voice
    assert _seconds(voice.message.voice.duration) == 7
    assert doc.message and doc.message.document and doc.message.document.file_name == "brief.pdf"
    assert location.message and location.message.location
    assert location.message.location.latitude == 52.37
    assert edited.edited_message and edited.edited_message.text == "later"
    assert edited.edited_message.message_id == text.message.message_id
    assert post.channel_post and post.channel_post.chat.type == "channel"
    assert service.message and service.message.new_chat_members[0].id == server.bot_id
    assert service.message.chat.type == "supergroup"
    assert mention.message and mention.message.chat.id == DEFAULT_GROUP_ID
    assert mention.message.parse_entities([MessageEntity.MENTION]) == {
        MessageEntity("mention", 0, 14): "@brug_test_bot"
    }
    assert mention.message.from_user and mention.message.from_user.language_code == "en"
    assert command.message and command.message.text == "/help@brug_test_bot nu"
    assert command.message.entities[0].type == "bot_command"


@_DURATIONS_WARN
@pytest.mark.asyncio
async def test_flood_control_raises_retry_after(server: TelegramApiServer, bot: Bot) -> None:
    server.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as error:
        await bot.send_message(USER, "te snel")
    assert _seconds(error.value.retry_after) == 7
    await bot.send_message(USER, "weer goed")
    assert [m.text for m in server.sent()] == ["weer goed"]
    assert [c.method for c in server.calls].count("sendMessage") == 2


@pytest.mark.asyncio
async def test_server_errors_raise_network_error_only_for_the_chosen_chat(
    server: TelegramApiServer, bot: Bot
) -> None:
    server.fail_next("sendMessage", 502, chat_id=USER, times=2)
    await bot.send_message(USER + 1, "andere chat")
    for _ in range(2):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(USER, "kapot")
    await bot.send_message(USER, "weer goed")


@pytest.mark.asyncio
async def test_blocked_chats_raise_forbidden(server: TelegramApiServer, bot: Bot) -> None:
    server.block(USER)
    server.block(DEFAULT_GROUP_ID)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "hallo?")
    with pytest.raises(Forbidden, match="kicked from the supergroup"):
        await bot.send_chat_action(DEFAULT_GROUP_ID, "typing")
    server.unblock(USER)
    await bot.send_message(USER, "hallo!")


@pytest.mark.asyncio
async def test_bad_html_and_overlong_text_raise_bad_request(
    server: TelegramApiServer, bot: Bot
) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities: can't find end tag"):
        await bot.send_message(USER, "<b>open", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r'(?i)unsupported start tag "script"'):
        await bot.send_message(USER, "<script>x</script>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(USER, "x" * 4097)
    await bot.send_message(USER, "x" * 4096)
    await bot.send_message(USER, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    assert len(server.sent()) == 2


def test_parse_html_matches_telegram() -> None:
    text, entities = parse_html(
        '🙂 <b>vet <i>schuin</i></b> <a href="https://x.nl/?a=1&amp;b=2">link</a> '
        '<pre><code class="language-python">x &lt; 1</code></pre> &#128075;&quot;'
        "<blockquote expandable>q</blockquote>"
    )
    assert text == '🙂 vet schuin link x < 1 👋"q'
    assert entities == [
        {"type": "bold", "offset": 3, "length": 10},  # the emoji is two UTF-16 units
        {"type": "italic", "offset": 7, "length": 6},
        {"type": "text_link", "offset": 14, "length": 4, "url": "https://x.nl/?a=1&b=2"},
        {"type": "pre", "offset": 19, "length": 5, "language": "python"},
        {"type": "expandable_blockquote", "offset": 28, "length": 1},
    ]
    # From TDLib's test vectors: same-span entities in TDLib's order, code around pre.
    assert parse_html("<code><i><b> </b></i></code>")[1] == [
        {"type": kind, "offset": 0, "length": 1} for kind in ("code", "bold", "italic")
    ]
    assert parse_html('<code class="language-fift"><pre>x</></>')[1] == [
        {"type": "pre", "offset": 0, "length": 1, "language": "fift"}
    ]
    # Telegram keeps a bare & and unknown entities as they are.
    assert parse_html('a & b &unknown; <span class="tg-spoiler">s</span>')[0] == (
        "a & b &unknown; s"
    )
    assert parse_html(html.escape("1 < 2 & <script>"))[0] == "1 < 2 & <script>"


@pytest.mark.parametrize(
    ("bad", "message"),
    [  # the first ones are TDLib's own test vectors (test/message_entities.cpp)
        ("🏟 🏟&lt;<abacaba", "Unclosed start tag at byte offset 13"),
        ("🏟 🏟&lt;<abac aba>", 'Unsupported start tag "abac" at byte offset 13'),
        ("🏟 🏟&lt;<i   =aba>", 'Empty attribute name in the tag "i" at byte offset 13'),
        (
            "🏟 🏟&lt;<i    aba>",
            'Expected equal sign in declaration of an attribute of the tag "i" at byte offset 13',
        ),
        ("🏟 🏟&lt;<i    aba  =  ", 'Unclosed start tag "i" at byte offset 13'),
        ("🏟 🏟&lt;<i    aba  =  190azAz-.,", "Unexpected end of name token at byte offset 27"),
        ('🏟 🏟&lt;<i    aba  =  "&lt;&gt;&quot;>', "Unclosed start tag at byte offset 13"),
        ("🏟 🏟&lt;</", "Unexpected end tag at byte offset 13"),
        ("🏟 🏟&lt;<b></b></", "Unexpected end tag at byte offset 20"),
        ("🏟 🏟&lt;<i>a</i   ", "Unclosed end tag at byte offset 17"),
        (
            "🏟 🏟&lt;<i>a</em   >",
            'Unmatched end tag at byte offset 17, expected "</i>", found "</em>"',
        ),
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ("<script>alert(1)</script>", 'Unsupported start tag "script" at byte offset 0'),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        (
            "&#xD83D;",
            "Text contains invalid Unicode characters after decoding HTML entities, "
            "check for unmatched surrogate code units",
        ),
    ],
)
def test_parse_html_rejects_like_telegram(bad: str, message: str) -> None:
    with pytest.raises(HtmlParseError) as error:
        parse_html(bad)
    assert str(error.value) == message


@pytest.mark.asyncio
async def test_slow_answers_raise_timed_out(server: TelegramApiServer, bot: Bot) -> None:
    server.slow("sendMessage", 1.0, times=1)
    with pytest.raises(TimedOut):
        await bot.send_message(USER, "verloren", read_timeout=0.2)
    assert server.sent() == []  # the client hung up before the call took effect

    server.slow("sendMessage", 1.0, times=1, delivered=True)
    with pytest.raises(TimedOut):
        await bot.send_message(USER, "toch bezorgd", read_timeout=0.2)
    assert [m.text for m in server.sent()] == ["toch bezorgd"]
    await bot.send_message(USER, "snel weer")


@pytest.mark.asyncio
async def test_stop_and_start_on_the_same_port(server: TelegramApiServer, bot: Bot) -> None:
    port = server.port
    await server.stop()
    with pytest.raises(NetworkError):
        await bot.get_me()
    await server.start()
    assert server.port == port
    assert (await bot.get_me()).username == "brug_test_bot"


@pytest.mark.asyncio
async def test_webhook_registration_and_delivery(server: TelegramApiServer, bot: Bot) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []

    async def hook(request: web.Request) -> web.Response:
        secret = request.headers.get("X-Telegram-Bot-Api-Secret-Token")
        received.append((secret, await request.json()))
        return web.Response()

    receiver_app = web.Application()
    receiver_app.router.add_post("/hook", hook)
    async with TestServer(receiver_app) as receiver:
        url = str(receiver.make_url("/hook"))
        await bot.set_webhook(url, secret_token="geheim-1", allowed_updates=["message"])
        assert server.webhook is not None
        assert (server.webhook.url, server.webhook.secret_token) == (url, "geheim-1")
        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates()

        update_id = server.push_text(USER, "via webhook")
        assert (await bot.get_webhook_info()).pending_update_count == 1
        assert await server.deliver_webhook(update_id) == 200
        assert (await bot.get_webhook_info()).pending_update_count == 0
        assert received[0][0] == "geheim-1"
        delivered = Update.de_json(received[0][1], bot).message
        assert delivered is not None and delivered.text == "via webhook"

    assert await bot.delete_webhook()
    assert (await bot.get_webhook_info()).url == ""
    assert await bot.get_updates() == ()


@pytest.mark.asyncio
async def test_raw_http_unknown_method_wrong_token_and_log_out(
    server: TelegramApiServer, bot: Bot
) -> None:
    async with aiohttp.ClientSession() as http:
        url = f"{server.base_url}{server.token}"
        async with http.post(f"{url}/sendMessage", json={"chat_id": "7", "text": "123"}) as r:
            assert (await r.json())["result"]["text"] == "123"
        async with http.get(f"{url}/getupdates?timeout=0.3&offset=0") as r:
            assert await r.json() == {"ok": True, "result": []}
        async with http.get(f"{url}/noSuchMethod") as r:
            assert (r.status, await r.json()) == (
                404,
                {"ok": False, "error_code": 404, "description": "Not Found"},
            )
    assert server.sent(7)[0].text == "123"

    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")
    with pytest.raises(InvalidToken):
        await Bot("999:wrong", base_url=server.base_url).get_me()
    assert await bot.log_out()
    with pytest.raises(InvalidToken):
        await bot.get_me()


@pytest.mark.asyncio
async def test_several_tokens_are_separate_bots() -> None:
    async with TelegramApiServer("111:first", "222:second") as server:
        other = server.bots["222:second"]
        other.push_text(USER, "voor de tweede")
        async with Bot("222:second", base_url=server.base_url) as second:
            assert second.username == "brug_test_2_bot"
            assert len(await second.get_updates()) == 1
            await second.send_message(USER, "van de tweede")
        assert server.pending == [] and server.sent() == []
        assert [m.text for m in other.sent()] == ["van de tweede"]


@pytest.mark.asyncio
async def test_send_document_keeps_name_and_bytes(server: TelegramApiServer, bot: Bot) -> None:
    sent = await bot.send_document(USER, b'{"a": 1}', filename="brug.json", caption="jouw data")
    assert sent.document is not None and sent.document.file_name == "brug.json"
    assert sent.caption == "jouw data"
    [document] = server.documents
    assert (document.chat_id, document.file_name, document.content) == (
        USER,
        "brug.json",
        b'{"a": 1}',
    )
    async with aiohttp.ClientSession() as http:
        url = f"{server.base_url}{server.token}/sendDocument"
        async with http.post(url, json={"chat_id": USER, "document": "x"}) as response:
            assert response.status == 400
            assert "no document" in (await response.json())["description"]


@pytest.mark.asyncio
async def test_blocking_in_the_app_sends_my_chat_member_and_answers_403(
    server: TelegramApiServer, bot: Bot
) -> None:
    server.push_my_chat_member(USER, "kicked")
    [update] = await bot.get_updates()
    change = update.my_chat_member
    assert change is not None and change.chat.id == USER
    assert (change.old_chat_member.status, change.new_chat_member.status) == ("member", "kicked")
    with pytest.raises(Forbidden):
        await bot.send_message(USER, "hallo?")
    server.push_my_chat_member(USER, "member", old_status="kicked")
    await bot.send_message(USER, "weer welkom")


@pytest.mark.asyncio
async def test_clear_faults_forgets_pending_failures(server: TelegramApiServer, bot: Bot) -> None:
    server.fail_next("sendMessage", 502, times=5)
    server.clear_faults()
    await bot.send_message(USER, "gewoon")
