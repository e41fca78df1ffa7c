"""Counts by place across clauses, each clause with a verb and a place of its own.

Situation reports break a group down by place in parallel clauses, the place in a
different role in each: "Since December, 30,876 refugees have found asylum in northern
DRC. Chad has meanwhile received 5,600 refugees, and 1,024 arrivals have been registered
in Cameroon" (the place after a preposition, then the subject, then after a preposition
again); "1120 from Taizz; 1248 from Amanat Al Asimah, and 440 were positive from Sana'a";
"Most of the arrivals are in the Kurdistan region (720 people), although 596 refugees were
recorded further south in the Al-Qaem area"; "Sixty-five percent are from South Sudan,
while thirty-one percent are from DRC". The evidence is the structure, not the wording:

- clauses parted by list joints (";", "while", "whereas", "although", ", and", and a next
  sentence that says it runs on with "meanwhile"), each holding one figure;
- a place in each: a proper name (capitalized words) after "in", "from", "to", "at",
  "into", "towards" or "through", or a capitalized subject right before a verb of hosting
  or receiving ("Chad has meanwhile received"); a month or a day is no place;
- one noun counted in every clause, or elided: the same head, or words for the people of
  one movement (refugees, arrivals, people, individuals, ...); a group named by its nation
  ("Afghans", "Pakistanis") is another group, no part;
- as many places as parts, all different, and figures of one unit: counts, or shares that
  open their clauses and stay within 100 ("employment is 40 per cent; in the Windward
  Islands, export earnings account for over 50 per cent" are levels of other wholes).
  A reference ("paragraph 12") counts nothing and a body ("to the Council") is no place.

None: clauses with another noun ("Some 20 States ratified it and 15 meetings were held"),
with one place for two figures, or comparisons ("compared with", "up from"), flows in and
out ("arrived in A, while 150 left B"). The tallies are breakdowns with no total, labelled
by their places.

The text is scanned once for joints, figures and places: linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from surveystats.extract.tally_parts import Part, Tally
from surveystats.text.dates import MONTH_NAMES

__all__ = ["PLACE_CLAUSE_JOINTS", "find_lists_per_clause", "find_place_clauses"]

#: Literals of the joints that part clauses of a breakdown by place: a cheap test before the
#: reader runs. ", and" alone, in most long paragraphs, does not make it run: it joins
#: the later clauses of a run these open ("...; 1248 from Aden, and 440 from Sana'a").
PLACE_CLAUSE_JOINTS = (";", " while ", " whilst ", " whereas ", " although ", "eanwhile")

# A joint between two clauses: a semicolon, a subordinating "while" or "although", a
# comma before "and", a sentence's end.
_JOINT = re.compile(
    r"(?=[\s;,.])(?:\s*;\s*|,?\s+(?:while|whilst|whereas|although)\s+|,\s+and\s+"
    r"|(?<=[A-Za-z)\d])\.\s+(?=[A-Z]))"
)
# Words for tens and units, for shares written in words ("thirty-one percent",
# "Sixtyfive percent").
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_PER_CENT = re.compile(r"\s(?:per\s?cent|percent)\b")
# The number in words right before "per cent", read back from it (a scan from the share's
# end: an alternation of number words tried at every position would be slow).
_WORD_SHARE = re.compile(
    rf"\b(?i:(?P<tens>{_TENS})(?:-|\s)?(?P<unit>{_UNITS})?|(?P<teen>{_TEENS})|(?P<lone>{_UNITS}))$"
)
_WORD_VALUES = {
    **{word: 20 + 10 * i for i, word in enumerate(_TENS.split("|"))},
    **{word: 1 + i for i, word in enumerate(_UNITS.split("|"))},
    **{word: 10 + i for i, word in enumerate(_TEENS.split("|"))},
}
# A figure in digits: a count ("1,024", "720") or a share ("65%", "31 per cent"); never
# part of a date, a name ("PoC 3") or a decimal's other half.
_FIGURE = re.compile(
    r"(?=\d)(?<![\w.,/-])(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,.]\d|[\w/-])"
    r"(?P<share>\s?(?:%|per\s?cent\b|percent\b))?"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTHS = "|".join(month.capitalize() for month in MONTH_NAMES)
# A date, a time or a measure after a figure: it counts nothing ("23 October", "5 km").
_NOT_A_COUNT_AFTER = re.compile(
    rf"\s?(?:{_MONTHS}|(?:to|and|-|–)\s\d|km|kilomet|hours?|days?|weeks?|months?|years?|per\s|"
    r"times|hectares?|tonnes?|US\$|\$)",
)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\$|US\$|USD|€|£|No\.|para\.|PoC|[A-Z]-"
    r"|(?i:paragraphs?|articles?|resolutions?|sections?|chapters?|annex|pages?|rules?|items?))\s?$"
)
# A place: a proper name after a preposition of place, with the regional adjective and the
# kind of place around it ("in northern DRC", "in the Al-Qaem area", "from the FYR of
# Macedonia").
_NAME = r"(?:[A-Z][\w’'-]*)(?:\s(?:(?:of|al|el|de|du|la|and)\s)?[A-Z][\w’'-]*){0,4}"
_KIND = (
    r"region|area|district|province|governorate|state|county|camp|site|settlement|town|city"
    r"|municipality|border\spoint|crossing|island|islands|valley"
)
_PLACE_AFTER = re.compile(
    r"\b(?:[Ii]n|[Ff]rom|to|at|into|towards|through)\s(?:the\s)?"
    r"(?:(?:northern|southern|eastern|western|central|north-\w+|south-\w+)\s)?"
    rf"(?P<place>{_NAME})(?:\s(?:{_KIND})\b)?"
)
# An aside in parentheses, blanked before places are looked for (offsets stay).
_ASIDE = re.compile(r"\([^()]{0,200}\)")
# A subject that is a place, right before a verb of hosting or receiving.
_PLACE_SUBJECT = re.compile(
    rf"^(?:(?:Meanwhile,?|meanwhile,?)\s)?(?P<place>{_NAME})\s"
    r"(?:(?:has|have|had|now|also|meanwhile|alone|currently)\s){0,3}"
    r"(?:hosts|hosted|received|receives|houses|housed)\b"
)
_NOT_PLACES = frozenset(
    (*_MONTHS.split("|"), "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
     "Sunday", "Government", "Governments", "The", "This", "These", "It", "They", "He", "She",
     "Council", "Assembly", "Committee", "Commission", "Secretary-General", "Secretariat",
     "Office", "Mission", "Board", "Court", "Conference", "Organization", "Agency")
)  # fmt: skip
# The people of one movement: counts of them are parts of one group whatever the word.
_PEOPLE = frozenset(
    (
        *("people", "persons", "individuals", "refugees", "arrivals", "migrants"),
        *("returnees", "idps", "asylum-seekers", "displaced", "newcomers"),
    )
)
# Words after a figure that name no counted noun of its own: the noun is elided.
_NOT_A_NOUN = frozenset(
    (
        *("from", "in", "to", "at", "into", "towards", "through", "of", "on", "with", "by"),
        *("were", "are", "was", "is", "have", "has", "had", "for", "and", "or", "while"),
        *("a", "an", "the"),
    )
)
_MODIFIER = re.compile(r"(?:[A-Z]{2,}|new|newly|more|other|additional|[a-z]+(?:ed|ing))$")
_COMPARISON = re.compile(
    r"\b(?:compared|up\sfrom|down\sfrom|than|increase|decrease|rise|drop|against|versus)\b"
)
# What may stand before a share that opens its clause: "Sixty-five percent are from A",
# "and some 30 per cent from B"; a share after a verb or a noun is a level or a rate.
_SHARE_OPENING = re.compile(
    r"\s*(?:(?:and|but|only|some|about|nearly|almost|around|over|another|a\sfurther)\s)*",
    re.IGNORECASE,
)
_OUTBOUND = re.compile(r"\b(?:left|leaving|depart\w*|exit\w*|outgoing|outflows?|deported)\b")
# Nouns of a ballot: votes for names are candidates' results, read by the election readers.
_BALLOTS = frozenset(("votes", "vote", "ballots", "seats"))
_RUN_ON = re.compile(r"\b(?:meanwhile|for\sits\spart|in\sturn)\b", re.IGNORECASE)


@dataclass
class _Clause:
    """One clause of a run: its figure, the place it names and the noun it counts."""

    value: float
    share: bool
    place: str
    head: str | None
    start: int  # where the figure or the place opens, whichever comes first
    end: int  # where the other ends


def _figures(text: str, start: int, end: int) -> list[tuple[int, int, float, bool]]:
    """(start, end, value, is_share) of every count or share between ``start`` and ``end``.

    >>> _figures("1,024 arrivals in 2019 and 31 per cent", 0, 38)
    [(0, 5, 1024.0, False), (27, 38, 31.0, True)]
    >>> _figures("Sixtyfive percent are from Chad", 0, 31)
    [(0, 17, 65.0, True)]
    """
    found = []
    for match in _FIGURE.finditer(text, start, end):
        raw = match["value"]
        if match["share"] is None and (
            (_YEAR.fullmatch(raw) and "," not in raw)
            or "." in raw
            or _NOT_A_COUNT_AFTER.match(text, match.end())
            or _NOT_A_COUNT_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):
            continue
        found.append(
            (match.start(), match.end(), float(raw.replace(",", "")), bool(match["share"]))
        )
    if "cent" not in text[start:end]:  # a share in words ends in "per cent", "percent"
        return sorted(found)
    for cent in _PER_CENT.finditer(text, start, end):
        match = _WORD_SHARE.search(text, max(start, cent.start() - 20), cent.start())
        if match is None:
            continue
        words = [match[name].lower() for name in ("tens", "unit", "teen", "lone") if match[name]]
        value = float(sum(_WORD_VALUES[word] for word in words))
        found.append((match.start(), cent.end(), value, True))
    return sorted(found)


def _places(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The places a clause names outside parentheses, as (start, end, name).

    >>> text = "Chad has meanwhile received 5,600 refugees"
    >>> _places(text, 0, len(text))
    [(0, 4, 'Chad')]
    >>> text = "596 refugees were recorded further south in the Al-Qaem area"
    >>> _places(text, 0, len(text))
    [(48, 60, 'Al-Qaem')]
    """
    plain = text[start:end]
    if "(" in plain:  # blank what stands in parentheses: "Islam Qala (Herat)"
        plain = _ASIDE.sub(lambda aside: " " * len(aside.group()), plain)
    found = []
    subject = _PLACE_SUBJECT.match(plain)
    if subject is not None and subject["place"] not in _NOT_PLACES:
        found.append(
            (start + subject.start("place"), start + subject.end("place"), subject["place"])
        )
    for match in _PLACE_AFTER.finditer(plain):
        name = match["place"]
        if name.split()[0] in _NOT_PLACES:
            continue
        found.append((start + match.start("place"), start + match.end(), name))
    return found


def _counted_head(text: str, figure_end: int, end: int) -> str | None:
    """The head noun the figure counts, or None where the clause elides it.

    >>> text = "30,876 CAR refugees have found asylum"
    >>> _counted_head(text, 6, len(text))
    'refugees'
    >>> _counted_head("1120 from Taizz", 4, 15) is None
    True
    """
    words = re.findall(r"[\w’'-]+", text[figure_end : min(end, figure_end + 60)])
    for word in words[:3]:
        if word.lower() in _NOT_A_NOUN:
            return None
        if _MODIFIER.match(word) and word.lower() not in _PEOPLE:
            continue
        return word
    return None


def _one_group(heads: list[str | None]) -> bool:
    """Whether the clauses count one group: one head, or the people of one movement.

    >>> _one_group(["refugees", None, "arrivals"])
    True
    >>> _one_group(["Afghans", "Pakistanis"])
    False
    >>> _one_group(["States", "meetings"])
    False
    """
    named = [head for head in heads if head is not None]
    if any(head[0].isupper() and not head.isupper() for head in named):
        return False  # a group named by its nation: "Afghans", "Pakistanis"
    lowered = {head.lower().rstrip("s") for head in named}
    return len(lowered) <= 1 or all(head.lower() in _PEOPLE for head in named)


def _clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` between joints, a sentence's end kept only before a run-on.

    >>> text = "1120 from Taizz; 1248 from Aden. The rest is here"
    >>> [text[span[0] : span[1]] if span else None for span in _clauses(text)]
    ['1120 from Taizz', '1248 from Aden', None, 'The rest is here']
    """
    spans: list[tuple[int, int] | None] = []
    last = 0
    for joint in _JOINT.finditer(text):
        spans.append((last, joint.start()))
        if "." in joint.group() and not _RUN_ON.search(
            text, joint.end(), _next_end(text, joint.end())
        ):
            spans.append(None)  # a new sentence that does not say it runs on
        last = joint.end()
    spans.append((last, len(text)))
    return spans  # type: ignore[return-value]


def _fewer_than_two_figures(text: str) -> bool:
    """Whether ``text`` holds fewer than two figures in digits: a quick test.

    >>> _fewer_than_two_figures("720 people and 596 refugees")
    False
    >>> _fewer_than_two_figures("In 2019, 720 people")
    False
    """
    figures = _FIGURE.finditer(text)
    return next(figures, None) is None or next(figures, None) is None


def _next_end(text: str, start: int) -> int:
    """Where the sentence that opens at ``start`` ends."""
    stop = text.find(". ", start)
    return len(text) if stop < 0 else stop


def find_place_clauses(text: str, taken: list[tuple[int, int]]) -> list[Tally]:
    """Breakdowns by place written across clauses that each hold one figure and one place.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    taken
        Spans of the tallies other readers kept: a run that overlaps one is left to it.

    Returns
    -------
    list of Tally
        One breakdown per run of two or more such clauses, with no total, its parts
        labelled by their places.

    Examples
    --------
    >>> text = "1120 from Taizz; 1248 from Amanat Al Asimah, and 440 were positive from Sana’a."
    >>> [(p.category, p.count) for p in find_place_clauses(text, [])[0].parts]
    [('Taizz', 1120), ('Amanat Al Asimah', 1248), ('Sana’a', 440)]
    >>> text = "6,769 Afghans crossed into Afghanistan, while 466 Pakistanis returned to Pakistan."
    >>> find_place_clauses(text, [])
    []
    """
    found: list[Tally] = []
    # "cent" first: _PER_CENT opens on a space, tried at every position of the paragraph
    no_share_word = "cent" not in text or _PER_CENT.search(text) is None
    if no_share_word and _fewer_than_two_figures(text):
        return found  # a run needs two figures: counts, or shares in digits or words
    run: list[_Clause] = []

    def close_run() -> None:
        if len(run) > 1:
            tally = _as_tally(text, run)
            if tally is not None and not any(
                tally.start < end and start < tally.end for start, end in taken
            ):
                found.append(tally)
        run.clear()

    for span in _clauses(text):
        if span is None:
            close_run()
            continue
        start, end = span
        figures = _figures(text, start, end)
        if len(figures) != 1:
            close_run()
            continue
        places = _places(text, start, end)
        if len({name for *_, name in places}) != 1:
            close_run()
            continue
        figure_start, figure_end, value, share = figures[0]
        if share and _SHARE_OPENING.fullmatch(text, start, figure_start) is None:
            close_run()  # "employment is 40 per cent": a share after a verb is a rate
            continue
        place_start, place_end, name = places[0]
        run.append(
            _Clause(
                value,
                share,
                name,
                None if share else _counted_head(text, figure_end, end),
                min(figure_start, place_start),
                max(figure_end, place_end),
            )
        )
    close_run()
    return found


def _as_tally(text: str, run: list[_Clause]) -> Tally | None:
    """The breakdown of one run of clauses, or None where they split no one group."""
    shares = {clause.share for clause in run}
    names = [clause.place for clause in run]
    if len(shares) != 1 or len(set(names)) != len(names):
        return None
    heads = [clause.head for clause in run]
    if not _one_group(heads) or any(head and head.lower() in _BALLOTS for head in heads):
        return None  # "Chile received 120 votes. Meanwhile, Peru received 30 votes": a ballot
    start, end = run[0].start, run[-1].end
    words = text[start:end]
    if _COMPARISON.search(words):
        return None
    if _OUTBOUND.search(words) and not all(
        _OUTBOUND.search(text, clause.start, clause.end) for clause in run
    ):
        return None  # flows in and out: "arrived in A, while 150 left B"
    share = shares.pop()
    if share and sum(clause.value for clause in run) > 100.5:
        return None
    counted = next((clause.head for clause in run if clause.head is not None), None)
    parts = [
        Part(
            clause.place,
            None if share else int(clause.value),
            clause.start,
            clause.end,
            percent=clause.value if share else None,
            decimals=0 if share else None,
            counted=counted,
            counted_inherited=clause.head is None and counted is not None,
        )
        for clause in run
    ]
    return Tally("breakdown", start, end, parts, unit="percent" if share else "count")


# A joint of two clauses that may each hold a list of places with their shares.
_LIST_CLAUSE_JOINT = re.compile(r",?\s(?:while|whilst|whereas)\s")
_SHARE_IN_PARENTHESES = re.compile(r"\(\d{1,3}(?:\.\d{1,2})?\s?(?:%|per\s?cent)\)")


def find_lists_per_clause(
    text: str, kept: list[Tally], read: Callable[[str], list[Tally]]
) -> list[Tally]:
    """The lists of places with shares in parentheses that two clauses each hold.

    "Doolow (39%), Cabudwaaq (20%) and Dhobley (15%) FMPs recorded the highest numbers of
    incoming flows, while Doolow (54%), Bossaso (25%) and Dhobley (9%) recorded the
    highest numbers of outgoing flows" holds two tallies, one per clause: read together,
    the shares pass 100 and a place comes twice, and the readers read one list or none.
    Where one joint ("while", "whilst", "whereas") parts a sentence into two clauses that
    each hold two shares in parentheses or more, each clause that no kept tally overlaps
    is read alone by ``read``; a breakdown in per cent of two parts or more, labelled by
    names in capitals, whose shares stay within 100, is kept, where each clause holds
    such a list (read now or kept before): "Coverage was highest in Kassala (71%) and
    Gedaref (64%), while Sennar (22%) and Blue Nile (18%) had the lowest rates" holds
    levels, and no list is added.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    kept
        The tallies the readers kept for it.
    read
        Reads one clause as a paragraph (the readers of :mod:`~surveystats.extract.tallies`).

    Returns
    -------
    list of Tally
        The tallies of the clauses read alone, offsets relative to ``text``.

    Examples
    --------
    >>> def read(clause):
    ...     parts = [Part("Gao", None, 0, 3, 40.0), Part("Mopti", None, 9, 14, 30.0)]
    ...     return [Tally("breakdown", 0, len(clause), parts, unit="percent")]
    >>> text = "Gao (40%) and Mopti (30%) sent, while Gao (20%) and Mopti (10%) received"
    >>> [(t.start, t.parts[1].start) for t in find_lists_per_clause(text, [], read)]
    [(0, 9), (38, 47)]
    """
    joints = list(_LIST_CLAUSE_JOINT.finditer(text))
    if len(joints) != 1:
        return []
    joint = joints[0]
    found: list[Tally] = []
    for start, end in ((0, joint.start()), (joint.end(), len(text))):
        if len(_SHARE_IN_PARENTHESES.findall(text, start, end)) < 2:
            return []
        overlapping = [tally for tally in kept if tally.start < end and start < tally.end]
        if overlapping:
            if not any(_is_place_list(tally) for tally in overlapping):
                return []  # the clause holds another reading: no second list beside it
            continue
        lists = [tally for tally in read(text[start:end]) if _is_place_list(tally)]
        if not lists:
            return []  # both clauses must hold a list: "highest in A (71%) ..." holds none
        for tally in lists:
            tally.shift(start)
        found.extend(lists)
    return found


def _is_place_list(tally: Tally) -> bool:
    """Whether a tally is a list of two names in capitals or more with shares within 100."""
    return (
        tally.kind == "breakdown"
        and tally.unit == "percent"
        and len(tally.parts) > 1
        and all(part.category and part.category[0].isupper() for part in tally.parts)
        and sum(part.percent or 0 for part in tally.parts) <= 100.5
    )
