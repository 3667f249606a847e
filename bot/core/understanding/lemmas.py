"""simplemma's lemma tables, opened from MARISA tries: what a word's lemma is, whether a
language knows it, and which language a text is in.

simplemma ships its tables compressed; decoding Dutch and English takes about 0.3 s of CPU at
every start, in Python, so it cannot overlap the rest of start-up. Its `TrieDictionaryFactory`
(the `marisa-trie` extra) builds a trie per language once per machine, keeps it in the user's
cache directory, and opens it in about 40 ms after that; when the cache cannot be written it
still works, building the tries in memory. The results are those of simplemma's own functions:
the same tables and strategy, another way of storing them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import cache

from simplemma import Lemmatizer
from simplemma.language_detector import LanguageDetector
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieDictionaryFactory
from simplemma.token_sampler import MostCommonTokenSampler, RelaxedMostCommonTokenSampler

__all__ = ["detect", "is_known", "lemmatize", "warm"]


@cache
def _tables() -> tuple[Lemmatizer, DictionaryLookupStrategy, DefaultStrategy]:
    factory = TrieDictionaryFactory()
    strategy = DefaultStrategy(dictionary_factory=factory)
    return Lemmatizer(lemmatization_strategy=strategy), DictionaryLookupStrategy(factory), strategy


def is_known(word: str, lang: str) -> bool:
    """Whether the language's table holds the word (as simplemma.is_known)."""
    return _tables()[1].get_lemma(word, lang) is not None


def lemmatize(word: str, lang: str) -> str:
    """The word's lemma in the language, or the word itself (as simplemma.lemmatize)."""
    return str(_tables()[0].lemmatize(word, lang=lang))


def detect(text: str, languages: tuple[str, ...]) -> list[tuple[str, float]]:
    """The share of the text's words each language knows, best first and "unk" last; a tie
    is broken by a more relaxed sample of words (as simplemma.langdetect)."""
    strategy = _tables()[2]
    ranked: list[tuple[str, float]] = []
    for sampler in (MostCommonTokenSampler(), RelaxedMostCommonTokenSampler()):
        found = LanguageDetector(languages, sampler, strategy).proportion_in_each_language(text)
        ranked = sorted(found.items(), key=lambda item: (item[0] == "unk", -item[1]))
        if len(ranked) == 1 or ranked[0][1] != ranked[1][1]:
            break
    return ranked


def warm(languages: Iterable[str]) -> threading.Thread:
    """Open the tables in a thread, so start-up does its other work meanwhile; `Reader`
    waits for it before the first word."""

    def load() -> None:
        for lang in languages:
            lemmatize("a", lang)

    thread = threading.Thread(target=load, name="lemma-tables", daemon=True)
    thread.start()
    return thread
