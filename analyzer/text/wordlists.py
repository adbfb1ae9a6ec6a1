"""Word lists shipped beside the text modules (``domain_terms.txt``, ``heading_labels.txt``): one
entry per line; blank lines and lines starting with ``#`` are skipped."""

from __future__ import annotations

from importlib import resources


def read_word_list(filename: str) -> tuple[str, ...]:
    """The entries of ``filename`` in this package, in file order."""
    data = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in data.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
