"""Roll calls of the Security Council: who sat on the Council that day, and how each voted.

A resolution names only the members that did not vote in favour ("by 10 votes to none,
with 1 abstention (Union of Soviet Socialist Republics)"; "One member (China) did not
participate in the voting"). Who voted in favour follows from who sat on the Council on
the day: :func:`roll_call` joins a document's vote tallies with
:func:`surveystats.membership.members_on` and gives one row per member and vote, and
:func:`roll_call_checks` says, vote by vote, whether the named members and the stated
counts add up. Across a corpus, :func:`member_record` counts each member's votes per
year and :func:`agreement` how often two members voted alike.

Pure computation over tables: nothing here reads files or draws.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd

from surveystats import membership, schema
from surveystats.analysis.checks import checks_table
from surveystats.analysis.votes import SECURITY_COUNCIL, VOTE_ROLES
from surveystats.errors import MembershipError, ValidationError

__all__ = [
    "DATE_PRECISIONS",
    "agreement",
    "member_record",
    "roll_call",
    "roll_call_checks",
    "roll_call_with_checks",
]

#: How precisely the date of the votes is known: the day, or only the year.
DATE_PRECISIONS = ("day", "year")
VOTES = VOTE_ROLES
_NOT_IN_FAVOUR = VOTES[1:]
_TALLY_COLUMNS = ("tally", "kind", "role", "count", "members", "outcome", "from_footnote")
_PROVENANCE = ("paragraph", "start", "end", "raw")


# --------------------------------------------------------------------------- one vote


@dataclass
class _Call:
    """The roll call of one vote tally and what its check says."""

    tally: int
    date: dt.date | None
    stated: dict[str, int] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    verdict: str = "undecidable"
    explanation: str = ""
    left: int | None = None  # members not named (left in favour if the counts add up)
    provenance: dict[str, Any] = field(default_factory=dict)


def _stated_counts(rows: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        if row["role"] in VOTES and not schema.is_missing(row["count"]):
            counts[row["role"]] = counts.get(row["role"], 0) + int(row["count"])
    return counts


def _named(rows: list[dict[str, Any]]) -> list[tuple[str, str, dict[str, Any]]]:
    """(vote, printed name, provenance of its row) for every name the tally gives."""
    named = []
    for row in rows:
        if row["role"] not in VOTES or schema.is_missing(row["members"]):
            continue
        for printed in str(row["members"]).split("; "):
            if printed.strip():
                named.append((row["role"], printed.strip(), _provenance(row)))
    return named


def _provenance(row: dict[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in _PROVENANCE}


def _council(day: dt.date, precision: str) -> tuple[pd.DataFrame | None, str | None]:
    """The Council on ``day``, or why it is not known.

    For a date known only to its year, the Council is known if its members did not change
    during that year (a change of name or of representation is not a change).
    """
    try:
        council = membership.members_on(day, body=SECURITY_COUNCIL)
    except MembershipError as error:
        return None, str(error)
    if precision == "year":
        seats = membership.council_seats()
        ends = [last + dt.timedelta(days=1) for last in seats["last_day"] if last is not None]
        changes = sorted(d for d in {*seats["first_day"], *ends} if d.year == day.year and d > day)
        members = set(council["member_id"])
        for change in changes:
            if set(membership.members_on(change, body=SECURITY_COUNCIL)["member_id"]) != members:
                return None, (
                    f"the vote is dated only to {day.year}, and the members of the Council "
                    f"changed on {change.isoformat()}"
                )
    return council, None


def _call(tally_id: int, tally: list[dict[str, Any]], day: dt.date | None, precision: str) -> _Call:
    own = [row for row in tally if row["from_footnote"] is not True] or tally
    call = _Call(tally=tally_id, date=day, provenance=_provenance(own[0]))
    call.stated = _stated_counts(tally)
    outcomes = {str(row["outcome"]) for row in tally if not schema.is_missing(row["outcome"])}
    unanimous = "adopted unanimously" in outcomes
    if not call.stated and not unanimous:
        return call  # an outcome without counts: no vote to call
    if day is None:
        call.explanation = "The document states no date, so the Council of the day is unknown."
        return call
    council, why = _council(day, precision)
    if council is None:
        call.explanation = f"No roll call: {why}."
        return call

    named = _named(tally)
    printed_names = [printed for _, printed, _ in named]
    matched = membership.match_names(printed_names, date=day, body=SECURITY_COUNCIL)
    votes: dict[str, tuple[str, str, str, dict[str, Any]]] = {}  # member_id -> vote, ...
    named_counts = dict.fromkeys(VOTES, 0)
    wrong: list[str] = []  # named states that cannot have voted so: inconsistent
    unreadable: list[str] = []  # names that match no member: undecidable
    matches = matched.to_dict("records")
    for (vote, printed, where), match in zip(named, matches, strict=True):
        named_counts[vote] += 1
        member_id = match["member_id"]
        if schema.is_missing(member_id):
            unreadable.append(f"{printed!r} names no member of the Council ({match['note']})")
        elif not match["in_body"]:
            wrong.append(f"{match['name_on_date']} is named but was not on the Council on {day}")
        elif member_id in votes:
            wrong.append(f"{match['name_on_date']} is named twice")
        else:
            votes[member_id] = (vote, printed, match["match"], where)
    for vote in VOTES:
        if vote in call.stated and named_counts[vote] > call.stated[vote]:
            wrong.append(
                f"{named_counts[vote]} members are named as {_words(vote)} but the count is "
                f"{call.stated[vote]}"
            )
    unnamed = [
        f"{call.stated[vote] - named_counts[vote]} of the {call.stated[vote]} "
        f"{_words(vote)} are not named"
        for vote in _NOT_IN_FAVOUR
        if call.stated.get(vote, 0) > named_counts[vote]
    ]
    left = [member for member in council["member_id"] if member not in votes]
    call.left = len(left)
    named_in_favour = sum(1 for vote, *_ in votes.values() if vote == "in_favour")
    not_in_favour = sum(call.stated.get(vote, 0) for vote in ("against", "abstaining"))
    remainder_vote: str | None = None
    if wrong:
        call.verdict, call.problems = "inconsistent", wrong + unreadable + unnamed
    elif unreadable or unnamed:
        call.verdict, call.problems = "undecidable", unreadable + unnamed
    elif "in_favour" in call.stated:
        favour, could = call.stated["in_favour"], len(left) + named_in_favour
        needed = _majority(len(council))
        if favour == could:
            call.verdict, remainder_vote = "consistent", "in_favour"
        elif favour > could:
            call.verdict = "inconsistent"
            call.problems = [
                f"{favour} in favour is stated, but only {could} members of the Council on "
                f"{day} are not named otherwise"
            ]
        elif favour < needed and any(str(o).startswith("adopted") for o in outcomes):
            call.verdict = "inconsistent"
            call.problems = [
                f"{favour} in favour is stated for an adopted resolution, which needs at least "
                f"{needed} (Charter Article 27); {could} members are not named otherwise"
            ]
        else:
            call.problems = [
                f"{favour} in favour and {sum(named_counts.values()) - named_in_favour} "
                f"named otherwise account for {favour + len(votes) - named_in_favour} of the "
                f"{len(council)} members on {day}; "
                + (
                    "the vote of 1 member is"
                    if could - favour == 1
                    else f"the votes of {could - favour} members are"
                )
                + " not stated"
            ]
    elif unanimous and not not_in_favour:
        call.verdict, remainder_vote = "consistent", "in_favour"
    else:
        call.problems = ["the text gives no count in favour"]

    basis_left = "unanimous" if unanimous and "in_favour" not in call.stated else "remainder"
    for member in council[["member_id", "name_on_date", "seat"]].to_dict("records"):
        row = {
            "tally": tally_id,
            "date": pd.Timestamp(day),
            **member,
            "vote": None,
            "basis": None,
            "printed": None,
            "match": None,
            **call.provenance,
        }
        if member["member_id"] in votes:
            vote, printed, how, where = votes[member["member_id"]]
            row.update(vote=vote, basis="named", printed=printed, match=how, **where)
        elif remainder_vote is not None:
            row.update(vote=remainder_vote, basis=basis_left)
        call.rows.append(row)
    call.explanation = _explain(call, remainder_vote, basis_left)
    return call


def _explain(call: _Call, remainder_vote: str | None, basis: str) -> str:
    if call.verdict == "consistent":
        named = sum(1 for row in call.rows if row["basis"] == "named")
        how = "adopted unanimously" if basis == "unanimous" else "as the count in favour says"
        return (
            f"{named} members named, the other {call.left} members of the Council on "
            f"{call.date.isoformat()} voted in favour ({how})."
        )
    text = "; ".join(call.problems)
    return text[:1].upper() + text[1:] + "."


def _majority(size: int) -> int:
    """Affirmative votes a decision needs: 7 of 11, 9 of 15 (Charter Article 27)."""
    return {11: 7, 15: 9}.get(size, size // 2 + 1)


def _words(vote: str) -> str:
    return {"abstaining": "abstentions"}.get(vote, vote.replace("_", " "))


def _calls(tallies: pd.DataFrame, date: Any, date_precision: str) -> Iterator[_Call]:
    if not isinstance(tallies, pd.DataFrame):
        raise ValidationError(
            f"tallies must be the DataFrame of extract_tallies; got {type(tallies).__name__}"
        )
    missing = [c for c in (*_TALLY_COLUMNS, *_PROVENANCE) if c not in tallies.columns]
    if missing:
        raise ValidationError(
            f"tallies lacks the columns {missing}; pass the table of extract_tallies"
        )
    if date_precision not in DATE_PRECISIONS:
        raise ValidationError(
            f"date_precision must be one of {', '.join(map(repr, DATE_PRECISIONS))}; "
            f"got {date_precision!r}"
        )
    day = None if date is None or pd.isna(date) else membership._as_date(date, warn=False)
    votes = tallies.loc[tallies["kind"] == "vote", [*_TALLY_COLUMNS, *_PROVENANCE]]
    grouped: dict[int, list[dict[str, Any]]] = {}
    for row in votes.to_dict("records"):
        grouped.setdefault(int(row["tally"]), []).append(row)
    for tally_id in sorted(grouped):
        yield _call(tally_id, grouped[tally_id], day, date_precision)


# --------------------------------------------------------------------------- public


def roll_call(tallies: pd.DataFrame, date: Any, *, date_precision: str = "day") -> pd.DataFrame:
    """One row per member of the Security Council and vote: how each member voted.

    Parameters
    ----------
    tallies
        The table of :func:`~surveystats.extract.extract_tallies` for one document (its
        vote tallies are used; other kinds are ignored).
    date
        The day of the votes (``datetime.date``, ISO string, ``pandas.Timestamp``), or
        None when the document states none.
    date_precision
        ``"day"`` (``date`` is the day of the vote) or ``"year"`` (only the year is
        known; the roll call is made only if the Council did not change that year).

    Returns
    -------
    pandas.DataFrame
        One row per vote tally with counts (or adopted unanimously) and member of the
        Council on the day (the ``roll_call`` table of :mod:`surveystats.schema`):

        - ``tally`` (Int64): the tally, as in the tallies table.
        - ``date`` (datetime64): the day whose Council is used.
        - ``member_id``, ``name_on_date`` (string), ``seat`` (``permanent``/``elected``):
          the member, as :func:`surveystats.membership.members_on` gives it.
        - ``vote`` (category): ``in_favour``, ``against``, ``abstaining``,
          ``not_participating`` or ``absent``; missing when the text does not let it be
          known (see :func:`roll_call_checks`).
        - ``basis`` (category): ``named`` (the text names the member), ``remainder``
          (not named, and the members not named are exactly the count in favour) or
          ``unanimous`` (adopted unanimously, no count stated); missing with ``vote``.
        - ``printed`` (string): the name as printed, for a named member; ``match``
          (category): ``exact`` or ``close`` (a misprint read as the closest member).
        - ``paragraph``, ``start``, ``end``, ``raw``: the phrase that names the member
          (a footnote's sentence included), else the vote's own phrase.

        A vote with no date, or whose Council is unknown, has no rows.

    Raises
    ------
    ValidationError
        If ``tallies`` is not a tallies table, ``date`` is not a date or
        ``date_precision`` is not one of :data:`DATE_PRECISIONS`.

    Notes
    -----
    The members not named are counted in favour only when the counts add up: every
    vote not in favour that has a count has all its members named, every name is a
    member of the Council on the day, and the members left equal the count in favour
    (or the text says "adopted unanimously" and states no count). Otherwise their vote
    is missing and :func:`roll_call_checks` says why.

    Examples
    --------
    >>> from surveystats import extract_tallies, parse_document
    >>> doc = parse_document(
    ...     "Resolution 9001 (1948)\\n\\nThe Security Council,\\n\\n1. Calls upon the parties "
    ...     "to cease hostilities;\\n\\nAdopted at the 250th meeting by 9 votes to none, with "
    ...     "2 abstentions (Ukrainian Soviet Socialist Republic, Union of Soviet Socialist "
    ...     "Republics).")
    >>> calls = roll_call(extract_tallies(doc), "1948-03-02")
    >>> calls["vote"].value_counts().to_dict()
    {'in_favour': 9, 'abstaining': 2, 'against': 0, 'not_participating': 0, 'absent': 0}
    >>> sorted(calls.loc[calls["basis"] == "named", "name_on_date"])
    ['Ukrainian Soviet Socialist Republic', 'Union of Soviet Socialist Republics']
    """
    return _roll_call_table(list(_calls(tallies, date, date_precision)))


def roll_call_checks(
    tallies: pd.DataFrame, date: Any, *, date_precision: str = "day"
) -> pd.DataFrame:
    """One check per vote: whether the named members and the stated counts add up.

    Parameters
    ----------
    tallies, date, date_precision
        As for :func:`roll_call`.

    Returns
    -------
    pandas.DataFrame
        The ``checks`` table of :mod:`surveystats.schema`, one row per vote tally with
        counts (or adopted unanimously): ``kind`` (``roll_call``), ``description``,
        ``stated`` (the count in favour as stated), ``numerator`` (members of the
        Council not named: those left in favour),
        ``denominator`` (the stated count in favour), ``verdict`` (``consistent``: every
        name is a Council member of the day and the members left are the count in favour;
        ``inconsistent``: a named state was not on the Council, is named twice, more
        names than a count, or the members left differ from the count in favour;
        ``undecidable``: a name is unreadable, a count has fewer names than members, no
        count in favour, or the day's Council is unknown), ``explanation`` and the vote's
        provenance (``paragraph``, ``start``, ``end``, ``raw``, ``context``).

    Examples
    --------
    >>> from surveystats import extract_tallies, parse_document
    >>> doc = parse_document(
    ...     "Resolution 9003 (1973)\\n\\nThe Security Council,\\n\\n1. Calls for a "
    ...     "cease-fire;\\n\\nAdopted at the 1700th meeting by 13 votes to 1 (China), "
    ...     "with 1 abstention (Ireland).")
    >>> check = roll_call_checks(extract_tallies(doc), "1973-10-22").iloc[0]
    >>> check["verdict"], check["explanation"]
    ('inconsistent', 'Ireland is named but was not on the Council on 1973-10-22.')
    """
    return _checks_table(list(_calls(tallies, date, date_precision)))


def roll_call_with_checks(
    tallies: pd.DataFrame, date: Any, *, date_precision: str = "day"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`roll_call` and :func:`roll_call_checks` in one pass (as ``analyze`` uses them).

    Parameters
    ----------
    tallies, date, date_precision
        As for :func:`roll_call`.

    Returns
    -------
    tuple of pandas.DataFrame
        The ``roll_call`` table and the ``checks`` table, as the two functions give them.
    """
    calls = list(_calls(tallies, date, date_precision))
    return _roll_call_table(calls), _checks_table(calls)


def _roll_call_table(calls: list[_Call]) -> pd.DataFrame:
    rows = [row for call in calls for row in call.rows]
    return schema.build_table(
        "roll_call", {name: [row[name] for row in rows] for name in schema.ROLL_CALL.names}
    )


def _checks_table(calls: list[_Call]) -> pd.DataFrame:
    rows = []
    for call in calls:
        if not call.stated and not call.rows and not call.explanation:
            continue  # an outcome without counts: nothing to check
        favour = call.stated.get("in_favour")
        rows.append(
            {
                "kind": "roll_call",
                "description": f"vote {call.tally}: members named and left in favour",
                "stated": None if favour is None else str(favour),
                "numerator": call.left,
                "denominator": favour,
                "verdict": call.verdict,
                "explanation": call.explanation,
                **call.provenance,
                "context": call.provenance.get("raw"),
            }
        )
    return checks_table(rows)


# --------------------------------------------------------------------------- corpus


def _vote_keys(roll_calls: pd.DataFrame, by: Sequence[str]) -> list[str]:
    if not isinstance(roll_calls, pd.DataFrame):
        raise ValidationError(
            f"roll_calls must be a DataFrame of roll_call rows; got {type(roll_calls).__name__}"
        )
    keys = list(by)
    missing = [c for c in [*keys, "member_id", "vote", "date"] if c not in roll_calls.columns]
    if missing:
        raise ValidationError(
            f"roll_calls lacks the columns {missing}; concatenate roll_call tables with a "
            f"column naming the document (by={keys!r})"
        )
    return keys


def member_record(
    roll_calls: pd.DataFrame, *, by: Sequence[str] = ("document", "tally")
) -> pd.DataFrame:
    """How each member voted across many votes, per year.

    Parameters
    ----------
    roll_calls
        :func:`roll_call` tables of many documents, concatenated with a column that tells
        the documents apart.
    by
        The columns that identify one vote (default: ``document`` and ``tally``).

    Returns
    -------
    pandas.DataFrame
        One row per member and year (the ``member_record`` table of
        :mod:`surveystats.schema`): ``member_id``, ``name`` (the member's name in most
        of the votes given, from ``name_on_date``; its current UN name when
        ``roll_calls`` has no names), ``year``, ``votes`` (votes whose vote is known),
        the counts ``in_favour``, ``against``, ``abstaining``, ``not_participating``,
        ``absent``, ``unknown`` (sat on the Council, vote not known) and
        ``against_share``, ``abstaining_share`` (of the known votes; missing when none
        is known).

    Examples
    --------
    >>> calls = pd.DataFrame({"document": ["a", "a", "b", "b"], "tally": [0, 0, 0, 0],
    ...     "date": pd.to_datetime(["1950-01-01"] * 4),
    ...     "member_id": ["RUS", "USA", "RUS", "USA"],
    ...     "vote": ["against", "in_favour", "abstaining", "in_favour"]})
    >>> member_record(calls)[["member_id", "votes", "against", "against_share"]].values.tolist()
    [['RUS', 2, 1, 0.5], ['USA', 2, 0, 0.0]]
    """
    _vote_keys(roll_calls, by)
    frame = roll_calls.assign(year=pd.to_datetime(roll_calls["date"]).dt.year)
    vote = frame["vote"].astype("string")
    counts = pd.crosstab([frame["member_id"], frame["year"]], vote.fillna("unknown"))
    counts = counts.reindex(columns=[*VOTES, "unknown"], fill_value=0)
    table = counts.reset_index()
    known = table[list(VOTES)].sum(axis=1)
    table["votes"] = known
    share = known.where(known > 0)
    table["against_share"] = table["against"] / share
    table["abstaining_share"] = table["abstaining"] / share
    names = _names_in_votes(frame)
    table["name"] = [names[m] for m in table["member_id"].astype(str)]
    return schema.from_frame(table[schema.MEMBER_RECORD.names], "member_record")


def agreement(
    roll_calls: pd.DataFrame,
    *,
    by: Sequence[str] = ("document", "tally"),
    contested_only: bool = False,
) -> pd.DataFrame:
    """How often two members of the Council voted alike, over the votes both cast.

    Parameters
    ----------
    roll_calls, by
        As for :func:`member_record`.
    contested_only
        Count only the votes in which at least one member did not vote in favour (most
        resolutions are adopted unanimously, which makes every pair agree).

    Returns
    -------
    pandas.DataFrame
        One row per pair of members that sat together in at least one vote whose votes
        are both known (the ``agreement`` table of :mod:`surveystats.schema`):
        ``member_a`` < ``member_b``, ``name_a``, ``name_b`` (as in
        :func:`member_record`), ``votes`` (votes both cast), ``agree`` (votes in which
        both cast the same vote: in favour, against, abstaining, not participating or
        absent) and ``agreement`` = agree / votes.

    Notes
    -----
    A simple matching coefficient: every kind of vote counts as a value, so two members
    absent from the same vote agree. Pairs that never sat together have no row.

    Examples
    --------
    >>> calls = pd.DataFrame({"document": ["a"] * 3 + ["b"] * 3, "tally": [0] * 6,
    ...     "date": pd.to_datetime(["1950-01-01"] * 6),
    ...     "member_id": ["FRA", "RUS", "USA"] * 2,
    ...     "vote": ["in_favour", "against", "in_favour", "abstaining", "abstaining", "in_favour"]})
    >>> agreement(calls)[["member_a", "member_b", "votes", "agree"]].values.tolist()
    [['FRA', 'RUS', 2, 1], ['FRA', 'USA', 2, 1], ['RUS', 'USA', 2, 0]]
    """
    keys = _vote_keys(roll_calls, by)
    if not isinstance(contested_only, bool):
        raise ValidationError(f"contested_only must be True or False; got {contested_only!r}")
    known = roll_calls[roll_calls["vote"].notna()]
    if contested_only:
        split = known["vote"].astype(str) != "in_favour"
        contested = split.groupby([known[key] for key in keys], observed=True).transform("any")
        known = known[contested]
    vote_id = known.groupby(keys, sort=False, observed=True).ngroup().to_numpy()
    members, member_index = np.unique(known["member_id"].astype(str), return_inverse=True)
    cast = np.zeros((vote_id.max() + 1 if len(vote_id) else 0, len(members)), dtype=np.int64)
    both = cast.copy()
    values = known["vote"].astype(str).to_numpy()
    same = np.zeros((len(members), len(members)), dtype=np.int64)
    for value in VOTES:  # members casting the same value in the same vote agree
        chosen = values == value
        matrix = np.zeros_like(cast)
        matrix[vote_id[chosen], member_index[chosen]] = 1
        same += matrix.T @ matrix
        both += matrix
    together = both.T @ both
    names = _names_in_votes(known)
    rows = [
        {
            "member_a": members[a],
            "member_b": members[b],
            "name_a": names[members[a]],
            "name_b": names[members[b]],
            "votes": int(together[a, b]),
            "agree": int(same[a, b]),
            "agreement": same[a, b] / together[a, b],
        }
        for a, b in combinations(range(len(members)), 2)
        if together[a, b] > 0
    ]
    return schema.build_table(
        "agreement", {name: [row[name] for row in rows] for name in schema.AGREEMENT.names}
    )


def _names_in_votes(roll_calls: pd.DataFrame) -> dict[str, str]:
    """Each member's name in most of the votes given (its current name without one)."""
    ids = roll_calls["member_id"].astype(str)
    if "name_on_date" in roll_calls.columns:
        named = roll_calls.assign(
            member_id=ids, name_on_date=roll_calls["name_on_date"].astype(str)
        )
        common = named.groupby("member_id")["name_on_date"].agg(lambda s: s.value_counts().index[0])
        return {m: common.get(m) or _current_name(m) for m in ids.unique()}
    return {m: _current_name(m) for m in ids.unique()}


def _current_name(member_id: str) -> str:
    return str(membership.match_member(member_id).name)
