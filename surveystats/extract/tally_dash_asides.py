"""Asides set off by a pair of dashes, read as the asides in parentheses they are.

English sets an aside off by dashes as often as by parentheses: "The 389 children released
in 2023 — 301 boys and 88 girls — were referred to reintegration programmes", "Forty-seven
of the 93 respondents – 51 per cent – said that the guidance was clear", "MONUSCO
accounted for 66 allegations – two-thirds of the total – while ...", "these four countries
– all of which once hosted peacekeeping operations – contributed 67 of the 7,258 police
officers". The readers know the asides in parentheses (a whole's parts, a share restating
a count, a remark to read past); :func:`bracket_dash_asides` writes each pair of spaced
dashes in a sentence as a pair of parentheses, with the blanks to take out so that each
parenthesis hugs its aside as printed ones do; the sentences around each pair are read
again that way (not the rest of a long paragraph), their offsets mapped back, and the
dispatcher keeps the reading that reads more.

A pair is two dashes (em dash, en dash, a doubled hyphen or a hyphen typed for a dash:
"only 39 out of 994 people - or 4 percent - are planning to return") with a blank on each
side, in one sentence (no full stop, semicolon or colon between them), with at most 200
characters between, in a sentence that holds a figure in digits. A dash alone ("... casualties — 14
per cent by ...") and dashes between figures ("Yes: 23 -- No: 11 -- Abstentions: 13") are
no pair: the first has no end, and in the second the dashes part items of one list.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from surveystats.extract.tally_earlier_years import EarlierFigures

__all__ = ["Bracketed", "bracket_dash_asides"]

# (a hyphen between blanks is a dash typed on a keyboard: "39 out of 994 people - or 4
# percent - are planning to return")
_DASH = r"(?:—|–|--|(?<= )-(?= ))"
# " — 301 boys and 88 girls — ": the blank before each dash, the dash, the blank after.
# (a full stop only as a decimal point: "— 41.2 per cent —")
_PAIR = re.compile(rf" {_DASH} (?P<inside>(?:[^—–.;:!?]|(?<=\d)\.(?=\d)){{1,200}}?) {_DASH} ")
_FIGURE = re.compile(r"\d")
# An item of a list of labelled figures on each side of a dash: "No: 11 -- Abstentions: 13".
_LABELLED_FIGURE = re.compile(r"^[A-Za-z][\w ]{0,30}:\s*\d[\d,]*$")


class Bracketed(NamedTuple):
    """A paragraph with its dash asides in parentheses, and the characters to take out.

    ``text`` keeps every offset of the paragraph; ``blanks`` are the characters to take
    out of it before it is read (the blank inside each parenthesis and what is left of a
    doubled hyphen).
    """

    text: str
    blanks: list[EarlierFigures]


def bracket_dash_asides(text: str) -> Bracketed | None:
    """``text`` with each pair of spaced dashes written as parentheses, or None if none.

    >>> from surveystats.extract.tally_earlier_years import without_earlier_figures
    >>> bracketed = bracket_dash_asides("The 389 children — 301 boys and 88 girls — were sent.")
    >>> without_earlier_figures(bracketed.text, bracketed.blanks)
    'The 389 children (301 boys and 88 girls) were sent.'
    >>> bracket_dash_asides("Yes: 23 -- No: 11 -- Abstentions: 13") is None
    True
    >>> bracket_dash_asides("The Committee — which met twice — adopted its report.") is None
    True
    """
    if "—" not in text and "–" not in text and "--" not in text and " - " not in text:
        return None
    pieces = []
    blanks = []
    last = 0
    for pair in _PAIR.finditer(text):
        sentence = _sentence_start(text, pair.start()), _sentence_end(text, pair.end())
        if not _FIGURE.search(text, *sentence) or _LABELLED_FIGURE.match(pair["inside"]):
            continue
        inside_start, inside_end = pair.span("inside")
        # " — 301" -> " (301" and "girls — " -> "girls) ": the dash's place takes the
        # parenthesis, the blank on the inside goes
        pieces += [text[last : pair.start() + 1], "(", text[pair.start() + 2 : inside_end]]
        blanks.append(EarlierFigures(pair.start() + 2, inside_start, ()))
        blanks.append(EarlierFigures(inside_end, pair.end() - 2, ()))
        pieces += [text[inside_end : pair.end() - 2], ")", " "]
        last = pair.end()
    if not blanks:
        return None
    pieces.append(text[last:])
    return Bracketed("".join(pieces), blanks)


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind(". ", 0, position), text.rfind("; ", 0, position), 0)


def _sentence_end(text: str, position: int) -> int:
    end = text.find(". ", position)
    return len(text) if end < 0 else end
