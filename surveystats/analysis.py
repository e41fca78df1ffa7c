"""The analysis of one document: its facts joined with membership and statistics.

:func:`analyze` reads the numbers and tallies of a document, finds the size of the body
that was counted on the document's date, and computes the shares, intervals, bounds and
consistency checks that a careful analyst would compute by hand. Nothing here draws or
writes files; :mod:`surveystats.charts` and :mod:`surveystats.report` do that.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from os import PathLike
from typing import Any

import numpy as np
import pandas as pd

from surveystats import membership, stats
from surveystats.documents import Document, read_document
from surveystats.errors import MembershipError, ValidationError
from surveystats.extract import extract_numbers, extract_tallies

__all__ = ["CHECK_COLUMNS", "SHARE_COLUMNS", "VOTE_COLUMNS", "Analysis", "analyze"]

GENERAL_ASSEMBLY = "General Assembly"
SECURITY_COUNCIL = "Security Council"

MEMBERSHIP_COLUMNS = {
    "body": "string",
    "date": "object",
    "members": "Int64",
    "date_source": "string",
    "note": "string",
}
SHARE_COLUMNS = {
    "tally": "Int64",
    "kind": "string",
    "subject": "string",
    "category": "string",
    "count": "Int64",
    "respondents": "Int64",
    "share": "float64",
    "ci_low": "float64",
    "ci_high": "float64",
    "simultaneous_low": "float64",
    "simultaneous_high": "float64",
    "population": "Int64",
    "population_count_low": "Int64",
    "population_count_high": "Int64",
    "population_ci_low": "float64",
    "population_ci_high": "float64",
    "bound_low": "float64",
    "bound_high": "float64",
    "confidence": "float64",
    "paragraph": "Int64",
    "start": "Int64",
    "end": "Int64",
    "raw": "string",
}
CHECK_COLUMNS = {
    "check": "Int64",
    "kind": "string",
    "description": "string",
    "stated": "string",
    "decimals": "Int64",
    "numerator": "Int64",
    "denominator": "Int64",
    "computed": "float64",
    "window_low": "float64",
    "window_high": "float64",
    "rounding": "string",
    "implied_low": "Int64",
    "implied_high": "Int64",
    "verdict": "string",
    "explanation": "string",
    "paragraph": "Int64",
    "start": "Int64",
    "end": "Int64",
    "raw": "string",
    "context": "string",
}
VOTE_COLUMNS = {
    "tally": "Int64",
    "in_favour": "Int64",
    "against": "Int64",
    "abstentions": "Int64",
    "not_participating": "Int64",
    "absent": "Int64",
    "outcome": "string",
    "body": "string",
    "body_size": "Int64",
    "date": "object",
    "paragraph": "Int64",
    "start": "Int64",
    "end": "Int64",
    "raw": "string",
}

# Vote categories as written ("abstentions", "did not participate", ...) -> vote column.
_VOTE_CATEGORY_PATTERNS = (
    ("not_participating", re.compile(r"not\s+(?:participat|vot)|did\s+not|present", re.I)),
    ("abstentions", re.compile(r"abstain|abstention", re.I)),
    ("absent", re.compile(r"absent|absence", re.I)),
    ("against", re.compile(r"against|\bno\b|\bnoes\b", re.I)),
    ("in_favour", re.compile(r"favou?r|\byes\b|\bfor\b", re.I)),
)
# Subjects whose population is the membership of the body (not "States parties",
# "experts", "non-governmental organizations", ...).
_STATE_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:respondents?|governments?|member\s+states?|states?|countries|"
    r"members?|replies|responses|delegations?)$",
    re.I,
)
# A percentage base that names the membership of a body.
_MEMBERSHIP_BASE = re.compile(r"\bmember(?:ship|s|\s+states)\b", re.I)
_COUNCIL_WORDS = re.compile(r"\bcouncil\b", re.I)
DEFAULT_ROUNDING = "up_or_down"


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
        One row per category of each tally counted in units: ``count``,
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
        One row per consistency check: ``kind`` ("percentage", "tally_total",
        "vote_size"), ``description``, ``stated``, ``decimals``, ``numerator``,
        ``denominator``, ``computed``, ``window_low``/``window_high`` (the per cent
        values the stated figure allows under ``rounding``), ``implied_low``/
        ``implied_high`` (range of implied denominators), ``verdict`` ("consistent",
        "inconsistent" or "undecidable"), ``explanation`` in words and provenance
        (``paragraph``, ``start``, ``end``, ``raw``, ``context``).
    votes : pandas.DataFrame
        One row per vote: ``in_favour``, ``against``, ``abstentions``,
        ``not_participating``, ``absent`` (missing when the text does not say),
        ``outcome``, ``body``, ``body_size`` on ``date`` and provenance.
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

    @property
    def symbol(self) -> str | None:
        """The document symbol, or its name when it has none."""
        return self.document.symbol or self.document.name


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
        The date on which the counted population is taken (``datetime.date`` or ISO
        string). By default the document's adoption date, else its distribution date,
        else 1 January of its year.
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
        When ``survey_date`` is not a date or ``confidence`` is outside (0, 1).

    Notes
    -----
    A percentage whose base names the membership ("41 per cent of the full United
    Nations membership") is checked against the respondents of the survey tally in the
    same paragraph divided by the membership on the date; the stated figure is read
    with its decimals and the rounding rule "up_or_down" (the true value lies within
    half a unit of the last stated digit, either side). Vote sizes are checked against
    the size of the body: in the Security Council, whose composition is fixed, the
    parts should add up to the council's size; in the General Assembly they may not
    exceed the membership.

    Examples
    --------
    >>> import surveystats
    >>> result = analyze(surveystats.example_path())
    >>> result.checks.loc[0, "verdict"]
    'consistent'
    """
    if not 0 < confidence < 1:
        raise ValidationError(f"confidence must be in (0, 1); got {confidence!r}")
    doc = _as_document(document)
    date, date_source = _analysis_date(doc, survey_date)
    numbers = extract_numbers(doc)
    tallies = extract_tallies(doc)
    body = _document_body(doc, tallies)
    membership_table = _membership_table(body, date, date_source)
    members_by_body = dict(zip(membership_table["body"], membership_table["members"], strict=True))
    shares = _shares(tallies, members_by_body.get(GENERAL_ASSEMBLY), confidence)
    votes = _votes(tallies, body, members_by_body.get(body), date)
    checks = pd.concat(
        [
            _percentage_checks(numbers, shares, members_by_body.get(GENERAL_ASSEMBLY)),
            _breakdown_checks(tallies),
            _tally_total_checks(tallies),
            _vote_checks(votes),
        ],
        ignore_index=True,
    )
    checks["check"] = range(len(checks))
    return Analysis(
        document=doc,
        date=date,
        date_source=date_source,
        confidence=confidence,
        numbers=numbers,
        tallies=tallies,
        membership=membership_table,
        shares=shares,
        checks=_typed(checks, CHECK_COLUMNS),
        votes=votes,
    )


def _as_document(document: Document | str | PathLike[str]) -> Document:
    if isinstance(document, Document):
        return document
    if isinstance(document, str | PathLike):
        return read_document(document)
    raise ValidationError(
        f"document must be a Document or a file path; got {type(document).__name__}"
        " (to analyse text, pass parse_document(text))"
    )


def _analysis_date(doc: Document, survey_date: dt.date | str | None) -> tuple[Any, Any]:
    if survey_date is not None:
        if isinstance(survey_date, dt.datetime):
            return survey_date.date(), "survey_date"
        if isinstance(survey_date, dt.date):
            return survey_date, "survey_date"
        try:
            return dt.date.fromisoformat(str(survey_date)), "survey_date"
        except ValueError:
            raise ValidationError(
                f"survey_date must be a date or an ISO string like '2001-12-21';"
                f" got {survey_date!r}"
            ) from None
    if doc.adopted is not None:
        return doc.adopted, "adopted"
    if doc.distributed is not None:
        return doc.distributed, "distributed"
    if doc.year is not None:
        return dt.date(int(doc.year), 1, 1), "year"
    return None, None


def _document_body(doc: Document, tallies: pd.DataFrame) -> str:
    if doc.body in (GENERAL_ASSEMBLY, SECURITY_COUNCIL):
        return doc.body
    subjects = tallies["subject"].dropna().astype(str)
    if any(_COUNCIL_WORDS.search(subject) for subject in subjects):
        return SECURITY_COUNCIL
    return GENERAL_ASSEMBLY


def _membership_table(body: str, date: dt.date | None, date_source: str | None) -> pd.DataFrame:
    bodies = [GENERAL_ASSEMBLY] if body == GENERAL_ASSEMBLY else [GENERAL_ASSEMBLY, body]
    rows = []
    for name in bodies:
        members, note = None, ""
        if date is None:
            note = "the document states no date; membership unknown"
        else:
            try:
                members = membership.membership_count(date, body=name)
            except MembershipError as error:
                note = str(error)
        rows.append(
            {
                "body": name,
                "date": date,
                "members": members,
                "date_source": date_source,
                "note": note,
            }
        )
    return _typed(pd.DataFrame(rows), MEMBERSHIP_COLUMNS)


def _count_tallies(tallies: pd.DataFrame) -> pd.DataFrame:
    """Categories of tallies counted in units, with a count."""
    counted = tallies[(tallies["unit"] == "count") & tallies["count"].notna()]
    return counted[counted["kind"] != "vote"]


def _shares(tallies: pd.DataFrame, members: Any, confidence: float) -> pd.DataFrame:
    frames = []
    for _, tally in _count_tallies(tallies).groupby("tally", sort=True):
        counts = tally["count"].astype("int64").to_numpy()
        stated_total = tally["total"].dropna()
        respondents = int(counts.sum())
        if len(stated_total) and int(stated_total.iloc[0]) > respondents:
            respondents = int(stated_total.iloc[0])
        if respondents == 0:
            continue
        frame = tally[["tally", "kind", "subject", "category", "count"]].copy()
        frame["respondents"] = respondents
        wilson = stats.proportion_ci(counts, respondents, confidence=confidence)
        frame["share"] = wilson["estimate"].to_numpy()
        frame["ci_low"] = wilson["ci_low"].to_numpy()
        frame["ci_high"] = wilson["ci_high"].to_numpy()
        all_counts = list(counts)
        if respondents > counts.sum():  # the unstated remainder is a category too
            all_counts.append(respondents - int(counts.sum()))
        if len(all_counts) >= 2:
            goodman = stats.multinomial_ci(all_counts, confidence=confidence)
            frame["simultaneous_low"] = goodman["ci_low"].to_numpy()[: len(counts)]
            frame["simultaneous_high"] = goodman["ci_high"].to_numpy()[: len(counts)]
        subject = tally["subject"].dropna()
        counts_states = bool(len(subject)) and bool(_STATE_SUBJECT.match(str(subject.iloc[0])))
        if counts_states and not pd.isna(members) and respondents <= int(members):
            population = int(members)
            frame["population"] = population
            exact = stats.finite_population_ci(
                counts, respondents, population, confidence=confidence
            )
            frame["population_count_low"] = exact["count_low"].to_numpy()
            frame["population_count_high"] = exact["count_high"].to_numpy()
            frame["population_ci_low"] = exact["ci_low"].to_numpy()
            frame["population_ci_high"] = exact["ci_high"].to_numpy()
            bounds = stats.nonresponse_bounds(counts, respondents, population)
            frame["bound_low"] = bounds["low"].to_numpy()
            frame["bound_high"] = bounds["high"].to_numpy()
        frame["confidence"] = confidence
        for column in ("paragraph", "start", "end", "raw"):
            frame[column] = tally[column].to_numpy()
        frames.append(frame)
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return _typed(table, SHARE_COLUMNS)


def _vote_column(category: str) -> str | None:
    for column, pattern in _VOTE_CATEGORY_PATTERNS:
        if pattern.search(category):
            return column
    return None


def _votes(tallies: pd.DataFrame, body: str, body_size: Any, date: dt.date | None) -> pd.DataFrame:
    rows = []
    for tally_id, tally in tallies[tallies["kind"] == "vote"].groupby("tally", sort=True):
        row: dict[str, Any] = {"tally": tally_id}
        for category, count in zip(tally["category"], tally["count"], strict=True):
            column = _vote_column(str(category)) if not pd.isna(category) else None
            if column is not None and not pd.isna(count):
                row[column] = row.get(column, 0) + int(count)
        outcome = tally["outcome"].dropna() if "outcome" in tally else pd.Series(dtype=object)
        row["outcome"] = outcome.iloc[0] if len(outcome) else None
        row.update(
            body=body,
            body_size=body_size,
            date=date,
            paragraph=tally["paragraph"].iloc[0],
            start=tally["start"].min(),
            end=tally["end"].max(),
            raw=tally["raw"].iloc[0],
        )
        rows.append(row)
    return _typed(pd.DataFrame(rows), VOTE_COLUMNS)


def _percentage_checks(numbers: pd.DataFrame, shares: pd.DataFrame, members: Any) -> pd.DataFrame:
    percents = numbers[numbers["kind"] == "percent"]
    if "unit" in percents:
        percents = percents[percents["unit"] == "percent"]
    rows = []
    for _, percent in percents.iterrows():
        base = percent["base"]
        if pd.isna(base) or not _MEMBERSHIP_BASE.search(str(base)):
            continue
        stated = _stated_digits(str(percent["raw"]))
        survey = shares[shares["paragraph"] == percent["paragraph"]]
        provenance = {
            "stated": stated,
            "paragraph": percent["paragraph"],
            "start": percent["start"],
            "end": percent["end"],
            "raw": percent["raw"],
            "context": percent["context"],
            "rounding": DEFAULT_ROUNDING,
        }
        if pd.isna(members):
            rows.append(
                {
                    **provenance,
                    "kind": "percentage",
                    "description": f"{stated} per cent of {base}",
                    "verdict": "undecidable",
                    "explanation": "The membership on the document's date is not known, so "
                    f"{stated} per cent of {base} cannot be checked.",
                }
            )
            continue
        if survey.empty:
            implied = stats.implied_numerators(stated, int(members), rounding=DEFAULT_ROUNDING)
            rows.append(
                {
                    **provenance,
                    "kind": "percentage",
                    "description": f"{stated} per cent of {base}",
                    "denominator": int(members),
                    "verdict": "undecidable",
                    "explanation": f"No count in the same paragraph gives the numerator; "
                    f"{stated} per cent of {int(members)} members would be "
                    f"{_span(implied)} members.",
                }
            )
            continue
        numerator = int(survey["respondents"].iloc[0])
        rows.append(
            {
                **provenance,
                **_percentage_row(stated, numerator, int(members), base),
            }
        )
    return pd.DataFrame(rows)


def _percentage_row(stated: str, numerator: int, denominator: int, base: str) -> dict[str, Any]:
    check = stats.percentage_consistency(stated, numerator, denominator, rounding=DEFAULT_ROUNDING)
    try:
        # capped: a stated value near 0 per cent fits unboundedly many denominators
        implied = stats.implied_denominators(
            stated, numerator, rounding=DEFAULT_ROUNDING, max_denominator=10 * denominator
        )
    except ValidationError:
        implied = []
    consistent = bool(check["consistent"].iloc[0])
    computed = float(check["computed"].iloc[0])
    window = f"[{check['low'].iloc[0]:g}, {check['high'].iloc[0]:g}]"
    explanation = (
        f"{numerator} respondents of {denominator} members is {computed:.2f} per cent, "
        f"{'within' if consistent else 'outside'} the window {window} that "
        f'"{stated} per cent" allows; a stated {stated} per cent with {numerator} '
        f"respondents implies a membership of {_span(implied)}."
    )
    return {
        "kind": "percentage",
        "description": f"respondents vs {stated} per cent of {base}",
        "decimals": int(check["decimals"].iloc[0]),
        "numerator": numerator,
        "denominator": denominator,
        "computed": computed,
        "window_low": float(check["low"].iloc[0]),
        "window_high": float(check["high"].iloc[0]),
        "implied_low": min(implied) if implied else None,
        "implied_high": max(implied) if implied else None,
        "verdict": "consistent" if consistent else "inconsistent",
        "explanation": explanation,
    }


def _breakdown_checks(tallies: pd.DataFrame) -> pd.DataFrame:
    """Percentages that split one whole should add up to 100 within their rounding."""
    rows = []
    breakdowns = tallies[(tallies["unit"] == "percent") & tallies["count"].notna()]
    for tally_id, tally in breakdowns.groupby("tally", sort=True):
        parts = [float(value) for value in tally["count"]]
        # each stated part may be off by half a unit of its last digit (whole per cents
        # unless the text printed decimals, which the raw phrase keeps)
        slack = 0.5 * len(parts)
        total = sum(parts)
        consistent = 100 - slack <= total <= 100 + slack
        verdict = "consistent" if consistent else ("inconsistent" if total > 100 + slack else "")
        if not verdict:
            verdict = "undecidable"
        rows.append(
            {
                "kind": "tally_total",
                "description": f"percentage breakdown {tally_id} adds up to 100",
                "stated": "100",
                "computed": total,
                "window_low": 100 - slack,
                "window_high": 100 + slack,
                "verdict": verdict,
                "explanation": f"The {len(parts)} parts add up to {total:g} per cent; "
                + (
                    "within rounding of 100."
                    if consistent
                    else (
                        "more than 100 even allowing for rounding."
                        if verdict == "inconsistent"
                        else "less than 100: the breakdown may leave out a category."
                    )
                ),
                **_provenance(tally),
            }
        )
    return pd.DataFrame(rows)


def _tally_total_checks(tallies: pd.DataFrame) -> pd.DataFrame:
    rows = []
    counted = tallies[(tallies["unit"] == "count") & tallies["total"].notna()]
    for tally_id, tally in counted.groupby("tally", sort=True):
        parts = tally["count"].dropna().astype("int64")
        total = int(tally["total"].iloc[0])
        found = int(parts.sum())
        if found == total:
            verdict, detail = "consistent", "exactly the stated total"
        elif found > total:
            verdict, detail = "inconsistent", f"{found - total} more than the stated total"
        else:
            verdict = "undecidable"
            detail = f"{total - found} fewer than the stated total (unstated categories?)"
        rows.append(
            {
                "kind": "tally_total",
                "description": f"parts of tally {tally_id} vs its stated total {total}",
                "stated": str(total),
                "numerator": found,
                "denominator": total,
                "computed": float(found),
                "verdict": verdict,
                "explanation": f"The parts add up to {found}, {detail}.",
                **_provenance(tally),
            }
        )
    return pd.DataFrame(rows)


def _vote_checks(votes: pd.DataFrame) -> pd.DataFrame:
    rows = []
    parts = ["in_favour", "against", "abstentions", "not_participating", "absent"]
    for _, vote in votes.iterrows():
        if pd.isna(vote["in_favour"]):
            continue  # an outcome without counts ("adopted unanimously")
        counted = int(sum(0 if pd.isna(vote[part]) else int(vote[part]) for part in parts))
        size = vote["body_size"]
        described = f"vote {vote['tally']} vs the size of the {vote['body']}"
        if pd.isna(size):
            verdict = "undecidable"
            explanation = f"{counted} members are accounted for; the body's size is unknown."
        elif vote["body"] == SECURITY_COUNCIL:
            if counted == size:
                verdict = "consistent"
                explanation = f"{counted} of {size} members are accounted for."
            elif counted > size:
                verdict = "inconsistent"
                explanation = f"{counted} votes exceed the {size} members of the Council."
            else:
                verdict = "undecidable"
                explanation = (
                    f"{counted} of {size} members are accounted for; the text does not say "
                    f"what the other {size - counted} did."
                )
        else:
            consistent = counted <= size
            verdict = "consistent" if consistent else "inconsistent"
            explanation = (
                f"{counted} members voted or abstained, "
                f"{'no more than' if consistent else 'more than'} the {size} members."
            )
        rows.append(
            {
                "kind": "vote_size",
                "description": described,
                "stated": str(counted),
                "numerator": counted,
                "denominator": size,
                "computed": float(counted),
                "verdict": verdict,
                "explanation": explanation,
                "paragraph": vote["paragraph"],
                "start": vote["start"],
                "end": vote["end"],
                "raw": vote["raw"],
                "context": vote["raw"],
            }
        )
    return pd.DataFrame(rows)


def _provenance(tally: pd.DataFrame) -> dict[str, Any]:
    return {
        "paragraph": tally["paragraph"].iloc[0],
        "start": tally["start"].min(),
        "end": tally["end"].max(),
        "raw": tally["raw"].iloc[0],
        "context": tally["raw"].iloc[0],
    }


def _stated_digits(raw: str) -> str:
    """The number as printed in a percentage ("41 per cent" -> "41", "60.3%" -> "60.3")."""
    match = re.search(r"\d+(?:\.\d+)?", raw)
    if match is None:  # written in words: the value is an integer
        from surveystats.extract.words import NUMBER_WORDS_PATTERN, words_to_number

        words = NUMBER_WORDS_PATTERN.search(raw)
        parsed = words_to_number(words.group(0)) if words else None
        if parsed is None:
            raise ValidationError(f"cannot read the stated percentage in {raw!r}")
        return str(parsed[0])
    return match.group(0)


def _span(values: list[int]) -> str:
    if not values:
        return "no whole number"
    if len(values) == 1:
        return str(values[0])
    return f"{min(values)} to {max(values)}"


def _typed(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """The frame with exactly ``columns``, in order and typed (missing columns as NA)."""
    # Built column by column from plain lists: astype and reindex on these small frames
    # cost more than the statistics.
    length = len(frame)
    arrays = {}
    for column, dtype in columns.items():
        values = frame[column].tolist() if column in frame else [None] * length
        if dtype == "object":
            array = np.empty(length, dtype=object)
            array[:] = values
            arrays[column] = array
        else:
            values = [None if _is_missing(value) else value for value in values]
            arrays[column] = pd.array(values, dtype=dtype)
    return pd.DataFrame(arrays, copy=False)


def _is_missing(value: Any) -> bool:
    return pd.api.types.is_scalar(value) and bool(pd.isna(value))
