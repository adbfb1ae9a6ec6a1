"""Where sentences name indicators — once per item, in time linear in the text.

:func:`mentions` says whether one sentence names one indicator, allowing the usual shortenings
(``战略目标达成率`` for 年度战略目标达成率, ``营业收入增速`` for 营业收入增长率, ``冠脉产品`` for
冠脉介入产品). Asking it for every indicator × every sentence grows with the square of the report.
:class:`MentionIndex` answers the same question for all of them at once: it indexes the sentences'
characters once, and an indicator is tried only on the sentences holding the first and last
characters of one of its forms — a sentence naming it must hold them (the exact forms hold every
character; a shortened run starts and ends where the name does). The answers are those of
:func:`mentions`, which stays the definition (a test compares them).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import ResultsPatterns, default_patterns
from .numbers import fold

_PREFIXES = re.compile(r"^(?:年度|当年|全年|平均|主要|综合|累计|第三方|国内|公司|全员)+")
_QUALIFIERS = re.compile(r"^(?:主营业务|营业|销售)")
"""A leading qualifier of a compound name a report may drop (营业收入增长率 → 收入增速) where at least
:data:`HELD_NAME` characters are left (营业收入 itself is never just 收入)."""
_VARIANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("增长率", ("增速", "增幅", "增长")),
    ("占比", ("比重", "比例", "占")),
    ("满意度", ("满意率",)),
    ("数量", ("数",)),
)


# 一次交检合格率 FTY / 准时交付率OTD / 设备综合效率（OEE）: a Chinese name with its Latin abbreviation after it
_ALIASED = re.compile(r"^(?P<name>[^A-Za-z]*[\u4e00-\u9fff])[\s（(]*(?P<abbr>[A-Z][A-Za-z0-9]{1,7})[）)]?$")


def abbreviation(name: str) -> tuple[str, str] | None:
    """(Chinese name, abbreviation) when ``name`` is a whole indicator name in Chinese followed by its
    Latin abbreviation (``一次交检合格率 FTY``, ``准时交付率OTD``, ``设备综合效率（OEE）``); the report may then
    use either alone. Not ``来料PPM`` or ``KPI达成率``: there the Latin word is part of the name."""
    m = _ALIASED.match(fold(name).strip())
    if m is None or sum(c.isupper() for c in m.group("abbr")) < 2:
        return None
    chinese = m.group("name").strip()
    if not ends_like_an_indicator(chinese):
        return None
    return chinese, m.group("abbr")


def ends_like_an_indicator(name: str) -> bool:
    """Whether ``name`` ends the way an indicator's name does (``kpi-suffix``: 率, 满意度, 收入 …)."""
    return any(h.end == len(name) for h in default_patterns().find(name, "kpi-suffix"))


TAIL = 3
"""Characters the shortest tail of an indicator's name must have to name it (流失率 for 护理员年流失率)."""


def unique_tails(names: Sequence[str]) -> dict[str, str]:
    """For each name, its shortest tail that still ends like an indicator (at least :data:`TAIL`
    characters: ``护理员年流失率`` → ``流失率``) and that no other of ``names`` holds: within one item
    the report may write the indicator by that tail alone (``流失率2022年升到29.5%：…``). Callers
    take such a mention only together with one of the indicator's own figures
    (:meth:`MentionIndex.where_by_tail`)."""
    folded = {n: fold(n) for n in names}
    out: dict[str, str] = {}
    for n, f in folded.items():
        for i in range(len(f) - TAIL, 0, -1):
            tail = f[i:]
            if not ends_like_an_indicator(tail):
                continue
            if not any(tail in g for m, g in folded.items() if m != n):
                out[n] = tail
            break
    return out


HELD_NAME = 4
"""Characters a name must keep without its holder to still name one indicator (主动离职率, not 满意度)."""


def variants(name: str) -> tuple[str, ...]:
    """The forms a report uses for an indicator: the name, without a generic prefix, usual synonyms,
    a Chinese name and its abbreviation each alone (:func:`abbreviation`), and the name without whose
    figure it is when enough is left (``name-holder``: 员工主动离职率 → 主动离职率, not 员工满意度 → 满意度)."""
    return _variants(name, default_patterns())


# A bounded memo keyed by the name and the patterns it was read with: another Resources' patterns
# get their own entries (it keeps a reference to the few patterns objects among its keys).
@lru_cache(maxsize=4096)
def _variants(name: str, patterns: ResultsPatterns) -> tuple[str, ...]:
    base = fold(name)
    out = [base]
    if (split := abbreviation(base)) is not None:
        out.extend(split)
    holder = max((h.end for h in patterns.find(base, "name-holder") if h.start == 0), default=0)
    if holder and len(base) - holder >= HELD_NAME:
        out.append(base[holder:])  # 员工主动离职率 → 主动离职率
    short = _PREFIXES.sub("", base)
    if short and short != base:
        out.append(short)
    for n in list(out):
        bare = _QUALIFIERS.sub("", n)
        if bare != n and len(bare) >= HELD_NAME:
            out.append(bare)  # 营业收入增长率 → 收入增长率 (→ 收入增速 below)
    for word, alternatives in _VARIANTS:
        for n in list(out):
            if n.endswith(word):
                out.extend(n[: -len(word)] + alt for alt in alternatives)
    return tuple(dict.fromkeys(x for x in out if len(x) >= 2))


def mentions(sentence: str, name: str, unit: str | None = None) -> int:
    """Where ``sentence`` names the indicator (index of the mention), or -1.

    Exact names and their usual variants count; so does a run of the sentence whose characters
    all occur in order in the name (with its unit), that starts and ends where the name does and
    covers at least 60% of it (``冠脉产品`` in ``冠脉介入产品``, ``接待考察批次`` in ``接待外地考察学习（批次）``).
    """
    text = fold(sentence)
    forms = variants(name)
    for v in forms:
        at = text.find(v)
        if at >= 0:
            return at
    if "的" in text:  # 顾客的满意度 names 顾客满意度
        plain = text.replace("的", "")
        for v in forms:
            at = plain.find(v)
            if at >= 0:
                return at
    for v in forms:
        for target in (v, v + fold(unit or "")):
            at = _subsequence_run(text, target)
            if at >= 0:
                return at
    return -1


def _subsequence_run(text: str, name: str) -> int:
    if len(name) < 3:
        return -1
    need = max(3, math.ceil(0.6 * len(name)))
    final = len(name) - 1
    for i, ch in enumerate(text):
        if ch != name[0]:
            continue
        k, j = 0, i
        while k != final:
            if j + 1 >= len(text):
                break
            k2 = name.find(text[j + 1], k + 1)
            if k2 < 0:
                break
            j, k = j + 1, k2
        if k == final and j - i + 1 >= need:
            return i
    return -1


class MentionIndex:
    """The sentences of one item, indexed once by character; :meth:`where` finds an indicator's mentions."""

    def __init__(self, sentences: Sequence[str]) -> None:
        self.texts = tuple(fold(s) for s in sentences)
        self._by_char: dict[str, set[int]] = {}
        for k, t in enumerate(self.texts):
            for ch in set(t):
                self._by_char.setdefault(ch, set()).add(k)
        self._memo: dict[tuple[str, str | None], tuple[tuple[int, int], ...]] = {}

    def _candidates(self, name: str, unit: str | None) -> list[int]:
        empty: set[int] = set()
        found: set[int] = set()
        for v in variants(name):
            for target in (v, v + fold(unit or "")):
                if target:
                    found |= self._by_char.get(target[0], empty) & self._by_char.get(target[-1], empty)
        return sorted(found)

    def where(self, name: str, unit: str | None = None) -> tuple[tuple[int, int], ...]:
        """(sentence number, index of the mention) of every sentence naming the indicator, in order."""
        key = (name, unit)
        if key not in self._memo:
            hits = []
            for k in self._candidates(name, unit):
                at = mentions(self.texts[k], name, unit)
                if at >= 0:
                    hits.append((k, at))
            self._memo[key] = tuple(hits)
        return self._memo[key]

    def where_by_tail(self, tail: str, figures: Sequence[str]) -> tuple[tuple[int, int], ...]:
        """(sentence number, index) of the sentences that name an indicator by its tail
        (:func:`unique_tails`) and write one of its own ``figures`` (``29.5``) too."""
        t = fold(tail)
        folded = [fold(f) for f in figures if f]
        hits = []
        for k in sorted(self._by_char.get(t[0], set())):
            at = self.texts[k].find(t)
            if at >= 0 and any(_writes_figure(self.texts[k], f) for f in folded):
                hits.append((k, at))
        return tuple(hits)

    def names(self, k: int, names: Sequence[tuple[str, str | None]]) -> tuple[tuple[str, str | None], ...]:
        """Those of ``names`` that sentence ``k`` mentions."""
        return tuple(n for n in names if any(j == k for j, _ in self.where(*n)))


def _writes_figure(text: str, figure: str) -> bool:
    """``figure`` written in ``text`` as a number of its own (``29.5`` in ``升到29.5%``, not in ``129.5``)."""
    for m in re.finditer(re.escape(figure), text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end() : m.end() + 2]
        if not (before.isdigit() or before == ".") and not (after[:1].isdigit() or re.match(r"\.\d", after)):
            return True
    return False
