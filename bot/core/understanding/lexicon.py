"""Concepts and the words that express them, per language, matched by lemma and with one typo.

A lexicon maps words to concepts (`DIE`, `SELF`, `WANT`, ...). It is data: each language lists
its entries in `locales/<lang>/*.yaml` under `concepts:`, and every entry is one string:

| entry         | matches                                                                  |
|---------------|--------------------------------------------------------------------------|
| `snijden`     | a word whose form or lemma is "snijden": snij, sneed, snijdt             |
| `end it all`  | these words in a row, each by form or lemma                              |
| `doe ~ aan`   | in this order in one clause, at most 8 words between: "doe mezelf iets aan" |
| `zelfmoord*`  | any word that starts so: zelfmoordgedachten, zelfmoordpoging             |
| `*brug`       | any word that ends so (the head of a Dutch compound): spoorbrug          |
| `=sh`         | only this exact word: no lemma, no typo                                  |

Lemmas come from simplemma's Dutch and English tables (`lemmas.py`; both are tried on every
word: people mix languages). A word that neither language knows, of five letters or more,
also matches an entry one edit away (a letter added, dropped, changed or two swapped:
"zelfmord", "myslef"), with rapidfuzz; a real word never does ("sterren" is not "sterven").

A word that is a function word of the other language ("die" and "want" are Dutch function
words) matches an entry only in a clause of the entry's own language: Dutch "die" (that) is
not English "die".

What a word matches is worked out once per distinct word and cached: the words people use
repeat, so a message costs dictionary look-ups.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core.understanding import lemmas
from bot.core.understanding.words import stretched

__all__ = ["Entry", "Lexicon", "WordInfo", "parse_entry"]

_FUZZY_MIN = 5  # shorter words are too close to other words for a typo to be guessed
_CACHE = 65_536
_LOAN_MIN = 4  # the shortest word a loan prefix borrows ("gehit": too short to tell)
GAP_WORDS = 8  # a gap in a phrase ("doe ~ aan") holds at most this many words
_PLAIN = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*\Z")


@dataclass(frozen=True, slots=True)
class Entry:
    """One way to express a concept: parts in a row (or in order with gaps, `gap`)."""

    concept: str
    lang: str
    parts: tuple[str, ...]
    gap: bool = False
    exact: bool = False
    rest: frozenset[str] = frozenset()  # the whole words after the first: all must be there

    @property
    def single(self) -> bool:
        return len(self.parts) == 1


def parse_entry(concept: str, lang: str, text: str) -> Entry:
    """An entry from its written form (see the module's table); ValueError if malformed."""
    if _PLAIN.match(text):  # most entries: plain folded words, nothing to fold or check
        parts = tuple(text.split(" "))
        return Entry(concept, lang, parts, rest=frozenset(parts[1:]))
    raw = " ".join(_fold_entry(text).split())
    exact = raw.startswith("=")
    raw = raw.removeprefix("=").strip()
    gap = " ~ " in f" {raw} "
    parts = tuple(p for p in raw.replace("~", " ").split() if p)
    if not parts:
        raise ValueError(f"{concept}: an empty entry")
    for part in parts:
        word = part.removesuffix("*").removeprefix("*") if len(part) > 1 else part
        if not word or not word.isalnum() or not word.isascii():
            raise ValueError(
                f"{concept}: '{text}' must be plain folded words (a-z, 0-9), '~', "
                "and '*' at the start or end of a word"
            )
        short = len(word) < 3 and not word.isdigit()
        if word != part and (short or (part.startswith("*") and part.endswith("*"))):
            raise ValueError(f"{concept}: '{text}': a prefix or suffix needs 3 letters or more")
    if gap and len(parts) < 2:
        raise ValueError(f"{concept}: '{text}' needs words on both sides of '~'")
    rest = frozenset(p for p in parts[1:] if not _affix(p))
    return Entry(concept, lang, parts, gap, exact, rest)


def fold_entry(text: str) -> str:
    """An entry folded like the text it is matched against (for other data that names words)."""
    return _fold_entry(text)


def _fold_entry(text: str) -> str:
    """An entry folded like the text it is matched against: case, accents, apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return letters.replace("'", "").replace("\u2019", "").replace("-", " ")


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What one word can be read as, per language: its forms (itself, its lemma in that
    language, a typo fix) and the concepts they express.

    `forms` maps a language to the forms that entries of that language are matched with: an
    English word's Dutch lemma never matches a Dutch entry (simplemma lemmatises "goat" as
    Dutch "gaan"). `read_as` maps the language of a clause (None: no one language) to the
    (concept, language of the entry) pairs the word is read as there: in a clause of one
    language, a word that language knows, or that another language claims ("die", "want"),
    is read only as that language's entries ("kind" in an English clause is not Dutch "kind").
    """

    forms: Mapping[str, tuple[str, ...]]
    read_as: Mapping[str | None, tuple[tuple[str, str], ...]]
    names: frozenset[str]  # the concepts alone
    vote: str | None  # the language this word gives away (Lexicon.votes_for)
    follows: Mapping[str, Mapping[str, tuple[Entry, ...]]]  # lang -> next word -> phrases
    tries: tuple[Entry, ...]  # phrases with gaps or prefixes that may start here


class Lexicon:
    """Entries of every language, indexed for matching words and phrases."""

    def __init__(
        self,
        entries: Iterable[Entry],
        function_words: Mapping[str, Iterable[str]],
        spellings: Mapping[str, Mapping[str, str]] | None = None,
        loans: Mapping[str, Mapping[str, str]] | None = None,
    ):
        self.function_words = {lang: frozenset(words) for lang, words in function_words.items()}
        # per language, a way of writing a word (chat, dialect) -> the word it stands for:
        # "ni" is "niet", "u" is "you"; the word it stands for is one more form of it
        self.spellings = {lang: dict(found) for lang, found in (spellings or {}).items()}
        # per language, a prefix -> the language of the words it borrows: Dutch "ge" + an
        # English verb ("geraped", "gekilled") is that English word, in both languages
        self.loans = {lang: dict(found) for lang, found in (loans or {}).items() if found}
        self.entries = tuple(entries)
        self.languages = tuple(
            dict.fromkeys([*self.function_words, *(e.lang for e in self.entries)])
        )
        self._single: dict[tuple[str, str], list[Entry]] = {}
        self._prefix: list[Entry] = []
        self._phrases: dict[tuple[str, str], list[Entry]] = {}
        self._bigrams: dict[tuple[str, str], dict[str, list[Entry]]] = {}
        self._gapped: dict[tuple[str, str], list[Entry]] = {}
        self._open_second: dict[tuple[str, str], list[Entry]] = {}  # "word prefix*"
        self._prefix_phrases: list[Entry] = []
        self._claimed: dict[str, set[str]] = {
            lang: set(words) for lang, words in self.function_words.items()
        }
        for entry in self.entries:
            first = entry.parts[0]
            if entry.single and _affix(first):
                self._prefix.append(entry)
            elif entry.single:
                self._single.setdefault((entry.lang, first), []).append(entry)
                self._claimed.setdefault(entry.lang, set()).add(first)
            elif _affix(first):
                self._prefix_phrases.append(entry)
            else:
                self._phrases.setdefault((entry.lang, first), []).append(entry)
                second = entry.parts[1]
                if entry.gap:
                    self._gapped.setdefault((entry.lang, first), []).append(entry)
                elif _affix(second):
                    self._open_second.setdefault((entry.lang, first), []).append(entry)
                else:
                    by_next = self._bigrams.setdefault((entry.lang, first), {})
                    by_next.setdefault(second, []).append(entry)
        # the most words a phrase can cover, its gaps included
        self._reach = max(
            (len(e.parts) + (len(e.parts) - 1) * GAP_WORDS * e.gap for e in self.entries),
            default=1,
        )
        self._keys = {key for _, key in (*self._single, *self._phrases)}
        self._exact_only = {
            key for (_, key), found in self._single.items() if all(e.exact for e in found)
        }
        words = {p for e in self.entries if not e.exact for p in e.parts if not _affix(p)}
        self._fuzzy_targets = sorted(w for w in words if len(w) >= _FUZZY_MIN)
        self.word = lru_cache(maxsize=_CACHE)(self._word)

    @property
    def concepts(self) -> frozenset[str]:
        return frozenset(e.concept for e in self.entries)

    def phrases_at(
        self, infos: Sequence[WordInfo], i: int, present: dict[str, frozenset[str]]
    ) -> list[tuple[Entry, int, tuple[int, ...]]]:
        """The phrase entries that start at word `i` of a clause, with where each ends and
        the positions its gaps skipped ("ik heb een plan en ga": "ik ~ ga" holds on two).
        `present`: every form of every word of the clause, per language, filled here the
        first time a clause needs it (one dict per clause).

        Each word knows (cached) which phrases may start with it: those in a row by their
        second word, the others (gaps, prefixes) to be tried, if the clause holds all their
        other words. Most words start none.
        """
        info = infos[i]
        candidates: list[Entry] = list(info.tries)
        if info.follows and i + 1 < len(infos):
            after = infos[i + 1].forms
            for lang, table in info.follows.items():
                for second in after[lang]:
                    candidates += table.get(second, ())
        if not candidates:
            return []
        if not present:
            for lang in self.languages:
                present[lang] = frozenset(f for word in infos for f in word.forms[lang])
        reach = infos[i : i + self._reach]  # no phrase goes further: a long clause stays cheap
        by_lang: dict[str, list[tuple[str, ...]]] = {}
        found: list[tuple[Entry, int, tuple[int, ...]]] = []
        for entry in candidates:
            if not entry.rest <= present[entry.lang]:
                continue
            forms = by_lang.get(entry.lang)
            if forms is None:
                forms = by_lang[entry.lang] = [w.forms[entry.lang] for w in reach]
            ended = _end(entry, forms, 0)
            if ended is not None:
                end, skipped = ended
                found.append((entry, i + end, tuple(i + j for j in skipped)))
        return found

    def claimed_elsewhere(self, word: str, lang: str) -> bool:
        """True when another language has `word` as a function word or an entry: Dutch "die"
        and "want" are not English "die" and "want"."""
        return any(word in words for other, words in self._claimed.items() if other != lang)

    def votes_for(self, word: str) -> str | None:
        """The language a word gives away: a function word of one language that no other
        language claims ("ik", "the"); None for shared or neutral words."""
        found = [lang for lang, words in self.function_words.items() if word in words]
        if len(found) != 1 or self.claimed_elsewhere(word, found[0]):
            return None
        return found[0]

    def _word(self, word: str) -> WordInfo:
        surface = [word, *stretched(word)]
        forms: dict[str, list[str]] = {}
        for lang in self.languages:
            own = forms[lang] = list(surface)
            standard = self.spellings.get(lang, {})
            own += [standard[form] for form in surface if form in standard]
            for form in list(own):
                if lemmas.is_known(form, lang):
                    lemma = lemmas.lemmatize(form, lang)
                    if lemma not in own:
                        own.append(lemma)
        self._borrow(word, forms)
        if len(word) >= _FUZZY_MIN and word not in self._exact_only and not self._known(forms):
            fixed = process.extractOne(
                word, self._fuzzy_targets, scorer=OSA.distance, score_cutoff=1
            )
            if fixed is not None:
                for own in forms.values():
                    own.append(fixed[0])
        concepts: dict[tuple[str, str, bool], None] = {}
        for lang, own in forms.items():
            for i, form in enumerate(own):
                for entry in self._single.get((lang, form), ()):
                    if entry.exact and i:
                        continue
                    needs = self.claimed_elsewhere(word, lang)
                    concepts[(entry.concept, lang, needs)] = None
        for entry in self._prefix:
            if matches(entry.parts[0], forms[entry.lang]):
                concepts[(entry.concept, entry.lang, False)] = None
        follows: dict[str, dict[str, tuple[Entry, ...]]] = {}
        tries = [e for e in self._prefix_phrases if matches(e.parts[0], forms[e.lang])]
        for lang, own in forms.items():
            for form in own:
                tries += self._gapped.get((lang, form), ())
                tries += self._open_second.get((lang, form), ())
                for second, found in self._bigrams.get((lang, form), {}).items():
                    table = follows.setdefault(lang, {})
                    table[second] = (*table.get(second, ()), *found)
        known = frozenset(lang for lang in self.languages if lemmas.is_known(word, lang))
        read_as = {
            clause: tuple(
                (concept, lang)
                for concept, lang, needs in concepts
                if clause is None or lang == clause or not (needs or clause in known)
            )
            for clause in (None, *self.languages)
        }
        return WordInfo(
            {lang: tuple(own) for lang, own in forms.items()},
            read_as,
            frozenset(c for c, _, _ in concepts),
            self.votes_for(word),
            follows,
            tuple(dict.fromkeys(tries)),
        )

    def _borrow(self, word: str, forms: Mapping[str, list[str]]) -> None:
        """A word its own language does not know, made of a loan prefix and a word of the
        language it borrows from, gets that word and its lemma as forms in both languages."""
        for lang, prefixes in self.loans.items():
            for prefix, source in prefixes.items():
                rest = word[len(prefix) :]
                if (
                    word.startswith(prefix)
                    and len(rest) >= _LOAN_MIN
                    and source in forms
                    and lemmas.is_known(rest, source)
                    and not lemmas.is_known(word, lang)
                ):
                    for own in (forms[lang], forms[source]):
                        for form in (rest, lemmas.lemmatize(rest, source)):
                            if form not in own:
                                own.append(form)

    def _known(self, forms: Mapping[str, list[str]]) -> bool:
        """A word of either language, or one the lexicon lists: not a typo to be guessed."""
        word = next(iter(forms.values()))[0]
        if not word.isalpha():
            return True
        if any(form in self._keys for own in forms.values() for form in own):
            return True
        return any(lemmas.is_known(word, lang) for lang in forms)


def _end(
    entry: Entry, forms: Sequence[tuple[str, ...]], start: int
) -> tuple[int, tuple[int, ...]] | None:
    """Where a phrase that starts at `start` ends, and the positions its gaps skipped; None
    if the rest does not follow. A gap (`~`) holds at most GAP_WORDS words."""
    j = start + 1
    skipped: list[int] = []
    for part in entry.parts[1:]:
        if entry.gap:
            stop = min(len(forms), j + GAP_WORDS + 1)
            while j < stop and not matches(part, forms[j]):
                skipped.append(j)
                j += 1
            if j >= stop:
                return None
        elif j >= len(forms) or not matches(part, forms[j]):
            return None
        j += 1
    return j, tuple(skipped)


def _affix(part: str) -> bool:
    return part.endswith("*") or part.startswith("*")


def matches(part: str, forms: Sequence[str]) -> bool:
    """Whether a word with these forms fits one part of an entry: a word, a prefix* or a
    *suffix. A suffix is the end of a longer word, a compound ("*brug": "erasmusbrug", not
    "brug", the name people call Brug by); the word itself is an entry of its own."""
    if part.endswith("*"):
        stem = part[:-1]
        return any(form.startswith(stem) for form in forms)
    if part.startswith("*"):
        tail = part[1:]
        return any(form.endswith(tail) and form != tail for form in forms)
    return part in forms
