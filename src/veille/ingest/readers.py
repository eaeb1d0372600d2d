"""Readers per input format, dispatched on the file suffix."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from veille.errors import InvalidInput
from veille.model import Document, content_hash

__all__ = ["iter_inputs", "read_text_file", "make_document", "SUPPORTED_SUFFIXES", "looks_like_title"]

SUPPORTED_SUFFIXES = (".txt",)
_TITLE_END = re.compile(r"[.!?…:;,]$")


def looks_like_title(line: str) -> bool:
    """A first line is a title when it is short and does not end like a sentence."""
    line = line.strip()
    return 0 < len(line) <= 160 and len(line.split()) <= 25 and not _TITLE_END.search(line)


def make_document(
    raw: str,
    *,
    source: str,
    id: str | None = None,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    lang: str | None = None,
) -> Document:
    """A raw document; its id is given or derived from the content, so re-ingestion is a no-op."""
    digest = content_hash((title or "") + "\n" + raw)
    return Document(
        id=id or digest[:16],
        text=raw,
        raw=raw,
        source=source,
        title=title,
        published=published,
        url=url,
        lang=lang,
        content_hash=digest,
    )


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:8192]:
        raise InvalidInput("binary file (NUL bytes), not text", path=str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_text_file(path: Path, *, max_bytes: int, published: str | None = None) -> Document:
    size = path.stat().st_size
    if size > max_bytes:
        raise InvalidInput(f"file is {size} bytes, over the {max_bytes}-byte cap (--max-bytes)", path=str(path))
    text = _decode(path.read_bytes(), path)
    if not text.strip():
        raise InvalidInput("empty file", path=str(path))
    title = None
    first, _, rest = text.lstrip("\ufeff\n ").partition("\n")
    if rest.strip() and looks_like_title(first):
        title, text = first.strip(), rest
    return make_document(text, source=str(path), title=title, published=published)


def _walk(paths: Iterable[str | Path]) -> Iterator[Path | InvalidInput]:
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield InvalidInput("no such file or directory", path=str(path))
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        else:
            yield path


def iter_inputs(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = 20_000_000,
    published: str | None = None,
) -> Iterator[Document | InvalidInput]:
    for item in _walk(paths):
        if isinstance(item, InvalidInput):
            yield item
            continue
        try:
            yield read_text_file(item, max_bytes=max_bytes, published=published)
        except InvalidInput as exc:
            yield exc
        except OSError as exc:
            yield InvalidInput(f"cannot read: {exc.strerror or exc}", path=str(item))
