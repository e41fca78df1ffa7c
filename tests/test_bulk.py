"""extract_numbers and extract_tallies over many texts, and what a single input may be.

Many texts must give, for each text, exactly the rows a single call gives for it: the
golden sentences of both readers are the texts (each golden file holds a few hundred
sentences written for their own tests, so the comparison does not depend on us).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import surveystats
from surveystats import schema
from surveystats.documents import parse_document, read_document
from surveystats.errors import ExtractionError, SurveyStatsError
from surveystats.extract import extract_numbers, extract_tallies
from surveystats.extract import numbers as single_numbers
from surveystats.extract import tallies as single_tallies
from surveystats.output import read_table, write_table

DATA = Path(__file__).parent / "data"
EXTRACTORS = {
    "numbers": (extract_numbers, single_numbers.extract_numbers),
    "tallies": (extract_tallies, single_tallies.extract_tallies),
}


def golden_texts(name: str) -> list[str]:
    cases = json.loads((DATA / f"{name}_golden.json").read_text(encoding="utf-8"))
    return [case["text"] for case in cases if case["text"].strip()]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return golden_texts("numbers") + golden_texts("tallies")


@pytest.mark.parametrize("table", ["numbers", "tallies"])
def test_many_texts_give_each_text_the_rows_of_a_single_call(sentences, table):
    many, single = EXTRACTORS[table]
    labels = [f"answer {i}" for i in range(len(sentences))]
    result = many(pd.Series(sentences, index=labels))
    assert result.columns.tolist() == ["row", *schema.table(table).names]
    assert result.dtypes.iloc[1:].to_dict() == schema.pandas_dtypes(table)
    assert str(result["row"].dtype) == "string"
    # One comparison of the whole table (a frame comparison per text took most of the
    # test's time); a difference names its row label, "answer i", the i-th sentence.
    singles = [single(text) for text in sentences]
    expected = pd.concat(
        [rows.assign(row=label) for label, rows in zip(labels, singles, strict=True)],
        ignore_index=True,
    )
    expected = expected[result.columns].astype({"row": "string"})
    pd.testing.assert_frame_equal(result, expected)
    assert sum(len(rows) > 0 for rows in singles) >= 50  # many of the texts have rows


@pytest.mark.parametrize("table", ["numbers", "tallies"])
def test_a_list_is_labelled_by_position_and_missing_texts_have_no_rows(table):
    many, single = EXTRACTORS[table]
    texts = ["Adopted by 10 votes to 3.", None, float("nan"), pd.NA,
             "Adopted at the 95th meeting by 6 votes to 2, with 3 abstentions."]  # fmt: skip
    result = many(texts)
    assert str(result["row"].dtype) == "Int64"
    assert set(result["row"]) == {0, 4}
    expected = pd.concat([single(texts[0]), single(texts[4])], ignore_index=True)
    pd.testing.assert_frame_equal(result.drop(columns="row"), expected)
    pd.testing.assert_frame_equal(many(tuple(texts)), result)
    pd.testing.assert_frame_equal(many(np.array(texts, dtype=object)), result)


def test_index_labels_are_kept_as_they_are_even_when_repeated():
    texts = pd.Series(["We met 3 times.", "Two of us agreed.", "We met 3 times."], index=[7, 7, 2])
    result = extract_numbers(texts)
    assert result["row"].tolist() == [7, 7, 2]
    assert result["raw"].tolist() == ["3", "Two", "3"]


def test_no_texts_give_an_empty_typed_table_with_a_row_column():
    for table, (many, _) in EXTRACTORS.items():
        result = many([])
        assert result.columns.tolist() == ["row", *schema.table(table).names]
        assert len(result) == 0 and str(result["row"].dtype) == "Int64"
        assert result.dtypes.iloc[1:].to_dict() == schema.pandas_dtypes(table)
    empty = extract_numbers(pd.Series(["No number here."], index=["a"]))
    assert len(empty) == 0 and str(empty["row"].dtype) == "string"


def test_a_column_of_a_dataframe_reads_and_joins_back():
    frame = pd.DataFrame(
        {"country": ["A", "B"], "answer": ["About 40 per cent agreed.", "None of them."]},
        index=["r1", "r2"],
    )
    found = extract_numbers(frame["answer"])
    joined = found.merge(frame, left_on="row", right_index=True)
    assert joined[["country", "kind", "value"]].values.tolist() == [["A", "percent", 40.0]]


@pytest.mark.parametrize("table_format", ["csv", "json", "parquet"])
def test_a_bulk_table_round_trips_through_files(sentences, tmp_path, table_format):
    for table, (many, _) in EXTRACTORS.items():
        result = many(sentences[:60])
        path = write_table(result, tmp_path / f"{table}.{table_format}", table=table)
        pd.testing.assert_frame_equal(read_table(path, table=table), result, obj=table)


def test_the_docstrings_list_the_declared_columns():
    for table, (many, _) in EXTRACTORS.items():
        for column in schema.table(table).columns:
            assert f"``{column.name}`` ({column.dtype}): {column.meaning}" in many.__doc__


# ------------------------------------------------------------------- paths and types


@pytest.mark.parametrize("table", ["numbers", "tallies"])
def test_a_string_that_names_a_file_is_refused(example_path, table, monkeypatch):
    many, _ = EXTRACTORS[table]
    for text in (str(example_path), f"  {example_path}\n"):
        with pytest.raises(SurveyStatsError, match=r"path of a file.*read_document"):
            many(text)
    monkeypatch.chdir(example_path.parent)
    with pytest.raises(ExtractionError, match=r"'A_RES_56_203\.txt', which is the path"):
        many(example_path.name)
    with pytest.raises(ExtractionError, match=r"row 'b': .*path of a file"):
        many(pd.Series(["Two of us.", example_path.name], index=["a", "b"]))


def test_a_string_that_only_mentions_a_file_or_names_none_is_text(
    example_path, tmp_path, monkeypatch
):
    mention = f"See {example_path}, paragraph 3, of 12 May."
    pd.testing.assert_frame_equal(extract_numbers(mention), single_numbers.extract_numbers(mention))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder_12").mkdir()
    for text in ("no_such_file_12.txt", "folder_12"):  # no file of that name: a text
        pd.testing.assert_frame_equal(extract_numbers(text), single_numbers.extract_numbers(text))


class _PathLike:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return os.fspath(self.path)


@pytest.mark.parametrize("table", ["numbers", "tallies"])
def test_a_path_like_object_is_read(example_path, table):
    many, single = EXTRACTORS[table]
    expected = single(read_document(example_path))
    pd.testing.assert_frame_equal(many(example_path), expected)
    pd.testing.assert_frame_equal(many(_PathLike(example_path)), expected)
    both = many([example_path, parse_document("Adopted by 9 votes to 2.")])
    assert set(both["row"]) == ({0, 1} if table == "tallies" else set(both["row"]))
    pd.testing.assert_frame_equal(
        both[both["row"] == 0].drop(columns="row").reset_index(drop=True), expected
    )


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(SurveyStatsError, match=r"no_such\.txt"):
        extract_numbers(tmp_path / "no_such.txt")


@pytest.mark.parametrize(
    ("source", "match"),
    [
        (42, "needs a Document, a str, a path.*got int"),
        (b"bytes", "got bytes"),
        (pd.DataFrame({"text": ["a"]}), r"not a DataFrame; give the column"),
        (np.array([["a"], ["b"]]), "one dimension; got shape"),
        ([["nested"]], r"row 0: .*got list"),
    ],
)
def test_other_inputs_are_refused_by_name(source, match):
    with pytest.raises(ExtractionError, match=match):
        extract_numbers(source)


def test_the_public_functions_are_the_ones_that_take_many_texts():
    assert surveystats.extract_numbers is extract_numbers
    assert surveystats.extract_tallies is extract_tallies
