"""Frames: sets of concepts that hold together in a clause, whatever the word order.

The shared mechanism under the safety check and the intent reading. A frame names the concepts
that must all be in one clause (`all`), concepts that cancel it there (`unless`) or anywhere
(`unless_message`), concepts the message must hold somewhere (`message`), and whether the clause
may hold nothing else (`only`: "ik kan niet meer" alone, not "ik kan niet meer slapen"). A
concept that a negation covers does not count ("I would never hurt myself"), unless the frame
names `NEG` itself ("ik wil niet meer leven"). A frame about the writer (`about_self`) does not
hold when the person named last before it is someone else ("mijn vriendin wil dood").

People split one thought over short sentences ("Sta op het dak. Het is hier stil. Ik spring."),
so a frame may also hold over a clause and one of the two before it, unless it is marked
`clause` (frames of common words), is `only`, or holds a negation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar

from bot.core.understanding.reading import NEG, Clause, Reading, Span

__all__ = ["FILLER", "FIRST_PERSON", "OTHER", "Hit", "Pattern", "find", "flag", "pattern_fields"]

FILLER = "FILLER"
FIRST_PERSON = "FIRST_PERSON"
OTHER = "OTHER"
# "she is me", "the story is me btw": the person written about is the writer
SELF_REVEAL = "SELF_REVEAL"
PATTERN_KEYS = frozenset(
    {"id", "all", "unless", "message", "unless_message", "only", "clause", "about"}
)


@dataclass(frozen=True, slots=True)
class Pattern:
    """Concepts that must meet in a clause; see the module's description for each field."""

    id: str
    all: tuple[str, ...]
    unless: tuple[str, ...] = ()
    message: tuple[str, ...] = ()
    unless_message: tuple[str, ...] = ()
    only: bool = False
    clause: bool = False  # only within one clause, never over two
    about_self: bool = False
    lang: str | None = None  # a frame of one language's file: not in a clause of another

    @property
    def spans_clauses(self) -> bool:
        """Whether it may hold over two clauses: not for a clause as a whole (`only`), when
        it says so (`clause`), or when it holds a negation (whose reach ends at the clause)."""
        return not (self.only or self.clause or NEG in self.all)

    def match(
        self, clause: Clause, reading: Reading
    ) -> tuple[frozenset[int], frozenset[int]] | None:
        """The words of this clause the pattern holds on, and the words it reaches over (its
        phrases' gaps included); None when it does not hold."""
        spans = clause.spans
        if self.lang is not None and clause.lang not in (None, self.lang):
            return None
        if any(c not in reading.concepts for c in self.message):
            return None
        if any(c in reading.concepts for c in self.unless_message):
            return None
        chosen: list[Span] = []
        for concept in self.all:
            found = spans.get(concept)
            if not found:
                return None
            # the longest first: "durf niet" holds its own negator, "durf" does not
            chosen.append(max(found, key=lambda s: s.end - s.start))
        own = {i for s in chosen for i in s.positions()}
        if NEG not in self.all and clause.negated:
            # Each concept needs a place no negation reaches, apart from negators inside the
            # frame's own words ("nobody would notice": "nobody" is part of the frame).
            for n, concept in enumerate(self.all):
                free = clause.free(concept, own)
                if not free:
                    return None
                chosen[n] = free[0]
            own = {i for s in chosen for i in s.positions()}
        if any(clause.free(c, own) for c in self.unless):
            return None
        if (
            self.about_self
            and SELF_REVEAL not in reading.concepts
            and _about_someone_else(clause, max(s.start for s in chosen))
        ):
            return None
        reach = own.union(*(range(s.start, s.end) for s in chosen))
        if self.only:
            # a gap's words are part of the phrase here: "weet ik echt niet" is unsure alone
            covered = set(reach)
            for concept in (*self.all, FILLER):
                covered |= {i for s in spans.get(concept, ()) for i in range(s.start, s.end)}
            if len(covered) < len(clause.words):
                return None
        return frozenset(own), frozenset(reach)


P = TypeVar("P", bound=Pattern)


class Hit(NamedTuple, Generic[P]):
    """A pattern that holds: in which clause, on which words (clause, word) of the message,
    and over which words it reaches, the gaps of its phrases included ("ik duw mensen weg":
    "duw ~ weg" holds on two words and reaches over three). (A named tuple: mypyc compiles a
    generic one, not a generic frozen dataclass.)"""

    frame: P
    clause: int
    words: frozenset[tuple[int, int]]
    reach: frozenset[tuple[int, int]]


def find(index: Mapping[str, Sequence[P]], reading: Reading) -> list[Hit[P]]:
    """Every pattern of `index` (patterns by their first concept) that holds in the reading:
    in a clause, or over a clause and one of the two before it."""
    hits: list[Hit[P]] = []
    clauses = reading.clauses
    for n, clause in enumerate(clauses):
        for concept in clause.spans.keys() & index.keys():  # in C: most concepts start none
            for frame in index[concept]:
                held = frame.match(clause, reading)
                if held is not None:
                    words, reach = held
                    hits.append(
                        Hit(
                            frame,
                            n,
                            frozenset((n, i) for i in words),
                            frozenset((n, i) for i in reach),
                        )
                    )
    found = {(h.frame.id, h.clause) for h in hits}
    for n in range(1, len(clauses)):
        for back in (1, 2):
            if n - back < 0:
                continue
            first = clauses[n - back]
            pair = _joined(first, clauses[n])
            for concept in pair.spans.keys() & index.keys():
                for frame in index[concept]:
                    if not frame.spans_clauses or (frame.id, n) in found:
                        continue
                    if (frame.id, n - back) in found:
                        continue
                    held = frame.match(pair, reading)
                    if held is None:
                        continue
                    shift = len(first.words)
                    where, over = (
                        frozenset((n - back, i) if i < shift else (n, i - shift) for i in part)
                        for part in held
                    )
                    hits.append(Hit(frame, n, where, over))
                    found.add((frame.id, n))
    return hits


def _about_someone_else(clause: Clause, before: int) -> bool:
    """Whether the person named last before word `before` is someone else ("a friend is
    thinking about suicide", "hij wil dood"), not the writer."""
    people = {s.start: False for s in clause.spans.get(OTHER, ())}
    people |= {s.start: True for s in clause.spans.get(FIRST_PERSON, ())}
    for i in range(before - 1, -1, -1):
        if i in people:
            return not people[i]
    return False


def _joined(first: Clause, second: Clause) -> Clause:
    """Two clauses read as one, each keeping its own negations."""
    shift = len(first.words)
    spans = {concept: tuple(found) for concept, found in first.spans.items()}
    for concept, found in second.spans.items():
        moved = tuple(
            Span(s.start + shift, s.end + shift, s.lang, tuple(g + shift for g in s.gaps))
            for s in found
        )
        spans[concept] = spans.get(concept, ()) + moved
    negated = dict(first.negated)
    negated |= {i + shift: frozenset(n + shift for n in by) for i, by in second.negated.items()}
    return Clause(first.words + second.words, first.lang or second.lang, spans, negated)


def pattern_fields(
    item: Mapping[str, Any],
    where: str,
    concepts: frozenset[str],
    about: str,
    lang: str | None = None,
) -> dict[str, Any]:
    """The fields of a `Pattern` from a YAML mapping; ValueError naming `where` and the fault.
    `about` is the default of the `about` key (self or anyone); `lang`: the language of the
    file it comes from (None: the shared file)."""
    name = str(item.get("id") or "")
    if not name:
        raise ValueError(f"{where}: every frame needs an id")
    about = str(item.get("about", about))
    if about not in ("self", "anyone"):
        raise ValueError(f"{where}: frame {name}: about must be self or anyone")
    lists = {}
    for key in ("all", "unless", "message", "unless_message"):
        value = item.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{where}: frame {name}: {key} must be a list of concepts")
        missing = [v for v in value if v not in concepts]
        if missing:
            raise ValueError(f"{where}: frame {name}: unknown concepts {', '.join(missing)}")
        lists[key] = tuple(value)
    if not lists["all"]:
        raise ValueError(f"{where}: frame {name}: 'all' needs at least one concept")
    return {
        "id": name,
        **lists,
        "only": flag(item, "only", where, name),
        "clause": flag(item, "clause", where, name),
        "about_self": about == "self",
        "lang": lang,
    }


def check_keys(items: Iterable[Any], where: str, keys: frozenset[str]) -> list[Mapping[str, Any]]:
    """The YAML items as mappings with known keys and unique ids; ValueError otherwise."""
    found: list[Mapping[str, Any]] = []
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        if not isinstance(item, Mapping):
            raise ValueError(f"{where}: frame {n} must be a mapping")
        name = str(item.get("id") or f"#{n}")
        unknown = set(item) - keys
        if unknown:
            raise ValueError(
                f"{where}: frame {name} has unknown keys: {', '.join(sorted(unknown))}"
            )
        if name in seen:
            raise ValueError(f"{where}: frame {name} is defined twice")
        seen.add(name)
        found.append(item)
    return found


def flag(item: Mapping[str, Any], key: str, where: str, name: str) -> bool:
    value = str(item.get(key, "false")).lower()
    if value not in ("true", "false"):
        raise ValueError(f"{where}: frame {name}: {key} must be true or false")
    return value == "true"
