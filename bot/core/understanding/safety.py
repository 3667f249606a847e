"""The safety check: concept frames over a reading, in tiers and kinds.

A frame is a set of concepts that must occur together in one clause, in any order
(`SELF` + `HARM`, `WANT` + `DIE`, `HIGH_PLACE` + `JUMP`), with concepts that cancel it in that
clause (`unless`: an accident, a game, someone else), concepts that must be somewhere in the
message (`message`: bad news beside a question about bridges), and whether the clause may hold
nothing else (`only`: "ik kan niet meer" alone, not "ik kan niet meer slapen"). A concept that a
negation covers does not count ("I would never hurt myself"), unless the frame itself names
`NEG` ("ik wil niet meer leven"). Frames marked `context` (a time and "doing it", with
nothing else said) count only after a risk signal: in the same message, or while the
conversation is still in a safety answer.

Every frame has a kind (suicide, self_harm, violence, child, sexual, eating) and a tier:

- crisis: say the helplines at once;
- possible: a signal without clear intent; ask directly and calmly;
- past: a dark time that is clearly over; a kind word, no alarm.

Time decides between them. A suicide or self-harm frame in a clause that is set in the distant
past (`PAST`, in the clause or the one before: "toen ik 16 was", "years ago") is past when the
message also says it is over (`RESOLVED`) and nothing says it goes on (`ONGOING`: "still",
"weer"), and possible otherwise. A safeguarding disclosure set in the past stays a disclosure
unless it is said to be over. Docs: docs/safety.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.core.understanding.reading import NEG, Clause, Reading, Span

__all__ = ["KINDS", "NOTHING", "TIERS", "Assessment", "Frame", "SafetyCheck", "parse_frames"]

TIERS = ("none", "past", "possible", "crisis")
KINDS = ("suicide", "self_harm", "violence", "child", "sexual", "eating")
# Kinds whose crisis answer is the suicide and crisis lines; the others are safeguarding.
LIFE = ("suicide", "self_harm")
FILLER = "FILLER"
PAST = "PAST"
PAST_TENSE = "PAST_TENSE"
RESOLVED = "RESOLVED"
ONGOING = "ONGOING"
FIRST_PERSON = "FIRST_PERSON"
OTHER = "OTHER"
_FRAME_KEYS = {
    "id",
    "kind",
    "tier",
    "all",
    "unless",
    "message",
    "unless_message",
    "only",
    "context",
    "about",
    "clause",
    "adds_up",
}


@dataclass(frozen=True, slots=True)
class Frame:
    id: str
    kind: str
    tier: str
    all: tuple[str, ...]
    unless: tuple[str, ...] = ()
    message: tuple[str, ...] = ()
    only: bool = False
    context: bool = False
    about_self: bool = False
    unless_message: tuple[str, ...] = ()
    clause: bool = False  # only within one clause, never over two
    adds_up: bool = False  # holding again on other words is another warning sign

    @property
    def spans_clauses(self) -> bool:
        """Whether the frame may hold over two clauses: not when it is about the clause as a
        whole (`only`), needs context, says so (`clause`), or holds a negation (whose reach
        ends at the clause)."""
        return not (self.only or self.context or self.clause or NEG in self.all)

    def match(self, clause: Clause, reading: Reading) -> frozenset[int] | None:
        """The words of this clause the frame holds on, or None when it does not hold."""
        spans = clause.spans
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
        own = {i for s in chosen for i in range(s.start, s.end)}
        if NEG not in self.all and clause.negated:
            # Each concept needs a place no negation reaches, apart from negators inside the
            # frame's own words ("nobody would notice": "nobody" is part of the frame).
            for n, concept in enumerate(self.all):
                free = clause.free(concept, own)
                if not free:
                    return None
                chosen[n] = free[0]
            own = {i for s in chosen for i in range(s.start, s.end)}
        if any(clause.free(c, own) for c in self.unless):
            return None
        if self.about_self and _about_someone_else(clause, max(s.start for s in chosen)):
            return None
        if self.only:
            covered = set(own)
            for concept in (*self.all, FILLER):
                covered |= {i for s in spans.get(concept, ()) for i in range(s.start, s.end)}
            if len(covered) < len(clause.words):
                return None
        return frozenset(own)


def _about_someone_else(clause: Clause, before: int) -> bool:
    """Whether the person named last before word `before` is someone else ("a friend is
    thinking about suicide", "hij wil dood"), not the writer."""
    people = {s.start: False for s in clause.spans.get(OTHER, ())}
    people |= {s.start: True for s in clause.spans.get(FIRST_PERSON, ())}
    for i in range(before - 1, -1, -1):
        if i in people:
            return not people[i]
    return False


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the check decided about one message.

    `tier` is one of TIERS; `kind` the kind of the strongest finding (None for none);
    `kinds` every kind found, strongest first; `frames` the ids of the frames that matched.
    """

    tier: str = "none"
    kind: str | None = None
    kinds: tuple[str, ...] = ()
    frames: tuple[str, ...] = ()

    @property
    def label(self) -> str | bool:
        """As `brug chat --json` shows it: False for none and past, else the tier (for
        suicide and self-harm) or the safeguarding kind."""
        if self.tier in ("none", "past") or self.kind is None:
            return False
        if self.kind in LIFE:
            return self.tier
        return self.kind

    @property
    def alarm(self) -> bool:
        return self.tier in ("possible", "crisis")


NOTHING = Assessment()


class SafetyCheck:
    """Frames indexed by concept, so a clause is tried only against frames it could fit."""

    def __init__(self, frames: Sequence[Frame]) -> None:
        self.frames = tuple(frames)
        self._by_concept: dict[str, list[Frame]] = {}
        for frame in self.frames:
            self._by_concept.setdefault(frame.all[0], []).append(frame)

    def assess(self, reading: Reading, *, elevated: bool = False) -> Assessment:
        """The tier and kind of one message; `elevated` when the conversation is still in a
        safety answer, so that "vannacht doe ik het" is read as what it then means."""
        hits: list[Hit] = []
        later: list[Hit] = []
        clauses = reading.clauses
        for index, clause in enumerate(clauses):
            for concept in clause.spans:
                for frame in self._by_concept.get(concept, ()):
                    words = frame.match(clause, reading)
                    if words is not None:
                        hit = Hit(frame, index, frozenset((index, i) for i in words))
                        (later if frame.context else hits).append(hit)
        # People split one thought over short sentences ("Sta op het dak. Het is hier stil.
        # Ik spring."): a frame may also hold over a clause and one of the two before it.
        found = {(h.frame.id, h.clause) for h in hits}
        for index in range(1, len(clauses)):
            for back in (1, 2):
                if index - back < 0:
                    continue
                first = clauses[index - back]
                pair = _joined(first, clauses[index])
                for concept in pair.spans:
                    for frame in self._by_concept.get(concept, ()):
                        if not frame.spans_clauses or (frame.id, index) in found:
                            continue
                        if (frame.id, index - back) in found:
                            continue
                        words = frame.match(pair, reading)
                        if words is None:
                            continue
                        shift = len(first.words)
                        where = frozenset(
                            (index - back, i) if i < shift else (index, i - shift) for i in words
                        )
                        hits.append(Hit(frame, index, where))
                        found.add((frame.id, index))
        # A frame that needs context counts after a signal elsewhere: not on the signal's
        # own words ("morgen doe ik het" is not its own context).
        signal_words = frozenset().union(*(h.words for h in hits))
        for hit in later:
            if elevated or (hits and not hit.words <= signal_words):
                hits.append(hit)
        if not hits:
            return NOTHING
        return _decide(hits, reading, elevated)


@dataclass(frozen=True, slots=True)
class Hit:
    """A frame that holds: in which clause, on which words (clause, word) of the message."""

    frame: Frame
    clause: int
    words: frozenset[tuple[int, int]]


def _joined(first: Clause, second: Clause) -> Clause:
    """Two clauses read as one, each keeping its own negations."""
    shift = len(first.words)
    spans = {concept: tuple(found) for concept, found in first.spans.items()}
    for concept, found in second.spans.items():
        moved = tuple(Span(s.start + shift, s.end + shift, s.lang) for s in found)
        spans[concept] = spans.get(concept, ()) + moved
    negated = dict(first.negated)
    negated |= {i + shift: frozenset(n + shift for n in by) for i, by in second.negated.items()}
    return Clause(first.words + second.words, first.lang or second.lang, spans, negated)


def _decide(hits: list[Hit], reading: Reading, elevated: bool) -> Assessment:
    concepts = reading.concepts
    # Over: said to be over, and nothing says it goes on (outside the clauses set in the past:
    # "elke dag" in "toen dacht ik er elke dag aan" is then, not now).
    ongoing = any(ONGOING in c.spans and PAST not in c.spans for c in reading.clauses)
    over = RESOLVED in concepts and not ongoing

    def in_past(index: int) -> bool:
        """A clause set in the distant past: by a marker in it or the one before ("toen ik
        16 was"), or by a past tense ("I wanted to die") when the message says it is over."""
        near = [reading.clauses[i].spans for i in (index - 1, index) if i >= 0]
        return any(PAST in spans or (over and PAST_TENSE in spans) for spans in near)

    def when(tier: str, kind: str, past: bool) -> tuple[str, str]:
        if past and over:
            return "past", kind
        if past and kind in LIFE and tier == "crisis":
            return "possible", kind  # an old attempt, not said to be over: ask
        return tier, kind

    signals = [(h, in_past(h.clause)) for h in hits if not h.frame.context]
    findings = [when(h.frame.tier, h.frame.kind, past) for h, past in signals]
    # Warning signs add up: two signals of suicide without clear intent, on different words
    # ("I'm a burden", "I looked up how many I need"), make a crisis together.
    possible = [
        (h.frame, h.words)
        for (h, _), (tier, kind) in zip(signals, findings, strict=True)
        if tier == "possible" and kind == "suicide"
    ]
    if any(
        (a is not b or a.adds_up) and words.isdisjoint(other)
        for n, (a, words) in enumerate(possible)
        for b, other in possible[n + 1 :]
    ):
        findings.append(("crisis", "suicide"))
    findings.sort(key=_strength, reverse=True)
    all_past = bool(signals) and all(past for _, past in signals)
    for hit in hits:
        frame, index = hit.frame, hit.clause
        if not frame.context:
            continue
        if elevated and not signals:
            findings.append(("crisis", frame.kind))
            continue
        # A frame that counts only after another signal takes that signal's kind, and its
        # time: the rope of a dark time that is over is part of that time.
        kind = findings[0][1] if findings else frame.kind
        tier = "crisis" if elevated else frame.tier
        findings.append(when(tier, kind, all_past or in_past(index)))
    findings.sort(key=_strength, reverse=True)
    tier, kind = findings[0]
    kinds = tuple(dict.fromkeys(k for t, k in findings if t == "crisis" or t == tier))
    return Assessment(tier, kind, kinds, tuple(dict.fromkeys(h.frame.id for h in hits)))


# Among findings of one tier: suicide and self-harm first, then a child, sexual violence,
# violence at home, eating.
_KIND_ORDER = ("eating", "violence", "sexual", "child", "self_harm", "suicide")


def _strength(finding: tuple[str, str]) -> tuple[int, int]:
    tier, kind = finding
    return TIERS.index(tier), _KIND_ORDER.index(kind)


def parse_frames(items: Iterable[Any], where: str, concepts: frozenset[str]) -> list[Frame]:
    """Frames from YAML data; ValueError naming `where` and the fault."""
    frames: list[Frame] = []
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        if not isinstance(item, Mapping):
            raise ValueError(f"{where}: frame {n} must be a mapping")
        name = str(item.get("id") or f"#{n}")
        unknown = set(item) - _FRAME_KEYS
        if unknown:
            raise ValueError(
                f"{where}: frame {name} has unknown keys: {', '.join(sorted(unknown))}"
            )
        if name in seen:
            raise ValueError(f"{where}: frame {name} is defined twice")
        seen.add(name)
        kind, tier = item.get("kind"), item.get("tier", "crisis")
        if kind not in KINDS:
            raise ValueError(f"{where}: frame {name}: kind must be one of {', '.join(KINDS)}")
        if tier not in ("possible", "crisis"):
            raise ValueError(f"{where}: frame {name}: tier must be possible or crisis")
        about = item.get("about", "self" if kind in LIFE else "anyone")
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
        frames.append(
            Frame(
                name,
                kind,
                tier,
                lists["all"],
                lists["unless"],
                lists["message"],
                _flag(item, "only", where, name),
                _flag(item, "context", where, name),
                about == "self",
                lists["unless_message"],
                _flag(item, "clause", where, name),
                _flag(item, "adds_up", where, name),
            )
        )
    return frames


def _flag(item: Mapping[str, Any], key: str, where: str, name: str) -> bool:
    value = str(item.get(key, "false")).lower()
    if value not in ("true", "false"):
        raise ValueError(f"{where}: frame {name}: {key} must be true or false")
    return value == "true"
