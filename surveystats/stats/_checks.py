"""Argument checks shared by the statistics functions.

Every check raises :class:`surveystats.errors.ValidationError` with a message that
names the argument, the rule, the value found and, where there is one, the fix.
Counts are turned into ``int64`` arrays broadcast against each other, so every
function in :mod:`surveystats.stats` accepts scalars, lists, NumPy arrays and pandas
Series alike.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from surveystats.errors import ValidationError

__all__ = [
    "broadcast",
    "check_choice",
    "check_confidence",
    "check_not_above",
    "check_share",
    "integer_array",
    "result_index",
]


def check_share(value: Any, name: str, *, example: float) -> float:
    """Return ``value`` as a float after checking it is a share strictly in (0, 1).

    A value from 2 to 100 (exclusive) looks like a percentage, and the message
    suggests ``value / 100``; other values get ``example`` as the fix. Values just
    above 1 (1.5) get no such guess: 0.015 would be a strange reading of them.
    """
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(
            f"{name} must be a number in (0, 1); got {value!r} (pass a share such as {example})"
        ) from None
    if not 0.0 < number < 1.0:
        if 2.0 <= number < 100.0:
            fix = f"did you mean {number / 100:g}?"
        else:
            fix = f"pass a share strictly between 0 and 1, such as {example}"
        raise ValidationError(f"{name} must be in (0, 1); got {value!r} ({fix})")
    return number


def check_confidence(confidence: Any) -> float:
    """Return ``confidence`` as a float after checking it lies in (0, 1)."""
    return check_share(confidence, "confidence", example=0.95)


def check_choice(value: Any, name: str, choices: Iterable[str]) -> str:
    """Return ``value`` if it is one of ``choices`` (exact match, no prefixes)."""
    options = tuple(choices)
    if not isinstance(value, str) or value not in options:
        listed = ", ".join(repr(option) for option in options)
        close = difflib.get_close_matches(value, options, n=1) if isinstance(value, str) else []
        fix = f"did you mean {close[0]!r}?" if close else "pass one of the names listed"
        raise ValidationError(f"{name} must be one of {listed}; got {value!r} ({fix})")
    return value


def integer_array(values: Any, name: str, *, minimum: int = 0) -> np.ndarray:
    """Return ``values`` as an ``int64`` array of whole numbers ``>= minimum``.

    Floats are accepted when they are whole (``78.0``); missing values, fractions,
    booleans, strings and numbers below ``minimum`` are refused.
    """
    if isinstance(values, pd.Series | pd.Index):
        if isinstance(values.dtype, pd.api.extensions.ExtensionDtype) and (
            pd.api.types.is_numeric_dtype(values.dtype)
        ):  # nullable Int64/Float64: pd.NA becomes NaN, reported as missing below
            values = values.to_numpy(dtype="float64", na_value=np.nan)
        else:
            values = values.to_numpy()
    array = np.asarray(values)
    if array.dtype == bool:
        raise ValidationError(
            f"{name} must contain whole numbers (counts); got booleans "
            "(count the True values first, e.g. with .sum())"
        )
    if not (np.issubdtype(array.dtype, np.integer) or np.issubdtype(array.dtype, np.floating)):
        converted = []
        for item in array.ravel().tolist():
            try:
                converted.append(float(item) if item is not None else np.nan)
            except (TypeError, ValueError):
                raise ValidationError(
                    f"{name} must contain whole numbers; got {item!r} "
                    "(convert the column with pandas.to_numeric first)"
                ) from None
        array = np.array(converted, dtype=float).reshape(array.shape)
    if np.issubdtype(array.dtype, np.floating):
        if np.isnan(array).any():
            raise ValidationError(
                f"{name} must not contain missing values; got {int(np.isnan(array).sum())} "
                f"missing (nan) of {array.size} (drop or fill the missing rows first)"
            )
        if not np.all(np.isfinite(array)):
            bad = array[~np.isfinite(array)].ravel()[0].item()
            raise ValidationError(
                f"{name} must contain finite whole numbers (counts); got {bad!r} "
                "(check how the value was read: infinity usually comes from a division by zero)"
            )
        if np.any(array != np.round(array)):
            bad = array[array != np.round(array)].ravel()[0].item()
            raise ValidationError(
                f"{name} must contain whole numbers (counts); got {bad!r} "
                "(pass counts, not shares, means or percentages)"
            )
        if np.any(np.abs(array) >= 2.0**63):
            bad = array[np.abs(array) >= 2.0**63].ravel()[0].item()
            raise ValidationError(
                f"{name} must contain counts below 2**63; got {bad!r} (check the value)"
            )
    array = array.astype(np.int64)
    if array.size and array.min() < minimum:
        rule = "non-negative" if minimum == 0 else f"at least {minimum}"
        where = f" at position {int(np.argmin(array.ravel()))}" if array.size > 1 else ""
        fix = (
            "counts cannot be negative: correct or drop that row"
            if minimum == 0
            else f"correct the value, or drop rows whose {name} is below {minimum}"
        )
        raise ValidationError(f"{name} must be {rule}; got {array.min()}{where} ({fix})")
    return array


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
