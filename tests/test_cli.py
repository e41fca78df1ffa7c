"""The console script, run in a subprocess for every command, good and bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

SCRIPT = Path(sys.executable).with_name("surveystats")
SC_VOTE = """Resolution 999 (1970)
of 1 June 1970

The Security Council,

1. Decides to remain seized of the matter.

Adopted at the 1600th meeting by 13 votes to none, with 2 abstentions (France, Poland).
"""
SC_BAD_VOTE = SC_VOTE.replace("13 votes to none", "14 votes to 3")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "surveystats.cli"]
    env = {**os.environ, "MPLBACKEND": "Agg"}
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600
    )


@pytest.fixture
def sc_file(tmp_path: Path) -> Path:
    path = tmp_path / "S_RES_999.txt"
    path.write_text(SC_VOTE, encoding="utf-8")
    return path


def test_help_of_every_command_has_an_example():
    for command in ("report", "extract", "check", "membership"):
        result = run(command, "--help")
        assert result.returncode == 0, result.stderr
        assert "example" in result.stdout
        assert f"surveystats {command}" in result.stdout


def test_membership_on_the_example_date():
    result = run("membership", "--date", "2001-12-21")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "189"


def test_membership_list_is_csv_with_one_row_per_member():
    result = run("membership", "--date", "1945-12-31", "--list")
    assert result.returncode == 0, result.stderr
    rows = result.stdout.strip().splitlines()
    assert len(rows) == 1 + 51


def test_membership_before_the_charter_is_bad_input():
    result = run("membership", "--date", "1930-01-01")
    assert result.returncode == 2
    assert "1945" in result.stderr
    assert "Traceback" not in result.stderr


def test_extract_numbers_as_csv_on_stdout(example_path: Path):
    result = run("extract", str(example_path))
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0].split(",")
    assert header[:5] == ["paragraph", "start", "end", "raw", "kind"]
    assert "forty-seven" in result.stdout


def test_extract_tallies_as_json_file(example_path: Path, tmp_path: Path):
    out = tmp_path / "tallies.json"
    result = run("extract", str(example_path), "--tallies", "--format", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    records = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(record["count"] for record in records) == [5, 26, 47]


def test_extract_parquet_needs_an_output_path(example_path: Path):
    result = run("extract", str(example_path), "--format", "parquet")
    assert result.returncode == 2
    assert "-o" in result.stderr


def test_extract_refuses_to_overwrite_its_input(tmp_path: Path, example_path: Path):
    copy = tmp_path / "doc.txt"
    shutil.copy(example_path, copy)
    before = copy.read_bytes()
    result = run("extract", str(copy), "-o", str(copy), "--format", "csv")
    assert result.returncode == 2
    assert "input" in result.stderr
    assert copy.read_bytes() == before


def test_extract_batch_over_a_folder(tmp_path: Path, sc_file: Path, example_path: Path):
    shutil.copy(example_path, sc_file.parent / "example.txt")
    (sc_file.parent / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    out = tmp_path / "out"
    result = run("extract", str(sc_file.parent), "-o", str(out), "--workers", "1")
    assert result.returncode == 0, result.stderr
    documents = pd.read_parquet(out / "documents")
    errors = pd.read_parquet(out / "errors")
    assert len(documents) == 2
    assert len(errors) == 1
    assert errors["path"].iloc[0].endswith("broken.txt")


def test_bad_input_is_one_line_on_stderr(tmp_path: Path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\n\x00\x01\x02\x03" * 10)
    for command in ("extract", "check", "report"):
        result = run(command, str(binary), "-o", str(tmp_path / "out"))
        if command == "check":
            result = run(command, str(binary))
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1
        assert "scan.txt" in lines[0]


def test_missing_file_is_bad_input(tmp_path: Path):
    result = run("extract", str(tmp_path / "nowhere.txt"))
    assert result.returncode == 2
    assert "nowhere.txt" in result.stderr


def test_unknown_option_is_bad_input():
    result = run("extract", "--no-such-option", "x.txt")
    assert result.returncode == 2


def test_check_exit_status_consistent_then_inconsistent(example_path: Path, tmp_path: Path):
    good = run("check", str(example_path))
    assert good.returncode == 0, good.stdout + good.stderr
    assert "CONSISTENT" in good.stdout
    assert "41" in good.stdout
    bad = tmp_path / "bad.txt"
    bad.write_text(SC_BAD_VOTE, encoding="utf-8")
    result = run("check", str(bad))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "INCONSISTENT" in result.stdout


def test_report_on_the_example_by_default(tmp_path: Path):
    result = run("report", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "reports" / "A_RES_56_203"
    assert folder.is_dir()
    assert any(folder.rglob("*.pdf"))
    assert any(folder.rglob("*.png"))
    assert any(folder.rglob("*.md"))


def test_report_on_a_security_council_resolution(tmp_path: Path, sc_file: Path):
    result = run("report", str(sc_file), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    folders = [path for path in (tmp_path / "out").iterdir() if path.is_dir()]
    assert len(folders) == 1
    assert any(folders[0].rglob("*.pdf"))


def test_two_documents_with_the_same_symbol_get_two_reports(tmp_path: Path):
    for folder in ("first", "second"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "res.txt").write_text(SC_VOTE, encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "report", str(tmp_path / "first" / "res.txt"), str(tmp_path / "second" / "res.txt"),
        "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in out.iterdir()) == ["res", "res_2"]
