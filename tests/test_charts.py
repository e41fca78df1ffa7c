"""Every chart renders with Agg, and what it draws is read back through the returned Axes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.patches import Rectangle

from surveystats import charts
from surveystats.errors import ValidationError

SOURCE = "Source: A/RES/0/0 (2000-01-01); surveystats"


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def png_dir(tmp_path: Path) -> Path:
    return tmp_path


def _render(ax, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    ax.figure.savefig(path, dpi=150)
    assert path.stat().st_size > 1000
    return path


def _labels_top_down(ax) -> list[str]:
    pairs = zip(ax.get_yticks(), ax.get_yticklabels(), strict=True)
    return [label.get_text() for _, label in sorted(pairs, key=lambda pair: -pair[0])]


def _shares(counts=(30, 4, 16), categories=("in favour", "partially in favour", "against")):
    total = sum(counts)
    share = np.array(counts) / total
    return pd.DataFrame(
        {
            "tally": pd.array([3] * len(counts), "Int64"),
            "kind": "survey",
            "subject": "replies",
            "category": list(categories),
            "count": pd.array(counts, "Int64"),
            "respondents": pd.array([total] * len(counts), "Int64"),
            "share": share,
            "ci_low": share * 0.8,
            "ci_high": np.minimum(share * 1.2, 1.0),
            "confidence": 0.9,
        }
    )


def _check(**changes):
    row = {
        "check": 1,
        "kind": "percentage",
        "description": "response rate vs 30 per cent",
        "stated": "30",
        "decimals": 0,
        "numerator": 50,
        "denominator": 166,
        "computed": 100 * 50 / 166,
        "window_low": 29.5,
        "window_high": 30.5,
        "rounding": "half-up",
        "implied_low": 164,
        "implied_high": 169,
        "verdict": "consistent",
    }
    row.update(changes)
    return pd.DataFrame([row])


def test_tally_bars_whiskers_and_labels(png_dir):
    shares = _shares()
    ax = charts.plot_tally(shares, source=SOURCE)
    _render(ax, png_dir, "tally")
    bars = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert [round(b.get_width(), 6) for b in bars] == [60.0, 8.0, 32.0]
    # Table order from top to bottom.
    assert _labels_top_down(ax) == ["in favour", "partially in favour", "against"]
    texts = {t.get_text() for t in ax.texts}
    assert {"30 (60.0%)", "4 (8.0%)", "16 (32.0%)"} <= texts
    assert ax.get_title(loc="left") == "Survey: 50 replies"
    assert ax.get_xlabel() == "Share of the 50 respondents (%)"
    # Whiskers span ci_low..ci_high in per cent.
    segments = ax.collections[0].get_segments()
    spans = sorted((round(s[0][0], 6), round(s[1][0], 6)) for s in segments)
    assert spans == sorted(
        (round(lo * 100, 6), round(hi * 100, 6))
        for lo, hi in zip(shares.ci_low, shares.ci_high, strict=True)
    )
    notes = [t.get_text() for t in ax.texts if "Source:" in t.get_text()]
    assert notes == [f"Whiskers: 90% Wilson score intervals\n{SOURCE}"]


def test_tally_on_given_axes_and_selection():
    _fig, ax = plt.subplots()
    two = pd.concat(
        [_shares(), _shares((5, 5), ("yes", "no")).assign(tally=pd.array([4, 4], "Int64"))]
    )
    with pytest.raises(ValidationError, match="pass tally="):
        charts.plot_tally(two, ax=ax)
    returned = charts.plot_tally(two, ax=ax, tally=4, title="Mine")
    assert returned is ax
    assert ax.get_title(loc="left") == "Mine"
    assert len(plt.get_fignums()) == 1
    with pytest.raises(ValidationError, match="tally must be one of"):
        charts.plot_tally(two, ax=ax, tally=9)


def test_tally_rejects_missing_columns():
    with pytest.raises(ValidationError, match="lacks the columns"):
        charts.plot_tally(pd.DataFrame({"category": ["a"], "count": [1]}))
    with pytest.raises(ValidationError, match="empty"):
        charts.plot_tally(_shares().iloc[0:0])


def test_waffle_has_one_square_per_member(png_dir):
    table = pd.DataFrame(
        {
            "category": ["in favour", "partially in favour", "against", "no reply"],
            "count": [47, 5, 26, 111],
        }
    )
    ax = charts.plot_membership_split(table, date=dt.date(2001, 12, 21), source=SOURCE)
    _render(ax, png_dir, "split")
    assert len(ax.patches) == 189
    colours = [matplotlib.colors.to_hex(p.get_facecolor()) for p in ax.patches]
    assert colours.count(charts.category_color("in favour").lower()) == 47
    assert colours.count(charts.category_color("no reply").lower()) == 111
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["in favour: 47", "partially in favour: 5", "against: 26", "no reply: 111"]
    assert "189" in ax.get_title(loc="left")
    assert "21 Dec 2001" in ax.get_title(loc="left")


def test_waffle_small_body_and_bad_counts():
    ax = charts.plot_membership_split(
        pd.DataFrame({"category": ["yes", "no reply"], "count": [9, 6]})
    )
    assert len(ax.patches) == 15
    with pytest.raises(ValidationError, match="non-negative whole numbers"):
        charts.plot_membership_split(pd.DataFrame({"category": ["a"], "count": [-1]}))


def test_membership_growth_marks_the_date(png_dir):
    series = pd.DataFrame(
        {
            "date": [dt.date(1945, 10, 24), dt.date(1950, 6, 1), dt.date(1960, 9, 20)],
            "members": [51, 60, 99],
        }
    )
    ax = charts.plot_membership_growth(
        series, mark_date=dt.date(1955, 1, 1), body="General Assembly", source=SOURCE
    )
    _render(ax, png_dir, "growth")
    step = ax.lines[0]
    assert list(step.get_ydata()) == [51, 60, 99]
    assert step.get_drawstyle() == "steps-post"
    assert "60 members on 1 Jan 1955" in [t.get_text() for t in ax.texts]
    assert ax.get_title(loc="left") == "Members of the General Assembly, 1945–1960"
    assert ax.get_ylabel() == "Members (count)"
    assert ax.get_ylim()[0] == 0


def test_percentage_check_window_and_point(png_dir):
    ax = charts.plot_percentage_check(_check(), source=SOURCE)
    _render(ax, png_dir, "percentage")
    window = ax.patches[0]
    assert window.get_x() == pytest.approx(29.5)
    assert window.get_width() == pytest.approx(1.0)
    point = ax.lines[0]
    assert point.get_xdata()[0] == pytest.approx(30.1204819)
    assert _labels_top_down(ax) == ["stated 30%", "computed"]
    assert "50 of 166 = 30.12%" in [t.get_text() for t in ax.texts]
    assert ax.get_title(loc="left") == "Response rate vs 30 per cent: consistent"
    low, high = ax.get_xlim()
    assert low < 29.5 and high > 30.5


def test_percentage_check_needs_a_percentage_row():
    with pytest.raises(ValidationError, match="percentage check"):
        charts.plot_percentage_check(_check(window_low=np.nan, kind="tally_total"))
    with pytest.raises(ValidationError, match="exactly one row"):
        charts.plot_percentage_check(pd.concat([_check(), _check()]))


def test_implied_denominators_beside_membership(png_dir):
    membership = pd.DataFrame(
        {"body": ["General Assembly"], "date": [dt.date(1980, 5, 1)], "members": [154]}
    )
    ax = charts.plot_implied_denominators(_check(), membership, source=SOURCE)
    _render(ax, png_dir, "denominators")
    band = ax.patches[0]
    assert band.get_x() == pytest.approx(163.5)
    assert band.get_width() == pytest.approx(6)
    assert ax.lines[0].get_xdata()[0] == 154
    texts = [t.get_text() for t in ax.texts]
    assert "154 members on 1 May 1980" in texts
    assert "50 of N reads as 30% for N = 164 to 169" in texts
    low, high = ax.get_xlim()
    assert low < 154 and high > 169
    assert charts.plot_implied_denominators(_check(), 170).lines[0].get_xdata()[0] == 170
    with pytest.raises(ValidationError, match="membership must be"):
        charts.plot_implied_denominators(_check(), "189")


def test_vote_stacks_parts_against_body_size(png_dir):
    votes = pd.DataFrame(
        {
            "tally": pd.array([1, 2], "Int64"),
            "in_favour": pd.array([10, 12], "Int64"),
            "against": pd.array([2, pd.NA], "Int64"),
            "abstaining": pd.array([3, 2], "Int64"),
            "not_participating": pd.array([pd.NA, 1], "Int64"),
            "outcome": ["adopted", "adopted"],
            "body": "Security Council",
            "body_size": pd.array([15, 15], "Int64"),
        }
    )
    ax = charts.plot_vote(votes, source=SOURCE)
    _render(ax, png_dir, "vote")
    filled = [p for p in ax.patches if p.get_fill()]
    outlines = [p for p in ax.patches if not p.get_fill()]
    assert [int(p.get_width()) for p in filled] == [10, 2, 3, 12, 2, 1]
    assert [p.get_width() for p in outlines] == [15, 15]
    assert _labels_top_down(ax) == ["vote 1: adopted", "vote 2: adopted"]
    assert ax.get_title(loc="left") == "Votes in the Security Council"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:4] == ["in favour", "against", "abstaining", "not participating"]
    # One row given as a Series works too.
    single = charts.plot_vote(votes.iloc[0])
    assert len([p for p in single.patches if p.get_fill()]) == 3


def test_charts_never_save_or_show(monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("charts must not save or show")

    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", forbidden)
    monkeypatch.setattr(plt, "show", forbidden)
    charts.plot_tally(_shares())
    charts.plot_percentage_check(_check())


def test_vote_draws_absent_members_and_names_only_present_parts():
    votes = pd.DataFrame(
        {
            "tally": pd.array([0], "Int64"),
            "in_favour": pd.array([9], "Int64"),
            "against": pd.array([0], "Int64"),
            "abstaining": pd.array([pd.NA], "Int64"),
            "not_participating": pd.array([1], "Int64"),
            "absent": pd.array([1], "Int64"),
            "body_size": pd.array([11], "Int64"),
        }
    )
    ax = charts.plot_vote(votes)
    assert [int(p.get_width()) for p in ax.patches if p.get_fill()] == [9, 1, 1]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["in favour", "not participating", "absent", "members of the body"]
    assert ax.get_title(loc="left") == "Votes"


def test_tally_without_respondents_draws_empty_bars():
    shares = _shares((1, 1), ("yes", "no")).assign(
        count=0, respondents=0, share=np.nan, ci_low=np.nan, ci_high=np.nan
    )
    ax = charts.plot_tally(shares)
    assert ax.get_xlim() == (0.0, 100.0)
    assert [t.get_text() for t in ax.texts[:2]] == ["0 (–)", "0 (–)"]


def _record() -> pd.DataFrame:
    # Two years of one member are summed; USA has no vote not in favour.
    return pd.DataFrame(
        {
            "member_id": ["RUS", "RUS", "CHN", "USA"],
            "name": ["USSR", "USSR", "China", "United States"],
            "year": [1950, 1951, 1975, 1975],
            "votes": pd.array([10, 12, 20, 20], "Int64"),
            "against": pd.array([2, 1, 0, 0], "Int64"),
            "abstaining": pd.array([3, 2, 1, 0], "Int64"),
            "not_participating": pd.array([0, 0, 9, 0], "Int64"),
            "absent": pd.array([1, 0, 0, 0], "Int64"),
        }
    )


def test_member_record_stacks_votes_not_in_favour(png_dir):
    ax = charts.plot_member_record(_record(), source=SOURCE)
    _render(ax, png_dir, "member_record")
    assert _labels_top_down(ax) == ["China", "USSR", "United States"]
    # bottom (USA: nothing drawn) to top: USSR against 3, abstaining 5, absent 1; China 1, 9
    assert [int(p.get_width()) for p in ax.patches] == [3, 5, 1, 1, 9]
    notes = [t.get_text() for t in ax.texts if t.get_text().startswith("of ")]
    assert notes == ["of 20", "of 22", "of 20"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["against", "abstentions", "not participating", "absent"]
    assert len(charts.plot_member_record(_record(), members=1).get_yticklabels()) == 1


def _agreement() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "member_a": ["CHN", "CHN", "RUS"],
            "member_b": ["RUS", "USA", "USA"],
            "name_a": ["China", "China", "USSR"],
            "name_b": ["USSR", "United States", "United States"],
            "votes": pd.array([40, 5, 40], "Int64"),
            "agreement": pd.array([0.75, 0.9, 0.5], "Float64"),
        }
    )


def test_agreement_matrix_is_symmetric_with_blanks(png_dir):
    ax = charts.plot_agreement(_agreement(), members=["RUS", "USA", "CHN"], source=SOURCE)
    _render(ax, png_dir, "agreement")
    matrix = np.asarray(ax.images[0].get_array().filled(np.nan), dtype=float)
    expected = np.array([[np.nan, 50, 75], [50, np.nan, np.nan], [75, np.nan, np.nan]])
    np.testing.assert_array_equal(matrix, expected)  # CHN-USA: 5 votes < min_votes 20
    assert [t.get_text() for t in ax.get_yticklabels()] == ["USSR", "United States", "China"]
    assert sorted(t.get_text() for t in ax.texts if t.get_text().isdigit()) == [
        "50",
        "50",
        "75",
        "75",
    ]
    default = charts.plot_agreement(_agreement(), min_votes=1)
    assert default.images[0].get_array().shape == (3, 3)


RECORD, AGREEMENT = charts.plot_member_record, charts.plot_agreement


@pytest.mark.parametrize(
    ("call", "pattern"),
    [
        (lambda: RECORD(_record().drop(columns="absent")), r"lacks the columns \['absent'\]"),
        (lambda: RECORD(_record().iloc[:0]), r"record is empty"),
        (lambda: RECORD(_record(), members=0), r"members must be a whole number"),
        (lambda: AGREEMENT(_agreement(), min_votes=0), r"min_votes must be a whole number"),
        (lambda: AGREEMENT(_agreement(), members=["XXX"]), r"members \['XXX'\] have no pair"),
        (lambda: AGREEMENT(_agreement().iloc[:0]), r"agreement is empty"),
    ],
)  # fmt: skip
def test_roll_call_chart_validation(call, pattern):
    with pytest.raises(ValidationError, match=pattern):
        call()


def _splits(periods=("1940s", "1950s", "1960s")):
    starts = [int(p[:4]) for p in periods]
    n = len(periods)
    return pd.DataFrame(
        {
            "period": list(periods),
            "start": starts,
            "resolutions": [20, 10, 0][:n],
            "unanimous": [5, 4, 0][:n],
            "not_every_member_voting": [1, 0, 0][:n],
            "with_abstentions": [10, 3, 0][:n],
            "with_votes_against": [2, 1, 0][:n],
            "without_a_vote": [1, 0, 0][:n],
            "not_stated": [1, 2, 0][:n],
            "vote_stated": [19, 8, 0][:n],
            "unanimous_share": pd.array([5 / 19, 4 / 8, None][:n], "Float64"),
            "abstaining": [25, 6, 0][:n],
            "against": [3, 1, 0][:n],
        }
    )


def test_vote_splits_stack_every_split_per_period(png_dir):
    table = _splits()
    ax = charts.plot_vote_splits(table, source=SOURCE)
    assert len(ax.patches) == 6 * 3
    tops = {}
    for patch in ax.patches:
        x = round(patch.get_x() + patch.get_width() / 2)
        tops[x] = max(tops.get(x, 0), patch.get_y() + patch.get_height())
    assert tops == {1940: 20, 1950: 10, 1960: 0}
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert legend == list(charts.SPLIT_COLORS)
    assert [label.get_text() for label in ax.get_xticklabels()] == ["1940s", "1950s", "1960s"]
    _render(ax, png_dir, "vote_splits")


def test_unanimity_draws_only_periods_with_a_stated_vote(png_dir):
    ax = charts.plot_unanimity(_splits(), source=SOURCE)
    heights = [round(float(patch.get_height()), 2) for patch in ax.patches]
    assert heights == [round(500 / 19, 2), 50.0]
    assert ax.get_ylim() == (0, 104)
    assert any("no vote stated in 1960s" in text.get_text() for text in ax.texts)
    _render(ax, png_dir, "unanimity")


def test_abstentions_per_period(png_dir):
    table = _splits(("1948", "1949"))
    ax = charts.plot_abstentions(table, source=SOURCE)
    assert [float(patch.get_height()) for patch in ax.patches] == [25.0, 6.0]
    assert ax.get_xlabel() == "Year of adoption"
    _render(ax, png_dir, "abstentions")


@pytest.mark.parametrize(
    ("chart", "table", "pattern"),
    [
        ("plot_vote_splits", _splits().iloc[:0], "table is empty"),
        ("plot_vote_splits", _splits().drop(columns="not_stated"), "lacks the columns"),
        ("plot_unanimity", _splits().iloc[2:], "no period with a stated vote"),
        ("plot_abstentions", _splits().iloc[:0], "table is empty"),
        ("plot_abstentions", [1, 2], "must be a pandas DataFrame"),
    ],
)
def test_vote_over_time_chart_validation(chart, table, pattern):
    with pytest.raises(ValidationError, match=pattern):
        getattr(charts, chart)(table)
