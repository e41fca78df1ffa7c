"""Counts written with their shares, read on the evidence of the ratio.

Official text often writes a count and its share side by side: "665 persons or 58.7%",
"6,552 applications or 18.0% of the total", "Italy 3,086 (8.5%)", "50% (94,492) of the
population", "just over 112,000 -- or 22 per cent", "66 per cent of whom (15,873)". Such a
pair carries evidence that does not depend on the words around it: the count divided by
the share gives the whole it is a share of. Two readings follow from that arithmetic:

- one pair and a count its sentence states that is that whole (the count is that share
  of it, as rounded) is one part of that whole: "This brings the total registered camp
  population to 186,205 with South Sudanese making up 50% (94,492) of the population"
  (total 186,205, "South Sudanese" 94,492);
- two or more pairs of one sentence whose implied wholes agree are parts of one whole:
  "Italy 3,086 (8.5%), Benelux 2,784 (7.6%), Switzerland 2,468 (6.8%)" (each implies a
  whole of about 36,300); a count the sentence states inside every pair's range is
  their total.

A share written with ``d`` decimals agrees with a ratio ``x`` where ``|x - share|`` is
under one unit of its last digit (``10 ** -d``): writers round ("65.5" as 66), truncate
("50.7" as 50) and round up, so half a unit is too strict and one unit is the bound. A
count written with a scale word ("3.9 million") spans half a unit of its own last digit.
The parts are the counts, each with its share as the second reading (``percent``), as
the README says of count tallies that carry shares.

What stays none, as the README's conventions say: one pair with no whole in its sentence
("74,908 residents (13%) are returnees"), pairs whose implied wholes differ (shares of
different wholes: "at 2242 (9%) and 1663 (4%) respectively"), a share that states a change
or a rate ("(13,584) were 76% lower"), money, years, pairs set against each other over
time ("from 13,200 (5.4%) to 12,400 (5.1%)"), and a count joined by "or" to another count
("38,874 individuals or 14,925 households").

It runs last, where no other reader found a tally in the sentence. Each step is a scan of
one sentence with patterns guarded by literal tests: linear time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from fractions import Fraction

from surveystats.extract.tally_items import word_set
from surveystats.extract.tally_parts import Part, Tally
from surveystats.text import sentence_starts

__all__ = ["find_count_shares", "may_pair_counts_with_shares", "ratio_agrees"]

_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_FIGURE = r"\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+(?:\.\d+)?"
_SCALE = r"(?:\s{1,3}(?P<scale>thousand|million|billion))?"
_PER_CENT = r"(?:\s{0,3}%|\s{1,3}per\s{0,3}cent\b|\s{1,3}percent\b)"
_SHARE = rf"(?P<share>\d{{1,3}}(?:\.\d{{1,3}})?){_PER_CENT}"
# the words of a count's noun: "individuals", "first time applicants"
_NOUN = r"(?P<noun>(?:\s{1,3}[a-z][a-z-]{1,24}){0,3}?)"
_HEDGE = (
    r"(?:(?:about|some|nearly|almost|around|approximately|roughly|over|under|more\s{1,3}than"
    r"|less\s{1,3}than|just\s{1,3}over|just\s{1,3}under|close\s{1,3}to)\s{1,3})?"
)
# "6,552 applications or 18.0%", "112,000 -- or 22 per cent", "3,086 (8.5%)", "(or 36.0%)"
_COUNT_FIRST = re.compile(
    rf"(?<![\w.,$€£/-])(?P<count>{_FIGURE}){_SCALE}{_NOUN}"
    r"(?:\s{0,3},?\s{1,3}or\s{1,3}|\s{1,3}[-–—]{1,2}\s{1,3}(?:or\s{1,3})?|\s{0,3}\(\s{0,3}(?:or\s{1,3})?)"
    rf"{_HEDGE}{_SHARE}(?:\s{{0,5}}\))?"
)
# "50% (94,492)", "13% (1.4 million)", "68.4 per cent of the total (114.7 million people)",
# "66 per cent of whom (15,873)"
_SHARE_FIRST = re.compile(
    rf"(?<![\w.,])(?<!\d\s){_SHARE}"
    r"(?:\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:total|population|whom|which|them|these))?"
    rf"\s{{0,3}}\(\s{{0,3}}{_HEDGE}(?P<count>{_FIGURE}){_SCALE}{_NOUN}\s{{0,3}}\)"
)
# a figure that may be the whole (a count, not a share)
_WHOLE = re.compile(
    rf"(?<![\w.,$€£/-])(?P<count>{_FIGURE})(?![.,]?\d){_SCALE}(?!\s{{0,3}}(?:%|per\s|percent))"
)
_MONEY_BEFORE = re.compile(r"(?:[$€£]|\bUS|\bUSD|\bEUR|\bCHF)\s{0,2}$")
_MONEY_AFTER = re.compile(r"\s{1,3}(?:dollars|euros|francs|pounds|yen)\b")
# words after a share that make it a change, a rate or a margin, no share of a whole
_CHANGE_AFTER = re.compile(
    r"\s{0,3}\)?\s{0,3}(?:more|less|fewer|higher|lower|above|below|increase|decrease|rise|drop"
    r"|decline|growth|up|down|points?|year-on-year|compared|than|of\s{1,3}GDP|of\s{1,3}the\s{1,3}vote"
    r"|(?:response\s{1,3})?rate)\b"
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?<!followed\s)by|from|than|to|an?|increase\s{1,3}of|rate\s{1,3}of|rose|rise|rises"
    r"|fell|fall|falls|increased|decreased|grew|declined|dropped|jumped|climbed)\s{1,3}$"
)
# a year between two pairs: the same figure at two dates ("In 2010, 612 posts (38.2 per
# cent) were filled; by 2020 the figure was 990 (61.8 per cent)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a verb of change in the sentence of one pair: its whole may be the changed figure
# ("Enrolment rose by 18 (9 per cent) to 214")
_CHANGE_VERB = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|increased|decreased|grew|grown|declined"
    r"|dropped|jumped|climbed|doubled|halved|up\s{1,3}from|down\s{1,3}from)\b",
    re.IGNORECASE,
)
# pairs set against each other, the joint between them: no parts of one whole
_SET_AGAINST = re.compile(
    r"^[\W\s]*(?:to|from|compared\s{1,3}(?:with|to)|against|versus|than|up\s{1,3}from"
    r"|down\s{1,3}from)\b|\b(?:to|from|compared\s{1,3}(?:with|to)|against|versus|than)[\W\s]*$",
    re.IGNORECASE,
)
# time units and measures are no counted things
_NOT_COUNTED = word_set(
    """years year months month days day weeks week hours hour km kilometres kilometers hectares
    tons tonnes metres meters"""
)
# Where a label before a pair starts: the end of the list item or clause before it.
_LABEL_START = re.compile(
    r"[,;:](?=\s)|[()]|\s(?:and|while|whereas|with|included|including|includes|include|comprising"
    r"|comprised)\s",
)
_LEADING = re.compile(
    r"^(?:\s|followed\s{1,3}by\b|and\b|while\b|whereas\b|with\b|of\s{1,3}(?:which|whom)\b)+",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:\s|\b(?:with|at|by|of|to|is|are|was|were|stood|stands|had|has|have|about|some|nearly"
    r"|almost|around|approximately|roughly|over|under|just|close|more|less|than)\b)+$",
    re.IGNORECASE,
)
_MAKE_UP = re.compile(
    r"\b(?:making\s{1,3}up|make\s{1,3}up|made\s{1,3}up|accounting\s{1,3}for|accounted\s{1,3}for"
    r"|account\s{1,3}for|representing|represented|represent|constituting|constituted"
    r"|comprising)\s*$",
    re.IGNORECASE,
)
_FIRST_VERB = re.compile(
    r"\s(?:accounted|account|accounts|made|make|makes|were|was|are|is|represented|represent"
    r"|represents|constituted|comprised|remained|remains|had|has|have)\b",
    re.IGNORECASE,
)
_QUANTITY_WORDS = word_set(
    "the a majority most some many few minority others rest remainder half which who that"
)
# the verb that opens a predicate after a pair: its words are the part's label
_PREDICATE = re.compile(
    r"\s(?:were|was|are|is|have\s{1,3}been|has\s{1,3}been|had\s{1,3}been|have|has|had"
    r"|said|reported|stated|indicated|remained|remain|live|lived|came|come|returned)\s",
    re.IGNORECASE,
)
_AUXILIARY_OPENING = re.compile(
    r"^(?:(?:were|was|are|is|have|has|had|been|being)\s{1,3})+", re.IGNORECASE
)
_LABEL_END = re.compile(r"[,;:().]|\s(?:while|whereas|but)\s|$")
_MAX_LABEL_WORDS = 12
_MAX_PAIRS = 40


@dataclass(frozen=True)
class _Pair:
    """One count with its share: where it was written and the ranges its figures span."""

    start: int
    end: int
    count: int
    low: Fraction  # the count's range, as written ("3.9 million": 3.85 to 3.95 million)
    high: Fraction
    share: Fraction
    unit: Fraction  # one unit of the share's last digit
    decimals: int
    noun: str | None


def may_pair_counts_with_shares(text: str) -> bool:
    """Whether a paragraph may write a count beside its share (a cheap literal test).

    >>> may_pair_counts_with_shares("Italy 3,086 (8.5%), Benelux 2,784 (7.6%)")
    True
    >>> may_pair_counts_with_shares("The Council met 12 times.")
    False
    """
    return ("%" in text or "cent" in text) and (
        "(" in text or " or " in text or "–" in text or " - " in text or "—" in text
    )


def _exact(figure: str) -> Fraction:
    """A written figure as an exact fraction ("1,234" -> 1234, "8.5" -> 17/2)."""
    whole, _, decimals = figure.replace(",", "").partition(".")
    return Fraction(int(whole + decimals), 10 ** len(decimals))


def _count_range(figure: str, scale: str | None) -> tuple[int, Fraction, Fraction]:
    """A count's value and the range its written digits span."""
    digits = figure.replace(",", "")
    value = _exact(digits)
    if scale is None:
        return int(value), value, value
    factor = _SCALES[scale]
    decimals = len(digits.partition(".")[2])
    half = Fraction(factor, 2 * 10**decimals)
    return int(value * factor), value * factor - half, value * factor + half


def ratio_agrees(
    low: Fraction, high: Fraction, whole: Fraction, share: Fraction, unit: Fraction
) -> bool:
    """Whether a count (in ``low``..``high``) is ``share`` per cent of ``whole``.

    Within one unit of the share's last digit (rounded, truncated or rounded up).

    >>> ratio_agrees(Fraction(94492), Fraction(94492), Fraction(186205), Fraction(50), Fraction(1))
    True
    >>> ratio_agrees(Fraction(96700), Fraction(96700), Fraction(186205), Fraction(50), Fraction(1))
    False
    """
    return share - unit < 100 * high / whole and 100 * low / whole < share + unit


def _implied_whole(pair: _Pair) -> tuple[Fraction, Fraction | None]:
    """The whole a pair implies, as an open range (``None``: no upper bound)."""
    low = 100 * pair.low / (pair.share + pair.unit)
    below = pair.share - pair.unit
    return low, (100 * pair.high / below if below > 0 else None)


def _is_year(figure: str, scale: str | None) -> bool:
    return scale is None and len(figure) == 4 and figure.isdigit() and 1800 <= int(figure) <= 2100


def _pair_of(text: str, match: re.Match[str], lo: int) -> _Pair | None:
    """The pair a match holds, or ``None`` where its figures are no count and share."""
    figure, scale = match["count"], match["scale"]
    share = _exact(match["share"])
    if _is_year(figure, scale) or not 0 < share <= 100:
        return None
    count_at = match.start("count")
    if _MONEY_BEFORE.search(text, max(lo, count_at - 5), count_at) is not None:
        return None
    noun_words = match["noun"].split()
    if any(word in _NOT_COUNTED for word in noun_words) or _MONEY_AFTER.match(
        text, match.end("scale") if scale else match.end("count")
    ):
        return None
    if _CHANGE_AFTER.match(text, match.end()) is not None:
        return None  # "(13,584) were 76% lower", "12 per cent (40) more than"
    first = min(match.start("share"), count_at)
    if _CHANGE_BEFORE.search(text, max(lo, first - 20), first):
        return None  # "rose to 50% (94,492)", "rose by 18 (9 per cent)"
    count, low, high = _count_range(figure, scale)
    decimals = len(match["share"].partition(".")[2])
    start = match.start()
    opening = text.rfind("(", max(lo, start - 4), start)
    if opening >= 0 and not text[opening + 1 : start].strip():
        start = opening  # "IDP returnees (1,822,932 individuals or 92%)": the label is before
    return _Pair(
        start,
        match.end(),
        count,
        low,
        high,
        share,
        Fraction(1, 10**decimals),
        decimals,
        " ".join(noun_words) or None,
    )


def _pairs(text: str, lo: int, hi: int) -> list[_Pair]:
    """The count-share pairs of one sentence, in text order, none overlapping."""
    found: list[_Pair] = []
    for pattern in (_COUNT_FIRST, _SHARE_FIRST):
        for match in pattern.finditer(text, lo, hi):
            pair = _pair_of(text, match, lo)
            if pair is not None and not any(
                p.start < pair.end and pair.start < p.end for p in found
            ):
                found.append(pair)
            if len(found) > _MAX_PAIRS:
                return []
    return sorted(found, key=lambda p: p.start)


def _words(text: str) -> str:
    return " ".join(text.split())


def _subject(text: str, lo: int, hi: int) -> str | None:
    """The words of a sentence before its first verb: "German-based companies"."""
    verb = _FIRST_VERB.search(text, lo, hi)
    if verb is None:
        return None
    words = _words(_LEADING.sub("", text[lo : verb.start()]))
    return words if 0 < len(words.split()) <= _MAX_LABEL_WORDS else None


_LAST_LINK = re.compile(r".*\b(?:in|at|to|for|from|by|among|were|are|was|is|of)\s", re.IGNORECASE)


def _antecedent(text: str, lo: int, end: int) -> str | None:
    """What a relative clause after a comma is about: "... in high-income countries, which"."""
    last = None
    for last in _LABEL_START.finditer(text, lo, end):  # noqa: B007 (the last one)
        pass
    chunk = _TRAILING.sub("", _LEADING.sub("", text[last.end() if last else lo : end]))
    words = _LAST_LINK.sub("", chunk).split()
    return " ".join(words) if 0 < len(words) <= _MAX_LABEL_WORDS else None


def _label_before(text: str, lo: int, start: int, sentence: int) -> str | None:
    """The label written before a pair, back to the end of the item before it."""
    last = None
    for last in _LABEL_START.finditer(text, lo, start):  # noqa: B007 (the last one)
        pass
    begin = last.end() if last is not None else lo
    chunk = _TRAILING.sub("", _LEADING.sub("", text[begin:start]))
    if not chunk and last is not None and last.group().strip() == "with":
        # "users in the USA ranked third with 3,148 or 8.6%": the words before "with"
        return _label_before(text, lo, last.start(), sentence)
    make_up = _MAKE_UP.search(chunk)
    if make_up is not None:
        chunk = _TRAILING.sub("", chunk[: make_up.start()])
        words = chunk.split()
        if words and words[0].lower() in ("which", "who", "that") and last is not None:
            return _antecedent(text, lo, last.start())  # "countries, which accounted"
        if not words or len(words) > _MAX_LABEL_WORDS:
            return _subject(text, sentence, start)  # "..., accounting for 6,552 ..."
    words = chunk.split()
    if not words or all(word.lower() in _QUANTITY_WORDS for word in words):
        return None
    if words[0].lower() in ("which", "who", "that") and last is not None:
        return _antecedent(text, lo, last.start())  # "countries, which held 40"
    return _words(chunk) if len(words) <= _MAX_LABEL_WORDS else None


def _label_after(text: str, end: int, hi: int) -> str | None:
    """The label written after a pair: its predicate, or the phrase that follows it."""
    if text.startswith(",", end):
        end += 1  # "Just over 3.5 million, or 41 per cent, of these voters are women"
    close = _LABEL_END.search(text, end, hi)
    stop = close.start() if close is not None else hi
    chunk = text[end:stop]
    if chunk.strip().lower().startswith("of "):  # "613 (38 per cent) of the 1,628 ... were"
        predicate = _PREDICATE.search(text, end, hi)
        if predicate is None:
            return None
        close = _LABEL_END.search(text, predicate.end(), hi)
        chunk = text[predicate.start() : close.start() if close is not None else hi]
    chunk = _AUXILIARY_OPENING.sub("", chunk.strip())
    words = chunk.split()
    return _words(chunk) if 0 < len(words) <= _MAX_LABEL_WORDS else None


def _label(text: str, pair: _Pair, lo: int, next_start: int, sentence: int, hi: int) -> str | None:
    before = _label_before(text, lo, pair.start, sentence)
    if before is not None:
        return before
    return _label_after(text, pair.end, min(next_start, hi))


def _part(text: str, pair: _Pair, label: str) -> Part:
    return Part(
        label,
        pair.count,
        pair.start,
        pair.end,
        percent=float(pair.share),
        decimals=pair.decimals,
        counted=pair.noun,
    )


def _wholes(text: str, lo: int, hi: int, pairs: list[_Pair]) -> list[tuple[int, int, Fraction]]:
    """The counts of a sentence outside its pairs that may be a whole: (start, value, value)."""
    wholes = []
    for match in _WHOLE.finditer(text, lo, hi):
        if any(p.start <= match.start() < p.end for p in pairs):
            continue
        figure, scale = match["count"], match["scale"]
        if _is_year(figure, scale):
            continue
        if _MONEY_BEFORE.search(text, max(lo, match.start() - 5), match.start()) is not None:
            continue
        value, _, _ = _count_range(figure, scale)
        if value > 0:
            wholes.append((match.start(), value, Fraction(value)))
    return wholes


# the base a share names after its pair: "50% (94,492) of the population"
_BASE_AFTER = re.compile(r"\s{0,3}\)?\s{0,3}of\s{1,3}(?P<base>[^,;.()]{1,80})")
_OWN_BASE = re.compile(r"(?:the\s{1,3})?(?:total|population|them|these|those|whom|which)\b")
_BASE_WORD = re.compile(r"(?!(?:were|have|been|with|from|that|this)\b)[A-Za-z]{4,}")


def _base_fits(text: str, pair: _Pair, whole_at: int, hi: int) -> bool:
    """Whether the base a pair's share names, if any, is the whole at ``whole_at``.

    "613 (38 per cent) of the 1,628 Palestinians" holds it; "of the total" and "of the
    population" point at it; "410 children (or 12 per cent) of another district" names
    another whole than "3,600 children".
    """
    base = _BASE_AFTER.match(text, pair.end, hi)
    if base is None or base.start("base") <= whole_at < base.end("base"):
        return True
    if _OWN_BASE.match(base["base"]):
        return True
    near = text[whole_at : min(hi, whole_at + 60, pair.start if whole_at < pair.start else hi)]
    near_words = {word.lower() for word in _BASE_WORD.findall(near)}
    return any(word.lower() in near_words for word in _BASE_WORD.findall(base["base"]))


# a sentence that points back at the count of the sentence before: "Of these
# respondents, 140 (26.8%) were ...", "Just over 3.5 million, or 41 per cent, of these
# voters are women"
_POINTS_BACK = re.compile(r"\b(?:[Oo]f|[Aa]mong)\s{1,3}(?:these|those|them|this\s{1,3}total)\b")


def _read_sentence(text: str, lo: int, hi: int, before: int) -> Tally | None:
    """The tally of the sentence ``text[lo:hi]``; ``before`` starts the sentence before it."""
    pairs = _pairs(text, lo, hi)
    if not pairs:
        return None
    wholes = _wholes(text, lo, hi, pairs)
    if len(pairs) == 1 and before < lo and _POINTS_BACK.search(text, lo, hi) is not None:
        # the whole the sentence points back at, where its own sentence states no other
        earlier = _wholes(text, before, lo, [])
        if len(earlier) == 1 and not any(value > pairs[0].high for _, value, _ in wholes):
            wholes = earlier
    if len(pairs) == 1:
        (pair,) = pairs
        if _CHANGE_VERB.search(text, lo, hi) is not None:
            return None
        fitting = [
            (start, value)
            for start, value, whole in wholes
            if value > pair.high and ratio_agrees(pair.low, pair.high, whole, pair.share, pair.unit)
        ]
        if not fitting:
            return None
        fitting = [(start, value) for start, value in fitting if _base_fits(text, pair, start, hi)]
        if not fitting:
            return None
        whole_at, total = fitting[0]
        label = _label(text, pair, lo, hi, lo, hi)
        if label is None:
            return None
        tally = Tally(
            "breakdown",
            min(whole_at, pair.start),
            max(pair.end, whole_at),
            [_part(text, pair, label)],
        )
        tally.total = total
        return tally
    return _read_pairs(text, pairs, wholes, lo, hi)


# a count in parentheses between two pairs, its share not written: "..., a quarter of
# them in Europe and Central Asia (2.6 million), and 13% (1.4 million) in ..."
_COUNT_ALONE = re.compile(
    rf"(?P<label>[A-Za-z][^,;:()\d]{{0,80}}?)\s{{0,3}}\(\s{{0,3}}(?P<count>{_FIGURE}){_SCALE}"
    rf"{_NOUN}\s{{0,3}}\)"
)
# the rest after the last pair: "... (1%) and 366 individuals from other nationalities"
_REST_AFTER = re.compile(
    rf"\s{{0,3}},?\s{{1,3}}and\s{{1,3}}(?:another\s{{1,3}}|a\s{{1,3}}further\s{{1,3}})?"
    rf"(?P<count>{_FIGURE}){_SCALE}{_NOUN}\s{{1,3}}(?P<label>(?:from|of|in|with)\s[^,;:()\d]{{1,80}}?)"
    r"\s{0,3}(?:[,;:.(]|$)"
)


def _alone_part(
    text: str, match: re.Match[str], label: str, *, counted: bool = False
) -> Part | None:
    """A part with no share; a bare figure only where it counts the pairs' noun."""
    figure, scale = match["count"], match["scale"]
    if _is_year(figure, scale) or (scale is None and "," not in figure and not counted):
        return None  # only counts written as counts ("2.6 million", "366 individuals")
    count, _, _ = _count_range(figure, scale)
    return Part(
        _words(label), count, match.start(), match.end(), counted=match["noun"].strip() or None
    )


def _parts_between(text: str, end: int, following: int) -> list[Part]:
    """Counts with no share written between two pairs, in the pairs' own shape."""
    between = _LEADING.sub("", text[end:following].lstrip(" ,;"))
    offset = following - len(between)
    match = _COUNT_ALONE.fullmatch(between.rstrip(" ,;").removesuffix(" and").rstrip(" ,;"))
    if match is None:
        return []
    label = _LEADING.sub("", match["label"])
    part = _alone_part(between, match, label) if label.strip() else None
    if part is None:
        return []
    part.start, part.end = part.start + offset, part.end + offset
    return [part]


def _last_part(text: str, pair: _Pair, hi: int) -> list[Part]:
    """The rest after the last pair, its share not written: "and 366 individuals from ..."."""
    match = _REST_AFTER.match(text, pair.end, hi)
    if match is None or pair.noun is None or match["noun"].strip() != pair.noun:
        return []
    part = _alone_part(text, match, match["label"], counted=True)
    return [part] if part is not None else []


def _read_pairs(
    text: str, pairs: list[_Pair], wholes: list[tuple[int, int, Fraction]], lo: int, hi: int
) -> Tally | None:
    """Two or more pairs whose implied wholes agree: parts of one whole."""
    low = max(_implied_whole(pair)[0] for pair in pairs)
    highs = [high for pair in pairs if (high := _implied_whole(pair)[1]) is not None]
    if not highs or low >= min(highs):
        return None  # shares of different wholes
    if sum(pair.share for pair in pairs) > 100 + sum(pair.unit for pair in pairs):
        return None
    for before, after in itertools.pairwise(pairs):
        between = text[before.end : after.start]
        if _SET_AGAINST.search(between) is not None or _YEAR.search(between) is not None:
            return None  # "from 13,200 (5.4%) to 12,400 (5.1%)": over time
    high = min(highs)
    parts = []
    previous_end = lo
    for index, pair in enumerate(pairs):
        following = pairs[index + 1].start if index + 1 < len(pairs) else hi
        label = _label(text, pair, previous_end, following, lo, hi)
        if label is None:
            return None
        parts.append(_part(text, pair, label))
        if index + 1 < len(pairs):
            parts.extend(_parts_between(text, pair.end, following))
        else:
            parts.extend(_last_part(text, pair, hi))
        previous_end = parts[-1].end
    counted = sum(part.count or 0 for part in parts)
    if counted >= high:
        return None  # more than the whole the shares imply: no parts of it
    tally = Tally("breakdown", pairs[0].start, parts[-1].end, parts)
    for _, value, whole in wholes:
        if low < whole < high and value >= counted:
            tally.total = value
            break
    return tally


def find_count_shares(text: str, *, taken: list[tuple[int, int]] = ()) -> list[Tally]:  # type: ignore[assignment]
    """Parts read from counts written beside their shares, where the ratio says so.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    taken
        Where the other readers found tallies: a sentence that holds one is left to them.

    Returns
    -------
    list of Tally
        Per sentence, at most one breakdown: one part and the whole its sentence states,
        where the count is its share of that whole (``total`` that whole); or two or more
        parts whose shares imply one whole (``total`` a count of the sentence within that
        whole's range, where there is one). Each part's ``count`` is the count and
        ``percent`` its share.

    Examples
    --------
    >>> text = ("The Unit registered 2,480 cases, with women making up 1,210 or 48.8 per cent.")
    >>> tally = find_count_shares(text)[0]
    >>> tally.total, [(p.category, p.count, p.percent) for p in tally.parts]
    (2480, [('women', 1210, 48.8)])
    >>> text = "Arrivals came from Chad 4,120 (41%), Niger 3,050 (30%) and Mali 1,240 (12%)."
    >>> [(p.category, p.count) for p in find_count_shares(text)[0].parts]
    [('Arrivals came from Chad', 4120), ('Niger', 3050), ('Mali', 1240)]
    >>> find_count_shares("The camps held 2,242 (9%) and 1,663 (4%) of them respectively.")
    []
    """
    if not may_pair_counts_with_shares(text):
        return []
    starts = [*sentence_starts(text), len(text)]
    # the sentences a tally of another reader holds, marked in one pass (linear time)
    held = [0] * (len(starts) + 1)
    for start, end in taken:
        first = bisect.bisect_right(starts, start) - 1
        last = min(bisect.bisect_left(starts, end) - 1, len(starts) - 2)
        if 0 <= first <= last:
            held[first] += 1
            held[last + 1] -= 1
    found = []
    holding = 0
    for index, (lo, hi) in enumerate(itertools.pairwise(starts)):
        holding += held[index]
        if holding > 0:
            continue
        tally = _read_sentence(text, lo, hi, starts[index - 1] if index else lo)
        if tally is not None:
            found.append(tally)
    return found
