"""Turn the assertions of a public word-to-number test file into a suite for score_numbers.

Run on demand (not a test)::

    .venv/bin/python benchmarks/numsuite_from_tests.py TEST_FILE.py OUT.json

Four libraries' English tests are read (rows of ``@pytest.mark.parametrize`` too), each
by what its assertions state:

- word2number (``w2n.word_to_num(S) == N``), text2num (``text2num(S, "en") == N``) and
  number-parser (``parse_number(S, LANG) == N``): the whole of ``S`` is one number, ``N``
  (``== None``, the library refusing ``S``, states nothing).
- text2num's ``alpha2digit(S, "en") == E``, numerizer's ``numerize(S) == E`` and
  number-parser's ``parse(S, LANG) == E``: the
  numbers of ``S`` are those written in digits in ``E`` (``25``, ``+20``, ``12.99``,
  ``3/4``, ``21st``: an ordinal); when ``E`` is one such number, its surface is all of
  ``S``, else unknown. An ``E`` equal to an ``S`` without digits states that ``S`` holds
  no number (a case with no results).

Left out, because they state nothing about the text: assertions that a call raises (the
library refuses an input, which may still hold a number: "112-"), calls with a keyword
option (``relaxed=``, ``ordinal_threshold=``, ``ignore=``, ``bias=``: what the library
does when asked), and outputs equal to an input with digits (``numerize`` leaves digits
alone; "27 Oct 2006 7:30am" says nothing of what they are).

The output is a Recognizers-Text spec (``[{"Input", "Results": [{"Text", "TypeName",
"Resolution": {"value"}}]}]``) whose ``Text`` is null where the surface is unknown, each
case also with ``"Source": "<file>:<line>"``.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from fractions import Fraction
from pathlib import Path

# A number written in digits in an expected output: sign, digits, decimals or a slash
# fraction, an ordinal suffix.
_DIGITS = re.compile(r"(?<![\w/])([+-]?)(\d+)(?:\.(\d+)|/(\d+))?(st|nd|rd|th)?(?![\w/])")
_FUNCTIONS = frozenset(["word_to_num", "text2num", "parse_number", "alpha2digit", "numerize",
                        "parse"])  # fmt: skip
# The functions that read their whole input as one number.
_WHOLE = frozenset(["word_to_num", "text2num", "parse_number"])


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute):
            return func.attr
        if isinstance(func, ast.Name):
            return func.id
    return None


def _value(node: ast.AST, names: dict[str, object]) -> object:
    if isinstance(node, ast.Name):
        return names.get(node.id)
    if isinstance(node, ast.Call) and _name(node) == "str" and node.args:
        inner = _value(node.args[0], names)
        return None if inner is None else str(inner)
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def _number_text(value: float | Fraction) -> str:
    if isinstance(value, Fraction):
        value = float(value)
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def results_of(source: str, expected: str, call: str) -> list[dict] | None:
    """The expected results of one call on ``source``, or None when they state nothing."""
    if call in _WHOLE:
        if expected == "None":
            return None  # the library refuses the input ("1 2", "twenty 1")
        return [{"Text": source, "TypeName": "number", "Resolution": {"value": expected}}]
    if expected == source:
        return None if re.search(r"\d", source) else []
    found = list(_DIGITS.finditer(expected))
    whole = len(found) == 1 and found[0].group(0) == expected.strip()
    out = []
    for match in found:
        sign, digits, decimals, denominator, suffix = match.groups()
        if denominator:
            value: float | Fraction = Fraction(int(digits), int(denominator))
        else:
            value = float(f"{digits}.{decimals}" if decimals else digits)
        if sign == "-":
            value = -value
        out.append(
            {
                "Text": source if whole else None,
                "TypeName": "ordinal" if suffix else "number",
                "Resolution": {"value": _number_text(value)},
            }
        )
    return out


def cases_of(path: Path) -> list[dict]:
    """Every case the assertions of ``path`` state, in the order of the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    cases: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        # Assignments and assertions in the order of the source: a name ("source") is
        # rebound between assertions.
        events: list[tuple[int, int, ast.AST]] = []
        for node in ast.walk(function):
            if isinstance(node, (ast.Assign, ast.Compare)) or (
                isinstance(node, ast.Call) and _name(node) == "assertEqual"
            ):
                events.append((node.lineno, node.col_offset, node))
        for parameters in _parameter_sets(function):
            _assertions(path, function, events, parameters, cases, seen)
    cases.sort(key=lambda c: int(c["Source"].rsplit(":", 1)[1]))
    return cases


def _parameter_sets(function: ast.FunctionDef) -> list[dict[str, object]]:
    """The arguments of each run of a test: ``@pytest.mark.parametrize`` rows, or none."""
    for decorator in function.decorator_list:
        if _name(decorator) == "parametrize" and isinstance(decorator, ast.Call):
            names = [n.strip() for n in str(_value(decorator.args[0], {})).split(",")]
            rows = _value(decorator.args[1], {})
            if isinstance(rows, list):
                return [dict(zip(names, row, strict=True)) for row in rows]
    return [{}]


def _assertions(
    path: Path,
    function: ast.FunctionDef,
    events: list[tuple[int, int, ast.AST]],
    parameters: dict[str, object],
    cases: list[dict],
    seen: set[tuple[str, str]],
) -> None:
    """Add the cases that the assertions of one run of ``function`` state."""
    names: dict[str, object] = dict(parameters)
    for line, _, node in sorted(events, key=lambda e: (e[0], e[1])):
        if isinstance(node, ast.Assign):
            if isinstance(node.targets[0], ast.Name):
                names[node.targets[0].id] = _value(node.value, names)
            continue
        if isinstance(node, ast.Call):
            left, right = node.args[0], node.args[1]
        elif isinstance(node, ast.Compare) and isinstance(node.ops[0], ast.Eq):
            left, right = node.left, node.comparators[0]
        else:
            continue
        call, other = (left, right) if _name(left) in _FUNCTIONS else (right, left)
        name = _name(call)
        if name not in _FUNCTIONS or not isinstance(call, ast.Call) or call.keywords:
            continue
        # numerize's tables: `for k, v in strings.items(): numerize(v) == str(k)`.
        for source, expected in _loop_pairs(function, call, other, names):
            if not isinstance(source, str) or expected is None:
                continue
            if (source, str(expected)) in seen:  # the same assertion again
                continue
            seen.add((source, str(expected)))
            results = results_of(source, str(expected), name)
            if results is not None:
                cases.append({"Input": source, "Source": f"{path.name}:{line}", "Results": results})


def _loop_pairs(
    function: ast.FunctionDef, call: ast.Call, other: ast.AST, names: dict[str, object]
) -> list[tuple[object, object]]:
    """The (input, expected) pairs of one assertion, over the table a loop walks if any."""
    argument = call.args[0]
    source = _value(argument, names)
    expected = _value(other, names)
    if source is not None and expected is not None:
        return [(source, expected)]
    for loop in (n for n in ast.walk(function) if isinstance(n, ast.For)):
        iterated = loop.iter
        if not (
            isinstance(loop.target, ast.Tuple)
            and isinstance(iterated, ast.Call)
            and isinstance(iterated.func, ast.Attribute)
            and isinstance(iterated.func.value, ast.Name)
            and isinstance(names.get(iterated.func.value.id), dict)
        ):
            continue
        table = names[iterated.func.value.id]
        key, item = (t.id for t in loop.target.elts if isinstance(t, ast.Name))
        out: list[tuple[object, object]] = []
        for k, v in table.items():  # type: ignore[union-attr]
            for one in v if isinstance(v, list) else [v]:
                # Any other name is the inner loop's: an element of a listed item.
                bound = {key: k, item: one}
                pair = (_bound(argument, bound, one), _bound(other, bound, one))
                if pair not in out:
                    out.append(pair)
        return out
    return []


def _bound(node: ast.AST, bound: dict[str, object], default: object) -> object:
    if isinstance(node, ast.Name):
        return bound.get(node.id, default)
    if isinstance(node, ast.Call) and _name(node) == "str" and node.args:
        return str(_bound(node.args[0], bound, default))
    return _value(node, {})


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    source, target = Path(args[0]), Path(args[1])
    cases = cases_of(source)
    target.write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{source.name}: {len(cases)} cases -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
