"""A tally part's label as the reader would name it: what was reported, not that it was.

Survey reports state most answers through a verb of telling: "12 indicated that they had
adopted national legislation", "9 reported that the guidelines had been applied in part".
The readers keep the words from the count's verb on, so the label opens on the telling
("indicated that they had adopted ..."). The category a reader names is what was told:
"adopted national legislation", "applied in part". :func:`told` takes the frame away; the
answer is left as written, so a view stays a view ("considered that further study was
required" -> "further study was required").

A toll's parts told by the verbs of one event ("..., killing at least 45 people and
injuring 53") are labelled by the verbs' gerunds; a reader names what befell the counted:
"killed", "injured" (:func:`befell`), as the other readings of tolls do.

A verb of telling that is negated or that carries a stance of its own is no frame: "did
not consider that ..." says the opposite of its clause, and "agreed that ..." or "doubted
that ..." is the answer itself; those labels are left as they are.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "befell",
    "label_rests_in_part",
    "rest_in_part_before",
    "series_goes_on",
    "set_apart",
    "told",
]

# Verbs of telling or of holding a view whose "that" clause is the answer.
_TELLING = (
    "reported|stated|indicated|said|noted|replied|responded|answered|declared|confirmed"
    "|mentioned|specified|affirmed|explained|considered|felt|believed|thought|observed"
)
_FRAME = re.compile(
    rf"(?:(?:had|have|has)\s)?(?:(?:{_TELLING})\s(?:that\s|having\s)|that\s(?=(?:they|it|he|she|we)\s))",
    re.IGNORECASE,
)
# A pronoun subject that names the counted ones again, with its auxiliaries: "they had".
_PRONOUN_SUBJECT = re.compile(
    r"(?:they|it|he|she|we)\s(?:(?:had|have|has|were|was|are|is|would|will|could|should"
    r"|did|do|does|been|be)\s){0,3}",
    re.IGNORECASE,
)


# A comma inside a series of single words that a last "and" or "or" closes: "somewhat,
# very or extremely concerned", "safe, quick and affordable".
_SERIES_AFTER_COMMA = re.compile(
    r",\s{1,3}(?:[a-z]{2,20},\s{1,3}){0,3}(?!(?:and|or|but|while|whereas|which|who)\b)"
    r"[a-z]{2,20},?\s{1,3}(?:and|or)\s{1,3}[a-z]{2,20}\b"
)


def series_goes_on(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` stands inside a series of words, not between clauses.

    A label that ends at a comma would cut "said they were somewhat, very or extremely
    concerned" to "said they were somewhat": the words after the comma, one at a time up
    to a last "and" or "or", are the rest of one series, and the clause goes on.

    >>> series_goes_on("somewhat, very or extremely worried", 8)
    True
    >>> series_goes_on("felt safe, while 30 per cent did not", 9)
    False
    """
    return _SERIES_AFTER_COMMA.match(text, comma) is not None


def told(category: str | None) -> str | None:
    """The answer a category reports, without the verb of telling that frames it.

    Parameters
    ----------
    category
        A part's label as a reader wrote it, or ``None``.

    Returns
    -------
    str or None
        The label without an opening "reported that", "stated that they had", "that it
        should be" ...; the label unchanged where no such frame opens it or where nothing
        would be left.

    Examples
    --------
    >>> told("indicated that they had adopted national legislation")
    'adopted national legislation'
    >>> told("reported that a national plan of action was in place")
    'a national plan of action was in place'
    >>> told("that they had not been applied")
    'not been applied'
    >>> told("reported having established an independent body")
    'established an independent body'
    >>> told("stated that they had")
    'had'
    >>> told("did not consider that the rate was too high")
    'did not consider that the rate was too high'
    >>> told("in favour")
    'in favour'
    >>> told("that of Peru")
    'that of Peru'
    """
    if not category:
        return category
    frame = _FRAME.match(category)
    if frame is None or frame.end() == len(category):
        return category
    answer = category[frame.end() :]
    subject = _PRONOUN_SUBJECT.match(answer)
    if subject is not None and subject.end() < len(answer):
        answer = answer[subject.end() :]
    return answer


# The gerund of a verb of harm, and what it says befell those it counts.
_FATES = {"killing": "killed", "injuring": "injured", "wounding": "wounded", "maiming": "maimed"}
# The gerund as a verb: its object follows, no "of" and no count in parentheses ("the
# killing of 2,985", "killing (35)" name a violation, as the reports of children and armed
# conflict list them, and keep their noun).
_GERUND_AS_VERB = re.compile(r"\w+\s(?!of\b|\()")


def befell(category: str | None, written: str) -> str | None:
    """What befell those a part counts, where the part is told by a verb of harm's gerund.

    Parameters
    ----------
    category
        The part's label.
    written
        The part's words as written (its span in the text).

    Returns
    -------
    str or None
        "killed", "injured", "wounded" or "maimed" where ``category`` is the gerund of
        that verb and ``written`` opens on it as a verb ("killing at least 45 people",
        "injuring a further 58"); else ``category`` unchanged.

    Examples
    --------
    >>> befell("killing", "killing at least 45"), befell("Injuring", "Injuring 3 others")
    ('killed', 'Injured')
    >>> befell("killing", "the killing of 2,985"), befell("maiming", "maiming (61)")
    ('killing', 'maiming')
    """
    if not category or (fate := _FATES.get(category.lower())) is None:
        return category
    if not written.lower().startswith(category.lower()) or not _GERUND_AS_VERB.match(written):
        return category
    return fate.capitalize() if category[0].isupper() else fate


# "most of the remaining 10 per cent", "almost all of the other 12": a word of part before
# the rest of a whole; the rest's word and where its figure starts.
_PART_OF_REST = re.compile(
    r"\b(?:most|much|many|some|part|nearly\s{1,3}all|almost\s{1,3}all|the\s{1,3}bulk)"
    r"\s{1,3}of\s{1,3}the\s{1,3}(?P<rest>remaining|other|rest)\s{1,3}(?P<figure>\d)",
    re.IGNORECASE,
)


def rest_in_part_before(text: str, at: int) -> str | None:
    """The rest's word where "most of the remaining" (or the like) ends right at ``at``.

    >>> text = "and most of the remaining 10 per cent during attacks"
    >>> rest_in_part_before(text, text.index("10")), rest_in_part_before(text, 0)
    ('remaining', None)
    """
    opening = text.rfind(" of ", max(0, at - 40), at)
    start = max(0, opening - 20) if opening >= 0 else at
    for match in _PART_OF_REST.finditer(text, start, at + 1):
        if match.start("figure") == at:
            return match["rest"].lower()
    return None


def label_rests_in_part(text: str, tallies: list[Any]) -> None:
    """Name "the remaining" a part that only most of is said to be something.

    "about 40 per cent in the context of demonstrations; and most of the remaining 10 per
    cent during attacks": the words after the rest tell what most of it was, so they name
    no part; the part is the rest of the whole, named by the word the text uses for it
    ("remaining", "other"). Parts are changed in place (``category`` and ``remaining``).

    Parameters
    ----------
    text
        The text the tallies were read from.
    tallies
        Tallies of :class:`~surveystats.extract.tally_parts.Tally` read from ``text``.

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part, Tally
    >>> text = "45% during A; and most of the remaining 10% during B"
    >>> tally = Tally("breakdown", 0, 52, [Part("during A", None, 0, 12),
    ...     Part("during B", None, 40, 52)])
    >>> label_rests_in_part(text, [tally])
    >>> [(p.category, p.remaining) for p in tally.parts]
    [('during A', False), ('remaining', True)]
    """
    for match in _PART_OF_REST.finditer(text):
        figure = match.start("figure")
        for tally in tallies:
            if tally.kind == "vote":
                continue
            for part in tally.parts:
                if part.start <= figure < part.end:
                    part.category = match["rest"].lower()
                    part.remaining = True


# --- What sets a part apart from the other parts -------------------------------------
#
# A breakdown's parts share what they count and differ in one slot: the verb ("elected 9
# new members and re-elected 3 current members"), the complement ("73 per cent ... are
# men and 27 per cent are women"), a place ("47,015 have landed in Greece, while another
# 22,247 have landed in Spain") or what a relative clause says of the shared noun ("10
# countries that exceeded the top of their range; 19 under-represented countries"). A
# reader that labels a part by the frame it shares with the others (the counted noun, the
# verb every part repeats, "A reported", "A majority of Americans", "The highest
# caseload") names nothing that sets it apart; :func:`set_apart` takes the slot in which
# the parts differ instead.

# Words that frame a figure and name no category: reporting, estimating, ranking, a share
# in words, a further one, a pronoun for the whole.
_FRAME_WORDS = frozenset(
    (
        *("a", "an", "the", "of", "all", "reported", "estimated", "some", "about", "nearly"),
        *("majority", "minority", "most", "half", "third", "quarter", "fourth", "fifth"),
        *("one-third", "one-fourth", "one-fifth", "one-quarter", "two-thirds", "over"),
        *("three-quarters", "another", "further", "additional", "other", "more"),
        *("highest", "largest", "lowest", "smallest", "greatest", "biggest", "top"),
        *("these", "those", "them", "they", "this", "which", "whom"),
    )
)
# Nouns that a frame of ranking measures by ("The highest caseload", "the largest share").
_MEASURE_NOUNS = frozenset(
    (
        *("caseload", "number", "numbers", "share", "proportion", "percentage", "rate"),
        *("concentration", "figure", "total", "count"),
    )
)
_FRAME_OPENERS = frozenset(
    ("reported", "estimated", "majority", "minority", "highest", "largest", "lowest")
) | frozenset(("these", "those", "another", "further", "additional", "greatest", "biggest"))
# Auxiliaries, copulas and adverbs between a figure and the predicate that sets its part
# apart ("93 per cent are now staying in ...", "(22,247) have landed in Spain").
_AUXILIARIES = frozenset(
    (
        *("are", "is", "were", "was", "be", "been", "being", "have", "has", "had"),
        *("now", "currently", "still", "also", "reportedly", "already", "mostly"),
        *("mainly", "then", "so", "far", "far,", "that", "which", "who", "whom"),
    )
)
# Words that end a predicate's span: a joint of clauses or of list items, an example.
_PREDICATE_END = re.compile(
    r"[,;:()\[\]]|\.(?:\s|$)|(?:^|\s)(?:while|whilst|whereas|but|and\s(?=[\d(])|with\s|such\sas"
    r"|including|compared|against|followed|according)\b|\$|\d"
)
_PLACE_PREPOSITIONS = frozenset(("in", "into", "to", "at", "from", "across", "towards"))
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A verb before a count whose part it names: past or present forms, a word of closed
# forms ("elected", "re-elected", "inscribed", "incorporated"); an adjective in -ed
# before the counted noun would follow the figure, not precede it.
_QUALIFIERS = frozenset(
    ("some", "about", "approximately", "around", "nearly", "almost", "over", "only", "a")
) | frozenset(("further", "total", "of", "another", "an", "additional", "estimated", "just"))
_LABEL_TRIM = " ,;:-–—'\"’"
_ASIDE_OPENERS = ("according to ", "as reported by ", "the report said", "it said")
_MAX_PREDICATE_WORDS = 8


def _words(label: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(label)]


def _figure_span(text: str, part: Any) -> tuple[int, int] | None:
    """Where the part's figure stands in its span, outside its label, or None."""
    span = text[part.start : part.end]
    label = part.category or ""
    at = span.find(label) if label else -1
    for match in re.finditer(r"\d[\d,.]*|[A-Za-z]+(?:-[a-z]+)?", span):
        if at >= 0 and at <= match.start() < at + len(label):
            continue
        word = match.group()
        if word[0].isdigit() or word.lower() in _COUNT_WORDS:
            return part.start + match.start(), part.start + match.end()
    return None


_COUNT_WORDS = frozenset(
    (
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
        *("eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty"),
        *("seventy", "eighty", "ninety", "hundred"),
    )
)


def _is_frame(label: str, counted: str | None) -> bool:
    """Whether ``label`` holds frame words and nouns of the whole only.

    >>> _is_frame("highest caseload", None), _is_frame("reported", None)
    (True, True)
    >>> _is_frame("majority of Americans", None), _is_frame("another one-fourth", None)
    (True, True)
    >>> _is_frame("additional incidents", "additional incidents")
    True
    >>> _is_frame("new members", None), _is_frame("Greece", None), _is_frame("others", None)
    (False, False, False)
    """
    words = _words(label)
    if not words or words[0] not in _FRAME_OPENERS:
        return False
    whole = set(_words(counted or ""))
    rest = [w for w in words if w not in _FRAME_WORDS and w not in _MEASURE_NOUNS]
    if words[0] in ("majority", "minority") or (len(words) > 1 and words[1] == "majority"):
        # "majority of Americans": the whole after "of" is no category
        return "of" in words
    return all(w in whole for w in rest)


def _predicate(text: str, start: int, stop: int) -> str | None:
    """What a clause says of its part after ``start``: auxiliaries and asides skipped.

    A place after a verb of being or moving is the part's label alone ("have landed in
    Spain" -> "Spain", "are in Mauritania" -> "Mauritania"); otherwise the predicate up
    to the end of its clause, at most eight words ("are now staying in host communities"
    -> "staying in host communities").
    """
    at = start
    while at < stop and text[at] in " )%,":
        at += 1
    rest = text[at:stop]
    lowered = rest.lower()
    if lowered.startswith(("per cent", "percent")):
        rest = rest[rest.lower().index("cent") + 4 :]
        lowered = rest.lower()
    stripped = rest.lstrip(" ),")
    if stripped.lower().startswith(_ASIDE_OPENERS):
        comma = stripped.find(",")
        if comma < 0:
            return None
        stripped = stripped[comma + 1 :]
    end = _PREDICATE_END.search(stripped)
    clause = stripped[: end.start()] if end else stripped
    words = clause.split()
    while words and words[0].lower() in _AUXILIARIES:
        words = words[1:]
    if not words:
        return None
    if len(words) > 2 and words[1].lower() in _PLACE_PREPOSITIONS and words[2][0].isupper():
        if words[0].lower() in _AUXILIARIES or words[0].lower().endswith(("ed", "s")):
            words = words[2:]  # "landed in Spain", "remains in Gao": the place
    elif len(words) > 1 and words[0].lower() in _PLACE_PREPOSITIONS and words[1][0].isupper():
        words = words[1:]  # "are in Mauritania"
    if len(words) > _MAX_PREDICATE_WORDS:
        return None
    while words and words[-1].lower() in _FRAME_WORDS | _PLACE_PREPOSITIONS | {"and", "or"}:
        words = words[:-1]
    label = " ".join(words).strip(_LABEL_TRIM)
    return label or None


# Verbs of being, staying or moving whose part is told by where or how: "3% remains in
# rented accommodations", "(47,015) have landed in Greece".
_VERBS_OF_PLACE = frozenset(
    (
        *("remains", "remain", "remained", "stays", "stay", "stayed", "landed", "arrived"),
        *("reside", "resides", "resided", "located"),
    )
)
# Verbs that record figures and set no part apart ("recorded 62 incidents in Kidal and
# verified 35 in Gao" is labelled by the places).
_VERBS_OF_RECORD = frozenset(
    (
        *("recorded", "reported", "verified", "documented", "registered", "estimated"),
        *("counted", "identified", "noted", "received", "included", "totalled", "totaled"),
    )
)
_COPULA = re.compile(r"\s*(?:per\s?cent|%)?\s*(are|is|were|was|remain|remained)\s+$")
_PLACE_IN_FRAME = re.compile(
    r"\b(?:in|at)\s+((?:the\s)?[A-Z][\w'’-]*(?:\s(?:[A-Z][\w'’-]*|county|district|province"
    r"|region|state|governorate|city|camp|area))*)"
)
_RELATIVE_OR_VERB = re.compile(r"\s*(?:that|which|who|were|are|was|is|had|have|has)\b|\s*\w+ed\b")


def _next_start(parts: list[Any], index: int, text: str) -> int:
    later = [p.start for p in parts[index + 1 :] if p.start > parts[index].end]
    return min(later) if later else len(text)


_GAP = re.compile(r"[A-Za-z\s-]*")  # blanks and the qualifiers skipped


def _verb_before(text: str, at: int) -> tuple[str, int] | None:
    """The verb in -ed right before a figure at ``at`` (qualifiers skipped), and its start."""
    words = list(re.finditer(r"[A-Za-z][A-Za-z-]*", text[max(0, at - 60) : at]))
    offset = max(0, at - 60)
    while words and words[-1].group().lower() in _QUALIFIERS:
        words.pop()
    if not words:
        return None
    word = words[-1].group()
    if _GAP.fullmatch(text, offset + words[-1].end(), at) is None:
        return None  # "(formerly ...)" or a comma between: the verb is not the figure's
    if not word.islower() or not word.endswith("ed") or word in _VERBS_OF_RECORD:
        return None
    return word, offset + words[-1].start()


def _nouns_after(text: str, at: int) -> set[str]:
    """The content words of the three words after a figure."""
    words = _words(text[at : at + 40])[:3]
    return {w.rstrip("s") for w in words if w not in _FRAME_WORDS and w not in _AUXILIARIES}


def set_apart(text: str, parts: list[Any]) -> list[str | None]:
    """Each part's label, taken from the slot in which the parts differ.

    Parameters
    ----------
    text
        The paragraph the parts' offsets point into.
    parts
        The parts of one tally (:class:`~surveystats.extract.tally_parts.Part`).

    Returns
    -------
    list of str or None
        One label a part, in order: the part's own category, or the slot in which it
        differs from the other parts where its category names what they share (the
        counted noun, a verb of being every part repeats) or only frames its figure
        ("reported", "A majority of Americans", "The highest caseload").

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "the meeting elected eight new members and re-elected four current members."
    >>> parts = [Part("new members", 8, 20, 37), Part("re-elected", 4, 42, 57)]
    >>> set_apart(text, parts)
    ['elected', 're-elected']
    >>> text = "A reported 93 per cent are now staying in host communities, and camps (7%)."
    >>> parts = [Part("reported", None, 2, 22, percent=93.0), Part("camps", None, 65, 74)]
    >>> set_apart(text, parts)
    ['staying in host communities', 'camps']
    """
    labels = [part.category for part in parts]
    if len(parts) < 2 or any(part.members for part in parts) or not all(labels):
        return labels
    figures = [_figure_span(text, part) for part in parts]
    if any(figure is None for figure in figures):
        return labels
    changed = [False] * len(parts)
    written = list(labels)  # as the readers wrote them: what the parts share is read there
    # the verb slot: each figure the object of its own verb, of one noun
    verbs = [_verb_before(text, figure[0]) for figure in figures]
    if all(verbs) and len({v[0].lower() for v in verbs}) == len(verbs):
        nouns = [_nouns_after(text, figure[1]) for figure in figures]
        shared = set.intersection(*[n for n in nouns if n]) if any(nouns) else set()
        # a label that runs on from its verb already says more ("adopted Views on
        # communications", "declared inadmissible"): the reader took the verb's slot
        told_more = any(
            label.startswith(verb[0] + " ") for label, verb in zip(labels, verbs, strict=True)
        )
        if (
            shared
            and not told_more
            and any(label != verb[0] for label, verb in zip(labels, verbs, strict=True))
        ):
            return [verb[0] for verb in verbs]
    copulas = {}
    for index, (part, figure) in enumerate(zip(parts, figures, strict=True)):
        at = text.find(part.category, figure[1], part.end + 1)
        if at >= 0 and (copula := _COPULA.match(text, figure[1], at)) and at == copula.end():
            copulas[index] = copula.group(1)
    for index, (part, figure) in enumerate(zip(parts, figures, strict=True)):
        label = labels[index] or ""
        stop = _next_start(parts, index, text)
        at = text.find(label, part.start, part.end + 1)
        label_end = at + len(label) if at >= 0 else figure[1]
        words = _words(label)
        new = None
        if _is_frame(label, part.counted):
            if at >= 0 and label_end <= figure[0]:
                places = list(_PLACE_IN_FRAME.finditer(text, label_end, figure[0]))
                if places:
                    new = places[-1].group(1)
            if new is None:
                new = _predicate(text, max(figure[1], label_end), stop)
        elif (
            len(words) == 1
            and words[0] in _VERBS_OF_PLACE
            and at > figure[1]
            and label_end >= part.end - 1
        ):
            rest = _predicate(text, label_end, stop)
            if rest:
                new = (
                    rest.split(" ", 1)[1] if rest.split(" ", 1)[0] in _PLACE_PREPOSITIONS else rest
                )
                if " " not in rest and rest[:1].islower():
                    new = None
        elif (
            set(words) <= set(_words(part.counted or label))
            and (part.counted or len(words) <= _NOUN_WORDS)
            and at > figure[1]
            and _named_by_another(set(words), written, index)
        ):
            # the noun the parts share as the label ("10 countries that exceeded ...;
            # 19 under-represented countries"): what its clause says of it
            if _RELATIVE_OR_VERB.match(text, label_end):
                new = _predicate(text, label_end, stop)
        elif (
            (noun := _shared_noun(label, part.counted, written, index))
            and at > figure[1]
            and _RELATIVE_OR_VERB.match(text, at + len(noun))
            and any(
                _is_frame(other, parts[other_at].counted)
                or set(_words(other)) <= set(_words(parts[other_at].counted or other))
                for other_at, other in enumerate(written)
                if other_at != index and other
            )
        ):
            # the shared noun and what its clause says ("housing units were advanced",
            # "incidents affected UN staff members"): what its clause says
            new = _predicate(text, at + len(noun), at + len(label))
        elif (
            index not in copulas
            and copulas
            and at > figure[1]
            and " of " in text[figure[1] : at]
            and label_end >= part.end - 1
        ):
            # "73 per cent of the Afghan refugees in Pakistan who registered are men and
            # 27 per cent are women": the label was read in the whole the share is of
            verb = next(iter(copulas.values()))
            clause = _PREDICATE_END.search(text, part.end, stop)
            tail = re.search(rf"\s{verb}\s", text[part.end : clause.start() if clause else stop])
            if tail is not None:
                new = _predicate(text, part.end + tail.end() - 1, stop)
        if new and new != label:
            labels[index], changed[index] = new, True
    if any(changed):
        labels = _without_shared_opening(labels)
    return [
        _without_article(label) if done else label
        for label, done in zip(labels, changed, strict=True)
    ]


_NOUN_WORDS = 3  # a noun the parts share, with its modifiers: "housing units"


def _shared_noun(label: str, counted: str | None, labels: list[str | None], index: int) -> str:
    """The noun the parts share that ``label`` opens on before words of its own, or "".

    The part's counted noun where another part's label holds it, else another part's
    label of at most three words ("housing units" in "housing units were advanced").
    """
    lowered = label.lower()
    if counted and lowered.startswith(counted.lower() + " "):
        return counted if _named_by_another(set(_words(counted)), labels, index) else ""
    for at, other in enumerate(labels):
        if (
            at != index
            and other
            and len(_words(other)) <= _NOUN_WORDS
            and lowered.startswith(other.lower() + " ")
        ):
            return label[: len(other)]
    return ""


def _named_by_another(words: set[str], labels: list[str | None], index: int) -> bool:
    """Whether another part's label holds all of ``words``: the noun the parts share."""
    return any(
        other is not None and words <= set(_words(other))
        for at, other in enumerate(labels)
        if at != index
    )


def _without_shared_opening(labels: list[str | None]) -> list[str | None]:
    """Labels without the words every one of them opens with, where each keeps a word."""
    split = [(label or "").split() for label in labels]
    shared = 0
    while (
        all(len(words) > shared + 1 for words in split)
        and len({words[shared].lower() for words in split}) == 1
    ):
        shared += 1
    if not shared:
        return labels
    return [" ".join(words[shared:]) for words in split]


def _without_article(label: str | None) -> str | None:
    """A label without a leading "the" before a common noun ("the aid community")."""
    if label and label.startswith(("the ", "The ")) and label[4:5].islower():
        return label[4:]
    return label
