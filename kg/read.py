"""Readers: paper listings in, a stream of `Paper` records out, one paper at a time.

Every problem with the input becomes an `InputError` naming the file and line. With
`skip_bad`, a bad record (or the unreadable rest of a file) is counted in a `ReadReport`
instead, and reading goes on.
"""

import csv
import gzip
import io
import itertools
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError, InputError
from .records import Paper, title_key

FORMATS = ("hf", "jsonl", "csv")
MAX_TITLE_CHARS = 2_000
MAX_ABSTRACT_CHARS = 100_000
_CSV_FIELD_LIMIT = 64 * 1024 * 1024

_CODE_URL = re.compile(
    r"https?://(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|codeberg\.org)/[^\s)\]}>,;\"']+",
    re.IGNORECASE,
)
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_HF_DATE = re.compile(r"^([A-Z][a-z]{2}) (\d{1,2})(?:, (\d{4}))?(?: (\d+))?$")
_HF_AUTHORS = re.compile(r"^•\s*(\d+)\s+authors?$")
_HF_HEADER_END = "byAK and the research community"
_HF_HEADER_BLOCKS = 8


@dataclass
class ReadReport:
    """What reading met besides good papers: skipped records and duplicates."""

    papers: int = 0
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)


def code_urls(text: str) -> tuple[str, ...]:
    """Repository links in an abstract, without trailing sentence punctuation."""
    found = []
    for m in _CODE_URL.finditer(text):
        url = m.group(0).rstrip(".:")
        if url not in found:
            found.append(url)
    return tuple(found)


def read_papers(paths: Iterable[str | Path], fmt: str | None = None, skip_bad: bool = False,
                report: ReadReport | None = None) -> Iterator[Paper]:
    """Distinct papers from all inputs, in input order: the same title or id is one paper."""
    report = report if report is not None else ReadReport()
    seen_titles: set[str] = set()
    seen_ids: set[str] = set()
    for path in paths:
        for paper in _read_file(Path(path), fmt, skip_bad, report):
            key = title_key(paper.title)
            if key in seen_titles or (paper.external_id and paper.external_id in seen_ids):
                report.duplicates += 1
                continue
            seen_titles.add(key)
            if paper.external_id:
                seen_ids.add(paper.external_id)
            report.papers += 1
            yield paper


def _read_file(path: Path, fmt: str | None, skip_bad: bool, report: ReadReport) -> Iterator[Paper]:
    if fmt is not None and fmt not in FORMATS:
        raise ConfigError(f"unknown input format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        raw = path.open("rb")
    except OSError as err:
        raise InputError(path, f"cannot open: {err.strerror or err}") from None
    with raw:
        head = raw.read(2)
        raw.seek(0)
        stream = gzip.GzipFile(fileobj=raw) if head == b"\x1f\x8b" else raw
        lines = _LineReader(path, stream)
        try:
            kind = fmt or _detect(path, lines.peek())
            parse = {"hf": _parse_hf, "jsonl": _parse_jsonl, "csv": _parse_csv}[kind]
            for item in parse(path, lines):
                if isinstance(item, InputError):
                    if not skip_bad:
                        raise item
                    report.skipped.append(str(item))
                    continue
                yield item
        except InputError as err:
            if not skip_bad:
                raise
            report.skipped.append(f"{err} (rest of file skipped)")


class _LineReader:
    """Decoded lines with their numbers; turns decoding and gzip faults into InputError."""

    def __init__(self, path: Path, stream):
        self.path = path
        self.stream = stream
        self.number = 0
        self._peeked: bytes | None = None

    def _next_raw(self) -> bytes:
        try:
            return self.stream.readline()
        except (EOFError, OSError, zlib.error) as err:
            raise InputError(self.path, f"corrupt or truncated gzip data after line {self.number}: {err}") from None

    def peek(self) -> bytes:
        """The first 64 kB, for format detection, without consuming lines."""
        if self._peeked is None:
            try:
                self._peeked = self.stream.peek(65536)[:65536] if hasattr(self.stream, "peek") else b""
            except (EOFError, OSError, zlib.error) as err:
                raise InputError(self.path, f"corrupt or truncated gzip data: {err}") from None
        return self._peeked

    def __iter__(self) -> Iterator[tuple[int, str]]:
        while True:
            raw = self._next_raw()
            if not raw:
                return
            self.number += 1
            if b"\x00" in raw:
                raise InputError(self.path, "binary data (NUL byte); not a paper listing", self.number)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                raise InputError(self.path, f"not UTF-8 text (byte {err.start + 1} of the line)", self.number) from None
            yield self.number, text.rstrip("\r\n")


def _detect(path: Path, head: bytes) -> str:
    if not head.strip():
        raise InputError(path, "empty file: no papers to read")
    if b"\x00" in head:
        raise InputError(path, "binary data (NUL byte); not a paper listing")
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if re.match(r"<(!doctype\s+html|html|head|body)\b", text, re.IGNORECASE):
        raise InputError(path, "an HTML page; save the page as text (copy the visible text) instead", 1)
    names = path.name.lower().removesuffix(".gz")
    if names.endswith((".jsonl", ".ndjson", ".json")) or text.startswith("{"):
        return "jsonl"
    if names.endswith((".csv", ".tsv")):
        return "csv"
    first = text.split("\n", 1)[0].lower()
    if "," in first and "title" in first and "abstract" in first:
        return "csv"
    return "hf"


def _checked(path: Path, line: int, title, abstract, **meta) -> Paper | InputError:
    if not isinstance(title, str) or not title.strip():
        return InputError(path, "record has no title", line)
    if not isinstance(abstract, str) or not abstract.strip():
        return InputError(path, "record has no abstract", line)
    title, abstract = " ".join(title.split()), abstract.strip()
    if len(title) > MAX_TITLE_CHARS:
        return InputError(path, f"title is {len(title):,} characters, over the limit of {MAX_TITLE_CHARS:,}", line)
    if len(abstract) > MAX_ABSTRACT_CHARS:
        return InputError(path, f"abstract is {len(abstract):,} characters, over the limit of {MAX_ABSTRACT_CHARS:,}", line)
    return Paper(title=title, abstract=abstract, source=str(path), line=line,
                 code_urls=code_urls(abstract), **meta)


def _parse_jsonl(path: Path, lines: _LineReader) -> Iterator[Paper | InputError]:
    for number, text in lines:
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as err:
            yield InputError(path, f"broken JSON: {err.msg} (column {err.colno})", number)
            continue
        if not isinstance(obj, dict):
            yield InputError(path, "JSON line is not an object", number)
            continue
        authors = obj.get("authors")
        if isinstance(authors, str):  # arXiv metadata snapshot: "A, B and C"
            authors = [a.strip() for a in re.split(r",|\band\b", authors) if a.strip()]
        elif not isinstance(authors, list):
            authors = []
        authors = tuple(str(a) for a in authors)
        yield _checked(
            path, number, obj.get("title"), obj.get("abstract"),
            external_id=_str_or_none(obj.get("id")),
            date=_str_or_none(obj.get("date") or obj.get("update_date") or obj.get("published")),
            authors=authors, author_count=len(authors) or None,
            venue=_str_or_none(obj.get("venue")), url=_str_or_none(obj.get("url")),
        )


def _str_or_none(value) -> str | None:
    return str(value) if value not in (None, "") else None


def _parse_csv(path: Path, lines: _LineReader) -> Iterator[Paper | InputError]:
    numbered = iter(lines)
    line_of = {}

    def text_lines():
        for number, text in numbered:
            line_of["current"] = number
            yield text

    # The csv module's default 128 kB field limit would hide our own, clearer size limits.
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    reader = csv.DictReader(text_lines())
    fields = {(name or "").strip().lower(): name for name in reader.fieldnames or []}
    missing = [c for c in ("title", "abstract") if c not in fields]
    if missing:
        raise InputError(path, f"CSV header has no {' or '.join(missing)} column", 1)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield InputError(path, f"broken CSV: {err}", line_of.get("current"))
            continue
        get = lambda name: _str_or_none((row.get(fields[name]) or "").strip()) if name in fields else None  # noqa: E731
        authors = tuple(a.strip() for a in re.split(r";|\band\b", get("authors") or "") if a.strip())
        yield _checked(path, line_of.get("current"), get("title"), get("abstract"),
                       external_id=get("id"), date=get("date"), authors=authors,
                       author_count=len(authors) or None, venue=get("venue"), url=get("url"))


def _parse_hf(path: Path, lines: _LineReader) -> Iterator[Paper | InputError]:
    """Hugging Face Daily Papers page text: [page header] then title / abstract / [meta] blocks."""
    blocks = _blocks(lines)
    head = list(itertools.islice(blocks, _HF_HEADER_BLOCKS))
    marker = next((i for i, (_, b) in enumerate(head) if b[0] == _HF_HEADER_END), None)
    if marker is not None:
        head = head[marker + 1:]
        if head and len(head[0][1]) == 1 and _HF_DATE.match(head[0][1][0]):
            head = head[1:]  # the page's own date
    pending: list[tuple[int, str]] = []  # title and abstract of the entry being read
    for first_line, block in itertools.chain(head, blocks):
        if _is_meta(block):
            if len(pending) != 2:
                yield InputError(path, "author/date lines without a title and abstract before them", first_line)
            else:
                yield _hf_paper(path, pending, block)
            pending = []
            continue
        if len(pending) == 2:
            yield _hf_paper(path, pending, None)
            pending = []
        pending.append((first_line, " ".join(block)))
    if len(pending) == 2:
        yield _hf_paper(path, pending, None)
    elif pending:
        yield InputError(path, "title without an abstract (file truncated?)", pending[0][0])


def _blocks(lines: _LineReader) -> Iterator[tuple[int, list[str]]]:
    block, start = [], None
    for number, text in lines:
        text = text.strip()
        if not text:
            if block:
                yield start, block
            block, start = [], None
            continue
        if start is None:
            start = number
        block.append(text)
    if block:
        yield start, block


def _is_meta(block: list[str]) -> bool:
    return "·" in block or bool(_HF_AUTHORS.match(block[0]))


def _hf_paper(path: Path, pending: list[tuple[int, str]], meta: list[str] | None) -> Paper | InputError:
    (line, title), (_, abstract) = pending
    author_count = organisation = date = upvotes = None
    for text in meta or ():
        if m := _HF_AUTHORS.match(text):
            author_count = int(m.group(1))
        elif m := _HF_DATE.match(text):
            date = _hf_date(*m.group(1, 2, 3))
            upvotes = int(m.group(4)) if m.group(4) else None
        elif text != "·":
            organisation = text
    return _checked(path, line, title, abstract, date=date, author_count=author_count,
                    organisation=organisation, upvotes=upvotes)


def _hf_date(month: str, day: str, year: str | None) -> str | None:
    """ISO date, or an XSD gMonthDay (--MM-DD) when the page gives no year: never a guessed year."""
    number = _MONTHS.get(month.lower())
    if number is None:
        return None
    return f"{year}-{number:02d}-{int(day):02d}" if year else f"--{number:02d}-{int(day):02d}"


def read_text(text: str, name: str = "<text>", fmt: str | None = None) -> list[Paper]:
    """Papers from an in-memory listing (for notebooks and tests)."""
    data = text.encode("utf-8")
    lines = _LineReader(Path(name), io.BufferedReader(io.BytesIO(data)))
    kind = fmt or _detect(Path(name), data[:65536])
    parse = {"hf": _parse_hf, "jsonl": _parse_jsonl, "csv": _parse_csv}[kind]
    out = []
    for item in parse(Path(name), lines):
        if isinstance(item, InputError):
            raise item
        out.append(item)
    return out
