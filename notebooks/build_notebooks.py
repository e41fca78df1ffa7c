"""Write the analyst notebooks in this folder from the cell texts below.

The notebooks are generated so that they stay easy to review (this file is plain Python)
and are always stored without outputs, execution counts or widget state. Regenerate them
after editing a cell::

    .venv/bin/python notebooks/build_notebooks.py

and execute them with the test suite (``tests/test_notebooks.py``). Each notebook uses only
the public API of :mod:`surveystats`; anything non-trivial it needs belongs in the package.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
LANGUAGE_INFO = {"name": "python", "pygments_lexer": "ipython3"}


def md(text: str) -> nbformat.NotebookNode:
    """A markdown cell from an indented triple-quoted string."""
    return new_markdown_cell(_dedent(text))


def code(text: str, *, tags: tuple[str, ...] = ()) -> nbformat.NotebookNode:
    """A code cell without outputs, optionally tagged (e.g. ``parameters``)."""
    cell = new_code_cell(_dedent(text))
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip("\n")


SETUP = """
    import datetime as dt

    import matplotlib.pyplot as plt
    import pandas as pd

    import surveystats
    from surveystats import charts, membership, stats

    %matplotlib inline
    plt.rcParams["figure.dpi"] = 110
    pd.set_option("display.width", 160)
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.max_colwidth", 90)
    print("surveystats", surveystats.__version__)
"""

# --------------------------------------------------------------------------------------
# 01 The migration survey in A/RES/56/203
# --------------------------------------------------------------------------------------

NB01 = [
    md("""
    # 01 · A survey inside a resolution: A/RES/56/203

    General Assembly resolution 56/203 (*International migration and development*, 2001)
    quotes a survey of Member States: whether the United Nations should convene a
    conference on international migration. One preambular paragraph packs the whole
    survey into a sentence: how many replied, how the replies split, and what share of
    the membership replied.

    This notebook goes from the text of the resolution to what the numbers can and
    cannot support:

    1. read the document (metadata, paragraphs);
    2. extract every number with the sentence it came from;
    3. group the survey figures into a tally;
    4. check the stated "41 per cent" against the membership on the day;
    5. put intervals and bounds on the answers;
    6. draw the charts, and
    7. say what 78 replies can tell us about 189 members.

    Everything below uses the public API of `surveystats`.
    """),
    code(SETUP),
    md("""
    ## 1. Reading the document

    `read_document` decodes the ODS text export, removes the page furniture (job
    numbers, page headers, distribution lines) and reads the metadata printed around
    the text.
    """),
    code("""
    doc = surveystats.read_document(surveystats.example_path())
    pd.Series(doc.metadata, name="value").to_frame()
    """),
    md("""
    The text is split into paragraphs, each with its kind (heading, preamble, operative,
    closing, footnote) and its character offsets into `doc.text`.
    """),
    code("""
    paragraphs = doc.paragraphs
    print(paragraphs["kind"].value_counts().to_string())
    paragraphs[["paragraph", "kind", "number", "start", "end", "text"]].head(8)
    """),
    md("""
    ## 2. Every number, with its sentence

    `extract_numbers` returns one row per number, typed (`kind`, `value`, `unit`), with
    the exact surface form (`raw`), the number of decimals written and the paragraph
    and offsets it came from. Most numbers in a resolution are not statistics: they are
    references to other resolutions, dates, footnote markers and paragraph numbers.
    """),
    code("""
    numbers = surveystats.extract_numbers(doc)
    numbers["kind"].value_counts().rename("numbers").to_frame()
    """),
    md("""
    The counts and percentages are the interesting ones. Their `context` is the sentence
    they were read from.
    """),
    code("""
    statistics = numbers[numbers["kind"].isin(["count", "percent"])]
    statistics[["paragraph", "raw", "kind", "value", "unit", "decimals", "base"]]
    """),
    code("""
    survey_paragraph = int(statistics.loc[statistics["kind"] == "percent", "paragraph"].iloc[0])
    print(paragraphs.loc[paragraphs["paragraph"] == survey_paragraph, "text"].item())
    """),
    md("""
    Provenance is exact: slicing the cleaned text at a row's offsets gives back its raw
    text, so every figure in the tables below can be traced to the characters it was
    read from.
    """),
    code("""
    provenance = statistics.assign(
        text_at_offsets=[doc.text[s:e] for s, e in zip(statistics["start"], statistics["end"])]
    )
    print(
        "every raw text found at its offsets:",
        bool((provenance["text_at_offsets"] == provenance["raw"]).all()),
    )
    provenance[["start", "end", "raw", "text_at_offsets"]]
    """),
    md("""
    ## 3. The tally

    `extract_tallies` groups the counts that belong together: one row per answer
    category, with the tally id that groups them. The numbers are written in words
    ("forty-seven", "five", "twenty-six"); the tally holds them as integers.
    """),
    code("""
    tallies = surveystats.extract_tallies(doc)
    tallies[["tally", "kind", "subject", "category", "count", "unit", "total", "raw"]]
    """),
    md("""
    ## 4. Is "41 per cent of the full United Nations membership" right?

    `analyze` joins the facts with the membership on the document's date (the adoption
    date, unless a survey date is given) and with the statistics. Its `summary()` shows
    the whole result at a glance: the membership, the tally with each share and its
    intervals in per cent, and the checks.
    """),
    code("""
    analysis = surveystats.analyze(doc)
    analysis.summary()
    """),
    md("""
    Each part is also a table. The survey was reported to a General Assembly of this size:
    """),
    code("""
    analysis.membership
    """),
    code("""
    respondents = int(analysis.shares["respondents"].iloc[0])
    members = int(analysis.membership["members"].iloc[0])
    print(f"{respondents} replies of {members} members on {analysis.date}")
    percentage = analysis.checks[analysis.checks["kind"] == "percentage"]
    percentage.T
    """),
    md("""
    The same check with the statistics functions themselves. A whole-number percentage
    such as "41" stands for any true value that rounds to it, here [40.5, 41.5].
    78 of 189 is 41.27 per cent, inside that window, so the statement is consistent.
    Turned around: for 78 replies to read as "41 per cent", the membership must have
    been one of a handful of sizes.
    """),
    code("""
    by_hand = stats.percentage_consistency("41", respondents, members)
    print(by_hand.T.to_string())
    print(f"\\n{respondents}/{members} = {100 * respondents / members:.2f}%")
    print("denominators that make 78 read as 41%:", stats.implied_denominators("41", respondents))
    print("replies that read as 41% of", members, ":", stats.implied_numerators("41", members))
    """),
    code("""
    source = f"Source: {doc.symbol} ({doc.adopted}); surveystats"
    check = percentage.iloc[[0]]
    fig, axes = plt.subplots(2, 1, figsize=(7, 5.4), layout="constrained")
    charts.plot_percentage_check(check, ax=axes[0], source=source)
    charts.plot_implied_denominators(check, analysis.membership, ax=axes[1], source=source)
    plt.show()
    """),
    md("""
    The implied range (188 to 192 members) contains the 189 members of December 2001:
    the resolution's arithmetic holds. It would have held just as well for any membership
    of 188 to 192, i.e. on any day from September 1999 to July 2011 (notebook 02), so the
    check cannot tell which date the authors had in mind.

    ## 5. Intervals and bounds

    `analysis.shares` holds, for each answer, three different questions:

    * **share of respondents** with a 95 % Wilson interval (`ci_low`, `ci_high`) and
      Goodman simultaneous intervals that hold for all three categories at once;
    * **share of the membership, if the repliers were a random sample** of the 189
      (exact finite-population interval, `population_ci_low/high`): the intervals are
      narrower because 78 of 189 is a large part of a small, finite population;
    * **share of the membership with no assumption at all** about the 111 who did not
      reply (worst-case non-response bounds, `bound_low/high`).
    """),
    code("""
    shares = analysis.shares
    percent = shares.assign(
        **{
            column: (100 * shares[column]).round(1)
            for column in [
                "share", "ci_low", "ci_high", "simultaneous_low", "simultaneous_high",
                "population_ci_low", "population_ci_high", "bound_low", "bound_high",
            ]
        }
    )
    percent[
        [
            "category", "count", "respondents", "share", "ci_low", "ci_high",
            "simultaneous_low", "simultaneous_high", "population",
            "population_ci_low", "population_ci_high", "bound_low", "bound_high",
        ]
    ]
    """),
    md("""
    Is "in favour" a majority? Of those who replied, probably: 47 of 78 is 60 %, and an
    exact binomial test against one half gives a one-sided p-value just under 0.05. Of
    the membership, nobody knows: 47 members are 24.9 % of 189, and a majority would
    need 48 of the 111 silent members to be in favour too.
    """),
    code("""
    favour = shares[shares["category"] == "in favour"].iloc[0]
    test = stats.majority_test(int(favour["count"]), int(favour["respondents"]))
    print(test[["count", "nobs", "estimate", "p_value"]].round(4).to_string(index=False))
    bounds = stats.nonresponse_bounds(
        int(favour["count"]), int(favour["respondents"]), int(favour["population"])
    )
    print(bounds.round(3).to_string(index=False))
    """),
    md("""
    ## 6. Charts

    The replies, with their Wilson intervals:
    """),
    code("""
    charts.plot_tally(shares, source=source)
    plt.show()
    """),
    md("""
    The same replies drawn against the whole membership: one square per member state.
    The grey squares are the members that did not reply.
    """),
    code("""
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
    """),
    md("""
    And the base itself: membership of the General Assembly over time, with the date of
    the resolution marked. The same "41 per cent" would have meant a different number of
    replies in another year (see notebook 02).
    """),
    code("""
    series = membership.membership_series(freq="event")
    charts.plot_membership_growth(
        series, mark_date=analysis.date, body="General Assembly",
        source="Source: surveystats membership tables",
    )
    plt.show()
    """),
    md("""
    ## 7. What 78 replies can and cannot tell us

    **What holds.** The resolution's own arithmetic is right: 47 + 5 + 26 = 78 replies,
    and 78 of the 189 members is 41.27 per cent, which rounds to the stated 41 per cent.
    Among those who replied, "in favour" is the largest answer (60 %, 95 % Wilson
    interval about 49–70 %, clear of the 24–44 % for "against"); the Goodman intervals,
    which hold for the three answers at once, are wider and overlap by a hair ("in
    favour" from 46.7 %, "against" up to 46.9 %).

    **What does not follow.** The survey was not a sample; it was a questionnaire that
    members chose to answer. The 78 repliers selected themselves, and the 111 silent
    members (59 % of the membership) may well differ from them: states with a stake in
    migration are more likely to reply. The finite-population intervals assume the
    repliers are a random draw from the membership, which a self-selected response
    is not; they are shown to make that assumption visible, not to endorse it.

    Without any assumption about the non-respondents, the share of *all members* in
    favour of a conference lies anywhere between 24.9 % (only the 47) and 83.6 % (the 47
    plus every silent member). Both "a clear majority of States want a conference" and
    "three quarters of States did not ask for one" are compatible with the data. The
    honest summary is the one the resolution itself chose: a *diversity of views* among
    the 41 per cent of members who replied.
    """),
]

# --------------------------------------------------------------------------------------
# 02 UN membership
# --------------------------------------------------------------------------------------

NB02 = [
    md("""
    # 02 · The moving base: UN membership, 1945 to today

    "41 per cent of the membership" is a statement about a number that changes. The
    Charter entered into force on 24 October 1945 for 29 states, the 51 original members
    had all joined by the end of that year, and there are 193 members today; states have
    been admitted in waves, have merged, dissolved, and once withdrawn. Whenever a
    document states a share of "the membership", the base is the membership *on that
    day*.

    This notebook uses the membership tables shipped with `surveystats` (no downloads)
    to show how the base grew, where the new members came from, which seats ended, how
    historical names are matched, and how the same percentage means a different number
    of states at different dates.
    """),
    code(SETUP),
    md("""
    ## 1. Growth of the membership

    `membership.membership_series` gives the membership at the end of each period, with
    the admissions and departures during it: by year for tables, and at every change
    (`freq="event"`) for charts, so that each step sits on the day it happened.
    """),
    code("""
    series = membership.membership_series(freq="year")
    changes = membership.membership_series(freq="event")
    series[["date", "members", "admitted", "departed"]].tail()
    """),
    code("""
    charts.plot_membership_growth(
        changes, mark_date=dt.date(2001, 12, 21), body="General Assembly",
        source="Source: surveystats membership tables",
    )
    plt.show()
    """),
    md("""
    Growth came in waves. The biggest years of admissions were decolonisation in Africa
    (1960 alone added 17 states) and the break-up of the Soviet Union and Yugoslavia in
    the early 1990s.
    """),
    code("""
    series.nlargest(6, "admitted")[["date", "members", "admitted", "admitted_names"]]
    """),
    md("""
    ## 2. Admissions by decade and regional group

    `membership.membership_table()` has one row per membership *spell*: a seat from its
    admission to its end. Syria and Indonesia, which left and returned, have a second
    spell; counting first spells counts each state once. The regional group is the
    state's current group (or its last one, for former members).
    """),
    code("""
    table = membership.membership_table()
    first_spells = table[table["spell"] == 1].copy()
    first_spells["decade"] = [f"{d.year // 10 * 10}s" for d in first_spells["admitted"]]
    by_decade = (
        first_spells.groupby(["decade", "region"]).size().unstack("region", fill_value=0)
    )
    by_decade["total"] = by_decade.sum(axis=1)
    by_decade
    """),
    code("""
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
    """),
    md("""
    ## 3. Seats that ended: mergers, dissolutions, a withdrawal

    Seven spells have ended. Mergers (Syria into the United Arab Republic in 1958,
    Zanzibar into Tanzania, the two Yemens, the two Germanys) and dissolutions
    (Czechoslovakia, Yugoslavia) each reduced the count on the day they took effect;
    Indonesia's withdrawal in 1965 lasted a year and a half.
    """),
    code("""
    names = table.drop_duplicates("member_id").set_index("member_id")["name"]
    ended = table[table["end_reason"].notna()].copy()
    ended["successors"] = [
        "" if pd.isna(s) else "; ".join(names.get(code, code) for code in s.split(";"))
        for s in ended["successor"]
    ]
    ended[["name", "admitted", "last_day", "end_reason", "successors"]].sort_values("last_day")
    """),
    md("""
    The count is not monotone. Day by day around the end of the Cold War, the
    membership fell with each merger and dissolution before new members were admitted.
    Czechoslovakia's seat ended on 31 December 1992, and the Czech Republic and Slovakia
    were admitted on 19 January 1993: for eighteen days the membership was one short.
    """),
    code("""
    events = membership.membership_series("1990-01-01", "1993-12-31", freq="event")
    events[events["admitted"].gt(0) | events["departed"].gt(0)][
        ["date", "members", "admitted", "departed", "admitted_names", "departed_names"]
    ]
    """),
    md("""
    ## 4. Matching historical names

    Documents name states as they were called at the time. `membership.match_member`
    resolves historical names and common variants to the seat, and with a date it picks
    the seat that was a member on that day ("Yugoslavia" in 1980 is the Socialist
    Federal Republic, in 2001 the Federal Republic, today's Serbia).
    """),
    code("""
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
    """),
    md("""
    A name that matches no member, or a state that was not a member on the date, raises
    an error that says why, so a wrong match never passes silently:
    """),
    code("""
    for name, day in [("Czechoslovakia", "1995-01-01"), ("Kazakstan", None)]:
        try:
            membership.match_member(name, date=day)
        except surveystats.SurveyStatsError as error:
            print(f"{type(error).__name__}: {error}\\n")
    """),
    md("""
    ## 5. The same percentage, a different number of states

    Suppose a document says that "41 per cent of the membership" replied. How many
    replies is that? It depends on the date: `stats.implied_numerators` lists every
    count that rounds to the stated percentage of a given base.
    """),
    code("""
    dates = [
        "1945-10-24", "1955-12-31", "1960-12-31", "1970-12-31", "1980-12-31",
        "1990-12-31", "1999-09-15", "2001-12-21", "2011-07-14", "2025-12-31",
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
    """),
    md("""
    Turned around: 78 replies can be called "41 per cent" only when the base is 188 to
    192 (`stats.implied_denominators`), which rules out most of the dates above.
    """),
    code("""
    allowed = stats.implied_denominators("41", 78)
    print("membership sizes for which 78 reads as 41%:", allowed)
    shift["78 replies = 41 per cent?"] = shift["members"].isin(allowed)
    shift
    """),
    md("""
    Which days had one of those membership sizes? Each row of the event series holds the
    membership from its date until the day before the next change.
    """),
    code("""
    spans = changes.assign(until=changes["date"].shift(-1) - dt.timedelta(days=1))
    spans["until"] = spans["until"].fillna(changes["date"].iloc[-1])
    spans[spans["members"].isin(allowed)][["date", "until", "members"]].rename(
        columns={"date": "from"}
    )
    """),
    code("""
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
        0.02, max(allowed) + 1.5,
        f"membership of {min(allowed)}–{max(allowed)}: 78 replies read as 41%",
        transform=ax.get_yaxis_transform(),  # x in axes fraction, y in members
        fontsize=8.5,
    )
    plt.show()
    """),
    md("""
    ## What this means for reading documents

    * A share "of the membership" is only checkable once the date is fixed: between
      October 1945 and today the same "41 per cent" stands for anything from 12 to 80
      states.
    * The membership does not only grow. Mergers, dissolutions and Indonesia's
      withdrawal lowered it, and the dissolution of Czechoslovakia left an eighteen-day
      gap, so a date range, not just a year, can matter.
    * Historical names must be matched with their date: "Yugoslavia" names two different
      seats, and "Zaire", "Upper Volta" or "Ceylon" are today's Democratic Republic of
      the Congo, Burkina Faso and Sri Lanka.
    * For A/RES/56/203, the 78 replies fit "41 per cent" for a membership of 188 to 192,
      i.e. from the admissions of 14 September 1999 until South Sudan's admission in
      July 2011: both the survey year and the adoption date qualify (notebook 01).
    """),
]

# --------------------------------------------------------------------------------------
# 03 Security Council votes
# --------------------------------------------------------------------------------------

NB03 = [
    md("""
    # 03 · How the Security Council voted, 1946–1994

    Each Security Council resolution ends with a line such as *"Adopted at the 1747th
    meeting by 14 votes to none"* or *"Adopted unanimously at the 5th meeting"*. This
    notebook reads every resolution in a folder, extracts those lines as tallies, checks
    each numeric vote against the size of the Council on the day (11 members until 1965,
    15 since 1966) and charts how votes were split over time.

    The folder is a parameter. The texts are OCR output; expect a few misread digits,
    which is exactly what the checks against the Council's size are for.
    """),
    code(
        """
        import os
        from pathlib import Path

        # Folder of Security Council resolution texts (*.txt), relative to this notebook's
        # folder or one of its parents. The environment variable SURVEYSTATS_CORPUS overrides it.
        CORPUS = Path("../shared/corpus/un/sc_resolutions")
        """,
        tags=("parameters",),
    ),
    code(SETUP),
    code("""
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
    """),
    md("""
    When the corpus is absent the notebook runs on a few resolutions written for this
    notebook (invented texts in the Council's format, one with a misread digit), so every
    cell still runs.
    """),
    code("""
    EXAMPLES = {
        "example-1": (
            "Resolution 9001 (1948)\\nof 2 March 1948\\n\\nThe Security Council,\\n\\n"
            "1. Calls upon the parties to cease hostilities;\\n\\n"
            "Adopted at the 250th meeting by 9 votes to none, with 2 abstentions "
            "(Ukrainian Soviet Socialist Republic, Union of Soviet Socialist Republics)."
        ),
        "example-2": (
            "Resolution 9002 (1956)\\nof 4 June 1956\\n\\nThe Security Council,\\n\\n"
            "1. Requests the Secretary-General to report;\\n\\n"
            "Adopted unanimously at the 730th meeting."
        ),
        "example-3": (
            "Resolution 9003 (1973)\\nof 22 October 1973\\n\\nThe Security Council,\\n\\n"
            "1. Calls for a cease-fire;\\n\\n"
            "Adopted at the 1700th meeting by 13 votes to 1 (China), with 1 abstention (France)."
        ),
        "example-4": (
            "Resolution 9004 (1980)\\nof 5 May 1980\\n\\nThe Security Council,\\n\\n"
            "1. Decides to remain seized of the matter;\\n\\n"
            "Adopted at the 2200th meeting by 12 votes to none, with 3 abstentions "
            "(German Democratic Republic, Poland, Union of Soviet Socialist Republics)."
        ),
        # a misread digit, as OCR produces them: 13 read as 73
        "example-5": (
            "Resolution 9005 (1985)\\nof 9 July 1985\\n\\nThe Security Council,\\n\\n"
            "1. Urges restraint;\\n\\n"
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
    """),
    md("""
    ## 1. Tallies from every resolution

    `extract_tallies` is cheap, so it runs on every document. A vote tally has one row
    per part of the vote (in favour, against, abstentions, not participating, absent);
    an adoption without figures ("Adopted unanimously") is one row with its outcome and
    the flag `outcome_only`.
    """),
    code("""
    import time

    started = time.perf_counter()
    frames = []
    for name, document in documents.items():
        found = surveystats.extract_tallies(document)
        frames.append(
            found[found["kind"] == "vote"].assign(
                file=name, resolution=document.resolution, adopted=document.adopted,
                year=document.year,
            )
        )
    tallies = pd.concat(frames, ignore_index=True)
    print(f"{len(tallies)} tally rows from {len(documents)} documents "
          f"in {time.perf_counter() - started:.1f} s")
    tallies[["file", "tally", "category", "count", "members", "outcome", "raw"]].head(8)
    """),
    md("""
    How were resolutions adopted? One outcome per resolution (the first vote tally of
    each document):
    """),
    code("""
    outcomes = tallies.drop_duplicates("file")[["file", "resolution", "year", "outcome"]]
    print(f"{outcomes['file'].nunique()} of {len(documents)} documents have an adoption line")
    outcomes["outcome"].value_counts().rename("resolutions").to_frame()
    """),
    md("""
    ## 2. Checking the numeric votes against the Council's size

    `analyze` does the full work for one document: it turns the vote tally into one row
    of `votes` (in favour, against, abstentions, not participating, absent) with the
    Council's size on the adoption date, and adds a `vote_size` check to `checks`.
    It is slower than extraction, so it runs only on the documents whose tallies carry
    figures; adoptions without figures have nothing to check.
    """),
    code("""
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
    """),
    md("""
    The Council had 11 members until the enlargement of 1 January 1966 and 15 since;
    `membership.council_size` gives the size on any date, and the checks use it.
    """),
    code("""
    sizes = {year: membership.council_size(f"{year}-06-30") for year in (1950, 1965, 1966, 1990)}
    print("Council size on 30 June:", sizes)
    size_checks = checks[checks["kind"] == "vote_size"]
    size_checks["verdict"].value_counts().rename("votes").to_frame()
    """),
    md("""
    Most votes account for every seat. The rest are worth reading one by one:
    "undecidable" means that the parts add up to fewer members than the Council had (a
    member absent, or not participating, without the text saying so); "inconsistent"
    means more votes than seats, which in these texts is an OCR misreading.
    """),
    code("""
    flagged = size_checks[size_checks["verdict"] != "consistent"]
    flagged[["file", "numerator", "denominator", "verdict", "explanation", "raw"]]
    """),
    code("""
    def draw_votes(files, title):
        shown = votes[votes["file"].isin(files)].head(8)
        shown = shown.assign(tally=shown["resolution"].map(lambda r: f"S/RES/{r}"))
        charts.plot_vote(
            shown, title=title,
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
    """),
    md("""
    ## 3. How votes were split over time

    Each resolution gets one description of how it was adopted:

    * **unanimous**: the text says so, or the figures show every seat in favour;
    * **with abstentions** (and no vote against), **with votes against**;
    * **not every member voting**: no vote against or abstention, but members absent
      or not participating;
    * **without a vote**: adopted without a vote or by consensus (admissions of new
      members, mostly);
    * **not stated**: the adoption line gives no vote at all. From 1992 the texts in this
      corpus mostly read "Adopted by the Security Council at its Nth meeting, on ..." and
      say nothing about the vote, so these years cannot be compared with earlier ones.
    """),
    code("""
    first_votes = votes.drop_duplicates("file").set_index("file")
    per_resolution = outcomes.set_index("file").join(
        first_votes[["in_favour", "against", "abstaining", "not_participating", "body_size"]]
    )
    counted = per_resolution["in_favour"].notna()
    against = per_resolution["against"].fillna(0)
    abstaining = per_resolution["abstaining"].fillna(0)
    every_seat = per_resolution["in_favour"] == per_resolution["body_size"]
    outcome = per_resolution["outcome"]

    per_resolution["split"] = "not stated"
    no_vote = outcome.isin(["adopted without a vote", "adopted by consensus"])
    per_resolution.loc[no_vote, "split"] = "without a vote"
    per_resolution.loc[outcome == "adopted unanimously", "split"] = "unanimous"
    per_resolution.loc[counted & (against == 0) & (abstaining == 0), "split"] = (
        "not every member voting"
    )
    per_resolution.loc[counted & (against == 0) & (abstaining == 0) & every_seat, "split"] = (
        "unanimous"
    )
    per_resolution.loc[counted & (abstaining > 0), "split"] = "with abstentions"
    per_resolution.loc[counted & (against > 0), "split"] = "with votes against"
    per_resolution["decade"] = [f"{int(y) // 10 * 10}s" for y in per_resolution["year"]]
    per_resolution["split"].value_counts().rename("resolutions").to_frame()
    """),
    code("""
    split_colors = {
        "unanimous": charts.category_color("in favour"),
        "not every member voting": charts.category_color("partially in favour"),
        "with abstentions": charts.category_color("abstentions"),
        "with votes against": charts.category_color("against"),
        "without a vote": charts.PALETTE["other1"],
        "not stated": charts.category_color("not participating"),
    }
    SPLITS = list(split_colors)
    by_decade = (
        per_resolution.groupby(["decade", "split"]).size().unstack("split", fill_value=0)
        .reindex(columns=SPLITS, fill_value=0)
    )
    ax = by_decade.plot.bar(
        stacked=True, color=[split_colors[s] for s in SPLITS], figsize=(7.5, 4.2), width=0.7,
        rot=0,
    )
    ax.set_title("Security Council resolutions by decade and how they were adopted", loc="left")
    ax.set_xlabel("Decade of adoption")
    ax.set_ylabel("Resolutions (count)")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(frameon=False, fontsize=8, loc="upper left")
    ax.spines[["top", "right"]].set_visible(False)
    plt.show()
    by_decade
    """),
    md("""
    Who did not take part? The tallies name the members behind each part of a vote
    (`members`, "; "-joined), so the light-blue band can be read name by name.
    """),
    code("""
    not_voting = tallies[tallies["category"].isin(["not participating", "absent"])]
    names = not_voting.assign(member=not_voting["members"].str.split("; ")).explode("member")
    (
        names.groupby(["member", "category"]).agg(
            votes=("file", "size"), first=("year", "min"), last=("year", "max")
        )
        .sort_values("votes", ascending=False)
        .head(10)
    )
    """),
    md("""
    Per year, two views: the share of unanimous adoptions among the resolutions whose
    text says how they were adopted (the "not stated" ones are left out of the base, and
    years in which no text states a vote are left out), and the number of abstentions
    cast, which also grows with the number of resolutions adopted.
    """),
    code("""
    stated = per_resolution[per_resolution["split"] != "not stated"]
    by_year = pd.DataFrame(
        {
            "resolutions": per_resolution.groupby("year").size(),
            "vote stated": stated.groupby("year").size(),
            "unanimous": stated.groupby("year")["split"].apply(lambda s: (s == "unanimous").sum()),
            "abstentions": per_resolution.groupby("year")["abstaining"].sum(),
        }
    ).fillna(0).astype(int)
    by_year["unanimous (%)"] = (100 * by_year["unanimous"] / by_year["vote stated"]).round(1)
    by_year = by_year[by_year["vote stated"] > 0]  # years whose texts state no vote say nothing

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7.5, 5.6), sharex=True, layout="constrained")
    top.bar(by_year.index, by_year["unanimous (%)"], color=split_colors["unanimous"], width=0.8)
    top.set_ylim(0, 100)
    top.set_ylabel("Adopted unanimously (%)")
    top.set_title(
        "Share of resolutions adopted unanimously (of those whose vote is stated)", loc="left"
    )
    bottom.bar(
        by_year.index, by_year["abstentions"], color=split_colors["with abstentions"], width=0.8
    )
    bottom.set_ylabel("Abstentions (count)")
    bottom.yaxis.get_major_locator().set_params(integer=True)
    bottom.set_xlabel("Year of adoption")
    bottom.set_title("Abstentions cast on adopted resolutions, by year", loc="left")
    for ax in (top, bottom):
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color=charts.PALETTE["grid"])
        ax.set_axisbelow(True)
    plt.show()
    by_year.tail(12)
    """),
    md("""
    ## 4. Roll calls: how each member voted

    A resolution names only the members that did not vote in favour. Who voted in favour
    follows from who sat on the Council on the adoption day: `membership.members_on(day,
    body="Security Council")` knows the permanent members and the elected members of
    every year since 1946 (split terms, late elections and changes of name included), and
    `rollcall.roll_call_with_checks` joins each vote with them: one row per member and
    vote. Members not named are counted in favour only when the counts add up; a
    `roll_call` check says, vote by vote, why not when they do not.
    """),
    code("""
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
    print(f"{roll_calls.groupby(['document', 'tally']).ngroups} votes called, "
          f"{len(roll_calls)} member rows; {len(undated)} documents without an adoption day")
    roll_call_checks["verdict"].value_counts().rename("votes").to_frame()
    """),
    md("""
    One vote, member by member: who was named, who is left in favour, and the name as
    printed (an OCR misprint is read as the closest member sitting that day).
    """),
    code("""
    named_votes = roll_calls[roll_calls["basis"] == "named"]
    example = named_votes["document"].iloc[0]
    roll_calls.loc[
        roll_calls["document"] == example,
        ["resolution", "date", "name_on_date", "seat", "vote", "basis", "printed", "match"],
    ]
    """),
    md("""
    The votes whose roll call does not add up, with the reason. "Undecidable" means the
    text leaves members out (a footnote that is not in the text, or a count without
    names); "inconsistent" means the figures cannot be right (a misread digit: more votes
    in favour than members left, or fewer than the Charter's majority for an adopted
    resolution).
    """),
    code("""
    roll_call_checks.loc[
        roll_call_checks["verdict"] != "consistent", ["document", "verdict", "explanation"]
    ]
    """),
    md("""
    ### Each member's record, per year

    `rollcall.member_record` counts, for every member and year, its votes in favour,
    against, abstaining, not participating and absent, and the votes it sat in whose vote
    the text does not give.
    """),
    code("""
    record = rollcall.member_record(roll_calls)
    totals = record.groupby(["member_id", "name"], as_index=False)[
        ["votes", "in_favour", "against", "abstaining", "not_participating", "absent", "unknown"]
    ].sum()
    totals["not in favour"] = totals[["against", "abstaining", "not_participating", "absent"]].sum(
        axis=1
    )
    totals.sort_values("not in favour", ascending=False).head(10)
    """),
    code("""
    charts.plot_member_record(
        record, source="Source: Security Council resolutions (OCR texts); surveystats"
    )
    plt.show()
    permanent = ["CHN", "FRA", "GBR", "RUS", "USA"]
    (
        record[record["member_id"].isin(permanent)]
        .assign(not_in_favour=lambda t: t["against"] + t["abstaining"] + t["not_participating"])
        .groupby(["year", "name"])["not_in_favour"].sum().unstack(fill_value=0)
        .tail(12)
    )
    """),
    md("""
    ### Who voted with whom

    `rollcall.agreement` counts, for every pair of members, the votes both cast and those
    in which they cast the same vote. Most resolutions are adopted unanimously, which makes
    every pair agree; `contested_only=True` keeps the votes in which at least one member
    did not vote in favour.
    """),
    code("""
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
    """),
    md("""
    ## What the votes show, and what they do not

    * In the 1940s and 1950s most resolutions were adopted with abstentions or votes
      against. From the 1960s unanimous adoption is the largest group, and from the
      mid-1980s it is the rule (usually 70 % or more of the resolutions whose vote is
      stated).
    * The 1970s stand out for members that did not take part: China did not participate
      in the vote on dozens of resolutions, almost all between 1971 and 1981, which the
      texts record only in footnotes.
    * After the end of the Cold War the Council adopted far more resolutions each year
      (74 in 1992, 93 in 1993, against 13 to 20 a year in the 1980s), but from 1992 the
      texts of this corpus mostly do not state the vote.
    * Every count was checked against the Council's size on the adoption day. More
      votes than seats is a misread digit in the OCR text, not a Council decision; votes
      that account for fewer seats than the Council had need the full record of the
      meeting to be read correctly.
    * The roll calls add up for almost every vote whose text names its members; the
      exceptions are misread digits and members the text leaves out, and each has a check
      that says which.
    * The five permanent members cast most of the votes not in favour: the Soviet Union
      above all (abstentions, and its absence in 1950), China mostly by not participating
      (1971-1981), then the United States, the United Kingdom and France. On contested
      resolutions France and the United Kingdom voted alike most often, the United States
      and the Soviet Union least.
    * The texts cover adopted resolutions only: vetoed drafts are not in the corpus, so
      these charts say how resolutions *were adopted*, not how contested the Council was.
    """),
]


NOTEBOOKS = {
    "01_migration_survey.ipynb": NB01,
    "02_un_membership.ipynb": NB02,
    "03_security_council_votes.ipynb": NB03,
}


def build(cells: list[nbformat.NotebookNode]) -> nbformat.NotebookNode:
    """A notebook of ``cells``, without outputs, with the ``python3`` kernel."""
    notebook = new_notebook(cells=cells)
    notebook.metadata = {"kernelspec": KERNELSPEC, "language_info": LANGUAGE_INFO}
    for index, cell in enumerate(notebook.cells):
        cell.id = f"cell-{index:02d}"
    nbformat.validate(notebook)
    return notebook


def main(argv: list[str] | None = None) -> int:
    """Write every notebook (or those named in ``argv``) next to this script."""
    names = argv or list(NOTEBOOKS)
    for name in names:
        path = HERE / name
        nbformat.write(build(NOTEBOOKS[name]), path)
        print(f"wrote {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
