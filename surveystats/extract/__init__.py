"""Extraction: typed numbers and tallies, each traceable to the characters it came from.

The lexical layer (:mod:`surveystats.extract.numbers`) finds every structured number;
the grouping layer (:mod:`surveystats.extract.tallies`) turns them into tallies;
:mod:`surveystats.extract.bulk` routes what the public functions are given (a Document,
a text, a file, or many texts at once) to them. Pure functions over text: no plotting,
and a file is read only when a path is given.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["extract_numbers", "extract_tallies"]

_LAZY = {  # the entry points that take a Document, a text, a file or many texts
    "extract_numbers": "surveystats.extract.bulk",
    "extract_tallies": "surveystats.extract.bulk",
}


def __getattr__(name: str) -> Any:
    # Lazy so that importing one extraction module does not import the others.
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'surveystats.extract' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value
