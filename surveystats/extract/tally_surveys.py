"""Survey splits and percentage breakdowns: counts or percentages that divide one group.

"forty-seven respondents were in favour of convening a conference, five were partially in
favour and twenty-six were against"; "Of the 112 Governments that replied, 80 supported the
proposal and 32 opposed it"; "19 per cent ..., 64 per cent ... and 17 per cent ...".

Pure functions over one paragraph string. A split is a chain of clauses, each a count, an
optional subject and a verb ("47 respondents were", "five were", "11 had"), joined by a
comma, "and", "while" or a semicolon. Every pattern is bounded and clauses are found with
one non-overlapping scan, so the time spent is linear in the length of the text.
"""

from __future__ import annotations

import re
from fractions import Fraction

from surveystats.extract.tally_parts import COUNT_PATTERN, Part, Tally, read_count
from surveystats.extract.words import CARDINAL_WORDS, MONTH_NAMES, SCALE_WORDS

__all__ = ["find_breakdowns", "find_surveys"]

_S = r"\s{1,3}"
_COPULAS = (
    "were|was|are|had|have|did|do|would|could|should|might|will|remained|"
    "still|had not|have not|did not|were not|was not|are not"
)
_VERBS = (
    "said|stated|indicated|reported|replied|responded|answered|supported|opposed|"
    "favoured|favored|preferred|expressed|considered|agreed|disagreed|voted|abstained|"
    "chose|rejected|accepted|felt|believed|thought|gave|provided|submitted|ratified|"
    "signed|noted|mentioned|cited|identified|declared|planned|intended|wished|wanted|"
    "requested|called|saw|found|rated|described|judged|named|listed|returned|sent|"
    "completed|welcomed|endorsed|objected|offered|made|took|lacked|reached|met|received"
)
_PARTICIPLES = (
    "consulted|surveyed|sent|contacted|approached|invited|asked|polled|interviewed|"
    "questioned|visited|reviewed|studied|examined|sampled|listed|concerned"
)
_WORD = r"[A-Za-z][\w'’-]{0,30}"
# A clause: a count, up to four subject words, then a verb. The subject may not start
# with a verb, so "five were" leaves it empty.
_CLAUSE = re.compile(
    rf"""
    (?<![\w.,%$€£/-])(?P<num>{COUNT_PATTERN})
    (?!{_S}(?:per\s{{0,3}}cent|percent|million|billion|thousand|dollars|euros|francs|
        pounds|years?|months?|weeks?|days?|hours?|[A-Z][a-z]+\s\d{{4}}))
    (?!%)
    (?P<subject>(?:{_S}(?!(?:{_COPULAS}|{_VERBS})\b){_WORD}){{0,4}}?)
    {_S}(?P<verb>{_COPULAS}|{_VERBS})\b
    """,
    re.VERBOSE,
)
# Where a clause can start (a filter, not the grammar): a digit; "I", "l" or "]" as OCR
# digits; or the first four letters of a number word in any case ("ſ" folds to "s"); not
# glued to what comes before. _CLAUSE itself starts with a lookbehind, which Python's
# engine tries at every position; this filter starts on a character set it skips to.
_WORD_STARTS = {word[:4] for word in CARDINAL_WORDS}
_FIRST_LETTERS = "".join(sorted({word[0] for word in _WORD_STARTS}))
_CLAUSE_START = re.compile(
    rf"""[\d\]Il{_FIRST_LETTERS}{_FIRST_LETTERS.upper()}\u017f](?<![\w.,%$€£/-].)
    (?:
        (?<=\d)
      | (?<=[\]Il])(?=[0-9I]?(?!\w))
      | (?i:{
        "|".join(
            f"(?<={first})(?:{'|'.join(sorted(w[1:] for w in _WORD_STARTS if w[0] == first))})"
            for first in _FIRST_LETTERS
        )
    })
    )""",
    re.VERBOSE,
)


def _clause_matches(text: str) -> list[re.Match[str]]:
    """``list(_CLAUSE.finditer(text))``, trying _CLAUSE only where _CLAUSE_START points."""
    matches: list[re.Match[str]] = []
    position = 0
    for candidate in _CLAUSE_START.finditer(text):
        if candidate.start() < position:
            continue
        match = _CLAUSE.match(text, candidate.start())
        if match is not None:
            matches.append(match)
            position = match.end()
    return matches


# What joins two clauses: the end of the previous predicate.
_JOINER = re.compile(
    r"(?:\s{0,3}[,;:]\s{0,3}(?:(?:and|while|whereas|but|with)\s{1,3})?|"
    r"\s{1,3}(?:and|while|whereas|but)\s{1,3})$"
)
# "Of the 112 Governments that replied, " just before the first clause.
_TOTAL_BEFORE = re.compile(
    rf"""
    \b(?:[Oo]f|[Aa]mong){_S}(?:the|these|those){_S}(?P<qualifier>(?:some|about|nearly){_S})?
    (?P<total>{COUNT_PATTERN})(?P<subject>(?:{_S}(?!(?:that|which|who)\b){_WORD}){{1,4}}?)
    (?:{_S}(?:{_PARTICIPLES})\b)?
    (?:{_S}(?:that|which|who)\b[^,;.]{{1,120}})?\s{{0,3}},{_S}$
    """,
    re.VERBOSE,
)
# "78 Member States replied, of which " just before the first clause.
_TOTAL_AFTER = re.compile(
    rf"""
    (?P<qualifier>\b(?:[Aa]\s{{1,3}}total\s{{1,3}}of|[Ss]ome|[Aa]bout|[Aa]t\s{{1,3}}least|
        [Nn]early|[Aa]pproximately){_S})?
    (?<![\w.,])(?P<total>{COUNT_PATTERN})(?P<subject>(?:{_S}{_WORD}){{1,4}}?)
    {_S}(?:had{_S}|have{_S})?(?:replied|responded|answered|reported|returned|submitted)\b
    [^,;.:]{{0,120}}[,:;]\s{{0,3}}
    (?:(?:of|among){_S}(?:which|whom|these|them|those)\s{{0,3}},?\s{{0,3}})?$
    """,
    re.VERBOSE,
)
_QUALIFIER = re.compile(
    r"(?:\b(?P<q>[Aa]\s{1,3}total\s{1,3}of|[Ss]ome|[Aa]bout|[Aa]t\s{1,3}least|[Nn]early|"
    r"[Aa]pproximately|[Aa]round|[Oo]ver|[Mm]ore\s{1,3}than))\s{1,3}$"
)
_NOT_A_COUNT_BEFORE = re.compile(r"(?:\bno|\bany|\beach|\bevery|\bthe|\bper|[$€£])\s{0,3}$", re.I)
_STANCE = re.compile(
    r"^(?:(?:strongly|partially|partly|generally|fully|largely|not)\s)?"
    r"(?:in\sfavou?r|against|opposed|undecided|neutral|unsure|uncertain|abstaining)\b"
)
# A split of more parts than this is a list of figures, not a tally.
_MAX_PARTS = 40
_SCALES = frozenset(SCALE_WORDS)
_DIGIT_BEFORE = re.compile(r"\d[\d.,]*\s{1,3}$")
_MONTHS = frozenset(name.capitalize() for name in MONTH_NAMES)
_STOP = re.compile(r"[,;:.)](?=\s|$)|\n\n")
_CLEAN_SUBJECT = re.compile(r"^(?:of\s(?:them|these|those|the)\s?)|^(?:others?|more|other)$")


def _label(verb: str, predicate: str) -> str:
    predicate = " ".join(predicate.split()).strip(" ,;:")
    copula = re.fullmatch(_COPULAS, verb) is not None
    label = predicate if copula else f"{verb} {predicate}".strip()
    stance = _STANCE.match(label)
    if stance is not None:
        return stance.group(0)
    words = label.split()
    return " ".join(words[:10])


def _subject(raw: str) -> str | None:
    subject = " ".join(raw.split())
    subject = _CLEAN_SUBJECT.sub("", subject).strip()
    return subject or None


# The words before a total, as a qualifier of surveystats.schema.QUALIFIERS ("a total
# of" states the total exactly).
_QUALIFIER_LEVELS = {
    "a total of": None,
    "some": "approximately",
    "about": "approximately",
    "nearly": "approximately",
    "approximately": "approximately",
    "around": "approximately",
    "at least": "at_least",
    "over": "more_than",
    "more than": "more_than",
}


def _qualifier(text: str, start: int) -> str | None:
    match = _QUALIFIER.search(text[max(0, start - 20) : start])
    return _QUALIFIER_LEVELS[" ".join(match["q"].lower().split())] if match else None


def _chains(text: str) -> list[list[re.Match[str]]]:
    """Group clause matches into chains joined by a comma, "and", "while" or ";"."""
    chains: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for match in _clause_matches(text):
        if _NOT_A_COUNT_BEFORE.search(text[max(0, match.start() - 8) : match.start()]):
            continue
        if current:
            gap = text[current[-1].end() : match.start()]
            # The predicate may hold commas of its own, but no sentence end.
            joined = len(gap) <= 250 and _JOINER.search(gap) is not None
            if joined and "\n\n" not in gap and not re.search(r"[.;](?=\s)", gap[:-2]):
                current.append(match)
                continue
            chains.append(current)
        current = [match]
    if current:
        chains.append(current)
    return [chain for chain in chains if 2 <= len(chain) <= _MAX_PARTS]


def find_surveys(text: str) -> list[Tally]:
    """Find counts that split a group in a string.

    Parameters
    ----------
    text
        One paragraph (any string).

    Returns
    -------
    list of Tally
        Tallies of kind ``"survey"``: one part per clause, labelled with its predicate
        ("in favour", "partially in favour", "submitted reports"), with the subject of
        the first clause or of a stated total, the total itself ("Of the 112
        Governments that replied" or "78 Member States replied, of which") and a
        qualifier ("a total of", "some", "about", "at least"). A split needs at least
        two counted clauses: "of whom 1.2 million were women" alone is none.

    Examples
    --------
    >>> tally = find_surveys("forty-seven respondents were in favour, five were "
    ...     "partially in favour and twenty-six were against")[0]
    >>> tally.subject, [(p.category, p.count) for p in tally.parts]
    ('respondents', [('in favour', 47), ('partially in favour', 5), ('against', 26)])
    """
    tallies: list[Tally] = []
    for chain in _chains(text):
        parts: list[Part] = []
        flags: list[str] = []
        for index, match in enumerate(chain):
            if match["num"].split()[0].split("-")[0].lower() in _SCALES or _DIGIT_BEFORE.search(
                text[max(0, match.start() - 12) : match.start()]
            ):
                break  # "2 million are ...": the count is not the word "million"
            if index > 0 and re.match(r"\s{1,3}of\s{1,3}(?:which|whom)\b", match["subject"]):
                break  # "..., one of which was ...": a subset, not a split
            value, ocr = read_count(match["num"])
            if value is None or ocr or (len(match["num"]) == 4 and 1800 <= value <= 2100):
                break  # unreadable, or a year
            if index + 1 < len(chain):
                gap = text[match.end() : chain[index + 1].start()]
                joiner = _JOINER.search(gap)
                predicate = gap[: joiner.start()] if joiner else gap
                end = match.end() + len(predicate)
            else:
                window = text[match.end() : match.end() + 200]
                stop = _STOP.search(window)
                predicate = window[: stop.start()] if stop else window
                end = match.end() + len(predicate)
            label = _label(match["verb"], predicate)
            if not label:
                break
            while end > match.start() and text[end - 1].isspace():
                end -= 1
            parts.append(Part(label, value, match.start(), end))
        if len(parts) < 2:
            continue
        first = chain[0]
        subject = _subject(first["subject"])
        if subject is not None and subject.split()[0] in _MONTHS:
            continue
        start = first.start()
        total = qualifier = None
        before = text[max(0, start - 250) : start]
        stated = _TOTAL_BEFORE.search(before) or _TOTAL_AFTER.search(before)
        if stated is not None:
            total, _ = read_count(stated["total"])
            subject = subject or _subject(stated["subject"])
            qualifier = (
                _QUALIFIER_LEVELS[" ".join(stated["qualifier"].lower().split()).strip()]
                if stated["qualifier"]
                else _qualifier(before, stated.start("total"))
            )
            start = start - len(before) + stated.start()
            if stated["qualifier"]:
                start = start - stated.start() + stated.start("qualifier")
        else:
            qualifier = _qualifier(text, first.start())
        if total is not None and sum(p.count for p in parts) != total:
            flags.append("parts_do_not_sum_to_total")
        tallies.append(
            Tally(
                "survey",
                start,
                parts[-1].end,
                parts,
                subject=subject,
                total=total,
                qualifier=qualifier,
                flags=flags,
            )
        )
    return tallies


# Starts on the digit and looks behind it, so the engine can skip to digits.
_PERCENT = re.compile(
    r"(?P<num>\d(?<![\w.,]\d)\d{0,2}(?:\.\d{1,2})?)\s{0,2}(?:per\s{0,3}cent\b|percent\b|%)"
)
_PERCENT_JOINER = re.compile(
    r"(?:\s{0,3}[,;:]\s{0,3}(?:(?:and|while|whereas|but)\s{1,3})?|"
    r"\s{1,3}(?:and|while|whereas|but)\s{1,3})$"
)
_PERCENT_LABEL = re.compile(
    r"^\s{0,3}(?:of\s(?:the\s)?(?P<subject>[a-z][\w -]{0,40}?)\s)?"
    r"(?:(?:were|was|are|is|had|have|said|stated|reported|answered|replied|considered|"
    r"found|rated|indicated|chose|preferred|supported|opposed)\s)?(?P<label>.*)$",
    re.DOTALL,
)
_RANGE_BEFORE = re.compile(r"\b(?:from|between|to|of|by)\s{1,3}$", re.I)


_OTHER_WHOLE = re.compile(r"^(?:of|in|for|among|at|on|by)\b|^[,;]|^$")


def _is_split(parts: list[Part], labels: list[str]) -> bool:
    """Whether percentages divide one whole rather than compare several.

    "20 per cent of the population, but 86 per cent of its product" measures different
    wholes, and "40 per cent in 1990, 44 per cent in 2000" compares times or places:
    after the first part, a label that starts with a preposition, punctuation or
    nothing means the percentages are not one breakdown. A label may not run on
    into another clause either (a semicolon inside it).
    """
    if any(not part.category for part in parts):
        return False
    if _OTHER_WHOLE.match(labels[0]) and labels[0].startswith(("in ", "for ", "at ", "on ")):
        return False
    if any(_OTHER_WHOLE.match(label) for label in labels[1:]):
        return False
    return not any(";" in label for label in labels)


def find_breakdowns(text: str) -> list[Tally]:
    """Find percentage breakdowns in a string.

    Parameters
    ----------
    text
        One paragraph (any string).

    Returns
    -------
    list of Tally
        Tallies of kind ``"breakdown"`` with unit ``"percent"`` and float counts: at
        least two percentages in one sentence joined by a comma, "and", "while" or a
        semicolon ("19 per cent ..., 64 per cent ... and 17 per cent ..."). Ranges
        ("from 19 per cent to 25 per cent", "between 10 and 20 per cent") are not
        breakdowns. Flag "parts_exceed_100_percent" when the parts add to more than
        100 beyond rounding.

    Examples
    --------
    >>> tally = find_breakdowns("60 per cent were women and 40 per cent were men")[0]
    >>> [(p.category, p.count) for p in tally.parts]
    [('women', 60.0), ('men', 40.0)]
    """
    matches = list(_PERCENT.finditer(text))
    chains: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for match in matches:
        if current:
            gap = text[current[-1].end() : match.start()]
            if (
                len(gap) <= 200
                and _PERCENT_JOINER.search(gap)
                and not re.search(r"[.](?=\s)|\n\n", gap)
                and not re.search(r"\b(?:to|from|between|compared|against|versus)\b", gap[-30:])
            ):
                current.append(match)
                continue
            chains.append(current)
        current = [match]
    if current:
        chains.append(current)
    tallies: list[Tally] = []
    for chain in chains:
        if not 2 <= len(chain) <= _MAX_PARTS or _RANGE_BEFORE.search(
            text[max(0, chain[0].start() - 12) : chain[0].start()]
        ):
            continue
        parts: list[Part] = []
        labels: list[str] = []
        subject = None
        for index, match in enumerate(chain):
            if index + 1 < len(chain):
                gap = text[match.end() : chain[index + 1].start()]
                joiner = _PERCENT_JOINER.search(gap)
                predicate = gap[: joiner.start()] if joiner else gap
            else:
                window = text[match.end() : match.end() + 200]
                stop = _STOP.search(window)
                predicate = window[: stop.start()] if stop else window
            labels.append(" ".join(predicate.split()))
            label_match = _PERCENT_LABEL.match(predicate)
            label = " ".join(label_match["label"].split()) if label_match else ""
            if label_match and label_match["subject"] and subject is None:
                subject = " ".join(label_match["subject"].split())
            end = match.end() + len(predicate.rstrip())
            parts.append(
                Part(" ".join(label.split()[:10]), float(match["num"]), match.start(), end)
            )
        if not _is_split(parts, labels):
            continue
        flags: list[str] = []
        values = [Fraction(m["num"]) for m in chain]
        if sum(values) > 100 + Fraction(len(values), 2):
            flags.append("parts_exceed_100_percent")
        tallies.append(
            Tally(
                "breakdown",
                parts[0].start,
                parts[-1].end,
                parts,
                subject=subject,
                unit="percent",
                qualifier=_qualifier(text, chain[0].start()),
                flags=flags,
            )
        )
    return tallies
