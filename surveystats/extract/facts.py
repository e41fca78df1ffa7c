"""One number as read from a text, before it becomes a row of the numbers table.

:class:`Fact` has one field per column of the ``numbers`` table that the lexical layer
fills (the table adds ``paragraph``, ``raw`` and ``context``); offsets are relative to the
string that was scanned.
"""

from __future__ import annotations

from dataclasses import dataclass

from surveystats.schema import NUMBER_KINDS

__all__ = ["KINDS", "QUANTITY_KINDS", "Fact"]

#: Every kind of fact, in the order the numbers table documents them.
KINDS = NUMBER_KINDS
#: The kinds that are quantities: they can be qualified, have a range and count something.
QUANTITY_KINDS = frozenset(["count", "percent", "fraction", "money"])


@dataclass(slots=True)
class Fact:
    """A number found in a text: where it is, what kind it is and what it says.

    The fields mean what the columns of the same names of
    :func:`surveystats.extract.numbers.extract_numbers` mean; ``start`` and ``end`` are
    offsets into the scanned string.

    Examples
    --------
    >>> Fact(0, 2, "count", 78.0, decimals=0)
    Fact(start=0, end=2, kind='count', value=78.0, value_text=None, unit=None, decimals=0, low=None, high=None, qualifier=None, counted=None, counted_inherited=None, base=None, date=None, date_end=None, reference_date=None, in_words=False, marker_source=None, sales_number=False)
    """  # noqa: E501

    start: int
    end: int
    kind: str
    value: float | None = None
    value_text: str | None = None
    unit: str | None = None
    decimals: int | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    counted: str | None = None
    counted_inherited: bool | None = None
    base: str | None = None
    date: str | None = None
    date_end: str | None = None
    reference_date: str | None = None
    in_words: bool = False
    marker_source: str | None = None
    sales_number: bool = False

    @property
    def is_quantity(self) -> bool:
        """Whether the fact is a count, percent, fraction or sum of money."""
        return self.kind in QUANTITY_KINDS
