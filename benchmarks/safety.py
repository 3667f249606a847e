"""`python -m benchmarks.safety`: how well the safety check reads the labelled corpora.

Prints recall per kind and tier, false alarms on the hard negatives, per language, and the
check's cost per message (reading and assessing, warm caches and cold).

    python -m benchmarks.safety                  # the development corpora (dev-*.yaml)
    python -m benchmarks.safety --part heldout   # the part kept aside (measure it at the end)
    python -m benchmarks.safety --misses         # every message the check got wrong
    python -m benchmarks.safety --leave-out dev-w8.yaml   # the development corpora but one
    python -m benchmarks.safety --file dev-w8.yaml        # one file only
    python -m benchmarks.safety --groups 5       # writers in 5 groups, each read by a model
                                                 # trained without it (~5 min)

The corpora are `tests/data/safety/*.yaml`; their labels are explained in the README there.
An item with `after` is read after that earlier message; when the earlier one raised an alarm,
the conversation is in a safety answer (`elevated`), as in the step function.

Scoring, per label:
- crisis/*: right when the tier is crisis; "caught" when it is crisis or possible;
- possible/*: right when the tier is possible; caught when it is possible or crisis;
- past/*: right when the tier is past; an alarm on it is counted apart;
- violence, child, sexual, eating: right when that kind is what the answer is about; caught
  when there is any alarm;
- none: a false alarm when the tier is possible or crisis.

Targets (issue 12): crisis recall ≥ 0.98, each safeguarding kind ≥ 0.95, false alarms ≤ 0.03.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import zlib
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.core.understanding import Assessment, Understanding
from bot.core.understanding.model import SafetyModel
from bot.core.understanding.safety import MODEL

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "safety"
PARTS = {
    "dev": "dev-*.yaml",
    "val": "val.yaml",
    "heldout": "heldout*.yaml",
    "all": "*.yaml",
}
SAFEGUARDING = ("violence", "child", "sexual", "eating")
TARGETS = {"crisis": 0.98, **dict.fromkeys(SAFEGUARDING, 0.95), "false alarms": 0.03}


@dataclass(frozen=True)
class Item:
    text: str
    lang: str
    label: str
    note: str
    after: tuple[str, ...]  # earlier messages of the same person, oldest first
    source: str


def load(part: str, leave_out: tuple[str, ...] = (), file: str | None = None) -> list[Item]:
    """The items of a part (or of the files `file` names), without the files in `leave_out`."""
    items = []
    for path in sorted(CORPUS.glob(file or PARTS[part])):
        if path.name in leave_out:
            continue
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            after = raw.get("after") or ()
            items.append(
                Item(
                    str(raw["text"]),
                    str(raw.get("lang", "")),
                    str(raw["label"]),
                    str(raw.get("note", "")),
                    (after,) if isinstance(after, str) else tuple(map(str, after)),
                    path.name,
                )
            )
    return items


def assess(understanding: Understanding, item: Item) -> Assessment:
    elevated = any(understanding.assess(earlier).alarm for earlier in item.after)
    return understanding.assess(item.text, elevated=elevated)


def verdict(item: Item, found: Assessment) -> tuple[bool, bool]:
    """(right, caught) for one item; for `none`, `caught` means a false alarm."""
    label = item.label
    if label == "none":
        return not found.alarm, found.alarm
    tier, _, _ = label.partition("/")
    if tier in ("crisis", "possible"):
        return found.tier == tier, found.alarm
    if tier == "past":
        return found.tier == "past", found.alarm
    return found.kind == label and found.tier == "crisis", found.alarm


def group(label: str) -> str:
    tier, _, kind = label.partition("/")
    return f"{tier} ({kind})" if kind else tier


def report(
    items: list[Item],
    understanding: Understanding,
    misses: bool,
    models: Mapping[str, SafetyModel] | None = None,
) -> dict[str, float]:
    """Print the figures per label and language (and with `misses` every wrong answer);
    `models`: the learned reading to read each file with, by file name (a file not named
    there is read with the one loaded)."""
    loaded = understanding.safety.model
    rows: dict[tuple[str, str], list[tuple[bool, bool]]] = defaultdict(list)
    wrong: list[tuple[Item, Assessment]] = []
    by_model: list[Item] = []
    for item in items:
        if models is not None:
            understanding.safety.model = models.get(item.source, loaded)
        found = assess(understanding, item)
        if found.frames == (MODEL,):
            by_model.append(item)
        right, caught = verdict(item, found)
        for lang in (item.lang, "all"):
            rows[(group(item.label), lang)].append((right, caught))
            rows[(item.label.partition("/")[0], f"{lang}*")].append((right, caught))
        if not right:
            wrong.append((item, found))
    understanding.safety.model = loaded
    langs = [*sorted({i.lang for i in items}), "all"]
    print(f"{'label':<22}" + "".join(f"{lang:>16}" for lang in langs))
    figures: dict[str, float] = {}
    for name in sorted({k[0] for k in rows}):
        cells = []
        for lang in langs:
            found = rows.get((name, lang), [])
            if not found:
                cells.append(f"{'':>16}")
                continue
            right = sum(r for r, _ in found) / len(found)
            caught = sum(c for _, c in found) / len(found)
            shown = f"{caught:.3f} alarm" if name == "none" else f"{right:.3f}/{caught:.3f}"
            cells.append(f"{shown:>12} {len(found):>3}")
            if lang == "all":
                figures[name] = caught if name == "none" else right
        print(f"{name:<22}" + "".join(cells))
    for tier in ("crisis", "possible", "past", *SAFEGUARDING):
        found = rows.get((tier, "all*"), [])
        if found:
            figures[f"{tier} (all kinds)"] = sum(r for r, _ in found) / len(found)
    figures["false alarms"] = figures.get("none", 0.0)
    print("\nright/caught: right tier and kind / any alarm. For none: the share with an alarm.")
    danger = sum(not i.label.startswith(("none", "past")) for i in by_model)
    print(
        f"found by the learned reading alone (no frame): {danger} in danger, "
        f"{len(by_model) - danger} not"
    )
    if misses:
        print(f"\n{len(wrong)} wrong:")
        for item, found in wrong:
            after = f" (after: {' / '.join(item.after)!r})" if item.after else ""
            print(
                f"- [{item.label} → {found.tier}/{found.kind} {','.join(found.frames)}] "
                f"{item.text!r}{after}"
            )
    return figures


def grouped(understanding: Understanding, groups: int) -> dict[str, SafetyModel]:
    """For each development file, a learned reading trained without its group: the files
    (each one writer) fall in `groups` groups by a hash of their name, and each group is
    read by a model trained on all the others, as on writers it never saw. Needs
    scikit-learn (`pip install -e '.[train]'`); about a minute per group."""
    from bot.core.understanding import train  # scikit-learn: not a dependency of Brug

    def group(name: str) -> int:
        return zlib.crc32(name.encode()) % groups

    parts, tiers = train.writers(), train.tiers()
    models: dict[str, SafetyModel] = {}
    for number in range(groups):
        items = [i for name, found in parts.items() if group(name) != number for i in found]
        urgency = [i for name, found in tiers.items() if group(name) != number for i in found]
        model = SafetyModel.load_data(train.fit(items, understanding, urgency))
        models |= {name: model for name in parts if group(name) == number}
        print(f"group {number + 1} of {groups}: trained on {len(items)} messages", flush=True)
    return models


def cost(items: list[Item], understanding: Understanding) -> tuple[float, float, float]:
    """Microseconds per message: median and p99 with warm caches, and the mean when cold."""
    texts = [i.text for i in items]
    started = time.perf_counter()
    for text in texts:
        understanding.assess(text)
    cold = (time.perf_counter() - started) / len(texts) * 1e6
    times = []
    for _ in range(5):
        for text in texts:
            t = time.perf_counter()
            understanding.assess(text)
            times.append((time.perf_counter() - t) * 1e6)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99)], cold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.safety", description=__doc__)
    parser.add_argument("--part", choices=sorted(PARTS), default="dev")
    parser.add_argument("--misses", action="store_true", help="list every wrong answer")
    parser.add_argument(
        "--frames-only", action="store_true", help="without the learned reading (model.py)"
    )
    parser.add_argument(
        "--leave-out",
        action="append",
        default=[],
        metavar="FILE",
        help="leave this file out (to keep it for validation while tuning); repeatable",
    )
    parser.add_argument("--file", help="read only the files matching this name (a glob)")
    parser.add_argument(
        "--groups",
        type=int,
        metavar="K",
        help="read each of K groups of writers with a model trained without it (~1 min each)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    understanding = Understanding.load(ROOT / "locales")
    loaded = time.perf_counter() - started
    if args.frames_only:
        understanding.safety.model = None
    items = load(args.part, tuple(args.leave_out), args.file)
    if not items:
        print(f"no items for --part {args.part} in {CORPUS}", file=sys.stderr)
        return 1
    print(
        f"safety check on {len(items)} messages ({args.file or args.part}); "
        f"data loaded in {loaded:.2f} s\n"
    )
    cost_cold_start = cost(items[:1], understanding)[2]
    models = grouped(understanding, args.groups) if args.groups else None
    figures = report(items, understanding, args.misses, models)
    median, p99, cold = cost(items, understanding)
    print(
        f"\ncost per message: median {median:.1f} µs, p99 {p99:.1f} µs with warm caches; "
        f"{cold:.0f} µs on first sight of a message's words (the very first: "
        f"{cost_cold_start / 1000:.0f} ms, lemma tables loading)"
    )
    print("\ntargets:")
    ok = True
    for name, target in TARGETS.items():
        key = "crisis (all kinds)" if name == "crisis" else name
        key = f"{name} (all kinds)" if name in SAFEGUARDING else key
        value = figures.get(key)
        if value is None:
            continue
        met = value <= target if name == "false alarms" else value >= target
        ok &= met
        sign = "≤" if name == "false alarms" else "≥"
        print(f"  {name:<14} {value:.3f}  (target {sign} {target}: {'met' if met else 'MISSED'})")
    return 0 if ok else 2


if __name__ == "__main__":
    sys.exit(main())
