"""One part of a stated whole, tied to it by a link word and checked by arithmetic.

A breakdown of one part ("4.5 million persons were displaced, of whom 1.2 million were
women") is written in more shapes than the other readers know, and the unread ones are
mostly a detail away from a read one: an age after the whole ("8.5 million children
under the age of five, including 2.4 million children who were vaccinated for the first
time"), words between the link and the part ("including a combined total of 1,050 in
..."), a whole in a relative clause ("troops, which number 4,200, including 220
military observers"), a part elided to its number ("a convoy of 13 trucks including two
carrying only their luggage"). This reader leans on what does not depend on the wording:

- a closed class of LINK words that say the count after them is some of the count
  before them: "including", "of whom", "of which", "out of which", "among them",
  "among whom", "amongst which", "thereof" (:data:`_LINK`); "N of whom / of which / of
  those" after a whole (:data:`_OF_WHOM_AFTER`); "Of the (more than) M ..., N" opening the sentence;
  "N (out) of (the, X's) M" with the part as its clause's subject
  (:data:`_PART_OF_WHOLE`), or (session 58) as the object of a verb of holding or making
  up ("Landlocked countries make up 16 of the 46 ...", the subject and verb its category)
  or after "in" or a passive's "by" ("Gains were recorded in only 12 of the 64 targets",
  the clause before it its category); and, opening a sentence, "Of these", "Of this",
  "Out of them", "Among them", "Out of the total ...", "Of the" and the whole's noun
  again ("Of the notified cases,") (:data:`_BACK_LINK`), whose whole is the
  one count of the sentence before that the part fits, only where the part gives its
  share too (a bare count after "Of these," stays none, as the README decides);
- a whole with no noun of its own, stated as "the (total) number of" its noun and a verb
  that states the count ("The number of internally displaced persons reached 1,013,234
  (CONASUR, 8 August 2020), out of which 60 percent were children", "The total number of
  persons accredited was 4,046 amongst which 3,498 are registered"), takes that noun
  (:func:`_named_whole`);
- ARITHMETIC: a part is smaller than its whole (a share below 100), and a share written
  with a count agrees with it ("44 per cent (13,979 individuals)" of 31,743);
- NOUNS: the part counts the whole's noun, leaves it out, or names people where the
  whole counts people ("51,736 individuals including 201 people with disabilities"), or
  deaths where the whole counts cases ("882 human cases including 124 deaths"); a whole's
  noun may stand past a list of modifiers ("148,459 primary, secondary and high school
  students, including 62,096 girls").

A back link that names its noun ("Of these cases,") means a count of that noun, so a
plural after a preposition between ("reported to WHO from 15 countries") leaves it
unambiguous; a count of time ("aged 60 years") is a span, never the whole it points at.
A part before "of whom/which/them" takes the whole's noun, the words after the pointer
saying what it is or did ("Six individuals, three of whom carried assault rifles"), and
"one" named by an indefinite noun is a part, no pronoun ("Nineteen people, one of them a
woman, survived" -> "woman").

The part's ``category`` is what it is or did: the words after it (a relative clause or a
predicate, "vaccinated for the first time", "carrying only their luggage", "Ethiopian
nationals who transited through Djibouti"), else its own noun ("military observers");
``counted`` is its noun, or the whole's. It runs last, only in a sentence where no
reader before it found a tally.

None, as the README's conventions decide: a part no smaller than its whole ("1.4
million people ..., including 7.3 million children"), nouns of different kinds ("3
million people, including 40 trucks"), money, a rate ("four out of ten Ecuadorians"), a
threshold ("nine of the 15 votes are needed", "must agree"), "one of the", the object
of a verb that picks from a set ("has ratified 10 out of the 12 conventions"), a part after
"to", "of", "for" or "across", a level ("was highest in"), a change or a comparison
("brought the number to 44", "compared with", "as opposed to"), a time alone as the
label ("including 12 in 2015"), a pro-form ("112 did so"), the first item of a list, a
whole inside an aside that closes before the link, a count of votes, and a back link
whose sentence before holds no count or more than one that fits.

Every look is bounded (:data:`_REACH` characters between a whole and its part, the
sentence before for a back link): linear time.
"""

from __future__ import annotations

import bisect
import re
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.tally_items import PEOPLE_NOUNS, Item, Number, read_value
from surveystats.extract.tally_parts import Part, Tally
from surveystats.extract.tally_sums import sum_figures
from surveystats.text.demonyms import is_demonym
from surveystats.text.sentences import sentence_starts

__all__ = [
    "LINK_LITERALS",
    "find_linked_parts",
    "in_open_aside",
    "may_hold_part_of_figure",
    "may_link_parts",
    "may_point_back",
    "with_wholes_before_with",
]

#: Literals one of which a paragraph holds where a link word may tie a part to its whole.
LINK_LITERALS = (
    *("includ", "incl.", "of whom", "of which", "mong", "thereof", "Of th", "ut of th"),
    *("of these", "of those", "of them", "making up", "accounting for", "constituting"),
    *("From th", "Included in th", " with "),
)
# A figure, two words at most, then "(out) of": "1.4 million out of", "200,000 of Gaza's",
# "30,000 women -- of the", "13 of whom".
_FIGURE_OF = re.compile(r"\d%?(?:\s[a-z]{3,20}){0,2}(?:\s[-–—]{1,2})?\s(?:out\s)?of\s")
# A count in words or figures "(out) of" a count in figures: "four of 90", "32 of 56", "12 of
# the 64" (the whole may be in the part's own item, or no item at all).
_PART_OF_FIGURE = re.compile(
    r"(?i:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
    r"(?:\s[a-z]{3,20}){0,2}\s(?:out\sof|of)\s(?:the\s|its\s|their\s)?\d"
)


def may_hold_part_of_figure(text: str) -> bool:
    """Whether ``text`` holds a count "(out) of" a figure: a cheap first test.

    >>> may_hold_part_of_figure("Gains were made in four of 90 goals.")
    True
    >>> may_hold_part_of_figure("It received 4 of them.")
    False
    """
    return " of " in text and _PART_OF_FIGURE.search(text) is not None


def may_link_parts(text: str) -> bool:
    """Whether ``text`` holds a link word or a figure before "(out) of": a cheap first test.

    >>> may_link_parts("It has 40 staff, including 12 women."), may_link_parts("It met 4 times.")
    (True, False)
    """
    for literal in LINK_LITERALS:
        if literal in text:
            return True
    return (
        "cent of " in text or _FIGURE_OF.search(text) is not None or may_hold_part_of_figure(text)
    )


# Verbs by which a group "with" a share makes up the whole before it.
_MADE_UP_VERBS = ("making up", "accounting for", "constituting", "representing")
#: Literals one of which a paragraph holds where a sentence may open by pointing back.
BACK_LINK_LITERALS = (
    *("Of th", "Out of th", "Among th", "Amongst th", "From th", "Included in th"),
    *(" of these", " of them"),
)


def may_point_back(text: str) -> bool:
    """Whether ``text`` may hold a sentence that points back at a count: a cheap test.

    >>> may_point_back("It met 40 States. Of these, 12 replied."), may_point_back("It met 4.")
    (True, False)

    A figure "of" a noun after a sentence's end may name the count before it again ("It
    received 310 complaints. Some 38 per cent of the complaints concerned the police").
    """
    if any(literal in text for literal in BACK_LINK_LITERALS):
        return True
    if " with " in text and any(verb in text for verb in _MADE_UP_VERBS):
        return True  # "reached 8,200 farmers, with women making up 44 per cent of them"
    stop = text.find(". ")
    if stop < 0:
        return False
    later = text[stop:]
    return "cent of " in later or "% of " in later or bool(_FIGURE_OF.search(later))


_REACH = 240  # characters from a whole to the link before its part


def in_open_aside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens a bracket it does not close near ``end``.

    A count at ``end`` then stands in an aside after the count that ends at ``start``,
    which it restates in another unit or dates ("(around 250,000 people)", "(as of April
    some 13,900)"), and is no later part's whole.

    >>> text = "14,230 people (as of April some 13,900), including 5,120 killed"
    >>> in_open_aside(text, 6, text.find("13,900")), in_open_aside(text, 0, 3)
    (True, False)
    """
    opening = text.rfind("(", start, end)
    return opening >= 0 and text.find(")", opening, end) < 0 and end - opening <= 40


_MAX_LABEL_WORDS = 10

# Words that may stand between a link and its part: "including a combined total of 1,050",
# "including a horrific toll of 594 children".
_QUALIFIER = (
    r"(?:(?:at\s{1,3}least|at\s{1,3}most|some|about|around|approximately|an?\s{1,3}estimated"
    r"|estimated|more\s{1,3}than|over|nearly|almost|close\s{1,3}to|roughly|just|only"
    r"|(?:a|an)\s{1,3}(?:[a-z]{3,15}\s{1,3}){0,2}(?:total|toll|number)\s{1,3}of)\s{1,3})?"
)
# A link after the whole and right before its part.
_LINK = re.compile(
    r"(?:,|\s[-–—]{1,2})?\s{1,3}(?:including|incl\.|of\s{1,3}whom|of\s{1,3}which"
    # "..., and that includes 3 million in acute need": a clause whose subject points back
    r"|(?:and\s{1,3})?(?:that|this|which)\s{1,3}(?:also\s{1,3})?includ(?:es|ed)"
    r"|out\s{1,3}of\s{1,3}(?:which|whom)|among\s{1,3}(?:them|whom|which)"
    r"|amongst\s{1,3}(?:them|whom|which)|thereof)\s{0,3},?\s{0,3}"
    r"(?:,\s{0,3}at\s{1,3}least\s{0,3},\s{0,3})?" + _QUALIFIER + r"\(?$"
)
# "..., 13 of whom traveled", "90% of whom crossed", "3,368 of those were reached".
_OF_WHOM_AFTER = re.compile(
    r"\s{0,3}(?:per\s{0,3}cent|percent|%)?\s{1,3}(?:of|out\s{1,3}of)\s{1,3}"
    r"(?:whom|which|those|these|them)\b"
)
# Before such a part: the joint after the whole's clause.
# ("..., with about 5,000 of them urban refugees": "with" opens the part's clause).
# ("..., it was estimated that over 9,000 of them were women": "that" opens a clause reported
# of the whole).
_JOINT_BEFORE = re.compile(r"(?:,|\s[-–—]{1,2}|;|\band|\bwith|\bthat)\s{1,3}" + _QUALIFIER + r"$")
# A clause of the whole's sentence that opens by pointing back at it after a joint: "the
# displacement of more than 21,000 civilians—of these, over 6,000 ...", "Of a total 80,112
# samples tested since January, out of these total 3,917 have been confirmed".
_CLAUSE_BACK_LINK = re.compile(
    r"(?:[,;:]|[-–—]{1,2})\s{0,3}(?:of|out\s{1,3}of|among|amongst)\s{1,3}(?:these|those|them)"
    r"(?:\s{1,3}total)?\s{0,3},?\s{0,3}" + _QUALIFIER + r"$"
)
# A sentence that opens by pointing back at the count of the sentence before.
_BACK_LINK = re.compile(
    r"(?:(?:Of|Out\s{1,3}of|Among|Amongst|From)\s{1,3}"
    r"(?:these|this|them|those|th(?:is|at|e)\s{1,3}total|(?P<article>the)(?=\s{1,3}[a-z]))"
    r"|Included\s{1,3}in\s{1,3}(?:th(?:is|at|e)\s{1,3}(?:total|number|figure)|these|this)"
    r"(?:\s{1,3}(?:are|were|is|was))?)"
    r"(?P<named>(?:\s{1,3}[a-z]{2,20}){0,3}?)\s{0,3},?\s{1,3}" + _QUALIFIER + r"$"
)
# Words after a back link that name the whole as a count only: "Of this total", "Of this
# figure" ("Of these figures" names data, no count).
_COUNT_NAMES = frozenset(("total", "number", "figure", "caseload"))
# A count that places the whole, no whole itself: "identified in 1,658 locations", "in 19
# Agency facilities", "across 40 villages".
_PLACING = re.compile(
    r"\b(?:in|across|at|within)\s{1,3}(?:(?:some|about|more\s{1,3}than|over)\s{1,3})?$"
)
# A plural after a preposition that a pronoun may point at as well as at the whole: "96
# petitions about the closure of schools. 30 of them ...".
_OTHER_PLURAL = re.compile(
    r"\b(?:about|on|from|against|among|between|by|with|concerning|regarding)\s{1,3}"
    r"(?:the\s{1,3}|their\s{1,3}|its\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?[a-z]{3,}[^s\W]?s\b"
)
# The plural noun a count of a verb's object is followed by, past an aside of changes:
# "returned 444 persons in", "sheltering over 8500 (+183) Syrians in".
_NOUN_AFTER = re.compile(
    r"(?:\s{1,3}\([^()]{0,20}\))?\s{1,3}(?P<noun>(?:[A-Za-z][a-z-]{1,25}\s{1,3})?"
    # a plural in any case or an acronym's: "Member States", "NGOs", "SIDS"
    r"(?:[A-Za-z][a-z-]{1,25}s|people|staff|personnel|[A-Z]{2,}s|[A-Z]{3,}S))\b(?![-'’])"
)
# A part that opens its sentence, then points back: "Almost 42 per cent of these voters";
# also after a clause of finding or saying whose "that" opens the part's clause ("It found
# that 31 of them concerned ...", "The Board noted that 12 of the audits ...").
_OPENS = re.compile(
    r"(?i)(?:(?:it|they|he|she|(?:the|this|its)\s{1,3}[a-z]{2,20}(?:\s{1,3}[a-z]{2,20})?)"
    r"\s{1,3}(?:also\s{1,3})?(?:found|finds|said|says|noted|notes|showed|shows|indicated"
    r"|reported|estimated|stated|observed|concluded|determined)\s{1,3}that\s{1,3})?"
    r"(?:almost|nearly|some|about|over|more\s{1,3}than|just|only|around|approximately"
    r"|an\s{1,3}estimated|(?:just\s{1,3})?(?:over|under))?\s{0,3}"
)
# The pointer after such a part: "of these", "of them", "of this total", and "of the" or
# no article before a noun that names the whole again ("38 per cent of the complaints").
_BACK_OF = re.compile(
    r"\s{0,3}(?:per\s{0,3}cent|percent|%)?\s{1,3}of\s{1,3}"
    r"(?:(?P<pointer>these|those|them|th(?:is|at)(?=\s{1,3}(?:total|number|figure)\b))\b"
    r"|(?P<article>the\s{1,3})?(?=[A-Za-z]))"  # "of the Member States", "of NGOs"
)
# A share of the whole after "with", named by what the part is: "(178,977 refugees ...,)
# with South Sudanese making up 49.5% of the registered population".
_MADE_UP_BEFORE = re.compile(
    r"(?:,|\s[-–—]{1,2})?\s{1,3}with\s{1,3}(?P<label>[A-Za-z][^,;:()\d]{0,60}?)\s{1,3}"
    r"(?:making\s{1,3}up|accounting\s{1,3}for|constituting|representing)\s{1,3}" + _QUALIFIER + r"$"
)
# The whole such a share is "of": a noun of the whole named again, or a word for all of it.
_MADE_UP_OF = re.compile(
    r"\s{1,3}of\s{1,3}(?:the|all|its|their)?(?P<base>(?:\s{0,3}[a-z][\w-]{0,25}){1,4}?)"
    r"(?=\s{0,3}(?:[,;.)]|$|\s(?:and|while|whereas|followed)\b))"
)
_WHOLE_WORDS = frozenset(("total", "population", "caseload", "number", "figure"))
# Words that make such a whole another one: "of the estimated caseload", "of the national
# population".
_PROJECTED = frozenset(
    "estimated projected expected targeted planned national global world country".split()  # noqa: SIM905
)
# A word after such a pointer, and the words that may only modify the whole's noun named
# again ("of the registered complaints", "of the total caseload").
_NEXT_WORD = re.compile(r"\s{0,3}(?P<word>[A-Za-z][\w-]{0,25})\b(?![-'’])")  # "Member States"
_RESTATING = frozenset(("total", "overall", "entire", "whole", "such", "same", "above"))
# Words a noun phrase that names the whole again ends before: a verb of the part's clause.
_MODALS = frozenset("will would could can may might did do does".split())  # noqa: SIM905
# "Of the more than 8,200 police personnel serving across 17 missions, ...", "Out of 105
# indicators ..., only 5 ..." opening a sentence (after one opening adverb at most).
_OF_THE_OPENING = re.compile(
    r"(?:[A-Z][a-z]{2,12}ly,?\s{1,3})?(?:[Oo]f|[Oo]ut\s{1,3}of|[Aa]mong)\s{1,3}"
    r"(?:the\s{1,3}|these\s{1,3}|those\s{1,3}|a\s{1,3}total\s{1,3}of\s{1,3}"
    r"|(?:a|its|their)\s{1,3}(?:total\s{1,3})?population\s{1,3}of\s{1,3})?"
    r"(?:more\s{1,3}than\s{1,3}|over\s{1,3}|some\s{1,3}|nearly\s{1,3}|about\s{1,3}|almost\s{1,3})?$"
)
# "1.4 million out of 1.9 million people", "200,000 of Gaza's 2.2 million residents",
# "27 installations of the current 87 total": between a part and its whole.
_PART_OF_WHOLE = re.compile(
    r"(?:\s{1,3}[a-z]{3,20}){0,2}?(?:\s{1,3}[-–—]{1,2})?\s{1,3}(?:out\s{1,3}of|of)\s{1,3}"
    r"(?:the\s{1,3}|its\s{1,3}|their\s{1,3}|[A-Z][\w-]{1,20}['’]s\s{1,3})?"
    r"(?:current\s{1,3}|total\s{1,3}|overall\s{1,3}|estimated\s{1,3})?"
    r"(?:more\s{1,3}than\s{1,3}|over\s{1,3}|some\s{1,3}|about\s{1,3})?$"
)
# Where a part that opens its clause may stand: the sentence's start, a joint, a qualifier.
_SUBJECT_BEFORE = re.compile(
    r"(?i)(?:^|[,;:]|\b(?:and|while|but|whereas|said|says|stated|noted|reported|estimated"
    r"|indicated|showed|shows|that))\s{0,3}"
    r"(?:(?:at\s{1,3}least|only|just|some|about|around|nearly|almost|over|more\s{1,3}than"
    r"|an?\s{1,3}estimated|approximately)\s{1,3})?$"
)
_DASH = re.compile(r"\s[-–—]{1,2}\s")
# A whole named by what it numbers: "troops, which number 4,200".
_NUMBERS_BEFORE = re.compile(r"\b(?:number(?:s|ed|ing)?|total(?:s|led|ed|ling|ing)?)\s{1,3}$")
# A whole stated as "the number of" its noun, then a verb that states the count: "The
# number of internally displaced persons (IDP) reached 1,013,234", "The total number of
# persons accredited to the Conference was 4,046", "has exceeded 100,000".
_NUMBER_OF = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Ii]ts)\s{1,3}(?:(?:total|overall|cumulative)\s{1,3})?number\s{1,3}of"
    r"\s{1,3}(?:the\s{1,3})?(?P<noun>[a-z][\w-]*(?:\s{1,3}[a-z][\w-]*){0,3})"
)
_NUMBER_STATED = re.compile(
    r"\b(?:(?:is|was)(?:\s{1,3}(?:now|currently|still))?|reached|stood\s{1,3}at|stands\s{1,3}at"
    r"|(?:has|had|have)\s{1,3}(?:now\s{1,3})?"
    r"(?:reached|exceeded|passed|surpassed)|exceeded|passed|surpassed|totall?ed"
    r"|amounted\s{1,3}to|came\s{1,3}to|(?:is|was)\s{1,3}estimated\s{1,3}at|at)"
    r"(?:\s{1,3}(?:above|over))?\s{1,3}" + _QUALIFIER + r"$"
)
# A date in the phrase of such a number, no figure of its own: "reported from January to
# October 2017", "as of 30 June 2023", "in 2022".
_DATES = re.compile(
    r"\b(?:\d{1,2}\s{1,3})?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)(?:\s{1,3}\d{1,2}\b)?(?:,?\s{1,3}(?:19|20)\d\d\b)?"
    r"|\b(?:in|of|since|to|from|during|by|until|through)\s{1,3}(?:19|20)\d\d\b"
)
_NOUN_STOP = frozenset(("s", "ed", "ing", "ly"))
# Words that make two counts a change, a comparison, a need or a vote, no part of a whole.
_NOT_A_PART = re.compile(  # no word of a compound: "awareness-raising campaigns"
    r"(?i)(?<!-)\b(?:rose|fell|increased?|decreased?|declined?|dropped|grew|up\s{1,3}from"
    r"|down\s{1,3}from|compared|opposed\s{1,3}to|versus|previous|bring(?:s|ing)?|brought|raising|to\s{1,3}a\s{1,3}total"
    r"|vot(?:e|es|ed|ing)|abstain\w*|ballots?)\b"
)
# A participle and a place in capitals after a part: "reached in Nineveh governorate".
_REPEATED_VERB = re.compile(
    r"\s{1,3}(?P<verb>[a-z]{3,20}ed)\s{1,3}(?P<place>(?:in|across|within)\s{1,3}"
    r"(?:the\s{1,3})?[A-Z][\w'’-]*(?:\s{1,3}(?:[A-Z][\w'’-]*|oblast|region|province|state"
    r"|governorate|district|county)){0,3})"
)
# The joint before the last item of a list after "including": "; and five under ...".
_LAST_ITEM = re.compile(r";\s{1,3}and\s{1,3}" + _QUALIFIER + r"$")
# A next figure "of" a whole of its own is no further item of a list: "...; 423 (46.9%) of
# the tested specimens were ...".
_OWN_WHOLE_NEXT = re.compile(
    r"\d[\d,.]*(?:\s{1,3}\([^()]{1,20}\))?(?:\s{0,3}%|\s{1,3}per\s{1,3}cent|\s{1,3}percent)?"
    r"\s{1,3}of\s{1,3}(?:the|these|those|them)\b"
)
# A threshold, no part: "nine of the 15 votes are needed", "10 of the 15 members must agree".
_NEED = re.compile(
    r"(?i)\b(?:needed|required|necessary|needs?|requires?|must|(?:have|has)\s{1,3}to)\b"
)
# ... but those "in need" (or "in acute need") are a state of people, no threshold; "in
# need of shelter" names what they lack and stays one (golden, session 37).
_IN_NEED = re.compile(r"(?i)\bin\s{1,3}(?:[a-z]+\s{1,3})?need\b(?!\s{1,3}of\b)")
# After a part's words, a list joint and a further figure: the part is a list's first item.
_LIST_GOES_ON = re.compile(
    r"[^.;,]{0,40}?(?:,|;|\s(?:and|while|whereas))\s{1,3}(?:and\s{1,3})?"
    r"(?:(?:a|an|some|about|another|nearly|over|more\s{1,3}than)\s{1,3})?"
    r"(?!(?:19|20)\d\d\b)(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
)
# A share with a base of its own after it: "40 per cent of the population".
_OWN_BASE = re.compile(
    r"\s{0,3}(?:per\s{0,3}cent|percent|%)?\s{1,3}of\s{1,3}(?!(?:whom|which|them|these|those)\b)"
)
# A label that says only when: "in 2015", "since 1 June", "in the past 24 hours".
_ONLY_TIME = re.compile(
    r"(?i)(?:in|during|since|by|before|after|until|as\s{1,3}of|over|within)\s{1,3}"
    r"(?:the\s{1,3})?(?:(?:past|last|previous|first|same|reporting|\d{1,2})\s{1,3})?"
    r"(?:\d{1,2}\s{1,3})?(?:(?:19|20)\d\d|[A-Z][a-z]{2,8}(?:\s{1,3}(?:19|20)\d\d)?"
    r"|years?|months?|weeks?|days?|hours?|period|quarter)"
)
# What "one" of a whole is, named by an indefinite noun: "one of them a woman", "one of
# whom was a journalist" (no pronoun: "including one that will grant ..." stays none).
_ONE_NAMED = re.compile(r"an?\s{1,3}(?P<noun>[a-z][\w-]{1,25}(?:\s{1,3}[a-z][\w-]{1,25})?)")
# A label that sets the part against another figure: "1,200 more than last week".
_COMPARED = re.compile(r"(?i)^(?:more|fewer|less|higher|lower|up|down)\b|\bthan\b")
# A label that only stands in for a verb said elsewhere.
_PRO_FORM = re.compile(r"(?i)(?:did|do|does|done|doing)(?:\s{1,3}so)?|so")
# Where a label's words stop.
_LABEL_STOP = re.compile(
    r",(?!\d)|[;:()\[\]—–]|\s--?\s|[.!?](?:\s|$)|\s(?:and|or|but|while|whereas|as\s{1,3}well)\s"
)
_WORD = re.compile(r"[A-Za-z][\w’'&/.-]*[\w’']|[A-Za-z]|\d[\d,.]*")
_AUXILIARIES = frozenset(
    "are were was is be been being have has had will would may might could can".split()  # noqa: SIM905
)
_POINTED = re.compile(r"\bof\s{1,3}(?:whom|which|them|these|those)\b")
_POINTERS = frozenset(("whom", "which", "them", "those", "these"))
_PREPOSITIONS = frozenset(
    "on in at from for by of to with under within about through via across during".split()  # noqa: SIM905
)
# Words that open a label naming where, against whom or about what, never a group.
_PLACE_WORDS = _PREPOSITIONS | frozenset(
    "against between among amongst towards toward into onto near outside inside".split()  # noqa: SIM905
)
_ADVERBS = frozenset("already also now still since yet just only not never".split())  # noqa: SIM905
_RELATIVES = frozenset(("who", "that", "which", "whom"))
_TRAILING = frozenset("the a an of in at to for by with from on who which that".split())  # noqa: SIM905
_PERCENT_WORDS = re.compile(r"\s{0,3}(?:per\s{0,3}cent|percent|%)")
_POWERS_OF_TEN = frozenset((10, 100, 1000, 10_000, 100_000, 1_000_000))
# Modifiers listed before a plural noun: " primary, secondary and high school students".
_LISTED_NOUN = re.compile(
    r"(?:\s{1,3}[a-z][a-z-]{1,20},?){1,8}?\s{1,3}(?P<noun>[a-z][a-z-]{1,25}[^s\W]s)\s{0,3}"
)
# A whole made definite: "of the 87", "of Gaza's 2.2 million", "of its 40".
_DETERMINED = re.compile(r"\b(?:the|its|their)\s|['’]s\s")


# A participle read as a count's noun: the noun is elided, the participle says what the
# part is ("four resolutions, including two containing political declarations").
_ELIDED_BEFORE_PARTICIPLE = re.compile(
    r"(?:containing|concerning|relating|requesting|calling|addressing|dealing|adopted|approved"
    r"|submitted|sponsored|tabled)\b"
)
_SCALE_WORD = re.compile(r"(?i)\b(?:thousand|million|billion)\b")
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


class _Figure(NamedTuple):
    """A count or a share of the sentence: where it is, its value and the noun it counts."""

    start: int
    end: int  # the end of its own words: number, "per cent", noun
    count: int | None
    percent: Fraction | None
    noun: str | None
    qualifier: str | None
    scale: int = 1  # 1,000,000 for "4 million"
    number_end: int = -1  # the end of the number and its unit alone


def _figures(text: str, numbers: list[Number], items: list[Item]) -> list[_Figure]:
    """The counts and shares of ``text``, a share's count in parentheses joined to it.

    "an estimated 44 per cent (13,979 individuals)": one figure, its count and share.
    A signed figure ("8500 (+183)") is a change, none.
    """
    by_start = {item.start: item for item in items}
    number_starts = [number.start for number in numbers]
    figures: list[_Figure] = []
    for figure in sum_figures(text, numbers, by_start):
        item = figure.item
        if text[max(0, item.start - 1) : item.start] == "+":
            continue
        end = max(item.end, item.head_end)
        if item.kind == "percent" and item.percent is not None:
            figures.append(
                _Figure(item.start, end, None, item.percent, None, item.qualifier, 1, item.end)
            )
        elif item.kind in ("count", "whole") and item.value is not None:
            previous = figures[-1] if figures else None
            if (
                previous is not None
                and previous.count is None
                and text[previous.end : item.start].strip() == "("
            ):
                close = text.find(")", end, end + 3)
                end = close + 1 if close >= 0 else end
                figures[-1] = previous._replace(count=item.value, noun=item.counted, end=end)
                continue
            noun = None if (item.counted or "").lower() in ("total", "overall") else item.counted
            if noun and _ELIDED_BEFORE_PARTICIPLE.match(noun):
                noun, end = None, item.end  # "including two containing ...": no noun
            scale = (
                _SCALES.get(word.group().lower(), 1)
                if (word := _SCALE_WORD.search(text, item.start, item.end))
                else 1
            )
            share = figure.share  # "640 (32 per cent)"
            end = max(end, figure.end) if share is not None else end
            figures.append(
                _Figure(item.start, end, item.value, share, noun, item.qualifier, scale, item.end)
            )
            if item.of_total is not None and (
                whole := _whole_of(numbers, number_starts, item, end)
            ):
                figures.append(whole)  # "7 of the 21 counties": the 21 the item holds
    return figures


def _whole_of(
    numbers: list[Number], number_starts: list[int], item: Item, end: int
) -> _Figure | None:
    """The whole "of the M" that an item of a part holds, as a figure of its own.

    ``number_starts`` are where ``numbers`` start: made once, not for each item.
    """
    at = bisect.bisect_right(number_starts, item.end)
    for number in numbers[at : at + 3]:
        if number.start >= end:
            break
        kind, value = read_value(number)
        if kind == "count" and value == item.of_total:
            return _Figure(number.start, number.end, value, None, item.counted, None, 1, number.end)
    return None


def _named_whole(text: str, lo: int, figure: _Figure) -> _Figure:
    """``figure`` with the noun of "the number of" its noun before it, where it has none.

    >>> text = "The number of refugees in camps reached 5,000"
    >>> _named_whole(text, 0, _Figure(40, 45, 5000, None, None, None, 1, 45)).noun
    'refugees'
    >>> text = "the total number of sorties carried out by aircraft amounted to 12,143"
    >>> _named_whole(text, 0, _Figure(64, 70, 12143, None, None, None, 1, 70)).noun
    'sorties'

    The noun is the words after "number of" up to a preposition, a bracket or a verb,
    without trailing participles and adverbs ("persons accredited to ..." -> "persons");
    the verb right before the count says the count is that number. No other figure
    stands between them.
    """
    if figure.noun is not None or figure.count is None:
        return figure
    at = text.rfind("number of", lo, figure.start)
    if at < 0:
        return figure
    named = _NUMBER_OF.search(text, max(lo, at - 30), figure.start)
    if named is None or not _NUMBER_STATED.search(text, named.start("noun"), figure.start):
        return figure
    if re.search(r"\d", _DATES.sub("", text[named.end() : figure.start])):
        return figure  # "the number of returnees in 12 districts was ...": another figure
    words: list[str] = []
    for word in named["noun"].split():
        if word in _PREPOSITIONS or word in _AUXILIARIES or word in _RELATIVES:
            break
        if words and _is_plural(words[-1]) and word.endswith(("ed", "ing")):
            break  # "sorties carried out by ...", "people returning voluntarily": a participle
        words.append(word)
    while len(words) > 1 and words[-1].endswith(("ed", "ing", "ly")):
        words.pop()  # "applications received" -> "applications"
    return figure._replace(noun=" ".join(words)) if words else figure


def _is_plural(word: str) -> bool:
    """Whether ``word`` may be a plural noun that ends a noun phrase ("sorties", "people")."""
    return (word.endswith("s") and not word.endswith("ss")) or word in ("people", "staff")


def _noun_key(noun: str | None) -> str | None:
    """A counted noun's head, in lower case, without a plural's "s"."""
    return noun.split()[-1].lower().removesuffix("s") if noun else None


def _is_people(noun: str | None) -> bool:
    """Whether a counted noun counts people (the dead too: "38 bodies", "22 victims")."""
    if not noun:
        return False
    for word in noun.lower().split():  # "staff members", "Ethiopian migrants"
        if (
            word in PEOPLE_NOUNS
            or word in _THE_DEAD
            or word in _ALSO_PEOPLE
            or is_demonym(word)
            or word.endswith("men")
        ):
            return True
    return False


# Counts of time, which are spans, never a whole a part points back at.
_SPANS = frozenset(("year", "month", "week", "day", "hour", "minute"))
_THE_DEAD = frozenset(
    ("bodies", "body", "remains", "fatalities", "fatality", "dead", "deaths", "death")
)
# People counted by how they came or were moved: "640 evacuees", "1,250 deportees".
_ALSO_PEOPLE = frozenset(("evacuees", "deportees", "idps", "delegates", "respondents"))


def _nouns_agree(whole: _Figure, part: _Figure) -> bool:
    """Whether the part counts the whole's noun, leaves it out, or a kind of it.

    "8.5 million children ..., including 2.4 million children", "13 trucks including
    two", "338 staff members including 323 decentralized staff", "51,736 individuals
    including 201 people with disabilities", deaths of cases ("24 cases, including eight
    fatalities"); "3 million people, including 40 trucks" no.
    """
    if part.noun is None or whole.noun is None:
        return True
    if _noun_key(part.noun) == _noun_key(whole.noun):
        return True
    whole_words = {word.lower().removesuffix("s") for word in whole.noun.split()}
    if _noun_key(part.noun) in whole_words:
        return True
    if _noun_key(whole.noun) == "case" and part.noun.split()[-1].lower() in _THE_DEAD:
        return True  # "286 laboratory-confirmed cases including one death": a fatal case
    return _is_people(whole.noun) and _is_people(part.noun)


def _fits(whole: _Figure, part: _Figure, *, stated: bool = False) -> bool:
    """Whether ``part`` may be a part of ``whole``: smaller, and a share that agrees.

    A share written with its count agrees with count/whole within one unit of its last
    digit, as writers round. A part written without the whole's scale word is smaller
    than one unit of it only where the text states it is "of" that whole (``stated``:
    "200,000 of Gaza's 2.2 million residents"), and then no smaller than a thousandth
    of it; after a link word it is another count ("4 million people ..., including
    1,100 children").
    """
    if whole.count is None or whole.count < 2:
        return False
    if part.count is not None and not 0 < part.count < whole.count:
        return False
    floor = whole.scale // 1000 if stated else whole.scale
    if part.count is not None and part.scale == 1 and part.count < floor:
        return False  # "4 million people ..., of whom 35 returned": scales that differ
    if part.percent is not None:
        if not 0 < part.percent < 100:
            return False
        if part.count is not None:
            ratio = Fraction(100 * part.count, whole.count)
            return abs(ratio - part.percent) <= 1
    return True


def _words(text: str, start: int, end: int) -> list[str]:
    """The words of ``text[start:end]``."""
    return _WORD.findall(text, start, end)


def _label_after(text: str, part: _Figure, end: int) -> tuple[str, int]:
    """What the part is or did: the words after it, and where they end.

    A relative pronoun and auxiliaries before them are left out ("children who were
    vaccinated for the first time" of "children" -> "vaccinated for the first time"),
    and so is an aside right after the part ("7055 (+69) are PR", "thirty-one, present
    on the last day, completed the questionnaire").
    """
    at = part.end
    if part.count is None:
        unit = _PERCENT_WORDS.match(text, at)
        at = unit.end() if unit else at
    aside = re.compile(r"\s{0,3}\([^()]{0,40}\)|,[^,()]{1,60},").match(text, at)
    stop = _LABEL_STOP.search(text, at, end)
    if (
        part.noun is None
        and aside is not None
        and (stop is None or stop.start() == at or text.startswith(" (", at))
    ):
        at = aside.end()  # "7055 (+69) are PR", "thirty-one, present on the last day, ..."
        stop = _LABEL_STOP.search(text, at, end)
    words = _words(text, at, stop.start() if stop else end)
    pointed = _POINTED.search(text, part.number_end, at) is not None
    if len(words) > 1 and words[0].lower() == "of" and words[1].lower() in _POINTERS:
        words, pointed = words[2:], True  # "13 of whom traveled through ..."
    verb = next((i for i, word in enumerate(words[:4]) if word in _AUXILIARIES), None)
    if pointed and verb:
        words = words[verb:]  # "42 per cent of these voters are women" -> "women"
    if words and words[0].lower() in _RELATIVES:
        words = words[1:]
    while words and (
        words[0] in _AUXILIARIES  # lower case: "May" is a month
        or (words[0] in _ADVERBS and len(words) > 1 and words[1] in _AUXILIARIES)
    ):
        words = words[1:]  # "of which 6,484 have already been destroyed" -> "destroyed"
    if len(words) > 3 and words[0].endswith("ed") and words[1:3] == ["to", "be"]:
        words = words[3:]  # "were assessed to be under the age of 18": what they were
    cut = next((i for i, word in enumerate(words) if i and word in _AUXILIARIES), None)
    words = words[:cut]  # "girls who were associated with armed groups have been released"
    words = words[:_MAX_LABEL_WORDS]
    while words and words[-1].lower() in _TRAILING:
        words = words[:-1]
    label_end = at
    if words:
        label_end = text.find(words[-1], at) + len(words[-1])
    return " ".join(words), label_end


def _category(text: str, part: _Figure, whole: _Figure, end: int) -> tuple[str, int] | None:
    """The part's category and where its words end, or ``None`` where it has no words."""
    label, label_end = _label_after(text, part, end)
    own_noun = part.noun and _noun_key(part.noun) != _noun_key(whole.noun)
    if own_noun and (not label or label_end <= part.end or label.split()[0] in _PREPOSITIONS):
        # "220 military observers", "15 women", "25,000 children through 17 trucks": the
        # group the part names, not where or how it was reached
        return part.noun, part.end
    if part.noun and label.startswith(part.noun + " "):
        label = label[len(part.noun) + 1 :]  # "610,000 people depend on ...": its own noun
    if not label:
        return None
    return label, max(label_end, part.end)


def _tally(
    text: str, whole: _Figure, part: _Figure, end: int, *, restated: bool = False
) -> Tally | None:
    """One breakdown: ``whole`` as its total and ``part`` as its one part, or ``None``.

    ``restated``: the share's "of the <noun>" names the whole again, no base of its own.
    """
    named = _category(text, part, whole, end)
    if named is None:
        return None
    category, part_end = named
    if part.count == 1 and part.noun is None:
        one = _ONE_NAMED.fullmatch(category)
        if one is None:
            return None  # "including one that will grant ...": a pronoun
        category = one["noun"]  # "Nineteen people, one of them a woman, survived"
    if part.count is None and not restated and _OWN_BASE.match(text, part.number_end):
        return None  # "Of the 120 countries, 40 per cent of the population ...": another base
    if _ONLY_TIME.fullmatch(category):
        return None  # "36 reports, including 12 in 2015": a time is no label
    if (
        part.noun is None
        and whole.noun
        and not _is_people(whole.noun)
        and _is_people(category)
        # "18 concerned staff members", "two concerning Palestine refugees": a verb
        and not category.split()[0].endswith(("ed", "ing"))
        and category.split()[0] not in _PLACE_WORDS  # "about the police": no people
    ):
        return None  # "4,000 houses of which 1,200 were Syrian nationals": other things
    if _COMPARED.search(category):
        return None  # "including 1,200 more than last week": a change, no part
    if _PRO_FORM.fullmatch(category):
        return None  # "Of the 193 Member States, 112 did so": what they did is said elsewhere
    goes_on = _LIST_GOES_ON.match(text, part_end)
    if goes_on is not None and not _OWN_WHOLE_NEXT.match(text, goes_on.end() - 1):
        return None  # "Of these, 2,778 were experts, 3,166 were ...": a list's first item
    counted = part.noun or whole.noun
    share = float(part.percent) if part.percent is not None else None
    split = Part(
        category,
        part.count,
        part.start,
        part_end,
        percent=share,
        counted=counted,
        counted_inherited=part.noun is None and whole.noun is not None,
        base=whole.noun if part.count is None else None,
        qualifier=part.qualifier,
    )
    return Tally(
        "breakdown",
        min(whole.start, part.start),
        max(part_end, whole.end),
        [split],
        total=whole.count,
        total_qualifier=whole.qualifier,
        unit="percent" if part.count is None else "count",
    )


def _verb_repeated(
    text: str, figures: list[_Figure], at: int, bounds: tuple[int, int, int]
) -> Tally | None:
    """A part the whole's own verb acted on, placed, in the sentence after the whole.

    "Partners have reached 750,000 people since March. Assistance was mostly provided in
    the east, with over 300,000 people reached in Nineveh governorate." -> total 750,000,
    "in Nineveh governorate" 300,000: the part counts the whole's noun, its participle
    repeats the verb of the whole's sentence ("reached" after "have reached") and a place
    in capitals names it; the part is the one figure of its sentence and the whole the one
    figure of the sentence before. Another verb ("with 300,000 people displaced in ...")
    or a second figure on either side is no such part.
    """
    previous_lo, lo, hi = bounds
    part = figures[at]
    if previous_lo == lo or part.count is None or part.noun is None or not at:
        return None
    acted = _REPEATED_VERB.match(text, part.end)
    if acted is None:
        return None
    if any(lo <= figure.start < hi for figure in figures[at + 1 :]):
        return None
    before = [figure for figure in figures[:at] if previous_lo <= figure.start]
    if len(before) != 1 or before[0].start >= lo:
        return None
    whole = before[0]
    if _noun_key(whole.noun) != _noun_key(part.noun) or not _fits(whole, part):
        return None
    stem = acted["verb"][:-2] if acted["verb"].endswith("ched") else acted["verb"][:-1]
    if not re.search(rf"\b{re.escape(stem)}(?:e[ds]|ing|s)?\b", text[previous_lo : whole.start]):
        return None  # "have assisted 750,000 people. ... with 300,000 people reached in ..."
    place = " ".join(_words(text, acted.start("place"), acted.end("place")))
    split = Part(
        place, part.count, part.start, acted.end(), counted=part.noun, qualifier=part.qualifier
    )
    return Tally(
        "breakdown",
        whole.start,
        acted.end(),
        [split],
        total=whole.count,
        total_qualifier=whole.qualifier,
    )


def _last_included(text: str, whole: _Figure, part: _Figure) -> re.Match[str] | None:
    """The joint before a count that ends a list of what "including" opened after a whole.

    "adopted seven resolutions, including on A; on B; and five under the agenda item ...":
    the items before the count name topics of the whole's things without a figure, the
    last item counts some of them (five of the seven).
    """
    joint = _LAST_ITEM.search(text, max(whole.end, part.start - 12), part.start)
    if joint is None:
        return None
    opened = text.find("including", whole.end, min(joint.start(), whole.end + 20))
    if opened < 0 or ";" not in text[opened : joint.start()]:
        return None
    return joint


def _in_aside(text: str, lo: int, whole: _Figure, end: int) -> bool:
    """Whether ``whole`` stands in an aside that closes before ``end``.

    "42 officials were accredited -- as opposed to six Chileans in Havana -- of whom only
    two ...": the link after the aside points past it, at the count of the main clause.
    """
    if _DASH.search(text, whole.end, end) and _DASH.search(text, lo, whole.start):
        return True
    close = text.find(")", whole.end, end)
    return close >= 0 and text.rfind("(", lo, whole.start) > text.rfind(")", lo, whole.start)


def _linked_after(text: str, figures: list[_Figure], at: int, lo: int, hi: int) -> Tally | None:
    """The part at ``at`` tied by a link to the last count before it in its sentence."""
    part = figures[at]
    reach = max(lo, part.start - 60)
    link = _LINK.search(text, reach, part.start) or _CLAUSE_BACK_LINK.search(
        text, reach, part.start
    )
    if link is None and at:
        link = _last_included(text, figures[at - 1], part)
    if link is None or at == 0:
        return None
    whole = figures[at - 1]
    if at > 1 and in_open_aside(text, figures[at - 2].end, whole.start):
        # "48,000 households (around 250,000 people), including ...", "14,230 people (as of
        # April some 13,900), including ...": an aside restates the count before it
        whole = figures[at - 2]
    bare = link.group().lstrip()[:1].isalpha()  # "52 resolutions including 9 on ...": no comma
    if whole.start < lo or link.start() < whole.end or link.start() - whole.end > _REACH:
        return None
    if _in_aside(text, lo, whole, link.end()):
        return None  # "42 officials -- as opposed to six in Havana -- of whom two": the aside's
    if link.re is _CLAUSE_BACK_LINK:
        whole = _with_noun_after(text, whole)  # "returned 444 persons ... - of these, 154"
    whole = _named_whole(text, lo, _with_listed_noun(text, whole, link.start()))
    named_before = _NUMBERS_BEFORE.search(text, max(lo, whole.start - 20), whole.start)
    if whole.noun is None and not named_before:
        return None  # "troops, which number 4,200, including ..." names its whole
    if not (_fits(whole, part) and _nouns_agree(whole, part)):
        return None
    tally = _tally(text, whole, part, hi)
    if tally is not None and bare and part.noun is None:
        first = tally.parts[0].category.split()[0].lower()
        if first in _PREPOSITIONS:
            return None  # "adopted 52 resolutions including 9 on human rights": a modifier
    return tally


def _with_listed_noun(text: str, figure: _Figure, link: int) -> _Figure:
    """``figure`` with the plural noun that ends the words up to ``link``, where it has none.

    The item reader reads no noun past a list of modifiers: "148,459 primary, secondary and
    high school students, including 62,096 girls" counts "students".

    >>> text = "148,459 primary, secondary and high school students, including 62,096 girls"
    >>> _with_listed_noun(text, _Figure(0, 7, 148459, None, None, None, 1, 7), 51).noun
    'students'

    Only modifiers, commas and "and"/"or" may stand before the noun: a verb or a
    preposition makes the words a clause ("240 were reported in the districts, ...").
    """
    if figure.noun is not None or figure.count is None or link - figure.number_end > 80:
        return figure
    listed = _LISTED_NOUN.fullmatch(text, figure.number_end, link)
    if listed is None:
        return figure
    words = listed.group().replace(",", " ").split()
    if any(word in _PREPOSITIONS or word in _AUXILIARIES or word in _RELATIVES for word in words):
        return figure
    return figure._replace(noun=listed["noun"])


def _part_then_link(text: str, figures: list[_Figure], at: int, lo: int, hi: int) -> Tally | None:
    """The part at ``at`` followed by "of whom": "165 migrants returned – 13 of whom ..."."""
    part = figures[at]
    if at == 0 or not (link := _OF_WHOM_AFTER.match(text, part.number_end)):
        return None
    whole = figures[at - 1]
    if part.noun is not None:
        # "three of whom carried assault rifles", "5,000 of them urban refugees": the words
        # after the pointer say what the part is or did; its noun is the whole's
        part = part._replace(noun=None, end=part.number_end)
    if link.group().split()[-1] in ("these", "those", "them"):
        whole = _with_noun_after(text, whole)  # "returned 444 persons ..., and 154 of these"
    whole = _named_whole(text, lo, whole)
    if whole.start < lo or whole.noun is None or part.start - whole.end > _REACH:
        return None
    if not _JOINT_BEFORE.search(text, max(whole.end, part.start - 40), part.start):
        return None
    if _in_aside(text, lo, whole, part.start):
        return None  # a whole inside an aside: the link points past it
    if not (_fits(whole, part) and _nouns_agree(whole, part)):
        return None
    return _tally(text, whole, part, hi)


def _with_noun_after(text: str, figure: _Figure) -> _Figure:
    """``figure`` with the noun written after it, where the items read none (an object).

    >>> figure = _Figure(9, 12, 444, None, None, None, 1, 12)
    >>> _with_noun_after("returned 444 persons in May", figure).noun
    'persons'
    """
    if figure.noun is not None or figure.count is None:
        return figure
    after = _NOUN_AFTER.match(text, figure.number_end)
    return figure._replace(noun=after["noun"]) if after is not None else figure


def _pointed_back(
    text: str, figures: list[_Figure], at: int, bounds: tuple[int, int, int]
) -> Tally | None:
    """A sentence opening "Of these", "Out of them", ...: the whole is the sentence before's.

    A part that gives its count and its share takes the one count of that sentence that
    it fits (smaller, of an agreeing noun, its share within rounding). A bare count or a
    bare share ("Of these, 20 came from Governments", "Of this total, 88 per cent ...")
    takes the one count that can be the whole (:func:`_whole_pointed_at`); none, or two
    that the nouns do not tell apart: no reading.
    """
    previous_lo, lo, hi = bounds
    part = figures[at]
    if previous_lo == lo:
        return None
    link = _BACK_LINK.fullmatch(text, lo, part.start)
    named = link["named"].split() if link is not None else []
    # "Of the reported cases, 901 (6.4%) ...": the article points back where its words
    # name the whole's noun again
    restated = link is not None and link["article"] is not None
    if restated and not named:
        return None
    if link is None:
        back = _BACK_OF.match(text, part.number_end)
        if back is None or not _OPENS.fullmatch(text, lo, part.start):
            return None  # "Of these, 2,133 ...", "Almost 42 per cent of these voters are ..."
        pointed = _named_after_pointer(text, back)
        if pointed is None:
            return None  # "40 per cent of refugees in the region": a whole of its own
        named, noun_end = pointed
        restated = back["pointer"] is None
        if named:  # "Seventy of these urgent appeals were ...": the whole's noun, no label
            part = part._replace(noun=None, end=noun_end)
    if any(figure.start < part.start for figure in figures[:at] if figure.start >= lo):
        return None
    if part.count is None or part.percent is None:
        whole = _whole_pointed_at(text, figures[:at], part, (previous_lo, lo), named)
        if whole is None or (restated and not _names_again(whole, named)):
            return None
        pronoun = not _COUNT_NAMES.intersection(named)  # "of this total" names a count
        if pronoun and _other_plural_meant(text, (whole.end, lo), named):
            return None  # "96 petitions about the closure of schools. 30 of them ...": which?
        return _tally(text, whole, part, hi, restated=restated)
    wholes = [
        figure
        for figure in figures[:at]
        if previous_lo <= figure.start < lo
        and _fits(figure, part)
        and _nouns_agree(figure, part)
        and (not restated or _names_again(figure, named))
    ]
    if len(wholes) != 1:
        return None  # two counts the ratio fits, or none
    return _tally(text, wholes[0], part, hi)


def _named_after_pointer(text: str, back: re.Match[str]) -> tuple[list[str], int] | None:
    """The words after a part's "of these" (or "of the") that name its whole, and their end.

    >>> text = "38 per cent of these complaints concerned the police"
    >>> _named_after_pointer(text, _BACK_OF.match(text, 2))
    (['complaints'], 31)
    >>> text = "70 of these urgent appeals were joint actions"
    >>> _named_after_pointer(text, _BACK_OF.match(text, 2))
    (['urgent', 'appeals'], 26)
    >>> text = "2,973 of this total were under 18"
    >>> _named_after_pointer(text, _BACK_OF.match(text, 5))
    (['total'], 19)

    The noun phrase ends at a plural (or "total", "number", "figure") that a verb of the
    part's clause follows: an auxiliary, a modal or a verb in -ed. A pronoun may stand
    alone ("of these were women": no words); "of the" or no article needs a noun phrase
    so ended ("40 per cent of refugees in the region" names a whole of its own: ``None``).
    """
    pointer = back["pointer"]
    if pointer == "them":
        return [], back.end()
    words: list[str] = []
    ends: list[int] = []
    at = back.end()
    for _ in range(4):
        word = _NEXT_WORD.match(text, at)
        if word is None:
            break
        words.append(word["word"])
        ends.append(word.end())
        at = word.end()
    for i, word in enumerate(words[:3]):
        if word in _COUNT_NAMES and pointer:
            return words[: i + 1], ends[i]  # "of this total"
        after = words[i + 1] if i + 1 < len(words) else ""
        if (_is_plural(word) or word in _COUNT_NAMES) and (
            after in _AUXILIARIES or after in _MODALS or after.endswith("ed")
        ):
            return words[: i + 1], ends[i]
        if word in _AUXILIARIES or word in _PREPOSITIONS:
            break
    if pointer in ("these", "those"):
        return [], back.end()
    return None


def _names_again(whole: _Figure, named: list[str]) -> bool:
    """Whether ``named`` ("the registered complaints") names ``whole``'s noun again.

    Its head is the whole's, and the words before it are words of the whole's noun,
    participles ("registered") or words of a whole ("total", "overall").
    """
    if not named or whole.noun is None or _noun_key(whole.noun) != _noun_key(named[-1]):
        return False
    words = {word.lower().removesuffix("s") for word in whole.noun.split()}
    return all(
        word.lower().removesuffix("s") in words or word in _RESTATING or word.endswith("ed")
        for word in named[:-1]  # "the Member States": the whole's words in any case
    )


def _other_plural_meant(text: str, span: tuple[int, int], named: list[str]) -> bool:
    """Whether a plural after a preposition in ``span`` may be what a back link means.

    >>> text = "75 petitions about the closure of schools. "
    >>> _other_plural_meant(text, (12, len(text)), [])
    True

    A link that names its noun ("Of these cases,") means only a plural of that noun:

    >>> text = "648 cases were reported to WHO from 15 countries. "
    >>> _other_plural_meant(text, (9, len(text)), ["cases"])
    False
    """
    other = _OTHER_PLURAL.search(text, *span)
    if other is None:
        return False
    names = [word for word in named if word not in _COUNT_NAMES]
    return not names or _noun_key(other.group()) == _noun_key(names[-1])


def _whole_pointed_at(
    text: str,
    figures: list[_Figure],
    part: _Figure,
    sentence: tuple[int, int],
    named: list[str],
) -> _Figure | None:
    """The one count of the sentence before that a bare part's back link points at.

    Blind readers of UN text take it as the whole: "The Unit answered 45 requests in 2006.
    Of these, 20 came from Governments" (45). The counts that may be meant are the
    sentence's counts with a noun (read after an object's figure too: "returned 444
    persons"), but none in parentheses (another unit of the same whole: "884,000
    individuals (205,500 households)") and none that places it ("in 1,658 locations").
    Where the part or the link names a noun ("Of these households,"), only counts of that
    noun or, for people, of people may be meant. One count left, which the part fits: the
    whole; two ("40 claims and 9 appeals") or none: ``None``.
    """
    lo, hi = sentence
    candidates = []
    for figure in figures:
        if not lo <= figure.start < hi or figure.count is None or figure.percent is not None:
            continue
        if _PLACING.search(text, max(lo, figure.start - 20), figure.start):
            continue  # "identified in 1,658 locations"
        if text.rfind("(", lo, figure.start) > text.rfind(")", lo, figure.start):
            continue  # "(approximately 205,500 households)"
        figure = _named_whole(text, lo, _with_noun_after(text, figure))
        if figure.noun is None or _noun_key(figure.noun) in _SPANS:
            continue  # "aged 60 years": a span of time, no whole
        candidates.append(figure)
    names = [word for word in named if word not in _COUNT_NAMES]
    if names:  # "Of these households,": a count of households
        name = " ".join(names)
        candidates = [
            figure
            for figure in candidates
            if _noun_key(figure.noun) == _noun_key(name)
            or (_is_people(figure.noun) and _is_people(name))
        ]
    if part.noun is not None:  # "Of these, 4,800 children ...": a count of people
        candidates = [figure for figure in candidates if _nouns_agree(figure, part)]
    if len(candidates) != 1 or not _fits(candidates[0], part):
        return None
    return candidates[0]


def _of_the_opening(text: str, figures: list[_Figure], at: int, lo: int, hi: int) -> Tally | None:
    """A whole that opens the sentence, its part after the whole's clause.

    "Of the more than 8,200 police personnel serving across 17 missions, more than 20 per
    cent are women". The whole opens the sentence; its clause ends at the first comma;
    counts inside it after a preposition place it ("across 17 missions"); the part
    follows the comma.
    """
    whole = figures[at]
    opening = _OF_THE_OPENING.fullmatch(text, lo, whole.start)
    if whole.count is None or opening is None:
        return None
    if whole.count in _POWERS_OF_TEN and not _DETERMINED.search(opening.group()):
        return None  # "Out of 10 children, 3 ...": a rate
    comma = text.find(",", whole.end, min(hi, whole.end + 120))
    if comma < 0:
        return _unmarked_part(text, figures, at, hi)
    following = [figure for figure in figures[at + 1 :] if figure.start > comma]
    if not following:
        return None
    part = following[0]
    gap = text[comma + 1 : part.start]
    if not re.fullmatch(r"\s{1,3}" + _QUALIFIER, gap):
        return None
    inside = [figure for figure in figures[at + 1 :] if figure.start < comma]
    placed = re.compile(r"\b(?:across|in|at|from|on|over)\s{1,3}$")
    if any(not placed.search(text, max(0, f.start - 12), f.start) for f in inside):
        return None
    if not (_fits(whole, part) and _nouns_agree(whole, part)):
        return None
    return _tally(text, whole, part, hi)


def _unmarked_part(text: str, figures: list[_Figure], at: int, hi: int) -> Tally | None:
    """The part after an opening whole whose clause no comma closes.

    "Among the 630 persons processed for return in Iran 5 did not present themselves",
    "Of the 336 refugees who were deregistered in Iran in 2020 so far only 327 presented
    at ...": the part is the first bare count after the whole that a verb follows; counts
    between (after a preposition) place the whole.
    """
    whole = figures[at]
    for part in figures[at + 1 : at + 4]:
        if part.start >= hi or part.start - whole.end > 120:
            return None
        if part.noun is None and part.count is not None and _VERB_AFTER.match(text, part.end):
            break
        if not re.search(r"\b(?:across|in|at|from|on|over)\s{1,3}$", text[: part.start]):
            return None
    else:
        return None
    if not _UNMARKED_BEFORE.search(text, whole.end, part.start):
        return None
    if not (_fits(whole, part) and _nouns_agree(whole, part)):
        return None
    return _tally(text, whole, part, hi)


# Before a part that no comma sets off: a name, a year or an adverb of time, then a focus
# word ("in Iran 5", "in 2020 so far only 327").
_UNMARKED_BEFORE = re.compile(
    r"(?:\b[A-Z][\w-]+|\b(?:19|20)\d\d|\bso\s{1,3}far|\bto\s{1,3}date)\s{1,3}"
    r"(?:(?:only|just|some|about|nearly|almost|over)\s{1,3})?$"
)
# A verb right after a part: "5 did not present", "327 presented", "12 were closed".
_VERB_AFTER = re.compile(
    r"\s{1,3}(?:did|do|does|were|was|are|is|have|has|had|had\s{1,3}been|[a-z]{3,20}ed)\b"
)


# The rest of the subject after the whole, then its auxiliary: "people, are".
_PREDICATE = re.compile(
    r"[^.;:()]{0,80}?\b(?:are|were|is|was|have|has|had)\b(?:\s{1,3}(?:been|not))?"
)
# A whole with no noun, its part's verb in the past right after it: "109 of the 130
# completed the questionnaire" (the noun was named before: "Resident coordinators").
_BARE_WHOLE_VERB = re.compile(r"\s{1,3}(?:also\s{1,3}|then\s{1,3})?[a-z]{2,20}ed\s{1,3}[a-z]")
# A figure in the rest of the subject other than a year.
_FIGURE_IN_SUBJECT = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d")


def _part_of_whole(
    text: str,
    figures: list[_Figure],
    at: int,
    lo: int,
    hi: int,
    *,
    only_not_subject: bool = False,
) -> Tally | None:
    """A part and its whole after "(out) of", the part a subject, an object or after "in".

    The part is its clause's subject, the object of a verb of holding or making up, or
    after a preposition of where or by whom.
    "1.4 million out of 1.9 million people, are ...", "27 installations of the current 87
    total have been surveyed"; "Small States make up 18 of the 54 members" (the subject
    and its verb are the category); "Gains were recorded in only 6 of 70 targets" (the
    clause before the preposition).
    """
    part = figures[at]
    if at + 1 >= len(figures) or part.count is None or part.count < 2:
        return None
    whole = figures[at + 1]
    if whole.count is None or not _PART_OF_WHOLE.fullmatch(text, part.number_end, whole.start):
        return None
    between = text[part.number_end : whole.start]
    if text.startswith("-", whole.number_end):
        return None  # "Eleven of the 15-member Council's meetings": the size of a body
    if not _DETERMINED.search(between) and (
        whole.count <= _LARGEST_RATE_BASE or whole.count in _POWERS_OF_TEN
    ):
        return None  # "four out of ten Ecuadorians", "Three out of four are women": a rate
    if not _SUBJECT_BEFORE.search(text[lo : part.start]):
        # "has ratified 10 out of the 12 conventions": the object of a verb that picks
        return _part_in_clause_before(text, whole, part, lo)
    if only_not_subject:
        return None
    if not (_fits(whole, part, stated=True) and _nouns_agree(whole, part)):
        return None
    if whole.noun is None and _BARE_WHOLE_VERB.match(text, whole.number_end):
        return _tally(text, whole, part._replace(end=whole.number_end), hi)
    verb = _PREDICATE.match(text, whole.end)
    if verb is None or _FIGURE_IN_SUBJECT.search(verb.group()):
        return None  # "7 of the 21 counties in at the end of 1999 were ...": a year may date it
    return _tally(text, whole, part._replace(end=verb.end()), hi)


# The largest whole of a rate written with no determiner: "four out of ten", "3 of 4",
# "two of five"; "32 of 56 member countries" and "four of 90 goals" are parts of a whole.
_LARGEST_RATE_BASE = 10
_CLAUSE_REACH = 120  # characters before a part where the clause that holds it may open
# A part as the object of a verb of holding, hosting or making up, after the group that
# holds it: "Small island States make up 18 of the 54 members", "The province hosts 1.2
# million out of the 3.4 million refugees", "Women represent 32 of 56 judges". Verbs that
# pick from a set ("signed", "ratified", "elected", "considered", "appointed", "granted")
# hold nothing: none (README decision, tallies13).
_HOLDER_VERB_BEFORE = re.compile(
    r"(?:^|[,;:]|\b(?:and|while|but|whereas|that))\s{0,3}"
    r"(?P<label>(?P<holder>(?:[A-Za-z][\w'’.-]{0,30}\s{1,3}){1,5}?)"
    r"(?:(?:now|still|alone|together|currently|already|also|thus|therefore)\s{1,3})?"
    r"(?P<verb>represent(?:s|ed)?|host(?:s|ed)?|contain(?:s|ed)?|constitut(?:e|es|ed)"
    r"|(?:make|makes|made)\s{1,3}up|account(?:s|ed)?\s{1,3}for|occup(?:y|ies|ied)"
    r"|hold|holds|held|caus(?:e|es|ed)|contribut(?:e|es|ed)|provid(?:e|es|ed)|suppl(?:y|ies|ied)"
    r"|(?:is|are|was|were)\s{1,3}home\s{1,3}to))\s{1,3}" + _QUALIFIER + r"$"
)
# Who holds no group of its own: a pronoun, a body whose holdings are its own acts.
_NO_HOLDER = re.compile(
    r"(?i:it|they|we|this|these|those|that|he|she|which|who)\b"
    r"|The\s{1,3}(?:[A-Z][\w-]*\s{1,3})*(?:Committee|Council|Commission|Assembly|Board"
    r"|Group|Office|Secretariat|Mission|Court|Conference|Panel)\b"
)
# A part after a preposition of where or by whom, the clause before it saying what was done
# there or by them: "Measurable gains were recorded in only 12 of the 64 targets", "The
# plan was endorsed by 14 of the 20 ministers". "to", "of", "for", "across" ("a party to 11
# of the 12 conventions", "governors of 8 of the 10 States") open no such part.
_CLAUSE_THEN_PREPOSITION = re.compile(
    r"(?:^|[,;:]|\b(?:and|while|but|whereas|that))\s{0,3}"
    r"(?P<label>(?:[A-Za-z][\w'’.-]{0,30}\s{1,3}){2,10}?)"
    r"(?P<preposition>in|by)\s{1,3}" + _QUALIFIER + r"$"
)


def _part_in_clause_before(text: str, whole: _Figure, part: _Figure, lo: int) -> Tally | None:
    """A part that is no subject: the object of a verb of holding, or after "in" or "by".

    Its category is the clause before it, which says what the part is or did: "Small
    island States make up", "Measurable gains were recorded". A verb that picks from a
    set, a preposition of another kind or a clause with no verb gives none.
    """
    if not (_fits(whole, part, stated=True) and _nouns_agree(whole, part)):
        return None
    start = max(lo, part.start - _CLAUSE_REACH)
    before = text[start : part.start]
    found = _HOLDER_VERB_BEFORE.search(before)
    if found is not None:
        if _NO_HOLDER.match(found["holder"]):
            return None  # "It holds 3 of the 12 seats", "The Committee held 2 of its 9 ..."
    else:
        found = _CLAUSE_THEN_PREPOSITION.search(before)
        if found is None:
            return None
        words = found["label"].split()
        last = words[-1].lower()
        if found["preposition"] == "by" and not last.endswith(("ed", "en")):
            return None  # "by" names the agent of a passive only: "was endorsed by"
        if not any(word.lower() in _AUXILIARIES or word.endswith("ed") for word in words):
            return None  # "the highest rates in 3 of the 10 regions": no clause
        if words[0].lower() in _NO_CLAUSE_OPENERS:
            return None  # "Comparison of ...", "In 2020, in 4 of the 9 ...": no subject
    label = " ".join(found["label"].split())
    if _RULE_WORDS.intersection(label.lower().split()):
        return None  # "must be supported by 10 of the 54 members": a rule, no part
    if _LEVEL_WORDS.search(label):
        return None  # "Unemployment was highest in 3 of the 10 regions": a level, no part
    category_start = start + found.start("label")
    split = Part(
        label,
        part.count,
        category_start,
        max(part.end, whole.end),
        counted=part.noun or whole.noun,
        counted_inherited=part.noun is None and whole.noun is not None,
        qualifier=part.qualifier,
    )
    return Tally(
        "breakdown",
        category_start,
        max(part.end, whole.end),
        [split],
        total=whole.count,
        total_qualifier=whole.qualifier,
        unit="count",
    )


# Words of a rule or a prospect: a clause with one of them states what must or may happen.
_RULE_WORDS = frozenset(
    ("must", "shall", "should", "would", "could", "may", "might", "can", "will", "be")
)
# Words of a level or a comparison: what the places of a rate have, no part of a whole.
_LEVEL_WORDS = re.compile(r"(?i)\b(?:\w+est|higher|lower|above|below|than|rates?|average)\b")
# Words that open no clause whose subject did something: a preposition or an adverb of time.
_NO_CLAUSE_OPENERS = _PLACE_WORDS | frozenset(("it", "there", "this", "these", "they", "we"))


def _share_made_up(text: str, figures: list[_Figure], at: int, lo: int) -> Tally | None:
    """A share of the whole before it that a group "with" makes up: one part.

    "178,977 refugees had been registered, with South Sudanese making up 49.5% of the
    registered population" (total 178,977, "South Sudanese" 49.5 per cent), "Staff
    numbered 39,651, with women accounting for 35.1 per cent". The whole is the count
    right before "with" in the sentence, with its noun; the share is "of" it when it
    names no base, names the whole's noun again ("of the registered refugees") or a word
    for all of it ("of the total", "of the camp population"); the part is the group that
    opens the clause. Another base ("of the estimated annual burden") is none.
    """
    part = figures[at]
    if at == 0 or part.count is not None or part.percent is None:
        return None
    made = _MADE_UP_BEFORE.search(text, max(lo, part.start - 110), part.start)
    if made is None:
        return None
    # the count before "with", past shares of a change ("39,651 ..., down 4 per cent ...")
    counts = [f for f in figures[:at] if lo <= f.start and f.end <= made.start()]
    while counts and counts[-1].count is None:
        counts.pop()
    if not counts or counts[-1].percent is not None:
        return None
    whole = counts[-1]
    if made.start() - whole.end > _REACH:
        return None
    whole = _named_whole(text, lo, _with_noun_after(text, whole))
    unit = _PERCENT_WORDS.match(text, part.number_end)
    end = unit.end() if unit else part.number_end
    base = _MADE_UP_OF.match(text, end)
    if base is not None:
        named = base["base"].split()
        whole_word = named[-1] in _WHOLE_WORDS and not _PROJECTED.intersection(named)
        if not whole_word and not _names_again(whole, named):
            return None  # "representing 38 per cent of the estimated annual burden"
        end = base.end()
    elif re.match(r"\s{1,3}of\b", text[end : end + 5]):
        return None
    if whole.noun is None and base is None:
        return None
    if not _fits(whole, part):
        return None
    label = made["label"].strip()
    label = re.sub(r"^(?:the|a|an)\s{1,3}", "", label)
    if not label or _ONLY_TIME.fullmatch(label) or re.search(r"\b(?:than|more|less)\b", label):
        return None
    split = Part(
        label,
        None,
        made.start("label"),
        end,
        percent=float(part.percent),
        counted=whole.noun,
        counted_inherited=whole.noun is not None,
        base=whole.noun,
        qualifier=part.qualifier,
    )
    return Tally(
        "breakdown",
        whole.start,
        end,
        [split],
        total=whole.count,
        total_qualifier=whole.qualifier,
        unit="percent",
    )


# "..., with 40,598 to Spain": a part that "with" opens after its whole's clause.
_WITH_BEFORE = re.compile(r"(?:,|\s[-–—]{1,2})?\s{1,3}with\s{1,3}" + _QUALIFIER + r"$")
# What such a part is, named by where it went or came from, or its cause.
# "four from each region": so many of every group; "1.5 million in Uganda alone": a
# place narrowed from the whole's, which the README keeps none.
_DISTRIBUTIVE = frozenset(("each", "every", "per", "apiece", "alone"))
_ROUTE_WORDS = frozenset(
    "to from in at through via into across within due".split()  # noqa: SIM905
)


def _with_part(text: str, figures: list[_Figure], at: int, lo: int, hi: int) -> Tally | None:
    """A count after "with" that is some of the count before it, named by a place or a cause.

    "88,736 migrants and refugees entered Europe by sea in 2018, with 40,598 to Spain"
    (total 88,736, "to Spain"), "more than 3,500 personnel have lost their lives ...
    with 943 due to acts of violence". The part names no noun or the whole's, is smaller
    than the whole, and is labelled by a preposition of place, route or cause: a
    participle ("with 33 injured") may name another event, a time alone ("with 1,200
    in 2019") says only when, and "each" or "per" makes the count so many of every
    group ("16 members, with four from each region").

    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = "Some 9,000 people fled, with 5,000 to Chad."
    >>> numbers = find_numbers(text)
    >>> figures = _figures(text, numbers, read_items(text, numbers=numbers))
    >>> tally = _with_part(text, figures, 1, 0, len(text))
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (9000, [('to Chad', 5000)])
    """
    part = figures[at]
    if at == 0 or part.count is None or part.percent is not None:
        return None
    if _WITH_BEFORE.search(text, max(lo, part.start - 40), part.start) is None:
        return None
    whole = figures[at - 1]
    if whole.start < lo or whole.count is None or whole.percent is not None:
        return None
    whole = _named_whole(text, lo, _with_noun_after(text, whole))
    if whole.noun is None or part.start - whole.end > _REACH:
        return None
    if part.noun is not None and _noun_key(part.noun) != _noun_key(whole.noun):
        return None  # "22 people with more than 1,500 households affected": another count
    if _in_aside(text, lo, whole, part.start) or not _fits(whole, part):
        return None
    label, _ = _label_after(text, part, hi)
    words = label.split()
    if not words or words[0].lower() not in _ROUTE_WORDS:
        return None
    if words[0].lower() == "due" and words[1:2] != ["to"]:
        return None
    if _DISTRIBUTIVE.intersection(word.lower() for word in words):
        return None  # "16 members, with four from each region": so many of every group
    return _tally(text, whole, part._replace(noun=None), hi)


_COMPARED_WITH = re.compile(r"\b(?:compared|together|along|coupled|as\s{1,3}against)\s{1,3}with\b")
_DETERMINERS = frozenset("the a an its their his her this that these those".split())  # noqa: SIM905
# The words right after a part's count: "4,100 to Sicily" -> "to Sicily".
_AFTER_COUNT = re.compile(
    r"[\d.,]+(?:\s{1,3}(?:million|thousand|billion))?(?P<words>(?:\s{1,3}[\w-]+){1,3})"
)


def with_wholes_before_with(text: str, tallies: list[Tally]) -> list[Tally]:
    """Read a split of two counts, the second after "with", as a whole and one part of it.

    "IOM reports that 12,300 migrants reached Italy by sea this year, with 4,100 to
    Sicily" was read as two parts ("reached Italy by sea this year" 12,300, "to Sicily"
    4,100). The two labels are not parallel: the first says what the count did, the
    second only where it went, came from or why; the second is smaller; "with" ties it
    to the first as some of it (:func:`_with_part`). Such a tally becomes one of total
    12,300 and the one part "to Sicily". Parallel labels ("displaced in Chad, with 700
    in Niger" read as "Chad", "Niger"), a distributive ("four from each region") and
    tallies with a total, shares or votes are left as they are. Tallies are changed in
    place; the list is returned.

    >>> first = Part("reached Italy", 12300, 9, 38)
    >>> second = Part("to Sicily", 4100, 45, 60)
    >>> text = "IOM said 12,300 migrants reached Italy, with 4,100 to Sicily."
    >>> tally = with_wholes_before_with(text, [Tally("breakdown", 9, 61, [first, second])])[0]
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (12300, [('to Sicily', 4100)])
    """
    for tally in tallies:
        if tally.kind != "breakdown" or tally.total is not None or len(tally.parts) != 2:
            continue
        first, second = tally.parts
        if first.count is None or second.count is None or not 0 < second.count < first.count:
            continue
        if first.percent is not None or second.percent is not None:
            continue
        joint = _WITH_BEFORE.search(text, max(first.end, second.start - 40), second.start)
        if joint is None or _COMPARED_WITH.search(text, max(0, joint.start() - 12), joint.end()):
            continue  # "totalled 610, compared with 240 through ...": two counts set side by side
        after = _AFTER_COUNT.match(text, second.start)
        words = after["words"].lower().split() if after is not None else []
        opening = first.category.split()[0] if first.category else ""
        if not words or words[0] not in _ROUTE_WORDS or not opening.islower():
            continue  # "in Chad, with 700 in Niger" read as "Chad", "Niger": parallel
        if opening in _PLACE_WORDS or opening in _DETERMINERS or _DISTRIBUTIVE.intersection(words):
            continue  # the first says what its count did: "reached", "lost", "entered"
        if words[0] == "due" and words[1:2] != ["to"]:
            continue
        second.counted = second.counted or first.counted
        second.counted_inherited = second.counted_inherited or first.counted is not None
        tally.total, tally.total_qualifier = first.count, first.qualifier
        tally.parts = [second]
    return tallies


class _Tail:
    """Whether the words from a place to a sentence's end say its figure is no part.

    ``_NOT_A_PART.search(text[start:hi])`` for each part found read a long sentence once
    for each of its parts (quadratic). Every match opens a word and none holds another,
    so the matches after ``start`` are those of the whole sentence, found once; only a
    match at ``start`` itself, where the words cut there open, is looked for again.

    >>> text = "Of 90 staff, 40 were hired, up from 30; 12 left."
    >>> tail = _Tail(text, 0, len(text))
    >>> tail.not_a_part(13), tail.not_a_part(28), tail.not_a_part(30)
    (True, True, False)
    """

    __slots__ = ("_dollar", "_hi", "_starts", "_text")

    _WORDS = 64  # characters read at the cut; a longer match is read to the end

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self._text, self._hi = text, hi
        self._starts = [match.start() for match in _NOT_A_PART.finditer(text, lo, hi)]
        self._dollar = text.rfind("$", lo, hi)

    def not_a_part(self, start: int) -> bool:
        """Whether ``text[start:hi]`` names a change, a vote or a sum in dollars."""
        if self._dollar >= start:
            return True
        after = bisect.bisect_right(self._starts, start)
        if after < len(self._starts):
            return True
        cut = self._text[start : min(self._hi, start + self._WORDS)]
        match = _NOT_A_PART.match(cut)
        if match is not None and match.end() == len(cut) and start + len(cut) < self._hi:
            match = _NOT_A_PART.match(self._text[start : self._hi])  # a match as long as the cut
        return match is not None


def find_linked_parts(
    text: str,
    items: list[Item],
    numbers: list[Number],
    taken: list[tuple[int, int]],
    *,
    only_back: bool = False,
    only_not_subject: bool = False,
) -> list[Tally]:
    """One-part breakdowns tied to their whole by a link word, in sentences no tally holds.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in it.
    numbers
        The numbers of ``text``.
    taken
        The spans of the tallies found so far: a sentence that overlaps one is left alone.
    only_back
        Read only parts of a sentence that points back at the sentence before ("Of these,
        ..."): for a paragraph whose whole is no item ("reached 1,200 people").
    only_not_subject
        Read only a part "(out) of" its whole that is no subject of its clause ("Gains were
        recorded in 12 of the 64 targets"): for a paragraph whose one item holds both, a
        subject the other readers have read already.

    Returns
    -------
    list of Tally
        One ``breakdown`` per part found, in order: ``total`` the whole (with its
        qualifier), one part whose ``count`` (or ``percent``, ``unit`` "percent") is the
        part's and whose ``category`` is what it is or did.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = "The force has 4,200 troops, including 220 military observers."
    >>> numbers = find_numbers(text)
    >>> tally = find_linked_parts(text, read_items(text, numbers=numbers), numbers, [])[0]
    >>> tally.total, [(p.category, p.count) for p in tally.parts]
    (4200, [('military observers', 220)])

    A part larger than its whole is none:

    >>> text = "Some 1.4 million people need protection, including 7.3 million children."
    >>> numbers = find_numbers(text)
    >>> find_linked_parts(text, read_items(text, numbers=numbers), numbers, [])
    []
    """
    figures = _figures(text, numbers, items)
    if len(figures) < 2:
        return []
    sentences = [*sentence_starts(text), len(text)]
    found: list[Tally] = []
    tails: dict[tuple[int, int], _Tail] = {}  # each sentence's words read once
    last_end = -1
    for at, figure in enumerate(figures):
        if figure.start < last_end:
            continue
        sentence = bisect.bisect_right(sentences, figure.start) - 1
        lo, hi = sentences[sentence], sentences[sentence + 1]
        if any(start < hi and lo < end for start, end in taken):
            continue
        previous_lo = sentences[sentence - 1] if sentence else lo
        if only_back:
            tally = _pointed_back(text, figures, at, (previous_lo, lo, hi)) or _share_made_up(
                text, figures, at, lo
            )
            if tally is None and only_not_subject:
                tally = _part_of_whole(text, figures, at, lo, hi, only_not_subject=True)
        else:
            tally = (
                _linked_after(text, figures, at, lo, hi)
                or _part_then_link(text, figures, at, lo, hi)
                or _pointed_back(text, figures, at, (previous_lo, lo, hi))
                or _verb_repeated(text, figures, at, (previous_lo, lo, hi))
                or _of_the_opening(text, figures, at, lo, hi)
                or _part_of_whole(text, figures, at, lo, hi)
                or _share_made_up(text, figures, at, lo)
                or _with_part(text, figures, at, lo, hi)
            )
        if tally is None:
            continue
        first = min(tally.start, tally.parts[0].start)
        if (previous_lo, hi) not in tails:
            tails[previous_lo, hi] = _Tail(text, previous_lo, hi)
        # "..., compared with 60 per cent in ...", a sum in dollars
        category = tally.parts[0].category
        if tails[previous_lo, hi].not_a_part(max(first, previous_lo)) or (
            _NEED.search(category) and not _IN_NEED.search(category)
        ):
            continue
        if any(start <= tally.start < end for start, end in taken):
            continue  # a whole another reader holds
        if tally.start < last_end:
            continue  # its whole is in the words of the part before: no overlaps
        found.append(tally)
        last_end = tally.end
    return found
