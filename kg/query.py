"""Cypher queries against Neo4j: read-only by default, always parameterised, with a timeout.

Named queries answer the common questions without writing Cypher.
"""

import neo4j
from neo4j.exceptions import ClientError, DriverError, ServiceUnavailable

from .config import Neo4jSettings
from .errors import Neo4jError, QueryRefused
from .load import connect

NAMED = {
    "outperformers": (
        "Models and methods the literature says outperform $name",
        """MATCH (a:Entity)-[r:OUTPERFORMS]->(b:Entity)
           WHERE toLower(b.name) = toLower($name) OR toLower($name) IN [x IN b.aliases | toLower(x)]
           RETURN a.name AS winner, labels(a)[1] AS type, r.support_count AS papers, r.evidence[0] AS evidence
           ORDER BY papers DESC, winner""",
        ("name",)),
    "top-datasets": (
        "Datasets most evaluated on (number of evaluating models, methods and papers)",
        """MATCH (d:Dataset)<-[r:EVALUATES_ON]-()
           RETURN d.name AS dataset, count(r) AS evaluations, sum(r.support_count) AS claims
           ORDER BY evaluations DESC, dataset LIMIT toInteger($limit)""",
        ("limit",)),
    "paper-proposes": (
        "What the paper whose title contains $title proposes",
        """MATCH (p:Paper)-[r:PROPOSES]->(e:Entity)
           WHERE toLower(p.title) CONTAINS toLower($title)
           RETURN p.title AS paper, e.name AS proposes, e.type AS type, r.evidence[0] AS evidence
           ORDER BY paper, proposes""",
        ("title",)),
    "co-occurring": (
        "Entities mentioned in the same papers as $name",
        """MATCH (x:Entity)<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(y:Entity)
           WHERE toLower(x.name) = toLower($name) AND x <> y
           RETURN y.name AS entity, y.type AS type, count(DISTINCT p) AS papers
           ORDER BY papers DESC, entity LIMIT toInteger($limit)""",
        ("name", "limit")),
}
DEFAULTS = {"limit": 20}


def named_query(name: str, params: dict) -> tuple[str, dict]:
    if name not in NAMED:
        raise QueryRefused(f"no named query {name!r}; choose one of {', '.join(sorted(NAMED))}")
    _, text, needed = NAMED[name]
    values = {k: params.get(k, DEFAULTS.get(k)) for k in needed}
    missing = [k for k, v in values.items() if v is None]
    if missing:
        raise QueryRefused(f"named query {name!r} needs --param {missing[0]}=VALUE")
    return text, values


def cypher(settings: Neo4jSettings, text: str, params: dict | None = None, write: bool = False,
           timeout: float | None = None) -> tuple[list[str], list[dict]]:
    """Run one Cypher statement; rows as dicts. Without `write`, the transaction is read-only."""
    @neo4j.unit_of_work(timeout=timeout or settings.timeout)
    def work(tx):
        result = tx.run(text, params or {})
        records = list(result)
        return list(result.keys()), [dict(r.items()) for r in records]

    driver = connect(settings)
    try:
        with driver.session(database=settings.database) as session:
            return session.execute_write(work) if write else session.execute_read(work)
    except ClientError as err:
        code = err.code or ""
        if "AccessMode" in code or "ForbiddenDueToTransactionType" in code:
            raise QueryRefused("write query refused: `kg query cypher` is read-only unless you pass --write") from None
        if "TransactionTimedOut" in code or "Timeout" in code:
            raise Neo4jError(f"query timed out after {timeout or settings.timeout:g}s; "
                             "narrow it or raise --timeout") from None
        raise Neo4jError(f"Cypher error: {err.message}") from None
    except (ServiceUnavailable, DriverError, OSError) as err:
        raise Neo4jError(f"lost the connection to Neo4j at {settings.uri} ({err.__class__.__name__})") from None
    finally:
        driver.close()
