"""Many documents at once: the analysis of a corpus from the tables of a batch run.

:func:`analyze_corpus` takes the ``documents``, ``numbers``, ``tallies`` and ``errors``
tables of :func:`surveystats.run_batch` and runs, document by document, the same
analysis as :func:`~surveystats.analysis.analyze` (:func:`~surveystats.analysis.analyze_facts`
on the facts already extracted), then summarises: numbers and tallies by kind, every
check with its document, and the Security Council's votes over time.

How a resolution was adopted (:func:`resolution_votes`) is read from its first vote:

* **unanimous**: the text says "adopted unanimously", or the figures show every seat in
  favour;
* **with votes against**; **with abstentions** (and none against);
* **not every member voting**: no vote against or abstention, but fewer votes in favour
  than seats (members absent or not participating);
* **without a vote**: adopted without a vote or by consensus;
* **not stated**: the adoption line gives no vote at all.

:func:`vote_splits` counts these per year or decade, with the share adopted unanimously
among the resolutions whose vote is stated. Nothing here reads files or draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from surveystats import schema
from surveystats.analysis.rollcall import member_record
from surveystats.errors import ValidationError

__all__ = [
    "PERIODS",
    "VOTE_SPLITS",
    "CorpusAnalysis",
    "analyze_corpus",
    "member_totals",
    "resolution_votes",
    "vote_splits",
]

#: How a resolution was adopted, in the order of :func:`vote_splits`' columns.
VOTE_SPLITS = schema.VOTE_SPLITS
#: The periods :func:`vote_splits` counts by.
PERIODS = ("year", "decade")
#: The columns that say which document a row of a corpus table comes from.
DOCUMENT_KEYS = ("doc_id", "path", "name", "symbol")
_NO_VOTE = ("adopted without a vote", "adopted by consensus")


@dataclass(frozen=True)
class CorpusAnalysis:
    """The analysis of many documents (see :func:`analyze_corpus`).

    Attributes
    ----------
    documents, errors : pandas.DataFrame
        The batch run's tables: one row per document read, one per document that failed.
    numbers_by_kind : pandas.DataFrame
        ``kind``, ``numbers`` (rows of the numbers table), ``documents`` (with one).
    tallies_by_kind : pandas.DataFrame
        ``kind``, ``tallies``, ``categories`` (rows of the tallies table), ``documents``.
    checks : pandas.DataFrame
        Every check of every document: :data:`DOCUMENT_KEYS`, the ``checks`` table of
        :mod:`surveystats.schema` (``check`` numbered within its document), then
        ``sentence``: the sentence of the document the checked phrase is in (the
        ``context`` of the first number within the phrase; ``context`` when it holds
        none). Inconsistent checks first, then by document.
    votes : pandas.DataFrame
        Every vote: :data:`DOCUMENT_KEYS`, ``year``, then the ``votes`` table.
    roll_call : pandas.DataFrame
        Every member of the Security Council in every vote whose roll call is known:
        :data:`DOCUMENT_KEYS` then the ``roll_call`` table.
    resolutions : pandas.DataFrame
        One row per document with a vote: how it was adopted (:func:`resolution_votes`).
    votes_by_year, votes_by_decade : pandas.DataFrame
        :func:`vote_splits` of ``resolutions`` per year and per decade.
    member_record : pandas.DataFrame
        Each member's votes per year over the roll calls
        (:func:`~surveystats.analysis.rollcall.member_record`).
    member_totals : pandas.DataFrame
        The same summed over the years (:func:`member_totals`), most abstentions first.
    confidence : float
        The confidence level of every interval.
    """

    documents: pd.DataFrame
    errors: pd.DataFrame
    numbers_by_kind: pd.DataFrame
    tallies_by_kind: pd.DataFrame
    checks: pd.DataFrame
    votes: pd.DataFrame
    roll_call: pd.DataFrame
    resolutions: pd.DataFrame
    votes_by_year: pd.DataFrame
    votes_by_decade: pd.DataFrame
    member_record: pd.DataFrame
    member_totals: pd.DataFrame
    confidence: float


def analyze_corpus(
    documents: pd.DataFrame,
    numbers: pd.DataFrame,
    tallies: pd.DataFrame,
    errors: pd.DataFrame | None = None,
    *,
    confidence: float = 0.95,
) -> CorpusAnalysis:
    """Analyse every document of a batch run and summarise the corpus.

    Parameters
    ----------
    documents, numbers, tallies, errors
        The tables of a batch run (:func:`surveystats.batch.read_table`): ``numbers``
        and ``tallies`` keyed by ``doc_id``; ``errors`` may be None (no failures).
    confidence
        The confidence level of every interval, in (0, 1).

    Returns
    -------
    CorpusAnalysis
        The tables described there.

    Raises
    ------
    ValidationError
        When a table lacks the columns of its batch table, or ``confidence`` is outside
        (0, 1).

    Notes
    -----
    Each document is analysed as :func:`~surveystats.analysis.analyze` would, from its
    metadata (body, adoption and distribution dates, year) and its extracted facts, so a
    check in the corpus is the same check as in the document's own report.

    Examples
    --------
    >>> from surveystats import extract_numbers, extract_tallies, parse_document
    >>> doc = parse_document("Resolution 9 (1948)\\nof 2 March 1948\\n\\nThe Security "
    ...     "Council,\\n\\n1. Decides.\\n\\nAdopted unanimously at the 250th meeting.")
    >>> keys = {"doc_id": "a", "path": "a.txt"}
    >>> documents = pd.DataFrame([{**keys, "name": "a.txt", "symbol": None,
    ...     "body": doc.body, "adopted": doc.adopted, "distributed": None,
    ...     "resolution": doc.resolution, "year": doc.year}])
    >>> corpus = analyze_corpus(documents, extract_numbers(doc).assign(**keys),
    ...                         extract_tallies(doc).assign(**keys))
    >>> corpus.resolutions[["resolution", "year", "split"]].values.tolist()
    [['9', 1948, 'unanimous']]
    """
    from surveystats.analysis import analyze_facts

    _require(
        documents, ["doc_id", "path", "name", "symbol", "body", "adopted", "year"], "documents"
    )
    _require(numbers, ["doc_id", "kind"], "numbers")
    _require(tallies, ["doc_id", "tally", "kind"], "tallies")
    errors = schema.empty_table("errors") if errors is None else errors
    numbers_of = dict(tuple(numbers.groupby("doc_id", sort=False)))
    tallies_of = dict(tuple(tallies.groupby("doc_id", sort=False)))
    no_numbers = numbers.iloc[:0]
    no_tallies = tallies.iloc[:0]
    found: dict[str, list[tuple[pd.DataFrame, dict[str, Any]]]] = {
        "checks": [],
        "votes": [],
        "roll_call": [],
    }
    for document in documents.itertuples(index=False):
        results = analyze_facts(
            numbers_of.get(document.doc_id, no_numbers),
            tallies_of.get(document.doc_id, no_tallies),
            body=None if schema.is_missing(document.body) else str(document.body),
            adopted=document.adopted,
            distributed=getattr(document, "distributed", None),
            year=document.year,
            confidence=confidence,
        )
        keys = {key: getattr(document, key) for key in DOCUMENT_KEYS}
        year = document.year if results["date"] is None else results["date"].year
        for name, rows in found.items():
            if not results[name].empty:
                rows.append((results[name], {**keys, "year": year} if name == "votes" else keys))
    all_checks = _concat(found["checks"], "checks")
    order = all_checks["verdict"].map({"inconsistent": 0, "undecidable": 1, "consistent": 2})
    all_checks = all_checks.iloc[np.lexsort([all_checks.index, order.astype(int)])]
    all_checks = all_checks.assign(sentence=_sentences(all_checks, numbers))
    all_votes = _concat(found["votes"], "votes", extra=("year",))
    all_calls = _concat(found["roll_call"], "roll_call")
    council = all_votes[all_votes["body"].astype("string") == "Security Council"]
    resolutions = resolution_votes(council, documents)
    record = member_record(all_calls, by=("doc_id", "tally"))
    return CorpusAnalysis(
        documents=documents,
        errors=errors,
        numbers_by_kind=_by_kind(numbers, "number_kinds", "numbers"),
        tallies_by_kind=_by_kind(tallies, "tally_kinds", "tallies"),
        checks=all_checks.reset_index(drop=True),
        votes=all_votes,
        roll_call=all_calls,
        resolutions=resolutions,
        votes_by_year=vote_splits(resolutions, period="year"),
        votes_by_decade=vote_splits(resolutions, period="decade"),
        member_record=record,
        member_totals=member_totals(record),
        confidence=confidence,
    )


def _require(table: pd.DataFrame, columns: Sequence[str], argument: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise ValidationError(
            f"{argument} must be a pandas DataFrame (a batch table); got {type(table).__name__}"
        )
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise ValidationError(
            f"{argument} lacks the columns {missing}; pass the {argument} table of a batch "
            "run (surveystats.batch.read_table)"
        )


def _concat(
    found: list[tuple[pd.DataFrame, dict[str, Any]]], name: str, extra: Sequence[str] = ()
) -> pd.DataFrame:
    """One table of many documents' rows, each row with the keys of its document."""
    keys = [*DOCUMENT_KEYS, *extra]
    frames = [frame for frame, _ in found]
    table = pd.concat(frames, ignore_index=True) if frames else schema.empty_table(name)
    lengths = [len(frame) for frame in frames]
    for position, key in enumerate(keys):
        values = np.repeat(np.array([row[key] for _, row in found], dtype=object), lengths)
        dtype = "Int64" if key == "year" else "string"
        table.insert(
            position,
            key,
            pd.array(values, dtype=dtype) if len(values) else pd.array([], dtype=dtype),
        )
    return table


def _sentences(checks: pd.DataFrame, numbers: pd.DataFrame) -> pd.Series:
    """For each check, the sentence around the first number inside its phrase.

    A check on a vote or a tally quotes the phrase it checked ("by 73 votes to none"); the
    numbers table keeps the sentence of every number, so the first number whose span
    lies inside the phrase gives the phrase's sentence.
    """
    spans = checks[["doc_id", "start", "end"]].reset_index(drop=True).reset_index(names="row")
    inside = spans.merge(
        numbers[["doc_id", "start", "end", "context"]].astype({"doc_id": "string"}),
        on="doc_id",
        suffixes=("", "_number"),
    )
    inside = inside[
        (inside["start_number"] >= inside["start"]) & (inside["end_number"] <= inside["end"])
    ]
    first = inside.sort_values(["row", "start_number"]).drop_duplicates("row")
    sentence = pd.Series(first["context"].to_numpy(), index=first["row"].to_numpy())
    found = sentence.reindex(range(len(checks))).astype("string")
    return found.fillna(checks["context"].astype("string").reset_index(drop=True)).set_axis(
        checks.index
    )


def _by_kind(table: pd.DataFrame, name: str, rows: str) -> pd.DataFrame:
    counts = table.groupby("kind", observed=True).agg(
        **{rows: ("doc_id", "size"), "documents": ("doc_id", "nunique")}
    )
    if rows == "tallies":
        distinct = table.drop_duplicates(["doc_id", "tally"]).groupby("kind", observed=True).size()
        counts = counts.rename(columns={"tallies": "categories"}).assign(tallies=distinct)
    counts = counts.reset_index().sort_values([rows, "kind"], ascending=[False, True])
    return _typed(counts, name)


def resolution_votes(votes: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """How each resolution was adopted, from the first vote of each document.

    Parameters
    ----------
    votes
        Votes of the Security Council in many documents: ``doc_id``, ``year``, ``tally``,
        ``outcome``, ``in_favour``, ``against``, ``abstaining``, ``not_participating``,
        ``absent`` and ``body_size`` (the Council's votes of a :class:`CorpusAnalysis`);
        a document's first vote (lowest ``tally``) decides.
    documents
        The batch's documents table, for the ``resolution`` and ``symbol`` of each
        document (optional).

    Returns
    -------
    pandas.DataFrame
        The ``resolution_votes`` table of :mod:`surveystats.schema`: one row per
        document, ordered by year and resolution, with ``split`` one of
        :data:`VOTE_SPLITS` (see the module's notes).

    Examples
    --------
    >>> votes = pd.DataFrame({"doc_id": ["a", "b", "c"], "year": [1950, 1950, 1951],
    ...     "tally": [0, 0, 0], "outcome": ["adopted unanimously", "adopted", "adopted"],
    ...     "in_favour": [None, 9, 11], "against": [None, 0, 0], "abstaining": [None, 2, 0],
    ...     "not_participating": [None] * 3, "absent": [None] * 3, "body_size": [11, 11, 11]})
    >>> resolution_votes(votes)["split"].tolist()
    ['unanimous', 'with abstentions', 'unanimous']
    """
    _require(
        votes, ["doc_id", "year", "tally", "outcome", *schema.VOTE_ROLES, "body_size"], "votes"
    )
    first = votes.sort_values(["doc_id", "tally"], kind="stable").drop_duplicates("doc_id")
    counted = first["in_favour"].notna().to_numpy()
    against = pd.to_numeric(first["against"]).fillna(0).to_numpy() > 0
    abstaining = pd.to_numeric(first["abstaining"]).fillna(0).to_numpy() > 0
    every_seat = (first["in_favour"] == first["body_size"]).fillna(False).to_numpy(dtype=bool)
    outcome = first["outcome"].astype("string").fillna("")
    rules = [  # the first rule that holds decides
        (counted & against, "with votes against"),
        (counted & abstaining, "with abstentions"),
        (counted & every_seat, "unanimous"),
        (counted, "not every member voting"),
        ((outcome == "adopted unanimously").to_numpy(), "unanimous"),
        (outcome.isin(_NO_VOTE).to_numpy(), "without a vote"),
    ]
    split = np.select([rule for rule, _ in rules], [name for _, name in rules], "not stated")
    table = first.assign(split=split)
    if documents is not None:
        extra = documents[["doc_id", "path", "name", "symbol", "resolution"]]
        table = table.drop(columns=[c for c in ("path", "name", "symbol") if c in table]).merge(
            extra.astype({"doc_id": "string"}), on="doc_id", how="left"
        )
    for column in schema.RESOLUTION_VOTES.names:
        if column not in table.columns:
            table[column] = None
    number = pd.to_numeric(table["resolution"].astype("string"), errors="coerce")
    table = table.assign(_number=number).sort_values(["year", "_number", "doc_id"], kind="stable")
    return _typed(table, "resolution_votes")


def vote_splits(resolutions: pd.DataFrame, *, period: str = "year") -> pd.DataFrame:
    """How many resolutions were adopted each way, per year or decade.

    Parameters
    ----------
    resolutions
        The table of :func:`resolution_votes`.
    period
        "year" or "decade".

    Returns
    -------
    pandas.DataFrame
        The ``vote_splits`` table of :mod:`surveystats.schema`, one row per period with a
        resolution: ``period`` ("1948" or "1940s"), ``start`` (its first year),
        ``resolutions``, one count per split (``unanimous``, ``not_every_member_voting``,
        ``with_abstentions``, ``with_votes_against``, ``without_a_vote``,
        ``not_stated``), ``vote_stated`` (resolutions whose vote is stated: all but
        "not stated"), ``unanimous_share`` (unanimous / vote_stated, missing when no vote
        is stated), ``abstaining`` and ``against`` (votes cast, summed).

    Raises
    ------
    ValidationError
        When ``period`` is not one of :data:`PERIODS`.

    Examples
    --------
    >>> resolutions = pd.DataFrame({"year": [1950, 1950, 1961], "abstaining": [0, 2, None],
    ...     "against": [0, 0, None],
    ...     "split": ["unanimous", "with abstentions", "not stated"]})
    >>> vote_splits(resolutions, period="decade")[["period", "vote_stated", "unanimous_share"]]
      period  vote_stated  unanimous_share
    0  1950s            2              0.5
    1  1960s            0             <NA>
    """
    if period not in PERIODS:
        raise ValidationError(f"period must be one of {', '.join(PERIODS)}; got {period!r}")
    _require(resolutions, ["year", "split", "abstaining", "against"], "resolutions")
    dated = resolutions[resolutions["year"].notna()]
    year = dated["year"].astype(int)
    start = year if period == "year" else year // 10 * 10
    counts = pd.crosstab(start, dated["split"].astype(str)).reindex(
        columns=list(VOTE_SPLITS), fill_value=0
    )
    counts.columns = [split.replace(" ", "_") for split in VOTE_SPLITS]
    table = counts.rename_axis("start").reset_index()
    table["resolutions"] = counts.sum(axis=1).to_numpy()
    table["vote_stated"] = table["resolutions"] - table["not_stated"]
    stated = table["vote_stated"].where(table["vote_stated"] > 0)
    table["unanimous_share"] = table["unanimous"] / stated
    for column in ("abstaining", "against"):
        summed = pd.to_numeric(dated[column]).fillna(0).groupby(start).sum()
        table[column] = table["start"].map(summed).fillna(0).astype(int)
    suffix = "" if period == "year" else "s"
    table["period"] = table["start"].astype(str) + suffix
    return _typed(table, "vote_splits")


def _typed(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """``frame``'s declared columns as the typed table ``name``, index reset."""
    declared = schema.table(name).names
    return schema.from_frame(
        frame.reset_index(drop=True)[[c for c in declared if c in frame]], name
    )


def member_totals(record: pd.DataFrame) -> pd.DataFrame:
    """Each member's record summed over the years, most abstentions first.

    Parameters
    ----------
    record
        The table of :func:`~surveystats.analysis.rollcall.member_record`.

    Returns
    -------
    pandas.DataFrame
        One row per member: ``member_id``, ``name``, ``first`` and ``last`` (years with a
        vote), then the sums of ``votes``, ``in_favour``, ``against``, ``abstaining``,
        ``not_participating``, ``absent`` and ``unknown``; ordered by abstentions, votes
        against and name.

    Examples
    --------
    >>> record = pd.DataFrame({"member_id": ["FRA", "FRA", "USA"], "name": ["France"] * 2
    ...     + ["United States"], "year": [1950, 1951, 1950], "votes": [3, 2, 3],
    ...     "in_favour": [2, 2, 3], "against": [0, 0, 0], "abstaining": [1, 0, 0],
    ...     "not_participating": [0, 0, 0], "absent": [0, 0, 0], "unknown": [0, 1, 0]})
    >>> member_totals(record)[["name", "first", "last", "votes", "abstaining"]].values.tolist()
    [['France', 1950, 1951, 5, 1], ['United States', 1950, 1950, 3, 0]]
    """
    counts = ["votes", *schema.VOTE_ROLES, "unknown"]
    _require(record, ["member_id", "name", "year", *counts], "record")
    totals = record.groupby("member_id", as_index=False, observed=True).agg(
        name=("name", "last"),
        first=("year", "min"),
        last=("year", "max"),
        **{column: (column, "sum") for column in counts},
    )
    totals = totals.sort_values(
        ["abstaining", "against", "name"], ascending=[False, False, True], kind="stable"
    )
    return _typed(totals, "member_totals")
