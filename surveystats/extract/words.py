"""English number words: recognise and evaluate cardinals and ordinals written in words.

"forty-seven", "Forty seven", "one hundred and twenty-three", "two thousand and five",
"fifty-sixth", "twenty-fourth". The regular expressions here are linear: every
repetition consumes at least one word and the alternatives do not overlap in a way
that lets the engine backtrack over the same text twice.
"""

from __future__ import annotations

import re

__all__ = [
    "CARDINAL_WORDS",
    "MONTHS",
    "MONTH_NAMES",
    "NUMBER_WORDS_PATTERN",
    "ORDINAL_WORDS",
    "SCALE_WORDS",
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
}  # fmt: skip
SCALE_WORDS = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
ORDINAL_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
# Month names in full, and with their usual abbreviations, lower case -> month number.
MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTHS = {
    **MONTH_NAMES,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
ORDINAL_SCALES = {"hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000}

CARDINAL_WORDS = {**UNITS, **TENS, **SCALE_WORDS}
ORDINAL_WORDS = {**ORDINAL_UNITS, **ORDINAL_TENS, **ORDINAL_SCALES}


def _alternation(words: dict[str, int]) -> str:
    # Longest first so "seventeen" is not read as "seven" + "teen".
    return "|".join(sorted(words, key=len, reverse=True))


_CARD = _alternation(CARDINAL_WORDS)
_ORD = _alternation(ORDINAL_WORDS)
_WORD = rf"(?:{_CARD}|{_ORD})"
# One number word, then more joined by a hyphen, a space or " and " (only before a
# following number word). Case-insensitive; word boundaries on both sides.
NUMBER_WORDS_PATTERN = re.compile(
    rf"""
    \b{_WORD}\b                         # first word
    (?:
        (?:-|[ ]|[ ]and[ ])             # joiner
        {_WORD}\b                       # next word
    )*
    """,
    re.IGNORECASE | re.VERBOSE,
)


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
        "hundred" on its own is accepted as 100).

    Examples
    --------
    >>> words_to_number("Forty seven")
    (47, False)
    >>> words_to_number("one hundred and twenty-three")
    (123, False)
    >>> words_to_number("fifty-sixth")
    (56, True)
    >>> words_to_number("five six") is None
    True
    """
    tokens = [t for t in re.split(r"[\s\-]+", phrase.lower()) if t and t != "and"]
    if not tokens:
        return None
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
