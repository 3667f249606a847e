"""Reading a message: clauses, their language, the concepts in them, and what is negated.

`Reader.read(text)` gives a `Reading`: the message's clauses, each with the spans where each
concept was found and the words that a negation covers. The safety check and the intent
reading both work on it; neither looks at raw text.

Negation scope follows the NegEx idea (Chapman et al., 2001): a negator covers the next few
words (`forward`) until a word that ends its scope (a subject pronoun or a conjunction, the
concepts `SUBJECT` and `JOIN`), and, in languages that put the negator after the verb and its
object (Dutch: "ik snij mezelf niet"), the few words before it (`backward`). Neither reaches
across a fronted clause or phrase that sets the scene (`FRONTED`: "sinds ik ben aangerand, durf
ik niet meer"; "als ik geen geld geef, slaat hij me"). Phrases that look like negations but are
not ("not gonna lie", "niet alleen") are the concept `PSEUDO_NEG` and negate nothing. Words
of the concept `SPLIT` ("but", "maar") start a new clause, unless the word before them is one
of `KEEP` ("was ik maar dood", "alleen maar", "nothing but").
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass
from typing import NamedTuple

from bot.core.understanding.lexicon import Lexicon, WordInfo
from bot.core.understanding.words import split

__all__ = ["ASKS", "Clause", "Negation", "Reader", "Reading", "Span"]

NEG = "NEG"
PSEUDO_NEG = "PSEUDO_NEG"
SUBJECT = "SUBJECT"
JOIN = "JOIN"
FRONTED = "FRONTED"  # opens a scene-setting clause or phrase before the verb: "sinds ..."
SPLIT = "SPLIT"
ASKS = "ASKS"  # the message holds a question mark
KEEP = "KEEP"  # after these words a SPLIT word is a particle: "was ik maar dood", "alleen maar"


class Span(NamedTuple):
    """Words `start` up to (not including) `end` of a clause express a concept (a named
    tuple: made for every concept of every word, so made cheaply). A phrase with a gap
    ("ik ~ ga") holds on its own words only: `gaps` are the positions it skipped."""

    start: int
    end: int
    lang: str
    gaps: tuple[int, ...] = ()

    def positions(self) -> Iterable[int]:
        """The positions of the words that express the concept, gaps left out."""
        if not self.gaps:
            return range(self.start, self.end)
        return [i for i in range(self.start, self.end) if i not in self.gaps]


@dataclass(frozen=True, slots=True)
class Negation:
    """How far a language's negators reach, in words."""

    forward: int = 5
    backward: int = 0


@dataclass(frozen=True, slots=True)
class Clause:
    words: tuple[str, ...]
    lang: str | None
    spans: Mapping[str, tuple[Span, ...]]
    negated: Mapping[int, frozenset[int]]  # word -> where the negators covering it start

    def has(self, concept: str) -> bool:
        return concept in self.spans

    def free(self, concept: str, own: Set[int] = frozenset()) -> tuple[Span, ...]:
        """The spans of a concept that no negation outside the span itself (or the words
        `own`) covers: a phrase that holds its own negator ("nothing to live for") is not
        negated by it, nor is "van het lachen" by the "niet" of "ik kan niet meer"."""
        negated = self.negated
        if not negated:
            return self.spans.get(concept, ())
        return tuple(s for s in self.spans.get(concept, ()) if not _covered(s, negated, own))


@dataclass(frozen=True, slots=True)
class Reading:
    text: str
    clauses: tuple[Clause, ...]
    lang: str | None
    concepts: frozenset[str]

    @property
    def word_count(self) -> int:
        return sum(len(c.words) for c in self.clauses)


class Reader:
    """Turns text into a `Reading` with one lexicon and each language's negation reach."""

    def __init__(
        self,
        lexicon: Lexicon,
        negation: Mapping[str, Negation],
        warming: threading.Thread | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.negation = dict(negation)
        self._warming = warming  # the lemma tables, loading in the background

    def read(self, text: str) -> Reading:
        if self._warming is not None:
            self._warming.join()
            self._warming = None
        word = self.lexicon.word
        clauses: list[tuple[tuple[str, ...], list[WordInfo]]] = []
        for words in split(text):
            infos = [word(w) for w in words]
            start = 0
            for i, info in enumerate(infos):
                if SPLIT in info.names and not (i and KEEP in infos[i - 1].names):
                    if i > start:
                        clauses.append((words[start:i], infos[start:i]))
                    start = i + 1
            if start < len(words):
                clauses.append((words[start:], infos[start:]))
        counts = [_language_counts(infos) for _, infos in clauses]
        nl = sum(c[0] for c in counts)
        en = sum(c[1] for c in counts)
        message_lang = _majority(nl, en)
        read = tuple(
            self._clause(words, forms, _majority(*count) or message_lang)
            for (words, forms), count in zip(clauses, counts, strict=True)
        )
        concepts = frozenset(c for clause in read for c in clause.spans)
        if "?" in text:  # the question mark is gone from the words, but not what it says
            concepts |= {ASKS}
        return Reading(text, read, message_lang, concepts)

    def _clause(self, words: tuple[str, ...], infos: list[WordInfo], lang: str | None) -> Clause:
        spans: dict[str, list[Span]] = {}
        lexicon = self.lexicon
        present: dict[str, frozenset[str]] = {}  # every form in the clause, once needed
        for i, info in enumerate(infos):
            for concept, entry_lang in info.read_as[lang]:  # as the clause's language reads it
                spans.setdefault(concept, []).append(Span(i, i + 1, entry_lang))
            if not (info.tries or info.follows):
                continue  # most words start no phrase
            for entry, end, gaps in lexicon.phrases_at(infos, i, present):
                spans.setdefault(entry.concept, []).append(Span(i, end, entry.lang, gaps))
        frozen = {k: tuple(v) for k, v in spans.items()}
        return Clause(words, lang, frozen, self._negated(frozen, len(words)))

    def _negated(
        self, spans: Mapping[str, tuple[Span, ...]], n: int
    ) -> Mapping[int, frozenset[int]]:
        negators = spans.get(NEG)
        if not negators:
            return {}
        pseudo = {i for s in spans.get(PSEUDO_NEG, ()) for i in s.positions()}
        stops = {s.start for s in spans.get(JOIN, ())}
        subjects = {s.start for s in spans.get(SUBJECT, ())}
        fronted = any(s.start == 0 for s in spans.get(FRONTED, ()))
        covered: dict[int, set[int]] = {}
        for neg in negators:
            if pseudo.intersection(neg.positions()):
                continue
            reach = self.negation.get(neg.lang, Negation())
            for j in range(neg.end, min(n, neg.end + reach.forward)):
                if j in stops or j in subjects:
                    break
                if fronted and j + 1 in subjects:
                    break  # "als ik geen geld geef | slaat hij me": the main clause begins
                covered.setdefault(j, set()).add(neg.start)
            taken, j, inverted = 0, neg.start - 1, False
            while j >= 0 and taken < reach.backward:
                if j in stops:
                    break
                if j in subjects:
                    if j != neg.start - 1:  # "doe ik niet": inversion, the verb comes before
                        break
                    inverted = True
                else:
                    covered.setdefault(j, set()).add(neg.start)
                    # Before the inverted verb stands what was put first: the negated object
                    # ("zelfmoord plegen doe ik niet"; the verb itself does not count), but
                    # not a clause or phrase that sets the scene ("sinds ik ben aangerand
                    # durf ik niet meer").
                    if inverted and fronted:
                        break
                    if not (inverted and j == neg.start - 2):
                        taken += 1
                j -= 1
        return {j: frozenset(by) for j, by in covered.items()}


def _covered(span: Span, negated: Mapping[int, frozenset[int]], own: Set[int]) -> bool:
    inside = range(span.start, span.end)
    return any(any(n not in inside and n not in own for n in negated.get(i, ())) for i in inside)


def _language_counts(infos: list[WordInfo]) -> tuple[int, int]:
    votes = [info.vote for info in infos]
    return votes.count("nl"), votes.count("en")


def _majority(nl: int, en: int) -> str | None:
    if nl > en:
        return "nl"
    if en > nl:
        return "en"
    return None
