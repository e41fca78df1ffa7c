"""Shares of one group, each in a clause of its own: "25% ..., against 68% ... and 5% ...".

Field reports give what a group is made of as shares in clauses, each with its own verb
or none, joined by "against", "while", "whilst", "with", "followed by", "and" or commas.
Where the other readers found nothing in a sentence, or only the end of its list, this
module reads seven shapes:

1. *Share clauses* (:func:`with_share_clauses`): a share then what its part is ("25% of
   displacements are due to floods, against 68% related to conflict and 5% as a
   precaution", "Most (46%) were displaced in 2015, while 29% were displaced in 2016 and
   19% in 2017", "66 percent live within host communities, 31 percent in official
   sites ..."), or a group then its share ("Children under five represent 25% whilst the
   elderly account for 7% of cases"). The label is the clause without the share's verb
   and the preposition that links it ("are due to", "were displaced as a result of",
   "live within"); a count in parentheses after a share is its part's count ("75% of IDPs
   (110,460) were displaced by ..."). A later clause may end on the first base's share
   ("70% of migrants rent their housing, while the employer pays for that of 11% of
   migrants"); a first share after "predominantly" takes the word before its parenthesis
   ("predominantly male (78%), with 11 per cent women, ...").
2. *Counts and shares in one parenthesis* after their labels: "IDPs in camps (196,502
   individuals or 18%) and IDPs in host communities (895,694 individuals or 82%)".
3. *Groups split again*: "mostly male (70% adults and 6% children), while 24% were female
   (21% adults and 3% children)": one part for each group's part ("male adults", ...).
4. *A first share in parentheses one sentence before the rest*: "... was lack of food
   (34%). In addition, 26% cited insecurity, 20% cited health ..." (the verbs of citing
   are taken off the labels), or after "The majority (" before "followed by": "The
   majority (3,564,619 IDPs, 53%) were displaced from Khartoum state; followed by South
   Darfur (15%), ...".
5. *Shares given "respectively"*, with their counts: "Dahuk contains 35 per cent of the
   sites (142 sites), with Ninewa and Salah al-Din accounting for a further 18 per cent
   and 13 per cent, respectively (74 and 52 sites)", the counts kept where each is in the
   same ratio to its share.
6. *A first share in parentheses in the sentence of the rest* (:func:`_with_paren_lead`),
   the others opening their clauses after "followed by", "while", "whilst" or "whereas":
   "most outgoing movements relied on buses or trucks (72.4%), while 9.8% used taxis or
   cars and 9.3% took place by train" (the label is the words before the parenthesis,
   after the verb's preposition), "The large majority of IDPs (56%) live in host families,
   followed by 26% who live in rented houses" (after a quantifier, the label follows the
   parenthesis). The later shares have no whole but the first's, and all of them make no
   more than 100; a level or rate before the first ("highest in Africa (68%), while 29%
   ...") and shares of another whole ("Girls (60%) ..., while 52% of boys ...") are none.
7. *A named part's share of a stated whole, then names "at" their shares*
   (:func:`_followed_at`): "Italy accounted for another 10% of all asylum seekers,
   followed by France at 6% and Greece at 4%".

What is none: shares of different bases ("38% of staff at P level and 61% of ..."), rates
of places the verb follows ("5% in town A and 4% in town B report ..."), changes and
growth rates ("rose by 12% while exports fell 3%"), comparisons, confidence bounds, a
year set against another year where nothing moved in it, shares that add up to more than
100, and a lone share. Every step is a bounded look at one sentence: linear time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from fractions import Fraction

from surveystats.extract.tally_items import Item
from surveystats.extract.tally_parts import YEAR_IN_TEXT, Part, Tally
from surveystats.text import sentence_starts

__all__ = ["with_opening_share_before", "with_share_clauses"]

_MAX_LABEL_WORDS = 8
_SLACK = Fraction(1, 2)  # shares of one whole add up to at most 100.5
_ROUGH = 2  # more for each share given as "nearly", "about"
# What joins two share clauses; the last one between two shares opens the second clause.
_JOINT = re.compile(
    r"(?:,\s{0,3}|\s)(?:(?:and|while|whilst|whereas|against|with|followed\s{1,3}by)\s{1,3})"
    r"|,\s{0,3}"
)
# A share's own lead-in within its clause: "a further", "another", "most (", "over half (".
_LEAD_IN = re.compile(
    r"(?i)(?:(?:a\s{1,3}further|another|some|only|just|nearly|almost|about|around|over"
    r"|(?:more|less)\s{1,3}than)\s{1,3})?"
    r"(?:(?:most|the\s{1,3}majority|(?:over\s{1,3}|more\s{1,3}than\s{1,3})?(?:half|a\s{1,3}third"
    r"|a\s{1,3}quarter))\s{0,3}\(\s{0,2})?$"
)
# What links a share to its part's label: the auxiliary, the verb, the preposition.
_LINK = re.compile(
    r"(?i)\s{0,3}\)?\s{0,3}"
    # the participle of a base observed: "45 per cent of the movements observed were ..."
    r"(?:(?:observed|recorded|registered|tracked|monitored|surveyed|interviewed|assessed)"
    r"\s{1,3}(?=(?:are|were|is|was)\s))?"
    r"(?:(?:who|that)\s{1,3}(?=(?:are|were|is|was|have|had|live|lived|resid|stay|came|fled"
    r"|returned|arrived|moved|left)))?"  # "26% who live in rented houses"
    r"(?P<aux>(?:are|were|is|was|have\s{1,3}been|had\s{1,3}been|had|have)\s{1,3})?"
    r"(?P<verb>(?:(?:being\s{1,3})?(?:displaced|living|lives?|lived|resid(?:es?|ed|ing)"
    r"|located|hosted|staying|stay(?:ed|s)?|sheltering|arrived|returned|fled|left|moved|came"
    r"|originat(?:e|ed|ing)|cited|mentioned|named|gave|chose|reported|identified"
    r"|attributed|caused|related|linked)\s{1,3})?)"
    r"(?P<prep>(?:as\s{1,3}a\s{1,3}result\s{1,3}of|because\s{1,3}of|due\s{1,3}to"
    r"|related\s{1,3}to|owing\s{1,3}to|linked\s{1,3}to|in|within|on|at|by|from|to|towards?"
    r"|as|with|of|for)\s{1,3})?"
    r"(?:(?:the|a|an)\s{1,3})?"
)
# A clause that ends on the share of the first share's base it is about.
_WHOSE = re.compile(r"(?i)\s(?:(?:for\s{1,3})?(?:that|those)\s{1,3})?of\s{1,3}$")
# A verb the reader of items took into a share's base: "93% of migrants left".
_VERB_IN_BASE = re.compile(
    r"\s(?:left|fled|arrived|returned|moved|came|lived|live|rent|rented|own|owned|stay|stayed"
    r"|reside|resided)$"
)
_NOUN_AFTER = re.compile(r"\s{1,3}(?:[A-Za-z-]{2,20}\s{1,3}){1,2}?(?=(?:are|were|is|was)\s)")
# A verb of making up before a share whose group is named first: "Children represent 22%".
_MAKES_UP = re.compile(
    r"(?i)\s(?:represent(?:s|ed)?|account(?:s|ed)?\s{1,3}for|make\s{1,3}up|makes\s{1,3}up"
    r"|made\s{1,3}up|constitut(?:e|es|ed)|comprise[sd]?|are|were|form(?:s|ed)?)\s{1,3}"
    r"(?:(?:some|about|around|nearly|almost|only|just|over)\s{1,3})?"
    # "men represent the majority of the sample (87%)": the whole named, the share after it
    r"(?:the\s{1,3}(?:large\s{1,3}|vast\s{1,3})?majority\s{1,3}of\s{1,3}(?:the|this|that)\s{1,3}"
    r"(?P<whole>[a-z][\w-]{1,25})\s{0,3}\(\s{0,2})?$"
)
# A label ends at a parenthesis, or where it turns to why: "education as their reason".
_OF_WHOLE = re.compile(r"(?i)of\s{1,3}(?:the\s{1,3})?(?:total\s{1,3})?[a-z][\w -]{0,40}")
_LABEL_END = re.compile(r"(?i)\s{0,3}(?:\(|\s(?:as\s{1,3}(?:their|the|its|a|an)|also)\s|$)")
_YEAR_LABEL = re.compile(r"(?:in\s{1,3})?(?:1[89]|20)\d\d")
# Something moved in a year: the years are then the parts ("were displaced in 2016").
_EVENT = re.compile(r"(?i)\b(?:displaced|arrived|fled|returned|moved|left|came|relocated)\b")
# Changes, comparisons and intervals: the shares are then no parts of one whole.
_NOT_SPLIT = re.compile(
    r"(?i)\b(?:rose|rise|rising|fell|fall|falling|increase[sd]?|decrease[sd]?|grew|growth"
    r"|declined?|dropped|up\s{1,3}from|down\s{1,3}from|compared|than|versus|CI|confidence"
    r"|interval|margin|rates?|points?|respectively|rest|remaining|remainder|previous|preceding"
    r"|earlier|prior|them|these|whom)\b"
)
_RELATIVES = frozenset(("who", "whom", "which", "that", "they", "it", "those"))
_PLACES = frozenset(("in", "within", "on", "at"))
# Where a first share went: the later shares' places are its parallels ("45 per cent of the
# movements were towards the Horn of Africa, and 42 per cent on the Eastern route").
_DIRECTIONS = frozenset(("to", "towards", "toward"))
_SIDES = frozenset(("against", "in favour", "favour", "for", "abstaining", "abstained", "none"))
# A figure in a label, but an age bound: "adults over 60" is a group, "for 10 years" no label.
_DIGIT = re.compile(r"(?<!over\s)(?<!under\s)(?<!above\s)(?<!below\s)(?<!aged\s)\b\d")
_MOSTLY = re.compile(
    r"(?i)\b(?:predominantly|mostly|mainly|largely|overwhelmingly|primarily)\s{1,3}"
    r"(?P<word>[A-Za-z-]{3,20})\s{0,2}\(\s{0,2}$"
)
_SURVEY = re.compile(r"(?i)\b(?:cited|said|say|says|reported|mentioned|reasons?|respondents)\b")


def _words(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:.\"“”'‘’")


def _label_after(text: str, start: int, end: int) -> tuple[str, int, bool, str] | None:
    """The label a share's clause gives after it, and how it was linked to the share.

    Returns the label, where it ends, whether a verb came before it, and the preposition
    that links it ("" where none does).
    """
    if text[start - 1 : start] == ")" and (noun := _NOUN_AFTER.match(text, start, end)):
        start = noun.end()  # "Most (46%) IDPs were displaced in 2015"
    link = _LINK.match(text, start, end)
    at = link.end() if link is not None else start
    verb = link is not None and bool(link.group("aux") or link.group("verb"))
    stop = _LABEL_END.search(text, at, end)
    stop_at = stop.start() if stop is not None else end
    label = _words(text[at:stop_at])
    if not label:
        return None
    prep = (link.group("prep") or "").strip().lower() if link is not None else ""
    return label, at + len(text[at:stop_at].rstrip(" ,;:")), verb, prep


def _clauses(text: str, shares: list[Item], lo: int, hi: int) -> list[tuple[int, int]] | None:
    """Where each share's clause starts and ends, cut at the last joint between two shares."""
    bounds = []
    begin = lo
    for share, following in itertools.pairwise(shares):
        cut = None
        for cut in _JOINT.finditer(text, share.head_end, following.prefix_start):  # noqa: B007
            pass
        if cut is None:
            return None
        bounds.append((begin, cut.start()))
        begin = cut.end()
    bounds.append((begin, hi))
    return bounds


def _read_clauses(
    text: str, shares: list[Item], counts: list[Item], lo: int, hi: int
) -> Tally | None:
    """The tally of one sentence's share clauses, or ``None`` where they split no whole."""
    if _NOT_SPLIT.search(text, lo, hi) is not None:
        return None
    bounds = _clauses(text, shares, lo, hi)
    if bounds is None:
        return None
    count_starts = [item.start for item in counts]
    parts: list[Part] = []
    bases = set()
    shapes = set()
    first_base = None
    first_prep = ""
    placed = False  # the first share's part is a place: "66 percent live within ..."
    for index, (share, (begin, end)) in enumerate(zip(shares, bounds, strict=True)):
        before = text[begin : share.prefix_start]
        if index == 0 and "," in before:
            before = before[before.rindex(",") + 1 :]  # "Of the households listed, 66 ..."
        count = None
        after_head = share.head_end
        at = bisect.bisect_left(count_starts, share.head_end)
        if at < len(counts) and re.fullmatch(
            r"\s{0,3}\(\s{0,2}", text[share.head_end : counts[at].start]
        ):
            close = text.find(")", counts[at].end, counts[at].end + 3)
            if close > 0 and counts[at].value is not None:
                count, after_head = counts[at].value, close + 1  # "75% of IDPs (110,460)"
        mostly = _MOSTLY.search(before) if index == 0 else None
        if mostly is not None and text[share.end : share.end + 3].lstrip().startswith(")"):
            label = mostly["word"]  # "The migrants are predominantly male (78%)"
            shapes.add("after")
            start, stop = begin + mostly.start("word"), share.head_end
            if text[share.head_end : share.head_end + 1] == ")":
                stop += 1
        elif _LEAD_IN.fullmatch(before.lstrip()) is not None:
            read = _label_after(text, after_head, end)
            if read is None and share.counted and placed:
                read = share.counted, share.head_end, False, "of"  # "31 percent of official sites"
            if read is None:
                return None
            label, label_end, verb, prep = read
            shapes.add("after")
            placed = placed or (index == 0 and not share.counted and prep in _PLACES)
            if index == 0:
                first_prep = prep
            elif not verb and prep in _PLACES and first_prep not in _PLACES | _DIRECTIONS:
                return None  # "In Chad, 40% of children are stunted, against 25% in Niger"
            if not verb and (share.verb or share.auxiliary):
                verb = True
            counted = share.counted
            if counted and not verb and (gone := _VERB_IN_BASE.search(counted)) is not None:
                # "70% of migrants rent their housing": the verb is the label's own
                counted, verb, label = counted[: gone.start()], True, f"{gone[0].strip()} {label}"
            if index == 0:
                first_base = counted
            if label.lower().startswith(("of ",)) or not label:
                return None
            if index == 0 and not verb:
                return None  # "5% in town A and 4% in town B report ...": rates of places
            if counted and text[share.head_end : end].strip(" .,;") == "" and placed:
                label = counted  # "31 percent of official sites": the place, no base
            elif counted:
                bases.add(counted.lower().removeprefix("the "))
            start, stop = share.prefix_start, label_end
        elif (
            index
            and first_base
            and share.counted == first_base
            and not text[share.head_end : end].strip(" .,;")
            and (whose := _WHOSE.search(text, begin, share.start)) is not None
        ):
            # "70% of migrants rent ..., while the employer pays for that of 11% of migrants"
            label = _words(text[begin : whose.start()]).removeprefix("the ")
            start, stop = begin + len(before) - len(before.lstrip()), share.head_end
        else:
            group = _MAKES_UP.search(before)
            rest = text[share.head_end : end].strip(" .,;")
            if rest.startswith(")") and before.rstrip().endswith("("):
                rest = rest[1:].strip(" .,;")  # "the majority of the sample (87%)"
            if group is not None and group["whole"]:
                bases.add(group["whole"].lower())  # "... of the staff (58%), while men are"
            if group is None or (rest and _OF_WHOLE.fullmatch(rest) is None):
                return None
            if rest:
                bases.add(rest[3:].lower().removeprefix("the ").removeprefix("total "))
            label = _words(before[: group.start()])
            shapes.add("before")
            if label.lower().startswith(("the ",)):
                label = label[4:]
            start, stop = begin + len(before) - len(before.lstrip()), share.head_end
            if share.counted:
                bases.add(share.counted.lower().removeprefix("the ").removeprefix("total "))
        if (
            not label
            or len(label.split()) > _MAX_LABEL_WORDS
            or label.lower() in _SIDES
            or (_DIGIT.search(label) and _YEAR_LABEL.fullmatch(label) is None)
        ):
            return None
        parts.append(
            Part(
                label,
                count,
                start,
                stop,
                percent=float(share.percent),
                decimals=share.decimals,
                qualifier=share.qualifier,
            )
        )
    if len(shapes) > 1:
        return None  # "A accounts for 62 per cent, with 30 per cent in towns": no one frame
    if len(bases) > 1:
        return None  # "38% of staff ... and 61% of consultants": two wholes
    labels = [part.category or "" for part in parts]
    if len({label.lower() for label in labels}) < len(labels):
        return None
    years = [_YEAR_LABEL.fullmatch(label) is not None for label in labels]
    if any(years) and not (all(years) and _EVENT.search(text, lo, hi)):
        return None  # "40% in 2019, against 45% in 2020": one share at two times
    if not all(years) and any(YEAR_IN_TEXT.search(label) for label in labels):
        return None
    if not _adds_up(shares):
        return None
    with_counts = [part.count is not None for part in parts]
    if any(with_counts) and not all(with_counts):
        return None
    if bases:
        base = first_base
        for part in parts:
            part.counted, part.counted_inherited = base, part is not parts[0]
    kind = "survey" if _SURVEY.search(text, lo, hi) else "breakdown"
    unit = "count" if all(with_counts) else "percent"
    return Tally(kind, parts[0].start, parts[-1].end, parts, unit=unit)


def _adds_up(shares: list[Item]) -> bool:
    total = sum((Fraction(item.percent) for item in shares), Fraction(0))
    return total <= 100 + _SLACK + _ROUGH * sum(1 for item in shares if item.qualifier)


def _replaceable(there: list[Tally], tally: Tally) -> bool:
    """Whether the sentence's one reading is a partial one that ``tally`` holds with more.

    More parts, or the same shares with their counts ("75% of IDPs (110,460)"), or the
    same shares whose labels there keep the preposition of place or lose a word before the
    noun ("in official sites", "communities" for "host communities").
    """
    if not there:
        return True
    if len(there) > 1 or there[0].kind == "vote" or there[0].unit != "percent":
        return False
    old = there[0]
    if old.start < tally.start or old.end > tally.end + 2:
        return False
    if len(tally.parts) > len(old.parts):
        return True
    if len(tally.parts) < len(old.parts) or old.total is not None:
        return False
    if len(tally.parts) == len(old.parts) and any(
        (link := _LINK.fullmatch(f"{part.category} ")) is not None and link.group("verb")
        for part in old.parts
    ):
        return True  # "93% left their home ..., while 5% left because of war": "left" no label
    pairs = [
        (a.category or "", b.category or "") for a, b in zip(old.parts, tally.parts, strict=True)
    ]
    if tally.unit == "count":
        return True
    if any(a.percent != b.percent for a, b in zip(old.parts, tally.parts, strict=True)):
        return False
    placed = [_after_place(a, b) for a, b in pairs]
    # "communities" for "host communities" only beside "in official sites": a frame of places
    return any(placed) and all(
        a == b or is_placed or _lost_a_word(a, b)
        for (a, b), is_placed in zip(pairs, placed, strict=True)
    )


def _after_place(old: str, new: str) -> bool:
    """Whether ``old`` is ``new`` after a preposition of place: "in official sites"."""
    before, _, rest = old.partition(" ")
    return before.lower() in _PLACES and rest == new


def _lost_a_word(old: str, new: str) -> bool:
    """Whether ``old`` is ``new`` without its first word, a lower-case modifier."""
    lost, _, kept = new.partition(" ")
    return kept == old and lost.islower() and lost not in _RELATIVES


# "(196,502 individuals or 18%)": a part's count and share in one parenthesis.
_COUNT_OR_SHARE = re.compile(
    r"\((?P<count>\d{1,3}(?:,\d{3}){0,3}|\d{1,7})(?:\s{1,3}[a-z]{2,20}){0,2}\s{0,3}(?:,|;|or)"
    r"\s{0,3}(?P<share>\d{1,3}(?:\.\d{1,2})?)\s{0,2}(?:%|per\s{1,3}cent|percent)\s{0,2}\)"
)
# Where a first label starts: after the word that introduces the list, or a comma.
_INTRODUCES = re.compile(
    r"(?i)(?:\s(?:included|includes|include|including|comprised|comprises|comprising|are|were"
    r"|namely|between)\s|[:,;]\s{0,3})"
)
_PART_JOINT = re.compile(
    r"(?i)^[\s,;]{0,4}(?:(?:and|while|whereas|with|followed\s{1,3}by)\s{1,3})?"
)


def _counts_and_shares(text: str, lo: int, hi: int) -> Tally | None:
    """Parts each with its count and share in one parenthesis after its label."""
    found = list(_COUNT_OR_SHARE.finditer(text, lo, hi))
    if len(found) < 2:
        return None
    parts = []
    begin = lo
    for index, match in enumerate(found):
        stretch = text[begin : match.start()]
        if index == 0:
            cut = None
            for cut in _INTRODUCES.finditer(stretch):  # noqa: B007
                pass
            at = cut.end() if cut is not None else 0
        else:
            joint = _PART_JOINT.match(stretch)
            at = joint.end() if joint is not None else 0
        label = _words(stretch[at:])
        if not label or len(label.split()) > _MAX_LABEL_WORDS + 2:
            return None
        start = begin + at + len(stretch[at:]) - len(stretch[at:].lstrip())
        parts.append(
            Part(
                label,
                int(match["count"].replace(",", "")),
                start,
                match.end(),
                percent=float(match["share"]),
                decimals=len(match["share"].partition(".")[2]),
            )
        )
        begin = match.end()
    if sum(Fraction(match["share"]) for match in found) > 100 + _SLACK:
        return None
    return Tally("breakdown", parts[0].start, parts[-1].end, parts, unit="count")


# "male (70% adults and 6% children)": a group split again in its parenthesis.
_GROUP_SPLIT = re.compile(
    r"(?<![-\w])(?P<group>[A-Za-z]{3,20})\s{0,2}\((?P<a>\d{1,3}(?:\.\d)?)\s{0,2}%\s{1,3}(?P<first>[a-z]{3,20})"
    r"\s{0,3}(?:,|and)\s{1,3}(?P<b>\d{1,3}(?:\.\d)?)\s{0,2}%\s{1,3}(?P<second>[a-z]{3,20})\s{0,2}\)"
)
_GENDERED = frozenset(
    ("women", "men", "girls", "boys")
)  # "female (55% women ...)": no "female women"
_WHOLE_LOW = 95  # the parts of groups split again must make the whole, not a rate


def _groups_split(text: str, lo: int, hi: int) -> Tally | None:
    """Groups each split again in parentheses, read as one split of their parts."""
    found = list(_GROUP_SPLIT.finditer(text, lo, hi))
    if len(found) < 2:
        return None
    total = sum(Fraction(m["a"]) + Fraction(m["b"]) for m in found)
    if not _WHOLE_LOW <= total <= 100 + _SLACK:
        return None
    parts = []
    for match in found:
        for value, label in ((match["a"], match["first"]), (match["b"], match["second"])):
            parts.append(
                Part(
                    label if label in _GENDERED else f"{match['group'].lower()} {label}",
                    None,
                    match.start(),
                    match.end(),
                    percent=float(value),
                    decimals=len(value.partition(".")[2]),
                )
            )
    labels = [part.category for part in parts]
    if len(set(labels)) < len(labels) or any(m["first"].endswith("ly") for m in found):
        return None  # "employed (70% formally ...)": manners, or one group twice
    return Tally("breakdown", found[0].start(), found[-1].end(), parts, unit="percent")


# The lone share that opens a list one sentence before its other shares: "... was lack of
# food (34%). In addition, 26% cited insecurity, ..."
_LEAD_SHARE = re.compile(
    r"(?i)(?:\b(?:due\s{1,3}to|because\s{1,3}of|was|were|is|are|cited|named)\s{1,3}|[:,]\s{0,3})"
    r"(?P<label>[^(),:;.]{2,60}?)\s{0,2}\((?P<share>\d{1,3}(?:\.\d{1,2})?)\s{0,2}(?:%|per\s{1,3}cent)"
    r"\s{0,2}\)\s{0,2}\.\s{1,3}(?:In\s{1,3}addition|Additionally|Moreover|Furthermore|Besides)\b,?\s{0,3}$"
)
_DUE_TO = re.compile(
    r"(?i)^(?:due\s{1,3}to|because\s{1,3}of|as\s{1,3}a\s{1,3}result\s{1,3}of)\s{1,3}"
)
_AUX_FIRST = re.compile(r"(?i)^(?:was|were|is|are)\s{1,3}")
_CITING = re.compile(r"(?i)^(?:cited|mentioned|named|reported|gave|chose|said|indicated)\s{1,3}")


def _with_lead_share(text: str, tally: Tally) -> Tally | None:
    """``tally`` with the lone share before it that its sentence goes on from, if one is."""
    lead = _LEAD_SHARE.search(text, max(0, tally.start - 200), tally.start)
    if lead is None or "%" in lead["label"]:
        return None
    if sum(Fraction(str(p.percent)) for p in tally.parts) + Fraction(lead["share"]) > 100 + _SLACK:
        return None
    first = Part(
        _DUE_TO.sub("", _AUX_FIRST.sub("", _words(lead["label"]))),
        None,
        lead.start("label"),
        lead.end("share") + 1,
        percent=float(lead["share"]),
        decimals=len(lead["share"].partition(".")[2]),
    )
    for part in tally.parts:
        if part.category:
            part.category = _CITING.sub("", part.category)
            if (why := _LABEL_END.search(part.category)) is not None and why.start():
                part.category = part.category[: why.start()]  # "education as their reason"
    tally.parts.insert(0, first)
    tally.start = first.start
    return tally


# "The majority (3,564,619 IDPs, 53%) were displaced from Khartoum state; followed by A
# (15%), ...": the first share in parentheses after its quantifier, its label after the verb.
_MAJORITY_FIRST = re.compile(
    r"(?i)\b(?:the\s{1,3}majority|most|the\s{1,3}largest\s{1,3}share|over\s{1,3}half)\s{0,2}\("
    r"(?:\s{0,2}\d{1,3}(?:,\d{3}){0,3}(?:\s{1,3}[A-Za-z]{2,20})?\s{0,2}[,;]\s{0,2})?"
    r"(?P<share>\d{1,3}(?:\.\d{1,2})?)\s{0,2}(?:%|per\s{1,3}cent)\s{0,2}\)\s{1,3}"
    r"(?:(?:have|has|had)\s{1,3}been\s{1,3}|were\s{1,3}|was\s{1,3}|are\s{1,3}|is\s{1,3})?"
    r"(?:[a-z]{2,20}ly\s{1,3})?(?:displaced|originat(?:ed|ing)|arrived|came|located|hosted|living"
    r"|returned|went|moved|fled)?(?:\s{1,3}(?:back|home))?\s{0,3}(?:from|in|to|at|by)\s{1,3}(?P<label>[^;,()]{2,60}?)\s{0,2}[;,]\s{0,3}followed\s{1,3}by\s"
)


_SHARE_UNIT = r"\s{0,2}(?:%|per\s{1,3}cent|percent)"
_ONE_SHARE = r"\d{1,3}(?:\.\d{1,2})?"
# "Dahuk governorate contains 35 per cent of the sites (142 sites), with Ninewa and Salah
# al-Din accounting for a further 18 per cent and 13 per cent, respectively (74 and 52 sites)"
_RESPECTIVE = re.compile(
    r"(?P<first>(?:[A-Z][\w'’-]{1,20}\s{1,3}){0,3}[A-Z][\w'’-]{1,20})(?:\s{1,3}[a-z]{3,15})?\s{1,3}"
    r"(?:contains|contained|holds|held|hosts|hosted|has|had|accounts\s{1,3}for|accounted\s{1,3}for"
    r"|represents|represented)\s{1,3}(?:(?:some|about|nearly|almost)\s{1,3})?"
    rf"(?P<p1>{_ONE_SHARE}){_SHARE_UNIT}(?:\s{{1,3}}of\s{{1,3}}[^(),;]{{1,60}}?)?"
    r"(?:\s{0,2}\((?P<c1>\d{1,3}(?:,\d{3}){0,3}|\d{1,7})(?:\s{1,3}[a-z]{2,20})?\))?"
    r",?\s{1,3}(?:with|while|and|followed\s{1,3}by)\s{1,3}"
    r"(?P<names>[A-Z][^,;()%]{0,60}?(?:,\s{1,3}[A-Z][^,;()%]{0,40}?){0,4},?\s{1,3}and\s{1,3}"
    r"[A-Z][^,;()%]{0,40}?)\s{1,3}(?:accounting\s{1,3}for|holding|hosting|with|at|having)\s{1,3}"
    r"(?:a\s{1,3}further\s{1,3}|another\s{1,3})?"
    rf"(?P<shares>{_ONE_SHARE}(?:{_SHARE_UNIT})?(?:(?:,\s{{1,3}}|,?\s{{1,3}}and\s{{1,3}}){_ONE_SHARE}"
    rf"(?:{_SHARE_UNIT})?){{1,5}}),?\s{{1,3}}respectively"
    r"(?:\s{0,2}\((?P<counts>\d[\d,]{0,10}(?:(?:,\s{1,3}|,?\s{1,3}and\s{1,3})\d[\d,]{0,10}){1,5})"
    r"(?:\s{1,3}[a-z]{2,20})?\))?"
)
_OF_AFTER = re.compile(r"\s{0,2}(?:,\s{0,2})?of\s")
_LIST_JOINT = re.compile(r",\s{1,3}and\s{1,3}|,\s{1,3}|\s{1,3}and\s{1,3}")
_RATIO_SPREAD = Fraction(6, 5)  # counts and their shares of one whole keep one ratio


def _respective_shares(text: str, lo: int, hi: int) -> Tally | None:
    """A first share and the shares "respectively" gives the names after it, with counts."""
    match = _RESPECTIVE.search(text, lo, hi)
    if match is None or _OF_AFTER.match(text, match.end()) is not None:
        return None  # "..., respectively, of their own sites": shares of other wholes
    names = [match["first"], *(_words(n) for n in _LIST_JOINT.split(match["names"]))]
    shares = [match["p1"], *re.findall(_ONE_SHARE, match["shares"])]
    counts: list[int] = []
    if match["c1"] and match["counts"]:
        counts = [
            int(c.replace(",", "")) for c in [match["c1"], *_LIST_JOINT.split(match["counts"])]
        ]
    if len(names) != len(shares) or (counts and len(counts) != len(shares)) or not all(names):
        return None
    values = [Fraction(share) for share in shares]
    if sum(values) > 100 + _SLACK or not all(values):
        return None
    if counts:
        ratios = [Fraction(count) / value for count, value in zip(counts, values, strict=True)]
        if max(ratios) > min(ratios) * _RATIO_SPREAD:
            return None  # not the counts of those shares
    parts = [
        Part(
            name,
            counts[index] if counts else None,
            match.start(),
            match.end(),
            percent=float(share),
            decimals=len(share.partition(".")[2]),
        )
        for index, (name, share) in enumerate(zip(names, shares, strict=True))
    ]
    return Tally(
        "breakdown", match.start(), match.end(), parts, unit="count" if counts else "percent"
    )


def _rounding(parts: list[Part]) -> Fraction:
    """How far shares rounded to their decimals may add up past 100."""
    return max(_SLACK, sum((Fraction(1, 2 * 10 ** (p.decimals or 0)) for p in parts), Fraction(0)))


def _with_majority_first(text: str, tally: Tally) -> None:
    """Put the first share before "followed by" at the head of the list that follows it."""
    lead = _MAJORITY_FIRST.search(text, max(0, tally.start - 250), tally.parts[0].end)
    if lead is None or lead.end() > tally.parts[0].end or lead.start() >= tally.start:
        return
    first = Part(
        _words(lead["label"]),
        None,
        lead.start(),
        lead.end("label"),
        percent=float(lead["share"]),
        decimals=len(lead["share"].partition(".")[2]),
    )
    parts = [first, *tally.parts]
    total = sum((Fraction(str(p.percent)) for p in parts), Fraction(0))
    if total > 100 + _rounding(parts):
        return
    head = tally.parts[0]
    if head.category and "followed by " in head.category:
        head.category = head.category.rpartition("followed by ")[2]  # "...; followed by A"
    tally.parts.insert(0, first)
    tally.start = first.start


def _name_mostly(text: str, tally: Tally, shares: list[Item], share_starts: list[int]) -> None:
    """Give a first share after "predominantly male (" the word before it as its label."""
    part = tally.parts[0]
    at = bisect.bisect_left(share_starts, tally.start)
    for share in shares[at : at + 1]:
        if (
            share.start < tally.end
            and share.percent == Fraction(str(part.percent))
            and text[share.end : share.end + 3].lstrip().startswith(")")
            and (word := _MOSTLY.search(text, max(0, share.start - 40), share.start)) is not None
        ):
            part.category = word["word"]


# A first share in parentheses, then the other shares of its whole, each opening a clause
# after "followed by", "while", "whilst" or "whereas": "most outgoing movements relied on
# buses or trucks (72.4%), while 9.8% used taxis or cars and 9.3% took place by train",
# "The large majority of IDPs (56%) live in host families, followed by 26% who live in
# rented houses".
_PAREN_JOINT = re.compile(
    r"\s{0,2}\)\s{0,3}(?P<tail>[^()%;:]{0,80}?)\s{0,3},?\s{0,3}"
    r"(?:followed\s{1,3}by|while|whilst|whereas)\s{1,3}"
    r"(?:(?:another|a\s{1,3}further|only|just|some|about|nearly|almost|around)\s{1,3})?$"
)
# A quantifier right before the parenthesis: the first share's label follows the parenthesis
# ("The majority of IDPs (56%) live in host families", "Most IDPs (61%) live in ..."), its
# whole is the "of" phrase or the noun.
_QUANTIFIED = re.compile(
    r"(?i)\b(?:the\s{1,3}(?:large\s{1,3}|vast\s{1,3}|great\s{1,3})?majority|most"
    r"|(?:over\s{1,3}|more\s{1,3}than\s{1,3}|nearly\s{1,3}|almost\s{1,3})?half"
    r"|(?:nearly\s{1,3}|almost\s{1,3}|over\s{1,3})?(?:a|one|two)\s{1,3}(?:thirds?|quarters?))"
    r"(?:\s{1,3}of\s{1,3}(?:the\s{1,3}|all\s{1,3})?(?P<whole>[A-Za-z][\w'’ -]{1,40}?)"
    r"|\s{1,3}(?P<noun>(?:[A-Za-z][\w'’-]{1,30}\s{1,3}){0,2}[A-Za-z][\w'’-]{1,30}))?"
    r"\s{0,2}\(\s{0,2}$"
)
# The word before a label that stands right before its parenthesis: "relied on buses or
# trucks (", "was male (", "observed along the Eastern route (".
_LINK_BEFORE = frozenset(
    """
    on in at from to by via along through with as into towards toward was were is are
    """.split()  # noqa: SIM905
)
# Levels, rates and ranks: shares of different wholes ("highest in A (68%), while 29% ...").
_LEVEL = re.compile(
    r"(?i)\b(?:highest|lowest|higher|lower|likely|least|rates?|coverage|prevalence|levels?"
    r"|average|median|index|scores?|ratio)\b"
)


def _paren_lead_label(text: str, lo: int, lead: Item, joint: int) -> tuple[str, int, str] | None:
    """The label of a first share in parentheses, where it starts, and the whole it names."""
    paren = text.rfind("(", lo, lead.start)
    quantified = _QUANTIFIED.search(text, lo, paren + 1)
    if quantified is not None:
        close = text.find(")", lead.end, joint)
        read = _label_after(text, close + 1, joint)
        if read is not None and read[2]:  # a verb: "(56%) live in host families"
            whole = quantified["whole"] or quantified["noun"] or ""
            return read[0], quantified.start(), whole.lower()
        if text[close + 1 : joint].strip(" ,"):
            return None  # "The majority (56%) of the budget": no verb, no label
    words = list(re.finditer(r"[^\s,;:]+", text[lo:paren]))
    for back, word in enumerate(reversed(words)):
        if word[0].lower() in _LINK_BEFORE:
            picked = words[len(words) - back :]
            if not picked:
                return None
            label = " ".join(w[0] for w in picked)
            if label.lower().startswith("the "):
                label = label[4:]
            return label, lo + picked[0].start(), ""
        if text[lo + word.end() : lo + word.end() + 1] in ",;:":
            return None
    return None


def _with_paren_lead(
    text: str, shares: list[Item], counts: list[Item], lo: int, hi: int, there: list[Tally]
) -> Tally | None:
    """A sentence's first share in parentheses with the share clauses after it, or ``None``.

    The shares after it must have no whole of their own other than the first's, and all
    together make no more than 100 within rounding; levels and rates are no such split.
    ``there`` holds the sentence's readings: one that reads the shares after the first is
    taken whole, and the first share goes before its parts.

    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = "Most IDPs (61%) live in host families, followed by 30% who live in camps."
    >>> shares = [i for i in read_items(text, numbers=find_numbers(text)) if i.kind == "percent"]
    >>> tally = _with_paren_lead(text, shares, [], 0, len(text), [])
    >>> [(p.category, p.percent) for p in tally.parts]
    [('host families', 61.0), ('camps', 30.0)]
    >>> text = "Support was highest in Africa (68%), while 29% approved in Europe."
    >>> shares = [i for i in read_items(text, numbers=find_numbers(text)) if i.kind == "percent"]
    >>> _with_paren_lead(text, shares, [], 0, len(text), []) is None
    True
    """
    lead, following = shares[0], shares[1]
    joint = _PAREN_JOINT.fullmatch(text, lead.end, following.start)
    if joint is None or _LEVEL.search(text, lo, lead.start) or _NOT_SPLIT.search(text, lo, hi):
        return None
    if any(t.start <= lead.start < t.end for t in there):
        return None  # the first share is read already
    if joint["tail"] and len(joint["tail"].split()) > _MAX_LABEL_WORDS:
        return None
    read = _paren_lead_label(text, lo, lead, joint.start("tail") + len(joint["tail"]))
    if read is None:
        return None
    label, start, whole = read
    if not label or len(label.split()) > _MAX_LABEL_WORDS or _DIGIT.search(label):
        return None
    rest = [t for t in there if t.start >= joint.end() - 12 and t.unit == "percent"]
    if len(rest) > 1 or (rest and rest[0].kind == "vote") or len(rest) < len(there):
        return None
    tally = rest[0] if rest else _read_clauses(text, shares[1:], counts, joint.end(), hi)
    if tally is None or tally.total is not None or tally.unit != "percent":
        return None
    if any(p.counted and p.counted.lower().removeprefix("the ") != whole for p in tally.parts):
        return None  # "Girls (60%) ..., while 52% of boys ...": two wholes
    first = Part(
        label,
        None,
        start,
        lead.end + 1,
        percent=float(lead.percent),  # type: ignore[arg-type]
        decimals=lead.decimals,
        qualifier=lead.qualifier,
    )
    parts = [first, *tally.parts]
    if sum((Fraction(str(p.percent)) for p in parts), Fraction(0)) > 100 + _rounding(parts):
        return None
    if len({(p.category or "").lower() for p in parts}) < len(parts):
        return None
    kind = "survey" if _SURVEY.search(text, lo, hi) else tally.kind
    return Tally(kind, start, tally.end, parts, unit="percent")


# A named part's share of a named whole, then the next parts "at" or "with" their shares:
# "Italy accounted for another 10% of all asylum seekers, followed by France at 6% and Greece
# at 4%". The parts are names (capitalised), the whole is stated, the shares make no more
# than 100; a level or rate ("highest in A at 25%, followed by B at 20%") is none.
_NAMED_SHARE = re.compile(
    r"(?P<label>(?:[A-Z][\w'’-]{1,30}\s{1,3}){0,3}[A-Z][\w'’-]{1,30})\s{1,3}"
    r"(?:alone\s{1,3})?(?:accounted\s{1,3}for|accounts\s{1,3}for|represented|represents"
    r"|made\s{1,3}up|makes\s{1,3}up|received|receives|hosted|hosts|registered|recorded)\s{1,3}"
    r"(?:(?:another|a\s{1,3}further|some|about|around|nearly|almost|over|only|just)\s{1,3})?"
    rf"(?P<share>{_ONE_SHARE}){_SHARE_UNIT}\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}}|all\s{{1,3}})?"
    r"(?P<whole>[a-z][\w'’ -]{1,60}?)\s{0,3},?\s{1,3}followed\s{1,3}by\s{1,3}"
)
_AT_SHARE = re.compile(
    r"(?:the\s{1,3})?(?P<label>[A-Z][\w'’-]{1,30}(?:\s{1,3}(?:of\s{1,3}(?:the\s{1,3})?)?"
    r"[A-Z][\w'’-]{1,30}){0,3})\s{1,3}(?:at|with)\s{1,3}"
    rf"(?:(?:some|about|around|nearly|almost|over|only|just)\s{{1,3}})?(?P<share>{_ONE_SHARE})"
    rf"{_SHARE_UNIT}(?![\w-])"
)


def _followed_at(text: str, lo: int, hi: int) -> Tally | None:
    """A named part's share of a stated whole and the parts "followed by" it, or ``None``.

    >>> text = "Italy accounted for 10% of all claims, followed by France at 6% and Spain at 4%."
    >>> [(p.category, p.percent) for p in _followed_at(text, 0, len(text)).parts]
    [('Italy', 10.0), ('France', 6.0), ('Spain', 4.0)]
    >>> text = "Kenya recorded 25% of its budget, followed by Chad at 80% and Mali at 9%."
    >>> _followed_at(text, 0, len(text)) is None
    True
    """
    lead = _NAMED_SHARE.search(text, lo, hi)
    if lead is None or _LEVEL.search(text, lo, lead.end()) or _NOT_SPLIT.search(text, lo, hi):
        return None
    label = lead["label"]
    if label.split()[0] in ("The", "In", "Of", "Among", "For"):
        return None  # "In 2019 Italy ...": no name of a part
    parts = [
        Part(
            label,
            None,
            lead.start("label"),
            lead.end("whole"),
            percent=float(lead["share"]),
            decimals=len(lead["share"].partition(".")[2]),
        )
    ]
    at = lead.end()
    while (item := _AT_SHARE.match(text, at, hi)) is not None:
        parts.append(
            Part(
                item["label"],
                None,
                item.start(),
                item.end(),
                percent=float(item["share"]),
                decimals=len(item["share"].partition(".")[2]),
            )
        )
        joint = _LIST_JOINT.match(text, item.end(), hi)
        if joint is None:
            break
        at = joint.end()
    if len(parts) < 2:
        return None
    if sum((Fraction(str(p.percent)) for p in parts), Fraction(0)) > 100 + _rounding(parts):
        return None
    if len({(p.category or "").lower() for p in parts}) < len(parts):
        return None
    return Tally("breakdown", parts[0].start, parts[-1].end, parts, unit="percent")


def _read_sentence(
    text: str, inside: list[Item], counts: list[Item], lo: int, hi: int, there: list[Tally]
) -> Tally | None:
    """The reading of one sentence that replaces ``there`` (its readings), if one does."""
    if "respectively" in text[lo:hi]:
        tally = _respective_shares(text, lo, hi)
        if tally is not None and all(tally.start <= t.start < tally.end for t in there):
            return tally
    tally = _read_clauses(text, inside, counts, lo, hi)
    if tally is None and "(" in text[lo:hi]:
        tally = _counts_and_shares(text, lo, hi) or _groups_split(text, lo, hi)
        if tally is not None and all(
            tally.start <= t.start and t.unit == "percent" and t.kind != "vote" for t in there
        ):
            return tally
        return None
    if tally is None or not _replaceable(there, tally):
        return None
    return tally


def with_share_clauses(text: str, items: list[Item], found: list[Tally]) -> list[Tally]:
    """``found`` with the share clauses of sentences where no reader found a whole list.

    Parameters
    ----------
    text
        The paragraph string the tally readers read.
    items
        What :func:`~surveystats.extract.tally_items.read_items` read in it.
    found
        What the other readers found. A sentence that holds none is read; so is one whose
        one reading is a breakdown in per cent that a reading here holds with more parts
        (or with the counts of the same parts), which it then replaces.

    Returns
    -------
    list of Tally
        ``found`` with at most one more tally a sentence, offsets relative to ``text``.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers, read_items
    >>> text = ("Of those displaced, 30% fled because of floods, against 62% related to "
    ...     "conflict and 8% as a precaution.")
    >>> tally = with_share_clauses(text, read_items(text, numbers=find_numbers(text)), [])[0]
    >>> [(p.category, p.percent) for p in tally.parts]
    [('floods', 30.0), ('conflict', 62.0), ('precaution', 8.0)]
    """
    shares = [item for item in items if item.kind == "percent" and item.percent is not None]
    # "followed by France at 6%": the shares after "at" are no items of their own
    followed = "followed by" in text
    if len(shares) < (1 if followed else 2):
        return found
    counts = [item for item in items if item.kind == "count"]
    starts = [*sentence_starts(text), len(text)]
    share_starts = [item.start for item in shares]
    ordered = sorted(found, key=lambda t: t.start)
    found_starts = [t.start for t in ordered]
    reach = list(itertools.accumulate((t.end for t in ordered), max))
    replaced: set[int] = set()  # ids of the readings a reading here replaces
    added: list[Tally] = []
    for at in range(len(starts) - 1):
        lo, hi = starts[at], starts[at + 1]
        first = bisect.bisect_left(share_starts, lo)
        inside = shares[first : bisect.bisect_left(share_starts, hi, first)]
        if not inside or (len(inside) < 2 and not followed):
            continue
        begin = bisect.bisect_left(found_starts, lo)
        if begin and reach[begin - 1] > lo:
            continue  # a reading that runs in from the sentence before
        there = ordered[begin : bisect.bisect_left(found_starts, hi, begin)]
        tally = None
        if len(inside) >= 2:
            tally = _read_sentence(text, inside, counts, lo, hi, there)
            if "(" in text[lo : inside[0].start] and (
                tally is None or tally.start > inside[0].start
            ):
                read = [tally] if tally else there
                tally = _with_paren_lead(text, inside, counts, lo, hi, read) or tally
        if tally is None and not there and followed and "followed by" in text[lo:hi]:
            tally = _followed_at(text, lo, hi)
        if tally is not None:
            replaced.update(id(t) for t in there)
            added.append(tally)
    result = [t for t in ordered if id(t) not in replaced] + added
    for tally in result:
        if tally.unit == "percent" and tally.kind != "vote" and tally.parts:
            if "ly " in text:
                _name_mostly(text, tally, shares, share_starts)
            if tally.total is None and "(" in text:
                _with_lead_share(text, tally)
                if "followed by" in text:
                    _with_majority_first(text, tally)
    return sorted(result, key=lambda t: t.start)


# The share that opens a series one sentence before the rest, naming the whole they are
# all of: "About 59 per cent of the overall fatalities occurred during A. Some 27 per cent
# were in B; 7 per cent ... and the remaining 7 per cent ...". The whole is a plural noun
# after "of (the)", "overall" or "total" may stand before it, and a verb of what befell
# them opens the label (a copula before a group, "were women", splits by another trait).
_SERIES_OPENING = re.compile(
    r"(?:(?i:about|some|around|nearly|almost|approximately|roughly|over|only)\s{1,3})?"
    r"(?P<share>\d{1,3}(?:\.\d{1,2})?)\s{0,2}(?:%|per\s{1,3}cent\b|percent\b)\s{1,3}of\s{1,3}"
    r"(?:the\s{1,3}|all\s{1,3}(?:the\s{1,3})?)?(?:(?:overall|total)\s{1,3})?"
    r"(?P<noun>(?:[a-z][\w-]{1,20}\s{1,3}){0,2}?[a-z][\w-]{1,20}s)\s{1,3}"
    r"(?P<label>(?:(?:were|was)\s{1,3}[a-z]{3,20}ed|occurred|took|came|fell|[a-z]{3,20}ed)\b"
    r"[^,;:.()%]{2,120})"
)
_SHARE_WORD = re.compile(r"%|\bper\s{1,3}cent\b|\bpercent\b")
_SERIES_REACH = 12  # characters a qualifier may take before a sentence's first share


def with_opening_share_before(text: str, tallies: list[Tally]) -> None:
    """Give a series of shares the first share its sentence before states, in place.

    A breakdown in per cent with no total, whose first share opens its sentence, goes on
    from the sentence before where that sentence opens on the one share it holds, "N per
    cent of (the) <whole> <verb> ...", and the first share and the series add up to 100
    within rounding while the series alone does not ("About 59 per cent of the overall
    fatalities occurred during raids. Some 27 per cent were in the context of
    demonstrations; 7 per cent were killed in attacks, and the remaining 7 per cent ...":
    four parts). The first part's label is its clause after the whole, and its base the
    whole's noun. Shares that make no 100 with it, and a first share that says who the
    whole are ("60 per cent of the officers were women. Some 30 per cent were in Geneva
    and 10 per cent in Nairobi": by sex, then by place), are left alone.

    >>> text = ("About 60 per cent of the cases occurred in May. Some 30 per cent were in "
    ...     "June and the remaining 10 per cent in July.")
    >>> parts = [Part("in June", None, 48, 76, percent=30.0),
    ...          Part("in July", None, 81, 111, percent=10.0, remaining=True)]
    >>> tally = Tally("breakdown", 48, 111, parts, unit="percent")
    >>> with_opening_share_before(text, [tally])
    >>> [(p.category, p.percent) for p in tally.parts]
    [('occurred in May', 60.0), ('in June', 30.0), ('in July', 10.0)]
    """
    starts = sentence_starts(text)
    taken = [(t.start, t.end) for t in tallies]
    for tally in tallies:
        if (
            tally.kind == "vote"
            or tally.unit != "percent"
            or tally.total is not None
            or len(tally.parts) < 2
            or any(p.count is not None or p.percent is None for p in tally.parts)
        ):
            continue
        at = bisect.bisect_right(starts, tally.start) - 1
        if at < 1 or tally.parts[0].start - starts[at] > _SERIES_REACH:
            continue  # no sentence before, or the series does not open its sentence
        lo, hi = starts[at - 1], starts[at]
        if len(_SHARE_WORD.findall(text, lo, hi)) != 1 or any(
            lo < end and start < hi for start, end in taken
        ):
            continue
        opening = _SERIES_OPENING.match(text, lo, hi)
        if opening is None:
            continue
        later = sum(Fraction(str(p.percent)) for p in tally.parts)
        slack = _SLACK * (len(tally.parts) + 1)
        if abs(later - 100) <= slack or abs(later + Fraction(opening["share"]) - 100) > slack:
            continue
        noun = _words(opening["noun"])
        if tally.parts[0].base and tally.parts[0].base != noun:
            continue  # "Some 30 per cent of the injured were ...": another whole
        label = _AUX_FIRST.sub("", _words(opening["label"]))  # "were caused by airstrikes"
        first = Part(
            label,
            None,
            opening.start(),
            opening.start("label") + len(opening["label"].rstrip()),
            percent=float(opening["share"]),
            decimals=len(opening["share"].partition(".")[2]),
            base=noun,
        )
        tally.parts.insert(0, first)
        tally.start = first.start
