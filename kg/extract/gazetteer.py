"""Gazetteers of well-known names, kept as data files (`data/*.tsv`), matched with spaCy's PhraseMatcher.

Entries with a capital letter match case-sensitively ("MATH" the dataset, not "math"), but a
technique's title-case name also matches in lower case ("direct preference optimization"); the
others match on lower case, with hyphen/space and plural variants.
"""

import re
from dataclasses import dataclass
from importlib import resources

from spacy.matcher import PhraseMatcher

from .normalize import singular_key

FILES = {"Model": "models.tsv", "Dataset": "datasets.tsv", "Metric": "metrics.tsv",
         "Method": "methods.tsv", "Task": "tasks.tsv"}


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    type: str
    generic: bool
    aliases: tuple[str, ...]


MINED = "tdmsci.tsv"  # name, type, generic, aliases; written by kg.extract.tdmsci


def load_entries(include_mined: bool = True) -> list[Entry]:
    """Hand-written entries first (they win on a shared name), then names mined from TDMSci."""
    entries = []
    folder = resources.files("kg.extract") / "data"
    for etype, filename in FILES.items():
        for cols in _rows(folder / filename):
            entries.append(Entry(cols[0], etype, cols[1].strip() == "1", _aliases(cols, 2)))
    mined = folder / MINED
    if include_mined and mined.is_file():
        for cols in _rows(mined):
            entries.append(Entry(cols[0], cols[1], cols[2].strip() == "1", _aliases(cols, 3)))
    return entries


def _rows(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _aliases(cols, index) -> tuple[str, ...]:
    return tuple(a for a in (cols[index].split("|") if len(cols) > index else []) if a)


def _variants(form: str) -> set[str]:
    out = {form}
    if "-" in form:
        out.add(form.replace("-", " "))
    if form.islower() and " " in form:
        out.add(form.replace(" ", "-"))
    if form.islower() and not form.endswith("s"):
        out |= {v + "s" for v in list(out)}
    return out


def _title_case_words(form: str) -> bool:
    """ "Direct Preference Optimization", not "MATH", "GPT-4" or one word."""
    words = form.split()
    return len(words) > 1 and all(w[0].isupper() and w[1:] == w[1:].lower() and w[1:].isalpha() for w in words)


class Gazetteer:
    """Looks up known names in a Doc and by key."""

    def __init__(self, vocab, make_doc, entries: list[Entry] | None = None):
        self.entries = entries if entries is not None else load_entries()
        self.by_key: dict[str, Entry] = {}
        self.cased = PhraseMatcher(vocab, attr="ORTH")
        self.uncased = PhraseMatcher(vocab, attr="LOWER")
        cased_forms: dict[str, list] = {}
        uncased_forms: dict[str, list] = {}
        for i, entry in enumerate(self.entries):
            for form in (entry.name, *entry.aliases):
                self.by_key.setdefault(singular_key(form), entry)
                target = cased_forms if any(c.isupper() for c in form) else uncased_forms
                for variant in _variants(form):
                    target.setdefault(variant, []).append(i)
                if target is cased_forms and re.match(r"[a-z]{3}", form):
                    # "best-of-N sampling", "pass@k" open a sentence or a title with a capital
                    target.setdefault(form[0].upper() + form[1:], []).append(i)
                if entry.type == "Method" and _title_case_words(form):
                    # "direct preference optimization": a technique is also written in lower case
                    for variant in _variants(form.lower()):
                        uncased_forms.setdefault(variant, []).append(i)
        self._ids = {}
        for matcher, forms in ((self.cased, cased_forms), (self.uncased, uncased_forms)):
            for form, idxs in forms.items():
                key = f"gaz:{idxs[0]}"
                self._ids[vocab.strings.add(key)] = self.entries[idxs[0]]
                matcher.add(key, [make_doc(form)])

    def lookup(self, text: str) -> Entry | None:
        return self.by_key.get(singular_key(text))

    def matches(self, doc):
        """(start_token, end_token, entry) for every known name in the Doc."""
        for matcher in (self.cased, self.uncased):
            for match_id, start, end in matcher(doc):
                yield start, end, self._ids[match_id]
