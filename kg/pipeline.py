"""The pipeline: the one module that composes the stages
read -> extract -> link -> rdf -> validate -> store/load. Works the same from the CLI or a notebook."""

import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import config
from .config import Neo4jSettings
from .errors import InputError, ValidationFailed
from .extract import Extractor
from .link import link
from .load import LoadResult, load_rows, rows_from_store
from .parallel import chunked, collector_paused, map_in_order
from .rdf import claims_in, node_triples, referenced_nodes, unit_triples, units
from .read import ReadReport, read_papers
from .records import Corpus, Extraction
from .store import GRAPH_FILE, STORE_DIR, ntriples, publish, staging, write_store
from .validate import Report, load_shapes, validate_chunk, validate_graph

MANIFEST = "build.json"
REPORT_FILE = "validation-report.ttl"


@dataclass
class BuildResult:
    data_dir: Path
    papers: int
    entities: int
    claims: int
    triples: int
    seconds: float
    read: ReadReport = field(default_factory=ReadReport)
    stages: dict[str, float] = field(default_factory=dict)  # wall seconds per stage, in order
    worker_seconds: dict[str, float] = field(default_factory=dict)  # CPU of the fused map/validate stage

    def summary(self) -> str:
        skipped = f", {len(self.read.skipped)} skipped" if self.read.skipped else ""
        dupes = f", {self.read.duplicates} duplicates merged" if self.read.duplicates else ""
        return (f"{self.papers} papers{dupes}{skipped}, {self.entities} entities, {self.claims} relations, "
                f"{self.triples} triples in {self.seconds:.1f}s -> {self.data_dir}")


Progress = Callable[[str, int], None]  # (stage, items done so far); the CLI draws it on stderr


def _silent(stage: str, done: int) -> None:
    """No progress display (notebooks, tests, --quiet)."""


def extract(inputs: Iterable[str | Path], fmt: str | None = None, skip_bad: bool = False,
            model: str | None = None, report: ReadReport | None = None,
            extractor: Extractor | None = None, workers: int | None = None,
            progress: Progress = _silent) -> Iterator[Extraction]:
    extractor = extractor or Extractor(model)
    papers = read_papers(inputs, fmt, skip_bad, report)
    for done, x in enumerate(extractor.extract(papers, workers=workers or config.WORKERS), 1):
        progress("extract", done)
        yield x


def extract_to_file(inputs, output: Path, fmt=None, skip_bad=False, model=None, workers=None,
                    progress: Progress = _silent) -> ReadReport:
    """Write guideline records (JSONL); the file appears only when complete."""
    report = ReadReport()
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for x in extract(inputs, fmt, skip_bad, model, report, workers=workers, progress=progress):
                f.write(json.dumps(x.to_record(), ensure_ascii=False) + "\n")
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return report


def build(inputs: Iterable[str | Path], data_dir: str | Path | None = None, fmt: str | None = None,
          skip_bad: bool = False, model: str | None = None, workers: int | None = None,
          progress: Progress = _silent) -> BuildResult:
    """Build, validate and store the graph of `inputs` in `data_dir`; an invalid graph is never published."""
    started = time.perf_counter()
    data_dir = config.data_dir(data_dir)
    report = ReadReport()
    extractor = Extractor(model)
    clock = _Clock()
    extractions = list(extract(inputs, fmt, skip_bad, report=report, extractor=extractor, workers=workers,
                               progress=progress))
    if not extractions:
        raise InputError(", ".join(str(i) for i in inputs), "no papers could be read")
    clock.lap("read + extract")
    progress("link", len(extractions))
    corpus = link(extractions, extractor.gazetteer)
    clock.lap("link")
    with staging(data_dir) as stage:
        written = write_corpus(corpus, stage, data_dir, workers, progress, clock)
        result = BuildResult(data_dir, len(corpus.papers), len(corpus.entities), written.claims, written.triples,
                             0.0, report, clock.stages, written.worker_seconds)
        (stage / MANIFEST).write_text(json.dumps({
            "papers": result.papers, "entities": result.entities, "relations": written.claims,
            "triples": written.triples, "skipped": report.skipped, "duplicates": report.duplicates,
            "inputs": [str(i) for i in inputs]}, indent=1), encoding="utf-8")
        publish(stage, data_dir, [STORE_DIR, MANIFEST, GRAPH_FILE])
    result.seconds = time.perf_counter() - started
    return result


class _Clock:
    """Wall seconds per stage, for the build's report and the scale benchmark."""

    def __init__(self):
        self.stages: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.stages[stage] = now - self._last
        self._last = now


@dataclass(frozen=True)
class Written:
    triples: int
    claims: int
    worker_seconds: dict[str, float]  # {"RDF mapping": s, "validation": s}, summed over chunks


CHUNK_UNITS = 400  # papers, entities or claims per validation chunk: bounds memory, feeds every core


def write_corpus(corpus: Corpus, folder: Path, report_dir: Path, workers: int | None = None,
                 progress: Progress = _silent, clock: _Clock | None = None) -> Written:
    """Map the corpus to RDF and validate it in chunks on worker processes, then write the store and
    graph.ttl into `folder`. On violations nothing is written but the report (in `report_dir`)."""
    clock = clock or _Clock()
    global _CHUNK_CONTEXT
    _CHUNK_CONTEXT = (referenced_nodes(corpus), load_shapes())
    work = list(units(corpus))  # references to the corpus's records: small
    claims = sum(map(claims_in, work))
    violations: dict = {}  # ordered and de-duplicated: a node described in two chunks reports once
    reports, done = [], 0
    worker_seconds = {"RDF mapping": 0.0, "validation": 0.0}
    nt_file = folder / "graph.nt"
    with open(nt_file, "wb") as out:
        chunks = chunked(work, CHUNK_UNITS)
        for nt, chunk_report, size, seconds in map_in_order(_map_chunk, chunks, workers or config.WORKERS):
            out.write(nt)
            done += size
            for stage, s in zip(worker_seconds, seconds):
                worker_seconds[stage] += s
            progress("map and validate", done)
            if chunk_report is not None:
                violations.update(dict.fromkeys(chunk_report.violations))
                reports.append(chunk_report.graph)
    if violations:
        report_graph = Graph()
        for g in reports:
            report_graph += g
        save_report(Report(False, tuple(violations), report_graph), report_dir)
    clock.lap("RDF mapping + validation")
    progress("store", done)
    triples = write_store(nt_file, folder)
    nt_file.unlink()
    clock.lap("store + graph.ttl")
    return Written(triples, claims, worker_seconds)


_CHUNK_CONTEXT: tuple | None = None  # (referenced nodes, shapes) that forked workers inherit


def _map_chunk(chunk: list) -> tuple[bytes, Report | None, int, tuple[float, float]]:
    """N-Triples of a chunk of units, its failed validation report (None when it conforms), its size,
    and the seconds spent mapping and validating it. The collector pauses for the chunk (a quarter
    less time)."""
    nodes, shapes = _CHUNK_CONTEXT
    with collector_paused():
        started = time.perf_counter()
        triples = [t for unit in chunk for t in unit_triples(unit)]
        nt = ntriples(triples)
        mapped = time.perf_counter()
        report = validate_chunk(triples, lambda node: node_triples(nodes[node]) if node in nodes else (), shapes)
    return nt, None if report.conforms else report, len(chunk), (mapped - started, time.perf_counter() - mapped)


def save_report(result: Report, data_dir: Path) -> None:
    """Save a failed validation's report as Turtle next to the build, and stop."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / REPORT_FILE
    result.graph.serialize(path, format="turtle")
    raise ValidationFailed(f"{result.summary()}\nfull report: {path}", path)


def validate_file(path: Path) -> Report:
    """Validate any RDF file against the shapes."""
    g = Graph()
    try:
        g.parse(path)
    except Exception as err:  # rdflib raises many parser-specific types
        raise InputError(path, f"cannot parse as RDF: {str(err).splitlines()[0]}") from None
    return validate_graph(g)


def load_neo4j(data_dir: str | Path | None, settings: Neo4jSettings) -> LoadResult:
    """Load a built graph into Neo4j. Only a published build (one that passed SHACL) exists to load."""
    return load_rows(rows_from_store(config.data_dir(data_dir)), settings)
