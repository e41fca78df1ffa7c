"""Enumerations: two or more counts or percentages in one sentence that split one whole.

"Ninety-one Governments answered the questionnaire, of which sixty were in favour, eight
partially in favour and twenty-three opposed." "Of the 32 landlocked developing countries,
16 are in Africa, 10 in Asia and 4 in Latin America, with two in Europe." "Twenty-two per
cent of Governments viewed emigration as too high, 71 per cent as satisfactory and 7 per
cent as too low." "Forty States voted for the proposal and twelve against it."

The grammar works on the items of :mod:`~surveystats.extract.tally_items`:

1. *Chains.* Consecutive items of one unit (counts, or percentages) are joined when the
   text between them is a label followed by a joiner: a comma, semicolon or colon, "and",
   "while", "whereas", "but", "with", "of which". A number of another kind between them
   (a year, a date, a reference) ends the chain. A full stop ends it too, except between
   two parts of a vote ("150 Member States voted in favour. Only two voted against ...").
   A count "of them" or "of those" after a count it is no part beside opens the next
   chain ("612 children were killed, with 140 of those in air strikes": no split of two).
   Labels written before counts in parentheses ("Asia (12), Africa (10)") may carry an
   abbreviation between name and count ("the Coastal Police (CP) (2)") and a place or
   affiliation phrase after a count ("(74) in the border districts, ...").
2. *Totals.* A total is never a category: "Of the N ...", "N of the M ...", a clause that
   says how many answered followed by a colon or "of which" ("130 countries replied:",
   "Ninety-one Governments answered the questionnaire, of which"), a count whose shares
   follow a colon ("registered 4,800 returnees in the district: 70 per cent ..."), a
   whole "broken down as follows:", "..., a total of N".
3. *Labels.* Each category's label is what follows its number up to the joiner, without
   the auxiliaries ("were", "had") and with the verb kept when it says something
   ("submitted national reports"); verbs and nouns elided after the first item are
   understood ("eight partially in favour", "1,152 were nationals of France, 796 of
   Italy"); a bound in a label is part of it ("11 had reports overdue by more than five
   years", "27 per cent owned less than one hectare and 12 per cent owned more"), no number
   that ends the chain, nor is a year in what a stance favours. The last label stops at an
   "and" that opens a clause holding a figure of its unit ("96 were tried and the fate of
   31 remained unknown": "tried").
   Stances are shortened ("in favour of convening a conference" -> "in favour"), unless
   every label favours another option ("in favour of free association", "in favour of
   integration" -> the options), and places lose their "in". Where no label is
   written the counted noun is the category ("31 Member States, 4 specialized agencies").
4. *Acceptance.* A chain is a tally when a total is stated, or its first category is a
   clause with a verb, or every label is a stance or a vote, or its categories are the
   counted nouns of those who replied ("received from 31 Member States, ..."). With no
   stated whole, a first count with no noun and a later one with a noun and verb of its
   own count different things ("19 were resolved, ..., 656 medical reports provided"):
   none, unless that noun is the one of a frame that opens the sentence ("Of the
   confirmed cases 11 were from A and 5 cases were from B"). Counted nouns with no total
   split a counted whole before them ("The caseload comprises ...") or a group of people
   named by its fate ("The dead were nine civilians, two officers and 20 peacekeepers",
   :mod:`~surveystats.extract.tally_people_wholes`). Bare lists
   ("paragraphs 3, 4 and 5") are none, except a parallel series: "the corresponding
   figures were 82, 99 and 14" takes the labels of the tally before it.
5. *Survey facts.* A single count of those who replied ("replies were received from 64
   Governments") is a one-category survey tally whose category is the counted noun.

Every step is a scan over the items or a bounded pattern at a known position: linear time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_asides import find_asides
from surveystats.extract.tally_items import (
    ASKED_WORDS,
    AUXILIARIES,
    IN_TOTAL,
    LOCATORS,
    NOT_COUNT_AFTER,
    OF_THEM_THEN_PLACE,
    PEOPLE_NOUNS,
    PREPOSITIONS,
    PRESENT_VERBS,
    RELATING_VERB,
    REST_NAMED_AFTER,
    SAME_THING,
    STAND_IN_HEADS,
    THAT_REPLIED,
    VERBS,
    Item,
    bounds_label,
    date_in_whole,
    is_appositive_part,
    is_placed_part,
    places_parallel,
    places_part_of,
    read_items,
    shares_of_one_group_in_wholes,
    speaks_of_survey,
    unlike_nouns_placed,
    verb_before_object,
    year_in_base,
)
from surveystats.extract.tally_paired_names import find_paired_names
from surveystats.extract.tally_parallel import adds_up_to_whole
from surveystats.extract.tally_parts import (
    DEFINITE_BEFORE,
    GAP,
    YEAR_FIGURE,
    YEAR_IN_TEXT,
    Part,
    Tally,
    read_count,
    split_members,
)
from surveystats.extract.tally_people_wholes import (
    counts_people,
    nests_groups,
    people_whole_before,
)
from surveystats.extract.tally_poll_shares import subject_naming_question
from surveystats.extract.tally_proportional import shares_fit
from surveystats.extract.tally_respective import find_respective
from surveystats.extract.tally_sample_sizes import sample_before_places
from surveystats.text import MONTH_PATTERN, sentence_starts

__all__ = [
    "find_enumerations",
    "inside_spans",
    "is_count_beside_whole",
    "of_respondents",
    "vote_category",
    "vote_labels",
]

# The joiner at the end of the text between two items (before the second's prefix).
_JOIN = re.compile(
    rf"""
    (?:
        \s{{0,3}}(?P<punct>[,;:])\s{{0,3}}
        (?:(?P<word>and|(?P<as_well>as{GAP}well{GAP}as)|while|whereas|but|with|(?:out{GAP})?of{GAP}(?:which|whom|these|them|those)|
            among{GAP}(?:them|these|those|which|whom)|including|comprising|encompassing|
            consisting{GAP}of|(?P<as_against>(?P<as>as{GAP})?against)){GAP})?
        (?:(?:only|just|merely){GAP})?                 # ", only 21 were ...": a focus word
      | {GAP}(?P<plain>and|(?P<as_well_plain>as{GAP}well{GAP}as)|while|whereas|but|with){GAP}
        (?:(?:only|just|merely){GAP})?                 # "and just four poor": a focus word
      | (?P<sentence>[.]{GAP}
            (?:(?:Only|However,?|In{GAP}addition,?|Meanwhile,?|Another|A{GAP}further){GAP})?)
    )$
    """,
    re.VERBOSE,
)
# A reporting clause between a stated whole's comma and its first part: ", he said ",
# ", the report added that ".
_REPORTED_AFTER_COMMA = re.compile(
    rf"\s{{0,3}},{GAP}(?:he|she|they|it|the{GAP}(?:report|official|spokesperson|spokesman|"
    rf"Secretary-General|Office|Mission)){GAP}(?:said|says|added|noted|stated|reported|"
    rf"explained|told{GAP}reporters)(?:{GAP}that)?{GAP}$"
)
# After "as against N": who the N are, the other side of the same count ("as against 19
# that had not yet done so").
_THAT_DID_NOT = re.compile(
    r"\s{1,3}(?:that|who|which)\s{1,3}(?:had|have|has|did|do|does|were|was|could)"
    r"\s{1,3}(?:not|no|none)\b"
)
# After a bare "against N per cent": who the N are, in a relative clause of their own
# ("against 22 per cent who saw no change"); a year or "did so" compares ("against 58 per
# cent who did so in 2005").
_WHO_THEN_VERB = re.compile(
    r"\s{1,3}(?:who|that)\s{1,3}(?!did\s{1,3}so\b|do\s{1,3}so\b)[a-z]{2,20}\b[^,;:.\d]{0,60}"
    r"(?=\s{0,3}(?:[,;:.]|and\b|$))"
)
# An amount with no figure that may be a clause's subject: "hundreds", "many", "a few".
_VAGUE_AMOUNT = (
    r"(?:many|several|some|hundreds|thousands|dozens|scores|tens\s{1,3}of\s{1,3}thousands"
    r"|a\s{1,3}(?:few|number|handful))"
)
# Where the label of the last item stops.
_LAST_STOP = re.compile(
    r"[,;:](?=\s|$)|\)|\s\((?=[A-Za-z])"  # "(see table 1)", "(SIDS)": an aside after the label
    # a survey's rate in brackets after the label is said of the count, no word of the
    # label: "518 responses were received (46% response rate)"
    r"|\s\((?=\d{1,3}(?:\.\d{1,2})?\s{0,2}(?:%|per\s{1,3}cent|percent)\s{1,3}"
    r"(?:response|participation|return|completion|reply)\s{1,3}rate\b)"
    r"|\s(?:while|whereas|but|compared|although|though|because|respectively)\b"
    r"|\n\s*\n|\s(?:and|with)\s(?:the\s)?(?:rest|remainder|balance|others)\b"  # "and the rest to X"
    # "... and 1,269 fellows for a total cost of 39 million US dollars", "... at a cost of
    # $3 million", "... and 150 to Asia for a total of 400": what the parts cost or make
    # together is said of them all, no word of the last label
    r"|\s(?:(?:at|for|with)\s{1,3}an?\s{1,3}(?:(?:total|overall|estimated|combined)\s{1,3})?"
    r"(?:cost|value|budget|price)\s{1,3}of"
    r"|(?:for|making|bringing|giving|with)\s{1,3}a\s{1,3}(?:grand\s{1,3})?total)\b"
    # "15 killed, 560 injured and hundreds remain missing", "... with dozens still missing":
    # a clause whose subject is an amount with no figure states a fact of its own
    rf"|\s(?:and|with)\s{{1,3}}{_VAGUE_AMOUNT}\s{{1,3}}(?:(?:more|others?|of\s{{1,3}}[a-z]+)\s{{1,3}})?"
    r"(?:still|are|were|is|was|remain|remained|went|have|had|reportedly)\b"
)
# A ranking: the next item's label stands before its figure ("..., followed by the police
# with 4,324"), and the item before is the first of the ranking, no whole.
_RANKED_NEXT = re.compile(r"\bfollowed\s{1,3}by\b")
# Words that make a join a comparison or a range, not an enumeration.
_NOT_A_JOIN = re.compile(r"\b(?:to|from|between|compared|versus|than|or|as)\s{0,3}$")
# A label that states a stance or a vote on its own, with no verb needed: the stance
# words (kept as the whole label: "in favour of convening a conference" -> "in favour"),
# and other answers that need no verb either ("70 in support", "15 with no opinion").
_DEGREE = r"(?:(?:strongly|partially|partly|generally|fully|largely|not|somewhat|broadly)\s)?"
# "against" with a bare noun after it names what a count is against, no stance: "45
# attacks against schools and 23 against hospitals", "vaccinated against measles"; "against
# it", "against the proposal" and "against" alone are stances, and so is "against" before a
# conjunction ("60 against and 8 abstentions").
_OBJECT_NOT_STANCE = (
    r"(?!\s(?!(?:the|a|an|it|them|this|that|these|those|such|any|its|their|his|her|our|"
    r"all|both|either|each|adoption|approval|inclusion|and|or|with|while|whereas|but)\b)[a-z])"
)
_AGAINST = rf"against{_OBJECT_NOT_STANCE}"
_STANCE_WORDS = (
    rf"in\sfavou?r|{_AGAINST}|opposed|in\sopposition|undecided|neutral|unsure|uncertain|abstaining|"
    r"abstentions?|supportive|unfavourable|favourable|positive|negative"
)
_ANSWER_WORDS = (
    r"in\ssupport|(?:with\s)?no\sopinion|yes|no|don't\sknow|"
    r"did\snot\s(?:reply|respond|answer|vote)|voted\s.*|abstained"
)
# "one ethnic group against others", "one against another": no stance.
_NOT_A_STANCE = r"(?!\s(?:another|others?|each\sother|one\sanother|the\sothers?))"
_STANCE = re.compile(rf"^{_DEGREE}(?:{_STANCE_WORDS})\b{_NOT_A_STANCE}")
_STANCE_LABEL = re.compile(rf"^{_DEGREE}(?:{_STANCE_WORDS}|{_ANSWER_WORDS})\b{_NOT_A_STANCE}")
_YES_NO = re.compile(r"^(?:said|answered|replied|responded)\s(?P<answer>yes|no)$", re.IGNORECASE)
# An answer given in quotation marks, after the verb of answering (a verb of rating with its
# object) or alone where the verb is elided: "answered 'fully'", "'partially'", "rated the
# service \u201cgood\u201d". The closing mark may be cut off with the sentence's full stop
# ('7 "not sure".').
_QUOTED_ANSWER = re.compile(
    r"""^(?:(?:said|answered|replied|responded|chose|selected|ticked|opted\sfor)\s
      | (?:rated|described|considered|judged|assessed|found|graded|classified)
        (?:\s[\w-]{1,20}){0,3}?\s(?:as\s)?)?
    ["\u201c'\u2018](?P<answer>[^"\u201c\u201d'\u2018\u2019]{1,60}?)["\u201d'\u2019]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_VOTE_WORDS = re.compile(r"\bvot(?:ed|es?|ing)\b|\babstain|\babstention", re.IGNORECASE)
# A side given as the answer voted, quoted or not: "voted yes", "voted 'no'"; not "voted no
# more than twice".
_ANSWER_YES = r"[\"“'‘]?yes[\"”'’]?(?![\w-])"
_ANSWER_NO = r"[\"“'‘]?no[\"”'’]?(?![\w-])(?!\s(?:more|longer|less|fewer|confidence)\b)"
_VOTE_CATEGORIES = (
    # "voted in support of the declaration" ("70 in support" alone answers a survey)
    (
        re.compile(
            r"^(?:voted\s)?(?:in\sfavou?r|for)\b|^votes?\sin\sfavou?r\b|^voted\sin\ssupport\b"
            r"|^(?:voted\s)?(?:in\sthe\s)?affirmative$"  # records: "voted in the affirmative"
            rf"|^voted\s{_ANSWER_YES}"  # "Nine members voted yes"
        ),
        "in favour",
    ),
    (
        re.compile(
            rf"^(?:voted\s|votes?\s|spoke\sout\s)against\b|^{_AGAINST}\b|^oppos(?:ed|ing)\b"
            r"|^(?:votes?\s)?in\sopposition\b"
            r"|^(?:voted\s)?(?:in\sthe\s)?negative$"
            rf"|^voted\s{_ANSWER_NO}"  # "Five voted no"
        ),
        "against",
    ),
    # "21 chose to abstain", "five delegations decided to abstain" (as the vote readers)
    (
        re.compile(
            r"^(?:abstained|abstaining|abstentions?|voted\sto\sabstain"
            r"|(?:chose|decided|opted|preferred)\sto\sabstain)\b"
        ),
        "abstentions",
    ),
    (
        re.compile(
            r"^(?:did\snot|didn['’]t|do\snot|failed\sto"
            # "12 countries decided not to participate in the vote", as "chose to abstain"
            r"|(?:chose|decided|opted|preferred|elected)\snot\sto)"
            r"\s(?:vote|participate|take\spart)|"
            r"^not\s(?:participating|voting)\b"
            r"|^non-?voting$"  # a voting record's "3 non-voting", the count as a noun's
        ),
        "not participating",
    ),
    (re.compile(r"^(?:absent|not\spresent)\b"), "absent"),
    (re.compile(r"^present\sand\snot\svoting\b"), "present and not voting"),
)
# Auxiliaries that are dropped from a label ("were in favour" -> "in favour").
_DROPPED_AUXILIARIES = AUXILIARIES - frozenset(
    ("not", "did", "do", "does", "still", "already", "only", "further", "must", "can", "cannot")
)
# Past participles that end in neither "-ed" nor "-en": "14 were being heard".
_IRREGULAR_PARTICIPLES = frozenset(
    "heard held made built sent done paid kept sought brought taught met run set put".split()  # noqa: SIM905
)
# What a label need not start with: "as satisfactory", "from Member States", "a rising
# trend", "in Africa" (a place; "in favour" is a stance and kept).
_LABEL_LEAD = re.compile(r"^(?:as\s|from\s|an?\s|in\s(?=[A-Z]))")
_COMMON_ARTICLE = re.compile(r"^the\s(?=[a-z])")
_LABEL_START_WORDS = ("as", "to", "in", "for", "with", "from", "at", "on", "by")
# "the corresponding figures had been", "the respective numbers were"
_SERIES = re.compile(
    r"\b(?:(?:corresponding|respective|comparable|equivalent|same)\s{1,3}"
    r"(?:figures|numbers|shares|percentages|proportions|values|counts|totals|rates)"
    r"|the\s{1,3}(?:figures|numbers))\b"  # "; ten years earlier the figures were 61, 38 and 13"
    r"[^.;:]{0,40}?(?:were|was|are|is|had\s{1,3}been|have\s{1,3}been|stood\s{1,3}at|being|:)"
    r"\s{1,3}$"
    # "..., 10 in Asia and 6 in the Arab States, compared with 15, 12 and 4 in 2003"
    r"|^\s{0,3},?\s{0,3}(?:compared\s{1,3}(?:with|to)|as\s{1,3}against|against|versus)\s{1,3}$"
)
# "Of the refugees, 52% were children": the whole named before the first item.
_WHOLE_BEFORE = re.compile(
    r"\b(?:[Oo]f|[Aa]mong)\s{1,3}(?:the|these|those|all)\s{1,3}"
    r"(?P<whole>[A-Za-z][\w'’ -]{1,60}?)\s{0,3},\s{1,3}$"
)
_RESPONSE_LABEL = re.compile(
    r"^(?:(?:replied|responded|answered|reported|returned|participated)\b"
    # what they replied to, named at any length ("to the Secretary-General's note verbale
    # of 10 March 1997", "to the Beijing+10 questionnaire"), but no answer ("to question 4
    # that ...", "in the affirmative")
    r"(?:\s(?:to|in)(?:\s(?!(?:that|whether|yes|no|affirmatively|negatively|positively)\b)"
    r"(?!(?:the|an?)\s(?:affirmative|negative|positive)\b)[\w'’+-]+(?:/[\w'’+-]+)*){1,20})?"
    # "contributed to the consultation on ...": to a survey, never to a fund
    r"|contributed\s(?:to|in)\s(?:the|a|an|its|their)\s(?:(?!(?:for|of|to|on)\s)[\w'’+-]+\s){0,3}?"
    r"(?:surveys?|questionnaires?|consultations?|calls?\sfor\s(?:inputs?|contributions|submissions)"
    r"|inquiry|enquiry)\b(?:\s[\w'’+-]+(?:/[\w'’+-]+)*){0,12}"
    r"|(?:were|was|had\sbeen|have\sbeen)?\s?received(?:\sfrom\s[\w ]{1,40})?"
    r"|(?:were|was|had\sbeen|have\sbeen)?\s?returned"
    # "112 Governments had returned the questionnaire", "completed the survey"
    r"|(?:returned|completed|answered|submitted)\s(?:the|a|their|its)\s"
    r"(?:[\w+-]+\s){0,4}(?:questionnaires?|survey|inquiry|enquiry)"  # "the Global Staff Survey"
    r"(?:\s(?:on|of|for|about|concerning)(?:\s[\w'’-]+){1,5})?"
    # "75 countries provided data for the Ninth Survey", "submitted replies": answers sent
    # (data or information only for a survey named: "provided information on their
    # budgets" answers nobody)
    r"|(?:provided|submitted|sent|transmitted|supplied|contributed)\s(?:their\s|its\s)?"
    r"(?:(?:replies|responses)(?:\s(?:on|for|to|in|about|concerning)(?:\s[\w'’+./-]+){1,12})?"
    r"|(?:written\s)?(?:data|information|inputs?|statistics)\s(?:for|to)\s(?:the|a|its|their)\s"
    r"(?:[\w'’+-]+\s){0,6}?(?:surveys?|questionnaires?|inquiry|enquiry|calls?\sfor\sinputs?)"
    r"(?:\s(?:on|of|for|about|concerning)(?:\s[\w'’-]+){1,5})?)"
    # "45 countries reported data for the 2023 round of the questionnaire"
    r"|reported\s(?:their\s|its\s)?(?:data|statistics)\s(?:for|to)\s(?:the|a|its|their)\s"
    r"(?:[\w'’+-]+\s){0,6}?(?:surveys?|questionnaires?|inquiry|enquiry)"
    r"(?:\s(?:on|of|for|about|concerning)(?:\s[\w'’-]+){1,5})?)"
    # when: "by the time the present report was finalized", "before the deadline"
    r"(?:\s(?:by(?!\s\w+ing\b)|before|until|within|as\s(?:of|at)|in\stime|so\sfar|to\sdate"
    r"|at\sthe\s(?:time|date)|at\spresent|during"  # "at the time of writing"
    r"|in\s(?:(?:early|late|mid)\s)?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|\d{4}))\b"  # "in October", "in 2019"
    r"(?:\s[\w'’-]+){0,8})?$"
)
# Between a composed total's noun and its first part: the verb that says the parts follow,
# after as many words as the item's own test for it allows ("The 611 partners funded
# through the country-based pooled funds included").
_COMPOSED_GAP = re.compile(
    r"(?:\s{1,3}[\w'’-]{1,30}){0,10}\s{0,3}:?\s{0,3}"
    r"|(?:\s{1,3}[\w'’-]{1,30}){0,10}\s{1,3}as\s{1,3}follows\s{0,3}:\s{0,3}"
)
# Before percentages: words that say they split one whole ("distributed as follows:").
_SPLIT_CUE = re.compile(
    r"(?:\bas\s{1,3}follows|\b(?:distributed|divided|allocated|split|broken\s{1,3}down|"
    r"apportioned|breaks?\s{1,3}down)(?:\s{1,3}(?:as\s{1,3}follows|among|between|into))?)"
    r"\s{0,3}:?\s{0,3}$"
)
_MAX_GAP = 220
# A comma alone between a whole and "N of which" ("responses from 73 countries, 41 of
# which ..."); before "N of them" the whole's clause too, up to its comma or semicolon.
# A focus word may follow: ", only 40 of them".
_OF_WHICH_GAP = re.compile(
    # "approved five draft resolutions today, four of which ...": a time may end the whole
    r"(?:\s{1,3}(?:today|yesterday|this\s{1,3}(?:morning|afternoon|evening|week|year))\b)?"
    r"\s{0,3},\s{0,3}(?:(?:only|just|merely)\s{1,3})?"
)
# "..., with 52 of them ...": "with" may open the part after the comma.
_OF_THEM_GAP = re.compile(
    r"\s[^.;:()\d]{1,120}?\s{0,3}[,;]\s{0,3}(?:with\s{1,3})?(?:(?:only|just|merely)\s{1,3})?"
)
_MAX_PARTS = 40


@dataclass
class _Link:
    """How an item is joined to the next: the joiner's text and the label before it."""

    label_end: int
    kind: str  # comma, semicolon, colon, word, of_which, sentence


def vote_category(label: str) -> str | None:
    """The vote category a label states, or ``None``.

    Parameters
    ----------
    label
        A category label as written after its count, lower case: "voted in favour",
        "against it", "abstained", "did not participate in the vote".

    Returns
    -------
    str or None
        "in favour", "against", "abstentions", "not participating", "absent" or
        "present and not voting".

    Examples
    --------
    >>> vote_category("voted for the proposal"), vote_category("against it")
    ('in favour', 'against')
    >>> vote_category("having abstained")
    'abstentions'
    >>> vote_category("submitted reports") is None
    True
    >>> vote_category("present abstained"), vote_category("present and not voting")
    ('abstentions', 'present and not voting')
    """
    label = label.removeprefix("having ")  # "98 having voted for it, 30 having abstained"
    if label.startswith("present ") and not label.startswith("present and not "):
        # "the remaining 35 delegations present abstained": those present, then their side
        label = label.removeprefix("present ")
    for pattern, category in _VOTE_CATEGORIES:
        if pattern.search(label):
            return category
    return None


# Support told as a view ("141 delegations supported the text", "with 29 delegations
# supporting it"), which is a vote in favour only beside abstentions: nobody abstains from
# a survey.
_SUPPORTED = re.compile(r"^(?:supported|backed|endorsed|supporting|backing|endorsing)\b")


def _vote_categories(labels: list[str], *, voters: bool = False) -> list[str | None]:
    """The vote category of each lower-case label, with support beside abstentions in favour.

    Support is a side of a vote too where the whole it splits are ``voters`` ("Of the 90
    members present and voting, 61 supported the motion and 29 opposed it").
    """
    categories = [vote_category(label) for label in labels]
    if voters:  # "55 per cent supported the text and 45 per cent rejected it"
        categories = [
            "against" if category is None and _REJECTED.match(label) else category
            for label, category in zip(labels, categories, strict=True)
        ]
    if ("abstentions" in categories or voters) and all(
        category is not None or _SUPPORTED.match(label)
        for label, category in zip(labels, categories, strict=True)
    ):
        return [category or "in favour" for category in categories]
    if (
        "against" in categories
        and "in favour" not in categories
        and categories.count(None) == 1
        and _VOTED_TO_ACT.match(labels[categories.index(None)])
    ):
        # "93 countries voted to remove it, while 24 voted against its removal": those who
        # voted to do what the motion proposed beside the side against are its side in
        # favour
        return [category or "in favour" for category in categories]
    return categories


# Voters who voted to do what was put to the vote (not to turn it down).
_VOTED_TO_ACT = re.compile(
    r"^voted\sto\s(?!(?:reject|defeat|oppose|block|deny|refuse|defer|postpone|adjourn|"
    r"take\sno\saction|not)\b)[a-z]"
)


# Rejection beside support, as a side of a vote where the whole is of those who voted.
_REJECTED = re.compile(r"^(?:rejected|voted\sdown)\b")
# After a whole's count, the words that make it a count of those who voted: "Of the 90
# members present and voting,", "Of the 75 delegations voting,", "of the 140 votes cast".
_VOTERS_AFTER_WHOLE = re.compile(
    r"[\w'’ -]{0,40}?\b(?:present\s{1,3}and\s{1,3}voting|voting|who\s{1,3}voted"
    r"|(?:votes|ballots)\s{1,3}cast)\s{0,3},"
)
# A whole named without a count, of those who voted: "of those voting,", "Of the votes cast,".
_VOTERS_WHOLE = re.compile(
    r"(?:^|\s)(?:present\s{1,3}and\s{1,3}voting|voting|who\s{1,3}voted|(?:votes|ballots)"
    r"\s{1,3}cast)$"
)


# The vote that the parts right after it split, named before them in their sentence: "In a
# show of hands, 30 delegations supported the proposal, 12 opposed it", "When the text was
# put to the vote, 14 members supported it and 6 rejected it", "In a roll-call vote, ...".
_VOTE_NAMED_BEFORE = re.compile(
    r"""
    (?:\b(?:[Ii]n|[Oo]n|[Bb]y|[Aa]t)\s{1,3}(?:a|an|the)\s{1,3}
      (?:show\s{1,3}of\s{1,3}hands
        |(?:[a-z-]{3,15}\s{1,3})?(?:vote|ballot|voting))
      |\bput\s{1,3}to\s{1,3}(?:the|a)\s{1,3}(?:[a-z-]{3,15}\s{1,3})?vote)
    [^.;:\d]{0,60}$
    """,
    re.VERBOSE,
)
_VOTE_NAMED_REACH = 120  # how far before its parts a vote may be named


def _splits_voters(reading: _Reading, text: str) -> bool:
    """Whether a reading's stated whole counts those who voted, right before its parts.

    The whole has a count ("Of the 90 members present and voting, ...") or none ("of those
    voting, 55 per cent ..."), or the vote that the parts split is named before them ("In
    a show of hands, 30 delegations supported the proposal, 12 opposed it").
    """
    total, lead = reading.total, reading.categories[0]
    if total is not None:
        return (
            total.kind == "count"
            and _VOTERS_AFTER_WHOLE.match(text, total.end, lead.start) is not None
        )
    named = _WHOLE_BEFORE.search(text, max(0, lead.prefix_start - 80), lead.prefix_start)
    if named is not None:
        return _VOTERS_WHOLE.search(named["whole"]) is not None
    reach = max(0, lead.prefix_start - _VOTE_NAMED_REACH)
    return _VOTE_NAMED_BEFORE.search(text[reach : lead.prefix_start]) is not None


def vote_labels(labels: list[str]) -> list[str] | None:
    """The vote category of every label where together they state a vote, else None.

    Every label must state a side ("voted for it", "against", "abstained", support beside
    abstentions) and one of them a word of voting ("voted", "votes", "abstained"): "62
    per cent supported it, 21 per cent opposed it and 17 per cent abstained" is a vote.

    >>> vote_labels(["supported", "opposed", "abstained"])
    ['in favour', 'against', 'abstentions']
    >>> vote_labels(["supported", "opposed"]) is None  # a view: nobody abstains from a survey
    True
    """
    lowered = [label.lower() for label in labels]
    categories = _vote_categories(lowered)
    if all(categories) and any(_VOTE_WORDS.search(label) for label in lowered):
        return [category for category in categories if category is not None]
    return None


def _sentence_end_in(text: str, start: int, end: int) -> bool:
    return len(sentence_starts(text[start:end])) > 1


def _shares_make_hundred(chain: list[Item]) -> bool:
    """Whether every item of ``chain`` is a share and the shares add up to 100, as rounded."""
    shares = [item.percent for item in chain if item.kind == "percent" and item.percent is not None]
    if len(shares) < len(chain):
        return False
    slack = sum((Fraction(1, 2 * 10 ** (item.decimals or 0)) for item in chain), Fraction(0))
    return abs(sum(shares, Fraction(0)) - 100) <= slack


# A comma, then a subject named in capitals and its verb: the main clause after a
# subordinate one ("As it took action on 36 drafts presented by it, the Assembly adopted").
_NEW_SUBJECT = re.compile(r",\s{1,3}the(?:\s{1,3}[A-Z][\w'’-]{1,25}){1,4}\s{1,3}[a-z]{3,20}ed\b")


def _link(text: str, left: Item, right: Item) -> _Link | None:
    """How ``left`` joins ``right`` in an enumeration, or ``None`` when it does not."""
    if right.prefix_start < left.head_end:
        return None
    gap_start, gap_end = left.head_end, right.prefix_start
    if gap_end - gap_start > _MAX_GAP:
        return None
    gap = text[gap_start:gap_end]
    if left.composed and _COMPOSED_GAP.fullmatch(gap):
        return _Link(gap_start, "total")  # "... comprise 33 in Africa", "... members: 5"
    join = _JOIN.search(_without_repeated_preposition(text, left, gap))
    if join is None and left.total_before:
        reported = _REPORTED_AFTER_COMMA.search(gap)
        if reported is not None and not _sentence_end_in(text, gap_start, gap_end):
            # "Of the 12 peacekeepers accused, he said four were ...": the whole still holds
            return _Link(gap_start + reported.start(), "total")
    if join is None or "\n\n" in gap or "\n \n" in gap:
        return None
    label_end = gap_start + join.start()
    if join["sentence"] is not None:
        if _sentence_end_in(text, gap_start, label_end):
            return None
        return _Link(label_end, "sentence")
    label = gap[: join.start()]
    if _sentence_end_in(text, gap_start, label_end) or ";" in label:
        return None
    if label.strip() and not any(character.isalpha() for character in label):
        return None  # "alert(2)) and forty-seven": a label has words
    if left.kind == "percent" and _RATE_LABEL.fullmatch(label):
        return None  # "a 38 per cent response rate; 61 per cent ...": no answer
    if (join["as_well"] or join["as_well_plain"]) and label.strip():
        return None  # "as well as" joins counts of nouns alone: "from 18 States as well as 4"
    if left.total_before:
        # "Of the 112 Governments that replied, ": anything up to the comma.
        return _Link(label_end, "total") if join["punct"] == "," else None
    if left.composed:
        return _Link(gap_start, "total")
    if _NOT_A_JOIN.search(gap[: join.start()][-30:]):
        return None  # "25 per cent, compared with 30 per cent", "from 5 and"
    if _RANKED_NEXT.search(label):
        return None  # "5,584 complaints, followed by the police with 4,324": a ranking
    if _NEW_SUBJECT.search(label):
        return None  # "3 drafts presented by it, the Assembly adopted 34 ...": a new clause
    if join["as_against"] and join["as"] is None:
        # "63 per cent considered that it had improved, against 22 per cent who saw no
        # change and 15 per cent ...": a part only where the shares make 100 (find_enumerations)
        if left.kind != "percent" or _WHO_THEN_VERB.match(text, right.end) is None:
            return None
        return _Link(label_end, "against")
    if (
        join["as_against"]
        and _THAT_DID_NOT.match(text, right.end) is None
        and _WHO_THEN_VERB.match(text, right.end) is None
    ):
        # "30 per cent, as against 25 per cent in 2010": a comparison; "as against 31 per
        # cent who opposed it" names another group of the same whole
        return None
    word = join["word"] or join["plain"] or ""
    if word.startswith(("of", "out", "among")):  # "out of which" as "of which"
        kind = "of_which"
    elif join["punct"] in (":", ";"):
        kind = "colon" if join["punct"] == ":" else "semicolon"
    elif word == "with":
        kind = "with"
    else:
        kind = "comma" if join["punct"] else "word"
    return _Link(label_end, kind)


# A share that is a survey's response rate, not a part of its answers.
_RATE_LABEL = re.compile(
    r"\s{0,3}(?:response|participation|return|completion|reply)\s{1,3}rates?\s{0,3}"
)
# A preposition at the end of a gap, right before the next count: "and from 5".
_PREPOSITION_AT_END = re.compile(r"\b(?P<word>from|of)\s{1,3}$")
# The preposition before an owner of the count on the left: "from the Governments of 43".
_OWNER_BEFORE = re.compile(
    r"\b(?P<word>from|of)\s{1,3}(?:the\s{1,3})?(?:Governments?|authorities|ministries|offices)"
    r"\s{1,3}of\s{1,3}$"
)
_OWNER_REACH = 40


def _without_repeated_preposition(text: str, left: Item, gap: str) -> str:
    """``gap`` without a preposition that repeats the one before the count on its left.

    "received replies from 22 Member States and from 5 regional organizations", "from
    the Governments of 26 States ... and of 4 non-member States": a list whose every
    count is the object of the same preposition is joined as if it were written once.

    Examples
    --------
    >>> text = "received replies from 22 States and from 5 agencies"
    >>> left, right = read_items(text)
    >>> _without_repeated_preposition(text, left, text[left.head_end : right.prefix_start])
    ' and '
    >>> text = "sent to 22 States and from 5 agencies"
    >>> left, right = read_items(text)
    >>> _without_repeated_preposition(text, left, text[left.head_end : right.prefix_start])
    ' and from '
    """
    repeated = _PREPOSITION_AT_END.search(gap)
    if repeated is None:
        return gap
    before = text[max(0, left.prefix_start - 6) : left.prefix_start].split()
    if before and before[-1] == repeated["word"]:
        return gap[: repeated.start()]
    owner = _OWNER_BEFORE.search(text, max(0, left.prefix_start - _OWNER_REACH), left.prefix_start)
    if owner is not None and owner["word"] == repeated["word"]:
        return gap[: repeated.start()]  # "from the Governments of 43 States ... and from 7"
    return gap


_LAST_LABEL_REACH = 200  # characters after its figure that the last label may take


def _last_label_end(text: str, item: Item, limit: int) -> int:
    """Where the label of the last item of an enumeration ends (a stop or the sentence end)."""
    window_end = min(limit, item.head_end + _LAST_LABEL_REACH)
    stop = _LAST_STOP.search(text, item.head_end, window_end)
    end = stop.start() if stop is not None else window_end
    starts = sentence_starts(text[item.head_end : end])
    if len(starts) > 1:
        end = item.head_end + starts[1]
    while end > item.head_end and text[end - 1] in ' \t\n.!?"”’':
        end -= 1
    return end


def _clause_limit(text: str, last: Item, items: list[Item], after: int) -> int:
    """Where the label of a chain's ``last`` item must stop: before a clause of its own.

    "96 were brought before the courts and the fate of 31 remained unknown": a figure of
    the chain's unit that no link joined to it stands in the last label's reach, after
    "and"; the label stops at that "and" ("brought before the courts"), never holding
    the figure. Else the end of ``text``, which bounds no label. ``after`` is the index in
    ``items`` of the item after ``last``.

    Examples
    --------
    >>> text = "214 were freed, 96 were tried and the fate of 31 remained unknown."
    >>> tally = find_enumerations(text)[0]
    >>> [(p.category, p.count) for p in tally.parts]
    [('freed', 214), ('tried', 96)]
    """
    while after < len(items) and items[after].kind == "other":
        after += 1
    if after == len(items) or items[after].kind != last.kind:
        return len(text)
    following = items[after]
    if following.prefix_start - last.head_end > _LAST_LABEL_REACH:
        return len(text)
    joint = text.rfind(" and ", last.head_end, following.prefix_start)
    if joint <= last.head_end or following.prefix_start >= _last_label_end(text, last, len(text)):
        return len(text)
    return joint


# The clause a label states after "that", up to a number in it: "stated that the minimum
# age was " before "14 years" (no punctuation or other number in between).
# ("that" before its word boundary is looked back at: the engine skips to each "that")
_THAT_CLAUSE = re.compile(r"that(?<!\wthat)\s[^,;:.()\d]{0,120}$")
_THAT_CLAUSE_REACH = 160


def _in_that_clause(text: str, previous: Item, item: Item) -> bool:
    """Whether a number that is no count lies in the "that" clause of the label before it.

    "42 per cent stated that the age was 14 years, 31 per cent that it was 12 years":
    the years are what was stated, inside the label, and end no enumeration.
    """
    start = max(previous.head_end, item.start - _THAT_CLAUSE_REACH)
    return _THAT_CLAUSE.search(text, start, item.start) is not None


# A year at the end of a label, before the joint to the next part: ", " or " and ".
_YEAR_THEN_JOINT = re.compile(r"(?:1[89]|20)\d\d(?=\s{0,3}[,;]|\s{1,3}(?:and|while|whereas)\s)")
_VERB_LABEL_REACH = 120  # characters from a part's verb to a year its label ends on
# A year that modifies the noun that ends a label, before the joint: "the 2010 round, ".
_NOUN_THEN_JOINT = re.compile(
    r"(?:\s{1,3}(?!(?:and|while|whereas|or)\b)[a-z][a-z-]{2,20}){1,2}"
    r"(?=\s{0,3}[,;]|\s{1,3}(?:and|while|whereas)\s)"
)


_PAST_FORM = re.compile(r"\s{1,3}[a-z]{3,20}ed\s")
# A verb in the past and a bound right before a count inside what a part did: "conducted
# at least one", "reported more than two".
_VERB_THEN_BOUND = re.compile(
    r"\s{1,3}[a-z]{3,20}ed\s{1,3}(?:at\s{1,3}least|at\s{1,3}most|more\s{1,3}than"
    r"|fewer\s{1,3}than|no\s{1,3}more\s{1,3}than)\s{1,3}"
)


def _bound_after_past_form(text: str, previous: Item, item: Item) -> bool:
    """Whether a count after "at least" ("more than", ...) is inside what the one before did.

    "214 conducted at least one census during the 2010 round, while 18 did not": "at
    least one" says what the 214 did, and ends no list. The count before has no noun of
    its own, so the verb right after it is the part's.
    """
    return (
        previous.kind == "count"
        and previous.counted is None
        and previous.head_end < item.start
        and _VERB_THEN_BOUND.fullmatch(text, previous.head_end, item.start) is not None
    )


def _attributive_year_then_joint(text: str, item: Item) -> bool:
    """Whether a year after "the" ("its", ...) modifies the noun that ends a label.

    "214 conducted a census during the 2010 round, while 18 did not": the year names the
    round, inside what the 214 did.
    """
    return (
        YEAR_FIGURE.fullmatch(text, item.start, item.end) is not None
        and _ATTRIBUTIVE_YEAR_BEFORE.search(text, max(0, item.start - 8), item.start) is not None
        and _NOUN_THEN_JOINT.match(text, item.end) is not None
    )


_NO_CLAUSE_MARK = re.compile(r"[^,;:()]*")


_HAVE = frozenset(("had", "have", "has"))
_ROUNDING_SLACK = Fraction(3, 2)  # shares that split one whole make 100 within this
# A year that modifies the noun after it ("the 1989 inquiry", "its 2022 survey").
_ATTRIBUTIVE_YEAR_BEFORE = re.compile(r"\b(?:the|its|their|this|that)\s{1,3}$")
_ATTRIBUTIVE_YEAR_AFTER = re.compile(r"\s{1,3}[a-z]")
# A participle of a share's base and the time it dates, right after the base's noun:
# " handled in ", " registered during ", " reported in ".
_DATED_PARTICIPLE = re.compile(r"\s{1,3}[a-z]{2,20}(?:ed|en)\s{1,3}(?:in|during)\s{1,3}")


def _attributive_year(text: str, previous: Item, item: Item, items: list[Item]) -> bool:
    """Whether a year modifies a noun of the base of the share before it, its verb after.

    "81 per cent of the Governments responding to the 1989 inquiry considered ... , 14 per
    cent too high and 5 per cent too low": the year is inside the noun phrase the share
    is of and ends no enumeration, where the shares of the sentence make 100 with it
    (within rounding); "in the 2019 survey 40 per cent ..., in the 2020 survey 45 per
    cent" is a series (a later year). So is a year that dates a participle of the base
    ("44 per cent of the 9,200 cases handled in 2023 originated in Africa, 27 per cent in
    the Americas and 18 per cent in Asia"), where two later shares or more make at most
    100 with it.
    """
    if not (
        item.end - item.start == 4  # cheap tests first: most numbers are no year
        and (
            (previous.kind == "percent" and previous.percent is not None)
            or (previous.kind == "count" and previous.of_total is not None)
        )
        and previous.of_noun
        and (
            previous.verb is None
            # "of the 17 recommendations made by ... in its 2021 review have been
            # accepted": a participle of the whole, the main verb after the year
            or (previous.kind == "count" and _NOUN_THEN_VERB.match(text, item.end) is not None)
            # "of the 39 country offices assessed in 2022 had ...": the year dates the
            # whole's participle, the main verb right after it
            or (previous.kind == "count" and _VERB_AFTER_YEAR.match(text, item.end) is not None)
        )
        and (
            _ATTRIBUTIVE_YEAR_AFTER.match(text, item.end) is not None
            or (previous.kind == "count" and _VERB_AFTER_YEAR.match(text, item.end) is not None)
        )
        and YEAR_FIGURE.fullmatch(text, item.start, item.end) is not None
    ):
        return False
    if previous.kind == "count":
        # "Eleven of the 17 recommendations made by the Unit in its 2021 review have been
        # accepted, four partially accepted and two rejected": counts within their whole
        return _year_of_counted_whole(text, previous, item, items)
    attributive = _ATTRIBUTIVE_YEAR_BEFORE.search(text, max(0, item.start - 8), item.start)
    # "44 per cent of the 9,200 cases handled in 2023 originated in Africa, 27 per cent
    # ...": the year dates the participle of the base, a verb after it
    dated = attributive is None and _DATED_PARTICIPLE.fullmatch(text, previous.head_end, item.start)
    if attributive is None and dated is None:
        return False
    end = _sentence_end(text, item)
    if YEAR_IN_TEXT.search(text, item.end, end):
        return False
    shares = [
        other.percent
        for other in items
        if item.end <= other.start < end and other.kind == "percent" and other.percent is not None
    ]
    if dated is not None:  # the later shares may leave a rest: "44, 27 and 18 per cent"
        return len(shares) > 1 and previous.percent + sum(shares) <= 100 + _ROUNDING_SLACK
    return bool(shares) and abs(previous.percent + sum(shares) - 100) <= _ROUNDING_SLACK


# The dated noun, then the main verb of the clause: " review have been", " cycle were".
_NOUN_THEN_VERB = re.compile(r"\s{1,3}[a-z]{3,20}\s{1,3}(?:have|has|had|were|was|are|is)\b")
# The main verb of the clause right after a year: " had a marker", " were closed" (the
# blanks of a reference read past may stand between: "in 2022[12] had").
_VERB_AFTER_YEAR = re.compile(r"\s{1,12}(?:have|has|had|were|was|are|is)\b")


def _year_of_counted_whole(text: str, previous: Item, item: Item, items: list[Item]) -> bool:
    """Whether a year dates the whole of "N of the M ...", counts after it.

    The year follows "the/its" ("in its 2021 review") or a participle of the whole ("the 39
    country offices assessed in 2022 had ..."); the counts after it fit in the whole with
    the first, and no other year follows.
    """
    if (
        _ATTRIBUTIVE_YEAR_BEFORE.search(text, max(0, item.start - 8), item.start) is None
        and _DATED_PARTICIPLE.fullmatch(text, previous.head_end, item.start) is None
    ):
        return False
    end = _sentence_end(text, item)
    if YEAR_IN_TEXT.search(text, item.end, end):
        return False
    counts = [
        other.value
        for other in items
        if item.end <= other.start < end and other.kind == "count" and other.value is not None
    ]
    total = previous.of_total or 0
    return bool(counts) and (previous.value or 0) + sum(counts) <= total


def _year_in_verb_label(text: str, previous: Item, item: Item) -> bool:
    """Whether a year ends the label of the part before it, a clause of its own verb.

    "18 supported the proposal to convene a conference in 1998, 7 opposed it and 5 ...":
    the year is in what the 18 supported and ends no enumeration; so in "47 per cent had
    policies to lower fertility in 2015, 13 per cent ...", "had" the verb, and in "60
    were in favour of convening the conference in 2019, 8 partially in favour ...", a
    stance the label. Not where another year follows in the sentence ("40 ratified it in
    1999 and 12 in 2001": a time series).
    """
    return (
        item.end - item.start == 4  # cheap tests first: most numbers are no year
        and 0 < item.start - previous.head_end <= _VERB_LABEL_REACH
        and (
            (
                _YEAR_THEN_JOINT.match(text, item.start) is not None
                and (
                    previous.verb is not None
                    or previous.auxiliary in _HAVE
                    or _STANCE.match(_clean(text[previous.verb_end : item.start])) is not None
                )
            )
            or (
                # "214 conducted a census during the 2010 round": the year names the round,
                # after a verb no list names (a listed one keeps the old reading, whose
                # pieces are joined later only where their counts fit the whole)
                previous.verb is None
                and previous.auxiliary is None
                and _PAST_FORM.match(text, previous.head_end) is not None
                and _attributive_year_then_joint(text, item)
            )
        )
        and _NO_CLAUSE_MARK.fullmatch(text, previous.head_end, item.start) is not None
        and not YEAR_IN_TEXT.search(text, item.end, _sentence_end(text, item))
    )


# The words between a bare count and the year that is its label: " in ", " occurred in ",
# " allegedly took place in ", " dating from ".
_YEAR_LABEL_BEFORE = re.compile(r"\s{1,3}(?:[a-z]{2,20}\s{1,3}){0,3}?(?:in|from|during)\s{1,3}$")
# After a year that labels a part: the joint to the next part, or the sentence's end.
_YEAR_LABEL_AFTER = re.compile(r"\s{0,3}(?:[,;.]|and\s|$)|\s{1,3}(?:and|while|whereas)\s")


def _year_labels_part(text: str, current: list[Item], item: Item, following: Item | None) -> bool:
    """Whether a year is the label of the count before it, in a split of a stated whole.

    "Of these 64 incidents, 25 took place this year, eight in 2019, six in 2018 and two in
    2017": the years tell the parts apart and end no enumeration. Only after a whole
    stated before the parts ("Of the N ..."), and where a year labels the bare count next
    to this one too (the part after it, or the part before it for the last): "Of the 80
    schools, 40 opened in 2010, and 20 teachers were trained" dates one part only. With no
    whole, "12 were killed in 2019 and 15 in 2020" is a series of one measure over time,
    and "rose from 25 in 2019 to 40" a change.
    """
    if not (
        item.end - item.start == 4  # cheap tests first: most numbers are no year
        and len(current) >= 2
        and current[0].total_before
        and _is_year_labelled(text, current[-1], item.start)
        and YEAR_FIGURE.fullmatch(text, item.start, item.end) is not None
        and _YEAR_LABEL_AFTER.match(text, item.end) is not None
    ):
        return False
    if following is not None and following.kind == "count" and following.start > item.end:
        year = _YEAR_LABEL.match(text, following.head_end)
        if year is not None and _is_year_labelled(text, following, year.start("year")):
            return True
    if len(current) < 3:
        return False
    year = _YEAR_LABEL.match(text, current[-2].head_end)
    return year is not None and _is_year_labelled(text, current[-2], year.start("year"))


def _is_year_labelled(text: str, part: Item, year_start: int) -> bool:
    """Whether ``part`` is a bare count whose words up to ``year_start`` lead to a year."""
    return (
        part.kind == "count"
        and part.counted is None
        and 0 < year_start - part.head_end <= _VERB_LABEL_REACH
        and _YEAR_LABEL_BEFORE.fullmatch(text, part.head_end, year_start) is not None
    )


# A count's words up to the year that labels it: " allegedly occurred in 2014".
_YEAR_LABEL = re.compile(
    r"\s{1,3}(?:[a-z]{2,20}\s{1,3}){0,3}?(?:in|from|during)\s{1,3}(?P<year>(?:1[89]|20)\d\d)\b"
)


# A date a part's verb happened on or since, then the joint to the next part: "since last
# October 7, ", "on 4 May and ", "since March 2023, while ".
_DATE_THEN_JOINT = re.compile(
    rf"""\b(?:since|on|in|by|until|before|after|from|as\s(?:of|at))\s{{1,3}}(?:last\s{{1,3}})?
    (?:(?:{MONTH_PATTERN})\s{{1,3}}\d{{1,2}}(?:,\s{{0,3}}\d{{4}})?
      |\d{{1,2}}\s{{1,3}}(?:{MONTH_PATTERN})(?:\s{{1,3}}\d{{4}})?
      |(?:{MONTH_PATTERN})\s{{1,3}}\d{{4}})
    (?=\s{{0,3}}[,;]|\s{{1,3}}(?:and|while|whereas)\s)""",
    re.VERBOSE,
)
_LATER_MONTH = re.compile(rf"\b{MONTH_PATTERN}")
_DATE_REACH = 30  # characters from a date phrase's start to its figure


def _date_in_verb_label(text: str, previous: Item, item: Item, following: Item | None) -> bool:
    """Whether a date ends the label of the part before it, a clause of its own verb.

    "About 60 facilities have been damaged since 7 October, and 68 others have been
    destroyed": the date says when the 60 were damaged and ends no enumeration. Not where
    another date follows in the sentence ("12 were relocated on 4 May and 9 on 6 May": a
    series by date), nor where the next count has no verb of its own ("88 surveys had been
    returned by 1 August, 40 from Africa ...": the dated count is the whole).
    """
    if not (previous.verb or previous.auxiliary) or previous.kind not in ("count", "percent"):
        return False
    if following is None or not (following.verb or following.auxiliary):
        return False
    if not 0 < item.start - previous.head_end <= _VERB_LABEL_REACH:
        return False
    start = max(previous.head_end, item.start - _DATE_REACH)
    date = _DATE_THEN_JOINT.search(text, start, min(len(text), item.end + 15))
    if date is None or not date.start() <= item.start < item.end <= date.end():
        return False
    if _NO_CLAUSE_MARK.fullmatch(text, previous.head_end, date.start()) is None:
        return False
    return _LATER_MONTH.search(text, date.end(), _sentence_end(text, item)) is None


# A word that joins the next part, not one inside a label: "12 had X and 48 had Y".
_PART_JOINT = re.compile(r"\b(?:and|or|while|whereas|but)\b")
_GROUPING_COMMA = re.compile(r"(?<=\d),(?=\d{3})")  # "2,000" holds no clause mark
_BETWEEN_AND = re.compile(r"\bbetween\s{1,3}\S{1,20}\s{1,3}and\b")


def _bound_in_verb_label(text: str, run: list[Item], item: Item) -> bool:
    """Whether a bounded figure is inside the label of the part before it, after a verb.

    "12 had classes of more than 40 pupils and 48 had smaller classes", "30 spent less
    than 5 per cent of their budgets on health, while 15 spent more": the figure after
    "than", "below", "above" is what the part's verb is about and ends no enumeration; so
    in a part whose verb is elided ("34 recorded rates below 10 per cent, 12 rates of 10 to
    20 per cent and 5 ..."). Not where a joint or a clause mark comes first ("12 voted in
    favour and more than 40 against": a part of its own).
    """
    previous = run[-1]
    if previous.kind not in ("count", "percent") or item.kind not in ("count", "percent"):
        return False
    # the tests of the item first: the one of the run reads all its parts, and a run can
    # be long (a table written as one line)
    if not 0 < item.start - previous.head_end <= _VERB_LABEL_REACH:
        return False
    if not bounds_label(text, item):
        return False
    if all(part.verb is None and part.auxiliary not in _HAVE for part in run):
        return False
    between = _BETWEEN_AND.sub(" ", _GROUPING_COMMA.sub("", text[previous.head_end : item.start]))
    return _NO_CLAUSE_MARK.fullmatch(between) is not None and not _PART_JOINT.search(between)


# A joint between clauses ("or" joins words inside a label too: "at or above").
_CLAUSE_WORD = re.compile(r"\b(?:and|while|whereas|but)\b")
# A noun and "of" right before a figure: "the average coverage of| 34 per cent".
_NOUN_OF_BEFORE = re.compile(
    r"\b[a-z]{3,}\s{1,3}of\s{1,3}(?:(?:about|some|nearly|almost|around|roughly)\s{1,3})?$"
)


def _measure_in_verb_label(text: str, previous: Item, item: Item, following: Item | None) -> bool:
    """Whether a figure of another unit measures a noun inside the label of the part before it.

    "Seventeen appeals are funded at or above the average coverage of 34 per cent, while 26
    are funded below": the percentage is what the seventeen's verb is about, between two
    counts, and ends no enumeration. Only a figure of another unit than the parts on both
    sides of it, after a noun and "of", in the verb's clause.
    """
    if following is None or item.kind == previous.kind or following.kind != previous.kind:
        return False
    if previous.kind not in ("count", "percent") or item.kind not in ("count", "percent"):
        return False
    if previous.verb is None and previous.auxiliary is None:
        return False
    opening = item.prefix_start if item.prefix_start >= 0 else item.start
    if not 0 < opening - previous.head_end <= _VERB_LABEL_REACH:
        return False
    if _NOUN_OF_BEFORE.search(text, max(0, opening - 40), opening) is None:
        return False
    between = _GROUPING_COMMA.sub("", text[previous.head_end : opening])
    return _NO_CLAUSE_MARK.fullmatch(between) is not None and not _CLAUSE_WORD.search(between)


# A reference at the end of a label, before the joint to the next part: "question 4, ".
_REFERENCE_THEN_JOINT = re.compile(
    r"(?P<locator>[A-Za-z]{2,15})\s{1,3}\d{1,4}[a-z]?"
    r"(?=\s{0,3}[,;]|\s{1,3}(?:and|while|whereas)\s)"
)
# A word before a number, later in the sentence: "question 5" names another place.
_WORD_THEN_NUMBER = re.compile(r"\b(?P<word>[A-Za-z]{2,15})\s{1,3}\d")
_LOCATOR_REACH = 18  # characters from a locator's start to its number


def _reference_in_verb_label(text: str, previous: Item, item: Item) -> bool:
    """Whether a reference ends the label of the part before it, a clause of its own verb.

    "Twelve States answered yes to question 4, seven answered no and two did not reply":
    the question is what the twelve answered, inside the label, and ends no enumeration.
    Not where the locator names another place later in the sentence ("12 answered yes to
    question 4 and 9 to question 5": each count answers its own question, no split).
    """
    if previous.verb is None and previous.auxiliary not in _HAVE:
        return False
    locator_start = text.rfind(" ", max(0, item.start - _LOCATOR_REACH), item.start - 1) + 1
    reference = _REFERENCE_THEN_JOINT.match(text, locator_start)
    if reference is None or reference.end() != item.end:
        return False
    locator = reference["locator"].lower()
    if locator not in LOCATORS or not 0 < locator_start - previous.head_end <= _VERB_LABEL_REACH:
        return False
    if _NO_CLAUSE_MARK.fullmatch(text, previous.head_end, item.start) is None:
        return False
    return not any(
        later["word"].lower().rstrip("s") == locator.rstrip("s")
        for later in _WORD_THEN_NUMBER.finditer(text, item.end, _sentence_end(text, item))
    )


# An option named by its number, at the end of what a part chose: "for option 2".
_CHOICE_BEFORE = re.compile(
    r"\b(?:[Oo]ptions?|[Aa]lternatives?|[Vv]ariants?|[Ss]cenarios?)\s{1,3}$"
)
_CHOICE_NUMBER = re.compile(r"\d{1,2}[a-z]?(?![\w.,]\w)")
_CHOICE_REACH = 14  # characters from the option's word to its number


def _choice_in_label(text: str, previous: Item, item: Item) -> bool:
    """Whether an option's number ends the label of the part before it.

    "Fourteen Governments indicated a preference for option 1, eleven for option 2 and
    four for option 3": each option is what its count chose, inside the label, and ends
    no enumeration (unlike "question 4" and "question 5", two questions: no split).
    """
    return (
        previous.kind in ("count", "percent")
        and 0 < item.start - previous.head_end <= _VERB_LABEL_REACH
        and _CHOICE_NUMBER.fullmatch(text, item.start, item.end) is not None
        and _CHOICE_BEFORE.search(text, max(0, item.start - _CHOICE_REACH), item.start) is not None
        and _NO_CLAUSE_MARK.fullmatch(text, previous.head_end, item.start) is not None
    )


# An aside that names some members of the part before it: "were killed, including 3 from".
_INCLUDING_ASIDE = re.compile(
    r",\s{1,3}(?:including|among\s{1,3}(?:them|whom|these|those))\s{1,3}(?:some\s{1,3})?$"
)
_OF_WHOM_ASIDE = re.compile(r",\s{1,3}of\s{1,3}wh(?:om|ich)\s{1,3}$")
_ASIDE_LAST = re.compile(r"[^,;:()\d]{0,80}(?:\)\s{0,3})?(?:[.;]|$)")  # ")" closes a list aside
# Its end: a comma, then the joint to the next part ("..., and 40 were injured"); a comma
# alone goes on with the aside's own list (", including 35 refugees, 62 displaced ...").
_ASIDE_END = re.compile(r"[^,;:()\d]{0,80},\s{1,3}(?:and|while|whereas|but)\s{1,3}$")


def _including_aside(text: str, run: list[Item], item: Item, following: Item | None) -> bool:
    """Whether a count names some members of the part before it, in an aside.

    "Twelve peacekeepers were killed, including three from Nepal, and 40 were injured":
    the three are among the twelve, no part beside them; the list goes on after the
    aside's closing comma. Not where the "including" counts are the list ("received from
    40 States, including 12 from Africa and 10 from Asia": parts of the 40).
    """
    if not run or len(run) + (following is not None) < 2:
        return False
    previous = run[-1]
    if previous.kind != item.kind:
        return False
    opening = min(item.start, item.prefix_start if item.prefix_start >= 0 else item.start)
    last = following is None or following.start > _sentence_end(text, item)
    # "12 draft resolutions, including one on oceans, and two draft decisions": the aside
    # elides its noun, the parts on either side each count their own
    elided = following is not None and previous.counted and following.counted and not item.counted
    if not (previous.verb or previous.auxiliary or last or elided):
        # "(32 deaths and 126 injured, including five children)": the last part's aside
        # needs no verb; before another part it does ("received from 40 States, including
        # 12 from Africa and 10 from Asia" splits the 40)
        return False
    if _INCLUDING_ASIDE.search(text, max(0, opening - 30), opening) is None:
        # "212 residents killed, of whom 31 were women, and 540 residents injured": an
        # aside only where the next part counts the noun of the part before it again (", of
        # which 80 were in favour, 30 against" splits the whole before it)
        return (
            following is not None
            and previous.counted is not None
            and following.counted == previous.counted
            and _OF_WHOM_ASIDE.search(text, max(0, opening - 30), opening) is not None
            and _ASIDE_END.fullmatch(text, item.end, following.prefix_start) is not None
        )
    if last:
        # the last part's aside: "..., and 112 were injured, including 41 women."
        return len(run) >= 2 and _ASIDE_LAST.match(text, item.end) is not None
    return (
        following.kind == item.kind
        and _ASIDE_END.fullmatch(text, item.end, following.prefix_start) is not None
    )


def _chains(text: str, items: list[Item]) -> list[tuple[list[Item], list[_Link]]]:
    """Group items into runs of one unit joined by :func:`_link`."""
    chains: list[tuple[list[Item], list[_Link]]] = []
    current: list[Item] = []
    links: list[_Link] = []
    dated_to = -1  # the end of a year that dates the whole before it
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if current and links and _sibling_of_whole(text, current, links, item, following):
            # "sent 240 urgent appeals, 96 of which were sent jointly ..., and 41 follow-up
            # letters": a count of the whole's verb, no part beside the one of it
            chains.append((current, links))
            current, links = [], []
            continue
        if current and _including_aside(text, current, item, following):
            continue  # "were killed, including three from Nepal, and 40 ...": some of them
        if item.kind == "other" and current and _describes_total(text, current[-1], item):
            continue  # "Of the 30 Territories listed in 1960, 14 ...": the year describes it
        if item.kind == "other" and current and bounds_label(text, item):
            # "11 had reports overdue by more than five years and 6 ...", "27 per cent
            # owned less than one hectare and 12 per cent owned more"
            continue
        if (
            item.kind == "count"
            and current
            and current[-1].kind == "percent"
            and not current[-1].total_before
            and bounds_label(text, item)
        ):
            continue  # "27 per cent employed fewer than five and 11 per cent ...": a bound
        if current and _bound_in_verb_label(text, current, item):
            continue  # "12 had classes of more than 40 pupils and 48 ...": inside the label
        if current and _measure_in_verb_label(text, current[-1], item, following):
            continue  # "17 are funded above the average coverage of 34 per cent, while 26"
        if item.kind == "count" and current and _bound_after_past_form(text, current[-1], item):
            continue  # "214 conducted at least one census, while 18 did not": what they did
        if item.kind == "other" and current and _in_that_clause(text, current[-1], item):
            continue  # "42 per cent stated that the age was 14 years, 31 per cent ..."
        if item.kind == "other" and current and (end := date_in_whole(text, current[-1], item)):
            dated_to = end  # "31 judgments in 2008, 12 of them ...": a date is no whole
            continue
        if item.kind == "other" and current and year_in_base(text, current[-1], item):
            continue  # "48 per cent of the staff recruited in 2019 were ...": it dates the base
        if item.kind == "other" and current and _year_in_verb_label(text, current[-1], item):
            continue  # "18 supported holding it in 1998, 7 opposed it ...": inside the label
        if (
            item.kind == "other"
            and current
            and _date_in_verb_label(text, current[-1], item, following)
        ):
            continue  # "60 have been damaged since 7 October, and 68 ...": inside the label
        if item.kind == "other" and current and _reference_in_verb_label(text, current[-1], item):
            continue  # "12 answered yes to question 4, 7 answered no": inside the label
        if item.kind == "other" and current and _choice_in_label(text, current[-1], item):
            continue  # "14 preferred option 1, 11 option 2 and 4 option 3": what they chose
        if item.kind == "other" and current and _attributive_year(text, current[-1], item, items):
            continue  # "81 per cent of those replying to the 1989 inquiry ...": a noun's
        if item.kind == "other" and current and _year_labels_part(text, current, item, following):
            continue  # "Of the 64 incidents, 25 took place in 2020, eight in 2019": the label
        whole_end = dated_to if current and dated_to > current[-1].head_end else None
        if (
            (item.subset or item.of_them)
            and current
            and _of_which_follows(text, current[-1], item, whole_end)
        ):
            # "responses from 73 countries, 41 of which were ...": the count before is
            # the whole.
            current.append(item)
            links.append(_Link(current[-2].head_end, "of_which"))
            continue
        # "64 Governments, 40 of which reported ... and 24 of which did not": a second
        # "N of which" after a first is the next part of the same whole
        parallel_subset = item.subset and len(current) > 1 and current[-1].subset
        if (
            item.of_them
            and current
            and current[-1].kind == "count"
            and not (current[-1].subset or current[-1].of_them)
        ):
            # A count "of them" that follows no whole it can be a part of is a part of a
            # count before it, never a part beside it: "612 children were killed, with
            # 140 of those in air strikes" is no split of two. It opens the next chain.
            chains.append((current, links))
            current, links = [item], []
            continue
        if item.kind == "other" or (item.subset and not parallel_subset):
            if current:
                chains.append((current, links))
            current, links = [], []
            continue
        if current:
            previous = current[-1]
            same_unit = previous.kind == item.kind or previous.total_before or previous.composed
            # "...; among the 1,559 national staff, ...": a new whole opens a new enumeration
            new_whole = item.total_before and len(current) > 1
            link = _link(text, previous, item) if same_unit and not new_whole else None
            if link is not None:
                current.append(item)
                links.append(link)
                continue
            chains.append((current, links))
        current, links = [item], []
    if current:
        chains.append((current, links))
    return chains


def _of_which_follows(text: str, whole: Item, item: Item, whole_end: int | None = None) -> bool:
    """Whether "N of which" follows a count of the same kind after a comma alone.

    "N of them" may follow the whole's clause too: "Forty States replied; 30 of them ..."
    (the clause has no number of its own: the next item is the part). ``whole_end`` is
    where a year dating the whole ends ("31 judgments in 2008, 12 of them").
    """
    if whole.kind != "count" or item.kind != "count":
        return False
    gap_start = whole.head_end if whole_end is None else whole_end
    if _OF_WHICH_GAP.fullmatch(text, gap_start, item.prefix_start) is not None:
        return True
    return (
        item.of_them
        and whole.counted is not None
        and _OF_THEM_GAP.fullmatch(text, gap_start, item.prefix_start) is not None
    )


def _describes_total(text: str, total: Item, other: Item) -> bool:
    """Whether a number that is no count stands in the phrase of a total before its comma."""
    return (
        (total.total_before or total.composed)  # "The 60 projects funded in 2021 comprise"
        and other.start - total.head_end <= _MAX_GAP
        and not re.search(r"[,;:.]", text[total.head_end : other.start])
    )


def _clean(raw: str) -> str:
    return " ".join(raw.split()).strip(" ,;:-–—")


# An aside after a part's label, about some of its members: ", including 3 from Nepal".
_LABEL_ASIDE = re.compile(
    r",\s{1,3}(?:including|among\s(?:them|whom|these|those)|(?:most|many|some|all)\sof\s"
    r"(?:them|whom)|of\swhom|mostly|mainly|chiefly|notably|in\sparticular)\b"
)


# A clause that says when or why, after a part's verb: no word of what the part counts.
_SUBORDINATE_CLAUSE = re.compile(r"\s(?:when|whenever|because|although|though|unless|until)\s")


# The main verb group after a participle of a whole ("recommendations issued by the Board
# have been implemented"): the auxiliaries, then a participle.
_MAIN_VERB_AFTER_WHOLE = re.compile(
    r"\s(?:(?:have|has|had)\s{1,3}been|were|was|are|is)\s{1,3}(?=(?:\w+\s{1,3})?[a-z]+(?:ed|en)\b)"
)


def _label(text: str, item: Item, end: int) -> str:
    """The words of an item's label: kept auxiliaries, the verb and what follows."""
    words = []
    auxiliaries = (item.auxiliary or "").split()
    raw = text[item.verb_end : max(end, item.verb_end)]
    aside = _LABEL_ASIDE.search(raw)
    rest = _clean(raw if aside is None else raw[: aside.start()])
    if (clause := _SUBORDINATE_CLAUSE.search(rest)) is not None:
        rest = _clean(rest[: clause.start()])  # "injured when a suicide attacker ...": when
    if item.verb and not item.auxiliary and item.of_total is not None:
        main = _MAIN_VERB_AFTER_WHOLE.search(rest)
        if main is not None:
            # "Nine of the 14 recommendations issued by the Board in its 2022 report have
            # been implemented": the participle is the whole's, the label the main verb
            return _clean(rest[main.end() :])
    verb = item.verb or rest.partition(" ")[0]
    participle = verb.endswith(("ed", "en")) or verb in _IRREGULAR_PARTICIPLES
    for index, word in enumerate(auxiliaries):
        if (
            word == "being"
            and participle
            and index == len(auxiliaries) - 1
            and auxiliaries[index - 1 : index] in (["is"], ["are"], ["was"], ["were"])
        ):
            words.append(word)  # "10 are being implemented": in progress, not implemented
            continue
        if word in _DROPPED_AUXILIARIES:
            continue
        if word in ("did", "do", "does") and "not" not in auxiliaries[index + 1 : index + 2]:
            continue
        words.append(word)
    if item.verb:
        words.append(item.verb)
    if rest.startswith("(") and rest.endswith(")"):
        rest = ""
    if rest.startswith(")") and "(" in text[max(0, item.start - 3) : item.start]:
        rest = rest[1:].lstrip()  # "most respondents (58 per cent) agreed": the share's own

    words.append(rest)
    return _clean(" ".join(w for w in words if w))


def _normalise(label: str) -> str:
    """Shorten a label to what it says.

    A stance alone ("in favour of convening a conference" -> "in favour"); a quoted
    answer without its marks or its verb ("answered 'fully'" -> "fully"); no leading
    "as", "from", article, or "in" before a place; no verb that only says what the count
    is about ("concerned Europe" -> "Europe"); at most ten words.
    """
    answer = _YES_NO.match(label) or _QUOTED_ANSWER.match(label)
    if answer is not None:
        return answer["answer"]
    stance = _STANCE.match(label)
    if stance is not None:
        return stance.group(0)
    label = RELATING_VERB.sub("", label, count=1)  # "concerned Europe": what it concerned
    label = _LABEL_LEAD.sub("", label, count=1)
    label = _COMMON_ARTICLE.sub("", label, count=1)  # "the north"; "the Caribbean" is a name
    words = label.split()
    kept = _reported_view(words)[:_MAX_LABEL_WORDS]
    if len(kept) < len(words):
        while len(kept) > 1 and (
            kept[-1].lower() in _DANGLING_WORDS or YEAR_FIGURE.fullmatch(kept[-1])
        ):
            kept.pop()  # "spent less than 5 per cent of their budgets on": no "on" left open
    return " ".join(kept)


_MAX_LABEL_WORDS = 10
# Words that cannot end a label cut short: they open a phrase the cut took away.
_DANGLING_WORDS = PREPOSITIONS | frozenset(
    "a an the of on in to for from by with at and or as than their its his her".split()  # noqa: SIM905
)
# Nouns of an attitude before "that": "expressed confidence that ...", "voiced concern
# that ...": what the part felt, which the clause after only explains.
_ATTITUDE_NOUNS = frozenset(
    """confidence concern concerns hope hopes fear fears doubt doubts belief satisfaction
    optimism pessimism worry worries frustration""".split()  # noqa: SIM905
)
# Words that make a view the opposite of what its "that" clause says.
_NEGATIONS = frozenset({"not", "no", "never", "nor", "neither"})
# Verbs whose object takes a complement ("considered the rate to be too high", "described
# the services as good", "found the system fair"): the complement, at the end, is the view.
_COMPLEMENT_VERBS = frozenset(
    f"{stem}{ending}"
    for stem in ("consider", "regard", "describ", "rat", "deem", "judg", "view", "perceiv")
    for ending in ("ed", "e", "es", "s", "ing")
) | frozenset({"found", "finds", "find", "saw", "sees", "see", "assessed", "assess"})


def _reported_view(words: list[str]) -> list[str]:
    """The clause a long label reports, where ten words cannot hold it all.

    "considered that the draft rules should take the form of a treaty" says its answer
    after "that": cut to its first ten words, the label lost the answer. The clause keeps
    its last ten words, which say what the view is. A verb that is negated ("did not
    consider that ...") keeps its words. So does a verb whose object takes a complement
    ("considered the level of fertility in their country to be too high", "found the new
    appraisal system fair"): the complement at the end is the view, so the label keeps
    its last ten words; any other long label ("cancelled owing to ...") keeps its first.

    >>> view = "considered that the draft rules should take the form of a treaty"
    >>> " ".join(_reported_view(view.split()))
    'the draft rules should take the form of a treaty'
    >>> " ".join(_reported_view("said that it was useful".split()))
    'said that it was useful'
    >>> view = "regarded the pace of reform in their country as too slow"
    >>> " ".join(_reported_view(view.split()))
    'the pace of reform in their country as too slow'
    """
    if len(words) <= _MAX_LABEL_WORDS:
        return words
    if "that" not in words[:4]:
        if any(word.lower() in _COMPLEMENT_VERBS for word in words[:-1]):
            return words[-_MAX_LABEL_WORDS:]
        return words
    at = words.index("that")
    if any(word.lower() in _NEGATIONS for word in words[:at]):
        return words
    if at and words[at - 1].lower() in _ATTITUDE_NOUNS:
        return words  # "expressed confidence that ...": the attitude is the view, first
    return words[at + 1 :][-_MAX_LABEL_WORDS:]  # its end says what the view is


# A label that favours one of several options: "in favour of free association".
_FAVOURED_OPTION = re.compile(r"^in\sfavou?r\sof\s(?P<option>\S.*)$")


def _favoured_options(labels: list[str]) -> list[str] | None:
    """The options that the labels favour, where each favours another one; else None.

    Shares or counts in favour of different options split the votes between them, as in
    a plebiscite: "in favour of free association", "in favour of integration" ->
    "free association", "integration". A stance among them ("in favour of the draft",
    "opposed") makes them sides of one vote: None.

    >>> _favoured_options(["in favour of free association", "in favour of integration"])
    ['free association', 'integration']
    >>> _favoured_options(["in favour of the draft", "opposed"]) is None
    True
    """
    options = []
    for label in labels:
        favoured = _FAVOURED_OPTION.match(label)
        if favoured is None:
            return None
        options.append(_LABEL_LEAD.sub("", favoured["option"], count=1))
    if len(options) < 2 or len(set(options)) < len(options):
        return None
    return options


def _without_shared_preposition(labels: list[str]) -> list[str]:
    """Drop the preposition every label starts with.

    "in rural areas", "in urban areas" -> "rural areas", "urban areas"; "to the FARC",
    "to the ELN" -> "the FARC", "the ELN". A stance ("in favour") keeps it.
    """
    firsts = {label.split(" ", 1)[0] for label in labels}
    if len(firsts) != 1 or any(" " not in label or _STANCE.match(label) for label in labels):
        return labels
    if firsts.pop() not in ("in", "to", "for", "with", "on", "at"):
        return labels
    return [_LABEL_LEAD.sub("", label.split(" ", 1)[1], count=1) for label in labels]


def _align(labels: list[str]) -> list[str]:
    """Cut the first label where the elided ones start.

    "had policies to lower fertility", "to maintain it" -> "to lower fertility", "to
    maintain it": the words before "to" are understood in every label. The cut is at the
    word's last place, where the parallel phrase opens ("servants who took part in the
    study were employed in ministries", "in agencies" -> "in ministries").
    """
    if len(labels) < 2 or not labels[0]:
        return labels
    firsts = {label.split(" ", 1)[0] for label in labels[1:] if label}
    if len(firsts) != 1:
        return labels
    word = firsts.pop()
    if word not in _LABEL_START_WORDS or labels[0].startswith(word + " "):
        return labels
    position = labels[0].rfind(f" {word} ")
    if position < 0:
        return labels
    return [labels[0][position + 1 :], *labels[1:]]


@dataclass
class _Reading:
    """A chain read as a possible tally, before it is accepted."""

    categories: list[Item]
    labels: list[str | None]
    total: Item | None
    total_value: int | None
    subject: str | None
    sentence_joins: list[int]


# Right before the first part of a stated whole: the parts make it up ("A total of 210
# persons were trained, comprising 120 police officers, ...") or some of them do
# ("140 projects, including 56 in Africa and 38 in Asia").
_COMPOSITION_CUE = re.compile(
    rf"""\b(?:compris(?:ing|ed|es?)|consist(?:ing|s|ed)?{GAP}of|(?:composed|made{GAP}up){GAP}of
      | includ(?:ing|es|ed))\s{{0,3}}:?\s{{0,3}}$""",
    re.VERBOSE,
)
_COMPOSITION_REACH = 30
# A whole that is a number of things, then a composition verb, right before the first part:
# "The caseload comprises", "This included", "the total figure is made up of", a group of
# people or bodies ("Co-sponsors of the event included", "Participants included
# representatives of"). What a
# mission or a package comprises ("comprises 1,200 military personnel and 150 civilian
# police") lists what it has and splits no count.
_COUNTED_WHOLE = re.compile(
    rf"""\b(?:caseload|population|total|number|figures?|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose
      | [Vv]ictims|[Cc]asualties|[Pp]articipants|[Bb]eneficiaries|[Rr]ecipients|[Dd]etainees
      | [Tt]rainees|[Aa]ttendees|[Rr]espondents|[Ww]orkforce|(?:[Cc]o-)?[Ss]ponsors
      | [Ss]ignatories|[Ss]peakers|[Dd]elegations|[Mm]embership)
      (?:{GAP}[a-z][\w-]{{1,20}}){{0,4}}?(?:{GAP}(?:now|also))?{GAP}
      (?:compris(?:es?|ed)|includ(?:es?|ed)|consist(?:s|ed)?{GAP}of
      | (?:is|are|was|were){GAP}(?:made{GAP}up|composed){GAP}of)
      (?:{GAP}(?:representatives|delegations|delegates|members){GAP}(?:of|from))?
      \s{{0,3}}:?\s{{0,3}}$""",
    re.VERBOSE,
)
_COUNTED_WHOLE_REACH = 80


# What may follow a counted noun after "of" and still name the kind of thing counted
# ("ministries of health", "ministries of social affairs"): up to three lower-case words,
# no determiner, verb or preposition among them (checked after the match).
_KIND_AFTER_OF = re.compile(r" of ((?:[a-z][\w'’-]{1,25} ){0,2}[a-z][\w'’-]{1,25})")
_NOT_KIND_WORDS = (
    VERBS
    | AUXILIARIES
    | PREPOSITIONS
    | frozenset(
        ("the", "a", "an", "its", "their", "these", "those", "them", "which", "whom", "who")
    )
)


def _is_counted_noun(label: str, item: Item) -> bool:
    """Whether a part's label is its counted noun, or that noun and the kind after "of".

    "31 Member States"; "14 ministries of health" (what it counts: ministries, of a kind).

    >>> item = Item(kind="count", start=0, end=2, value=14, counted="ministries")
    >>> _is_counted_noun("ministries of social affairs", item)
    True
    >>> _is_counted_noun("ministries of the Council", item)
    False
    >>> _is_counted_noun("ministries of health reported", item)
    False
    """
    counted = item.counted
    if not counted or not label.startswith(counted):
        return False
    if label == counted:
        return True
    kind = _KIND_AFTER_OF.fullmatch(label, len(counted))
    return kind is not None and not any(word in _NOT_KIND_WORDS for word in kind[1].split())


_COPULAS = frozenset(("is", "are", "was", "were"))


def _copular_noun(label: str, item: Item) -> bool:
    """Whether a part says what its count is with "are" and a plural noun, no verb.

    "Of those, 19 are women, 10 are girls, and 10 females of unknown age": "are women" is
    a noun as much as "10 females" is, so the parts are of one shape. "12 were killed and
    40 deaths" is not ("killed" is a verb).

    >>> _copular_noun("women", Item(kind="count", start=0, end=2, auxiliary="are"))
    True
    >>> _copular_noun("killed", Item(kind="count", start=0, end=2, auxiliary="were"))
    False
    """
    auxiliary = (item.auxiliary or "").split()
    if item.verb is not None or auxiliary[-1:] == [] or auxiliary[-1] not in _COPULAS:
        return False
    words = label.lower().split()
    if not 0 < len(words) <= 3 or _has_verb(f"_ {label}"):
        return False
    return words[-1] in PEOPLE_NOUNS or (words[-1].endswith("s") and words[0] not in PREPOSITIONS)


def _noun_label(label: str, item: Item) -> bool:
    """Whether a part's label is its counted noun, or the noun and a participle after it.

    "310,000 refugees"; "3.2 million people displaced within their country".
    """
    if not item.counted:
        return False
    if _is_counted_noun(label, item) or label.startswith(("whose ", f"{item.counted} and ")):
        return True  # "88 children whose sex was unknown": the noun and what defines it
    verb = item.verb or ""
    return not item.auxiliary and verb.endswith("ed") and label.startswith(verb)


# A relative pronoun between a part's noun and its verb: "23 civilian staff who worked for
# the mission".
_RELATIVE_PRONOUN = re.compile(r"\s{1,3}(who|that)(?=\s)")


def _relative_pronoun(text: str, item: Item) -> str:
    """The relative pronoun (" who", " that") joining a part's noun to its verb, or ""."""
    pronoun = _RELATIVE_PRONOUN.match(text, item.head_end, item.verb_end)
    return "" if pronoun is None else f" {pronoun[1]}"


def _counted_whole_before(text: str, item: Item) -> re.Match[str] | None:
    """The whole of counted things and its composition verb right before ``item``."""
    return _COUNTED_WHOLE.search(
        text, max(0, item.prefix_start - _COUNTED_WHOLE_REACH), item.prefix_start
    )


def _whole_before(text: str, item: Item) -> re.Match[str] | None:
    """A counted whole, or a group of people named by what befell them, before ``item``.

    "The caseload comprises", "The dead were" (a copula too after such a group: "The dead
    were nine civilians and two officers", :mod:`~surveystats.extract.tally_people_wholes`).
    """
    whole = _counted_whole_before(text, item)
    return whole if whole is not None else people_whole_before(text, item.prefix_start)


_POINTING_BACK = re.compile(r"(?:This|These|That|Those)\s")
_FIGURE_BEFORE = re.compile(r"\d[^.;:]{0,200}[.;:]\s{0,3}$")


def _points_back_at_figure(text: str, whole: re.Match[str]) -> bool:
    """Whether a composed whole is a pronoun opening a sentence after a figure.

    "The office logged 412 complaints. These included ...": "These" are the 412.
    """
    start = whole.start()
    if not _POINTING_BACK.match(text, start):
        return False
    return _FIGURE_BEFORE.search(text, max(0, start - 200), start) is not None


# After a count and its clause: its parts follow ("2,300 persons were killed, including").
_COMPOSED_AFTER = re.compile(
    rf"(?:{GAP}[\w'’-]{{1,30}}){{0,10}}\s{{0,3}},{GAP}(?:including|comprising|encompassing|consisting{GAP}of)"
    r"\s{0,3}:?\s{0,3}$"
)


def _composition_cue(text: str, item: Item) -> re.Match[str] | None:
    """The composition word right before an item ("comprising", "including"), if any."""
    return _COMPOSITION_CUE.search(
        text, max(0, item.prefix_start - _COMPOSITION_REACH), item.prefix_start
    )


def _states_total(text: str, items: list[Item], kinds: list[str], ends: list[int]) -> bool:
    """Whether the first item of a chain is the whole the others split.

    A clause followed by a colon or "of which" ("130 countries replied:", "Ninety-one
    Governments answered the questionnaire, of which"); a clause that says how many
    answered followed by a semicolon or "with"; any count followed by "with" and counts
    that fit in it ("had 36,574 staff, with 12,340 in ..."); a clause that says how many
    answered followed by a comma when the other counts add up to it exactly ("64
    Governments replied, 40 were in favour and 24 against"), or a clause of a bare verb
    followed by counts that say only why, where or how and add up to it exactly (see
    :func:`_adjunct_parts`); any count by a semicolon
    when the others add up to it exactly, the first with its verb ("The Board received 940
    complaints; 610 were closed and 330 pending"). By a comma the first clause must
    say no more than that they answered (its label ends at ``ends[0]``): "Ten States
    responded in the affirmative, seven in the negative and three ..." is an answer.
    A count smaller than one of the counts after it is no whole of them, whatever joins
    them ("Seven countries reported on all indicators; 26 reported on some").
    """
    head = items[0]
    if len(items) < 3 or not kinds or head.kind != "count":
        return False
    if any(item.kind == "count" and (item.value or 0) > (head.value or 0) for item in items[1:]):
        return False  # "Only seven countries reported on all; 26 reported on some": a part
    clause = bool(head.verb or head.auxiliary)
    answered = head.response or head.total_marker
    if kinds[0] == "of_which" or (kinds[0] == "colon" and (clause or answered)):
        return True
    if answered and kinds[0] in ("semicolon", "with"):
        return True
    parts_add_up = sum(item.value or 0 for item in items[1:]) == head.value
    if kinds[0] == "semicolon" and parts_add_up and (items[1].verb or items[1].auxiliary):
        # "The Board received 940 complaints; 610 were closed, 330 were ...", the verb
        # elided after the first part ("; 1,800 went to Africa, 700 to Asia and 600 ...")
        return True
    if kinds[0] == "comma" and _placed_parts(text, items):
        return True
    if kinds[0] == "comma" and clause and parts_add_up and _adjunct_parts(text, items, ends):
        return True  # "Some 1,200 flights were cancelled, 700 because of weather and 500 ..."
    if kinds[0] == "with" and sum(item.value or 0 for item in items[1:]) <= (head.value or 0):
        # "Staff numbered 36,574, with 12,340 in the Professional category and ...", never
        # a side of a vote: "90 delegations backed it, with 12 opposing and 7 abstaining"
        head_label = _label(text, head, ends[0]).lower()
        return not (vote_category(head_label) == "in favour" or _SUPPORTED.match(head_label))
    if not (kinds[0] == "comma" and answered and clause and parts_add_up):
        return False
    return head.response_from or _RESPONSE_LABEL.match(_label(text, head, ends[0]).lower())


def _adjunct_parts(text: str, items: list[Item], ends: list[int]) -> bool:
    """Whether counts after a clause of a bare verb say only why, where or how of it.

    "Some 1,200 flights were cancelled, 700 because of weather and 500 for security
    reasons": the first clause is its verb alone, and every later count has neither noun
    nor verb of its own and a label that opens on a preposition. The caller also asks
    that the later counts add up to the first exactly: "300 were killed in March, 200 in
    April and 100 in May" has a first label of the parts' kind, so no whole.
    """
    head_words = _label(text, items[0], ends[0]).lower().split()
    if not head_words or any(word in PREPOSITIONS for word in head_words):
        return False
    for item, end in zip(items[1:], ends[1:], strict=True):
        if item.counted or item.verb or item.auxiliary:
            return False
        label = _label(text, item, end).lower()
        if label.partition(" ")[0] not in _ADJUNCT_OPENINGS:
            return False
    return True


# What opens a part that says only why or where: a preposition, or the first word of a
# cause of two words ("because of weather", "owing to floods").
_ADJUNCT_OPENINGS = PREPOSITIONS | frozenset(("because", "owing", "due"))


def _placed_parts(text: str, items: list[Item]) -> bool:
    """Whether the counts after a counted whole split it by place: "..., 400 in the north".

    "About 1,200 police officers were trained, 400 in the north and 800 in the south": the
    first part is named by a place, none of the parts has a noun or verb of its own, and
    together they do not exceed the whole.
    """
    head, parts = items[0], items[1:]
    if not places_part_of(text, head, parts[0]):
        return False
    if any(part.counted or part.verb_end > part.head_end or part.value is None for part in parts):
        return False
    return sum(part.value for part in parts) <= head.value


def _whole_then_place(text: str, items: list[Item]) -> bool:
    """Whether a chain starts with a clause of counted things and a placed count after it.

    "Some 640 observers were deployed, 210 in the north": the first count is a whole, not
    a category beside "in the north"; where the counts after it do not split it
    (:func:`_placed_parts`), the chain is no tally.
    """
    head, part = items[0], items[1]
    return (
        head.kind == "count"
        and head.counted is not None
        and head.verb_end > head.head_end
        and is_placed_part(text, part)
        and not places_parallel(text, head, part.head_end)
    )


def _read_chain(text: str, items: list[Item], links: list[_Link], limit: int) -> _Reading | None:
    """Split a chain into its total and categories and read the labels."""
    ends = [link.label_end for link in links] + [_last_label_end(text, items[-1], limit)]
    kinds = [link.kind for link in links]
    total: Item | None = None
    total_value: int | None = None
    subject: str | None = None
    first = 0
    head = items[0]
    composed_after = (
        len(items) >= 3
        and head.kind == "count"
        and head.counted is not None
        and _COMPOSED_AFTER.fullmatch(text, head.head_end, items[1].prefix_start) is not None
    )
    if (
        head.total_before
        or head.composed
        or composed_after
        or _states_total(text, items, kinds, ends)
    ):
        if head.kind != "count":
            return None
        total, total_value, subject, first = head, head.value, head.counted, 1
    elif kinds and kinds[0] == "comma" and _whole_then_place(text, items):
        return None  # "Some 640 observers were deployed, 910 in the north": no whole, no list
    elif _parts_then_rest(text, items, kinds):
        if len(items) == 2:
            return None  # "5,900 were assisted; 3,200 received kits and the rest cash": a whole
        total, total_value, subject, first = head, head.value, head.counted, 1
    categories = items[first:]
    labels_end = ends[first:]
    joins = kinds[first:]
    if (
        len(categories) > 2
        and categories[-1].total_marker
        and categories[-1].kind == "count"
        and not (categories[-1].verb or categories[-1].auxiliary)
    ):
        total, total_value = categories[-1], categories[-1].value  # "..., a total of 52"
        categories, labels_end, joins = categories[:-1], labels_end[:-1], joins[:-1]
    elif total is None and _sum_then_in_all(text, categories):
        total, total_value = categories[-1], categories[-1].value  # "..., 73 replies in all"
        categories, labels_end, joins = categories[:-1], labels_end[:-1], joins[:-1]
    if not 2 <= len(categories) <= _MAX_PARTS:
        return None
    lead = categories[0]
    if any(item.of_total not in (None, lead.of_total) for item in categories[1:]):
        return None  # "9 of the 11 funds and 13 of the 15 agencies replied": two wholes
    if total_value is None and lead.of_total is not None:
        total_value = lead.of_total  # "Nine of the 15 members"
        if sum(item.value or 0 for item in categories) > total_value:
            return None  # "12 of the 20 commissions and 30 offices replied": no parts of 20
        if _other_noun_after_of_total(lead, categories[1:]):
            return None  # "took note of 361 of the 451 reports and five requests": no reports
    if subject is None:
        subject = lead.counted
    labels: list[str | None] = []
    for item, end in zip(categories, labels_end, strict=True):
        label = _label(text, item, end)
        if item.counted and not (item.verb or item.auxiliary):
            if (
                not label
                and item.of_total is not None
                and (verb := verb_before_object(text, item.prefix_start))
            ):
                label = verb  # "processed 40 of the 52 claims, while the remaining 12 ..."
            elif not label:
                label = item.counted  # "31 Member States, 4 specialized agencies": the noun
            elif label.startswith(("of ", "and ")):
                # "50 representatives of civil society"; "12 United Nations bodies and
                # specialized agencies": one count of two nouns joined
                label = f"{item.counted} {label}"
        labels.append(label or None)
    last = categories[-1]
    if _adjunct_after_noun(text, last) and all(
        _bare_noun(label, item) for label, item in zip(labels[:-1], categories, strict=False)
    ):
        # "310,000 host households and 95,000 displaced households in October": where the
        # others are labelled by bare nouns, the last one's phrase of time or place is
        # the whole clause's, and its noun is its label
        labels[-1] = last.counted
    labels = _without_elided_head(labels)
    sentence_joins = [index for index, kind in enumerate(joins) if kind == "sentence"]
    return _Reading(categories, labels, total, total_value, subject, sentence_joins)


_ADJUNCT_OPENING = re.compile(r"\s{1,3}(?P<word>[a-z]{2,12})\s")
_NOUN_GOES_ON = frozenset(("of", "and", "or", "who", "which", "that", "whose"))


def _bare_noun(label: str | None, item: Item) -> bool:
    """Whether a label is its item's noun: a few words, no preposition, no verb.

    "host community households" is; "killed" (of "Two aid workers were killed") is not.
    """
    words = (label or "").lower().split()
    if item.auxiliary or not words or words[-1].endswith(("ed", "ing")):
        return False
    if item.counted and item.counted.lower() != " ".join(words):
        return False
    # no verb checked: the item reader takes "host" of "310,000 host households" for one
    return len(words) <= _BARE_WORDS and not any(word in PREPOSITIONS for word in words)


_BARE_WORDS = 4


def _adjunct_after_noun(text: str, item: Item) -> bool:
    """Whether the item's counted noun is followed by what all the parts share.

    A phrase of time or place ("in October") or a predicate ("require shelter"); not
    an "of" phrase or a relative clause, which are the noun's own.
    """
    if not item.counted or item.auxiliary:
        return False
    match = _ADJUNCT_OPENING.match(text, item.head_end)
    return match is not None and match["word"] not in _NOUN_GOES_ON


def _sum_then_in_all(text: str, categories: list[Item]) -> bool:
    """Whether the last count, "in all" after it, is the sum of the counts before it.

    "Replies came from 38 States, 14 institutions and 21 organizations, 73 submissions in
    all": a count that the list's counts add up to exactly, with its own verb neither.

    Examples
    --------
    >>> text = "Replies came from 30 States, 12 agencies and 5 bodies, 47 replies in all."
    >>> _sum_then_in_all(text, read_items(text))
    True
    >>> text = "Replies came from 30 States, 12 agencies and 5 bodies, 48 replies in all."
    >>> _sum_then_in_all(text, read_items(text))
    False
    """
    *parts, last = categories
    return (
        len(parts) >= 2
        and last.kind == "count"
        and last.value is not None
        and not (last.verb or last.auxiliary)
        and all(part.kind == "count" and part.value is not None for part in parts)
        and IN_TOTAL.match(text, last.head_end) is not None
        and sum(part.value for part in parts) == last.value
    )


def _parts_then_rest(text: str, items: list[Item], kinds: list[str]) -> bool:
    """Whether a count, a semicolon and smaller counts before "the rest" are whole and parts.

    "Some 5,900 households were assisted; 3,200 received shelter kits and the remainder
    cash transfers", "Some 700 detainees were freed; 410 were men, 250 women and the rest
    minors": the counts after the semicolon and "the rest" split the first, which is no
    part beside them; the counts after it add up to less than it.
    """
    if len(items) < 2 or kinds[0] != "semicolon" or "semicolon" in kinds[1:]:
        return False
    head, parts = items[0], items[1:]
    if head.kind != "count" or any(part.kind != "count" for part in parts):
        return False
    if len(parts) == 1 and not (parts[0].verb or parts[0].auxiliary):
        return False  # one part: a clause of its own ("3,200 received kits")
    if sum(part.value or 0 for part in parts) >= (head.value or 0):
        return False
    return REST_NAMED_AFTER.match(text, parts[-1].end) is not None


# A label that names its category after "of" and a capital: "nationals of Western European
# States", "of Asia-Pacific States" (not "of them", "of the members": a part of a whole).
_OF_NAME = re.compile(r"of\s(?:the\s)?[A-Z]")


def _without_elided_head(labels: list[str | None]) -> list[str | None]:
    """Read "of NAME" after a first label "HEAD of NAME" as the name, the head elided.

    "1,152 were nationals of France, 796 of Italy and 702 of Spain": the later labels
    are "Italy" and "Spain", the head "nationals" understood in each; "21 per cent of
    girls and 4 per cent of boys" (shares of different wholes) has no head before the
    first "of" and stays as it is.
    """
    if len(labels) < 2 or not labels[0] or not all(labels[1:]):
        return labels
    of = labels[0].find(" of ")
    if of < 0 or not _OF_NAME.match(labels[0], of + 1):
        return labels
    if not all(_OF_NAME.match(label) for label in labels[1:] if label):
        return labels
    return [labels[0], *(label[3:] if label else label for label in labels[1:])]


def _other_noun_after_of_total(lead: Item, later: list[Item]) -> bool:
    """Whether a later count names a noun other than the one the lead counts "of the N".

    "It also took note of 361 of the 451 quadrennial reports and five requests for
    change of name": the whole is 451 reports, and five requests are none of them (as
    "12 of the 20 commissions and 30 offices" are no parts of 20, whatever the sum).
    "others", "more" and "other ..." count the lead's noun again.
    """
    if not lead.counted:
        return False
    head = lead.counted.split()[-1].lower().rstrip("s")
    return any(
        item.counted
        and item.counted.split()[0].lower() not in ("others", "other", "more")
        and item.counted.split()[-1].lower().rstrip("s") != head
        for item in later
    )


# A part that counts new ones of the whole's noun ("30 new schools" after "Of the 900
# schools") counts things outside that whole.
_NEW_ONES = re.compile(r"(?:new|additional|extra|further|more)\s\S.*")


# The base of a share that is those who were asked: "of respondents", "of the 112
# Governments that replied", "of those surveyed".
RESPONDENT_BASE = re.compile(
    r"^(?:respondents?|interviewees|replies|responses"
    r"|those\s{1,3}(?:surveyed|polled|interviewed|asked)"
    # "respondent" as an adjective names those who replied: "of the respondent countries"
    r"|(?:responding|reporting|respondent)\s{1,3}[\w ]{1,30})$",
    re.IGNORECASE,
)


# A part's label that is a verb in the past of its own, with its auxiliary: "retired",
# "were resettled", "had been transferred" (and no noun: "retired staff" is none; in
# "related to abduction" the category is what follows "to").
_PAST_VERB_LABEL = re.compile(r"(?:(?:were|was|had|have)\s(?:been\s)?)?[a-z]{3,}ed(?:\s(?!to\b)|$)")

_ANSWERED = frozenset(("replied", "responded", "answered"))  # "Of the 120 that replied, ..."


def _asked_whole_before(text: str, item: Item) -> bool:
    """Whether the whole named before a share is those asked: "Of those surveyed, 62 ...".

    "Of those polled,", "Among the responding countries,", "Of the respondents,": the
    shares that follow are what those asked said.
    """
    before = text[max(0, item.prefix_start - 80) : item.prefix_start]
    whole = _WHOLE_BEFORE.search(before)
    return whole is not None and ASKED_WORDS.search(whole["whole"]) is not None


_NOTHING = re.compile("")


def of_respondents(text: str, item: Item) -> re.Match[str] | None:
    """Whether a share's base is those who replied ("of the States that replied")."""
    if item.counted and (found := RESPONDENT_BASE.match(item.counted)):
        return found
    if item.of_them and item.of_replied:  # "of those replying": read with the head
        return _NOTHING.match(text, item.head_end)
    return THAT_REPLIED.match(text, item.head_end) if item.of_noun else None


# A label that is only a time: the figures are a schedule or a series, no split of a whole
# (unless the whole is stated: "Of these 64 incidents, 25 took place this year, ...").
_TIME_LABEL = re.compile(
    r"(?:(?:by|in|before|after|until|from|since|during)\s{1,3}(?:the\s{1,3}end\s{1,3}of\s{1,3})?)?"
    r"(?:(?:19|20)\d\d|(?:this|next|last)\s{1,3}year)|immediately|now|today|later"
)


# A count that is needed states a threshold, not what happened ("15 ratifications are
# needed for it to enter into force"); "20 staff were needed" says what was asked, and
# "47 needed repair", with no auxiliary, what they needed.
_REQUIRED = frozenset(("needed", "required", "necessary"))
_PAST_AUXILIARIES = frozenset(("was", "were", "had"))


def _shares_of_named_wholes(categories: list[Item], labels: list[str]) -> bool:
    """Whether each share is of a whole of its own that its label only repeats.

    "57.3 per cent of Republican voters, 72.5 per cent of independent voters and 69.3 per
    cent of voters living in the south" gives the same figure for different groups: each
    label is the share's own base, no category of one whole.
    """
    wholes = [item.counted for item in categories]
    return (
        None not in wholes
        and len(set(wholes)) == len(wholes)
        and all(
            label == whole or whole.startswith(label)
            for label, whole in zip(labels, wholes, strict=True)
        )
    )


def _accepted(reading: _Reading, text: str) -> str | None:
    """The kind of tally a reading is ("survey", "vote", "breakdown"), or ``None``."""
    labels = [label for label in reading.labels if label]
    lead = reading.categories[0]
    unit = lead.kind
    if len(labels) != len(reading.labels) or any(
        _NOT_A_CATEGORY.match(label) and not _bound_after_verb(label, item)
        for label, item in zip(labels, reading.categories, strict=True)
    ):
        return None
    if all(item.in_words and item.value == 1 for item in reading.categories):
        return None  # "one cannot applaud with one hand": "one" is a pronoun
    if unit == "percent" and shares_of_one_group_in_wholes(text, reading.categories):
        return None  # "8 per cent women in troops and 18 per cent women in staff posts"
    if unit == "percent" and _shares_of_named_wholes(reading.categories, labels):
        return None  # "57.3 per cent of Republican voters, 72.5 per cent of independent ..."
    stated = reading.total is not None or reading.total_value is not None
    if not stated and _shares_contradict_counts(reading.categories):
        return None  # "45 clinics (50 per cent), 27 clinics (35 per cent) and 18 (15 per cent)"
    from_nouns = [
        _is_counted_noun(label, item)
        for label, item in zip(labels, reading.categories, strict=True)
    ]
    if (
        not stated
        and (whole := _whole_before(text, lead)) is not None
        and all(
            _noun_label(label, item) for label, item in zip(labels, reading.categories, strict=True)
        )
    ):
        if _points_back_at_figure(text, whole):
            # "412 complaints were logged. These included 230 thefts and 150 assaults": a
            # whole of the sentence before that its parts do not add up to (where they do,
            # tally_sums gives it): some of its parts only
            return None
        if nests_groups(labels):
            return None  # "The dead included 30 children and 12 girls": girls are children
        if whole.re is not _COUNTED_WHOLE and not counts_people(
            [item.counted for item in reading.categories]
        ):
            return None  # "The missing are 3 fishermen and 2 boats": no split of people
        return "breakdown"  # "The caseload comprises 2.1 million IDPs and 310,000 refugees"
    if any(from_nouns) and not all(from_nouns) and not stated:
        copular = [
            _copular_noun(label, item)
            for from_noun, label, item in zip(from_nouns, labels, reading.categories, strict=True)
            if not from_noun
        ]
        # "19 are women, 10 are girls, and 10 females of unknown age": nouns after "are"
        # twice or more, then nouns alone, are one list (once is left to the list reader)
        if not (all(copular) and len(copular) >= 2):
            return None  # "one has been sentenced ..., despite ... and 14,000 deaths"
    if (
        reading.total is not None
        and reading.total.counted
        and any(
            _NEW_ONES.fullmatch(item.counted or "")
            and item.counted.split(" ", 1)[1] == reading.total.counted
            for item in reading.categories
        )
    ):
        return None  # "Of the 900 schools destroyed, 700 were rebuilt and 30 new schools built"
    if (
        reading.total is not None
        and reading.total.counted
        and reading.total_value is not None
        and unit == "count"
        and any(
            item.counted
            and item.counted != reading.total.counted
            and (item.value or 0) > reading.total_value
            for item in reading.categories
        )
    ):
        return None  # "14 countries, including 40 districts": a larger count of another noun
    if (
        reading.total is not None
        and reading.total.counted
        and reading.total_value is not None
        and unit == "count"
        and all(
            item.counted and item.counted != reading.total.counted for item in reading.categories
        )
        and sum(item.value or 0 for item in reading.categories) > reading.total_value
    ):
        # "of the 14 specialized agencies, 10 functional commissions and 5 regional
        # commissions": counts of other nouns that together exceed the whole are a list
        return None
    if any(item.scaled for item in reading.categories) and not (
        reading.total is not None and reading.total.scaled
    ):
        return None  # "5 million were displaced and 2 million fled": no one whole
    if any(
        item.verb in _REQUIRED and item.auxiliary and item.auxiliary not in _PAST_AUXILIARIES
        for item in reading.categories
    ):
        return None  # "A minimum of 15 ratifications is needed ...": a threshold, no part
    lowered = [label.lower() for label in labels]
    if not stated and any(_TIME_LABEL.fullmatch(label) for label in lowered):
        return None  # "117 buildings immediately, and an additional 53 by 2020": a schedule
    # A split of the votes in per cent ("78.5 per cent voted for independence and 21.5 per
    # cent against") is a vote too: its parts are shares of the votes cast.
    is_vote = vote_labels(labels) is not None or (
        _splits_voters(reading, text) and all(_vote_categories(lowered, voters=True))
    )
    if reading.sentence_joins and not is_vote:
        return None
    if is_vote:
        return "vote"
    if unit == "percent":
        if not _is_split(reading, text):
            return None
        # "73 per cent of respondents considered ..., 20 per cent ...": what those asked said
        # ("45 per cent of respondents were women, 55 per cent men" is who they were, and
        # "40 per cent of the replies came from Africa, 25 per cent from Asia" where from)
        places = any(_PLACE_LABEL.match(label) for label in labels[1:])
        whole = reading.total
        replied = (
            (whole is not None and whole.verb in _ANSWERED)
            or of_respondents(text, lead)
            or _asked_whole_before(text, lead)
        )
        # an answer: a verb ("favoured"), or a stance after "were" ("were in favour")
        answered = lead.verb or all(_vote_categories(lowered))
        return "survey" if answered and not places and replied else "breakdown"
    if reading.total is not None and reading.total.composed:
        return "breakdown"  # "The 48 least developed countries comprise 33 in Africa, ..."
    # Under a stated whole only: "The mission comprises 1,200 military personnel and 150
    # civilian police" lists what it has, and splits no whole the text states.
    cue = _composition_cue(text, lead) if unit == "count" and stated else None
    if cue is not None and all(
        label == item.counted or _PLACE_LABEL.match(label)
        for label, item in zip(labels, reading.categories, strict=True)
    ):
        return "breakdown"  # "comprising 30 refugees, 20 asylum-seekers and 5 stateless ..."
    if stated and _by_place(reading, labels):
        return "breakdown"  # "Of the 32 landlocked developing countries, 16 are in Africa, ..."
    if not stated and unlike_nouns_placed(
        [item.counted for item in reading.categories], reading.labels
    ):
        return None  # "lost 12 vehicles owing to floods and 4 helicopters in the same period"
    if not stated and _counts_by_place(reading, labels, text):
        return "breakdown"  # "now include 15 countries in Asia, 12 in Latin America, ..."
    # "A total of 610 respondents returned ... while 940 completed it online": each part
    # with its own verb ("In all, 71 staff members resigned and 23 retired", "... and 35
    # were resettled": the verb may be all the part has), "a total of" stresses the first
    # count and totals none; "had" with no verb after it is the verb ("Overall, 74
    # countries had a plan, 53 countries drafted one", not "120 took part and 40 were ...")
    clause = bool(lead.verb or lead.auxiliary) and (
        not lead.total_marker
        or all(
            item.verb
            or item.auxiliary in _HAVE_FORMS
            or _PAST_VERB_LABEL.match(label)
            or (item.auxiliary and _PROGRESSIVE_LABEL.match(label))  # "were preparing one"
            for item, label in zip(reading.categories, labels, strict=True)
        )
    )
    stances = all(_STANCE_LABEL.match(label) for label in lowered)
    nouns = lead.response_from and all(
        item.counted and not (item.verb or item.auxiliary) for item in reading.categories
    )
    if not (stated or clause or stances or nouns):
        return None
    if (
        not stated
        and _counts_of_different_things(reading)
        and not _repeats_frame_noun(text, reading)
    ):
        return None  # "Some 20 States ratified the Protocol and 15 meetings were held"
    # A survey only where the sentence speaks of one (replies, a questionnaire,
    # respondents, answers or views): "109 soldiers have been killed and 334 wounded",
    # "Out of 100 seats, 53 went to ..." and "Of the 300 participants, 180 were women"
    # split a whole no one was asked about.
    asked = stances or lead.response_from or _sentence_of_a_survey(text, reading)
    return "survey" if asked else "breakdown"


# "Have" as a part's verb of its own, not as an auxiliary: "74 countries had a plan".
_HAVE_FORMS = frozenset(("had", "has", "have"))
# A progressive after a part's auxiliary: "24 offices were preparing a plan".
_PROGRESSIVE_LABEL = re.compile(r"[a-z]{3,}ing(?:\s|$)")


# Girls and boys are children: "432 children were killed and maimed, 180 were abducted,
# and 43 girls were sexually abused" counts one group.
_AS_CHILDREN = {"girl": "children", "boy": "children", "children": "children"}


def _counts_of_different_things(reading: _Reading) -> bool:
    """Whether two parts, each with a verb of its own, count different nouns.

    Clauses that count different things ("20 States ratified the Protocol and 15
    meetings were held") split no one whole; nouns that share one verb are categories
    ("received from 31 States and 4 agencies") and are not asked about here. "others"
    counts the noun before it again.
    """
    heads = {
        _AS_CHILDREN.get(head, SAME_THING.get(head, head))
        for item in reading.categories
        if item.counted
        and (item.verb or item.auxiliary)
        and (head := item.counted.split()[-1].lower().rstrip("s"))
    } - STAND_IN_HEADS
    lead = reading.categories[0]
    if heads and not lead.counted and (lead.verb or lead.auxiliary):
        # "19 were resolved, 76 sent to court, 656 medical reports provided": the first
        # counts what the sentence is about, a later part with a noun and verb of its
        # own counts something else
        return True
    return len(heads) > 1


# A frame that opens the sentence on the whole with no count: "Of the confirmed cases",
# "Among these incidents,".
_FRAME_NOUN = re.compile(
    r"(?:^|[.;!?]\s{1,3})(?:Of|Among|Out\s{1,3}of)\s{1,3}(?:the|these|those|all\s{1,3}the)"
    r"(?:\s{1,3}[a-z][\w-]{1,20}){0,3}?\s{1,3}(?P<noun>[a-z][\w-]{1,20}s)\s{0,3},?\s{0,3}$"
)
_FRAME_REACH = 100


def _repeats_frame_noun(text: str, reading: _Reading) -> bool:
    """Whether every part that names a noun names the noun of the frame before the list.

    "Of the confirmed cases 11 were from Ebeye and 5 cases were from Majuro": the second
    part repeats the frame's noun, so it counts what the first counts, no other thing.
    """
    lead = reading.categories[0]
    frame = _FRAME_NOUN.search(text, max(0, lead.prefix_start - _FRAME_REACH), lead.prefix_start)
    if frame is None:
        return False
    nouns = [item.counted for item in reading.categories if item.counted]
    return bool(nouns) and all(noun.split()[-1].lower() == frame["noun"] for noun in nouns)


_SENTENCE_STOP = re.compile(r"[.!?]\s")
_LABEL_TAIL = 120  # characters after the last part's verbs where its label may end
_SURVEY_REACH = 200  # characters before the tally where its sentence may speak of a survey


def _sentence_of_a_survey(text: str, reading: _Reading) -> bool:
    """Whether the sentence of a reading speaks of a survey (before or in the tally)."""
    first = reading.categories[0]
    start = reading.total.prefix_start if reading.total is not None else first.prefix_start
    begin = max(0, start - _SURVEY_REACH)
    starts = sentence_starts(text[begin:start]) if begin < start else []
    begin += starts[-1] if starts else 0
    last = reading.categories[-1].verb_end
    end = min(len(text), last + _LABEL_TAIL)
    stop = _SENTENCE_STOP.search(text, last, end)  # the label ends in its sentence
    end = end if stop is None else stop.start()
    # the first count of the tally: a total may follow its parts ("..., a total of 59")
    return speaks_of_survey(text, begin, end, first_count=min(start, first.prefix_start))


# Labels that are no category of one whole: a part of something else ("one of promise"),
# a time ("3 per cent this year and 5 per cent next year"), a comparison ("25 per cent
# more than ...").
# What no category opens with: a share's base, a comparison, a period, a rate; and
# "respectively", which makes its figure the last of a list paired with labels elsewhere
# ("58 and 27 per cent respectively, the other 15 per cent ...").
_NOT_A_CATEGORY = re.compile(
    r"(?:of|than|respectively)\b|(?:this|next|last|that|each|every|per|a|the\sprevious|the\sfollowing)\s"
    r"(?:year|month|week|decade|quarter|day|biennium|session)\b|(?:more|less|fewer|higher|lower)"
    r"\b|(?:annually|a\syear|per\sannum)$",
    re.IGNORECASE,
)


def _shares_contradict_counts(parts: list[Item]) -> bool:
    """Whether every part's share is given, the shares make 100, and the counts disagree.

    "45 clinics (50 per cent), 27 clinics (35 per cent) and 18 clinics (15 per cent)": the
    shares claim to split the counts' sum, and 27 is 30 per cent of 90, not 35. No whole is
    stated that they could be shares of instead, so the figures are no one split.
    """
    shares = [item.share for item in parts]
    if len(parts) < 2 or any(share is None for share in shares):
        return False
    slack = Fraction(len(parts), 2)  # each written share rounds by at most half a point
    return abs(sum(shares) - 100) <= slack and not shares_fit(parts)


# A comparative that bounds what a part's verb is about: "(52 had) fewer than 10 staff".
_BOUND_LABEL = re.compile(r"(?:more|less|fewer)\s{1,3}than\s{1,3}\$?\d", re.IGNORECASE)


def _bound_after_verb(label: str, item: Item) -> bool:
    """Whether a label that opens on a comparative bounds its part ("had fewer than 10 staff").

    Without a verb of the part's own it compares the count with another ("52 complaints,
    12 more than in 2019") and names no category.
    """
    return bool(item.verb or item.auxiliary) and _BOUND_LABEL.match(label) is not None


_OTHER_WHOLE = re.compile(r"^(?:of|in|for|among|at|on|by|per|during|since|than)\b|^[,;(]|^$")


def _by_place(reading: _Reading, labels: list[str]) -> bool:
    """Whether a stated whole is split by place, not by what its members answered.

    Every category is "in" or "from" a place ("16 are in Africa, 10 in Asia"), no category
    has a verb of its own (only "are", "were"), and the whole is no count of those who
    replied ("64 Governments replied, 40 in Africa ..." is a survey).
    """
    total = reading.total
    # "Of the 41 projects approved, 19 were in Africa": a participle after the whole's noun
    # describes it; "64 Governments replied, 40 in Africa ..." is a survey.
    if total is not None and (total.response or (total.verb and not total.total_before)):
        return False
    return all(not item.verb for item in reading.categories) and all(
        _PLACE_LABEL.match(label) for label in labels
    )


# Right before counts by place that name no whole: "The members now include 15
# countries in Asia, 12 in ...", "plus 12 in the Pacific, five in the Caribbean ...".
_PLACE_CUE = re.compile(r"\b(?:includ(?:e|es|ed|ing)|plus)\s{0,3}:?\s{0,3}$")


def _counts_by_place(reading: _Reading, labels: list[str], text: str) -> bool:
    """Whether counts after "include"/"plus" are split by place, with no verb of their own.

    Every part is "in"/"from" a place and counts the first part's noun (or none):
    "include 15 countries in Asia, 12 in Latin America, three in Africa and one in Oceania".
    """
    lead = reading.categories[0]
    return (
        lead.kind == "count"
        and _PLACE_CUE.search(
            text, max(0, lead.prefix_start - _COMPOSITION_REACH), lead.prefix_start
        )
        is not None
        and all(not (item.verb or item.auxiliary) for item in reading.categories)
        and all(item.counted in (None, lead.counted) for item in reading.categories[1:])
        and all(_PLACE_LABEL.match(label) for label in labels)
    )


_PLACE_LABEL = re.compile(
    r"^(?:in|from)\s(?:the\s)?[A-Z]|^(?:in|from)\sthe\s[a-z]+(?:-[a-z]+)?$"
    r"|^elsewhere$|^(?:in|from)\s(?:all\s)?other\s(?:regions|countries|areas|parts\sof\sthe\sworld)$"
)


# A clause that opens its sentence on a contrast: "While", "Whereas", "Although", up to
# the first share (no comma, no sentence end in between).
_CONTRAST_OPENING = re.compile(
    r"(?:^|[.!?;]\s{1,3})[\"“]?(?:While|Whereas|Although|Though)\s[^,;:.!?]{0,80}$"
)


def _set_against(text: str, lead: Item) -> bool:
    """Whether the first share is in a clause that opens its sentence on a contrast.

    Its share is set against the share of the main clause: "While 62 per cent of those
    asked had heard of the scheme, only 19 per cent had used it" compares two rates
    (those who used it are among those who heard of it) unless the shares add up to 100.
    """
    # "^" matches at the start of ``text`` only, never at the window's start
    window = max(0, lead.prefix_start - 90)
    return _CONTRAST_OPENING.search(text, window, lead.prefix_start) is not None


def _is_split(reading: _Reading, text: str) -> bool:
    """Whether percentages divide one whole rather than compare several.

    "20 per cent of the population, but 86 per cent of its product" measures different
    wholes, and "40 per cent in 1990, 44 per cent in 2000" compares times or places:
    after the first part, a label that starts with a preposition, or a part with a whole
    of its own, means the percentages are not one breakdown.
    """
    labels = [label or "" for label in reading.labels]
    lead = reading.categories[0]
    if _set_against(text, lead) and not adds_up_to_whole(reading.categories):
        return False  # "While 62 per cent ... had heard of it, only 19 per cent could ..."
    if sum(item.percent or 0 for item in reading.categories) > 101 and not any(
        _opens_with_verb(label) for label in labels
    ):
        return False  # "(63% teachers and 70% headmasters)": rates of two groups, no split
    if cue := _SPLIT_CUE.search(text, max(0, lead.prefix_start - 60), lead.prefix_start):
        # "Spending is distributed as follows: 45 per cent for health, ..." -- unless the
        # whole split is a share the parts exceed: then they are shares of other wholes
        # ("44 per cent, distributed into 30 per cent in the West Bank and 67 per cent ...")
        return not _exceed_share(text, cue.start(), reading)
    if any(_SPLIT_CUE.match(label) for label in labels[1:]):
        return False  # "40 per cent ..., distributed into 28 per cent": a cue, no category
    if _shares_by_place(reading, labels, text):
        return True  # "62 per cent of the projects were in Africa, 25 per cent in Asia"
    if labels[0].startswith(("in ", "for ", "at ", "on ", "per ", "during ")) and not (
        _STANCE_IN.match(labels[0])  # "in favour" is a stance, no place or time
    ):
        return False
    aligned = _align(labels)
    if any(_OTHER_WHOLE.match(label) for label in labels[1:]) and aligned[0] == labels[0]:
        return False  # "40 per cent in Africa, 44 per cent in Asia": not one whole
    bases = {item.counted for item in reading.categories[1:] if item.counted}
    return not (bases - {reading.categories[0].counted})


_STANCE_IN = re.compile(r"in\s(?:favou?r|support|opposition|agreement)\b", re.IGNORECASE)


def _opens_with_verb(label: str) -> bool:
    """Whether a share's label says what its part did ("approved", "had no opinion").

    >>> _opens_with_verb("had no opinion"), _opens_with_verb("headmasters")
    (True, False)
    """
    first = label.split(" ", 1)[0].lower()
    return first in VERBS or first in AUXILIARIES or first.endswith("ed")


# A share written right before a split cue: the whole the split parts must fit in.
_SHARE_BEFORE = re.compile(
    r"(\d{1,3}(?:\.\d+)?)\s{0,3}(?:%|per\s{1,3}cent|percent)(?:\s{1,3}of\s[^,;:.\d]{1,40})?"
    r"\s{0,3},?\s{0,3}$"
)


def _exceed_share(text: str, cue: int, reading: _Reading) -> bool:
    """Whether the split parts add up to more than a share stated right before ``cue``.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "The rate was 44%, distributed into 30% in A and 67% in B."
    >>> items = [i for i in read_items(text) if i.start > 20]
    >>> _exceed_share(text, 17, _Reading(items, ["in A", "in B"], None, None, None, []))
    True
    """
    share = _SHARE_BEFORE.search(text, max(0, cue - 80), cue)
    if share is None:
        return False
    parts = sum(item.percent or 0 for item in reading.categories)
    return parts > float(share.group(1)) + 0.5


def _shares_by_place(reading: _Reading, labels: list[str], text: str) -> bool:
    """Whether percentages of one stated whole are split by place.

    The whole is named ("62 per cent of the projects were in Africa", "Of the projects,
    62 per cent were in Africa"), the first share has "were"/"are" and no verb of its
    own, and every label is a place ("in Africa", "from Asia", "in the north"): "40 per
    cent in 1990, 44 per cent in 2000" compares times, and "unemployment was 40 per
    cent in Africa, 44 per cent in Asia" names no whole.
    """
    lead = reading.categories[0]
    if lead.verb or lead.auxiliary not in ("were", "are", "was", "is"):
        return False
    named = (lead.of_noun and lead.counted) or _WHOLE_BEFORE.search(
        text[max(0, lead.prefix_start - 80) : lead.prefix_start]
    )
    return bool(named) and all(
        _PLACE_LABEL.match(label) and not (item is not lead and (item.counted or item.verb))
        for label, item in zip(labels, reading.categories, strict=True)
    )


def _build(reading: _Reading, kind: str, text: str, limit: int) -> Tally:
    """Turn an accepted reading into a tally with its parts."""
    categories = reading.categories
    raw_labels = [label or "" for label in reading.labels]
    aligned = _align(raw_labels)
    labels = _favoured_options(aligned) or [
        _normalise(label) for label in _without_shared_preposition(aligned)
    ]
    lead = categories[0]
    if kind == "breakdown" and lead.kind == "percent" and not (lead.verb or lead.auxiliary):
        # "Oceania was home to 61 per cent of the people affected by drought, while ...":
        # the first share is named before its verb of share, not by the words after it
        labels[0] = _lead_label(text, lead) or labels[0]
    if kind == "vote":
        categories_voted = _vote_categories(
            [label.lower() for label in raw_labels], voters=_splits_voters(reading, text)
        )
        labels = [
            category or label for category, label in zip(categories_voted, raw_labels, strict=True)
        ]
    elif all(item.counted and not item.verb and not item.auxiliary for item in categories) and all(
        label == item.counted for label, item in zip(labels, categories, strict=True)
    ):
        pass
    elif (
        kind == "breakdown"
        and reading.total is None
        and _whole_before(text, categories[0])
        and all(_noun_label(label, item) for label, item in zip(labels, categories, strict=True))
    ):
        # "3.2 million people displaced within their country": the noun and its participle
        labels = [
            label
            if label == item.counted or label.startswith(f"{item.counted} ")
            else f"{item.counted}{_relative_pronoun(text, item)} {label}"
            for label, item in zip(labels, categories, strict=True)
        ]
    subject = reading.subject
    if subject is None and categories[0].kind == "percent":
        before = text[max(0, categories[0].prefix_start - 80) : categories[0].prefix_start]
        whole = _WHOLE_BEFORE.search(before)
        if whole is not None:
            subject = _clean(whole["whole"])
    if subject is None and reading.total is not None:
        subject = reading.total.counted
    nouns = {item.counted for item in categories if not (item.verb or item.auxiliary)}
    if reading.total is None and len(nouns) > 1 and None not in nouns:
        subject = None  # "31 Member States, 4 specialized agencies and 12 ...": no one noun
    parts = []
    for item, label, end in zip(categories, labels, _label_ends(reading, text, limit), strict=True):
        counted = item.counted
        inherited = False
        if counted is None and subject is not None and item.kind == "count":
            counted, inherited = subject, True
        base = None
        if item.kind == "percent":
            base = item.counted or subject
            counted = base
            inherited = item.counted is None and base is not None
        members, ocr = split_members(item.members) if item.members else ([], False)
        part = Part(
            label,
            item.value if item.kind == "count" else None,
            item.prefix_start,
            end,
            percent=float(item.percent if item.kind == "percent" else item.share)
            if (item.percent is not None or item.share is not None)
            else None,
            decimals=item.decimals if item.kind == "percent" else item.share_decimals,
            counted=counted,
            counted_inherited=inherited if counted is not None else False,
            base=base,
            qualifier=item.qualifier,
            remaining=item.remaining,
            members=members,
            ocr_corrected=ocr,
        )
        parts.append(part)
    total = reading.total
    start = min(
        (total.prefix_start if total is not None else parts[0].start), categories[0].prefix_start
    )
    end = max(parts[-1].end, total.head_end if total is not None else 0)
    return Tally(
        kind,
        start,
        end,
        parts,
        subject=subject,
        total=reading.total_value,
        total_qualifier=total.qualifier if total is not None else None,
        unit="percent" if categories[0].kind == "percent" else "count",
    )


def _label_ends(reading: _Reading, text: str, limit: int) -> list[int]:
    """Where each part's phrase ends (its label, without trailing blanks)."""
    ends = []
    for index, item in enumerate(reading.categories):
        if index + 1 < len(reading.categories):
            nxt = reading.categories[index + 1]
            gap = text[item.head_end : nxt.prefix_start]
            join = _JOIN.search(gap)
            end = item.head_end + (join.start() if join else len(gap))
        else:
            end = _last_label_end(text, item, limit)
        end = max(end, item.verb_end, item.head_end)
        while end > item.start and text[end - 1].isspace():
            end -= 1
        ends.append(end)
    return ends


def _series(text: str, previous: Tally, items: list[Item], limit: int) -> Tally | None:
    """A bare chain after "the corresponding figures were" that repeats ``previous``."""
    if len(items) != len(previous.parts) or items[0].start - previous.end > _MAX_GAP:
        return None
    before = text[previous.end : items[0].prefix_start]
    if _SERIES.search(before) is None or _sentence_end_in(text, previous.end, items[0].start):
        return None
    unit = items[0].kind
    parts = []
    for item, model in zip(items, previous.parts, strict=True):
        end = item.head_end
        parts.append(
            Part(
                model.category,
                item.value if unit == "count" else None,
                item.prefix_start,
                end,
                percent=float(item.percent) if unit == "percent" else None,
                decimals=item.decimals if unit == "percent" else None,
                counted=model.counted,
                counted_inherited=model.counted is not None,
                base=model.base,
                qualifier=item.qualifier,
            )
        )
    # The whole of the first series is the second's too where its counts add up to it
    # ("Of the 195 countries, 60 ..., 100 ... and 35 ...; in 1996 the corresponding
    # figures had been 82, 99 and 14"): the same whole, counted at another time.
    total = None
    if (
        unit == "count" == previous.unit
        and previous.total is not None
        and sum(part.count or 0 for part in parts) == previous.total
    ):
        total = previous.total
    return Tally(
        previous.kind
        if unit == previous.unit
        else ("breakdown" if unit == "percent" else "survey"),
        parts[0].start,
        parts[-1].end,
        parts,
        total=total,
        subject=previous.subject,
        unit="percent" if unit == "percent" else "count",
    )


# The verbs of a count that replied ("returned" and "completed" only with a questionnaire).
_REPLY_VERBS = frozenset(
    ("replied", "responded", "answered", "returned", "completed", "provided", "submitted")
) | {"supplied"}
# Verbs that reply only with what they gave a survey written after them: "45 countries
# reported data for the questionnaire", "29 Governments contributed to the consultation"
# ("12 cases reported in March", "contributed to the fund" reply to nothing).
_REPLY_VERBS_WITH_OBJECT = re.compile(
    r"(?:reported\s(?:their\s|its\s)?(?:data|statistics)|contributed)\s"
)
# A note about the base of percentages before a count of respondents states no tally:
# "Percentages are calculated out of the 104 Member States that responded".
_BASE_NOTE = re.compile(
    r"\b(?:[Pp]ercentages?|[Ss]hares|[Ff]igures|[Rr]ates|[Pp]roportions)"
    r"(?:\s{1,3}(?:in|of)\s{1,3}(?:the|this|each)\s{1,3}[a-z]{2,20})?"  # "Figures in the table"
    r"\s{1,3}(?:are|were|is)"
    r"\s{1,3}(?:(?:calculated|computed|expressed|given|shown)\s{1,3})?"
    r"(?:out\s{1,3}of|of|based\s{1,3}on|on\s{1,3}the\s{1,3}basis\s{1,3}of|relative\s{1,3}to)"
    r"\s{1,3}(?:(?:the|all)\s{1,3})?(?:(?:total|number)\s{1,3}of\s{1,3})?$"
)
_BASE_NOTE_REACH = 80
# "returned" is a reply only where a questionnaire or a survey is written near it.
_QUESTIONNAIRE_NEAR = re.compile(r"\b(?:questionnaires?|surveys?|forms?)\b", re.IGNORECASE)


# Replies counted as received: "74 responses were received", "31 written replies" (words of
# form, not of answer: "12 positive responses" are no count of all who replied).
_REPLIES_COUNTED = re.compile(
    r"(?:(?:written|individual|formal|official|separate|substantive|national)\s)?"
    r"(?:replies|responses|answers)"
)


def _modifies(item: Item) -> bool:
    """Whether an item's verb is a participle that describes it, not its predicate.

    "completed by 4,312 staff members serving in 23 duty stations": who they are.
    """
    return not item.auxiliary and (item.verb or "").endswith("ing")


def _may_reply(text: str, item: Item) -> bool:
    """Whether :func:`_survey_fact` may read a reply in a count (no label read yet).

    A reply is read from the count's verb, or from a label that opens on "reported" or
    "contributed" (:data:`_REPLY_VERBS_WITH_OBJECT`): the label's words are the count's
    auxiliaries, its verb and the text after them, up to :data:`_LAST_LABEL_REACH`
    characters past its figure.
    """
    if item.response_from or item.verb in _REPLY_VERBS or item.verb == "received":
        return True
    after = text[item.verb_end : item.head_end + _LAST_LABEL_REACH]
    words = f"{item.auxiliary or ''} {item.verb or ''} {after}".lower()
    return "reported" in words or "contributed" in words


def _survey_fact(text: str, item: Item, limit: int) -> Tally | None:
    """One count of those who replied: "replies were received from 64 Governments"."""
    if item.kind != "count" or item.value is None or item.counted is None:
        return None
    if item.of_replied and item.of_total is not None:
        part = Part(
            item.counted, item.of_total, item.prefix_start, item.head_end, counted=item.counted
        )  # "Forty-one of the 63 Governments that replied": 63 replied
        return Tally("survey", part.start, part.end, [part], subject=item.counted)
    if not _may_reply(text, item):
        return None  # most counts: no label need be read
    end = _last_label_end(text, item, limit)
    label = _label(text, item, end).lower()
    replied = (
        item.verb in _REPLY_VERBS or _REPLY_VERBS_WITH_OBJECT.match(label)
    ) and _RESPONSE_LABEL.match(label)
    received = _REPLIES_COUNTED.fullmatch(item.counted.lower()) is not None and (
        item.verb == "received" and _RESPONSE_LABEL.match(label)
    )
    if (
        replied
        and item.verb == "returned"
        and not _QUESTIONNAIRE_NEAR.search(text, max(0, item.prefix_start - _SURVEY_REACH), end)
    ):
        return None  # "1,300,000 refugees returned": home, not a questionnaire
    if not (item.response_from or replied or received):
        return None
    if _BASE_NOTE.search(text, max(0, item.prefix_start - _BASE_NOTE_REACH), item.prefix_start):
        return None  # "Percentages are out of the 104 Member States that responded": a base
    if item.response_from and label and (item.verb or item.auxiliary) and not _modifies(item):
        return None  # "responses from 64 Governments were positive": a predicate
    end_of_fact = item.head_end if item.response_from else max(end, item.verb_end)
    while end_of_fact > item.start and text[end_of_fact - 1].isspace():
        end_of_fact -= 1
    start, count, counted, qualifier = item.prefix_start, item.value, item.counted, item.qualifier
    if heard := sample_before_places(text, item.prefix_start, item.value):
        # "1.3 million people from 193 countries responded": the people replied
        start, count_end, count, counted = heard
        qualifier = qualifier_of(text, start, count_end)
    part = Part(
        counted,
        count,
        start,
        end_of_fact,
        counted=counted,
        counted_inherited=False,
        qualifier=qualifier,
    )
    return Tally("survey", part.start, part.end, [part], subject=counted)


def inside_spans(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether a position lies in any of ``spans``, by binary search.

    The spans are merged first, so a paragraph of many votes and many numbers costs
    a logarithm per number rather than one comparison per vote.
    """
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]

    def inside(position: int) -> bool:
        at = bisect.bisect_right(starts, position) - 1
        return at >= 0 and position < merged[at][1]

    return inside


# Label-first shares: "Agriculture accounted for 38 per cent of exports, minerals for 41
# per cent and manufactures for 21 per cent"; "Women and children make up 55 per cent of
# the displaced, men 30 per cent and the elderly 15 per cent"; "Urban dwellers made up 64
# per cent of the population; rural dwellers accounted for the other 36 per cent".
_SHARE_VERBS = (
    r"(?:accounted|accounts?|made|makes?|represented|represents?|constituted|constitutes?|"
    r"comprised|comprises?|received|receives?|absorbed|absorbs?|attracted|attracts?|"
    r"held|holds?|occupied|occup(?:y|ies)|owned|owns?|controlled|controls?|hosted|hosts?|"
    r"employ(?:s|ed)?|contribut(?:ed|es?)|provided|provides?|"
    # "Asia was home to 55 per cent of the hungry": a place that holds a share
    r"(?:is|are|was|were)\s{1,3}home\s{1,3}to)"
)
# A later share that is the same whole at another time, no part: "host 84 per cent of
# the world's refugees, up from 70 per cent a decade ago", "compared with 18 per cent".
_CHANGE_LABEL = re.compile(
    r"(?:up|down|rising|falling|rose|fell|increasing|decreasing|climbing|dropping|declining)"
    r"(?:\s|$)|(?:compared|as\s+against|against|versus|from|than)\b"
    # a change named by a noun: "..., only a small increase from 39.9 per cent in 2009"
    r"|(?:[\w'’-]+\s+){0,4}?(?:increase|decrease|rise|drop|fall|decline|gain|jump|reduction)s?"
    r"\s+(?:from|since|over|on)\b",
    re.IGNORECASE,
)
# "Girls made up 47 per cent of pupils, boys 52 per cent, and 1 per cent were not
# recorded": a last share with a clause of its own after the label-first ones.
_LAST_CLAUSE_JOIN = re.compile(r"\s{0,3},?\s{0,3}and\s{1,3}")
_SHARE_VERB = rf"{_SHARE_VERBS}(?:\s{{1,3}}(?:for|up))?"
_SHARE_VERB_ONLY = re.compile(_SHARE_VERB, re.IGNORECASE)
# How every match of _LEAD_LABEL ends. Searched for first: it opens on a blank, where
# _LEAD_LABEL is tried at every letter of the window before a figure (most have no verb).
_SHARE_VERB_AT_END = re.compile(rf"\s(?:{_SHARE_VERB})\s{{1,3}}$")
# The verb may be in the perfect: "West Africa has received 36 per cent, ...".
_LEAD_LABEL = re.compile(
    rf"(?P<label>[A-Za-z][\w'’-]{{0,30}}(?:\s{{1,3}}[\w'’-]{{1,30}}){{0,5}}?)"
    rf"(?:\s{{1,3}}(?:has|have|had))?\s{{1,3}}(?:{_SHARE_VERB})\s{{1,3}}$"
)
_NEXT_LABEL = re.compile(
    rf"""(?:\s{{1,3}}[a-z][\w'’-]{{0,30}}){{0,6}}?   # the rest of the whole ("earnings", "in
    # the regional training courses")
    (?:\s{{1,3}}in\s{{1,3}}(?:1[89]|20)\d\d)?         # its year ("in 2022")
    \s{{0,3}}(?:[,;]\s{{0,3}}(?:(?:and|while|whereas)\s{{1,3}})?|\s(?:and|while|whereas)\s{{1,3}})
    (?P<label>[A-Za-z][\w'’-]{{0,30}}(?:\s{{1,3}}[\w'’-]{{1,30}}){{0,5}}?)
    (?:\s{{1,3}}(?:{_SHARE_VERB}))?(?:\s{{1,3}}for)?\s{{1,3}}""",
    re.VERBOSE,
)
# A whole's noun that runs on to a name before the next label: "Türkiye hosted 3.2 million
# of the 6.4 million refugees from the Syrian Arab Republic, Lebanon 784,000".
_NAMED_RUN_ON = re.compile(
    r"^\s{1,3}(?:from|in|of|at|across|under)\s{1,3}(?:the\s{1,3})?[A-Z][\w'’-]*"
    r"(?:\s{1,3}(?:(?:of|and)\s{1,3}(?:the\s{1,3})?)?[A-Z][\w'’-]*){0,5}(?=\s{0,3}[,;])"
)
# An aside with no figure between a label-first item and the next: skipped ("accounted for
# 66 allegations -- two-thirds of the total -- while UNMISS accounted for 24").
_ASIDE_IN_GAP = re.compile(
    r"\s{1,3}(?:[–—]|--)\s[^–—\d()]{1,80}?\s(?:[–—]|--)(?=\s)|\s{0,3}\([^()\d]{1,80}\)"
)
# Words that cannot open or end the label of a share ("In 2010, ..." is cut before).
_NOT_LABEL_WORDS = frozenset(
    {"and", "or", "but", "while", "whereas", "of", "in", "for", "to", "the", "a", "an", "with"}
    | {"which", "that", "who", "whom", "whose", "it", "they", "this", "these", "those"}
    | {"we", "i", "you", "he", "she", "there", "us", "them"}
    # words that introduce parts of a whole named before ("300 complaints, including 20")
    | {"including", "comprising", "encompassing", "excluding", "among", "incl.", "namely"}
)


_POSSESSIVES = frozenset(("its", "their", "his", "her", "our", "my", "your"))


# After a share, its whole and the year it is of: "of UNICEF income in 2022".
# A year that dates a later share: the shares are then of different years, no whole.


# ", and" or ", as well as" between the clause of a part and the sibling of its whole.
_SIBLING_JOINT = re.compile(r"\s{0,3},\s{0,3}(?:and|as\s{1,3}well\s{1,3}as)\s{1,3}")


def _sibling_of_whole(
    text: str, current: list[Item], links: list[_Link], item: Item, following: Item | None
) -> bool:
    """Whether ``item`` is another object of the whole's verb, after its "of which" part.

    "The Unit received 410 requests, 160 of which concerned housing, and 90 questions": the
    part has a verb of its own, and the count after ", and" names its own noun and no verb
    and ends the sentence, so it is no part elided as "of which 60 were women and 30
    children" has it (a part with no verb but its auxiliary), and no part of the 410.
    """
    part = current[-1]
    if links[-1].kind != "of_which" or part.verb is None or part.counted is not None:
        return False
    if item.counted is None or item.verb or item.auxiliary or item.kind != "count":
        return False
    if following is not None and following.start < _sentence_end(text, item):
        return False
    joint = _SIBLING_JOINT.search(text, part.head_end, item.prefix_start)
    return joint is not None and joint.end() == item.prefix_start


def _sentence_end(text: str, item: Item) -> int:
    """Where the sentence of ``item`` ends (at most 300 characters on)."""
    stop = _SENTENCE_STOP.search(text, item.end, item.end + 300)
    return stop.start() if stop is not None else min(len(text), item.end + 300)


_YEAR_OF_WHOLE = re.compile(
    r"(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){0,4}\s{1,3}in\s{1,3}(?:1[89]|20)\d\d"
)


_THOSE_THEN = frozenset(("on", "with", "without", "in", "at", "from", "aged", "under", "over"))


def _lead_label(text: str, item: Item) -> str | None:
    """The words before "accounted for" / "made up" that name the first share."""
    reach = max(0, item.prefix_start - 80)
    window = text[reach : item.prefix_start]
    cut = max(window.rfind(mark) for mark in (",", ";", ":", ". ", "(", "\n"))
    that = window.rfind(" that ")
    if that > cut:  # "Ms. Rossi said that women held 94 posts": the reported clause's subject
        cut = that + len(" that") - 1
    if _SHARE_VERB_AT_END.search(window, cut + 1) is None:
        return None
    match = _LEAD_LABEL.search(window, cut + 1)
    if match is None:
        return None
    return _share_label(match["label"])


def _share_label(raw: str) -> str | None:
    words = raw.split()
    # A leading article goes before a common noun ("the elderly"), stays in a name ("the
    # Caribbean", as in every other label).
    while len(words) > 1 and words[0].lower() in ("the", "a", "an") and words[1][:1].islower():
        words = words[1:]
    name = len(words) > 1 and words[0].lower() == "the"  # "the Caribbean"
    # "those on fixed-term contracts": the elided noun, then what sets this part apart
    those = len(words) > 2 and words[0].lower() == "those" and words[1].lower() in _THOSE_THEN
    if not words or any(
        w.lower() in _NOT_LABEL_WORDS for w in (words[2 if those else 1 if name else 0], words[-1])
    ):
        return None
    if any(character.isdigit() for character in raw):
        return None
    if words[0].lower() in _POSSESSIVES or words[-1].lower() in AUXILIARIES:
        return None  # "while its share of income was 30 per cent": a clause, no label
    if _SHARE_VERB_ONLY.fullmatch(" ".join(words)):
        return None  # "who owned 95 per cent and constituted 70 per cent": a verb, no label
    if _CHANGE_LABEL.match(raw):
        return None  # "up from 70 per cent": the same whole at another time
    if _SPLIT_CUE.match(raw):
        return None  # "40 per cent ..., distributed into 28 per cent": a cue, no category
    return " ".join(words)


# "Of the 36 projects, Africa accounted for 15, ...": the whole right before a label-first
# count (only a comma between them).
_WHOLE_THEN_LABEL = re.compile(r"\s{0,3},\s{1,3}$")


def _count_whole(text: str, items: list[Item], index: int, lead: Item) -> Item | None:
    """The stated whole of label-first counts: "Of the 36 projects, Africa accounted for 15"."""
    if index < 2:
        return None
    whole = items[index - 2]
    label_start = text.rfind(",", whole.head_end, lead.prefix_start)
    if (
        whole.kind != "count"
        or not whole.total_before
        or whole.value is None
        or label_start < 0
        or _WHOLE_THEN_LABEL.match(text[whole.head_end : label_start + 2]) is None
    ):
        return None
    return whole


def _has_verb(label: str) -> bool:
    """Whether a label-first label holds a verb of its own ("Asia recorded")."""
    return any(
        word in VERBS or word in AUXILIARIES or (word.endswith("ed") and len(word) > 4)
        for word in label.lower().split()[1:]
    )


def _label_first(text: str, items: list[Item], used: set[int]) -> list[Tally]:
    """Shares or counts whose labels stand before their figures (see :data:`_LEAD_LABEL`).

    Counts ("Africa accounted for 15 of the projects, Asia for 12 and Latin America for
    9") need to say what they count: an "of" phrase or noun after the first count, or a
    whole stated right before ("Of the 36 projects, Africa accounted for 15, ..."). An
    aside with no figure between two items is skipped ("UNMISS accounted for 48
    allegations -- nearly half of the total -- while MINUSCA accounted for 31").
    """
    tallies: list[Tally] = []
    index = 0
    while index < len(items):
        lead = items[index]
        index += 1
        if lead.kind not in ("percent", "count") or id(lead) in used:
            continue
        whole = None
        if lead.kind == "count":
            whole = _count_whole(text, items, index, lead)
            # "Asia hosted 12 million of them, Africa 7 million": a whole named before
            of_them = lead.of_noun and OF_THEM_THEN_PLACE.match(text, lead.end) is not None
            if lead.value is None or (whole is None and not lead.counted and not of_them):
                continue
            if whole is not None and id(whole) in used:
                continue
        label = _lead_label(text, lead)
        if label is None:
            continue
        chain, labels, ends = [lead], [label], []
        while index < len(items) and len(chain) < _MAX_PARTS:
            following = items[index]
            previous = chain[-1]
            if (
                following.kind == "other"
                and _YEAR_OF_WHOLE.fullmatch(text, previous.head_end, following.end)
                and not YEAR_IN_TEXT.search(text, following.end, _sentence_end(text, following))
            ):
                index += 1  # "74 per cent of income in 2022 and ...": the whole's year
                continue
            if (
                following.kind != lead.kind
                or id(following) in used
                or (lead.kind == "count" and following.value is None)
            ):
                break
            gap = text[previous.head_end : following.prefix_start]
            if "–" in gap or "—" in gap or "--" in gap or "(" in gap:
                gap = _ASIDE_IN_GAP.sub("", gap)  # "66 allegations – two-thirds of them – while"
            if previous is lead and lead.of_total is not None:
                # "hosted 3.2 million of the 6.4 million refugees from the Syrian Arab
                # Republic, Lebanon 784,000": the whole's noun runs on to a name
                gap = _NAMED_RUN_ON.sub("", gap, count=1)
            match = _NEXT_LABEL.fullmatch(gap)
            if match is None or _sentence_end_in(text, previous.head_end, following.start):
                break
            next_label = _share_label(match["label"])
            if next_label is None or (following.counted and following.counted != lead.counted):
                break
            if lead.kind == "count" and _has_verb(next_label):
                break  # "Africa accounted for 15 of the cases, while Asia recorded 12"
            ends.append(previous.head_end)
            chain.append(following)
            labels.append(next_label)
            index += 1
        ends.append(chain[-1].head_end)
        if lead.kind == "percent" and index < len(items):
            closing = _last_clause_share if len(chain) > 1 else _clause_share
            index = closing(text, items, index, chain, labels, ends, used)
        if len(chain) < 2:
            continue
        percent = lead.kind == "percent"
        counted = lead.counted if lead.counted or whole is None else whole.counted
        parts = [
            Part(
                category,
                None if percent else item.value,
                item.prefix_start,
                end,
                percent=float(item.percent) if percent else None,
                decimals=item.decimals if percent else None,
                counted=counted,
                counted_inherited=item is not lead and counted is not None,
                base=lead.counted if percent else None,
                qualifier=item.qualifier,
                remaining=item.remaining,
            )
            for item, category, end in zip(chain, labels, ends, strict=True)
        ]
        start = text.rfind(label, max(0, lead.prefix_start - 80), lead.prefix_start)
        parts[0].start = start if start >= 0 else lead.prefix_start
        tally = Tally(
            "breakdown",
            parts[0].start if whole is None else whole.prefix_start,
            parts[-1].end,
            parts,
            unit="percent" if percent else "count",
        )
        tally.subject = counted
        if whole is not None:
            tally.total, tally.total_qualifier = whole.value, whole.qualifier
            used.add(id(whole))
        elif lead.of_total is not None and not (percent and _money_or_measure(lead.counted)):
            # "Asia accounted for 48 of the 120 cases, ...", "Children accounted for 40 per
            # cent of the 2.1 million refugees, women for 35 per cent"
            tally.total = lead.of_total
        tallies.append(tally)
        used.update(id(item) for item in chain)
    return tallies


def _money_or_measure(counted: str | None) -> bool:
    """Whether a share's whole is money or a measure ("of the 3,100 dollars"), no count."""
    return counted is None or NOT_COUNT_AFTER.match(counted) is not None


def _add_clause_share(
    text: str, share: Item, index: int, chain: list[Item], labels: list[str], ends: list[int]
) -> int:
    """Add ``share``, told as a clause, with the words after it as its label; the next index.

    A label that is empty or states a change ("rose to") adds nothing: ``index`` again.
    """
    end = _last_label_end(text, share, len(text))
    label = _normalise(_label(text, share, end))
    if not label or _CHANGE_LABEL.match(label):
        return index
    chain.append(share)
    labels.append(label)
    ends.append(end)
    return index + 1


def _last_clause_share(
    text: str,
    items: list[Item],
    index: int,
    chain: list[Item],
    labels: list[str],
    ends: list[int],
    used: set[int],
) -> int:
    """Add a last share written as a clause after label-first shares; the next index.

    "Girls made up 47 per cent of pupils, boys 52 per cent, and 1 per cent were not
    recorded": only after "and", with a verb of its own, and when the shares then add up
    to 100 within rounding (so it is the rest of the same whole).
    """
    following = items[index]
    if (
        following.kind != "percent"
        or id(following) in used
        or following.counted
        or not (following.verb or following.auxiliary)
        or _LAST_CLAUSE_JOIN.fullmatch(text, chain[-1].head_end, following.prefix_start) is None
        or abs(sum(float(item.percent or 0) for item in (*chain, following)) - 100) > 1
    ):
        return index
    return _add_clause_share(text, following, index, chain, labels, ends)


# Between a label-first share and a share told as a clause of its own: the rest of the
# first share's whole ("of the people affected"), then "while", "whereas" or "and".
_CLAUSE_SHARE_JOIN = re.compile(
    r"(?:\s{1,3}[a-z][\w'’-]{0,30}){0,4}?\s{0,3},?\s{0,3}(?:and|while|whereas)\s{1,3}"
)
# Or ", with" before a second share that has no verb but a phrase of its own and makes
# 100 with the first: "Staff in the field make up 58 per cent of the workforce, with 42
# per cent at headquarters".
_WITH_SHARE_JOIN = re.compile(r"(?:\s{1,3}[a-z][\w'’-]{0,30}){0,4}?\s{0,3},\s{1,3}with\s{1,3}")


def _clause_share(
    text: str,
    items: list[Item],
    index: int,
    chain: list[Item],
    labels: list[str],
    ends: list[int],
    used: set[int],
) -> int:
    """Add a second share told as a clause after one label-first share; the next index.

    "Oceania was home to 61 per cent of displaced people, while 27 per cent lived in
    Europe": the second share has a verb of its own and no whole of its own (so it is of
    the first one's whole, named with "of"), and the two add up to at most 100. With no
    verb, after ", with" ("..., with 38 per cent in towns"), the two must make 100.
    """
    lead, following = chain[0], items[index]
    if (
        not lead.counted
        or following.kind != "percent"
        or id(following) in used
        or following.counted
        or following.of_noun  # "while 80 per cent of them lived ...": a share of a share
    ):
        return index
    both = float(lead.percent or 0) + float(following.percent or 0)
    if following.verb or following.auxiliary:
        joined = _CLAUSE_SHARE_JOIN.fullmatch(text, lead.head_end, following.prefix_start)
        if joined is None or both > _SUMS_TO_100[1]:
            return index
    elif (
        _WITH_SHARE_JOIN.fullmatch(text, lead.head_end, following.prefix_start) is None
        or not _SUMS_TO_100[0] <= both <= _SUMS_TO_100[1]
    ):
        return index
    return _add_clause_share(text, following, index, chain, labels, ends)


# "Asia (12), Africa (10) and Europe (3)", "Africa (60 per cent), Asia (25 per cent) and
# other regions (15 per cent)": labels written before their figures in parentheses.
_OPEN_BEFORE = re.compile(r"\(\s{0,2}$")
# The parenthesis that opens a part's figure, a qualifier of the figure maybe between:
# "Iran (over 773,000) and Pakistan (over 32,000)", "Chad (some 1,200)".
_QUALIFIED_OPEN_BEFORE = re.compile(
    r"\(\s{0,2}(?:(?:over|some|about|around|nearly|almost|approximately|roughly|just"
    r"|(?:more|less|fewer)\s{1,3}than|at\s{1,3}least|up\s{1,3}to|close\s{1,3}to"
    r"|an\s{1,3}estimated)\s{1,3})?$",
    re.IGNORECASE,
)
_QUALIFIED_OPEN_REACH = 20


def _paren_open(text: str, item: Item) -> int | None:
    """Where the parenthesis that holds ``item``'s figure opens, or ``None``.

    >>> text = "from Iran (over 773,000) and Pakistan (32,000)"
    >>> item = Item("count", 16, 23)
    >>> _paren_open(text, item), _paren_open(text, Item("count", 39, 45))
    (10, 38)
    """
    if text.startswith("(", item.start - 1):
        return item.start - 1  # most parts: the figure right after its parenthesis
    opened = _QUALIFIED_OPEN_BEFORE.search(
        text, max(0, item.start - _QUALIFIED_OPEN_REACH), item.start
    )
    return opened.start() if opened is not None else None


_CLOSE_AFTER = re.compile(r"\s{0,2}\)")
# An abbreviation in parentheses after a name, before its figure's own parentheses:
# "the Internal Security Forces (ISF) (22)", "YPG/YPJ"; two capitals open it.
_ABBREVIATION = r"\([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z/&.-]{0,14}\)"
_ABBREVIATION_BEFORE = re.compile(rf"\s{{0,3}}{_ABBREVIATION}\s{{0,3}}$")
# The qualifier of a State's name as the United Nations writes it, part of the name:
# "Iran (Islamic Republic of) (5)", "Venezuela (Bolivarian Republic of) (1)", "Micronesia
# (Federated States of)", "Falkland Islands (Malvinas)". Capitalised words, the last "of".
_NAME_QUALIFIER = r"\((?:[A-Z][a-z]{1,15}\s){1,3}of\)|\(Malvinas\)"
_NAME_QUALIFIER_BEFORE = re.compile(rf"\s{{1,3}}(?:{_NAME_QUALIFIER})\s{{0,3}}$")
# A short place or affiliation phrase after a part's figure, before the comma that ends
# the part: "(140) in the northern districts, ", "(283) under the command of the SDF, ".
_PART_PHRASE = (
    rf"(?:\s{{1,3}}(?:in|under|of|on|at|within|near|along)\s"
    rf"(?:[^()\d,;:.!?]|{_ABBREVIATION}){{1,60}}?)?"
)
# Between one closing parenthesis and the next label's opening one: a joiner and the label
# (a place phrase after the figure, an abbreviation after the label may stand there).
# "or" before the last label: the answers offered, in shares of those who answered
# ("rated it as excellent (41 per cent), good (47 per cent), fair (9 per cent) or poor (3
# per cent)"), only where the shares add up to 100. "followed by" ranks the next label, with
# or without a comma before it ("Pakistan (13,584) followed by Iran (1,964)").
_NEXT_PAREN_LABEL = re.compile(
    rf"\){_PART_PHRASE}\s{{0,3}}"
    r"(?:[,;]?\s{1,3}(?P<followed>(?:closely\s{1,3})?followed\s{1,3}(?:closely\s{1,3})?by\s{1,3})"
    r"|[,;]\s{1,3}(?:and\s{1,3}|(?P<or>or)\s{1,3}|with\s{1,3})?"
    r"|\s{1,3}(?:and|(?P<bare_or>or))\s{1,3})"
    rf"(?P<label>[A-Za-z][^()\d,;:.!?]{{0,90}}?(?:\s{{1,3}}(?:{_NAME_QUALIFIER}))?)"
    rf"\s{{0,3}}(?:{_ABBREVIATION}\s{{0,3}})?\(\s{{0,2}}"
)
_LABEL_WORD = re.compile(r"[A-Za-z][\w'’.-]{0,30}")
# Words inside a label-first name: "Latin America and the Caribbean", "Bosnia and Herzegovina".
_INSIDE_NAME = frozenset(("and", "of", "the"))
# Words that link the capitalised words of one long name: "Islamic State in Iraq and the
# Levant", "United Nations Mission for the Referendum in Western Sahara".
_NAME_LINKS = _INSIDE_NAME | frozenset(("in", "for", "on"))
_MAX_PAREN_LABEL_WORDS = 6
_MAX_NAME_WORDS = 9  # "Europe and the Commonwealth of Independent States (1,224)"
# A later label of a list in parentheses is held between a joiner and its parenthesis, so
# it may be a long noun phrase ("..., shelling and air strikes by the armed forces (50)")
# where it holds no word that opens or carries a clause of its own.
_MAX_LATER_LABEL_WORDS = 12
_LONG_LABEL_BREAKS = AUXILIARIES | frozenset(
    """
    which who whom whose that while whereas although though because since when where if
    but or nor so than
    """.split()  # noqa: SIM905
)


def _is_name(words: list[str]) -> bool:
    """Whether words are one proper name: capitalised words and "and", "of", "the" inside.

    >>> _is_name("Europe and the Commonwealth of Independent States".split())
    True
    >>> _is_name("Islamic State in Iraq and the Levant".split())
    True
    >>> _is_name("cases were closed by the Office".split())
    False
    """
    if len(words) > 1 and words[0] == "the":
        words = words[1:]  # "the Islamic State in Iraq and the Levant"
    return (
        words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(word[:1].isupper() or word in _NAME_LINKS for word in words)
    )


_SUMS_TO_100 = (99, 101)  # percentages that split one whole, within rounding


# The last part of a list in parentheses, its figure after a verb of make-up: "...,
# with all other regions together accounting for 26 per cent" (from the ")" before it).
_WITH_THE_REST = re.compile(
    r"\)\s{0,3},?\s{1,3}(?:and\s{1,3})?with\s{1,3}(?:all\s{1,3})?"
    r"(?P<label>[A-Za-z][^()\d,;:.!?]{0,60}?)"
    r"(?:\s{1,3}(?:together|combined|jointly))?\s{1,3}"
    r"(?:accounting\s{1,3}for|making\s{1,3}up|representing|comprising)"
    r"(?:\s{1,3}(?:the\s{1,3})?(?:remaining|other|rest\s{1,3}of|balance\s{1,3}of))?\s{1,3}"
)


def _first_paren_label(text: str, item: Item) -> tuple[str, int] | None:
    """The label before "(12)" of the first part and where it starts, or ``None``.

    Its words are taken back to a verb, preposition or punctuation ("were located in
    Asia (12)" -> "Asia"); "and", "of" and "the" may stand inside a name ("Latin America
    and the Caribbean"), and "the" opens one ("the Arab States").
    """
    open_at = _paren_open(text, item)
    if open_at is None:
        return None
    abbreviation = _ABBREVIATION_BEFORE.search(text, max(0, open_at - 24), open_at)
    if abbreviation is not None:
        open_at = abbreviation.start()  # "the Internal Security Forces (ISF) (22)"
    label_end = open_at
    qualifier = _NAME_QUALIFIER_BEFORE.search(text, max(0, open_at - 60), open_at)
    if qualifier is not None:
        open_at = qualifier.start()  # "Iran (Islamic Republic of) (5)": the name's own
    reach = max(0, open_at - 80)
    window = text[reach:open_at]
    cut = max(window.rfind(mark) for mark in (",", ";", ":", "(", ")", ". ", "\n\n"))
    words = [word.group() for word in _LABEL_WORD.finditer(window, cut + 1)]
    starts = [word.start() for word in _LABEL_WORD.finditer(window, cut + 1)]
    if not words or window[starts[-1] + len(words[-1]) :].strip():
        return None  # digits or marks right before the parenthesis: no label
    first = len(words)  # index of the label's first word
    if len(words) > 1 and vote_category(f"{words[-2]} {words[-1]}".lower()):
        first = len(words) - 2  # "in favour (104)"
    else:
        named = False  # a link inside a name was passed: the name's length limits it
        while first > 0 and len(words) - first < (
            _MAX_NAME_WORDS if named else _MAX_PAREN_LABEL_WORDS
        ):
            lower = words[first - 1].lower()
            opening = first == len(words)
            if lower == "of" and first > 1 and words[first - 2].lower() in PRESENT_VERBS:
                first -= 2  # "named lack of funding (44 per cent)": a verb's bare form, a noun
                break
            if _links_name(words, first - 1):
                named = True  # "Islamic State in Iraq and the Levant (9)"
            elif lower in _NP_STOP_WORDS and not (opening and vote_category(lower)):
                break
            first -= 1
        while first < len(words) and words[first].lower() in _INSIDE_NAME:
            first += 1  # "and the" cannot open a label
        if 0 < first < len(words) and words[first - 1] == "the" and words[first][:1].isupper():
            first -= 1  # "the Arab States"
    if first == len(words):
        return None
    start = reach + starts[first]
    return _clean(text[start:label_end]), start


def _links_name(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` links two capitalised words of one name ("State in Iraq").

    The word before it must not open the text read: a capital there may open a sentence
    ("Refugees in Africa (12)").

    >>> _links_name("attributed to Islamic State in Iraq".split(), 4)
    True
    >>> _links_name("Refugees in Africa".split(), 1)
    False
    """
    return (
        words[at] in _NAME_LINKS
        and at > 1
        and words[at - 1][:1].isupper()
        and at + 1 < len(words)
        and words[at + 1][:1].isupper()
    )


# Words that end a parenthesised label when read backwards from its figure.
_NP_STOP_WORDS = (
    AUXILIARIES
    | VERBS
    | PREPOSITIONS
    | frozenset(
        """
        including except located found based spread divided distributed allocated split
        shared broken while whereas but or nor so that which who whom whose where when
        this these those its their his her our my your such no any every each both all
        some there here comprising comprised mainly mostly chiefly principally primarily
        predominantly notably namely
        """.split()  # noqa: SIM905
    )
)


# Before a ranking of shares: what is ranked is a share of one whole ("the largest share
# was in", "most refugees came from"); "growth was strongest in" ranks rates.
_SHARE_WORDS = re.compile(
    r"\b(?:shares?|proportion|portion|majority|most|largest\s{1,3}(?:number|group|part|"
    r"contributors?|donors?|recipients?|source)|accounted|came\s{1,3}from|originated)\b",
    re.IGNORECASE,
)


# The first label of a ranking that names the rank, not the ranked: "Africa accounted
# for the largest share of projects (45 per cent), followed by ..." ranks Africa.
# An ordinal may grade the rank ("hosted the third largest number of migrants (58
# million), followed by ..."), and a label cut at its length may leave the rank before it
# ("India was the largest country of origin of migrants (17 million), followed by ...").
_RANK_WORDS = r"(?:largest|highest|greatest|biggest|main|top)"
_RANK_ORDINAL = r"(?:next|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[\s-]{1,3}"
_RANK_LABEL = re.compile(rf"^(?:the\s)?(?:{_RANK_ORDINAL})?{_RANK_WORDS}\b")
_RANK_BEFORE_LABEL = re.compile(
    rf"\bthe\s{{1,3}}(?:{_RANK_ORDINAL})?{_RANK_WORDS}(?P<after>(?:\s{{1,3}}[a-z]+){{0,3}})"
    r"\s{1,3}$"
)
# The name that opens the clause of a rank label, then its verb and preposition.
_RANKED_SUBJECT = re.compile(
    r"(?:^|[.;:]\s{1,3}|,\s{1,3})(?P<name>[A-Z][\w'’-]*(?:\s(?:and|of|the|[A-Z][\w'’-]*)){0,6}?)"
    r"\s(?:[a-z]+\s){1,3}$"
)
_RANKED_SUBJECT_REACH = 80


def _ranked_subject(text: str, label_start: int) -> str | None:
    """The name ranked by a rank label that starts at ``label_start``, if one opens its clause."""
    window_start = max(0, label_start - _RANKED_SUBJECT_REACH)
    subject = _RANKED_SUBJECT.search(text, window_start, label_start)
    if subject is None or subject["name"] in ("The", "This", "These", "It", "In", "Of"):
        return None
    return subject["name"]


def _rank_start(text: str, label: str, label_start: int) -> int | None:
    """Where the rank named by a ranking's first label starts, or ``None`` if it names none.

    A rank that is the subject of its own verb names no label: in "the largest group came
    from Kenya (350), followed by ..." Kenya is ranked first, and so is it in "the highest
    number were nationals of Chile (41), ..." (:func:`_ranks_subject`).
    """
    if _RANK_LABEL.match(label):
        return label_start
    rank = _RANK_BEFORE_LABEL.search(text, max(0, label_start - 60), label_start)
    if rank is None or _ranks_subject(rank["after"].split()):
        return None
    return rank.start()


def _after_ranked_verb(label: str) -> str | None:
    """What a first label holds after a rank that is its verb's subject, or ``None``.

    >>> _after_ranked_verb("the greatest number concerned the Sudan")
    'the Sudan'
    >>> _after_ranked_verb("the largest share of projects")
    """
    rank = _RANK_LABEL.match(label)
    if rank is None:
        return None
    after = label[rank.end() :].split()
    if not _ranks_subject(after):
        return None
    verbs = VERBS | AUXILIARIES
    at = 0 if after[0] in verbs else 1
    rest = after[at + 1 :]
    while rest and rest[0] in PREPOSITIONS:
        del rest[0]  # "came from"
    return " ".join(rest) or None


def _ranks_subject(after: list[str]) -> bool:
    """Whether the words after a rank word ("largest") make the rank a verb's subject.

    The verb is the rank's first word ("the largest came from") or the word after its noun
    ("the largest group originated in", "the highest number were from"); in "the largest
    number of reported cases (40)" the rank's noun is followed by "of": no verb.

    >>> _ranks_subject(["group", "came", "from"]), _ranks_subject(["number", "concerned"])
    (True, True)
    >>> _ranks_subject(["number", "of", "reported"])
    False
    """
    verbs = VERBS | AUXILIARIES
    return bool(after) and (
        after[0] in verbs or (len(after) > 1 and (after[1] in verbs or after[1].endswith("ed")))
    )


def _descending(chain: list[Item]) -> bool:
    """Whether the percentages of a chain never rise (a ranking, largest first)."""
    return all(a.percent >= b.percent for a, b in itertools.pairwise(chain))


# Prepositions that may open every label of a list in parentheses, each part a place or a
# channel: "originated in the Secretariat (1,346), in the funds (689) and in ...",
# "received through the portal (1,312), by e-mail (204) and by post (58)".
_LABEL_PREPOSITIONS = frozenset("in at on by through from via under within into".split())  # noqa: SIM905
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s{1,3}(?:the\s{1,3})?$")


def _opens_after_preposition(text: str, label_start: int) -> bool:
    """Whether the first label of a list in parentheses follows a preposition ("in the ...")."""
    before = _WORD_BEFORE.search(text, max(0, label_start - 20), label_start)
    return before is not None and before[1].lower() in _LABEL_PREPOSITIONS


# A later label of verbs that repeats the auxiliary of its passive: "were transferred",
# "had been redeployed" (what the count did is the verb alone).
_PASSIVE_LABEL = re.compile(r"(?:were|was|had\s{1,3}been|have\s{1,3}been)\s{1,3}[a-z]{3,}ed$")


def _paren_label(
    label: str, *, after_preposition: bool = False, answer: bool = False, later: bool = False
) -> str | None:
    """A label of a parenthesised part, or ``None`` when it cannot be one.

    Where the first label follows a preposition (``after_preposition``), a later label may
    repeat one before its words, which it then leaves out ("by e-mail" -> "e-mail"). An
    ``answer`` to a question of judging ("rated it as ...") may open on a word of degree
    or negation ("not useful", "too long", "about right") or an article ("an
    improvement" -> "improvement"). A ``later`` label, held between the list's joiner and
    its own parenthesis, may be a long noun phrase ("rocket fire and air strikes by the
    armed forces of the State (50)") where none of its words is a verb's auxiliary, a
    relative or a conjunction of clauses (:data:`_LONG_LABEL_BREAKS`).
    """
    words = label.split()
    if answer and len(words) > 1 and words[0].lower() in _ANSWER_OPENERS:
        if words[0].lower() in ("a", "an"):
            words = words[1:]
        if len(words) <= _MAX_PAREN_LABEL_WORDS and words[-1].lower() not in _INSIDE_NAME:
            return " ".join(words)
    if after_preposition and len(words) > 1 and words[0] in _LABEL_PREPOSITIONS:
        words = words[1:]
    if _PASSIVE_LABEL.match(label):
        words = words[-1:]  # "retired (4), resigned (5) or were transferred (2)"
    longest = _MAX_NAME_WORDS if _is_name(words) else _MAX_PAREN_LABEL_WORDS
    if later and not any(word.lower() in _LONG_LABEL_BREAKS for word in words):
        longest = _MAX_LATER_LABEL_WORDS
    if not words or len(words) > longest:
        return None
    if vote_category(" ".join(words).lower()) is not None:
        return " ".join(words)  # "in favour (104), against (8)"
    # a verb's bare form before "of" is a noun: "lack of funds (38 per cent)"
    noun_of = len(words) > 2 and words[1] == "of" and words[0].lower() in PRESENT_VERBS
    if (words[0].lower() in _NP_STOP_WORDS and not noun_of) or words[-1].lower() in _INSIDE_NAME:
        return None
    if words[0] == "the" and len(words) > 1 and words[1][:1].islower():
        words = words[1:]  # "the elderly" -> "elderly"; "the Caribbean" keeps it
    return " ".join(words)


_ASKED_REACH = 200


def _asked_before(text: str, pos: int) -> bool:
    """Whether the sentence before ``pos`` speaks of asking or answering ("respondents")."""
    begin = max(0, pos - _ASKED_REACH)
    begin += sentence_starts(text[begin:pos])[-1] if begin < pos else 0
    return ASKED_WORDS.search(text, begin, pos) is not None


# The first words of an answer to a question of judging that open no label elsewhere.
_ANSWER_OPENERS = frozenset(("not", "too", "about", "no", "very", "a", "an", "somewhat"))
# A verb of judging before the answers offered, in the same clause, then "as": "rated the
# workshop as", "described the service as", "assessed their training as".
_RATED = re.compile(
    r"\b(?:rated|graded|scored|described|judged|assessed|evaluated|considered|regarded)"
    r"\b[^.;:()\d]{0,80}?\bas\s{1,3}$"
)


def _rated_before(text: str, pos: int) -> bool:
    """Whether a verb of judging opens the clause of the first label at ``pos``.

    >>> _rated_before("Participants rated the workshop as excellent", 35)
    True
    >>> _rated_before("Users found the portal easy", 23)
    False
    """
    return _RATED.search(text, max(0, pos - _ASKED_REACH // 2), pos) is not None


def _parenthesised(text: str, items: list[Item], used: set[int]) -> list[Tally]:
    """Parts whose labels stand before their figures in parentheses.

    "The projects were located in Asia (12), Africa (10) and Europe (3)": two or more
    labels, each followed by a count (or each by a percentage) in parentheses, joined by
    commas, semicolons or "and". Percentages must split one whole: they sum to 100
    within rounding, or a word before the first label says so ("divided between",
    "distributed among"); "growth in China (8 per cent) and India (6 per cent)" compares
    rates and is none. Labels that are all vote categories make a vote.
    """
    tallies: list[Tally] = []
    index = 0
    while index < len(items):
        lead_at, lead = index, items[index]
        index += 1
        if (
            lead.kind not in ("count", "percent")
            or id(lead) in used
            or (lead.kind == "count" and lead.value is None)
            or _paren_open(text, lead) is None
            or _CLOSE_AFTER.match(text, lead.end) is None
        ):
            continue
        first = _first_paren_label(text, lead)
        # what those asked answered, or the answers of a question of judging ("rated it as")
        answers = first is not None and (
            _rated_before(text, first[1]) or _asked_before(text, first[1])
        )
        label = _paren_label(first[0], answer=answers) if first is not None else None
        if first is None or label is None:
            continue
        chain, labels = [lead], [label]
        ranked = offered = False
        after_preposition = _opens_after_preposition(text, first[1])
        prepositional = unread = False  # a later label opened on its preposition; one unread
        close = _CLOSE_AFTER.match(text, lead.end).end() - 1
        while index < len(items) and len(chain) < _MAX_PARTS:
            following = items[index]
            if (
                following.kind != lead.kind
                or id(following) in used
                or (lead.kind == "count" and following.value is None)
            ):
                break
            following_open = _paren_open(text, following)
            gap = (
                _NEXT_PAREN_LABEL.fullmatch(text, close, following_open + 1)
                if following_open is not None
                else None
            )
            after = _CLOSE_AFTER.match(text, following.end)
            next_label = (
                _paren_label(
                    gap["label"],
                    after_preposition=after_preposition,
                    answer=answers,
                    # an item of the list, not a phrase "with" or "followed by" adds
                    later=gap["followed"] is None
                    and "with" not in text[close : gap.start("label")].split(),
                )
                if gap is not None
                else None
            )
            if next_label is None or after is None:
                # a list of places after a preposition that goes on past a label it cannot
                # read ("by staff (40), by managers (30) or by outside parties (25)") is
                # not all read: none of it
                unread = gap is not None and after is not None and prepositional
                break
            chain.append(following)
            labels.append(next_label)
            prepositional = prepositional or gap["label"].split()[0] in _LABEL_PREPOSITIONS
            ranked = ranked or gap["followed"] is not None
            close = after.end() - 1
            index += 1
            if gap["or"] or gap["bare_or"]:
                offered = True
                break  # the last of the answers offered
        closing = None  # "..., with all other regions accounting for 26 per cent"
        if not offered and 2 <= len(chain) < _MAX_PARTS and index < len(items):
            following = items[index]
            closing = _WITH_THE_REST.fullmatch(text, close, following.prefix_start)
            rest = _paren_label(closing["label"]) if closing is not None else None
            if (
                rest is None
                or following.kind != lead.kind
                or id(following) in used
                or (lead.kind == "count" and following.value is None)
            ):
                closing = None
            else:
                chain.append(following)
                labels.append(rest)
                index += 1
        if len(chain) < 2 or unread:
            continue
        if ranked and (rest := _after_ranked_verb(labels[0])) is not None:
            first = (rest, text.find(rest, first[1]))  # "the greatest number concerned Chad"
            labels[0] = rest
        rank_at = _rank_start(text, labels[0], first[1]) if ranked else None
        if rank_at is not None:
            subject = _ranked_subject(text, rank_at)
            if subject is None:
                continue
            labels[0] = subject
        percent = lead.kind == "percent"
        if percent:
            total_share = sum(float(item.percent) for item in chain)
            # "the largest share was in West Africa (38 per cent), followed by East Africa
            # (21 per cent) and ...": the largest shares of one whole, ranked, no more than
            # all of it
            ranked = (
                ranked
                and total_share <= _SUMS_TO_100[1]
                and _descending(chain)
                and _SHARE_WORDS.search(text, max(0, first[1] - 80), first[1]) is not None
            )
            cue = _SPLIT_CUE.search(
                text[max(0, first[1] - 60) : first[1]].rstrip() + " "
            ) or re.search(
                r"\b(?:divided|distributed|split|shared|allocated|broken\s{1,3}down)"
                r"(?:\s{1,3}\w+){0,3}?\s{1,3}(?:between|among|across|by)\s{0,3}$",
                text[max(0, first[1] - 60) : first[1]],
            )
            adds_up = _SUMS_TO_100[0] <= total_share <= _SUMS_TO_100[1]
            if not (adds_up or cue or ranked) or (offered and not adds_up):
                continue
        opening = text.rfind("(", first[1], lead.start)
        if percent and (subject := subject_naming_question(text, max(0, first[1] - 150), opening)):
            # "Lack of water was seen as the main problem (47%)": the answer is the subject
            first = (text[subject[0] : subject[1]], subject[0])
            labels[0] = first[0]
        categories = [vote_category(label.lower()) for label in labels]
        vote = all(categories) and not percent
        paren_chain = chain[:-1] if closing is not None else chain
        ends = [_CLOSE_AFTER.match(text, item.end).end() for item in paren_chain]
        opens = [_paren_open(text, item) or 0 for item in paren_chain]  # each one read above
        starts = [first[1]] + [
            _NEXT_PAREN_LABEL.fullmatch(text, end - 1, opened + 1).start("label")
            for end, opened in zip(ends[:-1], opens[1:], strict=True)
        ]
        if closing is not None:
            starts.append(closing.start("label"))
            ends.append(chain[-1].head_end)
        parts = [
            Part(
                category if vote else label,
                None if percent else item.value,
                start,
                end,
                percent=float(item.percent) if percent else None,
                decimals=item.decimals if percent else None,
                qualifier=item.qualifier,
            )
            for item, label, category, start, end in zip(
                chain, labels, categories, starts, ends, strict=True
            )
        ]
        whole = (
            None if vote or percent else _paren_whole(text, items, lead_at, chain, used, first[1])
        )
        # "The responses came from Governments (88), ...": what those asked answered;
        # "Participants rated it as good (67), fair (12) or poor (3)": the answers they chose
        asked = answers and (offered or _asked_before(text, first[1]))
        if offered and [item.value for item in chain] == list(range(1, len(chain) + 1)):
            continue  # "rated as outstanding (1), successful (2) or poor (3)": options numbered
        if (
            offered
            and not percent
            and not asked
            and (whole is None or whole[0] != sum(i.value for i in chain))
            and not (whole is not None and _classified_whole(text, items[lead_at - 1], first[1]))
            and not _places_with_counts(text, first[1], labels)
        ):
            continue  # "A (12) or B (5)": alternatives, unless they make up the stated whole
        if rank_at is not None and whole is None and not vote:
            # "... served in Africa (4,100). Asia had the next-largest contingent (2,500), ..."
            top = _top_ranked_before(text, items, lead_at, used, rank_at)
            if top is not None:
                parts.insert(0, top[1])
                used.add(id(top[0]))
        tally = Tally(
            "vote" if vote else ("survey" if asked else "breakdown"),
            parts[0].start if whole is None else whole[1],
            parts[-1].end,
            parts,
            unit="percent" if percent else "count",
        )
        if whole is not None:
            tally.total, tally.subject = whole[0], whole[2]
            used.add(id(items[lead_at - 1]))
        tallies.append(tally)
        used.update(id(item) for item in chain)
    return tallies


# A rank that says the part ranked first came before: "the next-largest", "the second
# highest".
_NEXT_RANK = re.compile(rf"(?:the\s{{1,3}})?(?:next|second)[\s-]{{1,3}}{_RANK_WORDS}\b")
# The clause that ranks a part first, up to its label: "The largest number of volunteers
# served in ".
_TOP_RANK_BEFORE = re.compile(rf"\b[Tt]he\s{{1,3}}{_RANK_WORDS}\b[^.;:()\d]{{0,120}}$")
# From the first part's parenthesis to the sentence of the ranking: ". " alone.
_SENTENCE_GAP = re.compile(r"\s{0,2}\)\s{0,3}\.\s{1,3}")
_TOP_RANK_REACH = 160


def _top_ranked_before(
    text: str, items: list[Item], lead_at: int, used: set[int], rank_at: int
) -> tuple[Item, Part] | None:
    """The part ranked first in the sentence before a ranking that opens "next-largest".

    "The largest number of volunteers served in Africa (4,100). Asia had the next-largest
    contingent (2,500), followed by ...": the ranking goes on from the sentence before,
    whose figure in parentheses ends it, after a label that "the largest" ranks. Returns
    that figure's item and part, or ``None``.
    """
    if lead_at == 0 or _NEXT_RANK.match(text, rank_at) is None:
        return None
    lead, top = items[lead_at], items[lead_at - 1]
    if top.kind != lead.kind or id(top) in used or (top.kind == "count" and top.value is None):
        return None
    gap = _SENTENCE_GAP.match(text, top.end)
    if (
        gap is None
        or _OPEN_BEFORE.search(text, max(0, top.start - 3), top.start) is None
        or _sentence_end_in(text, gap.end(), lead.start)
    ):
        return None
    first = _first_paren_label(text, top)
    label = _paren_label(first[0]) if first is not None else None
    if first is None or label is None:
        return None
    if _TOP_RANK_BEFORE.search(text, max(0, first[1] - _TOP_RANK_REACH), first[1]) is None:
        return None
    percent = top.kind == "percent"
    part = Part(
        label,
        None if percent else top.value,
        first[1],
        _CLOSE_AFTER.match(text, top.end).end(),
        percent=float(top.percent) if percent else None,
        decimals=top.decimals if percent else None,
        qualifier=top.qualifier,
    )
    return top, part


# Between a whole and the first label of its parts: its noun at most, then a colon.
_COLON_THEN_LABEL = re.compile(
    r"(?:\s{1,3}[\w'’-]{1,30}){0,4}\s{0,3}(?:,\s{1,3}as\s{1,3}follows\s{0,3})?:\s{1,3}"
)


# A whole made definite by its owner's name: "The Organization's 35,780 staff".
_POSSESSIVE_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he\s{1,3})?[A-Z][\w-]{1,30}['’]s\s{1,3}$")


def _paren_whole(
    text: str, items: list[Item], lead_at: int, chain: list[Item], used: set[int], first_at: int
) -> tuple[int, int, str | None] | None:
    """The stated whole of counts in parentheses: (its count, its start, its noun), or None.

    The count right before the first label, in the same sentence: opened by "Of the"
    ("Of the 5,400 refugees resettled, Syrians (2,100), Iraqis (1,300) ...") or followed
    by a colon ("Replies came from 64 States: Africa (30), ...") with the parts at most
    it, or definite ("the 56 offices are spread across Asia (19), ...", "the Mission's 412
    posts ...") with the parts adding up to it exactly.
    """
    if lead_at == 0:
        return None
    whole = items[lead_at - 1]
    if (
        whole.kind not in ("count", "other")
        or id(whole) in used
        or _sentence_end_in(text, whole.end, chain[0].start)
    ):
        return None
    parts = sum(item.value or 0 for item in chain)
    stated = whole.total_before or _COLON_THEN_LABEL.fullmatch(text, whole.head_end, first_at)
    if whole.kind == "count" and stated and whole.value is not None:
        return (whole.value, whole.prefix_start, whole.counted) if parts <= whole.value else None
    if _classified_whole(text, whole, first_at):
        # "Nearly 110,000 houses were identified as destroyed (59,910), damaged (33,925) or
        # flooded (15,784)": what each part was classified as; a whole written "nearly"
        # may fall short of its parts by a tenth
        slack = 1.1 if whole.qualifier else 1
        return (
            (whole.value, whole.prefix_start, whole.counted)
            if parts <= whole.value * slack
            else None
        )
    definite = DEFINITE_BEFORE.search(
        text, max(0, whole.start - 8), whole.start
    ) or _POSSESSIVE_BEFORE.search(text, max(0, whole.start - 40), whole.start)
    value = whole.value if whole.kind == "count" else read_count(text[whole.start : whole.end])[0]
    if definite is None or value != parts:
        return None  # "other": a definite count the item reader set apart ("the 56 ...")
    return value, whole.start, whole.counted


# Between a whole's noun and the first label: its clause, ending on a participle of
# classing and "as" ("have been identified by the authorities as destroyed (59,910)").
_CLASSED_AS = re.compile(
    r"[^.;:()\d]{0,80}?\b(?:identified|classified|categori[sz]ed|reported|assessed|recorded"
    r"|registered|listed)(?:\s{1,3}by\s[^.;:()\d]{1,40}?)?\s{1,3}as\s{1,3}"
)


# A verb that records or places what is counted, then a preposition of place right before
# the first label: "were registered in [Italy] (74,947)", "are located at [Dadaab]". A
# modal before it offers the places ("may be assigned to Geneva (14) or ..."): none.
_RECORDED_IN_BEFORE_LABEL = re.compile(
    r"\b(?<!may\sbe\s)(?<!could\sbe\s)(?<!would\sbe\s)(?<!might\sbe\s)(?<!can\sbe\s)"
    r"(?:registered|recorded|reported|located|based|hosted|sheltered|detained|displaced"
    r"|arrived|landed|sheltering|living|staying)\s{1,3}(?:[a-z]{2,15}\s{1,3})?"
    r"(?:in|at|to|into)\s{1,3}(?:the\s{1,3})?$"
)


def _places_with_counts(text: str, first_at: int, labels: list[str]) -> bool:
    """Whether labels joined by "or" are places, each with the count of what is there.

    "Almost all arrivals were registered in Italy (74,947) or Greece (75,970)": proper
    names after a verb that records or places the things counted, each with its own
    count, say where they are, one place or the other; places offered ("may be assigned
    to Geneva (14) or Nairobi (3)") or answers ("options A (12) or B (5)") are none.

    >>> _places_with_counts("were registered in Italy", 19, ["Italy", "Greece"])
    True
    >>> _places_with_counts("may be assigned to Geneva", 19, ["Geneva", "Nairobi"])
    False
    """
    return (
        all(label[:1].isupper() for label in labels)
        and _RECORDED_IN_BEFORE_LABEL.search(text, max(0, first_at - 40), first_at) is not None
    )


def _classified_whole(text: str, whole: Item, first_at: int) -> bool:
    """Whether ``whole`` is a count whose clause classes it into the labels after "as"."""
    return (
        whole.kind == "count"
        and whole.value is not None
        and whole.counted is not None
        and _CLASSED_AS.fullmatch(text, whole.head_end, first_at) is not None
    )


# A count of some of those who voted: the vote is the relative clause's, not the count's.
_SUBSET_OF_VOTERS = re.compile(
    r"\s{1,3}of\s{1,3}(?:the|those|its|their)\b[^.;:]{0,60}?\b(?:that|who|which)\s{1,3}"
    r"(?:had\s{1,3})?(?:voted|abstained)\b",
    re.IGNORECASE,
)


# A vote for what the verb after "to" says: "voted to extend the mandate" is in favour of
# extending it ("voted to abstain" is no side in favour).
_VOTED_TO = re.compile(r"voted\s{1,3}to\s{1,3}(?!abstain)[a-z]")
_ABSTAINED_FROM = re.compile(r"\s{1,3}from\s{1,3}(?!voting\b)", re.IGNORECASE)


def _single_vote(text: str, item: Item, limit: int) -> Tally | None:
    """One count that voted: "Some 140 countries voted in favour of resolution 47/19"."""
    if item.kind != "count" or item.value is None or item.verb not in ("voted", "abstained"):
        return None
    if _SUBSET_OF_VOTERS.match(text, item.end, item.verb_end):
        return None  # "Nine of the delegations that voted in favour later explained ..."
    if item.verb == "abstained" and _ABSTAINED_FROM.match(text, item.verb_end):
        return None  # "Two members abstained from commenting": no vote
    end = max(_last_label_end(text, item, limit), item.verb_end)
    label = _label(text, item, end).lower()
    category = vote_category(label)
    if category is None and _VOTED_TO.match(label):
        category = "in favour"  # "Thirteen of the 15 members voted to extend the mandate"
    if category not in ("in favour", "against", "abstentions"):
        return None
    members, ocr = split_members(item.members) if item.members else ([], False)
    part = Part(
        category,
        item.value,
        item.prefix_start,
        end,
        counted=item.counted,
        qualifier=item.qualifier,
        members=members,
        ocr_corrected=ocr,
    )
    vote = Tally("vote", part.start, part.end, [part], subject=item.counted)
    if item.of_total is not None and item.value <= item.of_total:
        vote.total = item.of_total  # "Nine of the 15 members voted in favour": 15 in all
    return vote


def find_enumerations(
    text: str, *, blocked: list[tuple[int, int]] | None = None, items: list[Item] | None = None
) -> list[Tally]:
    """Find the tallies written as enumerations (and single survey facts) in a string.

    Parameters
    ----------
    text
        One paragraph (any string).
    blocked
        Spans already read as tallies by another grammar (votes "by 7 votes to 1"): their
        numbers are not read again and end any enumeration.
    items
        The items of ``text`` if already read (:func:`~surveystats.extract.tally_items.
        read_items`).

    Returns
    -------
    list of Tally
        Tallies of kind "survey" (counts), "breakdown" (percentages) or "vote" (counts
        labelled as votes), in order, with offsets relative to ``text``.

    Examples
    --------
    >>> tally = find_enumerations("Ninety-one Governments answered the questionnaire, "
    ...     "of which sixty were in favour, eight partially in favour and twenty-three "
    ...     "opposed.")[0]
    >>> tally.total, tally.subject, [(p.category, p.count) for p in tally.parts]
    (91, 'Governments', [('in favour', 60), ('partially in favour', 8), ('opposed', 23)])
    """
    if items is None:
        items = read_items(text)
    inside = inside_spans(blocked) if blocked else None
    if inside is not None:
        items = [Item("other", i.start, i.end) if inside(i.start) else i for i in items]
    tallies: list[Tally] = []
    used: set[int] = set()
    index_of = {id(item): index for index, item in enumerate(items)}
    for chain, links in _cut_at_parallel_wholes(text, _cut_at_wholes(text, _chains(text, items))):
        if len(chain) < 2:
            continue  # one item alone: no enumeration, and no series (below)
        last = index_of.get(id(chain[-1]))
        limit = len(text) if last is None else _clause_limit(text, chain[-1], items, last + 1)
        # A whole and one part of it ("63 Governments replied, 45 of them ...") is read by
        # tally_surveys as one part of a stated whole, not as two parts here.
        size = len(chain)
        readable = size > 2 or (
            size == 2
            and links[0].kind != "of_which"
            and not (
                links[0].kind == "comma"
                and (
                    is_appositive_part(text, chain[1])
                    or places_part_of(text, *chain)
                    # "30 States have ratified it, including 12 since 2010": a whole and one
                    # part of it (tally_surveys reads it), never two parts (past an aside
                    # of counted parts, "including 611 children and 402 women, and 7,905
                    # were wounded", the second count is beside the whole)
                    or _includes_no_counts(text, links[0].label_end, chain[1].prefix_start)
                )
            )
        )
        if readable and any(link.kind == "against" for link in links):
            readable = _shares_make_hundred(chain)  # "..., against 22 per cent who ..."
        if readable and any(
            _OF_THESE_BEFORE.search(text, max(0, later.prefix_start - 30), later.prefix_start)
            for later in chain[1:]
        ):
            # "5 per cent of refugees live in camps, and of these, 38 per cent are women": a
            # share of the part before it, no part of the same whole
            readable = False
        reading = _read_chain(text, chain, links, limit) if readable else None
        kind = _accepted(reading, text) if reading is not None else None
        if (
            reading is not None
            and kind is None
            and len(chain) >= 3
            and not chain[0].total_before
            and not _shares_contradict_counts(reading.categories)
        ):
            # The first number may belong to the sentence before the enumeration: try once
            # without it (once only, so the time stays linear).
            shorter = _read_chain(text, chain[1:], links[1:], limit)
            if shorter is not None and (shorter_kind := _accepted(shorter, text)) is not None:
                chain, links, reading, kind = chain[1:], links[1:], shorter, shorter_kind
        if reading is not None and kind is None and reading.sentence_joins:
            # A full stop between two items that are no vote: read each sentence alone.
            for piece, piece_links in _split_at_sentences(chain, links):
                reading = _read_chain(text, piece, piece_links, limit) if len(piece) >= 2 else None
                kind = _accepted(reading, text) if reading is not None else None
                if reading is not None and kind is not None:
                    tallies.append(_build(reading, kind, text, limit))
                    used.update(id(i) for i in piece)
            continue
        if reading is not None and kind is not None:
            tallies.append(_build(reading, kind, text, limit))
            used.update(id(i) for i in chain)
            continue
        if tallies and len(chain) >= 2:
            series = _series(text, tallies[-1], chain, limit)
            if series is not None:
                tallies.append(series)
                used.update(id(i) for i in chain)
    tallies.extend(_label_first(text, items, used))
    tallies.extend(_parenthesised(text, items, used))
    if "respective" in text or "numbers of" in text:
        respective = find_respective(text, inside)
        tallies.extend(respective)
        if "respective" in text:  # the lists no wording marks as one whole's split
            tallies.extend(find_paired_names(text, tallies, inside))
    if "(" in text:
        tallies.extend(find_asides(text, inside))
    for item in items:
        if id(item) in used or item.kind != "count":
            continue
        fact = _survey_fact(text, item, len(text)) or _single_vote(text, item, len(text))
        if fact is not None:
            tallies.append(fact)
    tallies.sort(key=lambda t: t.start)
    return tallies


# Right before an item: the part before it named as its whole ("and of these, only").
_OF_THESE_BEFORE = re.compile(
    r"\b(?:[Oo]f|[Aa]mong)\s{1,3}(?:these|them|those)\s{0,3},\s{0,3}(?:(?:only|just|some)\s{1,3})?$"
)


def _cut_at_wholes(
    text: str, chains: list[tuple[list[Item], list[_Link]]]
) -> list[tuple[list[Item], list[_Link]]]:
    """Chains of shares cut where a clause opens after shares that make 100.

    "54.2 per cent were female and 45.8 per cent male; 38.1 per cent were under 18": the
    shares before the semicolon (or ", while", ", whereas") split the whole, the clause
    after it starts another split of it (each piece of two or more shares is read on its
    own). Shares that add up to 100 with those after it, or that nowhere make 100 before
    one, stay one chain. A whole stated before the shares ("Of the 2,400 trainees, ...")
    stays with the first piece.
    """
    pieces = []
    for chain, links in chains:
        first = 1 if links and links[0].kind == "total" else 0  # "Of the 2,400 trainees, "
        shares = chain[first:]
        cut = None
        # a cut needs a link after the first share's (``at > first`` below): three shares
        if (
            len(links) > first + 1
            and all(item.kind == "percent" for item in shares)
            and not adds_up_to_whole(shares)
        ):
            cut = next(
                (
                    at + 1
                    for at, link in enumerate(links)
                    if _opens_clause(text, link, chain[at], chain[at + 1])
                    and at > first
                    and adds_up_to_whole(chain[first : at + 1])
                ),
                None,
            )
        if cut is None:
            pieces.append((chain, links))
            continue
        pieces.append((chain[:cut], links[: cut - 1]))
        if len(chain) - cut >= 2:
            pieces.append((chain[cut:], links[cut:]))
    return pieces


# The parts of a count opened after its clause ("6,322 civilians were killed, including
# 397 children", "136 civilians killed, of whom 13 were children", "among them").
_SUBPARTS_OPEN = re.compile(
    rf",{GAP}(?:including|among{GAP}(?:them|whom|these|those)|of{GAP}(?:whom|which|them|these))\b"
)


def _opens_subparts(text: str, whole: Item, link: _Link, part: Item) -> bool:
    """Whether the link from ``whole`` to ``part`` opens parts of the whole after its clause."""
    if whole.kind != "count" or part.kind != "count":
        return False
    return link.kind == "of_which" or (
        _COMPOSED_AFTER.fullmatch(text, whole.head_end, part.prefix_start) is not None
        or _SUBPARTS_OPEN.search(text, whole.head_end, part.prefix_start) is not None
    )


def _parallel_whole_at(text: str, chain: list[Item], links: list[_Link]) -> int | None:
    """Where a count stated beside the chain's whole starts, after the whole's own parts.

    "6,322 civilians were killed, including 397 children, and 9,634 were injured": the
    injured are no part of the killed but a count beside them, as the clause of their own
    shows (a predicate where the parts before had none); so is a count with parts of its
    own ("136 civilians killed, of whom 13 were children, and 400 injured, among them 26
    children") and one after a semicolon that ends the parts ("5,000 military personnel,
    including 120 observers; and 1,250 police"). Parts that add up to the whole exactly
    stay its parts, whatever joins them.
    """
    if len(chain) < 3 or not _opens_subparts(text, chain[0], links[0], chain[1]):
        return None
    whole, parts = chain[0], chain[1:]
    if whole.value is not None and sum(item.value or 0 for item in parts) == whole.value:
        return None
    noun_parts = not (parts[0].verb or parts[0].auxiliary)
    for at in range(2, len(chain)):
        item, before = chain[at], links[at - 1]
        if item.kind != "count":
            return None
        after = links[at] if at < len(links) else None
        if after is not None and _opens_subparts(text, item, after, chain[at + 1]):
            return at  # "..., and 400 civilians injured, among them 26 children"
        if noun_parts and (item.verb or item.auxiliary):
            return at  # "..., and 9,634 have been injured"
        if before.kind == "semicolon":
            return at  # "...; and 1,250 civilian police officers"
    return None


def is_count_beside_whole(text: str, items: list[Item], index: int) -> bool:
    """Whether ``items[index + 2]`` is a count stated beside the whole ``items[index]``.

    ``items[index + 1]`` is a part of that whole opened after its clause ("6,322 civilians
    were killed, including 397 children, and 9,634 were injured"): the count after it is
    no second part (see :func:`_parallel_whole_at`), and the whole and its one part are
    a tally of their own.
    """
    chain = items[index : index + 4]
    links: list[_Link] = []
    for left, right in itertools.pairwise(chain):
        link = _link(text, left, right)
        if link is None:
            break
        links.append(link)
    return _parallel_whole_at(text, chain[: len(links) + 1], links) == 2


def _includes_no_counts(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says "including" and holds no figure."""
    between = text[start:end]
    return "including" in between and not any(character.isdigit() for character in between)


def _cut_at_parallel_wholes(
    text: str, chains: list[tuple[list[Item], list[_Link]]]
) -> list[tuple[list[Item], list[_Link]]]:
    """Chains cut before a count stated beside their whole (see :func:`_parallel_whole_at`).

    The whole and its parts before the cut, and the counts from the cut on, are read as
    chains of their own (a whole and one part of it by tally_surveys); where the whole has
    two parts or more before the cut, the counts from the cut on are read with the whole
    before them, the list its parts nest in.
    """
    pieces = []
    for chain, links in chains:
        cut = _parallel_whole_at(text, chain, links)
        if cut is None:
            pieces.append((chain, links))
            continue
        pieces.append((chain[:cut], links[: cut - 1]))
        if cut > 2:
            # "4,210 civilians were killed, including 611 children and 402 women, and 7,905
            # were wounded": the whole and the count beside it are a list of their own, as
            # they are past an aside of one part (the parts nest in the list's first part)
            pieces.append(([chain[0], *chain[cut:]], [links[0], *links[cut:]]))
        else:
            pieces.append((chain[cut:], links[cut:]))
    return pieces


def _opens_clause(text: str, link: _Link, left: Item, right: Item) -> bool:
    """Whether a link between two shares opens a clause: a semicolon, ", while", ", whereas"."""
    if link.kind == "semicolon":
        return True
    return link.kind == "comma" and _CLAUSE_JOINT.search(text, left.end, right.start) is not None


_CLAUSE_JOINT = re.compile(r",\s{1,3}(?:while|whereas)\s")


def _split_at_sentences(
    chain: list[Item], links: list[_Link]
) -> list[tuple[list[Item], list[_Link]]]:
    pieces: list[tuple[list[Item], list[_Link]]] = []
    current, current_links = [chain[0]], []
    for item, link in zip(chain[1:], links, strict=True):
        if link.kind == "sentence":
            pieces.append((current, current_links))
            current, current_links = [item], []
        else:
            current.append(item)
            current_links.append(link)
    pieces.append((current, current_links))
    return pieces
