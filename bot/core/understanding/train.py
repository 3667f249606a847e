"""Train the safety check's learned reading (`model.py`) and measure how far it carries.

    python -m bot.core.understanding.train            # write locales/safety-model.json
    python -m bot.core.understanding.train --cross    # per writer: trained on all the others
    python -m bot.core.understanding.train --leave-out dev-w8.yaml   # keep a file for checking

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
from bot.core.understanding.model import NONE, SafetyModel, features

ROOT = Path(__file__).resolve().parents[3]
LOCALES = ROOT / "locales"
SAFETY = ROOT / "tests" / "data" / "safety"
EVERYDAY = ROOT / "tests" / "data" / "understanding"
OUTPUT = LOCALES / "safety-model.json"
# The probability above which the model's kind counts: a calm question costs little, an
# answer about violence to someone who wrote about a film costs more.
# Chosen with --cross (2026-11-30): on the writer the word lists knew least (dev-w7), crisis
# and safeguarding messages caught went from 0.59 to 0.71, while 7 in 1,000 ordinary messages
# got a calm question they would not have had.
THRESHOLDS = {
    "suicide": 0.75,
    "self_harm": 0.75,
    "violence": 0.8,
    "child": 0.8,
    "sexual": 0.8,
    "eating": 0.8,
}
# The inverse strength of the regularisation. 2.0 since the message's concepts became features
# (2026-11-30): trained without dev-w7 or dev-w8 and read on it, 1.0 caught 0.70 / 0.84 of
# their danger messages (frames and model), 2.0 caught 0.72 / 0.86, for 0 and 2 calm
# questions in 128 ordinary messages.
C = 2.0
SMALL = 0.1  # a feature whose weights are all smaller than this is left out (no loss seen)
Item = tuple[str, str]


def kind_of(label: str) -> str:
    """The model's class for a corpus label: the kind of danger, or none (past is none)."""
    tier, _, kind = label.partition("/")
    if tier in ("crisis", "possible"):
        return kind
    return tier if tier in THRESHOLDS else NONE


def writers(leave_out: Sequence[str] = ()) -> dict[str, list[Item]]:
    """Every labelled file but the parts kept aside (and those in `leave_out`), by file."""
    found: dict[str, list[Item]] = {}
    for path in sorted(SAFETY.glob("*.yaml")):
        if not path.name.startswith("heldout") and path.name not in leave_out:
            items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            found[path.name] = [(str(i["text"]), kind_of(str(i["label"]))) for i in items]
    for path in sorted(EVERYDAY.glob("*.yaml")):
        if not path.name.startswith("heldout"):
            items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            found[f"everyday/{path.name}"] = [(str(i["text"]), NONE) for i in items]
    return found


def fit(items: Sequence[Item], understanding: Understanding) -> dict[str, Any]:
    """The model's numbers, as `SafetyModel.load` reads them."""
    from sklearn.feature_extraction import DictVectorizer  # train only: not a dependency
    from sklearn.linear_model import LogisticRegression

    lexicon = understanding.reader.lexicon
    counted = [Counter(features(understanding.read(text), lexicon)) for text, _ in items]
    vectoriser = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(vectoriser.fit_transform(counted), [kind for _, kind in items])
    weights = {
        feature: [round(float(w), 4) for w in model.coef_[:, column]]
        for feature, column in sorted(vectoriser.vocabulary_.items())
        if abs(model.coef_[:, column]).max() >= SMALL
    }
    return {
        "classes": [str(c) for c in model.classes_],
        "intercepts": [round(float(b), 4) for b in model.intercept_],
        "thresholds": THRESHOLDS,
        "weights": weights,
    }


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
                right += guess == kind
        for text in ordinary:
            reading = understanding.read(text)
            if not understanding.safety.assess(reading).alarm:
                raised += model.danger(reading, lexicon) is not None
        n = max(len(danger), 1)
        print(
            f"{name:28} {len(danger):6} {caught / n:7.3f} {(caught + added) / n:7.3f}"
            f" {right:>4}/{added:<3} {raised:>3}/{len(ordinary):<4}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross", action="store_true", help="leave one writer out, each in turn")
    parser.add_argument(
        "--leave-out",
        action="append",
        default=[],
        metavar="FILE",
        help="train without this safety file, to measure on it afterwards; repeatable",
    )
    args = parser.parse_args(argv)
    understanding = Understanding.load(LOCALES)
    understanding.safety.model = None  # the frames alone, as the model is trained beside them
    if args.cross:
        cross(understanding)
        return 0
    items = [item for found in writers(args.leave_out).values() for item in found]
    data = fit(items, understanding)
    OUTPUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"wrote {OUTPUT.relative_to(ROOT)}: {len(data['weights'])} features, {len(items)} messages"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
