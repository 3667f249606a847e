"""Learned readings: what the word lists miss, for the safety check and the intent reading.

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

The intent reading has one of its own (`IntentModel`, `locales/intent-model.json`), over the
same features and the place the text was typed at: writers the lexicons had not seen were
read right 0.79 of the time by the frames, 0.90 by the learned reading (issue 14's figures in
docs/dialogues.md). How `IntentReader` weighs the two is said there.

The safety model only adds: when the frames find nothing and the model is confident of a kind
of danger, the check answers as for a signal without clear intent (tier `possible`): the calm
question for suicide and self-harm (or the helplines, with a concept of `urgent` in the
message or when its urgency reads a crisis), a gentle word with the right lines for the
safeguarding kinds (or their full answer when it is `sure`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any, ClassVar, Self, cast

from bot.core.understanding.lexicon import Lexicon
from bot.core.understanding.reading import ASKS, Reading

__all__ = ["NONE", "IntentModel", "LinearModel", "SafetyModel", "features"]

NONE = "none"  # the class of messages without danger
Sparse = tuple[tuple[int, float], ...]  # a feature's weights: (class index, weight), no zeros
Vector = Sparse | tuple[float, ...]  # as scored: sparse, or one weight per class
_DENSE_UP_TO = 8  # classes up to which weights are scored as full rows
M_ASKS = "m:asks"  # the message holds a question mark
_WORDS_KEPT = 65_536  # words whose part of the score is kept
_UNSEEN: Sparse = ()  # a word not yet in the cache (None means: seen, no weights)


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
    found += [f"m:{concept}" for concept in sorted(_message_concepts(reading))]
    if ASKS in reading.concepts:
        found.append(M_ASKS)
    return found


def _message_concepts(reading: Reading) -> set[str]:
    """Each concept of the message's clauses, once; "~" when a negation covers it wherever it
    occurs ("I don't want to die" is not a wish to die)."""
    clauses = reading.clauses
    plain: set[str] = set().union(*(c.spans for c in clauses if not c.negated))
    negated: set[str] = set()
    for clause in clauses:
        if not clause.negated:  # most clauses: nothing is covered, counted above
            continue
        covered = clause.negated
        for concept, spans in clause.spans.items():
            if all(i in covered for span in spans for i in span.positions()):
                negated.add(concept)
            else:
                plain.add(concept)
    if negated:
        plain |= {f"{concept}~" for concept in negated - plain}
    return plain


def _word_features(word: str, negated: bool, lexicon: Lexicon) -> list[str]:
    mark = "~" if negated else ""
    forms = {form for own in lexicon.word(word).forms.values() for form in own}
    return [f"w:{form}{mark}" for form in sorted(forms)]


class LinearModel:
    """A stored linear model: classes, intercepts and per-feature weights (one per class;
    features too small to matter are left out). A message's score per class is its intercept
    plus the weights of its features, as often as they occur; softmax gives the
    probabilities."""

    __slots__ = (
        "_dense",
        "_in_clause",
        "_in_message",
        "_pairs",
        "_rows",
        "_words",
        "classes",
        "intercepts",
        "weights",
    )
    KIND: ClassVar[str] = "a model"  # what a malformed file is said not to be

    def __init__(
        self,
        classes: Sequence[str],
        intercepts: Sequence[float],
        weights: Mapping[str, Sparse],
    ) -> None:
        self.classes = tuple(classes)
        self.intercepts = tuple(intercepts)
        self.weights = {f: tuple(w) for f, w in weights.items() if w}
        self._words: dict[tuple[str, bool], Vector | None] = {}
        # Few classes (the safety model's seven): each feature's weights as a full row,
        # summed column by column, is faster than pair by pair; many (the intent model's
        # fifty): the pairs.
        self._dense = len(self.classes) <= _DENSE_UP_TO
        rows: Mapping[str, Vector] = (
            {f: _row(w, len(self.classes)) for f, w in self.weights.items()}
            if self._dense
            else self.weights
        )
        self._rows = rows
        # The same weights, by what reading gives (no text to build per feature and message)
        self._pairs = {
            tuple(f[2:].split("_", 1)): w
            for f, w in rows.items()
            if f.startswith("b:") and "_" in f[2:]
        }
        self._in_clause = {f[2:]: w for f, w in rows.items() if f.startswith("c:")}
        self._in_message = {f[2:]: w for f, w in rows.items() if f.startswith("m:")}

    def scores(self, reading: Reading, lexicon: Lexicon, extra: Sequence[str] = ()) -> list[float]:
        """The score per class; each word's part is worked out once and kept. The same sum
        as over `features(reading, lexicon)` and `extra`, looked up by what the reading
        gives."""
        pairs, in_clause = self._pairs, self._in_clause
        parts: list[Vector | None] = []
        for clause in reading.clauses:
            words, negated = clause.words, clause.negated
            parts += [self._word(word, i in negated, lexicon) for i, word in enumerate(words)]
            parts += map(pairs.get, pairwise(words))
            parts += map(in_clause.get, clause.spans)
        parts += map(self._in_message.get, _message_concepts(reading))
        if ASKS in reading.concepts:
            parts.append(self._rows.get(M_ASKS))
        parts += map(self._rows.get, extra)
        if self._dense:
            rows = [self.intercepts, *filter(None, parts)]
            return [sum(column) for column in zip(*rows, strict=True)]
        total = list(self.intercepts)
        for part in filter(None, parts):
            for k, w in cast(Sparse, part):
                total[k] += w
        return total

    def known(self, reading: Reading, lexicon: Lexicon) -> float:
        """The share of the message's words (numbers left out) that carry weights in the
        model, from 0.0 to 1.0; 0.0 when there are none but numbers. Where it is low, the
        score is mostly the intercepts: what the corpus held, not what the message says."""
        count = known = 0
        for clause in reading.clauses:
            negated = clause.negated
            for i, word in enumerate(clause.words):
                if not word.isdigit():
                    count += 1
                    known += self._word(word, i in negated, lexicon) is not None
        return known / count if count else 0.0

    def _word(self, word: str, negated: bool, lexicon: Lexicon) -> Vector | None:
        """A word's part of the score (None: it has no weights), worked out once and kept."""
        words_seen = self._words
        key = (word, negated)
        found = words_seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            if len(words_seen) > _WORDS_KEPT:
                words_seen.clear()
            found = words_seen[key] = self._sum(_word_features(word, negated, lexicon))
        return found

    def probabilities(
        self, reading: Reading, lexicon: Lexicon, extra: Sequence[str] = ()
    ) -> dict[str, float]:
        scores = self.scores(reading, lexicon, extra)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def _sum(self, found: Sequence[str]) -> Vector | None:
        summed: dict[int, float] = {}
        for feature in found:
            for k, w in self.weights.get(feature, ()):
                summed[k] = summed.get(k, 0.0) + w
        if not summed:
            return None
        pairs = tuple(summed.items())
        return _row(pairs, len(self.classes)) if self._dense else pairs

    @classmethod
    def load(cls, path: Path) -> Self:
        """From its JSON file; ValueError naming the file when it is malformed."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ValueError(f"{path.name}: not {cls.KIND} ({error})") from error
        return cls.load_data(data, path.name)

    @classmethod
    def load_data(cls, data: Any, where: str = "the model") -> Self:
        """From the numbers `train.fit` gives; ValueError naming `where` and the fault."""
        try:
            classes = [str(c) for c in data["classes"]]
            intercepts = [float(b) for b in data["intercepts"]]
            weights = {str(f): _sparse(ws, len(classes)) for f, ws in data["weights"].items()}
            model = cls(classes, intercepts, weights, **cls._own_fields(data))
        except (ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
            raise ValueError(f"{where}: not {cls.KIND} ({error})") from error
        if len(model.intercepts) != len(model.classes) or not model.classes:
            raise ValueError(f"{where}: the classes and intercepts do not fit")
        model.check(where)
        return model

    @staticmethod
    def _own_fields(data: Any) -> dict[str, Any]:
        """The arguments a model of this kind takes besides the numbers, from its file."""
        return {}

    def check(self, where: str) -> None:
        """What a model of this kind needs besides fitting numbers; ValueError if not."""


class Urgency(LinearModel):
    """How urgent a message of suicide or self-harm reads (classes: the corpus's tiers
    `crisis`, `possible`, `past`), and per tier the probability from which it counts (`cuts`:
    `crisis`, and `past` where a time long gone is named). Asked where a frame, or the
    learned reading alone, found suicide or self-harm."""

    __slots__ = ("cuts",)
    KIND: ClassVar[str] = "an urgency model"
    # the tiers it may decide, each with its cut
    TIERS: ClassVar[tuple[str, ...]] = ("crisis", "past")

    def __init__(
        self,
        classes: Sequence[str],
        intercepts: Sequence[float],
        weights: Mapping[str, Sparse],
        cuts: Mapping[str, float],
    ) -> None:
        super().__init__(classes, intercepts, weights)
        self.cuts = dict(cuts)

    def sure_tiers(self, reading: Reading, lexicon: Lexicon) -> frozenset[str]:
        """The tiers the message reads as, each at least its cut sure."""
        probabilities = self.probabilities(reading, lexicon)
        return frozenset(t for t, cut in self.cuts.items() if probabilities[t] >= cut)

    @staticmethod
    def _own_fields(data: Any) -> dict[str, Any]:
        return {"cuts": {str(k): float(v) for k, v in data["cuts"].items()}}

    def check(self, where: str) -> None:
        if set(self.cuts) != set(self.TIERS) or not set(self.TIERS) <= set(self.classes):
            raise ValueError(f"{where}: urgency needs the classes and cuts of {self.TIERS}")
        if not all(0.0 < cut <= 1.0 for cut in self.cuts.values()):
            raise ValueError(f"{where}: an urgency cut lies in (0, 1]")


NEVER = 2.0  # a probability no message reaches: `SafetyModel.ordinary` never overrules


class SafetyModel(LinearModel):
    """The safety check's model (classes: the kinds of danger and `none`), with the
    probability above which a kind counts (`thresholds`, per kind), the probability from which
    a safeguarding kind it alone found is sure enough for its full answer (`sure`; 1.0: never),
    the probability of `none` from which it overrules what the frames found (`ordinary`; above
    1.0: never; see `SafetyCheck.overruled`), and, when trained with one, the `urgency` of a
    signal of suicide or self-harm, with the probability of suicide or self-harm below its
    threshold (`urgent_floor`) from which an urgency of crisis of `urgent_cut` or more counts
    (`urgent_below`; above 1.0: never)."""

    __slots__ = (
        "_kinds",
        "ordinary",
        "sure",
        "thresholds",
        "urgency",
        "urgent_cut",
        "urgent_floor",
    )
    KIND: ClassVar[str] = "a safety model"

    def __init__(
        self,
        classes: Sequence[str],
        intercepts: Sequence[float],
        weights: Mapping[str, Sparse],
        thresholds: Mapping[str, float],
        urgency: Urgency | None = None,
        sure: float = 1.0,
        ordinary: float = NEVER,
        urgent_floor: float = NEVER,
        urgent_cut: float = NEVER,
    ) -> None:
        super().__init__(classes, intercepts, weights)
        self.thresholds = dict(thresholds)
        self.urgency = urgency
        self.sure = sure
        self.ordinary = ordinary
        self.urgent_floor, self.urgent_cut = urgent_floor, urgent_cut
        self._kinds = [k for k, c in enumerate(self.classes) if c != NONE]

    def danger(
        self, reading: Reading, lexicon: Lexicon, cuts: Mapping[str, float] | None = None
    ) -> tuple[str, float] | None:
        """The likeliest kind of danger in a message and the probability that it is about
        danger (of every kind together: 1 - that of `none`), when that is at least the
        likeliest kind's threshold; or None. `cuts`: thresholds that replace the model's own
        for some kinds. (With scores s, the probability of class k is exp(s_k) / sum(exp(s_j))
        over every class j.)

        Confident of danger rather than of one kind: a message about the children being
        better off without their mother reads partly as a child at risk, partly as suicide,
        and neither alone reached its threshold. Read with the writers in five groups, each
        left out of training in turn (2026-12-01), this gave 56 more of 12,700 crisis
        messages the helplines at once and 6 to 17 more disclosures of each safeguarding
        kind (of about 2,200 each) their answer, for 20 more alarms on 19,300 ordinary
        messages (the check's false alarms 0.023 to 0.024)."""
        return self.danger_of(self.probabilities(reading, lexicon), cuts)

    def danger_of(
        self, probabilities: Mapping[str, float], cuts: Mapping[str, float] | None = None
    ) -> tuple[str, float] | None:
        """`danger`, from the message's `probabilities` (as `probabilities` gives them)."""
        if not self._kinds:
            return None
        kind = max((self.classes[k] for k in self._kinds), key=probabilities.__getitem__)
        danger = 1.0 - probabilities[NONE]
        cut = self.thresholds[kind] if cuts is None else cuts.get(kind, self.thresholds[kind])
        return (kind, danger) if danger >= cut else None

    def urgent_below(
        self,
        reading: Reading,
        lexicon: Lexicon,
        kinds: Sequence[str],
        probabilities: Mapping[str, float],
    ) -> str | None:
        """The likeliest of `kinds` (suicide, self-harm) in a message that reads as it with at
        least `urgent_floor`, below its threshold, and that the urgency reads as a crisis with
        at least `urgent_cut`: a plan told without the words of the wish ("opa zn medicijnen
        staan nog in de kast. ik neem ze allemaal"). None otherwise, and without an urgency.
        `probabilities`: the message's, as `probabilities` gives them (read once)."""
        if self.urgency is None or self.urgent_floor > 1.0:
            return None
        kind = max(kinds, key=lambda k: probabilities.get(k, 0.0))
        if probabilities.get(kind, 0.0) < self.urgent_floor:
            return None
        if self.urgency.probabilities(reading, lexicon)["crisis"] < self.urgent_cut:
            return None
        return kind

    @staticmethod
    def _own_fields(data: Any) -> dict[str, Any]:
        urgency = data.get("urgency")
        return {
            "thresholds": {str(k): float(v) for k, v in data["thresholds"].items()},
            "urgency": None if urgency is None else Urgency.load_data(urgency, "urgency"),
            "sure": float(data.get("sure", 1.0)),
            "ordinary": float(data.get("ordinary", NEVER)),
            "urgent_floor": float(data.get("urgent_floor", NEVER)),
            "urgent_cut": float(data.get("urgent_cut", NEVER)),
        }

    def check(self, where: str) -> None:
        if NONE not in self.classes:
            raise ValueError(f"{where}: the classes and intercepts do not fit")
        if set(self.thresholds) != set(self.classes) - {NONE}:
            raise ValueError(f"{where}: every kind needs a threshold")


class IntentModel(LinearModel):
    """The intent reading's model: classes are intent labels ("feeling/lonely", "answer",
    "nothing"); the place the text was typed at is a feature of its own."""

    __slots__ = ()
    KIND: ClassVar[str] = "an intent model"

    def best(self, reading: Reading, lexicon: Lexicon, at: str) -> tuple[str, float]:
        """The most likely label of a text typed at `at`, and its probability."""
        probabilities = self.probabilities(reading, lexicon, (at_feature(at),))
        label = max(probabilities, key=probabilities.__getitem__)
        return label, probabilities[label]


def _row(pairs: Sparse, classes: int) -> tuple[float, ...]:
    row = [0.0] * classes
    for k, w in pairs:
        row[k] = w
    return tuple(row)


def _sparse(found: Any, classes: int) -> Sparse:
    """A feature's weights as stored: [[class index, weight], ...] (zeros left out), or one
    weight per class. ValueError or IndexError when they do not fit the classes."""
    if len(found) == classes and all(isinstance(w, int | float) for w in found):
        return tuple((k, float(w)) for k, w in enumerate(found) if w)
    pairs = tuple((int(k), float(w)) for k, w in found)
    if any(not 0 <= k < classes for k, _ in pairs):
        raise IndexError("a feature has a weight for a class that does not exist")
    return pairs


def at_feature(at: str) -> str:
    """The feature of the place a text was typed at (menu, yesno, exercise)."""
    return f"at:{at}"
