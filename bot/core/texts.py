"""Every sentence Brug says, looked up by key in `locales/<lang>/*.ftl` (Fluent)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

LANGUAGES = ("nl", "en")
MISSING = "…"
_PLACEHOLDER = re.compile(r"\{\s*\$([A-Za-z][\w-]*)")


@dataclass(frozen=True, slots=True)
class Message:
    """One message as written: where it lives and which placeholders it uses."""

    key: str
    file: str
    variables: frozenset[str]
    has_value: bool


def _variables(node: object) -> set[str]:
    found: set[str] = set()

    def visit(item: object) -> None:
        if isinstance(item, ast.VariableReference):
            found.add(item.id.name)
        if isinstance(item, ast.BaseNode):
            for value in vars(item).values():
                for child in value if isinstance(value, list) else [value]:
                    visit(child)

    visit(node)
    return found


def read_messages(folder: Path) -> tuple[dict[str, Message], dict[str, str], list[str]]:
    """Messages of one language folder, the raw sources, and any syntax problems."""
    messages: dict[str, Message] = {}
    sources: dict[str, str] = {}
    problems: list[str] = []
    parser = FluentParser(with_spans=False)
    for path in sorted(folder.glob("*.ftl")):
        text = path.read_text(encoding="utf-8")
        sources[path.name] = text
        where = f"{folder.name}/{path.name}"
        for entry in parser.parse(text).body:
            if isinstance(entry, ast.Junk):
                content = (entry.content or "").strip()
                first = content.splitlines()[0] if content else ""
                problems.append(f"{where}: cannot read Fluent near '{first[:60]}'")
            elif isinstance(entry, ast.Message):
                key = entry.id.name
                if key in messages:
                    problems.append(f"{where}: '{key}' is defined twice")
                messages[key] = Message(key, where, frozenset(_variables(entry)), bool(entry.value))
    return messages, sources, problems


class Texts:
    """Fluent bundles for every language, built once; rendering is pure and never raises."""

    def __init__(self, folder: Path, languages: tuple[str, ...] = LANGUAGES) -> None:
        self.languages = languages
        self.messages: dict[str, dict[str, Message]] = {}
        self._bundles: dict[str, FluentBundle] = {}
        for lang in languages:
            messages, sources, _ = read_messages(folder / lang)
            bundle = FluentBundle([lang], use_isolating=False)
            for source in sources.values():
                bundle.add_resource(FluentResource(source))
            self.messages[lang] = messages
            self._bundles[lang] = bundle

    def has(self, lang: str, key: str) -> bool:
        return key in self.messages.get(lang, {})

    def variables(self, lang: str, key: str) -> frozenset[str]:
        message = self.messages.get(lang, {}).get(key)
        return message.variables if message else frozenset()

    def get(self, lang: str, key: str, args: Mapping[str, object] | None = None) -> str:
        """The text for `key`; a missing placeholder reads as an ellipsis, never as `{$x}`."""
        bundle = self._bundles.get(lang) or self._bundles[self.languages[0]]
        if not bundle.has_message(key):
            return key
        message = bundle.get_message(key)
        if message.value is None:
            return key
        values: dict[str, Any] = dict.fromkeys(self.variables(lang, key), MISSING)
        values.update({k: v for k, v in (args or {}).items() if v is not None})
        text, _errors = bundle.format_pattern(message.value, values)
        return str(text)

    def words(self, key: str) -> tuple[str, ...]:
        """A comma-separated list of words for `key`, merged over every language."""
        found: list[str] = []
        for lang in self.languages:
            if self.has(lang, key):
                found += [w.strip().casefold() for w in self.get(lang, key).split(",")]
        return tuple(dict.fromkeys(w for w in found if w))
