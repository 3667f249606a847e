"""Every sentence Brug says, looked up by key in `locales/<lang>/*.ftl` (Fluent)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale, localedata
from babel.core import get_global
from babel.dates import (
    format_date,
    format_time,
    get_timezone,
    get_timezone_location,
    get_timezone_name,
    match_skeleton,
)
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast

LANGUAGES = ("nl", "en")
MISSING = "…"
_PLACEHOLDER = re.compile(r"\{\s*\$([A-Za-z][\w-]*)")
# Dates and times are written as CLDR writes them for the language in the person's country
# (en with NL: "Monday 30 November", 22:30; en with US: "Monday, November 30", 10:30 PM). Without
# a country, the Netherlands, as for the time zone (when.DEFAULT_TZ).
DEFAULT_REGION = "NL"
_REGIONS = {"UK": "GB"}


@dataclass(frozen=True, slots=True)
class Message:
    """One message as written: where it lives and which placeholders it uses."""

    key: str
    file: str
    variables: frozenset[str]


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


def read_messages(folder: Path) -> tuple[dict[str, Message], list[ast.Resource], list[str]]:
    """Messages of one language folder, the parsed files, and any syntax problems.

    Each file is parsed once: the same syntax tree feeds `brug check` and the bundles.
    """
    messages: dict[str, Message] = {}
    resources: list[ast.Resource] = []
    problems: list[str] = []
    parser = FluentParser(with_spans=False)
    for path in sorted(folder.glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        resources.append(resource)
        where = f"{folder.name}/{path.name}"
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                content = (entry.content or "").strip()
                first = content.splitlines()[0] if content else ""
                problems.append(f"{where}: cannot read Fluent near '{first[:60]}'")
            elif isinstance(entry, ast.Message):
                key = entry.id.name
                if key in messages:
                    problems.append(f"{where}: '{key}' is defined twice")
                messages[key] = Message(key, where, frozenset(_variables(entry)))
    return messages, resources, problems


class Texts:
    """Fluent bundles for every language, built once; rendering is pure and never raises."""

    def __init__(self, folder: Path, languages: tuple[str, ...] = LANGUAGES) -> None:
        self.languages = languages
        self.messages: dict[str, dict[str, Message]] = {}
        self._bundles: dict[str, FluentBundle] = {}
        for lang in languages:
            messages, resources, _ = read_messages(folder / lang)
            bundle = FluentBundle([lang], use_isolating=False)
            for resource in resources:
                bundle.add_resource(resource)
            self.messages[lang] = messages
            self._bundles[lang] = bundle
        self._fixed: dict[tuple[str, str], str] = {}

    def has(self, lang: str, key: str) -> bool:
        return key in self.messages.get(lang, {})

    def variables(self, lang: str, key: str) -> frozenset[str]:
        message = self.messages.get(lang, {}).get(key)
        return message.variables if message else frozenset()

    def get(self, lang: str, key: str, args: Mapping[str, object] | None = None) -> str:
        """The text for `key`; a missing placeholder reads as an ellipsis, never as `{$x}`.

        Only the placeholders the message uses are passed on, and texts without any are
        formatted once and kept.
        """
        needed = self.variables(lang, key)
        if not needed and (lang, key) in self._fixed:
            return self._fixed[(lang, key)]
        bundle = self._bundles.get(lang) or self._bundles[self.languages[0]]
        if not bundle.has_message(key):
            return key
        message = bundle.get_message(key)
        if message.value is None:
            return key
        given = args or {}
        values: dict[str, Any] = {
            name: MISSING if given.get(name) is None else given[name] for name in needed
        }
        text = str(bundle.format_pattern(message.value, values)[0])
        if not needed:
            self._fixed[(lang, key)] = text
        return text

    def words(self, key: str) -> tuple[str, ...]:
        """A comma-separated list of words for `key`, merged over every language."""
        found: list[str] = []
        for lang in self.languages:
            if self.has(lang, key):
                found += [w.strip().casefold() for w in self.get(lang, key).split(",")]
        return tuple(dict.fromkeys(w for w in found if w))


@cache
def cldr_locale(lang: str, country: str | None = None) -> Locale:
    """The CLDR locale for a language in a country: nl_BE, en_GB, en_US; nl_NL or en_NL when
    the country is unknown or has no such locale."""
    for region in (_REGIONS.get(country or "", country), DEFAULT_REGION):
        if region and localedata.exists(f"{lang}_{region}"):
            return Locale(lang, territory=region)
    return Locale.parse(lang)


@cache
def _day_pattern(locale: Locale, with_year: bool) -> str:
    skeletons = locale.datetime_skeletons
    skeleton = match_skeleton("yMMMMEd" if with_year else "MMMMEd", skeletons) or "MMMMEd"
    # The weekday written out: "maandag 30 november", not "ma 30 november".
    return re.sub(r"E+", "EEEE", skeletons[skeleton].pattern)


def format_day(day: date, lang: str, country: str | None = None, year: int | None = None) -> str:
    """A day as people read it: "maandag 30 november", "Monday 30 November"; with the year when
    it is not `year` (this year)."""
    locale = cldr_locale(lang, country)
    return format_date(day, _day_pattern(locale, day.year != year), locale=locale)


def format_clock(clock: time, lang: str, country: str | None = None) -> str:
    """A time of day: "22:30" (nl, en in Europe), "10:30 PM" (en in the US)."""
    return format_time(clock, format="short", locale=cldr_locale(lang, country))


def format_zone(zone: str, lang: str, country: str | None = None) -> str:
    """A time zone as people read it, its place and its name: "Amsterdam (Midden-Europese
    tijd)", "New York (Eastern Time)"; only the place where CLDR knows no region for it
    ("UTC"), and the id itself where it is no time zone at all."""
    try:
        get_timezone(zone)
    except LookupError:
        return zone
    locale = cldr_locale(lang, country)
    place = get_timezone_location(zone, locale=locale, return_city=True)
    if get_global("zone_territories").get(zone, "ZZ") == "ZZ":  # no country: UTC, GMT+5
        return place
    return f"{place} ({get_timezone_name(zone, locale=locale)})"
