"""`brug check`: everything a dialogue author can get wrong, one clear line per problem."""

from __future__ import annotations

import tomllib
from pathlib import Path

from bot.core.dialogue import Flow, graph_problems, read_commands, read_flows
from bot.core.helplines import HelplineBook
from bot.core.texts import LANGUAGES, read_messages
from bot.core.understanding import problems as understanding_problems
from bot.core.understanding.intent import KINDS as INTENT_KINDS

# Keys the step function and engine say by name, outside any flow file.
CORE_TEXTS = (
    "input-choose",
    "input-out-of-range",
    "input-empty",
    "input-too-long",
    "input-invalid-timezone",
    "input-invalid-time",
    "input-invalid-date",
    "input-date-past",
    "input-unreadable",
    "input-undecryptable",
    "button-stale",
    "command-unknown",
    "flow-changed",
    "stop-done",
    "helpline-entry",
    "helpline-entry-for",
    "safety-message",
    "safety-past",
    "safety-later",
    "export-summary",
    "export-document",
    "group-invite",
    "reminders-stopped",
    "moved-private",
    "flood-reading-along",
    "error-unsaved",
    "safeguard-maybe",
    "help-command",
    "chat-goodbye",
    "export-saved",
)


# What the step says to a typed sentence by its intent (bot/core/understanding/intent.py).
HEARD_TEXTS = (
    "heard-nothing",
    *(
        f"heard-{kind}-{value.replace('_', '-')}"
        for kind in ("question", "smalltalk", "doubt")
        for value in INTENT_KINDS[kind]
    ),
)


def used_keys(flows: dict[str, Flow], commands: list[str]) -> dict[str, str]:
    """Every text key the dialogues need, with where it is used."""
    used = {key: "core" for key in CORE_TEXTS}
    used |= {key: "the intent answers" for key in HEARD_TEXTS}
    for name in commands:
        used.setdefault(f"command-{name}-words", "commands.yaml")
        used.setdefault(f"command-{name}-description", "commands.yaml")
    for flow in flows.values():
        file = flow.source.name
        if flow.title:
            used.setdefault(flow.title, f"{file}: title")
        for state in flow.states.values():
            where = f"{file}: state '{state.name}'"
            for key in state.say:
                used.setdefault(key, where)
            for choice in state.choices:
                used.setdefault(choice.text, where)
                for meaning in choice.means:
                    used.setdefault(f"means-{meaning}", where)
            if state.record:
                used.setdefault(f"record-{state.record.kind}", where)
    return used


def check(root: Path, languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """All problems in `root/dialogues` and `root/locales`; an empty list means all is well."""
    flows, problems = read_flows(root / "dialogues")
    commands, command_problems = read_commands(root / "dialogues")
    problems += command_problems + graph_problems(flows, commands)
    for flow in flows.values():
        if flow.resumable is True and not flow.title:
            problems.append(f"{flow.source.name}: needs a 'title' to offer continuing it")
    catalogues = {}
    for lang in languages:
        messages, _, syntax = read_messages(root / "locales" / lang)
        problems += syntax
        catalogues[lang] = messages
    for key, where in sorted(used_keys(flows, list(commands)).items()):
        for lang in languages:
            if key not in catalogues[lang]:
                problems.append(f"{where}: text '{key}' is missing in locales/{lang}")
    every = set().union(*(set(c) for c in catalogues.values()))
    for key in sorted(every):
        present = {lang: catalogues[lang][key] for lang in languages if key in catalogues[lang]}
        for lang in languages:
            if lang not in present:
                other = next(iter(present.values()))
                problems.append(f"{other.file}: '{key}' has no translation in locales/{lang}")
        variables = {lang: message.variables for lang, message in present.items()}
        if len(set(variables.values())) > 1:
            described = "; ".join(
                f"{lang}: {', '.join(sorted(v)) or 'none'}" for lang, v in variables.items()
            )
            problems.append(f"'{key}': placeholders differ between languages ({described})")
    helplines = root / "locales" / "helplines.toml"
    try:
        HelplineBook.load(helplines)
    except OSError:
        problems.append("locales/helplines.toml: missing")
    except (ValueError, tomllib.TOMLDecodeError) as error:
        problems.append(str(error).replace(str(root) + "/", ""))
    problems += understanding_problems(root / "locales", languages)
    return problems
