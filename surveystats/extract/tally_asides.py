"""Breakdowns written as an aside: a whole, then its parts in parentheses.

"UNAMA documented 2,258 civilian casualties (763 deaths and 1,495 injured)" and "caused
18 per cent of all civilian casualties (11 per cent by national forces, 2 per cent by
international forces, 4 per cent by undetermined forces and 1 per cent by armed groups)"
state a whole and split it inside the parentheses that follow it. Such an aside is a
breakdown only when its figures add up to the whole (within rounding for percentages),
or, after "including", do not exceed it: "12 States (including 3 in Africa)" names too
few parts to be read, and "3 resolutions (1325, 1820 and 1888)" are no parts at all.

Each opening parenthesis is tried once, with bounded patterns, so the time is linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from surveystats.extract.tally_parts import Part, Tally, read_count
from surveystats.extract.tally_respective import FIGURE, PER_CENT, STOP_WORDS

__all__ = ["find_asides"]

_WORD = r"[A-Za-z][\w'’-]{0,30}"
# The whole right before the parenthesis: "2,258 civilian casualties", "18 per cent of all
# civilian casualties in the first three months of 2018".
_WHOLE = re.compile(
    rf"(?<![\w.,/-])(?P<figure>{FIGURE})(?P<unit>{PER_CENT})?"
    rf"(?P<noun>(?:\s{{1,3}}(?:{_WORD}|\d{{4}})){{1,12}})\s{{0,3}}$"
)
# One part inside: a figure and the words that label it ("763 deaths", "11 per cent by
# Afghan national security forces").
_PART = rf"(?:{FIGURE})(?:{PER_CENT})?(?:\s{{1,3}}{_WORD}){{1,6}}"
_PARTS = re.compile(
    rf"\(\s{{0,2}}(?P<including>including\s{{1,3}})?(?P<parts>{_PART}"
    rf"(?:\s{{0,3}},\s{{1,3}}(?:and\s{{1,3}})?{_PART}|\s{{1,3}}and\s{{1,3}}{_PART}){{1,8}})"
    r"\s{0,3}\)"
)
_ONE_PART = re.compile(
    rf"(?P<figure>{FIGURE})(?P<unit>{PER_CENT})?(?P<words>(?:\s{{1,3}}(?!and\b){_WORD}){{1,6}})"
)
_LABEL_LEAD = re.compile(r"^(?:by|to|for|in|from|at|among|of)\s", re.IGNORECASE)
_REACH = 160  # characters before the parenthesis that the whole may take
_ROUNDING = Fraction(1)  # percentages add up to their whole within one point


def _value(figure: str) -> Fraction | None:
    if "." in figure:
        return Fraction(figure)
    count, _ = read_count(figure)
    return None if count is None else Fraction(count)


def _decimals(figure: str) -> int:
    return len(figure.split(".", 1)[1]) if "." in figure else 0


def _label(words: str) -> str | None:
    """The label of a part: its words without a leading preposition, cut at a stop word."""
    words = _LABEL_LEAD.sub("", " ".join(words.split()))
    kept = []
    for word in words.split():
        if kept and word.lower() in STOP_WORDS:
            break
        kept.append(word)
    return " ".join(kept) or None


def find_asides(text: str, inside: Callable[[int], bool] | None = None) -> list[Tally]:
    """Find the breakdowns whose parts stand in parentheses after their whole.

    Parameters
    ----------
    text
        One paragraph.
    inside
        Whether a position lies in a span already read by another grammar.

    Returns
    -------
    list of Tally
        Breakdowns (kind "breakdown"), in order, offsets relative to ``text``.

    Examples
    --------
    >>> tally = find_asides("UNAMA documented 2,258 civilian casualties (763 deaths and "
    ...     "1,495 injured).")[0]
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (2258, [('deaths', 763), ('injured', 1495)])
    >>> find_asides("It recalled its 3 resolutions (1325, 1820 and 1888).")
    []
    """
    tallies: list[Tally] = []
    position = text.find("(")
    while position >= 0:
        tally = _read_aside(text, position, inside)
        if tally is not None:
            tallies.append(tally)
        position = text.find("(", max(position + 1, tally.end if tally else 0))
    return tallies


def _read_aside(text: str, opening: int, inside: Callable[[int], bool] | None) -> Tally | None:
    """The breakdown whose parts open at ``opening``, or ``None``."""
    parts_match = _PARTS.match(text, opening)
    if parts_match is None:
        return None
    whole = _WHOLE.search(text, max(0, opening - _REACH), opening)
    if whole is None or (inside is not None and inside(whole.start())):
        return None
    total = _value(whole["figure"])
    percent = whole["unit"] is not None
    parts: list[Part] = []
    offset = parts_match.start("parts")
    for part in _ONE_PART.finditer(parts_match["parts"]):
        value = _value(part["figure"])
        label = _label(part["words"])
        if value is None or label is None or (part["unit"] is not None) != percent:
            return None
        if not percent and value.denominator != 1:
            return None
        parts.append(
            Part(
                label,
                None if percent else int(value),
                offset + part.start(),
                offset + part.end(),
                percent=float(value) if percent else None,
                decimals=_decimals(part["figure"]) if percent else None,
            )
        )
    if total is None or len(parts) < 2:
        return None
    found = sum(Fraction(p.percent if percent else p.count) for p in parts)  # type: ignore[arg-type]
    if parts_match["including"]:
        fits = found <= total
    elif percent:
        fits = abs(found - total) <= _ROUNDING
    else:
        fits = found == total
    if not fits:
        return None
    tally = Tally(
        "breakdown",
        whole.start(),
        parts_match.end(),
        parts,
        unit="percent" if percent else "count",
    )
    noun = " ".join(whole["noun"].split())
    if not percent:
        tally.total = int(total)
        tally.subject = noun
        for part in parts:
            part.counted, part.counted_inherited = noun, True
    return tally
