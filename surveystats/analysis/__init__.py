"""The analysis of one document: its facts joined with membership and statistics.

:func:`analyze` reads the numbers and tallies of a document, finds the size of the body
that was counted on the document's date, and computes the shares, intervals, bounds and
consistency checks that a careful analyst would compute by hand. Nothing here draws or
writes files; :mod:`surveystats.charts` and :mod:`surveystats.report` do that.
"""

from __future__ import annotations

import datetime as dt
import numbers
import re
from dataclasses import dataclass
from os import PathLike
from typing import Any

import pandas as pd

from surveystats import membership, schema
from surveystats.analysis.checks import (
    DEFAULT_ROUNDING,
    breakdown_checks,
    checks_table,
    part_of_whole_checks,
    percent_of_counts_checks,
    percentage_checks,
    share_bound_checks,
    tally_total_checks,
    unreadable_tallies,
)
from surveystats.analysis.rollcall import roll_call_with_checks
from surveystats.analysis.shares import survey_shares
from surveystats.analysis.summary import Summary, summarize
from surveystats.analysis.votes import SECURITY_COUNCIL, vote_size_checks, votes_table
from surveystats.documents import Document, read_document
from surveystats.errors import MembershipError, ValidationError
from surveystats.extract import extract_numbers, extract_tallies

__all__ = ["DEFAULT_ROUNDING", "Analysis", "analyze", "analyze_facts"]

GENERAL_ASSEMBLY = "General Assembly"
_COUNCIL_WORDS = re.compile(r"\bcouncil\b", re.I)


@dataclass(frozen=True)
class Analysis:
    """The facts of one document with the statistics and checks computed from them.

    Attributes
    ----------
    document : Document
        The document analysed.
    date : datetime.date or None
        The date on which membership was counted (see :func:`analyze`).
    date_source : str or None
        Where the date came from: "survey_date", "adopted", "distributed" or "year".
    confidence : float
        The confidence level of every interval.
    numbers, tallies : pandas.DataFrame
        The tables of :func:`~surveystats.extract.extract_numbers` and
        :func:`~surveystats.extract.extract_tallies`.
    membership : pandas.DataFrame
        One row per body used as a base: ``body``, ``date``, ``members`` (missing when
        the date is outside the membership data), ``date_source`` and ``note``.
    shares : pandas.DataFrame
        One row per category of each survey tally counted in units: ``tally``,
        ``kind``, ``subject``, ``category``, ``role``, ``count``,
        ``respondents`` (the sum of the tally's parts, or its stated total when larger),
        ``share`` (count / respondents), ``ci_low``/``ci_high`` (Wilson interval),
        ``simultaneous_low``/``simultaneous_high`` (Goodman intervals over all the
        tally's categories), ``population`` (members of the body on ``date`` when the
        counted subjects are states), ``population_count_low``/``_high`` and
        ``population_ci_low``/``_high`` (exact hypergeometric interval for the number
        and share of members with the attribute), ``bound_low``/``bound_high``
        (worst-case share of the membership whatever the non-respondents think),
        ``confidence`` and the tally's provenance. Shares are fractions in [0, 1].
    checks : pandas.DataFrame
        One row per consistency check, inconsistent ones first: ``check`` (its id),
        ``kind`` (one of :data:`surveystats.schema.CHECK_KINDS`: "percentage",
        "breakdown_sum", "tally_total", "vote_size", ...), ``description``, ``stated``,
        ``decimals``, ``numerator``,
        ``denominator``, ``computed``, ``window_low``/``window_high`` (the per cent
        values the stated figure allows under ``rounding``), ``implied_low``/
        ``implied_high`` (range of implied denominators), ``verdict`` ("consistent",
        "inconsistent" or "undecidable"), ``explanation`` in words and provenance
        (``paragraph``, ``start``, ``end``, ``raw``, ``context``).
    votes : pandas.DataFrame
        One row per vote: ``tally``, the counts by role ``in_favour``, ``against``,
        ``abstaining``, ``not_participating``, ``absent`` (missing when the text does
        not say), ``outcome``, ``body``, ``body_size`` on ``date``, ``date`` and the
        provenance of the vote's own phrase (``paragraph``, ``start``, ``end``, ``raw``).
    roll_call : pandas.DataFrame
        For a Security Council document, one row per member of the Council on ``date``
        and vote: ``member_id``, ``name_on_date``, ``seat``, ``vote`` (missing when the
        text does not let it be known), ``basis`` (named, remainder or unanimous),
        ``printed``, ``match`` and provenance (see
        :func:`~surveystats.analysis.rollcall.roll_call`); its ``roll_call`` checks are in
        ``checks``. Empty for other bodies.

    Every table has the columns and dtypes declared in :mod:`surveystats.schema`.
    """

    document: Document
    date: dt.date | None
    date_source: str | None
    confidence: float
    numbers: pd.DataFrame
    tallies: pd.DataFrame
    membership: pd.DataFrame
    shares: pd.DataFrame
    checks: pd.DataFrame
    votes: pd.DataFrame
    roll_call: pd.DataFrame

    @property
    def symbol(self) -> str | None:
        """The document symbol, or its name when it has none."""
        return self.document.symbol or self.document.name

    def summary(self) -> Summary:
        """The analysis on one screen, in the spirit of statsmodels' ``summary()``.

        Returns
        -------
        Summary
            The document, the membership it is measured against, each tally with its
            shares and intervals (per cent, one decimal), the votes, the roll call and the
            checks. ``print(analysis.summary())`` prints it as text; in Jupyter it shows
            as HTML tables (as does the analysis itself).

        Examples
        --------
        >>> import surveystats
        >>> print(surveystats.analyze(surveystats.example_path()).summary())
        ... # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
        =====...
        A/RES/56/203: International migration and development
        =====...
        Tally 0: survey of respondents
        ...
          category             count  share      95% CI  ...
          in favour               47  60.3%  49.2–70.4%  ...
        ...
        Checks: 1 consistent, 0 inconsistent, 0 undecidable
        ...
        """
        return summarize(self)

    def _repr_html_(self) -> str:
        return self.summary().as_html()

    def __repr__(self) -> str:
        """One line: the document, the date and how many rows each table has."""
        verdicts = self.checks["verdict"].value_counts()
        checked = ", ".join(f"{verdicts[v]} {v}" for v in schema.VERDICTS if verdicts.get(v))
        sizes = (
            (len(self.numbers), "number", "numbers"),
            (self.tallies["tally"].nunique(), "tally", "tallies"),
            (len(self.shares), "share", "shares"),
            (len(self.votes), "vote", "votes"),
            (len(self.checks), "check", "checks"),
        )
        counted = ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in sizes)
        when = f"on {self.date} ({self.date_source})" if self.date else "without a date"
        return (
            f"<Analysis of {self.symbol or 'a text'} {when}: {counted}"
            f"{f' ({checked})' if checked else ''}; .summary() shows them>"
        )

    @property
    def membership_history(self) -> pd.DataFrame:
        """Members of the United Nations on every day membership changed, to date.

        The table of :func:`surveystats.membership.membership_series` with
        ``freq="event"``: ``date``, ``members``, ``admitted``, ``departed`` and the names;
        the background against which ``date`` is shown.
        """
        return membership.membership_series(freq="event")


def analyze(
    document: Document | str | PathLike[str],
    *,
    survey_date: dt.date | str | None = None,
    confidence: float = 0.95,
) -> Analysis:
    """Analyse the numbers of one document against the membership on its date.

    Parameters
    ----------
    document
        A :class:`~surveystats.documents.Document`, or the path of a file to read.
        (To analyse a string of text, pass ``parse_document(text)``.)
    survey_date
        The date on which the counted population is taken: ``datetime.date``,
        ``datetime``, ``pandas.Timestamp`` or a string read by
        :func:`surveystats.membership.membership_date` (``"2001-12-21"``, ``"2001-12"``,
        ``"2001"``, ``"21 December 2001"``; never "05/10/1960", which could be two days).
        By default the document's adoption date, else its distribution date, else 1
        January of its year.
    confidence
        Confidence level of every interval, in (0, 1).

    Returns
    -------
    Analysis
        The tables described in :class:`Analysis`.

    Raises
    ------
    DocumentError
        When ``document`` is a path that cannot be read.
    ValidationError
        When ``survey_date`` is not a date (or is written ambiguously), or ``confidence``
        is not a number in (0, 1).
    MembershipError
        When ``survey_date`` is before 24 October 1945 (there was no membership).

    Notes
    -----
    A percentage whose base names the membership ("41 per cent of the full United
    Nations membership") is checked against the respondents of the survey tally in the
    same paragraph divided by the membership on the date; the stated figure is read
    with its decimals and the rounding rule "up_or_down" (the true value lies within
    half a unit of the last stated digit, either side). Vote sizes are checked against
    the size of the body: in the Security Council, whose composition is fixed, the
    parts should add up to the council's size; in the General Assembly they may not
    exceed the membership. For the Security Council each vote is also called member by
    member (:func:`~surveystats.analysis.rollcall.roll_call`) on the adoption date; with
    only a distribution date or a year, the roll call is made only if the Council's
    members did not change during that year.

    Examples
    --------
    >>> import surveystats
    >>> result = analyze(surveystats.example_path())
    >>> result.checks.loc[0, "verdict"]
    'consistent'
    """
    _check_confidence(confidence)
    doc = _as_document(document)
    numbers = extract_numbers(doc)
    tallies = extract_tallies(doc)
    results = analyze_facts(
        numbers,
        tallies,
        body=doc.body,
        adopted=doc.adopted,
        distributed=doc.distributed,
        year=doc.year,
        survey_date=survey_date,
        confidence=confidence,
    )
    return Analysis(
        document=doc, confidence=confidence, numbers=numbers, tallies=tallies, **results
    )


def analyze_facts(
    numbers: pd.DataFrame,
    tallies: pd.DataFrame,
    *,
    body: str | None = None,
    adopted: Any = None,
    distributed: Any = None,
    year: Any = None,
    survey_date: dt.date | str | None = None,
    confidence: float = 0.95,
) -> dict[str, Any]:
    """The results of :func:`analyze` from facts already extracted (a batch run's tables).

    Parameters
    ----------
    numbers, tallies
        One document's tables of :func:`~surveystats.extract.extract_numbers` and
        :func:`~surveystats.extract.extract_tallies` (extra key columns are ignored).
    body
        The body that issued the document, when its metadata says ("General Assembly",
        "Security Council"); otherwise the tallies decide, as in :func:`analyze`.
    adopted, distributed, year
        The document's metadata (dates as ``datetime.date`` or ``pandas.Timestamp``,
        missing values as None or NA): the analysis date is ``survey_date``, else the
        adoption date, else the distribution date, else 1 January of the year.
    survey_date, confidence
        As for :func:`analyze`.

    Returns
    -------
    dict
        The fields of :class:`Analysis` other than ``document``, ``confidence``,
        ``numbers`` and ``tallies``: ``date``, ``date_source``, ``membership``,
        ``shares``, ``checks``, ``votes`` and ``roll_call``.

    Raises
    ------
    ValidationError
        When ``survey_date`` is not a date (or is written ambiguously), or ``confidence``
        is not a number in (0, 1).
    MembershipError
        When ``survey_date`` is before 24 October 1945 (there was no membership).

    Examples
    --------
    >>> from surveystats import extract_numbers, extract_tallies, parse_document
    >>> doc = parse_document("Adopted at the 250th meeting by 9 votes to none, with 2 "
    ...                      "abstentions (France, Poland).")
    >>> results = analyze_facts(extract_numbers(doc), extract_tallies(doc),
    ...                         body="Security Council", year=1948)
    >>> results["date"], results["votes"][["in_favour", "abstaining"]].values.tolist()
    (datetime.date(1948, 1, 1), [[9, 2]])
    """
    _check_confidence(confidence)
    date, date_source = _analysis_date(adopted, distributed, year, survey_date)
    body = _document_body(body, tallies)
    membership_table = _membership_table(body, date, date_source)
    members_by_body = dict(
        zip(membership_table["body"].astype(str), membership_table["members"], strict=True)
    )
    shares = survey_shares(tallies, members_by_body.get(GENERAL_ASSEMBLY), confidence)
    votes = votes_table(tallies, body, members_by_body.get(body), date)
    calls, call_checks = schema.empty_table("roll_call"), schema.empty_table("checks")
    if body == SECURITY_COUNCIL:
        # A distribution date or a year is not the day of the vote: the roll call is made
        # only if the Council did not change during that year.
        precision = "day" if date_source in ("adopted", "survey_date") else "year"
        calls, call_checks = roll_call_with_checks(tallies, date, date_precision=precision)
    general_assembly = members_by_body.get(GENERAL_ASSEMBLY)
    percentages = percentage_checks(numbers, shares, general_assembly)
    checks = checks_table(
        [
            *percentages,
            *breakdown_checks(tallies),
            *share_bound_checks(numbers, tallies),
            *tally_total_checks(tallies),
            *part_of_whole_checks(
                tallies,
                general_assembly,
                checked_paragraphs=frozenset(int(row["paragraph"]) for row in percentages),
            ),
            *percent_of_counts_checks(tallies),
            *vote_size_checks(votes, unreadable=unreadable_tallies(tallies)),
            *call_checks.drop(columns="check").to_dict("records"),
        ]
    )
    return {
        "date": date,
        "date_source": date_source,
        "membership": membership_table,
        "shares": shares,
        "checks": checks,
        "votes": votes,
        "roll_call": calls,
    }


def _check_confidence(confidence: Any) -> None:
    if isinstance(confidence, bool) or not isinstance(confidence, numbers.Real):
        hint = f" (did you mean {confidence}?)" if isinstance(confidence, str) else ""
        raise ValidationError(
            f"confidence must be a number in (0, 1); got {type(confidence).__name__} "
            f"{confidence!r}{hint}"
        )
    if not 0 < confidence < 1:  # NaN fails too
        hint = f" (did you mean {confidence / 100:g}?)" if 1 < confidence < 100 else ""
        raise ValidationError(f"confidence must be in (0, 1); got {confidence!r}{hint}")


def _as_document(document: Document | str | PathLike[str]) -> Document:
    if isinstance(document, Document):
        return document
    if isinstance(document, str | PathLike):
        return read_document(document)
    raise ValidationError(
        f"document must be a Document or a file path; got {type(document).__name__}"
        " (to analyse text, pass parse_document(text))"
    )


def _analysis_date(
    adopted: Any, distributed: Any, year: Any, survey_date: dt.date | str | None
) -> tuple[Any, Any]:
    if survey_date is not None:  # read like every date argument; refused before 1945
        return membership.membership_date(survey_date, argument="survey_date"), "survey_date"
    if not schema.is_missing(adopted):
        return _as_date(adopted), "adopted"
    if not schema.is_missing(distributed):
        return _as_date(distributed), "distributed"
    if not schema.is_missing(year):
        return dt.date(int(year), 1, 1), "year"
    return None, None


def _as_date(value: Any) -> dt.date:
    """A ``datetime.date`` from a date, datetime or ``pandas.Timestamp``."""
    if isinstance(value, dt.datetime):  # pandas.Timestamp is one too
        return value.date()
    return value


def _document_body(body: str | None, tallies: pd.DataFrame) -> str:
    if body in (GENERAL_ASSEMBLY, SECURITY_COUNCIL):
        return body
    subjects = tallies["subject"].dropna().astype(str)
    if any(_COUNCIL_WORDS.search(subject) for subject in subjects):
        return SECURITY_COUNCIL
    return GENERAL_ASSEMBLY


def _membership_table(body: str, date: dt.date | None, date_source: str | None) -> pd.DataFrame:
    bodies = [GENERAL_ASSEMBLY] if body == GENERAL_ASSEMBLY else [GENERAL_ASSEMBLY, body]
    columns: dict[str, list[Any]] = {"body": [], "members": [], "note": []}
    for name in bodies:
        members, note = None, ""
        if date is None:
            note = "the document states no date; membership unknown"
        else:
            try:
                members = membership.membership_count(date, body=name)
            except MembershipError as error:
                note = str(error)
        columns["body"].append(name)
        columns["members"].append(members)
        columns["note"].append(note or None)
    n = len(bodies)
    return schema.build_table(
        "membership", {**columns, "date": [date] * n, "date_source": [date_source] * n}
    )
