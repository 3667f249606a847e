"""/export: everything stored about a person, as a readable summary and a JSON document."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from typing import Any

from bot.core.messages import Document
from bot.core.texts import Texts


def render_export(
    data: Mapping[str, Any], lang: str, texts: Texts
) -> list[tuple[str, Document | None]]:
    """The two messages of an export: a summary in words, then the JSON itself."""
    records = Counter(record["kind"] for record in data.get("records", []))
    conversations: list[dict[str, Any]] = list(data.get("conversations", []))
    state: dict[str, Any] = conversations[0]["state"] if conversations else {}
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
            "country": state.get("country") or "-",
            "tz": state.get("tz") or "-",
            "safety": len(state.get("settings", {}).get("safety_answers", [])),
        },
    )
    document = Document(
        "brug-export.json", json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    )
    return [(summary, None), (texts.get(lang, "export-document"), document)]
