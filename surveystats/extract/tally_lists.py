"""Lists of parallel counts or shares: the reader of last resort for breakdowns.

The other grammars read one phrasing each. This one reads any run of two or more
figures of one kind (all counts, or all percentages) in ONE sentence where no other
reader found a tally, joined by list joints ("," ";" "and" ", and" "while" "whereas" a
dash), when the items are *parallel*: the first may carry the counted noun and a verb,
the later ones elide them, and what differs between the items is the label.

Each shape is read by its own function:

- :func:`_read_by_preposition`: the label after one preposition that every item repeats
  ("12 came from Chile, 9 from Peru and 4 from Bolivia" -> Chile, Peru, Bolivia); after a
  verb of make-up the last item may count members of its own kind instead ("composed of
  five members from the governing party, four from the opposition and two independent
  experts").
- :func:`_read_by_verb`: the label after one verb that every item repeats ("410
  involved water, 220 involved grazing land").
- :func:`_read_by_auxiliary`: the label after "were" in the first item, a bare label
  in the later ones ("40 were men, 12 women and 3 boys").
- :func:`_read_noun_list`: counted noun phrases that share the sentence's predicate
  ("Some 14 teachers, 9 nurses and 3 engineers were recruited", "The 19 women and 26 men
  who passed ...", or the agent of a passive: "was attended by 40 women and 52 men", or
  what a number's subject was: "Enrolment was 41,200 boys and 12,900 girls in 1961,
  against 38,000 boys and 10,400 girls in 1960", the later list another year's), or
  that are the object of a definite whole's verb (:func:`_read_object_list`: "The 40
  incidents involved 12 schools, 9 clinics and 3 markets").
- :func:`_read_label_comma`: the label before the figure, then a comma, colon or dash
  ("Kenya, 310; Uganda, 240").
- :func:`_read_label_paren`: a figure alone in parentheses after its label ("Somalis
  (38 per cent) and Eritreans (27 per cent)").
- :func:`_read_make_up`: counted nouns of one kind after a verb of make-up ("is
  composed of 21 regular members and nine alternate members"), or of any kind after a
  whole and "including" ("620 personnel, including 460 troops and 120 police").
- :func:`_read_aside_make_up`: a whole, then its counted parts in parentheses or between
  dashes ("adopted 64 texts -- 59 resolutions and five decisions --").
- :func:`_read_verb_categories`: the verb as the category, the noun elided ("recommended
  264 applications, deferred 320 and closed 65"), with the object's complement where it
  has one, the verb then elided too ("declared 9 petitions admissible and 31
  inadmissible"); decisions on the merits beside complaints declared inadmissible are
  outcomes of one set of complaints.
- :func:`_read_label_verb_elided`: labels first, the first one's verb elided ("Troops
  numbered 9,200, police 1,100 and civilian staff 1,900") or repeated after "while".
- :func:`_read_after_colon`: short labels after their figures in a list that a colon
  opens and that ends the sentence ("as follows: 14 adequate, 6 weak and 2 poor").
- :func:`_read_head_written_first`: two opposite kinds of one head noun written once,
  after the first count ("30 male directors and 8 female").
- :func:`_read_shared_head`: modifiers of one head noun written once, after the last
  count, wherever the list stands ("issued 27 critical and 410 important
  recommendations", "closed 31 minor, 12 serious and 2 critical cases"); a modifier may
  be names joined by "and" ("by 48 African, 39 Asian and Pacific and 26 Western
  European and other States").

Texts a body acted on are read by kind ("took action, through its practice of consensus,
on 9 draft resolutions, 2 draft decisions and 4 requests for observer status"; "and a
draft letter" adds a last text counted 1; ", including one on oceans," singles some out and
is no part) or by topic ("on twelve draft resolutions -- approving six texts on X and six
on Y": the whole, then the topics; "-- as well as four further drafts on Z" a third). A
clause of the same sentence that splits them by way of adoption ("..., the Assembly
adopted 30 of those texts without a vote and 4 by recorded vote") is left to
:mod:`~surveystats.extract.tally_vote_modes`.

A bound of an age or a size inside a share's label is part of the label, not a figure
("25 per cent were under 18, 60 per cent were aged 18 to 64").

A whole stated before the list ("Of the 90 ...,", "registered 700 claims: ...", "Nine
States were visited -- ...", "The 1,200 staff comprise ...") or after it (", a total
of 52", "-- 30 in total --") is the total, never a part; "the remaining/other N" is a
part marked ``remaining``. Never a tally: labels that are years, dates, periods,
numbers or references (a time series, "Chapter II, 12"), rates, levels and prices by
place, money and measures (numbers the item reader already set apart), items of
different shapes, labels longer than eight words, more than 40 parts. The tally is a
``survey`` where the sentence before the labels speaks of asking or answering
(replies, respondents, a questionnaire, a survey, a poll, interviews), otherwise a
``breakdown``.

Every step is a scan over the sentence's figures or a bounded pattern at a known place:
linear time.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.phrases import is_plural, qualifier_of
from surveystats.extract.roles import role_of
from surveystats.extract.tally_elections import REQUIRED_MAJORITY
from surveystats.extract.tally_grades import is_grade
from surveystats.extract.tally_items import (
    ASKED_WORDS,
    AUXILIARIES,
    FATE_WORDS,
    IN_TOTAL,
    LOCATORS,
    PAST_VERBS,
    PEOPLE_NOUNS,
    PREPOSITIONS,
    RATE_WORDS,
    SHARE_VERBS,
    VERBS,
    Item,
    Number,
    bound_at,
    is_bound,
    unlike_nouns_placed,
)
from surveystats.extract.tally_label_order import restates_labels
from surveystats.extract.tally_parts import (
    DEFINITE_BEFORE,
    YEAR_FIGURE,
    Part,
    Tally,
    as_word,
    read_count,
)
from surveystats.extract.tally_people_wholes import nests_groups
from surveystats.text import MONTHS, NUMBER_WORDS, sentence_starts

__all__ = ["DISPLACED_LITERALS", "find_lists", "find_lists_in", "mixes_casualties_and_displaced"]


class _Figure(NamedTuple):
    """One count or percentage of a sentence, as a list sees it."""

    start: int  # where the number starts
    end: int  # after its scale word or "per cent"
    prefix_start: int  # where its qualifier ("about", "the remaining") starts
    unit: str  # count | percent
    value: int | None
    percent: Fraction | None
    decimals: int | None
    qualifier: str | None
    remaining: bool
    total_before: bool  # "Of the 90 ...,"
    total_marker: bool  # "a total of 52"
    composed: bool  # "The 1,200 staff comprise ..."
    counted: str | None
    in_aside: bool  # inside parentheses or a dashed aside


# After a number with no item (the object of a verb): its scale and "per cent".
_OBJECT_TAIL = re.compile(
    r"(?P<scale>\s{1,3}(?:thousand|million|billion)\b)?"
    r"(?P<percent>\s{0,3}(?:per\s{0,3}cent\b|percent\b|%))?"
)
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# A joint at the end of the text between two figures (label-after shapes).
_JOINT_END = re.compile(
    r"(?:\s{0,3}[,;]\s{0,3}(?:(?:and|while|whereas|but)\s{1,3})?"
    r"|\s{1,3}(?:and|while|whereas)\s{1,3}|\s{1,3}(?:[–—]|--)\s{1,3}"
    r"(?:as\s{1,3}well\s{1,3}as\s{1,3})?)$"  # "... and seven on Y -- as well as four on Z"
)
# Its longest match ("   --   as   well   as   ", 25 characters) may end before a final
# newline: it starts in the last 26 characters of a gap, searched from there alone.
_JOINT_END_REACH = 26
# A joint, then a few words that start the next item ("and rejected 19", "and civilian
# staff 1,900", "and denial of humanitarian access for 114"): the verb or the label of an
# item written before its figure.
_JOINT_THEN_REACH = 210  # the joint and up to six words of at most 31 letters
_JOINT_THEN_WORDS = re.compile(
    r"\s(?:and|while|whereas)(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){1,6}\s{1,3}$"
)
# Where the last item's label stops ("... and one to Latin America during this year's
# round": a time of the whole list, no word of its last label).
_LAST_STOP = re.compile(
    r"[,;:()]|\s(?:while|whereas|but|compared|although|respectively|as\s+against|"
    r"than|versus|between|during)\b|\s(?:[–—]|--)\s"
    r"|\sand\s+the\s+(?:rest|remainder|others)\b"  # "600,000 are Asians and the rest ..."
)
# An aside set off by dashes inside a sentence ("-- some 15 per cent of them --").
_DASHED_ASIDE = re.compile(r"\s(?:[–—]|--)\s[^–—;.]{1,120}?\s(?:[–—]|--)(?=\s)")
_NEXT_FIGURE = re.compile(rf"\s{{1,3}}(?:\d|{NUMBER_WORDS}\b)")
_PAREN = re.compile(r"\([^()]{0,200}\)")
# The prepositions a label may follow in every item ("from Africa", "on schools").
_LIST_PREPOSITIONS = frozenset(
    """
    from in on to for at against into by among under within across
    """.split()  # noqa: SIM905
)
# Words that make a label a time, a rate or a comparison: no category of one whole.
_PERIOD_WORDS = frozenset(
    """
    year years month months week weeks day days decade decades quarter quarters
    period periods biennium session sessions century annually annual previous
    following last next earlier later ago average monday tuesday wednesday thursday
    friday saturday sunday
    """.split()  # noqa: SIM905
) | frozenset(month.lower() for month in MONTHS)
_FUNCTION_WORDS = (
    AUXILIARIES
    | PREPOSITIONS
    | frozenset(
        """
        and or but while whereas nor that which who whom whose where when the a an this
        these those its their his her our it they them he she we of per cent percent
        respectively each every
        """.split()  # noqa: SIM905
    )
)
_VERB_WORDS = VERBS | AUXILIARIES
_ALLOCATED_TO = ("to", "on", "for")
_COPULAS = (
    "were",
    "are",
    "was",
    "is",
)  # "40 were men, 12 women": elided after the first  # what a whole's shares went to
# Right after a share: the whole it is a share of ("of the funds", "of its budget").
_OF_WHOLE = re.compile(r"\s{1,3}of\s{1,3}(?:the|its|their|our|his|her|all)\s")
_HAVE = frozenset(("have", "has", "had"))
# Verbs of a subject list that the item reader's lists leave out.
_PREDICATE_VERBS = frozenset("remain remains died die face faces lost fled".split())  # noqa: SIM905
# Right before a list: a comparison with what came before, not a whole split.
_COMPARED_BEFORE = re.compile(
    r"(?:compared\s{1,3}(?:with|to)|than|against|versus|vs\.|with|from|between)\s{1,3}$"
)
_TOKEN = re.compile(r"\S+")
# What must stand between two figures of a list, at the least (a cheap test first), in
# the last characters before the second: a joint and a qualifier ("and more than"), or
# a label and its comma ("; Middle East, "), or "(" before a share.
_GATE_TAIL = 40
_GATE_JOINT = re.compile(
    r"[,;:)–—]|\s-{1,2}\s|\s(?:and|while|whereas)\s"
    r"|\b(?:involved|concerned|included|comprised|affected|targeted|related)\b"
)
# "The 62 reported incidents involved": a whole at the start of its sentence, its verb
# saying what it is made of, then its parts.
_THE_BEFORE = re.compile(r"(?:^|[.;:]\s{1,3}|\n)\s{0,3}The\s{1,3}$")
_WHOLE_VERB = re.compile(
    r"(?:\s{1,3}[\w'’-]{1,30}){1,5}?\s{1,3}(?:involved|concerned|included|comprised|"
    rf"affected|targeted|related\s{{1,3}}to)\s{{1,3}}(?=\d|(?:{NUMBER_WORDS})\b)"
)
# A label that names what a ballot needed, not what anybody cast: "required majority: 97".
_REQUIRED_MAJORITY = re.compile(
    rf"\b(?:{REQUIRED_MAJORITY})\b",
    re.IGNORECASE,
)
_MAX_LABEL_WORDS = 8
_MAX_HEAD_WORDS = 6  # words before the shared preposition or verb in the first item
_MAX_GAP = 160
# A list of more parts is a table or a list of figures, and every row of a tally
# carries the whole tally's text: a longer one would make the table quadratic.
_MAX_PARTS = 40
_WHOLE_REACH = 80  # characters before the first share where its whole may be named
_SUBJECT_REACH = 40  # characters before a subject list (a qualifier at most)
_LABEL_REACH = 120  # characters before the first figure where its label may start
_SHARE_SLACK = Fraction(1, 2)  # shares of one whole add up to at most 100.5
# "Of the funds disbursed, 46 per cent ...": the whole the shares split, named first.
_WHOLE_BEFORE = re.compile(
    r"(?<![\w,])(?:Of|Among|Out\s{1,3}of)\s{1,3}(?:the|these|those|all|its|their)\s"
    r"[^,;:]{1,60},\s{1,3}$"
)
# Words that say shares split one whole.
_SHARE_CUE = re.compile(
    r"\b(?:shares?|proportions?|accounted|made\s{1,3}up|make\s{1,3}up|makes\s{1,3}up|"
    r"majority|most|largest|bulk|distribution|breakdown|comprised|"
    r"by\s{1,3}(?:age|sex|gender|region|sector|type|category|origin|nationality|status))\b",
    re.IGNORECASE,
)
# What may stand before a list of counted nouns that is the subject of its sentence.
_SUBJECT_LEAD = re.compile(
    r"^(?:(?:In\s{1,3}all|Overall|Altogether|Together|In\s{1,3}total)\s{0,3},?\s{0,3})?"
    # an opening phrase of time or place: "In 2022,", "As at 31 December 2023,"
    r"(?:(?:In|By|At|As\s{1,3}(?:at|of)|During|Since|Throughout|On)\s[^,;:]{1,50},\s{0,3})?"
    r"(?:(?:an?\s{1,3})?(?:estimated|total\s{1,3}of|further|additional|other)\s{1,3}"
    r"|(?:only|just|at\s{1,3}least|some|about|around|nearly|almost|over|more\s{1,3}than|"
    r"approximately|roughly)\s{1,3})?(?:the)?$",
    re.IGNORECASE,
)
# A passive and "by" right before a list of counted nouns: the list says who did it, as a
# subject does ("The seminar was attended by 45 women and 75 men"); not a verb of change
# ("was reduced by 12 posts and 3 vehicles": differences) nor of a stance ("was supported
# by 40 countries and 12 foundations" counts supporters, as a vote does).
_PASSIVE_AGENT = re.compile(
    r"\b(?:is|are|was|were|been|being)\s{1,3}(?:[a-z]{3,}ly\s{1,3})?"
    r"(?!(?:increased|decreased|reduced|raised|lowered|exceeded|outnumbered|offset|multiplied"
    r"|divided|extended|expanded|adjusted|followed|supported|opposed|endorsed|sponsored"
    r"|co-?sponsored|backed|favoured|rejected|approved|adopted|elected)\b)(?:[a-z]{2,}(?:ed|en)|held|made|won|led|met)"
    r"\s{1,3}by(?:\s{1,3}(?:only|just|some|about|around|nearly|almost|over|approximately))?"
    r"\s{1,3}$"
)
# Who took part, right before a list of counted nouns: "representatives of 37
# Governments, 6 agencies and ...", "statements from 27 Member States and ...".
_PARTICIPANTS_FROM = re.compile(
    r"\b(?:(?:representatives|delegations|delegates|observers|participants)\s{1,3}(?:of|from)"
    r"|(?:statements|contributions|submissions|interventions)\s{1,3}(?:from|by)"
    r"|(?:participation|attendance)\s{1,3}of)"
    r"(?:\s{1,3}(?:only|just|some|about|around|nearly|almost|over|approximately))?\s{1,3}$",
    re.IGNORECASE,
)
# "there were" right before a list of counted nouns: the list says what there was.
_EXISTENTIAL = re.compile(
    r"\bthere\s{1,3}(?:were|are|was|is|remain|remained|(?:had|have|has)\s{1,3}been|will\s{1,3}be)"
    r"(?:\s{1,3}(?:currently|now|still|also|then|altogether|in\s{1,3}all|in\s{1,3}total))?"
    r"(?:\s{1,3}(?:only|just|some|about|around|nearly|almost|over|approximately))?\s{1,3}$",
    re.IGNORECASE,
)
# A subject that is a number of people or things, and its verb, right before a list of
# counted nouns: "Enrolment in primary schools was 184,300 boys and 96,100 girls",
# "Attendance totalled 412 women and 388 men": the list says what the number was made of.
# A body's action on texts, right before their counts: "adopted", "approved without a
# vote", "took action on", "forwarding".
_TEXTS_ACTED_ON = re.compile(
    r"\b(?:adopt(?:ed|ing)|approv(?:ed|ing)|pass(?:ed|ing)|forward(?:ed|ing)|consider(?:ed|ing)"
    r"|(?:(?:[Tt]ook|[Tt]aking|take)\s{1,3}action|acted)"
    # "took action by consensus on", "acted without a vote on", "taking action, through
    # its practice of consensus, on": the manner between the action and its texts
    r"(?:\s{1,3}(?:by\s{1,3}consensus|without\s{1,3}a\s{1,3}vote|today|yesterday"
    r"|this\s{1,3}(?:morning|afternoon|evening))"
    r"|,\s{1,3}(?:through|by|under|in|without)\s[^,;:.()\d]{1,50},"
    # "taking action via its tradition of consensus on"
    r"|\s{1,3}(?:through|via|by|following)\s{1,3}(?:its|the)(?:\s{1,3}[a-z-]{2,20}){0,3}"
    r"\s{1,3}(?:of\s{1,3})?consensus)?\s{1,3}on)"
    r"(?:\s{1,3}(?:without\s{1,3}a\s{1,3}vote|by\s{1,3}consensus|today|this\s{1,3}morning"
    r"|this\s{1,3}afternoon|a\s{1,3}total\s{1,3}of|some|another))*\s{1,3}$"
)
# The adoption after a list of texts, the subject of its clause: "... recommended by
# subsidiary bodies were adopted", "... it had recommended for action were adopted".
_TEXTS_ADOPTED_AFTER = re.compile(
    r"[^.;:()\d]{0,120}?\b(?:were|had\s{1,3}been|have\s{1,3}been)\s{1,3}"
    r"(?:(?:all|also|then|subsequently)\s{1,3})?(?:adopted|approved|forwarded)\b"
)
_ADOPTED_AFTER_REACH = 160
_ACTED_ON_REACH = 90  # "taking action, through its practice of consensus, on| 9 ..."
# The kinds of text a body acts on, as counted nouns ("draft resolutions", "a draft letter").
_TEXT_KIND = re.compile(
    r"(?:draft\s)?(?:resolutions?|decisions?|texts?|drafts?|amendments?|letters?"
    r"|recommendations?|conclusions?|requests?|applications?|presidential\sstatements?)"
    # a treaty body's decisions on complaints: "one inadmissibility decision", "two Views"
    r"|(?:(?:inadmissibility|admissibility|discontinuance)\s)?decisions?"
    r"|views(?:\sfinding\s(?:no\s)?violations?)?"
)
# After a count of texts, what they are about: "six texts concerning", "eight on", "four
# others aimed at", "five texts relating to the".
_TEXT_TOPIC = re.compile(
    r"\s{1,3}(?:(?:(?:additional|other|more|further)\s{1,3})?(?:draft\s{1,3})?"
    r"(?:resolutions?|decisions?|texts?|drafts?)\s{1,3}|others?\s{1,3})?"
    r"(?:on|concerning|regarding|relating\s{1,3}to|related\s{1,3}to|pertaining\s{1,3}to"
    r"|aimed\s{1,3}at|dealing\s{1,3}with|about)\s{1,3}(?:the\s{1,3})?"
)


# What requests or applications ask for, after their noun: "requests| for observer status".
_STATUS_SOUGHT = re.compile(
    r"\s{1,3}for\s{1,3}(?:(?:special|general|roster|consultative|observer)\s{1,3}){1,2}status\b"
)


def _with_status_sought(sentence: _Sentence, label: str, end: int) -> tuple[str, int]:
    """A label of requests with the status they ask for: "requests for observer status"."""
    if not label.lower().startswith(("request", "application")):
        return label, end
    sought = _STATUS_SOUGHT.match(sentence.masked, end, sentence.end)
    if sought is None:
        return label, end
    return f"{label} {' '.join(sought.group().split())}", sought.end()


def _texts_by_topic(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """The topics of a body's texts, each after its count, or None.

    "The Fourth Committee approved six texts concerning Israeli-Palestinian issues and
    eight on decolonization matters" -> Israeli-Palestinian issues, decolonization
    matters: every count is followed by its texts (or none: elided) and what they are on.
    """
    labels = []
    for fig, nxt in zip(run, [*run[1:], None], strict=True):
        topic = _TEXT_TOPIC.match(sentence.masked, fig.end)
        if topic is None:
            return None
        _, end = _segment(sentence, fig, nxt.prefix_start if nxt else None)
        words = _without_time(_words(sentence.masked[topic.end() : end]))
        if topic.end() > end or not words or not _label_ok(words):
            return None
        labels.append((_join(words), end))
    return labels


_COUNTED_SUBJECT = re.compile(
    r"\b(?:enrol(?:l)?ment|membership|attendance|population|staff|strength|caseload|intake)"
    r"(?:\s{1,3}(?:in|of|at|on|for)\s{1,3}[^,;:.]{1,30}?)?"
    r"\s{1,3}(?:was|were|is|are|stood\s{1,3}at|totall?ed|numbered|came\s{1,3}to)"
    r"(?:\s{1,3}(?:only|just|some|about|around|nearly|almost|over|approximately))?\s{1,3}$",
    re.IGNORECASE,
)
# The words that set a list against the one before it as another year's or place's:
# "184,300 boys and 96,100 girls in 1958, against 171,200 boys and 82,500 girls in 1957".
_SET_AGAINST = re.compile(
    r",\s{1,3}(?:as\s{1,3})?(?:against|compared\s{1,3}(?:with|to))"
    r"(?:\s{1,3}(?:only|just|some|about|around|nearly|almost|over|approximately))?\s{1,3}$"
)
_EXISTENTIAL_REACH = 40
# Before "level": a tier where something stands ("at the P-4 level"), or the key of a
# breakdown by tiers ("recruits by level: G-3, 64; ..."), not a measure.
_AT_THE_TIER = re.compile(
    r"\bat\s{1,3}the\s{1,3}(?:[\w-]{1,20}\s{1,3}){1,2}$|\bby\s{1,3}$", re.IGNORECASE
)
# A label of the first figure in parentheses starts after one of these (or the sentence).
_PAREN_LEAD_WORDS = frozenset(
    """
    were are was is included including comprised comprising encompassing mainly mostly namely
    chiefly largely primarily
    """.split()  # noqa: SIM905
)
# Before the first label in parentheses: a preposition or a verb makes the figures
# rates of places or things ("highest in Chad (40 per cent)"), not a split.
_RATE_PLACE_WORDS = (PREPOSITIONS - {"on", "of"}) | VERBS
# Between ")" and the next label.
_PAREN_JOINT = re.compile(r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and\s{1,3})")
# Label before its figure, then a comma, colon or dash ("Kenya, 310", "Asia: 410").
_LABEL_SEP = re.compile(r"\s{0,3}(?P<sep>[,:]|[–—]|(?<=\s)-(?=\s))\s{0,3}$")
# No mark between a label and its figure, a space only: "Saipan 9,012; Palau 7,840".
_NO_LABEL_SEP = re.compile(r"(?<=[A-Za-z)])(?P<sep>)\s{1,3}$")
_LABEL_JOINT = re.compile(r"^\s{0,3}(?P<joint>[;,])\s{0,3}(?:and\s{1,3})?")
_AND_JOINT = re.compile(r"^\s{1,3}(?P<joint>and)\s{1,3}")


class _Sentence:
    """One sentence of a paragraph: offsets into the paragraph, its figures, its cue words.

    Where the cue words first occur is searched once per sentence (and only when a run
    is read), so many runs in one long sentence cost no more than one.
    """

    def __init__(
        self, text: str, masked: str, start: int, end: int, figures: list[_Figure | None]
    ) -> None:
        self.text = text  # the paragraph
        self.masked = masked  # the paragraph with asides blanked (same length)
        self.start = start
        self.end = end
        self.figures = figures

    def _first(self, pattern: re.Pattern[str]) -> int:
        found = pattern.search(self.text, self.start, self.end)
        return found.start() if found is not None else self.end

    @functools.cached_property
    def survey_at(self) -> int:
        """Where the sentence first speaks of asking or answering (its end if nowhere)."""
        # Not the wider SURVEY_WORDS: verbs of opinion and report ("supported",
        # "reported") in a list of places describe what was done, not what was answered:
        # "The Fund supported 54 projects in Africa, 31 in Asia" is a breakdown.
        return self._first(ASKED_WORDS)

    @functools.cached_property
    def rate_at(self) -> int:
        """Where the sentence first speaks of a rate, level or price.

        A level that says where ("at the D-1 level", "at the country level") is a tier
        of an organization, no measured level, and so is the key of a breakdown ("by
        level").
        """
        for found in RATE_WORDS.finditer(self.text, self.start, self.end):
            word = found.group().lower()
            if not word.startswith("level") or not _AT_THE_TIER.search(
                self.text, max(self.start, found.start() - 40), found.start()
            ):
                return found.start()
        return self.end

    @functools.cached_property
    def index_of(self) -> dict[int, int]:
        """Where each figure stands in :attr:`figures`, by its start."""
        return {f.start: at for at, f in enumerate(self.figures) if f is not None}

    def figure_before(self, figure: _Figure) -> _Figure | None:
        """The figure (or None: a number of another kind) right before ``figure``."""
        at = self.index_of[figure.start]
        return self.figures[at - 1] if at > 0 else None

    @functools.cached_property
    def _last_figures(self) -> list[_Figure | None]:
        """For each place in :attr:`figures`, the last figure (not None) before it."""
        last: list[_Figure | None] = []
        seen = None
        for figure in self.figures:
            last.append(seen)
            if figure is not None:
                seen = figure
        return last

    def last_figure_before(self, figure: _Figure) -> _Figure | None:
        """The nearest figure before ``figure``, numbers of other kinds skipped."""
        return self._last_figures[self.index_of[figure.start]]

    @functools.cached_property
    def aside_counts(self) -> tuple[list[_Figure], list[int]]:
        """The counts inside dashed asides, in order, and their starts."""
        counts = [f for f in self.figures if f is not None and f.in_aside and f.unit == "count"]
        return counts, [f.start for f in counts]

    @functools.cached_property
    def splits_shares(self) -> bool:
        """Whether the sentence says shares split one whole ("made up", "the share")."""
        return self._first(_SHARE_CUE) < self.end


def _words(raw: str) -> list[str]:
    return raw.replace("\n", " ").split()


def _label_ok(words: list[str], *, counted: bool = False) -> bool:
    """Whether words can be a category: short, no number, no time, no function word alone.

    ``counted``: the words are the noun a count counts ("30 resolutions"), so a locator
    word in them names what is counted, not a reference.
    """
    if not 0 < len(words) <= _MAX_LABEL_WORDS:
        return False
    lowered = [as_word(word.strip(".,;:'’\"")) for word in words]
    if any(
        any(ch.isdigit() for ch in word) and not bound_at(lowered, at)
        for at, word in enumerate(words)
    ):
        return False  # a year, a date, a number: a time series or a reference
    if any(word in _PERIOD_WORDS for word in lowered):
        return False
    open_bound = (
        len(lowered) > 2 and lowered[-2] in ("or", "and") and bound_at(lowered, len(lowered) - 3)
    )
    if (lowered[-1] in _FUNCTION_WORDS and not open_bound) or lowered[0] in ("of", "than", "per"):
        return False
    if not counted and any(
        word in LOCATORS and not _named_kind(words, at) for at, word in enumerate(lowered)
    ):
        return False  # "Chapter II, 12": a page or a reference, no category
    return not all(word in _FUNCTION_WORDS for word in lowered)


def _named_kind(words: list[str], at: int) -> bool:
    """Whether the locator word at ``at`` names a kind after a name, ending the words.

    "staff in the General Service category", "the Professional and higher categories": a
    category named by the words before it, no reference to one ("category III").
    """
    return (
        0 < at == len(words) - 1
        and words[at].islower()
        and words[0].lower() not in LOCATORS
        and any(word[:1].isupper() for word in words[:at])
    )


_RELATIVES = frozenset(("who", "that", "which", "whose"))


def _is_predicate(word: str) -> bool:
    """Whether a word after a list of counted nouns starts their shared predicate."""
    lower = word.lower()
    return (
        lower in _VERB_WORDS
        or lower in _PREDICATE_VERBS
        # a name is no verb: "11 organizations of the United Nations system have ..."
        or (len(lower) > 4 and lower.endswith("ed") and word.isalpha() and word.islower())
    )


def _without_auxiliaries(words: list[str]) -> list[str]:
    """A label without the auxiliaries it starts with ("been killed" -> "killed")."""
    at = 0
    while at < len(words) - 1 and words[at] in AUXILIARIES:
        at += 1
    return words[at:]


def _join(words: list[str]) -> str:
    label = " ".join(words).strip(" ,;:.")
    if label.startswith("the ") and label[4:5].islower():
        label = label[4:]  # "the north"; "the Americas" is a name
    return label


def _figures(
    text: str, by_start: dict[int, Item], numbers: list[Number], masked: str
) -> list[_Figure | None]:
    """The counts and percentages among ``numbers``; numbers of other kinds are None."""
    figures: list[_Figure | None] = []
    reach = -1  # the head of the item before covers its own numbers ("of the 15")
    for number in numbers:
        aside = masked[number.start] == " "
        item = by_start.get(number.start)
        last = figures[-1] if figures else None
        if (
            last is not None
            and last.unit == "percent"
            and (item is None or item.kind != "percent")
            and is_bound(text, number.start, number.end)
        ):
            continue  # "30 per cent were under 15": a bound in the share's label
        if text[max(0, number.start - 4) : number.start].rstrip().endswith("per"):
            figures.append(None)  # "5 deaths per 1,000 births": a rate's base, no part
            continue
        if item is None:
            if number.start < reach:
                continue
            figures.append(_object_figure(text, number, aside))
            continue
        reach = item.head_end
        if item.kind == "other" and not aside and _definite_whole(text, number):
            figures.append(_whole_figure(text, number))
            continue
        if item.kind == "other":
            if not aside:  # a year or a reference inside an aside ends nothing
                figures.append(None)
            continue
        figures.append(
            _Figure(
                item.start,
                item.end,
                min(item.prefix_start, item.start),
                item.kind,
                item.value,
                item.percent,
                item.decimals,
                item.qualifier,
                item.remaining,
                item.total_before,
                item.total_marker,
                item.composed,
                item.counted,
                aside,
            )
        )
    return figures


def _definite_whole(text: str, number: Number) -> bool:
    """Whether "The N ... involved" opens the sentence: a whole whose parts follow."""
    if text[number.start - 4 : number.start] != "The ":
        return False
    if (
        number.form == "none"
        or _THE_BEFORE.search(text, max(0, number.start - 8), number.start) is None
    ):
        return False
    return _WHOLE_VERB.match(text, number.end) is not None


def _verb_of_whole(sentence: _Sentence, whole: _Figure, first: _Figure) -> bool:
    """Whether the whole's verb ("involved") runs from the whole to the first part."""
    verb = _WHOLE_VERB.match(sentence.masked, whole.end, first.prefix_start + 1)
    return verb is not None and verb.end() == first.prefix_start


def _whole_figure(text: str, number: Number) -> _Figure | None:
    """A definite whole ("The 62 reported incidents involved") as a count that composes."""
    value, _ = read_count(number.raw)
    if value is None:
        return None
    return _Figure(
        number.start, number.end, number.start - 4, "count", value, None, None, None,
        False, False, False, True, None, False,
    )  # fmt: skip


def _object_figure(text: str, number: Number, aside: bool) -> _Figure | None:
    """A number the item reader left out as the object of a verb ("deployed 120 ...")."""
    if number.form == "digits":
        value = None if "." in number.raw else int(number.raw.replace(",", ""))
    else:
        value, _ = read_count(number.raw)
    tail = _OBJECT_TAIL.match(text, number.end)
    if tail is None or (value is None and not tail["percent"]):
        return None  # an ordinal
    end = tail.end()
    if tail["percent"]:
        raw = number.raw.replace(",", "")
        percent = Fraction(raw) if number.form == "digits" else Fraction(value or 0)
        decimals = len(raw.split(".", 1)[1]) if "." in raw else 0
        unit, value = "percent", None
    else:
        percent, decimals, unit = None, None, "count"
        if tail["scale"] and value is not None:
            value *= _SCALES[tail["scale"].split()[0]]
    return _Figure(
        number.start, end, number.start, unit, value, percent, decimals,
        qualifier_of(text, number.start, number.end), False, False, False, False, None, aside,
    )  # fmt: skip


# An aside after a count of texts that singles some of them out, between two counted
# kinds: "12 draft resolutions|, including one on oceans,| and two draft decisions", "13
# draft resolutions|, including a historic text,| and one draft decision".
_TEXTS_SINGLED_OUT = re.compile(
    r",(?:(?<=resolutions,)|(?<=decisions,)|(?<=texts,)|(?<=drafts,))"
    rf"\s{{1,3}}including\s{{1,3}}(?:(?:\d{{1,3}}|{NUMBER_WORDS})\s{{1,3}}"
    r"(?:on|concerning|regarding|relating\s{1,3}to|about)|an?)\s[^,;:.()\d]{1,80},"
    rf"(?=\s{{1,3}}and\s{{1,3}}(?:\d|{NUMBER_WORDS}\b))"
)


# Names set off by commas after a count of those elected, before the body they were
# elected to: "and three|, Fiji, Mali and Oman,| to the Commission". Only names: every
# word in capitals but "the", "of", "and" and particles (checked in _blank_names).
_NAMES_BEFORE_BODY = re.compile(
    rf"""\b(?:\d{{1,3}}|{NUMBER_WORDS})
    (?:\s{{1,3}}(?:new\s{{1,3}})?(?:members|States|countries|judges|experts|candidates))?
    (?P<aside>,\s{{1,3}}(?:the\s{{1,3}})?[A-Z][^,;:.\d()]{{0,60}}
      (?:,\s{{1,3}}(?:and\s{{1,3}})?(?:the\s{{1,3}})?[A-Z][^,;:.\d()]{{0,60}}){{0,12}},)
    (?=\s{{1,3}}(?:to|on|for)\s{{1,3}}the\s)""",
    re.VERBOSE,
)
_NAME_PARTICLES = frozenset(["the", "of", "and", "de", "da", "del", "y"])


def _blank_names(match: re.Match[str]) -> str:
    """The match with its aside of names blanked, or as it stands where a word is no name."""
    aside = match.group("aside")
    words = re.findall(r"[\w'’-]+", aside)
    if not words or any(w[0].islower() and w not in _NAME_PARTICLES for w in words):
        return match.group()
    cut = match.start("aside") - match.start()
    return match.group()[:cut] + " " * len(aside)


def _mask(text: str) -> str:
    """The paragraph with its asides blanked (offsets kept).

    Parenthesised, dashed and singling-out asides, and names between commas before the
    body they were elected to.
    """
    chunk = text
    if "(" in chunk:
        chunk = _PAREN.sub(lambda m: " " * len(m.group()), chunk)
    if ", to the " in chunk or ", on the " in chunk or ", for the " in chunk:
        chunk = _NAMES_BEFORE_BODY.sub(_blank_names, chunk)
    if "–" in chunk or "—" in chunk or "--" in chunk:
        chunk = _DASHED_ASIDE.sub(_blank_aside, chunk)
    if ", including " in chunk:
        chunk = _TEXTS_SINGLED_OUT.sub(lambda m: " " * len(m.group()), chunk)
    return chunk


def _past_aside(sentence: _Sentence, text: str, end: int) -> int:
    """``end`` moved past an aside blanked right after it in ``text`` (the masked sentence).

    "12 draft resolutions (A/78/L.1 to L.12) and 3 draft decisions": the joint to the
    next item comes after the aside.
    """
    blanks = len(text[end : min(sentence.end, end + 300)]) - len(
        text[end : min(sentence.end, end + 300)].lstrip(" ")
    )
    if blanks > 3 and sentence.text[end : end + blanks].strip():
        return end + blanks - 1
    return end


_AS_WELL_AS = re.compile(r"\s(?:[–—]|--)\s{1,3}as\s{1,3}well\s{1,3}as\s")


def _blank_aside(match: re.Match[str]) -> str:
    """Blanks for a dashed aside; a comma at its end where the next item starts after it.

    "2,300 returned to Kismayo -- around 15 per cent of them -- 1,100 to Baidoa": the
    aside stands where the joint would.
    """
    if _AS_WELL_AS.match(match.group()):
        return match.group()  # "... and eight on Y -- as well as six on Z --": a last item
    blank = " " * len(match.group())
    if _NEXT_FIGURE.match(match.string, match.end()):
        return blank[:-1] + ","
    return blank


# A clause on a participle and a noun phrase or a phrase of place of its own after the
# last comma of a gap: what follows is the participle's object, no next item ("53 member
# States and nine associate members, covering a region that is home to 4.1 billion
# people", "..., located in three subregions").
_PARTICIPLE_CLAUSE = re.compile(
    r",\s{1,3}(?!including\b)[a-z]{3,20}(?:ing|ed)\s{1,3}"
    r"(?:a|an|the|its|their|in|across|throughout|over)\s[^,;:]*$"
)


def _runs(sentence: _Sentence) -> list[list[_Figure]]:
    """Runs of two or more figures of one unit, out of asides, joined by list joints."""
    runs: list[list[_Figure]] = []
    current: list[_Figure] = []
    for figure in sentence.figures:
        if figure is None or figure.in_aside:
            if figure is None:
                runs.append(current)
                current = []
            continue
        if current:
            last = current[-1]
            same = last.unit == figure.unit or last.total_before or last.composed
            near = figure.prefix_start - last.end <= _MAX_GAP
            gap = sentence.masked[last.end : figure.prefix_start] if same and near else ""
            joined = (
                _JOINT_END.search(gap, max(0, len(gap) - _JOINT_END_REACH))
                or any(mark in gap for mark in ",;:")
                # "559 civilian casualties including 164 deaths": a whole, then its parts
                or ("includ" in gap and _WHOLE_THEN_MAKE_UP.fullmatch(gap) is not None)
                or (
                    any(joint in gap for joint in (" and ", " while ", " whereas "))
                    and _JOINT_THEN_WORDS.search(gap, max(0, len(gap) - _JOINT_THEN_REACH))
                )
            )
            if joined and _PARTICIPLE_CLAUSE.search(gap):
                joined = None  # "9 associate members, covering a region home to 4.1 billion"
            if gap and (joined or (last.composed and _verb_of_whole(sentence, last, figure))):
                current.append(figure)
                continue
            runs.append(current)
        current = [figure]
    runs.append(current)
    return [run for run in runs if len(run) >= 2]


def _segment(sentence: _Sentence, figure: _Figure, stop: int | None) -> tuple[str, int]:
    """The masked text after a figure up to its joint (``stop``: the next figure's prefix).

    Returns the segment and where it ends in the paragraph. The last figure's segment
    runs to :data:`_LAST_STOP` or the end of the sentence.
    """
    local = figure.end
    if stop is not None:
        gap = sentence.masked[local:stop]
        joint = _JOINT_END.search(gap, max(0, len(gap) - _JOINT_END_REACH))
        cut = joint.start() if joint is not None else len(gap)
        return gap[:cut], figure.end + cut
    rest = sentence.masked[local : min(local + 200, sentence.end)]
    found = _LAST_STOP.search(rest)
    cut = found.start() if found is not None else len(rest)
    segment = rest[:cut].rstrip(" .!?\n")
    return segment, figure.end + len(segment)


def _whole_then_make_up(sentence: _Sentence, whole: _Figure, first: _Figure) -> bool:
    """Whether a count, its noun and a word of make-up lead to the first part.

    "635 uniformed personnel, including 469 troops": the whole, then its parts.
    """
    if whole.unit != "count" or whole.value is None or first.unit != "count":
        return False
    lead = _WHOLE_THEN_MAKE_UP.fullmatch(sentence.masked, whole.end, first.prefix_start)
    return lead is not None and not any(
        word.lower() in _VERB_WORDS for word in _words(lead["noun"])
    )


def _split_total(sentence: _Sentence, run: list[_Figure]) -> tuple[_Figure | None, list[_Figure]]:
    """A whole stated first ("Of the 90 ...,", "... 700 claims:") or last ("a total of 52")."""
    total = None
    first = run[0]
    if first.unit == "count" and (first.total_before or first.composed):
        total, run = first, run[1:]
    elif (
        len(run) > 2
        and _whole_then_make_up(sentence, first, run[1])
        and sum(f.value or 0 for f in run[1:]) <= (first.value or 0)
    ):
        total, run = first, run[1:]  # "635 personnel, including 469 troops, 41 ..."
    elif first.unit == "count" and len(run) > 2:
        gap = sentence.masked[first.end : run[1].prefix_start]
        opens = gap.rstrip().endswith((":", "--", "–", "—"))
        if opens and not any(mark in gap for mark in ",;"):
            total, run = first, run[1:]  # "registered 700 claims: 410 ...", "visited -- 4 in"
    last = run[-1] if run else None
    if total is None and last is not None and len(run) > 2:
        after = sentence.text[last.end : last.end + 20]
        if last.total_marker or IN_TOTAL.match(after):
            total, run = last, run[:-1]
    return total, run


# A whole named first, its count in parentheses: "Of all separations (2,812), ...".
_OF_WHOLE_OPENING = re.compile(
    r"(?:Of|Among|Out\s{1,3}of)\s{1,3}(?:the|all|these|those|its|their)\s[^,;:()]{1,80}\(\s{0,2}$"
)


# From a whole's count to its first part: its noun, a dash and the parts' verb.
_DASH_THEN_VERB = re.compile(
    r"(?:\s{1,3}[A-Za-z][\w'’-]{0,25}){1,4}\s{1,3}(?:--|[–—])\s{1,3}[a-z]{3,20}ing\s{1,3}"
)


def _stated_whole(sentence: _Sentence, run: list[_Figure]) -> _Figure | None:
    """The count right before a list that states the whole its parts split, or None.

    "Of the 5,400 refugees resettled, Syrians (2,100), ..." (a whole opened by "Of
    the", the parts at most it), "Of all separations (2,812), retirements accounted for
    903 and ..." (the whole in parentheses after "Of all ..."), or a definite count the
    parts add up to exactly ("the 56 new offices are spread across Asia (19), ...").
    """
    whole = sentence.figure_before(run[0])
    if whole is None or whole.unit != "count" or whole.value is None or run[0].unit != "count":
        return None
    parts = sum(f.value or 0 for f in run)
    if parts > whole.value:
        return None
    if whole.total_before:
        return whole
    lead = sentence.text[max(sentence.start, whole.prefix_start - 90) : whole.prefix_start]
    if whole.in_aside and _OF_WHOLE_OPENING.search(lead):
        return whole
    definite = DEFINITE_BEFORE.search(lead)
    if parts == whole.value and _DASH_THEN_VERB.fullmatch(
        sentence.masked, whole.end, run[0].prefix_start
    ):
        # "took action on twelve draft resolutions -- approving six texts on X and six on
        # Y": after the whole, a dash and the verb the parts share; the parts all of it
        return whole
    return whole if definite is not None and parts == whole.value else None


def _aside_total(sentence: _Sentence, run: list[_Figure]) -> _Figure | None:
    """A total in a dashed aside right after the list ("-- 30 in total --")."""
    counts, starts = sentence.aside_counts
    end = run[-1].end
    for figure in counts[bisect.bisect_right(starts, end) : bisect.bisect_left(starts, end + 120)]:
        if IN_TOTAL.match(sentence.text, figure.end):
            return figure
    return None


# The end of a first item's words that open the next item's clause: "and deferred".
_ENDS_ON_JOINED_VERB = re.compile(r"(?:\b(?:and|or|but)|,)\s[a-z]{3,20}ed$")


def _read_by_preposition(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Labels after one preposition every item repeats, with their ends, or None.

    "12 came from Chile, 9 from Peru and 4 from Bolivia" -> Chile, Peru, Bolivia: the
    first item may carry a noun and a verb before the preposition ("attacks on", "came
    from"), the later ones start with it (or with the first one's noun, then it).

    Examples
    --------
    >>> [t.parts[1].category for t in find_lists_in("Some 12 came from Chile and 9 from Peru.")]
    ['Peru']
    """
    segments = [
        _segment(sentence, fig, nxt.prefix_start if nxt else None)
        for fig, nxt in zip(run, [*run[1:], None], strict=True)
    ]
    later = [_words(segment) for segment, _ in segments[1:]]
    if not all(later):
        return None
    preposition = later[0][0].lower()
    head_noun: str | None = None
    if preposition not in _LIST_PREPOSITIONS and len(later[0]) > 1:
        head_noun, preposition = later[0][0], later[0][1].lower()  # "14 attacks on ..."
    if preposition not in _LIST_PREPOSITIONS:
        return None
    first = _words(segments[0][0])
    lowered = [word.lower() for word in first]
    if head_noun is None and run[0].unit == "count" and _states_after_prepositions(first, later):
        # "had 38 accused in custody, 12 on provisional release and 17 at large": where
        # each is held, a preposition of its own before each label, kept in it
        return _labels_after_state_prepositions(first, later, segments)
    if preposition not in lowered[: _MAX_HEAD_WORDS + 1]:
        return None
    at = lowered.index(preposition)
    head = lowered[:at]
    if any(word in ("and", "or", "while", "whereas") for word in head):
        return None
    if (
        run[0].unit == "percent"
        and not any(_is_predicate(word) for word in head)
        and not (preposition in _ALLOCATED_TO and _share_object(sentence, run[0], head))
        and not _speaks_of_a_survey(sentence, run[0])
    ):
        # "46 per cent went to Africa" splits what went; "20 per cent of GDP in Chad, 30
        # per cent in Mali" compares places, unless a survey's rates are compared
        return None
    labels = [first[at + 1 :]]
    if _ENDS_ON_JOINED_VERB.search(" ".join(labels[0])):
        # "recommended 188 organizations for consultative status and deferred 235 for
        # further consideration": the next item has a verb of its own, no label here
        return None
    for index, words in enumerate(later, start=2):
        skip = 1
        if index == len(run) and _own_members_last(sentence, run, head, words, preposition):
            labels.append(words)  # "..., four from the opposition and two independent experts"
            continue
        if words[0].lower() != preposition:
            # "one member from ..., and two members from ...": one noun, either number
            if head_noun is None or words[0].rstrip("s") != head_noun.rstrip("s") or len(words) < 2:
                return None
            if words[1].lower() != preposition:
                return None
            skip = 2
        labels.append(words[skip:])
    labels[-1] = _without_time(labels[-1])  # "... and 11 in Fiji over the past five years"
    labels[-1] = _without_body_after(labels[-1])
    if not all(_label_ok(words) for words in labels):
        return None
    return [(_join(words), end) for words, (_, end) in zip(labels, segments, strict=True)]


# Prepositions of where or in what state the counted are ("in custody", "on leave", "at
# large", "under investigation"): a list may change them from one item to the next.
_STATE_PREPOSITIONS = frozenset(("in", "on", "at", "under"))


def _states_after_prepositions(first: list[str], later: list[list[str]]) -> bool:
    """Whether the items each have a preposition of state, not all the same one.

    (Items that repeat one preposition are read by :func:`_read_by_preposition` itself.)
    """
    opening = {words[0].lower() for words in later}
    own = next((w.lower() for w in first[: _MAX_HEAD_WORDS + 1] if w in _STATE_PREPOSITIONS), None)
    return own is not None and opening <= _STATE_PREPOSITIONS and len(opening | {own}) > 1


_TIME_OPENERS = frozenset(
    ("in", "at", "by", "during", "as", "on", "over", "since", "throughout", "within")
)
_TIME_WORDS = frozenset(
    """
    end year years month months decade decades earlier period biennium past previous last
    """.split()  # noqa: SIM905
)


_MAX_TIME_WORDS = 6  # "over the past five years", "at the end of 2002": the label's end


def _without_time(words: list[str]) -> list[str]:
    """A last label without the time its list is dated by ("at large at the end of 2002").

    >>> _without_time("at large at the end of 2002".split())
    ['at', 'large']
    >>> _without_time("the South Pacific over the past five years".split())
    ['the', 'South', 'Pacific']
    >>> _without_time("on provisional release".split())
    ['on', 'provisional', 'release']
    >>> label = "Mali in each of which during the last years there were new laws"
    >>> len(_without_time(label.split()))
    13
    """
    for index in range(2, len(words)):
        if (
            words[index].lower() in _TIME_OPENERS
            and len(words) - index <= _MAX_TIME_WORDS
            and any(
                YEAR_FIGURE.fullmatch(word) or word.lower() in _TIME_WORDS for word in words[index:]
            )
        ):
            return words[:index]
    return words


# Prepositions that attach a body to the verb of a whole list, after its last label:
# "... for general consultative status| with the Economic and Social Council".
_BODY_PREPOSITIONS = frozenset(("with", "to", "by", "before"))
_NAME_WORDS = frozenset(("and", "of", "the", "for", "on"))


def _without_body_after(words: list[str]) -> list[str]:
    """A last label without the body the list's verb names after it.

    "recommended 18 organizations for special consultative status and 1 for general
    consultative status with the Economic and Social Council": the Council is where all of
    them go, no part of the last label. Only a phrase "with/to/by/before the" and a
    capitalised name that ends the label, after at least two words of it.

    >>> _without_body_after("general status with the Economic and Social Council".split())
    ['general', 'status']
    >>> _without_body_after("the United Kingdom".split())
    ['the', 'United', 'Kingdom']
    """
    for index in range(2, len(words) - 2):
        if words[index].lower() not in _BODY_PREPOSITIONS or words[index + 1] != "the":
            continue
        name = words[index + 2 :]
        if name[0][:1].isupper() and all(
            word[:1].isupper() or word in _NAME_WORDS for word in name
        ):
            return words[:index]
    return words


def _labels_after_state_prepositions(
    first: list[str], later: list[list[str]], segments: list[tuple[str, int]]
) -> list[tuple[str, int]] | None:
    """Each item's label from its preposition on: "in custody", "on provisional release".

    The first item's noun and verb before its preposition ("38 accused in custody") are
    no part of its label; the later items write the preposition first.

    >>> [(p.category, p.count) for p in find_lists_in("The Tribunal had 38 accused in "
    ...     "custody, 12 on provisional release and 17 at large.")[0].parts]
    [('in custody', 38), ('on provisional release', 12), ('at large', 17)]
    >>> find_lists_in("The Tribunal had 38 accused in custody and 12 on 3 May.")
    []
    """
    at = next(
        (i for i, word in enumerate(first[: _MAX_HEAD_WORDS + 1]) if word in _STATE_PREPOSITIONS),
        None,
    )
    if at is None or any(word in ("and", "or", "while", "whereas") for word in first[:at]):
        return None
    labels = [first[at:], *later[:-1], _without_time(later[-1])]
    if not all(len(words) > 1 and _label_ok(words) for words in labels):
        return None
    if len({" ".join(words).lower() for words in labels}) < len(labels):
        return None
    return [(_join(words), end) for words, (_, end) in zip(labels, segments, strict=True)]


_MAX_OWN_NOUN_WORDS = 3  # words of the noun phrase the last item of a make-up counts


def _own_members_last(
    sentence: _Sentence, run: list[_Figure], head: list[str], words: list[str], preposition: str
) -> bool:
    """Whether the last item of a body's make-up counts members of its own kind.

    "The commission was composed of five members from the governing party, four from the
    opposition and two independent experts": after a verb of make-up, the first item
    counts a plural noun before its preposition, and the last one, with no preposition,
    counts a plural noun phrase of its own (lower case, at most three words, no verb):
    its category. Any other item repeats the preposition.
    """
    if run[0].unit != "count" or len(head) != 1 or not head[0].endswith("s"):
        return False
    lowered = [word.lower() for word in words]
    if (
        not 0 < len(words) <= _MAX_OWN_NOUN_WORDS
        or preposition in lowered
        or not all(word.isalpha() and word.islower() for word in words)
        or not lowered[-1].endswith("s")
        or any(word in _VERB_WORDS or word in _FUNCTION_WORDS for word in lowered)
    ):
        return False
    lead = sentence.masked[
        max(sentence.start, run[0].prefix_start - _MAKE_UP_REACH) : run[0].prefix_start
    ]
    return _MAKE_UP_BEFORE.search(lead) is not None


def _share_object(sentence: _Sentence, first: _Figure, head: list[str]) -> bool:
    """Whether the first share, of a whole, is the object of a verb.

    "spent 40 per cent of the funds on roads": what is split is the whole, by what it
    went to ("to", "on", "for"; "reached 40 per cent of the population in Chad" is a
    rate by place).
    """
    before = sentence.text[max(sentence.start, first.prefix_start - 20) : first.prefix_start]
    words = before.split()
    return bool(words) and "of" in head[:1] and _is_predicate(words[-1].strip(",;:"))


def _read_by_verb(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Labels after one verb every item repeats ("410 involved water, 220 involved land").

    Examples
    --------
    >>> tally = find_lists_in("Of the 900 cases, 410 involved water and 220 involved land.")[0]
    >>> tally.total, [p.category for p in tally.parts]
    (900, ['water', 'land'])
    """
    segments = [
        _segment(sentence, fig, nxt.prefix_start if nxt else None)
        for fig, nxt in zip(run, [*run[1:], None], strict=True)
    ]
    words = [_words(segment) for segment, _ in segments]
    if not all(len(w) >= 2 for w in words):
        return None
    verb = words[1][0]
    if not verb.isalpha() or not verb.islower() or verb in PREPOSITIONS:
        return None
    if verb in _HAVE and not words[1][1].endswith(("ed", "en")):
        return None  # "1.5 billion have no access to X, 2 billion have no Y": overlapping
    if verb not in VERBS and verb not in AUXILIARIES and not verb.endswith("ed"):
        return None
    if verb not in words[0][:_MAX_HEAD_WORDS]:
        return None
    at = words[0].index(verb)
    labels = [_without_auxiliaries(words[0][at + 1 :])]
    for later in words[1:]:
        if later[0] != verb:
            return None
        labels.append(_without_auxiliaries(later[1:]))
    if not all(_label_ok(label) for label in labels):
        return None
    if len({" ".join(label) for label in labels}) < len(labels):
        return None
    return [(_join(label), end) for label, (_, end) in zip(labels, segments, strict=True)]


def _read_by_auxiliary(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Labels after "were" in the first item, elided in the later ones, or None.

    "Of those detained, 40 were men, 12 women and 3 boys" -> men, women, boys: the
    later items are a bare label with no verb of their own. The first count may name
    its noun before the copula, the later ones elide it too ("1,702 staff were men and
    689 women"), where the first label is one word and no verb ("120 staff were
    recruited and 40 consultants" is none).

    Examples
    --------
    >>> [p.category for p in find_lists_in("Of those detained, 40 were men, 12 women and "
    ...     "3 boys.")[0].parts]
    ['men', 'women', 'boys']
    """
    segments = [
        _segment(sentence, fig, nxt.prefix_start if nxt else None)
        for fig, nxt in zip(run, [*run[1:], None], strict=True)
    ]
    first = _words(segments[0][0])
    noun = _words(run[0].counted or "")
    if noun and first[: len(noun)] == noun and len(first) == len(noun) + 2:
        # "1,702 staff were men and 689 women": the counted noun before the copula, the
        # first label one word that is no verb
        last = first[-1].lower()
        first = first[len(noun) :] if last not in _VERB_WORDS and not last.endswith("ed") else []
    if len(first) < 2 or first[0] not in _COPULAS:
        return None
    labels = [first[1:]]
    for segment, _ in segments[1:]:
        words = _words(segment)
        if not words or any(word.lower() in _VERB_WORDS for word in words):
            return None
        labels.append(words)
    if not all(_label_ok(words) for words in labels):
        return None
    if any(words[0].lower() in _FUNCTION_WORDS for words in labels):
        return None
    if len({" ".join(words) for words in labels}) < len(labels):
        return None
    return [(_join(words), end) for words, (_, end) in zip(labels, segments, strict=True)]


def _read_noun_list(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Counted noun phrases that share one predicate after the list, or None.

    "Some 14 teachers, 9 nurses and 3 engineers were recruited" -> teachers, nurses,
    engineers: the list is the subject of its sentence (only a qualifier before it) and
    no item has a verb of its own.

    Examples
    --------
    >>> [p.category for p in find_lists_in("Some 14 teachers, 9 nurses and 3 engineers "
    ...     "were recruited.")[0].parts]
    ['teachers', 'nurses', 'engineers']
    """
    if run[0].unit != "count":
        return None
    lead_from = max(sentence.start, run[0].prefix_start - _EXISTENTIAL_REACH)
    acted_from = max(sentence.start, run[0].prefix_start - _ACTED_ON_REACH)
    acted_on_before = _TEXTS_ACTED_ON.search(sentence.masked, acted_from, run[0].prefix_start)
    if acted_on_before or _TEXTS_ADOPTED_AFTER.match(
        sentence.masked, run[-1].end, min(sentence.end, run[-1].end + _ADOPTED_AFTER_REACH)
    ):
        # "the General Assembly today adopted 47 resolutions and five decisions", "seven
        # resolutions and six decisions recommended by subsidiary bodies were adopted": the
        # texts a body acted on, by kind
        labels = _counted_labels(sentence, run)
        if labels is not None and all(_TEXT_KIND.fullmatch(label.lower()) for label, _ in labels):
            return [_with_status_sought(sentence, label, end) for label, end in labels]
        topics = _texts_by_topic(sentence, run) if acted_on_before else None
        if topics is not None:
            return topics  # "approved six texts concerning X and eight on Y"
    if (
        _EXISTENTIAL.search(sentence.masked, lead_from, run[0].prefix_start)
        or _PASSIVE_AGENT.search(sentence.masked, lead_from, run[0].prefix_start)
        or _PARTICIPANTS_FROM.search(sentence.masked, lead_from, run[0].prefix_start)
        or _COUNTED_SUBJECT.search(sentence.masked, lead_from, run[0].prefix_start)
        or _restates_nouns(sentence, run)
    ):
        # "At the D-1 level there were 40 women and 52 men", "was attended by 40 women and
        # 52 men"; with no "and" before the
        # last item a restatement ("There are two peoples, two States"), no list
        last_joint = sentence.masked[run[-2].end : run[-1].prefix_start]
        return _counted_labels(sentence, run) if " and " in f" {last_joint} " else None
    if run[0].prefix_start - sentence.start > _SUBJECT_REACH:
        return _read_object_list(sentence, run)
    lead = sentence.text[sentence.start : run[0].prefix_start]
    if not _SUBJECT_LEAD.match(lead.strip()):
        return _read_object_list(sentence, run)
    labels = _noun_labels(sentence, run, subject=True)
    if labels is not None and _cases_and_deaths(labels):
        return None  # "1,000 cases of cholera and one death were reported": no one whole
    return labels


def _cases_and_deaths(labels: list[tuple[str, int]]) -> bool:
    """Whether the labels count an outbreak's cases beside the deaths among them.

    >>> _cases_and_deaths([("cases of cholera", 0), ("death", 0)])
    True
    """
    heads = {_head_word(label) for label, _ in labels}
    return bool(heads & {"case", "cases"}) and bool(heads & {"death", "deaths", "fatalities"})


def _restates_nouns(sentence: _Sentence, run: list[_Figure]) -> bool:
    """Whether ``run`` is set against the same counted nouns earlier in its sentence.

    "Enrolment was 184,300 boys and 96,100 girls in 1958, against 171,200 boys and
    82,500 girls in the preceding year": the second list counts the nouns of the first
    for another year, each a word the sentence wrote before ", against".
    """
    lead_from = max(sentence.start, run[0].prefix_start - _EXISTENTIAL_REACH)
    against = _SET_AGAINST.search(sentence.masked, lead_from, run[0].prefix_start)
    if against is None:
        return False
    before = sentence.text[sentence.start : against.start()]
    return all(
        fig.counted is not None and re.search(rf"\d\s{{1,3}}{re.escape(fig.counted)}\b", before)
        for fig in run
    )


def _holds_clause(words: list[str]) -> bool:
    """Whether a label holds a verb with its object ("visited the region"): a clause.

    The verb is a word after the noun and before a determiner that is no preposition
    ("members of the Committee") nor a participle ("staff serving the mission").
    """
    return any(
        i > 0
        and word.isalpha()
        and word.islower()
        and word not in PREPOSITIONS
        and word not in ("and", "or", "but")
        and not word.endswith("ing")
        and following.lower() in _DETERMINERS
        for i, (word, following) in enumerate(itertools.pairwise(words))
    )


_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "this", "these", "those"))


def _read_object_list(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Counted noun phrases that are the object of a definite whole's verb, or None.

    "The 40 incidents involved 12 schools, 9 clinics and 3 markets" -> schools, clinics,
    markets (the whole, 40, is the total): only after "The N ..." and a verb that says
    what the whole is made of ("involved", "concerned", "included", "comprised").

    Examples
    --------
    >>> tally = find_lists_in("The 40 incidents involved 12 schools, 9 clinics and 3 markets.")[0]
    >>> tally.total, [p.category for p in tally.parts]
    (40, ['schools', 'clinics', 'markets'])
    """
    first = run[0]
    whole = sentence.last_figure_before(first)  # not a scan back per run: linear time
    if whole is None or whole.end > first.start or not whole.composed or whole.percent is not None:
        return None
    if not _verb_of_whole(sentence, whole, first):
        return None
    return _noun_labels(sentence, run, subject=False)


def _noun_labels(
    sentence: _Sentence, run: list[_Figure], *, subject: bool
) -> list[tuple[str, int]] | None:
    """The counted noun phrases of a run as labels; a subject list's predicate cut off."""
    labels = []
    for fig, nxt in zip(run, [*run[1:], None], strict=True):
        segment, end = _segment(sentence, fig, nxt.prefix_start if nxt else None)
        tokens = list(_TOKEN.finditer(segment))
        words = [token.group() for token in tokens]
        if nxt is None and subject:  # the shared predicate starts at the first verb
            # or at a relative clause that says which ones ("26 men who passed ...")
            cut = next((i for i, w in enumerate(words) if _is_predicate(w) or w in _RELATIVES), 0)
            if cut == 0:
                return None
            end, words = fig.end + tokens[cut - 1].end(), words[:cut]
        if not words or words[0].lower() in _FUNCTION_WORDS:
            return None
        if any(w.lower() in _VERB_WORDS for w in words):
            return None
        if nxt is not None and _holds_clause(words):
            return None  # "20 members ... visited the region, and 5 ... accompanied them"
        if not _label_ok(words):
            return None
        labels.append((_join(words), end))
    if len({label for label, _ in labels}) < len(labels):
        return None
    return labels


# The verbs that introduce a list of labels and figures: "The main hosts were Chad, 310; ...".
_INTRODUCING = frozenset(("were", "are", "was", "is", "included", "include", "includes", "namely"))


def _after_introducing_verb(words: list[str]) -> list[str]:
    """The first label's words after the verb that introduces the list, if any.

    >>> _after_introducing_verb("The main hosts of refugees were the Sudan".split())
    ['the', 'Sudan']
    >>> _after_introducing_verb(["Kenya"])
    ['Kenya']
    """
    at = max((i for i, word in enumerate(words) if word in _INTRODUCING), default=-1)
    return words[at + 1 :] if 0 <= at < len(words) - 1 else words


def _read_label_comma(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Labels written before their figure with a comma, colon or dash ("Kenya, 310").

    The items are joined by ";" or ",": "Kenya, 310; Uganda, 240; Ethiopia, 180". The
    first label starts the sentence or follows a colon.

    Examples
    --------
    >>> [p.category for p in find_lists_in("Arrivals were: Kenya, 310; Uganda, 240.")[0].parts]
    ['Kenya', 'Uganda']
    """
    masked = sentence.masked
    reach = max(sentence.start, run[0].prefix_start - _LABEL_REACH)
    before = masked[reach : run[0].prefix_start]
    separator = _LABEL_SEP.search(before) or _NO_LABEL_SEP.search(before)
    if separator is None:
        return None
    sep = separator["sep"]
    opening = before.rfind(":", 0, separator.start())
    if not sep and opening < 0:
        return None  # "Saipan 9,012; Palau 7,840" only where a colon opens the list
    if opening < 0 and reach > sentence.start:
        return None  # the first label starts the sentence or follows a colon
    first = _after_introducing_verb(_words(before[opening + 1 : separator.start()]))
    labels = [first]
    ends = []
    joints = set()
    for fig, nxt in itertools.pairwise(run):
        gap = masked[fig.end : nxt.prefix_start]
        joint = _LABEL_JOINT.match(gap) or (None if sep else _AND_JOINT.match(gap))
        label_sep = (_LABEL_SEP if sep else _NO_LABEL_SEP).search(gap)
        if joint is None or label_sep is None or label_sep["sep"] != sep:
            return None
        joints.add(joint["joint"])
        labels.append(_words(gap[joint.end() : label_sep.start()]))
        ends.append(fig.end)
    ends.append(run[-1].end)
    if sep == "," and joints != {";"}:
        return None  # "Kenya, 310, Uganda, 240" reads as a list of names and numbers
    if not sep and (";" in joints) == bool(joints & {",", "and"}):
        return None  # names and counts joined one way: "Saipan 9,012; Palau 7,840; ..." or
        # "Africa 21, Asia 17 and Europe 30"
    if not sep and not all(words[0][:1].isupper() for words in labels):
        return None  # with no mark between, only names: "as follows: Saipan 9,012; ..."
    after = masked[run[-1].end : run[-1].end + 2]
    if after[:1] not in ("", ";", ".", "\n", " ") or (
        after.startswith(" ") and after[1:].isalpha()
    ):
        return None
    if not all(
        (_label_ok(words) and words[0][:1].isalpha()) or _side_or_grade(words) for words in labels
    ):
        return None
    return [(_join(words), end) for words, end in zip(labels, ends, strict=True)]


# The roles of a vote's sides, whose labels are prepositions or phrases with one.
_SIDE_ROLES = frozenset(("in_favour", "against", "abstaining"))


def _side_or_grade(words: list[str]) -> bool:
    """Whether a label before its figure is a side of a vote or a grade.

    Neither reads as a category elsewhere: "against" is a preposition, "in favour" opens
    on one, and "G-3" holds a digit. Before a comma in a list ("in favour, 22; against,
    18", "G-3, 64; G-4, 180") they name the parts.

    >>> _side_or_grade(["in", "favour"]), _side_or_grade(["G-6", "and", "above"])
    (True, True)
    >>> _side_or_grade(["of", "the"]), _side_or_grade(["annex", "II"])
    (False, False)
    """
    label = " ".join(words)
    return role_of(label.lower()) in _SIDE_ROLES or is_grade(label)


# After a count in parentheses, before the ")": its counted noun ("(96 overdue reports)").
_PAREN_NOUN = re.compile(r"(?:\s{1,3}[A-Za-z][a-z'’-]{0,30}){1,3}\s{0,2}\)")


def _paren_close(text: str, figure: _Figure) -> int | None:
    """Where the ")" of a figure alone in parentheses is, or None.

    Alone: right after its "(", and before its ")" nothing or, for a count, its counted
    noun ("Serbia (12,300 claims)"). The nouns of a run must agree (:func:`_paren_figures`).
    """
    if text[figure.prefix_start - 1 : figure.prefix_start] != "(":
        return None
    if text[figure.end : figure.end + 1] == ")":
        return figure.end
    if figure.unit != "count" or text[figure.end : figure.end + 1] != " ":
        return None
    noun = _PAREN_NOUN.match(text, figure.end)
    return None if noun is None else noun.end() - 1


def _paren_figures(sentence: _Sentence) -> list[list[_Figure]]:
    """Runs of figures each alone in parentheses ("(38 per cent)"), of one unit.

    A count may keep its counted noun in the parentheses when every count of the run
    that has one has the same ("Eritrea (18,900 claims) and Serbia (12,300 claims)").
    """
    runs: list[list[_Figure]] = []
    current: list[_Figure] = []
    nouns: set[str] = set()
    text = sentence.text
    for figure in sentence.figures:
        close = None if figure is None or not figure.in_aside else _paren_close(text, figure)
        if close is None:
            if figure is None or not figure.in_aside:
                runs.append(current)
                current, nouns = [], set()
            continue
        noun = text[figure.end : close].strip().lower()
        if current and (current[-1].unit != figure.unit or (noun and nouns and noun not in nouns)):
            runs.append(current)
            current, nouns = [], set()
        if noun:
            nouns.add(noun)
        current.append(figure)
    runs.append(current)
    return [run for run in runs if len(run) >= 2]


def _read_label_paren(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Labels right before a figure alone in parentheses ("Somalis (38 per cent)").

    Later labels run from the joint after the ")" before them; the first goes back at
    most eight words to the sentence start, a colon or a verb such as "were" or
    "included". Shares must add up to no more than 100. Counts that keep their counted
    noun in the parentheses are parts, so a place after a preposition is their label
    ("from Syria (48,400 claims)"); a bare share there is a rate ("highest in Chad (40
    per cent)").

    Examples
    --------
    >>> [p.category for p in find_lists_in("Somalis (38 per cent) and Eritreans "
    ...     "(27 per cent) made up most arrivals.")[0].parts]
    ['Somalis', 'Eritreans']
    >>> [(p.category, p.count) for p in find_lists_in("Claims came from Syria (48,400 "
    ...     "claims) and Iraq (21,300 claims).")[0].parts]
    [('Syria', 48400), ('Iraq', 21300)]
    """
    text, base = sentence.text, sentence.start
    if run[0].unit == "percent" and sum(f.percent or 0 for f in run) > 100 + _SHARE_SLACK:
        return None
    head = text[max(base, run[0].prefix_start - _LABEL_REACH) : run[0].prefix_start - 1]
    words = _words(head)
    closes = [_paren_close(text, fig) or fig.end for fig in run]
    # Counts with their counted noun are parts, not rates: "from Eritrea (18,900 claims)".
    nouned = any(close != fig.end for fig, close in zip(run, closes, strict=True))
    first: list[str] = []
    for word in reversed(words):
        if word[-1:] in ",:;" or word.lower() in _PAREN_LEAD_WORDS:
            break
        if word.lower() in _RATE_PLACE_WORDS:
            if nouned and first:
                break
            return None  # "highest in Chad (40 per cent)": a rate by place
        first.insert(0, word)
        if len(first) > _MAX_LABEL_WORDS:
            return None
    else:
        if base < run[0].prefix_start - _LABEL_REACH:
            return None
    labels = [(first, closes[0] + 1)]
    for (previous, fig), close in zip(itertools.pairwise(run), closes[1:], strict=True):
        gap = text[closes[run.index(previous)] + 1 : fig.prefix_start - 1]
        joint = _PAREN_JOINT.match(gap)
        if joint is None and (name := _name_after_clause(gap, run, first)) is not None:
            labels.append((name, close + 1))
            continue
        if joint is None or "(" in gap or ")" in gap or "," in gap[joint.end() :]:
            return None  # ", many of them children, followed by Somalis (": an aside between
        labels.append((_words(gap[joint.end() :]), close + 1))
    if not all(_label_ok(words) for words, _ in labels):
        return None
    if any(words[0].lower() in _FUNCTION_WORDS for words, _ in labels):
        return None
    return [(_join(words), end) for words, end in labels]


# A later name with its figure after the clause of the first: "Afghanistan (2.6 million)
# remained the second-largest source country, with Somalia (1.1 million) ...".
_NAME_AFTER_CLAUSE = re.compile(
    r"(?:,|\bwith|\bfollowed\s{1,3}by|\bwhile|\bwhereas|\band)\s{1,3}"
    r"(?P<name>[A-Z][\w'’-]{1,25}(?:\s{1,3}[A-Z][\w'’-]{1,25}){0,2})\s{0,3}$"
)
_CLAUSE_GAP = 120  # characters of the first name's clause before the later name
_NAMED_COUNT_MIN = 1_000  # "the Council (15) ... the Commission (54)": sizes, no parts


def _name_after_clause(gap: str, run: list[_Figure], first: list[str]) -> list[str] | None:
    """A later name given its figure after the rest of the first name's clause, or ``None``.

    Names of places or groups, capitalised, each with its figure alone in parentheses:
    counts in thousands at least (a body's size is no part), or shares.
    """
    if (
        len(gap) > _CLAUSE_GAP
        or "(" in gap
        or ")" in gap
        or not first
        or not first[0][:1].isupper()
    ):
        return None
    if any(f.unit == "count" and (f.value or 0) < _NAMED_COUNT_MIN for f in run):
        return None
    match = _NAME_AFTER_CLAUSE.search(gap)
    return match["name"].split() if match is not None else None


# What a whole is made of, said right before a list of counted nouns: its make-up.
_MAKE_UP_BEFORE = re.compile(
    r"\b(?:compris(?:e|es|ed|ing)|consist(?:s|ed|ing)?\s{1,3}of|composed\s{1,3}of|"
    r"made\s{1,3}up\s{1,3}of|contain(?:s|ed|ing)?|(?:has|have|had)|includ(?:e|es|ed|ing))"
    r"\s{0,3}:?\s{1,3}$"
)
_MAKE_UP_REACH = 30
# A whole, its noun, then the word that opens its parts ("635 personnel, including").
_WHOLE_THEN_MAKE_UP = re.compile(
    r"(?P<noun>(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){0,5})\s{0,3},?\s{1,3}(?:including|comprising|encompassing|"
    r"consisting\s{1,3}of|made\s{1,3}up\s{1,3}of|namely)\s{0,3}:?\s{1,3}"
)
_NOUN_WORD = re.compile(r"\s{1,3}(?P<word>[A-Za-z][\w'’-]{0,30})(?![\w'’-])")
_MAX_NOUN_WORDS = 4  # characters before the first part where the verb of make-up stands
# Between two parts of a list: a joint and nothing else;
# "..., 229 girls and 318 boys, as well as 253 children of unknown sex": "as well as" too.
_ITEM_JOINT = (
    r"\s{0,3}(?:[,;]\s{0,3}(?:(?:and|as\s{1,3}well\s{1,3}as)\s{1,3})?"
    r"|\b(?:and|as\s{1,3}well\s{1,3}as)\s{1,3})"
)
_BARE_JOINT = re.compile(_ITEM_JOINT)
# Between a whole and the aside that lists its parts: its noun, then "(" or a dash.
_WHOLE_THEN_ASIDE = re.compile(
    r"(?P<noun>(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){0,4})\s{0,3}(?:\(|[–—]|--)\s{0,3}$"
)
# What a later item repeats of a noun it elides ("deferred 80 others").
_ELIDED_NOUNS = frozenset(("others", "other", "more", "ones"))
# Verbs after a label that state its figure; the later labels elide them.
_LABEL_VERB = re.compile(
    r"(?P<verb>numbere?d?|totall?(?:ed|s)?|st(?:an|oo)d\s{1,3}at|were|was|made\s{1,3}up|"
    r"accounted\s{1,3}for|represented|constituted|comprised)\s{1,3}$"
)
_SHARE_VERB_WORDS = frozenset(("made", "accounted", "represented", "constituted", "comprised"))
# A joint after a comma that sets a later item against the one before ("..., while men 12").
_CONTRAST_JOINTS = frozenset(("while", "whereas"))
# Where a label written first starts: after one of these (or at the sentence start).
_LABEL_OPENING = re.compile(r".*(?:[,;:(]|\b(?:while|whereas|and))\s", re.DOTALL)
_MARK_OPENING = re.compile(r".*[,;:(]\s", re.DOTALL)
# The object of a verb of action, then the preposition its count follows: "deferred action
# on 30 others", "closed cases concerning 430 persons", "postponed consideration of 62",
# "deferred action on the status of 51 others".
_OBJECT_THEN_PREPOSITION = (
    r"(?:\s{1,3}[a-z][a-z-]{1,20}){1,3}\s{1,3}(?:on|of|concerning|regarding|involving)"
    r"(?:\s{1,3}the\s{1,3}[a-z][a-z-]{1,20}\s{1,3}(?:of|on))?"
)
# A later item: "<joint> <label> <figure>"; "<joint> <verb> <figure>", the verb its
# category (after what the item before says of its figure; "deferred action on 30").
_JOINT_THEN_LABEL = re.compile(rf"{_ITEM_JOINT}(?P<label>[^,;:()\d]{{1,80}}?)\s{{1,3}}")
_JOINT_THEN_VERB = re.compile(
    rf"(?P<tail>.*?){_ITEM_JOINT}(?P<verb>[A-Za-z][a-z]{{2,20}})"
    rf"(?:{_OBJECT_THEN_PREPOSITION})?\s{{1,3}}",
    re.DOTALL,
)
# Verbs that take in a whole the later verbs deal with: no category beside theirs.
_INTAKE_VERBS = frozenset(
    """
    received receives registered registers considered considers reviewed reviews examined
    examines processed processes handled handles recorded records documented documents
    verified verifies
    screened screens
    """.split()  # noqa: SIM905
)
# The verb of a share whose label is written first ("Asia held 40 per cent", "Fisheries
# account for 45 per cent").
_SHARE_LEAD = re.compile(r"\s(?P<verb>[a-z]{3,20})(?:\s{1,3}(?:for|up))?\s{1,3}$")
_SHARE_LEAD_VERBS = SHARE_VERBS | frozenset(
    "account accounts accounted make makes made comprise comprises comprised".split()  # noqa: SIM905
)
# A later share of a ranking: ", followed by Africa with", "and Europe with".
_RANKED_ITEM = re.compile(
    r"[^,;]{0,80}?\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})"
    r"(?P<followed>followed\s{1,3}by\s{1,3})?(?P<label>[A-Za-z][^,;:()\d]{0,60}?)"
    r"\s{1,3}with\s{1,3}",
    re.DOTALL,
)
# Between a share and the count in parentheses after it: its whole at most ("of exports").
_SHARE_THEN_PAREN = re.compile(r"(?:\s{1,3}of\s[^()\d,;]{1,60})?\s{0,3}\(\s{0,2}")
_OF_EARLIER = re.compile(r"\s{1,3}of\s{1,3}(?:them|these|those|which|the)\b")
# Verbs whose objects are people however unnamed: the casualties of an attack.
_CASUALTY_VERBS = frozenset(
    ("killed", "wounded", "injured", "maimed", "killing", "wounding", "injuring", "maiming")
)
_VERB_RIGHT_BEFORE = re.compile(r"(?:^|\s)(?P<verb>[A-Za-z][a-z]{2,20})\s{1,3}$")
# A verb in the past, then "to" and a body named in capitals, right before a count.
_VERB_TO_BODY_BEFORE = re.compile(
    r"(?:^|\s)(?P<verb>[a-z]{3,20}ed)\s{1,3}to\s{1,3}the"
    r"(?:\s{1,3}(?:[A-Z][\w'’-]{0,25}|and|of|for|on)){1,8}\s{1,3}$"
)
# A status granted, then who it was granted to: "approving special consultative status
# for| five organizations", "granted observer status to| 3 entities".
_VERB_STATUS_FOR = re.compile(
    r"(?:^|\s)(?P<verb>[a-z]{3,20}(?:ed|ing))\s{1,3}(?:(?:special|general|roster|observer"
    r"|consultative)\s{1,3}){0,2}status"
    # "status with the Economic and Social Council for"
    r"(?:\s{1,3}with\s{1,3}the(?:\s{1,3}(?:[A-Z][\w'’-]{0,25}|and|of)){1,6})?"
    r"\s{1,3}(?:for|to|on)\s{1,3}$"
)
_OBJECT_PREPOSITIONS = (" on", " of", " concerning", " regarding", " involving")
_PREPOSITION_BEFORE = re.compile(r"\s(?:on|of|concerning|regarding|involving)\s{1,3}$")
_OBJECT_WORD = re.compile(r"[A-Za-z][a-z-]{1,20}")


def _verb_object_before(masked: str, lo: int, hi: int) -> tuple[str, int] | None:
    """A verb, one to three words of its object and a preposition right before ``hi``.

    "closed urgent action cases concerning 430": ("closed", where it starts); the verb is
    the nearest word before the preposition that is one, with nothing but words between.
    """
    prep = _PREPOSITION_BEFORE.search(masked, lo, hi)
    if prep is None:
        return None
    words = list(_OBJECT_WORD.finditer(masked, lo, prep.start()))
    for back in (2, 3, 4):
        if len(words) < back:
            break
        verb = words[-back]
        between = masked[verb.end() : prep.start()]
        if any(not (ch.isalpha() or ch in " -") for ch in between):
            break
        if _one_verb_form([verb.group()]):
            return verb.group(), verb.start()
    return None


_DAY_WORDS = frozenset(("today", "yesterday", "tonight"))
_SO_FAR = re.compile(r"(?i:so|thus)\s{1,3}far\b")


def _noun_of(sentence: _Sentence, figure: _Figure, text: str) -> tuple[str, int] | None:
    """A figure's counted noun and where it ends, when it follows the figure directly.

    The item reader's noun where it read one; else (a count that is the object of a
    verb, "had 60 closed questions") the words right after the figure, up to four, to
    the first joint, function word or verb.
    """
    counted = figure.counted
    if counted is not None:
        at = sentence.text.find(counted, figure.end, figure.end + 4 + len(counted))
        if at < 0 or sentence.text[figure.end : at].strip():
            return None
        return counted, at + len(counted)
    words = []
    end = figure.end
    joined = False  # "39 Asian and Pacific": two names of one modifier
    for token in _NOUN_WORD.finditer(text, figure.end, min(sentence.end, figure.end + 80)):
        if token.start() != end or len(words) == _MAX_NOUN_WORDS + 2 * joined:
            break
        word = token["word"]
        if word == "and" and words and not joined and _joins_names(words, text, token.end()):
            joined = True
        elif word.lower() in _FUNCTION_WORDS or word.lower() in _VERB_WORDS:
            break
        elif word.lower() in _DAY_WORDS or _SO_FAR.match(text, token.start("word")):
            break  # "adopted 38 resolutions and two decisions today", "370 injured so far"
        words.append(word)
        end = token.end()
    if words and words[-1] == "and":
        return None
    return (" ".join(words), end) if words else None


def _joins_names(words: list[str], text: str, after: int) -> bool:
    """Whether "and" after ``words`` joins two names of one modifier ("Asian and Pacific").

    Both sides are names (capitalized; "other" may open the second: "Western European
    and other States"), and the word after "and" is no number ("Asian and twenty-six").
    """
    if not all(word[:1].isupper() for word in words):
        return False
    nxt = _NOUN_WORD.match(text, after)
    if nxt is None or _NEXT_FIGURE.match(text, after):
        return False
    return nxt["word"][:1].isupper() or nxt["word"] == "other"


# Plural nouns that do not end in "s": never a modifier whose noun is elided.
_PLURALS_WITHOUT_S = frozenset(
    "men women children people staff personnel police data media cattle aircraft".split()  # noqa: SIM905
)


def _modifies_elided_head(words: list[str], figure: _Figure) -> bool:
    """Whether the words after a count above one modify a noun written only later.

    "14 international and 22 national staff": "international" is no plural noun, so it
    stands for "international staff"; "14 schools and 3 clinics" names two nouns. The
    modifier may be graded by an adverb ("9 highly satisfactory and 4 satisfactory
    reports").
    """
    if len(words) == 2 and len(words[0]) > 4 and words[0].lower().endswith("ly"):
        words = words[1:]  # "highly satisfactory"
    if len(words) > 1 and all(word[:1].isupper() or word == "and" for word in words):
        # "22 Eastern European", "39 Asian and Pacific": a name of a group of States
        return (figure.value or 0) > 1 and all(
            not word.endswith("s") or word.endswith(_NOT_PLURAL_ENDINGS) for word in words
        )
    word = words[0].lower()
    return (
        len(words) == 1
        and (figure.value or 0) > 1
        and (not word.endswith("s") or word.endswith(_NOT_PLURAL_ENDINGS))
        and word not in _PLURALS_WITHOUT_S
    )


# Endings of words that end in "s" and are no plural nouns: "serious", "gross", "basis".
_NOT_PLURAL_ENDINGS = ("ous", "ss", "us", "is")


# Modifiers that compare a count with another, never a kind: "12 more and 4 fewer staff".
_COMPARING = frozenset(("more", "fewer", "less", "further", "extra"))


def _read_shared_head(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Counts of one head noun written once, after the last count, or None.

    "OIOS issued 27 critical and 410 important recommendations" -> critical, important
    recommendations: every count before the last is followed by a modifier alone (no
    plural noun of its own), the noun it modifies elided until the last count names it.
    The one written noun makes the counts kinds of one thing wherever the list stands
    (the object of any verb, not only of a verb of make-up); counts that each name their
    own noun ("visited 12 schools and 4 clinics") are no such list.

    Examples
    --------
    >>> tally = find_lists_in("The unit closed 31 minor, 12 serious and 2 critical cases.")[0]
    >>> [(p.category, p.count) for p in tally.parts]
    [('minor', 31), ('serious', 12), ('critical cases', 2)]
    >>> find_lists_in("The unit closed 31 minor cases and 12 serious incidents.")
    []
    """
    if run[0].unit != "count":
        return None
    if any(figure.counted is not None for figure in run[:-1]):
        return None  # an earlier count names its own noun
    labels = _counted_labels(sentence, run, one_kind=True)
    if labels is None or len(_words(labels[-1][0])) < 2:
        return None
    if run[-1].counted is None and not _names_plural_after_names(_words(labels[-1][0])):
        return None
    modifiers = [_words(label) for label, _ in labels[:-1]]
    if not all(_modifies_elided_head(w, fig) for w, fig in zip(modifiers, run, strict=False)):
        return None
    if any(word.lower() in _COMPARING for words in modifiers for word in words):
        return None
    return labels


# Modifiers that split one head noun into two opposite kinds ("30 male directors and 8
# female", "120 national staff and 40 international").
_OPPOSITE_MODIFIERS = (
    frozenset(("male", "female")),
    frozenset(("national", "international")),
    frozenset(("local", "international")),
    frozenset(("urban", "rural")),
    frozenset(("permanent", "non-permanent")),
    frozenset(("full-time", "part-time")),
)
# The opposite modifier alone after the second count, its noun elided: the clause ends or
# a time or place follows ("and 310 international at the end of June").
_ELIDED_OPPOSITE = re.compile(
    r"\s{1,3}([a-z][a-z-]{3,15})"
    r"(?=\s{0,3}(?:[.;,:)]|$)|\s{1,3}(?:at|in|on|as\s{1,3}of|by|during|since)\s)"
)


def _read_head_written_first(
    sentence: _Sentence, run: list[_Figure]
) -> list[tuple[str, int]] | None:
    """Two counts of one head noun written once, after the first count, or None.

    "The agency has 30 male directors and 8 female" -> male directors, female: the first
    count names its noun with one of two opposite modifiers (male and female, national and
    international, urban and rural ...), the second gives the other modifier alone and
    ends its clause, so both count kinds of the one noun. The mirror of
    :func:`_read_shared_head`, whose noun is written after the last count.

    Examples
    --------
    >>> tally = find_lists_in("The agency has 30 male directors and 8 female.")[0]
    >>> [(p.category, p.count) for p in tally.parts]
    [('male directors', 30), ('female', 8)]
    >>> find_lists_in("The agency has 30 male directors and 8 deputies.")
    []
    """
    if len(run) != 2 or run[0].unit != "count" or run[1].counted is not None:
        return None
    text = sentence.masked
    noun = _noun_of(sentence, run[0], text)
    if noun is None:
        return None
    words = _words(noun[0])
    modifier = words[0].lower()
    pair = next((pair for pair in _OPPOSITE_MODIFIERS if modifier in pair), None)
    if (
        pair is None
        or len(words) < 2
        or not _BARE_JOINT.fullmatch(text, noun[1], run[1].prefix_start)
    ):
        return None
    other = _ELIDED_OPPOSITE.match(text, run[1].end, sentence.end)
    if other is None or other[1] not in pair - {modifier}:
        return None
    return [(noun[0], noun[1]), (other[1], other.end())]


def _names_plural_after_names(words: list[str]) -> bool:
    """Whether a last item the item reader left unnamed ends on a plural after names.

    "9 Latin American and Caribbean delegations": the head noun, written once, after the
    names that modify it (the item reader stops at "and").
    """
    head = words[-1]
    return (
        len(words) > 2
        and "and" in words
        and all(word[:1].isupper() or word in ("and", "other") for word in words[:-1])
        and head.endswith("s")
        and not head.endswith(_NOT_PLURAL_ENDINGS)
    )


# What a counted noun is of or from, part of its label: "11 separations from service",
# "9 cases of torture", "22,470 items of unexploded ordnance".
_NOUN_COMPLEMENT = re.compile(r" (?:of|from) (?:[a-z][\w'’-]{1,25} ){0,2}[a-z][\w'’-]{1,25}\b")
_CLAUSE_END = re.compile(r"\s{0,3}(?:[.;:)]|$)")


def _counted_labels(
    sentence: _Sentence, run: list[_Figure], text: str | None = None, *, one_kind: bool = False
) -> list[tuple[str, int]] | None:
    """The counted nouns of a run as its labels, each item a bare joint from the next.

    ``text`` is where the joints are read: the masked sentence unless given (the plain
    text for the parts inside an aside). ``one_kind``: the nouns must be kinds of one
    thing, one head noun with different modifiers ("12 civilian units and 4 military
    units", "31 country evaluations and 2 global ones").
    """
    text = sentence.masked if text is None else text
    labels = []
    heads = set()
    people = True  # every noun counts people: kinds of one headcount
    for fig, nxt in zip(run, [*run[1:], None], strict=True):
        noun = _noun_of(sentence, fig, text)
        if noun is None:
            return None
        counted, end = noun
        if (of := _NOUN_COMPLEMENT.match(text, end)) is not None and (
            _BARE_JOINT.fullmatch(text, of.end(), nxt.prefix_start)
            if nxt is not None
            else _CLAUSE_END.match(text, of.end())
        ):
            counted, end = f"{counted}{' '.join(of.group().split(' '))}", of.end()
        if nxt is not None and text is sentence.masked:
            end = _past_aside(sentence, text, end)
        if nxt is not None and not _BARE_JOINT.fullmatch(text, end, nxt.prefix_start):
            return None  # "comprises 18 members and held 3 sessions": clauses, no list
        words = _words(counted)
        if words[-1].lower() in ("ones", "one") and len(words) > 1:
            words = words[:-1]  # "two global ones": global
        elif nxt is None or not _modifies_elided_head(words, fig):
            heads.add((_member_kind(words) or words[-1].lower()).removesuffix("s"))
            people = people and words[-1].lower() in PEOPLE_NOUNS
        if any(w.lower() in _VERB_WORDS for w in words) or not _label_ok(words, counted=True):
            return None
        labels.append((_join(words), end))
    if len({label.lower() for label, _ in labels}) < len(labels):
        return None  # "40 members in 1990 and 60 members": one noun, no categories
    if one_kind and len(heads) != 1 and not people:
        return None  # "85 vehicles and 40 civilian staff": what it has, not one whole
    if nests_groups([label for label, _ in labels]):
        return None  # "killed 30 children and 12 girls": the girls are children too
    return labels


# Nouns that split people by sex or by age: "42 women and 158 men", "1,200 children and
# 800 adults" are one headcount split, whatever verb they follow.
_SEX_OR_AGE = frozenset(("women", "men", "girls", "boys", "children", "adults"))


def _read_people_split(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Counts of people split by sex or age, the object of any verb, or None.

    "The elections returned 42 women and 158 men to Parliament" -> women, men: the nouns
    are the sexes (or the ages) of one headcount, so the list splits it, where a list of
    other nouns after a verb ("held 14 meetings and 3 field visits") names things done.

    Examples
    --------
    >>> [(p.category, p.count) for p in find_lists_in("The Ministry employed 42 women "
    ...     "and 158 men.")[0].parts]
    [('women', 42), ('men', 158)]
    >>> find_lists_in("The project trained 40 teachers and 30 nurses.")
    []
    """
    return _labels_headed_by(sentence, run, _SEX_OR_AGE)


def _labels_headed_by(
    sentence: _Sentence, run: list[_Figure], heads: frozenset[str]
) -> list[tuple[str, int]] | None:
    """The counted nouns of a run of counts as labels, each ending on its own one of ``heads``."""
    if run[0].unit != "count":
        return None
    labels = _counted_labels(sentence, run)
    if labels is None:
        return None
    last = {_words(label)[-1].lower() for label, _ in labels}
    return labels if len(last) == len(labels) and last <= heads else None


def _read_fates(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Counts of people named by what befell them, the object of any verb, or None.

    "The Mission recorded 2,274 killed and 2,673 wounded" -> killed, wounded: the noun
    left out is the people each participle describes, so the list splits one count of
    casualties, whatever verb it follows.

    Examples
    --------
    >>> [(p.category, p.count) for p in find_lists_in("The attack left 12 dead and "
    ...     "40 injured.")[0].parts]
    [('dead', 12), ('injured', 40)]
    >>> [(p.category, p.count) for p in find_lists_in("The Office recorded 310 civilian "
    ...     "deaths and 520 people injured.")[0].parts]
    [('civilian deaths', 310), ('injured', 520)]
    """
    labels = _labels_headed_by(sentence, run, FATE_WORDS)
    if labels is not None:
        return labels if all(_befalls_people(label) for label, _ in labels) else None
    if run[0].unit != "count":
        return None
    # "1,119 civilian deaths and 1,790 people injured": the last count's people are named
    # by the participle after them, the fate that makes them a part
    labels = _counted_labels(sentence, run)
    if labels is None or labels[-1][0].rsplit(maxsplit=1)[-1].lower() not in PEOPLE_NOUNS:
        return None
    fate = _FATE_AFTER_PEOPLE.match(sentence.masked, labels[-1][1], sentence.end)
    if fate is None:
        return None
    labels[-1] = (fate["fate"], fate.end())
    last = {_words(label)[-1].lower() for label, _ in labels}
    return labels if len(last) == len(labels) and last <= FATE_WORDS else None


def _befalls_people(label: str) -> bool:
    """Whether a label ending on a fate names people: "killed", "civilians killed", "deaths".

    A participle after a noun of no people ("26 livestock killed") is no casualty.
    """
    words = _words(label)
    if len(words) < 2 or words[-1].lower() in _FATE_NOUNS:
        return True
    before = words[-2].lower()
    return before in _PEOPLE_OR_OTHERS or before.endswith("ly")  # "seriously injured"


_FATE_NOUNS = frozenset(("deaths", "injuries", "fatalities"))


def _read_noun_participles(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Counts of one noun, each named by what befell it, or None.

    "13 schools completely destroyed and 28 schools partially damaged" -> completely
    destroyed, partially damaged: the noun repeated with each count is the whole's, the
    participle after it (an adverb of degree before it) the part's label.

    Examples
    --------
    >>> [(p.category, p.count) for p in find_lists_in("Reports indicate 1,200 houses "
    ...     "destroyed and 3,400 houses damaged.")[0].parts]
    [('destroyed', 1200), ('damaged', 3400)]
    >>> find_lists_in("Reports indicate 1,200 houses destroyed and 3,400 tents damaged.")
    []
    """
    if run[0].unit != "count":
        return None
    labels, nouns = [], set()
    for fig, nxt in zip(run, [*run[1:], None], strict=True):
        befell = _BEFELL_AFTER_NOUN.match(sentence.masked, fig.end, sentence.end)
        if befell is None:
            return None
        if nxt is not None and not _BARE_JOINT.fullmatch(
            sentence.masked, befell.end(), nxt.prefix_start
        ):
            return None
        nouns.add(befell["noun"].lower())
        labels.append((" ".join(befell["label"].split()), befell.end()))
    if len(nouns) != 1 or len({label for label, _ in labels}) < len(labels):
        return None  # "1,200 houses destroyed and 3,400 tents damaged": two wholes
    return labels


# A counted noun of one or two words, then what befell it: "schools completely destroyed".
_BEFELL_AFTER_NOUN = re.compile(
    r"\s{1,3}(?P<noun>[A-Za-z][\w'’-]{1,30}(?:\s{1,3}[A-Za-z][\w'’-]{1,30})??)"
    r"\s{1,3}(?P<label>(?:(?:completely|partially|totally|fully|severely|badly|slightly"
    r"|seriously)\s{1,3})?(?:damaged|destroyed|flooded|killed|injured|wounded|dead))\b"
)
# A participle of what befell people right after their noun: "1,790 people injured".
_FATE_AFTER_PEOPLE = re.compile(r"\s{1,3}(?P<fate>killed|injured|wounded|maimed|dead)\b")


def _read_impact(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """An impact list: casualties by fate and buildings by damage, or None.

    "The earthquake caused 126 fatalities, 489 people were injured, 6,284 houses damaged
    and 4,665 houses destroyed": every item is people named by what befell them ("126
    fatalities", "12 dead", "489 people were injured") or a noun of things named by the
    damage done to them ("6,284 houses damaged"), whatever verb comes before the list;
    :func:`_split_impact` then keeps the people and the buildings apart. An item of any
    other kind ("26 livestock killed", "40 schools reopened") leaves the run unread.

    Examples
    --------
    >>> [[(p.category, p.count) for p in t.parts] for t in find_lists_in("The storm "
    ...     "caused 16 deaths, 126 people were injured and 300 houses damaged.")]
    [[('deaths', 16), ('injured', 126)]]
    >>> find_lists_in("The storm caused 16 deaths, 126 injured and 26 livestock killed.")
    []
    """
    if run[0].unit != "count":
        return None
    labels, people = [], 0
    for fig, nxt in zip(run, [*run[1:], None], strict=True):
        item = _IMPACT_ITEM.match(sentence.masked, fig.end, sentence.end)
        if item is None:
            return None
        noun = item["noun"]
        if item["deaths"] is not None:  # "126 fatalities", "310 civilian deaths"
            label, people = _join(_words(item.group())), people + 1
        elif noun is None or noun.lower() in _PEOPLE_OR_OTHERS:  # "12 dead", "489 people injured"
            label, people = " ".join(item["fate"].split()), people + 1
        elif item["fate"].split()[-1] in _DAMAGE_WORDS:  # "6,284 houses damaged"
            label = f"{noun} {' '.join(item['fate'].split())}"
        else:
            return None  # "26 livestock killed": no one of the people
        if nxt is not None and not _BARE_JOINT.fullmatch(
            sentence.masked, item.end(), nxt.prefix_start
        ):
            return None
        labels.append((label, item.end()))
    return labels if people >= 2 else None


_PEOPLE_OR_OTHERS = PEOPLE_NOUNS | {"others"}
# One item of an impact list: a noun of deaths, or an optional noun, an optional "were",
# then what befell it ("489 people were injured", "4,665 houses totally destroyed").
_IMPACT_ITEM = re.compile(
    r"\s{1,3}(?:(?P<deaths>(?:civilian\s{1,3})?(?:deaths|fatalities|injuries))\b"
    r"|(?:(?!(?:and|or|but|were|was|are|have|had|been)\b)(?P<noun>[A-Za-z][\w'’-]{1,30})\s{1,3})?"
    r"(?:(?:were|was|are|have\s{1,3}been|had\s{1,3}been)\s{1,3})?"
    r"(?P<fate>(?:(?:completely|partially|totally|fully|severely|badly|slightly|seriously)"
    r"\s{1,3})?(?:damaged|destroyed|flooded|killed|injured|wounded|dead|maimed))\b)"
)


def _read_kinds_of_one_head(
    sentence: _Sentence, run: list[_Figure]
) -> list[tuple[str, int]] | None:
    """Counted nouns that share their head noun, the object of any verb, or None.

    "Teams destroyed 4,812 anti-personnel mines, 1,036 anti-tank mines and 212 items of
    unexploded ordnance" -> kinds of mines, and a last item of the same list: two or more
    nouns with one head name kinds of one thing (the last item may name its own noun).
    Nouns of different heads ("seized 40 rifles, 12 pistols and 3 grenades", "held 14
    meetings and 3 field visits") list things, no split of one.

    Examples
    --------
    >>> [(p.category, p.count) for p in find_lists_in("The Office issued 31 national "
    ...     "reports and 12 regional reports.")[0].parts]
    [('national reports', 31), ('regional reports', 12)]
    >>> find_lists_in("The police seized 40 rifles, 12 pistols and 3 grenades.")
    []
    """
    if run[0].unit != "count":
        return None
    labels = _counted_labels(sentence, run)
    if labels is None:
        return None
    heads = [
        _plural_head(_head_word(label), fig.value)
        for (label, _), fig in zip(labels, run, strict=True)
    ]
    shared = heads if len(set(heads)) == 1 else heads[:-1]
    if len(shared) < 2 or len(set(shared)) != 1 or not is_plural(shared[0]):
        return None
    return labels


def _plural_head(head: str, value: int | None) -> str:
    """The head noun of a count of one in the plural, as its kinds are: "evaluations".

    "14 project evaluations, 1 desk evaluation and 106 self-evaluations" counts one desk
    evaluation among the evaluations (a regular plural only: "1 woman" stays).
    """
    return f"{head}s" if value == 1 and head.isalpha() and not is_plural(head) else head


def _head_word(label: str) -> str:
    """The head noun of a counted noun phrase ("items" of "items of unexploded ordnance").

    Members named by what they are ("member States", "member countries") are members:
    "53 member States and nine associate members" are kinds of one membership.
    """
    words = _words(label)
    cut = next((i for i, w in enumerate(words) if w in ("of", "from")), len(words))
    return _member_kind(words[:cut]) or words[max(cut - 1, 0)].lower()


# The nouns a body's members are named by after "member": "member States", "Member
# countries", "member Governments".
_MEMBER_KINDS = frozenset(
    ["states", "countries", "nations", "governments", "organizations", "organisations", "economies"]
)


def _member_kind(words: list[str]) -> str | None:
    """The word "members" where a noun phrase names members by what they are, else None.

    >>> _member_kind(["member", "States"]), _member_kind(["associate", "members"])
    ('members', None)
    """
    if len(words) >= 2 and words[-2].lower() == "member" and words[-1].lower() in _MEMBER_KINDS:
        return "members"
    return None


def _read_make_up(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Counted nouns of one kind after a verb that says what a whole is made of, or None.

    "The Commission is composed of 32 members and eight alternate members" -> members,
    alternate members: the verb of make-up ("comprises", "consists of", "is composed
    of", "is made up of", "includes", "contains", "has") stands right before the list,
    every item is a count of its own noun, the nouns share their head (kinds of one
    thing; "ones" stands for it, or all count people: "comprises 85 military observers
    and 40 civilian staff" is a headcount) and the items are joined by bare joints.
    Nouns of different heads that are not all people ("has 40 vehicles and 12
    generators") list what a whole has, not how one thing splits: none.

    Examples
    --------
    >>> [p.category for p in find_lists_in("The unit comprises 12 engineering companies "
    ...     "and 3 medical companies.")[0].parts]
    ['engineering companies', 'medical companies']
    """
    first = run[0]
    if first.unit != "count":
        return None
    lead = sentence.masked[
        max(sentence.start, first.prefix_start - _MAKE_UP_REACH) : first.prefix_start
    ]
    if _MAKE_UP_BEFORE.search(lead) is None:
        return None
    whole = sentence.figure_before(first)
    stated = whole is not None and _whole_then_make_up(sentence, whole, first)
    named = not stated and (
        _plural_subject_before(sentence, first) or _LIST_THEN_MAKE_UP.search(lead) is not None
    )
    return _counted_labels(sentence, run, one_kind=not (stated or named))


# A list of names right before its verb of make-up: what it holds are its entries, of any
# kind ("The Sanctions List currently contains 255 individuals and 89 entities", "the
# register now includes 40 vessels and 12 aircraft").
_LIST_THEN_MAKE_UP = re.compile(
    r"\b(?:[Ll]ist|[Rr]egister|[Rr]egistry|[Rr]oster|[Dd]atabase|[Ii]nventory)"
    r"(?:\s{1,3}(?:currently|now|still|also|then))?"
    r"\s{1,3}(?:compris(?:es|ed)|contain(?:s|ed)|includ(?:es|ed)|consist(?:s|ed)?\s{1,3}of)"
    r"\s{0,3}:?\s{1,3}$"
)


# A verb that says what a named whole is made of: "Disciplinary measures imposed
# included ...", "Sanctions applied comprised ...", "The measures taken consisted of ...",
# "The requests were made up of ..." (the passive of make-up names the whole as well).
_PARTS_VERB = re.compile(
    r"\b(?:includ(?:ed|es?)|compris(?:ed|es?)|consist(?:ed|s)?\s{1,3}of|number(?:ed|s)?"
    r"|(?:is|are|was|were)\s{1,3}(?:made\s{1,3}up|composed)\s{1,3}of)"
    r"\s{0,3}:?\s{1,3}$"
)
_SUBJECT_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_MAX_SUBJECT_WORDS = 8


def _plural_subject_before(sentence: _Sentence, first: _Figure) -> bool:
    """Whether the sentence opens on a plural noun for the whole, then a verb of make-up.

    "Disciplinary measures imposed during the period included 18 dismissals, 11
    separations and 7 demotions": the subject names what the counted nouns are kinds of,
    though they differ. "The relief package includes 14 trucks, 30 generators and 2,000
    tents" names one thing that holds them: no split.
    """
    lead = sentence.masked[sentence.start : first.prefix_start]
    verb = _PARTS_VERB.search(lead)
    if verb is None:
        return False
    words = _SUBJECT_WORD.findall(lead[: verb.start()])
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return False
    nouns = [w for w in words[:4] if w.lower() not in _FUNCTION_WORDS][:3]
    return any(is_plural(word) for word in nouns)


def _read_verb_categories(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Each item a verb and its count, the verb the category, the noun elided, or None.

    "The Board approved 48 proposals, deferred 112 and rejected 19" -> approved,
    deferred, rejected: the first item names what is counted, the later ones elide it
    (or repeat it, or say "others"), every verb is of one form (all past, all present)
    and no two are the same. Counts only. A first verb that takes in what the later ones
    deal with ("received 1,200 complaints, resolved 950 and referred 150") names a
    whole, not a category beside theirs: none.

    A verb may take an object complement after its noun, and a later item may then
    elide the verb and the noun and keep the complement alone ("declared 9 petitions
    admissible and 31 inadmissible", "found 40 claims eligible, 12 ineligible"):
    the category is the verb with its complement (:func:`_object_complement`).

    Examples
    --------
    >>> [(p.category, p.count) for p in find_lists_in("The Board approved 48 proposals, "
    ...     "deferred 112 and rejected 19.")[0].parts]
    [('approved', 48), ('deferred', 112), ('rejected', 19)]
    >>> [(p.category, p.count) for p in find_lists_in("It closed cases concerning 210 "
    ...     "persons and suspended cases concerning 56 persons.")[0].parts]
    [('closed', 210), ('suspended', 56)]
    >>> [(p.category, p.count) for p in find_lists_in("The court declared 9 petitions "
    ...     "admissible and 31 inadmissible.")[0].parts]
    [('declared admissible', 9), ('declared inadmissible', 31)]
    """
    first = run[0]
    if first.unit != "count":
        return None
    right = _VERB_RIGHT_BEFORE.search(
        sentence.masked, max(sentence.start, first.prefix_start - 24), first.prefix_start
    )
    head = None if right is None else (right["verb"], right.start("verb"))
    if (head is None or not _one_verb_form([head[0]])) and sentence.masked[
        max(sentence.start, first.prefix_start - 12) : first.prefix_start
    ].rstrip().endswith(_OBJECT_PREPOSITIONS):
        # "closed cases concerning 430 persons": the object, then a preposition
        head = _verb_object_before(
            sentence.masked, max(sentence.start, first.prefix_start - 80), first.prefix_start
        )
    if (head is None or not _one_verb_form([head[0]])) and (
        indirect := _VERB_TO_BODY_BEFORE.search(
            sentence.masked, max(sentence.start, first.prefix_start - 80), first.prefix_start
        )
    ):
        # "recommended to the Economic and Social Council 158 organizations ...": the body
        # it was addressed to between the verb and its count
        head = (indirect["verb"], indirect.start("verb"))
    if (
        (head is None or not _one_verb_form([head[0]]))
        and "status"
        in sentence.masked[max(sentence.start, first.prefix_start - 120) : first.prefix_start]
        and (
            granted := _VERB_STATUS_FOR.search(
                sentence.masked, max(sentence.start, first.prefix_start - 120), first.prefix_start
            )
        )
    ):
        head = (granted["verb"], granted.start("verb"))
    if head is None or not _one_verb_form([head[0]]):
        return None  # most runs: no verb right before the first figure

    verbs: list[tuple[str, int] | None] = [head]  # None: the verb elided
    tails = []  # what follows each figure before the next item's joint
    for previous, fig in itertools.pairwise(run):
        item = _JOINT_THEN_VERB.fullmatch(sentence.masked, previous.end, fig.prefix_start)
        if item is not None and not any(ch.isdigit() for ch in item["tail"]):
            verbs.append((item["verb"], item.start("verb")))
            tails.append(item["tail"])
            continue
        bare = _TAIL_THEN_JOINT.fullmatch(sentence.masked, previous.end, fig.prefix_start)
        if bare is None or any(ch.isdigit() for ch in bare["tail"]):
            return None
        verbs.append(None)  # "..., 31 inadmissible": only a complement may follow
        tails.append(bare["tail"])
    if head[0].lower() in _INTAKE_VERBS and any(verbs[1:]):
        return None  # "received 1,200 complaints, resolved 950 and referred 150": a whole
    tails.append(sentence.masked[run[-1].end : min(sentence.end, run[-1].end + 40)])
    rest = None  # "..., leaving 9 pending": the rest of the whole, named by its state
    last_verb = verbs[-1]
    if last_verb is not None and last_verb[0] == "leaving" and len(verbs) > 2:
        state = _LEFT_STATE.match(sentence.masked, run[-1].end)
        if state is None:
            return None
        rest = (state["state"], state.end("state"))
        verbs, run, tails = verbs[:-1], run[:-1], tails[:-1]
    if any(_OF_EARLIER.match(tail) for tail in tails[1:]):
        return None  # "examined 48 projects and visited 12 of them": a part of the first
    nouns = [
        None if verb is None else fig.counted or _first_word(tail)
        for verb, fig, tail in zip(verbs, run, tails, strict=True)
    ]
    noun = nouns[0]
    if noun is None and not (
        _whole_right_before(sentence, first)
        # "The attack killed 12 and wounded 46", "killing 12 and injuring 46": these verbs
        # count people, named or not
        or all(verb[0].lower() in _CASUALTY_VERBS for verb in verbs if verb is not None)
    ):
        return None  # "recommended 264, deferred 320": counts of nothing named
    complements = []
    written_noun = noun
    for fig, tail, own in zip(run, tails, nouns, strict=True):
        written_noun = own or written_noun  # an elided noun is the last one written
        complements.append(
            _object_complement(sentence.masked, fig.end, fig.end + len(tail), written_noun)
        )
    for at, verb in enumerate(verbs):
        if complements[at] is None and (
            verb is None or (at + 1 < len(verbs) and verbs[at + 1] is None)
        ):
            return None  # an elided verb keeps a complement, and so does the item before
    same = {*(noun or "").lower().split(), *_ELIDED_NOUNS}
    kinds = False  # the items count things of more than one kind
    for at, later in enumerate(nouns[1:], 1):
        if later is None or later.lower() in same:
            continue
        if (noun or "").lower() in _APPLICANT_NOUNS and later.lower() in _APPLICANT_NOUNS:
            continue  # "status for five organizations and deferring action on 41 applications"
        decided = _decides(noun, tails[0], later, tails[at])
        if decided and (complements[at] or _has_object(sentence, verbs[at], run[at])):
            kinds = True
            continue  # "adopted 25 decisions on the merits and declared 7 complaints inadmissible"
        return None  # "held 40 meetings, adopted 12 resolutions": two facts
    written = [verb for verb, _ in filter(None, verbs)]
    if not _one_verb_form(written):
        return None
    labels: list[tuple[str, int]] = []
    verb, verb_end = head[0], head[1] + len(head[0])
    for said, complement, fig, tail in zip(verbs, complements, run, tails, strict=True):
        if said is not None:
            verb, verb_end = said[0], said[1] + len(said[0])
        if complement:
            labels.append((f"{verb} {complement[0]}", complement[1]))
        elif kinds and said is not None and (thing := _THING_AFTER.match(tail)) is not None:
            # "adopted 35 decisions on the merits and declared 6 complaints inadmissible":
            # the verb alone would not say what the first count counts
            labels.append((f"{verb} {' '.join(thing['thing'].split())}", fig.end + thing.end()))
        else:
            labels.append((verb, verb_end))
    if len({label.lower() for label, _ in labels}) < len(labels):
        return None
    return [*labels, rest] if rest is not None else labels


# Nouns that count one set of applications for status: the organizations and their
# applications are one whole.
_APPLICANT_NOUNS = frozenset(
    ("organizations", "organisations", "applications", "entities", "requests", "ngos")
)
# What a count counts, written after it up to its joint: "decisions on the merits".
_THING_AFTER = re.compile(
    r"\s{1,3}(?P<thing>(?:[a-z]|V(?=iews\b))[\w'’-]{1,25}"  # "Views", as treaty bodies write it
    r"(?:\s{1,3}(?:on|of)\s{1,3}the\s{1,3}[a-z][\w'’-]{1,25}"
    r"|\s{1,3}[a-z][\w'’-]{1,25}){0,2})\s{0,3}$"
)


# Nouns that count decisions, each on one matter: "25 decisions on the merits" and "7
# complaints declared inadmissible" are outcomes of one set of complaints.
_DECISION_NOUNS = frozenset(("decisions", "views", "judgments", "judgements", "rulings"))
_ON_AFTER_NOUN = re.compile(r"\s{0,3}[A-Za-z]+\s{1,3}on\s")


def _decides(first: str | None, first_tail: str, later: str, later_tail: str) -> bool:
    """Whether one of two different nouns counts decisions on what the other counts.

    The noun of decisions says what they decided: "decisions on the merits", "Views on".

    >>> _decides("decisions", " decisions on the merits", "complaints", " complaints")
    True
    >>> _decides("decisions", " decisions", "meetings", " meetings closed")
    False
    """
    for noun, tail in ((first, first_tail), (later, later_tail)):
        if (noun or "").lower() in _DECISION_NOUNS and _ON_AFTER_NOUN.match(tail):
            return True
    return False


def _has_object(sentence: _Sentence, verb: tuple[str, int] | None, figure: _Figure) -> bool:
    """Whether a verb's object stands between it and its figure ("postponed examination of 3")."""
    if verb is None:
        return False
    return bool(sentence.masked[verb[1] + len(verb[0]) : figure.prefix_start].strip())


# The text after a figure up to the next item's joint, when no verb follows the joint.
_TAIL_THEN_JOINT = re.compile(rf"(?P<tail>.*?){_ITEM_JOINT}", re.DOTALL)
# A word after a figure, as an object complement reads them ("petitions admissible").
_TAIL_WORD = re.compile(r"\s{1,3}(?P<word>[A-Za-z][\w'’-]{0,30})")
# What may follow a last item's complement: the sentence's or a clause's end.
_COMPLEMENT_END = re.compile(r"\s{0,3}(?:[,;:.)]|$)")
_MAX_COMPLEMENT_WORDS = 2  # "highly unsatisfactory", "manifestly ill-founded"


def _object_complement(
    masked: str, start: int, stop: int, noun: str | None
) -> tuple[str, int] | None:
    """The complement after a figure and its noun, and where it ends, or None.

    "9 petitions admissible": ("admissible", its end). The words between ``start`` and
    ``stop`` (the item's tail) must be the noun (or nothing, the noun elided), then one
    or two words that describe it: no function word, verb, time word or plural noun.

    >>> _object_complement(" petitions inadmissible.", 0, 24, "petitions")
    ('inadmissible', 23)
    >>> _object_complement(" petitions off its list.", 0, 24, "petitions") is None
    True
    """
    words: list[re.Match[str]] = []
    at = start
    while len(words) < _MAX_COMPLEMENT_WORDS + 4:
        word = _TAIL_WORD.match(masked, at, stop)
        if word is None:
            break
        words.append(word)
        at = word.end()
    if not words or _COMPLEMENT_END.match(masked, at, stop) is None:
        return None
    noun_words = [word.rstrip("s") for word in (noun or "").lower().split()]
    if [w["word"].lower().rstrip("s") for w in words[: len(noun_words)]] == noun_words:
        del words[: len(noun_words)]  # the noun, singular or plural: "1 petition admissible"
    if not 0 < len(words) <= _MAX_COMPLEMENT_WORDS:
        return None
    lowered = [w["word"].lower() for w in words]
    if any(
        not w["word"][0].islower() or low in _FUNCTION_WORDS | _VERB_WORDS | _PERIOD_WORDS
        for w, low in zip(words, lowered, strict=True)
    ):
        return None
    if lowered[-1].endswith("s") and not lowered[-1].endswith("ous"):
        return None  # a plural noun, no complement: "12 general comments"
    return " ".join(w["word"] for w in words), words[-1].end()


# What "leaving" says of the rest of a whole: "leaving 9 pending", "leaving 3 unresolved".
_LEFT_STATE = re.compile(
    r"\s{1,3}(?:[a-z]{2,20}\s{1,3})?(?P<state>pending|unresolved|outstanding|open|unspent|"
    r"unfilled|vacant|unanswered|undecided|under\s{1,3}(?:review|consideration|way))\b"
)


def _first_word(tail: str) -> str | None:
    """The first word after a figure when it can be a noun (no function word), or None."""
    words = _words(tail.strip(" ,;.:"))
    if not words or words[0].lower() in _FUNCTION_WORDS or words[0].lower() in _VERB_WORDS:
        return None
    return words[0].strip(".,;:")


def _whole_right_before(sentence: _Sentence, first: _Figure) -> bool:
    """Whether the figure before the first part is a whole its parts split ("Of the 651")."""
    before = sentence.figure_before(first)
    return before is not None and (before.total_before or before.composed)


# Words in -ing that open a make-up or a whole, no action a category can be.
_NO_GERUNDS = frozenset(
    (
        "including", "comprising", "encompassing", "involving", "representing", "totalling",
        "totaling", "bringing", "making", "according", "during", "following", "concerning",
        "regarding", "excluding",
    )
)  # fmt: skip


def _one_verb_form(words: list[str]) -> bool:
    """Whether words are verbs all of one form: past, present, or participles in -ing.

    Past ("deferred"), present ("defers"), or all in -ing ("recommending 2 entities ...
    and deferring action on 93 others").
    """
    lowered = [word.lower() for word in words]
    if all(word in PAST_VERBS or (len(word) > 4 and word.endswith("ed")) for word in lowered):
        return True
    if all(len(word) > 6 and word.endswith("ing") and word not in _NO_GERUNDS for word in lowered):
        return True
    # present, third person ("recommends, defers"), or a headline's ("Approves, Rejects")
    return all(
        word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4
        and word not in _FUNCTION_WORDS
        for word in lowered
    ) and len({word[:1].isupper() for word in words}) == 1  # fmt: skip


def _read_label_verb_elided(
    sentence: _Sentence, run: list[_Figure]
) -> list[tuple[str, int]] | None:
    """Each label before its figure, the first one's verb elided in the later items.

    "Troops numbered 9,200, police 1,100 and civilian staff 1,900" -> Troops, police,
    civilian staff: the verb states a figure ("numbered", "totalled", "stood at",
    "were"; for shares one of make-up: "made up", "accounted for", "represented"), the
    later items are a bare label and its figure, and nothing follows a figure but the
    joint. A later item may repeat the verb and open on "while" or "whereas" after a
    comma ("Female staff numbered 3,100, while male staff numbered 2,200"); the first
    count alone may name its noun or the whole it is part of ("accounted for 12,410
    staff members, and the General Service categories for 24,095"; "Women accounted for
    542 of them and men for 762").

    Examples
    --------
    >>> [p.category for p in find_lists_in("Troops numbered 9,200, police 1,100 and "
    ...     "civilian staff 1,900.")[0].parts]
    ['Troops', 'police', 'civilian staff']
    """
    first = run[0]
    masked = sentence.masked
    reach = max(sentence.start, first.prefix_start - _LABEL_REACH)
    verb = _LABEL_VERB.search(masked, reach, first.prefix_start)
    if verb is None or any(fig.counted is not None for fig in run[1:]):
        return None
    first_end = _end_of_first_noun(sentence, first)
    if first_end is None:
        return None
    if first.unit == "percent" and verb["verb"].split()[0] not in _SHARE_VERB_WORDS:
        return None  # "Exports rose 5 per cent, imports 3 per cent": changes, no split
    before = masked[reach : verb.start()]
    opening = _LABEL_OPENING.match(before)
    if opening is None and reach > sentence.start:
        return None
    first_label = _words(before[opening.end() if opening else 0 :])
    after_mark = _MARK_OPENING.match(before)
    if after_mark is not None and after_mark.end() < (opening.end() if opening else 0):
        whole = _words(before[after_mark.end() :])  # "killing and maiming accounted for"
        if _label_ok(whole) and not any(word.lower() in _VERB_WORDS for word in whole):
            first_label = whole
    labels = [(first_label, verb.start())]
    # "killings accounted for 604, abductions for 177": the later items keep its preposition
    verb_words = verb["verb"].split()
    preposition = verb_words[-1]
    for previous, fig in itertools.pairwise(run):
        after = first_end if previous is first else previous.end
        item = _JOINT_THEN_LABEL.fullmatch(masked, after, fig.prefix_start)
        if item is None:
            return None
        words = _words(item["label"])
        if len(words) > 1 and words[0] in _CONTRAST_JOINTS and masked[previous.end] == ",":
            words = words[1:]  # "Troops numbered 9,200, while police 1,100"
        if len(words) > len(verb_words) and words[-len(verb_words) :] == verb_words:
            words = words[: -len(verb_words)]  # "..., while police numbered 1,100": repeated
        elif preposition in ("for", "at") and len(words) > 1 and words[-1] == preposition:
            words = words[:-1]
        labels.append((words, item.start("label")))
    after = masked[run[-1].end : run[-1].end + 2]
    if after[:1] not in ("", ".", ";", ",", "\n") and after != " (":
        return None  # "..., police 1,100 in 2005": a figure with more said of it
    # "the General Service categories": a name's article is no function word that opens
    labels = [(_without_name_article(words), at) for words, at in labels]
    for words, _ in labels:
        if not _label_ok(words) or words[0].lower() in _FUNCTION_WORDS:
            return None
        if any(word.lower() in _VERB_WORDS for word in words):
            return None
    if len({" ".join(words).lower() for words, _ in labels}) < len(labels):
        return None
    return [(_join(words), fig.end) for (words, _), fig in zip(labels, run, strict=True)]


def _without_name_article(words: list[str]) -> list[str]:
    """Words without the "the" that opens a name ("the General Service categories")."""
    if len(words) > 1 and words[0] in ("the", "The") and words[1][:1].isupper():
        return words[1:]
    return words


# After the first count of a label-first list: the whole it is part of ("542 of them").
_OF_THEM = re.compile(r"\s{1,3}of\s{1,3}(?:them|these|those)\b")


def _end_of_first_noun(sentence: _Sentence, first: _Figure) -> int | None:
    """Where the first item of a label-first list ends: its figure, noun or "of them".

    "the Professional categories accounted for 12,410 staff members, and the General
    Service categories for 24,095"; "Women accounted for 542 of them and men for 762":
    the first count alone names what it counts, the later ones elide it. None where the
    noun is a share's base or is followed by more words.
    """
    if first.unit != "count":
        return first.end if first.counted is None else None
    if first.counted is None:
        them = _OF_THEM.match(sentence.masked, first.end)
        return them.end() if them is not None else first.end
    noun = _noun_of(sentence, first, sentence.masked)
    return noun[1] if noun is not None else None


def _read_followed_by(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Shares ranked after a label-first one: "..., followed by Y with P and Z with P".

    "Asia held 40 per cent of the total, followed by Africa with 30 per cent and Europe
    with 20 per cent" -> Asia, Africa, Europe: the first label before a verb of share
    ("accounts for", "holds", "hosts", "makes up"), each later one before "with",
    the second item opened by "followed by". A count in parentheses after every share
    ("(90 million)") is the part's count (:func:`_paren_counts`).

    Examples
    --------
    >>> [p.category for p in find_lists_in("Asia held 40 per cent of the total, followed "
    ...     "by Africa with 30 per cent and Europe with 20 per cent.")[0].parts]
    ['Asia', 'Africa', 'Europe']
    """
    first = run[0]
    if first.unit != "percent":
        return None
    masked = sentence.masked
    gap = masked[first.end : run[1].prefix_start]
    if "followed" not in gap:
        return None  # the cue of a ranking, cheap to test first
    reach = max(sentence.start, first.prefix_start - _LABEL_REACH)
    lead = _SHARE_LEAD.search(masked, reach, first.prefix_start)
    if lead is None or lead["verb"] not in _SHARE_LEAD_VERBS:
        return None
    before = masked[reach : lead.start()]
    opening = _LABEL_OPENING.match(before)
    if opening is None and reach > sentence.start:
        return None
    labels = [(_words(before[opening.end() if opening else 0 :]), first.end)]
    for at, (previous, fig) in enumerate(itertools.pairwise(run)):
        item = _RANKED_ITEM.fullmatch(masked, previous.end, fig.prefix_start)
        if item is None or (at == 0) != bool(item["followed"]):
            return None
        labels.append((_words(item["label"]), fig.end))
    if any(not _label_ok(words) or words[0].lower() in _FUNCTION_WORDS for words, _ in labels):
        return None
    return [(_join(words), end) for words, end in labels]


def _paren_counts(sentence: _Sentence, run: list[_Figure]) -> list[int] | None:
    """The count in parentheses right after each figure of a run ("25% (37 million)")."""
    counts = []
    for figure in run:
        after = sentence.figures[sentence.index_of[figure.start] + 1 :][:1]
        count = after[0] if after else None
        if count is None or not count.in_aside or count.unit != "count" or count.value is None:
            return None
        opening = _SHARE_THEN_PAREN.fullmatch(sentence.text, figure.end, count.prefix_start)
        if opening is None or sentence.text[count.end : count.end + 1] != ")":
            return None
        counts.append(count.value)
    return counts


def _read_aside_make_up(sentence: _Sentence) -> Tally | None:
    """A count, then its parts as counted nouns in parentheses or between dashes.

    "The Conference adopted 37 texts -- 30 resolutions, five decisions and two
    declarations --": total 37, its parts resolutions, decisions, declarations. The
    aside opens right after the whole's noun (or its figure: "Police 4,100 (...)"),
    holds only the list, and its parts add up to the whole, as in
    :mod:`~surveystats.extract.tally_asides` (which reads a whole with its noun after
    it and its parts in parentheses; this reader the rest: dashes, a label first).

    Examples
    --------
    >>> tally = find_lists_in("Police 4,100 (3,000 formed unit officers, 1,100 "
    ...     "individual officers).")[0]
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (4100, [('formed unit officers', 3000), ('individual officers', 1100)])
    """
    figures = sentence.figures
    for at, whole in enumerate(figures):
        if whole is None or whole.in_aside or whole.unit != "count" or whole.value is None:
            continue
        parts = []
        for figure in (figures[j] for j in range(at + 1, min(len(figures), at + 2 + _MAX_PARTS))):
            if figure is None or not figure.in_aside or figure.unit != "count":
                break
            parts.append(figure)
        if not 2 <= len(parts) <= _MAX_PARTS:
            continue
        opening = _WHOLE_THEN_ASIDE.fullmatch(sentence.text, whole.end, parts[0].prefix_start)
        if opening is None or sum(f.value or 0 for f in parts) != whole.value:
            continue
        labels = _counted_labels(sentence, parts, sentence.text)
        if labels is None:
            continue
        noun = " ".join(_words(opening["noun"])) or None
        if noun is not None and any(w.lower() in _VERB_WORDS for w in _words(noun)):
            continue
        whole = whole._replace(counted=whole.counted or noun)
        return _tally(sentence, parts, labels, whole, make_up=True)
    return None


# A colon right before a list's first figure, an opening qualifier at most ("as follows:").
_COLON_LEAD = re.compile(
    r":\s{0,3}(?:(?:some|about|nearly|almost|approximately|only)\s{1,3})?$", re.IGNORECASE
)
_MAX_COLON_LABEL_WORDS = 4


def _read_after_colon(sentence: _Sentence, run: list[_Figure]) -> list[tuple[str, int]] | None:
    """Labels after their figures in a list that a colon opens and that ends its sentence.

    "Member States fell into four groups: 12 unrepresented, 7 underrepresented, 130 within
    range and 40 overrepresented" -> unrepresented, ... : each label is one to four words
    with no verb and no number, the last item joined by "and", and nothing follows the
    list in the sentence.

    Examples
    --------
    >>> tally = find_lists_in("Sites were classed as follows: 14 adequate, 6 weak and 2 poor.")
    >>> [p.category for p in tally[0].parts]
    ['adequate', 'weak', 'poor']
    """
    if run[0].unit != "count":
        return None
    lead_from = max(sentence.start, run[0].prefix_start - 20)
    if not _COLON_LEAD.search(sentence.masked, lead_from, run[0].prefix_start):
        return None
    last_joint = sentence.masked[run[-2].end : run[-1].prefix_start]
    if " and " not in f" {last_joint} ":
        return None
    segments = [
        _segment(sentence, fig, nxt.prefix_start if nxt else None)
        for fig, nxt in zip(run, [*run[1:], None], strict=True)
    ]
    if sentence.masked[segments[-1][1] : sentence.end].strip(" .\n"):
        return None  # the sentence goes on after the list
    labels = []
    for segment, end in segments:
        words = _words(segment)
        if not 0 < len(words) <= _MAX_COLON_LABEL_WORDS or not _label_ok(words):
            return None
        if any(word.lower() in _VERB_WORDS for word in words):
            return None
        labels.append((_join(words), end))
    return labels


_READERS = (
    _read_by_preposition,
    _read_by_verb,
    _read_by_auxiliary,
    _read_noun_list,
    _read_label_comma,
    _read_make_up,
    _read_verb_categories,
    _read_label_verb_elided,
    _read_followed_by,
    _read_after_colon,
    _read_shared_head,
    _read_head_written_first,
    _read_people_split,
    _read_fates,
    _read_noun_participles,
    _read_kinds_of_one_head,
    _read_impact,
)
_LABEL_FIRST = (
    _read_label_comma,
    _read_label_paren,
    _read_verb_categories,
    _read_label_verb_elided,
    _read_followed_by,
)


def _measures_a_rate(sentence: _Sentence, first: _Figure) -> bool:
    """Whether the sentence before the list speaks of a rate, level or price, not a survey."""
    return sentence.rate_at < first.end and not _speaks_of_a_survey(sentence, first)


def _speaks_of_a_survey(sentence: _Sentence, first: _Figure) -> bool:
    """Whether the sentence speaks of a survey before its first label."""
    return sentence.survey_at < first.end


# Accounts of a statement of finances: each a sum of its own, none a part of another.
_ACCOUNTS = frozenset(
    """expenditure expenditures income revenue revenues reserves assets liabilities deficit
    surplus balance balances spending savings receipts disbursements obligations arrears
    appropriation appropriations""".split()  # noqa: SIM905
)


def _different_accounts(labels: list[str]) -> bool:
    """Whether the labels name different accounts ("expenditure", "income", "reserves").

    "Expenditure totalled 4.2 million, income 3.9 million and reserves 1.1 million" states
    three sums, no split of one: money in and money out are no parts of a whole. Kinds of
    one account ("assessed contributions ... and voluntary contributions") are.
    """
    heads = [label.split()[-1].lower() if label else "" for label in labels]
    return all(head in _ACCOUNTS for head in heads) and len(set(heads)) == len(heads)


def _tally(
    sentence: _Sentence,
    run: list[_Figure],
    labels: list[tuple[str, int]],
    total: _Figure | None,
    *,
    label_first: bool = False,
    make_up: bool = False,
    counts: list[int] | None = None,
) -> Tally | None:
    """The tally of a run and its labels (each with where its part ends), or None.

    A part starts at its figure, or at its label when the label is written first. A
    whole's make-up (``make_up``: "The questionnaire had 60 closed questions and ...")
    is a breakdown even where its sentence speaks of a survey: nobody answered.
    ``counts``: the count of each share, given in parentheses after it ("25% (37
    million)"): the parts are the counts, each with its share.
    """
    if any(_REQUIRED_MAJORITY.search(label) for label, _ in labels):
        return None  # the record of a ballot: see tally_elections
    unit = run[0].unit
    whole_from = max(sentence.start, run[0].prefix_start - _WHOLE_REACH)
    shares_of_one = (
        sentence.splits_shares
        or _WHOLE_BEFORE.search(sentence.text, whole_from, run[0].prefix_start)
        or _OF_WHOLE.match(sentence.text, run[0].end)
    )
    survey = not make_up and _speaks_of_a_survey(sentence, run[0])
    if unit == "percent" and total is None and not (run[0].counted or shares_of_one or survey):
        # Shares need a whole: a base after the first ("of the refugees"), words that
        # say they split one ("made up", "the share"), or a survey ("The response rate
        # was 81 per cent in Africa, 67 per cent in Europe").
        return None
    if (
        total is None
        and unit == "count"
        and run[0].qualifier == "at_most"
        and all(figure.counted == label for figure, (label, _) in zip(run, labels, strict=True))
    ):
        # "The mission will comprise up to 6,000 troops and 800 civilian police": the
        # ceilings of a body's strength, no counts of what it has
        return None
    if (
        total is None
        and unit == "count"
        and unlike_nouns_placed([f.counted for f in run], [label for label, _ in labels])
    ):
        return None  # "opened 14 cases in Geneva and 3 investigations in Nairobi"
    if total is None and _different_accounts([label for label, _ in labels]):
        return None  # "Expenditure totalled 4.2 million, income 3.9 million and reserves ..."
    subject = (total.counted if total is not None else None) or run[0].counted
    parts = []
    for figure, (label, end) in zip(run, labels, strict=True):
        counted = figure.counted or (subject if unit == "count" else None)
        start = figure.prefix_start
        if label_first:  # the label as written starts with its first word
            # after the part before: a verb it elides is not this part's ("31 inadmissible")
            reach = max(sentence.start, start - _LABEL_REACH, parts[-1].end if parts else 0)
            written = sentence.text.rfind(label.split(" ", 1)[0], reach, start)
            start = written if written >= 0 else start
        parts.append(
            Part(
                label,
                figure.value if unit == "count" else counts[len(parts)] if counts else None,
                start,
                max(end, figure.end),
                percent=float(figure.percent) if figure.percent is not None else None,
                decimals=figure.decimals if unit == "percent" else None,
                counted=counted,
                counted_inherited=counted is not None and figure.counted is None,
                base=(figure.counted or subject) if unit == "percent" else None,
                qualifier=figure.qualifier,
                remaining=figure.remaining,
            )
        )
    start = min(parts[0].start, total.prefix_start if total is not None else parts[0].start)
    end = max(parts[-1].end, total.end if total is not None else 0)
    return Tally(
        "survey" if survey else "breakdown",
        start,
        end,
        parts,
        subject=subject,
        total=total.value if total is not None else None,
        total_qualifier=total.qualifier if total is not None else None,
        unit="count" if counts else unit,
    )


def _read_run(sentence: _Sentence, run: list[_Figure]) -> Tally | None:
    """The tally of a run of figures read by the first shape that fits, or None."""
    total, parts = _split_total(sentence, run)
    if not 2 <= len(parts) <= _MAX_PARTS or any(f.total_before or f.composed for f in parts):
        return None
    for reader in _READERS:
        labels = reader(sentence, parts)
        if labels is None:
            continue
        lead = sentence.text[max(sentence.start, run[0].prefix_start - 20) : run[0].prefix_start]
        compared = _COMPARED_BEFORE.search(lead)
        if (
            compared
            and not _PARTICIPANTS_FROM.search(lead)
            and not (reader is _read_noun_list and _restates_nouns(sentence, parts))
            # "came from 14 African and 6 Asian Member States": kinds of one noun, a source
            and not (reader is _read_shared_head and compared.group().startswith("from"))
            # "parity among senior leaders, with 90 women and 90 men": one headcount's make-up
            and not (reader is _read_people_split and compared.group().startswith("with"))
        ):
            return None  # "compared with 145 for the world and 567 for ...": rates compared
        if _measures_a_rate(sentence, run[0]):
            return None  # "The ratio was 500 in Chad and 300 in Mali": a rate by place
        total = total or _aside_total(sentence, parts) or _stated_whole(sentence, parts)
        return _tally(
            sentence,
            parts,
            labels,
            total,
            label_first=reader in _LABEL_FIRST,
            make_up=reader is _read_make_up,
            counts=_paren_counts(sentence, parts) if reader is _read_followed_by else None,
        )
    return None


# Between two clauses of one sentence, each of which may hold a list of its own.
# ", against" and ", compared with" open another year's or place's list of the same nouns.
_CLAUSE_JOINT = re.compile(
    r";|,\s{0,3}(?:while|whereas)\b|,\s{1,3}(?:as\s{1,3})?(?:against|compared\s{1,3}(?:with|to))\b"
)
# A figure's noun, then a comma and a verb in the past: a predicate, no further item.
_CLAUSE_VERB = re.compile(r"[^,;:()]{1,60},\s{1,3}[a-z]{3,20}ed\s{1,3}$")
# A figure's noun, then a comma, a subject in capitals and its verb in the past: the
# figure ends a clause set before the sentence's subject ("While deferring action on 66
# organizations, the Committee today recommended 18 ..."). The clause may go on past the
# figure's noun with more objects and their own clauses ("Approving the appropriation of
# almost $8.3 billion for 15 peacekeeping operations and a related text that took action
# on recent allegations of sexual exploitation and abuse, the General Assembly today
# adopted 22 resolutions and one decision"), as far as a list's figures stand apart.
_CLAUSE_SUBJECT = re.compile(
    r"[^,;:()\d]{1,150},\s{1,3}(?:the\s{1,3})?[A-Z][^,;:()\d]{0,100}?\s[a-z]{3,20}ed\s{1,3}"
)


# A last item that takes an action of its own on what it counts, after a joint: ", while
# postponing action on| 33 groups", " and deferred action on the status of| 51 others",
# " and postponed consideration of| one request".
_ACTION_LAST = re.compile(
    r"(?:,\s{0,3}|\s)(?:(?:and|while|whereas|but)\s{1,3})?"
    r"(?P<label>[a-z]{3,20}(?:ed|ing)\s{1,3}(?:a\s{1,3})?"
    r"(?:action|consideration|decisions?|(?:a\s{1,3})?decision))"
    r"\s{1,3}(?:on|of)(?:\s{1,3}the\s{1,3}(?:status|applications?|requests?)\s{1,3}of)?\s{1,3}$"
)


# The same action, in a clause that opens the sentence: "While deferring action on| 66".
_ACTION_FIRST = re.compile(
    r"(?:(?:while|after|before|besides)\s{1,3})?"
    r"(?P<label>[a-z]{3,20}ing\s{1,3}(?:action|consideration|(?:a\s{1,3})?decisions?))"
    r"\s{1,3}(?:on|of)(?:\s{1,3}the\s{1,3}(?:status|applications?|requests?)\s{1,3}of)?\s{1,3}$",
    re.IGNORECASE,
)


def _with_action_first(sentence: _Sentence, first: _Figure, tally: Tally) -> Tally:
    """``tally`` with the count of an opening clause's action as its first part.

    "While deferring action on 66 organizations, the Committee today recommended 18 ...
    and 1 ...": the 66 are applications too, labelled "deferring action". Any other
    opening clause leaves the tally as it is.
    """
    action = _ACTION_FIRST.search(sentence.masked, sentence.start, first.prefix_start)
    if action is None or first.unit != "count" or first.value is None or tally.unit != "count":
        return tally
    label = " ".join(action["label"].split())
    noun_end = first.end + len(first.counted) + 1 if first.counted else first.end
    start = action.start("label")
    tally.parts.insert(0, Part(label, first.value, start, noun_end, counted=first.counted))
    tally.start = min(tally.start, start)
    return tally


def _with_action_last(sentence: _Sentence, run: list[_Figure]) -> Tally | None:
    """A list of counts, then a last count whose own verb says what was done to it.

    "The Committee recommended 10 organizations for special consultative status and 2
    for general consultative status, while postponing action on 33 groups": the list
    reads as ever, and the 33 are a part of the same applications, labelled with their
    action ("postponing action"). Only an action on something ("action on",
    "consideration of", "a decision on"): "..., while visiting 9 provinces" is no part.
    """
    last = run[-1]
    action = _ACTION_LAST.search(sentence.masked, run[-2].end, last.prefix_start)
    if action is None or last.unit != "count" or last.value is None:
        return None
    tally = _read_run(sentence, run[:-1])
    if tally is None or tally.unit != "count":
        return None
    label = " ".join(action["label"].split())
    noun_end = last.end + len(last.counted) + 1 if last.counted else last.end
    tally.parts.append(
        Part(label, last.value, action.start("label"), noun_end, counted=last.counted)
    )
    tally.end = max(tally.end, noun_end)
    return tally


# One more text after a list of counted texts, with an article for its count: "..., one
# draft decision and a draft letter", "... and an amendment", "... and a statement by the
# Chair", "... and a general comment" (one word may qualify it); not the subject of a
# clause of its own ("..., and a statement by the Chair was read out").
_ONE_TEXT_LAST = re.compile(
    # what the last text counted is for or about: "one request for observer status"
    r"(?:\s{1,3}(?:for|on|of|concerning)(?:\s{1,3}[A-Za-z][\w'’-]{0,25}){1,4})?"
    r"\s{0,3},?\s{1,3}and\s{1,3}(?P<article>a|an)\s{1,3}"
    r"(?P<kind>(?:[a-z][a-z-]{2,20}\s{1,3})?"
    r"(?:resolution|decision|text|letter|amendment|recommendation|request|application"
    r"|statement|declaration|comment|report|note|communication|opinion|proposal))\b"
    r"(?![^.;:,()]{0,60}?\s(?:was|were|is|are|has|had|have|will|would)\s)"
)


def _with_one_text_last(sentence: _Sentence, tally: Tally) -> Tally:
    """``tally`` with a last text counted by its article, where its parts are kinds of text.

    "approved 11 draft resolutions, one draft decision and a draft letter": the letter is
    a third part of the texts, its count 1. A list of other things keeps its parts
    ("trained 40 teachers and a nurse" is read elsewhere or not at all).
    """
    if tally.unit != "count" or not all(
        _TEXT_KIND.fullmatch((part.category or "").lower().split(" for ", 1)[0])
        for part in tally.parts
    ):
        return tally
    last = _ONE_TEXT_LAST.match(sentence.masked, tally.end, sentence.end)
    if last is None:
        return tally
    kind = " ".join(last["kind"].split())
    tally.parts.append(Part(kind, 1, last.start("article"), last.end(), counted=kind))
    tally.end = last.end()
    return tally


def _clauses(sentence: _Sentence, run: list[_Figure]) -> list[list[_Figure]]:
    """A run cut where a new clause starts: ";", ", while", ", the Assembly adopted"."""
    pieces = [[run[0]]]
    for last, figure in itertools.pairwise(run):
        if _CLAUSE_JOINT.search(
            sentence.masked, last.end, figure.prefix_start
        ) or _CLAUSE_SUBJECT.fullmatch(sentence.masked, last.end, figure.prefix_start):
            pieces.append([])
        pieces[-1].append(figure)
    return pieces


# A way of adopting texts right after a count's words: "30 of those texts| without a
# vote", "4| by recorded vote" (read by tally_vote_modes).
_ADOPTED_BY_MODE = re.compile(
    r"(?:\s{1,3}[a-z]{2,12}){0,4}\s{1,3}(?:without\s{1,3}a\s{1,3}vote|by\s{1,3}consensus"
    r"|by\s{1,3}(?:a\s{1,3})?(?:recorded\s{1,3}|roll-call\s{1,3})?votes?)\b"
)


def _by_modes(sentence: _Sentence, piece: list[_Figure]) -> bool:
    """Whether each count of ``piece`` says how texts were adopted, not what they were.

    "..., the Assembly adopted 30 of those texts without a vote and 4 by recorded vote":
    :mod:`~surveystats.extract.tally_vote_modes` reads that clause.
    """
    return all(_ADOPTED_BY_MODE.match(sentence.masked, figure.end) for figure in piece)


def _read_clauses(sentence: _Sentence) -> list[Tally]:
    """The tally of the first run that reads as one; else those of its clauses, each a list.

    "At the P-4 level there were 310 men and 250 women, while at the P-5 level there
    were 190 men and 95 women" is two lists, one per clause, each read alone. A later
    clause whose figures restate the first list "respectively" ("the figures were 4,015
    and 4,476, respectively") is left to :mod:`~surveystats.extract.tally_label_order`.
    """
    runs = _runs(sentence)
    for index, run in enumerate(runs):
        tally = _read_run(sentence, run)
        if (
            tally is None
            and len(run) > 2
            and _CLAUSE_VERB.match(sentence.masked, run[-2].end, run[-1].prefix_start)
        ):
            # "composed of 14 international and 22 national staff, visited nine provinces":
            # the last figure belongs to a clause of its own
            tally = _read_run(sentence, run[:-1])
        if tally is None and len(run) > 2:
            tally = _with_action_last(sentence, run)
        if (
            tally is None
            and len(run) > 2
            and _CLAUSE_SUBJECT.fullmatch(sentence.masked, run[0].end, run[1].prefix_start)
        ):
            # "While deferring action on 66 organizations, the Committee recommended 18 ...
            # and 1 ...": the first figure belongs to a clause before the subject's own
            tally = _read_run(sentence, run[1:])
            if tally is not None:
                tally = _with_action_first(sentence, run[0], tally)
        if tally is not None:
            tally = _with_one_text_last(sentence, tally)
            # "... 96,100 girls in 1958, against 171,200 boys and 82,500 girls in 1957": a
            # later run set against this one, a year between them, is another year's list
            later = (
                _read_run(sentence, other)
                for other in runs[index + 1 :]
                if _restates_nouns(sentence, other)
            )
            return [tally, *(other for other in later if other is not None)]
    for run in runs:
        pieces = _clauses(sentence, run)
        if len(pieces) < 2:
            continue
        tallies = [
            _read_run(sentence, piece)
            if len(piece) >= 2 and not (at and _by_modes(sentence, piece))
            else None
            for at, piece in enumerate(pieces)
        ]
        if all(tallies):
            return tallies  # type: ignore[return-value]
        if tallies[0] is not None and all(
            tally is not None or _in_label_order(sentence, piece) or _by_modes(sentence, piece)
            for tally, piece in zip(tallies[1:], pieces[1:], strict=True)
        ):
            # "..., 1,702 staff were men and 689 women, while in the General Service the
            # figures were 4,015 and 4,476, respectively": the later clause takes the
            # labels of the first (tally_label_order)
            return [tally for tally in tallies if tally is not None]
    return []


def _in_label_order(sentence: _Sentence, piece: list[_Figure]) -> bool:
    """Whether a clause's figures restate the list before them, label by label.

    "..., while in the General Service category the figures were 4,015 and 4,476,
    respectively", "; in 2008 the corresponding figures were 502, 270 and 131": as
    :func:`~surveystats.extract.tally_label_order.restates_labels` decides.
    """
    lead = sentence.masked[max(sentence.start, piece[0].prefix_start - 40) : piece[0].prefix_start]
    tail = sentence.masked[piece[-1].end : min(sentence.end, piece[-1].end + 20)]
    return restates_labels(lead, respectively_after="respectively" in tail)


def _inside(position: int, span_starts: list[int], reach: list[int]) -> bool:
    """Whether a position lies in a span (starts in order, ``reach`` the furthest ends)."""
    before = bisect.bisect_right(span_starts, position)
    return before > 0 and reach[before - 1] > position


def _joined_pairs(text: str, numbers: list[Number], items: list[Item]) -> list[int]:
    """Where pairs of numbers that may be counts or shares stand near each other, joined.

    A number the item reader set apart (a year, a reference, money) is none, unless "The"
    stands before it (a definite whole: "The 62 ..."); one it did not read at all may be
    the object of a verb ("deployed 120 observers"). Between the two there must be a
    joint (or the ")" of a share in parentheses, or a whole's verb). Returns the second
    number's start of each pair: only the sentences holding one are read. The two must
    be of one kind (counts, or shares), as in a list.
    """
    kinds = {item.start: item.kind for item in items}
    found = []
    never = -(_MAX_GAP + 61)  # no number before: nothing is near
    previous, previous_kind = never, None  # the last number that may be a figure
    for start, end, _, _ in numbers:
        kind = kinds.get(start)  # None: the object of a verb, a count or a share
        if previous_kind == "percent" and kind != "percent" and is_bound(text, start, end):
            continue  # "30 per cent were under 15, 55 per cent ...": the label of a share
        if kind == "other":
            if text[start - 4 : start] != "The ":
                previous = never  # a year, a date, a reference between two figures ends a list
                continue
            kind = "count"  # "The 62 reported incidents involved ...": a whole
        near = previous != never and start - previous <= _MAX_GAP + 60
        same = kind is None or previous_kind is None or kind == previous_kind
        if near and same and _GATE_JOINT.search(text, max(previous, start - _GATE_TAIL), start):
            found.append(start)
        previous, previous_kind = end, kind
    return found


def find_lists(
    text: str,
    items: list[Item],
    numbers: list[Number],
    *,
    taken: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[Tally]:
    """Find the parallel lists of counts or shares in sentences with no other tally.

    Parameters
    ----------
    text
        One paragraph.
    items
        Its items (:func:`~surveystats.extract.tally_items.read_items`).
    numbers
        Its numbers (:func:`~surveystats.extract.tally_items.find_numbers`).
    taken
        Spans of the tallies other readers found: their sentences are not read.

    Returns
    -------
    list of Tally
        Breakdowns or surveys, in order, offsets relative to ``text``.

    Examples
    --------
    >>> tally = find_lists_in("Of the 41 staff, 20 came from Chile, 15 from Peru "
    ...     "and the remaining 6 from Bolivia.")[0]
    >>> tally.total, [(p.category, p.count, p.remaining) for p in tally.parts]
    (41, [('Chile', 20, False), ('Peru', 15, False), ('Bolivia', 6, True)])
    """
    if len(numbers) < 2:
        return []
    pairs = _joined_pairs(text, numbers, items)
    if not pairs:
        return []  # most paragraphs: no two counts or shares near each other, joined
    spans = sorted(taken)
    span_starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))  # furthest end so far
    if spans:  # a pair inside another reader's tally is that tally's
        pairs = [pair for pair in pairs if not _inside(pair, span_starts, reach)]
        if not pairs:
            return []
    by_start = {item.start: item for item in items}
    starts = [*sentence_starts(text), len(text)]
    number_starts = [number.start for number in numbers]
    masked = _mask(text)
    tallies = []
    done = -1  # the sentence read last
    for pair in pairs:
        at = bisect.bisect_right(starts, pair) - 1
        if at == done:
            continue
        done = at
        lo, hi = starts[at], starts[at + 1]
        first = bisect.bisect_left(number_starts, lo)
        last = bisect.bisect_left(number_starts, hi, first)
        before = bisect.bisect_left(span_starts, hi)  # the spans that start before its end
        if last - first < 2 or (before and reach[before - 1] > lo):
            continue  # one number, or another reader found a tally in the sentence
        figures = _figures(text, by_start, numbers[first:last], masked)
        sentence = _Sentence(text, masked, lo, hi, figures)
        found = _read_clauses(sentence)
        tallies.extend(found)
        tally = found[0] if found else None
        if tally is None:
            for run in _paren_figures(sentence):
                labels = _read_label_paren(sentence, run) if len(run) <= _MAX_PARTS else None
                total = _stated_whole(sentence, run) if labels is not None else None
                tally = (
                    _tally(sentence, run, labels, total, label_first=True)
                    if labels is not None
                    else None
                )
                if tally is not None:
                    break
        if tally is None and any(f is not None and f.in_aside for f in figures):
            tally = _read_aside_make_up(sentence)
        if tally is not None and not found:
            tallies.append(tally)
    return [split for tally in tallies for split in _split_impact(tally)]


# What befell people in a disaster or an attack, and what befell buildings.
_CASUALTY_WORDS = frozenset(
    ("killed", "dead", "died", "wounded", "injured", "maimed", "deaths", "injuries", "fatalities")
)
_DAMAGE_WORDS = frozenset(("damaged", "destroyed", "flooded"))
_DEATH_WORDS = frozenset(("killed", "dead", "died", "deaths", "fatalities"))


def _impact_of(category: str) -> str:
    """What a label says befell its part: "casualty", "damage", "displaced" or "other"."""
    words = {word.lower() for word in _words(category)}
    if words & _CASUALTY_WORDS:
        return "casualty"
    if words & _DAMAGE_WORDS:
        return "damage"
    return "displaced" if "displaced" in words else "other"


def mixes_casualties_and_displaced(tally: Tally) -> bool:
    """Whether ``tally`` splits no whole: people killed beside people displaced.

    The dead and the displaced of a disaster are people of two wholes, whatever the
    clauses that tell them ("300,000 were killed and 2.5 million displaced", "24 people
    have been reported dead and more than 27,400 people have been displaced"), and so are
    those a disaster left homeless ("222,570 people were killed ..., and 1.5 million were
    left homeless", "300 people died and 40,000 were rendered homeless"), and so are the
    people a disaster affected, of which the dead are some ("killing more than 6,000
    people, affecting another 14 million", "have killed 40 people and affected 120,000",
    as a list of verbs of two families is none), those who fled ("200,000 people have
    been killed and two million others forced to flee their homes"), those who lost their
    homes ("30 people died and 4,000 lost their homes") and those an outbreak sickened
    ("174 people have been sickened and 11 have died"). The injured beside the
    displaced, with no dead, stay a split as the golden sentences have them ("1.2 million
    people were displaced and half a million were injured").

    >>> from surveystats.extract.tally_parts import Part
    >>> mixes_casualties_and_displaced(Tally("breakdown", 0, 9, [Part("reported dead", 24, 0,
    ...     2), Part("displaced", 27400, 5, 9)]))
    True
    """
    if tally.kind == "vote" or tally.total is not None:
        return False
    # "killed, many thousands were injured ...": a word with the comma after it
    words = [
        {word.strip(",;:()").lower() for word in _words(part.category or "")}
        for part in tally.parts
    ]
    return any(w & _DEAD_WORDS for w in words) and (
        any(w & _OTHER_WHOLE_WORDS for w in words)
        or any(_LOST_HOMES.search((part.category or "").lower()) for part in tally.parts)
    )


_DEAD_WORDS = _DEATH_WORDS | {"killing"}
# People of a whole other than the dead's: those who lost their homes ("displaced", "left
# homeless"), those a disaster affected and those an outbreak infected ("has infected over
# 300 people and killed 35": the dead are some of them, as deaths are some of the cases).
# Those who fled are the displaced ("200,000 people have been killed and two million others
# forced to flee their homes"; "drowned while fleeing" is how some of the dead died, and
# stays), and those an outbreak sickened are those it infected ("174 people have been
# sickened and 11 have died").
_OTHER_WHOLE_WORDS = frozenset(
    (
        "displaced",
        "homeless",
        "affected",
        "affecting",
        "infected",
        "infecting",
        "flee",
        "fled",
        "uprooted",
        "sickened",
    )
)
# Those who lost their homes are those left homeless ("30 people died and 4,000 lost their
# homes", "... are believed to have lost their shelter"); "lost their lives" are the dead.
_LOST_HOMES = re.compile(r"\blost\s{1,3}(?:their|his|her)\s{1,3}(?:homes?|houses?|shelters?)\b")
#: Literals a paragraph holds where a tally may mix the dead and the displaced.
DISPLACED_LITERALS = (
    "lost their",
    "displaced",
    "homeless",
    "affect",
    "infect",
    "flee",
    "fled",
    "uproot",
    "sicken",
)


def _split_impact(tally: Tally) -> list[Tally]:
    """An impact list as its two splits, the people and the buildings.

    A list of casualties and displaced people is none.
    "112 fatalities; 510 people injured; 11,729 homes damaged and 6,553 houses destroyed"
    counts two wholes (two parts each); "300,000 people were killed ..., and 2.5 million
    were displaced" counts people of two wholes, no one split.

    Examples
    --------
    >>> [[p.category for p in t.parts] for t in find_lists_in("Reports indicate: 40 deaths; "
    ...     "95 people injured; 1,200 houses damaged and 300 houses destroyed.")]
    [['deaths', 'people injured'], ['houses damaged', 'houses destroyed']]
    """
    impacts = [_impact_of(part.category) for part in tally.parts]
    if "casualty" not in impacts or len(set(impacts)) == 1 or tally.total is not None:
        return [tally]
    if "displaced" in impacts:
        return []
    if "other" in impacts:
        return [tally]
    cut = next(at for at in range(1, len(impacts)) if impacts[at] != impacts[0])
    groups = [tally.parts[:cut], tally.parts[cut:]]
    if len(set(impacts[cut:])) != 1:
        return []
    # "16 deaths, 126 injured and 300 houses damaged": one building is no split of its
    # own, but the people still are; "16 deaths, 300 houses damaged" splits neither
    return [
        dataclasses.replace(
            tally, start=group[0].start, end=group[-1].end, parts=group, subject=subject
        )
        for group, subject in zip(groups, (tally.subject, None), strict=True)
        if len(group) >= 2
    ]


def find_lists_in(text: str) -> list[Tally]:
    """:func:`find_lists` over a string, reading its numbers and items first.

    Examples
    --------
    >>> tally = find_lists_in("There were 40 raids on farms and 14 on mills.")[0]
    >>> [p.category for p in tally.parts]
    ['farms', 'mills']
    """
    from surveystats.extract.tally_items import find_numbers, read_items

    numbers = find_numbers(text)
    return find_lists(text, read_items(text, numbers=numbers), numbers)
