"""Tests for the Security Council roll calls: one vote, a whole corpus, the corpus tables."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd
import pytest

from surveystats import rollcall
from surveystats.errors import ValidationError

PHRASE = "Adopted at the 100th meeting"


def _tallies(*rows: tuple[Any, ...], outcome: str = "adopted") -> pd.DataFrame:
    """A tallies table of one vote: rows are (role, count, members, from_footnote)."""
    records = []
    for index, (role, count, members, *footnote) in enumerate(rows or [(None, None, None)]):
        records.append(
            {
                "tally": 0,
                "kind": "vote",
                "role": role,
                "count": count,
                "members": members,
                "outcome": outcome,
                "from_footnote": bool(footnote and footnote[0]),
                "paragraph": 3 if footnote and footnote[0] else 2,
                "start": 10 * index,
                "end": 10 * index + 9,
                "raw": f"{PHRASE} ({role})",
            }
        )
    return pd.DataFrame(records).astype({"count": "Int64"})


def _votes(calls: pd.DataFrame) -> dict[str, str | None]:
    return {
        member: (None if pd.isna(vote) else str(vote))
        for member, vote in zip(calls["member_id"], calls["vote"], strict=True)
    }


def _check(tallies: pd.DataFrame, date: Any, **options: Any) -> pd.Series:
    checks = rollcall.roll_call_checks(tallies, date, **options)
    assert len(checks) == 1 and set(checks["kind"]) == {"roll_call"}
    return checks.iloc[0]


# --------------------------------------------------------------------------- one vote


def test_named_abstentions_and_the_rest_in_favour() -> None:
    # S/RES/3 (1946)-like: the Council of 1948 had 11 members (China, France, USSR, UK,
    # US; Belgium, Colombia, Syria; Argentina, Canada, Ukrainian SSR).
    tallies = _tallies(
        ("in_favour", 9, None),
        ("against", 0, None),
        (
            "abstaining",
            2,
            "Ukrainian Soviet Socialist Republic; Union of Soviet Socialist Republics",
        ),
    )
    calls = rollcall.roll_call(tallies, "1948-03-02")
    assert list(calls.columns) == list(rollcall.ROLL_CALL_COLUMNS)
    assert len(calls) == 11 and calls["member_id"].is_unique
    votes = _votes(calls)
    assert votes["UKR"] == votes["RUS"] == "abstaining"
    assert sorted(m for m, v in votes.items() if v == "in_favour") == sorted(
        ["ARG", "BEL", "CAN", "CHN", "COL", "FRA", "GBR", "SYR", "USA"]
    )
    named = calls[calls["basis"] == "named"]
    assert set(named["printed"]) == {
        "Ukrainian Soviet Socialist Republic",
        "Union of Soviet Socialist Republics",
    }
    assert set(calls.loc[calls["basis"] != "named", "basis"]) == {"remainder"}
    assert calls["date"].dtype == "datetime64[ns]" and calls["seat"].dtype == "category"
    check = _check(tallies, "1948-03-02")
    assert check["verdict"] == "consistent"
    assert (check["numerator"], check["denominator"], check["stated"]) == (9, 9, "9")
    assert "the other 9 members" in check["explanation"]


def test_a_footnote_names_the_member_that_did_not_take_part() -> None:
    # S/RES/660 (1990): "by 14 votes to none. One member (Yemen) did not participate".
    tallies = _tallies(
        ("in_favour", 14, None),
        ("against", 0, None),
        ("not_participating", 1, "Yemen", True),
    )
    calls = rollcall.roll_call(tallies, "1990-08-02")
    yemen = calls.set_index("member_id").loc["YEM"]
    assert yemen["vote"] == "not_participating" and yemen["paragraph"] == 3  # the footnote
    assert (calls["vote"] == "in_favour").sum() == 14
    assert _check(tallies, "1990-08-02")["paragraph"] == 2  # the vote's own phrase


def test_unanimous_adoption_puts_every_member_in_favour() -> None:
    calls = rollcall.roll_call(_tallies(outcome="adopted unanimously"), "1975-06-01")
    assert len(calls) == 15 and set(calls["vote"]) == {"in_favour"}
    assert set(calls["basis"]) == {"unanimous"}


def test_unanimous_with_a_member_absent() -> None:
    # The USSR's absence of 1950: "adopted unanimously" with a footnote naming it.
    tallies = _tallies(
        (None, None, None),
        ("absent", 1, "Union of Soviet Socialist Republics", True),
        outcome="adopted unanimously",
    )
    calls = rollcall.roll_call(tallies, "1950-07-07")
    votes = _votes(calls)
    assert votes.pop("RUS") == "absent" and set(votes.values()) == {"in_favour"}
    assert _check(tallies, "1950-07-07")["verdict"] == "consistent"


def test_a_named_state_not_on_the_council_is_flagged() -> None:
    tallies = _tallies(
        ("in_favour", 13, None), ("against", 1, "China"), ("abstaining", 1, "Ireland")
    )
    check = _check(tallies, "1973-10-22")
    assert check["verdict"] == "inconsistent"
    assert "Ireland is named but was not on the Council on 1973-10-22" in check["explanation"]
    calls = rollcall.roll_call(tallies, "1973-10-22")
    assert calls["vote"].isna().sum() == 14  # only China's vote is known
    assert _votes(calls)["CHN"] == "against"


def test_a_misprinted_name_is_read_as_the_closest_member() -> None:
    # S/RES/540 (1983) prints "Matta"; Malta sat on the Council in 1983-1984.
    tallies = _tallies(("in_favour", 12, None), ("abstaining", 3, "Matta; Nicaragua; Poland"))
    calls = rollcall.roll_call(tallies, "1983-10-31").set_index("member_id")
    assert (calls.loc["MLT", "vote"], calls.loc["MLT", "match"]) == ("abstaining", "close")
    assert _check(tallies, "1983-10-31")["verdict"] == "consistent"


TWO = "Pakistan; Ukraine"  # both on the Council in 1984


@pytest.mark.parametrize(
    ("rows", "verdict", "phrase"),
    [
        # one of two abstentions not named: who abstained is not known
        ([("in_favour", 13, None), ("abstaining", 2, "Pakistan")], "undecidable", "1 of the 2"),
        # counts that leave members out (a footnote not in the text)
        ([("in_favour", 13, None), ("against", 0, None)], "undecidable", "2 members are not"),
        # more in favour than members left: a misread digit ("73" for 13)
        ([("in_favour", 73, None), ("abstaining", 2, TWO)], "inconsistent", "only 13"),
        # fewer in favour than an adoption needs (Charter Article 27)
        ([("in_favour", 4, None), ("against", 1, "Pakistan")], "inconsistent", "at least 9"),
        # more names than the count
        ([("in_favour", 13, None), ("abstaining", 1, TWO)], "inconsistent", "2 members are"),
        # a name that is no state
        ([("in_favour", 14, None), ("abstaining", 1, "Atlantis")], "undecidable", "'Atlantis'"),
        # a member named twice
        ([("in_favour", 13, None), ("against", 1, "Pakistan"), ("abstaining", 1, "Pakistan")],
         "inconsistent", "named twice"),
    ],
)  # fmt: skip
def test_counts_that_do_not_add_up(rows: list[tuple[Any, ...]], verdict: str, phrase: str) -> None:
    tallies = _tallies(*rows)
    check = _check(tallies, "1984-06-01")
    assert check["verdict"] == verdict and phrase in check["explanation"]
    calls = rollcall.roll_call(tallies, "1984-06-01")
    assert not (calls["basis"] == "remainder").any()  # nobody counted in favour by default


def test_no_date_no_roll_call() -> None:
    tallies = _tallies(("in_favour", 15, None))
    assert rollcall.roll_call(tallies, None).empty
    check = _check(tallies, None)
    assert check["verdict"] == "undecidable" and "no date" in check["explanation"]


@pytest.mark.parametrize(
    ("year", "made", "phrase"),
    [
        (1980, False, "changed on 1980-01-07"),  # Mexico's late election
        (1990, False, "changed on 1990-05-22"),  # Yemen's unification
        (1991, True, ""),  # USSR -> Russian Federation is the same seat
        (1975, True, ""),
    ],
)
def test_a_date_known_only_to_its_year(year: int, made: bool, phrase: str) -> None:
    tallies = _tallies(outcome="adopted unanimously")
    calls = rollcall.roll_call(tallies, f"{year}-01-01", date_precision="year")
    assert (not calls.empty) is made
    check = _check(tallies, f"{year}-01-01", date_precision="year")
    assert (check["verdict"] == "consistent") is made and phrase in check["explanation"]


def test_yemen_before_and_after_unification() -> None:
    tallies = _tallies(("in_favour", 14, None), ("abstaining", 1, "Democratic Yemen"))
    assert _votes(rollcall.roll_call(tallies, "1990-03-01"))["YMD"] == "abstaining"
    later = _tallies(("in_favour", 14, None), ("abstaining", 1, "Yemen"))
    assert _votes(rollcall.roll_call(later, "1990-06-01"))["YEM"] == "abstaining"


def test_no_counts_no_call() -> None:
    for outcome in ("adopted without a vote", "adopted"):
        tallies = _tallies(outcome=outcome)
        assert rollcall.roll_call(tallies, "1975-06-01").empty
        assert rollcall.roll_call_checks(tallies, "1975-06-01").empty


def test_other_tallies_are_ignored_and_tables_keep_their_columns() -> None:
    survey = _tallies(("other", 40, None)).assign(kind="survey")
    calls = rollcall.roll_call(survey, "1975-06-01")
    assert calls.empty and list(calls.columns) == list(rollcall.ROLL_CALL_COLUMNS)
    assert calls.dtypes.astype(str).tolist() == [
        str(pd.Series(dtype=d).dtype) if d != "category" else "category"
        for d in rollcall.ROLL_CALL_COLUMNS.values()
    ]


@pytest.mark.parametrize(
    ("call", "pattern"),
    [
        (lambda: rollcall.roll_call([1, 2], "1970-01-01"), r"tallies must be the DataFrame"),
        (
            lambda: rollcall.roll_call(pd.DataFrame({"tally": [0]}), "1970-01-01"),
            r"tallies lacks the columns \['kind', 'role'",
        ),
        (
            lambda: rollcall.roll_call(_tallies(), "1970-01-01", date_precision="month"),
            r"date_precision must be one of 'day', 'year'; got 'month'",
        ),
        (lambda: rollcall.roll_call(_tallies(), "yesterday"), r"date must be an ISO date"),
        (lambda: rollcall.member_record("calls"), r"roll_calls must be a DataFrame"),
        (
            lambda: rollcall.agreement(pd.DataFrame({"member_id": ["RUS"]})),
            r"roll_calls lacks the columns \['document', 'tally', 'vote', 'date'\]",
        ),
    ],
)
def test_validation_messages(call, pattern: str) -> None:
    with pytest.raises(ValidationError, match=pattern):
        call()


# --------------------------------------------------------------------------- corpus tables


def _calls(votes: dict[tuple[str, int], dict[str, str | None]], year: int = 1950) -> pd.DataFrame:
    rows = [
        {"document": doc, "tally": tally, "date": pd.Timestamp(f"{year}-06-01"),
         "member_id": member, "name_on_date": member.lower(), "vote": vote}
        for (doc, tally), members in votes.items()
        for member, vote in members.items()
    ]  # fmt: skip
    return pd.DataFrame(rows)


def test_member_record_counts_by_hand() -> None:
    calls = pd.concat(
        [
            _calls({("a", 0): {"RUS": "against", "USA": "in_favour"},
                    ("b", 0): {"RUS": "abstaining", "USA": "in_favour"},
                    ("b", 1): {"RUS": None, "USA": "absent"}}),
            _calls({("c", 0): {"RUS": "in_favour", "USA": "in_favour"}}, year=1951),
        ]
    )  # fmt: skip
    record = rollcall.member_record(calls).set_index(["member_id", "year"])
    assert list(rollcall.member_record(calls).columns) == list(rollcall.RECORD_COLUMNS)
    # by hand: RUS 1950 sat in 3 votes, 2 known (1 against, 1 abstaining), 1 unknown
    rus = record.loc[("RUS", 1950)]
    assert (rus["votes"], rus["against"], rus["abstaining"], rus["unknown"]) == (2, 1, 1, 1)
    assert (rus["against_share"], rus["abstaining_share"]) == (0.5, 0.5)
    usa = record.loc[("USA", 1950)]
    assert (usa["votes"], usa["in_favour"], usa["absent"], usa["against_share"]) == (3, 2, 1, 0)
    assert (
        record.loc[("RUS", 1951), "in_favour"] == 1 and record.loc[("RUS", 1951), "name"] == "rus"
    )


def test_agreement_counts_by_hand() -> None:
    calls = _calls(
        {
            ("a", 0): {"FRA": "in_favour", "RUS": "against", "USA": "in_favour"},
            ("a", 1): {"FRA": "abstaining", "RUS": "abstaining", "USA": "in_favour"},
            ("b", 0): {"FRA": "absent", "RUS": None, "USA": "absent"},
        }
    )
    table = rollcall.agreement(calls).set_index(["member_a", "member_b"])
    assert list(table.reset_index().columns) == list(rollcall.AGREEMENT_COLUMNS)
    # FRA-RUS: 2 votes both known, agree in a/1; FRA-USA: 3 votes, agree in a/0 and b/0
    assert tuple(table.loc[("FRA", "RUS"), ["votes", "agree"]]) == (2, 1)
    assert tuple(table.loc[("FRA", "USA"), ["votes", "agree"]]) == (3, 2)
    assert tuple(table.loc[("RUS", "USA"), ["votes", "agree"]]) == (2, 0)
    assert table.loc[("FRA", "USA"), "agreement"] == pytest.approx(2 / 3)


def test_agreement_equals_a_pairwise_count_on_random_votes() -> None:
    # Reference: the definition applied pair by pair with plain Python.
    rng = np.random.default_rng(19)
    members = ["A", "B", "C", "D", "E"]
    votes = {
        (f"d{i}", 0): {
            m: (
                None
                if rng.random() < 0.1
                else str(rng.choice(rollcall.VOTES, p=[0.6, 0.1, 0.2, 0.05, 0.05]))
            )
            for m in members
            if rng.random() < 0.8
        }
        for i in range(60)
    }
    table = rollcall.agreement(_calls(votes)).set_index(["member_a", "member_b"])
    for a, b in combinations(members, 2):
        both = [(v[a], v[b]) for v in votes.values() if v.get(a) and v.get(b)]
        if both:
            assert table.loc[(a, b), "votes"] == len(both)
            assert table.loc[(a, b), "agree"] == sum(x == y for x, y in both)


def test_contested_votes_only() -> None:
    calls = _calls(
        {
            ("a", 0): {"FRA": "in_favour", "RUS": "in_favour"},
            ("b", 0): {"FRA": "in_favour", "RUS": "against"},
        }
    )
    everything = rollcall.agreement(calls).iloc[0]
    contested = rollcall.agreement(calls, contested_only=True).iloc[0]
    assert (everything["votes"], everything["agree"]) == (2, 1)
    assert (contested["votes"], contested["agree"]) == (1, 0)
