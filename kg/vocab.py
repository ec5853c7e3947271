"""Closed namespace of the kg ontology. Generated from ontology/kg.ttl by `python -m kg.codegen`; do not edit."""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ID = Namespace("https://w3id.org/kg-ml/id/")


class KG(DefinedNamespace):
    _fail = True
    _NS = Namespace("https://w3id.org/kg-ml/ontology#")

    Claim: URIRef
    Dataset: URIRef
    Entity: URIRef
    Evidence: URIRef
    Extractor: URIRef
    Mention: URIRef
    Method: URIRef
    Metric: URIRef
    Model: URIRef
    Paper: URIRef
    Task: URIRef
    addressesTask: URIRef
    authorCount: URIRef
    confidence: URIRef
    evaluatesOn: URIRef
    extractedBy: URIRef
    family: URIRef
    field: URIRef
    generic: URIRef
    mentionOf: URIRef
    mentions: URIRef
    organisation: URIRef
    outperforms: URIRef
    parameterSize: URIRef
    proposes: URIRef
    sourceId: URIRef
    supportCount: URIRef
    supports: URIRef
    upvotes: URIRef
    usesMetric: URIRef
    venue: URIRef
    version: URIRef
