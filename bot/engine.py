"""The engine: per conversation, load → step → commit (state and outbox together) → reply.

A lock per conversation key keeps each conversation in strict order while different people
are served concurrently; replies are returned only after they are durable. What one person
may cost is limited too: a conversation that floods Brug (`bot/flood.py`) gets its safety
answers, one word that Brug reads along, and an answer to its latest message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from prometheus_client import Counter

from bot import metrics
from bot.core import weeks
from bot.core.export import render_export
from bot.core.messages import ConversationKey, Incoming, Outgoing
from bot.core.state import ConversationState
from bot.core.step import (
    NUDGE_PREFIX,
    Context,
    ExportData,
    ForgetUser,
    NudgeOutcome,
    PlanNudges,
    SafetyEvent,
    SaveRecord,
    Schedule,
    ShowView,
    step,
)
from bot.core.views import NEEDS, render_view
from bot.flood import FLOOD_LATEST, OWED, QUIET, FloodGate, owed_message, owed_payload
from bot.logs import pseudonym
from bot.store import StaleState, StepWrite, Store, StoreClosed

log = logging.getLogger("brug.engine")

Clock = Callable[[], datetime]
# Seconds between tries of a step whose commit failed: about 15 s in all, plus the store's
# own wait for a lock (busy_timeout) in each try.
RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)
SAFETY_KEPT = 50  # the moments of safety answers a person's own state keeps (for /export)
Sender = Callable[[list[Outgoing]], Awaitable[None]]
FLOODS = Counter(
    "brug_floods",
    "Floods: one conversation writing faster than Brug could answer it",
    ["platform"],
    registry=metrics.REGISTRY,
)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class _Slot:
    lock: asyncio.Lock
    users: int = 0


class KeyedLocks:
    """One lock per conversation, dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._slots: dict[ConversationKey, _Slot] = {}

    def hold(self, key: ConversationKey) -> _Hold:
        """`async with locks.hold(key):` runs the block alone for this conversation."""
        return _Hold(self._slots, key)

    def waiting(self, key: ConversationKey) -> int:
        """How many wait for this conversation's lock behind the one holding it (0 if free)."""
        slot = self._slots.get(key)
        return slot.users - 1 if slot is not None and slot.users > 0 else 0


class _Hold:
    """Holding one conversation's lock; a plain class, as it is entered for every message."""

    __slots__ = ("_key", "_slot", "_slots")

    def __init__(self, slots: dict[ConversationKey, _Slot], key: ConversationKey) -> None:
        self._slots, self._key = slots, key

    async def __aenter__(self) -> None:
        slot = self._slots.get(self._key)
        if slot is None:
            slot = self._slots[self._key] = _Slot(asyncio.Lock())
        slot.users += 1
        self._slot = slot
        try:
            await slot.lock.acquire()
        except BaseException:
            self._leave()
            raise

    async def __aexit__(self, *exc_info: object) -> None:
        self._slot.lock.release()
        self._leave()

    def _leave(self) -> None:
        self._slot.users -= 1
        if self._slot.users == 0:
            del self._slots[self._key]


class Engine:
    def __init__(self, store: Store, ctx: Context, clock: Clock = utc_now) -> None:
        self.store = store
        self.ctx = ctx
        self.clock = clock
        self.locks = KeyedLocks()
        self._secret = b""
        self._senders: dict[str, Sender] = {}
        self.retry_delays = RETRY_DELAYS
        self.flood = FloodGate()
        self.flood_quiet = QUIET  # seconds without a newer message before the latest is answered

    async def start(self) -> None:
        """The secret behind the pseudonyms in the logs: derived from Brug's encryption key
        when there is one (nothing kept beside the data), else a random one kept once."""
        derived = self.store.derived("brug pseudonyms")
        if derived is not None:
            self._secret = derived
            await self.store.drop_cursor("pseudonym-secret")  # one kept in the clear before
            return
        secret = await self.store.cursor("pseudonym-secret")
        if secret is None:
            secret = secrets.token_hex(32)
            await self.store.set_cursor("pseudonym-secret", secret)
        self._secret = bytes.fromhex(secret)

    async def handle(self, incoming: Incoming) -> list[Outgoing]:
        """Apply one incoming event; returns the replies, already in the outbox. When the
        person was deleted by another process meanwhile (`brug forget`), the step is taken
        again on what the file now holds. Every event is stepped in full: the limit on
        flooding applies to what people send through `answer`."""
        return await self._handle(incoming)

    async def _handle(self, incoming: Incoming, *, over: bool = False) -> list[Outgoing]:
        """`over`: the message came over the flood rate (`FloodGate.note`)."""
        key = incoming.key
        async with self.locks.hold(key):
            passed = over and self.flood.passes_over(key, over, self.locks.waiting(key))
            while True:
                try:
                    return await self._step(incoming, passed=passed)
                except StaleState:
                    continue

    async def _step(self, incoming: Incoming, *, passed: bool = False) -> list[Outgoing]:
        key = incoming.key
        started = time.perf_counter()
        if incoming.group:  # rooms with more people: nothing is loaded or kept
            state = ConversationState()
        else:
            state = await self.store.load(key) or ConversationState()
        now = self.clock()
        if await self._answered(incoming, state, now):
            log.info("duplicate", extra={"event": "duplicate", "who": self.who(key)})
            return []
        # The latest message of a flood, owed an answer (`_pass_over`), is stepped as itself.
        owed = incoming.scheduled is not None and incoming.scheduled.kind == FLOOD_LATEST
        event = owed_message(incoming) if owed else incoming
        result = step(state, event, self.ctx, now)
        if passed and not any(isinstance(e, SafetyEvent) for e in result.effects):
            return await self._pass_over(incoming, state, now)
        write = StepWrite(
            key,
            result.state,
            list(result.outgoing),
            keep_state=not incoming.group,
            done_scheduled=incoming.scheduled.id if incoming.scheduled else None,
            at=int(now.timestamp()),
            event_id=incoming.event_id if incoming.update_id is None else None,
        )
        for effect in result.effects:
            await self._apply(effect, write)
        if incoming.scheduled is not None and not owed:  # a nudge or timed step: nobody waits
            write.outgoing = [replace(m, scheduled=True) for m in write.outgoing]
        if state.settings.get(OWED) and (owed or incoming.scheduled is None):
            # Answered in full: an older message of a flood is owed an answer no more.
            write.replan[FLOOD_LATEST] = None
            if write.state is not None:
                rest = {k: v for k, v in write.state.settings.items() if k != OWED}
                write.state = write.state.evolve(settings=rest)
        sent = await self._commit(write)
        elapsed = time.perf_counter() - started
        metrics.STEP_SECONDS.observe(elapsed)
        self.flood.sent(key, len(sent))
        if incoming.scheduled is None:
            metrics.messages_in(key.platform).inc()
        position = result.state.position
        if log.isEnabledFor(logging.INFO):  # the pseudonym costs a hash per step
            log.info(
                "step",
                extra={
                    "event": "step",
                    "who": self.who(key),
                    "flow": position.flow if position else None,
                    "state": position.state if position else None,
                    "ms": round(elapsed * 1000, 2),
                },
            )
        return sent

    async def _commit(self, write: StepWrite) -> list[Outgoing]:
        """The step's write, durably; a failure is counted (StaleState is no failure: the
        step is taken again)."""
        try:
            sent: list[Outgoing] = await self.store.commit(write)
        except StaleState:
            raise
        except Exception:
            metrics.ERRORS.labels("commit").inc()
            raise
        return sent

    async def _pass_over(
        self, incoming: Incoming, state: ConversationState, now: datetime
    ) -> list[Outgoing]:
        """A flooding conversation's message without a safety answer: committed as seen (the
        update id, the event id) with nothing else of its step. It becomes the flood's latest:
        a schedule row, due `flood_quiet` seconds on, that answers it in full unless a newer
        message takes its place or is answered first; a row, so a restart loses nothing.
        The first of a flood says, once, that Brug reads along."""
        key = incoming.key
        owe = not incoming.edited  # an edit is no new answer to reply to
        seen = state.evolve(
            active=True,
            last_seen=int(now.timestamp()),
            last_update=max(state.last_update, incoming.update_id or 0),
            settings={**state.settings, OWED: "1"} if owe else state.settings,
        )
        notice = self.flood.notice_due(key)
        outgoing = [self._reading_along(state, incoming)] if notice else []
        write = StepWrite(
            key,
            seen,
            outgoing,
            keep_state=not incoming.group,
            at=int(now.timestamp()),
            event_id=incoming.event_id if incoming.update_id is None else None,
        )
        if owe:
            write.replan[FLOOD_LATEST] = None  # the one owed before: this one takes its place
            due = int(now.timestamp() + self.flood_quiet)
            write.schedule.append((FLOOD_LATEST, due, owed_payload(incoming)))
        sent = await self._commit(write)
        self.flood.sent(key, len(sent))
        metrics.messages_in(key.platform).inc()
        if notice:
            self.flood.told(key)
            FLOODS.labels(key.platform).inc()
            log.info("flood", extra={"event": "flood", "who": self.who(key)})
        return sent

    def _reading_along(self, state: ConversationState, incoming: Incoming) -> Outgoing:
        """The one word of a flood, in the person's language (else the hinted one, else all)."""
        texts = self.ctx.texts
        hint = incoming.lang_hint if incoming.lang_hint in texts.languages else None
        known = state.lang or hint
        languages = [known] if known else list(texts.languages)
        text = "\n\n".join(texts.get(lang, "flood-reading-along") for lang in languages)
        return Outgoing(incoming.key, text, public=incoming.group)

    async def _answered(self, incoming: Incoming, state: ConversationState, now: datetime) -> bool:
        """A redelivery of something already answered: a due row already done (claimed
        again after a slow step), Telegram's update id, or an event id the store keeps."""
        if incoming.scheduled is not None:
            return await self.store.scheduled_done(incoming.scheduled.id)
        if incoming.update_id is not None:
            return state.answered_update(incoming.update_id, int(now.timestamp()))
        if incoming.event_id is not None:
            return await self.store.answered(incoming.key.platform, incoming.event_id)
        return False

    async def answer(self, incoming: Incoming) -> list[Outgoing]:
        """`handle`, retried with backoff while the store fails (locked, disk full); when it
        keeps failing, what cannot wait is said anyway: a safety answer, else a short apology
        (not in the outbox, so not resent). The platform may then confirm the update.

        A message that floods (`bot/flood.py`) is passed over: its safety answer, if any, is
        said and it is committed as seen, but only the flood's latest message is answered."""
        over = incoming.scheduled is None and self.flood.note(incoming.key)
        return await self._persist(incoming, over=over)

    async def _persist(self, incoming: Incoming, *, over: bool = False) -> list[Outgoing]:
        """`_handle` with `answer`'s retries and its last resort."""
        for delay in (*self.retry_delays, None):
            try:
                return await self._handle(incoming, over=over)
            except StoreClosed:
                raise
            except Exception as error:
                metrics.ERRORS.labels("step").inc()
                log.warning(
                    "step failed",
                    extra={
                        "event": "step_failed",
                        "who": self.who(incoming.key),
                        "error": type(error).__name__,
                    },
                )
                if delay is None:
                    break
                await asyncio.sleep(delay)
        metrics.ERRORS.labels("step_given_up").inc()
        return self.unsaved(incoming)

    async def move(
        self, old: ConversationKey, new: ConversationKey, *, notice: str | None = "moved-private"
    ) -> list[Outgoing]:
        """Go on in another chat: a new private chat, because others can now read the old one,
        or (`notice` None) the same chat under a new id (a Telegram group that became a
        supergroup). The conversation's rows follow it in one transaction, and a word there
        (`notice`) says why, before what was still waiting. Returns those messages, as
        written to the outbox."""
        async with self.locks.hold(old), self.locks.hold(new):
            state = await self.store.load(old)
            waiting = await self.store.pending(old.platform, old)
            outgoing = [replace(m, key=new, outbox_id=0) for m in waiting]
            if notice is not None:
                languages = [state.lang] if state and state.lang else list(self.ctx.texts.languages)
                text = "\n\n".join(self.ctx.texts.get(lang, notice) for lang in languages)
                outgoing.insert(0, Outgoing(new, text))
            write = StepWrite(new, state, outgoing, keep_state=state is not None, moved_from=old)
            sent: list[Outgoing] = await self.store.commit(write)
        event = "moved_private" if notice is not None else "moved"
        log.info("moved", extra={"event": event, "who": self.who(new)})
        return sent

    def unsaved(self, incoming: Incoming) -> list[Outgoing]:
        """The answer when nothing can be saved: the safety answer the step gives a fresh
        conversation, else an apology that asks to write again, in the hinted language or
        both."""
        result = step(ConversationState(), incoming, self.ctx, self.clock())
        safety = [m for m in result.outgoing if m.safety]
        if safety:
            return safety
        hint = incoming.lang_hint if incoming.lang_hint in self.ctx.texts.languages else None
        languages = [hint] if hint else list(self.ctx.texts.languages)
        text = "\n\n".join(self.ctx.texts.get(lang, "error-unsaved") for lang in languages)
        return [Outgoing(incoming.key, text, public=incoming.group)]

    async def deactivate(self, key: ConversationKey) -> None:
        """The person blocked Brug or left: send nothing more until they write again."""
        async with self.locks.hold(key):
            state = await self.store.load(key)
            if state is not None and state.active:
                with contextlib.suppress(StaleState):  # deleted meanwhile: nothing to mark
                    await self.store.commit(StepWrite(key, replace(state, active=False)))
                log.info("inactive", extra={"event": "inactive", "who": self.who(key)})

    def register(self, platform: str, sender: Sender) -> None:
        """Where replies for `platform` go when they arise outside a platform's own update."""
        self._senders[platform] = sender

    async def dispatch(self, messages: list[Outgoing]) -> None:
        """Hand replies that arose outside a platform's update (a timed step, a nudge) to
        their platform's adapter; the step marked those nobody waits for as `scheduled`."""
        by_platform: dict[str, list[Outgoing]] = {}
        for message in messages:
            by_platform.setdefault(message.key.platform, []).append(message)
        for platform, batch in by_platform.items():
            sender = self._senders.get(platform)
            if sender is not None:
                await sender(batch)

    async def _apply(self, effect: object, write: StepWrite) -> None:
        key = write.key
        if isinstance(effect, SaveRecord):
            write.records.append((effect.kind, dict(effect.data)))
        elif isinstance(effect, SafetyEvent):
            write.safety_event = True  # a count for the day, with nobody's id
            state = write.state
            if state is not None and state.keeps_answers:  # theirs, sealed with their state
                times = [*state.settings.get("safety_answers", []), write.at][-SAFETY_KEPT:]
                write.state = state.evolve(settings={**state.settings, "safety_answers": times})
            metrics.SAFETY_EVENTS.labels(effect.kind).inc()
            log.warning("safety", extra={"event": "safety", "who": self.who(key)})
        elif isinstance(effect, Schedule):
            write.schedule.append((effect.kind, effect.due_at, dict(effect.payload)))
        elif isinstance(effect, NudgeOutcome):
            metrics.NUDGES.labels(effect.kind, effect.outcome).inc()
            log.info(
                "nudge",
                extra={
                    "event": f"nudge_{effect.outcome}",
                    "who": self.who(key),
                    "flow": effect.kind,
                },
            )
        elif isinstance(effect, PlanNudges):
            write.replan.update({f"{NUDGE_PREFIX}{k}": due for k, due in effect.plans.items()})
            write.replan.update(dict.fromkeys(effect.cancel))
        elif isinstance(effect, ShowView):
            kinds, days = NEEDS[effect.view]
            since = int(self.clock().timestamp()) - days * 86400
            records = await self.store.records_of(key.platform, key.user, kinds, since)
            records += [  # kept by this very step (a check-in shown at once)
                {
                    "kind": kind,
                    "data": data,
                    "created_at": write.at or int(self.clock().timestamp()),
                }
                for kind, data in write.records
                if not kinds or kind in kinds
            ]
            state = write.state or ConversationState()
            lang = state.lang or self.ctx.texts.languages[0]
            pattern = weeks.current(state.settings)
            label = self.ctx.dialogues.patterns.get(pattern or "")
            topic = (pattern, self.ctx.texts.get(lang, label)) if pattern and label else None
            messages = render_view(
                effect.view,
                records,
                lang,
                self.ctx.texts,
                self.clock(),
                state.tz,
                state.country,
                topic,
            )
            flow = write.outgoing[0].flow if write.outgoing else None
            shown = [Outgoing(key, text, flow=flow, chart=chart) for text, chart in messages]
            write.outgoing[effect.at : effect.at] = shown
        elif isinstance(effect, ForgetUser):
            write.forget, write.state = True, None
            if write.outgoing:  # the goodbye: after it, the platform lets go of the chat
                write.outgoing[-1] = replace(write.outgoing[-1], farewell=True)
            log.info("forget", extra={"event": "forget", "who": self.who(key)})
        elif isinstance(effect, ExportData):
            data = await self.store.everything_about(key.platform, key.user)
            lang = (write.state.lang if write.state else None) or self.ctx.texts.languages[0]
            for text, document in render_export(data, lang, self.ctx.texts):
                write.outgoing.append(Outgoing(key, text, document=document))

    def who(self, key: ConversationKey) -> str:
        return pseudonym(key, self._secret)

    async def delivered(self, messages: list[Outgoing]) -> None:
        await self.store.delivered(m.outbox_id for m in messages if m.outbox_id)
        for message in messages:
            metrics.messages_out(message.key.platform).inc()
            if message.outbox_id:
                self.flood.delivered(message.key)
