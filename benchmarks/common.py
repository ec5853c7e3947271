"""Helpers for the benchmarks: corpus slices, timing and peak memory."""

import gzip
import itertools
import resource
import time
from contextlib import contextmanager
from pathlib import Path

ACL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "acl-anthology-2016-2025.jsonl.gz"


def acl_slice(n: int, folder: Path) -> Path:
    """The first n records of the ACL corpus as a JSONL file."""
    out = folder / f"acl-{n}.jsonl"
    if not out.exists():
        with gzip.open(ACL, "rt", encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
            dst.writelines(itertools.islice(src, n))
    return out


def peak_rss_mb() -> float:
    """Peak resident set size of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


@contextmanager
def timed(label: str, count: int | None = None, unit: str = "abstracts"):
    start = time.perf_counter()
    yield
    seconds = time.perf_counter() - start
    rate = f"  {count / seconds:10.1f} {unit}/s" if count else ""
    print(f"{label:<40} {seconds:8.2f} s{rate}  peak {peak_rss_mb():8.0f} MB", flush=True)
