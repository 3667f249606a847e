"""The dialogue model: flows read from `dialogues/*.yaml`, each with one `transitions` machine.

A flow file holds structure and text keys only; every sentence lives in the locales. Machines
are built once at start-up and shared: a step looks up the move from a conversation's stored
state in its flow's machine, so no machine is ever built (or fired) per message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from transitions import Machine
from transitions.core import MachineError

INPUT_KINDS = ("text", "timezone", "time", "date")
# What each computation adds to the answers (so `brug check` counts them as saved).
COMPUTED: dict[str, tuple[str, ...]] = {
    "checkin_score": ("total", "emotional", "social", "band", "previous", "trend"),
    "small_step": ("step", "step_id"),
    "pause_nudges": ("until",),
    "thought_look": ("harsh",),
    "route_propose": (),
    "route_move": (),
    "route_drop": (),
    "route_accept": (),
    "route_resume": (),
    "route_advance": ("route_turn", "rated"),
    "route_compare": (
        "compared",
        "has_useful",
        "emotional_level",
        "social_level",
        *(f"{part}_{when}" for part in ("emotional", "social") for when in ("before", "after")),
        "emotional_change",
        "social_change",
    ),
    "route_lighter": (),
}
COMPUTATIONS = tuple(COMPUTED)
VIEWS = ("journal", "review", "route_week", "route_exercise", "progress")
ACTIONS = (
    "resume",
    "restart",
    "stop",
    "forget",
    "export",
    "end",
    "fewer",
    "unremind",
    "back",
    "crisis",
    "later",
)
PROFILE_FIELDS = ("lang", "country", "tz", "consent", "onboarded")
EXIT_PREFIX = "→"
COMMANDS_FILE = "commands.yaml"
CORE_FLOWS = (
    "start",
    "onboarding",
    "menu",
    "help",
    "safety",
    "safety_check",
    "safeguard",
    "heard",
    "language_switch",
    "resume",
    "forget",
    "language",
)


# libyaml's loader where it is built in (six times faster at start-up), else the pure one.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    """YAML without the 1.1 surprise that `yes`, `no`, `on` and `off` are booleans."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


class DialogueError(Exception):
    """A dialogue file that cannot be loaded; the message lists every problem, one per line."""


@dataclass(frozen=True, slots=True)
class Route:
    """Where a conversation goes next, and what it sets on the way."""

    go: str | None = None
    flow: str | None = None
    do: str | None = None
    when: str | None = None
    set: Mapping[str, Any] = field(default_factory=dict)

    @property
    def exit_name(self) -> str | None:
        """The machine state that stands for leaving the flow, if this route leaves it."""
        if self.flow:
            return f"{EXIT_PREFIX}{self.flow}"
        if self.do:
            return f"{EXIT_PREFIX}{self.do}"
        return None

    @property
    def dest(self) -> str:
        return self.go or self.exit_name or ""


@dataclass(frozen=True, slots=True)
class Choice:
    """A button: a text key for its label, a route, and what it means when typed."""

    text: str
    route: Route
    value: str | None = None
    means: tuple[str, ...] = ()  # one meaning or several (a skip that is also "don't know")
    toggle: str | None = None


@dataclass(frozen=True, slots=True)
class Remind:
    """A flow to start later: on the date saved as `on`, or each day for `days` days at `at`."""

    flow: str
    on: str | None = None
    days: int = 0
    at: str | None = None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Record:
    """A structured record to keep (with consent) when a state is reached."""

    kind: str
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class State:
    name: str
    say: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    input: str | None = None
    save: str | None = None
    next: tuple[Route, ...] = ()
    record: Record | None = None
    safety: str | None = None
    after: Route | None = None
    after_seconds: int = 0
    compute: str | None = None
    view: str | None = None
    remind: Remind | None = None
    lean: str | None = None
    verbatim: bool = False  # the answer is words meant for someone else: taken as they are
    # The question asks for a plan, a place or a person: a feeling or a topic told here is
    # heard as such (when the learned reading is sure), not taken as the answer.
    plan: bool = False

    @property
    def waits(self) -> bool:
        """True when the state waits for the person; otherwise it passes straight on."""
        return bool(self.choices) or self.input is not None


@dataclass(slots=True)
class Flow:
    name: str
    version: int
    title: str
    start: str
    states: dict[str, State]
    renamed: dict[str, str]
    source: Path
    resumable: bool = True
    machine: Any = None

    def resolve(self, state: str) -> str | None:
        """The current name of a stored state, or None when it no longer exists."""
        if state in self.states:
            return state
        renamed = self.renamed.get(state)
        return renamed if renamed in self.states else None

    def routes(self) -> Iterable[tuple[State, str, Route]]:
        """Every route out of every state, with the trigger name the machine knows it by."""
        for state in self.states.values():
            for i, choice in enumerate(state.choices):
                yield state, f"pick_{i}", choice.route
            for j, route in enumerate(state.next):
                yield state, f"next_{j}", route
            if state.after is not None:
                yield state, "after", state.after


@dataclass(frozen=True, slots=True)
class Dialogues:
    flows: Mapping[str, Flow]
    commands: Mapping[str, Route]

    def __getitem__(self, name: str) -> Flow:
        return self.flows[name]

    def __contains__(self, name: object) -> bool:
        return name in self.flows

    @property
    def patterns(self) -> dict[str, str]:
        """The nine patterns in the menu's order: flow id -> the text key of its menu label
        (the menu's choices whose value names a flow, dialogues/menu.yaml)."""
        home = self.flows["menu"].states[self.flows["menu"].start]
        return {c.value: c.text for c in home.choices if c.value and c.value in self.flows}


def move(flow: Flow, state: str, trigger: str) -> str:
    """The state the flow's machine goes to from `state` on `trigger`.

    The transition is read from the machine built at start-up, not fired through a model:
    Brug's transitions have no callbacks or conditions (a route's `when` has already chosen
    the trigger), so firing would only add about 13 µs to every step (docs/benchmarks.md).
    An unknown move raises, as firing would.
    """
    event = flow.machine.events.get(trigger)
    found = event.transitions.get(state) if event is not None else None
    if not found:
        raise MachineError(f'"{trigger}" is no move from {flow.name}:{state}')
    return str(found[0].dest)


def build_machine(flow: Flow) -> Machine:
    exits = sorted({r.exit_name for _, _, r in flow.routes() if r.exit_name})
    machine = Machine(
        model=None,
        states=[*flow.states, *exits],
        initial=flow.start,
        auto_transitions=False,
        ignore_invalid_triggers=False,
    )
    for state, trigger, route in flow.routes():
        if route.dest:
            machine.add_transition(trigger, state.name, route.dest)
    return machine


# --- reading YAML ---------------------------------------------------------------------------

_ROUTE_KEYS = {"go", "flow", "do", "when", "set"}
_CHOICE_KEYS = _ROUTE_KEYS | {"text", "value", "means", "toggle"}
_STATE_KEYS = {"say", "choices", "input", "save", "record", "safety", "branch", "after"}
_STATE_KEYS |= _ROUTE_KEYS | {"compute", "view", "remind", "lean", "verbatim", "plan"}
_REMIND_KEYS = {"flow", "on", "days", "at", "fields"}
_AFTER_KEYS = _ROUTE_KEYS | {"seconds"}
_FLOW_KEYS = {"flow", "version", "title", "start", "renamed", "states", "resumable"}


class _Problems(list[str]):
    def unknown(self, where: str, data: Mapping[str, Any], allowed: set[str]) -> None:
        for key in sorted(set(data) - allowed):
            self.append(f"{where}: unknown key '{key}'")


def _route(data: Mapping[str, Any], where: str, problems: _Problems) -> Route:
    targets = [k for k in ("go", "flow", "do") if data.get(k)]
    if len(targets) > 1:
        problems.append(f"{where}: give only one of go, flow or do (found {', '.join(targets)})")
    do = data.get("do")
    if do is not None and do not in ACTIONS:
        problems.append(f"{where}: unknown action '{do}' (known: {', '.join(ACTIONS)})")
    sets = data.get("set") or {}
    if not isinstance(sets, dict):
        problems.append(f"{where}: 'set' must be a mapping")
        sets = {}
    for name in sets:
        if name not in PROFILE_FIELDS and not str(name).startswith("settings."):
            problems.append(f"{where}: cannot set '{name}'")
    return Route(
        go=data.get("go"),
        flow=data.get("flow"),
        do=do,
        when=data.get("when"),
        set=dict(sets),
    )


def _state(name: str, data: Mapping[str, Any], where: str, problems: _Problems) -> State:
    problems.unknown(where, data, _STATE_KEYS)
    say = data.get("say") or []
    if isinstance(say, str):
        say = [say]
    choices = []
    for i, raw in enumerate(data.get("choices") or []):
        at = f"{where}: choice {i + 1}"
        if not isinstance(raw, dict):
            problems.append(f"{at}: must be a mapping")
            continue
        problems.unknown(at, raw, _CHOICE_KEYS)
        if not raw.get("text"):
            problems.append(f"{at}: button without text")
        choices.append(
            Choice(
                text=str(raw.get("text", "")),
                route=_route(raw, at, problems),
                value=None if raw.get("value") is None else str(raw["value"]),
                means=_meanings(raw.get("means")),
                toggle=raw.get("toggle"),
            )
        )
        if raw.get("toggle") and (raw.get("go") != name or raw.get("value") is None):
            problems.append(f"{at}: a toggle needs a 'value' and 'go' back to its own state")
    input_kind = data.get("input")
    if input_kind is not None and input_kind not in INPUT_KINDS:
        problems.append(f"{where}: unknown input '{input_kind}' (known: {', '.join(INPUT_KINDS)})")
    next_routes: list[Route] = []
    if data.get("branch"):
        for j, raw in enumerate(data["branch"]):
            at = f"{where}: branch {j + 1}"
            problems.unknown(at, raw, _ROUTE_KEYS)
            next_routes.append(_route(raw, at, problems))
    if any(data.get(k) for k in ("go", "flow", "do")):
        next_routes.append(_route(data, where, problems))
    after, seconds = None, 0
    if data.get("after"):
        raw = data["after"]
        problems.unknown(f"{where}: after", raw, _AFTER_KEYS)
        seconds = raw.get("seconds")
        if not isinstance(seconds, int) or not 1 <= seconds <= 3600:
            problems.append(f"{where}: 'after' needs whole seconds from 1 to 3600")
            seconds = 1
        after = _route(raw, f"{where}: after", problems)
    record = None
    if data.get("record"):
        raw = data["record"]
        record = Record(kind=str(raw.get("kind", "")), fields=tuple(raw.get("fields") or ()))
    return State(
        name=name,
        say=tuple(str(k) for k in say),
        choices=tuple(choices),
        input=input_kind,
        save=data.get("save"),
        next=tuple(next_routes),
        record=record,
        safety=_safety_label(data.get("safety"), where, problems),
        after=after,
        after_seconds=seconds,
        compute=_known(data.get("compute"), COMPUTATIONS, "compute", where, problems),
        view=_known(data.get("view"), VIEWS, "view", where, problems),
        remind=_remind(data.get("remind"), where, problems),
        lean=data.get("lean"),
        verbatim=data.get("verbatim") is True,
        plan=data.get("plan") is True,
    )


# What a state's messages say about safety (`safety: crisis` in a flow file; `true` is crisis;
# `$kind`: the label the flow's answer `kind` holds, for a flow that answers several needs).
SAFETY_LABELS = ("crisis", "possible", "violence", "child", "sexual", "eating")
ANSWER_REF = "$"


def _safety_label(value: object, where: str, problems: _Problems) -> str | None:
    if value is None or value is False:
        return None
    if value is True:
        return "crisis"
    if isinstance(value, str) and value.startswith(ANSWER_REF) and value[1:].isidentifier():
        return value
    if value not in SAFETY_LABELS:
        problems.append(
            f"{where}: safety must be one of {', '.join(SAFETY_LABELS)} or $answer_name"
        )
        return None
    return str(value)


def _known(
    value: str | None, known: tuple[str, ...], what: str, where: str, problems: _Problems
) -> str | None:
    if value is not None and value not in known:
        problems.append(f"{where}: unknown {what} '{value}' (known: {', '.join(known)})")
        return None
    return value


def _remind(raw: Any, where: str, problems: _Problems) -> Remind | None:
    if not raw:
        return None
    at = f"{where}: remind"
    if not isinstance(raw, dict) or not raw.get("flow"):
        problems.append(f"{at}: needs at least a 'flow'")
        return None
    problems.unknown(at, raw, _REMIND_KEYS)
    days = raw.get("days", 0)
    if (raw.get("on") is None) == (not days):
        problems.append(f"{at}: give either 'on' (a saved date) or 'days'")
    clock = raw.get("at")
    if clock is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", str(clock)):
        problems.append(f"{at}: 'at' must be a time like \"20:00\"")
    return Remind(
        flow=str(raw["flow"]),
        on=raw.get("on"),
        days=int(days or 0),
        at=None if clock is None else str(clock),
        fields=tuple(raw.get("fields") or ()),
    )


def _flow(path: Path, problems: _Problems) -> Flow | None:
    try:
        data = read_yaml(path)
    except yaml.YAMLError as error:
        problems.append(f"{path.name}: not valid YAML: {error}".replace("\n", " "))
        return None
    if not isinstance(data, dict) or not isinstance(data.get("states"), dict):
        problems.append(f"{path.name}: needs 'flow', 'start' and a mapping of 'states'")
        return None
    problems.unknown(path.name, data, _FLOW_KEYS)
    name = str(data.get("flow") or path.stem)
    if name != path.stem:
        problems.append(f"{path.name}: flow '{name}' must live in {name}.yaml")
    states = {
        str(s): _state(str(s), raw or {}, f"{path.name}: state '{s}'", problems)
        for s, raw in data["states"].items()
    }
    start = str(data.get("start", ""))
    if start not in states:
        problems.append(f"{path.name}: start state '{start}' does not exist")
    return Flow(
        name=name,
        version=int(data.get("version", 1)),
        title=str(data.get("title", "")),
        start=start,
        states=states,
        renamed={str(k): str(v) for k, v in (data.get("renamed") or {}).items()},
        source=path,
        resumable=bool(data.get("resumable", True)),
    )


def read_flows(folder: Path) -> tuple[dict[str, Flow], list[str]]:
    """Read every flow file without judging the graph; `brug check` does that."""
    problems = _Problems()
    flows: dict[str, Flow] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == COMMANDS_FILE:
            continue
        flow = _flow(path, problems)
        if flow is not None:
            flows[flow.name] = flow
    return flows, problems


def load_dialogues(folder: Path) -> Dialogues:
    """Read and wire all flows; refuses to start on any structural problem."""
    flows, problems = read_flows(folder)
    commands, command_problems = read_commands(folder)
    problems += command_problems + graph_problems(flows, commands)
    if problems:
        raise DialogueError("\n".join(problems))
    for flow in flows.values():
        flow.machine = build_machine(flow)
    return Dialogues(flows, commands)


def read_commands(folder: Path) -> tuple[dict[str, Route], list[str]]:
    """The commands that work anywhere (`/menu`, `!menu`, or a plain word), and their routes."""
    problems = _Problems()
    path = folder / COMMANDS_FILE
    data = read_yaml(path) if path.exists() else None
    if not isinstance(data, dict):
        return {}, [f"{COMMANDS_FILE}: missing, or not a mapping of command to route"]
    commands = {}
    for name, raw in data.items():
        at = f"{COMMANDS_FILE}: command '{name}'"
        problems.unknown(at, raw or {}, _ROUTE_KEYS)
        commands[str(name)] = _route(raw or {}, at, problems)
    return commands, problems


# --- judging the graph ----------------------------------------------------------------------


def parse_when(when: str) -> tuple[str, str, str | None]:
    """`field`, `!field`, `field=value` or `field!=value` as (field, operator, value)."""
    if when.startswith("!"):
        return when[1:], "unset", None
    if "!=" in when:
        name, value = when.split("!=", 1)
        return name, "!=", value
    if "=" in when:
        name, value = when.split("=", 1)
        return name, "=", value
    return when, "set", None


def _route_problems(flows: Mapping[str, Flow], flow: Flow, where: str, route: Route) -> list[str]:
    problems = []
    if route.go and route.go not in flow.states:
        problems.append(f"{where}: goes to unknown state '{route.go}'")
    if route.flow and route.flow not in flows:
        problems.append(f"{where}: goes to unknown flow '{route.flow}'")
    if route.when is not None:
        name, _, _ = parse_when(str(route.when))
        if not name.replace("_", "").isalnum():
            problems.append(f"{where}: cannot read condition '{route.when}'")
    return problems


def graph_problems(
    flows: Mapping[str, Flow], commands: Mapping[str, Route] | None = None
) -> list[str]:
    """Unknown targets, unreachable states, dead ends and endless pass-through loops."""
    problems = [f"missing core flow '{name}'" for name in CORE_FLOWS if name not in flows]
    # Answers a flow gets from the reminders that start it count as saved in that flow.
    provided: dict[str, set[str]] = {}
    for flow in flows.values():
        for state in flow.states.values():
            if state.remind:
                provided.setdefault(state.remind.flow, set()).update(state.remind.fields)
    for name, route in (commands or {}).items():
        problems += _route_problems(flows, Flow("", 0, "", "", {}, {}, Path()), name, route)
    for flow in flows.values():
        file = flow.source.name
        for state in flow.states.values():
            where = f"{file}: state '{state.name}'"
            for i, choice in enumerate(state.choices):
                if not choice.route.dest:
                    problems.append(f"{where}: choice {i + 1} leads nowhere")
                problems += _route_problems(flows, flow, f"{where}: choice {i + 1}", choice.route)
            for route in state.next:
                problems += _route_problems(flows, flow, where, route)
            if state.after is not None:
                problems += _route_problems(flows, flow, f"{where}: after", state.after)
                if not state.waits:
                    problems.append(f"{where}: 'after' needs a state that waits (choices or input)")
            if not state.choices and not state.next:
                problems.append(f"{where}: no way on (no choices, no go, flow, do or branch)")
            elif state.next and state.next[-1].when is not None:
                problems.append(f"{where}: the last branch needs no 'when', so one always fits")
            if state.waits and not state.say:
                problems.append(f"{where}: waits for an answer but says nothing")
            if state.input and not state.next:
                problems.append(f"{where}: takes input but has no way on after it")
            computed = {a for s in flow.states.values() if s.compute for a in COMPUTED[s.compute]}
            saved = (
                {s.save for s in flow.states.values() if s.save}
                | computed
                | provided.get(flow.name, set())
            )
            needed = [*(state.record.fields if state.record else ())]
            if state.remind:
                needed += [*state.remind.fields, *([state.remind.on] if state.remind.on else [])]
                if state.remind.flow not in flows:
                    problems.append(f"{where}: reminds of unknown flow '{state.remind.flow}'")
            for name in needed:
                if name not in saved:
                    problems.append(f"{where}: uses answer '{name}', which no state saves")
        problems += _reach_problems(flow)
    return problems


def _reach_problems(flow: Flow) -> list[str]:
    file = flow.source.name
    seen, todo = set(), [flow.start]
    while todo:
        name = todo.pop()
        if name in seen or name not in flow.states:
            continue
        seen.add(name)
        state = flow.states[name]
        todo += [c.route.go for c in state.choices if c.route.go]
        todo += [r.go for r in state.next if r.go]
        todo += [state.after.go] if state.after and state.after.go else []
    problems = [
        f"{file}: state '{name}' cannot be reached from '{flow.start}'"
        for name in flow.states
        if name not in seen
    ]
    for name, state in flow.states.items():
        path, current = [name], state
        while not current.waits and current.next and current.next[0].go:
            target = current.next[0].go
            if target in path:
                problems.append(
                    f"{file}: states {' → '.join([*path, target])} loop without waiting"
                )
                break
            if target not in flow.states:
                break
            path.append(target)
            current = flow.states[target]
    return problems


def _meanings(raw: Any) -> tuple[str, ...]:
    """A choice's `means`: one word ("yes") or a list of them ([later, unsure])."""
    if raw is None:
        return ()
    return tuple(str(m) for m in raw) if isinstance(raw, list) else (str(raw),)
