"""Survey statistics for the numbers stated in a document.

Every function is vectorised over scalars, arrays and DataFrame columns and
returns a tidy :class:`pandas.DataFrame` (the inputs as columns plus documented
result columns, settings such as ``method`` and ``confidence`` recorded as
columns), except :func:`implied_denominators` and :func:`implied_numerators`, which
answer one question with a sorted list of integers.

- :mod:`~surveystats.stats.intervals`: :func:`proportion_ci`, :func:`multinomial_ci`
  (the share of respondents).
- :mod:`~surveystats.stats.finite`: :func:`finite_population_ci`,
  :func:`nonresponse_bounds` (the share of the whole membership).
- :mod:`~surveystats.stats.rounding`: :func:`percentage_consistency`,
  :func:`implied_denominators`, :func:`implied_numerators` (can a stated
  percentage come from these counts?).
- :mod:`~surveystats.stats.significance`: :func:`majority_test`, :func:`goodness_of_fit`.

Counts are whole numbers from 0 to 2**53 (``MAX_COUNT``: their totals too, checked
exactly, so no sum can overflow), confidence levels lie in [0.5, 1), and every
interval keeps ``0 <= ci_low <= estimate <= ci_high <= 1``. A value breaking a rule
raises :class:`~surveystats.errors.ValidationError` naming the argument, the rule,
the value and a fix. No function here reads or writes files, plots or prints.
"""

from __future__ import annotations

from surveystats.stats.finite import finite_population_ci, nonresponse_bounds
from surveystats.stats.intervals import multinomial_ci, proportion_ci
from surveystats.stats.rounding import (
    implied_denominators,
    implied_numerators,
    percentage_consistency,
)
from surveystats.stats.significance import goodness_of_fit, majority_test

__all__ = [
    "finite_population_ci",
    "goodness_of_fit",
    "implied_denominators",
    "implied_numerators",
    "majority_test",
    "multinomial_ci",
    "nonresponse_bounds",
    "percentage_consistency",
    "proportion_ci",
]
