"""One more action on the same cases, stated by the sentence after a tally of actions.

Committees report what they did with the applications or complaints before them action
by action, and the last action often gets a sentence of its own:

    The Committee recommended 3 entities for special consultative status and deferred
    action on 80 others. The Committee also rejected, by a recorded vote, the
    application of four organizations.

    The Committee adopted 21 decisions on the merits and declared 9 communications
    inadmissible. Consideration of complaints was discontinued in 14 cases.

The first sentence is a tally whose parts are labelled by their verbs
(:func:`~surveystats.extract.tally_lists.find_lists`); the second adds a part labelled by
its own verb ("rejected", "discontinued"). :func:`join_further_actions` joins them where
the next sentence opens on the body and "also" and a verb, or on what was considered and
a passive verb "in N cases", its count is the only number of that sentence, and what it
counts is what the tally's parts count or applications, complaints or cases. Paragraphs
without "also" or "discontinued" pay two substring tests.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_items import Number
from surveystats.extract.tally_parts import Part, Tally, read_count
from surveystats.text import NUMBER_WORDS, sentence_starts

__all__ = ["find_action_then_further", "join_further_actions"]

_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
# "The Committee also rejected, by a recorded vote, the application of four
# organizations", "It also deferred action on 12 applications".
_ALSO_ACTED = re.compile(
    rf"""\s{{0,3}}(?:The(?:\s{{1,3}}[A-Z][\w'’-]{{1,30}}){{1,3}}|It)\s{{1,3}}also
    \s{{1,3}}(?P<verb>[a-z]{{3,20}}ed)
    (?:\s{{0,3}},[^,;:.\d]{{1,60}},)?                       # ", by a recorded vote,"
    (?:\s{{1,3}}(?P<object>action|consideration)\s{{1,3}}(?:on|of))?
    (?:\s{{1,3}}the\s{{1,3}}(?:applications?|requests?)\s{{1,3}}(?:of|from))?
    \s{{1,3}}(?P<count>{_COUNT})\s{{1,3}}(?P<noun>[A-Za-z][\w'’-]{{1,30}})""",
    re.VERBOSE,
)


def _action(found: re.Match[str]) -> str:
    """The label of a further action: its verb, with "action" or "consideration" if written."""
    groups = found.groupdict()
    return f"{found['verb']} {groups['object']}" if groups.get("object") else found["verb"]


# "Consideration of complaints was discontinued in 14 cases", "Examination of the
# communications was suspended in three cases".
_PASSIVE_IN_CASES = re.compile(
    rf"""\s{{0,3}}(?:Consideration|Examination)\s{{1,3}}of(?:\s{{1,3}}the)?
    \s{{1,3}}[a-z]{{3,20}}\s{{1,3}}(?:was|were|had\s{{1,3}}been)
    \s{{1,3}}(?P<verb>[a-z]{{3,20}}ed)\s{{1,3}}in
    \s{{1,3}}(?P<count>{_COUNT})\s{{1,3}}(?P<noun>cases)\b""",
    re.VERBOSE,
)
# A lone action on applications that a sentence states before the next adds another:
# "deferring action on conferring special consultative status ... to| nine entities",
# "postponed consideration of| 12 applications".
_ACTION_WORD = re.compile(r"(?:(?<=ing )|(?<=ed ))(?:action|consideration)\b")
_LONE_ACTION = re.compile(
    rf"""(?<![A-Za-z])(?P<label>[a-z]{{3,20}}(?:ing|ed)\s{{1,3}}(?:action|consideration))
    (?:\s{{1,3}}(?:on|of)\s[^.;:()\d]{{0,120}}?)?
    \s{{1,3}}(?:to|for|on|of)\s{{1,3}}(?P<count>{_COUNT})\s{{1,3}}(?P<noun>[A-Za-z][\w'’-]{{1,30}})""",
    re.VERBOSE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# What the added action may count besides the tally's own nouns.
_CASE_NOUNS = frozenset(
    """applications application organizations organisations organization entities entity
    ngos requests complaints communications petitions cases others""".split()  # noqa: SIM905
)
# What may follow a tally's last part in its sentence: its noun, words with no figure.
_REST_OF_SENTENCE = re.compile(r"[^\d;:]{0,80}")
# A part labelled by an action: "recommending", "deferred", "declared inadmissible".
_ACTION_LABEL = re.compile(r"[a-z]{3,20}(?:ed|ing)\b")


def join_further_actions(text: str, tallies: list[Tally], numbers: list[Number]) -> None:
    """Add to each tally of actions the action its next sentence states, in place.

    Parameters
    ----------
    text
        One paragraph.
    tallies
        Its tallies, in text order.
    numbers
        Its numbers (:func:`~surveystats.extract.tally_items.find_numbers`): the added
        count must be one of them and the only one of its sentence.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = ("The Committee recommended 3 entities and deferred 8 others. "
    ...     "The Committee also rejected the application of two organizations.")
    >>> tally = Tally("breakdown", 14, 58, [Part("recommended", 3, 14, 37),
    ...     Part("deferred", 8, 42, 58)])
    >>> join_further_actions(text, [tally], find_numbers(text))
    >>> [(p.category, p.count) for p in tally.parts]
    [('recommended', 3), ('deferred', 8), ('rejected', 2)]
    """
    if " also " not in text and "discontinued" not in text:
        return
    if not any(_of_actions(tally) for tally in tallies):
        return  # most paragraphs with "also": no tally of actions
    starts = [number.start for number in numbers]
    sentences = [*sentence_starts(text), len(text)]
    for index, tally in enumerate(tallies):
        if not _of_actions(tally):
            continue
        after = next((s for s in sentences if s >= tally.end), len(text))
        if after >= len(text) or not _REST_OF_SENTENCE.fullmatch(text, tally.end, after):
            continue  # no sentence follows, or the tally's own goes on to other figures
        if index + 1 < len(tallies) and tallies[index + 1].start < _sentence_end(sentences, after):
            continue  # the next sentence has a tally of its own
        found = _ALSO_ACTED.match(text, after) or _PASSIVE_IN_CASES.match(text, after)
        if found is None or found.start("count") not in starts:
            continue
        end = _sentence_end(sentences, after)
        if sum(after <= start < end for start in starts) != 1:
            continue  # the sentence counts more than one thing
        nouns = {(part.counted or "").lower() for part in tally.parts} | _CASE_NOUNS
        verb = found["verb"]
        count = read_count(found["count"])[0]
        if (
            count is None
            or found["noun"].lower() not in nouns
            or any((part.category or "").split(" ", 1)[0] == verb for part in tally.parts)
        ):
            continue
        tally.parts.append(Part(_action(found), count, found.start("verb"), found.end()))
        tally.end = found.end()


def find_action_then_further(
    text: str, numbers: list[Number], taken: list[tuple[int, int]]
) -> list[Tally]:
    """Splits of applications whose two actions stand in two sentences, one count each.

    "The Committee continued its session, deferring action on the applications of nine
    entities. The Committee also rejected, by recorded vote, the application of two
    organizations." -> deferring action 9, rejected 2: each sentence holds one count, the
    first of an action on applications, the second the body's further action on more of
    them (as :func:`join_further_actions` reads it).

    Parameters
    ----------
    text
        One paragraph.
    numbers
        Its numbers; each count must be one of them and the only one of its sentence.
    taken
        Spans other readers already read: a split overlapping one is left out.

    Returns
    -------
    list of Tally
        Breakdowns in text order.

    Examples
    --------
    >>> from surveystats.extract.tally_items import find_numbers
    >>> text = ("It met today, deferring action on the applications of 9 entities. "
    ...     "It also rejected the application of two organizations.")
    >>> [(p.category, p.count) for p in find_action_then_further(text, find_numbers(text),
    ...     [])[0].parts]
    [('deferring action', 9), ('rejected', 2)]
    """
    if " also " not in text or ("action" not in text and "consideration" not in text):
        return []
    # a year dates the session, it counts nothing: "continued its 2023 session, deferring"
    starts = [number.start for number in numbers if not _YEAR.fullmatch(number.raw)]
    sentences = [*sentence_starts(text), len(text)]
    found: list[Tally] = []
    for word in _ACTION_WORD.finditer(text):
        lone = _LONE_ACTION.search(text, max(0, word.start() - 25), word.end() + 200)
        if lone is None or lone.end("label") != word.end():
            continue
        if lone.start("count") not in starts or lone["noun"].lower() not in _CASE_NOUNS:
            continue
        after = next((s for s in sentences if s >= lone.end()), len(text))
        begin = max(s for s in sentences if s <= lone.start())
        if after >= len(text) or not _REST_OF_SENTENCE.fullmatch(text, lone.end(), after):
            continue
        if sum(begin <= start < after for start in starts) != 1:
            continue  # the sentence of the first action counts more than it
        further = _ALSO_ACTED.match(text, after)
        end = _sentence_end(sentences, after)
        if (
            further is None
            or further.start("count") not in starts
            or sum(after <= start < end for start in starts) != 1
            or further["noun"].lower() not in _CASE_NOUNS
        ):
            continue
        first, second = read_count(lone["count"])[0], read_count(further["count"])[0]
        if first is None or second is None:
            continue
        label = " ".join(lone["label"].split())
        parts = [
            Part(label, first, lone.start("label"), lone.end()),
            Part(_action(further), second, further.start("verb"), further.end()),
        ]
        start, stop = parts[0].start, parts[-1].end
        if not any(s < stop and start < e for s, e in taken):
            found.append(Tally("breakdown", start, stop, parts))
    return found


def _sentence_end(sentences: list[int], start: int) -> int:
    """Where the sentence that starts at ``start`` ends (the next start, or the text's end)."""
    return next((s for s in sentences if s > start), sentences[-1])


def _of_actions(tally: Tally) -> bool:
    """Whether every part of ``tally`` is a count labelled by an action, and no whole is stated."""
    return (
        tally.kind == "breakdown"
        and tally.total is None
        and len(tally.parts) >= 2
        and all(
            part.count is not None and _ACTION_LABEL.match(part.category or "")
            for part in tally.parts
        )
    )
