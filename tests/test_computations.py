"""The pure calculations: check-in scoring against the published key, small steps, local time."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time

import pytest

from bot.core.computations import checkin_score, score_checkin, small_step
from bot.core.when import local_to_utc

# Emotional items (q1-q3): yes or more-or-less scores 1. Social items (q4-q6, worded
# positively): no or more-or-less scores 1 (De Jong Gierveld & Van Tilburg, 2006).
KEY = [
    ({"q1": "yes", "q2": "yes", "q3": "yes", "q4": "no", "q5": "no", "q6": "no"}, 3, 3, 6),
    ({"q1": "no", "q2": "no", "q3": "no", "q4": "yes", "q5": "yes", "q6": "yes"}, 0, 0, 0),
    ({"q1": "more", "q2": "more", "q3": "more", "q4": "more", "q5": "more", "q6": "more"}, 3, 3, 6),
    ({"q1": "yes", "q2": "no", "q3": "more", "q4": "yes", "q5": "no", "q6": "more"}, 2, 2, 4),
    ({"q1": "no", "q2": "yes", "q3": "no", "q4": "yes", "q5": "yes", "q6": "no"}, 1, 1, 2),
]


@pytest.mark.parametrize(("answers", "emotional", "social", "total"), KEY)
def test_scoring_follows_the_published_key(answers, emotional, social, total) -> None:
    score = score_checkin(answers)
    assert (score.emotional, score.social, score.total) == (emotional, social, total)


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "none"), (1, "none"), (2, "moderate"), (4, "moderate"), (5, "severe"), (6, "severe")],
)
def test_bands(total: int, band: str) -> None:
    answers = {f"q{i}": "yes" if i <= 3 else "no" for i in range(1, 7)}
    for i in range(1, 7 - total):
        answers[f"q{i}"] = "yes" if i > 3 else "no"
    assert score_checkin(answers).total == total
    assert score_checkin(answers).band == band


def test_one_skipped_item_leaves_its_subscale_and_the_total_without_score() -> None:
    score = score_checkin(
        {"q1": "skip", "q2": "yes", "q3": "yes", "q4": "no", "q5": "no", "q6": "yes"}
    )
    assert (score.emotional, score.social, score.total) == (None, 2, None)
    assert score.band == "unknown"
    score = score_checkin(
        {"q1": "yes", "q2": "more", "q3": "no", "q4": "no", "q5": "skip", "q6": "yes"}
    )
    assert (score.emotional, score.social, score.total) == (2, None, None)


ITEM_KEY = {"q1": "E", "q2": "E", "q3": "E", "q4": "S", "q5": "S", "q6": "S"}


def test_every_combination_with_a_missing_item() -> None:
    """The subscale rule: a part with a skipped (or absent) item has no score, the other part
    keeps its score, and there is no total and no band whenever any item is missing."""
    names = list(ITEM_KEY)
    for values in itertools.product(["yes", "more", "no", "skip", None], repeat=6):
        if "skip" not in values and None not in values:
            continue
        answers = {q: v for q, v in zip(names, values, strict=True) if v is not None}
        score = score_checkin(answers)
        assert score.total is None and score.band == "unknown", answers
        for part, got in (("E", score.emotional), ("S", score.social)):
            mine = [answers.get(q, "skip") for q in names if ITEM_KEY[q] == part]
            lonely = {"yes", "more"} if part == "E" else {"no", "more"}
            expected = None if "skip" in mine else sum(a in lonely for a in mine)
            assert got == expected, (part, answers)
        shown, kept = checkin_score(answers, {"last_checkin_total": 3}, date(2026, 11, 26))
        assert shown["total"] == "" and shown["trend"] == "unknown", answers
        assert "last_checkin_total" not in kept


@pytest.mark.parametrize(("score", "level"), [(0, "none"), (1, "some"), (2, "some"), (3, "strong")])
def test_parts_in_words(score: int, level: str) -> None:
    emotional = {f"q{i}": "yes" if i <= score else "no" for i in (1, 2, 3)}
    social = {f"q{i}": "no" if i - 3 <= score else "yes" for i in (4, 5, 6)}
    shown, _ = checkin_score({**emotional, **social}, {}, date(2026, 11, 26))
    assert (shown["emotional_level"], shown["social_level"]) == (level, level)
    assert (shown["emotional"], shown["social"]) == (str(score), str(score))
    shown, _ = checkin_score({**emotional, "q6": "skip"}, {}, date(2026, 11, 26))
    assert (shown["emotional_level"], shown["social_level"]) == (level, "unknown")


def test_two_skipped_items_leave_no_total() -> None:
    score = score_checkin({"q1": "skip", "q2": "yes", "q3": "yes", "q4": "skip", "q5": "no"})
    assert score.total is None and score.band == "unknown"


def test_trend_against_the_last_check_in() -> None:
    high = {f"q{i}": "yes" if i <= 3 else "no" for i in range(1, 7)}
    shown, kept = checkin_score(high, {}, date(2026, 11, 26))
    assert shown["trend"] == "first" and kept["last_checkin_total"] == 6
    shown, _ = checkin_score(
        {"q1": "no", "q2": "no", "q3": "no", "q4": "yes", "q5": "yes", "q6": "yes"},
        kept,
        date(2026, 12, 26),
    )
    assert (shown["trend"], shown["previous"], shown["band"]) == ("lower", "6", "none")


def test_small_step_prefers_chosen_topics_and_does_not_repeat_within_two_weeks() -> None:
    keys = [
        f"small_step-step-{topic}-{n}" for topic in ("community", "beliefs") for n in range(1, 3)
    ]
    settings: dict = {"patterns": ["community"]}
    today = date(2026, 11, 26)
    shown_ids = []
    for turn in range(2):
        shown, kept = small_step(keys, settings, today, str(turn))
        settings |= kept
        shown_ids.append(shown["step_id"])
    assert sorted(shown_ids) == ["community-1", "community-2"]
    third, _ = small_step(keys, settings, today, "3")
    assert third["step_id"].startswith("beliefs")
    later, _ = small_step(keys, {**settings, "patterns": ["community"]}, date(2026, 12, 11), "4")
    assert later["step_id"].startswith("community")


def test_local_time_across_daylight_saving_in_amsterdam() -> None:
    spring = local_to_utc(date(2026, 3, 29), time(2, 30), "Europe/Amsterdam")
    assert spring == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 local, after the gap
    autumn = local_to_utc(date(2026, 10, 25), time(2, 30), "Europe/Amsterdam")
    assert autumn == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # the first 02:30 only
    summer = local_to_utc(date(2026, 7, 1), time(20, 0), "Europe/Amsterdam")
    assert summer == datetime(2026, 7, 1, 18, 0, tzinfo=UTC)
