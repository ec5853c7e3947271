"""Typed records passed between stages. Plain data: no storage or library types inside."""

import hashlib
import re
from dataclasses import dataclass, field

ENTITY_TYPES = ("Model", "Method", "Dataset", "Metric", "Task")
RELATIONS = ("proposes", "evaluatesOn", "outperforms", "usesMetric", "addressesTask")
PAPER = "PAPER"

# (head types, tail types) each relation allows (GUIDELINES.md); PAPER is a head like a type.
SIGNATURES = {
    "proposes": ({PAPER}, set(ENTITY_TYPES)),
    "evaluatesOn": ({PAPER, "Method", "Model"}, {"Dataset"}),
    "outperforms": ({PAPER, "Method", "Model"}, {"Method", "Model"}),
    "usesMetric": ({PAPER, "Method", "Model", "Dataset"}, {"Metric"}),
    "addressesTask": ({PAPER, "Method", "Model", "Dataset"}, {"Task"}),
}


def allowed(rel: str, head_type: str, tail_type: str) -> bool:
    heads, tails = SIGNATURES[rel]
    return head_type in heads and tail_type in tails


def title_key(title: str) -> str:
    """The guidelines' normal form of a title: what makes two listings the same paper."""
    return re.sub(r"\W+", " ", title.lower()).strip()


def paper_id(title: str) -> str:
    """First 10 hex digits of SHA-1 of the normalised title (GUIDELINES.md, record format)."""
    return hashlib.sha1(title_key(title).encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True, slots=True)
class Paper:
    title: str
    abstract: str
    source: str = ""
    line: int | None = None
    external_id: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    author_count: int | None = None
    organisation: str | None = None
    upvotes: int | None = None
    venue: str | None = None
    url: str | None = None
    code_urls: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return paper_id(self.title)

    def text(self, fld: str) -> str:
        return self.title if fld == "title" else self.abstract


@dataclass(frozen=True, slots=True)
class Span:
    """Where something was read: field of the paper and character offsets (end exclusive)."""

    field: str
    start: int
    end: int
    text: str


Mention = Span
Evidence = Span


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    generic: bool = False
    mentions: tuple[Mention, ...] = ()
    family: str | None = None
    version: str | None = None
    size: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """head and tail are entity names within a paper (or PAPER); after linking, entity keys."""

    head: str
    rel: str
    tail: str
    confidence: float
    evidence: Evidence
    extractor: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one paper; entity names are canonical within the paper."""

    paper: Paper
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = field(default=())

    def to_record(self) -> dict:
        """The record format of GUIDELINES.md, with mentions, evidence and confidence."""
        return {
            "id": self.paper.id,
            "title": self.paper.title,
            "entities": [
                {
                    "name": e.name,
                    "type": e.type,
                    "aliases": list(e.aliases),
                    "generic": e.generic,
                    **({"family": e.family} if e.family else {}),
                    **({"version": e.version} if e.version else {}),
                    **({"size": e.size} if e.size else {}),
                    "mentions": [_span(m) for m in e.mentions],
                }
                for e in self.entities
            ],
            "relations": [
                {
                    "head": r.head,
                    "rel": r.rel,
                    "tail": r.tail,
                    "confidence": r.confidence,
                    "extractor": r.extractor,
                    "evidence": _span(r.evidence),
                }
                for r in self.relations
            ],
        }


def _span(s: Span) -> dict:
    return {"field": s.field, "start": s.start, "end": s.end, "text": s.text}


@dataclass(frozen=True, slots=True)
class LinkedEntity:
    """One entity of the whole corpus. `key` is its stable identity; the RDF mapping mints its IRI."""

    key: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    generic: bool = False
    family: str | None = None
    version: str | None = None
    size: str | None = None


@dataclass(frozen=True, slots=True)
class LinkedMention:
    entity: str  # LinkedEntity.key
    span: Mention


@dataclass(frozen=True, slots=True)
class LinkedPaper:
    paper: Paper
    mentions: tuple[LinkedMention, ...] = ()
    relations: tuple[Relation, ...] = ()  # ends are LinkedEntity keys or PAPER


@dataclass(frozen=True)
class Corpus:
    """The linked corpus: papers with their mentions and relations, and the entities they share."""

    papers: tuple[LinkedPaper, ...]
    entities: dict[str, LinkedEntity]
