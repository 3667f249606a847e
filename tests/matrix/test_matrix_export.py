"""/export on Matrix: the summary as a message, the JSON as a file (`brug-export.json`),
encrypted where the room is."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

import pytest

from bot.adapters.matrix.rendering import Renderer
from tests.matrix.conftest import BrugBot
from tests.matrix.people import Person, Replies
from tests.matrix.test_matrix_chat import greeting, onboarded

nio = pytest.importorskip("nio")

People = Callable[..., Awaitable[Person]]


@pytest.mark.parametrize("encrypted", [True, False])
async def test_export_comes_as_a_file(
    brug_bot: BrugBot, person: People, replies: Replies, encrypted: bool
) -> None:
    await brug_bot.start()
    ann = await person("ann")
    room_id = await ann.open_chat([], encrypted=encrypted)
    await onboarded(brug_bot.engine, room_id, ann.user_id)
    await ann.client.room_invite(room_id, brug_bot.user_id)
    await greeting(replies, ann, room_id)

    answer = await replies.to(await ann.say(room_id, "/export"))
    [document] = [m.document for m in answer if m.document is not None]
    count = sum(len(Renderer().render(m)) for m in answer)
    got = await ann.expect(room_id, count - 1)  # the texts; the file is not an m.text
    assert answer[0].text in [e.body for e in got]
    await ann.until(
        lambda: any(
            e.sender == brug_bot.user_id and e.source["content"].get("msgtype") == "m.file"
            for e in ann.timeline[room_id]
        ),
        "the file",
    )
    [file] = [
        e
        for e in ann.timeline[room_id]
        if e.sender == brug_bot.user_id and e.source["content"].get("msgtype") == "m.file"
    ]
    content = file.source["content"]
    assert content["body"] == content["filename"] == "brug-export.json"
    assert ("file" in content) is encrypted and ("url" in content) is not encrypted
    assert content["info"]["mimetype"] == "application/json"
    data = await ann.download(content)
    assert json.loads(data) == json.loads(document.content)
    assert not [e for e in got if "```" in e.body or '"conversations"' in e.body]
