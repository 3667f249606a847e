"""Conversation scripts that content authors write: `tests/transcripts/*.yaml`.

Each file holds a list of transcripts:

    - name: the pause in Dutch
      lang: nl            # nl | en
      consent: true       # answer yes to keeping answers (default true)
      country: NL         # NL | BE | UK | US | OTHER (default NL)
      onboarded: true     # walk onboarding first (default true); false starts from nothing
      start: {flow: followup, answers: {what: "…"}}   # optional: begin as a reminder would
      steps:
        - say: "/menu"                      # type a message
          expect: {flow: menu}
        - tap: Afstand nemen                # press the button whose label contains this
          expect:
            flow: danger_pause              # the flow and state Brug is in afterwards
            state: intro
            contains: ["Herken je dit?"]    # all of these appear in the reply
            absent: ["therapie"]            # none of these appear
            buttons: ["Ja", "Een beetje"]   # the buttons start with these labels
            safety: false                   # whether a crisis answer was given
        - wait: 20                          # let 20 seconds pass and run what is due
      records: {danger_pause: 1}            # records kept at the end, by kind

Every flow must be walked from its start to each of its endings, in both languages.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.core.messages import Incoming, Scheduled
from bot.engine import Engine
from bot.nudges import Scheduler
from tests.conftest import FixedClock
from tests.conversation import Brug, Chat

FOLDER = Path(__file__).parent / "transcripts"


def _cases() -> list[Any]:
    cases = []
    for path in sorted(FOLDER.glob("*.yaml")):
        for i, script in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            cases.append(pytest.param(script, id=f"{path.stem}-{i + 1}-{script.get('lang', '')}"))
    return cases


async def _start(brug: Brug, script: dict[str, Any]) -> Chat:
    lang = script.get("lang", "nl")
    if script.get("onboarded", True) is False:
        return brug.chat("ann", lang=lang)
    return await brug.onboarded(
        "ann", lang=lang, consent=script.get("consent", True), country=script.get("country", "NL")
    )


def _check(chat: Chat, expect: dict[str, Any], where: str) -> None:
    text = chat.text
    if "flow" in expect:
        assert chat.flow == expect["flow"], f"{where}: in flow {chat.flow}\n{text}"
    if "state" in expect:
        assert chat.state == expect["state"], f"{where}: in state {chat.state}\n{text}"
    for fragment in expect.get("contains", []):
        assert fragment in text, f"{where}: {fragment!r} not in\n{text}"
    for fragment in expect.get("absent", []):
        assert fragment not in text, f"{where}: {fragment!r} in\n{text}"
    if "buttons" in expect:
        labels = chat.labels
        assert labels[: len(expect["buttons"])] == expect["buttons"], f"{where}: {labels}"
    if "safety" in expect:
        assert any(m.safety for m in chat.replies) == expect["safety"], where


@pytest.mark.parametrize("script", _cases())
async def test_transcript(
    script: dict[str, Any], brug: Brug, engine: Engine, clock: FixedClock
) -> None:
    chat = await _start(brug, script)
    scheduler = Scheduler(engine)
    if "start" in script:
        payload = {"flow": script["start"]["flow"], **script["start"].get("answers", {})}
        due = Scheduled(0, f"remind:{payload['flow']}", {k: str(v) for k, v in payload.items()})
        await chat.send(Incoming(chat.key, scheduled=due))
    for n, step in enumerate(script["steps"], 1):
        where = f"{script.get('name', '')}, step {n}"
        if "say" in step:
            await chat.say(str(step["say"]))
        elif "tap" in step:
            await chat.tap(str(step["tap"]))
        elif "wait" in step:
            clock.now += timedelta(seconds=int(step["wait"]))
            engine.register("test", chat.receive)
            chat.replies = []
            await scheduler.tick()
        _check(chat, step.get("expect", {}), where)
    with sqlite3.connect(engine.store.path) as conn:
        kinds = dict(conn.execute("SELECT kind, COUNT(*) FROM records GROUP BY kind").fetchall())
    for kind, count in (script.get("records") or {}).items():
        assert kinds.get(kind, 0) == count, f"records of {kind}: {kinds}"
