"""One part of a whole its sentence states, read where no other reader found a tally.

Reports state one part of a whole with a few links between the two counts:

    The Panel received 68 reports of violations of the arms embargo, 40 of which it was
    able to confirm.
    There are more than 2000 international civil servants working in the Secretariat,
    of which 700 are in field offices.
    There are currently 72 ongoing investigations, including 23 into allegations of
    sexual exploitation and abuse.
    By the end of 2007, 202 of 212 countries and territories had reported case
    notifications for 2006.
    It noted that 78 of the 191 U.N. member states hadn't submitted updated reports.

The readers of lists and surveys know each link in its plain shape. In running text a
year, an abbreviation, another count or a long modifier between the whole and its part
breaks those shapes, and the sentence came back empty. This reader looks for the link
alone, then for the two counts it binds, and takes the words around them as the label:

- after the whole (:data:`_AFTER_WHOLE`): ", of which N" (also ", of which, N"), ", of
  whom N", ", N of which", "; N of which" (the whole in the clause before the semicolon),
  ", N of them", ", including N", "(including N", ", among them N", ", and of those, N".
  The whole is the nearest count before the link, in the same clause group, that is
  larger than the part (what people were assisted or reached with is no referent of the
  link; the cases of a disease count the people who died of it). The part is
  labelled by what follows it ("are in field offices" -> "in field offices"); a count with
  its own noun that ends the sentence after a part that did something is the whole's
  sibling, no further part (", 55 of which were sent jointly ..., and 35 follow-up
  letters").
- a share after its whole's complement, as "of whom", "of which" or "of them" opens it
  ("17,000 refugees from the Democratic Republic of the Congo, 77 per cent of which are
  ..."); "of those" may point at another base and stays none, as a share of a whole that
  stands in the complement of an earlier count ("households from 120 villages, 38 per
  cent of which"). "whom" points past a plural of things ("patients from the surrounding
  villages, 38 per cent of whom").
- a whole with no noun that is the value of a number, toll or population its clause
  names ("The number of displaced individuals has surged to nearly 1.5 million, including
  ...", "... brings the total number of Palestinians killed ... to 121, of whom 33 ...",
  "The population of the Territory was 56,000 in 2023, of which about 90 per cent ...").
- a fronted whole (:data:`_AMONG_WHOLE`, :data:`_INCLUDES_PART`): "Among the M ... are
  N <noun>", and a sentence that restates the count before it, "This includes N <noun>"
  ("These include", "This figure includes"). The part names its noun, of the whole's
  kind ("This includes 35 in the capital" and "This includes 40 schools" after a count of
  children stay none).
- the part first, then "among" its whole (:data:`_AMONG_AFTER_PART`): "At least 12
  children are among the 40 people killed", "Some 300 women were among the 1,200
  refugees who arrived"; the part opens its clause and names a noun of the whole's kind.
- a group of people counted in bare brackets right after the count of people that holds
  it (:data:`_BRACKETED_PART`): "23.7 million people (12.4 million children) are in
  need"; a unit that restates the whole ("(900 households)") or the whole's own noun
  ("12,000 refugees (9,000 refugees in 2019)") is none.
- before the whole (:data:`_OF_WHOLE`): "N of (the) M ...", "N out of (the) M ...", where
  N opens its clause (at the sentence's start, after a comma, "that", "and", "while", "but"
  or "from"), after a qualifier in any case ("More than 187,000 of Gaza's 2.3 million
  people ..."). The part is labelled by the predicate after the whole's noun phrase and
  its place ("640 of the 1,200 schools in the region have been damaged" -> "damaged").

- a whole set apart from its part by words (:data:`_TOTAL_LINK`): "out of (the) M", "of
  a total of M" or "from a total of M" after the part's noun phrase or after its whole
  clause, in an aside or not. The part's noun may stand between ("154 countries out of
  194 WHO Member States responded to the survey"), and so may what the part did, its
  label ("19,488 responded out of 78,812 polled", "Over 130,000 refugees arrived in
  2016, of a total of 297,468 refugees arriving since 2013"); an aside may hold the
  whole ("Only 251,000 refugees -- out of a total of 15.2 million -- repatriated in
  2009"). The label is what the part did; where the clause says nothing more, the
  part's own noun ("there were 31 refugee fatalities from a total of 102 Palestinians
  killed" -> "refugee fatalities"). The part opens its clause (so no object: "accepted
  41 recommendations out of 60"), its whole counts its kind of thing ("30 women out of
  120 meetings", "14 cases were detected out of 3,775 tests" stay none; a State's
  reports are out of the States), and no change, rate or threshold is read ("rose to
  14 out of 98", "Six women out of 10"). A whole named as a population links so too
  ("789 people of Tokelau's estimated population of 1,500 were eligible to vote"), and a
  count after "out of" that another reader took for the one part becomes the total
  (:func:`with_wholes_set_apart`).

The part and the whole keep their qualifiers ("Nearly 640", "about 1 million").

A count is a whole or a part only as a count of things: no share, year, reference, money
or measure. The part is smaller than the whole, and a part in per cent is at most 100. A
list after the part ("of which 60 ..., 30 ... and 10 ...") is left to the list readers, and
a part with a noun of its own counts the whole's kind of thing ("44 resolutions, including
9 presidential statements" is none). Thresholds ("nine of the 15 votes are needed"), the
pronoun "one" ("one of the 15 members who spoke"), rates ("four out of ten") and a part that
is a verb's object ("ratified 10 of the 12 conventions") stay none, as the conventions of
the package say. A whole of respondents makes a survey; any other whole a breakdown.

Every pattern is bounded; each link is matched once and each whole searched in a bounded
window before it: linear time.
"""

from __future__ import annotations

import itertools
import re

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_fraction_subjects import ASKED_GROUP
from surveystats.extract.tally_items import (
    PEOPLE_NOUNS,
    SAME_THING,
    Number,
    follows_exception,
    may_follow_exception,
    word_set,
)
from surveystats.extract.tally_linked_parts import in_open_aside
from surveystats.extract.tally_parts import (
    GAP,
    NOT_A_SHARE,
    WORD_COUNT_PATTERN,
    YEAR_FIGURE,
    Part,
    Tally,
    as_word,
    holds_any,
    matches_from,
    overlaps_any,
    read_count,
)
from surveystats.text import MONTHS

__all__ = [
    "LONE_PART_LINKS",
    "TOTAL_LINKS",
    "find_lone_parts",
    "with_among_nests",
    "with_wholes_set_apart",
]

#: Literals one of which a paragraph holds where a link after a whole may name its part.
LONE_PART_LINKS = (
    "of which",
    "of whom",
    "of them",
    "of these",
    "of those",
    "including",
    "incl.",
    "among them",
    "among whom",
)
#: Literals one of which a paragraph holds where a part may name its whole elsewhere:
#: "Among the 677,000 ... are 15,000 ...", "... This includes 9,800 ...".
FRONTED_PART_LINKS = ("mong the", "nclude", "omprise", " of them", " of these", " of those")
_OF_REACH = 40  # characters between a part and its whole in "N of (the) M"

_COUNT = rf"(?<![$£€]){WORD_COUNT_PATTERN}"  # no money either
_PERCENT = rf"(?:\s{{0,3}}(?:per{GAP}cent|percent)\b|\s{{0,2}}%)"
_QUALIFIER = (
    rf"(?:(?:at{GAP}least|some|about|around|roughly|approximately|nearly|almost|over|only"
    rf"|just|all|more{GAP}than|fewer{GAP}than|less{GAP}than|an{GAP}estimated){GAP})"
)
_AUXILIARY = rf"(?:(?:were|was|are|is|had|have|has|been|being|being{GAP}those|those){GAP}){{0,2}}"
# A copula right after the part: what follows is what the part is ("six were ex combatants").
_COPULA_FIRST = re.compile(r"\s{1,3}(?:were|was|are|is)\s{1,3}(?=[a-z])")
# An auxiliary after a part's own noun, before what the part did ("91 cases were confirmed").
_DID_AFTER_NOUN = re.compile(
    r"\s{1,3}(?:were|was|are|is|had|have|has)(?:\s{1,3}been)?\s{1,3}(?=\w)"
)
# The part after its whole: the link, then the part's count (a share too: "of which 47
# per cent were women"); "of which" and "of whom" also right after the whole's noun
# ("406 cases of which 91 were confirmed").
_AFTER_WHOLE = re.compile(
    rf"""(?:(?:,|\(|\s(?:--|—|–))\s{{0,3}}|(?<=[a-z])\s{{1,3}}(?=of{GAP}wh)
        # after a share of another base in brackets: "(27% of the population) and of these"
        |(?<=[a-z]\))\s{{1,3}}(?=and{GAP}of{GAP}th)
        |(?P<semicolon>;)\s{{0,3}}(?={_QUALIFIER}{{0,2}}{_COUNT}
            (?:{_PERCENT}{GAP}of{GAP}(?:wh|them\b)|{GAP}of{GAP}wh)))
    (?:(?:and{GAP}(?=of{GAP}th))?  # ", and of those, 3,371 people have died"
        (?P<link>including|incl\.|among{GAP}them|among{GAP}whom|of{GAP}whom|of{GAP}which
            |of{GAP}these|of{GAP}those|out{GAP}of{GAP}which|out{GAP}of{GAP}whom)
        (?:(?<=ch|om|se),)?{GAP}(?:(?<=ing\s)the{GAP})?{_QUALIFIER}{{0,2}}
        (?P<n>{_COUNT})(?P<n_percent>{_PERCENT})?
      |{_QUALIFIER}{{0,2}}(?P<m>{_COUNT})(?P<m_percent>{_PERCENT})?
        {GAP}(?:of|out{GAP}of){GAP}(?:whom|which|them|these|those)(?![\w-]))
    """,
    re.VERBOSE,
)
# A share of the whole before, in an absolute phrase after the whole's clause: "285,993
# houses were damaged, with about 56 per cent destroyed", "..., with 61 per cent of them
# women and children", "..., with 70 per cent of the arrivals reported to be Syrians".
_WITH_SHARE = re.compile(
    # "with" may be left out before a share that did something: "entered Europe by sea,
    # over 80 percent arriving in Italy" (the label must then open on a verb in -ing)
    rf""",\s{{0,3}}(?P<with>with{GAP})?{_QUALIFIER}{{0,2}}(?P<p>\d{{1,3}}(?:\.\d{{1,2}})?){_PERCENT}
    (?:{GAP}of{GAP}(?:them|these|those|the{GAP}(?P<base>[A-Za-z][\w-]{{1,25}})))?
    {GAP}(?=[A-Za-z])""",
    re.VERBOSE,
)
# A share that opens a clause of its own after its whole's clause, joined by "and", with
# no base of its own: "More than 9,000 people fled their homes and 60 per cent are still
# in schools" (a share of the people who fled). The verb after the share is a copula or a
# verb of staying or living, so the share says where or what that part of the whole is.
_AND_SHARE = re.compile(
    rf"""\s{{1,3}}and{GAP}{_QUALIFIER}{{0,2}}(?P<p>\d{{1,3}}(?:\.\d{{1,2}})?){_PERCENT}
    (?={GAP}(?:are|were|is|was|remain|remains|remained|live|lives|lived|stay|stays|stayed)
    {GAP}[a-z])""",
    re.VERBOSE,
)
# Words that set a share against another figure rather than say what its part is: "and 20
# per cent more in June", "and 12 per cent higher than ...".
_COMPARED_LABEL = word_set(
    "more fewer less higher lower up down above below greater smaller larger over under"
)
# A share written between the whole and a share "with" it: the later share is of its base.
_SHARE = re.compile(rf"\d{_PERCENT}")
# Words in -ing that name a thing, not what a share did: "with 30 per cent funding".
_ING_NOUNS = word_set(
    """
    funding financing spending housing training building buildings meeting meetings
    schooling planning programming lending earnings savings pricing
    """
)
_ADVERB_ENDING = "ly"  # "with 30 per cent completely destroyed"


# Where a match of _AFTER_WHOLE may start besides a comma or a parenthesis: the blank
# before a dash, or the blanks after a word before "of which" or "of whom".
_DASHES = ("--", "—", "–")
_OF_WH = re.compile(rf"of{GAP}wh")
# The whole fronted after "among" and the part after its verb: "Among the 677,000 on the
# brink of famine are an estimated 15,000 pregnant women", "Among these 2,300 staff were
# 410 nurses". The whole's phrase holds no verb (past participles are read as modifiers).
_AMONG_WHOLE = re.compile(
    rf"""(?<![\w-])[Aa]mong{GAP}(?:the|these|those|its|their){GAP}{_QUALIFIER}{{0,2}}
    (?P<w>{_COUNT})(?P<phrase>(?:{GAP}[\w'’/-]{{1,30}}){{0,12}}?)
    {GAP}(?:are|were|is|was)(?:{GAP}also)?{GAP}{_QUALIFIER}{{0,2}}(?P<n>{_COUNT})(?![\w-])
    """,
    re.VERBOSE,
)
# A sentence that opens by restating the count before it and names one part of it: "WFP
# reached 52,000 children. This includes 9,800 children reached through mobile teams",
# "These include", "This figure includes", "The total comprises".
_INCLUDES_PART = re.compile(
    rf"""(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))
    (?:This|These|The)(?:{GAP}(?:figure|total|number|caseload))?
    {GAP}(?:includes|included|include|comprises|comprised)
    {GAP}{_QUALIFIER}{{0,2}}(?P<n>{_COUNT})(?![\w-])(?!{_PERCENT})
    """,
    re.VERBOSE,
)
# A sentence that opens with the part of the count before it, pointed at by a pronoun:
# "270 people were killed. 187 of them were civilians". ("Of these, 20 came from
# Governments" after one count stays none, as the package decided: issue #15, and so does
# "Twelve of these States" with a noun of its own.)
_OF_THESE_PART = re.compile(
    rf"""(?:^|(?<=[.;]\s)|(?<=[.;]\s\s)|(?<=\sthat\s))
    {_QUALIFIER}{{0,2}}(?P<m>{_COUNT}){GAP}of{GAP}
    (?:them|(?:these|those)(?={GAP}(?:were|was|are|is|had|have|has|also)\b))(?![\w-])
    (?!{_PERCENT})
    """,
    re.VERBOSE,
)
# A clause of saying or finding between a whole's clause and its part: ", it was estimated
# that", ", officials said that", ", and the Office found that".
_CLAUSE_BEFORE_THAT = re.compile(r",(?:\s{1,3}[A-Za-z]{1,15}){1,5}\s{1,3}that\s$")
# The part before its whole: "202 of 212 countries", "78 of the 191 U.N. member states",
# "11 of WHO's 194 member countries", "17 out of a total of 71", "four of the top 10
# contributing countries" (a ranked group: the whole is the 10 ranked).
_OF_WHOLE = re.compile(
    rf"""(?P<n>{_COUNT}){NOT_A_SHARE}
    {GAP}(?:out{GAP})?of{GAP}
    (?P<determiner>(?:the|its|their|all|these|those|our|(?:the{GAP})?[A-Za-z][\w.&-]{{1,30}}['’]s)
        {GAP}(?:(?:top|largest|biggest|leading){GAP})?)?
    (?:(?:a{GAP})?total{GAP}of{GAP})?
    (?P<w>{_COUNT}){NOT_A_SHARE}(?![\w-])
    """,
    re.VERBOSE,
)
# A whole set apart from its part by words: "out of (the) M", "out of a total of M", "of
# a total of M", "from a total of M" (qualified: "out of an estimated 640,000").
_TOTAL_LINK = re.compile(
    rf"""(?<![\w-])(?:out{GAP}of(?:{GAP}(?P<determiner>the{GAP}total(?:{GAP}of)?|the|its|their
            |a{GAP}total{GAP}of))?
        # "12 Member States from among the 47 were chosen by lot"
        |from{GAP}among{GAP}(?P<among>the|its|their)
        |(?:of|from){GAP}(?P<total_of>a{GAP}total{GAP}of)
        # "789 people of Tokelau's estimated population of 1,500", "out of a total
        # population of 4.5 million"
        |(?:out{GAP})?of{GAP}(?P<population>(?:the|its|their|a|an
                |(?:the{GAP})?[A-Z][\w.&-]{{1,30}}['’]s|the{GAP}[a-z][\w-]{{1,30}}['’]s)
            {GAP}(?:(?:estimated|total|entire|whole|overall){GAP})?population{GAP}of))
    {GAP}(?P<qualifier>{_QUALIFIER}{{0,2}})(?P<w>{_COUNT}){NOT_A_SHARE}(?![\w-])
    """,
    re.VERBOSE,
)
#: Literals one of which a paragraph holds where :data:`_TOTAL_LINK` may match.
TOTAL_LINKS = (" out of ", " total of ", "population of ", " from among ")
#: Literals one of which a paragraph holds where a whole may stand in brackets.
BRACKETED_WHOLE_LINKS = ("(of ", "(out of ", "(n=", "(n =", "(N=", "(N =")
# A whole in brackets after its part and the part's noun: "addressed to 110 States (of the
# 193 States Members of the United Nations)", "sent to 86 Governments (out of 190)".
_BRACKETED_WHOLE = re.compile(
    rf"""\(\s{{0,2}}(?:out{GAP})?of{GAP}(?P<determiner>(?:the|its|their|all){GAP})?
    (?:a{GAP}total{GAP}of{GAP})?(?P<w>{_COUNT}){NOT_A_SHARE}(?![\w-])
    (?P<noun>[^()\d]{{0,80}})\)""",
    re.VERBOSE,
)
# A group of people counted in bare brackets right after the count of people that holds it:
# "23.7 million people (12.4 million children) are in need of assistance". The bracket holds
# a count and a noun of people alone, no link word ("(including ...", "(of ...") and no share.
_BRACKETED_PART = re.compile(
    rf"""\(\s{{0,2}}{_QUALIFIER}{{0,2}}(?P<n>{_COUNT})(?![\w-])(?!{_PERCENT})
    (?P<noun>(?:{GAP}[A-Za-z][\w'’-]*){{1,3}}?)\s{{0,2}}\)""",
    re.VERBOSE,
)
# The whole's count and noun right before such a bracket: "23.7 million people (".
_WHOLE_BEFORE_BRACKET = re.compile(
    rf"""(?P<w>{_COUNT}){NOT_A_SHARE}(?P<noun>(?:{GAP}[A-Za-z][\w'’-]*){{1,4}}?)\s{{0,2}}$""",
    re.VERBOSE,
)
# Nouns that count people again in another unit: a bracket that holds them restates the
# whole ("5,400 people (900 households)", "1,200 refugees (300 families)"), no part of it.
_RESTATING_UNITS = word_set(
    "people persons individuals households families beneficiaries cases inhabitants"
)
# The part first, then "among" its whole: "At least 12 children are among the 40 people
# killed", "Some 300 women were among the 1,200 refugees who arrived". The part opens its
# clause; its noun, of up to four words, stands before a copula.
_AMONG_AFTER_PART = re.compile(
    rf"""(?P<n>{_COUNT})(?![\w-])(?!{_PERCENT})
    (?P<noun>(?:{GAP}[A-Za-z][\w'’-]*){{1,4}}?)
    {GAP}(?:are|were|is|was)(?:{GAP}(?:also|reportedly|now))?{GAP}among(?:st)?
    {GAP}(?:the|those|these){GAP}{_QUALIFIER}{{0,2}}(?P<w>{_COUNT})(?![\w-])(?!{_PERCENT})
    (?P<phrase>(?:{GAP}[\w'’/-]{{1,30}}){{0,12}})""",
    re.VERBOSE,
)
# A share of a noun right before such a bracket: "88% of assessments (of the 1,625 ...)",
# "60 per cent of schools (out of 1,200)".
_SHARE_BEFORE_BRACKET = re.compile(
    rf"""(?<![\w.,])(?P<n>\d{{1,2}}(?:\.\d{{1,2}})?|100){_PERCENT}{GAP}of
    (?:{GAP}(?:the|all|its|their))?(?P<noun>(?:{GAP}[A-Za-z][\w'’-]{{1,25}}){{1,4}})\s{{0,3}}$""",
    re.VERBOSE,
)
# The part's own noun between its count and that bracket: "110 States (of ...".
_PART_NOUN = re.compile(r"(?:\s{1,3}[A-Za-z][\w-]{1,25}){1,4}\s{0,3}$")
# A sample's size written "n=N" in brackets after the group a share is of: "61.2% of cases
# reporting sex (n=655) are male".
_SAMPLE_SIZE = re.compile(r"\(\s{0,2}[nN]\s{0,2}=\s{0,2}(?P<w>\d{1,3}(?:,\d{3})+|\d{1,7})\s{0,2}\)")
# Before such a bracket: the share and the noun of its group ("61.2% of cases reporting
# sex"), or an opening "Of <group>" whose share follows the bracket.
_SHARE_OF_GROUP = re.compile(
    rf"""(?P<p>\d{{1,3}}(?:\.\d{{1,2}})?){_PERCENT}{GAP}of{GAP}(?:the{GAP}|all{GAP})?
    (?P<noun>[A-Za-z][^,;:()\d]{{0,60}}?)\s{{0,3}}$""",
    re.VERBOSE,
)
_GROUP_FIRST = re.compile(
    r"(?:^|[,;]\s{0,3})(?:[Oo]f|[Aa]mong)\s{1,3}(?:the\s{1,3}|all\s{1,3})?"
    r"(?P<noun>[A-Za-z][^,;:()\d]{0,60}?)\s{0,3}$"
)
_SHARE_AFTER_GROUP = re.compile(
    rf",\s{{0,3}}{_QUALIFIER}{{0,2}}(?P<p>\d{{1,3}}(?:\.\d{{1,2}})?){_PERCENT}(?={GAP}[a-z])"
)
# A share set against another figure: a rate over time or places, no part of one whole.
_SET_AGAINST = re.compile(
    r"\b(?:compared|versus|vs\.?|up\s{1,3}from|down\s{1,3}from|than|increase|decrease)\b"
)
# "and" before another clause's subject ends a share's label: "are male and the median age".
_NEXT_CLAUSE = re.compile(r"\s(?:and|while|whereas)\s(?:the|a|an|its|their|this|these)\s")
# Auxiliaries before a part named by the verb that acted on it: "were addressed to".
_AUXILIARY_WORDS = word_set("were was are is been be have has had")
# What opens the clause of a part set apart from its whole: the sentence's start, a
# comma, "that", "there were", "while"; a time that opens the sentence with no comma
# ("Between 1 January and 5 February only 10 missions ..."); then qualifiers, "a total
# of" among them. Never a verb or a preposition: "rose to 14 out of 98", "from 12 out of".
_OPENS_PART_CLAUSE = re.compile(
    rf"""(?:^|[,;:(]|\s(?:--|—|–)|(?<![\w-])(?:that|while|whereas|but
        |[Tt]here{GAP}(?:were|are|was|is|have{GAP}been|had{GAP}been))
      |^(?:In|Between|During|From|Since|By|As{GAP}of|As{GAP}at)\s[^,;.]{{1,60}}?
        (?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September
        |October|November|December|\d{{1,2}}))
    \s{{0,3}}(?:[Aa]{GAP}total{GAP}of{GAP}|{_QUALIFIER}){{0,2}}$""",
    re.VERBOSE | re.IGNORECASE,
)
_PART_REACH = 120  # characters between a part's count and its whole's link
# The first two words after a whole's count ("129,or" has none: the comma is glued).
_TWO_WORDS = re.compile(
    r"\s{1,3}(?P<first>[A-Za-z][\w'’/-]*)(?:\s{1,3}(?P<second>[A-Za-z][\w'’-]*))?"
)
_PHRASE_STOP = re.compile(r"\s(?:--|—|–)|[,;:()]")
_OPENING_REACH = 100  # characters before a part where what opens its clause is looked for
# Where a whole ends that stands in an aside: the closing dash or parenthesis, or a comma
# before its clause goes on ("72 countries out of 129, or more than half, have ...").
_ASIDE_CLOSE = re.compile(
    r"\s{0,3}(?:--|—|–|\))\s{0,3}|\s{0,3},\s{0,3}(?:or\s[^,;.()]{1,80},\s{0,3})?(?=[a-z])"
)
# Words that say what state a whole's members are in, no noun: "out of 60 due".
_STATUS_WORDS = frozenset(
    ("due", "eligible", "available", "present", "outstanding", "pending", "overdue")
)
# A joint that opens a new clause right before the link: the whole is the next clause's.
_CLAUSE_JOINT_BEFORE = re.compile(
    r"(?:[;:]|(?<![\w-])(?:and|while|whereas|but|or|yet|so|although|though))[\s,]*$",
    re.IGNORECASE,
)
# Heads of documents each State sends: "158 national reports were submitted, out of the
# 193 Member States" counts States that reported.
_STATE_DOCUMENTS = frozenset(
    ("report", "reply", "replie", "response", "questionnaire", "submission", "contribution")
)
# Heads of parts that count people who died: "31 refugee fatalities from a total of 102
# Palestinians killed".
_DEATHS = frozenset(("death", "fatalitie", "fatality", "casualtie", "victim"))
# Verbs of replying that make a part a survey's ("154 countries ... responded").
_REPLIED = re.compile(r"(?:responded|replied|answered)\b")

# A count before a link that may be its part's whole, with its noun phrase.
_WHOLE = re.compile(
    rf"""(?P<w>{_COUNT})(?P<percent>{_PERCENT})?
    (?P<noun>(?:{GAP}(?![Oo]f\b|or\b|in\b|at\b|to\b|for\b|by\b|on\b|from\b|with\b|under\b|over\b
            |aged\b|between\b|into\b|across\b|within\b|than\b)
        [A-Za-z][\w'’.-]*){{0,4}})""",
    re.VERBOSE,
)
# Where the whole of "N of the M" is, between its noun and the part's auxiliary: "640 of
# the 1,200 schools in the region have been damaged" (the predicate is "damaged").
_PLACE_OF_WHOLE = re.compile(
    r"\s{0,3}(?:in|at|across|within|throughout)\s{1,3}(?:[\w’'-]+\s{1,3}){1,4}?"
    # an aside in brackets that dates or names the place: "in the region (2021) were"
    r"(?:\([^()]{1,30}\)\s{1,3})?"
    r"(?=(?:were|was|are|is|had|have|has|remain|remained|remains)\b)"
)
# Words that open a clause right before a part that is its subject.
_OPENS_CLAUSE = re.compile(
    rf"""(?:^|[,;:]|,\s{{0,3}}and
      |(?<![\w-])(?:that|while|whereas|but|from|where|when|as|[Tt]here{GAP}(?:were|are))
      # a time that opens the sentence with no comma after it, as for a part set apart
      # from its whole (_OPENS_PART_CLAUSE): "In 1998 4 out of the top 10 ...", "By June
      # 2020 40 of the 52 schools ..."
      |^(?:In|Between|During|From|Since|By|As{GAP}of|As{GAP}at)\s[^,;.]{{0,40}}?
        (?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September
        |October|November|December))
    \s{{0,3}}{_QUALIFIER}{{0,2}}$""",
    re.VERBOSE | re.IGNORECASE,  # a qualifier that opens the sentence: "More than 640 of"
)
# A whole named as a population that opens its sentence, its part the subject of the
# clause after the comma: "Out of a population of ten and a half million, only 35,000
# people have any citizenship rights", "Of its estimated population of 1.2 million, 40 per
# cent are displaced", "Out of Tokelau's population of 1,500, 789 were eligible to vote".
_POPULATION_FIRST = re.compile(
    rf"""(?:Out{GAP}of|Of)
    {GAP}(?:the|its|their|our|a|an|[A-Z][\w.&-]{{1,30}}['’]s)
    {GAP}(?:(?:estimated|total|entire|whole|overall|current){GAP})?population{GAP}of
    {GAP}{_QUALIFIER}{{0,2}}(?P<w>{_COUNT}){NOT_A_SHARE}(?![\w-])
    (?:{GAP}(?:people|persons|inhabitants|individuals))?
    \s{{0,3}},\s{{0,3}}{_QUALIFIER}{{0,2}}(?P<n>{_COUNT})(?P<n_percent>{_PERCENT})?(?![\w-])
    """,
    re.VERBOSE,
)
# A relative that opens the clause of a part which states its own whole: "the least
# developed countries, of which 34 out of 49 are in Africa", "refugees, of whom 12 of the
# 40 ..."; the noun it points at is a plural right before the comma, with no count in it.
_RELATIVE_OPENS = re.compile(
    rf",\s{{0,3}}(?:of|among)\s{{1,3}}(?:which|whom)\s{{0,3}}{_QUALIFIER}{{0,2}}$",
    re.IGNORECASE,
)
_REFERENT = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Oo]ur|all)\s{1,3}"
    # a plural in lower case or an acronym's ("NGOs", "SIDS")
    r"(?P<noun>(?:[A-Za-z][\w'’-]*\s{1,3}){0,3}"
    r"(?:[A-Za-z][\w'’-]*[a-z]s|[A-Z]{2,}s|[A-Z]{3,}S))"
    r"\s{0,3}$"
)
# The whole a part after a relative states itself: "of which 34 out of 49", "of the 41".
_OWN_WHOLE_AFTER = re.compile(rf"{GAP}(?:out{GAP})?of{GAP}(?:the{GAP})?\d")
_CLAUSE_REACH = 200  # characters before a link where its whole may stand
_LABEL_REACH = 120  # characters after a part where its label may run
_LABEL_END = re.compile(
    # (a comma between digits groups thousands: "living in 1,250 evacuation centres")
    rf"\s{{0,3}}(?:,(?!(?<=\d,)\d{{3}}\b)|[;:()]|\.(?:\s|$)|$|\s(?:--|—|–)\s)|\s(?:while|whereas|but)\s"
    rf"|\s(?:and|or)\s{{1,3}}(?={_QUALIFIER}{{0,2}}{_COUNT})"
    # the rest named after the part: "over 80 percent arriving in Italy and the rest in Spain"
    rf"|\s(?:and|with)\s{{1,3}}the\s{{1,3}}(?:rest|remainder|balance)\b",
    re.VERBOSE,  # COUNT_PATTERN is written verbose
)
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.\s+(?=[A-Z\"“])|;\s")
# Words that end a whole's noun phrase and open its predicate.
_VERB_MARKERS = word_set(
    """
    were was are is had has have been did do does will would could can may might should
    must hadn't haven't hasn't didn't don't doesn't won't remain remained remains continue
    continued still also now reportedly who which that stands stood reached reaches
    """
)
# A part that is no part: a threshold, a rule, a plan.
_THRESHOLD = re.compile(
    r"\b(?:needed|required|necessary|must|should|shall|would|to\s{1,3}be\s{1,3}elected"
    r"|(?:have|has|had|need|needs)\s{1,3}to)\b",
    re.IGNORECASE,
)
# The words before a count that make it a reference, money or a measure: no count of things.
_REFERENCE_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:resolution|article|paragraph|para\.|No\.|chapter|annex|section|rule"
    r"|item|decision|page|pages|Table|table|Figure|figure|Box|number|level|grade|phase|round"
    r"|under|aged|age|ages)|[$£€])\s{0,3}$"  # a whole word: "around 74,000" is no round
)
_MEASURE_AFTER = re.compile(
    r"\s{0,3}(?:km|kilomet|metre|meter|mile|hectare|tons?\b|tonnes?|mt\b|MT\b|kg|hours?|days?|weeks?"
    r"|months?|years?|dollars|euros|francs|USD|US\$|per\b|times\b|-year|-day|-month|-member)",
    re.IGNORECASE,
)
# A figure that opens a range: "6-59 months", "30,000–50,000 people".
_RANGE_AFTER = re.compile(r"\s{0,1}[-–]\s{0,1}\d")
_NO_LABEL = re.compile(r"(?:the|them|whom|which|those|these|per|cent|percent|of|in\s{1,3}\d)\b")
_COUNTRY_NOUNS = frozenset(("countries", "states", "nations", "governments", "parties"))
# A further part after a part's label: a list, which the list readers read.
_LIST_AFTER = re.compile(
    rf"\s{{0,3}}(?:[,;]\s{{0,3}}(?:(?:and|or|as{GAP}well{GAP}as){GAP})?|(?:and|or|as{GAP}well{GAP}as){GAP})"
    rf"{_QUALIFIER}{{0,2}}{_COUNT}",
    re.VERBOSE,
)
# A count of the whole's own verb after a part that did something, ending the sentence: "sent
# 125 letters, 55 of which were sent jointly with ..., and 35 follow-up letters" (no part
# with its verb elided, as in "of which 60 were women, 30 children and 10 men").
_SIBLING_AFTER = re.compile(
    rf"\s{{0,3}},\s{{0,3}}(?:and|as{GAP}well{GAP}as){GAP}{_QUALIFIER}{{0,2}}{_COUNT}"
    r"(?:\s{1,3}(?!(?:were|was|are|is|had|have|has|in|on|at|to|by|for|from|with)\b)"
    r"[a-z][\w'’-]*){1,3}\s{0,3}(?:[.;]|$)",
    re.VERBOSE,
)
# A label that names a time: "including 12 in 2015", "56 in the past 24 hours".
_TIME_LABEL = re.compile(
    r"since\b|(?:in|during|over|within|by|before|after|until|from)\s{1,3}(?:the\s{1,3})?"
    r"(?:(?:19|20)\d\d|past|last|first|second|third|fourth|previous|next|same|current|early"
    r"|late|mid|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|quarter|year|month|week|period)\b"
)
# Heads whose counts other readers tally (votes, seats) or that count no things.
_TALLIED_HEADS = frozenset(("vote", "ballot", "cast", "time", "seat", "year", "day", "per"))
# A plural after a preposition between a whole and its link: what the link may point at.
_ANOTHER_REFERENT = re.compile(
    r"\b(?:about|on|from|against|among|between|by|with|concerning|regarding)\s{1,3}"
    r"(?:the\s{1,3}|their\s{1,3}|its\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?[a-z]{3,}[^s\W]?s\b"
)
# A count with no noun that is the value its clause names: "The number of displaced
# people has surged to nearly 1.5 million, including ...", "This brings the total number of
# Palestinians killed ... to a distressing 121, of whom ...", "The death toll stands at 240".
_VALUE_NAMED = re.compile(
    r"\b(?:(?:total\s{1,3})?number|total|count|tally)\s{1,3}of\s{1,3}(?:the\s{1,3})?"
    r"(?P<noun>[\w'’-]+(?:\s{1,3}[\w'’-]+){0,4})"
    r"|\b(?P<toll>(?:death|casualty|civilian)\s{1,3}toll|caseload|population)\b",
    re.IGNORECASE,
)
_VALUE_VERB = re.compile(
    rf"\b(?:to|at|reached|reaches|hit|hits|is|was|stands|stood|of)\s{{1,3}}"
    rf"(?:(?:now|currently|still)\s{{1,3}})?"  # "the number of displaced people is now ..."
    rf"(?:(?:a|an)\s{{1,3}}(?:distressing|staggering|record|total|new|reported|further)"
    rf"\s{{1,3}})?{_QUALIFIER}{{0,2}}$",
    re.IGNORECASE,
)
_VALUE_REACH = 240  # characters before a count where the value it is may be named
# A verb right after a whole with no noun: the whole is its clause's subject ("5.3
# million were from DOTS areas, including 2.5 million new cases").
_VERB_AFTER = re.compile(r"\s{1,3}(?:were|are|was|is|had|have|has)\b")
_RELATIVE = re.compile(r"\s{0,3},?\s{0,3}(?:who|whom|that|which|whose)\b")
_EXAMPLES = re.compile(r"(?P<before>\S+)\sand\s{1,3}(?P<the>the\s{1,3})?[A-Z]")
_PREPOSITIONS = word_set("in on at from to for by with into under over of about since")
# An aside of examples or a parenthesis between a whole's noun phrase and its predicate.
_ASIDE = re.compile(
    rf"\s{{0,3}}(?:,\s{{0,3}}(?:including|such{GAP}as|notably|namely|among{GAP}them|in{GAP}particular)\s"
    rf"[^;.()]{{1,120}}?\s(?:and|or)\s[^,;.()]{{1,40}},|\([^()]{{1,80}}\))\s{{1,3}}(?=[a-z])"
)
# Heads of wholes of people whose parts may be named by any plural ("eight candidates,
# including four incumbents").
_PEOPLE_LIKE = word_set(
    "candidates members delegates experts judges representatives nominees applicants"
)
# A count of places that says where a whole is: "in 75 countries", "across 200 districts".
_PLACING = re.compile(r"\b(?:in|across|from|throughout|within)\s{1,3}(?:some\s{1,3})?$")
_PLACE_HEADS = word_set(
    """
    countrie country district province region state village town camp site location
    localitie governorate municipalitie communitie countie settlement territorie
    """
)
# Heads of parts that are cases of a disease too: its deaths.
_FATAL_CASES = frozenset(("death", "fatalitie", "fatality"))
_PATIENTS = frozenset(("people", "person", "patient", "individual", "children", "child"))
_PERSON_ENDINGS = ("ers", "ents", "ists", "ees", "ors", "ians", "ants")
_WHO_THEY_WERE = frozenset(("urban", "rural", "male", "female", "aged", "from", "in", "based"))
_SCALE_WORDS = frozenset(("hundred", "thousand", "million", "billion"))
_RATE_BASE = 10  # "N out of M" with no determiner and M up to this (or 100, 1000): a rate
_SMALLEST_SCALED = 1000  # below this, a bare count is no part of a whole in millions
_MAX_LABEL_WORDS = 10
_MAX_NOUN_WORDS = 6
# A part's share in parentheses right after its count: "2.5 million (47%)", also of another
# base ("60 million (10% of the population)", a dash aside read as brackets).
_SHARE_ASIDE = re.compile(
    rf"\s{{0,3}}\(\s{{0,2}}\d{{1,3}}(?:\.\d{{1,2}})?{_PERCENT}"
    rf"(?:{GAP}of{GAP}(?:the|its|their){GAP}[a-z][\w-]{{1,25}}(?:{GAP}[a-z][\w-]{{1,25}}){{0,2}})?"
    rf"\s{{0,2}}\)"
)


def find_lone_parts(
    text: str, numbers: list[Number], *, taken: list[tuple[int, int]]
) -> list[Tally]:
    """The one-part tallies of ``text`` that link a part to its stated whole.

    Parameters
    ----------
    text
        One paragraph.
    numbers
        Its numbers (:func:`~surveystats.extract.tally_items.find_numbers`): "N of M" is
        looked for between two of them only.
    taken
        Spans other readers have read: a sentence that overlaps one is left alone.

    Returns
    -------
    list[Tally]
        One tally of one part per link, in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> def read(text):
    ...     found = find_lone_parts(text, find_numbers(text), taken=[])
    ...     return [(t.kind, t.total, t.parts[0].count, t.parts[0].category) for t in found]
    >>> read("The Panel received 68 reports of violations, 40 of which it was able to confirm.")
    [('breakdown', 68, 40, 'it was able to confirm')]
    >>> read("By 2007, 202 of 212 countries had reported case notifications for 2006.")
    [('breakdown', 212, 202, 'reported case notifications for 2006')]
    >>> read("It adopted 44 resolutions, including 9 presidential statements.")
    []
    >>> read("Among the 2,300 staff deployed to the region are 410 nurses.")
    [('breakdown', 2300, 410, 'nurses')]
    >>> read("WFP fed 52,000 children. This includes 9,800 children reached by mobile teams.")
    [('breakdown', 52000, 9800, 'children reached by mobile teams')]
    """
    after = _links_after_wholes(text) if holds_any(text, LONE_PART_LINKS) else []
    fronted = []
    if holds_any(text, FRONTED_PART_LINKS):
        # each pattern tried only where it can start: after "Among", at a sentence's start
        starts = _sentence_openings(text)
        fronted = [
            match
            for at, pattern in (
                *((at, _AMONG_WHOLE) for at in _places_of(text, "mong", before=1)),
                *((at, _INCLUDES_PART) for at in starts),
                *((at, _OF_THESE_PART) for at in starts),
                # "While 32,000 ... had been killed, it was estimated that over 10,000 of
                # them were women": the part in a clause after the whole's own
                *((at, _OF_THESE_PART) for at in _places_of(text, " that ", before=-6)),
            )
            if (match := pattern.match(text, at)) is not None
        ]
        fronted.sort(key=lambda match: match.start())
    excepting = may_follow_exception(text)
    before = [
        match
        for part, whole in itertools.pairwise(numbers)
        if whole.start - part.end <= _OF_REACH
        and " of " in text[part.end : whole.start]
        # "All but two of the 15 members voted in favour": the two did not; 13 is unwritten
        and not (excepting and follows_exception(text, part.start))
        and (match := _OF_WHOLE.match(text, part.start)) is not None
        and match.start("w") == whole.start
    ]
    if "population of" in text:  # "Out of a population of 10 million, 35,000 ..."
        fronted.extend(
            match
            for at in _sentence_openings(text)
            if (match := _POPULATION_FIRST.match(text, at)) is not None
        )
    totals = list(_TOTAL_LINK.finditer(text)) if holds_any(text, TOTAL_LINKS) else []
    withs = (
        list(_WITH_SHARE.finditer(text))
        if (", with " in text or "ing " in text) and ("%" in text or "cent" in text)
        else []
    )
    ands = (
        list(_AND_SHARE.finditer(text))
        if " and " in text and ("%" in text or "cent" in text)
        else []
    )
    bracketed = "(" in text and holds_any(text, BRACKETED_WHOLE_LINKS)  # each opens on "("
    # "23.7 million people (12.4 million children)": a bracket that opens on a figure
    bracketed_parts = (
        [match for at in _places_of(text, "(") if (match := _BRACKETED_PART.match(text, at))]
        if "(" in text
        else []
    )
    # "12 children are among the 40 people killed": the part, then "among" its whole
    among_parts = (
        [match for match in _AMONG_AFTER_PART.finditer(text) if _opens_clause(text, match)]
        if " among" in text
        else []
    )
    if not (
        after
        or before
        or fronted
        or totals
        or withs
        or ands
        or bracketed
        or bracketed_parts
        or among_parts
    ):
        return []  # most paragraphs: no sentence to split
    sentences = _sentences(text)
    found = [
        tally
        for tally in itertools.chain(
            (_after_whole(text, match, sentences) for match in after),
            (_of_whole(text, match, sentences) for match in before),
            (
                _population_first(text, match, sentences)
                if match.re is _POPULATION_FIRST
                else _fronted(text, match, sentences)
                for match in fronted
            ),
            (_set_apart(text, match, sentences) for match in totals),
            (_with_share(text, match, sentences) for match in withs),
            (_and_share(text, match, sentences) for match in ands),
            _bracketed_wholes(text, numbers, sentences) if bracketed else (),
            (_bracketed_part(text, match, sentences) for match in bracketed_parts),
            (_among_after_part(text, match, sentences) for match in among_parts),
        )
        if tally is not None
    ]
    found.sort(key=lambda tally: tally.start)
    kept: list[Tally] = []
    for tally in found:
        start, end = _sentence_of(sentences, tally.start)
        if overlaps_any(start, end, taken) or overlaps_any(
            tally.start, tally.end, [(t.start, t.end) for t in kept]
        ):
            continue
        _qualify(text, tally)
        kept.append(tally)
    return kept


def with_among_nests(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with the part "among" a count that another tally reads as its part.

    "Some 348 children are among the 5,237 civilians killed, and 420 were injured": the
    readers of tolls take killed 5,237 and injured 420, and the sentence then holds no
    lone part; the children are a nest of the part killed, read beside the toll as its own
    tally (total 5,237: children 348), as a link after a part is (:mod:`~surveystats.extract
    .tally_part_of_part`). Only where the whole after "among" is the count of a part read.

    >>> text = "Some 30 children were among the 120 people killed, and 400 were injured."
    >>> toll = Tally("breakdown", 32, 71, [Part("killed", 120, 32, 49),
    ...                                    Part("injured", 400, 55, 71)])
    >>> [(t.total, [(p.category, p.count) for p in t.parts]) for t in
    ...  with_among_nests(text, [toll])]
    [(120, [('children', 30)]), (None, [('killed', 120), ('injured', 400)])]
    """
    if " among" not in text or not tallies:
        return tallies
    read_at = {(part.start, part.count) for tally in tallies for part in tally.parts}
    sentences = _sentences(text)
    nests = []
    for match in _AMONG_AFTER_PART.finditer(text):
        if not _opens_clause(text, match):
            continue
        nest = _among_after_part(text, match, sentences)
        if nest is None or any(
            part.start <= match.start("n") < part.end for t in tallies for part in t.parts
        ):
            continue  # no nest, or its part already read
        whole_at = match.start("w")
        if not any(
            start <= whole_at and count == nest.total
            for start, count in read_at
            if whole_at - start <= _AMONG_WHOLE_REACH
        ):
            continue
        _qualify(text, nest)
        nests.append(nest)
    return sorted([*tallies, *nests], key=lambda tally: tally.start) if nests else tallies


# How far before the whole after "among" the part reading it may start (its qualifier).
_AMONG_WHOLE_REACH = 20


def with_wholes_set_apart(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with a whole read as a lone part replaced by its part and total.

    A count after "out of" is a whole, never a part (as the package decided for lists):
    "154 countries out of 194 Member States responded to the survey" was one part of 194
    "responded"; it is 154 of a total of 194. A tally whose first part is that count is
    replaced, where the part before the link is read and the later parts fit in the whole
    ("85 countries out of 150 reported progress, while 20 reported setbacks").

    Examples
    --------
    >>> text = "154 countries out of 194 Member States responded to the survey."
    >>> wrong = Tally("survey", 21, 48, [Part("responded", 194, 21, 48)])
    >>> [right] = with_wholes_set_apart(text, [wrong])
    >>> right.total, right.parts[0].count, right.parts[0].category
    (194, 154, 'responded to the survey')
    """
    wholes = {link.start("w"): link for link in _TOTAL_LINK.finditer(text)}
    if not wholes:
        return tallies
    sentences = _sentences(text)
    replaced = []
    for tally in tallies:
        link = wholes.get(tally.parts[0].start) if tally.parts else None
        if link is not None and tally.total is None and tally.kind != "vote":
            reading = _set_apart(text, link, sentences)
            later = tally.parts[1:]  # "85 countries out of 150 reported ..., while 20 ..."
            if reading is not None and reading.parts[0].count + sum(
                part.count or 0 for part in later
            ) <= int(reading.total or 0):
                _qualify(text, reading)
                reading.parts.extend(later)
                reading.end = max(reading.end, tally.end)
                tally = reading
        replaced.append(tally)
    return replaced


def _qualify(text: str, tally: Tally) -> None:
    """Give the part and the whole their qualifiers ("Nearly 640 of the 1,200 schools")."""
    part = tally.parts[0]
    if (count := _COUNT_AT.match(text, part.start)) is not None:
        part.qualifier = qualifier_of(text, count.start(), count.end())
    if tally.start != part.start and (whole := _COUNT_AT.match(text, tally.start)) is not None:
        tally.total_qualifier = qualifier_of(text, whole.start(), whole.end())


_COUNT_AT = re.compile(_COUNT, re.VERBOSE)
# "including all five ...": the whole of a group named among the whole's members, an example.
_ALL_OF_A_GROUP = re.compile(r"\ball\s{1,3}(?:the\s{1,3})?$")


def _links_after_wholes(text: str) -> list[re.Match[str]]:
    """What ``_AFTER_WHOLE.finditer(text)`` finds, tried only where a match can start.

    A match opens on a comma, a parenthesis, a semicolon, the blank before a dash, or the
    blanks after a word before "of wh": the pattern, which opens on a class of blanks, was tried at
    every blank of a paragraph (about three times as long over the corpus).

    >>> text = "It had 406 cases of which 91 were confirmed, including 12 -- of them 3 ..."
    >>> [m.group() for m in _links_after_wholes(text)]
    [' of which 91', ', including 12']
    """
    starts = [*_places_of(text, ","), *_places_of(text, "("), *_places_of(text, ";")]
    for dash in _DASHES:
        starts.extend(at - 1 for at in _places_of(text, dash) if text[at - 1 : at].isspace())
    starts.extend(at + 1 for at in _places_of(text, ") and of th"))
    for link in _OF_WH.finditer(text):
        at = start = link.start()
        while start > at - 3 and text[start - 1 : start].isspace():
            start -= 1
        if start < at and "a" <= text[start - 1 : start] <= "z":
            starts.append(start)
    return matches_from(_AFTER_WHOLE, text, starts)


def _places_of(text: str, word: str, *, before: int = 0) -> list[int]:
    """Where ``word`` occurs in ``text``, each moved ``before`` characters back."""
    places, at = [], text.find(word)
    while at >= 0:
        if at >= before:
            places.append(at - before)
        at = text.find(word, at + 1)
    return places


def _sentence_openings(text: str) -> list[int]:
    """Where a sentence may open: the start, and one or two blanks after a stop or semicolon."""
    openings = [0]
    for mark in (". ", "; "):
        for at in _places_of(text, mark):
            openings.append(at + 2)
            if text.startswith(" ", at + 2):
                openings.append(at + 3)
    return sorted(openings)


def _sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of ``text`` (a semicolon ends one too)."""
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        spans.append((start, end.start() + 1))
        start = end.end()
    spans.append((start, len(text)))
    return spans


def _sentence_of(sentences: list[tuple[int, int]], at: int) -> tuple[int, int]:
    return next((span for span in sentences if span[0] <= at < span[1]), (at, at + 1))


def _after_whole(text: str, match: re.Match[str], sentences: list[tuple[int, int]]) -> Tally | None:
    """The tally of a part after its link (", of which 700 are ..."), or None."""
    group = "n" if match["n"] is not None else "m"
    is_share = bool(match[f"{group}_percent"])
    if is_share and group == "m" and _pronoun(text, match) not in ("whom", "which", "them"):
        return None  # "402 delegates -- 91 per cent of those accredited": another base
    part = _count_of_things(text, match.start(group), match.end(group), share=is_share)
    if part is None or match[group].lower() in ("one", "a", "an"):
        return None
    sentence_start, sentence_end = _sentence_of(sentences, match.start())
    if match["semicolon"]:
        # "450,635 people have been assisted; 62,391 of which have also ...": the whole in
        # the clause before the semicolon, the part's label in its own
        sentence_end = _sentence_of(sentences, match.start(group))[1]
    if group == "m":
        label_start = match.end()
    else:
        label_start = match.end(f"{group}_percent") if is_share else match.end(group)
        if aside := _SHARE_ASIDE.match(text, label_start):
            label_start = aside.end()  # "of which 2.5 million (47%) were ..."
    if group == "n" and not is_share and _OWN_WHOLE_AFTER.match(text, label_start):
        return None  # "of which 34 out of 49 are ...": the part states its whole (_of_whole)
    label, label_end = _label_after(text, label_start, sentence_end)
    if label is None:
        return None
    window = max(sentence_start, match.start() - _CLAUSE_REACH)
    own_noun = _own_noun(label)
    # a part that names no place is no part of the places that say where its whole is
    skip_places = own_noun is not None and _head(own_noun) not in _PLACE_HEADS
    whole = _whole_before(
        text, window, match.start(), larger_than=0 if is_share else part, places=skip_places
    )
    if whole is None:
        return None
    total, noun, whole_start, noun_end = whole
    if is_share and _in_complement(text, window, whole_start):
        return None  # "4,100 households from 120 villages, 38 per cent of which": which?
    valued = False
    if noun is None and (own_noun is None or not _VERB_AFTER.match(text, noun_end)):
        valued, noun = _value_of(text, sentence_start, whole_start)
        if not valued:
            return None  # "It was 40, of which 12 ...", "Twelve were adopted, four of which ..."
    if _head(noun) in _TALLIED_HEADS:
        return None  # "402 votes were cast, 251 of them ..."
    if not is_share and _scales_differ(text[whole_start:noun_end], match[group], part):
        return None  # "4 million people ..., of whom 35 ...": a figure of another scale
    link = (match["link"] or text[match.end(group) : match.end()]).split()[-1].lower()
    if link == "whom" and not (_names_people(noun or own_noun) or (valued and noun is None)):
        return None  # "64 complaints from detainees ..., 21 of whom": the detainees
    if own_noun is None and _another_referent(text, noun_end, match.start(), link, noun):
        return None  # "88 witnesses about the attacks on villages, 20 of them ..."
    between_start = noun_end
    restated = _RESTATED_ASIDE.match(text, noun_end)
    if restated is not None and own_noun is not None and _same_kind(noun, own_noun):
        between_start = restated.end()  # "..., including 900 returnees ...": of the returnees
    if _count_between(text, between_start, match.start(), places=True):
        return None  # "18,000 returnees (3,600 households) were tracked, including ..."
    if own_noun is not None and not _same_kind(noun, own_noun):
        return None  # "44 resolutions, including 9 presidential statements"
    if link.startswith("incl") and _lists_examples(label):
        return None  # "including 14 ministers and the Secretary-General": examples
    if link.startswith("incl") and _ALL_OF_A_GROUP.search(text, match.start(), match.start(group)):
        return None  # "co-sponsored by 96 States, including all five Nordic countries": a group
    if own_noun is not None and (did := _DID_AFTER_NOUN.match(label, len(own_noun))):
        if (link.startswith("incl") and "," in text[match.start() : match.start(group)]) or (
            _COPULA_FIRST.match(text, label_start)
        ):
            # "Over 1.7 million people, including nearly 870,000 children have fled ...",
            # "28 people of which six were ex combatants were repatriated": an aside or a
            # relative clause whose closing comma is left out; the verb is the whole's
            label = own_noun
        else:
            label = label[did.end() :]  # "of which 91 cases were confirmed": "confirmed"
    kind = _kind(text[whole_start : match.start()], label)
    part_start = match.start(group)
    return _tally(kind, whole_start, label_end, part_start, part, is_share, total, label, noun)


def _share_and_whole(
    text: str, match: re.Match[str], sentences: list[tuple[int, int]]
) -> tuple[float, str, int, int, int, tuple[int, str | None, int, int]] | None:
    """What :func:`_with_share` and :func:`_and_share` read first, or None.

    The share's value (group "p" of ``match``), its label and where the label ends, the
    start of its sentence, the window before it where its whole may stand, and that whole
    (:func:`_whole_before`: total, noun, start, end of the noun).
    """
    value = _count_of_things(text, match.start("p"), match.end("p"), share=True)
    if value is None:
        return None
    sentence_start, sentence_end = _sentence_of(sentences, match.start())
    label, label_end = _label_after(text, match.end(), sentence_end)
    if label is None:
        return None
    window = max(sentence_start, match.start() - _CLAUSE_REACH)
    whole = _whole_before(text, window, match.start(), larger_than=0)
    if whole is None:
        return None
    return value, label, label_end, sentence_start, window, whole


def _with_share(text: str, match: re.Match[str], sentences: list[tuple[int, int]]) -> Tally | None:
    """The tally of a share in ", with P per cent ..." after its whole's clause, or None.

    The share is of the nearest count of things before it in its clause, where nothing
    but places stands between them, and says what befell that share or who they are: a
    past participle ("with about 56 per cent destroyed", "completely destroyed",
    "reported to be Syrians"), a verb in -ing ("with 70 per cent staying with host
    families"), or a group of people after a count of people ("with 61 per cent of them
    women and children"). A base must name what the clause speaks of ("with 70 per cent
    of the arrivals" after "arrivals ... reached 400,000 persons"); another base ("with
    45 per cent of the budget spent on ...") or a share that qualifies a noun ("with 30
    per cent growth in exports") is none.

    >>> from surveystats.extract.tally_items import find_numbers
    >>> def read(text):
    ...     found = find_lone_parts(text, find_numbers(text), taken=[])
    ...     return [(t.total, t.parts[0].percent, t.parts[0].category) for t in found]
    >>> read("Some 12,400 houses were damaged, with 30 per cent completely destroyed.")
    [(12400, 30.0, 'completely destroyed')]
    >>> read("The programme trained 1,200 teachers, with 45 per cent of the budget spent on kits.")
    []
    >>> read("Five donors gave 76 per cent of funding, with 36 per cent designated for Yemen.")
    []
    """
    opened = _share_and_whole(text, match, sentences)
    if opened is None:
        return None
    value, label, label_end, sentence_start, window, whole = opened
    total, noun, whole_start, noun_end = whole
    if noun is None and not _count_between(text, noun_end, match.start(), places=False):
        # "The total number of cases stands at 3,069, with 40% occurring in ...": the
        # count is the value of the number its clause names, and counts its noun
        _, noun = _value_of(text, sentence_start, whole_start)
    if noun is None or _head(noun) in _TALLIED_HEADS or _in_complement(text, window, whole_start):
        return None
    if _count_between(text, noun_end, match.start(), places=True):
        return None  # "... 1,200 schools and 300 clinics, with 40 per cent ...": which?
    if _SHARE.search(text, noun_end, match.start()):
        # "The top five donors contributed 76 percent of funding, with 36 percent
        # designated for ...": a share of the funding, not of the donors
        return None
    base = match["base"]
    if base is not None and _head(base)[:5] not in text[sentence_start : match.start()].lower():
        return None  # "with 45 per cent of the budget": another whole
    words = label.split()
    first = words[0].lower()
    if match["with"] is None and not (first.endswith("ing") and first not in _ING_NOUNS):
        return None  # ", 30 per cent of the budget ...": no share that did something
    did = (
        _is_participle(first)
        or (first.endswith("ing") and first not in _ING_NOUNS)
        or (first.endswith(_ADVERB_ENDING) and len(words) > 1 and _is_participle(words[1]))
    )
    if not did and not (_names_people(noun) and first in PEOPLE_NOUNS):
        return None  # "with 30 per cent growth in exports": a share of something else
    kind = _kind(text[whole_start : match.start()], label)
    return _tally(kind, whole_start, label_end, match.start("p"), value, True, total, label, noun)


def _and_share(text: str, match: re.Match[str], sentences: list[tuple[int, int]]) -> Tally | None:
    """The tally of a share opening a clause "and P per cent are ..." after its whole's.

    The share is of the nearest count of things before it in its sentence, where nothing
    but places stands between them and no other share does, and its clause says where or
    what that part is ("and 74 per cent are still in evacuation centres", "and 40 per cent
    remain closed"). A share set against a figure ("and 20 per cent more were ...") is none;
    a share with a base of its own ("and 40 per cent of the population is ...") never
    matches.

    >>> from surveystats.extract.tally_items import find_numbers
    >>> def read(text):
    ...     found = find_lone_parts(text, find_numbers(text), taken=[])
    ...     return [(t.total, t.parts[0].percent, t.parts[0].category) for t in found]
    >>> read("Some 8,000 people fled their homes and 60 per cent are still in schools.")
    [(8000, 60.0, 'still in schools')]
    >>> read("Inflation reached 9 per cent and 40 per cent are unemployed.")
    []
    """
    opened = _share_and_whole(text, match, sentences)
    if opened is None or opened[1].split()[0].lower() in _COMPARED_LABEL:
        return None
    value, label, label_end, _, window, whole = opened
    total, noun, whole_start, noun_end = whole
    if noun is None or _head(noun) in _TALLIED_HEADS or _in_complement(text, window, whole_start):
        return None
    if _count_between(text, noun_end, match.start(), places=True):
        return None  # "... 1,200 schools and 300 clinics and 40 per cent ...": which?
    if _SHARE.search(text, window, match.start()):
        return None  # "... 76 per cent of funding and 36 per cent are ...": another base
    kind = _kind(text[whole_start : match.start()], label)
    return _tally(kind, whole_start, label_end, match.start("p"), value, True, total, label, noun)


def _of_whole(text: str, match: re.Match[str], sentences: list[tuple[int, int]]) -> Tally | None:
    """The tally of "N of (the) M ..." opening its clause, or None.

    After "of which" or "of whom" the part states its whole itself, and the noun the
    relative points at is the whole's: "the least developed countries, of which 34 out of
    49 are in Africa" (total 49, "in Africa" 34, counted "least developed countries").
    """
    sentence_start, sentence_end = _sentence_of(sentences, match.start())
    before = text[max(sentence_start, match.start() - 60) : match.start()]
    referent = None
    if relative := _RELATIVE_OPENS.search(before):
        referent = _REFERENT.search(before, 0, relative.start())
        if referent is None:
            return None
    elif not _OPENS_CLAUSE.search(before):
        return None
    if match["n"].lower() in ("one", "a", "an"):
        return None
    part = _count_of_things(text, match.start("n"), match.end("n"), share=False)
    total = _count_of_things(text, match.start("w"), match.end("w"), share=False)
    if part is None or total is None or not part < total:
        return None
    if match["determiner"] is None and (total <= _RATE_BASE or total in (100, 1000)):
        return None  # "two out of three households", "four out of ten": a rate
    noun_end = _noun_phrase_end(text, match.end("w"), sentence_end)
    noun = " ".join(text[match.end("w") : noun_end].split()) or None
    if noun is None and referent is not None:
        noun = " ".join(referent["noun"].split())  # "countries, of which 34 out of 49 are"
    if noun is None or _head(noun) in _TALLIED_HEADS:
        return None
    if _RELATIVE.match(text, noun_end):
        return None  # "Four of the 11 judges who heard the appeal": the clause picks them
    predicate = noun_end
    if placed := _PLACE_OF_WHOLE.match(text, noun_end, sentence_end):
        predicate = placed.end()  # "640 of the 1,200 schools in the region have been damaged"
    label, label_end = _label_after(text, predicate, sentence_end)
    if label is None:
        return None
    kind = _kind(text[match.start() : noun_end], label)
    return _tally(kind, match.start(), label_end, match.start("n"), part, False, total, label, noun)


def _set_apart(text: str, link: re.Match[str], sentences: list[tuple[int, int]]) -> Tally | None:
    """The tally of a part set apart from its whole's "out of (a total of) M", or None.

    The part is the nearest count of things before the link in its sentence; between
    them stand its noun phrase, what it did, or both ("154 countries out of 194 ...
    responded", "19,488 responded out of 78,812 polled", "Only 251,000 refugees -- out
    of a total of 15.2 million -- repatriated"). "N out of M" with nothing between is
    :func:`_of_whole`'s.
    """
    sentence_start, sentence_end = _sentence_of(sentences, link.start())
    part_match = _part_before(text, max(sentence_start, link.start() - _PART_REACH), link)
    if part_match is None:
        return None
    part = _count_of_things(text, part_match.start(), part_match.end(), share=False)
    total = _count_of_things(text, link.start("w"), link.end("w"), share=False)
    if part is None or total is None or not part < total:
        return None
    if part_match.group().lower() in ("one", "a", "an"):
        return None
    opening = text[sentence_start : part_match.start()]
    if len(opening) > _OPENING_REACH:  # "^" is the sentence's start, never the window's
        opening = " " + opening[-_OPENING_REACH:]
    if not _OPENS_PART_CLAUSE.search(opening):
        return None  # "accepted 41 recommendations out of 60", "rose to 14 out of 98"
    determined = (
        link["determiner"]
        or link["total_of"]
        or link["population"]
        or link["qualifier"]
        or link["among"]
    )
    if not determined and (total <= _RATE_BASE or total in (100, 1000)):
        return None  # "Six women out of 10": a rate
    middle = text[part_match.end() : link.start()]
    if _CLAUSE_JOINT_BEFORE.search(middle):
        return None  # "12 countries reported progress, while out of the 193 States, 150 ..."
    if not middle.strip(" ,()-–—") and not link["population"]:
        return None  # "12 out of the 18 judges": _of_whole reads it
    own_noun, predicate = _noun_then_predicate(middle)
    noun_end = link.end("w")
    after_whole = _TWO_WORDS.match(text, noun_end)
    # "population of 40,000" names its noun before the count: what follows is a verb
    if after_whole is not None and not link["population"] and not _verb_after_whole(after_whole):
        noun_end = _noun_phrase_end(text, noun_end, sentence_end)
        if stop := _PHRASE_STOP.search(text, link.end("w"), noun_end):
            noun_end = stop.start()  # "out of a total of 61,000 registered -- were ..."
    whole_noun = _noun_words(text[link.end("w") : noun_end].rstrip("."))
    if whole_noun is not None and (
        whole_noun.lower().endswith(("ed", "en")) or whole_noun.lower() in _STATUS_WORDS
    ):
        whole_noun = None  # "out of 78,812 polled", "out of 60 due": those the words say
    if not _counted_alike(own_noun, whole_noun):
        return None  # "30 women out of 120 meetings", "14 cases ... out of 3,775 tests"
    if _head(own_noun) in _TALLIED_HEADS or _head(whole_noun) in _TALLIED_HEADS:
        return None  # votes and seats: the election readers' ("325 out of 360 seats")
    if _scales_differ(text[link.start("w") : noun_end], part_match.group(), part):
        return None
    if predicate:
        label = _predicate_label(predicate)
        if label is None or _THRESHOLD.search(predicate):
            return None
        label_end = part_match.end() + len(middle.rstrip(" ,(-–—"))
    else:
        if _RELATIVE.match(text, noun_end):
            return None  # "Four out of the 11 judges who heard the appeal"
        after = noun_end
        if close := _ASIDE_CLOSE.match(text, after, sentence_end):
            after = close.end()
        if placed := _PLACE_OF_WHOLE.match(text, after, sentence_end):
            after = placed.end()
        label, label_end = _label_after(text, after, sentence_end)
        reduced = (  # "102 Palestinians killed": a participle after the whole's noun
            label is not None
            and whole_noun is not None
            and after == noun_end
            and _reduces_whole(text[after:label_end])
        )
        if reduced:
            label = None  # "from a total of 102 Palestinians killed.": the whole's words
        if label is None:
            if _LIST_AFTER.match(text, label_end, sentence_end) or (
                text[after:label_end].strip() and not reduced
            ):
                return None  # a list or a rule after the whole: others read it, or none
            # "there were 31 refugee fatalities from a total of 102 Palestinians killed"
            if own_noun is None or _head(own_noun) == _head(whole_noun):
                return None
            label, label_end = own_noun, part_match.end() + len(middle.rstrip(" ,(-–—"))
            own_noun = whole_noun or own_noun  # counted: the whole's people
    whole_text = text[link.start() : noun_end]
    kind = "survey" if ASKED_GROUP.search(whole_text) or _REPLIED.match(label) else "breakdown"
    end = max(label_end, noun_end)
    counted = own_noun or whole_noun
    start = part_match.start()
    tally = _tally(kind, start, end, start, part, False, int(total), label, counted)
    tally.parts[0].end = max(label_end, part_match.end())
    tally.total_qualifier = qualifier_of(text, link.start("w"), link.end("w"))
    return tally


def _bracketed_wholes(
    text: str, numbers: list[Number], sentences: list[tuple[int, int]]
) -> list[Tally | None]:
    """The tallies of wholes stated in brackets after their part: "(of the M ...)", "(n=M)".

    "Letters were addressed to 110 States (of the 193 States Members of the United
    Nations)" -> total 193, "addressed to" 110; "61.2% of cases reporting sex (n=655) are
    male" -> total 655, "male" 61.2 per cent (also "Of cases reporting sex (n=655), 61.2%
    are male").
    """
    found: list[Tally | None] = []
    for at in sorted({*_places_of(text, "(of "), *_places_of(text, "(out of ")}):
        if whole := _BRACKETED_WHOLE.match(text, at):
            found.append(_part_before_bracket(text, whole, numbers, sentences))
    for sample in _SAMPLE_SIZE.finditer(text):
        found.append(_share_of_sample(text, sample, sentences))
    return found


def _bracketed_part(
    text: str, match: re.Match[str], sentences: list[tuple[int, int]]
) -> Tally | None:
    """The tally of a group of people counted in brackets after its whole, or None.

    "23.7 million people (12.4 million children) are in need" -> total 23,700,000,
    "children" 12,400,000. The bracket follows the whole's noun right away; both count
    people, the part a group of its own (another head, no unit that restates the whole:
    "5,400 people (900 households)" is none), and the part is below the whole.

    >>> text = "Some 1.2 million people (640,000 children) need aid."
    >>> [m] = [_BRACKETED_PART.match(text, text.index("("))]
    >>> tally = _bracketed_part(text, m, _sentences(text))
    >>> tally.total, tally.parts[0].count, tally.parts[0].category
    (1200000, 640000, 'children')
    """
    own_noun = _noun_words(match["noun"])
    if own_noun is None or not _names_people(own_noun):
        return None
    if own_noun.split()[-1].lower() in _RESTATING_UNITS:
        return None
    sentence_start, _ = _sentence_of(sentences, match.start())
    window = max(sentence_start, match.start() - _CLAUSE_REACH)
    before = _WHOLE_BEFORE_BRACKET.search(text, window, match.start())
    if before is None or _PHRASE_STOP.search(before["noun"]):
        return None
    noun = _noun_words(before["noun"])
    if noun is None or len(noun.split()) != len(before["noun"].split()):
        return None  # "refugees arrived (300 children)": the bracket is no aside of the noun
    if not _names_people(noun) or _head(noun) == _head(own_noun):
        return None
    total = _count_of_things(text, before.start("w"), before.end("w"), share=False)
    part = _count_of_things(text, match.start("n"), match.end("n"), share=False)
    if total is None or part is None or not part < total:
        return None
    if _scales_differ(before.group(), match["n"], part):
        return None
    return _tally(
        "breakdown",
        before.start("w"),
        match.end(),
        match.start("n"),
        part,
        False,
        int(total),
        own_noun,
        noun,
    )


def _opens_clause(text: str, match: re.Match[str]) -> bool:
    """Whether the count of ``match`` opens its clause (after qualifiers), no object."""
    return (
        _OPENS_PART_CLAUSE.search(text, max(0, match.start() - _OPENING_REACH), match.start())
        is not None
    )


def _among_after_part(
    text: str, match: re.Match[str], sentences: list[tuple[int, int]]
) -> Tally | None:
    """The tally of "N <noun> are among the M ...", or None.

    "At least 12 children are among the 40 people killed in the attack" -> total 40,
    "children" 12. The part names its noun, of the whole's kind, and is below the whole;
    a rank ("among the 10 largest") names no noun of things.

    >>> text = "At least 12 children are among the 40 people killed in the attack."
    >>> [m] = list(_AMONG_AFTER_PART.finditer(text))
    >>> tally = _among_after_part(text, m, _sentences(text))
    >>> tally.total, tally.parts[0].count, tally.parts[0].category
    (40, 12, 'children')
    """
    own_noun = _noun_words(match["noun"])
    if own_noun is None or len(own_noun.split()) != len(match["noun"].split()):
        return None  # "12 died and are among ...": a verb in the part's phrase
    if own_noun.split()[0].lower() in _PREPOSITIONS or not _is_plural(own_noun.split()[-1].lower()):
        return None
    noun = _head_phrase(match["phrase"])
    if noun is None or not _same_kind(noun, own_noun) or _head(noun) in _TALLIED_HEADS:
        return None
    total = _count_of_things(text, match.start("w"), match.end("w"), share=False)
    part = _count_of_things(text, match.start("n"), match.end("n"), share=False)
    if total is None or part is None or not part < total:
        return None
    if match["n"].lower() in ("one", "a", "an"):
        return None
    end = min(_sentence_of(sentences, match.start())[1], match.end())
    start = match.start("n")
    return _tally("breakdown", start, end, start, part, False, int(total), own_noun, noun)


def _part_before_bracket(
    text: str, whole: re.Match[str], numbers: list[Number], sentences: list[tuple[int, int]]
) -> Tally | None:
    """The part whose count and noun stand right before a bracketed "(of the M ...)".

    The part is named by what it did after the bracket ("110 States (of the 193) replied"),
    else by the participle that acted on it before its count ("were addressed to"); the
    whole's noun, where it has one, counts the part's kind of thing ("110 States (of the 193
    Member States)"; "12 cases (of the 40 districts)" is none).
    """
    sentence_start, sentence_end = _sentence_of(sentences, whole.start())
    window = max(sentence_start, whole.start() - 80)
    if share := _SHARE_BEFORE_BRACKET.search(text, window, whole.start()):
        return _share_before_bracket(text, whole, share, sentence_end)
    noun_match = _PART_NOUN.search(text, window, whole.start())
    if noun_match is None:
        return None
    counts = [n for n in numbers if n.end == noun_match.start()]
    if not counts:
        return None
    count = counts[0]
    part = _count_of_things(text, count.start, count.end, share=False)
    total = _count_of_things(text, whole.start("w"), whole.end("w"), share=False)
    if part is None or total is None or not part < total:
        return None
    if not whole["determiner"] and (total <= _RATE_BASE or total in (100, 1000)):
        return None  # "(out of 10)": a rate
    own_noun = _noun_words(noun_match.group())
    whole_noun = _noun_words(whole["noun"].split(" of ")[0]) if whole["noun"].strip() else None
    if own_noun is None or not _counted_alike(own_noun, whole_noun):
        return None
    if _head(own_noun) in _TALLIED_HEADS:
        return None  # votes and seats: the election readers'
    label, label_end = _label_after(text, whole.end(), sentence_end)
    if label is not None and not _VERB_AFTER.match(text, whole.end()):
        label = None  # "... (of the 193), a record": no predicate after the bracket
    if label is None:
        label = _acted_on(text, sentence_start, count.start)
        label_end = noun_match.end()
    if label is None:
        return None
    end = max(label_end, whole.end())
    tally = _tally(
        "breakdown", count.start, end, count.start, part, False, int(total), label, own_noun
    )
    tally.parts[0].end = max(label_end, noun_match.end())
    return tally


def _share_before_bracket(
    text: str, whole: re.Match[str], share: re.Match[str], sentence_end: int
) -> Tally | None:
    """The share of a group whose whole a bracket after it states: "N% of nouns (of the M)".

    "88% of assessments (of the 1,625 villages) are complete" -> total 1,625, "complete" 88
    per cent. The part is named by the predicate after the bracket; a bracket with no verb after it,
    or a whole of a rate's base ("(out of 100)"), is none.

    >>> text = "About 60 per cent of schools (of the 1,200 in the district) have reopened."
    >>> whole = _BRACKETED_WHOLE.search(text)
    >>> share = _SHARE_BEFORE_BRACKET.search(text, 0, whole.start())
    >>> tally = _share_before_bracket(text, whole, share, len(text))
    >>> tally.total, tally.parts[0].percent, tally.parts[0].category
    (1200, 60.0, 'reopened')
    """
    value = _count_of_things(text, share.start("n"), share.end("n"), share=True)
    total = _count_of_things(text, whole.start("w"), whole.end("w"), share=False)
    if value is None or total is None or total <= _RATE_BASE or total in (100, 1000):
        return None
    if not _VERB_AFTER.match(text, whole.end()):
        return None
    label, label_end = _label_after(text, whole.end(), sentence_end)
    if label is None:
        return None
    noun = " ".join(share["noun"].split())
    start = share.start()
    return _tally(
        "breakdown", start, max(label_end, whole.end()), start, value, True, int(total), label, noun
    )


def _acted_on(text: str, clause_start: int, count_start: int) -> str | None:
    """The participle and preposition before a count after an auxiliary ("were addressed to").

    None where the words before the count are no such passive verb: an object is no part
    of a whole ("ratified 10 conventions (of the 12)").
    """
    opening = text[clause_start:count_start]
    cut = max(opening.rfind(mark) for mark in ",;:(")
    words = opening[cut + 1 :].split()
    auxiliary = max(
        (i for i, word in enumerate(words) if word.lower() in _AUXILIARY_WORDS), default=-1
    )
    acted = words[auxiliary + 1 :]
    if auxiliary < 0 or not 1 <= len(acted) <= 3 or not _is_participle(acted[0]):
        return None
    if not all(word.isalpha() and word.islower() for word in acted):
        return None
    return " ".join(acted)


def _share_of_sample(
    text: str, sample: re.Match[str], sentences: list[tuple[int, int]]
) -> Tally | None:
    """A share of a group whose size a bracketed "(n=M)" states, and what that share is."""
    sentence_start, sentence_end = _sentence_of(sentences, sample.start())
    window = max(sentence_start, sample.start() - 100)
    total = int(sample["w"].replace(",", ""))
    if share := _SHARE_OF_GROUP.search(text, window, sample.start()):
        opening = text[max(sentence_start, share.start() - _OPENING_REACH) : share.start()]
        if not _OPENS_PART_CLAUSE.search(opening):
            return None
        start, label_start = share.start(), sample.end()
    elif group := _GROUP_FIRST.search(text, window, sample.start()):
        share = _SHARE_AFTER_GROUP.match(text, sample.end())
        if share is None:
            return None
        start, label_start = group.start("noun"), share.end()
    else:
        return None
    value = float(share["p"])
    if not 0 < value < 100 or total < 2:
        return None
    if _SET_AGAINST.search(text, sample.end(), sentence_end):
        return None  # "30% of households (n=1,200) ..., compared with 25% in 2018": a rate
    label, label_end = _label_after(text, label_start, sentence_end)
    if label is None:
        return None
    if joint := _NEXT_CLAUSE.search(label):
        label = label[: joint.start()]  # "are male and the median age is 47 years"
        label_end = text.index(label, label_start) + len(label)
    noun = " ".join((share["noun"] if "noun" in share.groupdict() else group["noun"]).split())
    kind = "survey" if ASKED_GROUP.search(noun) or _REPLIED.match(label) else "breakdown"
    return _tally(kind, start, label_end, share.start("p"), value, True, total, label, noun)


def _part_before(text: str, start: int, link: re.Match[str]) -> re.Match[str] | None:
    """The nearest count of things in ``text[start:link.start()]``, or None.

    Years, shares, money and measures are passed over: "Over 130,000 refugees arrived
    in Sudan in 2016, of a total of ..." -> "130,000".
    """
    counts = [
        match
        for match in _COUNT_AT.finditer(text, start, link.start())
        if _count_of_things(text, match.start(), match.end(), share=False) is not None
        and not _SHARE_AFTER.match(text, match.end())
    ]
    return counts[-1] if counts else None


_SHARE_AFTER = re.compile(rf"[\d,.]\d|{_PERCENT}")


def _noun_then_predicate(middle: str) -> tuple[str | None, str]:
    """A part's own noun phrase and what it did, from the words before its whole's link.

    >>> _noun_then_predicate(" UNRWA inclusive missions reached north Wadi Gazi ")
    ('UNRWA inclusive missions', 'reached north Wadi Gazi')
    >>> _noun_then_predicate(" responded ")
    (None, 'responded')
    >>> _noun_then_predicate(" national reports were submitted, ")
    ('national reports', 'were submitted')
    >>> _noun_then_predicate(" refugees -- ")
    ('refugees', '')
    >>> _noun_then_predicate(" of the displaced, ")
    ('displaced', '')
    """
    words = middle.replace("(", " ").split()
    # "3,500 of the displaced, out of a total of 9,000, have returned": a noun after "the"
    partitive = len(words) > 2 and words[0] == "of" and words[1] in ("the", "these", "those")
    if partitive:
        words = words[2:]
    noun: list[str] = []
    for index, word in enumerate(words):
        lower = word.lower().rstrip(",;:")
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if lower in _VERB_MARKERS or not lower[:1].isalpha():
            break
        if noun and _is_head(noun[-1].rstrip(",")) and not _is_head(word.rstrip(",")):
            break  # "refugees arrived in Sudan" ("staff members" is one noun)
        if (
            lower.endswith("ed")
            and (not following or following in _PREPOSITIONS)
            and not (partitive and not noun)
        ):
            break  # "responded", "reached north Wadi Gazi"
        noun.append(word)
        if word.endswith(","):
            break
    rest = " ".join(words[len(noun) :]).strip(" ,;-–—")
    own = " ".join(noun).rstrip(",") or None
    return own, rest


def _verb_after_whole(words: re.Match[str]) -> bool:
    """Whether the word after a whole's count is its clause's verb, no word of the whole.

    A participle is the clause's verb where a word follows it that is no noun and no
    auxiliary: "out of 150 reported progress" (the whole's own participle: "out of 1,150
    assessed were found", "out of 61,000 registered --", "out of an estimated 640,000
    displaced individuals").
    """
    first, second = words["first"], words["second"]
    if not first.endswith("ed") or second is None:
        return False
    return not _is_head(second) and second.lower() not in _VERB_MARKERS


def _reduces_whole(label: str) -> bool:
    """Whether the words after a whole are one participle of it, no predicate of the part.

    >>> _reduces_whole("killed"), _reduces_whole("repatriated in 2009")
    (True, False)
    """
    words = label.split()
    return len(words) == 1 and _is_participle(words[0])


def _is_head(word: str) -> bool:
    """Whether a word ends a part's noun phrase: a plural, not a nationality before one.

    >>> _is_head("refugees"), _is_head("Sudanese"), _is_head("staff")
    (True, False, True)
    """
    lower = word.lower()
    if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
        return True
    return lower in PEOPLE_NOUNS and not word[:1].isupper()


def _predicate_label(predicate: str) -> str | None:
    """What a part did, its auxiliaries dropped: "were submitted" -> "submitted"."""
    written = re.sub(rf"^\s*{_AUXILIARY}", "", predicate)
    words = written.split()
    if not words or _NO_LABEL.match(written) or any(c.isdigit() for c in words[0]):
        return None
    if holds_any(written, ("while ", "whereas ", " and ", ";")) and _COUNT_AT.search(written):
        return None  # another clause with its count between the part and its whole
    return " ".join(words[:_MAX_LABEL_WORDS])


def _counted_alike(own_noun: str | None, whole_noun: str | None) -> bool:
    """Whether a part's noun and its whole's count one kind of thing.

    A State's documents are out of the States ("158 national reports ... out of the 193
    Member States"), and the dead are out of the people killed.
    """
    if own_noun is None or whole_noun is None:
        return True
    if _same_kind(whole_noun, own_noun):
        return True
    part_head, whole_last = _head(own_noun), whole_noun.split()[-1].lower()
    if part_head in _STATE_DOCUMENTS and whole_last in _COUNTRY_NOUNS:
        return True
    if part_head + "s" in _COUNTRY_NOUNS and whole_last == "members":
        return True  # "12 Member States from among the 47 members": States are its members
    return part_head in _DEATHS and _names_people(whole_noun)


def _fronted(text: str, match: re.Match[str], sentences: list[tuple[int, int]]) -> Tally | None:
    """The tally of "Among the M ... are N ..." or "N ... . This includes N ...", or None.

    The part names what it counts, of the whole's kind ("This includes 12 in 2015" and
    "This includes 40 schools" after a count of children stay none).
    """
    pointed = match.re is _OF_THESE_PART  # "187 of them ..."
    group = "m" if pointed else "n"
    sentence_start, sentence_end = _sentence_of(sentences, match.start(group))
    part = _count_of_things(text, match.start(group), match.end(group), share=False)
    if part is None or match[group].lower() in ("one", "a", "an"):
        return None
    label_start = match.end() if group == "m" else match.end("n")
    label, label_end = _label_after(text, label_start, sentence_end)
    # a pronoun names the whole: what follows is the part's predicate ("were minors")
    own_noun = _own_noun(label) if label and not pointed else None
    if label is None or (own_noun is None and not pointed):
        return None
    if match.re is _AMONG_WHOLE:
        total = _count_of_things(text, match.start("w"), match.end("w"), share=False)
        noun = _head_phrase(match["phrase"])
        start = match.start()
        if _count_between(text, match.end("w"), match.start("n")):
            return None
    else:
        previous = _sentence_of(sentences, max(0, sentence_start - 2))
        if sentence_start < match.start():
            # a sentence that opens with a figure is not split off ("killed. 187 of them");
            # a clause after the whole's, "..., it was estimated that 10,000 of them"
            leading = text[sentence_start : match.start()]
            clause = _CLAUSE_BEFORE_THAT.search(leading)
            if clause is not None:
                previous = (sentence_start, sentence_start + clause.start())
            elif not re.search(r"[a-z\d)]{2}[.;]\s{1,2}$", leading):
                return None
            else:
                previous = (sentence_start, match.start())
        elif previous[1] > sentence_start:
            return None  # the first sentence: nothing restated
        whole = _whole_before(text, previous[0], previous[1], larger_than=part)
        if whole is None:
            return None
        total, noun, start, noun_end = whole
        noun = noun.rstrip(".") if noun else None  # "fed 52,000 children."
        between_start = noun_end
        restated = _RESTATED_ASIDE.match(text, noun_end)
        if restated is not None and own_noun is not None and _same_kind(noun, own_noun):
            between_start = restated.end()  # "... 9,870 farmers (some 48,000 people) ..."
        if not noun or _count_between(text, between_start, previous[1]):
            return None  # "reached 52,000 children in 1,200 schools. This includes ..."
        if pointed and _another_referent(text, start, previous[1], "them", noun):
            return None  # "88 witnesses about the attacks on villages. 20 of them ..."
    if total is None or not part < total or _head(noun) in _TALLIED_HEADS:
        return None
    if (own_noun is not None and not _same_kind(noun, own_noun)) or _lists_examples(label):
        return None
    if own_noun is not None and (did := _DID_AFTER_NOUN.match(label, len(own_noun))):
        label = label[did.end() :]
    kind = _kind(text[start : match.start(group)], label)
    return _tally(kind, start, label_end, match.start(group), part, False, int(total), label, noun)


def _population_first(
    text: str, match: re.Match[str], sentences: list[tuple[int, int]]
) -> Tally | None:
    """The tally of "Out of a population of M, N ...", or None.

    The part counts people where it names a noun ("35,000 people", "789 residents"; "12
    districts" is none), is smaller than the whole and of its scale, and is labelled by
    what it is or did.
    """
    sentence_end = _sentence_of(sentences, match.start("n"))[1]
    is_share = bool(match["n_percent"])
    total = _count_of_things(text, match.start("w"), match.end("w"), share=False)
    part = _count_of_things(text, match.start("n"), match.end("n"), share=is_share)
    if total is None or part is None or match["n"].lower() in ("one", "a", "an"):
        return None
    if not is_share and (
        not part < total or _scales_differ(text[match.start("w") : match.end()], match["n"], part)
    ):
        return None
    label_start = match.end("n_percent") if is_share else match.end("n")
    label, label_end = _label_after(text, label_start, sentence_end)
    if label is None:
        return None
    own_noun = _own_noun(label)
    if own_noun is not None:
        if not _names_people(own_noun):
            return None  # "Out of a population of 2 million, 400 villages ...": other things
        if did := _DID_AFTER_NOUN.match(label, len(own_noun)):
            label = label[did.end() :]
    if _lists_examples(label) or _LIST_AFTER.match(text, label_end, sentence_end):
        return None
    noun = own_noun or "population"
    start, part_start = match.start(), match.start("n")
    return _tally(
        "breakdown", start, label_end, part_start, part, is_share, int(total), label, noun
    )


def _lists_examples(label: str) -> bool:
    """Whether a part's label goes on to name examples: "and" before a name.

    "14 ministers and the Secretary-General" lists examples; "and" between two words in
    capitals, with no article, is inside a name ("people staying in UN Relief and Works
    Agency schools").

    >>> _lists_examples("14 ministers and the Secretary-General")
    True
    >>> _lists_examples("people staying in UN Relief and Works Agency schools")
    False
    """
    return any(
        match["the"] or not match["before"][:1].isupper() for match in _EXAMPLES.finditer(label)
    )


def _head_phrase(phrase: str) -> str | None:
    """The words of a whole's noun phrase before its complement.

    "staff deployed to the region" -> "staff"; "on the brink of famine" -> None (the
    whole names no noun).
    """
    words = []
    for word in phrase.split():
        if word.lower() in _PREPOSITIONS or word.lower() in _VERB_MARKERS:
            break
        words.append(word)
    return _noun_words(" ".join(words)) if words else None


def _kind(whole: str, label: str) -> str:
    """A survey where the whole is of respondents and the part what they answered.

    Who the respondents were ("61 of the 112 respondents were women") makes a breakdown,
    as in every other tally of the package.
    """
    if ASKED_GROUP.search(whole) is None:
        return "breakdown"
    first = label.split()[0].lower()
    own = _own_noun(label)
    if first in _WHO_THEY_WERE or (own is not None and own.split()[-1].lower() in PEOPLE_NOUNS):
        return "breakdown"
    return "survey"


def _tally(
    kind: str,
    start: int,
    end: int,
    part_start: int,
    value: float,
    is_share: bool,
    total: int,
    label: str,
    noun: str | None,
) -> Tally:
    if is_share:
        part = Part(label, None, part_start, end, percent=value, counted=noun, base=noun)
        return Tally(kind, start, end, [part], subject=noun, total=total, unit="percent")
    part = Part(label, int(value), part_start, end, counted=noun)
    return Tally(kind, start, end, [part], subject=noun, total=total)


def _count_of_things(text: str, start: int, end: int, *, share: bool) -> float | None:
    """The value of the count at ``text[start:end]``, or None where it counts no things."""
    written = text[start:end]
    if share:
        try:
            value = float(written)
        except ValueError:
            return None
        return value if 0 < value <= 100 else None
    value = read_count(written)[0]
    if value is None or value <= 0 or written.lower() in _SCALE_WORDS:
        return None
    if _REFERENCE_BEFORE.search(text, max(0, start - 12), start):
        return None
    if _MEASURE_AFTER.match(text, end):
        return None
    if _RANGE_AFTER.match(text, end):
        return None  # "children (6-59 months old)": a bound of a range, no count of things
    if YEAR_FIGURE.fullmatch(written) and not re.search(
        rf"{_QUALIFIER}$", text[max(0, start - 14) : start]
    ):
        return None  # "in 2008": a year, unless a qualifier says a count ("more than 2000")
    return value


# An aside right after a whole's noun that restates it in another unit: "12,400 families
# (about 61,000 people)".
_RESTATED_ASIDE = re.compile(r"\s{0,3}\([^()]{1,60}\)")


def _whole_before(
    text: str, start: int, end: int, *, larger_than: float, places: bool = False
) -> tuple[int, str | None, int, int] | None:
    """The nearest count of things in ``text[start:end]`` above ``larger_than``, or None.

    Returns its value, noun, start and where its noun ends. With ``places``, a count of
    places that says where an earlier count is ("across 200 districts") is passed over.
    """
    candidates = list(_WHOLE.finditer(text, start, end))
    for index in range(len(candidates) - 1, -1, -1):
        match = candidates[index]
        if match["percent"]:
            continue
        if index and in_open_aside(text, candidates[index - 1].end("w"), match.start("w")):
            continue  # "48,000 households (around 250,000 people), including ...": a restatement
        if places and _places_whole(text, start, match):
            continue
        value = _count_of_things(text, match.start("w"), match.end("w"), share=False)
        if value is None or value <= larger_than:
            continue
        if _names_a_day(match):
            continue  # "through 11 June, with almost 85 per cent arriving in Italy": a date
        noun = _noun_words(match["noun"])
        noun_end = match.end("w")
        if noun is not None:
            noun_end = text.index(noun.split()[-1], match.end("w")) + len(noun.split()[-1])
        return int(value), noun, match.start("w"), noun_end
    return None


def _scales_differ(whole: str, part: str, value: float) -> bool:
    """Whether the whole is written with a scale word and the part is a small bare count."""
    scaled = re.search(r"\b(?:million|billion)\b", whole, re.IGNORECASE) is not None
    return scaled and re.search(r"million|billion", part) is None and value < _SMALLEST_SCALED


def _value_of(text: str, sentence_start: int, count_start: int) -> tuple[bool, str | None]:
    """Whether a count with no noun is the value of a number or toll its clause names.

    Returns the verdict and what the number counts ("number of displaced individuals in
    Gaza" -> "displaced individuals"; a toll counts no noun).
    """
    if not _VALUE_VERB.search(text, max(sentence_start, count_start - 40), count_start):
        return False, None
    window_start = max(sentence_start, count_start - _VALUE_REACH)
    named = list(_VALUE_NAMED.finditer(text, window_start, count_start))
    if not named:
        return False, None
    last = named[-1]
    if last["toll"]:
        return True, None
    words = []
    for word in last["noun"].split():
        if word.lower() in _PREPOSITIONS or word.lower() in _VERB_MARKERS:
            break
        if words and word.endswith("ly"):
            break  # "the number of people internally displaced": "people"
        words.append(word)
    adverb = words[:1] if len(words) > 1 and words[0].lower().endswith("ly") else []
    noun = _noun_words(" ".join(words[len(adverb) :])) if words else None
    if adverb and noun is not None:
        noun = f"{adverb[0]} {noun}"  # "internally displaced persons", not "internally"
    return noun is not None, noun


def _in_complement(text: str, start: int, whole_start: int) -> bool:
    """Whether a whole stands after a preposition in the phrase of an earlier count."""
    before = text[start:whole_start].split()
    if not before or before[-1].lower() not in _PREPOSITIONS:
        return False
    return _count_between(text, start, whole_start)


def _pronoun(text: str, match: re.Match[str]) -> str:
    """The pronoun of a link "N of whom/which/them/these/those" after its part."""
    return text[match.end("m") : match.end()].split()[-1].lower() if match["m"] else ""


def _another_referent(text: str, start: int, end: int, link: str, noun: str | None) -> bool:
    """Whether a plural between a whole and its link may be what the link points at.

    "whom" points at people only: after a whole of people, a plural of places or things in
    its complement ("4,100 patients from the surrounding villages, 38 per cent of whom")
    is no referent of it. What people were given or reached with ("450,635 people have
    been assisted with NFI kits; 62,391 of which have also ...") is the means of the verb
    before it, no referent either.
    """
    for match in _ANOTHER_REFERENT.finditer(text, start, end):
        plural = match.group().split()[-1]
        if link == "whom" and _names_people(noun) and not _names_people(plural):
            continue
        if _MEANS_OF_VERB.search(text, max(start, match.start() - 30), match.start() + 5):
            continue
        return True
    return False


# A participle of giving or reaching, then "with" and what was given: "assisted with",
# "reached with", "provided with", "supported with".
_MEANS_OF_VERB = re.compile(
    r"\b(?:assisted|reached|provided|supported|supplied|served|equipped|targeted)"
    r"\s{1,3}with\s$"
)


def _places_whole(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether a count is of places, after a preposition that says where ("in 75 countries")."""
    if not _PLACING.search(text, max(start, match.start() - 20), match.start()):
        return False
    return _head(_noun_words(match["noun"])) in _PLACE_HEADS


def _count_between(text: str, start: int, end: int, *, places: bool = False) -> bool:
    """Whether a count of things other than a year stands in ``text[start:end]``.

    With ``places``, a count of places that says where the whole is ("reached 100 million
    people in 75 countries, including ...") is passed over, as the list readers do.
    """
    for match in _WHOLE.finditer(text, start, end):
        if places and _places_whole(text, start, match):
            continue
        if _names_a_day(match):
            continue  # "12,400 houses were damaged by 3 May, with 30 per cent ...": a date
        if not match["percent"] and _count_of_things(
            text, match.start("w"), match.end("w"), share=False
        ):
            return True
    return False


def _names_a_day(match: re.Match[str]) -> bool:
    """Whether a match of _WHOLE is a day of a month ("11 June"), not a count of things."""
    noun = match["noun"]
    return bool(noun) and noun.split()[0].lower().rstrip(",.") in MONTHS


def _noun_words(written: str) -> str | None:
    """The words of a noun phrase up to the first word that opens a predicate."""
    words = []
    for word in written.split():
        if word.lower() in _VERB_MARKERS or (words and word.endswith(("ed", "ing"))):
            break
        words.append(word)
    return " ".join(words) or None


def _noun_phrase_end(text: str, start: int, end: int) -> int:
    """Where the noun phrase after a whole's count ends: at the first word of its verb.

    The phrase ends before a word that opens a predicate (an auxiliary, a participle), and
    after a plural head that no "and" or "of" continues ("member countries put forth").
    """
    position = start
    previous = ""
    for index, word in enumerate(re.finditer(r"\S+", text[start:end])):
        bare = word.group().rstrip(",;:")
        lower = as_word(bare)  # "194 WHO Member States": an acronym, no pronoun
        if (
            lower in _VERB_MARKERS
            or (index and lower.endswith(("ed", "ing")))
            or (_is_plural(previous) and lower not in ("and", "of", "&", "or"))
            or index >= _MAX_NOUN_WORDS
        ):
            return start + word.start()
        if bare != word.group():
            return start + word.start() + len(bare)
        position = start + word.end()
        previous = lower
    return position


def _is_plural(word: str) -> bool:
    plural = len(word) > 3 and word.endswith("s") and not word.endswith("ss")
    return plural or word in PEOPLE_NOUNS


def _label_after(text: str, start: int, end: int) -> tuple[str | None, int]:
    if aside := _ASIDE.match(text, start, end):
        start = aside.end()  # "11 of WHO's 194 member countries, including A, B and C, put"
    return _label_from(text, start, end)


def _label_from(text: str, start: int, end: int) -> tuple[str | None, int]:
    """What a part is or did, after ``start`` up to its clause's end, and where it ends.

    None where a list follows the part ("of which 60 were ..., 30 ... and 10 ..."; a count
    with its own noun that ends the sentence after a part that did something is the
    whole's sibling, no part: ", 55 of which were sent jointly ..., and 35 follow-up
    letters"), where
    the words name a time ("including 12 in 2015"), a threshold or a rule ("12 of the 18
    judges have to agree"), or nothing.
    """
    stop = _LABEL_END.search(text, start, min(end, start + _LABEL_REACH))
    label_end = stop.start() if stop else min(end, start + _LABEL_REACH)
    if _THRESHOLD.search(text, start, label_end):
        return None, label_end
    written = re.sub(rf"^\s*\)?\s*{_AUXILIARY}", "", text[start:label_end])
    words = written.split()
    if _LIST_AFTER.match(text, label_end, end) and not (
        words and _is_participle(words[0]) and _SIBLING_AFTER.match(text, label_end, end)
    ):
        return None, label_end
    if (
        not words
        or _NO_LABEL.match(written)
        or _TIME_LABEL.match(written)
        or any(character.isdigit() for character in words[0])
    ):
        return None, label_end
    return " ".join(words[:_MAX_LABEL_WORDS]), label_end


def _is_participle(word: str) -> bool:
    """Whether a word is a past participle ("confirmed", "sent", "taken")."""
    lower = word.lower()
    return lower.endswith(("ed", "en")) or lower in _IRREGULAR_PARTICIPLES


_IRREGULAR_PARTICIPLES = word_set(
    "sent made held done found paid built brought kept left lost met put read run set shot"
    " spent told won heard sold"
)


def _own_noun(label: str) -> str | None:
    """The noun a part's count has right after it ("9 presidential statements"), or None."""
    words = label.split()[:3]
    for index, word in enumerate(words):
        if word.lower() in _VERB_MARKERS or not word[:1].isalpha() or word.lower() in _PREPOSITIONS:
            return None
        if _is_plural(word.lower()):
            return " ".join(words[: index + 1])
    return None


def _names_people(noun: str | None) -> bool:
    """Whether a noun phrase's last word counts people ("incumbents", "women", "staff")."""
    if not noun:
        return False
    last = noun.split()[-1].lower()
    return last in PEOPLE_NOUNS or last in _PEOPLE_LIKE or last.endswith(_PERSON_ENDINGS)


def _head(noun: str | None) -> str:
    return noun.split()[-1].lower().rstrip("s") if noun else ""


def _same_kind(whole_noun: str | None, part_noun: str) -> bool:
    """Whether a part's own noun counts the whole's kind of thing."""
    whole_head, part_head = _head(whole_noun), _head(part_noun)
    if not whole_head or whole_head == part_head:
        return True
    if SAME_THING.get(part_head) == whole_head or SAME_THING.get(whole_head) == part_head:
        return True
    if whole_head == "case" and (part_head in _FATAL_CASES or part_head in _PATIENTS):
        # "24 cases have been reported, including eight fatalities"; "nearly 68,000 cases of
        # cholera have been reported ..., and of those, 3,371 people have died": the cases
        # of a disease are the people who had it
        return True
    last_whole = whole_noun.split()[-1].lower() if whole_noun else ""
    last_part = part_noun.split()[-1].lower()
    if last_part in PEOPLE_NOUNS and (last_whole in PEOPLE_NOUNS or _names_people(whole_noun)):
        return True  # "refugees and asylum seekers, among them 52% women"
    if last_whole in _PEOPLE_LIKE:
        return _names_people(part_noun)
    return last_whole in _COUNTRY_NOUNS and last_part in _COUNTRY_NOUNS
