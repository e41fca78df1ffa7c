"""Tests for the Security Council roll calls: one vote, a whole corpus, the corpus tables."""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd
import pytest

from surveystats import schema
from surveystats.analysis import rollcall
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
    assert list(calls.columns) == schema.ROLL_CALL.names
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
    assert calls.empty
    pd.testing.assert_frame_equal(calls, schema.empty_table("roll_call"))


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
        (lambda: rollcall.roll_call(_tallies(), "yesterday"), r"date: 'yesterday' is not a date"),
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
    assert list(rollcall.member_record(calls).columns) == schema.MEMBER_RECORD.names
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
    assert list(table.reset_index().columns) == schema.AGREEMENT.names
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
                else str(rng.choice(schema.VOTE_ROLES, p=[0.6, 0.1, 0.2, 0.05, 0.05]))
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


# --------------------------------------------------------------------------- analyze


def test_analyze_calls_the_roll_of_a_council_resolution() -> None:
    from surveystats import analyze, parse_document

    text = (
        "Resolution 9001 (1948)\nof 2 March 1948\n\nThe Security Council,\n\n"
        "1. Calls upon the parties to cease hostilities;\n\n"
        "Adopted at the 250th meeting by 9 votes to none, with 2 abstentions "
        "(Ukrainian Soviet Socialist Republic, Union of Soviet Socialist Republics)."
    )
    result = analyze(parse_document(text))
    assert result.date == dt.date(1948, 3, 2)
    assert len(result.roll_call) == 11 and result.roll_call["vote"].notna().all()
    pd.testing.assert_frame_equal(
        result.roll_call.iloc[:0], schema.empty_table("roll_call"), check_index_type=False
    )
    calls = result.checks[result.checks["kind"] == "roll_call"]
    assert calls["verdict"].tolist() == ["consistent"]


def test_analyze_leaves_the_roll_call_empty_for_the_general_assembly(example_path) -> None:
    from surveystats import analyze

    result = analyze(example_path)
    pd.testing.assert_frame_equal(result.roll_call, schema.empty_table("roll_call"))
    assert "roll_call" not in set(result.checks["kind"].astype(str))


# --------------------------------------------------------------------------- the corpus


@pytest.fixture(scope="module")
def corpus_calls(corpus_dir) -> dict[str, Any]:
    """Tallies, roll calls and checks of every Security Council resolution of the corpus."""
    from surveystats import extract_tallies, read_document

    tallies, calls, checks = [], [], []
    for path in sorted((corpus_dir / "sc_resolutions").glob("S_RES_*.txt")):
        document = read_document(path)
        found = extract_tallies(document)
        # as analyze does: the adoption day, else only the year
        date, precision = (document.adopted, "day")
        if date is None and document.year is not None:
            date, precision = dt.date(int(document.year), 1, 1), "year"
        call, check = rollcall.roll_call_with_checks(found, date, date_precision=precision)
        tallies.append(found.assign(document=path.name))
        calls.append(call.assign(document=path.name))
        checks.append(check.assign(document=path.name))
    return {
        "tallies": pd.concat(tallies, ignore_index=True),
        "calls": pd.concat(calls, ignore_index=True),
        "checks": pd.concat(checks, ignore_index=True),
    }


def _keyed(checks: pd.DataFrame) -> pd.DataFrame:
    """Roll-call checks with the tally they check (their description says "vote N: ...")."""
    return checks.assign(tally=checks["description"].str.extract(r"^vote (\d+):")[0].astype(int))


def _named_votes(tallies: pd.DataFrame) -> pd.DataFrame:
    """Vote tallies with counts whose text names a member for every vote not in favour."""
    votes = tallies[tallies["kind"] == "vote"].copy()
    votes["names"] = votes["members"].fillna("").map(lambda m: len([n for n in m.split("; ") if n]))
    against = votes["role"].isin(["against", "abstaining", "not_participating", "absent"])
    votes["unnamed"] = (votes["count"].fillna(0) - votes["names"]).where(against, 0)
    per_vote = votes.groupby(["document", "tally"]).agg(
        counted=("count", lambda c: c.notna().any()),
        names=("names", "sum"),
        unnamed=("unnamed", "sum"),
    )
    return per_vote[per_vote["counted"] & (per_vote["names"] > 0) & (per_vote["unnamed"] <= 0)]


@pytest.mark.corpus
def test_corpus_votes_that_name_their_members_add_up(corpus_calls) -> None:
    named = _named_votes(corpus_calls["tallies"])
    keyed = _keyed(corpus_calls["checks"]).set_index(["document", "tally"])
    verdicts = keyed.loc[named.index, "verdict"].astype(str)
    assert len(verdicts) > 250  # the votes that name their members
    # Most add up (301 of 309 when written); the others are misread digits and members the
    # text leaves out (a footnote missing from the text), and each check says so.
    assert (verdicts == "consistent").mean() >= 0.95
    # Every vote with counts has one check, and every check that is not consistent says why.
    assert keyed.index.is_unique
    assert keyed.loc[keyed["verdict"] != "consistent", "explanation"].str.len().gt(20).all()


@pytest.mark.corpus
def test_corpus_names_are_council_members_of_the_day(corpus_calls) -> None:
    # The vote lines of 1946-1994 are an independent source for the packaged seats: no
    # state named in a vote may be missing from the Council of the adoption day.
    explanations = corpus_calls["checks"]["explanation"].astype(str)
    assert not explanations.str.contains("not on the Council|names no member").any()
    named = corpus_calls["calls"][corpus_calls["calls"]["basis"] == "named"]
    assert len(named) > 600 and set(named["match"].astype(str)) <= {"exact", "close"}


@pytest.mark.corpus
def test_corpus_roll_calls_are_whole_councils(corpus_calls) -> None:
    calls = corpus_calls["calls"]
    per_vote = calls.groupby(["document", "tally"])
    sizes = per_vote["member_id"].agg(["size", "nunique"])
    councils = per_vote["date"].first().map(lambda d: len(_council_on(d)))
    assert (sizes["size"] == sizes["nunique"]).all() and (sizes["size"] == councils).all()
    # A consistent vote has every member's vote, and its counts are the stated counts.
    keyed = _keyed(corpus_calls["checks"])
    consistent = keyed.loc[keyed["verdict"] == "consistent", ["document", "tally"]]
    good = calls.merge(consistent, on=["document", "tally"])
    assert good["vote"].notna().all()
    counted = good.groupby(["document", "tally"])["vote"].value_counts().unstack(fill_value=0)
    stated = (
        corpus_calls["tallies"]
        .query("kind == 'vote' and count.notna()", engine="python")
        .groupby(["document", "tally", "role"], observed=True)["count"]
        .sum()
        .unstack(fill_value=0)
    )
    both = counted.join(stated, how="inner", suffixes=("_called", "_stated"))
    for role in ("in_favour", "against", "abstaining"):
        assert (both[f"{role}_called"] == both[f"{role}_stated"]).all(), role


def _council_on(day: Any) -> pd.DataFrame:
    from surveystats import membership

    return membership.members_on(day, body="Security Council")


# S/PV.2932 (2 August 1990), the meeting that adopted resolution 660 (1990): the members
# present, and "The delegation of Yemen will not participate in the voting" (Mr. Al-Ashtal).
SPV_2932_MEMBERS = [
    "Canada", "China", "Colombia", "Côte d'Ivoire", "Cuba", "Ethiopia", "Finland", "France",
    "Malaysia", "Romania", "Union of Soviet Socialist Republics",
    "United Kingdom of Great Britain and Northern Ireland", "United States of America",
    "Yemen", "Zaire",
]  # fmt: skip


@pytest.mark.corpus
def test_resolution_660_against_the_meeting_record(corpus_calls) -> None:
    from surveystats import membership

    calls = corpus_calls["calls"]
    call = calls[calls["document"] == "S_RES_0660_1990_EN_GOLD.txt"]
    record = membership.match_names(SPV_2932_MEMBERS, date="1990-08-02")
    assert set(call["member_id"]) == set(record["member_id"])
    votes = dict(zip(call["member_id"], call["vote"].astype(str), strict=True))
    assert votes.pop("YEM") == "not_participating"
    assert set(votes.values()) == {"in_favour"}
