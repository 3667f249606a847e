"""/export and /progress on Matrix: the summary as a message, the JSON as a file
(`brug-export.json`) and the chart as a picture, encrypted where the room is."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Awaitable, Callable

import pytest
from PIL import Image

from bot.adapters.matrix.rendering import Renderer
from bot.core.messages import ConversationKey
from bot.store import StepWrite
from tests.matrix.conftest import BrugBot
from tests.matrix.people import Person, Replies
from tests.matrix.test_matrix_chat import greeting, onboarded

nio = pytest.importorskip("nio")

People = Callable[..., Awaitable[Person]]


async def onboarded_ann(brug_bot: BrugBot, person: People, encrypted: bool) -> tuple[Person, str]:
    """Ann, onboarded before, in a direct chat (encrypted or not) Brug is not invited to yet."""
    await brug_bot.start()
    ann = await person("ann")
    room_id = await ann.open_chat([], encrypted=encrypted)
    await onboarded(brug_bot.engine, room_id, ann.user_id)
    return ann, room_id


@pytest.mark.parametrize("encrypted", [True, False])
async def test_export_comes_as_a_file(
    brug_bot: BrugBot, person: People, replies: Replies, encrypted: bool
) -> None:
    ann, room_id = await onboarded_ann(brug_bot, person, encrypted)
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


@pytest.mark.parametrize("encrypted", [True, False])
async def test_progress_comes_as_a_picture_after_its_words(
    brug_bot: BrugBot, person: People, replies: Replies, encrypted: bool
) -> None:
    ann, room_id = await onboarded_ann(brug_bot, person, encrypted)
    key = ConversationKey("matrix", room_id, ann.user_id)
    state = await brug_bot.engine.store.load(key)
    now = int(time.time())
    for total, days_ago in ((5, 14), (2, 1)):  # two check-ins, two weeks apart
        record = ("checkin", {"total": str(total), "emotional": "1", "social": str(total - 1)})
        write = StepWrite(key, state, records=[record], at=now - days_ago * 86400)
        await brug_bot.engine.store.commit(write)
    await ann.client.room_invite(room_id, brug_bot.user_id)
    await greeting(replies, ann, room_id)

    answer = await replies.to(await ann.say(room_id, "/progress"))
    [pictured] = [m for m in answer if m.chart is not None]
    assert "2 check-ins: 5 van 6 bij de eerste, 2 van 6 bij de laatste" in pictured.text

    def images() -> list:
        return [
            e
            for e in ann.timeline[room_id]
            if e.sender == brug_bot.user_id and e.source["content"].get("msgtype") == "m.image"
        ]

    await ann.until(lambda: bool(images()), "the picture")
    [image] = images()
    content = image.source["content"]
    assert content["body"] == "Check-ins en stemming door de tijd"  # its alt text
    assert ("file" in content) is encrypted and ("url" in content) is not encrypted
    data = await ann.download(content)
    picture = Image.open(io.BytesIO(data))
    assert picture.format == "PNG" and picture.size == (content["info"]["w"], content["info"]["h"])
    assert content["info"]["mimetype"] == "image/png" and content["info"]["size"] == len(data)
    assert len(picture.getcolors(maxcolors=1 << 16) or ()) > 20  # drawn, not blank
