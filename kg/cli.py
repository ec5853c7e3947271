"""The `kg` command line: a thin layer over `kg.pipeline`, `kg.store` and `kg.query`.

Every KgError becomes one line on stderr and its exit code; no traceback reaches the user.
"""

import csv
import json
import os
import sys
import time
from pathlib import Path

import click

from . import config, pipeline, query as cypher_query, stats as graph_stats, store, viz as pictures
from .errors import KgError
from .evaluate import confidence_bands, format_scores, load_records, score
from .read import FORMATS
from .records import title_key

INTERNAL_ERROR = 70


def _data_dir_option(f):
    return click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                        help=f"Folder of the built graph [env KG_DATA_DIR; default ./{config.DATA_DIR}].")(f)


def _format_option(f):
    return click.option("--format", "out_format", type=click.Choice(["table", "json", "csv"]), default="table",
                        show_default=True, help="How to print rows.")(f)


def _input_options(f):
    f = click.option("--workers", type=click.IntRange(1), default=None,
                     help=f"Extraction processes [default: one per core, here {config.WORKERS}].")(f)
    f = click.option("--spacy-model", default=None,
                     help=f"spaCy model to load by name [env KG_SPACY_MODEL; default {config.SPACY_MODEL}].")(f)
    f = click.option("--skip-bad", is_flag=True, help="Skip bad records (counted and reported) instead of stopping.")(f)
    f = click.option("--format", "in_format", type=click.Choice(FORMATS), default=None,
                     help="Input format; detected from extension and content when omitted.")(f)
    return click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))(f)


def _neo4j_options(f):
    f = click.option("--batch-size", type=click.IntRange(1), default=None,
                     help=f"Rows per UNWIND batch [default {config.NEO4J_BATCH_SIZE}].")(f)
    f = click.option("--neo4j-database", default=None, help="Database [env NEO4J_DATABASE; default neo4j].")(f)
    f = click.option("--neo4j-password", default=None, help="Password [env NEO4J_PASSWORD].")(f)
    f = click.option("--neo4j-user", default=None, help="User [env NEO4J_USERNAME; default neo4j].")(f)
    return click.option("--neo4j-uri", default=None, help=f"Bolt URI [env NEO4J_URI; default {config.NEO4J_URI}].")(f)


def _settings(kw) -> config.Neo4jSettings:
    return config.Neo4jSettings.from_env(kw.pop("neo4j_uri"), kw.pop("neo4j_user"), kw.pop("neo4j_password"),
                                         kw.pop("neo4j_database"), kw.pop("batch_size"))


def _print_rows(columns: list[str], rows: list[dict], out_format: str) -> None:
    if out_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    if out_format == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


def _cell(value, limit: int = 100) -> str:
    text = "" if value is None else json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Progress:
    """A one-line progress display on stderr, only on a terminal and without --quiet."""

    def __init__(self, ctx):
        self.enabled = not ctx.obj.get("quiet") and sys.stderr.isatty()
        self.started = time.perf_counter()
        self.shown = 0.0

    def __call__(self, stage: str, done: int) -> None:
        now = time.perf_counter()
        if not self.enabled or (stage == "extract" and now - self.shown < 0.25):
            return
        self.shown = now
        unit = "papers" if stage in {"extract", "link", "map to RDF"} else "triples"
        rate = f", {done / (now - self.started):.0f}/s" if stage == "extract" else ""
        click.echo(f"\r\033[Kkg: {stage}: {done} {unit}{rate}", err=True, nl=False)

    def close(self) -> None:
        if self.enabled:
            click.echo("\r\033[K", err=True, nl=False)


def _say(ctx, message: str) -> None:
    if not ctx.obj.get("quiet"):
        click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr.")
@click.version_option(package_name="kg")
@click.pass_context
def cli(ctx, quiet):
    """Turn machine-learning paper abstracts into a validated knowledge graph.

    \b
    Examples:
      kg build papers.txt more.jsonl.gz --data-dir kg-data
      kg query sparql "SELECT ?name WHERE { ?d a kg:Dataset ; skos:prefLabel ?name }"
      kg build papers.txt --neo4j && kg query cypher --named top-datasets
    """
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet


@cli.command()
@_input_options
@_data_dir_option
@click.option("--neo4j", "to_neo4j", is_flag=True, help="Also load the validated graph into Neo4j.")
@_neo4j_options
@click.pass_context
def build(ctx, inputs, data_dir, in_format, skip_bad, spacy_model, workers, to_neo4j, **kw):
    """Read, extract, link, validate and store INPUTS as a graph in the data dir.

    Writes DATA_DIR/graph.ttl (Turtle), DATA_DIR/store (embedded SPARQL store) and
    DATA_DIR/build.json. The previous build stays in place unless the new one validates.

    \b
    Examples:
      kg build ../shared/corpus/hf-daily-papers-1.txt ../shared/corpus/hf-daily-papers-2.txt
      kg build acl.jsonl.gz --skip-bad --data-dir acl-graph --neo4j
    """
    settings = _settings(kw)
    progress = _Progress(ctx)
    try:
        result = pipeline.build(inputs, data_dir, in_format, skip_bad, spacy_model, workers, progress)
    finally:
        progress.close()
    for skipped in result.read.skipped:
        _say(ctx, f"kg: skipped {skipped}")
    _say(ctx, f"kg: built {result.summary()}")
    if to_neo4j:
        loaded = pipeline.load_neo4j(result.data_dir, settings)
        _say(ctx, f"kg: loaded {loaded.nodes} nodes and {loaded.relationships} relationships into "
                  f"{settings.uri} in {loaded.seconds:.1f}s")


@cli.command()
@_input_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="JSONL file of records in the guidelines' format.")
@click.pass_context
def extract(ctx, inputs, output, in_format, skip_bad, spacy_model, workers):
    """Extract entities and relations of INPUTS to a JSONL file (no graph).

    \b
    Example:
      kg extract papers.txt -o records.jsonl
    """
    progress = _Progress(ctx)
    try:
        report = pipeline.extract_to_file(inputs, output, in_format, skip_bad, spacy_model, workers, progress)
    finally:
        progress.close()
    for skipped in report.skipped:
        _say(ctx, f"kg: skipped {skipped}")
    _say(ctx, f"kg: extracted {report.papers} papers -> {output}")


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(file):
    """Validate an RDF FILE against the SHACL shapes; exit 3 if it does not conform.

    \b
    Example:
      kg validate kg-data/graph.ttl
    """
    report = pipeline.validate_file(file)
    click.echo(report.summary())
    if not report.conforms:
        sys.exit(3)


@cli.command()
@_data_dir_option
@_neo4j_options
@click.pass_context
def load(ctx, data_dir, **kw):
    """Load an existing build into Neo4j (idempotent: re-running changes nothing).

    \b
    Example:
      NEO4J_PASSWORD=secret kg load --data-dir kg-data
    """
    settings = _settings(kw)
    loaded = pipeline.load_neo4j(data_dir, settings)
    _say(ctx, f"kg: loaded {loaded.nodes} nodes and {loaded.relationships} relationships into {settings.uri} "
              f"in {loaded.seconds:.1f}s")


@cli.group()
def query():
    """Query the graph: SPARQL on the embedded store, Cypher on Neo4j."""


@query.command("sparql")
@click.argument("text")
@_data_dir_option
@_format_option
@click.option("--write", is_flag=True, help="Allow SPARQL Update (refused otherwise).")
def query_sparql(text, data_dir, out_format, write):
    """Run a SPARQL query on the embedded store (no server). Prefixes kg:, dcterms:, skos:, oa:,
    prov:, schema:, rdf:, rdfs:, xsd: are predefined.

    \b
    Example:
      kg query sparql "SELECT ?name WHERE { ?d a kg:Dataset ; skos:prefLabel ?name } LIMIT 5"
    """
    columns, rows = store.sparql(config.data_dir(data_dir), text, allow_update=write)
    if columns:
        _print_rows(columns, rows, out_format)


@query.command("cypher")
@click.argument("text", required=False)
@click.option("--named", type=click.Choice(sorted(cypher_query.NAMED)), help="Run a named query instead of TEXT.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Query parameter; VALUE is read as JSON when it parses, else as text.")
@_format_option
@click.option("--write", is_flag=True, help="Allow writes (the transaction is read-only otherwise).")
@click.option("--timeout", type=float, default=None, help=f"Seconds [default {config.NEO4J_QUERY_TIMEOUT:g}].")
@_neo4j_options
def query_cypher(text, named, params, out_format, write, timeout, **kw):
    """Run a Cypher query on Neo4j, read-only unless --write.

    \b
    Named queries:
      outperformers (name)  top-datasets (limit)  paper-proposes (title)  co-occurring (name, limit)
    \b
    Examples:
      kg query cypher "MATCH (m:Model) RETURN m.name AS model LIMIT 5"
      kg query cypher --named outperformers --param name=GPT-4 --format json
    """
    settings = _settings(kw)
    values = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{p!r} is not NAME=VALUE", param_hint="--param")
        try:
            values[name] = json.loads(value)
        except json.JSONDecodeError:
            values[name] = value
    if named:
        text, values = cypher_query.named_query(named, values)
    elif not text:
        raise click.UsageError("give a Cypher query or --named NAME")
    columns, rows = cypher_query.cypher(settings, text, values, write=write, timeout=timeout)
    _print_rows(columns, rows, out_format)


@cli.command()
@_data_dir_option
@click.option("--format", "fmt", type=click.Choice(sorted(store.EXPORT_FORMATS)), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.pass_context
def export(ctx, data_dir, fmt, output):
    """Export the whole graph as Turtle, N-Triples or JSON-LD.

    \b
    Example:
      kg export --format jsonld -o graph.jsonld
    """
    n = store.export(config.data_dir(data_dir), fmt, output)
    _say(ctx, f"kg: wrote {n} triples to {output}")


@cli.command("eval")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="Gold records (JSONL, the guidelines' format).")
@_input_options
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--bands", is_flag=True, help="Also print relation precision by confidence band.")
def evaluate(gold, inputs, in_format, skip_bad, spacy_model, workers, as_json, bands):
    """Extract INPUTS and score them against GOLD (the same figures as score.py).

    \b
    Example:
      kg eval --gold ../shared/gold/dev.jsonl ../shared/corpus/hf-daily-papers-*.txt
    """
    gold_recs = load_records(gold)
    pred = {title_key(x.paper.title): x.to_record()
            for x in pipeline.extract(inputs, in_format, skip_bad, spacy_model, workers=workers)}
    result = score(gold_recs, pred)
    if bands:
        result["confidence_bands"] = confidence_bands(gold_recs, pred)
    if as_json:
        click.echo(json.dumps(result, indent=1))
        return
    click.echo(format_scores(result))
    if bands:
        click.echo("relation precision by confidence:")
        for b in result["confidence_bands"]:
            click.echo(f"  {b['band']:>10}  {b['relations']:>4} relations  {b['correct']:>4} correct  "
                       f"precision {b['precision']:.3f}")


@cli.command()
@_data_dir_option
@_format_option
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Rows in each top list.")
def stats(data_dir, out_format, top):
    """Counts per class and relation, top entities, most evaluated datasets, most used metrics,
    papers per month, and how connected the graph is.

    \b
    Example:
      kg stats --top 20 --format json
    """
    result = graph_stats.summary(config.data_dir(data_dir), top)
    if out_format == "json":
        click.echo(json.dumps(result, indent=1))
        return
    for title, rows in result.items():
        if out_format == "table":
            click.echo(f"\n{title.replace('_', ' ')}")
        _print_rows(list(rows[0]) if rows else [], rows, out_format)


@cli.command()
@_data_dir_option
@_format_option
@click.option("--type", "entity_type", type=click.Choice(["Model", "Method"]), default=None,
              help="Rank only models or only methods.")
@click.option("--task", default=None, help="Only claims from papers on this task (name or alias).")
@click.option("--dataset", default=None, help="Only claims from papers evaluating on this dataset.")
def rank(data_dir, out_format, entity_type, task, dataset):
    """Rank models and methods by what the literature says outperforms what (PageRank on the win
    graph), with wins, losses and supporting papers; contradictory claims (cycles) are reported.

    \b
    Examples:
      kg rank --type Model
      kg rank --task "machine translation" --format csv
    """
    result = graph_stats.rank(config.data_dir(data_dir), entity_type, task, dataset)
    columns = ["rank", "entity", "type", "score", "wins", "losses", "claims", "papers"]
    if out_format == "json":
        click.echo(json.dumps({"ranking": result.rows, "cycles": result.cycles}, indent=1))
        return
    _print_rows(columns, result.rows, out_format)
    for cycle in result.cycles:
        click.echo(f"kg: contradictory claims: {' > '.join(cycle + cycle[:1])}", err=True)


@cli.command()
@_data_dir_option
@click.option("--entity", default=None, help="Draw this entity's neighbourhood (name or alias).")
@click.option("--top", type=click.IntRange(1), default=30, show_default=True,
              help="Without --entity: draw the N entities most papers name.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="FILE.html (self-contained), FILE.svg, or FILE.png (needs Chromium).")
@click.pass_context
def viz(ctx, data_dir, entity, top, output):
    """Draw the graph: node colour by type, edges labelled by relation, evidence on hover.

    \b
    Examples:
      kg viz --entity GSM8K -o gsm8k.html
      kg viz --top 40 -o top.png
    """
    g = pictures.claim_graph(config.data_dir(data_dir), entity, None if entity else top)
    pictures.write(g, f"Neighbourhood of {entity}" if entity else f"Top {top} entities", output)
    _say(ctx, f"kg: drew {g.number_of_nodes()} nodes and {g.number_of_edges()} edges -> {output}")


def main(argv=None) -> None:
    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.Abort:
        click.echo("kg: aborted", err=True)
        sys.exit(130)
    except KgError as e:
        click.echo(f"kg: error: {e}", err=True)
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        click.echo("kg: interrupted; nothing partial was published", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as e:  # the last line of defence: one line, never a traceback
        if os.environ.get("KG_DEBUG"):
            raise
        click.echo(f"kg: internal error: {e.__class__.__name__}: {e} (set KG_DEBUG=1 for details)", err=True)
        sys.exit(INTERNAL_ERROR)
