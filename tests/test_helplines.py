"""The helpline data: the right lines per country, need and language, each with its source."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest

from bot.core.helplines import NEEDS, Helpline, HelplineBook

HELPLINES = Path(__file__).resolve().parents[1] / "locales" / "helplines.toml"

# The numbers each country shows, per need (checked on the organisations' sites, 2026-11-30;
# see the header of locales/helplines.toml).
NUMBERS = {
    ("NL", "crisis"): {"113", "0800-0113"},
    ("NL", "violence"): {"0800-2000"},
    ("NL", "child"): {"0800-0432", "0800-2000"},
    ("NL", "sexual"): {"0800-0188"},
    ("NL", "eating"): {"113", "0800-0113"},  # no eating-disorder line with a phone: crisis
    ("BE", "crisis"): {"1813", "106", "0800 32 123"},
    ("BE", "violence"): {"1712", "106"},
    ("BE", "child"): {"102", "1712"},
    ("BE", "sexual"): {"1712"},
    ("BE", "eating"): {"106"},
    ("UK", "crisis"): {"116 123"},
    ("UK", "violence"): {"0808 2000 247"},
    ("UK", "child"): {"0800 1111", "0808 800 5000"},
    ("UK", "sexual"): {"0800 1111"},
    ("UK", "eating"): {"116 123"},
    ("US", "crisis"): {"988"},
    ("US", "violence"): {"1-800-799-7233"},
    ("US", "child"): {"1-800-422-4453"},
    ("US", "sexual"): {"1-800-656-4673"},
    ("US", "eating"): {"988"},
    ("OTHER", "crisis"): {"112"},
    # Someone to talk to (/help): the listening lines, then the crisis line.
    ("NL", "listen"): {"088 0767 000", "113", "0800-0113"},
    ("BE", "listen"): {"106", "1813"},
    ("UK", "listen"): {"116 123"},
    ("US", "listen"): {"988"},  # the warmlines are a directory (a website), then 988
    ("OTHER", "listen"): {"112"},
}
ALL_NUMBERS = set().union(*NUMBERS.values())


@pytest.fixture(scope="module")
def book() -> HelplineBook:
    return HelplineBook.load(HELPLINES)


def _numbers_in(lines: list[Helpline]) -> set[str]:
    """Which of the known numbers appear, as whole numbers, anywhere in the lines."""
    text = " ".join(
        part for line in lines for part in (line.name, line.phone, line.text, line.url) if part
    )
    return {n for n in ALL_NUMBERS if re.search(rf"(?<![\d-]){re.escape(n)}(?![\d-])", text)}


def test_countries(book: HelplineBook) -> None:
    assert book.countries == ("NL", "BE", "UK", "US", "OTHER")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("country", "need"), list(NUMBERS))
def test_each_country_and_need_has_its_numbers_and_no_others(
    book: HelplineBook, country: str, need: str, lang: str
) -> None:
    assert _numbers_in(book.lines_for(country, lang, need)) == NUMBERS[(country, need)]


def test_every_line_says_where_and_when_it_was_checked(book: HelplineBook) -> None:
    lines = book.every_line
    assert len(lines) >= 20
    for line_id, line in lines.items():
        assert line.source.startswith("https://"), line_id
        assert date(2026, 11, 1) <= line.checked <= date.today(), line_id


def test_a_line_without_its_source_is_refused(tmp_path: Path) -> None:
    text = HELPLINES.read_text(encoding="utf-8")
    broken = tmp_path / "helplines.toml"
    broken.write_text(
        re.sub(r'(\[lines\.nl-113\][^\[]*?)source = "[^"]*"\n', r"\1", text, count=1),
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"lines\.nl-113 needs a source"):
        HelplineBook.load(broken)
    broken.write_text(text.replace("checked = 2026-11-30", 'checked = "soon"', 1))
    with pytest.raises(ValueError, match=r"needs `checked`"):
        HelplineBook.load(broken)


def test_the_lines_say_what_they_must(book: HelplineBook) -> None:
    nl = book.lines_for("NL", "nl")
    assert [line.name for line in nl] == ["113 Zelfmoordpreventie"]
    assert nl[0].phone == "113 of 0800-0113" and nl[0].free  # "gratis" is said by the texts
    assert nl[0].text is not None and "113.nl" in nl[0].text
    be = book.lines_for("BE", "nl")
    assert [line.name for line in be] == [
        "Zelfmoordlijn 1813",
        "Tele-Onthaal",
        "Centre de Prévention du Suicide",
    ]
    assert be[2].phone is not None and "in het Frans" in be[2].phone
    kids = book.lines_for("NL", "en", "child")
    assert [line.name for line in kids] == ["De Kindertelefoon", "Veilig Thuis"]
    assert kids[0].for_whom is not None and "8 to 18" in kids[0].for_whom
    us = book.lines_for("US", "en")[0]
    assert us.phone is not None and us.phone.startswith("call 988")
    assert us.text is not None and us.text.startswith("text 988")
    other = book.lines_for("OTHER", "en")
    assert other[0].phone is not None and "112 in most of Europe" in other[0].phone
    assert other[1].url == "https://findahelpline.com"


def test_an_english_speaker_in_the_netherlands_gets_the_dutch_lines(book: HelplineBook) -> None:
    english = book.lines_for("NL", "en")
    assert _numbers_in(english) == NUMBERS[("NL", "crisis")]
    assert english[0].hours == "day and night" and english[0].free


@pytest.mark.parametrize("need", NEEDS)
def test_before_the_country_is_known(book: HelplineBook, need: str) -> None:
    dutch = book.lines_for(None, "nl", need)
    english = book.lines_for(None, "en", need)
    assert dutch and english
    assert book.lines_for("", "nl", need) == dutch
    if need == "crisis":
        assert _numbers_in(dutch) == {"113", "0800-0113", "1813", "106"}
        assert _numbers_in(english) == {"116 123", "988"}
        assert "https://findahelpline.com" in [line.url for line in english]
    if need == "listen":
        assert _numbers_in(dutch) == {"088 0767 000", "113", "0800-0113", "106", "1813"}
        assert _numbers_in(english) == {"116 123", "988"}
        assert "https://warmline.org" in [line.url for line in english]


@pytest.mark.parametrize(
    ("country", "lang"), [("NL", "nl"), ("BE", "nl"), ("UK", "en"), ("US", "en")]
)
def test_listen_puts_a_listening_line_first_and_the_crisis_line_last(
    book: HelplineBook, country: str, lang: str
) -> None:
    """Someone lonely but not in crisis meets a listening line first; the crisis line closes."""
    listen = book.lines_for(country, lang, "listen")
    crisis = book.lines_for(country, lang)
    assert listen[-1] == crisis[0]
    assert len(listen) == 1 or listen[0] != crisis[0]
    assert book.lines_for(country, lang) == crisis  # the crisis lines themselves are untouched


@pytest.mark.parametrize("country", ["DE", "FR", "xx", "  "])
def test_unknown_country_gets_other(book: HelplineBook, country: str) -> None:
    for lang in ("nl", "en"):
        for need in NEEDS:
            assert book.lines_for(country, lang, need) == book.lines_for("OTHER", lang)


def test_country_code_case_and_unknown_language(book: HelplineBook) -> None:
    assert book.lines_for("nl", "nl") == book.lines_for("NL", "nl")
    assert book.lines_for("BE", "de") == book.lines_for("BE", "en")


def test_helplines_are_frozen(book: HelplineBook) -> None:
    line = book.lines_for("UK", "en")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.phone = "0"  # type: ignore[misc]


_CHECKED = 'source = "https://example.org/x"\nchecked = 2026-11-30\n'


@pytest.mark.parametrize(
    ("countries", "hours", "message"),
    [
        ("", '"24/7"', "missing: OTHER"),
        ('[countries.OTHER]\ncrisis = ["nowhere"]', '"24/7"', "unknown lines: nowhere"),
        ("[countries.OTHER]\ncrisis = []", '"24/7"', "non-empty list"),
        ('[countries.OTHER]\nviolence = ["nl-113"]', '"24/7"', "at least `crisis`"),
        ('[countries.OTHER]\ncrisis = ["nl-113"]\nhunger = ["nl-113"]', '"24/7"', "kinds of need"),
        ('[countries.OTHER]\ncrisis = ["nl-113"]', '{ nl = "dag en nacht" }', "hours lacks en"),
    ],
)
def test_a_broken_file_is_refused(tmp_path: Path, countries: str, hours: str, message: str) -> None:
    path = tmp_path / "helplines.toml"
    country_tables = "".join(
        f'[countries.{c}]\ncrisis = ["nl-113"]\n' for c in ("NL", "BE", "UK", "US")
    )
    emergency = "".join(
        f'[emergency.{where}]\nnumber = "112"\n{_CHECKED}'
        for where in ("NL", "BE", "UK", "US", "OTHER", "nl", "en")
    )
    path.write_text(
        f"{country_tables}{countries}\n"
        f'[before_country.nl]\ncrisis = ["nl-113"]\n[before_country.en]\ncrisis = ["nl-113"]\n'
        f'[lines.nl-113]\nname = "113"\nphone = "113"\nhours = {hours}\n{_CHECKED}{emergency}',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=message):
        HelplineBook.load(path)


@pytest.mark.parametrize(
    ("country", "lang", "number"),
    [
        ("NL", "nl", "112"),
        ("BE", "en", "112"),
        ("UK", "en", "999"),
        ("US", "en", "911"),
        (None, "nl", "112"),
        (None, "nl", "Nederland en België"),
        (None, "en", "999 in the UK, 911 in the US, 112 in the rest of Europe"),
        ("DE", "en", "your local emergency number"),
    ],
)
def test_emergency_numbers_come_from_the_data_file(
    book: HelplineBook, country: str | None, lang: str, number: str
) -> None:
    assert number in book.emergency_for(country, lang)
