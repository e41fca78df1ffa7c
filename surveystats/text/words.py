"""English number words: the words themselves, their values and the one pattern that finds them.

"forty-seven", "Forty seven", "FORTY-SEVEN", "one hundred and twenty-three", "two thousand
and five", "fifty-sixth", and the denominators of fractions ("two thirds", "a quarter",
"half"). Every reader of the package takes its number words from here, so that a word
added here is known everywhere.

The patterns are linear: every repetition consumes at least one word, and the number of
words in one number is bounded (:data:`MAX_NUMBER_WORDS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "CARDINAL_WORDS",
    "FRACTION_WORDS",
    "MAX_NUMBER_WORDS",
    "NUMBER_WORD",
    "NUMBER_WORDS",
    "NUMBER_WORDS_PATTERN",
    "ORDINAL_WORDS",
    "PLURAL_SCALE",
    "SCALES",
    "SCALE_PHRASE",
    "SCALE_WORDS",
    "literal_alternation",
    "scale_value",
    "word_alternation",
    "words_to_number",
]

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
    "fourty": 40,  # a common misspelling, with no other sense
}  # fmt: skip
#: Words that multiply what comes before them ("two hundred", "4.5 million").
SCALE_WORDS = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
#: The scale words that may follow a number in digits ("4.5 million"), as floats; and the
#: Indian ones ("Rs. 500 crore", "25 lakh people"), which follow digits only.
SCALES = {word: float(value) for word, value in SCALE_WORDS.items()} | {
    "lakh": 1e5,
    "crore": 1e7,
}
#: What multiplies a number written before it, as a regex in lower case: a scale word
#: ("4.5 million"), a plural ("67 millions", "5 thousands", as texts translated from
#: French or Spanish write it), "thousand million" (a billion in the older British
#: usage: "$3 thousand million") or an Indian scale ("500 crore", "25 lakh"). Its value
#: is :func:`scale_value`.
SCALE_PHRASE = (
    r"(?:hundreds?|thousand(?:[ \t]{1,2}\n?[ \t]{0,2}(?:m|b)illions?)?|thousands"
    r"|(?:m|b|tr)illions?|lakhs?|crores?)(?![A-Za-z])"
)
#: The plural scale words ("millions", "thousands"), as a regex in lower case: after a
#: year they open a phrase of their own ("In 2010 thousands of people fled").
PLURAL_SCALE = r"(?:hundreds|thousands|(?:m|b|tr)illions|lakhs|crores)(?![A-Za-z])"
ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
ORDINAL_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "fourtieth": 40,
}  # fmt: skip
ORDINAL_SCALES = {
    "hundredth": 100,
    "thousandth": 1_000,
    "millionth": 1_000_000,
    "billionth": 1_000_000_000,
    "trillionth": 1_000_000_000_000,
}

#: Every cardinal word, lower case -> value.
CARDINAL_WORDS = {**UNITS, **TENS, **SCALE_WORDS}
#: Every ordinal word, lower case -> value.
ORDINAL_WORDS = {**ORDINAL_UNITS, **ORDINAL_TENS, **ORDINAL_SCALES}
#: The denominator of a fraction in words, lower case -> denominator: "half", "thirds",
#: "quarter", "fifths", "hundredth"... ("second" is left out: "a second" is a time).
FRACTION_WORDS = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4,
    **{word: value for word, value in ORDINAL_WORDS.items() if value >= 3},
    **{word + "s": value for word, value in ORDINAL_WORDS.items() if value >= 3},
}  # fmt: skip
#: The most words one number may have ("seven hundred and seventy-seven thousand seven
#: hundred and seventy-seven" has twelve).
MAX_NUMBER_WORDS = 12


def word_alternation(words: Iterable[str], *, cases: str = "lower capitalised upper") -> str:
    """A regex alternation of ``words`` in the given cases, as a trie of their letters.

    Python's engine skips an alternative whose first item is a literal character that
    does not match at once, so ``t(?:hree|wenty)|T(?:hree|wenty)`` is several times faster
    than ``(?i:twenty|three)``; spelling every shared beginning once
    (``s(?:even|ix(?:ty)?)``, not ``s(?:ixty|even|ix)``) spares the later letters the same
    tests. A longer word is tried first, so "seventeen" is not read as "seven".

    Each case of every word is in the trie, so a case-insensitive pattern that holds it
    prefers the longer word too (:func:`literal_alternation` of words in mixed case may
    not: "EUR" before "Euro").

    Parameters
    ----------
    words
        Lower-case words.
    cases
        Space-separated cases to accept, among "lower" ("forty"), "capitalised"
        ("Forty") and "upper" ("FORTY").

    Returns
    -------
    str
        A non-capturing group.

    Examples
    --------
    >>> pattern = word_alternation(["six", "sixty"], cases="lower upper")
    >>> pattern
    '(?:SIX(?:TY)?|six(?:ty)?)'
    >>> [bool(re.fullmatch(pattern, w)) for w in ("sixty", "SIXTY", "Sixty")]
    [True, True, False]
    >>> word_alternation(["six", "sixty"])
    '(?:SIX(?:TY)?|[Ss]ix(?:ty)?)'
    """
    wanted = set(cases.split())
    unknown = wanted - {"lower", "capitalised", "upper"}
    if unknown:
        raise ValueError(
            f"cases must be among 'lower', 'capitalised', 'upper'; got {sorted(unknown)}"
        )
    words = list(words)
    # A word in lower case and capitalised differs in its first letter only: one branch
    # "[Ss](?:even|ix)" spells the rest once, not twice. The patterns that embed the number
    # words hold this trie many times over, and compiling them is most of the package's
    # import time; the strings matched, and their order, are the same.
    shared = "lower" in wanted and "capitalised" in wanted
    forms = []
    for word in words:
        if "lower" in wanted and not shared:
            forms.append(word)
        if "capitalised" in wanted and not shared:
            forms.append(word.capitalize())
        if "upper" in wanted:
            forms.append(word.upper())
    branches = _trie_branches(_trie(forms))
    if shared:
        for letter, below in sorted(_trie(words).items()):
            rest = _trie_branches({letter: below})[0][len(re.escape(letter)) :]
            first = letter if letter.upper() == letter else f"[{letter.upper()}{letter}]"
            branches.append(first + rest)
    return "(?:" + "|".join(branches) + ")"


def _trie(forms: Iterable[str]) -> dict[str, dict]:
    """The trie of ``forms``: a node per letter, ``""`` where a form ends."""
    tree: dict[str, dict] = {}
    for form in forms:
        node = tree
        for letter in form:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here
    return tree


def _trie_branches(node: dict[str, dict]) -> list[str]:
    """The alternatives below a node of :func:`word_alternation`'s trie, one a letter.

    Where a word ends at a node that longer words go on from, the rest of them is an
    optional group: greedy, it is tried before the shorter word.
    """
    branches = []
    for letter, below in sorted(node.items()):
        if not letter:
            continue
        rest = _trie_branches(below)
        if not rest:
            branches.append(re.escape(letter))
            continue
        group = rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"
        if "" in below:
            group = f"(?:{group})?" if len(rest) == 1 else f"{group}?"
        branches.append(re.escape(letter) + group)
    return branches


def literal_alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, grouped by first character, longest first.

    The engine then tests one character before trying a group, not every word.

    Examples
    --------
    >>> literal_alternation(["km", "km2", "kg", "MW"])
    '(?:M(?:W)|k(?:m2|g|m))'
    """
    groups: dict[str, set[str]] = {}
    for word in words:
        groups.setdefault(word[0], set()).add(word[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        alternatives = sorted(rests, key=lambda rest: (-len(rest), rest))
        parts.append(f"{re.escape(first)}(?:{'|'.join(re.escape(r) for r in alternatives)})")
    return "(?:" + "|".join(parts) + ")"


#: One number word (cardinal or ordinal), in lower case, capitalised or in capitals, not
#: followed by a letter.
NUMBER_WORD = word_alternation([*CARDINAL_WORDS, *ORDINAL_WORDS]) + "(?![A-Za-z])"
#: The one number-word pattern: up to :data:`MAX_NUMBER_WORDS` number words joined by a
#: hyphen (a line may break after it), spaces (line breaks too) or "and". It may end on
#: the first part of a compound ("two" in "two-thirds"): readers decide what follows.
NUMBER_WORDS = (
    rf"{NUMBER_WORD}(?:(?:[ ]?-\s?|\s+(?:and\s+)?){NUMBER_WORD}){{0,{MAX_NUMBER_WORDS - 1}}}"
)
NUMBER_WORDS_PATTERN = re.compile(rf"(?<![A-Za-z0-9]){NUMBER_WORDS}")

_WORD_SPLIT = re.compile(r"[\s\-]+")


def scale_value(phrase: str) -> float:
    """The value of a match of :data:`SCALE_PHRASE` (case is ignored).

    Examples
    --------
    >>> scale_value("million"), scale_value("Millions"), scale_value("thousand million")
    (1000000.0, 1000000.0, 1000000000.0)
    >>> scale_value("crore"), scale_value("lakhs")
    (10000000.0, 100000.0)
    """
    value = 1.0
    for word in phrase.lower().split():
        value *= SCALES[word.removesuffix("s")]
    return value


# A hyphen joins tens and units ("twenty-three"), never a scale word to what follows it.
_HYPHEN_AFTER_SCALE = re.compile(r"(?i)(?:hundred|thousand|illion)[ ]?-")


def words_to_number(phrase: str) -> tuple[int, bool] | None:
    """Evaluate an English number phrase.

    Parameters
    ----------
    phrase
        Words such as ``"forty-seven"``, ``"one hundred and twenty-three"`` or
        ``"fifty-sixth"``; hyphens, spaces and "and" may join them; case is ignored.

    Returns
    -------
    tuple of (int, bool) or None
        The value and whether the phrase is an ordinal (its last word is ordinal), or
        ``None`` when the phrase is not a well-formed number ("five six", "forty forty",
        "one third"); "hundred" on its own is accepted as 100.

    Examples
    --------
    >>> words_to_number("Forty seven")
    (47, False)
    >>> words_to_number("one hundred and twenty-three")
    (123, False)
    >>> words_to_number("FIFTY-SIXTH")
    (56, True)
    >>> words_to_number("five six") is None
    True
    >>> words_to_number("one third") is None
    True
    >>> words_to_number("two thousand million")
    (2000000000, False)
    >>> words_to_number("thousand thousand") is None
    True
    >>> words_to_number("two million-three") is None
    True
    """
    tokens = [t for t in _WORD_SPLIT.split(phrase.lower()) if t and t != "and"]
    if not tokens or ("-" in phrase and _HYPHEN_AFTER_SCALE.search(phrase)):
        return None  # "two million-three million" is a range, not 2,000,003
    total = 0  # completed groups (thousands, millions, ...)
    group = 0  # the current group below the next scale word
    last_kind = None  # "unit", "teen", "ten", "hundred", "scale"
    last_scale = None  # the last big scale used, to forbid "thousand thousand"
    is_ordinal = False
    for position, token in enumerate(tokens):
        if token in ORDINAL_WORDS:
            if position != len(tokens) - 1:
                return None
            is_ordinal = True
            value = ORDINAL_WORDS[token]
        elif token in CARDINAL_WORDS:
            value = CARDINAL_WORDS[token]
        else:
            return None
        if value == 100:
            if last_kind == "hundred" or group >= 100:
                return None
            group = (group or 1) * 100
            last_kind = "hundred"
        elif value >= 1000:
            if last_kind == "scale" and last_scale is not None and last_scale < value > total:
                total *= value  # "two thousand million": a billion in the older British usage
                last_scale = value
                continue
            if last_scale is not None and value >= last_scale:
                return None
            if last_kind == "scale":
                return None
            total += (group or 1) * value
            group = 0
            last_scale = value
            last_kind = "scale"
        elif value >= 20:
            if last_kind in ("unit", "teen", "ten") or group % 100 != 0:
                return None
            group += value
            last_kind = "ten"
        else:
            if last_kind in ("unit", "teen"):
                return None
            if last_kind == "ten" and value >= 10:
                return None
            if value == 0 and (group or total):
                return None
            group += value
            last_kind = "teen" if value >= 10 else "unit"
    return total + group, is_ordinal
