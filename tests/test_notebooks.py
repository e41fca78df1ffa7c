"""Execute the analyst notebooks top to bottom, as a user on a fresh install would.

Each notebook runs with nbclient on the ``python3`` kernel in a temporary copy of the
``notebooks/`` folder, so nothing is written into the repository; a cell that raises fails
the test. Set ``SURVEYSTATS_NOTEBOOK_OUT`` to a folder to keep the executed copies there
(for looking at the charts).
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

from conftest import CORPUS_DIR, REPO_ROOT  # noqa: E402

NOTEBOOKS = REPO_ROOT / "notebooks"
CELL_TIMEOUT = 300  # seconds per cell

pytestmark = pytest.mark.slow


def _execute(name: str, tmp_path: Path, *, label: str | None = None) -> nbformat.NotebookNode:
    """Run ``notebooks/<name>`` in a copy under ``tmp_path`` and return the executed notebook."""
    before = _snapshot(REPO_ROOT)
    workdir = tmp_path / "notebooks"
    workdir.mkdir()
    shutil.copy(NOTEBOOKS / name, workdir / name)
    notebook = nbformat.read(workdir / name, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(workdir)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    assert _snapshot(REPO_ROOT) == before, "executing the notebook wrote into the repository"
    keep = os.environ.get("SURVEYSTATS_NOTEBOOK_OUT")
    if keep:
        _keep(notebook, Path(keep), label or Path(name).stem)
    return notebook


def _snapshot(root: Path) -> dict[str, int]:
    """Files of the repository's ``notebooks/`` folder and their modification times.

    Only this folder is compared: other parts of the tree may legitimately change while
    the suite runs, and a notebook that wrote relative to its own folder would land here.
    """
    folder = root / "notebooks"
    return {
        str(path.relative_to(root)): path.stat().st_mtime_ns
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def _keep(notebook: nbformat.NotebookNode, folder: Path, stem: str) -> None:
    """Write the executed notebook and its PNG outputs to ``folder`` (outside the repo)."""
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, folder / f"{stem}.ipynb")
    for index, image in enumerate(_images(notebook)):
        (folder / f"{stem}_{index:02d}.png").write_bytes(base64.b64decode(image))


def _images(notebook: nbformat.NotebookNode) -> list[str]:
    return [
        output["data"]["image/png"]
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {})
    ]


def _text(notebook: nbformat.NotebookNode) -> str:
    """All text the notebook's code cells printed or displayed."""
    parts = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            if "text" in output:
                parts.append(output["text"])
            for kind in ("text/plain", "text/html"):
                if kind in output.get("data", {}):
                    parts.append(output["data"][kind])
    return "\n".join(parts)


def _errors(notebook: nbformat.NotebookNode) -> list[str]:
    return [
        f"{output.get('ename')}: {output.get('evalue')}"
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]


# ------------------------------------------------------------------ stored form


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.name)
def test_notebook_is_stored_without_outputs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    assert "widgets" not in notebook.metadata
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code_cells
    for cell in code_cells:
        assert cell.outputs == []
        assert cell.execution_count is None
    # markdown between code cells: the notebook tells a story
    assert sum(cell.cell_type == "markdown" for cell in notebook.cells) >= len(code_cells) // 2


PRIVATE_ATTRIBUTE = re.compile(r"\bsurveystats(\.\w+)*\._[A-Za-z]")
PRIVATE_IMPORT = re.compile(r"^\s*from\s+surveystats[\w.]*\s+import\s+.*\b_[A-Za-z]", re.M)
PRIVATE_MODULE = re.compile(r"^\s*(from|import)\s+surveystats[\w.]*\._[A-Za-z]", re.M)


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.name)
def test_notebook_uses_only_the_public_api(path: Path) -> None:
    source = "\n".join(
        cell.source for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code"
    )
    assert "import surveystats" in source
    for pattern in (PRIVATE_ATTRIBUTE, PRIVATE_IMPORT, PRIVATE_MODULE):
        assert pattern.search(source) is None, pattern.search(source)


def test_private_name_patterns() -> None:
    assert PRIVATE_ATTRIBUTE.search("surveystats.stats._checks.x")
    assert PRIVATE_IMPORT.search("from surveystats.analysis import _votes")
    assert PRIVATE_MODULE.search("from surveystats.stats._checks import check_choice")
    assert not PRIVATE_ATTRIBUTE.search("surveystats.__version__")


@pytest.mark.parametrize("path", sorted(NOTEBOOKS.glob("*.ipynb")), ids=lambda p: p.name)
def test_notebook_is_paired_with_its_py_file(path: Path) -> None:
    """Each notebook is kept as a jupytext percent-format .py file with the same cells.

    Edit the .py file, then ``jupytext --sync notebooks/*.py`` writes the .ipynb.
    """
    jupytext = pytest.importorskip("jupytext")
    script = path.with_suffix(".py")
    assert script.is_file(), f"{path.name} has no paired {script.name}"
    stored = nbformat.read(path, as_version=4)
    paired = jupytext.read(script)
    assert stored.metadata["jupytext"]["formats"] == "ipynb,py:percent"
    assert [(cell.cell_type, cell.source) for cell in paired.cells] == [
        (cell.cell_type, cell.source) for cell in stored.cells
    ], f"{path.name} differs from {script.name}: run jupytext --sync notebooks/*.py"
    tags = [cell.metadata.get("tags", []) for cell in stored.cells]
    assert tags == [cell.metadata.get("tags", []) for cell in paired.cells]


def test_every_py_file_has_its_notebook() -> None:
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.py")) == sorted(
        p.stem for p in NOTEBOOKS.glob("*.ipynb")
    )


# ------------------------------------------------------------------ execution


def test_kernel_is_this_interpreter(tmp_path: Path) -> None:
    """The ``python3`` kernel that runs the notebooks is the test's own Python."""
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("import sys; print(sys.prefix)")]
    )
    nbclient.NotebookClient(notebook, timeout=60, kernel_name="python3").execute()
    printed = notebook.cells[0].outputs[0]["text"].strip()
    assert printed == sys.prefix  # the virtualenv's prefix, not the base interpreter's


def test_migration_survey_notebook(tmp_path: Path) -> None:
    notebook = _execute("01_migration_survey.ipynb", tmp_path)
    assert _errors(notebook) == []
    text = _text(notebook)
    for expected in ("A/RES/56/203", "189", "41.27", "forty-seven", "consistent", "111"):
        assert expected in text, expected
    assert "[188, 189, 190, 191, 192]" in text
    assert "surveystats-summary" in text and "Checks: 1 consistent" in text  # summary()
    assert len(_images(notebook)) >= 4


def test_membership_notebook(tmp_path: Path) -> None:
    notebook = _execute("02_un_membership.ipynb", tmp_path)
    assert _errors(notebook) == []
    text = _text(notebook)
    for expected in ("193", "Zaire", "Democratic Republic of the Congo", "dissolution", "merger"):
        assert expected in text, expected
    assert "MembershipError" in text and "UnknownMemberError" in text
    assert len(_images(notebook)) >= 3


def test_security_council_notebook_without_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SURVEYSTATS_CORPUS", str(tmp_path / "no-such-folder"))
    notebook = _execute("03_security_council_votes.ipynb", tmp_path, label="03_no_corpus")
    assert _errors(notebook) == []
    text = _text(notebook)
    assert "No resolutions found" in text
    assert "5 documents" in text
    assert "inconsistent" in text
    assert "consistent" in text
    assert "5 votes called, 67 member rows" in text  # 11 (1948) + 11 (1956) + 3 x 15
    assert len(_images(notebook)) >= 4


@pytest.mark.corpus
def test_security_council_notebook_on_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = CORPUS_DIR / "sc_resolutions"
    if not folder.is_dir():
        pytest.skip(f"shared corpus not found at {folder}")
    monkeypatch.setenv("SURVEYSTATS_CORPUS", str(folder))
    notebook = _execute("03_security_council_votes.ipynb", tmp_path)
    assert _errors(notebook) == []
    text = _text(notebook)
    files = len(list(folder.glob("*.txt")))
    assert f"Reading {files} resolutions" in text
    assert "inconsistent" in text  # the corpus holds OCR-misread tallies
    assert re.search(r"\d{3} votes called, \d{5} member rows", text)
    assert "Union of Soviet Socialist Republics" in text and "not_participating" in text
    assert len(_images(notebook)) >= 4
