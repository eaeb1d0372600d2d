"""Bytes to text: UTF-8 first, then the legacy encodings French files actually come in.

Files that are not valid UTF-8 are almost always cp1252 or latin-1 (Windows editors, old CMS
exports). Statistical detectors guess poorly on short French texts (charset-normalizer reads
``Élève café`` in cp1252 as cp1250 or even Urdu cp1006), so a Western decoding that reads as
plausible Western text is preferred, and charset-normalizer only decides the rest (Cyrillic,
Central European, CJK). Whatever was done is said in a note, never silently.
"""

from __future__ import annotations

import codecs
import re

from veille.errors import InvalidInput

__all__ = ["decode_bytes", "decode_html", "looks_binary"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return.
_BINARY_CONTROLS = bytes(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D))
# Symbols that a Central European text read as cp1252 scatters inside words (ł → ³, ą → ¹,
# ż → ¿): a Western text never has them between two letters.
_SYMBOL_INSIDE_WORD = re.compile(r"[^\W\d_][¹²³¿¾¼½ª¦¨´¸µ¶¥¤][^\W\d_]")
_SNIFF = 8192
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{2,40})""", re.I)
# WHATWG: browsers read pages labelled latin-1/ascii as windows-1252, and so must we.
_WHATWG_ALIASES = {"latin_1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252"}


def looks_binary(data: bytes) -> bool:
    """Many NUL or control bytes in the first 8 kB: not a text file.

    Ratios, not "any NUL", so a hostile text with a few stray controls is still read (the clean
    stage drops them); images, archives and PDFs are far above both thresholds.
    """
    head = data[:_SNIFF]
    if not head:
        return False
    controls = sum(head.count(bytes([c])) for c in _BINARY_CONTROLS)
    return head.count(0) / len(head) > 0.02 or controls / len(head) > 0.05


def _looks_western(text: str) -> bool:
    letters = 0
    accented = 0
    for char in text:
        if char.isalpha():
            letters += 1
            if char > "\x7f":
                accented += 1
    # French has a few percent of accented letters (a third in a two-word line); Cyrillic or
    # Greek read as cp1252 is nearly all accented Latin letters.
    return letters > 0 and accented / letters <= 0.5 and not _SYMBOL_INSIDE_WORD.search(text)


def decode_bytes(data: bytes, path: str) -> tuple[str, str | None]:
    """Return ``(text, note)``; ``note`` says which non-UTF-8 decoding was used, else None.

    Raises :class:`InvalidInput` for binary data or bytes no known encoding reads.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), f"decoded as {encoding} (byte-order mark)"
            except UnicodeDecodeError:
                raise InvalidInput(f"starts with a {encoding} byte-order mark but is not {encoding}", path=path) from None
    if looks_binary(data):
        raise InvalidInput("binary file (NUL or control bytes), not text", path=path)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_western(text):
        # Bytes 0x80-0x9F are printable only in cp1252 (’ “ ” … € œ); without them the file is
        # just as well latin-1, which cp1252 decodes identically.
        encoding = "cp1252" if any(0x80 <= b <= 0x9F for b in data) else "latin-1"
        return text, f"decoded as {encoding} (not valid UTF-8 at byte {bad_at})"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InvalidInput("not text: no known encoding decodes it", path=path)
    return str(best), f"decoded as {best.encoding} (detected; not valid UTF-8 at byte {bad_at})"


def decode_html(data: bytes, path: str) -> tuple[str, str | None]:
    """HTML bytes to ``(text, note)``, as a browser would: valid UTF-8 is UTF-8 (whatever the page claims,
    since mislabelled UTF-8 pages are common), else the ``<meta charset>`` the page declares,
    else :func:`decode_bytes`. trafilatura's own guess reads undeclared cp1252 French as
    cp1250 (``à`` becomes ``ŕ``), hence decoding here. ``note`` is set only for a guess.
    """
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if match := _META_CHARSET.search(data[:_SNIFF]):
        try:
            declared = codecs.lookup(match[1].decode("ascii")).name.replace("-", "_")
        except LookupError:
            declared = None
        if declared and declared not in ("utf_8", "utf_16", "utf_32"):
            declared = _WHATWG_ALIASES.get(declared, declared)
            return data.decode(declared, errors="replace"), None
    return decode_bytes(data, path)

