"""Streaming read of the whole ACL corpus: papers/s and peak RSS (bounded memory).

    python benchmarks/read_memory.py
"""

from common import ACL, peak_rss_mb, timed

from kg.read import ReadReport, read_papers

if __name__ == "__main__":
    report = ReadReport()
    with timed("read all ACL records (streaming)", None):
        n = sum(1 for _ in read_papers([ACL], report=report))
    print(f"papers {n}, duplicates {report.duplicates}, skipped {len(report.skipped)}, peak RSS {peak_rss_mb():.0f} MB")
