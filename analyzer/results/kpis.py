"""Key indicators the process chapters and the profile name, and whether the results report them.

A sentence naming key indicators uses one of the words 关键绩效指标, 关键过程指标, 关键指标, 核心指标,
KPI (``战略关键绩效指标包括营业收入、净利润率、海外收入占比…``); a following sentence that starts with
例如/如/比如/包括 continues it. From such a sentence the list items that look like indicators — they
end like one (率, 度, 量, 额, 数, 时间, 周期, 成本, 能耗, 收入, 利润, 占比, 份额, 投诉, 事故 …) — are taken,
without the part before the last 的 (``研发过程的开发周期达成率`` → 开发周期达成率). Plain 考核指标 or
监测指标 lists (a department's or a workplace's measures) are not key indicators.

An indicator is reported when a result item names it in a table or sentence, also in the usual
shortened or longer forms (``单吨能耗`` ↔ ``单吨产品综合能耗``, ``安全事故`` ↔ ``生产安全死亡及重伤事故``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Paragraph
from .lexicon import default_patterns
from .mentions import MentionIndex, ends_like_an_indicator
from .numbers import fold
from .prose import clauses, sentences

# The words (key-indicator words, list continuations, name endings, lead verbs, general words) are
# the ``kpi-*`` patterns of patterns.yaml.
_ITEM_SPLIT = re.compile(r"[，、；：;:,（）()“”\"‘’《》]|(?:和|以及|及(?![时格])|与|或)(?=[\u4e00-\u9fffA-Za-z])|等")
_LETTERS = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,}")


def _triggers(text: str) -> bool:
    return default_patterns().has(text, "kpi-trigger")


def _continues(text: str) -> bool:
    return any(h.start == 0 for h in default_patterns().find(text, "kpi-continues"))


def _after_lead(item: str) -> str:
    """The item after the last lead verb that two or more letters follow (审视收入 → 收入)."""
    leads = [h for h in default_patterns().find(item, "kpi-lead") if _LETTERS.match(item, h.end)]
    return item[max(h.end for h in leads) :] if leads else item


@dataclass(frozen=True, slots=True)
class KeyIndicator:
    """An indicator a process chapter or the profile calls key, and where."""

    name: str
    paragraph: str
    sentence: str


def key_indicators(paragraphs: Iterable[Paragraph]) -> tuple[KeyIndicator, ...]:
    """Key indicators named in ``paragraphs`` (process and profile text), first naming only."""
    found: dict[str, KeyIndicator] = {}
    for p in paragraphs:
        if p.table is not None or p.kind == "heading":
            continue
        sents = sentences(p)
        for k, s in enumerate(sents):
            if not _triggers(s):
                continue
            named = [(n, s) for n in _listed(s)]
            if k + 1 < len(sents) and _continues(sents[k + 1]):
                named += [(n, sents[k + 1]) for c in clauses(sents[k + 1]) for n in _items(c)]
            for name, sentence in named:
                found.setdefault(name, KeyIndicator(name, p.id, sentence))
    return tuple(found.values())


def _listed(sentence: str) -> list[str]:
    """Items listed with the key-indicator word: in its clause, and in the clauses right after it
    when they start a list (``…关键绩效指标，例如A、B，C、D``)."""
    parts = clauses(sentence)
    out: list[str] = []
    for i, clause in enumerate(parts):
        if not _triggers(clause):
            continue
        out += _items(clause)
        if i + 1 < len(parts) and _continues(parts[i + 1]):
            for following in parts[i + 1 :]:
                items = _items(following)
                if not items:
                    break
                out += items
    return out


def _items(text: str) -> list[str]:
    out = []
    for raw in _ITEM_SPLIT.split(text):
        item = raw.strip(" 。.")
        if "的" in item:
            item = item.rsplit("的", 1)[1]
        if len(item) >= 8:
            item = _after_lead(item)
        item = re.sub(r"^(?:\d+[)）.、]|对应指标为|指标为|分别为|例如|比如|包括|主要是|如|是|看)", "", item).strip()
        if not (2 <= len(item) <= 12) or not ends_like_an_indicator(item) or re.search(r"\d", item):
            continue
        p = default_patterns()
        if any(h.text == item for h in p.find(item, "kpi-generic")) or p.has(item, "kpi-not-indicator"):
            continue
        out.append(item)
    return out


class ResultNames:
    """The indicators and sentences of all result items, indexed once, so that asking whether each
    key indicator is reported costs time linear in the report (not keys × sentences)."""

    def __init__(self, result_names: Iterable[str], result_texts: Sequence[str]) -> None:
        self._names = tuple(dict.fromkeys(fold(r) for r in result_names))
        self._texts = MentionIndex(result_texts)
        self._by_last: dict[str, list[str]] = {}
        self._set = frozenset(self._names)
        for rn in self._names:
            if rn:
                self._by_last.setdefault(rn[-1], []).append(rn)
        self._chars: dict[str, set[str]] = {}
        for rn in self._names:
            for ch in set(rn):
                self._chars.setdefault(ch, set()).add(rn)

    def reported(self, name: str) -> bool:
        """Whether a key indicator appears among the result indicators or in the results' sentences."""
        key = fold(name)
        if not key:
            return False
        # result names containing the key: they hold every character of it
        holders = set.intersection(*(self._chars.get(ch, set()) for ch in set(key)))
        if any(key in rn for rn in holders):
            return True
        # result names (≥ 4 characters) inside the key
        if any(key[i:j] in self._set for i in range(len(key)) for j in range(i + 4, len(key) + 1)):
            return True
        # the key as a subsequence of a result name: both end with the same character
        if any(_is_subsequence(key, rn) for rn in self._by_last.get(key[-1], ())):
            return True
        return bool(self._texts.where(key))


def reported(name: str, result_names: Iterable[str], result_texts: Iterable[str]) -> bool:
    """Whether a key indicator appears among the result indicators or in the results' sentences
    (one question; :class:`ResultNames` answers many in linear time)."""
    return ResultNames(result_names, tuple(result_texts)).reported(name)


def _is_subsequence(short: str, long: str) -> bool:
    """``short`` occurs in order inside ``long``, which is not much longer (单吨能耗 in 单吨产品综合能耗)."""
    if len(short) < 3 or len(long) > 3 * len(short) or (short[0] != long[0] and short[0] not in long[:4]):
        return False
    it = iter(long)
    return all(ch in it for ch in short) and short[-1] == long[-1]
