"""The embedded on-disk RDF store (Oxigraph): SPARQL with no server, and exports.

A build writes its outputs into a staging folder and moves them into the data dir only when
complete; a failed or interrupted build leaves the previous good build in place.
"""

import os
import re
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

from .errors import QueryRefused, StoreError
from .rdf import PREFIXES

GRAPH_FILE = "graph.ttl"
STORE_DIR = "store"
EXPORT_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                  "jsonld": ox.RdfFormat.JSON_LD}
_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\s+)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
                     re.IGNORECASE)
_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


@contextmanager
def staging(data_dir: Path):
    """A fresh folder inside `data_dir` for a build's outputs; removed whatever happens."""
    data_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".staging-", dir=data_dir))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def publish(staged: Path, data_dir: Path, names: list[str]) -> None:
    """Move staged outputs into place; graph.ttl is replaced atomically, last."""
    for name in sorted(names, key=lambda n: n == GRAPH_FILE):
        source, target = staged / name, data_dir / name
        if source.is_dir():
            old = data_dir / f".old-{name}-{os.getpid()}"
            if target.exists():
                target.rename(old)
            source.rename(target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(source, target)


def ntriples(triples) -> bytes:
    """rdflib triples as N-Triples, written by Oxigraph (correct escaping, fast). Each term is
    converted once: a chunk names its nodes, predicates and classes again and again."""
    terms: dict = {}

    def term(t):
        if (converted := terms.get(t)) is None:
            converted = terms[t] = _term(t)
        return converted

    return ox.serialize([ox.Triple(term(s), term(p), term(o)) for s, p, o in triples],
                        format=ox.RdfFormat.N_TRIPLES)


def write_store(ntriples_file: Path, folder: Path) -> int:
    """The store and graph.ttl of a build from one N-Triples file, so both hold the same triples.
    The Turtle is written from the file on a second thread while the store loads it: both run in
    Oxigraph's Rust code, and this is twice as fast as dumping the loaded store. Returns the number
    of triples."""
    def write_turtle():
        with open(folder / GRAPH_FILE, "wb") as out:
            ox.serialize(ox.parse(path=str(ntriples_file), format=ox.RdfFormat.N_TRIPLES), out,
                         format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES)

    with ThreadPoolExecutor(1) as pool:
        turtle = pool.submit(write_turtle)
        store = ox.Store(str(folder / STORE_DIR))
        store.bulk_load(path=str(ntriples_file), format=ox.RdfFormat.N_TRIPLES)
        store.optimize()
        store.flush()
        turtle.result()
    return len(store)


def _term(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    return ox.BlankNode(str(term))


def open_store(data_dir: Path, write: bool = False) -> ox.Store:
    path = Path(data_dir) / STORE_DIR
    if not path.is_dir():
        raise StoreError(f"{path}: no store here; run `kg build INPUT... --data-dir {data_dir}` first")
    try:
        return ox.Store(str(path)) if write else ox.Store.read_only(str(path))
    except OSError as err:
        raise StoreError(f"{path}: cannot open the store: {err}") from None


def sparql(data_dir: Path, query: str, allow_update: bool = False,
           bindings: dict[str, str] | None = None) -> tuple[list[str], list[dict]]:
    """Run a SPARQL query; returns (variables, rows of python values). Updates need `allow_update`.

    `bindings` gives values of query variables as string literals: user text is never spliced in."""
    is_update = bool(_UPDATE.match(query))
    if is_update and not allow_update:
        raise QueryRefused("SPARQL Update refused: the store is read-only unless you pass --write")
    store = open_store(data_dir, write=is_update)
    try:
        if is_update:
            store.update(query, prefixes=_PREFIXES)
            store.flush()
            return [], []
        substitutions = {ox.Variable(k): ox.Literal(v) for k, v in (bindings or {}).items()}
        result = store.query(query, prefixes=_PREFIXES, substitutions=substitutions)
    except SyntaxError as err:
        raise StoreError(f"SPARQL syntax error: {err}") from None
    except OSError as err:
        raise StoreError(f"SPARQL query failed: {err}") from None
    if isinstance(result, bool):
        return ["ask"], [{"ask": result}]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, [{n: term_value(row[n]) for n in names} for row in result]
    return ["subject", "predicate", "object"], [
        {"subject": term_value(t.subject), "predicate": term_value(t.predicate), "object": term_value(t.object)}
        for t in result]


def term_value(term):
    """A plain Python value for a result cell: IRIs and strings as text, numbers and booleans typed."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value.rsplit("#", 1)[-1]
        if dt in {"integer", "nonNegativeInteger", "int", "long"}:
            return int(term.value)
        if dt in {"decimal", "double", "float"}:
            return float(term.value)
        if dt == "boolean":
            return term.value == "true"
        return term.value
    return term.value


def export(data_dir: Path, fmt: str, output: Path) -> int:
    """Write the whole graph in `fmt`; the file appears only when complete. Returns the triple count."""
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    store = open_store(data_dir)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            kwargs = {"from_graph": ox.DefaultGraph()}
            if fmt != "ntriples":
                kwargs["prefixes"] = _PREFIXES
            store.dump(f, format=EXPORT_FORMATS[fmt], **kwargs)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(store)
