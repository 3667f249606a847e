"""From raw text to plain words in clauses: the first, language-free part of reading.

`split(text)` gives the clauses of a message, each a tuple of folded words:

- case and accents folded ("SUÏCIDAAL" → "suicidaal"), letters of other alphabets that look
  like Latin ones read as those ("kill" written with a Cyrillic i), fancy unicode letters
  (mathematical bold, fullwidth) read plainly;
- invisible characters (zero-width spaces and joiners, soft hyphens, direction marks) removed
  wherever they are, inside a word as well as between words, so "k\u200bill" is "kill";
- each emoji read as one word made of its Unicode name ("😂" → "emojifacewithtearsofjoy");
- apostrophes dropped ("don't" → "dont", "m'n" → "mn"), hyphens split ("self-harm" →
  "self harm"), letters spelled one by one joined ("s u i c i d e", "k.y.s"), digits used as
  letters read as letters ("d1e" → "die");
- clause boundaries at sentence punctuation, commas, line breaks and brackets; an ellipsis is
  a pause inside a clause ("I want to... die").

Everything here is pure and bounded: regular expressions without nested repetition, so a
100 kB message is read in linear time.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_CHARS", "split", "stretched"]

# Longer messages are read up to here: a wall of text is still read, but not without bound.
MAX_CHARS = 20_000

# Invisible characters that are not of Unicode category Cf but still show nothing.
_BLANKS = dict.fromkeys(map(ord, "\u3164\u115f\u1160\u2800\u180b\u180c\u180d\u034f"))
# Letters of other scripts that look like Latin ones, as people use them to dodge filters.
_LOOKALIKES = str.maketrans(  # Cyrillic and Greek letters that look Latin
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u0261\u04cf"
    "\u03b1\u03b5\u03b9\u03ba\u03bd\u03bf\u03c1\u03c4\u03c5\u03c7",
    "aeopcyxijsdglaeikvoptux",
)
# Read before folding: letters in parentheses ("⒯⒣⒠") as letters, since NFKD would make each
# "(t)", a clause of one letter; and the keycap ten as 10 (the other keycaps are a digit and
# U+20E3, "1️⃣" reads as 1; ten is one symbol of its own).
_READ_AS: dict[int, str] = {
    **{c: chr(ord("a") + c - 0x249C) for c in range(0x249C, 0x24B6)},
    0x1F51F: " 10 ",
}
_APOSTROPHES = dict.fromkeys(map(ord, "'\u2018\u2019\u201b\u02bc\u02b9\u00b4\u0060\u2032"))
# Digits used as letters in a word that starts with a letter: "d1e", "k1ll", "su1c1de".
# ("10am" and "3x" start with a digit and stay as they are.)
_LEET = str.maketrans("013457@$", "oieastas")
_LEET_SIGN = re.compile(r"[0-9@$]")
_LEET_WORD = re.compile(r"\b[a-z][a-z0-9@$]*[0-9@$][a-z0-9@$]*")
# Letters spelled one at a time: "s u i c i d e", "k.y.s", "k-m-s" (three letters or more).
_SPELLED = re.compile(r"\b[a-z](?:[ .\-_*][a-z]){2,}\b")
_ELLIPSIS = re.compile(r"\.{2,}|…")
# A clock time or a number ("7:40", "2,5", "23.15") is two words, not two clauses.
_IN_NUMBER = re.compile(r"(?<=[0-9])[.:,](?=[0-9])")
_BOUNDARY = re.compile(r"[.!?;:,\n\r()\[\]{}\"<>|/\\]+|\s[-\u2013\u2014]+\s")
_WORD = re.compile(r"[a-z0-9]+")
_STRETCH = re.compile(r"([a-z])\1{2,}")  # letters only: "2000" is not "200"


def _fold(text: str) -> str:
    """Lower case, accents and invisible characters gone, lookalike and parenthesized letters
    read as Latin, and each emoji a word of its own: "emoji" and its Unicode name ("😂"
    becomes "emojifacewithtearsofjoy"), so the lexicons can give it a meaning."""
    text = unicodedata.normalize("NFKD", text[:MAX_CHARS].translate(_READ_AS)).casefold()
    if text.isascii():
        return text.translate(_APOSTROPHES)
    kept = []
    for c in text:
        category = unicodedata.category(c)
        if category == "So":
            kept.append(_emoji_word(c))
        elif category not in ("Mn", "Cf"):
            kept.append(c)
    text = "".join(kept)
    return text.translate(_BLANKS).translate(_LOOKALIKES).translate(_APOSTROPHES)


def _emoji_word(symbol: str) -> str:
    name = unicodedata.name(symbol, "")
    return f" emoji{''.join(c for c in name.casefold() if c.isalnum())} " if name else " "


def _join_spelled(match: re.Match[str]) -> str:
    return re.sub(r"[ .\-_*]", "", match.group(0))


def split(text: str) -> tuple[tuple[str, ...], ...]:
    """The clauses of a message, each as its folded words; empty clauses are left out."""
    text = _fold(text)
    if _LEET_SIGN.search(text):
        text = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), text)
    text = _SPELLED.sub(_join_spelled, text)
    text = _ELLIPSIS.sub(" ", text)
    if _LEET_SIGN.search(text):
        text = _IN_NUMBER.sub(" ", text)
    clauses = []
    for part in _BOUNDARY.split(text):
        words = tuple(_WORD.findall(part))
        if words:
            clauses.append(words)
    return tuple(clauses)


def stretched(word: str) -> tuple[str, ...]:
    """Readings of a word with stretched letters ("dieeee"): runs cut to two and to one."""
    if not _STRETCH.search(word):
        return ()
    return (_STRETCH.sub(r"\1\1", word), _STRETCH.sub(r"\1", word))
