"""A learned second reading for the safety check: what the word lists miss.

The frames of `safety.py` are precise, but a writer they were not built from says things in
words they do not hold ("waiting for the 23:40 freight, it doesn't slow down here"). Measured
on writers the lists had not seen, they caught half to two thirds of crisis messages. A linear
model over the same reading (word forms and lemmas, negation, word pairs and the lexicon's
concepts, in each clause and anywhere in the message) carries further: trained on every writer
but one, it finds much of what the lists
miss in that one (`python -m bot.core.understanding.train --cross` prints it per writer).

It is a multinomial logistic regression over counts of those features, trained with
scikit-learn by `bot/core/understanding/train.py` from the labelled corpora in `tests/data/`,
and stored as plain numbers in `locales/safety-model.json`, so that reading it needs no
library: a message costs a few dictionary look-ups and additions per word.

It only adds: when the frames find nothing and the model is confident of a kind of danger,
the check answers as for a signal without clear intent (tier `possible`): the calm question
for suicide and self-harm, a gentle word with the right lines for the safeguarding kinds.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from bot.core.understanding.lexicon import Lexicon
from bot.core.understanding.reading import ASKS, Reading

__all__ = ["NONE", "SafetyModel", "features"]

NONE = "none"  # the class of messages without danger
M_ASKS = "m:asks"  # the message holds a question mark
_WORDS_KEPT = 65_536  # words whose part of the score is kept
_UNSEEN = ()  # a word not yet in the cache (None means: seen, no weights)


def features(reading: Reading, lexicon: Lexicon) -> list[str]:
    """The model's features of a message, each as often as it occurs: each word's forms (its
    lemmas and typo fixes in every language; "~" when a negation covers it), each pair of
    words in a row, each concept of each clause, and once each concept anywhere in the
    message (so that a farewell in one sentence and a means in the next add up, however
    long the message). Training and reading use these."""
    found: list[str] = []
    for clause in reading.clauses:
        words = clause.words
        for i, word in enumerate(words):
            found += _word_features(word, i in clause.negated, lexicon)
            if i + 1 < len(words):
                found.append(f"b:{word}_{words[i + 1]}")
        found += [f"c:{concept}" for concept in clause.spans]
    found += [f"m:{concept}" for concept in _message_concepts(reading)]
    if ASKS in reading.concepts:
        found.append(M_ASKS)
    return found


def _message_concepts(reading: Reading, *, ordered: bool = True) -> list[str]:
    """Each concept of the message's clauses, once, in a fixed order; "~" when a negation
    covers it wherever it occurs ("I don't want to die" is not a wish to die)."""
    plain: set[str] = set()
    negated: set[str] = set()
    for clause in reading.clauses:
        if not clause.negated:  # most clauses: nothing is covered
            plain.update(clause.spans)
            continue
        for concept, spans in clause.spans.items():
            covered = all(
                all(i in clause.negated for i in range(span.start, span.end)) for span in spans
            )
            (negated if covered else plain).add(concept)
    found = plain | {f"{concept}~" for concept in negated - plain}
    return sorted(found) if ordered else list(found)


def _word_features(word: str, negated: bool, lexicon: Lexicon) -> list[str]:
    mark = "~" if negated else ""
    forms = {form for own in lexicon.word(word).forms.values() for form in own}
    return [f"w:{form}{mark}" for form in sorted(forms)]


class SafetyModel:
    """The stored model: classes, intercepts, per-feature weights (one per class; features
    too small to matter are left out), and the probability above which a kind counts
    (`thresholds`, per class). A message's score per class is its intercept plus the
    weights of its features, as often as they occur; softmax gives the probabilities."""

    __slots__ = (
        "_in_clause",
        "_in_message",
        "_pairs",
        "_words",
        "classes",
        "intercepts",
        "thresholds",
        "weights",
    )

    def __init__(
        self,
        classes: Sequence[str],
        intercepts: Sequence[float],
        weights: Mapping[str, Sequence[float]],
        thresholds: Mapping[str, float],
    ) -> None:
        self.classes = tuple(classes)
        self.intercepts = tuple(intercepts)
        self.weights = {f: tuple(w) for f, w in weights.items()}
        self.thresholds = dict(thresholds)
        self._words: dict[tuple[str, bool], tuple[float, ...] | None] = {}
        # The same weights, by what reading gives (no text to build per feature and message)
        self._pairs = {
            tuple(f[2:].split("_", 1)): w
            for f, w in self.weights.items()
            if f.startswith("b:") and "_" in f[2:]
        }
        self._in_clause = {f[2:]: w for f, w in self.weights.items() if f.startswith("c:")}
        self._in_message = {f[2:]: w for f, w in self.weights.items() if f.startswith("m:")}

    def scores(self, reading: Reading, lexicon: Lexicon) -> list[float]:
        """The score per class; each word's part is worked out once and kept. The same sum
        as over `features(reading, lexicon)`, looked up by what the reading gives."""
        words_seen, pairs, in_clause = self._words, self._pairs, self._in_clause
        parts: list[Sequence[float] | None] = [self.intercepts]
        for clause in reading.clauses:
            words, negated = clause.words, clause.negated
            for i, word in enumerate(words):
                key = (word, i in negated)
                found = words_seen.get(key, _UNSEEN)
                if found is _UNSEEN:
                    if len(words_seen) > _WORDS_KEPT:
                        words_seen.clear()
                    found = words_seen[key] = self._sum(_word_features(word, key[1], lexicon))
                parts.append(found)
            parts += map(pairs.get, pairwise(words))
            parts += map(in_clause.get, clause.spans)
        parts += map(self._in_message.get, _message_concepts(reading, ordered=False))
        if ASKS in reading.concepts:
            parts.append(self.weights.get(M_ASKS))
        return [sum(column) for column in zip(*filter(None, parts), strict=True)]

    def probabilities(self, reading: Reading, lexicon: Lexicon) -> dict[str, float]:
        scores = self.scores(reading, lexicon)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def danger(self, reading: Reading, lexicon: Lexicon) -> str | None:
        """The kind of danger the model is confident of, or None."""
        probabilities = self.probabilities(reading, lexicon)
        kind = max((c for c in self.classes if c != NONE), key=probabilities.__getitem__)
        return kind if probabilities[kind] >= self.thresholds[kind] else None

    def _sum(self, found: Sequence[str]) -> tuple[float, ...] | None:
        vectors = [self.weights[f] for f in found if f in self.weights]
        if not vectors:
            return None
        return tuple(sum(column) for column in zip(*vectors, strict=True))

    @classmethod
    def load(cls, path: Path) -> SafetyModel:
        """From `locales/safety-model.json`; ValueError naming the file when it is malformed."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ValueError(f"{path.name}: not a safety model ({error})") from error
        return cls.load_data(data, path.name)

    @classmethod
    def load_data(cls, data: Any, where: str = "the safety model") -> SafetyModel:
        """From the numbers `train.fit` gives; ValueError naming `where` and the fault."""
        try:
            model = cls(
                [str(c) for c in data["classes"]],
                [float(b) for b in data["intercepts"]],
                {str(f): [float(w) for w in ws] for f, ws in data["weights"].items()},
                {str(k): float(v) for k, v in data["thresholds"].items()},
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"{where}: not a safety model ({error})") from error
        n = len(model.classes)
        if NONE not in model.classes or len(model.intercepts) != n:
            raise ValueError(f"{where}: the classes and intercepts do not fit")
        if any(len(w) != n for w in model.weights.values()):
            raise ValueError(f"{where}: a feature has the wrong number of weights")
        if set(model.thresholds) != set(model.classes) - {NONE}:
            raise ValueError(f"{where}: every kind needs a threshold")
        return model
