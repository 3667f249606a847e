"""Outbox rows as JSON, so a reply survives a restart exactly as the step produced it."""

from __future__ import annotations

import json
from typing import Any

from bot.core.jsontext import compact
from bot.core.messages import (
    Button,
    ButtonPress,
    Chart,
    ConversationKey,
    Document,
    Outgoing,
    Series,
)


def encode_outgoing(message: Outgoing) -> str:
    data: dict[str, Any] = {"text": message.text}
    if message.buttons:
        data["buttons"] = [[b.label, b.press.turn, b.press.index] for b in message.buttons]
    if message.flow:
        data["flow"], data["state"] = message.flow, message.state
    if message.safety:
        data["safety"] = message.safety
    if message.document:
        data["document"] = [message.document.name, message.document.content]
    if message.public:
        data["public"] = True
    if message.farewell:
        data["farewell"] = True
    if message.scheduled:
        data["scheduled"] = True
    if message.chart:
        chart = message.chart
        data["chart"] = [chart.title, [[x.label, x.points, x.low, x.high] for x in chart.series]]
    return compact(data)


def decode_outgoing(key: ConversationKey, outbox_id: int, payload: str) -> Outgoing:
    data = json.loads(payload)
    document = data.get("document")
    return Outgoing(
        key=key,
        text=data["text"],
        buttons=tuple(Button(label, ButtonPress(t, i)) for label, t, i in data.get("buttons", ())),
        flow=data.get("flow"),
        state=data.get("state"),
        safety=_safety(data.get("safety")),
        document=Document(document[0], document[1]) if document else None,
        public=data.get("public") is True,
        farewell=data.get("farewell") is True,
        scheduled=data.get("scheduled") is True,
        outbox_id=outbox_id,
        chart=_chart(data.get("chart")),
    )


def _chart(value: Any) -> Chart | None:
    if not value:
        return None
    title, series = value
    return Chart(
        title,
        tuple(
            Series(label, tuple((int(t), float(v)) for t, v in points), low, high)
            for label, points, low, high in series
        ),
    )


def _safety(value: object) -> str | None:
    """The safety label of a stored reply; rows written before labels said `true`."""
    if value is True:
        return "crisis"
    return value if isinstance(value, str) and value else None
