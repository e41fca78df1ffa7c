"""README.md and docs/querying.md: every example runs as written, every column list is true.

Python blocks are executed as they are; command lines (``surveystats ...`` in bash blocks)
run through :func:`surveystats.cli.main`; both in a folder holding the files the examples
name (the bundled example as ``data/A_RES_56_203.txt``, ``doc.txt``, ``resolution.txt``, a
small ``corpus/`` with a broken file). The column lists the two texts give are compared
with the declarations in :mod:`surveystats.schema`.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from test_batch import BROKEN, _resolution

from surveystats import schema
from surveystats.batch import DECLARATIONS
from surveystats.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
GUIDE = ROOT / "docs" / "querying.md"


def blocks(path: Path, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


def command_lines(path: Path) -> list[list[str]]:
    """The ``surveystats`` commands of the bash blocks, split as a shell would."""
    lines = [line for block in blocks(path, "bash") for line in block.splitlines()]
    return [shlex.split(line, comments=True) for line in lines if line.startswith("surveystats ")]


@pytest.fixture
def workspace(tmp_path: Path, example_path: Path, test_data: Path, monkeypatch) -> Path:
    """A folder with the files the examples name, as the current directory."""
    council = test_data / "report_sc_fixture.txt"
    (tmp_path / "data").mkdir()
    shutil.copy(example_path, tmp_path / "data" / example_path.name)
    shutil.copy(example_path, tmp_path / "doc.txt")
    shutil.copy(council, tmp_path / "resolution.txt")
    # stands in for the Security Council resolution the README's tour names
    shutil.copy(council, tmp_path / "S_RES_0660_1990.txt")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        (corpus / f"res_{i:02d}.txt").write_text(_resolution(i), encoding="utf-8")
    (corpus / "nul_bytes.txt").write_bytes(BROKEN["nul_bytes.txt"])
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_python(path: Path, code: str) -> None:
    exec(compile(code, str(path), "exec"), {"__name__": "__docs__"})


def run_command(argv: list[str]) -> None:
    assert argv[0] == "surveystats"
    if "dask" in argv:
        pytest.importorskip("distributed")
    # the workspace corpus holds a broken file: a batch over it finishes with status 3
    batch = argv[1] == "extract" and any(arg.startswith("corpus") for arg in argv)
    assert main(argv[1:]) == (3 if batch else 0), " ".join(argv)


# ------------------------------------------------------------------------- README.md


def test_readme_python_examples_run(workspace: Path, capsys) -> None:
    found = blocks(README, "python")
    assert len(found) == 2  # the tour, many texts and files
    for code in found:
        run_python(README, code)
    assert "A/RES/56/203: International migration and development" in capsys.readouterr().out
    assert (workspace / "numbers.csv").exists()


def test_readme_command_lines_run(workspace: Path, capsys) -> None:
    commands = command_lines(README)
    assert len(commands) == 9
    for argv in commands:
        run_command(argv)
    printed = capsys.readouterr().out
    assert "189" in printed.splitlines() and (workspace / "tallies.json").exists()
    assert (workspace / "reports" / "A_RES_56_203" / "report.pdf").exists()
    assert (workspace / "out" / "corpus" / "report.html").exists()  # the corpus report
    assert (workspace / "out" / "numbers").is_dir()


def _listed(text: str, after: str) -> list[str]:
    """The comma-separated names in the first backquoted list after ``after``."""
    start = text.index(after) + len(after)
    names = re.search(r"`([a-z_, \n]+)`", text[start:])
    assert names is not None, after
    return [name.strip() for name in names.group(1).split(",")]


def test_readme_column_lists_are_the_declared_ones() -> None:
    text = README.read_text(encoding="utf-8")
    assert _listed(text, "One row per mention, columns") == schema.table("numbers").names
    assert _listed(text, "`extract_tallies` returns one row") == schema.table("tallies").names
    roles = re.search(r"`role` is one of ([a-z_, ]+)\)", text)
    assert roles is not None and roles.group(1).split(", ") == list(schema.ROLES)


# ------------------------------------------------------------------ docs/querying.md


def test_querying_guide_runs_as_written(workspace: Path, capsys) -> None:
    pytest.importorskip("duckdb")
    (shell,) = blocks(GUIDE, "bash")
    for line in shell.splitlines():
        if line.startswith("surveystats "):
            run_command(shlex.split(line, comments=True))
        else:  # python -c "...": the same run, from Python
            (code,) = re.fullmatch(r'python -c "(.*)"', line.strip()).groups()
            run_python(GUIDE, code)
    found = blocks(GUIDE, "python")
    assert len(found) == 3  # pandas, the corpus analysis and DuckDB
    for code in found:
        run_python(GUIDE, code)
    printed = capsys.readouterr().out
    assert "nul_bytes.txt" in printed and "in_favour" in printed
    assert "categories" in printed  # corpus.tallies_by_kind


def test_querying_guide_column_lists_are_the_declared_ones() -> None:
    rows = dict(re.findall(r"^\| `(\w+)` \| (.*) \|$", GUIDE.read_text(encoding="utf-8"), re.M))
    assert set(rows) == {"documents", "numbers", "tallies", "errors"}
    for name in ("documents", "errors"):  # listed in full
        listed = re.findall(r"`(\w+)`", rows[name])
        declared = DECLARATIONS[name].names
        assert [column for column in listed if column in declared] == declared, name
    for name in ("numbers", "tallies"):  # the keys, then the API's columns
        assert rows[name].startswith("`doc_id`, `path`, then the columns of ")
        assert f"surveystats.schema.{name.upper()}" in rows[name]
