"""A survey's size read from its acts of asking counted, and from a caption.

:mod:`~surveystats.extract.tally_sample_shapes` reads a survey's size from the role of a
count of people in its clause. Field and survey reports (IOM DTM flow monitoring, REACH,
UNHCR intention surveys) as often count the asking itself, or state the sample in a
caption with no verb, and both came back empty. The evidence here is a closed class of
nouns and participles, not the words around them:

1. *Acts of asking counted.* A count of interviews, surveys or questionnaires that were
   held: the noun, then a participle of holding ("5,329 interviews were conducted in six
   countries", "A total of 994 interviews were undertaken in Damascus", "In total, 5,613
   face-to-face interviews were conducted", "an analysis of 1,540 individual surveys
   carried out between April and June", "with a total of 601 surveys completed", "474
   Interviews of Iranian and Pakistani migrants conducted to date by IOM"), or a count of
   interviews whose own modifier names a survey's kind, wherever it stands ("through
   nearly 32,000 household interviews"). One interview hears one respondent, so the count
   is the survey's sample: a one-part ``survey`` whose category is the noun and its
   participle ("interviews conducted"), its ``counted`` the noun ("face-to-face
   interviews").
2. *A caption.* A paragraph that is one count, its noun and a participle of asking, with
   no verb: "828 key informants interviewed", "1,200 households surveyed in 14 districts"
   (the figures of a report's highlights). The noun's head is one a survey hears (people
   and households; "assessed" takes households, respondents and individuals only).

None, as the README keeps them: interviews an inquiry holds (a sentence on a commission,
mission, panel, investigation or violations; interviews with victims, witnesses or
officials), interviews or surveys counted per unit ("400 interviews were conducted per
country"), a whole that opens its clause ("Of the 1,200 interviews conducted, ..."),
surveys with no word that they were of people (a bare "four surveys conducted by the
Department" are studies: a survey's kind, "with" people, or a sentence on data
collection is needed), one of two counts of a list, and captions of places, sites or
things ("9 districts assessed", "201 settlements assessed"). Every pattern opens its
search at a literal, so a paragraph is read in linear time.
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
from surveystats.extract.tally_sample_shapes import INQUIRY_CUE

__all__ = ["SAMPLE_ACT_WORDS", "find_sample_acts"]

#: Lower-case literals one of which a paragraph holds where an act or a caption may be read.
SAMPLE_ACT_WORDS = ("interview", "survey", "questionnaire", "consulted", "polled", "assessed")

_FLAGS = re.IGNORECASE | re.VERBOSE

_QUALIFIER = (
    r"(?:(?:a{GAP}total{GAP}of|in{GAP}total,?|some|about|around|approximately|nearly|almost"
    r"|over|more{GAP}than|at{GAP}least|close{GAP}to|roughly|just{GAP}over|well{GAP}over"
    r"|upwards{GAP}of){GAP})?"
).replace("{GAP}", GAP)
_COUNT = rf"(?P<n>{SCALED_COUNT_PATTERN}|{COUNT_PATTERN})"
# The kinds of a survey's interviews: words that make them a survey's, not an inquiry's.
_KIND = (
    r"(?:household|individual|face-to-face|face\s{1,3}to\s{1,3}face|telephone|phone"
    r"|online|web-based|in-person|structured|semi-structured|key{GAP}informant|CATI|CAPI"
    r"|survey|respondent|beneficiary|exit|intention)"
).replace("{GAP}", GAP)
_FORM = (
    rf"(?P<form>(?:(?P<kind>{_KIND})(?:{GAP}|-))?(?:(?:completed|valid|additional){GAP})?"
    r"(?P<act>interviews|surveys|questionnaires|KIIs))"
)
# Who the interviews were of or with, between the noun and its participle: a few words,
# none of them a verb of their own ("of Iranian and Pakistani migrants").
_ABOUT_WORD = (
    r"(?!(?:were|was|are|is|have|has|had|which|who|that|while|whereas|per|each)\b)"
    r"[A-Za-z][\w’'/-]{0,25}"
)
_HELD = (
    r"(?P<verb>conducted|undertaken|carried(?:\s{1,3}|-)out|completed|administered|collected"
    r"|held|done|performed|realized|realised|gathered)"
)
_ACTS_HELD = re.compile(
    rf"""
    (?<![\w.,’'-]){_QUALIFIER}{_COUNT}{GAP}{_FORM}
    (?P<about>{GAP}(?:of|with|among){GAP}{_ABOUT_WORD}(?:{GAP}{_ABOUT_WORD}){{0,6}}?)?
    (?:{GAP}(?:were|was|have{GAP}been|had{GAP}been|has{GAP}been))?
    (?:{GAP}(?:also|successfully|then|remotely|physically|all))?
    {GAP}{_HELD}\b
    """,
    _FLAGS,
)
# A count of interviews named by their survey's kind, with no participle: "through nearly
# 32,000 household interviews".
_ACTS_OF_KIND = re.compile(
    rf"""
    (?<![\w.,’'-]){_QUALIFIER}{_COUNT}{GAP}
    (?P<form>(?P<kind>{_KIND})(?:{GAP}|-)(?P<act>interviews))\b
    """,
    _FLAGS,
)
_GOAL_REACH = 60  # characters around the count where a word of a goal makes it one
# A count of a goal, not of acts held: "1,548 household surveys are needed", "plans to
# conduct 2,000 interviews".
_GOAL = re.compile(
    r"\b(?:needed|required|planned|plans?\s{1,3}to|planning\s{1,3}to|targeted|target|aims?\s{1,3}to"
    r"|aiming|intends?\s{1,3}to"
    r"|will\s{1,3}be|to\s{1,3}be\s{1,3}(?:conducted|completed|carried)|expected|should)\b",
    re.IGNORECASE,
)
# Those an inquiry hears: interviews of them are no survey's.
_INQUIRY_NOUNS = word_set(
    """
    victims witnesses survivors detainees prisoners suspects perpetrators officials
    authorities eyewitnesses defendants complainants deserters
    """
)
# Who a survey hears in a caption: people and households.
_HEARD = PEOPLE_NOUNS | word_set(
    """
    households families respondents informants interviewees stakeholders youth parents
    caregivers heads u-reporters idps returnees migrants refugees
    """
)
_HEARD_OR_POPULATIONS = _HEARD | {"populations", "population"}
# Heads that "assessed" may take in a caption: a survey's units, not places or children.
_ASSESSED_UNITS = word_set("households families respondents individuals")
_CAPTION = re.compile(
    rf"""
    ^[\s•\-–*]{{0,4}}{_QUALIFIER}{_COUNT}{GAP}
    (?P<noun>(?:[A-Za-z][\w’'-]{{0,25}}{GAP}){{0,3}}?(?P<head>[A-Za-z][\w’'-]{{1,25}}
      |heads{GAP}of{GAP}households?))
    {GAP}(?P<verb>interviewed|surveyed|polled|consulted|assessed|sampled)
    (?:{GAP}(?:in|across|at|from|between|during|through|by|since|on|over)\b[^.;:!?]{{0,120}})?
    \s{{0,3}}\.?\s{{0,3}}$
    """,
    _FLAGS,
)
# The longest paragraph read as a caption: a line of a report's highlights.
_CAPTION_LENGTH = 200
# Before a count: a whole that opens its clause ("Of the 1,200 interviews conducted, ...").
_WHOLE_BEFORE = re.compile(
    r"(?:^|[.;:,(]\s{0,3})(?:of|among|out\s{1,3}of|from)\s{1,3}(?:the\s{1,3}|all\s{1,3}"
    r"|these\s{1,3})?$",
    re.IGNORECASE,
)
_PER_UNIT_AFTER = re.compile(
    r"[^.;:]{0,60}?(?:\b(?:in|for)\s{1,3}(?:each|every)\b|\b(?:per|each)\s{1,3}"
    r"(?:country|province|district|region|site|camp|village|round|wave|day|week|month|year"
    r"|location|state|city|town|governorate|municipality)\b)",
    re.IGNORECASE,
)
_LIST_AFTER = re.compile(
    rf"\s{{0,3}}(?:,|and\b|or\b|as{GAP}well{GAP}as\b)\s{{0,3}}{_QUALIFIER}(?:{COUNT_PATTERN})"
    rf"{GAP}(?:[\w-]{{1,25}}{GAP})?(?:interviews|surveys|questionnaires|focus|KIIs)",
    _FLAGS,
)
# Whom acts were held with or of: the words after "with", "of" or "among" (a few, for
# the head of their noun: "with government officials", "of Iranian and Pakistani migrants").
_WITH_WHOM = re.compile(
    r"\s{1,3}(?:with|of|among)\s{1,3}(?P<who>(?:[\w’'-]+\s{1,3}){0,4}[\w’'-]+)", re.IGNORECASE
)
# What makes bare "surveys" those of people: data collected from people, or respondents.
_OF_PEOPLE = re.compile(
    r"\b(?:data\s{1,3}collection|respondents?|interviewed|enumerators|migrants|refugees"
    r"|households|individuals|populations?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``start:end``, from the last stop to the next."""
    before = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=0
    )
    after = _SENTENCE_END.search(text, end)
    return text[before : after.start() if after else len(text)]


def _words(raw: str | None) -> str:
    """``raw`` with its spaces made single, in lower case."""
    return " ".join((raw or "").lower().split())


def _group(match: re.Match[str], name: str) -> str:
    """The text of group ``name`` of ``match``, empty where the pattern has none or it is unset.

    >>> _group(re.match(r"(?P<a>x)?y", "y"), "a"), _group(re.match("y", "y"), "a")
    ('', '')
    """
    if name not in match.re.groupindex:
        return ""
    return match[name] or ""


def _by_inquiry(text: str, match: re.Match[str]) -> bool:
    """Whether the acts ``match`` found are an inquiry's: its sentence, or whom they heard.

    >>> _by_inquiry("300 interviews were conducted with victims.",
    ...             _ACTS_HELD.search("300 interviews were conducted with victims."))
    True
    """
    if INQUIRY_CUE.search(_sentence(text, match.start(), match.end())):
        return True
    about = _WITH_WHOM.match(_group(match, "about"))
    after = _WITH_WHOM.match(text, match.end())
    return any(
        who is not None and not _INQUIRY_NOUNS.isdisjoint(_words(who["who"]).split())
        for who in (about, after)
    )


def _of_people(text: str, match: re.Match[str]) -> bool:
    """Whether counted surveys or questionnaires are each one person's or household's.

    A kind that says so ("individual surveys", "household questionnaires"), or people
    they were held with or of, or a sentence on data collected from people; "four surveys
    conducted by the Department" are studies.
    """
    if match["kind"] and not (
        _words(match["kind"]) in ("household", "survey", "exit", "intention")
        and _words(match["act"]) == "surveys"
    ):
        return True  # "individual surveys"; "300 household surveys" are studies
    with_whom = _WITH_WHOM.match(_group(match, "about")) or _WITH_WHOM.match(text, match.end())
    if with_whom is not None and not _HEARD_OR_POPULATIONS.isdisjoint(
        _words(with_whom["who"]).split()
    ):
        return True
    return _OF_PEOPLE.search(_sentence(text, match.start(), match.end())) is not None


def _acts(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 1: a count of interviews, surveys or questionnaires held, or of a survey's kind."""
    if _WHOLE_BEFORE.search(text, max(0, match.start() - 24), match.start()):
        return None  # "Of the 1,200 interviews conducted, 40 per cent ...": a whole
    if _PER_UNIT_AFTER.match(text, match.end()) or _LIST_AFTER.match(text, match.end()):
        return None  # "400 interviews were conducted per country", "... and 40 focus groups"
    if _by_inquiry(text, match):
        return None  # "The Commission conducted 300 interviews", "interviews with victims"
    if _GOAL.search(text, max(0, match.start() - _GOAL_REACH), match.end() + _GOAL_REACH):
        return None  # "a total of 1,548 household surveys are needed": a goal
    act = _words(match["act"])
    if act != "interviews" and act != "kiis" and not _of_people(text, match):
        return None  # "four surveys were conducted by the Department": studies
    form = " ".join(match["form"].split())
    verb = _group(match, "verb")
    category = f"{form} {_words(verb)}" if verb else form
    return _part(text, match, category, form)


def _caption(text: str, match: re.Match[str]) -> Tally | None:
    """Shape 2: a caption, "828 key informants interviewed": count, noun, participle."""
    head = _words(match["head"])
    verb = _words(match["verb"])
    if head in _INQUIRY_NOUNS:
        return None  # "300 witnesses interviewed": an inquiry's
    if verb == "assessed":
        if head not in _ASSESSED_UNITS:
            return None  # "9 districts assessed", "1,400 children assessed for malnutrition"
    elif head not in _HEARD and not head.startswith("heads"):
        return None  # "201 settlements surveyed": places
    return _part(text, match, verb, " ".join(match["noun"].split()))


def _part(text: str, match: re.Match[str], label: str, noun: str) -> Tally | None:
    """The one-part survey of the count ``match`` found, or None where it reads no count."""
    count = read_count(match["n"])[0]
    if count is None or count < 2 or _YEAR.fullmatch(match["n"]):
        return None  # "2019 interviews": a year names them
    start = match.start("n")
    part = Part(
        label,
        count,
        start,
        match.end(),
        counted=noun,
        qualifier=qualifier_of(text, start, match.end("n")),
    )
    return Tally("survey", part.start, part.end, [part], subject=noun)


# Spans around the nouns of asking where a count of them may start.
_WINDOWS = tuple((word, 80, 160) for word in ("interview", "survey", "questionnaire", "kiis"))


def find_sample_acts(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Tally]:
    """Find a survey's size counted by its interviews or surveys held, or in a caption.

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
    >>> [(t.parts[0].category, t.parts[0].count) for t in find_sample_acts(
    ...     "In total, 5,613 face-to-face interviews were conducted in three regions.")]
    [('face-to-face interviews conducted', 5613)]
    >>> [(t.parts[0].category, t.parts[0].count, t.subject)
    ...  for t in find_sample_acts("828 key informants interviewed")]
    [('interviewed', 828, 'key informants')]
    >>> find_sample_acts("The Commission conducted 300 interviews with victims.")
    []
    >>> find_sample_acts("9 districts assessed")
    []
    """
    lower = text.lower()
    held = bytearray(len(text) + 1)
    for start, end in taken:
        held[start:end] = b"\x01" * (end - start)
    found: list[Tally] = []
    spots = literal_windows(lower, _WINDOWS)
    if spots:
        for pattern in (_ACTS_HELD, _ACTS_OF_KIND):
            for match in matches_in(pattern, text, spots):
                if 1 in held[match.start("n") : match.end()]:
                    continue
                tally = _acts(text, match)
                if tally is not None:
                    found.append(tally)
                    held[tally.start : tally.end] = b"\x01" * (tally.end - tally.start)
    caption = _CAPTION.match(text) if len(text) <= _CAPTION_LENGTH else None
    if caption is not None and 1 not in held[caption.start("n") : caption.end()]:
        tally = _caption(text, caption)
        if tally is not None:
            found.append(tally)
    return sorted(found, key=lambda tally: tally.start)
