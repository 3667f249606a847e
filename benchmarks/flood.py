"""One person flooding: a thousand messages from one chat at once, through `Engine.answer`.

One conversation (onboarded, inside the danger pause, its state on disk as in the other
benchmarks) sends `FLOOD` texts at once, numbered like Telegram updates, with words of crisis
in the middle and /help last. Measured: the replies they cost (those returned and the latest's
answer, a schedule row due once the flood is quiet for `Engine.flood_quiet` seconds and run
by the scheduler as in `brug run`), how many
safety answers were kept, and the time until every message was committed as seen; then the
same messages one after another, as Telegram's lane per chat hands them over (Brug learns it
is behind from the replies still undelivered), and through `Engine.handle`, which steps every
message in full: what one flood cost before the limit.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Any

from benchmarks.common import (
    PLATFORM,
    Figure,
    Report,
    Sizes,
    brug_engine,
    key_of,
    seeded_engine_file,
)
from bot.core.messages import Incoming, Outgoing
from bot.core.step import Context
from bot.engine import Engine
from bot.nudges import Scheduler

FLOOD = 1_000  # messages from one chat at once (issue 13, point 7)
WARM_UP = 50  # messages of a first, unmeasured flood: the reading's caches fill
CRISIS = "ik wil niet meer leven"
LATEST = "/help"


def flood_messages(count: int) -> list[Incoming]:
    """`count` texts of conversation 0, update ids 1…count: crisis halfway, /help last."""
    key = key_of(0)
    texts = [f"bericht {n}" for n in range(count)]
    texts[count // 2], texts[-1] = CRISIS, LATEST
    return [Incoming(key, text=text, update_id=n + 1) for n, text in enumerate(texts)]


async def run(ctx: Context, path: Path, count: int, how: str) -> dict[str, Any]:
    """One flood on a fresh file; `how` is "at once" (all `answer` calls together), "one
    lane" (each `answer` after the previous returned) or "unlimited" (`handle`, at once)."""
    await seeded_engine_file(path, ctx, 1)
    async with brug_engine(path, ctx) as engine:
        later: list[Outgoing] = []

        async def receive(messages: list[Outgoing]) -> None:
            later.extend(messages)

        engine.register(PLATFORM, receive)
        messages = flood_messages(count)
        started = time.perf_counter()
        batches = await _send(engine, messages, how)
        taken = time.perf_counter() - started
        about = ctx.texts.get("nl", "help-about")
        if how != "unlimited":  # the latest is owed: the scheduler answers it after the quiet
            async with Scheduler(engine, interval=0.05).running():
                while not any(about in m.text for m in later):
                    if time.perf_counter() - started > 30:
                        raise RuntimeError(f"{how}: the latest message was not answered")
                    await asyncio.sleep(0.05)
        answered = time.perf_counter() - started
        state = await engine.store.load(messages[0].key)
    if state is None or state.last_update != count:
        raise RuntimeError(f"{how}: not every message was committed as seen")
    replies = [m for batch in batches for m in batch] + later
    if not any(about in m.text for m in replies[-4:]):
        raise RuntimeError(f"{how}: the latest message was not answered")
    return {
        "messages": count,
        "replies": len(replies),
        "safety_answers": sum(1 for batch in batches if any(m.safety for m in batch)),
        "seconds": round(taken, 3),
        "latest_answered_after_s": round(answered, 3),
        "quiet_s": engine.flood_quiet,
    }


async def _send(engine: Engine, messages: list[Incoming], how: str) -> list[list[Outgoing]]:
    if how == "unlimited":
        return list(await asyncio.gather(*(engine.handle(m) for m in messages)))
    if how == "at once":
        return list(await asyncio.gather(*(engine.answer(m) for m in messages)))
    return [await engine.answer(m) for m in messages]


async def measure(report: Report, ctx: Context, temp: Path, sizes: Sizes) -> None:
    ways = ("at once", "one lane", "unlimited")
    engine_log = logging.getLogger("brug.engine")
    level = engine_log.level
    engine_log.setLevel(logging.ERROR)  # the safety event's warning, once per flood
    try:
        await run(ctx, temp / "flood-warm.sqlite3", WARM_UP, "unlimited")
        results = {
            how: await run(ctx, temp / f"flood-{n}.sqlite3", FLOOD, how)
            for n, how in enumerate(ways)
        }
    finally:
        engine_log.setLevel(level)
    report.details["flood"] = results
    limited, lane, before = results["at once"], results["one lane"], results["unlimited"]
    print(
        f"flood: {FLOOD:,} messages from one chat → {limited['replies']} replies in"
        f" {limited['seconds']:.2f} s; {limited['safety_answers']} safety answer kept"
        f" (one lane: {lane['replies']} replies in {lane['seconds']:.2f} s; without the limit:"
        f" {before['replies']:,} replies in {before['seconds']:.2f} s)",
        flush=True,
    )
    report.add(
        Figure(
            f"flood: replies to {FLOOD:,} messages from one chat",
            limited["replies"],
            "msg",
            note=(
                f"at once; one after another: {lane['replies']}; without the limit:"
                f" {before['replies']:,}; safety answers kept: {limited['safety_answers']};"
                f" the latest answered {limited['latest_answered_after_s']:.2f} s after the"
                f" first message ({limited['quiet_s']:g} s of quiet)"
            ),
        )
    )
    report.add(
        Figure(
            f"flood: {FLOOD:,} messages committed as seen",
            limited["seconds"],
            "s",
            note=(
                f"one after another: {lane['seconds']:.2f} s; every message stepped in full:"
                f" {before['seconds']:.2f} s"
            ),
        )
    )


def main() -> None:
    """`python -m benchmarks.flood`: this benchmark alone, its figures as a line."""
    import tempfile

    from benchmarks.common import QUICK, context

    with tempfile.TemporaryDirectory(prefix="brug-flood-") as folder:
        asyncio.run(measure(Report(), context(), Path(folder), QUICK))


if __name__ == "__main__":
    main()
