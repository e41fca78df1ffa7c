"""Pathological inputs: is reading and extraction linear in the size of the text?

For each family of hostile text (a huge single line, 100,000 digits in a row,
"forty-forty-forty...", "and and and...", runs of "/", "-", ".", symbol-shaped
digits, nested parentheses, ...) this times ``parse_document`` + ``extract_numbers`` +
``extract_tallies`` at a small and a large size and prints the ratio of the times. A
linear pipeline gives a ratio close to the ratio of the sizes (10 by default); a
quadratic one gives about 100.

Run on demand (not in CI)::

    .venv/bin/python benchmarks/bench_pathological.py              # 100 KB vs 1 MB
    .venv/bin/python benchmarks/bench_pathological.py --small 20000 --large 200000
    .venv/bin/python benchmarks/bench_pathological.py --family digits --family forty
    .venv/bin/python benchmarks/bench_pathological.py --repeat 3   # best of 3 rounds
    .venv/bin/python benchmarks/bench_pathological.py --single-line-mb 5
    .venv/bin/python benchmarks/bench_pathological.py --audit-regexes   # structure only
    .venv/bin/python benchmarks/bench_pathological.py --memory-mb 10    # peak memory

Each measurement runs under an alarm (``--timeout``, CPU seconds); a family that exceeds it
is reported as ``TIMEOUT`` rather than hanging the benchmark. The families are also used
by ``tests/test_robustness.py`` at small sizes, so the test suite checks that every
family is processed without an error (it measures nothing).
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The checkout this file is in, not whichever surveystats the interpreter finds first: run
# as ``python benchmarks/bench_pathological.py`` the script's own folder heads sys.path and
# an editable install elsewhere (another worktree, an older commit) would be timed.
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# An ordinary UN-like sentence, used to build a huge single line and mixed families.
SENTENCE = (
    "Of the 112 Governments that replied, forty-seven (42.0 per cent) were in favour, "
    "26 against and 5 partially in favour; see A/56/563 of 21 December 2001, "
    "resolution 55/199 and S/RES/1373 (2001), adopted by 120 votes to 2, with 10 "
    "abstentions, at a cost of US$ 2.3 million. "
)


def _repeat(unit: str) -> Callable[[int], str]:
    """A family made by repeating ``unit`` up to ``size`` characters."""

    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return make


def _paragraphs(unit: str) -> Callable[[int], str]:
    """A family of many short paragraphs (each ``unit`` followed by a blank line)."""
    return _repeat(unit + "\n\n")


def _nested_parentheses(size: int) -> str:
    half = size // 2
    return "(" * half + ")" * (size - half)


#: family name -> function(size in characters) -> text of that size
FAMILIES: dict[str, Callable[[int], str]] = {
    "single_line": _repeat(SENTENCE),
    "sentence_paragraphs": _paragraphs(SENTENCE),
    "digits": _repeat("1234567890"),
    "digit_groups": lambda size: "1" + _repeat(",000")(size - 1),
    "decimals": lambda size: "1." + _repeat("5")(size - 2),
    "forty": _repeat("forty-"),
    "forty_spaced": _repeat("forty "),
    "number_words": _repeat("one hundred and twenty-three thousand and "),
    "and": _repeat("and "),
    "slashes": _repeat("/"),
    "dashes": _repeat("-"),
    "dots": _repeat("."),
    "commas": _repeat(","),
    "spaces": _repeat(" x"),
    "digit_symbols": _repeat("1/"),
    "letter_symbols": _repeat("A/"),
    "symbol_parts": lambda size: "A/56/" + _repeat("C.2-")(size - 5),
    "dotted_digits": _repeat("1."),
    "dashed_digits": _repeat("1-"),
    "parentheses": _repeat("("),
    "nested_parentheses": _nested_parentheses,
    "per_cent": _repeat("per cent "),
    "digit_per_cent": _repeat("5 per cent "),
    "votes_to": _repeat("votes to "),
    "recorded_votes": _repeat("by 10 votes to 3, with "),
    "in_favour": _repeat("in favour, "),
    "dates": _repeat("1 January 2001 to "),
    "months": _repeat("December "),
    "day_months": _repeat("5 May "),
    "plain_words": _repeat("x" * 50 + " "),
    "number_words_hyphened": _repeat("one-"),
    "footnote_lines": _paragraphs("12 See"),
    "markers": _repeat("[DU1]"),
    "ods_fields": _repeat("<<ODS JOB NO>>"),
    "blank_lines": _repeat("\n"),
    "short_lines": _repeat("1.\n"),
    "capitals": _repeat("A"),
    "dollars": _repeat("$"),
    "of_the": _repeat(" of the"),
    # a lower-case line after blank lines continues the paragraph before them: one
    # paragraph that grows by a line at a time
    "blank_separated_words": _repeat("word\n\n\n"),
    # adoption lines without a full stop: one paragraph of adoption lines
    "adoption_lines": _repeat("Adopted at the 1st meeting\n"),
    # the same with a vote on each line, which carries the line's outcome
    "adoption_votes": _repeat("Adopted at the 1st meeting by 10 votes to 3\n"),
    # one line full of the word that opens an adoption line
    "adoption_words": _repeat("Adopted "),
    # fragments of an enumeration that never closes: each would make a backtracking
    # tally grammar retry from every count
    "one_ones": _repeat("1 "),
    "by_by": _repeat("by "),
    "percent_list": _repeat("5 per cent, "),
    "were_against": _repeat("7 were against, "),
    # the tally forms of issue #15 (tallies3): label and count pairs, names in apposition,
    # composed and scaled totals, label-first shares (one long chain of them built one
    # table row per part quoting the whole chain: quadratic before parts were capped),
    # bare "N to M" near abstentions, trailing absent members, "N of which"
    "label_pairs": _repeat("The result of the vote was: in favour, 104; against, 8; "),
    "appositive_names": _repeat("three members, Ghana, Chad, Fiji and Peru and Oman, "),
    "composed_totals": _repeat("The 48 countries comprise 33 in Africa, "),
    "scaled_counts": _repeat("Of the 2.4 million refugees, 1.5 million were in the north and "),
    "label_first_shares": _repeat("Agriculture accounted for 38 per cent of exports, X for "),
    "bare_votes": _repeat("the vote of 45 to 12 with 8 abstentions "),
    "absent_members": _repeat("by 150 votes to 3; 28 Member States were absent; "),
    "of_which": _repeat("responses from 73 countries, 41 of which were developing countries, "),
    # the vote forms of issue #15 (tallies4): lists of votes with "respectively", one-count
    # votes of those against, shares of the votes cast, yes/no votes, "the vote was N to M"
    "respective_votes": _repeat("adopted by 120 to 2, 118 to 3 and 125 to 1 respectively, by "),
    "respective_open": _repeat("by 120 to 2, 118 to 3, "),
    "only_against": _repeat("adopted with only 3 against and "),
    "percent_votes": _repeat("The draft obtained 62 per cent of the votes cast, "),
    "votes_yes": _repeat("128 votes yes, 7 no, "),
    # one sentence that holds many short splits: each of them once looked at every figure
    # and every other tally of the sentence for its whole (quadratic before session 22)
    "many_splits": _repeat("12 in Chad and 9 in Mali, while "),
    "vote_was": _repeat("the vote was 97 to 21, the Council voted 9 to 6, "),
    # label-first counts under a stated whole, shares by place
    "label_first_counts": _repeat("Of the 36 projects, Africa accounted for 15, Asia for "),
    "shares_by_place": _repeat("62 per cent of the projects were in Africa, "),
    "affirmative_votes": _repeat("adopted by the affirmative vote of 12 members with none "),
    # the vote forms of issue #15 (tallies5): roles in any order, one role after "with" or
    # "there were", parallel votes, label pairs with dashes, percentages of a referendum,
    # voters described before "voted", "supported by N out of M members", roles by names
    "roles_any_order": _repeat("by 90 votes, with 22 abstentions and 6 against, 12 against, "),
    "with_role": _repeat("adopted with only 7 abstentions, with 5 countries voting against "),
    "there_were": _repeat("There were 12 against, 130 in favour and "),
    "parallel_votes": _repeat("adopted, the first by 98 votes to 8, the second by 95 to 10, "),
    "dash_pairs": _repeat("The vote: In favour — 93. Against — 24. "),
    "referendum_percent": _repeat("in the referendum 78.5 per cent voted for independence, "),
    "voters_described": _repeat("19 countries on the board of it, including Chile, voted for "),
    "supported_by": _repeat("the resolution was supported by 143 out of 193 members of the "),
    "named_roles": _repeat("by 90 votes, while Russia, China and Cuba opposed it, Chile and "),
    "dash_voters": _repeat("Five countries -- Bolivia, China, Ethiopia -- voted in favour, "),
    # issue #15 (tallies6): labels before parenthesised figures (one chain capped at
    # _MAX_PARTS, then a new one), an opening parenthesis that never closes, a whole that
    # is the object of a verb before "of whom"
    "paren_counts": _repeat("Asia (12), "),
    "paren_shares": _repeat("Africa (60 per cent), "),
    "paren_open": _repeat("Latin America and the Caribbean (12 "),
    "object_of_whom": _repeat("employed 5,210 staff, of whom "),
    # one part of a survey's whole (tally_surveys), complete and never ended
    "survey_sent": _repeat(
        "The survey was sent to 150 States; 96 replied, a response rate of 64 per cent; "
    ),
    "survey_rate_open": _repeat("a response rate of 57 per cent (110 of 193 Member States "),
    "survey_did_so": _repeat(
        "Of the 193 States invited to complete the questionnaire, 112 did so, "
    ),
    "survey_of_which": _repeat("Replies were received from 58 Governments, of which 41 reported "),
    "survey_nominal": _repeat("replies to the note verbale of the "),
    "survey_sent_replies": _repeat(
        "118 States had submitted their responses to the questionnaire, "
    ),
    "survey_out_of": _repeat("In all, 104 out of the 191 Member States (54 per cent) responded, "),
    "survey_or_share": _repeat("93 Governments, or 48 per cent of the membership, replied, "),
    "survey_of_respondents": _repeat("61 of the 112 respondents (54 per cent) said that "),
    # lists paired by "respectively", closed and never closed
    "respective_shares": _repeat("A, B and C accounted for 41, 33 and 26 per cent respectively, "),
    "respectively_words": _repeat("1, 2 and 3 respectively "),
    "respective_lists": _repeat("Africa, Asia, Europe, 12, 8, "),
    # a whole and its parts in parentheses, closed and never closed
    "aside_parts": _repeat("documented 2,258 civilian casualties (763 deaths and 1,495 injured) "),
    "aside_open": _repeat("2,258 civilian casualties (763 deaths, 1,495 injured, "),
    # the vote forms of issue #15 (votes2): roles before their voters, votes yes and no,
    # a vote continued after ";", support stated with a noun, press-release lines
    "role_first": _repeat("Voting in favour were 31 delegations, while voting against were "),
    "voted_yes": _repeat("98 delegations voted yes, 15 voted no, "),
    "absent_and": _repeat("by 25 votes to 3; four members were absent and "),
    "support_after": _repeat("voted against the draft, which received the support of "),
    "vote_lines": _repeat("Votes in favour: 20\nVotes against: 7\n"),
    # tallies7: a role put first with the voters' body (a place that never ends), role
    # lines each in their own paragraph (a run that never ends)
    "role_first_place": _repeat("Voting in favour were 31 members of the Board and the "),
    "role_paragraphs": _paragraphs("In favour: 24\n\nAgainst: 6"),
    # support counted in voters, vetoes with no counts, a role named after "with"
    "support_of": _repeat("the text was adopted with the support of 131 Member States of "),
    "majority_of": _repeat("adopted by an overwhelming majority of 150 States, by a "),
    "vetoes": _repeat("was vetoed, China vetoed the draft, failed to be adopted owing to "),
    "with_named": _repeat("by 13 votes to none, with China and Brazil abstaining, with "),
    "dashed_votes": _repeat("by a vote of 14-0-1, the Council voted 13-2-"),
    # votes3: dashed figures after a verb of outcome and its object, before "vote";
    # "votes for" as the role in favour
    "dashed_after_verb": _repeat("was adopted the text of the draft 15-0-1 approved it 14-"),
    "dashed_before_vote": _repeat("in a 14-1 vote, their 13-0-2 votes, a 12-12-"),
    "votes_for": _repeat("by 158 votes for and 3 against, 99 votes for, 9 votes for "),
    "percent_majority": _repeat("by a majority of more than 90 per cent, the Parliament "),
    "percent_sides": _repeat("in the referendum 63 per cent in favour of union and "),
    # breakdowns2: a whole with a colon and prepositional parts; label-first shares with a
    # last clause; a later share of the same whole ("up from")
    "colon_preposition": _repeat("The Office received 64 submissions: 41 from States, "),
    "share_last_clause": _repeat("girls 47 per cent, and 1 per cent were not recorded, "),
    "share_up_from": _repeat("hosts 84 per cent of refugees, up from 70 per cent, "),
    "comparison_aside": _repeat("62.5 per cent (60.1 per cent in 2010) were women and "),
    "include_by_place": _repeat("now include 18 countries in Africa, 9 in Asia, "),
    # tallies8: one part of a stated whole (a breakdown), complete and with a clause that
    # never ends
    "one_part_of_the": _repeat("Only 3 of the 12 recommendations have been implemented; "),
    "one_part_whole_first": _repeat("Of the 64 projects, 48 were completed on time, "),
    "one_part_of_which": _repeat("The Committee held 20 meetings, 5 of which were closed, "),
    "one_part_out_of": _repeat("Three out of the 15 judges dissented and "),
    "one_part_open_clause": _repeat("2 of the 9 judges have been now already "),
    # tallies8: survey forms (replies from N of the M, a passive "completed by", a share of
    # a stated whole after the clause, a response rate after a one-count fact)
    "survey_from_of_the": _repeat(
        "Replies were received from 37 of the 52 members (71 per cent), "
    ),
    "survey_completed_by": _repeat("The questionnaire was completed by 120 of 190 Member States, "),
    "share_of_stated_whole": _repeat(
        "86 countries submitted reports, representing 45 per cent of the 191 Member States, "
    ),
    "rate_after_fact": _repeat("74 Governments replied, a response rate of 39 per cent, "),
    # tallies8: a whole of counted nouns after a composition verb, and shares ranked with
    # "followed by" (one chain capped at _MAX_PARTS, then a new one)
    "counted_whole_nouns": _repeat("The caseload comprises 2.1 million persons and 310,000 "),
    "followed_by_shares": _repeat("the largest share in Asia (38 per cent), followed by "),
    # tallies9: one share of a stated whole or of those who replied (whole first, whole
    # after the share with a scale word, a relative clause), each alone in its paragraph
    # and chained with no end
    "share_whole_first": _paragraphs(
        "Of the 4.1 million displaced persons, 47 per cent were women."
    ),
    "share_of_scaled_whole": _paragraphs(
        "About 45 per cent of the 3.1 million children were girls."
    ),
    "share_of_replied": _paragraphs(
        "Sixty-two per cent of the Governments that responded indicated that they had a policy."
    ),
    "there_were_colon": _repeat("There were 2,215 General Service staff: 1,301 women and "),
    # What the side against voted on before the next role; a failing aside between sides.
    "role_object": _repeat("52 votes in favour and 71 against the motion, with "),
    "voted_percent": _repeat("voted overwhelmingly, 91 per cent, in favour and 9 per cent "),
    "joined_voters": _repeat("four countries joined France, Chad and Fiji in voting against "),
    "failing_aside": _repeat(
        "6 members voted in favour, failing to pass the threshold of nine. 4 voted against it. "
    ),
    "share_chain_open": _repeat("Of the 2.4 million returnees that replied, 70 per cent went "),
    # tallies10: a share after "of whom" alone in its paragraph and chained with no end,
    # and a label joined by "and" with no count after it
    "share_of_whom": _paragraphs(
        "The Office employed 4,870 staff, 38 per cent of whom were women and girls."
    ),
    "share_of_whom_chain": _repeat("1.2 million fled, nearly 20 per cent of whom were "),
    "label_and_chain": _repeat("Of the 640 detainees, 210 were women and girls and "),
    "amount_whole_chain": _repeat("Expenditure totalled 8,412, of which 6,075 amounted to "),
    "survey_received": _repeat("The survey received 1,350 responses, a response rate of "),
    "label_first_share": _paragraphs(
        "Women accounted for 55 per cent of the 3.4 million refugees."
    ),
    "label_first_chain": _repeat("women accounted for 55 per cent of the 3.4 million women "),
    "of_them_places": _repeat("Asia hosted 12 million of them, Africa 7 million of them, "),
    # tallies11: answers as sides, a side in a later clause, dashed figures after "by vote
    # of", sides around "which", one side of a failed text, sentences broken by blank lines
    "answer_votes": _repeat("12 “yes” votes, 5 'no' votes, 4 votes of yes and 3 ayes to "),
    "later_side": _repeat("38 in favour and 2 against -- yet there were 15 abstentions; "),
    "by_vote_of": _repeat("ADOPTED BY VOTE OF 101-14-47 BY VOTE OF 3-5 June "),
    "relative_sides": _repeat("4 States opposed the text, which 88 States supported, which "),
    "failed_votes": _repeat("The draft failed, receiving only 14 votes, was rejected, "),
    "broken_sentences": _repeat("adopted by 131 votes to 3 (Nauru and Palau), with\n\n"),
    # tally_lists: one endless list of each shape, and many short sentences of lists
    "list_preposition": _repeat("12 came from Chile, 9 from Peru, "),
    "list_label_comma": _repeat("Kenya, 310; "),
    "list_label_paren": _repeat("Somalis (3 per cent), "),
    "list_dashed_aside": _repeat("5 to Gao -- some 2 per cent -- "),
    "list_noun_sentences": _repeat("Some 14 teachers, 9 nurses and 3 engineers were hired. "),
    "list_runs_broken": _repeat("Kenya, 310; 5 May; "),
    # tallies13: a part "of them" after the whole's clause, an appositive part "N with X",
    # "N nouns out of M", a scaled whole and a part with thousands after "of whom"
    "of_them_clause": _repeat("42 States replied to the note; 30 of them in Asia, "),
    "appositive_part": _repeat("adopted 58 resolutions, 14 with recorded votes, "),
    "noun_out_of": _repeat("48 countries out of 96, or half, have met 12 of "),
    "scaled_of_whom": _repeat("2.4 million people fled, of whom 1,100,000 were "),
    "share_then_count": _repeat("of 120 States that replied, 40% (48) of these had (71%, "),
    "reply_total_after": _repeat("60 States replied, and two others, making a total of 62 "),
    "survey_counts": _repeat("a survey in which 2,500 staff participated, representing 12 "),
    "reports_received": _repeat("has received 175 national reports, representing 90 per cent of "),
    "share_after_whom": _repeat("250,000 persons returned, of whom 40 per cent were "),
    "contributed_part": _repeat("In 2019, France contributed 900 of the 14,000 troops "),
    "part_own_noun": _repeat("Of the 73 elections held, 28 countries had seats, "),
    # surveys14: a year dating a whole before its part, placed parts after a whole's
    # clause, a part after "including", a whole asked then those who replied, shares of
    # those polled, "for a total of"
    # (sentences end: a run-on sentence of these is superlinear in tally_lists on main too,
    # see the closing note of surveys14)
    "year_in_whole": _repeat("It delivered 27 judgements in 2009, 8 of them on appeal. "),
    "placed_parts": _repeat("Some 640 observers were deployed, 210 in the north, "),
    "including_part": _repeat("It considered 146 communications, including 58 registered. "),
    "asked_then_replied": _repeat("While 192 States were asked to reply, 81, or 42 per cent, "),
    "those_polled": _repeat("Of those polled, 57 per cent favoured it and 31 per cent "),
    "for_a_total": _repeat("from 41 States and 7 agencies, for a total of 48 "),
    # lists14: a make-up of counted nouns, a whole then its parts in an aside or after
    # "including", verbs as categories, labels first with the verb elided, bounds in labels
    "list_make_up": _repeat("comprises 12 civilian units, 4 military units and "),
    "list_aside_make_up": _repeat("adopted 37 texts (30 resolutions, 5 decisions), "),
    "list_including": _repeat("620 personnel, including 460 troops and 40 police, "),
    "list_verb_categories": _repeat("approved 48 proposals, deferred 112 and rejected 19, "),
    "list_label_elided": _repeat("Troops numbered 9,200, police 1,100 and civilian staff "),
    "list_share_bounds": _repeat("25 per cent were under 18, 60 per cent were aged 18 to 64, "),
    "list_short_runs": _repeat("The 40 cases involved 12 schools and 9 clinics; 5 May; "),
    # votes14: label pairs that open sentences, asides between sides, ballots of support,
    # "the vote on X was N-M-K", a parallel "by N-M-K", a quoted "yes" with the noun after
    # the "no", an object before "to N against", headlines and a bare vote after a verb
    "pair_sentences": _repeat("Yes: 97. No: 12. Abstentions: 33. Not voting: 5. For: 3. "),
    "side_asides": _repeat("311 voted in favour -- or 88 per cent of the votes -- and "),
    "ballot_support": _repeat("received 118 valid ballots from member countries in "),
    "vote_on_dashed": _repeat("The vote on the first draft was 80-10-25; the second by "),
    "quoted_answers": _repeat("12 “Yes” and 9 “No” votes, 7 'Yes' and "),
    "favour_object_to": _repeat("41 in favour of the change to 17 against, 8 in favour of "),
    "dashed_headlines": _repeat("ASSEMBLY ADOPTS TEXT ON OCEANS 120-8-40 COUNCIL ADOPTS "),
    "verb_bare_votes": _repeat("on a show of hands, carried 41 to 9, adopted 3 to 5 "),
    "affirmative_sides": _repeat("There being 80 votes in the affirmative and 40 in the "),
    "list_followed_by": _repeat("Asia held 4 per cent (9 million), followed by Chad with "),
    # surveys14, second step: a focus word before a part, a part held by a place ("home
    # to", "hosts", "a region with"), a whole then "were" and its parts, a four-digit whole
    "focus_part": _repeat("Of the 96 offices audited, only 27 were rated, only 3 of them "),
    "held_part": _repeat("Uganda hosts 14 of the 38 settlements, a region with 12 of the 33 "),
    "inverted_part": _repeat("Among the 176 participants were 71 women and 20 youth, "),
    "year_whole": _repeat("Of the 1860 households surveyed, 1,120 responded, "),
    "rate_colon": _repeat("The response rate was 64 per cent: 121 of the 189 States did; "),
    "share_of_respondents": _repeat("Only 7 countries (some 10 per cent of respondents) had "),
    "prevailing_side": _repeat("It was rejected by 51 votes to 36 and voted 58-45 against it, "),
    "to_vote": _repeat("adopted in a 88-to-12 vote and 5-to-"),
    "favour_members": _repeat("by 5 recorded votes in favour (Chile, Peru) to 6 against ("),
    "votes_for_object": _repeat("got 107 votes for its admission, with 14 countries against, "),
    "side_in_parentheses": _repeat("by a vote of 72 to 35 (with 32 abstentions) (with "),
    "inverted_object": _repeat("Voting against allowing a Member to speak were the following 14 "),
    "shared_rejection": _repeat("It rejected one by 48 votes to 30 and another by 45 votes to 3 "),
    # dev16v: votes in support, asides before "voted", members after "including"
    "votes_in_support": _repeat("It got 27 votes in support with 41 States voting against and "),
    "voters_aside": _repeat("Nineteen members of the board, which meets in the U.S. and U.K., "),
    "including_members": _repeat("by 101 votes to 4, including Israel and the United States, "),
    "supported_council": _repeat("The resolution was supported by 13 council members and 13 "),
    "dashed_members": _repeat("The vote was 89-2 (Chile, Peru)-18 and a vote of 7-3 (Iran)-"),
    "title_then_sides": _repeat("Forty voted for the text, titled “Women.” Nine voted against "),
    "split_with_sides": _repeat("the 28 EU members split in their voting, with 10 voting for it, "),
    # dev17v: unquoted "Yes votes", plural "roll-call votes of", names after the count in
    # favour, support "received from" voters, absentees
    "yes_votes": _repeat("It received 40 Yes votes, 14 No votes and 3 absentees, and "),
    "roll_call_votes_of": _repeat("rejected (A/C.1/568) by separate roll-call votes of 51 to "),
    "favour_names_to": _repeat("adopted by 43 votes (Chile, Peru) to 6 and by 40 (N.Z.) to 6, "),
    "backing_from": _repeat("The resolution received backing from 187 member states and "),
    "named_side_again": _repeat('by a 152-5 vote, with Israel and Poland also voting "no" and '),
    "earlier_dashed": _repeat("passed 165–7 with 12 abstentions, down from 187–2 with one "),
    "the_members_voted": _repeat("The 14 other members voted for the text and the 3 members "),
    "quoted_no_votes": _repeat('Israel and Chile were the two "no" votes, the 12 “no” votes '),
    "support_spoke_out": _repeat("131 States voted in support of it, 9 spoke out against and "),
    # dev15b: counts in parentheses with their noun, "action on N", verbs in -ing, a gapped
    # label-first object, a qualified whole after "there were", a whole in the sentence before
    "paren_counted_nouns": _repeat("from Syria (48,400 claims), Iraq (21,300 claims) and "),
    "action_on_gerunds": _repeat("recommending 9 entities and deferring action on 41 others, "),
    "gapped_objects": _repeat("Uganda received 14,000 arrivals, Kenya 9,500 and "),
    "there_were_about": _repeat("There were about 263 million children: 61 million girls, "),
    "sent_then_of_these": _repeat("A survey was e-mailed to 218 offices. Of these, 122 replied. "),
    "aside_between_labels": _repeat("Asia accounted for 48 cases -- half of them -- while Africa "),
    "dashed_names_part": _repeat("Of the 30 applications, four -- from Chad, Mali and Togo -- "),
    "verb_object_on": _repeat("closed cases concerning 430 persons, discontinued work on 38 "),
    "parallel_after": _repeat("28 States with overdue initial reports and 37 States with late "),
    "parallel_before": _repeat("Anbar (42,180 people), Ninewa (42,090) and Dahuk (16,980); "),
    "parallel_whole": _repeat("a total of 7,338 staff of whom 6,549 held long-term posts and "),
    "parallel_extends": _repeat("Nine per cent of these live in A, while 55 per cent live in B "),
    "split_of_share": _repeat("was 44 per cent, divided into 38 per cent at X and 54 per cent "),
    "label_before_verb": _repeat("Asia accounted for half (410) of them, while Africa accounted "),
    "ranking": _repeat("Chile is the country with the most (40), followed by Peru (31), "),
}


class _TimeoutError(Exception):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _TimeoutError


def run_pipeline(text: str) -> tuple[int, int]:
    """``parse_document`` + ``extract_numbers`` + ``extract_tallies``; rows found."""
    from surveystats.documents import parse_document
    from surveystats.errors import SurveyStatsError
    from surveystats.extract.numbers import extract_numbers
    from surveystats.extract.tallies import extract_tallies

    try:
        doc = parse_document(text, name="pathological")
    except SurveyStatsError:
        return 0, 0
    return len(extract_numbers(doc)), len(extract_tallies(doc))


def time_pipeline(text: str, *, timeout: int, repeat: int = 1) -> float | str:
    """Best CPU time of ``repeat`` runs, or why there is none.

    Returns "TIMEOUT" when a run exceeds ``timeout`` seconds and "MEMORY" when it
    exceeds the memory limit set by :func:`main` (quadratic memory).
    """
    best = float("inf")
    previous = signal.signal(signal.SIGPROF, _on_alarm)
    try:
        for _ in range(repeat):
            # CPU time of this process, for the clock and the alarm alike: on a shared
            # machine wall-clock time grows with the load (ten times at a load of 20 on
            # two cores), unevenly between the small and the large size
            signal.setitimer(signal.ITIMER_PROF, timeout)
            began = time.process_time()
            try:
                run_pipeline(text)
            except _TimeoutError:
                return "TIMEOUT"
            except MemoryError:
                return "MEMORY"
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
            best = min(best, time.process_time() - began)
    finally:
        signal.signal(signal.SIGPROF, previous)
    return best


def audit_regexes() -> list[tuple[str, list[str]]]:
    """Every compiled pattern in surveystats whose structure can backtrack badly.

    Walks the parse tree of each module-level ``re.Pattern`` and reports unbounded
    repeats nested in unbounded repeats and unbounded repeats inside lookarounds. A
    finding is a place to look, not a verdict: ``(?:/[A-Z]+)+`` is nested but linear
    because every repetition must consume a "/" its body cannot.
    """
    import importlib
    import pkgutil
    import re
    import re._constants as constants  # type: ignore[import-not-found]
    import re._parser as parser  # type: ignore[import-not-found]

    import surveystats

    repeats = (constants.MAX_REPEAT, constants.MIN_REPEAT)

    def walk(items: Any, nested: int, in_look: bool, found: set[str]) -> None:
        for op, av in items:
            if op in repeats:
                unbounded = av[1] == constants.MAXREPEAT
                if unbounded and nested:
                    found.add("unbounded repeat inside an unbounded repeat")
                if unbounded and in_look:
                    found.add("unbounded repeat inside a lookaround")
                walk(av[2], nested + unbounded, in_look, found)
            elif op == constants.SUBPATTERN:
                walk(av[3], nested, in_look, found)
            elif op == constants.BRANCH:
                for branch in av[1]:
                    walk(branch, nested, in_look, found)
            elif op in (constants.ASSERT, constants.ASSERT_NOT):
                walk(av[1], nested, True, found)
            elif op == constants.ATOMIC_GROUP:
                walk(av, nested, in_look, found)

    patterns: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(surveystats.__path__, "surveystats."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:
            continue
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                patterns.setdefault(id(value), (f"{info.name}.{name}", value))
    report = []
    for name, pattern in sorted(patterns.values(), key=lambda item: item[0]):
        found: set[str] = set()
        walk(parser.parse(pattern.pattern, pattern.flags), 0, False, found)
        if found:
            report.append((name, sorted(found)))
    print(f"{len(patterns)} compiled patterns; {len(report)} to review:")
    for name, found in report:
        print(f"  {name}: {'; '.join(found)}")
    return report


def _best(best: float | str, seconds: float | str) -> float | str:
    """The shorter time; a failure (TIMEOUT, MEMORY) wins over any time."""
    if isinstance(best, str) or isinstance(seconds, str):
        return best if isinstance(best, str) else seconds
    return min(best, seconds)


STAGES = ("parse_document", "extract_numbers", "extract_tallies")


def _stage_memory(stage: str, family: str, size: int) -> float:
    """Peak resident memory that ``stage`` adds, in bytes (run in a fresh process).

    The text is made and the stages before ``stage`` are run first; the growth of the
    process's high-water mark over that is the stage's own peak.
    """
    from surveystats.documents import parse_document
    from surveystats.extract.numbers import extract_numbers
    from surveystats.extract.tallies import extract_tallies

    run_pipeline("warm-up: 5 per cent, adopted by 10 votes to 3.")
    text = FAMILIES[family](size)
    doc = None if stage == "parse_document" else parse_document(text)
    before = _resident("VmRSS")
    with contextlib.suppress(OSError):  # Linux: the high-water mark starts again from here
        Path("/proc/self/clear_refs").write_text("5")
    if stage == "parse_document":
        parse_document(text)
    elif stage == "extract_numbers":
        extract_numbers(doc)
    else:
        extract_tallies(doc)
    return _resident("VmHWM") - before


def _resident(field: str) -> int:
    """Resident memory in bytes: now (VmRSS) or at its peak (VmHWM), from /proc on Linux.

    Elsewhere both are the peak of the whole process (``ru_maxrss``), which hides a
    stage that uses less than what came before it.
    """
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) * 1024
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def measure_memory(size: int, families: list[str]) -> None:
    """Print each stage's peak memory over dense text, as a multiple of the text's size."""
    import concurrent.futures
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # a fresh high-water mark each time
    print(f"peak memory added by each stage, times the input ({size / 1e6:g} MB):")
    print(f"{'family':<20} " + " ".join(f"{stage:>16}" for stage in STAGES))
    for family in families:
        growth = []
        for stage in STAGES:
            with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
                growth.append(pool.submit(_stage_memory, stage, family, size).result())
        print(f"{family:<20} " + " ".join(f"{g / size:15.1f}x" for g in growth), flush=True)


def _format(seconds: float | str) -> str:
    return f"{seconds:>8}" if isinstance(seconds, str) else f"{seconds:8.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=100_000, help="characters (100 KB)")
    parser.add_argument("--large", type=int, default=1_000_000, help="characters (1 MB)")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES))
    parser.add_argument("--timeout", type=int, default=120, help="seconds per run")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds, best kept; each round times the small size 3 times and the large "
        "size once, so a busy machine slows both alike (3 keeps noise out of the ratio)",
    )
    parser.add_argument(
        "--single-line-mb", type=float, default=0, help="also time one single line of N MB"
    )
    parser.add_argument(
        "--memory-gb",
        type=float,
        default=6,
        help="address-space limit, so quadratic memory fails with MEMORY instead of "
        "swapping the machine",
    )
    parser.add_argument(
        "--audit-regexes", action="store_true", help="list risky pattern structures and exit"
    )
    parser.add_argument(
        "--memory-mb",
        type=float,
        default=0,
        help="instead of timing, print the peak memory each stage adds over N MB of the "
        "families given (default: single_line and sentence_paragraphs, dense text)",
    )
    args = parser.parse_args(argv)
    if args.audit_regexes:
        audit_regexes()
        return 0
    if args.memory_mb:
        families = args.family or ["single_line", "sentence_paragraphs"]
        measure_memory(int(args.memory_mb * 1_000_000), families)
        return 0
    limit = int(args.memory_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    families = args.family or list(FAMILIES)
    run_pipeline("warm-up: 5 per cent, adopted by 10 votes to 3.")  # imports, compiled patterns

    size_ratio = args.large / args.small
    print(f"{'family':<20} {'small s':>8} {'large s':>8} {'ratio':>7}   (linear ≈ {size_ratio:g})")
    worst = 0.0
    for name in families:
        make = FAMILIES[name]
        small_text, large_text = make(args.small), make(args.large)
        small: float | str = float("inf")
        large: float | str = float("inf")
        for _ in range(args.repeat):  # interleaved, so that load changes hit both sizes
            small = _best(small, time_pipeline(small_text, timeout=args.timeout, repeat=3))
            large = _best(large, time_pipeline(large_text, timeout=args.timeout))
            if isinstance(large, str):
                break
        if isinstance(small, str) or isinstance(large, str):
            ratio_text = "   n/a"
            worst = float("inf")
        else:
            ratio = large / max(small, 1e-6)
            worst = max(worst, ratio)
            ratio_text = f"{ratio:7.1f}"
        print(f"{name:<20} {_format(small)} {_format(large)} {ratio_text}", flush=True)
    if args.single_line_mb:
        size = int(args.single_line_mb * 1_000_000)
        seconds = time_pipeline(FAMILIES["single_line"](size), timeout=args.timeout)
        print(f"single line of {args.single_line_mb:g} MB: {_format(seconds).strip()} s")
    print(f"worst ratio: {worst:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
