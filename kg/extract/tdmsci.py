"""Mines the TDMSci training data (Hou et al., EACL 2021) into a gazetteer data file.

    python -m kg.extract.tdmsci ../shared/external/tdmsci/train_1500_v2.conll

writes `kg/extract/data/tdmsci.tsv` (name, type, generic, aliases). TDMSci tags task, dataset
and metric mentions in running NLP text, including generic words ("translation",
"classification"); only specific names are kept: multi-word tasks, capitalised datasets, and
metrics. Names already in the hand-written gazetteers keep their entry there.
"""

import re
import sys
from collections import Counter
from pathlib import Path

from .entities import FIELDS
from .gazetteer import FILES, load_entries
from .normalize import singular_key

TYPES = {"TASK": "Task", "DATASET": "Dataset", "METRIC": "Metric"}
OUTPUT = Path(__file__).with_name("data") / "tdmsci.tsv"
_TOO_GENERIC = FIELDS | {"nlp", "language processing", "text",  # fields are not tasks
                         "data", "dataset", "datasets", "corpus", "corpora", "forums", "test set", "test sets",
                         "training data", "training set", "development set", "news", "reviews", "tweets"}


def mentions(path: Path):
    """(type, surface) for every BIO-tagged mention; columns: token, offset, tag."""
    current, label = [], None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        tag = parts[-1] if parts else "O"
        if current and not tag.startswith("I-"):
            yield label, _detokenize(current)
            current, label = [], None
        if tag.startswith("B-"):
            current, label = [parts[0]], TYPES[tag[2:]]
        elif tag.startswith("I-") and current:
            current.append(parts[0])


def _detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"(\d) \. (\d)", r"\1.\2", text)
    text = re.sub(r"\(\s*", "(", text)
    return re.sub(r"\s*\)", ")", text).strip()


_MEASURE_HEADS = {"rate", "score", "error", "correlation", "measure", "accuracy", "precision", "recall", "distance",
                  "divergence", "ratio", "coefficient", "f1", "f-measure", "f-score", "perplexity", "agreement"}
_FUNCTION_WORDS = {"of", "and", "or", "for", "in", "on", "with", "to", "from", "by", "per", "the", "a", "an"}


def keep(etype: str, name: str) -> bool:
    """Specific names only: no generic words, clauses, or line-break hyphenation ("er-rors")."""
    low = name.lower()
    words = low.split()
    if low in _TOO_GENERIC or len(name) < 2 or not re.search(r"[A-Za-z]", name) or "(" in name:
        return False
    if re.search(r"[a-z]-[a-z]", name) and not re.search(r"\b(multi|cross|non|co|pre|re|self|semi|sub)-", low):
        return False
    if set(words) & _FUNCTION_WORDS:
        return False
    if etype == "Task":
        return 2 <= len(words) <= 4 and name == low  # "dependency parsing", not "parsing" nor "Parsing"
    if etype == "Dataset":
        return any(c.isupper() for c in name) and len(words) <= 5
    # A metric is a name (BLEU, LAS) or a measure phrase ("word error rate"); single English words
    # ("focus", "coverage", "errors") are not.
    return len(words) <= 3 and (bool(re.search(r"[A-Z0-9@]", name)) or (
        len(words) >= 2 and words[-1] in _MEASURE_HEADS))


def mine(path: Path) -> list[tuple[str, str, bool, tuple[str, ...]]]:
    known = {singular_key(form) for e in load_entries(include_mined=False) for form in (e.name, *e.aliases)}
    # "Treebank", "BOOKS": a one-word dataset the text also writes in lower case is a common noun,
    # capitalised at a sentence start or as a domain label
    common = {line.split()[0] for line in path.read_text(encoding="utf-8").splitlines()
              if line.strip() and line.split()[0].islower()}
    counts = Counter()
    for etype, surface in mentions(path):
        m = re.fullmatch(r"(.+?)\s*\((\S+)\)", surface)  # "word error rate (WER)"
        name, alias = (m.group(1), m.group(2)) if m else (surface, None)
        if etype == "Task":
            name = re.sub(r"\s+tasks?$", "", name)  # "the entity linking task" names "entity linking"
        if etype == "Dataset" and name.lower() in common:
            continue
        if keep(etype, name):
            counts[(etype, name, alias)] += 1
    rows, seen = [], set(known)
    for (etype, name, alias), _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1], kv[0][2] or "")):
        key = singular_key(name)
        if key in seen:
            continue
        seen.add(key)
        generic = etype != "Dataset" and name == name.lower()
        rows.append((name, etype, generic, (alias,) if alias and singular_key(alias) not in seen else ()))
    return sorted(rows, key=lambda r: (r[1], r[0].lower()))


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        sys.exit(__doc__)
    rows = mine(Path(argv[0]))
    lines = ["# name\ttype\tgeneric\taliases. Mined from TDMSci (Apache-2.0) by `python -m kg.extract.tdmsci`."]
    lines += [f"{name}\t{etype}\t{int(generic)}\t{'|'.join(aliases)}" for name, etype, generic, aliases in rows]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} names to {OUTPUT} ({', '.join(sorted(FILES))} stay as they are)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
