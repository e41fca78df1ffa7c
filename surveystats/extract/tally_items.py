"""The items of an enumeration: one count or percentage with what the text says about it.

"Ninety-one Governments answered the questionnaire, of which sixty were in favour, eight
partially in favour and twenty-three opposed" has four items. Each is read here on its
own, left to right from the number: a qualifier before it ("some", "the remaining"), the
number, "per cent", an "of" phrase ("of the 15 members", "of Governments"), a share in
parentheses ("(62 per cent)"), the noun it counts ("Governments"), and the verbs that
follow ("were", "voted"). Where the item's label ends is decided by the grammar in
:mod:`~surveystats.extract.tally_enumerations`, which sees the next item.

Numbers that are no counts of a tally (dates, years, references, money, measures,
paragraph numbers) are read too, as items of kind "other": they end an enumeration.

Every pattern here is bounded and tried at most once per number, so reading all the
items of a text is linear in its length.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.phrases import NOT_COORDINATED, QUALIFIERS_BEFORE
from surveystats.extract.tally_parts import GAP, YEAR_FIGURE, read_count, split_members
from surveystats.text import (
    MONTH_PATTERN,
    MONTHS,
    NUMBER_WORDS,
    SCALE_WORDS,
    word_alternation,
    words_to_number,
)
from surveystats.text.words import CARDINAL_WORDS, ORDINAL_WORDS

__all__ = [
    "ASKED_WORDS",
    "CONTRIBUTION_PHRASES",
    "CONTRIBUTION_VERBS",
    "FATE_WORDS",
    "GETTING_VERBS",
    "IN_TOTAL",
    "LOCATORS",
    "NOT_COUNT_AFTER",
    "PERCENT_UNIT",
    "QUALIFIERS",
    "RATE_WORDS",
    "RELATING_VERB",
    "REST_NAMED_AFTER",
    "SAME_THING",
    "STAND_IN_HEADS",
    "SURVEY_WORDS",
    "Item",
    "Number",
    "bound_at",
    "bounds_label",
    "date_in_whole",
    "ends_ratio",
    "find_numbers",
    "follows_exception",
    "is_appositive_part",
    "is_bare_agent",
    "is_bound",
    "is_clause_verb",
    "is_ordinal",
    "is_placed_part",
    "item_starts",
    "items_starting_in",
    "mark_excepted_counts",
    "mask_elision_commas",
    "may_follow_exception",
    "names_no_count",
    "new_number",
    "only_names",
    "places_parallel",
    "places_part_of",
    "read_items",
    "read_value",
    "speaks_of_survey",
    "unlike_nouns_placed",
    "verb_before_object",
    "verb_group",
    "word_set",
    "year_in_base",
    "year_in_whole",
]

# A number: digits (a decimal only matters for a percentage), "none", or number words.
# Three patterns, each starting on a character set the engine can skip to (digits, or a
# lookbehind before a literal letter), scan several times faster than one alternation.
# (at most nine digits, or four groups of thousands: a longer run is no count; digits
# after a name and a plus sign name a meeting or review: "Beijing+10", "Rio+20")
_DIGITS = re.compile(
    r"\d(?<![\w.,/\\-]\d)(?<![A-Za-z]\+\d)"
    r"(?:\d{0,2}(?:,\d{3}){1,4}|\d{0,8})(?:\.\d{1,3})?(?![\w/]|[.,]\d)"
)
# A number word after the character before it, matched, not looked behind at: the engine
# skips to that character on one comparison (about 1.3x faster over the corpus); a word
# right at the start of the search (or a word alone) is matched by _WORD_AT_START.
_WORDS = re.compile(rf"[^A-Za-z0-9-]({NUMBER_WORDS})(?![A-Za-z-])")
_WORD_AT_START = re.compile(rf"{NUMBER_WORDS}(?![A-Za-z-])")
_GLUED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
# "none" in any case in the word kinds of a text (see _number_words_in): where "none" or
# "None" stands in the text, this finds it; "one" and what stands around it is checked in
# the text after (a scan of the kinds, already made for the number words, is faster than
# one of the text).
_NONE_IN_KINDS = re.compile(rb"none")
_ONE_OF_NONE = re.compile(r"one\b")
_AND = re.compile(r"\s+and\s+")


class Number(NamedTuple):
    """A number as written: where it is, its text and its form (digits, words, none)."""

    start: int
    end: int
    raw: str
    form: str


#: ``Number`` from the tuple of its fields, ``new_number((0, 2, "12", "digits"))``: the
#: same Number without the Python frame of a NamedTuple's ``__new__`` (about twice as fast;
#: a document has thousands of numbers).
new_number: Callable[[tuple[int, int, str, str]], Number] = functools.partial(tuple.__new__, Number)


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """The numbers of ``text[start:end]`` in order (three scans, merged).

    Examples
    --------
    >>> [(n.raw, n.form) for n in find_numbers("Forty States, none against, 3 abstaining")]
    [('Forty', 'words'), ('none', 'none'), ('3', 'digits')]
    """
    end = len(text) if end is None else end
    # one byte a character, "?" for one beyond ASCII, from the character before the part
    # read (what stands before a number decides whether it is one)
    offset = max(start - 1, 0)
    written = text[offset:end].encode("ascii", "replace")
    found = [
        new_number((m.start(), m.end(), m.group(), "digits"))
        for m in _digits_in(text, written, offset, start, end)
    ]
    words_from = start
    first = _WORD_AT_START.match(text, start, end)
    if first is not None and (start == 0 or text[start - 1] not in _GLUED):
        found.append(Number(start, first.end(), first.group(), "words"))
        words_from = first.end()
    word_kinds = written.translate(_WORD_KINDS)
    for m in _number_words_in(text, word_kinds, offset, words_from, end):
        if m.group(1) == "one" and _is_pronoun_subject(text, m.start(1), m.end(1)):
            continue
        found.extend(_numbers_joined_by_and(m.start(1), m.group(1)))
    for kind in _NONE_IN_KINDS.finditer(word_kinds, start - offset):
        first = kind.start() + offset  # not glued to a word before it ("anyone")
        m = _ONE_OF_NONE.match(text, first + 1, end) if text[first] in "Nn" else None
        if m is not None and (first == 0 or not text[first - 1].isalpha()):
            found.append(Number(first, m.end(), text[first : m.end()], "none"))
    found.sort()
    return found


# _DIGITS and _WORDS open on a class of characters, and the engine tries them at every
# character of the class: at every digit, and at every blank or mark before a word. Where
# they may match is found first in the text written as bytes, each character as its kind,
# by a search for a literal blank and what follows it, which runs through the text
# without stopping (a blank before a digit; a blank before a number word in lower case);
# each pattern is then tried there only, in order and each time after its last match, and
# so finds what its ``finditer`` finds. find_numbers costs about 40 % less (a corpus
# sample: 373M instructions before, 215M after).


def _byte_table(kinds: dict[str, str], other: str) -> bytes:
    """A ``bytes.translate`` table: the characters of each key as its value, others ``other``."""
    table = bytearray(other.encode() * 256)
    for characters, kind in kinds.items():
        for character in characters:
            table[ord(character)] = ord(kind)
    return bytes(table)


# A digit as "0"; what may not stand right before a number's first digit (see _DIGITS) as
# "a"; any other character (a blank, a mark, the "?" of one beyond ASCII) as a blank.
_DIGIT_KINDS = _byte_table({string.digits: "0", string.ascii_letters + "_.,/\\-": "a"}, " ")
_BLANK_THEN_DIGIT = re.compile(rb" 0")
# A text with more than one character in this many beyond ASCII (another script's text) is
# scanned for _DIGITS as written: each such character would be looked at in Python here.
_BEYOND_ASCII_SHARE = 20


def _digits_in(text: str, written: bytes, offset: int, start: int, end: int) -> list[re.Match[str]]:
    """``_DIGITS.finditer(text, start, end)``, tried only where a number may start.

    _DIGITS matches only at a digit that no letter, digit or mark of a symbol stands
    before: a blank before a "0" in the digit kinds of ``written`` (``text`` from
    ``offset`` as ASCII bytes), a digit of another script, or a digit that opens the text.
    """
    if not text.isascii() and written.count(b"?") * _BEYOND_ASCII_SHARE > len(written):
        return list(_DIGITS.finditer(text, start, end))
    kinds = written.translate(_DIGIT_KINDS)
    places = [m.end() - 1 + offset for m in _BLANK_THEN_DIGIT.finditer(kinds)]
    if start == 0 and kinds[:1] == b"0":
        places.insert(0, 0)
    if not text.isascii():  # a digit of another script is written "?"
        beyond = written.find(b"?", start - offset)
        while beyond >= 0:
            if text[beyond + offset].isdecimal():
                places.append(beyond + offset)
            beyond = written.find(b"?", beyond + 1)
        places.sort()
    found = []
    last = start
    for place in places:
        if place >= last and (match := _DIGITS.match(text, place, end)) is not None:
            found.append(match)
            last = match.end()
    return found


# A letter in lower case, a digit or "-" as itself; any other character as a blank.
_WORD_KINDS = _byte_table(
    {
        **{letter: letter.lower() for letter in string.ascii_letters},
        **{c: c for c in "0123456789-"},
    },
    " ",
)
# A number word in any case after a blank, in the word kinds: wherever _WORDS matches
# (a number word in lower case, capitalised or in capitals after a character that is no
# letter, digit or "-"), this matches too.
_BLANK_THEN_WORD = re.compile(
    b" "
    + word_alternation([*CARDINAL_WORDS, *ORDINAL_WORDS], cases="lower").encode()
    + b"(?![a-z])"
)


def _number_words_in(
    text: str, kinds: bytes, offset: int, start: int, end: int
) -> list[re.Match[str]]:
    """``_WORDS.finditer(text, start, end)``, tried only after a blank and a number word.

    ``kinds`` is ``text`` from ``offset`` in the word kinds (``_WORD_KINDS``).
    """
    found = []
    last = start
    for place in _BLANK_THEN_WORD.finditer(kinds, start - offset):
        at = place.start() + offset
        if at >= last and (match := _WORDS.match(text, at, end)) is not None:
            found.append(match)
            last = match.end()
    return found


_THAT_BEFORE = re.compile(r"\bthat\s{1,3}$")
_VERB_AFTER_ONE = re.compile(
    r"\s{1,3}(?:was|is|were|had|has|would|will|could|might|existed|exists)\b"
)


def _is_pronoun_subject(text: str, start: int, end: int) -> bool:
    """Whether "one" opens a that-clause as its subject, with no noun: a pronoun.

    "30 per cent that one was being drafted" (one plan), not "that one State had".

    >>> t = "12 reported a plan and 9 that one was being drafted"
    >>> _is_pronoun_subject(t, t.index("one"), t.index("one") + 3)
    True
    >>> t = "9 reported that one State had left"
    >>> _is_pronoun_subject(t, t.index("one"), t.index("one") + 3)
    False
    """
    return (
        _THAT_BEFORE.search(text, max(0, start - 8), start) is not None
        and _VERB_AFTER_ONE.match(text, end) is not None
    )


def _numbers_joined_by_and(start: int, raw: str) -> list[Number]:
    """The number words of one match: one number, or two that "and" joins in a list.

    "and" belongs inside a number only after a scale word ("one hundred and ten"); where
    the words joined by it make no number ("developing one and ten (21 per cent) had
    none"), each side is a number of its own.

    >>> [n.raw for n in _numbers_joined_by_and(0, "one hundred and ten")]
    ['one hundred and ten']
    >>> [(n.start, n.raw) for n in _numbers_joined_by_and(0, "one and ten")]
    [(0, 'one'), (8, 'ten')]
    """
    if " and" not in raw or words_to_number(raw) is not None:
        return [new_number((start, start + len(raw), raw, "words"))]
    numbers, at = [], 0
    for joint in [*_AND.finditer(raw), None]:
        stop = len(raw) if joint is None else joint.start()
        numbers.append(new_number((start + at, start + stop, raw[at:stop], "words")))
        at = stop if joint is None else joint.end()
    return numbers


#: Words before a number that qualify it -> the qualifier of the numbers table. It *is* the
#: numbers' table (:data:`surveystats.extract.phrases.QUALIFIERS_BEFORE`), so a count reads
#: the same qualifier in a tally as in ``extract_numbers`` ("nearly 40" is less_than).
QUALIFIERS = QUALIFIERS_BEFORE
_QUALIFIER_WORDS = "|".join(
    sorted((re.escape(q).replace(r"\ ", r"\s{1,3}") for q in QUALIFIERS), key=len, reverse=True)
)
_MONTH_WORDS = word_alternation(MONTHS, cases="capitalised")
_SCALE = "|".join(SCALE_WORDS)
# Units after a number, in any case with the scale words (NOT_COUNT_AFTER). They are spelt
# there as a trie of their letters (word_alternation) inside "(?i:...)": the engine tries
# one branch per first letter, where an alternation of the words tried each word (about
# 1 microsecond a number, most numbers being followed by none of them).
_UNITS_AFTER = """
    dozen year years month months week weeks day days hour hours minute minutes seconds
    decade decades centuries century km km2 kilometre kilometres kilometer kilometers metre
    metres meter meters mile miles ton tons tonne tonnes kg kilogram kilograms gram grams
    gramme grammes gr g mg ml cl lb lbs oz ounce ounces cm mm acre acres gallon gallons
    hectare hectares ha litre litres liter liters barrel barrels dollar dollars euro euros
    franc francs pound pounds yen rupee rupees times fold point points degree degrees vote
    votes abstention abstentions
"""
# The kinds of number that are not counts of a tally, by what comes after them. Each kind
# but a row of figures opens on a character that is no blank, so the blanks before it are
# taken whole ("{0,3}+", not given back and tried again); a row of figures is the last
# alternative, as the first blanks and then at most three more before its figure.
NOT_COUNT_AFTER = re.compile(
    rf"""
    \s{{0,3}}+(?:
        (?:{_MONTH_WORDS})\b
      | (?i:{word_alternation([*SCALE_WORDS, *_UNITS_AFTER.split()], cases="lower")}
          |a\.m\.|p\.m\.|o'clock|percentage{GAP}points?)\b
      | second\b(?!\s{{1,3}}[a-z])  # "33 second periodic reports": an ordinal, no unit
      | [-–]\s{{0,2}}\d
      | to\s{{1,3}}\d(?!\d{{3}}/\d)  # "8 to 2017/18": a financial period, no range
      | /\d
      | \.\d
    )
    | \s{{1,6}}\d                     # "1 1 1", "5 6": a row of figures, no count
    """,
    re.VERBOSE,
)
# "20 and 25 per cent", "20 to 25 per cent": digits that are the first end of a range or
# pair of shares. Number words are not ("were drafting one and 25 per cent had none").
_FIRST_OF_SHARES = re.compile(
    r"\s{0,3}(?:and|to|or)\s{1,3}\d{1,3}\s{0,3}(?:per\s{0,3}cent|percent|%)\b"
)
#: "per cent", "percent" or "%" right after a figure.
PERCENT_UNIT = re.compile(r"\s{0,3}(?:per\s{0,3}cent\b|percent\b|%)")
# "24, 63 and 13 per cent": a list of three or more bare figures that one "per cent" ends
# is a list of shares (the unit written once, after the last).
_SHARED_PERCENT = re.compile(
    r"\s{0,3},\s{0,3}\d{1,3}(?:\.\d{1,2})?"
    r"(?:\s{0,3},\s{0,3}\d{1,3}(?:\.\d{1,2})?){0,8}"
    r"\s{0,3},?\s{1,3}and\s{1,3}\d{1,3}(?:\.\d{1,2})?\s{0,3}(?:per\s{0,3}cent\b|percent\b|%)"
    r"|\s{0,3},?\s{1,3}and\s{1,3}\d{1,3}(?:\.\d{1,2})?\s{0,3}(?:per\s{0,3}cent\b|percent\b|%)"
)
_NOTHING = re.compile("")
# "2.4 million" after digits: a count in that scale (what follows it is checked as for
# any count: "2.4 million dollars" is money, no count).
_SCALE_AFTER = re.compile(r"\s{1,3}(?P<scale>thousand|million|billion)\b")
_SCALE_STARTS = tuple(f"{blank}{word}" for blank in " \n" for word in ("thou", "mill", "bill"))
# After a total: the verb that says its parts follow. "The 48 least developed countries
# comprise ...", "The 193 Member States are grouped as follows:", "The Mission's 1,240
# staff consist of ...", "The 60 projects break down as follows:", "The 57 requests for
# interim measures received during the period were broken down as follows:".
_COMPOSED = re.compile(
    rf"""
    (?:{GAP}[\w'’-]{{1,30}}){{0,9}}?{GAP}
    (?:
        comprise[sd]?|consist(?:s|ed)?{GAP}of|include[sd]?
      | (?:is|are|was|were){GAP}(?:made{GAP}up|composed|comprised){GAP}of
      | (?:is|are|was|were){GAP}(?:grouped|distributed|divided|broken{GAP}down|classified|split)
        {GAP}(?:as{GAP}follows|into|among|between)
      | (?:is|are|was|were){GAP}as{GAP}follows
      | break(?:s)?{GAP}down(?:{GAP}as{GAP}follows)?
      # "The 1.6 million refugees hosted in Uganda come mainly from A (57 per cent), ..."
      | (?:come|comes|came|originated?|originates|are|were){GAP}
        (?:mainly|mostly|largely|primarily|chiefly|predominantly){GAP}from
    )\b
    # a share, no part ("comprise 45 per cent women"); a count with its share in
    # parentheses is a part ("comprised 288 teachers (45 per cent)")
    (?!{GAP}(?:\d|{NUMBER_WORDS})[^:(]{{0,40}}(?:per\s{{0,3}}cent|percent|%))
    """,
    re.VERBOSE,
)
# "employed 5,210 staff, of whom ...", "received 210 communications, of which ...",
# "supported 140 projects, including ...": the object of a verb is the whole its parts split.
# Prepositions that name where a part of a whole is or comes from ("120 in the east").
_PLACE_PREPOSITIONS = ("in", "from", "at", "within", "across", "outside", "inside", "on")
# A share in words, maybe approximate: "almost half", "about a third", "the majority".
_FRACTION_WORDS = (
    rf"(?:(?:more{GAP}than|less{GAP}than|fewer{GAP}than|almost|nearly|about|around|over"
    rf"|some|roughly|just{GAP}under|just{GAP}over){GAP})?"
    rf"(?:half|(?:a|one|two){GAP}(?:third|quarter|fifth)s?|three{GAP}quarters"
    rf"|the{GAP}(?:majority|bulk)|most)"
)
_WHOLE_OF_WHICH_AFTER = re.compile(
    # a dash or a parenthesis may open the part as a comma does: "adopted 57 draft
    # resolutions -- 23 on nuclear weapons --", "(23 on nuclear weapons)"
    rf"(?:{GAP}[\w'’-]{{1,30}}){{1,5}}\s{{0,3}}(?:,|(?<=\s)(?:--|—|–)|\(){GAP}"
    rf"(?:(?:(?:(?:nearly|almost|about|some|over|around|roughly|approximately){GAP})?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|{NUMBER_WORDS})"  # ", 5 of which"
    rf"(?:(?:\.\d{{1,2}})?(?:{GAP}per{GAP}cent|{GAP}percent|%))?{GAP})?"  # ", 38 per cent of whom"
    rf"(?:of|among){GAP}(?:whom|which)|including|comprising|encompassing|consisting{GAP}of"
    # ", almost half of which (48 per cent)", ", the majority of whom": a share in words
    rf"|{_FRACTION_WORDS}{GAP}of{GAP}(?:whom|which)"
    rf"|among{GAP}(?:them|these|those){GAP}(?=\d|{NUMBER_WORDS})"  # ", among them 11 women"
    # ", 14 with recorded votes", ", 120 of them from Africa", ", 20 from staff in the
    # field": one part of the object
    rf"|(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|{NUMBER_WORDS})"
    rf"(?:(?:\.\d{{1,2}})?(?:{GAP}per{GAP}cent|{GAP}percent|%))?{GAP}"  # ", 57 per cent of them"
    rf"(?:with(?:out)?|of{GAP}(?:them|these|those)|being|{'|'.join(_PLACE_PREPOSITIONS)}))\b"
)
# The same with no comma before "including" or "comprising", its first count right after:
# "UNAMA documented 559 civilian casualties including 164 deaths and 395 injured".
_WHOLE_INCLUDING_AFTER = re.compile(
    rf"(?:{GAP}[\w'’-]{{1,30}}){{1,5}}{GAP}(?:including|comprising){GAP}"
    rf"(?:(?:nearly|almost|about|some|over|around|roughly|approximately){GAP})?"
    rf"(?:\d|{NUMBER_WORDS})"
)
# An object "of them" and a place with its count next: "hosted 18 million of them, Europe
# 11 million" (parts of a whole named before, the verb elided after the first).
OF_THEM_THEN_PLACE = re.compile(
    rf"{GAP}of{GAP}(?:them|these|those)\s{{0,3}},{GAP}(?:and{GAP}|while{GAP})?"
    rf"(?:the{GAP})?[A-Z][\w'’-]{{1,25}}(?:{GAP}[A-Z][\w'’-]{{1,25}}){{0,3}}{GAP}"
    rf"(?:(?:some|about|nearly|almost|over){GAP})?(?:\d|{NUMBER_WORDS})"
)
# A label-first object, "of the" the whole it is a part of (its noun may run on), then the
# next label with its count and the verb elided: "Türkiye hosted 3.2 million of the 6.4
# million refugees from the Syrian Arab Republic, Lebanon 784,000 and Jordan 650,000".
_OF_WHOLE_THEN_PLACE = re.compile(
    rf"{GAP}of{GAP}the{GAP}(?:\d{{1,3}}(?:\.\d{{1,2}})?{GAP}(?:million|billion)"
    rf"|\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}){GAP}[a-z][^,;:.()\d]{{0,80}},{GAP}(?:and{GAP}|while{GAP})?"
    rf"(?:the{GAP})?[A-Z][\w'’-]{{1,25}}(?:{GAP}[A-Z][\w'’-]{{1,25}}){{0,3}}{GAP}"
    rf"(?:(?:some|about|nearly|almost|over){GAP})?(?:\d|{NUMBER_WORDS})"
)
# An object, its counted noun, then a label with its count and the verb elided: "Italy
# received 27,800 claims and Greece 8,200" (a part by a label written first, gapped after).
_OBJECT_THEN_GAPPED = re.compile(
    rf"(?:{GAP}[a-z][\w'’-]{{1,25}}){{0,3}}\s{{0,3}}(?:[,;]{GAP}(?:and{GAP})?|{GAP}and{GAP})"
    rf"(?:the{GAP})?[A-Z][\w'’-]{{1,25}}(?:{GAP}[A-Z][\w'’-]{{1,25}}){{0,3}}{GAP}"
    rf"(?:(?:some|about|nearly|almost|over){GAP})?(?:\d|{NUMBER_WORDS})"
)
# "Women held 40 posts and men 55": a label in lower case, its bare count ending the
# clause (no verb in it: "received 40 complaints and resolved 35" is two facts).
_OBJECT_THEN_GAPPED_LOWER = re.compile(
    rf"(?:{GAP}[a-z][\w'’-]{{1,25}}){{0,3}}\s{{0,3}}(?:[,;]{GAP}(?:and{GAP})?|{GAP}and{GAP})"
    rf"(?:the{GAP})?(?P<label>[a-z][\w'’-]{{1,25}}(?:{GAP}[a-z][\w'’-]{{1,25}}){{0,2}}){GAP}"
    rf"(?:(?:some|about|nearly|almost|over){GAP})?(?:\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS})"
    r"\s{0,3}(?:[.;]|,(?!\d)|$|and\s)"
)
# "employed 8,420 national staff and 3,110 international staff": objects of one verb whose
# nouns share their head, each with a modifier of its own, are kinds of one thing.
_OBJECTS_OF_ONE_HEAD = re.compile(
    rf"(?:{GAP}[a-z][\w'’-]{{1,25}}){{1,3}}{GAP}(?P<head>[a-z][\w'’-]{{2,25}})"
    rf"\s{{0,3}}(?:,{GAP}(?:and{GAP})?|{GAP}and{GAP})(?:\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS})"
    rf"(?:{GAP}[a-z][\w'’-]{{1,25}}){{1,3}}?{GAP}(?P=head)\b"
)
# "The Mission recorded 2,274 killed and 2,673 wounded": objects that are people named by
# what befell them, the noun left out; each participle is a part's label.
#: Participles, adjectives and nouns that name people by what befell them, or what
#: befell them: a casualty count's parts ("1,564 civilian deaths and 3,289 injuries").
FATE_WORDS = frozenset(
    (
        *("killed", "dead", "wounded", "injured", "maimed", "missing", "abducted", "detained"),
        *("deaths", "injuries", "fatalities"),
    )
)
_FATES = rf"(?:{'|'.join(sorted(FATE_WORDS))})"
_OBJECTS_OF_FATES = re.compile(
    rf"{GAP}{_FATES}\s{{0,3}}(?:,{GAP}(?:and{GAP})?|{GAP}and{GAP})"
    rf"(?:(?:some|about|nearly|almost|over|at{GAP}least){GAP})?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS}){GAP}(?:others{GAP})?{_FATES}\b"
)
# "The Board received 940 complaints in 2021; 610 were closed, ...": an object whose parts
# follow a semicolon (the enumeration takes it for their whole only where they add up to it).
_OBJECT_THEN_SEMICOLON = re.compile(
    rf"(?:{GAP}[\w'’-]{{1,30}}){{1,5}}\s{{0,3}};{GAP}(?:\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS})"
)
# An object count whose next sentence opens on a part of it: "The Commission received 230
# petitions in 2019. Ninety of these petitions were declared admissible."
# The next sentence may open with a qualifier and write its count with a scale word:
# "The planet has 6 billion inhabitants. Only 1.1 billion of them live in ...", and the
# object's clause may run on past a comma ("has exceeded 100,000, almost twice as many as
# last year. Some 95,000 of these are from Pakistan").
_OBJECT_THEN_OF_THESE_NEXT = re.compile(
    rf"(?:,?{GAP}[\w'’-]{{1,30}}){{0,8}}\s{{0,3}}\.{GAP}"
    rf"(?:(?:only|some|about|around|nearly|almost|over|just|approximately|more{GAP}than"
    rf"|at{GAP}least|an{GAP}estimated){GAP})?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d{{1,2}})?(?:{GAP}(?:thousand|million|billion))?"
    rf"|{NUMBER_WORDS})"
    rf"{GAP}of{GAP}(?:these|those|them)\b",
    re.IGNORECASE,
)
_OF_THESE_REACH = 250  # characters after an object count where its "N of these" may stand
# An object count whose noun goes on with six to twelve words that describe it, then one
# part of it: "vaccinated 1,874,000 children against measles in the first half of the
# year, 52 per cent of them girls" (up to five words: _WHOLE_OF_WHICH_AFTER).
_OBJECT_RUN_ON_THEN_PART = re.compile(
    rf"(?:{GAP}[\w'’-]{{1,30}}){{6,12}}\s{{0,3}},{GAP}"
    rf"(?:(?:of|among){GAP}wh(?:om|ich)|including{GAP}(?:\d|{NUMBER_WORDS})"
    rf"|(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|{NUMBER_WORDS})"
    rf"(?:(?:\.\d{{1,2}})?(?:{GAP}per{GAP}cent|{GAP}percent|%))?{GAP}of{GAP}(?:them|these|those))\b"
)
# An object count, its noun, then ", with" and a count: a whole its parts may follow.
_OBJECT_THEN_WITH = re.compile(
    rf"(?:{GAP}[\w'’-]{{1,30}}){{1,5}}\s{{0,3}},{GAP}with{GAP}"
    rf"(?:(?:some|about|nearly|almost|over){GAP})?(?:\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS})"
)
#: Verbs whose object "N of the M" is one part of a whole split by who gave it: "These
#: countries contributed 67 of the 7,258 police officers deployed". Verbs that pick from
#: a set ("ratified 10 of the 12 conventions", "granted 5 of the 10 licences") do not.
#: So do verbs of holding and causing (session 42): "Women held 41 of the 112 senior
#: posts", "Explosive weapons caused 1,128 of the 1,752 civilian casualties".
CONTRIBUTION_VERBS = frozenset(
    """contributed provided supplied hosted held hold holds occupied caused""".split()  # noqa: SIM905
)
#: The same with a particle: "Women accounted for 38 of the 104 posts", "made up 12 of".
CONTRIBUTION_PHRASES = frozenset(
    (("accounted", "for"), ("account", "for"), ("accounts", "for"), ("made", "up"))
)
#: Verbs by which a survey reports what it found, before the content clause of its finding:
#: "The survey found 76% of refugees want to return" (no "that"): the share is the clause's
#: subject, no object of the verb.
FINDING_VERBS = frozenset(
    """found finds find showed shows show revealed reveals reveal indicated indicates
    suggested suggests""".split()  # noqa: SIM905
)
#: What reports a finding as a survey does: its subject before a verb of finding.
FINDING_SOURCES = frozenset(
    """survey surveys poll polls study studies results findings data research assessment
    assessments questionnaire consultation census""".split()  # noqa: SIM905
)
# A share's whole right after it: "76% of", "64 per cent of the".
_SHARE_OF_AFTER = re.compile(r"\s{1,3}of\s")
# "of the 7,258 police officers" after a part, perhaps after its share ("(14.6 per cent)").
_OF_THE_NUMBER = re.compile(
    r"(?:\s{1,3}\(\d{1,3}(?:\.\d{1,3})?\s{0,3}(?:%|per\s{1,3}cent|percent)\))?"
    rf"{GAP}of{GAP}the{GAP}(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}){GAP}[a-z]"
)
# "The Committee has 18 members: 5 from Africa, ...": a count with a colon after its noun.
_COLON_AFTER_NOUN = re.compile(r"(?:\s{1,3}[\w'’-]{1,30}){1,5}\s{0,3}:")
_HAVE_WORDS = frozenset(("has", "have", "had", "comprises", "comprise", "comprised"))
# "Teams identified 4,120 displaced persons in the district: 61 per cent ...": an object
# whose shares follow a colon (the share is of that object).
_COLON_THEN_SHARE = re.compile(
    rf"(?:\s{{1,3}}[\w'’-]{{1,30}}){{1,8}}\s{{0,3}}:\s{{0,3}}"
    rf"(?:(?:about|some|nearly|almost|over|around|roughly){GAP})?"
    rf"(?:\d{{1,3}}(?:\.\d{{1,2}})?|{NUMBER_WORDS})(?:{GAP}(?:per{GAP}cent|percent)\b|\s{{0,2}}%)"
)
# "The plan sought to reach 6.8 million people: 3.5 million children, 1.9 million ...": an
# object whose counted parts follow a colon.
_COLON_THEN_COUNTED = re.compile(
    rf"(?:\s{{1,3}}(?!(?:were|was|are|is|been|had|have|has|be)\b)[\w'’-]{{1,30}}){{1,5}}"
    rf"\s{{0,3}}:\s{{0,3}}(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d{{1,2}})?"
    r"(?:\s{1,3}(?:thousand|million|billion))?|"
    rf"{NUMBER_WORDS})\s{{1,3}}[a-z][\w'’-]{{2,30}}"
)
# "The Fund made 45 grants: 25 to non-governmental organizations, 14 to Governments ...":
# an object whose parts follow a colon, each labelled by a preposition.
# A clause before the colon ("120 replies were received: 70 in support ...") makes the
# parts answers, and stances are no places.
# The farthest the colon of _COLON_THEN_SHARE may stand after a count (eight words of 33
# characters and three blanks): where no colon stands that near, none of the colon
# patterns after a count can match.
_COLON_REACH = 8 * 33 + 3 + 1
_COLON_THEN_PREPOSITION = re.compile(
    rf"(?:\s{{1,3}}(?!(?:were|was|are|is|been|had|have|has|be)\b)[\w'’-]{{1,30}}){{1,5}}"
    rf"\s{{0,3}}:\s{{0,3}}(?:\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS})"
    r"\s{1,3}(?:to|from|for|in(?!\s(?:support|favou?r|opposition)\b)|by|with|on|at)\s"
)
#: Verbs after which a share is what a holder has of a whole ("hosted 38 per cent").
SHARE_VERBS = frozenset(
    [
        "represented",
        "represent",
        "constituted",
        "constitute",
        "received",
        "receives",
        "absorbed",
        "absorbs",
        "attracted",
        "attracts",
        "allocate",
        "allocated",
        "allocates",
        "devote",
        "devoted",
        "devotes",
        "held",
        "hold",
        "holds",
        "owned",
        "own",
        "owns",
        "controlled",
        "control",
        "controls",
        "hosted",
        "host",
        "employ",
        "employs",
        "employed",
        "hosts",
        "contributed",
        "contribute",
        "contributes",
        "provided",
        "provide",
        "provides",
        # a party's share of the vote: "The coalition took 46.2 per cent of the vote, ..."
        "took",
        "take",
        "takes",
        # an agent's share of what was done: "..., with ground fighting causing 31 per cent"
        # (tally_attributions)
        "caused",
        "causing",
        "inflicted",
        "inflicting",
        "committed",
        "committing",
        "perpetrated",
        "perpetrating",
    ]
)
_POSSESSIVES = frozenset(("our", "his", "her", "my", "your"))
# "of the 15 members", "of the countries surveyed", "of Governments", "of them"; "out of
# 10 respondents" states the whole as "of the 10 respondents" does, and so does the size of
# a body before its name: "of the 15-member Council" (its members are the whole)
_OF = re.compile(
    rf"""
    {GAP}(?:out{GAP})?of{GAP}
    (?:
        # "of these 96 country responses": a determiner before the whole's count
        (?P<pronoun>them|these|those|which|whom|us|it|this)\b(?!{GAP}\d)
      | (?:(?P<det>(?:the{GAP})?(?:[A-Z][A-Za-z.-]{{1,30}}{GAP}){{0,3}}  # "the European Union's"
                [A-Z][A-Za-z-]{{1,30}}(?:['’]s|(?<=s)['’])  # "of the Council's 15 members"
                |the{GAP}[a-z][a-z-]{{1,30}}['’]s  # "of the council's 15 members"
                |the{GAP}(?:top|leading|largest|main)  # "4 out of the top 10 contributors"
                # "10,032 out of the total 30,364 respondents", "of a total of 64"
                |(?:the{GAP}total|a{GAP}total{GAP}of)(?={GAP}\d)
                |the|all|these|those|its|their|our|his|her|my|your){GAP})?
        (?:(?:more{GAP}than|over|some|nearly|almost|about|approximately|around){GAP}
           (?=\d))?  # "85 per cent of more than 25,000 women surveyed"
        (?:(?P<of_total>\d{{1,3}}(?:,\d{{3}})+|\d{{1,5}}|{NUMBER_WORDS})
           (?:(?P<member_body>-member)|(?![\w.,]\w)){GAP})?
        (?=[A-Za-z])
    )
    """,
    re.VERBOSE,
)
_POSSESSIVE = re.compile(r"\w['’](?:s\b|\s)")
# The verb right after the count of a whole whose noun is understood: "23 out of 53 voted
# in favour", "nine of the 15 had replied" (the part's verb; a noun after the count is the
# whole's, read by _noun_phrase)
_WHOLE_NOUN_ELIDED = re.compile(
    r"[ \t]{1,3}(?P<verb>[a-z]{2,20})\b"
    r"(?![ \t]{1,3}(?:needed|required|necessary)\b)"  # "12 of the 15 were needed": a threshold
)
# The start of a sentence right before a count: "... to the Board. Three of the ..."
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’)]?\s{1,3})$")
# "(China, France and the United Kingdom)" after a count and its noun: who they are.
_NAMES = re.compile(r"\s{0,3}\((?P<names>[A-Z][^()\d]{1,300})\)")
# ", Bolivia, Chad and Fiji," between a count's noun and its verb: who they are. Each
# name starts with a capital; the list ends with "and" and a name, then a comma.
_NAME = r"(?:the\s{1,3})?[A-Z][\w'’.-]{0,30}(?:\s{1,3}(?:of|and\sthe|the|[A-Z][\w'’.-]{0,30})){0,6}"
_APPOSITIVE = re.compile(
    rf",\s{{1,3}}(?P<names>{_NAME}(?:,\s{{1,3}}{_NAME}){{0,20}},?\s{{1,3}}and\s{{1,3}}{_NAME}),"
    r"(?=\s{1,3}[a-z])"
)
# The same between dashes: "Five Member States — Austria, Chile and Peru — replied".
# Some of the counted named after "including", then the count's verb: "35 nations including
# China and India abstained" (no comma: the names are no members, only some of them).
_INCLUDING_NAMED = re.compile(
    rf" including\s{{1,3}}{_NAME}(?:,\s{{1,3}}{_NAME}){{0,8}}(?:,?\s{{1,3}}and\s{{1,3}}{_NAME})?"
    r"\s{1,3}(?P<verb>[a-z]{2,20})\b"
)
_DASHED_APPOSITIVE = re.compile(
    rf"\s{{0,3}}(?P<dash>[—–]|--)\s{{0,3}}"
    rf"(?P<names>{_NAME}(?:,\s{{1,3}}{_NAME}){{0,20}},?\s{{1,3}}and\s{{1,3}}{_NAME})"
    r"\s{0,3}(?P=dash)(?=\s{1,3}[a-z])"
)
# A count and its noun that open a parenthesis, then the count's share closing it: "Chad
# (26 cases, 10 per cent)". The share is the count's, no item of its own.
_SHARE_CLOSING_PAREN = re.compile(
    r",\s{1,3}(?P<share>\d{1,3}(?:\.\d{1,3})?)\s{0,3}(?:per\s{0,3}cent|percent|%)\s{0,3}\)"
)
#: The words that set a count's share in apposition after it: ", or 31 per cent,",
#: ", representing 31 per cent,", ", equivalent to 31 per cent,".
SHARE_APPOSITION = r"(?:or|representing|equivalent\s{1,3}to|equal\s{1,3}to|corresponding\s{1,3}to)"
# "(62 per cent)", ", or 31 per cent," right after a count: its share. The comma that
# closes ", or 31 per cent," closes the apposition, no list: it is the share's own.
_SHARE = re.compile(
    rf"\s{{0,3}}(?:[(\[]\s{{0,2}}|(?P<or>,\s{{1,3}}{SHARE_APPOSITION}\s{{1,3}})|\s)"
    r"(?P<share>\d{1,3}(?:\.\d{1,3})?)\s{0,3}(?:per\s{0,3}cent|percent|%)"
    # "(62 per cent)", "[36%]"
    r"(?:\s{0,3}[)\]]|(?(or)\s{0,3},(?=\s{1,3}[a-z])|(?!))|(?=\s{0,3}[,;]))"
)


def word_set(words: str) -> frozenset[str]:
    """The words of a whitespace-separated list, as a set (lists of words read better so)."""
    return frozenset(words.split())


#: Verbs and auxiliaries that end a noun phrase and start a predicate.
AUXILIARIES = word_set(
    """
    were was are is be been being had have has would could should might may will shall
    must can cannot did do does not still also already only further then now all both
    each either reportedly currently actually
    """
)
#: Verbs in the past tense (or past participle): they follow any count.
PAST_VERBS = word_set(
    """
    said stated indicated reported replied responded answered supported backed opposed favoured
    favored preferred expressed considered agreed disagreed voted abstained chose
    rejected accepted felt believed thought gave provided submitted ratified signed
    acceded noted mentioned cited identified declared planned intended wished wanted
    requested called saw found rated described judged returned sent completed welcomed
    endorsed objected offered made took lacked reached met received viewed regarded
    perceived attended participated applied used adopted established introduced enacted
    implemented maintained raised lowered increased decreased reduced came went lived
    worked remained became included contained showed suggested proposed recommended
    urged pledged contributed paid owed failed refused declined belonged resided held
    kept needed required allowed permitted banned prohibited allocated spent employed
    hosted accounted represented sought aimed targeted continued opted voiced filed
    referred
    """
)
# The verbs that may follow the count of a whole whose noun is understood ("23 out of 53
# voted in favour", "nine of the 15 had replied"): a finite verb of the part, which no
# participle after the whole can be ("12 of the 30 made in 2015", "one of seven adopted
# by a recorded vote": the whole's own words), so only verbs that take no object
_ELIDED_WHOLE_VERBS = word_set(
    """
    voted abstained replied responded answered agreed disagreed objected declined refused
    participated were had did have
    """
)
#: Verbs in the present tense, plural: they follow a count above one ("12 States support").
PRESENT_VERBS = word_set(
    """
    support oppose favour favor prefer consider agree disagree believe think report
    indicate say live work come belong reside lack use receive include participate
    intend plan want wish expect see feel find regard view rate describe judge hold keep
    need require provide offer allow permit ban prohibit allocate spend employ host
    account represent seek aim target continue choose opt depend rely consult know suffer
    remain attend contribute accept reject identify cite mention
    """
)
VERBS = PAST_VERBS | PRESENT_VERBS


def is_clause_verb(word: str) -> bool:
    """Whether a word is a verb a share's clause does ("say", "believes", "feeling").

    >>> is_clause_verb("believes"), is_clause_verb("feeling"), is_clause_verb("refugees")
    (True, True, False)
    """
    word = word.lower()
    return (
        word in VERBS
        or word in AUXILIARIES
        or (word.endswith("s") and word[:-1] in VERBS)
        or word.endswith(("ed", "ing"))
    )


#: Verbs of judging: what follows them (after "as" or "to be") is a rating, the label of
#: the share or count it holds ("judged satisfactory in 64 per cent of the facilities").
JUDGING_VERBS = word_set(
    """
    rated graded scored described judged assessed evaluated considered regarded deemed
    classified found viewed perceived
    """
)
# Verbs that say what a count is about, read as a count's verb after it ("48 concerned
# Europe") but not as a verb that takes a number as its object ("concerned 44 cases of
# land seizure, 31 of forced labour": the items of a list).
_ABOUT_VERBS = word_set("concerned related involved")
#: A verb that says what a count is about, at the start of a label: its object is the
#: category ("48 concerned Europe", "95 related to recruitment", "40 involved children").
RELATING_VERB = re.compile(
    r"^(?:concern(?:ed|s)?|relat(?:ed|es?)\s(?:mainly\s)?to|involv(?:ed|es?))\s(?=\S)"
)
#: Verbs of getting, keeping or recording counted things, in the past tense (the present
#: is often a noun: "records", "counts"): each later subject got, kept or recorded its own
#: share of them ("Darfur recorded 1,108 incidents, Kordofan 412"; "the coalition took 78
#: seats, the governing party 71").
GETTING_VERBS = word_set(
    """
    obtained won took secured gained captured recorded registered logged counted documented
    verified hosted provided contributed deployed employed enrolled sheltered drew
    submitted supplied furnished seconded assigned trained treated vaccinated resettled
    repatriated admitted funded financed sponsored handled processed reported
    accommodated housed
    """
)
PREPOSITIONS = word_set(
    """
    in to with for from on at by as against into under over per than without within
    between among during after before since until through like via towards toward along
    including except outside inside across behind beyond near off out up upon despite
    regarding concerning about around
    """
)
_NP_STOP = (
    AUXILIARIES
    | VERBS
    | PREPOSITIONS
    | word_set(
        """
        and or but while whereas nor so yet that which who whom whose where when the a
        an this these those its their his her our my your such no any every many most
        few several other another of partially partly strongly generally fully largely
        mostly somewhat slightly very totally completely entirely never always often
        rarely neither just per cent percent respectively altogether overall total there
        here it they them he she we you i comprise comprises comprised consist consists
        consisted break breaks
        """
    )
)
#: Participles that belong to the noun they follow: "the countries surveyed".
PARTICIPLES = word_set(
    """
    consulted surveyed sent contacted approached invited asked polled interviewed
    questioned visited reviewed studied examined sampled listed concerned covered
    responding replying reporting participating concerned affected involved
    """
)
# Peoples named in the plural by "-is" ("1,119 Iraqis were killed"), which is no plural
# ending of other nouns ("analysis", "crisis"), and peoples whose name is its own plural
# ("1,200 Sudanese", "400 Rohingya").
_PEOPLES_NOT_IN_S = word_set(
    """
    iraqis israelis somalis pakistanis yemenis saudis kuwaitis qataris omanis bahrainis
    emiratis bangladeshis azerbaijanis nepalis malawis burundis afghanis
    sudanese congolese lebanese burmese vietnamese chinese japanese senegalese togolese
    nepalese maltese portuguese guinese rohingya
    """
)
_IRREGULAR_PLURALS = (
    word_set(
        """
        people persons children women men staff personnel police youth data media
        respondents
        """
    )
    | _PEOPLES_NOT_IN_S
)
# Collective nouns that count people after a number other than one ("537 faculty", "12
# crew"; "one faculty" is a school).
_COLLECTIVE_PEOPLE = word_set("faculty crew clergy")
# Plurals in "-men" and "-women" of one word ("policemen", "servicewomen", "gunmen"),
# not the singulars that end so ("specimen", "regimen", "abdomen").
_COMPOUND_MEN = re.compile(r"[a-z]{3,12}(?:wo)?men")
_SINGULAR_MEN = word_set(
    """
    specimen regimen abdomen acumen albumen bitumen cognomen catechumen foramen gravamen
    stamen dolmen
    """
)
# Peoples most often counted in UN texts: a count of them counts people ("1,000 Israelis
# were killed and 2,806 people were injured").
_PEOPLES = _PEOPLES_NOT_IN_S | word_set(
    """
    afghans syrians palestinians ukrainians russians ethiopians eritreans venezuelans
    haitians libyans malians nigerians nigeriens burundians rwandans colombians iranians
    jordanians egyptians tunisians moroccans algerians indians cameroonians chadians
    liberians ivorians guineans mauritanians kenyans ugandans tanzanians zimbabweans
    mozambicans angolans zambians namibians cubans mexicans hondurans guatemalans
    salvadorans nicaraguans peruvians bolivians ecuadorians filipinos indonesians
    cambodians thais armenians georgians kurds yazidis uighurs uyghurs tamils
    """
)
#: Head nouns that count people: counts of them are headcounts of one whole, whatever
#: their kinds ("12,400 troops, 1,300 police and 2,100 civilian staff").
PEOPLE_NOUNS = (
    word_set(
        """
    people persons individuals refugees migrants staff personnel participants victims
    civilians children workers students pupils beneficiaries returnees asylum-seekers
    detainees prisoners employees officers troops casualties residents inhabitants
    women men girls boys police soldiers observers volunteers journalists peacekeepers
    teachers nurses doctors patients survivors defenders activists trainees farmers
    fighters combatants adults adolescents nationals citizens minors infants newborns
    orphans widows
    """
    )
    | _PEOPLES
    # the acronyms official English writes groups of people with, as lower() spells them:
    # internally displaced persons, UN Volunteers, community health workers
    | word_set("idps unvs chws")
)


#: Nouns that stand for the noun of a count before them: "12 killed and 5 others injured".
STAND_IN_HEADS = frozenset(("other", "one", "more"))


# Nouns that count one thing: "seven drafts on UNRWA and five texts on the Special Committee"
# (drafts are texts); allegations are the cases a report on misconduct counts ("two
# allegations were found unsubstantiated, while 16 cases are being investigated"), though
# complaints filed and cases referred are different things; organizations applying for
# status and their applications are one set of applications. Countries are named by
# three nouns in news and official English alike ("120 nations supported the text, and 30
# countries opposed it", "141 States voted for it, while 35 countries abstained").
SAME_THING = {
    "nation": "countrie",
    "state": "countrie",
    "draft": "text",
    "allegation": "case",
    "organization": "application",
    "organisation": "application",
    "entitie": "application",
}


def unlike_nouns_placed(counted: list[str | None], labels: list[str | None]) -> bool:
    """Whether every part counts a thing of its own and says more of it than the noun.

    "The Mission lost 12 vehicles owing to floods and 4 helicopters in the same period",
    "The Office opened 14 cases in Geneva and 3 investigations in Nairobi": two kinds of
    thing, each with its own circumstance, are no categories of one whole. Nouns alone are
    categories ("received from 31 States and 4 agencies"), and so are nouns of one head
    ("40 Professional posts in Juba and 12 Field Service posts in Wau") and kinds of
    people ("30 boys were recruited in the north and 12 girls in the south").

    >>> unlike_nouns_placed(["cases", "investigations"], ["Geneva", "Nairobi"])
    True
    >>> unlike_nouns_placed(["States", "agencies"], ["States", "agencies"])
    False
    >>> unlike_nouns_placed(["boys", "girls"], ["the north", "the south"])
    False
    """
    if any(not noun for noun in counted):
        return False
    nouns = [noun.split()[-1].lower() for noun in counted]  # type: ignore[union-attr]
    if any(noun in PEOPLE_NOUNS for noun in nouns):
        return False
    heads = {SAME_THING.get(noun.rstrip("s"), noun.rstrip("s")) for noun in nouns}
    if len(heads) < len(counted) or heads & STAND_IN_HEADS:
        return False
    return all(
        label and label not in noun and not label.startswith(f"{noun} ")
        for label, noun in zip(labels, counted, strict=True)
    )


_NOT_PLURAL = word_set(
    """
    its this his was has is us yes thus less unless plus across as does various numerous
    previous serious always perhaps whereas
    """
)
# The ends of English nouns, and the nouns a tally counts one of.
_SINGULAR = re.compile(
    r"(?:tion|sion|ment|ity|er|or|ent|ant|ary|ist|cy|ship|ness|ence|ance|age|ure)$|^(?:"
    r"member|country|state|delegation|agency|party|body|group|region|reply|response|vote|"
    r"case|person|child|woman|man|territory|government|organization|organisation|"
    r"respondent|office|entity|institution|abstention|school|city|district|province)$"
)
# Words after a noun that are no verb of it.
_NOT_VERBS = word_set("per cent percent respectively each apiece only alone together")
_THIRD_PERSON = re.compile(r"[a-z]{3,}[^s]s")
_NP_WORD = re.compile(r"\s{1,3}(?P<word>[A-Za-z][\w'’-]{0,30})(?![\w'’-])")
_OF_INSIDE = re.compile(r"\s{1,3}of(?:\s{1,3}the)?(?=\s{1,3}[A-Za-z])")
# A fixed qualifier that names a group with its noun: "persons with disabilities",
# "countries with data", "households without children" (a count after "with" is none).
_WITH_QUALIFIER = re.compile(
    r"\s{1,3}with(?:out)?\s{1,3}(?:(?:intellectual|physical|psychosocial|sensory)\s{1,3})?"
    r"(?:disabilities|HIV(?:/AIDS)?|data|children|dependants|dependents|albinism)\b"
)


#: Verbs of a clause that states how many answered: its count is a total or a survey fact.
RESPONSE_VERBS = word_set(
    """
    replied responded answered returned received participated reported
    """
)
_RESPONSE_NOUNS = (
    r"replies|responses|answers|questionnaires|returns|submissions|comments|contributions|"
    r"communications|observations|views|reports|information|notifications|reply|response|"
    r"data|inputs"
)
# "replies were received from", "had received responses from", "responses from",
# "questionnaires were returned by", "replies came from", "information provided by"
_RESPONSE_FROM = re.compile(
    rf"""
    (?:
        \breceived{GAP}(?:(?:a|the|written|formal|official|national|their|its|completed|
          filled-in|duly)\s){{0,2}}(?i:{_RESPONSE_NOUNS}|questionnaire)
          (?:{GAP}[\w'’-]+){{0,10}}?  # "to its list of issues", "to the note verbale of
                                     # 12 January 1983": a date takes three words
      | \b(?:(?i:{_RESPONSE_NOUNS}|questionnaire|survey|[ie]nquir(?:y|ies))
          |[Qq]uestions?(?={GAP}\d))  # "Question 7 was answered by": a numbered question
        (?:,?{GAP}[\w'’-]+){{0,12}}?,?{GAP}  # ", on migration,": an aside in commas
          (?:were|was|(?:have|had|has)(?:{GAP}(?:so{GAP}far|also|since|now|already))?{GAP}been)
          (?:{GAP}(?:also|further|subsequently|since|later))?  # "were also received"
          {GAP}  # "Replies to the note verbale were received"
          (?:received|returned|submitted|completed|answered|provided|sent|transmitted|
          obtained|collected|furnished|communicated|supplied|
          filled{GAP}(?:in|out))  # "responses were obtained from"
      | \b(?i:{_RESPONSE_NOUNS}){GAP}  # "information provided by": the participle after it
          (?:received|returned|submitted|provided|transmitted)
      | \b(?i:replies|responses|answers|questionnaires)(?:{GAP}to{GAP}the{GAP}[a-z]+)?
          (?:{GAP}(?:(?:had|have|has){GAP})?(?:came|come|arrived)(?:{GAP}in)?)?  # "had come in"
    )
    {GAP}(?:from|by){GAP}(?:(?i:a{GAP}total{GAP}of|{_QUALIFIER_WORDS}){GAP})?$
    """,
    re.VERBOSE,
)


#: The rest of a whole named after its counted parts, with no count of its own: "...,
#: 300 women and the rest minors", "... and the remainder cash transfers". Matched right
#: after the last part's count, within its clause.
REST_NAMED_AFTER = re.compile(
    r"[^.;:]{0,80}?\s(?:and|while|whereas)\s{1,3}the\s{1,3}(?:remainder|rest|others)\b"
)


# Words of asking and answering: replies, respondents, a questionnaire, a survey, a poll.
# "response" before a noun it modifies ("the humanitarian response plan", "rapid response
# teams") names an action, no answer.
_ASKED = (
    r"repl(?:y|ies|ied)|respon(?:d|ds|ded|dents?|ses|ding)|answer(?:s|ed)?|questionnaires?"
    r"|response(?!\s{1,3}(?:plans?|teams?|capacit(?:y|ies)|mechanisms?|operations?|efforts?"
    r"|funds?|frameworks?|strateg(?:y|ies)|programmes?|measures?|activities|services"
    r"|coordination|partners?|times?)\b)"
    r"|surveys?|surveyed|polls?|polled|interview(?:s|ed)|canvassed"
)
#: Words of asking and answering alone (no verbs of opinion or report).
ASKED_WORDS = re.compile(rf"\b(?:{_ASKED})\b", re.IGNORECASE)
#: What a figure measures when it is no count of a group: rates, levels, prices. Shared by
#: the readers of parallel lists (:mod:`~surveystats.extract.tally_lists`,
#: :mod:`~surveystats.extract.tally_parallel`).
RATE_WORDS = re.compile(
    r"\b(?:(?:rates?|ratios?|index|indices|averages?|mean|median|levels?|prices?|scores?|"
    r"density|per\s{1,3}capita|GDP|GNP|GNI|growth|inflation|unemployment|temperatures?|"
    r"expectancy|literacy|mortality|prevalence|incidence|coverage)\b|per\s{1,3}\d)",
    re.IGNORECASE,
)
#: What a sentence about a survey says: replies, a questionnaire, respondents, those asked,
# what they answered or reported, or opinions ("in favour", "opposed").
SURVEY_WORDS = re.compile(
    rf"\b(?:{_ASKED}|consult(?:ed|ation|ations)"
    r"|invited|asked|requested|in\s{1,3}favou?r|against|opposed|undecided|supported"
    r"|agreed|disagreed|indicated|said|stated|considered|expressed|felt|viewed|reported"
    r"|provided\s{1,3}(?:data|information)|submitted\s{1,3}(?:data|information))\b",
    re.IGNORECASE,
)
# Words of telling whose passive or attributive use names what was told, not who told
# it: "318 cases were reported", "of the 594 reported attacks", "were considered serious".
_TOLD = frozenset(("reported", "said", "stated", "indicated", "considered"))
_TOLD_AS_PASSIVE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?"
    r"|\b[Tt]he\s{1,3}(?:\d[\d,.]{0,12}\s{1,3})?)$"
)
# After a plural noun, a word of telling with no object, then a comma, an agent or a
# time: a participle after its noun ("the 1,200 cases reported, 700 ...", "attacks
# reported by partners", "deaths reported since May").
_TOLD_AFTER_NOUN = re.compile(
    r",|\s{1,3}(?:by|since|during|so\s{1,3}far|to\s{1,3}date|as\s{1,3}of)\b"
)
_PLURAL_NOUN_BEFORE = re.compile(r"\b[a-z]{2,25}s\s{1,3}$")
_TOLD_REACH = 30


# Who tells the figures, after them and a comma: "..., the spokesperson said", ", it
# reported", ", UNHCR said" (a few words with no figure among them).
_TELLER_AFTER_COMMA = re.compile(r",\s{1,3}(?:[A-Za-z][\w'’.-]{0,30}\s{1,3}){1,4}$")


def speaks_of_survey(text: str, start: int, end: int, *, first_count: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a word of :data:`SURVEY_WORDS` said of respondents.

    A word of telling in the passive or before its noun ("318 cases were reported", "the
    594 reported attacks") names what was told and speaks of no survey; in the active
    ("40 countries reported that ...") it does, but not where it tells who gave the
    figures: before ``first_count`` (where the tally's first count starts: "The mission
    said that 12 civilians were killed") or after a comma and its teller (", the
    spokesperson said"). Each word looks back a bounded reach.

    >>> speaks_of_survey("Of the 40 States, 30 reported progress", 0, 38)
    True
    >>> speaks_of_survey("Of the 318 cases reported, 228 were considered severe", 0, 53)
    False
    >>> speaks_of_survey("The mission said that 12 were killed", 0, 36, first_count=22)
    False
    """
    for word in SURVEY_WORDS.finditer(text, start, end):
        if word[0].lower() not in _TOLD:
            return True
        if first_count is not None and word.start() < first_count:
            continue  # "The mission said that 12 civilians ...": who told the figures
        reach = max(0, word.start() - _TOLD_REACH)
        if _TOLD_AS_PASSIVE.search(text, reach, word.start()) is not None:
            continue  # "were reported", "the 594 reported"
        after_noun = _PLURAL_NOUN_BEFORE.search(text, reach, word.start()) is not None
        if after_noun and _TOLD_AFTER_NOUN.match(text, word.end()) is not None:
            continue  # "the 1,200 cases reported, 700 ..."
        if _TELLER_AFTER_COMMA.search(text, reach, word.start()) is not None:
            continue  # "..., the spokesperson said"
        return True
    return False


_PUNCTUATION = "()[]\"“”‘’'"
#: Words that name a place in a document ("paragraph", "annex"): a number after them is no count.
LOCATORS = word_set(
    """
    paragraph paragraphs para. paras. article articles art. arts. chapter chapters chap.
    section sections sect. item items annex annexes rule rules page pages p. pp.
    resolution resolutions decision decisions part parts table tables figure figures
    fig. box boxes no. nos. number numbers vol vol. vols. volume volumes session
    sessions meeting meetings protocol protocols footnote footnotes note notes goal
    goals target targets indicator indicators principle principles category categories
    level levels grade grades phase phases stage stages step steps option options line
    lines agenda add. rev. corr. class clause clauses subparagraph subparagraphs
    schedule schedules appendix appendices regulation regulations model models
    recommendation recommendations convention conventions amendment amendments series
    cycle cycles period periods round rounds version title question questions
    alternative alternatives variant variants scenario scenarios
    """
)
_LIST_WORD = re.compile(r"\d{1,4}[a-z]?,?|and|to|or|,")
_NUMBER_WORD = re.compile(r"\d{1,4}[a-z]?,?")
_CURRENCIES = word_set("$ us$ usd eur gbp chf swf sw.f. $us € £ ¥")
_NO_COUNT_AFTER_WORDS = word_set("aged age ages by on at")
# Verbs that state a level at a count: "stood at 24,300 pupils", "estimated at 9,000 people".
_LEVEL_AT_VERBS = word_set("stood stands stand estimated put fixed")
_LEVEL_AT_VERBS_OR_AND = _LEVEL_AT_VERBS | {"and"}  # "... and at 310,000 in Mozambique"
# Digits and a lower-case noun: a count after "on" ("work on 40 sites") or after a verb of
# level and "at" ("stood at 24,300 pupils"); a month names a date ("on 30 June"),
# "and"/"to" a list or a range of days ("on 3 and 4 May").
_DIGITS_THEN_NOUN = re.compile(r"\d{1,3}(?:,\d{3})*\s{1,3}(?!(?:and|or|to|through)\b)[a-z]{3,}")
# A count of texts in words: "took action this morning on twelve draft resolutions".
_TEXTS_COUNTED = re.compile(
    rf"{NUMBER_WORDS}\s{{1,3}}(?:draft\s{{1,3}})?(?:resolutions|decisions|texts|drafts)\b"
)
# Digits that a list of their parts follows: "estimated at 1,218,000, comprising ...",
# "stands at 8,309, encompassing 3,747 children and ...",
# "stood at 943,000, of which ...", "stands at 8,669, including ...", or parts in
# parentheses, two counts or more ("stands at 8,669 (4,771 female; 3,887 male; ...)"):
# the count of a whole.
_DIGITS_THEN_PARTS = re.compile(
    r"\d{1,3}(?:,\d{3})*(?:\.\d{1,3})?(?:\s{1,3}(?:million|billion))?(?:\s{0,3},\s{1,3}"
    r"(?:comprising|encompassing|consisting\s{1,3}of|of\s{1,3}(?:which|whom)|including)\b"
    r"|\s{1,3}\(\s{0,3}\d[\d,.]{0,12}\s{1,3}[A-Za-z][^()\d]{0,40}?[,;]\s{0,3}(?:and\s{1,3})?\d)"
)
# Digits at a level that a place names, as the first of a list by place: "stood at 412 in
# Nairobi, 310 in Geneva", "estimated at 540,000 in Angola and at 310,000 in ..."; not a
# year ("stood at 412 in 2010").
_DIGITS_THEN_PLACE = re.compile(
    r"\d{1,3}(?:,\d{3})*(?:\.\d{1,3})?(?:\s{1,3}(?:million|billion))?\s{1,3}(?:in|at|for|among)"
    r"\s{1,3}(?:the\s{1,3})?(?-i:[A-Z])"
)
# A count of a noun that the next count splits, after any verb: "carried out at 44 sites,
# 31 of which", "at 44 sites, of which 31", "at 12 locations, 7 of them".
_COUNT_SPLIT_AFTER = re.compile(
    r"\d{1,3}(?:,\d{3})*\s{1,3}[a-z]{3,20}(?:\s{1,3}[a-z]{3,20})?\s{0,3},\s{1,3}"
    r"(?:\d{1,3}(?:,\d{3})*\s{1,3}of\s{1,3}(?:which|whom|them)|of\s{1,3}(?:which|whom)\s{1,3}\d)"
)
# Words between "from" and the count of those who answered: "from the following 12",
# a focus word: "from only nine of the 34 States".
_BEFORE_WHO_ANSWERED = word_set("the following of governments delegations only just merely")
_DEFINITE_WORDS = word_set("the these those its their his her our each every per no any")
_MONTH_NAMES = frozenset(MONTHS)
_TOTAL_DETERMINERS = (
    ("the", "total", "of"),  # "Of the total of 310 staff, 120 are women ..."
    ("all", "the"),
    ("the", "top"),  # "Among the top 10 recipients, 5 are ..."
    ("the",),
    ("these",),
    ("those",),
    ("its",),  # "Of its 64 sponsors, 22 were ...": the whole of a body or a text named
    ("their",),
    ("all",),
    ("every",),  # "For every 10 victims detected, five were women and two were girls"
    (),
)
_REMAINING = (
    ("the", "remaining"),
    ("the", "other"),
    ("the", "last"),
    # "The rest, 129 organizations, will ...": the rest named, its count in apposition
    ("the", "rest"),
    ("the", "remainder"),
    ("another",),
    ("a", "further"),
    ("an", "additional"),
)
_TOTAL_MARKERS = (
    ("for", "a", "total", "of"),  # "..., for a total of 47"
    ("a", "total", "of"),
    ("altogether",),
    ("in", "all"),
    ("in", "total"),
    ("overall",),
)
#: Words before a number that make it the object of a verb, not a count of a tally.
_NOT_OBJECT_VERBS = word_set(
    """
    remaining following during including excluding comprising encompassing totalling totaling
    numbering according being comprise comprises comprised include includes included
    staggering whopping striking astonishing astounding startling alarming worrying shocking
    surprising overwhelming sobering
    """
)  # the last two lines: adjectives that stress a figure ("a staggering 96% wish to stay")
# Words after "to" that are no verb taking the number as its object ("to date 12 States",
# "rose to about 40", "to the 12 members").
_NOT_INFINITIVES = word_set(
    """
    date about around approximately almost nearly some roughly over under just only least
    most more fewer less the these those all each its their his her our a an another
    exactly precisely well nearly barely
    """
)
_TAKES_INFINITIVE = word_set(
    """
    prefer prefers decide decides agree agrees wish wishes plan plans intend intends choose
    chose chooses opt opts propose proposes want wants seek seeks sought hope hopes expect
    expects aim aims need needs continue continues undertake undertook
    """
)
_MAX_QUALIFIER_WORDS = max(len(q.split()) for q in QUALIFIERS)
_MAX_WORDS_BEFORE = 8
# The last word of each phrase looked for, to try the phrases only when it is there.
_QUALIFIER_LAST_WORDS = frozenset(q.split()[-1] for q in QUALIFIERS)
_REMAINING_LAST_WORDS = frozenset(words[-1] for words in _REMAINING)
_REST_WORDS = frozenset({"rest", "remainder"})
_TOTAL_MARKER_LAST_WORDS = frozenset(words[-1] for words in _TOTAL_MARKERS)
_TOTAL_MARKERS_BY_LAST = {  # (in their order: the first that stands there is read)
    last: tuple(words for words in _TOTAL_MARKERS if words[-1] == last)
    for last in _TOTAL_MARKER_LAST_WORDS
}
_TOTAL_LAST_WORDS = frozenset({"of", "among", *(d[-1] for d in _TOTAL_DETERMINERS if d)})


#: A sum stated right after its number: "32 in all", "120 in total", "52 altogether".
IN_TOTAL = re.compile(r"\s{1,3}(?:in\s{1,3}(?:total|all)|altogether)\b")

# A passive's participle and "by" before a count of who did it ("were held by 38 women");
# participles of change make the count a difference ("was cut by 12 posts").
_BE_FORMS = word_set("is are was were be been being")
_IRREGULAR_PARTICIPLES = word_set("held made won sent met led run fought brought bought")
_CHANGE_PARTICIPLES = word_set(
    """
    increased decreased reduced raised lowered cut exceeded outnumbered outweighed
    surpassed offset multiplied divided extended shortened expanded augmented boosted
    lengthened widened narrowed adjusted topped beaten overtaken outpaced followed
    """
)
# A noun after the count: in lower case, or one of the capitalised nouns official English
# names States and their bodies with ("attended by 37 Governments", "by 27 Member States").
_LOWER_NOUN_AFTER = re.compile(
    r"[\d,]{1,9}\s{1,3}(?:[a-z]{3,}|(?:Member\s{1,3})?States\b|Governments\b|Parties\b"
    r"|Members\b|Territories\b)"
)
# A later item of a list of agents, its verb elided: "..., staffing by 22".
_GAPPED_REACH = 200  # characters back to the list's previous "by"
_MAX_GAPPED = 8  # items back to the list's first "by" (a bound, not a grammar)
# The words of a gapped item's label, which may be quoted ("'not applicable' by 6").
_GAPPED_LABEL = re.compile(
    r"(?:,|\sand)(?:\s{1,3}(?!by\b)[‘'“\"]?[A-Za-z][\w'’-]*[”\"]?){0,8}\s{1,3}by\s{1,3}"
)
_AGENT_FIGURE = re.compile(r"\bby\s{1,3}(\d[\d,]*)")
_STOP_BETWEEN = re.compile(r"[.;:]\s|\d")  # a sentence or another figure between


_THOUSANDS_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d|[.,]\d)")


# Conjunctions that open a clause after a comma: ", and of the 500 corporations, 13 ...".
_CLAUSE_CONJUNCTIONS = frozenset(("and", "but", "while", "whereas", "yet"))


class _Before:
    """The words right before a number, read once and looked up in sets.

    ``raw`` are the last words as written (at most :data:`_MAX_WORDS_BEFORE`), ``words``
    the same in lower case without quotes or brackets; their offsets are found only when
    a prefix is kept (:meth:`_offset`).
    """

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        tail = max(0, start - 60)
        tokens = text[tail:start].rsplit(None, _MAX_WORDS_BEFORE)
        if tail > 0 and len(tokens) <= _MAX_WORDS_BEFORE and tokens:
            tokens = tokens[1:]  # the first may be cut
        elif len(tokens) > _MAX_WORDS_BEFORE:
            tokens = tokens[1:]  # the rest of the window, not a word
        self.raw = tokens
        self.words = [token.strip(_PUNCTUATION).lower() for token in tokens]
        self.glued = text[start - 1] if start > 0 and not text[start - 1].isspace() else ""

    def _offset(self, back: int) -> int:
        """Where the word ``back`` places before the number starts in the text."""
        position = self.start
        for later in range(1, back + 1):  # each word ends before the one after it starts
            position = self.text.rindex(self.raw[-later], max(0, position - 80), position)
        return position

    def _word(self, back: int) -> str:
        """The word ``back`` places before the number (1 = the last), or ""."""
        return self.words[-back] if 0 < back <= len(self.words) else ""

    def _ends(self, words: tuple[str, ...], back: int = 1) -> bool:
        """Whether ``words`` stand right before position ``back`` (no punctuation inside)."""
        count = len(words)
        if not count:
            return True
        last = len(self.words) - back
        first = last - count + 1
        # the last word first: it differs in most calls, and no slice is built then
        if first < 0 or self.words[last] != words[-1]:
            return False
        if count > 1 and tuple(self.words[first:last]) != words[:-1]:
            return False
        return count == 1 or not any(token[-1:] in ",;:" for token in self.raw[first:last])

    def is_object(self) -> bool:
        """A verb right before: "were preparing one", "adopted 4 resolutions"."""
        if self.glued or not self.words or self.raw[-1][-1:] in ",;:":
            return False
        word = self.words[-1]
        if word in _NOT_OBJECT_VERBS:
            return False
        return (
            word in VERBS
            or word in ("had", "have", "has")
            or (len(word) > 5 and word.endswith("ing") and word.isalpha())
            or self._after_infinitive()
        )

    def _after_infinitive(self) -> bool:
        """A verb's infinitive right before: "preferred to retain two sessions".

        Only after a verb that takes one ("preferred to", "agreed to", "wished to"): "in
        reply to question 7", "according to replies" have no verb before "to".
        """
        if len(self.words) < 3 or self.words[-2] != "to" or self.raw[-2][-1:] in ",;:":
            return False
        word, controller = self.raw[-1], self.raw[-3]
        return (
            word.isalpha()
            and word.islower()
            and word not in _NOT_INFINITIVES
            and controller.isalpha()
            and controller.islower()
            and (controller.endswith("ed") or controller in _TAKES_INFINITIVE)
        )

    def is_no_count(self, *, share: bool = False) -> bool:
        """A reference, money, a date or a measure: "paragraphs 3", "US$ 12", "May 5".

        A ``share`` ("other items 6.4 per cent") is never a reference.
        """
        if self.glued and self.glued in "$€£¥/:":
            return True
        back = 1
        # "paragraphs 3, 4 and 5": skip numbers and joiners back to the locator; a list
        # closed by "and 4," ends before the number ("questions 3 and 4, 38 States").
        closed = self.raw[-1:] and self.raw[-1].endswith(",") and self._word(2) in ("and", "or")
        while not closed and back <= 4 and _LIST_WORD.fullmatch(self._word(back)):
            back += 1
        listed = back == 1 or _NUMBER_WORD.fullmatch(self._word(back - 1))
        locator = self._word(back)
        if back > 1 and locator.isalpha() and not locator.endswith("s"):
            listed = False  # "question 5, 29 States": one place named, then a count
        if (
            listed
            and locator in LOCATORS
            and not share
            and not self._after_named_place(back)
            and not self._opens_sentence_after_abbreviation(locator)
        ):
            return True
        if self._word(1) == "of" and (
            self._ends(("group", "of")) or self._ends(("age", "of")) or self._ends(("ages", "of"))
        ):
            return True  # "a group of 12", "children under the age of 15": no count
        if self._word(1) in ("and", "to") and (
            self._ends(("ages", "of"), back=3)
            or self._ends(("between", "the", "age", "of"), back=3)
        ):
            # "between the ages of 15 and 24", "between the age of 13 and 24": the upper
            # bound ("under the age of 12 and 390 were adults" counts the 390)
            return True
        last = self._word(1)
        if last == "by" and (self._returned_by() or self._agent_by() or self._gapped_by()):
            return False  # "questionnaires were returned by 88 States": who answered
        if last == "on" and (
            self._word(2) == "action"
            or _DIGITS_THEN_NOUN.match(self.text, self.start)
            or _TEXTS_COUNTED.match(self.text, self.start)
        ):
            return False  # "deferred action on 30 others", "work on 40 sites": counts
        if (
            last == "at"
            and self._word(2) in _LEVEL_AT_VERBS
            and (
                _DIGITS_THEN_NOUN.match(self.text, self.start)
                or _DIGITS_THEN_PARTS.match(self.text, self.start)
            )
        ) or (
            last == "at"
            and (
                _COUNT_SPLIT_AFTER.match(self.text, self.start)
                or (
                    self._word(2) in _LEVEL_AT_VERBS_OR_AND
                    and _DIGITS_THEN_PLACE.match(self.text, self.start)
                )
            )
        ):
            # "Enrolment stood at 24,300 pupils", "carried out at 44 sites, 31 of which
            # were ...": a count of a noun; "stood at 412 in Nairobi, 310 in ...": by place
            return False
        if last == "by" and self._word(2) == "followed":
            return False  # "21,400 came from A, followed by 9,800 from B": a ranked count
        if last in _CURRENCIES or last in _NO_COUNT_AFTER_WORDS:
            return True
        return last in _MONTH_NAMES and self.raw[-1][:1].isupper()

    def _after_named_place(self, back: int) -> bool:
        """Whether a locator right before the number is no place the number names.

        A place in a document is numbered without groups of thousands ("paragraph
        1402"), so "level 3,402" is an amount; and a locator its article and one word
        already name ("at the P-3 level 402", "at the national level 40") takes no number.
        """
        if _THOUSANDS_GROUPED.match(self.text, self.start) is not None:
            return True
        if back != 1 or self._word(3) != "the":  # the locator at ``back``, "the" two before
            return False
        return self.raw[-2][-1:] not in ",;:" and self.raw[-1][-1:].isalpha()

    def _opens_sentence_after_abbreviation(self, locator: str) -> bool:
        """Whether a capitalized number word follows a locator's full stop: a new sentence.

        An abbreviated locator numbers in digits ("No. 3", "para. 12"); "Four voted no.
        Three abstained" ends a sentence with "no.", and "Three" opens the next.
        """
        return locator.endswith(".") and self.text[self.start : self.start + 1].isupper()

    def _agent_by(self, *, noun: bool = True) -> bool:
        """Whether "by" after a passive names who did it: "was attended by 45 women".

        A form of "be" and a participle stand before "by", a noun after the number (unless
        ``noun`` is false), and the verb changes no amount ("was reduced by 12 posts" is a
        difference). A complement with "as" may stand between ("was named as the first
        priority by 30 States").
        """
        back = 2
        for at in range(3, 7):  # "as" and at most four words of its complement
            if self._word(at) == "as" and self._ends(tuple(self.words[-at:-1]), 2):
                back = at + 1
                break
        participle = self._word(back)
        if not participle.endswith(("ed", "en")) and participle not in _IRREGULAR_PARTICIPLES:
            return False
        if participle in _CHANGE_PARTICIPLES or self._word(back + 1) not in _BE_FORMS:
            return False
        return not noun or _LOWER_NOUN_AFTER.match(self.text, self.start) is not None

    def _gapped_by(self, depth: int = 0, *, noun: bool = True) -> bool:
        """Whether "by" repeats an agent's "by" of a list item before it, its verb elided.

        "Cost was cited by 40 States, staffing by 22 and by 9 others": the first "by"
        follows a passive (or a reply, :meth:`_returned_by`), the later items of the list
        keep only their label and "by". The words back to the list's joint ("," or
        "and") are a bare phrase, and the earlier "by" stands before that joint.
        """
        window = self.text[max(0, self.start - _GAPPED_REACH) : self.start]
        joint = max(window.rfind(","), window.rfind(" and "))
        if joint < 0 or _GAPPED_LABEL.fullmatch(window, joint) is None:
            return False
        earlier = None
        for earlier in _AGENT_FIGURE.finditer(window, 0, joint):  # noqa: B007 (the last)
            pass
        if earlier is None or _STOP_BETWEEN.search(window, earlier.end(), joint):
            return False
        at = self.start - len(window) + earlier.start(1)
        agent = _Before(self.text, at)
        if agent._agent_by(noun=noun) or agent._returned_by():
            return True
        return depth < _MAX_GAPPED and agent._gapped_by(depth + 1, noun=noun)  # "by 8 and by 15"

    def _returned_by(self) -> bool:
        """Whether "by" right before the number says who answered ("replies ... by")."""
        window = self.text[max(0, self.start - 110) : self.start]
        return _RESPONSE_FROM.search(window) is not None

    def is_definite(self) -> bool:
        """A determiner right before: "the 47 recommendations" names a known set."""
        return self._word(1) in _DEFINITE_WORDS

    def qualifier_size(self) -> int:
        """How many words of a qualifier stand right before the number ("about": 1)."""
        if self._word(1) not in _QUALIFIER_LAST_WORDS:
            return 0
        for size in range(_MAX_QUALIFIER_WORDS, 0, -1):
            words = tuple(self.words[-size:]) if size <= len(self.words) else ()
            if " ".join(words) in QUALIFIERS and self._ends(words):
                return size
        return 0

    def read_prefix(self, item: Item) -> None:
        """Qualifier, "the remaining", a total marker, a total before, a response context."""
        back = 1
        if size := self.qualifier_size():
            item.qualifier = QUALIFIERS[" ".join(self.words[-size:])]
            back = size + 1
        if back == 1 and self._word(1) in _REMAINING_LAST_WORDS:
            for words in _REMAINING:
                if self._ends(words) and not (
                    words[-1] in _REST_WORDS and self.raw[-1][-1:] in ",;:"
                ):  # "Of the rest, 12 were ...": a whole; "the rest 12" (commas blanked) a part
                    item.remaining = True
                    back += len(words)
                    break
        if (marker_last := self._word(back).rstrip(",")) in _TOTAL_MARKER_LAST_WORDS:
            for words in _TOTAL_MARKERS_BY_LAST[marker_last]:
                if self._ends(words, back) or self._ends((*words[:-1], words[-1] + ","), back):
                    item.total_marker = True
                    back += len(words)
                    break
        # "Of the Committee's 18 members": a possessive name stands where a noun would
        possessor = self._is_possessive_name(back)
        if self._word(back) in _TOTAL_LAST_WORDS or possessor:
            self._read_total_before(item, back + 1 if possessor else back)
            back = item.prefix_back if item.total_before else back
        if back > 1:
            item.prefix_start = min(item.start, self._offset(back - 1))
        # "from the following 12", "from the Governments of 36": who answered, named
        lead = back
        while lead < back + 3 and self._word(lead) in _BEFORE_WHO_ANSWERED:
            lead += 1
        if self._word(lead) not in ("from", "by") and self._word(back) == "of":
            lead = self._from_before_of(back)
        if self._word(lead) in ("from", "by"):
            back = lead
            token_end = self._offset(back) + len(self.raw[-back])
            window = self.text[max(0, token_end - 110) : token_end]
            item.response_from = _RESPONSE_FROM.search(window + " ") is not None

    def _from_before_of(self, back: int) -> int:
        """Where "from" stands before a few plain words and "of" (at ``back``), or ``back``.

        "from the administering Authorities of 17 Territories": those who answered are
        named by who speaks for them.
        """
        for lead in range(back + 1, min(back + 6, len(self.words) + 1)):
            word = self._word(lead)
            if word in ("from", "by"):
                return lead
            if not self.raw[-lead].replace("-", "").isalpha():
                break  # punctuation or a figure: the phrase ends
        return back

    def _is_possessive_name(self, back: int) -> bool:
        """Whether the word ``back`` places before is a possessive that stands for a noun.

        A name's ("Of the Council's 15 members") or a common noun's after "the" ("Of the
        year's 41 requests").
        """
        raw = self.raw[-back] if 0 < back <= len(self.raw) else ""
        if not raw.endswith(("'s", "’s")):
            return False
        return raw[:1].isupper() or self._word(back + 1) == "the"

    def _read_total_before(self, item: Item, back: int) -> None:
        """A total before the number: "Of the 32 countries", "Among the 90 replies".

        "For every 10 victims detected, five were women and two were girls" states the ten
        as the whole its parts split (one part of it alone is a rate: see tally_surveys).
        """
        for determiners in _TOTAL_DETERMINERS:
            if not self._ends(determiners, back):
                continue
            position = back + len(determiners)
            preposition = self._word(position)
            out_of = preposition == "of" and self._word(position + 1) == "out"
            for_every = preposition == "for" and determiners == ("every",)
            if preposition in ("of", "among") or out_of or for_every:
                first = position + (1 if out_of else 0)
                # after a mark, or after "that" opening a clause: "noted that of the 40 ...",
                # or after a conjunction that opens one: "..., and out of the 500 ..."
                opening = (
                    first >= len(self.raw)
                    or self.raw[-first - 1][-1:] in ",;:("
                    or self.raw[-first - 1] == "that"
                    or (
                        self.raw[-first - 1] in _CLAUSE_CONJUNCTIONS
                        and first + 1 < len(self.raw)
                        and self.raw[-first - 2][-1:] in ",;"
                    )
                )
                if self.raw[-first][:1].isupper() or opening:
                    item.total_before = True
                    item.prefix_back = first + 1
            return


@dataclass
class Item:
    """One number of a text as a tally sees it.

    ``kind`` is "count", "percent" or "other" (a date, year, reference, measure ... that
    ends an enumeration). ``composed`` marks a total whose parts follow ("The 48 least
    developed countries comprise", "The Committee has 18 members:"); ``scaled`` a count
    written with a scale word ("2.4 million"). ``head_end`` is where the item's own words
    end (number, "per cent", "of" phrase, share, noun); the verbs that follow end at
    ``verb_end``; the label starts at ``head_end``.
    """

    kind: str
    start: int
    end: int
    value: int | None = None
    percent: Fraction | None = None
    decimals: int | None = None
    share: Fraction | None = None
    share_decimals: int | None = None
    qualifier: str | None = None
    remaining: bool = False
    total_before: bool = False
    total_marker: bool = False
    response_from: bool = False
    prefix_start: int = -1
    prefix_back: int = 1
    of_total: int | None = None
    of_noun: bool = False
    of_replied: bool = False
    subset: bool = False
    of_them: bool = False
    counted: str | None = None
    members: str | None = None
    head_end: int = -1
    verb_end: int = -1
    verb: str | None = None
    auxiliary: str | None = None
    in_words: bool = False
    composed: bool = False
    scaled: bool = False

    def __post_init__(self) -> None:
        if self.prefix_start < 0:
            self.prefix_start = self.start
        if self.head_end < 0:
            self.head_end = self.end
        if self.verb_end < 0:
            self.verb_end = self.head_end

    @property
    def response(self) -> bool:
        """Whether the item counts those who answered ("64 Governments replied")."""
        return self.response_from or self.verb in RESPONSE_VERBS


_APPOSITIVE_STARTS = (" with ", " without ")


def is_appositive_part(text: str, item: Item) -> bool:
    """Whether a bare count names what it has or lacks: "14 with recorded votes".

    After a counted whole and a comma ("58 resolutions, 14 with recorded votes") such a
    count is one part of that whole.

    Examples
    --------
    >>> text = "The Council held 34 meetings, 9 without interpretation."
    >>> [is_appositive_part(text, item) for item in read_items(text)]
    [False, True]
    """
    return (
        item.kind == "count"
        and item.counted is None
        and not (item.verb or item.auxiliary)
        and text.startswith(_APPOSITIVE_STARTS, item.head_end)
    )


# A bare count named by where it is or where it comes from: "120 in the east", "410 from
# country offices", "1.9 million within their own country". Not a time ("120 in 2005",
# "40 in March", "9 in the first quarter") and not a phrase of amount ("in all", "at least").
_PLACE_STARTS = tuple(f" {word} " for word in _PLACE_PREPOSITIONS)
_PLACE_PHRASE = re.compile(
    rf"\s(?P<preposition>{'|'.join(_PLACE_PREPOSITIONS)}){GAP}(?:the{GAP})?"
    r"(?P<word>[A-Za-z][\w'’-]{0,30})"
)
_NOT_PLACE_WORDS = word_set(
    f"""
    all total addition particular part turn average least most sum each
    year years month months week weeks quarter quarters period periods session sessions
    biennium day days decade time times half first second third last past previous next
    early late mid beginning end course
    {" ".join(MONTHS)}
    """
)


def is_placed_part(text: str, item: Item) -> bool:
    """Whether a bare count is named by a place or a source: "120 in the east".

    After the clause of a counted whole and a comma ("Some 450 monitors were deployed,
    180 in the capital") such a count is one part of that whole; a time ("180 in 2005",
    "180 in the first week") names no place.

    Examples
    --------
    >>> text = "About 900 monitors were deployed, 300 in the north and 200 in the first week."
    >>> [is_placed_part(text, item) for item in read_items(text)]
    [False, True, False]
    """
    if not (
        item.kind == "count"
        and item.counted is None
        and item.verb_end == item.head_end
        and text.startswith(_PLACE_STARTS, item.head_end)
    ):
        return False
    place = _PLACE_PHRASE.match(text, item.head_end)
    return place is not None and place["word"].lower() not in _NOT_PLACE_WORDS


def places_parallel(text: str, whole: Item, part_start: int) -> bool:
    """Whether the whole's own clause is placed as its part is: "45 in Geneva, 9 in Bonn".

    The whole and the count after it are then two counts of one list, not a whole and its
    part. Only the preposition of the part counts: "fled in 2019, 1.9 million within their
    country" keeps its part.
    """
    place = _PLACE_PHRASE.match(text, part_start)
    if place is None:
        return False
    clause = text[whole.head_end : part_start]
    for match in _PLACE_PHRASE.finditer(clause):
        if (
            match["preposition"] == place["preposition"]
            and match["word"].lower() not in _NOT_PLACE_WORDS
        ):
            return True
    return False


def places_part_of(text: str, whole: Item, part: Item) -> bool:
    """Whether ``part`` is a placed part of the counted ``whole`` right before it.

    "Some 450 monitors were deployed, 180 in the capital": a bare count named by a place
    (:func:`is_placed_part`), smaller than a whole of counted things, whose own clause is
    not placed the same way (:func:`places_parallel`).

    Examples
    --------
    >>> text = "Some 450 monitors were deployed, 180 in the capital."
    >>> places_part_of(text, *read_items(text))
    True
    >>> text = "Some 450 monitors served in the north, 180 in the capital."
    >>> places_part_of(text, *read_items(text))
    False
    """
    return (
        whole.kind == "count"
        and whole.counted is not None
        and whole.value is not None
        and part.value is not None
        and part.value < whole.value
        and is_placed_part(text, part)
        and not places_parallel(text, whole, part.head_end)
    )


# A year that dates a whole right before its part: "31 judgments in 2008, 12 of them on
# appeal", "2.4 million persons were displaced in 2015, of whom ...", "registered 312
# communications in 2023, including 104 from Spain". A year is never the
# whole; the part comes after a comma, as "of whom/which", "N of them" or a placed part.
_YEAR = re.compile(r"1[89]\d\d|20\d\d|2100")
_PART_AFTER_YEAR = re.compile(
    r"(?:\s{1,3}[A-Za-z][\w'’-]{0,30}){0,3}\s{0,3}(?:,\s{0,3}"
    r"(?:(?:of|among)\s{1,3}wh(?:om|ich)\b"
    r"|(?:including|among\s{1,3}(?:them|these|those))\s{1,3}[\d(]"  # ", including 104 from"
    rf"|[\w.,-]{{1,14}}(?:\s{{1,3}}(?:{_SCALE}))?\s{{1,3}}"
    r"(?:of\s{1,3}(?:them|these|which|whom)|in|from|at|within|across|outside|inside|on)\b)"
    # "940 complaints in 2021; 610 were closed": a part with its own clause
    r"|;\s{0,3}[\d,]{1,14}\s{1,3}(?:were|was|are|is|had|have|has)\b"
    # "230 petitions in 2019. Ninety of these petitions ...": the next sentence's part
    rf"|\.\s{{1,3}}(?:[\d,]{{1,14}}|{NUMBER_WORDS})\s{{1,3}}of\s{{1,3}}(?:these|those|them)\b)"
)
_YEAR_REACH = 120
_CLAUSE_MARK = re.compile(r"[,;:()]")


# A comma that stands for a verb written once, after a count that opens a clause after a
# semicolon: "21 are located in New York; 14, in Geneva; and 6, in Bangkok" (the style of
# official English for a list whose items are long or hold commas of their own).
_ELISION_COMMA = re.compile(
    r";\s{1,3}(?:and\s{1,3})?(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?:\s{1,3}per\s{1,3}cent|%)?"
    r"(?P<comma>,)\s{1,3}(?=(?:in|at|from|to|for|by|on|under|with|within|among)\s)"
)


def mask_elision_commas(text: str) -> str:
    """``text`` with each comma that stands for an elided verb replaced by a blank.

    The readers take a comma after a count for the end of its item; where the comma only
    marks the verb left out after the first clause, the item goes on to its label. The
    text keeps its length, so every offset read in the masked text holds in ``text``.

    >>> mask_elision_commas("Of the posts, 8 are in Rome; 5, in Paris; and 2, at Turin.")
    'Of the posts, 8 are in Rome; 5  in Paris; and 2  at Turin.'
    >>> mask_elision_commas("See paragraphs 4 and 7; 1,200 in total.")
    'See paragraphs 4 and 7; 1,200 in total.'
    """
    if ";" not in text:  # most paragraphs: no list of clauses
        return text
    commas = [match.start("comma") for match in _ELISION_COMMA.finditer(text)]
    if not commas:
        return text
    pieces = []
    last = 0
    for comma in commas:
        pieces.append(text[last:comma])
        pieces.append(" ")
        last = comma + 1
    pieces.append(text[last:])
    return "".join(pieces)


def year_in_whole(text: str, whole: Item, other: Item) -> bool:
    """Whether the number ``other`` after a counted whole is a year dating it.

    Examples
    --------
    >>> text = "The Tribunal delivered 27 judgments in 2009, 8 of them on appeal."
    >>> whole, year, part = read_items(text)
    >>> year_in_whole(text, whole, year)
    True
    >>> text = "Some 300 observers were deployed in 2004 and 120 in 2005."
    >>> whole, year, *rest = read_items(text)
    >>> year_in_whole(text, whole, year)
    False
    """
    return (
        other.end - other.start == 4  # cheap tests first: most numbers are no year
        and whole.counted is not None
        and whole.kind == "count"
        and 0 < other.start - whole.head_end <= _YEAR_REACH
        and _YEAR.fullmatch(text, other.start, other.end) is not None
        and _CLAUSE_MARK.search(text, whole.head_end, other.start) is None
        and _PART_AFTER_YEAR.match(text, other.end) is not None
    )


# A day of a month, the year after it or not: "31 December", "30 June 2020".
_DAY_OF_MONTH = re.compile(
    rf"\d{{1,2}}[ \t\n]{{1,3}}{MONTH_PATTERN}(?:[ \t\n]{{1,3}}(?:1[89]|20)\d\d)?\b"
)


def date_in_whole(text: str, whole: Item, other: Item) -> int | None:
    """Where a date that dates a counted whole ends, or ``None`` if ``other`` is none.

    A year (:func:`year_in_whole`) or a day of a month: "The Secretariat employed 36,574
    staff as at 31 December, of whom 12,487 were women": the date is when the whole was
    counted, and a part of it follows.

    Examples
    --------
    >>> text = "It employed 36,574 staff as at 31 December, of whom 12,487 were women."
    >>> whole, day, part = read_items(text)
    >>> text[: date_in_whole(text, whole, day)]
    'It employed 36,574 staff as at 31 December'
    """
    if year_in_whole(text, whole, other):
        return other.end
    if other.end - other.start > 2 or whole.counted is None or whole.kind != "count":
        return None
    day = _DAY_OF_MONTH.match(text, other.start)
    if (
        day is None
        or not 0 < other.start - whole.head_end <= _YEAR_REACH
        or _CLAUSE_MARK.search(text, whole.head_end, other.start) is not None
        or _PART_AFTER_YEAR.match(text, day.end()) is None
    ):
        return None
    return day.end()


# The predicate of a share's base right after a year in it: "... recruited in 2019 were".
_PREDICATE_AFTER_YEAR = re.compile(r"\s{1,3}(?:were|was|are|is|had|have|has)\b")


def year_in_base(text: str, share: Item, other: Item) -> bool:
    """Whether the number ``other`` is a year inside the base of the share before it.

    "48 per cent of the staff recruited in 2019 were women": the year dates the staff
    the share is of, and the base's predicate follows it; it ends no enumeration.

    Examples
    --------
    >>> text = "Some 61 per cent of the loans granted in 2012 were repaid and 39 per cent not."
    >>> share, year, other = read_items(text)
    >>> year_in_base(text, share, year)
    True
    >>> text = "Some 61 per cent of the loans were repaid in 2012 and 39 per cent in 2013."
    >>> share, year, *rest = read_items(text)
    >>> year_in_base(text, share, year)
    False
    """
    return (
        other.end - other.start == 4  # cheap tests first: most numbers are no year
        and share.of_noun
        and share.verb is None
        and 0 < other.start - share.head_end <= _YEAR_REACH
        and _YEAR.fullmatch(text, other.start, other.end) is not None
        and _CLAUSE_MARK.search(text, share.head_end, other.start) is None
        and _PREDICATE_AFTER_YEAR.match(text, other.end) is not None
    )


def _decimals(raw: str) -> int:
    return len(raw.split(".", 1)[1]) if "." in raw else 0


def _is_plural(word: str, value: int | None) -> bool:
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return True
    if lower in _COLLECTIVE_PEOPLE and value != 1:
        return True  # "537 faculty, 741 staff": a collective noun after a count counts people
    if lower.endswith("men") and _COMPOUND_MEN.fullmatch(lower) and lower not in _SINGULAR_MEN:
        return True  # "two policemen", "14 servicemen", "three gunmen"
    if value == 1 and lower not in _NP_STOP and (word[:1].isupper() or _SINGULAR.search(lower)):
        return True  # "one State", "1 agency", "one delegation"
    return (
        len(lower) > 2
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is"))
        and lower not in _NOT_PLURAL
    )


# A singular noun of up to three lower-case words after "one" (or "1"), ended by a mark or
# a conjunction: "one security guard", "one child".
_SINGULAR_PHRASE = re.compile(
    r"(?:\s{1,3}[a-z][a-z'’-]{1,25}){1,3}?(?=\s{0,3}(?:[,;.)]|$)|\s{1,3}(?:and|or)\b)"
)
# A list joint: ", ", "; ", " and ", ", and ".
_JOINT = r"(?:\s{0,3}[,;]\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})"
_COUNT_AFTER_JOINT = re.compile(rf"{_JOINT}(?:\d|{NUMBER_WORDS}(?![A-Za-z-]))")
# A count and its noun of up to four words, then a joint, right before the singular's number.
_COUNT_BEFORE_JOINT = re.compile(
    rf"(?<![\w-])(?:\d[\d,]*|{NUMBER_WORDS})(?:\s{{1,3}}[A-Za-z][\w'’-]*){{1,4}}{_JOINT}$"
)
# Words after "one" that name a time, a manner or a side, no thing counted: "in one year",
# "at one point", "on the one hand".
_NOT_SINGULAR_NOUNS = word_set(
    """
    year month week day hour minute time point occasion hand side way instance stage
    moment period session quarter decade
    """
)


def _singular_in_list(text: str, start: int, pos: int, limit: int) -> tuple[str | None, int]:
    """The singular noun of "one" inside a list of counts of nouns: (noun, end) or (None, pos).

    Lists of counts by kind give a kind of which there was one in the singular ("nine
    civilians, two policemen, one security guard and 20 peacekeepers", "12 engineers and
    one interpreter"): a noun of up to three lower-case words, no function word, verb or
    time among them, with a count on the other side of a list joint before or after it.
    ``start`` is where the number "one" (with its qualifier) starts, ``pos`` where its
    noun would.

    >>> text = "nine civilians, two policemen, one security guard and 20 peacekeepers"
    >>> _singular_in_list(text, 31, 34, len(text))
    ('security guard', 49)
    >>> text = "12 were killed in one year and 4 in another"
    >>> _singular_in_list(text, 18, 21, len(text))
    (None, 21)
    """
    phrase = _SINGULAR_PHRASE.match(text, pos, limit)
    if phrase is None:
        return None, pos
    words = phrase.group().split()
    if words[-1] in _NOT_SINGULAR_NOUNS or any(
        word in _NP_STOP or word in _NOT_VERBS or word.endswith(("ed", "ing")) for word in words
    ):
        return None, pos
    if not (
        _COUNT_AFTER_JOINT.match(text, phrase.end(), limit)
        or _COUNT_BEFORE_JOINT.search(text, max(0, start - 80), start)
    ):
        return None, pos
    return " ".join(words), phrase.end()


# People named by an office held "of" something, in lower case: "heads of state or
# government", "members of parliament", "chiefs of staff", "ministers of health".
_OFFICE_HOLDERS = frozenset(
    ("heads", "members", "ministers", "chiefs", "speakers", "presidents", "leaders")
)
_OFFICE_OF = re.compile(
    r"\s{1,3}of\s{1,3}(?:state(?:\s{1,3}(?:or|and)\s{1,3}government)?|government|parliament|staff"
    r"|congress|health|finance|justice|defen[cs]e|(?:foreign\s{1,3})?affairs)\b"
)


# Words that modify a noun and are never one: a modifier before "and" may be one of these
# or a word in -al, -ed, -ent, -ic, -ive, -ing, -ous, -ary, -an, -ese or a "non-" word.
_MODIFIER_ENDINGS = (
    *("al", "ed", "ent", "ant", "ic", "ive", "ing", "ous", "ary", "ory", "an", "ese", "ish"),
    *("ern", "ful", "less", "ible", "able", "ile"),
)
_MAX_MODIFIERS_AFTER_AND = 2
_ENDS_MODIFIERS = _NP_STOP | PARTICIPLES


def _joins_modifiers(
    text: str, words: list[tuple[str, int]], pos: int, limit: int, value: int | None
) -> bool:
    """Whether "and" at ``pos`` joins two modifiers of one plural noun after them.

    "the 15 permanent and non-permanent members", "the 54 developed and developing
    countries", "of the 300 male and female staff": the word before "and" modifies (it is
    no plural noun and looks like an adjective), the words after it end on a plural noun
    with no verb, preposition or figure between. "14 sites and schools" (a plural before
    "and") and "12 new and 30 old schools" (a figure after it) are lists, and so is an amount
    after "and" ("120 damaged and thousands of people": another clause opens).

    >>> _joins_modifiers(" and non-permanent members voted", [("permanent", 0)], 4, 33, 11)
    True
    >>> _joins_modifiers(" and schools", [("sites", 0)], 4, 12, 14)
    False
    >>> _joins_modifiers(" and thousands of people", [("damaged", 0)], 4, 24, 120)
    False
    """
    if len(words) != 1:
        return False
    before = words[0][0]
    lower = before.lower()
    if _is_plural(before, value) or lower in _NP_STOP:
        return False
    if not (lower.startswith("non-") or lower.endswith(_MODIFIER_ENDINGS)):
        return False
    position = pos
    for _ in range(_MAX_MODIFIERS_AFTER_AND + 1):
        match = _NP_WORD.match(text, position, limit)
        if match is None or match["word"].lower() in _ENDS_MODIFIERS:
            return False  # "developed and developing countries": a participle ends a phrase
        if position == pos and match["word"].lower() in NOT_COORDINATED:
            # "120 damaged and thousands of people were left homeless": an amount after
            # "and" opens another clause, and the word before it is the part's elided verb
            return False
        if _is_plural(match["word"], value):
            return True
        position = match.end()
    return False


def _noun_phrase(
    text: str, pos: int, value: int | None, limit: int, *, plural: bool = True
) -> tuple[str | None, int]:
    """The noun phrase a count counts, starting at ``pos``: (phrase, end) or (None, pos).

    Words are taken until a verb, preposition, conjunction, determiner or punctuation;
    "of the Council" may join a noun ("members of the Council"); a participle may follow
    ("countries surveyed"). The phrase is cut back to its last noun in the plural (or
    singular after "one"): "four undecided" has no noun, its words are the label. The
    whole of a percentage ("of the population") need not be plural: ``plural=False``.
    """
    words: list[tuple[str, int]] = []  # (word, end)
    position = pos
    while len(words) < 7:
        match = _NP_WORD.match(text, position, limit)
        if match is None:
            break
        word = match["word"]
        lower = word.lower()
        if (
            lower == "of"
            and words
            and words[-1][0].lower() in _OFFICE_HOLDERS
            and (office := _OFFICE_OF.match(text, match.start(), limit)) is not None
        ):
            # "26 heads of state or government voted", "40 members of parliament": the
            # office is the noun's own, in lower case, and ends it
            phrase = " ".join([*(word for word, _ in words), *office.group().split()])
            return phrase, office.end()
        if lower == "of":
            inner = _OF_INSIDE.match(text, position, limit)
            follow = _NP_WORD.match(text, inner.end(), limit) if inner else None
            if (
                not words
                or not _is_plural(words[-1][0], value)
                or follow is None
                or follow["word"].lower() in _NP_STOP
                or not (follow["word"][:1].isupper() or "the" in inner.group())
            ):
                break
            words.append((" ".join(inner.group().split()), inner.end()))
            words.append((follow["word"], follow.end()))
            position = follow.end()
            # a name of more than one word: "members of the Executive Board"
            while follow["word"][:1].isupper() and len(words) < 7:
                follow = _NP_WORD.match(text, position, limit)
                if follow is None or not follow["word"][:1].isupper():
                    break
                words.append((follow["word"], follow.end()))
                position = follow.end()
            continue
        if (
            lower in ("with", "without")
            and words
            and _is_plural(words[-1][0], value)
            and (qualifier := _WITH_QUALIFIER.match(text, position, limit)) is not None
        ):
            words.append((" ".join(qualifier.group().split()), qualifier.end()))
            position = qualifier.end()
            break  # "persons with disabilities": the group's name ends there
        if _WORD_AT_START.fullmatch(word):
            break  # "comprise five permanent members": a count of its own
        if lower in PARTICIPLES and words:
            words.append((word, match.end()))
            position = match.end()
            break
        if lower == "further" and not words and value is not None and value > 1:
            after = _NP_WORD.match(text, match.end(), limit)
            if after is not None and after["word"].lower() in _ACTORS:
                position = match.end()  # "eight further members abstained": members
                continue
        if lower == "other" and not words and value is not None and value > 1:
            words.append((word, match.end()))  # "11 other nations": a group of its own
            position = match.end()
            continue
        if lower == "more" and not words and value is not None:
            after = _NP_WORD.match(text, match.end(), limit)
            if after is not None and after["word"].lower() in _MORE_BEFORE:
                # "four more were wounded", "17 more injured": a pronoun, as "others" is
                return word, match.end()
        if lower == "and" and _joins_modifiers(text, words, match.end(), limit, value):
            # "the 15 permanent and non-permanent members", "of the 54 developed and
            # developing countries": "and" between two words that modify one plural noun
            words.append((word, match.end()))
            position = match.end()
            continue
        acronym = len(word) > 1 and word.isupper()  # "WHO Member States": no pronoun
        if (lower in _NP_STOP and not acronym) or (
            lower.endswith("ed") and words and _is_plural(words[-1][0], value)
        ):
            break  # "States acceded": a verb after the noun; "least developed countries" goes on
        if (
            not plural
            and words
            and _THIRD_PERSON.fullmatch(word)
            and words[-1][0].islower()
            and not words[-1][0].endswith(("s", "ing"))  # "of responding countries"
            and not (len(words) == 1 and words[0][0].endswith("ed"))  # "of all observed ..."
            and not _noun_ends_at(text, match.end(), limit)  # "of the new pupils were"
        ):
            break  # "of the population lives in": a verb after a singular noun
        words.append((word, match.end()))
        position = match.end()
    # Cut back to the last noun (or a participle after a noun).
    while (
        words
        and plural
        and not (
            _is_plural(words[-1][0], value)
            or (words[-1][0].lower() in PARTICIPLES and len(words) > 1)
            or _ends_in_name_after_of(words)
            or _head_after_name(text, words, limit)
        )
    ):
        words.pop()
    while words and words[-1][0] in _OF_WORDS:
        words.pop()
    if not words:
        return None, pos
    end = words[-1][1]
    if len(words) > 1 and words[-1][0].lower() in PARTICIPLES:
        words.pop()  # "the countries surveyed" counts countries
    return " ".join(w for w, _ in words), end


# What follows "more" where it stands for the noun of a count before it: a past passive or
# perfect ("four more were wounded") or a fate's participle ("12 more injured"); "two more
# will follow", "three more did so" and "five more deaths" (a noun of its own) are not.
_MORE_BEFORE = frozenset(("were", "was", "have", "has", "had", "died")) | (
    FATE_WORDS - frozenset(("deaths", "injuries", "fatalities"))
)
_OF_WORDS = ("of", "of the")  # how "of" joins a noun phrase ("members of the Council")
# Who may act in a body or a crisis: "further" before them adds more of them ("eight
# further members abstained", "three further civilians were killed").
_ACTORS = PEOPLE_NOUNS | word_set("members delegations states countries governments parties")
# Verbs that open a predicate right after a plural noun: "were", "had", "lived".
_PREDICATE_OPENERS = (AUXILIARIES - frozenset(("all", "both", "each", "either"))) | PAST_VERBS


_PHRASE_END = re.compile(r"\s{0,3}(?:[,;.:)]|$)|\s{1,3}(?:and|or)\b")


def _noun_ends_at(text: str, pos: int, limit: int) -> bool:
    """Whether a noun phrase ends at ``pos``: the word before it is its noun, no verb.

    A predicate opens there ("of the new pupils were girls": "pupils" is the noun that
    "were" follows, no verb of "new" as "lives" is of "the population lives in"), or a
    mark or a conjunction ("90 per cent of malaria cases and 92 per cent of ...").
    """
    if _PHRASE_END.match(text, pos, limit):
        return True
    follow = _NP_WORD.match(text, pos, limit)
    return follow is not None and follow["word"].lower() in _PREDICATE_OPENERS


def _ends_in_name_after_of(words: list[tuple[str, int]]) -> bool:
    """Whether ``words`` end in a name after "of" ("members of the Executive Board")."""
    index = len(words) - 1
    while index > 0 and words[index][0][:1].isupper():
        index -= 1
    return index < len(words) - 1 and words[index][0] in _OF_WORDS


# A list goes on right after a noun phrase: ", 14 ...", " and 14 ...", ", and 14 ...".
_NEXT_COUNT = re.compile(r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|\s(?:and|or)\s{1,3})\d")


def _head_after_name(text: str, words: list[tuple[str, int]], limit: int) -> bool:
    """Whether the last word is the head noun a name after "of" qualifies.

    "11 organizations of the United Nations system have replied", "8 organizations of
    the United Nations system and 14 ...": a word in lower case after the name, where
    a predicate or the next count of a list follows it, ends the noun phrase; it is no
    verb. "members of the Council present and voting" keeps "present" out.

    Examples
    --------
    >>> text = "11 organizations of the United Nations system have replied"
    >>> _noun_phrase(text, 2, 11, len(text))[0]
    'organizations of the United Nations system'
    >>> text = "10 members of the Council present and voting"
    >>> _noun_phrase(text, 2, 10, len(text))[0]
    'members of the Council'
    """
    last, end = words[-1]
    if len(words) < 3 or not last.islower():
        return False
    if not _ends_in_name_after_of(words[:-1]):
        # "from 19 organizations of the United Nations development system."
        return (
            len(words) > 3
            and words[-2][0].islower()
            and _may_be_head(words[-2][0])
            and _ends_in_name_after_of(words[:-2])
            and _PHRASE_END.match(text, end, limit) is not None
            and _may_be_head(last)
        )
    if _PHRASE_END.match(text, end, limit) is not None and _may_be_head(last):
        return True  # "from 27 entities of the United Nations system."
    return _NEXT_COUNT.match(text, end, limit) is not None or (
        (follow := _NP_WORD.match(text, end, limit)) is not None
        and follow["word"] in _PREDICATE_OPENERS
    )


# Words after a name that say where the counted stand or what they do, no head noun:
# "10 members of the Council present and voting".
_NO_HEAD_AFTER_NAME = word_set("present absent voting concerned alone")


def _may_be_head(word: str) -> bool:
    """Whether a word in lower case after a name may be the noun it qualifies.

    "system" in "27 entities of the United Nations system" is; "abstained" in "3 members
    of the Council abstained", a verb, is not.
    """
    return (
        word not in VERBS and word not in _NO_HEAD_AFTER_NAME and not word.endswith(("ed", "ing"))
    )


# a word after blanks, or right after an unspaced dash that closes an aside ("83
# percent—some 130,000 people—landed")
_AUX_WORD = re.compile(r"(?:\s{1,3}|(?<=[–—]))(?P<word>[A-Za-z]+)\b")
_SO_FAR = re.compile(r"\s{1,3}(?:so|thus)\s{1,3}far\b,?|\s{1,3}to\s{1,3}date\b,?")


# "the 141 States that voted in favour": a definite count that its vote or reply defines
# is a count of the tally, not a known set ("the 47 recommendations").
_DEFINED_BY_ITS_ANSWER = re.compile(
    rf"{GAP}(?:[A-Za-z][\w-]{{0,30}}{GAP}){{0,4}}(?:that|who){GAP}"
    r"(?:voted|abstained|replied|responded|answered)\b"
)
# A count of a noun whose part follows it, counted before "of which" or "of whom": "the 49
# least developed countries, 34 of which are in Africa".
_COUNT_OF_WHICH_AFTER = re.compile(
    rf"(?:{GAP}[\w'’-]{{1,30}}){{1,5}}\s{{0,3}},{GAP}"
    rf"(?:(?:nearly|almost|about|some|over|around|roughly|approximately){GAP})?"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}}|{NUMBER_WORDS}){GAP}of{GAP}(?:whom|which)\b"
)
# A definite count that opens a list of counts joined by "and": "The 19 women and 26 men
# who ..." names a set by its parts, as "19 women and 26 men" does.
_DEFINITE_LIST_AFTER = re.compile(
    rf"{GAP}[a-z][\w'’-]{{1,30}}(?:{GAP}[a-z][\w'’-]{{1,30}}){{0,2}}{GAP}and{GAP}"
    rf"(?:\d{{1,3}}(?:,\d{{3}})*|{NUMBER_WORDS}){GAP}[A-Za-z]"
)
_RELATIVE_PRONOUN = re.compile(rf"{GAP}(?:that|who|which)(?={GAP}[a-z])")
# A quantifier that makes the definite count after it a whole whose parts are listed:
# "Most of the 1,874 allegations ...", "The majority of the 2.3 million returnees ...".
_MOST_OF_THE = re.compile(
    r"\b(?:[Mm]ost|[Tt]he\s{1,3}(?:majority|bulk))\s{1,3}of\s{1,3}the\s{1,3}$"
)
_MOST_OF_REACH = 24
# Its parts' figures in parentheses after their names, later in the sentence.
_FIGURE_IN_PARENTHESES_AFTER = re.compile(r"[^.;()]{1,160}?\s\((?:some\s|about\s|over\s)?\d")


def verb_group(
    text: str, pos: int, limit: int, value: int | None, *, subject: bool = False
) -> tuple[str | None, str | None, int]:
    """Auxiliaries and a main verb at ``pos``: (auxiliaries, verb, end of the verb group).

    "were" -> ("were", None, ...); "voted" -> (None, "voted", ...); "had not" -> ("had
    not", None, ...); nothing -> (None, None, pos). A verb in the present plural after
    "one" ("one see") is no verb of the count. After a noun (``subject``), any word in
    lower case that is no function word is taken as the verb ("60 delegations spoke").
    """
    auxiliaries: list[str] = []
    position = pos
    verb = None
    if subject:  # "the 141 States that voted in favour": the relative clause's verb
        relative = _RELATIVE_PRONOUN.match(text, position, limit)
        position = relative.end() if relative is not None else position
    while len(auxiliaries) < 4:
        match = _AUX_WORD.match(text, position, limit)
        if match is None:
            break
        lower = match["word"].lower()
        if lower in AUXILIARIES and lower not in ("all", "both", "each", "either", "only"):
            auxiliaries.append(lower)
            position = match.end()
            if (so_far := _SO_FAR.match(text, position, limit)) is not None:
                position = so_far.end()  # "have so far replied": the time, no verb
            continue
        if (
            lower in PAST_VERBS
            or lower in _ABOUT_VERBS
            or (lower in PRESENT_VERBS and (value != 1 or auxiliaries))
        ):
            verb = lower
            position = match.end()
        elif (
            subject
            and not auxiliaries
            and match["word"].islower()
            and len(lower) > 2
            and lower not in _NP_STOP
            and lower not in _NOT_VERBS
        ):
            verb = lower  # "60 delegations spoke": a word after the noun is its verb
            position = match.end()
        elif not auxiliaries and _is_intransitive_past(text, match, limit):
            verb = lower  # "212 retired, 187 resigned": a verb in the past, then the clause ends
            position = match.end()
        break
    return (" ".join(auxiliaries) or None), verb, position


# Verbs in the past that take no object: what became of each count of people ("212
# retired, 187 resigned", "31 died in service", "9 fled to Chad"), once the word after
# them shows them a verb (the clause ends, or a preposition or determiner follows). A
# closed list: a participle in a list of states ("31 functional, 12 damaged and 5 dry")
# is an adjective.
_INTRANSITIVE_PAST = word_set(
    """
    retired resigned died fled left escaped survived stayed relocated resettled withdrew
    defected disappeared drowned recovered graduated emigrated migrated arrived departed
    succeeded passed complied deserted absconded quit
    """
)
_CLAUSE_GOES_ON = re.compile(
    r"\s{0,3}(?:[,;.:)]|$)|\s{1,3}(?:and|or|but|while|whereas|in|on|at|to|from|with|after"
    r"|before|during|under|for|their|the|its|his|her|upon|abroad|home|early)\b"
)


def _is_intransitive_past(text: str, match: re.Match[str], limit: int) -> bool:
    """Whether the word of ``match`` after a count is a verb in the past with no object."""
    return (
        match["word"] in _INTRANSITIVE_PAST
        and _CLAUSE_GOES_ON.match(text, match.end(), limit) is not None
    )


# Right after a share: one word for the group it measures, then "in" and the whole it is a
# share of ("8 per cent| women in| troops").
_GROUP_IN_WHOLE = re.compile(r"\s{1,3}(?P<group>[A-Za-z][a-z-]{1,25})\s{1,3}in\s")


def shares_of_one_group_in_wholes(text: str, items: list[Item]) -> bool:
    """Whether shares measure one group, each in a whole of its own: no split of one whole.

    "8 per cent women in troops and 18 per cent women in individual positions" gives the
    share of women in two wholes; "40 per cent in Gao and 30 per cent in Kidal" names
    places of one whole (no group word between the share and "in").

    >>> text = "8 per cent women in troops and 18 per cent women in staff posts"
    >>> shares_of_one_group_in_wholes(text, read_items(text))
    True
    """
    groups = set()
    for item in items:
        if item.kind != "percent":
            return False
        after = _GROUP_IN_WHOLE.match(text, item.end)
        if after is None:
            return False
        groups.add(after["group"].lower())
    return len(groups) == 1 and len(items) >= 2


def read_items(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    numbers: list[Number] | None = None,
    naming: list[bool] | None = None,
) -> list[Item]:
    """Read every number of ``text[start:end]`` as an :class:`Item`, in order.

    Parameters
    ----------
    text
        The paragraph.
    start, end
        The part of ``text`` to read (offsets stay relative to ``text``).
    numbers
        The numbers of that part if already found (:func:`find_numbers`).
    naming
        Whether each of ``numbers`` only names something (:func:`only_names` over the
        whole of ``text``), if already asked: where the part read is the whole text, it
        is not asked again.

    Returns
    -------
    list of Item
        Counts and percentages with their heads read, and numbers of kind "other" (dates,
        years, references, measures, decimals that are no percentage, "the two sides")
        which end an enumeration. A number inside another item's head ("the 15" of "Nine
        of the 15 members", "62 per cent" of "(62 per cent)") is no item of its own.

    Examples
    --------
    >>> [(i.kind, i.value, i.counted, i.verb) for i in read_items(
    ...     "Ninety-one Governments answered the questionnaire on 3 May")]
    [('count', 91, 'Governments', 'answered'), ('other', None, None, None)]
    """
    limit = len(text) if end is None else end
    if numbers is None:
        numbers = find_numbers(text, start, limit)
    if naming is None or limit != len(text):
        found = [_read_item(text, number, limit) for number in numbers]
    else:
        found = [
            _read_item(text, number, limit, named)
            for number, named in zip(numbers, naming, strict=True)
        ]
    counted = [item for item in found if item is not None and item.kind != "other"]
    # An item with another count or percentage within reach may be part of a tally.
    near = {
        id(item)
        for left, right in itertools.pairwise(counted)
        if right.start - left.start <= _REACH
        for item in (left, right)
    }
    items: list[Item] = []
    position = start
    for item in found:
        if item is None or item.start < position:
            continue
        if item.kind != "other" and (id(item) in near or _may_stand_alone(text, item)):
            _read_head(text, item, limit)
        items.append(item)
        position = item.head_end
    return items


# How far apart two items of one enumeration can start: a head and a label each.
_REACH = 400
# Words of replying after a count: "replied", "in response to", "submitted", "answers",
# "completed the survey".
_REPLY_AFTER = re.compile(
    r"repl|respon|answer|received|questionnaire|submitted|urvey|[ei]nquiry|provided|polled"
    r"|interview|questioned|contributed\sto\sthe\s|inputs"  # "contributed to the consultation"
)


def item_starts(items: list[Item]) -> list[int] | None:
    """Where ``items`` start, for :func:`items_starting_in`; None where they are out of order.

    :func:`read_items` gives them in text order; a list another step put together may not be.

    >>> item_starts(read_items("Of 40 cases, 12 were closed and 28 open."))
    [3, 13, 32]
    """
    starts = [item.start for item in items]
    if any(left > right for left, right in itertools.pairwise(starts)):
        return None
    return starts


def items_starting_in(items: list[Item], starts: list[int] | None, lo: int, hi: int) -> list[Item]:
    """The items of ``items`` that start in ``[lo, hi)``, in their order.

    ``starts`` is :func:`item_starts` of ``items``: in order, the items are found by
    bisection, so a reader that asks for each tally's items stays linear; out of order
    (None), by a scan.

    >>> items = read_items("Of 40 cases, 12 were closed and 28 open.")
    >>> [item.value for item in items_starting_in(items, item_starts(items), 10, 40)]
    [12, 28]
    >>> [item.value for item in items_starting_in(items, None, 10, 40)]
    [12, 28]
    """
    if starts is None:
        return [item for item in items if lo <= item.start < hi]
    return items[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


def _may_stand_alone(text: str, item: Item) -> bool:
    """Whether an item with no other count near it can still be a tally.

    A survey fact can ("responses from 97 countries", "64 Governments replied"), so its
    head is worth reading. Most numbers of a resolution are alone and no tally.
    """
    if item.response_from or item.total_before or item.total_marker:
        return True
    if (
        text[item.start - 1 : item.start] == "("
        and _QUANTIFIED_NOUN_BEFORE.search(text, max(0, item.start - _QUANTIFIED_REACH), item.start)
        is not None
    ):
        return True  # "Nearly half of the 88 countries (42) reported ...": a part of them
    of = _OF.match(text, item.end, item.end + 80)
    if of is not None and of["of_total"] and not _dated_text(text, of.end("of_total")):
        return True  # "Only 3 of the 12 recommendations ...": a part of a stated whole
    if item.kind != "other" and _OF_SCALED.match(text, item.end, item.end + 80) is not None:
        # "45 per cent of the 3.1 million children were girls", "Chad hosts 600,000 of the
        # 1.2 million refugees": a part of it (a whole in millions with a decimal is two
        # numbers, no count near the part)
        return True
    if text.find("representing", item.end, item.end + 80) >= 0:
        return True  # "77 countries ..., representing 40 per cent of the 193 Member States"
    if _REPLY_AFTER.search(text, item.end, item.end + 80) is not None:
        return True
    # "Some 140 countries voted in favour of ...": a one-count vote (str.find is fast).
    return text.find("voted", item.end, item.end + 60) >= 0 or (
        text.find("abstained", item.end, item.end + 60) >= 0
    )


def read_value(number: Number) -> tuple[str, int | None]:
    """(kind, value) of a number: kind is count, decimal, year, ordinal or other."""
    if number.form == "none":
        return "count", 0
    if number.form == "words":
        return _value_in_words(number.raw)
    if "." in number.raw:
        return "decimal", None
    value = int(number.raw.replace(",", ""))
    if "," not in number.raw and len(number.raw) == 4 and 1800 <= value <= 2100:
        return "year", value
    return "count", value


@functools.lru_cache(maxsize=1024)
def _value_in_words(raw: str) -> tuple[str, int | None]:
    """(kind, value) of a number in words, read once: the same few recur ("two", "three")."""
    if raw.lower() in SCALE_WORDS:
        return "other", None
    value, _ = read_count(raw)
    return ("count", value) if value is not None else ("ordinal", None)


def names_no_count(text: str, number: Number) -> bool:
    """Whether a number names something in any sentence, and so counts nothing in one.

    A year ("in 1967"), an ordinal in words ("the fifty-sixth session"), a reference
    before a year in brackets ("resolution 242 (1967)"), the number that opens a
    paragraph ("3. Requests") and a day before its month ("on 22 November"). Most
    numbers of resolutions are these. (A year can still be read as a stated whole, "Of
    the 1950 staff surveyed, ...", where a count follows it.)

    Examples
    --------
    >>> text = "3. Recalls its resolution 242 (1967) of 22 November 1967 and its 58th meeting"
    >>> [(n.raw, names_no_count(text, n)) for n in find_numbers(text)]
    [('3', True), ('242', True), ('1967', True), ('22', True), ('1967', True)]
    >>> text = "adopted by 14 votes to none on 3 May"
    >>> [(n.raw, names_no_count(text, n)) for n in find_numbers(text)]
    [('14', False), ('none', False), ('3', True)]
    """
    start, end, raw, form = number
    if form == "words":
        return is_ordinal(number)
    if form != "digits":  # "none"
        return False
    if len(raw) == 4 and "1800" <= raw <= "2100" and raw.isdigit():
        return True  # a year, as read_value reads one (string tests: most numbers are these)
    return (
        (text.startswith(_YEAR_BRACKET_STARTS, end) and _YEAR_BRACKET.match(text, end) is not None)
        or (
            text.startswith("/", start - 1)
            and _SYMBOL_BEFORE.search(text, max(0, start - _SYMBOL_REACH), start) is not None
        )
        or (start <= _OPENING_REACH and _opens_text_numbered(text, start, end))
        or (len(raw) <= 2 and _MONTH_AFTER.match(text, end) is not None)
        or (
            len(raw) <= 2
            and text.rfind(".", max(0, start - 4), start) != -1
            and _ABBREVIATED_MONTH_BEFORE.search(text, max(0, start - 8), start) is not None
        )
    )


# The number after the slash of a document's symbol: "resolution 48/216 B", "decision
# 2/104", "A/RES/77/12", "S/2023/45" (the number before the slash is none already, a
# figure and "/" after it).
_SYMBOL_BEFORE = re.compile(
    r"(?:\b(?:[Rr]esolutions?|[Dd]ecisions?|[Dd]ocuments?)\s{1,3}(?:[A-Z]{1,5}/){0,3}"
    r"|\b[A-Z]{1,5}/(?:[A-Z]{1,6}/){0,3})(?:\d{1,4}/){1,2}$"
)
_SYMBOL_REACH = 40
_MONTH_AFTER = re.compile(rf"[ \t\n]{{1,3}}{MONTH_PATTERN}")
# A day after its month abbreviated with a full stop, as news copy dates ("start their
# terms on Jan. 1, replacing five countries", "on Sept. 25"): a date, never a count.
_ABBREVIATED_MONTH_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.[ \t]{1,3}\Z"
)


def is_ordinal(number: Number) -> bool:
    """Whether a number is an ordinal in words ("fifty-sixth", "first").

    Its last word decides: "the first two reports" and "Thirty-four and twelve
    Governments" are read as one number each, and they count.

    >>> [is_ordinal(n) for n in find_numbers("the fifty-sixth session, the first two reports")]
    [True, False]
    """
    if number.form != "words":
        return False  # most numbers: no words to split
    return number.raw.replace("-", " ").split()[-1].lower() in ORDINAL_WORDS


# A whole of four digits from 1800 to 2100 with no comma is a count where the noun says so:
# "Of the 1950 staff surveyed, 1,200 responded" (a stated whole, then a count after its
# comma); "Of the 2010 elections observed, ..." or "Of the 1990 figures, ..." name a year.
_WHOLE_OF_THE = re.compile(r"(?:^|[,;:(]\s{0,3}|[.]\s{1,3})(?:[Oo]f|[Aa]mong)\s{1,3}the\s{1,3}$")
_COUNTED_THEN_PART = re.compile(
    rf"\s{{1,3}}(?P<noun>[a-z][\w'’-]{{1,30}}(?:\s{{1,3}}[a-z][\w'’-]{{1,30}}){{0,3}}?)\s{{0,3}},"
    rf"\s{{1,3}}(?:(?:only|just|some|about|nearly|almost)\s{{1,3}})?(?:\d|(?:{NUMBER_WORDS})\b)"
)
_DATED_NOUNS = word_set(
    """
    election elections census censuses session sessions budget budgets report reports
    agenda convention conventions summit conference constitution plan plans strategy law
    laws act declaration programme programmes accords round cycle period biennium flood
    floods earthquake earthquakes tsunami crisis figures figure data estimates estimate
    levels level baseline targets target goals survey surveys edition review reviews
    season harvest revision revisions prices price dollars values value rates rate
    """
)


# A rank before "of": "ranked 152nd of 191 countries" counts the ranked, no part of a tally.
_RANK_OF = re.compile(r"\d(?:st|nd|rd|th)\s{1,3}(?:out\s{1,3})?of\s{1,3}$")


def _counted_year_whole(text: str, start: int, end: int, limit: int) -> bool:
    """Whether a number read as a year is the count of a stated whole (see above)."""
    if not text.startswith("the ", start - 4):  # a literal test first: most years are not
        return False
    if _WHOLE_OF_THE.search(text, max(0, start - 20), start) is None:
        return False
    after = _COUNTED_THEN_PART.match(text, end, min(limit, end + 140))
    return after is not None and not any(
        word in _DATED_NOUNS for word in after["noun"].lower().split()
    )


# The other end of a range after its first number: "and ten", "to 10" ("between five and
# ten years", "five to ten years"); the unit after it is looked for with NOT_COUNT_AFTER.
# A financial period ("8 to 2017/18", "relate to 2018/19") is no range's end.
_RANGE_END = re.compile(
    rf"\s{{1,3}}(?P<joint>and|to)\s{{1,3}}(?:\d{{1,6}}|{NUMBER_WORDS})(?![\w.,]\w|/\d)"
)
_NOT_MEASURES = ("vote", "abstention")  # "by twelve to three votes" is a vote, no range
# The opening of a range "between" closes with the number after it: "between 40 and ".
_RANGE_OPENED = re.compile(
    rf"(?<![\w-])[Bb]etween\s{{1,3}}(?:\d[\d,.]{{0,12}}|{NUMBER_WORDS})\s{{1,3}}and\s{{1,3}}$"
)


_BETWEEN = ("between ", "Between ")


def _in_range_between(text: str, start: int, end: int, limit: int) -> bool:
    """Whether a number is an end of a range opened by "between": "between 40 and 50 States".

    A range states no count, whatever it counts; "between" before other words splits a
    whole ("divided between 12 men and 8 women") and is no range.

    >>> text = "Between five and ten States replied"
    >>> _in_range_between(text, 8, 12, len(text)), _in_range_between(text, 17, 20, len(text))
    (True, True)
    >>> text = "divided between 12 men and 8 women"
    >>> _in_range_between(text, 16, 18, len(text)), _in_range_between(text, 27, 28, len(text))
    (False, False)
    """
    # (a negative start would make startswith count from the end of the text)
    if start >= len("and ") and text.startswith("and ", start - 4):
        return _RANGE_OPENED.search(text, max(0, start - 60), start) is not None
    return (
        start >= len("between ")
        and text.startswith(_BETWEEN, start - len("between "))
        and (other_end := _RANGE_END.match(text, end, limit)) is not None
        and other_end["joint"] == "and"
    )


def _bounds_range_of_measure(text: str, start: int, end: int, limit: int) -> bool:
    """Whether a number opens a range of a measure whose unit follows the range's end.

    "23 by between five and ten years": "five" is in years, as "ten" is, and no count;
    "and" needs "between" before the range ("12 and 15 years" may be two ages), "to"
    does not.

    >>> text = "23 by between five and ten years"
    >>> _bounds_range_of_measure(text, 14, 18, len(text))
    True
    >>> text = "five to six reports"
    >>> _bounds_range_of_measure(text, 0, 4, len(text))
    False
    """
    other_end = _RANGE_END.match(text, end, limit)
    if other_end is None:
        return False
    if other_end["joint"] == "and" and not text[max(0, start - 8) : start].lower().endswith(
        "between "
    ):
        return False
    unit = NOT_COUNT_AFTER.match(text, other_end.end(), limit)
    return unit is not None and not unit.group().strip().lower().startswith(_NOT_MEASURES)


# Around "one" the pronoun: "including| one |that would have the Assembly ...", "including
# one calling on States ..." (a relative clause or a participle says which one).
_INCLUDING_BEFORE = re.compile(r"\bincluding\s{1,3}$")
_RELATIVE_AFTER = re.compile(r"\s{1,3}(?:that|which|who|[a-z]{2,20}ing)\b")
# The number of an item in a list, closed by a parenthesis it did not open, at the start of
# the text or after a colon, a semicolon or a full stop: ": 1)", "; 2)".
_LIST_MARKER = re.compile(r"(?:.*[:;.]\s{1,3}|\s{0,3})\d{1,2}$", re.DOTALL)
_LIST_MARKER_REACH = 6  # the longest text its end may hold: "[:;.]", three spaces, two digits


# A scale word made a count by the words before it: "half a million", "a quarter of a
# million", "a million" (digits before a scale word are read as "1.5 million" are).
_WORDED_SCALES = {"million": 1_000_000, "billion": 1_000_000_000}
_WORDED_SCALE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<fraction>half|a\s{1,3}quarter|three\s{1,3}quarters)\s{1,3}(?:of\s{1,3})?a"
    r"|(?P<one>an?|one))\s{1,3}$",
    re.IGNORECASE,
)
_WORDED_FRACTIONS = {
    "half": Fraction(1, 2),
    "a quarter": Fraction(1, 4),
    "three quarters": Fraction(3, 4),
}


def _read_item(text: str, number: Number, limit: int, named: bool | None = None) -> Item | None:
    """The item a number starts, or ``None`` for a number that is no item at all.

    An ordinal ("the fifty-sixth session"), or the object of a verb ("were preparing
    one", "adopted 4 resolutions"), belongs to a predicate and does not end an
    enumeration. ``named`` is :func:`only_names` of the number, if already asked.
    """
    start, end = number.start, number.end
    aged = "age" in text[max(0, start - 24) : start] and _AGE_BEFORE.search(
        text, max(0, start - 24), start
    )
    if only_names(text, number, limit) if named is None else named:
        return None if aged else _other(number)  # most numbers of a resolution
    kind, value = read_value(number)
    worded_scale = None
    if kind == "other" and number.form == "words" and number.raw.lower() in _WORDED_SCALES:
        # "half a million people", "a quarter of a million": a count its words make
        worded_scale = _WORDED_SCALE_BEFORE.search(text, max(0, start - 30), start)
        if worded_scale is not None:
            said = " ".join((worded_scale["fraction"] or "").lower().split())
            fraction = _WORDED_FRACTIONS.get(said, Fraction(1))
            kind, start = "count", worded_scale.start()
            value = int(fraction * _WORDED_SCALES[number.raw.lower()])
    if kind == "ordinal" or aged:
        return None  # "the fifth", "214 aged 6 to 9": no count, no end of a list
    if kind == "year" and _counted_year_whole(text, start, end, limit):
        kind = "count"  # "Of the 1950 staff surveyed, 1,200 ...": a whole, no year
    if kind == "other" or (
        text.startswith("of ", start - 3) and _RANK_OF.search(text, max(0, start - 20), start)
    ):
        return _other(number)
    if number.form != "digits" and _FRACTION_NOUN_AFTER.match(text, end, limit):
        return _other(number)  # "two thirds": a fraction
    if kind == "count" and ends_ratio(text, number, limit):
        return _other(number)  # "one in five children": a rate, no count
    if (
        kind == "count"
        and "average" in text[max(0, start - 24) : start]
        and _AVERAGE_BEFORE.search(text, max(0, start - 24), start)
    ):
        return _other(number)  # "an average of over 18 civilian casualties a day": a mean
    if (
        kind == "count"
        and text.startswith(_YEAR_BRACKET_STARTS, end)
        and _YEAR_BRACKET.match(text, end, limit)
    ):
        return _other(number)  # "resolutions 822 (1993) and 853 (1993)": references
    if _in_range_between(text, start, end, limit):
        return _other(number)  # "Between five and ten States replied": no count stated
    if (
        number.form != "digits"
        and _RELATIVE_AFTER.match(text, end, limit)
        and _INCLUDING_BEFORE.search(text, max(0, start - 14), start)
        and text[start:end].lower() == "one"
    ):
        return None  # "2 decisions, including one that would ...": an example, no count
    if (
        number.form == "digits"
        and text.startswith(")", end)
        # the marker is at most six characters long ("; 12"), and the text before it
        # anything: only those are read (the text up to the figure was, for each figure)
        and _LIST_MARKER.match(text[max(0, end - _LIST_MARKER_REACH) : end])
    ):
        return _other(number)  # "three areas: 1) needs; 2) assistance": the items' numbers
    percent_match = PERCENT_UNIT.match(text, end, limit)
    if (
        percent_match is None
        and number.form == "digits"
        and text.startswith((",", " and"), end)
        and _shares_one_percent(text, number, limit)
    ):
        percent_match = _NOTHING.match(text, end)  # the share ends at its figure
    scale = (
        _SCALE_AFTER.match(text, end, limit)
        if number.form == "digits" and text.startswith(_SCALE_STARTS, end)
        else None
    )
    if scale is not None:
        value = _scaled(number.raw, scale["scale"])
        if value is None or NOT_COUNT_AFTER.match(text, scale.end(), limit):
            return _other(number)  # "1.2345 thousand", "2.4 million dollars"
        kind, end = "count", scale.end()
    elif percent_match is None and (
        kind in ("decimal", "year")
        or NOT_COUNT_AFTER.match(text, end, limit)
        or _bounds_range_of_measure(text, start, end, limit)
        or (number.form == "digits" and _FIRST_OF_SHARES.match(text, end, limit))
    ):
        return _other(number)
    if (
        start <= _OPENING_REACH
        and percent_match is None
        and number.form == "digits"
        and _opens_text_numbered(text, start, end)
    ):
        return _other(number)  # "3. Requests": the words before it need no reading
    before = _Before(text, start)
    composed = False
    if before.is_object():
        if before.words[-1] in _HAVE_WORDS and _COLON_AFTER_NOUN.match(text, end, limit):
            composed = True  # "The Committee has 18 members:"
        elif percent_match is None and _COLON_THEN_SHARE.match(text, end, limit):
            pass  # "identified 312 displaced persons: 61 per cent ...": below
        elif percent_match is None and _COLON_THEN_PREPOSITION.match(text, end, limit):
            pass  # "The Office received 64 submissions: 41 from States, ...": below
        elif percent_match is None and _COLON_THEN_COUNTED.match(text, end, limit):
            pass  # "reached 6.8 million people: 3.5 million children, ...": a whole
        elif percent_match is None and (
            _WHOLE_OF_WHICH_AFTER.match(text, end, limit)
            or _WHOLE_INCLUDING_AFTER.match(text, end, limit)
        ):
            pass  # "The Committee received 210 communications, of which 120 ..."
        elif (
            percent_match is None
            and (
                before.words[-1] in CONTRIBUTION_VERBS
                or tuple(before.words[-2:]) in CONTRIBUTION_PHRASES
            )
            and _OF_THE_NUMBER.match(text, end, limit)
        ):
            pass  # "These countries contributed 67 of the 7,258 police officers": a part
        elif percent_match is None and _OF_WHOLE_THEN_PLACE.match(text, end, limit):
            pass  # "Türkiye hosted 3.2 million of the 6.4 million refugees, Lebanon 784,000"
        elif percent_match is None and OF_THEM_THEN_PLACE.match(text, end, limit):
            pass  # "Asia hosted 18 million of them, Europe 11 million": a part, a place next
        elif percent_match is None and _OBJECT_THEN_GAPPED.match(text, end, limit):
            pass  # "Italy received 27,800 claims and Greece 8,200": a part, gapped next
        elif percent_match is None and _gapped_lower_label(text, end, limit):
            pass  # "Women held 40 posts and men 55": a part, gapped next
        elif percent_match is None and _OBJECTS_OF_ONE_HEAD.match(text, end, limit):
            pass  # "employed 8,420 national staff and 3,110 international staff": kinds
        elif percent_match is None and _OBJECTS_OF_FATES.match(text, end, limit):
            pass  # "recorded 2,274 killed and 2,673 wounded": people by what befell them
        elif percent_match is None and _OBJECT_THEN_SEMICOLON.match(text, end, limit):
            pass  # "The Board received 940 complaints; 610 were closed": a whole, maybe
        elif (
            percent_match is None
            and text.find(" of th", end, end + _OF_THESE_REACH) >= 0
            and _OBJECT_THEN_OF_THESE_NEXT.match(text, end, limit)
        ):
            pass  # "received 230 petitions. Ninety of these petitions ...": a whole, maybe
        elif percent_match is None and _OBJECT_THEN_WITH.match(text, end, limit):
            pass  # "The Secretariat had 36,574 staff, with 12,340 in ...": a whole, maybe
        elif percent_match is None and _OBJECT_RUN_ON_THEN_PART.match(text, end, limit):
            pass  # "supported 2,418 facilities providing ... care, 1,210 of them in ...": a whole
        elif (
            percent_match is not None
            and before.words[-1] in FINDING_VERBS
            and not FINDING_SOURCES.isdisjoint(before.words[-4:-1])
            and _SHARE_OF_AFTER.match(text, percent_match.end(), limit)
        ):
            pass  # "The survey found 76% of refugees want ...": the finding's subject
        elif percent_match is None or before.words[-1] not in SHARE_VERBS:
            return None  # "Oil represented 70 per cent of exports" is a share: kept
    if before.is_no_count(share=percent_match is not None):
        return _other(number)
    # A paragraph number ("3. Requests"): none of the prefix below can make it a count, so
    # it is set apart before the prefix is read (5,858 of the 46,128 corpus numbers).
    if percent_match is None and number.form == "digits" and _paragraph_number(text, start, end):
        return _other(number)
    words = before.words
    if "there" in words[-2 - _MAX_QUALIFIER_WORDS : -1]:  # "there were about 263 million"
        words = words[: len(words) - before.qualifier_size()]
    if len(words) > 1 and words[-2] == "there" and words[-1] in ("were", "are", "was"):
        # "There were 1,432 Professional staff: 612 women and 820 men": a whole stated
        composed = composed or _COLON_AFTER_NOUN.match(text, end, limit) is not None
    item = Item("count", start, end, value=value, in_words=number.form != "digits")
    item.composed, item.scaled = composed, scale is not None or worded_scale is not None
    before.read_prefix(item)
    colon = text.find(":", end, min(limit, end + _COLON_REACH)) >= 0
    if percent_match is None and colon and _COLON_THEN_SHARE.match(text, end, limit):
        item.composed = True  # "registered 4,800 returnees: 70 per cent from ..."
    if (
        percent_match is None
        and colon
        and not item.response_from
        and _COLON_THEN_PREPOSITION.match(text, end, limit)
    ):
        # "The Fund made 45 grants: 25 to non-governmental organizations"; those who
        # replied ("submitted by 45 countries: 30 in Africa") are a survey's whole.
        item.composed = True
    if (
        before.is_definite()
        and not (item.total_before or item.remaining or item.composed)
        and not _DEFINED_BY_ITS_ANSWER.match(text, end, limit)
        and not (
            percent_match is None
            and before.words[-1] == "the"
            and (
                _DEFINITE_LIST_AFTER.match(text, end, limit)
                # "for the 49 least developed countries, 34 of which are in Africa": a
                # known set that the part after it splits
                or _COUNT_OF_WHICH_AFTER.match(text, end, limit)
                # "Most of the 1.1 million refugees ... originate from A (612,000), ...":
                # a set its largest parts are listed of
                or (
                    _MOST_OF_THE.search(text, max(0, start - _MOST_OF_REACH), start)
                    and _FIGURE_IN_PARENTHESES_AFTER.match(text, end, limit)
                )
            )
        )
    ):
        if percent_match is not None or _COMPOSED.match(text, end, limit) is None:
            return _other(number)  # "the 47 recommendations", "the two sides": a known set
        item.composed = True  # "The 48 least developed countries comprise ..."
    if percent_match is not None:
        if number.form == "none":
            return _other(number)
        item.kind = "percent"
        if number.form == "digits":
            item.percent = Fraction(number.raw.replace(",", ""))
            item.decimals = _decimals(number.raw)
        else:
            item.percent, item.decimals = Fraction(value), 0
        item.value = None
        item.end = percent_match.end()
        item.head_end = item.verb_end = item.end
    return item


def _gapped_lower_label(text: str, end: int, limit: int) -> bool:
    """Whether a label in lower case and a bare count follow an object, its verb elided.

    >>> _gapped_lower_label("Women held 40 posts and men 55.", 13, 31)
    True
    >>> _gapped_lower_label("It received 40 complaints and resolved 35.", 14, 42)
    False
    """
    match = _OBJECT_THEN_GAPPED_LOWER.match(text, end, limit)
    if match is None:
        return False
    words = match["label"].split()
    return not any(
        word in VERBS or word in AUXILIARIES or word.endswith("ed") or word in _NOT_GAPPED
        for word in words
    )


# Words that open a clause or a time, no label of a gapped part ("and then 55").
_NOT_GAPPED = word_set("then another more further only also still again later")


def _shares_one_percent(text: str, number: Number, limit: int) -> bool:
    """Whether a bare figure is one of three or more that a later "per cent" ends.

    "the corresponding figures were 24, 63 and 13 per cent": 24 and 63 are shares too.
    A figure right after another with a comma and before "and" is the middle of such a
    list ("24, 63 and"): its list is checked from the first figure's place.

    >>> text = "by 2023 the figures were 24, 63 and 13 per cent"
    >>> _shares_one_percent(text, Number(25, 27, "24", "digits"), len(text))
    True
    >>> _shares_one_percent(text, Number(29, 31, "63", "digits"), len(text))
    True
    >>> text = "between 10 and 15 per cent"
    >>> _shares_one_percent(text, Number(8, 10, "10", "digits"), len(text))
    False
    """
    match = _SHARED_PERCENT.match(text, number.end, limit)
    if match is None:
        return False
    if match.group().lstrip().startswith(","):
        return True  # "24, 63 and 13 per cent" from its first figure
    before = _LIST_BEFORE.search(text, max(0, number.start - 12), number.start)
    return before is not None  # "63" of "24, 63 and 13 per cent"


# A figure and a comma right before another: the list goes on ("24, " before "63").
_LIST_BEFORE = re.compile(r"\d\s{0,3},\s{0,3}$")


def only_names(text: str, number: Number, limit: int | None = None) -> bool:
    """Whether a number in digits names something and nothing after it makes it a count.

    A year, a reference before its year in brackets, a paragraph's own number or a day
    before its month (:func:`names_no_count`) is no count or share, unless a unit or a
    scale follows it ("1990 per cent" is a share, "2000 million" a count) or it is a
    stated whole ("Of the 1950 staff surveyed"). Most numbers of a resolution are these,
    and reading them no further keeps it cheap.
    """
    start, end, raw, form = number
    if limit is None:
        limit = len(text)
    return (
        form == "digits"
        and limit == len(text)  # names_no_count looks past a limit
        and names_no_count(text, number)
        and not (
            len(raw) == 4 and text.startswith("the ", start - 4) and not _dated_text(text, end)
        )
        and not (text.startswith("and ", start - 4) and _FATE_OF_A_COUNT.match(text, end))
        and PERCENT_UNIT.match(text, end, limit) is None
        and not text.startswith(_SCALE_STARTS, end)
    )


# A singular noun after "the" and a year: what the year dates ("40 per cent of the 2024
# appeal", "the 2019 questionnaire", "the 2030 Agenda"), never what a count counts ("Of
# the 1950 staff surveyed", "the 1990 refugees": a plural or a collective noun).
_DATED_NOUN = re.compile(r"\s{1,3}([A-Za-z][a-z-]{2,})\b(?![’'-])")
_COLLECTIVE_NOUNS = frozenset(
    [
        "staff",
        "personnel",
        "people",
        "police",
        "children",
        "women",
        "men",
        "youth",
        "faculty",
        "crew",
        "clergy",
    ]
)


def _dated_text(text: str, end: int) -> bool:
    """Whether a year ending at ``end`` after "the" dates the singular noun after it."""
    after = _DATED_NOUN.match(text, end)
    if after is None or not YEAR_FIGURE.fullmatch(text[end - 4 : end]):
        return False
    noun = after.group(1).lower()
    return not noun.endswith("s") and noun not in _COLLECTIVE_NOUNS


# A passive fate right after a figure: no year is killed or injured, so "887 civilians were
# killed and 1957 were injured" counts 1957 people.
_FATE_OF_A_COUNT = re.compile(
    r"\s{1,3}(?:were|have\s{1,3}been|had\s{1,3}been)\s{1,3}(?:killed|injured|wounded|maimed)\b"
)


def _other(number: Number) -> Item:
    """A number that is no count of a tally but ends an enumeration (built only when kept)."""
    return Item("other", number.start, number.end)


def _scaled(raw: str, scale: str) -> int | None:
    """The whole number "2.4" "million" stands for, or None when it is no whole number.

    In whole numbers: the figure without its point, scaled, over a power of ten (a
    Fraction parsed from the text costs eight times as much).

    >>> _scaled("2.4", "million"), _scaled("1,200", "thousand"), _scaled("1.2345", "thousand")
    (2400000, 1200000, None)
    """
    whole, _, decimals = raw.replace(",", "").partition(".")
    value, rest = divmod(int(whole + decimals) * SCALE_WORDS[scale], 10 ** len(decimals))
    return value if rest == 0 else None


def _names_match(names: str, count: int) -> bool:
    """Whether an appositive lists exactly ``count`` names: "three members, A, B and C,"."""
    return len(split_members(names)[0]) == count


# "3. Requests", "(2) ...": at most a few blanks and a bracket before the number.
_OPENING_REACH = 4


def _opens_text_numbered(text: str, start: int, end: int) -> bool:
    """Whether digits open ``text`` as a paragraph's number ("3. Requests", "(2)").

    Nothing stands before them that could make them a verb's object, so they are
    :func:`_paragraph_number` ones whatever the words before would say.
    """
    return text[:start].strip() in ("", "(") and text[end : end + 1] in (".", ")")


def _paragraph_number(text: str, start: int, end: int) -> bool:
    """Whether digits open a line and end with ". " or ")" ("3. Requests", "(2)")."""
    reach = max(0, start - 4)  # a few blanks or "(" may open the line
    line = text.rfind("\n", reach, start) + 1
    if line == 0 and reach > 0:
        return False
    opening = text[line:start].strip()
    return opening in ("", "(") and text[end : end + 1] in (".", ")")


#: After "N of the M Governments": a relative clause that says the M replied.
THAT_REPLIED = re.compile(
    rf"{GAP}(?:that|who|which){GAP}(?:(?:had|have|has){GAP})?(?:(?:so{GAP}far|already){GAP})?"
    # those who gave their views gave their replies: "Of the 40 Governments that made
    # their views known, 31 ..." (surveys58)
    rf"(?:replied|responded|answered|made{GAP}(?:known{GAP}their{GAP}views"
    rf"|their{GAP}views{GAP}known))\b"
)


# Who "those" are after "of those": the ones who replied or were asked ("of those
# replying", "of those who responded", "of those surveyed").
_THOSE_ASKED = re.compile(
    rf"{GAP}(?:(?:who|that){GAP}(?:(?:had|have){GAP})?(?:replied|responded|answered)"
    rf"|replying|responding|answering|surveyed|polled|interviewed|questioned|asked)\b"
    rf"(?!{GAP}(?:to|about|for|on)\b)"
)
# A participle of replying that ends a whole's noun, then what they replied to: "of the
# 56 Member States responding| to the survey on the Programme of Action |stated".
_REPLYING_AT_END = re.compile(r"\s(?:responding|replying)$")
_REPLIED_TO = re.compile(r"\s{1,3}to\s{1,3}(?:the|its|their|a|an|this)\s")
_NEXT_WORD = re.compile(r"\s{1,3}([A-Za-z][\w'’+-]*)")
_REPLIED_TO_WORDS = 14  # words of what they replied to, at most


def _replying_end(text: str, noun_end: int, limit: int) -> int | None:
    """Where what the whole replied to ends, after a noun that ends on "responding".

    "Forty-one of the 56 Member States responding to the survey on the Programme of
    Action stated that ...": the 56 replied, and the part's verb ("stated") follows what
    they replied to. None where no verb follows within a few words and no clause mark.
    """
    if not _REPLYING_AT_END.search(text, max(0, noun_end - 12), noun_end):
        return None
    to = _REPLIED_TO.match(text, noun_end, limit)
    if to is None:
        return None
    pos = to.end() - 1
    for _ in range(_REPLIED_TO_WORDS):
        word = _NEXT_WORD.match(text, pos, limit)
        if word is None:
            return None  # a clause mark or a number: no verb of the part
        if word[1] in VERBS:
            return pos
        pos = word.end()
    return None


# Right after a share: the same share at another time, in parentheses ("62.5 per cent
# (60.1 per cent in 2010) were women"). It belongs to the share's head, so its figures
# are no parts and the share's verb is read after it.
_COMPARISON_ASIDE = re.compile(
    r"\s{0,3}\(\s{0,2}(?:(?:compared\s{1,3}(?:with|to)|against|up\s{1,3}from|down\s{1,3}from)"
    r"\s{1,3})?\d{1,3}(?:\.\d{1,2})?\s{0,3}(?:per\s{0,3}cent|percent|%)\s{1,3}"
    r"(?:in\s{1,3}(?:\d{4}|the\s{1,3}(?:previous|preceding|last)\s{1,3}[a-z]{1,12})"
    r"|(?:a|one|the)\s{1,3}(?:year|decade|biennium)\s{1,3}(?:earlier|before|ago)"
    r"|(?:at\s{1,3}the\s{1,3}end\s{1,3}of|by|at)\s{1,3}\d{4})\s{0,2}\)"
)


# After a share only: a whole written with a scale word ("70 per cent of the 2.4 million
# returnees"). After a count ("5 of the 2.4 million") the scales differ: no whole is read.
_OF_SCALED = re.compile(
    rf"{GAP}of{GAP}(?:(?:the|all|these|those|the{GAP}world['’]s){GAP})?"
    rf"(?P<total>\d{{1,3}}(?:\.\d{{1,3}})?){GAP}(?P<scale>thousand|million|billion){GAP}(?=[A-Za-z])"
)


# A fraction in words: "two thirds", "a quarter", "half"; its number is no count.
_FRACTION = (
    r"half|(?:one|two|a)[\s-]{1,3}(?:third|quarter|fifth)s?|three[\s-]{1,3}(?:quarters|fifths)"
    r"|four[\s-]{1,3}fifths"
)
# A year in brackets right after a number makes it the number of a text of that year
# ("resolution 242 (1967)", "General Comment No. 3 (1990)"): no count is dated that way.
_YEAR_BRACKET_STARTS = (" (", "(")
_YEAR_BRACKET = re.compile(r" ?\((?:1[89]|20)\d\d\)")
_FRACTION_NOUN_AFTER = re.compile(r"[\s-]{1,3}(?:thirds?|quarters?|fifths?)\b")
# An age, or the upper end of one, in a label: "aged 6 to 9", "aged 13 and over",
# "aged between 15 and 24", "ages 10-14".
_AGE_BEFORE = re.compile(
    rf"\b(?:aged|ages?)(?:{GAP}(?:between|from|under|over))?{GAP}"
    rf"(?:\d{{1,2}}(?:{GAP}(?:to|and){GAP}|\s{{0,2}}[-–]\s{{0,2}}))?$"
)
# A ratio, "one in five", "1 in 4", "one in every three", "two out of every five": its
# ends are a rate, no counts. "out of" alone is no ratio ("12 out of 40 States replied" is a
# part of a whole), "in" before a year no ratio ("5 in 2019").
_RATIO_JOINT = r"\s{1,3}(?:in(?:\s{1,3}every)?|out\s{1,3}of\s{1,3}every)\s{1,3}"
_RATIO_BOTTOM_AFTER = re.compile(rf"{_RATIO_JOINT}(?P<bottom>\d{{1,4}}|{NUMBER_WORDS})(?![\w,.-])")
_RATIO_TOP_BEFORE = re.compile(rf"(?<![\w,.-])(?P<top>\d{{1,3}}|{NUMBER_WORDS}){_RATIO_JOINT}$")
_RATIO_REACH = 60  # characters: the top of a ratio and its joint before the bottom


# Before a count that is a mean: "an average of 18", "on average 40", "averaging some 12".
_AVERAGE_BEFORE = re.compile(
    r"\b(?:an?\s{1,3}average\s{1,3}of|on\s{1,3}average|averag(?:ing|ed))"
    r"(?:\s{1,3}(?:over|some|about|around|nearly|almost|more\s{1,3}than))?\s{1,3}$",
    re.IGNORECASE,
)


def ends_ratio(text: str, number: Number, limit: int) -> bool:
    """Whether a number is either end of a ratio: "one in five", "1 in 4", "one in every 3".

    The first end must be the smaller, and the second no year nor measure ("2 in 12
    months" is a count in a period).

    >>> text = "One in five children is stunted, one in 2019 was"
    >>> [(n.raw, ends_ratio(text, n, len(text))) for n in find_numbers(text)]
    [('One', True), ('five', True), ('one', False), ('2019', False)]
    >>> text = "12 out of 40 States, 2 out of every 3 towns and 4 in 6 months"
    >>> [(n.raw, ends_ratio(text, n, len(text))) for n in find_numbers(text)]
    [('12', False), ('40', False), ('2', True), ('3', True), ('4', False), ('6', False)]
    """
    start, end, raw, _ = number
    after = _RATIO_BOTTOM_AFTER.match(text, end, limit)
    if after is not None:
        return _is_ratio(raw, after["bottom"]) and not NOT_COUNT_AFTER.match(
            text, after.end(), limit
        )
    words_before = text[max(0, start - 7) : start].rstrip()
    if not words_before.endswith(("in", "every")) or words_before.split()[-1:] not in (
        ["in"],
        ["every"],
    ):
        return False  # literal tests first: most numbers follow no "in"
    before = _RATIO_TOP_BEFORE.search(text, max(0, start - _RATIO_REACH), start)
    return (
        before is not None
        and _is_ratio(before["top"], raw)
        and not NOT_COUNT_AFTER.match(text, end, limit)
    )


def _is_ratio(top: str, bottom: str) -> bool:
    """Whether ``top`` in ``bottom`` reads as a ratio: whole numbers, the first smaller."""
    if YEAR_FIGURE.fullmatch(bottom):
        return False
    low, high = read_count(top)[0], read_count(bottom)[0]
    return low is not None and high is not None and 0 < low < high


# A majority or minority, how large in words: "a clear majority", "a sizeable minority".
_MAJORITY = (
    r"(?:a|the)\s{1,3}(?:(?:large|clear|small|narrow|vast|slight|great|substantial|significant"
    r"|overwhelming|sizeable|sizable|considerable|bare|simple)\s{1,3})?(?:minority|majority)"
)
# How near a quantity in words is to the figure: "nearly", "about", "just over".
_APPROXIMATELY = (
    r"(?:nearly|almost|about|some|roughly|over|more\s{1,3}than|just\s{1,3}(?:over|under)"
    r"|fewer\s{1,3}than|less\s{1,3}than)"
)
# How much of a group, in words: "nearly two thirds", "a majority", "most".
_QUANTIFIER = rf"(?i:(?:{_APPROXIMATELY}\s{{1,3}})?(?:{_FRACTION}|most|many|all|{_MAJORITY}))"
# A share in parentheses after the quantifier it states: "Nearly two thirds (64 per cent)
# of responding countries reported ...", "Half (52 per cent) of them".
_FRACTION_BEFORE = re.compile(rf"(?<![\w-])(?P<quantifier>{_QUANTIFIER})\s{{0,2}}\(\s{{0,2}}$")
# A count in parentheses after the quantified noun it counts: "Half of the respondents
# (26) described ...", "A majority of countries (34) supported ...", "Most replies (62)".
_QUANTIFIED_NOUN_BEFORE = re.compile(
    rf"(?<![\w-])(?P<quantifier>{_QUANTIFIER})(?:\s{{1,3}}of(?:\s{{1,3}}(?:the|all|those))?)?"
    r"(?:\s{1,3}(?P<whole>\d{1,3}(?:,\d{3})+|\d{1,6}))?"  # "Nearly half of the 88 countries (42)"
    r"\s{1,3}(?P<noun>(?:[A-Za-z][\w-]{1,25}\s{1,3})?[A-Za-z][\w-]{1,25}s)"
    # those of them who answered: "Most of the Governments that replied (43) were ...", or
    # who were asked: "Nearly three quarters of the 1,600 households interviewed (1,174)"
    r"(?:\s{1,3}(?:that|who|which)\s{1,3}(?:had\s{1,3}|have\s{1,3})?(?:replied|responded|answered)"
    r"|\s{1,3}(?:interviewed|surveyed|polled|sampled|consulted|questioned|canvassed|visited"
    r"|responding|replying|reporting))?"
    r"\s{0,2}\(\s{0,2}$"
)
# A count in parentheses after a quantifier with no noun, a part of those named before:
# "..., while a minority (9) had not", "and the rest (12) did not reply", "a clear
# majority (39) supported it", "most (41) replied".
_QUANTIFIER_ALONE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<quantifier>(?i:{_MAJORITY}"
    rf"|(?:a|the)\s{{1,3}}(?:few|rest|remainder|others)|most"
    rf"|(?P<approximately>{_APPROXIMATELY}\s{{1,3}})?(?:{_FRACTION})))"
    r"(?P<of_them>\s{1,3}of\s{1,3}(?:them|these|those))?"  # "most of them (21) supported it"
    r"\s{0,2}\(\s{0,2}$"
)
_QUANTIFIED_REACH = 80
# Where a clause opens, before a subject: "Of the 60 that replied, about a third (21) had".
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:]\s{0,3}|\b(?:and|while|whereas|but)\s{1,3})$")
_CLAUSE_OPENS_REACH = 12
#: A count set after its noun: "the replies, 58 in number, came from ..."
IN_NUMBER = re.compile(r"\s{1,3}in\s{1,3}number\b")
_CLOSE = re.compile(r"\s{0,2}\)")
# The end of a count in parentheses after its quantified noun, with the whole or the noun
# it may repeat: "(34)", "(34 of 52)", "(40 States)".
_CLOSE_COUNT = re.compile(
    r"(?:\s{1,3}(?:out\s{1,3})?of\s{1,3}(?P<whole>\d{1,3}(?:,\d{3})+|\d{1,6})"
    r"|\s{1,3}[A-Za-z][\w-]{1,25}s)?\s{0,2}\)"
)


def _read_quantified_noun(text: str, item: Item, limit: int) -> int:
    """Where the head of a count in parentheses after its quantified noun ends, or its end.

    Sets the item's counted noun and moves its prefix back to the quantifier. A share
    there ("two thirds (64 per cent) of ...") has its noun after it, read next.
    """
    if item.start == 0 or text[item.start - 1] not in "( ":
        return item.end
    if "(" not in text[max(0, item.start - 4) : item.start]:
        return item.end  # the patterns below end on "(", at most two blanks and a line break
    reach = max(0, item.start - _QUANTIFIED_REACH)
    if item.kind == "percent":
        before = _FRACTION_BEFORE.search(text, reach, item.start)
        close = _CLOSE.match(text, item.end, limit) if before is not None else None
        if before is None or close is None:
            return item.end
        item.prefix_start = before.start()
        return close.end()
    before = _QUANTIFIED_NOUN_BEFORE.search(text, reach, item.start)
    alone = None if before is not None else _QUANTIFIER_ALONE_BEFORE.search(text, reach, item.start)
    if alone is not None:  # "a minority (9) had not": the noun is the one named before
        close = _CLOSE.match(text, item.end, limit)
        if close is None:
            return item.end
        item.prefix_start = alone.start()
        if alone["approximately"] and not _CLAUSE_OPENS.search(
            text, max(0, alone.start() - _CLAUSE_OPENS_REACH), alone.start()
        ):
            # "accounted for about half (41,000)": an object, its "about" left to the verb
            item.prefix_start = alone.end("approximately")
        item.of_them = alone["of_them"] is not None  # "most of them (21)": a part of those
        return close.end()
    close = _CLOSE_COUNT.match(text, item.end, limit) if before else None
    if close is None:
        return item.end
    whole = close["whole"] or before["whole"]
    if whole is not None:
        of_total = int(whole.replace(",", ""))  # "(34 of 52)", "half of the 88 ... (42)"
        if item.value is None or item.value > of_total:
            return item.end
        item.of_total = of_total
    item.counted, item.prefix_start = before["noun"], before.start()
    return close.end()


# Before "one of the N": an apposition or a copula that makes "one" the thing just named.
_NAMES_ONE_OF = re.compile(
    r"(?:,|\b(?:was|is|were|are|as|being|became|becomes|remains|remained))\s{1,3}$",
    re.IGNORECASE,
)


def _read_head(text: str, item: Item, limit: int) -> None:
    """Read the "of" phrase, share, noun and verbs after the number (and "per cent")."""
    pos = _read_quantified_noun(text, item, limit)
    if item.kind == "count" and text.startswith(" (", pos):
        share = _SHARE.match(text, pos, limit)
        if share is not None and _OF_THE_NUMBER.match(text, share.end(), limit):
            # "Women accounted for 14,120 (38.6 per cent) of the 36,574 staff": the share
            # of the whole named next
            item.share, item.share_decimals = Fraction(share["share"]), _decimals(share["share"])
            pos = share.end()
    # "45 per cent of the 3.1 million children", and a count of a whole in millions:
    # "Five billion of the world's 6 billion people", "5,000 of the 1.2 million refugees"
    scaled = _OF_SCALED.match(text, pos, limit) if item.kind in ("percent", "count") else None
    if scaled is not None and NOT_COUNT_AFTER.match(text, scaled.end(), limit):
        scaled = None  # "of the 3.1 million dollars", "tonnes": money or a measure, no whole
    total = _scaled(scaled["total"], scaled["scale"]) if scaled is not None else None
    if total and item.kind == "count" and (item.value is None or item.value >= total):
        total = None  # a count is less than its whole
    if scaled is not None and total:
        counted, noun_end = _noun_phrase(text, scaled.end() - 1, None, limit, plural=False)
        if counted is not None:
            item.counted, item.of_noun, item.of_total = counted, True, total
            pos = noun_end
    of = _OF.match(text, pos, limit) if not item.of_noun else None
    if of is None and item.kind == "percent" and text.startswith(" being ", pos):
        item.of_them = True  # "1,200 staff, 35 per cent being women": a share of them
    if of is not None:
        if of["pronoun"]:
            item.subset = of["pronoun"] in ("which", "whom")  # "one of which was ..."
            item.of_them = of["pronoun"] in ("them", "these", "those")  # "30 of them said"
            item.of_noun = True
            pos = of.end()
            if of["pronoun"] == "those" and (asked := _THOSE_ASKED.match(text, pos, limit)):
                item.of_replied, pos = True, asked.end()  # "61 per cent of those replying"
        elif of["member_body"]:
            # "Eleven of the 15-member Council voted": the body's members are the whole
            _, body_end = _noun_phrase(text, of.end() - 1, None, limit, plural=False)
            whole, _ = read_count(of["of_total"])
            if (
                body_end > of.end() - 1
                and whole is not None
                and item.kind == "count"
                # "Eleven of the 15-member Council's meetings": the body owns the count
                and not _POSSESSIVE.search(text, of.end() - 1, body_end + 2)
            ):
                item.counted, item.of_noun, item.of_total = "members", True, whole
                pos = body_end
        else:
            counted, noun_end = _noun_phrase(
                text, of.end() - 1, None, limit, plural=item.kind != "percent"
            )
            # "of our police" after a count is a possession ("11 of our citizens perished"),
            # after a percentage a base ("23 per cent of our budget")
            possessive = of["det"] in _POSSESSIVES
            det = of["det"] and not possessive
            if (
                counted is None
                and item.kind == "count"
                and of["of_total"]
                and not possessive
                and (elided := _WHOLE_NOUN_ELIDED.match(text, of.end("of_total"), limit))
                and elided["verb"] in _ELIDED_WHOLE_VERBS
                and not _dated_text(text, of.end("of_total"))
                and (whole := read_count(of["of_total"])[0]) is not None
                and item.value is not None
                and item.value < whole
            ):
                # "23 out of 53 voted in favour", "nine of the 15 abstained": the whole's
                # noun is understood, its verb follows the whole's count
                item.of_noun, item.of_total = True, whole
                pos = elided.start("verb") - 1
            elif counted is not None and (det or of["of_total"] or item.kind == "percent"):
                item.counted = counted
                item.of_noun = True
                pos = noun_end
                if (
                    item.kind == "count"
                    and not of["of_total"]
                    and (of["det"] or "").split() == ["the"]
                    and _OPENS_SENTENCE.search(text, max(0, item.start - 4), item.start)
                ):
                    # "... elected 12 countries to the Board. Three of the countries are
                    # from the Americas": the noun named again points back as "of them"
                    item.of_them = True
                if (
                    of["of_total"]
                    and _NAMES_ONE_OF.search(text, max(0, item.start - 12), item.start)
                    and text[item.start : item.end].lower() == "one"
                ):
                    # "a resolution on Iran, one of four texts adopted by recorded vote",
                    # "That resolution was one of 14 approved": the thing named, no count
                    item.kind, item.counted, item.of_noun = "other", None, False
                    return
                if of["of_total"] and not _dated_text(text, of.end("of_total")):
                    item.of_total, _ = read_count(of["of_total"])
                    replied = THAT_REPLIED.match(text, pos, limit)
                    if replied is not None:  # "Nine of the 15 members that responded were"
                        item.of_replied, pos = True, replied.end()
                    elif (replying_end := _replying_end(text, pos, limit)) is not None:
                        item.of_replied, pos = True, replying_end
    if item.kind == "count" and not item.composed and _COMPOSED.match(text, item.end, limit):
        item.composed = True  # "The Mission's 1,240 staff comprise ..."
    if item.kind == "count" and (in_number := IN_NUMBER.match(text, pos, limit)):
        pos = in_number.end()  # "the remaining replies, 18 in number, raised ...": no label
    if item.kind == "count":
        share = _SHARE.match(text, pos, limit)
        if share is not None:
            item.share, item.share_decimals = Fraction(share["share"]), _decimals(share["share"])
            pos = share.end()
        if item.counted is None:
            counted, noun_end = _noun_phrase(text, pos, item.value, limit)
            if item.value == 1:
                # "two policemen, one security guard and 20 peacekeepers": the whole noun
                # before the joint (not "security", with "guard" its verb)
                singular, singular_end = _singular_in_list(text, item.prefix_start, pos, limit)
                if singular is not None and singular_end > noun_end:
                    counted, noun_end = singular, singular_end
            if counted is not None:
                item.counted, pos = counted, noun_end
                share = _SHARE.match(text, pos, limit)
                if share is None and text[: item.prefix_start].rstrip().endswith("("):
                    share = _SHARE_CLOSING_PAREN.match(text, pos, limit)  # "(26 cases, 10%)"
                if share is not None and item.share is None:
                    item.share = Fraction(share["share"])
                    item.share_decimals = _decimals(share["share"])
                    pos = share.end()
        names = _NAMES.match(text, pos, limit)
        if names is not None:
            item.members, pos = names["names"], names.end()
        elif item.counted is not None and item.value is not None:
            appositive = _APPOSITIVE.match(text, pos, limit) or _DASHED_APPOSITIVE.match(
                text, pos, limit
            )
            if appositive is not None and _names_match(appositive["names"], item.value):
                item.members, pos = appositive["names"], appositive.end()
            elif (
                text.startswith(" including ", pos)
                and (named := _INCLUDING_NAMED.match(text, pos, limit)) is not None
                and named["verb"] in _ELIDED_WHOLE_VERBS
            ):
                # "35 nations including China and India abstained": some of them named, no
                # members (only some), and the verb after the names is the count's
                pos = named.start("verb") - 1
    if item.kind == "percent" and (aside := _COMPARISON_ASIDE.match(text, pos, limit)):
        pos = aside.end()  # "62.5 per cent (60.1 per cent in 2010) were women": an aside
    item.head_end = pos
    item.auxiliary, item.verb, item.verb_end = verb_group(
        text, pos, limit, item.value, subject=item.counted is not None and item.kind == "count"
    )
    if item.of_noun and item.counted and item.verb is None and item.auxiliary is None:
        _read_adjunct_verb(text, item, limit)
        if item.verb is None and item.auxiliary is None:
            _read_verb_after_infinitive(text, item, limit)
    elif (
        item.kind == "count"
        and item.counted
        and item.verb is None
        and item.auxiliary is None
        and text.startswith(" in ", item.head_end)
    ):
        # "33 civilians in Yemen were killed and 25 injured": a place between the
        # casualties and their verb
        _read_adjunct_verb(text, item, limit, verbs=_HARM_VERBS)


# A short phrase of place or time between the whole of an "of" phrase and its verb ("of
# the Governments surveyed in 2005 considered", "of respondents in the 2010 round
# wished"): a preposition, an article, then up to three words, one of them maybe a year.
_ADJUNCT_OPENING = re.compile(
    r"\s{1,3}(?:in|during|at|across|within)(?:\s{1,3}(?:the|its|their))?(?=\s)"
)
_ADJUNCT_WORD = re.compile(r"\s{1,3}(?:(?:1[89]|20)\d\d(?![\d,.]\d)|[A-Za-z][\w'’-]{0,30})\b")
_MAX_ADJUNCT_WORDS = 3


# The verbs of harm a count of people may take after a place: "in Yemen were killed".
_HARM_VERBS = frozenset(
    ("killed", "injured", "wounded", "maimed", "abducted", "detained", "arrested", "displaced")
)


def _read_adjunct_verb(
    text: str, item: Item, limit: int, *, verbs: frozenset[str] | None = None
) -> None:
    """Read the verb of an "of" phrase's whole after a short adjunct of place or time.

    The adjunct joins the head (so a year in it ends no list); nothing changes unless a
    main verb follows it. "53 per cent of the Governments surveyed in 2005 considered
    ...": the verb is "considered"; "40 per cent of women in rural areas" with no verb
    after it, or with an auxiliary alone ("had programmes"), keeps its head.
    """
    opening = _ADJUNCT_OPENING.match(text, item.head_end, limit)
    if opening is None:
        return
    position = opening.end()
    for _ in range(_MAX_ADJUNCT_WORDS):
        word = _ADJUNCT_WORD.match(text, position, limit)
        if word is None or word.group().strip().lower() in _NP_STOP:
            return
        position = word.end()
        auxiliary, verb, verb_end = verb_group(text, position, limit, item.value)
        if verbs is not None:
            # only the verbs asked for, in the passive: "in Yemen were killed"
            participle = _ADJUNCT_WORD.match(text, verb_end, limit) if auxiliary else None
            if participle is not None and participle.group().strip().lower() in verbs:
                item.head_end = position
                item.auxiliary, item.verb, item.verb_end = auxiliary, None, verb_end
            if auxiliary is not None or verb is not None:
                return
            continue
        if verb is not None:
            item.head_end = position
            item.auxiliary, item.verb, item.verb_end = auxiliary, verb, verb_end
            return
        if auxiliary is not None:
            return  # "of municipalities in coastal provinces had programmes": no main verb


# A passive infinitive that says what the whole of an "of" phrase is to undergo, maybe
# closed by a comma: "of the 1,200 villages to be assessed(,) have been completed".
_INFINITIVE_MODIFIER = re.compile(r"\s{1,3}to\s{1,3}be\s{1,3}[a-z]{3,20}(?:ed|en|t)\b(?:\s{0,3},)?")


def _read_verb_after_infinitive(text: str, item: Item, limit: int) -> None:
    """Read the verb of an "of" phrase's whole after a passive infinitive that modifies it.

    "64 per cent of the 2,400 schools to be rebuilt have been handed over": the verb
    group is "have been"; nothing changes where no verb group follows the infinitive.
    """
    infinitive = _INFINITIVE_MODIFIER.match(text, item.head_end, limit)
    if infinitive is None:
        return
    auxiliary, verb, verb_end = verb_group(text, infinitive.end(), limit, item.value)
    if auxiliary is not None or verb is not None:
        item.head_end = infinitive.end()
        item.auxiliary, item.verb, item.verb_end = auxiliary, verb, verb_end


# Words around a number that make it part of a share's label, a bound of an age or a
# size ("30 per cent were under 15", "aged 15 to 59", "60 or over"), not a figure.
_BOUND_WORDS = frozenset("under over aged below above between than".split())  # noqa: SIM905
_OPEN_BOUND_WORDS = frozenset("over older above more".split())  # noqa: SIM905
_AGE_UNITS = frozenset(("years", "year", "months"))


def is_bound(text: str, start: int, end: int) -> bool:
    """Whether the number at start:end bounds a share's label ("were under 15").

    The words around it read as :func:`bound_at` reads a label's (plain string tests:
    it is asked of every number after a share).
    """
    before = text[max(0, start - 24) : start].lower().split()[-3:]
    after = text[end : end + 20].lower().split()[:3]
    return bound_at([*before, text[start:end], *after], len(before))


# A past verb (and its particle) right before a count it takes as its object: "has closed
# 9 of the 12", "disposed of 61 of the 75".
_VERB_BEFORE_OBJECT = re.compile(
    r"\b(?P<verb>[a-z]{3,}ed(?:\s{1,3}(?:of|on|with))?)\s{1,3}"
    r"(?:(?:only|just|about|some|nearly|almost)\s{1,3})?$"
)
_VERB_BEFORE_REACH = 40


def verb_before_object(text: str, start: int) -> str | None:
    """The past verb whose object the count at ``start`` is, or None.

    >>> verb_before_object("Management has closed 9 of the 12 audit findings.", 22)
    'closed'
    """
    match = _VERB_BEFORE_OBJECT.search(text, max(0, start - _VERB_BEFORE_REACH), start)
    return " ".join(match["verb"].split()) if match else None


def bounds_label(text: str, item: Item) -> bool:
    """Whether a number that is no count bounds the label it stands in ("were under 15").

    "47 per cent were under 15 years of age and 3 per cent were aged 65 or over": the
    ages are in the labels, and end no list; a year never is such a bound ("45 per cent in
    2010 and ...", "between 2010 and 2015" dates the parts around it).
    """
    return is_bound(text, item.start, item.end) and not YEAR_FIGURE.fullmatch(
        text, item.start, item.end
    )


def _is_figure(word: str) -> bool:
    """Whether a word is a number, in digits or in words ("15", "five")."""
    return word[:1].isdigit() or (word.isalpha() and words_to_number(word) is not None)


def bound_at(lowered: list[str], at: int) -> bool:
    """Whether the word at ``at`` of a label is a bound ("under 15", "15 to 59", "60 or over")."""
    before = lowered[at - 1] if at > 0 else ""
    if before in _BOUND_WORDS:
        return True
    if before == "of" and at > 1 and lowered[at - 2] in ("age", "ages"):
        return True  # "under the age of 15", "between the ages of 15 and 24"
    if before in ("to", "-", "–") and at > 1 and _is_figure(lowered[at - 2]):
        return True  # "15 to 59", "five to ten years"
    if before == "and" and at > 2 and lowered[at - 3] == "between":
        return True
    after = lowered[at + 1 : at + 4]
    if len(after) >= 2 and after[0] == "to" and _is_figure(after[1]):
        return True  # "five to ten years": the lower bound
    if after and after[0][:1] in ("-", "–") and after[0][1:2].isdigit():
        return True  # "18-24 years": the lower bound, the upper joined by a hyphen
    if after and after[0] in _AGE_UNITS:
        after = after[1:]  # "60 years and over": the bound's unit before its open end
    return (
        len(after) >= 2
        and after[0] in ("or", "and")
        and after[1].rstrip(",;.") in _OPEN_BOUND_WORDS
    )


def is_bare_agent(text: str, start: int) -> bool:
    """Whether the number at ``start`` names who did what a passive says, its noun left out.

    "policies to raise fertility were reported by 55, to lower it by 69 ...": "by" after
    a passive, or repeating such a "by" in a list with the verb elided. The item reader
    keeps these numbers apart (a bare "by N" is most often a margin); a reader that
    checks them by arithmetic may take them.
    """
    before = _Before(text, start)
    return before._word(1) == "by" and (
        before._agent_by(noun=False) or before._gapped_by(noun=False)
    )


# "All but one of the 25 texts", "all except three of them", "every member save two": the
# count names the exception, and those the clause speaks of are the rest, whose count the
# text leaves unwritten.
_EXCEPTION_BEFORE = re.compile(
    r"(?i)\b(?:all|every\s{1,3}\w+|each\s{1,3}\w+)\s{1,3}(?:but|except(?:\s{1,3}for)?|save)\s{1,3}$"
)
_EXCEPTION_REACH = 30


def mark_excepted_counts(text: str, items: list[Item]) -> list[Item]:
    """The items with each count that names an exception to "all" made no part ("other").

    "All but one of the 25 texts were adopted without a vote": the texts adopted so are
    24, a count the text never writes, and the "one" is the text that was not. Counts
    are never invented, so the exception is no part and its clause no part of the whole.

    Parameters
    ----------
    text
        One paragraph (any string).
    items
        The items of ``text`` (:func:`read_items`).

    Returns
    -------
    list of Item
        ``items`` with each count right after "all but", "all except (for)", "all save",
        "every/each NOUN but" made an item of kind "other"; the others as they were.

    Examples
    --------
    >>> text = "All but two of the 12 drafts were approved without a vote."
    >>> items = read_items(text)  # "two of the 12 drafts": one item, its whole 12
    >>> [(item.kind, item.of_total) for item in items]
    [('count', 12)]
    >>> [item.kind for item in mark_excepted_counts(text, items)]
    ['other']
    """
    if not may_follow_exception(text):
        return items  # the cheap gate: no word of exception
    marked = []
    for item in items:
        if item.kind == "count" and follows_exception(text, item.start):
            item = Item("other", item.start, item.end)
        marked.append(item)
    return marked


def may_follow_exception(text: str) -> bool:
    """Whether ``text`` holds a word of exception at all ("but", "except", "save").

    >>> may_follow_exception("All but one were adopted."), may_follow_exception("All were.")
    (True, False)
    """
    return " but " in text or "xcept" in text or " save " in text


def follows_exception(text: str, start: int) -> bool:
    """Whether the number at ``start`` names an exception to "all" or "every".

    >>> text = "All but two of the 15 members voted in favour."
    >>> follows_exception(text, text.index("two")), follows_exception(text, text.index("15"))
    (True, False)
    """
    return _EXCEPTION_BEFORE.search(text, max(0, start - _EXCEPTION_REACH), start) is not None
