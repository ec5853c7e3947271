"""Per-stage cost of a build on the first N ACL abstracts, and the Neo4j load when a server is given.

    python benchmarks/build_stages.py [N ...]            (default 1000)
    NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=... python benchmarks/build_stages.py 10000

Each stage prints seconds, its rate and the peak RSS so far.
"""

import os
import sys
import tempfile
from pathlib import Path

from common import acl_slice, timed

from kg.config import Neo4jSettings
from kg.extract import Extractor
from kg.link import link
from kg.load import load_rows, rows_from_store
from kg.pipeline import write_corpus
from kg.read import read_papers
from kg.store import sparql


def run(n: int, tmp: Path) -> None:
    print(f"--- {n} abstracts")
    source = acl_slice(n, tmp)
    with timed("read", n):
        papers = list(read_papers([source]))
    extractor = Extractor()
    with timed(f"extract ({os.cpu_count()} processes)", n):
        extractions = list(extractor.extract(papers, workers=os.cpu_count() or 1))
    with timed("link", n):
        corpus = link(extractions, extractor.gazetteer)
    out = tmp / f"build-{n}"
    out.mkdir()
    with timed(f"RDF + SHACL + store ({os.cpu_count()} processes)", n):
        triples, claims = write_corpus(corpus, out, out)
    print(f"    {triples} triples, {len(corpus.entities)} entities, {claims} claims")
    with timed("SPARQL entities per type", 1, unit="queries"):
        sparql(out, "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a kg:Entity ; a ?t } GROUP BY ?t")
    if os.environ.get("NEO4J_URI"):
        settings = Neo4jSettings.from_env()
        rows = rows_from_store(out)
        with timed("neo4j load", rows.items, unit="items"):
            result = load_rows(rows, settings)
        print(f"    {result.nodes} nodes + {result.relationships} relationships")


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [1000]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            run(n, Path(tmp))
