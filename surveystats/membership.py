"""Who was a member of which United Nations body on which day, and name matching.

The tables are shipped with the package in ``data/`` (see ``data/SOURCES.md`` for the
source of every date) and read with :mod:`importlib.resources`; nothing is downloaded.

Membership is modelled as *spells*: one row per uninterrupted membership of one seat.
A seat keeps its row through changes of name or of representation (the Soviet Union
seat continued by the Russian Federation, the China seat whose representation changed
on 25 October 1971, Egypt sitting as the United Arab Republic). States that left and
came back (Syria 1958-1961, Indonesia 1965-1966) have two spells. A spell covers every
day from ``admitted`` to ``last_day`` inclusive; ``last_day`` is missing while the
membership lasts.

Examples
--------
>>> from surveystats.membership import membership_count, match_member
>>> membership_count("1999-09-15")
188
>>> match_member("Zaire", date="1975-06-01").name
'Democratic Republic of the Congo'
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import functools
import re
import unicodedata
import warnings
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import numpy as np
import pandas as pd

from surveystats.errors import MembershipError, UnknownMemberError, ValidationError
from surveystats.text.date_argument import read_date_argument

__all__ = [
    "BODIES",
    "CLOSE_MATCH_CUTOFF",
    "COUNCIL_COLUMNS",
    "FIRST_DAY",
    "FREQUENCIES",
    "LAST_VERIFIED",
    "LAST_VERIFIED_DATE",
    "MATCH_COLUMNS",
    "Member",
    "MembershipDataWarning",
    "council_seats",
    "council_size",
    "match_member",
    "match_names",
    "member_names",
    "members_on",
    "membership_count",
    "membership_date",
    "membership_series",
    "membership_table",
    "permanent_members",
]

#: The Charter entered into force on this day; there is no membership before it.
FIRST_DAY = dt.date(1945, 10, 24)
#: The last day the packaged tables were checked against the UN's official series.
LAST_VERIFIED = dt.date(2025, 12, 31)
#: Alias of :data:`LAST_VERIFIED` (the name the CLI uses).
LAST_VERIFIED_DATE = LAST_VERIFIED
#: The bodies whose membership can be asked for.
BODIES = ("General Assembly", "Security Council")
#: The frequencies accepted by :func:`membership_series`.
FREQUENCIES = ("year", "month", "day", "event")

MEMBER_COLUMNS = [
    "member_id",
    "spell",
    "name",
    "name_on_date",
    "iso3",
    "admitted",
    "last_day",
    "end_reason",
    "successor",
    "region",
    "original",
]
#: Columns of :func:`members_on` for the Security Council: the General Assembly's columns
#: plus the kind of seat and the first and last day of the member's term.
COUNCIL_COLUMNS = [*MEMBER_COLUMNS, "seat", "term_start", "term_end"]
SEAT_KINDS = ("permanent", "elected")
SERIES_COLUMNS = ["date", "members", "admitted", "departed", "admitted_names", "departed_names"]


class MembershipDataWarning(UserWarning):
    """A date lies after :data:`LAST_VERIFIED`; the latest known membership is used."""


@dataclass(frozen=True)
class Member:
    """One member state, as returned by :func:`match_member`.

    Attributes
    ----------
    member_id
        Stable key of the seat (ISO 3166-1 alpha-3 code where one exists, else a
        former code such as ``CSK``, ``DDR``, ``YMD``, ``YUG`` or ``ZAN``).
    name
        Current United Nations short name (or the last one, for former members).
    name_on_date
        The name the UN used on the date asked about (``name`` when no date was given).
    iso3
        ISO 3166-1 alpha-3 code, or None (Zanzibar).
    admitted
        First day of the membership spell concerned.
    last_day
        Last day of that spell, or None while it lasts.
    end_reason
        How the spell ended: ``dissolution``, ``merger`` or ``withdrawal`` (None if current).
    successor
        ``member_id`` of the successor state(s).
    region
        United Nations regional group (the current group; the last one for former members).
    matched
        The packaged name or variant that the query matched.
    """

    member_id: str
    name: str
    name_on_date: str
    iso3: str | None
    admitted: dt.date
    last_day: dt.date | None
    end_reason: str | None
    successor: tuple[str, ...]
    region: str
    matched: str


# --------------------------------------------------------------------------- loading


def _read_csv(filename: str) -> pd.DataFrame:
    with (files("surveystats") / "data" / filename).open("r", encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype=str, keep_default_na=False)


def _blank_to_none(column: pd.Series) -> pd.Series:
    return pd.Series([value or None for value in column], index=column.index, dtype=object)


def _to_dates(column: pd.Series) -> pd.Series:
    return pd.Series(
        [dt.date.fromisoformat(value) if value else None for value in column],
        index=column.index,
        dtype=object,
    )


@functools.cache
def _spells() -> pd.DataFrame:
    table = _read_csv("membership.csv")
    table["spell"] = table["spell"].astype("int64")
    table["admitted"] = _to_dates(table["admitted"])
    table["last_day"] = _to_dates(table["last_day"])
    for column in ("iso3", "end_reason", "successor"):
        table[column] = _blank_to_none(table[column])
    table["original"] = table["original"].map({"True": True, "False": False}).astype(bool)
    return table


@functools.cache
def _names() -> pd.DataFrame:
    table = _read_csv("member_names.csv")
    table["valid_from"] = _to_dates(table["valid_from"])
    table["valid_to"] = _to_dates(table["valid_to"])
    return table


@functools.cache
def _spells_by_member() -> dict[str, tuple[dict[str, Any], ...]]:
    """Spells grouped by ``member_id`` as read-only records, in admission order."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for record in _spells().to_dict("records"):
        grouped.setdefault(record["member_id"], []).append(record)
    return {key: tuple(value) for key, value in grouped.items()}


@functools.cache
def _un_names() -> dict[str, tuple[tuple[dt.date, dt.date | None, str], ...]]:
    """Dated UN short names by ``member_id``: (valid_from, valid_to, name)."""
    names = _names()
    grouped: dict[str, list[tuple[dt.date, dt.date | None, str]]] = {}
    for row in names[(names["kind"] == "un_name")].itertuples():
        grouped.setdefault(row.member_id, []).append((row.valid_from, row.valid_to, row.name))
    return {key: tuple(value) for key, value in grouped.items()}


@functools.cache
def _council() -> pd.DataFrame:
    table = _read_csv("security_council.csv")
    table["seats"] = table["seats"].astype("int64")
    table["valid_from"] = _to_dates(table["valid_from"])
    table["valid_to"] = _to_dates(table["valid_to"])
    return table


@functools.cache
def _seats() -> pd.DataFrame:
    table = _read_csv("security_council_seats.csv")
    unknown = sorted(set(table["seat"]) - set(SEAT_KINDS))
    if unknown:  # a packaging error, not a user error: fail loudly at first use
        raise MembershipError(f"security_council_seats.csv: unknown seat kinds {unknown}")
    table["first_day"] = _to_dates(table["first_day"])
    table["last_day"] = _to_dates(table["last_day"])
    return table


@functools.cache
def _council_known_until() -> dt.date:
    """Last day for which the packaged seats give the whole Council.

    Elected members take their seats on 1 January after their election, so the data
    cover the Council up to 31 December of the latest year in which a term begins.
    """
    seats = _seats()
    latest = max(day.year for day in seats.loc[seats["seat"] == "elected", "first_day"])
    return dt.date(latest, 12, 31)


@functools.cache
def _event_arrays() -> tuple[np.ndarray, np.ndarray]:
    """Sorted first days of membership and first days after membership (datetime64[D])."""
    spells = _spells()
    starts = np.sort(np.array([np.datetime64(d, "D") for d in spells["admitted"]]))
    ends = np.sort(
        np.array(
            [np.datetime64(d, "D") + 1 for d in spells["last_day"] if d is not None],
            dtype="datetime64[D]",
        )
    )
    return starts, ends


def membership_table() -> pd.DataFrame:
    """Every membership spell of every state that has ever been a UN member.

    Returns
    -------
    pandas.DataFrame
        One row per spell, a copy of ``data/membership.csv``:

        - ``member_id`` (str): stable key of the seat (ISO3, or a former code).
        - ``spell`` (int): 1, or 2 for Syria and Indonesia after their return.
        - ``name`` (str): current (or last) UN short name.
        - ``iso3`` (str or None): ISO 3166-1 alpha-3 code.
        - ``admitted`` (datetime.date): first day of the spell.
        - ``last_day`` (datetime.date or None): last day of the spell; None while current.
        - ``end_reason`` (str or None): ``dissolution``, ``merger`` or ``withdrawal``.
        - ``successor`` (str or None): ``;``-joined ``member_id`` of the successors.
        - ``region`` (str): UN regional group (current, or last for former members).
        - ``original`` (bool): one of the 51 original members.

    Examples
    --------
    >>> table = membership_table()
    >>> int(table["original"].sum())
    51
    """
    return _spells().copy()


def member_names() -> pd.DataFrame:
    """Former, historical and common alternative names of members, with their dates.

    Returns
    -------
    pandas.DataFrame
        A copy of ``data/member_names.csv``: ``member_id`` (str), ``name`` (str),
        ``kind`` (``un_name`` for a name the UN used, ``variant`` for other forms),
        ``valid_from`` and ``valid_to`` (datetime.date or None when open or undated).

    Examples
    --------
    >>> names = member_names()
    >>> names.loc[names["name"] == "Zaire", "member_id"].item()
    'COD'
    """
    return _names().copy()


# --------------------------------------------------------------------------- arguments


def _as_date(value: Any, *, argument: str = "date", warn: bool = True) -> dt.date:
    """Validate a date argument and return it as ``datetime.date``."""
    if isinstance(value, np.datetime64):
        value = pd.Timestamp(value)
    day = read_date_argument(value, argument=argument)
    if day < FIRST_DAY:
        raise MembershipError(
            f"{argument} must be on or after {FIRST_DAY.isoformat()}, when the Charter entered "
            f"into force; got {day.isoformat()} (there was no UN membership before that day)"
        )
    if warn and day > LAST_VERIFIED:
        warnings.warn(
            f"{argument} {day.isoformat()} is after {LAST_VERIFIED.isoformat()}, the last day "
            "the packaged membership data were verified; using the latest known membership",
            MembershipDataWarning,
            stacklevel=3,
        )
    return day


def membership_date(date: Any, *, argument: str = "date") -> dt.date:
    """Read a date argument the way every function of this module reads it.

    Parameters
    ----------
    date
        ``datetime.date``, ``datetime``, ``pandas.Timestamp``, ``numpy.datetime64`` or a
        string read by :func:`surveystats.text.date_argument.read_date_argument` (ISO
        ``2001-12-21``, ``2001-12``, ``2001``, or "21 December 2001").
    argument
        The argument's name, used in error messages.

    Returns
    -------
    datetime.date
        The day.

    Raises
    ------
    ValidationError
        When ``date`` is not a date or is written ambiguously ("05/10/1960").
    MembershipError
        When the day is before :data:`FIRST_DAY` (there was no membership). Days after
        :data:`LAST_VERIFIED` are accepted; the functions that count warn about them.

    Examples
    --------
    >>> membership_date("21 December 2001")
    datetime.date(2001, 12, 21)
    """
    return _as_date(date, argument=argument, warn=False)


def _check_body(body: Any) -> str:
    if body not in BODIES:
        raise ValidationError(
            f"body must be one of {', '.join(repr(b) for b in BODIES)}; got {body!r}"
        )
    return body


# --------------------------------------------------------------------------- membership


def _name_on(member_id: str, primary: str, day: dt.date | None) -> str:
    if day is None:
        return primary
    for valid_from, valid_to, name in _un_names().get(member_id, ()):
        if valid_from <= day and (valid_to is None or day <= valid_to):
            return name
    return primary


def _spells_on(day: dt.date) -> pd.DataFrame:
    spells = _spells()
    active = spells["admitted"].map(lambda a: a <= day) & spells["last_day"].map(
        lambda last: last is None or day <= last
    )
    result = spells[active].copy()
    result.insert(
        3,
        "name_on_date",
        [_name_on(m, n, day) for m, n in zip(result["member_id"], result["name"], strict=True)],
    )
    return result[MEMBER_COLUMNS].sort_values("name").reset_index(drop=True)


def members_on(date: Any, *, body: str = "General Assembly") -> pd.DataFrame:
    """The members of a UN body on one day.

    Parameters
    ----------
    date
        The day: ``datetime.date``, ``datetime``, ``pandas.Timestamp`` or ISO string.
    body
        ``"General Assembly"`` (every Member State) or ``"Security Council"`` (the
        permanent members and the elected members sitting that day).

    Returns
    -------
    pandas.DataFrame
        One row per member, sorted by name, with columns ``member_id``, ``spell``,
        ``name`` (current UN short name), ``name_on_date`` (the UN name on that day),
        ``iso3``, ``admitted``, ``last_day``, ``end_reason``, ``successor``, ``region``
        and ``original`` (see :func:`membership_table`). For the Security Council
        (:data:`COUNCIL_COLUMNS`) also ``seat`` (``permanent`` or ``elected``),
        ``term_start`` and ``term_end`` (datetime.date; the member's own first and last
        day on the Council, so only its half of a split term; for a permanent seat the
        span of its representation, China's to 24 October 1971 and the USSR's to 23
        December 1991, and ``term_end`` None while it lasts).

    Raises
    ------
    MembershipError
        If the date is before 24 October 1945, or, for the Security Council, after the
        last year whose elected members are packaged (see :func:`council_seats`).
    ValidationError
        If ``date`` is not a date or ``body`` is not one of :data:`BODIES`.

    Warns
    -----
    MembershipDataWarning
        If the date is after :data:`LAST_VERIFIED`.

    Notes
    -----
    The Council had eleven seats until 31 December 1965 and fifteen from 1 January
    1966 (:func:`council_size`). Two spans had fewer members sitting than seats: from
    24 October 1945 to 11 January 1946, before the first election of the six elected
    members, and from 1 to 6 January 1980, before Mexico's election ended the 1979
    deadlock. Sources and choices are in ``data/SOURCES.md``.

    Examples
    --------
    >>> table = members_on("1946-01-10")
    >>> len(table), table.loc[table["member_id"] == "RUS", "name_on_date"].item()
    (51, 'Union of Soviet Socialist Republics')
    >>> council = members_on("1970-06-01", body="Security Council")
    >>> len(council), council.loc[council["member_id"] == "RUS", "name_on_date"].item()
    (15, 'Union of Soviet Socialist Republics')
    >>> elected = council.loc[council["seat"] == "elected", "name_on_date"]
    >>> elected.tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['Burundi', 'Colombia', 'Finland', 'Nepal', 'Nicaragua', 'Poland', 'Sierra Leone',
     'Spain', 'Syrian Arab Republic', 'Zambia']
    """
    _check_body(body)
    day = _as_date(date)
    if body == "Security Council":
        return _council_on(day)
    return _spells_on(day)


@functools.cache
def _seat_days() -> tuple[np.ndarray, np.ndarray]:
    """First and last day of every seat spell as datetime64[D] (last: far future if open)."""
    seats = _seats()
    first = np.array([np.datetime64(d, "D") for d in seats["first_day"]])
    last = np.array(
        [
            np.datetime64(d, "D") if d is not None else np.datetime64("9999-12-31")
            for d in seats["last_day"]
        ]
    )
    return first, last


def _council_on(day: dt.date, *, seat: str | None = None) -> pd.DataFrame:
    """Members of the Security Council on ``day`` (optionally of one kind of seat)."""
    known_until = _council_known_until()
    if seat != "permanent" and day > known_until:
        raise MembershipError(
            f"date {day.isoformat()} is after {known_until.isoformat()}, the last day for which "
            "the elected members of the Security Council are packaged (members are elected "
            "in June for the following year); give an earlier date"
        )
    return _council_table(day, seat).copy()


@functools.cache
def _seat_spells() -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Every Council seat spell joined with each UN membership spell it overlaps.

    Returns the table in :data:`COUNCIL_COLUMNS` (``name_on_date`` still the current
    name) and, as datetime64[D], the first and last day on which each row's seat and
    membership spell both hold (last: far future while they last).
    """
    spells = _spells()
    joined = _seats().merge(spells, on="member_id", suffixes=("_seat", ""))
    far = dt.date.max
    starts = zip(joined["first_day"], joined["admitted"], strict=True)
    ends = zip(joined["last_day_seat"], joined["last_day"], strict=True)
    since = np.array([np.datetime64(max(seat, spell), "D") for seat, spell in starts])
    until = np.array([np.datetime64(min(seat or far, spell or far), "D") for seat, spell in ends])
    overlaps = since <= until
    table = joined[overlaps].rename(
        columns={"first_day": "term_start", "last_day_seat": "term_end"}
    )
    table = table.assign(name_on_date=table["name"])[COUNCIL_COLUMNS].astype(
        {"name_on_date": spells.dtypes["name"], "seat": spells.dtypes["member_id"]}
    )
    return table.reset_index(drop=True), since[overlaps], until[overlaps]


@functools.lru_cache(maxsize=4096)
def _council_table(day: dt.date, seat: str | None) -> pd.DataFrame:
    """The Council on ``day``, cached: a corpus asks for the same days again and again."""
    table, since, until = _seat_spells()
    point = np.datetime64(day, "D")
    sitting = (since <= point) & (point <= until)
    first, last = _seat_days()
    held = (first <= point) & (point <= last)
    if seat is not None:
        sitting &= (table["seat"] == seat).to_numpy()
        held &= (_seats()["seat"] == seat).to_numpy()
    if sitting.sum() != held.sum():  # pragma: no cover - a packaging error, caught by the tests
        raise MembershipError(f"a member holds a Council seat on {day} without a UN seat")
    result = table[sitting].copy()
    result["name_on_date"] = pd.array(
        [_name_on(m, n, day) for m, n in zip(result["member_id"], result["name"], strict=True)],
        dtype=table.dtypes["name_on_date"],
    )
    return result.sort_values("name", kind="stable").reset_index(drop=True)


def council_seats() -> pd.DataFrame:
    """Every spell of every state on the Security Council since 1945.

    Returns
    -------
    pandas.DataFrame
        One row per seat-holder spell, a copy of ``data/security_council_seats.csv``
        (sources in ``data/SOURCES.md``):

        - ``member_id`` (str): the member's seat key, as in :func:`membership_table`.
        - ``seat`` (str): ``permanent`` or ``elected``.
        - ``first_day`` (datetime.date): first day on the Council (1 January of the
          term, or the day a late election or a change of representation took effect).
        - ``last_day`` (datetime.date or None): last day on the Council; None for a
          permanent seat that lasts.
        - ``note`` (str): split terms, late elections and changes of representation
          (China 1971, USSR/Russian Federation 1991, Yemen 1990); empty otherwise.

    Notes
    -----
    Elected terms run from 1 January to 31 December of the following year (Charter
    Article 23). The exceptions are in ``note``: the first members (elected on 12
    January 1946), the split terms of 1956-1965 and 2017-2018, the one-year terms of
    1966, Mexico's election on 7 January 1980 and Yemen's unification on 22 May 1990.

    Examples
    --------
    >>> seats = council_seats()
    >>> seats.loc[seats["note"].str.startswith("split 1960"), "member_id"].tolist()
    ['POL', 'TUR']
    """
    return _seats().copy()


@functools.cache
def _events() -> tuple[tuple[dt.date, str, str], ...]:
    """(day, "admitted" or "departed", UN name on the day) for every change of membership.

    A departure is dated on the first day without membership (``last_day`` + 1).
    """
    events = []
    for spells in _spells_by_member().values():
        for spell in spells:
            member_id, name = spell["member_id"], spell["name"]
            events.append(
                (spell["admitted"], "admitted", _name_on(member_id, name, spell["admitted"]))
            )
            if spell["last_day"] is not None:
                gone = spell["last_day"] + dt.timedelta(days=1)
                events.append((gone, "departed", _name_on(member_id, name, spell["last_day"])))
    return tuple(sorted(events))


def _count(day: dt.date) -> int:
    starts, ends = _event_arrays()
    point = np.datetime64(day, "D")
    return int(
        np.searchsorted(starts, point, side="right") - np.searchsorted(ends, point, side="right")
    )


def membership_count(date: Any, *, body: str = "General Assembly") -> int:
    """How many members a UN body had on one day.

    Parameters
    ----------
    date
        The day: ``datetime.date``, ``datetime``, ``pandas.Timestamp`` or ISO string.
    body
        ``"General Assembly"`` (all Member States) or ``"Security Council"`` (its size).

    Returns
    -------
    int
        The number of members on that day.

    Raises
    ------
    MembershipError
        If the date is before 24 October 1945.
    ValidationError
        If ``date`` is not a date or ``body`` is not one of :data:`BODIES`.

    Warns
    -----
    MembershipDataWarning
        If the date is after :data:`LAST_VERIFIED`.

    Examples
    --------
    >>> membership_count("1999-09-13"), membership_count("1999-09-14")
    (185, 188)
    >>> membership_count("1965-12-31", body="Security Council")
    11
    """
    _check_body(body)
    day = _as_date(date)
    if body == "Security Council":
        return _council_size(day)
    return _count(day)


def _council_size(day: dt.date) -> int:
    table = _council()
    sizes = table[table["feature"] == "size"]
    for row in sizes.itertuples():
        if row.valid_from <= day and (row.valid_to is None or day <= row.valid_to):
            return int(row.seats)
    raise MembershipError(f"no Security Council size is packaged for {day.isoformat()}")


def council_size(date: Any) -> int:
    """Number of seats on the Security Council on one day.

    Eleven seats until 31 December 1965; fifteen from 1 January 1966, when the Charter
    amendment of General Assembly resolution 1991 A (XVIII) entered into force.

    Parameters
    ----------
    date
        The day: ``datetime.date``, ``datetime``, ``pandas.Timestamp`` or ISO string.

    Returns
    -------
    int
        11 or 15.

    Raises
    ------
    MembershipError
        If the date is before 24 October 1945.
    ValidationError
        If ``date`` is not a date.

    Examples
    --------
    >>> council_size("1965-12-31"), council_size("1966-01-01")
    (11, 15)
    """
    return _council_size(_as_date(date))


def permanent_members(date: Any) -> pd.DataFrame:
    """The five permanent members of the Security Council on one day.

    Parameters
    ----------
    date
        The day: ``datetime.date``, ``datetime``, ``pandas.Timestamp`` or ISO string.

    Returns
    -------
    pandas.DataFrame
        The permanent rows of ``members_on(date, body="Security Council")``
        (:data:`COUNCIL_COLUMNS`); ``name_on_date`` shows e.g. the Union of
        Soviet Socialist Republics before 24 December 1991.

    Raises
    ------
    MembershipError
        If the date is before 24 October 1945.
    ValidationError
        If ``date`` is not a date.

    Examples
    --------
    >>> permanent_members("1970-01-01")["name_on_date"].tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['China', 'France', 'Union of Soviet Socialist Republics',
     'United Kingdom of Great Britain and Northern Ireland', 'United States of America']
    """
    return _council_on(_as_date(date), seat="permanent")


def membership_series(start: Any = None, end: Any = None, *, freq: str = "year") -> pd.DataFrame:
    """Membership of the General Assembly over time, with admissions and departures.

    Parameters
    ----------
    start, end
        First and last day covered (inclusive); default 24 October 1945 and
        :data:`LAST_VERIFIED`. Same types as the ``date`` of :func:`membership_count`.
    freq
        ``"year"`` (one row per 31 December, plus ``end`` if it is not a year end),
        ``"month"`` (month ends, plus ``end``), ``"day"`` (every day) or ``"event"``
        (every day on which membership changed, plus ``end``).

    Returns
    -------
    pandas.DataFrame
        One row per period:

        - ``date`` (datetime.date): last day of the period.
        - ``members`` (int): number of members at the end of that day.
        - ``admitted`` (int): membership spells that began in the period (from the day
          after the previous row, or from ``start`` for the first row); the return of
          Syria (1961) and Indonesia (1966) counts as an admission.
        - ``departed`` (int): spells that ended in the period, counted on the first day
          without membership (mergers, dissolutions, withdrawals), so that each row's
          ``members`` is the previous row's plus ``admitted`` minus ``departed``.
        - ``admitted_names``, ``departed_names`` (str): ``"; "``-joined UN names of
          those states on the day of the change; empty string when none.

    Raises
    ------
    MembershipError
        If ``start`` is before 24 October 1945.
    ValidationError
        If a date is not a date, ``end`` is before ``start`` or ``freq`` is not one of
        :data:`FREQUENCIES`.

    Examples
    --------
    >>> series = membership_series("1990-01-01", "1990-12-31", freq="event")
    >>> series[["date", "members"]].astype(str).values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['1990-04-23', '160'], ['1990-05-22', '159'], ['1990-09-18', '160'],
     ['1990-10-03', '159'], ['1990-12-31', '159']]
    """
    if freq not in FREQUENCIES:
        raise ValidationError(
            f"freq must be one of {', '.join(repr(f) for f in FREQUENCIES)}; got {freq!r}"
        )
    first = FIRST_DAY if start is None else _as_date(start, argument="start")
    last = LAST_VERIFIED if end is None else _as_date(end, argument="end")
    if last < first:
        raise ValidationError(
            f"end must not be before start; got start={first.isoformat()}, "
            f"end={last.isoformat()} (swap them)"
        )
    events = _events()
    if freq == "day":
        ends = list(pd.date_range(first, last, freq="D").date)
    elif freq == "event":
        ends = sorted({day for day, _, _ in events if first <= day <= last} | {last})
    else:
        alias = "YE" if freq == "year" else "ME"
        ends = [d for d in pd.date_range(first, last, freq=alias).date if d <= last]
        if not ends or ends[-1] != last:
            ends.append(last)
    # Each event falls in the first period whose end is on or after its day.
    admitted: list[list[str]] = [[] for _ in ends]
    departed: list[list[str]] = [[] for _ in ends]
    for day, kind, name in events:
        if first <= day <= last:
            slot = bisect.bisect_left(ends, day)
            (admitted if kind == "admitted" else departed)[slot].append(name)
    starts, stops = _event_arrays()
    points = np.array(ends, dtype="datetime64[D]")
    counts = np.searchsorted(starts, points, side="right") - np.searchsorted(
        stops, points, side="right"
    )
    table = pd.DataFrame(
        {
            "date": pd.Series(ends, dtype=object),
            "members": counts,
            "admitted": [len(added) for added in admitted],
            "departed": [len(gone) for gone in departed],
            "admitted_names": ["; ".join(sorted(added)) for added in admitted],
            "departed_names": ["; ".join(sorted(gone)) for gone in departed],
        },
        columns=SERIES_COLUMNS,
    )
    return table.astype({"members": "int64", "admitted": "int64", "departed": "int64"})


# --------------------------------------------------------------------------- names

_APOSTROPHES = re.compile(r"[’‘`'´.]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_TOKEN_MAP = {"st": "saint", "&": "and"}
_DROP = {"the"}


def _normalise(name: str) -> str:
    """Case-, accent- and punctuation-free form of a state name."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = _APOSTROPHES.sub("", plain.replace("&", " and "))
    tokens = [_TOKEN_MAP.get(t, t) for t in _NON_WORD.split(plain) if t]
    return " ".join(t for t in tokens if t not in _DROP)


@dataclass(frozen=True)
class _Alias:
    member_id: str
    name: str
    primary: bool
    valid_from: dt.date | None
    valid_to: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@functools.cache
def _alias_index() -> dict[str, tuple[_Alias, ...]]:
    index: dict[str, list[_Alias]] = {}
    for row in _spells().drop_duplicates("member_id").itertuples():
        alias = _Alias(row.member_id, row.name, True, None, None)
        index.setdefault(_normalise(row.name), []).append(alias)
    for row in _names().itertuples():
        alias = _Alias(row.member_id, row.name, False, row.valid_from, row.valid_to)
        index.setdefault(_normalise(row.name), []).append(alias)
    return {key: tuple(value) for key, value in index.items()}


def _lookup_keys(name: str) -> list[str]:
    keys = [_normalise(name)]
    if name.count(",") == 1:  # "Korea, Republic of" -> "Republic of Korea"
        head, tail = (part.strip() for part in name.split(","))
        keys.append(_normalise(f"{tail} {head}"))
    return keys


def _spell_for(member_id: str, day: dt.date | None) -> dict[str, Any] | None:
    rows = _spells_by_member()[member_id]
    if day is None:
        return rows[-1]
    for row in rows:
        if row["admitted"] <= day and (row["last_day"] is None or day <= row["last_day"]):
            return row
    return None


def _describe_absence(member_id: str, day: dt.date) -> str:
    parts = []
    for row in _spells_by_member()[member_id]:
        span = f"member from {row['admitted'].isoformat()}"
        if row["last_day"] is not None:
            span += f" to {row['last_day'].isoformat()} ({row['end_reason']}"
            if row["successor"]:
                span += f", succeeded by {row['successor'].replace(';', ', ')}"
            span += ")"
        parts.append(span)
    return "; ".join(parts)


def match_member(name: str, *, date: Any = None) -> Member:
    """The member state a printed name refers to.

    Matching ignores case, accents, punctuation, the word "the" and the order of
    "Korea, Republic of"-style inversions, and knows the UN's former names (Zaire,
    Union of Soviet Socialist Republics, Byelorussian SSR, Upper Volta, Ceylon, ...)
    and common variants (USSR, UK, USA, Ivory Coast, Syria, Iran, Tanzania, ...).

    Parameters
    ----------
    name
        The state's name as printed.
    date
        Optional day (``datetime.date``, ``datetime``, ``pandas.Timestamp`` or ISO
        string). When given, the state must have been a member on that day, and a
        name used by two seats at different times (``"Yugoslavia"``) resolves to the
        seat that was a member then.

    Returns
    -------
    Member
        The canonical member (see :class:`Member`); with a date, the spell covering it.

    Raises
    ------
    UnknownMemberError
        If no member has that name; ``suggestions`` lists the closest known names.
    MembershipError
        If the state was not a member on ``date`` (the message gives its membership
        dates), if the name is ambiguous on that day, or if ``date`` is before
        24 October 1945.
    ValidationError
        If ``name`` is not a non-empty string or ``date`` is not a date.

    Examples
    --------
    >>> match_member("Soviet Union", date="1950-06-27").name
    'Russian Federation'
    >>> match_member("ivory coast").member_id
    'CIV'
    """
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(f"name must be a non-empty string naming a state; got {name!r}")
    day = None if date is None else _as_date(date)
    index = _alias_index()
    aliases: tuple[_Alias, ...] = ()
    stripped = name.strip()
    if re.fullmatch(r"[A-Z]{3}", stripped):
        spells = _spells()
        hits = spells.loc[spells["iso3"] == stripped, "member_id"].unique()
        aliases = tuple(_Alias(m, stripped, False, None, None) for m in hits)
    for key in _lookup_keys(stripped):
        aliases = aliases or index.get(key, ())
    if not aliases:
        known = sorted({alias.name for group in index.values() for alias in group})
        by_key = {_normalise(k): k for k in known}
        close = difflib.get_close_matches(_normalise(stripped), list(by_key), n=5, cutoff=0.6)
        suggestions = [by_key[c] for c in close]
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if close else ""
        raise UnknownMemberError(
            f"name {name!r} matches no UN member state or former member{hint}",
            suggestions=suggestions,
        )
    candidates = {alias.member_id: alias for alias in sorted(aliases, key=lambda a: a.primary)}
    if day is not None:
        present = {m: a for m, a in candidates.items() if _spell_for(m, day) is not None}
        if not present:
            detail = "; ".join(
                f"{_spells_by_member()[m][-1]['name']}: {_describe_absence(m, day)}"
                for m in candidates
            )
            raise MembershipError(
                f"{name!r} was not a member of the United Nations on {day.isoformat()} "
                f"({detail}); check the date or the name"
            )
        candidates = present
        if len(candidates) > 1:
            dated = {m: a for m, a in candidates.items() if a.covers(day) and a.valid_from}
            candidates = dated or candidates
    if len(candidates) > 1:
        primary = {m: a for m, a in candidates.items() if a.primary}
        current = {m: a for m, a in candidates.items() if _spell_for(m, None)["last_day"] is None}
        candidates = primary or current or candidates
    if len(candidates) > 1:
        raise MembershipError(
            f"name {name!r} is ambiguous: it names {', '.join(sorted(candidates))}; "
            "give a date or a fuller name"
        )
    member_id, alias = next(iter(candidates.items()))
    spell = _spell_for(member_id, day)
    return Member(
        member_id=member_id,
        name=spell["name"],
        name_on_date=_name_on(member_id, spell["name"], day),
        iso3=spell["iso3"],
        admitted=spell["admitted"],
        last_day=spell["last_day"],
        end_reason=spell["end_reason"],
        successor=tuple(spell["successor"].split(";")) if spell["successor"] else (),
        region=spell["region"],
        matched=alias.name,
    )


#: Columns of :func:`match_names`.
MATCH_COLUMNS = ["name", "member_id", "name_on_date", "match", "in_body", "note"]
#: How close (difflib ratio of the normalised names) a printed name must be to the name of
#: a member of the body for :func:`match_names` to read it as that member misprinted.
CLOSE_MATCH_CUTOFF = 0.8

_EDGE_DEBRIS = re.compile(r"^[\W\d_]+|[\W\d_]+$")  # "— United States", "Zaire 14", "Cuba."
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\s+(?=[a-z])")  # "Socia- list" left by a line break
_DIGIT_IN_WORD = {"0": "o", "1": "l"}  # OCR: "S0viet", "Repub1ic"


def _printed_forms(name: str) -> list[str]:
    """The forms of a printed name to look up, most literal first."""
    trimmed = " ".join(_EDGE_DEBRIS.sub("", name).split())
    rejoined = _HYPHEN_BREAK.sub("", trimmed)
    letters = re.sub(
        r"(?<=[A-Za-z])[01](?=[A-Za-z])", lambda m: _DIGIT_IN_WORD[m.group()], rejoined
    )
    kept_hyphen = _HYPHEN_BREAK.sub("-", trimmed)  # "Guinea- Bissau" is a real hyphen
    return list(dict.fromkeys(form for form in (trimmed, rejoined, letters, kept_hyphen) if form))


def _body_ids(day: dt.date, body: str) -> set[str]:
    if body == "Security Council":
        return set(_council_on(day)["member_id"])
    return set(_spells_on(day)["member_id"])


def _close_member(forms: list[str], day: dt.date, ids: set[str]) -> str | None:
    """The one member of ``ids`` whose names on ``day`` are closest to a printed form."""
    keys: dict[str, set[str]] = {}
    for key, aliases in _alias_index().items():
        for alias in aliases:
            if alias.member_id in ids and (alias.primary or alias.covers(day)):
                keys.setdefault(key, set()).add(alias.member_id)
    best: tuple[float, set[str]] = (0.0, set())
    for form in forms:
        target = _normalise(form)
        for key, owners in keys.items():
            ratio = difflib.SequenceMatcher(None, target, key).ratio()
            if ratio > best[0]:
                best = (ratio, set(owners))
            elif ratio == best[0]:
                best[1].update(owners)
    ratio, owners = best
    return next(iter(owners)) if ratio >= CLOSE_MATCH_CUTOFF and len(owners) == 1 else None


def match_names(names: Any, *, date: Any, body: str = "General Assembly") -> pd.DataFrame:
    """Match printed state names to the members of a body on one day.

    Made for names as they are printed in vote lines, OCR noise included: each name is
    looked up with :func:`match_member` after trimming debris at its ends ("— United
    States of America", "Zaire 14"), rejoining a word broken at a line end ("Socia- list")
    and reading a 0 or 1 inside a word as o or l ("S0viet"). A name still unknown is read
    as the member of ``body`` on ``date`` whose name is closest, if exactly one is at
    least :data:`CLOSE_MATCH_CUTOFF` similar ("Matta" on the Council of 1983 is Malta).

    Parameters
    ----------
    names
        An iterable of printed names (strings).
    date
        The day (``datetime.date``, ``datetime``, ``pandas.Timestamp`` or ISO string).
    body
        ``"General Assembly"`` or ``"Security Council"``: whose members the names are
        checked against and chosen from when a name is misprinted.

    Returns
    -------
    pandas.DataFrame
        One row per name, in the order given (:data:`MATCH_COLUMNS`):

        - ``name`` (str): the name as given.
        - ``member_id`` (str or None): the member it names; None when it names no member
          of the United Nations on that day.
        - ``name_on_date`` (str or None): that member's UN name on the day.
        - ``match`` (str): ``exact`` (a known name or variant of the member), ``close``
          (read as the closest member of the body: a misprint) or ``none``.
        - ``in_body`` (bool): the member sat in ``body`` on ``date``.
        - ``note`` (str or None): why a name is not an exact match of a member of the
          body (unknown name, not a UN member that day, not on the Council that day).

    Raises
    ------
    MembershipError
        If ``date`` is before 24 October 1945 (or, for the Security Council, after the
        packaged years).
    ValidationError
        If ``names`` is a string or holds a non-string, ``date`` is not a date or
        ``body`` is not one of :data:`BODIES`.

    Examples
    --------
    >>> table = match_names(["USSR", "Matta", "Ireland"], date="1983-06-01",
    ...                     body="Security Council")
    >>> table[["member_id", "match", "in_body"]].values.tolist()
    [['RUS', 'exact', True], ['MLT', 'close', True], ['IRL', 'exact', False]]
    """
    if isinstance(names, str):
        raise ValidationError(f"names must be a list of names, not one string; got {names!r}")
    names = list(names)
    bad = [name for name in names if not isinstance(name, str)]
    if bad:
        raise ValidationError(f"names must be strings; got {bad[0]!r} ({type(bad[0]).__name__})")
    _check_body(body)
    day = _as_date(date)
    ids = _body_ids(day, body)
    rows = []
    for name in names:
        forms = _printed_forms(name)
        member, match, note = None, "none", None
        errors: list[MembershipError] = []
        for form in forms:
            try:
                member, match = match_member(form, date=day), "exact"
                break
            except MembershipError as error:  # unknown, ambiguous or not a member that day
                errors.append(error)
        if member is None:
            close = _close_member(forms, day, ids)
            if close is not None:
                member, match = match_member(close, date=day), "close"
                note = f"{name!r} read as {member.name_on_date!r} (misprint)"
            else:
                # "not a member on that day" says more than "unknown name"
                known = [e for e in errors if not isinstance(e, UnknownMemberError)]
                note = str((known or errors)[0]) if errors else f"{name!r} names no state"
        member_id = None if member is None else member.member_id
        in_body = member_id in ids
        if member is not None and not in_body:
            note = f"{member.name_on_date} was not a member of the {body} on {day.isoformat()}"
        rows.append(
            {
                "name": name,
                "member_id": member_id,
                "name_on_date": None if member is None else member.name_on_date,
                "match": match,
                "in_body": in_body,
                "note": note,
            }
        )
    return pd.DataFrame(rows, columns=MATCH_COLUMNS).astype({"in_body": bool})
