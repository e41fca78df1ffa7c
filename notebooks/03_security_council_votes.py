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
# # 03 · How the Security Council voted, 1946–1994
#
# Each Security Council resolution ends with a line such as *"Adopted at the 1747th
# meeting by 14 votes to none"* or *"Adopted unanimously at the 5th meeting"*. This
# notebook reads every resolution in a folder, extracts those lines as tallies, checks
# each numeric vote against the size of the Council on the day (11 members until 1965,
# 15 since 1966) and charts how votes were split over time.
#
# The folder is a parameter. The texts are OCR output; expect a few misread digits,
# which is exactly what the checks against the Council's size are for.

# %% tags=["parameters"]
import os
from pathlib import Path

# Folder of Security Council resolution texts (*.txt), relative to this notebook's
# folder or one of its parents. The environment variable SURVEYSTATS_CORPUS overrides it.
CORPUS = Path("../shared/corpus/un/sc_resolutions")

# %%

import matplotlib.pyplot as plt
import pandas as pd

import surveystats
from surveystats import charts, membership

# %matplotlib inline
plt.rcParams["figure.dpi"] = 110
pd.set_option("display.width", 160)
pd.set_option("display.max_columns", 30)
pd.set_option("display.max_colwidth", 90)
print("surveystats", surveystats.__version__)


# %%
def find_corpus(folder: Path) -> Path | None:
    override = os.environ.get("SURVEYSTATS_CORPUS")
    if override:
        folder = Path(override)
    if folder.is_absolute():
        return folder if folder.is_dir() else None
    for base in [Path.cwd(), *Path.cwd().parents]:
        if (base / folder).is_dir():
            return (base / folder).resolve()
    return None


corpus = find_corpus(CORPUS)
paths = sorted(corpus.glob("*.txt")) if corpus is not None else []
if paths:
    print(f"Reading {len(paths)} resolutions from {corpus}")
else:
    print(
        f"No resolutions found at {CORPUS} (nor SURVEYSTATS_CORPUS): running on the "
        "built-in example resolutions below instead."
    )

# %% [markdown]
# When the corpus is absent the notebook runs on a few resolutions written for this
# notebook (invented texts in the Council's format, one with a misread digit), so every
# cell still runs.

# %%
EXAMPLES = {
    "example-1": (
        "Resolution 9001 (1948)\nof 2 March 1948\n\nThe Security Council,\n\n"
        "1. Calls upon the parties to cease hostilities;\n\n"
        "Adopted at the 250th meeting by 9 votes to none, with 2 abstentions "
        "(Ukrainian Soviet Socialist Republic, Union of Soviet Socialist Republics)."
    ),
    "example-2": (
        "Resolution 9002 (1956)\nof 4 June 1956\n\nThe Security Council,\n\n"
        "1. Requests the Secretary-General to report;\n\n"
        "Adopted unanimously at the 730th meeting."
    ),
    "example-3": (
        "Resolution 9003 (1973)\nof 22 October 1973\n\nThe Security Council,\n\n"
        "1. Calls for a cease-fire;\n\n"
        "Adopted at the 1700th meeting by 13 votes to 1 (China), with 1 abstention (France)."
    ),
    "example-4": (
        "Resolution 9004 (1980)\nof 5 May 1980\n\nThe Security Council,\n\n"
        "1. Decides to remain seized of the matter;\n\n"
        "Adopted at the 2200th meeting by 12 votes to none, with 3 abstentions "
        "(German Democratic Republic, Poland, Union of Soviet Socialist Republics)."
    ),
    # a misread digit, as OCR produces them: 13 read as 73
    "example-5": (
        "Resolution 9005 (1985)\nof 9 July 1985\n\nThe Security Council,\n\n"
        "1. Urges restraint;\n\n"
        "Adopted at the 2600th meeting by 73 votes to none, with 2 abstentions "
        "(Madagascar, Peru)."
    ),
}

if paths:
    documents = {path.name: surveystats.read_document(path) for path in paths}
else:
    documents = {
        name: surveystats.parse_document(text, name=name) for name, text in EXAMPLES.items()
    }
print(len(documents), "documents")

# %% [markdown]
# ## 1. Tallies from every resolution
#
# `extract_tallies` is cheap, so it runs on every document. A vote tally has one row
# per part of the vote (in favour, against, abstentions, not participating, absent);
# an adoption without figures ("Adopted unanimously") is one row with its outcome and
# the flag `outcome_only`.

# %%
import time

started = time.perf_counter()
frames = []
for name, document in documents.items():
    found = surveystats.extract_tallies(document)
    frames.append(
        found[found["kind"] == "vote"].assign(
            file=name,
            resolution=document.resolution,
            adopted=document.adopted,
            year=document.year,
        )
    )
tallies = pd.concat(frames, ignore_index=True)
print(
    f"{len(tallies)} tally rows from {len(documents)} documents "
    f"in {time.perf_counter() - started:.1f} s"
)
tallies[["file", "tally", "category", "count", "members", "outcome", "raw"]].head(8)

# %% [markdown]
# How were resolutions adopted? One outcome per resolution (the first vote tally of
# each document):

# %%
outcomes = tallies.drop_duplicates("file")[["file", "resolution", "year", "outcome"]]
print(f"{outcomes['file'].nunique()} of {len(documents)} documents have an adoption line")
outcomes["outcome"].value_counts().rename("resolutions").to_frame()

# %% [markdown]
# ## 2. Checking the numeric votes against the Council's size
#
# `analyze` does the full work for one document: it turns the vote tally into one row
# of `votes` (in favour, against, abstentions, not participating, absent) with the
# Council's size on the adoption date, and adds a `vote_size` check to `checks`.
# It is slower than extraction, so it runs only on the documents whose tallies carry
# figures; adoptions without figures have nothing to check.

# %%
with_figures = tallies.loc[tallies["count"].notna(), "file"].unique()
started = time.perf_counter()
vote_frames, check_frames = [], []
for name in with_figures:
    result = surveystats.analyze(documents[name])
    vote_frames.append(result.votes.assign(file=name, resolution=result.document.resolution))
    check_frames.append(result.checks.assign(file=name))
votes = pd.concat(vote_frames, ignore_index=True)
checks = pd.concat(check_frames, ignore_index=True)
print(f"analysed {len(with_figures)} documents in {time.perf_counter() - started:.1f} s")
votes.head()

# %% [markdown]
# The Council had 11 members until the enlargement of 1 January 1966 and 15 since;
# `membership.council_size` gives the size on any date, and the checks use it.

# %%
sizes = {year: membership.council_size(f"{year}-06-30") for year in (1950, 1965, 1966, 1990)}
print("Council size on 30 June:", sizes)
size_checks = checks[checks["kind"] == "vote_size"]
size_checks["verdict"].value_counts().rename("votes").to_frame()

# %% [markdown]
# Most votes account for every seat. The rest are worth reading one by one:
# "undecidable" means that the parts add up to fewer members than the Council had (a
# member absent, or not participating, without the text saying so); "inconsistent"
# means more votes than seats, which in these texts is an OCR misreading.

# %%
flagged = size_checks[size_checks["verdict"] != "consistent"]
flagged[["file", "numerator", "denominator", "verdict", "explanation", "raw"]]


# %%
def draw_votes(files, title):
    shown = votes[votes["file"].isin(files)].head(8)
    shown = shown.assign(tally=shown["resolution"].map(lambda r: f"S/RES/{r}"))
    charts.plot_vote(
        shown,
        title=title,
        source="Source: Security Council resolutions (OCR texts); surveystats",
    )
    plt.show()


for verdict, title in [
    ("inconsistent", "More votes than seats: misread digits"),
    ("undecidable", "Votes that leave seats unaccounted for (first 8)"),
]:
    files = flagged.loc[flagged["verdict"] == verdict, "file"]
    if files.empty:
        print(f"No {verdict} votes.")
    else:
        draw_votes(files, title)

# %% [markdown]
# ## 3. How votes were split over time
#
# Each resolution gets one description of how it was adopted:
#
# * **unanimous**: the text says so, or the figures show every seat in favour;
# * **with abstentions** (and no vote against), **with votes against**;
# * **not every member voting**: no vote against or abstention, but members absent
#   or not participating;
# * **without a vote**: adopted without a vote or by consensus (admissions of new
#   members, mostly);
# * **not stated**: the adoption line gives no vote at all. From 1992 the texts in this
#   corpus mostly read "Adopted by the Security Council at its Nth meeting, on ..." and
#   say nothing about the vote, so these years cannot be compared with earlier ones.

# %% [markdown]
# `analysis.corpus.resolution_votes` applies these rules to the first vote of each
# resolution: the outcome read from its tallies, and the counts and Council size of its
# analysed vote where it has figures.

# %%
from surveystats.analysis.corpus import resolution_votes, vote_splits

first_votes = votes.drop_duplicates("file").drop(columns=["outcome", "resolution"])
first_tallies = tallies.drop_duplicates("file")[["file", "tally", "resolution", "year", "outcome"]]
resolutions = resolution_votes(
    first_tallies.merge(first_votes.drop(columns="tally"), on="file", how="left").rename(
        columns={"file": "doc_id"}
    )
)
resolutions["split"].value_counts().rename("resolutions").to_frame()

# %%
SOURCE = "Source: Security Council resolutions (OCR texts); surveystats"
by_decade = vote_splits(resolutions, period="decade")
charts.plot_vote_splits(by_decade, source=SOURCE)
plt.show()
by_decade.set_index("period").drop(columns="start")

# %% [markdown]
# Who did not take part? The tallies name the members behind each part of a vote
# (`members`, "; "-joined), so the light-blue band can be read name by name.

# %%
not_voting = tallies[tallies["category"].isin(["not participating", "absent"])]
names = not_voting.assign(member=not_voting["members"].str.split("; ")).explode("member")
(
    names.groupby(["member", "category"])
    .agg(votes=("file", "size"), first=("year", "min"), last=("year", "max"))
    .sort_values("votes", ascending=False)
    .head(10)
)

# %% [markdown]
# Per year, two views: the share of unanimous adoptions among the resolutions whose
# text says how they were adopted (the "not stated" ones are left out of the base, and
# years in which no text states a vote are left out), and the number of abstentions
# cast, which also grows with the number of resolutions adopted.

# %%
by_year = vote_splits(resolutions, period="year")
fig, (top, bottom) = plt.subplots(2, 1, figsize=(7.5, 6.2), sharex=True, layout="constrained")
charts.plot_unanimity(by_year, ax=top)
charts.plot_abstentions(by_year, ax=bottom, source=SOURCE)
plt.show()
by_year.set_index("period")[
    ["resolutions", "vote_stated", "unanimous", "unanimous_share", "abstaining"]
].tail(12)

# %% [markdown]
# ## 4. Roll calls: how each member voted
#
# A resolution names only the members that did not vote in favour. Who voted in favour
# follows from who sat on the Council on the adoption day: `membership.members_on(day,
# body="Security Council")` knows the permanent members and the elected members of
# every year since 1946 (split terms, late elections and changes of name included), and
# `rollcall.roll_call_with_checks` joins each vote with them: one row per member and
# vote. Members not named are counted in favour only when the counts add up; a
# `roll_call` check says, vote by vote, why not when they do not.

# %%
from surveystats.analysis import rollcall

calls, call_checks, undated = [], [], []
for name, own in tallies.groupby("file"):
    adopted = documents[name].adopted
    if adopted is None:
        undated.append(name)  # no readable adoption day: no Council to call
        continue
    called, checked = rollcall.roll_call_with_checks(own, adopted)
    calls.append(called.assign(document=name, resolution=documents[name].resolution))
    call_checks.append(checked.assign(document=name))
roll_calls = pd.concat(calls, ignore_index=True)
roll_call_checks = pd.concat(call_checks, ignore_index=True)
print(
    f"{roll_calls.groupby(['document', 'tally']).ngroups} votes called, "
    f"{len(roll_calls)} member rows; {len(undated)} documents without an adoption day"
)
roll_call_checks["verdict"].value_counts().rename("votes").to_frame()

# %% [markdown]
# One vote, member by member: who was named, who is left in favour, and the name as
# printed (an OCR misprint is read as the closest member sitting that day).

# %%
named_votes = roll_calls[roll_calls["basis"] == "named"]
example = named_votes["document"].iloc[0]
roll_calls.loc[
    roll_calls["document"] == example,
    ["resolution", "date", "name_on_date", "seat", "vote", "basis", "printed", "match"],
]

# %% [markdown]
# The votes whose roll call does not add up, with the reason. "Undecidable" means the
# text leaves members out (a footnote that is not in the text, or a count without
# names); "inconsistent" means the figures cannot be right (a misread digit: more votes
# in favour than members left, or fewer than the Charter's majority for an adopted
# resolution).

# %%
roll_call_checks.loc[
    roll_call_checks["verdict"] != "consistent", ["document", "verdict", "explanation"]
]

# %% [markdown]
# ### Each member's record, per year
#
# `rollcall.member_record` counts, for every member and year, its votes in favour,
# against, abstaining, not participating and absent, and the votes it sat in whose vote
# the text does not give.

# %%
record = rollcall.member_record(roll_calls)
totals = record.groupby(["member_id", "name"], as_index=False)[
    ["votes", "in_favour", "against", "abstaining", "not_participating", "absent", "unknown"]
].sum()
totals["not in favour"] = totals[["against", "abstaining", "not_participating", "absent"]].sum(
    axis=1
)
totals.sort_values("not in favour", ascending=False).head(10)

# %%
charts.plot_member_record(
    record, source="Source: Security Council resolutions (OCR texts); surveystats"
)
plt.show()
permanent = ["CHN", "FRA", "GBR", "RUS", "USA"]
(
    record[record["member_id"].isin(permanent)]
    .assign(not_in_favour=lambda t: t["against"] + t["abstaining"] + t["not_participating"])
    .groupby(["year", "name"])["not_in_favour"]
    .sum()
    .unstack(fill_value=0)
    .tail(12)
)

# %% [markdown]
# ### Who voted with whom
#
# `rollcall.agreement` counts, for every pair of members, the votes both cast and those
# in which they cast the same vote. Most resolutions are adopted unanimously, which makes
# every pair agree; `contested_only=True` keeps the votes in which at least one member
# did not vote in favour.

# %%
contested = rollcall.agreement(roll_calls, contested_only=True)
print(f"{len(contested)} pairs of members over the contested votes")
paired = set(contested["member_a"]) | set(contested["member_b"])
charts.plot_agreement(
    contested,
    members=[member for member in permanent if member in paired],
    min_votes=10 if paths else 1,
    title="How often the permanent members voted alike on contested resolutions",
    source="Source: Security Council resolutions (OCR texts); surveystats",
)
plt.show()
contested.sort_values("votes", ascending=False).head(10)

# %% [markdown]
# ## What the votes show, and what they do not
#
# * In the 1940s and 1950s most resolutions were adopted with abstentions or votes
#   against. From the 1960s unanimous adoption is the largest group, and from the
#   mid-1980s it is the rule (usually 70 % or more of the resolutions whose vote is
#   stated).
# * The 1970s stand out for members that did not take part: China did not participate
#   in the vote on dozens of resolutions, almost all between 1971 and 1981, which the
#   texts record only in footnotes.
# * After the end of the Cold War the Council adopted far more resolutions each year
#   (74 in 1992, 93 in 1993, against 13 to 20 a year in the 1980s), but from 1992 the
#   texts of this corpus mostly do not state the vote.
# * Every count was checked against the Council's size on the adoption day. More
#   votes than seats is a misread digit in the OCR text, not a Council decision; votes
#   that account for fewer seats than the Council had need the full record of the
#   meeting to be read correctly.
# * The roll calls add up for almost every vote whose text names its members; the
#   exceptions are misread digits and members the text leaves out, and each has a check
#   that says which.
# * The five permanent members cast most of the votes not in favour: the Soviet Union
#   above all (abstentions, and its absence in 1950), China mostly by not participating
#   (1971-1981), then the United States, the United Kingdom and France. On contested
#   resolutions France and the United Kingdom voted alike most often, the United States
#   and the Soviet Union least.
# * The texts cover adopted resolutions only: vetoed drafts are not in the corpus, so
#   these charts say how resolutions *were adopted*, not how contested the Council was.
