"""Understanding what people write: one pure layer that every incoming text passes.

```
text ─▶ words.split ─▶ Reader.read (lemmas, typos, clauses, language, negation) ─▶ Reading
Reading ─▶ SafetyCheck.assess ─▶ Assessment (tier and kind)
```

All word lists and frames are data beside the locales, read once at start-up:

- `locales/<lang>/words.yaml`: the language's function words (to tell the languages apart),
  how far its negations reach, and general concepts (negators, pronouns, fillers, time);
- `locales/<lang>/safety.yaml`: the concepts the safety frames are made of;
- `locales/safety.yaml`: the frames, shared by all languages (a language file may add its own
  under `frames:`).

`brug check` runs `problems()` on them. The format is in docs/safety.md.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.core.understanding import lemmas
from bot.core.understanding.intent import Intent, IntentReader, parse_intents, parse_offers
from bot.core.understanding.lexicon import Entry, Lexicon, fold_entry, parse_entry
from bot.core.understanding.model import IntentModel, SafetyModel
from bot.core.understanding.reading import NEG, Negation, Reader, Reading
from bot.core.understanding.safety import (
    NOTHING,
    Assessment,
    Frame,
    SafetyCheck,
    Urgent,
    parse_frames,
)

__all__ = [
    "NOTHING",
    "Assessment",
    "Intent",
    "Reading",
    "Understanding",
    "problems",
    "warm_lemmas",
]

_LANG_KEYS = {"function_words", "spellings", "loans", "negation", "concepts", "frames", "intents"}
# Every value read as text (no booleans or numbers), with libyaml when it is there.
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


@dataclass(frozen=True, slots=True)
class Understanding:
    """The reader and the safety check, built from the locale data."""

    reader: Reader
    safety: SafetyCheck
    intents: IntentReader
    # The function words of every language but the negators: what a typed answer may add to
    # or leave out of a button's label ("probably an assumption").
    filler: frozenset[str] = frozenset()

    def read(self, text: str) -> Reading:
        return self.reader.read(text)

    def assess(self, text: str, *, elevated: bool = False) -> Assessment:
        return self.safety.assess(self.reader.read(text), elevated=elevated)

    def intent(self, text: str, at: str) -> Intent:
        return self.intents.read(self.reader.read(text), at)

    def language(self, reading: Reading) -> str | None:
        """The language a message is written in: by its function words, and when they tie,
        by simplemma's language detection ("hello" is English); None when it cannot tell."""
        if reading.lang is not None:
            return reading.lang
        ranked = lemmas.detect(reading.text, self.reader.lexicon.languages)
        best = [lang for lang, score in ranked if score > 0 and score == ranked[0][1]]
        return best[0] if len(best) == 1 and best[0] != "unk" else None

    @classmethod
    def load(
        cls,
        locales: Path,
        languages: tuple[str, ...] = ("nl", "en"),
        warming: threading.Thread | None = None,
        *,
        learned: bool = True,
    ) -> Understanding:
        """Read and validate the data; ValueError naming the file and the fault.

        `warming`: the thread of `warm_lemmas`, started earlier by the caller so that the lemma
        tables load while the rest of start-up runs. `learned=False`: the frames alone, without
        the learned readings' files (training makes them, whatever the old ones hold).
        """
        entries: list[Entry] = []
        function_words: dict[str, list[str]] = {}
        spellings: dict[str, dict[str, str]] = {}
        loans: dict[str, dict[str, str]] = {}
        negation: dict[str, Negation] = {}
        frame_data: list[tuple[str, list[Any], str | None]] = []
        intent_data: list[tuple[str, list[Any], str | None]] = []
        for lang in languages:
            for path in sorted((locales / lang).glob("*.yaml")):
                data = _read(path)
                where = f"{lang}/{path.name}"
                unknown = set(data) - _LANG_KEYS
                if unknown:
                    raise ValueError(f"{where}: unknown keys: {', '.join(sorted(unknown))}")
                entries += _entries(data.get("concepts") or {}, lang, where)
                function_words.setdefault(lang, []).extend(_strings(data, "function_words", where))
                spellings.setdefault(lang, {}).update(_spellings(data, where))
                loans.setdefault(lang, {}).update(_loans(data, where, languages))
                if "negation" in data:
                    negation[lang] = _negation(data["negation"], where)
                if "frames" in data:
                    frame_data.append((where, _list(data, "frames", where), lang))
                if "intents" in data:
                    intent_data.append((where, _list(data, "intents", where), lang))
        shared = _read(locales / "safety.yaml")
        frame_data.insert(0, ("safety.yaml", _list(shared, "frames", "safety.yaml"), None))
        intents_file = _read(locales / "intents.yaml")
        intent_data.insert(0, ("intents.yaml", _list(intents_file, "frames", "intents.yaml"), None))
        lexicon = Lexicon(entries, function_words, spellings, loans)
        concepts = lexicon.concepts | _BUILT_IN
        frames: list[Frame] = []
        for where, items, own in frame_data:
            frames += parse_frames(items, where, concepts, own)
        ids = [f.id for f in frames]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"frames defined twice: {', '.join(twice)}")
        intent_frames = [
            frame
            for where, items, own in intent_data
            for frame in parse_intents(items, where, concepts, own)
        ]
        offers = parse_offers(intents_file.get("offers"), "intents.yaml")
        learned_intents = locales / "intent-model.json"
        intent_model = (
            IntentModel.load(learned_intents) if learned and learned_intents.exists() else None
        )
        negators = {e.parts[0] for e in entries if e.concept == NEG and e.single}
        filler = frozenset(w for found in function_words.values() for w in found) - negators
        safety_model = locales / "safety-model.json"
        model = SafetyModel.load(safety_model) if learned and safety_model.exists() else None
        urgent = _urgent(shared.get("urgent"), concepts)
        safety = SafetyCheck(frames, model, lexicon, urgent)
        intents = IntentReader(intent_frames, offers, intent_model, lexicon)
        return cls(Reader(lexicon, negation, warming), safety, intents, filler)


# Concepts the reader itself knows about, which a language may leave without entries.
_BUILT_IN = frozenset(
    {
        "NEG",
        "PSEUDO_NEG",
        "SUBJECT",
        "JOIN",
        "SPLIT",
        "KEEP",
        "FILLER",
        "PAST_TENSE",
        "ASKS",
        "FRONTED",
    }
)


def problems(locales: Path, languages: tuple[str, ...] = ("nl", "en")) -> list[str]:
    """What `brug check` reports about the understanding data: one line per problem."""
    files = [locales / "safety.yaml", locales / "intents.yaml"]
    files += sorted(p for lang in languages for p in (locales / lang).glob("*.yaml"))
    found: list[str] = []
    try:
        for path in (p for p in files if p.exists()):
            where = path.relative_to(locales)
            keys, words = _twice(path)
            found += [
                f"locales/{where}: {key} is defined twice (the first is lost)" for key in keys
            ]
            found += [f"locales/{where}: {word} is listed twice" for word in words]
        understanding = Understanding.load(locales, languages)
    except (OSError, ValueError, yaml.YAMLError) as error:
        return [*found, f"locales/{error}" if isinstance(error, ValueError) else str(error)]
    lexicon = understanding.reader.lexicon
    for lang in languages:
        have = {e.concept for e in lexicon.entries if e.lang == lang}
        frames = (*understanding.safety.frames, *understanding.intents.frames)
        need = {c for f in frames for c in f.all} - _BUILT_IN
        for concept in sorted(need - have):
            found.append(f"locales/{lang}: concept {concept} is used by a frame but has no words")
        if not lexicon.function_words.get(lang):
            found.append(f"locales/{lang}/words.yaml: no function_words")
    return found


def _twice(path: Path) -> tuple[list[str], list[str]]:
    """What a YAML file gives twice: the keys of a mapping (a second list of a concept
    silently replaces the first one's words when the file is read), and the words of one
    list, as "KEY: 'word'" (the second adds nothing and makes the list longer to read)."""
    with path.open(encoding="utf-8") as file:
        root = yaml.compose(file, Loader=_LOADER)
    keys_twice: list[str] = []
    words_twice: list[str] = []
    nodes = [root] if root is not None else []
    while nodes:
        node = nodes.pop()
        if isinstance(node, yaml.MappingNode):
            keys = [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
            keys_twice += sorted({k for k in keys if keys.count(k) > 1})
            for key, value in node.value:
                if isinstance(value, yaml.SequenceNode):
                    words = [w.value for w in value.value if isinstance(w, yaml.ScalarNode)]
                    twice = {w for w in words if words.count(w) > 1}
                    words_twice += [f"{key.value}: '{w}'" for w in sorted(twice)]
            nodes += [value for _, value in node.value]
        elif isinstance(node, yaml.SequenceNode):
            nodes += node.value
    return keys_twice, words_twice


def _read(path: Path) -> Mapping[str, Any]:
    """YAML with every value read as text: `no`, `on` and `off` are words here, not booleans."""
    with path.open(encoding="utf-8") as file:
        data = yaml.load(file, Loader=_LOADER) or {}
    if not isinstance(data, Mapping):
        raise ValueError(f"{path.name}: must be a mapping")
    return data


def _entries(concepts: Any, lang: str, where: str) -> list[Entry]:
    if not isinstance(concepts, Mapping):
        raise ValueError(f"{where}: concepts must be a mapping of NAME: [entries]")
    found = []
    for name, items in concepts.items():
        if not (isinstance(name, str) and name.isupper() and name.replace("_", "").isalnum()):
            raise ValueError(f"{where}: concept names are UPPER_CASE words, not '{name}'")
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError(f"{where}: {name} must be a list of strings")
        try:
            found += [parse_entry(name, lang, item) for item in items]
        except ValueError as error:
            raise ValueError(f"{where}: {error}") from None
    return found


def _strings(data: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: {key} must be a list of words")
    return [v.casefold() for v in value]


def _spellings(data: Mapping[str, Any], where: str) -> dict[str, str]:
    """`spellings`: a way of writing one word (chat, dialect) -> the word it stands for."""
    value = data.get("spellings") or {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(v.split()) == 1 and len(k.split()) == 1
        for k, v in value.items()
    ):
        raise ValueError(f"{where}: spellings maps one word to one word")
    return {fold_entry(k): fold_entry(v) for k, v in value.items()}


def _loans(data: Mapping[str, Any], where: str, languages: tuple[str, ...]) -> dict[str, str]:
    """`loans`: a prefix -> the language whose words it borrows ("ge": "en" for "geraped")."""
    value = data.get("loans") or {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and k.isalpha() and v in languages for k, v in value.items()
    ):
        raise ValueError(f"{where}: loans maps a prefix to one of {', '.join(languages)}")
    return {fold_entry(k): str(v) for k, v in value.items()}


def _urgent(data: Any, concepts: frozenset[str]) -> Urgent:
    """`urgent:` of locales/safety.yaml; ValueError naming what is wrong."""
    keys = {"learned", "beside", "asking", "calm", "ordinary", "takes_back"}
    if not isinstance(data, Mapping) or set(data) != keys:
        raise ValueError(f"safety.yaml: urgent needs {', '.join(sorted(keys))}")
    found = {key: frozenset(str(c) for c in _list(data, key, "safety.yaml")) for key in data}
    unknown = sorted(set().union(*found.values()) - concepts)
    if unknown:
        raise ValueError(f"safety.yaml: urgent: unknown concepts: {', '.join(unknown)}")
    return Urgent(**found)


def _list(data: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list):
        raise ValueError(f"{where}: {key} must be a list")
    return value


def _negation(value: Any, where: str) -> Negation:
    if not isinstance(value, Mapping) or set(value) - {"forward", "backward"}:
        raise ValueError(f"{where}: negation takes forward and backward (numbers of words)")
    numbers = {k: int(v) if str(v).isdigit() else -1 for k, v in value.items()}
    if not all(0 <= v <= 12 for v in numbers.values()):
        raise ValueError(f"{where}: negation reach must be a whole number from 0 to 12")
    return Negation(**numbers)


warm_lemmas = lemmas.warm
