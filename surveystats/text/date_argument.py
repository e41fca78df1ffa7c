"""Dates given by a user (an API argument, a ``--date`` option), read one way everywhere.

A date argument is an ISO 8601 calendar date (``2001-12-21``), month (``2001-12``) or year
(``2001``), or a date with its month in words ("21 December 2001", "December 21, 2001",
"December 2001"). A month or a year stands for its first day. Numeric dates with slashes or
dots ("05/10/1960", "13/04/2001") are refused: whether the day or the month comes first
differs between countries, and a guess would silently give another day. The message says
how to write the date instead.

Only the form is checked here; whether the day lies within the membership data is for
:mod:`surveystats.membership` to say.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from surveystats.errors import ValidationError
from surveystats.text.dates import MONTHS

__all__ = ["read_date_argument"]

_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
_MONTH_WORD = r"(?P<month>[A-Za-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_IN_WORDS = (
    re.compile(rf"(?:{_DAY}\s+)?{_MONTH_WORD},?\s+{_YEAR}", re.IGNORECASE),  # 21 December 2001
    re.compile(rf"{_MONTH_WORD}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),  # December 21, 2001
)
_NUMERIC = re.compile(r"(?P<a>\d{1,4})[/.](?P<b>\d{1,2})[/.](?P<c>\d{1,4})")
_HOW = "write it as 2001-12-21 (or 2001-12, 2001) or with the month in words, 21 December 2001"


def read_date_argument(value: Any, *, argument: str = "date") -> dt.date:
    """Read a date given as an argument, refusing forms that could mean two days.

    Parameters
    ----------
    value
        A ``datetime.date``, a ``datetime.datetime`` (``pandas.Timestamp`` included; its
        day is taken), or a string: ISO 8601 ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, or a
        date with the month in words ("21 December 2001", "Dec. 21, 2001", "December
        2001"). A month or a year stands for its first day.
    argument
        The argument's name, put in front of every error message ("survey_date",
        "--date").

    Returns
    -------
    datetime.date
        The day.

    Raises
    ------
    ValidationError
        When ``value`` is missing (``NaT``), of another type, written numerically with
        slashes or dots ("05/10/1960": day or month first?), or names no real day
        ("2001-02-30"). The message names ``argument`` and says how to write the date.

    Examples
    --------
    >>> read_date_argument("2001-12-21"), read_date_argument("2001")
    (datetime.date(2001, 12, 21), datetime.date(2001, 1, 1))
    >>> read_date_argument("21 December 2001") == read_date_argument("December 21, 2001")
    True
    >>> try:
    ...     read_date_argument("05/10/1960", argument="--date")
    ... except ValidationError as error:
    ...     print(error)
    --date: '05/10/1960' could be 1960-05-10 or 1960-10-05; write the one you mean
    """
    if isinstance(value, dt.datetime):  # before date: a datetime is a date too
        if value != value:  # pandas.NaT is a datetime that equals nothing
            raise ValidationError(f"{argument}: got a missing date (NaT); {_HOW}")
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValidationError(
            f"{argument} must be a date or a string such as '2001-12-21'; "
            f"got {type(value).__name__} {value!r}"
        )
    text = value.strip()
    day = _read_iso(text, argument) or _read_in_words(text, argument)
    if day is None:
        raise ValidationError(f"{argument}: {value!r} is not a date; {_HOW}")
    return day


def _read_iso(text: str, argument: str) -> dt.date | None:
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    return _day(text, argument, match["year"], match["month"] or "1", match["day"] or "1")


def _read_in_words(text: str, argument: str) -> dt.date | None:
    for pattern in _IN_WORDS:
        match = pattern.fullmatch(text)
        if match is not None and match["month"].lower() in MONTHS:
            month = str(MONTHS[match["month"].lower()])
            return _day(text, argument, match["year"], month, match["day"] or "1")
    numeric = _NUMERIC.fullmatch(text)
    if numeric is not None:
        raise ValidationError(_ambiguous(text, argument, numeric))
    return None


def _day(text: str, argument: str, year: str, month: str, day: str) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ValidationError(f"{argument}: {text!r} is not a day of the calendar") from None


def _ambiguous(text: str, argument: str, match: re.Match[str]) -> str:
    """The message for a numeric date: the days it could mean, each in ISO form."""
    a, b, c = match["a"], match["b"], match["c"]
    # year first (2001/12/21), else year last with the day or the month first
    readings = [(a, b, c), (a, c, b)] if len(a) == 4 else [(c, b, a), (c, a, b)]
    days = []
    for year, month, day in readings:
        try:
            days.append(dt.date(int(year), int(month), int(day)))
        except ValueError:
            continue
    days = sorted(set(days))
    if not days:
        return f"{argument}: {text!r} is not a date; {_HOW}"
    if len(days) == 1:
        return (
            f"{argument}: {text!r} is not read (numeric dates put the day or the month first,"
            f" depending on the country); write it as {days[0].isoformat()}"
        )
    readings_text = " or ".join(day.isoformat() for day in days)
    return f"{argument}: {text!r} could be {readings_text}; write the one you mean"
