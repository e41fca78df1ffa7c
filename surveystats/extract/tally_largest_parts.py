"""The larger part of a named whole, its count and share together in one parenthesis.

Situation reports name the group most of a whole belongs to and give its size twice, as a
count and as a share of the whole, in the parenthesis after it: "Most returnees were women
(1,822,932 individuals or 92%)", "The majority of the victims were women (412 persons, or
61 per cent)", "Of the displaced, most were children (1,200 persons, or 45 per cent)",
"The new arrivals were mainly Somalis (8,400 persons, 71 per cent)", "Women accounted for
the majority of returnees (1.8 million, or 92%)". Each is a breakdown of one part: its
category the group, its count and percent the two figures, its counted noun and base the
whole ("returnees"). The whole's count is not stated and is never computed from the two.

The parenthesis holds the count (and a noun of its own: "individuals", "persons") and the
share in either order, joined by "or", a comma or both. What a reader sees as no such part:

- one figure alone ("Most returnees were women (92%)"), a year or a second share ("(92%
  in 2021 and 88% in 2022)"), money or a rate ("($12 million, or 60 per cent)", "(1,200
  cases per 100,000)"), a cross-reference ("(see annex II)");
- a share of another whole with a count set after it ("Women occupied 23% (14) of the
  seats"), which names no group of a whole (README, tallies13);
- a group with no word that makes it most of its whole (no "most", "the majority",
  "mainly"): "The returnees were women (1,200 persons, or 45 per cent)" says no more of
  the whole than it does.

Each parenthesis that opens on a figure is tried once, with bounded patterns over a
bounded window before it: linear time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from surveystats.extract.tally_parts import Part, Tally

__all__ = ["LARGEST_PART_WORDS", "find_largest_parts"]

#: Lower-case literals one of which a paragraph must hold for the reader to run.
LARGEST_PART_WORDS = ("most", "majority", "mainly", "mostly", "predominantly", "largely", "bulk")

_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.\d{1,2})?(?:\s{1,3}(?:thousand|million|billion))?"
_SHARE = r"\d{1,3}(?:\.\d{1,2})?\s{0,3}(?:per\s{1,3}cent|percent|%)"
# What the count counts, inside the parenthesis: "individuals", "persons", "people".
_COUNT_NOUN = r"(?:\s{1,3}[a-z][a-z-]{1,25}){0,2}?"
_JOINT = r"\s{0,3}(?:,\s{1,3}(?:or\s{1,3})?|\s{1,3}or\s{1,3})"
# The parenthesis: the count then the share, or the share then the count.
_FIGURES = re.compile(
    rf"\(\s{{0,2}}(?:(?P<count>{_COUNT})(?P<noun>{_COUNT_NOUN}){_JOINT}(?P<share>{_SHARE})"
    rf"|(?P<share_first>{_SHARE}){_JOINT}(?P<count_after>{_COUNT})(?P<noun_after>{_COUNT_NOUN}))"
    r"\s{0,2}\)"
)
_WHOLE_WORDS = r"(?:[a-z][a-z-]{1,25}\s{1,3}){0,2}[a-z][a-z-]{1,25}"
_LABEL = r"[A-Za-z][\w'’-]{1,30}(?:\s{1,3}[A-Za-z][\w'’-]{1,30}){0,3}"
_MOST = r"(?:[Mm]ost|(?:[Tt]he|[Aa])\s{1,3}(?:vast\s{1,3}|large\s{1,3})?majority)"
_COPULA = r"\s{1,3}(?:were|was|are|is)\s{1,3}"
_MAINLY = r"(?:mostly|mainly|predominantly|largely|overwhelmingly)"
# The words before the parenthesis, each form naming the whole and the group.
_BEFORE = re.compile(
    # "Most returnees were women", "The majority of the victims were women"
    rf"(?:^|(?<=[.;:,(]\s)|(?<=[;:,(]))\s{{0,3}}(?P<head>{_MOST}(?:\s{{1,3}}of)?"
    rf"(?:\s{{1,3}}(?:the|these|those))?\s{{1,3}}(?P<whole>{_WHOLE_WORDS}){_COPULA}"
    rf"(?P<label>{_LABEL}))\s{{0,3}}$"
    # "Of the displaced, most were children"
    rf"|(?P<of_head>\b(?:[Oo]f|[Aa]mong)\s{{1,3}}(?:the|these|those)\s{{1,3}}"
    rf"(?P<of_whole>{_WHOLE_WORDS})\s{{0,3}},\s{{1,3}}(?:most|(?:the|a)\s{{1,3}}majority)"
    rf"{_COPULA}(?P<of_label>{_LABEL}))\s{{0,3}}$"
    # "The new arrivals were mainly Somalis"
    rf"|(?:^|(?<=[.;:]\s))(?P<mainly_head>(?:[Tt]he\s{{1,3}})?(?P<mainly_whole>{_WHOLE_WORDS})"
    rf"{_COPULA}{_MAINLY}\s{{1,3}}(?P<mainly_label>{_LABEL}))\s{{0,3}}$"
    # "Women accounted for the majority of returnees"
    rf"|(?:^|(?<=[.;:]\s))(?P<label_first>(?P<first_label>{_LABEL})\s{{1,3}}"
    r"(?:made\s{1,3}up|accounted\s{1,3}for|constituted|represented)\s{1,3}"
    rf"(?:{_MOST}|the\s{{1,3}}bulk)\s{{1,3}}of\s{{1,3}}(?:(?:the|all)\s{{1,3}})?"
    rf"(?P<first_whole>{_WHOLE_WORDS}))\s{{0,3}}$"
)
# The groups of each form of _BEFORE: the span of its words, the whole, the group.
_FORMS = (
    ("head", "whole", "label"),
    ("of_head", "of_whole", "of_label"),
    ("mainly_head", "mainly_whole", "mainly_label"),
    ("label_first", "first_whole", "first_label"),
)
_REACH = 120
# Words that a label or whole may not hold: a clause's verbs, a rate's or a time's words.
_NOT_IN_LABEL = frozenset(
    """
    were was are is had have has been per rate rates the of in on at by for from to with
    and or than see annex
    """.split()  # noqa: SIM905
)
_NOT_IN_LABEL_FIRST = _NOT_IN_LABEL - {"the", "of", "in", "on", "at", "by", "for", "from", "to"}
_SHARE_FIGURE = re.compile(r"\d{1,3}(?:\.(?P<decimals>\d{1,2}))?")
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def find_largest_parts(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Tally]:
    """Find the groups named as most of a whole, with their count and share in parentheses.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    taken
        Spans of tallies other readers found: a parenthesis inside one is not read.

    Returns
    -------
    list of Tally
        One breakdown of one part each, offsets relative to ``text``, in order.

    Examples
    --------
    >>> text = "Most returnees were women (1,822,932 individuals or 92%)."
    >>> [(p.category, p.count, p.percent, p.counted) for t in find_largest_parts(text)
    ...  for p in t.parts]
    [('women', 1822932, 92.0, 'returnees')]
    >>> find_largest_parts("Women occupied 23% (14) of the seats.")
    []
    """
    found: list[Tally] = []
    for figures in _FIGURES.finditer(text):
        if any(start <= figures.start() < end for start, end in taken):
            continue
        tally = _largest_part(text, figures)
        if tally is not None:
            found.append(tally)
    return found


def _largest_part(text: str, figures: re.Match[str]) -> Tally | None:
    """The breakdown of the group before one parenthesis of figures, or ``None``."""
    before = _BEFORE.search(text, max(0, figures.start() - _REACH), figures.start())
    if before is None:
        return None
    head, whole, label = next(groups for groups in _FORMS if before[groups[0]] is not None)
    noun, category = before[whole].split(), before[label].split()
    forbidden = _NOT_IN_LABEL_FIRST if label == "first_label" else _NOT_IN_LABEL
    if any(word.lower() in forbidden for word in category) or any(
        word in _NOT_IN_LABEL for word in noun
    ):
        return None
    count = _count(figures["count"] or figures["count_after"])
    share = _SHARE_FIGURE.match(figures["share"] or figures["share_first"])
    percent = float(share.group()) if share is not None else 0.0
    if count is None or share is None or not 0 < percent <= 100:
        return None
    whole_noun = " ".join(noun)
    part = Part(
        " ".join(category),
        count,
        before.start(label),
        figures.end(),
        percent=percent,
        decimals=len(share["decimals"] or ""),
        counted=whole_noun,
        base=whole_noun,
    )
    return Tally("breakdown", before.start(head), figures.end(), [part], subject=whole_noun)


def _count(raw: str) -> int | None:
    """A count in digits, maybe with a scale word: "1,822,932", "1.8 million"."""
    number, _, scale = raw.partition(" ")
    value = float(number.replace(",", "")) * _SCALES.get(scale.strip(), 1)
    return int(value) if value == int(value) and (scale or "." not in number) else None
