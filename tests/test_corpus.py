"""analysis.corpus: a batch run's tables analysed document by document, then summarised.

The reference for every per-document table is analyze() on the document itself: the
corpus must hold exactly the checks, votes and roll calls of the documents' own analyses.
The vote classification is checked rule by rule on hand-made votes, and vote_splits
against counts done by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import surveystats
from surveystats import schema
from surveystats.analysis.corpus import (
    VOTE_SPLITS,
    analyze_corpus,
    member_totals,
    resolution_votes,
    vote_splits,
)
from surveystats.batch import read_table, run_batch
from surveystats.errors import ValidationError

# Security Council resolutions in the Council's format, written for the tests: every
# way of adopting a resolution, and a misread digit (13 read as 73).
RESOLUTIONS = {
    "S_9001.txt": "Resolution 9001 (1948)\nof 2 March 1948\n\nThe Security Council,\n\n"
    "1. Calls upon the parties to cease hostilities;\n\nAdopted at the 250th meeting by 9 "
    "votes to none, with 2 abstentions (Ukrainian Soviet Socialist Republic, Union of "
    "Soviet Socialist Republics).",
    "S_9002.txt": "Resolution 9002 (1956)\nof 4 June 1956\n\nThe Security Council,\n\n"
    "1. Requests the Secretary-General to report;\n\nAdopted unanimously at the 730th "
    "meeting.",
    "S_9003.txt": "Resolution 9003 (1973)\nof 22 October 1973\n\nThe Security Council,\n\n"
    "1. Calls for a cease-fire;\n\nAdopted at the 1700th meeting by 13 votes to 1 (China), "
    "with 1 abstention (France).",
    "S_9004.txt": "Resolution 9004 (1980)\nof 5 May 1980\n\nThe Security Council,\n\n"
    "1. Decides to remain seized of the matter;\n\nAdopted at the 2200th meeting by 15 "
    "votes to none.",
    "S_9005.txt": "Resolution 9005 (1985)\nof 9 July 1985\n\nThe Security Council,\n\n"
    "1. Urges restraint;\n\nAdopted at the 2600th meeting by 73 votes to none, with 2 "
    "abstentions (Madagascar, Peru).",
}


def write_corpus(folder: Path, example_path: Path) -> Path:
    """The resolutions above, the bundled example and one file that cannot be read."""
    folder.mkdir(parents=True)
    for name, text in RESOLUTIONS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "A_RES_56_203.txt").write_bytes(example_path.read_bytes())
    (folder / "broken.txt").write_bytes(b"%PDF-1.4\n" + bytes(300))
    return folder


@pytest.fixture(scope="module")
def batch(tmp_path_factory, example_path) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    corpus = write_corpus(root / "docs", example_path)
    run_batch(corpus, root / "out", workers=1, progress=False)
    return root / "out"


@pytest.fixture(scope="module")
def corpus(batch):
    tables = {name: read_table(batch, name) for name in ("documents", "numbers", "tallies")}
    return analyze_corpus(**tables, errors=read_table(batch, "errors"))


def test_every_document_is_analysed_as_on_its_own(corpus):
    """The corpus holds exactly the checks, votes and roll calls of analyze(document)."""
    assert len(corpus.documents) == 6
    for document in corpus.documents.itertuples(index=False):
        own = surveystats.analyze(document.path)
        for name in ("checks", "votes", "roll_call"):
            rows = getattr(corpus, name)
            rows = rows[rows["doc_id"] == document.doc_id]
            columns = schema.table(name).names
            expected = getattr(own, name)[columns].sort_values(columns[0]).reset_index(drop=True)
            found = rows[columns].sort_values(columns[0]).reset_index(drop=True)
            pd.testing.assert_frame_equal(found, expected, check_dtype=False, obj=name)


def test_inconsistent_checks_come_first_with_their_sentence(corpus):
    checks = corpus.checks
    verdicts = checks["verdict"].astype(str).tolist()
    assert verdicts == sorted(verdicts, key=["inconsistent", "undecidable", "consistent"].index)
    misread = checks[checks["verdict"] == "inconsistent"]
    assert set(misread["name"]) == {"S_9005.txt"}
    assert misread["sentence"].str.startswith("Adopted at the 2600th meeting by 73 votes").all()
    assert (misread["paragraph"] >= 0).all()


def test_counts_by_kind(corpus, batch):
    numbers = read_table(batch, "numbers")
    by_kind = corpus.numbers_by_kind.set_index("kind")["numbers"]
    counted = numbers["kind"].value_counts()
    assert by_kind.to_dict() == counted[counted > 0].to_dict()
    tallies = corpus.tallies_by_kind.set_index("kind")
    assert tallies.loc["vote", "tallies"] == 5 and tallies.loc["survey", "tallies"] == 1
    assert tallies.loc["survey", "categories"] == 3  # 47, 5 and 26 of the example
    assert corpus.errors["path"].str.endswith("broken.txt").tolist() == [True]


def test_each_resolution_is_classified(corpus):
    splits = dict(zip(corpus.resolutions["resolution"], corpus.resolutions["split"], strict=True))
    assert splits == {
        "9001": "with abstentions",
        "9002": "unanimous",  # said so
        "9003": "with votes against",
        "9004": "unanimous",  # every seat in favour
        "9005": "with abstentions",  # 73 in favour is a misread digit, but 2 abstained
    }
    assert corpus.resolutions["year"].tolist() == [1948, 1956, 1973, 1980, 1985]


def _vote(split_counts, **extra):
    base = {"doc_id": "d", "year": 1950, "tally": 0, "outcome": "adopted", "body_size": 11}
    base.update({role: None for role in schema.VOTE_ROLES})
    return {**base, **split_counts, **extra}


@pytest.mark.parametrize(
    ("vote", "split"),
    [
        (_vote({"in_favour": 11, "against": 0}), "unanimous"),
        (_vote({}, outcome="adopted unanimously"), "unanimous"),
        (_vote({"in_favour": 10, "against": 0}), "not every member voting"),
        (_vote({"in_favour": 9, "against": 0, "not_participating": 2}), "not every member voting"),
        (_vote({"in_favour": 9, "abstaining": 2}), "with abstentions"),
        (_vote({"in_favour": 8, "against": 1, "abstaining": 2}), "with votes against"),
        (_vote({}, outcome="adopted without a vote"), "without a vote"),
        (_vote({}, outcome="adopted by consensus"), "without a vote"),
        (_vote({}, outcome="adopted"), "not stated"),
        (_vote({}, outcome=None), "not stated"),
    ],
)
def test_resolution_votes_rules(vote, split):
    assert resolution_votes(pd.DataFrame([vote]))["split"].tolist() == [split]


def test_the_first_vote_of_a_document_decides():
    votes = pd.DataFrame(
        [
            _vote({"in_favour": 9, "against": 2}, tally=1),
            _vote({"in_favour": 11, "against": 0}, tally=0),
        ]
    )
    assert resolution_votes(votes)["split"].tolist() == ["unanimous"]


def test_vote_splits_by_hand():
    resolutions = pd.DataFrame(
        {
            "year": [1958, 1959, 1959, 1961, 1962, 1962],
            "split": ["unanimous", "with abstentions", "not stated", "unanimous", "unanimous",
                      "with votes against"],
            "abstaining": [0, 2, None, 0, 0, 1],
            "against": [0, 0, None, 0, 0, 3],
        }
    )  # fmt: skip
    decades = vote_splits(resolutions, period="decade").set_index("period")
    assert decades.loc["1950s", ["resolutions", "vote_stated", "unanimous"]].tolist() == [3, 2, 1]
    assert decades.loc["1950s", "unanimous_share"] == 0.5
    assert decades.loc["1960s", "unanimous_share"] == pytest.approx(2 / 3)
    assert decades.loc["1960s", ["abstaining", "against"]].tolist() == [1, 3]
    years = vote_splits(resolutions, period="year").set_index("period")
    assert years.index.tolist() == ["1958", "1959", "1961", "1962"]
    assert years["resolutions"].sum() == len(resolutions)
    columns = [split.replace(" ", "_") for split in VOTE_SPLITS]
    assert (years[columns].sum(axis=1) == years["resolutions"]).all()


def test_vote_splits_refuses_an_unknown_period():
    with pytest.raises(ValidationError, match="period must be one of year, decade; got 'month'"):
        vote_splits(
            pd.DataFrame(columns=["year", "split", "abstaining", "against"]), period="month"
        )


def test_member_totals_sum_the_years(corpus):
    totals = member_totals(corpus.member_record).set_index("name")
    record = corpus.member_record.groupby("name")[["votes", "abstaining"]].sum()
    pd.testing.assert_frame_equal(
        totals[["votes", "abstaining"]].sort_index(), record.sort_index(), check_dtype=False
    )
    assert totals.loc["France", "abstaining"] == 1  # 9003 (1973); not on the Council in 1985
    abstaining = totals["abstaining"].tolist()
    assert abstaining == sorted(abstaining, reverse=True)


def test_analyze_corpus_names_a_missing_column(batch):
    documents = read_table(batch, "documents").drop(columns="adopted")
    with pytest.raises(ValidationError, match=r"documents lacks the columns \['adopted'\]"):
        analyze_corpus(documents, read_table(batch, "numbers"), read_table(batch, "tallies"))


def test_an_empty_batch_gives_empty_tables(tmp_path):
    tables = {name: read_table(tmp_path, name) for name in ("documents", "numbers", "tallies")}
    corpus = analyze_corpus(**tables)
    assert corpus.checks.empty and corpus.votes.empty and corpus.resolutions.empty
    assert corpus.votes_by_year.empty and corpus.member_totals.empty
    assert list(corpus.resolutions.columns) == schema.table("resolution_votes").names
