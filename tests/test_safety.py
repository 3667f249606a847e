"""The crisis check and the helpline data: what must be caught, what must not, and the numbers."""

import dataclasses
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.helplines import Helpline, HelplineBook
from bot.core.safety import is_crisis

REPO = Path(__file__).resolve().parents[1]
BLNS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "blns.json"
HELPLINES = REPO / "locales" / "helplines.toml"


def _shifted(text: str, a: str) -> str:
    """The text with its lower-case letters written in the unicode alphabet starting at `a`."""
    return "".join(chr(ord(a) + ord(c) - ord("a")) if c.isalpha() else c for c in text)


CRISIS = [
    # Dutch: plain statements.
    "ik wil dood",
    "Ik wil gewoon dood.",
    "soms wil ik echt dood",
    "k wil dood",
    "ik wil doodgaan",
    "Ik wil sterven",
    "ik ben liever dood",
    "ik wou dat ik dood was",
    "was ik maar dood",
    "ik wil niet meer leven",
    "Ik wil niet langer leven",
    "zonder hem wil ik niet meer leven",
    "ik wil er niet meer zijn",
    "ik zou er liever niet meer zijn",
    "ik wil gewoon niet meer",
    "ik kan en wil niet meer",
    "ik zie het niet meer zitten",
    "Ik zie het allemaal niet meer zitten met mijn leven",
    "ik wil niet meer wakker worden",
    "ik wil slapen en nooit meer wakker worden",
    "iedereen is beter af zonder mij",
    "ze zijn beter af zonder me",
    "niemand zou me missen als ik er niet meer was",
    "het leven heeft geen zin meer",
    "ik heb geen zin meer in het leven",
    "ik heb niets meer om voor te leven",
    "ik ben levensmoe",
    "ik ben klaar met het leven",
    # Dutch: suicide, methods and self-harm.
    "Ik denk aan zelfmoord",
    "ik denk er vaak aan om zelfmoord te plegen",
    "Ik wil zelfmoord plegen",
    "zelfmoord wil ik plegen",
    "Zelfmoord.",
    "ik heb zelfmoordgedachten",
    "ik ben suïcidaal",
    "Ik voel me SUÏCIDAAL",
    "ik heb suïcidale gedachten",
    "Ik maak er een eind aan",
    "ik ga er een einde aan maken",
    "ik wil een eind aan mijn leven maken",
    "ik wil mijn leven beëindigen",
    "ik wil uit het leven stappen",
    "ik ga mezelf ophangen",
    "ik spring voor de trein",
    "ik wil van de brug springen",
    "ik neem al mijn pillen in",
    "ik heb een overdosis genomen",
    "overdosis",
    "Ik wil mezelf iets aandoen",
    "ik ben bang dat ik mezelf iets aandoe",
    "snijden in mezelf helpt even",
    "ik wil mezelf pijn doen",
    "ik heb weer gekrast",
    "ik heb in mijn armen gesneden",
    "zelfbeschadiging",
    # Dutch: danger.
    "ik ben in gevaar",
    "ik voel me niet veilig thuis",
    # English: plain statements.
    "I want to die",
    "i just want to die",
    "i wanna die",
    "I wish I was dead",
    "I'd rather be dead",
    "i'd be better off dead",
    "I don't want to live anymore",
    "I don't want to be alive",
    "i dont want to exist",
    "I don't want to wake up",
    "I hope I die in my sleep",
    "I feel like dying",
    "everyone would be better off without me",
    "nobody would even notice if I died",
    "there's no reason to live",
    "life isn't worth living",
    "I've lost the will to live",
    "I'm tired of living",
    # English: suicide, methods and self-harm.
    "I want to kill myself",
    "I'm going to kill myself",
    "I tried to kill myself",
    "kms",
    "ugh i wanna kms",
    "I'm going to end it all",
    "I want to end my life",
    "I'm thinking about taking my own life",
    "I'm suicidal",
    "I've been feeling suicidal",
    "I have suicidal thoughts",
    "I'm thinking about suicide",
    "I want to commit suicide",
    "I self-harm",
    "I've been cutting again",
    "I want to hurt myself",
    "I'm going to jump off the bridge",
    "I'm going to take all my pills",
    "I took an overdose",
    "my friend wants to kill himself",
    # English: danger.
    "I'm in danger",
    "I'm not safe at home",
    # Mixed: an idiom or negation elsewhere does not hide the signal.
    "ik lach me dood, maar eigenlijk wil ik dood",
    "ik ben niet suïcidaal maar ik wil wel dood",
    "I'm not suicidal, but I want to kill myself",
    "I'm dying to see you, but I want to die",
    "not gonna lie i want to die",
    "After that film about suicide I want to kill myself",
    # Casing, spacing, punctuation, emoji and unicode.
    "IK WIL DOOD",
    "ik   wil    dood",
    "Ik wil dood!!!!!",
    "ik wil dood 😢",
    "ik wil doooood",
    "i want to dieeee",
    "I'm not okay... I want to die",
    "I don\u2019t want to live anymore",
    "I\u2018m suicidal",
    "ik ben su\u0069\u0308cidaal",
    "zelf\u00admoordgedachten",
    "kill\u200bmyself",
    _shifted("kill myself", "\uff41"),  # fullwidth letters
    _shifted("i want to die", "\U0001d41a"),  # mathematical bold letters
    "«Ik zie het niet meer zitten»",
    "I want to kill my self",
]

NOT_CRISIS = [
    # Dutch idioms with death words.
    "ik ga dood van het lachen",
    "IK GA DOOD VAN HET LACHEN 😂",
    "ik ga dood van de honger!!",
    "Ik schrik me dood!",
    "ik verveel me dood",
    "ik werk me dood deze week",
    "ik ben doodmoe",
    "Ik ben doodsbang voor de tandarts",
    "dat is doodgewoon",
    "ik wil doodgaan van het lachen om die film",
    "ik ga nog liever dood dan met hem uit eten",
    "ik kan mezelf wel voor mijn kop slaan",
    # English idioms with death words.
    "This exam is killing me 😩",
    "I'm dying to see you!",
    "dying of laughter 😂😂",
    "I was dying laughing",
    "I'm dying for a coffee",
    "Killing time before my train",
    "you're killing it!",
    "I'm dead 💀 that meme",
    "cross my heart and hope to die",
    "I'd rather die than go to that party",
    "I'm killing myself studying for this exam",
    "I want to dye my hair blue",
    # Negations.
    "ik ben niet suïcidaal",
    "Ik ben NIET suïcidaal hoor",
    "ik ben niet meer suïcidaal",
    "ik zou nooit zelfmoord plegen",
    "ik zou mezelf nooit iets aandoen",
    "ik heb geen zelfmoordgedachten",
    "ik wil niet dood",
    "I'm not suicidal",
    "I\u2019m not suicidal, just tired",
    "I would never kill myself",
    "I'd never hurt myself",
    "I promise I won't hurt myself",
    "I'm not going to end my life",
    "I don't want to die alone",
    "I have no suicidal thoughts",
    "I'm not in danger",
    # Films, books, songs, news and grief.
    "my suicide squad game",
    "Suicide Squad was a fun movie",
    "de film over zelfmoord was goed",
    "we hadden een les over zelfdoding",
    "I watched a documentary about self-harm",
    "I love 'Suicide Blonde' by INXS",
    "'Killing Me Softly' is my favourite song",
    "Everybody Hurts by R.E.M. is on repeat",
    "my dad committed suicide when I was ten",
    "my brother died of an overdose last year",
    "mijn broer is aan een overdosis overleden",
    # Everyday loneliness talk.
    "ik voel me eenzaam",
    "I feel lonely",
    "I feel so alone tonight",
    "Niemand belt me ooit",
    "I haven't talked to anyone in days",
    "ik mis mijn vrouw",
    "ik wil niet meer alleen zijn",
    "I don't want to be alone anymore",
    "I'm tired of being alone",
    "ik wil een eind maken aan mijn eenzaamheid",
    "I want to end my loneliness",
    "ik wil graag nieuwe mensen leren kennen",
    "als ik er niet meer ben, wie zorgt dan voor mijn kat?",
    # Near misses.
    "ik wil niet meer",
    "ik wil niet meer naar die club",
    "ik zie het niet zitten om naar die verjaardag te gaan",
    "ik zie het niet meer zitten met die verbouwing",
    "ik wil niet meer wakker worden van de buren",
    "I don't want to live in this city anymore",
    "I don't want to wake up early tomorrow",
    "try not to wake up the baby",
    "I walked 10 kms today",
    "I cut myself shaving",
    "I accidentally cut myself while cooking",
    "ik heb me gesneden bij het koken",
    "ik heb krassen op mijn auto",
    "ik wil die jas",
    "want die man is aardig",
    "ik plan die afspraak",
    "ik wil er niet meer zijn voor hem",
    # Not text at all.
    "",
    "   ",
    "!!!",
    "😊",
    "Hoe gaat het met je?",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_is_caught(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_not_a_crisis(text: str) -> None:
    assert not is_crisis(text)


def test_lists_are_large_and_apart() -> None:
    assert len(CRISIS) >= 60
    assert len(NOT_CRISIS) >= 60
    assert not set(CRISIS) & set(NOT_CRISIS)


@pytest.mark.parametrize(
    "filler",
    ["ik voel me soms alleen. ", "a" * 997 + " ", "ik wil " * 50, "(((((", "denk er " * 40],
)
def test_a_100_kb_message_completes(filler: str) -> None:
    text = (filler * (100_000 // len(filler) + 1))[:100_000]
    assert is_crisis(text) is False
    # The signal is still found at the very end of a long message.
    assert is_crisis(text + ". Ik wil dood.")


def test_naughty_strings_give_a_calm_answer() -> None:
    if not BLNS.exists():
        pytest.skip(f"{BLNS} is not here")
    for text in json.loads(BLNS.read_text(encoding="utf-8")):
        assert is_crisis(text) is False, text


@given(st.text())
def test_any_text_gives_a_bool(text: str) -> None:
    assert isinstance(is_crisis(text), bool)


# --- Helplines ---

NUMBERS = {
    "NL": {"113", "0800-0113"},
    "BE": {"1813", "106"},
    "UK": {"116 123"},
    "US": {"988"},
    "OTHER": {"112"},
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
@pytest.mark.parametrize("country", list(NUMBERS))
def test_each_country_has_its_numbers_and_no_others(
    book: HelplineBook, country: str, lang: str
) -> None:
    assert _numbers_in(book.lines_for(country, lang)) == NUMBERS[country]


def test_the_lines_say_what_they_must(book: HelplineBook) -> None:
    nl = book.lines_for("NL", "nl")
    assert [line.name for line in nl] == ["113 Zelfmoordpreventie"]
    assert nl[0].phone is not None and "gratis" in nl[0].phone
    assert nl[0].text is not None and "113.nl" in nl[0].text
    be = book.lines_for("BE", "nl")
    assert [line.name for line in be] == ["Zelfmoordlijn 1813", "Tele-Onthaal"]
    assert be[0].text is not None and "zelfmoord1813.be" in be[0].text
    us = book.lines_for("US", "en")[0]
    assert us.phone == "call 988" and us.text == "text 988"
    other = book.lines_for("OTHER", "en")
    assert other[0].phone is not None and "112 in most of Europe" in other[0].phone
    assert other[1].url == "https://findahelpline.com"


@pytest.mark.parametrize("country", [*NUMBERS, None])
def test_hours_are_in_the_requested_language(book: HelplineBook, country: str | None) -> None:
    for lang, round_the_clock in (("nl", "dag en nacht"), ("en", "24/7")):
        hours = {line.hours for line in book.lines_for(country, lang)}
        assert hours <= {round_the_clock, "online"}


def test_before_the_country_is_known(book: HelplineBook) -> None:
    assert _numbers_in(book.lines_for(None, "nl")) == NUMBERS["NL"] | NUMBERS["BE"]
    english = book.lines_for(None, "en")
    assert _numbers_in(english) == NUMBERS["UK"] | NUMBERS["US"]
    assert "https://findahelpline.com" in [line.url for line in english]
    assert book.lines_for("", "nl") == book.lines_for(None, "nl")


@pytest.mark.parametrize("country", ["DE", "FR", "xx", "  "])
def test_unknown_country_gets_other(book: HelplineBook, country: str) -> None:
    for lang in ("nl", "en"):
        assert book.lines_for(country, lang) == book.lines_for("OTHER", lang)


def test_country_code_case_and_unknown_language(book: HelplineBook) -> None:
    assert book.lines_for("nl", "nl") == book.lines_for("NL", "nl")
    assert book.lines_for("BE", "de") == book.lines_for("BE", "en")


def test_helplines_are_frozen(book: HelplineBook) -> None:
    line = book.lines_for("UK", "en")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.phone = "0"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("countries", "hours", "message"),
    [
        ("", '"24/7"', "missing: OTHER"),
        ('OTHER = ["nowhere"]', '"24/7"', "unknown lines: nowhere"),
        ("OTHER = []", '"24/7"', "non-empty list"),
        ('OTHER = ["nl-113"]', '{ nl = "dag en nacht" }', "hours lacks en"),
    ],
)
def test_a_broken_file_is_refused(tmp_path: Path, countries: str, hours: str, message: str) -> None:
    path = tmp_path / "helplines.toml"
    path.write_text(
        f'[countries]\nNL = ["nl-113"]\nBE = ["nl-113"]\nUK = ["nl-113"]\nUS = ["nl-113"]\n'
        f'{countries}\n[before_country]\nnl = ["nl-113"]\nen = ["nl-113"]\n'
        f'[lines.nl-113]\nname = "113"\nphone = "113"\nhours = {hours}\n'
        '[emergency]\nNL = "112"\nBE = "112"\nUK = "999"\nUS = "911"\nOTHER = "112"\n'
        'nl = "112"\nen = "112"\n',
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
        (None, "en", "112 in Europe or 911 in the US"),
        ("DE", "en", "your local emergency number"),
    ],
)
def test_emergency_numbers_come_from_the_data_file(
    country: str | None, lang: str, number: str
) -> None:
    book = HelplineBook.load(Path(__file__).resolve().parents[1] / "locales" / "helplines.toml")
    assert number in book.emergency_for(country, lang)
