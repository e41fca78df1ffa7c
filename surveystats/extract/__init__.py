"""Extraction: typed numbers and tallies, each traceable to the characters it came from.

The lexical layer (:mod:`surveystats.extract.numbers`) finds every structured number;
the grouping layer (:mod:`surveystats.extract.tallies`) turns them into tallies.
These are pure functions over text: no files, no plotting.
"""

from surveystats.extract.numbers import extract_numbers
from surveystats.extract.tallies import extract_tallies

__all__ = ["extract_numbers", "extract_tallies"]
