"""The step function: `step(state, event) -> Step`, pure and total.

Everything a conversation does happens here, without I/O: read what the person sent, move the
flow's machine, say the next texts. The engine around it loads, saves and sends.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import computations, inputs, nudging, weeks
from bot.core.dialogue import (
    ANSWER_REF,
    EXIT_PREFIX,
    SAFETY_LABELS,
    Choice,
    Dialogues,
    Flow,
    Remind,
    Route,
    State,
    move,
    parse_when,
)
from bot.core.helplines import NEEDS, HelplineBook
from bot.core.messages import Button, ButtonPress, Incoming, Outgoing, Scheduled
from bot.core.state import ConversationState, Position
from bot.core.texts import LANGUAGES, Texts, format_clock, format_day
from bot.core.understanding import NOTHING, Assessment, Intent, Reading, Understanding
from bot.core.understanding.safety import LIFE
from bot.core.when import (
    DEFAULT_TZ,
    MORNING,
    clock_words,
    local_to_utc,
    local_today,
    parse_clock,
    read_clock,
    read_day,
)

COMMAND_PREFIXES = ("/", "!")
NUDGE_PREFIX = "nudge:"
REMIND_PREFIX = "remind:"  # + the flow it starts, so the rest of a series can be cancelled
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CLOCK = re.compile(r"^\d{2}:\d{2}$")
_NUMBER = re.compile(r"^\s*(\d{1,5})[.)]?\s*$")
MAX_HOPS = 40
_REASK_BUTTONS = 4  # a re-ask shows the buttons again up to this many
_REPEAT_CHARS = 200  # a question this long or shorter is asked again after an answer between
# A meaning typed in words, and the button meanings it may pick when that one is not shown.
_CHOICE_MEANINGS = {
    "yes": ("yes",),
    "no": ("no", "later"),
    "later": ("later", "no"),
    "bit": ("bit", "yes"),
    "unsure": ("unsure", "bit"),
}
# At an open question (no button means it), what a choice typed in words is heard as.
_AT_OPEN_QUESTION = {
    "later": ("command", "stop"),
    "unsure": ("doubt", "doubt"),
}
# The flows of a safety answer.
SAFETY_FLOWS = ("safety", "safety_check", "safeguard")
# The answers to suicide and self-harm: while someone is in one, "vannacht doe ik het" means
# what it says (the check reads it with `elevated`). Not the safeguarding answers: after a
# disclosure of violence or of not eating, "thanks, I don't want to call anyone" is read as it
# would be on its own, and gets that answer's warm word and lines again, not the suicide lines.
CRISIS_FLOWS = ("safety", "safety_check")
_LINES_SUFFIX = "_lines"  # a text variable `violence_lines` is the lines for that need
_TOLD = "told_"  # answers kept for `back`: what was told beside a typed choice


@dataclass(frozen=True, slots=True)
class SafetyEvent:
    """A safety answer was given: only what the check found (its label), never the words."""

    kind: str


@dataclass(frozen=True, slots=True)
class SaveRecord:
    kind: str
    data: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Schedule:
    """A row for the schedule: a timed step (`timer`) or a flow to start (`remind`)."""

    kind: str
    due_at: int
    payload: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class PlanNudges:
    """The next due time of each nudge kind (None: none pending), replacing the old; and
    other kinds of row (a reminder series) whose pending rows are to go."""

    plans: Mapping[str, int | None]
    cancel: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NudgeOutcome:
    """What became of a due nudge (sent, or why not), for metrics and logs."""

    kind: str
    outcome: str


@dataclass(frozen=True, slots=True)
class ShowView:
    """Messages built from stored records, to be placed at `at` among this step's replies."""

    view: str
    at: int


@dataclass(frozen=True, slots=True)
class ExportData:
    """The person asked for everything stored about them; the engine gathers it."""


@dataclass(frozen=True, slots=True)
class ForgetUser:
    """Delete every row of this person, on this platform."""


Effect = (
    SafetyEvent
    | SaveRecord
    | Schedule
    | PlanNudges
    | NudgeOutcome
    | ShowView
    | ExportData
    | ForgetUser
)


@dataclass(frozen=True, slots=True)
class Step:
    state: ConversationState
    outgoing: tuple[Outgoing, ...]
    effects: tuple[Effect, ...] = ()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Typed words, folded, that mean a command or a kind of answer in any language, and the
    menu's labels (`topics`: "stuck in your head" -> rumination), which start their flow from
    any prompt where no button says them."""

    commands: Mapping[str, str]
    meanings: Mapping[str, str]
    topics: Mapping[str, str]

    @classmethod
    def build(cls, dialogues: Dialogues, texts: Texts) -> Vocabulary:
        commands: dict[str, str] = {}
        for name in dialogues.commands:
            for word in texts.words(f"command-{name}-words"):
                commands.setdefault(inputs.folded(word), name)
        meanings: dict[str, str] = {}
        means = {
            m
            for f in dialogues.flows.values()
            for s in f.states.values()
            for c in s.choices
            for m in c.means
        }
        for name in sorted(means):
            for word in texts.words(f"means-{name}"):
                meanings.setdefault(inputs.folded(word), name)
        topics: dict[str, str] = {}
        menu = dialogues.flows.get("menu")
        for state in menu.states.values() if menu else ():
            for choice in state.choices:
                if choice.route.flow and not choice.route.when:
                    for lang in texts.languages:
                        label = inputs.folded(texts.get(lang, choice.text))
                        topics.setdefault(label, choice.route.flow)
        return cls(commands, meanings, topics)


@dataclass(frozen=True, slots=True)
class Context:
    """What the step function reads besides the state: content loaded once at start-up."""

    dialogues: Dialogues
    texts: Texts
    helplines: HelplineBook
    understanding: Understanding
    vocabulary: Vocabulary

    @classmethod
    def build(
        cls,
        dialogues: Dialogues,
        texts: Texts,
        helplines: HelplineBook,
        understanding: Understanding,
    ) -> Context:
        vocabulary = Vocabulary.build(dialogues, texts)
        return cls(dialogues, texts, helplines, understanding, vocabulary)


def step(state: ConversationState, event: Incoming, ctx: Context, now: datetime) -> Step:
    """One incoming event applied to one conversation: the new state and what to say."""
    return _Turn(state, event, ctx, now).run()


def _heard_key(kind: str, value: str) -> str:
    """The text that answers what was heard: "heard-smalltalk-thanks" for ("smalltalk",
    "thanks"); a variant of a flow of its own adds "-safety" or "-<flow>"."""
    return f"heard-{kind}-{value.replace('_', '-')}"


@dataclass
class _Turn:
    state: ConversationState
    event: Incoming
    ctx: Context
    now: datetime
    out: list[Outgoing] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    hops: int = 0
    reading: Reading | None = None

    # --- entry ------------------------------------------------------------------------------

    def run(self) -> Step:
        event = self.event
        before = self.state
        if event.scheduled is None:
            self._seen()
        reading, found = self._check(event.text)
        self.reading = reading
        # A safeguarding kind without clear words (the learned reading's): a gentle word with
        # the lines, and the message is answered as it would have been.
        maybe = found.tier == "possible" and found.kind not in LIFE
        if found.alarm and not maybe:
            self._safety(found, reading)
        elif event.edited:
            if maybe:
                self._maybe(found)  # an edit is not a new answer; only its check counts
        elif event.group:
            self._adopt_language_hint()
            self._say("group-invite")
        elif event.scheduled is not None:
            self._scheduled(event.scheduled)
        else:
            self._adopt_language_hint()
            if found.tier == "past":
                self._past(found)
            if maybe:
                self._maybe(found)
            self._understand()
        if found.alarm and not maybe:  # every message of a safety answer says what it found
            label = str(found.label)
            self.out = [replace(m, safety=label) for m in self.out]
        if event.group:  # said for everyone in the room
            self.out = [replace(m, public=True) for m in self.out]
        self._replan_if_changed(before)
        return Step(self.state, tuple(self.out), tuple(self.effects))

    def _check(self, text: str | None) -> tuple[Reading | None, Assessment]:
        """The safety check, before anything else reads the text."""
        if text is None:
            return None, NOTHING
        understanding = self.ctx.understanding
        reading = understanding.read(text)
        position = self.state.position
        elevated = position is not None and position.flow in CRISIS_FLOWS
        return reading, understanding.safety.assess(reading, elevated=elevated)

    def _seen(self) -> None:
        """The person wrote: they are here, active, and no longer silent; and this message
        is remembered, so that the platform delivering it again is not answered twice."""
        state = self.state
        settings = state.settings
        if settings.get("still_there_sent"):
            settings = {k: v for k, v in settings.items() if k != "still_there_sent"}
        self.state = state.evolve(
            active=True,
            settings=settings,
            last_seen=int(self.now.timestamp()),
            last_update=max(state.last_update, self.event.update_id or 0),
        )

    def _person(self) -> nudging.Person:
        return nudging.Person(self.state.settings, self.state.tz, self.state.last_seen)

    def _replan_if_changed(self, before: ConversationState) -> None:
        """New nudge settings (or the end of onboarding) make a new plan; only with consent,
        since without it nothing of the person may be kept, settings included."""
        after = self.state
        if not after.keeps_answers or not after.onboarded:
            return
        if before.keeps_answers and before.onboarded and before.tz == after.tz:
            if after.settings is before.settings:  # the usual step: settings untouched
                return
            if all(before.settings.get(k) == after.settings.get(k) for k in nudging.PLAN_SETTINGS):
                return
        self.effects.append(PlanNudges(nudging.plan(self._person(), self.now)))

    def _nudge(self, due: Scheduled) -> None:
        """A recurring nudge: sent if allowed now, and the next one planned either way."""
        kind = due.kind.removeprefix(NUDGE_PREFIX)
        person = self._person()
        why = nudging.refusal(person, due.due_at, self.now, busy=self._busy(), kind=kind)
        if why == "busy":
            self.effects.append(NudgeOutcome(kind, why))
            later = int((self.now + nudging.BUSY).timestamp())
            self.effects.append(PlanNudges({kind: later}))
            return
        if why is None and kind == "still_there":
            silent = self.now - datetime.fromtimestamp(person.last_seen or 0, UTC)
            why = None if silent >= nudging.SILENT else "not silent"
        self.effects.append(NudgeOutcome(kind, why or "sent"))
        if why is None:
            self._count_nudge(kind == "still_there")
            self._enter_flow("nudge", interrupt=True, fresh=True, answers={"kind": kind})
        self.effects.append(PlanNudges(nudging.plan(self._person(), self.now, (kind,))))

    def _remind_now(self, due: Scheduled) -> None:
        """A reminder the person asked for: moved (never dropped) when it may not go out now."""
        flow = self.ctx.dialogues.flows.get(due.payload.get("flow", ""))
        if flow is None:
            return
        person = self._person()
        why = nudging.refusal(person, int(self.now.timestamp()), self.now, busy=self._busy())
        if why == "stopped":
            return
        if why is not None:
            later = self.now + (nudging.BUSY if why == "busy" else timedelta(hours=12))
            moment = nudging.allowed_time(person, later if why != "quiet" else self.now)
            self.effects.append(Schedule(due.kind, int(moment.timestamp()), due.payload))
            return
        self._count_nudge(False)
        answers = {k: v for k, v in due.payload.items() if k != "flow"}
        self._enter_flow(flow.name, interrupt=True, fresh=True, answers=answers)

    def _count_nudge(self, still_there: bool) -> None:
        settings = {**self.state.settings, "nudged": nudging.count_sent(self._person(), self.now)}
        if still_there:
            settings["still_there_sent"] = "yes"
        self.state = self.state.evolve(settings=settings)

    def _busy(self) -> bool:
        """In the middle of an exercise: a nudge would barge in."""
        current = self._current_quiet()
        return current is not None and current[0].resumable and current[0].name != "nudge"

    def _scheduled(self, due: Scheduled) -> None:
        """A due row: a reminder or nudge (for someone still active), or a timed step, which
        fires only if the person is still at the question that set it."""
        if not self.state.active:
            return
        if due.kind.startswith(REMIND_PREFIX):
            return self._remind_now(due)
        if due.kind.startswith(NUDGE_PREFIX):
            return self._nudge(due)
        current = self._current_quiet()
        if current is None or due.payload.get("turn") != str(self.state.turn):
            return
        flow, state = current
        if due.kind == "timer" and state.after is not None:
            self._follow(flow, state, "after", state.after, answer=None)

    def _adopt_language_hint(self) -> None:
        """Before a language is chosen: the language the message is written in, and only
        when that cannot be told (a tie, "hallo"), the platform's hint."""
        if self.state.lang is not None:
            return
        written = self._written_in()
        hint = written or self.event.lang_hint
        if hint in LANGUAGES:
            self.state = self.state.evolve(lang=hint)

    def _written_in(self) -> str | None:
        if self.reading is None or self.event.scheduled is not None:
            return None
        return self.ctx.understanding.language(self.reading)

    def _language_drift(self) -> bool:
        """Whether to ask once to switch: the person wrote two sentences in a row in the
        other language (four words or more each)."""
        state, reading = self.state, self.reading
        if state.lang is None or reading is None or state.settings.get("lang_asked"):
            return False
        other = reading.lang if reading.word_count >= 4 else None
        before = int(state.settings.get("lang_drift") or 0)
        drift = before + 1 if other not in (None, state.lang) else 0
        if drift == before:  # the usual message: nothing to note, settings stay as they are
            return False
        settings = {**state.settings, "lang_drift": drift}
        if drift >= 2:
            settings = {**settings, "lang_asked": "yes", "lang_drift": 0}
        self.state = state.evolve(settings=settings)
        return drift >= 2

    def _understand(self) -> None:
        event = self.event
        if event.unreadable:
            return self._complain("input-unreadable")
        if event.undecryptable:
            return self._complain("input-undecryptable")
        if event.press is not None:
            return self._press(event.press)
        text = inputs.clean(event.text or "")
        if not text:
            return self._complain("input-empty")
        command = self._command(text)
        if command is not None and not self._is_button_label(text):
            return self._run_command(command)
        if text.startswith(COMMAND_PREFIXES) and " " not in text and len(text) < 40:
            return self._complain("command-unknown")
        if self.state.position is None:
            return self._enter_flow("start")
        if self._language_drift():
            return self._enter_flow("language_switch", interrupt=True, fresh=True)
        if self._resume_due():  # "later" was said yesterday or before: offer it now, once
            settings = {k: v for k, v in self.state.settings.items() if k != "resume_from"}
            self.state = self.state.evolve(settings=settings)
            return self._enter_flow("resume")
        current = self._current()
        if current is not None:
            self._answer(*current, text)

    # --- reading --------------------------------------------------------------------------------

    def _command(self, text: str) -> str | None:
        commands = self.ctx.dialogues.commands
        if text.startswith(COMMAND_PREFIXES):
            word = text[1:].split("@", 1)[0].split(maxsplit=1)
            name = word[0].casefold() if word else ""
            return name if name in commands else None
        return self.ctx.vocabulary.commands.get(inputs.folded(text)) if len(text) < 40 else None

    def _is_button_label(self, text: str) -> bool:
        """A typed label of a button on screen wins over a plain word that is also a command."""
        current = self._current_quiet()
        if current is None or text.startswith(COMMAND_PREFIXES):
            return False
        words = inputs.folded(text)
        return any(words == inputs.folded(self._text(c.text)) for _, c in self._visible(current[1]))

    def _current(self) -> tuple[Flow, State] | None:
        """The flow and state the person is in, mapping states renamed by newer flow files.

        A state that no longer exists restarts its flow with a short apology (and gives None).
        """
        position = self.state.position
        if position is None:
            return None
        flow = self.ctx.dialogues.flows.get(position.flow)
        name = flow.resolve(position.state) if flow else None
        if flow is None or name is None:
            self._say("flow-changed")
            self.state = self.state.evolve(position=None)
            target = flow.name if flow else "menu"
            self._enter_flow(target)
            return None
        if name != position.state or position.version != flow.version:
            self.state = self.state.evolve(position=position.at(name, flow.version))
        return flow, flow.states[name]

    def _visible(self, state: State) -> list[tuple[int, Choice]]:
        """The choices shown, in order: with `lean`, the person's own topics first."""
        shown = [(i, c) for i, c in enumerate(state.choices) if self._holds(c.route.when)]
        if state.lean:
            mine = set(self.state.settings.get(state.lean) or ())
            shown.sort(key=lambda pair: pair[1].value not in mine)
        return shown

    def _press(self, press: ButtonPress) -> None:
        current = self._current_quiet()
        if current is None or press.turn != self.state.turn or press.index < 0:
            return self._complain("button-stale", reprompt=False)
        flow, state = current
        visible = self._visible(state)
        if press.index >= len(visible):
            return self._complain("button-stale", reprompt=False)
        self._choose(flow, state, *visible[press.index])

    def _current_quiet(self) -> tuple[Flow, State] | None:
        position = self.state.position
        flow = self.ctx.dialogues.flows.get(position.flow) if position else None
        if position is None or flow is None or position.state not in flow.states:
            return None
        return flow, flow.states[position.state]

    def _answer(self, flow: Flow, state: State, text: str) -> None:
        visible = self._visible(state)
        words = inputs.folded(text)
        if visible:
            several = self._numbers(words) if any(c.toggle for _, c in visible) else []
            if several:
                return self._toggle_many(flow, state, visible, several)
            typed = _NUMBER.match(text)
            if typed:
                number = int(typed.group(1))
                if 1 <= number <= len(visible):
                    return self._choose(flow, state, *visible[number - 1])
                if state.input is None:
                    return self._complain("input-out-of-range")
            for i, choice in visible:
                label = self._text(choice.text)
                if words and words == inputs.folded(label):
                    return self._choose(flow, state, i, choice)
            meaning = self.ctx.vocabulary.meanings.get(words)
            if meaning is not None:  # "weet niet": unsure, or what it may stand for, or heard
                chosen = _by_meaning(visible, _CHOICE_MEANINGS.get(meaning, (meaning,)))
                if chosen is not None:
                    return self._choose(flow, state, *chosen)
            elif state.input is None:  # a label half typed, never a meaning's near miss
                found = self._label_like(visible, words)
                if found is not None:
                    if flow.name in SAFETY_FLOWS:
                        self._hold_told(flow, self._intent(text, "yesno"))
                    return self._choose(flow, state, *found)
        if state.input is None:
            if not state.choices:
                return self._enter_state(flow, state.name)
            topic = self.ctx.vocabulary.topics.get(words)
            if topic is not None and topic != flow.name:  # a menu label typed elsewhere
                return self._enter_flow(topic, interrupt=True)
            return self._heard(flow, state, text, "yesno" if len(visible) <= 4 else "menu")
        if state.input == "text" and not state.verbatim and self._heard_instead(flow, state, text):
            return None
        try:
            if state.input == "date":  # in the person's time zone, with dateparser if needed
                value = read_day(text, self.now, self.state.tz)
            elif state.input == "time":  # also in words: "half acht 's avonds", "10pm"
                entries = self.ctx.understanding.reader.lexicon.entries
                value = read_clock(text, clock_words(entries, self.state.lang))
            else:
                value = inputs.read_answer(state.input, text, self.now)
        except inputs.InvalidInput as invalid:
            # Not a date, a time or a place, but a question, a command or a feeling ("ik voel
            # me vaak alleen in het weekend" at the time zone question): heard first.
            said = len(self.out)
            if not state.verbatim and self._heard_instead(flow, state, text):
                return None
            if len(self.out) > said:  # a feeling heard: its question again, not "no such date"
                return self._prompt(flow, state, again=True)
            return self._complain(invalid.reason)
        self._save(state, value)
        if state.input == "timezone":  # "Europe/Berlin" needs no check; "berlin" gets one
            position = self.state.position
            exact = "yes" if inputs.named_in_full(text, value) else "no"
            if position is not None:
                answers = {**position.answers, "zone_exact": exact}
                self.state = self.state.evolve(position=position.with_answers(answers))
        self._follow_next(flow, state, answer=value)

    def _numbers(self, words: str) -> list[int]:
        """Two or more numbers typed at once ("3 4", "3, 4", "3 en 4", "3 and 4"), in order,
        each once; nothing for anything else. Small words between them are left out."""
        filler = self.ctx.understanding.filler
        parts = [w for w in words.split() if w not in filler]
        if len(parts) < 2 or not all(w.isdigit() and len(w) <= 3 for w in parts):
            return []
        return list(dict.fromkeys(int(w) for w in parts))

    def _toggle_many(
        self, flow: Flow, state: State, visible: list[tuple[int, Choice]], numbers: list[int]
    ) -> None:
        """Several options of a list one ticks (`toggle`) at once: each is ticked or unticked,
        then the list is shown once; a button that moves on (Done) is taken last."""
        if not all(1 <= n <= len(visible) for n in numbers):
            return self._complain("input-out-of-range")
        picked = [visible[n - 1] for n in numbers]
        onward = [(i, c) for i, c in picked if not (c.toggle and c.value is not None)]
        if len(onward) > 1:
            return self._complain("input-out-of-range")
        for _, choice in picked:
            if choice.toggle and choice.value is not None:
                self._toggle(choice.toggle, choice.value)
        if onward:
            return self._choose(flow, state, *onward[0])
        self.state = self.state.evolve(turn=self.state.turn + 1)
        self._prompt(flow, state)

    def _toggle(self, setting: str, value: str) -> None:
        chosen = list(self.state.settings.get(setting) or ())
        chosen = [v for v in chosen if v != value] if value in chosen else [*chosen, value]
        self.state = self.state.evolve(settings={**self.state.settings, setting: chosen})

    def _label_like(
        self, visible: list[tuple[int, Choice]], words: str
    ) -> tuple[int, Choice] | None:
        """The one button whose label's words the answer holds, or that holds all of the
        answer's, leaving out small words: "probably an assumption", "so-so", "verder"."""
        filler = self.ctx.understanding.filler
        typed = {w for w in words.split() if w not in filler and not w.isdigit()}
        if not typed:
            return None
        found = []
        for i, choice in visible:
            label = inputs.folded(self._text(choice.text)).split()
            own = {w for w in label if w not in filler and not w.isdigit()}
            if own and (typed <= own or own <= typed):
                found.append((i, choice))
        return found[0] if len(found) == 1 else None

    # --- hearing what people write ---------------------------------------------------------------

    def _intent(self, text: str, at: str, exercise: str | None = None) -> Intent:
        reading = self.reading if self.reading is not None else self.ctx.understanding.read(text)
        return self.ctx.understanding.intents.read(reading, at, exercise)

    def _heard_instead(self, flow: Flow, state: State, text: str) -> bool:
        """Inside an exercise, a text that is clearly something else than the answer (a
        command, a question, "I don't want to do this", news set aside from the question:
        see `IntentReader`) is answered as such, not saved. A feeling or a topic told is the
        answer where the question asks for thoughts or feelings; a feeling gets a sentence of
        its own first. Where it asks for a plan, a place or a person (`plan`), it is heard.
        After a safety answer only a command, and thanks or goodbye (words of their own), are
        answered apart: a feeling, "ik weet het niet" or a question is what the state hears,
        and gets the warm word and the lines again, never an exercise."""
        if flow.name == "safety" and self._takes_back(text):
            # "nee sorry, ik sta er gewoon te wachten": taken back after the crisis answer.
            # Not the lines again as if it had not been heard, nor silence: asked directly,
            # once, as for a signal without clear intent.
            position = self.state.position
            kinds = position.answers.get("kinds", "") if position else ""
            self._enter_flow("safety_check", interrupt=True, fresh=True, answers={"kinds": kinds})
            return True
        intent = self._intent(text, "exercise", flow.name)
        if intent.kind == "answer":
            return False
        if flow.name in SAFETY_FLOWS and not (
            intent.kind == "command" or self._safety_words(intent.kind, intent.value or "")
        ):
            return False
        if intent.kind in ("feeling", "topic") and not (state.plan or intent.aside):
            if intent.kind == "feeling":
                self._say("heard-feeling", extra={"feeling": intent.value or ""})
            return False
        if intent.kind == "choice" and self._meant(state, intent) is None:
            # No button says it: "later graag, ik sta te koken" pauses the exercise, "geen
            # idee" is heard as doubt; a yes or "a bit" is the answer, as typed.
            meant = _AT_OPEN_QUESTION.get(intent.value or "")
            if meant is None:
                return False
            intent = replace(intent, kind=meant[0], value=meant[1])
        self._respond(flow, state, intent)
        return True

    def _heard(self, flow: Flow, state: State, text: str, at: str) -> None:
        """A sentence where Brug offered buttons: understood by meaning, and answered."""
        self._respond(flow, state, self._intent(text, at))

    def _respond(self, flow: Flow, state: State, intent: Intent) -> None:
        kind, value = intent.kind, intent.value or ""
        chosen = self._meant(state, intent)
        if chosen is not None:
            self._hold_told(flow, intent)
            return self._choose(flow, state, *chosen)
        if kind == "command" and value in self.ctx.dialogues.commands:
            return self._run_command(value)
        if kind == "choice" and value == "unsure":  # no button says it ("werkt dit wel?")
            kind, value = _AT_OPEN_QUESTION[value]
        if kind in ("question", "smalltalk", "doubt"):
            heard = _heard_key(kind, value)
            if flow.name in SAFETY_FLOWS and self._safety_words(kind, value):
                heard = f"{heard}-safety"  # "thanks" after a disclosure: not a shop's reply
            elif self.ctx.texts.has(self._lang(), f"{heard}-{flow.name}"):
                heard = f"{heard}-{flow.name}"  # "what is it?" at an offer: what it involves
            if value == "bye":
                return self._say(heard)
            if len(self._text(state.say[-1])) <= _REPEAT_CHARS:  # its question, asked again
                self._say(heard)
                return self._prompt(flow, state, again=True)
            # A long text (an introduction) is not said twice: its few buttons under the answer.
            buttons = self._buttons(state)
            buttons = buttons if len(buttons) <= _REASK_BUTTONS else ()
            return self._say(heard, buttons=buttons, count=len(buttons))
        if kind in ("feeling", "event", "topic"):
            answers = self._heard_answers(intent)
            return self._enter_flow("heard", interrupt=True, fresh=True, answers=answers)
        self._reask(flow, state)

    def _heard_answers(self, intent: Intent) -> dict[str, str]:
        """What the `heard` flow starts with: the feeling, event, topic and judgement heard,
        and the topic to offer."""
        return {
            "feeling": intent.feeling or "",
            "event": intent.event or "",
            "topic": intent.topic or "",
            "judgement": intent.judgement or "",
            "offer": intent.topic or self.ctx.understanding.intents.offer_for(intent),
        }

    def _hold_told(self, flow: Flow, intent: Intent) -> None:
        """In a safety answer, keep what was told beside a typed choice ("no, I just feel
        invisible"), for `back` to hear once the choice is answered."""
        position = self.state.position
        told = intent.feeling or intent.event or intent.topic
        if flow.name in SAFETY_FLOWS and told and position is not None:
            held = {f"{_TOLD}{k}": v for k, v in self._heard_answers(intent).items()}
            answers = {**position.answers, **held}
            self.state = self.state.evolve(position=position.with_answers(answers))

    def _takes_back(self, text: str) -> bool:
        understanding = self.ctx.understanding
        reading = self.reading if self.reading is not None else understanding.read(text)
        return understanding.safety.takes_back(reading)

    def _safety_words(self, kind: str, value: str) -> bool:
        """Whether what was heard has words of its own inside a safety answer ("thanks":
        `heard-smalltalk-thanks-safety`)."""
        return self.ctx.texts.has(self._lang(), f"{_heard_key(kind, value)}-safety")

    def _meant(self, state: State, intent: Intent) -> tuple[int, Choice] | None:
        """The visible button a choice or a refusal means, if one does."""
        meanings: tuple[str, ...] = ()
        if intent.kind == "choice":  # the closest meaning first, then the ones it may stand for
            meanings = _CHOICE_MEANINGS.get(intent.value or "", (intent.value or "",))
        elif intent.kind == "doubt" and intent.value == "refusal":  # later if it can be, else no
            meanings = ("later", "no")
        return _by_meaning(self._visible(state), meanings)

    def _reask(self, flow: Flow, state: State) -> None:
        """Nothing recognised: ask again in a human way, inviting more words or a choice.
        A few short answers come again as buttons; a long list does not (it is right above:
        never the whole list twice in a row)."""
        buttons = self._buttons(state)
        if len(buttons) > _REASK_BUTTONS:
            buttons = ()
        self._say("heard-nothing", buttons=buttons, count=len(buttons))

    # --- moving ---------------------------------------------------------------------------------

    def _choose(self, flow: Flow, state: State, index: int, choice: Choice) -> None:
        if choice.toggle and choice.value is not None:
            self._toggle(choice.toggle, choice.value)
            self.state = self.state.evolve(turn=self.state.turn + 1)
            return self._prompt(flow, state)
        if choice.value is not None:
            self._save(state, choice.value)
        self._follow(flow, state, f"pick_{index}", choice.route, answer=choice.value)

    def _save(self, state: State, value: str) -> None:
        position = self.state.position
        if state.save and position is not None:
            answers = {**position.answers, state.save: value}
            self.state = self.state.evolve(position=position.with_answers(answers))

    def _follow_next(self, flow: Flow, state: State, answer: str | None = None) -> None:
        for j, route in enumerate(state.next):
            if self._holds(route.when):
                return self._follow(flow, state, f"next_{j}", route, answer)

    def _follow(
        self, flow: Flow, state: State, trigger: str, route: Route, answer: str | None
    ) -> None:
        self.hops += 1
        if self.hops > MAX_HOPS:
            self.state = self.state.evolve(position=None)
            return self._say("flow-changed")
        self._apply_settings(route.set, answer)
        target = move(flow, state.name, trigger)
        if not target.startswith(EXIT_PREFIX):
            return self._enter_state(flow, target)
        if route.flow:
            # A nudge passes on which one it was, so the flow it leads into can offer "fewer
            # of these" (the monthly check-in's own question).
            answers = self.state.position.answers if self.state.position else {}
            kind = answers.get("kind", "") if flow.name == "nudge" else ""
            return self._enter_flow(  # a nudge's flow begins afresh, even if left half-way
                route.flow, fresh=bool(kind), answers={"kind": kind} if kind else None
            )
        if route.do:
            self._act(route.do)

    def _enter_flow(
        self,
        name: str,
        *,
        interrupt: bool = False,
        fresh: bool = False,
        at: str | None = None,
        answers: Mapping[str, str] | None = None,
    ) -> None:
        """Start a flow; one the person left half-way is offered to be continued instead."""
        if interrupt:
            self._pause_current()
        paused = self.state.paused
        if paused is not None and paused.flow == name:
            if not fresh:
                return self._enter_flow("resume")
            self.state = self.state.evolve(paused=None)  # begun afresh: the old place is gone
        flow = self.ctx.dialogues[name]
        start = at or flow.start
        position = Position(name, flow.version, start, dict(answers or {}))
        self.state = self.state.evolve(position=position)
        self._enter_state(flow, start)

    def _enter_state(self, flow: Flow, name: str) -> None:
        state = flow.states[name]
        answers = self.state.position.answers if self.state.position else {}
        self.state = self.state.evolve(position=Position(flow.name, flow.version, name, answers))
        if state.compute is not None:
            answers = self._compute(state.compute, answers)
        if state.record is not None and self.state.keeps_answers:
            data = {f: answers[f] for f in state.record.fields if f in answers}
            self.effects.append(SaveRecord(state.record.kind, {"flow": flow.name, **data}))
        if state.remind is not None:
            self._remind(state.remind, answers)
        if state.waits:
            self.state = self.state.evolve(turn=self.state.turn + 1)
            self._prompt(flow, state)
            return
        for key in state.say:
            self._say(key, safety=self._safety_label(state))
        if state.view:
            self.effects.append(ShowView(state.view, len(self.out)))
        self._follow_next(flow, state)

    def _safety_label(self, state: State) -> str | None:
        """What a state's messages say about safety: its label, or the one the answer it
        names holds (`safety: $kind` in the safeguarding answer, which answers four needs)."""
        label = state.safety
        if label is None or not label.startswith(ANSWER_REF):
            return label
        position = self.state.position
        value = position.answers.get(label[1:]) if position is not None else None
        return value if value in SAFETY_LABELS else None

    def _compute(self, name: str, answers: Mapping[str, str]) -> dict[str, str]:
        """Run a named calculation; its results become answers (and settings) of the flow."""
        today = local_today(self.now, self.state.tz)
        if name == "checkin_score":
            shown, kept = computations.checkin_score(answers, self.state.settings, today)
            if not self.state.keeps_answers:  # without consent, no score is remembered
                kept = {}
        elif name == "pause_nudges":
            shown, kept = computations.pause_nudges(answers, today)
        elif name in weeks.COMPUTATIONS:
            patterns = tuple(self.ctx.dialogues.patterns)
            shown, kept = weeks.COMPUTATIONS[name](answers, self.state.settings, today, patterns)
        elif name == "thought_look":
            understanding = self.ctx.understanding
            thought = understanding.read(answers.get("thought", ""))
            harsh = understanding.intents.judgement(thought) == "harsh"
            shown, kept = {"harsh": "yes" if harsh else "no"}, {}
        else:
            lang = self._lang()
            shown, kept = computations.small_step(
                self.ctx.texts.messages.get(lang, {}),
                self.state.settings,
                today,
                str(self.state.turn),
                weeks.current(self.state.settings),  # in a route: its pattern of the week
            )
        position = self.state.position
        merged = {**answers, **shown}
        if position is not None:
            self.state = self.state.evolve(
                position=position.with_answers(merged),
                settings={**self.state.settings, **kept},
            )
        return merged

    def _remind(self, remind: Remind, answers: Mapping[str, str]) -> None:
        """Schedule a flow for later; without consent, without the person's words."""
        keep = self.state.keeps_answers
        payload = {"flow": remind.flow}
        payload |= {f: answers[f] for f in remind.fields if keep and f in answers}
        tz = self.state.tz
        if remind.on:
            try:
                day = date.fromisoformat(answers.get(remind.on, ""))
            except ValueError:
                return
            moments = [local_to_utc(day, parse_clock(remind.at or MORNING), tz)]
        else:
            clock = parse_clock(remind.at or MORNING)
            today = local_today(self.now, tz)
            first = local_to_utc(today, clock, tz)
            start = today if first > self.now else today + timedelta(days=1)
            moments = [
                local_to_utc(start + timedelta(days=n), clock, tz) for n in range(remind.days)
            ]
        for moment in moments:
            self.effects.append(
                Schedule(f"{REMIND_PREFIX}{remind.flow}", int(moment.timestamp()), payload)
            )

    def _prompt(self, flow: Flow, state: State, *, again: bool = False) -> None:
        """Say a waiting state's texts, with its buttons on the last message; `again`: only
        the question itself, after an answer in between, and a long list of buttons not a
        second time (it is right above, and still works)."""
        for key in () if again else state.say[:-1]:
            self._say(key, safety=self._safety_label(state))
        if state.view and not again:
            self.effects.append(ShowView(state.view, len(self.out)))
        buttons = self._buttons(state)
        if again and len(buttons) > _REASK_BUTTONS:
            buttons = ()
        self._say(
            state.say[-1], safety=self._safety_label(state), buttons=buttons, count=len(buttons)
        )
        if state.after is not None:
            due = int(self.now.timestamp()) + state.after_seconds
            self.effects.append(Schedule("timer", due, {"turn": str(self.state.turn)}))

    def _buttons(self, state: State) -> tuple[Button, ...]:
        return tuple(
            Button(self._label(choice), ButtonPress(self.state.turn, n))
            for n, (_, choice) in enumerate(self._visible(state))
        )

    def _label(self, choice: Choice) -> str:
        label = self._text(choice.text)
        if choice.toggle and choice.value in (self.state.settings.get(choice.toggle) or ()):
            return f"✓ {label}"
        return label

    def _pause_current(self) -> None:
        current = self._current_quiet()
        if current is None:
            return
        if current[0].resumable:
            self.state = self.state.evolve(paused=self.state.position)

    def _run_command(self, name: str) -> None:
        route = self.ctx.dialogues.commands[name]
        current = self._current_quiet()
        if route.flow and current is not None and current[0].name == route.flow:
            # The command of the flow one is in starts it afresh, rather than offering it back.
            self._enter_flow(route.flow, fresh=True)
        elif route.flow:
            self._enter_flow(route.flow, interrupt=True)
        elif route.do:
            self._act(route.do)

    def _act(self, action: str) -> None:
        state = self.state
        if action == "resume":
            paused = state.paused
            flow = self.ctx.dialogues.flows.get(paused.flow) if paused else None
            name = flow.resolve(paused.state) if flow and paused else None
            if paused is None or flow is None or name is None:
                self.state = state.evolve(paused=None)
                return self._enter_flow("menu")
            held = state.position.answers.get("held") if state.position else None
            position = paused.at(name, flow.version)
            self.state = state.evolve(position=position, paused=None, turn=state.turn + 1)
            if held and flow.states[name].input is not None:  # the answer the check held back
                return self._answer(flow, flow.states[name], held)
            return self._prompt(flow, flow.states[name])
        if action == "back":  # straight back to where the person was, or to the start
            # What was told with the answer ("no, I just feel invisible") is heard first.
            answers = state.position.answers if state.position else {}
            told = {k.removeprefix(_TOLD): v for k, v in answers.items() if k.startswith(_TOLD)}
            if state.paused is not None:
                if told.get("feeling"):
                    self._say("heard-feeling", extra={"feeling": told["feeling"]})
                return self._act("resume")
            self.state = state.evolve(position=None)
            if told:
                return self._enter_flow("heard", interrupt=True, fresh=True, answers=told)
            return self._enter_flow("start")
        if action == "crisis":  # the answer to "are you thinking of ending your life?"
            self.effects.append(SafetyEvent("crisis"))
            kinds = state.position.answers.get("kinds", "suicide") if state.position else ""
            return self._enter_flow("safety", fresh=True, answers={"kinds": kinds or "suicide"})
        if action == "later":  # later means later: not offered again before tomorrow
            tomorrow = local_today(self.now, state.tz) + timedelta(days=1)
            settings = {**state.settings, "resume_from": tomorrow.isoformat()}
            self.state = state.evolve(position=None, settings=settings)
            return self._say("safety-later")
        if action == "restart":
            target = state.paused.flow if state.paused else "menu"
            self.state = state.evolve(paused=None)
            return self._enter_flow(target, fresh=True)
        if action == "stop":
            self._pause_current()
            self.state = self.state.evolve(position=None)
            return self._say("stop-done")
        if action == "end":
            self.state = state.evolve(position=None)
            return None
        if action == "unremind":  # no more of the reminders that started this flow
            series = state.position.flow if state.position else ""
            self.effects.append(PlanNudges({}, cancel=(f"{REMIND_PREFIX}{series}",)))
            self.state = state.evolve(position=None)
            return self._say("reminders-stopped")
        if action == "fewer":
            kind = state.position.answers.get("kind", "") if state.position else ""
            every = int(state.settings.get(f"every_{kind}") or 1)
            settings = {**state.settings, f"every_{kind}": min(every * 2, 8)}
            self.state = state.evolve(settings=settings, position=None)
            return self._say("nudge-fewer")
        if action == "export":
            self.effects.append(ExportData())
            return None
        if action == "forget":
            self.effects.append(ForgetUser())
            self.state = ConversationState()
            return None

    def _safety(self, found: Assessment, reading: Reading | None) -> None:
        """The safety answer first, whatever flow the person was in; the flow waits.

        Crisis (suicide, self-harm): the helplines at once. A safeguarding disclosure: its own
        answer with the lines for that need. Possible: a calm, direct question.
        """
        self.effects.append(SafetyEvent(str(found.label)))
        if self.state.lang is None:  # a guess is not enough here: unsure, both languages
            sure = reading.lang if reading is not None else None
            hint = sure or self.event.lang_hint
            if hint in LANGUAGES:
                self.state = self.state.evolve(lang=hint)
        kinds = ",".join(found.kinds)
        need = _need(found.kind)
        if self.event.group:
            key = "safety-message" if need == "crisis" else f"safeguard-{need}"
            for lang in [self.state.lang] if self.state.lang else LANGUAGES:
                self._say(key, lang=lang, needs=_needs(kinds))
            return
        if found.tier == "possible":
            answers = {"kinds": kinds}
            current = self._current_quiet()
            if current is not None and current[1].input is not None and self.event.text:
                # An answer to the exercise ("ik ben een mislukking"): after "no", it counts.
                answers["held"] = inputs.clean(self.event.text)
            return self._enter_flow("safety_check", interrupt=True, fresh=True, answers=answers)
        if need != "crisis":
            answers = {"kind": need, "kinds": kinds}
            return self._enter_flow("safeguard", interrupt=True, fresh=True, answers=answers)
        self._crisis(kinds)

    def _crisis(self, kinds: str = "suicide") -> None:
        """Helplines first; while the language is not known, in both languages."""
        if self.state.lang is not None:
            self._enter_flow("safety", interrupt=True, fresh=True, answers={"kinds": kinds})
            return
        for lang in LANGUAGES:
            self._say("safety-message", lang=lang, needs=_needs(kinds))
        flow = self.ctx.dialogues["safety"]
        self._enter_flow(
            "safety",
            interrupt=True,
            fresh=True,
            at=flow.states[flow.start].next[0].go,
            answers={"kinds": kinds},
        )

    def _past(self, found: Assessment) -> None:
        """A dark time that is over: a kind word and, once, where help is; then go on."""
        settings = self.state.settings
        if settings.get("past_help_shown"):
            return
        self.state = self.state.evolve(settings={**settings, "past_help_shown": "yes"})
        self._say("safety-past", needs=(_need(found.kind),))

    # --- settings and conditions ------------------------------------------------------------

    def _apply_settings(self, values: Mapping[str, Any], answer: str | None) -> None:
        if not values:
            return
        changes: dict[str, Any] = {}
        settings = dict(self.state.settings)
        for name, raw in values.items():
            value = answer if raw == "$answer" else raw
            if name.startswith("settings."):
                settings[name.removeprefix("settings.")] = value
            elif name == "lang" and value in LANGUAGES:
                changes["lang"] = value
            elif name == "country":
                changes["country"] = str(value).upper()
            elif name in {"consent", "onboarded"}:
                changes[name] = bool(value)
            elif name == "tz":
                changes["tz"] = value or None  # "": not known (after "no, not that one")
        self.state = self.state.evolve(settings=settings, **changes)

    def _vars(self) -> dict[str, str]:
        state = self.state
        answers = state.position.answers if state.position else {}
        paused = state.paused
        values = {
            "lang": state.lang or "",
            "country": state.country or "",
            "tz": state.tz or "",
            "consent": "" if state.consent is None else ("yes" if state.consent else "no"),
            "onboarded": "yes" if state.onboarded else "",
            "paused": paused.flow if paused else "",
            "offer_resume": paused.flow if paused and not self._held() else "",
            "link": self.event.invite or "",
            "platform": self.event.key.platform,  # texts say "tap" or "type" to fit
            "pattern": next(iter(state.settings.get("patterns") or ()), ""),  # chosen first
        }
        settings = state.settings
        for name in nudging.PLAN_SETTINGS:  # flat, so `when` and texts can read them
            values[name] = str(settings.get(name) or nudging.SHOWN_DEFAULTS.get(name, "none"))
        person = self._person()
        for kind in ("journal", "step"):  # a chosen time that opens the quiet hours
            values[f"{kind}_in_quiet"] = "yes" if nudging.opens_quiet_hours(kind, person) else "no"
        values |= self._route_vars(settings)
        values.update(answers)
        return values

    def _route_vars(self, settings: Mapping[str, Any]) -> dict[str, str]:
        """The route as `when` and texts read it: `route_status`, `route_next` (the stage
        that comes next: `start`, `midweek`, `end`, `waiting`), `route_week`, `route_weeks`,
        `route_pattern` (this week's), `route_has_<pattern>` (still ahead), `checkin_recent`,
        `route_checked_end` (the check-in after the last week is done)."""
        order = list(settings.get("route") or ())
        week = int(settings.get("route_week") or 0)
        today = local_today(self.now, self.state.tz)
        values = {
            "route_status": str(settings.get("route_status") or ""),
            "route_next": weeks.next_stage(settings),
            "route_week": str(week),
            "route_weeks": str(len(order)),
            "route_pattern": weeks.current(settings) or "",
            "route_light": str(settings.get("route_light") or "no"),
            "route_basis": str(settings.get("route_basis") or "none"),
            "route_lean": str(settings.get("route_lean") or "unknown"),
            "checkin_recent": "yes" if weeks.checkin_recent(settings, today) else "no",
            "route_checked_end": "yes" if weeks.checked_at_end(settings) else "no",
        }
        ahead = order[week if settings.get("route_status") == "active" else 0 :]
        values |= {f"route_has_{p}": "yes" for p in ahead}
        return values

    def _route_titles(self, lang: str, patterns: Sequence[str]) -> str:
        """The route's weeks, one a line: "Week 3: Stuck in your head"."""
        texts = self.ctx.texts
        return "\n".join(
            texts.get(lang, "route-line", {"n": n, "title": self._pattern_title(lang, p)})
            for n, p in enumerate(patterns, 1)
        )

    def _pattern_title(self, lang: str, pattern: str) -> str:
        """A pattern by its label in the menu."""
        return self.ctx.texts.get(lang, self.ctx.dialogues.patterns[pattern])

    def _resume_due(self) -> bool:
        return (
            self.state.paused is not None
            and "resume_from" in self.state.settings
            and not self._held()
        )

    def _held(self) -> bool:
        """Whether the person said "later" to carrying on, and it is not yet another day."""
        held = self.state.settings.get("resume_from")
        return bool(held) and local_today(self.now, self.state.tz).isoformat() < str(held)

    def _holds(self, when: str | None) -> bool:
        if when is None:
            return True
        name, op, expected = parse_when(when)
        value = self._vars().get(name, "")
        if op == "set":
            return bool(value)
        if op == "unset":
            return not value
        return (value == expected) == (op == "=")

    # --- saying ---------------------------------------------------------------------------------

    def _lang(self) -> str:
        return self.state.lang or LANGUAGES[0]

    def _text(
        self,
        key: str,
        lang: str | None = None,
        count: int | None = None,
        needs: tuple[str, ...] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> str:
        """A text in the person's language, with its placeholders filled: saved answers and
        `extra` (what was just heard: `feeling`), dates as people read them, and `helplines`
        (the lines for the needs of this answer: `needs`, else those the flow's answers name,
        else crisis), `<need>_lines` (the lines of one need: `violence_lines`) and
        `emergency`."""
        lang = lang or self._lang()
        texts = self.ctx.texts
        needed = texts.variables(lang, key)
        if not needed:
            return texts.get(lang, key)
        args: dict[str, object] = {**self._vars(), **(extra or {}), "count": count}
        for name in needed:
            value = args.get(name)
            if not isinstance(value, str):
                continue
            if value.startswith("@"):  # an answer "@key" stands for that text (a small step)
                args[name] = texts.get(lang, value[1:])
            elif _ISO_DATE.match(value):  # a saved date, as people read it
                args[name] = self._date(lang, value)
            elif _CLOCK.match(value):  # a time of day, as CLDR writes it for them
                args[name] = _clock(value, lang, self.state.country)
        for name in needed:
            if name == "helplines":
                args[name] = self._helplines(lang, needs or self._needs())
            elif name.endswith(_LINES_SUFFIX) and name.removesuffix(_LINES_SUFFIX) in NEEDS:
                args[name] = self._helplines(lang, (name.removesuffix(_LINES_SUFFIX),))
        if "emergency" in needed:
            args["emergency"] = self.ctx.helplines.emergency_for(self.state.country, lang)
        if "commands" in needed:
            args["commands"] = self._commands(lang)
        if "tz_place" in needed or "tz_clock" in needed:  # a time zone, as it reads to people
            zone = self.state.tz or DEFAULT_TZ
            args["tz_place"] = zone.rsplit("/", 1)[-1].replace("_", " ")
            local = self.now.astimezone(ZoneInfo(zone)).time()
            args["tz_clock"] = format_clock(local, lang, self.state.country)
        settings = self.state.settings
        if "route_list" in needed:  # every week of the route, numbered
            args["route_list"] = self._route_titles(lang, list(settings.get("route") or ()))
        if "route_title" in needed:
            pattern = weeks.current(settings) or next(iter(settings.get("route") or ()), "")
            args["route_title"] = self._pattern_title(lang, pattern) if pattern else ""
        if "route_useful" in needed:
            useful = weeks.most_useful(settings)
            args["route_useful"] = ", ".join(self._pattern_title(lang, p) for p in useful)
        if "topic" in needed and self.state.paused:
            flow = self.ctx.dialogues.flows.get(self.state.paused.flow)
            args["topic"] = texts.get(lang, flow.title) if flow and flow.title else ""
        return texts.get(lang, key, args)

    def _commands(self, lang: str) -> str:
        """Every command of the table (dialogues/commands.yaml), one a line, as it is typed on
        this platform (the `help-command` text), with its description: /help's list."""
        texts = self.ctx.texts
        return "\n".join(
            texts.get(
                lang,
                "help-command",
                {
                    "platform": self.event.key.platform,
                    "name": name,
                    "description": texts.get(lang, f"command-{name}-description"),
                },
            )
            for name in self.ctx.dialogues.commands
        )

    def _date(self, lang: str, iso: str) -> str:
        try:
            day = date.fromisoformat(iso)
        except ValueError:
            return iso
        this_year = local_today(self.now, self.state.tz).year
        return format_day(day, lang, self.state.country, this_year)

    def _maybe(self, found: Assessment) -> None:
        """What reads like violence, a child hurt, sexual violence or an eating disorder, in
        words no frame knows: said gently, as a maybe, with the lines for that need."""
        self.effects.append(SafetyEvent(str(found.label)))
        self._say("safeguard-maybe", safety=str(found.label), needs=(_need(found.kind),))

    def _needs(self) -> tuple[str, ...]:
        """The needs a safety flow answers (its `kinds`), crisis when there is none."""
        position = self.state.position
        return _needs(position.answers.get("kinds", "") if position else "")

    def _helplines(self, lang: str, needs: tuple[str, ...]) -> str:
        """One line per helpline for these needs, each line once, in the order of the needs;
        who a line is for is said for every need but crisis (a children's line, its ages).
        Before the country is known, the lines of the countries that fit the language, each
        group under its country's name, and a word that they become one country's later."""
        book, texts = self.ctx.helplines, self.ctx.texts
        groups: dict[str, list[str]] = {}
        seen: set[str] = set()
        for need in needs:
            for country, lines in book.by_country(self.state.country, lang, need):
                for line in lines:
                    if line.name in seen:
                        continue
                    seen.add(line.name)
                    first, *more = [x for x in (line.phone, line.text, line.url) if x]
                    args = {
                        "name": line.name,
                        "first": first,
                        "free": "yes" if line.free else "no",
                        "hours": line.hours,
                        "more": " · ".join(more) or "none",
                    }
                    if need != "crisis" and line.for_whom:
                        args["for"] = line.for_whom
                    key = "helpline-entry-for" if "for" in args else "helpline-entry"
                    groups.setdefault(country, []).append(texts.get(lang, key, args))
        if self.state.country:
            return "\n".join(shown for group in groups.values() for shown in group)
        said = [
            "\n".join([texts.get(lang, "helpline-country", {"country": country}), *group])
            for country, group in groups.items()
        ]
        return "\n".join([*said, texts.get(lang, "helpline-country-later")])

    def _say(
        self,
        key: str,
        *,
        safety: str | None = None,
        buttons: tuple[Button, ...] = (),
        lang: str | None = None,
        count: int | None = None,
        needs: tuple[str, ...] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        position = self.state.position
        self.out.append(
            Outgoing(
                key=self.event.key,
                text=self._text(key, lang, count, needs, extra),
                buttons=buttons,
                flow=position.flow if position else None,
                state=position.state if position else None,
                safety=safety,
            )
        )

    def _complain(self, reason: str, *, reprompt: bool = True) -> None:
        """A kind word about input that did not fit; the conversation stays where it was."""
        current = self._current_quiet() if reprompt else None
        buttons = self._buttons(current[1]) if current else ()
        self._say(reason, buttons=buttons, count=len(buttons))


def _by_meaning(
    visible: list[tuple[int, Choice]], meanings: tuple[str, ...]
) -> tuple[int, Choice] | None:
    """The first visible choice that means the first of `meanings` it can."""
    for meaning in meanings:
        for i, choice in visible:
            if meaning in choice.means:
                return i, choice
    return None


def _clock(value: str, lang: str, country: str | None) -> str:
    try:
        return format_clock(parse_clock(value), lang, country)
    except ValueError:  # not a time after all ("27:99")
        return value


def _need(kind: str | None) -> str:
    """The helplines' need for a kind the check found: suicide and self-harm are crisis."""
    return "crisis" if kind is None or kind in LIFE else kind


def _needs(kinds: str) -> tuple[str, ...]:
    """The needs of a comma-separated list of kinds, in order, each once; crisis if none."""
    needs = tuple(dict.fromkeys(_need(k) for k in kinds.split(",") if k))
    return needs or ("crisis",)
