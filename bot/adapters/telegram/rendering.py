"""Outgoing texts as Telegram messages: HTML, inline keyboards, pieces within 4,096 characters."""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)
from telegram.constants import (
    MessageLimit,
)

from bot.core.messages import Outgoing

_SEPARATORS = ("\n\n", "\n", " ")


# --- rendering ------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Telegram counts text length in UTF-16 code units (an emoji can count as two)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def split_text(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Pieces of at most `limit` units: between paragraphs, else lines, else words, else cut."""
    return [piece.strip() for piece in _split(text, limit, 0) if piece.strip()]


def _split(text: str, limit: int, level: int) -> list[str]:
    if utf16_len(text) <= limit:
        return [text]
    if level == len(_SEPARATORS):
        return _cut(text, limit)
    separator = _SEPARATORS[level]
    gap = utf16_len(separator)
    pieces: list[str] = []
    current: str | None = None
    size = 0
    for part in text.split(separator):
        units = utf16_len(part)
        if current is not None and size + gap + units <= limit:
            current, size = current + separator + part, size + gap + units
            continue
        if current is not None:
            pieces.append(current)
        if units <= limit:
            current, size = part, units
        else:
            *whole, current = _split(part, limit, level + 1)
            pieces += whole
            size = utf16_len(current)
    if current is not None:
        pieces.append(current)
    return pieces


def _cut(text: str, limit: int) -> list[str]:
    pieces, start, size = [], 0, 0
    for index, char in enumerate(text):
        units = utf16_len(char)
        if size + units > limit:
            pieces.append(text[start:index])
            start, size = index, 0
        size += units
    pieces.append(text[start:])
    return pieces


@dataclass(frozen=True, slots=True)
class Part:
    """One Telegram message: escaped HTML, and the keyboard if it carries the buttons."""

    html: str
    keyboard: InlineKeyboardMarkup | None = None


class Renderer:
    """Brug's texts are plain, so every character is escaped and Telegram shows them as typed."""

    def __init__(self, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> None:
        self.limit = limit

    def parts(self, message: Outgoing) -> list[Part]:
        """The messages one reply becomes; its buttons go under the last one."""
        pieces = [html.escape(piece, quote=False) for piece in split_text(message.text, self.limit)]
        if not pieces:
            return []
        keyboard = self.keyboard(message)
        return [Part(p) for p in pieces[:-1]] + [Part(pieces[-1], keyboard)]

    @staticmethod
    def keyboard(message: Outgoing) -> InlineKeyboardMarkup | None:
        """One button per row: labels are sentences, and phones are narrow."""
        if not message.buttons:
            return None
        return InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(b.label, callback_data=b.press.encode())]
                for b in message.buttons
            ]
        )
