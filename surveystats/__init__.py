"""surveystats: the numbers written in UN documents, as data you can trust.

The public API is imported lazily, so ``import surveystats`` stays cheap and never
imports matplotlib.

Examples
--------
>>> import surveystats
>>> doc = surveystats.read_document(surveystats.example_path())  # doctest: +SKIP
>>> surveystats.extract_tallies(doc)  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from surveystats.errors import (
    DocumentError,
    ExtractionError,
    MembershipError,
    OutputError,
    SurveyStatsError,
    UnknownMemberError,
    ValidationError,
)

__version__ = "0.1.0"

# public name -> module that defines it
_LAZY = {
    "Document": "surveystats.documents",
    "read_document": "surveystats.documents",
    "parse_document": "surveystats.documents",
    "example_path": "surveystats.documents",
    "extract_numbers": "surveystats.extract",
    "extract_tallies": "surveystats.extract",
    "Analysis": "surveystats.analysis",
    "analyze": "surveystats.analysis",
    "run_batch": "surveystats.batch",
    "read_batch": "surveystats.batch",
    "analyze_corpus": "surveystats.analysis.corpus",
    "read_table": "surveystats.output",
    "write_table": "surveystats.output",
    "membership": "surveystats.membership",
    "stats": "surveystats.stats",
}

__all__ = [
    "Analysis",
    "Document",
    "DocumentError",
    "ExtractionError",
    "MembershipError",
    "OutputError",
    "SurveyStatsError",
    "UnknownMemberError",
    "ValidationError",
    "__version__",
    "analyze",
    "analyze_corpus",
    "example_path",
    "extract_numbers",
    "extract_tallies",
    "membership",
    "parse_document",
    "read_batch",
    "read_document",
    "read_table",
    "run_batch",
    "stats",
    "write_table",
]

if TYPE_CHECKING:  # pragma: no cover
    from surveystats import membership, stats
    from surveystats.analysis import Analysis, analyze
    from surveystats.analysis.corpus import analyze_corpus
    from surveystats.batch import read_batch, run_batch
    from surveystats.documents import Document, example_path, parse_document, read_document
    from surveystats.extract import extract_numbers, extract_tallies
    from surveystats.output import read_table, write_table


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'surveystats' has no attribute {name!r}")
    module = importlib.import_module(module_name)
    value = module if module_name == f"surveystats.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
