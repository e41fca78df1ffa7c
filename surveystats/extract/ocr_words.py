"""The words a vote is read by, repaired where OCR garbled them, offsets kept.

Old records reach us through OCR, which garbles the words a tally is read by in two ways
that no grammar should have to spell out: a letter read as the digit of the same shape
("abstent1ons", "in fav0ur", "ab5tained"), a word broken at the end of a printed line
and joined back with its hyphen and a blank ("absten- tions", "in fa-\\nvour"), and a
word split in two by a blank the print never had ("abstent ions", "vot es").
:func:`repair_ocr_words` gives the readers a text in which such a word is written right,
as long as the text it repairs, so that every offset read in it holds in the original.

Typed records also lose letters to their look-alikes: "b" for "h" ("witb", "tbree") and "e"
for "c" ("per eent"); the words a tally is read by are repaired from these, each flagged,
and no other word ("Couneil" stays).

Only the words of a vote (:data:`VOTE_WORDS`) are repaired from a misreading: a garbled
word is recognised by its shape, and a shape that no vote word has is left as it is, so
"CO2", "G77" and "5th" never change. Any other word broken at a line end is joined too
("educa- tion", "question-\\nnaires"), since the labels and keywords the readers take
from the text want it whole: a compound keeps its hyphen ("peace- keeping" ->
"peace-keeping") and a hyphen left hanging before a little word ("pre- and post-war") is
no break. Only the repaired vote words are returned as repaired: a line break is layout.
One misspelling of the same length is written right as layout is, unflagged:
"respondants" (those who answered a survey, as many reports spell them).

A count glued to a word ("vote of20 in favour", "11women") needs a blank put back, which
no repair within a word's length can give: :mod:`surveystats.extract.glued_counts` does it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from surveystats.text.words import CARDINAL_WORDS, ORDINAL_WORDS

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
# The most characters _GARBLED takes: a letter and 14 more on either side of a digit, or
# of a hyphen, two blanks and a letter. Each word it takes holds a line-end hyphen after a
# letter or a digit beside a letter (a digit after a digit after ... a letter), so it is
# searched for from this far before the first of them.
_LONGEST_GARBLED = 1 + 14 + 4 + 14


# A digit OCR confuses with a letter, beside a letter: a quick look for the candidates,
# which ``_first_digit_in_word`` confirms. "[^\W\d_]" takes every letter (and the numerals
# that are no decimal digit, "²", which the confirmation drops). One pattern per digit:
# a search for a pattern that opens on one character skips ahead to it several times
# faster than to any character of a class, and most paragraphs have many digits but none
# beside a letter.
_OCR_DIGIT_BY_LETTER = tuple(
    re.compile(rf"{digit}(?:(?<=[^\W\d_]{digit})|(?=[^\W\d_]))") for digit in "015"
)

# The letters of each shape, as OCR may print them.
_PRINTED = {"o": "oO0", "i": "iIlL1", "s": "sS5"}


def _letter(shape: str) -> str:
    """A character class for the printed forms of one letter's shape ("o" -> "[oO0]")."""
    if shape == " ":
        return " "
    return "[" + _PRINTED.get(shape, shape + shape.upper()) + "]"


def _as_trie(strings: list[str], letter: Callable[[str], str] = _letter) -> str:
    """One pattern for ``strings`` (shapes) in which every shared beginning is spelt once.

    A flat alternation of all the split vote words is tried whole at every letter of a
    text; nested by their beginnings, a text's letter is tried against one class.
    ``letter`` writes each character of the pattern: by default as the class of its
    printed forms.

    >>> _as_trie(["ab", "ac"])
    '[aA](?:[bB]|[cC])'
    >>> _as_trie(["ab", "ac"], letter=str)
    'a(?:b|c)'
    """
    tree: dict = {}
    for string in strings:
        node = tree
        for character in string:
            node = node.setdefault(character, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [letter(ch) + pattern(rest) for ch, rest in sorted(node.items()) if ch]
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

# The first letters of the split vote words ("a", "f", "r", "u", "v"), written "A".
_SPLIT_FIRSTS = "".join(sorted({shape[0] for shape in _SPLIT_SHAPES}))
_FIRSTS_AS_A = str.maketrans(_SPLIT_FIRSTS, "A" * len(_SPLIT_FIRSTS))
# Each ASCII character as one byte of its shape: a letter or a digit as the shape of it
# ("V" -> "v", "l" and "1" -> "i", "2" stays), any other (a blank, a mark, a line break,
# the "?" that stands for a character beyond ASCII) as a blank; a first letter of a split
# vote word then as "A", so that every split vote word opens on a blank and an "A".
_AS_SHAPE_BYTE = (
    bytes(
        ord(_shape(chr(code)).translate(_FIRSTS_AS_A) if chr(code).isalnum() else " ")
        for code in range(128)
    )
    + b" " * 128
)
# The split vote words in a paragraph written so, after a blank put before it: wherever
# _SPLIT matches, this matches too, since a word start is a blank before a letter there
# and every printed form is written as its shape here is. Opening on two literal bytes
# (a blank and an "A"), it is searched far faster than _SPLIT, which opens on a class of
# first letters, and tried only after a blank and a first letter, not after every blank
# (a third less than a search that opens on the blank alone); almost no paragraph has one.
_SPLIT_IN_SHAPES = re.compile(
    rb" "
    + _as_trie(
        sorted({shape.translate(_FIRSTS_AS_A) for shape in _SPLIT_SHAPES}), letter=str
    ).encode()
    + rb"(?![a-zA0-9])"
)


def _may_hold_split_word(text: str) -> bool:
    """Whether ``text`` may hold a vote word split by a blank: a quick look before _SPLIT."""
    shapes = b" " + text.encode("ascii", "replace").translate(_AS_SHAPE_BYTE)
    return _SPLIT_IN_SHAPES.search(shapes) is not None


# The words a tally is read by that hold an "h", beside the vote words: the little words
# around its counts, the number words and the words of an election.
_KEYED_WORDS = frozenset(
    word
    for word in (
        *VOTE_WORDS,
        *CARDINAL_WORDS,
        *ORDINAL_WORDS,
        *("both", "each", "other", "others", "respectively", "that", "the", "those"),
        *("where", "whereas", "which", "whom", "with"),
    )
    if "h" in word
)


def _misread_forms(word: str, right: str, misread: str) -> set[str]:
    """``word`` as a typed record may print it, with any of its ``right`` letters misread.

    >>> sorted(_misread_forms("eighth", "h", "b"))
    ['eigbtb', 'eigbth', 'eightb']
    """
    at = [i for i, letter in enumerate(word) if letter == right]
    forms = set()
    for choice in range(1, 2 ** len(at)):
        letters = list(word)
        for bit, i in enumerate(at):
            if choice >> bit & 1:
                letters[i] = misread
        forms.add("".join(letters))
    return forms


# The letter of typed records that OCR reads most often as another: "b" for "h" ("tbe",
# "witb", "eigbt"). Only the words a tally is read by are repaired; the misread forms of
# other words ("Couneil") are left alone.
_BY_MISREADING = {form: word for word in _KEYED_WORDS for form in _misread_forms(word, "h", "b")}
# A "b" that may stand for an "h" of a keyed word: after a letter an "h" follows in them,
# or opening "bundred". The search skips from one "b" to the next, so it costs little.
_MAY_STAND_FOR_H = re.compile(r"b(?:(?<=[tTwWgc]b)|(?=undred))")


def _misread_words(text: str) -> list[tuple[int, int, str]]:
    """The keyed words of ``text`` printed with a "b" for an "h", each written right.

    >>> _misread_words("Tbe vote, witb 9 abstentions; the outbreak")
    [(0, 3, 'the'), (10, 14, 'with')]
    """
    if _MAY_STAND_FOR_H.search(text) is None:
        return []  # most paragraphs: no candidate, and no iterator made to find none
    found = []
    last_end = -1
    for hit in _MAY_STAND_FOR_H.finditer(text):
        if hit.start() < last_end:
            continue  # a second "b" of a word already read ("wbicb")
        start, end = hit.start(), hit.end()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        last_end = end
        written = text[start:end]
        if text[start - 1 : start].isdigit() or text[end : end + 1].isdigit():
            continue
        if len(written) <= 3 and written.isupper():
            continue  # an abbreviation ("TBE"), no misread word
        word = _BY_MISREADING.get(written.lower())
        if word is not None:
            found.append((start, end, word))
    return found


# One more letter of typed records that OCR misreads in the words of a share: "e" for "c"
# ("per eent", "pereent"). Only these words are repaired ("Couneil" is left alone): the
# misread "eent" is no word of any text, and "per" before it makes it the share's unit.
_EENT = "eent"


def _misread_cent(text: str) -> list[tuple[int, int, str]]:
    """The unit of a share printed with an "e" for a "c": "per eent", "pereent".

    One scan of the text for "eent", then a look at each hit ("nineteenth" holds one):
    it must be a word of its own after "per" and a blank, or end the word "pereent".

    >>> _misread_cent("42 per eent and 9 Pereent; the nineteenth session")
    [(7, 11, 'cent'), (18, 25, 'percent')]
    """
    found = []
    at = text.find(_EENT)
    while at >= 0:
        end = at + len(_EENT)
        if end == len(text) or not text[end].isalnum():
            if (
                at >= 3
                and text[at - 3 : at].lower() == "per"
                and (at == 3 or not text[at - 4].isalnum())
            ):
                found.append((at - 3, end, "percent"))
            elif at >= 4 and text[at - 1] in " \n" and text[at - 4 : at - 1].lower() == "per":
                found.append((at, end, "cent"))
        at = text.find(_EENT, end)
    return found


# A vote word typed with an "s" for its "t", as records and web pages misspell it ("with 1
# abstension"); the same length, so offsets stay.
_ABSTENSION = re.compile(r"(?<![A-Za-z])[Aa]bstensions?(?![A-Za-z])")


# Those who answered a survey, as reports often spell them ("1,020 respondants", "34% of
# respondants"); the same length, so offsets stay. Spelt right, every reader of samples
# and shares of respondents reads them (session 60).
_RESPONDANT = re.compile(r"(?<![A-Za-z])[Rr]espondants?(?![A-Za-z])")


# The words that name a side of a vote, misspelt as people type them: a letter dropped,
# doubled, wrong or two swapped ("agaisnt", "absentions", "abstentoins", "in favuor"), or
# the blank lost ("infavour"). A misspelling is one edit from the word (Damerau's four
# kinds), written with the word where it fits in the misspelling's length (a shorter one
# only where the word has a form that short: "absentions" -> "abstention", "favur" ->
# "favor"). The sides form a closed class of long words whose neighbours one edit away
# are no English words, but for those listed here, which are left as written.
_SIDE_WORDS = ("abstention", "abstentions", "abstained", "abstaining", "against", "favour")
_SHORTER_FORM = {"abstentions": "abstention", "favour": "favor"}
_SIDES_NEIGHBOURS_IN_ENGLISH = frozenset(
    ("abstainer", "abstentious", "favours", "favor", "flavour", "savour", "abstension")
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit_away(word: str) -> set[str]:
    """Every string one edit from ``word``: a letter dropped, added, changed, or two swapped.

    >>> sorted(_one_edit_away("ab") & {"a", "b", "ba", "abc", "cab", "ac", "ab"})
    ['a', 'abc', 'ac', 'b', 'ba', 'cab']
    """
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    forms = {head + tail[1:] for head, tail in cuts if tail}
    forms |= {head + tail[1] + tail[0] + tail[2:] for head, tail in cuts if len(tail) > 1}
    forms |= {head + letter + tail[1:] for head, tail in cuts if tail for letter in _LETTERS}
    forms |= {head + letter + tail for head, tail in cuts for letter in _LETTERS}
    return forms - {word}


def _misspelt_sides() -> dict[str, str]:
    """Each misspelling of a side word, mapped to the form of the word written for it."""
    table: dict[str, str] = {}
    for word in _SIDE_WORDS:
        for form in _one_edit_away(word):
            if form in _SIDE_WORDS or form in _SIDES_NEIGHBOURS_IN_ENGLISH:
                continue
            right = word if len(form) >= len(word) else _SHORTER_FORM.get(word)
            if right is not None and len(right) <= len(form):
                table.setdefault(form, right)
    table["infavour"] = "in favor"  # the blank lost: as long as "in favor"
    return table


_MISSPELT_SIDES = _misspelt_sides()
# A word that may be a misspelt side, where a side stands: after its count, and the noun of
# its votes or voters, or "in" ("4 agaisnt", "30 absentions", "by 88 votes infavour", "12
# members abstianed", "102 votes in favuor"). Its first letters are kept ("ab", "ag", "fa",
# "inf": a misspelling that hits the first letter is too far from the word to be sure of).
# The pattern opens on a digit, far rarer than the letters, so a paragraph costs little.
_MAY_BE_MISSPELT = re.compile(
    r"""\d(?:\s{1,3}(?:votes?|members|delegations|countries|States))?(?:\s{1,3}in)?\s{1,3}
    (?P<word>(?:[Aa][BbGg]|[Ff][Aa]|[Ii][Nn][Ff])[A-Za-z]{2,11})(?![A-Za-z])""",
    re.VERBOSE,
)
# The words of a paragraph that holds a vote, one of them spelt right ("votes", "in
# favour", "against", "abstentions"): only there are the sides looked for misspelt, which
# four literal tests decide for most paragraphs faster than the pattern would.
_VOTE_CUES = ("vot", "favo", "gainst", "bstent")


def _misspelt_sides_in(text: str) -> list[tuple[int, int, str]]:
    """The misspelt side words of a paragraph about a vote, each with its right form.

    >>> _misspelt_sides_in("adopted by 12 votes to 2 agaisnt, with 40 absentions")
    [(25, 32, 'against'), (42, 52, 'abstention')]
    >>> _misspelt_sides_in("The flavour of the vote; 3 against")
    []
    """
    for cue in _VOTE_CUES:  # a plain loop: any() over a generator costs twice as much
        if cue in text:
            break
    else:
        return []  # most paragraphs: no vote
    found = []
    for match in _MAY_BE_MISSPELT.finditer(text):
        written = match["word"]
        right = _MISSPELT_SIDES.get(written.lower())
        if right is None:
            continue
        if written.isupper() and len(written) > 1:
            right = right.upper()
        elif written[0].isupper():
            right = right[0].upper() + right[1:]
        found.append((match.start("word"), match.end(), right))
    return found


# The words after a hyphen and a blank that show the hyphen is no line-end break of one
# word: a hyphen left hanging ("pre- and post-natal", "10- to 14-year-olds") or a dash
# written as a hyphen ("the cost- which was high").
_NOT_A_BREAK_AFTER = frozenset((
    "a", "all", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "in", "is",
    "it", "its", "nor", "of", "on", "or", "than", "that", "the", "their", "these", "this",
    "those", "to", "was", "were", "which", "who", "whose", "with",
))  # fmt: skip
# Compounds that keep their hyphen where a line ends after it: the first word of a
# hyphenated compound in UN style ("non- governmental", "self- determination", "twenty-
# five") or the last ("follow- up", "peace- keeping", "Government- led").
_HYPHENATED_FIRST = frozenset((
    "all", "anti", "co", "cross", "follow", "full", "half", "high", "ill", "long", "low",
    "medium", "mid", "multi", "non", "part", "post", "pre", "quasi", "self", "semi", "short",
    "vice", "well",
)) | frozenset(CARDINAL_WORDS) | frozenset(ORDINAL_WORDS)  # fmt: skip
_HYPHENATED_LAST = frozenset((
    "based", "building", "called", "combatants", "day", "free", "keeping", "led", "level",
    "like", "loving", "making", "old", "oriented", "owned", "related", "scale", "term", "time",
    "up", "wide",
))  # fmt: skip
# The rest of a word after its line-end hyphen: the blanks of the break, then lower-case
# letters that end the word ("tion" of "educa- tion").
_REST_AFTER_BREAK = re.compile(r"(\s{1,2})([a-z]{1,30})(?![A-Za-z0-9-])")
_LONGEST_PIECE = 30  # letters looked at before a hyphen


def _line_end_hyphens(text: str) -> list[int]:
    """Where a hyphen follows a letter and a blank or a line break follows the hyphen.

    A cheap first look: most paragraphs have no word broken at a line end ("absten- tions",
    "in fa-\\nvour"), and each later search costs more than this one.
    """
    found = []
    at = text.find("-")
    while at >= 0:
        if text[at - 1 : at].isalpha() and text[at + 1 : at + 2].isspace():
            found.append(at)
        at = text.find("-", at + 1)
    return found


def _garbled_words(text: str, hyphens: list[int]) -> list[re.Match[str]]:
    """What ``_GARBLED.finditer`` finds in ``text``, whose line-end hyphens are ``hyphens``.

    Where a digit OCR confuses with a letter touches a letter, the text is searched from
    this far before the first of them or of the hyphens (the look-behind sees the text
    before where the search starts). Where none does, each match is a word broken at one
    of ``hyphens``: its letters before the hyphen are ASCII letters (a digit among them,
    the first one, would touch a letter), so it starts where the run of ASCII letters
    before a hyphen starts, at most 15 characters before it. It is tried there alone, in
    order, as ``finditer`` would meet those starts: a paragraph broken at its line ends
    was searched from its first hyphen to its end, at every character.

    >>> [m.group() for m in _garbled_words("in fa- vour, absten- tions", [5, 19])]
    ['fa- vour', 'absten- tions']
    """
    digit = _first_digit_in_word(text)
    if digit is not None:
        start = max(0, min([digit, *hyphens[:1]]) - _LONGEST_GARBLED)
        return list(_GARBLED.finditer(text, start))
    found = []
    end = 0  # where the last match ends: the next starts there at the earliest
    for hyphen in hyphens:
        start = hyphen
        reach = max(0, hyphen - _LONGEST_PIECE_BEFORE_BREAK)
        while start > reach and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        if start >= end and start < hyphen and (match := _GARBLED.match(text, start)):
            found.append(match)
            end = match.end()
    return found


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# The most letters _GARBLED takes before the hyphen of a broken word: its first letter
# and 14 more.
_LONGEST_PIECE_BEFORE_BREAK = 1 + 14


def _first_digit_in_word(text: str) -> int | None:
    """Where the first digit OCR confuses with a letter touches a letter ("abstent1ons")."""
    first = None
    for pattern in _OCR_DIGIT_BY_LETTER:
        # search, not finditer: most paragraphs have no candidate, and an iterator costs
        # more than the search itself
        digit = pattern.search(text)
        while digit is not None:
            at = digit.start()
            if text[at - 1 : at].isalpha() or text[at + 1 : at + 2].isalpha():
                first = at if first is None else min(first, at)
                break
            digit = pattern.search(text, at + 1)
    return first


def _joined_over_break(text: str, hyphen: int) -> tuple[int, int, str] | None:
    """The word broken at the line-end ``hyphen`` written whole, with its start and end.

    The piece before the hyphen and the rest after the break are joined ("educa- tion"
    -> "education"); a compound keeps its hyphen ("follow- up" -> "follow-up"). None where
    the rest starts in upper case or is a little word after a hanging hyphen or a dash
    ("pre- and post-natal", "the cost- which was high").
    """
    rest = _REST_AFTER_BREAK.match(text, hyphen + 1)
    if rest is None or rest.group(2) in _NOT_A_BREAK_AFTER:
        return None
    start = hyphen
    while start > 0 and hyphen - start < _LONGEST_PIECE and text[start - 1].isalpha():
        start -= 1
    if text[start - 1 : start].isalnum() or text[start - 1 : start] == "-":
        return None  # a longer piece, or the last of a compound ("decision-making- body")
    first, last = text[start:hyphen], rest.group(2)
    # A capitalised piece is a name's ("Co- lombia", "So- viet"), which no prefix of a
    # compound opens; "so" and "ex" open more words broken at a line end ("so- cial",
    # "ex- pressed") than compounds ("so-called" and "ex-combatants" are kept by their ends).
    hyphenated = first in _HYPHENATED_FIRST or last in _HYPHENATED_LAST
    return start, rest.end(), first + ("-" if hyphenated else "") + last


# The letters a misread word may be written with in place of its right ones.
_MISREAD_LETTERS = frozenset("015bBeEsS")  # "s" for "t": "abstension"


def _in_case_of(written: str, right: str) -> str:
    """The ``right`` letter in the case of the ``written`` one (a digit's is lower)."""
    return right.upper() if written.isupper() else right


def repair_ocr_words(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with its garbled vote words and its words broken at line ends written right.

    A repaired word keeps the case of its letters; a word joined over its line break is
    followed by as many blanks as the break took, so the text keeps its length. Any word
    broken at a printed line end is joined ("educa- tion" -> "education"), a compound with
    its hyphen ("non- governmental" -> "non-governmental"); a hyphen before a little word
    ("pre- and post-natal") is no break. A line break is layout, not a misreading: only
    the vote words repaired are returned as repaired.

    Parameters
    ----------
    text
        One paragraph.

    Returns
    -------
    tuple of str and list of (int, int)
        The repaired text (``text`` itself where nothing was garbled) and the start and
        end of each repaired vote word, in order.

    Examples
    --------
    >>> repair_ocr_words("by 84 votes to 1, with 63 abstent1ons.")
    ('by 84 votes to 1, with 63 abstentions.', [(26, 37)])
    >>> repair_ocr_words("with 8 absten- tions.")
    ('with 8 abstentions  .', [(7, 20)])
    >>> repair_ocr_words("with 8 absten-\\ntions.")[1]
    [(7, 20)]
    >>> repair_ocr_words("by 9 votes to 2, with 1 abstension")
    ('by 9 votes to 2, with 1 abstention', [(24, 34)])
    >>> repair_ocr_words("by 14 vot es to none")
    ('by 14 votes  to none', [(6, 12)])
    >>> repair_ocr_words("Of the 410 respondants, 62% said yes")
    ('Of the 410 respondents, 62% said yes', [])
    >>> repair_ocr_words("peace- keeping by 5th and CO2 targets")
    ('peace-keeping  by 5th and CO2 targets', [])
    >>> repair_ocr_words("74 to educa- tion; 51 were dis-\\nsatisfied; pre- and post-war")
    ('74 to education  ; 51 were dissatisfied  ; pre- and post-war', [])
    """
    hyphens = _line_end_hyphens(text)
    found: list[tuple[int, int, str, bool | None]] = []
    for match in _garbled_words(text, hyphens):
        word = _BY_SHAPE.get(_shape(match.group()))
        if word is not None:
            found.append((match.start(), match.end(), word, True))
    if _may_hold_split_word(text):
        for match in _SPLIT.finditer(text):
            word = _BY_SHAPE[_shape(match.group().replace(" ", ""))]
            found.append((match.start(), match.end(), word, True))
    for start, end, word in _misread_words(text):
        found.append((start, end, word, True))
    if _EENT in text:  # "42 per eent"
        for start, end, word in _misread_cent(text):
            found.append((start, end, word, True))
    if "bstens" in text:  # "1 abstension"
        for match in _ABSTENSION.finditer(text):
            found.append((match.start(), match.end(), match.group().replace("ns", "nt", 1), True))
    if "spondant" in text:  # "respondants": a spelling, no misreading (False)
        for match in _RESPONDANT.finditer(text):
            spelt = match.group()
            found.append((match.start(), match.end(), spelt[:7] + "e" + spelt[8:], False))
    for start, end, word in _misspelt_sides_in(text):  # "agaisnt", "absentions"
        found.append((start, end, word, None))  # spelt anew, no letter kept: None
    for hyphen in hyphens:  # after the vote words, which take their breaks first
        if (joined := _joined_over_break(text, hyphen)) is not None:
            found.append((*joined, False))
    if not found:
        return text, []
    found.sort(key=lambda repair: repair[0])  # stable: a vote word before a joined word
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    for start, end, word, misread in found:
        if start < last:
            continue  # a word already repaired as another kind of damage
        if misread:
            letters = _BREAK.sub("", text[start:end]).replace(" ", "")
            word = "".join(
                _in_case_of(written, right) if written in _MISREAD_LETTERS else written
                for written, right in zip(letters, word, strict=True)
            )
        if misread is not False:
            spans.append((start, end))
        pieces.append(text[last:start])
        pieces.append(word.ljust(end - start))
        last = end
    pieces.append(text[last:])
    return "".join(pieces), spans
