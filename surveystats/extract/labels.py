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

__all__ = ["befell", "told"]

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
