"""Dates as UN documents write them: month names, and day-month-year read into ISO 8601.

"21 December 2001" → "2001-12-21"; "14 June" (no year) → "--06-14"; "September 2000" →
"2000-09"; a range of two such ends → "1999-04-21/1999-04-23". Impossible dates ("31 June
2000") and ranges that run backwards give ``None``, never a guess, so that the caller can
read the digits some other way. :func:`parse_date` finds the first full date in a text
(the masthead's "Distr.: General 22 October 1973", an adoption line).
"""

from __future__ import annotations

import datetime as dt
import re

from surveystats.text.words import literal_alternation

__all__ = [
    "DATE_PATTERN",
    "MONTHS",
    "MONTH_NAMES",
    "MONTH_PATTERN",
    "parse_date",
    "read_date",
    "read_date_range",
]

#: Month names in full, lower case -> month number.
MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
#: Month names in full and with their usual abbreviations, lower case -> month number.
MONTHS = {
    **MONTH_NAMES,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_FULL = sorted(MONTH_NAMES, key=len, reverse=True)
_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov",
                  "Dec")  # fmt: skip


#: A month as UN text writes it: "December", "DECEMBER", "Dec.", "Sept"; never glued to a
#: following letter ("Marching", "Mayor").
MONTH_PATTERN = (
    f"(?:{literal_alternation(f(m) for m in _FULL for f in (str.capitalize, str.upper))}"
    f"|{literal_alternation(_ABBREVIATIONS)}\\.?)(?![A-Za-z])"
)
#: A full date, day first, in any case, its parts possibly split over lines:
#: "22 October 1973", "22 OCTOBER, 1973".
DATE_PATTERN = re.compile(
    r"\b(?P<day>\d{1,2})[ \t\n]+(?P<month>"
    + "|".join(_FULL)
    + r")[ \t\n]*[.,]?[ \t\n]+(?P<year>\d{4})\b",
    re.IGNORECASE,
)

_LEAP_YEAR = 2000  # to check "29 February" when the year is not written


def _day(day: str) -> int:
    return int(day[:2]) if day[:2].isdigit() else int(day[:1])


def _month(month: str) -> int:
    return MONTHS[month.rstrip(".").lower()]


def _iso(day: int, month: int, year: int | None) -> str | None:
    try:
        dt.date(year or _LEAP_YEAR, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def read_date(
    day: str | None, month: str, year: str | None, *, numeric: bool = False
) -> str | None:
    """Read one date written as day, month name and year, any of day and year missing.

    Parameters
    ----------
    day
        "21", "21st" or ``None`` ("September 2000").
    month
        A month name or abbreviation ("December", "Sept."), or its number when
        ``numeric`` is true.
    year
        Four digits, or ``None`` ("14 June").
    numeric
        Whether ``month`` is written as a number ("12/05/2001", day first).

    Returns
    -------
    str or None
        The ISO 8601 form ("2001-12-21", "--06-14", "2000-09"), or ``None`` when no such
        date exists.

    Examples
    --------
    >>> read_date("21", "December", "2001")
    '2001-12-21'
    >>> read_date(None, "Sept.", "2000")
    '2000-09'
    >>> read_date("31", "June", "2000") is None
    True
    """
    month_number = int(month) if numeric else _month(month)
    if not 1 <= month_number <= 12:
        return None
    if day is None:
        return f"{int(year):04d}-{month_number:02d}" if year else None
    return _iso(_day(day), month_number, int(year) if year else None)


def read_date_range(
    first: tuple[str, str | None, str | None], last: tuple[str, str, str | None]
) -> str | None:
    """Read a range of dates whose first end may leave out its month and year.

    Parameters
    ----------
    first
        (day, month or None, year or None) of the first day: "21" in "21 to 23 April
        1999", "29 June" in "29 June to 3 July 1998".
    last
        (day, month, year or None) of the last day.

    Returns
    -------
    str or None
        An ISO 8601 interval "1999-04-21/1999-04-23" ("--09-26/--09-27" without a year),
        or ``None`` when an end does not exist or the range runs backwards.

    Examples
    --------
    >>> read_date_range(("21", None, None), ("23", "April", "1999"))
    '1999-04-21/1999-04-23'
    >>> read_date_range(("29", "June", None), ("3", "July", "1998"))
    '1998-06-29/1998-07-03'
    >>> read_date_range(("28", "December", None), ("3", "January", "2000"))
    '1999-12-28/2000-01-03'
    """
    day2, month2, year2 = _day(last[0]), _month(last[1]), int(last[2]) if last[2] else None
    day1 = _day(first[0])
    month1 = _month(first[1]) if first[1] else month2
    if first[2]:
        year1: int | None = int(first[2])
    elif year2 is not None:
        year1 = year2 - 1 if month1 > month2 else year2
    else:
        year1 = None
    start, end = _iso(day1, month1, year1), _iso(day2, month2, year2)
    if start is None or end is None:
        return None
    if (year1 is None) != (year2 is None):
        return None
    if (year1 or 0, month1, day1) >= (year2 or 0, month2, day2) and not (
        year1 is None and month1 > month2
    ):
        return None
    return f"{start}/{end}"


def parse_date(text: str, pos: int = 0) -> dt.date | None:
    """Read the first "22 October 1973"-style date in ``text`` from ``pos`` on.

    Parameters
    ----------
    text
        Text that may contain a day, an English month name and a year.
    pos
        Where to start looking.

    Returns
    -------
    datetime.date or None
        The date, or None when there is none or it does not exist (31 February).

    Examples
    --------
    >>> parse_date("of 22 October 1973")
    datetime.date(1973, 10, 22)
    >>> parse_date("31 February 2002") is None
    True
    """
    match = DATE_PATTERN.search(text, pos)
    if match is None:
        return None
    iso = read_date(match["day"], match["month"], match["year"])
    if iso is None or iso.startswith("-"):  # no such day, or the year 0000
        return None
    return dt.date.fromisoformat(iso)
