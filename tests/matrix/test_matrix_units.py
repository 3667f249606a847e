"""The adapter's small parts, without a homeserver: rendering, reading reactions and mentions,
settings, the invite policy, the paced room sender, and waiting for room keys."""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("nio")

from bot.adapters.matrix.adapter import from_env
from bot.adapters.matrix.config import InvitePolicy, MatrixConfigError, MatrixSettings, SavedLogin
from bot.adapters.matrix.encryption import Undecryptable
from bot.adapters.matrix.reading import (
    addressed_text,
    edited_text,
    option_index,
    press_for,
    without_reply_fallback,
)
from bot.adapters.matrix.rendering import (
    BUTTONS_KEY,
    KEYCAPS,
    Mention,
    Post,
    Renderer,
)
from bot.adapters.matrix.sending import Limited, Refused, RoomSender, Sent
from bot.core.messages import Button, ButtonPress, ConversationKey, Document, Outgoing

KEY = ConversationKey("matrix", "!room:example.org", "@ann:example.org")
ME = "@brug:example.org"


def outgoing(text: str = "Hoe gaat het?", labels: tuple[str, ...] = (), **kw: Any) -> Outgoing:
    buttons = tuple(Button(label, ButtonPress(7, n)) for n, label in enumerate(labels))
    return Outgoing(KEY, text, buttons=buttons, outbox_id=kw.pop("outbox_id", 12), **kw)


# --- rendering ------------------------------------------------------------------------------


def test_text_is_escaped_and_options_are_numbered() -> None:
    (post,) = Renderer().render(
        outgoing("Tom & <Jerry>\n\nTweede alinea\nregel", ("Ja <b>", "Nee"))
    )
    content = post.content
    assert post.type == "m.room.message" and content["msgtype"] == "m.text"
    assert content["body"] == "Tom & <Jerry>\n\nTweede alinea\nregel\n\n1. Ja <b>\n2. Nee"
    assert content["formatted_body"] == (
        "<p>Tom &amp; &lt;Jerry&gt;</p><p>Tweede alinea<br>regel</p>"
        "<ol><li>Ja &lt;b&gt;</li><li>Nee</li></ol>"
    )
    assert content["m.mentions"] == {}
    assert content[BUTTONS_KEY] == [["Ja <b>", "b:7:0"], ["Nee", "b:7:1"]]
    assert post.reactions == KEYCAPS[:2]


def test_long_option_lists_get_no_reactions() -> None:
    (post,) = Renderer().render(outgoing(labels=tuple(f"optie {n}" for n in range(12))))
    assert post.reactions == ()
    assert post.content["body"].endswith("\n12. optie 11")


def test_a_reply_in_a_room_with_more_people_mentions_whom_it_is_for() -> None:
    (post,) = Renderer().render(outgoing("Hoi"), Mention("@ann:example.org", "Ann <3"))
    assert post.content["body"] == "Ann <3: Hoi"
    assert post.content["formatted_body"] == (
        '<a href="https://matrix.to/#/@ann:example.org">Ann &lt;3</a>: <p>Hoi</p>'
    )
    assert post.content["m.mentions"] == {"user_ids": ["@ann:example.org"]}


def test_a_document_follows_as_a_file_event() -> None:
    content = '{"naam": "<Ann>", "notitie": "één café 😊"}'
    posts = Renderer().render(outgoing("Alles:", document=Document("brug-export.json", content)))
    text, file = posts
    assert text.document is None and text.content["body"] == "Alles:"
    assert file.document == Document("brug-export.json", content)
    assert file.content["msgtype"] == "m.file"
    assert file.content["body"] == file.content["filename"] == "brug-export.json"
    assert file.content["info"] == {"mimetype": "application/json", "size": len(content.encode())}
    assert "url" not in file.content and "file" not in file.content  # added once uploaded
    assert file.txn != text.txn


def test_transaction_ids_are_stable_per_row_and_differ_between_rows() -> None:
    render = Renderer().render
    assert render(outgoing())[0].txn == render(outgoing())[0].txn
    assert render(outgoing())[0].txn != render(outgoing(outbox_id=13))[0].txn
    # The same outbox id given out again after a restart, for another text.
    assert render(outgoing())[0].txn != render(outgoing("Iets anders"))[0].txn


# --- reading --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "index"),
    [
        ("1\ufe0f\u20e3", 0),
        ("3\u20e3", 2),
        ("\U0001f51f", None),  # only three options
        ("2", 1),
        ("nee", 1),
        ("  NEE ", 1),
        ("\u2764\ufe0f", None),
        ("0", None),
        ("", None),
    ],
)
def test_a_reaction_means_an_option(key: str, index: int | None) -> None:
    assert option_index(key, 3, ["Ja", "Nee", "Misschien"]) == index


def test_ten_is_a_keycap_too() -> None:
    assert option_index("\U0001f51f", 10, [str(n) for n in range(10)]) == 9


def test_a_reaction_press_comes_from_brug_s_own_event_and_forgery_reads_as_nothing() -> None:
    content = {BUTTONS_KEY: [["Ja", "b:7:0"], ["Nee", "b:7:1"]]}
    assert press_for(content, "2\ufe0f\u20e3") == ButtonPress(7, 1)
    assert press_for({}, "1\ufe0f\u20e3") is None
    assert press_for({BUTTONS_KEY: "b:7:0"}, "1") is None
    assert press_for({BUTTONS_KEY: [["Ja", 7]]}, "1") is None
    assert press_for({BUTTONS_KEY: [["Ja", "b:x:0"]]}, "1") is None


@pytest.mark.parametrize(
    ("content", "body", "text"),
    [
        ({}, "!brug hoi", "hoi"),
        ({}, "!Brug", ""),
        ({}, "!brugge is mooi", None),
        ({}, "we liepen over de brug", None),
        ({}, "Brug: gaat het?", "gaat het?"),
        ({}, "brug, help", "help"),
        ({}, f"hoi {ME}", f"hoi {ME}"),
        ({"m.mentions": {"user_ids": [ME]}}, "hoi daar", "hoi daar"),
        ({"m.mentions": {"user_ids": ["@bob:example.org"]}}, "hoi daar", None),
        ({"formatted_body": f'<a href="https://matrix.to/#/{ME}">B</a> hoi'}, "B hoi", "B hoi"),
    ],
)
def test_addressed_in_a_room_with_more_people(
    content: dict[str, Any], body: str, text: str | None
) -> None:
    assert addressed_text(content, body, ME, "Brug") == text


def test_the_new_words_of_an_edit() -> None:
    relates = {"rel_type": "m.replace", "event_id": "$1"}
    assert edited_text({"body": "gewoon"}) is None
    assert edited_text({"body": "* nieuw", "m.relates_to": relates}) == "nieuw"
    new = {"body": "* x", "m.new_content": {"body": "nieuw"}, "m.relates_to": relates}
    assert edited_text(new) == "nieuw"
    assert edited_text({"body": "hoi", "m.relates_to": {"rel_type": "m.thread"}}) is None


def test_the_quote_above_a_reply_is_dropped() -> None:
    assert without_reply_fallback("> <@bob:x> eerder\n> nog\n\nmijn antwoord") == "mijn antwoord"
    assert without_reply_fallback("gewoon tekst\n> geen quote") == "gewoon tekst\n> geen quote"


# --- settings and policy --------------------------------------------------------------------


def test_settings_come_from_the_environment_and_secret_files(tmp_path: Path) -> None:
    assert MatrixSettings.from_env({}, tmp_path) is None
    secret = tmp_path / "password"
    secret.write_text("geheim\n")
    settings = MatrixSettings.from_env(
        {
            "BRUG_MATRIX_HOMESERVER": "matrix.example.org/",
            "BRUG_MATRIX_USER": "@brug:example.org",
            "BRUG_MATRIX_PASSWORD_FILE": str(secret),
        },
        tmp_path / "matrix",
    )
    assert settings is not None
    assert settings.homeserver == "https://matrix.example.org"
    assert settings.password == "geheim"
    assert settings.store_dir == tmp_path / "matrix"
    assert "geheim" not in repr(settings)


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({"BRUG_MATRIX_USER": "brug"}, "PASSWORD or BRUG_MATRIX_ACCESS_TOKEN"),
        ({"BRUG_MATRIX_PASSWORD": "x"}, "BRUG_MATRIX_USER"),
        ({"BRUG_MATRIX_ACCESS_TOKEN": "x", "BRUG_MATRIX_ACCESS_TOKEN_FILE": "f"}, "not both"),
        ({"BRUG_MATRIX_ACCESS_TOKEN_FILE": "/nonexistent/token"}, "cannot read"),
    ],
)
def test_incomplete_settings_say_what_is_missing(env: dict[str, str], problem: str) -> None:
    with pytest.raises(MatrixConfigError, match=problem):
        MatrixSettings.from_env({"BRUG_MATRIX_HOMESERVER": "https://hs", **env}, Path("."))


def test_from_env_puts_the_store_next_to_the_database(engine: Any) -> None:
    assert from_env(engine, {}) is None
    adapter = from_env(
        engine, {"BRUG_MATRIX_HOMESERVER": "http://127.0.0.1:9", "BRUG_MATRIX_ACCESS_TOKEN": "t"}
    )
    assert adapter is not None
    assert adapter.settings.store_dir == Path(engine.store.path).parent / "matrix"


def test_invite_policy() -> None:
    own = InvitePolicy.parse(None, "example.org")
    assert own.allows("@ann:example.org") and own.allows("@ann:Example.org")
    assert not own.allows("@eve:evil.org")
    listed = InvitePolicy.parse(" other.org , @ann:example.org", "example.org")
    assert listed.allows("@bob:other.org") and listed.allows("@ann:example.org")
    assert not listed.allows("@bob:example.org")


def test_saved_login_is_private(tmp_path: Path) -> None:
    path = tmp_path / "login.json"
    SavedLogin("https://hs", "@brug:hs", "DEVICE", "token").save(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert SavedLogin.load(path) == SavedLogin("https://hs", "@brug:hs", "DEVICE", "token")
    path.write_text("{")
    assert SavedLogin.load(path) is None


# --- the paced room sender ------------------------------------------------------------------


class FakeHomeserver:
    """Room A is over its limit once, for a while; every other send goes through."""

    def __init__(self, limited_room: str, retry_after: float) -> None:
        self.limited_room = limited_room
        self.retry_after = retry_after
        self.log: list[tuple[str, str]] = []

    async def post(self, room_id: str, post: Post) -> Sent | Limited | Refused:
        if room_id == "!gone":
            return Refused("M_FORBIDDEN")
        if room_id == self.limited_room and self.retry_after:
            wait, self.retry_after = self.retry_after, 0.0
            return Limited(wait)
        self.log.append((room_id, post.content.get("body", post.type)))
        return Sent(f"${len(self.log)}")


async def anywhere(message: Outgoing) -> bool:
    """Every room here is private: the membership check has its own test against Synapse."""
    return True


async def test_a_rate_limit_pauses_one_room_while_the_others_go_on() -> None:
    server = FakeHomeserver("!a", retry_after=0.3)
    ready = asyncio.Event()
    settled: list[tuple[str, bool]] = []

    async def settle(message: Outgoing, delivered: bool) -> None:
        settled.append((message.text, delivered))

    def sender(room: str) -> RoomSender:
        return RoomSender(room, server.post, Renderer().render, settle, ready, anywhere)

    a, b, gone = sender("!a"), sender("!b"), sender("!gone")
    for n in range(3):
        a.put(Outgoing(ConversationKey("matrix", "!a", "@ann:x"), f"a{n}", outbox_id=n + 1))
    b.put(Outgoing(ConversationKey("matrix", "!b", "@bob:x"), "b0", outbox_id=9))
    gone.put(Outgoing(ConversationKey("matrix", "!gone", "@eve:x"), "g0", outbox_id=10))
    await asyncio.sleep(0.05)
    assert settled == []  # nothing before the outbox of the last run went out
    ready.set()
    await asyncio.sleep(0.1)
    assert server.log == [("!b", "b0")]  # room A waits, room B does not
    assert ("g0", False) in settled
    await asyncio.wait_for(asyncio.gather(*(s.task for s in (a, b) if s.task)), 2)
    assert [body for room, body in server.log if room == "!a"] == ["a0", "a1", "a2"]
    assert [t for t, ok in settled if ok] == ["b0", "a0", "a1", "a2"]


async def test_reactions_follow_the_question_once_it_is_delivered() -> None:
    server = FakeHomeserver("", 0.0)
    ready = asyncio.Event()
    ready.set()
    order: list[str] = []

    async def settle(message: Outgoing, delivered: bool) -> None:
        order.append(f"settled {message.text}")

    sender = RoomSender("!a", server.post, Renderer().render, settle, ready, anywhere)
    sender.put(outgoing("Vraag", ("Ja", "Nee")))
    assert sender.task is not None
    await sender.task
    assert [body for _, body in server.log] == [
        "Vraag\n\n1. Ja\n2. Nee",
        "m.reaction",
        "m.reaction",
    ]
    assert order == ["settled Vraag"]


# --- waiting for room keys ------------------------------------------------------------------


class Clock:
    now = 100.0

    def __call__(self) -> float:
        return self.now


class Event:
    def __init__(self, event_id: str) -> None:
        self.event_id = event_id


def test_an_undecryptable_message_waits_for_its_key_then_gives_up() -> None:
    clock = Clock()
    waiting = Undecryptable(patience=30, clock=clock)
    assert waiting.seconds_to_next() is None
    waiting.park("!a", Event("$1"))
    waiting.park("!a", Event("$2"))
    assert waiting.seconds_to_next() == 30
    readable = waiting.decrypted(lambda e: f"read {e.event_id}" if e.event_id == "$1" else None)
    assert readable == [("!a", "read $1")]
    clock.now += 29
    assert waiting.expired() == []
    clock.now += 1
    assert [e.event_id for _, e in waiting.expired()] == ["$2"]
    assert waiting.seconds_to_next() is None
