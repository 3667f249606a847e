"""Outgoing texts as Matrix events: HTML, option lists with reactions, /export as a file."""

from __future__ import annotations

import hashlib
import html
import secrets
from dataclasses import dataclass
from typing import Any

from bot.core.messages import Chart, Document, Outgoing

# Where a button question's options travel in Brug's own events, so a reaction can be read.
BUTTONS_KEY = "org.brug.buttons"
KEYCAPS = (*(f"{n}\ufe0f\u20e3" for n in range(1, 10)), "\U0001f51f")
# Options that get one-tap reactions under the question: short yes/no-style choices only. Each
# reaction is an event of its own, costs the homeserver as much as a text (and counts against
# its rate limit), and is worth that only where one tap is the whole answer; longer lists are
# answered by typing the number or the words (which always works). See docs/matrix.md.
REACTION_OPTIONS = 3
# The JSON of /export is a file (`m.file`) and /progress's chart a picture (`m.image`), both
# uploaded as they are sent.
DOCUMENT_TYPE = "application/json"
IMAGE_TYPE = "image/png"
HTML_FORMAT = "org.matrix.custom.html"


# --- rendering ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Post:
    """One event to send; `reactions` are put under it once it has an event id. With a
    `document`, the event is an `m.file`, with a `chart` an `m.image` (drawn as a PNG when it
    is sent): the file is uploaded first and its `url` (or, in an encrypted room, `file`)
    added to `content`."""

    type: str
    content: dict[str, Any]
    txn: str
    reactions: tuple[str, ...] = ()
    document: Document | None = None
    chart: Chart | None = None


@dataclass(frozen=True)
class Mention:
    """Whom a reply in a room with more people is for."""

    user_id: str
    name: str


def transaction_id(message: Outgoing) -> str:
    """Stable for one outbox row, so the homeserver drops a resend after a crash.

    The digest keeps two rows apart that got the same outbox id in different runs (the store
    counts on from the highest id still in the outbox, which may be lower than one it already
    gave out), as long as they do not also have the same text in the same room.
    """
    if not message.outbox_id:  # not in the outbox (it could not be saved): never resent
        return f"brug-unsaved-{secrets.token_hex(8)}"
    digest = hashlib.blake2b(f"{message.key}\n{message.text}".encode(), digest_size=4)
    return f"brug-{message.outbox_id}-{digest.hexdigest()}"


def paragraphs(text: str) -> str:
    """Plain text as escaped HTML: blank lines make paragraphs, single newlines breaks."""
    parts = [p for p in text.split("\n\n") if p.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line, quote=False) for line in p.split("\n")) + "</p>"
        for p in parts
    )


def annotation(event_id: str, key: str, txn: str) -> Post:
    """A reaction under one of Brug's own messages."""
    relates = {"rel_type": "m.annotation", "event_id": event_id, "key": key}
    return Post("m.reaction", {"m.relates_to": relates}, txn)


class Renderer:
    """Outgoing -> Matrix events: `m.text`, plain `body` plus escaped HTML, options numbered.

    `m.text`, not `m.notice`: the default push rule `.m.rule.suppress_notices` silences
    notices, and a nudge that does not notify is a nudge nobody sees.
    """

    def render(self, message: Outgoing, mention: Mention | None = None) -> list[Post]:
        txn = transaction_id(message)
        body, formatted = message.text, paragraphs(message.text)
        labels = [b.label for b in message.buttons]
        if labels:
            body += "\n\n" + "\n".join(f"{n}. {label}" for n, label in enumerate(labels, 1))
            items = "".join(f"<li>{html.escape(label, quote=False)}</li>" for label in labels)
            formatted += f"<ol>{items}</ol>"
        mentions: dict[str, list[str]] = {}
        if mention is not None:
            link = html.escape(f"https://matrix.to/#/{mention.user_id}")
            name = html.escape(mention.name, quote=False)
            body = f"{mention.name}: {body}"
            formatted = f'<a href="{link}">{name}</a>: {formatted}'
            mentions = {"user_ids": [mention.user_id]}
        content: dict[str, Any] = {
            "msgtype": "m.text",
            "body": body,
            "format": HTML_FORMAT,
            "formatted_body": formatted,
            # Intentional mentions: a name in Brug's text never pings anybody by accident.
            "m.mentions": mentions,
        }
        reactions: tuple[str, ...] = ()
        if labels:
            content[BUTTONS_KEY] = [[b.label, b.press.encode()] for b in message.buttons]
            if len(labels) <= REACTION_OPTIONS:
                reactions = KEYCAPS[: len(labels)]
        posts = [Post("m.room.message", content, txn, reactions)]
        if message.chart is not None:  # the text above says it in words
            image = {"msgtype": "m.image", "body": message.chart.title, "m.mentions": {}}
            posts.append(Post("m.room.message", image, f"{txn}-c", (), chart=message.chart))
        if message.document is not None:
            document = message.document
            posts.append(Post("m.room.message", file_content(document), f"{txn}-d", (), document))
        return posts


def file_content(document: Document) -> dict[str, Any]:
    """An `m.file` event for a document, still without its `url` or `file`."""
    return {
        "msgtype": "m.file",
        "body": document.name,
        "filename": document.name,
        "info": {"mimetype": DOCUMENT_TYPE, "size": len(document.content.encode())},
        "m.mentions": {},
    }
