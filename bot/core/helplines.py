"""Crisis helplines per country, read from `locales/helplines.toml`.

The numbers live only in that file so they are checked and changed in one place. Loading
validates the whole file up front: a typo there must stop start-up, not surface the first time
someone in crisis needs a number.
"""

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["LANGUAGES", "Helpline", "HelplineBook"]

LANGUAGES = ("nl", "en")
# Texts for any other language fall back to English, the wider-understood of the two.
_FALLBACK_LANG = "en"
_OTHER = "OTHER"
_REQUIRED_COUNTRIES = ("NL", "BE", "UK", "US", _OTHER)
_FIELDS = ("name", "phone", "text", "url", "hours")


@dataclass(frozen=True)
class Helpline:
    """One line, with every text already in the requested language."""

    name: str
    phone: str | None
    text: str | None  # a written channel: chat or SMS
    url: str | None
    hours: str


class HelplineBook:
    """Which lines to show for a country and language."""

    def __init__(
        self,
        lines: Mapping[str, Mapping[str, Helpline]],
        countries: Mapping[str, tuple[str, ...]],
        before_country: Mapping[str, tuple[str, ...]],
        emergency: Mapping[str, Mapping[str, str]],
    ) -> None:
        self._lines = dict(lines)  # line id -> language -> Helpline
        self._countries = dict(countries)
        self._before_country = dict(before_country)
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
        countries = _id_lists(_table(data, "countries"), lines, "countries")
        before_country = _id_lists(_table(data, "before_country"), lines, "before_country")
        emergency = {
            where: {lang: _text("emergency", where, value, lang) or "" for lang in LANGUAGES}
            for where, value in _table(data, "emergency").items()
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

    def emergency_for(self, country: str | None, lang: str) -> str:
        """The number to call in immediate danger; by language while the country is unknown."""
        lang = lang if lang in LANGUAGES else _FALLBACK_LANG
        if country:
            where = country.strip().upper()
            return self._emergency.get(where, self._emergency[_OTHER])[lang]
        return self._emergency[lang][lang]

    def lines_for(self, country: str | None, lang: str) -> list[Helpline]:
        """The lines for a country; before it is known (None or ""), those for the language.

        An unknown country code gets the OTHER lines: an emergency number and a directory.
        """
        lang = lang if lang in LANGUAGES else _FALLBACK_LANG
        if country:
            ids = self._countries.get(country.strip().upper(), self._countries[_OTHER])
        else:
            ids = self._before_country[lang]
        return [self._lines[line_id][lang] for line_id in ids]


def _table(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = data[key]
    if not isinstance(value, dict) or not value:
        raise ValueError(f"[{key}] must be a non-empty table")
    return value


def _id_lists(
    table: Mapping[str, Any], lines: Mapping[str, object], where: str
) -> dict[str, tuple[str, ...]]:
    result = {}
    for key, ids in table.items():
        if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
            raise ValueError(f"{where}.{key} must be a non-empty list of line ids")
        unknown = [i for i in ids if i not in lines]
        if unknown:
            raise ValueError(f"{where}.{key} names unknown lines: {', '.join(unknown)}")
        result[key] = tuple(ids)
    return result


def _helpline(line_id: str, fields: Any, lang: str) -> Helpline:
    if not isinstance(fields, dict):
        raise ValueError(f"lines.{line_id} must be a table")
    unknown = sorted(set(fields) - set(_FIELDS))
    if unknown:
        raise ValueError(f"lines.{line_id} has unknown fields: {', '.join(unknown)}")
    texts = {name: _text(line_id, name, fields.get(name), lang) for name in _FIELDS}
    name, hours = texts["name"], texts["hours"]
    if name is None or hours is None:
        raise ValueError(f"lines.{line_id} needs a name and hours")
    if not (texts["phone"] or texts["text"] or texts["url"]):
        raise ValueError(f"lines.{line_id} needs a phone, text or url")
    return Helpline(name, texts["phone"], texts["text"], texts["url"], hours)


def _text(line_id: str, field: str, value: Any, lang: str) -> str | None:
    """A field in one language: the same string for all, or an {nl, en} table."""
    if isinstance(value, dict):
        missing = [code for code in LANGUAGES if code not in value]
        if missing:
            raise ValueError(f"lines.{line_id}.{field} lacks {', '.join(missing)}")
        value = value[lang]
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    raise ValueError(f"lines.{line_id}.{field} must be a non-empty string")
