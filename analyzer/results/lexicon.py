"""The results patterns (``patterns.yaml``) applied with spaCy matchers: one home for each pattern.

:class:`ResultsPatterns` is built once per process (:func:`default_patterns`) from the data file
next to this module:

- **phrases** (comparison words, targets, requirements, reasons, gaps …) are found with a spaCy
  ``PhraseMatcher`` over the *characters* of the text, so a phrase is found wherever it is written
  (``同行业平均`` holds 行业 and 平均 whatever jieba makes of it); a **mask** hides a hit inside a
  longer phrase (随货同行 is no peer, 因此 no reason);
- **sequences** compose phrase hits (``受…影响``, ``位列全市第三``, ``同期澜州市12345热线分别为88.1%``);
- **tokens** are spaCy ``Matcher`` patterns over the words of SARA's jieba tokenizer (the one the
  sentence splitter uses): years (``2021年``, ``2021年度``, ``FY2021``), and the links that make
  spans (``2021—2023年``) and lists (``2021年、2022年和2023年``) of them — see :func:`year_mentions`.

Texts are :func:`~analyzer.results.numbers.fold` ed first. Answers are cached per text, so asking
several questions about one sentence costs one match. spaCy is imported on first use.

Measured (2026-12, the 20 labelled Markdown reports): of 5,360 clauses holding a year, the token
patterns and the regular expressions they replaced agree on 5,353; the 7 others are years the
regexes missed (``由2021年26%提高到2023年43%``). jieba glues 年 to the next word (``2023`` / ``年收入``),
so a year is a 20xx word followed by a word *starting* with 年. Cost: about 190 µs per clause
against 8 µs for a regex (jieba and the Doc); the check step stays linear in report length
(d1 report ×1 → ×4: check 0.19 s → 0.75 s, ``pipelines/bench_results_scaling.py``) and costs
about 0.02 s more per 31,000-字 report than the regexes did (``pipelines/bench_pipeline.py``: check
0.045 s against 0.024 s; whole analysis unchanged at 0.60 s; peak RSS 615 against 611 MB).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import DataFileError
from .numbers import fold, is_year

if TYPE_CHECKING:
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

SCHEMA = "sara.results-patterns/1"
_TOP = {"schema", "phrases", "mask", "sequences", "tokens"}
_SEQUENCE_KEYS = {"steps", "within", "stop", "digit_after"}
_YEAR_LABELS = ("year", "date", "plan-year", "year-bare", "year-span-link", "year-list-link")
"""Token labels a patterns file must define (``year-short-cell``, two-digit years in a table cell, is optional)."""


_SHORT_YEARS = re.compile(r"(?<![0-9.])[0-3][0-9]年.*(?<![0-9.])[0-3][0-9]年")
"""Two two-digit years in one text (``21年14家、22年17家``): the cheap test before :data:`SHORT_YEAR_RUN`."""
SHORT_YEAR_RUN = 2
"""Consecutive two-digit years (``21年…、22年…``) a text must write before its ``21年`` are years: one
``21年`` alone is as often a duration (成立21年) as a year."""
_LED_YEAR = re.compile(r"(?P<lead>[^（()）]{1,6})[（(](?P<year>[^（()）]{2,10})[）)]")
"""``本年（2023年）``: a word for the period before the year it is."""


class PatternsError(DataFileError):
    """The patterns file is not valid (the message names the path of the problem)."""

    def __init__(self, detail: str) -> None:
        super().__init__("结果证据模式", "results patterns file is invalid", detail)


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase or sequence found in a text: its label, character range and the text matched."""

    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sequence_:
    steps: tuple[str, ...]
    within: int
    stop: str
    digit_after: bool = False


@dataclass(frozen=True, slots=True)
class YearMention:
    """Years written together: one year (``2021年``), a span (``2021—2023年``) or a list
    (``2021年、2022年和2023年``); character offsets in the folded text."""

    years: tuple[int, ...]
    start: int
    end: int
    is_list: bool


def _academic_year(doc: Doc, s: int, e: int) -> int | None:
    """The year an academic-year match (``2020—2021学年``) stands for: the last number before 学年."""
    for k in range(e - 1, s - 1, -1):
        if doc[k].text.isdigit() and len(doc[k].text) == 4:
            y = int(doc[k].text)
            return y if is_year(y) else None
    return None


def _word(word: str) -> str:
    """A word as the token patterns see it: figures other than a possible year, month or day become ``#`` (the
    patterns never look at them, and the vocabulary does not grow with every figure of a report)."""
    if len(word) <= 8 and sum(ch.isdigit() for ch in word) == 4 and "20" in word:
        return word
    if len(word) <= 2 and word.isdigit():  # months and days (2023年4月 is a date): a bounded set
        return word
    if len(word) == 4 and word[:2].upper() == "FY" and word[2:].isdigit():  # FY21: a bounded set too
        return word
    return "#" if any(ch.isdigit() for ch in word) else word


def _validate(data: object, source: str) -> dict[str, Any]:
    problems: list[str] = []
    if not isinstance(data, Mapping):
        raise PatternsError(f"{source}: expected a mapping at the top")
    unknown = set(data) - _TOP
    if unknown:
        problems.append(f"{source}: unknown keys {sorted(unknown)}")
    if data.get("schema") != SCHEMA:
        problems.append(f"{source}: schema must be {SCHEMA!r}")
    phrases = data.get("phrases") or {}
    if not isinstance(phrases, Mapping):
        problems.append(f"{source}: phrases must map labels to lists of words")
        phrases = {}
    for label, words in phrases.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            problems.append(f"{source}: phrases → {label}: must be a list of non-empty strings")
    for label, words in (data.get("mask") or {}).items():
        if label not in phrases:
            problems.append(f"{source}: mask → {label}: no such phrase label")
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            problems.append(f"{source}: mask → {label}: must be a list of non-empty strings")
    for label, ways in (data.get("sequences") or {}).items():
        if not isinstance(ways, list):
            problems.append(f"{source}: sequences → {label}: must be a list")
            continue
        for i, way in enumerate(ways):
            where = f"{source}: sequences → {label} → {i}"
            if not isinstance(way, Mapping) or set(way) - _SEQUENCE_KEYS or "steps" not in way:
                problems.append(f"{where}: expected keys {sorted(_SEQUENCE_KEYS)} (steps required)")
                continue
            for step in way["steps"]:
                if step not in phrases:
                    problems.append(f"{where} → steps: {step!r} is no phrase label")
            if not isinstance(way.get("within", 0), int):
                problems.append(f"{where} → within: must be a whole number")
    tokens = data.get("tokens") or {}
    for label in _YEAR_LABELS:
        if label not in tokens:
            problems.append(f"{source}: tokens → {label}: missing")
    if problems:
        raise PatternsError("\n".join(problems))
    return dict(data)


class ResultsPatterns:
    """The compiled patterns of one data file."""

    def __init__(self, data: Mapping[str, Any], source: str = "patterns.yaml") -> None:
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher

        spec = _validate(data, source)
        self._nlp = spacy.blank("zh")  # only its vocabulary: Docs are built from words here
        self.vocab: Vocab = self._nlp.vocab
        self.labels: frozenset[str] = frozenset(spec.get("phrases") or {})
        self._phrases: PhraseMatcher = PhraseMatcher(self.vocab)
        self._label_words: dict[str, tuple[str, ...]] = {
            label: tuple(dict.fromkeys(fold(w) for w in words)) for label, words in (spec.get("phrases") or {}).items()
        }
        for label, words in (spec.get("phrases") or {}).items():
            self._phrases.add(label, [self._chars(fold(w)) for w in dict.fromkeys(words)])
        self._masks: PhraseMatcher = PhraseMatcher(self.vocab)
        for label, words in (spec.get("mask") or {}).items():
            self._masks.add(label, [self._chars(fold(w)) for w in dict.fromkeys(words)])
        self.sequences: dict[str, tuple[Sequence_, ...]] = {
            label: tuple(
                Sequence_(
                    tuple(w["steps"]), int(w.get("within", 0)), str(w.get("stop", "")), bool(w.get("digit_after"))
                )
                for w in ways
            )
            for label, ways in (spec.get("sequences") or {}).items()
        }
        self._tokens: Matcher = Matcher(self.vocab)
        for label, patterns in (spec.get("tokens") or {}).items():
            self._tokens.add(label, patterns)
        self._lock = threading.Lock()
        self.hits = lru_cache(maxsize=65536)(self._hits)
        self.year_mentions = lru_cache(maxsize=65536)(self._year_mentions)
        # instance memos (this object's own state, not a class-level cache keyed by self)
        self._token_labels = lru_cache(maxsize=65536)(self._token_labels_of)
        self._cell_year = lru_cache(maxsize=16384)(self._cell_year_of)
        self._years_inside = lru_cache(maxsize=16384)(self._years_inside_of)

    # ------------------------------------------------------------------ phrases and sequences

    def _chars(self, text: str) -> Doc:
        from spacy.tokens import Doc

        return Doc(self.vocab, words=list(text), spaces=[False] * len(text))

    def _hits(self, text: str) -> tuple[Hit, ...]:
        """Every phrase hit in ``text`` (folded), masked ones removed, in order of start."""
        if not text:
            return ()
        strings = self.vocab.strings
        with self._lock:
            doc = self._chars(text)
            found = self._phrases(doc)
            masks = self._masks(doc)
        hidden: dict[str, list[tuple[int, int]]] = {}
        for mid, s, e in masks:
            hidden.setdefault(strings[mid], []).append((s, e))
        out = []
        for mid, s, e in found:
            label = strings[mid]
            if any(ms <= s and e <= me and (ms, me) != (s, e) for ms, me in hidden.get(label, ())):
                continue
            out.append(Hit(label, s, e, text[s:e]))
        return tuple(sorted(out, key=lambda h: (h.start, -h.end)))

    def words(self, label: str) -> tuple[str, ...]:
        """The phrases of ``label`` as written in the data file (folded), in file order."""
        return self._label_words.get(label, ())

    def find(self, text: str, label: str) -> tuple[Hit, ...]:
        """Hits of one phrase or sequence label in ``text`` (folded first)."""
        text = fold(text)
        if label not in self.labels and label not in self.sequences:
            raise KeyError(f"no results pattern {label!r}")
        found = tuple(h for h in self.hits(text) if h.label == label) if label in self.labels else ()
        if label in self.sequences:
            found = tuple(sorted(found + self._sequence_hits(text, label), key=lambda h: (h.start, h.end)))
        return found

    def first(self, text: str, label: str) -> Hit | None:
        found = self.find(text, label)
        return found[0] if found else None

    def has(self, text: str, *labels: str) -> bool:
        """Whether ``text`` holds a hit of any of ``labels``."""
        return any(self.find(text, label) for label in labels)

    def _sequence_hits(self, text: str, label: str) -> tuple[Hit, ...]:
        out: list[Hit] = []
        hits = self.hits(text)
        by_label: dict[str, list[Hit]] = {}
        for h in hits:
            by_label.setdefault(h.label, []).append(h)
        for way in self.sequences[label]:
            for first in by_label.get(way.steps[0], ()):
                end = self._follow(text, first.end, way, by_label, 1)
                if end is not None:
                    out.append(Hit(label, first.start, end, text[first.start : end]))
        return tuple(sorted(out, key=lambda h: (h.start, h.end)))

    def _follow(self, text: str, at: int, way: Sequence_, by_label: Mapping[str, list[Hit]], k: int) -> int | None:
        """The end of the shortest completion of ``way`` from step ``k`` on, starting after ``at``."""
        if k == len(way.steps):
            if way.digit_after:
                rest = text[at:].lstrip()
                return at if rest[:1].isdigit() else None
            return at
        for h in by_label.get(way.steps[k], ()):
            if h.start < at or h.start - at > way.within:
                continue
            if any(c in way.stop for c in text[at : h.start]):
                continue
            end = self._follow(text, h.end, way, by_label, k + 1)
            if end is not None:
                return end
        return None

    # ------------------------------------------------------------------ years

    def token_labels(self, text: str) -> frozenset[str]:
        """The token-pattern labels matching somewhere in ``text`` (folded): ``plan-year`` …"""
        return self._token_labels(fold(text))

    def _token_labels_of(self, text: str) -> frozenset[str]:
        if "20" not in text:  # every token pattern holds a year 20xx
            return frozenset()
        with self._lock:
            doc, _ = self._words(text)
            matches = self._tokens(doc)
        return frozenset(self.vocab.strings[mid] for mid, _, _ in matches)

    def _words(self, text: str) -> tuple[Doc, tuple[tuple[int, int], ...]]:
        """The jieba words of ``text`` without whitespace (``2024 年度`` from a PDF is 2024, 年度),
        and each word's character range in ``text``."""
        from spacy.tokens import Doc

        from ..text.tokenize import default_tokenizer

        tokens = [t for t in default_tokenizer().tokens(text) if t.text.strip()]
        words = [_word(t.text.strip()) for t in tokens]
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        return doc, tuple((t.start, t.end) for t in tokens)

    def cell_year(self, cell: str) -> int | None:
        """The year a table header or row label stands for when it is a year and nothing else:
        ``2021``, ``2021年``, ``2021年度``, ``FY2022``, ``２０２３年（实际）`` (a bare number counts in a cell)."""
        text = fold(cell).strip()
        note = [h for h in self.find(text, "year-cell-note") if h.end == len(text)]
        if note:
            text = text[: note[0].start].strip()
        led = _LED_YEAR.fullmatch(text)
        leads = self.find(text, "year-cell-lead") if led is not None else ()
        if led is not None and any(h.start == 0 and h.end == led.end("lead") for h in leads):
            text = led.group("year").strip()  # 本年（2023年） / 上年同期（2022年）: the organisation's own year
        return self._cell_year(text) if text else None

    def _cell_year_of(self, text: str) -> int | None:
        if not any(ch.isdigit() for ch in text):  # every year pattern holds a number
            return None
        strings = self.vocab.strings
        with self._lock:
            doc, _ = self._words(text)
            matches = self._tokens(doc)
        for mid, s, e in matches:
            label = strings[mid]
            if s != 0 or e != len(doc) or label not in ("year", "year-bare", "year-short-cell", "year-academic"):
                continue
            if label == "year-academic":
                return _academic_year(doc, s, e)
            if label == "year-short-cell":
                y = 2000 + int("".join(ch for ch in doc.text if ch.isdigit())[-2:])
                return y if is_year(y) else None
            if label == "year" and doc[e - 1].text not in ("年", "年度", "财年") and doc[e - 1].text[:1] == "年":
                continue  # 2023年目标值: more than a year
            y = int("".join(ch for ch in doc.text if ch.isdigit())[-4:])
            return y if is_year(y) else None
        return None

    def years_inside(self, text: str) -> tuple[int, ...]:
        """Every year written inside a header or label, with or without 年 (``全市平均（2023年）``,
        ``标杆区（2022）``), in order; a longer number (``12345``) holds none."""
        return self._years_inside(fold(text))

    def _years_inside_of(self, text: str) -> tuple[int, ...]:
        if "20" not in text:  # every year pattern holds a number 20xx
            return ()
        strings = self.vocab.strings
        with self._lock:
            doc, _ = self._words(text)
            matches = self._tokens(doc)
        academic = self._academic_years(doc, matches)
        starts = {s: y for s, (y, _) in academic.items()}
        covered = {k for s, (_, e) in academic.items() for k in range(s + 1, e)}  # 2022—2023学年 is one year
        for mid, s, e in sorted(matches, key=lambda m: (m[1], -m[2])):
            if s in covered or s in starts:
                continue
            if strings[mid] in ("year", "year-bare"):
                digits = "".join(ch for ch in doc[s:e].text if ch.isdigit())
                y = int(digits[-4:]) if digits else 0
                if is_year(y):
                    starts.setdefault(s, y)
                    covered.update(range(s + 1, e))  # FY 2023 is one year, not FY 2023 and 2023
        return tuple(starts[k] for k in sorted(starts))

    def _academic_years(self, doc: Doc, matches: Sequence[tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
        """Academic years (``2020—2021学年``) among ``matches``: first token → (year, end token), the
        longest match at each start and none inside another."""
        out: dict[int, tuple[int, int]] = {}
        covered: set[int] = set()
        for mid, s, e in sorted(matches, key=lambda m: (m[1], -m[2])):
            if self.vocab.strings[mid] != "year-academic" or s in covered or s in out:
                continue
            y = _academic_year(doc, s, e)
            if y is not None:
                out[s] = (y, e)
                covered.update(range(s + 1, e))
        return out

    def _year_mentions(self, text: str) -> tuple[YearMention, ...]:
        """Years in ``text`` (folded): spans (``2021—2023年``), lists (``2021、2022和2023年``) and
        single years, each year word used once, in order. A bare number (``2021`` without 年) is a
        year only inside a span or list that ends with 年; a two-digit one (``21年``) only where the
        text writes :data:`SHORT_YEAR_RUN` or more consecutive ones (``21年14家、22年17家``)."""
        if "20" not in text and not _SHORT_YEARS.search(text):  # every year holds 20xx, or two 21年
            return ()
        strings = self.vocab.strings
        with self._lock:
            doc, ranges = self._words(text)
            matches = self._tokens(doc)
        year_at: dict[int, tuple[int, int]] = {}  # token index of the number → (year, end token)
        ends: dict[int, int] = {}  # token index → where a year's text ends inside it
        bare: dict[int, int] = {}
        links: dict[int, tuple[str, int]] = {}  # first token of a link → (span or list, end token)
        dates = {s for mid, s, _ in matches if strings[mid] == "date"}
        academic = self._academic_years(doc, matches)  # 2020—2021学年: one year
        inside = {k for s, (_, e) in academic.items() for k in range(s + 1, e)}
        year_at.update(academic)
        short: dict[int, int] = {}  # 21年 → 2021, kept below only inside a run of consecutive ones
        for mid, s, e in matches:
            if s in dates or s in academic or s in inside:
                continue
            label = strings[mid]
            if label == "year-short-cell" and e - s == 2 and doc[s].text.isdigit() and doc[s + 1].text == "年":
                short[s] = 2000 + int(doc[s].text)
            elif label == "year":
                num = doc[s].text if any(ch.isdigit() for ch in doc[s].text) else doc[s + 1].text
                y = int("".join(ch for ch in num if ch.isdigit())[-4:])  # (FY2021, 2021A)
                if is_year(y) and (s not in year_at or year_at[s][1] < e):
                    year_at[s] = (y, e)
                    glued = doc[e - 1].text  # 年 / 年度 / 年收入: the year's text ends after 年 or 年度
                    if glued.startswith("年"):
                        ends[e - 1] = ranges[e - 1][0] + (2 if glued.startswith("年度") else 1)
            elif label == "year-bare":
                y = int(doc[s].text[-4:])
                if is_year(y):
                    bare[s] = y
            elif label == "year-span-link":
                links[s] = ("span", max(e, links.get(s, ("", 0))[1]))
            elif label == "year-list-link":
                links[s] = ("list", max(e, links.get(s, ("", 0))[1]))
        if _consecutive_run(set(short.values())) >= SHORT_YEAR_RUN:
            # 21年14家、22年17家、23年21家: years written with two digits, one after the other
            for s, y in short.items():
                if s not in year_at and s - 1 not in year_at:
                    year_at[s] = (y, s + 2)
        out: list[YearMention] = []
        i = 0
        n = len(doc)
        while i < n:
            if i not in year_at and i not in bare:
                i += 1
                continue
            # a chain: year (link year)* — a bare number only when the chain ends with a written year
            chain: list[tuple[int, int, int]] = []  # (year, first token, end token)
            kinds: list[str] = []
            j = i
            while True:
                if j in year_at:
                    y, e = year_at[j]
                elif j in bare:
                    y, e = bare[j], j + 1
                else:
                    break
                chain.append((y, j, e))
                link = links.get(e)
                if link is not None and (link[1] in year_at or link[1] in bare):
                    kinds.append(link[0])
                    j = link[1]
                    continue
                break
            # drop bare numbers at the end of the chain (no 年 after them)
            while chain and chain[-1][1] not in year_at:
                chain.pop()
                if kinds:
                    kinds.pop()
            if not chain:
                i += 1
                continue
            mention = self._mention(doc, ranges, ends, chain, kinds)
            out.extend(mention)
            i = chain[-1][2]
        return tuple(out)

    @staticmethod
    def _mention(
        doc: Doc,
        ranges: tuple[tuple[int, int], ...],
        ends: Mapping[int, int],
        chain: list[tuple[int, int, int]],
        kinds: list[str],
    ) -> list[YearMention]:
        def span(a: int, b: int) -> tuple[int, int]:
            return ranges[a][0], ends.get(b - 1, ranges[b - 1][1])

        if len(chain) == 1:
            y, a, b = chain[0]
            s, e = span(a, b)
            return [YearMention((y,), s, e, False)]
        if len(chain) == 2 and kinds == ["span"]:
            (y1, a, _), (y2, _, b) = chain
            s, e = span(a, b)
            if y1 < y2 <= y1 + 15:
                return [YearMention(tuple(range(y1, y2 + 1)), s, e, True)]
        years = [y for y, _, _ in chain]
        if all(k == "list" for k in kinds) and years == sorted(set(years)):
            s, e = span(chain[0][1], chain[-1][2])
            return [YearMention(tuple(years), s, e, True)]
        # anything else: each written year on its own
        out = []
        for y, a, b in chain:
            if doc[b - 1].text[:1] == "年" or doc[a].text[:2].upper() == "FY":
                s, e = span(a, b)
                out.append(YearMention((y,), s, e, False))
        return out


def _consecutive_run(years: set[int]) -> int:
    """The longest run of consecutive years in ``years`` (2021, 2022, 2023 → 3)."""
    best = 0
    for y in years:
        if y - 1 not in years:
            n = 1
            while y + n in years:
                n += 1
            best = max(best, n)
    return best


def _load(text: str, source: str) -> ResultsPatterns:
    return ResultsPatterns(yaml.safe_load(text) or {}, source)


def default_patterns() -> ResultsPatterns:
    """The patterns of the current :class:`~analyzer.resources.Resources`."""
    from ..resources import Resources

    return Resources.current().patterns


def load_patterns() -> ResultsPatterns:
    """The packaged ``patterns.yaml``, compiled (a ``Resources`` holds one per process)."""
    text = resources.files(__package__).joinpath("patterns.yaml").read_text(encoding="utf-8")
    return _load(text, "analyzer/results/patterns.yaml")


def patterns_from_text(text: str, source: str = "<text>") -> ResultsPatterns:
    """Compile patterns from YAML text (tests, and a user's own patterns)."""
    return _load(text, source)


__all__: Sequence[str] = (
    "Hit",
    "PatternsError",
    "ResultsPatterns",
    "YearMention",
    "default_patterns",
    "patterns_from_text",
)
