"""Survey replies: how many of a stated whole answered a questionnaire, and what they said.

The enumeration grammar (:mod:`~surveystats.extract.tally_enumerations`) reads surveys of
two or more answers and single counts of those who replied. This module reads the survey
sentences that state one part of a whole, and names what every one-count survey fact did:

1. *A part of those asked.* "Of the 180 States invited to complete the questionnaire, 97
   did so", "Of the 110 countries surveyed, 72 returned the questionnaire", "The survey
   was sent to 160 Governments; 88 replied, a response rate of 55 per cent", "The
   questionnaire was circulated to all 193 Member States, of which 101 responded": a
   survey whose ``total`` is the whole that was asked and whose one part is those who
   replied, the category saying what they did ("replied", "completed the questionnaire").
   The whole must have been asked (invited, surveyed, sent or circulated a questionnaire,
   ...): "Of the 193 Member States, 112 did so" says nothing of a survey and is none.
2. *N of the M who replied.* "By 1 May, 76 of the 191 Member States had responded to the
   survey", "Only 19 of the 53 African States replied to the questionnaire": total M, one
   part N; "3 of the 15 judges dissented" or "two of the five permanent members" state no
   reply and are none here. Two such subjects may share one verb ("Seven of the 9
   commissions and 20 of the 26 offices replied": two surveys), and a response rate
   after the whole is the part's share where it is the part over the whole ("from 21 of
   the 28 organizations, a response rate of 75 per cent").
3. *A response rate with its counts.* "The questionnaire had a response rate of 48 per cent
   (93 of 193 Member States)": total 193, one part 93 "responded" with percent 48.
4. *One part of the respondents.* "Of the 72 respondents, 51 (71 per cent) found the
   manual useful", "Replies were received from 63 Governments, of which 45 reported having
   a national strategy": one tally whose ``total`` is the number who replied (as in the
   many-part "Ninety-one Governments answered the questionnaire, of which sixty were in
   favour, ...") and whose one part is what some of them said. The count of respondents is
   then the total, not a second tally.

5. *One part of a whole no one asked* (a decision of the lead: one part of a stated whole
   is a tally). The same shapes with no reply and no respondents ("Of the 64 projects, 48
   were completed on time", "Only 3 of the 12 recommendations have been implemented",
   "The Committee held 20 meetings, 5 of which were closed", "Three out of the 15 judges
   dissented") are a ``breakdown`` with that ``total`` and one part whose category is
   what the part is or did, auxiliaries left out ("completed on time", "implemented").
   A group that holds a part with its share, the whole after the share ("Women held
   1,218, or 38.6 per cent, of the 3,155 posts"), is one where the share is the count's
   share of that whole as rounded; the category is the group.
   The part must be the subject of its clause ("has ratified 10 out of the 12
   conventions" is none), a count above zero ("none of the six") and no rate ("four out
   of ten Ecuadorians"); a relative clause after the whole ("one of the 15 members who
   spoke") and "did so" with nothing asked state no part.

6. *One part in per cent*. A share after a stated whole ("Of the 4.1 million displaced
   persons, 47 per cent were women") or with the whole after it ("About 45 per cent of
   the 3.1 million children were girls") is forms 1 and 5 with the part in per cent (a
   survey where the whole replied, else a breakdown); a share of those who replied
   with no whole count ("Sixty-two per cent of the Governments that responded
   indicated ...", "35 per cent of respondents reported ...") is a survey of one part
   with no total. The part's ``count`` is empty, its ``percent`` the share.

7. *Splits of those who replied, read across clauses.* A count of those who replied and
   its split in the next sentence ("In total, 57 States responded. Forty of them ...",
   ". Of these, ...") are one tally whose total is that count, where the parts fit in it;
   a part of a part ("35 reported joint programmes; among them, 22 had secured funding")
   is a tally of its own whose total is the first part; shares with their counts in
   parentheses and verbs elided ("36 per cent (81) of the responding entities said ...,
   and 64 per cent (144) that ...") are one survey where one number of respondents
   gives every share from its count. Shares of those who replied that add up to more
   than the whole ("85 per cent ..., but only 41 per cent ...") overlap and are none.
   A split in the next sentence that names them otherwise is theirs when its counts add
   up to them exactly ("... from 62 Governments. Most came from Africa (25), followed by
   Europe (20) and Asia (17)"); parts after one part of a whole, their verbs or nouns
   elided, are its next parts when they fit in it ("Of the 48 States replying, 30
   supported a protocol adopted in 2002, 12 opposed it and 6 had no view": the year
   ends the enumeration, not the split).

8. *Answers as asked, shares in parentheses.* Answers quoted as worded in the
   questionnaire, each with its share or count in parentheses ("“agree” (44 per cent),
   “disagree” (10 per cent) and ...") are one survey labelled by the answers, in place
   of a reading of the same figures with worse labels; a share of the respondents with
   its count in parentheses ("12 per cent of respondents (19 entities) had ...") or in
   parentheses after them ("Almost half of the respondents (47 per cent) said ...") is a
   survey of one part. A quantity in words made exact in parentheses ("Among the
   offices that responded, a clear majority (19 out of 27) held hearings") is one part
   of the figure after "out of", where the figures agree with the words.

A one-count survey fact ("Replies were received from 64 Governments", "Ninety-seven
countries responded to the questionnaire") keeps its counted noun in ``counted`` and
``subject``; its category says what they did, as in a survey of many parts (where the
category is the answer and ``counted`` who gave it): "replied", "responded", "answered",
"completed the questionnaire", "returned the questionnaire". Nominal forms are read as
their verb: "replies were received from" -> "replied", "responses from" -> "responded".
What answers a request is a reply too: submissions or inputs received from those who sent
them ("The secretariat received 23 written submissions from Parties": "submitted"),
contributions only where a request is named ("in response to the note verbale"; else
they may be money); reports asked for by a text ("105 States had submitted their national
reports pursuant to resolution 70/1", "150 countries reported on progress in response to
the survey", "In response to the note verbale, 41 Member States provided information":
"responded"). A report with no request named ("Thirty States submitted national reports
on ...") is none. Figures given to a survey are named as given ("75 countries provided data
for the Ninth Survey", "Data were provided by 88 countries": "provided data"; "reported data
for the 2023 round of the questionnaire": "reported data"), and a survey or consultation
contributed to is replied to ("29 Governments contributed to the consultation":
"contributed"; "contributed to the trust fund" is none).

Each form is a bounded pattern at an item's position or a look at the next item: linear
time.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from fractions import Fraction

from surveystats.extract.labels import series_goes_on
from surveystats.extract.phrases import qualifier_of
from surveystats.extract.tally_enumerations import (
    RESPONDENT_BASE,
    inside_spans,
    is_count_beside_whole,
    of_respondents,
)
from surveystats.extract.tally_fraction_subjects import contradicts_share_words
from surveystats.extract.tally_items import (
    AUXILIARIES,
    CONTRIBUTION_PHRASES,
    CONTRIBUTION_VERBS,
    NOT_COUNT_AFTER,
    PEOPLE_NOUNS,
    REST_NAMED_AFTER,
    THAT_REPLIED,
    VERBS,
    Item,
    is_appositive_part,
    is_placed_part,
    places_part_of,
    speaks_of_survey,
    verb_group,
    word_set,
    year_in_whole,
)
from surveystats.extract.tally_parts import (
    INTENSIFIER_BEFORE_SHARE,
    NOT_A_SCALE_AFTER_A_FIGURE,
    SCALED_COUNT_PATTERN,
    YEAR_FIGURE,
    Part,
    SpanIndex,
    Tally,
    holds_any,
    read_count,
)
from surveystats.extract.tally_sample_sizes import NOT_THE_SURVEY_ITSELF, aimed_at
from surveystats.extract.tally_share_whole import count_named_before
from surveystats.text import NUMBER_WORDS, sentence_starts
from surveystats.text.dates import MONTH_PATTERN

__all__ = [
    "REPLY_CATEGORY",
    "find_lone_respondent_shares",
    "find_surveys",
    "nests_in",
    "reply_category",
]

#: The categories :func:`reply_category` gives: a part that counts those who replied.
REPLY_CATEGORY = re.compile(
    r"^(?:replied|responded|answered|submitted|filled\sin|contributed"
    r"|(?:provided|submitted|reported|supplied|sent|transmitted)\sdata"
    r"|(?:completed|returned|answered|submitted|filled\sin)\sthe\s(?:questionnaire|survey))$"
)
# A request that a report answers: "pursuant to resolution 70/1", "in response to the
# survey", "as requested by the Conference", "under article 40".
_REQUEST_NAMED = (
    r"(?:(?:in\s{1,3}(?:response|reply|answer)\s{1,3}to|pursuant\s{1,3}to|under"
    r"|in\s{1,3}accordance\s{1,3}with)\s{1,3}(?:(?:the|a|an|its|his|her|their|this|that)\s{1,3})?"
    r"(?:[\w-]{1,25}\s{1,3}){0,3}?(?:surveys?|questionnaires?|requests?|notes?\s{1,3}verbales?"
    r"|calls?|invitations?|resolutions?|decisions?|paragraphs?|articles?|letters?|inquir(?:y|ies))"
    r"|as\s{1,3}requested)"
)
# What a count that replied did, as written after it (auxiliaries already read off):
# "replied", "had responded to the survey", "completed the questionnaire", "did so",
# "submitted replies", "returned completed questionnaires", "sent replies".
_ACTION = re.compile(
    r"(?:(?:had|have|has)\s{1,3})?"
    r"(?:(?P<plain>replied|responded|answered)\b(?!\s{1,3}(?:that|whether|yes|no)\b)"
    r"|(?P<did_so>did\s{1,3}so)\b"
    r"|(?P<verb>completed|returned|submitted|answered|filled\s{1,3}(?:in|out))"
    r"\s{1,3}(?:the|a|their|its)?\s{0,3}(?:[\w-]{1,25}\s{1,3}){0,2}?"
    r"(?P<object>questionnaires?|surveys?|replies|responses|answers)\b"
    r"|(?:sent|provided|submitted|transmitted)\s{1,3}(?:a\s{1,3}|their\s{1,3})?"
    r"(?P<noun>replies|reply|responses|response|answers)\b"
    # "provided information in response to the note verbale", "submitted reports on the
    # implementation of resolution 56/115": they answered a request
    r"|(?P<answered_with>(?:sent|provided|submitted|transmitted|contributed)\s{1,3}"
    r"(?:written\s{1,3})?"
    r"(?:(?:information|input|inputs|comments|views|contributions|submissions)"
    r"\s{1,3}(?:in\s{1,3}(?:response|reply)\s{1,3}to|pursuant\s{1,3}to|as\s{1,3}requested"
    # "provided written inputs to the questionnaire"
    r"|(?:for|to)\s{1,3}(?:the|a|its|their)\s{1,3}(?:[\w'’+-]{1,25}\s{1,3}){0,4}?"
    r"(?:surveys?|questionnaires?|calls?\s{1,3}for\s{1,3}inputs?)\b)"
    r"|information\s{1,3}for\s{1,3}(?:the\s{1,3})?(?:present|current|this)\s{1,3}report"
    r"|information\s{1,3}on\s{1,3}(?:the\s{1,3})?(?:implementation|(?:action|measures|steps)"
    r"\s{1,3}taken)|reports?\s{1,3}on\s{1,3}(?:the\s{1,3})?(?:action|measures|steps)"
    r"\s{1,3}taken)"
    # "have provided the information requested": what was asked for
    r"|(?:sent|provided|submitted|transmitted|furnished)\s{1,3}(?:the\s{1,3})?"
    r"(?:information|data|inputs?|views|comments)\s{1,3}(?:requested|sought|asked\s{1,3}for)\b"
    # "had submitted their national reports pursuant to resolution 70/1", "reported on
    # progress in response to the survey": a report asked for by a text or a request (a
    # report with no request named is none: "submitted national reports on ...")
    r"|(?:(?:sent|provided|submitted|transmitted)\s{1,3}(?:(?:their|its)\s{1,3})?"
    r"(?:[\w-]{1,25}\s{1,3}){0,5}?reports?"  # "their combined second and third reports"
    r"|reported\b[^.;:()\d]{0,80}?)\s{1,3}" + _REQUEST_NAMED + r")\b"
    # "completed it", "returned them": the questionnaire named before
    r"|(?P<pronoun_verb>completed|returned|answered)\s{1,3}(?:it|them)\b"
    # "provided data for the Ninth Survey", "reported data for the 2023 round of the
    # questionnaire": they gave a survey its figures
    r"|(?P<data_verb>provided|submitted|reported|supplied|sent|transmitted)\s{1,3}"
    r"(?:(?:their|its)\s{1,3})?(?:data|statistics)\s{1,3}(?:for|to)\s{1,3}"
    r"(?:the|a|its|their)\s{1,3}(?:[\w'’+-]{1,25}\s{1,3}){0,6}?"
    r"(?:surveys?|questionnaires?|inquiry|enquiry)\b"
    # "contributed to the consultation": a survey's, never a fund's
    r"|(?P<contributed>contributed)\s{1,3}(?:to|in)\s{1,3}(?:the|a|an|its|their)\s{1,3}"
    # "to the online survey", not "to the trust fund for the survey"
    r"(?:(?!(?:for|of|to|on)\s)[\w'’+-]{1,25}\s{1,3}){0,3}?(?:surveys?|questionnaires?"
    r"|consultations?"
    r"|calls?\s{1,3}for\s{1,3}(?:inputs?|contributions|submissions)|inquiry|enquiry)\b)",
    re.IGNORECASE,
)
# "... responses were received" after a count of replies: they replied.
_RECEIVED = re.compile(r"(?:(?:were|had\s{1,3}been|have\s{1,3}been)\s{1,3})?received\b")
_REPLY_NOUNS = {"replies": "replied", "reply": "replied", "responses": "responded"}
_REPLY_NOUNS |= {"response": "responded", "answers": "answered", "answer": "answered"}
# "questionnaires were received from", "had received the completed questionnaire from"
_FORMS = dict.fromkeys(("questionnaires", "questionnaire"), "returned the questionnaire")
# "Information was received from 12 States", "views had been received from 28"
_FORMS |= dict.fromkeys(("information", "views", "comments", "observations"), "responded")
_FORMS |= dict.fromkeys(("contributions", "submissions", "inputs"), "submitted")
# The whole was asked: written in its phrase before the comma ("Of the 180 States invited
# to complete the questionnaire,", "Of the 110 countries surveyed,").
_ASKED = re.compile(
    r"\b(?:invited|asked|requested|surveyed|polled|consulted|canvassed|approached|contacted)\b"
    r"|\b(?:questionnaires?|surveys?|note\s{1,3}verbale|inquiry|enquiry)\b",
    re.IGNORECASE,
)
# "invited to complete the questionnaire": what "did so" refers back to.
_ASKED_TO = re.compile(
    r"\bto\s{1,3}(?P<verb>reply|respond|answer|complete|return|fill\s{1,3}(?:in|out)|submit)\b"
    r"(?:\s{1,3}(?:to\s{1,3})?(?:the|a|their|its)?\s{0,3}(?:[\w-]{1,25}\s{1,3}){0,2}?"
    r"(?P<object>questionnaires?|surveys?)\b)?",
    re.IGNORECASE,
)
_QUESTIONNAIRE = re.compile(r"\b(?:questionnaires?|surveys?)\b", re.IGNORECASE)
_PAST = {"reply": "replied", "respond": "responded", "answer": "answered", "submit": "submitted"}
_PAST |= {"complete": "completed", "return": "returned"}
# The whole is those who replied: "Of the 72 respondents,", "Of the 58 Governments that
# replied,", "Of the 41 replies received,".
_RESPONDENTS = re.compile(
    r"^(?:respondents?|replies|responses|(?:responding|reporting)\s{1,3}[\w ]{1,30})$"
    r"|^respondent\s{1,3}[\w ]{1,30}$",
    re.IGNORECASE,
)
# After the noun of a whole, the participle that says they replied: "Of the 54 Governments
# responding,", "Of the 40 States replying to the survey,".
_RESPONDING_AFTER = re.compile(r"^\s{1,3}[\w -]{1,40}?\s(?:responding|replying)\b")
# The questionnaire went to the whole: "The survey was sent to 160 Governments",
# "the questionnaire was circulated to all 193 Member States". Read in the 120 characters
# before the count.
_SENT_TO = re.compile(
    r"\b(?:questionnaires?|surveys?|note\s{1,3}verbale|notes\s{1,3}verbales|requests?|"
    r"letters?|communications?)\b[^.;:]{0,60}?"
    # "the questionnaire sent to 600 organizations": a reduced relative clause
    r"\b(?:(?:was|were|had\s{1,3}been|has\s{1,3}been|have\s{1,3}been)\s{1,3})?"
    r"(?:sent|went|circulated|transmitted|addressed|distributed|dispatched|mailed|e-?mailed|"
    r"forwarded)\s{1,3}"
    r"to\s{1,3}(?:all\s{1,3}(?:the\s{1,3})?|the\s{1,3}|a\s{1,3}total\s{1,3}of\s{1,3})?$",
    re.IGNORECASE,
)
_SENT_REACH = 120
# Between the whole that was sent a questionnaire and the part that replied.
_SENT_GAP = re.compile(
    r"(?P<more>\s{1,3}and\s{1,3}[a-z][\w-]{1,25}(?=\s{0,3}[;,]))?"  # "countries and territories"
    # which of them: "600 organizations within the disability field. 163 ... responded"
    r"(?:\s{1,3}(?:in|within|from|across|working\s{1,3}in)\s{1,3}[^.;:,()\d]{1,60}?"
    r"(?=\s{0,3}[.;,]))?"
    r"\s{0,3}(?:[;,]\s{0,3}(?:and\s{1,3}|of\s{1,3}(?:which|whom|these|those)\s{1,3})?"
    r"|\s{1,3}and\s{1,3}|\s{0,3},?\s{0,3}of\s{1,3}(?:which|whom)\s{1,3}"
    # the next sentence names them again: "... to 218 offices. Of these, 122 responded"
    r"|\s{0,3}\.\s{1,3}(?:Of|Among)\s{1,3}(?:these|those|them)\s{0,3},?\s{1,3}"
    # or opens on the part: "... to 193 Member States. Eighty-seven replied"
    r"|\s{0,3}\.\s{1,3})"
    # when the part replied, before it: "; by 30 June, 87 had replied", ". As at 1 May, 64"
    r"(?:(?:by|as\s{1,3}(?:at|of)|to\s{1,3}date|so\s{1,3}far|at\s{1,3}the\s{1,3}time"
    r"\s{1,3}of\s{1,3}writing)\b[^.;:()]{0,40}?,\s{1,3})?"
    r"(?:(?:only|just|some|a\s{1,3}total\s{1,3}of|in\s{1,3}all)\s{1,3})?$",
    re.IGNORECASE,
)
_DATES_BEFORE_REPLY = 2  # numbers of kind "other" in when the part replied ("by 30 June")
# After the part: its share, written as a response rate or in parentheses.
# The rates of a survey: "response rate", "participation rate", "return rate".
_RATE = r"(?:response|participation|return|completion|reply)\s{1,3}rate"
_RATE_GAP = re.compile(
    r"\s{0,3}(?:,\s{0,3})?(?:(?:a|giving\s{1,3}a|representing\s{1,3}a|for\s{1,3}a|"
    rf"or\s{{1,3}}a)\s{{1,3}}{_RATE}\s{{1,3}}of\s{{1,3}}|\(\s{{0,2}}|representing\s{{1,3}}|"
    r"or\s{1,3})$",
    re.IGNORECASE,
)
# Before a percentage that is a response rate: "a response rate of", "The response rate
# was".
_RATE_BEFORE = re.compile(
    rf"\b{_RATE}\s{{1,3}}(?:was|of|stood\s{{1,3}}at|reached|is|were)\s{{1,3}}"
    r"(?:(?:only|just|about|some|nearly|almost)\s{1,3})?$",
    re.IGNORECASE,
)
_RATE_REACH = 60
# A count in parentheses after a rate: "(93 of 193 Member States)", "(87 out of 193)".
_OUT_OF = re.compile(r"\s{1,3}out\s{1,3}of\s{1,3}(?:the\s{1,3})?$")
#: (start, end) of a tally, or (start, end, counted) when the counted noun is not the item's.
Span = tuple[int, int] | tuple[int, int, str | None]
_CLAUSE_END = re.compile(r"[,;:.()]|\s(?:and|but|while|whereas|which|who)\s")
_LABEL_REACH = 160


def _more_parts_follow(text: str, end: int, following: Item | None) -> bool:
    """Whether the item ``following`` may be a further part of a split that ends at ``end``.

    It must start within :data:`_LABEL_REACH` characters, in the same sentence: "840
    million people, nearly 20 per cent of whom are children. 70 per cent of the poor are
    women" states one part of the first whole, the next sentence no second part of it;
    and in the same clause as the part, no relative clause opened between them: "the 49
    least developed countries, 34 of which are in Africa, and to alleviate the poverty
    under which 600 million people live" counts those people in a clause of their own.
    A further part follows a joint of a list (a comma, "and", "while" ...): a figure
    inside a participle's phrase is the label's own ("42 per cent of these 96 responses
    were to emergencies affecting more than 1 million people").
    """
    if following is None or following.prefix_start - end >= _LABEL_REACH:
        return False
    between = text[end : following.start + 1]
    return (
        len(sentence_starts(between)) == 1
        and _RELATIVE_BETWEEN.search(between) is None
        and _LIST_JOINT.search(text, end, following.prefix_start) is not None
    )


# A relative clause opened between two figures: "..., and to alleviate the poverty under
# which", "the region, where", "those who".
_RELATIVE_BETWEEN = re.compile(r"\s(?:which|whom|who|whose|where)\s")
# What joins the parts of a list: a mark, or a conjunction between two figures' clauses.
_LIST_JOINT = re.compile(r"[,;:()–—]|\s(?:and|or|while|whereas|but|than|against|versus)\s")


def _action(text: str, start: int, end: int) -> re.Match[str] | None:
    """The reply action written at ``start`` (the label of a count), if any."""
    return _ACTION.match(text, start, end)


def reply_category(action: re.Match[str], asked: str = "") -> str:
    """The category of a count that replied, from its action (a match of ``_ACTION``).

    ``asked`` is the phrase of the whole it refers back to, for "did so" ("invited to
    complete the questionnaire" -> "completed the questionnaire").
    """
    if action["plain"]:
        return action["plain"].lower()
    if action["answered_with"]:
        return "responded"
    if action["noun"]:
        return _REPLY_NOUNS[action["noun"].lower()]
    if action["data_verb"]:  # "provided data for the Ninth Survey"
        return f"{action['data_verb'].lower()} data"
    if action["contributed"]:
        return "contributed"
    if action["pronoun_verb"]:  # "completed it": the questionnaire named before
        named = _QUESTIONNAIRE.search(asked)
        noun = _singular(named[0]) if named is not None else "questionnaire"
        return f"{action['pronoun_verb'].lower()} the {noun}"
    if action["did_so"]:
        asked_to = _ASKED_TO.search(asked)
        if asked_to is None:
            return "responded"
        verb = " ".join(asked_to["verb"].lower().split())
        past = _PAST.get(verb, "filled in" if verb.startswith("fill") else "responded")
        if asked_to["object"] and verb not in ("reply", "respond"):
            return f"{past} the {_singular(asked_to['object'])}"
        return past if verb in _PAST else "responded"
    verb = " ".join(action["verb"].lower().split())
    obj = action["object"].lower()
    if obj in _REPLY_NOUNS:
        return _REPLY_NOUNS[obj]  # "submitted replies": they replied
    return f"{verb} the {_singular(obj)}"


def _singular(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("ies"):
        return noun[:-3] + "y"  # "inquiries"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the clause that starts at ``start`` ends (a stop, a joiner or 160 characters).

    A comma inside a series of words ends nothing: "said they were somewhat, very or
    extremely worried about prices".
    """
    reach = min(limit, start + _LABEL_REACH)
    stop = _CLAUSE_END.search(text, start, reach)
    while stop is not None and stop.group() == "," and series_goes_on(text, stop.start()):
        stop = _CLAUSE_END.search(text, stop.end(), reach)
    end = stop.start() if stop is not None else reach
    while end > start and text[end - 1] in ' \t\n"”’':
        end -= 1
    return end


def _label_start(text: str, item: Item) -> int:
    """Where the words after an item's number (and its share) start."""
    position = item.head_end
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _verb_label(text: str, item: Item, limit: int) -> tuple[str, int] | None:
    """The clause after a count as a category ("considered the guidelines useful")."""
    if not item.verb:
        return None
    start = item.verb_end - len(item.verb)
    if text[start : item.verb_end] != item.verb:
        return None
    end = _clause_end(text, item.verb_end, limit)
    label = " ".join(text[start:end].split())
    auxiliaries = (item.auxiliary or "").split()
    if "not" in auxiliaries:
        label = f"did not {label}" if not label.startswith("not") else label
    return (label, end) if label else None


# A perfect after a count, which the item reader left without a verb: "had experienced",
# "had already been consulted" ("were women" says who they were).
_PERFECT = re.compile(
    r"(?:had|have|has)\s{1,3}(?:(?:been|already|ever|never)\s{1,3})?[a-z]{3,}ed\b"
)


def _perfect_label(text: str, item: Item, limit: int) -> tuple[str, int] | None:
    """The clause after a count that opens on a perfect, as a category, or None.

    "had experienced an incident of harassment", after the count's noun and share.
    """
    start = _label_start(text, item)
    if _PERFECT.match(text, start, limit) is None:
        return None
    end = _clause_end(text, start, limit)
    return " ".join(text[start:end].split()), end


_AUXILIARY = re.compile(r"(?:were|was|are|is|had|have|has)\s{1,3}(?=[a-z])")
_WORD_START = re.compile(r"[a-z]")


def _clause_label(text: str, start: int, limit: int) -> tuple[str, int]:
    """The predicate written at ``start`` and where it ends.

    Without its auxiliary ("were in favour" -> "in favour"); an empty label when no word
    in lower case starts it.
    """
    while start < limit and text[start].isspace():
        start += 1
    if not _WORD_START.match(text, start):
        return "", start
    end = _clause_end(text, start, limit)
    auxiliary = _AUXILIARY.match(text, start, end)
    label_start = auxiliary.end() if auxiliary is not None else start
    return " ".join(text[label_start:end].split()), end


def _share_after(text: str, items: list[Item], index: int, end: int) -> tuple[Item | None, int]:
    """A percentage right after a part ("(55 per cent)", ", a response rate of 55 per cent")."""
    if index + 1 >= len(items):
        return None, end
    after = items[index + 1]
    if after.kind != "percent" or after.percent is None or after.prefix_start < end:
        return None, end
    if not _RATE_GAP.match(text[end : after.prefix_start]):
        return None, end
    close = after.head_end
    if text[after.prefix_start - 1 : after.prefix_start] == "(" or "(" in text[end : after.start]:
        while close < len(text) and text[close] == " ":
            close += 1
        if text[close : close + 1] == ")":
            close += 1
    return after, max(close, after.head_end)


def _percent(item: Item, share_item: Item | None) -> float | None:
    if share_item is not None and share_item.percent is not None:
        return float(share_item.percent)
    return float(item.share) if item.share is not None else None


def _decimals(item: Item, share_item: Item | None) -> int | None:
    if share_item is not None and share_item.percent is not None:
        return share_item.decimals
    return item.share_decimals if item.share is not None else None


def _tally(
    whole: Item | None,
    total: int | None,
    part_item: Item,
    category: str,
    start: int,
    end: int,
    *,
    counted: str | None,
    share_item: Item | None = None,
    kind: str = "survey",
) -> Tally:
    part = Part(
        category,
        part_item.value,
        part_item.prefix_start,
        end,
        percent=_percent(part_item, share_item),
        decimals=_decimals(part_item, share_item),
        counted=counted,
        counted_inherited=counted is not None and part_item.counted is None,
        qualifier=part_item.qualifier,
    )
    return Tally(
        kind,
        start,
        end,
        [part],
        subject=counted,
        total=total,
        total_qualifier=whole.qualifier if whole is not None else None,
    )


def _with_share(
    text: str,
    items: list[Item],
    index: int,
    whole: Item | None,
    category: str,
    span: Span,
    kind: str = "survey",
) -> Tally:
    """The tally of the part ``items[index]`` under ``whole`` (or its own "of the M").

    The percentage written right after the part ("(55 per cent)") is its share.
    """
    part = items[index]
    share_item, end = _share_after(text, items, index, span[1])
    total = whole.value if whole is not None else part.of_total
    counted = span[2] if len(span) > 2 else (whole.counted if whole is not None else part.counted)
    return _tally(
        whole,
        total,
        part,
        category,
        span[0],
        end,
        counted=counted,
        share_item=share_item,
        kind=kind,
    )


_DATES_IN_WHOLE = 3  # numbers of kind "other" passed over between a whole and its part
_FOCUS_WORDS = frozenset(("only", "just", "merely", "Only", "Just"))


def _part_of_asked(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """Forms 1, 4 and 5: a whole before its comma, then one part (that replied, or did).

    A year or a date in the whole's phrase is passed over ("Of the 212 staff members
    recruited in 2004, 87 were ...").
    """
    whole, following = items[index], index + 1
    while (
        items[following].kind == "other"
        and following + 1 < len(items)
        and following - index <= _DATES_IN_WHOLE
    ):
        following += 1
    part = items[following]
    if not (whole.total_before and whole.value is not None and part.value is not None):
        return None
    if part.kind != "count" or part.of_total is not None:
        return None
    if part.counted is not None and not (
        (part.verb or part.auxiliary) and part.value <= whole.value and not part.scaled
    ):
        return None  # "Of the 59 elections held, 17 countries had quotas": a part; no verb, none
    gap = text[whole.head_end : part.prefix_start]
    comma = gap.rfind(",")
    after_comma = gap[comma + 1 :].strip()
    if comma < 0 or (after_comma and after_comma not in _FOCUS_WORDS) or re.search(r"[.;:]", gap):
        return None  # "Of the 82 offices assessed, only 21 ...": a focus word may stand
    phrase = text[whole.end : whole.head_end + comma]  # "Member States surveyed"
    respondents = (
        _RESPONDENTS.match(whole.counted or "")
        or THAT_REPLIED.match(gap)
        or _RESPONDING_AFTER.search(phrase)  # "Of the 54 Governments responding,"
    )
    start = _label_start(text, part)
    action = _action(text, start, limit)
    # "did so" says nothing unless the whole was asked ("completed it" unless a
    # questionnaire is named); "replied" says it all.
    if action is not None and action["pronoun_verb"]:
        asked = _QUESTIONNAIRE.search(phrase) is not None
    elif action is not None and action["did_so"]:
        asked = _ASKED.search(phrase) is not None or respondents is not None
    else:
        asked = action is not None
    if action is not None and asked:
        category = reply_category(action, phrase)
        end = action.end()
    elif respondents:
        label = _verb_label(text, part, limit)
        if label is None:
            return None
        category, end = label
    elif (
        action is None
        and _ASKED.search(phrase)
        and (given := _GIVEN.match(text, start, limit)) is not None
    ):
        # "Of the 193 States requested to report, 105 had submitted their reports": the
        # whole was asked for what the part gave
        category, end = "responded", given.end()
    elif action is None:
        # "Of the 64 projects, 48 were completed on time": one part of a whole no one asked
        label = _part_label(text, part, limit)
        if label is None:
            return None
        category, end = label
        span = (whole.prefix_start, end)
        tally = _with_share(text, items, following, whole, category, span, "breakdown")
        return _own_noun(tally, part)
    else:
        return None
    tally = _with_share(text, items, following, whole, category, (whole.prefix_start, end))
    return _own_noun(tally, part)


# Between a whole stated first and its part, the verb put before the part: "Among the 210
# delegates were 85 women", "Of the 300 participants, there were 120 women".
_INVERTED_GAP = re.compile(r"\s{0,3},?\s{0,3}(?:there\s{1,3})?(?:were|are|was|is)\s{1,3}")
# The same after "Among the N ...", the whole's noun with words of its own before the verb:
# "Among the 230 participants in the workshop held in Dakar in March were 97 women".
_INVERTED_LONG_GAP = re.compile(
    r"(?:\s{1,3}(?:[A-Za-z][\w'’-]{0,25}|\d{4}(?!\d))){1,12}?\s{1,3}(?:were|are|was|is)\s{1,3}"
)


def _inverted_part(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A stated whole, then "were" and its parts with their nouns.

    "Among the 210 delegates were 85 women" (total 210, one part "women"), "... were 85
    women and 20 youth representatives" (two parts); a survey when the whole replied.
    After "Among", words of the whole's own may stand before "were" ("Among the 230
    participants in the workshop held in Dakar were 97 women").
    Each part's noun is its category, nothing else may follow it in its clause, and
    together the parts do not exceed the whole.
    """
    whole = items[index]
    if not (whole.total_before and whole.value and whole.counted):
        return None
    if _INVERTED_GAP.fullmatch(text, whole.head_end, items[index + 1].prefix_start) is None and (
        not text.startswith(("Among ", "among "), whole.prefix_start)
        or _INVERTED_LONG_GAP.fullmatch(text, whole.head_end, items[index + 1].prefix_start) is None
    ):
        return None
    parts: list[Part] = []
    position = index + 1
    while position < len(items) and len(parts) < _INVERTED_PARTS:
        part = items[position]
        if part.kind != "count" or not part.counted or part.value is None:
            return None
        if part.verb_end > part.head_end:
            return None  # "were 85 women who spoke": more than a part
        end = _clause_end(text, part.head_end, limit)
        if text[part.head_end : end].strip():
            return None  # "were 85 women from Africa": more than a part
        parts.append(
            Part(
                part.counted,
                part.value,
                part.prefix_start,
                part.head_end,
                counted=whole.counted,
                counted_inherited=True,
                qualifier=part.qualifier,
            )
        )
        following = items[position + 1] if position + 1 < len(items) else None
        if following is None or _PART_JOIN.fullmatch(text, end, following.prefix_start) is None:
            break
        position += 1
    total = sum(part.count or 0 for part in parts)
    if total > whole.value or (len(parts) == 1 and total == whole.value):
        return None  # parts cover the whole at most; one part is less than it
    kind = "survey" if _RESPONDENTS.match(whole.counted) else "breakdown"
    return Tally(
        kind,
        whole.prefix_start,
        parts[-1].end,
        parts,
        subject=whole.counted,
        total=whole.value,
        total_qualifier=whole.qualifier,
    )


_INVERTED_PARTS = 12
_PART_JOIN = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:and\s{1,3})?")


def _own_noun(tally: Tally, part: Item) -> Tally:
    """The one part keeps a noun of its own ("17 countries" of "the 59 elections")."""
    if part.counted is not None:
        tally.parts[0].counted = part.counted
        tally.parts[0].counted_inherited = False
    return tally


# A percentage with a base of its own ("52 per cent of the budget"): no part of the whole.
_OWN_BASE = re.compile(r"\s{0,3}of\b")
_OF_THE = re.compile(r"^of\s(?:the\s)?")
_RESPONDENT_NOUN = re.compile(r"\brespondents\b", re.IGNORECASE)


# A second noun joined to the whole's, then the relative clause of replying: "(47
# administrations) and public institutions that responded".
_COORDINATED_THEN_REPLIED = re.compile(
    r"\s{1,3}(?:and|or)\s{1,3}(?:[\w'’-]{1,25}\s{1,3}){0,3}?[\w'’-]{1,25}s(?="
    + THAT_REPLIED.pattern
    + ")"
)


def _share_of_asked(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """Forms 1, 4 and 5 with the part in per cent: a whole before its comma, one share.

    "Of the 174 Member States that replied, 79 per cent reported having legislation" is
    a survey of total 174 whose one part "reported having legislation" is 79 per cent
    (its count is not written); "Of the 2.3 million refugees, 52 per cent were children"
    is a breakdown. More shares after the first are the enumeration grammar's; a share
    of another base ("40 per cent of the budget") states no part of this whole. An age
    that ends the share's label ("54 per cent are children under 18 years of age") is no
    next part.
    """
    whole, following = items[index], index + 1
    while items[following].kind == "other" and following - index <= _DATES_IN_WHOLE:
        following += 1  # "Of the 900 households surveyed in 2019, 42 per cent ..."
        if following >= len(items):
            return None
    part = items[following]
    if not (whole.kind == "count" and whole.total_before and whole.value and whole.counted):
        return None
    if part.kind != "percent" or part.percent is None or not 0 < part.percent <= 100:
        return None
    gap = text[whole.head_end : part.prefix_start]
    comma = gap.rfind(",")
    after_comma = gap[comma + 1 :].strip()
    if comma < 0 or (after_comma and after_comma not in _FOCUS_WORDS) or re.search(r"[.;:]", gap):
        return None  # "Of the 82 offices assessed, only 21 ...": a focus word may stand
    if (part.of_noun and not part.of_them) or (
        not part.of_them and _OWN_BASE.match(text, part.head_end, limit)
    ):
        return None  # "40 per cent of the population": a share of another base ("55% of
        # them" points back at the whole)
    after = following + 1
    restated = _RESTATED_COUNT.match(text, part.head_end, limit)
    restated_count = None
    if (
        restated is not None
        and after < len(items)
        and items[after].kind == "count"
        and items[after].value
        and restated.start("count") <= items[after].start < restated.end()
        and items[after].value < whole.value
    ):
        # "Of the 186,000 who had crossed, 83 per cent -- some 130,000 people -- landed in
        # Italy": the share restated as a count between dashes or in brackets
        restated_count, after = items[after].value, after + 1
    while after < len(items) and items[after].kind == "other":
        after += 1  # "children under 18", "less than one dollar a day": no next part
    end_of_share = restated.end() if restated_count is not None else part.head_end
    if _more_parts_follow(text, end_of_share, items[after] if after < len(items) else None):
        return None  # more parts follow: the enumeration grammar reads them
    phrase = text[whole.end : whole.head_end + comma]  # "States that completed the survey"
    respondents = (
        _RESPONDENT_NOUN.search(whole.counted)
        or THAT_REPLIED.match(gap)
        or _COORDINATED_THEN_REPLIED.match(gap)  # "administrations and public institutions
        or _QUESTIONNAIRE.search(phrase)  # that responded"
    )
    # the label follows the restated count's aside
    labelled = part if restated_count is None else dataclasses.replace(part, head_end=end_of_share)
    action = _action(text, _label_start(text, labelled), limit)
    if action is not None and not (action["did_so"] or action["pronoun_verb"]):
        category, end, kind = reply_category(action), action.end(), "survey"
    else:
        label = _verb_label(text, labelled, limit) if respondents else None
        label = label or _part_label(text, labelled, limit)
        if label is None:
            return None
        (category, end), kind = label, "survey" if respondents else "breakdown"
    tally = _tally(
        whole,
        whole.value,
        part,
        category,
        whole.prefix_start,
        end,
        counted=whole.counted,
        kind=kind,
    )
    tally.parts[0].percent = float(part.percent)
    tally.parts[0].decimals = part.decimals
    tally.parts[0].base = whole.counted
    tally.unit = "percent"
    if restated_count is not None:
        tally.parts[0].count = restated_count
        tally.unit = "count"
    return tally


# A count between dashes or in brackets right after a share, restating it: "83 per cent
# -- some 130,000 people -- landed", "83 per cent (about 130,000 people) landed".
_RESTATED_COUNT = re.compile(
    r"\s{0,2}(?:--|[–—]|\s-\s|\()\s{0,2}"
    r"(?:(?:some|about|around|nearly|almost|over|roughly|approximately|an\s{1,3}estimated|"
    r"more\s{1,3}than)\s{1,3})?"
    r"(?P<count>\d{1,3}(?:,\d{3})+|\d+(?:\.\d{1,2})?\s{1,3}(?:million|thousand)|\d{1,6})"
    r"(?:\s{1,3}[a-z]{2,20}){0,2}\s{0,2}(?:--|[–—]|\s-\s|\))"
)


# What those who replied held or felt, with no verb of saying: "had a budget line",
# "were satisfied", "were in favour", "were unaware of the policy".
_ANSWER_PREDICATE = re.compile(
    r"(?:had|have|has)\s{1,3}(?:a|an|no|some|any|the|their|its|not)\b"
    r"|(?:were|are|was|is)\s{1,3}(?:(?:very|fully|not|somewhat|generally|largely)\s{1,3})?"
    r"(?:[a-z]{3,}ed|in\s{1,3}favou?r|against|aware|unaware|able|unable|willing|unwilling)\b"
)


# A whole named as those a survey asked, after its noun: "(of the 3,142 refugee households)
# reached by the survey", "surveyed", "who were interviewed", "that took part in the poll".
# "reached", "covered", "visited" and "contacted" ask only by a survey named after them
# ("households reached by food aid" were asked nothing).
_ASKED_AFTER_WHOLE = re.compile(
    r"(?:\s{1,3}(?:and|or)\s{1,3}[a-z][\w'’-]{1,25})?"  # "countries and territories"
    r"\s{1,3}(?:(?:who|that|which)\s{1,3}(?:(?:were|had\s{1,3}been|have\s{1,3}been)\s{1,3})?)?"
    r"(?:(?:surveyed|interviewed|polled|questioned|consulted|sampled)\b"
    r"(?:\s{1,3}by\s{1,3}(?:the|this|a|an|its|their)\s{1,3}(?:[\w'’-]{1,25}\s{1,3}){0,3}?"
    r"[\w'’-]{1,25})?"
    r"|(?:reached|covered|visited|contacted|assessed)\s{1,3}(?:by|in|through)\s{1,3}"
    r"(?:the|this|a|an|its|their)\s{1,3}(?:[\w'’-]{1,25}\s{1,3}){0,3}?"
    r"(?:survey|poll|assessment|questionnaire|interviews|census|round)s?\b"
    r"|(?:took\s{1,3}part|taking\s{1,3}part|participated|participating)\s{1,3}in\s{1,3}"
    r"(?:the|this|a|an|its|their)\s{1,3}"  # "in the 2nd round of WHO’s National pulse survey"
    r"(?:[\w'’-]{1,25}\s{1,3}){0,6}?(?:survey|poll|assessment|questionnaire|study)\b)"
)
# Where and when they were asked, word by word up to the share's verb: "in 11 camps between
# 14 and 28 February 2024"; it opens on a preposition and holds no mark.
_ASKED_WHERE = re.compile(
    r"\s{1,3}(?:in|across|at|from|between|during|on|over|since|throughout|by)(?=\s)"
)
_ASKED_IN_HEAD = re.compile(r"\s(?:surveyed|interviewed|polled|questioned|sampled)$")
_ASKED_WORD = re.compile(r"\s{1,3}[\w'’-]{1,25}(?=[\s,;:.()]|$)")
_ASKED_WORDS = 12  # words of where and when at most


def _asked_phrase_end(text: str, position: int, limit: int) -> int | None:
    """Where the phrase that names a whole as asked ends, before the share's verb.

    "Some 64 per cent of the 3,142 refugee households reached by the survey in 11 camps
    between 14 and 28 February 2024 reported ...": after "households", the phrase runs to
    "2024"; the part's verb must follow (an auxiliary or a verb the item reader knows).

    >>> text = "40 per cent of the 900 households surveyed in May said so."
    >>> text[_asked_phrase_end(text, text.index(" surveyed"), len(text)) :]
    ' said so.'
    """
    asked = _ASKED_AFTER_WHOLE.match(text, position, limit)
    if asked is not None:
        end = asked.end()
    elif _ASKED_IN_HEAD.search(text, max(0, position - 14), position) is not None:
        end = position  # "of the 3,142 households surveyed| in 11 camps": read with the noun
    else:
        return None
    if verb_group(text, end, limit, 2)[2] > end:
        return end
    where = _ASKED_WHERE.match(text, end, limit)
    if where is None:
        return None
    end = where.end()
    for _ in range(_ASKED_WORDS):
        word = _ASKED_WORD.match(text, end, limit)
        if word is None:
            return None  # a mark before any verb: no share's clause after the whole
        end = word.end()
        if verb_group(text, end, limit, 2)[2] > end:
            return end
    return None


def _one_share(
    text: str, items: list[Item], index: int, limit: int, *, lone: bool = False
) -> Tally | None:
    """One share of a stated whole, or of those who replied, as a tally of one part.

    "About 45 per cent of the 3.1 million children were girls" is a breakdown of total
    3,100,000; "Sixty-two per cent of the Governments that responded indicated that they
    had a policy" a survey whose count is not written. A share of a whole neither stated
    nor asked ("65 per cent of the out-of-school children were girls") is none, and more
    shares after it are the enumeration grammar's; with ``lone`` (no reader took them) a
    share of those who replied is read all the same.
    """
    part = items[index]
    if not part.of_noun or part.kind != "percent" or part.percent is None:
        return None  # cheap tests first: most shares have no "of" phrase
    replied = of_respondents(text, part)
    whole = part.of_total
    if replied is None and whole is None:
        # "UNRWA runs 247 schools .... Ninety-three per cent of schools work on double
        # shifts": the count of the sentence before, its noun named again
        whole = count_named_before(text, items, part)
        if whole is None:
            return None
    if not 0 < part.percent <= 100 or not _is_subject(text, part):
        return None
    # "of the 3,142 households reached by the survey in 11 camps": those asked, named at
    # length; the share's verb follows the phrase
    asked_end = _asked_phrase_end(text, part.head_end, limit) if replied is None else None
    whole_end = asked_end or part.head_end
    following = index + 1
    while following < len(items) and (
        items[following].start < whole_end or items[following].kind == "other"
    ):
        # "of the 3.1 million children": the whole's own numbers; "live on less than one
        # dollar a day": money, a year or a measure in the part's label, no part
        following += 1
    if lone and (
        replied is None or _WHO_THEY_WERE.match(text, _skip_blanks(text, part.head_end), limit)
    ):
        return None  # a lone share of a stated whole, or who they were, is left as it was
    if asked_end is not None:  # "reached by the survey ... reported": the verb after it
        label = _part_label(
            text, Item("percent", asked_end, asked_end, percent=1, head_end=asked_end), limit
        )
        while following < len(items) and label is not None and items[following].start < label[1]:
            following += 1  # "reported that at least one member had ...": the answer's own
    if (
        not lone
        and following < len(items)
        and _more_parts_follow(text, part.head_end, items[following])
    ):
        return None  # more parts follow: the enumeration grammar reads them
    counted = part.counted
    if asked_end is not None:
        pass  # the label read above
    elif replied is None or replied.re is RESPONDENT_BASE:  # the share's own verb
        if (
            replied is not None
            and not part.verb
            and not _ANSWER_PREDICATE.match(text, _label_start(text, part), limit)
            # a verb the item reader did not know: "63 per cent of respondents trusted ..."
            and verb_group(text, part.head_end, limit, 2, subject=True)[1] is None
        ):
            return None  # "30 per cent of respondents were women": who they were, no answer
        label = _part_label(text, part, limit)
    else:  # "of the States that replied indicated": the verb after the relative clause
        after = replied.end()
        label = _part_label(text, Item("percent", after, after, percent=1, head_end=after), limit)
        written = _OF_THE.sub("", " ".join(text[part.end : after].split()), count=1)
        counted = written or counted  # "Governments that responded", "those who replied"
    if label is None:
        return None
    category, end = label
    answered = asked_end is not None and not _WHO_THEY_WERE.match(
        text, _skip_blanks(text, asked_end), limit
    )  # "of the 3,100 households surveyed were headed by women": who they were
    kind = "survey" if replied is not None or answered else "breakdown"
    tally = _tally(None, whole, part, category, part.prefix_start, end, counted=counted)
    tally.kind = kind
    tally.parts[0].percent = float(part.percent)
    tally.parts[0].decimals = part.decimals
    tally.parts[0].base = counted
    tally.unit = "percent"
    return tally


# A whole named as those asked, no count written, right before a share: "Of those polled,",
# "Of the U.S. adults surveyed,", "Among the young people interviewed,", "Of the
# respondents,", "Among respondents," (no article), "Of those polled in the capital,", "Of
# the countries that responded,". The dots of initials ("U.S. adults") are no stop.
_ASKED_WHOLE_BEFORE = re.compile(
    r"\b(?:[Oo]f|[Aa]mong)\s{1,3}(?:(?:the|these|(?P<those>those)|all)\s{1,3})?"
    r"(?P<whole>(?:[^,;:()\d.]|\.(?!\s{1,3}[A-Z])){0,60}?\b(?:surveyed|polled|interviewed|questioned"
    r"|canvassed|respondents|respond(?:ing|ent)\s{1,3}[A-Za-z][\w -]{0,30}"
    # a relative clause of replying or taking part (session 60): "Of the countries that
    # responded,", "Among the Governments that replied,", "Of the youth who took part in
    # the poll,"
    # (taking part, or replying to a thing, only in a survey: "that responded to the
    # appeal" and "who took part in the conference" asked no one)
    r"|(?:that|who|which)\s{1,3}(?:(?:had|have)\s{1,3})?(?:(?:replied|responded|answered)"
    r"(?=\s{0,3},)|(?:replied|responded|answered|participated|took\s{1,3}part)\s{1,3}"
    r"(?:to|in)\s{1,3}(?:the|this|a|an|our|its)\s{1,3}(?:[A-Za-z][\w-]*\s{1,3}){0,3}?"
    r"(?:survey|questionnaire|poll|consultation|assessment|study|note\s{1,3}verbale)s?))"
    r"(?:\s{1,3}(?:in|at|across|from)\s{1,3}[A-Za-z][\w'’ -]{0,40})?)\s{0,3},\s{1,3}$"
)
_ASKED_WHOLE_REACH = 110
_COPULA = re.compile(r"(?:were|are|was|is)\b")
# Participles after a copula that say who those asked were, not what they answered:
# "were based in field duty stations", "were headed by women".
_WHO_THEY_WERE = re.compile(
    r"(?:were|are|was|is)\s{1,3}(?:based|located|headed|employed|aged|born|married|displaced"
    r"|registered|enrolled|housed|hosted|living|resident|drawn|recruited|selected)\b"
)


def _share_of_asked_named_before(
    text: str, items: list[Item], index: int, limit: int, *, lone: bool = False
) -> Tally | None:
    """One share of those asked, named before it with no count: a survey of one part.

    "Of the adults surveyed, 43 per cent said the Organization does a good job": what 43
    per cent of those asked answered, no ``total``. Who they were ("Of those surveyed, 30
    per cent were women") is no answer and is none; more shares after it are the
    enumeration grammar's ("Of those polled, 57 per cent favoured ... and 31 per cent
    opposed ..."), unless ``lone`` (no reader took them).
    """
    part = items[index]
    if part.kind != "percent" or part.percent is None or part.of_noun:
        return None
    if not 0 < part.percent <= 100:
        return None
    asked = _ASKED_WHOLE_BEFORE.search(
        text, max(0, part.prefix_start - _ASKED_WHOLE_REACH), part.prefix_start
    )
    if asked is None:
        return None
    following = next((item for item in items[index + 1 :] if item.kind != "other"), None)
    if not lone and _more_parts_follow(text, part.head_end, following):
        return None  # more parts follow: the enumeration grammar reads them
    after = _skip_blanks(text, part.head_end)
    if _COPULA.match(text, after, limit) and (
        not _ANSWER_PREDICATE.match(text, after, limit) or _WHO_THEY_WERE.match(text, after, limit)
    ):
        return None  # "Of those surveyed, 30 per cent were women": who they were
    label = _part_label(text, part, limit)
    if label is None:
        return None
    category, end = label
    counted = " ".join(asked["whole"].split())
    if asked["those"]:
        counted = f"those {counted}"  # "those polled", not "polled"
    tally = _tally(None, None, part, category, asked.start(), end, counted=counted)
    tally.parts[0].percent = float(part.percent)
    tally.parts[0].decimals = part.decimals
    tally.parts[0].base = counted
    tally.unit = "percent"
    return tally


# A share with its count in parentheses after it ("32% (45) of these have ...") or both
# in parentheses ("a majority of respondents (59%, 27 States) have ...").
_OPEN_COUNT = re.compile(r"\s{0,3}\(\s{0,2}")
_SHARE_COMMA = re.compile(r"\s{0,2},\s{0,2}")
_CLOSE_OF_THESE = re.compile(r"\s{0,2}\)(?:\s{1,3}of\s{1,3}(?:these|them|those))?")
_OPEN_BEFORE = re.compile(r"\(\s{0,2}$")
_REPLY_BEFORE = re.compile(r"\b(?:respon|repl[iy]|answer)", re.IGNORECASE)
_REPLY_BEFORE_REACH = 80
_SENTENCE_STOP = re.compile(r"[.!?]\s")


def _share_then_count(
    text: str, items: list[Item], index: int, limit: int, *, of_survey: Tally | None = None
) -> Tally | None:
    """A share with its count in parentheses: one part, of a stated whole if there is one.

    "Of the 141 States that replied, 32% (45) of these have a policy": total 141, one
    part 45 (32 per cent) "have a policy"; "a majority of respondents (59%, 27 States)
    have issued guidance": a survey part of 27 with no total. With neither a whole nor
    those who replied written before it, a share and a count in parentheses are none.
    ``of_survey`` is a survey with a whole right before ("..., and 38 per cent (54)
    reported none"): a share that is its count over that whole is a part of those who
    replied.
    """
    share, count = items[index], items[index + 1]
    if count.kind != "count" or count.value is None or share.percent is None:
        return None
    inside = _OPEN_COUNT.fullmatch(text, share.head_end, count.prefix_start) is not None
    both = (
        not inside
        and _SHARE_COMMA.fullmatch(text, share.head_end, count.prefix_start) is not None
        and _OPEN_BEFORE.search(text, max(0, share.prefix_start - 3), share.prefix_start)
    )
    if not (inside or both) or not 0 < share.percent <= 100 or count.verb or count.of_noun:
        return None
    close = _CLOSE_OF_THESE.match(text, count.head_end, limit)
    if close is None:
        return None
    category, end = _clause_label(text, close.end(), limit)
    if not category:
        return None
    whole = items[index - 1] if index > 0 else None
    if whole is not None and not (
        whole.kind == "count"
        and whole.value is not None
        and whole.value >= count.value
        and (whole.total_before or whole.response)
        and not _SENTENCE_STOP.search(text, whole.head_end, share.prefix_start)
    ):
        whole = None
    opened = share.prefix_start if inside else text.rindex("(", 0, share.prefix_start)
    before = text[max(0, opened - _REPLY_BEFORE_REACH) : opened]
    replied = (
        (whole is not None and whole.response)
        or _REPLY_BEFORE.search(before)
        or (
            of_survey is not None
            and _is_share_of(count.value, float(share.percent), share.decimals, of_survey.total)
        )
    )
    if whole is None and not replied:
        return None  # "Women held 25% (12) of the seats": no whole, nobody asked
    start = whole.prefix_start if whole is not None else opened
    counted = whole.counted if whole is not None else count.counted
    tally = _tally(
        whole,
        whole.value if whole is not None else None,
        count,
        category,
        start,
        end,
        counted=counted,
        kind="survey" if replied else "breakdown",
    )
    tally.parts[0].start = share.prefix_start if inside else count.prefix_start
    tally.parts[0].percent = float(share.percent)
    tally.parts[0].decimals = share.decimals
    return tally


# The base of shares, after the first share and its count: "of the survey respondents",
# "of the responding offices", "of the States that replied", "of those surveyed", "of the
# country offices surveyed".
_BASE_OF_SHARES = re.compile(
    r"""\s{1,3}of\s{1,3}(?:the\s{1,3}|all\s{1,3})?
    (?P<base>(?:[\w-]{1,25}\s{1,3}){0,2}?
        (?:respondents|(?:responding|replying|reporting|respondent)\s{1,3}[\w-]{1,25}
        |[\w-]{1,25}\s{1,3}(?:that|which|who)\s{1,3}(?:(?:had|have)\s{1,3})?
            (?:replied|responded|answered)
        |those\s{1,3}(?:surveyed|polled|asked|interviewed|responding)
        |[\w-]{1,25}\s{1,3}(?:surveyed|polled|interviewed)))\b
    """,
    re.VERBOSE,
)
# Between one share's clause and the next share: ", and", "; ", " while".
_NEXT_SHARE = re.compile(r"\s{0,3}[,;]?\s{0,3}(?:(?:and|while|whereas|but)\s{1,3})?")
_MOST_SHARES = 12


def _share_and_bare_count(items: list[Item], index: int) -> tuple[Item, Item] | None:
    """The share at ``index`` and a bare count right after it, which may be its count."""
    if index + 1 >= len(items):
        return None
    share, count = items[index], items[index + 1]
    if share.kind != "percent" or share.percent is None or count.kind != "count":
        return None
    if count.value is None or count.verb or count.counted or count.of_noun:
        return None
    return share, count


def _share_with_count(text: str, items: list[Item], index: int, limit: int) -> int | None:
    """Where a share with its count in parentheses ends: "42 per cent (117)", else None."""
    pair = _share_and_bare_count(items, index)
    if pair is None:
        return None
    share, count = pair
    if _OPEN_COUNT.fullmatch(text, share.head_end, count.prefix_start) is None:
        return None
    close = _CLOSE.match(text, count.head_end, limit)
    return close.end() if close is not None else None


def _share_of_base_with_count(
    text: str, items: list[Item], index: int, limit: int
) -> tuple[int, re.Match[str]] | None:
    """A first share that names its base before its count: "74 per cent of respondents (52)".

    Returns where the count's parenthesis closes and the base, else None.
    """
    pair = _share_and_bare_count(items, index)
    if pair is None:
        return None
    share, count = pair
    base = _BASE_OF_SHARES.match(text, share.end, limit)
    if base is None or base.end() < share.head_end:
        return None
    if _OPEN_COUNT.fullmatch(text, base.end(), count.prefix_start) is None:
        return None
    close = _CLOSE.match(text, count.head_end, limit)
    return (close.end(), base) if close is not None else None


def _bases_agree(pairs: list[tuple[Item, Item]]) -> bool:
    """Whether one number of respondents gives every share from its count, within rounding.

    The count over the share, with the share's last digit half a unit off either way,
    bounds the base; the bounds of all pairs must meet ("42 per cent (117)" and "58 per
    cent (162)": 279 respondents fit both).
    """
    low, high = 0.0, float("inf")
    for share, count in pairs:
        half = 0.5 * 10.0 ** -(share.decimals or 0)
        low = max(low, 100 * count.value / (share.percent + half))
        if share.percent > half:
            high = min(high, 100 * count.value / (share.percent - half))
    return low <= high + 1e-9


def _shares_with_counts(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """Shares of those who replied, each with its count in parentheses, verbs elided.

    "Thirty-six per cent (81) of the responding entities said that they had a focal
    point, and 64 per cent (144) that they did not": a survey of two parts, 81 and 144,
    with percents 36 and 64 and base "responding entities". The base is written after the
    first pair, or between its share and its count ("74 per cent of respondents (52)
    favoured A, while 19 per cent (13) preferred B"), or those who replied are named
    before it in the sentence; every share
    must follow from its count and one number of respondents (:func:`_bases_agree`).
    """
    end = _share_with_count(text, items, index, limit)
    base = _BASE_OF_SHARES.match(text, end, limit) if end is not None else None
    if end is None:
        # "74 per cent of respondents (52) favoured A, while 19 per cent (13) ...": the
        # base between the first share and its count
        first = _share_of_base_with_count(text, items, index, limit)
        if first is None:
            return None
        end, base = first
    elif base is not None:
        end = base.end()
    elif (own := _BASE_OF_SHARES.match(text, items[index].end, limit)) is not None and (
        own.end() == items[index].head_end
    ):
        base = own  # "74 per cent of respondents (52)": the base is the share's own noun
    else:
        sentence = max(text.rfind(". ", 0, items[index].prefix_start) + 1, 0)
        if not _REPLY_BEFORE.search(text, sentence, items[index].prefix_start):
            return None
    pairs: list[tuple[Item, Item]] = []
    labels: list[tuple[str, int]] = []
    position = index
    while len(pairs) < _MOST_SHARES:
        category, label_end = _clause_label(text, end, limit)
        if not category:
            return None
        pairs.append((items[position], items[position + 1]))
        labels.append((category, label_end))
        position += 2
        if position + 1 >= len(items):
            break
        after = _share_with_count(text, items, position, limit)
        if after is None:
            break
        gap = _NEXT_SHARE.fullmatch(text, label_end, items[position].prefix_start)
        if gap is None:
            break
        end = after
    if len(pairs) < 2 or not _bases_agree(pairs):
        return None
    if sum(share.percent for share, _ in pairs) > 100 + 0.5 * len(pairs):
        return None
    counted = " ".join(base["base"].split()) if base is not None else None
    parts = [
        _share_of_respondents(category, count.value, share, label_end, counted)
        for (share, count), (category, label_end) in zip(pairs, labels, strict=True)
    ]
    start, stop = items[index].prefix_start, labels[-1][1]
    return Tally("survey", start, stop, parts, subject=counted)


# Those who replied, right before a share in parentheses: "Most respondents (", "almost
# half of the responding States (".
_RESPONDENTS_OPEN = re.compile(
    r"\b(?:respondents|replies|responses|(?:responding|replying|respondent)\s{1,3}[A-Za-z][\w-]{1,25}"
    r"|those\s{1,3}(?:surveyed|polled|interviewed|responding))\s{0,3}\(\s{0,2}$"
)
_RESPONDENTS_OPEN_REACH = 45
# A sample named before those who replied: "the sample of respondents (3,266)".
_SAMPLE_OF = re.compile(r"\bsample\s{1,3}of\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
_SHARE_THEN_COUNT = re.compile(r"\s{0,3},\s{0,3}(?:(?:or|that\s{1,3}is)\s{1,3})?")


# A share's whole of people named as polled by a participle after their noun: "of
# individuals surveyed", "of the households interviewed" (no thing: "of the land surveyed").
_POLLED_AT_END = re.compile(r"\s(?:surveyed|polled|interviewed|questioned)$")
_POLLED_HEADS = PEOPLE_NOUNS | {"households", "families", "respondents", "idps", "youth"}


def _of_people_polled(text: str, share: Item) -> bool:
    """Whether a share's whole is people named as polled after their noun.

    "67% of individuals surveyed (2,193 migrants) cited ...": those surveyed, as "of those
    surveyed" and "of respondents" are; "of the land surveyed" names no one who answered.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "61% of individuals surveyed (870 migrants) cited work."
    >>> _of_people_polled(text, read_items(text)[0])
    True
    >>> text = "45% of the land surveyed (870 hectares) was farmed."
    >>> _of_people_polled(text, read_items(text)[0])
    False
    """
    words = (share.counted or "").lower().split()
    return (
        bool(words)
        and words[-1] in _POLLED_HEADS
        and _POLLED_AT_END.search(text, max(0, share.head_end - 14), share.head_end) is not None
    )


def _share_of_respondents_aside(
    text: str, items: list[Item], index: int, limit: int
) -> Tally | None:
    """One part of those who replied, its share, count or both in parentheses.

    "Only 12 per cent of respondents (19 entities) had run an evaluation": one part of 19
    at 12 per cent ("(18 out of 30)": of a total of 30); "Almost half of the respondents
    (47 per cent) said ...": one part at 47 per cent ("(47 per cent, or 66 States)": of
    66); "The majority of replies (62) came from Europe": one part of 62. The category is
    the clause after the parenthesis.
    """
    first = items[index]
    share = first if first.kind == "percent" else None
    if share is not None and (share.percent is None or not 0 < share.percent <= 100):
        return None
    # a count in parentheses after the noun it counts ("Half of the respondents (26)") has
    # that noun read; any other count with a noun is no aside
    aside = share is None and text[first.start - 1 : first.start] == "("
    if share is None and (
        first.kind != "count" or first.value is None or (first.counted and not aside)
    ):
        return None
    after = items[index + 1] if index + 1 < len(items) else None
    if after is not None and (after.kind != "count" or after.value is None):
        after = None
    count, start = None, first.prefix_start
    if (
        share is not None
        and share.of_noun
        and (of_respondents(text, share) or _of_people_polled(text, share))
        and after is not None
        and _OPEN_COUNT.fullmatch(text, share.head_end, after.prefix_start) is not None
    ):
        count = after  # "12 per cent of respondents (19 entities)"
    else:
        opening = first.start if aside else first.prefix_start
        reach = max(0, opening - _RESPONDENTS_OPEN_REACH)
        named = _RESPONDENTS_OPEN.search(text, reach, opening)
        if named is None:
            return _share_before_respondents(text, first, limit) if share else None
        start = named.start()  # "respondents (47 per cent) said": the parenthesis kept whole
        if share is None and _SAMPLE_OF.search(text, max(0, start - 20), start):
            # "The large sample of respondents (3,266) is representative ...": the count is
            # the sample, no part of it that did what the clause says
            noun = named.group().rstrip(" (")
            end = text.index(")", first.head_end - 1) + 1
            part = Part("sampled", first.value, first.prefix_start, end, counted=noun)
            return Tally("survey", start, end, [part], subject=noun)
        if share is None:
            count = first  # "The majority of replies (62) came from Europe"
        elif after is not None and _SHARE_THEN_COUNT.fullmatch(
            text, share.head_end, after.prefix_start
        ):
            count = after  # "(68 per cent, or 95 States)": the count of the share too
    aside_end, total = (count or first).head_end, None
    if count is not None and count is after and index + 2 < len(items):
        whole = items[index + 2]  # "(18 out of 30)"
        if (
            whole.kind == "count"
            and whole.value is not None
            and whole.value >= count.value
            and _OUT_OF_GAP.fullmatch(text, count.head_end, whole.prefix_start) is not None
        ):
            aside_end, total = whole.head_end, whole.value
    if aside and text[aside_end - 1 : aside_end] == ")":
        close_end = aside_end  # the head of "(26)" was read to its parenthesis
    else:
        close = _CLOSE.match(text, aside_end, limit)
        if close is None:
            return None
        close_end = close.end()
    category, end = _clause_label(text, close_end, limit)
    if not category:
        return None
    part = Part(
        category,
        count.value if count is not None else None,
        first.prefix_start,
        end,
        percent=float(share.percent) if share is not None else None,
        decimals=share.decimals if share is not None else None,
        counted=count.counted if count is not None else None,
        base="respondents" if share is not None else None,
        qualifier=(share or first).qualifier,
    )
    unit = "count" if count is not None else "percent"
    return Tally("survey", start, end, [part], subject=part.counted, total=total, unit=unit)


_OUT_OF_GAP = re.compile(r"\s{1,3}(?:out\s{1,3})?of\s{1,3}")
_IN_PARENTHESES = re.compile(r"\(\s{0,2}$")


# A share in words of the count before, made exact in parentheses: "more than half of
# them (52%)", "about a third of which (31 per cent)".
_FRACTION_OF_THEM = re.compile(
    r"(?:(?:more|less|fewer)\s{1,3}than\s{1,3}|(?:almost|nearly|about|around|over|some"
    r"|roughly|just\s{1,3}under|just\s{1,3}over)\s{1,3})?"
    r"(?:half|(?:a|one|two)\s{1,3}(?:third|quarter|fifth)s?|three\s{1,3}quarters|the\s{1,3}majority"
    r"|most)\s{1,3}of\s{1,3}(?:them|these|those|which|whom)\s{0,3}\(\s{0,2}$"
)
_FRACTION_REACH = 60  # characters the words of a fraction and "of them (" may take
# The same with the exact share between the words and "of them": "nearly two thirds
# (64%) of whom were adolescent girls".
_FRACTION_THEN_SHARE = re.compile(
    _FRACTION_OF_THEM.pattern.replace(
        r"\s{1,3}of\s{1,3}(?:them|these|those|which|whom)\s{0,3}\(", r"\s{0,3}\("
    )
)
_OF_THEM_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?:them|these|those|which|whom)\b")


def _fraction_of_them_aside(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """One share of the count before it, written in words and exact in parentheses.

    "Around 1.7 million children died before reaching the age of 5 years in 2010, and more
    than half of them (52%) died in the first month of life": total 1,700,000, one part
    "died in the first month of life" at 52 per cent; also with the share before "of
    whom" ("250,000 adolescents were newly infected, nearly two thirds (64%) of whom were
    adolescent girls"). The whole is the nearest count
    before, in the sentence, of counted things (no age, year or measure); a share between
    them is another whole's.
    """
    share = items[index]
    if share.percent is None or not 0 < share.percent < 100:
        return None
    reach = max(0, share.prefix_start - _FRACTION_REACH)
    opening = _FRACTION_OF_THEM.search(text, reach, share.prefix_start)
    close = _CLOSE.match(text, share.head_end, limit) if opening is not None else None
    if opening is None:  # "nearly two thirds (64%) of whom were ..."
        # the item's prefix holds the words of the fraction: the "(" is right before it
        opening = _FRACTION_THEN_SHARE.search(text, reach, share.start)
        after = _CLOSE.match(text, share.end, limit) if opening is not None else None
        close = _OF_THEM_AFTER.match(text, after.end(), limit) if after is not None else None
    if opening is None or close is None:
        return None
    whole = None
    for item in reversed(items[:index]):
        if item.kind == "percent" or _SENTENCE_STOP.search(text, item.end, opening.start()):
            return None
        if (
            item.kind == "count"
            and item.value
            and item.counted
            and item.of_total is None
            and not NOT_COUNT_AFTER.match(" " + item.counted)
        ):
            whole = item
            break
    if whole is None:
        return None
    category, end = _clause_label(text, close.end(), limit)
    if not category:
        return None
    if (pair := _NOUN_PAIR.match(text, end, limit)) is not None:
        end = pair.end()  # "(66 per cent) women and children": one label
    words = " ".join(text[close.end() : end].split())
    category = words[_PART_AUXILIARY.match(words).end() :] or category
    part = Part(
        category,
        None,
        opening.start(),
        end,
        percent=float(share.percent),
        decimals=share.decimals,
        counted=whole.counted,
        base=whole.counted,
    )
    return Tally(
        "breakdown",
        whole.prefix_start,
        end,
        [part],
        subject=whole.counted,
        total=whole.value,
        total_qualifier=whole.qualifier,
        unit="percent",
    )


# The rest of a share's noun, then the parenthesis that holds its count out of the whole:
# "11 per cent of peace agreements (17 out of 664)".
_NOUN_THEN_OPEN = re.compile(r"(?:\s{1,3}[\w'’-]{1,25}){0,3}\s{0,3}\(\s{0,2}")


def _share_with_count_of_whole(
    text: str, items: list[Item], index: int, limit: int
) -> Tally | None:
    """One part of a whole as a share, its count out of the whole in parentheses.

    "From 1990 to 2000, 11 per cent of peace agreements (17 out of 664) included at least
    one reference to women": total 664, one part of 17 at 11 per cent, its category what
    the part did. The share must be the subject of its clause; a share of those who
    replied is the survey reader's (:func:`_share_of_respondents_aside`). A share that is
    not the count's share of the whole (17 of 664 is 2.6 per cent), or a count above its
    whole, is read as written, for the checks to flag.
    """
    share = items[index]
    if share.percent is None or not 0 < share.percent < 100 or not share.of_noun:
        return None
    if index + 2 >= len(items) or of_respondents(text, share) or not _is_subject(text, share):
        return None
    part, whole = items[index + 1], items[index + 2]
    if not (
        part.kind == whole.kind == "count"
        and part.value is not None
        and whole.value is not None
        and part.value > 0
        and _NOUN_THEN_OPEN.fullmatch(text, share.head_end, part.prefix_start) is not None
        and _OUT_OF_GAP.fullmatch(text, part.head_end, whole.prefix_start) is not None
    ):
        return None
    close = _CLOSE.match(text, whole.head_end, limit)
    if close is None:
        return None
    category, end = _clause_label(text, close.end(), limit)
    if not category:
        return None
    # "had a focal point" keeps its verb; "were rated satisfactory" -> "rated satisfactory"
    words = " ".join(text[close.end() : end].split())
    category = words[_PART_AUXILIARY.match(words).end() :] or category
    # the share's noun as written up to the parenthesis: "of peace agreements ("
    noun = text[share.head_end : part.prefix_start].rstrip(" (")
    counted = " ".join(f"{share.counted or ''}{noun}".split()) or None
    one = _share_part(category, part.value, share, end, counted)
    return Tally("breakdown", share.prefix_start, end, [one], subject=counted, total=whole.value)


def _share_part(
    category: str, count: int | None, share: Item, end: int, counted: str | None
) -> Part:
    """One part given as a share and its count, counted (and based) on ``counted``."""
    return Part(
        category,
        count,
        share.prefix_start,
        end,
        percent=float(share.percent),
        decimals=share.decimals,
        counted=counted,
        base=counted,
        qualifier=share.qualifier,
    )


# Before a part "(N of M)" in parentheses, the group it counts: the noun after "the
# representation of", "the proportion of" ("The representation of women ... rose to 29.4
# per cent (15 out of 51)"), or the subject of a verb of holding at its clause's start
# ("Local staff accounted for the majority of casualties (22 of the 26 deaths)").
_GROUP_OF = re.compile(
    r"\b(?:representation|proportion|share|percentage)\s{1,3}of\s{1,3}(?:the\s{1,3})?"
    r"(?P<group>[a-z][\w-]{1,25}(?:\s{1,3}(?!at\b|in\b|on\b|among\b|of\b)[a-z][\w-]{1,25}){0,2})\b"
)
_GROUP_HOLDER = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=[.;:]))\s{0,3}(?P<label>[A-Z][\w'’-]{0,30}"
    r"(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){0,7}?)\s{1,3}"
    r"(?:held|occupied|(?:made|make|makes)\s{1,3}up|(?:accounted|account|accounts)\s{1,3}for"
    r"|represented|constituted|comprised?|comprises)\s"
)
# A group named before "representation" ("Female representation at the D-1 level reached
# 41.2 per cent (68 out of 165)", "Women's representation ...").
_GROUP_BEFORE = re.compile(
    r"\b(?P<group>[A-Za-z][a-z-]{2,20}?)(?:’s|'s)?\s{1,3}(?:representation|participation)\b"
)
_GROUP_REACH = 200
# How far a share given roughly ("about 60 per cent") may be from its counts' share.
_ROUGH_SHARE_SLACK = Fraction(3)
# The rest of a share's noun up to its clause's auxiliary: "conflicts worldwide were ".
_VERB_AFTER_NOUN = re.compile(
    r"^(?:[\w'’-]+\s){0,4}?(?:were|was|are|is|(?:have|has|had)(?:\s+been)?)\s"
)


def _group_part_aside(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """One part of a whole in parentheses, "(N of M)", of a group its sentence names.

    "The representation of women at the Under-Secretary-General level rose to 29.4 per
    cent (15 out of 51)": total 51, one part "women" of 15 at 29.4 per cent (the share
    must be the count's share of the whole); "Local staff accounted for the majority of
    casualties (22 of the 26 deaths)": total 26, one part "Local staff". With neither a
    group nor a holder named ("the level stood at 41 per cent (12 out of 29)") it is none:
    the sentence does not say whose part it is.
    """
    part = items[index]
    if part.value is None or text[part.prefix_start - 1 : part.prefix_start] != "(":
        return None
    if part.of_total is not None:
        total, end = part.of_total, part.head_end
    elif index + 1 < len(items) and _OUT_OF_GAP.fullmatch(
        text, part.head_end, items[index + 1].prefix_start
    ):
        whole = items[index + 1]
        total, end = whole.value, whole.head_end
    else:
        return None
    close = _CLOSE.match(text, end, limit)
    if total is None or not 0 < part.value < total or close is None:
        return None
    share = items[index - 1] if index > 0 else None
    if share is not None and (
        share.kind != "percent" or share.head_end + 2 < part.prefix_start - 1
    ):
        share = None
    if share is not None and abs(Fraction(100 * part.value, total) - share.percent) > Fraction(
        1, 2 * 10 ** (share.decimals or 0)
    ):
        return None  # "(15 of 51)" after "40 per cent": the share is of another whole
    reach = max(0, part.prefix_start - _GROUP_REACH)
    reach += sentence_starts(text[reach : part.prefix_start])[-1]
    groups = list(_GROUP_OF.finditer(text, reach, part.prefix_start))
    groups = groups or [g for g in _GROUP_BEFORE.finditer(text, reach, part.prefix_start)]
    group = groups[-1] if groups else None  # the last group named before the part
    holder = _GROUP_HOLDER.search(text, reach, part.prefix_start) if group is None else None
    if group is None and holder is None:
        return _share_opening_part_aside(text, items, index, reach, total, close.end())
    words = (group["group"] if group is not None else holder["label"]).split()
    if group is not None:  # "women increased to": the group ends before a verb
        cut = next(
            (
                at
                for at, word in enumerate(words)
                if word in VERBS | AUXILIARIES or word.endswith("ed")
            ),
            len(words),
        )
        words = words[:cut]
    category = " ".join(words)
    if not category or category.lower() in _NOT_HOLDERS:
        return None
    start = (group if group is not None else holder).start()
    tally = _tally(None, total, part, category, start, close.end(), counted=None, kind="breakdown")
    if share is not None:
        tally.parts[0].percent = float(share.percent)
        tally.parts[0].decimals = share.decimals
    return tally


def _share_opening_part_aside(
    text: str, items: list[Item], index: int, reach: int, total: int, end: int
) -> Tally | None:
    """One part "(N out of M)" after the clause of the share it gives in counts.

    "About 60 per cent of all observed conflicts were fought violently (204 out of 355)":
    total 355, one part "fought violently" of 204 at 60 per cent, counted "conflicts".
    The share opens its sentence's clause as a share of a noun, and is the count's share
    of the whole within its rounding (within a few points where it is given roughly).
    """
    part = items[index]
    share = next(
        (
            item
            for item in reversed(items[:index])
            if item.prefix_start >= reach and item.kind == "percent"
        ),
        None,
    )
    if share is None:
        return _majority_opening_part_aside(text, part, reach, total, end)
    if (
        share.percent is None
        or not share.of_noun
        or not share.counted
        or not _is_subject(text, share)
        or any(item.kind != "other" for item in items[items.index(share) + 1 : index])
    ):
        return None
    slack = _ROUGH_SHARE_SLACK if share.qualifier else Fraction(1, 2 * 10 ** (share.decimals or 0))
    if abs(Fraction(100 * part.value, total) - share.percent) > slack:
        return None
    category, label_end = _clause_label(text, share.head_end, part.prefix_start - 1)
    if not category or label_end > part.prefix_start:
        return None
    if (verb := _VERB_AFTER_NOUN.search(category)) is not None:
        category = category[verb.end() :]  # "conflicts worldwide were fought violently"
    one = _share_part(category, part.value, share, end, share.counted)
    return Tally("breakdown", share.prefix_start, end, [one], subject=share.counted, total=total)


# A majority or a fraction in words opening the clause of a part "(N of M)": "A majority of
# the Governments reported ... (70 of 83)"; the share each word allows, in per cent.
_MAJORITY_OPENING = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=[.;:]\s\s))(?:(?:An?|The)\s{1,3})?"
    r"(?:(?:large|clear|vast|overwhelming|slight|small)\s{1,3})?"
    r"(?P<word>[Mm]ajority|[Mm]inority|[Mm]ost|[Hh]alf|[Tt]wo[ -]thirds|[Tt]hree[ -]quarters)"
    r"\s{1,3}of\s{1,3}(?:the\s{1,3}|all\s{1,3})?"
    r"(?P<noun>[a-z][\w-]{1,25}(?:\s{1,3}[a-z][\w-]{1,25}){0,2}?|[A-Z][a-z]{2,25}s)"
    r"\s{1,3}(?=[a-z])"
)
_WORDED_BOUNDS = {
    "majority": (50, 100),
    "most": (50, 100),
    "minority": (0, 50),
    "half": (40, 60),
    "two thirds": (60, 72),
    "three quarters": (70, 80),
}


def _majority_opening_part_aside(
    text: str, part: Item, reach: int, total: int, end: int
) -> Tally | None:
    """One part "(N of M)" after a clause a majority or a fraction in words opens.

    "A majority of the Governments reported a national policy (70 of 83)": total 83, one
    part "reported a national policy" of 70, counted "Governments", where 70 of 83 is what
    the word allows (a majority more than half, "half" 40 to 60 per cent).
    """
    opening = _MAJORITY_OPENING.search(text, reach, part.prefix_start)
    if opening is None:
        return None
    low, high = _WORDED_BOUNDS[opening["word"].lower().replace("-", " ")]
    if not low < Fraction(100 * part.value, total) < high:
        return None
    category, label_end = _clause_label(text, opening.end(), part.prefix_start - 1)
    if not category or label_end > part.prefix_start:
        return None
    if (verb := _VERB_AFTER_NOUN.search(category)) is not None:
        category = category[verb.end() :]  # "schools assessed had reopened"
    noun = opening["noun"]
    one = Part(category, part.value, opening.start(), end, counted=noun, base=noun)
    kind = "survey" if speaks_of_survey(text, opening.start(), end) else "breakdown"
    return Tally(kind, opening.start(), end, [one], subject=noun, total=total)


def _share_before_respondents(text: str, share: Item, limit: int) -> Tally | None:
    """A share in parentheses before those who replied, as one part.

    "Nearly two thirds (63 per cent) of the responding countries had a plan": one part
    "had a plan" at 63 per cent of the responding countries.
    """
    if _IN_PARENTHESES.search(text, max(0, share.prefix_start - 3), share.prefix_start) is None:
        return None
    close = _CLOSE.match(text, share.head_end, limit)
    base = _BASE_OF_SHARES.match(text, close.end(), limit) if close is not None else None
    if base is None:
        return None
    category, end = _clause_label(text, base.end(), limit)
    if not category:
        return None
    counted = " ".join(base["base"].split())
    part = _share_of_respondents(category, None, share, end, counted)
    return Tally("survey", share.prefix_start, end, [part], subject=counted, unit="percent")


def _share_of_respondents(
    category: str, count: int | None, share: Item, end: int, counted: str | None
) -> Part:
    """One answer as a share of those who replied (its count where the text gives it)."""
    return Part(
        category,
        count,
        share.prefix_start,
        end,
        percent=float(share.percent),
        decimals=share.decimals,
        counted=counted,
        base="respondents",
        qualifier=share.qualifier,
    )


# The label of a share written before its verb, at the start of a clause: "Children
# accounted for", "; women made up about". A pronoun or a share word is no label.
_LABEL_FIRST_SHARE = re.compile(
    r"(?:^|[.;:,(]\s{0,3}|\b(?:and|while|whereas|but)\s{1,3})"
    r"(?!(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]t|[Tt]hey|[Ww]hich|[Ww]ho|[Ss]uch)\s)"
    r"(?P<label>(?:[A-Za-z][\w'’-]{0,25}\s{1,3}){0,3}?[A-Za-z][\w'’-]{0,25})\s{1,3}"
    r"(?:account(?:s|ed)?\s{1,3}for|make(?:s)?\s{1,3}up|made\s{1,3}up|represent(?:s|ed)?"
    r"|constitute[sd]?|comprise[sd]?)\s{1,3}"
    r"(?:(?:about|some|nearly|almost|over|roughly|around|only|just|more\s{1,3}than"
    r"|less\s{1,3}than)\s{1,3})?$"
)
_LABEL_FIRST_REACH = 110
_SHARE_WORDS = re.compile(
    r"\b(?:share|proportion|percentage|rate|number|total|majority|half)\b", re.I
)


def _label_first_share(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """One share of a stated whole with its label first, as a breakdown of one part.

    "Children accounted for 40 per cent of the 2.1 million refugees": total 2,100,000,
    "Children" 40. More shares after it are the enumeration grammar's.
    """
    part = items[index]
    if part.of_total is None and part.percent is not None and index > 0:
        return _label_first_share_of_whole_before(text, items, index)
    if part.of_total is None or part.percent is None or not 0 < part.percent < 100:
        return None  # cheap test first: only a share "of the N ..." is read
    following = index + 1
    while following < len(items) and (
        items[following].start < part.head_end or items[following].kind == "other"
    ):
        # "of the 2.1 million refugees": the whole's own numbers; "... infections in
        # 2017": a year, a date or a reference, no part
        following += 1
    if following < len(items) and _more_parts_follow(text, part.head_end, items[following]):
        return None  # more parts follow: the enumeration grammar reads them
    low = max(0, part.prefix_start - _LABEL_FIRST_REACH)
    written = _LABEL_FIRST_SHARE.search(text, low, part.prefix_start)
    if written is None or _SHARE_WORDS.search(written["label"]):
        return None
    counted = part.counted
    if counted is None or NOT_COUNT_AFTER.match(counted):
        return None  # "of the 3,100 dollars": money or a measure, no whole of counted things
    label = re.sub(r"^[Tt]he\s{1,3}(?=[a-z])", "", " ".join(written["label"].split()))
    tally = _tally(
        None, part.of_total, part, label, written.start("label"), part.head_end, counted=counted
    )
    return _as_share_of(tally, part, counted)


def _as_share_of(tally: Tally, share: Item, base: str | None) -> Tally:
    """``tally``'s one part as the share ``share`` of a whole of ``base``: a breakdown."""
    tally.kind = "breakdown"
    tally.parts[0].percent = float(share.percent)  # type: ignore[arg-type]
    tally.parts[0].decimals = share.decimals
    tally.parts[0].base = base
    tally.unit = "percent"
    return tally


def _label_first_share_of_whole_before(text: str, items: list[Item], index: int) -> Tally | None:
    """One share with its label first, its whole stated right before it "Of the N ...,".

    "Of the 383 Directors, women make up 30.6 per cent": total 383, "women" 30.6 per cent.
    """
    whole, part = items[index - 1], items[index]
    if not (whole.kind == "count" and whole.total_before and whole.value and whole.counted):
        return None
    if part.percent is None or not 0 < part.percent < 100 or NOT_COUNT_AFTER.match(whole.counted):
        return None
    if index + 1 < len(items) and _more_parts_follow(text, part.head_end, items[index + 1]):
        return None  # more parts follow: the enumeration grammar reads them
    comma = text.find(",", whole.head_end, part.prefix_start)
    if comma < 0 or any(mark in text[whole.head_end : comma] for mark in ".;:()"):
        return None
    written = _LABEL_FIRST_SHARE.search(text, comma, part.prefix_start)
    if written is None or _SHARE_WORDS.search(written["label"]):
        return None
    label = re.sub(r"^[Tt]he\s{1,3}(?=[a-z])", "", " ".join(written["label"].split()))
    tally = _tally(
        whole, whole.value, part, label, whole.prefix_start, part.head_end, counted=whole.counted
    )
    return _as_share_of(tally, part, whole.counted)


# A whole that makes a count a rate: "out of ten", "of 100" (no "the": "of the 10
# commissions" is a set); a small whole in words after "out of", as in _part_out_of
# ("five out of six poor people live in two regions", "one out of every four").
_OF_A_RATE = re.compile(
    r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:10|100|1,?000|ten|(?:a|one)\s{1,3}(?:hundred|thousand))\b"
    r"|\s{1,3}out\s{1,3}of\s{1,3}(?:every\s{1,3})?"
    r"(?:two|three|four|five|six|seven|eight|nine|eleven|twelve)\b"
)


# A count of a whole with a participle of replying, after "with": "with 73 of 193 Member
# States replying" (the participle belongs to the whole phrase, so the count replied).
_REPLYING_LAST = re.compile(r"\s(?:replying|responding|answering)$")
_WITH_BEFORE = re.compile(r"\b[Ww]ith\s{1,3}(?:(?:only|just|some)\s{1,3})?$")


# The same participle after the whole, past a participle of asking: "with 88 of the 120
# offices participating", "with 2,210 of the 5,020 staff invited taking part".
def _sentence_around(text: str, item: Item) -> str:
    """The sentence of ``text`` that holds ``item``."""
    start = max(text.rfind(". ", 0, item.start) + 1, 0)
    end = text.find(". ", item.end)
    return text[start : end if end >= 0 else len(text)]


_TAKING_PART_LAST = re.compile(r"\s(?P<verb>participating|taking\s{1,3}part)$")
_TAKING_PART_AFTER = re.compile(
    r"\s{1,3}(?:(?:invited|surveyed|asked|contacted|approached)\s{1,3})?"
    r"(?P<verb>participating|taking\s{1,3}part|replying|responding|answering)\b"
)
# The form those after "with" completed: "with 110 of 193 States completing the survey".
_COMPLETING_FORM = re.compile(
    r"\s{1,3}(?P<verb>completing|returning|submitting|answering)\s{1,3}(?:the|their|its)\s{1,3}"
    r"(?P<object>questionnaire|survey)\b",
    re.IGNORECASE,
)
_COMPLETED = {
    "completing": "completed",
    "returning": "returned",
    "submitting": "submitted",
    "answering": "answered",
}


def _with_replying(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A count of those replying after "with": "..., with 88 Member States replying"."""
    item = items[index]
    if item.of_total is not None or item.value is None or item.subset:
        return None
    if not (
        _REPLYING_LAST.search(text, item.prefix_start, item.head_end)
        and _WITH_BEFORE.search(text, max(0, item.prefix_start - 20), item.prefix_start)
    ):
        return None
    # a request named around it ("a survey", "the response rate"): "With 12 delegations
    # responding to the proposal, the Chair adjourned" answers no request
    window = text[max(0, item.prefix_start - 200) : min(limit, item.head_end + 100)]
    if _ASKED.search(window) is None and "response rate" not in window:
        return None
    return _with_share(text, items, index, None, "replied", (item.prefix_start, item.head_end))


# A whole of one digit after "out of", no "the", then people: "2 out of 3 respondents",
# "3 out of 5 households" are rates ("Three out of the 5 judges", "4 out of 9 provinces"
# count a set).
_SMALL_WHOLE_THEN_NOUNS = re.compile(
    r"\s{1,3}out\s{1,3}of\s{1,3}[2-9]\s{1,3}(?P<first>[A-Za-z-]{1,25})(?:\s{1,3}(?P<second>[A-Za-z-]{1,25}))?"
)
_RATE_NOUNS = PEOPLE_NOUNS | frozenset(("respondents", "households", "families", "youth"))
# "N out of M" with no determiner before a whole of one digit: "4 out of 5 bribes".
_OUT_OF_BARE = re.compile(r"\s{1,3}out\s{1,3}of\s{1,3}\d\b")
_SMALL_RATE_BASE = 9  # the largest such whole that a qualified count makes a rate


def _people_rate(text: str, end: int, limit: int) -> bool:
    """Whether the count ending at ``end`` is a rate of people: "2 out of 3 respondents"."""
    whole = _SMALL_WHOLE_THEN_NOUNS.match(text, end, limit)
    return whole is not None and any(
        (word or "").lower() in _RATE_NOUNS for word in (whole["first"], whole["second"])
    )


def _of_the_whole(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """Form 2: "76 of the 191 Member States had responded to the survey"."""
    item = items[index]
    if item.of_total is None or item.value is None or item.subset:
        return None
    if _OF_A_RATE.match(text, item.end, limit) or _people_rate(text, item.end, limit):
        return None  # "Four out of ten Ecuadorians have ...": a rate, as in _part_out_of
    if (
        item.qualifier is not None
        and item.of_total <= _SMALL_RATE_BASE
        and _OUT_OF_BARE.match(text, item.end, limit) is not None
    ):
        # "About 4 out of 5 bribes were paid in cash", "nearly 3 out of 4 complaints": no
        # one counts four of five things approximately, so the words give a rate ("Only
        # 4 out of 9 provinces met the target" counts provinces)
        return None
    paren = text.rfind("(", max(0, item.start - 3), item.start + 1)
    if paren >= 0 and contradicts_share_words(text, paren, item.value / item.of_total):
        return None  # "Half of the 20 schools (3) were closed": the figures deny the words
    if _WITH_BEFORE.search(text, max(0, item.prefix_start - 20), item.prefix_start):
        if _REPLYING_LAST.search(text, item.prefix_start, item.head_end):
            # "..., with 73 of 193 Member States replying": the 73 replied
            span = (item.prefix_start, item.head_end)
            return _with_share(text, items, index, None, "replied", span)
        taking_part = _TAKING_PART_AFTER.match(text, item.head_end, limit) or (
            _TAKING_PART_LAST.search(text, item.prefix_start, item.head_end)
        )
        replied = taking_part is not None and taking_part["verb"].lower().startswith(
            ("repl", "resp", "answ")
        )
        if taking_part is not None and (replied or _ASKED.search(_sentence_around(text, item))):
            # "With 88 of the 120 offices participating, the survey ...", "with 2,210 of
            # the 5,020 staff invited taking part": the participle after the whole is the
            # part's; taking part is a survey's only where the sentence names one or those
            # asked ("The meeting ended with 12 of the 15 members taking part" is a count
            # of another kind)
            span = (item.prefix_start, max(taking_part.end(), item.head_end))
            category = "replied" if replied else "participated"
            return _with_share(text, items, index, None, category, span)
        if completing := _COMPLETING_FORM.match(text, item.head_end, limit):
            # "With 110 of the 193 Member States completing the questionnaire, ..."
            verb, form = _COMPLETED[completing["verb"].lower()], completing["object"].lower()
            category = f"{verb} the {form}"
            span = (item.prefix_start, completing.end())
            return _with_share(text, items, index, None, category, span)
    if item.response_from:
        # "Replies were received from 37 of the 52 members of the Commission (71 per
        # cent)", "The questionnaire was completed by 120 of 190 Member States"
        reach = max(0, item.prefix_start - 120)
        passive = _COMPLETED_BY.search(text, reach, item.prefix_start)
        nominal = _NOMINAL_BEFORE.search(text, reach, item.prefix_start)
        if passive is not None:
            verb = " ".join(passive["verb"].lower().split())
            category = f"{verb} the {_singular(passive['object'])}"
            start = passive.start()
        elif nominal is not None:
            category = {**_REPLY_NOUNS, **_FORMS}[nominal["noun"].lower()]
            start = nominal.start()
        else:
            return None
        return _with_share(text, items, index, None, category, (start, item.head_end))
    if item.of_replied:
        # "Forty-one of the 63 Governments that replied reported having a plan": the 63
        # replied, the 41 said something.
        category, end = _clause_label(text, item.head_end, limit)
        if not category:
            return None
    elif _RESPONDENTS.match(item.counted or ""):
        # "Sixty-one of the 112 respondents (54 per cent) said that ...": what some said,
        # or what had happened to them ("... had experienced an incident")
        label = _verb_label(text, item, limit) or _perfect_label(text, item, limit)
        if label is None:
            return None
        category, end = label
    else:
        action = _action(text, _label_start(text, item), limit) or _action_after_relative(
            text, item, limit
        )
        if action is None and (shared := _shared_action(text, items, index, limit)) is not None:
            action, noun_end = shared
            counted = " ".join(text[item.head_end - len(item.counted or "") : noun_end].split())
            category, span = reply_category(action), (item.prefix_start, noun_end, counted)
            return _with_share(text, items, index, None, category, span)
        if action is None and (polled := _majorities_in_part(text, items, index, limit)):
            return polled  # "Majorities in 22 of the 39 countries surveyed have ..."
        if action is None:
            # "Only 3 of the 12 recommendations have been implemented": one part
            if not _is_subject(text, item):
                return _contributed_part(text, items, index, limit) or _held_part(
                    text, items, index, limit
                )
            label = _part_label(text, item, limit)
            if label is None:
                return None
            category, end = label
            span = (item.prefix_start, end, _whole_name(text, item.counted, item.head_end, limit))
            kind = "survey" if _polled_whole(text, item, limit) else "breakdown"
            return _with_share(text, items, index, None, category, span, kind)
        if action["did_so"] or action["pronoun_verb"]:
            return None
        category, end = reply_category(action), action.end()
    return _with_share(text, items, index, None, category, (item.prefix_start, end))


# A relative clause that says which of the whole were asked, before the part's verb:
# "nine of the 42 countries| to which the questionnaire was sent |responded".
_RELATIVE_BEFORE_ACTION = re.compile(
    r"\s{1,3}(?:(?:to|from|of)\s{1,3})?(?:which|whom|who|that)\s"
    r"(?:(?!repl|respon|answer|complet|return)[^,;:.()\d]){1,90}?\s"  # the clause: no reply
    r"(?=(?:had\s{1,3}|have\s{1,3})?(?:replied|responded|answered|completed|returned)\b)"
)


def _action_after_relative(text: str, item: Item, limit: int) -> re.Match[str] | None:
    """The reply action after a relative clause on the whole, if the clause has no figure.

    "Only nine of the 42 countries to which the questionnaire was sent responded": the
    nine responded; the clause says which 42 were asked.
    """
    clause = _RELATIVE_BEFORE_ACTION.match(text, item.head_end, limit)
    return _action(text, clause.end(), limit) if clause is not None else None


# Between two subjects "N of the M" that share one verb: " and ", or the rest of the
# first one's noun and " and " ("funds| and programmes| and 13 of the 15 agencies").
_SUBJECTS_JOINED = re.compile(
    r"(?P<noun>(?:\s{1,3}and\s{1,3}[a-z][\w-]{1,25}){0,1}?)\s{1,3}and\s{1,3}"
)


def _shared_action(
    text: str, items: list[Item], index: int, limit: int
) -> tuple[re.Match[str], int] | None:
    """The reply of the next "N of the M", joined by "and", that the item's verb elides.

    "Nine of the 11 funds and programmes and 13 of the 15 agencies responded": both
    responded. Returns the action and where the item's noun ends.
    """
    item = items[index]
    if index + 1 >= len(items) or item.verb or item.auxiliary or item.counted is None:
        return None
    following = items[index + 1]
    if following.of_total is None or following.subset or following.of_replied:
        return None
    joined = _SUBJECTS_JOINED.fullmatch(text, item.head_end, following.prefix_start)
    if joined is None:
        return None
    action = _action(text, _label_start(text, following), limit)
    if action is None or action["did_so"] or action["pronoun_verb"]:
        return None
    return action, joined.end("noun")


# Who gave the part, right before it: "These countries contributed", "African States
# have provided", "Women accounted for" (a subject of one to four words at the start of its clause).
_CONTRIBUTOR = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=[.;:]))\s{0,3}(?P<label>(?:[A-Za-z][\w'’-]{0,30}\s{1,3}){1,4}?"
    r"(?:(?:had|have|has|together)\s{1,3})?(?P<verb>[a-z]{4,12})(?:\s{1,3}(?P<particle>for|up))?)"
    r"\s{1,3}$"
)
_CONTRIBUTOR_REACH = 80
# A body or a pronoun before "held": what it held are its own acts, no part of a group.
_BODY_HOLDS = re.compile(r"(?:The\s{1,3}[A-Z]|It\b|They\b|We\b)")


def _contributed_part(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """One part "N of the M" given by the subject before it.

    "These countries contributed 67 of the 7,258 police officers deployed" is a
    breakdown of total 7,258 and one part 67 whose category is who gave it and how
    ("These countries contributed"); "provided one of the 15 reports" picks one: none.
    """
    item = items[index]
    if (item.value or 0) < 2:
        return None
    reach = max(0, item.prefix_start - _CONTRIBUTOR_REACH)
    found = _CONTRIBUTOR.search(text, reach, item.prefix_start)
    if found is None or (
        (found["verb"], found["particle"]) not in CONTRIBUTION_PHRASES
        if found["particle"]
        else found["verb"] not in CONTRIBUTION_VERBS
    ):
        return None
    category = " ".join(found["label"].split())
    if category.split()[0].lower() in _NOT_HOLDERS:
        return None  # "This accounted for 12 of the 40 cases": no group named
    if found["verb"].startswith("h") and _BODY_HOLDS.match(category):
        return None  # "The Committee held 3 of the 12 meetings in Geneva": the body's acts
    clause_end = _clause_end(text, item.head_end, limit)  # "deployed", "serving in ..."
    span = (found.start("label"), max(item.head_end, clause_end))
    return _with_share(text, items, index, None, category, span, "breakdown")


# Where a part of a stated whole is, right before it: "Africa is home to", "Kenya hosts",
# "a continent with" (a name or noun phrase of one to four words at the start of its
# clause or after a determiner).
_HOLDER = re.compile(
    r"(?:^|(?<=[,;:(]\s)|(?<=[.;:(]))\s{0,3}(?P<label>(?:[A-Za-z][\w'’-]{0,30}\s{1,3}){1,4}?)"
    r"(?P<verb>(?:is|are|was|were|remains|remained)\s{1,3}home\s{1,3}to|hosts|hosted|host|with)"
    r"\s{1,3}$"
)
_HOLDER_REACH = 70
# A named holder set off by a comma or a dash, the verb in a relative clause after it:
# "the debt of Africa -- which contains 33 of the 41 heavily indebted poor countries --",
# "Africa, which is home to 34 of the 49 least developed countries, ...", "Lebanon, which
# hosts 12 of the 58 camps". The name is one to four capitalised words.
_RELATIVE_HOLDER = re.compile(
    r"(?<![\w'’-])(?!(?:The|This|These|That|It|Its)\b)"  # "The Committee, which ...": a body
    r"(?P<label>[A-Z][\w'’-]{1,30}(?:\s{1,3}[A-Z][\w'’-]{1,30}){0,3})"
    r"\s{0,3}(?:,|--|—|–)\s{0,3}which\s{1,3}(?:now\s{1,3}|alone\s{1,3})?"
    r"(?P<verb>(?:is|was|remains)\s{1,3}home\s{1,3}to|hosts|hosted|contains|contained)"
    r"\s{1,3}$"
)
# Bodies, which hold members, not parts of a whole they are counted in.
_BODY_NAMES = re.compile(
    r"(?:Committee|Council|Commission|Assembly|Board|Group|Office|Secretariat|Programme"
    r"|Fund|Union|Organization|Organisation|Panel|Conference|Mission|Court|Tribunal)$"
)


def _held_part(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """One part "N of the M" held by a place or a group named before it.

    "Africa is home to 33 of the 46 least developed countries", "Kenya hosts 12 of the
    30 camps", "a continent with 34 of the 48 least developed countries" (also "Africa,
    as a continent with ..."): a breakdown of
    total M and one part whose category is the holder. After "with" the holder is a noun
    phrase with no verb ("The text was adopted with 9 of the 15 members in favour" is
    none: a vote is no holder).
    """
    item = items[index]
    if (item.value or 0) < 2 or item.of_total is None or item.value >= item.of_total:
        return None
    reach = max(0, item.prefix_start - _HOLDER_REACH)
    found = _RELATIVE_HOLDER.search(text, reach, item.prefix_start) or _HOLDER.search(
        text, reach, item.prefix_start
    )
    if found is None:
        return None
    words = found["label"].split()
    if found.re is _RELATIVE_HOLDER and _BODY_NAMES.search(found["label"]):
        return None  # "The Committee, which contains 3 of the 12 experts": a body's members
    if found["verb"] == "with" and any(word.lower() in VERBS | AUXILIARIES for word in words):
        return None
    start = found.start("label")
    if words[0].lower() == "as" and len(words) > 2 and words[1].lower() in ("a", "an"):
        words = words[1:]  # "Africa, as a continent with": the noun phrase after "as"
    if words[0].lower() in ("a", "an") and len(words) > 1:
        # "Sub-Saharan Africa, a region with": the name the noun phrase stands beside
        reach = max(0, start - _HOLDER_REACH)
        name = _NAME_BEFORE.search(text, reach, start) or _NAME_IN_CLAUSE_BEFORE.search(
            text, reach, start
        )  # "I would add that Africa, as a continent with": a name inside its clause
        words = name["name"].split() if name is not None else words[1:]
        start = name.start("name") if name is not None else start
    category = " ".join(words)
    if not category[:1].isalpha() or category.lower() in _NOT_HOLDERS:
        return None
    span = (start, item.head_end)
    return _with_share(text, items, index, None, category, span, "breakdown")


# A poll's answer held by majorities in places, before "in N of the M ...": "Clear
# majorities hold this view in", "Majorities supported more renewable energy in" (the
# majority word opens the clause; the answer, up to eight words, is the category).
_MAJORITIES_BEFORE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=[.;:]))\s{0,3}(?:(?:[Cc]lear|[Ss]trong|[Ll]arge|[Ss]imple|[Oo]verwhelming"
    r"|[Aa]bsolute)\s{1,3})?[Mm]ajorit(?:y|ies)(?:\s{1,3}or\s{1,3}pluralit(?:y|ies))?"
    r"\s{1,3}(?!or\s)(?P<label>[\w'’-]{1,25}(?:\s{1,3}[\w'’-]{1,25}){0,7}?)"
    r"\s{1,3}in\s{1,3}(?:(?:only|just|all\s{1,3}but)\s{1,3})?$"
)
# Majorities named right before "in N of the M ...", their answer after the whole:
# "Clear majorities in 22 of the 39 countries surveyed ... have a favourable view of".
_MAJORITIES_RIGHT_BEFORE = re.compile(
    r"\b[Mm]ajorit(?:y|ies)(?:\s{1,3}or\s{1,3}pluralit(?:y|ies))?"
    r"\s{1,3}in\s{1,3}(?:(?:only|just)\s{1,3})?$"
)
_MAJORITY_ANSWER_AFTER = re.compile(
    r"[^.;:()\d]{0,80}?\s(?P<label>(?:have|had|hold|held|express(?:ed)?|view(?:ed)?|see|saw"
    r"|say|said|want(?:ed)?|believe[ds]?|think|thought|agree[ds]?|back(?:ed)?|favou?r(?:ed)?"
    r"|support(?:ed)?|oppos(?:ed?)|trust(?:ed)?)\s[^.;:()\d]{1,120}?)(?=\s{0,3}(?:[.;:,(]|$))"
)
# The whole is those a poll asked, in its own phrase: "the 14 countries polled", "the 10
# survey countries", "the 39 countries surveyed by the Pew Research Center".
_POLLED_WHOLE = re.compile(r"\b(?:polled|surveyed|survey|sampled)\b")
_MAJORITY_REACH = 100


def _polled_whole(text: str, item: Item, limit: int) -> bool:
    """Whether the whole of ``item`` is named as polled, in its phrase or right after it.

    "the 14 countries surveyed (by the Centre)", "the 19 countries we surveyed", "the 10
    survey countries".
    """
    polled = _POLLED_MODIFIER.match(text, item.head_end, limit)
    end = polled.end() if polled is not None else item.head_end
    return _POLLED_WHOLE.search(text, item.prefix_start, end) is not None


def _majorities_in_part(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """One part "in N of the M" places a poll covered, where majorities gave an answer.

    "Clear majorities hold this view in 10 of the 14 countries polled" and "Majorities in
    22 of the 39 countries surveyed have a favourable view of the Organization" are
    surveys of total M and one part N whose category is the answer. The whole must be
    named as polled or surveyed in its own phrase and a majority must give the answer:
    "The disease was reported in 10 of the 14 provinces surveyed" and "Majorities
    supported the plan in 8 of the 10 provinces" are none.
    """
    item = items[index]
    if not 0 < (item.value or 0) < (item.of_total or 0):
        return None
    if not _polled_whole(text, item, limit):
        return None
    reach = max(0, item.prefix_start - _MAJORITY_REACH)
    before = _MAJORITIES_BEFORE.search(text, reach, item.prefix_start)
    if before is not None:
        category, start = " ".join(before["label"].split()), before.start("label")
        return _with_share(text, items, index, None, category, (start, item.head_end))
    if _MAJORITIES_RIGHT_BEFORE.search(text, reach, item.prefix_start) is None:
        return None
    after = _MAJORITY_ANSWER_AFTER.match(text, item.head_end, limit)
    if after is None:
        return None
    category = " ".join(after["label"].split())
    return _with_share(text, items, index, None, category, (item.prefix_start, after.end()))


_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[,;:(]\s)|(?<=[.;:(]))\s{0,3}"
    r"(?P<name>[A-Z][\w'’-]{0,30}(?:\s{1,3}(?:of|and|the|[A-Z][\w'’-]{0,30})){0,4})\s{0,3},\s{1,3}$"
)
# Capitalised words right before the comma, wherever the clause began.
_NAME_IN_CLAUSE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){0,3})\s{0,3},\s{1,3}$"
)
_NOT_HOLDERS = frozenset(("it", "they", "this", "that", "which", "who", "there", "together"))


# A group named at the start of its clause and the verb by which it holds a share of a
# whole: "Women held", "Women made up", "Africa accounted for".
_SHARE_HOLDER = re.compile(
    r"(?:^|(?<=[,;:(]\s)|(?<=[.;:(]))\s{0,3}(?P<label>(?:[A-Za-z][\w'’-]{0,30}\s{1,3}){1,4}?)"
    r"(?:held|holds|occupied|occupies|filled|(?:made|make|makes)\s{1,3}up"
    r"|(?:accounted|account|accounts)\s{1,3}for|represented|represents|constituted|constitutes)"
    r"\s{1,3}$"
)
_SHARE_HOLDER_REACH = 70


def _held_share_of_whole(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """One part held by a group, with its share, of a whole named after the share.

    "Women held 1,218, or 38.6 per cent, of the 3,155 posts": a breakdown of total 3,155
    and one part, "Women", of 1,218 (38.6 per cent). The share must be the count's share
    of the whole as rounded (1,218 / 3,155 is 38.6 per cent): the arithmetic, not the
    verb, says the whole is the count's ("The Board held 20, or 80 per cent, of its 25
    meetings in Geneva" is one part too; with "40 per cent" it is none).
    """
    item = items[index]
    if item.share is None or item.of_total is not None or not item.value or index + 1 >= len(items):
        return None
    whole = items[index + 1]
    if (
        whole.kind != "count"
        or not whole.value
        or whole.value <= item.value
        or whole.counted is None
        or text[item.head_end : whole.prefix_start].strip()
        or not text.startswith("of", whole.prefix_start)
    ):
        return None
    slack = Fraction(1, 2 * 10 ** (item.share_decimals or 0))
    if abs(Fraction(100 * item.value, whole.value) - item.share) > slack:
        return None
    reach = max(0, item.prefix_start - _SHARE_HOLDER_REACH)
    holder = _SHARE_HOLDER.search(text, reach, item.prefix_start)
    if holder is None:
        return None
    category = " ".join(holder["label"].split())
    if category.lower() in _NOT_HOLDERS or category.split()[0].lower() in AUXILIARIES | VERBS:
        return None
    tally = _tally(
        None,
        whole.value,
        item,
        category,
        holder.start("label"),
        whole.head_end,
        counted=whole.counted,
        kind="breakdown",
    )
    tally.total_qualifier = whole.qualifier
    tally.parts[0].percent = float(item.share)
    tally.parts[0].decimals = item.share_decimals
    return tally


# ", representing 45 per cent of the 191 Member States" after a count's clause: its share
# of a stated whole.
_SHARE_OF_WHOLE = re.compile(
    r"\s{0,3},\s{0,3}(?:representing|or|that\s{1,3}is|i\.\s?e\.|equivalent\s{1,3}to)\s{1,3}"
    r"(?:(?:about|some|nearly|almost|roughly)\s{1,3})?"
    r"(?P<percent>\d{1,3}(?:\.(?P<decimals>\d{1,2}))?)\s{0,3}(?:per\s{0,3}cent|percent|%)"
    r"\s{1,3}of\s{1,3}(?:the\s{1,3}|all\s{1,3}|its\s{1,3})?"
    r"(?P<total>\d{1,3}(?:,\d{3})+|\d{1,6})\s{1,3}"
    r"(?P<noun>(?:[A-Za-z][\w-]{1,25}\s{1,3}){0,2}?"
    r"(?:Member\s{1,3}States|States\s{1,3}parties|[A-Za-z][a-z-]{2,25}s))\b"
)


def _share_of_stated_whole(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A count, its clause, then its share of a stated whole.

    "86 countries submitted reports, representing 45 per cent of the 191 Member States":
    total 191, one part 86 "submitted reports" with percent 45. A survey when the count
    replied ("64 Governments replied, or 33 per cent of the 193 Member States"), else a
    breakdown.
    """
    item = items[index]
    if item.value is None or not item.counted or item.of_total is not None or not item.verb:
        return None
    label = _verb_label(text, item, limit)
    if label is None:
        return None
    category, end = label
    share = _SHARE_OF_WHOLE.match(text, end, limit)
    if share is None:
        return None
    action = _action(text, item.verb_end - len(item.verb), limit)
    kind = "breakdown"
    if action is not None and not (action["did_so"] or action["pronoun_verb"]):
        category, kind = reply_category(action), "survey"
    total, _ = read_count(share["total"])
    if total is None or total < item.value:
        return None
    tally = _tally(
        None,
        total,
        item,
        category,
        item.prefix_start,
        share.end(),
        counted=" ".join(share["noun"].split()),
        kind=kind,
    )
    tally.parts[0].percent = float(share["percent"])
    tally.parts[0].decimals = len(share["decimals"] or "")
    return tally


def _replied_with_object(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A count that sent its replies: "118 States had submitted their responses".

    Information sent in answer is a reply too: "41 States provided information in response
    to the note verbale".
    """
    item = items[index]
    if item.value is None or item.of_total is not None:
        return None
    if item.total_before or item.subset or item.response_from:
        return None
    if item.verb is None and item.kind == "count":
        return _with_uncounted_others(text, item, limit)
    if not item.counted or item.verb is None:
        return None
    action = _action(text, _label_start(text, item), limit)
    if action is None:
        return _given_when_asked(text, item, limit)
    if not (action["noun"] or action["answered_with"] or action["object"] in _REPLY_NOUNS):
        return None  # "64 Governments replied": the enumeration grammar reads it
    return _reply_fact(item, action)


# Others joined to a count's subject, themselves uncounted, before the verb they share:
# "Governments and several intergovernmental organizations ".
_UNCOUNTED_OTHERS = re.compile(
    r"\s{0,3}(?P<noun>(?:[A-Z][\w-]{1,25}\s{1,3}){0,2}?[A-Za-z][\w-]{1,25}s)?"
    r"\s{1,3}and\s{1,3}(?:several|some|a\s{1,3}few|a\s{1,3}number\s{1,3}of|various|many"
    r"|the(?=\s{1,3}[A-Z]))\s{1,3}"  # "and the European Union": one named other
    r"[^.;:,()\d]{1,80}?\s(?=(?:had\s{1,3}|have\s{1,3})?(?:sent|provided|submitted|transmitted)\s)"
)


def _with_uncounted_others(text: str, item: Item, limit: int) -> Tally | None:
    """A count that answered a request with others it does not count: one survey fact.

    "Thirty-two Governments and several organizations submitted reports on action taken
    to implement resolution 56/115": 32 Governments "responded"; the others are no part.
    """
    others = _UNCOUNTED_OTHERS.match(text, item.head_end, limit)
    if others is None or not (counted := item.counted or others["noun"]):
        return None
    action = _action(text, others.end(), limit)
    if action is None or not action["answered_with"]:
        return None
    part = Part(
        reply_category(action),
        item.value,
        item.prefix_start,
        action.end(),
        counted=counted,
        qualifier=item.qualifier,
    )
    return Tally("survey", part.start, part.end, [part], subject=counted)


# What a count gave, where a request opens the sentence: "provided information",
# "submitted their views", "sent comments".
_GIVEN = re.compile(
    r"(?:(?:had|have|has)\s{1,3})?(?:provided|submitted|sent|transmitted|furnished)\s{1,3}"
    r"(?:(?:their|its)\s{1,3})?(?:(?:written|national|detailed)\s{1,3})?"
    r"(?:information|views|comments|observations|inputs?|replies|responses|submissions"
    r"|reports?|data)\b"
)
# A request that opens the sentence before the count: "In response to the note verbale,",
# "Pursuant to resolution 70/1, a total of".
_ANSWER_OPENER = re.compile(
    _REQUEST_NAMED + r"[^.;:]{0,100}?,\s{1,3}"
    r"(?:(?:a\s{1,3}total\s{1,3}of|some|only|in\s{1,3}all)\s{1,3})?$",
    re.IGNORECASE,
)
_OPENER_REACH = 160


def _given_when_asked(text: str, item: Item, limit: int) -> Tally | None:
    """A count that gave what a request before it asked for: a one-count survey fact.

    "In response to the note verbale, 41 Member States provided information": 41
    "responded". With no request before ("In 2019, 41 States provided data") it is none.
    """
    given = _GIVEN.match(text, _label_start(text, item), limit)
    if given is None or not _ANSWER_OPENER.search(
        text, max(0, item.prefix_start - _OPENER_REACH), item.prefix_start
    ):
        return None
    return _one_count_survey(item, "responded", given.end())


_OUT_OF_NOUN = re.compile(
    r"\s{1,3}(?P<noun>(?:[A-Za-z][\w-]{1,25}\s{1,3}){0,2}?"
    r"(?:Member\s{1,3}States|States\s{1,3}parties|[A-Za-z][a-z-]{2,25}s))\b"
)
_OPEN_SHARE = re.compile(r"\s{0,3}\(\s{0,2}$")
_BARE_OF = re.compile(r"\s{1,3}of\s{1,3}")
# An aside after a whole: ", or more than half,", ", or two thirds,".
_OR_ASIDE = re.compile(
    r"\s{0,3},\s{0,3}(?:or|representing|some|that\s{1,3}is|accounting\s{1,3}for)\s{1,3}"
    r"[\w\s-]{1,60}?,"
)


def _out_of(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A part "out of" its whole: "120 out of the 193 Member States responded"."""
    part, whole = items[index], items[index + 1]
    if part.value is None or part.head_end > whole.prefix_start:
        return None
    if not _OUT_OF.fullmatch(text[part.head_end : whole.prefix_start]):
        if _BARE_OF.fullmatch(text, part.head_end, whole.prefix_start) and whole.value:
            return _quantity_made_exact(text, part, whole, whole.value, limit)  # "(14 of 40)"
        return None
    total = whole.value
    if whole.kind == "other" and text[whole.start : whole.end].isdigit():
        total = int(text[whole.start : whole.end])  # "out of the 193": read as no count
    if total is None:
        return None
    counted, after = whole.counted, whole.head_end
    if part.counted is not None:
        # "48 least developed countries out of 96 have met the goal": the part's noun
        # is the whole's; an aside may follow the whole (", or more than half,")
        if counted is not None or total < part.value:
            return None
        counted = part.counted
        aside = _OR_ASIDE.match(text, after, limit)
        after = aside.end() if aside is not None else after
    elif counted is None:
        noun = _OUT_OF_NOUN.match(text, whole.end, limit)
        if noun is None:
            return _quantity_made_exact(text, part, whole, total, limit)
        counted, after = " ".join(noun["noun"].split()), noun.end()
    share = items[index + 2] if index + 2 < len(items) else None
    if share is not None and share.kind == "percent" and share.percent is not None:
        close = re.match(r"\s{0,2}\)", text[share.head_end : share.head_end + 4])
        if close and _OPEN_SHARE.fullmatch(text[after : share.prefix_start]):
            after = share.head_end + close.end()  # "(62 per cent)" after the whole
        else:
            share = None
    else:
        share = None
    action = _action(text, _skip_blanks(text, after), limit)
    if action is None:
        return _part_out_of(text, part, whole, total, (counted, after), share, limit)
    if action["did_so"] or action["pronoun_verb"]:
        return None
    category, span = reply_category(action), (part.prefix_start, action.end())
    return _tally(None, total, part, category, *span, counted=counted, share_item=share)


# A quantity in words, then the parentheses that give it in figures: "a clear majority
# (", "about a third of them (". The fraction it states, or the side of a half it lies on.
_QUANTITY_OPEN = re.compile(
    r"\b(?:(?:a|the)\s{1,3}(?:(?:clear|large|small|vast|slight|narrow|substantial)\s{1,3})?"
    r"(?P<side>majority|minority)|(?P<most>most)"
    r"|(?:(?:about|almost|nearly|over|more\s{1,3}than|less\s{1,3}than|some)\s{1,3})?"
    r"(?P<fraction>half|a\s{1,3}third|two\s{1,3}thirds|a\s{1,3}quarter|three\s{1,3}quarters))"
    r"(?:\s{1,3}of\s{1,3}(?:them|these|those))?\s{0,3}\(\s{0,2}$",
    re.IGNORECASE,
)
_QUANTITY_REACH = 60
_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "two thirds": 2 / 3, "a quarter": 0.25}
_FRACTIONS["three quarters"] = 0.75
_FRACTION_SLACK = 0.1


def _quantity_agrees(quantity: re.Match[str], part: int, total: int) -> bool:
    """Whether ``part`` of ``total`` is the quantity the words state ("a majority")."""
    if quantity["side"] is not None:
        majority = quantity["side"].lower() == "majority"
        return 2 * part > total if majority else 2 * part < total
    if quantity["most"] is not None:
        return 2 * part > total
    wanted = _FRACTIONS[" ".join(quantity["fraction"].lower().split())]
    return abs(part / total - wanted) <= _FRACTION_SLACK


def _quantity_made_exact(
    text: str, part: Item, whole: Item, total: int, limit: int
) -> Tally | None:
    """A quantity in words made exact in parentheses: "a clear majority (23 out of 31) had".

    One part of ``total``, labelled by the predicate after the parentheses, where the
    figures agree with the words (a majority is more than half, "about a third" within a
    tenth of it). A survey where a reply is written before it ("Among the institutions
    that replied, ..."), else a breakdown.
    """
    reach = max(0, part.prefix_start - _QUANTITY_REACH)
    quantity = _QUANTITY_OPEN.search(text, reach, part.prefix_start)
    close = _CLOSE.match(text, whole.head_end, limit)
    if quantity is None or close is None or not 0 < part.value < total:
        return None
    if not _quantity_agrees(quantity, part.value, total):
        return None
    category, end = _clause_label(text, close.end(), limit)
    if not category or category.startswith("of "):
        return None  # "(45 out of 50) of the projects were ...": no predicate read here
    before = text[max(0, quantity.start() - _REPLY_BEFORE_REACH) : quantity.start()]
    kind = "survey" if _REPLY_BEFORE.search(before) else "breakdown"
    return _tally(None, total, part, category, quantity.start(), end, counted=None, kind=kind)


# "seven out of 10", "one out of every 100": a rate, no whole of counted things.
_RATE_WHOLE = re.compile(r"1(?:0|00|,?000)")


def _part_out_of(
    text: str,
    part: Item,
    whole: Item,
    total: int,
    noun: tuple[str, int],
    share: Item | None,
    limit: int,
) -> Tally | None:
    """One part "out of" a stated whole: "Three out of the 15 judges dissented"."""
    counted, after = noun
    definite = text[part.head_end : whole.prefix_start].rstrip().endswith("the")
    written = text[whole.start : whole.end]
    if not definite and (_RATE_WHOLE.fullmatch(written) or not written[:1].isdigit()):
        return None  # "Seven out of 10 respondents", "four out of ten Ecuadorians": a rate
    if not _is_subject(text, part):
        return None  # "has ratified 10 out of the 12 conventions": an object
    label = _part_label(text, Item("count", after, after, value=part.value), limit)
    counted = _whole_name(text, counted, after, limit)
    if label is None:
        return None
    category, end = label
    return _tally(
        None,
        total,
        part,
        category,
        part.prefix_start,
        end,
        counted=counted,
        share_item=share,
        kind="breakdown",
    )


# A total of the replies stated after a count of those who replied and others named
# with it: ", plus the European Union, making a total of 61 responses", "bringing the
# total to 69 replies", "for a total of 70".
_TOTAL_AFTER = re.compile(
    r"\b(?:making|bringing|giving|for|to)\s{1,3}(?:a|the)\s{1,3}total"
    r"(?:\s{1,3}number\s{1,3}of\s{1,3}(?:replies|responses|respondents))?\s{1,3}(?:of|to)\s{1,3}"
    r"(?:(?:some|about|nearly|almost|over)\s{1,3})?$"
)
_TOTAL_AFTER_REACH = 70
_TOTAL_AFTER_GAP = 160
_TOTAL_AFTER_WORD = "total"
_OTHERS_NAMED = 3  # items looked at after the count for its total
_REPLIES_TOTAL = frozenset(("replies", "responses", "respondents", "submissions", "answers"))


def _reply_total_after(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A count that replied, then the total of the replies: the stated total wins.

    "Sixty Member States replied, as did the Holy See, making a total of 61 responses":
    a survey of total 61 with one part, the 60 who "replied".
    """
    part = items[index]
    if part.value is None or not part.counted or not (part.verb or part.response_from):
        return None  # cheap tests first: a count of those who replied
    # the total may come after others named with the count ("and two observers")
    total = None
    for item in items[index + 1 : index + 1 + _OTHERS_NAMED]:
        if item.kind == "count" and _TOTAL_AFTER_WORD in text[item.prefix_start - 30 : item.start]:
            total = item
            break
    if total is None or total.value is None or total.value <= part.value:
        return None
    if total.counted is not None and total.counted.lower() not in _REPLIES_TOTAL:
        return None
    if total.prefix_start - part.head_end > _TOTAL_AFTER_GAP:
        return None
    marker = _TOTAL_AFTER.search(
        text, max(part.head_end, total.start - _TOTAL_AFTER_REACH), total.start
    )
    if marker is None or _SENTENCE_STOP.search(text, part.head_end, marker.start()):
        return None
    if part.response_from:
        category = "replied"
    else:
        action = _action(text, part.verb_end - len(part.verb), limit) if part.verb else None
        if action is None or action["did_so"] or action["pronoun_verb"]:
            return None
        category = reply_category(action)
    return _tally(
        total, total.value, part, category, part.prefix_start, total.head_end, counted=part.counted
    )


def _reply_fact(item: Item, action: re.Match[str]) -> Tally:
    """One count of those who did what ``action`` says, as a one-part survey."""
    return _one_count_survey(item, reply_category(action), action.end())


def _one_count_survey(item: Item, category: str, end: int) -> Tally:
    """The one-part survey of the count ``item``, its part ``category`` up to ``end``."""
    part = Part(
        category,
        item.value,
        item.prefix_start,
        end,
        counted=item.counted,
        qualifier=item.qualifier,
    )
    return Tally("survey", part.start, part.end, [part], subject=item.counted)


def _skip_blanks(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


_OR_SHARE = re.compile(r"\s{0,3},\s{0,3}(?:or|that\s{1,3}is|i\.\s?e\.|representing|some)\s{1,3}")


_SHARE_COMMA_AFTER = re.compile(r"\s{0,3},\s{0,3}")


def _count_or_share(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A count that replied, its share of a whole set off by commas or in parentheses.

    "Ninety-three Governments, or 48 per cent of the membership, replied", "1,204 staff
    members (38 per cent of those invited) completed the survey". The share
    stays in the numbers table (a percentage of the membership is checked there); the
    fact is the count.
    """
    item, share = items[index], items[index + 1]
    if item.kind != "count" or item.value is None or not item.counted or item.verb:
        return None
    if item.of_total is not None or item.total_before or item.response_from:
        return None
    if share.kind != "percent":
        return None
    if _OR_SHARE.fullmatch(text[item.head_end : share.prefix_start]):
        after = _SHARE_COMMA_AFTER.match(text, share.head_end, limit)
    elif _OPEN_COUNT.fullmatch(text, item.head_end, share.prefix_start):
        # "1,204 staff members (38 per cent of those invited) completed the survey"
        after = _CLOSE_PAREN.match(text, share.head_end, limit)
    else:
        return None
    if after is None:
        return None
    action = _action(text, _skip_blanks(text, after.end()), limit)
    if action is None or action["did_so"] or action["pronoun_verb"]:
        return None
    return _reply_fact(item, action)


def _count_then_aside(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A count that replied, an aside without figures set off by commas before its verb.

    "Forty Governments, or about a fifth of those asked, replied to the survey": one
    count that "replied" (the share in words is no figure to check). An aside holding a
    figure is read by :func:`_count_or_share`.
    """
    item = items[index]
    if item.kind != "count" or item.value is None or not item.counted or item.verb:
        return None
    if item.of_total is not None or item.total_before or item.response_from:
        return None
    aside = _OR_ASIDE.match(text, item.head_end, limit)
    if aside is None or (index < len(items) - 1 and items[index + 1].start < aside.end()):
        return None
    action = _action(text, _skip_blanks(text, aside.end()), limit)
    if action is None or action["did_so"] or action["pronoun_verb"]:
        return None
    return _reply_fact(item, action)


# Between the clause of a part and a part of it: "; among them,", ", and of these,", "; "
# before "22 of them".
_NESTED_GAP = re.compile(
    r"\s{0,3}[;,]\s{0,3}(?:(?:and|but|while)\s{1,3})?"
    r"(?:(?P<them>(?:[Aa]mong|[Oo]f)\s{1,3}(?:them|these|those))\s{0,3},?\s{0,3})?"
    r"(?:(?:only|just|merely)\s{1,3})?"
)
_NESTED_CUES = ("among them", "of them", "of these", "among these", "of those", "among those")


def _part_of_a_part(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A part of a part, in the clause after it: "; among them, 22 had secured funding".

    "Of the 52 teams that replied, 35 reported joint programmes; among them, 22 had
    secured multi-year funding": besides the tally of the 52, a tally of total 35 and one
    part 22 "secured multi-year funding" (a survey where those who replied are named in
    the sentence before the part or the whole is their count, "97 responded; of these,
    60 ...", else a breakdown). The part counts none or the whole's
    noun and is smaller than the whole; its clause has a verb.
    """
    whole, part = items[index], items[index + 1]
    if whole.kind != "count" or part.kind != "count" or whole.value is None:
        return None
    if part.value is None or not 0 < part.value < whole.value:
        return None
    if not (part.verb or part.auxiliary):
        return None  # "; among them, 22 in Africa": a place, read by other readers
    if part.counted not in (None, whole.counted) or part.total_before:
        return None
    clause_end = _clause_end(text, max(whole.head_end, whole.verb_end), limit)
    gap = _NESTED_GAP.fullmatch(text, clause_end, part.prefix_start)
    if gap is None or not (gap["them"] or part.of_them):
        return None
    label = _verb_label(text, part, limit) or _clause_label(text, part.head_end, limit)
    category, end = label
    if not category:
        return None
    sentence = text.rfind(". ", 0, whole.start) + 1
    replied = _REPLY_BEFORE.search(text, sentence, whole.start) or _action(
        text, _label_start(text, whole), limit
    )  # "...; 97 responded; of these, 60 ...": the whole is those who replied
    kind = "survey" if replied else "breakdown"
    start = gap.start("them") if gap["them"] else part.prefix_start
    tally = _tally(whole, whole.value, part, category, start, end, counted=whole.counted, kind=kind)
    tally.parts[0].start = part.prefix_start
    return tally


def _nested_parts(text: str, items: list[Item], limit: int) -> list[Tally]:
    """Every part of a part (:func:`_part_of_a_part`) in ``text``, in order."""
    if not holds_any(text, _NESTED_CUES):
        return []
    found = []
    for index in range(len(items) - 1):
        tally = _part_of_a_part(text, items, index, limit)
        if tally is not None:
            found.append(tally)
    return found


# An answer in quotation marks right before its share or count in parentheses:
# "“agree” (44 per cent)", "\"no\" (17)".
_QUOTED_BEFORE = re.compile(r"(?P<open>[“\"])(?P<answer>[^“”\"()\d]{1,60}?)[”\"]\s{0,2}\(\s{0,2}$")
_QUOTED_REACH = 70
_ANSWER_JOIN = re.compile(r"\s{0,3}\)\s{0,3}(?:[,;]\s{0,3})?(?:(?:and|or)\s{1,3})?")


def _quoted_answer(text: str, item: Item) -> re.Match[str] | None:
    """The quoted answer right before an item in parentheses, if there is one."""
    if item.value is None and item.percent is None:
        return None
    return _QUOTED_BEFORE.search(text, max(0, item.prefix_start - _QUOTED_REACH), item.prefix_start)


def _quoted_answers(text: str, items: list[Item], limit: int) -> list[Tally]:
    """Answers quoted as worded in a questionnaire, each with its share or count after it.

    "Respondents answered “agree” (44 per cent), “disagree” (10 per cent) and “strongly
    disagree” (2 per cent)": a survey of three parts labelled by the quoted answers. Two
    answers or more, all shares or all counts, joined by commas, "and" or "or"; shares
    that add up to more than the whole are none (:func:`_shares_overflow`).
    """
    if "(" not in text or not ("“" in text or '"' in text):
        return []
    found: list[Tally] = []
    index = 0
    while index < len(items):
        run: list[tuple[Item, re.Match[str], int]] = []
        position = index
        while position < len(items):
            item = items[position]
            answer = _quoted_answer(text, item) if item.kind in ("count", "percent") else None
            if answer is None or (run and item.kind != run[0][0].kind):
                break
            if run and _ANSWER_JOIN.fullmatch(text, run[-1][0].head_end, answer.start()) is None:
                break
            close = _CLOSE.match(text, item.head_end, limit)
            if close is None:
                break
            run.append((item, answer, close.end()))
            position += 1
        if len(run) >= 2:
            parts = [
                Part(
                    answer["answer"].strip(),
                    item.value,
                    answer.start(),
                    close_end,
                    percent=float(item.percent) if item.percent is not None else None,
                    decimals=item.decimals if item.percent is not None else None,
                    counted=item.counted,
                    qualifier=item.qualifier,
                )
                for item, answer, close_end in run
            ]
            unit = "percent" if run[0][0].kind == "percent" else "count"
            tally = Tally("survey", parts[0].start, parts[-1].end, parts, unit=unit)
            if not _shares_overflow(tally):
                found.append(tally)
        index = max(position, index + 1)
    return found


def _figures(tally: Tally) -> list[float]:
    return sorted(
        float(part.percent if part.count is None else part.count)
        for part in tally.parts
        if part.count is not None or part.percent is not None
    )


def _relabel_answers(found: list[Tally], answers: list[Tally]) -> list[Tally]:
    """``found`` with each quoted-answer tally in place of one that read the same figures.

    Another grammar may read the same shares with worse labels ("respondents answered
    “yes"); the quoted answers name them as asked. A quoted-answer tally that overlaps a
    tally of other figures is left out.
    """
    kept = list(found)
    for tally in answers:
        overlapping = [other for other in kept if _overlaps(other, tally)]
        if all(_figures(other) == _figures(tally) for other in overlapping):
            kept = [other for other in kept if other not in overlapping] + [tally]
    return kept


# After a count and its share in parentheses, the whole: "64 (33 per cent) of the 193".
_OF_WHOLE_AFTER_SHARE = re.compile(
    r"\s{1,3}of\s{1,3}(?:the\s{1,3}|all\s{1,3})?(?P<whole>\d{1,3}(?:,\d{3})+|\d{1,6})(?=\s)"
)


def _share_then_whole(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A part, its share in parentheses, then its whole: "64 (33 per cent) of the 193 ...".

    "Sixty-four (33 per cent) of the 193 Member States replied": total 193, one part 64
    "replied" at 33 per cent; "Forty (40 per cent) of the 100 respondents said that ...":
    what some of those who replied said. A whole neither asked nor replying is left to
    the other readers.
    """
    item = items[index]
    if item.value is None or item.share is None or item.counted or item.of_total is not None:
        return None
    of_whole = _OF_WHOLE_AFTER_SHARE.match(text, item.head_end, limit)
    if of_whole is None:
        return None
    total, _ = read_count(of_whole["whole"])
    noun = _OUT_OF_NOUN.match(text, of_whole.end(), limit)
    if total is None or total < item.value or noun is None:
        return None
    counted = " ".join(noun["noun"].split())
    action = _action(text, _skip_blanks(text, noun.end()), limit)
    if action is not None and not (action["did_so"] or action["pronoun_verb"]):
        category, end = reply_category(action), action.end()
    else:
        replied = THAT_REPLIED.match(text, noun.end(), limit)
        if replied is None and not _RESPONDENT_NOUN.search(counted):
            return None
        category, end = _clause_label(text, replied.end() if replied else noun.end(), limit)
        if not category:
            return None
    tally = _tally(None, total, item, category, item.prefix_start, end, counted=counted)
    tally.parts[0].percent = float(item.share)
    tally.parts[0].decimals = item.share_decimals
    return tally


# Things sent in answer to a request, counted: "27 submissions received in response to
# the questionnaire", "Forty written contributions were received in reply to the note".
_SENT_IN_ANSWER = frozenset(
    ("replies", "responses", "answers", "submissions", "contributions", "inputs", "questionnaires")
)
_IN_ANSWER_TO = re.compile(r"\s{1,3}in\s{1,3}(?:response|reply|answer)\s{1,3}to\b")


# Verbs by which those asked give an answer, after a count of them (session 60).
_ANSWERED_BY_COUNT = word_set(
    """said reported indicated stated answered mentioned cited noted felt believed agreed
    disagreed considered expressed preferred wanted identified rated described"""
)
_ASKED_HEADS = frozenset(("respondents", "interviewees"))
_RATE_OF_ASKED_BEFORE = re.compile(r"\b(?:out\s{1,3}of|in)\s{1,3}$", re.IGNORECASE)
# An answer said only by a word that points to another: "said so", "said yes", "did not".
_ELIDED_ANSWER = re.compile(r"\w+\s(?:so|yes|no|not|otherwise|the\s+same)", re.IGNORECASE)


def _respondents_answering(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A count of respondents and the answer they gave, no whole: a one-part survey.

    "Only 14 respondents said they felt safe", "Twelve respondents reported that they had
    been evicted", "Some 450 of the respondents said ...": those counted were asked, so
    what they said is an answer, as a share of them saying it is. A count of others who
    said something ("12 delegations said ...") is left to the other readers.
    """
    item = items[index]
    if item.value is None or not item.counted or item.verb is None or item.of_total is not None:
        return None  # "nine out of ten respondents said": a rate, or a part of a whole
    if item.counted.split()[-1].lower() not in _ASKED_HEADS:
        return None
    if item.verb.lower() not in _ANSWERED_BY_COUNT:
        return None
    if _RATE_OF_ASKED_BEFORE.search(text, max(0, item.prefix_start - 12), item.prefix_start):
        return None  # "nine out of ten respondents expressed ...", "one in five": a rate
    category, end = _clause_label(text, item.verb_end - len(item.verb), limit)
    if not category or _ELIDED_ANSWER.fullmatch(category):
        return None  # "yes - 12 respondents said so": the answer is elsewhere
    return _one_count_survey(item, category, end)


def _received_in_answer(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A count of replies received in answer to a request: a one-count survey fact.

    "The report draws on 31 submissions received in reply to the call for input": 31
    "submitted" (counted "submissions"). Things received with no request named ("40
    submissions received by the deadline") are left to the other readers.
    """
    item = items[index]
    if item.verb != "received" or item.value is None or not item.counted:
        return None
    noun = item.counted.split()[-1].lower()
    if noun not in _SENT_IN_ANSWER:
        return None
    answer = _IN_ANSWER_TO.match(text, item.verb_end, limit)
    if answer is None:
        return None
    category = _REPLY_NOUNS.get(noun) or _FORMS.get(noun) or "submitted"
    return _one_count_survey(item, category, item.verb_end)


_CLOSE = re.compile(r"\s{0,3}\)")


# A colon or a semicolon between a rate and the count it describes.
_RATE_THEN_PART = re.compile(r"\s{0,3}[:;]\s{0,3}")


def _rate_with_counts(text: str, items: list[Item], index: int) -> Tally | None:
    """Form 3: "a response rate of 48 per cent (93 of 193 Member States)"."""
    rate = items[index]
    if rate.kind != "percent" or rate.percent is None or index + 1 >= len(items):
        return None
    if not _RATE_BEFORE.search(text[max(0, rate.prefix_start - _RATE_REACH) : rate.prefix_start]):
        return None
    part = items[index + 1]
    if part.kind != "count" or part.value is None:
        return None
    if _RATE_THEN_PART.fullmatch(text, rate.head_end, part.prefix_start) is not None:
        # "The response rate was 58 per cent: 110 of the 190 agencies returned the form"
        tally = _of_the_whole(text, items, index + 1, len(text))
        if tally is None or len(tally.parts) != 1 or tally.parts[0].percent is not None:
            return None
        tally.start = rate.prefix_start
        tally.parts[0].percent = float(rate.percent)
        tally.parts[0].decimals = rate.decimals
        return tally
    if not re.fullmatch(r"\s{0,3}\(\s{0,2}", text[rate.head_end : part.prefix_start]):
        return None
    total, counted, end = part.of_total, part.counted, part.head_end
    if total is None and index + 2 < len(items):
        whole = items[index + 2]  # "(87 out of 193 Member States)"
        if whole.kind == "count" and _OUT_OF.fullmatch(text[part.head_end : whole.prefix_start]):
            total, counted, end = whole.value, whole.counted, whole.head_end
    if total is None:
        return None
    close = _CLOSE.match(text, end)  # never a slice to the end: linear time
    if close is None:
        return None
    end += close.end()
    tally = _tally(None, total, part, "responded", rate.prefix_start, end, counted=counted)
    tally.parts[0].percent = float(rate.percent)
    tally.parts[0].decimals = rate.decimals
    return tally


def _sent_to(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """Form 1, the whole first: "The survey was sent to 160 Governments; 88 replied".

    The part may open the next sentence, naming the whole again or not: "The
    questionnaire was e-mailed to 218 offices. Of these, 122 responded", "... to 193
    Member States. Eighty-seven replied". When it replied may stand before it: "; by 30
    June, 87 had replied".
    """
    whole, at = items[index], index + 1
    while at < len(items) - 1 and items[at].kind == "other" and at - index <= _DATES_BEFORE_REPLY:
        at += 1  # the date of "by 30 June, 87 had replied"
    part = items[at]
    if whole.kind != "count" or whole.value is None or part.kind != "count":
        return None
    if part.value is None or whole.head_end > part.prefix_start:
        return None
    sent = _SENT_TO.search(text, max(0, whole.prefix_start - _SENT_REACH), whole.prefix_start)
    gap = _SENT_GAP.fullmatch(text[whole.head_end : part.prefix_start]) if sent else None
    if gap is None:
        return None
    counted = whole.counted
    if counted and gap["more"]:
        counted = f"{counted} {' '.join(gap['more'].split())}"
    start = _label_start(text, part)
    action = _action(text, start, limit)
    if action is not None and (not part.counted or _same_head(part.counted, whole.counted)):
        # "... to 193 Member States. Eighty-seven replied", "... 163 organizations responded"
        category, end = reply_category(action), action.end()
    elif (part.counted or "").lower() in _REPLY_NOUNS and (
        received := _RECEIVED.match(text, start, limit)
    ):
        category, end = _REPLY_NOUNS[part.counted.lower()], received.end()
    elif (
        not part.counted
        and (form := _QUESTIONNAIRE.search(sent[0])) is not None
        and (returned := _FORMS_RETURNED.match(text, start, limit)) is not None
    ):
        # "Questionnaires were sent to 54 States; 19 were returned": the forms came back
        category = f"{returned['verb'].lower()} the {_singular(form[0])}"
        end = returned.end()
    else:
        return None
    return _with_share(text, items, at, whole, category, (sent.start(), end, counted))


# The forms sent came back, said of their count: "19 were returned", "41 had been
# completed" (not "returned undelivered").
_FORMS_RETURNED = re.compile(
    r"(?:were|had\s{1,3}been|have\s{1,3}been)\s{1,3}(?P<verb>returned|completed)\b"
    r"(?!\s{1,3}(?:undelivered|unopened|blank|unanswered|incomplete))"
)


_OF_WHICH_GAP = re.compile(
    # a dash or a parenthesis may open the part as a comma does (see tally_items)
    r"\s{0,3}(?:,|(?<=\s)(?:--|—|–)|\()\s{0,3}"
    r"(?:(?:of|among)\s{1,3}(?:which|whom|these|those|them)\s{1,3})?"
    r"(?:(?:only|just|merely)\s{1,3})?"  # a focus word: ", of which only 5"
)


# Between those who replied and one part of them opening the next sentence: ". Of these,".
_OF_THESE_NEXT = re.compile(
    r"\s{0,3}\.\s{1,3}(?:Of|Among)\s{1,3}(?:these|those|them)\s{0,3},?\s{1,3}"
    r"(?:(?:only|just)\s{1,3})?"
)
# Between a whole and one part of it that it includes: ", including", ", among them".
# Field updates often write no comma before "including" ("a total of 2,400 people including
# 1,100 children were released") or put the part after "which includes".
_INCLUDING_GAP = re.compile(
    r"\s{0,3},?\s{0,3}(?:including|among\s{1,3}(?:them|these|those)"
    r"|which\s{1,3}(?:also\s{1,3})?includ(?:es|ed))\s{1,3}"
)
# The rest of a whole's clause up to " including" with no comma, and no count or clause mark
# in it: "were killed| in the attack including| 290 children".
_CLAUSE_THEN_INCLUDING = re.compile(r"[^,;:.()\d]{0,80}?\s(?P<gap>including\s{1,3})")
# Between the clause of a whole and a part that opens the next clause: a semicolon.
_SEMICOLON_GAP = re.compile(r"\s{0,3};\s{0,3}")
# Between the clause of a whole and "N of them": a comma or a semicolon.
# Between a whole's sentence and the next one, opened by a part that restates the whole's
# noun: "... 110 new cases. Sixty of these cases ...".
_SENTENCE_GAP = re.compile(r"\s{0,3}\.\s{1,3}")
_OF_THEM_GAP = re.compile(
    r"\s{0,3}(?:[,;(]|--|—|–)\s{0,3}(?:(?:only|just|merely)\s{1,3})?"  # "-- 23 of them on ..."
)
# A part with no verb, named by a preposition: "120 of them in the services sector",
# "5 of them in Mexico"; with no "of them", an appositive part after a counted whole
# names what it has or lacks: "58 resolutions, 14 with recorded votes".
_PREPOSITION_LABEL = re.compile(
    r"(?:in|from|with|without|at|on|under|for|within|across|outside|inside)\s{1,3}[A-Za-z]"
)
_APPOSITIVE_LABEL = re.compile(r"with(?:out)?\s{1,3}[A-Za-z]")


def _preposition_label(text: str, part: Item, limit: int) -> tuple[str, int] | None:
    """What a part with no verb is, written as a prepositional phrase, and where it ends."""
    if part.verb or part.auxiliary or part.counted:
        return None
    start = _label_start(text, part)
    placed = part.of_them or is_placed_part(text, part)
    label = _PREPOSITION_LABEL if placed else _APPOSITIVE_LABEL
    if not label.match(text, start, limit):
        return None
    end = _clause_end(text, start, limit)
    if (dash := _ASIDE_DASH.search(text, start, end)) is not None:
        end = dash.start()  # "-- 23 on nuclear weapons -- requiring ...": the aside ends
    return " ".join(text[start:end].split()), end


_ASIDE_DASH = re.compile(r"\s(?:--|—|–)(?:\s|$)")


# The end of a part named by its noun alone: "..., 480 of them women." or "..., 480 of
# them women, were ..." (no verb of its own).
# Where a part named by its noun ends: a clause mark or a dash, after at most what caused
# it ("including 1,271 deaths as a result of armed conflict — ...").
_ABSOLUTE_END = re.compile(
    r"(?:\s{1,3}(?:as\s{1,3}a\s{1,3}result\s{1,3}of|due\s{1,3}to|caused\s{1,3}by|owing\s{1,3}to)"
    r"\s[^.;:,()\d—–]{1,60}?)?\s{0,3}(?:[.;),]|—|–|--|$)"
)


def _noun_part_label(
    text: str, part: Item, limit: int, *, which: bool = False
) -> tuple[str, int] | None:
    """The noun that names a part with no verb, and where it ends, or ``None``.

    "employed 1,100 staff, 480 of them women" -> "women"; "5,200 people were displaced,
    including 2,900 children" -> "children"; "among them 16,500 women and girls" -> "women
    and girls". With ``which`` (the part restates the whole's noun) a phrase after the
    noun says which of them it counts: "issued 268 reports, including 15 reports to the
    General Assembly" -> "reports to the General Assembly".
    """
    if part.counted is None or part.verb or part.auxiliary:
        return None
    end = part.head_end
    pair = _NOUN_PAIR.match(text, end, limit)
    if pair is not None:
        end = pair.end()
    elif which and (phrase := _WHICH_PHRASE_TO_END.match(text, end, limit)) is not None:
        return " ".join(text[part.end : phrase.end()].split()), phrase.end()
    if _ABSOLUTE_END.match(text, end, limit) is None:
        return None
    label = part.counted if pair is None else f"{part.counted} {' '.join(pair.group().split())}"
    return label, end


def _restates_whole_noun(part: Item, whole: Item) -> bool:
    """Whether ``part`` is "N of these X" with X the noun of ``whole``, restated.

    "transmitted 110 new cases; 60 of these cases were clarified": "cases" names no part
    of its own, the part is read as "60 of these" is.
    """
    return part.of_them and _same_head(part.counted, whole.counted)


def _kind_of_whole_noun(text: str, part: Item, whole: Item) -> bool:
    """Whether ``part`` counts a kind of what ``whole`` counts: "unplanned visits" of "visits".

    "carried out 221 visits to places of detention, including 51 unplanned visits": a
    part of the whole's own noun with a word before it; "issued 268 oversight reports,
    including 15 reports to the General Assembly": with a phrase after it that says which.
    """
    return (
        part.counted is not None
        and whole.counted is not None
        and _same_head(part.counted, whole.counted)
        and (
            len(part.counted.split()) > len(whole.counted.split())
            or _WHICH_PHRASE.match(text, part.head_end) is not None
        )
    )


# A phrase after a part's noun that says which of the whole's they are: "reports to the
# General Assembly", "cases from Darfur", "complaints against staff", and the same phrase
# up to the end of the part (a clause mark).
_WHICH_PREPOSITIONS = (
    r"\s{1,3}(?:to|from|by|on|in|into|of|at|about|for|against|concerning|involving|under"
    r"|with)\s{1,3}"
)
_WHICH_PHRASE = re.compile(rf"{_WHICH_PREPOSITIONS}[A-Za-z]")
_WHICH_PHRASE_TO_END = re.compile(
    rf"{_WHICH_PREPOSITIONS}[A-Za-z][^.;:,()\d—–]{{0,60}}?(?=\s{{0,3}}(?:[.;),]|—|–|--|$))"
)


def _same_head(noun: str | None, other: str | None) -> bool:
    """Whether two counted nouns end on the same word ("cases", "new cases")."""
    if noun is None or other is None:
        return False
    return noun.rsplit(maxsplit=1)[-1].lower() == other.rsplit(maxsplit=1)[-1].lower()


def _counts_people(whole: Item) -> bool:
    """Whether the noun of ``whole`` counts people ("displaced persons", "staff").

    A count of another noun "including" or "among them" is a group of them ("5,200 people
    were displaced, including 2,900 children").
    """
    return whole.counted is not None and whole.counted.rsplit(maxsplit=1)[-1] in PEOPLE_NOUNS


# Nouns that only people are: a part counting them ("among them 23 women") says that its
# whole counts people, whatever the whole's noun ("58 interpreters").
_ONLY_PEOPLE = frozenset(
    # "17 candidates, including two females, were killed"; "six Palestinians, including
    # one child, were injured": the sexes as nouns, and one of a kind in the singular
    """women men girls boys children minors females males woman man girl boy child
    minor""".split()  # noqa: SIM905
)


def _names_people(part: Item) -> bool:
    """Whether the noun of ``part`` is one only people are ("women", "children")."""
    return part.counted is not None and part.counted.rsplit(maxsplit=1)[-1] in _ONLY_PEOPLE


# Between a whole of people that opens its clause and a group of them inside the same
# subject: " including" with no comma ("2,499 people including| 1,627 children have been
# released"); after the group, the clause's verb.
_INSIDE_SUBJECT_GAP = re.compile(r"\s{1,3}including\s{1,3}")
# The group's own modifier of age before the clause's verb: "640,091 children under 5
# years were reached", "children aged 6-59 months were screened".
_INSIDE_SUBJECT_VERB = re.compile(
    r"(?P<age>\s{1,3}(?:under|below|over|aged|between)\s[^,;:.()]{1,30}?)?"
    r"\s{1,3}(?:were|are|was|is|have|has|had)\s"
)
# People counted by an acronym: "1,146,591 IDPs including 640,091 children".
_PEOPLE_ACRONYMS = frozenset(("IDPs", "PLWs", "PwDs", "UASC"))
# Endings of nouns of people by what they do: "interviewers", "trainees", "enumerators".
_PERSON_ENDINGS = ("ers", "ees", "ors", "ists", "ants", "ents", "ians")


def _people_inside_subject(text: str, items: list[Item], index: int) -> Tally | None:
    """A whole of people and a group of them named inside the same subject, or None.

    "A total of 2,499 people including 1,627 children have been released": the verb after
    the group is the whole's, so the group is one part of it, named by its noun (total
    2,499, "children" 1,627), with its own modifier of age ("640,091 children under 5 years
    were reached"). The whole counts people (also by an acronym: "IDPs"), the group is of
    people ("children", "women", "interviewers"), and the verb after the group is an
    auxiliary or a verb in the past ("544 officers including 435 interviewers ensured data
    collection", "1,024 individuals including 824 children tested positive");
    "52 resolutions including 9 decisions were adopted" is none.
    """
    whole, part = items[index], items[index + 1]
    if (
        whole.verb_end > whole.head_end  # the whole has a clause of its own
        or not (
            _counts_people(whole) or _names_doers(whole) or _counted_head(whole) in _PEOPLE_ACRONYMS
        )
        or not (_names_people(part) or _counts_people(part) or _names_doers(part))
        or part.value is None
        or part.value >= (whole.value or 0)
        or whole.scaled != part.scaled
        or _INSIDE_SUBJECT_GAP.fullmatch(text, whole.head_end, part.prefix_start) is None
    ):
        return None
    verb = _INSIDE_SUBJECT_VERB.match(text, part.head_end)
    past = (
        part.verb is not None
        and part.verb.endswith("ed")
        and not text[part.head_end : part.verb_end - len(part.verb)].strip()
    )
    if verb is None and not past:
        return None
    category, end = part.counted, part.head_end
    if verb is not None and verb["age"]:
        end = verb.end("age")
        category = f"{part.counted} {' '.join(verb['age'].split())}"
    return _with_share(
        text, items, index + 1, whole, category, (whole.prefix_start, end), "breakdown"
    )


def _counted_head(item: Item) -> str:
    return item.counted.rsplit(maxsplit=1)[-1] if item.counted else ""


def _names_doers(item: Item) -> bool:
    """Whether a count's noun names people by what they do ("interviewers", "trainees")."""
    head = _counted_head(item)
    return head.islower() and len(head) > 5 and head.endswith(_PERSON_ENDINGS)


def _one_part_of_respondents(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """Form 4: "Replies were received from 63 Governments, of which 45 reported ..."."""
    whole, part = items[index], items[index + 1]
    if whole.kind != "count" or whole.value is None or part.kind != "count":
        return None
    if part.value is None or whole.head_end > part.prefix_start:
        return None
    if (inside := _people_inside_subject(text, items, index)) is not None:
        return inside
    if (
        part.counted is not None
        and not _restates_whole_noun(part, whole)
        and not _kind_of_whole_noun(text, part, whole)
        and (
            _noun_part_label(text, part, limit) is None
            or not (part.of_them or _counts_people(whole) or _names_people(part))
        )
    ):
        # "adopted 44 resolutions, including 9 presidential statements": another noun is a
        # part of the whole only where the whole counts people ("including 2,900 children")
        return None
    action = _action(text, whole.verb_end - len(whole.verb), limit) if whole.verb else None
    # "63 Governments replied", "350 firms completed the survey"
    replied = whole.response_from or (
        action is not None and not (action["did_so"] or action["pronoun_verb"])
    )
    gap = _OF_WHICH_GAP.fullmatch(text[whole.head_end : part.prefix_start])
    reply_end = whole.head_end
    # a clause after the whole's noun: its verbs, or a year dating it (see find_surveys)
    clause = whole.verb_end > whole.head_end
    if gap is None and clause:
        # "4.5 million persons were displaced, of whom 1.2 million were women"
        reply_end = _clause_end(text, max(whole.head_end, whole.verb_end), limit)
        gap = _OF_WHICH_GAP.fullmatch(text[reply_end : part.prefix_start])
    if gap is None and part.of_them:
        # "Forty States replied to the note; 30 of them reported ...": after the clause
        if clause:
            reply_end = _clause_end(text, max(whole.head_end, whole.verb_end), limit)
        gap = _OF_THEM_GAP.fullmatch(text, reply_end, part.prefix_start)
        if gap is None and part.counted is not None:
            # "transmitted 110 new cases. Sixty of these cases were clarified."
            gap = _SENTENCE_GAP.fullmatch(text, reply_end, part.prefix_start)
    rest = False  # "5,900 were assisted; 3,200 received kits and the rest cash": a part
    if gap is None and whole.counted is not None and part.value < (whole.value or 0):
        if clause:
            reply_end = _clause_end(text, max(whole.head_end, whole.verb_end), limit)
        gap = _SEMICOLON_GAP.fullmatch(text, reply_end, part.prefix_start)
        rest = gap is not None and REST_NAMED_AFTER.match(text, part.head_end) is not None
        gap = gap if rest else None
    next_sentence = (
        gap is None and (replied or whole.counted is not None) and part.value < (whole.value or 0)
    )
    if next_sentence:
        # "Replies were received from 40 States. Of these, 28 reported ...", "Some 3,400
        # people were detained. Of these, 310 were minors": the next sentence opens on
        # the whole
        reply_end = _clause_end(text, max(whole.head_end, whole.verb_end), limit)
        gap = _OF_THESE_NEXT.fullmatch(text, reply_end, part.prefix_start)
    # "considered 512 applications, including 230 deferred from ...": a part of the
    # whole's own noun (a part with a noun of its own was refused above)
    including = gap is None and whole.counted is not None and part.value < (whole.value or 0)
    if including:
        gap = _INCLUDING_GAP.fullmatch(text, whole.head_end, part.prefix_start)
        if gap is None and clause:
            reply_end = _clause_end(text, max(whole.head_end, whole.verb_end), limit)
            gap = _INCLUDING_GAP.fullmatch(text, reply_end, part.prefix_start)
        if gap is None and clause and _counts_people(whole) and _names_people(part):
            # "At least 900 people were killed including 290 children": with no comma the
            # clause runs on over the group, which only people are
            gap = _CLAUSE_THEN_INCLUDING.fullmatch(
                text, max(whole.head_end, whole.verb_end), part.prefix_start
            )
        if gap is not None and "," not in gap[0] and part.counted is None:
            gap = None  # "adopted 52 resolutions including one on Myanmar": an example
    appositive = (
        gap is not None
        and whole.counted is not None
        and part.value < (whole.value or 0)
        and (
            is_appositive_part(text, part)  # "58 resolutions, 14 with recorded votes"
            or places_part_of(text, whole, part)  # "450 monitors were deployed, 180 in Goma"
        )
    )
    if gap is None or (
        not (part.subset or part.of_them or appositive or next_sentence or rest)
        and "which" not in gap[0]
        and "whom" not in gap[0]
        and "them" not in gap[0]
        and "including" not in gap[0]
    ):
        return None  # "64 Governments replied, 40 ...": one part of many, or none
    if not replied and not whole.counted:
        # "Contributions amounted to 12,143, of which 9,830 ...": a whole with no noun
        # after a verb of amount; its subject names what was counted
        amount = _AMOUNT_BEFORE.search(
            text, max(0, whole.prefix_start - _AMOUNT_REACH), whole.prefix_start
        )
        if amount is not None:
            return _one_part_of_whole(
                text, items, index, limit, (amount.start(), amount["subject"])
            )
        if (whole.verb or whole.auxiliary) and "whom" in text[
            whole.head_end : part.prefix_start + 12
        ]:
            # "Twelve were arrested, four of whom were later released": a count of people
            # that opens its clause with no noun ("whom" says they are people)
            opening = text[max(0, whole.prefix_start - 3) : whole.prefix_start].strip()
            if opening in ("", ".", ";", '"', "“"):
                return _one_part_of_whole(text, items, index, limit)
        return None
    if not replied:
        return _one_part_of_whole(text, items, index, limit)
    following = items[index + 2] if index + 2 < len(items) else None
    if _more_parts_follow(text, part.head_end, following) and following.kind == "count":
        return None  # more parts follow: the enumeration grammar reads them
    label = _verb_label(text, part, limit) or _part_label(text, part, limit)
    if label is None:
        label = _preposition_label(text, part, limit)  # "120 of them in the services sector"
    if label is None or (part.verb and _action(text, part.verb_end - len(part.verb), limit)):
        return None
    category, end = label
    start = whole.prefix_start
    if whole.response_from:
        nominal = _NOMINAL_BEFORE.search(text, max(0, whole.prefix_start - 120), whole.prefix_start)
        start = nominal.start() if nominal is not None else start
    return _with_share(text, items, index + 1, whole, category, (start, end))


_COMMA_GAP = re.compile(r"\s{0,3},\s{0,3}")
# A share that opens the clause after a semicolon with its verb: "; 46 per cent were women"
# (of the whole before: it names no base of its own).
_SHARE_AFTER_SEMICOLON = re.compile(
    r"\s{0,3};\s{0,3}[\d.]{1,6}(?:\s{1,3}per\s{1,3}cent|%)\s{1,3}(?:were|was|are|is)\s"
)
# Between a whole's clause and a share "of them" in a clause of its own: "120,000 small
# arms have been confiscated, and 50 per cent of them have been destroyed", "...; 60 per
# cent of them ...".
_OF_THEM_SHARE_GAP = re.compile(r"\s{0,3}[,;]\s{0,3}(?:and\s{1,3})?")
_COMMA_OF_WHOM = re.compile(r"\s{0,3},\s{0,3}(?:of|among)\s{1,3}wh(?:om|ich)\s{1,3}")


def _share_of_whom(
    text: str, items: list[Item], index: int, limit: int, *, whole_end: int | None = None
) -> Tally | None:
    """A whole and one share of it after "of whom/which": "..., 20 per cent of whom were ...".

    "1.2 million were displaced, nearly 20 per cent of whom were children": a breakdown of
    total 1,200,000 and one part "children" in per cent (its qualifier kept); a survey
    when the whole replied. More parts after it are the enumeration grammar's.
    """
    whole, part = items[index], items[index + 1]
    if part.kind != "percent" or part.percent is None:
        return None
    # "recruited 812 consultants in 2023; 46 per cent were women": the share after the
    # semicolon names no base of its own (see _part_after_run_on)
    after_semicolon = (
        whole_end is not None and _SHARE_AFTER_SEMICOLON.match(text, whole_end, limit) is not None
    )
    if not (part.subset or part.of_them or after_semicolon) and not text.endswith(
        (" whom ", " which "), max(0, part.prefix_start - 7), part.prefix_start
    ):
        return None  # cheap tests first: a share before or after "of whom/which/them"
    if whole.kind != "count" or whole.value is None or whole.of_total is not None:
        return None
    if part.of_noun and not (part.subset or part.of_them):
        return None  # "..., of which 40 per cent of the population ...": a base of its own
    if not 0 < part.percent <= 100 or whole.head_end > part.prefix_start:
        return None
    # "nearly 30 per cent of whom were", "of whom 40 per cent were", "and 50 per cent of
    # them were"
    between = _COMMA_GAP if part.subset else _COMMA_OF_WHOM
    if part.of_them:
        between = _OF_THEM_SHARE_GAP
    gap = between.fullmatch(text, whole.head_end, part.prefix_start)
    if gap is None and whole_end is not None:  # words that describe the whole run on
        gap = between.fullmatch(text, whole_end, part.prefix_start)
        if gap is None and after_semicolon:
            gap = _SEMICOLON_GAP.fullmatch(text, whole_end, part.prefix_start)
    if gap is None and (whole.verb or whole.auxiliary):
        clause_end = _clause_end(text, max(whole.head_end, whole.verb_end), limit)
        gap = between.fullmatch(text, clause_end, part.prefix_start)
    if gap is None:
        return None
    following = items[index + 2] if index + 2 < len(items) else None
    if _more_parts_follow(text, part.head_end, following):
        return None  # more parts follow: the enumeration grammar reads them
    label = _part_label(text, part, limit)
    if label is None and part.of_them:
        label = _preposition_label(text, part, limit)  # "58 per cent of them from Tanzania"
    if label is None:
        return None
    category, end = label
    if _label_names_people(category) and not _counts_people(whole):
        # "reached 1,650 people in 23 countries, 58 per cent of them women": women are a
        # share of the people, never of the places counted after them ("hired 158
        # interpreters in 2020; 62 per cent were women" keeps its one count)
        whole = _people_just_before(text, items, index) or whole
    replied = whole.response_from or (
        whole.verb in ("replied", "responded", "answered")
        and _action(text, whole.verb_end - len(whole.verb), limit) is not None
    )
    kind = "survey" if replied else "breakdown"
    tally = _tally(
        None, whole.value, part, category, whole.prefix_start, end, counted=whole.counted
    )
    tally.kind = kind
    tally.total_qualifier = whole.qualifier
    tally.parts[0].percent = float(part.percent)
    tally.parts[0].decimals = part.decimals
    tally.parts[0].base = whole.counted
    tally.unit = "percent"
    return tally


def _label_names_people(category: str) -> bool:
    """Whether a part's label names only people: "women", "girls and boys"."""
    words = category.lower().split()
    return bool(words) and words[-1] in _ONLY_PEOPLE


# Places or units after a count of people, before a share of them: " in 23 countries,".
_PLACES_AFTER_PEOPLE = re.compile(r"\s{1,3}(?:in|from|across)\s{1,3}$")


def _people_just_before(text: str, items: list[Item], index: int) -> Item | None:
    """The count of people right before the count of places at ``index``, if any.

    >>> from surveystats.extract.tally_items import read_items
    >>> text = "The poll reached 1,650 people in 23 countries, 58 per cent of them women."
    >>> items = read_items(text)
    >>> _people_just_before(text, items, 1).value
    1650
    """
    if index == 0:
        return None
    people, places = items[index - 1], items[index]
    if people.kind != "count" or people.value is None or not _counts_people(people):
        return None
    if not _PLACES_AFTER_PEOPLE.search(text, people.head_end, places.prefix_start):
        return None
    return people


# A subject and a verb of amount right before a whole with no noun: "Contributions
# amounted to", "Expenditure totalled", "The caseload stood at about".
_AMOUNT_BEFORE = re.compile(
    r"\b(?P<subject>[A-Za-z][a-z-]{2,30})\s{1,3}(?:(?:had|have|has)\s{1,3})?"
    r"(?:amounted\s{1,3}to|totall?ed|stood\s{1,3}at|came\s{1,3}to|numbered)\s{1,3}"
    r"(?:(?:some|about|nearly|almost|over|approximately|more\s{1,3}than)\s{1,3})?$"
)
_AMOUNT_REACH = 70
_THOUSAND = 1000


_THE_OTHER = re.compile(r"\bthe\s{1,3}other\b")


def _names_the_other(text: str, end: int, limit: int) -> bool:
    """Whether "the other" follows in the sentence: two things described one by one.

    "Two conferences were held, one of which was devoted to the least developed countries
    and the other to trade" splits the two into each one, named, not counted.
    """
    other = _THE_OTHER.search(text, end, min(limit, end + _LABEL_REACH))
    return other is not None and len(sentence_starts(text[end : other.start()])) == 1


def _one_part_of_whole(
    text: str,
    items: list[Item],
    index: int,
    limit: int,
    subject: tuple[int, str] | None = None,
) -> Tally | None:
    """A whole and one part after "of which": "14 communications, of which 3 were ...".

    A whole of counted things and one part of it after "of which" or "of whom" (the gap
    is checked by the caller): a breakdown with one part, never a survey. ``subject`` is
    where the clause of a whole with no noun starts and the noun of its subject
    ("Contributions amounted to 12,143").
    """
    whole, part = items[index], items[index + 1]
    if part.value == 1 and _ONE_PICKED.match(text, part.start):
        return None  # "approved three resolutions, one of them reaffirming ...": an example
    if whole.scaled != part.scaled and min(whole.value or 0, part.value or 0) < _THOUSAND:
        # "5 million people, of which 40 ...": no one scale, no one whole ("2.4 million
        # people, of whom 1,100,000 ..." is one)
        return None
    if whole.value == 2 and part.value == 1 and _names_the_other(text, part.head_end, limit):
        return None  # "Two conferences were held, one of which ... and the other ...": named
    following = items[index + 2] if index + 2 < len(items) else None
    near = _more_parts_follow(text, part.head_end, following)
    if near and following.kind == "count" and not is_count_beside_whole(text, items, index):
        # more parts follow: the enumeration grammar reads them ("..., including 397
        # children, and 9,634 were injured" is a count beside the whole, no part)
        return None
    label = _part_label(text, part, limit)
    if label is None:
        label = _preposition_label(text, part, limit)  # "12 were killed, 5 of them in Mexico"
    if label is None:
        # "employed 1,100 staff, 480 of them women", "issued 268 reports, including 15
        # reports to the General Assembly"
        label = _noun_part_label(text, part, limit, which=_same_head(part.counted, whole.counted))
    if label is None:
        return None
    category, end = label
    span: Span = (whole.prefix_start, end)
    if subject is not None:
        span = (subject[0], end, subject[1])
    return _with_share(text, items, index + 1, whole, category, span, "breakdown")


# One of a whole picked out by what it is about, a participle right after "of them": an
# example, no part ("adopted three texts, one of them reaffirming ...", as "including
# one that would ..." and "one of the 15 members who spoke"); "nine of them relating to
# the Middle East" counts a part.
_ONE_PICKED = re.compile(
    r"(?i)one\s{1,3}of\s{1,3}(?:them|these|those|which)\s{1,3}[a-z]{3,20}ing\b"
)
# What a part is or did, after its auxiliaries: "have been implemented" -> "implemented",
# "were not closed" -> "not closed"; adverbs of time before the verb are left out ("have
# now returned" -> "returned").
# "have/has/had" is an auxiliary only before a participle or another auxiliary word:
# "had no functioning latrines" keeps its verb ("had been closed" -> "closed").
_PART_AUXILIARY = re.compile(
    r"(?:(?:(?:were|was|are|is|will|would|shall|should|could|can|may|might"
    r"|been|being|be|now|already|since|also|still|thus|so\s{1,3}far|subsequently|yet"
    r"|(?:have|has|had)(?=\s{1,3}(?:been|not|now|already|since|also|still|thus|so|subsequently"
    r"|yet|made|paid|met|kept|built|run|found|held|set|done|put|won|lost|left|sent|brought"
    r"|begun|spent|become|come|got|seen|[a-z]{1,25}(?:ed|en|wn))\b))"
    r"|(?P<not>not))\s{1,3}){0,5}"
)
# Before a part that is the subject of its clause: the start of the text, of a sentence
# (a stop that ends no abbreviation: "No. 12 of the 15" is a number) or of a clause
# ("Only 3 of the 12 ...", "; 10 of the 11 ...", "that nine of the 12 ..."). After a verb
# or a preposition ("has ratified 10 out of the 12 conventions", "the most recent one of
# two days ago") the count is an object or a noun's complement, and states no part.
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:(—–]"
    r"|(?<!\bNo)(?<!\bNos)(?<!\bpara)(?<!\bart)(?<!\bArt)(?<!\bvol)(?<![\s.][A-Za-z])[.!?]"
    r"|\b(?:[Aa]nd|[Bb]ut|that|[Ww]hile|[Ww]hereas|where|when|since|as|because|[Aa]lthough|"
    r"[Yy]et|so|[Oo]nly|[Jj]ust|[Ss]ome|[Aa]bout|[Nn]early|[Aa]lmost|[Oo]ver|[Uu]nder|[Aa]t\s{1,3}least|"
    r"[Mm]ore\s{1,3}than|[Ff]ewer\s{1,3}than|[Ll]ess\s{1,3}than|[Aa]pproximately|[Rr]oughly|"
    r"[Aa]round)"
    # "A staggering 64 per cent of respondents said": the intensifier opens the subject
    r"|(?:^|[,;:(]|\b(?:[Aa]nd|[Bb]ut|that|[Ww]hile|[Ww]hereas))\s{0,3}"
    + INTENSIFIER_BEFORE_SHARE
    + r")"
    r"\s{0,3}$"
)
_SUBJECT_REACH = 20
# A qualifier right after a preposition or a verb qualifies its object, not a subject:
# "Women account for just 17 per cent of ...", "hold only 9 of the 40 posts".
# Any lower-case word that opens no clause stands there for a verb or a preposition
# ("was able to consider only 18 of the 61 reports"); words that open a clause or point
# back at a whole do not ("that only 3", "whereby only five", "of which only 12").
_OBJECT_BEFORE = re.compile(
    r"\b(?!(?:and|but|or|that|while|whilst|whereas|whereby|where|when|since|as|because|although"
    r"|though|if|yet|so|which|whom|who|them|these|those|then|now|today|also|still|thus|in\s{1,3}all"
    r")\b)[a-z][a-z'’-]*"
    r"\s{1,3}(?:only|just|some|about|nearly|almost|over|under|at\s{1,3}least|more\s{1,3}than"
    r"|fewer\s{1,3}than|less\s{1,3}than|approximately|roughly|around)\s{0,3}$"
)
# Capitalised words that end a name cut short before the verb: " Council", " of the
# Bureau".
# The names of a part between dashes, before its verb: "four -- Angola, Bolivia and Chad --
# will present"; no figure inside.
_DASHED_NAMES = re.compile(r"\s(?:[–—]|--)\s[^–—\d;.]{1,200}?\s(?:[–—]|--)(?=\s)")
_NAME_REST = re.compile(
    r"(?:\s{1,3}(?:of\s{1,3}(?:the\s{1,3})?)?[A-Z][\w'’-]{0,30}(?:\s{1,3}[A-Z][\w'’-]{0,30}){0,5})"
)
# A participle that modifies the whole's noun, then the part's own verb: "set for 2010
# have been reached" -> "reached" (no relative pronoun before the verb).
_MODIFIER_THEN_VERB = re.compile(
    r"^(?:[a-z][\w-]{1,25}ed|set|held|made|paid|met|kept|built|run|found)"
    r"(?:\s(?!that\b|which\b|who\b|and\b)[\w-]{1,25}){0,5}?\s(?=(?:have|has|had|were|was|are|is)\s)"
)

# "Two of the five reports| being prepared by the Secretariat |have been issued": a
# participle phrase that says which of the whole, before the part's own verb.
_PARTICIPLE_THEN_VERB = re.compile(
    r"^being(?:\s(?!that\b|which\b|who\b|and\b)[\w-]{1,25}){1,8}?\s(?=(?:have|has|had|were|was|are|is)\s)"
)


def _is_subject(text: str, item: Item) -> bool:
    """Whether the count at ``item`` opens its clause (is no object or complement)."""
    before = text[max(0, item.prefix_start - _SUBJECT_REACH) : item.prefix_start]
    if item.prefix_start <= _SUBJECT_REACH and not text[: item.prefix_start].strip():
        return True
    return _SUBJECT_BEFORE.search(before) is not None and _OBJECT_BEFORE.search(before) is None


# A relative clause right after the whole's noun: "one of the 15 members who spoke" picks
# one member by what it did, and states no part of the whole.
_RELATIVE = re.compile(r"\s{0,3}(?:who|whom|that|which|whose)\b")
# The rest of a relative clause on the whole, up to the part's own auxiliary: "(who)
# requested access in 2022 |were granted a visit", "(who) are out of school in the
# country |are girls". The clause opens on a verb in lower case and holds no mark.
# The part's own verb may be a lexical one in the past, after the clause's verb and its
# object: "(that) submitted reports |provided disaggregated data", "(that) were damaged
# in 2020 |remained closed" (an auxiliary that opens the clause takes its participle).
_MAIN_AFTER_RELATIVE = re.compile(
    r"\s{1,3}(?:(?:were|was|are|is|have|has|had)(?:\s{1,3}been)?\s{1,3})?"
    r"[a-z][\w'’-]{0,25}(?:\s{1,3}(?:[A-Za-z][\w'’-]{0,25}|\d{4}(?!\d))){0,10}?"
    r"\s{1,3}(?P<auxiliary>(?:were|was|are|is|have|has|had)\b|(?P<lexical>[a-z]{3,20}ed)\b)"
)


def _whole_name(text: str, counted: str | None, end: int, limit: int) -> str | None:
    """The whole's noun with the rest of a name that was cut short at ``end``.

    "members of the Human Rights" and " Council"; "members" and " of the Bureau".
    """
    name = _NAME_REST.match(text, end, limit)
    if counted is None or name is None:
        return counted
    return f"{counted} {' '.join(name[0].split())}"


# A clause cut at "and" that goes on with one to three words and stops: "women and girls",
# "boys and young men". A count, a verb or "the rest" after "and" starts another part.
_NOUN_PAIR = re.compile(
    r"\s{1,3}and\s{1,3}(?!(?:the\s{1,3})?(?:rest|remaining|remainder|others?)\b)"
    r"(?!(?:were|was|are|is|had|have|has|did|do|does|will|would|not)\b)"
    r"[a-z][a-z'’-]{1,25}(?:\s{1,3}[a-z][a-z'’-]{1,25}){0,2}(?=\s{0,3}(?:[.;,)]|$))"
)


# Where or by whom a polled whole was polled, between it and the part's verb: "(12 of the
# 14 countries surveyed) on the continent | have", "(countries) we surveyed | have", "(the
# 25 nations polled) by the Centre in 2023 | see" (the verb one a poll's answer opens on).
_POLLED_MODIFIER = re.compile(
    r"(?:\s{1,3}(?:surveyed|polled|sampled|interviewed|questioned))?"
    r"(?:\s{1,3}(?:that|which)?\s{0,3}(?:we|they)\s{1,3}(?:surveyed|polled|interviewed)"
    r"|\s{1,3}(?:in|on|by|across|from|at)\s{1,3}[\w'’-]{1,25}(?:\s{1,3}[\w'’-]{1,25}){0,4}?)"
    r"(?=\s{1,3}(?:have|has|had|are|were|is|was|see|saw|say|said|view(?:ed)?|hold|held"
    r"|express(?:ed)?|believe[ds]?|think|thought|want(?:ed)?|agree[ds]?|support(?:ed)?"
    r"|oppose[ds]?|trust(?:ed)?|give|gave|rate[ds]?|reported|indicated|considered"
    r"|expect(?:ed)?)\b)"
)


def _part_label(text: str, part: Item, limit: int) -> tuple[str, int] | None:
    """What one part of a stated whole is or did, as its category, and where it ends.

    The part must be the subject of a clause ("48 were completed on time" ->
    "completed on time", "1.2 million were women" -> "women", "Two of the nine judges
    dissented" -> "dissented"); "did so" refers to nothing here, and a relative clause
    after the whole ("one of the 15 members who spoke") states no part, unless the part's
    own auxiliary follows it ("Three of the seven holders who requested access were
    granted a visit" -> "granted a visit"). The part's names
    between dashes before its verb are skipped ("Of the 30 applications, four -- from
    Chad, Mali, Niger and Togo -- were rejected" -> "rejected").
    """
    if not (part.value or part.percent):
        return None  # "none of the six ... was found": no part
    relative = _RELATIVE.match(text, part.head_end, limit)
    main = None
    if relative is not None and part.value != 1:
        main = _MAIN_AFTER_RELATIVE.match(text, relative.end(), limit)
        if (
            main is not None
            and main["lexical"]
            and relative.group().strip() not in ("that", "which")
        ):
            # "Three of the 15 members who spoke supported the draft": none (a decision of
            # sessions 24-47); only a clause on things or bodies ("that submitted reports")
            # takes a lexical verb of the part after it
            main = None
    if relative is not None and main is None:
        return None
    start = _label_start(text, part)
    if main is not None:
        start = main.start("auxiliary")  # "of the seven who asked in 2022 were granted ..."
    elif not (part.verb or part.auxiliary):
        # "Twelve of the 47 members of the Human Rights Council spoke": the rest of a name
        # (or a bare part, "1,702,990 cast their ballots") before the verb
        name = _NAME_REST.match(text, part.head_end, limit)
        position = name.end() if name is not None else part.head_end
        polled = _POLLED_MODIFIER.match(text, position, limit)
        if polled is not None and _POLLED_WHOLE.search(text, part.prefix_start, polled.end()):
            position = polled.end()  # "12 of the 14 countries surveyed on the continent have"
        if text.startswith((" –", " —", " --"), position):  # "four -- Chad, Mali and ... --"
            aside = _DASHED_NAMES.match(text, position, limit)
            position = aside.end() if aside is not None else position
        auxiliary, verb, _ = verb_group(text, position, limit, part.value, subject=True)
        if not (auxiliary or verb):
            return None
        start = _skip_blanks(text, position)
    end = _clause_end(text, start, limit)
    if end <= start or text.startswith("did so", start):
        return None
    pair = _NOUN_PAIR.match(text, end, limit)
    if pair is not None:
        end = pair.end()  # "1.2 million were women and girls": one label, not "women"
    words = " ".join(text[start:end].split())
    if words.startswith("being ") and not part.of_them:
        # a participle on the whole, the part's verb after it; "14 of them being from the
        # Pacific" is an absolute clause, its "being" the part's verb
        participle = _PARTICIPLE_THEN_VERB.match(words)
        if participle is None:
            return None  # "..., one of four meetings being held by the States": no part
        words = words[participle.end() :]
    modifier = _MODIFIER_THEN_VERB.match(words)
    if modifier is not None:
        words = words[modifier.end() :]  # "targets set for 2010 have been reached"
    auxiliary = _PART_AUXILIARY.match(words)
    label = words[auxiliary.end() :]
    if auxiliary["not"] and label:
        label = f"not {label}"
    if not label or not label[0].isalpha() or label.lower().startswith(("so ", "so,")):
        return None
    if (
        label.split(maxsplit=1)[0].lower() in _REQUIREMENT_WORDS
        or _OBLIGATION.match(label) is not None
    ) and not _PAST_AUXILIARY.search(auxiliary.group()):
        # "nine of the 15 votes are needed to adopt it", "18 of the 35 governors would
        # have to vote in favour": a threshold, no part
        return None
    return label, end


# A part that is (or will be) needed states a threshold, not what happened; "27 were
# required to attend" says what was asked of some of the whole.
_REQUIREMENT_WORDS = frozenset(["needed", "required", "necessary", "sufficient", "enough"])
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had)\b")
# An obligation not yet met is a threshold as well: "would have to vote in favour", "need
# to vote yes", "must agree" ("30 had to leave" is in the past, a part).
_OBLIGATION = re.compile(r"(?:(?:have|has|need|needs)\s{1,3}to|must)\s", re.IGNORECASE)


# "The questionnaire was completed by", "surveys were returned by", "the inquiry was
# answered by", "The poll was answered by"; an aside may stand between ("The survey,
# carried out by a consultancy firm in November, was completed by").
_COMPLETED_BY = re.compile(
    r"\b(?P<object>[Qq]uestionnaires?|[Ss]urveys?|[IiEe]nquir(?:y|ies)|[Pp]olls?"
    r"|[Qq]uestions?(?=\s{1,3}\d))"
    r"\b[^.;:]{0,100}?"
    r"\b(?P<verb>completed|returned|answered|filled\s{1,3}(?:in|out))\s{1,3}by\s{1,3}"
    # who answered for them: "by Ministry of Education officials of 118 countries"
    r"(?:(?:[\w'’-]{1,25}\s{1,3}){1,6}?(?:of|from|in)\s{1,3})?"
    r"(?:(?:only|some|about|a\s{1,3}total\s{1,3}of)\s{1,3})?$"
)
# "Data were provided by 88 countries", "Statistics for the survey had been supplied by":
# they gave a survey its figures.
_DATA_BY = re.compile(
    r"\b(?:[Dd]ata|[Ss]tatistics)\b[^.;:]{0,60}?"
    r"\b(?P<verb>provided|supplied|submitted|reported|sent|transmitted)\s{1,3}by\s{1,3}"
    r"(?:(?:only|some|about|a\s{1,3}total\s{1,3}of)\s{1,3})?$"
)
# "Replies were received from", "responses from", "answers had been received from".
_NOMINAL_BEFORE = re.compile(
    r"\b(?P<noun>[Rr]eplies|[Rr]esponses|[Aa]nswers|[Rr]eply|[Rr]esponse|[Qq]uestionnaires?"
    r"|[Ii]nformation|[Vv]iews|[Cc]omments|[Oo]bservations|[Cc]ontributions|[Ss]ubmissions"
    r"|[Ii]nputs)\b[^.;:]{0,100}$"
)

# "received communications from", "notifications had been received from": sent unasked.
_UNASKED_BEFORE = re.compile(
    r"\b(?:[Cc]ommunications?|[Nn]otifications?)\b(?![^.;:]{0,100}?"
    r"\b(?:[Rr]epl(?:y|ies)|[Rr]espon(?:se|ses|ding)|[Qq]uestionnaires?))[^.;:]{0,100}$"
)

# What a reply answers that asks no one a question: a call for tenders, bids, proposals,
# applications, nominations or expressions of interest, a tender, an appeal ("Some 320
# firms submitted a response to the call for tenders", "45 Member States responded to the
# flash appeal"): a procurement's or a fund-raising's, no survey reply. A call for inputs
# or submissions, or a request for information, asks what a questionnaire does.
_NO_QUESTION_ANSWERED = re.compile(
    r"\bto\s{1,3}(?:(?:the|a|an|this|that|its|his|her|their|our)\s{1,3})?"
    r"(?:(?!(?:on|of|about|regarding|concerning)\s)[\w’'-]{1,25}\s{1,3}){0,3}?"
    r"(?:(?:calls?|invitations?|requests?)\s{1,3}for\s{1,3}(?:tenders?|bids?|proposals?"
    r"|applications?|nominations?|quotations?|expressions\s{1,3}of\s{1,3}interest)"
    r"|tenders?|bids?|appeals?)\b"
)
_CLAUSE_MARK = re.compile(r"[.;:]")
_CLAUSE_REACH = 160


def _answers_no_question(text: str, start: int) -> bool:
    """Whether the clause of a count of those who replied names a call that asks nothing.

    >>> _answers_no_question("Some 320 firms responded to the call for tenders.", 5)
    True
    >>> _answers_no_question("Some 40 States responded to the call for inputs.", 5)
    False
    >>> _answers_no_question("19 States replied to the questionnaire on tenders.", 0)
    False
    """
    lo = max(0, start - _CLAUSE_REACH)
    marks = [match.end() for match in _CLAUSE_MARK.finditer(text, lo, start)]
    lo = marks[-1] if marks else lo
    end = _CLAUSE_MARK.search(text, start, start + _CLAUSE_REACH)
    hi = end.start() if end is not None else min(len(text), start + _CLAUSE_REACH)
    return _NO_QUESTION_ANSWERED.search(text, lo, hi) is not None


def _answered_before(text: str, start: int) -> str | None:
    """What a count after "by" or "from" did, read from the words before it.

    "The questionnaire was completed by 40 States" -> "completed the questionnaire";
    "Replies were received from 40 States", "had received written replies to its list of
    issues from 40 of the 52 States" -> "replied".
    """
    reach = max(0, start - 120)
    passive = _COMPLETED_BY.search(text, reach, start)
    if passive is not None:
        verb = " ".join(passive["verb"].lower().split())  # "The survey was completed by"
        return f"{verb} the {_singular(passive['object'])}"
    if (data := _DATA_BY.search(text, reach, start)) is not None:
        return f"{data['verb']} data"
    nominal = _NOMINAL_BEFORE.search(text, reach, start + 1)
    if nominal is not None:
        return {**_REPLY_NOUNS, **_FORMS}[nominal["noun"].lower()]
    return None


def _name_first_reply(text: str, tally: Tally, items_at: dict[int, Item]) -> None:
    """Name the first part of a survey split by what it did, where it only repeats its noun.

    "Written replies were received from 40 of the 52 States, while 12 States had not yet
    replied": the 40 "replied" (not "States"), as the one-count fact would be named.
    """
    first = tally.parts[0]
    if first.category is None:
        return
    item = items_at.get(first.start)
    if item is None or not item.response_from:
        return
    if first.category != first.counted and not _asked_described(text, item):
        return
    if all(part.category == part.counted for part in tally.parts[1:]):
        return  # "from 41 Member States and 13 agencies": the categories are who replied
    first.category = _answered_before(text, first.start) or first.category


# A participle after the noun of those who replied that says how they were asked
# ("from 22 of the 31 Governments invited to comment", "of the 40 States consulted"),
# the last word of the count's head or the first after it.
_ASKED_PARTICIPLE = re.compile(r"\s(?:[a-z]{2,20}ed|sent|sought)(?:$|\s{1,3}to\s)")


def _asked_described(text: str, item: Item) -> bool:
    """Whether the words after a reply count's noun describe those asked, no answer.

    "Replies were received from 22 of the 31 Governments invited to comment; the
    remaining 9 did not respond": the 22 "replied"; "invited to comment" says whom the
    request went to.
    """
    if item.verb or item.auxiliary or not item.counted:
        return False
    after_noun = text.find(item.counted, item.start, item.head_end) + len(item.counted)
    return _ASKED_PARTICIPLE.match(text[after_noun : item.head_end + 4]) is not None


# Between a count of those who replied and the split of them that follows in the next
# sentence or clause: ". Of these,", "; among them,", ". " before "Forty of them".
_THEM_NEXT = re.compile(
    r"\s{0,3}[.;]\s{1,3}(?:(?:[Oo]f|[Aa]mong)\s{1,3}(?P<them>them|these|those)\s{0,3},\s{0,3})?"
)
# Between a count of those who replied and a split in the next sentence that names them
# otherwise: ". The largest number came from ".
_NEXT_SENTENCE = re.compile(r"\s{0,3}[.;]\s{1,3}[^.;:\d()]{0,80}")
_THEM_AFTER_COUNT = re.compile(r"\s{1,3}(?:of|among)\s{1,3}(?:them|these|those)\b")


def _split_of_replied(text: str, fact: Tally, split: Tally) -> bool:
    """Whether ``split``, after the one-count fact ``fact``, splits those who replied.

    "In total, 57 States responded. Forty of them favoured a binding instrument and 17
    did not": the split names its whole by "of them" (after its first count) or opens
    with "Of these," right after the fact's sentence, and its counts fit in the whole;
    without either, its counts add up to the whole exactly.
    """
    if split.total is not None or split.kind == "vote" or not split.parts:
        return False
    if not REPLY_CATEGORY.match(fact.parts[0].category or ""):
        return False
    first = split.parts[0]
    whole = fact.parts[0].count
    counts = [part.count for part in split.parts]
    gap = _THEM_NEXT.fullmatch(text, fact.end, split.start)
    if gap is None:
        # the next sentence, with no number before the split: its counts must add up to
        # those who replied ("... from 95 Governments. Most came from Europe (34), ...")
        adds_up = None not in counts and sum(counts) == whole and len(counts) > 1
        return adds_up and _NEXT_SENTENCE.fullmatch(text, fact.end, split.start) is not None
    if gap["them"] is None:
        after = first.start
        while after < first.end and not text[after].isspace():
            after += 1  # past the first count, written in one word or in digits
        if _THEM_AFTER_COUNT.match(text, after, first.end) is None:
            # no "of them": the counts must add up to those who replied ("A total of 58
            # replies were received. Thirty-two came from Governments and 26 from ...")
            return None not in counts and sum(counts) == whole and len(counts) > 1
    if whole is None or any(count is None for count in counts):
        return all(part.count is None for part in split.parts)  # shares of those who replied
    return sum(counts) <= whole


def _join_replied_splits(text: str, kept: list[Tally]) -> list[Tally]:
    """Each split of those who replied gets their count as its total, the fact dropped.

    ``kept`` is in order of position; one pass over neighbours.
    """
    joined: list[Tally] = []
    for tally in kept:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _is_one_count_fact_named(previous)
            and _split_of_replied(text, previous, tally)
        ):
            fact = previous.parts[0]
            tally.total, tally.total_qualifier = fact.count, fact.qualifier
            tally.subject = tally.subject or fact.counted
            for part in tally.parts:
                if part.counted is None and fact.counted is not None:
                    part.counted, part.counted_inherited = fact.counted, True
            tally.start, tally.kind = previous.start, "survey"
            joined[-1] = tally
            continue
        joined.append(tally)
    return joined


# Between a survey with its whole and more of its parts: ", and", "; while".
_MORE_PARTS_GAP = re.compile(r"\s{0,3}[,;]?\s{0,3}(?:(?:and|while|whereas|but)\s{1,3})?")


def _survey_right_before(text: str, new: list[Tally], item: Item) -> Tally | None:
    """The survey with a whole found right before ``item`` (", and" between), if any."""
    previous = new[-1] if new else None
    if previous is None or previous.kind != "survey" or not previous.total:
        return None
    if previous.end > item.prefix_start:
        return None
    return previous if _MORE_PARTS_GAP.fullmatch(text, previous.end, item.prefix_start) else None


def _is_share_of(
    count: int | None, percent: float | None, decimals: int | None, total: int
) -> bool:
    """Whether ``percent`` is ``count`` over ``total``, within the share's rounding.

    >>> _is_share_of(54, 38.0, 0, 142), _is_share_of(54, 30.0, 0, 142)
    (True, False)
    """
    if count is None or percent is None or not total:
        return False
    slack = 0.5 * 10.0 ** -(decimals or 0) + 1e-9
    return abs(100.0 * count / total - percent) <= slack


def _next_parts_fit(whole: Tally, more: Tally) -> bool:
    """Whether the parts of ``more``, written right after ``whole``, are more of its parts.

    ``more`` states no whole and counts no other noun than ``whole``'s (its verbs and
    nouns elided: "..., 11 opposed it and 5 expressed no opinion"); every count is given,
    every share is its count over the whole (within the share's rounding), and the counts
    together fit in the whole.
    """
    if whole.kind not in ("survey", "breakdown") or more.kind not in ("survey", "breakdown"):
        return False
    if not whole.total or more.total is not None:
        return False
    parts = whole.parts + more.parts
    if any(part.count is None for part in parts):
        return False
    own_noun = whole.parts[0].counted
    if any(part.counted not in (None, own_noun) for part in more.parts):
        return False  # "..., and 11 staff members and 5 consultants were recruited"
    if not all(
        _is_share_of(part.count, part.percent, part.decimals, whole.total)
        for part in parts
        if part.percent is not None
    ):
        return False
    return sum(part.count for part in parts) <= whole.total


def _join_next_parts_of_one_whole(text: str, kept: list[Tally]) -> list[Tally]:
    """A tally with its whole and the parts right after it that fit in it, as one tally.

    "Some 70 per cent of responding States (56 of 80) reported a hotline, and 30 per cent
    (24) reported none": the second share and count state no whole of their own, but 24
    is 30 per cent of 80, so they are the next part of that whole. "Of the 54 Governments
    responding, 38 favoured a conference in 1985, 11 opposed it and 5 expressed no
    opinion": the year ends the enumeration, and the counts after it fit in the 54 (see
    :func:`_next_parts_fit`).
    """
    joined: list[Tally] = []
    for tally in kept:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _next_parts_fit(previous, tally)
            and _MORE_PARTS_GAP.fullmatch(text, previous.end, tally.start) is not None
        ):
            noun = previous.parts[0].counted
            for part in tally.parts:
                if part.counted is None and noun is not None:
                    part.counted, part.counted_inherited = noun, True
            previous.parts.extend(tally.parts)
            previous.end = tally.end
            continue
        joined.append(tally)
    return joined


# Between two counted nouns of one list of those who replied: ", ", " and ", ", and ".
_LIST_JOIN = re.compile(r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and\s{1,3})")


def _listed_respondents(text: str, kept: list[Tally], items: list[Item]) -> list[Tally]:
    """A fact of those who replied extended over the counted nouns listed before it.

    "Forty States, 6 agencies and 12 NGOs replied": one survey whose categories are who
    replied (40 States, 6 agencies, 12 NGOs), as with "Replies were received from 40
    States, 6 agencies and 12 NGOs", not a fact of the 12 NGOs alone.
    """
    index_at = {item.prefix_start: index for index, item in enumerate(items)}
    result: list[Tally] = []
    for tally in kept:
        index = index_at.get(tally.start) if _is_one_count_fact_named(tally) else None
        fact = tally.parts[0]
        if index is None or not REPLY_CATEGORY.match(fact.category or "") or not fact.counted:
            result.append(tally)
            continue
        first = index
        while first > 0:
            before = items[first - 1]
            if before.kind != "count" or before.value is None or not before.counted:
                break
            if before.verb or before.of_total is not None or before.total_before:
                break
            if _LIST_JOIN.fullmatch(text, before.head_end, items[first].prefix_start) is None:
                break
            first -= 1
        listed = items[first:index]
        if not listed or any(
            _overlaps(other, Tally("", listed[0].prefix_start, tally.start)) for other in result
        ):
            result.append(tally)
            continue
        parts = [
            Part(
                item.counted,
                item.value,
                item.prefix_start,
                item.head_end,
                counted=item.counted,
                qualifier=item.qualifier,
            )
            for item in listed
        ]
        fact.category = fact.counted
        parts.append(fact)
        result.append(Tally("survey", listed[0].prefix_start, tally.end, parts))
    return result


def _is_one_count_fact_named(tally: Tally) -> bool:
    """A one-count survey fact after :func:`_one_count_category` named what it did."""
    return (
        tally.kind == "survey"
        and len(tally.parts) == 1
        and tally.total is None
        and tally.parts[0].count is not None
    )


def _one_count_category(text: str, tally: Tally, items_at: dict[int, Item], limit: int) -> bool:
    """Name what a one-count survey fact did ("replied"), its noun kept in ``counted``.

    False where the fact is none: the count is of those something came "from", and what
    came is named as sent unasked, not as a reply ("received communications from 27
    organizations requesting a hearing": letters, not answers to a survey).
    """
    part = tally.parts[0]
    item = items_at.get(part.start)
    nominal = _NOMINAL_BEFORE.search(text, max(0, part.start - 120), part.start + 1)
    if item is not None and item.response_from:  # only then can a passive before name it
        answered = _answered_before(text, part.start)
        if answered is None and _UNASKED_BEFORE.search(text, max(0, part.start - 120), part.start):
            return False
        part.category = answered or part.category
        return True
    # "21 questionnaires were returned": they returned the questionnaire
    passive = item is not None and (item.auxiliary or "").split()[-1:] in (["were"], ["been"])
    forms = passive and (item.counted or "").lower() in ("questionnaires", "surveys")
    if forms and item.verb in ("returned", "completed", "submitted"):
        part.category = f"{item.verb} the questionnaire"
        return True
    raw = text[part.start : tally.end]
    letter = [character.isalpha() for character in raw]  # once, not twice per position
    for position, is_letter in enumerate(letter):
        if is_letter and (position == 0 or not letter[position - 1]):
            action = _action(raw, position, len(raw))
            if action is not None and not action["did_so"] and not action["pronoun_verb"]:
                part.category = reply_category(action)
                return True
    if nominal is not None:
        part.category = {**_REPLY_NOUNS, **_FORMS}[nominal["noun"].lower()]
    else:
        part.category = "responded"
    return True


# ", a response rate of 39 per cent" right after a count of those who replied.
_RATE_AFTER = re.compile(
    r"\s{0,3},\s{0,3}(?:(?:a|giving\s{1,3}a|for\s{1,3}a|representing\s{1,3}a|or\s{1,3}a)\s{1,3})?"
    rf"{_RATE}\s{{1,3}}of\s{{1,3}}(?:(?:about|some|nearly|almost|just\s{{1,3}}over)\s{{1,3}})?"
    r"(?P<percent>\d{1,3}(?:\.(?P<decimals>\d{1,2}))?)\s{0,3}(?:per\s{0,3}cent|percent|%)"
    # ", a 64 per cent response rate"
    r"|\s{0,3},\s{0,3}(?:(?:a|giving\s{1,3}a|for\s{1,3}a|or\s{1,3}a)\s{1,3})?"
    r"(?P<percent_first>\d{1,3}(?:\.(?P<decimals_first>\d{1,2}))?)\s{0,3}(?:-?\s{0,2}per\s{0,3}cent|percent|%)"
    rf"\s{{1,3}}{_RATE}\b"
    # in brackets, after what they replied to: "112 countries responded to the survey (a
    # response rate of 58 per cent)", "88 Governments replied (response rate: 46 per cent)"
    r"|(?:\s{1,3}to\s{1,3}(?:the|this|that|its|our|their)\s{1,3}(?:[\w’'-]{1,25}\s{1,3}){0,3}?"
    r"(?:surveys?|questionnaires?|polls?|consultations?))?"
    rf"\s{{0,3}}\(\s{{0,2}}(?:(?:a|an)\s{{1,3}})?{_RATE}(?:\s{{1,3}}of|\s{{0,2}}:)\s{{0,3}}"
    r"(?:(?:about|some|nearly|almost|just\s{1,3}over)\s{1,3})?"
    r"(?P<percent_paren>\d{1,3}(?:\.(?P<decimals_paren>\d{1,2}))?)\s{0,3}(?:per\s{0,3}cent|percent|%)"
    r"\s{0,2}\)"
    # the share first in brackets, as a count's own rate is written: "518 responses were
    # received (46% response rate)", "(a 71 per cent response rate)"
    r"|(?:\s{1,3}to\s{1,3}(?:the|this|that|its|our|their)\s{1,3}(?:[\w’'-]{1,25}\s{1,3}){0,3}?"
    r"(?:surveys?|questionnaires?|polls?|consultations?))?"
    r"\s{0,3}\(\s{0,2}(?:(?:a|an)\s{1,3})?"
    r"(?P<percent_paren_first>\d{1,3}(?:\.(?P<decimals_paren_first>\d{1,2}))?)"
    rf"\s{{0,3}}(?:-?\s{{0,2}}per\s{{0,3}}cent|percent|%)\s{{1,3}}{_RATE}\s{{0,2}}\)"
)


def _rate_read(rate: re.Match[str]) -> tuple[float, int]:
    """The response rate a :data:`_RATE_AFTER` match states, and its decimals."""
    percent = (
        rate["percent"]
        or rate["percent_first"]
        or rate["percent_paren"]
        or rate["percent_paren_first"]
    )
    decimals = (
        rate["decimals"]
        or rate["decimals_first"]
        or rate["decimals_paren"]
        or rate["decimals_paren_first"]
        or ""
    )
    return float(percent), len(decimals)


def _rate_after(text: str, tally: Tally, limit: int) -> None:
    """Give a one-count survey fact the response rate written right after it.

    "Seventy-four Governments replied, a response rate of 39 per cent", also in brackets
    ("112 countries responded to the survey (a response rate of 58 per cent)"): the one
    part gets percent 39 (the whole it is a share of is not stated).
    """
    rate = _RATE_AFTER.match(text, tally.end, limit)
    if rate is None:
        return
    part = tally.parts[0]
    part.percent, part.decimals = _rate_read(rate)
    part.end = tally.end = rate.end()


# The rest of a whole's noun before a response rate: " organizations" in "21 of the 28
# participating organizations, a response rate of 75 per cent".
_NOUN_REST = re.compile(r"(?:\s{1,3}[A-Za-z][\w-]{0,25}){0,3}")


def _rate_of_part(text: str, tally: Tally, limit: int) -> None:
    """Give the one part of a stated whole the response rate written after the whole.

    "Responses were received from 21 of the 28 organizations, a response rate of 75 per
    cent": the 21 gets percent 75, where 75 per cent is 21 of 28 within its rounding.
    """
    part = tally.parts[0]
    if not tally.total or part.count is None or part.percent is not None:
        return
    rest = _NOUN_REST.match(text, tally.end, limit)
    rate = _RATE_AFTER.match(text, rest.end(), limit)
    if rate is None:
        return
    percent, decimals = _rate_read(rate)
    if _is_share_of(part.count, percent, decimals, tally.total):
        part.percent, part.decimals = percent, decimals
        part.end = tally.end = rate.end()


_COUNT = r"(?P<count>\d{1,3}(?:,\d{3})+|\d{1,6})"
# Replies received as an object: by a survey ("The questionnaire received 2,104
# responses", "the online survey had received some 900 replies", "The staff survey drew
# 2,904 responses"), or by anyone from those who sent them ("The Secretariat received 134
# written replies from Member States": the respondents named after "from", below, make it
# a survey fact whoever received them).
_SURVEY_RECEIVED = re.compile(
    r"(?:received|drew|elicited|attracted|generated|yielded|obtained|collected|gathered"
    r"|garnered)\s{1,3}(?P<part>(?:(?:a\s{1,3}total\s{1,3}of|only|some|about|nearly|almost"
    rf"|over|more\s{{1,3}}than)\s{{1,3}})?{_COUNT})\s{{1,3}}"
    r"(?:(?:written|individual|formal|official|separate|substantive|national)\s{1,3})?"
    r"(?P<noun>responses|replies|answers|submissions|inputs|contributions)\b"
)
# Nouns received that are replies only where a request is named (before, or "in response
# to" after them): "received 41 contributions from donors" is money, not a reply.
_ANSWERS_IF_ASKED = frozenset(("contributions",))
# The survey that received them, right before ("The questionnaire has received").
_SURVEY_BEFORE_RECEIVED = re.compile(
    r"\b(?:[Qq]uestionnaires?|[Ss]urveys?|[Cc]onsultations?)\s{1,3}(?:(?:has|had|have)\s{1,3})?$"
)
_SURVEY_BEFORE_REACH = 30
# A request for replies named earlier in the sentence: "sent a questionnaire to all Member
# States and received 58 replies", "Following the note verbale, the Office received 40".
_ASKED_EARLIER = re.compile(
    r"\b(?:questionnaires?|surveys?|notes?\s{1,3}verbales?|call\s{1,3}for\s{1,3}(?:input|inputs"
    r"|submissions|contributions)|requests?\s{1,3}for\s{1,3}(?:information|input|views))\b"
    r"[^.;:]{0,150}$",
    re.IGNORECASE,
)
_ASKED_EARLIER_REACH = 200
_REPLIES_NOUN = re.compile(r"\b(?:responses|replies|answers|submissions|inputs)\b")
# Its words as literals: tested first, since the pattern opens on a word boundary and is
# tried at every character of a paragraph that holds none of them (most).
_REPLIES_LITERALS = ("responses", "replies", "answers", "submissions", "inputs")


# Who sent the replies a survey received, right after them: " from civil society
# organizations" (a plural noun of one to four words, then a stop, a place or a time).
_FROM_RESPONDENTS = re.compile(
    r"\s{1,3}from\s{1,3}(?:the\s{1,3})?"
    r"(?P<who>(?:[A-Za-z][\w-]{1,25}\s{1,3}){0,3}?[A-Za-z][\w-]{1,25}s)"
    r"(?=\s{0,3}(?:[,.;:()]|$)"
    r"|\s{1,3}(?:in|across|around|and|of|by|during|before|after|under|pursuant|on)\s)"
)


# A request answered, later in the clause: "... from Member States in response to the note
# verbale".
_ANSWER_AFTER = re.compile(r"[^.;:]{0,100}?\sin\s{1,3}(?:response|reply|answer)\s{1,3}to\b")
# More senders named after the first, with no count of their own: ", civil society
# organizations and academics", " and observers".
_SENDER_LIST = re.compile(
    r"(?:\s{0,3},\s{0,3}[A-Za-z][\w -]{0,60}?)?\s{1,3}(?:and|or)\s{1,3}(?:the\s{1,3})?[A-Za-z]"
)


# More replies from others after the first ones: " and 11 from intergovernmental
# organizations", ", 9 replies from agencies".
_MORE_FROM = re.compile(
    rf"\s{{0,3}}(?:,\s{{0,3}})?(?:and\s{{1,3}})?{_COUNT}\s{{1,3}}"
    r"(?:(?:responses|replies|answers)\s{1,3})?(?=from\s)"
)
# Who sent those further replies: any short name, not only a plural ("from civil society").
_MORE_SENDER = re.compile(
    r"\s{1,3}from\s{1,3}(?:the\s{1,3})?"
    r"(?P<who>[A-Za-z][\w'’-]{0,25}(?:\s{1,3}[A-Za-z][\w'’-]{0,25}){0,4}?)"
    r"(?=\s{0,3}(?:[,.;:()]|$)|\s{1,3}(?:in|across|around|and)\s)"
)
_MOST_SOURCES = 8


def _survey_received(text: str, limit: int) -> list[Tally]:
    """One-count survey facts of replies received as an object, or their split by sender.

    "The survey received 1,350 responses, a response rate of 42 per cent": one part
    "responded" 1,350 with percent 42 (the whole asked is not stated). "The Office
    received 58 replies from Governments and 11 from organizations": a survey of two
    parts, each named by who sent the replies (as "Replies were received from 58
    Governments and 11 organizations"). Submissions and inputs are replies as answers
    are; contributions only where a request is named before or after them.
    """
    if not (holds_any(text, _REPLIES_LITERALS) and _REPLIES_NOUN.search(text)) and not (
        "contributions" in text
        and ("in response" in text or "call for" in text or "verbale" in text)
    ):
        return []  # cheap tests first: no replies, and no contributions answering a call
    tallies = []
    for match in _SURVEY_RECEIVED.finditer(text, 0, limit):
        value, _ = read_count(match["count"])
        if not value or (match.start() and text[match.start() - 1].isalnum()):
            continue
        noun = match["noun"]
        part = Part(
            _REPLY_NOUNS.get(noun) or _FORMS.get(noun) or "submitted",
            value,
            match.start("part"),
            match.end(),
            counted=noun,
            qualifier=qualifier_of(text, match.start("count"), match.end("count")),
        )
        source = _FROM_RESPONDENTS.match(text, match.end(), limit)
        if source is not None and _SENDER_LIST.match(text, source.end(), limit):
            source = None  # "from States, civil society and academics": the count is theirs
        survey = _SURVEY_BEFORE_RECEIVED.search(
            text, max(0, match.start() - _SURVEY_BEFORE_REACH), match.start()
        )
        if survey is None and (source is None or noun in _ANSWERS_IF_ASKED):
            earlier = _ASKED_EARLIER.search(
                text, max(0, match.start() - _ASKED_EARLIER_REACH), match.start()
            )
            if earlier is None and not _ANSWER_AFTER.match(text, match.end(), limit):
                continue  # "The unit received 40 replies": to what, from whom, not said
        start = survey.start() if survey is not None else match.start("part")
        tally = Tally("survey", start, match.end(), [part], subject=match["noun"])
        if source is not None:  # "342 responses from civil society organizations": who
            if noun not in _REPLY_NOUNS and _MORE_FROM.match(text, source.end(), limit):
                continue  # "74 submissions from Governments and 31 from ...": a breakdown
            part.counted = tally.subject = " ".join(source["who"].split())
            part.end = tally.end = source.end()
            _more_senders(text, tally, limit)
        if len(tally.parts) == 1:
            _rate_after(text, tally, limit)
        tallies.append(tally)
    return tallies


def _more_senders(text: str, tally: Tally, limit: int) -> None:
    """Add the replies from other senders right after the first: "and 11 from agencies".

    The parts are then named by their senders, as the many-part "Replies were received
    from 58 Governments and 11 organizations" is.
    """
    position = tally.end
    for _ in range(_MOST_SOURCES):
        more = _MORE_FROM.match(text, position, limit)
        source = _MORE_SENDER.match(text, more.end() - 1, limit) if more else None
        value = read_count(more["count"])[0] if more else None
        if more is None or source is None or not value:
            break
        who = " ".join(source["who"].split())
        tally.parts.append(Part(who, value, more.start("count"), source.end(), counted=who))
        position = tally.end = source.end()
    if len(tally.parts) > 1:
        first = tally.parts[0]
        first.category = first.counted or first.category
        tally.subject = None


_SURVEY_NOUN = r"(?:surveys?|questionnaires?|polls?|consultations?)"
# A count in digits or words: "Sixty-three countries participated in the survey".
_WORD_COUNT = (
    rf"(?P<count>{SCALED_COUNT_PATTERN}|\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}"
    rf"|{NOT_A_SCALE_AFTER_A_FIGURE}(?i:{NUMBER_WORDS})(?![\w-]))"
)
# Those who took part in a survey: "2,500 staff members took part in the survey", "a
# survey in which 2,500 staff participated" (the survey named before, within a clause).
_TOOK_PART = re.compile(
    rf"(?<![\w,.]){_WORD_COUNT}\s{{1,3}}(?!(?i:{NUMBER_WORDS})\b)"  # "In 2019 twelve States"
    rf"(?P<noun>(?:[A-Za-z][\w-]{{1,25}}\s{{1,3}}){{0,2}}"
    r"(?:[A-Za-z][\w-]{1,25}s|people|staff|personnel|children|women|men|youth))"
    r"\s{1,3}(?:(?:had|have|has)\s{1,3})?(?:participated|took\s{1,3}part"
    # "114 Member States chose to participate", "agreed to take part"
    r"|(?:chose|agreed|decided|volunteered)\s{1,3}to\s{1,3}(?:participate|take\s{1,3}part))\b"
    rf"(?P<object>\s{{1,3}}in\s{{1,3}}(?:the|an?|this|that)\s{{1,3}}(?:[\w-]{{1,25}}\s{{1,3}}){{0,2}}"
    rf"{_SURVEY_NOUN}\b{NOT_THE_SURVEY_ITSELF})?"
)
# Spans of time, which take no part: the upper bound of an age range before the verb
# ("young people aged between 15 and 24 years took part in the poll").
_SPANS_OF_TIME = frozenset(("years", "months", "weeks", "days"))
# A count of the places those who took part came from, right before it: "employees at the
# country's 388 trusts", "people from 120 countries" ("a survey in which 40 staff ..." is
# theirs).
_PLACE_BEFORE = re.compile(
    r"[A-Za-z]\s{1,3}(?:at|in|from|across)\s{1,3}(?:the\s{1,3})?"
    r"(?:(?!which\b|whom\b)[A-Za-z][\w’'-]{0,25}\s{1,3})?$"
)
_SURVEY_BEFORE = re.compile(rf"\b{_SURVEY_NOUN}\s{{1,3}}(?:in|to)\s{{1,3}}which\s{{1,3}}$", re.I)
# Questionnaires counted as returned: "There were 312 completed questionnaires",
# "418 valid questionnaires were received".
_COMPLETED_FORMS = re.compile(
    rf"(?<![\w,.]){_COUNT}\s{{1,3}}(?:completed|valid|usable|returned)\s{{1,3}}"
    r"(?P<noun>questionnaires|surveys)\b"
)
# Replies counted under a noun that names their survey: "309 survey responses were
# received", "There were 1,204 valid online survey responses", "85 questionnaire replies",
# "more than 800,000 UN75 survey responses" (the survey's name before it).
_SURVEY_REPLIES = re.compile(
    rf"(?<![\w,.]){_WORD_COUNT}\s{{1,3}}(?P<noun>(?:(?:valid|usable|complete|completed|eligible"
    r"|online|written|individual|[A-Z][A-Za-z0-9-]{0,15})\s{1,3}){0,2}"
    r"(?:survey|questionnaire|poll)\s{1,3}"
    r"(?P<replies>responses|replies))\b"
)
# Those who replied with their count in parentheses after the verb: "a relatively low
# number of countries have responded (56)", "Only a few Governments replied (14)".
_REPLIED_THEN_COUNT = re.compile(
    r"\b(?P<noun>(?:(?!(?:of|the|a|an|few|many|some|several|number|only|all|most)\s)"
    r"[A-Za-z][\w-]{1,25}\s{1,3}){0,2}?(?:[A-Za-z][\w-]{1,25}s|staff|people))"
    r"\s{1,3}(?:(?:had|have|has)\s{1,3})?(?:replied|responded)"
    r"(?:\s{1,3}to\s{1,3}the\s{1,3}(?:[\w-]{1,25}\s{1,3}){0,2}?(?:survey|questionnaire))?"
    rf"\s{{0,3}}\(\s{{0,3}}(?!(?:1[89]|20)\d\d\b){_COUNT}(?=\s{{0,3}}\))"
)
# The sum of replies in parentheses after those who sent them: "Replies received from
# developing countries (in total, 49 responses)" ("Africa (12 replies)" is a part).
_REPLIES_IN_PARENTHESES = re.compile(
    r"\(\s{0,3}(?:in\s{1,3}total|a\s{1,3}total\s{1,3}of|in\s{1,3}all),?\s{1,3}"
    rf"{_COUNT}\s{{1,3}}(?P<noun>responses|replies)(?=\s{{0,3}}\))"
)
# Reports received from a body, with their share of it: "has received 175 national
# reports, representing 90 per cent of Parties".
_REPORTS_RECEIVED = re.compile(
    rf"\b(?:has|had|have)\s{{1,3}}received\s{{1,3}}(?:(?:a\s{{1,3}}total\s{{1,3}}of|some)\s{{1,3}})?"
    rf"{_COUNT}\s{{1,3}}(?P<noun>(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|national|periodic|annual|country|implementation)\s{1,3}){0,2}reports)\b",
    re.IGNORECASE,  # "175 Fourth National Reports"
)
# A share of a named body right after the count: ", representing 12 per cent of the
# workforce", ", amounting to 90 per cent of Parties".
_SHARE_OF_BODY = re.compile(
    r"\s{0,3},\s{0,3}(?:representing|amounting\s{1,3}to|or|that\s{1,3}is|equivalent\s{1,3}to)\s{1,3}"
    r"(?:(?:about|some|nearly|almost|over|roughly)\s{1,3})?"
    r"(?P<percent>\d{1,3}(?:\.(?P<decimals>\d{1,2}))?)\s{0,3}(?:per\s{0,3}cent|percent|%)"
    r"\s{1,3}of\s{1,3}(?:the\s{1,3}|all\s{1,3}|its\s{1,3})?"
    r"(?P<base>(?:[A-Za-z][\w-]{1,25}\s{1,3}){0,2}?[A-Za-z][\w-]{1,25})"
    # "of CBD Parties having fulfilled their reporting obligations": who they are, after
    r"(?=\s{0,3}[.,;:)]|\s{0,3}$|\s{1,3}(?:having|that|which|who)\b)"
)
_FROM_WHOM = re.compile(
    r"\s{1,3}(?:(?:were|had\s{1,3}been)\s{1,3}received\s{1,3})?from\s{1,3}[^,.;:\d]{1,60}(?=,)"
)
_BODIES = re.compile(
    r"^(?:(?:the\s)?(?:[A-Z]{2,8}\s)?(?:Member\sStates|States(?:\sparties)?|Parties|States\sParties|countries"
    r"|Governments|members(?:hip)?|Contracting\sParties))$"
)


# Replies counted with the request they answer: "91 replies to the questionnaire", "34
# submissions to the call for input".
_REPLIES_TO_REQUEST = re.compile(
    rf"(?<![\w,.]){_COUNT}\s{{1,3}}(?:(?:written|individual|valid|separate)\s{{1,3}})?"
    r"(?P<noun>replies|responses|answers|submissions)\s{1,3}(?:received\s{1,3})?to\s{1,3}"
    r"(?:(?:the|a|an|its|his|her|their|this|that|our)\s{1,3})?(?:[\w-]{1,25}\s{1,3}){0,3}?"
    r"(?:questionnaires?|surveys?|notes?\s{1,3}verbales?|requests?|calls?|invitations?"
    r"|inquir(?:y|ies))\b"
)
# (literal tests: a pattern that opens on "r", "a" or "s" is tried at each of those letters)
_REPLIES_TO = ("replies to ", "responses to ", "answers to ", "submissions to ")
# Replies not yet given, before their count: "expects", "will", "should".
_NOT_YET_BEFORE = re.compile(
    r"\b(?:expect(?:s|ed)?|anticipate[sd]?|will|would|should|shall|may|hope[sd]?)\b[^.;:]{0,40}$"
)
_NOT_YET_REACH = 50


def _survey_counts(text: str, limit: int) -> list[Tally]:
    """One-count survey facts of those who took part, forms completed, reports received.

    "Some 3,200 staff took part in the survey, or 9 per cent of all staff", "a survey in
    which 2,500 staff participated": category "took part" or "participated", as written;
    "There were 312 completed
    questionnaires, a 64 per cent response rate": "returned the questionnaire"; "has
    received 175 national reports, representing 90 per cent of Parties": "submitted
    reports" with percent 90 and base "Parties" (reports with no share of a body named
    after them are none: "received 40 reports of violations"); "91 replies to the
    questionnaire": "replied" (none where they are awaited: "expects 50 replies to ...").
    A share or response rate right after the count becomes the part's percent.
    """
    tallies: list[Tally] = []
    if "took part" in text or "articipat" in text or "to take part" in text:  # cheap first
        for match in _TOOK_PART.finditer(text, 0, limit):
            if match["object"] is None and not _SURVEY_BEFORE.search(
                text, max(0, match.start() - 40), match.start()
            ):
                continue  # "5,000 people took part in the march": no survey
            if match["object"] is not None and "informal" in match["object"].lower():
                continue  # "40 delegations took part in the informal consultations": talks
            if _PLACE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "9,000 employees at 40 offices took part": where, not who
            if match["noun"].split()[-1].lower() in _SPANS_OF_TIME:
                continue  # "... aged between 15 and 24 years took part": an age, no one
            # the category in the text's own verb: "participated", "took part"
            did = "participated" if "articipat" in match.group() else "took part"
            tallies.append(_count_fact(text, match, did, limit))
    if "questionnaires" in text or "surveys" in text:
        for match in _COMPLETED_FORMS.finditer(text, 0, limit):
            tallies.append(_count_fact(text, match, "returned the questionnaire", limit))
    if "received" in text and "eports" in text:  # "reports", "National Reports"
        for match in _REPORTS_RECEIVED.finditer(text, 0, limit):
            share = _SHARE_OF_BODY.match(text, match.end(), limit)
            if share is not None and _BODIES.match(" ".join(share["base"].split())):
                tallies.append(_count_fact(text, match, "submitted reports", limit))
    if "survey" in text or "questionnaire" in text or "poll" in text:
        for match in _SURVEY_REPLIES.finditer(text, 0, limit):
            tallies.append(_count_fact(text, match, _REPLY_NOUNS[match["replies"]], limit))
    if " (" in text and ("replied" in text or "responded" in text):
        for match in _REPLIED_THEN_COUNT.finditer(text, 0, limit):
            tallies.append(_count_fact(text, match, "responded", limit))
    if "s)" in text:
        for match in _REPLIES_IN_PARENTHESES.finditer(text, 0, limit):
            tallies.append(_count_fact(text, match, _REPLY_NOUNS[match["noun"]], limit))
    if "s to " in text and any(replies in text for replies in _REPLIES_TO):  # cheap tests first
        for match in _REPLIES_TO_REQUEST.finditer(text, 0, limit):
            if _NOT_YET_BEFORE.search(text, max(0, match.start() - _NOT_YET_REACH), match.start()):
                continue  # "expects 50 replies to the questionnaire": none yet
            category = _REPLY_NOUNS.get(match["noun"]) or "submitted"
            tallies.append(_count_fact(text, match, category, limit))
    return [tally for tally in tallies if tally.parts[0].count]


# The number of those who replied stated as a predicate: "The number of replies received
# was 57", "The number of Governments that responded stood at 88", "the number of
# countries replying totalled 61", "Replies to the questionnaire, including late ones,
# numbered 104". The subject says who replied; a share after the count is no count.
# A year may date the replies: "Respondents to the 2024 staff survey numbered 8,214".
_NO_COUNT = r"(?:[^.;:()\d]|(?<!\d)(?:19|20)\d\d(?!\d))"
_STATED_AS = (
    _NO_COUNT + r"{0,80}?\s"  # "received", "to the questionnaire", ", including late ones,"
    r"(?:was|were|stood\s{1,3}at|totall?ed|numbered|came\s{1,3}to|amounted\s{1,3}to)\s{1,3}"
    r"(?:(?:some|about|only|just|nearly|almost|over|roughly)\s{1,3})?"
    rf"(?P<count>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|(?i:{NUMBER_WORDS}))"
    r"(?!\w|-\w|[.,]\d|\s{0,3}(?:per\s{0,3}cent|percent|%))"
)
# "number" first: a literal the engine skips to; "The" or "The total" right before it,
# looked behind at from its end (looked at first, they were tried at every character).
_NUMBER_OF_REPLIED = re.compile(
    r"number(?:(?<=[Tt]he\snumber)|(?<=[Tt]he\stotal\snumber))\s{1,3}of\s{1,3}"
    r"(?:(?P<replies>replies|responses|answers)\b"
    r"|(?P<noun>(?:[A-Za-z][\w-]{1,25}\s{1,3}){0,2}?[A-Za-z][\w-]{1,25}s)\s{1,3}"
    r"(?:(?:that|which|who)\s{1,3}(?:(?:had|have)\s{1,3})?(?P<did>replied|responded|answered)"
    r"|(?P<doing>replying|responding)))" + _STATED_AS
)
# "Respondents to the staff engagement survey numbered 8,214", "Responses totalled 312".
_REPLIES_NUMBERED = re.compile(
    r"\b(?P<replies>[Rr]eplies|[Rr]esponses|[Rr]espondents)"
    rf"(?={_NO_COUNT}{{0,80}}\s(?:numbered|totall?ed)\s)" + _STATED_AS
)
_NUMBERED_NOUNS = {**_REPLY_NOUNS, "respondents": "responded"}
_DOING = {"replying": "replied", "responding": "responded"}


def _number_replied(text: str, limit: int) -> list[Tally]:
    """One-count survey facts stated as the number of those who replied.

    "The number of replies received was 57" (category "replied", counted "replies"),
    "The number of Governments that responded stood at 88" ("responded", "Governments"),
    "Replies to the questionnaire numbered 104". See :data:`_NUMBER_OF_REPLIED`.
    """
    matches = []
    if "number of" in text:  # cheap tests first
        matches.extend(_NUMBER_OF_REPLIED.finditer(text, 0, limit))
    if " numbered " in text or " totalled " in text or " totaled " in text:
        matches.extend(_REPLIES_NUMBERED.finditer(text, 0, limit))
    tallies = []
    for match in matches:
        value, _ = read_count(match["count"])
        if not value:
            continue
        if match["replies"] is not None:
            counted = match["replies"].lower()
            category = _NUMBERED_NOUNS[counted]
        else:
            counted = " ".join(match["noun"].split())
            category = match["did"] or _DOING[match["doing"]]
        part = Part(
            category,
            value,
            match.start("count"),
            match.end(),
            counted=counted,
            qualifier=qualifier_of(text, match.start("count"), match.end("count")),
        )
        tally = Tally("survey", match.start(), match.end(), [part], subject=counted)
        _rate_after(text, tally, limit)
        tallies.append(tally)
    return sorted(tallies, key=lambda t: t.start)


def _count_fact(text: str, match: re.Match[str], category: str, limit: int) -> Tally:
    """One survey part counted by ``match`` (groups count, noun), with a share after it."""
    value, _ = read_count(match["count"])
    noun = " ".join(match["noun"].split())
    part = Part(
        category,
        value,
        match.start("count"),
        match.end(),
        counted=noun,
        qualifier=qualifier_of(text, match.start("count"), match.end("count")),
    )
    tally = Tally("survey", match.start("count"), match.end(), [part], subject=noun)
    source = _FROM_WHOM.match(text, match.end(), limit)  # "from field offices"
    if source is not None:
        part.end = tally.end = source.end()
    share = _SHARE_OF_BODY.match(text, tally.end, limit)
    if share is not None:
        part.percent = float(share["percent"])
        part.decimals = len(share["decimals"] or "")
        part.base = " ".join(share["base"].split())
        part.end = tally.end = share.end()
    else:
        _rate_after(text, tally, limit)
    return tally


def _overlaps(a: Tally, b: Tally) -> bool:
    return a.start < b.end and b.start < a.end


def _is_one_count_fact(tally: Tally) -> bool:
    return (
        tally.kind == "survey"
        and len(tally.parts) == 1
        and tally.total is None
        and tally.parts[0].category is not None
        and tally.parts[0].category == tally.parts[0].counted
    )


def _replace_facts(found: list[Tally], new: list[Tally]) -> list[Tally]:
    """``found`` with each new tally in place of the one-count facts it overlaps.

    A new tally that overlaps any other tally is left out. One sweep over both lists in
    order of position (the new tallies do not overlap one another): linear time.
    """
    ordered = sorted(found, key=lambda t: t.start)
    replaced: set[int] = set()
    added: list[Tally] = []
    active: list[Tally] = []  # found tallies that start before the new one ends
    next_found = 0
    for tally in new:
        while next_found < len(ordered) and ordered[next_found].start < tally.end:
            active.append(ordered[next_found])
            next_found += 1
        active = [other for other in active if other.end > tally.start]
        beside = [other for other in active if not nests_in(other, tally)]
        if all(_is_one_count_fact(other) or _same_figures(other, tally) for other in beside):
            replaced.update(id(other) for other in beside)
            added.append(tally)
    return [t for t in ordered if id(t) not in replaced] + added


def nests_in(listed: Tally, whole_and_part: Tally) -> bool:
    """Whether one part of a listed tally is the stated whole of a smaller part.

    "Some 4,210 civilians were killed, including 611 children, and 7,905 were wounded":
    the list is killed and wounded, and the 611 children are a part of the 4,210 killed
    (so are "611 children and 402 women", parts that fit in it). Both tallies stand.
    """
    if whole_and_part.total is None or not whole_and_part.parts or len(listed.parts) < 2:
        return False
    parts = [part.count for part in whole_and_part.parts]
    counts = [other.count for other in listed.parts]
    return (
        None not in parts
        and sum(parts) < whole_and_part.total  # type: ignore[arg-type]
        # "45 were invited, but only 23 replied": the same figures, unless the smaller
        # part stands between its whole's part and the next ("seven members of the
        # Council, including its five permanent members; seven States ...; five ...")
        and (
            not any(part in counts for part in parts)
            or _between_part_and_next(listed, whole_and_part)
        )
        and whole_and_part.start >= listed.start
        and whole_and_part.total in counts
    )


def _between_part_and_next(listed: Tally, whole_and_part: Tally) -> bool:
    """Whether a whole and its parts open on a listed part and end before the next one."""
    ordered = sorted(listed.parts, key=lambda part: part.start)
    for part, nxt in zip(ordered, [*ordered[1:], None], strict=True):
        if part.start == whole_and_part.start and part.count == whole_and_part.total:
            limit = listed.end if nxt is None else nxt.start
            return all(
                part.end <= inner.start and inner.end <= limit for inner in whole_and_part.parts
            )
    return False


def _same_figures(listed: Tally, whole_and_part: Tally) -> bool:
    """Whether a list of two counts is read better as a whole and one part of it.

    "Some 45 States were invited to reply, but only 23 did so" is no list of two parts
    ("invited to reply", "did so") but the whole asked and those of it who replied: the
    same two figures, the first the whole of the second.
    """
    parts = listed.parts
    return (
        listed.total is None
        and len(parts) == 2
        and len(whole_and_part.parts) == 1
        and parts[0].count is not None
        and whole_and_part.total == parts[0].count
        and whole_and_part.parts[0].count == parts[1].count
        and listed.start >= whole_and_part.start
    )


# Every form of this module, and every one-count survey fact, writes one of these (a
# plain substring test per paragraph is far cheaper than any pattern).
_CUES = (
    "epl",  # replied, replies, reply
    "espon",  # responded, responses, respondents, response rate
    "nswer",
    "did so",
    "omplet",
    "eturn",
    "ubmit",
    "illed",
    "uestionnaire",
    "eceiv",  # "contributions were received from"
    "articipated",  # "a survey in which 2,500 staff participated"
    "took part",
    "to participate",  # "114 Member States chose to participate"
    "to take part",
    "urveyed",  # "of the country offices surveyed"
    " polled",
    "nterviewe",  # "interviewed", "interviewees"
    "rovided information",  # "27 Member States provided information pursuant to ..."
    "eported pursuant",  # "81 States reported pursuant to resolution 65/1"
    "eported in accordance",
    "eported in response",
    "eported under a",  # "reported under article 7"
    "eported as requested",
    "rovided by",  # "Comments were provided by 19 Governments"
    "nformation requested",  # "44 States have provided the information requested"
    " data for ",  # "75 countries provided data for the Ninth Survey"
    " data to ",
    "ontributed to the",  # "29 Governments contributed to the consultation"
    "ontributed in the",
)
# One part of a whole no one asked is written with one of these, or with a whole before
# its part ("Of the 64 projects,", "3 of the 12 recommendations"), which the items mark.
_PART_CUES = (
    "ut of",  # "Three out of the 15 judges"
    "f wh",  # ", of which 3 were declared admissible", ", of whom 1.2 million"
    "ong wh",  # ", among whom 40 per cent are Syrians"
    "including",  # "512 applications, including 230 deferred"
    "among them",  # "31,000 refugees, among them 16,500 women and girls"
    "hich includ",  # "the toll rose to 55 people, which includes 14 children"
    ". Of th",  # "Some 3,400 people were detained. Of these, 310 were minors"
    ". Among th",
    "f them (",  # "more than half of them (52%) died in the first month"
    "f which (",
    "cent were",  # "recruited 812 consultants; 46 per cent were women"
    "% were",
)


def _may_state_a_part(text: str, items: list[Item]) -> bool:
    """Whether ``text`` may state one part of a whole (cheap tests, no pattern)."""
    if holds_any(text, _PART_CUES):
        return True
    with_word = " with" in text  # "14 with recorded votes", "9 without interpretation"
    aside = "(" in text  # "62 per cent of the offices (81 of 131) had ..."
    counted_before = False  # "runs 247 schools. Ninety-three per cent of schools work ..."
    for item in items:  # a plain loop, as in tally_parts.holds_any
        if item.kind == "count" and item.counted:
            counted_before = True
        elif counted_before and item.kind == "percent" and item.of_noun and item.counted:
            return True
        if (
            item.total_before
            or (aside and item.of_noun and item.kind == "percent")
            # "rose to 31.0 per cent (49 of 158)"
            or (
                aside
                and text.startswith(" of ", item.head_end)
                and text[item.start - 1 : item.start] == "("
            )
            or item.of_total is not None
            or item.of_them  # "30 of them"
            or (with_word and is_appositive_part(text, item))
            or is_placed_part(text, item)  # "180 in the capital"
        ):
            return True
    return False


_ASKED_CLAUSE_REACH = 120
_COMMA_AFTER = re.compile(r"\s{0,3},?\s{0,3}")
# A whole asked in a clause of its own, then those of it who replied: "While 30,000 staff
# were invited to take part, only 12,500, or 42 per cent, responded".
_ASKED_CLAUSE = re.compile(
    r"""\s{1,3}(?:was|were|had\s{1,3}been|have\s{1,3}been)\s{1,3}   # the passive
    (?P<asked>(?:invited|asked|requested|approached|contacted|surveyed|polled|consulted)\b
        [^.;:,()]{0,80}?)                                  # "invited to take part"
    (?:\s{0,3}[,;]\s{1,3}(?:(?:but|and|yet)\s{1,3})?  # ", only", "; only"
      |\s{1,3}(?:but|and|yet)\s{1,3})                 # "were asked to reply and 23 did so"
    (?:(?:only|just)\s{1,3})?
    """,
    re.VERBOSE,
)


def _asked_then_replied(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A whole asked in its own clause, then one part that replied (its share between).

    "While 190 Governments were asked to reply, only 74, or 39 per cent, did so": total
    190, one part "replied" 74 at 39 per cent. The part counts none or the whole's noun and
    is smaller than the whole.
    """
    whole, part = items[index], items[index + 1]
    if whole.kind != "count" or whole.counted is None or whole.auxiliary is None:
        return None
    if part.kind != "count" or whole.value is None or part.value is None:
        return None
    if part.counted not in (None, whole.counted) or not part.value < whole.value:
        return None
    if not 0 < part.prefix_start - whole.head_end <= _ASKED_CLAUSE_REACH:
        return None
    asked = _ASKED_CLAUSE.fullmatch(text, whole.head_end, part.prefix_start)
    if asked is None:
        return None
    # "74, or 39 per cent, did so": the share read with the count, or as an item after it
    share, start = None, _COMMA_AFTER.match(text, part.head_end).end()
    after = items[index + 2] if index + 2 < len(items) else None
    if (
        after is not None
        and after.kind == "percent"
        and _OR_SHARE.fullmatch(text, part.head_end, after.prefix_start) is not None
    ):
        share, start = after, _COMMA_AFTER.match(text, after.head_end).end()
    action = _action(text, start, limit)
    if action is None or (action["pronoun_verb"] and not _QUESTIONNAIRE.search(asked["asked"])):
        return None
    return _tally(
        whole,
        whole.value,
        part,
        reply_category(action, asked["asked"]),
        whole.prefix_start,
        action.end(),
        counted=whole.counted,
        share_item=share,
    )


# An active verb of asking right before the whole it asked: "The Committee invited 45
# Governments", "The Secretariat wrote to all 60 States", "sent the questionnaire to 80".
_ASKED_OBJECT = re.compile(
    r"""\b(?:invited|asked|requested|urged|encouraged|consulted|surveyed|polled|contacted
      |approached|canvassed|wrote\s{1,3}to
      |(?:sent|circulated|transmitted|addressed|distributed)\s{1,3}(?:[\w-]{1,25}\s{1,3}){0,4}?to)
    \s{1,3}(?:all\s{1,3}(?:the\s{1,3})?|some\s{1,3}|a\s{1,3}total\s{1,3}of\s{1,3})?$""",
    re.VERBOSE | re.IGNORECASE,
)
_ASKED_OBJECT_REACH = 90
# Between the whole asked and the part that replied: one sentence, no figure between.
_ASKED_OBJECT_GAP = re.compile(r"[^.:()]{1,120}")
# The reply noun before "from N of them": "received replies from", "responses came from".
_REPLY_NOUN_BEFORE = re.compile(r"\b(?P<noun>replies|responses|answers|reply|response)\b")


def _asked_object_then_replied(
    text: str, items: list[Item], index: int, limit: int
) -> Tally | None:
    """A whole asked as the object of an active verb, then those of it who replied.

    "The Committee invited 45 Governments to reply, and 23 did so", "The Secretariat sent
    the questionnaire to 60 States and received replies from 28 of them": total 45 (60),
    one part that replied, 23 (28). The part counts none or the whole's noun and is
    smaller than the whole; "did so" needs the asking ("to reply", a questionnaire).
    """
    whole, part = items[index], items[index + 1]
    if whole.kind != "count" or whole.counted is None or whole.value is None:
        return None
    if part.kind != "count" or part.value is None or not part.value < whole.value:
        return None
    if part.counted not in (None, whole.counted) or whole.verb or whole.auxiliary:
        return None
    reach = max(0, whole.prefix_start - _ASKED_OBJECT_REACH)
    asked = _ASKED_OBJECT.search(text, reach, whole.prefix_start)
    if (
        asked is None
        or _ASKED_OBJECT_GAP.fullmatch(text, whole.head_end, part.prefix_start) is None
    ):
        return None
    between = text[asked.start() : part.prefix_start]
    if part.of_them and part.response_from:  # "received replies from 28 of them"
        nouns = _REPLY_NOUN_BEFORE.findall(between)
        if not nouns:
            return None
        category, end = _REPLY_NOUNS[nouns[-1].lower()], part.head_end
    else:
        action = _action(text, _label_start(text, part), limit)
        if action is None or part.counted is not None:
            return None
        if (action["did_so"] or action["pronoun_verb"]) and not (
            _ASKED_TO.search(between) or _QUESTIONNAIRE.search(between)
        ):
            return None  # "invited 45 Governments, and 23 did so": did what is not said
        category, end = reply_category(action, between), action.end()
    return _tally(whole, whole.value, part, category, asked.start(), end, counted=whole.counted)


def _part_after_year(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A whole, a year dating it, then one part: "31 judgments in 2008, 12 of them ...".

    The year is passed over as part of the whole's clause (a year is never the whole)
    and the part read as after any clause of the whole.
    """
    whole, year = items[index], items[index + 1]
    if items[index + 2].kind != "count" or not year_in_whole(text, whole, year):
        return None
    dated = dataclasses.replace(whole, verb_end=max(whole.verb_end, year.end))
    return _one_part_of_respondents(text, [dated, *items[index + 2 : index + 6]], 0, limit)


# The words after a whole's noun that still describe it, up to the comma or semicolon
# before one part of it: "children against measles in the first half of the year", "staff
# at 31 December 2022", "health facilities providing obstetric care". No clause mark, and
# no figure but a date's or a year's (checked apart).
_RUN_ON = re.compile(r"(?:\s{1,3}[^,;:.()%]{1,120}?)?(?=\s{0,3}[,;])")
# A date or a year inside a run-on: "at 31 December 2022", "as at 30 June", "in 2015".
_RUN_ON_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s{{1,3}}(?:{MONTH_PATTERN})(?:\s{{1,3}}(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)\b"
)
# Another plural noun after a preposition in a run-on, which "of them" or "of whom" may
# point at instead of the whole: "300 complaints from refugees, 40 per cent of them women".
# The noun is one of the two words after the preposition (an article or a modifier first).
_OTHER_PLURAL = re.compile(
    r"\b(?:from|by|of|to|among|with|for|between|about|concerning|on)\s{1,3}"
    r"(?:[\w'’-]{1,30}\s{1,3})?(?!(?:its|this|his|was|has|is|as|thus|plus|less)\b)"
    r"(?![\w'’-]*(?:ss|us|is)\b)[\w'’-]{2,30}s\b"
)
# A part right after the run-on that points back at the whole: ", of whom", ", 12 of
# them", ", 52 per cent of them", ", including", "; 46 per cent were".
_POINTS_AT_WHOLE = re.compile(
    r"\s{0,3}(?:,\s{0,3}(?:(?:[\w-]{1,20}\s{1,3})?(?:of|among)\s{1,3}wh(?:om|ich)\b"
    r"|including\b|[^;:()]{1,30}?"
    r"\bof\s{1,3}(?:them|these|those)\b)|;\s{0,3}[\d.]{1,6}(?:\s{1,3}per\s{1,3}cent|%)"
    r"\s{1,3}(?:were|was|are|is)\b"
    # "; 41 of these cases": a part that restates the whole's noun (checked by the reader)
    r"|;\s{0,3}[\w,-]{1,20}\s{1,3}of\s{1,3}(?:these|those)\s{1,3}[a-z])"
)


def _part_after_run_on(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """A whole, words that go on describing it, then one part: "..., of whom 14 were women".

    "The Secretariat had 36,827 staff at 31 December 2022, of whom 14,197 were women",
    "vaccinated 1,874,000 children against measles in the first half of the year, 52 per
    cent of them girls", "recruited 812 consultants in 2023; 46 per cent were women": the
    words after the whole's noun hold no clause mark, no figure but a date, and no other
    plural after a preposition that the part could point at; the part after the comma (or
    the share after a semicolon, with its verb) is read as after any clause of the whole.
    """
    whole = items[index]
    if whole.kind != "count" or whole.counted is None or whole.value is None:
        return None
    if whole.of_total is not None or whole.total_before:
        return None
    run_on = _RUN_ON.match(text, whole.head_end, limit)
    if run_on is None or not _POINTS_AT_WHOLE.match(text, run_on.end(), limit):
        return None
    words = _RUN_ON_DATE.sub("", run_on.group())
    if any(character.isdigit() for character in words):
        return None
    at = index + 1
    while at < len(items) and items[at].kind == "other" and items[at].end <= run_on.end():
        at += 1  # a date or a year dating the whole
    if at >= len(items) or items[at].kind not in ("count", "percent"):
        return None
    if _OTHER_PLURAL.search(words) and not _same_head(items[at].counted, whole.counted):
        # the part may point at the other noun, unless it names the whole's: "221 visits to
        # places of detention, including 51 unplanned visits"
        return None
    dated = dataclasses.replace(whole, verb_end=max(whole.verb_end, run_on.end()))
    following = [dated, *items[at : at + 4]]
    if items[at].kind == "percent":
        return _share_of_whom(text, following, 0, limit, whole_end=run_on.end())
    return _one_part_of_respondents(text, following, 0, limit)


# A count, then its share of those who replied in parentheses: "Only 7 countries (some 10
# per cent of respondents) reported a budget line".
_OPEN_PAREN = re.compile(r"\s{0,3}\(\s{0,2}")
_CLOSE_PAREN = re.compile(r"[^()]{0,40}?\)\s{0,3}")
_THOSE_ANSWERING = re.compile(r"\s{1,3}(?:responding|replying|surveyed|polled|interviewed)\b")


def _count_with_share_of_respondents(
    text: str, items: list[Item], index: int, limit: int
) -> Tally | None:
    """One part of those who replied, its share of them in parentheses after it.

    "Only 7 countries (some 10 per cent of respondents) reported a budget line": a survey of
    one part "reported a budget line", 7 countries at 10 per cent of the respondents (their
    number is not stated: no total). A share of anything else ("(10 per cent of the
    total)") makes no survey.
    """
    item, share = items[index], items[index + 1]
    if item.counted is None or item.value is None or share.percent is None:
        return None
    # the parenthesis before the share, or at its start with its qualifier ("(some 10")
    opened = _OPEN_PAREN.fullmatch(text, item.head_end, share.prefix_start) is not None or (
        text.startswith("(", share.prefix_start)
        and not text[item.head_end : share.prefix_start].strip()
    )
    if not opened:
        return None
    respondents = of_respondents(text, share) or (
        share.of_noun
        and share.counted is None
        and _THOSE_ANSWERING.match(text, share.head_end, limit) is not None
    )
    if not respondents or not 0 < share.percent <= 100:
        return None
    close = _CLOSE_PAREN.match(text, share.head_end, limit)
    if close is None:
        return None
    start = close.end()
    if _action(text, start, limit) is not None or not _WORD_START.match(text, start):
        return None  # "(10 per cent of respondents) replied": a count that replied, read apart
    end = _clause_end(text, start, limit)
    words = " ".join(text[start:end].split())
    category = words[_PART_AUXILIARY.match(words).end() :]  # "had no focal point" stays
    if not category:
        return None
    tally = _tally(None, None, item, category, item.prefix_start, end, counted=item.counted)
    tally.parts[0].percent = float(share.percent)
    tally.parts[0].decimals = share.decimals
    tally.parts[0].base = "respondents"
    return tally


# The readers of a count followed by an item that is no percentage, tried in this order.
_COUNT_READERS = (
    _part_of_asked,
    _inverted_part,
    _sent_to,
    _asked_then_replied,
    _asked_object_then_replied,
    _one_part_of_respondents,
    _out_of,
    _reply_total_after,
)


def _shares_overflow(tally: Tally) -> bool:
    """Whether a survey's shares of those who replied add up to more than the whole.

    "85 per cent of the responding countries had a plan, but only 41 per cent had funded
    it": 126 per cent, beyond what rounding allows (half a unit of each share's last digit),
    so the shares overlap and split nothing.
    """
    if tally.total is not None or len(tally.parts) < 2:
        return False
    of_respondents = tally.subject is not None and RESPONDENT_BASE.match(tally.subject)
    if tally.kind != "survey" and not of_respondents:
        return False  # "90 per cent of girls and 85 per cent of boys": other bases
    shares = [part.percent for part in tally.parts]
    if any(share is None for share in shares) or any(p.count is not None for p in tally.parts):
        return False
    slack = sum(0.5 * 10.0 ** -(part.decimals or 0) for part in tally.parts)
    return sum(shares) > 100 + slack


_NAMED_WHOLE_BACK = 3  # items back from "N of these X" where the count of X may stand
_NAMED_WHOLE_REACH = 200  # characters from the end of that count to the part


def _part_of_named_whole(text: str, items: list[Item], index: int, limit: int) -> Tally | None:
    """One part "N of these X" of the nearest count of X before it, past other counts.

    "transmitted 120 new cases of disappearance in respect of 24 countries; 63 of these
    cases occurred in 2002": the noun the part restates names its whole, whatever
    count stands between them. Only where no tally was read from the whole itself.
    """
    part = items[index]
    whole = next(
        (
            items[at]
            for at in range(index - 1, max(-1, index - 1 - _NAMED_WHOLE_BACK), -1)
            if items[at].kind == "count" and _same_head(items[at].counted, part.counted)
        ),
        None,
    )
    if whole is None or whole.value is None or part.value is None or part.value > whole.value:
        return None
    if part.in_words and part.value == 1:
        return None  # "since one of those super-Powers has disappeared": one of a kind
    if part.prefix_start - whole.head_end > _NAMED_WHOLE_REACH:
        return None
    stops = _SENTENCE_STOP.finditer(text, whole.head_end, part.prefix_start)
    if next(stops, None) is not None and next(stops, None) is not None:
        return None  # the part in the sentence after the next: no whole of its own
    label = _part_label(text, part, limit)
    if label is None:
        return None
    category, end = label
    return _with_share(text, items, index, whole, category, (whole.prefix_start, end), "breakdown")


def _one_part_over_whole(tally: Tally) -> bool:
    """Whether a tally's one counted part is more than its whole: a misread whole.

    "64 complaints from detainees held in three prisons, of whom 21 were women": "of
    whom" points past the count before it, at the detainees.
    """
    if tally.total is None or len(tally.parts) != 1:
        return False
    count = tally.parts[0].count
    return count is not None and count > tally.total


# "every" before a whole: "For every 10 victims detected, ...".
_EVERY = re.compile(r"\bevery\s{1,3}$", re.IGNORECASE)


def _part_per_every(text: str, items: list[Item], starts: list[int], tally: Tally) -> bool:
    """Whether ``tally`` is one part of a whole written after "every": a rate, no part.

    "For every 10 victims detected, about five were women and two were girls" splits
    the ten; "For every 1,000 live births, 39 children died" states a rate. ``starts``
    are where the ``items`` start, in order: only the items inside the tally are looked
    at (a paragraph of a thousand such parts looked at every item for each).
    """
    if len(tally.parts) != 1:
        return False
    first = bisect.bisect_left(starts, tally.start)
    return any(
        item.total_before
        and item.value == tally.total
        and _EVERY.search(text, max(0, item.start - 10), item.start) is not None
        for item in items[first : bisect.bisect_left(starts, tally.end, first)]
    )


def find_surveys(
    text: str,
    items: list[Item],
    found: list[Tally],
    *,
    blocked: list[tuple[int, int]] | None = None,
) -> list[Tally]:
    """Add the one-part survey forms to the tallies ``found`` in a string, and name facts.

    Parameters
    ----------
    text
        One paragraph (any string).
    items
        The items of ``text`` (:func:`~surveystats.extract.tally_items.read_items`).
    found
        The tallies the other grammars found in ``text`` (not changed).
    blocked
        Spans read as votes by another grammar: no survey is read over them.

    Returns
    -------
    list of Tally
        ``found`` with the survey tallies of this module added, in order of position. A
        new tally replaces the one-count survey facts it covers ("Replies were received
        from 63 Governments, of which 45 ..." is one tally of total 63); it is left out
        where it would overlap any other tally. Every one-count survey fact left gets the
        category of what its count did ("replied").

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> text = "Of the 110 countries surveyed, 72 returned the questionnaire."
    >>> tally = find_surveys(text, read_items(text), [])[0]
    >>> tally.total, [(p.category, p.count, p.counted) for p in tally.parts]
    (110, [('returned the questionnaire', 72, 'countries')])
    """
    found = [
        tally
        for tally in found
        if not _shares_overflow(tally)
        # "aims to collect responses from 10,000 teachers": a target, no reply yet
        and not (_is_one_count_fact(tally) and aimed_at(text, tally.parts[0].start))
    ]
    if answers := _quoted_answers(text, items, len(text)):
        found = sorted(_relabel_answers(found, answers), key=lambda t: t.start)
    if not holds_any(text, _CUES) and not _may_state_a_part(text, items):
        return found  # no reply and no part of a whole written: nothing to read
    limit = len(text)
    if blocked:  # the numbers of a vote are read by no survey
        inside = inside_spans(blocked)
        items = [Item("other", i.start, i.end) if inside(i.start) else i for i in items]
    new: list[Tally] = []
    last = len(items) - 1
    starts = [item.start for item in items]  # in order: read_items reads them so
    for index, item in enumerate(items):
        kind = item.kind
        if kind == "other":
            continue
        following = items[index + 1].kind if index < last else None  # None: the last item
        tally = None
        if kind == "count":
            tally = (
                _of_the_whole(text, items, index, limit)
                or _with_replying(text, items, index, limit)
                or _share_of_stated_whole(text, items, index, limit)
                or _count_then_aside(text, items, index, limit)
                or _received_in_answer(text, items, index, limit)
                or _share_then_whole(text, items, index, limit)
                or _held_share_of_whole(text, items, index, limit)
                or _group_part_aside(text, items, index, limit)
                or _respondents_answering(text, items, index, limit)
            )
        if tally is None and kind == "percent" and following == "count":
            tally = _shares_with_counts(text, items, index, limit)
        if tally is None and kind in ("percent", "count"):
            tally = _share_of_respondents_aside(text, items, index, limit)
        if tally is None and kind == "percent" and following == "count":
            tally = _share_with_count_of_whole(text, items, index, limit)
        if tally is None and kind == "percent" and text[item.start - 1 : item.start] == "(":
            tally = _fraction_of_them_aside(text, items, index, limit)
        if tally is None and kind == "percent":
            tally = (
                _rate_with_counts(text, items, index)
                or _one_share(text, items, index, limit)
                or _share_of_asked_named_before(text, items, index, limit)
                or _label_first_share(text, items, index, limit)
            )
        if tally is None and kind == "percent" and following == "count":
            of_survey = _survey_right_before(text, new, item)
            tally = _share_then_count(text, items, index, limit, of_survey=of_survey)
        if tally is None and following == "percent":
            tally = (
                _count_or_share(text, items, index, limit)
                or _share_of_whom(text, items, index, limit)
                or _count_with_share_of_respondents(text, items, index, limit)
            )
        if tally is None and item.total_before and following is not None:
            tally = _share_of_asked(text, items, index, limit)
        if tally is None and following is not None and following != "percent":
            for reader in _COUNT_READERS:
                tally = reader(text, items, index, limit)
                if tally is not None:
                    break
        if tally is None and kind == "count":
            # "118 States had submitted their responses": a fact, unless a part follows
            tally = _replied_with_object(text, items, index, limit)
        if (
            tally is None
            and following == "other"
            and item.counted is not None  # a whole of counted things, dated by a year
            and index + 2 <= last
        ):
            tally = _part_after_year(text, items, index, limit)
        if tally is None and kind == "count" and following is not None:
            tally = _part_after_run_on(text, items, index, limit)
        if tally is None and kind == "count" and item.of_them and item.counted:
            tally = _part_of_named_whole(text, items, index, limit)
        stated = item.total_before or item.of_total is not None
        if tally is None or (not stated and _one_part_over_whole(tally)):
            # a whole stated first ("Of the 50 projects, 61 were completed") or in the
            # part's own phrase ("25 of the 20 States invited replied") is kept for the
            # checks to flag; one found by a link back is misread
            continue
        if _part_per_every(text, items, starts, tally):
            continue  # "For every 1,000 live births, 39 children died": a rate
        if new and _overlaps(new[-1], tally):
            continue
        new.append(tally)
    received = [
        t
        for t in _survey_received(text, limit)
        + _survey_counts(text, limit)
        + _number_replied(text, limit)
        + _nested_parts(text, items, limit)
        if not any(_overlaps(t, n) for n in new)
    ]
    if received:  # few: at most one per "received" with a survey before it
        new = sorted([*new, *received], key=lambda t: t.start)
    kept = _replace_facts(found, new) if new else list(found)
    facts = [tally for tally in kept if _is_one_count_fact(tally)]
    splits = [t for t in kept if t.kind == "survey" and len(t.parts) > 1]
    if facts or splits:
        items_at = {item.prefix_start: item for item in items}
        unnamed = [t for t in facts if not _one_count_category(text, t, items_at, limit)]
        if unnamed:
            facts = [tally for tally in facts if tally not in unnamed]
            kept = [tally for tally in kept if tally not in unnamed]
        for tally in facts:
            _rate_after(text, tally, limit)
        for tally in splits:
            _name_first_reply(text, tally, items_at)
    for tally in kept:
        if tally.kind == "survey" and len(tally.parts) == 1:
            _rate_of_part(text, tally, limit)
    kept.sort(key=lambda t: t.start)
    if facts:
        kept = _listed_respondents(text, kept, items)
    if facts and len(kept) > 1:
        kept = _join_replied_splits(text, kept)
    if len(kept) > 1:
        kept = _join_next_parts_of_one_whole(text, kept)
    if "to " in text:  # "320 firms submitted a response to the call for tenders": no survey
        kept = _without_replies_to_no_question(text, kept)
    return kept


def _elided_share_follows(text: str, items: list[Item], index: int) -> bool:
    """Whether the next figure is a bare share of the same whole, in the same sentence.

    "35 per cent of respondents were in favour and 65 per cent against": the second share
    elides the first one's base, so the two are one list, which the grammars of many
    parts read or rejected; a share in parentheses ("in Chile (86 per cent)") or with a
    base of its own ("65 per cent of those polled") is no such sibling.
    """
    following = next((item for item in items[index + 1 :] if item.kind != "other"), None)
    return (
        following is not None
        and following.kind == "percent"
        and not following.of_noun
        and text[following.start - 1 : following.start] != "("
        and _more_parts_follow(text, items[index].head_end, following)
    )


def find_lone_respondent_shares(text: str, items: list[Item], found: list[Tally]) -> list[Tally]:
    """One-part surveys of the shares of those asked that no reader took.

    A share of those who replied or were asked, with what they answered, is a survey of
    one part ("62 per cent of those surveyed felt positively about the UN"). Where more
    figures follow in its sentence, :func:`find_surveys` leaves it to the grammars of
    many parts; where they read nothing of it (the later figures rates of a place, "with
    the highest approval in the Philippines (86 per cent)", or a share of another whole,
    "..., where 65 per cent of those polled said ..."), it is read here, after every
    other reader.

    Parameters
    ----------
    text
        One paragraph.
    items
        The items of ``text``.
    found
        The tallies every other reader kept: a share inside one is theirs.

    Returns
    -------
    list of Tally
        ``found`` with the lone shares added, in order of position.

    Examples
    --------
    >>> from surveystats.extract.tally_items import read_items
    >>> text = ("Of those polled, 62 per cent said they trusted the Council, with the "
    ...         "highest trust in Chile (81 per cent).")
    >>> [(p.category, p.percent) for t in find_lone_respondent_shares(
    ...     text, read_items(text), []) for p in t.parts]
    [('said they trusted the Council', 62.0)]
    """
    spans = [(tally.start, tally.end) for tally in found]
    limit = len(text)
    added: list[Tally] = []
    for index, item in enumerate(items):
        if item.kind != "percent" or any(lo <= item.start < hi for lo, hi in spans):
            continue
        if _elided_share_follows(text, items, index):
            continue  # "35 per cent ... were in favour and 65 per cent against": a list
        tally = _one_share(text, items, index, limit, lone=True) or _share_of_asked_named_before(
            text, items, index, limit, lone=True
        )
        if tally is None or tally.kind != "survey":
            continue
        if any(lo < tally.end and tally.start < hi for lo, hi in spans):
            continue  # its label runs into another tally: the two readings disagree
        added.append(tally)
        spans.append((tally.start, tally.end))
    if not added:
        return found
    return sorted([*found, *added], key=lambda tally: tally.start)


def _without_replies_to_no_question(text: str, kept: list[Tally]) -> list[Tally]:
    """``kept`` without the one-part surveys that count replies to a call that asks nothing.

    The survey fact ("320 firms responded to the call for tenders") is dropped; one part
    of a stated whole ("Of the 120 firms invited to bid, 85 responded to the call for
    tenders") stays, a breakdown (changed in place).
    """
    result = []
    for tally in kept:
        if (
            tally.kind == "survey"
            and len(tally.parts) == 1
            and _answers_no_question(text, tally.parts[0].start)
        ):
            if tally.total is None:
                continue
            tally.kind = "breakdown"
        result.append(tally)
    return result


# Between a whole stated first and the count of those of it who replied: a comma only
# ("Of the 120 offices surveyed, 87 responded").
_WHOLE_THEN_RESPONSE = re.compile(r"\s{0,3},\s{0,3}")
# Between a larger whole and the count of those of it who replied, in one sentence: "the
# 28 organizations, of which 24 responded"; "all 54 members of the Council; 36 responded".
_WHOLE_OF_WHICH = re.compile(r"[^.;:\d]{0,80}?,\s{1,3}of\s{1,3}(?:which|whom)\s{1,3}")
_ALL_WHOLE_THEN = re.compile(r"[^.;:\d]{0,80}?;\s{1,3}")
_ALL_BEFORE = re.compile(r"\ball\s{1,3}$")
# Between the count of those who replied and the split of them: no other figure.
_RESPONSE_THEN_SPLIT = re.compile(r"[^\d]{0,160}")
# What those asked did where they gave what was asked: "52 provided information".
_GAVE_INFORMATION = re.compile(
    r"(?:provided|submitted|sent|furnished)\s{1,3}(?:information|data|replies|input|views)\b"
)


def _response_category(text: str, verb_from: Item, whole: Item) -> str | None:
    """What those who replied did, where their clause says they replied; else ``None``.

    ``verb_from`` is the item whose head the verb follows: the count of those who
    replied, or their whole in "97 of 130 responded". Giving information is a reply
    where ``whole`` was asked ("Of the 66 entities surveyed, 52 provided information").
    """
    verb_at = verb_from.head_end + (text[verb_from.head_end : verb_from.head_end + 1] == " ")
    action = _ACTION.match(text, verb_at)
    if action is not None:
        return reply_category(action)
    gave = _GAVE_INFORMATION.match(text, verb_at)
    if gave is not None and _ASKED.search(text, whole.end, verb_from.start):
        return " ".join(gave[0].lower().split())  # "Of the 66 entities surveyed, 52 provided ..."
    return None


def _larger_whole(text: str, replied: Item, items: list[Item], at: int) -> Item | None:
    """The whole that those who replied were asked from, stated before them or after "of"."""
    if replied.of_total is not None:
        return None
    if at + 1 < len(items) and text[replied.end : items[at + 1].start].strip() == "of":
        after = items[at + 1]  # "97 of 130 responded"
        if after.kind == "count" and after.value is not None and after.value > replied.value:
            return after
    if at == 0:
        return None
    whole = items[at - 1]
    if whole.kind == "other" and _WHOLE_OF_WHICH.fullmatch(text, whole.end, replied.start):
        # "sent to the 28 organizations, of which 24 responded": the whole is an object
        value, _ = read_count(text[whole.start : whole.end])
        if (
            value is not None
            and value > replied.value
            and not YEAR_FIGURE.fullmatch(text, whole.start, whole.end)
        ):
            return dataclasses.replace(whole, kind="count", value=value)
        return None
    if whole.kind != "count" or whole.value is None or whole.value <= replied.value:
        return None
    gap_start = whole.head_end if whole.head_end > whole.end else whole.end
    if whole.total_before and _WHOLE_THEN_RESPONSE.fullmatch(text, gap_start, replied.start):
        return whole  # "Of the 120 offices surveyed, 87 responded"
    if _WHOLE_OF_WHICH.fullmatch(text, whole.end, replied.start):
        return whole  # "the 28 organizations, of which 24 responded"
    if _ALL_BEFORE.search(text, 0, whole.start) and _ALL_WHOLE_THEN.fullmatch(
        text, whole.end, replied.start
    ):
        return whole  # "sought from all 54 members of the Council; 36 responded"
    return None


def _response_before(
    text: str, tally: Tally, items: list[Item], starts: list[int] | None = None
) -> Tally | None:
    """The response of a larger whole whose respondents ``tally`` splits, or ``None``.

    ``starts`` are where ``items`` start, if they are in order: the items from the first
    part on are then passed over by a binary search, not one by one (for each tally).
    """
    first = min(part.start for part in tally.parts)
    last = len(items) if starts is None else bisect.bisect_left(starts, first)
    for at in range(last - 1, -1, -1):
        replied = items[at]
        if replied.start >= first:
            continue
        if at > 0 and text[items[at - 1].end : replied.start].strip() == "of":
            continue  # the whole of "97 of 130 responded": the 97 replied
        if replied.kind != "count" or replied.value != tally.total or replied.total_before:
            return None
        whole = _larger_whole(text, replied, items, at)
        if whole is None:
            return None  # "78 States replied; of these, 50 ...": one tally, of the 78
        verb_from = items[at + 1] if whole.start > replied.start else replied
        split_from = max(verb_from.verb_end, verb_from.end)
        if not _RESPONSE_THEN_SPLIT.fullmatch(text, split_from, first):
            return None
        category = _response_category(text, verb_from, whole)
        if category is None:
            return None
        part = Part(category, replied.value, replied.start, max(replied.end, verb_from.verb_end))
        part.counted = replied.counted or whole.counted
        response = Tally(
            "survey", min(replied.start, whole.start), max(part.end, whole.end), [part]
        )
        response.total = whole.value
        return response
    return None


def with_response_rates(text: str, kept: list[Tally], items: list[Item]) -> list[Tally]:
    """``kept`` with the response of a surveyed whole where a split of the respondents follows.

    "Of the 120 offices surveyed, 87 responded; of these, 64 reported ... and 23 had not"
    states two tallies: 87 of the 120 responded (the response, one part), and how the 87
    split. So do "97 of 130 responded, of whom 58 ...", "sent to the 28 organizations,
    of which 24 responded; 17 of the respondents ...", "sought from all 54 members; 36
    responded, of whom 29 ..." and "Of the 66 entities surveyed, 52 provided information:
    34 ...". The readers give the split with those who replied as its whole; this adds
    the response, its whole the larger count they were asked from, where no other figure
    stands between them and the split and their clause says they replied. Respondents
    with no larger whole ("Of the 47 Governments that responded, ...", "78 States
    replied; of these, ...") give the split alone.

    >>> text = "Of the 120 offices surveyed, 87 responded; of these, 64 agreed and 23 did not."
    >>> from surveystats.extract.tally_items import read_items
    >>> split = Tally("survey", 53, 78, [Part("agreed", 64, 53, 62), Part("did not", 23, 67, 78)])
    >>> split.total = 87
    >>> [(t.total, [(p.category, p.count) for p in t.parts])
    ...  for t in with_response_rates(text, [split], read_items(text))]
    [(120, [('responded', 87)]), (87, [('agreed', 64), ('did not', 23)])]
    """
    added = []
    starts: list[int] | None = [item.start for item in items]
    if any(later < earlier for earlier, later in itertools.pairwise(starts)):
        starts = None  # out of order: each is looked at
    parts: SpanIndex | None = None
    for tally in kept:
        if tally.kind != "survey" or tally.total is None or not tally.parts:
            continue
        response = _response_before(text, tally, items, starts)
        if response is None:
            continue
        if parts is None:  # the parts read so far, asked of each response in a binary search
            parts = SpanIndex((part.start, part.end) for other in kept for part in other.parts)
        if not parts.overlaps(response.start, response.end):
            added.append(response)
            for part in response.parts:
                parts.add(part.start, part.end)
    if not added:
        return kept
    return sorted(kept + added, key=lambda tally: (tally.start, -tally.end))
