"""Tests for surveystats.schema: the one declaration of every public table."""

from __future__ import annotations

import pandas as pd
import pytest

from surveystats import schema
from surveystats.analysis import analyze
from surveystats.documents import read_document
from surveystats.extract import extract_numbers, extract_tallies
from surveystats.extract.roles import role_of


@pytest.mark.parametrize("name", list(schema.TABLES))
def test_empty_tables_have_the_declared_columns_and_dtypes(name):
    table = schema.empty_table(name)
    assert table.columns.tolist() == schema.table(name).names
    assert table.dtypes.to_dict() == schema.pandas_dtypes(name)


@pytest.mark.parametrize("name", ["tallies", "numbers"])
def test_an_empty_table_is_the_callers_own(name):
    # empty_table builds each table over the blocks of one cached template: a column
    # dropped, renamed or added on one table must reach neither the template nor the next.
    first = schema.empty_table(name)
    del first[first.columns[0]]
    first.columns = ["renamed", *first.columns[1:]]
    first.insert(0, "added", [])
    second = schema.empty_table(name)
    assert len(second) == 0 and "added" not in second.columns
    assert second.columns.tolist() == schema.table(name).names
    assert second.dtypes.to_dict() == schema.pandas_dtypes(name)


@pytest.mark.parametrize("name", list(schema.TABLES))
def test_every_column_has_a_meaning_and_a_unique_name(name):
    declared = schema.table(name)
    assert len(set(declared.names)) == len(declared.names)
    assert all(len(column.meaning) > 5 for column in declared.columns)


def test_build_table_refuses_unknown_columns_and_unknown_levels():
    with pytest.raises(KeyError, match="no column"):
        schema.build_table("votes", {"abstentions": [1]})
    with pytest.raises(ValueError, match="not one of its levels"):
        schema.build_table("checks", {"verdict": ["maybe"]})
    with pytest.raises(ValueError, match="different lengths"):
        schema.build_table("votes", {"tally": [1, 2], "against": [1]})


def test_counts_stay_integers_and_missing_stays_missing():
    table = schema.build_table("votes", {"in_favour": [14, None], "against": [0, 1]})
    assert str(table["in_favour"].dtype) == "Int64"
    assert table["in_favour"].isna().tolist() == [False, True]
    assert table["abstaining"].isna().all()


def test_build_table_gives_the_frame_pandas_builds_from_the_same_values():
    # The reference is pandas' public constructor on pd.array of each declared dtype;
    # build_table hands pandas the blocks directly, so it must give the same frame, with
    # columns that share no memory with another table built from the same values.
    values = {
        "paragraph": [0, 1, None], "start": [0, 5, 9], "end": [2, 7, 12],
        "raw": ["12", "two", None], "kind": ["count", "date", None],
        "value": [12.0, None, -1.5], "decimals": [0, None, 1],
        "date": [None, "2001-12-21", None], "in_words": [False, True, None],
    }  # fmt: skip
    declared = schema.pandas_dtypes("numbers")
    expected = pd.DataFrame(
        {name: pd.array(values.get(name, [None] * 3), dtype=dtype)
         for name, dtype in declared.items()}
    )  # fmt: skip
    table = schema.build_table("numbers", values)
    pd.testing.assert_frame_equal(table, expected)
    given = {name: pd.Series(column, dtype=declared[name]) for name, column in values.items()}
    pd.testing.assert_frame_equal(schema.build_table("numbers", given), expected)
    other = schema.build_table("numbers", values)
    table.loc[0, ["start", "value", "raw", "date"]] = [99, 9.0, "x", pd.Timestamp("1990")]
    pd.testing.assert_frame_equal(other, expected)


@pytest.fixture(scope="module")
def example_tables(example_path):
    doc = read_document(example_path)
    result = analyze(doc)
    return {
        "numbers": extract_numbers(doc),
        "tallies": extract_tallies(doc),
        "shares": result.shares,
        "checks": result.checks,
        "votes": result.votes,
        "membership": result.membership,
        "paragraphs": doc.paragraphs,
        "footnotes": doc.footnotes,
        "footnote_markers": doc.footnote_markers,
        "furniture": doc.furniture,
    }


@pytest.mark.parametrize(
    "name",
    ["numbers", "tallies", "shares", "checks", "votes", "membership", "paragraphs", "footnotes",
     "footnote_markers", "furniture"],
)  # fmt: skip
def test_the_api_returns_the_declared_tables(example_tables, name):
    table = example_tables[name]
    assert table.dtypes.to_dict() == schema.pandas_dtypes(name)


@pytest.mark.parametrize("name", ["numbers", "tallies", "shares", "checks", "membership"])
def test_arrow_round_trip_gives_equal_frames(example_tables, name):
    table = example_tables[name]
    back = schema.from_arrow(schema.to_arrow(table, name), name)
    pd.testing.assert_frame_equal(back, table)


def test_conform_refuses_a_table_without_its_columns():
    with pytest.raises(ValueError, match="not a votes table"):
        schema.conform(pd.DataFrame({"tally": [1]}), "votes")


def test_conform_names_a_value_outside_the_levels():
    frame = schema.empty_table("checks")
    frame = pd.concat([frame, frame.iloc[:0]])
    raw = pd.DataFrame({c: pd.Series([None], dtype=object) for c in frame.columns})
    raw["verdict"] = pd.Series(["fine"], dtype="string")
    with pytest.raises(ValueError, match="'fine' is not one of its levels"):
        schema.conform(raw, "checks")


def test_role_column_uses_the_one_mapping(example_tables):
    tallies = example_tables["tallies"]
    assert dict(zip(tallies["category"], tallies["role"], strict=True)) == {
        "in favour": "in_favour",
        "partially in favour": "other",
        "against": "against",
    }


@pytest.mark.parametrize(
    ("category", "role"),
    [
        ("voted no", "against"),
        ("in the negative", "against"),
        ("negative votes", "against"),
        ("in the affirmative", "in_favour"),
        ("affirmative votes", "in_favour"),
        ("a negative impact", "other"),  # an answer, no side of a vote
        ("affirmative action", "other"),
        ("voted to endorse the proposed work stoppage", "in_favour"),
        ("voted to accept the proposal", "in_favour"),
        ("voted to reject it", "against"),
        ("voted to postpone the debate", "other"),  # neither side of the text
        ("accept the proposal", "other"),  # an answer without the vote
    ],
)
def test_role_of_sides_written_as_answers(category, role):
    assert role_of(category) == role
