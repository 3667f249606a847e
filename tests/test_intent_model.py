"""The learned intent reading (`IntentModel`): where it decides and where the frames keep
their word, shown with a toy model of made-up words; and that the shipped numbers help."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from bot.core.understanding import Understanding
from bot.core.understanding.intent import IntentReader
from bot.core.understanding.model import IntentModel

ROOT = Path(__file__).resolve().parents[1]

# One made-up word per label: "vlorp" reads as lonely, "gnafel" as a wish to forget everything,
# "snorb" as moving house, "blim" as "a bit", "plof" a little lonely, "blum" a little "a bit";
# "at:exercise" leans to the answer.
TOY = {
    "classes": [
        "answer",
        "command/forget",
        "event/moved",
        "feeling/lonely",
        "nothing",
        "choice/bit",
    ],
    "intercepts": [0.0, 0.0, 0.0, 0.0, 1.0, 0.0],
    "weights": {
        "w:vlorp": [[3, 9.0]],
        "w:gnafel": [[1, 9.0]],
        "w:snorb": [[2, 9.0]],
        "w:blim": [[5, 9.0]],
        "w:plof": [[3, 2.5]],
        "w:blum": [[5, 3.0]],
        "at:exercise": [[0, 2.0]],
    },
}


@pytest.fixture(scope="module")
def shipped() -> Understanding:
    return Understanding.load(ROOT / "locales")


@pytest.fixture(scope="module")
def toy(shipped: Understanding) -> Understanding:
    model = IntentModel.load_data(TOY)
    frames = shipped.intents
    reader = IntentReader(frames.frames, frames.offers, model, shipped.reader.lexicon)
    return replace(shipped, intents=reader)


def test_where_the_frames_hear_nothing_the_learned_reading_decides(toy: Understanding) -> None:
    found = toy.intent("zo vlorp vandaag", "menu")
    assert found.label == "feeling/lonely" and found.feeling == "lonely"
    assert toy.intent("zo vlorp vandaag", "yesno").label == "feeling/lonely"
    assert toy.intent("een gewone zin", "menu").label == "nothing"  # the frames' nothing


def test_inside_an_exercise_it_hears_only_what_it_is_sure_of(toy: Understanding) -> None:
    """What the frames took for the answer may be a feeling told; the step decides whether
    it is the answer (its question asks for feelings) or not (it asks for a plan)."""
    found = toy.intent("zo verdrietig, vlorp vandaag", "exercise")
    assert found.label == "feeling/lonely" and not found.aside
    assert toy.intent("zo verdrietig, plof vandaag", "exercise").label == "answer"  # 0.6 sure
    assert toy.intent("blim", "exercise").label == "answer"  # no choice's words: not asked
    # a choice in more words than the frames hold, when it is 0.8 sure ("ja hoor doe maar")
    assert toy.intent("nou blim een beetje zeg maar", "exercise").label == "choice/bit"
    assert toy.intent("nou blum een beetje zeg maar", "exercise").label == "answer"
    # asked only where the lexicons see a feeling, a topic, a choice or a harsh label: not here
    assert toy.intent("zo vlorp vandaag", "exercise").label == "answer"
    # and not for the exercise's own topic: "weglopen" answers the danger pause's question
    reading = toy.read("weglopen, vlorp")
    assert toy.intents.read(reading, "exercise").label == "feeling/lonely"
    assert toy.intents.read(reading, "exercise", "danger_pause").label == "answer"


def test_the_frames_keep_their_word_where_precise_or_it_matters(toy: Understanding) -> None:
    assert toy.intent("gnafel alles", "menu").label == "nothing"  # never a forget by guess
    assert toy.intent("snorb naar Zwolle", "menu").label == "nothing"  # whose move? frames
    # a choice where one is offered; the menu offers topics, not yes or no
    assert toy.intent("blim", "yesno").label == "choice/bit"
    assert toy.intent("blim", "menu").label == "nothing"
    # a command by its words stays, unless the model is 0.7 sure of another kind
    assert toy.intent("plof, show me the menu", "menu").label == "command/menu"  # 0.64 sure
    assert toy.intent("vlorp, show me the menu", "menu").label == "feeling/lonely"
    # whether Brug is a person, and where real help is: always the frames' answer
    assert toy.intent("vlorp, are you a real person?", "menu").label == "question/person"
    # of one kind, the frames' choice unless the model is 0.95 sure
    assert toy.intent("I'm so sad, plof", "menu").label == "feeling/sad"
    assert toy.intent("I'm so sad, vlorp", "menu").label == "feeling/lonely"


def test_a_broken_intent_model_is_named(tmp_path: Path) -> None:
    path = tmp_path / "intent-model.json"
    path.write_text('{"classes": ["answer"], "intercepts": [0.0], "weights": {"w:x": [[3, 1]]}}')
    with pytest.raises(ValueError, match=r"intent-model\.json: not an intent model"):
        IntentModel.load(path)


def test_the_shipped_model_reads_more_than_the_frames_alone(shipped: Understanding) -> None:
    """On the development corpus (in-sample: the figure on writers it never saw is in
    docs/dialogues.md), with the model at least as many messages are read right."""
    items = [
        item
        for path in sorted((ROOT / "tests" / "data" / "understanding").glob("dev*.yaml"))
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]
    model = shipped.intents.model
    assert model is not None
    frames = IntentReader(shipped.intents.frames, shipped.intents.offers)
    right_frames = right_both = 0
    for item in items:
        reading = shipped.read(item["text"])
        right_frames += frames.read(reading, item["at"]).label == item["label"]
        right_both += shipped.intents.read(reading, item["at"]).label == item["label"]
    assert right_both > right_frames
