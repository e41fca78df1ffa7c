"""Words of approximation inside a figure's phrase, read past: "of the estimated 1.7 million".

Reports qualify a whole where the readers expect its determiner to stand right before its
figure: "Girls account for 58 per cent of the estimated 1.4 million children out of
school", "Of the nearly 2,000 schools assessed, 1,200 were damaged", "Nine of the some 40
delegations ...". The grammars of "of the N", "Of the N, ..." and "the N ... replied" do
not allow a word between the determiner and its figure, and a reader of digits alone may
take the whole for a part. A share written with "an estimated" before it ("Women and girls
made up an estimated 54 per cent of ...") is the same phrase with an article of its own.

:func:`find_qualified_figures` finds such words (a qualifier of
:data:`~surveystats.extract.phrases.QUALIFIERS_BEFORE` after "the", "its" or "their", and
"an estimated" anywhere, each right before digits) as asides the sentence is read again
without (:func:`~surveystats.extract.tally_earlier_years.without_earlier_figures`); the
reader keeps that reading only where it reads more. :func:`restore_qualifiers` then gives
each figure read there the qualifier it had: a total its ``total_qualifier``, a part its
``qualifier``. A literal test and one pattern find the asides, in linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.phrases import QUALIFIERS_BEFORE
from surveystats.extract.tally_earlier_years import EarlierFigures
from surveystats.extract.tally_parts import Tally, read_count
from surveystats.text.words import word_alternation

__all__ = ["find_qualified_figures", "restore_qualifiers"]

_QUALIFIER_PHRASES = [
    phrase
    for phrase in sorted(QUALIFIERS_BEFORE, key=len, reverse=True)
    if phrase.replace(" ", "").replace(".", "").isalpha() and phrase != "an estimated"
]
_QUALIFIER_WORDS = "|".join(map(re.escape, _QUALIFIER_PHRASES))
# The qualifier and the blank after it are the aside; the determiner stays.
_QUALIFIED = re.compile(
    rf"(?:\b(?:[Tt]he|its|their)[ ](?P<qualifier>(?:{_QUALIFIER_WORDS})[ ])"
    r"|\b(?P<estimated>[Aa]n[ ]estimated[ ]))"
    r"(?=\d)"
)
# A cheap test first: most paragraphs hold neither "estimated" nor one of these. The
# phrases as a trie of their letters: tried after every "he " of a paragraph, a list of
# ninety alternatives took twice as long.
_MAY_QUALIFY = re.compile(rf"he[ ]{word_alternation(_QUALIFIER_PHRASES, cases='lower')}[ ]\d")
_FIGURE = re.compile(r"\d[\d,.]*(?:[ ](?:million|billion))?")


def find_qualified_figures(text: str) -> list[EarlierFigures]:
    """The words of approximation between a figure and its determiner, as asides.

    >>> text = "Girls account for 58 per cent of the estimated 1.4 million children."
    >>> [text[a.start : a.end] for a in find_qualified_figures(text)]
    ['estimated ']
    >>> text = "Women made up an estimated 54 per cent of the staff."
    >>> [text[a.start : a.end] for a in find_qualified_figures(text)]
    ['an estimated ']
    >>> find_qualified_figures("The 40 members and some 12 observers")
    []
    """
    if "estimated" not in text and _MAY_QUALIFY.search(text) is None:
        return []
    asides = []
    for match in _QUALIFIED.finditer(text):
        group = "qualifier" if match["qualifier"] else "estimated"
        asides.append(EarlierFigures(match.start(group), match.end(group), ()))
    return asides


def restore_qualifiers(text: str, tallies: list[Tally], asides: list[EarlierFigures]) -> None:
    """Give the figures right after ``asides`` in ``text`` the qualifier the aside held.

    ``tallies`` were read without the asides and have their offsets back in ``text``. A
    part starts right where its aside ended; a total is told by its value.
    """
    for aside in asides:
        words = " ".join(text[aside.start : aside.end].lower().split())
        qualifier = QUALIFIERS_BEFORE.get(words.removeprefix("an "))
        figure = _FIGURE.match(text, aside.end)
        if qualifier is None or figure is None:
            continue
        value, _ = read_count(figure.group())
        for tally in tallies:
            for part in tally.parts:
                if part.start == aside.end and part.qualifier is None:
                    part.qualifier = qualifier
            if tally.total is not None and tally.total == value and tally.total_qualifier is None:
                tally.total_qualifier = qualifier
