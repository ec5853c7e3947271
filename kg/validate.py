"""Validation: a graph conforms to the SHACL shapes in `shapes/`, or nothing is written as final."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, BNode, Graph
from rdflib.collection import Collection
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
    return lift_property_shapes(g)


_TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf)


def lift_property_shapes(shapes: Graph) -> Graph:
    """Give each property shape of a targeted node shape that node shape's targets, and detach it.
    pySHACL checks a node shape's property shapes one focus node at a time, building their
    constraints again for each; a property shape with its own targets is checked for all its focus
    nodes at once, about twice as fast. The results are the same: a property shape is the source
    shape of its results either way. The shapes file keeps the idiomatic, readable form."""
    for node_shape, prop in list(shapes.subject_objects(SH.property)):
        targets = [(t, o) for t in _TARGETS for o in shapes.objects(node_shape, t)]
        if targets:
            shapes.remove((node_shape, SH.property, prop))
            for t, o in targets:
                shapes.add((prop, t, o))
    return shapes


def validate_graph(data: Graph, shapes: Graph | None = None) -> Report:
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes if shapes is not None else load_shapes(),
                                         inference="none", advanced=False, allow_warnings=False)
    violations = []
    for result in sorted(report.subjects(SH.focusNode, None), key=str):
        violations.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            path=_path_text(report, report.value(result, SH.resultPath)),
            message=str(report.value(result, SH.resultMessage) or ""),
            severity=str(report.value(result, SH.resultSeverity) or "").rsplit("#", 1)[-1],
        ))
    return Report(bool(conforms), tuple(violations), report)


def _path_text(report: Graph, path) -> str:
    """A result path as text; a sequence path (an RDF list) as its steps joined by '/'."""
    if isinstance(path, BNode):
        return "/".join(str(step) for step in Collection(report, path))
    return str(path or "")


def validate_chunk(triples: list[tuple], described: Callable[[object], Iterable[tuple]] | None = None,
                   shapes: Graph | None = None) -> Report:
    """Validate part of a graph: the chunk's nodes with all their own triples, plus the own
    description of every node they point to, from `described(node)` (empty for nodes it does not
    know). The shapes check each node's own triples and the types of what it points to, so
    chunks validate independently and together find what validating the whole graph finds."""
    data = Graph()
    for t in triples:
        data.add(t)
    if described is not None:
        typed = set(data.subjects(RDF.type, None))
        for node in {t[0] for t in triples} | {t[2] for t in triples}:
            if node not in typed:  # described elsewhere: a relation's head, a claim's paper, ...
                for t in described(node):
                    data.add(t)
    return validate_graph(data, shapes)
