"""How many tally readings survive the noise real pages add to a sentence.

Run on demand (not a test)::

    .venv/bin/python benchmarks/perturb_tallies.py [--show NAME] [--limit N]

Every golden sentence of ``tests/data/tallies_golden.json`` that holds a tally is read
clean, then rewritten as real pages print such sentences (a dateline before it, a year,
a citation, a cross-reference or the period it covers after it, who reported it before
or after it, an aside in parentheses, an acronym after a body's name, a note's number
glued to its last word, no-break spaces in its figures, the day inside a vote's frame,
...) and read again. A
reading survives where it keeps its tallies: the same totals, the same figures, and
labels that share a content word with the clean ones (the rule of
``benchmarks/score_tallies.py``). The clean reading of the same run is the baseline, so
the figures are ratios a change can be compared by; a rewrite that raises an exception
is counted apart, as a crash. ``--show NAME`` prints the first readings one rewrite
changes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from score_tallies import content_words, readings  # noqa: E402

from surveystats.extract.tallies import tallies_in_text  # noqa: E402

GOLDEN = REPO / "tests" / "data" / "tallies_golden.json"
# Openings a sentence can lose its capital on when a prefix is put before it.
_COMMON_OPENINGS = ("The ", "A ", "An ", "Of ", "In ", "Some ", "About ", "Only ", "Most ")
_BODIES = {
    "Security Council": "Security Council (UNSC)",
    "General Assembly": "General Assembly (UNGA)",
    "the Committee": "the Committee (CERD)",
    "the Office": "the Office (OHCHR)",
    "the Mission": "the Mission (MONUSCO)",
}


def _after_opening(prefix: str) -> Callable[[str], str | None]:
    def rewrite(text: str) -> str | None:
        if not text.startswith(_COMMON_OPENINGS):
            return None
        return prefix + text[0].lower() + text[1:]

    return rewrite


def _before_full_stop(insert: str) -> Callable[[str], str | None]:
    def rewrite(text: str) -> str | None:
        return text[:-1] + insert + "." if text.endswith(".") else None

    return rewrite


def _aside_at_first_comma(text: str) -> str | None:
    at = text.find(", ")
    return text[:at] + " (as reported by the secretariat)" + text[at:] if at > 0 else None


def _acronym(text: str) -> str | None:
    name = next((name for name in _BODIES if name in text), None)
    return text.replace(name, _BODIES[name], 1) if name else None


# A vote's frame before its figures, where a page puts the day: "The vote was 88 to 17" ->
# "The vote on Thursday was 88 to 17" ("without a vote" names no vote's day).
_VOTE_BEFORE_FIGURES = re.compile(r"(?<!without a )\b[Vv]ote(?= was\b| were\b|,)")


def _vote_day(text: str) -> str | None:
    vote = _VOTE_BEFORE_FIGURES.search(text)
    return text[: vote.end()] + " on Thursday" + text[vote.end() :] if vote else None


def _no_break_spaces(text: str) -> str | None:
    spaced = re.sub(r"(?<=\d) (?=per cent|percent|million|billion)", "\xa0", text)
    return spaced if spaced != text else None


# Words of approximation that may already stand before a figure, or make another one odd.
_BEFORE_FIGURE = re.compile(
    r"(?:\b(?:the|a|an|some|about|nearly|almost|over|around|approximately|roughly|estimated"
    r"|least|than|to|from|by|between|and|of|[Rr]esolution|No\.|para\.|[A-Z][a-z]+)|[-–(/$€£])[ ]?$"
)
_VOTE_WORDS = ("vote", "voting", "ballot", "abstain", "abstention", "in favour", "against")
_WHOLE_AFTER_THE = re.compile(r"(?:(?<=\b[Oo]f the )|(?<=\b[Aa]mong the ))(?=\d)")
_SHARE = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?[ ]?(?:per cent|percent|%)")
_COUNT_BEFORE_NOUN = re.compile(r"(?<![\w.,])\d{2,3}(?:,\d{3})*(?![\w.,]\d)(?= [a-z])")


def _estimated_whole(text: str) -> str | None:
    """ "Of the 195 countries" -> "Of the estimated 195 countries" """
    whole = _WHOLE_AFTER_THE.search(text)
    return text[: whole.start()] + "estimated " + text[whole.start() :] if whole else None


def _qualified(pattern: re.Pattern[str], qualifier: str) -> Callable[[str], str | None]:
    """A rewrite that puts ``qualifier`` before the first figure of ``pattern`` bare of one."""

    def rewrite(text: str) -> str | None:
        if any(word in text.lower() for word in _VOTE_WORDS):
            return None  # "by nearly 120 votes to 3" is no way to report a vote
        for figure in pattern.finditer(text):
            if not _BEFORE_FIGURE.search(text[max(figure.start() - 16, 0) : figure.start()]):
                return text[: figure.start()] + qualifier + text[figure.start() :]
        return None

    return rewrite


def _spaced_thousands(text: str) -> str | None:
    """ "1,200 refugees" -> "1 200 refugees", as OCHA and other UN pages print figures."""
    spaced = re.sub(r"(?<![\d,.])(\d{1,3}),(?=\d{3}(?![\d,]))", r"\1 ", text)
    return spaced if spaced != text else None


def _serial_comma(text: str) -> str | None:
    """A list's last "and" with a comma before it where there was none, or none where one was."""
    last = re.search(r"(?<=\d)(?:,)? and (?=\d)", text) or re.search(r"(?:,)? and (?=\d)", text)
    if last is None:
        return None
    joint = " and " if last.group().startswith(",") else ", and "
    return text[: last.start()] + joint + text[last.end() :]


_SMALL_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# A figure before a capital, a month or "per" stays in digits ("4 May", "5 per cent").
_NO_WORDS_BEFORE = re.compile(
    r" (?:[A-Z]|per|January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)


def _dashes_for_brackets(text: str) -> str | None:
    """Asides in parentheses set off by dashes instead, inside a clause: "The 389 children
    (301 boys and 88 girls) were ..." -> "The 389 children — 301 boys and 88 girls — were
    ...". A sentence with an aside before a comma or stop is left alone: "— 21 per cent —,"
    is no way to write one."""
    asides = list(re.finditer(r" \(([^()]{1,200})\)(?=(.?))", text))
    if not asides or any(not aside[2] or aside[2] != " " for aside in asides):
        return None
    if not any(re.search(r"\d", aside[1]) for aside in asides):
        return None
    for aside in reversed(asides):
        text = text[: aside.start()] + " — " + aside[1] + " —" + text[aside.end() :]
    return text


def _small_count_in_words(text: str) -> str | None:
    """A count below ten after the first figure in words, as UN style writes it: "4" -> "four"."""
    first = re.search(r"\d", text)
    if first is None:
        return None
    small = re.compile(r"(?<![\w.,/%-])([1-9])(?![\w.,/%-]| ?%| per ?cent| percent)")
    later = small.search(text, first.end())
    if later is None or _NO_WORDS_BEFORE.match(text, later.end()):
        return None
    return text[: later.start()] + _SMALL_WORDS[int(later[1])] + text[later.end() :]


def _us_spelling(text: str) -> str | None:
    """ "in favour" -> "in favor", as United States pages write it."""
    spelled = text.replace("favour", "favor").replace("Favour", "Favor")
    return spelled if spelled != text else None


def _line_break(text: str) -> str | None:
    """A line break where a copied page broke the line, at the blank nearest the middle."""
    middle = len(text) // 2
    blank = text.find(" ", middle)
    return text[:blank] + "\n" + text[blank + 1 :] if blank > 0 else None


_SMALL_TITLE_WORDS = frozenset(
    ["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)


def _title_case(text: str) -> str | None:
    """The sentence as a press release's headline: "General Assembly Adopts 59 Texts ..." """
    if len(text) > 160:
        return None
    words = text.rstrip(".").split(" ")
    return " ".join(
        word if index and word in _SMALL_TITLE_WORDS else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _percent_sign(text: str) -> str | None:
    """ "41 per cent" -> "41%", as statistical annexes and press write shares."""
    signed = re.sub(r"(?<=\d) ?(?:per cent|percent)\b", "%", text)
    return signed if signed != text else None


_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNIT_WORDS = [*_SMALL_WORDS, "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"]
_UNIT_WORDS += ["sixteen", "seventeen", "eighteen", "nineteen"]
_OPENING_WORDS = re.compile(
    rf"^(?P<tens>{'|'.join(w.capitalize() for w in _TENS_WORDS)})(?:-(?P<unit>[a-z]+))?\b"
    rf"|^(?P<alone>{'|'.join(w.capitalize() for w in _UNIT_WORDS[10:])})\b"
)


def _digits_for_words(text: str) -> str | None:
    """A count in words that opens the sentence in digits: "Forty-seven" -> "47"."""
    opening = _OPENING_WORDS.match(text)
    if opening is None:
        return None
    if opening["alone"]:
        value = _UNIT_WORDS.index(opening["alone"].lower())
    else:
        unit = opening["unit"]
        if unit is not None and unit not in _SMALL_WORDS[1:]:
            return None
        value = 20 + 10 * _TENS_WORDS.index(opening["tens"].lower())
        value += _SMALL_WORDS.index(unit) if unit else 0
    return str(value) + text[opening.end() :]


def _double_space(text: str) -> str | None:
    """Two blanks where a copied page had one, before the first figure's word."""
    figure = re.search(r"\d", text)
    if figure is None:
        return None
    blank = text.find(" ", figure.start())
    return text[:blank] + "  " + text[blank + 1 :] if blank > 0 else None


def _broken_word(text: str) -> str | None:
    """A word of the sentence broken by a hyphen and a blank, as PDF text copies it:
    "abstentions" -> "absten- tions"."""
    word = re.search(r"(?<=[a-z] )([a-z]{4,6})([a-z]{4,})\b", text[len(text) // 3 :])
    if word is None:
        return None
    at = len(text) // 3 + word.start()
    return text[:at] + word[1] + "- " + word[2] + text[at + len(word[0]) :]


def _note_mid(text: str) -> str | None:
    """A note's number glued to the word before the first comma: "questionnaire,3" -> as ODS
    exports print the marker "questionnaire3,"."""
    comma = re.search(r"(?<=[a-z]),(?= )", text)
    return text[: comma.start()] + "3" + text[comma.start() :] if comma else None


# Plural nouns of groups as official English writes them: the names of categories of
# States and bodies as acronyms, the organs and units of an organization with capitals.
_OFFICIAL_SPELLINGS = {
    "least developed countries": "LDCs",
    "landlocked developing countries": "LLDCs",
    "small island developing States": "SIDS",
    "small island developing states": "SIDS",
    "non-governmental organizations": "NGOs",
    "non-governmental organisations": "NGOs",
    "civil society organizations": "CSOs",
    "internally displaced persons": "IDPs",
    "national human rights institutions": "NHRIs",
    "member States": "Member States",
    "member states": "Member States",
    "States parties": "States Parties",
    "country offices": "Country Offices",
    "regional offices": "Regional Offices",
    "field offices": "Field Offices",
    "peacekeeping operations": "Peacekeeping Operations",
    "peacekeeping missions": "Peacekeeping Missions",
    "district councils": "District Councils",
    "local councils": "Local Councils",
    "agencies": "Agencies",
    "districts": "Districts",
    "provinces": "Provinces",
    "governorates": "Governorates",
    "municipalities": "Municipalities",
    "regions": "Regions",
    "counties": "Counties",
    "departments": "Departments",
    "ministries": "Ministries",
    "committees": "Committees",
    "commissions": "Commissions",
}
_OFFICIAL_NOUN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted(map(re.escape, _OFFICIAL_SPELLINGS), key=len)[::-1])
    + r")(?![\w-])"
)


def _official_spellings(text: str) -> str | None:
    """Plural nouns of groups as official English writes them: "least developed countries"
    -> "LDCs", "member States" -> "Member States", "districts" -> "Districts"."""
    spelled = _OFFICIAL_NOUN.sub(lambda noun: _OFFICIAL_SPELLINGS[noun[0]], text)
    return spelled if spelled != text else None


REWRITES: dict[str, Callable[[str], str | None]] = {
    "year first": _after_opening("In 2023, "),
    "source first": _after_opening("According to the latest report, "),
    "reported speech": _after_opening("The Secretary-General noted that "),
    "said first": _after_opening("The report said "),
    "dateline": lambda text: "GENEVA (24 March 2016) - " + text,
    "wire dateline": lambda text: "JUBA, May 15 (Xinhua) -- " + text,
    "earlier sentence": lambda text: "The report was issued on Monday. " + text,
    "year last": _before_full_stop(" in 2023"),
    "date last": _before_full_stop(" as at 31 December 2022"),
    "source last": _before_full_stop(", according to UNHCR"),
    "said last": _before_full_stop(", the report said"),
    "reports last": _before_full_stop(", reports indicate"),
    "citation last": _before_full_stop(" (A/75/123, para. 4)"),
    "cross-reference": _before_full_stop(" (see para. 12 above)"),
    "years last": _before_full_stop(" in 2022-2023"),
    "period last": _before_full_stop(" during the reporting period"),
    "note glued": _before_full_stop("12"),
    "aside": _aside_at_first_comma,
    "acronym": _acronym,
    "no-break spaces": _no_break_spaces,
    "vote day": _vote_day,
    "estimated whole": _estimated_whole,
    "estimated share": _qualified(_SHARE, "an estimated "),
    "nearly count": _qualified(_COUNT_BEFORE_NOUN, "nearly "),
    "spaced thousands": _spaced_thousands,
    "serial comma": _serial_comma,
    "dashes for brackets": _dashes_for_brackets,
    "small count in words": _small_count_in_words,
    "US spelling": _us_spelling,
    "line break": _line_break,
    "connective first": _after_opening("In addition, "),
    "headline case": _title_case,
    "percent sign": _percent_sign,
    "digits for words": _digits_for_words,
    "double space": _double_space,
    "broken word": _broken_word,
    "note mid": _note_mid,
    "official spellings": _official_spellings,
}
# Rewrites that change words a label may hold: the clean labels are rewritten the same way.
_LABEL_REWRITES = frozenset(("official spellings",))


def _shape(found: list[dict]) -> list[tuple]:
    """Totals, figures and label words of a text's readings, in a comparable order."""
    shaped = []
    for reading in found:
        parts = sorted(
            (value, frozenset(content_words(" ".join(t for t in label if isinstance(t, str)))))
            for value, label in reading["parts"]
        )
        shaped.append((reading["total"], tuple(parts)))
    return sorted(shaped, key=repr)


def _relabelled(found: list[dict], rewrite: Callable[[str], str | None]) -> list[dict]:
    """``found`` with every label text rewritten by ``rewrite`` (unchanged where it is none)."""
    return [
        {
            **reading,
            "parts": [
                (value, tuple(rewrite(t) or t if isinstance(t, str) else t for t in label))
                for value, label in reading["parts"]
            ],
        }
        for reading in found
    ]


def _same(clean: list[tuple], noisy: list[tuple]) -> bool:
    if len(clean) != len(noisy):
        return False
    for (total, parts), (noisy_total, noisy_parts) in zip(clean, noisy, strict=True):
        if total != noisy_total or [v for v, _ in parts] != [v for v, _ in noisy_parts]:
            return False
        if any(a and b and not a & b for (_, a), (_, b) in zip(parts, noisy_parts, strict=True)):
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=list(REWRITES), help="print readings it changes")
    parser.add_argument("--limit", type=int, default=0, help="first N golden sentences only")
    parser.add_argument("--only", action="append", choices=list(REWRITES), help="these rewrites")
    args = parser.parse_args(argv)
    cases = [
        case["text"]
        for case in json.loads(GOLDEN.read_text(encoding="utf-8"))
        if case["tallies"] and "\n" not in case["text"] and case["text"].endswith(".")
    ]
    if args.limit:
        cases = cases[: args.limit]
    kept, tried, crashed = Counter(), Counter(), Counter()
    shown = 0
    for text in cases:
        clean = readings(tallies_in_text(text))
        if not clean:
            continue
        for name, rewrite in REWRITES.items():
            if args.only and name not in args.only:
                continue
            noisy_text = rewrite(text)
            if noisy_text is None:
                continue
            tried[name] += 1
            try:
                noisy = readings(tallies_in_text(noisy_text))
            except Exception as error:  # a crash is a finding: count it and go on
                crashed[name] += 1
                print(f"CRASH {name}: {noisy_text!r}: {type(error).__name__}: {error}")
                continue
            expected = _relabelled(clean, rewrite) if name in _LABEL_REWRITES else clean
            if _same(_shape(expected), _shape(noisy)):
                kept[name] += 1
            elif name == args.show and shown < 40:
                shown += 1
                print(f"-- {noisy_text}\n   clean {clean}\n   noisy {noisy}")
    print(f"{len(cases)} golden sentences with tallies; readings kept under each rewrite:")
    for name in args.only or REWRITES:
        share = kept[name] / tried[name] if tried[name] else float("nan")
        print(f"  {name:<17} {kept[name]:5}/{tried[name]:<5} {share:6.1%}  crashes {crashed[name]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
