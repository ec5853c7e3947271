"""What the graph says at a glance: statistics and rankings over the built graph (networkx).

Reads the embedded store with SPARQL, builds networkx graphs and answers with plain rows, so
the CLI can print them as a table, JSON or CSV.
"""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .store import sparql

# Types are bound with VALUES, not FILTER: Oxigraph then reads each type's index range (0.02 s for
# entities per type on the 58k ACL store) instead of scanning every typed node (0.4-0.6 s).
ENTITY_CLASSES = "kg:Model kg:Method kg:Dataset kg:Metric kg:Task"
MAX_CYCLES = 20


def _rows(data_dir: Path, query: str, **bindings) -> list[dict]:
    return sparql(data_dir, query, bindings={k: v for k, v in bindings.items() if v is not None})[1]


def summary(data_dir: Path, top: int = 10) -> dict[str, list[dict]]:
    """Counts per class and relation, top entities, datasets, metrics, papers over time, connectivity."""
    classes = _rows(data_dir, f"""
        SELECT ?class (COUNT(?s) AS ?count) WHERE {{
          VALUES ?c {{ kg:Paper {ENTITY_CLASSES} kg:Claim }} ?s a ?c .
          BIND(STRAFTER(STR(?c), "#") AS ?class) }} GROUP BY ?class ORDER BY ?class""")
    relations = _rows(data_dir, """
        SELECT ?relation (COUNT(?c) AS ?claims) (SUM(?n) AS ?support) WHERE {
          ?c a kg:Claim ; rdf:predicate ?p ; kg:supportCount ?n . BIND(STRAFTER(STR(?p), "#") AS ?relation)
        } GROUP BY ?relation ORDER BY ?relation""")
    top_entities = _rows(data_dir, f"""
        SELECT ?entity ?type (COUNT(DISTINCT ?paper) AS ?papers) WHERE {{
          VALUES ?t {{ {ENTITY_CLASSES} }} ?paper kg:mentions ?e . ?e skos:prefLabel ?entity ; a ?t .
          BIND(STRAFTER(STR(?t), "#") AS ?type)
        }} GROUP BY ?entity ?type ORDER BY DESC(?papers) ?entity LIMIT {int(top)}""")
    datasets = _rows(data_dir, f"""
        SELECT ?dataset (COUNT(DISTINCT ?paper) AS ?papers) WHERE {{
          ?c rdf:predicate kg:evaluatesOn ; rdf:object ?d ; prov:wasDerivedFrom ?paper . ?d skos:prefLabel ?dataset
        }} GROUP BY ?dataset ORDER BY DESC(?papers) ?dataset LIMIT {int(top)}""")
    metrics = _rows(data_dir, f"""
        SELECT ?metric (COUNT(DISTINCT ?paper) AS ?papers) WHERE {{
          ?c rdf:predicate kg:usesMetric ; rdf:object ?m ; prov:wasDerivedFrom ?paper . ?m skos:prefLabel ?metric
        }} GROUP BY ?metric ORDER BY DESC(?papers) ?metric LIMIT {int(top)}""")
    dates = _rows(data_dir, "SELECT ?date WHERE { ?p a kg:Paper ; dcterms:date ?date }")
    per_period = Counter(_period(str(r["date"])) for r in dates)
    periods = [{"period": k, "papers": v} for k, v in sorted(per_period.items(), key=lambda kv: kv[0] or "") if k]
    return {"classes": classes, "relations": relations, "top_entities": top_entities,
            "most_evaluated_datasets": datasets, "most_used_metrics": metrics, "papers_per_period": periods,
            "connectivity": [connectivity(data_dir)]}


def _period(date: str) -> str | None:
    """Year-month of a date; a date without a year (--MM-DD) has no period."""
    if date.startswith("--") or len(date) < 4:
        return None
    return date[:7] if len(date) >= 7 else date[:4]


def paper_entity_graph(data_dir: Path) -> nx.Graph:
    """Papers and entities, joined where a paper mentions an entity."""
    g = nx.Graph()
    for r in _rows(data_dir, "SELECT ?p WHERE { ?p a kg:Paper }"):
        g.add_node(r["p"], kind="Paper")
    for r in _rows(data_dir, "SELECT ?p ?e WHERE { ?p kg:mentions ?e }"):
        g.add_edge(r["p"], r["e"])
        g.nodes[r["e"]].setdefault("kind", "Entity")
    return g


def connectivity(data_dir: Path) -> dict:
    g = paper_entity_graph(data_dir)
    papers = {n for n, kind in g.nodes(data="kind") if kind == "Paper"}
    components = sorted(nx.connected_components(g), key=len, reverse=True)
    largest = len(components[0] & papers) if components else 0
    return {"components": len(components), "papers": len(papers), "papers_in_largest": largest,
            "share_in_largest": round(largest / len(papers), 4) if papers else 0.0}


@dataclass(frozen=True)
class Ranking:
    rows: list[dict]
    cycles: list[list[str]]


def rank(data_dir: Path, entity_type: str | None = None, task: str | None = None,
         dataset: str | None = None) -> Ranking:
    """Models or methods ranked by PageRank on the win graph of outperforms claims (an edge from
    loser to winner, weighted by supporting papers); cycles are contradictory claims.

    `task` / `dataset` keep only claims from papers that address the task / evaluate on the dataset."""
    filters = []
    if task:
        filters.append("?paper kg:addressesTask|kg:mentions ?t . ?t a kg:Task ; skos:prefLabel|skos:altLabel ?tl . "
                       "FILTER(LCASE(STR(?tl)) = LCASE(?task))")
    if dataset:
        filters.append("?paper kg:evaluatesOn|kg:mentions ?ds . ?ds a kg:Dataset ; skos:prefLabel|skos:altLabel ?dl . "
                       "FILTER(LCASE(STR(?dl)) = LCASE(?dataset))")
    query = f"""
        SELECT DISTINCT ?w ?wn ?wt ?l ?ln ?lt ?paper ?task ?dataset WHERE {{
          ?c rdf:predicate kg:outperforms ; rdf:subject ?w ; rdf:object ?l ; prov:wasDerivedFrom ?paper .
          ?w skos:prefLabel ?wn ; a ?wc . ?l skos:prefLabel ?ln ; a ?lc .
          FILTER(?wc IN (kg:Model, kg:Method) && ?lc IN (kg:Model, kg:Method))
          BIND(STRAFTER(STR(?wc), "#") AS ?wt) BIND(STRAFTER(STR(?lc), "#") AS ?lt)
          {" ".join(filters)}
        }}"""
    win = nx.DiGraph()
    papers_of: dict[str, set] = {}
    for r in _rows(data_dir, query, task=task, dataset=dataset):
        for node, name, kind in ((r["w"], r["wn"], r["wt"]), (r["l"], r["ln"], r["lt"])):
            win.add_node(node, name=name, type=kind)
        edge = win.get_edge_data(r["l"], r["w"], {"papers": set()})
        edge["papers"].add(r["paper"])
        win.add_edge(r["l"], r["w"], papers=edge["papers"], weight=len(edge["papers"]))
        papers_of.setdefault(r["w"], set()).add(r["paper"])
        papers_of.setdefault(r["l"], set()).add(r["paper"])
    if not win:
        return Ranking([], [])
    scores = nx.pagerank(win, weight="weight")
    rows = []
    for node, score in sorted(scores.items(), key=lambda kv: (-kv[1], win.nodes[kv[0]]["name"])):
        data = win.nodes[node]
        if entity_type and data["type"] != entity_type:
            continue
        rows.append({"rank": len(rows) + 1, "entity": data["name"], "type": data["type"], "score": round(score, 4),
                     "wins": win.in_degree(node), "losses": win.out_degree(node),
                     "claims": win.in_degree(node) + win.out_degree(node), "papers": len(papers_of[node])})
    cycles = []
    for cycle in nx.simple_cycles(win, length_bound=4):
        cycles.append([win.nodes[n]["name"] for n in cycle])
        if len(cycles) >= MAX_CYCLES:
            break
    return Ranking(rows, sorted(cycles))
