"""Brug on Matrix under load (issue 16, item 6), against a minimal nio echo bot.

A local Synapse, started as the tests start it (`tests/synapse_server.py`: generous rate
limits), holds `Sizes.matrix_people` people, each in an end-to-end encrypted direct chat with
the bot, all writing at once. Each bot runs in a process of its own: Brug as `brug run` runs
it (the real `MatrixAdapter` and engine on a SQLite file, `settle_for_serving`), the echo bot
as `benchmarks/matrix_echo.py`. The people are nio clients in this process, each long-polling
the homeserver; each sends its next message once the answer is complete (for Brug: the text
with the options arrived, or 0.6 s passed without more), `Sizes.matrix_messages` messages
each after one that warms the encryption up. Latency: from just before a person's send to the
sync that brings them the bot's first reply text. Brug's people walk through onboarding,
the menu, a check-in and help, answering by number, so Brug sends what it really sends:
texts, option lists and reactions.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import logging
import os
import secrets
import subprocess
import sys
import tempfile
import time
from itertools import cycle
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, Figure, Report, Sizes, percentile
from bot.core.step import Context

TARGET = 1.5  # Brug's p50 reply latency at most this many times the echo bot's
QUIET = 0.6  # seconds without a new text after which an answer without options is complete
SCRIPT = (
    *("1",) * 5,
    *("/menu", "1", "1", "2", "/checkin", "1", "2", "3", "1", "2", "1", "/help", "/faq", "1"),
)
BUTTONS_KEY = "org.brug.buttons"


class Talker:
    """One person: a nio client with encryption, its own sync loop, and what the bot sent."""

    def __init__(self, client: Any, bot_id: str) -> None:
        self.client = client
        self.bot_id = bot_id
        self.texts: list[tuple[float, bool]] = []  # (received at, carries options)
        self.reactions = 0
        self.changed = asyncio.Event()
        self.room_id = ""

    async def sync_forever(self) -> None:
        import nio

        client = self.client
        while True:
            response = await client.sync(timeout=30_000)
            now = time.perf_counter()
            if isinstance(response, nio.SyncResponse):
                for info in response.rooms.join.values():
                    for event in info.timeline.events:
                        if event.sender != self.bot_id:
                            continue
                        content = event.source.get("content", {})
                        relates = content.get("m.relates_to") or {}
                        if isinstance(event, nio.RoomMessageText):
                            self.texts.append((now, BUTTONS_KEY in content))
                        elif relates.get("rel_type") == "m.annotation" or isinstance(
                            event, nio.ReactionEvent
                        ):
                            self.reactions += 1
                self.changed.set()
            await client.send_to_device_messages()
            with contextlib.suppress(nio.LocalProtocolError):
                if client.should_query_keys:
                    await client.keys_query()
                if client.should_claim_keys:
                    await client.keys_claim(client.get_users_for_key_claiming())

    async def wait(self, check: Any, patience: float = 60.0) -> None:
        deadline = time.perf_counter() + patience
        while not check():
            self.changed.clear()
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("no answer from the bot")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), min(left, QUIET / 3))

    async def exchange(self, text: str, whole: bool) -> float:
        """Send, wait for the answer; the latency to its first text."""
        import nio

        seen = len(self.texts)
        started = time.perf_counter()
        content = {"msgtype": "m.text", "body": text}
        sent = await self.client.room_send(
            self.room_id, "m.room.message", content, ignore_unverified_devices=True
        )
        assert isinstance(sent, nio.RoomSendResponse), sent
        await self.wait(lambda: len(self.texts) > seen)
        first = self.texts[seen][0] - started
        if whole:  # the rest of the answer: up to the options, or a quiet moment
            await self.wait(
                lambda: self.texts[-1][1] or time.perf_counter() - self.texts[-1][0] > QUIET
            )
        return first


async def run_bot(
    synapse: Any, command: list[str], temp: Path, people: int, messages: int, whole: bool
) -> dict[str, float]:
    """Start one bot, let `people` write `messages` each (after a warm-up), stop it."""
    import nio

    password = secrets.token_urlsafe(12)
    bot = synapse.register(f"bot-{secrets.token_hex(4)}", password)
    store = temp / f"store-{secrets.token_hex(4)}"
    store.mkdir()
    process = await asyncio.to_thread(
        subprocess.Popen,
        [sys.executable, "-m", *command, synapse.homeserver_url, bot, password, str(store)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    talkers: list[Talker] = []
    loops: list[asyncio.Task[None]] = []
    try:
        assert process.stdout is not None
        line = await asyncio.to_thread(process.stdout.readline)
        assert line.strip() == "ready", f"the bot did not start: {line!r}"
        for n in range(people):
            user_password = secrets.token_urlsafe(12)
            user = synapse.register(f"p{n}-{secrets.token_hex(3)}", user_password)
            folder = store.parent / f"person-{secrets.token_hex(4)}"
            folder.mkdir()
            client = nio.AsyncClient(
                synapse.homeserver_url,
                user,
                store_path=str(folder),
                config=nio.AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True),
            )
            assert isinstance(await client.login(user_password), nio.LoginResponse)
            await client.keys_upload()
            talker = Talker(client, bot)
            created = await client.room_create(
                is_direct=True,
                invite=[bot],
                initial_state=[nio.EnableEncryptionBuilder().as_dict()],
                preset=nio.RoomPreset.trusted_private_chat,
            )
            assert isinstance(created, nio.RoomCreateResponse), created
            talker.room_id = str(created.room_id)
            talkers.append(talker)
            loops.append(asyncio.get_running_loop().create_task(talker.sync_forever()))

        async def joined(talker: Talker) -> None:
            await talker.wait(
                lambda: (
                    (room := talker.client.rooms.get(talker.room_id)) is not None
                    and bot in room.users
                    and bot not in room.invited_users
                )
            )
            if whole:  # Brug greets: wait for the whole greeting
                await talker.wait(lambda: bool(talker.texts) and talker.texts[-1][1])

        await asyncio.gather(*(joined(t) for t in talkers))
        # Warm-up: the first message shares each person's room key with the bot.
        await asyncio.gather(*(t.exchange("1", whole) for t in talkers))
        texts_before = sum(len(t.texts) for t in talkers)
        reactions_before = sum(t.reactions for t in talkers)

        async def talk(talker: Talker) -> list[float]:
            script = cycle(SCRIPT[1:])
            return [await talker.exchange(next(script), whole) for _ in range(messages)]

        started = time.perf_counter()
        latencies = [x for got in await asyncio.gather(*(talk(t) for t in talkers)) for x in got]
        seconds = time.perf_counter() - started
        await asyncio.sleep(QUIET)  # reactions still on their way
        count = people * messages
        return {
            "msg_s": count / seconds,
            "p50": percentile(latencies, 50),
            "p99": percentile(latencies, 99),
            "texts": (sum(len(t.texts) for t in talkers) - texts_before) / count,
            "reactions": (sum(t.reactions for t in talkers) - reactions_before) / count,
            "messages": count,
        }
    finally:
        for loop in loops:
            loop.cancel()
        await asyncio.gather(*loops, return_exceptions=True)
        for talker in talkers:
            await talker.client.close()
        process.terminate()
        try:
            await asyncio.to_thread(process.wait, 15)
        except subprocess.TimeoutExpired:
            process.kill()


async def measure(report: Report, ctx: Context, temp: Path, sizes: Sizes) -> None:
    if importlib.util.find_spec("synapse") is None or importlib.util.find_spec("nio") is None:
        report.add(
            Figure(
                "Matrix: Brug p50 / echo p50",
                0,
                "x",
                f"<= {TARGET:g}",
                None,
                "skipped: matrix-synapse or matrix-nio is not installed",
            )
        )
        return
    sys.path.append(str(ROOT / "tests"))
    logging.getLogger("nio").setLevel(logging.ERROR)  # the people's key chatter
    from tests.synapse_server import SynapseServer

    pinned = os.sched_getaffinity(0)
    # The homeserver and the bots run on every core, as they would; only this process is pinned.
    os.sched_setaffinity(0, set(range(os.cpu_count() or 1)))
    server = SynapseServer()
    try:
        await asyncio.to_thread(server.start)
        people, messages = sizes.matrix_people, sizes.matrix_messages
        echo = await run_bot(server, ["benchmarks.matrix_echo"], temp, people, messages, False)
        brug = await run_bot(server, ["benchmarks.matrix_load"], temp, people, messages, True)
    finally:
        os.sched_setaffinity(0, pinned)
        await asyncio.to_thread(server.cleanup)
    setting = (
        f"{people} people in encrypted direct chats on a local Synapse, {messages} messages each"
    )
    for name, got in (("echo bot", echo), ("Brug", brug)):
        per = f"{got['texts']:.2f} texts and {got['reactions']:.2f} reactions a message"
        report.add(
            Figure(
                f"Matrix: {name} messages/s",
                round(got["msg_s"], 1),
                "msg/s",
                "",
                None,
                f"{setting}; {per}",
            )
        )
        report.add(
            Figure(
                f"Matrix: {name} reply p50",
                round(got["p50"], 3),
                "s",
                "",
                None,
                f"p99 {got['p99']:.3f} s, from the send to the first reply text",
            )
        )
    ratio = brug["p50"] / echo["p50"]
    report.add(
        Figure(
            "Matrix: Brug p50 / echo p50",
            round(ratio, 2),
            "x",
            f"<= {TARGET:g}",
            ratio <= TARGET,
            f"Brug p99 {brug['p99']:.3f} s, echo p99 {echo['p99']:.3f} s",
        )
    )


async def serve_brug(homeserver: str, user: str, password: str, store: str) -> None:
    """Brug as `brug run` runs it on Matrix, with its database beside the store folder."""
    from bot.adapters.matrix.adapter import MatrixAdapter
    from bot.adapters.matrix.config import MatrixSettings
    from bot.app import open_engine, settle_for_serving

    engine = await open_engine(Path(store).parent / f"{Path(store).name}.sqlite3")
    settings = MatrixSettings(
        homeserver=homeserver, store_dir=Path(store), user=user, password=password, allowed=None
    )
    adapter = MatrixAdapter(engine, settings)
    settle_for_serving()
    await adapter.start()
    print("ready", flush=True)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(15, stop.set)
    await stop.wait()
    await adapter.stop()
    await engine.store.close()


async def alone(sizes: Sizes) -> None:
    """`python -m benchmarks.matrix_load [--quick]`: this benchmark only, as a table."""
    from benchmarks.common import QUICK, context

    report = Report()
    with tempfile.TemporaryDirectory(prefix="brug-bench-") as folder:
        await measure(report, context(), Path(folder), QUICK if "--quick" in sys.argv else sizes)
    for figure in report.figures:
        status = {True: "met", False: "MISSED", None: ""}[figure.met]
        print(f"{figure.name:<32} {figure.value:>8g} {figure.unit:<6} {figure.target} {status}")
        print(f"    {figure.note}")


if __name__ == "__main__":
    if len(sys.argv) == 5:  # HOMESERVER USER PASSWORD STORE: Brug itself, for `run_bot`
        asyncio.run(serve_brug(*sys.argv[1:5]))
    else:
        logging.basicConfig(level=logging.WARNING)
        asyncio.run(alone(Sizes()))
