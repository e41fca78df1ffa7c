"""A group of people named by what befell them, as the whole its listed counts make up.

Casualty notes, staff-union statements and field reports name a group of people by what
befell them or by what they are and what befell them, then list the counts that make it
up, with no total in the clause:

    The dead comprised nine civilians, two policemen, one security guard and 20
    peacekeepers.
    The dead were 14 soldiers, six police officers and three customs officers.
    The UN staff who died in deliberate attacks last year included 12 peacekeepers and
    five civilians.
    The victims were 12 men, four women and two children.
    Those abducted were 31 girls and 12 boys.

The subject names the whole (the dead, the victims, the people killed, the staff that
died ...), and the verb is one of make-up ("comprised", "included", "consisted of", "were
made up of") or a copula ("were", "are"): the counts after it are the parts of that one
group, as "The caseload comprises 2.1 million IDPs and 310,000 refugees" splits a caseload.
A copula makes a split only after such a subject: "The Mission's authorized strength is
16,000 military personnel and 1,800 police" states a ceiling, "The losses were 12
vehicles and 3 helicopters" things, and "The relief convoy comprised 14 trucks and 30
generators" what a whole has (none of them here). The verb must stand right before the
first count: "The dead were buried in 3 villages and 2 towns" and "Those killed were
among the 120 civilians ..." are no make-up. :func:`people_whole_before` finds such a
subject and its verb right before the first part; the reader of enumerations
(:mod:`~surveystats.extract.tally_enumerations`) takes it as it takes a counted whole.

Its parts count people: "The missing are 3 fishermen and 2 boats" and "The people
evacuated were 40 families and 120 individuals" (two units) split no group of people
(:func:`counts_people`). Groups one of which holds another ("The dead included 30
children and 12 girls": the girls are children too) overlap and split no whole:
:func:`nests_groups` says so. Groups told by sex beside groups told by age cross ("54 per
cent of the displaced were female and 41 per cent were younger than 18": the girls are
in both) and split no whole either: :func:`crosses_sex_and_age` says so.

The pattern is anchored at the end of a bounded window before the first count and has
no nested unbounded repetition: linear time.
"""

from __future__ import annotations

import re

from surveystats.extract.tally_items import PEOPLE_NOUNS

__all__ = ["counts_people", "crosses_sex_and_age", "nests_groups", "people_whole_before"]

# What befalls people in a conflict or a crisis, as a participle after their noun ("the
# people killed", "UN staff abducted") or as the group itself ("the dead", "the wounded").
_FATE_PARTICIPLES = (
    "killed|injured|wounded|maimed|abducted|kidnapped|arrested|detained|displaced"
    "|evacuated|executed|murdered|slain|disappeared|taken\\s{1,3}hostage"
)
# The group named by its fate alone: "The dead were ...", "Those wounded included ...".
_FATE_GROUPS = (
    rf"(?:dead|deceased|missing|fatalities|victims|casualties|(?:death\s{{1,3}})?toll"
    rf"|{_FATE_PARTICIPLES})"
)
# A relative clause of fate after the people's noun: "that died from malicious attacks",
# "who lost their lives", "who were killed".
_FATE_CLAUSE = (
    rf"(?:that|who)\s{{1,3}}(?:died|perished|lost\s{{1,3}}their\s{{1,3}}lives"
    rf"|(?:were|have\s{{1,3}}been|had\s{{1,3}}been)\s{{1,3}}(?:{_FATE_PARTICIPLES}))"
)
_PEOPLE = "|".join(sorted((re.escape(noun) for noun in PEOPLE_NOUNS), key=len, reverse=True))
# Up to six lower-case words or a year after the group that say where, when or how
# ("from malicious attacks last year", "in 2019", "in the line of duty").
_CIRCUMSTANCE = r"(?:\s{1,3}(?:[a-z][\w'’-]{0,20}|(?:19|20)\d\d)){0,6}?"

_PEOPLE_WHOLE = re.compile(
    rf"""(?<![\w'’-])(?:[Tt]he|[Tt]hose)\s{{1,3}}
      (?:(?:[A-Z]{{2,6}}|[a-z][\w-]{{1,20}})\s{{1,3}}){{0,2}}?   # "UN", "civilian", "national"
      (?:{_FATE_GROUPS}                                          # "the dead", "those killed"
        | (?:{_PEOPLE})(?:\s{{1,3}}members)?                     # "the staff (members)"
          \s{{1,3}}(?:{_FATE_PARTICIPLES}|{_FATE_CLAUSE}))       # ... "killed", "who died"
      {_CIRCUMSTANCE}
      (?:\s{{0,3}},[^,;:.()]{{1,60}},)?                        # ", based on data received,"
      \s{{1,3}}(?:compris(?:ed|es?)|includ(?:ed|es?)|consist(?:ed|s)?\s{{1,3}}of
        | (?:were|are)(?:\s{{1,3}}(?:made\s{{1,3}}up|composed)\s{{1,3}}of)?)
      \s{{0,3}}:?\s{{1,3}}$""",
    re.VERBOSE,
)
_REACH = 120  # characters before the first count where the subject may start


def people_whole_before(text: str, start: int) -> re.Match[str] | None:
    """The group of people named by its fate and its verb of make-up, ending at ``start``.

    Parameters
    ----------
    text
        The paragraph.
    start
        Where the first count of the list starts (its qualifier included).

    Returns
    -------
    re.Match or None
        The subject and the verb ("The dead were "), or None where the words right before
        ``start`` are no such subject and verb.

    Examples
    --------
    >>> text = "The dead comprised nine civilians, two policemen and 20 peacekeepers."
    >>> people_whole_before(text, text.index("nine")).group()
    'The dead comprised '
    >>> text = "The UN staff who died in attacks last year were 12 peacekeepers and 5 civilians."
    >>> people_whole_before(text, text.index("12")) is not None
    True
    >>> text = "The losses were 12 vehicles and 3 helicopters."
    >>> people_whole_before(text, text.index("12")) is None
    True
    """
    return _PEOPLE_WHOLE.search(text, max(0, start - _REACH), start)


# The groups by sex and age that a wider group of the same list holds: girls and boys are
# children, women and men adults.
_NARROWER_GROUPS = {
    "children": (("girls", "girl"), ("boys", "boy")),
    "adults": (("women", "woman"), ("men", "man")),
}


def nests_groups(labels: list[str]) -> bool:
    """Whether a label names a group that holds another label's, some of its kinds missing.

    Parameters
    ----------
    labels
        The parts' labels (their counted nouns first).

    Returns
    -------
    bool
        True where a part counts children beside one that counts girls or boys, not both,
        or adults beside women or men, not both: the counts overlap and split no one whole.
        Beside all its kinds the wider group is the rest, those whose sex is not known
        ("112 girls and 140 boys, as well as 85 children").

    Examples
    --------
    >>> nests_groups(["children", "girls"])
    True
    >>> nests_groups(["men", "women", "boys", "girls"])
    False
    >>> nests_groups(["girls", "boys", "children whose sex is unknown"])
    False
    >>> nests_groups(["children under five", "pregnant and lactating women and girls"])
    False
    """
    heads = {words[0].lower() for label in labels if label and (words := label.split())}
    heads |= {_last_group(label) for label in labels if label}
    for wider, kinds in _NARROWER_GROUPS.items():
        if wider not in heads:
            continue
        present = [any(form in heads for form in kind) for kind in kinds]
        if any(present) and not all(present):
            return True
    return False


# Groups of people told by sex or by age, as a part's whole label names them (after "the",
# "are", "were"). Sex of any age: "female", "males"; of adults: "women"; of children:
# "girls". Age of children: "children", "minors", "under 18", "younger than 18 years old",
# "below the age of five", "children under five"; of adults: "adults", "the elderly",
# "60 years old or older", "over 60", "aged 60 and above". A status that only children
# have ("unaccompanied", "separated") is of the children's side. Women and men are told
# apart from adult ages too, but cross none of them (see crosses_sex_and_age).
_SEX_ANY_AGE = re.compile(r"(?:fe)?males?")
_SEX_OF_ADULTS = re.compile(r"(?:wo)?m[ae]n")
_SEX_OF_CHILDREN = re.compile(r"girls?|boys?")
_AGE_BOUND = r"(?:the\s)?(?:age\sof\s)?(?:\d{1,2}|five|six|ten|twelve|fifteen|eighteen)\b.*"
_AGE_OF_CHILDREN = re.compile(
    r"(?:children|child|minors|infants|babies|adolescents)"
    rf"(?:\s(?:under|below|aged|younger|less)\b.*)?"
    rf"|(?:(?:persons|people|individuals)\s)?(?:younger\sthan|less\sthan|under|below)\s{_AGE_BOUND}"
    rf"|aged\s(?:under|below|less\sthan)\s{_AGE_BOUND}"
)
_AGE_OF_ADULTS = re.compile(
    r"adults|(?:the\s)?elderly|older\s(?:persons|people)"
    rf"|(?:(?:persons|people|individuals)\s)?(?:over|above|older\sthan|aged)\s{_AGE_BOUND}"
    r"|\d{1,2}\s(?:years\s)?(?:old\s)?(?:or|and)\s(?:older|above|over)\b.*"
)
_CHILDREN_STATUS = re.compile(r"(?:unaccompanied|separated)(?:\s(?:or|and)\sseparated)?")
_LABEL_OPENINGS = frozenset(("the", "are", "were", "is", "was"))


def crosses_sex_and_age(labels: list[str | None]) -> bool:
    """Whether labels tell a group by sex and by age at once, so that some are in two parts.

    Parameters
    ----------
    labels
        The parts' labels.

    Returns
    -------
    bool
        True where a label of one sex of any age ("female", "males") stands beside one of
        an age ("children", "under 18", "60 years old or older"), girls or boys beside
        children's ages ("minors", "younger than 18"), or a status only children have
        ("unaccompanied") beside children's ages: the girls under 18 are female and under
        18. Beside both sexes of its kind the age group is the rest, whose sex is not
        known, as in :func:`nests_groups`. Women or men beside children ("women", "men" and
        "under 18") or beside older persons ("women, children and older persons", "men
        30 per cent and the elderly 15 per cent": adults of working age, as the UN's
        lists of groups read) do not cross.

    Examples
    --------
    >>> crosses_sex_and_age(["female", "younger than 18 years old"])
    True
    >>> crosses_sex_and_age(["minors", "unaccompanied", "women"])
    True
    >>> crosses_sex_and_age(["women", "men", "persons under 18 years of age"])
    False
    >>> crosses_sex_and_age(["adults", "children under 18"])
    False
    """
    kinds: dict[str, set[str]] = {}
    for label in labels:
        if not label:
            continue
        words = label.lower().split()
        while words and words[0] in _LABEL_OPENINGS:
            words = words[1:]
        plain = " ".join(words)
        for kind, pattern in (
            ("sex", _SEX_ANY_AGE),
            ("adult sex", _SEX_OF_ADULTS),
            ("child sex", _SEX_OF_CHILDREN),
            ("child age", _AGE_OF_CHILDREN),
            ("adult age", _AGE_OF_ADULTS),
            ("child status", _CHILDREN_STATUS),
        ):
            if pattern.fullmatch(plain):
                # the sex each names, by its first letter after "fe"/"wo" ("female" f)
                kinds.setdefault(kind, set()).add(_sex_of(plain))
                break
    ages = {"child age", "adult age"} & kinds.keys()
    return (
        ("sex" in kinds and bool(ages) and len(kinds["sex"]) < 2)
        or ("child sex" in kinds and "child age" in kinds and len(kinds["child sex"]) < 2)
        or ("child status" in kinds and "child age" in kinds)
    )


def _sex_of(label: str) -> str:
    """The sex a label of one sex names, "f" or "m" ("females", "girls"); else the label."""
    if label.startswith(("fem", "wom", "girl")):
        return "f"
    if label.startswith(("mal", "men", "man", "boy")):
        return "m"
    return label


def _last_group(label: str) -> str:
    """The group a label's last word names, "women and girls" as one group.

    "pregnant and lactating women and girls", "women and girls survivors of violence": the
    girls are named with the women as one group of its own (WFP's and UNFPA's usage), not
    as the narrower kind of the children beside them.
    """
    words = label.lower().split()
    if len(words) >= 3 and words[-2] == "and" and (words[-3], words[-1]) in _JOINT_GROUPS:
        return f"{words[-3]} and {words[-1]}"
    return words[-1]


_JOINT_GROUPS = {("women", "girls"), ("men", "boys")}

# Endings of nouns for people by what they do or are: officers, peacekeepers, journalists,
# civilians, consultants, gendarmes, trainees, guards.
_PEOPLE_ENDINGS = (
    *("ers", "ors", "ists", "ians", "ants", "ents", "ees", "ards", "armes", "men", "ives"),
    *("ren", "les", "ics"),
)


def counts_people(nouns: list[str | None]) -> bool:
    """Whether every counted noun of a list counts people (by word or by its ending).

    Parameters
    ----------
    nouns
        The parts' counted nouns.

    Returns
    -------
    bool
        True where each noun's head is a noun of people ("civilians", "staff", "girls")
        or ends as nouns of people by what they do ("guards", "peacekeepers",
        "gendarmes"); False for things ("boats") or households and families, another
        unit than persons.

    Examples
    --------
    >>> counts_people(["civilians", "security guard", "policemen", "gendarmes"])
    True
    >>> counts_people(["fishermen", "boats"])
    False
    """
    for noun in nouns:
        if not noun:
            return False
        head = noun.split()[-1].lower()
        singular = head if head.endswith("s") else f"{head}s"
        if not (
            head in PEOPLE_NOUNS
            or singular in PEOPLE_NOUNS
            or head in _PEOPLE_HEADS
            or head.endswith(_PEOPLE_ENDINGS)
            or singular.endswith(_PEOPLE_ENDINGS)
        ):
            return False
    return True


_PEOPLE_HEADS = frozenset(("child", "woman", "man", "person", "people", "youth", "faculty"))
