"""Extraction: typed numbers and tallies, each traceable to the characters it came from.

The lexical layer (:mod:`surveystats.extract.numbers`) finds every structured number;
the grouping layer (:mod:`surveystats.extract.tallies`) turns them into tallies.
These are pure functions over text: no files, no plotting.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["extract_numbers", "extract_tallies"]

_LAZY = {
    "extract_numbers": "surveystats.extract.numbers",
    "extract_tallies": "surveystats.extract.tallies",
}


def __getattr__(name: str) -> Any:
    # Lazy so that importing one extraction module does not import the others.
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'surveystats.extract' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value
