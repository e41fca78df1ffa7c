"""Tallies: the counts that split a group, as one tidy table with exact provenance.

The grammars live in :mod:`~surveystats.extract.tally_votes` (recorded votes, adoption
lines and outcome statements; texts that failed with no counts in
:mod:`~surveystats.extract.tally_failed_texts`; the votes candidates received in an election in
:mod:`~surveystats.extract.tally_elections`; the whole or the side a sentence states
before its vote in :mod:`~surveystats.extract.tally_vote_frame`) and
:mod:`~surveystats.extract.tally_enumerations` (counts
and percentages in one sentence that split a whole: surveys, breakdowns, votes written
as prose, survey facts; lists paired by "respectively" in
:mod:`~surveystats.extract.tally_respective`, parts in parentheses after their whole in
:mod:`~surveystats.extract.tally_asides`; one part of a survey's whole in
:mod:`~surveystats.extract.tally_surveys`; and, where none of them found a tally in a
sentence, answers counted in the passive ("viewed as too high by 21 Governments, as
satisfactory by 152") in :mod:`~surveystats.extract.tally_agents`, parallel lists of counts
or shares in :mod:`~surveystats.extract.tally_lists`
then parallel figures read by one general reader in
:mod:`~surveystats.extract.tally_parallel`, labels with their shares in parentheses
("conflict (64%), drought (17%) and floods (9%)", labels that hold commas) in
:mod:`~surveystats.extract.tally_share_lists`, shares of a poll's answers or a group's parts
that asides hide from it ("Syrians (43 per cent), most of whom ..., and others (22 per
cent)", "(59:41 per cent)") in :mod:`~surveystats.extract.tally_poll_shares` (and an
election's results by party written as parallel clauses, in
:mod:`~surveystats.extract.tally_elections`), counts of one noun that each carry their
share of the counts' sum, whatever figures their labels hold, in
:mod:`~surveystats.extract.tally_proportional`, and two groups set against each other ("men
outnumbered women by 112 to 38") in :mod:`~surveystats.extract.tally_comparisons`, lists whose
verb only the first clause writes ("Women made up 42 per cent of staff, men 31 per cent and
youth 27 per cent", which replace a reading that lost a clause) in
:mod:`~surveystats.extract.tally_gapped`; parts attributed to agents, each clause with its
own verb ("A were linked to 2,361 casualties, while B were responsible for 292"), in
:mod:`~surveystats.extract.tally_attributions`; a committee's cases split by the act it
took on each ("declared nine cases inadmissible, five cases admissible, and discontinued
three cases") in :mod:`~surveystats.extract.tally_case_decisions` and a body's texts by
subject ("four resolutions on the question of Palestine and two on ...") in
:mod:`~surveystats.extract.tally_text_topics`, each in place of a reading of less; last,
figures that add up to a whole the sentence states, whatever its phrasing, in
:mod:`~surveystats.extract.tally_sums`, which may replace a partial reading, and which
last gives a split the count near it that its parts add up to as its whole),
over the items read by
:mod:`~surveystats.extract.tally_items`;
they read one paragraph string at a time, and parts that the next sentence adds to a tally
("A further 9 ...") are joined to it in :mod:`~surveystats.extract.tally_continued` where
the parts add up to a stated whole (and a lone share of the question a list of answers
answers, in :mod:`~surveystats.extract.tally_poll_shares`); shares that make 100 take
the one count before them in their sentence that each is a whole number of as their whole in
:mod:`~surveystats.extract.tally_share_whole`; counts of States that are parties to, signed or
ratified different instruments overlap and are dropped by
:mod:`~surveystats.extract.tally_treaties`, and counts whose share says they are a part of
the first count by :mod:`~surveystats.extract.tally_subsets`, which also drops parts nested
in the part before them ("218 were accepted, of which 150 were implemented"); bare figures
after a share that make 100 with it become shares in
:mod:`~surveystats.extract.tally_elided_shares`; a figure given to each of several names
("one each in Europe and Africa") becomes one part per name in
:mod:`~surveystats.extract.tally_each` where the parts then make their stated whole; the
names a roll-call lists under each role ("In favour: Chile, Peru. Against: Poland.")
become a vote's members in :mod:`~surveystats.extract.tally_role_lists` where they match its
counts; each further "N of M" joined to one a reader took ("22 of 23 governorates and 312 of
333 districts have been affected") is a tally of its own in
:mod:`~surveystats.extract.tally_paired_ratios`, and the whole of a part that a split
splits again ("Of the 68 passengers, only 33 survived: 32 were rescued ...") in
:mod:`~surveystats.extract.tally_split_wholes`, which also takes out of a flat list the
figures in brackets that add up to the count before them ("60 (40 primary and 20
secondary) reopened, while 30 remained closed": 60 is their total, a part of the list); a
split of counts each followed by its share ("86 were women (7.7 per cent) and 1,034 were men
(92.3 per cent)") is read again without the shares, which are given back to their parts
where each is its count's share of one whole, in :mod:`~surveystats.extract.tally_appositions`;
last of all, in a sentence where every reader above found nothing, a list of figures with
evidence that they split one whole (shares that
make 100, a cue such as "the remaining" or "of whom", or clauses that elide the first one's
verb of holding: "A accounted for 12, B for 9") in
:mod:`~surveystats.extract.tally_partitions`, and shares no tally holds that add up to 100
within their rounding, whatever their phrasing ("About 48 per cent are under 19 years, 6
per cent ... and the remaining 46 per cent ..."), which also complete a split of shares
another reader read in part, in :mod:`~surveystats.extract.tally_shares_to_whole`. An
earlier period's figures in parentheses
after the current ones ("numbered 1,118 (2003: 1,042), comprising 486 women (2003: 431)
and ...") are taken out before the readers see the paragraph, and make a tally of their
own with the current one's labels, in :mod:`~surveystats.extract.tally_earlier_years`.
What pages print around a sentence is taken out the same way: a dateline that opens it and
a cross-reference in parentheses ("(A/75/123, para. 4)", "(see para. 12 above)"), and,
where that reads more of its tallies, a time that closes it ("... and 4 were absent in
2022."), in :mod:`~surveystats.extract.page_noise`; a headline in Title Case ("Committee
Recommends Status to 2 Entities, Rejects 5") is read again as the sentence it is, its
common words in lower case, in :mod:`~surveystats.extract.headline_case`.
A remark in parentheses that holds no figure (a source, a cross-reference, a body's
acronym: "Replies came from 56 Governments (as reported by the secretariat), 30 of
which ...", "the Committee (CERD) rejected it") is read past: the sentences around it are
read again as if it were not written, and that reading replaces the first where it reads
more, in :mod:`~surveystats.extract.tally_remarks`; so are the words that frame a tally and
tell nothing of it (who reported it: "The report said 26 peacekeepers and eight civilians
died", "..., reports indicate."; the day of a vote: "The vote Thursday was 138 to 9"; a word
that judges a vote: "on a climactic 219-to-212 vote"), found in
:mod:`~surveystats.extract.tally_framing`.
Parts written in another shape than the rest of their split (the object of a verb before
passive clauses, "the fate of N" last, clauses that open "In N ...", the first item of a
list by place that carries the words the later items elide: "449 incidents in the central
region from 1 January to 31 March, 86 in Gao, 69 in Timbuktu"), counted nouns in
apposition to a whole they add up to, and a whole before the colon or comma that opens
its parts, are read in :mod:`~surveystats.extract.tally_lost_parts`, and counts by grade
("1 D-2, 3 D-1 and 12 P-5") in :mod:`~surveystats.extract.tally_grades`. Counts whose
labels are their counted nouns ("1.2 million refugees and 2.3 million internally
displaced", "adopted 53 draft resolutions and 4 draft decisions", "37 resolutions and a
presidential statement" (an article counts one after the first part), "131 Government advisers,
43 employers' advisers and 54 workers' advisers"), counts with their shares ("12.7%
(880)", "690 were recorded in Sinjar (82%)") and seats by group are read in
:mod:`~surveystats.extract.tally_counted_nouns`; splits whose parts are split again in
parentheses, at both levels, in
:mod:`~surveystats.extract.tally_nested`; a body's texts by the way they were adopted in
:mod:`~surveystats.extract.tally_vote_modes`; shares of one group each in a clause of its own
("25% ... are due to floods, against 68% related to conflict") in
:mod:`~surveystats.extract.tally_share_clauses`; the sample a survey heard, stated alone
("2,150 households were surveyed", "a survey of some 4,000 young people", "over a
million people have taken the survey"), in
:mod:`~surveystats.extract.tally_sample_sizes`, and by the role of the count in its clause
where no phrasing there reads it ("3,500 stakeholders took part in a perception study", "The
total sample size was 427 households") in :mod:`~surveystats.extract.tally_sample_shapes`;
one part of a stated whole bound to it by a
link alone ("..., 40 of which it was able to confirm", "202 of 212 countries ... had
reported"), in a sentence no other reader read, in
:mod:`~surveystats.extract.tally_lone_parts`; counts written beside their shares ("Italy
3,086 (8.5%), Benelux 2,784 (7.6%)", "with South Sudanese making up 50% (94,492)"), parts
of one whole where the ratios say so, in a sentence no other reader read, in
:mod:`~surveystats.extract.tally_count_shares`; counts by place across clauses, each with a
verb and a place of its own ("30,876 refugees have found asylum in northern DRC. Chad has
meanwhile received 5,600 ..."), where no tally holds them, in
:mod:`~surveystats.extract.tally_place_clauses`; a split's whole stated apart from its
parts, where no reader gave it one (before parts in brackets after words of its own, as the
subject of "included", across an aside or a count of places before "including", in the
sentence before that the parts point back at or add up to, after the parts: "This brings
the total ... to 732,227"), held to the parts by arithmetic and noun, in
:mod:`~surveystats.extract.tally_stated_wholes`, which also reads parallel clauses of one
noun whose sum the next sentence states ("... now total approximately 80,000") and one part joined
by "and" to the clause of its whole ("The total number of accredited participants was 2,450
and 2,012 registered"); and, after every reader, runs of counts
that split no one group (events of different groups, "6,769 Afghans crossed ..., while 466
Pakistanis returned ...", months with no whole, a count and the means of its act, flows in
and out, an exception) are dropped by :mod:`~surveystats.extract.tally_parallel_events`,
and a mission's personnel by component under a ceiling, an authorized level or a strength
("with a ceiling of 17,000 troops and 2,101 police personnel") by
:mod:`~surveystats.extract.tally_mission_strengths`. This module runs them over the paragraphs of a
:class:`~surveystats.documents.Document`, attaches footnotes that a vote's marker points
to ("27 One member (China) did not participate in the voting."), and builds the table
declared in :mod:`surveystats.schema` (:data:`TALLY_COLUMNS`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd

from surveystats import schema
from surveystats.errors import DocumentError, ValidationError
from surveystats.extract.glued_counts import (
    digit_after_letter,
    find_glued_notes,
    find_notes_after_counts,
    separate_glued_counts,
)
from surveystats.extract.headline_case import (
    HEADLINE_LENGTH,
    restore_written_case,
    sentence_case,
)
from surveystats.extract.labels import befell, label_rests_in_part, set_apart, told
from surveystats.extract.lexicon import SPACED_THOUSANDS
from surveystats.extract.numbers import (
    UNICODE_HYPHENS,
    hyphenate_number_words,
    is_one_plain_line,
)
from surveystats.extract.ocr_words import repair_ocr_words
from surveystats.extract.page_noise import (
    find_closing_times,
    find_extra_blanks,
    find_page_noise,
)
from surveystats.extract.roles import role_of
from surveystats.extract.tally_acted_counts import find_acted_counts
from surveystats.extract.tally_agents import find_agent_parts, find_agent_views
from surveystats.extract.tally_appositions import with_apposed_shares
from surveystats.extract.tally_aside_lists import with_lists_across_asides
from surveystats.extract.tally_attributions import ATTRIBUTION_WORDS, with_attributions
from surveystats.extract.tally_case_decisions import (
    find_case_decisions,
    may_hold_case_decisions,
)
from surveystats.extract.tally_casualty_tolls import (
    CASUALTY_TOLL_WORDS,
    find_casualty_tolls,
    without_acts_beside,
    without_lone_items,
    without_rates_and_comparisons,
    without_wholes_beside,
)
from surveystats.extract.tally_comparisons import find_comparisons
from surveystats.extract.tally_continued import (
    attach_whole_before,
    join_continued_parts,
    join_continued_shares,
)
from surveystats.extract.tally_coordinated import find_coordinated_counts
from surveystats.extract.tally_count_shares import find_count_shares, may_pair_counts_with_shares
from surveystats.extract.tally_counted_nouns import (
    attach_whole_before_cue,
    counts_an_article,
    find_counted_noun_splits,
    with_counted_shares,
    with_counts_before_labels,
    with_shares_after_counts,
    without_goods_lists,
    without_lists_read_in_part,
)
from surveystats.extract.tally_dash_asides import Bracketed, bracket_dash_asides
from surveystats.extract.tally_each import share_out_each
from surveystats.extract.tally_earlier_years import (
    EarlierFigures,
    find_earlier_figures,
    restore_offsets,
    with_earlier_figures,
    without_earlier_figures,
)
from surveystats.extract.tally_elected_lists import find_elected_lists
from surveystats.extract.tally_elections import (
    TIE_BETWEEN_LITERALS,
    find_party_results,
    join_ballots_for_none,
)
from surveystats.extract.tally_elided_shares import with_elided_per_cent
from surveystats.extract.tally_enumerations import find_enumerations
from surveystats.extract.tally_failed_texts import (
    FAILURE_WORDS,
    find_failed_texts,
    may_state_failure,
)
from surveystats.extract.tally_first_articles import (
    counts_an_opening,
    find_first_articles,
    with_articles_counted,
)
from surveystats.extract.tally_fraction_subjects import (
    FRACTION_SUBJECT_WORDS,
    find_fraction_subjects,
)
from surveystats.extract.tally_framing import find_framing, may_frame
from surveystats.extract.tally_further_actions import (
    find_action_then_further,
    join_further_actions,
)
from surveystats.extract.tally_gapped import find_gapped
from surveystats.extract.tally_grades import find_grade_counts
from surveystats.extract.tally_holdings import find_holdings
from surveystats.extract.tally_impact_participles import (
    find_death_tolls,
    find_impact_participles,
    name_impacts_as_done,
)
from surveystats.extract.tally_items import (
    Item,
    Number,
    find_numbers,
    is_ordinal,
    mark_excepted_counts,
    mask_elision_commas,
    new_number,
    only_names,
    read_items,
)
from surveystats.extract.tally_label_order import (
    LABEL_ORDER_WORDS,
    with_figures_in_label_order,
)
from surveystats.extract.tally_largest_parts import LARGEST_PART_WORDS, find_largest_parts
from surveystats.extract.tally_linked_parts import (
    find_linked_parts,
    may_hold_part_of_figure,
    may_link_parts,
    may_point_back,
    with_wholes_before_with,
)
from surveystats.extract.tally_list_wholes import (
    attach_whole_of_list,
    whole_of_share_after,
    whole_out_of_after,
)
from surveystats.extract.tally_lists import (
    DISPLACED_LITERALS,
    find_lists,
    mixes_casualties_and_displaced,
)
from surveystats.extract.tally_lone_parts import (
    TOTAL_LINKS,
    find_lone_parts,
    with_among_nests,
    with_wholes_set_apart,
)
from surveystats.extract.tally_lone_votes import LONE_SIDE_WORDS, join_lone_sides
from surveystats.extract.tally_lost_parts import (
    find_apposed_counts,
    find_elided_heads,
    find_in_addition,
    find_in_clauses,
    find_in_part_of_whole,
    find_label_in_counts,
    find_part_aside_whole,
    find_with_part_of_whole,
    with_first_part_before,
    with_noun_of_count_last,
    with_object_first,
    with_part_in_addition,
    with_remaining_part_last,
    with_whole_before,
)
from surveystats.extract.tally_member_lists import find_member_lists
from surveystats.extract.tally_mission_strengths import (
    may_hold_mission_strength,
    without_mission_strengths,
)
from surveystats.extract.tally_name_figures import may_hold_name_figures, with_name_figures
from surveystats.extract.tally_named_counts import (
    NAMED_COUNT_CUE,
    with_named_counts,
    without_rate_runs,
)
from surveystats.extract.tally_nested import find_nested_splits, with_outer_of_split_asides
from surveystats.extract.tally_no_splits import (
    find_restated_parts,
    mask_age_asides,
    mask_household_asides,
    with_counts_out_of_labels,
    with_nests_apart,
    without_false_splits,
)
from surveystats.extract.tally_nominal_acts import find_nominal_acts
from surveystats.extract.tally_object_parts import find_object_parts
from surveystats.extract.tally_outcome_manners import find_manner_outcomes
from surveystats.extract.tally_overlapping_shares import (
    find_median_answers,
    split_overlapping_answers,
    without_added_acts,
    without_crossed_groups,
    without_medians,
    without_multiples_of_another,
    without_nested_labels,
    without_partial_answers,
    without_shares_of_shares,
    without_slices_of_share_lists,
)
from surveystats.extract.tally_paired_ratios import with_paired_ratios
from surveystats.extract.tally_parallel import find_parallel
from surveystats.extract.tally_parallel_events import (
    with_later_rounds,
    with_rounds_apart,
    without_parallel_events,
)
from surveystats.extract.tally_part_of_part import (
    NESTING_WORDS,
    with_nest_lists_closed,
    with_parts_of_parts,
)
from surveystats.extract.tally_partitions import find_partitions
from surveystats.extract.tally_parts import Part, Tally, holds_any, list_runs_on, read_count
from surveystats.extract.tally_place_clauses import (
    PLACE_CLAUSE_JOINTS,
    find_lists_per_clause,
    find_place_clauses,
)
from surveystats.extract.tally_poll_shares import (
    find_poll_shares,
    find_polled_answers,
    join_lone_answer,
    mark_aside_shares,
    may_answer_poll,
    reread_overlong_answers,
)
from surveystats.extract.tally_proportional import find_proportional
from surveystats.extract.tally_qualified_figures import (
    find_qualified_figures,
    restore_qualifiers,
)
from surveystats.extract.tally_rankings import find_rankings
from surveystats.extract.tally_relative_clauses import (
    find_places_set_against,
    find_relative_counts,
)
from surveystats.extract.tally_remarks import find_remarks, reads_more
from surveystats.extract.tally_renewals import find_renewals
from surveystats.extract.tally_respective import attach_respective_shares
from surveystats.extract.tally_role_lists import attach_listed_members, is_role_list
from surveystats.extract.tally_sample_acts import SAMPLE_ACT_WORDS, find_sample_acts
from surveystats.extract.tally_sample_answers import SAMPLE_ANSWER_WORDS, with_sample_answers
from surveystats.extract.tally_sample_shapes import (
    SAMPLE_SHAPE_WORDS,
    find_sample_shapes,
    with_samples_as_wholes,
)
from surveystats.extract.tally_sample_sizes import SAMPLE_SIZE_WORDS, find_sample_sizes
from surveystats.extract.tally_share_asides import (
    BracketAsides,
    as_taken_out,
    find_bracket_asides,
    put_back_asides,
)
from surveystats.extract.tally_share_clauses import (
    with_opening_share_before,
    with_share_clauses,
)
from surveystats.extract.tally_share_lists import (
    find_share_lists,
    may_list_shares,
    name_shares_by_predicates,
)
from surveystats.extract.tally_share_whole import (
    attach_respondents_of_shares,
    attach_share_summed,
    attach_whole_of_shares,
)
from surveystats.extract.tally_shares_to_whole import (
    may_hold_shares_to_whole,
    with_shares_to_whole,
)
from surveystats.extract.tally_slash_ratios import (
    find_slash_ratios,
    may_hold_slash_ratio,
    with_ratio_counts,
)
from surveystats.extract.tally_split_wholes import (
    with_splits_closing_clauses,
    with_splits_of_bracketed_counts,
    with_wholes_of_split_parts,
)
from surveystats.extract.tally_stated_wholes import (
    CLAUSE_SUM_JOINTS,
    TOTAL_THEN_PART_CUE,
    attach_stated_wholes,
    find_clause_sums,
    find_total_then_part,
)
from surveystats.extract.tally_subsets import (
    first_count_before_rest,
    parts_of_first_count,
    share_of_first_count,
    with_marked_whole,
    with_whole_named_first,
    without_nested_parts,
)
from surveystats.extract.tally_sums import attach_summed_whole, find_sums
from surveystats.extract.tally_sums_to_whole import with_sums_to_whole
from surveystats.extract.tally_surveys import (
    find_lone_respondent_shares,
    find_surveys,
    nests_in,
    with_response_rates,
)
from surveystats.extract.tally_text_topics import find_text_topics, may_hold_text_topics
from surveystats.extract.tally_time_subsets import TIME_SUBSET_WORDS, without_time_subsets
from surveystats.extract.tally_toll_asides import (
    TollAside,
    aside_tallies,
    find_building_asides,
    find_item_share_asides,
    find_toll_asides,
    item_share_tallies,
    may_hold_asides,
    without_asides,
)
from surveystats.extract.tally_treaties import counts_treaty_acts
from surveystats.extract.tally_victim_groups import find_victim_groups, without_readings_of
from surveystats.extract.tally_vote_frame import frame_vote
from surveystats.extract.tally_vote_modes import find_vote_modes
from surveystats.extract.tally_votes import (
    ROLE_LINE_LENGTH,
    extend_vote,
    find_adoption_outcome,
    find_outcome_statements,
    find_voter_counts,
    find_votes,
    find_votes_from,
    is_role_line,
    join_earlier_sides,
    join_failed_votes,
    join_later_sides,
    join_split_candidates,
    opens_listed_side,
    read_vote_statement,
    take_backers_before,
    take_backing_before,
    take_received_favour,
)
from surveystats.text import NUMBER_WORDS, sentence_starts
from surveystats.text.words import CARDINAL_WORDS, ORDINAL_WORDS, word_alternation

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Collection

    from surveystats.documents import Document

__all__ = ["TALLY_COLUMNS", "extract_tallies", "tallies_in_text", "tally_columns"]

#: Column name -> dtype of the tallies table, as declared in :mod:`surveystats.schema`.
TALLY_COLUMNS: dict[str, str] = {c.name: c.dtype for c in schema.TALLIES.columns}


def _part_values(part: Part, text: str = "", label: str | None = None) -> dict[str, Any]:
    """The columns one part fills (``text``: the paragraph its offsets point into).

    ``label`` is the part's category as :func:`~surveystats.extract.labels.set_apart`
    took it from the slot that sets it apart from the tally's other parts.
    """
    category = befell(
        told(label if label is not None else part.category), text[part.start : part.end]
    )
    return {
        "category": category,
        "role": role_of(category),
        "count": part.count,
        "percent": part.percent,
        "decimals": part.decimals,
        "counted": part.counted,
        "counted_inherited": part.counted_inherited if part.counted is not None else None,
        "base": part.base,
        "qualifier": part.qualifier,
        "remaining": part.remaining,
        "members": "; ".join(part.members) or None,
        "ocr_corrected": part.ocr_corrected,
        "unreadable": part.unreadable,
        "members_mismatch": part.members_mismatch,
    }


def _rows_for(tally: Tally, tally_id: int, paragraph: int, offset: int, text: str) -> list[dict]:
    """One row per part (or one outcome row) with offsets shifted into the document."""
    base = {
        "tally": tally_id,
        "kind": tally.kind,
        "subject": tally.subject,
        "unit": tally.unit if tally.parts else None,
        "total": tally.total,
        "total_qualifier": tally.total_qualifier,
        "outcome": tally.outcome,
        "from_footnote": False,
        "paragraph": paragraph,
        "start": offset + tally.start,
        "end": offset + tally.end,
        "raw": text[tally.start : tally.end],
    }
    if not tally.parts:
        empty = Part(None, None, tally.start, tally.end, ocr_corrected=tally.ocr_corrected)
        return [{**base, **_part_values(empty)}]
    rows = []
    # a breakdown's parts named by the slot in which they differ, not by what they share
    labels = set_apart(text, tally.parts) if tally.kind != "vote" else [None] * len(tally.parts)
    for part, label in zip(tally.parts, labels, strict=True):
        row = {**base, **_part_values(part, text, label)}
        row["ocr_corrected"] = part.ocr_corrected or tally.ocr_corrected
        rows.append(row)
    return rows


def _frame(rows: list[dict]) -> pd.DataFrame:
    """Build the table column by column with the dtypes declared in the schema."""
    if not rows:  # most paragraphs of most documents
        return schema.empty_table("tallies")
    return schema.build_table(schema.TALLIES, _columns(rows))


# The column names, listed once: ``Table.names`` builds a new list on every call.
_NAMES = tuple(schema.TALLIES.names)


def _columns(rows: list[dict]) -> dict[str, list[Any]]:
    if not rows:  # most short texts: no list to fill
        return {name: [] for name in _NAMES}
    getters = [row.get for row in rows]  # bound once per row, not once per cell
    return {name: [get(name) for get in getters] for name in _NAMES}


_SURROGATE = re.compile("[\ud800-\udfff]")  # not Unicode text: Arrow cannot hold them
# Verbs of make-up a body's membership list follows (the gate of find_member_lists).
_MAKE_UP_WORDS = ("includ", "consist", "compris", "composed", "made up")
_ADOPTION_WORD = re.compile(r"Ad[ao]pted\b|Approved\b")
_ADOPTION_INDENT = 20  # blanks allowed before the word, as in find_adoption_outcome
# More than find_adoption_outcome reads from the start of a line: its pattern takes at
# most 631 characters (20 blanks, the verb and three lines of 200) and it looks at the
# character after them. Slicing the rest of a paragraph for every adoption line instead
# made a paragraph of adoption lines quadratic.
_ADOPTION_REACH = 1_000


def _adoption_lines(text: str) -> list[int]:
    """Where the lines that open with "Adopted" or "Approved" start (after <= 20 blanks).

    The word is searched for first: a pattern starting with a multi-line ``^`` would be
    tried at every position of the text. The line start is looked for only among the
    21 characters before the word: in a long line full of "Adopted", looking back to
    the start of the line for each of them would be quadratic.
    """
    starts: list[int] = []
    first = _ADOPTION_WORD.search(text)
    if first is None:  # most paragraphs: no match iterator made for them
        return starts
    for word in _ADOPTION_WORD.finditer(text, first.start()):
        reach = max(0, word.start() - _ADOPTION_INDENT - 1)
        newline = text.rfind("\n", reach, word.start())
        if newline < 0 and reach > 0:
            continue  # more than 20 characters before the word on its line
        indent = text[newline + 1 : word.start()]
        if len(indent) <= _ADOPTION_INDENT and not indent.strip(" \t"):
            starts.append(newline + 1)
    return starts


_FOOTNOTE_NUMBER = re.compile(r"\s{0,3}\d{1,3}(?!\d)")


def _merge_outcomes(text: str, votes: list[Tally], outcomes: list[Tally]) -> list[Tally]:
    """Join an outcome right before its counts: "adopted unanimously by 121 votes" is one vote.

    The vote takes the outcome ("adopted unanimously") and its start; the outcomes left
    are returned.
    """
    left = []
    by_start = {vote.start: vote for vote in votes}
    for outcome in outcomes:
        gap = len(text[outcome.end : outcome.end + 4]) - len(
            text[outcome.end : outcome.end + 4].lstrip(" ,\n")
        )
        vote = by_start.get(outcome.end + gap)
        if vote is None and outcome.outcome == "adopted unanimously":
            vote = _support_after(text, votes, outcome)
        if vote is not None and vote.parts and outcome.outcome == "adopted unanimously":
            vote.outcome = outcome.outcome
            vote.start = outcome.start
        else:
            left.append(outcome)
    return left


def _support_after(text: str, votes: list[Tally], outcome: Tally) -> Tally | None:
    """The vote of all members in favour after a unanimous adoption in its sentence, or None.

    "was adopted unanimously by the Council as it received the approval of all 15
    members" is one vote: the members in favour, all of them, are those of the unanimity.
    """
    for vote in votes:
        between = text[outcome.end : vote.start]
        if (
            0 <= vote.start - outcome.end <= 150
            and vote.total is not None
            and vote.total == sum(part.count or 0 for part in vote.parts)
            and ". " not in between
            and ";" not in between
            and all(part.category == "in favour" for part in vote.parts)
        ):
            return vote
    return None


def _same_sentence(text: str, vote: Tally, outcome: Tally) -> bool:
    """Whether a counted vote and an outcome are close, with no sentence end between."""
    between = text[min(vote.end, outcome.end) : max(vote.start, outcome.start)]
    return bool(vote.parts) and abs(vote.start - outcome.start) < 300 and ". " not in between


def _veto_onto_votes(text: str, votes: list[Tally], outcomes: list[Tally]) -> list[Tally]:
    """Give a veto stated in a vote's own sentence to that vote; return the outcomes left.

    "The draft received 13 votes in favour, 1 against and 1 abstention, but failed to be
    adopted owing to the negative vote of a permanent member" is one vote, outcome vetoed.
    """
    left = []
    for outcome in outcomes:
        near = None
        if outcome.outcome == "vetoed":
            near = next((vote for vote in votes if _same_sentence(text, vote, outcome)), None)
        if near is None:
            left.append(outcome)
        elif near.outcome in (None, "rejected"):
            near.outcome = "vetoed"
    return left


# The roles whose parts alone make a survey a split of votes, where its whole is of votes.
_SIDES = frozenset({"in_favour", "against", "abstaining"})


# The counted noun of a breakdown of votes ("Of the 180 valid votes, 120 were cast for Kenya").
_VOTES_COUNTED = re.compile(r"(?:valid\s{1,3})?(?:votes|ballots|ballot\s{1,3}papers)")


def _is_vote_split(tally: Tally) -> bool:
    """Whether ``tally`` is a vote, or a survey whose every part is a side of a vote.

    A breakdown of votes (its every part counts votes) may be one too: frame_vote decides
    by the whole before it.
    """
    return (
        tally.kind == "vote"
        or (
            tally.kind == "survey" and all(role_of(part.category) in _SIDES for part in tally.parts)
        )
        # the members voting read as a first part: "With 170 members voting, 133 voted ..."
        or (
            tally.kind == "survey"
            and len(tally.parts) >= 3
            and (tally.parts[0].category or "").startswith("voting")
            and all(role_of(part.category) in _SIDES for part in tally.parts[1:])
        )
        or (
            tally.kind == "breakdown"
            and all(_VOTES_COUNTED.fullmatch(part.counted or "") for part in tally.parts)
        )
    )


def _find_in_paragraph(
    text: str,
    *,
    footnote: bool = False,
    numbers: list[Number] | None = None,
    markers: Collection[int] = (),
    headline: bool = True,
) -> list[Tally]:
    """All tallies of one paragraph string, in order, without overlaps.

    In a footnote the leading number is the footnote's own, and statements of members
    who did not take part belong to the vote whose marker points there: neither is read
    as a tally of its own. ``numbers`` are the paragraph's numbers if already found: a
    paragraph without any can hold an outcome (adopted without a vote) and nothing else.
    ``markers`` are where the paragraph's footnote markers start: a tally of anything but
    votes is never built on one (:func:`_tally_rows` drops it), so they alone make no
    reason to run the readers of counts.
    A comma that stands for an elided verb ("; 14, in Geneva") is read as a blank
    (:func:`~surveystats.extract.tally_items.mask_elision_commas`), and a vote word that
    OCR garbled ("abstent1ons", "absten- tions") is read as written right
    (:func:`~surveystats.extract.ocr_words.repair_ocr_words`), the tally that holds it
    marked ``ocr_corrected``; offsets are unchanged. Any other word broken at a printed
    line end ("educa- tion") is read whole too: a line break is layout, not a misreading,
    and marks nothing. An earlier period's figures in parentheses ("1,118 (2003: 1,042)")
    are read apart (:func:`_with_earlier_period`). A count glued to a word ("vote of20 in
    favour", "11women") is read with a blank between
    (:func:`~surveystats.extract.glued_counts.separate_glued_counts`), offsets moved back
    and the tally that holds it marked ``ocr_corrected``. A list's bullet that opens a
    line before a figure ("Vote result:\n- 27 in favour\n- 6 against") is read as a
    blank. A dateline that opens the paragraph and a cross-reference in parentheses
    are read as if not written, and a time that closes a sentence ("... were
    absent in 2022.") is read without too where that reads more
    (:mod:`~surveystats.extract.page_noise`). Doubled blanks between words ("2.4  million")
    are read once, as single blanks (:func:`_all_doubled`); longer runs, which may set out
    a table's columns, are read both ways. A paragraph given with no ``numbers`` (an
    empty list), or only numbers that name something (years, dates, references), is read
    only where it may state an outcome (:func:`_may_read_without_counts`). A run of
    sentences cut from a longer paragraph (:func:`_find_in_runs`) is read with
    ``headline`` false: it is no headline, whatever its capitals.
    """
    if numbers is not None and not _may_read_without_counts(text, numbers):
        # three in four of a document's paragraphs: no number but years, dates and
        # references, and no outcome
        return []
    again = _find_in_paragraph if headline else _find_in_run  # the reader of second readings
    if noise := find_page_noise(text):
        return _read_without(text, noise, footnote=footnote, markers=markers, reader=again)
    blanks = find_extra_blanks(text)
    if blanks and _all_doubled(text, blanks):
        # "Of the 2.4  million refugees, ...", "refugees and  migrants,  which": a doubled
        # blank is a page's slip or a justified line, no column: read once, as single
        return _read_without(text, blanks, footnote=footnote, markers=markers, reader=again)
    found = _find_in_written(text, footnote=footnote, numbers=numbers, markers=markers)
    if notes := sorted([*find_glued_notes(text, keep=markers), *find_notes_after_counts(text)]):
        # "110 in favour3, 4 against": a note's number glued to a word, as ODS exports it,
        # or to a count ("including 20,0001 to Government-controlled areas")
        asides = [EarlierFigures(start, end, ()) for start, end in notes]
        unmarked = _read_without(text, asides, footnote=footnote, markers=markers, reader=again)
        if _reads_more_figures(unmarked, found):
            found = unmarked
    if blanks:
        # "Candidate      Votes": runs of blanks that may set out a table's columns, read
        # as written and as single blanks
        single = _read_without(text, blanks, footnote=footnote, markers=markers, reader=again)
        if _reads_more_figures(single, found):
            found = single
    if times := find_closing_times(text):
        # "... and 4 were absent in 2022.": the sentences around each time read without it
        found, timeless = _read_windows(
            text,
            text,
            times,
            found,
            footnote=footnote,
            markers=markers,
            better=_reads_more,
            reader=again,
        )
        if timeless:
            return found
    if (
        headline
        and not footnote
        and len(text) <= HEADLINE_LENGTH
        and (sentence := sentence_case(text))
    ):
        # "General Assembly Adopts 59 Draft Resolutions, Defers Action on 4 Texts": a
        # headline in Title Case, read as the sentence it is (the same length: offsets stay)
        second = _find_in_paragraph(sentence, footnote=footnote, markers=markers)
        # an outcome with no figures where the headline as written read nothing: "...,
        # Unanimously Adopting Resolution 2427 (2018)" -> "adopted unanimously"
        if _reads_more_figures(second, found) or (not found and second):
            restore_written_case(second, text, sentence)
            # what the headline's own readers read elsewhere stays: "Eight Drafts Approved
            # without Vote; Text on X Adopted by 145-0"
            kept = [
                tally
                for tally in found
                if not any(tally.start < read.end and read.start < tally.end for read in second)
            ]
            found = sorted([*second, *kept], key=lambda tally: tally.start)
    if articles := find_first_articles(text):
        # "Five migrants – a man, two women and two infants – died": the article counts
        # one where the list it opens makes up its stated whole (the same length: offsets stay)
        counted = again(with_articles_counted(text, articles), footnote=footnote, markers=markers)
        if counts_an_opening(counted, articles) and _reads_more_figures(counted, found):
            found = counted
    return found


def _all_doubled(text: str, blanks: list[EarlierFigures]) -> bool:
    """Whether every run of ``blanks`` is one blank more than a single one.

    :func:`~surveystats.extract.page_noise.find_extra_blanks` returns the blanks after the
    first of each run. Two blanks between words are a page's slip or a justified line
    ("the 2.4  million refugees"), and the readers, whose patterns allow one to three
    blanks between words, read the same words with one: the paragraph is read once, its
    blanks single. A longer run, or a tab, may set out a table's columns (a heading
    "Candidate      Votes" over rows of names and counts) or stand for a dash that was
    lost ("weapons   be they chemical ..."), which a reader of the text as written sees.

    >>> text = "Of the 2.4  million refugees,  1.5 million were in the north."
    >>> _all_doubled(text, find_extra_blanks(text))
    True
    >>> text = "Country      Votes obtained"
    >>> _all_doubled(text, find_extra_blanks(text))
    False
    """
    return all(blank.end - blank.start == 1 and text[blank.start] == " " for blank in blanks)


# With no count, the only tally a paragraph can hold is an outcome stated without one
# ("The draft was adopted without a vote", "vetoed", "Adopted unanimously"): every other
# reader reads numbers that may count, and _read_paragraph runs only
# find_outcome_statements and the adoption lines where it has none. These are the words
# those two key on (find_outcome_statements' "vetoed", "negative vote" and _HOW_STEMS,
# _ADOPTION_WORD), in lower case: a headline is read again in sentence case.
_OUTCOME_CUES = (
    "vot", "veto", "ithout", "onsensus", "nanimous", "acclamation", "adopted", "adapted",
    "approved",
)  # fmt: skip
# Besides the outcome cues, words by which one count alone may be a side of a vote: "The
# motion carried with one abstention", "one member did not participate".
_ONE_VOTE_CUES = ("abst", "carried", "rejected", "defeated", "passed", "participat", "ballot")
_DIGIT = re.compile(r"\d")


def _may_read_without_counts(text: str, numbers: list[Number]) -> bool:
    """Whether a paragraph whose ``numbers`` may all name something may still hold a tally.

    It may where one of its numbers may count: a number in words (no ordinal) or one in
    digits that :func:`~surveystats.extract.tally_items.only_names` does not take for a
    year, a date, a reference or the paragraph's own number ("resolution 242 (1967) of 22
    November 1967" counts nothing), as :func:`_read_paragraph` decides before it runs the
    readers of counts. A lone "one" is no such number unless a word of a vote stands by it
    (:data:`_ONE_VOTE_CUES`, "carried with one abstention"): a split needs two counts or a
    whole, and a speech's "one of the founders" or "one day" is neither. Where none does,
    it may hold an outcome stated without a count: where it holds a word an outcome is
    stated by (:data:`_OUTCOME_CUES`). And it may hold
    a number that finding numbers does not see as written: a digit outside the numbers
    found, glued to a word ("vote of20", read apart by
    :func:`~surveystats.extract.glued_counts.separate_glued_counts`), or a word that OCR
    garbled or a line end broke ("tbree", "thir- ty", "ado- pted", "1990 per eent"),
    which :func:`~surveystats.extract.ocr_words.repair_ocr_words` writes right before the
    readers see it. The second readings of :func:`_find_in_paragraph` only take spans
    out, blank them or change the case of letters: they add no number, and a year, a date
    or a reference names the same thing in them.

    >>> _may_read_without_counts("Recalling the Charter of the United Nations,", [])
    False
    >>> _may_read_without_counts("The draft decision was adopted without a vote.", [])
    True
    >>> _may_read_without_counts("Recalling the tbree Conventions,", [])
    True
    >>> text = "Recalling its resolution 242 (1967) of 22 November 1967,"
    >>> _may_read_without_counts(text, find_numbers(text))
    False
    >>> text = "Recalling the 12 Conventions adopted in 1967,"
    >>> _may_read_without_counts(text, find_numbers(text))
    True
    >>> text = "My country was one of the founders of this Organization."
    >>> _may_read_without_counts(text, find_numbers(text))
    False
    >>> text = "The motion carried with one abstention."
    >>> _may_read_without_counts(text, find_numbers(text))
    True
    """
    # The answer is the same whatever the order of the tests; the cheapest that most
    # often decides comes first: a number that counts (most paragraphs read hold one),
    # then the outcome words, then digits outside the numbers, then the repair of OCR.
    lower = None  # made only where a test needs it
    ones = 0  # counts written "one": alone, with no word of a vote, they split nothing
    for number in numbers:
        if not only_names(text, number) and not is_ordinal(number):
            if number.raw.lower() != "one" or ones:
                return True
            lower = text.lower()
            if holds_any(lower, _ONE_VOTE_CUES):
                return True
            ones += 1
    lower = text.lower() if lower is None else lower
    if holds_any(lower, _OUTCOME_CUES) or may_state_failure(lower):
        return True
    return _digit_outside(text, numbers) or repair_ocr_words(text)[0] is not text


def _digit_outside(text: str, numbers: list[Number]) -> bool:
    """Whether a digit of ``text`` stands between or after its ``numbers`` (in order).

    Such a digit is glued to a word ("vote of20") or garbled by OCR. In ASCII text the
    digits are found as the zeros of the text written as bytes, each digit a "0"
    (``bytes.find`` runs through a text far faster than a pattern's search); elsewhere
    (a digit of another script is a digit too) by ``\\d``.

    >>> text = "adopted by a vote of20 to 1"
    >>> _digit_outside(text, find_numbers(text)), _digit_outside("in 1967", find_numbers("in 1967"))
    (True, False)
    """
    last = 0  # where the last number ends
    if text.isascii():
        zeros = text.encode("ascii").translate(_DIGITS_AS_ZEROS)
        for number in numbers:
            if zeros.find(b"0", last, number.start) >= 0:
                return True
            last = number.end
        return zeros.find(b"0", last) >= 0
    for number in numbers:
        if _DIGIT.search(text, last, number.start) is not None:
            return True
        last = number.end
    return _DIGIT.search(text, last) is not None


def _digits_outside(text: str, numbers: list[Number]) -> list[int]:
    """Where the digits of ``text`` that stand between or after its ``numbers`` are.

    :func:`_digit_outside` asks whether there is one; this, where each is. In ASCII text
    the digits are found as there, as the zeros of its bytes: most gaps between numbers
    hold none, and a ``bytes.find`` costs less than a pattern's iterator.

    >>> text = "In 2019 the vote of20 to 1 was held."
    >>> _digits_outside(text, find_numbers(text))
    [19, 20]
    """
    found = []
    last = 0  # where the last number ends
    if text.isascii():
        zeros = text.encode("ascii").translate(_DIGITS_AS_ZEROS)
        ends = [0, *(number.end for number in numbers)]
        starts = [*(number.start for number in numbers), len(zeros)]
        for low, high in zip(ends, starts, strict=True):  # the gaps between numbers
            at = zeros.find(b"0", low, high)
            while at >= 0:
                found.append(at)
                at = zeros.find(b"0", at + 1, high)
        return found
    for number in numbers:
        found.extend(digit.start() for digit in _DIGIT.finditer(text, last, number.start))
        last = number.end
    found.extend(digit.start() for digit in _DIGIT.finditer(text, last))
    return found


def _scanned_once(cues: tuple[str, ...]) -> tuple[str, ...]:
    """``cues`` without repeats, nor any that holds another (found where that one is).

    Each cue is a scan of a whole paragraph: "voted down" needs none where "vot" has one,
    and a text (or a sentence) holds one of the result where it holds one of ``cues``.

    >>> _scanned_once(("vot", "failed", "voted down", "failed", "consulted", "consult"))
    ('vot', 'failed', 'consult')
    """
    return tuple(
        cue
        for cue in dict.fromkeys(cues)
        if not any(cue != other and other in cue for other in cues)
    )


# Words by which a sentence with no count may still be read (an outcome, a text's
# failure), or matter to a vote beside it (its sides named: "Against: Poland.", "Chile and
# Peru opposed it."), in lower case.
_RUN_CUES = _scanned_once(
    (*_OUTCOME_CUES, *_ONE_VOTE_CUES, *FAILURE_WORDS, "favo", "against", "oppos")
)


def _runs(text: str, numbers: list[Number]) -> list[tuple[int, int]]:
    """The runs of sentences of ``text`` that may hold a tally, as (start, end) offsets.

    A sentence may hold one where a number of it may count (no year, date, reference or
    ordinal: :func:`~surveystats.extract.tally_items.only_names`), or a word of a vote
    (:data:`_RUN_CUES`), or a digit no number holds (glued to a word: "vote of20", which
    :func:`~surveystats.extract.glued_counts.separate_glued_counts` reads apart), or where
    the reading of OCR repairs a word of it
    (:func:`~surveystats.extract.ocr_words.repair_ocr_words`: "tbree", "absten- tions");
    each takes the sentence before it too, which may state its whole or its ballot ("The
    Unit reviewed 96 cases. Of these, ..."). Runs that share a sentence are one (a run of
    sentences that each hold a count: "Replies came from 44 States. Of these, 31 ...");
    runs that only meet are read apart, as no reader looks past the sentence before; the
    sentences between runs are read by no reader. The sentence after a count is taken
    only where it may be read itself: a later sentence adds parts or sides with a count
    ("A further 9 came from NGOs") or a word of a vote ("Seven opposed it").

    >>> text = "We met in 2019. The weather was fine. It rained. 12 States and 3 agencies came."
    >>> [text[start:end] for start, end in _runs(text, find_numbers(text))]
    ['It rained. 12 States and 3 agencies came.']
    >>> text = "In 2019, 12 States replied. Others did not. The Board noted it. 5 agencies came."
    >>> [text[start:end] for start, end in _runs(text, find_numbers(text))]
    ['In 2019, 12 States replied. ', 'The Board noted it. 5 agencies came.']
    """
    starts = sentence_starts(text)
    live = set()
    for number in numbers:
        if not only_names(text, number) and not is_ordinal(number):
            live.add(bisect.bisect_right(starts, number.start) - 1)
    lower = text.lower()
    for cue in _RUN_CUES:
        at = lower.find(cue)
        while at >= 0:  # str.find: most cues are in no sentence
            index = bisect.bisect_right(starts, at) - 1
            live.add(index)
            if index + 1 == len(starts):
                break
            at = lower.find(cue, starts[index + 1])  # its sentence is live: on to the next
    for at in _digits_outside(text, numbers):
        live.add(bisect.bisect_right(starts, at) - 1)
    repaired = repair_ocr_words(text)[0]
    if repaired is not text:
        bounds = [*starts, len(text)]
        live.update(
            index
            for index in range(len(starts))
            if repaired[bounds[index] : bounds[index + 1]]
            != text[bounds[index] : bounds[index + 1]]
        )
    runs: list[tuple[int, int]] = []  # (first sentence, last sentence)
    for index in sorted(live):
        first = max(index - 1, 0)
        if runs and first <= runs[-1][1]:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((first, index))
    return [
        (starts[first], starts[last + 1] if last + 1 < len(starts) else len(text))
        for first, last in runs
    ]


def _find_in_runs(
    text: str, *, footnote: bool, numbers: list[Number], markers: Collection[int]
) -> list[Tally]:
    """:func:`_find_in_paragraph` over the runs of sentences of ``text`` that may hold a tally.

    A long paragraph (a speech, a report's narrative) holds its counts in a few of its
    sentences: every reader reads one sentence, some the one before it, and each run
    (:func:`_runs`) is read as a paragraph of its own, its offsets moved back into
    ``text``; the sentences between runs, which hold no number that counts and no word of
    a vote, are read by none. A paragraph no longer than a headline is read whole (it
    may be one: :func:`~surveystats.extract.headline_case.sentence_case`), and so is a
    footnote (its leading number is its own). A digit that no number holds (glued to a
    word: "vote of20") makes its sentence part of a run, as a number that counts does.
    """
    if footnote or len(text) <= HEADLINE_LENGTH:
        return _find_in_paragraph(text, footnote=footnote, numbers=numbers, markers=markers)
    if not _may_read_without_counts(text, numbers):
        return []  # as _find_in_paragraph decides first
    found: list[Tally] = []
    for low, high in _runs(text, numbers):
        if (low, high) == (0, len(text)):
            return _find_in_paragraph(text, footnote=footnote, numbers=numbers, markers=markers)
        own = [
            new_number((start - low, end - low, raw, form))
            for start, end, raw, form in numbers
            if low <= start and end <= high
        ]
        read = _find_in_run(
            text[low:high],
            footnote=False,
            numbers=own,
            markers={m - low for m in markers if low <= m < high},
        )
        for tally in read:
            tally.shift(low)
        found.extend(read)
    return found


def _find_in_run(
    text: str,
    *,
    footnote: bool = False,
    numbers: list[Number] | None = None,
    markers: Collection[int] = (),
) -> list[Tally]:
    """:func:`_find_in_paragraph` over a run of sentences cut from a longer paragraph."""
    return _find_in_paragraph(
        text, footnote=footnote, numbers=numbers, markers=markers, headline=False
    )


def _read_without(
    text: str,
    asides: list[EarlierFigures],
    *,
    footnote: bool,
    markers: Collection[int],
    reader: Callable[..., list[Tally]] | None = None,
) -> list[Tally]:
    """The tallies of ``text`` read without ``asides``, offsets mapped back into ``text``.

    ``reader`` reads the shortened text: :func:`_find_in_paragraph` unless given
    (:func:`_find_in_written` where the page's noise is already read past).
    """
    found = (reader or _find_in_paragraph)(
        without_earlier_figures(text, asides),
        footnote=footnote,
        numbers=None,
        markers=_markers_without(markers, asides),
    )
    restore_offsets(found, asides)
    return found


def _markers_without(markers: Collection[int], asides: list[EarlierFigures]) -> set[int]:
    """Where the ``markers`` outside ``asides`` start once the asides are taken out."""
    removed = 0
    kept = set()
    spans = iter(asides)
    aside = next(spans, None)
    for marker in sorted(markers):
        while aside is not None and aside.end <= marker:
            removed += aside.end - aside.start
            aside = next(spans, None)
        if aside is None or marker < aside.start:
            kept.add(marker - removed)
    return kept


def _reads_more(second: list[Tally], first: list[Tally]) -> bool:
    """Whether ``second`` holds every part and total ``first`` reads, and more.

    Parts are told by where they start and their figures, totals by their tally's start;
    the same parts in fewer tallies are more too (a vote's parts joined into one).
    """

    def read(tallies: list[Tally]) -> set[tuple]:
        held = {(part.start, part.count, part.percent) for t in tallies for part in t.parts}
        return held | {("total", t.start, t.total) for t in tallies if t.total is not None}

    held, more = read(first), read(second)
    return held < more or (held == more and 0 < len(second) < len(first))


def _find_in_written(
    text: str,
    *,
    footnote: bool,
    numbers: list[Number] | None,
    markers: Collection[int],
) -> list[Tally]:
    """The tallies of :func:`_find_in_paragraph` over a paragraph without page noise."""
    glued = separate_glued_counts(text, keep=markers)
    if glued.blanks:
        found = _find_in_written(
            glued.text, footnote=footnote, numbers=None, markers={glued.read(m) for m in markers}
        )
        for tally in found:
            tally.ocr_corrected = tally.ocr_corrected or glued.touches(tally.start, tally.end)
            glued.restore([tally, *tally.parts])
        return found
    if "(" in text and (asides := find_earlier_figures(text)):
        return _with_earlier_period(text, asides, footnote=footnote, markers=markers)
    if (
        ") " in text
        and not markers
        and _has_digits_after_word(text)
        and (restated := _digits_restating_words(text))
    ):
        # "Thirty (30) students were killed and another eight injured": the words count,
        # the digits in parentheses say the same again; read without them
        found = _find_in_written(
            without_earlier_figures(text, restated), footnote=footnote, numbers=None, markers=()
        )
        restore_offsets(found, restated)
        return found
    remarks: list[EarlierFigures] = []
    if "(" in text:
        numbers = find_numbers(text) if numbers is None else numbers
        # "Replies came from 56 Governments (as reported by the secretariat), 30 of which
        # ...", "the Committee (CERD) rejected it by 143 votes to 5"
        remarks = find_remarks(text, numbers)
    framing: list[EarlierFigures] = []
    if (numbers is None or len(numbers) > 1 or "cent" in text or "%" in text) and may_frame(text):
        # a frame frames two counts or one share: most paragraphs hold fewer numbers
        numbers = find_numbers(text) if numbers is None else numbers
        # "The report said 26 peacekeepers and eight civilians died", "..., reports
        # indicate.", "The vote Thursday was 138 to 9", "on a climactic 219-to-212 vote"
        framing = find_framing(text, numbers)
    found = _read_paragraph(text, footnote=footnote, numbers=numbers, markers=markers)
    if remarks or framing:
        found = _read_past(
            text, found, remarks=remarks, framing=framing, footnote=footnote, markers=markers
        )
    if qualified := find_qualified_figures(text):
        # "of the estimated 1.4 million children", "made up an estimated 54 per cent"
        found = _read_past_qualifiers(text, found, qualified, footnote=footnote, markers=markers)
    if (bracketed := bracket_dash_asides(text)) is not None:
        # "The 389 children released — 301 boys and 88 girls — were referred ..."
        found = _read_bracketed(text, bracketed, found, footnote=footnote, markers=markers)
    if numbers is not None and (asides_of_list := find_bracket_asides(text)):
        # "15,000 refugees in Uganda (38%), 13,000 in Kenya (33%) ...", "Uganda (38 per
        # cent; 1.2 million people), ...", "Front Line (5 out of 99), the ERRC (5 out of
        # 99), ...": the list read without the shares and the common whole, each share
        # put back beside its count where their ratios imply one whole, the whole as the
        # list's total where the counts fit in it
        found = _read_past_share_asides(
            text, found, asides_of_list, footnote=footnote, markers=markers
        )
    if item_shares := find_item_share_asides(text):
        # "500,000 refugees from Syria (60 per cent of them children) and 120,000 from
        # Iraq": the list read without the share, the share its own tally
        found = _read_past_item_shares(text, found, item_shares, footnote=footnote, markers=markers)
    if may_hold_asides(text) and (asides := find_toll_asides(text)):
        # "474 Palestinians including 116 children, have been killed ..., and about 5 000
        # were injured": the toll read without the asides, each aside a tally of its own
        found = _read_past_toll_asides(text, found, asides, footnote=footnote, markers=markers)
    elif asides_of_degree := find_building_asides(text):
        # "Some 420 schools were damaged, 85 of them severely, and 30 destroyed": the toll
        # damaged 420, destroyed 30 read without the aside, the aside its own tally
        found = _read_past_toll_asides(
            text, found, asides_of_degree, footnote=footnote, markers=markers
        )
    if holds_any(text, _ADDITIVE_LITERALS) and (joints := _additive_joints(text)):
        # "Some 300 detainees were freed by A. In addition, 120 were freed by B.": a
        # sentence that adds a part opens on its cue, and reads as a clause of the one before
        found = _read_past_additive_stops(text, found, joints, footnote=footnote, markers=markers)
    return found


# A sentence that adds a part to the one before it: "Additionally, 96 children were
# released by ...", "In addition, 120 ...", "Another 4,250 were injured", "A further six
# ..." (a count, in digits or words, right after the cue).
_ADDITIVE_LITERALS = (". Additionally", ". In addition", ". Another ", ". A further ")
_ADDITIVE_STOP = re.compile(
    r"(?<=[a-z)\d])\.\s{1,3}(?=(?:(?:Additionally|In\s{1,3}addition),?\s{1,3}"
    r"(?:(?:some|about|around|nearly|almost|over|more\s{1,3}than|at\s{1,3}least|another"
    r"|a\s{1,3}further)\s{1,3})?|(?:Another|A\s{1,3}further)\s{1,3})"
    rf"(?:\d|{word_alternation(CARDINAL_WORDS, cases='lower')}\b))"
)


def _additive_joints(text: str) -> list[int]:
    """Where a stop ends a sentence that the next adds a part to, by its opening cue.

    The part must be a count: "Another 9% said ..." after a sentence that compares ("That
    compares with 16% who ...") is no share of one poll's answers the words vouch for.
    """
    return [
        match.start()
        for match in _ADDITIVE_STOP.finditer(text)
        if _SHARE_AFTER_CUE.match(text, match.end()) is None
    ]


def _adds_more_of_the_same(text: str, joint: int) -> bool:
    """Whether the sentence after ``joint`` opens on "Another" or "A further" (no "In addition")."""
    return text[joint + 1 : joint + 16].lstrip().startswith(("Another", "A further"))


# The words of a toll's fates: "Another 4,250 were injured" after "900 were killed" adds the
# other fate of one event, where "Another 9 arrived from Asia" may count more of anything.
_TOLL_FATES = frozenset(
    ("killed", "dead", "died", "deaths", "injured", "wounded", "maimed", "injuries", "fatalities")
)


def _is_toll(tally: Tally) -> bool:
    """Whether every part of ``tally`` is labelled by a fate of a toll ("killed", "injured")."""
    return all(
        part.category is not None and part.category.split()[0].lower() in _TOLL_FATES
        for part in tally.parts
    )


# The cue's figure a share: "Another 9% said", "In addition, 12 per cent ...".
_SHARE_AFTER_CUE = re.compile(
    r"[^.;:\d]{0,40}?\d[\d.,]*\s{0,2}(?:%|per\s{0,3}cent|percent)"
    r"|[^.;:]{0,40}?\b[a-z-]{3,20}\s{1,3}(?:per\s{0,3}cent|percent)\b"
)


def _read_past_additive_stops(
    text: str,
    found: list[Tally],
    joints: list[int],
    *,
    footnote: bool,
    markers: Collection[int],
) -> list[Tally]:
    """``found``, or the tallies of ``text`` read with each stop at ``joints`` a semicolon.

    "Some 215 children were released by A. Additionally, 96 children were released by B."
    and "Nearly 900 people were killed. Another 4,250 were injured." split one group over
    two sentences, the second opening on a cue of addition and a count. Each reader reads
    one sentence; read as one ("...; additionally, 96 ..."), the readers of lists and tolls
    take both parts. That reading is kept where it holds every figure ``found`` holds and
    more, with a tally whose parts stand on both sides of a joint; after "Another" or "A
    further" only a toll of fates, as "Twelve experts came from Africa. Another 9 arrived
    from Asia in 2004." is joined only where a stated whole's sum says so.
    """
    joined = list(text)
    for at in joints:
        joined[at] = ";"
        cue = at + 1 + len(text[at + 1 :]) - len(text[at + 1 :].lstrip())
        joined[cue] = joined[cue].lower()  # "; additionally,", "; another"
    again = _find_in_written("".join(joined), footnote=footnote, numbers=None, markers=markers)
    # "Another" and "A further" add more of the things counted before, and a sum must say
    # so (:mod:`~surveystats.extract.tally_continued`), unless the part is a toll's other fate
    across = any(
        tally.parts[0].start < at < tally.parts[-1].start
        and (not _adds_more_of_the_same(text, at) or _is_toll(tally))
        for tally in again
        for at in joints
    )
    return again if across and _holds_more_figures(again, found) else found


def _holds_more_figures(second: list[Tally], first: list[Tally]) -> bool:
    """Whether ``second`` reads every part and total ``first`` reads, and more parts.

    Parts are told by where they start and their figures, totals by their figures alone (a
    nest's tally may start at its whole or at its first part).
    """
    parts_first = {(part.start, part.count, part.percent) for t in first for part in t.parts}
    parts_second = {(part.start, part.count, part.percent) for t in second for part in t.parts}
    totals_first = Counter(t.total for t in first if t.total is not None)
    totals_second = Counter(t.total for t in second if t.total is not None)
    return parts_first < parts_second and not totals_first - totals_second


def _read_past_item_shares(
    text: str,
    found: list[Tally],
    shares: list[re.Match[str]],
    *,
    footnote: bool,
    markers: Collection[int],
) -> list[Tally]:
    """``found``, or the list read without the share ``shares`` of its items and the shares.

    The second reading is kept where a tally of it lists each item the shares stand on
    beside another, and it reads more figures than ``found``, or every one of them and more.
    """
    spans = [EarlierFigures(share.start("aside"), share.end("aside"), ()) for share in shares]
    plain = _read_without(text, spans, footnote=footnote, markers=markers, reader=_find_in_written)
    for share in shares:
        if not any(
            len(tally.parts) > 1
            and any(part.start <= share.start("whole") < part.end for part in tally.parts)
            for tally in plain
        ):
            return found
    second = sorted([*plain, *item_share_tallies(shares)], key=lambda t: t.start)
    return second if _reads_more_figures(second, found) else found


def _read_past_share_asides(
    text: str,
    found: list[Tally],
    asides: BracketAsides,
    *,
    footnote: bool,
    markers: Collection[int],
) -> list[Tally]:
    """``found``, or the tallies read without the bracketed ``asides`` and the asides put back.

    The second reading (:mod:`~surveystats.extract.tally_share_asides`) is kept where every
    share goes back to a count whose ratio agrees with the others', the common whole (if
    any) to the one list whose counts fit in it, and it reads more figures than ``found``,
    or every one of them and more.
    """
    plain = _read_without(text, as_taken_out(asides), footnote=footnote, markers=markers)
    if not put_back_asides(plain, asides):
        return found  # a share no count takes, or shares of another whole: the figures disagree
    return plain if _reads_more_figures(plain, found) else found


def _read_bracketed(
    text: str,
    bracketed: Bracketed,
    found: list[Tally],
    *,
    footnote: bool,
    markers: Collection[int],
) -> list[Tally]:
    """``found`` with the sentences that hold dash asides read with the asides bracketed.

    The dashes change the words of their own sentence alone
    (:mod:`~surveystats.extract.tally_dash_asides`): the sentences around them are read
    again as ``bracketed`` writes them (:func:`_read_windows`), and that reading replaces
    the tallies ``found`` there where it reads more figures, or every one of them and more
    (:func:`_reads_more_figures`). The rest of a long paragraph (a speech) is not read
    twice.
    """
    return _read_windows(
        text,
        bracketed.text,
        bracketed.blanks,
        found,
        footnote=footnote,
        markers=markers,
        better=_reads_more_figures,
        reader=_find_in_written,
    )[0]


def _read_windows(
    text: str,
    written: str,
    asides: list[EarlierFigures],
    found: list[Tally],
    *,
    footnote: bool,
    markers: Collection[int],
    better: Callable[[list[Tally], list[Tally]], bool],
    reader: Callable[..., list[Tally]] | None = None,
) -> tuple[list[Tally], bool]:
    """``found`` with the sentences around ``asides`` read again without them.

    ``written`` is ``text`` as the second reading writes it (the same offsets: ``text``
    itself, or with dashes written as parentheses), ``asides`` what it takes out. What a
    page adds to one sentence changes the words of that sentence alone: each window of
    sentences around the asides (the two before, which may state the whole, and the one
    after, which may add parts or sides; windows that meet are one) is read by ``reader``
    (:func:`_find_in_paragraph` unless given), and that reading replaces the tallies
    ``found`` in the window where ``better`` says it reads more than they do. A short
    paragraph is one window; a footnote is read from its own number on. Also returned:
    whether any window's reading replaced the first.
    """
    starts = sentence_starts(text)
    windows: list[tuple[int, int, list[EarlierFigures]]] = []
    for aside in asides:
        first = 0 if footnote else max(bisect.bisect_right(starts, aside.start) - 3, 0)
        last = bisect.bisect_right(starts, aside.end) + 1
        low, high = starts[first], starts[last] if last < len(starts) else len(text)
        if windows and low < windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]), [*windows[-1][2], aside])
        else:
            windows.append((low, high, [aside]))
    replaced = False
    for low, high, inside in windows:
        shifted = [EarlierFigures(aside.start - low, aside.end - low, ()) for aside in inside]
        plain = _read_without(
            written[low:high],
            shifted,
            footnote=footnote,
            markers={m - low for m in markers if low <= m < high},
            reader=reader,
        )
        for tally in plain:
            tally.shift(low)
        there = [tally for tally in found if tally.start < high and tally.end > low]
        if better(plain, there):
            rest = [tally for tally in found if tally.start >= high or tally.end <= low]
            found = sorted([*rest, *plain], key=lambda tally: tally.start)
            replaced = True
    return found, replaced


def _read_past_toll_asides(
    text: str,
    found: list[Tally],
    asides: list[TollAside],
    *,
    footnote: bool,
    markers: Collection[int],
) -> list[Tally]:
    """``found``, or the toll read without its counted ``asides`` and the asides' tallies.

    The second reading (:mod:`~surveystats.extract.tally_toll_asides`) is kept where it
    reads more figures than ``found``, or every one of them and more, and wherever
    ``found`` lists a figure of a counting aside beside figures outside it: the aside's
    bounds close its parts, so "at least 134 civilians, including 44 children, were
    killed and 11 medical facilities ... were hit" holds no list of 44 children and 11
    facilities.
    """
    spans = without_asides(asides)
    plain = _read_without(text, spans, footnote=footnote, markers=markers, reader=_find_in_written)
    second = sorted([*plain, *aside_tallies(text, asides)], key=lambda t: t.start)
    if _reads_more_figures(second, found) or (second and _lists_across(found, asides)):
        return second
    return found


def _lists_across(found: list[Tally], asides: list[TollAside]) -> bool:
    """Whether a tally of ``found`` lists a counting aside's figure beside others outside it."""
    spans = [aside.aside for aside in asides if aside.parts]
    for tally in found:
        inside = sum(any(start <= part.start < end for start, end in spans) for part in tally.parts)
        if 0 < inside < len(tally.parts):
            return True
    return False


def _read_past_qualifiers(
    text: str,
    found: list[Tally],
    qualified: list[EarlierFigures],
    *,
    footnote: bool,
    markers: Collection[int],
) -> list[Tally]:
    """``found``, or the tallies of ``text`` read without the ``qualified`` words if more.

    A word of approximation between a figure and its determiner is no word of the
    sentence's grammar (:mod:`~surveystats.extract.tally_qualified_figures`): the
    sentences around it are read without it (:func:`_read_windows`), and that reading is
    kept where it reads more figures (parts and totals) than ``found`` there, or every one
    of them and more. The figures kept take the qualifiers that a reader of the
    written words may have passed over.
    """
    found, _ = _read_windows(
        text,
        text,
        qualified,
        found,
        footnote=footnote,
        markers=markers,
        better=_reads_more_figures,
        reader=_find_in_written,
    )
    restore_qualifiers(text, found, qualified)
    return found


def _reads_more_figures(second: list[Tally], first: list[Tally]) -> bool:
    """Whether ``second`` reads more figures than ``first``, or every one of them and more.

    The rule by which a second reading of a paragraph without what a page added to it (a
    qualifier, dashes, a glued note, doubled blanks, a toll's aside) replaces the first.
    """
    return _figures_read(second) > _figures_read(first) or _reads_more(second, first)


def _figures_read(tallies: list[Tally]) -> int:
    """How many figures ``tallies`` read: each part's count and share, and each total."""
    return sum(
        (part.count is not None) + (part.percent is not None)
        for tally in tallies
        for part in tally.parts
    ) + sum(tally.total is not None for tally in tallies)


def _read_past(
    text: str,
    found: list[Tally],
    *,
    remarks: list[EarlierFigures],
    framing: list[EarlierFigures],
    footnote: bool,
    markers: Collection[int],
) -> list[Tally]:
    """``found`` with the tallies near ``remarks`` and ``framing`` read as if not written.

    The remarks are in parentheses and hold no figure
    (:mod:`~surveystats.extract.tally_remarks`): the sentences that hold them are read
    again without them, with the two sentences before (which may state the whole or the
    ballot: "Replies came from 44 States. Of these (as reported ...), 31 ...") and the one
    after (which may hold the other sides of a vote: "... voted in favour (as reported
    ...). Nine voted against it"), remarks whose sentences are that close together,
    others apart; that reading replaces the tallies ``found`` there where it reads more
    (:func:`~surveystats.extract.tally_remarks.reads_more`), or reads the same figures
    otherwise. Then the words that frame a tally
    (:mod:`~surveystats.extract.tally_framing`: "The report said ...", "..., reports
    indicate.", "The vote Thursday was ...") frame the figures of their own sentence,
    which is read alone without them (and without its remarks): a sentence without its
    frame may open on figures that another reader would take to restate the sentence
    before ("The Board noted that the figures were 20, 28 and 4"). That reading replaces
    the tallies found there only where it reads more: a frame changes no reading that
    already reads its figures. A sentence whose opening words are taken out keeps its
    capital ("The Board noted that the figures ..." is read "The figures ..."), so that
    it is still one. A long speech is read again a few sentences at a time, not whole; a
    footnote from its own number on.
    """
    starts = sentence_starts(text)
    windows: list[tuple[int, int, list[EarlierFigures]]] = []
    for remark in remarks:
        first = 0 if footnote else max(bisect.bisect_right(starts, remark.start) - 3, 0)
        last = bisect.bisect_right(starts, remark.end) + 1
        low, high = starts[first], starts[last] if last < len(starts) else len(text)
        if windows and low < windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]), [*windows[-1][2], remark])
        else:
            windows.append((low, high, [remark]))
    for low, high, inside in windows:
        found = _read_window_past(
            text, (low, high), inside, found, footnote=footnote, markers=markers, same=True
        )
    framed: dict[int, list[EarlierFigures]] = {}  # a sentence's start: its frames
    for frame in framing:
        framed.setdefault(starts[bisect.bisect_right(starts, frame.start) - 1], []).append(frame)
    for low, frames in framed.items():
        last = bisect.bisect_right(starts, low)
        high = starts[last] if last < len(starts) else len(text)
        if footnote:
            low = 0
        inside = [remark for remark in remarks if low <= remark.start and remark.end <= high]
        found = _read_window_past(
            text,
            (low, high),
            _joined(inside, frames),
            found,
            footnote=footnote,
            markers=markers,
            same=False,
        )
    return found


def _joined(first: list[EarlierFigures], second: list[EarlierFigures]) -> list[EarlierFigures]:
    """The asides of ``first`` and ``second`` in order, overlapping ones joined into one."""
    joined: list[EarlierFigures] = []
    for aside in sorted([*first, *second]):
        if joined and aside.start < joined[-1].end:
            joined[-1] = EarlierFigures(joined[-1].start, max(aside.end, joined[-1].end), ())
        else:
            joined.append(aside)
    return joined


def _read_window_past(
    text: str,
    window: tuple[int, int],
    asides: list[EarlierFigures],
    found: list[Tally],
    *,
    footnote: bool,
    markers: Collection[int],
    same: bool,
) -> list[Tally]:
    """``found`` with the tallies of the ``window`` of ``text`` read without its ``asides``."""
    low, high = window
    inside = [EarlierFigures(aside.start - low, aside.end - low, ()) for aside in asides]
    plain = _read_paragraph(
        _capitalised(text[low:high], inside, {start - low for start in sentence_starts(text)}),
        footnote=footnote,
        numbers=None,
        markers=_markers_without({m - low for m in markers if low <= m < high}, inside),
    )
    restore_offsets(plain, inside)
    for tally in plain:
        tally.shift(low)
    there = [tally for tally in found if tally.start < high and tally.end > low]
    if not reads_more(plain, there, [text[a.start : a.end].strip() for a in asides], same=same):
        return found
    rest = [tally for tally in found if tally.start >= high or tally.end <= low]
    return sorted([*rest, *plain], key=lambda tally: tally.start)


def _capitalised(text: str, asides: list[EarlierFigures], starts: Collection[int]) -> str:
    """``text`` without ``asides``, a letter that now opens a sentence in capitals.

    >>> text = "It rose. The Board noted that the figures were 20 and 30."
    >>> _capitalised(text, [EarlierFigures(9, 30, ())], [0, 9])
    'It rose. The figures were 20 and 30.'
    """
    shortened = without_earlier_figures(text, asides)
    removed = 0
    for aside in asides:
        at = aside.start - removed
        removed += aside.end - aside.start
        if aside.start in starts and shortened[at : at + 1].islower():
            shortened = shortened[:at] + shortened[at].upper() + shortened[at + 1 :]
    return shortened


_DIGITS_RESTATED = re.compile(r"\s{1,2}\((\d{1,4})\)(?=\s)")
# A share in words restated in digits: "Thirty-seven percent (37%) of Americans", "Forty
# per cent (40 per cent)"; the parenthesis is the aside.
_SHARE_RESTATED = re.compile(
    r"[\s-]{1,2}(?:per\s{1,2}cent|percent)(?P<aside>\s{1,2}\((?P<digits>\d{1,3})"
    r"\s{0,2}(?:%|per\s{1,2}cent|percent)\))(?=[\s,.;:])",
    re.IGNORECASE,
)
# The same after a word, searched before the paragraph's numbers are found again: most
# parentheses with digits follow digits ("resolution 242 (1967)") and restate nothing.
_DIGITS_AFTER_WORD = re.compile(
    r"[A-Za-z]\s{1,2}\(\d{1,4}\)\s|[A-Za-z]\s{1,2}\(\d{1,3}\s{0,2}(?:%|per)"
)


def _has_digits_after_word(text: str) -> bool:
    """Whether :data:`_DIGITS_AFTER_WORD` matches ``text`` anywhere.

    It is tried only where a match can start, two and three characters before each
    "(" (a letter and one or two blanks): a search opens on a class of letters, and
    was tried at every letter of a paragraph.

    >>> _has_digits_after_word("Thirty  (30) died")
    True
    >>> _has_digits_after_word("resolution 242 (1967) of")
    False
    """
    at = text.find("(")
    while at >= 0:
        for start in (at - 2, at - 3):
            if start >= 0 and _DIGITS_AFTER_WORD.match(text, start) is not None:
                return True
        at = text.find("(", at + 1)
    return False


def _digits_restating_words(text: str) -> list[EarlierFigures]:
    """The digits in parentheses that restate the number in words before them.

    "Thirty (30) UNRWA students", "fifteen (15) members", as legal and older texts write
    counts; the parenthesis (and the blank before it) is returned as an aside to take
    out. So is a share in words restated in digits ("Thirty-seven percent (37%) of
    Americans believe ...", as polls are written). Digits that say another number
    ("three (4)") are kept: they may be a misprint the checks should see.

    >>> [(aside.start, aside.end) for aside in _digits_restating_words("Thirty (30) died.")]
    [(6, 11)]
    >>> _digits_restating_words("Thirty (31) died.")
    []
    >>> [(a.start, a.end) for a in _digits_restating_words("Forty percent (40%) agree.")]
    [(13, 19)]
    """
    asides = []
    for number in find_numbers(text):
        if number.form == "digits":
            continue
        digits = _DIGITS_RESTATED.match(text, number.end)
        if digits is not None and read_count(number.raw)[0] == int(digits[1]):
            asides.append(EarlierFigures(number.end, digits.end(), ()))
            continue
        share = _SHARE_RESTATED.match(text, number.end)
        if share is not None and read_count(number.raw)[0] == int(share["digits"]):
            asides.append(EarlierFigures(share.start("aside"), share.end("aside"), ()))
    return asides


def _with_earlier_period(
    text: str, asides: list[EarlierFigures], *, footnote: bool, markers: Collection[int]
) -> list[Tally]:
    """The tallies of ``text`` read without its ``asides``, and those the asides restate.

    "New appointments numbered 1,118 (2003: 1,042), comprising 486 women (2003: 431) and
    632 men (2003: 611)": the current figures are read as if the asides were not written,
    then the asides make a tally of the earlier year with the same labels
    (:mod:`~surveystats.extract.tally_earlier_years`).
    """
    shortened = without_earlier_figures(text, asides)
    kept_markers = _markers_without(markers, asides)
    found = _read_paragraph(shortened, footnote=footnote, numbers=None, markers=kept_markers)
    restore_offsets(found, asides)
    return with_earlier_figures(text, found, asides)


# Words after which parts follow the whole before them: "1.5 million people (including
# 600,000 ...", "stands at 8,309, encompassing 3,747 children and 2,062 women".
_WHOLE_CUE_WORDS = (
    *("including", "of wh", "comprising", "encompassing", "ed as "),
    *("affecting", "involving"),
)


# The words of the gates of a survey's size (SAMPLE_SIZE_WORDS, SAMPLE_SHAPE_WORDS and
# SAMPLE_ACT_WORDS), each one that holds another left out ("consulted" holds "consult"): a
# text that holds none of these passes none of the three gates.
_SAMPLE_WORDS = _scanned_once((*SAMPLE_SIZE_WORDS, *SAMPLE_SHAPE_WORDS, *SAMPLE_ACT_WORDS))


# Nouns of what parties, groups or candidates hold or got (`tally_holdings`).
_HOLDING_WORDS = (" seat", "minist", "portfolio", "abinet", " votes")


def _with_fuller_readings(found: list[Tally], readings: list[Tally]) -> list[Tally]:
    """``found`` with ``readings`` that read more of the same words.

    A reading replaces the tallies it overlaps where every part they read lies within
    it and they read fewer parts, as many with no whole ("found 10 inadmissible and
    discontinued ... five" of the 31 communications adopted), or as many labelled by bare
    verbs ("adopted", "concluded" for "adopted Views on 52 cases and concluded the
    consideration of 30 cases by declaring them inadmissible"); where an overlapping
    tally reads a figure of its own, or as much, it stays.
    """
    for reading in readings:
        overlapping = [t for t in found if t.start < reading.end and reading.start < t.end]
        if any(
            not reading.start <= part.start < reading.end
            for tally in overlapping
            for part in tally.parts
        ):
            continue
        if any(
            len(t.parts) > len(reading.parts)
            or (
                len(t.parts) == len(reading.parts)
                and (t.total is not None or reading.total is None)
                and not all(_bare_verb(part.category) for part in t.parts)
            )
            for t in overlapping
        ):
            continue  # the other reading holds as much, named by more than its verbs
        replaced = {id(t) for t in overlapping}
        found = [t for t in found if id(t) not in replaced]
        found.append(reading)
    return found


def _bare_verb(label: str | None) -> bool:
    """Whether a label is one verb in -ed alone ("adopted", "declared"), no act's object."""
    return label is not None and " " not in label and label.endswith("ed")


def _read_paragraph(
    text: str,
    *,
    footnote: bool,
    numbers: list[Number] | None,
    markers: Collection[int],
) -> list[Tally]:
    """The readers of :func:`_find_in_paragraph` over a paragraph without earlier figures."""
    written = text
    text, repaired = repair_ocr_words(text)
    joined = text is not written  # the same string where nothing was repaired
    text = mask_elision_commas(text)
    if ")" in text:  # the asides masked here close on it (most paragraphs hold none)
        if "households)" in text and (masked := mask_household_asides(text)) != text:
            text, numbers = masked, None  # "790 individuals (131 households) ...": one unit
        if ("months)" in text or "years)" in text or "age)" in text or "old)" in text) and (
            masked := mask_age_asides(text)
        ) != text:
            text, numbers = masked, None  # "149,655 children (six to 59 months) with ..."
    hyphenated = None  # the text with its Unicode hyphens, where it has any
    if "\u2011" in text or "\u2010" in text:
        # the UN's web pages write "five‑year", "Asia‑Pacific" with Unicode hyphens: read
        # as hyphens (offsets do not move; labels keep them as written)
        hyphenated, text, numbers = text, text.translate(UNICODE_HYPHENS), None
    initialled = None  # the text with the stops of its initialisms, where it masked any
    if ". " in text and (unstopped := _INITIALISM.sub(_initials_as_letters, text)) != text:
        # "believe the U.N. is doing a good job", "said the U.S. should leave": the stops of
        # an initialism inside a clause end no sentence and no label (same length: offsets
        # stay; labels keep the stops as written)
        initialled, text, numbers = text, unstopped, None
    if (
        ("–" in text or "—" in text)
        and _TENS_BEFORE_DASH.search(text)
        and (hyphenated_words := hyphenate_number_words(text)) != text
    ):
        text, numbers = hyphenated_words, None  # "Twenty—eight of the 71 States": a hyphen
    if ("–" in text or "—" in text) and (mixed := _MIXED_DASH.sub("--", text)) != text:
        text = mixed  # "-–" and "–-" around an aside, as press.un.org writes them: "--"
    if "--" in text or "—" in text or "–" in text:
        # "numbered 1,580 -- 1,140 in formed police units and 440 ...": a dash that opens
        # the parts of a count before it, and closes nothing, reads as a colon
        text = _dash_as_colon(text)
    if ("--" in text or "…" in text or "..." in text) and (
        paused := _PAUSE_BEFORE_NEST.sub(_pause_as_comma, text)
    ) != text:
        # "17.7 million people face hunger--of these, 4.9 million ...", "more than 240
        # casualties… more than 100 of them are children": a glued dash or an ellipsis
        # before the subset of the count before it stands where a comma would (same
        # length: offsets stay)
        text, numbers = paused, None
    if (
        ("as opposed to " in text or "compared " in text or "against " in text)
        # the aside opens on a bracket or a dash (_COMPARISON_BEFORE_NEST), whose search
        # stops at every blank
        and ("(" in text or "--" in text or "—" in text or "–" in text)
        and (unset := _COMPARISON_BEFORE_NEST.sub(_comparison_as_comma, text)) != text
    ):
        # "42 officials were posted to A — as opposed to six in B — of whom two ...": the
        # aside compares, and the subset after it is of the count before it (blanks:
        # offsets stay)
        text, numbers = unset, None
    if "\n" in text and (unbulleted := _LINE_BULLET.sub(_as_blanks, text)) != text:
        text, numbers = unbulleted, None  # "\n- 27 in favour": the bullet is a blank
    # the glyphs are no ASCII: an ASCII text (most paragraphs; isascii costs nothing) holds none
    if (
        not text.isascii()
        and holds_any(text, _BULLET_GLYPHS)
        and (unlisted := _without_bullets(text)) != text
    ):
        # "» 14 of the 22 field offices were ...", "640 posts: » 310 in New York » 190 in
        # Geneva": a bullet that opens a sentence is a blank, one between items a comma
        # (same length: offsets stay)
        text, numbers = unlisted, None
    if "[" in text and (unreferenced := _REFERENCE_MARK.sub(_as_spaces, text)) != text:
        # "35 countries, including 9 in Africa, had obtained it [8].": the reference is
        # no number of the sentence and no word of a label (blanks: offsets stay)
        text, numbers = unreferenced, None
    if ("*" in text or "†" in text or "‡" in text) and (
        unsigned := _NOTE_SIGN.sub(_as_spaces, text)
    ) != text:
        text, numbers = unsigned, None  # "approved by *25 votes to 16": the sign is a blank
    if "\xa0" in text:
        # "45\xa0per cent", "1.2\xa0million": web pages join a figure and its words with a
        # no-break space, a space to every reader (same length: offsets stay)
        text, numbers = text.replace("\xa0", " "), None
    if digit_after_letter(text) and (marked := _MARKER_AT_END.sub(_as_spaces, text)) != text:
        # "..., with 20 abstentions12.": a note's number glued to a sentence's last word is
        # no count and no letter of a label (blanks: offsets stay)
        text, numbers = marked, None
    if numbers is None or (repaired and _repairs_a_number_word(text, repaired)):
        numbers = find_numbers(text)  # "tbirty-eigbt" is read as "thirty-eight"
    if _spaced_groups(text, numbers) and (spaced := _SPACED.sub(_with_commas, text)) != text:
        # "more than 25 000 women", "1 250 000": the readers know thousands by commas
        text = _SPACED_ALIKE.sub(_with_commas, spaced)
        numbers = find_numbers(text)
    # Where no number counts, only a vote can be read (OCR garbles counts into letters:
    # "by I0 votes to I"); where one does and the paragraph says nothing that makes one
    # count a tally, the readers of counts have nothing to read (most paragraphs of
    # resolutions and speeches that hold a count hold just one: "for a further period of
    # six months", "one of the founding members"). The vote readers run in both.
    if numbers and "hilst" in text:
        # British "whilst" joins clauses as "while" does; same length, offsets and
        # numbers stay
        text = _WHILST.sub(lambda match: match.group()[:4] + "e ", text)
    if numbers and "wherein" in text:
        # "1,083 migrants arrived, wherein 374 were recorded at A, 304 at B": the relative
        # opens the whole's parts as "of whom" does (same length, offsets and numbers stay)
        text = _WHEREIN.sub("of whom", text)
    if (
        numbers
        and ("he rest, " in text or "he remainder, " in text)
        and (unset := _REST_IN_APPOSITION.sub(_without_apposition_commas, text)) != text
    ):
        # "The rest, 129 organizations, will have ...": the commas set off the count only
        # (blanks: offsets and numbers stay)
        text = unset
    if (
        numbers
        and " (or " in text
        and (shared := _OR_SHARE_IN_PARENTHESES.sub(_share_first, text)) != text
    ):
        # "3,380 households (or 50%) were ...": read as "3,380 households (50%   ) were",
        # the share of the count before it; the share's figure moves to the parenthesis'
        # opening (the count's offsets and the parenthesis' ends stay)
        text, numbers = shared, find_numbers(shared)
    if numbers and "\n" in text:
        # a line wrapped inside running prose ("of\nwhom 90 per cent", "two permanent\nseats")
        # is one space to every reader (same length, offsets and numbers stay)
        text = _WRAPPED_LINE.sub(" ", text)
    # which numbers only name something: asked once, for the count below and the items
    naming = [only_names(text, number) for number in numbers]
    counting = _counts_written(numbers, naming)
    lower = text.lower() if numbers else ""
    # a score the number reader takes for a range counts too where it ties a ballot: "The
    # fourth round ended in a 29-29 tie between A and B" (tally_elections._TIE_BETWEEN)
    may_count = counting > 0 or "vot" in lower or holds_any(lower, TIE_BETWEEN_LITERALS)
    lone = (
        counting == 1
        and not holds_any(lower, _LONE_COUNT_WORDS)
        and not may_answer_poll(lower)  # "Only 13 per cent intend to return"
    )
    # The readers of two figures or more (lists, parallel figures, parts set against each
    # other, results by party, ...) have nothing to read where one number at most counts,
    # the others years, dates or references (a speech's paragraph with one count and a year).
    several_count = counting > 1
    votes = find_votes(text, lower) if may_count else []  # may_count: lower was set
    blocked = [(v.start, v.end) for v in votes]
    own_number = _FOOTNOTE_NUMBER.match(text) if footnote else None
    if own_number is not None:
        blocked.append(own_number.span())
    items = read_items(text, numbers=numbers, naming=naming) if may_count and not lone else []
    if items and "(" in text and ("%" in text or "per" in text):
        items = mark_aside_shares(text, items)  # "(falling to 47% in Central Asia)": no part
    if items:
        items = mark_excepted_counts(text, items)  # "All but one of the 25 texts": no part
    # Every reader below but the votes' reads counts or percentages (some of them the
    # objects, which are no items: "had received 73 questionnaires"): a paragraph whose
    # numbers are all dates, years, references, footnote markers or the footnote's own
    # number (most of them) needs none of them.
    counts = (
        may_count
        and not lone
        and (
            any(
                item.kind != "other"
                and item.start not in markers
                and (own_number is None or item.end != own_number.end())
                for item in items
            )
            or _drops_an_object(numbers, items)
        )
    )
    enumerations = find_enumerations(text, blocked=blocked, items=items) if counts else []
    if counts:  # one part of a survey's whole; what one-count survey facts did
        enumerations = find_surveys(text, items, enumerations, blocked=blocked)
    if footnote:
        enumerations = [
            t
            for t in enumerations
            if t.kind != "vote" or any(p.category == "in favour" for p in t.parts)
        ]
    for tally in enumerations:
        if tally.kind == "vote" and tally.unit == "count":
            extend_vote(text, tally)  # "... and two voted against, with five abstentions"
    for tally in itertools.chain(votes, enumerations):
        if tally.unit == "count" and tally.parts and _is_vote_split(tally):
            frame_vote(text, tally)  # "A total of 95 votes were cast: 60 in favour, ..."
    if numbers and ("voted" in text or "abstained" in text):
        # "Nineteen countries on the board voted for it": where no other grammar read it
        enumerations.extend(find_voter_counts(text))
    if numbers and " votes " in text:  # "received affirmative votes from only eight members"
        enumerations.extend(find_votes_from(text))
    outcomes = find_outcome_statements(text)
    # the manner apart from its verb: "In a unanimous vote, the Council extended ..."
    outcomes.extend(find_manner_outcomes(text, taken=outcomes))
    # a text's failure with no counts: "The Council also rejected a second draft resolution"
    outcomes.extend(find_failed_texts(text, taken=outcomes, counted=votes + enumerations))
    if outcomes and votes:
        outcomes = _merge_outcomes(text, votes, outcomes)
    if outcomes and (votes or enumerations):
        outcomes = _veto_onto_votes(text, votes + enumerations, outcomes)
    found = votes + enumerations + outcomes
    if not footnote:
        vote_starts = [vote.start for vote in votes]  # in text order
        for line in _adoption_lines(text):
            outcome = find_adoption_outcome(text[line : line + _ADOPTION_REACH])
            if outcome is None:
                continue
            line_start, line_end = line + outcome.start, line + outcome.end
            # A vote on the adoption line carries the outcome; otherwise the line is
            # an outcome row of its own.
            first = bisect.bisect_left(vote_starts, line_start)
            if first < len(votes) and votes[first].start <= line_end + 3:
                votes[first].outcome = "adopted"
                continue
            outcome.start, outcome.end = line_start, line_end
            found.append(outcome)
    if not footnote and "/" in text and may_hold_slash_ratio(text):
        # "Continuation: 29/37 did not want continuation.", "7% (7/100) of the households
        # surveyed received ...": replies counted as a ratio, whose figures finding numbers
        # takes for a reference, so before the readers of counts (in sentences none of the
        # readers above took)
        found.extend(find_slash_ratios(text, taken=found))
    if not found and not may_count:
        # Every reader and step below needs a number that may count (items, counts,
        # several of them, a count after "by", a lone part's whole, a sample's size) or a
        # tally found above: a paragraph with neither (most paragraphs of most documents:
        # no number, or years, dates and references only) has none
        return found
    if len(numbers) > 1 and not footnote and " by " in text:
        # "viewed as too high by 21 Governments, as satisfactory by 152": counts after "by"
        # are no items
        found.extend(find_agent_views(text, taken=[(t.start, t.end) for t in found]))
        if " of " in text:  # "ratified by 180 of the 193 Member States": one part of them
            found = _with_agent_parts(text, found)
    if counts and several_count and not footnote:  # where no other reader found a tally
        lists = find_lists(
            text,
            items,
            numbers,
            taken=[(t.start, t.end) for t in found if not _manner_of_counted_texts(text, t)],
        )
        found.extend(lists)
        taken = [(t.start, t.end) for t in found]
        # a list read from its second item on ("Chad (1 case), Mali (12 cases), ..."): the
        # parallel run that holds it and its first item replaces it
        found.extend(find_parallel(text, items, taken=taken, partial=enumerations + lists))
        if "%" in text or "per" in text:  # "Syrians (43 per cent), ..., and others (22 per cent)"
            found.extend(find_poll_shares(text, items, taken=found))
        if may_list_shares(text):
            # "The main causes were conflict (64%), drought (17%) and floods (9%)": labels
            # with their shares in parentheses, and the labels another reader cut
            found = find_share_lists(text, found)
        # "74 countries (37.8 per cent) had ..., 53 countries (27 per cent) fell within ..."
        found.extend(find_proportional(text, items, taken=[(t.start, t.end) for t in found]))
        found.extend(find_comparisons(text))  # "men outnumbered women by 112 to 38"
        # "In 41 of the cases, the Committee found a violation, while in 9 it found none"
        found.extend(find_in_clauses(text, numbers, [(t.start, t.end) for t in found]))
        if "In " in text:  # "In 30 out of 35 countries, women were more likely ..."
            found.extend(find_in_part_of_whole(text, [(t.start, t.end) for t in found]))
        if "ith " in text:  # "With 40 of the 250 monitors already deployed, ..."
            found.extend(find_with_part_of_whole(text, [(t.start, t.end) for t in found]))
        if ", of " in text or ", out of " in text:  # "1,200 posts, of the 9,400 authorized, were"
            found.extend(find_part_aside_whole(text, [(t.start, t.end) for t in found]))
        # "finding violations in 45 cases and no violation in 16": labels before "in N"
        found.extend(find_label_in_counts(text, numbers, [(t.start, t.end) for t in found]))
        if "ing " in text and ("kill" in text or "injur" in text or "damag" in text):
            # "..., killing 14 civilians and injuring 32 others": a toll in participles
            name_impacts_as_done(text, found)  # "killing 14 ..." read by another: "killed"
            found.extend(find_impact_participles(text, [(t.start, t.end) for t in found]))
        if (" toll " in text or "killed " in text) and ("injured" in text or "wounded" in text):
            # "The death toll rose to 300, with more than 1,000 injured"
            found.extend(find_death_tolls(text, [(t.start, t.end) for t in found]))
        if "ing of " in text or "ion of " in text or "ment of " in text or "ure of " in text:
            # "the killing of 2,985 children and the maiming of 5,655": acts named by nouns
            found.extend(find_nominal_acts(text, [(t.start, t.end) for t in found]))
        if "Of " in text or "Out of " in text:  # "Of the 439 reports, it took note of 399"
            found.extend(find_object_parts(text, [(t.start, t.end) for t in found]))
        if " in addition to the " in text:  # "300 were killed, in addition to the injury of"
            found.extend(find_in_addition(text, [(t.start, t.end) for t in found]))
        # "approved 19 draft resolutions, 5 of them by recorded vote": texts by way of adoption
        found.extend(find_vote_modes(text, numbers, [(t.start, t.end) for t in found]))
        # "re-elected four members and elected five new members": an election's seats
        found.extend(find_renewals(text, numbers, [(t.start, t.end) for t in found]))
        if ";" in text and any(verb in text for verb in _MAKE_UP_WORDS):
            # "The Commission's membership will include seven members of the Council, ...;
            # seven States from ...; and five top contributors ...": a body's make-up
            found.extend(find_member_lists(text, numbers, [(t.start, t.end) for t in found]))
        # "..., deferring action on ... nine entities. The Committee also rejected ... two"
        found.extend(find_action_then_further(text, numbers, [(t.start, t.end) for t in found]))
        # "Fellowships were awarded to 86 candidates, 39 women and 47 men"
        found.extend(find_apposed_counts(text, numbers, [(t.start, t.end) for t in found]))
        # "held 5,402 permanent appointments, 612 probationary and 7,803 fixed-term ones"
        found.extend(find_elided_heads(text, numbers, [(t.start, t.end) for t in found]))
        # "The posts requested comprise 1 D-2, 3 D-1, 12 P-5 and 4 General Service"
        found.extend(find_grade_counts(text, numbers, [(t.start, t.end) for t in found]))
        # "Women made up 42 per cent of staff, men 31 per cent and youth 27 per cent": the
        # verb written once; a list whose later clause another reader lost replaces it
        found = find_gapped(text, items, found)
        found = find_sums(text, items, numbers, found)  # parts that add up to their whole
        if "%" in text or "per" in text:
            # "25% ... are due to floods, against 68% related to conflict and 5% as ..."
            found = with_share_clauses(text, items, found)
        if "respectively" in text:
            attach_respective_shares(text, found)  # "..., representing 56 and 44 per cent"
    elif len(numbers) > 2 and not footnote and ("per cent" in text or "%" in text):
        # shares that are no items ("assessed at 6.53 per cent, ... at 18.53 per cent and
        # ... at 74.94 per cent"): only a gapped list can read them
        found = find_gapped(text, items, found)
    marked = [item for item in items if item.total_marker]  # "in all, 120": once
    found = [kept for tally in found if (kept := _as_split(text, tally, marked))]
    # "218 were accepted, of which 150 were implemented": a part of a part, where the
    # parts would exceed their whole
    found = [kept for tally in found if (kept := without_nested_parts(text, tally))]
    if counts:  # "22 per cent of the goals will be met, 46 are ... and the remaining 32 ..."
        found = [with_elided_per_cent(text, items, tally) for tally in found]
    # Of two readings of the same words, the one with more parts: "Of the 15 members, one
    # voted against, nine in favour and five abstained" is read whole once the vote after
    # its first side is joined to it (extend_vote), and in part from its second side.
    found.sort(key=lambda t: (t.start, -t.end, -len(t.parts)))
    kept: list[Tally] = []
    listed = None  # the last tally kept that is no part of another's part
    for tally in found:
        if listed is not None and tally.start < listed.end:
            if nests_in(listed, tally):
                kept.append(tally)  # a part of one part stands beside the list: "killed,
            continue  # including 611 children, and 7,905 wounded"
        kept.append(tally)
        listed = tally
    if kept and counts:
        # "The State supported 152 of them, while 27 were noted and 4 were rejected", "...,
        # 96 were tried and the fate of 31 remained unknown": a part in another shape
        with_object_first(text, kept)
        with_noun_of_count_last(text, kept)
        if "remaining " in text or "the other " in text or "the rest of the " in text:
            with_remaining_part_last(text, kept)  # ", whereas the remaining 20 recorded ..."
        with_whole_before(text, kept)  # "Information on 56 Territories was sent: 39 ..."
        # "449 incidents in the central region from 1 January, 86 in Gao, 69 in ...": the
        # first item of a run, written with the words the later ones elide
        with_first_part_before(text, kept, items)
    if (
        several_count
        and not footnote
        and (
            " seats" in text
            or "vote" in text
            or " round" in text
            or "election" in text
            or " ballot" in text
            or "run-off" in text
            or "runoff" in text
        )
    ):
        # "A won 57% of the vote and 41 seats, while B won 29% and 21 seats": one tally for
        # each figure of the parallel clauses, which interleave; none where another is
        # ("In the second round, A won with 56% against 42% for B": shares of a round)
        kept = _with_party_results(text, items, kept)
    # "the APC controls 57 seats while the PDP now has 28", "While the Indonesian candidate
    # received 144 votes, Maldives received 46": holdings by name, each clause with a verb
    # of its own, in sentences no other reader read
    if (
        several_count
        and not footnote
        and holds_any(text, _HOLDING_WORDS)
        and (held := find_holdings(text, numbers, [(t.start, t.end) for t in kept]))
    ):
        kept = sorted(kept + held, key=lambda t: t.start)
    # "the following candidates were elected: Ms. A (China) from the Asian Group, with 141
    # votes; Mr. B (Ukraine) ..., with 143 votes": those elected, listed after a colon
    if ":" in text and (listed := find_elected_lists(text, [(t.start, t.end) for t in kept])):
        kept = sorted(kept + listed, key=lambda t: t.start)
    if len(kept) > 1:
        kept = join_later_sides(text, join_failed_votes(text, kept))
        kept = join_earlier_sides(text, kept)  # "With 3 abstentions, ... adopted by 174 votes"
        kept = join_ballots_for_none(text, kept)  # "..., 2 were invalid; Chile received ..."
        kept = join_split_candidates(text, kept)  # "A had 6 votes, while B and C had 2 each"
    elif kept and kept[0].kind == "vote":  # "... voted for it. Chile and Peru opposed it."
        kept = join_later_sides(text, kept)
    if kept and "vot" in lower and holds_any(lower, LONE_SIDE_WORDS):
        # "13 members voted in favour of the draft. One permanent member chose to cast the
        # lone vote against it": a side of one voter, in words
        join_lone_sides(text, kept)
    if kept and counts:  # "Eighteen delegations spoke in favour of it. Seven opposed it, ..."
        kept = take_backing_before(text, kept, items)
    if kept and " votes" in text:  # "The motion obtained 5 votes, while 39 voted against it"
        for tally in kept:
            take_received_favour(text, tally)
    for tally in kept:  # "Some 812 voters endorsed the plan, while 190 voted against it"
        if take_backers_before(text, tally):
            extend_vote(text, tally)  # "...; the remaining 12 ballots were void"
            frame_vote(text, tally)  # "A total of 1,014 votes were cast. Some 812 ..."
    # "... and 6 from institutions. A further 9 came from NGOs, bringing the total to 32."
    if counts:
        kept = join_continued_parts(text, kept, items, numbers)
        # "... and deferred action on 80 others. The Committee also rejected ... four ..."
        join_further_actions(text, kept, numbers)
        kept = join_continued_shares(text, kept, items)  # "... Another 3 per cent said ..."
        kept = join_lone_answer(text, kept, items)  # "Only 7 per cent ... Key reasons are: ..."
        attach_whole_before(text, kept, items)  # "The Unit reviewed 96 cases. Of these, ..."
        if any(tally.unit == "percent" and tally.total is None for tally in kept):
            # "covering 2,400 households ... found that 41 per cent ..., 33 ... and 26 ..."
            kept = attach_whole_of_shares(text, kept, numbers)
            attach_share_summed(text, kept, items)  # "73% ... in two regions, A (49%) and B (24%)"
            attach_respondents_of_shares(text, kept)  # "6,720 households said ... (23.7%)"
        attach_summed_whole(text, kept, items, numbers)  # "..., bringing the total to 63"
        kept = with_response_rates(text, kept, items)  # "Of the 120 surveyed, 87 responded; ..."
        attach_whole_of_list(text, kept, items)  # "killed 5,757 people, with the highest ..."
        if " out of " in text:
            whole_out_of_after(text, kept)  # "120 countries replied, out of the 193 invited"
        if " of the " in text or " total of " in text:
            whole_of_share_after(text, kept)  # "141 countries, representing 74% of the 191"
    if len(kept) and any(word in text for word in LABEL_ORDER_WORDS):
        # "A obtained 165 votes and B 139, while in the Council the corresponding figures
        # were 13 and 10": a second list with the labels of the tally before it
        kept = with_figures_in_label_order(text, kept)
    if kept:  # "In favour: Chile, Peru. Against: Poland. ... adopted by 2 votes to 1."
        attach_listed_members(text, kept)
    if kept and (" each " in text or " apiece " in text):
        share_out_each(text, kept)  # "nine in the Caribbean ... and one each in Europe and Africa"
    if counts and not footnote:  # "86 were women (7.7 per cent) and 1,034 were men (92.3 ...)"
        kept = with_apposed_shares(text, kept, _find_in_paragraph)
    if kept and counts:  # "Seven in ten households (71 %) stayed ..., while three in ten ..."
        name_shares_by_predicates(text, kept)
    if (
        counts
        and "(" in text
        and (
            any(word in lower for word in _CASUALTY_WORDS)
            # "reached 32,941 people, including 19,213 children (8,325 girls and ...) and
            # 13,728 adults (...)": the arithmetic of both levels decides
            or ("including" in text or "comprising" in text or "encompassing" in text)
        )
    ):
        # "640 casualties: 190 killed (20 men, ...) and 450 injured": both levels
        kept = _with_nested_splits(text, kept)
    if several_count and counts and not footnote and (" which " in text or " that " in text):
        # "conflict, which displaced 1.1 million people, followed by drought, which ...":
        # objects of relative clauses, which no item holds
        extra = find_relative_counts(text, taken=[(t.start, t.end) for t in kept])
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if (
        several_count
        and counts
        and not footnote
        and (" against " in text or " compared " in text or " versus " in text)
    ):
        # "Returnees through A totalled 330, against 97 at B": places set against each
        # other, in place of a reading of the later places alone
        extra = find_places_set_against(text, taken=[(t.start, t.end) for t in kept])
        if extra:
            kept = [
                t for t in kept if not any(e.start <= t.start and t.end <= e.end for e in extra)
            ]
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if several_count and counts and not footnote and holds_any(text, ATTRIBUTION_WORDS):
        # "A were linked to 2,361 casualties, while B were responsible for 292": parts
        # attributed to agents, each clause with its own verb, in place of a reading of less
        kept = with_attributions(text, items, kept)
    # NAMED_COUNT_CUE ("Chad (12") holds " (": a literal test, far cheaper than its search,
    # which stops at every letter, rules most paragraphs out
    spaced_bracket = " (" in text
    if (
        several_count
        and counts
        and not footnote
        and spaced_bracket
        and NAMED_COUNT_CUE.search(text)
    ):
        # "including by A (908), B (209) and C (111)", "attributed to A (15) and to B (36)":
        # names with their counts in parentheses after one governing preposition, in place
        # of a reading of fewer of their figures or without their whole
        kept = with_named_counts(text, kept)
    if kept and spaced_bracket and NAMED_COUNT_CUE.search(text):
        # "the highest maternal mortality ratios are A (with 2,100 ... per 100,000 live
        # births), B (1,800), C (1,500)": rates after names, no counts
        kept = without_rate_runs(text, kept)
    if several_count and counts and not footnote and len(items) > 1:
        # last resort, where every reader above found nothing in a sentence: a list of
        # figures the sentence says are parts of one whole ("Africa holds 21, Asia 12")
        extra = [
            split
            for tally in find_partitions(
                text, items, numbers, taken=[(t.start, t.end) for t in kept]
            )
            if (split := _as_split(text, tally, marked))
        ]
        if extra:
            # "... 1.2 million in all. Among them were 400,000 IDPs, 600,000 returnees ..."
            attach_whole_before(text, extra, items)
            kept = sorted([*kept, *extra], key=lambda t: t.start)
            # "Of the 5.6 million refugees ..., A hosts 3.6 million, B 815,000 and ..."
            attach_whole_of_list(text, kept, items)
    if counts and not footnote and len(items) > 1 and may_hold_shares_to_whole(text):
        # last resort for shares: "About 48 per cent are under 19 years, 6 per cent are
        # aged 60 and above, and the remaining 46 per cent ...": shares no tally holds that
        # add up to 100, whatever their phrasing
        sizes = {id(tally): len(tally.parts) for tally in kept}
        read = with_shares_to_whole(text, items, kept)
        # the new splits and the ones it completed ("from A (51%), B (15%), ..."): the
        # whole their shares are of, where the sentence states it
        grown = [t for t in read if sizes.get(id(t)) != len(t.parts)]
        if grown:
            kept = [t for t in read if sizes.get(id(t)) == len(t.parts)]
            grown = attach_whole_of_shares(text, grown, numbers)
            attach_whole_before(text, grown, items)
            kept = sorted([*kept, *grown], key=lambda t: t.start)
    if (
        (several_count or (counting == 1 and counts_an_article(text)))
        and not footnote
        and (" and " in text or ", " in text or " as well as " in text)
    ):
        # "(1.2 million refugees and 2.3 million internally displaced)", "adopted 24
        # resolutions, 2 decisions": parts labelled by their counted nouns, by shares
        # ("12.7% (880) ...") or seats by group; counts that are a verb's objects too
        extra = find_counted_noun_splits(text, numbers, taken=[(t.start, t.end) for t in kept])
        if extra:
            attach_whole_before(text, extra, items)  # "... in all. Among them were ..."
            if "including" in text or "of wh" in text or "compris" in text or "encompass" in text:
                attach_whole_before_cue(text, extra)  # "822,600 people returned ..., including"
            kept = without_lists_read_in_part(kept, extra)  # "... 43 B advisers and 54 C"
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    acted: list[Tally] = []
    if several_count and counts and not footnote:
        # last resort: "recommended 23 organizations ..., while deferring action on 44
        # organizations", "rejected one text and sent another six draft resolutions"
        acted = find_acted_counts(text, numbers, taken=[(t.start, t.end) for t in kept])
        if acted:
            kept = sorted([*kept, *acted], key=lambda t: t.start)
    if several_count and counts and not footnote and may_hold_case_decisions(text):
        # "declared nine cases inadmissible, five cases admissible, and discontinued three
        # cases": a committee's cases by the act it took on each, where no reading above
        # read as much
        decided = find_case_decisions(text, numbers, [])
        kept = sorted(_with_fuller_readings(kept, decided), key=lambda t: t.start)
    if several_count and counts and not footnote and may_hold_text_topics(text):
        # "adopted four resolutions on the question of Palestine and two on the situation in
        # the Middle East": texts by subject, where no reading above read as much
        topics = find_text_topics(text, numbers, [])
        kept = sorted(_with_fuller_readings(kept, topics), key=lambda t: t.start)
    if several_count and counts and not footnote:
        # "The earthquake killed 59 civilian staff and 43 members of the police ...", "with
        # 273,000 returning from Iran and 230,000 from Pakistan": counts of one kind under
        # one verb, told apart by a group or a place, that no reader above read
        coordinated = find_coordinated_counts(text, taken=[(t.start, t.end) for t in kept])
        if coordinated:
            kept = sorted([*kept, *coordinated], key=lambda t: t.start)
    if (
        several_count
        and counts
        and not footnote
        and holds_any(lower, CASUALTY_TOLL_WORDS[0])
        and holds_any(lower, CASUALTY_TOLL_WORDS[1])
    ):
        # "reported 300 houses damaged, 16 deaths, 126 injured and ...", "57 killed, among
        # them 14 children, and 203 injured": the dead and the injured among other figures
        # a toll among counts of other acts ("resulting in the alleged killing of two
        # civilians, injuring four others and causing the displacement of about 800
        # civilians") or of other people ("killed 12 people, injured 40 and affected
        # 30,000") is read in place of the reading of them all
        if holds_any(text, DISPLACED_LITERALS):
            acted = [*acted, *(t for t in kept if mixes_casualties_and_displaced(t))]
        extra = find_casualty_tolls(
            text,
            taken=[(t.start, t.end) for t in kept if all(t is not a for a in acted)],
            wholes=[(t.start, t.end, t.total) for t in kept if t.total is not None],
        )
        if extra:
            kept = sorted([*without_acts_beside(kept, acted, extra), *extra], key=lambda t: t.start)
        # "Victims included 12 men, four women and four children killed, and 60 men, ...
        # injured", "22 men killed and 1 injured, 1 woman killed and 1 injured": one list per
        # fate, or one toll per group, in place of a reading that mixes them
        extra, runs = find_victim_groups(text)
        if extra:
            kept = sorted([*without_readings_of(kept, runs), *extra], key=lambda t: t.start)
        # "nearly six civilians killed and 20 injured -- every single day", "87 killed and
        # 291 injured ..., as compared to 2015 where 42 deaths ...": a rate, no toll
        kept = without_rates_and_comparisons(text, kept)
        # "... 300 aftershocks caused ... and more than 73,000 dead and 69,000 seriously
        # injured": the toll a split, the lone item of another thing no part of it
        kept = without_lone_items(kept)
        # "... had been affected, with 10 injuries, 21 deaths and 13,516 houses flooded":
        # the toll beside another whole is no split of it
        kept = without_wholes_beside(text, kept)
    if counts and not footnote and len(items) > 1:
        if holds_any(text, _WHOLE_CUE_WORDS):
            attach_whole_before_cue(text, kept)  # "1.5 million people (including 600,000 ..."
        if "(" in text and ("%" in text or "cent" in text or "half" in lower or "third" in lower):
            kept = with_counted_shares(text, kept)  # "12.7% (880) were in ..."
        if kept and "(" in text and ("%" in text or "cent" in text):
            with_counts_before_labels(text, kept)  # "690 were recorded in Sinjar (82%) and ..."
            with_shares_after_counts(text, kept)  # "211,591 (45%) refugees in Dadaab, ..."
    if counts and not footnote and ("%" in text or "per" in text):
        # "45 per cent of women surveyed said ...", "13 per cent of refugees intend to ...":
        # shares of those polled with their answers, in a sentence no tally holds
        extra = find_polled_answers(text, items, taken=kept)
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
        # "68 per cent of the respondents correctly identify X as ..., but only 41 per
        # cent say ...": a split past 100 that is answers of those polled
        kept = reread_overlong_answers(text, items, kept)
        if holds_any(lower, _ASKED_SHARE_WORDS):
            # "62 per cent of those surveyed felt ..., with the highest in Chile (86 per
            # cent)": a share of those asked that no reader above took, the later figure
            # no part of it
            kept = find_lone_respondent_shares(text, items, kept)
        if holds_any(lower, SAMPLE_ANSWER_WORDS):
            # "A poll of 2,050 adults, carried out in March, found that 64 per cent ...":
            # the shares a survey of a stated sample found are of that sample
            kept = with_sample_answers(text, items, numbers, kept)
    # the three readers of a survey's size below need one of their words: most paragraphs
    # hold none of them, found in one scan of each word, not three scans of the shared ones
    sampled = numbers and not footnote and holds_any(lower, _SAMPLE_WORDS)
    if sampled and holds_any(lower, SAMPLE_SIZE_WORDS):
        # "3,076 households were surveyed", "a survey of some 10,000 children": one count
        # of respondents, where no tally holds it
        extra = find_sample_sizes(text, taken=_spans_held(text, kept))
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if sampled and holds_any(lower, SAMPLE_SHAPE_WORDS):
        # "3,500 stakeholders took part in a perception study", "The total sample size was
        # 427 households": a survey's size read from the count's role, where no tally holds it
        extra = find_sample_shapes(text, taken=_spans_held(text, kept))
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if sampled and holds_any(lower, SAMPLE_ACT_WORDS):
        # "5,329 interviews were conducted in six countries", "828 key informants
        # interviewed": a survey's size counted by its acts of asking, or in a caption
        extra = find_sample_acts(text, taken=_spans_held(text, kept))
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if numbers and len(kept) > 1 and any(t.kind == "survey" for t in kept):
        # "a national sample of 1,504 adults ... (528 respondents were interviewed on a
        # landline telephone, and 976 were interviewed on a cell phone)": the sample is the
        # whole of the parts that add up to it
        kept = with_samples_as_wholes(text, kept)
    if counts and not footnote and "(" in text and holds_any(text, FRACTION_SUBJECT_WORDS):
        # "Most of the 212 municipalities surveyed (154, or 73 per cent) reported ...": one
        # part of a group named by a share in words, where no tally holds it
        extra = find_fraction_subjects(text, taken=[(t.start, t.end) for t in kept])
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if counts and not footnote and "(" in text and holds_any(lower, LARGEST_PART_WORDS):
        # "Most returnees were women (1,822,932 individuals or 92%)": one part, where no
        # tally holds it
        extra = find_largest_parts(text, taken=[(t.start, t.end) for t in kept])
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if len(numbers) > 1 and not footnote:
        if kept and holds_any(text, TOTAL_LINKS):
            # "154 countries out of 194 Member States responded": 194 is the whole
            kept = with_wholes_set_apart(text, kept)
        # "The Panel received 68 reports of violations ..., 40 of which it was able to
        # confirm", "By 2007, 202 of 212 countries had reported ...": one part of a stated
        # whole, in a sentence no tally holds, whatever stands between them
        extra = find_lone_parts(text, numbers, taken=[(t.start, t.end) for t in kept])
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
        if " among" in text:
            # "348 children are among the 5,237 civilians killed, and ...": a nest of a part
            # another tally reads, beside it
            kept = with_among_nests(text, kept)
    if counts and not footnote and len(numbers) > 1 and may_pair_counts_with_shares(text):
        # "Italy 3,086 (8.5%), Benelux 2,784 (7.6%), ...", "... to 186,205 with South
        # Sudanese making up 50% (94,492)": counts beside their shares, parts of one whole
        # where the ratios say so, in a sentence no tally holds
        extra = find_count_shares(text, taken=[(t.start, t.end) for t in kept])
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if kept and counts and holds_any(text, TIME_SUBSET_WORDS):
        # "1,854 people have been resettled since 2013, including 1,602 arriving since
        # October 2015": a later span of the same count, no part of a split
        kept = without_time_subsets(text, kept)
    if len(kept) > 1 and ") " in text:
        kept = _join_lists_missing_a_comma(text, kept)
    if len(kept) > 1 and ")," in text:
        # "55 women, 40 girls (12 of them abducted), 15 men and 10 boys": one list
        kept = with_lists_across_asides(text, kept)
    if kept and counts:  # "180,000 cases and 1,300 deaths", "43 (5%) in A and 12 (4%) in B"
        kept = without_false_splits(text, kept)
        with_counts_out_of_labels(kept)  # "from 29 African countries" -> "African countries"
        if "(corresponding" in text or "(equivalent" in text or "(amounting" in text:
            # "... IDP families (corresponding to 2.1 million IDP individuals)": in people
            restated = find_restated_parts(text, kept)
            kept = sorted([*kept, *restated], key=lambda t: t.start) if restated else kept
        if "including" in text or "of wh" in text or "among them" in text:
            kept = with_nests_apart(text, kept)  # "... killed, including 56 killed and ..."
    if (
        counts
        and not footnote
        and ("followed" in text or " as w" in text)
        and ("(" in text or " with " in text)
    ):
        # "The majority (53%) were displaced from A; followed by B (15%) and C (10%)": the
        # first place's figures before it, in place of a reading of the later places alone
        # ("..., with 3.6 million, followed by Iran with 3.4 million")
        extra = find_rankings(text, kept)
        if extra:
            kept = [t for t in kept if not any(_read_again(t, e) for e in extra)]
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if kept and "followed" in text:
        for part in (part for tally in kept for part in tally.parts):
            if part.category and (joint := _RANKING_JOINT.match(part.category)):
                part.category = part.category[joint.end() :]  # a ranking's joint
    if len(kept) and ("%" in text or "per" in text):
        # "78 per cent of CEOs see ..., and 79 per cent believe ...": answers to two
        # questions, one tally each
        kept = split_overlapping_answers(text, kept)
    if kept and ";" in text:  # "A, 41.7 per cent; B, 28.1 per cent; C incl. A, ...; ..."
        kept = [t for t in kept if t.kind == "vote" or t.total or not list_runs_on(text, t)]
    if kept and " also " in text:  # "38 have ratified it, and 27 have also accepted it"
        kept = without_added_acts(text, kept)
    if kept and text.count(" and ") > 1:  # "90 per cent are women and children and 73 per
        kept = without_nested_labels(kept)  # cent are children": the children in both
    if kept and counts and text.count("(") > 1:
        # "21 children (13 boys; 8 girls) were killed and 82 (51 boys; 31 girls) injured":
        # the list whose counts the asides split, and the splits no reader read ("180
        # killed (26 men, ..., as well as 120 adults ...) and 508 injured (...)")
        kept = with_outer_of_split_asides(text, kept, _find_in_paragraph)
    if kept and counts and holds_any(text, NESTING_WORDS):
        # "1,450 concerned Afghan nationals, of whom 610 were unaccompanied minors", "812
        # (including 203 girls) were reunited": a part's own subset, a tally of its own
        kept = with_parts_of_parts(text, kept)
        if " and " in text:  # "including 475 children and 246 women, and 235 members ..."
            kept = with_nest_lists_closed(text, kept)
    if kept and holds_any(text, DISPLACED_LITERALS):
        # "24 people have been reported dead and more than 27,400 people have been
        # displaced": the dead and the displaced are no split of one whole
        kept = [t for t in kept if not mixes_casualties_and_displaced(t)]
    if several_count and counts and not footnote and len(numbers) > 2:
        # last resort: "A total of 673,042 people remain displaced (367,744 people in
        # 1,217 evacuation centres and 305,298 people outside the centres)": a whole and
        # the later counts that add up to it exactly, whatever the words around them
        before = {id(tally) for tally in kept}
        kept = with_sums_to_whole(text, items, numbers, kept)
        if holds_any(text, NESTING_WORDS) and any(id(tally) not in before for tally in kept):
            # "18 UNRWA schools, two of which were used as shelters": a part's own subset
            new = [tally for tally in kept if id(tally) not in before]
            nests = [t for t in with_parts_of_parts(text, new) if all(t is not n for n in new)]
            kept = sorted([*kept, *nests], key=lambda t: t.start)
    if kept and counts and " with " in text:
        # "12,300 migrants reached Italy by sea, with 4,100 to Sicily": a whole and some
        # of it, not two parts
        kept = with_wholes_before_with(text, kept)
    if (
        len(numbers) > 1
        and not footnote
        and may_hold_name_figures(text, (number.start for number in numbers))
    ):
        # "... are Burundi 5,860, Cameroon 1,613 and Kenya 2,700", "(Syria 48%, Afghanistan
        # 25%, Iraq 15% ...)": names beside their figures, a table run into a line, in place
        # of a reading that holds fewer of them
        kept = with_name_figures(text, kept)
    # "Gains were recorded in only 12 of the 64 targets": one item that holds its whole
    # (asked only where the reader below may run)
    whole_in_item = (
        counts
        and not footnote
        and len(items) == 1
        and (items[0].of_total is not None or may_hold_part_of_figure(text))
    )
    if (
        counts
        and not footnote
        and (len(items) > 1 or whole_in_item or (len(numbers) > 1 and may_point_back(text)))
        and may_link_parts(text)
    ):
        # last resort for one part: "8.5 million children under the age of five, including
        # 2.4 million children who were vaccinated for the first time", "troops, which number
        # 4,200, including 220 military observers": a part tied to its whole by a link word,
        # smaller than it and of its noun, in a sentence no reader above read; a whole that
        # is a verb's object is no item ("reached 1,200 people. Of these, 40 per cent ..."):
        # only the back link reads it
        linked = find_linked_parts(
            text,
            items,
            numbers,
            [(t.start, t.end) for t in kept],
            only_back=len(items) < 2,
            only_not_subject=whole_in_item,
        )
        if linked and holds_any(text, TIME_SUBSET_WORDS):
            # "1,854 people have been resettled since ..., including 1,602 arriving since
            # October 2015": the same count over two spans, no part
            linked = without_time_subsets(text, linked)
        if linked and holds_any(text, NESTING_WORDS):
            # "1.3 billion people live on less than $1 a day; 840 million of them, including
            # 160 million children, suffer from hunger": the linked part's own subset
            linked = with_parts_of_parts(text, linked)
        if linked:
            kept = sorted([*kept, *linked], key=lambda t: t.start)
    if (
        (several_count or (numbers and "cent" in text))
        and not footnote
        and holds_any(text, PLACE_CLAUSE_JOINTS)
    ):
        # "30,876 refugees have found asylum in northern DRC. Chad has meanwhile received
        # 5,600 ..., and 1,024 arrivals have been registered in Cameroon": counts by place
        # across clauses, each with a verb and a place of its own, where no tally holds them
        extra = find_place_clauses(text, [(t.start, t.end) for t in kept])
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if not footnote and "%)" in text and ("whil" in text or "whereas" in text):
        # "A (39%), B (20%) and C (15%) recorded the most incoming flows, while A (54%), D
        # (25%) and C (9%) recorded the most outgoing": one list of places in each clause
        extra = find_lists_per_clause(text, kept, _read_clause)
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if several_count and not footnote and "total" in text and holds_any(text, CLAUSE_SUM_JOINTS):
        # "Flood-related displacements reached 61,000, while conflict-related
        # displacements reached 19,000. Internal displacements now total 80,000.":
        # parallel clauses of one noun whose sum the next sentence states
        extra = find_clause_sums(text, [(t.start, t.end) for t in kept])
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if several_count and not footnote and TOTAL_THEN_PART_CUE in text:
        # "The total number of accredited participants was 2,450 and 2,012 registered": one
        # part joined by "and" to the clause that states its whole
        extra = find_total_then_part(text, [(t.start, t.end) for t in kept])
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if kept and counts and not footnote:
        # "over 250,000 displaced persons in the region (108,470 refugees, ...)", "The group
        # of 268 combatants included 51 women ...", "... stood at 21 million. This figure
        # represents some 12 million refugees, ...": a whole stated apart from its parts
        attach_stated_wholes(text, kept)
    if kept and several_count:
        # "6,769 Afghans crossed ..., while 466 Pakistanis returned ...", "300 in February
        # and 200 in April", "arrived with 127 boats", "apart from 123 soldiers and ...":
        # parallel events, times, means and exceptions split no one group
        # "122 NSOs responded to the first survey, while 112 responded to the second
        # round": the rounds' replies are no parts of one whole (each its own survey, even
        # where each round is dated, before the dates make the parts a series)
        kept = with_rounds_apart(kept, text)
        kept = without_parallel_events(text, kept)
    if kept and (" round" in text or " wave" in text):
        # "The first round ... was completed by officials of 118 countries ..., and the
        # second round from 149 countries": the later round, its verb elided
        kept = with_later_rounds(text, kept)
    if kept and several_count and may_hold_mission_strength(lower):
        # "with a ceiling of 17,000 troops and 2,101 police personnel", "UNMIL had 12,815
        # uniformed personnel, 1,086 police, ...": a mission's personnel by component is
        # its strength, no split; a toll ("two soldiers and a policeman were killed") stays
        kept = without_mission_strengths(text, kept)
    if kept and several_count and not footnote and text.count(" of ") > 1:
        # "22 of 23 governorates and 312 of 333 districts have been affected": each "N of
        # M" states its own whole, a tally of its own beside the one a reader took
        kept = with_paired_ratios(text, kept, numbers)
    if kept and counts and not footnote and "(" in text:
        # "60 (40 primary and 20 secondary) reopened, while 30 remained closed": figures in
        # brackets that add up to the count before them are its split, out of a flat list
        kept = with_splits_of_bracketed_counts(text, kept, _read_clause)
        # "847 contacts out of 872 have completed follow-up (349 contacts in Lagos, 498
        # contacts in Port Harcourt).": the bracket that closes a part's clause splits it
        kept = with_splits_closing_clauses(text, kept, _read_clause)
    if kept and counts and not footnote and ("of " in text or "Of " in text or "(" in text):
        # "Of the 68 passengers, only 33 survived: 32 were rescued ... and one ...": the
        # whole of a part that a split splits again, read with the split blanked out
        kept = with_wholes_of_split_parts(text, kept, _read_clause)
    if kept and " of " in text and "(" in text:
        # "89.5 percent (890 out of 994) are not planning to return": shares read as the
        # counts of the whole they restate
        kept = with_ratio_counts(text, kept)
    if kept and ("male" in lower or "men" in lower or "girl" in lower or "boy" in lower):
        # "54% ... were female and 41% were younger than 18": sex and age cross, the girls
        # in both; no split
        kept = without_crossed_groups(kept)
    if kept and ("%" in text or "per" in text):
        # "Another 9% said they would go elsewhere, while 10% were uncertain", "10.9% said
        # they were subjected to ..., and 10.1% were touched ...": some of the answers only
        kept = without_partial_answers(text, kept)
    if kept and "median" in lower:
        # "a median of 58 percent across all countries surveyed express favourable views,
        # with just 27 percent ...": medians across countries, no parts of one whole
        kept = without_medians(text, kept)
    if "median of" in lower and ("%" in text or "per" in text):
        # "A median of 63% across 24 countries surveyed see the UN in a positive light":
        # a pollster's answers as medians across the countries it surveyed
        extra = find_median_answers(text, kept)
        if extra:
            kept = sorted([*kept, *extra], key=lambda t: t.start)
    if kept and (" as " in text or " the " in text) and ("%" in text or "per" in text):
        # "27 per cent of those aged 15-24 said ... – approximately twice the percentage of
        # those aged 65+": a share compared with another group's, no answer of a split
        kept = without_multiples_of_another(text, kept)
    if kept and "), " in text and ("%" in text or "per" in text):
        # "India (54 percent), Turkey (52 percent), Japan (48 percent), China (34
        # percent)": two rates of a longer list that make 100 by chance split no whole
        kept = without_slices_of_share_lists(text, kept)
    if kept and " of th" in text and ("%" in text or "per" in text):
        # "67% indicated ..., while 25% of this bracket reported ...": a share of a share
        kept = without_shares_of_shares(text, kept)
    if kept and counts:
        # "procured 8,000 dignity kits, 7,000 newborn baby kits and 6,000 clean delivery
        # kits": goods handed out, no split
        kept = without_goods_lists(kept)
    if kept and counts:
        # "killed two civilians and two soldiers, in addition to the three perpetrators"
        with_part_in_addition(text, kept)
    if kept and (" the remaining " in text or " the other " in text or " the rest " in text):
        # "and most of the remaining 10 per cent during attacks": the part is the rest, the
        # words after it what most of it was
        label_rests_in_part(text, kept)
    if kept and ". " in text and (" per cent of " in text or "% of " in text):
        # "About 59 per cent of the overall fatalities occurred during A. Some 27 per cent
        # were in B; ... and the remaining 7 per cent ...": the series' first share
        with_opening_share_before(text, kept)
    if repaired:
        _mark_repaired(kept, repaired)
    if joined:
        _end_on_whole_words(kept, written, text)
    if hyphenated is not None:
        _labels_as_hyphenated(kept, text, hyphenated)
    if initialled is not None:
        _words_as_initialled(kept, text, initialled)
    return kept


def _read_clause(clause: str) -> list[Tally]:
    """The tallies of one clause of a paragraph, read as a paragraph of its own."""
    return _read_paragraph(clause, footnote=False, numbers=None, markers=())


def _read_again(tally: Tally, reading: Tally) -> bool:
    """Whether ``reading`` replaces ``tally``: it spans it, or it reads the same figures.

    "India's share of the cases has been 90%, followed by Indonesia (9%) and Myanmar (1%)
    in the region": a reading that took the place's phrase and the region as labels of
    the same figures runs on past the ranking, and is replaced by it all the same.
    """
    if reading.start <= tally.start and tally.end <= reading.end:
        return True
    if tally.end <= reading.start or reading.end <= tally.start:
        return False
    return set(_figures(tally)) <= set(_figures(reading))


def _join_lists_missing_a_comma(text: str, tallies: list[Tally]) -> list[Tally]:
    """Join two lists of labelled counts that only a space parts, the comma left out.

    "Amanat Al Asimah (87234), Al Hudaydah (86046) Sana’a (76884), Hajjah (58216)": the
    readers end a list where its joint is missing; one list of the same kind and unit,
    with no whole, runs on right after the parenthesis that ends the other.
    """
    joined: list[Tally] = []
    for tally in tallies:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.kind == tally.kind == "breakdown"
            and last.unit == tally.unit
            and last.total is None
            and tally.total is None
            and text[last.end - 1 : last.end] == ")"
            and 0 < tally.start - last.end <= 2
            and not text[last.end : tally.start].strip()
            and text[tally.start : tally.start + 1].isupper()
        ):
            last.parts.extend(tally.parts)
            last.end = tally.end
            continue
        joined.append(tally)
    return joined


# An initialism of two to four capitals with their stops ("U.N.", "U.S.", "U.K.", "E.U.")
# that its clause goes on after, a word in lower case following it: "believe the U.N. is
# doing a good job", "said the U.S. should leave". Not in a list of names ("Laos, Peru,
# U.S.S.R. and Ukraine"), whose readers keep the stops of names as written, and not before
# a capitalised word, which may open the next sentence ("joined the U.N. The next day").
# The first capital comes first and the looks behind it follow: a pattern that opens on a
# class is searched for its first letter only, not tried at every position.
_INITIALISM = re.compile(
    r"[A-Z](?<![\w.][A-Z])(?<!,\s[A-Z])(?<!\sand\s[A-Z])(?<!\sor\s[A-Z])\.(?:[A-Z]\.){1,3}"
    r"(?=\s{1,3}(?!(?:and|or|nor)\b)[a-z])"
)
_INITIAL_MARK = "_"  # a word character that no reader takes for a stop


def _initials_as_letters(match: re.Match[str]) -> str:
    """An initialism's stops as word characters (same length): "U.N." -> "U_N_".

    >>> _INITIALISM.sub(_initials_as_letters, "said the U.N. is weak; joined the U.N. The")
    'said the U_N_ is weak; joined the U.N. The'
    """
    return match.group().replace(".", _INITIAL_MARK)


def _words_as_initialled(tallies: list[Tally], read: str, initialled: str) -> None:
    """Give back the stops of initialisms that reading masked, in each word read with one.

    >>> part = Part("believe the U_N_ is weak", None, 4, 6, counted="Americans")
    >>> tally = Tally("survey", 4, 6, [part])
    >>> read, written = "31% believe the U_N_ is weak", "31% believe the U.N. is weak"
    >>> _words_as_initialled([tally], read, written)
    >>> part.category
    'believe the U.N. is weak'
    """

    def as_written(words: str | None, near: int) -> str | None:
        if not words or _INITIAL_MARK not in words:
            return words
        at = read.find(words, max(0, near - len(words) - 400))
        if at < 0:
            at = read.find(words)
        if at < 0:
            return words.replace(_INITIAL_MARK, ".")
        return initialled[at : at + len(words)]

    for tally in tallies:
        tally.subject = as_written(tally.subject, tally.start)
        for part in tally.parts:
            part.category = as_written(part.category, part.start)
            part.counted = as_written(part.counted, part.start)
            part.base = as_written(part.base, part.start)
            if any(_INITIAL_MARK in name for name in part.members):
                part.members = [name.replace(_INITIAL_MARK, ".") for name in part.members]


def _labels_as_hyphenated(tallies: list[Tally], read: str, hyphenated: str) -> None:
    """Give back the Unicode hyphens that reading replaced, in each label that holds one.

    >>> part = Part("re-elected", 2, 13, 25)
    >>> tally = Tally("breakdown", 13, 25, [part])
    >>> _labels_as_hyphenated([tally], "The Assembly re-elected two", "The Assembly re‑elected two")
    >>> part.category == "re\u2011elected"
    True
    """
    for tally in tallies:
        for part in tally.parts:
            label = part.category
            if not label or "-" not in label:
                continue
            at = read.find(label, max(0, tally.start - len(label)))
            if at >= 0:
                part.category = hyphenated[at : at + len(label)]


# A dash right after "ty", in any case: every dash hyphenate_number_words writes as a hyphen
# follows a tens word so ("Twenty—eight"). The search skips to the dashes, rare in most
# paragraphs (a pattern that opens on a class), not to every letter.
_TENS_BEFORE_DASH = re.compile(r"[—–](?<=[tT][yY][—–])")
# Each alternative opens on a literal, so the engine skips to a hyphen or a dash ("[–—]-"
# would be tried at every character).
_MIXED_DASH = re.compile("-[–—]|–-|—-")
# A ranking's joint that a label took in: "followed by", "followed closely by".
_RANKING_JOINT = re.compile(r"(?:closely\s)?followed\s(?:closely\s)?by\s")
# A dash between a count's clause and a figure: "numbered 1,580 -- 1,140 in ...".
_DASH_THEN_FIGURE = re.compile(
    r"(?<=\s)(?:--|—|–)(?=\s{1,3}"
    # "... not in school in 2008 – 54% of them were girls": a lone dash before a share of
    # the count before it stands where a comma would
    r"(?:(?P<share>(?:(?:some|about|nearly|almost|over)\s)?\d[\d.,]*\s{0,3}"
    r"(?:per\s{1,3}cent|percent|%)\s{1,3}of\s{1,3}(?:them|whom|which)\b)"
    # "... displaced in 2018 – including 2.8 million who ...": a lone dash before the cue of
    # a subset stands where a comma would
    r"|(?P<cue>(?:including|of\s{1,3}wh(?:om|ich)|among\s{1,3}them)\s{1,3})?"
    r"(?:(?:some|about|nearly|over)\s)?\d"
    r"(?![\d,.]*\s{1,3}of\s{1,3}(?:them|which|whom|these)\b)))"  # "-- 12 of them": as is
)
_DASH_BEFORE = re.compile(r"\s(?:--|—|–)\s[^.;]*$")
_COUNT_BEFORE_DASH = re.compile(r"\d[^.;:(),\d]{0,40}$")
_DASH_AFTER = re.compile(r"[^.;]*?\s(?:--|—|–)\s")


# What opens a subset of the count before it: "of these", "of whom", "including", "N of
# them" (a qualifier and a scale word allowed before "of").
_NEST_OPENING = (
    r"\s{0,3}(?:(?:of\s(?:these|those|them|whom|which)|including|among\s(?:them|whom))\b"
    r"|(?:(?:more\sthan|over|some|about|nearly|almost|at\sleast)\s)?\d[\d,.]*"
    r"(?:\s(?:million|billion))?\sof\s(?:them|whom|which|these|those)\b)"
)
# A dash glued to the word before it, or an ellipsis, before such a subset: "famine--of
# these, 4.9 million", "240 casualties… more than 100 of them". Each opens on a literal.
# A glued dash that another closes later in its sentence opens an aside and is left
# ("displaced--including 2,300 children--in the first week").
_PAUSE_BEFORE_NEST = re.compile(rf"(?<=\w)(?:--(?![^.;]{{0,200}}--)|…|\.\.\.)(?={_NEST_OPENING})")
# An aside that compares, between dashes or in parentheses with no other mark of an aside
# in it, before such a subset: "42 officials were posted to A — as opposed to six in B —
# of whom only two ...", "(compared with 12 in 2020), including ...".
_COMPARISON_BEFORE_NEST = re.compile(
    rf"""(?:(?P<dash>\s(?:--|—|–)\s)|(?P<bracket>\s\())
    (?:as\sopposed\sto|compared\s(?:with|to)|against)\s[^()—–\n.;]{{1,80}}?
    (?(dash)\s(?:--|—|–)|\))(?:\s{{0,3}},)?(?={_NEST_OPENING})""",
    re.VERBOSE,
)


def _pause_as_comma(match: re.Match[str]) -> str:
    """A glued dash or an ellipsis as a comma and blanks (same length).

    >>> _PAUSE_BEFORE_NEST.sub(_pause_as_comma, "240 casualties… more than 100 of them")
    '240 casualties, more than 100 of them'
    """
    return "," + " " * (len(match.group()) - 1)


def _comparison_as_comma(match: re.Match[str]) -> str:
    """A comparing aside as a comma and blanks (same length).

    >>> _COMPARISON_BEFORE_NEST.sub(_comparison_as_comma, "42 in A — against 6 in B — of whom")
    '42 in A ,                  of whom'
    """
    return " ," + " " * (len(match.group()) - 2)


def _dash_as_colon(text: str) -> str:
    """``text`` with each dash that opens the parts of a count before it read as a colon.

    "Police deployed with the Mission numbered 1,580 -- 1,140 in formed police units and
    440 individual police officers": the dash stands where a colon would, a figure after
    it and a count right before it in its clause, and no other dash in the sentence makes
    it one end of an aside ("Four countries -- Belarus, ... -- joined"). Offsets stay.

    >>> _dash_as_colon("numbered 1,580 -- 1,140 in units and 440 officers")
    'numbered 1,580 :  1,140 in units and 440 officers'
    >>> _dash_as_colon("four texts -- 2 by vote -- were adopted")
    'four texts -- 2 by vote -- were adopted'

    A lone dash before "including", "of whom", "of which" or "among them" and a figure
    reads as the comma it stands for ("13.6 million people were newly displaced in 2018 --
    including 2.8 million who sought protection abroad and 10.8 million who ...").

    >>> _dash_as_colon("fled in 2018 – including 2.8 million abroad")
    'fled in 2018 , including 2.8 million abroad'

    So does one before a share of it "of them", "of whom" or "of which" ("Nearly 29
    million children were not in school in 2008 – 54% of them were girls").

    >>> _dash_as_colon("9,100 pupils sat the exam – 51 per cent of them girls")
    '9,100 pupils sat the exam , 51 per cent of them girls'
    """
    pieces = []
    last = 0
    for dash in _DASH_THEN_FIGURE.finditer(text):
        start, end = dash.span()
        if _COUNT_BEFORE_DASH.search(text, max(0, start - 82), start - 1) is None:
            continue
        if _DASH_AFTER.match(text, end) is not None or _DASH_BEFORE.search(text, 0, start):
            continue  # a dash that opens or closes an aside
        pieces.append(text[last:start])
        pieces.append(("," if dash["cue"] or dash["share"] else ":") + " " * (end - start - 1))
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# A list's bullet at the start of a line, before a figure: "Vote result:\n- 27 in
# favour\n- 6 against\n- 14 abstentions". Read as a blank, a bullet is no minus sign and
# no dash between two figures.
_LINE_BULLET = re.compile(r"\n[ \t]{0,3}[-–•·▪*](?=[ \t]{1,3}\d)")  # opens on a literal: fast
# The glyphs of a bulleted list that a page flattened into one line: "» 310 in New York »
# 190 in Geneva", "• 4.5 million displaced • 1.2 million returned" (a hyphen or an asterisk is
# no such glyph: it is a minus sign, a dash or a note's sign as often).
_BULLET_GLYPHS = ("•", "»", "▪", "●", "■", "◦", "‣")
# A bullet glyph between blanks, or at the text's start before one: the list's items.
_BULLET = re.compile(r"(?:(?<=[ \t\n])|^)[•»▪●■◦‣](?=[ \t]{1,3}\S)")
# What a bullet follows where it opens an item: nothing, a line's end, or a colon or a
# stop that ends the words before (a comma in its place would double the punctuation).
_OPENS_ITEMS = re.compile(r"(?:^|[\n:;,.])[ \t]{0,3}$")


def _without_bullets(text: str) -> str:
    """``text`` with each bullet of a flattened list read as a blank or a comma.

    A bullet after nothing or after a colon or a stop opens the list and is a blank; one
    after an item's words separates two items, as a comma does. The string keeps its
    length, so offsets stay.

    >>> _without_bullets("» 10 of the 20 were closed")
    '  10 of the 20 were closed'
    >>> _without_bullets("640 posts: » 310 in New York » 190 in Geneva")
    '640 posts:   310 in New York , 190 in Geneva'
    """
    pieces, last = [], 0
    for bullet in _BULLET.finditer(text):
        at = bullet.start()
        opens = _OPENS_ITEMS.search(text, max(0, at - 6), at) is not None
        pieces.extend((text[last:at], " " if opens else ","))
        last = at + 1
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# A reference to a note or source in square brackets after a word: "such a law [3].",
# "(49%) [12, 13]". It opens on the bracket: fast.
_REFERENCE_MARK = re.compile(r"\[\d{1,3}(?:\s{0,2}[,–-]\s{0,2}\d{1,3}){0,5}\](?!\w)")
# A note's sign glued to a count, before or after it: "approved by *25 votes to 16", "by
# 25* votes", "(†12 abstentions)". Records mark a vote on which a note remarks so; the sign
# is no part of the count (a product, "2*3", has no blank beside its sign).
_NOTE_SIGN = re.compile(r"(?<=[\s(])[*†‡]{1,3}(?=\d)|(?<=\d)[*†‡]{1,3}(?=[\s,;.)]|$)")
# A note's number glued to the last word of a sentence: "abstentions12.", "States3" at the
# end (a word of three letters or more that ends in a small letter; "CO2", "G77" stay).
_MARKER_AT_END = re.compile(r"(?<=[A-Za-z]{2}[a-z])\d{1,3}(?=[.;:]?(?:\s|$))")
_WHILST = re.compile(r"\b[Ww]hilst\b")
_WHEREIN = re.compile(r"(?<=,\s)wherein(?=\s{1,3}\d)")
# The rest of a whole named, then its count set off by commas: "The rest, 129
# organizations, will have ...", "and the remainder, 15, were ...". The commas only set off
# the count: it is read as "the remaining 129 organizations will have ..." is. "Of the
# rest, 12, ..." and "For the rest, ..." name a whole or a topic, no part.
_REST_IN_APPOSITION = re.compile(
    r"(?<![Oo]f\s)(?<![Aa]mong\s)(?<![Ff]or\s)\b(?P<rest>[Tt]he\s(?:rest|remainder))(?P<open>,)\s(?:some\s|about\s|nearly\s)?"
    r"\d{1,3}(?:,\d{3})*(?:\s[a-z][\w-]{1,25}){0,3}(?P<close>,)(?=\s[a-z])"
)


def _without_apposition_commas(match: re.Match[str]) -> str:
    """``match`` with the two commas that set off the count blanked.

    >>> _REST_IN_APPOSITION.sub(_without_apposition_commas, "The rest, 129 bodies, will")
    'The rest  129 bodies  will'
    """
    written = match.group()
    start = match.start()
    opening, closing = match.start("open") - start, match.start("close") - start
    return written[:opening] + " " + written[opening + 1 : closing] + " " + written[closing + 1 :]


# A count's share in parentheses opened by "or": "3,380 households (or 50%)", "40 (or 62.5
# per cent)". Inside the parenthesis "or" says what the parenthesis says alone, the share
# of the count before it, as ", or 50 per cent," does after a comma.
_OR_SHARE_IN_PARENTHESES = re.compile(
    r"(?<=\w\s\()or\s(?P<share>\d{1,3}(?:\.\d{1,3})?\s{0,3}(?:per\s{0,3}cent|percent|%))\)"
)


def _share_first(match: re.Match[str]) -> str:
    """``match`` with its share first, "or " blanked before the parenthesis closes.

    >>> _OR_SHARE_IN_PARENTHESES.sub(_share_first, "3,380 households (or 50%) were")
    '3,380 households (50%   ) were'
    """
    share = match.group("share")
    return share + " " * (len(match.group()) - len(share) - 1) + ")"


# A line break between two words of one sentence: a letter, digit or comma before it and
# a lower-case letter or digit after it (a new line that opens a list item or a role,
# "\nAgainst:", starts with a capital and stays). The pattern opens on the line break, a
# literal the engine skips to, and looks behind it from there: opening on the look-behind,
# it was tried at every character of every paragraph with a number and a line break (the
# speeches of the shared corpus wrap every line), about 6 us a paragraph against 1 now.
# A line that opens on a row's number ("...deposited 131\n2. Defective ballots 2", a
# record's numbered rows) is no wrapped line.
_WRAPPED_LINE = re.compile(r"\n(?<=[\w,]\n)(?=[a-z]|\d(?!\d?[.)][ \t]))")
_SPACED = re.compile(rf"(?<![\w.,/-])(?:{SPACED_THOUSANDS})")
# Any group of three after a space, where the paragraph writes thousands with spaces
# elsewhere: "9 380 houses were destroyed and 2 150 damaged" (the second, before a word
# that is no plural noun, is no spaced number on its own).
_SPACED_ALIKE = re.compile(r"(?<![\w.,/-])\d{1,3}(?:[ ]\d{3})+(?![\d,.]\d)")


def _spaced_groups(text: str, numbers: list[Number]) -> bool:
    """Whether a digit is followed by a space and a group of three digits.

    A text in ASCII (most paragraphs; ``isascii`` costs nothing) is searched as bytes with
    every digit written "0": the search then skips to a literal, several times faster than
    to each digit, which a search for a class of characters stops at. So is any other
    text first, where its one space is ASCII's: a character beyond ASCII, which may be a
    digit of another script, is written "0" too (through the "?" that encoding leaves
    for it), so every group is still found, and only a text with a "0 000" is searched
    as written.

    >>> _spaced_groups("more than 25 000 women", [None]), _spaced_groups("25 0001", [None])
    (True, False)
    >>> _spaced_groups("25 000 “women”", [None]), _spaced_groups("“25” 0001", [None])
    (True, False)
    """
    if not numbers:
        return False
    if text.isascii():
        return _SPACED_ZEROS.search(text.encode().translate(_DIGITS_AS_ZEROS)) is not None
    if not ("\u00a0" in text or "\u2009" in text or "\u202f" in text):
        shape = text.encode("ascii", "replace").translate(_DIGITS_AND_OTHERS_AS_ZEROS)
        if shape.find(b"0 000") < 0:
            return False
    return _SPACED_GROUP.search(text) is not None


_THOUSANDS_SPACES = " \u00a0\u2009\u202f"  # a space, no-break, thin, narrow no-break
_SPACED_GROUP = re.compile(rf"\d[{_THOUSANDS_SPACES}]\d\d\d(?![\d,])")
# _SPACED_GROUP in ASCII, its digits written "0" (the one space of ASCII among its spaces)
_SPACED_ZEROS = re.compile(rb"0 000(?![0,])")
_DIGITS_AS_ZEROS = bytes.maketrans(b"0123456789", b"0" * 10)
# ... and the "?" that stands for a character beyond ASCII (or is one) written "0" too
_DIGITS_AND_OTHERS_AS_ZEROS = bytes.maketrans(b"0123456789?", b"0" * 11)
_SPACES_AS_COMMAS = str.maketrans(dict.fromkeys(_THOUSANDS_SPACES, ","))


def _as_spaces(match: re.Match[str]) -> str:
    """What ``match`` spans, as as many blanks (offsets stay)."""
    return " " * len(match.group())


def _as_blanks(match: re.Match[str]) -> str:
    """What ``match`` spans after its line break, as as many blanks (offsets stay)."""
    return "\n" + " " * (len(match.group()) - 1)


def _with_commas(match: re.Match[str]) -> str:
    """A number with spaced thousands written with commas: one character for one."""
    return match.group().translate(_SPACES_AS_COMMAS)


# Words of the casualty counts whose parts are split again in parentheses (any split
# after "including" or "comprising" is tried too).
_CASUALTY_WORDS = ("casualt", "killed", "injured", "wounded", "deaths", "fatalities")
# Words of those asked, one of which a paragraph holds where a lone share of them is read.
_ASKED_SHARE_WORDS = ("respon", "surveyed", "polled", "interviewed", "questioned", "replie")


def _with_nested_splits(text: str, kept: list[Tally]) -> list[Tally]:
    """``kept`` with each split whose parts are split in parentheses read at both levels.

    The tallies the other readers found over the same words (one level, or the two mixed)
    give way to the outer split and the splits of its parts.
    """
    nested = find_nested_splits(text)
    if not nested:
        return kept
    spans = [(t.start, t.end) for t in nested if t.total is not None]
    others = [t for t in kept if not any(t.start < end and start < t.end for start, end in spans)]
    return sorted([*others, *nested], key=lambda t: t.start)


# A count right after an outcome: "approved by consensus| 11 draft resolutions".
_COUNT_AFTER = re.compile(rf"\s{{1,3}}(?:\d|{NUMBER_WORDS}\b)")


def _manner_of_counted_texts(text: str, tally: Tally) -> bool:
    """Whether ``tally`` is an outcome alone that says how the counted texts after it passed.

    In "The Committee approved by consensus 11 draft resolutions and one draft decision"
    the outcome ("adopted by consensus") stays a row of its own, and the texts it counts
    after it are still a list for :func:`~surveystats.extract.tally_lists.find_lists`.
    """
    return (
        tally.kind == "vote"
        and not tally.parts
        and tally.outcome is not None
        and _COUNT_AFTER.match(text, tally.end) is not None
    )


def _end_on_whole_words(tallies: list[Tally], written: str, read: str) -> None:
    """End each tally on the last letter of a word that was read joined over a line break.

    A joined word is followed by blanks where the written one still has letters ("meet-\\ning"
    is read "meeting  "), so a tally read up to the joined word's end would stop inside the
    written word, and its raw text with it ("Adopted at the 1710th meet-\\ni").

    >>> tally = Tally(kind="vote", start=0, end=7)
    >>> _end_on_whole_words([tally], "meet-\\ning.", "meeting  .")
    >>> tally.end
    9
    """
    for tally in tallies:
        end = tally.end
        while end < len(read) and read[end] == " " and written[end].isalpha():
            end += 1
        tally.end = end


def _repairs_a_number_word(text: str, repaired: list[tuple[int, int]]) -> bool:
    """Whether a word ``repaired`` in ``text`` is a number word ("tbree" for "three").

    The numbers read in the written text missed it.
    """
    return any(
        (word := text[start:end].lower()) in CARDINAL_WORDS or word in ORDINAL_WORDS
        for start, end in repaired
    )


def _mark_repaired(tallies: list[Tally], repaired: list[tuple[int, int]]) -> None:
    """Mark ``ocr_corrected`` each tally that holds one of the ``repaired`` words (in order)."""
    ends = [end for _, end in repaired]
    for tally in tallies:
        first = bisect.bisect_right(ends, tally.start)  # the first word ending after its start
        if first < len(repaired) and repaired[first][0] < tally.end:
            tally.ocr_corrected = True


def _as_split(text: str, tally: Tally, marked: list[Item]) -> Tally | None:
    """The tally as a split of one whole, or None where its counts are no parts side by side.

    "150 States parties to the Agreement and 97 to its Protocol" counts overlapping sets;
    in "412 were tabled and 280 won support (68%)" and "700 were freed; 410 were men and the
    rest women" the later counts are parts of the first; in "About 400 came from Asia and,
    altogether, 3,500 took part" the marked count is the whole (its total, where two or
    more parts fit in it); in "lived through two World Wars, two Balkan wars, a famine, ..."
    the counted nouns are items of a longer list of things.
    """
    if (
        counts_treaty_acts(text, tally)
        or first_count_before_rest(text, tally)
        or _inventory(text, tally)
    ):
        return None
    if share_of_first_count(text, tally):
        return parts_of_first_count(tally)  # "16 (36%)" of 45: the first is the whole
    tally = with_whole_named_first(tally)
    return with_marked_whole(tally, marked) if tally is not None else None


# A list that goes on after the counted nouns with items of no figure: "lived through two
# World Wars, two Balkan wars, a major war with Turkey, a famine, ...".
_LIST_GOES_ON = re.compile(r"\s{0,3},\s{1,3}an?\s(?!total\b|further\b)")


def _inventory(text: str, tally: Tally) -> bool:
    """Whether counted nouns with no whole are items of a longer list of things, no split."""
    return (
        tally.kind == "breakdown"
        and tally.total is None
        and all(part.counted for part in tally.parts)
        and _LIST_GOES_ON.match(text, tally.end) is not None
    )


def _counts_written(numbers: list[Number], naming: list[bool]) -> int:
    """How many numbers of a paragraph may count something: 0, 1, or 2 for two or more.

    A tally counts its parts: a number that names something (a year, a reference, a
    date: ``naming``, :func:`~surveystats.extract.tally_items.only_names` of each number)
    or an ordinal counts nothing, and :func:`~surveystats.extract.tally_items.read_items`
    reads it as "other".
    """
    written = 0
    for number, named in zip(numbers, naming, strict=True):  # a loop: no generator
        if named or is_ordinal(number):
            continue  # "the fifty-sixth session", "resolution 242 (1967)", "on 3 May"
        written += 1
        if written == 2:
            break
    return written


# A count alone is a tally only as the number of those who replied or voted: a survey
# fact ("Replies were received from 64 Governments", "The questionnaire elicited 64
# replies") or a one-count vote ("157 countries voted in favour", "Three members
# abstained"). Its paragraph says so in one of these words (or a word of an election,
# whose results _with_party_results reads from the items). The words most paragraphs
# hold come first: the test stops at the first found (a quarter less scanned on the corpus).
_LONE_COUNT_WORDS = (
    "support", "against", "respon", "provid", "contribut", "elect", "round", "complet", "submi",
    "return", "consult", "vot", "repl", "answer", "questionn", "survey", "nquir", "receiv",
    "informat", "views", "comment", "poll", "interview", "abstain", "favo", "oppos", "respectiv",
    "majorit", "ballot", "seat", "run-off", "runoff",
    "ported pursuant", "ported in accordance", "ported as requested",
)  # fmt: skip


def _with_agent_parts(text: str, found: list[Tally]) -> list[Tally]:
    """``found`` with the parts of a whole named in a passive's agent, which may replace facts.

    "Data were collected by 41 of the 67 responding States": the 41 are a part of the 67
    who replied, not a count of replies that names no whole; a one-count survey fact read
    from the agent's count gives way to the part (no other tally does).
    """
    facts = [
        t
        for t in found
        if t.kind == "survey" and len(t.parts) == 1 and t.total is None and t.unit == "count"
    ]
    parts = find_agent_parts(text, taken=[(t.start, t.end) for t in found if t not in facts])
    if not parts:
        return found
    kept = [
        t
        for t in found
        if t not in facts or not any(p.start <= t.parts[0].start < p.end for p in parts)
    ]
    kept.extend(parts)
    return kept


def _drops_an_object(numbers: list[Number], items: list[Item]) -> bool:
    """Whether a number is no item for being a verb's object ("had received 73 replies").

    Ordinals are no items either ("the fifty-sixth session", 2,042 corpus paragraphs with
    nothing else): they count nothing.
    """
    if len(items) == len(numbers):
        return False
    starts = {item.start for item in items}
    return any(number.start not in starts and not is_ordinal(number) for number in numbers)


def _with_party_results(text: str, items: list[Item], kept: list[Tally]) -> list[Tally]:
    """``kept`` with the results by party that overlap none of its tallies, in order.

    A candidates' vote replaces a breakdown of the same figures that it overlaps: "Ms. Ito
    received 53 per cent of the votes, against 40 per cent for Mr. Obi" names its parts
    after their figures, which a breakdown reads as labels ("for Mr. Obi").
    """
    results = []
    for tally in find_party_results(text, items):
        overlapping = [
            other for other in kept if other.start < tally.end and tally.start < other.end
        ]
        if overlapping and not (
            tally.kind == "vote"
            and all(
                other.kind == "breakdown" and _figures(other) == _figures(tally)
                for other in overlapping
            )
        ):
            continue
        kept = [other for other in kept if not any(other is o for o in overlapping)]
        results.append(tally)
    return sorted(kept + results, key=lambda t: (t.start, -t.end)) if results else kept


def _figures(tally: Tally) -> list[float]:
    """The figures of a tally's parts, in order: its counts, or its shares where it has none."""
    return sorted(
        float(part.count if part.count is not None else part.percent or 0) for part in tally.parts
    )


# Between a whole and its first part: a subset picked out of it ("212 respondents,
# including 80 women"), after which the whole is still a count of its own.
_SUBSET_AFTER_WHOLE = re.compile(
    r"[^.;:()]{0,60}?,\s{0,3}(?:including|among\s{1,3}(?:them|whom)|of\s{1,3}whom)"
    r"\s[^.;:()]{0,30}$",
    re.IGNORECASE,
)


def _spans_held(text: str, tallies: list[Tally]) -> list[tuple[int, int]]:
    """The spans of ``tallies`` that a survey's sample may not be read in.

    A breakdown of some of a whole ("The survey covered 212 respondents, including 80
    women") holds its parts only: the whole is a sample as well, which blind labellers
    mark as a one-part survey beside the subset (session 60); the sample readers still
    need their own evidence that the count was heard.
    """
    spans = []
    for tally in tallies:
        start = tally.start
        if (
            tally.kind == "breakdown"
            and tally.total is not None
            and tally.parts
            and tally.parts[0].start > start
            and _SUBSET_AFTER_WHOLE.match(text, start, tally.parts[0].start)
        ):
            start = tally.parts[0].start
        spans.append((start, tally.end))
    return spans


def tallies_in_text(text: str, *, paragraph: int = 0, offset: int = 0) -> pd.DataFrame:
    """Find tallies in one string, without document structure (no footnotes).

    Parameters
    ----------
    text
        One paragraph or sentence.
    paragraph
        The paragraph number written into the ``paragraph`` column.
    offset
        Added to ``start`` and ``end`` (the position of ``text`` in a larger text).

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`extract_tallies`.

    Raises
    ------
    ValidationError
        If ``text`` is not a string, or holds a lone surrogate (U+D800 to U+DFFF),
        which no table can hold; ``parse_document`` replaces them.

    Examples
    --------
    >>> table = tallies_in_text("adopted by 10 votes to 3 (Cuba, Yemen, Zimbabwe)")
    >>> table[["category", "count", "members"]].values.tolist()
    [['in favour', 10, <NA>], ['against', 3, 'Cuba; Yemen; Zimbabwe']]
    """
    if not isinstance(text, str):
        raise ValidationError(
            f"text must be a str; got {type(text).__name__} (pass the paragraph's text)"
        )
    surrogate = None if text.isascii() else _SURROGATE.search(text)
    if surrogate is not None:
        raise ValidationError(
            f"text must be Unicode text; got a lone surrogate {surrogate[0]!r} at position "
            f"{surrogate.start()} (decode with errors='replace', or read the text with "
            "parse_document, which replaces them)"
        )
    rows: list[dict] = []
    found = _find_in_paragraph(text)
    if not found and (lone := _lone_vote_footnote(text, set())) is not None:
        found = [lone]
    for tally_id, tally in enumerate(found):
        rows.extend(_rows_for(tally, tally_id, paragraph, offset, text))
    return _frame(rows)


def _has_footnotes(doc: Any) -> bool:
    """Whether the document has footnotes, without building its footnote table."""
    records = getattr(doc, "paragraph_records", None)
    if records is None:
        return True
    return any(kind == "footnote" for _, kind, *_ in records())


def _footnote_rows(doc: Any) -> list[tuple[Any, int, int, str]]:
    """(number, paragraph, start, text) of each footnote, from plain tuples when it can."""
    if hasattr(doc, "footnote_records"):
        return [(n, p, s, t) for n, p, s, _, t in doc.footnote_records()]
    if not _has_footnotes(doc):
        return []
    table = doc.footnotes
    columns = ("number", "paragraph", "start", "text")
    return list(zip(*(table[column].tolist() for column in columns), strict=True))


class _Markers:
    """Footnote markers and footnote numbers of a document, for quick look-ups."""

    def __init__(self, doc: Any) -> None:
        self.text = doc.text
        self.by_start: dict[int, int | None] = {}
        if hasattr(doc, "marker_records"):
            marker_pairs = [(start, footnote) for _, start, _, _, footnote in doc.marker_records()]
        else:
            markers = getattr(doc, "footnote_markers", None)
            marker_pairs = (
                list(zip(markers["start"], markers["footnote"], strict=True))
                if markers is not None
                else []
            )
        for start, footnote in marker_pairs:
            self.by_start[int(start)] = None if pd.isna(footnote) else int(footnote)
        self.doc = doc

    @functools.cached_property
    def footnotes(self) -> dict[int, tuple[int, int, str]]:
        """Footnote number -> (paragraph, start offset, text), built when first needed.

        A footnote row may hold several footnotes when they were not separated by a blank
        line ("20 Ibid.\n21 In the absence of objections ..."): each numbered line starts
        its own. Most documents never need it: only a marker right after a vote does.
        """
        doc = self.doc
        found: dict[int, tuple[int, int, str]] = {}
        for number, paragraph, start, text in _footnote_rows(doc):
            if not pd.isna(number):
                found[int(number)] = (int(paragraph), int(start), text)
            for line in _NUMBERED_LINE.finditer(text):
                found.setdefault(int(line["number"]), (int(paragraph), int(start) + line.end(), ""))
        for number, (paragraph, start, text) in list(found.items()):
            if not text:
                stop = _NUMBERED_LINE.search(doc.text, start)
                end = stop.start() if stop else len(doc.text)
                end = min(end, doc.text.find("\n\n", start) % (len(doc.text) + 1))
                found[number] = (paragraph, start, doc.text[start:end])
        return found

    def after(self, end: int) -> int | None:
        """The footnote number a marker right after ``end`` (document offset) points to."""
        match = _AFTER_VOTE.match(self.text, end)
        if match is None:
            return None
        start = match.start("number")
        if start in self.by_start:
            return self.by_start[start]
        number = int(match["number"])
        return number if number in self.footnotes else None


_NUMBERED_LINE = re.compile(r"(?m)^(?P<number>\d{1,3})[ \t]+(?=\S)")
# A marker follows the vote after at most a few spaces or punctuation marks.
_AFTER_VOTE = re.compile(r"[\s.,;:)]{0,4}?(?P<number>\d{1,3})(?!\d)")


# A footnote alone: its number, then a statement of members who did not vote, and nothing
# else ("15 One member (China) did not participate in the voting.").
_LONE_FOOTNOTE = re.compile(r"\s{0,3}(?P<number>\d{1,3})\s{1,3}(?=[A-Z])")


def _lone_vote_footnote(text: str, attached: set[int]) -> Tally | None:
    """A footnote on members not voting that no vote of the document points to, or None.

    Sentence sets draw such a footnote alone, and their labellers read it as a vote of one
    part; in a document it is read with the adoption line whose marker points to it, so a
    footnote whose number a vote took (``attached``) is skipped.

    >>> lone = _lone_vote_footnote("3 Two members (Chad and Peru) did not participate in "
    ...     "the voting.", set())
    >>> [(part.category, part.count, part.members) for part in lone.parts]
    [('not participating', 2, ['Chad', 'Peru'])]
    >>> _lone_vote_footnote("3 One member did not participate in the debate.", set()) is None
    True
    """
    opening = _LONE_FOOTNOTE.match(text)
    if opening is None or int(opening["number"]) in attached or len(text) > 300:
        return None
    shift = opening.end()
    parts, _ = read_vote_statement(text[shift:])
    if not parts or parts[0].start > 0 or text[shift + parts[-1].end :].strip(" .\n"):
        return None  # the statement must be the whole footnote
    lone = Tally("vote", 0, parts[-1].end, parts)
    lone.shift(shift)
    return lone


def _attach_footnote(doc: Any, markers: _Markers, tally: Tally, number: int) -> list[dict]:
    """Read footnote ``number``; update ``tally`` and return rows for its own parts."""
    if number not in markers.footnotes:
        return []
    paragraph, offset, text = markers.footnotes[number]
    parts, outcome = read_vote_statement(text)
    if outcome is not None and not tally.parts:
        tally.outcome = outcome
    if outcome is not None and tally.parts and outcome != "adopted":
        tally.outcome = outcome  # "adopted in parts": more than the adoption line says
    rows = []
    for part in parts:
        start, end = offset + part.start, offset + part.end
        rows.append(
            {
                **_part_values(part),
                "from_footnote": True,
                "paragraph": paragraph,
                "start": start,
                "end": end,
                "raw": doc.text[start:end],
            }
        )
    return rows


class _Span(NamedTuple):
    paragraph: int
    kind: str
    start: int
    end: int


def _spans(doc: Any) -> list[_Span]:
    """The document's paragraphs, some joined to the next ones.

    A paragraph with an unclosed "(" is joined to the next: a list of states in
    parentheses may be cut where a line ends in a full stop ("(Belgium.\nFrance, ...)");
    the grammar needs the whole list. Consecutive paragraphs that each hold nothing but
    a role and its count ("In favour: 24" / "Against: 6" / "Abstentions: 12", blank lines
    between), or that each open with a side listed with its count and members ("In
    favour (3): Chad, Mali, Peru" / "Against (1): Fiji"), are one vote to a reader: they
    are joined too. A tally read from joined paragraphs carries the number of the first
    one; its span runs to the end of the last.
    """
    # Python ints and strings either way (tolist() gives Python scalars): no conversions
    if hasattr(doc, "paragraph_records"):  # plain tuples: no table to build and index
        rows = [_new_span((p, k, s, e)) for p, k, _, s, e, _ in doc.paragraph_records()]
    else:
        paragraphs = doc.paragraphs
        columns = (paragraphs[c].tolist() for c in ("paragraph", "kind", "start", "end"))
        rows = list(map(_new_span, zip(*columns, strict=True)))
    text = doc.text
    spans: list[_Span] = []
    index = 0
    while index < len(rows):
        span = rows[index]
        index += 1
        if span.kind != "footnote":  # a footnote is joined to nothing
            while index < len(rows) and _joins(text, span.start, rows[index - 1], rows[index]):
                index += 1
            if rows[index - 1] is not span:
                span = span._replace(end=rows[index - 1].end)
        spans.append(span)
    return spans


#: ``_Span`` from the tuple of its fields, without the Python frame of a NamedTuple's
#: ``__new__`` (as ``new_number``): a document has hundreds of paragraphs.
_new_span: Callable[[tuple[int, str, int, int]], _Span] = functools.partial(tuple.__new__, _Span)


def _joins(text: str, start: int, before: _Span, after: _Span) -> bool:
    """Whether :func:`_spans` joins paragraph ``after`` to the span from ``start``.

    ``before`` is the span's last paragraph so far. The tests are those the docstring of
    :func:`_spans` names, each written out once here (a document asks this of every
    paragraph): the cheap ones first, and a role line or a listed side looked for only
    where the paragraph is short enough, or holds "):" near its start.
    """
    if after.kind == "footnote" or after.end - start >= 3000:
        return False
    if text.rfind("(", start, before.end) > text.rfind(")", start, before.end):
        return True  # a "(" after the last ")" (searched in place: no copy)
    if before.kind == after.kind == "other" and _continues(text, before.end, after.start):
        return True  # running prose
    if (
        before.end - before.start < ROLE_LINE_LENGTH
        and after.end - after.start < ROLE_LINE_LENGTH
        and is_role_line(text[before.start : before.end])
        and is_role_line(text[after.start : after.end])
    ):
        return True
    if _opens_side(text, before) and _opens_side(text, after):
        return True
    return _joins_role_lists(text, before, after)


# The last word of a paragraph that stops in the middle of its sentence: "..., with" /
# "71 abstentions". A word that joins what follows, or a comma.
_OPEN_END = re.compile(
    r"(?:,|\b(?:with|and|or|to|of|by|in|for|against|while|whereas|which|were|was|the|a|an))"
    r"[ \t]{0,3}$"
)
# How the rest of such a sentence opens: a lower-case word or a count before one ("71
# abstentions"); a numbered paragraph ("1. Decides", "2) ...") starts anew.
_GOES_ON = re.compile(r"[a-z]|\d[\d,]{0,12}[ \t]{1,3}[a-z(]")


def _continues(text: str, end: int, start: int) -> bool:
    r"""Whether the paragraph at ``start`` goes on with the sentence cut at ``end``.

    A verbatim record or a press release may break a sentence with a blank line ("2
    against (...), with" / "71 abstentions"). The next paragraph must open on a
    lower-case word or a count before one (not "2. Requests"); the one before must end on
    a comma or a word that joins ("with", "and", "to"). Role lines that each end a
    sentence are joined by :func:`is_role_line`, not here.

    >>> _continues("adopted by 9 votes to 2, with\n\n3 abstentions.", 29, 31)
    True
    >>> _continues("adopted by 9 votes to 2.\n\n3 abstentions.", 24, 26)
    False
    """
    if start >= len(text) or not (text[start].isdigit() or text[start].islower()):
        return False
    return (
        _GOES_ON.match(text, start) is not None
        and _OPEN_END.search(text, max(0, end - 12), end) is not None
    )


def _opens_side(text: str, span: _Span) -> bool:
    """Whether a paragraph opens with a listed side of a vote ("Against (2): Chad, Peru")."""
    return text.find("):", span.start, span.start + 40) >= 0 and opens_listed_side(text, span.start)


# The longest role list of names read as a paragraph of its own (some 130 names).
_ROLE_LIST_LENGTH = 2_500
# The longest paragraph joined to role lists of names as the statement of their vote.
_LIST_STATEMENT_LENGTH = 600


def _is_role_list(text: str, span: _Span) -> bool:
    """:func:`is_role_list` of a paragraph of prose."""
    return (
        span.kind == "other"
        and span.end - span.start < _ROLE_LIST_LENGTH
        and is_role_list(text, span.start, span.end)
    )


def _joins_role_lists(text: str, before: _Span, after: _Span) -> bool:
    """Whether ``after`` goes on with the roll-call whose paragraph ``before`` is.

    A roll-call printed one role a paragraph ("In favour: Chile, Peru." / "Against:
    Poland.") is joined: to the sentence before it that ends on a colon ("..., with 1
    abstention, as follows:"), to its other role lists, and to the short statement of the
    vote after its last list ("The draft resolution was adopted by 2 votes to 1.").
    """
    if _is_role_list(text, after):
        return _is_role_list(text, before) or text[before.start : before.end].rstrip().endswith(":")
    return (
        after.kind == "other"
        and after.end - after.start < _LIST_STATEMENT_LENGTH
        and text.find("vote", after.start, after.end) >= 0
        and _is_role_list(text, before)
    )


def _repeats(text: str, previous: dict, offset: int, tally: Tally) -> bool:
    """Whether ``tally`` repeats the previous row's phrase with only blank space between."""
    start = offset + tally.start
    return (
        previous["raw"] == text[start : offset + tally.end]
        and previous["end"] <= start
        and not text[previous["end"] : start].strip()
    )


def extract_tallies(doc_or_text: Document | str) -> pd.DataFrame:
    """Find the tallies of a document: survey splits, votes and percentage breakdowns.

    Parameters
    ----------
    doc_or_text
        A :class:`~surveystats.documents.Document`, or a string, which is parsed with
        :func:`~surveystats.documents.parse_document` first; as in
        :func:`~surveystats.extract.numbers.extract_numbers`, a string holding nothing
        but what page furniture removal takes away is read as it is, and an empty
        string has no tallies.

    Returns
    -------
    pandas.DataFrame
        One row per category of each tally (an outcome-only vote has one row with no
        category), in document order, with columns

        ``tally`` (int)
            Id of the tally within the document (0, 1, ...); rows of one tally share it.
        ``kind`` (str)
            ``"survey"`` (counts that split a group), ``"vote"`` or ``"breakdown"``
            (percentages that split a group, or counts that make up a stated whole:
            "The 48 least developed countries comprise 33 in Africa, ...", "Of the 32
            landlocked developing countries, 16 are in Africa, 10 in Asia ...").
        ``subject`` (str or NA)
            Who was counted, as written ("respondents", "Governments"); NA if unstated.
        ``category`` (str or NA)
            The label as written: "in favour", "against", "abstentions", "not
            participating", "absent", "present and not voting", "partially in favour",
            or a survey clause's predicate; NA on an outcome-only row.
        ``count`` (Int64, or Float64 when any row is a percentage)
            The count (0 for "none"); NA on an outcome-only row. Never invented.
        ``unit`` (str or NA)
            ``"count"`` or ``"percent"``; NA on an outcome-only row.
        ``total`` (Int64)
            A stated total ("Of the 112 Governments that replied" -> 112).
        ``qualifier`` (str or NA)
            "a total of", "some", "about", "at least", "nearly", "approximately" ...
        ``members`` (str or NA)
            States named for this category, "; "-joined.
        ``flags`` (str or NA)
            "; "-joined: "ocr_corrected" (a count, word or name read through OCR
            noise), "parts_do_not_sum_to_total", "parts_exceed_100_percent",
            "members_do_not_match_count", "outcome_only", "from_footnote" (the row was
            read from the footnote the vote's marker points to), "footnote: <outcome>"
            (a footnote qualifies a counted vote, e.g. "adopted in parts").
        ``outcome`` (str or NA)
            For the adoption line of a resolution: "adopted" (counts given, or none
            stated), "adopted unanimously", "adopted without a vote", "adopted by
            consensus", "adopted in parts" (no vote on the text as a whole); for a vote
            in running text the outcome its sentence states: "adopted", "rejected",
            "vetoed" (also with no counts: "The draft resolution was vetoed", "failed
            to be adopted owing to the negative vote of a permanent member"). NA when
            no outcome is stated.
        ``paragraph``, ``start``, ``end`` (int)
            Paragraph number and character offsets into ``Document.text``.
        ``raw`` (str)
            The whole tally phrase, ``Document.text[start:end]``; rows read from a
            footnote carry the footnote sentence instead.

    Raises
    ------
    ValidationError
        If ``doc_or_text`` is neither a Document nor a string.

    Notes
    -----
    Linear-time grammar: every regular expression repetition is bounded and clauses are
    found with non-overlapping scans, so adversarial input ("and and and ...") is fast.

    Examples
    --------
    >>> from surveystats import read_document, example_path
    >>> table = extract_tallies(read_document(example_path()))  # doctest: +SKIP
    >>> table[["category", "count"]].values.tolist()  # doctest: +SKIP
    [['in favour', 47], ['partially in favour', 5], ['against', 26]]
    """
    return _frame(_tally_rows(doc_or_text))


def tally_columns(doc_or_text: Document | str) -> dict[str, list[Any]]:
    """:func:`extract_tallies` as plain lists, one per column, before the table is built.

    :mod:`surveystats.extract.bulk` builds one table for many texts from these.
    """
    return _columns(_tally_rows(doc_or_text))


class _OneLine:
    """A text of one plain line as the document reader would make it: one paragraph.

    Only a line longer than any page furniture qualifies (see :func:`_is_plain_text`), so
    the reader would keep it whole, as paragraph 0 (never a footnote, so no markers).
    """

    def __init__(self, text: str) -> None:
        self.text = text

    def paragraph_records(self) -> list[tuple[Any, ...]]:
        return [(0, "other", None, 0, len(self.text), self.text)]

    def marker_records(self) -> list[tuple[Any, ...]]:
        return []

    def footnote_records(self) -> list[tuple[Any, ...]]:
        return []


# Page furniture (page numbers, job numbers, running heads) is never longer than this
# many characters, and a longer line that starts with none of "_-=*" is no separator:
# surveystats.documents.furniture keeps it as text.
_LONGEST_FURNITURE = 40


def _is_plain_text(text: str) -> bool:
    """Whether ``text`` may skip the document reader: one line no furniture can be."""
    return len(text) > _LONGEST_FURNITURE and text[0] not in "_-=*" and is_one_plain_line(text)


def _tally_rows(doc_or_text: Document | str) -> list[dict]:
    from surveystats.documents import is_document, parse_document

    if isinstance(doc_or_text, str) and _is_plain_text(doc_or_text):
        doc: Any = _OneLine(doc_or_text)  # a sentence: the reader would change nothing
    elif isinstance(doc_or_text, str) and not doc_or_text.strip():
        return []
    elif isinstance(doc_or_text, str):
        try:
            doc = parse_document(doc_or_text)
        except DocumentError:
            # Nothing but what page furniture removal takes away ("1", "Page 3"): a text
            # given as a string is read as it is, as extract_numbers reads it.
            doc = _OneLine(doc_or_text)
    elif is_document(doc_or_text):
        doc = doc_or_text
    else:
        raise ValidationError(
            "doc_or_text must be a Document or a str; got "
            f"{type(doc_or_text).__name__} (read a file with read_document(path))"
        )
    rows: list[dict] = []
    tally_id = 0
    markers = _Markers(doc)
    numbers = find_numbers(doc.text)  # once for the document, then shared out
    starts = [number.start for number in numbers]
    marker_starts = sorted(markers.by_start)
    attached: set[int] = set()  # footnotes a vote took
    for paragraph in _spans(doc):
        text = doc.text[paragraph.start : paragraph.end]
        is_footnote = paragraph.kind == "footnote"
        first = bisect.bisect_left(starts, paragraph.start)
        last = bisect.bisect_left(starts, paragraph.end, first)
        if paragraph.start == 0:  # a text of one paragraph: offsets need no shift
            own = [number for number in numbers[first:last] if number.end <= paragraph.end]
        else:  # built from the fields: _replace costs about five times as much
            shift = paragraph.start
            own = [
                new_number((start - shift, end - shift, raw, form))
                for start, end, raw, form in numbers[first:last]
                if end <= paragraph.end
            ]
        first_marker = bisect.bisect_left(marker_starts, paragraph.start)
        last_marker = bisect.bisect_left(marker_starts, paragraph.end, first_marker)
        own_markers = {start - paragraph.start for start in marker_starts[first_marker:last_marker]}
        found = _find_in_runs(text, footnote=is_footnote, numbers=own, markers=own_markers)
        if not found and own and (lone := _lone_vote_footnote(text, attached)) is not None:
            found = [lone]
        for tally in found:
            if is_footnote and tally.kind == "vote" and not tally.parts:
                continue
            if tally.kind != "vote" and any(
                paragraph.start + part.start in markers.by_start for part in tally.parts
            ):
                continue  # a footnote marker read as a count: "(1991), 92 expressed"
            extra: list[dict] = []
            if tally.kind == "vote" and not is_footnote:
                number = markers.after(paragraph.start + tally.end)
                if number is not None:
                    extra = _attach_footnote(doc, markers, tally, number)
                    attached.add(number)
            if not tally.parts and rows and _repeats(doc.text, rows[-1], paragraph.start, tally):
                continue  # the same adoption line printed twice in a row
            tally_rows = _rows_for(tally, tally_id, int(paragraph.paragraph), paragraph.start, text)
            if extra and not tally.parts:
                # The footnote gives parts to an outcome-only line: it is no longer one.
                tally_rows = []
            if extra:  # the tally's own values under each row the footnote adds
                template = _rows_for(tally, tally_id, 0, 0, text)[0]
                for row in extra:
                    tally_rows.append({**template, **row, "unit": "count"})
            rows.extend(tally_rows)
            tally_id += 1
    return rows
