"""File names people give us, made safe to show and to store.

A name comes from the file system (bytes that may not be UTF-8: Python hands them over as lone
surrogates), from a browser upload (any Unicode, any length, possibly with a newline or a bidi
override in it), or from a batch of uploads that all share one name (自评报告.docx ×3).

- :func:`printable`: any text as one line of valid Unicode (undecodable bytes become U+FFFD,
  control and bidi-control characters become a space), for messages, JSON and tables.
- :func:`display_name`: the last path component of a name, printable, never empty.
- :func:`disk_name`: a display name that is also a safe single file name of at most 255 bytes
  (the suffix is kept, the stem shortened), for writing an upload to a temporary folder.
- :func:`unique_names`: disk names for a batch, with `` (2)``, `` (3)`` … added to repeats, so no
  upload overwrites another.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import PurePosixPath

MAX_NAME_BYTES = 255
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACES = re.compile(r"\s+")


def printable(text: str) -> str:
    """``text`` as one line of valid Unicode: lone surrogates → U+FFFD, control and bidi-control
    characters → a space, runs of whitespace → one space."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    if any(ch in _BIDI or unicodedata.category(ch) == "Cc" for ch in text):
        text = "".join(" " if ch in _BIDI or unicodedata.category(ch) == "Cc" else ch for ch in text)
        text = _SPACES.sub(" ", text).strip()
    return text


def display_name(name: str, default: str = "upload") -> str:
    """The file-name part of ``name`` (``/`` and ``\\`` both separate folders), printable."""
    base = PurePosixPath(name.replace("\\", "/")).name
    return printable(base).strip() or default


def disk_name(name: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """:func:`display_name` shortened to ``max_bytes`` of UTF-8, keeping the suffix (``.docx``)."""
    shown = display_name(name).replace("\x00", " ")
    if shown in (".", ".."):
        shown = "upload"
    if len(shown.encode("utf-8")) <= max_bytes:
        return shown
    path = PurePosixPath(shown)
    suffix = path.suffix if len(path.suffix.encode("utf-8")) <= 16 else ""
    stem = shown[: len(shown) - len(suffix)] if suffix else shown
    budget = max_bytes - len(suffix.encode("utf-8")) - len("…".encode())
    out = stem.encode("utf-8")[:budget].decode("utf-8", "ignore")
    return out + "…" + suffix


def unique_names(names: Iterable[str], max_bytes: int = MAX_NAME_BYTES) -> list[str]:
    """:func:`disk_name` of each name, repeats (case-insensitive) numbered `` (2)``, `` (3)`` …"""
    taken: set[str] = set()
    out: list[str] = []
    for name in names:
        base = disk_name(name, max_bytes)
        candidate, n = base, 1
        while candidate.casefold() in taken:
            n += 1
            path = PurePosixPath(base)
            tag = f" ({n})"
            candidate = disk_name(path.stem, max_bytes - len((tag + path.suffix).encode())) + tag + path.suffix
        taken.add(candidate.casefold())
        out.append(candidate)
    return out
