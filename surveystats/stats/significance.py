"""Significance tests for a tally: is there a majority, and do the categories differ."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats as sps

from surveystats.errors import ValidationError
from surveystats.stats._checks import (
    broadcast,
    check_choice,
    check_not_above,
    check_share,
    check_total,
    integer_array,
    result_index,
)

__all__ = ["ALTERNATIVES", "FIT_METHODS", "goodness_of_fit", "majority_test"]

ALTERNATIVES = ("greater", "less", "two-sided")
FIT_METHODS = ("chi_square", "g_test", "exact")

# Above this many possible tables the exact multinomial test is refused.
_EXACT_LIMIT = 200_000


def majority_test(
    count: Any,
    nobs: Any,
    *,
    threshold: float = 0.5,
    alternative: str = "greater",
) -> pd.DataFrame:
    """Exact binomial test that the share behind ``count`` of ``nobs`` exceeds a threshold.

    Parameters
    ----------
    count : int or array-like of int
        Number of respondents in favour.
    nobs : int or array-like of int
        Number of respondents; broadcast against ``count``.
    threshold : float, default 0.5
        The share under the null hypothesis, strictly between 0 and 1 (0.5 for a
        simple majority, 2/3 for a two-thirds majority).
    alternative : {"greater", "less", "two-sided"}
        ``"greater"`` tests whether the underlying share exceeds ``threshold``.

    Returns
    -------
    pandas.DataFrame
        One row per (count, nobs), with columns:

        - ``count``, ``nobs`` (int64): the inputs.
        - ``threshold`` (float64): the null share.
        - ``estimate`` (float64): ``count / nobs``.
        - ``p_value`` (float64): the exact binomial p-value.
        - ``alternative`` (str): the alternative hypothesis used.

    Raises
    ------
    ValidationError
        If a count is negative, not whole, above ``nobs`` or above 2**53; ``nobs``
        is zero;
        ``threshold`` is outside (0, 1); or ``alternative`` is unknown.

    Notes
    -----
    The p-value is :func:`scipy.stats.binomtest`: for ``"greater"``
    :math:`P(X \\ge x)` with :math:`X \\sim \\mathrm{Bin}(n, t)`; for
    ``"two-sided"`` the sum of the probabilities of all outcomes no more likely
    than the observed one. The test treats respondents as a random sample from
    an unlimited population; it says nothing about those who did not respond.

    Reference: Clopper, C. J. and Pearson, E. S. (1934), *Biometrika* 26(4),
    404-413; SciPy ``binomtest`` documentation.

    Examples
    --------
    >>> from surveystats.stats import majority_test
    >>> test = majority_test(47, 78)
    >>> print(test[["count", "nobs", "estimate", "p_value"]].round(4).to_string(index=False))
     count  nobs  estimate  p_value
        47    78    0.6026   0.0444
    """
    check_choice(alternative, "alternative", ALTERNATIVES)
    t = check_share(threshold, "threshold", example=0.5)
    x = integer_array(count, "count")
    n = integer_array(nobs, "nobs", minimum=1)
    x, n = broadcast(count=x, nobs=n)
    check_not_above(x, n, "count", "nobs")
    p_values = np.array(
        [
            sps.binomtest(int(k), int(m), t, alternative=alternative).pvalue
            for k, m in zip(x, n, strict=True)
        ],
        dtype=float,
    )
    return pd.DataFrame(
        {
            "count": x,
            "nobs": n,
            "threshold": np.full(len(x), t),
            "estimate": x / n,
            "p_value": p_values,
            "alternative": np.array([alternative] * len(x), dtype=object),
        },
        index=result_index(count, nobs, length=len(x)),
    )


def goodness_of_fit(
    counts: Any,
    *,
    expected: Any = None,
    method: str = "chi_square",
) -> pd.DataFrame:
    """Test whether a tally's counts fit expected shares (equal shares by default).

    Parameters
    ----------
    counts : array-like of int, pandas.Series or mapping
        Count of each category.
    expected : array-like of float, optional
        Expected shares or weights of the categories, in the same order; they are
        rescaled to sum to the total of ``counts``. Default: equal shares.
    method : {"chi_square", "g_test", "exact"}
        ``"chi_square"``: Pearson's chi-square test (:func:`scipy.stats.chisquare`);
        ``"g_test"``: the likelihood-ratio G-test
        (:func:`scipy.stats.power_divergence`); ``"exact"``: the exact multinomial
        test, for small tallies.

    Returns
    -------
    pandas.DataFrame
        One row, with columns:

        - ``nobs`` (int64): the total of ``counts``.
        - ``categories`` (int64): the number of categories.
        - ``statistic`` (float64): Pearson's :math:`X^2` (``chi_square``), :math:`G`
          (``g_test``) or, for ``exact``, the multinomial probability of the
          observed table.
        - ``dof`` (int64): degrees of freedom, ``categories - 1``.
        - ``p_value`` (float64): the p-value.
        - ``method`` (str): the method used.

    Raises
    ------
    ValidationError
        If there are fewer than two categories, a count is negative or not whole,
        all counts are zero or add up to more than 2**53, ``expected`` has the
        wrong length or a share that is not positive, ``method`` is unknown, or
        ``exact`` would need to enumerate more than 200 000 tables.

    Notes
    -----
    The chi-square and G approximations need expected counts of about 5 or more
    per category (Cochran 1954). The exact test sums the multinomial probability
    of every table with the same total that is no more probable than the
    observed one (tables within a relative 1e-7 of it count as equally probable,
    as in :func:`scipy.stats.binomtest`); with two categories it equals the
    two-sided exact binomial test.

    References: Cochran, W. G. (1954), "Some methods for strengthening the common
    chi-square tests", *Biometrics* 10(4), 417-451. Read, T. R. C. and Cressie,
    N. A. C. (1988), *Goodness-of-Fit Statistics for Discrete Multivariate
    Data*, Springer.

    Examples
    --------
    >>> from surveystats.stats import goodness_of_fit
    >>> fit = goodness_of_fit([47, 20, 11])
    >>> print(fit.round(4).to_string(index=False))
     nobs  categories  statistic  dof  p_value     method
       78           3       27.0    2      0.0 chi_square
    """
    check_choice(method, "method", FIT_METHODS)
    if isinstance(counts, dict):
        counts = list(counts.values())
    x = np.atleast_1d(integer_array(counts, "counts")).ravel()
    if len(x) < 2:
        raise ValidationError(
            f"counts must have at least two categories; got {len(x)} "
            "(use majority_test for a single count)"
        )
    n = check_total(x, "counts")
    if n == 0:
        raise ValidationError(
            f"counts must not all be zero; got {list(x)} (there is nothing to test)"
        )
    if expected is None:
        shares = np.full(len(x), 1.0 / len(x))
    else:
        try:
            weights = np.atleast_1d(np.asarray(expected, dtype=float)).ravel()
        except (TypeError, ValueError, OverflowError):
            raise ValidationError(
                f"expected must be numbers within the float range, one share per category; "
                f"got {expected!r:.80} (pass shares such as [0.5, 0.3, 0.2] or weights)"
            ) from None
        if len(weights) != len(x):
            raise ValidationError(
                f"expected must have one share per category ({len(x)}); got {len(weights)} "
                "(give the shares in the order of counts)"
            )
        if not np.all(np.isfinite(weights)) or np.any(weights <= 0):
            raise ValidationError(
                f"expected shares must be positive and finite; got {list(weights)} "
                "(drop categories that cannot occur, or give them a small positive share)"
            )
        shares = weights / weights.max()  # first, so that huge weights cannot sum to inf
        shares = shares / shares.sum()

    if method == "exact":
        statistic, p_value = _exact_multinomial(x, shares)
    else:
        lambda_ = "pearson" if method == "chi_square" else "log-likelihood"
        result = sps.power_divergence(x, shares * n, lambda_=lambda_)
        statistic, p_value = float(result.statistic), float(result.pvalue)
    return pd.DataFrame(
        {
            "nobs": np.array([n], dtype=np.int64),
            "categories": np.array([len(x)], dtype=np.int64),
            "statistic": [statistic],
            "dof": np.array([len(x) - 1], dtype=np.int64),
            "p_value": [p_value],
            "method": np.array([method], dtype=object),
        }
    )


def _exact_multinomial(x: np.ndarray, shares: np.ndarray) -> tuple[float, float]:
    """Probability of the observed table and the exact multinomial p-value."""
    n = int(x.sum())
    k = len(x)
    tables = math.comb(n + k - 1, k - 1)
    if tables > _EXACT_LIMIT:
        raise ValidationError(
            f"method='exact' would enumerate {tables} tables (more than {_EXACT_LIMIT}) "
            f"for {n} observations in {k} categories; use method='chi_square' or 'g_test'"
        )
    log_shares = np.log(shares)
    observed = _log_multinomial(x, log_shares, n)
    total = 0.0
    for table in _compositions(n, k):
        log_p = _log_multinomial(table, log_shares, n)
        if log_p <= observed + math.log1p(1e-7):
            total += math.exp(log_p)
    return math.exp(observed), min(1.0, total)


def _log_multinomial(table: Any, log_shares: np.ndarray, n: int) -> float:
    """Log multinomial probability of ``table``."""
    value = math.lgamma(n + 1)
    for count, log_share in zip(table, log_shares, strict=True):
        value += count * log_share - math.lgamma(count + 1)
    return value


def _compositions(n: int, k: int) -> Any:
    """Every tuple of ``k`` non-negative integers summing to ``n``."""
    if k == 1:
        yield (n,)
        return
    for first in range(n + 1):
        for rest in _compositions(n - first, k - 1):
            yield (first, *rest)
