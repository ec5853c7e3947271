"""The model's attribute rules (tag -> part of speech, with word and dependency exceptions) applied as
array operations instead of spaCy's Matcher.

The attribute_ruler of en_core_web_sm runs ~180 token patterns through the Matcher and costs about a
fifth of the whole pipeline; our rules read only the coarse part of speech (and the fine tag), so
the same patterns are compiled into masks over `Doc.to_array` and applied in the ruler's order
(later patterns win). Patterns that set neither POS nor TAG are dropped; any pattern this module
cannot express makes `compile_rules` return None, and the model's own ruler stays.
"""

import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_SET = ("POS", "TAG")


@dataclass(frozen=True)
class Rule:
    tokens: tuple[tuple[tuple[int, str, object], ...], ...]  # per pattern token: (column, op, operand)
    index: int  # the token of the match whose attributes are set
    pos: int | None
    tag: int | None


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    words: frozenset  # the words single-token rules name; every other word decides alike


def compile_rules(patterns: list[dict], strings) -> RuleSet | None:
    """Rules from an AttributeRuler's `patterns`, or None if any pattern uses a feature not handled."""
    rules = []
    for entry in patterns:
        attrs = {k: v for k, v in entry["attrs"].items() if k in _SET}
        if not attrs:
            continue
        if "POS" in attrs and attrs["POS"] not in POS_IDS:
            return None
        for pattern in entry["patterns"]:
            tokens = []
            for spec in pattern:
                checks = _checks(spec, strings)
                if checks is None:
                    return None
                tokens.append(checks)
            rules.append(Rule(tuple(tokens), entry.get("index", 0),
                              POS_IDS[attrs["POS"]] if "POS" in attrs else None,
                              strings.add(attrs["TAG"]) if "TAG" in attrs else None))
    words = set()
    for rule in rules:
        for col, op, operand in rule.tokens[0] if len(rule.tokens) == 1 else ():
            if col == _COLUMNS["LOWER"]:
                if op == "REGEX":
                    return None
                words |= operand if op != "==" else {operand}
    return RuleSet(tuple(rules), frozenset(words))


def _checks(spec: dict, strings) -> tuple | None:
    checks = []
    for key, value in spec.items():
        if key not in _COLUMNS:
            return None
        col = _COLUMNS[key]
        if key == "IS_SPACE":
            checks.append((col, "==", int(bool(value))))
        elif isinstance(value, str):
            checks.append((col, "==", strings.add(value)))
        elif isinstance(value, dict) and len(value) == 1:
            (op, operand), = value.items()
            if op in ("IN", "NOT_IN"):
                checks.append((col, op, frozenset(strings.add(v) for v in operand)))
            elif op == "REGEX" and key == "LOWER":
                checks.append((col, op, re.compile(operand)))
            else:
                return None
        else:
            return None
    return tuple(checks)


def apply_rules(doc, ruleset: RuleSet, memo: dict) -> None:
    """Set POS and TAG on `doc` as the ruler's patterns would. Single-token rules are decided once per
    distinct (tag, named word or none, dependency, space) and remembered in `memo`; the few
    multi-token rules run as array masks and win over single-token rules that come before them."""
    rules, words = ruleset.rules, ruleset.words
    n = len(doc)
    if not n:
        return
    cols = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
    out = doc.to_array([POS, TAG])
    order = np.full((n, 2), -1)
    strings = doc.vocab.strings
    for i, (tag, word, dep, space) in enumerate(cols.tolist()):
        key = (tag, word if word in words else 0, dep, space)
        decided = memo.get(key)
        if decided is None:
            decided = memo[key] = _decide(key, rules, strings)
        for a, (rank, value) in enumerate(decided):
            if rank >= 0:
                out[i, a], order[i, a] = value, rank
    for rank, rule in enumerate(rules):
        width = len(rule.tokens)
        if width == 1 or width > n:
            continue
        mask = np.ones(n - width + 1, dtype=bool)
        for offset, checks in enumerate(rule.tokens):
            window = cols[offset: offset + n - width + 1]
            for col, op, operand in checks:
                mask &= np.array([_test(int(v), op, operand, strings) for v in window[:, col]], dtype=bool)
        hits = np.flatnonzero(mask) + rule.index
        for a, value in enumerate((rule.pos, rule.tag)):
            if value is not None:
                won = hits[order[hits, a] < rank]
                out[won, a], order[won, a] = value, rank
    doc.from_array([POS, TAG], out)


def _decide(key: tuple, rules: tuple[Rule, ...], strings) -> tuple:
    """(rank, value) of the last single-token rule setting POS, and of the last setting TAG."""
    decided = [(-1, 0), (-1, 0)]
    for rank, rule in enumerate(rules):
        if len(rule.tokens) == 1 and all(_test(key[col], op, operand, strings) for col, op, operand in rule.tokens[0]):
            for a, value in enumerate((rule.pos, rule.tag)):
                if value is not None:
                    decided[a] = (rank, value)
    return tuple(decided)


def _test(value: int, op: str, operand, strings) -> bool:
    if op == "==":
        return value == operand
    if op == "IN":
        return value in operand
    if op == "NOT_IN":
        return value not in operand
    return bool(operand.search(strings[value]))
