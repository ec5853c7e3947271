import pyoxigraph as ox
from hypothesis import given, settings, strategies as st
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kg.rdf import entity_iri, paper_iri, to_graph
from kg.records import Corpus, Evidence, LinkedEntity, LinkedMention, LinkedPaper, Relation, Mention, Paper

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=120)


def corpus_of(title, abstract, name):
    paper = Paper(title=title, abstract=abstract, date="--04-13", upvotes=2)
    entity = LinkedEntity(key=name, name=name, type="Dataset")
    mention = LinkedMention(name, Mention("abstract", 0, len(abstract), abstract))
    rel = Relation("PAPER", "evaluatesOn", name, 0.7, Evidence("abstract", 0, len(abstract), abstract), "rule:t")
    return Corpus((LinkedPaper(paper, (mention,), (rel,)),), {name: entity})


@settings(max_examples=60, deadline=None)
@given(title=TEXT, abstract=TEXT, name=TEXT)
def test_any_text_survives_as_literals_and_the_graph_parses_back(title, abstract, name):
    g = to_graph(corpus_of(title, abstract, name))
    for fmt in ("turtle", "nt", "json-ld"):
        back = Graph().parse(data=g.serialize(format=fmt), format=fmt)
        assert isomorphic(g, back), fmt
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    paper = next(iter(back.subjects(DCTERMS.title, None)))
    assert back.value(paper, DCTERMS.title) == Literal(title)
    assert back.value(paper, DCTERMS.abstract) == Literal(abstract)
    # A second, independent parser reads the same graph.
    assert len(list(ox.parse(g.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES))) == len(g)


@given(st.text(max_size=200))
def test_iris_are_always_valid(text):
    for iri in (entity_iri(text or "x"), paper_iri("0123456789")):
        ox.NamedNode(str(iri))  # raises on an invalid IRI
        assert not any(c in str(iri) for c in ' <>"{}|\\^`')


def test_same_input_same_graph(extractor):
    from kg.link import link
    from kg.read import read_papers
    from .conftest import DATA

    def build():
        papers = list(read_papers([DATA / "papers.txt"]))
        return to_graph(link(extractor.extract(papers), extractor.gazetteer))

    a, b = build(), build()
    assert set(a) == set(b)  # no blank nodes: equal IRIs and literals, run after run


def test_units_hold_every_triple_once_and_a_paper_holds_its_own_claims(extractor):
    from kg.link import link
    from kg.rdf import claim_groups, claims_in, unit_triples, units
    from kg.read import read_papers
    from .conftest import DATA

    corpus = link(extractor.extract(list(read_papers([DATA / "papers.txt"]))), extractor.gazetteer)
    work = list(units(corpus))
    triples = [t for unit in work for t in unit_triples(unit)]
    assert len(triples) == len(set(triples)) == len(to_graph(corpus))
    assert sum(map(claims_in, work)) == len(claim_groups(corpus))
    papers = {paper_iri(item[0].paper.id): item[1] for kind, item in work if kind == "paper"}
    assert any(papers.values())
    for kind, item in work:
        if kind == "claim":
            assert item[0] not in papers  # a claim the paper makes about itself travels with the paper
    for iri, claims in papers.items():
        assert all(group[0] == iri for group in claims)
