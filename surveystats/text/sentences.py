"""Sentences: where they start in a paragraph, and the sentence around a mention.

A sentence ends at a full stop, question or exclamation mark followed by a capital, a
digit or an opening quote, except after the abbreviations UN text puts before capitals
and numbers ("No. 49", "chap. I", "Mr. Annan", "A. B.").
"""

from __future__ import annotations

import functools
import re

__all__ = ["CONTEXT_MAX", "sentence_context", "sentence_starts"]

# A sentence ends at ".", "!" or "?" (then closing quotes or brackets, spaces and a
# capital, digit or opening quote), except after an abbreviation: "No. 49", "chap. I",
# "Mr. Annan", "A. B.". The abbreviations are looked behind at from the mark, one fixed
# width at a time, so the engine still skips straight to the marks.
_SENTENCE_END = re.compile(
    r"[.!?]"
    r"(?<!\b[p].)(?<!\b(?:No|Mr|Ms|Dr|St|pp).)(?<!\b(?:Nos|Art|Mrs|vol).)"
    r"(?<!\b(?:chap|para|sect|Ibid).)(?<!\bparas.)(?<!(?<![A-Za-z])[A-Z].)"
    r"['\"”’)]*\s+(?=[A-Z(\"“‘\d])"
)
_END = re.Match.end

#: A sentence longer than this (characters) is cut to a window around the mention.
CONTEXT_MAX = 400
_CONTEXT_SIDE = 160


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start in ``text``, always including 0.

    The tally readers ask for the sentences of one paragraph many times (about twice
    each, over the corpus): the last text's are kept, and each caller gets its own list.

    Examples
    --------
    >>> sentence_starts("See No. 5 above. Then 12 States replied.")
    [0, 17]
    """
    return list(_starts_of(text))


@functools.lru_cache(maxsize=1)
def _starts_of(text: str) -> tuple[int, ...]:
    """:func:`sentence_starts` of the last text asked for, kept."""
    return (0, *map(_END, _SENTENCE_END.finditer(text)))


def sentence_context(text: str, first: int, last: int, start: int, end: int) -> str:
    """The sentence ``text[first:last]`` around the mention ``text[start:end]``.

    A sentence longer than :data:`CONTEXT_MAX` characters (a whole preambular paragraph)
    is cut to about 160 characters either side of the mention, at spaces, the cuts
    marked "…".

    Examples
    --------
    >>> sentence_context(" Twelve States replied. ", 0, 24, 1, 7)
    'Twelve States replied.'
    >>> long = "word " * 100 + "12 States " + "word " * 100
    >>> cut = sentence_context(long, 0, len(long), 500, 502)
    >>> cut.startswith("…word") and cut.endswith("word…") and "12 States" in cut
    True
    """
    if last - first <= CONTEXT_MAX:
        return text[first:last].strip()
    left, right = max(first, start - _CONTEXT_SIDE), min(last, end + _CONTEXT_SIDE)
    if left > first:  # cut at spaces so no word is split
        left = text.find(" ", left, start) + 1 or left
    if right < last:
        space = text.rfind(" ", end, right)
        right = space if space > 0 else right
    prefix = "…" if left > first else ""
    suffix = "…" if right < last else ""
    return prefix + text[left:right].strip() + suffix
