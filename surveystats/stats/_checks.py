"""Argument checks shared by the statistics functions.

Every check raises :class:`surveystats.errors.ValidationError` with a message that
names the argument, the rule, the value found and, where there is one, the fix.
Counts are turned into ``int64`` arrays broadcast against each other, so every
function in :mod:`surveystats.stats` accepts scalars, lists, NumPy arrays and pandas
Series alike; they are checked exactly, as Python integers, against
:data:`MAX_COUNT` before any arithmetic.
"""

from __future__ import annotations

import difflib
import math
import numbers
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

from surveystats.errors import ValidationError

__all__ = [
    "MAX_COUNT",
    "MIN_CONFIDENCE",
    "broadcast",
    "check_choice",
    "check_confidence",
    "check_not_above",
    "check_share",
    "check_total",
    "integer_array",
    "is_missing",
    "number_text",
    "result_index",
    "value_text",
]


MAX_COUNT = 2**53
"""Largest count (and total of counts) the statistics accept: 9,007,199,254,740,992.

Every count is used in floating-point formulas (interval bounds, tail probabilities),
and 2**53 is the largest whole number from which a float64 holds every integer
exactly; no vote, body or survey comes near it. Larger counts are refused, so no
sum can overflow int64 into a negative total."""

MIN_CONFIDENCE = 0.5
"""Smallest confidence level accepted. A level below one half (an interval more likely
to miss than to cover) is nearly always a significance level passed by mistake
(``confidence=0.05``); below about 0.145 the Jeffreys interval would also no longer
contain ``count / nobs``."""


def number_text(number: int) -> str:
    """A whole number for a message: exact when short, rounded to 4 digits when huge."""
    return str(number) if abs(number) < 10**15 else f"about {Decimal(number):.3e}"


def value_text(value: Any) -> str:
    """``repr(value)`` for a message: huge integers rounded, anything cut to 80 characters."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool | np.bool_):
        return number_text(int(value))
    return f"{value!r:.80}"


def _real_number(value: Any, name: str, *, rule: str, example: float) -> float:
    """``value`` as a float, or a ValidationError naming ``name`` (no strings or bools)."""
    if isinstance(value, bool | np.bool_) or not isinstance(value, numbers.Real | Decimal):
        raise ValidationError(
            f"{name} must be a number {rule}; got {value!r:.80} of type {type(value).__name__} "
            f"(pass a number such as {example})"
        )
    if isinstance(value, Decimal) and value.is_nan():  # float() refuses Decimal("sNaN")
        return math.nan
    try:
        return float(value)
    except OverflowError:  # an int beyond the float range, such as 10**400
        return math.inf if value > 0 else -math.inf


def check_share(value: Any, name: str, *, example: float) -> float:
    """Return ``value`` as a float after checking it is a share strictly in (0, 1).

    A value from 2 to 100 (exclusive) looks like a percentage, and the message
    suggests ``value / 100``; other values get ``example`` as the fix. Values just
    above 1 (1.5) get no such guess: 0.015 would be a strange reading of them.
    """
    number = _real_number(value, name, rule="in (0, 1)", example=example)
    if not 0.0 < number < 1.0:
        if 2.0 <= number < 100.0:
            fix = f"did you mean {number / 100:g}?"
        else:
            fix = f"pass a share strictly between 0 and 1, such as {example}"
        raise ValidationError(f"{name} must be in (0, 1); got {value_text(value)} ({fix})")
    return number


def check_confidence(confidence: Any) -> float:
    """Return ``confidence`` as a float after checking it lies in [0.5, 1).

    A level in (0, 0.5) is read as a significance level given by mistake, and the
    message suggests ``1 - confidence``; a level from 2 to 100 as a percentage.
    """
    number = _real_number(confidence, "confidence", rule="in [0.5, 1)", example=0.95)
    if MIN_CONFIDENCE <= number < 1.0:
        return number
    if 0.0 < number < MIN_CONFIDENCE:
        fix = f"a confidence level, not a significance level: did you mean {1 - number:g}?"
    elif 2.0 <= number < 100.0:
        fix = f"did you mean {number / 100:g}?"
    else:
        fix = "pass a level such as 0.95"
    raise ValidationError(f"confidence must be in [0.5, 1); got {value_text(confidence)} ({fix})")


def check_choice(value: Any, name: str, choices: Iterable[str]) -> str:
    """Return ``value`` if it is one of ``choices`` (exact match, no prefixes)."""
    options = tuple(choices)
    if not isinstance(value, str) or value not in options:
        listed = ", ".join(repr(option) for option in options)
        close = (
            difflib.get_close_matches(value, options, n=1)
            if isinstance(value, str) and len(value) < 100
            else []
        )
        fix = f"did you mean {close[0]!r}?" if close else "pass one of the names listed"
        raise ValidationError(f"{name} must be one of {listed}; got {value_text(value)} ({fix})")
    return value


def is_missing(value: Any) -> bool:
    """Whether a single value is missing: None, NaN, ``pd.NA`` or ``pd.NaT``."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float | np.floating):
        return math.isnan(value)
    return isinstance(value, Decimal) and value.is_nan()


def _whole_number(item: Any, name: str) -> int | None:
    """One count as a Python int; None when missing; ValidationError otherwise."""
    if is_missing(item):
        return None
    if isinstance(item, bool | np.bool_):
        raise ValidationError(
            f"{name} must contain whole numbers (counts); got booleans "
            "(count the True values first, e.g. with .sum())"
        )
    if isinstance(item, numbers.Integral):
        return int(item)
    if isinstance(item, numbers.Real | Decimal):
        if isinstance(item, Decimal):
            finite = item.is_finite()
        else:  # a Fraction is always finite, and may not fit a float
            finite = math.isfinite(item) if isinstance(item, float | np.floating) else True
        if not finite:
            raise ValidationError(
                f"{name} must contain finite whole numbers (counts); got {item!r} "
                "(check how the value was read: infinity usually comes from a division by zero)"
            )
        if item > MAX_COUNT:  # before int(): Decimal("1E+999999999") has 10**9 digits
            raise _too_large(name, value_text(item))
        if item < -MAX_COUNT:
            raise ValidationError(
                f"{name} must contain counts from 0 to 2**53; got {value_text(item)} "
                "(counts cannot be negative: correct or drop that row)"
            )
        if item != int(item):
            raise ValidationError(
                f"{name} must contain whole numbers (counts); got {item!r} "
                "(pass counts, not shares, means or percentages)"
            )
        return int(item)
    raise ValidationError(
        f"{name} must contain whole numbers; got {item!r:.80} of type {type(item).__name__} "
        "(convert the column with pandas.to_numeric first)"
    )


def _too_large(name: str, shown: str) -> ValidationError:
    return ValidationError(
        f"{name} must be at most 2**53 = {MAX_COUNT:,} (the largest count the statistics "
        f"hold exactly); got {shown} (check how the value was read)"
    )


def integer_array(values: Any, name: str, *, minimum: int = 0) -> np.ndarray:
    """Return ``values`` as an ``int64`` array of whole numbers from ``minimum`` to 2**53.

    Floats are accepted when they are whole (``78.0``); missing values, fractions,
    booleans, strings and numbers below ``minimum`` or above :data:`MAX_COUNT` are
    refused. Integers of any size are compared exactly, so ``10**400`` is refused
    with a message rather than overflowing.
    """
    if isinstance(values, pd.Series | pd.Index):
        # nullable and string columns as Python objects: pd.NA is then reported as missing
        extension = isinstance(values.dtype, pd.api.extensions.ExtensionDtype)
        values = values.to_numpy(dtype=object) if extension else values.to_numpy()
    try:
        array = np.asarray(values)
    except (TypeError, ValueError):  # nested lists of different lengths
        raise ValidationError(
            f"{name} must be a whole number or a flat list of them; got {values!r:.80} "
            "(pass one count per row)"
        ) from None
    if array.dtype == bool:
        raise ValidationError(
            f"{name} must contain whole numbers (counts); got booleans "
            "(count the True values first, e.g. with .sum())"
        )
    if array.dtype.kind not in "iu":  # floats, objects, strings: one by one, exactly
        items = array.ravel().tolist()
        whole = [_whole_number(item, name) for item in items]
        missing = [item for item, number in zip(items, whole, strict=True) if number is None]
        if missing:
            raise ValidationError(
                f"{name} must not contain missing values; got {len(missing)} missing "
                f"({missing[0]!r}) of {array.size} (drop or fill the missing rows first)"
            )
        array = np.array(whole, dtype=object).reshape(array.shape)
    flat = array.ravel()
    if flat.size:
        largest, smallest = flat.max(), flat.min()
        where = len(flat) > 1
        if largest > MAX_COUNT:
            at = f" at position {int(np.argmax(flat))}" if where else ""
            raise _too_large(name, f"{number_text(int(largest))}{at}")
        if smallest < minimum:
            rule = "non-negative" if minimum == 0 else f"at least {minimum}"
            at = f" at position {int(np.argmin(flat))}" if where else ""
            fix = (
                "counts cannot be negative: correct or drop that row"
                if minimum == 0
                else f"correct the value, or drop rows whose {name} is below {minimum}"
            )
            raise ValidationError(
                f"{name} must be {rule}; got {number_text(int(smallest))}{at} ({fix})"
            )
    return array.astype(np.int64)


def check_total(counts: np.ndarray, name: str) -> int:
    """The exact total of ``counts`` as a Python int, refused above :data:`MAX_COUNT`."""
    total = sum(int(count) for count in counts)
    if total > MAX_COUNT:
        raise ValidationError(
            f"{name} must add up to at most 2**53 = {MAX_COUNT:,} (the largest count the "
            f"statistics hold exactly); got a total of {number_text(total)} "
            "(check how the values were read)"
        )
    return total


def check_not_above(small: np.ndarray, large: np.ndarray, small_name: str, large_name: str) -> None:
    """Raise unless ``small <= large`` everywhere (arrays already broadcast)."""
    bad = small > large
    if np.any(bad):
        index = np.flatnonzero(bad.ravel())[0]
        raise ValidationError(
            f"{small_name} must not exceed {large_name}; got {small_name}="
            f"{small.ravel()[index]} > {large_name}={large.ravel()[index]}"
            f" (check that the counts belong to the same total)"
        )


def broadcast(**arrays: np.ndarray) -> list[np.ndarray]:
    """Broadcast the named arrays against each other into flat arrays of one length.

    Single values repeat; arrays of different lengths raise, naming the arguments.
    """
    try:
        shaped = np.broadcast_arrays(*arrays.values())
    except ValueError:
        lengths = ", ".join(f"{name}: {np.size(value)}" for name, value in arrays.items())
        *first, last = arrays
        names = f"{', '.join(first)} and {last}"
        raise ValidationError(
            f"{names} must have the same length, or be single values; got lengths {lengths}"
        ) from None
    return [np.atleast_1d(array).ravel() for array in shaped]


def result_index(*values: Any, length: int) -> pd.Index:
    """Index of the result: that of the first Series argument of matching length."""
    for value in values:
        if isinstance(value, pd.Series) and len(value) == length:
            return value.index
    return pd.RangeIndex(length)
