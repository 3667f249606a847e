"""Train the learned readings (`model.py`) and measure how far they carry.

    python -m bot.core.understanding.train            # write locales/safety-model.json
    python -m bot.core.understanding.train --cross    # per writer: trained on all the others
    python -m bot.core.understanding.train --sweep    # the same, over thresholds: the trade-off
    python -m bot.core.understanding.train --leave-out dev-w8.yaml   # keep a file for checking
    python -m bot.core.understanding.train --urgency  # per writer: the urgency's cut, compared
    python -m bot.core.understanding.train --intent   # write locales/intent-model.json
    python -m bot.core.understanding.train --intent --cross   # per writer, frames and model

Needs scikit-learn (`pip install -e '.[train]'`); Brug itself only reads the numbers it writes.

The data: every labelled safety message of `tests/data/safety/` except the part kept aside
(`heldout*.yaml`), and the intent corpus of `tests/data/understanding/` (except its part kept
aside) as ordinary talk. Each file is one writer, so `--cross` trains on all files but one and
reads that one: the nearest the team can come to people it never heard, and how the
thresholds below were chosen (recall gained on crisis and safeguarding messages against calm
questions raised in ordinary talk).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from bot.core.understanding import Understanding
from bot.core.understanding.intent import IntentReader
from bot.core.understanding.model import (
    NONE,
    IntentModel,
    SafetyModel,
    Urgency,
    at_feature,
    features,
)
from bot.core.understanding.safety import LIFE, SafetyCheck

ROOT = Path(__file__).resolve().parents[3]
LOCALES = ROOT / "locales"
SAFETY = ROOT / "tests" / "data" / "safety"
EVERYDAY = ROOT / "tests" / "data" / "understanding"
OUTPUT = LOCALES / "safety-model.json"
INTENT_OUTPUT = LOCALES / "intent-model.json"
# The probability above which the model's kind counts: a calm question costs little, an
# answer about violence to someone who wrote about a film costs more.
# Chosen with --cross (2026-11-30): on the writer the word lists knew least (dev-w7), crisis
# and safeguarding messages caught went from 0.59 to 0.71, while 7 in 1,000 ordinary messages
# got a calm question they would not have had.
# Chosen again with --sweep (2026-11-30, dev-w11 round), each writer left out in turn: at
# 0.75 caught 0.953 of danger messages for false alarms 0.026 of ordinary ones; at 0.8, 0.952
# for 0.021 (8 fewer calm questions in 1,705 for 2 danger messages in 1,738); 0.85 gave 0.947
# for 0.019. The frames' own false alarms there are in-sample: on new writers they are higher.
# And again (2026-12-01, 36 writers, 5,838 danger and 4,915 ordinary messages): at 0.8 caught
# 0.943 for false alarms 0.045 (41 by the model alone), at 0.75 0.949 for 0.046 (48), at 0.7
# 0.952 for 0.048 (58); 8 of 5,812 everyday messages at 0.8 and 0.75, 10 at 0.7. At 0.75, 35
# more danger messages get at least the calm question for 7 more ordinary ones.
# Violence, a child and sexual violence at 0.65 since the second session of 2026-12-01, with
# SURE below: read with the models of earlier rounds on writers they were not trained on
# (dev-w123 to w126, dev-w128 to w131, 448 messages; dev-negatives21 and 22, 600 ordinary
# ones), the gentle "maybe" reached 3 more disclosures and no more ordinary messages (at 0.6:
# 2 more, and 1). Eating stayed at 0.75 then: lower, it gained nothing there, and a fast for
# Ramadan came to 0.66.
# Eating at 0.65 too since the sixth session of 2026-12-01, after seven writers leaning on
# eating problems (dev-w230 to w242: tricks, numbers, schedules, worried parents). With the
# writers in five groups, each read by a model trained without it (3,973 eating messages,
# 27,556 ordinary ones): at 0.65, 25 more eating messages got the gentle "maybe" with the
# eating lines instead of nothing ("dag 5 water only", "ik mag pas weer normaal eten als ik
# onder de 45 kilo zit") and 6 more ordinary ones got it (a stomach bug, "purging old files",
# a weekly weigh-in on schedule); false alarms 0.0264 to 0.0266. At 0.6, 30 and 10, and a
# row of keycap digits (the naughty strings) had the "maybe"; at 0.5, 40 and 20.
# Suicide and self-harm at 0.7 since the third session of 2026-12-01, when the threshold
# became one on danger of any kind (`SafetyModel.danger`). With the writers in five groups,
# each left out of training in turn (`python -m benchmarks.safety --groups 5`), of 12,700
# crisis messages and 19,300 ordinary ones: at 0.75, 422 crises without the helplines at
# once and false alarms 0.024; at 0.7, 393 and 0.025; at 0.6, 355 and 0.027; at 0.5, 322 and
# 0.031; everyday messages with an alarm: 75, 75, 89 and 104 of 6,252. On six writers not
# in training at all (dev-w155 to w160): crisis at once 0.929, 0.929, 0.933 and 0.944, false
# alarms 0.025, 0.025, 0.025 and 0.032. Crisis recall is the target still missed, false
# alarms the one with room; but at 0.6 a draft written in an exercise ("Ik denk vaak aan je.
# Je hoeft niet meteen te reageren.", 0.60) and "new japanese knife set, cuts like butter"
# (0.66) had the helplines.
THRESHOLDS = {
    "suicide": 0.7,
    "self_harm": 0.7,
    "violence": 0.65,
    "child": 0.65,
    "sexual": 0.65,
    "eating": 0.65,
}
# The probability from which a safeguarding kind (violence, a child, sexual violence, eating)
# that the model alone found gets its full answer and lines instead of the gentle "maybe".
# Chosen 2026-11-30: with each writer left out in turn it lifted those kinds from 0.965 to
# 0.973 (on the fifteenth writer, not in training: 0.786 to 0.875), and the 6 ordinary messages
# of 5,000 it reached were a teacher's, a colleague's and a friend's worries, already given
# the "maybe" with the same lines. On the eighteenth and nineteenth writers, not in training:
# of 12 such findings, 10 were this sure, 9 of them of the labelled kind (the tenth: violence
# for a husband's sexual violence).
# Lowered to 0.75 (second session of 2026-12-01): on the same 448 messages of writers the
# models were not trained on, 12 more disclosures got their kind's full answer (each kind
# +0.02 to +0.05), and no ordinary message changed from the "maybe" to a full answer.
SURE = 0.75
# The probability of none from which the model overrules what the frames found, in a message of
# six words or more (`SafetyCheck.overruled`, where the figures are).
ORDINARY = 0.998
# The probability of suicide or self-harm, below its threshold, from which an urgency of crisis
# of URGENT_CUT or more makes a message a crisis (`SafetyModel.urgent_below`; the figures are
# in `SafetyCheck._learned`).
URGENT_FLOOR = 0.5
URGENT_CUT = 0.99
# The probabilities from which the learned urgency changes the tier a frame gave a finding of
# suicide or self-harm (asked when the message asks nothing and holds more than a bare vague
# plan: `SafetyCheck._learned_tier`). Chosen with --urgency (2026-11-30, with dev-w21), each
# writer left out in turn (in-sample for the frames, which were tuned on them):
# - crisis, for a signal without clear intent: at 0.9 it made 17 crisis messages a crisis at
#   once that had only had the calm question, for 1 of a dark time that is over, 1 labelled
#   possible and no ordinary message (at 0.7: 19 crises, 1 ordinary, 1 past, 5 possible). On the
#   fifteenth writer, before it was in training: 3 of its 80 crises more.
# - past, for a finding in a message naming a time long gone and nothing going on: at 0.9 it
#   gave 23 messages of a dark time that is over their own answer, for 1 crisis read as over
#   (at 0.95: 19 and the same 1; at 0.7: 30 and 1). As sure as the crisis side: a crisis read
#   as over gets no alarm.
# - crisis lowered to 0.85 (fifth session of 2026-12-01), the writers in five groups, each
#   left out of training in turn: 139 of 16,153 crisis messages had only the calm question,
#   111 of them with an urgency of 0.5 or more, against 41 of 2,283 signals without clear
#   intent. Crisis at once 0.9715 at 0.9; 0.9740 at 0.8, 0.9749 at 0.7, 0.9755 at 0.6 (the
#   signals given the calm question 0.556, 0.554, 0.552, 0.551; no alarm more or less, only
#   its tier changes); with `URGENT_FLOOR` too, 0.9766 at 0.8 and 0.9759 at 0.85. Not lower:
#   "ive been a weight round my family's neck for years" (0.82 once trained with dev-w207) and
#   "ik kan niet meer. morgen lekker uitslapen" (0.69) are what the calm question is for.
# - 0.7 tried (2026-12-02): trained without the 32 newest writers (dev-w343 to w374: 2,560
#   crisis messages, 640 signals without clear intent, 2,304 ordinary ones) and read on
#   them, crisis at once was 0.9812 at 0.85, 0.9828 at 0.7 and 0.9836 at 0.5, false alarms
#   0.0221 at each. Not taken: at 0.7 "i dont want to wake up for a while" (0.81), a signal
#   without clear intent as the issue names them, had the helplines instead of the calm
#   question. The threshold of suicide and self-harm (THRESHOLDS) was tried there too: at
#   0.5 with a cut of 0.7, 0.9852 for false alarms 0.0226, but the team's own hard negatives
#   had alarms ("the kids came home with their pockets full of stones from the beach", "ik
#   ben er vrijdag niet meer want dan begint mijn vakantie"): it stays at 0.7.
URGENCY = {"crisis": 0.85, "past": 0.9}
URGENCY_SWEEP = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)  # the cuts `--urgency` compares
# The inverse strength of the regularisation. 2.0 since the message's concepts became features
# (2026-11-30): trained without dev-w7 or dev-w8 and read on it, 1.0 caught 0.70 / 0.84 of
# their danger messages (frames and model), 2.0 caught 0.72 / 0.86, for 0 and 2 calm
# questions in 128 ordinary messages.
C = 2.0
# The same for the intent model. Chosen (2026-11-30) on the one writer the lexicons had not
# been tuned on (dev-heldout9), trained on all the others: 0.5 and 1.0 read 0.900 of it right,
# 2.0 and 4.0 0.891, 8.0 0.886 (the frames alone: 0.786).
INTENT_C = 1.0
SWEEP = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)  # the thresholds `--sweep` compares
SMALL = 0.1  # a feature whose weights are all smaller than this is left out (no loss seen)
# A single weight smaller than this is left out (stored: [class, weight] pairs). At 0.05 the
# intent model keeps 15,345 of 190,112 weights and reads all 2,512 development messages as
# before (at 0.1: 0.998 of them); the file and its loading shrink tenfold.
SMALL_WEIGHT = 0.05
Item = tuple[str, str]


def kind_of(label: str) -> str:
    """The model's class for a corpus label: the kind of danger, or none (past is none)."""
    tier, _, kind = label.partition("/")
    if tier in ("crisis", "possible"):
        return kind
    return tier if tier in THRESHOLDS else NONE


def _corpus(directory: Path, leave_out: Sequence[str] = ()) -> dict[str, list[Any]]:
    """The labelled items of each file in `directory` but the parts kept aside (and those in
    `leave_out`), by file name: each file is one writer."""
    return {
        path.name: yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for path in sorted(directory.glob("*.yaml"))
        if not path.name.startswith("heldout") and path.name not in leave_out
    }


def writers(leave_out: Sequence[str] = ()) -> dict[str, list[Item]]:
    """Every labelled file but the parts kept aside (and those in `leave_out`), by file."""
    found: dict[str, list[Item]] = {
        name: [(str(i["text"]), kind_of(str(i["label"]))) for i in items]
        for name, items in _corpus(SAFETY, leave_out).items()
    }
    for name, items in _corpus(EVERYDAY).items():
        found[f"everyday/{name}"] = [(str(i["text"]), NONE) for i in items]
    return found


def tiers(leave_out: Sequence[str] = ()) -> dict[str, list[Item]]:
    """The messages of suicide and self-harm of every file but those kept aside, by file,
    each with its tier (crisis, possible, past): what the urgency is trained on."""
    return {
        name: [
            (str(i["text"]), tier)
            for i in items
            for tier, _, kind in [str(i["label"]).partition("/")]
            if kind in LIFE and tier in ("crisis", "possible", "past")
        ]
        for name, items in _corpus(SAFETY, leave_out).items()
    }


def fit(
    items: Sequence[Item], understanding: Understanding, urgency: Sequence[Item] = ()
) -> dict[str, Any]:
    """The model's numbers, as `SafetyModel.load` reads them; with `urgency` (text, tier)
    items, its urgency's too."""
    counted = [_counted(text, understanding) for text, _ in items]
    data = {
        **_fit(counted, [kind for _, kind in items], C),
        "thresholds": THRESHOLDS,
        "sure": SURE,
        "ordinary": ORDINARY,
        "urgent_floor": URGENT_FLOOR,
        "urgent_cut": URGENT_CUT,
    }
    if urgency:
        data["urgency"] = {**fit_urgency(urgency, understanding), "cuts": URGENCY}
    return data


def fit_urgency(items: Sequence[Item], understanding: Understanding) -> dict[str, Any]:
    """The urgency's numbers from (text, tier) items."""
    counted = [_counted(text, understanding) for text, _ in items]
    return _fit(counted, [tier for _, tier in items], 1.0)


def _counted(text: str, understanding: Understanding) -> Counter[str]:
    return Counter(features(understanding.read(text), understanding.reader.lexicon))


def _fit(counted: Sequence[Counter[str]], labels: Sequence[str], c: float) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer  # train only: not a dependency
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(vectoriser.fit_transform(counted), labels)
    weights = {}
    for feature, column in sorted(vectoriser.vocabulary_.items()):
        kept = [
            [k, round(float(w), 4)]
            for k, w in enumerate(model.coef_[:, column])
            if abs(w) >= SMALL_WEIGHT
        ]
        if kept and abs(model.coef_[:, column]).max() >= SMALL:
            weights[feature] = kept
    return {
        "classes": [str(c) for c in model.classes_],
        "intercepts": [round(float(b), 4) for b in model.intercept_],
        "weights": weights,
    }


IntentItem = tuple[str, str, str]  # text, where it was typed, label


def intent_writers() -> dict[str, list[IntentItem]]:
    """The intent corpus but its part kept aside, by file (each file one writer)."""
    return {
        name: [(str(i["text"]), str(i["at"]), str(i["label"])) for i in items]
        for name, items in _corpus(EVERYDAY).items()
    }


def fit_intents(items: Sequence[IntentItem], understanding: Understanding) -> dict[str, Any]:
    """The intent model's numbers, as `IntentModel.load` reads them."""
    lexicon = understanding.reader.lexicon
    counted = []
    for text, at, _ in items:
        found = Counter(features(understanding.read(text), lexicon))
        found[at_feature(at)] += 1
        counted.append(found)
    return _fit(counted, [label for _, _, label in items], INTENT_C)


def cross_intents(understanding: Understanding) -> None:
    """Per writer, the model trained on all the others: the share read right by the frames
    alone, by the model alone, and by both as `IntentReader` weighs them. The frames were
    tuned on every writer but the newest: only its row says how they carry."""
    parts = intent_writers()
    frames, lexicon = understanding.intents, understanding.reader.lexicon
    print(f"{'writer':24} {'n':>4} {'frames':>7} {'model':>7} {'both':>7}")
    for name, items in parts.items():
        rest = [item for other, found in parts.items() if other != name for item in found]
        model = IntentModel.load_data(fit_intents(rest, understanding))
        weighed = IntentReader(frames.frames, frames.offers, model, lexicon)
        framed = learned = both = 0
        for text, at, label in items:
            reading = understanding.read(text)
            framed += frames.read(reading, at).label == label
            learned += model.best(reading, lexicon, at)[0] == label
            both += weighed.read(reading, at).label == label
        n = max(len(items), 1)
        print(f"{name:24} {n:4} {framed / n:7.3f} {learned / n:7.3f} {both / n:7.3f}")


def cross(understanding: Understanding) -> None:
    """Per writer, trained on all the others: what the frames catch, what the model adds."""
    parts = writers()
    lexicon = understanding.reader.lexicon
    print(f"{'writer':28} {'danger':>6} {'frames':>7} {'+model':>7} {'kind ok':>8} {'calm':>7}")
    for name, items in parts.items():
        rest = [item for other, found in parts.items() if other != name for item in found]
        model = SafetyModel.load_data(fit(rest, understanding))
        danger = [(t, k) for t, k in items if k != NONE]
        ordinary = [t for t, k in items if k == NONE]
        caught = added = right = raised = 0
        for text, kind in danger:
            reading = understanding.read(text)
            if understanding.safety.assess(reading).alarm:
                caught += 1
            elif (guess := model.danger(reading, lexicon)) is not None:
                added += 1
                right += guess[0] == kind
        for text in ordinary:
            reading = understanding.read(text)
            if not understanding.safety.assess(reading).alarm:
                raised += model.danger(reading, lexicon) is not None
        n = max(len(danger), 1)
        print(
            f"{name:28} {len(danger):6} {caught / n:7.3f} {(caught + added) / n:7.3f}"
            f" {right:>4}/{added:<3} {raised:>3}/{len(ordinary):<4}"
        )


def cross_urgency(understanding: Understanding) -> None:
    """Per writer, the urgency trained on all the others, asked wherever the check would ask
    it; then, per tier it may give and per cut, how many messages of each label it would
    move to that tier (all writers together)."""
    parts = tiers()
    lexicon, frames = understanding.reader.lexicon, understanding.safety
    moved: Counter[tuple[str, float, str]] = Counter()  # (tier, cut, label)
    for name, items in _corpus(SAFETY).items():
        rest = [item for other, found in parts.items() if other != name for item in found]
        numbers = fit_urgency(rest, understanding)
        # per tier, the frames with an urgency that gives only that tier, at any probability
        checks = {}
        for tier in Urgency.TIERS:
            cuts = {t: 1e-9 if t == tier else 1.0 for t in Urgency.TIERS}
            urgency = Urgency.load_data({**numbers, "cuts": cuts})
            model = SafetyModel(["none"], [0.0], {}, {}, urgency)
            checks[tier] = (urgency, SafetyCheck(frames.frames, model, lexicon, frames.urgent))
        for item in items:
            reading = understanding.read(str(item["text"]))
            before = frames.assess(reading).tier
            label = str(item["label"]).partition("/")[0]
            for tier, (urgency, check) in checks.items():
                if before == tier or check.assess(reading).tier != tier:
                    continue  # not asked, or nothing to move
                probability = urgency.probabilities(reading, lexicon)[tier]
                for cut in URGENCY_SWEEP:
                    moved[(tier, cut, label)] += probability >= cut
    labels = sorted({label for _, _, label in moved})
    for tier in Urgency.TIERS:
        print(f"messages the urgency would make {tier}, by label:")
        print(f"{'cut':>5}" + "".join(f"{label:>10}" for label in labels))
        for cut in URGENCY_SWEEP:
            print(f"{cut:5.2f}" + "".join(f"{moved[(tier, cut, x)]:10}" for x in labels))


def sweep(understanding: Understanding, cuts: Sequence[float] = SWEEP) -> None:
    """Per writer, trained on all the others, each message read by the frames and the model;
    then, for each threshold in `cuts`, on all the writers together: the danger messages
    caught and the ordinary ones alarmed (safety corpora only: the benchmark's false alarms),
    and the ordinary messages the model alone would alarm at the chosen thresholds."""
    parts = writers()
    lexicon = understanding.reader.lexicon
    # (writer, kind, a frame holds, the model's top kind, its probability, text)
    read: list[tuple[str, str, bool, str, float, str]] = []
    for name, items in parts.items():
        rest = [item for other, found in parts.items() if other != name for item in found]
        model = SafetyModel.load_data(fit(rest, understanding))
        for text, kind in items:
            reading = understanding.read(text)
            assessed = understanding.safety.assess(reading)
            # the model is asked only when no frame holds (a frame of the past tier too)
            held = assessed.alarm or bool(assessed.frames)
            probabilities = model.probabilities(reading, lexicon)
            top = max((c for c in model.classes if c != NONE), key=probabilities.__getitem__)
            read.append((name, kind, held, top, probabilities[top], text))
    alarms = {r[5]: understanding.safety.assess(understanding.read(r[5])).alarm for r in read}
    safety = [r for r in read if not r[0].startswith("everyday/")]
    danger = [r for r in safety if r[1] != NONE]
    ordinary = [r for r in safety if r[1] == NONE]
    everyday = [r for r in read if r[0].startswith("everyday/")]
    print(f"{len(danger)} danger, {len(ordinary)} ordinary, {len(everyday)} everyday messages")
    print(f"{'cut':>5} {'caught':>7} {'false':>6} {'by model':>9} {'everyday':>9}")
    for cut in cuts:
        hit = sum(alarms[r[5]] or (not r[2] and r[4] >= cut) for r in danger)
        caught = hit / max(len(danger), 1)
        model_alone = [r for r in ordinary if not r[2] and r[4] >= cut]
        false = sum(r[2] for r in ordinary if alarms[r[5]]) + len(model_alone)
        daily = sum(not r[2] and r[4] >= cut for r in everyday)
        print(
            f"{cut:5.2f} {caught:7.3f} {false / max(len(ordinary), 1):6.3f}"
            f" {len(model_alone):9} {daily:>4}/{len(everyday)}"
        )
    print("ordinary messages the model alone alarms at the chosen thresholds:")
    for name, _, framed, top, p, text in read:
        if _ == NONE and not framed and p >= THRESHOLDS[top]:
            print(f"  {name:24} {top:9} {p:.2f} {text[:90]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross", action="store_true", help="leave one writer out, each in turn")
    parser.add_argument(
        "--sweep", action="store_true", help="leave one writer out; compare thresholds"
    )
    parser.add_argument(
        "--urgency", action="store_true", help="leave one writer out; compare urgency cuts"
    )
    parser.add_argument(
        "--intent", action="store_true", help="the intent model instead of the safety model"
    )
    parser.add_argument(
        "--leave-out",
        action="append",
        default=[],
        metavar="FILE",
        help="train without this safety file, to measure on it afterwards; repeatable",
    )
    args = parser.parse_args(argv)
    understanding = Understanding.load(LOCALES, learned=False)  # the models go beside them
    if args.intent:
        if args.cross:
            cross_intents(understanding)
            return 0
        everything = [item for found in intent_writers().values() for item in found]
        data = fit_intents(everything, understanding)
        INTENT_OUTPUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {INTENT_OUTPUT.relative_to(ROOT)}: {len(data['weights'])} features")
        return 0
    if args.cross:
        cross(understanding)
        return 0
    if args.sweep:
        sweep(understanding)
        return 0
    if args.urgency:
        cross_urgency(understanding)
        return 0
    items = [item for found in writers(args.leave_out).values() for item in found]
    urgency = [item for found in tiers(args.leave_out).values() for item in found]
    data = fit(items, understanding, urgency)
    OUTPUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"wrote {OUTPUT.relative_to(ROOT)}: {len(data['weights'])} features, {len(items)} messages"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
