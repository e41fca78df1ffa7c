"""The package as a whole: version, cheap import, shipped example, console script."""

from __future__ import annotations

import subprocess
import sys

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
