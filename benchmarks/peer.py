"""The peer: the five steps with python-telegram-bot's ConversationHandler and PicklePersistence.

Updates are built as Telegram would send them and fed to `Application.process_update`; the bot's
API calls (sendMessage, answerCallbackQuery) are answered by `LocalRequest`, in process, without
HTTP. The replies are Brug's own Fluent texts, so both sides format the same sentences.

The pickle file holds a population of people (as a bot that has been running a while does);
some of them walk the five steps. Three configurations:

- default: `PicklePersistence(path)`. PTB hands changed data to the persistence every
  `update_interval` (60 s) and at shutdown; each changed person's conversation state and
  user_data is then written by dumping the *whole* file. The run lasts less than 60 s, so the
  one flush at shutdown is that periodic flush, and its time is counted.
- memory: `on_flush=True`: nothing is written until shutdown, which dumps the file once
  (counted); a crash before it loses every change.
- durable: the default persistence with `update_persistence()` after every update, so each
  step is on disk before the next one, as in Brug: two whole-file dumps per message.
"""

from __future__ import annotations

import json
import pickle
import time
import warnings
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)
from telegram.request import BaseRequest, RequestData
from telegram.warnings import PTBUserWarning

from benchmarks.common import OLD_BUTTON, STEPS, TEXTS, Figure, Report, Sizes, prepared_state
from bot.core.step import Context
from bot.core.texts import Texts

TOKEN = "1:benchmark"
BOT = {"id": 1, "is_bot": True, "first_name": "Brug", "username": "brug_bench_bot"}
NAME = "danger_pause"
DESCRIBE, URGE, QUESTION, WRITE, ASK, SHARE = range(6)
ANSWERS = ("real", "old", "unsure")
FIRST_USER = 10_000
MODES = ("default", "memory", "durable")

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, int]]


class LocalRequest(BaseRequest):
    """The Bot API answered in process: what Telegram would return, without the network."""

    def __init__(self) -> None:
        self.message_id = 0

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data else {}
        result: object = True
        if endpoint == "getMe":
            result = BOT
        elif endpoint == "sendMessage":
            self.message_id += 1
            result = {
                "message_id": self.message_id,
                "date": int(time.time()),
                "chat": {"id": params["chat_id"], "type": "private"},
                "from": BOT,
                "text": params["text"],
            }
        return 200, json.dumps({"ok": True, "result": result}).encode()


def conversation(texts: Texts) -> ConversationHandler[Any]:
    """The danger pause from `describe` on, with the same texts and buttons as Brug's flow."""

    def say(key: str) -> str:
        return texts.get("nl", key)

    def buttons(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            [[InlineKeyboardButton(say(t), callback_data=d)] for t, d in pairs]
        )

    question = buttons(*((f"danger_pause-btn-{a}", a) for a in ANSWERS))
    no_question = buttons(("danger_pause-btn-no-question", "none"))
    share = buttons(*((f"danger_pause-btn-share-{a}", a) for a in ("yes", "maybe", "no")))

    def typed(save: str, key: str, goes: int, markup: InlineKeyboardMarkup | None) -> Handler:
        async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
            assert update.message and update.effective_chat and context.user_data is not None
            context.user_data[save] = update.message.text
            await context.bot.send_message(update.effective_chat.id, say(key), reply_markup=markup)
            return goes

        return handle

    def tapped(save: str, keys: Callable[[str], list[str]], goes: int) -> Handler:
        async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
            query = update.callback_query
            assert query and query.data and update.effective_chat and context.user_data is not None
            await query.answer()
            context.user_data[save] = query.data
            for key in keys(query.data):
                await context.bot.send_message(update.effective_chat.id, say(key))
            return goes

        return handle

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        assert update.effective_chat
        await context.bot.send_message(update.effective_chat.id, say("danger_pause-describe"))
        return DESCRIBE

    text = filters.TEXT & ~filters.COMMAND
    with warnings.catch_warnings():  # per_message=False with buttons: PTB's warning is moot
        warnings.simplefilter("ignore", PTBUserWarning)
        return ConversationHandler(
            entry_points=[CommandHandler("pause", start)],
            states={
                DESCRIBE: [MessageHandler(text, typed("moment", "danger_pause-urge", URGE, None))],
                URGE: [
                    MessageHandler(text, typed("urge", "danger_pause-question", QUESTION, question))
                ],
                QUESTION: [
                    CallbackQueryHandler(
                        tapped(
                            "danger", lambda a: [f"danger_pause-{a}", "danger_pause-write"], WRITE
                        ),
                        pattern="^(real|old|unsure)$",
                    )
                ],
                WRITE: [
                    MessageHandler(
                        text, typed("note", "danger_pause-ask-instead", ASK, no_question)
                    )
                ],
                ASK: [
                    MessageHandler(
                        text, typed("question_to_ask", "danger_pause-share", SHARE, share)
                    ),
                    CallbackQueryHandler(
                        tapped("question_to_ask", lambda _: ["danger_pause-share"], SHARE),
                        pattern="^none$",
                    ),
                ],
                SHARE: [
                    CallbackQueryHandler(
                        tapped("share", lambda _: ["danger_pause-close"], ConversationHandler.END),
                        pattern="^(yes|maybe|no)$",
                    )
                ],
            },
            fallbacks=[],
            name=NAME,
            persistent=True,
        )


def user_id(n: int) -> int:
    return FIRST_USER + n


def write_population(path: Path, people: int, ctx: Context) -> float:
    """A pickle file as PicklePersistence writes it: everyone at `describe`, each with the
    same settings Brug keeps (as user_data, made anew per person as unpickling would).
    Returns its size in MiB."""
    text = prepared_state(ctx, int(time.time())).to_json()
    ids = [user_id(n) for n in range(people)]
    user_data = {}
    for uid in ids:
        data = json.loads(text)
        del data["update"]  # Brug's duplicate check; PTB keeps no such thing
        user_data[uid] = data
    data = {
        "conversations": {NAME: {(uid, uid): DESCRIBE for uid in ids}},
        "user_data": user_data,
        "chat_data": {uid: {} for uid in ids},
        "bot_data": {},
        "callback_data": None,
    }
    with path.open("wb") as file:
        pickle.dump(data, file, protocol=pickle.HIGHEST_PROTOCOL)
    return path.stat().st_size / 2**20


def application(
    path: Path, texts: Texts, *, on_flush: bool
) -> Application[Any, Any, Any, Any, Any, Any]:
    persistence = PicklePersistence(path, on_flush=on_flush)
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .request(LocalRequest())
        .get_updates_request(LocalRequest())
        .updater(None)
        .persistence(persistence)
        .build()
    )
    app.add_handler(conversation(texts))
    return app


def five_updates(app: Application[Any, Any, Any, Any, Any, Any], n: int) -> list[Update]:
    """Person n's five updates, parsed from JSON as an adapter receives them."""
    uid = user_id(n)
    person = {"id": uid, "is_bot": False, "first_name": f"P{n}"}
    chat = {"id": uid, "type": "private"}
    now = int(time.time())
    updates = []
    for i, text in enumerate(TEXTS):
        update_id = n * STEPS + i + 1
        message = {"message_id": update_id, "date": now, "chat": chat, "from": person}
        if text is None:
            raw: dict[str, Any] = {
                "update_id": update_id,
                "callback_query": {
                    "id": str(update_id),
                    "from": person,
                    "chat_instance": str(uid),
                    "data": ANSWERS[OLD_BUTTON],
                    "message": {**message, "from": BOT, "text": "?"},
                },
            }
        else:
            raw = {"update_id": update_id, "message": {**message, "text": text}}
        update = Update.de_json(raw, app.bot)
        assert update is not None
        updates.append(update)
    return updates


async def run(ctx: Context, path: Path, mode: str, people: int, active: int) -> dict[str, Any]:
    mib = write_population(path, people, ctx)
    app = application(path, ctx.texts, on_flush=mode == "memory")
    await app.initialize()
    await app.start()
    walks = [five_updates(app, n) for n in range(active)]
    wall, cpu = time.perf_counter(), time.process_time()
    for walk in walks:  # a handler never waits on I/O here, so concurrency would change nothing
        for update in walk:
            await app.process_update(update)
            if mode == "durable":
                await app.update_persistence()
    flushing = time.perf_counter()
    await app.stop()
    await app.shutdown()  # update_persistence() and flush(): the interval's flush
    ended = time.perf_counter()
    wall, cpu = ended - wall, time.process_time() - cpu
    persistence = app.persistence
    assert isinstance(persistence, PicklePersistence) and persistence.conversations is not None
    states = persistence.conversations[NAME]
    finished = sum(states.get((user_id(n), user_id(n))) == SHARE for n in range(active))
    if finished != active:
        raise RuntimeError(f"peer {mode}: only {finished} of {active} people reached SHARE")
    messages = active * STEPS
    return {
        "mode": mode,
        "population": people,
        "active": active,
        "messages": messages,
        "pickle_mib": round(mib, 2),
        "seconds": round(wall, 3),
        "flush_at_end_seconds": round(ended - flushing, 3),
        "cpu_seconds": round(cpu, 3),
        "per_second": round(messages / wall, 1),
    }


async def measure(report: Report, ctx: Context, temp: Path, sizes: Sizes) -> None:
    people = sizes.peer_population
    active = {
        "default": min(people, sizes.peer_default_active),
        "memory": people,
        "durable": min(people, sizes.peer_durable_active),
    }
    results = {}
    for mode in MODES:
        results[mode] = await run(ctx, temp / f"peer-{mode}.pickle", mode, people, active[mode])
        (temp / f"peer-{mode}.pickle").unlink()
    report.details["peer"] = results
    what = {
        "default": "PTB default PicklePersistence (flush per 60 s interval, counted)",
        "memory": "PTB PicklePersistence(on_flush=True), memory until shutdown",
        "durable": "PTB PicklePersistence, update_persistence() after every update",
    }
    for mode in MODES:
        result = results[mode]
        report.add(
            Figure(
                f"peer: {mode} messages/s",
                result["per_second"],
                "msg/s",
                note=f"{what[mode]}; {result['active']:,} of {people:,} people walk,"
                f" pickle {result['pickle_mib']} MiB, {result['flush_at_end_seconds']} s"
                " flushing at the end",
            )
        )
