"""Helplines per country and kind of need, read from `locales/helplines.toml`.

The numbers live only in that file so they are checked and changed in one place. Every line
and every emergency number carries the page it was checked against (`source`, an https
address) and the day (`checked`). Loading validates the whole file up front: a typo there must
stop start-up, not surface the first time someone in crisis needs a number.

Kinds of need (`NEEDS`): crisis (suicide and self-harm), violence (at home), child (a child hit
or abused), sexual (sexual violence), eating (purging, starving), listen (someone to talk to when
lonely or low, not only in crisis: the listening lines of /help, ending with the crisis line). A
country without lines of its own for a kind gets its crisis lines.
"""

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["LANGUAGES", "NEEDS", "Helpline", "HelplineBook"]

LANGUAGES = ("nl", "en")
NEEDS = ("crisis", "violence", "child", "sexual", "eating", "listen")
# Texts for any other language fall back to English, the wider-understood of the two.
_FALLBACK_LANG = "en"
_OTHER = "OTHER"
_REQUIRED_COUNTRIES = ("NL", "BE", "UK", "US", _OTHER)
_TEXT_FIELDS = ("name", "phone", "text", "url", "hours", "for")
_FIELDS = (*_TEXT_FIELDS, "free", "source", "checked")


@dataclass(frozen=True)
class Helpline:
    """One line, with every text already in the requested language.

    `for_whom` says who the line is for when that matters (an age limit, a language);
    `free` whether calling costs nothing (the texts say so in words, with the hours);
    `source` and `checked` say where and when its details were last confirmed.
    """

    name: str
    phone: str | None
    text: str | None  # a written channel: chat or SMS
    url: str | None
    hours: str
    for_whom: str | None
    source: str
    checked: date
    free: bool = False


class HelplineBook:
    """Which lines to show for a country, a kind of need and a language."""

    def __init__(
        self,
        lines: Mapping[str, Mapping[str, Helpline]],
        countries: Mapping[str, Mapping[str, tuple[str, ...]]],
        before_country: Mapping[str, Mapping[str, tuple[str, ...]]],
        emergency: Mapping[str, Mapping[str, str]],
    ) -> None:
        self._lines = dict(lines)  # line id -> language -> Helpline
        self._countries = dict(countries)  # country -> need -> line ids
        self._before_country = dict(before_country)  # language -> need -> line ids
        self._emergency = dict(emergency)  # country code or language -> language -> text

    @classmethod
    def load(cls, path: Path) -> "HelplineBook":
        """Read and validate the TOML file; raises ValueError naming the file and the fault."""
        with path.open("rb") as file:
            data = tomllib.load(file)
        try:
            return cls._parse(data)
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}: {error}") from error

    @classmethod
    def _parse(cls, data: dict[str, Any]) -> "HelplineBook":
        lines = {
            line_id: {lang: _helpline(line_id, fields, lang) for lang in LANGUAGES}
            for line_id, fields in _table(data, "lines").items()
        }
        countries = {
            where: _needs(f"countries.{where}", needs, lines)
            for where, needs in _table(data, "countries").items()
        }
        before_country = {
            lang: _needs(f"before_country.{lang}", needs, lines)
            for lang, needs in _table(data, "before_country").items()
        }
        emergency = {
            where: _emergency(where, value) for where, value in _table(data, "emergency").items()
        }
        missing = [c for c in _REQUIRED_COUNTRIES if c not in countries]
        missing += [f"before_country.{lang}" for lang in LANGUAGES if lang not in before_country]
        missing += [
            f"emergency.{w}" for w in (*_REQUIRED_COUNTRIES, *LANGUAGES) if w not in emergency
        ]
        if missing:
            raise ValueError(f"missing: {', '.join(missing)}")
        return cls(lines, countries, before_country, emergency)

    @property
    def countries(self) -> tuple[str, ...]:
        """The country codes with their own lines, OTHER included, in file order."""
        return tuple(self._countries)

    @property
    def every_line(self) -> dict[str, Helpline]:
        """Each line by id, in English: for checks of the data itself."""
        return {line_id: by_lang[_FALLBACK_LANG] for line_id, by_lang in self._lines.items()}

    def emergency_for(self, country: str | None, lang: str) -> str:
        """The number to call in immediate danger; by language while the country is unknown."""
        lang = lang if lang in LANGUAGES else _FALLBACK_LANG
        if country:
            where = country.strip().upper()
            return self._emergency.get(where, self._emergency[_OTHER])[lang]
        return self._emergency[lang][lang]

    def lines_for(self, country: str | None, lang: str, need: str = "crisis") -> list[Helpline]:
        """The lines for a country and need; before the country is known (None or ""), those
        for the language. An unknown country code gets the OTHER lines (an emergency number
        and a directory); a need without lines of its own gets the crisis lines."""
        lang = lang if lang in LANGUAGES else _FALLBACK_LANG
        if country:
            needs = self._countries.get(country.strip().upper(), self._countries[_OTHER])
        else:
            needs = self._before_country[lang]
        ids = needs.get(need) or needs["crisis"]
        return [self._lines[line_id][lang] for line_id in ids]

    def by_country(
        self, country: str | None, lang: str, need: str = "crisis"
    ) -> list[tuple[str, list[Helpline]]]:
        """`lines_for`, in groups by the country each line belongs to, in the order shown:
        before the country is known the lines of several countries are shown, and each group
        is said with its country (OTHER: a line for anywhere)."""
        groups: dict[str, list[Helpline]] = {}
        lang = lang if lang in LANGUAGES else _FALLBACK_LANG
        if country:
            return [(country.strip().upper(), self.lines_for(country, lang, need))]
        needs = self._before_country[lang]
        for line_id in needs.get(need) or needs["crisis"]:
            home = next(
                (
                    c
                    for c, table in self._countries.items()
                    for ids in table.values()
                    if line_id in ids
                ),
                _OTHER,
            )
            groups.setdefault(home, []).append(self._lines[line_id][lang])
        return list(groups.items())


def _table(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = data[key]
    if not isinstance(value, dict) or not value:
        raise ValueError(f"[{key}] must be a non-empty table")
    return value


def _needs(where: str, table: Any, lines: Mapping[str, object]) -> dict[str, tuple[str, ...]]:
    if not isinstance(table, dict) or "crisis" not in table:
        raise ValueError(f"{where} must be a table with at least `crisis`")
    result = {}
    for need, ids in table.items():
        if need not in NEEDS:
            raise ValueError(f"{where}.{need}: the kinds of need are {', '.join(NEEDS)}")
        if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
            raise ValueError(f"{where}.{need} must be a non-empty list of line ids")
        unknown = [i for i in ids if i not in lines]
        if unknown:
            raise ValueError(f"{where}.{need} names unknown lines: {', '.join(unknown)}")
        result[need] = tuple(ids)
    return result


def _checked(where: str, fields: Mapping[str, Any]) -> tuple[str, date]:
    """Where and when an entry was confirmed: both required."""
    source, checked = fields.get("source"), fields.get("checked")
    if not isinstance(source, str) or not source.startswith("https://"):
        raise ValueError(f"{where} needs a source: the https address it was checked against")
    if not isinstance(checked, date):
        raise ValueError(f"{where} needs `checked`, the date it was checked (2026-11-30)")
    return source, checked


def _emergency(where: str, fields: Any) -> dict[str, str]:
    if not isinstance(fields, dict) or set(fields) - {"number", "source", "checked"}:
        raise ValueError(f"emergency.{where} takes number, source and checked")
    _checked(f"emergency.{where}", fields)
    return {
        lang: _text(f"emergency.{where}", "number", fields.get("number"), lang) or ""
        for lang in LANGUAGES
    }


def _helpline(line_id: str, fields: Any, lang: str) -> Helpline:
    where = f"lines.{line_id}"
    if not isinstance(fields, dict):
        raise ValueError(f"{where} must be a table")
    unknown = sorted(set(fields) - set(_FIELDS))
    if unknown:
        raise ValueError(f"{where} has unknown fields: {', '.join(unknown)}")
    texts = {name: _text(where, name, fields.get(name), lang) for name in _TEXT_FIELDS}
    name, hours = texts["name"], texts["hours"]
    if name is None or hours is None:
        raise ValueError(f"{where} needs a name and hours")
    if not (texts["phone"] or texts["text"] or texts["url"]):
        raise ValueError(f"{where} needs a phone, text or url")
    free = fields.get("free", False)
    if not isinstance(free, bool) or (free and not texts["phone"]):
        raise ValueError(f"{where}.free must be true or false, and true only with a phone")
    source, checked = _checked(where, fields)
    return Helpline(
        name,
        texts["phone"],
        texts["text"],
        texts["url"],
        hours,
        texts["for"],
        source,
        checked,
        free,
    )


def _text(where: str, field: str, value: Any, lang: str) -> str | None:
    """A field in one language: the same string for all, or an {nl, en} table."""
    if isinstance(value, dict):
        missing = [code for code in LANGUAGES if code not in value]
        if missing:
            raise ValueError(f"{where}.{field} lacks {', '.join(missing)}")
        value = value[lang]
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    raise ValueError(f"{where}.{field} must be a non-empty string")
