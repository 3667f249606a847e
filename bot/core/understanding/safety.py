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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.core.understanding.frames import (
    PATTERN_KEYS,
    Hit,
    Pattern,
    check_keys,
    find,
    flag,
    pattern_fields,
)
from bot.core.understanding.lexicon import Lexicon
from bot.core.understanding.model import NONE, SafetyModel
from bot.core.understanding.reading import ASKS, NEG, Reading

__all__ = [
    "KINDS",
    "NOTHING",
    "TIERS",
    "Assessment",
    "Frame",
    "SafetyCheck",
    "Urgent",
    "parse_frames",
]

TIERS = ("none", "past", "possible", "crisis")
KINDS = ("suicide", "self_harm", "violence", "child", "sexual", "eating")
# Kinds whose crisis answer is the suicide and crisis lines; the others are safeguarding.
LIFE = ("suicide", "self_harm")
PAST = "PAST"
PAST_TENSE = "PAST_TENSE"
RESOLVED = "RESOLVED"
ONGOING = "ONGOING"
RELAPSE, AGAIN = "RELAPSE", "AGAIN"
_GOING_ON = frozenset({AGAIN, ONGOING})  # "again", "still": not over, whatever else is
TEEN = "TEEN"  # 15 to 17 years old: sexual violence then leads, the children's lines beside
_FRAME_KEYS = PATTERN_KEYS | {"kind", "tier", "context", "adds_up"}
MODEL = "model"  # in `Assessment.frames`: the learned reading found it, no frame did
# The learned reading adds up its words' weights, as it was trained on messages of a few
# lines: a much longer one (a pasted text) is left to the frames.
MODEL_WORDS = 150
# The share of a message's words that the learned reading must know (have weights for) to
# speak on it alone (`LinearModel.known`). Below it, what it reads is mostly its intercepts,
# which lean to danger as the corpus does (0.66 of danger for a message of unknown words,
# trained 2026-12-02): "DCC SEND STARTKEYLOGGER 0 0 0" (the naughty strings; one word of
# three known) had the calm question about self-harm. Numbers alone ("1.0/0.0", a phone
# number) are not words it can read either: it knows them only beside words (days, kilos,
# pills), and alone they lean to eating. Of the 7,819 findings of the learned reading alone
# in the development corpus, none is of a message with fewer than half its words known, and
# two of one with fewer than two thirds.
KNOWN = 0.5
# The fewest words in which the learned reading may overrule the frames (`overruled`).
OVERRULE_WORDS = 6
# Inside a safety answer, the probability from which the learned reading's suicide or
# self-harm counts (and then as a crisis): the person has said something of it already.
# Read with the writers in five groups, each left out of training in turn (2026-12-01): at
# 0.5, 7 more of 12,700 crisis messages had the helplines at once ("ik heb de pillen al een
# maand gespaard" … "vanavond dus"), and no ordinary message had an alarm (0.4 and 0.3: 7
# and 8).
ELEVATED = {"suicide": 0.5, "self_harm": 0.5}


@dataclass(frozen=True, slots=True)
class Frame(Pattern):
    """A pattern of danger: its kind and tier, whether it needs another signal first
    (`context`), and whether holding again on other words adds up (`adds_up`)."""

    kind: str = "suicide"
    tier: str = "crisis"
    context: bool = False
    adds_up: bool = False

    @property
    def spans_clauses(self) -> bool:
        """Never for a frame that needs context: it counts only beside another signal."""
        return not (self.context or self.only or self.clause or NEG in self.all)


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


@dataclass(frozen=True, slots=True)
class Urgent:
    """What makes a signal of suicide or self-harm without clear intent a crisis
    (`urgent:` of locales/safety.yaml): concepts beside the learned reading's finding
    (`learned`) or beside a frame's (`beside`), unless the message asks (`asking`); and what
    explains a finding of the learned reading alone away (`calm`: a move abroad explains the
    goodbyes), as the frames' `unless_message` does for theirs; what makes a time beside
    the time of an ordinary plan (`ordinary`: "ik ben op. morgen lekker uitslapen"); and what
    takes back what set off a safety answer (`takes_back`: "nee sorry, ik bedoelde...")."""

    learned: frozenset[str] = frozenset()
    beside: frozenset[str] = frozenset()
    asking: frozenset[str] = frozenset()
    calm: frozenset[str] = frozenset()
    ordinary: frozenset[str] = frozenset()
    takes_back: frozenset[str] = frozenset()


class SafetyCheck:
    """Frames indexed by concept, so a clause is tried only against frames it could fit;
    and the learned reading (`model.py`) for what no frame holds."""

    def __init__(
        self,
        frames: Sequence[Frame],
        model: SafetyModel | None = None,
        lexicon: Lexicon | None = None,
        urgent: Urgent | None = None,
    ) -> None:
        self.frames = tuple(frames)
        self.model, self.lexicon = model, lexicon
        self.urgent = urgent if urgent is not None else Urgent()
        self._by_concept: dict[str, list[Frame]] = {}
        for frame in self.frames:
            self._by_concept.setdefault(frame.all[0], []).append(frame)

    def assess(self, reading: Reading, *, elevated: bool = False) -> Assessment:
        """The tier and kind of one message; `elevated` when the conversation is still in a
        safety answer, so that "vannacht doe ik het" is read as what it then means; unless the
        message takes back what set the answer off ("nee sorry, ik sta er gewoon te wachten
        op mn vriendin"): then it is read as it would be on its own."""
        elevated = elevated and not self.takes_back(reading)
        found = find(self._by_concept, reading)
        hits = [h for h in found if not h.frame.context]
        # A frame that needs context counts after a signal elsewhere: not on the signal's
        # own words ("morgen doe ik het" is not its own context).
        signal_words = frozenset().union(*(h.words for h in hits))
        for hit in found:
            if hit.frame.context and (elevated or (hits and not hit.words <= signal_words)):
                hits.append(hit)
        if hits:
            framed = self._framed(hits, reading, elevated)
            if framed.tier != "past" and not elevated and self.overruled(reading, hits):
                return NOTHING
            return framed
        if self.model is None or self.lexicon is None or reading.word_count > MODEL_WORDS:
            return NOTHING
        learned = self._learned(found, reading, elevated)
        # asked only of a finding, so an ordinary message's words are looked up once
        if learned is not NOTHING and self.model.known(reading, self.lexicon) < KNOWN:
            return NOTHING
        return learned

    def overruled(self, reading: Reading, hits: Sequence[Hit[Frame]]) -> bool:
        """Whether the learned reading is all but certain that a message in which frames found
        something (`hits`) is ordinary: the probability of `none` at least the model's
        `ordinary`, in a message of `OVERRULE_WORDS` words or more that it reads whole
        (`MODEL_WORDS`), and as sure of the clauses the frames found it in, read alone ("Ik
        wil dood." before a page of the day's news is not made ordinary by the news). The
        frames know words, the model the company they keep: "ik heb een kaarsje aangestoken
        en ga straks met mijn dochter naar het graf" holds a blade to the frames, a
        remembrance to the model. Never inside a safety answer (the caller's `elevated`), and
        never over a dark time that is over (the model reads those as ordinary: their answer
        is a kind word, no alarm).

        Read with the writers in five groups, each left out of training in turn (2026-12-01,
        64,383 messages, 16,153 of them crises, 30,213 ordinary): 35 of 686 false alarms went
        and no message of danger, of a dark time or of a signal lost its answer. Over the
        whole message alone, 105 went, but a sentence of danger drowned in a long ordinary
        one would have gone too; at 0.995, 142, and 4 crises lost theirs ("Ik ga deze week
        mijzelf dood maken"). A few plain words are left to the frames: "ik ben suïcidaal"
        alone read as 0.993 ordinary to a model trained without its writer."""
        model, lexicon = self.model, self.lexicon
        if model is None or lexicon is None:
            return False
        if not OVERRULE_WORDS <= reading.word_count <= MODEL_WORDS:
            return False
        if model.probabilities(reading, lexicon)[NONE] < model.ordinary:
            return False
        found = sorted({n for hit in hits for n, _ in hit.words})
        if len(found) == len(reading.clauses):
            return True
        clauses = tuple(reading.clauses[n] for n in found)
        concepts = frozenset().union(*(c.spans for c in clauses)) | (reading.concepts & {ASKS})
        alone = Reading(reading.text, clauses, reading.lang, concepts)
        return model.probabilities(alone, lexicon)[NONE] >= model.ordinary

    def _framed(self, hits: list[Hit[Frame]], reading: Reading, elevated: bool) -> Assessment:
        """What the frames that hold find, with the learned reading's say in its tier."""
        found_now = self._lead(_decide(hits, reading, elevated), reading)
        if self._urgent_beside(found_now, hits, reading):
            return Assessment("crisis", found_now.kind, found_now.kinds, found_now.frames)
        tier = self._learned_tier(found_now, hits, reading, elevated)
        if tier is not None:
            frames = (*found_now.frames, MODEL)
            return Assessment(tier, found_now.kind, found_now.kinds, frames)
        return found_now

    def _learned(self, found: Sequence[Hit[Frame]], reading: Reading, elevated: bool) -> Assessment:
        """Where no frame holds: what the learned reading finds; inside a safety answer
        (`elevated`), suicide or self-harm from `ELEVATED` on, and then as a crisis."""
        assert self.model is not None and self.lexicon is not None
        calm = self.urgent.calm
        if any(
            clause.free(c) for clause in reading.clauses for c in calm.intersection(clause.spans)
        ):
            return NOTHING  # not when negated: "nee, niet voor de weekdoos"
        probabilities = self.model.probabilities(reading, self.lexicon)
        danger = self.model.danger_of(probabilities, ELEVATED if elevated else None)
        if danger is None:
            # Below the threshold, but what it reads is a plan: read with the writers in
            # five groups, each left out of training in turn (2026-12-01), this answered 44
            # more of 16,153 crises at once and raised 41 more alarms on 30,233 ordinary
            # messages (at 0.4 and 0.99, as counted before the calm concepts: 81 and 80).
            urgent = self.model.urgent_below(reading, self.lexicon, LIFE, probabilities)
            if urgent is None:
                return NOTHING
            return Assessment("crisis", urgent, (urgent,), (MODEL,))
        kind, probability = danger
        # The learned reading is a warning sign of its own: a frame that counts only
        # after a signal ("daar ga ik staan", "dan is het al gebeurd", the rope) now
        # does, and makes it a crisis, as beside a frame's signal.
        context = [h for h in found if h.frame.context and h.frame.kind in LIFE]
        if kind in LIFE and context:
            found_kind = _decide(context, reading, True)
            if found_kind.tier in ("crisis", "past"):
                return Assessment(
                    found_kind.tier,
                    found_kind.kind,
                    found_kind.kinds,
                    (MODEL, *found_kind.frames),
                )
        # It reads like suicide or self-harm and says when or with what (as a plan), or
        # the learned urgency reads it as a crisis: the letter on the kitchen table, the
        # bleeding that will not stop. Read on writers left out of training in turn
        # (2026-11-30): of 94 such findings that had the calm question, the urgency at
        # its cut made 25 of 30 crises one, 3 of 54 signals without clear intent, and
        # 3 of 10 ordinary messages that had the calm question already.
        concepts = reading.concepts
        asks = not self.urgent.asking.isdisjoint(concepts)
        urgency = self.model.urgency
        if kind in LIFE and (
            elevated
            or (not asks and not self.urgent.learned.isdisjoint(concepts))
            or (urgency is not None and "crisis" in urgency.sure_tiers(reading, self.lexicon))
        ):
            return Assessment("crisis", kind, (kind,), (MODEL,))
        # Violence, a child, sexual violence or eating, read with near certainty: its own
        # answer and lines, as when a frame holds.
        if kind not in LIFE and probability >= self.model.sure:
            return Assessment("crisis", kind, (kind,), (MODEL,))
        # no frame holds, but it reads like danger: ask, gently
        return Assessment("possible", kind, (kind,), (MODEL,))

    def takes_back(self, reading: Reading) -> bool:
        """Whether a message takes back what set off a safety answer: a correction ("no
        sorry, I meant...", "grapje") that no negation covers."""
        return any(clause.free(c) for clause in reading.clauses for c in self.urgent.takes_back)

    def _lead(self, found: Assessment, reading: Reading) -> Assessment:
        """Which kind leads when the frames found more than one, or a safeguarding kind the
        learned reading is sure is another. Frames of more than one kind, of one tier, none
        of them suicide: the kind the learned reading finds likeliest leads ("binged again and
        made myself sick. my throat is bleeding" is about eating before self-harm; "mijn man
        slaat onze zoon" about a child before violence at home). A frame of one safeguarding
        kind, where the learned reading is `sure` of another ("my uncle does bad touch to me
        when papa and mummy go out. I am 13": a child, not control at home): that one. Suicide
        always leads; without the learned reading the fixed order stands (`_KIND_ORDER`)."""
        if found.kind == "suicide" or found.tier == "past":
            return found
        if self.model is None or self.lexicon is None:
            return found
        if len(found.kinds) < 2 and found.kind in LIFE:
            return found
        probabilities = self.model.probabilities(reading, self.lexicon)
        kind = max(found.kinds, key=lambda k: probabilities.get(k, 0.0))
        if found.kind not in LIFE:
            likeliest = max(probabilities, key=probabilities.__getitem__)
            sure = probabilities[likeliest] >= self.model.sure
            if likeliest != NONE and likeliest not in LIFE and sure:
                kind = likeliest
        if kind == found.kind:
            return found
        kinds = (kind, *(k for k in found.kinds if k != kind))
        return Assessment(found.tier, kind, kinds, found.frames)

    def _learned_tier(
        self, found: Assessment, hits: Sequence[Hit[Frame]], reading: Reading, elevated: bool
    ) -> str | None:
        """The tier the learned urgency gives a frame's finding of suicide or self-harm, where
        it may change it; None to keep the frames' own. Asked when the message asks nothing
        and holds more than a bare vague plan ("morgen doe ik het" alone, the words of a short
        frame and nothing else, needs the calm question). A short message of one clause is
        asked too ("sta op de brug bij de ring", "touw gekocht"): on a writer of very short
        messages, not in training (dev-w108, 2026-12-01), 4 more of its 80 crises got the
        helplines at once and nothing else moved; in the development corpus 16 more, and no
        message of a signal without clear intent or of a dark time that is over.

        - A signal without clear intent that reads as a crisis is one ("sitting on the tracks
          by the level crossing. the last train comes at 23:40"): as a plan.
        - A finding in a message that names a time long gone, read as a dark time that is over
          ("ten years ago I tried to end my life. now I have two kids and a job I love"), is
          the past: a kind word and where help is, once. Never inside a safety answer, and
          never when something says it goes on or came back ("twee weken clean en nu weer")."""
        model = self.model
        if found.kind not in LIFE or model is None or model.urgency is None:
            return None
        if self.lexicon is None or (
            len(reading.clauses) < 2 and all(hit.frame.only for hit in hits)
        ):
            return None
        concepts = reading.concepts
        if not self.urgent.asking.isdisjoint(concepts):
            return None
        sure = model.urgency.sure_tiers(reading, self.lexicon)
        if found.tier == "possible" and "crisis" in sure:
            return "crisis"
        if (
            "past" in sure
            and found.tier in ("crisis", "possible")
            and PAST in concepts
            and concepts.isdisjoint(_GOING_ON)
            and not elevated
        ):
            return "past"
        return None

    def _urgent_beside(
        self, found: Assessment, hits: Sequence[Hit[Frame]], reading: Reading
    ) -> bool:
        """A signal of suicide or self-harm without clear intent, and in another clause a
        time, a plan or the means at hand, not negated ("I've been a burden for years. I'm fixing
        that this weekend"; "the rope is bought. the beam is high enough"): as a plan."""
        concepts = reading.concepts
        if found.tier != "possible" or found.kind not in LIFE or PAST in concepts:
            return False
        if not self.urgent.asking.isdisjoint(concepts):
            return False
        # In a clause of its own: "vandaag" in "k heb vandaag een touw gekocht" says when
        # the rope was bought, not when anything will happen.
        # A clause with an ordinary plan or a day off says when that happens ("morgen lekker
        # uitslapen").
        signal = {n for h in hits if not h.frame.context for n, _ in h.words}
        ordinary = self.urgent.ordinary
        return any(
            clause.free(concept)
            for n, clause in enumerate(reading.clauses)
            if n not in signal
            and not any(clause.free(c) for c in ordinary.intersection(clause.spans))
            for concept in self.urgent.beside.intersection(clause.spans)
        )


def _decide(hits: list[Hit[Frame]], reading: Reading, elevated: bool) -> Assessment:
    concepts = reading.concepts
    # Over: said to be over, and nothing says it goes on (outside the clauses set in the past:
    # "elke dag" in "toen dacht ik er elke dag aan" is then, not now).
    # ("now I'm happy" is not ongoing: the clause itself says it is over).
    # A relapse said with "again" goes on, however long the writer was clean before it ("na 8
    # maanden clean heb ik het vanavond weer gedaan").
    ongoing = any(
        (ONGOING in c.spans and PAST not in c.spans and RESOLVED not in c.spans)
        or (RELAPSE in c.spans and AGAIN in c.spans)
        for c in reading.clauses
    )
    over = RESOLVED in concepts and not ongoing
    dated = PAST in concepts

    def in_past(index: int) -> bool:
        """A clause set in the distant past: by a marker in it or the one before ("toen ik
        16 was"), or by a past tense ("I wanted to die") when the message says it is over."""
        near = [reading.clauses[i].spans for i in (index - 1, index) if i >= 0]
        if any(PAST in spans or (over and PAST_TENSE in spans) for spans in near):
            return True
        # Said to be over and set in the past anywhere ("at 15 I cut. I'm 28 now and the
        # scars are white"): the scars of the last clause belong to that time too.
        return over and dated

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
    if kind == "child" and (tier, "sexual") in findings and TEEN in reading.concepts:
        kind = "sexual"  # "I'm 15 and he says he'll send it to my school": its lines first
    found = (k for t, k in findings if t == "crisis" or t == tier)
    kinds = tuple(dict.fromkeys((kind, *found)))
    return Assessment(tier, kind, kinds, tuple(dict.fromkeys(h.frame.id for h in hits)))


# Among findings of one tier: suicide and self-harm first, then a child, sexual violence,
# violence at home, eating; where the learned reading is at hand, it orders all but suicide
# (`SafetyCheck._lead`).
_KIND_ORDER = ("eating", "violence", "sexual", "child", "self_harm", "suicide")


def _strength(finding: tuple[str, str]) -> tuple[int, int]:
    tier, kind = finding
    return TIERS.index(tier), _KIND_ORDER.index(kind)


def parse_frames(
    items: Iterable[Any], where: str, concepts: frozenset[str], lang: str | None = None
) -> list[Frame]:
    """Frames from YAML data (of one language's file: `lang`); ValueError naming `where` and
    the fault."""
    frames: list[Frame] = []
    for item in check_keys(items, where, _FRAME_KEYS):
        name = str(item.get("id"))
        kind, tier = item.get("kind"), item.get("tier", "crisis")
        if kind not in KINDS:
            raise ValueError(f"{where}: frame {name}: kind must be one of {', '.join(KINDS)}")
        if tier not in ("possible", "crisis"):
            raise ValueError(f"{where}: frame {name}: tier must be possible or crisis")
        fields = pattern_fields(item, where, concepts, "self" if kind in LIFE else "anyone", lang)
        frames.append(
            Frame(
                **fields,
                kind=str(kind),
                tier=str(tier),
                context=flag(item, "context", where, name),
                adds_up=flag(item, "adds_up", where, name),
            )
        )
    return frames
