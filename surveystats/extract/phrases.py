"""What the words around a number say about it: its qualifier, what it counts, its base.

"more than 40 per cent" is not 40 per cent exactly (:func:`qualifier_of`); "78 Member
States" counts Member States (:func:`counted_after`); "41 per cent of the membership" is a
share of the membership, and so is "60.3 per cent" in "Among the 78 respondents, 60.3 per
cent ..." (:func:`base_after`, :func:`base_before`). Each function looks at a bounded
window next to one number, so the cost is constant per number.
"""

from __future__ import annotations

import re

from surveystats.text import NUMBER_WORDS
from surveystats.text.words import CARDINAL_WORDS, ORDINAL_WORDS

__all__ = [
    "base_after",
    "base_before",
    "counted_after",
    "counted_in_base",
    "is_plural",
    "qualifier_of",
    "singular_noun",
]

#: Words before a number that qualify it, lower case -> qualifier.
QUALIFIERS_BEFORE = {
    **dict.fromkeys(
        ["about", "around", "approximately", "approx.", "roughly", "some", "estimated",
         "an estimated", "circa", "ca.", "close to", "in the order of", "on the order of",
         "of the order of", "in the region of", "an average of", "on average"],
        "approximately",
    ),
    **dict.fromkeys(
        ["more than", "over", "above", "in excess of", "exceeding", "upwards of",
         "greater than", "higher than", "just over", "well over", "well above", "beyond",
         "larger than", "bigger than"],
        "more_than",
    ),
    **dict.fromkeys(
        ["at least", "no less than", "no fewer than", "not less than", "not fewer than",
         "a minimum of", "minimum of", "at a minimum", "equal to or more than",
         "equal to or greater than", "equal to or higher than", "equal to or above",
         "greater than or equal to", "more than or equal to", "higher than or equal to",
         "greater or equal to", "higher or equal to", "greater or equal than",
         "higher or equal than", "bigger or equal than", "larger or equal than",
         "no lower than", "not lower than", "no smaller than", "not smaller than"],
        "at_least",
    ),
    **dict.fromkeys(
        ["less than", "fewer than", "under", "below", "nearly", "almost", "just under",
         "not quite", "lower than", "smaller than", "just below", "short of"],
        "less_than",
    ),
    **dict.fromkeys(
        ["at most", "up to", "no more than", "not more than", "a maximum of", "maximum of",
         "not exceeding", "equal to or less than", "equal to or lower than",
         "equal to or fewer than", "equal to or below", "less than or equal to",
         "lower than or equal to", "smaller than or equal to", "fewer than or equal to",
         "less or equal to", "lower or equal to", "less or equal than", "lower or equal than",
         "smaller or equal than", "as many as", "as much as", "as high as",
         "no greater than", "not greater than", "no higher than", "not higher than",
         "no larger than", "not larger than", "no bigger than", "not bigger than"],
        "at_most",
    ),
}  # fmt: skip
_QUALIFIER_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in QUALIFIERS_BEFORE)
#: Words after a number that qualify it: "5 or more", "65 and over", "60 or older".
_QUALIFIER_AFTER = re.compile(
    r"\s+(?P<words>(?:or|and)\s+(?:more|over|above|greater|older|less|fewer|under|below"
    r"|younger))\b"
    r"(?!\s+than\s+\w)"  # "200 or greater than 190": "greater than" qualifies the 190
    r"(?![ ][a-z]+ly\b)"  # "for 5 years and, more importantly": a connective, not a bound
)
#: After a bound, "or equal" makes it inclusive: "more than 5,000 or equal to it".
_OR_EQUAL_AFTER = re.compile(r"\s+or\s+equal\b")
_INCLUSIVE = {"more_than": "at_least", "less_than": "at_most"}
#: A plus sign after a number, before no digit or letter: "persons aged 65+", "10+ years".
_PLUS_AFTER = re.compile(r"\+(?![\w+])")
#: A unit of age between an age and its bound: "15 years and older", "5 years or under".
_AGE_UNIT = re.compile(r"\s+(?:years?|months?)(?:\s+of\s+age)?(?=\s+(?:or|and)\s)")
_AFTER_QUALIFIERS = {
    "more": "at_least", "over": "at_least", "above": "at_least", "greater": "at_least",
    "older": "at_least", "less": "at_most", "fewer": "at_most", "under": "at_most",
    "below": "at_most", "younger": "at_most",
}  # fmt: skip
_QUALIFIER_WINDOW = 32  # characters before a number looked at for its qualifier
# A comparison sign right before a number bounds it ("<1%", "> 50", "≤ 0.5 per cent"),
# where it opens the phrase: not between two numbers ("3 > 2" compares them), after a
# letter ("x>10") or after a mark of a garbled scan ("?>1"). An equals sign after it (or
# before it) is part of it: "<= 100", "< = 100" split into tokens, "=< 100" are "≤ 100".
_SIGN_BEFORE = re.compile(
    r"(?:^|(?<![\d%)\]])[ \t]|[(\[:;,])(=?)([<>≤≥])((?:[ ]?=)?)[ ]?$"
    r"|(?<![\d%)\]])(?<![\d%)\]][ ])=([<>≤≥])[ ]?$"
)
_SIGN_QUALIFIERS = {"<": "less_than", ">": "more_than", "≤": "at_most", "≥": "at_least"}
_SIGN_OR_EQUAL = {"<": "at_most", ">": "at_least", "≤": "at_most", "≥": "at_least"}
_SIGN_REACH = 6  # characters before a number looked at for its sign: " < = 100"
_SIGNS = frozenset(_SIGN_QUALIFIERS)
_TIME_UNIT_NEXT = re.compile(r"\s+(?:years?|months?|weeks?|days?|decades?|centuries|hours?)\b")
# Before "over 40 years", these make "over" mean "more than".
_BEFORE_OVER_MORE = frozenset(
    ["", "for", "of", "in", "after", "within", "than", "at", "by", "to", "lasting", "since",
     "spanning", "some", "aged", "is", "are", "was", "were", "been", "be", "now", "just"]
)  # fmt: skip

# Words that end the noun phrase after a count: function words, auxiliaries and common
# verbs; a count is followed by what it counts, not by these.
_STOP_WORDS = frozenset(
    """a an the this that these those its their his her our my your which who whom whose
    what of in on at by for with from to into onto over under between among against
    during since until after before per about around than as through within without
    across upon towards toward via including like and or but nor yet so while whereas if
    when where because although though is are was were be been being has have had do
    does did will would shall should can could may might must not no also only each all
    more less most least very respectively inclusive above below thereof therein it they
    we he she there here out up down off again further then once both either neither
    such same own just even still already per cent percent per-cent
    percentage thousand million billion trillion hundred times""".split()  # noqa: SIM905
)

# Words ending in -s that are not plural nouns.
_NOT_PLURALS = frozenset(
    """its this thus his us as was has is yes always perhaps besides whereas across plus
    versus unless less towards afterwards onwards forwards backwards upwards downwards
    news series species means various numerous
    previous serious analysis basis crisis status focus process progress access success
    congress address business""".split()  # noqa: SIM905
)

_IRREGULAR_PLURALS = frozenset(
    """people persons children women men staff personnel police troops youth cattle data
    media criteria phenomena""".split()  # noqa: SIM905
)

_WORD = r"[A-Za-z][A-Za-z’'-]*"
# Up to five words right after a number (a line may break between them).
_GAP = r"(?:[ \t]{1,3}\n?|\n)[ \t]{0,3}"
_WORDS_AFTER = re.compile(rf"{_GAP}({_WORD}(?:{_GAP}{_WORD}){{0,4}})")
# "24-year-old", "a 12-Power draft"
_COMPOUND_NOUN = re.compile(r"-\s?([A-Za-z][a-z]+)(?![A-Za-z])(?:-[a-z]+(?![A-Za-z]))?")
_PARTITIVE = re.compile(
    rf"\s+of\s+(?:the|its|their|these|those|our|all|[A-Z][\w.&-]*[’']s)"  # "of MONUSCO’s"
    rf"(?:\s+(?:\d[\d,.]*|{NUMBER_WORDS}))?"
)
_DETERMINERS = frozenset(
    ["the", "all", "its", "their", "those", "these", "our", "his", "her", "each", "every",
     "a", "an", "this", "that", "some", "any", "both"]
)  # fmt: skip
_BASE = re.compile(
    r"""\s+of\s+
    (?!(?:which|whom|them|it|this|that|these|us)\b|those\s{1,3}(?!voting|surveyed|present|polled
        |asked|interviewed|questioned|consulted|responding|replying|eligible|who)\b)
    (?P<base>[A-Za-z][\w'’-]*
        (?:\s+(?!(?:and|or|but|which|who|whom|whose|that|were|was|is|are|be|have|has|had
            |will|would|should|could|may|might|must|shall|can|cannot|did|do|does|been|being
            |still|also|already|exist|exists
            |live|lives|remain|remains|say|says|hold|holds|lack|lacks|need|needs|face|faces
            |earn|earns|account|accounts|represent|represents|receive|receives|suffer|suffers
            |work|works|use|uses|consume|consumes|control|controls|own|owns|produce|produces
            |get|gets|make|makes|take|takes|go|goes|come|comes|continue|continues
            |while|compared|than|as|in|at|by|for|from|to|with
            |on|during|since|when|where|per|over|under|between|against|versus|vs)\b)
        (?:\d{1,3}(?:,\d{3}){1,4}(?:\.\d+)?(?!\w)|\d+\.\d+(?!\w)  # "the 1,200 schools",
          |[\w'’-]+)){0,9})                                        # "the 2.5 million"
    """,
    re.VERBOSE,
)
_BASE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Aa]mong|[Oo]f|[Oo]ut\s{1,3}of)\s{1,3}(?P<base>[^,;:()]{2,100})$"
)
_BASE_WINDOW = 120  # "Out of" + spaces + the longest base
_RELATIVE_CLAUSE = re.compile(r"\s+(?:that|who|which|whom)\s.*$", re.DOTALL)
_LEADING_NOISE = re.compile(
    r"^(?:(?:the|all|its|their|those|these|our|his|her|each|every|a|an|this|that|some|any"
    r"|both|of)\s{1,3}|[\d,.]{1,20}\s{1,3}){1,6}",
    re.IGNORECASE,
)


def qualifier_of(text: str, start: int, end: int) -> str | None:
    """How the words around ``text[start:end]`` qualify it, or None when it is exact.

    Parameters
    ----------
    text
        The scanned text.
    start, end
        The span of the number.

    Returns
    -------
    str or None
        "approximately" ("about", "some", "an estimated"), "more_than" ("more than",
        "over", "> 50"), "at_least" ("at least", "5 or more", "≥ 80"), "less_than"
        ("fewer than", "nearly", "almost", "<1%") or "at_most" ("up to", "no more
        than", "5 or less", "≤ 0.5").

    Examples
    --------
    >>> qualifier_of("more than 40 per cent", 10, 21)
    'more_than'
    >>> qualifier_of("nearly half", 7, 11)
    'less_than'
    >>> qualifier_of("persons aged 65 or over", 13, 15)
    'at_least'
    >>> qualifier_of("adults aged 15 years and older", 12, 14)
    'at_least'
    >>> qualifier_of("the 40 per cent", 4, 15) is None
    True
    >>> qualifier_of("less than or equal to 30 days", 22, 24)
    'at_most'
    >>> qualifier_of("some 500 or more participants", 5, 8)
    'at_least'
    >>> qualifier_of("as many as 500 people", 11, 14), qualifier_of("twice as many as 40", 17, 19)
    ('at_most', None)
    >>> qualifier_of("prevalence <1%", 12, 14), qualifier_of("values ≥ 20", 9, 11)
    ('less_than', 'at_least')
    >>> qualifier_of("3 > 2", 4, 5) is None  # a comparison of two numbers
    True
    >>> qualifier_of("aged >= 65", 8, 10), qualifier_of("score < = 100", 10, 13)
    ('at_least', 'at_most')
    >>> qualifier_of("no greater than 5", 16, 17), qualifier_of("aged 65+", 5, 7)
    ('at_most', 'at_least')
    >>> qualifier_of("more than 5000 or equal to it", 10, 14)
    'at_least'
    """
    reach = max(0, start - _SIGN_REACH)
    # most numbers have no sign before them: a test of the characters before the pattern
    sign = _SIGN_BEFORE.search(text, reach, start) if _SIGNS & set(text[reach:start]) else None
    if sign is not None:
        if sign.group(4) is not None:  # "=< 100"
            return _SIGN_OR_EQUAL[sign.group(4)]
        qualifiers = _SIGN_OR_EQUAL if sign.group(1) or sign.group(3) else _SIGN_QUALIFIERS
        return qualifiers[sign.group(2)]
    after = _QUALIFIER_AFTER.match(text, end)
    if after is None and text.startswith((" y", " m"), end):  # cheap test before the pattern
        unit = _AGE_UNIT.match(text, end)
        after = _QUALIFIER_AFTER.match(text, unit.end()) if unit is not None else None
    bound_after = _AFTER_QUALIFIERS[after.group("words").split()[-1]] if after else None
    if bound_after is None and text.startswith("+", end) and _PLUS_AFTER.match(text, end):
        bound_after = "at_least"  # "aged 65+"
    window = text[max(0, start - _QUALIFIER_WINDOW) : start]
    words = window.lower().split()[-5:] if window[-1:].isspace() else []
    if words and words[-1] in _QUALIFIER_LAST_WORDS:  # most numbers have none: look once
        for size in (5, 4, 3, 2, 1):
            if len(words) >= size:
                qualifier = QUALIFIERS_BEFORE.get(" ".join(words[-size:]))
                if qualifier is not None:
                    if (
                        size == 1
                        and words[-1] in ("over", "under")
                        and _is_a_period(text, end, words[-2] if len(words) > 1 else "")
                    ):
                        return None  # "$2.3 million over two years": during, not more than
                    if qualifier == "approximately" and bound_after is not None:
                        return bound_after  # "about 500 or more": a bound, however rough
                    if size == 3 and words[-3] == "as" and _is_comparison(text, end, words):
                        return None
                    if qualifier in _INCLUSIVE and _OR_EQUAL_AFTER.match(text, end):
                        return _INCLUSIVE[qualifier]  # "more than 5,000 or equal to it"
                    return qualifier
    return bound_after


def _is_comparison(text: str, end: int, words: list[str]) -> bool:
    """Whether "as many as" or "as much as" before a number compares rather than bounds it.

    "twice as many as 40", "three times as much as 5 per cent" and "pollutes as much as 50
    children" (much of a plural count) compare; "as many as 500 people" and "by as much as
    3 per cent" give an upper bound.
    """
    if len(words) > 3 and words[-4] in _MULTIPLIERS:
        return True
    if words[-2] != "much":
        return False
    following = _NEXT_WORD.match(text, end)
    return following is not None and is_plural(following.group(1))


_MULTIPLIERS = frozenset(["twice", "thrice", "times", "half"])
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _is_a_period(text: str, end: int, word_before: str) -> bool:
    """Whether "over <number>" is a span of time, not "more than".

    "cost $2 million over two years" is during two years; "for over 40 years" is more.
    """
    return bool(_TIME_UNIT_NEXT.match(text, end)) and word_before not in _BEFORE_OVER_MORE


def is_plural(word: str) -> bool:
    """Whether ``word`` looks like a plural noun ("States", "people", not "various").

    Examples
    --------
    >>> [is_plural(w) for w in ("States", "people", "status", "its")]
    [True, True, False, False]
    """
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return True
    return (
        len(lower) > 2
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is", "'s", "’s"))
        and lower not in _NOT_PLURALS
    )


_SIBILANT_PLURALS = ("ches", "shes", "xes", "sses")
# Nouns whose singular ends in "-che" ("niche"), not "-ch".
_E_BEFORE_S = frozenset(("niches", "caches", "headaches", "avalanches", "cliches", "creches"))


def singular_noun(noun: str) -> str:
    """A regular plural noun, lower case, as its singular; any other word as it is.

    Examples
    --------
    >>> [singular_noun(w) for w in ("facilities", "cases", "decision", "glass", "ties")]
    ['facility', 'case', 'decision', 'glass', 'tie']
    >>> [singular_noun(w) for w in ("churches", "boxes", "niches", "glasses")]
    ['church', 'box', 'niche', 'glass']
    """
    if len(noun) > 4 and noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(_SIBILANT_PLURALS) and noun not in _E_BEFORE_S:
        return noun[:-2]  # "churches", "taxes", "dishes", "addresses"
    if len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def _noun_phrase(words: list[str], *, singular: bool) -> str | None:
    """The noun phrase at the start of ``words``, never past a stop word.

    It runs up to its last plural noun (or "population": "per 100 000 population"), or
    for one, up to the first stop word. "more" or "fewer" before the noun is skipped
    ("100 million more people"). Two plural nouns joined by "and" are one phrase when
    nothing else stands between them ("202 countries and territories", "men and women");
    not when the second is counted apart ("15 resolutions and two decisions") or is
    another set ("12 countries and other entities").

    Examples
    --------
    >>> _noun_phrase("countries and territories that account".split(), singular=False)
    'countries and territories'
    >>> _noun_phrase("draft resolutions and two draft".split(), singular=False)
    'draft resolutions'
    >>> _noun_phrase("more people who are".split(), singular=False)
    'people'
    >>> _noun_phrase("country offices reported stock-outs".split(), singular=False)
    'country offices'
    """
    if len(words) > 1 and words[0].lower() in _COMPARATIVES and words[1].lower() != "than":
        words = words[1:]
    kept: list[str] = []
    for word in words:
        lower = word.lower()
        if lower in _STOP_WORDS or (
            lower.endswith("ed") and kept and is_plural(kept[-1]) and not singular
        ):
            break  # "offices reported stock-outs": a verb after the plural noun ends it
        kept.append(word)
    if singular:
        return " ".join(kept[:3]) or None
    for i in range(len(kept) - 1, -1, -1):
        if is_plural(kept[i]) or kept[i].lower() in _COLLECTIVE_NOUNS:
            if i == len(kept) - 1:
                return " ".join(kept + _coordinated(words[len(kept) :]))
            return " ".join(kept[: i + 1])
    return None


_COMPARATIVES = frozenset(["more", "fewer"])
_COLLECTIVE_NOUNS = frozenset(["population"])
#: Words after "and" that start another set, not the second noun of one phrase: "and
#: other entities", "and two decisions", "and hundreds of other conflicts".
NOT_COORDINATED = frozenset(
    ["other", "others", "many", "several", "some", "various", "numerous", "few", "most",
     "tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores",
     *CARDINAL_WORDS, *ORDINAL_WORDS]
)  # fmt: skip
_NUMBER_WORD = re.compile(NUMBER_WORDS)
# After a word in -s, what shows it is a verb ("and hopes that the dispute", "and covers
# approximately", "and decides that"), not a noun ("and territories that account").
_OBJECT_NEXT = frozenset(
    ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "all",
     "approximately", "about", "towards", "toward", "upon", "that"]
)  # fmt: skip
_CLAUSE_AFTER_THAT = frozenset(
    ["the", "a", "an", "this", "these", "those", "its", "their", "it", "they", "we", "in",
     "there", "all", "such", "no"]
)  # fmt: skip


def _coordinated(rest: list[str]) -> list[str]:
    """The words ``and`` and a second plural noun (of up to two words) from ``rest``, or [].

    Not a number ("and tens of thousands"), not another set ("and other entities"), not a
    verb that goes on with its object ("and hopes that the dispute will be settled").
    """
    if len(rest) < 2 or rest[0] != "and":
        return []
    second: list[str] = []
    for word in rest[1:3]:
        lower = word.lower()
        if lower in _STOP_WORDS or lower in NOT_COORDINATED or _NUMBER_WORD.fullmatch(lower):
            break
        second.append(word)
    for i in range(len(second) - 1, -1, -1):
        if is_plural(second[i]):
            after = [w.lower() for w in rest[i + 2 : i + 4]]
            if (
                after
                and after[0] in _OBJECT_NEXT
                and (after[0] != "that" or len(after) == 1 or after[1] in _CLAUSE_AFTER_THAT)
            ):
                return []  # ("that" with nothing read after it: no telling, so no phrase)
            return ["and", *second[: i + 1]]
    return []


def counted_after(text: str, end: int, value: float | None) -> tuple[str | None, bool]:
    """The noun phrase after a count, and whether it is taken from a partitive.

    Parameters
    ----------
    text
        The scanned text.
    end
        Where the count ends.
    value
        The count (1 may count a singular noun: "one abstention").

    Returns
    -------
    tuple of (str or None, bool)
        What is counted ("Member States", "police officers"), or None; True when it was
        read from "N of the M <nouns>" (the noun is not written after the count).

    Examples
    --------
    >>> counted_after("78 Member States replied", 2, 78.0)
    ('Member States', False)
    >>> counted_after("about 900 police officers annually", 9, 900.0)
    ('police officers', False)
    >>> counted_after("one abstention (Cuba)", 3, 1.0)
    ('abstention', False)
    >>> counted_after("11 of the 12 international conventions", 2, 11.0)
    ('international conventions', True)
    >>> counted_after("five were partially in favour", 4, 5.0)
    (None, False)
    >>> counted_after("a five-year plan", 6, 5.0)
    ('year', False)
    >>> counted_after("some 60-odd delegations", 7, 60.0)
    ('delegations', False)
    >>> counted_after("persons aged 65 or over", 15, 65.0)
    (None, False)
    >>> counted_after("12\\ninternational conventions", 2, 12.0)
    ('international conventions', False)
    """
    following = text[end : end + 1]
    if following == "-":
        compound = _COMPOUND_NOUN.match(text, end)
        if compound is not None and compound.group(1) == "odd":  # "60-odd delegations"
            end = compound.end()
            following = text[end : end + 1]
        elif compound is not None:  # "a five-year plan", "a 15-member body"
            return compound.group(1), False
    if following not in (" ", "\t", "\n"):
        return None, False  # "12,", "(12)", "12." count nothing written
    qualified = _QUALIFIER_AFTER.match(text, end)
    if qualified is not None:  # "370 or more engine horsepower"
        end = qualified.end()
    words = _WORDS_AFTER.match(text, end)
    if words is not None:
        phrase = _noun_phrase(words.group(1).split(), singular=value == 1)
        if phrase is not None:
            return phrase, False
    partitive = _PARTITIVE.match(text, end)
    if partitive is not None:
        words = _WORDS_AFTER.match(text, partitive.end())
        if words is not None:
            phrase = _noun_phrase(words.group(1).split(), singular=False)
            if phrase is not None:
                return phrase, True
    return None, False


def _trim_base(phrase: str) -> str:
    """Cut a base phrase before its verb: "all respondents agreed" → "all respondents"."""
    words = phrase.split()
    for i in range(1, len(words)):
        word = words[i]
        if word.endswith("ed") and word.islower() and words[i - 1].lower() not in _DETERMINERS:
            return " ".join(words[:i])
    return " ".join(words)


def base_after(text: str, end: int) -> str | None:
    """The base of a percentage or fraction written after it: "of <phrase>".

    Examples
    --------
    >>> base_after("41 per cent of the full United Nations membership.", 11)
    'the full United Nations membership'
    >>> base_after("86 per cent of its\\ngross domestic product", 11)
    'its gross domestic product'
    >>> base_after("40 per cent of whom were women", 11) is None
    True
    >>> base_after("8 per cent of the 1,200 schools surveyed", 10)
    'the 1,200 schools'
    """
    base = _BASE.match(text, end)
    return _trim_base(base.group("base")) if base else None


def base_before(text: str, first: int, start: int) -> str | None:
    """The base of a percentage named before it in its sentence.

    "Among the 78 respondents, 60.3 per cent ..."; ``first`` is where the sentence starts.

    Examples
    --------
    >>> base_before("Among the 78 respondents, 60.3 per cent agreed.", 0, 26)
    'the 78 respondents'
    >>> base_before("Of the 112 Governments that replied, 41 per cent", 0, 37)
    'the 112 Governments'
    >>> base_before("In 2001, 41 per cent", 0, 9) is None
    True
    """
    comma = text.rfind(",", max(first, start - 160), start)
    if comma < 0 or text[comma + 1 : start].strip().count(" ") > 1:
        return None  # the number must open the clause after the comma (a qualifier may come)
    # The base phrase ends at the comma and is short: searching a bounded window keeps a
    # long sentence of percentages linear ("5 per cent, 5 per cent, ...").
    match = _BASE_BEFORE.search(text, max(first, comma - _BASE_WINDOW), comma)
    if match is None:
        return None
    return " ".join(_RELATIVE_CLAUSE.sub("", match.group("base")).split()) or None


def counted_in_base(base: str) -> str | None:
    """What a share counts, read from its base: "the 78 respondents" -> "respondents".

    Examples
    --------
    >>> counted_in_base("the 78 respondents")
    'respondents'
    >>> counted_in_base("the full United Nations membership")
    'full United Nations membership'
    """
    return _LEADING_NOISE.sub("", base).strip() or None
