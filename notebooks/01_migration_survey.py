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
# # 01 · A survey inside a resolution: A/RES/56/203
#
# General Assembly resolution 56/203 (*International migration and development*, 2001)
# quotes a survey of Member States: whether the United Nations should convene a
# conference on international migration. One preambular paragraph packs the whole
# survey into a sentence: how many replied, how the replies split, and what share of
# the membership replied.
#
# This notebook goes from the text of the resolution to what the numbers can and
# cannot support:
#
# 1. read the document (metadata, paragraphs);
# 2. extract every number with the sentence it came from;
# 3. group the survey figures into a tally;
# 4. check the stated "41 per cent" against the membership on the day;
# 5. put intervals and bounds on the answers;
# 6. draw the charts, and
# 7. say what 78 replies can tell us about 189 members.
#
# Everything below uses the public API of `surveystats`.

# %%

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
# ## 1. Reading the document
#
# `read_document` decodes the ODS text export, removes the page furniture (job
# numbers, page headers, distribution lines) and reads the metadata printed around
# the text.

# %%
doc = surveystats.read_document(surveystats.example_path())
pd.Series(doc.metadata, name="value").to_frame()

# %% [markdown]
# The text is split into paragraphs, each with its kind (heading, preamble, operative,
# closing, footnote) and its character offsets into `doc.text`.

# %%
paragraphs = doc.paragraphs
print(paragraphs["kind"].value_counts().to_string())
paragraphs[["paragraph", "kind", "number", "start", "end", "text"]].head(8)

# %% [markdown]
# ## 2. Every number, with its sentence
#
# `extract_numbers` returns one row per number, typed (`kind`, `value`, `unit`), with
# the exact surface form (`raw`), the number of decimals written and the paragraph
# and offsets it came from. Most numbers in a resolution are not statistics: they are
# references to other resolutions, dates, footnote markers and paragraph numbers.

# %%
numbers = surveystats.extract_numbers(doc)
numbers["kind"].value_counts().rename("numbers").to_frame()

# %% [markdown]
# The counts and percentages are the interesting ones. Their `context` is the sentence
# they were read from.

# %%
statistics = numbers[numbers["kind"].isin(["count", "percent"])]
statistics[["paragraph", "raw", "kind", "value", "unit", "decimals", "base"]]

# %%
survey_paragraph = int(statistics.loc[statistics["kind"] == "percent", "paragraph"].iloc[0])
print(paragraphs.loc[paragraphs["paragraph"] == survey_paragraph, "text"].item())

# %% [markdown]
# Provenance is exact: slicing the cleaned text at a row's offsets gives back its raw
# text, so every figure in the tables below can be traced to the characters it was
# read from.

# %%
provenance = statistics.assign(
    text_at_offsets=[
        doc.text[s:e] for s, e in zip(statistics["start"], statistics["end"], strict=True)
    ]
)
print(
    "every raw text found at its offsets:",
    bool((provenance["text_at_offsets"] == provenance["raw"]).all()),
)
provenance[["start", "end", "raw", "text_at_offsets"]]

# %% [markdown]
# ## 3. The tally
#
# `extract_tallies` groups the counts that belong together: one row per answer
# category, with the tally id that groups them. The numbers are written in words
# ("forty-seven", "five", "twenty-six"); the tally holds them as integers.

# %%
tallies = surveystats.extract_tallies(doc)
tallies[["tally", "kind", "subject", "category", "count", "unit", "total", "raw"]]

# %% [markdown]
# ## 4. Is "41 per cent of the full United Nations membership" right?
#
# `analyze` joins the facts with the membership on the document's date (the adoption
# date, unless a survey date is given) and with the statistics. Its `summary()` shows
# the whole result at a glance: the membership, the tally with each share and its
# intervals in per cent, and the checks.

# %%
analysis = surveystats.analyze(doc)
analysis.summary()

# %% [markdown]
# Each part is also a table. The survey was reported to a General Assembly of this size:

# %%
analysis.membership

# %%
respondents = int(analysis.shares["respondents"].iloc[0])
members = int(analysis.membership["members"].iloc[0])
print(f"{respondents} replies of {members} members on {analysis.date}")
percentage = analysis.checks[analysis.checks["kind"] == "percentage"]
percentage.T

# %% [markdown]
# The same check with the statistics functions themselves. A whole-number percentage
# such as "41" stands for any true value that rounds to it, here [40.5, 41.5].
# 78 of 189 is 41.27 per cent, inside that window, so the statement is consistent.
# Turned around: for 78 replies to read as "41 per cent", the membership must have
# been one of a handful of sizes.

# %%
by_hand = stats.percentage_consistency("41", respondents, members)
print(by_hand.T.to_string())
print(f"\n{respondents}/{members} = {100 * respondents / members:.2f}%")
print("denominators that make 78 read as 41%:", stats.implied_denominators("41", respondents))
print("replies that read as 41% of", members, ":", stats.implied_numerators("41", members))

# %%
source = f"Source: {doc.symbol} ({doc.adopted}); surveystats"
check = percentage.iloc[[0]]
fig, axes = plt.subplots(2, 1, figsize=(7, 5.4), layout="constrained")
charts.plot_percentage_check(check, ax=axes[0], source=source)
charts.plot_implied_denominators(check, analysis.membership, ax=axes[1], source=source)
plt.show()

# %% [markdown]
# The implied range (188 to 192 members) contains the 189 members of December 2001:
# the resolution's arithmetic holds. It would have held just as well for any membership
# of 188 to 192, i.e. on any day from September 1999 to July 2011 (notebook 02), so the
# check cannot tell which date the authors had in mind.
#
# ## 5. Intervals and bounds
#
# `analysis.shares` holds, for each answer, three different questions:
#
# * **share of respondents** with a 95 % Wilson interval (`ci_low`, `ci_high`) and
#   Goodman simultaneous intervals that hold for all three categories at once;
# * **share of the membership, if the repliers were a random sample** of the 189
#   (exact finite-population interval, `population_ci_low/high`): the intervals are
#   narrower because 78 of 189 is a large part of a small, finite population;
# * **share of the membership with no assumption at all** about the 111 who did not
#   reply (worst-case non-response bounds, `bound_low/high`).

# %%
shares = analysis.shares
percent = shares.assign(
    **{
        column: (100 * shares[column]).round(1)
        for column in [
            "share",
            "ci_low",
            "ci_high",
            "simultaneous_low",
            "simultaneous_high",
            "population_ci_low",
            "population_ci_high",
            "bound_low",
            "bound_high",
        ]
    }
)
percent[
    [
        "category",
        "count",
        "respondents",
        "share",
        "ci_low",
        "ci_high",
        "simultaneous_low",
        "simultaneous_high",
        "population",
        "population_ci_low",
        "population_ci_high",
        "bound_low",
        "bound_high",
    ]
]

# %% [markdown]
# Is "in favour" a majority? Of those who replied, probably: 47 of 78 is 60 %, and an
# exact binomial test against one half gives a one-sided p-value just under 0.05. Of
# the membership, nobody knows: 47 members are 24.9 % of 189, and a majority would
# need 48 of the 111 silent members to be in favour too.

# %%
favour = shares[shares["category"] == "in favour"].iloc[0]
test = stats.majority_test(int(favour["count"]), int(favour["respondents"]))
print(test[["count", "nobs", "estimate", "p_value"]].round(4).to_string(index=False))
bounds = stats.nonresponse_bounds(
    int(favour["count"]), int(favour["respondents"]), int(favour["population"])
)
print(bounds.round(3).to_string(index=False))

# %% [markdown]
# ## 6. Charts
#
# The replies, with their Wilson intervals:

# %%
charts.plot_tally(shares, source=source)
plt.show()

# %% [markdown]
# The same replies drawn against the whole membership: one square per member state.
# The grey squares are the members that did not reply.

# %%
split = pd.concat(
    [
        shares[["category", "count"]],
        pd.DataFrame({"category": ["no reply"], "count": [members - respondents]}),
    ],
    ignore_index=True,
)
print(split.to_string(index=False))
charts.plot_membership_split(split, date=analysis.date, source=source)
plt.show()

# %% [markdown]
# And the base itself: membership of the General Assembly over time, with the date of
# the resolution marked. The same "41 per cent" would have meant a different number of
# replies in another year (see notebook 02).

# %%
series = membership.membership_series(freq="event")
charts.plot_membership_growth(
    series,
    mark_date=analysis.date,
    body="General Assembly",
    source="Source: surveystats membership tables",
)
plt.show()

# %% [markdown]
# ## 7. What 78 replies can and cannot tell us
#
# **What holds.** The resolution's own arithmetic is right: 47 + 5 + 26 = 78 replies,
# and 78 of the 189 members is 41.27 per cent, which rounds to the stated 41 per cent.
# Among those who replied, "in favour" is the largest answer (60 %, 95 % Wilson
# interval about 49–70 %, clear of the 24–44 % for "against"); the Goodman intervals,
# which hold for the three answers at once, are wider and overlap by a hair ("in
# favour" from 46.7 %, "against" up to 46.9 %).
#
# **What does not follow.** The survey was not a sample; it was a questionnaire that
# members chose to answer. The 78 repliers selected themselves, and the 111 silent
# members (59 % of the membership) may well differ from them: states with a stake in
# migration are more likely to reply. The finite-population intervals assume the
# repliers are a random draw from the membership, which a self-selected response
# is not; they are shown to make that assumption visible, not to endorse it.
#
# Without any assumption about the non-respondents, the share of *all members* in
# favour of a conference lies anywhere between 24.9 % (only the 47) and 83.6 % (the 47
# plus every silent member). Both "a clear majority of States want a conference" and
# "three quarters of States did not ask for one" are compatible with the data. The
# honest summary is the one the resolution itself chose: a *diversity of views* among
# the 41 per cent of members who replied.
