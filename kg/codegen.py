"""Generates `kg/vocab.py`, the closed namespace of the ontology's own terms.

Run `python -m kg.codegen` after editing ontology/kg.ttl; a test fails while vocab.py is stale.
"""

import sys
from pathlib import Path

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import OWL

from . import config

KG_NS = "https://w3id.org/kg-ml/ontology#"
ID_NS = "https://w3id.org/kg-ml/id/"
_TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def ontology_terms(path: Path | None = None) -> list[str]:
    g = Graph().parse(path or config.ONTOLOGY_DIR / "kg.ttl")
    terms = {str(s)[len(KG_NS):] for t in _TERM_TYPES for s in g.subjects(RDF.type, t)
             if isinstance(s, URIRef) and str(s).startswith(KG_NS)}
    return sorted(terms)


def render(terms: list[str]) -> str:
    lines = [
        '"""Closed namespace of the kg ontology. Generated from ontology/kg.ttl by `python -m kg.codegen`; do not edit."""',
        "",
        "from rdflib import Namespace, URIRef",
        "from rdflib.namespace import DefinedNamespace",
        "",
        f'ID = Namespace("{ID_NS}")',
        "",
        "",
        "class KG(DefinedNamespace):",
        "    _fail = True",
        f'    _NS = Namespace("{KG_NS}")',
        "",
    ]
    lines += [f"    {t}: URIRef" for t in terms]
    return "\n".join(lines) + "\n"


def main() -> None:
    target = Path(__file__).with_name("vocab.py")
    target.write_text(render(ontology_terms()), encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
