"""Whatever people send gets a calm answer, and invalid input leaves the state as it was."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.messages import ButtonPress, ConversationKey, Incoming
from bot.core.state import ConversationState
from bot.core.step import Context, ExportData, step
from tests.conftest import SHARED, FixedClock
from tests.conversation import Brug

BLNS = SHARED / "corpus" / "blns.json"


async def at_a_button_question(brug: Brug, user: str = "ann"):
    chat = await brug.onboarded(user, lang="en")
    await chat.tap("Pulling away")
    return chat


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("", "I don't see anything yet"),
        ("   \t ", "I don't see anything yet"),
        ("\x00\x07\x1b", "I don't see anything yet"),
        ("\x1b[31mred", "not sure I understood"),
        ("/frobnicate", "I don't know that command"),
        ("7", "That number isn't on the list"),
        ("0", "That number isn't on the list"),
        ("99999999999999", "not sure I understood"),
        ("-1", "not sure I understood"),
        ("purple elephants", "not sure I understood"),
        ("🙂🙂", "not sure I understood"),
        ("\u0645\u0631\u062d\u0628\u0627", "not sure I understood"),
        ("\u202eevil", "not sure I understood"),
    ],
)
async def test_invalid_answers_to_a_button_question(brug: Brug, text: str, reply: str) -> None:
    chat = await at_a_button_question(brug)
    before = await chat.stored()
    await chat.say(text)
    assert reply in chat.text
    assert chat.labels == ["Yes", "A bit", "Not really"]  # the question is asked again
    after = await chat.stored()
    assert (after.position, after.turn, after.paused) == (
        before.position,
        before.turn,
        before.paused,
    )


async def test_a_100_kb_message_is_answered_kindly_and_not_kept(brug: Brug) -> None:
    chat = await at_a_button_question(brug)
    await chat.tap("Yes")
    await chat.tap("Yes, let's start")
    await chat.tap("I'm here")
    before = await chat.stored()
    await chat.say("word " * 20_000)
    assert "more briefly" in chat.text
    assert (await chat.stored()).position == before.position


async def test_control_characters_emoji_and_rtl_are_kept_as_text_but_cleaned(brug: Brug) -> None:
    chat = await at_a_button_question(brug)
    for text in ["Yes", "Yes, let's start", "I'm here"]:
        await chat.say(text)
    shalom = "\u05e9\u05dc\u05d5\u05dd"
    await chat.say(f"Mijn zus 🙂 \u202e{shalom}\x00\x1b")
    await chat.say("Weg")
    assert f'"Mijn zus 🙂 {shalom}"' in chat.text


async def test_stale_and_forged_button_presses_change_nothing(brug: Brug) -> None:
    chat = await at_a_button_question(brug)
    old = chat.buttons_of_last()[0].press
    await chat.tap("Yes")
    before = await chat.stored()
    for press in (old, ButtonPress(before.turn, 40), ButtonPress.stale()):
        await chat.send(Incoming(chat.key, press=press))
        assert "no longer works" in chat.text
        assert await chat.stored() == before


COMPLAINTS = [
    "input-choose",
    "input-out-of-range",
    "input-empty",
    "input-too-long",
    "command-unknown",
]


@pytest.mark.skipif(not BLNS.exists(), reason="the shared corpus is not beside the repo")
@pytest.mark.parametrize("where", ["new", "button", "free_text"])
async def test_every_naughty_string_gets_a_calm_answer(
    brug: Brug, ctx: Context, where: str
) -> None:
    """At a fresh start, a button question and a free-text question: a calm answer each
    time; where the answer says the input did not fit, nothing moved."""
    strings = json.loads(BLNS.read_text(encoding="utf-8"))
    complaints = {ctx.texts.get("en", key, {"count": 3}).split(":")[0][:30] for key in COMPLAINTS}

    async def fresh(n: int):
        if where == "new":
            return brug.chat(f"ann{n}", lang="en")
        chat = await at_a_button_question(brug, f"ann{n}")
        if where == "free_text":
            for text in ["Yes", "Yes, let's start", "I'm here"]:
                await chat.say(text)
        return chat

    chat = await fresh(0)
    for n, text in enumerate(strings):
        before = await chat.stored()
        replies = await chat.say(text)
        assert replies and all(r.text.strip() for r in replies), (n, text)
        state = await chat.stored()
        if state.position is not None:  # None is valid too: after "stop", nothing is open
            assert state.position.state in ctx.dialogues.flows[state.position.flow].states
        if any(r.text.startswith(tuple(complaints)) for r in replies):
            was = before or ConversationState()
            assert (state.position, state.turn) == (was.position, was.turn), (n, text)
        elif where != "new":
            chat = await fresh(n + 1)  # it was a valid answer or a command: start again


TEXTS = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "1",
            "2",
            "3",
            "ja",
            "yes",
            "nee",
            "menu",
            "/stop",
            "/help",
            "stop",
            "/start",
            "/export",
            "/forget",
            "1",
            "Europe/Amsterdam",
            "later",
            "ik wil dood",
            "/language",
            "English",
            "done",
            "12",
            "",
        ]
    ),
)
EVENTS = st.one_of(
    TEXTS.map(lambda t: ("text", t)),
    st.tuples(st.integers(-1, 60), st.integers(-1, 12)).map(lambda p: ("press", p)),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(events=st.lists(EVENTS, max_size=25))
def test_random_sequences_always_answer_and_never_raise(ctx: Context, events: list) -> None:
    """The pure step over random messages: always an answer, always a valid position."""
    key = ConversationKey("test", "h", "h")
    state = ConversationState()
    now = FixedClock()()
    for kind, value in events:
        incoming = (
            Incoming(key, text=value, lang_hint="nl")
            if kind == "text"
            else Incoming(key, press=ButtonPress(*value))
        )
        result = step(state, incoming, ctx, now)
        assert result.outgoing or ExportData() in result.effects, (kind, value)
        state = result.state
        if state.position is not None:
            flow = ctx.dialogues.flows[state.position.flow]
            assert state.position.state in flow.states
        state = replace(state, last_update=0)
        json.loads(state.to_json())
