"""Breakdowns whose labels are the counted nouns: texts adopted, delegations, staff, people.

Reports, press releases and situation reports write the parts of a group as counts of
different nouns under one verb or preposition, with no verb per part: "the General
Assembly adopted 53 draft resolutions and 4 draft decisions", "six Conventions, six
Recommendations and 19 resolutions had been adopted", "accompanied by 131 Government
advisers, 43 employers' advisers and 54 workers' advisers", "(1.2 million refugees and
2.3 million internally displaced)", "reaching 600,000 returnee households and 200,000 IDP
households". A list is two or more items "COUNT [modifiers] NOUN [what follows it]"
joined by commas, "and" or "as well as"; its labels are the nouns with their modifiers.
The list readers need a verb, a cue or one noun elided after the first part; here the
evidence of one whole is one of

- *a whole before a cue*: a count and its noun, then "(of whom", "including",
  "comprising", "among them", "categorized as" or "namely" and the list, whose counts
  add up to no more than the whole (a whole written "around" may fall short of their sum
  by a tenth), or "affecting"/"involving" after cases that each befell one person, whose
  parts make the whole exactly ("804 cases of sexual violence, affecting 507 women, 265
  girls, 30 men and 2 boys"); an aside after the whole's noun ("222,000 individuals
  (45,000 households), including ...") is a different unit and no part;
- *one head noun*: every label opens, or every label ends, with the same noun and the
  labels differ ("returnee households", "IDP households"; "allegations involving
  peacekeepers", "allegations involving civilian staff");
- *statuses of displaced people*: every label names one ("refugees", "IDPs",
  "internally displaced", "returnees", "asylum-seekers", ...);
- *one head written once*: every label before the last is a modifier of one or two words
  and the last ends on the plural noun they modify ("12 country specific and 25 thematic
  resolutions"; the modifiers' parts count no noun of their own, as in
  :mod:`~surveystats.extract.tally_lists`), never comparing words ("12 more and 4
  fewer");
- *nouns of one kind*: two nouns at least, each agreeing with its count (plural after
  any count but one: "27 resolutions and 1 decision"), all of one kind of thing a reader
  adds up: texts and acts ("resolutions", "Conventions", "communications"), bodies
  ("Member States", "agencies", "NGOs"), those who take part ("delegates", "advisers",
  "observers"), a workforce by category ("troops", "civilian police", "UN Volunteers"),
  people affected or served ("refugees", "children", "beneficiaries"; by sex and age,
  "females", "36 female", "minors"), people by origin (the closed list of demonyms of
  :mod:`surveystats.text.demonyms`: "1,217 Somalis and 39 Ethiopians", "Congolese
  refugees" beside "Rwandans"), offices ("ministers", "deputy-ministers", "senators",
  "deputies"), facilities and infrastructure ("schools", "clinics", "bridges", "health
  posts", "water points": a generic noun after what it serves). Two counts suffice;
  counts of different kinds make no split ("12 staff and 4 vehicles", "62 officials and
  140 refugees", "20 countries and 3 regions", "3 million refugees and 2 million tonnes
  of food"), nor do
  nouns that hold the others ("people", "sites", "camps") or things ("60 vehicles, 14
  generators and 9 water tanks": what a base has), nor events ("3 sessions and 12
  meetings"). Relief goods handed out, whatever reader found them, are what was
  delivered, no split of one whole (:func:`without_goods_lists`): different goods ("500
  tarpaulins, 500 hygiene kits"), and kinds named by a word for a package of goods
  ("8,000 dignity kits, 7,000 newborn baby kits and 6,000 clean delivery kits": a kit is
  a set of other goods, each kind its own), where no total is stated; kinds of one good
  stay ("2,300 winter tents and 1,150 summer tents"). A known set ("The 15 members of
  the Council, 54 members of ..."), an aside on a count before the list ("5 sites (12
  schools and 9 clinics)"), a comparison ("compared with 45 girls and 30 boys") or a
  rate ("... per week") is no split either.
  A last part of "others" ("..., 3.6 million internally displaced persons and 1.2
  million others of humanitarian concern") counts more of the kind the parts before it
  name, which alone must show one whole. A first count of people that the later counts,
  of one kind, add up to exactly is their whole ("left with 132 passengers, 86 Ethiopian
  males, eight boys, 36 female and two girls": total 132); of places or things it is no
  whole ("visited 14 sites, 9 schools and 5 clinics").

The lists of one head noun or of statuses need their figures in digits (figures in
words are a speech's "two world wars, two border wars"); of nouns of one kind, figures
in words count texts ("two Recommendations and two Conventions") or a list of three. A
list is read whole or not at all, and a reading of its later parts alone by another
reader gives way to it (:func:`without_lists_read_in_part`). A count of another unit that
every part holds is no part ("2,455,190 IDPs in 501,758 households and 1,983,130
returnees in 323,277 households"); the preposition before the list may be one its verb or
noun governs ("accompanied by", "received from", "the adoption of"), not one of a
change, a bound or a measure ("increased by", "up to", "a population of").

Two further lists of this kind are read: counts in parentheses after the shares that
label them, where each count stands in the same proportion to its share ("12.7% (880)
were in the national officer category and 54.0% (3,700) in the general service
category"), which replace a reading of fewer parts inside their words; and seats
allotted by group ("one seat for the African States, ... and two seats for the Western
European and Other States"). A breakdown of counts another reader found without a total
takes the whole its cue points back at (:func:`attach_whole_before_cue`), and shares read
with their counts inside their labels ("690 were recorded in Sinjar (82%) and 149 in
Al-Baaj (18%)") become those counts with their shares (:func:`with_counts_before_labels`).

What it refuses: a figure after "between", "than", a bound or a currency sign (a range,
money), labels that name a unit, a period or an age ("tonnes", "years"), a finite verb
in a label (two clauses), a change ("rose", "increased", "compared with"), bounds ("at
least"), the same label twice ("1.2 million refugees in 2019 and 1.5 million refugees in
2020"), a lone count however it is written ("45,000 households"), a count of a subset
after the list ("27 resolutions and 1 decision, nine among them ...").

Each list is read from a number forward with bounded patterns, once per number, and only
where no tally found by another reader holds the number; most numbers fail a test of
the next few numbers before any pattern is tried: linear time.
"""

from __future__ import annotations

import bisect
import re
from fractions import Fraction

from surveystats.extract.phrases import singular_noun
from surveystats.extract.tally_items import AUXILIARIES, PREPOSITIONS, Number, word_set
from surveystats.extract.tally_parts import YEAR_FIGURE, Part, Tally, read_count
from surveystats.extract.tally_people_wholes import counts_people, nests_groups
from surveystats.text import NUMBER_WORDS, sentence_starts
from surveystats.text.demonyms import DEMONYMS, demonym_of

__all__ = [
    "attach_whole_before_cue",
    "counts_an_article",
    "find_counted_noun_splits",
    "with_counted_shares",
    "without_goods_lists",
    "without_lists_read_in_part",
]

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.\d{1,3})?(?![\d,.]\d)"
_SCALE = r"(?:\s{1,3}(?:thousand|million|billion)\b)"
# Figures in words in any case: headlines write "37 RESOLUTIONS, 2 DECISIONS AND ONE ...".
_FIGURE = rf"(?:{_DIGITS}{_SCALE}?|(?<![\w-])(?i:{NUMBER_WORDS})(?![\w-]))"
# "a"/"an" counts one after the list's first part, in a list of nouns of one kind (a
# decision of the lead, session 37): "37 resolutions and a presidential statement".
_ARTICLE = r"(?<![\w'’-])an?(?=\s)"
_LATER_FIGURE = rf"(?:{_FIGURE}|{_ARTICLE})"
_APPROX = r"(?:(?:around|about|some|nearly|almost|approximately|roughly|an\s{1,3}estimated)\s{1,3})"
# A footnote marker a web page flattened into the line: one digit after a participle
# and before a preposition ("individuals displaced 2 within the borders"), or after a
# plural noun and before "and" and the next part in millions ("within the borders of
# their own countries 2 and 3.4 million new refugees").
_MARKER = (
    r"(?:(?<=[a-z]ed\s)\d(?=\s{1,3}(?:within|in|from|to|across|inside|outside)\s)"
    r"|(?<=[a-z]{3}s\s)\d(?=\s{1,3}and\s{1,3}\d{1,3}(?:\.\d{1,2})?\s{1,3}(?:million|billion)\b))"
)
_MARKER_IN_LABEL = re.compile(r"(?:(?<=[a-z]ed)\s{1,3}\d(?=\s)|(?<=[a-z]{3}s)\s{1,3}\d$)")
# A word of a label: an abbreviation with stops ("U.N."), a word, or a small age or bound
# figure after its preposition ("children under five" is read by the number words). A
# word is taken whole (possessive): what may follow one (a blank, a mark, a bracket, the
# end) never follows a part of it, so giving back letters could only fail again, at every
# letter of every word of the label.
_WORD = (
    r"(?:(?:[A-Z]\.){2,4}|[A-Za-z][\w'’-]{0,30}+"
    r"|(?:(?<=under\s)|(?<=over\s)|(?<=aged\s)|(?<=below\s)|(?<=above\s))\d{1,2}(?![\d,.])"
    rf"|{_MARKER})"
)
_JOINT = (
    r"(?:\s{0,3}[,;]\s{1,3}(?:(?:and|AND|as\s{1,3}well\s{1,3}as)\s{1,3})?"
    r"|\s{1,3}(?:and|AND)\s{1,3}|\s{1,3}as\s{1,3}well\s{1,3}as\s{1,3})"
)
# Where the last label ends: a clause mark, a relative or a verb, a date's or a year's
# preposition ("30 detainees on 5 May", "12 schools by 2020").
_END = (
    r"(?=\s{0,3}(?:[,;:()\[\]–—]|\.(?![A-Za-z\d])|$)"
    r"|\s{1,3}(?:who|which|that|whose|were|was|are|is|had|have|has|will|would|received"
    r"|according|respectively|during|since)\b|\s{1,3}(?:in|on|by|as\s{1,3}of)\s{1,3}\d"
    # the clause's second verb: "composed of 24 females and 177 males and included ..."
    r"|\s{1,3}and\s{1,3}(?:[a-z]{2,20}ed|includes|comprises|was|were|is|are|has|had|have)\b"
    # an uncounted item of the body's own after the list: "adopted 34 resolutions, as well
    # as three presidential statements and its report for the session"
    r"|\s{1,3}and\s{1,3}(?:its|their)\s)"
)
_MAX_WORDS = 12
# A count of another unit inside a part, after its label: "2.4 million IDPs in 501,758
# households and 2.0 million returnees in 323,277 households"; every part holds one.
_ASIDE = (
    rf"(?:\s{{1,3}}(?:in|from|within|across)\s{{1,3}}(?P<aside>{_DIGITS}{_SCALE}?)"
    r"(?P<aside_noun>(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){1,2}?)"
    rf"|\s{{0,3}}\(\s{{0,3}}(?P<paren>{_DIGITS}{_SCALE}?)"
    r"(?P<paren_noun>(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){1,2}?)\s{0,3}\))"
)
# A note in parentheses on a part, with no count of its own: "226 health emergencies
# (including the COVID-19 pandemic response), 27 nutrition crises ..." (a digit inside a
# word, "COVID-19", counts nothing).
_NOTE = r"(?:\s{0,3}\((?![^()]{0,80}(?<![\w-])\d)[A-Za-z][^()]{0,79}\))"
# A part of the list, not its last: the figure, its label, an aside, the joint to the next.
_INNER_PART = re.compile(
    rf"(?P<figure>{_LATER_FIGURE})(?P<label>(?:\s{{1,3}}{_WORD}){{1,{_MAX_WORDS}}}?)"
    rf"(?:{_ASIDE}|{_NOTE})?(?={_JOINT}{_APPROX}?{_LATER_FIGURE})"
)
_LAST_ASIDE = re.compile(_ASIDE + r"(?![\w'’-])")
_LAST_PART = re.compile(
    rf"(?P<figure>{_LATER_FIGURE})(?P<label>(?:\s{{1,3}}{_WORD}){{1,{_MAX_WORDS}}}?){_END}"
)
_JOINT_THEN = re.compile(rf"{_JOINT}(?P<approx>{_APPROX})?")
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# What may not stand before a list's first figure: a measure's "of", a range, money, a
# bound ("at least"), another number.
_BAD_BEFORE = re.compile(
    r"(?i)(?:\b(?:of|from|to|between|than|by|at|per|least|most|over|under|below|above|and|or"
    r"|No|nos?|number|numbers|paragraphs?|articles?|resolutions?|items?)|[$€£¥#№\d]|US\$?|USD)"
    r"\s{0,3}$"
)
_APPROX_BEFORE = re.compile(rf"(?i){_APPROX}$")
# "a total of" right before a list's first count.
_TOTAL_OF_BEFORE = re.compile(r"(?i)\btotal\s{1,3}of\s{0,3}$")
# A preposition before the list that its verb or noun governs: "accompanied by 131 ...",
# "received from 31 Member States", "the adoption of 19 resolutions", "support to 20 ...".
_GOVERNED = re.compile(r"(?i)\b(?P<word>[a-z][\w'’-]{0,30})\s{1,3}(?:by|from|of|to)\s{0,3}$")
# Words before such a preposition that make the figure a change, a bound or a measure.
_NOT_GOVERNING = word_set(
    """
    increased decreased rose fell reduced raised grew dropped declined doubled halved cut
    increase decrease reduction rise drop growth loss gain fall cuts up close equal equivalent
    compared amounting amounted amount number numbers population area budget sum value
    corresponding equivalent
    cost age period length height distance rate level estimated put fixed set totalling
    totaling range ranging
    """
)
_BEFORE_REACH = 40
_CHANGE = re.compile(
    r"(?i)\b(?:rose|fell|increased|decreased|declined|dropped|grew|doubled|halved"
    r"|compared\s(?:with|to)|as\sagainst|versus|than|previous|last\syear|a\syear\searlier)\b"
)
# Nouns of units, money, periods and ages: a figure with one is a measure, no part.
_UNITS = word_set(
    """
    tonnes tonne tons ton hectares hectare kilometres kilometers km metres meters litres
    liters kg kilograms dollars dollar euros euro francs pounds usd per cent percent times
    years year months month weeks week days day hours hour minutes decades votes vote
    ballots ballot seats seat points calories thirds quarters fifths halves tenths
    """
)
_STATUSES = word_set(
    """
    refugees refugee idps idp returnees returnee asylum-seekers asylum seekers migrants
    stateless displaced evacuees deportees nationals tcns host
    """
)
_FINITE = AUXILIARIES - word_set("all both each only further")
_FUNCTION = word_set(
    """
    the a an of and or in on at to for with by from under over aged below above its their
    newly
    """
)
# A whole before the list's cue: its figure and noun, an aside of another unit.
_WHOLE = re.compile(
    rf"(?<![\w.,])(?P<approx>{_APPROX})?(?P<figure>{_FIGURE})"
    # a share is no whole of counts: "41 houses were composed of more than 30 per cent
    # women, including 11 in Africa and 9 in Latin America" (the 41 is)
    r"(?!\s{1,3}(?:per\s{1,3}cent|percent)\b|\s{0,3}%)"
    rf"(?P<noun>(?:\s{{1,3}}{_WORD}){{1,16}})"
    # an aside of another unit, or the blanks of one masked ("(2,000 households)")
    r"(?:\s{0,3}\([^()]{1,80}\))?\s{0,90}"
    r"(?P<cue>\(\s{0,3}(?:of\s{1,3}wh(?:om|ich)|including|comprising|encompassing|among\s{1,3}(?:them|whom))"
    r"|,?\s{1,3}(?:including|comprising|encompassing|of\s{1,3}wh(?:om|ich)|among\s{1,3}(?:them|whom)"
    # "6,827 individuals (2,000 households) categorized as 3,741 returnees, ..."
    r"|(?:categori[sz]ed|classified)\s{1,3}as|namely|consisting\s{1,3}of"
    r"|broken\s{1,3}down\s{1,3}(?:into|as)"
    # cases that each befell one person: "804 cases of sexual violence, affecting 507
    # women, 265 girls, 30 men and 2 boys" (only where the parts make the whole exactly)
    r"|(?P<victims>affecting|involving))"
    r"(?:\s{1,3}some)?)\s{1,3}$"
)
_WHOLE_REACH = 200
_APPROX_SLACK = Fraction(11, 10)  # "around 1.1 million" may be short of its parts by this

# Shares with their counts in parentheses: "12.7% (880) were in ...", "One third of
# those with permanent contracts (2,300) were in ...".
_FRACTION_WORDS = {
    "half": Fraction(1, 2),
    "one half": Fraction(1, 2),
    "one third": Fraction(1, 3),
    "a third": Fraction(1, 3),
    "two thirds": Fraction(2, 3),
    "two-thirds": Fraction(2, 3),
    "one quarter": Fraction(1, 4),
    "a quarter": Fraction(1, 4),
    "three quarters": Fraction(3, 4),
    "one fifth": Fraction(1, 5),
    "a fifth": Fraction(1, 5),
}
_SHARE_ANY = (
    r"(?:\d{1,2}(?:\.\d{1,2})?\s{0,3}(?:%|per\s{1,3}cent\b|percent\b)"
    r"|(?i:one\s{1,3}half|half|one\s{1,3}third|a\s{1,3}third|two[\s-]{1,3}thirds"
    r"|one\s{1,3}quarter|a\s{1,3}quarter|three\s{1,3}quarters|one\s{1,3}fifth|a\s{1,3}fifth)\b)"
)
_SHARE = rf"(?P<share>{_SHARE_ANY})"
# Where a share may open a list: not inside a word or a number.
_SHARE_START = re.compile(rf"(?<![\w.,]){_SHARE_ANY}")
_SHARE_COUNT = re.compile(
    rf"{_SHARE}(?P<of>\s{{1,3}}of\s{{1,3}}[^()\d.;]{{1,80}}?)?\s{{0,3}}"
    r"\(\s{0,3}(?P<count>\d{1,3}(?:,\d{3})+|\d{1,7})\s{0,3}\)"
    r"(?P<label>[^()\d;.%]{1,120}?)"
    rf"(?=\s{{0,3}}(?:,\s{{1,3}}(?:and\s{{1,3}})?|and\s{{1,3}}){_SHARE_ANY}\s{{0,3}}\(|\s{{0,3}}[.;(]|$)"
)
_SHARE_JOINT = re.compile(r"\s{0,3}(?:,\s{1,3}(?:and\s{1,3})?|and\s{1,3})")
_SHARE_SLACK = Fraction(1, 100)  # shares rounded to one decimal may pass 100 by this
_RATIO_SLACK = Fraction(1, 20)  # counts in proportion to their shares within 5 per cent
_VERB_LEAD = re.compile(
    r"^(?:(?:were|was|are|is|had|have|has|being)\s{1,3}){0,2}(?:in\s{1,3}(?:the\s{1,3})?)?"
)

# Seats (or members) allotted by group: "one seat for the African States".
_GROUP = (
    r"[A-Z][\w'’-]{0,30}"
    r"(?:\s{1,3}(?:(?:and|of|the|other)\s{1,3}){0,2}[A-Z][\w'’-]{0,30}){0,10}"
)
_SEAT_PART = re.compile(
    rf"(?P<figure>{_FIGURE})(?:\s{{1,3}}(?P<noun>seats?|members?))?"
    r"(?:\s{1,3}(?:allotted|allocated|reserved|assigned|elected"
    r"|to\s{1,3}be\s{1,3}(?:filled|elected|allocated)))?"
    rf"\s{{1,3}}(?:for|to|from)\s{{1,3}}(?:the\s{{1,3}})?(?P<group>{_GROUP})"
)

_SEAT_JOINT = re.compile(_JOINT)


def _count(figure: str) -> int | None:
    """The value of a figure: digits, a scale word, or number words.

    >>> _count("1.4 million"), _count("222,019"), _count("two"), _count("1.5")
    (1400000, 222019, 2, None)
    """
    if _is_article(figure):
        return 1
    words = figure.split()
    scale = _SCALES.get(words[-1].lower()) if len(words) > 1 else None
    number = words[0] if scale else figure
    if number[0].isdigit():
        value = Fraction(number.replace(",", ""))
        value *= scale or 1
        return int(value) if value.denominator == 1 else None
    count, _ = read_count(figure)
    return count


def _words(label: str) -> list[str]:
    """A label's words in lower case, without the stops of abbreviations' ends."""
    return [word.rstrip(".").lower() for word in label.split()]


def _fold(word: str) -> str:
    """A noun without its plural "s": "households" and "household" are one head."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _peoples_of_one_noun(labels: list[list[str]]) -> bool:
    """Whether every label is a demonym before one noun of people, however it is counted.

    Statements name those killed or deployed by their country, the noun written once:
    "the killing of five Nepalese and two Indian peacekeepers", "seven Malawian and one
    Tanzanian peacekeepers", "two Bangladeshi and one Egyptian staff". The demonyms are a
    closed class, so figures in words split the noun there as digits do; a speech's "two
    world wars and two border wars" names no people.

    >>> _peoples_of_one_noun([["nepalese", "peacekeepers"], ["indian", "peacekeepers"]])
    True
    >>> _peoples_of_one_noun([["world", "wars"], ["border", "wars"]])
    False
    """
    return all(
        len(words) == 2 and "origin" in _kinds_of(words, 1, _stem(words[1])[0]) for words in labels
    )


def _one_head(labels: list[list[str]]) -> bool:
    """Whether the labels name kinds of one noun: its modifiers differ, the noun does not.

    Either every label is a short noun phrase ending on the same noun ("returnee
    households", "IDP households"), or every label opens with the same noun and a
    participle of one verb that says which of them ("allegations of abuse involving
    peacekeepers", "allegations involved civilian staff"). A shared first word alone
    ("members of the Council", "members of ECOSOC"; "members of the Committee visited
    ..., and 5 members of the secretariat accompanied them") makes no kinds.

    >>> _one_head([["returnee", "households"], ["idp", "households"]])
    True
    >>> _one_head([["incidents", "affecting", "schools"], ["incidents", "affecting", "clinics"]])
    True
    >>> _one_head([["members", "of", "the", "council"], ["members", "of", "ecosoc"]])
    False
    >>> _one_head([["meetings"], ["resolutions"]])
    False
    """
    lasts = {_fold(words[-1]) for words in labels}
    if (
        len(lasts) == 1
        and all(1 < len(words) <= _MAX_KIND_WORDS for words in labels)
        and not any(word in _FUNCTION or word in PREPOSITIONS for w in labels for word in w)
    ):
        return True
    firsts = {_fold(words[0]) for words in labels}
    if len(firsts) > 1 or labels[0][0] in _FUNCTION:
        return False
    stems = set()
    for words in labels:
        participle = next((word for word in words[1:] if _PARTICIPLE.fullmatch(word)), None)
        if participle is None:
            return False
        stems.add(participle.removesuffix("ing").removesuffix("ed").removesuffix("e"))
    return len(stems) == 1


_MAX_KIND_WORDS = 4
_PARTICIPLE = re.compile(r"[a-z]{3,20}(?:ing|ed)")
_MAX_MODIFIER_WORDS = 2
# Modifiers that compare a count with another, never a kind: "12 more and 4 fewer staff".
_COMPARING = word_set("more fewer less further extra additional")
# Endings of words that end in "s" and are no plural nouns: "serious", "gross", "basis".
_NOT_PLURAL_ENDINGS = ("ous", "ss", "us", "is")


def _is_plural_word(word: str) -> bool:
    return (
        word in _PLURALS
        or word in _EITHER
        or (word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDINGS))
    )


def _with_shared_head(labels: list[list[str]]) -> list[list[str]] | None:
    """The labels with the head noun the last one writes once after each modifier alone.

    "12 country specific and 25 thematic resolutions", "11 in-depth and 2 desk
    evaluations": each label before the last is a modifier of one or two words, none a
    plural noun, and the last ends on a plural noun after its own modifier. ``None``
    where the labels are no such list.

    >>> _with_shared_head([["country", "specific"], ["thematic", "resolutions"]])
    [['country', 'specific', 'resolutions'], ['thematic', 'resolutions']]
    >>> _with_shared_head([["schools"], ["health", "posts"]])
    """
    *modifiers, last = labels
    if len(last) < 2 or not _is_plural_word(last[-1]) or _is_plural_word(last[0]):
        return None
    for words in modifiers:
        if not 0 < len(words) <= _MAX_MODIFIER_WORDS or any(
            _is_plural_word(word) or word in _FUNCTION or word in PREPOSITIONS or word in _COMPARING
            for word in words
        ):
            return None
    return [[*words, last[-1]] for words in modifiers] + [last]


# The kinds of thing UN texts count in lists whose counts a reader adds up as one group:
# texts and acts, bodies (States and organizations), those who take part in a meeting,
# a workforce by category, people affected or served, facilities. Counts of one kind make
# a split ("27 resolutions and 1 decision", "31 Member States and 12 NGOs", "469 troops
# and 135 civilian police"); counts of different kinds do not ("12 staff and 4 vehicles",
# "62 officials and 140 refugees", "20 countries and 3 regions"). A noun may be of two
# kinds ("experts" take part and are staff). Nouns that hold the others ("people",
# "sites", "camps") and things ("vehicles", "rifles") are of none.
_KINDS = {
    "texts": word_set(
        """
        resolution decision convention recommendation protocol declaration text draft
        amendment report communication statement letter note view conclusion agreement
        treaty instrument proposal opinion judgment judgement order law regulation guideline
        standard plan document submission reply response complaint petition request
        application observation comment questionnaire publication paper study memorandum
        allegation
        """
    ),
    "bodies": word_set(
        """
        state country government organization organisation agency body entity institution
        commission committee council delegation ngo igo nation territory union association
        federation partner donor party company enterprise cooperative foundation network
        mission
        """
    ),
    "participants": word_set(
        """
        delegate adviser advisor expert observer participant representative speaker member
        minister judge candidate ambassador envoy rapporteur parliamentarian mayor
        panellist panelist journalist researcher senator deputy legislator councillor
        councilor commissioner governor magistrate mp
        """
    ),
    "workforce": word_set(
        """
        staff personnel employee worker volunteer teacher nurse doctor physician midwife
        officer official expert troop soldier police policeman policemen observer
        peacekeeper gendarme interpreter translator engineer specialist inspector monitor
        trainer guard driver adviser advisor
        """
    ),
    "affected": word_set(
        """
        child children girl boy woman women man men adult youth refugee returnee idp
        migrant asylum-seeker national citizen victim survivor beneficiary patient prisoner
        detainee pupil student learner orphan adolescent infant minor male female baby
        """
    ),
    "facilities": word_set(
        """
        school classroom hospital clinic centre center facility dispensary shelter latrine
        toilet borehole well office warehouse market laboratory kindergarten prison
        mosque church temple synagogue pharmacy library
        courthouse courtroom dormitory hostel bridge road culvert dam reservoir cistern
        canal waterpoint handpump checkpoint airstrip helipad
        """
    ),
    "emergencies": word_set(
        """
        emergency crisis disaster conflict epidemic outbreak flood earthquake cyclone
        drought hurricane typhoon tsunami
        """
    ),
}
# Facilities named by a generic noun after what they serve: alone, "posts" are jobs,
# "points" a unit and "units" formed troops, but "48 health posts and 17 water points"
# count facilities of the same kind as "230 classrooms". Homes are no facility ("damaged
# 2,400 homes and 900 schools" counts dwellings and public buildings, no one group).
_FACILITY_COMPOUNDS = frozenset(
    f"{modifier} {head}"
    for heads, modifiers in (
        ("post", "health police border observation"),
        ("point", "water distribution collection service entry crossing"),
        ("station", "police pumping fire water health duty"),
        ("space", "child-friendly safe learning"),
        ("unit", "housing treatment shelter"),
        ("pump", "hand water"),
        ("system", "water"),
    )
    for head in heads.split()
    for modifier in modifiers.split()
)
# Texts named by a generic noun after what kind they are: the special procedures' "urgent
# appeals" beside their "allegation letters" (alone, "60 appeals" are a court's cases).
_TEXT_COMPOUNDS = frozenset(("urgent appeal", "joint appeal"))
# Names that end like a past verb ("strengthening of the United Nations system").
_PROPER = word_set("united")
# Adjectives of sex that count people as nouns, after any count: "36 female", "one male".
_SEXES_EITHER = word_set("male female")
# Prefixes of an office held under another: "vice-ministers", "deputy-ministers".
_OFFICE_PREFIXES = ("vice-", "deputy-", "co-", "assistant-", "under-", "sub-")
# Nouns that are plural without an "s", or either: "people", "staff".
_PLURALS = word_set("people children women men policemen")
_EITHER = word_set("staff personnel police youth")
# Words that end a counted noun's phrase: its relative, its "of".
_PHRASE_ENDS = word_set("of who which that whose")
# Nouns of events, never parts of a split of things counted ("3 sessions, 12 meetings").
_EVENTS = word_set(
    """
    session sessions meeting meetings sitting sittings consultation consultations round
    rounds visit visits workshop workshops seminar seminars conference conferences
    """
)


def _head_at(words: list[str]) -> int:
    """Where a label's counted noun stands: its last word before a preposition or relative.

    >>> _head_at(["experts", "for", "the", "civilian", "support", "group"])
    0
    >>> _head_at(["draft", "decisions", "today"])
    1
    """
    for at in range(1, len(words)):
        if words[at] in _PHRASE_ENDS or _ends_noun(words, at, participles=True):
            return at - 1
    return len(words) - 1


def _stem(noun: str) -> tuple[str, bool | None]:
    """A noun's singular and whether it is plural (``None``: either).

    "female" and "male" count people in either number ("36 female and two girls"), as
    demonyms without a plural "s" do ("12,000 Sudanese").

    >>> _stem("facilities"), _stem("decision"), _stem("staff"), _stem("women")
    (('facility', True), ('decision', False), ('staff', None), ('women', True))
    >>> _stem("female"), _stem("somalis"), _stem("congolese")
    (('female', None), ('somali', True), ('congolese', None))
    """
    if noun in _EITHER or noun in _SEXES_EITHER:
        return noun, None
    if noun in DEMONYMS:
        singular = noun[:-1]
        return (singular, True) if noun.endswith("s") and singular in DEMONYMS else (noun, None)
    if noun in _PLURALS:
        return noun, True
    stem = singular_noun(noun)
    return stem, stem != noun


def _one_kind(labels: list[list[str]], counts: list[int], *, in_digits: bool = True) -> bool:
    """Whether the labels count different nouns of one kind, each agreeing with its count.

    Each label is a noun's phrase: its modifiers, the noun, what follows it ("experts for
    the Civilian Support Group", "18 texts forwarded by its subsidiary bodies"), but no
    verb ("86 candidates applied", "20 members of the Committee visited the region"). A
    noun that does not agree with its count ("3 million head of cattle", "12 May") counts
    nothing; the same noun twice is a split by its modifiers, which :func:`_one_head`
    reads, and a list needs two nouns at least ("455 international civilian staff, 241 UN
    Volunteers and 977 national staff").

    >>> _one_kind([["draft", "resolutions"], ["draft", "decisions"]], [53, 4])
    True
    >>> _one_kind([["resolutions"], ["decision"]], [27, 1])
    True
    >>> _one_kind([["troops"], ["military", "liaison", "officers"], ["civilian", "police"]],
    ...           [469, 41, 135])
    True
    >>> _one_kind([["staff"], ["vehicles"]], [12, 4])
    False
    >>> _one_kind([["countries"], ["regions"]], [20, 3])
    False
    >>> _one_kind([["candidates", "applied"], ["women"]], [86, 39])
    False

    A last label that opens on "other" says the nouns before it are of its kind too,
    whatever they are: "12 schools, 9 clinics and 4 other public buildings", "104 natural
    disasters, 84 socio-political crises and 42 other critical situations".

    >>> _one_kind([["schools"], ["clinics"], ["other", "public", "buildings"]], [12, 9, 4])
    True
    """
    kinds: set[str] | None = None
    others = labels[-1][0] == "other" and len(labels[-1]) > 1
    heads = set()
    for words, count in zip(labels, counts, strict=True):
        at = _head_at(words)
        head = words[at]
        stem, plural = _stem(head)
        if (
            (plural is not None and plural != (count != 1))
            or stem in _EVENTS
            or any(
                words[after].endswith("ed")
                and words[after] not in _PROPER
                and words[after + 1 : after + 2] != ["by"]
                for after in range(at + 1, len(words))
            )
        ):
            return False
        heads.add(stem)
        if others:
            continue
        of_head = _kinds_of(words, at, stem)
        if at and f"{words[at - 1]} {stem}" in _FACILITY_COMPOUNDS:
            of_head = {"facilities"}
        elif at and f"{words[at - 1]} {stem}" in _TEXT_COMPOUNDS:
            of_head = {"texts"}
        kinds = of_head if kinds is None else kinds & of_head
        if not kinds:
            return False
    if not in_digits and len(labels) < _PARTS_IN_WORDS and "texts" not in (kinds or ()):
        return False  # "the killing of six refugees and three nationals": a speech's facts
    return len(heads) > 1


def _kinds_of(words: list[str], at: int, stem: str) -> set[str]:
    """The kinds of the noun ``stem`` that heads ``words`` at ``at``.

    An office under another is of the kind of that office ("deputy-ministers"); people
    named by their country, or by a noun of people after the country's adjective, are of
    the kind "origin" too ("Somalis", "South Sudanese", "Congolese refugees", "Ethiopian
    males"): the counts of peoples add up as those of sexes or statuses do, and a split by
    origin beside one by sex ("1,200 Somalis and 300 women") counts overlapping groups.

    >>> sorted(_kinds_of(["deputy-ministers"], 0, "deputy-minister"))
    ['participants']
    >>> sorted(_kinds_of(["ethiopian", "males"], 1, "male"))
    ['affected', 'origin']
    >>> sorted(_kinds_of(["south", "sudanese"], 1, "sudanese"))
    ['origin']
    """
    kinds = {kind for kind, nouns in _KINDS.items() if stem in nouns}
    if not kinds and stem.startswith(_OFFICE_PREFIXES):
        office = stem.rpartition("-")[2]
        kinds = {kind for kind, nouns in _KINDS.items() if office in nouns} & {"participants"}
    if demonym_of(words[: at + 1]) is not None or (
        kinds & {"affected", "workforce"} and demonym_of(words[:at]) is not None
    ):
        kinds.add("origin")
    return kinds


# Counts in words count texts ("two Recommendations and two Conventions"); of other kinds,
# a list of this many.
_PARTS_IN_WORDS = 3


def _statuses(labels: list[list[str]]) -> bool:
    """Whether every label names a status of displaced people ("refugees", "IDPs")."""
    return all(any(word in _STATUSES for word in words) for words in labels)


def _read_list(text: str, start: int, hi: int) -> list[tuple[int, int, int, str]] | None:
    """The parts (count, start, end, label) of a list that opens at ``start``, or ``None``."""
    matches: list[re.Match[str]] = []
    at = start
    while len(matches) < _MAX_PARTS:
        match = _INNER_PART.match(text, at, hi)
        if match is None and not matches:
            break  # a last part alone makes a list of one, which is none (most figures)
        if match is None:
            match = _LAST_PART.match(text, at, hi)
            if match is not None and _names_a_noun(match["label"]):
                matches.append(match)
            break
        if not _names_a_noun(match["label"]):
            break  # "27 resolutions and 1 decision, nine among them ...": a subset's count
        matches.append(match)
        joint = _JOINT_THEN.match(text, match.end(), hi)
        if joint is None:  # the lookahead said one follows
            break
        at = joint.end()
    if len(matches) < 2 or _is_article(matches[0]["figure"]):
        return None
    if not _asides_agree(text, matches, hi):
        return None
    parts = []
    for match in matches:
        count = _count(" ".join(match["figure"].split()))
        if count is None:
            return None
        label = _MARKER_IN_LABEL.sub("", match["label"])
        parts.append((count, match.start(), match.end("label"), " ".join(label.split())))
    return parts


def _is_article(figure: str) -> bool:
    """Whether a part's figure is "a" or "an", which counts one."""
    return figure in ("a", "an")


def _names_a_noun(label: str) -> bool:
    """Whether a label opens on its noun's phrase, not on a preposition or a pronoun.

    >>> _names_a_noun(" draft resolutions"), _names_a_noun(" among them")
    (True, False)
    """
    first = label.split(None, 1)[0].lower()
    return first not in PREPOSITIONS and first not in _NO_NOUN_FIRST


_NO_NOUN_FIRST = word_set("of them those whom which who whose it they these")


def _aside_noun(match: re.Match[str]) -> str | None:
    """The folded noun of the count of another unit a part holds ("in 501,758 households")."""
    noun = match["aside_noun"] or match["paren_noun"]
    return " ".join(_fold(word) for word in _words(noun)) if noun else None


def _asides_agree(text: str, matches: list[re.Match[str]], hi: int) -> bool:
    """Whether every part holds a count of one other unit, or none does.

    "2,455,190 IDPs in 501,758 households and 1,983,130 returnees in 323,277 households":
    the households are no part; a count of another unit in one part only ("3,000 refugees
    in 12 camps and 400 IDPs") makes the list no split.
    """
    nouns = {_aside_noun(match) for match in matches[:-1]}
    if nouns == {None}:
        return True
    last = _LAST_ASIDE.match(text, matches[-1].end("label"), hi)
    return len(nouns) == 1 and last is not None and _aside_noun(last) in nouns


_MAX_PARTS = 20


# Words of time after a noun's phrase: "adopted 53 draft resolutions and 4 draft decisions
# today", "... this morning".
_TIME_WORDS = word_set("today yesterday tonight tomorrow this last next earlier later")


def _ends_noun(words: list[str], at: int, *, participles: bool = False) -> bool:
    """Whether the label's noun ends before ``words[at]``: a preposition or a verb.

    A verb is an auxiliary or a past form after a plural ("refugees crossed"), and with
    ``participles`` a present participle ("draft decisions covering decolonization"): most
    present forms are nouns too ("host community members").

    >>> _ends_noun(["refugees", "crossed", "the", "sea"], 1)
    True
    >>> _ends_noun(["internally", "displaced", "persons"], 1)
    False
    """
    word = words[at]
    if word in PREPOSITIONS or word in _FINITE or word in _TIME_WORDS:
        return True
    return (
        word.endswith(("ed", "ing") if participles else "ed")
        and words[at - 1].endswith("s")
        and words[at - 1] not in _FUNCTION
    )


def _refused(text: str, parts: list[tuple[int, int, int, str]], labels: list[list[str]]) -> bool:
    """A measure, money, a period or age, a repeated label, a change: no split."""
    if any(
        word in _UNITS and not _closes_facility(words, at)
        for words in labels
        for at, word in enumerate(words)
    ):
        return True
    if any(word in _FINITE for words in labels for word in words):
        return True  # "people lack access ... and 1.5 billion people are not": clauses
    if len({" ".join(words) for words in labels}) < len(labels):
        return True
    if any(not any(word not in _FUNCTION for word in words) for words in labels):
        return True
    return _CHANGE.search(text, parts[0][1], parts[-1][2]) is not None


def _closes_facility(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is the generic noun of a facility's name ("water points").

    >>> _closes_facility(["water", "points"], 1), _closes_facility(["percentage", "points"], 1)
    (True, False)
    """
    return at > 0 and f"{words[at - 1]} {singular_noun(words[at])}" in _FACILITY_COMPOUNDS


def _whole(text: str, lo: int, first: int, total: int) -> tuple[int, str | None, int] | None:
    """The whole a cue before the list points at: (count, qualifier, start), or ``None``."""
    window = max(lo, first - _WHOLE_REACH)
    match = _WHOLE.search(text, window, first)
    if match is None:
        return None
    whole = _count(" ".join(match["figure"].split()))
    if whole is None:
        return None
    approx = match["approx"] is not None
    if total > whole * (_APPROX_SLACK if approx else 1) or (match["victims"] and total != whole):
        return None
    return whole, "approximately" if approx else None, match.start()


def _list_at(text: str, parts: list[tuple[int, int, int, str]], lo: int) -> Tally | None:
    """The breakdown of the ``parts`` read from a figure, where the sentence says one whole."""
    start = parts[0][1]
    reach = max(lo, start - _BEFORE_REACH)
    before = text[reach:start]
    qualifier = None
    opening = start  # where the first part's words start, its qualifier with them
    if (approx := _APPROX_BEFORE.search(before)) is not None:
        before = before[: approx.start()]
        qualifier = "approximately"
        opening = reach + approx.start()
    if _BAD_BEFORE.search(before) and not _governed(before):
        return None
    labels = [_words(label) for _, _, _, label in parts]
    if all(
        len(words) <= _MAX_KIND_WORDS and not any(w in PREPOSITIONS or w == "of" for w in words)
        for words in labels[:-1]
    ):
        # "... and 95,000 IDP households in October", "3,000 migrants and 1,000 refugees
        # crossed the sea": where the others are bare nouns, the last one's phrase of
        # place or time, or its clause's verb, is no part of its label
        last = labels[-1]
        # a participle ends it where no other label holds one ("3 resolutions and 2
        # decisions covering X", not "54 complaints involving A and 21 complaints involving B")
        participles = not any(w.endswith("ing") for words in labels[:-1] for w in words)
        cut = next(
            (at for at in range(1, len(last)) if _ends_noun(last, at, participles=participles)),
            None,
        )
        if cut:
            count, begin, _, label = parts[-1]
            kept = label.split()[:cut]
            parts[-1] = (count, begin, text.index(kept[-1], begin) + len(kept[-1]), " ".join(kept))
            labels[-1] = labels[-1][:cut]
    if _refused(text, parts, labels):
        return None
    if (
        _TOTAL_OF_BEFORE.search(before)
        and not _first_is_their_sum([count for count, _, _, _ in parts])
        and not _one_head(labels)
        and _with_shared_head(labels) is None
    ):
        # "received a total of 310 complaints and 45 requests for advice": "a total of" makes
        # the first count the whole of its own noun, and a count of another noun after it
        # splits nothing; kinds of one noun do ("a total of 14 national and 9 international
        # consultants"), and so do counts that add up to the first ("a total of 95 staff, 60
        # men and 35 women")
        return None
    total = sum(count for count, _, _, _ in parts)
    whole = _whole(text, lo, opening, total)
    articles = [text.startswith(("a ", "an "), begin) for _, begin, _, _ in parts]
    in_digits = all(
        text[begin].isdigit() or article
        for (_, begin, _, _), article in zip(parts, articles, strict=True)
    )
    counts = [count for count, _, _, _ in parts]

    def one_whole(named: list[list[str]], first: int = 0) -> bool:
        """Whether the labels ``named`` (of the parts from ``first`` on) split one whole."""
        return (
            not any(articles)
            and (in_digits or _peoples_of_one_noun(named))
            and (_one_head(named) or _statuses(named))
        ) or (
            _one_kind(named, counts[first : first + len(named)], in_digits=in_digits)
            and not _set_apart(text, before, parts[-1][2], labels)
        )

    # "12 country specific and 25 thematic resolutions": the noun written once, at the end
    shared = _with_shared_head(labels)
    if (
        whole is None
        and not (
            one_whole(labels)
            or (shared is not None and one_whole(shared))
            # "..., 3.6 million internally displaced persons and 1.2 million others of
            # concern": the last part counts more of the same kind, the parts before say which
            or (len(labels) > 2 and labels[-1][0] in _OTHERS and one_whole(labels[:-1]))
        )
    ):
        if (
            not _first_is_their_sum(counts)
            or not counts_people([" ".join(words[: _head_at(words) + 1]) for words in labels])
            or not one_whole(labels[1:], 1)
        ):
            return None
        # "left with 132 passengers, 86 Ethiopian males, eight boys, 36 female and two
        # girls": the first count of people is the sum of the later ones, which alone are
        # of one kind ("visited 14 sites, 9 schools and 5 clinics" lists places visited)
        whole = counts[0], qualifier, opening
        qualifier, shared = None, None
        parts = parts[1:]
    last = len(parts) - 1
    rows = [
        Part(
            label,
            count,
            begin,
            end,
            # a modifier alone names no noun it counts (as tally_lists reads the shape)
            counted=None if shared is not None and at < last else label,
            qualifier=qualifier if at == 0 else None,
        )
        for at, (count, begin, end, label) in enumerate(parts)
    ]
    tally = Tally("breakdown", rows[0].start, rows[-1].end, rows)
    if whole is not None:
        tally.total, tally.total_qualifier, tally.start = whole
    return tally


_OTHERS = word_set("others other")
_MIN_SUMMED_PARTS = 2


def _first_is_their_sum(counts: list[int]) -> bool:
    """Whether the first count is the sum of two or more later ones: their whole.

    >>> _first_is_their_sum([132, 86, 8, 36, 2]), _first_is_their_sum([12, 12])
    (True, False)
    """
    return len(counts) > _MIN_SUMMED_PARTS and counts[0] == sum(counts[1:])


def _set_apart(text: str, before: str, end: int, labels: list[list[str]]) -> bool:
    """Whether the words around a list of counted nouns make its counts no split.

    A known set ("The 15 members of the Council, 54 members of ..."), an aside on a count
    before it ("visited 5 sites (12 schools and 9 clinics)"), a comparison ("compared with
    45 girls and 30 boys") or a rate ("14 schools and 6 clinics per week"). A known set
    split by sex ("These 8 girls and 175 boys were released") is still split.
    """
    return (
        (_KNOWN_SET_BEFORE.search(before) is not None and not _by_sex(labels))
        or _CHANGE.search(before) is not None
        or _RATE_AFTER.match(text, end) is not None
    )


# Labels that split any group of people by sex: parts of one group, however it is named.
_SEXES = word_set("girls boys women men males females")


def _by_sex(labels: list[list[str]]) -> bool:
    """Whether every label is one noun of sex ("girls", "boys"), all different."""
    nouns = [words[0].lower() for words in labels if len(words) == 1]
    return len(nouns) == len(labels) and len(set(nouns)) == len(nouns) and set(nouns) <= _SEXES


_KNOWN_SET_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|these|those|its|their|our|all|average|averaged)|\d[^()\d]{0,40}\()\s{0,3}$"
)
_RATE_AFTER = re.compile(
    r"(?i)\s{0,3}(?:per|a|an|each|every)\s{1,3}(?:day|week|month|year|annum|session|person|capita)\b"
)


def _governed(before: str) -> bool:
    """Whether the text before a list ends on a preposition its verb or noun governs.

    >>> _governed("The delegates were accompanied by "), _governed("It increased by ")
    (True, False)
    """
    match = _GOVERNED.search(before)
    return match is not None and match["word"].lower() not in _NOT_GOVERNING


def _share_value(raw: str) -> Fraction | None:
    """A share as a fraction of one: "12.7%" -> 127/1000, "One third" -> 1/3."""
    lowered = " ".join(raw.lower().replace("-", " ").split())
    if lowered in _FRACTION_WORDS:
        return _FRACTION_WORDS[lowered]
    figure = re.match(r"[\d.]+", lowered)
    return Fraction(figure.group()) / 100 if figure else None


def _shares_with_counts(text: str, start: int, hi: int) -> Tally | None:
    """Shares whose counts follow in parentheses, in one proportion: the counts' breakdown."""
    parts = []
    at = start
    while len(parts) < 12:
        match = _SHARE_COUNT.match(text, at, hi)
        if match is None:
            break
        share = _share_value(match["share"])
        if YEAR_FIGURE.fullmatch(match["count"]):
            break  # "12% (2011)": the year of the share
        count = int(match["count"].replace(",", ""))
        label = " ".join(_VERB_LEAD.sub("", " ".join(match["label"].split())).split())
        if not share or not label or not any(w not in _FUNCTION for w in _words(label)):
            break
        percent = float(share * 100) if "%" in match["share"] or "cent" in match["share"] else None
        parts.append((share, count, match, label, percent))
        joint = _SHARE_JOINT.match(text, match.end(), hi)
        if joint is None:
            break
        at = joint.end()
    if len(parts) < 2 or sum(share for share, *_ in parts) > 1 + _SHARE_SLACK:
        return None
    if _CHANGE.search(text, max(0, start - _BEFORE_REACH), parts[-1][2].end()) or any(
        word in _UNITS for *_, label, _ in parts for word in _words(label)
    ):
        return None
    ratios = [count / share for share, count, *_ in parts]
    low, high = min(ratios), max(ratios)
    if high > low * (1 + _RATIO_SLACK):
        return None  # counts out of proportion with their shares: other wholes
    rows = [
        Part(label, count, match.start(), match.end(), percent=percent)
        for _, count, match, label, percent in parts
    ]
    return Tally("breakdown", rows[0].start, rows[-1].end, rows)


def _seats(text: str, start: int, hi: int) -> Tally | None:
    """Seats allotted by group, from the figure at ``start``."""
    parts = []
    at = start
    noun = None
    while len(parts) < 12:
        match = _SEAT_PART.match(text, at, hi)
        if match is None:
            break
        count = _count(match["figure"])
        # the noun written with the first figure, elided or repeated after it ("one seat
        # for the African States, one for the Asian States")
        stem = match["noun"].rstrip("s") if match["noun"] else noun
        if count is None or stem is None or (noun is not None and stem != noun):
            break
        noun = stem
        counted = match["noun"] or parts[0].counted
        parts.append(Part(match["group"], count, match.start(), match.end(), counted=counted))
        joint = _SEAT_JOINT.match(text, match.end(), hi)
        if joint is None:
            break
        at = joint.end()
    if len(parts) < 2 or len({part.category for part in parts}) < len(parts):
        return None
    return Tally("breakdown", parts[0].start, parts[-1].end, parts)


def find_counted_noun_splits(
    text: str, numbers: list[Number], *, taken: list[tuple[int, int]]
) -> list[Tally]:
    """Breakdowns labelled by their counted nouns, by shares or by groups of seats.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    numbers
        Its numbers (:func:`~surveystats.extract.tally_items.find_numbers`).
    taken
        Where the other readers found tallies: a list overlapping one is not read.

    Returns
    -------
    list of Tally
        Offsets relative to ``text``, in order.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = "The survey reached 600,000 returnee households and 200,000 IDP households."
    >>> [(p.category, p.count) for t in find_counted_noun_splits(
    ...     text, find_numbers(text), taken=[]) for p in t.parts]
    [('returnee households', 600000), ('IDP households', 200000)]
    """
    spans = sorted(taken)
    span_starts = [start for start, _ in spans]
    starts: list[int] = []  # the sentences' starts, found once a list may open
    found: list[Tally] = []
    done = -1
    seats = " seat" in text or " members " in text
    for at, number in enumerate(numbers):
        if (
            number.start < done
            or number.form == "none"
            or YEAR_FIGURE.fullmatch(number.raw)
            or not _may_open(text, number, numbers[at + 1 : at + 1 + _LATER])
        ):
            continue
        inside = bisect.bisect_right(span_starts, number.start) - 1
        if inside >= 0 and number.start < spans[inside][1]:
            continue  # a figure of a tally found already
        starts = starts or [*sentence_starts(text), len(text)]
        at = bisect.bisect_right(starts, number.start) - 1
        lo, hi = starts[at], starts[at + 1]
        tally = _seats(text, number.start, hi) if seats else None
        if tally is None:
            parts = _read_list(text, number.start, hi)
            if parts is None:
                continue
            tally = _list_at(text, parts, lo)
            if tally is None:
                # a list is read whole or not at all: "106 States, 20 international
                # organizations and 51 non-governmental organizations" has no two last parts
                done = parts[-1][2]
                continue
        if _overlaps(spans, span_starts, tally):
            continue
        if nests_groups([part.category for part in tally.parts]):
            done = tally.end
            continue  # "30 children and 12 girls": the girls are children too, no split
        found.append(tally)
        done = tally.end
    return found


# A comma or "and", then "a"/"an": one pattern for each, so each opens on a literal the
# engine skips to ("and" is matched before its word boundary is looked back at). As one
# alternation, the pattern opened on "," or "a" and was tried at every "a" of the text.
_ARTICLE_AFTER_COMMA = re.compile(rf",\s{{1,3}}{_ARTICLE}")
_ARTICLE_AFTER_AND = re.compile(rf"and(?<=\band)\s{{1,3}}{_ARTICLE}")
_NEXT_REACH = 160  # characters from a figure to the next one of its list
_LATER = 3  # numbers after a figure looked at for the next one of its list


def counts_an_article(text: str) -> bool:
    """Whether a later part of a list may be counted by "a" or "an" in ``text``.

    A paragraph with one figure holds a list only so ("adopted 37 resolutions and a
    presidential statement").

    >>> counts_an_article("37 resolutions and a statement"), counts_an_article("37 items")
    (True, False)
    """
    return _article_after_joint(text, 0, len(text))


def _may_open(text: str, number: Number, later: list[Number]) -> bool:
    """Whether a list may open at ``number``: a word after it, a joint before a later one.

    A cheap test that most figures fail, before any pattern is tried. The next few
    numbers are looked at: a scale word ("1.4 million") or a bound in a label ("children
    under five") may stand between.
    """
    if not text[number.end + 1 : number.end + 2].isalpha():
        return False
    for following in later:  # the later numbers first: cheaper than the scan for an article
        if following.start - number.end > _NEXT_REACH:
            continue
        if text[number.end : following.start].rstrip().endswith(_BEFORE_NEXT):
            return True
    return _article_after_joint(text, number.end, number.end + _NEXT_REACH)


def _article_after_joint(text: str, start: int, end: int) -> bool:
    """Whether "a" or "an" follows a comma or "and" in ``text[start:end]``."""
    return (
        _ARTICLE_AFTER_COMMA.search(text, start, end) is not None
        or _ARTICLE_AFTER_AND.search(text, start, end) is not None
    )


# What the text before a list's later figure ends with: its joint, or an approximation.
_BEFORE_NEXT = (
    ",",
    ";",
    " and",
    " as",
    "around",
    "about",
    "some",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "estimated",
)


def _overlaps(spans: list[tuple[int, int]], span_starts: list[int], tally: Tally) -> bool:
    """Whether ``tally`` overlaps one of the sorted ``spans`` that it does not hold whole.

    A span inside the list is a reading of its later parts alone ("43 employers' advisers
    and 54 workers' advisers" of a list that opens "131 Government advisers"), which the
    caller replaces (:func:`without_lists_read_in_part`). Spans do not nest in one another
    much; the one starting last before the tally's end and the few before it are looked at.
    """
    upto = bisect.bisect_left(span_starts, tally.end)
    return any(
        tally.start < end and not (tally.start <= start and end <= tally.end)
        for start, end in spans[max(0, upto - _SPANS_BACK) : upto]
    )


# Relief goods as aid agencies count them when handed out, in the singular: shelter and
# household items, water and hygiene supplies, medical supplies, and the packages and
# containers they come in.
_GOODS = frozenset(
    (
        *("kit", "tarpaulin", "tarp", "tent", "blanket", "mat", "mattress", "jerrycan"),
        *("bucket", "tablet", "sachet", "bottle", "pack", "packet", "carton", "lamp"),
        *("lantern", "net", "stove", "set", "item", "parcel", "ration", "basket", "voucher"),
        *("dose", "vial", "syringe", "filter", "container", "pad", "mask", "glove"),
        *("package", "bag", "box", "sheet", "storage"),
    )
)
# Words for a package of other goods: kinds named by them are different goods ("hygiene
# kits", "water kits"), not kinds of one ("winter tents", "summer tents").
_PACKAGES = frozenset(("kit", "set", "item", "parcel", "package", "pack", "packet", "basket"))


def without_goods_lists(tallies: list[Tally]) -> list[Tally]:
    """``tallies`` without the lists of relief goods that state no total.

    "It has procured 8,000 dignity kits, 7,000 newborn baby kits and 6,000 clean delivery
    kits for delivery to ...", "UNICEF has distributed 500 tarpaulins, 500 hygiene kits,
    ...": counts of the goods delivered, of different kinds, split no whole (as "The convoy
    carried 300 tents, 2,000 blankets and 450 hygiene kits" is none). A list is dropped
    where every part counts goods (its counted noun, or its label's head before "of") and
    either the goods differ or their one head is a word for a package of other goods
    ("kits", "sets", "items"). Kinds of one good ("2,300 winter tents and 1,150 summer
    tents"), goods split by place or recipient ("300 kits to the Health Authority, 300 to
    Mendi Hospital") and lists with a stated total ("... The total was 445.") stay.

    Examples
    --------
    >>> kits = [Part("dignity kits", 8000, 0, 10), Part("newborn baby kits", 7000, 12, 30)]
    >>> without_goods_lists([Tally("breakdown", 0, 30, kits)])
    []
    >>> tents = [Part("winter tents", 2300, 0, 10), Part("summer tents", 1150, 12, 30)]
    >>> len(without_goods_lists([Tally("breakdown", 0, 30, tents)]))
    1
    """
    return [tally for tally in tallies if not _lists_goods(tally)]


def _lists_goods(tally: Tally) -> bool:
    if tally.kind == "vote" or tally.total is not None or len(tally.parts) < 2:
        return False
    heads = []
    for part in tally.parts:
        if part.count is None:
            return False
        head = _goods_head(part)
        if head is None:
            return False
        heads.append(head)
    return len(set(heads)) > 1 or heads[0] in _PACKAGES


def _goods_head(part: Part) -> str | None:
    """The goods a part's label counts, in the singular, or ``None`` for no goods.

    The label's head before "of" ("packs of water purification tablets": "pack"), or its
    counted noun where the label opens with it ("tents for district hospitals"); a label
    that names a place or a recipient ("Mendi Hospital", its counted noun "kits") counts
    no goods of its own.
    """
    label = part.category or ""
    words = label.split(" of ", 1)[0].split()
    head = singular_noun(words[-1].lower().strip(",;")) if words else ""
    if head in _GOODS:
        return head
    counted = part.counted or ""
    if counted and label.lower().startswith(counted.lower()):
        head = singular_noun(counted.split()[-1].lower())
        if head in _GOODS:
            return head
    return None


def without_lists_read_in_part(kept: list[Tally], lists: list[Tally]) -> list[Tally]:
    """``kept`` less each tally whose counts a longer list of counted nouns holds.

    Examples
    --------
    >>> part = Tally("breakdown", 20, 40, [Part("A", 4, 20, 25), Part("B", 5, 30, 40)])
    >>> whole = Tally("breakdown", 0, 40, [Part("C", 3, 0, 10), *part.parts])
    >>> without_lists_read_in_part([part], [whole])
    []
    """
    return [
        tally
        for tally in kept
        if not any(
            whole.start <= tally.start
            and tally.end <= whole.end
            and len(tally.parts) < len(whole.parts)
            and {p.count for p in tally.parts} <= {p.count for p in whole.parts}
            for whole in lists
        )
    ]


_SPANS_BACK = 8


def with_counted_shares(text: str, kept: list[Tally]) -> list[Tally]:
    """``kept`` with each list of shares and their counts in parentheses read whole.

    "One third of those with permanent contracts (2,300) were in the professional
    category, 12.7% (880) in the national officer category and 54.0% (3,700) in the
    general service category": the counts are the parts, where each stands in the same
    proportion to its share. A tally found in the list's words with fewer parts (the
    shares read from the second on) gives way to it; one reaching outside it stays.

    Examples
    --------
    >>> text = "Half of the posts (450) were in Africa, 30% (270) in Asia and 20% (180) in Europe."
    >>> [(p.category, p.count) for t in with_counted_shares(text, []) for p in t.parts]
    [('Africa', 450), ('Asia', 270), ('Europe', 180)]
    """
    starts = [*sentence_starts(text), len(text)]
    done = -1
    for share in _SHARE_START.finditer(text):
        if share.start() < done:
            continue
        at = bisect.bisect_right(starts, share.start()) - 1
        share_start = share.start()
        tally = _shares_with_counts(text, share_start, starts[at + 1])
        if tally is None:
            continue
        done = tally.end
        inside = [t for t in kept if tally.start <= t.start and t.end <= tally.end]
        if any(len(t.parts) >= len(tally.parts) for t in inside) or any(
            t.start < tally.end and tally.start < t.end and t not in inside for t in kept
        ):
            continue
        kept = sorted([*(t for t in kept if t not in inside), tally], key=lambda t: t.start)
    return kept


# A count in digits inside a share's label, before it: "690 were recorded in Sinjar (82%)".
_COUNT_IN_LABEL = re.compile(r"(?<![\w.,%$-])(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?![\w%$]|[.,]\d)")
_SHARE_AFTER = re.compile(r"\s{0,3}(?:%|per\s{1,3}cent|percent)")
_AUXILIARY_START = re.compile(r"(?:were|was|are|is|had\s{1,3}been|have\s{1,3}been)\s{1,3}")
_POINTS_SLACK = 1.0  # percentage points a rounded share may stand from its count's share
_LEAD_REACH = 40  # characters before a first label where its count may stand
_SHARE_REACH = 40  # characters after a last part where its count's share may close


def with_counts_before_labels(text: str, kept: list[Tally]) -> None:
    """Read shares whose labels open on their counts as counts with those shares.

    "690 were recorded in Sinjar (82%) and 149 were recorded in Al-Baaj (18%)": a list of
    shares read with the counts inside their labels (and one of them taken for the
    whole) is a list of counts, each with its share of their sum, where every label holds
    one count before its share, the shares make 100 and each count stands in that share
    of the sum. Tallies are changed in place.

    Examples
    --------
    >>> text = "Of them, 690 went to Sinjar (82%) and 149 to Baaj (18%)."
    >>> parts = [Part("690 went to Sinjar", None, 9, 33, percent=82.0),
    ...          Part("149 to Baaj", None, 38, 55, percent=18.0)]
    >>> tally = Tally("breakdown", 9, 55, parts, total=690, unit="percent")
    >>> with_counts_before_labels(text, [tally])
    >>> [(p.category, p.count, p.percent) for p in tally.parts], tally.total, tally.unit
    ([('went to Sinjar', 690, 82.0), ('to Baaj', 149, 18.0)], None, 'count')
    """
    for tally in kept:
        parts = tally.parts
        if (
            tally.unit != "percent"
            or len(parts) < 2
            or any(part.percent is None or part.count is not None for part in parts)
            or abs(sum(part.percent for part in parts) - 100) > _POINTS_SLACK  # type: ignore[misc]
        ):
            continue
        found = []
        previous_end = max(0, parts[0].start - _LEAD_REACH)
        for part in parts:
            # the count may open the label or stand right before it, taken for the whole
            # ("690 were recorded in Sinjar (82%)" labelled "Sinjar")
            counts = [
                match
                for match in _COUNT_IN_LABEL.finditer(text, max(previous_end, 0), part.end)
                if not _SHARE_AFTER.match(text, match.end())
                and not YEAR_FIGURE.fullmatch(match.group())
            ]
            if len(counts) > 1 and part is parts[0]:
                counts = counts[-1:]
            previous_end = part.end
            if len(counts) != 1:
                break
            found.append(counts[0])
        else:
            values = [int(match.group().replace(",", "")) for match in found]
            whole = sum(values)
            if not whole or any(
                abs(100 * value / whole - part.percent) > _POINTS_SLACK  # type: ignore[operator]
                for value, part in zip(values, parts, strict=True)
            ):
                continue
            for part, match, value in zip(parts, found, values, strict=True):
                # the words from the count to the share's parenthesis, less an auxiliary:
                # "690 were recorded in Sinjar (82%)" is labelled "recorded in Sinjar"
                opening = text.rfind("(", match.end(), part.end)
                label = " ".join(text[match.end() : opening].split()).strip(" ,")
                if (auxiliary := _AUXILIARY_START.match(label)) is not None:
                    label = label[auxiliary.end() :]
                part.start = min(part.start, match.start())
                part.category = label if opening > 0 and label else part.category
                part.count = value
            tally.unit = "count"
            if tally.total not in (None, whole):
                tally.total = None  # one of the parts was taken for the whole


# A count with its share in parentheses right after it or its noun: "211,591 (45%)", "612
# (38.2 per cent)", "3,120 applicants (41%)".
_COUNT_THEN_SHARE = re.compile(
    r"(?<![\w.,])(?P<count>\d{1,3}(?:,\d{3})+|\d{1,7})(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){0,3}?"
    r"\s{0,2}\(\s{0,2}"
    r"(?P<share>\d{1,3}(?:\.(?P<decimals>\d{1,2}))?)\s{0,2}(?:%|per\s{1,3}cent|percent)\s{0,2}\)"
)


def with_shares_after_counts(text: str, kept: list[Tally]) -> None:
    """Give each part of a count breakdown the share written right after its count.

    "there were 211,591 (45%) refugees in Dadaab, 211,591 (40%) in Kakuma and 73,693
    (15%) in urban areas": the list readers take the counts; each count's share stands
    in parentheses after it. Only where every part has one and the shares add up to no
    more than 100 (within rounding). Tallies are changed in place.

    Examples
    --------
    >>> text = "There were 900 (45%) in Dadaab and 1,100 (55%) in Kakuma."
    >>> parts = [Part("Dadaab", 900, 11, 30), Part("Kakuma", 1100, 35, 58)]
    >>> with_shares_after_counts(text, [Tally("breakdown", 11, 58, parts)])
    >>> [p.percent for p in parts]
    [45.0, 55.0]
    """
    for tally in kept:
        parts = tally.parts
        if (
            tally.unit != "count"
            or len(parts) < 2
            or any(part.count is None or part.percent is not None for part in parts)
        ):
            continue
        shares = []
        for index, part in enumerate(parts):
            # the share may close after the part's span ("3,120 applicants (41%)")
            end = parts[index + 1].start if index + 1 < len(parts) else part.end + _SHARE_REACH
            match = next(
                (
                    m
                    for m in _COUNT_THEN_SHARE.finditer(text, part.start, max(part.end, end))
                    if int(m["count"].replace(",", "")) == part.count
                ),
                None,
            )
            if match is None:
                break
            shares.append(match)
        else:
            if sum(float(m["share"]) for m in shares) > 100 + _POINTS_SLACK:
                continue
            for part, match in zip(parts, shares, strict=True):
                part.percent = float(match["share"])
                part.decimals = len(match["decimals"] or "")


def attach_whole_before_cue(text: str, kept: list[Tally]) -> None:
    """Give each breakdown of counts without a total the whole its cue points back at.

    "a caseload of 1.5 million people (including 600,000 children and 350,000 women)":
    the readers of lists take the parts, and the count before "(including", "(of whom",
    ", of which" is their whole where the parts do not exceed it (a whole written
    "around" may fall short of them by a tenth). Tallies are changed in place.

    Examples
    --------
    >>> text = "It reached 900 people (of whom 500 women and 400 men) in May."
    >>> parts = [Part("women", 500, 31, 40), Part("men", 400, 45, 52)]
    >>> tally = Tally("breakdown", 31, 52, parts)
    >>> attach_whole_before_cue(text, [tally])
    >>> tally.total, tally.start
    (900, 11)

    Shares that add up to no more than 100 take the count before ", of which" as their
    whole and its noun as their base ("registered 250 complaints, of which 40 per cent
    related to detention and 25 per cent to torture").
    """
    for tally in kept:
        shares = _shares_of_one_whole(tally)
        if (
            tally.total is not None
            or (tally.unit != "count" and not shares)
            or tally.kind != "breakdown"
            or len(tally.parts) < 2
            or (not shares and any(part.count is None for part in tally.parts))
        ):
            continue
        first = tally.parts[0].start
        approx = _APPROX_BEFORE.search(text, max(0, first - _BEFORE_REACH), first)
        if approx is not None:
            first = approx.start()
        total = sum(part.count or 0 for part in tally.parts)
        whole = _whole(text, max(0, first - _WHOLE_REACH), first, total)
        if whole is not None:
            tally.total, tally.total_qualifier, start = whole
            tally.start = min(tally.start, start)
            if shares and (match := _WHOLE.match(text, start, first)) is not None:
                words = match["noun"].split()  # "persons returned": the noun, not its verb
                cut = next(
                    (at for at in range(1, len(words)) if _ends_noun(_words(match["noun"]), at)),
                    len(words),
                )
                noun = " ".join(words[:cut])
                for part in tally.parts:
                    part.base = part.base or noun
                    part.counted = part.counted or noun


def _shares_of_one_whole(tally: Tally) -> bool:
    """Whether a tally's parts are shares alone that add up to no more than 100."""
    return (
        tally.unit == "percent"
        and all(part.count is None and part.percent is not None for part in tally.parts)
        and sum(part.percent or 0 for part in tally.parts) <= 100 + _POINTS_SLACK
    )
