"""Can a stated percentage come from two counts? Exact rounding windows (GRIM-style checks).

A stated percentage such as "41 per cent" is a claim about the interval of exact
values that round to it. The claim has as many decimals as were written, so the
stated value is best passed as the raw string ("41.0" has one decimal, "41" none).
All comparisons are made with :class:`fractions.Fraction`, never with floats, so a
value exactly on the boundary of the window (1/8 = 12.5 per cent) is judged by the
rounding rule and not by binary rounding error.

The checks come in layers, as in the R package scrutiny (Jung 2023): one window
for one stated value (``_window``), a whole table (:func:`percentage_consistency`)
and the integers a stated value allows (:func:`implied_denominators`,
:func:`implied_numerators`).
"""

from __future__ import annotations

import math
import numbers
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction
from typing import Any

import numpy as np
import pandas as pd

from surveystats.errors import ValidationError
from surveystats.stats._checks import (
    broadcast,
    check_choice,
    check_not_above,
    integer_array,
    is_missing,
    number_text,
    result_index,
    value_text,
)

__all__ = [
    "MAX_DECIMALS",
    "MAX_LISTED",
    "ROUNDINGS",
    "implied_denominators",
    "implied_numerators",
    "percentage_consistency",
]

MAX_DECIMALS = 1000
"""Most decimals a stated percentage may claim (written, or given as ``decimals``).
Far more than any document writes; the bound keeps ``10**decimals`` computable."""

ROUNDINGS = ("half_up", "half_down", "half_even", "up_or_down", "floor", "ceiling", "truncate")

_STATED = re.compile(
    r"""
    ^\s*
    (?P<number>[-+]?\d+(?:\.\d*)?|[-+]?\.\d+)   # 41, 41.0, 41., .5 (sign checked later)
    \s*
    (?:%|per\s*cent|percent)?                   # an optional unit
    \s*$
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class _Stated:
    """A stated percentage: its exact value, its decimals and how it was written."""

    value: Fraction
    decimals: int
    text: str


@dataclass(frozen=True)
class _Window:
    """The exact percentages that round to a stated value; each end open or closed."""

    low: Fraction
    high: Fraction
    low_closed: bool
    high_closed: bool
    decimals: int

    def __contains__(self, percent: Fraction) -> bool:
        above = percent >= self.low if self.low_closed else percent > self.low
        below = percent <= self.high if self.high_closed else percent < self.high
        return above and below

    def text(self) -> str:
        """Interval notation with exact decimal bounds, e.g. ``[12.5, 13.5)``."""
        low = _decimal_text(self.low)
        high = _decimal_text(self.high)
        return f"{'[' if self.low_closed else '('}{low}, {high}{']' if self.high_closed else ')'}"


def _decimal_text(value: Fraction) -> str:
    """Exact decimal text of a fraction with a short decimal expansion (12.5, 40.95)."""
    # Window ends are multiples of half a unit, so this division is exact given
    # enough digits: the denominator's digits bound the decimals, plus "100.".
    with localcontext() as context:
        context.prec = 2 * len(str(value.denominator)) + 10
        text = f"{Decimal(value.numerator) / Decimal(value.denominator):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _parse_stated(stated: Any, decimals: Any = None) -> _Stated:
    """Read a stated percentage and the number of decimals it claims.

    Strings keep their written decimals; ints have none; floats use the decimals
    of their shortest ``repr`` (``41.0`` has one); :class:`~decimal.Decimal` keeps
    its exponent. ``decimals`` (if not None) overrides what was read.
    """
    if is_missing(stated):
        raise ValidationError(
            f"stated must be a finite percentage; got {stated!r}, a missing value "
            "(drop or fill the missing rows first)"
        )
    if isinstance(stated, str):
        match = _STATED.match(stated)
        if match is None:
            raise ValidationError(
                "stated must be a percentage such as '41', '41.3' or '41 per cent'; "
                f"got {stated!r:.80}"
            )
        number = Decimal(match.group("number"))
    elif isinstance(stated, bool | np.bool_):
        raise ValidationError(
            f"stated must be a number or a string such as '41.0'; got {stated!r} "
            "(a boolean is not a percentage)"
        )
    elif isinstance(stated, numbers.Integral):
        number = Decimal(int(stated))
    elif isinstance(stated, Decimal):
        number = stated
    elif isinstance(stated, float | np.floating):
        if not math.isfinite(float(stated)):
            raise ValidationError(
                f"stated must be a finite percentage between 0 and 100; got {stated!r} "
                "(check how the value was read: infinity usually comes from a division by zero)"
            )
        number = Decimal(repr(float(stated)))
    else:
        raise ValidationError(
            f"stated must be a number or a string such as '41.0'; got {stated!r:.80} "
            f"of type {type(stated).__name__} (convert it to str or float first)"
        )
    try:
        places = max(0, -int(number.as_tuple().exponent))
    except (TypeError, ValueError, InvalidOperation):  # Decimal('Infinity')
        raise ValidationError(
            f"stated must be a finite percentage; got {stated!r} "
            "(drop or fill the missing rows first)"
        ) from None
    if decimals is not None:
        places = _check_decimals(decimals)
    if places > MAX_DECIMALS:
        raise ValidationError(
            f"stated must have at most {MAX_DECIMALS} decimals; got {places} in "
            f"{stated!r:.80} (check how the value was read)"
        )
    if number and number.adjusted() > 2:  # 1000 or more; also spares 10**(10**9) digits
        raise ValidationError(
            f"stated must be a percentage between 0 and 100; got {value_text(stated)} "
            "(pass the percentage as written, e.g. '41' for 41 per cent)"
        )
    value = Fraction(number)
    if value == 0:
        number = abs(number)  # "-0" reads as "0"
    if not 0 <= value <= 100:
        raise ValidationError(
            f"stated must be a percentage between 0 and 100; got {value_text(stated)} "
            "(pass the percentage as written, e.g. '41' for 41 per cent)"
        )
    if value * 10**places != int(value * 10**places):
        raise ValidationError(
            f"decimals={places} is fewer than the decimals written in "
            f"stated={value_text(stated)} "
            "(pass more decimals, or leave decimals out to use those written)"
        )
    with localcontext() as context:  # enough digits for every decimal and "100"
        context.prec = places + 10
        text = f"{number.quantize(Decimal(1).scaleb(-places)):f}"
    return _Stated(value=value, decimals=places, text=text)


def _check_decimals(decimals: Any) -> int:
    """``decimals`` as an int from 0 to :data:`MAX_DECIMALS`, or a ValidationError."""
    rule = f"decimals must be a whole number from 0 to {MAX_DECIMALS}"
    if is_missing(decimals):
        raise ValidationError(
            f"{rule}; got {decimals!r}, a missing value (leave decimals out, or pass None, "
            "to use the decimals written in stated)"
        )
    if isinstance(decimals, bool | np.bool_) or not isinstance(decimals, numbers.Real):
        raise ValidationError(
            f"{rule}; got {value_text(decimals)} of type {type(decimals).__name__} "
            "(the digits after the decimal point, e.g. 1 for '41.0')"
        )
    if not 0 <= decimals <= MAX_DECIMALS or decimals != int(decimals):  # nan, inf: not in
        raise ValidationError(
            f"{rule}; got {value_text(decimals)} "
            "(the digits after the decimal point, e.g. 1 for '41.0')"
        )
    return int(decimals)


def _window(stated: _Stated, rounding: str) -> _Window:
    """Exact percentages that ``rounding`` to ``stated.decimals`` places turns into ``stated``."""
    x = stated.value
    unit = Fraction(1, 10**stated.decimals)
    half = unit / 2
    d = stated.decimals
    if rounding == "up_or_down":
        return _Window(x - half, x + half, True, True, d)
    if rounding == "half_up":
        return _Window(x - half, x + half, True, False, d)
    if rounding == "half_down":
        return _Window(x - half, x + half, False, True, d)
    if rounding == "half_even":
        even = (x / unit).numerator % 2 == 0
        return _Window(x - half, x + half, even, even, d)
    if rounding in ("floor", "truncate"):  # identical for percentages, which are >= 0
        return _Window(x, x + unit, True, False, d)
    return _Window(x - unit, x, False, True, d)  # ceiling


def percentage_consistency(
    stated: Any,
    numerator: Any,
    denominator: Any,
    *,
    rounding: str = "up_or_down",
    decimals: Any = None,
) -> pd.DataFrame:
    """Check whether stated percentages can come from ``numerator / denominator``.

    Parameters
    ----------
    stated : str, int, float, Decimal or array-like of them
        The percentage as stated. Pass the raw string to keep its decimals:
        ``"41"`` claims 0 decimals, ``"41.0"`` claims 1; a trailing ``%``,
        ``per cent`` or ``percent`` is allowed. Ints have 0 decimals; a float has
        the decimals of its shortest ``repr`` (``41.0`` -> 1, ``41.27`` -> 2), so a
        float column read from a file may claim more or fewer decimals than the
        document did; use strings or ``decimals`` in that case.
    numerator : int or array-like of int
        The count the percentage is said to describe (e.g. 78 respondents).
    denominator : int or array-like of int
        The base (e.g. 189 members). Broadcast against the other inputs.
    rounding : {"up_or_down", "half_up", "half_down", "half_even", "floor", \
"ceiling", "truncate"}
        How the author is assumed to have rounded; see Notes.
    decimals : int or array-like of int, optional
        Number of decimals the stated value claims, overriding what is read from
        ``stated`` (e.g. the ``decimals`` column of
        :func:`surveystats.extract_numbers`).

    Returns
    -------
    pandas.DataFrame
        One row per stated value, with columns:

        - ``stated`` (str): the stated number as read, without unit
          (``"41"``, ``"41.0"``).
        - ``decimals`` (int64): decimals the stated value claims.
        - ``numerator``, ``denominator`` (int64): the inputs.
        - ``computed`` (float64): ``100 * numerator / denominator``, for display.
        - ``low``, ``high`` (float64): the ends of the rounding window, for
          display.
        - ``window`` (str): the exact window in interval notation, ``[`` or ``]``
          for a closed end and ``(`` or ``)`` for an open one, e.g.
          ``"[40.5, 41.5]"``.
        - ``rounding`` (str): the rounding rule used.
        - ``consistent`` (bool): whether the exact percentage lies in the window.

    Raises
    ------
    ValidationError
        If a stated value is not a percentage or lies outside [0, 100], if a count
        is negative or not whole, if ``numerator > denominator``, if
        ``denominator`` is zero, or if ``rounding`` is unknown.

    Notes
    -----
    With ``d`` decimals the unit is :math:`u = 10^{-d}` percentage points and the
    stated value :math:`x` allows these exact values :math:`p`:

    ============  ============================  =======================================
    rounding      window                        meaning
    ============  ============================  =======================================
    up_or_down    :math:`[x - u/2, x + u/2]`    halves rounded either way (default)
    half_up       :math:`[x - u/2, x + u/2)`    halves rounded up
    half_down     :math:`(x - u/2, x + u/2]`    halves rounded down
    half_even     closed if ``x/u`` is even,    halves to the even neighbour
                  else open, both ends          (banker's rounding, IEEE 754)
    floor         :math:`[x, x + u)`            always down
    ceiling       :math:`(x - u, x]`            always up
    truncate      :math:`[x, x + u)`            towards zero: as floor, since
                                                percentages are never negative
    ============  ============================  =======================================

    ``up_or_down`` follows the option of the same name in the R package scrutiny
    (``rounding = "up_or_down"`` in ``grim()``): when the author's rule is
    unknown, a value on the half is accepted whichever way it was rounded. For
    example 1/8 = 12.5 per cent is reported as "13" under ``half_up`` and as "12"
    under ``half_down``; ``up_or_down`` accepts both.

    The test is exact: :math:`p = 100 \\cdot numerator / denominator` is a
    :class:`fractions.Fraction` and the window ends are exact decimals. This is
    the GRIM test of Brown and Heathers (2017) applied to a percentage.

    References: Brown, N. J. L. and Heathers, J. A. J. (2017), "The GRIM test",
    *Social Psychological and Personality Science* 8(4), 363-369. Jung, L. (2023),
    *scrutiny: Error detection in science*, R package, ``R/grim.R``.

    Examples
    --------
    78 respondents of 189 members is 41.27 per cent:

    >>> from surveystats.stats import percentage_consistency
    >>> check = percentage_consistency(["41", "41.0", "41.3"], 78, 189)
    >>> print(check[["stated", "window", "consistent"]].to_string(index=False))
    stated         window  consistent
        41   [40.5, 41.5]        True
      41.0 [40.95, 41.05]       False
      41.3 [41.25, 41.35]        True

    1/8 is exactly 12.5 per cent:

    >>> check = percentage_consistency("13", 1, 8, rounding="half_down")
    >>> bool(check["consistent"].iloc[0])
    False
    """
    check_choice(rounding, "rounding", ROUNDINGS)
    stated_values = _as_object_list(stated)
    decimals_values = _as_object_list(decimals)
    num = integer_array(numerator, "numerator")
    den = integer_array(denominator, "denominator", minimum=1)
    # Positions into the stated values (and decimals), broadcast with the counts.
    stated_at, decimals_at, num, den = broadcast(
        stated=np.arange(len(stated_values)),
        decimals=np.arange(len(decimals_values)),
        numerator=num,
        denominator=den,
    )
    check_not_above(num, den, "numerator", "denominator")

    rows = []
    windows: dict[tuple[int, int], tuple[_Stated, _Window]] = {}  # parse each value once
    for i, j, a, b in zip(stated_at, decimals_at, num, den, strict=True):
        if (i, j) not in windows:
            parsed = _parse_stated(stated_values[i], decimals_values[j])
            windows[i, j] = (parsed, _window(parsed, rounding))
        parsed, window = windows[i, j]
        exact = Fraction(100 * int(a), int(b))
        rows.append(
            (
                parsed.text,
                parsed.decimals,
                int(a),
                int(b),
                float(exact),
                float(window.low),
                float(window.high),
                window.text(),
                rounding,
                exact in window,
            )
        )
    columns = [
        "stated",
        "decimals",
        "numerator",
        "denominator",
        "computed",
        "low",
        "high",
        "window",
        "rounding",
        "consistent",
    ]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    frame = frame.astype(
        {
            "stated": object,
            "decimals": "int64",
            "numerator": "int64",
            "denominator": "int64",
            "computed": "float64",
            "low": "float64",
            "high": "float64",
            "window": object,
            "rounding": object,
            "consistent": bool,
        }
    )
    frame.index = result_index(stated, numerator, denominator, length=len(frame))
    return frame


def _as_object_list(values: Any) -> list[Any]:
    """A scalar or array-like as a list of Python objects (strings stay whole)."""
    if not pd.api.types.is_list_like(values):  # None, pd.NA, numbers, strings, ...
        return [values]
    if isinstance(values, pd.Series | pd.Index):
        return list(values.tolist())
    if isinstance(values, np.ndarray):
        return list(values.ravel().tolist())
    return list(values)


def _scalar_count(value: Any, name: str, *, minimum: int = 0) -> int:
    """A single whole number ``>= minimum``."""
    array = integer_array(value, name, minimum=minimum)
    if array.ndim != 0 and array.size != 1:
        raise ValidationError(f"{name} must be a single count; got {value!r} (call once per value)")
    return int(array.ravel()[0])


# Why the answers are a run of consecutive integers, for every rounding rule.
#
# Every rule in ``_window`` gives one interval W of percentages from ``low`` to
# ``high``, each end open or closed (half_even: both open or both closed; floor
# and truncate: [x, x + u); ceiling: (x - u, x]; the half rules: one end each way).
# An interval is convex: if p < q < r and p, r are in W, so is q.
#
# - Numerators, fixed d >= 1: k -> 100k/d is strictly increasing, so if k1 < k2 < k3
#   and k1, k3 fit, 100k2/d lies between two points of W and fits too. The set
#   {k : 100k/d in W} is therefore the integers of one interval, intersected with the
#   interval 0 <= k <= d: consecutive integers. Its ends are the first integer at or
#   above (closed) or strictly above (open) low*d/100 and the last integer at or
#   below (closed) or strictly below (open) high*d/100.
# - Denominators, fixed k >= 1: d -> 100k/d is strictly decreasing on d >= 1, so the
#   same argument gives consecutive integers, now intersected with
#   max(k, 1) <= d <= max_denominator. 100k/d <= high (closed) is d >= 100k/high and
#   100k/d < high (open) is d > 100k/high (high > 0; if high <= 0 nothing fits, as
#   100k/d > 0). Likewise 100k/d >= low is d <= 100k/low (closed) and > low is
#   d < 100k/low (open) when low > 0; when low <= 0 every d passes this side and
#   the run has no upper end.
# - Numerator 0: 100k/d = 0 for every d, so either all d >= 1 fit (0 in W) or none.
#
# So each answer is range(first, last + 1), computed exactly from Fraction bounds.

MAX_LISTED = 1_000_000
"""Largest number of integers :func:`implied_denominators` and
:func:`implied_numerators` return; longer answers raise instead of filling memory."""


def _first_above(bound: Fraction, closed: bool) -> int:
    """Smallest integer ``n`` with ``n >= bound`` (closed) or ``n > bound`` (open)."""
    return math.ceil(bound) if closed else math.floor(bound) + 1


def _last_below(bound: Fraction, closed: bool) -> int:
    """Largest integer ``n`` with ``n <= bound`` (closed) or ``n < bound`` (open)."""
    return math.floor(bound) if closed else math.ceil(bound) - 1


def implied_denominators(
    stated: Any,
    numerator: Any,
    *,
    rounding: str = "up_or_down",
    decimals: int | None = None,
    max_denominator: int | None = None,
) -> list[int]:
    """All denominators that, with ``numerator``, give the stated percentage.

    Parameters
    ----------
    stated : str, int, float or Decimal
        One stated percentage, read as in :func:`percentage_consistency`.
    numerator : int
        The count the percentage describes.
    rounding : str, default "up_or_down"
        One of the rules listed in :func:`percentage_consistency`.
    decimals : int, optional
        Decimals the stated value claims, overriding what is read from ``stated``.
    max_denominator : int, optional
        Largest denominator to consider. Needed when infinitely many
        denominators fit (the window reaches 0 per cent, e.g. "0" or "0.4"), or
        when more than 1,000,000 fit (a tiny stated value such as "0.001"):
        without it those cases raise.

    Returns
    -------
    list of int
        The denominators ``d >= max(numerator, 1)`` with
        ``100 * numerator / d`` inside the rounding window, ascending; empty when
        none fits. They are always consecutive integers.

    Raises
    ------
    ValidationError
        If ``stated`` is not a percentage in [0, 100], ``numerator`` is not a
        count, ``rounding`` is unknown, infinitely many denominators fit and
        ``max_denominator`` is not given, or more than 1,000,000 fit
        (:data:`MAX_LISTED`; pass a smaller ``max_denominator``).

    Notes
    -----
    With window :math:`[a, b]` (ends open or closed as the rounding rule says),
    :math:`100k/d \\in [a, b]` exactly when :math:`100k/b \\le d \\le 100k/a`, so
    the answer is every integer between those bounds (strict at an open end),
    computed exactly with fractions; nothing is enumerated.
    Example: "41" with ``up_or_down`` is the window [40.5, 41.5], so 78 allows
    :math:`7800/41.5 = 187.95 \\le d \\le 7800/40.5 = 192.59`, i.e. 188 to 192
    (78/188 = 41.49 per cent, 78/192 = 40.63 per cent; 78/193 = 40.41 per cent
    would be stated as 40).

    Examples
    --------
    >>> from surveystats.stats import implied_denominators
    >>> implied_denominators("41", 78)
    [188, 189, 190, 191, 192]
    """
    check_choice(rounding, "rounding", ROUNDINGS)
    k = _scalar_count(numerator, "numerator")
    window = _window(_parse_stated(stated, decimals), rounding)
    if max_denominator is not None:
        max_denominator = _scalar_count(max_denominator, "max_denominator", minimum=1)
    first = max(k, 1)
    last: int | None  # None: no upper end
    if k == 0:
        if Fraction(0) not in window:
            return []
        last = None
    elif window.high <= 0:
        return []  # 100k/d > 0 lies above the whole window
    else:
        first = max(first, _first_above(Fraction(100 * k) / window.high, window.high_closed))
        last = (
            _last_below(Fraction(100 * k) / window.low, window.low_closed)
            if window.low > 0
            else None
        )
    if last is None:
        if max_denominator is None:
            raise ValidationError(
                f"infinitely many denominators give {stated!r} per cent from numerator={k} "
                f"(the window {window.text()} reaches 0); pass max_denominator= to list "
                "them up to a limit"
            )
        last = max_denominator
    elif max_denominator is not None:
        last = min(last, max_denominator)
    count = last - first + 1
    if count > MAX_LISTED:
        limit = "" if max_denominator is None else f" up to max_denominator={max_denominator}"
        fix = (
            f"pass max_denominator={first + MAX_LISTED - 1} or less to list the smallest of them"
            if first < 10**15
            else "check stated and its decimals: no plausible body is that large"
        )
        raise ValidationError(
            f"numerator={k} with stated={stated!r} per cent fits {number_text(count)} "
            f"denominators{limit} (every whole number from {number_text(first)} to "
            f"{number_text(last)}), more than the {MAX_LISTED:,} this function lists; {fix}"
        )
    return list(range(first, last + 1))


def implied_numerators(
    stated: Any,
    denominator: Any,
    *,
    rounding: str = "up_or_down",
    decimals: int | None = None,
) -> list[int]:
    """All numerators that, over ``denominator``, give the stated percentage.

    Parameters
    ----------
    stated : str, int, float or Decimal
        One stated percentage, read as in :func:`percentage_consistency`.
    denominator : int
        The base, at least 1.
    rounding : str, default "up_or_down"
        One of the rules listed in :func:`percentage_consistency`.
    decimals : int, optional
        Decimals the stated value claims, overriding what is read from ``stated``.

    Returns
    -------
    list of int
        The numerators ``0 <= k <= denominator`` with ``100 * k / denominator``
        inside the rounding window, ascending; empty when none fits (the stated
        value is then impossible for this base). They are always consecutive
        integers.

    Raises
    ------
    ValidationError
        If ``stated`` is not a percentage in [0, 100], ``denominator`` is not a
        positive count, ``rounding`` is unknown, or more than 1,000,000 numerators
        fit (:data:`MAX_LISTED`; the denominator is too large to list them: check
        a given numerator with :func:`percentage_consistency` instead).

    Notes
    -----
    :math:`100k/d \\in [a, b]` exactly when :math:`ad/100 \\le k \\le bd/100`, so
    the answer is every integer between those bounds (strict at an open end),
    computed exactly with fractions; nothing is enumerated.

    Examples
    --------
    41 per cent of 189 members is 77 to 78 of them (40.74 and 41.27 per cent):

    >>> from surveystats.stats import implied_numerators
    >>> implied_numerators("41", 189)
    [77, 78]
    """
    check_choice(rounding, "rounding", ROUNDINGS)
    d = _scalar_count(denominator, "denominator", minimum=1)
    window = _window(_parse_stated(stated, decimals), rounding)
    first = max(0, _first_above(window.low * d / 100, window.low_closed))
    last = min(d, _last_below(window.high * d / 100, window.high_closed))
    count = last - first + 1
    if count > MAX_LISTED:
        raise ValidationError(
            f"denominator={d} is too large to list the numerators that give {stated!r} per "
            f"cent: {number_text(count)} fit (every whole number from {first} to {last}), "
            f"more than the {MAX_LISTED:,} this function lists; check a given numerator "
            "with percentage_consistency(stated, numerator, denominator) instead"
        )
    return list(range(first, last + 1))
