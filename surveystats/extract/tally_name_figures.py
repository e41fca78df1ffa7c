"""Names and their figures written side by side, as a table run into one line.

Agency and situation reports list counts by place or category without brackets or
verbs, the layout of a table flattened into a sentence: "African countries currently
hosting Rwandan refugees are Burundi 5,860, Cameroon 1,613, Congo 4,443 and Kenya
2,700", "the main nationalities arriving (Syria 48%, Afghanistan 25%, Iraq 15% and Iran
3%)", "Number of people 366,700 Women: 176,100 Men: 190,600". Each item is a name (one to
four capitalised words, with "of", "and", "the" inside: "South Africa", "DR Congo",
"Bosnia and Herzegovina"), a colon or not, and its figure, the items joined by commas,
semicolons, "and", or blanks where a table's cells were.

The reading leans on structure and arithmetic, not on the words around the list:

- a RUN of two or more items of one unit (all counts or all shares), each name different;
- ARITHMETIC: a figure before the run in its sentence, of the same unit, that the items
  add up to within the rounding of the figures as written is their whole ("1,085
  migrants ... brought to Pozzallo 531 and Augusta 554", "account for 68 percent of all
  arrivals (Syria 30 percent, ...)"): a count becomes the tally's ``total``, a share is
  evidence only (a total is a count); shares with no such whole add up to at most 100;
- two items need that whole; three or more stand alone.

None, as the README's conventions decide: a name that designates its figure rather than
counting it ("Article 5", "resolution 1325", "Phase 3", "Sector 2", "Week 17", months and
days: "June 2015"), a year, a range ("Grade 1-3"), money or a measure after the figure
("Kenya 2,700 km"), shares that pass 100, rates (a sentence of growth, inflation,
unemployment, turnout or a rate: "Zambia 14%, Ghana 11%, Kenya 6% inflation"), and two
items with no whole. It runs after the other readers and replaces only a reading that
holds fewer of the run's figures.

Each sentence is scanned once by a pattern guarded by a literal test: linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction
from typing import NamedTuple

from surveystats.extract.tally_items import word_set
from surveystats.extract.tally_parts import Part, Tally
from surveystats.text import MONTHS, sentence_starts

__all__ = ["find_name_figures", "may_hold_name_figures", "with_name_figures"]

_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# A word of a name: capitalised ("Burundi", "DR", "Côte", "d'Ivoire"), or a small word
# inside it ("Bosnia and Herzegovina", "Republic of Korea").
_NAME_WORD = r"(?:[A-Z][\w’'.-]*|d['’][A-Z][\w’'-]*)"
_INNER_WORD = r"(?:of|and|the|de|du|des|la|el|al)"
_NAME = rf"{_NAME_WORD}(?:[ \t]{{1,3}}(?:{_INNER_WORD}[ \t]{{1,3}})?{_NAME_WORD}){{0,3}}"
_FIGURE = (
    r"(?P<figure>\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+(?:\.\d+)?)"
    r"(?:[ \t]{1,3}(?P<scale>thousand|million|billion)\b)?"
    r"(?P<share>[ \t]{0,3}%|[ \t]{1,3}per[ \t]{0,3}cent\b|[ \t]{1,3}percent\b)?"
)
# One item: a name, a colon or not, its figure, and what may follow a table's cell (a
# comma, semicolon, "and", a closing bracket, the sentence's end or the next name).
_ITEM = re.compile(
    rf"(?P<name>{_NAME})(?P<colon>[ \t]{{0,3}}:)?[ \t]{{1,3}}{_FIGURE}"
    r"(?=[ \t]{0,3}(?:[,;)]|and\b|\.(?!\d)|$)|[ \t]{1,3}(?:[A-Z]|d['’][A-Z]))"
)
# Between two items of a run.
_JOINT = re.compile(
    r"(?:[ \t]{0,3}(?:[,;][ \t]{0,3}(?:and[ \t]{1,3})?|and[ \t]{1,3})|[ \t]{1,3})(?:the[ \t]{1,3})?"
)
# Words that open a sentence or a clause before a name and are no part of it.
_LEADING = word_set(
    "in at from to for with and of by on the a an as while whereas but or including "
    "namely notably especially mainly are were is was"
)
# Names that designate their figure (a number in a series, a place in a text, a date),
# not a count of it.
_DESIGNATORS = frozenset(MONTHS) | word_set(
    "monday tuesday wednesday thursday friday saturday sunday"
    " article articles resolution resolutions decision decisions rule rules"
    " paragraph paragraphs para paras chapter section annex table figure box"
    " item items part title volume vol page pages no nos number phase stage step"
    " sector sectors zone zones camp site block round level grade class week"
    " day year goal goals target targets indicator objective protocol line route"
    " category type unit ward district division battalion group team flight"
    " covid-19 covid g sdg sdgs mdg mdgs act law order regulation session"
    " room rooms hall floor building gate platform"
)
# After a figure, words that make it money, a measure or a range, not a count of a name.
_NOT_A_COUNT_AFTER = re.compile(
    r"[ \t]{0,3}(?:[-–—/][ \t]{0,3}\d|(?:km|kg|mt|ha|tons?|tonnes?|hectares?|metres?|"
    r"meters?|miles?|litres?|liters?|dollars?|euros?|years?|months?|days?)\b)",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(r"(?:\$|€|£|US\$|USD|EUR|CHF)[ \t]{0,3}$")
# A sentence of rates: its shares are rates of each place, no split of one whole.
_RATE_WORDS = re.compile(
    r"\b(?:rates?|inflation|growth|grew|unemployment|turnout|prevalence|coverage|literacy"
    r"|increased?|decreased?|declined?|rose|fell|drop(?:ped)?|higher|lower)\b",
    re.IGNORECASE,
)


class _Item(NamedTuple):
    """A name and its figure: ``value`` exact, ``unit`` "count" or "percent"."""

    name: str
    start: int
    end: int
    value: Fraction
    unit: str
    decimals: int
    half_unit: Fraction  # the rounding the figure as written may hide
    grouped: bool  # thousands set apart by commas, or a scale word: "5,860", "3.7 million"


def may_hold_name_figures(text: str, starts: Iterable[int]) -> bool:
    """Whether two of the figures starting at ``starts`` follow a capitalised word (cheap).

    A look back from each figure over a blank or a colon and one word: no pattern runs
    over the paragraph, which most paragraphs with figures would pay for nothing.

    >>> text = "Burundi 5,860, Cameroon 1,613 and Kenya 2,700"
    >>> may_hold_name_figures(text, [8, 24, 40])
    True
    >>> may_hold_name_figures("The Council met 12 times in 2019.", [16, 28])
    False
    """
    named = 0
    for start in starts:
        at = start - 1
        while at >= 0 and start - at <= 4 and text[at] in " \t:":
            at -= 1
        if at == start - 1:
            continue  # no blank before the figure: "A/75/123", "COVID-19"
        end = at + 1
        while at >= 0 and end - at <= 30 and (text[at].isalnum() or text[at] in "’'.-"):
            at -= 1
        if text[at + 1 : end][:1].isupper():
            named += 1
            if named > 1:
                return True
    return False


def _item(text: str, match: re.Match[str]) -> _Item | None:
    """The item ``match`` reads, or None where its name designates the figure."""
    words = match["name"].split()
    start = match.start("name")
    while words and words[0].lower() in _LEADING:
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else match.end()
        words = words[1:]
    if not words or words[-1].lower().rstrip(".") in _DESIGNATORS:
        return None
    figure, scale, share = match["figure"], match["scale"], match["share"]
    if scale is None and share is None and figure.isdigit() and 1800 <= int(figure) <= 2100:
        return None  # a year: "June 2015", "Kenya 2015"
    if _NOT_A_COUNT_AFTER.match(text, match.end()) or _MONEY_BEFORE.search(
        text, max(0, match.start("figure") - 5), match.start("figure")
    ):
        return None
    digits = figure.replace(",", "")
    decimals = len(digits.partition(".")[2])
    value = Fraction(digits)
    # the rounding a figure as written may hide: none in a count written out in full
    half = Fraction(1, 2 * 10**decimals) if scale is not None or share is not None else 0
    if scale is not None:
        value *= _SCALES[scale]
        half *= _SCALES[scale]
    if share is None and value.denominator != 1:
        return None  # "Kenya 2.5": a count is whole
    unit = "count" if share is None else "percent"
    grouped = "," in figure or scale is not None
    return _Item(" ".join(words), start, match.end(), value, unit, decimals, half, grouped)


def _runs(text: str, lo: int, hi: int) -> list[list[_Item]]:
    """The runs of items of one unit in ``text[lo:hi]``, each item right after the last."""
    runs: list[list[_Item]] = []
    run: list[_Item] = []
    last_end = -1
    for match in _ITEM.finditer(text, lo, hi):
        item = _item(text, match)
        joined = (
            item is not None
            and run
            and item.unit == run[0].unit
            and _JOINT.fullmatch(text, last_end, match.start("name")) is not None
        )
        if not joined:
            if len(run) > 1:
                runs.append(run)
            run = []
        if item is not None:
            if joined and item.start != match.start("name"):
                # a word the joint does not allow before the name ("..., in Kenya 12"):
                # the run ends, and a new one may start at this item
                if len(run) > 1:
                    runs.append(run)
                run = []
            run.append(item)
            last_end = item.end
    if len(run) > 1:
        runs.append(run)
    return runs


def _figures_before(text: str, lo: int, start: int) -> list[tuple[int, Fraction, str, Fraction]]:
    """The figures of ``text[lo:start]``: where each starts, its value, unit and half unit."""
    figures = []
    for match in re.finditer(_FIGURE, text[lo:start]):
        figure, scale, share = match["figure"], match["scale"], match["share"]
        digits = figure.replace(",", "")
        if scale is None and share is None and len(digits) == 4 and 1800 <= int(digits) <= 2100:
            continue
        decimals = len(digits.partition(".")[2])
        value, half = Fraction(digits), Fraction(1, 2 * 10**decimals)
        if scale is not None:
            value, half = value * _SCALES[scale], half * _SCALES[scale]
        elif share is None:
            half = Fraction(0)  # a count written out in full is exact
        figures.append((lo + match.start(), value, "count" if share is None else "percent", half))
    return figures


def _whole(text: str, lo: int, run: list[_Item]) -> tuple[int, Fraction, str] | None:
    """The figure before ``run`` in its sentence that the run's items add up to, or None.

    >>> text = "Some 1,085 migrants were brought to Pozzallo 531 and Augusta 554."
    >>> [(i.name, int(i.value)) for i in _runs(text, 0, len(text))[0]]
    [('Pozzallo', 531), ('Augusta', 554)]
    >>> _whole(text, 0, _runs(text, 0, len(text))[0])
    (5, Fraction(1085, 1), 'count')
    """
    total = sum(item.value for item in run)
    slack = sum(item.half_unit for item in run)
    unit = run[0].unit
    for start, value, figure_unit, half in reversed(_figures_before(text, lo, run[0].start)):
        if figure_unit == unit and abs(total - value) <= slack + half:
            return start, value, unit
    return None


def _counts_many(item: _Item) -> bool:
    """Whether ``item``'s figure is a share, or a count written in thousands or millions.

    A name's own number is small ("Room 3", "Unit 12") or written as one string of digits
    ("Monel 67, Nicrofer 3033": grades of a product); a table of people counts writes its
    thousands apart ("Burundi 5,860") or with a scale word ("Turkey 3.7 million").
    """
    return item.unit == "percent" or (item.value >= 1_000 and item.grouped)


def _tally(text: str, run: list[_Item], whole: tuple[int, Fraction, str] | None) -> Tally:
    parts = [
        Part(
            item.name,
            int(item.value) if item.unit == "count" else None,
            item.start,
            item.end,
            percent=float(item.value) if item.unit == "percent" else None,
            decimals=item.decimals if item.unit == "percent" else None,
        )
        for item in run
    ]
    tally = Tally("breakdown", run[0].start, run[-1].end, parts, unit=run[0].unit)
    if whole is not None:  # the whole opens the tally's words; a share is no total
        tally.start = whole[0]
        if whole[2] == "count":
            tally.total = int(whole[1])
    return tally


def find_name_figures(text: str) -> list[Tally]:
    """Breakdowns written as names beside their figures, one tally per run.

    Parameters
    ----------
    text
        One paragraph.

    Returns
    -------
    list of Tally
        A ``breakdown`` for each run of names with their figures that holds three items
        or more, or two that add up to a figure stated before them; its ``total`` is that
        figure where it is a count. Shares that pass 100, or stand in a sentence of rates,
        give none.

    Examples
    --------
    >>> text = "Refugees are hosted in Burundi 5,860, Cameroon 1,613 and Kenya 2,700."
    >>> [(p.category, p.count) for p in find_name_figures(text)[0].parts]
    [('Burundi', 5860), ('Cameroon', 1613), ('Kenya', 2700)]
    >>> find_name_figures("Resolutions adopted: Article 5, Article 6 and Article 7.")
    []
    """
    found = []
    starts = sentence_starts(text)
    for at, lo in enumerate(starts):
        hi = starts[at + 1] if at + 1 < len(starts) else len(text)
        for run in _runs(text, lo, hi):
            if len({item.name.lower() for item in run}) < len(run):
                continue  # "Article 5, Article 6": one name, a series
            whole = _whole(text, lo, run)
            if whole is None and (len(run) < 3 or not any(_counts_many(i) for i in run)):
                continue  # "Room 3, Hall 4 and Gallery 5": numbers that name, no counts
            if run[0].unit == "percent":
                total = sum(item.value for item in run)
                if total > 100 + sum(item.half_unit for item in run):
                    continue
                if whole is None and _RATE_WORDS.search(text, lo, hi):
                    continue
            found.append(_tally(text, run, whole))
    return found


def _figures(tally: Tally) -> list[float]:
    """The figures ``tally`` reads: each part's count or share, and its total."""
    figures = [
        float(part.count if part.count is not None else part.percent)
        for part in tally.parts
        if part.count is not None or part.percent is not None
    ]
    return [*figures, float(tally.total)] if tally.total is not None else figures


def with_name_figures(text: str, found: list[Tally]) -> list[Tally]:
    """``found`` with the runs of :func:`find_name_figures` that read more of the same words.

    A run replaces the tallies it overlaps where it reads every figure they read (parts,
    totals, and a share it holds as its whole's evidence) and more parts than each; where
    one of them reads a figure the run does not, they stay and the run is dropped.

    >>> text = "Five groups make 68% of arrivals (Syria 30%, Iraq 16%, Mali 10%, Chad 7%, Peru 5%)."
    >>> wrong = Tally("breakdown", 0, 60, [Part("Five groups", None, 0, 20, percent=68.0),
    ...     Part("Iraq", None, 45, 53, percent=16.0)], unit="percent")
    >>> [p.category for p in with_name_figures(text, [wrong])[0].parts]
    ['Syria', 'Iraq', 'Mali', 'Chad', 'Peru']
    """
    for reading in find_name_figures(text):
        overlapping = [t for t in found if t.start < reading.end and reading.start < t.end]
        # the whole a run of shares holds as evidence: the figure it starts at
        evidence = [*_figures(reading), *_whole_share(text, reading)]
        if any(
            len(tally.parts) >= len(reading.parts)
            or any(figure not in evidence for figure in _figures(tally))
            for tally in overlapping
        ):
            continue
        found = [t for t in found if all(t is not o for o in overlapping)]
        found.append(reading)
    return sorted(found, key=lambda tally: tally.start)


def _whole_share(text: str, reading: Tally) -> list[float]:
    """The share a run of shares starts at, its whole's evidence ("68 percent"), if any."""
    if reading.unit != "percent" or reading.start == reading.parts[0].start:
        return []
    match = re.match(_FIGURE, text[reading.start :])
    return [float(Fraction(match["figure"].replace(",", "")))] if match else []
