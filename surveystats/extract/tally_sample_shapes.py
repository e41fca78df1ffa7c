"""Sample sizes by shape: how many took part in a survey, read from the count's role.

:mod:`~surveystats.extract.tally_sample_sizes` reads a survey's size in the phrasings it
lists. This module reads it from the role the count plays in its clause, whatever the
phrasing around it, in four shapes, where no other reader took the count:

1. *Subject.* Those counted took part or were asked: "3,500 stakeholders took part in a
   perception study", "1,090 children (aged 10-18 years) were interviewed between 5 and
   21 July", "In total, 105 people were consulted, including ...", "the global survey, in
   which 126 national statistical offices participated", "34 Member States responded to
   the questionnaire".
2. *Object.* A verb of asking has them as its object: "IOM interviewed and consulted more
   than 1,131 individuals", "CPS collected the opinion of 2,881 people", "Survey teams
   visited 4,727 Syrian refugee households", "conducted a movement intention survey to
   1,062 households", "focus group discussions were held with 71 community members".
3. *A noun of the size.* "The total sample size was 427 refugee households", "the sample
   size (150 households)", "the main results based on 34,145 interviews", "with the
   participation of 712 persons of concern", "The number of users participating in the
   survey was 162".
4. *One part of a whole.* "Thirty-three responses out of 35 Members were received": the
   whole asked is the ``total``.

Each is a one-part ``survey`` whose category says what those counted did ("took part",
"interviewed", "sampled", "responded") and whose ``counted`` is their noun. The counted
noun's head is one of a closed class: people and households, and for the verbs of taking
part and replying the bodies that answer questionnaires (States, offices, institutions).
Where the verb itself takes people only ("were interviewed", "were polled", "were asked
about"), or is one of taking part or replying in a clause that names the survey, any
plural is the head ("1,400 teenagers randomly selected from across five regions were
interviewed", "2,100 U-reporters aged 14-35 participated in this poll"), but a time, a
form, a place or a meeting ("12 questions were asked", "40 delegations took part in the
consultations"). A count whose noun says they were asked is a sample wherever it stands
but as a whole opening its clause ("national coverage of 1,647 surveyed citizens";
"Of the 1,647 surveyed citizens, ..." is the whole of what follows).

A verb that does not itself say that people were asked needs a cue of a survey,
questionnaire, poll, interview, consultation, assessment, study or evaluation in its
sentence (:data:`SURVEY_CUE`): "reached 16 million people with assistance", "200
delegations took part in the conference" and "40 States responded to the crisis" stay none.
"surveyed", "polled", "sampled", "interviewed" and, for people, "were consulted" say it
themselves, except where an inquiry hears them: witnesses, victims and detainees, or a
sentence on an investigation, a panel or a mission ("The Panel interviewed 88 witnesses").
Also none: countries and States consulted ("we consulted 40 countries"), counts of
meetings, focus groups or interviews held with no one counted, a sample that is a target
("a targeted sample size of 1,500 households was required"), a count that is a share, the
whole of a part, or one of two counts of one list ("300 women and 200 men were interviewed"
is the enumeration readers' to read). Every pattern opens its search at a literal, so a
paragraph is read in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_items import PEOPLE_NOUNS, word_set
from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    GAP,
    SCALED_COUNT_PATTERN,
    Part,
    Tally,
    literal_windows,
    matches_in,
    read_count,
)

__all__ = [
    "DELIVERED",
    "INQUIRY_CUE",
    "SAMPLE_SHAPE_WORDS",
    "SURVEY_CUE",
    "SURVEY_UNITS",
    "find_sample_shapes",
    "represents_a_population",
    "with_samples_as_wholes",
]

#: Lower-case literals one of which a paragraph holds where a shape may be read.
SAMPLE_SHAPE_WORDS = (
    *("took part", "taken part", "participat", "responded", "replied", "interview", "survey"),
    *("consult", "poll", "asked", "reached", "visit", "contacted", "questioned", "sample"),
    *("based on", "views", "opinion", "voices", "perspectives", "feedback", "responses"),
    *("replies", "discussion", "fgds", "kiis", "number of", "completed", "questionnaire"),
    "responding",
)

_FLAGS = re.IGNORECASE | re.VERBOSE

#: What makes a count of people who took part, replied or were reached a survey's: a
#: survey, questionnaire, poll, interview, consultation, assessment, study or evaluation
#: named in the sentence, not as the modifier of another noun ("the survey training",
#: "the evaluation meeting").
SURVEY_CUE = re.compile(
    r"\b(?:surveys?|polls?|polling|questionnaires?|interviews?|consultations?|assessments?"
    r"|stud(?:y|ies)|evaluations?|census|respondents?|focus\s{1,3}groups?|samples?)\b"
    r"(?!\s{1,3}(?:training|design|methodology|workshops?|meetings?|sessions?"
    r"|conferences?|launch|missions?|visits?|stations?|workers|officials|staff|booths|day)\b)",
    re.IGNORECASE,
)
# A survey named by a round or wave of its acronym: "were reached in this round of the
# RPIS", "took part in round 3 of the MSNA". Only people and households heard there make
# it a survey's (see _round_of_acronym): a round of lower-case words ("this round of food
# distributions") or an acronym before a noun of its own ("of the WFP distributions")
# names none, and "42 States took part in this round of the UPR" is a review's.
_ROUND_OF_ACRONYM = re.compile(
    r"\b(?:rounds?|waves?)(?:\s{1,3}\d{1,2})?\s{1,3}of\s{1,3}(?:the\s{1,3})?"
    r"(?-i:[A-Z][A-Za-z]{1,6}[A-Z])(?![\w-]|\s{1,3}(?!(?:in|on|of|at|and|for|from|with|to"
    r"|by|was|were|is|are|has|had)\b)(?-i:[a-z]))",
    re.IGNORECASE,
)
_HOUSEHOLDS = frozenset(("households", "families"))


def _round_of_acronym(clause: str, head: str) -> bool:
    """Whether ``clause`` names a survey by a round of its acronym and ``head`` is people.

    >>> _round_of_acronym("2,800 refugees were reached in this round of the RPIS", "refugees")
    True
    >>> _round_of_acronym("In this round of the UPR, 42 States took part", "states")
    False
    """
    return (head in PEOPLE_NOUNS or head in _HOUSEHOLDS) and bool(_ROUND_OF_ACRONYM.search(clause))


#: A sentence on an inquiry, whose interviews hear witnesses, not a sample.
INQUIRY_CUE = re.compile(
    r"\b(?:investigat\w*|inquiry|fact-finding|panel|commission|allegations?|violations?"
    r"|mission|oversight|audit\w*|prosecut\w*|(?-i:Group|Team))\b",
    re.IGNORECASE,
)
# Where a clause ends inside a sentence: a cue must be in the count's own clause ("took
# part in the march, which was followed by a survey of shops" names no survey they took).
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s{1,3}(?:and|but|which|while|whereas|although|though|followed)\b"
    r"|\s(?:and|but)\s{1,3}(?:the|a|an|its|their|this|these|those|it|they|we|he|she)\b"
    r"|\b(?:while|whereas|whilst)\b",
    re.IGNORECASE,
)
#: Those only a survey hears, whoever holds it ("The mission was able to interview 1,150
#: displaced households"): no inquiry hears households or respondents.
SURVEY_UNITS = ("households", "household", "respondents", "informants", "heads of household")
# Those an inquiry hears ("interviewed 88 witnesses", "victims were interviewed").
_INQUIRY_NOUNS = word_set(
    "witnesses victims survivors detainees prisoners suspects perpetrators casualties"
    " defendants complainants eyewitnesses deserters officials"
)
# Those a survey hears: people and households (PEOPLE_NOUNS holds the people).
_HEARD_PEOPLE = (
    PEOPLE_NOUNS
    | word_set(
        """
    households families respondents stakeholders informants interviewees experts youth
    representatives leaders parents caregivers managers officials professionals
    practitioners parliamentarians entrepreneurs traders heads u-reporters pocs idps
    mothers fathers elders pupils learners users consumers voters households' clients
    partners panellists panelists delegates
    """
    )
    # UNHCR's name for those it serves: "1,580 persons of concern were consulted"
    | frozenset(("persons of concern", "people of concern"))
) - _INQUIRY_NOUNS
# Bodies that answer a questionnaire or take part in a survey as one respondent each.
_BODIES = word_set(
    """
    states governments countries parties offices organizations organisations institutions
    entities agencies ministries municipalities enterprises companies firms businesses
    schools facilities universities ngos associations cities administrations departments
    authorities commissions bodies missions members
    """
)
# Plurals that name no one who is asked: a time, a form, a place or a meeting, and the
# delegations that negotiate in consultations ("Some 40 delegations took part in the
# informal consultations").
_NOT_HEARD = word_set(
    """
    delegations years months weeks days hours minutes times questions items interviews surveys
    questionnaires responses replies answers forms points rounds waves sessions meetings
    villages districts sites locations provinces regions areas camps settlements schools
    cases incidents reports documents files records sources languages topics issues
    """
)
_PEOPLE_HEAD = "|".join(sorted((re.escape(w) for w in _HEARD_PEOPLE), key=len, reverse=True))
_BODY_HEAD = "|".join(sorted((re.escape(w) for w in _BODIES), key=len, reverse=True))
# The counted noun: up to four words before a head of the closed class.
_NOUN = (
    rf"(?P<noun>(?:[A-Za-z][\w’'-]{{0,25}}{GAP}){{0,4}}?(?P<head>{_PEOPLE_HEAD}|{_BODY_HEAD}"
    rf"|heads{GAP}of{GAP}(?:the{GAP})?households?|member{GAP}states"
    rf"|(?:persons|people){GAP}of{GAP}concern))(?![\w’'-])"
)
# The subject's noun of a verb that takes people only, its head any plural: "1,400
# teenagers were interviewed", "2,100 U-reporters took part in the poll" (the verb, not
# the noun, says who they are; :func:`_open_head_heard` decides).
_OPEN_NOUN = (
    rf"(?P<noun>(?:[A-Za-z][\w’'-]{{0,25}}{GAP}){{0,3}}?(?:(?P<head>{_PEOPLE_HEAD}|{_BODY_HEAD}"
    rf"|heads{GAP}of{GAP}(?:the{GAP})?households?|member{GAP}states"
    rf"|(?:persons|people){GAP}of{GAP}concern)"
    r"|(?P<open>[A-Za-z][a-z]{1,20}(?:-[A-Za-z][a-z]{1,20})?[a-rt-z]s)))(?![\w’'-])"
)
_QUALIFIER = (
    r"(?:(?:a{GAP}total{GAP}of|in{GAP}total|some|about|around|approximately|nearly|almost"
    r"|over|more{GAP}than|at{GAP}least|an{GAP}estimated|close{GAP}to|roughly|just{GAP}over"
    r"|well{GAP}over|upwards{GAP}of){GAP})?"
).replace("{GAP}", GAP)
_COUNT = rf"(?P<n>{SCALED_COUNT_PATTERN}|{COUNT_PATTERN})"

# What may stand between the subject's noun and its verb: an aside in parentheses
# ("(aged 10-18 years)", "(5,665 individuals)") and a phrase of where, how old or who they
# were ("in 21 countries across two age cohorts", "from every region"), its words no verb
# or joint of a clause of their own, then an aside set off by dashes or commas ("--
# 15 to 24 years old --", ", recruited through unions,").
_PHRASE_WORD = (
    r"(?!(?:and|or|but|while|whereas|were|was|are|is|have|has|had|who|which|that|whom"
    r"|of|per)\b)(?:[A-Za-z][\w’'/-]{0,25}|\d{1,3}(?:[-–]\d{1,3})?(?![\d,.]))"
)
_BETWEEN = rf"""
    # an aside, or their share of a whole ("114 countries (59% of WHO Member States)")
    (?P<paren>\s{{0,3}}\((?:[^()%]{{1,60}}
      |\s{{0,3}}\d{{1,3}}(?:\.\d{{1,2}})?\s{{0,3}}(?:%|per{GAP}cent|percent){GAP}of\b[^()]{{1,80}})\))?
    # how they were chosen, before where from: "randomly selected from across the regions"
    (?:{GAP}(?:[a-z]{{3,}}ly{GAP})?(?:selected|drawn|chosen|recruited|identified))?
    (?:{GAP}(?:in|from|across|at|aged|living|based|working|residing|of{GAP}whom)
      (?:{GAP}{_PHRASE_WORD}){{1,10}}?)?
    # an age range, its bounds no count: "between the ages of 15 and 24", "aged between
    # 13 and 24 years", "between the age of 13 and 24 years old"
    (?:{GAP}(?:aged{GAP})?between{GAP}(?:the{GAP}ages?{GAP}of{GAP})?\d{{1,2}}{GAP}(?:and|to)
      {GAP}\d{{1,2}}(?:{GAP}years?(?:{GAP}old|{GAP}of{GAP}age)?)?)?
    # the places of that phrase named in parentheses: "in five oblasts (Donetsk, Kharkiv
    # and Luhansk)" (after a phrase of where, the names are the places', not those counted)
    (?P<places>\s{{0,3}}\([^()%]{{1,80}}\))?
    # (no "and 12" after it in the sentence: a list; looked for in the next 1,000
    # characters, so a long sentence of counts is not read to its end from each)
    (?P<aside>\s{{0,3}}(?:,|--|—|–)\s{{0,3}}(?![^.;:]{{0,1000}}?\b(?:and|but|while)\s{{1,3}}\d)
      [^.;:()]{{1,120}}?(?:,|--|—|–))?
"""
# An aside that lists names: "-- Bhutan, Fiji and Ghana --", "-- Bhutanese, Fijian and
# Ghanaian nationals --" (who they were, one by one: the names' own count).
_NAMES = re.compile(
    r"\s{0,3}(?:,|--|—|–|\()\s{0,3}(?-i:[A-Z][\w’'-]+)(?:\s{0,3},\s{0,3}(?-i:[A-Z][\w’'-]+))*"
    r"\s{0,3},?\s{1,3}and\s{1,3}(?-i:[A-Z])"
)
# Shape 1: those counted as the subject of a verb of taking part or of being asked.
_SUBJECT = re.compile(
    rf"""
    (?<![\w.,’'-]){_QUALIFIER}{_COUNT}
    (?!{GAP}(?:per{GAP}cent|percent|of)\b|\s{{0,3}}%)
    {GAP}{_OPEN_NOUN}{_BETWEEN}
    # a run of blanks where a masked aside stood: "1,090 children (aged 10-18) were"
    (?:\s{{1,80}}(?P<aux>have|has|had|were|was|have{GAP}been|had{GAP}been|has{GAP}been))?
    (?:{GAP}(?:also|all|successfully|randomly|directly|individually|then))?
    \s{{1,80}}(?P<verb>took{GAP}part|taken{GAP}part|participated|responded|replied
      |(?:chose|agreed|volunteered){GAP}to{GAP}participate
      # "completed the online questionnaire", "completed at least one section of the survey"
      |completed{GAP}(?:(?:at{GAP}least{GAP})?(?:one|part|parts|all|some|most)
        (?:{GAP}[\w-]{{1,25}}){{0,2}}?{GAP}of{GAP})?
        (?:the|a|an|this|our){GAP}(?:[\w-]{{1,25}}{GAP}){{0,2}}?(?:questionnaire|survey)
      |interviewed|surveyed|consulted|polled|asked|reached|contacted|questioned|sampled
      |covered)\b
    """,
    _FLAGS,
)
# The survey as the agent of "covered": "3,200 households were covered by the survey"
# ("were covered by health insurance, according to the survey" is what they had).
_BY_SURVEY = re.compile(
    r"\s{1,3}by\s{1,3}(?:(?:the|a|an|this|that|its|their)\s{1,3})?(?:[\w’'-]{1,25}\s{1,3}){0,4}?"
    r"(?:surveys?|polls?|assessments?|census|questionnaires?|stud(?:y|ies)|consultations?)\b",
    re.IGNORECASE,
)
# A count in millions or billions, and the nouns that name those who answered whatever
# their number: "the views of 1.2 billion people" is a population, "of 1.3 million
# respondents" a sample.
_SCALE_OF_A_POPULATION = re.compile(r"\b(?:million|billion)s?\b", re.IGNORECASE)
_ANSWERING_NOUNS = ("respondents", "participants", "u-reporters", "interviewees")
# Shape 2: a verb of asking with those counted as its object ("interviewed and consulted
# more than 1,131 individuals"), views gathered ("collected the opinion of 2,881 people"),
# or a survey, interviews or discussions held to, with or among them.
_OBJECT = re.compile(
    rf"""
    (?:\b(?P<verb>interviewed|surveyed|consulted|polled|asked|reached|visited|contacted
        |questioned|interviewing|surveying|consulting|polling|visiting)
      (?:{GAP}and{GAP}(?:interviewed|surveyed|consulted|polled|asked|questioned))?
    | \b(?:collected|gathered|sought|captured|heard|recorded|obtained|solicited)
      {GAP}(?:the{GAP})?(?P<views>views|opinions?|voices|perspectives|feedback)
      {GAP}(?:of|from)
    # a survey or interviews held with them; focus groups (consultations and discussions
    # alone are meetings: "consultations with 40 participants")
    | \b(?P<held>surveys?|polls?|interviews?|focus{GAP}group(?:{GAP}discussions?)?
        |focus{GAP}group{GAP}discussions?|FGDs|KIIs)
      (?:\s{{0,3}}\([^()]{{1,40}}\))?
      (?:{GAP}(?:were|was|have{GAP}been|had{GAP}been))?
      (?:{GAP}(?:conducted|held|carried{GAP}out|undertaken|administered|organized|organised|performed
        |done))?
      (?:\s{{0,3}}\([^()]{{1,80}}\))?
      {GAP}(?P<prep>to|with|among)
    )
    {GAP}(?:the{GAP})?{_QUALIFIER}{_COUNT}{GAP}{_NOUN}
    """,
    _FLAGS,
)
# Shape 3: a noun of the sample's size ("the total sample size was 427 refugee
# households", "the sample size (150 households)"), interviews or answers results are
# based on, or those with whose participation a survey was held.
_SAMPLE_SIZE = re.compile(
    rf"""
    \bsample{GAP}size(?:{GAP}of{GAP}(?P<of_noun>{_PEOPLE_HEAD}|{_BODY_HEAD}))?
    (?:\s{{0,3}}\(|{GAP}(?:was|is|were|of|stood{GAP}at|amounted{GAP}to|totall?ed|reached)
      {GAP}|\s{{0,3}}:\s{{0,3}})
    {_QUALIFIER}{_COUNT}(?:{GAP}{_NOUN})?
    """,
    _FLAGS,
)
# Shape 3 too: the sample as the subject of a verb of holding or amounting, those it held
# named by a noun of the closed class ("The original sample included over 500 households",
# "the sample stood at 1,527 participants", "The final sample comprised 2,300 adults").
_SAMPLE_HELD = re.compile(
    rf"""
    \bsample{GAP}(?:(?:included|includes|comprised|comprises|consisted{GAP}of|consists{GAP}of
      |covered|covers|stood{GAP}at|amounted{GAP}to|totall?ed|was|is|were)
      {GAP})
    {_QUALIFIER}{_COUNT}{GAP}{_NOUN}
    """,
    _FLAGS,
)
_BASED_ON = re.compile(
    rf"""
    \bbased{GAP}on(?:{GAP}(?:the|a{GAP}total{GAP}of))?{GAP}{_QUALIFIER}{_COUNT}
    {GAP}(?P<form>(?:(?:household|individual|face-to-face|telephone|phone|online|valid
      |completed|structured|in-depth|key{GAP}informant){GAP})?(?:interviews|responses
      |questionnaires|surveys))\b
    """,
    _FLAGS,
)
# Shape 3 too: a response rate stated as those who responded ("with a response rate of
# 1200 people"), and a survey's sample in parentheses after its name ("the 2021 household
# survey (3,200 respondents in 12 districts)").
_RATE_OF_PEOPLE = re.compile(
    rf"\bresponse{GAP}rate{GAP}of{GAP}{_QUALIFIER}{_COUNT}"
    rf"(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%)){GAP}{_NOUN}",
    _FLAGS,
)
_SAMPLE_IN_PARENS = re.compile(
    rf"\b(?:surveys?|polls?|questionnaires?|consultations?|assessments?)\b[^().;:]{{0,60}}?"
    rf"\(\s{{0,3}}{_QUALIFIER}{_COUNT}"
    rf"(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%)){GAP}{_NOUN}",
    _FLAGS,
)
_PARTICIPATION = re.compile(
    rf"\bwith{GAP}the{GAP}participation{GAP}of{GAP}{_QUALIFIER}{_COUNT}{GAP}{_NOUN}", _FLAGS
)
# Shape 3 too: the number of those who took part or were asked, stated as what it was
# ("The number of users participating in the survey was 162", "the total number of
# households interviewed stood at 2,310").
_NUMBER_OF = re.compile(
    rf"""
    \b(?:total{GAP})?number{GAP}of{GAP}{_NOUN}
    {GAP}(?P<verb>(?:who|that){GAP}(?:had{GAP}|have{GAP})?(?:took{GAP}part|participated
        |responded|replied|completed|answered)
      |participating|responding|replying|taking{GAP}part|surveyed|interviewed|consulted
      |polled|sampled)\b
    [^.;:]{{0,80}}?{GAP}(?:was|were|is|are|stood{GAP}at|reached|totall?ed|amounted{GAP}to
      |came{GAP}to)
    {GAP}{_QUALIFIER}{_COUNT}(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%))
    """,
    _FLAGS,
)
# The number of respondents or of the answers received, stated as what it was ("The
# total number of responses received is 47", "Total number of respondents is 2110"): the
# noun says they answered, with no verb ("the number of responses to the appeal was 12"
# answers no survey, and the words between leave it unread).
_NUMBER_OF_ANSWERS = re.compile(
    rf"""
    \b(?:total{GAP})?number{GAP}of{GAP}(?P<form>respondents|interviewees
      |(?:(?:valid|completed){GAP})?(?:responses|replies|questionnaires))
    (?:{GAP}(?:received|returned|submitted|completed|collected))?
    {GAP}(?:was|were|is|are|stood{GAP}at|reached|totall?ed|amounted{GAP}to|came{GAP}to)
    {GAP}{_QUALIFIER}{_COUNT}(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%))
    """,
    _FLAGS,
)
_ANSWER_FORM_LABELS = {"respondents": "responded", "interviewees": "interviewed"}
# What those a "number of" counts did, by the verb's last word.
_NUMBER_OF_LABELS = {
    "part": "took part",
    "participated": "participated",
    "participating": "participated",
    "responding": "responded",
    "replying": "replied",
}
# Shape 4: one part of the whole asked, "N responses out of M members were received".
_PART_OF_ASKED = re.compile(
    rf"""
    (?<![\w.,’'-]){_QUALIFIER}{_COUNT}
    {GAP}(?P<form>(?:(?:valid|completed|written){GAP})?(?:responses|replies|questionnaires
      |answers))
    (?:{GAP}(?:were|was|have{GAP}been|had{GAP}been){GAP}(?:received|returned|submitted))?
    {GAP}out{GAP}of{GAP}(?:the{GAP}|a{GAP}total{GAP}of{GAP}|all{GAP})?(?P<whole>{COUNT_PATTERN})
    {GAP}{_NOUN}
    """,
    _FLAGS,
)

# Shape 4 too: a verb of asking whose object is one part of a stated whole ("IOM DTM
# interviewed 13,307 out of a total of 73,304 displaced households").
_PART_OF_OBJECT = re.compile(
    rf"""
    \b(?P<verb>interviewed|surveyed|consulted|polled|reached|contacted|sampled|interviewing
      |surveying)
    {GAP}{_QUALIFIER}{_COUNT}
    {GAP}(?:out{GAP}of|of){GAP}(?:the{GAP}|a{GAP}total{GAP}of{GAP}|all{GAP}|some{GAP})?
    (?P<whole>{COUNT_PATTERN})(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%))
    {GAP}{_NOUN}
    """,
    _FLAGS,
)
# Shape 1 too: those who took part named in an absolute phrase after the survey ("the
# third round of the survey, completed in October with 125 countries participating").
_ABSOLUTE = re.compile(
    rf"""
    (?<!compared\s)\bwith{GAP}{_QUALIFIER}{_COUNT}{GAP}{_NOUN}
    {GAP}(?P<verb>participating|taking{GAP}part|responding|replying
      # those a survey heard, in the passive: "With 2,800 households surveyed, the
      # assessment ...", "a poll, with 1,500 adults interviewed by telephone"
      |surveyed|interviewed|polled|sampled)\b
    """,
    _FLAGS,
)
_ABSOLUTE_LABELS = {
    "surveyed": "surveyed",
    "interviewed": "interviewed",
    "polled": "polled",
    "sampled": "sampled",
    "participating": "participated",
    "taking": "took part",
    "responding": "responded",
    "replying": "replied",
}

# Shape 3 too: a count whose noun says that they were asked ("national coverage of 1,647
# surveyed citizens", "a sample of 2,100 polled adults", "with 900 interviewed households").
_ASKED_NOUN = re.compile(
    rf"""
    (?<![\w.,’'-]){_QUALIFIER}{_COUNT}
    {GAP}(?P<verb>surveyed|polled|interviewed|participating|responding){GAP}{_OPEN_NOUN}
    """,
    _FLAGS,
)
# A whole that opens its sentence or clause before its parts: "Of the 1,647 surveyed
# citizens, 40 per cent ...", "Among 900 interviewed households, ...".
_WHOLE_OPENING = re.compile(
    r"(?:^|[.;:,(]\s{0,3})(?:of|among|out\s{1,3}of|from)\s{1,3}(?:the\s{1,3}|all\s{1,3})?$",
    re.IGNORECASE,
)

# Each pattern with the windows its matches start in: (literal, characters before it,
# characters after it).
_SUBJECT_VERBS = (
    *("took part", "taken part", "participat", "responded", "replied", "completed"),
    *("interviewed", "surveyed", "consulted", "polled", "asked", "reached", "contacted"),
    *("questioned", "sampled", "covered"),
)
_PATTERN_WINDOWS: tuple[tuple[re.Pattern[str], tuple[tuple[str, int, int], ...]], ...] = (
    (_SUBJECT, tuple((verb, 260, 60) for verb in _SUBJECT_VERBS)),
    (
        _OBJECT,
        (
            *((verb, 0, 220) for verb in ("interview", "survey", "consult", "polled", "polling")),
            *((verb, 0, 220) for verb in ("asked", "reached", "visit", "contacted")),
            *((verb, 0, 220) for verb in ("questioned", "collected", "gathered", "sought")),
            *((verb, 0, 220) for verb in ("captured", "heard", "recorded", "obtained")),
            *((verb, 0, 220) for verb in ("solicited", "focus group", "fgds")),
            ("kiis", 0, 220),
            ("poll", 0, 220),
        ),
    ),
    (_SAMPLE_SIZE, (("sample size", 0, 140),)),
    (_SAMPLE_HELD, (("sample ", 0, 140),)),
    (_BASED_ON, (("based on", 0, 140),)),
    (_PARTICIPATION, (("participation of", 40, 140),)),
    (_RATE_OF_PEOPLE, (("response rate of", 0, 140),)),
    (_SAMPLE_IN_PARENS, tuple((word, 0, 200) for word in ("survey", "poll", "questionnaire"))),
    (_SAMPLE_IN_PARENS, tuple((word, 0, 200) for word in ("consultation", "assessment"))),
    (_NUMBER_OF, (("number of", 12, 260),)),
    (_NUMBER_OF_ANSWERS, (("number of", 12, 120),)),
    (_PART_OF_ASKED, tuple((form, 60, 160) for form in ("responses", "replies", "questionnaires"))),
    (
        _ASKED_NOUN,
        tuple(
            (verb, 40, 120)
            for verb in ("surveyed", "polled", "interviewed", "participating", "responding")
        ),
    ),
    (
        _PART_OF_OBJECT,
        tuple(
            (verb, 0, 200)
            for verb in (
                *("interview", "survey", "consulted", "polled"),
                *("reached", "contacted", "sampled"),
            )
        ),
    ),
    (
        _ABSOLUTE,
        tuple(
            (verb, 200, 30)
            for verb in (
                *("participating", "taking part", "responding", "replying"),
                *("surveyed", "interviewed", "polled", "sampled"),
            )
        ),
    ),
)

# Verbs that say by themselves that people were asked, and those that need a cue.
_SELF_CUED = frozenset(("surveyed", "polled", "sampled", "interviewed", "surveying", "polling"))
_SELF_CUED |= frozenset(("interviewing", "questioned"))
# Verbs of asking whose object or subject must be people or households, never bodies:
# "we consulted 40 countries", "visited 12 schools", "reached 30 districts".
_PEOPLE_ONLY = frozenset(("consulted", "consulting", "asked", "reached", "visited", "visiting"))
_PEOPLE_ONLY |= frozenset(("contacted", "interviewed", "interviewing", "questioned", "sampled"))
_PEOPLE_ONLY |= frozenset(("surveyed", "surveying", "polled", "polling", "covered"))
# Verbs whose subject is passive: "were interviewed", "have been consulted".
_PASSIVE_VERBS = frozenset(("interviewed", "surveyed", "consulted", "polled", "asked"))
_PASSIVE_VERBS |= frozenset(("reached", "contacted", "questioned", "sampled", "covered"))
# What the counted did, by the verb's first word.
_LABELS = {
    "took": "took part",
    "taken": "took part",
    "participated": "participated",
    "chose": "took part",
    "agreed": "took part",
    "volunteered": "took part",
    "interviewing": "interviewed",
    "surveying": "surveyed",
    "consulting": "consulted",
    "polling": "polled",
    "visiting": "visited",
}
_FORM_LABELS = {
    "responses": "responded",
    "replies": "replied",
    "answers": "answered",
    "questionnaires": "returned the questionnaire",
    "interviews": "interviewed",
    "surveys": "completed the survey",
}
# A size that is a goal or a requirement, not those heard: "a targeted sample size of
# 1,500 households was required", "the minimum sample size".
_AIMED = re.compile(
    r"\b(?:target(?:ed)?|planned|required|minimum|desired|intended|expected|needed"
    r"|necessary|calculated|estimated|proposed|recommended)\b",
    re.IGNORECASE,
)
# Before the count: it is a whole or a comparison ("of the 900 households", "than 40").
_NO_SUBJECT_BEFORE = re.compile(
    r"\b(?:of|out\s{1,3}of|to|for|with|among|from|by|than|between|and|or|on|per)"
    r"\s{1,3}(?:the\s{1,3}|all\s{1,3}|some\s{1,3}|about\s{1,3}|over\s{1,3}|nearly\s{1,3})?$",
    re.IGNORECASE,
)
# After the object's noun: a second count of one list ("interviewed 300 women and 200 men")
# or a count per unit ("1,000 people in each country").
_LIST_AFTER = re.compile(
    rf"\s{{0,3}}(?:,|and\b|or\b|as{GAP}well{GAP}as\b)\s{{0,3}}(?:{_QUALIFIER})"
    rf"(?:{COUNT_PATTERN})(?!{GAP}(?:years?|and{GAP}(?:over|older|above))\b)"
    # a share after a comma is the count's apposition, no second count: "interviewed
    # 60,000 households, about 50 per cent of the targeted population"
    rf"(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%))",
    _FLAGS,
)
_EACH_AFTER = re.compile(
    r"\s{1,3}(?:(?:in|for|from)\s{1,3}(?:each|every)|per|a\s{1,3}(?:day|week|month|year))\b",
    re.IGNORECASE,
)
# What makes interviews or answers a count of those a survey heard: its results named.
_RESULTS_CUE = re.compile(
    r"\b(?:results|findings|data|estimates|dashboard|figures|analysis|survey|poll"
    r"|questionnaire|respondents?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
#: After "reached", "visited" or "contacted": what was delivered, so aid, not a survey ("were
# reached by the survey team with awareness messages", "visited 300 households with
# hygiene kits").
DELIVERED = re.compile(
    r"[^.;:]{0,80}?\b(?:with|through)\s{1,3}(?:[\w’'-]{1,25}\s{1,3}){0,3}?(?:assistance|aid"
    r"|services|messages|support|supplies|kits|information|awareness|food|cash|vaccin\w*"
    r"|campaigns?|activities|interventions|programmes?|programs?|sessions|items|distributions?)\b",
    re.IGNORECASE,
)
_DELIVERING_VERBS = frozenset(("reached", "visited", "visiting", "contacted"))
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``start:end``, from the last stop to the next."""
    before = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=0
    )
    after = _SENTENCE_END.search(text, end)
    return text[before : after.start() if after else len(text)]


def _clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` around ``start:end``: its sentence cut at clause breaks."""
    sentence_start = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=0
    )
    before = max(
        (m.end() for m in _CLAUSE_BREAK.finditer(text, sentence_start, start)),
        default=sentence_start,
    )
    stop = _SENTENCE_END.search(text, end)
    limit = stop.start() if stop else len(text)
    after = _CLAUSE_BREAK.search(text, end, limit)
    return text[before : after.start() if after else limit]


def _words(raw: str | None) -> str:
    """``raw`` with its spaces made single, in lower case."""
    return " ".join((raw or "").lower().split())


# Verbs whose subject can only be people, whatever its noun: "1,400 teenagers were
# interviewed", "2,000 Kenyans were polled", "1,647 citizens were asked about ..."; and
# verbs of taking part and replying, whose clause must name the survey.
_PEOPLE_VERBS = frozenset(("interviewed", "polled", "asked"))
_TAKING_PART = frozenset(("took", "taken", "participated", "responded", "replied", "completed"))
_TAKING_PART |= frozenset(("chose", "agreed", "volunteered"))


_ASKED_IN_NOUN = re.compile(r"\b(?:surveyed|polled|interviewed|sampled)\b", re.IGNORECASE)


def _open_head_heard(head: str, verb: str) -> bool:
    """Whether a count of the plural ``head`` (of no closed class) may be those ``verb`` heard.

    Only a verb that takes people (or, for taking part and replying, a survey named in
    the clause) says that the count is of people, whatever their noun; a plural of a time,
    a form, a place or a meeting is no one heard.

    >>> _open_head_heard("teenagers", "interviewed"), _open_head_heard("sites", "surveyed")
    (True, False)
    >>> _open_head_heard("questions", "asked")
    False
    """
    if head in _NOT_HEARD or head in _INQUIRY_NOUNS:
        return False
    return verb in _PEOPLE_VERBS or verb in _TAKING_PART


def _heard_by_a_survey(
    text: str,
    match: re.Match[str],
    verb: str,
    head: str,
    *,
    passive: bool,
    people: bool = False,
) -> bool:
    """Whether a count of ``head`` that ``verb`` found at ``match`` is a survey's sample.

    The verb says it itself ("surveyed", "interviewed" people no inquiry hears, people
    "were consulted") or the count's clause names a survey; people only for verbs of
    asking, reaching or visiting (``people`` where the verb alone says so).
    """
    people = people or head in _HEARD_PEOPLE or head in _INQUIRY_NOUNS or head.startswith("heads")
    if verb in _PEOPLE_ONLY and not people:
        return False  # "we consulted 40 countries", "surveyed 12 schools": no one heard
    clause = _clause(text, match.start(), match.end())
    cued = (
        SURVEY_CUE.search(clause) is not None
        # the noun says they were asked: "1,647 surveyed citizens were asked on ..."
        or _ASKED_IN_NOUN.search(match["noun"] or "") is not None
        or _round_of_acronym(clause, head)
    )
    if head in _INQUIRY_NOUNS:
        return cued  # "interviewed 88 witnesses", "40 officials": an inquiry's, unless a survey's
    if verb in _SELF_CUED or (verb == "consulted" and passive):
        if cued or _words(match["noun"]).endswith(SURVEY_UNITS):
            return True
        return INQUIRY_CUE.search(_sentence(text, match.start(), match.end())) is None
    return cued


def _part(
    text: str, match: re.Match[str], label: str, noun: str | None, *, total: int | None = None
) -> Tally | None:
    """The one-part survey of the count ``match`` found, or None where it reads no count."""
    count = read_count(match["n"])[0]
    if count is None or count < 2:
        return None
    if _YEAR.fullmatch(match["n"]) and noun is not None and total is None:
        return None  # "interviews with 2019 returnees": a year names them
    start = match.start("n")
    part = Part(
        label,
        count,
        start,
        match.end(),
        counted=noun,
        qualifier=qualifier_of(text, start, match.end("n")),
    )
    return Tally("survey", part.start, part.end, [part], subject=noun, total=total)


def _read_subject(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 1: those counted, the subject of a verb of taking part or of being asked."""
    if _NO_SUBJECT_BEFORE.search(text, max(0, match.start() - 24), match.start()):
        return None  # "Of the 900 households surveyed", "and 200 men were interviewed"
    verb = _words(match["verb"])
    first = verb.split()[0]
    aux = _words(match["aux"])
    passive = aux.startswith(("were", "was")) or aux.endswith("been")
    if (first in _PASSIVE_VERBS) != passive:
        return None  # "300 people reached the border", "were took part": no such clause
    if first in _DELIVERING_VERBS and DELIVERED.match(text, match.end()):
        return None  # "500 people were reached by the survey team with awareness messages"
    if first == "covered" and _BY_SURVEY.match(text, match.end()) is None:
        return None  # "were covered by health insurance": what they had, not who was heard
    head = _words(match["head"] or match["open"])
    if match["open"] and not _open_head_heard(head, first):
        return None  # "40 sites were surveyed", "12 questions were asked"
    if any(match[aside] and _NAMES.match(match[aside]) for aside in ("paren", "aside")):
        return None  # "Four Parties -- Bhutan, Fiji and Ghana -- replied": the names' count
    if first in _PASSIVE_VERBS and not _heard_by_a_survey(
        text, match, first, head, passive=True, people=bool(match["open"])
    ):
        return None
    if first not in _PASSIVE_VERBS and not verb.startswith("completed"):
        clause = _clause(text, match.start(), match.end())
        if (
            SURVEY_CUE.search(clause) is None
            and not _round_of_acronym(clause, head)
            and not _took_part_in_survey_before(text, match)
        ):
            return None  # "200 delegations took part in the conference": no survey
        if (
            not match["open"]
            and head not in _HEARD_PEOPLE
            and head not in _BODIES
            and not head.startswith("member")
        ):
            return None
    if first in ("asked",) and not re.match(
        rf"{GAP}(?:(?:{COUNT_PATTERN}|several|the{GAP}same){GAP})?(?:questions|whether|if|about|on"
        r"|how|what|which|to\s{1,3}(?:rate|rank|name|choose|identify|select|indicate))\b",
        text[match.end() :],
        _FLAGS,
    ):
        return None  # "40 States were asked to reply": the whole asked, not who replied
    label = _LABELS.get(first, verb)
    return _part(text, match, label, " ".join(match["noun"].split()))


# A verb of taking part with nothing after it: what they took part in was named before.
_NO_OBJECT = re.compile(r"\s{0,3}(?:[.;!,]|$)")
_TAKING_PART_FIRST = frozenset(("took", "taken", "participated", "chose", "agreed", "volunteered"))


def _took_part_in_survey_before(text: str, match: re.Match[str]) -> bool:
    """Whether those counted took part, with no object, in the survey the sentence before names.

    "It is the largest survey to date. Over a million people had taken part.": the verb
    has no object, so what they took part in is what the text spoke of last; a survey in
    the sentence before is it. The sentence must be the next one ("Over 2,000 athletes
    took part." after no survey stays none).

    >>> import re
    >>> text = "It is the largest survey to date. Over 9,000 people had taken part."
    >>> _took_part_in_survey_before(text, _SUBJECT.search(text))
    True
    """
    if _words(match["verb"]).split()[0] not in _TAKING_PART_FIRST:
        return False
    if _NO_OBJECT.match(text, match.end()) is None:
        return False  # "took part in the games": their own object
    start = match.start()
    stops = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    if not stops:
        return False
    before = stops[-2] if len(stops) > 1 else max(0, start - 400)
    return SURVEY_CUE.search(text, before, stops[-1]) is not None


def represents_a_population(count: str, heard: str) -> bool:
    """Whether views held of ``count`` ``heard`` are a population a poll claims to stand for.

    A count in millions or billions of people, citizens or a population is whom the
    views are said to represent, no sample: no poll hears a billion people. Those named as
    answering ("1.3 million respondents") are a sample whatever their number.

    >>> represents_a_population("1.2 billion", "people")
    True
    >>> represents_a_population("1,300", "respondents")
    False
    >>> represents_a_population("2 million", "respondents")
    False
    """
    return _SCALE_OF_A_POPULATION.search(count) is not None and not heard.endswith(_ANSWERING_NOUNS)


def _read_object(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 2: those counted, the object of a verb of asking or of a survey held with them."""
    if _LIST_AFTER.match(text, match.end()) or _EACH_AFTER.match(text, match.end()):
        return None  # "interviewed 300 women and 200 men", "1,000 people in each country"
    head = _words(match["head"])
    sentence = _sentence(text, match.start(), match.end())
    noun = " ".join(match["noun"].split())
    if match["views"]:
        if head not in _HEARD_PEOPLE and head not in _BODIES:
            return None
        if represents_a_population(match["n"], noun.lower()):
            return None  # "captured the views of 2.4 billion people": whom it stands for
        return _part(text, match, "responded", noun)
    if match["held"]:
        if head not in _HEARD_PEOPLE and not head.startswith("heads"):
            return None  # "surveys with 40 Member States", "interviews with 25 officials"
        held = _words(match["held"])
        if held.startswith(("interview", "kii")) and INQUIRY_CUE.search(sentence):
            return None
        if held.startswith(("survey", "poll")):
            return _part(text, match, "surveyed", noun)
        if held.startswith(("interview", "kii")):
            return _part(text, match, "interviewed", noun)
        return _part(text, match, "took part", noun)  # focus group discussions
    verb = _words(match["verb"])
    if verb in _DELIVERING_VERBS and DELIVERED.match(text, match.end()):
        return None  # "the survey team visited 300 households with hygiene kits": aid
    if not _heard_by_a_survey(text, match, verb, head, passive=False):
        return None
    if verb in ("asked",) and not re.search(
        r"\b(?:whether|if|about|how|what|which|questions)\b", text[match.end() : match.end() + 160]
    ):
        return None  # "asked 12 States to reply": no answer asked for
    return _part(text, match, _LABELS.get(verb, verb), noun)


def _read_sample_size(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 3: the sample's size as a noun, "the total sample size was 427 households"."""
    before = text[max(0, match.start() - 60) : match.start()]
    after = text[match.end() : match.end() + 40]
    if _AIMED.search(before) or _AIMED.search(after):
        return None  # "a targeted sample size of 1,500 households was required"
    if _EACH_BEFORE.search(before):
        return None  # "Each sample included 30 households": a count per unit
    noun = " ".join((match["noun"] or match.groupdict().get("of_noun") or "").split()) or None
    return _part(text, match, "sampled", noun)


# A sample of each unit, its count one per unit: "Each sample included 30 households",
# "the sample size per district was 300 households" reads "per" after the noun.
_EACH_BEFORE = re.compile(r"\b(?:each|every|per)\s{1,3}(?:[\w-]{1,25}\s{1,3}){0,2}$", re.IGNORECASE)
_WITH_WHOM = re.compile(r"\s{1,3}with\s{1,3}(?:the\s{1,3})?(?P<who>[\w’'-]+)", re.IGNORECASE)


def _read_based_on(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 3: the interviews or answers a survey's results are based on."""
    kind = _words(match["form"]).split()[-1]
    sentence = _sentence(text, match.start(), match.end())
    if _LIST_AFTER.match(text, match.end()):
        return None  # "based on 1,200 interviews and 40 focus groups"
    with_whom = _WITH_WHOM.match(text, match.end())
    if kind == "interviews" and (
        (with_whom is not None and _words(with_whom["who"]) not in _HEARD_PEOPLE)
        or INQUIRY_CUE.search(sentence)
    ):
        # "based on 240 interviews with victims": an inquiry's ("15,200 face-to-face
        # interviews with children" in a sentence on a poll are its sample)
        return None
    if not _RESULTS_CUE.search(sentence):
        return None  # "The report is based on 65 interviews": no survey's results
    return _part(text, match, _FORM_LABELS[kind], " ".join(match["form"].split()))


def _read_participation(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 3: those with whose participation a survey, assessment or study was held."""
    head = _words(match["head"])
    sentence = _sentence(text, match.start(), match.end())
    if head not in _HEARD_PEOPLE or SURVEY_CUE.search(sentence) is None:
        return None  # "with the participation of 40 delegations": a conference
    return _part(text, match, "participated", " ".join(match["noun"].split()))


def _read_people_heard(text: str, match: re.Match[str], label: str) -> Tally | None:
    """The count ``match`` found as those a survey heard, where its noun names people."""
    head = _words(match["head"])
    if head not in _HEARD_PEOPLE or head in _INQUIRY_NOUNS:
        return None  # "a response rate of 40 countries", "survey (12 districts)": no one heard
    if _LIST_AFTER.match(text, match.end()) or _EACH_AFTER.match(text, match.end()):
        return None  # "(1,200 women and 800 men)", "(400 households per district)"
    return _part(text, match, label, " ".join(match["noun"].split()))


def _read_rate_of_people(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 3: "a response rate of 1200 people": those who responded."""
    return _read_people_heard(text, match, "responded")


def _read_sample_in_parens(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 3: "the household survey (3,200 respondents)": the sample the survey heard."""
    return _read_people_heard(text, match, "surveyed")


def _read_number_of(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 3: "the number of users participating in the survey was 162"."""
    verb = _words(match["verb"]).split()[-1]
    head = _words(match["head"])
    if verb in _SELF_CUED or verb in ("consulted", "sampled"):
        if not _heard_by_a_survey(text, match, verb, head, passive=True):
            return None  # "the number of witnesses interviewed by the Commission was 300"
    elif SURVEY_CUE.search(_clause(text, match.start(), match.end())) is None:
        return None  # "the number of countries participating in the programme was 45"
    if verb == "completed" or verb == "answered":
        label = f"{verb} the survey"
    else:
        label = _NUMBER_OF_LABELS.get(verb, verb)
    return _part(text, match, label, " ".join(match["noun"].split()))


def _read_number_of_answers(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 3: "the total number of responses received is 47"."""
    form = _words(match["form"])
    kind = form.split()[-1]
    label = _ANSWER_FORM_LABELS.get(kind) or _FORM_LABELS[kind]
    return _part(text, match, label, form)


def _read_part_of_asked(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 4: "N responses out of M members": one part of the whole asked."""
    whole = read_count(match["whole"])[0]
    count = read_count(match["n"])[0]
    if whole is None or count is None or count >= whole:
        return None
    kind = _words(match["form"]).split()[-1]
    return _part(text, match, _FORM_LABELS[kind], " ".join(match["noun"].split()), total=whole)


def _read_asked_noun(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 3: a count whose noun says they were asked, "1,647 surveyed citizens"."""
    if _WHOLE_OPENING.search(text, max(0, match.start() - 24), match.start()):
        return None  # "Of the 1,647 surveyed citizens, 40 per cent ...": a whole
    if _LIST_AFTER.match(text, match.end()) or _EACH_AFTER.match(text, match.end()):
        return None  # "1,200 surveyed women and 800 surveyed men"
    verb = _words(match["verb"])
    head = _words(match["head"] or match["open"])
    if verb in ("participating", "responding"):
        # "The 2023 survey had 86 participating countries": those who took part or replied
        # are a sample only in a clause that names the survey ("the 86 participating
        # countries adopted the declaration" took part in a meeting)
        if match["open"] or SURVEY_CUE.search(_clause(text, match.start(), match.end())) is None:
            return None
        label = _ABSOLUTE_LABELS[verb]
        return _part(text, match, label, " ".join(match["noun"].split()))
    if match["open"] and (verb == "surveyed" or not _open_head_heard(head, verb)):
        return None  # "40 surveyed markets": things are surveyed too
    if head in _INQUIRY_NOUNS or head in _BODIES:
        return None  # "300 interviewed witnesses", "in 12 surveyed countries": places too
    if verb == "interviewed" and INQUIRY_CUE.search(_sentence(text, match.start(), match.end())):
        return None  # "the 40 interviewed detainees told the Panel"
    return _part(text, match, verb, " ".join(match["noun"].split()))


def _read_part_of_object(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 4: "interviewed 13,307 out of a total of 73,304 households": one part of them."""
    whole = read_count(match["whole"])[0]
    count = read_count(match["n"])[0]
    if whole is None or count is None or count >= whole:
        return None
    verb = _words(match["verb"])
    head = _words(match["head"])
    if verb in _DELIVERING_VERBS and DELIVERED.match(text, match.end()):
        return None  # "reached 3,000 of the 4,000 households with food": aid
    if not _heard_by_a_survey(text, match, verb, head, passive=False):
        return None  # "consulted 12 of the 40 countries", "interviewed 40 of 88 witnesses"
    label = _LABELS.get(verb, verb)
    return _part(text, match, label, " ".join(match["noun"].split()), total=whole)


def _read_absolute(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 1: "with 125 countries participating", in a clause that names the survey."""
    head = _words(match["head"])
    verb = _words(match["verb"]).split()[0]
    if verb in _SELF_CUED:
        # those heard, people or households only, not an inquiry's witnesses: "with 2,800
        # households surveyed" ("with 12 sites surveyed", "with 40 witnesses interviewed
        # by the Panel" are none)
        if not _heard_by_a_survey(text, match, verb, head, passive=True):
            return None
        return _part(text, match, _ABSOLUTE_LABELS[verb], " ".join(match["noun"].split()))
    if head not in _HEARD_PEOPLE and head not in _BODIES and not head.startswith("member"):
        return None
    if SURVEY_CUE.search(_clause(text, match.start(), match.end())) is None:
        return None  # "the games opened with 2,000 athletes taking part": no survey
    label = _ABSOLUTE_LABELS[verb]
    return _part(text, match, label, " ".join(match["noun"].split()))


_READERS = {
    _SUBJECT: _read_subject,
    _OBJECT: _read_object,
    _SAMPLE_SIZE: _read_sample_size,
    _SAMPLE_HELD: _read_sample_size,
    _BASED_ON: _read_based_on,
    _PARTICIPATION: _read_participation,
    _RATE_OF_PEOPLE: _read_rate_of_people,
    _SAMPLE_IN_PARENS: _read_sample_in_parens,
    _NUMBER_OF: _read_number_of,
    _NUMBER_OF_ANSWERS: _read_number_of_answers,
    _PART_OF_ASKED: _read_part_of_asked,
    _ASKED_NOUN: _read_asked_noun,
    _PART_OF_OBJECT: _read_part_of_object,
    _ABSOLUTE: _read_absolute,
}


def find_sample_shapes(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Tally]:
    """Find how many took part in a survey, by the role of the count in its clause.

    Parameters
    ----------
    text
        The paragraph to read.
    taken
        Spans other tallies hold: a count inside one is none of these.

    Returns
    -------
    list of Tally
        One-part surveys in text order (kind "survey"), offsets relative to ``text``.

    Examples
    --------
    >>> [(t.parts[0].category, t.parts[0].count, t.subject) for t in find_sample_shapes(
    ...     "3,500 stakeholders took part in a perception study.")]
    [('took part', 3500, 'stakeholders')]
    >>> [(t.total, t.parts[0].count) for t in find_sample_shapes(
    ...     "Thirty-three responses out of 35 Members were received.")]
    [(35, 33)]
    >>> find_sample_shapes("Some 200 delegations took part in the conference.")
    []
    >>> [(t.parts[0].category, t.parts[0].count, t.subject) for t in find_sample_shapes(
    ...     "A total of 1,400 teenagers were interviewed, with national coverage of 1,647"
    ...     " surveyed citizens.")]
    [('interviewed', 1400, 'teenagers'), ('surveyed', 1647, 'citizens')]
    """
    lower = text.lower()
    found: list[Tally] = []
    held = bytearray(len(text) + 1)  # 1 where a tally holds the character: linear checks
    for start, end in taken:
        held[start:end] = b"\x01" * (end - start)
    for pattern, windows in _PATTERN_WINDOWS:
        for match in matches_in(pattern, text, literal_windows(lower, windows)):
            if 1 in held[match.start("n") : match.end()]:
                continue
            tally = _READERS[pattern](text, match)
            if tally is not None:
                found.append(tally)
                held[tally.start : tally.end] = b"\x01" * (tally.end - tally.start)
    return sorted(found, key=lambda tally: tally.start)


# Where one sentence ends and the next opens (not "U.S. states": a capital must follow).
_NEXT_SENTENCE = re.compile(r"[.!?]\s{1,3}(?=[A-Z“\"(])|;")


def with_samples_as_wholes(text: str, tallies: list[Tally]) -> list[Tally]:
    """``tallies`` where a sample read alone is the whole of the parts after it.

    "... among a national sample of 1,504 adults ... (528 respondents were interviewed on a
    landline telephone, and 976 were interviewed on a cell phone)": the parts add up to
    the sample exactly, in its own sentence after it, so the sample is their ``total``
    (the arithmetic is the evidence) and no one-count fact of it stands beside them, as
    a survey of a stated sample holds it.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    tallies
        The tallies kept for the paragraph, in order.

    Returns
    -------
    list of Tally
        The same tallies, less each one-part sample that became the total of the parts
        after it.

    Examples
    --------
    >>> text = "a sample of 1,504 adults (528 were reached by landline, 976 by cell phone)"
    >>> sample = Tally("survey", 12, 24, [Part("sampled", 1504, 12, 24)])
    >>> parts = [Part("by landline", 528, 26, 54), Part("by cell phone", 976, 56, 73)]
    >>> [(t.total, len(t.parts)) for t in with_samples_as_wholes(
    ...     text, [sample, Tally("survey", 26, 73, parts)])]
    [(1504, 2)]
    """
    samples = [
        tally
        for tally in tallies
        if tally.kind == "survey"
        and len(tally.parts) == 1
        and tally.total is None
        and tally.parts[0].count is not None
        and tally.parts[0].percent is None
    ]
    if not samples:
        return tallies
    used: set[int] = set()
    for tally in tallies:
        counts = [part.count for part in tally.parts]
        if tally.kind == "vote" or tally.total is not None or len(counts) < 2 or None in counts:
            continue  # "31 replies had been received ... adopted by 22 votes to 9": a vote
        for sample in samples:
            if (
                id(sample) in used
                or sample.end > tally.start
                or sample.parts[0].count != sum(counts)  # type: ignore[arg-type]
                or _NEXT_SENTENCE.search(text, sample.end, tally.start) is not None
            ):
                continue
            tally.total = sample.parts[0].count
            tally.kind = "survey"
            used.add(id(sample))
            break
    return [tally for tally in tallies if id(tally) not in used]
