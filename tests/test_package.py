"""The package as a whole: version, cheap import, shipped example, console script."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import surveystats


def test_version_is_a_release_string():
    major, minor, patch = surveystats.__version__.split(".")
    assert (major, minor, patch) == tuple(str(int(part)) for part in (major, minor, patch))


def test_import_does_not_import_matplotlib():
    code = "import sys, surveystats; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_unknown_attribute_raises_attribute_error():
    with pytest.raises(AttributeError, match="no_such_thing"):
        surveystats.no_such_thing  # noqa: B018


def test_console_script_version_and_help():
    version = subprocess.run(
        [sys.executable, "-m", "surveystats.cli", "--version"], capture_output=True, text=True
    )
    assert version.returncode == 0
    assert version.stdout.strip() == f"surveystats {surveystats.__version__}"
    help_text = subprocess.run(
        [sys.executable, "-m", "surveystats.cli", "--help"], capture_output=True, text=True
    )
    assert help_text.returncode == 0
    assert "usage: surveystats" in help_text.stdout


# ------------------------------------------------------------------------ installation

REPO = Path(__file__).resolve().parents[1]


def _requirement_name(requirement: str) -> str:
    name = re.match(r"[A-Za-z0-9._-]+", requirement).group(0)
    return re.sub(r"[-_.]+", "-", name).lower()


def _project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _imported_distributions() -> set[str]:
    """Distributions of the third-party modules imported anywhere in the package."""
    modules: set[str] = set()
    for path in (REPO / "surveystats").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    modules -= set(sys.stdlib_module_names) | {"surveystats"}
    owners = importlib.metadata.packages_distributions()
    return {_requirement_name(dist) for module in modules for dist in owners.get(module, [module])}


def test_runtime_dependencies_are_exactly_what_the_package_imports():
    project = _project()
    runtime = {_requirement_name(r) for r in project["dependencies"]}
    optional_engine = {_requirement_name(r) for r in project["optional-dependencies"]["dask"]}
    imported = _imported_distributions()
    assert runtime - imported == set(), "runtime dependencies the package never imports"
    assert imported - runtime - optional_engine - {"distributed"} == set()


def test_jupyter_is_an_extra_for_the_notebooks():
    project = _project()
    assert "jupyter" not in {_requirement_name(r) for r in project["dependencies"]}
    notebooks = project["optional-dependencies"]["notebooks"]
    assert "jupyter" in {_requirement_name(r) for r in notebooks}


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_report_installs_the_runtime_alone_and_make_test_the_test_set(tmp_path: Path):
    def planned(target: str) -> str:
        result = subprocess.run(
            ["make", "-n", target, f"VENV={tmp_path / 'venv'}"],
            capture_output=True, text=True, cwd=REPO, check=True,
        )  # fmt: skip
        return result.stdout

    report, test = planned("report"), planned("test")
    assert "pip install --quiet -e ." in report
    assert ".[dev]" not in report
    assert 'pip install --quiet -e ".[dev]"' in test


def _module_level_names_bound_twice(source: str) -> list[str]:
    """Names a module binds twice with a plain assignment at its top level."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(target.id)
                seen.add(target.id)
    return twice


def test_no_module_constant_is_bound_twice():
    # A second "_SLACK = ..." further down a module silently changes every function that
    # reads the first one (ruff flags redefined functions and imports, not constants).
    assert _module_level_names_bound_twice("A = 1\nB = 2\nA = 3\n") == ["A"]
    package = Path(surveystats.__file__).parent
    twice = {
        str(path.relative_to(package)): names
        for path in sorted(package.rglob("*.py"))
        if (names := _module_level_names_bound_twice(path.read_text(encoding="utf-8")))
    }
    assert twice == {}
