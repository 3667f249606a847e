"""The learned second reading of the safety check (`bot/core/understanding/model.py`): what it
adds where no frame holds, how Brug answers it, and that the shipped numbers are sound."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from bot.core.step import Context
from bot.core.understanding import Understanding
from bot.core.understanding.model import NONE, SafetyModel, features
from bot.core.understanding.safety import KNOWN, MODEL, SafetyCheck
from bot.engine import Engine
from bot.store import Store
from tests.conversation import Brug

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data"

# A model that knows one made-up word per kind: the mechanism, apart from the trained numbers.
# It knows the everyday words around them too, with no weight to speak of: the model says
# nothing of a message in which it knows fewer than half the words (`KNOWN`).
EVERYDAY = "ik hij mij we he me again all of it niet gaan emigreren naar spanje"
TOY = {
    "classes": ["none", "suicide", "violence"],
    "intercepts": [2.0, 0.0, 0.0],
    "weights": {
        **{
            f"w:{word}{negated}": [0.01, 0.0, 0.0]
            for word in EVERYDAY.split()
            for negated in ("", "~")
        },
        "w:zwoerk": [0.0, 9.0, 0.0],
        "w:plinq": [0.0, 0.0, 9.0],
        "w:plinq~": [0, 0, 0],
        "w:brimf": [0.0, 3.0, 2.8],  # danger 0.83, split: suicide 0.46, violence 0.37
        "w:skelt": [0.0, 2.5, 0.0],  # danger 0.64: suicide, below its threshold
        "w:vlompf": [12.0, 0.0, 0.0],  # all but certainly ordinary
    },
    "thresholds": {"suicide": 0.75, "violence": 0.8},
    "ordinary": 0.998,
    "urgent_floor": 0.5,
    "urgent_cut": 0.99,
    # and whose urgency reads one made-up word as a crisis, another as a time that is over
    "urgency": {
        "classes": ["crisis", "possible", "past"],
        "intercepts": [0.0, 1.0, 0.0],
        "weights": {"w:dringk": [[0, 9.0]], "w:fwump": [[2, 9.0]]},
        "cuts": {"crisis": 0.9, "past": 0.9},
    },
}


@pytest.fixture(scope="module")
def shipped() -> Understanding:
    return Understanding.load(ROOT / "locales")


@pytest.fixture(scope="module")
def toy(shipped: Understanding) -> Understanding:
    check = shipped.safety
    model = SafetyModel.load_data(TOY)
    return replace(
        shipped,
        safety=SafetyCheck(check.frames, model, shipped.reader.lexicon, check.urgent),
    )


def test_the_model_speaks_only_where_no_frame_holds(toy: Understanding) -> None:
    assert toy.assess("ik zwoerk").frames == ("model",)
    assert toy.assess("ik zwoerk").tier == "possible"
    assert toy.assess("hij plinq mij").kind == "violence"
    assert toy.assess("hij plinq mij niet").tier == "none"  # a negation is its own feature
    assert toy.assess("ik wil dood, zwoerk").frames != ("model",)  # the frames decide
    assert toy.assess("een gewone dag").tier == "none"


def test_the_model_is_confident_of_danger_not_of_one_kind(toy: Understanding) -> None:
    """Danger of every kind together counts against the likeliest kind's threshold: a
    message read partly as suicide, partly as violence, neither alone sure enough, is not
    let through; the likeliest kind leads. Below the threshold, nothing."""
    found = toy.assess("brimf")
    assert (found.tier, found.kind, found.frames) == ("possible", "suicide", ("model",))
    assert toy.assess("skelt").tier == "none"


def test_inside_a_safety_answer_less_suicide_counts_and_then_as_a_crisis(
    toy: Understanding,
) -> None:
    """With the conversation in a safety answer, the learned reading's suicide or self-harm
    counts from `ELEVATED` (the person has said something of it already) and is a crisis;
    a safeguarding kind keeps its own threshold."""
    assert toy.assess("skelt").tier == "none"
    found = toy.assess("skelt", elevated=True)
    assert (found.tier, found.kind, found.frames) == ("crisis", "suicide", ("model",))
    assert toy.assess("brimf", elevated=True).tier == "crisis"
    assert toy.assess("een gewone dag", elevated=True).tier == "none"


def test_what_explains_a_finding_of_the_model_alone_away(toy: Understanding) -> None:
    """`calm` (a move abroad) does for the learned reading what `unless_message` does for a
    frame; a frame's finding stays."""
    assert "RELOCATE" in toy.safety.urgent.calm
    assert toy.assess("ik zwoerk").tier == "possible"
    assert toy.assess("ik zwoerk, we emigreren naar Spanje").tier == "none"
    assert toy.assess("ik zwoerk, we emigreren niet naar Spanje").tier == "possible"  # negated
    assert toy.assess("ik wil dood, we emigreren naar Spanje").tier == "crisis"


def test_what_the_model_reads_with_a_time_or_the_means_is_a_crisis(toy: Understanding) -> None:
    assert "TIME" in toy.safety.urgent.learned
    assert toy.assess("ik zwoerk vanavond").tier == "crisis"  # when: as a plan
    assert toy.assess("zwoerk ik vanavond?").tier == "possible"  # a question: ask back
    assert toy.assess("hij plinq mij vanavond").tier == "possible"  # safeguarding: its lines


def test_a_safeguarding_kind_read_with_near_certainty_gets_its_full_answer(
    shipped: Understanding,
) -> None:
    """Found by the model alone: below `sure` the gentle maybe, from it the kind's answer."""
    check = shipped.safety
    for sure, tier in ((1.0, "possible"), (0.95, "crisis")):
        model = SafetyModel.load_data({**TOY, "sure": sure})
        sure_check = SafetyCheck(check.frames, model, shipped.reader.lexicon, check.urgent)
        found = replace(shipped, safety=sure_check).assess("hij plinq mij")
        assert (found.tier, found.kind, found.frames) == (tier, "violence", ("model",))


def test_a_signal_the_urgency_reads_as_a_crisis_is_one(toy: Understanding) -> None:
    """Where a frame finds a signal without clear intent, the learned urgency may make it a
    crisis, in one clause as in more; not when the message asks, and never where no frame
    found a signal."""
    burden = "ik ben een last voor iedereen"
    assert toy.assess(burden).tier == "possible"
    found = toy.assess(f"{burden}. dringk")
    assert found.tier == "crisis" and found.kind == "suicide" and found.frames[-1] == "model"
    assert toy.assess(f"{burden}. dringk?").tier == "possible"  # a question: ask back
    assert toy.assess(f"{burden} dringk").tier == "crisis"  # one clause, read all the same
    assert toy.assess("dringk. zo is het").tier == "none"  # no frame, no signal


def test_what_the_model_alone_finds_is_a_crisis_when_the_urgency_reads_one(
    toy: Understanding,
) -> None:
    """Found by the learned reading alone, suicide or self-harm gets the calm question, and
    the helplines at once when the urgency reads a crisis (asked or not: "the cuts are gaping
    open, should I be worried?"); a safeguarding kind is not the urgency's to read."""
    assert toy.assess("ik zwoerk").tier == "possible"
    for text in ("ik zwoerk, dringk", "zwoerk ik, dringk?"):
        found = toy.assess(text)
        assert (found.tier, found.kind, found.frames) == ("crisis", "suicide", ("model",))
    assert toy.assess("hij plinq mij, dringk").tier == "possible"


def test_a_time_long_gone_the_urgency_reads_as_over_is_the_past(toy: Understanding) -> None:
    """A finding in a message that names a time long gone, read as over by the urgency, is
    the past tier; not without the time named, and never inside a safety answer."""
    then = "tien jaar geleden wilde ik dood"
    assert toy.assess(then).tier == "possible"  # an old wish, not said to be over: ask
    assert toy.assess(f"{then}. fwump").tier == "past"
    assert toy.assess("ik wil dood. fwump").tier == "crisis"  # no time long gone
    assert toy.assess(f"{then}. fwump", elevated=True).tier != "past"


def test_a_model_all_but_certain_it_is_ordinary_overrules_the_frames(toy: Understanding) -> None:
    said = "ik wil echt dood vandaag vlompf hoor"
    assert toy.assess(said.replace("vlompf", "echt")).tier == "crisis"
    assert not toy.assess(said).alarm
    # but not in a few words, not inside a safety answer, and not where the frames found it
    # in a clause of its own that the model, read alone, is not sure of
    assert toy.assess("ik wil dood vlompf").tier == "crisis"
    assert toy.assess(said, elevated=True).tier == "crisis"
    assert toy.assess("Ik wil dood. Vlompf was er gisteren bij het spel").tier == "crisis"


def test_below_its_threshold_what_the_urgency_is_sure_is_a_crisis_is_one(
    toy: Understanding,
) -> None:
    assert toy.assess("skelt").tier == "none"  # 0.64: below the threshold, no urgency
    found = toy.assess("skelt dringk")  # and the urgency reads a crisis with 0.9995
    assert (found.tier, found.kind, found.frames) == ("crisis", "suicide", (MODEL,))
    assert toy.assess("dringk").tier == "none"  # the urgency alone says nothing


def test_a_broken_model_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "safety-model.json"
    path.write_text('{"classes": ["none"], "intercepts": [], "weights": {}, "thresholds": {}}')
    with pytest.raises(ValueError, match=r"safety-model\.json"):
        SafetyModel.load(path)
    wrong = {**TOY, "thresholds": {"suicide": 0.5}}
    with pytest.raises(ValueError, match="threshold"):
        SafetyModel.load_data(wrong)
    no_crisis = {**TOY, "urgency": {**TOY["urgency"], "classes": ["calm", "possible", "past"]}}
    with pytest.raises(ValueError, match="urgency needs the classes and cuts"):
        SafetyModel.load_data(no_crisis)


def test_the_shipped_model_adds_to_the_frames_and_stays_quiet_in_ordinary_talk(
    shipped: Understanding,
) -> None:
    model = shipped.safety.model
    assert model is not None and NONE in model.classes
    added = 0
    for path in sorted((CORPUS / "safety").glob("dev-*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            if shipped.assess(item["text"]).frames == ("model",):
                added += not item["label"].startswith(("none", "past"))
    assert added >= 10  # messages no frame holds, heard all the same
    everyday = yaml.safe_load((CORPUS / "understanding" / "dev.yaml").read_text("utf-8"))
    raised = [i["text"] for i in everyday if shipped.assess(i["text"]).frames == ("model",)]
    assert len(raised) <= len(everyday) // 200, raised


async def _brug(tmp_path: Path, ctx: Context, toy: Understanding) -> tuple[Brug, Store]:
    store = await Store.open(tmp_path / "b.sqlite3")
    engine = Engine(store, replace(ctx, understanding=toy))
    await engine.start()
    return Brug(engine), store


async def test_a_maybe_about_violence_gets_a_gentle_word_and_the_message_is_answered(
    tmp_path: Path, ctx: Context, toy: Understanding
) -> None:
    brug, store = await _brug(tmp_path, ctx, toy)
    try:
        chat = await brug.onboarded("ann", lang="en")
        await chat.tap("Pulling away")
        await chat.say("he plinq me again")
        first, *rest = chat.replies
        assert first.safety == "violence" and "I may be reading this wrong" in first.text
        assert "Veilig Thuis" in first.text  # the violence lines for the Netherlands
        assert rest and all(not m.safety for m in rest)  # then the usual answer
        assert chat.flow == "danger_pause"
    finally:
        await store.close()


async def test_a_maybe_about_ending_life_asks_the_calm_question(
    tmp_path: Path, ctx: Context, toy: Understanding
) -> None:
    brug, store = await _brug(tmp_path, ctx, toy)
    try:
        chat = await brug.onboarded("bo", lang="en")
        await chat.say("zwoerk, all of it")
        assert chat.flow == "safety_check" and chat.replies[-1].safety == "possible"
    finally:
        await store.close()


async def test_after_a_safeguarding_answer_a_message_is_read_as_on_its_own(
    tmp_path: Path, ctx: Context, toy: Understanding
) -> None:
    """Only an answer to suicide or self-harm lowers the bar for what follows: after a
    disclosure of violence, what the model reads as a little like suicide ("skelt": a crisis
    inside a crisis answer) gets the violence answer's warm word and its lines again, not
    the suicide lines."""
    brug, store = await _brug(tmp_path, ctx, toy)
    try:
        chat = await brug.onboarded("cy", lang="en")
        await chat.say("he hit me again last night, my arms are covered in bruises")
        assert chat.flow == "safeguard" and chat.replies[0].safety == "violence"
        await chat.say("skelt")
        assert chat.flow == "safeguard", chat.text
        assert all(m.safety == "violence" for m in chat.replies)
        assert "Veilig Thuis" in chat.text or "Veilig Thuis" in chat.replies[0].text
        await chat.say("i want to die")  # a crisis told is still a crisis
        assert chat.flow == "safety" and chat.replies[0].safety == "crisis"
        await chat.say("skelt")  # and inside its answer, the bar is lower
        assert chat.replies[0].safety == "crisis"
    finally:
        await store.close()


def test_the_score_is_the_sum_of_the_weights_of_the_features(shipped: Understanding) -> None:
    """`scores` looks weights up by what the reading gives; training sees `features`: the
    two must add up to the same numbers."""
    model, lexicon = shipped.safety.model, shipped.reader.lexicon
    assert model is not None
    for text in (
        "ik wil niet meer leven, echt niet. morgen is het klaar",
        "I don't want to die, I just want the noise to stop?",
        "de brug bij het station is mooi verlicht",
    ):
        reading = shipped.read(text)
        expected = list(model.intercepts)
        for feature in features(reading, lexicon):
            for k, w in model.weights.get(feature, ()):
                expected[k] += w
        assert model.scores(reading, lexicon) == pytest.approx(expected)


def test_the_learned_reading_says_nothing_of_words_it_does_not_know(
    shipped: Understanding, toy: Understanding
) -> None:
    """Where fewer than `KNOWN` of a message's words have weights, its score is mostly the
    intercepts, which lean to danger as the corpus does: the model alone does not speak."""
    assert toy.assess("ik zwoerk").tier == "possible"  # both words known
    assert toy.assess("ik zwoerk qqq").tier == "possible"  # two of three
    assert not toy.assess("qqq xyzzy plugh zwoerk").alarm  # one of four
    model, lexicon = shipped.safety.model, shipped.reader.lexicon
    assert model is not None
    unknown = shipped.read("DCC SEND STARTKEYLOGGER 0 0 0")  # the naughty strings
    assert model.known(unknown, lexicon) == pytest.approx(1 / 3)  # "send"; numbers not counted
    assert model.known(shipped.read("0612345678"), lexicon) == 0.0
    known = shipped.read("de nieuwe eigenaar voor mijn vissen is gevonden. verder hoef ik niks")
    assert model.known(known, lexicon) >= KNOWN
