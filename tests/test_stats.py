"""Tests for surveystats.stats: reference values, brute force, properties, validation.

Every reference value names its independent source in a comment: statsmodels
(a test-only dependency), exact integer/Fraction arithmetic written out here,
Python's ``decimal`` rounding modes, R's samplingbook, or the figures of issue 6.
"""

from __future__ import annotations

import doctest
import math
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Decimal,
    localcontext,
)
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as sps

import surveystats.stats as ss
from surveystats.errors import ValidationError
from surveystats.stats import (
    finite_population_ci,
    goodness_of_fit,
    implied_denominators,
    implied_numerators,
    majority_test,
    multinomial_ci,
    nonresponse_bounds,
    percentage_consistency,
    proportion_ci,
)

smp = pytest.importorskip("statsmodels.stats.proportion")

CONFIDENCES = [0.8, 0.9, 0.95, 0.99]


# --------------------------------------------------------------------------- #
# The example of issue 6: 47 in favour of 78 respondents among 189 members.
# --------------------------------------------------------------------------- #


def test_example_response_rate_is_consistent_with_41_per_cent():
    # Source: issue 6, 78 / 189 = 41.27 per cent, stated as "41 per cent".
    row = percentage_consistency("41", 78, 189).iloc[0]
    assert row["computed"] == pytest.approx(41.27, abs=0.005)
    assert row["consistent"]
    assert row["window"] == "[40.5, 41.5]"


def test_example_implied_denominators():
    # Source: issue 6 (188 to 192); by hand 7800/41.5 = 187.95 and 7800/40.5 = 192.59.
    assert implied_denominators("41", 78) == [188, 189, 190, 191, 192]
    assert Fraction(7800, 192) >= Fraction(81, 2) > Fraction(7800, 193)


def test_example_share_in_favour_wilson():
    # Source: issue 6, "60.3 per cent with a Wilson 95 per cent interval of about
    # [49.2, 70.4]"; statsmodels proportion_confint(47, 78, method="wilson").
    row = proportion_ci(47, 78).iloc[0]
    assert round(100 * row["estimate"], 1) == 60.3
    assert (round(100 * row["ci_low"], 1), round(100 * row["ci_high"], 1)) == (49.2, 70.4)
    low, high = smp.proportion_confint(47, 78, alpha=0.05, method="wilson")
    assert row["ci_low"] == pytest.approx(low, abs=1e-12)
    assert row["ci_high"] == pytest.approx(high, abs=1e-12)


def test_example_worst_case_share_of_membership():
    # Source: issue 6, [47/189, (47 + 111)/189] = [24.9, 83.6] per cent.
    row = nonresponse_bounds(47, 78, 189).iloc[0]
    assert (row["count_low"], row["count_high"]) == (47, 158)
    assert row["low"] == 47 / 189
    assert row["high"] == 158 / 189
    assert (round(100 * row["low"], 1), round(100 * row["high"], 1)) == (24.9, 83.6)


# --------------------------------------------------------------------------- #
# proportion_ci against statsmodels.
# --------------------------------------------------------------------------- #

STATSMODELS_NAME = {
    "wilson": "wilson",
    "clopper_pearson": "beta",
    "jeffreys": "jeffreys",
    "agresti_coull": "agresti_coull",
    "normal": "normal",
}


def _count_grid() -> tuple[np.ndarray, np.ndarray]:
    """Every count 0..n for small n, edge and middle counts for large n."""
    pairs = []
    for n in [1, 2, 3, 4, 5, 7, 10, 15, 20, 33, 50, 78, 100, 189, 193]:
        pairs += [(k, n) for k in range(n + 1)]
    for n in [1000, 12345]:
        pairs += [(k, n) for k in [0, 1, 2, n // 3, n // 2, n - 1, n]]
    counts, nobs = zip(*pairs, strict=True)
    return np.array(counts), np.array(nobs)


@pytest.mark.parametrize("confidence", CONFIDENCES)
@pytest.mark.parametrize("method", ss.intervals.PROPORTION_METHODS)
def test_proportion_ci_agrees_with_statsmodels(method, confidence):
    counts, nobs = _count_grid()
    result = proportion_ci(counts, nobs, confidence=confidence, method=method)
    # Source: statsmodels.stats.proportion.proportion_confint.
    with np.errstate(all="ignore"):
        low, high = smp.proportion_confint(
            counts, nobs, alpha=1 - confidence, method=STATSMODELS_NAME[method]
        )
    if method == "jeffreys":  # Brown, Cai and DasGupta's ends, which statsmodels omits
        low, high = np.where(counts == 0, 0.0, low), np.where(counts == nobs, 1.0, high)
    np.testing.assert_allclose(result["ci_low"], low, rtol=0, atol=1e-9)
    np.testing.assert_allclose(result["ci_high"], high, rtol=0, atol=1e-9)
    assert (result["method"] == method).all()
    assert (result["confidence"] == confidence).all()


def test_proportion_ci_keeps_the_series_index_and_broadcasts():
    counts = pd.Series([47, 20, 11], index=["yes", "no", "abstain"])
    result = proportion_ci(counts, 78)
    assert list(result.index) == ["yes", "no", "abstain"]
    assert list(result["nobs"]) == [78, 78, 78]
    assert list(result.columns) == [
        "count",
        "nobs",
        "estimate",
        "ci_low",
        "ci_high",
        "method",
        "confidence",
    ]


def test_proportion_ci_empty_input_keeps_columns_and_dtypes():
    result = proportion_ci([], [])
    assert len(result) == 0
    assert result.dtypes["count"] == np.int64
    assert result.dtypes["ci_low"] == np.float64


def test_jeffreys_ends_contain_the_estimate():
    # Source: Brown, Cai and DasGupta (2001), section 4.1.2: the Jeffreys interval with
    # L(0) = 0 and U(n) = 1. The other bound is the Beta(x + 1/2, n - x + 1/2)
    # quantile, computed here with scipy.special.betaincinv instead of scipy.stats.beta.
    from scipy.special import betaincinv

    result = proportion_ci([0, 1, 3, 10], [1, 1, 10, 10], method="jeffreys")
    assert list(result["ci_low"].iloc[[0, 1]]) == [
        0.0,
        pytest.approx(betaincinv(1.5, 0.5, 0.025), abs=1e-12),
    ]
    assert list(result["ci_high"].iloc[[0, 1]]) == [
        pytest.approx(betaincinv(0.5, 1.5, 0.975), abs=1e-12),
        1.0,
    ]
    assert result["ci_low"].iloc[2] == pytest.approx(betaincinv(3.5, 7.5, 0.025), abs=1e-12)
    assert result["ci_high"].iloc[3] == 1.0
    assert (result["ci_low"] <= result["estimate"]).all()
    assert (result["estimate"] <= result["ci_high"]).all()


def test_wilson_and_clopper_pearson_agree_with_scipy_binomtest():
    # Source: scipy.stats.binomtest(k, n).proportion_ci, an implementation of its own.
    for k, n in [(0, 7), (1, 1), (3, 10), (47, 78), (78, 78)]:
        for method, name in [("wilson", "wilson"), ("clopper_pearson", "exact")]:
            row = proportion_ci(k, n, method=method).iloc[0]
            expected = sps.binomtest(k, n).proportion_ci(confidence_level=0.95, method=name)
            assert row["ci_low"] == pytest.approx(expected.low, abs=1e-9)
            assert row["ci_high"] == pytest.approx(expected.high, abs=1e-9)


def test_goodman_upper_bound_of_a_whole_share_is_one():
    # Issue 18: the score formula computes 1.0000000000000002 for 73 of 73.
    result = multinomial_ci([0, 73])
    assert result["ci_high"].max() == 1.0
    assert result["ci_low"].min() == 0.0
    # Source: statsmodels multinomial_proportions_confint, up to that rounding.
    expected = smp.multinomial_proportions_confint([0, 73], alpha=0.05, method="goodman")
    np.testing.assert_allclose(result[["ci_low", "ci_high"]], expected, rtol=0, atol=1e-15)


def test_sison_glaz_width_settles_as_counts_grow():
    # c grows like the square root of n (the box is a fixed number of standard
    # deviations wide), so width * sqrt(n) settles as the same shares are counted
    # more often. With May and Johnson's factorial moments it did not: for a million
    # observations the fourth moment is lost to cancellation, and the step-by-step
    # search (statsmodels) stops at a spurious c, 9 per cent too narrow.
    shares = np.array([1, 1, 1, 1, 1, 1, 100])
    scaled = []
    for scale in (1000, 10_000, 100_000):
        counts = shares * scale
        result = multinomial_ci(counts, method="sison_glaz")
        width = (result["ci_high"] - result["ci_low"]).iloc[0]
        scaled.append(width * math.sqrt(counts.sum()))
    assert scaled == pytest.approx([scaled[-1]] * 3, rel=0.01)


def test_counts_near_the_int64_limit_are_refused_not_wrapped():
    # Issue 18: 2**62 + 2**62 wrapped to a negative total and inverted intervals.
    too_large = r"counts must be at most 2\*\*53 .* about 4.612e\+18"
    with pytest.raises(ValidationError, match=too_large):
        multinomial_ci([2**62, 2**62])
    with pytest.raises(ValidationError, match=r"counts must add up to at most 2\*\*53"):
        multinomial_ci([2**52, 2**52, 2**52])
    with pytest.raises(ValidationError, match=r"counts must add up to at most 2\*\*53"):
        goodness_of_fit([2**52, 2**52, 2**52])
    # At the limit the arithmetic is exact and the invariants hold.
    limit = ss._checks.MAX_COUNT
    row = nonresponse_bounds(limit - 1, limit - 1, limit).iloc[0]
    assert (row["count_low"], row["count_high"]) == (limit - 1, limit)
    shares = multinomial_ci([limit // 2, limit // 2])
    assert (shares["estimate"] == 0.5).all()
    assert (shares["ci_low"] <= 0.5).all() and (shares["ci_high"] >= 0.5).all()


def test_clopper_pearson_edges_are_zero_and_one():
    # Source: Clopper and Pearson (1934): lower bound 0 at x = 0, upper 1 at x = n;
    # the other bound is (alpha/2)**(1/n) away, solved by hand.
    result = proportion_ci([0, 10], 10, method="clopper_pearson")
    assert result["ci_low"].iloc[0] == 0.0
    assert result["ci_high"].iloc[1] == 1.0
    assert result["ci_high"].iloc[0] == pytest.approx(1 - 0.025 ** (1 / 10), abs=1e-12)


# --------------------------------------------------------------------------- #
# multinomial_ci against statsmodels.
# --------------------------------------------------------------------------- #

MULTINOMIAL_CASES = [
    [47, 20, 11],
    [5, 5],
    [0, 12],
    [1, 0, 0],
    [100, 1, 1, 1],
    [14, 0, 1],
    [56, 72, 73, 59, 62, 87, 58],  # Sison and Glaz (1995), table 1 style data
    [1, 0, 0, 0, 2, 0, 7, 3],
    [0, 0, 0, 0, 0, 0, 1],
    [30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [120, 3, 44, 8, 17, 2, 0, 5, 9],
    # c near a hundred: the bisection here must find statsmodels' step-by-step c
    [560, 720, 730, 590, 620, 870, 580],
]


# sison_glaz is refused for fewer than 7 categories (see test_validation).
MULTINOMIAL_GRID = [
    (counts, method)
    for counts in MULTINOMIAL_CASES
    for method in ss.intervals.MULTINOMIAL_METHODS
    if method == "goodman" or len(counts) >= ss.intervals.SISON_GLAZ_MIN_CATEGORIES
]


@pytest.mark.parametrize("confidence", CONFIDENCES)
@pytest.mark.parametrize(("counts", "method"), MULTINOMIAL_GRID, ids=str)
def test_multinomial_ci_agrees_with_statsmodels(counts, method, confidence):
    result = multinomial_ci(counts, confidence=confidence, method=method)
    # Source: statsmodels.stats.proportion.multinomial_proportions_confint.
    with np.errstate(all="ignore"):
        expected = smp.multinomial_proportions_confint(
            counts, alpha=1 - confidence, method=method.replace("_", "-")
        )
    np.testing.assert_allclose(result["ci_low"], expected[:, 0], rtol=0, atol=1e-9)
    np.testing.assert_allclose(result["ci_high"], expected[:, 1], rtol=0, atol=1e-9)
    assert list(result["count"]) == counts


def test_multinomial_ci_labels_come_from_a_series_or_mapping():
    from_mapping = multinomial_ci({"yes": 47, "no": 20, "abstain": 11})
    from_series = multinomial_ci(pd.Series([47, 20, 11], index=["yes", "no", "abstain"]))
    assert list(from_mapping["category"]) == ["yes", "no", "abstain"]
    pd.testing.assert_frame_equal(from_mapping, from_series)
    assert list(multinomial_ci([3, 4])["category"]) == [0, 1]


# --------------------------------------------------------------------------- #
# finite_population_ci: brute force, exact reference, samplingbook.
# --------------------------------------------------------------------------- #


def _exact_interval(m: int, n: int, big_n: int, confidence: float) -> tuple[int, int]:
    """Test inversion written out with math.comb and Fractions (independent of scipy)."""
    half_alpha = (1 - Fraction(str(confidence))) / 2
    total = math.comb(big_n, n)

    def pmf(x: int, big_m: int) -> Fraction:
        return Fraction(math.comb(big_m, x) * math.comb(big_n - big_m, n - x), total)

    accepted = [
        big_m
        for big_m in range(big_n + 1)
        if sum(pmf(x, big_m) for x in range(m, n + 1)) > half_alpha
        and sum(pmf(x, big_m) for x in range(0, m + 1)) > half_alpha
    ]
    return min(accepted), max(accepted)


@pytest.mark.parametrize("confidence", [0.8, 0.95])
@pytest.mark.parametrize("big_n", [1, 2, 5, 9, 14])
def test_finite_population_ci_matches_exact_inversion(big_n, confidence):
    cases = [(m, n) for n in range(1, big_n + 1) for m in range(n + 1)]
    m, n = (np.array(v) for v in zip(*cases, strict=True))
    result = finite_population_ci(m, n, big_n, confidence=confidence)
    for (mi, ni), low, high in zip(cases, result["count_low"], result["count_high"], strict=True):
        assert (low, high) == _exact_interval(mi, ni, big_n, confidence), (mi, ni, big_n)


@pytest.mark.parametrize("convention", ss.finite.FINITE_CONVENTIONS)
@pytest.mark.parametrize("confidence", [0.5, 0.8, 0.95, 0.99])
def test_finite_population_ci_coverage_by_brute_force(confidence, convention):
    # For every population N <= 20, every sample size n and every true number M,
    # P_M(count_low <= M <= count_high) >= confidence (probabilities from scipy).
    worst = 1.0
    for big_n in range(1, 21):
        cases = [(m, n) for n in range(1, big_n + 1) for m in range(n + 1)]
        m, n = (np.array(v) for v in zip(*cases, strict=True))
        ci = finite_population_ci(m, n, big_n, confidence=confidence, convention=convention)
        big_m = np.arange(big_n + 1)
        probability = sps.hypergeom.pmf(m[:, None], big_n, big_m[None, :], n[:, None])
        inside = (ci["count_low"].to_numpy()[:, None] <= big_m) & (
            big_m <= ci["count_high"].to_numpy()[:, None]
        )
        coverage = np.zeros((big_n + 1, big_n + 1))  # [sample size, M]
        np.add.at(coverage, n, np.where(inside, probability, 0.0))
        coverage = coverage[1:]
        worst = min(worst, coverage.min())
        assert coverage.min() >= confidence - 1e-12, (big_n, np.argwhere(coverage < confidence))
    assert worst < 1.0  # the check is not vacuous


def test_finite_population_ci_published_example():
    # Source: samplingbook README and tests/testthat/tests_ch2.r (CRAN 1.2.4):
    # Sprop(m=45, n=100, N=300) prints [110, 161]; Sprop(m=2, n=100, N=300) [2, 19];
    # Sprop(m=50, n=60, N=61) [50, 51]; Sprop(m=10, n=20, N=20) [10, 10].
    cases = ([45, 2, 50, 10], [100, 100, 60, 20], [300, 300, 61, 20])
    book = finite_population_ci(*cases, convention="samplingbook")
    assert list(zip(book["count_low"], book["count_high"], strict=True)) == [
        (110, 161),
        (2, 19),
        (50, 51),
        (10, 10),
    ]
    # Inverting the two one-sided tests at 2.5 per cent gives one step less on each
    # side where there is room (source: _exact_interval above, exact arithmetic).
    strict = finite_population_ci(*cases)
    assert (strict["count_low"].iloc[0], strict["count_high"].iloc[0]) == (111, 160)
    for row in strict.itertuples():
        assert (row.count_low, row.count_high) == _exact_interval(
            row.count, row.sample, row.population, 0.95
        )
    assert strict["ci_low"].iloc[0] == pytest.approx(111 / 300)
    # samplingbook's bounds are the last rejected values, just outside the set.
    tail_low = sps.hypergeom.sf(44, 300, 110, 100)  # P(X >= 45 | M = 110)
    tail_high = sps.hypergeom.cdf(45, 300, 161, 100)  # P(X <= 45 | M = 161)
    assert tail_low <= 0.025
    assert tail_high <= 0.025


def test_finite_population_ci_whole_population_is_exact():
    result = finite_population_ci([0, 5, 9], 9, 9)
    assert list(result["count_low"]) == [0, 5, 9]
    assert list(result["count_high"]) == [0, 5, 9]


# --------------------------------------------------------------------------- #
# Rounding: exact windows, against Python's decimal module.
# --------------------------------------------------------------------------- #

DECIMAL_MODES = {
    "half_up": ROUND_HALF_UP,
    "half_down": ROUND_HALF_DOWN,
    "half_even": ROUND_HALF_EVEN,
    "floor": ROUND_FLOOR,
    "ceiling": ROUND_CEILING,
    "truncate": ROUND_DOWN,
}


def _decimal_round(numerator: int, denominator: int, decimals: int, mode: str) -> str:
    """100 * numerator / denominator rounded by the decimal module (60 digits)."""
    with localcontext() as context:
        context.prec = 60
        exact = Decimal(100 * numerator) / Decimal(denominator)
        return str(exact.quantize(Decimal(1).scaleb(-decimals), rounding=mode))


@pytest.mark.parametrize("decimals", [0, 1, 2])
@pytest.mark.parametrize("rounding", sorted(DECIMAL_MODES))
def test_rounding_rules_agree_with_the_decimal_module(rounding, decimals):
    # Source: Python's decimal module (ROUND_HALF_UP etc.), exact for these values.
    pairs = [(k, d) for d in range(1, 41) for k in range(d + 1)]
    numerators, denominators = zip(*pairs, strict=True)
    stated = [_decimal_round(k, d, decimals, DECIMAL_MODES[rounding]) for k, d in pairs]
    result = percentage_consistency(stated, numerators, denominators, rounding=rounding)
    assert result["consistent"].all()
    assert (result["decimals"] == decimals).all()
    # One unit off in the last place is never consistent under a one-way rule.
    unit = Decimal(1).scaleb(-decimals)
    shifted = [str(Decimal(s) + unit) for s in stated]
    keep = [Decimal(s) <= 100 for s in shifted]
    off = percentage_consistency(
        [s for s, k in zip(shifted, keep, strict=True) if k],
        [n for n, k in zip(numerators, keep, strict=True) if k],
        [d for d, k in zip(denominators, keep, strict=True) if k],
        rounding=rounding,
    )
    assert not off["consistent"].any()


def test_up_or_down_accepts_exactly_the_half_up_or_half_down_values():
    # Source: Python's decimal module; up_or_down = half_up or half_down (scrutiny).
    pairs = [(k, d) for d in range(1, 41) for k in range(d + 1)]
    numerators, denominators = zip(*pairs, strict=True)
    for decimals in (0, 1):
        for mode in (ROUND_HALF_UP, ROUND_HALF_DOWN):
            stated = [_decimal_round(k, d, decimals, mode) for k, d in pairs]
            result = percentage_consistency(stated, numerators, denominators)
            assert result["consistent"].all()
        # ... and nothing else: a value no half rounding gives is refused.
        up = [_decimal_round(k, d, decimals, ROUND_HALF_UP) for k, d in pairs]
        down = [_decimal_round(k, d, decimals, ROUND_HALF_DOWN) for k, d in pairs]
        unit = Decimal(1).scaleb(-decimals)
        other = [str(max(Decimal(u), Decimal(w)) + unit) for u, w in zip(up, down, strict=True)]
        keep = [Decimal(o) <= 100 for o in other]
        result = percentage_consistency(
            [o for o, k in zip(other, keep, strict=True) if k],
            [n for n, k in zip(numerators, keep, strict=True) if k],
            [d for d, k in zip(denominators, keep, strict=True) if k],
        )
        assert not result["consistent"].any()


@pytest.mark.parametrize(
    ("stated", "rounding", "consistent"),
    [
        # 1/8 = 12.5 per cent exactly (Fraction(100, 8) == Fraction(25, 2)).
        ("13", "half_up", True),
        ("12", "half_up", False),
        ("13", "half_down", False),
        ("12", "half_down", True),
        ("13", "up_or_down", True),
        ("12", "up_or_down", True),
        ("12", "half_even", True),
        ("13", "half_even", False),
        ("12", "floor", True),
        ("12", "truncate", True),
        ("13", "ceiling", True),
        ("12.5", "half_up", True),
        ("12.50", "half_down", True),
        ("12.4", "up_or_down", False),
    ],
)
def test_one_eighth_is_twelve_and_a_half_per_cent(stated, rounding, consistent):
    assert Fraction(100, 8) == Fraction(25, 2)
    row = percentage_consistency(stated, 1, 8, rounding=rounding).iloc[0]
    assert bool(row["consistent"]) is consistent
    assert row["computed"] == 12.5


def test_boundary_that_floats_get_wrong():
    # 0.145 * 100 is 14.499999999999998 in binary floating point; exactly it is 14.5,
    # which rounds half up to 15 (source: Fraction(29, 200) * 100 == Fraction(29, 2)).
    assert 0.145 * 100 < 14.5
    assert percentage_consistency("15", 29, 200, rounding="half_up")["consistent"].iloc[0]
    assert not percentage_consistency("14", 29, 200, rounding="half_up")["consistent"].iloc[0]


@pytest.mark.parametrize(
    ("stated", "decimals", "text"),
    [
        ("41", 0, "41"),
        ("41.0", 1, "41.0"),
        ("41.27", 2, "41.27"),
        (" 41 per cent", 0, "41"),
        ("41%", 0, "41"),
        ("41.0 percent", 1, "41.0"),
        (41, 0, "41"),
        (41.0, 1, "41.0"),  # a float has the decimals of its repr
        (41.27, 2, "41.27"),
        (Decimal("41.00"), 2, "41.00"),
        (np.int64(41), 0, "41"),
    ],
)
def test_decimals_are_read_from_the_stated_value(stated, decimals, text):
    row = percentage_consistency([stated], 78, 189).iloc[0]
    assert row["decimals"] == decimals
    assert row["stated"] == text


def test_decimals_can_be_given_explicitly():
    row = percentage_consistency(41, 78, 189, decimals=1).iloc[0]
    assert (row["stated"], row["decimals"], row["consistent"]) == ("41.0", 1, False)


def test_percentage_consistency_columns_and_empty_result():
    result = percentage_consistency([], [], [])
    assert list(result.columns) == [
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
    assert result.dtypes["consistent"] == np.dtype(bool)
    assert result.dtypes["decimals"] == np.int64


@pytest.mark.parametrize("rounding", ss.rounding.ROUNDINGS)
@pytest.mark.parametrize("stated", ["0", "0.4", "3", "41", "41.3", "99.5", "100"])
def test_implied_lists_agree_with_percentage_consistency(stated, rounding):
    # Brute force with one table: every numerator of denominators 1..120, and every
    # denominator up to 400 for numerators 0, 1, 7 and 60.
    pairs = [(k, d) for d in range(1, 121) for k in range(d + 1)]
    pairs += [(k, d) for k in (0, 1, 7, 60) for d in range(max(k, 1), 401)]
    numerators, denominators = zip(*pairs, strict=True)
    table = percentage_consistency(stated, numerators, denominators, rounding=rounding)
    fits = {
        (k, d)
        for k, d, ok in zip(
            table["numerator"], table["denominator"], table["consistent"], strict=True
        )
        if ok
    }
    for denominator in range(1, 121):
        brute = [k for k in range(denominator + 1) if (k, denominator) in fits]
        assert implied_numerators(stated, denominator, rounding=rounding) == brute
    for numerator in (0, 1, 7, 60):
        brute = [d for d in range(max(numerator, 1), 401) if (numerator, d) in fits]
        found = implied_denominators(stated, numerator, rounding=rounding, max_denominator=400)
        assert found == brute


def test_implied_denominators_without_limit_when_finite():
    assert implied_denominators("41", 78, rounding="half_up") == [188, 189, 190, 191, 192]
    # "41.0" is [40.95, 41.05]: 7800/41.05 = 190.01 > 190 and 7800/40.95 = 190.48 < 191.
    assert implied_denominators("41.0", 78) == []
    assert implied_numerators("41", 189) == [77, 78]


# The grid of the brute-force comparison: stated values on and off the edges of [0, 100].
GRID_STATED = ["0", "0.4", "12.5", "41", "41.3", "99.9", "100"]
GRID_LIMIT = 300


def _fitting_pairs(stated: str, rounding: str) -> set[tuple[int, int]]:
    """Every (k, d) with 0 <= k <= d <= GRID_LIMIT whose exact percentage is in the window.

    Each pair is tested on its own, by cross-multiplying 100k/d against the window
    ends in integers (exact, and faster than building 45,000 fractions).
    """
    window = ss.rounding._window(ss.rounding._parse_stated(stated), rounding)
    lo, hi = window.low, window.high
    fits = set()
    for d in range(1, GRID_LIMIT + 1):
        lo_d, hi_d = lo.numerator * d, hi.numerator * d
        for k in range(d + 1):
            p_lo, p_hi = 100 * k * lo.denominator, 100 * k * hi.denominator  # compare 100k/d
            above = p_lo >= lo_d if window.low_closed else p_lo > lo_d
            below = p_hi <= hi_d if window.high_closed else p_hi < hi_d
            if above and below:
                fits.add((k, d))
    return fits


def test_fitting_pairs_agree_with_the_window():
    fits = _fitting_pairs("41", "half_up")  # [40.5, 41.5)
    assert (81, 200) in fits and (83, 200) not in fits  # 40.5 in, 41.5 out
    assert all(
        Fraction(100 * k, d) in ss.rounding._window(ss.rounding._parse_stated("41"), "half_up")
        for k, d in fits
    )


@pytest.mark.parametrize("rounding", ss.rounding.ROUNDINGS)
@pytest.mark.parametrize("stated", GRID_STATED)
def test_implied_ranges_equal_brute_force_enumeration(stated, rounding):
    # The fast versions compute the two ends of a run of integers; here every candidate
    # numerator and denominator up to 300 is tried one by one.
    fits = _fitting_pairs(stated, rounding)
    for denominator in range(1, GRID_LIMIT + 1):
        brute = [k for k in range(denominator + 1) if (k, denominator) in fits]
        assert implied_numerators(stated, denominator, rounding=rounding) == brute
    for numerator in range(GRID_LIMIT + 1):
        brute = [d for d in range(max(numerator, 1), GRID_LIMIT + 1) if (numerator, d) in fits]
        found = implied_denominators(
            stated, numerator, rounding=rounding, max_denominator=GRID_LIMIT
        )
        assert found == brute
        if found:  # the claim behind the fast version: the answer is a run
            assert found == list(range(found[0], found[-1] + 1))


def test_implied_denominators_none_when_window_is_below_every_positive_share():
    # "0" rounded up is (-1, 0]: no positive numerator fits, so there is no
    # infinity to refuse (this used to ask for max_denominator=).
    assert implied_denominators("0", 1, rounding="ceiling") == []
    with pytest.raises(ValidationError, match=r"infinitely many.*numerator=0"):
        implied_denominators("0", 0, rounding="ceiling")


def _refused(call):
    # The refusal comes from the size of the answer, before any listing is built.
    with pytest.raises(ValidationError) as caught:
        call()
    return str(caught.value)


def test_implied_numerators_refuses_a_huge_denominator():
    message = _refused(lambda: implied_numerators("41", 10**12))
    assert "denominator=1000000000000 is too large to list" in message
    assert "from 405000000000 to 415000000000" in message
    assert "percentage_consistency" in message


def test_implied_denominators_refuses_a_million():
    # "0.001" with 9: d from 900/0.0015 = 600000 to 900/0.0005 = 1800000.
    message = _refused(lambda: implied_denominators("0.001", 9))
    assert "numerator=9" in message
    assert "fits 1200001 denominators" in message
    assert "max_denominator=1599999 or less" in message
    capped = implied_denominators("0.001", 9, max_denominator=600_009)
    assert capped == list(range(600_000, 600_010))
    message = _refused(lambda: implied_denominators(1e-300, 9))
    assert "about 1.200e+303 denominators" in message
    assert "check stated and its decimals" in message
    message = _refused(lambda: implied_denominators("0", 3, max_denominator=10**9))
    assert "up to max_denominator=1000000000" in message


def test_implied_lists_at_the_limit_are_returned():
    # Exactly MAX_LISTED numerators: "0" floored is [0, 1) per cent, i.e. k < d/100.
    d = 100 * ss.rounding.MAX_LISTED
    found = implied_numerators("0", d, rounding="floor")
    assert len(found) == ss.rounding.MAX_LISTED
    assert (found[0], found[-1]) == (0, ss.rounding.MAX_LISTED - 1)
    with pytest.raises(ValidationError, match="too large to list"):
        implied_numerators("0", d + 1, rounding="floor")


# --------------------------------------------------------------------------- #
# Property tests.
# --------------------------------------------------------------------------- #

# Totals small, and huge up to 2**53 (where int64 sums used to wrap around).
totals = st.one_of(
    st.integers(min_value=1, max_value=2000),
    st.integers(min_value=1, max_value=ss._checks.MAX_COUNT),
)
counts_and_totals = totals.flatmap(
    lambda n: st.tuples(st.integers(min_value=0, max_value=n), st.just(n))
)
confidences = st.one_of(st.just(0.5), st.floats(min_value=0.5, max_value=0.9999))


def _check_interval(table: pd.DataFrame) -> None:
    """Every bound within [0, 1] and the estimate within its bounds."""
    low, estimate, high = (table[c].to_numpy() for c in ("ci_low", "estimate", "ci_high"))
    assert np.all(low >= 0) and np.all(high <= 1), table
    assert np.all(low <= estimate) and np.all(estimate <= high), table


@settings(max_examples=300, deadline=None)
@given(
    case=counts_and_totals,
    method=st.sampled_from(ss.intervals.PROPORTION_METHODS),
    confidence=confidences,
)
def test_proportion_ci_invariants(case, method, confidence):
    # Properties of every method (references: statsmodels and scipy above): bounds in
    # [0, 1], the estimate inside, and the interval for k of n mirrors n - k.
    k, n = case
    result = proportion_ci([k, n - k], n, confidence=confidence, method=method)
    _check_interval(result)
    low, high = result["ci_low"].to_numpy(), result["ci_high"].to_numpy()
    assert low[0] == pytest.approx(1 - high[1], abs=1e-9)
    assert high[0] == pytest.approx(1 - low[1], abs=1e-9)


@st.composite
def tallies(draw: st.DrawFn) -> tuple[list[int], str]:
    method = draw(st.sampled_from(ss.intervals.MULTINOMIAL_METHODS))
    fewest = ss.intervals.SISON_GLAZ_MIN_CATEGORIES if method == "sison_glaz" else 2
    huge = (
        ss.intervals.SISON_GLAZ_MAX_TOTAL if method == "sison_glaz" else ss._checks.MAX_COUNT
    ) // 12
    largest = draw(st.sampled_from([20, 10**6, huge]))
    counts = draw(
        st.lists(st.integers(min_value=0, max_value=largest), min_size=fewest, max_size=12)
    )
    if not any(counts):
        counts[0] = 1
    return counts, method


@settings(max_examples=150, deadline=None)
@given(tally=tallies(), confidence=confidences)
def test_multinomial_ci_invariants(tally, confidence):
    # References: statsmodels above. Properties: bounds in [0, 1], estimates inside,
    # and the categories in reverse order give the same intervals in reverse order.
    counts, method = tally
    result = multinomial_ci(counts, confidence=confidence, method=method)
    _check_interval(result)
    backwards = multinomial_ci(counts[::-1], confidence=confidence, method=method)
    for column in ("ci_low", "ci_high"):
        np.testing.assert_allclose(
            backwards[column].to_numpy()[::-1], result[column], rtol=0, atol=1e-12
        )
    if len(counts) == 2 and method == "goodman":  # k of n mirrors n - k
        assert result["ci_low"].iloc[0] == pytest.approx(1 - result["ci_high"].iloc[1])


@settings(max_examples=100, deadline=None)
@given(
    big_n=st.one_of(
        st.integers(min_value=1, max_value=400),
        st.integers(min_value=1, max_value=ss.finite.MAX_POPULATION),
    ),
    data=st.data(),
    confidence=confidences,
)
def test_finite_population_ci_mirrors_and_contains_what_was_seen(big_n, data, confidence):
    n = data.draw(st.integers(min_value=1, max_value=min(big_n, 10**6)))
    m = data.draw(st.integers(min_value=0, max_value=n))
    result = finite_population_ci([m, n - m], n, big_n, confidence=confidence)
    low, high = result["count_low"].to_numpy(), result["count_high"].to_numpy()
    # The interval for m mirrors the interval for n - m: M <-> N - M.
    assert (low[0], high[0]) == (big_n - high[1], big_n - low[1])
    # It stays within the population counts that the sample allows.
    assert m <= low[0] <= high[0] <= big_n - (n - m)
    _check_interval(result)
    estimate = result["count_estimate"].to_numpy()
    if not (2 * m == n and big_n % 2):  # the one case no whole number can mirror
        assert estimate[0] == big_n - estimate[1]


@pytest.mark.parametrize("confidence", [0.5, 0.8, 0.95])
def test_finite_population_estimate_is_inside_by_brute_force(confidence):
    # Every sample of every population up to 60: the rounded estimate m N / n lies in
    # the interval (checked for populations up to 120 while writing this).
    for big_n in range(1, 61):
        cases = [(m, n) for n in range(1, big_n + 1) for m in range(n + 1)]
        m, n = (np.array(v) for v in zip(*cases, strict=True))
        result = finite_population_ci(m, n, big_n, confidence=confidence)
        _check_interval(result)
        exact = [Fraction(int(a) * big_n, int(b)) for a, b in zip(m, n, strict=True)]
        assert all(
            abs(Fraction(int(e)) - x) <= Fraction(1, 2)
            for e, x in zip(result["count_estimate"], exact, strict=True)
        )


@settings(max_examples=100, deadline=None)
@given(
    population=st.integers(min_value=1, max_value=500),
    data=st.data(),
)
def test_nonresponse_bounds_contain_every_completion(population, data):
    respondents = data.draw(st.integers(min_value=0, max_value=population))
    count = data.draw(st.integers(min_value=0, max_value=respondents))
    extra = data.draw(st.integers(min_value=0, max_value=population - respondents))
    row = nonresponse_bounds(count, respondents, population).iloc[0]
    share = (count + extra) / population
    assert 0 <= row["low"] <= share <= row["high"] <= 1
    assert row["high"] - row["low"] == pytest.approx(1 - respondents / population)


# --------------------------------------------------------------------------- #
# majority_test and goodness_of_fit.
# --------------------------------------------------------------------------- #


def test_majority_test_exact_tail():
    # Source: exact binomial tail sum(C(78, k) for k >= 47) / 2**78 with math.comb.
    exact = sum(Fraction(math.comb(78, k), 2**78) for k in range(47, 79))
    row = majority_test(47, 78).iloc[0]
    assert row["p_value"] == pytest.approx(float(exact), rel=1e-12)
    assert (row["threshold"], row["alternative"]) == (0.5, "greater")
    # Two-thirds majority, "less": P(X <= 47 | n = 78, p = 2/3).
    exact_less = sum(
        Fraction(math.comb(78, k)) * Fraction(2, 3) ** k * Fraction(1, 3) ** (78 - k)
        for k in range(48)
    )
    row = majority_test(47, 78, threshold=2 / 3, alternative="less").iloc[0]
    assert row["p_value"] == pytest.approx(float(exact_less), rel=1e-9)


def test_goodness_of_fit_chi_square_and_g_by_hand():
    counts = np.array([47, 20, 11])
    expected = counts.sum() / 3
    # Source: Pearson's X^2 and G = 2 sum O log(O/E), written out.
    x2 = float(((counts - expected) ** 2 / expected).sum())
    g = float(2 * (counts * np.log(counts / expected)).sum())
    chi = goodness_of_fit(counts).iloc[0]
    assert chi["statistic"] == pytest.approx(x2)
    assert chi["p_value"] == pytest.approx(sps.chi2.sf(x2, 2))
    assert chi["dof"] == 2
    gt = goodness_of_fit(counts, method="g_test").iloc[0]
    assert gt["statistic"] == pytest.approx(g)
    weighted = goodness_of_fit([30, 10], expected=[3, 1]).iloc[0]
    assert weighted["statistic"] == pytest.approx(0.0)


@pytest.mark.parametrize(("k", "n"), [(0, 5), (3, 10), (7, 20), (12, 13)])
def test_exact_goodness_of_fit_with_two_categories_is_the_binomial_test(k, n):
    # Source: scipy.stats.binomtest two-sided (same probability ordering).
    row = goodness_of_fit([k, n - k], method="exact").iloc[0]
    assert row["p_value"] == pytest.approx(sps.binomtest(k, n, 0.5).pvalue, rel=1e-9)
    assert row["statistic"] == pytest.approx(math.comb(n, k) / 2**n)


# --------------------------------------------------------------------------- #
# Validation: one test per rule.
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: proportion_ci(79, 78), r"count must not exceed nobs; got count=79 > nobs=78"),
        (lambda: proportion_ci(-1, 78), r"count must be non-negative; got -1"),
        (lambda: proportion_ci(2.5, 78), r"count must contain whole numbers \(counts\); got 2.5"),
        (lambda: proportion_ci([1, None], 78), r"count must not contain missing values"),
        (lambda: proportion_ci("many", 78), r"count must contain whole numbers"),
        (lambda: proportion_ci(0, 0), r"nobs must be at least 1; got 0"),
        (
            lambda: proportion_ci([1, 2, 3], [4, 5]),
            r"count and nobs must have the same length, or be single values; "
            r"got lengths count: 3, nobs: 2",
        ),
        (
            lambda: percentage_consistency(["41", "42"], [78, 79, 80], 189),
            r"stated, decimals, numerator and denominator must have the same length",
        ),
        (
            lambda: proportion_ci(47, 78, confidence=95),
            r"confidence must be in \[0.5, 1\); got 95 \(did you mean 0.95\?\)",
        ),
        (lambda: proportion_ci(47, 78, confidence=1.0), r"confidence must be in \[0.5, 1\)"),
        (
            lambda: proportion_ci(47, 78, confidence=0.05),
            r"confidence must be in \[0.5, 1\); got 0.05 \(a confidence level, not a "
            r"significance level: did you mean 0.95\?\)",
        ),
        (
            lambda: finite_population_ci(4, 5, 9, confidence="0.9"),
            r"confidence must be a number in \[0.5, 1\); got '0.9' of type str",
        ),
        (
            lambda: multinomial_ci([3, 4], confidence=10**400),
            r"confidence must be in \[0.5, 1\); got about 1.000e\+400 \(pass a level",
        ),
        (lambda: proportion_ci(1, 2, confidence=float("nan")), r"confidence.*got nan"),
        (
            lambda: proportion_ci(47, 78, method="wald"),
            r"method must be one of 'wilson', 'clopper_pearson', .*; got 'wald'",
        ),
        (lambda: proportion_ci(47, 78, method="wil"), r"method must be one of"),
        (lambda: multinomial_ci([]), r"counts must have at least two categories; got 0"),
        (lambda: multinomial_ci([0, 0, 0]), r"counts must not all be zero"),
        (lambda: multinomial_ci([3, -1]), r"counts must be non-negative"),
        (lambda: multinomial_ci([3, 1], method="sison-glaz"), r"method must be one of"),
        (
            lambda: multinomial_ci([47, 20, 11], method="sison_glaz"),
            r"sison_glaz' needs at least 7 categories.*got 3: use method='goodman'",
        ),
        (
            lambda: finite_population_ci(47, 78, 70),
            r"sample must not exceed population; got sample=78 > population=70",
        ),
        (
            lambda: finite_population_ci(80, 78, 189),
            r"count must not exceed sample; got count=80 > sample=78",
        ),
        (lambda: finite_population_ci(0, 0, 189), r"sample must be at least 1"),
        (lambda: finite_population_ci(4, 5, 9, convention="R"), r"convention must be one of"),
        (
            lambda: nonresponse_bounds(47, 200, 189),
            r"respondents must not exceed population",
        ),
        (lambda: nonresponse_bounds(80, 78, 189), r"count must not exceed respondents"),
        (
            lambda: percentage_consistency("101", 78, 189),
            r"stated must be a percentage between 0 and 100; got '101'",
        ),
        (
            lambda: percentage_consistency(-3, 78, 189),
            r"stated must be a percentage between 0 and 100; got -3",
        ),
        (lambda: percentage_consistency("about 41", 78, 189), r"stated must be a percentage"),
        (lambda: percentage_consistency(float("nan"), 78, 189), r"stated must be a finite"),
        (
            lambda: percentage_consistency("41", 190, 189),
            r"numerator must not exceed denominator",
        ),
        (
            lambda: percentage_consistency("41", 78, 189, rounding="round"),
            r"rounding must be one of 'half_up', 'half_down', 'half_even', 'up_or_down'",
        ),
        (lambda: percentage_consistency("41.27", 78, 189, decimals=1), r"decimals=1 is fewer"),
        (
            lambda: implied_denominators("0", 3),
            r"infinitely many denominators .* pass max_denominator=",
        ),
        (lambda: implied_numerators("41", 0), r"denominator must be at least 1"),
        (lambda: implied_numerators("41", [1, 2]), r"denominator must be a single count"),
        (
            lambda: majority_test(47, 78, threshold=50),
            r"threshold must be in \(0, 1\); got 50 \(did you mean 0.5\?\)$",
        ),
        (
            # 1.5 is no percentage: 0.015 would be a strange guess, so no "did you mean".
            lambda: majority_test(47, 78, threshold=1.5),
            r"threshold must be in \(0, 1\); got 1.5 \(pass a share strictly between 0 and 1, "
            r"such as 0.5\)$",
        ),
        (
            lambda: majority_test(47, 78, threshold=100),
            r"threshold must be in \(0, 1\); got 100 \(pass a share strictly",
        ),
        (lambda: majority_test(47, 78, threshold="half"), r"threshold.*'half'.*such as 0.5"),
        (
            lambda: percentage_consistency(float("inf"), 78, 189),
            r"stated must be a finite percentage between 0 and 100; got inf \(check how",
        ),
        (
            lambda: percentage_consistency(float("nan"), 78, 189),
            r"stated must be a finite percentage; got nan, a missing value \(drop or fill",
        ),
        (lambda: proportion_ci(1, float("inf")), r"nobs must contain finite whole numbers.*inf"),
        (
            lambda: proportion_ci([1, -2], 3),
            r"count must be non-negative; got -2 at position 1 \(counts cannot be negative",
        ),
        (lambda: proportion_ci(1, 3, method="wils"), r"got 'wils' \(did you mean 'wilson'\?\)"),
        (lambda: proportion_ci(True, 3), r"count must contain whole numbers.*booleans.*\.sum"),
        (
            lambda: proportion_ci(10**20, 10**21),
            r"count must be at most 2\*\*53 = 9,007,199,254,740,992 \(the largest count the "
            r"statistics hold exactly\); got about 1.000e\+20 \(check how the value was read\)",
        ),
        (lambda: proportion_ci(1, [2**53, 2**64]), r"nobs must be at most 2\*\*53.*at position 1"),
        (lambda: proportion_ci(1e300, 1e301), r"count must be at most 2\*\*53.*got 1e\+300"),
        (lambda: proportion_ci("78", 100), r"count must contain whole numbers; got '78' of type"),
        (lambda: proportion_ci([[1, 2], [3]], 5), r"count must be a whole number or a flat list"),
        (
            lambda: proportion_ci(pd.Series([1, None], dtype="Int64"), 5),
            r"count must not contain missing values; got 1 missing \(<NA>\) of 2",
        ),
        (
            lambda: finite_population_ci(4, 5, 10**11),
            r"population must be at most 10\*\*8 .* use proportion_ci\(count, sample\)",
        ),
        (
            lambda: percentage_consistency(pd.NA, 78, 189),
            r"stated must be a finite percentage; got <NA>, a missing value",
        ),
        (lambda: percentage_consistency(None, 78, 189), r"stated .* got None, a missing value"),
        (
            lambda: percentage_consistency("41", 78, 189, decimals=float("nan")),
            r"decimals must be a whole number from 0 to 1000; got nan, a missing value "
            r"\(leave decimals out, or pass None",
        ),
        (
            lambda: percentage_consistency("41", 78, 189, decimals=[pd.NA]),
            r"decimals must be .*; got <NA>, a missing value",
        ),
        (
            lambda: implied_numerators("41", 189, decimals=10**400),
            r"decimals must be a whole number from 0 to 1000; got about 1.000e\+400",
        ),
        (lambda: implied_numerators("41", 189, decimals=1.5), r"decimals must be .*; got 1.5"),
        (lambda: implied_numerators("41", 189, decimals="1"), r"decimals.*'1' of type str"),
        (
            lambda: percentage_consistency("0." + "1" * 1001, 78, 189),
            r"stated must have at most 1000 decimals; got 1001",
        ),
        (
            lambda: percentage_consistency(10**400, 78, 189),
            r"stated must be a percentage between 0 and 100; got about 1.000e\+400",
        ),
        (
            lambda: goodness_of_fit([5, 3], expected=[10**400, 1]),
            r"expected must be numbers within the float range",
        ),
        (lambda: majority_test(47, 78, alternative="larger"), r"alternative must be one of"),
        (
            lambda: multinomial_ci([10**9] * 7, method="sison_glaz"),
            r"method='sison_glaz' needs counts adding up to at most 10\*\*9 .* got 7000000000: "
            r"use method='goodman'",
        ),
        (lambda: goodness_of_fit([5]), r"counts must have at least two categories"),
        (lambda: goodness_of_fit([5, 3], expected=[1]), r"expected must have one share"),
        (lambda: goodness_of_fit([5, 3], expected=[1, 0]), r"expected shares must be positive"),
        (lambda: goodness_of_fit([500] * 8, method="exact"), r"would enumerate"),
    ],
)
def test_validation(call, match):
    with pytest.raises(ValidationError, match=match):
        call()


HUGE = 10**400  # no float can hold it: float(HUGE) raises OverflowError

# (function, keyword arguments of a valid call); each numeric argument in turn is
# replaced by HUGE (in a list where the argument is a list).
VALID_CALLS = [
    (proportion_ci, {"count": 47, "nobs": 78, "confidence": 0.95}),
    (multinomial_ci, {"counts": [47, 20, 11], "confidence": 0.95}),
    (finite_population_ci, {"count": 47, "sample": 78, "population": 189, "confidence": 0.95}),
    (nonresponse_bounds, {"count": 47, "respondents": 78, "population": 189}),
    (percentage_consistency, {"stated": "41", "numerator": 78, "denominator": 189, "decimals": 0}),
    (implied_denominators, {"stated": "41", "numerator": 78, "decimals": 0, "max_denominator": 9}),
    (implied_numerators, {"stated": "41", "denominator": 189, "decimals": 0}),
    (majority_test, {"count": 47, "nobs": 78, "threshold": 0.5}),
    (goodness_of_fit, {"counts": [47, 20, 11], "expected": [1, 1, 1]}),
]
HUGE_CASES = [
    pytest.param(function, name, kwargs, id=f"{function.__name__}-{name}")
    for function, kwargs in VALID_CALLS
    for name in kwargs
]


@pytest.mark.parametrize(("function", "name", "kwargs"), HUGE_CASES)
def test_a_number_beyond_floats_is_refused_naming_its_argument(function, name, kwargs):
    # Issue 18: 10**400 gave OverflowError; now a ValidationError that names the argument.
    function(**kwargs)  # the call is valid as it stands
    value = [HUGE, *kwargs[name][1:]] if isinstance(kwargs[name], list) else HUGE
    with pytest.raises(ValidationError, match=rf"^{name} "):
        function(**{**kwargs, name: value})


def test_validation_error_is_a_value_error():
    with pytest.raises(ValueError, match="confidence"):
        proportion_ci(1, 2, confidence=0)


def test_inputs_are_not_mutated():
    counts = pd.Series([47, 20])
    nobs = np.array([78, 78])
    proportion_ci(counts, nobs)
    finite_population_ci(counts, nobs, 189)
    assert list(counts) == [47, 20]
    assert list(nobs) == [78, 78]


# --------------------------------------------------------------------------- #
# The docstring examples run.
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    "module",
    [ss, ss.intervals, ss.finite, ss.rounding, ss.significance],
    ids=lambda m: m.__name__,
)
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


# Anything at all in one argument: a result, or a ValidationError naming an argument.
anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.just(HUGE),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.fractions(),
    st.complex_numbers(max_magnitude=1e6),
    st.sampled_from([pd.NA, pd.NaT, np.nan, np.int64(5), np.float32(0.5), object(), {}, ()]),
    # int() of these would build numbers of a billion digits
    st.sampled_from([Decimal("1E+999999999"), Decimal("-1E+999999999"), Fraction(HUGE, 3)]),
    st.lists(st.integers(min_value=-5, max_value=10**20), max_size=4),
    st.lists(st.floats(allow_nan=True), max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(case=st.sampled_from(HUGE_CASES), value=anything)
def test_any_value_gives_a_result_or_an_error_naming_an_argument(case, value):
    function, name, kwargs = case.values
    try:
        function(**{**kwargs, name: value})
    except ss.intervals.ValidationError as error:
        # The rule broken is named by its argument(s): "counts must ...", "expected must
        # have one share per category" (when counts changed length), "count and nobs ...".
        rule = str(error).split(";")[0]
        assert any(argument in rule for argument in kwargs), error
