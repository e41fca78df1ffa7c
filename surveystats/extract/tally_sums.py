"""Parts that add up to their whole: a breakdown read by its arithmetic, not its phrasing.

The other readers know a breakdown by how it is written. A reader of English also knows
one by its sums: when a sentence states a whole ("Of the 150 recommendations ...",
"adopted 62 decisions ..., finding ...", "3,420 children ..., of whom ...") and then two
or more counts that add up to it exactly, or two or more shares that add up to 100 within
their rounding, those figures are the parts of that whole, whatever the syntax:

    Of the 150 recommendations received, the State under review supported 112, noted 31
    and partially supported 7.

The rule runs last, on a sentence where the other readers found no tally or only a part
of what it finds (then its reading replaces theirs), in named steps over the numbers and
items those readers already have (no number is searched for again). A sentence of two
figures is read only where one names the rest ("the remaining 938") or is "of the" whole
("accounted for 94 of the 1,032 representatives"):

1. :func:`_figures` -- the FIGURES: counts (no years, dates, money, ordinals, ranges,
   list markers "(1)") and shares; a count in parentheses after a share ("45 per cent
   (63)") is one figure, and so is a count with its share after it ("612 (38.2 per
   cent)", "112, or 61 per cent of the total,", "412 of the grants, or 18 per cent"), a
   count of votes too ("received 1,842,116 votes (48.9 per cent)": its parts make a
   ``vote``), and a share with decimals that is a verb's object ("took 58.5 per cent");
   a known set ("The 460 participants") may only be a whole; counts of votes or
   abstentions, alone or in a list before the noun ("by 50, 48 and 47 votes", "with 2
   and 3 abstentions"), are no figures.
2. :func:`_runs` -- RUNS of figures of one kind, each joined to the one before by a list
   joint ("," ";" "and" "while" "whereas" "as well as"); a figure with no joint before it stands
   inside a label ("in all six official languages") and is passed over; a joint next to
   "to", "from", "between", "than", "per" or "out of" ends the run (a range, a change),
   unless "to" opens a phrase of the label ("612 related to arrest, 389 to ill-treatment
   and ...": a word, no figure, after it).
3. :func:`_best_fits` -- the WHOLE: for counts, a count before the run that it adds up
   to exactly, stated as a whole (a clause opening "Of the N" or "Among the N", "N ...,
   of whom", "including", ":", "accepted 37 of the 41 ...", or the object of the first
   clause with a participle clause after it: "adopted 62 decisions, finding ...", or
   with a semicolon after it: "has 16 judges; 9 are ...", "2,580 arrivals were registered
   in May; 320 in ...", or with a comma after it and
   parts that leave out its noun before a preposition: "registered 47 complaints, 31
   against ...", a known set opening the
   sentence: "The 120 reports came from ...", also where "as follows:" announces its
   parts: "The 870 petitions received in the year were distributed as follows: 410 ...",
   a count right before parentheses that hold the parts, a count earlier in the sentence
   where the parts are bare counts in brackets after their labels: "The 96 posts are
   funded from the regular budget (41), ...", a count of the sentence before where this
   one opens "Of these," or points back at it as its subject: "These included ...", "This
   figure includes ..."), or stated after it ("gives a total of N", "N in all", "stood
   at N", "among the N", "out of N", "make up the Tribunal's bench of N", or the next
   sentence: "The total is N"); where
   another reader found the same parts with better labels and no whole, it takes the
   whole (:func:`_gives_whole`); for shares, 100 within rounding (the whole a count "of
   whom" or "Of the N" names). The longest fitting stretch of a run wins; two fits of
   that length that share a figure or a whole are none; fits that share nothing are two
   splits of one sentence.
4. :func:`_labels` -- each part's LABEL: the words after its figure up to the joint
   before the next figure where words follow the last figure, otherwise the words
   before it back to the joint after the previous figure (the first back to its clause
   start), words on the right read after the share written with a count ("72, or 39 per
   cent, concerned ...", ", representing 39 per cent,", ", equivalent to 39 per cent,")
   and after its noun too where words follow ("4,312 staff members (58 per cent) voted
   to retain ..."); a relative clause may be all of a label ("923 who died"); leading
   joints, auxiliaries, articles and pronouns are trimmed, and a left label's trailing
   verb or preposition ("made up", "accounted for"). Where one preposition stands
   before every figure and the later labels are subjects, the verb and its object were
   written once: the first label is the subject before its verb ("the Fund managed
   procurement in 25, the Bank in 20 and donors in 15"). Where the later labels are
   bare, the first follows its clause's verb even past a relative clause ("36 per cent
   of the staff members who responded were based at Headquarters, 41 per cent at ...")
   and opens on the preposition they open on ("31 of the 50 countries are in Africa, 14
   in Asia"); a verb that reports a clause gives way to the clause's complement ("said
   that the information was very useful" -> "very useful"); names in apposition after a
   count ("and one, Haiti, in the Caribbean") end no label; where every figure follows
   one preposition, the first after its verb ("Staff costs account for 71 per cent ...,
   operational costs for 22 per cent"), the verb is left out after the first part and
   the labels stand on the left. A share in parentheses right after the (up to three)
   words that follow its clause's verb, after a preposition there, is named by them,
   whichever side the other labels stand on ("More than half of the population are women
   (24%) and children (37%), while 39% are men": "women", not the subject; "divided
   between Greece (29%)": "Greece"). Labels are one to ten words and all differ. Where the
   labels fail but other readers read the same counts in pieces (a year in the first
   clause ends one reading: "41 reported having held a census during the 2020 round,
   whereas 12 ... and 7 ..."), their pieces are joined as one tally with the whole
   (:func:`_joined_pieces`).
   A year that opens the first label on the left, or stands between it and its figure,
   dates the clause and is left out where no year stands among the figures ("In 1980
   agriculture accounted for 41 per cent ..." -> "agriculture"); a label that is only a
   preposition ("; in the remaining 22, ...") is none.
5. :func:`_is_series` -- what is NO breakdown: a time series (labels that are years or
   periods, "from ... to", a verb of change between figures), comparisons ("than"),
   bounds ("more than 40 per cent"), rates.

A reading replaces another reader's where it holds all their figures and more, or where
their counts add up to more than their whole and its own add up to it exactly ("1,948,
or 90 per cent, were men and 216, or 10 per cent, were women, including 37 minors"); a
vote of one side ("2,871 (38.6 per cent) voted for change") is replaced only by counts
that all carry their shares, and the reading is then a vote.

After all readers, :func:`attach_summed_whole` gives a split they kept with no whole
the count near it that its parts add up to exactly, wherever the sentence puts it (": 41
States ...", "bringing the total number of ... to 63"), or in the next sentence after
words of a sum ("In total, 29 projects were approved"), or in the sentence before that
the split points back at ("Of those responding, ...").

The tally is a ``survey`` where the sentence speaks of asking or answering, otherwise a
``breakdown``. Runs hold at most :data:`_MAX_PARTS` figures and every look is bounded:
linear time.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.labels import rest_in_part_before
from surveystats.extract.tally_enumerations import vote_labels
from surveystats.extract.tally_items import (
    ASKED_WORDS,
    AUXILIARIES,
    IN_NUMBER,
    JUDGING_VERBS,
    NOT_COUNT_AFTER,
    PERCENT_UNIT,
    PREPOSITIONS,
    RATE_WORDS,
    RELATING_VERB,
    SHARE_APPOSITION,
    SHARE_VERBS,
    VERBS,
    Item,
    Number,
    is_bare_agent,
    read_value,
)
from surveystats.extract.tally_parallel import adds_up_to_whole
from surveystats.extract.tally_parts import (
    YEAR_IN_TEXT,
    Part,
    Tally,
    as_word,
    label_end,
    read_count,
)
from surveystats.text import MONTHS, NUMBER_WORDS, sentence_starts

__all__ = ["attach_summed_whole", "find_sums", "sum_figures"]

_MIN_NUMBERS = 3  # a whole and two parts, or three shares: fewer is never read here
_MAX_PARTS = 12
# Counts that add up exactly to a stated whole are tried in longer stretches: a list of
# cases by country may run to twenty ("132 cases, to Algeria (23), Armenia (6), ...").
# The running sum makes each try one addition.
_MAX_COUNT_PARTS = 20
_MAX_GAP = 160  # characters between two figures of one run
_MAX_WHOLE_GAP = 240  # characters from a whole to its first part
_MAX_LABEL_WORDS = 10

_WORD = re.compile(r"[A-Za-z][\w’'-]*|\d[\d,.-]*")
# A list joint, strongest first (the same order as tally_parallel's).
_JOINTS = (
    re.compile(r";\s{0,3}(?:and\s{1,3})?"),
    re.compile(r",(?!\d)\s{0,3}(?:(?:and|while|whereas|but|with)\s{1,3})?"),
    re.compile(r"\s(?:while|whereas)\s"),
    re.compile(r"\s(?:and|with)\s"),
    # "1,398 following attacks in A, 1,239 at B as well as 677 in C": the last part
    re.compile(r"\sas\s{1,3}well\s{1,3}as\s"),
    # "took action on 18 texts -- adopting 15 and rejecting 3": a whole, then its parts
    re.compile(r"\s(?:[–—]|--)\s"),
)
# Words that make two figures a range, a change or a comparison when next to a joint
# ("from" only before the next figure: "45 from Africa and 75 from Asia" is a list).
_NOT_LIST = re.compile(r"^\s*(?:to|between|than|per|out\s+of)\b|\b(?:to|from|between|than|per)\s*$")
# A range inside a part's label ("in 41 between 10 and 13 years, and in 12 ..."), and a
# preposition a gapped verb takes after a listed name ("..., Asia to 22"): neither makes
# the gap a range or a change.
_RANGE_IN_LABEL = re.compile(r"^\s*between\s[\w.,]{1,12}\s(?:and|to)\s[\w.,]{1,12}\s[a-z]")
# "to" opening a phrase of the figure's label, not a range's second figure: "Sixty per
# cent of the cases brought to the Office of the Ombudsman ..., 25 per cent ...", or a
# short label that ends at the list's joint, its verb elided ("612 related to arrest,
# 389 to ill-treatment, 247 to ...").
_TO_PHRASE = re.compile(
    r"\s*to\s{1,3}(?:(?:[A-Za-z][\w’'-]*\s{1,3}){3}"
    rf"|(?!(?:{NUMBER_WORDS})\b)[A-Za-z][\w’'-]*(?:\s{{1,3}}(?!and\b)[a-z][\w’'-]*){{0,3}}"
    r"(?:\s{0,3}[,;]|\s{1,3}and\s))"
)
_NAME_THEN_TO = re.compile(
    r"(?:[,;]\s{0,3}(?:and\s{1,3})?|\sand\s{1,3})[A-Z][\w’'-]*(?:\s{1,3}[\w’'-]+){0,5}\s{1,3}to\s*$"
)
# What ends a run: a colon, or a full stop that ends no title before a name ("Mr. Keita").
_STOP = re.compile(r"(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)[.?!][\s”\"]|:")
# A change between two figures, or a comparison: no split of one group. A span of time
# that dates a label ("in the previous two years") compares nothing.
_CHANGE = re.compile(
    r"(?i)\b(?:rose|fell|increased|decreased|declined\s(?:to|by|from)|dropped|grew|doubled|halved|up\sfrom"
    r"|down\sfrom|compared\s(?:with|to)|as\sagainst|than"
    r"|previous(?!\s{1,3}(?:[a-z]+|\d{1,3})\s{1,3}(?:years|months|weeks|decades)\b)"
    r"|earlier|projected|to\sreach)\b"
)
_FROM_TO = re.compile(r"(?i)\bfrom\s[^.;]{1,40}?\sto\b")
_PERIOD = re.compile(
    r"\b(?:quarters?|months?|periods?|decades?|weeks?|days?)\b"
    r"|\byears?\b(?!\s{1,3}(?:of\s{1,3}age|old|and\s{1,3}(?:over|above|older)))"
)
# A whole named before its number: "Of the 150", "out of 41", "Among the year's 140", a
# clause after a comma and a conjunction (", while of the 27 trainers, 15 ...").
_WHOLE_BEFORE = re.compile(
    r"(?:(?P<start>^)[\s\"“]{0,3}|(?P<mark>[,;:(]\s{0,3}(?:(?:while|whereas|and|but)\s{1,3})?)|\s)"
    r"(?:[Oo]f|[Oo]ut\s{1,3}of|[Aa]mong)\s{1,3}"
    r"(?:(?:the|all|these|those|a\s{1,3}total\s{1,3}of)\s{1,3})?(?:[\w’'-]{1,30}['’]s\s{1,3})?$"
)
# A whole's link to the parts after it.
_WHOLE_LINK = re.compile(
    r"\b(?:of\s(?:whom|which|these|them|those)|among\s(?:them|whom|these)|including"
    r"|comprising|encompassing|namely|as\sfollows|includ(?:e|es|ed)|compris(?:e|es|ed)|consist(?:s|ed)?\sof"
    r"|broken\sdown|divided|split|distributed)\b|:"
)
_CLAUSE_MARK = re.compile(r"[,;:]")
_CLAUSE_MARK_OR_DASH = re.compile(r"[,;:]|\s(?:[–—]|--)\s")
# The one clause mark a known set may have before its parts: the colon that announces them
# ("The 1,432 complaints received during the year were distributed as follows: 612 ...").
_FOLLOWS_COLON = re.compile(r"(?<=as\sfollows):\s{1,3}")
# A whole's noun, then a semicolon and its first part opening the next clause.
_OBJECT_THEN_PARTS = re.compile(
    r"(?:\s{1,3}[\w’'-]{1,30}){1,8}\s{0,3}(?P<mark>[;,])\s{1,3}(?:in\s{1,3})?"
)
# A known set opening its sentence as its subject: "The 120 reports ...".
_SUBJECT_WHOLE = re.compile(
    r"\s{0,3}[\"“]?(?:The|These|Those|All|Its|Their|(?:The\s{1,3})?[A-Z][\w-]{1,30}['’]s)\s{1,3}"
    r"(?:[a-z]+\s{1,3})?"
)
# A sentence that opens on a whole the sentence before states: "The Panel reviewed 152
# claims. Of these, 97 were ... and the remaining 55 ...", "Of that number,", "Of the
# total,", "Among those cases,"; or that opens on its first part ("Some 97 were closed
# ..."), or has "the remaining N" or "the other N" (the rest of a whole).
_ANAPHOR = re.compile(
    r"\s{0,3}(?:[Oo]f|[Aa]mong|[Oo]ut\s{1,3}of)\s{1,3}(?:these|them|those|this|that|the)"
    # the whole's noun with up to three words: "Out of the total stool specimens,"
    r"(?:\s{1,3}[a-z]{2,20}){0,3}\s{0,3},"
)
_OPENS_ON_FIGURE = re.compile(
    r"\s{0,3}(?:(?:Some|About|Nearly|Almost|Only|Just|Over)\s{1,3})?(?:\d|(?:[A-Z][a-z]+-)?"
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+teen|"
    r"Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)\b)"
)
_REST = re.compile(r"the(?<!\wthe)\s{1,3}(?:remaining|other)\s{1,3}\d")  # skips to "the"
# "the remaining 938", "the remaining 32 per cent": the rest of a whole the figures make.
_REST_OF_WHOLE = re.compile(r"\bthe\s{1,3}remaining\s{1,3}\d")
# A sentence whose subject points back at the figure before and says what it holds:
# "An estimated 16.2 million people were displaced. This included 11.8 million ...",
# "These comprised ...", "The figure includes ...".
_POINTS_BACK = re.compile(
    r"\s{0,3}(?:This|These|That|Those|They|The\s{1,3}(?:total|figure|number))"
    r"(?:\s{1,3}(?:figure|number|total))?\s{1,3}"
    r"(?:includ(?:e|es|ed)|compris(?:e|es|ed)|consist(?:s|ed)?\s{1,3}of)\s"
)


def _opens_on_whole_before(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence speaks of a whole the sentence before states (see above)."""
    return bool(
        _ANAPHOR.match(text, lo)
        or _OPENS_ON_FIGURE.match(text, lo)
        or _POINTS_BACK.match(text, lo)
        or (  # the literals first: a pattern that opens on a word boundary is tried everywhere
            (text.find("remaining", lo, hi) >= 0 or text.find("other", lo, hi) >= 0)
            and _REST.search(text, lo, hi)
        )
    )


# A sum stated after its parts: "gives a total of 1,905", "for a total strength of 929",
# "the backlog stood at 47", "... 60 in all", "... 75 men among the 120 participants",
# "..., out of 120 received".
_TOTAL_BEFORE = re.compile(
    r"\b(?:total(?:\s[a-z]{3,15})?\sof|totall?(?:ed|ing)|stood\sat|amount(?:ed|ing)\sto"
    r"|altogether|out\sof(?:\sthe)?|(?:of|among)\sthe)\s{1,3}$"
)
# The sum stated by the next sentence: "... and 3 rocket launchers. The total is 19,297."
_NEXT_TOTAL = re.compile(
    r"\s{1,3}(?:The|This|That)\s{1,3}(?:total|sum)\s{1,3}(?:is|was|comes\s{1,3}to|came\s{1,3}to"
    r"|stands\s{1,3}at|stood\s{1,3}at|amounts\s{1,3}to|amounted\s{1,3}to)\s{1,3}"
)
_TOTAL_AFTER = re.compile(r"\s{1,3}(?:\w+\s{1,3})?(?:in\sall|in\stotal|altogether)\b")
# The parts make up a group whose size follows its noun: "Nine civilian and three military
# judges make up the Tribunal's bench of 12", "constitute its staff of 40".
_MADE_UP_OF = re.compile(
    r"\b(?:make|makes|made|making|constitute|constitutes|constituted)\s{1,3}(?:up\s{1,3})?"
    r"(?:the|its|their|a|[A-Z][\w’'-]{0,30}['’]s)(?:\s{1,3}[\w’'-]{1,30}){1,4}\s{1,3}of\s{1,3}$"
)
_MADE_UP_REACH = 80  # characters before the whole that the verb and the group's noun take
_DEFINITE = re.compile(r"\b[Tt]he\s$")
# What may follow a whole that counts no noun of its own ("numbered 74 at 31 December,").
_NO_NOUN = re.compile(r"\s*$|\s{1,3}(?:in|at|on|as\sof|by|during|since|for)\s")
# A part that says it is of the whole before it: "847 of them", "22 among these".
# A noun that names an amount, the count its complement: "an enrolment of 171,000 pupils",
# "a workforce of 1,250", "a caseload of 940 refugees". The count is that amount: a whole.
_AMOUNT_OF = re.compile(
    r"\b(?:an?|its|their|the)\s{1,3}(?!total\b|number\b|group\b)[a-z]{4,20}\s{1,3}of\s{1,3}"
    r"(?:(?:some|about|nearly|almost|over|around|approximately)\s{1,3})?$"
)
_AMOUNT_OF_REACH = 50  # characters before the count that the noun and "of" take
_OF_IT = re.compile(r"\s{1,3}(?:of|among)\s{1,3}(?:them|these|those|which|whom)\b")
# What opens a label and is no part of it.
_LEADING = (
    frozenset(
        {
            "and",
            "while",
            "whereas",
            "but",
            "with",
            "of",
            "whom",
            "which",
            "these",
            "them",
            "those",
            "among",
            "including",
            "namely",
            "comprising",
            "between",
            "the",
            "a",
            "an",
            "it",
            "they",
            "he",
            "she",
            "this",
            "that",
            "we",
            "who",
        }
    )
    | AUXILIARIES
)
# What ends a label written before its figure and is no part of it ("made up", "for").
_TRAILING = (
    PREPOSITIONS
    | AUXILIARIES
    | SHARE_VERBS
    | frozenset(
        {
            "of",
            "the",
            "a",
            "an",
            "up",
            "further",
            "another",
            "some",
            "about",
            "nearly",
            "almost",
            "only",
            "just",
            "around",
            "approximately",
            "roughly",
            "accounted",
            "account",
            "accounts",
            "made",
            "make",
            "makes",
            "numbered",
            "totalled",
            "totaled",
            "stood",
        }
    )
)
_NEGATIONS = frozenset({"not", "cannot"})
# Words that only say how near a figure is: alone before it they name nothing.
_APPROXIMATING = frozenset(
    {"about", "nearly", "almost", "only", "just", "around", "approximately", "roughly", "some"}
)
_PRONOUNS = frozenset("it them they these those this that which who whom".split())  # noqa: SIM905
_LABEL_END = re.compile(r"\s(?:who|which|that|according|respectively)\b|[(\[]|\s(?:[–—]|--)\s")
_LABEL_END_PAST_RELATIVE = re.compile(r"\s(?:according|respectively)\b|[(\[]|\s(?:[–—]|--)\s")
# A relative clause that is all of a part's label: "and 11 that were not accredited".
# The pronoun is the clause's subject, a verb right after it: not "that a plan was ...".
# After "who" the verb may be any past tense: "1,240 who died and 3,905 who were injured".
_RELATIVE = re.compile(
    r"\s(?:that|who|which)\s(?=(?:were|was|are|is|had|have|has|did|could|would)\s)"
    r"|\swho\s(?=[a-z]{1,20}ed\b|(?:left|fell|fled|won|lost|went|came|became|took|got)\b)"
)
_CLAUSE_WORDS = frozenset({"that", "if", "whether", "which", "who", "whom", "whose", "because"})
_FINITE = frozenset("is are was were has have had".split())  # noqa: SIM905
_BOUNDS = ("at_least", "at_most", "more_than", "less_than")


class _Figure(NamedTuple):
    """One count or share of a sentence, as the items read it.

    ``start`` and ``end`` cover the figure and what is written with it (a share's base
    "of the workforce", a count in parentheses after a share); ``share`` is the share
    beside a count.
    """

    item: Item
    start: int
    end: int
    share: Fraction | None
    share_decimals: int | None


_OF_THE = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3})?")
_WORD_AFTER = re.compile(
    r"\s{1,3}(?:(?!(?:and|or|while|whereas|but|with|in|at|to|for|of|on)\b)[a-z]|per\s)|%"
)
_FIGURE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,6}(?![\d,.])")


def _decimal_share(text: str, number: Number) -> Item | None:
    """A share with decimals that no item holds ("took 58.5 per cent"), or ``None``."""
    unit = PERCENT_UNIT.match(text, number.end)
    if unit is None or number.form != "digits":
        return None
    decimals = len(number.raw.partition(".")[2])
    return Item(
        "percent", number.start, unit.end(), percent=Fraction(number.raw), decimals=decimals
    )


def _figure_item(text: str, number: Number, following: Number | None) -> Item | None:
    """A count or share that no item holds: the object of a verb ("supported 112").

    A count "of the" next number ("accepted 37 of the 41 recommendations") is a part of
    that number.
    """
    kind, value = read_value(number)
    if kind == "decimal":
        return _decimal_share(text, number)  # "salaries took 58.5 per cent"
    if kind != "count" or value is None:
        return None
    unit = PERCENT_UNIT.match(text, number.end)
    if unit is None:
        of_total = None
        if following is not None:
            link = _OF_THE.match(text, number.end, following.start)
            whole_kind, whole = read_value(following)
            if link is not None and link.end() == following.start and whole_kind == "count":
                of_total = whole
        return Item("count", number.start, number.end, value=value, of_total=of_total)
    if number.form == "digits":
        percent = Fraction(number.raw.replace(",", ""))
        decimals = len(number.raw.partition(".")[2])
    else:
        percent, decimals = Fraction(value), 0
    return Item("percent", number.start, unit.end(), percent=percent, decimals=decimals)


# A count of votes with its share right after it: "1,842,116 votes (48.9 per cent)".
_VOTES_THEN_SHARE = re.compile(
    r"\s{1,3}(?P<noun>votes)(?=\s{0,3}(?:\(|,\s{1,3}or\s)\s{0,3}\d{1,3}(?:\.\d{1,3})?"
    r"\s{0,3}(?:per\s{0,3}cent|percent|%))"
)


def _votes_with_share(text: str, number: Number) -> Item | None:
    """A count of votes written with its share, which the items leave to the vote readers.

    Its share may make it a part of a split of votes by their arithmetic (the shares of
    the candidates add up to 100, each its count's share of their sum).
    """
    votes = _VOTES_THEN_SHARE.match(text, number.end)
    kind, value = read_value(number)
    if votes is None or kind != "count" or value is None:
        return None
    return Item("count", number.start, number.end, value=value, counted=votes["noun"])


# A count in a list of vote counts, the noun after the last: "by 50, 48 and 47 votes",
# "with 2 and 3 abstentions". The vote readers read such lists; a whole's parts they never are.
_IN_VOTE_LIST = re.compile(
    r"(?:\s{0,3},\s{1,3}\d[\d,]{0,8}){0,8}(?:\s{0,3},?\s{1,3}and\s{1,3}\d[\d,]{0,8})?"
    r"(?:\s{1,3}votes?(?!\s{0,3}(?:\(|,\s{1,3}or\s)\s{0,3}\d)|\s{1,3}abstentions?)\b"
)


def _figures(text: str, numbers: list[Number], items: dict[int, Item]) -> list[_Figure]:
    """Step 1: the counts and shares of a sentence, in order."""
    figures: list[_Figure] = []
    covered = -1  # where the last item's own words end: a number inside them is no figure
    for at, number in enumerate(numbers):
        if _IN_VOTE_LIST.match(text, number.end):
            continue  # "by 50, 48 and 47 votes": counts of votes, no parts
        item = items.get(number.start)
        if item is None:
            if number.start < covered:
                continue  # "the 15" of "Nine of the 15 members"
            item = _figure_item(text, number, numbers[at + 1] if at + 1 < len(numbers) else None)
            if item is None:
                continue
        covered = max(covered, item.head_end)
        if item.kind == "other" and _is_agent(text, number):
            # "policies to raise fertility were reported by 55, to lower it by 69, ...": who
            # did it, its noun left out; only the arithmetic of a whole makes it a part
            kind, value = read_value(number)
            if kind == "count" and value is not None:
                agent = Item("count", number.start, number.end, value=value)
                figures.append(_Figure(agent, number.start, number.end, None, None))
            continue
        if item.kind == "other" and (votes := _votes_with_share(text, number)) is not None:
            item = votes  # "received 1,842,116 votes (48.9 per cent)": a count of votes
        if item.kind == "other" and (
            _DEFINITE.search(text, max(0, number.start - 4), number.start)
            or _TOTAL_BEFORE.search(text, max(0, number.start - 30), number.start)
        ):
            kind, value = read_value(number)
            if kind == "count" and not NOT_COUNT_AFTER.match(text, number.end):
                # "The 460 participants were split ...", "the backlog stood at 47": a whole
                whole = Item("whole", number.start, number.end, value=value)
                figures.append(_Figure(whole, number.start, number.end, None, None))
            continue
        if item.kind not in ("count", "percent") or _is_marker(text, item):
            continue
        end = item.head_end if item.kind == "percent" else item.end
        if item.kind == "count" and (in_number := IN_NUMBER.match(text, end)):
            end = in_number.end()  # "the remaining replies, 18 in number, raised ..."
        previous = figures[-1] if figures else None
        if (
            item.kind == "count"
            and previous is not None
            and previous.item.kind == "percent"
            and text[previous.end : item.start].strip() == "("
            and text.startswith(")", item.end)
        ):  # "45 per cent (63)": the count and its share are one figure
            figures[-1] = _Figure(
                item, previous.start, item.end + 1, previous.item.percent, previous.item.decimals
            )
            continue
        if item.kind == "percent" and (share := _share_after(text, previous, item)) is not None:
            figures[-1] = share  # "612 (38.2 per cent)", "3,210 posts, or 57.4 per cent,"
            continue
        figures.append(_Figure(item, number.start, end, item.share, item.share_decimals))
    return figures


def sum_figures(text: str, numbers: list[Number], items: dict[int, Item]) -> list[_Figure]:
    """The counts and shares of a sentence that may be a whole or its parts, in order.

    Step 1 of this module, for the readers of sums run after it
    (:mod:`~surveystats.extract.tally_sums_to_whole`): no years, dates, money, ordinals,
    ranges, list markers or counts of votes; ``items`` maps a number's start to its item.
    """
    return _figures(text, numbers, items)


# Between a count and its share written after it: "612 (", "3,210 posts, or ".
# The count's noun may be "of the" whole: "provided 412 of the grants, or 18 per cent".
_BEFORE_SHARE = re.compile(
    r"(?:\s{1,3}of\s{1,3}(?:the|its|their))?(?:\s{1,3}[a-z]{3,20}){0,2}"
    rf"(?:\s{{0,3}}\(|,\s{{1,3}}{SHARE_APPOSITION})\s{{0,3}}"
)
# After it: ")", ",", the sentence's end or "of the total", and then the count's "of the
# M" if it has one.
_AFTER_SHARE = re.compile(
    r"(?:\s{1,3}of\s{1,3}(?:the|their|its)\s{1,3}total)?(?P<close>\)|,|(?=[.;])|(?=\s{1,3}of\s))"
)


def _share_after(text: str, previous: _Figure | None, share: Item) -> _Figure | None:
    """The count before ``share`` with the share written beside it, as one figure.

    "Women held 612 (38.2 per cent) of the 1,602 posts": the count 612 with its share,
    a part of 1,602; "3,210 posts, or 57.4 per cent of the total,": 3,210 with its share.
    """
    if previous is None or previous.item.kind != "count" or previous.share is not None:
        return None
    count = previous.item
    if share.percent is None or _BEFORE_SHARE.fullmatch(text, count.end, share.start) is None:
        return None
    after = _AFTER_SHARE.match(text, share.head_end)
    if after is None:
        return None
    end = after.end()
    item = count
    whole = _OF_THE.match(text, end)
    if count.of_total is None and whole is not None:
        number = _FIGURE_NUMBER.match(text, whole.end())
        if number is not None:
            item = dataclasses.replace(count, of_total=int(number.group().replace(",", "")))
    return _Figure(item, previous.start, end, share.percent, share.decimals)


def _is_agent(text: str, number: Number) -> bool:
    """Whether a bare number after "by" counts who did what a passive before it says."""
    if not text.endswith("by ", max(0, number.start - 3), number.start):
        return False
    if _WORD_AFTER.match(text, number.end) or YEAR_IN_TEXT.fullmatch(number.raw):
        return False  # "by 12 posts" counts a noun of its own; "by 2030" is a time
    return is_bare_agent(text, number.start)


def _is_marker(text: str, item: Item) -> bool:
    """Whether a count in parentheses numbers an item of a list: ": (1) The ...; (2) The"."""
    if not (text.startswith(")", item.end) and item.start and text[item.start - 1] == "("):
        return False
    before = text[max(0, item.start - 6) : item.start - 1].rstrip()
    return not before or before[-1] in ":;.,"


def _joint(gap: str, *, last: bool = False) -> re.Match[str] | None:
    """The joint of a gap of the strongest kind: its first, or its ``last``."""
    for pattern in _JOINTS:
        match = pattern.search(gap)
        if match is not None and last:
            for later in pattern.finditer(gap, match.end()):
                match = later
        if match is not None:
            return match
    return None


# "including", "comprising", "namely" or a colon right before a sentence's first count:
# its whole is a count of the same noun in one of the two sentences before.
# Words that make the sentence's counts other ones than those of the sentence before.
_ADDED = re.compile(
    r"\b(?:more|further|additional|another|other|others|new|also|again|later|then|previously)\b",
    re.IGNORECASE,
)
_LINK_BEFORE_PART = re.compile(r"(?:\b(?:including|comprising|encompassing|namely)|:)\s{1,3}$")


def _linked_noun(
    text: str, lo: int, own: list[Number], before: list[Number], items: dict[int, Item]
) -> str | None:
    """The noun whose count a sentence before states and this one's parts split.

    "In 2015, 42 countries reported cases. Cases were reported from all regions,
    including 16 countries in Africa, 13 in Asia, ...": the first count of the sentence
    follows "including" and counts the noun of a count of the sentence before.
    """
    if not before or not own:
        return None
    first = items.get(own[0].start)
    if first is None or first.kind != "count" or not first.counted:
        return None
    if _LINK_BEFORE_PART.search(text, max(lo, first.prefix_start - 16), first.prefix_start) is None:
        return None
    if _ADDED.search(text, lo, first.prefix_start):
        return None  # "In June it approved more, including 10 projects ...": other ones
    nouns = {(items[n.start].counted or "").lower() for n in before if n.start in items}
    return first.counted if first.counted.lower() in nouns else None


def _carried_wholes(
    text: str,
    lo: int,
    hi: int,
    before: list[Number],
    items: dict[int, Item],
    *,
    noun: str | None = None,
) -> list[_Figure]:
    """The counts of the sentence before (``before``), where this one speaks of them.

    They may only be wholes: a part of a run is never read across a sentence's end.
    With ``noun`` (see :func:`_linked_noun`), only the counts of that noun are.
    """
    if not before or not (noun or _opens_on_whole_before(text, lo, hi)):
        return []
    previous = [n for n in before[-_MAX_PARTS:] if lo - n.end <= _MAX_WHOLE_GAP]
    if noun is not None:
        previous = [n for n in previous if n.start in items and items[n.start].counted == noun]
    figures = _figures(text, previous, items)
    listed = {id(figure) for run in _runs(text, figures) for figure in run}
    wholes = []
    for figure in figures:
        if id(figure) in listed:
            continue  # "64 cases and 12 appeals. Among them, ...": no one whole
        if figure.item.kind in ("count", "whole") and figure.item.value is not None:
            whole = Item("whole", figure.start, figure.end, value=figure.item.value)
            wholes.append(_Figure(whole, figure.start, figure.end, None, None))
    return wholes


def _next_total(text: str, hi: int, following: list[Number]) -> list[_Figure]:
    """The count that the next sentence opens by naming a sum of ("The total is 19,297")."""
    opening = _NEXT_TOTAL.match(text, hi - 1) if hi else None
    if not following or opening is None or following[0].start != opening.end():
        return []
    kind, value = read_value(following[0])
    if kind != "count" or value is None:
        return []
    number = following[0]
    whole = Item("whole", number.start, number.end, value=value)
    return [_Figure(whole, number.start, number.end, None, None)]


def _runs(text: str, figures: list[_Figure]) -> list[list[_Figure]]:
    """Step 2: runs of figures of one kind, each joined to the last by a list joint."""
    runs: list[list[_Figure]] = []
    for kind in ("count", "percent"):
        run: list[_Figure] = []
        for figure in figures:
            if figure.item.kind != kind:
                continue
            if run:
                gap = text[run[-1].end : figure.start]
                if len(gap) > _MAX_GAP or _STOP.search(gap):
                    joined = False
                elif _joint(gap) is None:
                    closes = ")" in gap and "(" not in gap  # "Replies (43 in all) came from 25"
                    if not gap.rstrip().endswith("(") and not closes:
                        continue  # a figure inside a label: "in all six official languages"
                    # "was 120 (45 from ...", "split between the field (410) and ...": a
                    # figure in parentheses opens a new run
                    joined = False
                else:
                    joined = _is_list_gap(gap)
                if not joined:
                    if len(run) > 1:
                        runs.append(run)
                    run = []
            run.append(figure)
        if len(run) > 1:
            runs.append(run)
    return runs


def _is_list_gap(gap: str) -> bool:
    """Whether a gap holding a joint joins two figures of one list, not a range or change."""
    if _CHANGE.search(gap) is not None:
        return False
    not_list = _NOT_LIST.search(gap)
    if not_list is None:
        return True
    if not_list.start() == 0 and (_RANGE_IN_LABEL.match(gap) or _TO_PHRASE.match(gap)):
        return _NOT_LIST.search(gap, not_list.end()) is None  # "in 41 between 10 and 13 years"
    return not_list.start() > 0 and _NAME_THEN_TO.search(gap) is not None  # "..., Asia to 22"


class _Fit(NamedTuple):
    run: list[_Figure]
    whole: _Figure | None
    total: int | None


def _opens_clause(text: str, lo: int, whole: _Figure, first: _Figure) -> bool:
    """Whether a clause opens on the whole: "Of the 150 ...", "; among the 1,559 ...".

    Or an opening phrase with no verb holds it, its parts in the very next clause ("In
    the case of the 62 replies assessed, 8 were ..."); not "of the three Commissions,
    given in paragraph 1, the Government ... that there were two ...".
    """
    start = max(lo, whole.start - 60)
    match = _WHOLE_BEFORE.search(text[start : whole.start])
    if match is None:
        return False
    if match["mark"] is not None or (match["start"] is not None and start == lo):
        return True
    marks = _CLAUSE_MARK.findall(text, whole.end, first.start)
    if len(marks) != 1 or _mark_in(text, lo, whole.start):
        return False
    return not any(_is_verb(word) or word in _FINITE for word in _word_texts(text, lo, whole.start))


# A first part in an absolute clause after its whole: "94 people being killed", "300 being
# closed" (its noun at most two words).
_ABSOLUTE_PART = re.compile(r"(?:\s{1,3}[a-z][\w-]{0,25}){0,2}\s{1,3}being\s")


def _states_whole(text: str, lo: int, whole: _Figure, first: _Figure) -> bool:
    """Whether ``whole`` is stated as the whole of the figures from ``first`` on."""
    if first.start - whole.end > _MAX_WHOLE_GAP:
        return False
    if whole.end <= lo:  # a count of the sentence before, carried by "Of these," ...
        return True
    if whole.item.in_words and text[whole.start : whole.item.end].lower() == "one":
        return False  # "one" the pronoun
    if _PERIOD.match(text, whole.end + 1, whole.end + 12):
        return False  # "Over 15 days, ...": a length of time, no whole of the parts
    if _opens_clause(text, lo, whole, first):
        return True
    between = text[whole.end : first.start]
    # "Nine of these countries had a plan, six ...": the whole's own "of these" makes it a
    # part of a set named before, no link to the parts after it ("120 replies, of which").
    own_set = _OF_IT.match(text, whole.end, first.start)
    if _WHOLE_LINK.search(text, own_set.end() if own_set else whole.end, first.start):
        return True
    if between.strip() == "(":
        return True  # "... was 120 (45 from Africa and 75 from Asia)"
    if _object_then_parts(text, lo, whole, first):
        return True  # "The Tribunal has 16 judges; 9 are men and 7 women"
    if _subject_whole(text, lo, whole, first):
        return True  # "The 120 reports came from Africa (45) and Asia (75)"
    if _sum_beside_subject(text, lo, whole, first):
        return True  # "Replies (43 in all) came from 25 Governments and 18 ..."
    # the object of the sentence's first clause, its parts in a participle clause after it
    # ("adopted 62 decisions on the merits, finding violations in 41 ..."); not further
    # items of one list ("eight commissions, five ... and three ...") nor a main clause
    # after a phrase that sets the scene ("In its 12 meetings, it examined 7 ... and 5")
    # a dash opens the participle clause as a comma does ("took action on 61 drafts today
    # -- approving 60 and rejecting 1")
    marks = list(_CLAUSE_MARK_OR_DASH.finditer(between))
    if not marks:
        return False
    # a semicolon ends a clause as a full stop does: "The questionnaire went to 185
    # Governments; 102 had been returned by 30 September, 34 from Europe, ..."
    lo = max(lo, text.rfind(";", lo, whole.start) + 1)
    if _mark_in(text, lo, whole.start):
        return False
    has_verb = any(_is_verb(word) for word in _word_texts(text, lo, whole.start))
    clause = _words(text, whole.end + marks[-1].end(), first.item.prefix_start)
    if has_verb and clause and clause[0][0].islower() and clause[0][0].endswith("ing"):
        return True
    if has_verb and not clause and _ABSOLUTE_PART.match(text, first.item.end):
        return True  # "claimed 287 casualties, 94 people being killed and 193 injured"
    return _is_object_of_opening(text, lo, whole, first, marks)


def _is_object_of_opening(
    text: str, lo: int, whole: _Figure, first: _Figure, marks: list[re.Match[str]]
) -> bool:
    """Whether the whole ends the sentence's first clause and its parts follow the comma.

    The parts add up to it exactly, which is what says they split it: "UNFPA supported
    1,254 facilities in 2022, 847 of them in ...", "Heads of mission numbered 74, 37 women
    and 37 men". The clause may not be a change ("rose to 74, ...") nor the whole a
    length of time or a year.
    """
    first_mark = marks[0]
    opening = text[lo : whole.end + first_mark.end()]
    if first_mark.group() != "," or _CHANGE.search(opening) or _FROM_TO.search(opening):
        return False
    if whole.item.kind not in ("count", "whole"):
        return False
    # The whole counts no noun of its own ("numbered 74 at 31 December, 37 women"), or the
    # parts say they are of it ("1,254 facilities ..., 847 of them"), or the first part
    # elides its noun before a preposition ("registered 47 new complaints, 31 against ...":
    # the whole's noun understood); otherwise the whole may be one more item of a list
    # whose sum is a coincidence ("8 ..., 5 ... and 3").
    own_words = text[whole.end : whole.end + first_mark.start()]
    return (
        _NO_NOUN.match(own_words) is not None
        or _AMOUNT_OF.search(text, max(lo, whole.start - _AMOUNT_OF_REACH), whole.start) is not None
        or _OF_IT.match(text, first.item.end) is not None
        or _elides_whole_noun(text, first, own_words)
    )


# A part that counts no noun of its own, a preposition right after its figure: "31 against
# States in Europe", "12 from women".
_PREPOSITION_AFTER = re.compile(r"\s{1,3}(?P<word>[a-z]+)\s")
# A preposition of two words, a cause or a link: "97 owing to accidents, 71 to illness".
_COMPOUND_PREPOSITION_AFTER = re.compile(
    r"\s{1,3}(?P<word>owing|due|related|relating|attributable|linked)\s{1,3}to\s"
    r"|\s{1,3}(?P<cause>because)\s{1,3}of\s"
)
# Or one word that says which of the whole's things it counts, right before the list's
# joint: "1,300 households, 780 urban and 520 rural", "4,500 staff, 3,000 national, ...".
_MODIFIER_AFTER = re.compile(r"\s{1,3}(?P<word>[a-z][a-z-]{1,25})(?=\s{0,3}[,;]|\s{1,3}and\s)")


def _elides_whole_noun(text: str, first: _Figure, own_words: str) -> bool:
    """Whether the first part leaves out its noun, a preposition or a modifier after it.

    The whole's own words may not hold that preposition: then it is the first item of a
    parallel list ("counted eleven attacks on markets, seven on mosques and four on
    clinics"; "Fifteen countries answered in the affirmative, nine in the negative"). A
    modifier alone before the list's joint ("780 urban and 520 rural") is no verb and no
    word of the whole.
    """
    if first.item.kind != "count" or first.item.counted is not None:
        return False
    own = own_words.lower().split()
    after = _PREPOSITION_AFTER.match(text, first.item.head_end)
    if after is not None and after["word"] in PREPOSITIONS and after["word"] not in own:
        return True
    compound = _COMPOUND_PREPOSITION_AFTER.match(text, first.item.head_end)
    if compound is not None and (compound["word"] or compound["cause"]) not in own:
        return True
    modifier = _MODIFIER_AFTER.match(text, first.item.head_end)
    return (
        modifier is not None
        and modifier["word"] not in own
        and modifier["word"] not in PREPOSITIONS | AUXILIARIES | VERBS
    )


# After a first part's noun, its kind after "of" and a next part that elides the noun:
# "21 cases| of arbitrary detention, 17 of torture": the noun is the unit the kinds are
# counted in, no other set than the whole's ("The 63 communications concerned ...").
_KINDS_OF_ONE_NOUN = re.compile(
    rf"\s{{1,3}}of\s{{1,3}}[a-z][^,;:()\d]{{0,60}},\s{{1,3}}(?:\d[\d,]*|{NUMBER_WORDS})"
    r"\s{1,3}of\s{1,3}[a-z]"
)


# Where the parts of a known set count its sources: "The 40 reviews came from 16 African
# States, ...", "were presented by 12 ministries and ...". Each thing has one source, so
# sources that add up to the set split it; things sent "to" others may share a recipient.
_SOURCE_BEFORE = re.compile(
    r"\s(?:came|come|comes|originated|were\s{1,3}\w+ed)\s{1,3}(?:from|by)\s{1,3}$"
)


def _subject_whole(text: str, lo: int, whole: _Figure, first: _Figure) -> bool:
    """Whether the whole is a known set that opens its sentence, its parts in its clause.

    "The 120 reports came from Africa (45) and Asia (75)", "The Division's 640 staff were
    split between ...", "The 1,200 staff were 45 per cent women and 55 per cent men". A
    part that counts a noun of its own counts other things.
    """
    if (
        first.item.kind == "count"
        and first.item.counted is not None
        and _KINDS_OF_ONE_NOUN.match(text, first.item.head_end) is None
        and _SOURCE_BEFORE.search(text, whole.end, first.start) is None
    ):
        return False  # "The 47 recommendations were sent to 12 Governments and ...": others
    mark = _CLAUSE_MARK.search(text, whole.end, first.start)
    return (
        _SUBJECT_WHOLE.fullmatch(text, lo, whole.start) is not None
        and (mark is None or _FOLLOWS_COLON.fullmatch(text, mark.start(), first.start) is not None)
        and first.start - whole.end <= _MAX_GAP
    )


# The subject's noun before its sum set off in brackets or commas: "Replies (", "The
# submissions, "; and the sum's close: "43 in all)", "60 in total,".
_SUBJECT_BEFORE_SUM = re.compile(
    r"\s{0,3}(?:The\s{1,3})?[A-Z][\w-]{1,30}(?:\s{1,3}[a-z][\w-]{1,30}){0,3}\s{0,3}[(,]\s{0,2}"
)
_SUM_CLOSE = re.compile(r"\s{1,3}(?:in\s{1,3}(?:total|all)|altogether)\s{0,2}[),]")


def _sum_beside_subject(text: str, lo: int, whole: _Figure, first: _Figure) -> bool:
    """Whether the whole is a sum set beside the sentence's subject, its parts in its clause.

    "Replies (43 in all) came from 25 Governments and 18 international organizations",
    "Submissions, 60 in total, were received from ...": the sum names the subject's size.
    """
    close = _SUM_CLOSE.match(text, whole.end)
    return (
        close is not None
        and _SUBJECT_BEFORE_SUM.fullmatch(text, lo, whole.start) is not None
        and _CLAUSE_MARK.search(text, close.end(), first.start) is None
    )


def _object_then_parts(text: str, lo: int, whole: _Figure, first: _Figure) -> bool:
    """Whether the parts open the clause after a semicolon that ends a verb's object.

    "The Tribunal has 16 judges; 9 are men and 7 women". Not after a comma: "counted
    eleven attacks on markets, seven on mosques and four on clinics" is a list.
    """
    link = _OBJECT_THEN_PARTS.fullmatch(text, whole.end, first.item.prefix_start)
    if link is None:
        return False
    if link["mark"] == ",":
        return False
    # No noun of its own and the first part's preposition: one more item of the list
    # ("allocated as follows: five from Asia; one from Europe; two ..."), whose sum is a
    # coincidence.
    own = text[whole.end : link.start("mark")].lower().split()
    after_first = text[first.end : first.end + 30].lower().split()
    if own and own[0] in PREPOSITIONS and after_first[:1] == own[:1]:
        return False
    # the clause's verb before the whole ("has 16 judges;") or after it, the whole its
    # subject ("2,580 new arrivals were registered in May; 320 in Nairobi, 2,260 in ...")
    return any(
        _is_verb(word) or word in _FINITE
        for word in itertools.chain(_word_texts(text, lo, whole.start), own)
    )


def _is_bracketed(text: str, figure: _Figure) -> bool:
    """Whether a count stands alone in parentheses after its label: "academia (197)"."""
    item = figure.item
    return (
        item.kind == "count"
        and item.counted is None
        and text[max(0, item.start - 3) : item.start].rstrip().endswith("(")
        and text[item.end : item.end + 3].lstrip().startswith(")")
    )


def _whole_of_bracketed(text: str, lo: int, whole: _Figure, first: _Figure) -> bool:
    """Whether a count earlier in the sentence is the whole of parts written in brackets.

    Bare counts in parentheses after their labels ("funded from the regular budget (41),
    extrabudgetary resources (48) and the support account (7)") count no noun of their
    own: they split something the sentence has counted before them, and the count they
    add up to exactly ("The secretariat's 96 posts are funded from ...", "attracted 1,204
    responses, from civil society (612), ...") is that whole, wherever it stands in the
    clause. A count in brackets itself is a part, no whole.
    """
    return (
        lo <= whole.start
        and first.start - whole.end <= _MAX_WHOLE_GAP
        and whole.item.kind in ("count", "whole")
        and not _is_bracketed(text, whole)
        and _STOP.search(text, whole.end, first.start) is None
    )


class _Counts(NamedTuple):
    """The counts of one sentence's figures, looked up by every run of it."""

    counts: list[_Figure]  # figures that may state a whole, in order
    values: set[int]
    starts: list[int]  # of all the figures
    count_ends: list[int]  # of ``counts``: in order, figures do not overlap

    @classmethod
    def of(cls, figures: list[_Figure]) -> _Counts:
        counts = [
            f for f in figures if f.item.kind in ("count", "whole") and f.item.value is not None
        ]
        return cls(
            counts,
            {f.item.value for f in counts},  # type: ignore[misc]
            [f.start for f in figures],
            [f.end for f in counts],
        )


def _count_fits(
    text: str, lo: int, figures: list[_Figure], run: list[_Figure], table: _Counts
) -> list[_Fit]:
    """Stretches of a run of counts that add up exactly to a whole stated before them.

    ``table`` holds the counts of ``figures`` (:meth:`_Counts.of`), read once a sentence.
    """
    fits = []
    counts, values, starts, count_ends = table
    for i in range(len(run)):
        # only a count at most _MAX_WHOLE_GAP before the first part may state the whole (both
        # tests below bound the gap): a window, not every count before, keeps this linear
        nearest = bisect.bisect_left(count_ends, run[i].start - _MAX_WHOLE_GAP)
        wholes = counts[nearest : bisect.bisect_right(count_ends, run[i].start)]
        of_total = run[i].item.of_total  # "accepted 37 of the 41 recommendations, ..."
        total = 0
        for j in range(i, min(len(run), i + _MAX_COUNT_PARTS)):
            total += run[j].item.value or 0
            if j == i or (total not in values and total != of_total):
                continue
            if total == of_total:
                fits.append(_Fit(run[i : j + 1], None, total))
            at = bisect.bisect_left(starts, run[j].end)
            after = _whole_after(text, figures[at] if at < len(figures) else None, run[j], total)
            if after is not None:
                fits.append(_Fit(run[i : j + 1], after, total))
            bracketed = all(_is_bracketed(text, part) for part in run[i : j + 1])
            for whole in wholes:
                if whole.item.value == total and (
                    _states_whole(text, lo, whole, run[i])
                    or (bracketed and _whole_of_bracketed(text, lo, whole, run[i]))
                ):
                    fits.append(_Fit(run[i : j + 1], whole, total))
    stated = {(fit.run[0].start, fit.run[-1].start) for fit in fits}
    for i in range(len(run)):
        for j in range(i + 1, min(len(run), i + _MAX_PARTS)):
            if (run[i].start, run[j].start) not in stated and _shares_agree(run[i : j + 1]):
                fits.append(_Fit(run[i : j + 1], None, None))  # a whole no one states
    return fits


def _shares_agree(stretch: list[_Figure]) -> bool:
    """Whether counts written with their shares are the whole's parts by their arithmetic.

    The shares add up to 100 within their rounding and each is its count's share of the
    counts' sum ("3,210 posts, or 57.4 per cent of the total, and ... 2,382 posts (42.6
    per cent)"): the counts are all the parts of one whole, stated or not.
    """
    if any(f.share is None or not f.item.value for f in stretch):
        return False
    shares = [Item("percent", 0, 0, percent=f.share, decimals=f.share_decimals) for f in stretch]
    if not adds_up_to_whole(shares):
        return False
    total = sum(f.item.value for f in stretch)
    slack = [Fraction(1, 10 ** (f.share_decimals or 0)) for f in stretch]
    return all(
        abs(Fraction(100 * f.item.value, total) - f.share) <= unit
        for f, unit in zip(stretch, slack, strict=True)
    )


def _total_marker(text: str, last_end: int, whole_start: int) -> re.Match[str] | None:
    """The words before a whole stated after its parts that say it is their sum, if any."""
    return _TOTAL_BEFORE.search(text, max(last_end, whole_start - 30), whole_start) or (
        _MADE_UP_OF.search(text, max(last_end, whole_start - _MADE_UP_REACH), whole_start)
    )


def _whole_after(text: str, whole: _Figure | None, last: _Figure, total: int) -> _Figure | None:
    """The count right after the parts that states their sum: "..., a total of 1,905"."""
    if whole is None or whole.item.value != total or whole.start - last.end > _MAX_GAP:
        return None
    if (
        _total_marker(text, last.end, whole.start)
        or _TOTAL_AFTER.match(text, whole.end)
        or (
            whole.item.kind == "whole"
            and _NEXT_TOTAL.search(text, max(last.end, whole.start - 40), whole.start)
        )
    ):
        return whole
    return None


def _share_whole(text: str, lo: int, figures: list[_Figure], first: _Figure) -> int | None:
    """The count a stretch of shares splits: "3,420 children ..., of whom 40 per cent"."""
    if first.item.of_total is not None:
        return first.item.of_total
    before = bisect.bisect_right(figures, first.start, key=lambda figure: figure.end)
    if not before or figures[before - 1].item.kind not in ("count", "whole"):
        return None
    whole = figures[before - 1]
    between = text[whole.end : first.start]
    if len(between) > _MAX_WHOLE_GAP:
        return None
    opening = _opens_clause(text, lo, whole, first)
    linked = re.search(r"\b(?:of|among)\s(?:whom|which|them|these)\s*$", between)
    if linked or (opening and _CLAUSE_MARK.search(between)):
        return whole.item.value
    if _subject_whole(text, lo, whole, first):
        return whole.item.value  # "The 1,200 staff were 45 per cent women and 55 ..."
    return None


def _share_fits(text: str, lo: int, figures: list[_Figure], run: list[_Figure]) -> list[_Fit]:
    """Stretches of a run of shares that add up to 100 within their rounding."""
    fits = []
    for i in range(len(run)):
        # the sum and its rounding slack grow with the stretch: each stretch is one step
        # more than the one before, not a new sum (a long run stays linear)
        total = slack = Fraction(0)
        for j in range(i, min(len(run), i + _MAX_PARTS)):
            item = run[j].item
            if item.percent is None:
                break  # no stretch through a figure that is no share adds up to 100
            total += item.percent
            slack += Fraction(1, 2 * 10 ** (item.decimals or 0))
            if j > i and abs(total - 100) <= slack:  # as adds_up_to_whole reads it
                fits.append(_Fit(run[i : j + 1], None, _share_whole(text, lo, figures, run[i])))
    return fits


def _best_fits(fits: list[_Fit]) -> list[_Fit]:
    """Step 3: the longest fits, each sharing no figure (nor whole) with an equally long one.

    Two fits of one length that share a figure are two readings, so neither is taken
    (a stretch that adds up to two wholes); fits that share nothing are two wholes split
    in one sentence ("Of the 1,021 ..., 319 ... and 702 ...; among the 1,559 ..., 287 ...").
    """
    taken: list[_Fit] = []
    held: set[int] = set()  # the figures and wholes of the fits taken
    for length in sorted({len(fit.run) for fit in fits}, reverse=True):
        same = [fit for fit in fits if len(fit.run) == length]
        # a figure two fits of this length hold is held by each, so it shows twice here
        owners = Counter(start for fit in same for start in _held_by(fit))
        for fit in same:
            starts = _held_by(fit)
            if starts & held or any(owners[start] > 1 for start in starts):
                continue
            taken.append(fit)
            held |= starts
    return taken


def _held_by(fit: _Fit) -> set[int]:
    """Where a fit's figures and whole start: two fits overlap where these meet."""
    starts = {figure.start for figure in fit.run}
    if fit.whole is not None:
        starts.add(fit.whole.start)
    return starts


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def _word_texts(text: str, start: int, end: int) -> Iterator[str]:
    """The words of ``text[start:end]`` one at a time, so a test that stops early reads few.

    The sentence before a whole can be long (a page of OCR with no full stop); a clause
    test for a verb in it stops at the first verb instead of listing every word.
    """
    return (match.group() for match in _WORD.finditer(text, start, end))


def _mark_in(text: str, start: int, end: int) -> bool:
    """Whether a clause mark stands in ``text[start:end]``, looked for from the end back.

    The nearest mark before a whole is usually close, so the search from the end stops
    soon; a forward search from the sentence's start would read it all for every whole.
    """
    return any(text.rfind(mark, start, end) >= 0 for mark in ",;:")


def _opens_range(words: list[tuple[str, int, int]]) -> bool:
    """Whether a label opens on "between N and M" (an age or a size band)."""
    return (
        len(words) > 3
        and words[0][0].lower() == "between"
        and words[1][0][:1].isdigit()
        and words[2][0] == "and"
        and words[3][0][:1].isdigit()
    )


def _trim(words: list[tuple[str, int, int]], *, trailing: bool) -> list[tuple[str, int, int]]:
    """A label's words without what opens it (and, on the left of a figure, ends it)."""
    words = list(words)
    while words and as_word(words[0][0]) in _LEADING and as_word(words[0][0]) not in _NEGATIONS:
        if _opens_range(words):
            break  # "between 10 and 14": the range's first word
        del words[0]  # "were not accredited" -> "not accredited": a negation stays
    if trailing:
        while len(words) > 1 and as_word(words[-1][0]) in _TRAILING:
            words.pop()
        if len(words) == 1 and as_word(words[0][0]) in _APPROXIMATING:
            words.pop()  # "with just around 38 percent arriving in Italy": no label before
    while words and as_word(words[-1][0]) in _PRONOUNS:
        words.pop()
    return words


def _dated_at(words: list[tuple[str, int, int]], at: int) -> int:
    """How many words from ``at`` on state a year ("1980", "in 1960"): 0, 1 or 2."""
    if at < len(words) and YEAR_IN_TEXT.fullmatch(words[at][0]):
        return 1
    if (
        at + 1 < len(words)
        and words[at][0].lower() in PREPOSITIONS
        and YEAR_IN_TEXT.fullmatch(words[at + 1][0])
    ):
        return 2
    return 0


def _undated(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A first label on the left of its figure without the year that dates its clause.

    "In 1980 agriculture accounted for 41 per cent ..." -> "agriculture", "the less
    developed regions accounted in 1960 for 68 per cent ..." -> "less developed regions";
    the words before its figure are trimmed again once the year is gone. Only where no
    year stands among the figures: "612 posts were filled in 2010; by 2020 the figure
    was 990" is a series.
    """
    if (year := _dated_at(words, 0)) and len(words) > year:
        words = words[year:]
    for at in range(1, len(words) - 1):
        if _dated_at(words, at) == 2:
            return _trim(words[:at], trailing=True)
    return words


# A phrase that dates a label's clause, not what it counts: "in the preceding two years",
# "over the past five years", "during the reporting period".
_TIME_OPENERS = frozenset(("in", "during", "over", "within", "since", "throughout"))
_TIME_NOUNS = frozenset(
    "year years month months week weeks decade decades period biennium".split()  # noqa: SIM905
)


def _shorten(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A label too long to be one, cut before the time that dates it or its "of" complement.

    "reported having experienced at least one incident in the preceding two years" ->
    "reported having experienced at least one incident"; "found a violation of one or
    more provisions of the Covenant" -> "found a violation".
    """
    if len(words) <= _MAX_LABEL_WORDS:
        return words
    lowered = [word.lower() for word, _, _ in words]
    for at in range(2, len(words) - 1):
        if lowered[at] in _TIME_OPENERS and any(
            word in _TIME_NOUNS for word in lowered[at + 1 : at + 6]
        ):
            return words[:at]
    at = next((i for i, (word, _, _) in enumerate(words) if i > 1 and word == "of"), len(words))
    return words[:at]


def _elided_verb(words: list[tuple[str, int, int]]) -> bool:
    """Whether a later label has no verb of its own: none, or it opens on a preposition.

    "about 40 per cent in the context of demonstrations", "10 per cent during attacks and
    alleged attacks": the first share's verb is understood, whatever words of the kind of
    a verb the phrase holds.
    """
    if words and words[0][0] in PREPOSITIONS:
        return True
    return not any(_is_verb(word) for word, _, _ in words)


def _is_verb(word: str) -> bool:
    # "aged" belongs to the age it gives ("were aged 15 to 17"): the label's own word
    # "during" is a preposition, whatever its ending ("..., 40 per cent during attacks")
    return (
        word.islower()
        and word not in ("aged", "during")
        and (word in VERBS or word.endswith(("ed", "ing")))
    )


_NOT_KINDS = frozenset(("them", "these", "those", "which", "whom", "whose", "it", "this"))


def _after_shared_of(
    text: str, run: list[_Figure], first: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """A first label too long to be one, from its last "of" where later counts open on it.

    "97 had set a minimum legal age at marriage of 18 years for women, 41 of 16 or 17
    years and 14 of below 16 years" -> "18 years for women": the words up to "of" are
    understood in every later part (a label short enough keeps them: "graduates of
    national colleges, 603 of regional institutes"). "of them" after a count says whose
    part it is, and opens no kind.
    """
    if run[0].item.kind != "count" or len(first) <= _MAX_LABEL_WORDS:
        return first
    for figure in run[1:]:
        words = _words(text, figure.end, figure.end + 40)  # "of 60 years" may be its head
        if len(words) < 2 or words[0][0] != "of" or words[1][0].lower() in _NOT_KINDS:
            return first
    at = [i for i, (word, _, _) in enumerate(first) if word == "of"]
    return first[at[-1] + 1 :] if at and 0 < at[-1] < len(first) - 1 else first


def _right_words(
    text: str, hi: int, fit: _Fit, at: int, start: int, *, relative: bool = False
) -> list[tuple[str, int, int]]:
    """The words of the label right of part ``at`` of a fit, read from ``start``.

    A relative pronoun ends the label, unless ``relative``: then the words run on over
    the relative clause ("members who responded ... were based at Headquarters").
    """
    run = fit.run
    figure = run[at]
    if at + 1 < len(run):
        gap = text[start : run[at + 1].start]
        if _in_apposition(text, run[at + 1]):
            gap = gap.rstrip()[:-1]  # "..., 24 per cent a biennial one and the remainder,"
        joint = _joint(gap, last=True)
        end = start + joint.start() if joint else start
    else:
        limit = _label_limit(text, hi, fit)
        # "the remainder, 12 per cent, had no view": the figure in apposition
        opening = max(figure.end + _in_apposition(text, figure), start)
        if names := _NAMES_IN_APPOSITION.match(text, opening):
            opening = start = names.end()  # "and one, Haiti, in the Caribbean"
        stop = re.search(r"[,;:.]\s|[,;:.]$|\s(?:while|whereas|but)\s", text[opening:limit])
        end = opening + stop.start() if stop else limit
    ending = _LABEL_END_PAST_RELATIVE if relative else _LABEL_END
    cut = ending.search(text, start, end)
    if cut and cut.start() == start and (clause := _RELATIVE.match(text, start)):
        start = clause.end()  # the clause names the part: "11 that were not ..."
        cut = ending.search(text, start, end)
    end = cut.start() if cut else end
    return _trim(_words(text, start, end), trailing=False)


# Words of quantity before a noun: a verb's form after them is a noun ("at least one
# report", "a target").
_DETERMINERS = frozenset(("a", "an", "one", "each", "every", "any", "no", "some", "several"))


def _bracketed(text: str, figure: _Figure) -> bool:
    """Whether a figure is a bare count in parentheses: "(4)". Its label stands before it."""
    return text[figure.start - 1 : figure.start] == "(" and text.startswith(")", figure.end)


_NAMED_WORDS = 3  # a share in parentheses after the verb's object: "are women (24%)"
_BE = frozenset(("is", "are", "was", "were"))


def _labels(text: str, lo: int, hi: int, fit: _Fit) -> list[tuple[int, int]] | None:
    """Step 4: each part's label as a span of ``text``, or ``None``."""
    run = fit.run
    before = fit.whole is not None and fit.whole.end <= run[0].start
    start = max(fit.whole.end, lo) if before else lo  # a whole carried from before: lo
    marks = list(_CLAUSE_MARK.finditer(text, start, run[0].start))
    clause = marks[-1].end() if marks else start
    if not marks and before:
        link = _WHOLE_LINK.search(text, start, run[0].start)
        clause = link.end() if link else start
    lefts, rights = [], []
    raw_lefts = []  # the words before each figure, untrimmed
    # one noun, in the singular or the plural: "in one case, ... in seven cases"
    nouns = {(f.item.counted or "").lower().removesuffix("s") for f in run}
    same_noun = len(nouns) == 1 and "" not in nouns  # "funded 3,210 posts, ... 2,382 posts"
    for at, figure in enumerate(run):
        if at == 0:
            left_start = clause
            if len(marks) > 1 and not _words(text, clause, figure.item.prefix_start):
                left_start = marks[-2].end()  # "...: military, 52; civilian, 21": label, count
        else:
            gap_start = run[at - 1].end
            if run[at - 1].share is not None and (aside := _SHARE_ASIDE.match(text, gap_start)):
                gap_start = aside.end()  # "Africa (140, or 45 per cent), Asia (102, ...)"
            joint = _joint(text[gap_start : figure.start])
            left_start = gap_start + joint.end() if joint else figure.start
        raw_lefts.append(_words(text, left_start, figure.item.prefix_start))
        if _bound_of_label(text, figure.item):  # "aged 60 and over 25 per cent"
            lefts.append(_trim(_words(text, left_start, figure.start), trailing=False))
        else:
            lefts.append(_trim(_words(text, left_start, figure.item.prefix_start), trailing=True))
        right_start = max(figure.end, figure.item.head_end) if same_noun else figure.end
        if figure.share is not None and (aside := _SHARE_ASIDE.match(text, right_start)):
            right_start = aside.end()  # "300 (60 per cent) were women", "72, or 39 per cent,"
        if at == 0:
            first_right_start = right_start
        words = _right_words(text, hi, fit, at, right_start)
        if len(words) == 1 and _is_verb(words[0][0]):
            words = _reported_clause(text, hi, fit, at, words)
        if figure.share is not None and figure.item.head_end > right_start:
            # "4,312 staff members (58 per cent) voted to retain ...": the words after the
            # count's noun and share, where there are any
            words = _right_words(text, hi, fit, at, figure.item.head_end) or words
        rights.append(words)
    # The side of the labels is the last part's, unless it is the rest ("the remaining 19
    # per cent occurred in other regions"): then the part before it decides, and the rest
    # keeps its words on the right.
    rest = [_REST_BEFORE.search(text, max(0, f.item.prefix_start - 16), f.start) for f in run]
    deciding = len(run) - 1 if not rest[-1] or len(run) < 3 else len(run) - 2
    on_right = bool(rights[deciding]) and not _verb_left_out_before_preposition(text, run)
    if on_right and all(_bracketed(text, figure) for figure in run):
        on_right = False  # "of 11 boys in combat (4) and support roles (7) was verified"
        if before and fit.whole.item.head_end <= run[0].item.prefix_start:  # type: ignore[union-attr]
            # the whole's noun is no part of the first label: "11 boys| in combat (4)"
            lefts[0] = _trim(
                _words(text, fit.whole.item.head_end, run[0].item.prefix_start),  # type: ignore[union-attr]
                trailing=True,
            )
    labels, other = (rights, lefts) if on_right else (lefts, rights)
    labels = [words or spare for words, spare in zip(labels, other, strict=True)]
    if not on_right and rest[-1] and rights[-1]:
        labels[-1] = rights[-1]
    if on_right and rights[0] and all(_elided_verb(words) for words in labels[1:]):
        # "Sixty per cent of the cases brought to ... concerned conditions of service, 25
        # per cent career development": the later labels are bare, so the first is what
        # follows its verb
        first = labels[0]
        if first is rights[0] and not any(_is_verb(word) for word, _, _ in first):
            # "Thirty-six per cent of the 1,100 staff members who responded to the survey
            # were based at Headquarters, 41 per cent at ...": the share's noun ended at a
            # relative pronoun, and its clause's verb comes after the relative clause
            first = _right_words(text, hi, fit, 0, first_right_start, relative=True)
        verbs = [
            i
            for i, (word, _, _) in enumerate(first)
            if _is_verb(word) and not (i and first[i - 1][0].lower() in _DETERMINERS)
        ]  # "submitted at least one report under ...": "report" after "one" is a noun
        if verbs:
            # "the 109 people who were killed ... since May were hit during ...": a form of
            # "be" after the participle's clause makes the next word the clause's own verb
            verbs += [
                i + 1
                for i in range(verbs[-1] + 1, len(first) - 1)
                if first[i][0] in _BE and first[i + 1][0].islower()
            ][-1:]
        denied = all(as_word(w) in _NEGATIONS for words in labels[1:] for w, _, _ in words)
        if (
            verbs
            and verbs[-1] + 1 < len(first)
            and not (denied and first[verbs[-1] + 1][0] in _TIME_OPENERS)
        ):
            # a later "not" denies the whole predicate, whose words after its verb may
            # only date it: "210 had received training in the previous two years and 90
            # had not" keeps "received training ..."
            labels[0] = first[verbs[-1] + 1 :]
    for at, figure in enumerate(run):
        if rest := rest_in_part_before(text, figure.start):
            # "and most of the remaining 10 per cent during attacks by ...": what most of
            # the rest was names no part; the rest does
            rest_at = text.rfind(rest, 0, figure.start)
            labels[at] = [(rest, rest_at, rest_at + len(rest))]
    labels[0] = _after_shared_of(text, run, labels[0])  # "an age of 18 years, 25 of 16 years"
    if on_right and len(labels[0]) > _MAX_LABEL_WORDS:
        # "had a unit for the advancement of women at ministerial level, 27% at a lower
        # level": the later labels' preposition finds the first before "of" cuts it short
        labels[0] = _opens_like_later(labels[0], labels[1:])
    # The word right before a count in brackets is its label's noun, whatever its ending
    # ("relating to housing (140)", "from peacekeeping (25)"): no verb
    bracketed = _is_bracketed(text, run[0])
    if bracketed and not on_right and len(labels[0]) > _MAX_LABEL_WORDS:
        # "The 64 complaints received by the Office of the Ombudsman in 2019 concerned pay
        # (30), ...": a first label longer than a label holds the clause's subject, and
        # the label follows the clause's last verb
        verbs = [i for i, (word, _, _) in enumerate(labels[0][:-1]) if _is_verb(word)]
        if verbs:
            labels[0] = labels[0][verbs[-1] + 1 :]
    if not on_right and _gapped_preposition(text, run):
        # "was judged satisfactory in 64 per cent, unsatisfactory in 28 per cent": the
        # later labels are ratings, and so is the first, after its verb of judging
        labels[0] = _judged_as(labels[0]) or labels[0]
    if (
        on_right
        and fit.total is not None
        and labels[0]
        and (whole_end := _total_after(text, run[0], fit.total)) is not None
        and labels[0][0][1] <= whole_end + 1  # the label opens on it or its noun
        and not any(_is_verb(word) for word, _, _ in labels[0])
        and (verbs := [i for i, (word, _, _) in enumerate(lefts[0]) if _is_verb(word)])
    ):
        # "The Administration accepted 20 of the 25 recommendations; the remaining 5 were
        # rejected": the first label is the whole's figure and noun; its verb is its label
        labels[0] = lefts[0][verbs[-1] :]
    # "More than half of the population are women (24%) and children (37%), while 39% are
    # men": a share in parentheses right after the words that follow its clause's verb is
    # named by them, not by the clause's subject
    for at, figure in enumerate(run):
        if figure.item.kind == "percent" and _bracketed(text, figure):
            verbs = [
                i
                for i, (word, _, _) in enumerate(raw_lefts[at])
                if _is_verb(word) or word.lower() in _BE
            ]
            named = raw_lefts[at][verbs[-1] + 1 :] if verbs else []
            if named and named[0][0].lower() in PREPOSITIONS:
                named = named[1:]  # "divided between Greece (29%)": "Greece"
            if 0 < len(named) <= _NAMED_WORDS:
                labels[at] = named
    labels = [_shorten(words) for words in labels]
    if any(not words or len(words) > _MAX_LABEL_WORDS for words in labels):
        return None
    if any(
        as_word(word) in _CLAUSE_WORDS and not (word == "whose" and at)  # "children whose sex"
        for words in labels
        for at, (word, _, _) in enumerate(words)
    ):
        return None  # "it could still be said that a single State ...": a clause, no label
    later = [
        words[1:] if words[0][0].endswith("ly") and len(words) > 1 else words
        for words in labels[1:]
    ]
    first_on_left = not on_right or not rights[0]
    if (
        first_on_left
        and not bracketed
        and all(all(_is_verb(word) for word, _, _ in words) for words in later)
    ):
        # "the State under review supported 112, noted 31": the subject is the whole's
        verbs = [i for i, (word, _, _) in enumerate(labels[0]) if _is_verb(word)]
        if verbs:
            at = verbs[-1]
            at -= at > 0 and labels[0][at - 1][0].endswith("ly")
            labels[0] = labels[0][at:]
    elif first_on_left and not any(
        _is_verb(word) for words in later for word, _, _ in (words[:-1] if bracketed else words)
    ):
        # "The 90 claims filed in 2006 concerned Liberia (50) and Sierra Leone (40)": the
        # later labels are bare names, so the first is what follows its clause's verb
        verbs = [
            i
            for i, (word, _, _) in enumerate(labels[0])
            if _is_verb(word) and not (bracketed and i == len(labels[0]) - 1)
        ]
        finite = [i for i, (word, _, _) in enumerate(labels[0]) if word in _FINITE]
        subjects = not any(words[0][0].lower() in PREPOSITIONS for words in later)
        if subjects and (verbs or finite) and _gapped_preposition(text, run):
            # "national staff managed procurement in 52 offices, the regional hub in 30
            # and ...": the verb and its object are left out after the first part, so
            # the first label is the subject before its verb
            labels[0] = labels[0][: min(verbs + finite)] or labels[0]
        elif not verbs and finite and finite[0] > 0:
            labels[0] = labels[0][: finite[0]]  # "Africa was home to 38 ..., Asia to 22"
        elif verbs and verbs[-1] + 1 < len(labels[0]):
            labels[0] = labels[0][verbs[-1] + 1 :]
        opening = labels[0][0][0].lower()
        if (
            len(labels[0]) > 1
            and opening in PREPOSITIONS
            and all(words[0][0].lower() != opening for words in later)
        ):
            # "came from Africa (45) and Asia (75)", "..., from universities (210), think
            # tanks (140) ...", "financed by the core budget (30), donors (22) ..."
            labels[0] = _trim(labels[0][1:], trailing=False) or labels[0]
    if first_on_left and not bracketed:
        labels[0] = _gapped_first(labels[0], later)
    else:  # "... are in Africa, 14 in Asia": the verb the later ones leave out goes too
        labels[0] = _opens_like_later(labels[0], later)
    if first_on_left and not YEAR_IN_TEXT.search(text, run[0].start, run[-1].end):
        labels[0] = _undated(labels[0])
    if any(all(word.lower() in PREPOSITIONS for word, _, _ in words) for words in labels):
        return None  # "...; in the remaining 22, such offences ...": no label but "in"
    spans = [
        (words[0][1], label_end(text, words[0][1], _closed(text, words[0][1], words[-1][2])))
        for words in labels
    ]
    if any(_holds_a_count(text, s, e) for s, e in spans):
        return None
    names = [text[s:e].lower() for s, e in spans]
    return spans if len(set(names)) == len(names) else None


# The whole right after a part: " of the 25", " out of 25".
_OF_WHOLE = re.compile(
    r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:the\s{1,3})?"
    r"(?P<whole>\d{1,3}(?:,\d{3})+|\d{1,7}|[a-z-]{3,20})\b"
)


def _total_after(text: str, figure: _Figure, total: int) -> int | None:
    """Where the sum of the parts ends, written right after ``figure`` ("of the 25")."""
    match = _OF_WHOLE.match(text, figure.end)
    if match is None or read_count(match["whole"])[0] != total:
        return None
    return match.end()


_GROUPED_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)")


def _holds_a_count(text: str, start: int, end: int) -> bool:
    """Whether a label holds a count, or starts inside one ("405 in the ..." of "3,405").

    >>> text = "comprised 3,405 in the Professional category (50 per cent)"
    >>> _holds_a_count(text, 12, 44), _holds_a_count(text, 16, 44)
    (True, False)
    """
    inside = start > 1 and text[start - 1] in ",." and text[start - 2].isdigit()
    return inside or _GROUPED_COUNT.search(text, start, end) is not None


_CLOSING_REACH = 8  # characters from a label's last word to the ")" it leaves open


def _closed(text: str, start: int, end: int) -> int:
    """The end of a label span, moved past the ")" of a parenthesis the label opens.

    A label's words leave out its marks and its last "of", so a name with its own
    parentheses would end inside them ("Iran (Islamic Republic of)", "the Internal
    Security Forces (ISF)"): the span runs on to the closing one.

    >>> text = "Iran (Islamic Republic of) (5)"
    >>> text[: _closed(text, 0, 22)]
    'Iran (Islamic Republic of)'
    """
    if text.count("(", start, end) <= text.count(")", start, end):
        return end
    close = text.find(")", end, end + _CLOSING_REACH)
    return close + 1 if close >= 0 and "(" not in text[end:close] else end


def _gapped_preposition(text: str, run: list[_Figure]) -> bool:
    """Whether one preposition stands right before every figure of a run.

    "States were responsible in 120 countries, UNHCR in 26 and both in 21": each part
    is a subject and the figure's "in" phrase, the verb written once.
    """
    before = []
    for figure in run:
        words = _words(text, max(0, figure.item.prefix_start - 16), figure.item.prefix_start)
        before.append(words[-1][0].lower() if words else "")
    return before[0] in PREPOSITIONS and len(set(before)) == 1


# The names of what a count counts, set off by commas after it: "one, Haiti,", "two,
# Chad and the Niger,".
_NAMES_IN_APPOSITION = re.compile(
    r",(?:\s{1,3}(?:[A-Z][\w’'-]{0,30}|and|the|of)){1,8}\s{0,3},(?=\s)"
)
_THAT = re.compile(r"\s{1,3}that\s")


def _reported_clause(
    text: str, hi: int, fit: _Fit, at: int, verb: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The label of a part whose verb reports a clause: what the clause says of its subject.

    "52 per cent said that the information provided was very useful; 35 per cent found it
    somewhat useful": "said" alone names no category, the clause after "that" does, and
    where it links its subject to a complement ("... was very useful") the complement is
    the label. Otherwise the verb stays the label.
    """
    that = _THAT.match(text, verb[-1][2])
    if that is None:
        return verb
    clause = _right_words(text, hi, fit, at, that.end(), relative=True)
    finite = [i for i, (word, _, _) in enumerate(clause) if word in _FINITE]
    if not finite or finite[-1] + 1 >= len(clause):
        return verb
    return _trim(clause[finite[-1] + 1 :], trailing=False)


def _in_apposition(text: str, figure: _Figure) -> bool:
    """Whether commas set the figure off after a noun: "and the remainder, 12 per cent,"."""
    before = text[max(0, figure.item.prefix_start - 3) : figure.item.prefix_start].rstrip()
    return before.endswith(",") and text.startswith(",", figure.end) and before[:-1][-1:].isalpha()


def _judged_as(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The rating a verb of judging gives, or no words.

    "The service was judged satisfactory" -> "satisfactory"; "rated the conduct of voting
    as good or very good" -> "good or very good"; "were found to be fully qualified" ->
    "fully qualified". A rating holds no verb of its own.
    """
    lowered = [word.lower() for word, _, _ in words]
    judging = [i for i, word in enumerate(lowered) if word in JUDGING_VERBS]
    if not judging:
        return []
    rating = words[judging[-1] + 1 :]
    if "as" in lowered[judging[-1] + 1 :]:
        rating = words[lowered.index("as", judging[-1] + 1) + 1 :]
    elif lowered[judging[-1] + 1 : judging[-1] + 3] == ["to", "be"]:
        rating = rating[2:]
    if any(_is_verb(word) or word in _FINITE for word, _, _ in rating):
        return []
    return rating


_ARTICLE_OR_REST = frozenset({"the", "a", "an", "remaining", "other", "rest", "remainder"})


def _verb_left_out_before_preposition(text: str, run: list[_Figure]) -> bool:
    """Whether every figure follows one preposition, the first after its verb.

    "Staff costs account for 71 per cent of the budget, operational costs for 22 per cent
    and furniture for the remaining 7 per cent": the verb is left out after the first
    part, its preposition kept, so each label stands before its "for", on the left.
    """
    endings = set()
    for figure in run:
        before = _words(text, max(0, figure.item.prefix_start - 40), figure.item.prefix_start)
        words = [word.lower() for word, _, _ in before]
        while words and words[-1] in _ARTICLE_OR_REST:
            words.pop()
        if len(words) < 2 or words[-1] not in PREPOSITIONS:
            return False
        if figure is run[0] and not (_is_verb(words[-2]) or words[-2] in SHARE_VERBS):
            return False  # "...; in 30 it was 18 years, in 22 ...": no verb left out
        endings.add(words[-1])
    return len(endings) == 1


def _opens_like_later(
    first: list[tuple[str, int, int]], later: list[list[tuple[str, int, int]]]
) -> list[tuple[str, int, int]]:
    """The first label from the last place of the preposition the later labels open on.

    "policies to raise fertility were reported by 55, to lower fertility by 69" -> "to
    raise fertility"; "Thirty-one of the 50 countries are in Africa, 14 in Asia" -> "in
    Africa". The later labels all open on it, or all but one.
    """
    openings = Counter(words[0][0].lower() for words in later if words).most_common(1)
    opening, times = openings[0] if openings else ("", 0)
    if opening in PREPOSITIONS and times >= max(1, len(later) - 1):
        at = [i for i, (word, _, _) in enumerate(first) if word.lower() == opening]
        if at and at[-1] > 0:
            return first[at[-1] :]
    return first


def _gapped_first(
    first: list[tuple[str, int, int]], later: list[list[tuple[str, int, int]]]
) -> list[tuple[str, int, int]]:
    """The first label written before its figure without the verb the later ones leave out.

    "Voluntary contributions funded 3,210 ... and assessed contributions 2,382" ->
    "Voluntary contributions"; where the later labels open on one word, the first opens
    on it too: "policies to raise fertility were reported by 55, to lower fertility by
    69" -> "to raise fertility".
    """
    first = _opens_like_later(first, later)
    if any(_is_verb(words[-1][0]) for words in later if words):
        return first
    end = len(first)
    while end > 1 and _is_verb(first[end - 1][0]):
        end -= 1
    if end < len(first):
        while end > 1 and first[end - 1][0].lower() in AUXILIARIES:
            end -= 1
    return first[:end]


def _label_limit(text: str, hi: int, fit: _Fit) -> int:
    """Where the last part's label must end: before a whole stated after the parts.

    "45 women and 75 men among the 120 participants": "men", not "men among the 120".
    """
    whole, last = fit.whole, fit.run[-1]
    if whole is None or whole.start < last.end:
        return hi
    marker = _total_marker(text, last.end, whole.start)
    return marker.start() if marker is not None else whole.start


# A count's share written after it: "(60 per cent)", ", or 39 per cent," (the share of
# the total); its label comes after it.
_SHARE_ASIDE = re.compile(
    r"\s{0,3}\([^()]{1,40}\)"
    rf"|,\s{{1,3}}{SHARE_APPOSITION}\s{{1,3}}\d{{1,3}}(?:\.\d{{1,3}})?\s{{0,3}}(?:per\s{{0,3}}cent|percent|%)"
    r"(?:\s{1,3}of\s{1,3}(?:the|their|its)\s{1,3}total)?\s{0,3},?"
)
_REST_BEFORE = re.compile(r"\b(?:remaining|other|rest|remainder)[\s,]{1,3}$")
_LABEL_BOUND = re.compile(r"\d\s{1,3}(?:and|or)\s{1,3}$")


# A word that states its figure nearly, not as a bound: "Nearly 55 per cent ..., 32 per
# cent ... and 13 per cent ..." still split one whole.
_NEAR_FIGURE = re.compile(r"(?i:nearly|almost)\s{1,3}$")


def _bound_of_label(text: str, item: Item) -> bool:
    """Whether the qualifier before a figure ends the label before it: "aged 50 and above 45"."""
    return item.prefix_start < item.start and bool(
        _LABEL_BOUND.search(text, max(0, item.prefix_start - 12), item.prefix_start)
    )


def _names_a_grade(text: str, share: Item, rate: int) -> bool:
    """Whether a rate word at ``rate`` names where a group's share stands, not a rate.

    "64 per cent of the Governments had one at ministerial level, 27 per cent at a
    lower level": the share is of a group it names (not of a rate or a price: "20 per
    cent of the average wage"), and the word is the object of a preposition ("at", "in";
    not "per"), so the shares split that group. "the rate of illiteracy ... is 41 per
    cent" and "a 54 per cent poverty rate" are rates.
    """
    counted = share.counted
    if not share.of_noun or counted is None or RATE_WORDS.search(counted):
        return False
    before = text[max(0, rate - 30) : rate].lower().split()[-3:]
    return any(word in PREPOSITIONS and word != "per" for word in before)


def _is_series(text: str, lo: int, fit: _Fit, labels: list[str]) -> bool:
    """Step 5: whether the figures are a series, a comparison or bounds, not parts."""
    run = fit.run
    if _FROM_TO.search(text, run[0].start, run[-1].end):
        return True
    if any(
        f.item.qualifier in _BOUNDS
        and not _bound_of_label(text, f.item)
        and not _NEAR_FIGURE.match(text, f.item.prefix_start, f.item.start)
        for f in run
    ):
        return True
    if run[0].item.kind == "percent":
        rates = RATE_WORDS.finditer(text, lo, run[-1].end)
        if any(not _names_a_grade(text, run[0].item, rate.start()) for rate in rates):
            return True  # "a 54 per cent poverty rate": a rate, no share of a whole
        bases = {f.item.counted.lower() for f in run if f.item.of_noun and f.item.counted}
        if len(bases) > 1:
            return True  # "22 per cent of the vote, ... 27 per cent of extreme poverty"
    words = [text[f.item.start : f.item.end].lower() for f in run]
    if all(word == "one" for word in words):
        return True  # "one by the United States and one by the Soviet Union": pronouns
    if fit.whole is not None and run[0].item.kind == "count":
        return False  # "Of the 90 posts, 30 were filled in 2003, 25 in 2004 and 35 in 2005"
    if any(YEAR_IN_TEXT.search(label) for label in labels):
        return True  # "45 per cent in 2010 and 55 per cent in 2020", "60 per cent by 2050"
    dated = [
        label
        for label in labels
        if _PERIOD.search(label.lower()) or any(m in label.lower().split() for m in MONTHS)
    ]
    return len(dated) > 1  # "in March ... in June", not "pending at the end of the year"


def _read(text: str, lo: int, hi: int, fits: list[_Fit]) -> list[Tally]:
    """The tallies of one sentence's fits (:func:`_fits`)."""
    tallies = [_tally(text, lo, hi, fit) for fit in fits]
    return [tally for tally in tallies if tally is not None]


def _fits(text: str, lo: int, figures: list[_Figure]) -> list[_Fit]:
    """Steps 2 and 3: the runs of one sentence's figures and the wholes they fit."""
    runs = _runs(text, figures)
    count_fits: list[_Fit] = []
    share_fits: list[_Fit] = []
    table = None
    for run in runs:
        if run[0].item.kind == "count":
            table = table or _Counts.of(figures)
            count_fits.extend(_count_fits(text, lo, figures, run, table))
        else:
            share_fits.extend(_share_fits(text, lo, figures, run))
    # counts first: they carry the shares written beside them ("45 per cent (63)")
    return _best_fits(count_fits) if count_fits else _best_fits(share_fits)


def _joined_pieces(fits: list[_Fit], theirs: list[Tally]) -> Tally | None:
    """The pieces other readers found of one whole's parts, joined as one tally.

    "Of the 60 States that replied, 41 reported having held a census during the 2020
    round, whereas 12 reported that it had been delayed and 7 that none was planned": a
    year inside the first clause ends one reading and starts another (41 of 60; 12 and
    7). Where this reader's labels fail but its one fit's counts are exactly the parts of
    those pieces, and the whole is stated, the pieces are one tally with their labels and
    that whole. A piece's own whole must be that one.
    """
    if len(theirs) < 2:
        return None
    if len(fits) != 1 or fits[0].whole is None:
        return None
    fit = fits[0]
    if any(
        t.kind not in ("survey", "breakdown")
        or t.unit != "count"
        or t.total not in (None, fit.total)
        or any(part.count is None for part in t.parts)
        for t in theirs
    ):
        return None
    pieces = sorted(theirs, key=lambda t: t.start)
    parts = [part for piece in pieces for part in piece.parts]
    if [part.count for part in parts] != [figure.item.value for figure in fit.run]:
        return None  # the same counts in the same order, no more and no fewer
    kind = "survey" if any(t.kind == "survey" for t in pieces) else "breakdown"
    start = min(fit.whole.start, pieces[0].start)
    end = max(t.end for t in pieces)
    return Tally(kind, start, end, parts, total=fit.total, unit="count")


def _switches_subject(fit: _Fit) -> bool:
    """Whether later figures count other things in a clause of their own.

    "Of the 40 staff, 12 were hired in 2019, while 10 computers and 18 vehicles were
    bought": the first part counts the whole's noun (left out), later ones two or more
    nouns of their own with a verb of their own; that their sum is the whole's is a
    coincidence.
    """
    first = fit.run[0].item
    if first.counted is not None or fit.whole is None:
        return False
    whole_noun = (fit.whole.item.counted or "").lower()
    others = [
        f.item
        for f in fit.run[1:]
        if f.item.counted is not None and f.item.counted.lower() != whole_noun
    ]
    # a list of two or more other things, its verb after it ("... were bought"); not one
    # synonym of the whole ("Among the 197 countries ..., while 54 Governments had ...")
    return len({item.counted for item in others}) > 1 and any(
        item.auxiliary or item.verb for item in others
    )


def _tally(text: str, lo: int, hi: int, fit: _Fit) -> Tally | None:
    """The tally of one fit, or ``None`` where its labels make it none."""
    if _switches_subject(fit):
        return None
    spans = _labels(text, lo, hi, fit)
    if spans is None:
        return None
    labels = [text[s:e] for s, e in spans]
    if _is_series(text, lo, fit, labels):
        return None
    counted = fit.whole.item.counted if fit.whole is not None else None
    nouns = {figure.item.counted for figure in fit.run}
    if counted is None and len(nouns) == 1:
        counted = nouns.pop()  # "funded 3,210 posts, ... and ... 2,382 posts": both count posts
    parts = []
    for figure, (start, end), label in zip(fit.run, spans, labels, strict=True):
        item = figure.item
        percent = item.percent if item.kind == "percent" else figure.share
        decimals = item.decimals if item.kind == "percent" else figure.share_decimals
        parts.append(
            Part(
                label,
                item.value if item.kind == "count" else None,
                min(start, figure.start),
                max(end, figure.end),
                percent=None if percent is None else float(percent),
                decimals=decimals,
                counted=counted,
                qualifier=item.qualifier,
            )
        )
    kind = "survey" if ASKED_WORDS.search(text, lo, hi) else "breakdown"
    if any(figure.item.counted == "votes" for figure in fit.run):
        kind = "vote"  # "received 1,842,116 votes (48.9 per cent), ...": an election's result
    elif (sides := vote_labels(labels)) is not None:
        # "supported by 62 per cent ..., opposed by 21 per cent, while 17 per cent abstained"
        kind = "vote"
        for part, side in zip(parts, sides, strict=True):
            part.category = side
    start, end = min(p.start for p in parts), max(p.end for p in parts)
    if fit.whole is not None:
        start, end = min(start, fit.whole.start), max(end, fit.whole.end)
    unit = "count" if fit.run[0].item.kind == "count" else "percent"
    return Tally(kind, start, end, parts, total=fit.total, unit=unit)


def _values(tally: Tally) -> Counter[tuple[str, float]]:
    """The figures of a tally: its counts and its shares."""
    values: Counter[tuple[str, float]] = Counter()
    for part in tally.parts:
        if part.count is not None:
            values["count", float(part.count)] += 1
        if part.percent is not None:
            values["percent", float(part.percent)] += 1
    return values


def _exceeds_whole(tallies: list[Tally]) -> bool:
    """Whether a tally's counts add up to more than its whole: one of them is no part."""
    return any(
        tally.total is not None and sum(part.count or 0 for part in tally.parts) > tally.total
        for tally in tallies
    )


def _all_with_shares(tallies: list[Tally]) -> bool:
    """Whether every part is a count with its share (counts and shares that agree)."""
    return all(p.count is not None and p.percent is not None for t in tallies for p in t.parts)


def _replaces(mine: list[Tally], theirs: list[Tally]) -> bool:
    """Whether ``mine`` hold all the figures of the tallies ``theirs`` found, and more.

    More: more figures, a whole they miss, or the wholes they joined as one ("52 and 48
    per cent; ... 58 and 42 per cent" read as one split of 200 per cent). Where their
    counts add up to more than their whole, a reading with a whole replaces them though it
    leaves a figure out: the figure they took is no part ("..., including 37 minors").
    """
    if any(not t.parts for t in theirs):
        return False
    votes = [t for t in theirs if t.kind == "vote"]
    if votes and (any(len(t.parts) > 1 for t in votes) or not _all_with_shares(mine)):
        return False  # a vote's sides; but one side of it may be a part of counts with shares
    if _exceeds_whole(theirs) and any(t.total is not None for t in mine):
        return True  # "1,948 ... were men and 216 ... women, including 37 minors": 37 is no part
    have: Counter[tuple[str, float]] = Counter()
    wholes: Counter[tuple[str, float]] = Counter()  # a reading may take a whole for a part
    for tally in mine:
        have.update(_values(tally))
        if tally.total is not None:
            wholes["count", float(tally.total)] += 1
    want: Counter[tuple[str, float]] = Counter()
    for tally in theirs:
        want.update(_values(tally))
    if want - have - wholes:
        return False
    return (
        want != have
        or len(mine) > len(theirs)
        or sum(t.total is not None for t in mine) > sum(t.total is not None for t in theirs)
    )


# A label that runs over a figure or a clause: "reports received in 2004 came from Africa".
_WORSE_LABEL = re.compile(r"\d|^(?:\S+\s){5}")


def _opens_on_noun(mine: Part, theirs: Part) -> bool:
    """Whether my label opens on the noun their part counts: "claims came from Liberia"."""
    if not mine.category or not theirs.counted:
        return False
    return mine.category.split()[0].lower() == theirs.counted.split()[0].lower()


def _prepositions_before(mine: list[Part], theirs: list[Part]) -> bool:
    """Whether each of my labels is theirs after a preposition: "to Asia" and "Asia"."""
    if len(mine) != len(theirs):
        return False
    for my_part, their_part in zip(mine, theirs, strict=True):
        preposition, _, rest = (my_part.category or "").partition(" ")
        if preposition.lower() not in PREPOSITIONS or rest != their_part.category:
            return False
    return True


def _labels_end_theirs(mine: list[Part], theirs: list[Part]) -> bool:
    """Whether each of their labels is mine with words before it: "ministries of health"."""
    return len(mine) == len(theirs) and all(
        my_part.category
        and their_part.category
        and their_part.category != my_part.category
        and their_part.category.endswith(" " + my_part.category)
        for my_part, their_part in zip(mine, theirs, strict=True)
    )


def _gives_whole(mine: list[Tally], theirs: list[Tally]) -> bool:
    """Give the whole of ``mine`` to the one tally of ``theirs`` that has the same parts.

    Another reader read the parts and their labels ("The 120 reports came from Africa (45)
    and Asia (75)") and missed the whole: where the whole comes after their parts ("...
    from men. The total was 120."), or a label of ``mine`` runs over a figure, is six
    words or more, opens on the noun their first part counts ("claims came from
    Liberia"), or each label of ``mine`` is theirs after the preposition the verb takes
    ("to Africa", "to Asia" beside "Africa", "Asia": "30 went to Africa, 15 to Asia"), or
    each of their labels ends with mine ("ministries of health" beside "health"),
    their reading keeps its labels and takes the whole (and the whole's place in its
    span).
    """
    if len(mine) != 1 or len(theirs) != 1 or mine[0].total is None:
        return False
    mine_tally, their_tally = mine[0], theirs[0]
    if their_tally.kind == "vote" or their_tally.total is not None:
        return False
    whole_after = mine_tally.end > their_tally.end and mine_tally.start >= their_tally.start
    if (
        not whole_after
        and not any(_WORSE_LABEL.search(part.category or "") for part in mine_tally.parts)
        and not _opens_on_noun(mine_tally.parts[0], their_tally.parts[0])
        and not _prepositions_before(mine_tally.parts, their_tally.parts)
        and not _labels_end_theirs(mine_tally.parts, their_tally.parts)
        and not _relating_verb_before(mine_tally.parts, their_tally.parts)
    ):
        return False  # labels as good as theirs: this reading replaces theirs
    if _values(mine_tally) != _values(their_tally):
        return False
    their_tally.total = mine_tally.total
    their_tally.start = min(their_tally.start, mine_tally.start)
    their_tally.end = max(their_tally.end, mine_tally.end)
    return True


def _relating_verb_before(mine: list[Part], theirs: list[Part]) -> bool:
    """Whether each label of mine is theirs after a verb of what it is about.

    "concerned land" beside "land" ("610 concerned land, 420 concerned housing"): the
    object of "concerned" is the category.
    """
    return len(mine) == len(theirs) and all(
        RELATING_VERB.match(m.category or "") is not None
        and RELATING_VERB.sub("", m.category or "", count=1) == t.category
        for m, t in zip(mine, theirs, strict=True)
    )


def _leave_earlier_tallies(mine: list[Tally], found: list[Tally], lo: int) -> None:
    """Start my tallies at their parts where the sentence before holds a tally of its own.

    A whole carried from the sentence before may be a count another reader read there
    ("Some 75 States replied. They comprised 40 from Africa, ..."): the tally of its
    parts then spans only its own sentence, so that both are kept.
    """
    for tally in mine:
        if tally.start < lo and tally.parts and any(lo > t.end > tally.start for t in found):
            tally.start = min(part.start for part in tally.parts)


_MAX_SPAN = _MAX_WHOLE_GAP + _MAX_GAP  # from a whole to its second part, at the most


def _kinds(text: str, numbers: list[Number], by_start: dict[int, Item]) -> list[str]:
    """The kind of each number's item, "other" for one that may be no part.

    A number no item holds may be a verb's object, and an "other" may be a passive's
    agent: both are "count".
    """
    kinds = []
    for number in numbers:
        kind = by_start[number.start].kind if number.start in by_start else "count"
        kinds.append("count" if kind == "other" and _is_agent(text, number) else kind)
    return kinds


def _close_figures(
    text: str, numbers: list[Number], items: list[Item], by_start: dict[int, Item]
) -> bool:
    """Whether three numbers, or two shares, stand close enough to be a whole and parts.

    Most numbers of a document are dates, years or references (items of kind "other"): a
    paragraph with fewer than two others holds no parts.
    """
    figures = 0  # numbers no item sets apart: :func:`_is_agent` only adds to them
    for number in numbers:  # a plain loop, stopped at two
        item = by_start.get(number.start)
        figures += item is None or item.kind != "other"
        if figures == 2:
            break
    if figures < 2 and _kinds(text, numbers, by_start).count("other") > len(numbers) - 2:
        return False
    if any(c.start - a.end <= _MAX_SPAN for a, c in zip(numbers, numbers[2:], strict=False)):
        return True
    shares = [item for item in items if item.kind == "percent"]
    return any(b.start - a.end <= _MAX_GAP for a, b in itertools.pairwise(shares))


def find_sums(
    text: str, items: list[Item], numbers: list[Number], found: list[Tally]
) -> list[Tally]:
    """Add the breakdowns read by their sums to ``found``, replacing partial readings.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in it.
    numbers
        The numbers of ``text`` (:func:`~surveystats.extract.tally_items.find_numbers`);
        a number no item holds may be the object of a verb ("supported 112").
    found
        The tallies the other readers found in ``text``.

    Returns
    -------
    list of Tally
        ``found`` with, in each sentence where a whole's parts add up to it, the tally of
        those parts: added where no tally was found, or replacing the tallies found there
        when all their figures are among its own (and it reads more, or reads the whole).

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = ("Of the 150 recommendations received, the State supported 112, "
    ...     "noted 31 and partially supported 7.")
    >>> numbers = find_numbers(text)
    >>> tally = find_sums(text, read_items(text, numbers=numbers), numbers, [])[0]
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (150, [('supported', 112), ('noted', 31), ('partially supported', 7)])
    """
    if len(numbers) < _MIN_NUMBERS:
        return found
    by_start = {item.start: item for item in items}
    if not _close_figures(text, numbers, items, by_start):
        return found
    starts = [*sentence_starts(text), len(text)]
    number_starts = [n.start for n in numbers]
    result = list(found)
    last = 0
    while last < len(numbers):  # the sentences that hold numbers, one after another
        first = last
        at = bisect.bisect_right(starts, numbers[first].start) - 1
        lo, hi = starts[at], starts[at + 1]
        last = bisect.bisect_left(number_starts, hi, first + 1)
        own = numbers[first:last]
        before = bisect.bisect_left(number_starts, starts[at - 1]) if at else first
        noun = None  # "..., including 12 offices in Africa": a whole two sentences back at most
        if at and last - first >= _MIN_NUMBERS - 1:
            earlier = bisect.bisect_left(number_starts, starts[max(0, at - 2)])
            noun = _linked_noun(text, lo, own, numbers[earlier:first], by_start)
            before = earlier if noun is not None else before
        elsewhere = (
            noun is not None
            or (at > 0 and _opens_on_whole_before(text, lo, hi))
            or (last < len(numbers) and _NEXT_TOTAL.match(text, hi - 1) is not None)
            # "..., men for the remaining 938": the rest names the whole its figures make
            or (
                text.find("remaining", lo, hi) >= 0
                and _REST_OF_WHOLE.search(text, lo, hi) is not None
            )
        )
        if last - first < _MIN_NUMBERS - elsewhere:  # a whole stated in the sentence next to it
            continue
        if _kinds(text, own, by_start).count("other") > len(own) - 2:
            continue  # dates, years and references: no two parts
        figures = _carried_wholes(text, lo, hi, numbers[before:first], by_start, noun=noun)
        figures += _figures(text, own, by_start)
        figures += _next_total(text, hi, numbers[last : last + 1])
        kinds = Counter(figure.item.kind for figure in figures)
        shares = sum(f.share is not None or f.item.kind == "percent" for f in figures)
        # a part "of the" whole states that whole: "accounted for 94 of the 1,032 ..."
        kinds["whole"] += any(f.item.of_total is not None for f in figures)
        if kinds["count"] + kinds["whole"] < _MIN_NUMBERS and shares < 2:
            continue  # a whole and two counts, or two shares
        fits = _fits(text, lo, figures)
        mine = _read(text, lo, hi, fits)
        _leave_earlier_tallies(mine, result, lo)
        theirs = [t for t in found if t.start < hi and t.end > lo]
        if not mine:
            joined = _joined_pieces(fits, theirs)
            if joined is None:
                continue
            mine = [joined]  # their pieces, one whole's parts: replaces them
        elif _gives_whole(mine, theirs):
            continue  # their parts and labels, with the whole this reading found
        elif theirs and not _replaces(mine, theirs):
            continue
        result = [t for t in result if all(t is not other for other in theirs)]
        if any(t.kind == "vote" for t in theirs):
            for tally in mine:  # "2,871 (38.6 per cent) voted for change and 252 ...": a vote
                tally.kind = "vote"
        result.extend(mine)
    return result


# Words that say a count is a sum: "In total, 29 projects were approved", "In all, 158
# States took part", "The number of valid ballots was 59", "Altogether, 11 officials ...".
_SUM_WORDS = re.compile(r"(?i)\b(?:total|in\s{1,3}all|altogether|overall|number\s{1,3}of)\b")
_SUM_WORDS_REACH = 60  # characters before a whole that the words above may take


def _open_to_whole(tally: Tally) -> bool:
    """Whether a tally is a split of counts whose whole a nearby sentence may state."""
    return (
        tally.unit == "count"
        and tally.outcome is None
        and len(tally.parts) >= 2
        and all(part.count for part in tally.parts)
    )


def _part_of(text: str, figure: _Figure, numbers: list[Number]) -> int | None:
    """The count a figure is written as a part of ("97 of 130", "37 of the 41"), if any."""
    if figure.item.of_total is not None:
        return figure.item.of_total
    at = bisect.bisect_left(numbers, figure.item.end, key=lambda number: number.start)
    following = numbers[at] if at < len(numbers) else None
    link = _OF_THE.match(text, figure.item.end)
    if following is None or link is None or link.end() != following.start:
        return None
    kind, value = read_value(following)
    return value if kind == "count" else None


# The words of a noun phrase after a whole's figure: "five regional offices,".
_NOUN_WORDS = re.compile(r"(?:\s{1,3}[a-z][\w’'-]{1,30}){1,3}")
# Nouns of what those asked sent back: counted by who sent them ("64 replies: 41 States").
_REPLY_NOUNS = frozenset(
    ("replies", "responses", "answers", "submissions", "questionnaires", "returns", "contributions")
)


def _noun_after(text: str, figure: _Figure) -> str | None:
    """The head noun right after a whole's figure ("offices"), or ``None``."""
    if figure.item.counted is not None:
        return figure.item.counted.split()[-1].lower()
    words = _NOUN_WORDS.match(text, figure.item.end)
    if words is None:
        return None
    head = None
    for word in words.group().split():
        if word in PREPOSITIONS or word in AUXILIARIES or word in VERBS or word.endswith("ed"):
            break  # "offices described in annex 1", "replies to its questionnaire"
        head = word
    return head


def _same_noun(text: str, whole: _Figure, first: _Figure | None, tally: Tally) -> bool:
    """Whether the whole counts what the parts count, where both name it.

    "On the question of the five regional offices, ... there were four posts in Bangkok
    and one in Beirut": offices are no posts, and the sum is a coincidence. Replies are
    counted by who sent them ("received 64 replies: 41 States ..."). ``first`` is the
    figure of the first part, whose noun may be a verb's object ("found two vehicles").
    """
    counted = next((part.counted for part in tally.parts if part.counted), None)
    theirs = counted.split()[-1].lower() if counted else None
    if theirs is None and first is not None:
        theirs = _noun_after(text, first)
    noun = _noun_after(text, whole)
    if theirs is None or noun is None or noun in _REPLY_NOUNS:
        return True
    return noun.rstrip("s")[:6] == theirs.rstrip("s")[:6]


def _other_year(text: str, lo: int, whole: _Figure, tally: Tally) -> bool:
    """Whether the parts are dated by another year than the whole, which comes first.

    "In 2016 the Board held 14 meetings; in 2017, 9 were held in Nairobi and 5 in
    Geneva": the 2017 meetings are no split of the 2016 ones, whatever their sum.
    """
    if whole.start > tally.start:
        return False
    own = set(YEAR_IN_TEXT.findall(text, lo, whole.start))
    later = set(YEAR_IN_TEXT.findall(text, whole.end, tally.start))
    return bool(own) and bool(later - own)


# Words that name the parts after them as the main ones of a larger whole: "the main
# nationalities were", "comprising mainly", "The largest groups departed for".
_MAIN_PARTS = re.compile(r"(?i)\b(?:main(?:ly)?|largest|principal(?:ly)?|chiefly|predominantly)\b")
_MAIN_PARTS_REACH = 60  # characters before the first part that the words above may take
# After the parts: the rest of the whole is named as such ("with the balance going to").
_REST_AFTER = re.compile(
    r"\s{0,3},?\s{0,3}(?:with\s{1,3}|and\s{1,3})?the\s{1,3}(?:balance|rest|remainder)\b"
)


def _main_parts_of(text: str, tally: Tally, lo: int) -> bool:
    """Whether words before the first part, after ``lo``, call the parts the main ones."""
    first = min(part.start for part in tally.parts)
    return (
        _MAIN_PARTS.search(text, max(lo, first - _MAIN_PARTS_REACH), first) is not None
        or _REST_AFTER.match(text, tally.end) is not None
    )


def _main_whole(
    text: str,
    tally: Tally,
    figure: _Figure,
    lo: int,
    taken: list[tuple[int, int]],
    first: _Figure | None,
) -> bool:
    """Whether a larger count before a split in its sentence is the whole of its main parts.

    "UNHCR submitted 81,310 refugees for resettlement in 2018; the main nationalities were
    Syrian (28,200), Congolese (21,800) and Eritrean (5,100)": the parts do not make the
    whole, and the sentence says they need not. Only before the parts, with a word that
    calls them the main ones ("main", "mainly", "largest") or names the rest after them
    ("with the balance going to ...").
    """
    parts_start = first.start if first is not None else min(p.start for p in tally.parts)
    if not lo <= figure.start < parts_start:
        return False
    span = (figure.start, figure.end)
    if any(s < span[1] and span[0] < e for s, e in taken):
        return False
    if (
        _MAIN_PARTS.search(text, figure.end, parts_start) is None
        and _REST_AFTER.match(text, tally.end) is None
    ):
        return False
    return _same_noun(text, figure, first, tally) and not _other_year(text, lo, figure, tally)


_WHOLE_REACH = 600  # characters around a tally where the figure of its whole may stand


def _near(figures: list[_Figure], starts: list[int], tally: Tally) -> list[_Figure]:
    """The figures (in order, ``starts`` theirs) within :data:`_WHOLE_REACH` of a tally.

    A sentence holding many tallies would otherwise have each of them look at all its
    figures, a time that grows with the square of its length.
    """
    lo = bisect.bisect_left(starts, tally.start - _WHOLE_REACH)
    hi = bisect.bisect_right(starts, tally.end + _WHOLE_REACH)
    return figures[lo:hi]


def _spans_taken(other: Tally, tally: Tally) -> list[tuple[int, int]]:
    """The spans of ``other`` where no figure may be the whole of ``tally``.

    All of ``other``, unless it splits the same whole in other categories: "Sexual violence
    against 6 children (2 boys, 4 girls) was attributed to the Taliban (5) and unidentified
    perpetrators (1)" splits the 6 children by sex and again by perpetrator, so the 6
    outside the first split's parts is the second's whole too. A parallel series keeps
    the labels of the split it repeats and is no second split of its whole.
    """
    if other.total is not None and other.total == sum(part.count or 0 for part in tally.parts):
        labels = {part.category for part in other.parts}
        if not labels & {part.category for part in tally.parts}:
            return [(part.start, part.end) for part in other.parts]
    return [(other.start, other.end)]


def _by_position(tallies: list[Tally]) -> tuple[list[Tally], list[int], list[int]]:
    """Tallies by start, their starts, and the greatest end up to each (for bisection)."""
    ordered = sorted(tallies, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    ends = list(itertools.accumulate((t.end for t in ordered), max))
    return ordered, starts, ends


def _tallies_near(
    by_position: tuple[list[Tally], list[int], list[int]], tally: Tally
) -> list[Tally]:
    """The tallies that reach within twice :data:`_WHOLE_REACH` of ``tally``.

    A superset of those that a span between ``tally`` and a figure near it may overlap.
    """
    ordered, starts, ends = by_position
    lo = bisect.bisect_right(ends, tally.start - 2 * _WHOLE_REACH)
    hi = bisect.bisect_left(starts, tally.end + 2 * _WHOLE_REACH)
    return ordered[lo:hi]


def _summed_whole(
    text: str,
    tally: Tally,
    figures: list[_Figure],
    numbers: list[Number],
    sentences: tuple[int, int, int, int],
    taken: list[tuple[int, int]],
) -> _Figure | None:
    """The figure that states the whole of ``tally``'s parts, or ``None`` (see below).

    ``numbers`` are the numbers of those sentences, ``sentences`` the starts of the
    sentence before the tally's, of its own, of the next and of the one after; ``taken``
    the spans of the other tallies.
    """
    before, lo, hi, after = sentences
    total = sum(part.count for part in tally.parts)
    parts = [(part.start, part.end) for part in tally.parts]
    vote = tally.kind == "vote"
    points_back = before < lo and (
        _ANAPHOR.match(text, lo) is not None or _POINTS_BACK.match(text, lo) is not None
    )
    first = min(
        (f for f in figures if any(s <= f.start < e for s, e in parts)),
        key=lambda f: f.start,
        default=None,
    )
    found = []
    for figure in figures:
        item = figure.item
        if item.kind not in ("count", "whole") or item.value is None or item.value < total:
            continue
        if item.value > total:
            if _main_whole(text, tally, figure, lo, taken, first) and not vote:
                found.append((3, tally.start - figure.start, figure))
            elif (
                before <= figure.start < lo
                and _main_parts_of(text, tally, lo)
                and not vote
                and _same_noun(text, figure, first, tally)
            ):
                found.append((3, lo - figure.start, figure))  # "... The largest groups ..."
            continue
        if tally.total is not None and _part_of(text, figure, numbers) != tally.total:
            continue  # "97 of 130 responded, of whom 58 ...": only a part of that total
        span = (figure.start, figure.end)
        if any(s < span[1] and span[0] < e for s, e in parts) or not _same_noun(
            text, figure, first, tally
        ):
            continue  # one of its own parts, or a count of something else
        said_sum = _SUM_WORDS.search(text, max(lo, figure.start - _SUM_WORDS_REACH), figure.start)
        if lo <= figure.start < hi:
            if any(s < span[1] and span[0] < e for s, e in taken) or (vote and not said_sum):
                continue  # a part or the whole of another split; a vote's stated size
            if _other_year(text, lo, figure, tally):
                continue  # "In 2016 the Board held 14 meetings; in 2017, 9 ... and 5 .."
            found.append((0, abs(figure.start - tally.start), figure))
        elif hi <= figure.start < after:
            if _SUM_WORDS.search(text, hi, figure.start) is not None:
                found.append((1, figure.start - hi, figure))
        elif before <= figure.start < lo and points_back and not vote:
            # "them" names all the counts of the sentence before: "registered 88 appeals and
            # 12 motions. Among them, 51 ... and 37 ..." names no one whole
            whole_of = _part_of(text, figure, numbers)
            others = [
                f
                for f in figures
                if before <= f.start < lo
                and f is not figure
                and f.item.kind in ("count", "whole")
                and f.item.value != whole_of
            ]
            if not others:
                found.append((2, lo - figure.start, figure))
    return min(found, key=lambda found: found[:2])[2] if found else None


def attach_summed_whole(
    text: str, tallies: list[Tally], items: list[Item], numbers: list[Number]
) -> None:
    """Give a split the count near it that its parts add up to exactly, as its whole.

    The readers know a whole by how it is written ("Of the 64 replies, ..."); a reader of
    English also knows it by its sum, wherever the sentence puts it: "The Committee
    received 64 replies to its questionnaire: 41 States ..., 15 ... and 8 ...", "...,
    bringing the number of approved projects in countries on its agenda to 63". The whole
    is a count that the parts add up to exactly and that counts what they count (where
    both name it; replies are counted by who sent them), stated

    - in the parts' own sentence, as no part or whole of another split there ("Of the
      195 countries, 60 ..., 100 ... and 35 ...; in 1996 the figures had been 82, 99
      and 14": the 195 is the first split's), nor of another year than the parts; a
      whole that another split in other categories has is shared ("the abduction of 48
      children (31 boys, 17 girls) was attributed to Al-Shabaab (39), clan militias (6)
      and ...": the 48 split by sex and by perpetrator);
    - in the next sentence, after words that say it is a sum ("In total, 29 projects
      were approved", "In all, 158 States took part in the vote", "The number of valid
      ballots was 59");
    - in the sentence before, where the parts' sentence points back at it ("Of those
      responding, ...", "Of these, ...") and it is that sentence's one count, or a part
      of its other count ("answered by 74 of the 120 countries"): "them" after "88
      appeals and 12 motions" names no one whole.

    A split that already has a whole keeps it, unless the count its parts add up to is
    itself written as a part of that whole ("97 of 130 responded, of whom 58 ..., 26 ...
    and 13 ...": the parts split the 97). A vote takes only a whole stated as a sum: the
    size of a body beside its vote is no sum of it; votes with an outcome (adoption
    lines) are left alone. Tallies are changed in place; the span grows to cover the
    whole where no other tally lies between. Only the splits the readers kept are
    looked at, over the numbers of three sentences each: linear time.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for ``text``, in order.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in ``text``.
    numbers
        The numbers of ``text``; a whole may be a verb's object, which no item holds.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = "Grants went to 19 groups in Asia and 11 in Africa. In total, 30 were paid."
    >>> split = Tally("breakdown", 15, 49, [Part("Asia", 19, 15, 36), Part("Africa", 11,
    ...     41, 49)])
    >>> numbers = find_numbers(text)
    >>> attach_summed_whole(text, [split], read_items(text, numbers=numbers), numbers)
    >>> split.total, text[split.start : split.end]
    (30, '19 groups in Asia and 11 in Africa. In total, 30')
    """
    open_tallies = [t for t in tallies if _open_to_whole(t)]
    if not open_tallies or len(numbers) < _MIN_NUMBERS:
        return
    by_start = {item.start: item for item in items}
    starts = [*sentence_starts(text), len(text), len(text)]
    number_starts = [number.start for number in numbers]
    by_position = _by_position(tallies)
    # the figures of a window of sentences, read once for all its tallies, with their starts
    read: dict[tuple[int, int], tuple[list[_Figure], list[int]]] = {}
    for tally in open_tallies:
        at = bisect.bisect_right(starts, tally.start) - 1
        sentences = (starts[max(0, at - 1)], starts[at], starts[at + 1], starts[at + 2])
        first = bisect.bisect_left(number_starts, sentences[0])
        last = bisect.bisect_left(number_starts, sentences[3])
        if (first, last) not in read:
            window = _figures(text, numbers[first:last], by_start)
            read[first, last] = window, [figure.start for figure in window]
        figures = _near(*read[first, last], tally)
        taken = [
            span
            for other in _tallies_near(by_position, tally)
            if other is not tally
            for span in _spans_taken(other, tally)
        ]
        whole = _summed_whole(text, tally, figures, numbers[first:last], sentences, taken)
        if whole is None:
            continue
        tally.total, tally.total_qualifier = whole.item.value, whole.item.qualifier
        between = (
            (whole.start, tally.start) if whole.start < tally.start else (tally.end, whole.end)
        )
        if not any(o.start < between[1] and between[0] < o.end for o in tallies if o is not tally):
            tally.start, tally.end = (
                min(tally.start, whole.item.prefix_start),
                max(tally.end, whole.end),
            )
