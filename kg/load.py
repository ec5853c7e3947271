"""Loading the validated RDF graph into Neo4j as a property graph, idempotently and incrementally.

Mapping (README, "Neo4j mapping"): kg:Paper -> (:Paper), entities -> (:Entity:<Type>), plain
relation triples -> PROPOSES / EVALUATES_ON / OUTPERFORMS / USES_METRIC / ADDRESSES_TASK with the
claim's provenance as properties, mentions -> (:Paper)-[:MENTIONS {count}]->(:Entity). The IRI is
the key. Constraints come first; every write is a parameterised, batched UNWIND ... MERGE with the
label in each MERGE and MATCH, in a managed write transaction, so a re-run of a load (complete
or killed midway) gives the same graph.
"""

import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError as DriverNeo4jError, ServiceUnavailable

from .config import Neo4jSettings
from .errors import Neo4jError
from .store import sparql

ENTITY_LABELS = ("Model", "Method", "Dataset", "Metric", "Task")
REL_TYPES = {"proposes": "PROPOSES", "evaluatesOn": "EVALUATES_ON", "outperforms": "OUTPERFORMS",
             "usesMetric": "USES_METRIC", "addressesTask": "ADDRESSES_TASK"}
START_HINT = ("start one with `docker compose -f docker/docker-compose.yml up -d` "
              "or `docker/neo4j-local start`, or point NEO4J_URI at a running server")

CONSTRAINTS = [
    "CREATE CONSTRAINT paper_iri IF NOT EXISTS FOR (n:Paper) REQUIRE n.iri IS UNIQUE",
    "CREATE CONSTRAINT entity_iri IF NOT EXISTS FOR (n:Entity) REQUIRE n.iri IS UNIQUE",
    *[f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)" for label in ENTITY_LABELS],
    "CREATE INDEX paper_title IF NOT EXISTS FOR (n:Paper) ON (n.title)",
]

_MERGE_PAPERS = """
UNWIND $rows AS row
MERGE (p:Paper {iri: row.iri})
SET p += row.props
"""
# One query for all entities: the type label is set dynamically (Cypher 5.26, `$(...)`) from a fixed
# list, never from text, and the other type labels are removed so that a re-typed entity keeps one
# type. (Relationship types stay static: a dynamic type in MERGE made Neo4j 5.26 ~20x slower.)
# A new node (every node of a first load) takes its values as they are; only one that exists merges them.
_MERGE_ENTITIES = """
UNWIND $rows AS row
MERGE (e:Entity {iri: row.iri})
ON CREATE SET e += row.props, e:$(row.label), e.aliases = row.aliases
ON MATCH SET e += row.props, e:$(row.label),
    e.aliases = [a IN coalesce(e.aliases, []) WHERE NOT a IN row.aliases] + row.aliases
REMOVE e:$(row.others)
"""
# A paper's mentions travel together: one paper lookup per paper, not per mention.
_MERGE_MENTIONS = """
UNWIND $rows AS row
MATCH (p:Paper {iri: row.paper})
WITH p, row
UNWIND row.mentions AS m
MATCH (e:Entity {iri: m[0]})
MERGE (p)-[r:MENTIONS]->(e)
SET r.count = m[1]
"""
# Provenance accumulates per supporting paper, so loading a second corpus adds support and
# re-loading the same one changes nothing. A new relationship takes the row's provenance as it is;
# one that exists is written only when the row brings papers it lacks.
_MERGE_RELATIONS = """
UNWIND $rows AS row
MATCH (h:{head_label} {{iri: row.head}})
MATCH (t:Entity {{iri: row.tail}})
MERGE (h)-[r:{rel_type}]->(t)
ON CREATE SET r.papers = row.papers, r.evidence = row.evidence, r.extractors = row.extractors,
    r.confidences = row.confidences, r.claim = row.claim, r.support_count = size(row.papers),
    r.confidence = reduce(m = 0.0, c IN row.confidences | CASE WHEN c > m THEN c ELSE m END)
WITH r, row, coalesce(r.papers, []) AS old
WITH r, row, old, [i IN range(0, size(row.papers) - 1) WHERE NOT row.papers[i] IN old] AS new
WHERE size(new) > 0
SET r.papers = old + [i IN new | row.papers[i]],
    r.evidence = coalesce(r.evidence, []) + [i IN new | row.evidence[i]],
    r.extractors = coalesce(r.extractors, []) + [i IN new | row.extractors[i]],
    r.confidences = coalesce(r.confidences, []) + [i IN new | row.confidences[i]],
    r.claim = row.claim
SET r.support_count = size(r.papers),
    r.confidence = reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END)
"""


@dataclass(frozen=True)
class GraphRows:
    papers: list[dict]
    entities: list[dict]
    mentions: list[dict]  # per paper: {"paper": iri, "mentions": [[entity iri, count], ...]}
    relations: dict[tuple[str, str], list[dict]]  # by (head label, relationship type)

    @property
    def nodes(self) -> int:
        return len(self.papers) + len(self.entities)

    @property
    def relationships(self) -> int:
        return sum(len(r["mentions"]) for r in self.mentions) + sum(map(len, self.relations.values()))

    @property
    def items(self) -> int:
        return self.nodes + self.relationships


def rows_from_store(data_dir: Path) -> GraphRows:
    """The property-graph rows of a built (hence validated) graph, read from the embedded store."""
    _, papers = sparql(data_dir, """
        SELECT ?p ?id ?title ?abstract ?date ?authors ?orgn ?up ?venue ?src ?url WHERE {
          ?p a kg:Paper ; dcterms:identifier ?id ; dcterms:title ?title ; dcterms:abstract ?abstract .
          OPTIONAL { ?p dcterms:date ?date } OPTIONAL { ?p kg:authorCount ?authors }
          OPTIONAL { ?p kg:organisation ?orgn } OPTIONAL { ?p kg:upvotes ?up }
          OPTIONAL { ?p kg:venue ?venue } OPTIONAL { ?p kg:sourceId ?src } OPTIONAL { ?p schema:url ?url }
        }""")
    _, repos = sparql(data_dir, "SELECT ?p ?repo WHERE { ?p a kg:Paper ; schema:codeRepository ?repo }")
    code = defaultdict(list)
    for r in repos:
        code[r["p"]].append(r["repo"])
    paper_rows = [{"iri": r["p"], "props": _props({
        "id": r["id"], "title": r["title"], "abstract": r["abstract"], "date": r["date"],
        "author_count": r["authors"], "organisation": r["orgn"], "upvotes": r["up"], "venue": r["venue"],
        "source_id": r["src"], "url": r["url"], "code_urls": sorted(code.get(r["p"], [])) or None})}
        for r in papers]

    _, ents = sparql(data_dir, """
        SELECT ?e ?type ?name ?generic ?family ?version ?size WHERE {
          ?e a kg:Entity ; a ?type ; skos:prefLabel ?name ; kg:generic ?generic .
          FILTER(?type IN (kg:Model, kg:Method, kg:Dataset, kg:Metric, kg:Task))
          OPTIONAL { ?e kg:family ?family } OPTIONAL { ?e kg:version ?version }
          OPTIONAL { ?e kg:parameterSize ?size }
        }""")
    _, alias_rows = sparql(data_dir, "SELECT ?e ?alias WHERE { ?e a kg:Entity ; skos:altLabel ?alias }")
    aliases = defaultdict(list)
    for r in alias_rows:
        aliases[r["e"]].append(r["alias"])
    entity_rows = []
    for r in ents:
        label = r["type"].rsplit("#", 1)[-1]
        entity_rows.append({"iri": r["e"], "label": label, "others": [x for x in ENTITY_LABELS if x != label],
                            "aliases": sorted(aliases.get(r["e"], [])), "props": _props({
                                "name": r["name"], "type": label, "generic": r["generic"], "family": r["family"],
                                "version": r["version"], "parameter_size": r["size"]})})

    _, mention_rows = sparql(data_dir, """
        SELECT ?p ?e (COUNT(?m) AS ?n) WHERE { ?m a kg:Mention ; oa:hasSource ?p ; kg:mentionOf ?e }
        GROUP BY ?p ?e ORDER BY ?p ?e""")
    by_paper: dict[str, list] = defaultdict(list)
    for r in mention_rows:
        by_paper[r["p"]].append([r["e"], r["n"]])
    mentions = [{"paper": p, "mentions": ms} for p, ms in by_paper.items()]

    _, evidence = sparql(data_dir, """
        SELECT ?claim ?s ?pred ?o ?headIsPaper ?paper ?text ?conf ?extractor WHERE {
          ?claim a kg:Claim ; rdf:subject ?s ; rdf:predicate ?pred ; rdf:object ?o .
          ?ev kg:supports ?claim ; oa:hasSource ?paper ; kg:confidence ?conf ; oa:hasSelector ?sel ;
              kg:extractedBy ?x .
          ?sel oa:exact ?text . ?x rdfs:label ?extractor .
          BIND(EXISTS { ?s a kg:Paper } AS ?headIsPaper)
        } ORDER BY ?claim ?paper""")
    claims: dict[str, dict] = {}
    for r in evidence:
        c = claims.setdefault(r["claim"], {
            "claim": r["claim"], "head": r["s"], "tail": r["o"], "papers": [], "evidence": [],
            "extractors": [], "confidences": [],
            "_key": ("Paper" if r["headIsPaper"] else "Entity", REL_TYPES[r["pred"].rsplit("#", 1)[-1]])})
        c["papers"].append(r["paper"])
        c["evidence"].append(r["text"])
        c["extractors"].append(r["extractor"])
        c["confidences"].append(r["conf"])
    relations: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in claims.values():
        relations[c.pop("_key")].append(c)
    return GraphRows(paper_rows, entity_rows, mentions, dict(relations))


def _props(values: dict) -> dict:
    return {k: v for k, v in values.items() if v is not None}


def connect(settings: Neo4jSettings) -> neo4j.Driver:
    """A driver that has proven it can reach the server with these credentials."""
    auth = (settings.username, settings.password) if settings.password else None
    try:
        driver = neo4j.GraphDatabase.driver(settings.uri, auth=auth, connection_timeout=10)
    except (ValueError, DriverError) as err:
        raise Neo4jError(f"invalid Neo4j URI {settings.uri!r}: {err}") from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise Neo4jError(f"Neo4j at {settings.uri} refused the credentials of user {settings.username!r}; "
                         "check NEO4J_USERNAME / NEO4J_PASSWORD") from None
    except (ServiceUnavailable, OSError, DriverError) as err:
        driver.close()
        raise Neo4jError(f"no Neo4j answers at {settings.uri} ({err.__class__.__name__}); {START_HINT}") from None
    return driver


@dataclass(frozen=True)
class LoadResult:
    nodes: int
    relationships: int
    seconds: float

    @property
    def items(self) -> int:
        return self.nodes + self.relationships


def load_rows(rows: GraphRows, settings: Neo4jSettings) -> LoadResult:
    started = time.perf_counter()
    driver = connect(settings)
    try:
        with driver.session(database=settings.database) as session:
            for statement in CONSTRAINTS:
                session.run(statement).consume()
        # Papers and entities are disjoint sets of nodes, so two sessions write them side by side
        # (no lock is shared) while the client packs one batch as the server writes the other.
        with ThreadPoolExecutor(2) as pool:
            nodes = [pool.submit(_batched_session, driver, settings, query, node_rows)
                     for query, node_rows in ((_MERGE_PAPERS, rows.papers), (_MERGE_ENTITIES, rows.entities))]
            for future in nodes:
                future.result()
        with driver.session(database=settings.database) as session:
            # a mentions row is one paper with its mentions (about four): similar relationships per batch
            _batched(session, _MERGE_MENTIONS, rows.mentions, max(1, settings.batch_size // 4))
            for (head_label, rel_type), rel_rows in sorted(rows.relations.items()):
                _batched(session, _MERGE_RELATIONS.format(head_label=head_label, rel_type=rel_type), rel_rows,
                         settings.batch_size)
    except DriverNeo4jError as err:
        raise Neo4jError(f"Neo4j load failed: {err.message or err}") from None
    except (ServiceUnavailable, DriverError, OSError) as err:
        raise Neo4jError(f"lost the connection to Neo4j at {settings.uri} during the load ({err.__class__.__name__}); "
                         "run the load again to complete it") from None
    finally:
        driver.close()
    return LoadResult(rows.nodes, rows.relationships, time.perf_counter() - started)


def _batched_session(driver: neo4j.Driver, settings: Neo4jSettings, query: str, rows: list[dict]) -> None:
    with driver.session(database=settings.database) as session:
        _batched(session, query, rows, settings.batch_size)


def _batched(session, query: str, rows: list[dict], size: int) -> None:
    for i in range(0, len(rows), size):
        batch = rows[i: i + size]
        session.execute_write(lambda tx, b=batch: tx.run(query, rows=b).consume())

