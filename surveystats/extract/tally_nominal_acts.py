"""Acts named by nouns, each with its count: "the killing of 2,985 and the maiming of 5,655".

Reports on children and armed conflict, on protection and on human rights count what was
done as nouns of acts, each "of" its count: "verified the recruitment and use of 7,622
children, the killing of 2,985 and the maiming of 5,655", "documented the abduction of
3,985 children and the detention of 2,496". The acts are the parts of one breakdown
(labels "recruitment and use", "killing", "maiming"), the noun of the first count that of
the later ones where they name none.

A list of two acts or more is read, joined by commas, "and" or "as well as", each "the"
+ an act noun (one word in -ing, -ion, -ment or -ure, and maybe "and" another word:
"recruitment and use"; or a noun "of" one: "the threat of extinction") + "of" + a
count. The first count names its noun from a closed list of people, buildings and
incidents, or any plural where every later act counts "others", which says they count the
same things ("the extermination of 150 species of birds and the threat of extinction of
1,000 others", "the demolition of 120 shelters and the confiscation of 45 others"). What is
none: acts whose counts name different nouns ("the establishment of 3 offices and the
recruitment of 40 staff"), a count that is a year or a share, and one act alone. Every
pattern opens on the literal "the " and is bounded: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_parts import (
    COUNT_PATTERN,
    GAP,
    Part,
    Tally,
    overlaps_any,
    read_count,
)

__all__ = ["find_nominal_acts"]

_ACT = r"[a-z]{3,20}(?:ing|ion|ment|ure)"
# One act and its count: "the killing and maiming of 421 children". "the" is matched
# before the word boundary ahead of it is looked back at, so the pattern opens on a
# literal the engine skips to (opening on "\b", it was tried at every character).
_ACT_COUNT = re.compile(
    rf"""
    the(?<!\wthe){GAP}
    # "the threat of extinction of 1,000 others": an act named by a noun and its act
    (?P<act>(?:[a-z]{{3,15}}{GAP}of{GAP})?{_ACT}(?:{GAP}and{GAP}[a-z]{{2,20}})?){GAP}of{GAP}
    (?:(?:some|about|at{GAP}least|over|more{GAP}than|nearly|almost){GAP})?
    (?P<n>{COUNT_PATTERN})(?![\d,.]\d|\s{{0,3}}(?:per{GAP}cent|percent|%))
    (?:{GAP}(?P<noun>(?:[a-z][\w-]{{1,25}}{GAP})?(?:children|boys|girls|people|persons|civilians
        |women|men|students|teachers|staff|workers|refugees|migrants|journalists|detainees
        |schools|hospitals|houses|homes|incidents|cases|attacks))\b
      # "others" counts the first act's things again: "and the demolition of 12 others"
      |{GAP}(?P<others>others)\b
      # any plural, kept only where every later act counts "others": "150 species of birds"
      |{GAP}(?P<open>[a-z][\w-]{{1,25}}s(?:{GAP}of{GAP}[a-z][\w-]{{1,25}})?)\b)?
    """,
    re.VERBOSE,
)
# What joins one act to the next.
_JOINT = re.compile(
    r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3}|as\s{1,3}well\s{1,3}as\s{1,3})?|\s{1,3}and\s{1,3}"
    r"|\s{1,3}as\s{1,3}well\s{1,3}as\s{1,3})"
)
_MAX_ACTS = 10


def find_nominal_acts(text: str, taken: list[tuple[int, int]] | None = None) -> list[Tally]:
    """Find lists of acts named by nouns with their counts.

    Parameters
    ----------
    text
        One paragraph.
    taken
        Spans other readers already read: a list that overlaps one is not read.

    Returns
    -------
    list of Tally
        Breakdowns in text order, offsets relative to ``text``.

    Examples
    --------
    >>> text = ("The United Nations verified the recruitment and use of 7,622 children, "
    ...     "the killing of 2,985 and the maiming of 5,655.")
    >>> [(p.category, p.count) for p in find_nominal_acts(text)[0].parts]
    [('recruitment and use', 7622), ('killing', 2985), ('maiming', 5655)]
    >>> find_nominal_acts("It backed the opening of 3 offices and the hiring of 40 staff.")
    []
    >>> text = "It deplored the demolition of 120 shelters and the confiscation of 45 others."
    >>> [(p.category, p.count, p.counted) for p in find_nominal_acts(text)[0].parts]
    [('demolition', 120, 'shelters'), ('confiscation', 45, 'shelters')]
    """
    taken = taken or []
    tallies: list[Tally] = []
    position = 0
    while (first := _ACT_COUNT.search(text, position)) is not None:
        acts = [first]
        while len(acts) < _MAX_ACTS:
            joint = _JOINT.match(text, acts[-1].end())
            following = _ACT_COUNT.match(text, joint.end()) if joint is not None else None
            if following is None:
                break
            acts.append(following)
        position = acts[-1].end()
        if len(acts) < 2:
            continue
        others = all(act["others"] for act in acts[1:])
        nouns = {" ".join(act["noun"].split()).split()[-1] for act in acts if act["noun"]}
        if any(act["open"] for act in acts[1:]) or (acts[0]["open"] and not others):
            continue  # "the opening of 3 offices and the hiring of 40 staff": two things
        if len(nouns) > 1 or not (acts[0]["noun"] or acts[0]["open"]):
            continue  # "3 offices and ... 40 staff": different things counted
        start, end = acts[0].start(), acts[-1].end()
        if overlaps_any(start, end, taken):
            continue
        noun = " ".join((acts[0]["noun"] or acts[0]["open"]).split())
        parts = []
        for act in acts:
            count = read_count(act["n"])[0]
            if count is None:
                break
            label = " ".join(act["act"].split())
            parts.append(
                Part(
                    label,
                    count,
                    act.start(),
                    act.end(),
                    counted=noun,
                    counted_inherited=act is not acts[0] and act["noun"] is None,
                )
            )
        if len(parts) == len(acts):
            tallies.append(Tally("breakdown", start, end, parts, subject=noun))
    return tallies
