"""Shared fixtures: where the bundled example and the shared corpus live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
TEST_DATA = Path(__file__).resolve().parent / "data"


def _shared_dir() -> Path:
    override = os.environ.get("SURVEYSTATS_SHARED")
    return Path(override) if override else REPO_ROOT.parent / "shared"


SHARED_DIR = _shared_dir()
CORPUS_DIR = SHARED_DIR / "corpus" / "un"


@pytest.fixture(scope="session")
def example_path() -> Path:
    """The bundled example document, A/RES/56/203, as shipped in ``data/``."""
    return REPO_ROOT / "data" / "A_RES_56_203.txt"


@pytest.fixture(scope="session")
def test_data() -> Path:
    """The project's own small fixtures."""
    return TEST_DATA


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """``../shared/corpus/un``; tests that use it are skipped when it is absent."""
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS_DIR}")
    return CORPUS_DIR
