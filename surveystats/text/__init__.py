"""What every reader of the package shares about English text, and nothing about documents.

- :mod:`.words`: number words (cardinal, ordinal, scale, fraction denominators), their
  values (:func:`words_to_number`) and the one bounded number-word pattern.
- :mod:`.dates`: month names and the reading of dates into ISO 8601 (:func:`read_date`,
  :func:`read_date_range`, :func:`parse_date`).
- :mod:`.sentences`: where sentences start and the sentence around a mention.
- :mod:`.date_argument`: a date given by a user (API argument, ``--date``), read one way
  everywhere (:func:`~.date_argument.read_date_argument`).

Both :mod:`surveystats.documents` and :mod:`surveystats.extract` import from here; this
package imports from neither.

Examples
--------
>>> from surveystats.text import parse_date, words_to_number
>>> words_to_number("forty-seven"), parse_date("adopted on 21 December 2001")
((47, False), datetime.date(2001, 12, 21))
"""

from __future__ import annotations

from surveystats.text.dates import (
    DATE_PATTERN,
    MONTH_NAMES,
    MONTH_PATTERN,
    MONTHS,
    parse_date,
    read_date,
    read_date_range,
)
from surveystats.text.sentences import sentence_context, sentence_starts
from surveystats.text.words import (
    CARDINAL_WORDS,
    FRACTION_WORDS,
    NUMBER_WORD,
    NUMBER_WORDS,
    NUMBER_WORDS_PATTERN,
    ORDINAL_WORDS,
    SCALE_WORDS,
    SCALES,
    scale_value,
    word_alternation,
    words_to_number,
)

__all__ = [
    "CARDINAL_WORDS",
    "DATE_PATTERN",
    "FRACTION_WORDS",
    "MONTHS",
    "MONTH_NAMES",
    "MONTH_PATTERN",
    "NUMBER_WORD",
    "NUMBER_WORDS",
    "NUMBER_WORDS_PATTERN",
    "ORDINAL_WORDS",
    "SCALES",
    "SCALE_WORDS",
    "parse_date",
    "read_date",
    "read_date_range",
    "scale_value",
    "sentence_context",
    "sentence_starts",
    "word_alternation",
    "words_to_number",
]
