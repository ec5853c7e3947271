"""Validation: a graph conforms to the SHACL shapes in `shapes/`, or nothing is written as final."""

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, Graph
from rdflib.namespace import SH

from . import config
from .errors import StoreError

MAX_LISTED = 10


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]
    graph: Graph

    def summary(self) -> str:
        if self.conforms:
            return "graph conforms to the SHACL shapes"
        lines = [f"graph does not conform: {len(self.violations)} violation(s)"]
        for v in self.violations[:MAX_LISTED]:
            lines.append(f"  {v.focus}  {v.path}: {v.message}")
        if len(self.violations) > MAX_LISTED:
            lines.append(f"  ... and {len(self.violations) - MAX_LISTED} more")
        return "\n".join(lines)


def load_shapes(shapes_dir: Path | None = None) -> Graph:
    folder = Path(shapes_dir or config.SHAPES_DIR)
    g = Graph()
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise StoreError(f"{folder}: no SHACL shapes (*.ttl) found")
    for f in files:
        g.parse(f)
    return g


def validate_graph(data: Graph, shapes: Graph | None = None) -> Report:
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes if shapes is not None else load_shapes(),
                                         inference="none", advanced=False, allow_warnings=False)
    violations = []
    for result in sorted(report.subjects(SH.focusNode, None), key=str):
        violations.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            path=str(report.value(result, SH.resultPath) or ""),
            message=str(report.value(result, SH.resultMessage) or ""),
            severity=str(report.value(result, SH.resultSeverity) or "").rsplit("#", 1)[-1],
        ))
    return Report(bool(conforms), tuple(violations), report)


def validate_chunk(triples: list[tuple], types: dict, shapes: Graph | None = None) -> Report:
    """Validate part of a graph: the chunk's nodes with all their own triples, plus the types of
    the nodes they refer to ("stubs", validated in their own chunk).

    The shapes check each node's own triples and the types of what it points to, so chunks
    validate independently. A violation whose focus is a stub counts only where the chunk holds
    triples of that node and path (a relation triple kept with its claim); a stub's missing
    properties are not violations here."""
    data = Graph()
    subjects = set()
    for t in triples:
        data.add(t)
        subjects.add(t[0])
    stubs = set()
    for t in triples:
        node = t[2]
        if node not in subjects and node in types:
            stubs.add(node)
    for p in (t[0] for t in triples if t[0] in types and (t[0], RDF.type, types[t[0]][0]) not in data):
        stubs.add(p)
    for node in stubs:
        for node_type in types[node]:
            data.add((node, RDF.type, node_type))
    report = validate_graph(data, shapes)
    if report.conforms:
        return report
    kept = tuple(v for v in report.violations
                 if v.focus not in {str(n) for n in stubs} or _has_own(triples, v))
    return Report(not kept, kept, report.graph)


def _has_own(triples: list[tuple], v: Violation) -> bool:
    return any(str(s) == v.focus and str(p) == v.path for s, p, _ in triples if p != RDF.type)
