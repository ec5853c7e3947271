"""Schwartz & Hearst (2003) abbreviation detection: "long form (SF)" pairs in running text.

A plain function on strings, so it can be tested and reused without spaCy; the pipeline
component in `kg.extract.components` stores its results on the Doc.
"""

import re
from dataclasses import dataclass

_PAREN = re.compile(r"\(([^()]{1,12})\)")
# "SF (long form)": a short form, then its expansion of two to ten words in parentheses.
_SHORT_THEN_LONG = re.compile(r"(?<![\w-])([A-Za-z][\w-]{1,9})\s*\(([^()]{4,80})\)")
_SPLIT = re.compile(r"[\s\-/]+")
_LATEX_WRAP = re.compile(r"^\\[a-zA-Z]+\{([^{}]+)\}$")  # \textbf{...}, \emph{...} around an expansion
# "Generalized Instruction Tuning (called GLAN)": a title-case name, then the name it goes by.
_CALLED = re.compile(r"((?:[A-Z][\w-]*\s+){1,6}[A-Z][\w-]*)\s+\((?:called|named|dubbed|termed|aka|a\.k\.a\.)\s+"
                     r"([A-Za-z][\w-]{1,19})\)")


@dataclass(frozen=True, slots=True)
class Abbreviation:
    long_start: int
    long_end: int
    short_start: int
    short_end: int
    long: str
    short: str


def _is_short_form(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 2
        and 2 <= len(text) <= 10
        and any(c.isalpha() for c in text)
        and text[0].isalnum()
        and any(c.isupper() for c in text)
    )


def _best_long_form(short: str, candidate: str) -> int | None:
    """Start index in `candidate` of the shortest long form covering `short` (the S&H scan)."""
    s = len(short) - 1
    l = len(candidate) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while l >= 0 and (candidate[l].lower() != c or (s == 0 and l > 0 and candidate[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    start = candidate.rfind(" ", 0, l + 1) + 1
    return start


_AROUND_LONG = " ,;:\"'*_"  # punctuation, quotes and Markdown emphasis ("**Vector Quantization (VQ)**")


_NO_NAME_OPENS = {"more", "less", "very", "also", "only", "than", "much"}  # not "most frequent sense"

# "we propose Mutual-Information Regularized Policy Optimization, MIPO.": a title-case name, a comma, then
# its short form, which ends the clause
_COMMA_SHORT = re.compile(r"((?:[A-Z][\w-]*\s+)(?:(?:[A-Z][\w-]*|of|for|and|the|in|on|with)\s+){0,7}[A-Z][\w-]*)"
                          r",\s+([A-Z][A-Za-z0-9-]{1,9})(?=[.;:]|,\s+(?:which|that|a|an)\b)")


def find_abbreviations(text: str) -> list[Abbreviation]:
    """All (long form, short form) pairs defined as `long form (SF)`, `SF (long form)` or
    `Long Form (called SF)` in `text`."""
    found = _short_then_long(text) + _called(text) + _name_then_expansion(text) + _comma_short(text)
    for m in _PAREN.finditer(text):
        short = m.group(1).strip()
        if not _is_short_form(short) or short.lower() in {"e.g", "i.e", "ie", "eg", "cf"}:
            continue
        before = text[: m.start()].rstrip()
        # Candidate window: at most min(|SF| + 5, 2|SF|) words before the parenthesis, same clause.
        max_words = min(len(short) + 5, 2 * len(short))
        clause_start = max(before.rfind(sep) for sep in (". ", "; ", ": ", ", ", "(", "\n")) + 1
        window_text = before[clause_start:]
        words = list(re.finditer(r"\S+", window_text))[-max_words:]
        if not words:
            continue
        offset = clause_start + words[0].start()
        candidate = before[offset:]
        start = _best_long_form(short, candidate)
        if start is None:
            continue
        start = min(start, _initials_long_form(short, candidate))
        long = candidate[start:].strip(_AROUND_LONG)
        lwords = [w for w in _SPLIT.split(long) if w]
        if not long or len(long) <= len(short) or len(lwords) > max_words or short.lower() in long.lower().split() \
                or "**" in long or lwords[0].lower() in _NO_NAME_OPENS:
            # "**En**hancing **C**lustering (EnC)": letters marked, not a name written; "more successful in
            # gradient-based model editing (MEND)": letters found in a clause, not a name
            continue
        long_start = offset + start + (len(candidate[start:]) - len(candidate[start:].lstrip(_AROUND_LONG)))
        found.append(Abbreviation(long_start, long_start + len(long), m.start(1) + m.group(1).index(short),
                                  m.start(1) + m.group(1).index(short) + len(short), long, short))
    return found


_SKIPPABLE = {"of", "and", "for", "the", "in", "on", "to", "with", "a", "an", "by", "via"}


def _initials_long_form(short: str, candidate: str) -> int:
    """Start index in `candidate` of the words whose initials spell `short`, skipping small function
    words; len(candidate) when none do. The S&H scan takes the shortest cover and may find a letter
    inside a word: "Extendable Exponent Sharing (EES)" gave "Exponent Sharing". A hyphenated word gives
    the initials of its parts ("Mixture-of-Personas (MoP)") or its own ("Transformer-based Text
    Autoencoder (T-TA)")."""
    letters = [c.lower() for c in short if c.isalnum()]
    for words in (r"[^\s\-/]+", r"[^\s/]+"):
        parts = [(m.start(), m.group()) for m in re.finditer(words, candidate)]
        i = len(letters)
        for start, part in reversed(parts):
            word = part.strip(_AROUND_LONG + "()")
            if i and word[:1].lower() == letters[i - 1]:
                i -= 1
                if i == 0:
                    return start
            elif word.lower() not in _SKIPPABLE:
                break
    return len(candidate)


def _short_then_long(text: str) -> list[Abbreviation]:
    """Schwartz & Hearst's other order: the expansion must start with the short form's first letter
    and cover its letters in order, and the short form must look like one ("OREO", "KV")."""
    found = []
    for m in _SHORT_THEN_LONG.finditer(text):
        short, long, long_start = m.group(1), m.group(2).strip(), m.start(2)
        if wrapped := _LATEX_WRAP.match(long):  # "TEMPO (\textbf{Tree-Estimated Mean ...})"
            long, long_start = wrapped.group(1), m.start(2) + wrapped.start(1)
        lwords = [w for w in _SPLIT.split(long) if w]
        if not _is_short_form(short) or sum(c.isupper() for c in short) < 2 or not 2 <= len(lwords) <= 10:
            continue
        if long[0].lower() != short[0].lower() or _best_long_form(short, long) != 0:
            continue
        found.append(Abbreviation(long_start, long_start + len(long), m.start(1), m.end(1), long, short))
    return found


# "ScaleBiO: Scalable Bilevel Optimization for ...": a title's name, then the title-case words it stands for
# and the same after a verb of proposing: "we propose IRR: Image Review Rank, a novel evaluation framework"
_NAME_COLON = re.compile(r"(?:^|(?<=\bpropose )|(?<=\bproposes )|(?<=\bintroduce )|(?<=\bintroduces )|"
                         r"(?<=\bpresent )|(?<=\bpresents ))([A-Za-z][\w-]{1,19}): ((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)")


def _name_then_expansion(text: str) -> list[Abbreviation]:
    """A title's "Name: Long Form ...", where the name's capitals are the initials of the long form's
    words, in order and all of them ("SeerAttention: Learning Intrinsic ..." expands nothing)."""
    found = []
    for m in _NAME_COLON.finditer(text):
        short, words = m.group(1), m.group(2).split()
        capitals = [c for c in short if c.isupper()]
        for n in range(len(words), 1, -1):
            if capitals == [w[0] for w in words[:n]]:
                long = " ".join(words[:n])
                found.append(Abbreviation(m.start(2), m.start(2) + len(long), m.start(1), m.end(1), long, short))
                break
    return found


def _comma_short(text: str) -> list[Abbreviation]:
    """ "Name Of Several Words, NOSW.": the short form after a comma, its letters covering the whole name
    in order as Schwartz & Hearst require of a parenthesised one."""
    found = []
    for m in _COMMA_SHORT.finditer(text):
        long, short = m.group(1), m.group(2)
        start = _best_long_form(short, long) if _is_short_form(short) and sum(c.isupper() for c in short) >= 2 \
            else None
        if start is not None and (start == 0 or long[start - 1] == " ") and " " in long[start:]:
            found.append(Abbreviation(m.start(1) + start, m.end(1), m.start(2), m.end(2), long[start:], short))
    return found


def _called(text: str) -> list[Abbreviation]:
    """A name given outright: the letters need not match ("Generalized Instruction Tuning (called GLAN)")."""
    return [Abbreviation(m.start(1), m.end(1), m.start(2), m.end(2), m.group(1), m.group(2))
            for m in _CALLED.finditer(text)]
