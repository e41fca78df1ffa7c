"""English number words, as the extraction modules have always imported them.

The words, their values and the one number-word pattern live in
:mod:`surveystats.text.words` (month names in :mod:`surveystats.text.dates`), which the
document reader shares; this module re-exports them under their old names.
"""

from __future__ import annotations

from surveystats.text.dates import MONTH_NAMES, MONTHS
from surveystats.text.words import (
    CARDINAL_WORDS,
    FRACTION_WORDS,
    NUMBER_WORDS_PATTERN,
    ORDINAL_WORDS,
    SCALE_WORDS,
    words_to_number,
)

__all__ = [
    "CARDINAL_WORDS",
    "FRACTION_WORDS",
    "MONTHS",
    "MONTH_NAMES",
    "NUMBER_WORDS_PATTERN",
    "ORDINAL_WORDS",
    "SCALE_WORDS",
    "words_to_number",
]
