"""An article that opens a list of counted people inside an aside: a count of one.

Notes on migrants and casualties name a group, then, in an aside, who they were, the one
of a kind first with "a" or "an":

    Five migrants – a man, two women and two infants – died.
    The seven passengers (a woman, four men and two children) were rescued.
    The victims, 12 in all: a girl, 8 boys and 3 women.

The readers of lists count "a" or "an" as one only after a list's first count ("37
resolutions and a presidential statement"): a list that opens on it has no figure to start
from. :func:`find_first_articles` finds such an article, right after an opening
parenthesis, a spaced dash or a colon, before a noun of up to three words and a list joint
with a count after it, and the articles after later joints of the same aside ("and a
child"); :func:`with_articles_counted` writes each as the digit "1" (the
same length: offsets stay, and ``raw`` is taken from the paragraph as printed). The
paragraph is read again so, and that reading is kept only where one of its tallies holds
a part at the article whose parts add up to its stated total (:func:`counts_an_opening`):
the sum, not the article, says the list is a split. "(a report, two letters and ...)"
with no whole, or parts that miss the whole, leave the first reading as it was.

One pattern, anchored on the article after a literal mark, and a search for later
articles bounded to 200 characters after each: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import Tally, holds_any
from surveystats.text import NUMBER_WORDS

__all__ = ["counts_an_opening", "find_first_articles", "with_articles_counted"]

_FIRST_ARTICLE = re.compile(
    rf"""(?:\(|[–—]\ |--\ |:\ )                 # "(", a spaced dash or ": " (a literal first)
    (?P<article>an?)\ (?=
      (?:[a-z][\w'’-]{{0,30}}\ ){{0,2}}[a-z][\w'’-]{{0,30}}   # "man", "young woman"
      (?:,\ (?:and\ )?|\ and\ )                            # the list's joint
      (?:\d|(?i:{NUMBER_WORDS})\b))                        # a count after it
    """,
    re.VERBOSE,
)
_OPENINGS = tuple(
    f"{mark}{article} " for mark in ("(", "– ", "— ", "-- ", ": ") for article in ("a", "an")
)
# Where the aside or the list ends, and an article after a later joint of it.
_CLOSE = re.compile(r"[)–—;]|--|\.(?!\d)")
_ASIDE_REACH = 200  # characters after the first article where its aside may close
_LATER_ARTICLE = re.compile(r"(?:,\ |\band\ )(?P<article>an?)\ (?=[a-z])")


def find_first_articles(text: str) -> list[tuple[int, int]]:
    """The spans of each "a" or "an" that opens a list of counts inside an aside.

    >>> text = "Five migrants – a man, two women and two infants – died."
    >>> [text[start:end] for start, end in find_first_articles(text)]
    ['a']
    >>> text = "Four passengers (an infant, two men and a woman) drowned."
    >>> [text[start:end] for start, end in find_first_articles(text)]
    ['an', 'a']
    >>> find_first_articles("It held a meeting, two workshops and a seminar.")
    []
    """
    if not holds_any(text, _OPENINGS):
        return []  # no opening mark right before "a " or "an ": most paragraphs
    spans = []
    for match in _FIRST_ARTICLE.finditer(text):
        spans.append(match.span("article"))
        # a later one of the same aside ("– a woman, two men and a child –") counts one too
        reach = min(len(text), match.end() + _ASIDE_REACH)
        close = _CLOSE.search(text, match.end(), reach)
        end = close.start() if close is not None else reach
        spans.extend(
            later.span("article") for later in _LATER_ARTICLE.finditer(text, match.end(), end)
        )
    return spans


def with_articles_counted(text: str, articles: list[tuple[int, int]]) -> str:
    """``text`` with each article of ``articles`` written "1" (and a blank for "an").

    >>> with_articles_counted("(an infant and two women)", [(1, 3)])
    '(1  infant and two women)'
    """
    pieces = []
    at = 0
    for start, end in articles:
        pieces.extend((text[at:start], "1".ljust(end - start)))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def counts_an_opening(tallies: list[Tally], articles: list[tuple[int, int]]) -> bool:
    """Whether a tally holds a part at an article and its parts make its stated total.

    >>> from surveystats.extract.tally_parts import Part
    >>> parts = [Part("man", 1, 16, 21), Part("women", 2, 23, 32)]
    >>> counts_an_opening([Tally("breakdown", 0, 32, parts, total=3)], [(16, 17)])
    True
    >>> counts_an_opening([Tally("breakdown", 0, 32, parts, total=5)], [(16, 17)])
    False
    """
    starts = {start for start, _ in articles}
    return any(
        tally.total is not None
        and any(part.start in starts and part.count == 1 for part in tally.parts)
        and all(part.count is not None for part in tally.parts)
        and sum(part.count or 0 for part in tally.parts) == tally.total
        for tally in tallies
    )
