"""Counts of States that acted on treaties: parties, signatures, ratifications, accessions.

Treaty-body and depositary reports state how many States are parties to each instrument
("There are 150 States parties to the Agreement and 97 to its Protocol") or how far they
went ("121 States have signed the Treaty and 84 have ratified it"). The counts read like a
list of parts, but the sets they count overlap: a party to a protocol is a party to its
convention, a State that ratified has signed. They split no one group, so a breakdown
read from them is dropped (ratifying and acceding, two ways of joining one instrument,
stay parts), unless the sentence states the whole they fill ("Of the 193
Member States, 150 have ratified the Convention and 43 have not"), which the reader then
checked. :func:`counts_treaty_acts` is the test; ``tallies`` applies it to what every
reader found in a paragraph.

The test looks at one sentence: a bounded window before the tally and the tally itself,
so it runs in linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import Tally
from surveystats.text import sentence_starts

__all__ = ["counts_treaty_acts"]

# What a State does to an instrument, or what it then is.
_TREATY_ACT = re.compile(
    r"\b(?:part(?:y|ies)\s{1,3}to|signator(?:y|ies)|sign(?:ed|ing)|ratif(?:ied|ying|ications?)"
    r"|acced(?:ed|ing)|accessions?)\b"
)
# Signing comes before ratifying or acceding: a signatory may be a party too.
# The acts as the gerund too: "86 States have done so by signing the Treaty, while four
# have ratified it".
_SIGNED = re.compile(r"\b(?:sign(?:ed|ing)|signator(?:y|ies)|signatures?)\b")
_JOINED = re.compile(
    r"\b(?:part(?:y|ies)|ratif(?:ied|ying|ications?)|acced(?:ed|ing)|accessions?)\b"
)
# An instrument a label names: the label is which treaty, not which kind of State.
_INSTRUMENT_NAMES = "Accord|Agreement|Amendment|Charter|Convention|Covenant|Protocol|Statute|Treaty"
_INSTRUMENT = re.compile(rf"\b(?:{_INSTRUMENT_NAMES})s?\b")
# An instrument named by a pronoun as the object ("have ratified it", "acceded to it"), and
# an instrument of its own named after it ("its Optional Protocol", "its amendment").
_IT = re.compile(r"(?:^|\s)it$", re.IGNORECASE)
_ITS_INSTRUMENT = re.compile(
    rf"\bits\s{{1,3}}(?:[A-Za-z-]{{1,20}}\s{{1,3}}){{0,2}}?(?:{_INSTRUMENT_NAMES})s?\b",
    re.IGNORECASE,
)
# Words before an instrument's name that do not tell two instruments apart.
_LEADING = re.compile(
    r"^(?:(?:parties|party|to|the|its|their|have|has|had|signed|ratified|acceded)\s{1,3})*"
)
# Labels that count the acts themselves, not the States that acted: acts do not overlap.
# Any depositary act counts ("5 acceptances, 11 ratifications, 6 signatures and 1
# withdrawal of reservation"), one of a kind as well as many.
_ACTS = re.compile(
    r"(?:signatures?|ratifications?|accessions?|acceptances?|approvals?|successions?"
    r"|withdrawals?|denunciations?|declarations?|objections?|reservations?|notifications?"
    r"|amendments?)\b",
    re.IGNORECASE,
)
# Words after a count that shut its States out of another part's: "a further 42 have
# signed but not ratified it", "12 have signed it without ratifying", "9 have yet to
# ratify": the parts no longer overlap and split one group.
_EXCLUSIVE_ACT = re.compile(
    r"\b(?:but|without|yet\s{1,3}to)(?:\s{1,3}(?:not|yet|have|has))*"
    r"\s{1,3}(?:ratif|acced|join|becom)",
    re.IGNORECASE,
)
_LOOK_BACK = 400  # characters before a tally where its sentence may start


def _names_instruments_apart(labels: list[str]) -> bool:
    """Whether two labels name different instruments ("the Convention", "its Protocol").

    >>> _names_instruments_apart(["the Convention", "its first Protocol"])
    True
    >>> _names_instruments_apart(["ratified the Protocol", "acceded to it"])
    False
    >>> _names_instruments_apart(["ratified it", "ratified its Optional Protocol"])
    True
    """
    names = {_LEADING.sub("", label.lower()) for label in labels if _INSTRUMENT.search(label)}
    if len(names) > 1:
        return True
    # "ratified it" beside "ratified its Optional Protocol": the instrument and one of its own
    return any(_IT.search(label) for label in labels) and any(
        _ITS_INSTRUMENT.search(label) for label in labels
    )


def _signed_and_joined(labels: list[str]) -> bool:
    """Whether one label counts signatures and another ratifications, accessions or parties.

    >>> _signed_and_joined(["signed the Treaty", "ratified it"])
    True
    >>> _signed_and_joined(["ratified the Protocol", "acceded to it"])
    False
    """
    signed = [bool(_SIGNED.search(label)) for label in labels]
    joined = [bool(_JOINED.search(label)) for label in labels]
    return any(s and not j for s, j in zip(signed, joined, strict=True)) and any(
        j and not s for s, j in zip(signed, joined, strict=True)
    )


_CLAUSE_STOP = re.compile(r"[.;]")
_PHRASE_REACH = 200  # characters after the last part's count where its clause may end


def _phrases_name_instruments_apart(text: str, tally: Tally) -> bool:
    """Whether the parts' clauses name different instruments where their labels do not.

    A label may keep only the counted noun ("196 States parties to the Convention; 170
    States had ratified the Optional Protocol ..." gives "States"): each part's clause, from
    its count to the next part's (the last to its clause's end), names the instrument.

    >>> from surveystats.extract.tally_parts import Part
    >>> text = "There were 190 States parties to the Convention; 170 States joined its Protocol."
    >>> parts = [Part("States parties", 190, 11, 29), Part("States", 170, 49, 59)]
    >>> _phrases_name_instruments_apart(text, Tally("breakdown", 11, 59, parts))
    True
    """
    starts = [part.start for part in tally.parts]
    last = tally.parts[-1].start
    stop = _CLAUSE_STOP.search(text, last, last + _PHRASE_REACH)
    ends = [*starts[1:], stop.start() if stop else min(len(text), last + _PHRASE_REACH)]
    named = set()
    for start, end in zip(starts, ends, strict=True):
        instrument = _INSTRUMENT.search(text, start, end)
        if instrument is not None:
            named.add(instrument[0].lower().rstrip("s"))
    return len(named) > 1


def counts_treaty_acts(text: str, tally: Tally) -> bool:
    """Whether ``tally`` counts States that acted on treaties, with no whole stated.

    Parameters
    ----------
    text
        The paragraph string the tally was read from (its offsets are into it).
    tally
        A tally any reader found.

    Returns
    -------
    bool
        True for a breakdown of two or more parts with no total whose sentence speaks of
        parties, signatures, ratifications or accessions before the tally ends and whose
        labels name different instruments, or signing beside ratifying, acceding or being
        a party: such counts overlap and split no group. States that ratified an
        instrument and States that acceded to it are two ways of joining it: they stay
        a breakdown; so do the acts themselves ("32 signatures and 49 ratifications",
        each act counted once, any depositary act), and States whose words shut them out
        of the others ("a further 19 have signed but not ratified it", "without ratifying").

    Examples
    --------
    >>> from surveystats.extract.tally_parts import Part
    >>> text = "There are 150 States parties to the Agreement and 97 to its Protocol."
    >>> parts = [Part("the Agreement", 150, 10, 45), Part("its Protocol", 97, 50, 68)]
    >>> counts_treaty_acts(text, Tally("breakdown", 10, 68, parts))
    True
    >>> text = "Of the reports, 25 came under the Convention and 15 under the Protocol."
    >>> parts = [Part("the Convention", 25, 16, 44), Part("the Protocol", 15, 49, 70)]
    >>> counts_treaty_acts(text, Tally("breakdown", 16, 70, parts))
    False
    """
    if tally.kind != "breakdown" or tally.total is not None or len(tally.parts) < 2:
        return False
    labels = [part.category or "" for part in tally.parts]
    if not (
        _names_instruments_apart(labels)
        or _signed_and_joined(labels)
        or _phrases_name_instruments_apart(text, tally)
    ):
        return False
    if all(_ACTS.match(label) for label in labels):
        return False  # "32 signatures and 49 ratifications": acts, each counted once
    clause_end = _CLAUSE_STOP.search(text, tally.end, tally.end + _PHRASE_REACH)
    told = text[tally.start : clause_end.start() if clause_end else tally.end + _PHRASE_REACH]
    if _EXCLUSIVE_ACT.search(told):
        return False  # "signed but not ratified": the signers left once the others are out
    lo = max(0, tally.start - _LOOK_BACK)
    window = text[lo : tally.end]
    sentence = sentence_starts(window[: tally.start - lo])[-1]
    return _TREATY_ACT.search(window, sentence) is not None
