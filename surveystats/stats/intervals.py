"""Confidence intervals for a share of respondents: one proportion, or all categories of a tally.

These intervals treat the respondents as a sample from an unlimited population
(binomial or multinomial). For the share of a *finite* population such as the
members of a UN body see :mod:`surveystats.stats.finite`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats as sps

from surveystats.errors import ValidationError
from surveystats.stats._checks import (
    broadcast,
    check_choice,
    check_confidence,
    check_not_above,
    check_total,
    integer_array,
    number_text,
    result_index,
)

__all__ = ["MULTINOMIAL_METHODS", "PROPORTION_METHODS", "multinomial_ci", "proportion_ci"]

PROPORTION_METHODS = ("wilson", "clopper_pearson", "jeffreys", "agresti_coull", "normal")
MULTINOMIAL_METHODS = ("goodman", "sison_glaz")
SISON_GLAZ_MIN_CATEGORIES = 7
SISON_GLAZ_MAX_TOTAL = 10**9
"""Largest total ``multinomial_ci(method="sison_glaz")`` accepts: the method sums the
Poisson probabilities of the about ``2 * sqrt(total)`` counts in each cell's box, a
second or so at this total (measured 0.45 s for 10**8 in seven categories)."""


def proportion_ci(
    count: Any,
    nobs: Any,
    *,
    confidence: float = 0.95,
    method: str = "wilson",
) -> pd.DataFrame:
    """Two-sided confidence interval for a binomial proportion ``count / nobs``.

    Parameters
    ----------
    count : int or array-like of int
        Number of respondents with the attribute (e.g. votes in favour).
    nobs : int or array-like of int
        Number of respondents (trials); broadcast against ``count``.
    confidence : float, default 0.95
        Confidence level, at least 0.5 and below 1.
    method : {"wilson", "clopper_pearson", "jeffreys", "agresti_coull", "normal"}
        Interval method; see Notes.

    Returns
    -------
    pandas.DataFrame
        One row per (count, nobs) pair, indexed like ``count`` (or ``nobs``) when it
        is a Series, with columns:

        - ``count`` (int64): the count, as given.
        - ``nobs`` (int64): the number of trials, as given.
        - ``estimate`` (float64): ``count / nobs``, the sample proportion, whatever
          the method.
        - ``ci_low``, ``ci_high`` (float64): the interval bounds, as proportions;
          always ``0 <= ci_low <= estimate <= ci_high <= 1``.
        - ``method`` (str): the method used.
        - ``confidence`` (float64): the confidence level used.

    Raises
    ------
    ValidationError
        If a count is negative, not whole, above its ``nobs`` or above 2**53; if
        ``nobs`` is not positive; if ``confidence`` is outside [0.5, 1); if
        ``method`` is unknown.

    Notes
    -----
    With :math:`\\hat p = x/n` and :math:`z = \\Phi^{-1}(1 - \\alpha/2)`:

    - ``wilson``: the score interval of Wilson (1927), centre
      :math:`(\\hat p + z^2/2n)/(1 + z^2/n)`. Recommended by Brown, Cai and
      DasGupta (2001) for general use; it is the default.
    - ``clopper_pearson``: the "exact" interval of Clopper and Pearson (1934),
      :math:`[B(\\alpha/2; x, n-x+1), B(1-\\alpha/2; x+1, n-x)]` with beta quantiles
      and bounds 0 at ``x = 0`` and 1 at ``x = n``. Coverage is at least the
      nominal level; the interval is conservative.
    - ``jeffreys``: equal-tailed posterior interval under the Jeffreys prior,
      beta quantiles :math:`B(\\alpha/2; x+1/2, n-x+1/2)` and
      :math:`B(1-\\alpha/2; x+1/2, n-x+1/2)`, with the lower bound 0 at ``x = 0``
      and the upper bound 1 at ``x = n``, as Brown, Cai and DasGupta (2001,
      section 4.1.2) recommend. Without that change (statsmodels keeps the
      quantiles) the interval for 0 of ``n`` would exclude the estimate 0.
    - ``agresti_coull``: Agresti and Coull (1998): the Wald interval around
      :math:`\\tilde p = (x + z^2/2)/(n + z^2)` with :math:`\\tilde n = n + z^2`.
    - ``normal``: the Wald interval :math:`\\hat p \\pm z\\sqrt{\\hat p(1-\\hat p)/n}`;
      it has zero width at ``x = 0`` and ``x = n`` and poor coverage near those
      ends; provided for comparison only.

    ``estimate`` is the sample proportion for every method, and every interval
    here contains it: the Wilson interval is the set of shares a score test at
    ``count / nobs`` does not reject, the Agresti-Coull interval contains the
    Wilson interval (Agresti and Coull 1998), the Wald interval is centred on it,
    Clopper-Pearson tails at ``count / nobs`` are at least one half (the median
    of a binomial with a whole mean is that mean), and for ``0 < x < n`` the
    Jeffreys posterior puts at least 42.7 per cent of its mass on either side of
    ``x / n``, so the equal-tailed interval contains it at any confidence of 0.5
    or more. The bounds are clipped to [0, 1] and to the estimate, which removes
    only floating-point rounding (Wilson's upper bound at ``x = n`` computes to
    1 - 2e-16). The ``normal``, ``agresti_coull`` and ``wilson`` bounds are
    clipped to [0, 1] exactly as statsmodels' ``proportion_confint`` does, and all
    bounds agree with it to 1e-9 (statsmodels calls Clopper-Pearson ``"beta"``),
    except Jeffreys' at ``x = 0`` and ``x = n`` (see above).

    References: Brown, L. D., Cai, T. T. and DasGupta, A. (2001), "Interval
    estimation for a binomial proportion", *Statistical Science* 16(2), 101-133.
    Agresti, A. and Coull, B. A. (1998), "Approximate is better than 'exact' for
    interval estimation of binomial proportions", *The American Statistician*
    52(2), 119-126.

    Examples
    --------
    47 of 78 respondents in favour:

    >>> from surveystats.stats import proportion_ci
    >>> ci = proportion_ci(47, 78)
    >>> ci[["count", "nobs", "method", "confidence"]]
       count  nobs  method  confidence
    0     47    78  wilson        0.95
    >>> print(ci[["estimate", "ci_low", "ci_high"]].round(3).to_string(index=False))
     estimate  ci_low  ci_high
        0.603   0.492    0.704
    """
    confidence = check_confidence(confidence)
    check_choice(method, "method", PROPORTION_METHODS)
    counts = integer_array(count, "count")
    totals = integer_array(nobs, "nobs", minimum=1)
    counts, totals = broadcast(count=counts, nobs=totals)
    check_not_above(counts, totals, "count", "nobs")

    estimate = counts / totals
    low, high = _around(estimate, *_proportion_bounds(counts, totals, 1.0 - confidence, method))
    return pd.DataFrame(
        {
            "count": counts,
            "nobs": totals,
            "estimate": estimate,
            "ci_low": low,
            "ci_high": high,
            "method": pd.Series([method] * len(counts), dtype=object).to_numpy(),
            "confidence": np.full(len(counts), confidence),
        },
        index=result_index(count, nobs, length=len(counts)),
    )


def _proportion_bounds(
    x: np.ndarray, n: np.ndarray, alpha: float, method: str
) -> tuple[np.ndarray, np.ndarray]:
    """Lower and upper bounds for ``x`` of ``n`` by ``method`` (arrays, checked)."""
    x = x.astype(float)
    n = n.astype(float)
    p = x / n
    z = sps.norm.isf(alpha / 2)
    if method == "wilson":
        centre = (p + z**2 / (2 * n)) / (1 + z**2 / n)
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / (1 + z**2 / n)
        low, high = centre - half, centre + half
    elif method == "agresti_coull":
        n_tilde = n + z**2
        p_tilde = (x + z**2 / 2) / n_tilde
        half = z * np.sqrt(p_tilde * (1 - p_tilde) / n_tilde)
        low, high = p_tilde - half, p_tilde + half
    elif method == "normal":
        half = z * np.sqrt(p * (1 - p) / n)
        low, high = p - half, p + half
    elif method == "clopper_pearson":
        with np.errstate(invalid="ignore"):
            low = np.where(x == 0, 0.0, sps.beta.ppf(alpha / 2, x, n - x + 1))
            high = np.where(x == n, 1.0, sps.beta.isf(alpha / 2, x + 1, n - x))
    else:  # jeffreys, with Brown, Cai and DasGupta's bounds at the ends
        low = np.where(x == 0, 0.0, sps.beta.ppf(alpha / 2, x + 0.5, n - x + 0.5))
        high = np.where(x == n, 1.0, sps.beta.isf(alpha / 2, x + 0.5, n - x + 0.5))
    return low, high


def _around(
    estimate: np.ndarray, low: np.ndarray, high: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Bounds clipped to [0, 1] and to the estimate, which they contain mathematically.

    Only floating-point rounding is removed: a bound of 1.0000000000000002, or an
    upper bound of 0.9999999999999998 for an estimate of 1.
    """
    return np.clip(np.minimum(low, estimate), 0.0, 1.0), np.clip(
        np.maximum(high, estimate), 0.0, 1.0
    )


def multinomial_ci(
    counts: Any,
    *,
    confidence: float = 0.95,
    method: str = "goodman",
) -> pd.DataFrame:
    """Simultaneous confidence intervals for the shares of all categories of a tally.

    Parameters
    ----------
    counts : array-like of int, pandas.Series or mapping
        Count of each category (e.g. in favour, against, abstaining). The labels of
        a Series (its index) or of a mapping (its keys) name the categories;
        otherwise the categories are numbered 0, 1, ...
    confidence : float, default 0.95
        Joint confidence level, at least 0.5 and below 1: all intervals together
        cover the true shares with (approximately) this probability.
    method : {"goodman", "sison_glaz"}
        Interval method; see Notes.

    Returns
    -------
    pandas.DataFrame
        One row per category with columns:

        - ``category``: the category label (index or key, or position).
        - ``count`` (int64): the category's count.
        - ``estimate`` (float64): ``count / counts.sum()``.
        - ``ci_low``, ``ci_high`` (float64): the simultaneous interval bounds;
          always ``0 <= ci_low <= estimate <= ci_high <= 1``.
        - ``method`` (str): the method used.
        - ``confidence`` (float64): the joint confidence level used.

    Raises
    ------
    ValidationError
        If there are fewer than two categories, a count is negative or not whole,
        all counts are zero, the counts add up to more than 2**53, ``confidence``
        is outside [0.5, 1), ``method`` is unknown, or ``sison_glaz`` is asked for
        fewer than seven categories or more than 10**9 observations.

    Notes
    -----
    ``goodman`` (Goodman 1965) is the score (Wilson-type) interval of each category
    with the Bonferroni-adjusted chi-square quantile :math:`\\chi^2_1(1 - \\alpha/k)`
    for :math:`k` categories. It is recommended when every count is at least 5.

    ``sison_glaz`` (Sison and Glaz 1995) gives intervals
    :math:`[\\hat p_i - c/n, \\hat p_i + (c + 2\\gamma)/n]` clipped to [0, 1], where
    the integer ``c`` and the fraction :math:`\\gamma` are found from an
    Edgeworth approximation of the multinomial probability of the box
    :math:`\\{|X_i - x_i| \\le c\\}` (formulas 1 and 7 of the paper, as in May and
    Johnson 2000). Its intervals are shorter than Goodman's but of equal width
    for every category. The Edgeworth expansion is asymptotic in the number of
    categories: Sison and Glaz demonstrate the method with seven or more, and
    statsmodels documents it as "only valid if counts has 7 or more categories"
    (without enforcing it). This function enforces that condition and raises
    otherwise: with few categories the approximation can give nonsense (for
    counts ``[0, 3]`` statsmodels returns ``[1, 1]`` for the second share at 95
    per cent). Use ``goodman`` for a vote's three categories.

    Both methods agree with statsmodels' ``multinomial_proportions_confint``
    (``method="goodman"`` and ``method="sison-glaz"``) to 1e-9 on small tallies,
    with three differences that matter only for large or extreme ones:

    - the bounds are clipped to [0, 1] and to the estimate (Goodman's upper bound
      for a share of 1 computes to 1.0000000000000002 in floating point);
    - the moments of the truncated Poisson variables in formula (1) are summed
      over the box rather than taken from May and Johnson's factorial-moment
      formulas, which subtract numbers of the size of ``count**4`` and lose
      every digit of the fourth moment once counts reach thousands (for counts
      ``[2727, 0, 0, 0, 0, 0, 27270]`` the approximate coverage of ``c = 2`` is
      then 2.75); where the expansion still turns negative the coverage counts as 0;
    - the integer ``c`` is found by doubling and bisection rather than one step
      at a time, a few dozen evaluations of formula (1) instead of thousands.
      The tests check both give the same ``c`` where the coverage is monotone.

    ``sison_glaz`` accepts totals up to 10**9 (:data:`SISON_GLAZ_MAX_TOTAL`).

    References: Goodman, L. A. (1965), "On simultaneous confidence intervals for
    multinomial proportions", *Technometrics* 7(2), 247-254. Sison, C. P. and
    Glaz, J. (1995), "Simultaneous confidence intervals and sample size
    determination for multinomial proportions", *JASA* 90(429), 366-369. May, W.
    L. and Johnson, W. D. (2000), *Journal of Statistical Software* 5(6).

    Examples
    --------
    >>> from surveystats.stats import multinomial_ci
    >>> ci = multinomial_ci({"in favour": 47, "against": 20, "abstaining": 11})
    >>> print(ci[["category", "count", "ci_low", "ci_high"]].round(3).to_string(index=False))
      category  count  ci_low  ci_high
     in favour     47   0.467    0.724
       against     20   0.158    0.389
    abstaining     11   0.071    0.260
    """
    confidence = check_confidence(confidence)
    check_choice(method, "method", MULTINOMIAL_METHODS)
    if isinstance(counts, Mapping):
        labels = list(counts.keys())
        values = list(counts.values())
    elif isinstance(counts, pd.Series):
        labels = list(counts.index)
        values = counts.to_numpy()
    else:
        values = counts
        labels = None
    x = np.atleast_1d(integer_array(values, "counts")).ravel()
    if len(x) < 2:
        raise ValidationError(
            f"counts must have at least two categories; got {len(x)} "
            "(use proportion_ci for a single proportion)"
        )
    total = check_total(x, "counts")
    if total == 0:
        raise ValidationError(
            f"counts must not all be zero; got {list(x)} (there is nothing to estimate)"
        )
    if method == "sison_glaz" and len(x) < SISON_GLAZ_MIN_CATEGORIES:
        raise ValidationError(
            f"method='sison_glaz' needs at least {SISON_GLAZ_MIN_CATEGORIES} categories "
            f"(Sison and Glaz 1995; statsmodels' documented validity condition); got "
            f"{len(x)}: use method='goodman'"
        )
    if method == "sison_glaz" and total > SISON_GLAZ_MAX_TOTAL:
        raise ValidationError(
            f"method='sison_glaz' needs counts adding up to at most 10**9 (its cost grows "
            f"with the square root of the total); got {number_text(total)}: use "
            "method='goodman'"
        )
    if labels is None:
        labels = list(range(len(x)))
    alpha = 1.0 - confidence
    estimate = x / total
    if method == "goodman":
        low, high = _goodman(x, alpha)
    else:
        low, high = _sison_glaz(x, alpha)
    low, high = _around(estimate, low, high)
    return pd.DataFrame(
        {
            "category": pd.Series(labels, dtype=object).to_numpy(),
            "count": x,
            "estimate": estimate,
            "ci_low": low,
            "ci_high": high,
            "method": np.array([method] * len(x), dtype=object),
            "confidence": np.full(len(x), confidence),
        }
    )


def _goodman(x: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """Goodman (1965) simultaneous intervals (Bonferroni chi-square score intervals)."""
    n = float(x.sum())
    p = x / n
    chi2 = sps.chi2.ppf(1 - alpha / len(x), 1)
    root = np.sqrt(chi2**2 + 4 * n * p * chi2 * (1 - p))
    low = (2 * n * p + chi2 - root) / (2 * (chi2 + n))
    high = (2 * n * p + chi2 + root) / (2 * (chi2 + n))
    return low, high


def _sison_glaz(x: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """Sison and Glaz (1995) simultaneous intervals, as in May and Johnson (2000)."""
    n = int(x.sum())

    def truncated_moments(c: int) -> tuple[np.ndarray, ...] | None:
        # For each cell, Y ~ Poisson(x_i) truncated to the box [x_i - c, x_i + c]
        # within [0, n]: P(box), and the mean, variance, third and fourth central
        # moments of the truncated Y, summed over the box's integers. (May and
        # Johnson's factorial-moment formulas subtract numbers of the size of x_i**4
        # and lose every digit of the fourth moment once counts reach thousands.)
        rows = []
        for count in x.tolist():
            values = np.arange(max(count - c, 0), min(count + c, n) + 1)
            pmf = sps.poisson.pmf(values, count)
            mass = pmf.sum()
            if not mass > 0:  # a cell's box holds no Poisson mass
                return None
            weights = pmf / mass
            shift = float((weights * (values - count)).sum())
            deviation = values - count - shift
            rows.append(
                (
                    mass,
                    count + shift,
                    (weights * deviation**2).sum(),
                    (weights * deviation**3).sum(),
                    (weights * deviation**4).sum(),
                )
            )
        return tuple(np.array(column) for column in zip(*rows, strict=True))

    def coverage(c: int) -> float:
        # Formula (1): approximate P(x_i - c <= X_i <= x_i + c for all i).
        moments = truncated_moments(c)
        if moments is None:
            return 0.0
        inside, mean, var, mu3, mu4 = moments
        if not var.sum() > 0:  # every box a single point: Edgeworth cannot apply
            return 0.0
        skew = mu3.sum() / var.sum() ** 1.5
        kurt = (mu4.sum() - 3 * (var**2).sum()) / var.sum() ** 2
        t = (n - mean.sum()) / np.sqrt(var.sum())
        h3 = t**3 - 3 * t
        h4 = t**4 - 6 * t**2 + 3
        h6 = t**6 - 15 * t**4 + 45 * t**2 - 15
        density = (
            np.exp(-(t**2) / 2)
            / np.sqrt(2 * np.pi)
            * (1 + skew * h3 / 6 + kurt * h4 / 24 + skew**2 * h6 / 72)
        ) / np.sqrt(var.sum())
        if not density > 0:  # the expansion went negative far in the tail: P is ~0
            return 0.0
        return float(np.exp(np.log(inside).sum() + np.log(density) - np.log(sps.poisson.pmf(n, n))))

    # Formula (7): the integer c with coverage(c) <= 1 - alpha < coverage(c + 1). The
    # degenerate box c = 0 counts as coverage 0 (as in R's MultinomialCI and
    # statsmodels); from c = n on the box holds the whole support, coverage 1.
    def covered(c: int) -> float:
        return 0.0 if c == 0 else 1.0 if c >= n else coverage(c)

    # Coverage rises with c: double an upper end, then bisect, keeping
    # covered(low) <= 1 - alpha < covered(high).
    low, high = 0, 1
    while covered(high) <= 1 - alpha:
        low, high = high, 2 * high
    while high - low > 1:
        middle = (low + high) // 2
        if covered(middle) <= 1 - alpha:
            low = middle
        else:
            high = middle
    c, current, following = low, covered(low), covered(low + 1)
    gamma = (1 - alpha - current) / (following - current)
    p = x / n
    return np.maximum(p - c / n, 0.0), np.minimum(p + (c + 2 * gamma) / n, 1.0)
