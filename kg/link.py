"""Linking: per-paper entities become corpus entities with stable keys.

Acronyms, spelling variants ("GPT4" / "GPT-4"), plural forms and the names a gazetteer knows
resolve to one key; a bare acronym resolves to its expansion when the corpus defines exactly one.
The result depends only on the set of extractions, not on their order or on how they were
chunked across worker processes, so re-runs give the same graph.
"""

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

from .extract.gazetteer import Gazetteer
from .extract.normalize import fold, model_parts, singular_key
from .records import (ENTITY_TYPES, PAPER, Corpus, Entity, Extraction, LinkedEntity, LinkedMention, LinkedPaper,
                      Relation, allowed)


def entity_key(name: str, known: Gazetteer | None = None) -> str:
    """The identity of a name: the gazetteer's canonical name if it knows it, else its own normal form."""
    if known is not None:
        entry = known.lookup(name)
        if entry is not None:
            name = entry.name
    key = singular_key(name)
    if not key or len(key) > 80:
        digest = hashlib.sha1(fold(name).encode("utf-8")).hexdigest()[:12]
        key = f"{key[:60]}-{digest}" if key else f"u-{digest}"
    return key


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return 2 <= len(form) <= 10 and " " not in form and sum(c.isupper() for c in letters) >= 2


def link(extractions: Iterable[Extraction], known: Gazetteer | None = None) -> Corpus:
    extractions = list(extractions)

    # Acronyms the corpus defines: acronym key -> expansion keys.
    expansions: dict[str, set[str]] = defaultdict(set)
    for x in extractions:
        for e in x.entities:
            for alias in e.aliases:
                if _is_acronym(alias) and not _is_acronym(e.name):
                    expansions[singular_key(alias)].add(entity_key(e.name, known))

    def key_of(e: Entity) -> str:
        own = entity_key(e.name, known)
        if _is_acronym(e.name):
            found = expansions.get(singular_key(e.name), set())
            if len(found) == 1:
                return next(iter(found))
        return own

    names: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    generic: dict[str, Counter] = defaultdict(Counter)
    papers = []
    for x in extractions:
        local = {}
        mentions = []
        for e in x.entities:
            key = key_of(e)
            local[e.name] = key
            names[key][e.name] += 1
            types[key][e.type] += 1
            aliases[key].update(e.aliases)
            generic[key][e.generic] += 1
            mentions.extend(LinkedMention(key, m) for m in e.mentions)
        relations = []
        for r in x.relations:
            head = PAPER if r.head == PAPER else local.get(r.head)
            tail = PAPER if r.tail == PAPER else local.get(r.tail)
            if head is None or tail is None or head == tail:
                continue
            relations.append(Relation(head, r.rel, tail, r.confidence, r.evidence, r.extractor))
        papers.append(LinkedPaper(x.paper, tuple(mentions), tuple(relations)))

    entities = {}
    for key in sorted(names):
        name = min(names[key].items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]
        etype = min(types[key].items(), key=lambda kv: (-kv[1], ENTITY_TYPES.index(kv[0])))[0]
        alias_set = sorted({a for a in aliases[key] | set(names[key]) if a.casefold() != name.casefold()})
        is_generic = etype in {"Method", "Task", "Metric"} and generic[key][True] > generic[key][False]
        family = version = size = None
        if etype == "Model":
            family, version, size = model_parts(name)
        entities[key] = LinkedEntity(key, name, etype, tuple(alias_set), is_generic, family, version, size)

    def kind(key: str) -> str:
        return PAPER if key == PAPER else entities[key].type

    # Types are voted across papers; a relation whose ends changed type out of its signature is dropped.
    papers = [LinkedPaper(lp.paper, lp.mentions,
                          tuple(r for r in lp.relations if allowed(r.rel, kind(r.head), kind(r.tail))))
              for lp in papers]
    return Corpus(tuple(papers), entities)
