"""The words a vote is read by, repaired where OCR garbled them, offsets kept.

Old records reach us through OCR, which garbles the words a tally is read by in two ways
that no grammar should have to spell out: a letter read as the digit of the same shape
("abstent1ons", "in fav0ur", "ab5tained"), a word broken at the end of a printed line
and joined back with its hyphen and a blank ("absten- tions", "in fa-\\nvour"), and a
word split in two by a blank the print never had ("abstent ions", "vot es").
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

# The letters of each shape, as OCR may print them.
_PRINTED = {"o": "oO0", "i": "iIlL1", "s": "sS5"}


def _letter(shape: str) -> str:
    """A character class for the printed forms of one letter's shape ("o" -> "[oO0]")."""
    if shape == " ":
        return " "
    return "[" + _PRINTED.get(shape, shape + shape.upper()) + "]"


def _as_trie(strings: list[str]) -> str:
    """One pattern for ``strings`` (shapes) in which every shared beginning is spelt once.

    A flat alternation of all the split vote words is tried whole at every letter of a
    text; nested by their beginnings, a text's letter is tried against one class.

    >>> _as_trie(["ab", "ac"])
    '[aA](?:[bB]|[cC])'
    """
    tree: dict = {}
    for string in strings:
        node = tree
        for character in string:
            node = node.setdefault(character, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [_letter(ch) + pattern(rest) for ch, rest in sorted(node.items()) if ch]
        if not branches:
            return ""
        ends_here = "" in node
        if len(branches) == 1 and not ends_here:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")

    return pattern(tree)


# A vote word split in two by a blank ("abstent ions", "in fa vour"): each piece at least
# two letters long and neither a vote word itself, so "vote d" stays as it is.
_SPLIT_SHAPES = sorted(
    {
        shape[:cut] + " " + shape[cut:]
        for shape in _BY_SHAPE
        for cut in range(2, len(shape) - 1)
        if shape[:cut] not in _BY_SHAPE and shape[cut:] not in _BY_SHAPE
    }
)


def _first_letter_first(shapes: list[str]) -> str:
    """A pattern for ``shapes`` that opens on one class of their first letters.

    Python's regex engine skips ahead to a character of a pattern's first class when the
    pattern opens on one, and tries the whole pattern at every character otherwise (as it
    must when it opens on a look-behind or on an alternation of classes). So the first
    letter is consumed first, the look-behind for a word start checks the character before
    it, and each branch of the rest is entered only after its own first letter.
    """
    rests: dict[str, list[str]] = {}
    for shape in shapes:
        rests.setdefault(shape[0], []).append(shape[1:])
    firsts = "".join(_letter(first)[1:-1] for first in sorted(rests))
    branches = "|".join(
        f"(?<={_letter(first)}){_as_trie(rest)}" for first, rest in sorted(rests.items())
    )
    return rf"[{firsts}](?<![A-Za-z0-9].)(?:{branches})(?![A-Za-z0-9])"


_SPLIT = re.compile(_first_letter_first(_SPLIT_SHAPES))


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
    >>> repair_ocr_words("by 14 vot es to none")
    ('by 14 votes  to none', [(6, 12)])
    >>> repair_ocr_words("peace- keeping by 5th and CO2 targets")[1]
    []
    """
    found: list[tuple[int, int, str]] = []
    if _may_be_garbled(text):
        for match in _GARBLED.finditer(text):
            word = _BY_SHAPE.get(_shape(match.group()))
            if word is not None:
                found.append((match.start(), match.end(), word))
    for match in _SPLIT.finditer(text):
        found.append(
            (match.start(), match.end(), _BY_SHAPE[_shape(match.group().replace(" ", ""))])
        )
    if not found:
        return text, []
    found.sort()
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    for start, end, word in found:
        if start < last:
            continue  # a word already repaired as the other kind of damage
        letters = _BREAK.sub("", text[start:end]).replace(" ", "")
        repaired = "".join(
            right if written in "015" else written
            for written, right in zip(letters, word, strict=True)
        )
        pieces.append(text[last:start])
        pieces.append(repaired.ljust(end - start))
        spans.append((start, end))
        last = end
    pieces.append(text[last:])
    return "".join(pieces), spans
