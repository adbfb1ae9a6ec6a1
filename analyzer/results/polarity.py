"""Which way is good for an indicator: up (满意度, 增长率, 合格率 …) or down (流失率, 投诉, 能耗, 候诊时间 …).

The keywords live in ``polarity.yaml`` next to this module (data, not code); :meth:`Polarity.with_overrides`
lets a caller set the direction of exact indicator names. The keyword that ends latest in the name
wins — the head of a Chinese noun phrase is at its end (``投诉按时办结率`` is an 办结率, so up) —
and among keywords ending at the same place the longest wins (``人均培训时长``: 培训时长, up). A
reducing verb before the keyword turns it round (``节约办事成本``, ``减少跑动次数``: up).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal

import yaml

from ..errors import DataFileError
from .numbers import fold

Direction = Literal["up", "down", "neutral"]
# A share: A占B(的)比例/比重/占比 — its direction is that of A.
_SHARE = re.compile(r"^(.{2,}?)占.{1,20}?的?(?:比例|比重|占比|比率)$")
_SHARE_TAIL = re.compile(r"(?:占比|比重|比例)$")
"""A share written by its part alone (``医保违规金额占比``): a part that is bad when higher makes the
share bad when higher; other parts leave the share to the keywords (海外收入占比 is an 占比, up)."""
_DIRECTIONS: tuple[Direction, ...] = ("up", "down", "neutral")


@dataclass(frozen=True, slots=True)
class Polarity:
    """Keyword → direction, plus exact names → direction (checked first)."""

    keywords: tuple[tuple[str, Direction], ...]
    names: tuple[tuple[str, Direction], ...] = ()
    inverting: tuple[str, ...] = ()
    """Words that turn a down-keyword into a good thing when they come before it (节约办事成本)."""
    decrease_tails: tuple[str, ...] = ()
    """Words that end a name with the size of a decrease (能耗降幅, 成本下降率): the thing decreased
    decides, turned round (a larger fall of energy use is better)."""
    _names: dict[str, Direction] = field(default_factory=dict, repr=False, compare=False)
    # Folded keywords and inverting words, computed once, and the answers given so far.
    _keys: list[tuple[str, Direction]] = field(default_factory=list, repr=False, compare=False)
    _inverting: list[str] = field(default_factory=list, repr=False, compare=False)
    _memo: dict[str, Direction | None] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._names.update({fold(n).casefold(): d for n, d in self.names})
        self._keys.extend((fold(w).casefold(), d) for w, d in self.keywords)
        self._inverting.extend(fold(w).casefold() for w in self.inverting)

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> Polarity:
        """From the YAML structure: ``up``/``down``/``neutral`` keyword lists and ``names``."""
        unknown = set(data) - {"schema", "up", "down", "neutral", "names", "inverting", "decrease_tails"}
        if unknown:
            raise DataFileError("指标极性词表", "polarity data", f"unknown keys {sorted(unknown)}")
        keywords: list[tuple[str, Direction]] = []
        for d in _DIRECTIONS:
            words = data.get(d) or []
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise DataFileError("指标极性词表", "polarity data", f"{d} must be a list of non-empty strings")
            keywords.extend((w, d) for w in words)
        names = data.get("names") or {}
        if not isinstance(names, Mapping):
            raise DataFileError("指标极性词表", "polarity data", "names must map indicator names to up/down/neutral")
        pairs: list[tuple[str, Direction]] = []
        for n, d in names.items():
            if d not in _DIRECTIONS:
                raise DataFileError("指标极性词表", "polarity data", f"names → {n}: {d!r} is not up, down or neutral")
            pairs.append((str(n), d))
        inverting = data.get("inverting") or []
        if not isinstance(inverting, list) or not all(isinstance(w, str) and w for w in inverting):
            raise DataFileError("指标极性词表", "polarity data", "inverting must be a list of non-empty strings")
        tails = data.get("decrease_tails") or []
        if not isinstance(tails, list) or not all(isinstance(w, str) and w for w in tails):
            raise DataFileError("指标极性词表", "polarity data", "decrease_tails must be a list of non-empty strings")
        return cls(tuple(keywords), tuple(pairs), tuple(inverting), tuple(tails))

    def with_overrides(self, names: Iterable[tuple[str, Direction]]) -> Polarity:
        """A copy in which the given exact indicator names take the given directions."""
        return Polarity(self.keywords, (*self.names, *tuple(names)), self.inverting, self.decrease_tails)

    def of(self, name: str) -> Direction | None:
        """The direction that is good for the indicator ``name`` (unit removed), or None if unknown."""
        try:
            return self._memo[name]
        except KeyError:
            if len(self._memo) >= 50_000:
                self._memo.clear()
            found = self._memo[name] = self._of(name)
            return found

    def _of(self, name: str) -> Direction | None:
        key = fold(name).casefold()
        if key in self._names:
            return self._names[key]
        share = _SHARE.match(key)
        if share is not None:  # 药品收入占医疗收入比例: the part decides, not the whole it is divided by
            part = self._of(share.group(1))
            if part is not None:
                return part
        tail = _SHARE_TAIL.search(key)
        if tail is not None and tail.start() >= 2 and self._of(key[: tail.start()]) == "down":
            return "down"  # 医保违规金额占比, 投诉占比: the share of something bad is bad
        for tail in self.decrease_tails:
            stem = key.removesuffix(fold(tail).casefold())
            if stem != key and len(stem) >= 2:
                decreased = self._of(stem.rstrip("的"))  # 万元产值综合能耗较2020年降幅: about 能耗
                if decreased in ("up", "down"):
                    return "down" if decreased == "up" else "up"
                return decreased
        named = _QUOTED.sub("", key)
        if named.strip() and named != key:
            # “时间银行”注册志愿者: a quoted name (a programme, a brand, a document) is no head word
            return self._of(named)
        best: tuple[int, int, int, Direction] | None = None
        for w, direction in self._keys:
            at = key.rfind(w)
            if at < 0:
                continue
            rank = (at + len(w), len(w), at, direction)
            if best is None or rank[:2] > best[:2]:
                best = rank
        if best is None:
            return None
        _, _, start, direction = best
        if direction in ("up", "down") and any(0 <= key.find(w) < start for w in self._inverting):
            return "up" if direction == "down" else "down"
        return direction


_QUOTED = re.compile("|".join(f"{o}[^{o}{c}]{{1,20}}{c}" for o, c in ("“”", "‘’", "「」", "『』", "《》", '""')))
"""A name in quotation marks or title marks inside an indicator's name (“时间银行”, 《员工手册》)."""


def default_polarity() -> Polarity:
    """The polarity data of the current :class:`~analyzer.resources.Resources`."""
    from ..resources import Resources

    return Resources.current().polarity


def load_polarity() -> Polarity:
    """The packaged ``polarity.yaml`` (a ``Resources`` holds one per process)."""
    text = resources.files(__package__).joinpath("polarity.yaml").read_text(encoding="utf-8")
    return Polarity.from_mapping(yaml.safe_load(text) or {})
