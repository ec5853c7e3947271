"""Pictures of the graph: an entity's neighbourhood or the top-N entities, as self-contained HTML
(inline SVG, no scripts or remote files), SVG, or PNG (rendered by headless Chromium)."""

import html
import math
import shutil
import subprocess
import tempfile
from pathlib import Path

import networkx as nx

from .errors import ConfigError, KgError
from .store import sparql

COLOURS = {"Model": "#4e79a7", "Method": "#f28e2b", "Dataset": "#59a14f", "Metric": "#b07aa1", "Task": "#e15759",
           "Paper": "#9c9c9c"}
WIDTH, HEIGHT, MARGIN, LABEL_ROOM = 1200, 900, 60, 240
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]

_CLAIMS = """
    SELECT ?s ?sn ?st ?rel ?o ?on ?ot ?n ?evidence ?focus WHERE {
      ?c a kg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:supportCount ?n .
      ?o skos:prefLabel ?on ; a ?oc . FILTER(?oc IN (kg:Model, kg:Method, kg:Dataset, kg:Metric, kg:Task))
      { ?s skos:prefLabel ?sn ; a ?sc . FILTER(?sc IN (kg:Model, kg:Method, kg:Dataset, kg:Metric, kg:Task)) }
      UNION { ?s a kg:Paper ; dcterms:title ?sn . BIND(kg:Paper AS ?sc) }
      OPTIONAL { ?e kg:supports ?c ; oa:hasSelector/oa:exact ?evidence }
      BIND(STRAFTER(STR(?p), "#") AS ?rel) BIND(STRAFTER(STR(?sc), "#") AS ?st) BIND(STRAFTER(STR(?oc), "#") AS ?ot)
      FILTER(%s)
    }"""


def claim_graph(data_dir: Path, entity: str | None = None, top: int | None = None) -> nx.MultiDiGraph:
    """The claims around `entity` (by name or alias), or among the `top` entities most papers name."""
    if entity:
        _, found = sparql(data_dir, """
            SELECT DISTINCT ?e ?name WHERE { ?e a kg:Entity ; skos:prefLabel|skos:altLabel ?l .
                                          FILTER(LCASE(STR(?l)) = LCASE(?name)) } LIMIT 1""", bindings={"name": entity})
        if not found:
            raise KgError(f"no entity named {entity!r} in {data_dir}")
        _, rows = sparql(data_dir, _CLAIMS % "STR(?s) = ?focus || STR(?o) = ?focus",
                         bindings={"focus": found[0]["e"]})
    else:
        _, ranked = sparql(data_dir, f"""
            SELECT ?e ?name ?type (COUNT(DISTINCT ?p) AS ?n) WHERE {{
              ?p kg:mentions ?e . ?e skos:prefLabel ?name ; a ?t .
              FILTER(?t IN (kg:Model, kg:Method, kg:Dataset, kg:Metric, kg:Task)) BIND(STRAFTER(STR(?t), "#") AS ?type)
            }} GROUP BY ?e ?name ?type ORDER BY DESC(?n) ?e LIMIT {int(top or 30)}""")
        keep = {r["e"] for r in ranked}
        rows = [r for r in sparql(data_dir, _CLAIMS % "true")[1] if r["s"] in keep and r["o"] in keep]
    g = nx.MultiDiGraph()
    for r in [] if entity else ranked:
        g.add_node(r["e"], name=r["name"], type=r["type"])
    for r in rows:
        g.add_node(r["s"], name=r["sn"], type=r["st"])
        g.add_node(r["o"], name=r["on"], type=r["ot"])
        if not g.has_edge(r["s"], r["o"], key=r["rel"]):
            g.add_edge(r["s"], r["o"], key=r["rel"], rel=r["rel"], support=r["n"], evidence=r["evidence"] or "")
    return g


def to_svg(g: nx.MultiDiGraph, title: str) -> str:
    """An SVG drawing: nodes coloured by type, edges labelled by relation, evidence on hover."""
    pos = nx.spring_layout(nx.Graph(g), seed=7, k=1.5 / math.sqrt(max(len(g), 1))) if len(g) else {}
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]

    def at(node):
        x, y = pos[node]
        sx = MARGIN + (x - min(xs)) / ((max(xs) - min(xs)) or 1) * (WIDTH - 2 * MARGIN - LABEL_ROOM)
        sy = MARGIN + (y - min(ys)) / ((max(ys) - min(ys)) or 1) * (HEIGHT - 2 * MARGIN)
        return round(sx, 1), round(sy, 1)

    esc = html.escape
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="8" markerHeight="8" '
             'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#777"/></marker></defs>',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
             f'<text x="16" y="24" font-size="16" font-weight="bold">{esc(title)}</text>']
    for i, (kind, colour) in enumerate(COLOURS.items()):
        parts.append(f'<circle cx="{WIDTH - 110}" cy="{20 + 18 * i}" r="6" fill="{colour}"/>'
                     f'<text x="{WIDTH - 98}" y="{24 + 18 * i}">{kind}</text>')
    for s, o, data in g.edges(data=True):
        (x1, y1), (x2, y2) = at(s), at(o)
        tip = f"{g.nodes[s]['name']} {data['rel']} {g.nodes[o]['name']} ({data['support']} paper(s))\n{data['evidence']}"
        parts.append(f'<g class="edge"><title>{esc(tip)}</title>'
                     f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#999" stroke-width="{1 + min(data["support"], 5) / 2}" '
                     f'marker-end="url(#arrow)"/>'
                     f'<text x="{(x1 + x2) / 2:.1f}" y="{(y1 + y2) / 2:.1f}" fill="#555" font-size="10" '
                     f'text-anchor="middle">{esc(data["rel"])}</text></g>')
    for node, data in g.nodes(data=True):
        x, y = at(node)
        name = data["name"] if len(data["name"]) <= 40 else data["name"][:39] + "…"
        parts.append(f'<g class="node" data-type="{esc(data["type"])}"><title>{esc(data["type"])}: {esc(data["name"])}</title>'
                     f'<circle cx="{x}" cy="{y}" r="10" fill="{COLOURS.get(data["type"], "#ccc")}" stroke="white"/>'
                     f'<text x="{x + 13}" y="{y + 4}">{esc(name)}</text></g>')
    parts.append("</svg>")
    return "\n".join(parts)


def to_html(g: nx.MultiDiGraph, title: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title>"
            "<style>body{margin:0;background:#fafafa}svg{display:block;margin:auto}</style></head><body>\n"
            f"{to_svg(g, title)}\n</body></html>\n")


def write(g: nx.MultiDiGraph, title: str, output: Path) -> None:
    """Write HTML, SVG or PNG by the file's extension; the file appears only when complete."""
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in {".html", ".htm", ".svg", ".png"}:
        raise ConfigError(f"{output}: choose a .html, .svg or .png file")
    output.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".png":
        _screenshot(to_html(g, title), output)
        return
    tmp = output.with_name(f".{output.name}.tmp")
    tmp.write_text(to_svg(g, title) if suffix == ".svg" else to_html(g, title), encoding="utf-8")
    tmp.replace(output)


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not found:
        raise ConfigError("a PNG needs headless Chromium (Debian: apt-get install chromium); "
                          "or write .html / .svg instead")
    return found


def _screenshot(page: str, output: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "graph.html"
        source.write_text(page, encoding="utf-8")
        shot = Path(tmp) / "graph.png"
        done = subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile",
                               f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={shot}", source.as_uri()],
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0 or not shot.exists():
            raise KgError(f"Chromium could not render the picture: {done.stderr.strip()[-300:]}")
        shutil.move(str(shot), output)
