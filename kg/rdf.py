"""RDF mapping: the linked corpus as triples of the kg ontology. The only place IRIs are minted.

Relations are both plain triples (`paper kg:proposes entity`) and reified `kg:Claim`s
(rdf:subject/predicate/object) carrying support count, confidence and one `kg:Evidence` per
supporting paper, so SPARQL can ask for provenance and Neo4j gets relationship properties.
"""

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DC, DCTERMS, PROV, RDFS, SKOS

from .records import PAPER, Corpus, LinkedEntity, LinkedPaper, Paper, Span
from .vocab import ID, KG

OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {"rdf": RDF, "kg": KG._NS, "id": ID, "dcterms": DCTERMS, "dc": DC, "skos": SKOS, "prov": PROV, "oa": OA,
            "schema": SCHEMA, "xsd": XSD, "rdfs": RDFS}
CLASS_OF_TYPE = {"Model": KG.Model, "Method": KG.Method, "Dataset": KG.Dataset, "Metric": KG.Metric,
                 "Task": KG.Task}
PREDICATE_OF_REL = {"proposes": KG.proposes, "evaluatesOn": KG.evaluatesOn, "outperforms": KG.outperforms,
                    "usesMetric": KG.usesMetric, "addressesTask": KG.addressesTask}
_DATES = ((re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date), (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
          (re.compile(r"^\d{4}$"), XSD.gYear), (re.compile(r"^--\d{2}-\d{2}$"), XSD.gMonthDay))
_UNSAFE = re.compile(r"[^A-Za-z0-9._~:-]")


def paper_iri(paper_id: str) -> URIRef:
    return ID[f"paper/{paper_id}"]


def entity_iri(key: str) -> URIRef:
    return ID[f"entity/{_segment(key)}"]


def _segment(text: str) -> str:
    """A path segment that is always a valid IRI part, whatever the text."""
    return _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode("utf-8")), text)


def _claim_id(head: str, rel: str, tail: str) -> str:
    return hashlib.sha1(f"{head}\x1f{rel}\x1f{tail}".encode("utf-8")).hexdigest()[:20]


def _date(value: str | None) -> Literal | None:
    for pattern, datatype in _DATES:
        if value and pattern.match(value):
            return Literal(value, datatype=datatype)
    return None


def _confidence(value: float) -> Literal:
    return Literal(Decimal(str(round(min(max(value, 0.0), 1.0), 3))), datatype=XSD.decimal)


def paper_triples(lp: LinkedPaper) -> Iterator[tuple]:
    pid = lp.paper.id  # a hash of the normalised title: worked out once, not once per mention
    s = paper_iri(pid)
    yield from paper_core_triples(lp.paper)
    for key in sorted({m.entity for m in lp.mentions}):
        yield s, KG.mentions, entity_iri(key)
    for m in lp.mentions:
        node = ID[f"mention/{pid}/{m.span.field}/{m.span.start}-{m.span.end}/{_segment(m.entity)}"]
        yield node, RDF.type, KG.Mention
        yield node, KG.mentionOf, entity_iri(m.entity)
        yield from _located(node, s, m.span)


def paper_core_triples(p: Paper) -> Iterator[tuple]:
    """A paper's own description, without its mentions."""
    pid = p.id
    s = paper_iri(pid)
    yield s, RDF.type, KG.Paper
    yield s, DCTERMS.identifier, Literal(pid)
    yield s, DCTERMS.title, Literal(p.title)
    yield s, DCTERMS.abstract, Literal(p.abstract)
    if (date := _date(p.date)) is not None:
        yield s, DCTERMS.date, date
    for author in p.authors:
        yield s, DC.creator, Literal(author)
    if p.author_count is not None:
        yield s, KG.authorCount, Literal(p.author_count, datatype=XSD.integer)
    if p.organisation:
        yield s, KG.organisation, Literal(p.organisation)
    if p.upvotes is not None:
        yield s, KG.upvotes, Literal(p.upvotes, datatype=XSD.integer)
    if p.venue:
        yield s, KG.venue, Literal(p.venue)
    if p.external_id:
        yield s, KG.sourceId, Literal(p.external_id)
    if p.url:
        yield s, SCHEMA.url, Literal(p.url, datatype=XSD.anyURI)
    for url in p.code_urls:
        yield s, SCHEMA.codeRepository, Literal(url, datatype=XSD.anyURI)


# Every mention and evidence is located (half the graph's triples): its terms are looked up once here.
_HAS_SOURCE, _HAS_SELECTOR, _START, _END, _EXACT = OA.hasSource, OA.hasSelector, OA.start, OA.end, OA.exact
_SELECTOR_TYPES = (OA.TextPositionSelector, OA.TextQuoteSelector)
_FIELD, _TYPE, _INTEGER = KG.field, RDF.type, XSD.integer


def _located(node: URIRef, paper: URIRef, span: Span) -> Iterator[tuple]:
    selector = URIRef(f"{node}/selector")
    yield node, _HAS_SOURCE, paper
    yield node, _FIELD, Literal(span.field)
    yield node, _HAS_SELECTOR, selector
    for kind in _SELECTOR_TYPES:
        yield selector, _TYPE, kind
    yield selector, _START, Literal(span.start, datatype=_INTEGER)
    yield selector, _END, Literal(span.end, datatype=_INTEGER)
    yield selector, _EXACT, Literal(span.text)


def entity_triples(e: LinkedEntity) -> Iterator[tuple]:
    s = entity_iri(e.key)
    yield s, RDF.type, KG.Entity
    yield s, RDF.type, CLASS_OF_TYPE[e.type]
    yield s, SKOS.prefLabel, Literal(e.name)
    yield s, RDFS.label, Literal(e.name)
    for alias in e.aliases:
        yield s, SKOS.altLabel, Literal(alias)
    yield s, KG.generic, Literal(e.generic)
    if e.family:
        yield s, KG.family, Literal(e.family)
    if e.version:
        yield s, KG.version, Literal(e.version)
    if e.size:
        yield s, KG.parameterSize, Literal(e.size)


def claim_groups(corpus: Corpus) -> list[tuple]:
    """Relations aggregated over papers: (head IRI, relation, tail IRI, {paper id: best relation})."""
    support: dict[tuple, dict] = defaultdict(dict)
    for lp in corpus.papers:
        for r in lp.relations:
            head = paper_iri(lp.paper.id) if r.head == PAPER else entity_iri(r.head)
            tail = paper_iri(lp.paper.id) if r.tail == PAPER else entity_iri(r.tail)
            best = support[(head, r.rel, tail)].get(lp.paper.id)
            if best is None or r.confidence > best.confidence:
                support[(head, r.rel, tail)][lp.paper.id] = r
    return [(head, rel, tail, by_paper) for (head, rel, tail), by_paper in sorted(support.items())]


def claim_triples(group: tuple) -> Iterator[tuple]:
    """One claim: the plain triple, the reified statement, one evidence per supporting paper."""
    head, rel, tail, by_paper = group
    predicate = PREDICATE_OF_REL[rel]
    claim_id = _claim_id(str(head), rel, str(tail))
    claim = ID[f"claim/{claim_id}"]
    yield head, predicate, tail
    yield claim, RDF.type, KG.Claim
    yield claim, RDF.subject, head
    yield claim, RDF.predicate, predicate
    yield claim, RDF.object, tail
    yield claim, KG.supportCount, Literal(len(by_paper), datatype=XSD.integer)
    yield claim, KG.confidence, _confidence(max(r.confidence for r in by_paper.values()))
    for paper_id, r in sorted(by_paper.items()):
        paper = paper_iri(paper_id)
        evidence = ID[f"evidence/{claim_id}/{paper_id}"]
        yield claim, PROV.wasDerivedFrom, paper
        yield evidence, RDF.type, KG.Evidence
        yield evidence, KG.supports, claim
        yield evidence, KG.confidence, _confidence(r.confidence)
        yield evidence, KG.extractedBy, extractor_iri(r.extractor)
        yield from _located(evidence, paper, r.evidence)


def extractor_iri(name: str) -> URIRef:
    return ID[f"extractor/{_segment(name)}"]


def extractor_triples(names: list[str]) -> Iterator[tuple]:
    for name in names:
        yield extractor_iri(name), RDF.type, KG.Extractor
        yield extractor_iri(name), RDFS.label, Literal(name)


def units(corpus: Corpus) -> Iterator[tuple[str, object]]:
    """The graph as independent units of work: every node's own triples stay in one unit. A paper's
    claims about itself ("PAPER proposes X") travel with the paper their evidence points to, so a
    chunk validating them need not describe that paper a second time (a seventh less validation)."""
    papers = {paper_iri(lp.paper.id) for lp in corpus.papers}
    own: dict[URIRef, list] = defaultdict(list)
    shared = []
    for group in claim_groups(corpus):
        (own[group[0]] if group[0] in papers else shared).append(group)
    for lp in corpus.papers:
        yield "paper", (lp, tuple(own[paper_iri(lp.paper.id)]))
    for key in sorted(corpus.entities):
        yield "entity", corpus.entities[key]
    for group in shared:
        yield "claim", group
    yield "extractors", sorted({r.extractor for lp in corpus.papers for r in lp.relations})


def claims_in(unit: tuple[str, object]) -> int:
    kind, item = unit
    return 1 if kind == "claim" else len(item[1]) if kind == "paper" else 0


def _paper_unit_triples(unit: tuple) -> Iterator[tuple]:
    lp, claims = unit
    yield from paper_triples(lp)
    for group in claims:
        yield from claim_triples(group)


_UNIT_TRIPLES = {"paper": _paper_unit_triples, "entity": entity_triples, "claim": claim_triples,
                 "extractors": extractor_triples}


def unit_triples(unit: tuple[str, object]) -> Iterator[tuple]:
    kind, item = unit
    return _UNIT_TRIPLES[kind](item)


def referenced_nodes(corpus: Corpus) -> dict[URIRef, tuple[str, object]]:
    """The nodes other units point to (papers, entities, extractors), for `node_triples`."""
    nodes: dict[URIRef, tuple[str, object]] = {paper_iri(lp.paper.id): ("paper", lp.paper) for lp in corpus.papers}
    nodes.update({entity_iri(e.key): ("entity", e) for e in corpus.entities.values()})
    nodes.update({extractor_iri(r.extractor): ("extractor", r.extractor) for lp in corpus.papers for r in lp.relations})
    return nodes


def node_triples(ref: tuple[str, object]) -> Iterator[tuple]:
    """A referenced node's own description: what another unit needs to check what it points to."""
    kind, item = ref
    if kind == "paper":
        return paper_core_triples(item)
    if kind == "entity":
        return entity_triples(item)
    return extractor_triples([item])


def corpus_triples(corpus: Corpus) -> Iterator[tuple]:
    for unit in units(corpus):
        yield from unit_triples(unit)


def to_graph(corpus: Corpus) -> Graph:
    """The whole graph in memory (notebooks, small corpora); builds stream units instead."""
    g = new_graph()
    for triple in corpus_triples(corpus):
        g.add(triple)
    return g


def new_graph() -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g
