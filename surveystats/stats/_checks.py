"""Argument checks shared by the statistics functions.

Every check raises :class:`surveystats.errors.ValidationError` with a message that
names the argument, the rule, the value found and, where there is one, the fix.
Counts are turned into ``int64`` arrays broadcast against each other, so every
function in :mod:`surveystats.stats` accepts scalars, lists, NumPy arrays and pandas
Series alike.
"""

from __future__ import annotations

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
    "integer_array",
    "result_index",
]


def check_confidence(confidence: Any) -> float:
    """Return ``confidence`` as a float after checking it lies in (0, 1)."""
    try:
        value = float(confidence)
    except (TypeError, ValueError):
        raise ValidationError(
            f"confidence must be a number in (0, 1); got {confidence!r}"
        ) from None
    if not 0.0 < value < 1.0:
        hint = f" (did you mean {value / 100:g}?)" if 1.0 < value < 100.0 else ""
        raise ValidationError(f"confidence must be in (0, 1); got {confidence!r}{hint}")
    return value


def check_choice(value: Any, name: str, choices: Iterable[str]) -> str:
    """Return ``value`` if it is one of ``choices`` (exact match, no prefixes)."""
    options = tuple(choices)
    if not isinstance(value, str) or value not in options:
        listed = ", ".join(repr(option) for option in options)
        raise ValidationError(f"{name} must be one of {listed}; got {value!r}")
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
    if array.dtype == bool or not (
        np.issubdtype(array.dtype, np.integer) or np.issubdtype(array.dtype, np.floating)
    ):
        if array.dtype == object:
            try:
                array = array.astype(float)
            except (TypeError, ValueError):
                raise ValidationError(
                    f"{name} must contain whole numbers; got {values!r}"
                ) from None
        else:
            raise ValidationError(f"{name} must contain whole numbers; got {values!r}")
    if np.issubdtype(array.dtype, np.floating):
        if np.isnan(array).any():
            raise ValidationError(
                f"{name} must not contain missing values; got {int(np.isnan(array).sum())} "
                f"missing (nan) of {array.size} (drop or fill the missing rows first)"
            )
        if not np.all(np.isfinite(array)) or np.any(array != np.round(array)):
            bad = array[~np.isfinite(array) | (array != np.round(array))].ravel()[0].item()
            raise ValidationError(f"{name} must contain whole numbers (counts); got {bad!r}")
        array = array.astype(np.int64)
    array = array.astype(np.int64)
    if array.size and array.min() < minimum:
        rule = "non-negative" if minimum == 0 else f"at least {minimum}"
        raise ValidationError(f"{name} must be {rule}; got {array.min()}")
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
