"""Chinese word segmentation: jieba behind an object that owns its own ``jieba.Tokenizer``.

Never the module-level ``jieba`` singleton: spaCy's built-in jieba segmenter and any other
library in the process use that one, and a user dictionary loaded into it would change their
output too. :class:`JiebaTokenizer` builds a private ``jieba.Tokenizer()`` lazily (loading the
main dictionary takes about a second the first time and jieba writes a cache file to the temp
dir), then adds SARA's domain terms so that 卓越绩效, 顾客满意度, 标杆值 … stay one token.

Domain terms (:func:`domain_terms`) come from three places: a built-in core list (so the
tokenizer works without any standard file), the curated list in ``domain_terms.txt`` next to this
module, and the clause and guidance titles of the standards passed in — :func:`default_tokenizer`
uses every standard that :func:`analyzer.standards.load_all` finds. Titles are split at
punctuation and 与/和/及; pieces of 2–8 characters without 的 become terms.

:func:`default_tokenizer` returns one tokenizer per process (created on first use).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .wordlists import read_word_list

if TYPE_CHECKING:
    import jieba

    from ..model import Standard

CORE_TERMS: tuple[str, ...] = (
    "卓越绩效",
    "自评报告",
    "顾客满意度",
    "标杆",
    "标杆值",
    "行业平均",
    "目标值",
    "过程管理",
    "战略部署",
    "社会责任",
    "知识产权",
    "员工满意度",
    "持续改进",
    "核心价值观",
)

CUT_CACHE_SIZE = 32768
"""Runs of text (between punctuation) whose words :class:`JiebaTokenizer` remembers (a few reports')."""

_SPLIT = re.compile(r"[^\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]+|与|和|及")


@dataclass(frozen=True, slots=True)
class Token:
    """A word and its half-open character range in the text it came from."""

    text: str
    start: int
    end: int


def curated_terms() -> tuple[str, ...]:
    """The terms in ``domain_terms.txt`` (comments and blank lines skipped)."""
    return read_word_list("domain_terms.txt")


def terms_from_titles(titles: Iterable[str | None]) -> tuple[str, ...]:
    """Dictionary terms from clause/guidance titles (see the module docstring)."""
    out: list[str] = []
    for title in titles:
        if not title:
            continue
        for piece in _SPLIT.split(title):
            if 2 <= len(piece) <= 8 and "的" not in piece and not piece.isascii():
                out.append(piece)
    return tuple(out)


def domain_terms(standards: Iterable[Standard] = ()) -> tuple[str, ...]:
    """Core terms + curated terms + terms from the standards' clause and guidance titles."""
    titles: list[str | None] = []
    for std in standards:
        titles.extend(c.title for c in std.clauses)
        titles.extend(g.title for g in std.guidance)
    seen: dict[str, None] = {}
    for term in (*CORE_TERMS, *curated_terms(), *terms_from_titles(titles)):
        seen.setdefault(term, None)
    return tuple(seen)


class JiebaTokenizer:
    """A private jieba tokenizer with a domain user dictionary, initialised on first use."""

    def __init__(self, terms: Iterable[str] = CORE_TERMS, *, cache_dir: str | None = None) -> None:
        self._terms = tuple(terms)
        self._cache_dir = cache_dir
        self._tok: jieba.Tokenizer | None = None
        self._lock = threading.Lock()
        # jieba segments each run of Chinese/Latin/digits between punctuation and spaces on its
        # own, so runs are cached: a paragraph scored by several scorers, or cut again sentence by
        # sentence, is segmented once.
        self._cut_run = lru_cache(maxsize=CUT_CACHE_SIZE)(self._segment_run)

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    def _tokenizer(self) -> jieba.Tokenizer:
        if self._tok is None:
            with self._lock:
                if self._tok is None:
                    import jieba

                    # jieba logs "Building prefix dict…" at DEBUG to stderr; keep the CLI quiet.
                    logging.getLogger("jieba").setLevel(logging.WARNING)
                    tok = jieba.Tokenizer()
                    if self._cache_dir is not None:
                        tok.tmp_dir = self._cache_dir
                    tok.initialize()
                    for term in self._terms:
                        tok.add_word(term)
                    self._tok = tok
        return self._tok

    def _segment_run(self, run: str) -> tuple[str, ...]:
        return tuple(self._tokenizer().cut(run, HMM=True))

    def clear_cache(self) -> None:
        """Forget the remembered segmentations (benchmarks time a report as if new)."""
        self._cut_run.cache_clear()

    def cut(self, text: str) -> list[str]:
        """Words of ``text`` (precise mode, HMM on for unknown words).

        Exactly ``jieba.Tokenizer.cut(text, HMM=True)``, which splits the text into runs matched
        by ``jieba.re_han_default`` (segmented, here through a cache) and the characters between
        them (whitespace runs kept whole, anything else one character at a time).
        """
        import jieba

        self._tokenizer()
        han, skip = jieba.re_han_default, jieba.re_skip_default
        words: list[str] = []
        for block in han.split(text):
            if not block:
                continue
            if han.match(block):
                words.extend(self._cut_run(block))
                continue
            for x in skip.split(block):
                if skip.match(x):
                    words.append(x)
                else:
                    words.extend(x)
        return words

    def tokens(self, text: str) -> list[Token]:
        """Words of ``text`` with character offsets; they cover ``text`` exactly, in order."""
        out: list[Token] = []
        start = 0
        for w in self.cut(text):
            out.append(Token(w, start, start + len(w)))
            start += len(w)
        return out


def default_tokenizer() -> JiebaTokenizer:
    """The tokenizer of the current :class:`~analyzer.resources.Resources`.

    One per standards search path (``SARA_STANDARDS_PATH`` and the working directory it may be
    relative to), so a process that points at another folder of standards gets a tokenizer with
    that folder's terms instead of the first one it built. Callers that own a ``Resources`` use
    its ``tokenizer`` instead.
    """
    from ..resources import Resources

    return Resources.current().tokenizer


def build_tokenizer() -> JiebaTokenizer:
    """A new tokenizer with terms from every standard found on the standards search path."""
    from ..errors import StandardError
    from ..standards import load_standard
    from ..standards.loader import standard_files

    standards = []
    for sid in sorted(standard_files()):
        try:
            standards.append(load_standard(sid))
        except StandardError:
            # An invalid standard file is reported by `sara standards validate`; segmentation
            # still works, with the terms of the valid standards and the curated ones.
            continue
    return JiebaTokenizer(domain_terms(standards))
