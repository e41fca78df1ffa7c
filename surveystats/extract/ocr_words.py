"""The words a vote is read by, repaired where OCR garbled them, offsets kept.

Old records reach us through OCR, which garbles the words a tally is read by in two ways
that no grammar should have to spell out: a letter read as the digit of the same shape
("abstent1ons", "in fav0ur", "ab5tained") and a word broken at the end of a printed line
and joined back with its hyphen and a blank ("absten- tions", "in fa-\\nvour").
:func:`repair_ocr_words` gives the readers a text in which such a word is written right,
as long as the text it repairs, so that every offset read in it holds in the original.

Only the words of a vote (:data:`VOTE_WORDS`) are repaired: a garbled word is recognised
by its shape, and a shape that no vote word has is left as it is, so "peace- keeping",
"CO2", "G77" and "5th" never change.
"""

from __future__ import annotations

import re

__all__ = ["VOTE_WORDS", "repair_ocr_words"]

#: The words the vote readers are keyed on, in lower case.
VOTE_WORDS = frozenset(
    (
        "abstain",
        "abstained",
        "abstaining",
        "abstention",
        "abstentions",
        "against",
        "favour",
        "favor",
        "vote",
        "votes",
        "voted",
        "voting",
        "adopted",
        "rejected",
        "unanimously",
    )
)

# The letters OCR reads as a digit of the same shape: 0 for o, 1 for i or l, 5 for s.
_SHAPES = str.maketrans({"0": "o", "1": "i", "l": "i", "5": "s"})
_BREAK = re.compile(r"-\s{1,2}")


def _shape(word: str) -> str:
    """A word's letters as OCR may confuse them: "l", "i" and "1" alike, "o" and "0", ..."""
    return _BREAK.sub("", word).lower().translate(_SHAPES)


_BY_SHAPE = {_shape(word): word for word in VOTE_WORDS}

# A word that holds a digit among its letters, or one broken after a hyphen and a blank
# or two ("absten- tions"). It starts only where no letter or digit is before it, and its
# pieces are bounded (no vote word is longer than 11 letters), so each word costs the same.
_GARBLED = re.compile(
    r"""
    (?<![A-Za-z0-9])
    [A-Za-z][A-Za-z015]{0,14}
    (?:[015]|-\s{1,2}[a-z015])                      # "abstent1ons", "absten- tions"
    [A-Za-z015]{0,14}
    (?![A-Za-z0-9-])
    """,
    re.VERBOSE,
)


_OCR_DIGIT = re.compile("[015]")


def _may_be_garbled(text: str) -> bool:
    """Whether a digit OCR confuses with a letter touches a letter, or a word is broken.

    A cheap first look: most paragraphs hold digits only in numbers and no word broken
    at a line end, and the search for garbled words costs more than this one.
    """
    for digit in _OCR_DIGIT.finditer(text):
        at = digit.start()
        if text[at - 1 : at].isalpha() or text[at + 1 : at + 2].isalpha():
            return True
    at = text.find("-")
    while at >= 0:
        if text[at - 1 : at].isalpha() and text[at + 1 : at + 2].isspace():
            return True  # "absten- tions", "in fa-\nvour"
        at = text.find("-", at + 1)
    return False


def repair_ocr_words(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with its garbled vote words written right, and where each was.

    A repaired word keeps the case of its letters; a word joined over its line break is
    followed by as many blanks as the break took, so the text keeps its length.

    Parameters
    ----------
    text
        One paragraph.

    Returns
    -------
    tuple of str and list of (int, int)
        The repaired text (``text`` itself where nothing was garbled) and the start and
        end of each repaired word, in order.

    Examples
    --------
    >>> repair_ocr_words("by 84 votes to 1, with 63 abstent1ons.")
    ('by 84 votes to 1, with 63 abstentions.', [(26, 37)])
    >>> repair_ocr_words("with 8 absten- tions.")
    ('with 8 abstentions  .', [(7, 20)])
    >>> repair_ocr_words("with 8 absten-\\ntions.")[1]
    [(7, 20)]
    >>> repair_ocr_words("peace- keeping by 5th and CO2 targets")[1]
    []
    """
    if not _may_be_garbled(text):
        return text, []
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    for match in _GARBLED.finditer(text):
        raw = match.group()
        word = _BY_SHAPE.get(_shape(raw))
        if word is None:
            continue
        letters = _BREAK.sub("", raw)
        repaired = "".join(
            right if written in "015" else written
            for written, right in zip(letters, word, strict=True)
        )
        pieces.append(text[last : match.start()])
        pieces.append(repaired.ljust(len(raw)))
        spans.append(match.span())
        last = match.end()
    if not spans:
        return text, spans
    pieces.append(text[last:])
    return "".join(pieces), spans
