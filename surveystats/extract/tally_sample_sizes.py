"""Sample sizes: how many people or bodies a survey heard, stated alone.

"3,076 households were surveyed in 60 locations", "interviewing a total of 94 displaced
families" beside the surveys it names, "a survey of approximately 10,000 children", "a
study based on interviews with 42,000 women", "The 15,200 respondents were:", "the 177
Member States who responded to the 2015 survey", and as news writes them, "a consultation
involving more than 1.5 million respondents", "Polling of a representative sample of 50,000
people", "Survey results from 185 countries show ..." (a sample or answers from those
counted only where their sentence names a survey, poll or interviews), and those who took
a survey named as the object of what they did, where no other reader took them: "more than
a million people had taken the one-minute survey", "Almost 9,000 employees at 40 offices
took part in the survey", "Overall, 2,726 responded to our survey", "318 health workers
filled in the questionnaire", "with 437 managers submitting a response" (the count names
who took it, or where they were, or opens its clause; a participle only after "with";
"took part in the survey training" is none; "voted in the MY World survey" and "shared their
views in the poll" are taking part too; an aside may stand between those counted and their
verb, "Some 2,300 teachers, recruited through unions, took part in the survey", and the
survey may be named at length, "participated in Voices for Peace, the global survey", or be
a consultation that people took part in), a survey taken by those counted ("The
questionnaire was taken by 7,420 staff members"), the views a report holds ("contains the
views of 4,530 enterprises"), contributions a survey or consultation drew ("The online
consultation drew 2,145 contributions"), and interviews counted as held in a sentence on a
survey ("the team conducted 2,310 interviews with households"). As UN field and survey
reports (IOM DTM, REACH, UNHCR intention surveys, post-distribution monitoring) write them
(session 47): the sample described between its noun and its verb ("894 households (5,665
individuals) were interviewed", "5,297 respondents aged 18 and over were interviewed",
"4,142 beneficiary households in NFI and WASH were randomly selected and surveyed", "a
total of 435 heads of household were interviewed"), with the whole it was drawn from
("1,621 households out of 10,338 households that arrived ... were interviewed": total
10,338), households "assessed" (never places: "3,920 settlements were assessed"); a survey
held with or targeting its sample past where, when and by whom ("an Intention Return
Survey was conducted in Khyber Pakhtunkhwa targeting 1,200 Afghan refugees", "surveys
carried out by IOM field staff in Greece, ... and Italy with 19,547 migrants"); what was
done, "was able to interview 2,352 households"; interviews of a survey's kind collected
("collected 3,114 key informant interviews"); results based on interviews in a paragraph
on a survey ("The results are based on 7,846 interviews conducted in ..."; "based on 240
interviews with victims" is an inquiry's); feedback and findings from people or households
("Feedback on the modality was collected from 351 households", "The findings from nearly
100,000 respondents across 58 countries"); a poll's method ("telephone interviews conducted
under the direction of ... among a nationwide sample of 1,786 adults, 18 years of age or
older"); ages after those who took part ("6,836 respondents aged 14-34 participated in this
poll") and people before a participle that counts something of theirs ("73,000 people
speaking 87 languages across 77 countries participated"). Each is one count
of respondents, which the issue makes a survey fact of its own ("replies were received
from 64 Governments"): a one-part survey whose part says what the count did ("surveyed",
"interviewed", "respondents"), its counted noun the noun after the count, so a rate
against a known whole (the membership, for Member States) is checked as for any reply
count.

Not read here:

- a count another tally holds: the whole of "Of the 1,860 households surveyed, 1,120
  responded", the parts of "Of the 88 respondents, 59 ..." (the caller passes their spans);
- the whole a later figure is part of: "Of the 150 staff surveyed, 40 per cent ...",
  "42 per cent of the 900 households surveyed";
- interviews that no survey, poll, study or questionnaire in the sentence makes a sample:
  "The Panel interviewed 88 witnesses" is an inquiry's (households interviewed are a
  survey's sample all the same: "9,699 households were interviewed in 54 camps");
- two counts of one interviewing: "The survey team interviewed 3,400 households and
  17,000 individuals" states the sample twice, in different units, and stays empty;
- shares ("42 per cent of those surveyed") and figures with no noun after them;
- a sample per unit: "representative samples of 1,000 people in each country", "400
  households per district" (a count of each unit, no sample of one whole);
- what a candidate won: "Kuwait polled 183 votes".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_items import PEOPLE_NOUNS, word_set
from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    GAP,
    SCALED_COUNT_PATTERN,
    Part,
    Tally,
    matches_near,
    read_count,
)
from surveystats.extract.tally_sample_shapes import (
    DELIVERED,
    INQUIRY_CUE,
    SURVEY_UNITS,
    represents_a_population,
)

__all__ = [
    "NOT_THE_SURVEY_ITSELF",
    "SAMPLE_SIZE_WORDS",
    "aimed_at",
    "find_sample_sizes",
    "sample_before_places",
]

#: Lower-case literals one of which a paragraph must hold for a sample size to be read.
SAMPLE_SIZE_WORDS = (
    "their views",  # "62 States have made known their views" (see _VIEWS_GIVEN)
    "views known",
    "shared their",
    "expressed their",
    "submitted their",
    "replies",
    "completed national",
    "survey",
    "interview",
    "poll",
    "respondents",
    "respondants",  # as some reports spell them: "4,010 respondants"
    "questioned",
    "sample",  # "sampled" too
    "questionnaire",
    "asked",
    "assessment",
    "assessed",  # "3,019 households (18,837 individuals) were assessed"
    "consultation",
    "feedback",  # "Feedback on the modality was collected from 351 households"
    "findings",  # "The findings from nearly 100,000 respondents across 58 countries"
    "views of",  # "contains the views of 4,530 enterprises"
    "voices of",
    "opinions of",
    "opinion of",  # "reflects the opinion of more than 1,300 respondents"
    "perspectives of",
    "study",  # "The study covered 1,450 students" (see _SURVEY_REACHED)
)

_FLAGS = re.IGNORECASE | re.VERBOSE
#: After a survey's noun, a noun it only modifies: "took part in the survey training".
NOT_THE_SURVEY_ITSELF = (
    r"(?!\s{1,3}(?:training|teams?|design|methodology|reports?|fieldwork|instruments?"
    r"|workshops?|launch)\b)"
)
_QUALIFIER = (
    r"(?:(?:a{GAP}total{GAP}of|in{GAP}total|some|about|around|approximately|nearly|almost"
    r"|over|more{GAP}than|at{GAP}least|an{GAP}estimated|close{GAP}to|roughly|just{GAP}over"
    r"|well{GAP}over|upwards{GAP}of)\s{1,3})?"
).replace("{GAP}", GAP)
# The counted noun: up to three modifiers and a plural head ("displaced families", "Member
# States", "children and adolescents" keeps its first head).
_PLURAL = (
    r"(?:heads{GAP}of{GAP}(?:the{GAP})?households?|[A-Za-z][\w’'-]{0,25}(?-i:s)|children|people"
    r"|women|men|staff|youth|personnel|police|(?:key{GAP})?informants)"
).replace("{GAP}", GAP)
# News writes the largest samples with a scale word: "1.5 million respondents", "over a
# million people".
_SAMPLE_COUNT = rf"(?:{SCALED_COUNT_PATTERN}|{COUNT_PATTERN})"
_NOUN = rf"(?P<noun>(?:[A-Za-z][\w’'-]{{0,25}}{GAP}){{0,3}}?{_PLURAL})(?![\w’'-])"
# A sentence that makes a count of people interviewed or consulted a sample.
_SURVEY_CONTEXT = re.compile(
    # U-Report is UNICEF's polling platform: "U-Report asked 170,000 girls about ..."
    r"\b(?:survey|poll|questionnaire|census|study|studies|assessment|sample|respondent|u-report)",
    re.IGNORECASE,
)
# What describes a sample between its noun and its verb, as survey reports write it: an
# aside in parentheses ("894 households (5,665 individuals) were interviewed", "Two
# thousand IDPs (2,000) were"), the whole it was drawn from ("1,621 households out of
# 10,338 households that arrived ... were interviewed": group ``whole``), and a phrase that
# says who or where they were ("respondents aged 18 and over", "people representing
# different travel groups", "households in NFI and WASH", "Syrian refugees living in those
# four countries", "migrants transiting through the corridor"). The phrase opens on a
# participle, a preposition or a relative pronoun and holds words, ages, days and years
# only: no count of its own (another count is another clause's: "3,000 people fled and 400
# households were surveyed") and no verb that opens another clause ("were", "but").
_DESCRIBED_WORD = (
    r"(?!(?:were|was|are|is|have|has|had|but|while|whereas|whilst|although)\b)"
    r"(?:[A-Za-z][\w’'/-]{0,25}|(?:19|20)\d\d(?![\d,.])"
    # an age or a day, no count: "aged 18 and over", "aged 15-24", "aged 15 to 24", "from 2
    # to 28 February" ("people speaking 62 languages across 54 countries" counts languages)
    r"|(?:(?<=aged\s)|(?<=to\s))\d{1,2}(?![\d,.])"
    r"|\d{1,2}(?:-\d{1,2}(?![\d,.])|(?=\s{1,3}(?:and|or|to|years)\b)))"
)
_DESCRIBED = rf"""
    (?:\s{{0,3}}\((?![^()]*\b(?:per{GAP}cent|percent)\b)[^()%]{{1,40}}\))?
    (?:{GAP}out{GAP}of{GAP}(?:the{GAP}|a{GAP}total{GAP}of{GAP})?(?P<whole>{COUNT_PATTERN})
      (?:{GAP}{_DESCRIBED_WORD}){{0,12}}?
    | {GAP}(?:(?-i:[a-z]{{2,20}}ing)|aged|hosted|registered|displaced|drawn|from|in|at|across
        |who|that)
      (?:{GAP}{_DESCRIBED_WORD}){{1,12}}?
    )?
"""
# What was done to the sample, passive: "3,076 households were surveyed", "some 1,200
# women had been interviewed" (interviews need a survey in the sentence), "2,000 adults
# were asked 12 questions" or "were asked whether ..." (asked what, not asked to do
# something: "40 States were asked to reply" is the whole that was asked).
_PASSIVE = re.compile(
    rf"""
    (?<![\w.,’'-]){_QUALIFIER}(?P<n>{_SAMPLE_COUNT}){GAP}{_NOUN}{_DESCRIBED}
    # a relative clause says the same of them: "the 4,025 migrants and refugees that were
    # interviewed from 7 December to 31 May", "the 610 households who had been surveyed"
    (?:{GAP}(?:that|who))?
    {GAP}(?:were|have{GAP}been|had{GAP}been)
    (?:{GAP}(?:also|randomly|individually|directly|successfully))?
    # "were randomly selected and surveyed": chosen, then heard
    (?:{GAP}(?:selected|sampled|identified|contacted|reached){GAP}and)?
    # "assessed" hears only people and households (see _sample): "3,920 settlements were
    # assessed" counts places
    {GAP}(?P<verb>surveyed|polled|sampled|interviewed|questioned|consulted|assessed
      |asked(?={GAP}(?:(?:{COUNT_PATTERN}|several|a{GAP}series{GAP}of|the{GAP}same){GAP})?
        (?:questions|whether|if|about|how|what|which)\b)
      # "2,400 households were reached by the survey", "in this round of the survey": by
      # a survey named ("reached by food aid", "in this round of the polio campaign" heard
      # no one)
      |(?:reached|contacted)(?={GAP}(?:by|in|through|during){GAP}(?:the|this|a|an|its|each)
        {GAP}(?:[\w’'-]{{1,25}}{GAP}){{0,3}}?(?:surveys?|polls?|assessments?
        |questionnaires?|census)\b))\b
    """,
    _FLAGS,
)
# Active or a participle, the sample the object: "interviewing a total of 94 displaced
# families", "the team surveyed 410 traders" (always with a survey in the sentence), or
# the plain verb of what was done, "UNHCR was able to interview 2,352 households", "managed
# to survey" (what one aims or plans "to interview" is not yet done).
_ACTIVE = re.compile(
    rf"""
    \b(?P<verb>interviewing|surveying|polling|interviewed|surveyed|polled
      |(?:(?<=able\sto\s)|(?<=managed\sto\s))(?:interview|survey))
    {GAP}{_QUALIFIER}(?P<n>{COUNT_PATTERN}){GAP}{_NOUN}
    """,
    _FLAGS,
)
# Those asked what they think, the object of "asked", a question after them: "asked 1.2
# million people in 50 countries, many of them young, whether they think ..." (only those a
# survey hears: "The Committee asked 12 States whether ..." is none), or their views asked
# for ("asked more than 21,000 people ... to share their views"); a topic with no "their"
# ("asked 170,000 girls about issues around ...", group ``about``) only in a sentence that
# names a survey or poll ("The mission asked 40 residents about the attacks" is none).
_ASKED_WHETHER = re.compile(
    rf"""
    \b(?P<verb>asked){GAP}{_QUALIFIER}(?P<n>{_SAMPLE_COUNT}){GAP}{_NOUN}
    (?=[^.;:]{{0,160}}?\b(?:whether|if|about{GAP}their|how{GAP}they|what{GAP}they
      |to{GAP}(?:share|give|express){GAP}their{GAP}(?:views|opinions|perspectives|experiences)
      |(?P<about>about))\b)
    """,
    _FLAGS,
)
# Interviews counted as held, in a sentence on a survey: "the enumerators managed to conduct
# 457 interviews with respondents", "carried out 1,200 household interviews".
_INTERVIEWS_HELD = re.compile(
    rf"""
    \b(?:conduct(?:ed|ing)?|carr(?:ied|y|ying){GAP}out|held|completed|collected|gathered
      # what was learnt through them: "Through 1,341 interviews with migrants from 39
      # countries, IOM asked ...", "from 2,200 interviews with returnees" (only with those a
      # survey hears, see _sample: "through 40 interviews with officials" is an inquiry's)
      |(?P<through>through|from|via))
    {GAP}{_QUALIFIER}(?P<n>{COUNT_PATTERN})
    {GAP}(?P<noun>(?:[A-Za-z][\w-]{{0,25}}{GAP}){{0,2}}?(?P<verb>interviews))\b
    """,
    _FLAGS,
)
# The forms and interviews of a survey counted as collected, the count before the noun and
# the verb after it, passive or a participle: "A total of 209 interviews were collected in
# two locations", "based on 4,938 surveys collected by field teams", "2,150 household
# questionnaires were administered". A survey here is the form one respondent filled in:
# surveys only as forms handed in ("300 surveys were conducted in 100 countries" counts
# survey exercises, not those heard), interviews only where collected as data or in a
# sentence on a survey ("Some 300 interviews were conducted with victims" is an inquiry's).
#
# Replies counted as received the same way, in a sentence that names what they answer (a
# questionnaire, survey or consultation): "the 49 responses received to the questionnaire
# on ...", "52 replies that were received to the survey"; and forms named by what they
# evaluate: "31 evaluation questionnaires returned by the participants".
_FORMS_COLLECTED = re.compile(
    rf"""
    (?<![\w.,’'-]){_QUALIFIER}(?P<n>{COUNT_PATTERN})
    {GAP}(?P<noun>(?:(?:household|individual|face-to-face|telephone|online|valid|completed
      |structured|in-depth|evaluation|feedback|formal|written){GAP}){{0,2}}
      (?P<verb>interviews|surveys|questionnaires|responses|replies))
    (?:{GAP}(?:that|which))?
    (?:{GAP}(?:were|had{GAP}been|have{GAP}been))?
    (?:{GAP}(?:successfully|also))?
    {GAP}(?P<done>collected|gathered|returned|submitted|received|filled{GAP}(?:in|out)
      |completed|conducted|carried{GAP}out|held|administered)\b
    """,
    _FLAGS,
)
# Replies received as the object, the response rate they make in parentheses before
# their noun: "to which we received 190 (52%) formal written responses", "The
# consultation received 64 written submissions" (in a sentence that names the
# consultation, questionnaire or survey they answer: see _replies_counted).
_REPLIES_RECEIVED = re.compile(
    rf"""
    \b(?:received|receiving)
    {GAP}{_QUALIFIER}(?P<n>{COUNT_PATTERN})
    (?:\s{{0,3}}\(\s{{0,2}}(?P<share>\d{{1,3}}(?:\.\d{{1,2}})?)\s{{0,2}}(?:%|per{GAP}cent|percent)
      \s{{0,2}}\))?
    {GAP}(?P<noun>(?:(?:formal|written|valid|complete|completed|online|individual|separate)
      {GAP}){{0,2}}(?P<verb>responses|replies|submissions))\b
    """,
    _FLAGS,
)
# The number of respondents stated as such, as survey and evaluation reports head it:
# "Total number of respondents: 50 (17% of the forums' participants)", "The number of
# responses was 212". The share in parentheses is of those asked (its ``base``).
_NUMBER_OF_REPLIES = re.compile(
    rf"""
    (?:\b(?:total{GAP})?number{GAP}of{GAP}(?P<noun>respondents|responses|replies)
      (?:\s{{0,3}}:|{GAP}(?:was|were|is|stood{GAP}at|reached))
    # those who answered headed as such, or their number written "n=" after them or after
    # the survey (session 60): "Respondents: 1,204", "Respondents (n=1,204) were mostly
    # women", "The survey (n = 2,310) was run in May" ("health care workers (n = 386)" names
    # no one asked, and a share before the bracket makes it the whole of that share, which
    # the readers of shares take)
    |(?<![\w-])(?P<headed>respondents|responses|replies)\s{{0,3}}:
    |\b(?P<asked>respondents|surveys?|polls?|samples?|interviewees)\s{{0,3}}\(\s{{0,2}}n\s{{0,2}}=)
    \s{{0,3}}{_QUALIFIER}(?P<n>{COUNT_PATTERN})(?![\d,]|{GAP}(?:per{GAP}cent|percent)\b|\s{{0,2}}%)
    (?:\s{{0,3}}\(\s{{0,2}}(?P<share>\d{{1,3}}(?:\.\d{{1,2}})?)\s{{0,2}}(?:%|per{GAP}cent|percent)
      (?:{GAP}of{GAP}(?P<base>[^()]{{1,60}}?))?\s{{0,2}}\))?
    """,
    _FLAGS,
)
_REPLIED = {"responses": "responded", "replies": "replied", "submissions": "submitted"}


# What was done with each kind of form, and the verbs that count it as one respondent's.
_FORM_LABELS = {
    "interviews": "interviewed",
    "surveys": "completed the survey",
    "questionnaires": "returned the questionnaire",
    "responses": "responded",
    "replies": "replied",
}
_HANDED_IN = frozenset(("collected", "gathered", "returned", "submitted", "received"))
_FORM_DONE = {
    "interviews": _HANDED_IN | {"completed", "conducted", "carried out", "held"},
    "surveys": _HANDED_IN | {"filled in", "filled out"},
    "questionnaires": _HANDED_IN | {"filled in", "filled out", "completed", "administered"},
    "responses": frozenset(("received", "submitted", "returned")),
    "replies": frozenset(("received", "submitted", "returned")),
}
# A noun of the survey and its sample: "a survey of approximately 10,000 children", "a
# poll of 1,500 voters", "interviews with 42,000 women" (these with a study in the
# sentence).
# A sample named as such needs a survey, poll or interviews in its sentence: "Polling of a
# representative sample of 50,000 people" ("a sample of 40 wells was tested" is none).
#
# A survey held with or targeting its sample, the survey the subject and where, when
# and by whom it was held between ("interviews conducted from April 24 to 28 with", "an
# Intention Return Survey was conducted in Khyber Pakhtunkhwa targeting 1,200 Afghan
# refugees", "surveys that has been carried out by IOM field staff in Greece, ..., Croatia
# and Italy with 19,547 migrants"; group ``held``, which holds no count, share or clause of
# its own: see _HELD_ELSEWHERE). "Targeting" only after a survey held ("aims to target" is
# a goal). An assessment is a survey only of people or households ("an assessment of 40
# schools" is none).
_SURVEY_OF = re.compile(
    rf"""
    \b(?P<verb>surveys?|polls?|interviews?|samples?|assessments?|study|studies)
    (?:{GAP}(?:of|among|with)
      |(?:{GAP}(?:that|which))?
        {GAP}(?:(?:were|was|had{GAP}been|has{GAP}been|have{GAP}been){GAP})?
        (?:conducted|carried{GAP}out|held|undertaken|implemented|performed)
        (?:{GAP}(?P<held>[^.;:()]{{1,160}}?))?{GAP}(?P<prep>with|targeting))
    {GAP}{_QUALIFIER}(?P<n>{_SAMPLE_COUNT}){GAP}{_NOUN}
    """,
    _FLAGS,
)
# A relative clause after a sample that says what was done to them: "who were interviewed".
_ASKED_AFTER = re.compile(
    r"(?:\s{1,3}(?:and|or)\s{1,3}[A-Za-z][\w-]{1,25})?"  # "children and adolescents who were"
    r"\s{1,3}(?:who|that)\s{1,3}(?:were|had\s{1,3}been|have\s{1,3}been)\s{1,3}"
    r"(?P<verb>interviewed|surveyed|polled|consulted|questioned)\b",
    re.IGNORECASE,
)
# Before "with", words that make what follows those who held the survey or paid for it:
# "in partnership with 12 national NGOs", "in close cooperation with 14 ministries", "with
# support from", "jointly with".
_PARTNERS_BEFORE = re.compile(
    r"\b(?:partnership|cooperation|co-operation|collaboration|coordination|conjunction"
    r"|consultation|together|jointly|along)$",
    re.IGNORECASE,
)
# What may not stand where a survey was held: a count with thousands, a share, another
# clause, a count of people ("The survey was conducted in March, while 2,000 refugees ...",
# "was held in 40 districts and the team met with 12 officials"); days, years and places
# may ("from April 24 to April 28", "in 12 districts").
_HELD_ELSEWHERE = re.compile(
    r"\d,\d{3}|\d\s{0,3}%|\bper\s{1,3}cent\b|\bpercent\b"
    r"|\b(?:were|was|is|are|has|have|had|but|while|whereas|and\s{1,3}the)\b"
    # a count of anything but places: "in 12 districts" says where, "12 officials" who
    r"|\b\d{1,3}\s{1,3}(?!(?:countries|regions|provinces|districts|governorates|states"
    r"|municipalities|cities|towns|villages|communities|camps|sites|settlements|locations)\b)"
    r"[a-z][\w-]*s\b",
    re.IGNORECASE,
)
# A survey held among its sample, the survey named in the sentence: "The survey, conducted
# among more than 823,000 youth, ...", "a poll carried out among 1,200 adults" ("work
# conducted among 40 communities" names no survey and is none), also past when and by whom
# and with the sample named as such, as polling institutes write their method ("based on
# telephone interviews conducted under the direction of Princeton Survey Research
# Associates among a nationwide sample of 1,786 adults"; group ``held``, as in _SURVEY_OF).
_HELD_AMONG = re.compile(
    rf"""
    \b(?P<verb>conducted|carried{GAP}out|administered|undertaken)
    (?:{GAP}(?P<held>[^.;:()]{{1,100}}?))?
    {GAP}among{GAP}(?:an?{GAP}(?:[\w-]{{1,25}}{GAP}){{0,3}}?sample{GAP}of{GAP})?
    {_QUALIFIER}(?P<n>{_SAMPLE_COUNT}){GAP}{_NOUN}
    """,
    _FLAGS,
)
# Answers counted by those who gave them, in a sentence on a survey: "Survey results from
# 185 countries show ...", "responses from 1,200 households" ("results from 12 countries
# show growth" names no survey); feedback and findings from people or households, what
# they were asked about between ("Feedback on the modality was collected from 351
# households", "The findings from nearly 100,000 respondents across 58 countries").
_ANSWER_NOUNS = ("results", "responses", "replies", "answers", "data", "findings", "feedback")
# A count right before the answers' noun: "3,412 responses from", "some 860 replies from".
_COUNT_JUST_BEFORE = re.compile(
    r"\d(?:[\d,.]*\d)?(?:\s{1,3}(?:million|thousand))?\s{1,3}(?:(?:valid|completed|online"
    r"|written|individual)\s{1,3})?$"
)
_COUNT_BEFORE_REACH = 40
_ANSWERS_FROM = re.compile(
    rf"""
    \b(?P<verb>{"|".join(_ANSWER_NOUNS)})
    (?:{GAP}(?:on|about|regarding)(?:{GAP}[\w’'-]{{1,25}}){{1,5}}?)?
    {GAP}(?:(?:(?:were|was){GAP})?(?:received|gathered|collected|obtained){GAP})?from
    {GAP}{_QUALIFIER}(?P<n>{_SAMPLE_COUNT}){GAP}{_NOUN}
    """,
    _FLAGS,
)
# The interviews or answers results are based on: "The results are based on 7,846
# interviews conducted in several Latin American countries", "based on 1,250 completed
# questionnaires" (interviews in a paragraph on a survey or with those a survey hears: "The
# report is based on 240 interviews with victims" is an inquiry's).
_BASED_ON = re.compile(
    rf"""
    \b(?:based{GAP}on|drawn{GAP}from){GAP}(?:the{GAP})?{_QUALIFIER}(?P<n>{COUNT_PATTERN})
    {GAP}(?P<noun>(?:(?:household|individual|face-to-face|telephone|phone|online|valid|completed
      |structured|in-depth|key{GAP}informant){GAP})?(?P<verb>interviews|questionnaires|responses))\b
    """,
    _FLAGS,
)
_BASED_ON_LABELS = {
    "interviews": "interviewed",
    "questionnaires": "completed the questionnaire",
    "responses": "responded",
}
# A counted set of questions put to those asked makes them a sample with no survey named:
# "were asked 15 questions on climate change" ("were asked several questions by the
# Committee" is an exchange, no questionnaire).
_QUESTIONS_ASKED = re.compile(rf"{GAP}{COUNT_PATTERN}{GAP}questions\b", _FLAGS)
# What makes a sample or answers a survey's: the survey named in their sentence.
_SURVEY_NAMED = re.compile(
    r"\b(?:survey|poll|questionnaire|interview|respondent|census|representative\s{1,3}sample)",
    re.IGNORECASE,
)
# What makes contributions or submissions drawn replies: a survey or consultation, or a
# call for them, named in their sentence.
_ASKING_NAMED = re.compile(
    r"\b(?:survey|poll|questionnaire|consultation|call\s{1,3}for\s{1,3}(?:inputs|contributions"
    r"|submissions|views))",
    re.IGNORECASE,
)
# The ages of those heard: "aged 14-34", "aged 18 and over", "aged 15 to 24 years".
_AGED = (
    r"(?:aged\s{1,3}\d{1,2}(?:\s{0,3}(?:-|–|to)\s{0,3}\d{1,2}"
    r"|\s{1,3}(?:and|or)\s{1,3}(?:over|above|older))?"
    # a range with "between": "between the ages of 15 and 24", "aged between 13 and 24"
    r"|(?:aged\s{1,3})?between\s{1,3}(?:the\s{1,3}ages?\s{1,3}of\s{1,3})?\d{1,2}\s{1,3}"
    r"(?:and|to)\s{1,3}\d{1,2})"
    r"(?:\s{1,3}years(?:\s{1,3}(?:old|of\s{1,3}age))?)?"
)
# Places counted after those heard: "from 38 countries", "in more than 40 provinces".
_PLACES_COUNTED = (
    r"(?:(?:some|about|around|nearly|almost|over|more\s{1,3}than|at\s{1,3}least)\s{1,3})?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twen|thir"
    r"|for|fif|six|seven|eigh|nine)ty(?:-\w+)?|a\s{1,3}dozen|dozens|several)\s{1,3}[a-z]"
)
# A relative clause that picks some of those counted: "12 respondents who had left".
_RELATIVE_AFTER = re.compile(r"\s{1,3}(?:who|whom|that|which|whose)\b", re.IGNORECASE)
_NOUN_AFTER = _NOUN.replace("(?P<noun>", "(?P<noun2>")
# The respondents counted as such: "The 15,200 respondents were:", "a total of 640
# respondents", "the survey, which reached 2,100 respondents", "the 177 Member States
# who responded to the survey".
_RESPONDENTS = re.compile(
    rf"""
    (?:\b(?:(?P<lead>the|a{GAP}total{GAP}of|all|in{GAP}total\s{{0,3}},?)
        |(?P<reached>reached|covered|drew|with|involving|includ(?:ing|ed|es|e)|compris(?:ing|ed|es)
          # a survey that had its respondents: "The survey had 8,300 respondents"
          |(?<=survey\s)(?:had|has)|(?<=poll\s)(?:had|has)
          |(?:voices|views){GAP}of)
        # any other verb or preposition whose object they are: "The findings draw on 410
        # respondents", "We heard from 1,150 respondents", "The 2021 wave had 4,010
        # respondents" (a whole or a rate after "of", "among", "in", "out of" or "than",
        # those who answered by "by", a change "up from" are not; what follows them is
        # checked below)
        |(?P<object>(?-i:[a-z]{{2,14}})(?<!\bof)(?<!\bamong)(?<!\bamongst)(?<!\bbetween)
          (?<!\bthan)(?<!\bin)(?<!\bper)(?<!\band)(?<!\bor)(?<!\bto)(?<!\bby)(?<!\bevery)
          (?<!\beach)(?<!\bonly)(?<!\bjust)(?<!\bfirst)(?<!\bwhom)(?<!\bwhich)
          (?<!\bup\sfrom)(?<!\bdown\sfrom)))
      {GAP}(?:(?:some|about|around|approximately|nearly|almost|close{GAP}to|over|more{GAP}than)
        {GAP})?
      (?P<n>{_SAMPLE_COUNT}){GAP}(?:(?:survey|valid|eligible|individual|unique|adult){GAP})?
      (?P<noun>respond[ea]nts)\b
      # "the 12 respondents in Chad", "the 40 respondents from Chad" are some of them;
      # where the survey reached them, places after are where they were ("reached 2,100
      # respondents from 92 countries"), and so are places counted after them whatever
      # stands before ("A total of 910 survey respondents from 41 countries")
      (?!{GAP}(?:to|of)\b)
      (?(reached)|(?(object)|(?!{GAP}(?:in|from)\b(?!{GAP}{_PLACES_COUNTED}))))
      # what they did is read with them (_TOOK_SURVEY): "In total, 6,836 respondents aged
      # 14-34 participated in this poll" took part; with no survey named after the verb,
      # they are the sample here ("In total, 312 respondents completed the online form")
      (?!(?:{GAP}{_AGED})?{GAP}(?:took|participated|completed|answered|filled)\b
        (?=[^.;]{{0,80}}\b(?:survey|questionnaire|poll|interview|consultation|assessment
          |study|u-report)))
      # an object ends its clause or goes on with where, when or who they were: "from 410
      # respondents (62 per cent women)", "410 respondents across 38 countries", not
      # "...had 410 respondents said" or "410 respondents who had left"
      (?(object)(?=(?:{GAP}{_AGED})?(?:\s{{0,3}}[.,;:)(]|\s{{0,3}}$|{GAP}(?:from|in|across|at
        |during|over|throughout|through|via|on|and|between|aged|under|for|this|last|each
        |nationwide|worldwide|globally)\b)))
    | (?<![\w.,’'-])(?P<n2>{COUNT_PATTERN}){GAP}{_NOUN_AFTER}{GAP}(?:that|who|which)
      {GAP}(?:had{GAP}|have{GAP})?(?P<verb>responded|replied){GAP}to{GAP}the\b
      (?=[^.;]{{0,60}}\b(?:survey|questionnaire|poll))
    )
    """,
    _FLAGS,
)
# Those whose views a report or survey holds, counted: "contains the views of 4,500
# enterprises", "reflects the opinion(s) of 1,200 young people", "presents the perspectives
# of 592 women respondents" (views held, so given: "the names of 2,860 victims" and "the
# experiences of 12 countries" are none).
_VIEWS_HELD = re.compile(
    rf"""
    \b(?:contain(?:s|ed)?|captur(?:es|ed|e)|reflect(?:s|ed)?|present(?:s|ed)?|gather(?:s|ed)?
      |collect(?:s|ed)?|brings?{GAP}together|brought{GAP}together|draws?{GAP}on|drew{GAP}on
      |based{GAP}on|compil(?:es|ed|e)|summariz(?:es|ed|e)|summaris(?:es|ed|e))
    {GAP}(?:the{GAP})?(?P<verb>views|voices|opinions?|perspectives)
    {GAP}(?:of|from){GAP}{_QUALIFIER}(?P<n>{_SAMPLE_COUNT}){GAP}{_NOUN}
    """,
    _FLAGS,
)
# What a survey or consultation drew in, counted: "The online consultation drew 3,412
# contributions", "the questionnaire elicited 240 responses" (in a sentence that names the
# survey or consultation: "The Committee received 45 submissions" is none).
_CONTRIBUTIONS_DRAWN = re.compile(
    rf"""
    \b(?:drew|draws|attracted|attracts|elicited|generated|received|gathered|collected)
    {GAP}{_QUALIFIER}(?P<n>{COUNT_PATTERN})
    {GAP}(?P<noun>(?:(?:written|online|individual|valid){GAP})?
      (?P<verb>contributions|responses|submissions|replies))\b
    """,
    _FLAGS,
)
# A survey that reached its sample, the survey the subject: "The household survey covered
# 8,200 households", "The survey, which covered 3,000 households in 12 districts", "a poll
# reaching 1,500 adults" (only people heard: see _HEARD).
_SURVEY_REACHED = re.compile(
    rf"""
    \b(?:surveys?|polls?|questionnaires?|assessments?|consultations?|census|study|studies
      |research)
    {NOT_THE_SURVEY_ITSELF}(?!{GAP}(?:workers|stations|officials|staff)\b)
    (?P<described>(?:{GAP}(?!(?:was|were|is|are|has|had|have|but|which|that|who)\b)
      [\w’'-]{{1,25}}){{0,14}}?)
    # an aside between commas that says who held it, when or what it was called: "The
    # survey, organized by UNDP (the agency) and a university, involved 1.2 million people"
    (?P<aside>\s{{0,3}},{GAP}(?:(?-i:[a-z]{{2,20}}ed)|which|that|an?|the|run|held|led|known
      |launched|conducted)\b[^.;:,]{{1,160}}?\s{{0,3}},)?
    (?:\s{{0,3}},)?{GAP}(?:(?:which|that){GAP}(?:(?:has|had){GAP})?)?
    # a first predicate of the same subject before "and": "The study was confined to the
    # academic year 1975-76 and covered 1,200 students", "The survey was conducted in
    # March and reached 2,400 households" (no clause mark in it, and no figure but a year)
    (?:(?:was|were){GAP}(?:[^.;:()\d]|(?<!\d)(?:1[89]|20)\d\d(?:[-–/]\d{{2,4}})?(?!\d)){{1,80}}?
      {GAP}and{GAP})?
    # in the past or the present ("The survey covers 3,200 households"), or a survey that
    # sampled them ("The survey sampled 3,200 households")
    (?P<verb>covered|covering|covers|cover|reached|reaching|reaches|engaged|engaging|engages
      |involved|involving|involves|sampled
      # a survey that asked or included its sample ("a global poll which asked 1.2 million
      # people", "The research included over 1 million people via polls")
      |asked|asking|asks|included|including|includes|include)
    {GAP}{_QUALIFIER}(?P<n>{_SAMPLE_COUNT}){GAP}{_NOUN}
    """,
    _FLAGS,
)
# Those a survey that covered or reached them heard: people and households ("covered 120
# countries" may be a survey of data on them, "12 topics" what it asked).
_HEARD = PEOPLE_NOUNS | frozenset(
    {"households", "families", "respondents", "youth", "individuals", "persons"}
)
# A sample counted in a compound before its survey: "A 2,000-household survey", "a
# 1,500-person poll", "the 400-respondent sample".
_COMPOUND_SAMPLE = re.compile(
    rf"""
    (?<![\w.,’'-])(?P<n>{COUNT_PATTERN})-(?P<noun>household|person|respondent|child|woman
      |family|individual|adult)
    {GAP}(?:[A-Za-z][\w-]{{1,25}}{GAP}){{0,2}}?(?P<verb>survey|poll|sample)\b
    """,
    _FLAGS,
)
# The noun a compound's singular stands for: "2,000-household survey" heard households.
_COMPOUND_PLURALS = {
    "household": "households",
    "person": "persons",
    "respondent": "respondents",
    "child": "children",
    "woman": "women",
    "family": "families",
    "individual": "individuals",
    "adult": "adults",
}
# A word of where those who took a survey were, no verb of a clause of its own: "from all
# countries and all walks of life".
_PLACE_WORD = r"(?!(?:were|was|are|is|had|have|has|who|which|that)\b)[A-Za-z][\w’'-]{0,25}"
# Those who took a survey, the survey named as the object of what they did: "over a million
# people have taken the one-minute survey", "Almost 9,000 employees at the country's 40
# offices took part in the survey", "2,726 responded to our survey", "50,000 in 50
# countries took part in independent polling" ("took part in the training" is none; the
# count may name no noun, only where they were).
_TOOK_SURVEY = re.compile(
    rf"""
    (?<![\w.,’'-]){_QUALIFIER}(?P<n>{_SAMPLE_COUNT})
    (?!{GAP}(?:per{GAP}cent|percent|of|in{GAP}(?:which|whom))\b|\s{{0,3}}%)
    (?:{GAP}{_NOUN})?
    (?:{GAP}{_AGED})?  # "6,836 respondents aged 14-34 participated in this poll"
    (?P<place>{GAP}(?:at|in|from|across|around){GAP}(?:the{GAP})?(?:[A-Za-z][\w’'-]{{0,25}}{GAP})?
      (?:{COUNT_PATTERN}{GAP})?(?:{_PLACE_WORD}{GAP}){{0,6}}?{_PLACE_WORD})?
    (?P<aside>\s{{0,3}}(?:,|--|—|–)\s{{0,3}}(?-i:[a-z0-9])[^.;:()]{{0,120}}?(?:,|--|—|–))?
    (?:{GAP}(?:had|have|has))?
    {GAP}(?P<verb>(?:took|taking|taken){GAP}part{GAP}(?:in|through)
      |participat(?:ed|ing){GAP}(?:in|through|via)|taken|took
      |(?:responded|responding|replied|replying){GAP}to|complet(?:ed|ing)
      |fill(?:ed|ing){GAP}(?:in|out)|answer(?:ed|ing)|return(?:ed|ing)|submit(?:ted|ting)
      |voted{GAP}in|shared{GAP}(?:their|its){GAP}(?:views?|voices?|opinions?|priorities)
        {GAP}(?:in|through|via))
    {GAP}(?:(?:the|an?|this|that|our|its|their|his|her){GAP})?(?:[\w’'-]{{1,25}}{GAP}){{0,5}}?
    # an apposition naming the survey, only where no survey is named before its comma
    # ("responded to our survey, a response rate of 67 percent": the survey is the object)
    (?:[\w’'-]{{1,25}}\s{{0,3}},{GAP}(?:the|an?){GAP}(?:[\w’'-]{{1,25}}{GAP}){{0,4}}?)??
    (?P<object>surveys?|questionnaires?|polls?|polling|responses?|consultations?)\b
    {NOT_THE_SURVEY_ITSELF}
    """,
    _FLAGS,
)
# Those asked who gave their views, as the subject of a verb of giving them: States or
# Governments that "have made known their views", "made their views known", "submitted
# their national reports", "sent interim replies", "completed national-level reviews",
# and people who "shared their hopes and fears" or "expressed their views" (group
# ``given``, the label). The views, replies and national reports say that they answered;
# a survey, poll, consultation, questionnaire or replies named in the sentence says that
# someone asked (see _views_given: national reports and reviews are a consultation's own).
_VIEW_NOUNS = (
    r"(?:views?|opinions?|hopes|fears|ideas|priorities|concerns|aspirations|perspectives"
    r"|thoughts|preferences|experiences|feedback)"
)
_VIEWS_GIVEN = re.compile(
    rf"""
    (?<![\w.,’'/-]){_QUALIFIER}(?P<n>{_SAMPLE_COUNT}){GAP}{_NOUN}
    (?:{GAP}{_AGED})?
    (?P<place>{GAP}(?:in|from|across|around){GAP}(?:the{GAP})?(?:{_PLACE_WORD}{GAP}){{0,6}}?
      {_PLACE_WORD})?
    (?:{GAP}(?:that|which|who))?
    (?:{GAP}(?:had|have|has))?(?:{GAP}(?:so{GAP}far|already|also|now|since|jointly))?
    {GAP}(?P<given>made{GAP}known{GAP}their{GAP}views
      |made{GAP}their{GAP}views{GAP}known
      |(?:shared|expressed|voiced|gave|offered){GAP}their{GAP}{_VIEW_NOUNS}
        (?:{GAP}(?:and|or){GAP}(?:their{GAP})?{_VIEW_NOUNS})?
      |submitted{GAP}their{GAP}(?:(?P<national>national(?:-level)?){GAP}
        (?:[\w-]{{1,20}}{GAP})?(?:reports|reviews|responses|replies|contributions|views)
        |views|replies|responses|contributions|inputs)
      |sent{GAP}(?:their{GAP}|(?:interim|written|formal|official){GAP}){{0,2}}replies
      |completed{GAP}(?:their{GAP})?(?P<reviewed>national(?:-level)?){GAP}
        (?:[\w-]{{1,20}}{GAP})?(?:reviews|reports|self-assessments))\b
    """,
    _FLAGS,
)
# Bodies that answer a consultation or a letter for their country.
_REPLYING_BODIES = frozenset(("states", "governments", "countries", "parties", "members"))
# What asked for the views in the sentence: "in formal replies to the letter", "Through
# surveys and dialogues", "the launch of the Consultation of Member States".
_VIEWS_ASKED = re.compile(
    r"\b(?:survey|poll|questionnaire|(?<!informal\s)consultation|replies|(?<!right\sof\s)reply"
    r"|note\s{1,3}verbale|u-report)",
    re.IGNORECASE,
)
# A survey taken by those counted, in the passive: "The online questionnaire was taken by
# 7,420 staff members", "The survey ... was launched on 1 March and taken by 18,230
# adolescents" ("completed by" is read with the replies, in tally_surveys).
_TAKEN_BY = re.compile(
    rf"""
    \b(?P<object>surveys?|questionnaires?|polls?)\b{NOT_THE_SURVEY_ITSELF}
    [^.;:]{{0,100}}?\b(?:was|were|had{GAP}been|has{GAP}been|and)
    {GAP}(?P<verb>taken|answered|filled{GAP}(?:in|out))
    {GAP}by{GAP}{_QUALIFIER}(?P<n>{_SAMPLE_COUNT}){GAP}{_NOUN}
    """,
    _FLAGS,
)
# What those who took a survey did, by the verb's first word.
_TOOK_LABELS = {"took": "took part", "taking": "took part", "taken": "took the survey"}
_TOOK_LABELS |= {"participated": "participated", "participating": "participated"}
_TOOK_LABELS |= {"responded": "responded", "responding": "responded", "replied": "replied"}
_TOOK_LABELS |= {"replying": "replied", "submitted": "submitted", "submitting": "submitted"}
_TOOK_LABELS |= {"voted": "voted", "shared": "shared their views"}
# The past of the other verbs as a participle: "with 437 managers completing the survey".
_PAST = {"completing": "completed", "filling": "filled", "answering": "answered"}
_PAST["returning"] = "returned"
# Before a participle's count: "with 437 managers submitting a response".
_WITH_BEFORE = re.compile(r"\bwith\s{1,3}(?:[a-z]{1,10}\s{1,3}){0,2}$", re.IGNORECASE)
# Each pattern with the windows its matches start in: (literal, characters before it,
# characters after it). A pattern that opens on a count, tried at every position of a
# long paragraph, costs more than a literal test.
_PATTERN_WINDOWS: tuple[tuple[re.Pattern[str], tuple[tuple[str, int, int], ...]], ...] = (
    (
        _PASSIVE,
        (
            *(
                (verb, 160, 16)
                for verb in (
                    "surveyed",
                    "polled",
                    "sampled",
                    "interviewed",
                    "questioned",
                    "consulted",
                    "assessed",
                )
            ),
            ("asked", 160, 40),  # what they were asked follows: "asked 15 questions"
            ("reached", 160, 70),  # the survey or its round after it
            ("contacted", 160, 70),
        ),
    ),
    (
        _ACTIVE,
        tuple(
            (verb, 0, 170) for verb in ("interview", "surveying", "surveyed", "polling", "polled")
        ),
    ),
    (
        _SURVEY_OF,
        (
            ("survey", 0, 300),  # "... was conducted in <places and times> with 1,200"
            ("poll", 0, 300),
            ("interview", 0, 300),
            ("sample", 0, 170),
            ("assessment", 0, 300),
            ("stud", 0, 170),
        ),
    ),
    (_HELD_AMONG, (("among", 140, 90),)),
    (
        _ANSWERS_FROM,
        tuple((noun, 0, 150) for noun in _ANSWER_NOUNS),
    ),
    (_BASED_ON, (("based on", 0, 90), ("drawn from", 0, 90))),
    (
        _RESPONDENTS,
        (
            ("respondents", 90, 40),
            ("respondants", 90, 40),  # as some reports spell them
            ("responded", 170, 120),
            ("replied", 170, 120),
        ),
    ),
    (_INTERVIEWS_HELD, (("interviews", 110, 12),)),
    (_ASKED_WHETHER, (("asked", 0, 220),)),
    (
        _SURVEY_REACHED,
        tuple(
            (verb, 160, 140)  # "A survey organized by ... engaged 1.2 million people"
            for verb in ("cover", "reach", "engag", "involv", "sampled", "ask", "includ")
        ),
    ),
    (
        _COMPOUND_SAMPLE,
        tuple(
            (noun, 12, 80)
            for noun in ("-household", "-person", "-respondent", "-child", "-wom", "-famil")
        )
        + tuple((noun, 12, 80) for noun in ("-individual", "-adult")),
    ),
    (
        _TOOK_SURVEY,
        tuple(
            (noun, 260, 16)
            for noun in ("survey", "questionnaire", "poll", "response", "consultation")
        ),
    ),
    (
        _VIEWS_HELD,
        tuple((noun, 40, 70) for noun in ("views", "voices", "opinion", "perspectives")),
    ),
    (
        _CONTRIBUTIONS_DRAWN,
        tuple((noun, 70, 16) for noun in ("contributions", "responses", "submissions", "replies")),
    ),
    (_TAKEN_BY, tuple((verb, 160, 90) for verb in ("taken by", "answered by", "filled"))),
    (
        _VIEWS_GIVEN,
        tuple(
            (word, 260, 70)
            for word in ("their views", "views known", "shared their", "expressed their")
        )
        + tuple((word, 260, 90) for word in ("submitted their", "replies", "completed national")),
    ),
    (_REPLIES_RECEIVED, (("received", 0, 90), ("receiving", 0, 90))),
    (
        _NUMBER_OF_REPLIES,
        (
            ("number of respon", 10, 120),
            ("number of repl", 10, 120),
            ("respondents:", 0, 60),
            ("(n", 16, 30),  # "respondents (n=1,204)", "the survey (n = 2,310)"
        ),
    ),
    (
        _FORMS_COLLECTED,
        tuple(
            (noun, 60, 40)
            for noun in ("interviews", "surveys", "questionnaires", "responses", "replies")
        ),
    ),
)
_LABELS = {
    "covering": "covered",
    "covers": "covered",
    "cover": "covered",
    "reaches": "reached",
    "engages": "engaged",
    "involves": "involved",
    "reaching": "reached",
    "engaging": "engaged",
    "involving": "involved",
    "survey": "surveyed",
    "surveys": "surveyed",
    "surveying": "surveyed",
    "poll": "polled",
    "polls": "polled",
    "polling": "polled",
    "interviews": "interviewed",
    "interview": "interviewed",
    "interviewing": "interviewed",
    "sample": "sampled",
    "samples": "sampled",
    "assessment": "assessed",
    "assessments": "assessed",
    "study": "surveyed",  # "a study of 12,000 young people": those it surveyed
    "studies": "surveyed",
    "asking": "asked",
    "asks": "asked",
    "including": "included",
    "includes": "included",
    "include": "included",
}
# The verbs and nouns of a survey reaching its sample that hear people or households only:
# "The survey covered 120 countries", "a study of 300 villages" heard no one.
_PEOPLE_ONLY_VERBS = frozenset(
    {"covered", "covering", "covers", "cover", "reached", "reaching", "reaches", "engaged"}
    | {"engaging", "engages", "involved", "involving", "involves", "sampled", "asked"}
    | {"asking", "asks", "included", "including", "includes", "include", "study", "studies"}
)
# What those who sent replies, responses or answers did.
_ANSWERED = {"replies": "replied", "responses": "responded", "answers": "answered"}
_ANSWERED |= {"feedback": "gave feedback"}
# The verbs and nouns whose sample is one only beside a survey named in their sentence.
_NEEDS_SURVEY = frozenset(
    {"sample", "samples", "results", "responses", "replies", "answers", "data"}
    | {"conducted", "carried out", "administered", "undertaken"}
)
# A count written as a year with no thousands separator names a cohort: "interviews with
# 2019 returnees", "a survey of 2018 arrivals" ("2,019 returnees" is a count).
_YEAR = re.compile(r"(?:19|20)\d\d")
# Places a survey was held in, the object of its verb, not those it heard: "polled 40
# countries", "surveyed 12 districts" (States and Governments answer questionnaires
# themselves; "replies from 113 countries" are Governments' replies).
_PLACES = word_set(
    "countries nations territories economies regions provinces districts cities towns"
    " municipalities locations"
)
# Nouns of what was won, not of who was heard: "polled 183 votes", "polled 12 seats".
_NO_SAMPLE_NOUNS = frozenset(("votes", "vote", "ballots", "seats", "points"))
# Verbs and nouns that make a sample only beside a survey, poll or study.
_NEEDS_CONTEXT = frozenset(
    {
        "interviewed",
        "interviewing",
        "interviews",
        "interview",
        "questioned",
        "consulted",
        "surveyed",
        "asked",
    }
)
# Those a survey hears in number, not an inquiry: "9,699 households were interviewed in 54
# camps", "UNHCR interviewed almost 4,800 refugees in six countries", "IOM interviewed 1,250
# key informants", "a sample of 3,960 displaced households" need no survey named ("The Panel
# interviewed 88 witnesses", "interviewed 35 officials and 12 detainees" are an inquiry's;
# women, men and children, whom both hear, need a survey named).
_SURVEYED_UNITS = (
    "households", "household members", "respondents", "informants", "adults", "people",
    "persons", "individuals", "youth", "migrants", "refugees", "returnees", "citizens",
    "residents", "farmers", "traders", "parents", "participants", "idps", "household heads",
    "heads of household", "heads of the household",
)  # fmt: skip
# Those a survey "assessed": households and the people who answer for them, not people
# screened for a purpose ("assessed for resettlement", "for eligibility", "as vulnerable").
_ASSESSED_UNITS = (
    "households", "families", "respondents", "individuals", "informants", "heads of household",
    "heads of the household", "household heads",
)  # fmt: skip
_ASSESSED_FOR = re.compile(r"\s{1,3}(?:for|as)\b", re.IGNORECASE)
# Interviews of a survey's kind by their own name, which no inquiry holds: "494 household
# interviews", "3,114 key informant interviews (KIIs)", "2,000 telephone interviews".
_SURVEY_INTERVIEWS = re.compile(
    r"(?:household|key\s{1,3}informant|telephone|phone|face-to-face|structured)\s{1,3}interviews$",
    re.IGNORECASE,
)
# Interviews held with those a survey hears: "carried out 6,000 interviews with migrants".
_WITH_SURVEYED = re.compile(
    r"\s{1,3}with\s{1,3}(?:the\s{1,3})?(?:[\w’'-]{1,25}\s{1,3}){0,2}?(?:"
    + "|".join(unit.replace(" ", r"\s{1,3}") for unit in _SURVEYED_UNITS)
    + r")\b",
    re.IGNORECASE,
)
# Interviews held with anyone: "with victims", "with 1,200 households".
_WITH_ANYONE = re.compile(r"\s{1,3}with\b", re.IGNORECASE)
# A further count of the same sample right after it ("interviewed 3,400 households and
# 17,000 individuals"); an age is none ("1,786 adults, 18 years of age or older").
_ANOTHER_COUNT = re.compile(
    rf"\s{{0,3}}(?:,|and\b|as{GAP}well{GAP}as\b)\s{{0,3}}(?:{GAP})?{_QUALIFIER}{COUNT_PATTERN}{GAP}"
    rf"(?!years?\b|and{GAP}(?:over|older|above)\b)",
    re.IGNORECASE | re.VERBOSE,
)
# Before the count: it is a whole ("Of the 150 staff surveyed", "of the 900 households").
_WHOLE_BEFORE = re.compile(r"\b(?:of|out\s{1,3}of)\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
# A year opening a clause where a count might be: "In 2020 staff ...", "since 2019".
_YEAR_BEFORE = re.compile(r"\b(?:in|since|during|by)\s{1,3}(?:1[89]|20)\d\d\s", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;:!?](?:\s|$)")
# After a sample's noun, the unit each such sample was taken in: "1,000 people in each country".
_EACH_AFTER = re.compile(
    r"\s{1,3}(?:(?:in|for|from)\s{1,3}(?:each|every)|per)\s{1,3}[a-z]", re.IGNORECASE
)


# Those heard, then where they were, right before the count of the places: "1.3 million
# people from 193 countries", "30,364 staff and non-staff personnel from across 31
# entities", "75,000 people speaking 87 languages across 77 countries". A few words may
# describe them; none may be a verb of their own clause ("people were trained in").
_SAMPLE_BEFORE_PLACES = re.compile(
    rf"""
    # (after a slash, a symbol's number: "resolution 48/216 B")
    (?<![\w.,’'/-]){_QUALIFIER}(?P<n>{_SAMPLE_COUNT}){GAP}{_NOUN}
    (?:{GAP}(?!(?:were|was|are|is|have|has|had|been|who|which|that|of|per)\b)[\w’'-]{{1,25}}){{0,5}}?
    # "people from 193 countries", "people speaking 87 languages": a participle that counts
    # something of theirs
    {GAP}(?:from|in|across|at|(?-i:[a-z]{{2,20}}ing))(?:{GAP}across)?{GAP}$
    """,
    _FLAGS,
)
_PLACES_REACH = 160


def sample_before_places(text: str, start: int, places: int) -> tuple[int, int, int, str] | None:
    """The count of those heard before the places they came from, ``places`` at ``start``.

    A survey counts people, not the countries they live in: in "More than 1.3 million
    people from 193 countries responded" the respondents are the 1.3 million. Returns
    the span of that count, its value and its noun, or None where no count larger than
    ``places`` comes right before a place phrase ending at ``start``.

    >>> text = "More than 1.3 million people from 193 countries responded."
    >>> sample_before_places(text, text.index("193"), 193)
    (10, 21, 1300000, 'people')
    >>> sample_before_places("Some 300 staff were trained in 40 countries", 31, 40) is None
    True
    """
    window = max(0, start - _PLACES_REACH)
    match = _SAMPLE_BEFORE_PLACES.search(text, window, start)
    if match is None:
        return None
    count = read_count(match["n"])[0]
    if count is None or count <= places:
        return None
    return match.start("n"), match.end("n"), count, " ".join(match["noun"].split())


# Before a count of those who would reply, a goal: "aims to collect responses from", "the
# objective is to gather responses from a minimum of", "hopes to reach": a target, no one
# has replied yet.
_AIMED_BEFORE = re.compile(
    r"\b(?:to|will|would|shall)\s{1,3}(?:gather|collect|receive|obtain|solicit|secure|get"
    r"|reach|elicit|hear\s{1,3}from)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?"
    r"(?:(?:responses|replies|answers|views|inputs|submissions)\s{1,3}from\s{1,3})?"
    r"(?:[\w'’-]{1,20}\s{1,3}){0,4}$",
    re.IGNORECASE,
)
_AIM_REACH = 100


def aimed_at(text: str, position: int) -> bool:
    """Whether the count at ``position`` is a goal of replies, not replies received.

    >>> aimed_at("The objective is to gather responses from a minimum of 1 million", 55)
    True
    >>> aimed_at("Responses were received from 1 million young people", 29)
    False
    """
    return _AIMED_BEFORE.search(text, max(0, position - _AIM_REACH), position) is not None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``start:end`` (from the last stop to the next)."""
    before = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=0
    )
    after = _SENTENCE_END.search(text, end)
    return text[before : after.start() if after else len(text)]


def _sample(text: str, match: re.Match[str], taken: Sequence[tuple[int, int]]) -> Tally | None:
    """The one-part survey of a sample ``match`` found, or None where it is none."""
    group = "n" if match["n"] else "n2"
    noun_group = "noun" if match.groupdict().get("noun") else "noun2"
    start, end = match.start(group), match.end()
    if any(lo < end and start < hi for lo, hi in taken):
        return None
    if match.re is not _SURVEY_OF and _WHOLE_BEFORE.search(
        text, max(0, match.start() - 12), match.start()
    ):
        return None  # (a survey's noun opens _SURVEY_OF: "an analysis of surveys carried out")
    if aimed_at(text, start):
        return None  # "aims to collect responses from 10,000 teachers": a target
    count = read_count(match[group])[0]
    if count is None or count < 2:
        return None
    if _YEAR.fullmatch(match[group]) and not match.groupdict().get("whole"):
        # "interviews with 2019 returnees": the year names which returnees ("2093 households
        # out of 13,246 households ... were interviewed" is a part of a whole, no year)
        return None
    if _EACH_AFTER.match(text, match.end()) is not None:
        return None  # "samples of 1,000 people in each country": a count per unit, no whole
    verb = " ".join((match.groupdict().get("verb") or "").lower().split())
    heard = " ".join((match.groupdict().get(noun_group) or "").lower().split())
    if match.re is _FORMS_COLLECTED:
        return _forms_collected(text, match, count, start, end)
    if match.re in (_REPLIES_RECEIVED, _NUMBER_OF_REPLIES):
        return _replies_counted(text, match, count, start, end)
    if match.re is _BASED_ON:
        return _based_on(text, match, count)
    if match.re is _VIEWS_GIVEN:
        return _views_given(text, match, count, start, end)
    if match.re is _ANSWERS_FROM and _COUNT_JUST_BEFORE.search(
        text, max(0, match.start() - _COUNT_BEFORE_REACH), match.start()
    ):
        # "The survey drew 3,412 responses from 121 countries": the responses are counted,
        # and the countries are where they came from, no second count of those who replied
        return None
    if (
        match.re is _ANSWERS_FROM
        and verb in ("feedback", "findings")
        and not heard.endswith((*_SURVEYED_UNITS, "beneficiaries"))
    ):
        # "findings from 12 countries", "feedback from 40 partners", "findings from 45
        # children examined": no one a survey heard
        return None
    if verb == "assessed" and (
        not heard.endswith(_ASSESSED_UNITS) or _ASSESSED_FOR.match(text, match.end())
    ):
        # "3,920 settlements were assessed", "1,400 children were assessed for malnutrition",
        # "12,000 households were assessed for eligibility": places, or people screened
        return None
    surveyed_unit = (verb != "asked" and heard.endswith(_SURVEYED_UNITS)) or (
        match.re is _INTERVIEWS_HELD
        and (_WITH_SURVEYED.match(text, end) is not None or _SURVEY_INTERVIEWS.search(heard))
    )
    if match.re is _INTERVIEWS_HELD and match["through"]:
        sentence = _sentence(text, start, end)
        if _WITH_SURVEYED.match(text, end) is None or (
            INQUIRY_CUE.search(sentence) and not _SURVEY_CONTEXT.search(sentence)
        ):
            # "through 40 interviews with officials": no one a survey hears; "From 12
            # interviews with refugees, the Mission learned ...": an inquiry's
            return None
    if (
        verb in _NEEDS_CONTEXT
        and surveyed_unit
        and match.re is not _INTERVIEWS_HELD
        and not heard.endswith(SURVEY_UNITS)
        and INQUIRY_CUE.search(_sentence(text, start, end))
        and not _SURVEY_CONTEXT.search(_sentence(text, start, end))
    ):
        return None  # "The mission ... interviewed 300 residents about the attacks": an inquiry's
    if verb in ("reached", "contacted") and DELIVERED.match(text, match.end()):
        return None  # "500 people were reached by the survey team with awareness messages"
    if (
        verb in _NEEDS_CONTEXT
        and not surveyed_unit
        and not _SURVEY_CONTEXT.search(_sentence(text, start, end))
        and not (verb == "asked" and _QUESTIONS_ASKED.match(text, end))
        and not (
            match.re is _ASKED_WHETHER and heard.endswith(_SURVEYED_UNITS) and not match["about"]
        )
    ):
        return None
    if (
        verb in _NEEDS_SURVEY
        and not (verb.startswith("sample") and heard.endswith(("households", "respondents")))
        and not _SURVEY_NAMED.search(_sentence(text, start, end))
    ):
        return None
    if match.re not in (_PASSIVE, _TOOK_SURVEY) and _ANOTHER_COUNT.match(text, end):
        return None
    if match.re is _TOOK_SURVEY and _YEAR_BEFORE.search(text, max(0, start - 12), end):
        return None  # "In 2020 staff completed the survey": a year
    if match.re is _TOOK_SURVEY and not _took_a_survey(text, match, start, end):
        return None
    if match.re is _TOOK_SURVEY and match["noun"] is None:
        opening = text[: match.start()].rstrip()
        if match["place"] is None and opening and opening[-1] not in ",.;:":
            return None  # a bare count only opens its clause: "Overall, 2,726 responded"
        return _sample_part(text, match, count, None, _took_label(match))
    noun = " ".join(match[noun_group].split())
    if noun.split()[-1].lower() in _NO_SAMPLE_NOUNS:
        return None  # "Kuwait polled 183 votes": what a candidate won
    if match.re is _SURVEY_OF and match["held"] and _PARTNERS_BEFORE.search(match["held"]):
        return None  # "conducted in partnership with 12 national NGOs": who held it, not whom
    if (
        match.re in (_SURVEY_OF, _HELD_AMONG)
        and match["held"]
        and _HELD_ELSEWHERE.search(match["held"])
    ):
        return None  # "The survey was conducted in March, while 2,000 refugees ...": no sample
    if match.re is _SURVEY_OF and verb.startswith("interview") and not _people_heard(noun):
        return None  # "interviews were conducted with 12 ministries": no one a survey hears
    if (
        match.re is _SURVEY_OF
        and verb.startswith("assessment")
        and (not noun.lower().endswith(_ASSESSED_UNITS) or _ASSESSED_FOR.match(text, match.end()))
    ):
        return None  # "an assessment of 40 schools", "of 2,000 children for malnutrition"
    if (
        match.re in (_SURVEY_REACHED, _SURVEY_OF)
        and verb in _PEOPLE_ONLY_VERBS
        and not _people_heard(noun)
    ):
        return None  # "The survey covered 12 topics", "a study of 45 countries": no one heard
    if (
        match.re is _SURVEY_REACHED
        and verb.startswith("includ")
        and _RELATIVE_AFTER.match(text, end)
    ):
        return None  # "The survey included 12 women who had fled": some of those heard
    if match.re is _ACTIVE and noun.split()[-1].lower() in _PLACES:
        return None  # "The poll surveyed 40 countries": where, not whom, it heard
    if match.re is _COMPOUND_SAMPLE:
        noun = _COMPOUND_PLURALS[noun.lower()]
    if match.re in (_PASSIVE, _TOOK_SURVEY) and (
        heard := sample_before_places(text, match.start(), count)
    ):
        # "75,000 people ... across 77 countries have been surveyed": the people were
        start, count_end, count, noun = heard
        if any(lo < end and start < hi for lo, hi in taken):
            return None
    if match.re is _CONTRIBUTIONS_DRAWN and not _ASKING_NAMED.search(_sentence(text, start, end)):
        return None  # "The Committee received 45 submissions": no one was asked
    if (
        match.re is _RESPONDENTS
        and (match["reached"] or "").lower().startswith(("includ", "compris"))
        and _RELATIVE_AFTER.match(text, end)
    ):
        return None  # "The survey included 12 respondents who had left": some of them
    if match.re is _VIEWS_HELD and represents_a_population(match[group], heard):
        return None  # "The poll reflects the views of 1.2 billion people": whom it stands for
    if match.re is _RESPONDENTS:
        label = "responded" if match["n2"] else "respondents"
        if (match["reached"] or "").lower().startswith(("includ", "compris")):
            # "The assessments include nearly 65,000 respondents": the survey's verb, as
            # "The research included over 1 million people" (_SURVEY_REACHED) has it
            label = "included" if match["reached"].lower().startswith("includ") else "comprised"
    elif match.re is _VIEWS_HELD:
        label = "responded"
    elif match.re is _CONTRIBUTIONS_DRAWN:
        label = "replied" if verb == "replies" else "responded"
    elif match.re is _TAKEN_BY:
        form = "questionnaire" if match["object"].lower().startswith("q") else "survey"
        label = {"taken": "took", "answered": "answered"}.get(verb, verb) + f" the {form}"
    elif match.re is _ANSWERS_FROM:
        # "attracted replies from 113 countries": they replied, as in "Replies were
        # received from 64 Governments"; results or data name no act of theirs
        label = _ANSWERED.get(verb, "respondents")
    elif match.re is _TOOK_SURVEY:
        label = _took_label(match)
    elif match.re is _HELD_AMONG:
        label = "surveyed"
    elif match.re is _SURVEY_OF and (match["prep"] or "").lower() == "targeting":
        label = "targeted"  # "a survey was conducted ... targeting 1,200 refugees"
    elif match.re is _SURVEY_OF and (asked := _ASKED_AFTER.match(text, match.end())):
        # "The sample of 1,850 adults who were interviewed ...": what was done to them
        label = asked["verb"].lower()
    else:
        label = _LABELS.get(verb, verb)
    if start != match.start(group):
        return _sample_part(text, match, count, noun, label, span=(start, count_end))
    tally = _sample_part(text, match, count, noun, label)
    if match.groupdict().get("whole") and (whole := read_count(match["whole"])[0]):
        if whole <= count:
            return None  # "400 households out of 300 ...": no whole it was drawn from
        tally.total = whole  # "1,621 households out of 10,338 households ... were interviewed"
    return tally


def _forms_collected(
    text: str, match: re.Match[str], count: int, start: int, end: int
) -> Tally | None:
    """The one-part survey of the forms or interviews a match of :data:`_FORMS_COLLECTED` counts.

    None where what was done with them makes no count of respondents ("300 surveys were
    conducted": survey exercises), or for interviews held in a sentence on no survey.
    """
    kind = match["verb"].lower()
    done = " ".join(match["done"].lower().split())
    one_form = kind == "surveys" and done == "completed" and len(match["noun"].split()) > 1
    if done not in _FORM_DONE[kind] and not one_form:
        return None  # "300 surveys were completed": exercises ("6,215 household surveys": forms)
    if (
        kind == "interviews"
        and done not in _HANDED_IN
        and not _SURVEY_CONTEXT.search(_sentence(text, start, end))
    ):
        return None
    if kind in ("responses", "replies") and not _ASKING_NAMED.search(_sentence(text, start, end)):
        return None  # "45 replies were received": to what, the sentence does not say
    if _ANOTHER_COUNT.match(text, end):
        return None  # "1,200 interviews were held, 400 with women and ...": a list's
    label = _FORM_LABELS[kind]
    if kind == "questionnaires" and done not in _HANDED_IN:
        label = "completed the questionnaire"  # "administered", "filled in": not yet returned
    return _sample_part(text, match, count, " ".join(match["noun"].split()), label)


# The word before "respondents (n=N)" or "the survey (n=N)" that leaves them the whole
# sample: a determiner or the survey's own noun ("all respondents", "survey respondents",
# "The survey"); any other word picks some of them or a unit ("female respondents",
# "each sample").
_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'-]*)\s{1,3}$")
_WHOLE_SAMPLE_BEFORE = frozenset(
    ("the", "all", "survey", "poll", "our", "these", "this", "its", "their", "total", "final")
)


def _replies_counted(
    text: str, match: re.Match[str], count: int, start: int, end: int
) -> Tally | None:
    """The one-part survey of replies received or of respondents numbered as such.

    Replies received count those who answered only where their sentence names what they
    answered ("The Committee received 45 submissions" asked no one); a share in
    parentheses is their rate, of those asked.

    >>> text = "The consultation closed in May, and we received 190 (52%) written responses."
    >>> tally = _replies_counted(text, _REPLIES_RECEIVED.search(text), 190, 44, 80)
    >>> tally.parts[0].category, tally.parts[0].count, tally.parts[0].percent
    ('responded', 190, 52.0)
    """
    if match.re is _REPLIES_RECEIVED and not _ASKING_NAMED.search(_sentence(text, start, end)):
        return None
    if _ANOTHER_COUNT.match(text, end):
        return None  # "received 120 responses, 40 from States and ...": a list's
    if match.re is _NUMBER_OF_REPLIES and match["asked"]:
        before = _WORD_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if before is not None and before[1].lower() not in _WHOLE_SAMPLE_BEFORE:
            # "female respondents (n=640)", "each sample (n=25)": some of them, or a unit
            return None
        if not match["asked"].lower().startswith("respondent"):
            # "The survey (n = 2,310)": those it heard, their noun unwritten
            label = _LABELS.get(match["asked"].lower().rstrip("s"), "surveyed")
            return _sample_part(text, match, count, None, label)
        return _sample_part(text, match, count, match["asked"], "respondents")
    noun = " ".join((match["noun"] or match["headed"]).split())
    label = _REPLIED.get(noun.split()[-1].lower(), "respondents")
    tally = _sample_part(text, match, count, noun, label)
    if match["share"]:
        share = Fraction(match["share"])
        if not 0 < share <= 100:
            return None
        tally.parts[0].percent = float(share)
        tally.parts[0].decimals = len(match["share"].partition(".")[2])
        base = match.groupdict().get("base")
        tally.parts[0].base = " ".join(base.split()) if base else None
    return tally


def _based_on(text: str, match: re.Match[str], count: int) -> Tally | None:
    """The one-part survey of the interviews or answers a match of :data:`_BASED_ON` counts.

    Interviews only in a paragraph that names a survey or with those a survey hears, and
    none with others ("based on 240 interviews with victims and witnesses").
    """
    kind = match["verb"].lower()
    if kind == "interviews":
        with_whom = _WITH_ANYONE.match(text, match.end())
        if with_whom is not None and _WITH_SURVEYED.match(text, match.end()) is None:
            return None  # "based on 240 interviews with victims": an inquiry's
        if with_whom is None and not _SURVEY_CONTEXT.search(text):
            return None  # "The report is based on 65 interviews conducted in the camps"
    if _ANOTHER_COUNT.match(text, match.end()):
        return None  # "based on 1,200 interviews and 40 focus groups": a list's
    noun = " ".join(match["noun"].split())
    return _sample_part(text, match, count, noun, _BASED_ON_LABELS[kind])


def _views_given(text: str, match: re.Match[str], count: int, start: int, end: int) -> Tally | None:
    """The one-part survey of those who gave their views (:data:`_VIEWS_GIVEN`), or None.

    States, Governments, countries and parties answer for their country, people for
    themselves; each in a sentence that names what asked them (a survey, poll,
    consultation, questionnaire or replies), except national reports and reviews, which
    a consultation of Member States asks for by name ("the 142 Member States that have so
    far completed national-level reviews").
    """
    noun = " ".join(match["noun"].split())
    head = noun.split()[-1].lower()
    bodies = head in _REPLYING_BODIES
    if not bodies and not _people_heard(noun):
        return None  # "40 meetings shared their findings", "12 NGOs expressed their views"
    if (match["national"] or match["reviewed"]) and not bodies:
        return None  # "300 teachers submitted their national reports": no one's country
    if match["reviewed"] is None and match["national"] is None:
        if not _VIEWS_ASKED.search(_sentence(text, start, end)):
            return None  # "At the debate, 40 delegations expressed their views": no one asked
    elif not (bodies or _VIEWS_ASKED.search(_sentence(text, start, end))):
        return None
    if match["place"] is None and _ANOTHER_COUNT.match(text, end):
        return None
    label = " ".join(match["given"].split())
    return _sample_part(text, match, count, noun, label)


def _took_a_survey(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Whether ``match`` of :data:`_TOOK_SURVEY` states who took a survey.

    A participle only after "with" ("with 437 managers completing the survey"; "the 40
    staff completing the survey will ..." is not yet done), and responses only submitted
    in a sentence that names a survey ("437 managers submitted a response").
    """
    if match["aside"] and match["noun"] is None:
        return False  # an aside only sets off those named: "In 2019, 300, ..., took part"
    if match["object"].lower().startswith("consultation") and not _people_heard(match["noun"]):
        return False  # "40 delegations took part in the consultations": a meeting's
    verb = match["verb"].split()[0].lower()
    if verb.endswith("ing") and not _WITH_BEFORE.search(
        text, max(0, match.start() - 24), match.start()
    ):
        return False
    if match["object"].lower().startswith("response"):
        return verb.startswith("submit") and bool(_SURVEY_NAMED.search(_sentence(text, start, end)))
    return True


def _people_heard(noun: str | None) -> bool:
    """Whether ``noun`` names people or households a survey or consultation hears."""
    if not noun:
        return False
    noun = " ".join(noun.lower().split())
    return noun.split()[-1] in _HEARD or noun.endswith(_SURVEYED_UNITS)


def _took_label(match: re.Match[str]) -> str:
    """What those ``match`` found did: "took part", "completed the questionnaire"."""
    verb, *particle = match["verb"].lower().split()
    if particle[:1] == ["part"]:  # "took part in", "had taken part in"
        return "took part"
    if verb in _TOOK_LABELS:
        return _TOOK_LABELS[verb]
    noun = "questionnaire" if match["object"].lower().startswith("q") else "survey"
    return " ".join([_PAST.get(verb, verb), *particle, "the", noun])


def _sample_part(
    text: str,
    match: re.Match[str],
    count: int,
    noun: str | None,
    label: str,
    *,
    span: tuple[int, int] | None = None,
) -> Tally:
    """The one-part survey of ``count`` (of ``noun``) that ``match`` found, as ``label``.

    ``span`` is the count's own when it is not the match's (a count of people before the
    places the match counted).
    """
    group = "n" if match["n"] else "n2"
    start, count_end = span or (match.start(group), match.end(group))
    part = Part(
        label,
        count,
        start,
        match.end(),
        counted=noun,
        qualifier=qualifier_of(text, start, count_end),
    )
    return Tally("survey", part.start, part.end, [part], subject=noun)


def find_sample_sizes(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Tally]:
    """Find the counts of people or bodies a survey heard, stated alone.

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
    >>> [(t.parts[0].category, t.parts[0].count, t.subject) for t in find_sample_sizes(
    ...     "In the first round, 3,076 households were surveyed in 60 locations.")]
    [('surveyed', 3076, 'households')]
    >>> find_sample_sizes("The Panel interviewed 88 witnesses about the attacks.")
    []
    """
    lower = text.lower()
    if not any(word in lower for word in SAMPLE_SIZE_WORDS):
        return []
    found: list[Tally] = []
    views_given: list[Tally] = []
    spans = list(taken)
    for pattern, windows in _PATTERN_WINDOWS:
        for match in matches_near(pattern, text, lower, windows):
            tally = _sample(text, match, spans)
            if tally is not None:
                if pattern is _VIEWS_GIVEN:
                    views_given.append(tally)
                found.append(tally)
                spans.append((tally.start, tally.end))
                later = _next_round(text, tally)
                if later is not None and not any(
                    lo < later.end and later.start < hi for lo, hi in spans
                ):
                    found.append(later)
                    spans.append((later.start, later.end))
    found = _with_views_joined(text, found, views_given)
    return sorted(found, key=lambda tally: tally.start)


# Between two clauses of those who gave their views: "..., while 10 Governments have sent".
_VIEWS_JOINED = re.compile(r"[^.;!?]*?(?:,|\b(?:while|whereas|and)\b)[^.;!?]*", re.IGNORECASE)


def _with_views_joined(text: str, found: list[Tally], views_given: list[Tally]) -> list[Tally]:
    """``found`` with the views given in clauses of one sentence joined as one survey.

    "62 States have made known their views ..., while 10 Governments have sent interim
    replies": both answered one letter (two parts, no total).
    """
    if len(views_given) < 2:
        return found
    views_given = sorted(views_given, key=lambda tally: tally.start)
    first = views_given[0]
    for later in views_given[1:]:
        if not _VIEWS_JOINED.fullmatch(text, first.end, later.start):
            first = later
            continue
        first.parts.extend(later.parts)
        first.end = later.end
        found = [tally for tally in found if tally is not later]
    return found


# A sample stated for a round, then another round's sample in a parallel clause with its
# noun elided or repeated: "reached 3,000 households in round 2 and 2,800 in round 3",
# "... in the first round and 2,650 (households) in the second (round)".
_ROUND_NAME = (
    r"(?:(?:round|wave|phase|cycle)\s{1,3}\d{1,2}"
    r"|(?:first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))"
    r"(?:\s{1,3}(?:round|wave|phase|cycle))?)\b"
)
_NEXT_ROUND = re.compile(
    rf"""
    {GAP}in{GAP}(?:the{GAP})?(?P<first>{_ROUND_NAME})
    \s{{0,3}},?{GAP}(?:and|while|with)
    {GAP}(?:(?:some|about|around|nearly|almost|over|another|a{GAP}further){GAP})?
    (?P<n>{COUNT_PATTERN})(?:{GAP}(?P<noun>[A-Za-z][\w’'-]{{1,25}}))?
    {GAP}in{GAP}(?:the{GAP})?(?P<later>{_ROUND_NAME})
    """,
    _FLAGS,
)


def _next_round(text: str, tally: Tally) -> Tally | None:
    """The sample of the next round, stated in parallel right after a round's sample.

    Each round's sample is a survey of its own (no part of one whole, as the replies to
    two rounds are): "The survey reached 3,000 households in round 2 and 2,800 in round
    3" gives 2,800 "reached" beside the 3,000. The later count's noun, where written,
    must be the first's; the first must name a round of the same kind.

    >>> text = "The survey reached 3,000 households in round 2 and 2,800 in round 3."
    >>> first = Tally("survey", 19, 35, [Part("reached", 3000, 19, 35, counted="households")])
    >>> later = _next_round(text, first)
    >>> (later.parts[0].category, later.parts[0].count, later.parts[0].counted)
    ('reached', 2800, 'households')
    >>> _next_round("reached 3,000 households in May and 2,800 in round 3.", Tally(
    ...     "survey", 8, 24, [Part("reached", 3000, 8, 24, counted="households")])) is None
    True
    """
    if len(tally.parts) != 1:
        return None
    found = _NEXT_ROUND.match(text, tally.end)
    if found is None:
        return None
    first = tally.parts[0]
    noun = found["noun"]
    if noun is not None and (
        not first.counted or noun.lower() != first.counted.split()[-1].lower()
    ):
        return None  # "... and 2,800 children in round 3": another group
    count = read_count(found["n"])[0]
    if count is None or count < 2:
        return None
    part = Part(
        first.category,
        count,
        found.start("n"),
        found.end(),
        counted=first.counted,
        counted_inherited=first.counted is not None,
        qualifier=qualifier_of(text, found.start("n"), found.end("n")),
    )
    return Tally("survey", part.start, part.end, [part], subject=tally.subject)
