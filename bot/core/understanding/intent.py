"""What a typed sentence is, where Brug waited for a button or an answer: the intent reading.

`IntentReader.read(reading, at)` decides one intent for a message typed at a place (`at`):

- `menu`: the menu or another list of choices;
- `yesno`: a question with a few short answers ("Does this sound familiar?");
- `exercise`: an open question inside an exercise, where most texts are simply the answer.

The intents, in the order they win when several hold:

- command (menu, help, stop, nudges, export, forget, language, checkin, journal, step):
  "ik wil mijn gegevens zien";
- question (person, data, what, how, help): "am I talking to a real person?";
- choice (yes, no, later, bit, unsure; a visible choice by its meaning, at `yesno`):
  "oké doe maar", "liever later";
- event (moved, loss, retired, breakup, new_job, ill): "we zijn net gescheiden";
- topic (one of the nine flows): "I never make the first move";
- feeling (lonely, sad, empty, anxious, angry, tired, hopeful, grateful): "the weekends are
  the worst";
- doubt (doubt, refusal, anger): "geen idee", "this is useless";
- smalltalk (greeting, thanks, how_are_you, bye): "hoi Brug!";
- judgement (harsh): a harsh judgement of oneself ("ik ben een mislukking"), heard beside the
  winner; without a topic of its own, its topic is its offer (`offers`: judgement/harsh);
- answer (at `exercise`: the text answers the question), nothing (nothing recognised).

Inside an exercise a text is the answer unless it is a command (the whole message, or asked
of Brug: "can I see my journal"), a question about Brug or one that asks ("?"), doubt or small
talk that is most of the message ("geen idee", not "maybe they were busy"), news of a life
event, or a feeling or topic set aside from the question ("sorry, I feel so alone right now").
Of two feelings the one said with weight (`lead`) is heard, else the first; an event told as
long ago ("ten years ago", `PAST`) gives way to the topic heard with it (the old wound).
Besides the winner, the feeling, event, topic and judgement heard are kept (`Intent.feeling`
...), so an answer can reflect what was said and offer what fits.

The frames are data: `locales/intents.yaml`, with words per language in
`locales/<lang>/intents.yaml` (docs/dialogues.md, "Understanding free text").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypedDict, cast

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
from bot.core.understanding.model import IntentModel
from bot.core.understanding.reading import ASKS, Reading

__all__ = ["PLACES", "Intent", "IntentFrame", "IntentReader", "parse_intents", "parse_offers"]

PLACES = ("menu", "yesno", "exercise")
KINDS = {
    "command": (
        "menu",
        "help",
        "stop",
        "nudges",
        "export",
        "forget",
        "language",
        "checkin",
        "journal",
        "step",
    ),
    "question": ("person", "data", "what", "how", "help"),
    "choice": ("yes", "no", "later", "bit", "unsure"),
    "event": ("moved", "loss", "retired", "breakup", "new_job", "ill"),
    "topic": (
        "vulnerability",
        "beliefs",
        "danger_pause",
        "rumination",
        "initiative",
        "validation",
        "old_wounds",
        "reflection",
        "community",
    ),
    "feeling": ("lonely", "sad", "empty", "anxious", "angry", "tired", "hopeful", "grateful"),
    "doubt": ("doubt", "refusal", "anger"),
    "smalltalk": ("greeting", "thanks", "how_are_you", "bye"),
    "judgement": ("harsh",),
}
# The kind that wins, first. A judgement never wins on its own: it is heard beside the winner
# and makes the topic its offer ("I'm such a failure" is the beliefs topic).
ORDER = tuple(k for k in KINDS if k != "judgement")
# Inside an exercise (locales/<lang>/exercise.yaml): what sets a message aside from the
# exercise's question, and what makes a command a request to Brug.
ASIDE = "ASIDE"
REQUEST = "REQUEST"
AT_BRUG = "AT_BRUG"  # words that address Brug itself ("you", "deze app")
LONG_AGO = "PAST"  # words.yaml: "years ago", "as a kid", "toen ik jong was"
ASKING = "ASKING"  # a question by its first words, without a question mark ("waar kan ik")
_ASKING = frozenset({ASKS, ASKING})
# Values that give way to a later one of their kind.
_YIELDS = frozenset({"greeting"})
# What a person tells about themselves, in the order it leads.
_TOLD = ("event", "topic", "feeling")
# At a question with a few answers, a choice said after this many words yields to what is told.
_OPENING = (0, 1)
_KEYS = PATTERN_KEYS | {"intent", "at", "lead"}
# What the learned reading may hear in what the frames took for an answer, and how sure it
# must be: a feeling or a topic ("ik ben zo angstig de laatste weken"), or a choice said in
# more words than the frames hold ("ja hoor doe maar", "kan ik dit morgen afmaken"). Read on
# writers left out of training in turn (1,026 texts typed in exercises, 2026-11-30): right
# 0.785 with the frames' answer kept, 0.861 with feelings and topics, and no text those writers
# meant as the answer taken for something else; choices at 0.8 heard 12 more, and lost no
# answer (at 0.7 one: "rustig, beetje moe maar wel ok" is not "a bit"). Doubt would add 0.006
# but took a draft message ("je hoeft niet meteen te reageren") for a refusal: the frames keep
# it.
_HEARD_IN_ANSWERS = {"feeling": 0.7, "topic": 0.7, "choice": 0.8}
# It is asked there only when the lexicons see something of the kind: a feeling, a topic or
# an event, a choice's words, or a harsh label (so were all 78 feelings and topics it heard
# right on those writers; a plain answer, "my sister, on Saturday", costs no learned reading).
_MAY_TELL = frozenset({"HARSH_LABEL"})
# What only the frames may say, whatever the learned reading reads: a wish to delete everything
# (never by guess); a life event (the frames know whose it is: "my aunt retired last week" is no
# news of the writer's); an answer, and nothing.
_FRAMES_ONLY = frozenset({"command/forget", "event", "answer", "nothing"})
# What the frames heard that nothing replaces: that wish, and the questions whether Brug is a
# person and where real help is ("so lonely tonight, are you a real person?" gets its answer).
_FRAMES_KEEP = frozenset({"command/forget", "question/person", "question/help"})
# Outside exercises, where the frames heard nothing, the learned reading decides; where they
# heard something, it replaces it when it is this sure: 0.7 for another kind (a command or a
# question by its words included), 0.95 for another value of the same kind (another topic or
# feeling: "with my background I'll never fit in" is a belief, though the model reads the
# community at 0.9). Measured with each writer left out of the model's training in turn (5,312
# texts of 24 writers, 2026-12-01; the frames had been tuned on all of them): 0.942 right
# (0.941 with the questions above kept), against 0.939 when commands, questions and the
# frames' own kind were never replaced, and 0.957 for the model alone (which hears a greeting
# in "my evenings are very quiet these days").
OVERRIDE_CONFIDENCE = 0.7
SAME_KIND_CONFIDENCE = 0.95
# The lexicons' concepts of what a person tells: feelings, topics, life events.
_TOLD_CONCEPTS = ("F_", "T_", "EV_")
_CHOICE_CONCEPTS = "MEANS_"  # the words of a choice: MEANS_YES, MEANS_LATER, ...
# A choice said just before a feeling qualifies it ("bit blue today", "a little lonely").
_QUALIFIES = {("bit", "feeling")}
# Kinds that never swallow each other's words: a refusal at a yes/no question is its no.
_ALIKE = {("choice", "doubt")}


@dataclass(frozen=True, slots=True)
class IntentFrame(Pattern):
    """A pattern that means an intent (`kind/value`), at the places it applies."""

    intent: str = "nothing"
    at: tuple[str, ...] = PLACES
    # A feeling said this way ("I'm so lonely") is the message's point, ahead of a topic.
    lead: bool = False

    @property
    def kind(self) -> str:
        return self.intent.partition("/")[0]

    @property
    def value(self) -> str:
        return self.intent.partition("/")[2]


@dataclass(frozen=True, slots=True)
class Intent:
    """The intent of one message: `kind` and `value` (see the module's table), and what else
    was heard in it (a feeling, an event, a topic, a judgement), for a reply that reflects it.
    `aside`: inside an exercise, told beside the question (news, "sorry, I feel so alone right
    now"), so not the answer whatever the question asks."""

    kind: str = "nothing"
    value: str | None = None
    feeling: str | None = None
    event: str | None = None
    topic: str | None = None
    judgement: str | None = None
    aside: bool = False

    @property
    def label(self) -> str:
        """As the corpus writes it: "feeling/lonely", "answer", "nothing"."""
        return f"{self.kind}/{self.value}" if self.value else self.kind


NOTHING = Intent()


class _Heard(TypedDict, total=False):
    """What else a message told, beside its intent (the fields of `Intent` of that name)."""

    feeling: str | None
    event: str | None
    topic: str | None
    judgement: str | None


class IntentReader:
    """Intent frames indexed by their first concept, which exercise to offer for a feeling or
    a life event (`offers`: "feeling/lonely" -> "initiative"), and the learned reading
    (`model.IntentModel`, with the lexicon its features come from) that weighs in."""

    def __init__(
        self,
        frames: Sequence[IntentFrame],
        offers: Mapping[str, str],
        model: IntentModel | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.frames = tuple(frames)
        self.offers = dict(offers)
        self.model, self.lexicon = model, lexicon
        self._rank = {frame.id: n for n, frame in enumerate(self.frames)}
        # Frames by their first concept, per place. Inside an exercise what is told (a topic,
        # a feeling) counts only when set aside from the question, so it is looked for then.
        plain = {*KINDS} - {"topic", "feeling", "judgement"}
        self._index = {
            place: _index(f for f in self.frames if place in f.at) for place in PLACES
        } | {
            "exercise-plain": _index(
                f for f in self.frames if "exercise" in f.at and f.kind in plain
            ),
            "judgement": _index(f for f in self.frames if f.kind == "judgement"),
        }

    def _said(self, hit: Hit[IntentFrame]) -> tuple[int, int, int, int]:
        return (*_first_word(hit), -len(hit.reach), self._rank[hit.frame.id])

    def offer_for(self, intent: Intent) -> str:
        """The exercise to offer: for the topic heard, else for the event, else the feeling."""
        if intent.topic:
            return intent.topic
        for kind, value in (("event", intent.event), ("feeling", intent.feeling)):
            if value:
                return self.offers[f"{kind}/{value}"]
        return self.offers["default"]

    def read(self, reading: Reading, at: str, exercise: str | None = None) -> Intent:
        """The intent of a message typed at `at` (one of PLACES): the frames' reading, and
        the learned reading's where it may decide (see the module's description). Inside an
        exercise it says what a text is (a feeling told, a topic, doubt); whether that is
        the answer is for the step to decide, which knows what its question asks. Inside the
        exercise of one of the nine patterns (`exercise`: its flow), that pattern told is
        the answer ("weglopen" at the danger pause's question what you wanted to do)."""
        framed = self._framed(reading, at)
        if self.model is None or self.lexicon is None or framed.label in _FRAMES_KEEP:
            return framed
        if at == "exercise" and (framed.kind != "answer" or not _may_tell(reading, exercise)):
            return framed
        label, probability = self.model.best(reading, self.lexicon, at)
        kind, _, value = label.partition("/")
        if label == framed.label or label in _FRAMES_ONLY or kind in _FRAMES_ONLY:
            return framed
        if at == "exercise":
            if probability < _HEARD_IN_ANSWERS.get(kind, 2.0):
                return framed  # only a feeling, a topic or a choice the model is sure of
        elif kind == "choice" and at == "menu":
            return framed  # the menu offers topics, not yes or no: "een beetje" is not a choice
        elif framed.kind != "nothing":
            sure = SAME_KIND_CONFIDENCE if kind == framed.kind else OVERRIDE_CONFIDENCE
            if probability < sure:
                return framed  # the frames heard something, and the model is not sure enough
        told = cast(_Heard, {kind: value} if kind in _TOLD else {})  # heard beside, too
        return replace(framed, kind=kind, value=value or None, **told)

    def _framed(self, reading: Reading, at: str) -> Intent:
        place = "exercise-plain" if at == "exercise" and ASIDE not in reading.concepts else at
        # In the order said; of two said from the same word, the longer first, then the
        # frames' own order (never the order a set happens to give).
        hits = _outermost(sorted(find(self._index[place], reading), key=self._said))
        heard: dict[str, str] = {}
        where: dict[str, tuple[int, int]] = {}  # where each kind was first said
        for hit in hits:
            kind, value = hit.frame.kind, hit.frame.value
            if heard.get(kind) in _YIELDS:  # "hoi! hoe gaat het?" asks how Brug is
                del heard[kind]
            if kind not in heard:
                heard[kind], where[kind] = value, _first_word(hit)
        # Of two feelings, the one said with weight is the point ("a bit tired, but mostly
        # lonely", "ik baal, maar ik ben vooral zo boos"); else the first one said.
        weighty = next((h for h in hits if h.frame.kind == "feeling" and h.frame.lead), None)
        if weighty is not None:
            heard["feeling"], where["feeling"] = weighty.frame.value, _first_word(weighty)
        judgement = heard.get("judgement")
        if judgement is not None:  # "in my head I'm the loser": the judgement is the topic
            heard["topic"] = self.offers[f"judgement/{judgement}"]
        also = cast(_Heard, {k: heard.get(k) for k in ("feeling", "event", "topic", "judgement")})
        told = [k for k in _TOLD if k in heard]
        if at == "exercise":
            return self._in_exercise(reading, hits, heard, where, told, also)
        if "choice" in heard and told and where["choice"] > _OPENING:
            # "te moe voor alles, totally drained": a choice word later on is not the answer
            del heard["choice"]
        order = ORDER
        if "event" in heard and "topic" in heard and LONG_AGO in reading.concepts:
            # an event of long ago that is told is no news: "that breakup ten years ago still
            # hurts" is the old wound, "we zijn net gescheiden" the event
            order = tuple(k for k in ORDER if k != "event")
        if "topic" in heard and any(h.frame.lead for h in hits if h.frame.kind == "feeling"):
            order = tuple(k for k in ORDER if k != "feeling")
            order = (*order[: order.index("topic")], "feeling", *order[order.index("topic") :])
        for kind in order:
            if kind in heard:
                return Intent(kind, heard[kind], **also)
        return NOTHING

    def judgement(self, reading: Reading) -> str | None:
        """The judgement a text holds ("harsh" for "I'm a failure"), wherever it was typed."""
        hits = find(self._index["judgement"], reading)
        return min(hits, key=_first_word).frame.value if hits else None

    def _in_exercise(
        self,
        reading: Reading,
        hits: Sequence[Hit[IntentFrame]],
        heard: Mapping[str, str],
        where: Mapping[str, tuple[int, int]],
        told: Sequence[str],
        also: _Heard,
    ) -> Intent:
        """Inside an exercise most texts are the answer; see the module's description."""
        concepts = reading.concepts
        aside = ASIDE in concepts

        def most(kind: str) -> bool:  # the words of this kind are most of the message
            said = {w for h in hits if h.frame.kind == kind for w in h.reach}
            return 2 * len(said) >= reading.word_count

        commanded = any(h.frame.kind == "command" and h.frame.only for h in hits)
        if "command" in heard and (commanded or REQUEST in concepts):
            return Intent("command", heard["command"], **also)
        question = heard.get("question")
        if question is not None and (question != "help" or concepts & _ASKING):
            return Intent("question", question, **also)
        doubt = heard.get("doubt")
        if doubt is not None and (
            most("doubt") or aside or (doubt == "anger" and AT_BRUG in concepts)
        ):
            return Intent("doubt", doubt, **also)
        # A choice said as a clause of its own, first, with nothing told ("later graag, ik sta
        # te koken", "sort of, a bit"): a button by its meaning, where the step has one (else
        # the step takes it as the answer).
        choice = heard.get("choice")
        if choice is not None and not told and _alone(hits, reading):
            return Intent("choice", choice, **also)
        if "smalltalk" in heard and most("smalltalk"):
            return Intent("smalltalk", heard["smalltalk"], **also)
        # News of a life event is heard; a feeling or a topic only when it is set aside
        # from the question ("sorry, I feel so alone right now"): else it is the answer.
        for kind in told:
            if kind == "event" or aside:
                return Intent(kind, heard[kind], aside=True, **also)
        return Intent("answer", None, **also)


def _may_tell(reading: Reading, exercise: str | None) -> bool:
    """Whether a text holds a concept of what the learned reading may hear in an answer,
    the topic of the exercise it was typed in left out."""
    concepts = reading.concepts
    own = f"T_{exercise.upper()}" if exercise else None
    return not _MAY_TELL.isdisjoint(concepts) or any(
        (c.startswith(_TOLD_CONCEPTS) and c != own) or c.startswith(_CHOICE_CONCEPTS)
        for c in concepts
    )


def _alone(hits: Sequence[Hit[IntentFrame]], reading: Reading) -> bool:
    """Whether the first clause is a choice said on its own ("later graag", "sort of")."""
    first = [h for h in hits if h.clause == 0]
    if not first or first[0].frame.kind != "choice":
        return False
    said = {i for h in first if h.frame.kind == "choice" for c, i in h.reach if c == 0}
    clause = reading.clauses[0]
    told = {
        i
        for concept, spans in clause.spans.items()
        if concept.startswith(_TOLD_CONCEPTS)
        for span in spans
        for i in range(span.start, span.end)
    }
    rest = set(range(len(clause.words))) - said
    return len(rest) <= 1 and not rest & told


def _outermost(hits: Sequence[Hit[IntentFrame]]) -> list[Hit[IntentFrame]]:
    """The hits not said inside another kind's longer words: "alles goed met jou" asks how
    Brug is, its "goed" is no yes; "a bit" before a feeling says how much, not which choice."""
    return [
        hit
        for hit in hits
        if hit.frame.kind == "judgement"
        or not any(_inside(hit, other) for other in hits if other is not hit)
    ]


def _inside(hit: Hit[IntentFrame], other: Hit[IntentFrame]) -> bool:
    """Whether `hit` is said within `other`, of another kind, or qualifies it."""
    kind, other_kind = hit.frame.kind, other.frame.kind
    if not hit.reach or not other.reach or other_kind in (kind, "judgement"):
        return False
    if (kind, other_kind) not in _ALIKE and hit.reach < other.reach:
        return True
    return (
        (hit.frame.value, other_kind) in _QUALIFIES
        and hit.clause == other.clause
        and 0 < min(other.reach)[1] - max(hit.reach)[1] <= 2
    )


def _index(frames: Iterable[IntentFrame]) -> dict[str, list[IntentFrame]]:
    by_concept: dict[str, list[IntentFrame]] = {}
    for frame in frames:
        by_concept.setdefault(frame.all[0], []).append(frame)
    return by_concept


def _first_word(hit: Hit[IntentFrame]) -> tuple[int, int]:
    return min(hit.reach) if hit.reach else (0, 0)


def parse_intents(
    items: Iterable[Any], where: str, concepts: frozenset[str], lang: str | None = None
) -> list[IntentFrame]:
    """Intent frames from YAML data (of one language's file: `lang`); ValueError naming
    `where` and the fault."""
    frames: list[IntentFrame] = []
    for item in check_keys(items, where, _KEYS):
        name = str(item.get("id"))
        intent = str(item.get("intent", ""))
        kind, _, value = intent.partition("/")
        if value not in KINDS.get(kind, ()):
            known = ", ".join(f"{k}/{v}" for k, values in KINDS.items() for v in values[:1])
            raise ValueError(f"{where}: frame {name}: intent must be kind/value, like {known}")
        at = item.get("at") or list(PLACES)
        if not isinstance(at, list) or not set(at) <= set(PLACES):
            raise ValueError(f"{where}: frame {name}: at lists places of {', '.join(PLACES)}")
        fields = pattern_fields(item, where, concepts, "anyone", lang)
        lead = flag(item, "lead", where, name)
        if lead and kind != "feeling":
            raise ValueError(f"{where}: frame {name}: only a feeling leads (lead: true)")
        frames.append(IntentFrame(**fields, intent=intent, at=tuple(at), lead=lead))
    return frames


def parse_offers(data: Any, where: str) -> dict[str, str]:
    """Which exercise to offer per feeling, event and judgement (and `default`); every one
    needs one. ValueError naming `where` and the fault."""
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: offers must map feeling/... and event/... to a topic")
    offered = ("feeling", "event", "judgement")
    needed = {f"{k}/{v}" for k in offered for v in KINDS[k]} | {"default"}
    missing = sorted(needed - set(data))
    if missing:
        raise ValueError(f"{where}: offers lacks {', '.join(missing)}")
    topics = set(KINDS["topic"]) | {"small_step"}
    wrong = sorted(k for k, v in data.items() if v not in topics)
    if wrong:
        raise ValueError(f"{where}: offers: {', '.join(wrong)} must name one of the nine topics")
    return {str(k): str(v) for k, v in data.items()}
