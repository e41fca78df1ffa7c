"""Tests of the lexical layer of number extraction (surveystats.extract.numbers)."""

from __future__ import annotations

import pytest

from surveystats.extract.numbers import NUMBER_COLUMNS, empty_numbers, scan_text


def _facts(text: str) -> list[tuple[str, str, object]]:
    return [(text[s:e], kind, value) for s, e, kind, value, *_ in scan_text(text)]


def test_empty_table_has_typed_columns():
    table = empty_numbers()
    assert list(table.columns) == list(NUMBER_COLUMNS)
    assert {c: str(t) for c, t in table.dtypes.items()} == NUMBER_COLUMNS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("forty-seven were in favour", [("forty-seven", "count", 47.0)]),
        ("see A/C.2/54/2, annex", [("A/C.2/54/2", "symbol", "A/C.2/54/2")]),
        ("remaining in one's country", []),
    ],
)
def test_scan_text(text, expected):
    assert _facts(text) == expected
