from decimal import Decimal

import pytest
from rdflib import RDF, XSD, Literal
from rdflib.namespace import DCTERMS, SKOS

from kg.rdf import OA, entity_iri, paper_iri, to_graph
from kg.records import Corpus, Evidence, LinkedEntity, LinkedMention, LinkedPaper, Relation, Mention, Paper
from kg.validate import validate_graph
from kg.vocab import KG

PAPER = paper_iri(Paper("Valid paper", "An abstract.").id)
DATASET = entity_iri("bench")


def valid_graph():
    paper = Paper("Valid paper", "An abstract.", date="2024-05-01", author_count=3)
    m = LinkedMention("bench", Mention("abstract", 3, 11, "abstract"))
    r = Relation("PAPER", "evaluatesOn", "bench", 0.8, Evidence("abstract", 0, 12, "An abstract."), "rule:t")
    return to_graph(Corpus((LinkedPaper(paper, (m,), (r,)),), {"bench": LinkedEntity("bench", "Bench", "Dataset")}))


def claim_of(g):
    return next(g.subjects(RDF.type, KG.Claim))


def test_the_valid_graph_conforms():
    report = validate_graph(valid_graph())
    assert report.conforms, report.summary()


def _drop(g, s, p):
    g.remove((s, p, None))


CASES = {
    "missing title": (lambda g: _drop(g, PAPER, DCTERMS.title), str(DCTERMS.title)),
    "two titles": (lambda g: g.add((PAPER, DCTERMS.title, Literal("Another"))), str(DCTERMS.title)),
    "language-tagged title": (lambda g: (_drop(g, PAPER, DCTERMS.title),
                                         g.add((PAPER, DCTERMS.title, Literal("T", lang="en")))), str(DCTERMS.title)),
    "bad identifier": (lambda g: (_drop(g, PAPER, DCTERMS.identifier),
                                  g.add((PAPER, DCTERMS.identifier, Literal("xyz")))), str(DCTERMS.identifier)),
    "date as plain string": (lambda g: (_drop(g, PAPER, DCTERMS.date),
                                        g.add((PAPER, DCTERMS.date, Literal("May 2024")))), str(DCTERMS.date)),
    "negative author count": (lambda g: (_drop(g, PAPER, KG.authorCount),
                                         g.add((PAPER, KG.authorCount, Literal("-1", datatype=XSD.integer)))),
                              str(KG.authorCount)),
    "entity without name": (lambda g: _drop(g, DATASET, SKOS.prefLabel), str(SKOS.prefLabel)),
    "generic dataset": (lambda g: (_drop(g, DATASET, KG.generic), g.add((DATASET, KG.generic, Literal(True)))),
                        str(KG.generic)),
    "entity with two types": (lambda g: g.add((DATASET, RDF.type, KG.Metric)), str(RDF.type)),
    "evaluatesOn a non-dataset": (lambda g: g.add((PAPER, KG.evaluatesOn, PAPER)), str(KG.evaluatesOn)),
    "confidence above 1": (lambda g: (_drop(g, claim_of(g), KG.confidence),
                                      g.add((claim_of(g), KG.confidence, Literal(Decimal("1.5"))))), str(KG.confidence)),
    "unknown claim predicate": (lambda g: (_drop(g, claim_of(g), RDF.predicate),
                                           g.add((claim_of(g), RDF.predicate, KG.mentions))), str(RDF.predicate)),
    "support count zero": (lambda g: (_drop(g, claim_of(g), KG.supportCount),
                                      g.add((claim_of(g), KG.supportCount, Literal(0)))), str(KG.supportCount)),
    "mention in no paper": (lambda g: [g.remove((m, OA.hasSource, None)) for m in list(g.subjects(RDF.type, KG.Mention))],
                            str(OA.hasSource)),
    "bad field": (lambda g: [(g.remove((m, KG.field, None)), g.add((m, KG.field, Literal("body"))))
                             for m in list(g.subjects(RDF.type, KG.Mention))], str(KG.field)),
    "start after end": (lambda g: [(g.remove((s, OA.start, None)), g.add((s, OA.start, Literal(99, datatype=XSD.integer))))
                                   for s in list(g.subjects(RDF.type, OA.TextPositionSelector))], str(OA.start)),
    "selector of one kind only": (lambda g: [g.remove((s, RDF.type, OA.TextQuoteSelector))
                                             for s in list(g.subjects(RDF.type, OA.TextQuoteSelector))], str(RDF.type)),
    "outperforms a dataset": (lambda g: g.add((PAPER, KG.outperforms, DATASET)), f"{KG.outperforms}/{RDF.type}"),
    "outperforms an unknown node": (lambda g: g.add((PAPER, KG.outperforms, entity_iri("nowhere"))),
                                    str(KG.outperforms)),
    "entity that is not an Entity": (lambda g: g.remove((DATASET, RDF.type, KG.Entity)), str(RDF.type)),
    "claim about a mention": (lambda g: [(_drop(g, claim_of(g), RDF.subject), g.add((claim_of(g), RDF.subject, m)))
                                         for m in list(g.subjects(RDF.type, KG.Mention))],
                              f"{RDF.subject}/{RDF.type}"),
    "claim about an unknown node": (lambda g: (_drop(g, claim_of(g), RDF.subject),
                                               g.add((claim_of(g), RDF.subject, entity_iri("nowhere")))),
                                    f"{RDF.subject}/{RDF.type}"),
    "evidence without extractor": (lambda g: [g.remove((e, KG.extractedBy, None))
                                              for e in list(g.subjects(RDF.type, KG.Evidence))], str(KG.extractedBy)),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_kind_of_violation_is_named(case):
    g = valid_graph()
    mutate, path = CASES[case]
    mutate(g)
    report = validate_graph(g)
    assert not report.conforms
    assert path in {v.path for v in report.violations}, report.summary()
    assert all(v.focus and v.message for v in report.violations)


def _chunks(g, claim_first):
    """The valid graph's triples cut into two chunks at node boundaries: claims with their evidence
    (and selectors) and the plain relation triples, then everything else."""
    evidence = set(g.subjects(RDF.type, KG.Evidence))
    claim_nodes = set(g.subjects(RDF.type, KG.Claim)) | evidence | {g.value(e, OA.hasSelector) for e in evidence}
    a = [t for t in g if t[0] in claim_nodes or t[1] == KG.evaluatesOn]
    b = [t for t in g if not (t[0] in claim_nodes or t[1] == KG.evaluatesOn)]
    return (a, b) if claim_first else (b, a)


def _described(g):
    """A node's own description, as the pipeline gives it to each chunk."""
    def own(node):
        if (node, RDF.type, KG.Paper) in g:  # the paper's core, without its mentions
            return [t for t in g.triples((node, None, None)) if t[1] != KG.mentions and t[1] not in (KG.evaluatesOn,)]
        return list(g.triples((node, None, None)))
    return own


def test_chunks_of_a_valid_graph_conform():
    from kg.validate import validate_chunk
    g = valid_graph()
    for chunk in _chunks(g, True):
        assert validate_chunk(chunk, _described(g)).conforms, validate_chunk(chunk, _described(g)).summary()


def test_a_violation_is_found_in_the_chunk_that_holds_it():
    from kg.validate import validate_chunk
    g = valid_graph()
    g.add((PAPER, KG.evaluatesOn, PAPER))  # travels with the claim chunk
    claims, rest = _chunks(g, True)
    report = validate_chunk(claims, _described(g))
    assert not report.conforms and str(KG.evaluatesOn) in {v.path for v in report.violations}
    g2 = valid_graph()
    g2.remove((PAPER, DCTERMS.title, None))
    claims, rest = _chunks(g2, True)
    assert not validate_chunk(rest, _described(g2)).conforms


@pytest.mark.parametrize("case", sorted(CASES))
def test_lifted_property_shapes_find_what_the_shapes_as_written_find(case):
    from rdflib import Graph

    from kg import config
    from kg.validate import load_shapes
    as_written = Graph()
    for f in sorted(config.SHAPES_DIR.glob("*.ttl")):
        as_written.parse(f)
    g = valid_graph()
    CASES[case][0](g)
    assert set(validate_graph(g, load_shapes()).violations) == set(validate_graph(g, as_written).violations)
