"""Safe table writing: atomic, readable by others, never over an input."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pandas as pd
import pytest

from surveystats.errors import OutputError, ValidationError
from surveystats.output import atomic_write_bytes, table_bytes, write_table


def test_written_files_get_the_default_mode_not_a_private_one(tmp_path: Path):
    umask = os.umask(0o022)
    try:
        path = atomic_write_bytes(tmp_path / "table.csv", b"a\n1\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert path.read_bytes() == b"a\n1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]  # no temporary left


@pytest.mark.parametrize("table_format", ["csv", "json", "parquet"])
def test_every_format_round_trips(tmp_path: Path, table_format: str):
    table = pd.DataFrame({"raw": ["forty-seven", "41 per cent"], "value": [47.0, 41.0]})
    path = write_table(table, tmp_path / f"t.{table_format}", table_format)
    reader = {"csv": pd.read_csv, "json": pd.read_json, "parquet": pd.read_parquet}
    back = reader[table_format](path)
    assert back["raw"].tolist() == table["raw"].tolist()
    assert back["value"].tolist() == table["value"].tolist()


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
