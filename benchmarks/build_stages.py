"""Scale: `kg build` on the first N ACL abstracts, per stage, with spaCy alone for comparison.

    python benchmarks/build_stages.py [N ...]                  (default: 1000 10000 58011)
    NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=... python benchmarks/build_stages.py 10000

The build is the real `kg.pipeline.build` on all cores, and its stages are its own wall-clock
laps: read + extract (reading streams into extraction; a read-only pass is timed first), link,
RDF mapping + SHACL validation (one pass over chunks on the workers; their CPU seconds are split
between the two), and store (Oxigraph bulk load and graph.ttl). Export, a SPARQL aggregate and
the Neo4j load (when NEO4J_URI is set) follow. spaCy alone runs the model's components (everything
but kg's own) on the same abstracts in as many processes. Peak memory is the proportional set size
of the whole process tree, sampled, so forked workers' shared pages count once.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

from common import MemorySampler, acl_slice, row

from kg.config import Neo4jSettings
from kg.extract import KG_COMPONENTS, build_nlp, one_blas_thread
from kg.load import load_rows, rows_from_store
from kg.parallel import chunked, map_in_order
from kg.pipeline import build
from kg.read import read_papers
from kg.stats import ENTITY_CLASSES
from kg.store import export, sparql

# The types bound with VALUES, as `kg stats` does: Oxigraph reads each type's index range.
ENTITIES_PER_TYPE = f"SELECT ?t (COUNT(?e) AS ?n) WHERE {{ VALUES ?t {{ {ENTITY_CLASSES} }} ?e a ?t }} GROUP BY ?t"
SPACY_SAMPLE = 10000  # spaCy alone runs on at most this many of the slice's abstracts
WORKERS = os.cpu_count() or 1


_NLP = None  # the pipeline forked workers inherit


def _parse(texts: list[str]) -> int:
    with one_blas_thread():
        for _ in _NLP.pipe(texts, batch_size=64):
            pass
    return len(texts)


def spacy_alone(papers: list) -> float:
    """Abstracts/s of the model's components alone, in the same fork pool the extractor uses."""
    global _NLP
    _NLP = build_nlp()
    texts = [t for p in papers for t in (p.title, p.abstract)]
    with _NLP.select_pipes(disable=list(KG_COMPONENTS)):
        started = time.perf_counter()
        sum(map_in_order(_parse, chunked(texts, 128), WORKERS, ahead=3))
    return len(papers) / (time.perf_counter() - started)


def run(n: int, tmp: Path, memory: MemorySampler) -> None:
    source = acl_slice(n, tmp)
    memory.reset()
    started = time.perf_counter()
    papers = list(read_papers([source]))
    n = len(papers)
    print(f"--- {n} abstracts, {WORKERS} processes")
    row("read (alone)", time.perf_counter() - started, n, memory.peak_mb())

    memory.reset()
    result = build([source], tmp / f"build-{n}", workers=WORKERS)
    build_peak = memory.peak_mb()
    for stage, seconds in result.stages.items():
        row(stage, seconds, n)
    for stage, seconds in result.worker_seconds.items():
        print(f"      {stage}: {seconds:.1f} CPU s on the workers")
    row("kg build, end to end", result.seconds, n, build_peak)
    print(f"    {result.summary()}")

    started = time.perf_counter()
    export(result.data_dir, "turtle", tmp / f"export-{n}.ttl")
    row("export (Turtle)", time.perf_counter() - started, n)
    started = time.perf_counter()
    sparql(result.data_dir, ENTITIES_PER_TYPE)
    row("SPARQL entities per type", time.perf_counter() - started)
    if os.environ.get("NEO4J_URI"):
        rows = rows_from_store(result.data_dir)
        loaded = load_rows(rows, Neo4jSettings.from_env())
        row("Neo4j load", loaded.seconds, loaded.items, unit="items")
        print(f"    {loaded.nodes} nodes + {loaded.relationships} relationships")

    sample = papers[:SPACY_SAMPLE]
    memory.reset()
    rate = spacy_alone(sample)
    print(f"  spaCy alone, same components, {len(sample)} abstracts: {rate:.1f} abstracts/s; "
          f"kg build end to end is {n / result.seconds / rate:.2f}x that")


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000, 58011]
    sampler = MemorySampler()
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            run(size, Path(tmp), sampler)
    sampler.stop()
