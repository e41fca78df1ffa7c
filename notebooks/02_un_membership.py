# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 · The moving base: UN membership, 1945 to today
#
# "41 per cent of the membership" is a statement about a number that changes. The
# Charter entered into force on 24 October 1945 for 29 states, the 51 original members
# had all joined by the end of that year, and there are 193 members today; states have
# been admitted in waves, have merged, dissolved, and once withdrawn. Whenever a
# document states a share of "the membership", the base is the membership *on that
# day*.
#
# This notebook uses the membership tables shipped with `surveystats` (no downloads)
# to show how the base grew, where the new members came from, which seats ended, how
# historical names are matched, and how the same percentage means a different number
# of states at different dates.

# %%
import datetime as dt

import matplotlib.pyplot as plt
import pandas as pd

import surveystats
from surveystats import charts, membership, stats

# %matplotlib inline
plt.rcParams["figure.dpi"] = 110
pd.set_option("display.width", 160)
pd.set_option("display.max_columns", 30)
pd.set_option("display.max_colwidth", 90)
print("surveystats", surveystats.__version__)

# %% [markdown]
# ## 1. Growth of the membership
#
# `membership.membership_series` gives the membership at the end of each period, with
# the admissions and departures during it: by year for tables, and at every change
# (`freq="event"`) for charts, so that each step sits on the day it happened.

# %%
series = membership.membership_series(freq="year")
changes = membership.membership_series(freq="event")
series[["date", "members", "admitted", "departed"]].tail()

# %%
charts.plot_membership_growth(
    changes,
    mark_date=dt.date(2001, 12, 21),
    body="General Assembly",
    source="Source: surveystats membership tables",
)
plt.show()

# %% [markdown]
# Growth came in waves. The biggest years of admissions were decolonisation in Africa
# (1960 alone added 17 states) and the break-up of the Soviet Union and Yugoslavia in
# the early 1990s.

# %%
series.nlargest(6, "admitted")[["date", "members", "admitted", "admitted_names"]]

# %% [markdown]
# ## 2. Admissions by decade and regional group
#
# `membership.membership_table()` has one row per membership *spell*: a seat from its
# admission to its end. Syria and Indonesia, which left and returned, have a second
# spell; counting first spells counts each state once. The regional group is the
# state's current group (or its last one, for former members).

# %%
table = membership.membership_table()
first_spells = table[table["spell"] == 1].copy()
first_spells["decade"] = [f"{d.year // 10 * 10}s" for d in first_spells["admitted"]]
by_decade = first_spells.groupby(["decade", "region"]).size().unstack("region", fill_value=0)
by_decade["total"] = by_decade.sum(axis=1)
by_decade

# %%
region_colors = [
    charts.PALETTE[key] for key in ("favour", "other1", "abstain", "against", "other2")
]
ax = by_decade.drop(columns="total").plot.bar(
    stacked=True, color=region_colors, figsize=(7.5, 4), width=0.75, rot=0
)
ax.set_title("States admitted to the United Nations, by decade and regional group", loc="left")
ax.set_xlabel("Decade of admission (the 1940s include the 51 original members)")
ax.set_ylabel("States admitted (count)")
ax.legend(title="Regional group (today)", frameon=False, fontsize=8, title_fontsize=8)
ax.spines[["top", "right"]].set_visible(False)
plt.show()

# %% [markdown]
# ## 3. Seats that ended: mergers, dissolutions, a withdrawal
#
# Seven spells have ended. Mergers (Syria into the United Arab Republic in 1958,
# Zanzibar into Tanzania, the two Yemens, the two Germanys) and dissolutions
# (Czechoslovakia, Yugoslavia) each reduced the count on the day they took effect;
# Indonesia's withdrawal in 1965 lasted a year and a half.

# %%
names = table.drop_duplicates("member_id").set_index("member_id")["name"]
ended = table[table["end_reason"].notna()].copy()
ended["successors"] = [
    "" if pd.isna(s) else "; ".join(names.get(code, code) for code in s.split(";"))
    for s in ended["successor"]
]
ended[["name", "admitted", "last_day", "end_reason", "successors"]].sort_values("last_day")

# %% [markdown]
# The count is not monotone. Day by day around the end of the Cold War, the
# membership fell with each merger and dissolution before new members were admitted.
# Czechoslovakia's seat ended on 31 December 1992, and the Czech Republic and Slovakia
# were admitted on 19 January 1993: for eighteen days the membership was one short.

# %%
events = membership.membership_series("1990-01-01", "1993-12-31", freq="event")
events[events["admitted"].gt(0) | events["departed"].gt(0)][
    ["date", "members", "admitted", "departed", "admitted_names", "departed_names"]
]

# %% [markdown]
# ## 4. Matching historical names
#
# Documents name states as they were called at the time. `membership.match_member`
# resolves historical names and common variants to the seat, and with a date it picks
# the seat that was a member on that day ("Yugoslavia" in 1980 is the Socialist
# Federal Republic, in 2001 the Federal Republic, today's Serbia).

# %%
queries = [
    ("Zaire", "1975-06-01"),
    ("Soviet Union", "1950-06-27"),
    ("Upper Volta", "1970-01-01"),
    ("Ceylon", "1960-01-01"),
    ("Yugoslavia", "1980-01-01"),
    ("Yugoslavia", "2001-12-21"),
    ("Ivory Coast", None),
    ("United Arab Republic", "1960-01-01"),
]
matches = []
for name, day in queries:
    member = membership.match_member(name, date=day)
    matches.append(
        {
            "printed": name,
            "date": day or "(any)",
            "member_id": member.member_id,
            "name today": member.name,
            "name on the date": member.name_on_date,
            "admitted": member.admitted,
            "region": member.region,
        }
    )
pd.DataFrame(matches)

# %% [markdown]
# A name that matches no member, or a state that was not a member on the date, raises
# an error that says why, so a wrong match never passes silently:

# %%
for name, day in [("Czechoslovakia", "1995-01-01"), ("Kazakstan", None)]:
    try:
        membership.match_member(name, date=day)
    except surveystats.SurveyStatsError as error:
        print(f"{type(error).__name__}: {error}\n")

# %% [markdown]
# ## 5. The same percentage, a different number of states
#
# Suppose a document says that "41 per cent of the membership" replied. How many
# replies is that? It depends on the date: `stats.implied_numerators` lists every
# count that rounds to the stated percentage of a given base.

# %%
dates = [
    "1945-10-24",
    "1955-12-31",
    "1960-12-31",
    "1970-12-31",
    "1980-12-31",
    "1990-12-31",
    "1999-09-15",
    "2001-12-21",
    "2011-07-14",
    "2025-12-31",
]
rows = []
for day in dates:
    base = membership.membership_count(day)
    replies = stats.implied_numerators("41", base)
    rows.append(
        {
            "date": day,
            "members": base,
            "replies for '41 per cent'": ", ".join(str(count) for count in replies),
        }
    )
shift = pd.DataFrame(rows)
shift

# %% [markdown]
# Turned around: 78 replies can be called "41 per cent" only when the base is 188 to
# 192 (`stats.implied_denominators`), which rules out most of the dates above.

# %%
allowed = stats.implied_denominators("41", 78)
print("membership sizes for which 78 reads as 41%:", allowed)
shift["78 replies = 41 per cent?"] = shift["members"].isin(allowed)
shift

# %% [markdown]
# Which days had one of those membership sizes? Each row of the event series holds the
# membership from its date until the day before the next change.

# %%
spans = changes.assign(until=changes["date"].shift(-1) - dt.timedelta(days=1))
spans["until"] = spans["until"].fillna(changes["date"].iloc[-1])
spans[spans["members"].isin(allowed)][["date", "until", "members"]].rename(columns={"date": "from"})

# %%
ax = charts.plot_membership_growth(
    changes[changes["date"] >= dt.date(1985, 1, 1)],
    mark_date=dt.date(2001, 12, 21),
    body="General Assembly",
    source="Source: surveystats membership tables",
    title="When can 78 replies be '41 per cent of the membership'?",
)
ax.axhspan(min(allowed) - 0.5, max(allowed) + 0.5, color=charts.PALETTE["band"], alpha=0.6)
ax.set_ylim(150, 200)
ax.text(
    0.02,
    max(allowed) + 1.5,
    f"membership of {min(allowed)}–{max(allowed)}: 78 replies read as 41%",
    transform=ax.get_yaxis_transform(),  # x in axes fraction, y in members
    fontsize=8.5,
)
plt.show()

# %% [markdown]
# ## What this means for reading documents
#
# * A share "of the membership" is only checkable once the date is fixed: between
#   October 1945 and today the same "41 per cent" stands for anything from 12 to 80
#   states.
# * The membership does not only grow. Mergers, dissolutions and Indonesia's
#   withdrawal lowered it, and the dissolution of Czechoslovakia left an eighteen-day
#   gap, so a date range, not just a year, can matter.
# * Historical names must be matched with their date: "Yugoslavia" names two different
#   seats, and "Zaire", "Upper Volta" or "Ceylon" are today's Democratic Republic of
#   the Congo, Burkina Faso and Sri Lanka.
# * For A/RES/56/203, the 78 replies fit "41 per cent" for a membership of 188 to 192,
#   i.e. from the admissions of 14 September 1999 until South Sudan's admission in
#   July 2011: both the survey year and the adoption date qualify (notebook 01).
