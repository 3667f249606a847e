"""/export: everything stored about a person, as a readable summary and a JSON document.

The summary says in words what is kept (a country by its name, not its code; a time zone by
its place and name, not its id); the document
holds every row of the person, one list per table (`Store.everything_about`), exactly as it
is stored. Each platform hands the document over as a file.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import Any

from bot.core.messages import Document
from bot.core.texts import Texts, format_zone

FILE_NAME = "brug-export.json"
NOT_KEPT = "none"  # what the summary's texts say "not kept" for


def render_export(
    data: Mapping[str, Any], lang: str, texts: Texts
) -> list[tuple[str, Document | None]]:
    """The two messages of an export: a summary in words, then the JSON itself."""
    records = Counter(record["kind"] for record in data.get("records", []))
    conversations: list[dict[str, Any]] = list(data.get("conversations", []))
    state: dict[str, Any] = conversations[0]["state"] if conversations else {}
    planned = [row for row in data.get("scheduled", []) if row.get("done_at") is None]
    summary = texts.get(
        lang,
        "export-summary",
        {
            "records": sum(records.values()),
            "kinds": ", ".join(
                f"{texts.get(lang, f'record-{kind}')} ({n})" for kind, n in sorted(records.items())
            )
            or "-",
            "consent": "yes" if state.get("consent") else "no",
            "country": country_name(state.get("country"), lang, texts),
            "tz": format_zone(state["tz"], lang, state.get("country"))
            if state.get("tz")
            else NOT_KEPT,
            "safety": len(state.get("settings", {}).get("safety_answers", [])),
            "reminders": len(planned),
        },
    )
    document = Document(FILE_NAME, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
    return [(summary, None), (texts.get(lang, "export-document", {"file": FILE_NAME}), document)]


def country_name(code: str | None, lang: str, texts: Texts) -> str:
    """A stored country code as people read it: the name onboarding showed for it
    ("Ergens anders" for OTHER); a code Brug has no name for stays as it is."""
    if not code:
        return NOT_KEPT
    key = f"country-{code.lower()}"
    return texts.get(lang, key) if texts.has(lang, key) else code
