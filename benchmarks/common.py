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


class MemorySampler:
    """Peak proportional set size (PSS) of this process and all its descendants, sampled in a
    thread: forked workers share their parent's pages, so PSS sums without double counting.

    The kernel walks a process's page tables to report its PSS: about 15 ms for a 1.3 GB process,
    so three such processes sampled four times a second took a sixth of a core from the build being
    measured. The pause between samples is therefore at least 50 times the last sample's cost."""

    COST_FACTOR = 50

    def __init__(self, interval: float = 0.25):
        import threading
        self.interval = interval
        self._pause = interval
        self._peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        import os
        started = time.perf_counter()
        self._peak = max(self._peak, sum(_pss_kb(p) for p in _tree(os.getpid())))
        self._pause = max(self.interval, self.COST_FACTOR * (time.perf_counter() - started))

    def _run(self) -> None:
        while not self._stop.wait(self._pause):
            self._sample()

    def reset(self) -> None:
        self._peak = 0

    def peak_mb(self) -> float:
        self._sample()
        return self._peak / 1024

    def stop(self) -> None:
        self._stop.set()


def _tree(pid: int) -> list[int]:
    pids, i = [pid], 0
    while i < len(pids):
        try:
            with open(f"/proc/{pids[i]}/task/{pids[i]}/children") as f:
                pids += [int(c) for c in f.read().split()]
        except OSError:
            pass
        i += 1
    return pids


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def row(label: str, seconds: float, count: int | None = None, peak_mb: float | None = None,
        unit: str = "abstracts") -> None:
    rate = f"{count / seconds:10.1f} {unit}/s" if count and seconds > 0 else " " * (12 + len(unit))
    peak = f"  peak {peak_mb:7.0f} MB" if peak_mb is not None else ""
    print(f"  {label:<38} {seconds:8.2f} s  {rate}{peak}", flush=True)
