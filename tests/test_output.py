"""Tables in files: every table round-trips through CSV, JSON and Parquet with its dtypes.

The tables written are the ones the API returns for the bundled example, empty tables,
and, for every table of the schema, a table of awkward values made from its declaration
(missing values, empty strings, formula-like text, newlines, every category level, int64
beyond float precision), so no table and no column type is left out.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
from pathlib import Path

import pandas as pd
import pytest

from surveystats import schema
from surveystats.analysis import analyze
from surveystats.cli import main
from surveystats.documents import read_document
from surveystats.errors import OutputError, ValidationError
from surveystats.extract import extract_numbers, extract_tallies
from surveystats.output import (
    FORMULA_START,
    MANIFEST_NAME,
    TABLE_FORMATS,
    atomic_write_bytes,
    read_table,
    replace_folder,
    table_bytes,
    write_table,
)

# Text a careless writer or reader gets wrong: separators, quotes, line breaks, formulas,
# a real leading quote, an empty string (not missing), non-ASCII and a line separator.
AWKWARD_TEXT = [
    None,
    "",
    '=HYPERLINK("http://x","y")',
    'a,"b"\nc\r\nd',
    "'already quoted",
    "-2+3",
    "+1",
    "@SUM(A1)",
    "\tindented",
    "\rreturn",
    "é \u2028 ✓ 41 per cent",
]
ROWS = len(AWKWARD_TEXT)
_BY_DTYPE = {
    "int64": [0, -5, 2**53 + 1, 7, 1, 2, 3, 4, 5, 6, 8],
    "Int64": [None, -5, 2**62, 0, 1, 3, None, 4, 5, 6, 7],
    "Float64": [None, -1.5, 0.1, 1e-20, 2 / 3, 1e300, 60.25641025641026, 0.0, None, 5.0, -0.0],
    "boolean": [None, True, False, True, False, None, True, True, False, False, True],
    "datetime64[ns]": [None, "2001-12-21", "1945-10-24", "2099-01-01", None, "1970-01-01",
                       "1946-01-10", "2000-02-29", None, "1999-12-31", "2001-01-01"],
}  # fmt: skip


def awkward_table(name: str) -> pd.DataFrame:
    """Every column of table ``name`` filled with values that are hard to round-trip."""
    columns = {}
    for column in schema.table(name).columns:
        if column.dtype == "string":
            columns[column.name] = AWKWARD_TEXT
        elif column.dtype == "category":
            levels = list(column.levels or ())
            columns[column.name] = [None, *(levels[i % len(levels)] for i in range(ROWS - 1))]
        else:
            columns[column.name] = _BY_DTYPE[column.dtype]
    return schema.build_table(name, columns)


def round_trip(frame: pd.DataFrame, name: str | None, table_format: str, folder: Path):
    path = write_table(frame, folder / f"{name}.{table_format}", table=name)
    return read_table(path, table=name)


@pytest.fixture(scope="module")
def example_tables(example_path: Path, test_data: Path) -> dict[str, pd.DataFrame]:
    doc = read_document(example_path)
    result = analyze(doc)
    council = analyze(test_data / "report_sc_fixture.txt")  # the example has no vote
    return {
        "numbers": result.numbers,
        "tallies": result.tallies,
        "shares": result.shares,
        "checks": result.checks,
        "votes": council.votes,
        "membership": result.membership,
        "paragraphs": doc.paragraphs,
        "footnotes": doc.footnotes,
        "footnote_markers": doc.footnote_markers,
        "furniture": doc.furniture,
    }


@pytest.mark.parametrize("table_format", TABLE_FORMATS)
@pytest.mark.parametrize("name", list(schema.TABLES))
def test_every_table_round_trips_with_awkward_values(name, table_format, tmp_path):
    table = awkward_table(name)
    assert table.dtypes.to_dict() == schema.pandas_dtypes(name)
    back = round_trip(table, name, table_format, tmp_path)
    pd.testing.assert_frame_equal(back, table, check_exact=True)


@pytest.mark.parametrize("table_format", TABLE_FORMATS)
@pytest.mark.parametrize("name", list(schema.TABLES))
def test_every_empty_table_round_trips(name, table_format, tmp_path):
    table = schema.empty_table(name)
    pd.testing.assert_frame_equal(round_trip(table, name, table_format, tmp_path), table)


@pytest.mark.parametrize("table_format", TABLE_FORMATS)
@pytest.mark.parametrize(
    "name",
    ["numbers", "tallies", "shares", "checks", "votes", "membership", "paragraphs", "footnotes",
     "footnote_markers", "furniture"],
)  # fmt: skip
def test_the_example_tables_round_trip(example_tables, name, table_format, tmp_path):
    table = example_tables[name]
    assert len(table), "the example has rows in every table"
    back = round_trip(table, name, table_format, tmp_path)
    pd.testing.assert_frame_equal(back, table, check_exact=True)


@pytest.mark.parametrize("table_format", TABLE_FORMATS)
@pytest.mark.parametrize(
    "labels", [pd.array([3, 1, 2], dtype="Int64"), pd.array(["a", "b", None], dtype="string")]
)
def test_undeclared_columns_come_first_with_nullable_types(labels, table_format, tmp_path):
    table = schema.build_table("errors", {"path": ["x.txt", "y.txt", "z.txt"]})
    table.insert(0, "row", labels)
    back = round_trip(table, "errors", table_format, tmp_path)
    pd.testing.assert_frame_equal(back, table, check_exact=True)


def test_csv_keeps_missing_and_empty_text_apart(tmp_path):
    table = schema.build_table("errors", {"path": ["a", ""], "message": [None, ""]})
    assert table_bytes(table, "csv", table="errors").decode().splitlines() == [
        "doc_id,path,stage,error_type,message",
        ',"a",,,',
        ',"",,,""',
    ]
    back = read_table(write_table(table, tmp_path / "e.csv", table="errors"), table="errors")
    pd.testing.assert_frame_equal(back, table)


def test_csv_cells_that_spreadsheets_run_as_formulas_are_quoted(tmp_path):
    cells = ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", "'x", "a=b", "1-2", ""]
    table = schema.build_table("errors", {"path": cells})
    path = write_table(table, tmp_path / "e.csv", table="errors")
    # As a spreadsheet (or pandas) sees the cells: each dangerous one starts with a quote.
    seen = pd.read_csv(path, keep_default_na=False, dtype=str)["path"].tolist()
    assert seen == ["'=1+1", "'+1", "'-1", "'@A1", "'\t=1", "'\r=1", "''x", "a=b", "1-2", ""]
    assert all(cell[0] not in FORMULA_START[:-1] for cell in seen if cell)
    # Read back through surveystats: the original text.
    assert read_table(path, table="errors")["path"].tolist() == cells


def test_numbers_are_not_quoted_in_csv():
    table = schema.build_table("numbers", {"value": [-1.5], "start": [0], "end": [1]})
    line = table_bytes(table, "csv", table="numbers").decode().splitlines()[1]
    assert ",-1.5," in line


def test_json_is_an_array_of_records_with_iso_dates_and_exact_floats():
    table = schema.build_table(
        "votes", {"tally": [0], "in_favour": [14], "date": ["1973-10-22"], "raw": ["a/b"]}
    )
    records = pd.read_json(io.StringIO(table_bytes(table, "json", table="votes").decode()))
    assert records.loc[0, "in_favour"] == 14 and records.loc[0, "raw"] == "a/b"
    text = table_bytes(pd.DataFrame({"x": [2 / 3]}), "json").decode()
    assert '"date"' not in text and "0.6666666666666666" in text
    assert '"1973-10-22"' in table_bytes(table, "json", table="votes").decode()


def test_a_table_of_ones_own_round_trips_with_nullable_types(tmp_path):
    table = pd.DataFrame(
        {
            "n": pd.array([1, None], dtype="Int64"),
            "x": pd.array([0.5, None], dtype="Float64"),
            "ok": pd.array([True, None], dtype="boolean"),
            "text": pd.array(["=1", None], dtype="string"),
        }
    )
    for table_format in TABLE_FORMATS:
        back = round_trip(table, None, table_format, tmp_path)
        pd.testing.assert_frame_equal(back, table)


def test_reading_names_the_file_and_the_problem(tmp_path):
    path = tmp_path / "votes.csv"
    path.write_text('"tally"\n1\n', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"votes\.csv.*not a readable votes table"):
        read_table(path, table="votes")
    with pytest.raises(ValidationError, match="cannot tell the table format"):
        read_table(tmp_path / "votes.txt", table="votes")
    folder = tmp_path / "out.parquet"
    folder.mkdir()
    with pytest.raises(ValidationError, match=r"is a folder.*read_batch"):
        read_table(folder, table="numbers")
    with pytest.raises(KeyError, match="no table 'vote'"):
        read_table(path, table="vote")


def test_writing_a_frame_without_the_tables_columns_is_refused():
    with pytest.raises(ValidationError, match=r"cannot write the votes table.*missing"):
        table_bytes(pd.DataFrame({"tally": [1]}), "csv", table="votes")


# ------------------------------------------------------------------ the command line


@pytest.mark.parametrize("table_format", TABLE_FORMATS)
@pytest.mark.parametrize("tallies", [False, True], ids=["numbers", "tallies"])
def test_cli_writes_every_table_in_every_format(example_path, tmp_path, table_format, tallies):
    # `surveystats extract doc.txt -o numbers.parquet` once ended in an ArrowTypeError.
    output = tmp_path / f"table.{table_format}"
    argv = ["extract", str(example_path), "-o", str(output)] + (["--tallies"] if tallies else [])
    assert main(argv) == 0
    name = "tallies" if tallies else "numbers"
    expected = (extract_tallies if tallies else extract_numbers)(read_document(example_path))
    pd.testing.assert_frame_equal(read_table(output, table=name), expected)


def test_cli_format_option_wins_over_the_suffix(example_path, tmp_path):
    output = tmp_path / "numbers.out"
    assert main(["extract", str(example_path), "--format", "parquet", "-o", str(output)]) == 0
    expected = extract_numbers(read_document(example_path))
    back = read_table(output, table="numbers", table_format="parquet")
    pd.testing.assert_frame_equal(back, expected)


def test_cli_several_files_get_a_file_column(example_path, tmp_path):
    second = tmp_path / "copy.txt"
    second.write_bytes(example_path.read_bytes())
    output = tmp_path / "numbers.csv"
    assert main(["extract", str(example_path), str(second), "-o", str(output)]) == 0
    back = read_table(output, table="numbers")
    assert back.columns[0] == "file"
    assert back["file"].unique().tolist() == [str(example_path), str(second)]
    assert back.dtypes.iloc[1:].to_dict() == schema.pandas_dtypes("numbers")


# --------------------------------------------------------------------- safe writing


def test_written_files_get_the_default_mode_not_a_private_one(tmp_path: Path):
    umask = os.umask(0o022)
    try:
        path = atomic_write_bytes(tmp_path / "table.csv", b"a\n1\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert path.read_bytes() == b"a\n1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]  # no temporary left


def test_unknown_format_is_named():
    with pytest.raises(ValidationError, match="table_format must be one of csv, json, parquet"):
        table_bytes(pd.DataFrame(), "xlsx")


def test_an_input_is_never_overwritten(tmp_path: Path):
    source = tmp_path / "doc.txt"
    source.write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError, match="refusing to write over an input"):
        atomic_write_bytes(tmp_path / "sub" / ".." / "doc.txt", b"x", inputs=[source])
    assert source.read_text(encoding="utf-8") == "keep me"


def test_a_folder_is_not_a_file(tmp_path: Path):
    with pytest.raises(OutputError, match="is a folder"):
        atomic_write_bytes(tmp_path, b"x")


# --------------------------------------------------------------------------- folders


def test_replace_folder_swaps_in_a_complete_folder_and_records_it(tmp_path: Path):
    target = tmp_path / "report"
    with replace_folder(target) as staging:
        assert staging.parent == tmp_path and not target.exists()
        (staging / "sub").mkdir()
        (staging / "sub" / "a.csv").write_bytes(b"a\n1\n")
    manifest = json.loads((target / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["files"] == {"sub/a.csv": hashlib.sha256(b"a\n1\n").hexdigest()}
    with replace_folder(target) as staging:  # only our own files: replaced
        (staging / "b.csv").write_bytes(b"b\n")
    assert sorted(p.name for p in target.iterdir()) == [MANIFEST_NAME, "b.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


def test_replace_folder_leaves_everything_when_the_block_fails(tmp_path: Path):
    target = tmp_path / "report"
    with replace_folder(target) as staging:
        (staging / "a.csv").write_bytes(b"old")
    with pytest.raises(RuntimeError, match="half way"), replace_folder(target) as staging:
        (staging / "a.csv").write_bytes(b"new")
        raise RuntimeError("half way")
    assert (target / "a.csv").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


@pytest.mark.parametrize(
    "foreign",
    ["mine.xlsx", "deep/down/mine.xlsx", "a.csv"],  # a.csv: ours, but changed by hand
)
def test_replace_folder_refuses_files_it_did_not_write(tmp_path: Path, foreign: str):
    target = tmp_path / "report"
    with replace_folder(target) as staging:
        (staging / "a.csv").write_bytes(b"ours")
    path = target / foreign
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"theirs")
    refused = pytest.raises(OutputError, match=re.escape(f"did not write ({foreign})"))
    with refused, replace_folder(target):
        pytest.fail("the block must not run")
    assert path.read_bytes() == b"theirs"


def test_replace_folder_refuses_a_link_and_names_no_folder(tmp_path: Path):
    target = tmp_path / "report"
    with replace_folder(target) as staging:
        (staging / "a.csv").write_bytes(b"ours")
    (target / "elsewhere").symlink_to(tmp_path)
    with pytest.raises(OutputError, match="elsewhere"), replace_folder(target):
        pass
    with pytest.raises(OutputError, match="name a folder"), replace_folder(tmp_path / ".."):
        pass


def test_replace_folder_refuses_a_folder_holding_an_input(tmp_path: Path):
    source = tmp_path / "in" / "doc.txt"
    source.parent.mkdir()
    source.write_text("text", encoding="utf-8")
    with (
        pytest.raises(OutputError, match="contains the input"),
        replace_folder(tmp_path / "in", inputs=[source]),
    ):
        pass
    assert source.read_text(encoding="utf-8") == "text"
