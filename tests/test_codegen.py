from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg import codegen
from kg.config import ONTOLOGY_DIR


def test_vocab_is_generated_from_the_current_ontology():
    expected = codegen.render(codegen.ontology_terms())
    actual = (codegen.Path(codegen.__file__).with_name("vocab.py")).read_text(encoding="utf-8")
    assert actual == expected, "ontology/kg.ttl changed: run `python -m kg.codegen`"


def test_ontology_has_version_and_every_term_a_label_and_comment():
    g = Graph().parse(ONTOLOGY_DIR / "kg.ttl")
    onto = next(g.subjects(RDF.type, OWL.Ontology))
    assert g.value(onto, OWL.versionIRI) is not None
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for term in g.subjects(RDF.type, kind):
            assert g.value(term, RDFS.label) is not None, term
            assert g.value(term, RDFS.comment) is not None, term


def test_every_term_the_graph_uses_is_declared(sample_build):
    onto = Graph().parse(ONTOLOGY_DIR / "kg.ttl")
    declared = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef)}
    builtin = {RDF.type, RDFS.label}
    data = Graph().parse(sample_build / "graph.ttl")
    used = {p for p in data.predicates()} | {o for o in data.objects(None, RDF.type)}
    assert used - declared - builtin == set()
